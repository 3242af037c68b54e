"""What the web side accepts from a request, checked at the edge: ids, numbers, and where to go after login."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote, unquote, urlsplit

# Discord snowflakes and our own record ids are positive 64-bit signed integers.
MAX_ID = 2**63 - 1
# Any C0/C1 control character, and the characters that reorder or hide text (bidi overrides and isolates,
# zero-width marks): a name shown with them can read as something else ("report\u202egnp.exe").
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def whole_number(text: str) -> int | None:
    """Return ``text`` as an id or number (ASCII digits, 1 to 2**63 - 1), or None when it is not one."""
    if not text or len(text) > 19 or not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None


def local_path(wanted: str) -> str:
    r"""Return ``wanted`` as a path on this site (parsed, normalised and rebuilt), or ``/`` when it is not one.

    Browsers read ``/\host`` and ``/<tab>/host`` as another site, so only a plain path survives; whatever
    survives is percent-encoded again, so no line break or control character reaches a header.
    """
    parts = urlsplit(wanted)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return "/"
    path = unquote(parts.path)
    if "\\" in path or _CONTROLS.search(path):
        return "/"
    path = "/" + posixpath.normpath(path).lstrip("/")
    return quote(path, safe="/-._~")


def plain(text: str) -> str:
    """Return ``text`` with control, bidi and zero-width characters shown as U+FFFD, so it reads as it is."""
    return _CONTROLS.sub("\ufffd", text)
