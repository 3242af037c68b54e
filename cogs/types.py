"""/type: create, change, list and delete ticket types and their forms (Manage Server)."""

from __future__ import annotations

import zoneinfo
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from cogs.checks import ADMIN, AdminCog
from core import messages
from core.models import ClaimMode, IdleCounts, Question, QuestionStyle, TicketType
from core.rules import ticket_types
from core.ui.context import before_the_deadline, guild_of
from core.ui.modals import welcome_modal

if TYPE_CHECKING:
    from bot import TicketBot

ZONES = frozenset(zoneinfo.available_timezones())
OPTION_HELP = {
    "name": "Shown on the panel's button or menu",
    "emoji": "One emoji for the button",
    "description": "A short line under the menu option",
    "staff_role": "Who handles these tickets (default: the server's staff roles)",
    "category": "Where these tickets go (default: the server's ticket category)",
    "overflow_category": "Where these tickets go while their category is full",
    "max_open": "How many of these a member may have open at once",
    "required_role": "Only members with this role may open these",
    "ping_role": "A role pinged when one opens",
    "cooldown_minutes": "How long a member waits between two of these",
    "naming": "Channel names, with {number}, {username} and {type}",
    "welcome": "The welcome text, with {user}, {type}, {number} and {server}",
    "hours": "When staff answer, e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00 (always: any time)",
    "timezone": "The time zone of the hours, e.g. Europe/Berlin",
    "bypass_role": "Members with this role may open outside the hours",
    "claim_mode": "What claiming does to the other staff's access (default: the server's)",
    "auto_close_hours": "Close after this many hours without a message (0: never; default: the server's)",
    "auto_close_warning_hours": "Warn the opener this many hours before closing (default: the server's)",
    "idle_counts": "Whose messages keep one open: the opener's or anyone's (default: the server's)",
    "confirm_close": "Whether /ticket close asks before closing (default: the server's)",
    "thread_channel": "Make these tickets private threads in this text channel instead of channels",
}


async def type_names(interaction: discord.Interaction[TicketBot], current: str) -> list[app_commands.Choice[str]]:
    """Suggest the server's type names that contain what was typed."""
    if interaction.guild_id is None:
        return []
    types = await interaction.client.guild_settings.types(interaction.guild_id)
    typed = current.casefold()
    return [app_commands.Choice(name=t.name, value=t.name) for t in types if typed in t.name.casefold()][:25]


def _ids(*items: discord.abc.Snowflake | None) -> tuple[int, ...] | None:
    """Return the ids of the options given, or None when none was (which leaves the field as it is)."""
    ids = tuple(dict.fromkeys(item.id for item in items if item is not None))
    return ids or None


def _changes(given: dict[str, Any]) -> dict[str, Any]:
    """Turn /type create's or edit's options (their ``locals()``) into a type's changes; None leaves a field."""
    minutes, hours = given["cooldown_minutes"], given["hours"]
    changes = {
        "name": given["name"],
        "emoji": given["emoji"],
        "description": given["description"],
        "staff_roles": [given["staff_role"]] if given["staff_role"] else [],
        "category_id": _id(given["category"]),
        "overflow_category_id": _id(given["overflow_category"]),
        "max_open": given["max_open"],
        "required_role_ids": _ids(given["required_role"]),
        "ping_roles": [given["ping_role"]] if given["ping_role"] else [],
        "cooldown_seconds": minutes * 60 if minutes is not None else None,
        "channel_name_template": given["naming"],
        "welcome_message": given["welcome"],
        "timezone": given["timezone"],
        "bypass_role_ids": _ids(given["bypass_role"]),
        "claim_mode": given["claim_mode"],
        "auto_close_hours": given["auto_close_hours"],
        "auto_close_warning_hours": given["auto_close_warning_hours"],
        "idle_counts": given["idle_counts"],
        "confirm_close": given["confirm_close"],
        "thread_channel_id": _id(given["thread_channel"]),
    }
    if hours is not None:
        # The word "always" clears the hours.
        changes["hours"] = "" if hours.strip().lower() == "always" else hours.strip()
    return changes


