"""Modals, and the router that handles their submissions by ``custom_id``.

discord.py keeps a modal object in memory until it is submitted, which a restart loses (the member then
sees "This interaction failed"). Modals here carry the ticket id in their ``custom_id`` and are not
kept: every submission is routed from the raw interaction, the way ``DynamicItem`` routes buttons.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from core import custom_ids
from core.tickets import TicketKey
from core.ui import actions
from core.ui.errors import admit, report
from core.ui.forms import Submission, read_submission

if TYPE_CHECKING:
    from core.client import TicketClient


def close_modal(ticket_id: int) -> discord.ui.Modal:
    """Return the modal that confirms a close and asks for an optional reason."""
    modal = discord.ui.Modal(title="Close this ticket?", custom_id=custom_ids.close_modal(ticket_id), timeout=None)
    modal.add_item(
        discord.ui.TextInput(
            label="Reason (optional)",
            custom_id=custom_ids.CLOSE_REASON_INPUT,
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=500,
        )
    )
    # Routed by custom_id (see the module docstring), so discord.py must not keep it.
    modal.stop()
    return modal


def close_submission(interaction: discord.Interaction[TicketClient]) -> tuple[int, str | None] | None:
    """Return the ticket id and reason of a submitted close modal, or None for any other interaction."""
    if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
        return None
    data: dict[str, Any] = dict(interaction.data)
    match = re.fullmatch(custom_ids.CLOSE_MODAL_TEMPLATE, str(data.get("custom_id", "")))
    if match is None:
        return None
    reason = " ".join(read_submission(data).values.get(custom_ids.CLOSE_REASON_INPUT, [])).strip()
    return int(match["ticket_id"]), reason or None


def form_submission(interaction: discord.Interaction[TicketClient]) -> tuple[int, Submission] | None:
    """Return the type id and contents of a submitted form, or None for any other interaction."""
    if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
        return None
    data: dict[str, Any] = dict(interaction.data)
    match = re.fullmatch(custom_ids.FORM_MODAL_TEMPLATE, str(data.get("custom_id", "")))
    return None if match is None else (int(match["type_id"]), read_submission(data))


async def route_submission(interaction: discord.Interaction[TicketClient]) -> None:
    """Handle a submitted modal of ours, whichever process showed it and whenever."""
    closing = close_submission(interaction)
    form = form_submission(interaction) if closing is None else None
    if (closing is None and form is None) or not await admit(interaction):
        return
    try:
        if closing is not None:
            await actions.close_ticket(interaction, TicketKey(closing[0]), closing[1])
        elif form is not None:
            await actions.submit_form(interaction, *form)
    except Exception as error:
        await report(interaction, error)
