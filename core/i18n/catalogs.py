"""The Fluent catalogs, loaded once, and the one function that turns a ``Text`` into a sentence.

Fluent (Project Fluent's reference implementation) rather than gettext: messages are named by key with
named variables, each language writes its own plural and gender variants inside the message (a translator
never needs a code change for grammar), and the files read as plain text. Babel, which it uses for plural
rules and numbers, also formats dates where Discord's own timestamps cannot be used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser

from core.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from core.i18n.text import Text

log = logging.getLogger(__name__)

LOCALES = Path(__file__).parent / "locales"


def catalog_path(language: str) -> Path:
    """Return the catalog file of a language."""
    return LOCALES / f"{language}.ftl"


@cache
def bundle(language: str) -> FluentBundle:
    """Return a language's loaded catalog (loaded on first use, then kept)."""
    # No Unicode isolation marks around placeables: Discord shows them, and they would split mentions' text.
    loaded = FluentBundle([language], use_isolating=False)
    # Without source positions, which only an editor needs: a third less memory for the five catalogs.
    loaded.add_resource(FluentParser(with_spans=False).parse(catalog_path(language).read_text(encoding="utf-8")))
    return loaded


def has(key: str, language: str) -> bool:
    """Whether a language's catalog has this key (and attribute) itself, not through the English fallback."""
    name, _, attribute = key.partition(".")
    source = bundle(language)
    return source.has_message(name) and (not attribute or attribute in source.get_message(name).attributes)


def in_language(language: str) -> Callable[..., str]:
    """Return ``say(key, **params)``, which renders a catalog key in ``language``: for code that writes many."""

    def say(key: str, /, **params: Any) -> str:
        return render(Text(key, params), language)

    return say


def render(text: Text, language: str) -> str:
    """Return a text in a language (a catalog language; see ``language_of``), falling back to English.

    ``key.attribute`` names a message's attribute (a command's ``.description``). A key no catalog has
    (an entry written by a newer release) is logged and shown as its key, never raised.
    """
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    key, _, attribute = text.key.partition(".")
    for tried in (language, DEFAULT_LANGUAGE):
        source = bundle(tried)
        if not source.has_message(key):
            continue
        message = source.get_message(key)
        pattern = message.attributes.get(attribute) if attribute else message.value
        if pattern is None:
            continue
        params = {name: _param(value, language) for name, value in text.params.items()}
        rendered, errors = source.format_pattern(pattern, params)
        if errors:
            log.warning("text %s in %s: %s", text.key, tried, errors)
        return str(rendered)
    log.warning("no catalog has the text %s", text.key)
    return text.key


def _param(value: Any, language: str) -> Any:
    if isinstance(value, Text):
        return render(value, language)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
