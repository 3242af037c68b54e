"""Names an admin gives (ticket types, API keys) and later types again to find them: read one way, always.

A name is cleaned once where it comes in, the same way when it is made and when it is looked for, so
what was stored can always be named again: every run of whitespace Unicode knows (tabs, line breaks,
U+2028, the ASCII separators U+001C to U+001F…) is one space, none at either end, and the text is in
its composed Unicode form. Names are then compared without regard to case.
"""

from __future__ import annotations

import unicodedata

from core.i18n import Text, t


def clean(name: str) -> str:
    """Return ``name`` as it is stored and looked for."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def key(name: str) -> str:
    """Return what two names must share to be the same name."""
    return clean(name).casefold()


def problem(name: str, what: str, limit: int) -> Text | None:
    """Return why a cleaned ``name`` cannot be a ``what``'s name (1 to ``limit`` characters, no control characters).

    ``what`` is ``type`` (a ticket type) or ``api-key`` (an API key): the catalog names each in its language.
    """
    if not 1 <= len(name) <= limit:
        return t("name-length", what=what, limit=limit)
    if any(unicodedata.category(c) == "Cc" for c in name):
        return t("name-control-characters", what=what)
    return None
