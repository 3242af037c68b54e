"""What happens between an interaction and a ticket operation, shared by slash commands, buttons and modals.

Each action acknowledges the interaction first (Discord allows 3 seconds, and the database or Discord
may be slow), then runs the operation, then answers. An answer that cannot be delivered after the
operation succeeded is logged, never turned into a failure message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

import discord

from core import messages
from core.errors import PermissionDenied, TicketBotError, UserInputError
from core.i18n import Text, render, t
from core.i18n.languages import of_interaction, of_server
from core.models import Ticket, TicketType
from core.rules import ticket_types
from core.rules.policy import Actor, actor
from core.tickets import TicketKey
from core.tickets.closing import ClosedTicket, DirectMessage
from core.tickets.opening import Order
from core.ui.context import guild_of, member_of
from core.ui.forms import Submission, answers, download, form_modal, form_prompt, subject_modal, uploads

if TYPE_CHECKING:
    from core.ui.client import TicketClient

log = logging.getLogger(__name__)


async def answer(interaction: discord.Interaction[TicketClient], text: Text) -> None:
    """Replace the deferred reply with ``text``, in the user's language; a lost answer to a finished action is only logged."""
    try:
        await interaction.edit_original_response(embed=messages.success(render(text, of_interaction(interaction))))
    except discord.HTTPException as error:
        log.info("user=%s: answer not delivered: %s", interaction.user.id, error)


async def start_open(
    interaction: discord.Interaction[TicketClient], choice: int | str | None, reason: str | None
) -> None:
    """Answer a request for a ticket of a type (by id, by name, or None for the server's first).

    With a form, the form is the answer; else the ticket opens. A modal must be the first response, so
    whether to show one is decided from the types in memory; when this process has none yet (it just
    started), it acknowledges first and offers the form behind a button.
    """
    member = member_of(interaction)
    settings = interaction.client.guild_settings
    known = settings.cached_types(member.guild.id)
    if known is None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        known = await settings.types(member.guild.id)
    ticket_type = ticket_types.named(known, choice) if isinstance(choice, str) else ticket_types.find(known, choice)
    type_id = ticket_type.id if ticket_type is not None and choice is not None else choice
    if ticket_type is not None and ticket_type.deflect and not ticket_types.questions_for(ticket_type, None):
        order = Order(ticket_type.id, reason, language=of_interaction(interaction))
        if reason:
            await open_or_offer(interaction, ticket_type, order)
        elif interaction.response.is_done():  # right after a restart: the question is offered behind a button
            await interaction.edit_original_response(
                embed=messages.success(render(t("form-prompt", type=ticket_type.name), of_interaction(interaction))),
                view=form_prompt(ticket_type, of_interaction(interaction)),
            )
        else:
            await interaction.response.send_modal(subject_modal(ticket_type, of_interaction(interaction)))
    elif ticket_type is None or not ticket_types.questions_for(ticket_type, of_interaction(interaction)):
        await open_ticket(
            interaction,
            Order(type_id if isinstance(type_id, int) else None, reason, language=of_interaction(interaction)),
        )
    elif interaction.response.is_done():
        await interaction.edit_original_response(
            embed=messages.success(render(t("form-prompt", type=ticket_type.name), of_interaction(interaction))),
            view=form_prompt(ticket_type, of_interaction(interaction)),
        )
    else:
        config = settings.cached(member.guild.id)
        rules = ticket_types.effective(config, ticket_type) if config else None
        refusal = rules and ticket_types.opening_refusal(actor(member), ticket_type, rules, interaction.client.clock())
        if refusal:
            shown = render(refusal, of_interaction(interaction))
            await interaction.response.send_message(embed=messages.failure(shown), ephemeral=True)
        else:
            language = of_interaction(interaction)
            asked = replace(ticket_type, questions=ticket_types.questions_for(ticket_type, language))
            await interaction.response.send_modal(form_modal(asked, language))


async def submit_form(interaction: discord.Interaction[TicketClient], type_id: int, submission: Submission) -> None:
    """Open a ticket of a type with the answers to its form (read against the type as it is now) and its files."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    known = await interaction.client.guild_settings.types(guild_of(interaction).id)
    ticket_type = ticket_types.find(known, type_id)
    language = of_interaction(interaction)
    questions = ticket_types.questions_for(ticket_type, language) if ticket_type else ()
    given = answers(questions, submission)
    files = await download(uploads(questions, submission))
    order = Order(type_id, None, given, tuple(files), language)
    if ticket_type is not None and ticket_type.deflect and not files:
        await open_or_offer(interaction, ticket_type, order)
    else:
        await open_ticket(interaction, order)


async def answer_subject(interaction: discord.Interaction[TicketClient], type_id: int, subject: str) -> None:
    """Offer answers for what the member said they need (or open the ticket), for a type read as it is now."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket_type = ticket_types.find(await interaction.client.guild_settings.types(guild_of(interaction).id), type_id)
    if ticket_type is None:
        raise UserInputError(t("open-type-gone"))
    await open_or_offer(interaction, ticket_type, Order(ticket_type.id, subject, language=of_interaction(interaction)))


