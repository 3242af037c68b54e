"""Discord's OAuth2 authorization-code flow, as the web side's login meets it.

The browser side (``/oauth2/authorize``) shows a consent page for the user signed in to the emulated
Discord (``Emulator.browser_user``) and, on Authorize, sends the browser back to the redirect URI with a
code and the state; with ``prompt=none`` a user who authorized before goes straight back, as on Discord.
``POST /oauth2/token`` trades the code (once, with the client secret and the same redirect URI) for a
bearer token, which ``GET /users/@me`` and ``GET /users/@me/guilds`` accept (their responses are checked
against the OpenAPI description like every other; the token and authorize endpoints are not in it and
follow Discord's OAuth2 documentation).
"""

from __future__ import annotations

import html
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from aiohttp import web

from tests.emulator.state import User

if TYPE_CHECKING:
    from tests.emulator.emulator import Emulator

SCOPES = frozenset({"identify", "guilds"})


@dataclass(frozen=True)
class Grant:
    """What a code or token stands for."""

    user: User
    scopes: frozenset[str]
    redirect_uri: str


class OAuthServer:
    """The emulated Discord's OAuth2 state and its browser-facing pages."""

    def __init__(self, emulator: Emulator) -> None:
        self._emulator = emulator
        self.client_secret = "emulated-secret-" + secrets.token_urlsafe(12)
        self.codes: dict[str, Grant] = {}
        self.tokens: dict[str, Grant] = {}
        self.authorized: set[int] = set()

    def register(self, app: web.Application) -> None:
        app.router.add_get("/oauth2/authorize", self.consent)
        app.router.add_post("/oauth2/authorize", self.approve)

    def _check(self, params: Any) -> tuple[User, frozenset[str]] | web.Response:
        user = self._emulator.browser_user
        if user is None:
            return web.Response(status=401, text="Not signed in to Discord")
        if params.get("client_id") != str(self._emulator.application_id):
            return web.Response(status=400, text="Unknown application")
        scopes = frozenset(params.get("scope", "").split())
        if params.get("response_type") != "code" or not scopes or not scopes <= SCOPES | {"email"}:
            return web.Response(status=400, text="Invalid OAuth2 request")
        if not params.get("redirect_uri"):
            return web.Response(status=400, text="Invalid OAuth2 redirect_uri")
        return user, scopes

    async def consent(self, request: web.Request) -> web.Response:
        checked = self._check(request.query)
        if isinstance(checked, web.Response):
            return checked
        user, scopes = checked
        if request.query.get("prompt") == "none" and user.id in self.authorized:
            return self._send_back(request.query, user, scopes)
        hidden = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">' for k, v in request.query.items()
        )
        page = (
            f"<!DOCTYPE html><title>Authorize</title><h1>{html.escape(self._emulator.bot_user.username)} wants to "
            f"access your account</h1><p>Signed in as {html.escape(user.username)}; scopes: "
            f"{html.escape(' '.join(sorted(scopes)))}</p>"
            f'<form method="post" action="/oauth2/authorize">{hidden}<button id="authorize">Authorize</button></form>'
        )
        return web.Response(text=page, content_type="text/html")

    async def approve(self, request: web.Request) -> web.Response:
        form = await request.post()
        checked = self._check(form)
        if isinstance(checked, web.Response):
            return checked
        user, scopes = checked
        self.authorized.add(user.id)
        return self._send_back(form, user, scopes)

    def _send_back(self, params: Any, user: User, scopes: frozenset[str]) -> web.Response:
        code = secrets.token_urlsafe(16)
        self.codes[code] = Grant(user, scopes, str(params["redirect_uri"]))
        query = urlencode({"code": code, **({"state": params["state"]} if params.get("state") else {})})
        return web.Response(status=302, headers={"Location": f"{params['redirect_uri']}?{query}"})

    def exchange(self, form: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """``POST /oauth2/token``: one use per code, with the right secret and redirect URI."""
        if (
            form.get("client_id") != str(self._emulator.application_id)
            or form.get("client_secret") != self.client_secret
        ):
            return 401, {"error": "invalid_client"}
        if form.get("grant_type") != "authorization_code":
            return 400, {"error": "unsupported_grant_type"}
        grant = self.codes.pop(str(form.get("code")), None)
        if grant is None or grant.redirect_uri != form.get("redirect_uri"):
            return 400, {"error": "invalid_grant"}
        token = secrets.token_urlsafe(24)
        self.tokens[token] = grant
        return 200, {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": 604800,
            "refresh_token": secrets.token_urlsafe(24),
            "scope": " ".join(sorted(grant.scopes)),
        }

    def bearer(self, authorization: str | None, scope: str) -> User | None:
        """The user a bearer token stands for, when it carries ``scope``."""
        if not authorization or not authorization.startswith("Bearer "):
            return None
        grant = self.tokens.get(authorization.removeprefix("Bearer "))
        return grant.user if grant is not None and scope in grant.scopes else None
