"""What happens between an interaction and the TicketManager, shared by slash commands and buttons.

Each flow acknowledges the interaction first (Discord allows 3 seconds), then does the slow work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from core import embeds
from core.errors import UserInputError

if TYPE_CHECKING:
    from core.manager import TicketManager


def _manager(interaction: discord.Interaction) -> TicketManager:
    return interaction.client.tickets  # type: ignore[attr-defined]


def _member(interaction: discord.Interaction) -> discord.Member:
    if not isinstance(interaction.user, discord.Member) or interaction.guild is None:
        raise UserInputError("Tickets only work inside a server.")
    return interaction.user


def _ticket_channel(interaction: discord.Interaction) -> discord.TextChannel:
    if not isinstance(interaction.channel, discord.TextChannel):
        raise UserInputError("Use this inside a ticket channel.")
    return interaction.channel


async def open_ticket(interaction: discord.Interaction, reason: str | None) -> None:
    """Open a ticket for the interacting member and answer with a link to it."""
    member = _member(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    assert interaction.guild is not None
    opened = await _manager(interaction).open_ticket(interaction.guild, member, reason)
    await interaction.edit_original_response(
        embed=embeds.success(f"Your ticket #{opened.ticket.number:04d} is open: {opened.channel.mention}")
    )


async def close_ticket(interaction: discord.Interaction, reason: str | None) -> None:
    """Close the ticket this interaction came from, answer, then remove or archive its channel."""
    member = _member(interaction)
    channel = _ticket_channel(interaction)
    manager = _manager(interaction)
    await manager.check_can_close(channel, member)
    await interaction.response.defer(thinking=True)
    closed = await manager.close_ticket(channel, member, reason)
    if closed is None:
        await interaction.edit_original_response(embed=embeds.success("This ticket is already closed."))
        return
    notes = [
        f"Ticket #{closed.ticket.number:04d} closed by {member.mention}. Transcript: {closed.log_message.jump_url}"
    ]
    if not closed.dm_delivered:
        notes.append("The opener does not accept direct messages, so no copy was sent to them.")
    notes.append(
        "This channel is being archived."
        if closed.ticket.status.value == "archived"
        else "This channel will now be deleted."
    )
    await interaction.edit_original_response(embed=embeds.success("\n".join(notes)))
    await manager.retire_channel(closed, member.id)
