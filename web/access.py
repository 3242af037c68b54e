"""Who a browser is and what they may reach in a server: the signed session cookie, and staff reach.

Shared by the transcript viewer and the dashboard. A session ends in every browser when its user signs out
anywhere (the revocation is stored, so every shard process honours it); membership and roles are asked of
Discord at most once a minute per person (:mod:`web.members`), so someone who left a server, or lost the
role or the Manage Server permission that let them in, loses what it gave them within that minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from aiohttp import web

from core.models import Revoked, TicketType
from core.rules import ticket_types
from core.signing import SESSION_LIFETIME, Session, Signer
from web.edge import whole_number
from web.members import Memberships
from web.pages import redirect

if TYPE_CHECKING:
    from core.ui.client import TicketClient

COOKIE = "ticketbot_session"


@dataclass(frozen=True, slots=True)
class Reach:
    """The tickets of a server someone staffs: all of them, or those of some types (None: tickets without one)."""

    all_types: bool
    type_ids: frozenset[int | None]


class Access:
    """Reads and writes the session cookie, and says what a signed-in user may reach in a server."""

    def __init__(self, bot: TicketClient, signer: Signer, secure: bool) -> None:
        self._bot = bot
        self._signer = signer
        self._secure = secure
        self.members = Memberships(bot)

    async def session(self, request: web.Request) -> Session:
        """Return the browser's session; an empty one when its user signed out (anywhere) since signing in."""
        session = self._signer.session(request.cookies.get(COOKIE))
        if session.user_id is None:
            return session
        revoked = await self._bot.db.web_access_revoked_at(Revoked.SESSIONS, session.user_id)
        return Session() if revoked is not None and revoked.timestamp() >= session.signed_in_at else session

    def save(self, response: web.StreamResponse, session: Session) -> None:
        """Set the session's cookie on ``response`` (HTTP only, same-site Lax, secure behind https)."""
        response.set_cookie(
            COOKIE,
            self._signer.session_cookie(session),
            path="/",
            httponly=True,
            samesite="Lax",
            secure=self._secure,
            max_age=int(SESSION_LIFETIME.total_seconds()),
        )

    def saved(self, response: web.Response, session: Session) -> web.Response:
        """Return ``response`` carrying the session's cookie."""
        self.save(response, session)
        return response

    async def reach(self, session: Session, guild_id: int) -> Reach | None:
        """Return which of the server's tickets the signed-in user staffs; None when they are not in the server."""
        assert session.user_id is not None
        membership = await self.members.of(guild_id, session.user_id)
        if membership is None:
            return None
        if membership.manager:
            return Reach(True, frozenset())
        config = await self._bot.guild_settings.get(guild_id)
        if config is None:
            return Reach(False, frozenset())
        types = await self._bot.guild_settings.types(guild_id)

        def staffs(kind: TicketType | None) -> bool:  # who sees a type's tickets in Discord
            return bool(membership.role_ids & set(ticket_types.effective(config, kind).staff_role_ids))

        staffed: set[int | None] = {t.id for t in types if staffs(t)}
        if staffs(ticket_types.find(types, None)):  # a ticket without a type belongs to the first type
            staffed.add(None)
        return Reach(False, frozenset(staffed))


def path_id(request: web.Request, name: str) -> int:
    """Return the id named in the address, or answer 404 when it is not one (too large, say)."""
    value = whole_number(request.match_info[name])
    if value is None:
        raise web.HTTPNotFound()
    return value


def to_login(request: web.Request) -> web.Response:
    """Send an anonymous reader to sign in, and back here afterwards."""
    return redirect(f"/login?next={quote(request.path, safe='/')}")
