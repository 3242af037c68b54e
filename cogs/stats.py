"""/stats: how fast the server's tickets are answered and closed, and who does the work."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from cogs.types import type_names
from core.analytics.stats import PERIODS
from core.i18n.commands import command_text
from core.ui.stats import show_stats

if TYPE_CHECKING:
    from bot import TicketBot

DAYS = [app_commands.Choice(name=command_text(f"cmd-stats-days-choice-{days}"), value=days) for days in PERIODS]


class Stats(commands.Cog):
    """Figures for staff; the bot checks staff roles, as Discord's permissions cannot name them."""

    def __init__(self, bot: TicketBot) -> None:
        self.bot = bot

    @app_commands.command(name=command_text("cmd-stats"), description=command_text("cmd-stats.description"))
    @app_commands.guild_only()
    @app_commands.rename(
        days=command_text("cmd-stats-days"), type=command_text("cmd-stats-type"), staff=command_text("cmd-stats-staff")
    )
    @app_commands.describe(
        days=command_text("cmd-stats-days.description"),
        type=command_text("cmd-stats-type.description"),
        staff=command_text("cmd-stats-staff.description"),
    )
    @app_commands.choices(days=DAYS)
    @app_commands.autocomplete(type=type_names)
    async def stats(
        self,
        interaction: discord.Interaction[TicketBot],
        days: int = 30,
        type: str | None = None,
        staff: discord.Member | None = None,
    ) -> None:
        """Show response and resolution times, quality, missed targets and the backlog, to staff alone."""
        await show_stats(interaction, days, type, staff)


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Stats(bot))