def _id(item: discord.abc.Snowflake | None) -> int | None:
    return item.id if item is not None else None


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
    @app_commands.describe(**OPTION_HELP)
    async def create(
        self,
        interaction: discord.Interaction[TicketBot],
        name: app_commands.Range[str, 1, 50],
        emoji: app_commands.Range[str, 1, 64] | None = None,
        description: app_commands.Range[str, 1, 100] | None = None,
        staff_role: discord.Role | None = None,
        category: discord.CategoryChannel | None = None,
        overflow_category: discord.CategoryChannel | None = None,
        max_open: app_commands.Range[int, 1, 25] | None = None,
        required_role: discord.Role | None = None,
        ping_role: discord.Role | None = None,
        cooldown_minutes: app_commands.Range[int, 0, 10080] | None = None,
        naming: app_commands.Range[str, 1, 90] | None = None,
        welcome: app_commands.Range[str, 1, 1500] | None = None,
        hours: app_commands.Range[str, 1, 200] | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
        bypass_role: discord.Role | None = None,
        claim_mode: ClaimMode | None = None,
        auto_close_hours: app_commands.Range[float, 0.0, 8760.0] | None = None,
        auto_close_warning_hours: app_commands.Range[float, 0.0, 8760.0] | None = None,
        idle_counts: IdleCounts | None = None,
        confirm_close: bool | None = None,
        thread_channel: discord.TextChannel | None = None,
    ) -> None:
        """Create a type."""
        await self._save(interaction, None, **_changes(locals()))

    @type.command(name="edit", description="Change a ticket type (options left out stay as they are)")
    @app_commands.describe(**{**OPTION_HELP, "type": "The type to change", "name": "A new name"})
    @app_commands.autocomplete(type=type_names, timezone=time_zones)
    async def edit(
        self,
        interaction: discord.Interaction[TicketBot],
        type: str,
        name: app_commands.Range[str, 1, 50] | None = None,
        emoji: app_commands.Range[str, 1, 64] | None = None,
        description: app_commands.Range[str, 1, 100] | None = None,
        staff_role: discord.Role | None = None,
        category: discord.CategoryChannel | None = None,
        overflow_category: discord.CategoryChannel | None = None,
        max_open: app_commands.Range[int, 1, 25] | None = None,
        required_role: discord.Role | None = None,
        ping_role: discord.Role | None = None,
        cooldown_minutes: app_commands.Range[int, 0, 10080] | None = None,
        naming: app_commands.Range[str, 1, 90] | None = None,
        welcome: app_commands.Range[str, 1, 1500] | None = None,
        hours: app_commands.Range[str, 1, 200] | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
        bypass_role: discord.Role | None = None,
        claim_mode: ClaimMode | None = None,
        auto_close_hours: app_commands.Range[float, 0.0, 8760.0] | None = None,
        auto_close_warning_hours: app_commands.Range[float, 0.0, 8760.0] | None = None,
        idle_counts: IdleCounts | None = None,
        confirm_close: bool | None = None,
        thread_channel: discord.TextChannel | None = None,
    ) -> None:
        """Change a type."""
        await self._save(interaction, type, **_changes(locals()))

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
            await self._save(interaction, type, welcome_message=message)
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

    async def _save(self, interaction: discord.Interaction[TicketBot], existing: str | None, **changes: Any) -> None:
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await self.bot.administration.save_type(
            guild_of(interaction), interaction.user.id, existing, **changes
        )
        await self._saved(interaction, stored, "created" if existing is None else "saved")

    async def _saved(self, interaction: discord.Interaction[TicketBot], stored: TicketType, verb: str) -> None:
        await interaction.edit_original_response(
            content=f"Ticket type “{stored.name}” {verb}.", embed=messages.type_list([stored])
        )


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Types(bot))
