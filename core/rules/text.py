"""Text shown to people as it is: control, bidi and zero-width characters made visible."""

from __future__ import annotations

import re

# Any C0/C1 control character, and the characters that reorder or hide text (bidi overrides and isolates,
# zero-width marks): a name shown with them can read as something else ("report\u202egnp.exe").
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def plain(text: str) -> str:
    """Return ``text`` with control, bidi and zero-width characters shown as U+FFFD, so it reads as it is."""
    return CONTROLS.sub("\ufffd", text)
