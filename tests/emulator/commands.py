"""Application commands as Discord keeps them: its name rule, and localizations checked, stored and echoed.

Discord's API description lets a localization map have any keys; Discord itself takes only its locales
(``AvailableLocalesEnum``) and holds a slash command's or option's localized name to the name's own rule.
Responses to a registration carry every map (``null`` when empty) on commands, options and choices; a
listing drops them unless asked ``with_localizations``.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from tests.emulator.spec import locales

CHAT_INPUT = 1
LOCALIZED = ("name_localizations", "description_localizations")
_PUNCTUATION = frozenset("-_'")
# \p{sc=Deva} and \p{sc=Thai}, whose vowel signs are marks rather than letters.
_SCRIPTS = ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x0E00, 0x0E7F))


def valid_name(name: str) -> bool:
    """Discord's rule for a slash command's or option's name, localized or not.

    ``^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$``, and a letter that has a lowercase form is written in it.
    """
    return 1 <= len(name) <= 32 and all(_name_character(c) for c in name) and name.lower() == name


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
    for index, command in enumerate(commands):
        found = _problems(command, ruled=command.get("type") in (None, CHAT_INPUT))
        if found:
            errors[str(index)] = found
    return errors


def _problems(node: dict[str, Any], *, ruled: bool) -> dict[str, Any]:
    """Errors of a command, option or choice; ``ruled`` when its names follow the name rule."""
    errors: dict[str, Any] = {}
    if ruled and not valid_name(node["name"]):
        errors["name"] = _invalid_name()
    for field in LOCALIZED:
        wrong: dict[str, Any] = {}
        for locale, text in (node.get(field) or {}).items():
            if locale not in locales():
                wrong[locale] = _error("ENUM_TYPE_COERCE", f'Value "{locale}" is not a valid enum value.')
            elif ruled and field == "name_localizations" and not valid_name(text):
                wrong[locale] = _invalid_name()
        if wrong:
            errors[field] = wrong
    for field, ruled_here in (("options", ruled), ("choices", False)):
        nested = {}
        for index, child in enumerate(node.get(field) or []):
            found = _problems(child, ruled=ruled_here)
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
