"""What an admin changed, as audit details: each setting by name, its values before and after, read later.

An audit entry stores texts, not sentences (``core.i18n``): ``claim_mode: shared → claimer-only`` is
stored as the setting's name and the two values, so the words in it (``none``, ``yes``, ``required``, the
list's separators) are written in the language of whoever reads the entry, when they read it.
A setting's values read as its command's choices name them (a claim mode's ``shared``); mentions, numbers
and names read the same in every language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, Literal

from core.i18n import LANGUAGES, Text, t
from core.messages import CHOICES, choice
from core.models import GuildConfig, Question, TicketType, TypeVariant

# Whose setting a value is: a server's, or a ticket type's (an unset language means the server's for a type).
Owner = Literal["server", "type"]

# A type's settings as its audit entries name them, in the order they are listed.
TYPE_FIELDS = (
    "name",
    "emoji",
    "description",
    "staff_role_ids",
    "category_id",
    "overflow_category_id",
    "channel_name_template",
    "welcome_message",
    "ping_role_ids",
    "max_open",
    "required_role_ids",
    "cooldown_seconds",
    "hours",
    "timezone",
    "bypass_role_ids",
    "claim_mode",
    "auto_close_hours",
    "auto_close_warning_hours",
    "idle_counts",
    "confirm_close",
    "thread_channel_id",
    "language",
    "ask_rating",
    "alert_channel_id",
    "deflect",
    "response_target_minutes",
    "resolution_target_minutes",
    "questions",
)


def settings_changed(before: GuildConfig, changes: Mapping[str, Any]) -> Text:
    """Return the audit detail of a change of a server's single settings: each as before → after."""
    lines = [change(key, getattr(before, key), after, "server") for key, after in changes.items()]
    return t("audit-detail-settings-changed", changes=listed(lines))


def type_created(ticket_type: TicketType) -> Text:
    """Return the audit detail of a new type: its name and every setting it sets."""
    facts = [
        t("audit-detail-setting", setting=setting(key), value=value(key, getattr(ticket_type, key), "type"))
        for key in TYPE_FIELDS[1:]
        if getattr(ticket_type, key)
    ]
    return t("audit-detail-type-created", type=ticket_type.name, settings=listed(facts), any=bool(facts))


def type_changed(before: TicketType, after: TicketType) -> Text:
    """Return the audit detail of a change of a type: each setting (and each language's variant) before → after."""
    changed = [
        change(key, getattr(before, key), getattr(after, key), "type")
        for key in TYPE_FIELDS
        if getattr(before, key) != getattr(after, key)
    ]
    changed += _variants_changed(before.variants, after.variants)
    return t("audit-detail-type-changed", type=after.name, changes=listed(changed), any=bool(changed))


def _variants_changed(before: Mapping[str, TypeVariant], after: Mapping[str, TypeVariant]) -> list[Text]:
    """Return the changes of a type's welcomes and forms per language, as the type's own are shown."""
    changed = []
    empty = TypeVariant()
    for language in sorted(before.keys() | after.keys()):
        old, new = before.get(language, empty), after.get(language, empty)
        for key in ("welcome_message", "questions"):
            if getattr(old, key) != getattr(new, key):
                named = t("audit-setting-variant", setting=setting(key), language=LANGUAGES.get(language, language))
                before_value, after_value = value(key, getattr(old, key), "type"), value(key, getattr(new, key), "type")
                changed.append(t("audit-detail-change", setting=named, before=before_value, after=after_value))
    return changed


def change(key: str, before: Any, after: Any, owner: Owner) -> Text:
    """Return one setting's change: its name, and its value before and after."""
    return t(
        "audit-detail-change", setting=setting(key), before=value(key, before, owner), after=value(key, after, owner)
    )


def setting(key: str) -> Text:
    """Return a setting's name (a field of ``GuildConfig`` or ``TicketType``)."""
    return t("audit-setting", setting=key)


def value(key: str, shown: Any, owner: Owner) -> Text | str:
    """Return a setting's value as an admin reads it: roles and channels as mentions, questions by label."""
    if key == "language":
        return LANGUAGES.get(shown, shown) if shown else t("audit-value-language-unset", owner=owner)
    if shown is None or shown in ((), [], ""):
        return t("settings-none")
    if isinstance(shown, bool):
        return t("settings-yes-no", yes=shown)
    if key.endswith("role_ids"):
        return ", ".join(f"<@&{role_id}>" for role_id in shown)
    if key.endswith("_id"):
        return f"<#{shown}>"
    if key == "questions":
        return listed([question(number, asked) for number, asked in enumerate(shown, 1)])
    if isinstance(shown, StrEnum):
        return choice(key, shown) if key in CHOICES else shown.value
    if isinstance(shown, str):
        return t("audit-value-text", text=shown)
    if isinstance(shown, float):
        return f"{shown:g}"
    return str(shown)


def question(number: int, asked: Question) -> Text:
    """Return a form's question as its audit entries show it: number, label, style, and choices if any."""
    return t(
        "audit-value-question",
        number=str(number),
        label=asked.label,
        style=asked.style.value,
        required=asked.required,
        choices=", ".join(asked.choices),
        any=bool(asked.choices),
    )


def listed(items: Sequence[Text | str]) -> Text | str:
    """Return items as one text in order, as nested pairs, so each language writes its own separator."""
    if not items:
        return t("settings-none")
    joined = items[-1]
    for item in reversed(items[:-1]):
        joined = t("audit-list", first=item, rest=joined)
    return joined
