"""/type: create, change, list and delete ticket types and their forms (Manage Server)."""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from cogs.checks import ADMIN, AdminCog
from core import messages
from core.admin import bounds, type_options
from core.i18n import render, t
from core.i18n.commands import command_text
from core.i18n.languages import LANGUAGES, of_interaction
from core.models import Question, QuestionStyle, TicketType
from core.rules import ticket_types
from core.ui.context import before_the_deadline, guild_of
from core.ui.modals import welcome_modal

if TYPE_CHECKING:
    from bot import TicketBot

ZONES = frozenset(zoneinfo.available_timezones())
# A variant's language: a catalog language, named in itself (the choices of /type create|edit language).
VARIANT_LANGUAGES = [
    app_commands.Choice(name=command_text(f"cmd-type-option-language-choice-{code}"), value=code) for code in LANGUAGES
]
STYLES = [
    app_commands.Choice(name=command_text(f"cmd-type-question-add-style-choice-{style}"), value=style.value)
    for style in QuestionStyle
]


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
        name=command_text("cmd-type"),
        description=command_text("cmd-type.description"),
        guild_only=True,
        default_permissions=ADMIN,
    )

    @type.command(name=command_text("cmd-type-create"), description=command_text("cmd-type-create.description"))
    @app_commands.autocomplete(timezone=time_zones)
    @type_options.as_parameters(required=("name",))
    async def create(self, interaction: discord.Interaction[TicketBot], /, **options: Any) -> None:
        """Create a type (its options are the table's, in core.admin.type_options)."""
        await self._save(interaction, None, type_options.roles(options), **type_options.changes(options))

    @type.command(name=command_text("cmd-type-edit"), description=command_text("cmd-type-edit.description"))
    @app_commands.rename(type=command_text("cmd-type-edit-type"))
    @app_commands.describe(
        type=command_text("cmd-type-edit-type.description"), name=command_text("cmd-type-edit-name.description")
    )
    @app_commands.autocomplete(type=type_names, timezone=time_zones)
    @type_options.as_parameters()
    async def edit(self, interaction: discord.Interaction[TicketBot], /, type: str, **options: Any) -> None:
        """Change a type (its options are the table's, in core.admin.type_options)."""
        await self._save(interaction, type, type_options.roles(options), **type_options.changes(options))

    @type.command(name=command_text("cmd-type-welcome"), description=command_text("cmd-type-welcome.description"))
    @app_commands.rename(
        type=command_text("cmd-type-welcome-type"),
        message=command_text("cmd-type-welcome-message"),
        language=command_text("cmd-type-welcome-language"),
    )
    @app_commands.describe(
        type=command_text("cmd-type-welcome-type.description"),
        message=command_text("cmd-type-welcome-message.description"),
        language=command_text("cmd-type-welcome-language.description"),
    )
    @app_commands.choices(language=VARIANT_LANGUAGES)
    @app_commands.autocomplete(type=type_names)
    async def welcome(
        self,
        interaction: discord.Interaction[TicketBot],
        type: str,
        message: bounds.WELCOME | None = None,
        language: str | None = None,
    ) -> None:
        """Change a type's welcome message (in the option or a modal), or its variant for openers of a language."""
        if language is not None:
            current = await self._type(interaction, type)
            await self._save_variant(interaction, current, language, welcome_message=message or "")
            return
        if message is not None:
            await self._save(interaction, type, (), welcome_message=message)
            return
        known = await before_the_deadline(self.bot.guild_settings.types(guild_of(interaction).id))
        chosen = ticket_types.named(known, type)
        reader = of_interaction(interaction)
        title = render(t("type-welcome-modal-title", type=chosen.name), reader)
        await interaction.response.send_modal(welcome_modal(chosen.id, title, chosen.welcome_message, language=reader))

    @type.command(
        name=command_text("cmd-type-answers-first"), description=command_text("cmd-type-answers-first.description")
    )
    @app_commands.rename(
        type=command_text("cmd-type-answers-first-type"), enabled=command_text("cmd-type-answers-first-enabled")
    )
    @app_commands.describe(
        type=command_text("cmd-type-answers-first-type.description"),
        enabled=command_text("cmd-type-answers-first-enabled.description"),
    )
    @app_commands.autocomplete(type=type_names)
    async def answers_first(self, interaction: discord.Interaction[TicketBot], type: str, enabled: bool) -> None:
        """Whether the type offers matching saved replies before its tickets open.

        A command of its own: /type edit already has the 25 options Discord allows.
        """
        await self._save(interaction, type, (), deflect=enabled)

    @type.command(name=command_text("cmd-type-targets"), description=command_text("cmd-type-targets.description"))
    @app_commands.rename(
        type=command_text("cmd-type-targets-type"),
        first_response=command_text("cmd-type-targets-first-response"),
        resolution=command_text("cmd-type-targets-resolution"),
    )
    @app_commands.describe(
        type=command_text("cmd-type-targets-type.description"),
        first_response=command_text("cmd-type-targets-first-response.description"),
        resolution=command_text("cmd-type-targets-resolution.description"),
    )
    @app_commands.autocomplete(type=type_names)
    async def targets(
        self,
        interaction: discord.Interaction[TicketBot],
        type: str,
        first_response: bounds.FIRST_RESPONSE | None = None,
        resolution: bounds.RESOLUTION | None = None,
    ) -> None:
        """Set the type's targets in its opening hours: minutes to staff's first answer, hours to the close (0: none).

        A command of its own: /type edit already has the 25 options Discord allows.
        """
        minutes = None if resolution is None else round(resolution * 60)
        await self._save(
            interaction, type, (), response_target_minutes=first_response, resolution_target_minutes=minutes
        )

    @type.command(name=command_text("cmd-type-delete"), description=command_text("cmd-type-delete.description"))
    @app_commands.rename(type=command_text("cmd-type-delete-type"))
    @app_commands.describe(type=command_text("cmd-type-delete-type.description"))
    @app_commands.autocomplete(type=type_names)
    async def delete(self, interaction: discord.Interaction[TicketBot], type: str) -> None:
        """Delete a type."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        deleted = await self.bot.administration.delete_type(guild_of(interaction), interaction.user.id, type)
        reply = render(t("type-deleted", name=deleted.name), of_interaction(interaction))
        await interaction.edit_original_response(embed=messages.success(reply))

    @type.command(name=command_text("cmd-type-list"), description=command_text("cmd-type-list.description"))
    async def list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show every type with its settings."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        types = await self.bot.guild_settings.types(guild_of(interaction).id)
        await interaction.edit_original_response(embed=messages.type_list(types, of_interaction(interaction)))

    @type.command(
        name=command_text("cmd-type-question-add"), description=command_text("cmd-type-question-add.description")
    )
    @app_commands.rename(
        type=command_text("cmd-type-question-add-type"),
        question=command_text("cmd-type-question-add-question"),
        style=command_text("cmd-type-question-add-style"),
        choices=command_text("cmd-type-question-add-choices"),
        required=command_text("cmd-type-question-add-required"),
        placeholder=command_text("cmd-type-question-add-placeholder"),
        min_length=command_text("cmd-type-question-add-min-length"),
        max_length=command_text("cmd-type-question-add-max-length"),
        language=command_text("cmd-type-question-add-language"),
    )
    @app_commands.describe(
        type=command_text("cmd-type-question-add-type.description"),
        question=command_text("cmd-type-question-add-question.description"),
        style=command_text("cmd-type-question-add-style.description"),
        choices=command_text("cmd-type-question-add-choices.description"),
        required=command_text("cmd-type-question-add-required.description"),
        placeholder=command_text("cmd-type-question-add-placeholder.description"),
        min_length=command_text("cmd-type-question-add-min-length.description"),
        max_length=command_text("cmd-type-question-add-max-length.description"),
        language=command_text("cmd-type-question-add-language.description"),
    )
    @app_commands.choices(style=STYLES, language=VARIANT_LANGUAGES)
    @app_commands.autocomplete(type=type_names)
    async def question_add(
        self,
        interaction: discord.Interaction[TicketBot],
        type: str,
        question: bounds.QUESTION,
        style: str = QuestionStyle.SHORT.value,
        choices: bounds.CHOICES | None = None,
        required: bool = True,
        placeholder: bounds.PLACEHOLDER | None = None,
        min_length: bounds.MIN_LENGTH = 0,
        max_length: bounds.MAX_LENGTH = 1000,
        language: str | None = None,
    ) -> None:
        """Append a question to a type's form, or to its variant for openers of a language."""
        options = tuple(c.strip() for c in (choices or "").split(",") if c.strip())
        asked = Question(question, QuestionStyle(style), required, placeholder or "", max_length, options, min_length)
        if language is not None:
            current = await self._type(interaction, type)
            form = current.variants[language].questions if language in current.variants else ()
            await self._save_variant(interaction, current, language, questions=(*form, asked))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await self.bot.administration.add_question(guild_of(interaction), interaction.user.id, type, asked)
        await self._saved(interaction, stored, "type-saved")

    @type.command(
        name=command_text("cmd-type-question-remove"),
        description=command_text("cmd-type-question-remove.description"),
    )
    @app_commands.rename(
        type=command_text("cmd-type-question-remove-type"),
        number=command_text("cmd-type-question-remove-number"),
        language=command_text("cmd-type-question-remove-language"),
    )
    @app_commands.describe(
        type=command_text("cmd-type-question-remove-type.description"),
        number=command_text("cmd-type-question-remove-number.description"),
        language=command_text("cmd-type-question-remove-language.description"),
    )
    @app_commands.choices(language=VARIANT_LANGUAGES)
    @app_commands.autocomplete(type=type_names)
    async def question_remove(
        self,
        interaction: discord.Interaction[TicketBot],
        type: str,
        number: app_commands.Range[int, 1, 5],
        language: str | None = None,
    ) -> None:
        """Remove one question from a type's form, or from its variant for openers of a language."""
        if language is not None:
            current = await self._type(interaction, type)
            form = current.variants[language].questions if language in current.variants else ()
            kept = tuple(q for i, q in enumerate(form, start=1) if i != number)
            await self._save_variant(interaction, current, language, questions=kept)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await self.bot.administration.remove_question(guild_of(interaction), interaction.user.id, type, number)
        await self._saved(interaction, stored, "type-saved")

    async def _type(self, interaction: discord.Interaction[TicketBot], name: str) -> TicketType:
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        return ticket_types.named(await self.bot.guild_settings.types(guild_of(interaction).id), name)

    async def _save_variant(
        self, interaction: discord.Interaction[TicketBot], current: TicketType, language: str, **change: Any
    ) -> None:
        """Change a type's welcome or form for openers who read ``language`` ("" or (): remove it)."""
        variants = ticket_types.with_variant(current, language, **change)
        await self._save(interaction, current.name, (), variants=variants)

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
        await self._saved(interaction, stored, "type-created" if existing is None else "type-saved")

    async def _saved(self, interaction: discord.Interaction[TicketBot], stored: TicketType, key: str) -> None:
        await interaction.edit_original_response(
            content=render(t(key, name=stored.name), of_interaction(interaction)),
            embed=messages.type_list([stored], of_interaction(interaction)),
        )


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Types(bot))
