"""/label: the labels a server defines for sorting its tickets (Manage Server)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from cogs.checks import ADMIN, AdminCog
from core.i18n.commands import command_text
from core.staff.labels import MAX_NAME
from core.ui import staff

if TYPE_CHECKING:
    from bot import TicketBot


async def label_names(interaction: discord.Interaction[TicketBot], current: str) -> list[app_commands.Choice[str]]:
    """Suggest the server's labels."""
    return await staff.suggest_labels(interaction, current)


class Labels(AdminCog):
    """Commands that define a server's labels."""

    label = app_commands.Group(
        name=command_text("cmd-label"),
        description=command_text("cmd-label.description"),
        guild_only=True,
        default_permissions=ADMIN,
    )

    @label.command(name=command_text("cmd-label-create"), description=command_text("cmd-label-create.description"))
    @app_commands.rename(name=command_text("cmd-label-create-name"))
    @app_commands.describe(name=command_text("cmd-label-create-name.description"))
    async def create(
        self, interaction: discord.Interaction[TicketBot], name: app_commands.Range[str, 1, MAX_NAME]
    ) -> None:
        """Define a label staff can put on tickets."""
        await staff.create_label(interaction, name)

    @label.command(name=command_text("cmd-label-delete"), description=command_text("cmd-label-delete.description"))
    @app_commands.rename(name=command_text("cmd-label-delete-name"))
    @app_commands.describe(name=command_text("cmd-label-delete-name.description"))
    @app_commands.autocomplete(name=label_names)
    async def delete(self, interaction: discord.Interaction[TicketBot], name: str) -> None:
        """Delete a label; it comes off every ticket."""
        await staff.delete_label(interaction, name)

    @label.command(name=command_text("cmd-label-list"), description=command_text("cmd-label-list.description"))
    async def list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """List the server's labels."""
        await staff.list_labels(interaction)


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Labels(bot))
