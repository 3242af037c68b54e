"""/ticket open, add, remove and close."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from core import embeds, flows

if TYPE_CHECKING:
    from bot import TicketBot


def _channel(interaction: discord.Interaction) -> discord.TextChannel:
    assert isinstance(interaction.channel, discord.TextChannel)
    return interaction.channel


class Tickets(commands.Cog):
    """Commands members and staff use on tickets."""

    ticket = app_commands.Group(name="ticket", description="Open and manage support tickets", guild_only=True)

    def __init__(self, bot: TicketBot) -> None:
        self.bot = bot

    @ticket.command(name="open", description="Open a private support ticket")
    @app_commands.describe(reason="What you need help with")
    async def open(
        self, interaction: discord.Interaction, reason: app_commands.Range[str, 1, 500] | None = None
    ) -> None:
        await flows.open_ticket(interaction, reason)

    @ticket.command(name="close", description="Close this ticket and save its transcript")
    @app_commands.describe(reason="Why the ticket is being closed")
    async def close(
        self, interaction: discord.Interaction, reason: app_commands.Range[str, 1, 500] | None = None
    ) -> None:
        await flows.close_ticket(interaction, reason)

    @ticket.command(name="add", description="Give a member access to this ticket (staff)")
    @app_commands.describe(member="The member to add")
    async def add(self, interaction: discord.Interaction, member: discord.Member) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        assert isinstance(interaction.user, discord.Member)
        await self.bot.tickets.add_member(_channel(interaction), interaction.user, member)
        await interaction.edit_original_response(embed=embeds.success(f"{member.mention} was added to this ticket."))

    @ticket.command(name="remove", description="Take a member's access to this ticket away (staff)")
    @app_commands.describe(member="The member to remove")
    async def remove(self, interaction: discord.Interaction, member: discord.Member) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        assert isinstance(interaction.user, discord.Member)
        await self.bot.tickets.remove_member(_channel(interaction), interaction.user, member)
        await interaction.edit_original_response(
            embed=embeds.success(f"{member.mention} was removed from this ticket.")
        )

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        await self.bot.tickets.on_channel_deleted(channel.id)


async def setup(bot: TicketBot) -> None:
    await bot.add_cog(Tickets(bot))
