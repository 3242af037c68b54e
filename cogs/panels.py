"""/panel: post, edit, list and delete the messages that open tickets (Manage Server)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from cogs.checks import ADMIN, AdminCog
from core import messages
from core.admin.panels import PanelDesign
from core.errors import UserInputError
from core.models import PanelStyle
from core.rules import ticket_types
from core.ui.context import guild_of, member_of

if TYPE_CHECKING:
    from bot import TicketBot


async def type_lists(interaction: discord.Interaction[TicketBot], current: str) -> list[app_commands.Choice[str]]:
    """Suggest how to finish the list of types being typed, one more type at a time."""
    if interaction.guild_id is None:
        return []
    types = await interaction.client.guild_settings.types(interaction.guild_id)
    return [app_commands.Choice(name=text, value=text) for text in ticket_types.list_suggestions(types, current)]


async def panel_ids(interaction: discord.Interaction[TicketBot], current: str) -> list[app_commands.Choice[int]]:
    """Suggest the server's panels by number and title."""
    if interaction.guild_id is None:
        return []
    typed = current.casefold().lstrip("#")
    return [
        app_commands.Choice(name=f"#{p.id} {p.title}"[:100], value=p.id)
        for p in await interaction.client.db.list_panels(interaction.guild_id)
        if typed in f"{p.id} {p.title}".casefold()
    ][:25]


class Panels(AdminCog):
    """Commands for the panels members open tickets from."""

    panel = app_commands.Group(
        name="panel", description="Post and manage ticket panels", guild_only=True, default_permissions=ADMIN
    )

    @panel.command(name="send", description="Post a panel that opens tickets")
    @app_commands.describe(
        channel="Where to post it (default: here)",
        title="The panel's title (default: Need help?)",
        description="The panel's text",
        button_label="The button's label (with one type, default Create Ticket), or the menu's placeholder",
        types="Ticket types to offer, separated by commas (default: the first type)",
        style="Offer the types as buttons or as a select menu",
    )
    @app_commands.autocomplete(types=type_lists)
    async def send(
        self,
        interaction: discord.Interaction[TicketBot],
        channel: discord.TextChannel | None = None,
        title: app_commands.Range[str, 1, 256] | None = None,
        description: app_commands.Range[str, 1, 2000] | None = None,
        button_label: app_commands.Range[str, 1, 80] | None = None,
        types: app_commands.Range[str, 1, 1000] | None = None,
        style: PanelStyle | None = None,
    ) -> None:
        """Post a panel."""
        member = member_of(interaction)
        target = channel or interaction.channel
        if not isinstance(target, discord.TextChannel):
            raise UserInputError("Panels go in a text channel: pick one with the `channel` option.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        design = PanelDesign(title, description, button_label, style=style, type_list=types or "")
        panel = await self.bot.panels.post(target, member.id, design)
        await interaction.edit_original_response(
            embed=messages.success(f"Panel #{panel.id} “{panel.title}” posted in {target.mention}.")
        )

    @panel.command(name="edit", description="Change a panel; its message is edited in place")
    @app_commands.describe(
        panel="The panel (see /panel list)",
        title="A new title",
        description="A new text",
        button_label="A new button label or menu placeholder",
        types="The ticket types to offer, separated by commas",
        style="Buttons or a select menu",
    )
    @app_commands.autocomplete(panel=panel_ids)
    @app_commands.autocomplete(types=type_lists)
    async def edit(
        self,
        interaction: discord.Interaction[TicketBot],
        panel: int,
        title: app_commands.Range[str, 1, 256] | None = None,
        description: app_commands.Range[str, 1, 2000] | None = None,
        button_label: app_commands.Range[str, 1, 80] | None = None,
        types: app_commands.Range[str, 1, 1000] | None = None,
        style: PanelStyle | None = None,
    ) -> None:
        """Edit a panel."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        design = PanelDesign(title, description, button_label, style=style, type_list=types or "")
        edited = await self.bot.panels.edit(guild_of(interaction), interaction.user.id, panel, design)
        await interaction.edit_original_response(embed=messages.success(f"Panel #{edited.id} “{edited.title}” edited."))

    @panel.command(name="delete", description="Delete a panel and its message")
    @app_commands.describe(panel="The panel (see /panel list)")
    @app_commands.autocomplete(panel=panel_ids)
    async def delete(self, interaction: discord.Interaction[TicketBot], panel: int) -> None:
        """Delete a panel."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        deleted = await self.bot.panels.delete(guild_of(interaction), interaction.user.id, panel)
        await interaction.edit_original_response(
            embed=messages.success(f"Panel #{deleted.id} “{deleted.title}” deleted.")
        )

    @panel.command(name="list", description="List the panels, and any whose message was deleted")
    async def list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """List the panels."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.edit_original_response(
            embed=messages.panel_list(await self.bot.panels.list(guild_of(interaction)))
        )


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Panels(bot))
