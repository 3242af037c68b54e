"""The options of ``/type create`` and ``/type edit``, in one table: what each takes, says and sets.

The table drives both commands: ``as_parameters`` gives a command the options as its parameters (which
discord.py reads from the callback's signature, with their descriptions and, for enums, their choices),
and ``changes`` turns the options given into the ``TicketType`` fields they set. A new type setting is
one row here.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Optional, TypeVar

import discord
from discord import app_commands

from core.admin import bounds
from core.i18n.commands import command_text
from core.i18n.languages import LANGUAGES
from core.models import ClaimMode, IdleCounts

F = TypeVar("F", bound=Callable[..., Any])


def _same(value: Any) -> Any:
    return value


def _id(item: discord.abc.Snowflake) -> int:
    return item.id


def _ids(item: discord.abc.Snowflake) -> tuple[int, ...]:
    return (item.id,)


def _minutes(minutes: int) -> int:
    return minutes * 60


def _hours(text: str) -> str:
    # The word "always" clears the hours ("" is stored as no hours).
    return "" if text.strip().casefold() == "always" else text.strip()  # i18n: the word admins type


# The choice of /type create|edit language: a catalog language, or the server's. The server's is stored as
# "" (read as None is: the server's language), since a change to None leaves a field as it is.
SERVER_LANGUAGE = "server"


def _language(choice: str) -> str:
    return "" if choice == SERVER_LANGUAGE else choice


@dataclass(frozen=True, slots=True)
class TypeOption:
    """One option of /type create and /type edit, and the ``TicketType`` field it sets."""

    name: str
    # What the option takes, as discord.py reads an annotation (a Range, a Discord object, an enum for choices).
    kind: Any
    field: str
    # Turns the option's value into the field's.
    convert: Callable[[Any], Any] = _same
    # The values it offers as choices (shown by their catalog names), when ``kind`` is an enum or a choice.
    choices: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Return the option's catalog key (its name and ``.description``)."""
        return "cmd-type-option-" + self.name.replace("_", "-")

    @property
    def description(self) -> app_commands.locale_str:
        """Return what the option says in /type create and /type edit."""
        return command_text(self.key + ".description")

    def choice_list(self) -> list[app_commands.Choice[str]]:
        """Return the option's choices, named by the catalog."""
        return [
            app_commands.Choice(name=command_text(f"{self.key}-choice-{value}"), value=value) for value in self.choices
        ]


TYPE_OPTIONS: tuple[TypeOption, ...] = (
    TypeOption("name", bounds.TYPE_NAME, "name"),
    TypeOption("emoji", bounds.EMOJI, "emoji"),
    TypeOption("description", bounds.TYPE_DESCRIPTION, "description"),
    TypeOption("staff_role", discord.Role, "staff_role_ids", _ids),
    TypeOption("category", discord.CategoryChannel, "category_id", _id),
    TypeOption("overflow_category", discord.CategoryChannel, "overflow_category_id", _id),
    TypeOption("max_open", bounds.MAX_TICKETS, "max_open"),
    TypeOption("required_role", discord.Role, "required_role_ids", _ids),
    TypeOption("ping_role", discord.Role, "ping_role_ids", _ids),
    TypeOption("cooldown_minutes", bounds.COOLDOWN, "cooldown_seconds", _minutes),
    TypeOption("naming", bounds.NAMING, "channel_name_template"),
    TypeOption("welcome", bounds.WELCOME, "welcome_message"),
    TypeOption("hours", bounds.OPENING_HOURS, "hours", _hours),
    TypeOption("timezone", bounds.TIME_ZONE, "timezone"),
    TypeOption("bypass_role", discord.Role, "bypass_role_ids", _ids),
    TypeOption("claim_mode", ClaimMode, "claim_mode", ClaimMode, tuple(ClaimMode)),
    TypeOption("auto_close_hours", bounds.HOURS, "auto_close_hours"),
    TypeOption("auto_close_warning_hours", bounds.HOURS, "auto_close_warning_hours"),
    TypeOption("idle_counts", IdleCounts, "idle_counts", IdleCounts, tuple(IdleCounts)),
    TypeOption("confirm_close", bool, "confirm_close"),
    TypeOption("thread_channel", discord.TextChannel, "thread_channel_id", _id),
    TypeOption("language", str, "language", _language, (SERVER_LANGUAGE, *LANGUAGES)),
    TypeOption("rating", bool, "ask_rating"),
    TypeOption("alert_channel", discord.TextChannel, "alert_channel_id", _id),
)


def as_parameters(*, required: tuple[str, ...] = ()) -> Callable[[F], F]:
    """Give a command callback the table's options as parameters, after those it declares itself.

    The options named in ``required`` must be given; every other one may be left out (None). The
    callback takes them as ``**options``; its own descriptions (``app_commands.describe`` above this)
    win over the table's.
    """

    def apply(callback: F) -> F:
        signature = inspect.signature(callback)
        declared = [p for p in signature.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
        given = [
            inspect.Parameter(option.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=_annotation(option))
            for option in TYPE_OPTIONS
            if option.name in required
        ]
        optional = [
            inspect.Parameter(
                option.name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                default=None,
                annotation=Optional[_annotation(option)],  # noqa: UP045 (a Range is not a type, so `| None` cannot join it)
            )
            for option in TYPE_OPTIONS
            if option.name not in required
        ]
        callback.__signature__ = signature.replace(parameters=[*declared, *given, *optional])  # type: ignore[attr-defined]
        described = app_commands.describe(**{option.name: option.description for option in TYPE_OPTIONS})(callback)
        renamed = app_commands.rename(**{option.name: command_text(option.key) for option in TYPE_OPTIONS})(described)
        offered = {option.name: option.choice_list() for option in TYPE_OPTIONS if option.choices}
        return app_commands.choices(**offered)(renamed)

    return apply


def _annotation(option: TypeOption) -> Any:
    """Return what discord.py reads an option's parameter as: a choice's value is a string."""
    return str if option.choices else option.kind


def changes(options: Mapping[str, Any]) -> dict[str, Any]:
    """Return the ``TicketType`` fields that the options given set; options left out (None) set nothing."""
    return {
        option.field: option.convert(options[option.name])
        for option in TYPE_OPTIONS
        if options.get(option.name) is not None
    }


def roles(options: Mapping[str, Any]) -> list[discord.Role]:
    """Return the roles the options given name, as the command resolved them."""
    return [value for value in options.values() if isinstance(value, discord.Role)]
