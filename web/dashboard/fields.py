"""The dashboard's form fields: what each setting takes, how a form shows it, and how a posted value is read.

A field reads the posted text into the value the record stores, within the bounds the slash command's
option has (``core.admin.bounds``); every other rule (names, templates, hours, roles, permissions) is
``core.admin``'s, which the commands go through too. Roles and channels are read against the server as
the bot sees it: an id that is not one of its roles (or channels of the right kind) is refused.
"""

from __future__ import annotations

import math
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import discord
from multidict import MultiMapping

from core.admin import bounds
from core.errors import UserInputError
from core.i18n import LANGUAGES, t
from core.models import ClaimMode, CloseAction, IdleCounts, LeaveAction, PanelStyle, QuestionStyle

ZONES = frozenset(zoneinfo.available_timezones())


class Kind(StrEnum):
    """How a field is shown and read."""

    TEXT = "text"
    LONG = "long"  # several lines
    WHOLE = "whole"  # a whole number
    NUMBER = "number"  # a number with decimals
    FLAG = "flag"  # yes or no (for a type: or the server's)
    CHOICE = "choice"  # one of ``choices``
    ROLE = "role"  # one of the server's roles
    ROLES = "roles"  # any of the server's roles
    CATEGORY = "category"
    CHANNEL = "channel"  # a text channel
    ZONE = "zone"  # an IANA time zone


@dataclass(frozen=True, slots=True)
class Field:
    """One setting on a dashboard form: the record's field it sets, and how it is read."""

    name: str
    kind: Kind
    group: str = ""
    bound: Any = None  # a ``core.admin.bounds`` range: what the command's option accepts
    enum: type[StrEnum] | None = None  # kind CHOICE: the values it offers, read as this enum's members
    hint: str = ""  # the catalog key of its help (the command option's description)
    # A type's setting that may be left empty: the server's value (or none) stands.
    optional: bool = False
    scale: float = 1.0  # the stored value is the shown one times this (minutes shown, seconds stored)
    zero_is_none: bool = False  # 0 turns the setting off, as the command's 0 does

    @property
    def choices(self) -> tuple[str, ...]:
        """Return the values a choice offers: its enum's, or the catalog's languages."""
        return tuple(member.value for member in self.enum) if self.enum else tuple(LANGUAGES)

    @property
    def multiple(self) -> bool:
        """Whether the field takes several values (a list of roles)."""
        return self.kind is Kind.ROLES


# /config's settings, as the commands set them (and their options' descriptions as help).
SETTINGS: tuple[Field, ...] = (
    Field("max_open_tickets", Kind.WHOLE, "opening", bounds.MAX_TICKETS, hint="cmd-config-max-tickets-limit"),
    Field("channel_name_template", Kind.TEXT, "opening", bounds.NAMING, hint="cmd-config-naming-template"),
    Field("members_open_about", Kind.FLAG, "opening", hint="cmd-config-members-open-about-enabled"),
    Field("welcome_message", Kind.LONG, "opening", bounds.WELCOME, hint="cmd-config-welcome-message", optional=True),
    Field("language", Kind.CHOICE, "opening", hint="cmd-config-language-language", optional=True),
    Field("claim_mode", Kind.CHOICE, "handling", enum=ClaimMode, hint="cmd-config-claim-mode-mode"),
    Field("priority_prefix", Kind.FLAG, "handling", hint="cmd-config-priority-prefix-enabled"),
    Field(
        "target_warning_percent",
        Kind.WHOLE,
        "handling",
        bounds.TARGET_WARNING,
        hint="cmd-config-target-warning-percent",
    ),
    Field(
        "auto_close_hours",
        Kind.NUMBER,
        "closing",
        bounds.HOURS,
        hint="cmd-config-auto-close-hours",
        optional=True,
        zero_is_none=True,
    ),
    Field(
        "auto_close_warning_hours",
        Kind.NUMBER,
        "closing",
        bounds.HOURS,
        hint="cmd-config-auto-close-warning-hours",
        optional=True,
        zero_is_none=True,
    ),
    Field("idle_counts", Kind.CHOICE, "closing", enum=IdleCounts, hint="cmd-config-auto-close-counts"),
    Field("confirm_close", Kind.FLAG, "closing", hint="cmd-config-close-confirmation-enabled"),
    Field("ask_rating", Kind.FLAG, "closing", hint="cmd-config-rating-enabled"),
    Field("on_opener_leave", Kind.CHOICE, "closing", enum=LeaveAction, hint="cmd-config-opener-leaves-action"),
)

