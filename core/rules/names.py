"""Names an admin gives (ticket types, API keys) and later types again to find them: read one way, always.

A name is cleaned once where it comes in, the same way when it is made and when it is looked for, so
what was stored can always be named again: every run of whitespace Unicode knows (tabs, line breaks,
U+2028, the ASCII separators U+001C to U+001F…) is one space, none at either end, and the text is in
its composed Unicode form. Names are then compared without regard to case.
"""

from __future__ import annotations

import unicodedata


def clean(name: str) -> str:
    """Return ``name`` as it is stored and looked for."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def key(name: str) -> str:
    """Return what two names must share to be the same name."""
    return clean(name).casefold()


def problem(name: str, what: str, limit: int) -> str | None:
    """Return why a cleaned ``name`` cannot be ``what``'s name (1 to ``limit`` characters, no control characters)."""
    if not 1 <= len(name) <= limit:
        return f"{what} needs a name of 1 to {limit} characters."
    if any(unicodedata.category(c) == "Cc" for c in name):
        return f"{what}'s name cannot hold control characters; use letters, digits, spaces and punctuation."
    return None
