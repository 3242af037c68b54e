"""What the admin cogs share: the permission their commands need, checked on every use."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

if TYPE_CHECKING:
    from bot import TicketBot

ADMIN = discord.Permissions(manage_guild=True)


class AdminCog(commands.Cog):
    """A cog whose every command needs Manage Server."""

    def __init__(self, bot: TicketBot) -> None:
        self.bot = bot

    async def interaction_check(self, interaction: discord.Interaction[TicketBot]) -> bool:  # type: ignore[override]
        """Enforce Manage Server even where an admin changed the commands' default visibility."""
        if not interaction.permissions.manage_guild:
            raise app_commands.MissingPermissions(["manage_guild"])
        return True