# /setup's choices: where tickets go, who staffs them, where the log is.
SETUP: tuple[Field, ...] = (
    Field("staff_role_ids", Kind.ROLES, "setup", hint="cmd-setup-staff-role"),
    Field("ticket_category_id", Kind.CATEGORY, "setup", hint="cmd-setup-category"),
    Field("log_channel_id", Kind.CHANNEL, "setup", hint="cmd-setup-log-channel"),
    Field("close_action", Kind.CHOICE, "setup", enum=CloseAction, hint="cmd-setup-close-action"),
    Field("archive_category_id", Kind.CATEGORY, "setup", hint="cmd-setup-archive-category", optional=True),
    Field("overflow_category_id", Kind.CATEGORY, "setup", hint="cmd-setup-overflow-category", optional=True),
)


def _option(name: str) -> str:
    return "cmd-type-option-" + name.replace("_", "-")


# A type's settings, grouped as a first-time admin reads them; empty optional ones take the server's.
TYPE_FIELDS: tuple[Field, ...] = (
    Field("name", Kind.TEXT, "basics", bounds.TYPE_NAME, hint=_option("name")),
    Field("emoji", Kind.TEXT, "basics", bounds.EMOJI, hint=_option("emoji"), optional=True),
    Field("description", Kind.TEXT, "basics", bounds.TYPE_DESCRIPTION, hint=_option("description"), optional=True),
    Field("language", Kind.CHOICE, "basics", hint=_option("language"), optional=True),
    Field("staff_role_ids", Kind.ROLES, "who", hint=_option("staff_role"), optional=True),
    Field("required_role_ids", Kind.ROLES, "who", hint=_option("required_role"), optional=True),
    Field("bypass_role_ids", Kind.ROLES, "who", hint=_option("bypass_role"), optional=True),
    Field("ping_role_ids", Kind.ROLES, "who", hint=_option("ping_role"), optional=True),
    Field("max_open", Kind.WHOLE, "who", bounds.MAX_TICKETS, hint=_option("max_open"), optional=True),
    Field("cooldown_seconds", Kind.WHOLE, "who", bounds.COOLDOWN, hint=_option("cooldown_minutes"), scale=60),
    Field("category_id", Kind.CATEGORY, "where", hint=_option("category"), optional=True),
    Field("overflow_category_id", Kind.CATEGORY, "where", hint=_option("overflow_category"), optional=True),
    Field("thread_channel_id", Kind.CHANNEL, "where", hint=_option("thread_channel"), optional=True),
    Field("alert_channel_id", Kind.CHANNEL, "where", hint=_option("alert_channel"), optional=True),
    Field("channel_name_template", Kind.TEXT, "where", bounds.NAMING, hint=_option("naming"), optional=True),
    Field("hours", Kind.TEXT, "when", bounds.OPENING_HOURS, hint=_option("hours"), optional=True),
    Field("timezone", Kind.ZONE, "when", hint=_option("timezone")),
    Field(
        "response_target_minutes",
        Kind.WHOLE,
        "when",
        bounds.FIRST_RESPONSE,
        hint="cmd-type-targets-first-response",
        optional=True,
    ),
    Field(
        "resolution_target_minutes",
        Kind.NUMBER,
        "when",
        bounds.RESOLUTION,
        hint="cmd-type-targets-resolution",
        optional=True,
        scale=60,
    ),
    Field("claim_mode", Kind.CHOICE, "handling", enum=ClaimMode, hint=_option("claim_mode"), optional=True),
    Field("auto_close_hours", Kind.NUMBER, "handling", bounds.HOURS, hint=_option("auto_close_hours"), optional=True),
    Field(
        "auto_close_warning_hours",
        Kind.NUMBER,
        "handling",
        bounds.HOURS,
        hint=_option("auto_close_warning_hours"),
        optional=True,
    ),
    Field("idle_counts", Kind.CHOICE, "handling", enum=IdleCounts, hint=_option("idle_counts"), optional=True),
    Field("confirm_close", Kind.FLAG, "handling", hint=_option("confirm_close"), optional=True),
    Field("ask_rating", Kind.FLAG, "handling", hint=_option("rating"), optional=True),
    Field("deflect", Kind.FLAG, "handling", hint="cmd-type-answers-first-enabled"),
    Field("welcome_message", Kind.LONG, "welcome", bounds.WELCOME, hint=_option("welcome"), optional=True),
)

