"""Who may use a server's dashboard, and the checks every dashboard request passes first.

Only members who manage the server (owner, Administrator or Manage Server), asked of Discord as the viewer
asks (:mod:`web.members`, kept a minute: someone who loses Manage Server loses the dashboard within that
minute). A server the bot does not hold in this process is not offered: its settings would be checked
against nobody's roles and channels. Every POST must carry the session's CSRF token and, when the
browser says where it comes from, come from this site.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import discord
from aiohttp import web
from multidict import MultiDictProxy

from core.audit import via_dashboard
from core.errors import TicketBotError
from core.i18n import Text
from core.rules.policy import Actor
from core.signing import Session
from web.access import Access, path_id, to_login
from web.edge import read_form
from web.language import of_request
from web.members import TooManyLookups
from web.pages import busy, notice

if TYPE_CHECKING:
    from core.ui.client import TicketClient


Form = MultiDictProxy[Any]


@dataclass(frozen=True, slots=True)
class Admin:
    """A request the dashboard may serve: who asks, for which server, in which language."""

    session: Session
    user_id: int
    guild: discord.Guild
    language: str
    actor: Actor  # as the commands see the admin: their roles, and Administrator if they have it


Change = Callable[[Admin, Form], Awaitable[web.Response]]
Refusal = Callable[[Admin, Form, Text], Awaitable[web.Response]]


class Admins:
    """Answers whether a request may use a server's dashboard, or the page that says why not."""

    def __init__(self, bot: TicketClient, access: Access, origin: str) -> None:
        self._bot = bot
        self._access = access
        self._origin = origin

    async def admin(self, request: web.Request) -> Admin | web.Response:
        """Return the request's admin, or what to answer: sign in, slow down, or not your server."""
        guild_id = path_id(request, "guild")
        session = await self._access.session(request)
        if session.user_id is None:
            return to_login(request)
        language = of_request(session.locale, request.headers.get("Accept-Language"))
        try:
            membership = await self._access.members.of(guild_id, session.user_id)
        except TooManyLookups:
            return busy(language)
        guild = self._bot.get_guild(guild_id)
        if membership is None or not membership.manager or guild is None:
            return notice("web-dash-not-yours", language, status=404, logout=session.csrf)
        return Admin(session, session.user_id, guild, language, _actor(guild, session.user_id, membership.role_ids))

    async def apply(self, request: web.Request, change: Change, refused: Refusal) -> web.Response:
        """Make a change posted from this site's own form (else refuse it), audited as the dashboard's.

        ``change`` answers (a redirect, or a page); when ``core.admin`` refuses what was posted, ``refused``
        answers with the page as posted and the refusal's words.
        """
        admin = await self.admin(request)
        if isinstance(admin, web.Response):
            return admin
        form = await read_form(request)
        token = form.get("csrf")
        if not admin.session.csrf or token != admin.session.csrf or not self._same_site(request):
            return notice("web-dash-forged", admin.language, status=403, logout=admin.session.csrf)
        try:
            with via_dashboard():
                return await change(admin, form)
        except TicketBotError as error:
            return await refused(admin, form, error.text)

    def _same_site(self, request: web.Request) -> bool:
        """Whether the browser says the request comes from this site (old browsers that say nothing pass).

        ``Sec-Fetch-Site`` is set by the browser alone; ``Origin`` is "null" from pages that send no referrer.
        """
        origin = request.headers.get("Origin")
        if origin not in (None, "null") and origin != self._origin:
            return False
        fetched_from = request.headers.get("Sec-Fetch-Site")
        if fetched_from is not None:
            return fetched_from == "same-origin"
        return origin != "null"


def _actor(guild: discord.Guild, user_id: int, role_ids: frozenset[int]) -> Actor:
    """Return the admin as the commands' checks see a member: roles, and Administrator (the owner has it)."""
    administrator = guild.owner_id == user_id or any(
        role.permissions.administrator for role in guild.roles if role.id in role_ids
    )
    return Actor(user_id, role_ids, administrator=administrator, manage_guild=True)


DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(public_url: str) -> str:
    """Return the origin (scheme, host and port) browsers send from pages of ``public_url``."""
    parts = urlsplit(public_url)
    scheme, host = parts.scheme.lower(), (parts.hostname or "")
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    port = parts.port
    if port is None or DEFAULT_PORTS.get(scheme) == port:  # browsers leave the scheme's own port out
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"
