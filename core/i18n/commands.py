"""Slash commands in the user's language: names, descriptions, options and choices from the catalogs.

A command's English is its catalog entry (``command_text``) and Discord receives the other languages as
localizations when the tree syncs (``CommandTranslator``), so Discord itself shows ``/ticket`` in each
user's language.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

import discord
from discord import app_commands

from core.i18n.catalogs import has, render
from core.i18n.languages import DEFAULT_LANGUAGE, language_of
from core.i18n.text import Text

log = logging.getLogger(__name__)

# Discord's rule for command and option names: one bad name would make Discord refuse the whole sync.
NAME = re.compile(r"^[-_\w]{1,32}$")
NAMES = (
    app_commands.TranslationContextLocation.command_name,
    app_commands.TranslationContextLocation.group_name,
    app_commands.TranslationContextLocation.parameter_name,
)
# Discord's limit for descriptions and choices' names: one longer text would make Discord refuse the whole sync.
LONGEST = 100
# A context menu's name is what members read in the Apps menu: any words, up to 32 characters.
MENU_NAME_LONGEST = 32


def command_text(key: str) -> app_commands.locale_str:
    """Return a command's name, description, option or choice: English by default, localized on sync."""
    return app_commands.locale_str(render(Text(key), DEFAULT_LANGUAGE), key=key)


def choices(prefix: str, values: Iterable[str]) -> list[app_commands.Choice[str]]:
    """Return an option's choices, each named by the catalog's ``<prefix>-choice-<value>``."""
    return [app_commands.Choice(name=command_text(f"{prefix}-choice-{value}"), value=value) for value in values]


def shown(string: app_commands.locale_str | str | None, language: str) -> str:
    """Return a command string in a language: its catalog text when it names a key, else as written."""
    key = string.extras.get("key") if isinstance(string, app_commands.locale_str) else None
    return render(Text(key), language) if key else str(string or "")


def shown_name(command: app_commands.Command[Any, ..., Any] | app_commands.Group, language: str) -> str:
    """Return a command's full name as the reader's Discord shows it (``ticket öffnen``)."""
    parts: list[str] = []
    node: app_commands.Command[Any, ..., Any] | app_commands.Group | None = command
    while node is not None:
        parts.append(shown(node._locale_name or node.name, language))
        node = node.parent
    return " ".join(reversed(parts))


class CommandTranslator(app_commands.Translator):
    """Gives Discord each command string in every catalog language except the default (English)."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        """Return the string in the locale's language, or None where English (the default) stands."""
        key = string.extras.get("key")
        language = language_of(locale)
        if key is None or language == DEFAULT_LANGUAGE or not has(key, language):
            return None
        text = render(Text(key), language)
        if isinstance(context.data, app_commands.ContextMenu):
            if len(text) > MENU_NAME_LONGEST:
                log.warning("%s.ftl gives the menu %s more than 32 characters; English stands", language, key)
                return None
            return text
        if context.location in NAMES and not (NAME.match(text) and text == text.lower()):
            log.warning("%s.ftl gives %s a name Discord refuses (%r); English stands", language, key, text)
            return None
        if len(text) > LONGEST:
            log.warning(
                "%s.ftl gives %s %d characters, more than Discord takes; English stands", language, key, len(text)
            )
            return None
        return text
