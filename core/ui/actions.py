"""What happens between an interaction and a ticket operation, shared by slash commands, buttons and modals.

Each action acknowledges the interaction first (Discord allows 3 seconds, and the database or Discord
may be slow), then runs the operation, then answers. An answer that cannot be delivered after the
operation succeeded is logged, never turned into a failure message.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from core import messages
from core.tickets import TicketKey
from core.tickets.closing import ClosedTicket, DirectMessage
from core.ui.context import actor, guild_of, member_of

if TYPE_CHECKING:
    from core.client import TicketClient

log = logging.getLogger(__name__)


async def answer(interaction: discord.Interaction[TicketClient], text: str) -> None:
    """Replace the deferred reply with ``text``; a lost answer to a finished action is only logged."""
    try:
        await interaction.edit_original_response(embed=messages.success(text))
    except discord.HTTPException as error:
        log.info("user=%s: answer not delivered: %s", interaction.user.id, error)


async def open_ticket(interaction: discord.Interaction[TicketClient], reason: str | None) -> None:
    """Open a ticket for the interacting member and answer with a link to it."""
    member = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    opened = await interaction.client.tickets.opening.open(guild_of(interaction), member, reason)
    await answer(interaction, f"Your ticket {opened.ticket.label} is open: {opened.place.mention}")


async def close_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, reason: str | None) -> None:
    """Close a ticket: tell the closer privately and everyone in the ticket publicly, then retire it."""
    member = member_of(interaction)
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=True, thinking=True)
    bot = interaction.client
    delay = bot.tickets.closing.retire_delay

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
        if isinstance(channel, discord.TextChannel):
            await channel.send(embed=messages.success("\n".join(lines)), allowed_mentions=messages.NOBODY)
        verb = "archived" if closed.archived else "closed"
        await answer(interaction, f"Ticket {ticket.label} {verb}. {_direct_message_note(closed.direct_message)}")

    await bot.tickets.closing.close(key, actor(member), reason, announce)


def _direct_message_note(outcome: DirectMessage) -> str:
    return {
        DirectMessage.SENT: "The opener was sent a copy of the transcript.",
        DirectMessage.REFUSED: "The opener does not accept direct messages, so no copy was sent to them.",
        DirectMessage.FAILED: "Discord failed to deliver the opener's copy of the transcript.",
        DirectMessage.NOT_SENT: "",
    }[outcome]


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
