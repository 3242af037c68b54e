"""/type: create, change, list and delete ticket types and their forms (Manage Server)."""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from cogs.checks import ADMIN, AdminCog
from core import messages
from core.admin import type_options
from core.models import Question, QuestionStyle, TicketType
from core.rules import ticket_types
from core.ui.context import before_the_deadline, guild_of
from core.ui.modals import welcome_modal

if TYPE_CHECKING:
    from bot import TicketBot

ZONES = frozenset(zoneinfo.available_timezones())


async def type_names(interaction: discord.Interaction[TicketBot], current: str) -> list[app_commands.Choice[str]]:
    """Suggest the server's type names that contain what was typed."""
    if interaction.guild_id is None:
        return []
    types = await interaction.client.guild_settings.types(interaction.guild_id)
    typed = current.casefold()
    return [app_commands.Choice(name=t.name, value=t.name) for t in types if typed in t.name.casefold()][:25]


async def time_zones(interaction: discord.Interaction[TicketBot], current: str) -> list[app_commands.Choice[str]]:
    """Suggest IANA time zone names containing what was typed."""
    typed = current.casefold()
    return [app_commands.Choice(name=z, value=z) for z in sorted(ZONES) if typed in z.casefold()][:25]


class Types(AdminCog):
    """Commands for defining ticket types."""

    type = app_commands.Group(
        name="type", description="Define ticket types and their forms", guild_only=True, default_permissions=ADMIN
    )

    @type.command(name="create", description="Create a ticket type")
    @app_commands.autocomplete(timezone=time_zones)
    @type_options.as_parameters(required=("name",))
    async def create(self, interaction: discord.Interaction[TicketBot], /, **options: Any) -> None:
        """Create a type (its options are the table's, in core.admin.type_options)."""
        await self._save(interaction, None, type_options.roles(options), **type_options.changes(options))

    @type.command(name="edit", description="Change a ticket type (options left out stay as they are)")
    @app_commands.describe(type="The type to change", name="A new name")
    @app_commands.autocomplete(type=type_names, timezone=time_zones)
    @type_options.as_parameters()
    async def edit(self, interaction: discord.Interaction[TicketBot], /, type: str, **options: Any) -> None:
        """Change a type (its options are the table's, in core.admin.type_options)."""
        await self._save(interaction, type, type_options.roles(options), **type_options.changes(options))

    @type.command(name="welcome", description="A type's welcome message")
    @app_commands.describe(type="The type", message="One line; leave out to write several lines in a form")
    @app_commands.autocomplete(type=type_names)
    async def welcome(
        self,
        interaction: discord.Interaction[TicketBot],
        type: str,
        message: app_commands.Range[str, 1, 1500] | None = None,
    ) -> None:
        """Change a type's welcome message, in the option or in a modal that can hold several lines."""
        if message is not None:
            await self._save(interaction, type, (), welcome_message=message)
            return
        known = await before_the_deadline(self.bot.guild_settings.types(guild_of(interaction).id))
        chosen = ticket_types.named(known, type)
        modal = welcome_modal(chosen.id, f"{chosen.name}: welcome", chosen.welcome_message)
        await interaction.response.send_modal(modal)

    @type.command(name="delete", description="Delete a ticket type that has no open tickets")
    @app_commands.autocomplete(type=type_names)
    async def delete(self, interaction: discord.Interaction[TicketBot], type: str) -> None:
        """Delete a type."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        deleted = await self.bot.administration.delete_type(guild_of(interaction), interaction.user.id, type)
        await interaction.edit_original_response(embed=messages.success(f"Ticket type “{deleted.name}” deleted."))

    @type.command(name="list", description="List the ticket types")
    async def list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show every type with its settings."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        types = await self.bot.guild_settings.types(guild_of(interaction).id)
        await interaction.edit_original_response(embed=messages.type_list(types))

    @type.command(name="question-add", description="Add a question to a type's form (at most 5)")
    @app_commands.describe(
        type="The type whose form it is",
        question="The question, up to 45 characters",
        style="A line of text, a paragraph, or a choice from a list",
        choices="For a choice: the options, separated by commas",
        required="Whether an answer is needed (default: yes)",
        placeholder="Grey hint text in the empty field",
        min_length="For text: the shortest answer accepted",
        max_length="For text: the longest answer accepted (default 1000)",
    )
    @app_commands.autocomplete(type=type_names)
    async def question_add(
        self,
        interaction: discord.Interaction[TicketBot],
        type: str,
        question: app_commands.Range[str, 1, 45],
        style: QuestionStyle = QuestionStyle.SHORT,
        choices: app_commands.Range[str, 1, 1000] | None = None,
        required: bool = True,
        placeholder: app_commands.Range[str, 1, 100] | None = None,
        min_length: app_commands.Range[int, 0, 4000] = 0,
        max_length: app_commands.Range[int, 1, 4000] = 1000,
    ) -> None:
        """Append a question to a type's form."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        options = tuple(c.strip() for c in (choices or "").split(",") if c.strip())
        asked = Question(question, style, required, placeholder or "", max_length, options, min_length)
        stored = await self.bot.administration.add_question(guild_of(interaction), interaction.user.id, type, asked)
        await self._saved(interaction, stored, "saved")

    @type.command(name="question-remove", description="Remove a question from a type's form")
    @app_commands.describe(type="The type whose form it is", number="The question's number, from 1")
    @app_commands.autocomplete(type=type_names)
    async def question_remove(
        self, interaction: discord.Interaction[TicketBot], type: str, number: app_commands.Range[int, 1, 5]
    ) -> None:
        """Remove one question from a type's form."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await self.bot.administration.remove_question(guild_of(interaction), interaction.user.id, type, number)
        await self._saved(interaction, stored, "saved")

    async def _save(
        self,
        interaction: discord.Interaction[TicketBot],
        existing: str | None,
        roles: Sequence[discord.Role],
        **changes: Any,
    ) -> None:
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await self.bot.administration.save_type(
            guild_of(interaction), interaction.user.id, existing, roles, **changes
        )
        await self._saved(interaction, stored, "created" if existing is None else "saved")

    async def _saved(self, interaction: discord.Interaction[TicketBot], stored: TicketType, verb: str) -> None:
        await interaction.edit_original_response(
            content=f"Ticket type “{stored.name}” {verb}.", embed=messages.type_list([stored])
        )


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Types(bot))
