"""/help and /status."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from core import messages
from core.i18n import formatting, in_language, render, t
from core.i18n.commands import command_text, shown, shown_name
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

    @app_commands.command(name=command_text("cmd-help"), description=command_text("cmd-help.description"))
    async def help(self, interaction: discord.Interaction[TicketBot]) -> None:
        """List the commands the caller may use, named and described in their language."""
        allowed = interaction.permissions
        language = of_interaction(interaction)
        lines = []
        for top in self.bot.tree.get_commands():
            if not isinstance(top, app_commands.Command | app_commands.Group):
                continue
            for command in _walk(top):
                needs = _root(command).default_permissions
                if needs is None or needs.is_subset(allowed):
                    lines.append(f"`/{shown_name(command, language)}` — {shown(command._locale_description, language)}")
        title = render(t("help-title"), language)
        # Discord takes 4,096 characters in an embed's description and 6,000 in a message's embeds: an admin's
        # list is longer, so it comes in as many messages as it needs.
        pages = [discord.Embed(description=page, colour=messages.BRAND) for page in messages.pages(sorted(lines))]
        pages[0].title = title
        await interaction.response.send_message(embed=pages[0], ephemeral=True)
        for page in pages[1:]:
            await interaction.followup.send(embed=page, ephemeral=True)

    @app_commands.command(name=command_text("cmd-status"), description=command_text("cmd-status.description"))
    @app_commands.guild_only()
    async def status(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show gateway latency, backend, open tickets here and uptime."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        open_count = await self.bot.db.count_open_tickets(guild_of(interaction).id)
        latency = self.bot.latency
        language = of_interaction(interaction)
        say = in_language(language)

        embed = discord.Embed(title=say("status-title"), colour=messages.BRAND)
        shown = f"{latency * 1000:.0f} ms" if math.isfinite(latency) else say("status-measuring")
        embed.add_field(name=say("status-field", field="latency"), value=shown)
        embed.add_field(name=say("status-field", field="database"), value=self.bot.db.backend)
        embed.add_field(name=say("status-field", field="open"), value=str(open_count))
        uptime = formatting.elapsed(self.bot.started_at, self.bot.clock(), language)
        embed.add_field(name=say("status-field", field="uptime"), value=uptime)
        await interaction.edit_original_response(embed=embed)


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Utility(bot))
