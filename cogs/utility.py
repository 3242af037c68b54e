"""/help and /status."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from core import messages
from core.i18n import formatting
from core.i18n.languages import of_interaction
from core.ui.context import guild_of

if TYPE_CHECKING:
    from bot import TicketBot


def _walk(
    command: app_commands.Command[Any, ..., Any] | app_commands.Group,
) -> list[app_commands.Command[Any, ..., Any]]:
    if isinstance(command, app_commands.Group):
        return [leaf for child in command.commands for leaf in _walk(child)]
    return [command]


def _root(command: app_commands.Command[Any, ..., Any]) -> app_commands.Command[Any, ..., Any] | app_commands.Group:
    while command.parent is not None:
        command = command.parent  # type: ignore[assignment]
    return command


class Utility(commands.Cog):
    """Commands anyone may use."""

    def __init__(self, bot: TicketBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="List the commands you can use")
    async def help(self, interaction: discord.Interaction[TicketBot]) -> None:
        """List the commands the caller may use."""
        allowed = interaction.permissions
        lines = []
        for top in self.bot.tree.get_commands():
            if not isinstance(top, app_commands.Command | app_commands.Group):
                continue
            for command in _walk(top):
                needs = _root(command).default_permissions
                if needs is None or needs.is_subset(allowed):
                    lines.append(f"`/{command.qualified_name}` — {command.description}")
        embed = discord.Embed(title="Commands", description="\n".join(sorted(lines)), colour=messages.BRAND)
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @app_commands.command(name="status", description="Show the bot's health")
    @app_commands.guild_only()
    async def status(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show gateway latency, backend, open tickets here and uptime."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        open_count = await self.bot.db.count_open_tickets(guild_of(interaction).id)
        latency = self.bot.latency
        embed = discord.Embed(title="Status", colour=messages.BRAND)
        embed.add_field(
            name="Gateway latency", value=f"{latency * 1000:.0f} ms" if math.isfinite(latency) else "measuring"
        )
        embed.add_field(name="Database", value=self.bot.db.backend)
        embed.add_field(name="Open tickets here", value=str(open_count))
        embed.add_field(
            name="Uptime", value=formatting.elapsed(self.bot.started_at, self.bot.clock(), of_interaction(interaction))
        )
        await interaction.edit_original_response(embed=embed)


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Utility(bot))
