"""The web side's own small pages (sign-in, refusals, errors), from one template, and its response helpers."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web
from markupsafe import Markup

from core.i18n import DEFAULT_LANGUAGE, in_language, render, t
from core.transcripts.render import LOCAL_TIMES


def script_hash(script: str) -> str:
    """Return the Content-Security-Policy source that allows exactly this inline script."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


# The web side's own pages; autoescaping on, so every name shown is escaped.
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
# Lists show times in the reader's own zone with the transcripts' one script (allowed by its hash).
TEMPLATES.globals["local_times"] = Markup(LOCAL_TIMES)
# The dashboard's previews follow the typing: each input names (``data-shows``) what shows its text.
PREVIEWS = (
    'document.querySelectorAll("[data-shows]").forEach(function(input){'
    "input.addEventListener('input',function(){document.querySelectorAll(input.dataset.shows).forEach("
    "function(out){out.textContent=input.value;});});});"
)
TEMPLATES.globals["previews"] = Markup(PREVIEWS)
# Avatars come from Discord's CDN; nothing else is loaded from anywhere; the two scripts are allowed by hash.
PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src https://cdn.discordapp.com; "
    f"script-src '{script_hash(LOCAL_TIMES)}' '{script_hash(PREVIEWS)}'; form-action 'self'; "
    "frame-ancestors 'none'"
)

PRIVATE = {"Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"}


def page(
    title: str,
    message: str,
    *,
    status: int = 200,
    login: bool = False,
    logout: str = "",
    links: Sequence[tuple[str, str]] = (),
    language: str = DEFAULT_LANGUAGE,
) -> web.Response:
    """Return a short page with a message, and a sign-in link or a sign-out button (carrying its CSRF token)."""
    body = TEMPLATES.get_template("page.html.j2").render(
        title=title, message=message, login=login, logout=logout, links=links, **words(language)
    )
    headers = {"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
    return web.Response(text=body, status=status, content_type="text/html", headers=headers)


def notice(
    key: str,
    language: str,
    *,
    status: int = 200,
    login: bool = False,
    logout: str = "",
    **params: Any,
) -> web.Response:
    """Return a page saying the catalog's ``key`` (its ``.title`` attribute as the title) in the reader's language."""
    title, message = render(t(key + ".title"), language), render(t(key, **params), language)
    return page(title, message, status=status, login=login, logout=logout, language=language)


def words(language: str) -> dict[str, Any]:
    """Return what a template needs to speak the reader's language: ``lang`` and ``_("key", name=value)``."""
    return {"lang": language, "_": in_language(language)}


def redirect(location: str) -> web.Response:
    """Return a 303 to ``location`` (the browser follows it with a GET)."""
    return web.Response(status=303, headers={"Location": location})


def private_page(body: str) -> web.Response:
    """Return a page for one signed-in reader: never cached, under the pages' policy."""
    return web.Response(
        text=body, content_type="text/html", headers={**PRIVATE, "Content-Security-Policy": PAGE_POLICY}
    )


def busy(language: str) -> web.Response:
    """Return the page that asks a reader who made Discord answer too often to wait a minute."""
    return notice("web-slow-down", language, status=429)
