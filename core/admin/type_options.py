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
    return "" if text.strip().casefold() == "always" else text.strip()


@dataclass(frozen=True, slots=True)
class TypeOption:
    """One option of /type create and /type edit, and the ``TicketType`` field it sets."""

    name: str
    # What the option takes, as discord.py reads an annotation (a Range, a Discord object, an enum for choices).
    kind: Any
    description: str
    field: str
    # Turns the option's value into the field's.
    convert: Callable[[Any], Any] = _same


HOURS = app_commands.Range[float, 0.0, 8760.0]

TYPE_OPTIONS: tuple[TypeOption, ...] = (
    TypeOption("name", app_commands.Range[str, 1, 50], "Shown on the panel's button or menu", "name"),
    TypeOption("emoji", app_commands.Range[str, 1, 64], "One emoji for the button", "emoji"),
    TypeOption("description", app_commands.Range[str, 1, 100], "A short line under the menu option", "description"),
    TypeOption(
        "staff_role",
        discord.Role,
        "Who handles these tickets (default: the server's staff roles)",
        "staff_role_ids",
        _ids,
    ),
    TypeOption(
        "category",
        discord.CategoryChannel,
        "Where these tickets go (default: the server's ticket category)",
        "category_id",
        _id,
    ),
    TypeOption(
        "overflow_category",
        discord.CategoryChannel,
        "Where these tickets go while their category is full",
        "overflow_category_id",
        _id,
    ),
    TypeOption(
        "max_open", app_commands.Range[int, 1, 25], "How many of these a member may have open at once", "max_open"
    ),
    TypeOption("required_role", discord.Role, "Only members with this role may open these", "required_role_ids", _ids),
    TypeOption("ping_role", discord.Role, "A role pinged when one opens", "ping_role_ids", _ids),
    TypeOption(
        "cooldown_minutes",
        app_commands.Range[int, 0, 10080],
        "How long a member waits between two of these",
        "cooldown_seconds",
        _minutes,
    ),
    TypeOption(
        "naming",
        app_commands.Range[str, 1, 90],
        "Channel names, with {number}, {username} and {type}",
        "channel_name_template",
    ),
    TypeOption(
        "welcome",
        app_commands.Range[str, 1, 1500],
        "The welcome text, with {user}, {type}, {number} and {server}",
        "welcome_message",
    ),
    TypeOption(
        "hours",
        app_commands.Range[str, 1, 200],
        "When staff answer, e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00 (always: any time)",
        "hours",
        _hours,
    ),
    TypeOption(
        "timezone", app_commands.Range[str, 1, 64], "The time zone of the hours, e.g. Europe/Berlin", "timezone"
    ),
    TypeOption(
        "bypass_role", discord.Role, "Members with this role may open outside the hours", "bypass_role_ids", _ids
    ),
    TypeOption(
        "claim_mode", ClaimMode, "What claiming does to the other staff's access (default: the server's)", "claim_mode"
    ),
    TypeOption(
        "auto_close_hours",
        HOURS,
        "Close after this many hours without a message (0: never; default: the server's)",
        "auto_close_hours",
    ),
    TypeOption(
        "auto_close_warning_hours",
        HOURS,
        "Warn the opener this many hours before closing (default: the server's)",
        "auto_close_warning_hours",
    ),
    TypeOption(
        "idle_counts",
        IdleCounts,
        "Whose messages keep one open: the opener's or anyone's (default: the server's)",
        "idle_counts",
    ),
    TypeOption(
        "confirm_close", bool, "Whether /ticket close asks before closing (default: the server's)", "confirm_close"
    ),
    TypeOption(
        "thread_channel",
        discord.TextChannel,
        "Make these tickets private threads in this text channel instead of channels",
        "thread_channel_id",
        _id,
    ),
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
            inspect.Parameter(option.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=option.kind)
            for option in TYPE_OPTIONS
            if option.name in required
        ]
        optional = [
            inspect.Parameter(
                option.name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                default=None,
                annotation=Optional[option.kind],  # noqa: UP045 (a Range is not a type, so `| None` cannot join it)
            )
            for option in TYPE_OPTIONS
            if option.name not in required
        ]
        callback.__signature__ = signature.replace(parameters=[*declared, *given, *optional])  # type: ignore[attr-defined]
        return app_commands.describe(**{option.name: option.description for option in TYPE_OPTIONS})(callback)

    return apply


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
