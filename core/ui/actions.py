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
from datetime import timedelta
from typing import TYPE_CHECKING

import discord

from core import messages
from core.errors import PermissionDenied, UserInputError
from core.rules import ticket_types
from core.tickets import TicketKey
from core.tickets.closing import ClosedTicket, DirectMessage
from core.tickets.opening import Order
from core.ui.context import actor, guild_of, member_of
from core.ui.forms import Submission, answers, download, form_modal, form_prompt, uploads

if TYPE_CHECKING:
    from core.ui.client import TicketClient

log = logging.getLogger(__name__)


async def answer(interaction: discord.Interaction[TicketClient], text: str) -> None:
    """Replace the deferred reply with ``text``; a lost answer to a finished action is only logged."""
    try:
        await interaction.edit_original_response(embed=messages.success(text))
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
    if ticket_type is None or not ticket_type.questions:
        await open_ticket(interaction, Order(type_id if isinstance(type_id, int) else None, reason))
    elif interaction.response.is_done():
        await interaction.edit_original_response(
            embed=messages.success(f"**{ticket_type.name}** tickets start with a few questions."),
            view=form_prompt(ticket_type),
        )
    else:
        config = settings.cached(member.guild.id)
        rules = ticket_types.effective(config, ticket_type) if config else None
        refusal = rules and ticket_types.opening_refusal(actor(member), ticket_type, rules, interaction.client.clock())
        if refusal:
            await interaction.response.send_message(embed=messages.failure(refusal), ephemeral=True)
        else:
            await interaction.response.send_modal(form_modal(ticket_type))


async def submit_form(interaction: discord.Interaction[TicketClient], type_id: int, submission: Submission) -> None:
    """Open a ticket of a type with the answers to its form (read against the type as it is now) and its files."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    known = await interaction.client.guild_settings.types(guild_of(interaction).id)
    ticket_type = ticket_types.find(known, type_id)
    questions = ticket_type.questions if ticket_type else ()
    given = answers(questions, submission)
    files = await download(uploads(questions, submission))
    await open_ticket(interaction, Order(type_id, None, given, tuple(files)))


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
    await answer(interaction, f"Your ticket {opened.ticket.label} is open: {opened.place.mention}")


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
    text = (
        f"Ticket {closed.ticket.label} is closed and its transcript saved, but its channel is still there: "
        f"{closed.retire_refused} Once that is fixed, `/ticket close` in it finishes the close."
    )
    try:
        await interaction.edit_original_response(embed=messages.failure(text))
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
    await answer(interaction, f"Ticket {ticket.label} stays open.")


async def request_close(
    interaction: discord.Interaction[TicketClient], key: TicketKey, reason: str | None, delay: timedelta | None
) -> None:
    """Ask the opener whether the ticket may close."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.close_requests.request(key, actor(staff), reason, delay)
    await answer(interaction, f"The opener of {ticket.label} was asked whether it may close.")


def _announcer(
    interaction: discord.Interaction[TicketClient], member: discord.Member
) -> Callable[[ClosedTicket], Awaitable[None]]:
    """Return what tells the closer privately and everyone in the ticket publicly that it closed."""
    delay = interaction.client.tickets.closing.retire_delay

    async def announce(closed: ClosedTicket) -> None:
        ticket = closed.ticket
        lines = [f"Ticket {ticket.label} was closed by {member.mention}: {ticket.close_reason or 'no reason given'}."]
        if closed.transcript_url:
            lines.append(f"The transcript is saved: {closed.transcript_url}")
        lines.append(
            "This channel is archived read-only."
            if closed.archived
            else f"This channel will be deleted in {delay:.0f} seconds."
        )
        channel = interaction.channel
        if isinstance(channel, discord.TextChannel | discord.Thread):
            view = messages.reopen_view(ticket) if closed.archived else discord.utils.MISSING
            try:
                await channel.send(
                    embed=messages.success("\n".join(lines)), view=view, allowed_mentions=messages.NOBODY
                )
            except discord.HTTPException as error:  # the closer is answered all the same
                log.info("%s: close not announced in the ticket: %s", ticket.label, error)
        verb = "archived" if closed.archived else "closed"
        notes = [_direct_message_note(closed.direct_message)]
        if closed.transcript_held:
            notes.append("Everyone can read the log channel, so the transcript was stored but not posted there.")
        await answer(interaction, f"Ticket {ticket.label} {verb}. " + " ".join(notes))

    return announce