OFFER_NEEDS = 600  # characters of saved replies below which an offer would say too little to be worth it


async def open_or_offer(interaction: discord.Interaction[TicketClient], ticket_type: TicketType, order: Order) -> None:
    """Offer the saved replies that match the member's subject before the ticket opens; with none, open it.

    The subject is the reason given, or the form's first answer. What "Open the ticket anyway" needs (the
    subject, or the answers) travels in the offer itself, which holds at most 25 fields of 1,024 characters
    and 6,000 in all: answers longer than that, or too long to leave the saved replies room, skip the offer,
    and the ticket opens at once.
    """
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=True, thinking=True)
    guild = guild_of(interaction)
    request = render(t("deflect-your-request"), of_interaction(interaction))
    carried = list(order.answers) if order.answers else [(request, order.reason or "")]
    subject = order.reason or (order.answers[0][1] if order.answers else "")
    fits = all(0 < len(value) <= 1024 and len(name) <= 256 for name, value in carried)
    fits = fits and messages.offer_room(carried) >= OFFER_NEEDS
    offered = await interaction.client.deflection.offers(guild.id, ticket_type, subject) if fits else []
    if not offered:
        await open_ticket(interaction, order)
        return
    member = member_of(interaction)
    preview = {"opener": member.mention, "server": guild.name, "number": "", "type": ticket_type.name, "claimer": ""}
    filled = [(tag, ticket_types.fill(tag.content, preview)) for tag in offered]
    embed, view = messages.deflection_offer(filled, ticket_type.id, carried, of_interaction(interaction))
    await interaction.edit_original_response(embed=embed, view=view)


async def open_ticket(interaction: discord.Interaction[TicketClient], order: Order) -> None:
    """Open a ticket for the interacting member and answer with a link to it.

    The acknowledgement goes out first, and the ticket's reservation runs while Discord answers it.
    """
    member = member_of(interaction)
    acknowledged = None
    if not interaction.response.is_done():
        acknowledged = asyncio.ensure_future(interaction.response.defer(ephemeral=True, thinking=True))
    try:
        opened = await interaction.client.tickets.opening.open(
            guild_of(interaction), member, actor(member), order, acknowledged
        )
    except Exception:
        if acknowledged is not None:  # a refusal is told once the acknowledgement is done
            with contextlib.suppress(Exception):
                await acknowledged
        raise
    await answer(interaction, t("reply-opened", label=opened.ticket.label, place=opened.place.mention))


async def close_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, reason: str | None) -> None:
    """Close a ticket: tell the closer privately and everyone in the ticket publicly, then retire it."""
    member = member_of(interaction)
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=True, thinking=True)
    closed = await interaction.client.tickets.closing.close(key, actor(member), reason, _announcer(interaction, member))
    await _tell_refused_retirement(interaction, closed)


