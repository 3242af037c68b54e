"""One way to get the member, the actor and the ticket's channel out of an interaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from core.errors import UserInputError
from core.policy import Actor
from core.tickets import TicketKey

if TYPE_CHECKING:
    from core.client import TicketClient


def member_of(interaction: discord.Interaction[TicketClient]) -> discord.Member:
    """Return the member who interacted; tickets exist only inside servers."""
    if not isinstance(interaction.user, discord.Member) or interaction.guild is None:
        raise UserInputError("Tickets only work inside a server.")
    return interaction.user


def guild_of(interaction: discord.Interaction[TicketClient]) -> discord.Guild:
    """Return the server the interaction came from."""
    if interaction.guild is None:
        raise UserInputError("Tickets only work inside a server.")
    return interaction.guild


def actor(member: discord.Member) -> Actor:
    """Return what the rules need to know about a member: their roles and the permissions that matter."""
    permissions = member.guild_permissions
    return Actor(
        member.id,
        frozenset(role.id for role in member.roles),
        administrator=permissions.administrator,
        manage_guild=permissions.manage_guild,
    )


def channel_ticket(interaction: discord.Interaction[TicketClient]) -> TicketKey:
    """Return the ticket whose channel the interaction came from (a command used inside a ticket)."""
    if not isinstance(interaction.channel, discord.TextChannel):
        raise UserInputError("Use this inside a ticket channel.")
    return TicketKey(channel_id=interaction.channel.id)
