"""Application commands as Discord keeps them: its name rules, and localizations checked, stored and echoed.

Discord's API description lets a localization map have any keys; Discord itself takes only its locales
(``AvailableLocalesEnum``) and holds a slash command's or option's localized name to the name's own rule.
Responses to a registration carry every map (``null`` when empty) on commands, options and choices; a
listing drops them unless asked ``with_localizations``.

Context menu commands (``USER``, ``MESSAGE``) have a looser name rule (capitals and spaces), no description
(an empty string in responses) and no options; names are unique per type within a scope, so a slash command
and a message command may share one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from tests.emulator.spec import locales

CHAT_INPUT = 1
USER = 2
MESSAGE = 3
CONTEXT_MENUS = (USER, MESSAGE)
# How many commands of each type an application may have in one scope (globally, or in one guild).
MAX_PER_TYPE = {CHAT_INPUT: 100, USER: 15, MESSAGE: 15}
LOCALIZED = ("name_localizations", "description_localizations")
_PUNCTUATION = frozenset("-_'")
# \p{sc=Deva} and \p{sc=Thai}, whose vowel signs are marks rather than letters.
_SCRIPTS = ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x0E00, 0x0E7F))


def valid_name(name: str) -> bool:
    """Discord's rule for a slash command's or option's name, localized or not.

    ``^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$``, and a letter that has a lowercase form is written in it.
    """
    return 1 <= len(name) <= 32 and all(_name_character(c) for c in name) and name.lower() == name


def valid_menu_name(name: str) -> bool:
    """Discord's rule for a context menu command's name, localized or not: the slash rule's characters and
    spaces, in any case (its documentation allows no more than that)."""
    return 1 <= len(name) <= 32 and all(c == " " or _name_character(c) for c in name)


def type_of(command: dict[str, Any]) -> int:
    """A command's type; a registration may leave it out for a slash command."""
    return command.get("type") or CHAT_INPUT


def _name_character(character: str) -> bool:
    code = ord(character)
    return (
        character in _PUNCTUATION
        or unicodedata.category(character)[0] in "LN"
        or any(low <= code <= high for low, high in _SCRIPTS)
    )


def problems(commands: list[dict[str, Any]]) -> dict[str, Any]:
    """Return Discord's field errors for a registration (``errors`` of a 50035), empty when it takes it."""
    errors = {}
    seen: set[tuple[int, str]] = set()
    for index, command in enumerate(commands):
        if type_of(command) in CONTEXT_MENUS:
            found = _menu_problems(command)
        else:
            found = _problems(command, rule=valid_name if type_of(command) == CHAT_INPUT else None)
        key = (type_of(command), command["name"])
        if key in seen:
            found.setdefault("_errors", []).append(
                {"code": "APPLICATION_COMMANDS_DUPLICATE_NAME", "message": "Application command names must be unique"}
            )
        seen.add(key)
        if found:
            errors[str(index)] = found
    return errors


def too_many(commands: list[dict[str, Any]]) -> int | None:
    """The limit a registration exceeds for one of its command types, or None."""
    for command_type, limit in MAX_PER_TYPE.items():
        if sum(1 for command in commands if type_of(command) == command_type) > limit:
            return limit
    return None


def _menu_problems(command: dict[str, Any]) -> dict[str, Any]:
    """Errors of a context menu command: its looser name rule, and neither a description nor options."""
    errors = _problems(command, rule=valid_menu_name)
    if command.get("description"):
        errors["description"] = _error(
            "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION_INVALID", "Context menu commands cannot have description"
        )
    if command.get("options"):
        # Discord documents that only slash commands take options, not the code it refuses them with.
        errors["options"] = _error(
            "APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS_INVALID", "Context menu commands cannot have options"
        )
    return errors


def _problems(node: dict[str, Any], *, rule: Callable[[str], bool] | None) -> dict[str, Any]:
    """Errors of a command, option or choice; ``rule`` is the rule its names (and localized names) follow."""
    errors: dict[str, Any] = {}
    if rule is not None and not rule(node["name"]):
        errors["name"] = _invalid_name()
    for field in LOCALIZED:
        wrong: dict[str, Any] = {}
        for locale, text in (node.get(field) or {}).items():
            if locale not in locales():
                wrong[locale] = _error("ENUM_TYPE_COERCE", f'Value "{locale}" is not a valid enum value.')
            elif rule is not None and field == "name_localizations" and not rule(text):
                wrong[locale] = _invalid_name()
        if wrong:
            errors[field] = wrong
    for field, rule_here in (("options", rule), ("choices", None)):
        nested = {}
        for index, child in enumerate(node.get(field) or []):
            found = _problems(child, rule=rule_here)
            if found:
                nested[str(index)] = found
        if nested:
            errors[field] = nested
    return errors


def _invalid_name() -> dict[str, Any]:
    return _error("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")


def _error(code: str, message: str) -> dict[str, Any]:
    return {"_errors": [{"code": code, "message": message}]}


def echoed(node: dict[str, Any], *, choice: bool = False) -> dict[str, Any]:
    """Return a command, option or choice as a registration's response shows it: every map, null when empty."""
    shown = {k: v for k, v in node.items() if k not in LOCALIZED}
    for field in LOCALIZED[:1] if choice else LOCALIZED:
        shown[field] = node.get(field) or None
    if node.get("options"):
        shown["options"] = [echoed(option) for option in node["options"]]
    if node.get("choices"):
        shown["choices"] = [echoed(c, choice=True) for c in node["choices"]]
    return shown


def listed(node: dict[str, Any]) -> dict[str, Any]:
    """Return a stored command, option or choice as a listing without ``with_localizations`` shows it."""
    shown = {k: v for k, v in node.items() if k not in LOCALIZED}
    for field in ("options", "choices"):
        if node.get(field):
            shown[field] = [listed(child) for child in node[field]]
    return shown