# A type's welcome for openers of one language, as /type welcome language: takes it.
WELCOME = next(field for field in TYPE_FIELDS if field.name == "welcome_message")

# Where a new panel is posted (an edited one stays where it is).
PANEL_CHANNEL = Field("channel_id", Kind.CHANNEL, hint="cmd-panel-send-channel")
# A panel's design, as /panel send and /panel edit take it.
PANEL_DESIGN: tuple[Field, ...] = (
    Field("title", Kind.TEXT, bound=bounds.PANEL_TITLE, hint="cmd-panel-send-title"),
    Field("description", Kind.LONG, bound=bounds.PANEL_DESCRIPTION, hint="cmd-panel-send-description"),
    Field("button_label", Kind.TEXT, bound=bounds.BUTTON_LABEL, hint="cmd-panel-send-button-label"),
    Field("style", Kind.CHOICE, enum=PanelStyle, hint="cmd-panel-send-style"),
)
# Every field of a new panel's form.
PANEL_FIELDS = (PANEL_CHANNEL, *PANEL_DESIGN)

# One question of a form, as /type question-add takes it (``q<n>-<name>`` in the form).
QUESTION_FIELDS: tuple[Field, ...] = (
    Field("label", Kind.TEXT, bound=bounds.QUESTION, hint="cmd-type-question-add-question"),
    Field("style", Kind.CHOICE, enum=QuestionStyle, hint="cmd-type-question-add-style"),
    Field("required", Kind.FLAG, hint="cmd-type-question-add-required"),
    Field("placeholder", Kind.TEXT, bound=bounds.PLACEHOLDER, hint="cmd-type-question-add-placeholder", optional=True),
    Field("min_length", Kind.WHOLE, bound=bounds.MIN_LENGTH, hint="cmd-type-question-add-min-length"),
    Field("max_length", Kind.WHOLE, bound=bounds.MAX_LENGTH, hint="cmd-type-question-add-max-length"),
    Field("choices", Kind.TEXT, bound=bounds.CHOICES, hint="cmd-type-question-add-choices", optional=True),
)


# The blacklist's role picker (a member is named by id).
BLOCKED_ROLE = Field("blocked_role", Kind.ROLE, hint="cmd-blacklist-add-target")


class Missing:
    """What a posted optional field left empty: the setting goes back to the server's (or none)."""


EMPTY = Missing()


def read(field: Field, form: MultiMapping[Any], guild: discord.Guild, prefix: str = "") -> Any:
    """Return the value the record stores for what the form posted; ``EMPTY`` for a blank optional field.

    Raises UserInputError naming the field when the value is not one it takes.
    """
    key = prefix + field.name
    if field.kind is Kind.ROLES:
        return tuple(_role(field, raw, guild).id for raw in form.getall(key, []) if raw)
    raw = str(form.get(key, "")).strip()
    if field.kind is Kind.FLAG:
        if raw == "" and field.optional:
            return EMPTY
        return raw in ("yes", "on")
    if raw == "":
        if field.optional:
            return EMPTY
        raise required(field)
    if field.kind in (Kind.TEXT, Kind.LONG):
        least, most = bounds.limits(field.bound)
        if not least <= len(raw) <= most:
            raise UserInputError(t("web-dash-length", field=label(field), most=int(most)))
        return raw
    if field.kind in (Kind.WHOLE, Kind.NUMBER):
        return _number(field, raw)
    if field.kind is Kind.CHOICE:
        if raw not in field.choices:
            raise UserInputError(t("web-dash-choice", field=label(field)))
        return field.enum(raw) if field.enum else raw
    if field.kind is Kind.ZONE:
        if raw not in ZONES:
            raise UserInputError(t("web-dash-choice", field=label(field)))
        return raw
    if field.kind is Kind.ROLE:
        return _role(field, raw, guild).id
    wanted: type[discord.abc.GuildChannel] = (
        discord.CategoryChannel if field.kind is Kind.CATEGORY else discord.TextChannel
    )
    channel = guild.get_channel(_id(field, raw))
    if not isinstance(channel, wanted):
        raise UserInputError(t("web-dash-channel-gone", field=label(field)))
    return channel.id