def _direct_message_note(outcome: DirectMessage) -> str:
    return {
        DirectMessage.SENT: "The opener was sent a copy of the transcript.",
        DirectMessage.REFUSED: "The opener does not accept direct messages, so no copy was sent to them.",
        DirectMessage.FAILED: "Discord failed to deliver the opener's copy of the transcript.",
        DirectMessage.NOT_SENT: "",
    }[outcome]


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
    await answer(interaction, f"Ticket {ticket.label} is open again.")


async def rename_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, name: str) -> None:
    """Rename the ticket's channel."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    name = await interaction.client.tickets.editing.rename(key, actor(staff), name)
    await answer(interaction, f"The ticket is now #{name}.")


async def move_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, type_name: str) -> None:
    """Move the ticket to another type."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.editing.move(key, actor(staff), type_name)
    await answer(interaction, f"Ticket {ticket.label} moved; its new type's staff have it now.")


async def join_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Put the staff member who pressed Join into the ticket's thread."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.members.join(key, actor(staff), staff)
    await answer(interaction, f"You joined ticket {ticket.label}: <#{ticket.channel_id}>.")


async def claim_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Make the interacting staff member the ticket's claimer."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.claims.claim(key, actor(staff))
    await answer(interaction, f"You have claimed ticket {ticket.label}.")


async def unclaim_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Hand the ticket back to all its staff."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.claims.unclaim(key, actor(staff))
    await answer(interaction, f"Ticket {ticket.label} is no longer claimed.")


async def transfer_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, to: discord.Member) -> None:
    """Hand the ticket to another staff member."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.claims.transfer(key, actor(staff), actor(to))
    await answer(interaction, f"Ticket {ticket.label} is now {to.mention}'s.")


async def set_auto_close(interaction: discord.Interaction[TicketClient], key: TicketKey, enabled: bool) -> None:
    """Exempt the ticket from closing for inactivity, or end the exemption."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket = await interaction.client.tickets.inactivity.set_auto_close(key, actor(staff), enabled)
    state = "closes after inactivity again, counting from now" if enabled else "will not close for inactivity"
    await answer(interaction, f"Ticket {ticket.label} {state}.")


async def add_member(interaction: discord.Interaction[TicketClient], key: TicketKey, member: discord.Member) -> None:
    """Give a member access to the ticket."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    await interaction.client.tickets.members.add(key, actor(staff), member, actor(member))
    await answer(interaction, f"{member.mention} was added to this ticket.")


async def remove_member(interaction: discord.Interaction[TicketClient], key: TicketKey, member: discord.Member) -> None:
    """Take a member's access to the ticket away."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    await interaction.client.tickets.members.remove(key, actor(staff), member, actor(member))
    await answer(interaction, f"{member.mention} was removed from this ticket.")


async def save_welcome(interaction: discord.Interaction[TicketClient], type_id: int | None, text: str) -> None:
    """Store a welcome message written in the welcome modal: a type's, or the server's."""
    if not interaction.permissions.manage_guild:
        raise PermissionDenied("Only members with Manage Server can change welcome messages.")
    await interaction.response.defer(ephemeral=True, thinking=True)
    guild, administration = guild_of(interaction), interaction.client.administration
    if type_id is None:
        await administration.change(guild, interaction.user.id, welcome_message=text)
        await answer(interaction, "The server's welcome message is saved.")
        return
    known = await interaction.client.guild_settings.types(guild.id)
    ticket_type = ticket_types.find(known, type_id)
    if ticket_type is None:
        raise UserInputError("That ticket type was deleted meanwhile.")
    await administration.save_type(guild, interaction.user.id, ticket_type.name, welcome_message=text)
    await answer(interaction, f"The welcome message of {ticket_type.name} is saved.")
