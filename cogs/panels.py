"""/panel: post, edit, list and delete the messages that open tickets (Manage Server)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from cogs.checks import ADMIN, AdminCog
from core import messages
from core.admin import bounds
from core.admin.panels import PanelDesign
from core.errors import UserInputError
from core.i18n import render, t
from core.i18n.commands import command_text
from core.i18n.languages import of_interaction
from core.models import PanelStyle
from core.rules import ticket_types
from core.ui.context import guild_of, member_of

if TYPE_CHECKING:
    from bot import TicketBot

STYLES = [
    app_commands.Choice(name=command_text(f"cmd-panel-send-style-choice-{style}"), value=style.value)
    for style in PanelStyle
]


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
        name=command_text("cmd-panel"),
        description=command_text("cmd-panel.description"),
        guild_only=True,
        default_permissions=ADMIN,
    )

    @panel.command(name=command_text("cmd-panel-send"), description=command_text("cmd-panel-send.description"))
    @app_commands.rename(
        channel=command_text("cmd-panel-send-channel"),
        title=command_text("cmd-panel-send-title"),
        description=command_text("cmd-panel-send-description"),
        button_label=command_text("cmd-panel-send-button-label"),
        types=command_text("cmd-panel-send-types"),
        style=command_text("cmd-panel-send-style"),
    )
    @app_commands.describe(
        channel=command_text("cmd-panel-send-channel.description"),
        title=command_text("cmd-panel-send-title.description"),
        description=command_text("cmd-panel-send-description.description"),
        button_label=command_text("cmd-panel-send-button-label.description"),
        types=command_text("cmd-panel-send-types.description"),
        style=command_text("cmd-panel-send-style.description"),
    )
    @app_commands.choices(style=STYLES)
    @app_commands.autocomplete(types=type_lists)
    async def send(
        self,
        interaction: discord.Interaction[TicketBot],
        channel: discord.TextChannel | None = None,
        title: bounds.PANEL_TITLE | None = None,
        description: bounds.PANEL_DESCRIPTION | None = None,
        button_label: bounds.BUTTON_LABEL | None = None,
        types: bounds.PANEL_TYPES | None = None,
        style: str | None = None,
    ) -> None:
        """Post a panel."""
        member = member_of(interaction)
        target = channel or interaction.channel
        if not isinstance(target, discord.TextChannel):
            raise UserInputError(t("panel-needs-text-channel"))
        await interaction.response.defer(ephemeral=True, thinking=True)
        chosen = PanelStyle(style) if style else None
        design = PanelDesign(title, description, button_label, style=chosen, type_list=types or "")
        panel = await self.bot.panels.post(target, member.id, design)
        posted = t("panel-posted", id=str(panel.id), title=panel.title, channel=target.mention)
        await interaction.edit_original_response(embed=messages.success(render(posted, of_interaction(interaction))))

    @panel.command(name=command_text("cmd-panel-edit"), description=command_text("cmd-panel-edit.description"))
    @app_commands.rename(
        panel=command_text("cmd-panel-edit-panel"),
        title=command_text("cmd-panel-edit-title"),
        description=command_text("cmd-panel-edit-description"),
        button_label=command_text("cmd-panel-edit-button-label"),
        types=command_text("cmd-panel-edit-types"),
        style=command_text("cmd-panel-edit-style"),
    )
    @app_commands.describe(
        panel=command_text("cmd-panel-edit-panel.description"),
        title=command_text("cmd-panel-edit-title.description"),
        description=command_text("cmd-panel-edit-description.description"),
        button_label=command_text("cmd-panel-edit-button-label.description"),
        types=command_text("cmd-panel-edit-types.description"),
        style=command_text("cmd-panel-edit-style.description"),
    )
    @app_commands.choices(style=STYLES)
    @app_commands.autocomplete(panel=panel_ids)
    @app_commands.autocomplete(types=type_lists)
    async def edit(
        self,
        interaction: discord.Interaction[TicketBot],
        panel: int,
        title: bounds.PANEL_TITLE | None = None,
        description: bounds.PANEL_DESCRIPTION | None = None,
        button_label: bounds.BUTTON_LABEL | None = None,
        types: bounds.PANEL_TYPES | None = None,
        style: str | None = None,
    ) -> None:
        """Edit a panel."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        chosen = PanelStyle(style) if style else None
        design = PanelDesign(title, description, button_label, style=chosen, type_list=types or "")
        edited = await self.bot.panels.edit(guild_of(interaction), interaction.user.id, panel, design)
        reply = t("panel-edited", id=str(edited.id), title=edited.title)
        await interaction.edit_original_response(embed=messages.success(render(reply, of_interaction(interaction))))

    @panel.command(name=command_text("cmd-panel-delete"), description=command_text("cmd-panel-delete.description"))
    @app_commands.rename(panel=command_text("cmd-panel-delete-panel"))
    @app_commands.describe(panel=command_text("cmd-panel-delete-panel.description"))
    @app_commands.autocomplete(panel=panel_ids)
    async def delete(self, interaction: discord.Interaction[TicketBot], panel: int) -> None:
        """Delete a panel."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        deleted = await self.bot.panels.delete(guild_of(interaction), interaction.user.id, panel)
        reply = t("panel-deleted", id=str(deleted.id), title=deleted.title)
        await interaction.edit_original_response(embed=messages.success(render(reply, of_interaction(interaction))))

    @panel.command(name=command_text("cmd-panel-list"), description=command_text("cmd-panel-list.description"))
    async def list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """List the panels."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.edit_original_response(
            embed=messages.panel_list(await self.bot.panels.list(guild_of(interaction)), of_interaction(interaction))
        )


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Panels(bot))
