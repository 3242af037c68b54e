"""Which catalog language a Discord locale reads, and which language each reader gets.

- Ephemeral replies and modals: the clicking user's Discord language (``interaction.locale``).
- What a whole ticket or server sees: the type's language, else the server's (``/config language``),
  else the server's Discord preferred locale.
"""

from __future__ import annotations

import discord

DEFAULT_LANGUAGE = "en"
# The languages with a catalog, by their Discord locale (a base language stands for its regions).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt-BR": "Português do Brasil",  # i18n: each language's own name
}
_BY_BASE = {language.split("-")[0]: language for language in LANGUAGES}


def language_of(locale: str | discord.Locale | None) -> str:
    """Return the catalog language for a Discord locale or a chosen language (``es-419`` reads ``es``)."""
    if locale is None:
        return DEFAULT_LANGUAGE
    code = str(locale)
    if code in LANGUAGES:
        return code
    return _BY_BASE.get(code.split("-")[0].lower(), DEFAULT_LANGUAGE)


def of_interaction(interaction: discord.Interaction) -> str:
    """Return the language of the user who clicked or typed: their own Discord language."""
    return language_of(interaction.locale)


def of_server(chosen: str | None, guild: discord.Guild | None) -> str:
    """Return what a server reads: its chosen language, else its Discord preferred locale."""
    return language_of(chosen or (guild.preferred_locale if guild is not None else None))