def shown(field: Field, stored: Any) -> str | list[str]:
    """Return a stored value as its field shows it (ids as text, seconds as minutes, nothing as empty)."""
    if field.multiple:
        return [str(i) for i in stored or ()]
    if stored is None or stored == "":
        return ""
    if isinstance(stored, bool):
        return "yes" if stored else "no"
    if isinstance(stored, StrEnum):
        return stored.value
    if isinstance(stored, int | float) and field.scale != 1:
        return f"{stored / field.scale:g}"
    if isinstance(stored, float):
        return f"{stored:g}"
    if isinstance(stored, tuple):  # a question's choices, as /type question-add takes them
        return ", ".join(stored)
    return str(stored)


def values(fields: Sequence[Field], record: Any) -> dict[str, str | list[str]]:
    """Return a record's settings as the fields show them."""
    return {field.name: shown(field, getattr(record, field.name)) for field in fields}


def posted(fields: Sequence[Field], form: MultiMapping[Any], prefix: str = "") -> dict[str, str | list[str]]:
    """Return what a form posted, as it was typed, to show it again beside what was wrong with it."""
    return {
        field.name: list(form.getall(prefix + field.name, []))
        if field.multiple
        else str(form.get(prefix + field.name, ""))
        for field in fields
    }


def required(field: Field) -> UserInputError:
    """Return the refusal of a form that left a field empty that must be filled."""
    return UserInputError(t("web-dash-required", field=label(field)))


def refused(key: str) -> UserInputError:
    """Return a refusal that says the catalog's ``key``."""
    return UserInputError(t(key))


def label(field: Field) -> Any:
    """Return the field's name as the dashboard shows it."""
    return t("web-dash-field", field=field.name)


def _number(field: Field, raw: str) -> int | float | Missing:
    least, most = bounds.limits(field.bound)
    try:  # ASCII only: Python reads other scripts' digits too, which no browser's number field sends
        number: int | float = (int(raw) if field.kind is Kind.WHOLE else float(raw)) if raw.isascii() else math.nan
    except ValueError:
        number = math.nan
    if not least <= number <= most:  # NaN is never within
        raise UserInputError(t("web-dash-range", field=label(field), least=f"{least:g}", most=f"{most:g}"))
    if number == 0 and field.zero_is_none:
        return EMPTY
    stored = number * field.scale
    return round(stored) if field.kind is Kind.WHOLE or field.scale != 1 else stored


def _id(field: Field, raw: str) -> int:
    if not raw.isascii() or not raw.isdigit() or len(raw) > 19:
        raise UserInputError(t("web-dash-choice", field=label(field)))
    return int(raw)


def _role(field: Field, raw: str, guild: discord.Guild) -> discord.Role:
    role = guild.get_role(_id(field, raw))
    if role is None:
        raise UserInputError(t("setup-role-gone"))
    return role


def changed(fields: Sequence[Field], before: Any, read_values: Mapping[str, Any]) -> dict[str, Any]:
    """Return the settings whose read value differs from the record's (``EMPTY`` read as the field's none)."""
    differ = {}
    for field in fields:
        value = read_values[field.name]
        current = getattr(before, field.name)
        if value is EMPTY:
            value = "" if isinstance(current, str) and field.name != "language" else None
        if field.multiple:
            value = list(value) if isinstance(current, list) else tuple(value)
        if value != current:
            differ[field.name] = value
    return differ
