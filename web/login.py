"""Login with Discord (OAuth2 authorization code, scopes ``identify`` and ``guilds``) for the web side.

Discord's addresses are taken from discord.py's API base (``discord.http.Route.BASE``), the one seam that
points the bot at Discord, so the tests' emulator serves the login as it serves everything else.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import aiohttp
import discord

SCOPES = "identify guilds"  # i18n: OAuth scopes
TIMEOUT = aiohttp.ClientTimeout(total=10)


class LoginFailed(Exception):
    """Discord did not confirm a sign-in."""


@dataclass(frozen=True, slots=True)
class Identity:
    """Who signed in, and the servers they are in (what they may read there is asked of Discord later)."""

    user_id: int
    name: str
    guilds: tuple[tuple[int, str], ...]  # every server they are in (id, name)
    locale: str = ""  # their Discord locale: the language their pages are shown in


class DiscordLogin:
    """The OAuth2 client of the bot's own application."""

    def __init__(self, client_id: int, client_secret: str, redirect_uri: str) -> None:
        self._client_id = client_id
        self._client_secret = client_secret
        self.redirect_uri = redirect_uri

    @staticmethod
    def new_state() -> str:
        """Return a fresh unguessable value (the OAuth state, or a CSRF token)."""
        return secrets.token_urlsafe(24)

    def authorize_url(self, state: str) -> str:
        """Return where the browser signs in."""
        api = urlsplit(discord.http.Route.BASE)
        query = urlencode(
            {
                "client_id": self._client_id,
                "redirect_uri": self.redirect_uri,
                "response_type": "code",
                "scope": SCOPES,
                "state": state,
                "prompt": "none",
            }
        )
        return f"{api.scheme}://{api.netloc}/oauth2/authorize?{query}"

    async def identify(self, code: str) -> Identity:
        """Trade the code for a token, then ask Discord who it belongs to and which servers they are in."""
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.redirect_uri,
            "client_id": str(self._client_id),
            "client_secret": self._client_secret,
        }
        api = discord.http.Route.BASE
        try:
            async with aiohttp.ClientSession(timeout=TIMEOUT) as http:
                token = await _json(http.post(f"{api}/oauth2/token", data=form))
                bearer = {"Authorization": f"Bearer {token['access_token']}"}
                user = await _json(http.get(f"{api}/users/@me", headers=bearer))
                guilds = await _json(http.get(f"{api}/users/@me/guilds", headers=bearer))
            every = tuple((int(g["id"]), str(g["name"])) for g in guilds)
            name = user.get("global_name") or user["username"]
            return Identity(int(user["id"]), name, every, str(user.get("locale") or ""))
        except (aiohttp.ClientError, TimeoutError, KeyError, TypeError, ValueError) as error:
            raise LoginFailed(repr(error)) from error


async def _json(request: Any) -> Any:
    async with request as response:
        if response.status != 200:
            raise LoginFailed(f"Discord answered {response.status} to {response.url.path}")  # i18n: log
        return await response.json()
