"""What the web side accepts from a request, checked at the edge: ids, numbers, and where to go after login."""

from __future__ import annotations

import posixpath
from urllib.parse import quote, unquote, urlsplit

from aiohttp import web
from multidict import MultiDictProxy

from core.rules.text import CONTROLS

# Discord snowflakes and our own record ids are positive 64-bit signed integers.
MAX_ID = 2**63 - 1


def whole_number(text: str) -> int | None:
    """Return ``text`` as an id or number (ASCII digits, 1 to 2**63 - 1), or None when it is not one."""
    if not text or len(text) > 19 or not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None


def bearer(request: web.Request) -> str | None:
    """Return the token of an ``Authorization: Bearer <token>`` header (the scheme in any case), or None."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


async def read_form(request: web.Request) -> MultiDictProxy[str | bytes | bytearray | web.FileField]:
    """Return a posted form; a body aiohttp cannot read is the sender's mistake, answered 400.

    Bytes that are not UTF-8, an unknown charset or a multipart body without its boundary make aiohttp
    raise, before any check of who sent it.
    """
    try:
        return await request.post()
    except (ValueError, LookupError):
        raise web.HTTPBadRequest(text="The form could not be read.") from None  # i18n: a malformed request


def local_path(wanted: str) -> str:
    r"""Return ``wanted`` as a path on this site (parsed, normalised and rebuilt), or ``/`` when it is not one.

    Browsers read ``/\host`` and ``/<tab>/host`` as another site, so only a plain path survives; whatever
    survives is percent-encoded again, so no line break or control character reaches a header.
    """
    parts = urlsplit(wanted)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return "/"
    path = unquote(parts.path)
    if "\\" in path or CONTROLS.search(path):
        return "/"
    path = "/" + posixpath.normpath(path).lstrip("/")
    return quote(path, safe="/-._~")
