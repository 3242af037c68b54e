"""Modals, and the router that handles their submissions by ``custom_id``.

discord.py keeps a modal object in memory until it is submitted, which a restart loses (the member then
sees "This interaction failed"). Modals here carry the ticket id in their ``custom_id`` and are not
kept: every submission is routed from the raw interaction, the way ``DynamicItem`` routes buttons.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeAlias

import discord

from core import components, messages
from core.i18n import DEFAULT_LANGUAGE, render, t
from core.i18n.languages import of_interaction
from core.rules.policy import actor
from core.staff.tags import Draft
from core.tickets import TicketKey
from core.ui import actions, staff
from core.ui.context import MODAL_READ_SECONDS, member_of
from core.ui.errors import admit, report
from core.ui.forms import Submission, read_submission

if TYPE_CHECKING:
    from core.ui.client import TicketClient


def close_modal(ticket_id: int, language: str, reason: str | None = None) -> discord.ui.Modal:
    """Return the modal that confirms a close and asks for an optional reason (filled with ``reason``)."""
    modal = discord.ui.Modal(
        title=render(t("close-modal-title"), language),
        custom_id=components.CLOSE_MODAL.custom_id(ticket_id),
        timeout=None,
    )
    modal.add_item(
        discord.ui.TextInput(
            label=render(t("close-modal-reason"), language),
            custom_id=components.CLOSE_REASON_INPUT,
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=500,
            default=reason,
        )
    )
    # Routed by custom_id (see the module docstring), so discord.py must not keep it.
    modal.stop()
    return modal


async def close_by_command(interaction: discord.Interaction[TicketClient], key: TicketKey, reason: str | None) -> None:
    """Close from /ticket close, first asking in the close modal (reason filled in) where the settings want it.

    The modal must be the first answer: when the ticket and its settings cannot be read in time, the
    command waits for them and offers the Close button instead.
    """
    check = asyncio.ensure_future(
        interaction.client.tickets.closing.confirmation_wanted(key, actor(member_of(interaction)))
    )
    try:
        ticket, confirm = await asyncio.wait_for(asyncio.shield(check), MODAL_READ_SECONDS)
    except TimeoutError:
        await interaction.response.defer(ephemeral=True, thinking=True)
        ticket, confirm = await check
        if confirm:
            language = of_interaction(interaction)
            text = render(t("close-confirm", label=ticket.label), language)
            view = messages.close_view(ticket, language)
            await interaction.edit_original_response(embed=messages.success(text), view=view)
            return
    else:
        if confirm:
            await interaction.response.send_modal(close_modal(ticket.id, of_interaction(interaction), reason))
            return
    await actions.close_ticket(interaction, TicketKey(ticket.id), reason)


def welcome_modal(
    type_id: int | None, title: str, current: str | None, language: str = DEFAULT_LANGUAGE
) -> discord.ui.Modal:
    """Return the modal that edits a type's welcome message (or the server's), filled with the text in memory.

    Callers pass the editing member's ``of_interaction`` language (English until the admin commands do).
    """
    modal = discord.ui.Modal(title=title[:45], custom_id=components.WELCOME_MODAL.custom_id(type_id), timeout=None)
    modal.add_item(
        discord.ui.Label(
            text=render(t("welcome-modal-label"), language),
            description=render(t("welcome-modal-placeholders"), language),
            component=discord.ui.TextInput(
                custom_id=components.WELCOME_MODAL.input,
                style=discord.TextStyle.paragraph,
                default=current,
                max_length=1500,
            ),
        )
    )
    modal.stop()
    return modal


Handler: TypeAlias = Callable[
    ["discord.Interaction[TicketClient]", re.Match[str], Submission],  # i18n: a type
    Awaitable[None],
]


def _text(submission: Submission, custom_id: str) -> str:
    return " ".join(submission.values.get(custom_id, [])).strip()


async def _close(interaction: discord.Interaction[TicketClient], match: re.Match[str], submission: Submission) -> None:
    reason = _text(submission, components.CLOSE_REASON_INPUT)
    await actions.close_ticket(interaction, TicketKey(components.CLOSE_MODAL.read(match)), reason or None)


async def _form(interaction: discord.Interaction[TicketClient], match: re.Match[str], submission: Submission) -> None:
    await actions.submit_form(interaction, components.FORM_MODAL.read(match), submission)


async def _welcome(
    interaction: discord.Interaction[TicketClient], match: re.Match[str], submission: Submission
) -> None:
    type_id = components.WELCOME_MODAL.read(match)
    await actions.save_welcome(interaction, type_id, _text(submission, components.WELCOME_MODAL.input))


async def _tag(interaction: discord.Interaction[TicketClient], match: re.Match[str], submission: Submission) -> None:
    modal = components.TAG_MODAL
    draft = Draft(_text(submission, modal.name), _text(submission, modal.content), _text(submission, modal.types))
    await staff.save_tag(interaction, modal.read(match), draft)


async def _note(interaction: discord.Interaction[TicketClient], match: re.Match[str], submission: Submission) -> None:
    key = TicketKey(channel_id=components.NOTE_MODAL.read(match))
    await staff.add_note(interaction, key, _text(submission, components.NOTE_INPUT))


async def _rating(interaction: discord.Interaction[TicketClient], match: re.Match[str], submission: Submission) -> None:
    await staff.save_comment(
        interaction, components.RATING_MODAL.read(match), _text(submission, components.RATING_INPUT)
    )


async def _subject(
    interaction: discord.Interaction[TicketClient], match: re.Match[str], submission: Submission
) -> None:
    type_id = components.SUBJECT_MODAL.read(match)
    await actions.answer_subject(interaction, type_id, _text(submission, components.SUBJECT_INPUT))


ROUTES: tuple[tuple[str, Handler], ...] = (
    (components.CLOSE_MODAL.template, _close),
    (components.FORM_MODAL.template, _form),
    (components.WELCOME_MODAL.template, _welcome),
    (components.TAG_MODAL.template, _tag),
    (components.NOTE_MODAL.template, _note),
    (components.RATING_MODAL.template, _rating),
    (components.SUBJECT_MODAL.template, _subject),
)


async def route_submission(interaction: discord.Interaction[TicketClient]) -> None:
    """Handle a submitted modal of ours, whichever process showed it and whenever."""
    if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
        return
    data: dict[str, Any] = dict(interaction.data)
    custom_id = str(data.get("custom_id", ""))
    routed = next(((h, m) for t, h in ROUTES if (m := re.fullmatch(t, custom_id))), None)
    if routed is None or not await admit(interaction):
        return
    handler, match = routed
    try:
        await handler(interaction, match, read_submission(data))
    except Exception as error:
        await report(interaction, error)