async def accept_close(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Close a ticket because its opener agreed to staff's close request."""
    member = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    closed = await interaction.client.tickets.close_requests.accept(key, actor(member), _announcer(interaction, member))
    await _tell_refused_retirement(interaction, closed)


async def _tell_refused_retirement(interaction: discord.Interaction[TicketClient], closed: ClosedTicket) -> None:
    """Tell the closer at once when Discord refused to delete (or archive) the closed ticket's channel."""
    if closed.retire_refused is None:
        return
    text = t("reply-retire-refused", label=closed.ticket.label, why=closed.retire_refused)
    try:
        await interaction.edit_original_response(embed=messages.failure(render(text, of_interaction(interaction))))
    except discord.HTTPException as error:
        log.info("user=%s: refused retirement not told: %s", interaction.user.id, error)


async def keep_open(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Refuse staff's close request; the request's buttons go."""
    member = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.close_requests.keep_open(key, actor(member))
    if interaction.message is not None:
        try:
            await interaction.message.edit(view=None)
        except discord.HTTPException as error:
            log.info("%s: close request's buttons not removed: %s", ticket.label, error)
    await answer(interaction, t("reply-kept-open", label=ticket.label))


async def request_close(
    interaction: discord.Interaction[TicketClient], key: TicketKey, reason: str | None, delay: timedelta | None
) -> None:
    """Ask the opener whether the ticket may close."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.close_requests.request(key, actor(staff), reason, delay)
    await answer(interaction, t("reply-close-requested", label=ticket.label))


def _announcer(
    interaction: discord.Interaction[TicketClient], member: discord.Member
) -> Callable[[ClosedTicket], Awaitable[None]]:
    """Return what tells the closer privately and everyone in the ticket publicly that it closed."""
    delay = interaction.client.tickets.closing.retire_delay

    async def announce(closed: ClosedTicket) -> None:
        ticket = closed.ticket
        said = t(
            "notice-closed",
            label=ticket.label,
            closer=member.mention,
            reason=ticket.close_reason or "",
            with_reason=bool(ticket.close_reason),
            transcript=closed.transcript_url or "",
            with_transcript=bool(closed.transcript_url),
            archived=closed.archived,
            seconds=round(delay),
        )
        channel = interaction.channel
        if isinstance(channel, discord.TextChannel | discord.Thread):
            language = await _ticket_language(interaction, ticket)
            view = messages.reopen_view(ticket, language) if closed.archived else discord.utils.MISSING
            try:
                shown = render(said, language)
                await channel.send(embed=messages.success(shown), view=view, allowed_mentions=messages.NOBODY)
            except discord.HTTPException as error:  # the closer is answered all the same
                log.info("%s: close not announced in the ticket: %s", ticket.label, error)
        reply = t(
            "reply-closed",
            label=ticket.label,
            archived=closed.archived,
            copy=_COPY[closed.direct_message],
            held=closed.transcript_held,
        )
        await answer(interaction, reply)

    return announce


# What became of the opener's copy of the transcript, as ``reply-closed``'s ``$copy`` variant.
_COPY = {
    DirectMessage.SENT: "sent",
    DirectMessage.REFUSED: "refused",
    DirectMessage.FAILED: "failed",
    DirectMessage.NOT_SENT: "none",
}


async def _ticket_language(interaction: discord.Interaction[TicketClient], ticket: Ticket) -> str:
    """Return what the whole ticket reads (from the kept settings; the guild's language if they are gone)."""
    try:
        rules = await interaction.client.guild_settings.for_ticket(ticket)
    except TicketBotError:
        return of_server(None, interaction.guild)
    return of_server(rules.language, interaction.guild)


async def reopen_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Reopen an archived ticket; a Reopen button that was pressed goes."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.reopening.reopen(key, actor(staff))
    if interaction.message is not None and interaction.message.components:
        try:
            await interaction.message.edit(view=None)
        except discord.HTTPException as error:
            log.info("%s: Reopen button not removed: %s", ticket.label, error)
    await answer(interaction, t("reply-reopened", label=ticket.label))


async def rename_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, name: str) -> None:
    """Rename the ticket's channel."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    name = await interaction.client.tickets.editing.rename(key, actor(staff), name)
    await answer(interaction, t("reply-renamed", name=name))


async def move_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, type_name: str) -> None:
    """Move the ticket to another type."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.editing.move(key, actor(staff), type_name)
    await answer(interaction, t("reply-moved", label=ticket.label))


async def join_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Put the staff member who pressed Join into the ticket's thread."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.members.join(key, actor(staff), staff)
    await answer(interaction, t("reply-joined", label=ticket.label, place=f"<#{ticket.channel_id}>"))


async def claim_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Make the interacting staff member the ticket's claimer."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.claims.claim(key, actor(staff))
    await answer(interaction, t("reply-claimed", label=ticket.label))


async def unclaim_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Hand the ticket back to all its staff."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.claims.unclaim(key, actor(staff))
    await answer(interaction, t("reply-unclaimed", label=ticket.label))


async def transfer_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, to: discord.Member) -> None:
    """Hand the ticket to another staff member."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.claims.transfer(key, actor(staff), actor(to))
    await answer(interaction, t("reply-transferred", label=ticket.label, member=to.mention))


async def set_auto_close(interaction: discord.Interaction[TicketClient], key: TicketKey, enabled: bool) -> None:
    """Exempt the ticket from closing for inactivity, or end the exemption."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.inactivity.set_auto_close(key, actor(staff), enabled)
    await answer(interaction, t("reply-auto-close", label=ticket.label, enabled=enabled))


async def add_member(interaction: discord.Interaction[TicketClient], key: TicketKey, member: discord.Member) -> None:
    """Give a member access to the ticket."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    await interaction.client.tickets.members.add(key, actor(staff), member, actor(member))
    await answer(interaction, t("reply-member-added", member=member.mention))


async def remove_member(
    interaction: discord.Interaction[TicketClient], key: TicketKey, member: discord.Member | discord.User
) -> None:
    """Take a member's access to the ticket away; someone who left the server is a user, with no roles."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    member_actor = actor(member) if isinstance(member, discord.Member) else Actor(member.id)
    await interaction.client.tickets.members.remove(key, actor(staff), member, member_actor)
    await answer(interaction, t("reply-member-removed", member=member.mention))


async def save_welcome(interaction: discord.Interaction[TicketClient], type_id: int | None, text: str) -> None:
    """Store a welcome message written in the welcome modal: a type's, or the server's."""
    if not interaction.permissions.manage_guild:
        raise PermissionDenied(t("welcome-edit-denied"))
    await interaction.response.defer(ephemeral=True, thinking=True)
    guild, administration = guild_of(interaction), interaction.client.administration
    if type_id is None:
        # The form starts from the default greeting; sent back unchanged, it stays the default, in every language.
        default = text.strip() == render(t("welcome-default"), of_interaction(interaction))
        await administration.change(guild, interaction.user.id, welcome_message="" if default else text)
        await answer(interaction, t("welcome-saved-server"))
        return
    known = await interaction.client.guild_settings.types(guild.id)
    ticket_type = ticket_types.find(known, type_id)
    if ticket_type is None:
        raise UserInputError(t("welcome-type-gone"))
    await administration.save_type(guild, interaction.user.id, ticket_type.name, welcome_message=text)
    await answer(interaction, t("welcome-saved-type", type=ticket_type.name))
