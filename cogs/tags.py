"""/tag: staff's saved replies, made once and sent into any ticket by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from cogs.panels import type_lists
from core.i18n.commands import command_text
from core.staff.tags import MAX_CONTENT, MAX_NAME
from core.ui import staff
from core.ui.context import channel_ticket

if TYPE_CHECKING:
    from bot import TicketBot

Name = app_commands.Range[str, 1, MAX_NAME]


async def any_tag(interaction: discord.Interaction[TicketBot], current: str) -> list[app_commands.Choice[str]]:
    """Suggest the server's tags to staff, by name and by text."""
    return await staff.suggest_tags(interaction, current, in_ticket=False)


async def ticket_tag(interaction: discord.Interaction[TicketBot], current: str) -> list[app_commands.Choice[str]]:
    """Suggest the tags for the ticket the command is used in."""
    return await staff.suggest_tags(interaction, current, in_ticket=True)


class Tags(commands.Cog):
    """Saved replies for staff; the bot checks staff roles, as Discord's permissions cannot name them."""

    tag = app_commands.Group(
        name=command_text("cmd-tag"), description=command_text("cmd-tag.description"), guild_only=True
    )

    def __init__(self, bot: TicketBot) -> None:
        self.bot = bot

    @tag.command(name=command_text("cmd-tag-send"), description=command_text("cmd-tag-send.description"))
    @app_commands.rename(name=command_text("cmd-tag-send-name"))
    @app_commands.describe(name=command_text("cmd-tag-send-name.description"))
    @app_commands.autocomplete(name=ticket_tag)
    async def send(self, interaction: discord.Interaction[TicketBot], name: Name) -> None:
        """Send a saved reply into the ticket this command is used in, its details filled in."""
        await staff.send_tag(interaction, channel_ticket(interaction), name)

    @tag.command(name=command_text("cmd-tag-create"), description=command_text("cmd-tag-create.description"))
    @app_commands.rename(
        name=command_text("cmd-tag-create-name"),
        content=command_text("cmd-tag-create-content"),
        types=command_text("cmd-tag-create-types"),
    )
    @app_commands.describe(
        name=command_text("cmd-tag-create-name.description"),
        content=command_text("cmd-tag-create-content.description"),
        types=command_text("cmd-tag-create-types.description"),
    )
    @app_commands.autocomplete(types=type_lists)
    async def create(
        self,
        interaction: discord.Interaction[TicketBot],
        name: Name,
        content: app_commands.Range[str, 1, MAX_CONTENT] | None = None,
        types: str | None = None,
    ) -> None:
        """Save a reply; without its text, the tag modal asks for it (long text, line breaks)."""
        await staff.create_tag(interaction, name, content, types)

    @tag.command(name=command_text("cmd-tag-edit"), description=command_text("cmd-tag-edit.description"))
    @app_commands.rename(name=command_text("cmd-tag-edit-name"))
    @app_commands.describe(name=command_text("cmd-tag-edit-name.description"))
    @app_commands.autocomplete(name=any_tag)
    async def edit(self, interaction: discord.Interaction[TicketBot], name: Name) -> None:
        """Change a saved reply's name, text or types in the tag modal."""
        await staff.edit_tag(interaction, name)

    @tag.command(name=command_text("cmd-tag-delete"), description=command_text("cmd-tag-delete.description"))
    @app_commands.rename(name=command_text("cmd-tag-delete-name"))
    @app_commands.describe(name=command_text("cmd-tag-delete-name.description"))
    @app_commands.autocomplete(name=any_tag)
    async def delete(self, interaction: discord.Interaction[TicketBot], name: Name) -> None:
        """Delete a saved reply."""
        await staff.delete_tag(interaction, name)

    @tag.command(name=command_text("cmd-tag-list"), description=command_text("cmd-tag-list.description"))
    async def list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """List the server's saved replies, with their uses."""
        await staff.list_tags(interaction)

    @tag.command(name=command_text("cmd-tag-show"), description=command_text("cmd-tag-show.description"))
    @app_commands.rename(name=command_text("cmd-tag-show-name"))
    @app_commands.describe(name=command_text("cmd-tag-show-name.description"))
    @app_commands.autocomplete(name=any_tag)
    async def show(self, interaction: discord.Interaction[TicketBot], name: Name) -> None:
        """Show a saved reply as written, to you alone."""
        await staff.show_tag(interaction, name)


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Tags(bot))
