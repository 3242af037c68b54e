"""Signed values for the web side (itsdangerous): transcript links that expire, and session cookies.

Both are signed with ``WEB_SECRET``, which every process sharing the database must share: a link made by
the process that closed a ticket opens in whichever process serves the web side. The salts keep a link
from passing for a session and the other way round.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, field, replace
from datetime import timedelta

from itsdangerous import BadSignature, URLSafeTimedSerializer

LINK_LIFETIME = timedelta(days=30)  # unless web.link_days says otherwise
SESSION_LIFETIME = timedelta(days=7)
MAX_GRANTS = 20  # tickets opened through links that one browser remembers, newest kept


@dataclass(frozen=True, slots=True)
class Session:
    """Who a browser is (after Discord login) and which transcripts links have opened for it."""

    user_id: int | None = None
    name: str = ""
    grants: tuple[int, ...] = ()  # ticket ids opened through a valid link
    csrf: str = ""  # the token forms must carry back
    oauth_state: str = ""  # the state of a login under way
    next_path: str = "/"
    servers: tuple[tuple[int, str], ...] = ()  # servers set up with the bot that the user is in (id, name)

    def with_grant(self, ticket_id: int) -> Session:
        """Remember a ticket opened through a link."""
        grants = (*[g for g in self.grants if g != ticket_id], ticket_id)[-MAX_GRANTS:]
        return replace(self, grants=grants, oauth_state="")


@dataclass(slots=True)
class Signer:
    """Signs and checks transcript links and session cookies."""

    secret: str
    link_lifetime: timedelta = LINK_LIFETIME
    _links: URLSafeTimedSerializer = field(init=False)
    _sessions: URLSafeTimedSerializer = field(init=False)

    def __post_init__(self) -> None:
        self._links = URLSafeTimedSerializer(self.secret, salt="transcript-link")
        self._sessions = URLSafeTimedSerializer(self.secret, salt="session")

    def link_token(self, ticket_id: int) -> str:
        """Return the key of a link that opens one ticket's transcript for ``link_lifetime``."""
        return self._links.dumps(ticket_id)

    def linked_ticket(self, token: str) -> int | None:
        """Return the ticket a link's key opens, or None when it is forged, altered or expired."""
        try:
            value = self._links.loads(token, max_age=int(self.link_lifetime.total_seconds()))
        except BadSignature:
            return None
        return value if isinstance(value, int) else None

    def session_cookie(self, session: Session) -> str:
        """Return the signed cookie value that carries ``session``."""
        return self._sessions.dumps(astuple(session))  # fields in order; JSON makes the tuples lists

    def session(self, cookie: str | None) -> Session:
        """Return the session a cookie carries, or an empty one when it is missing, forged or expired."""
        if not cookie:
            return Session()
        try:
            user_id, name, grants, csrf, state, next_path, servers = self._sessions.loads(
                cookie, max_age=int(SESSION_LIFETIME.total_seconds())
            )
            known = tuple((int(server_id), str(server_name)) for server_id, server_name in servers)
            return Session(user_id, name, tuple(grants), csrf, state, next_path, known)
        except (BadSignature, ValueError, TypeError):
            return Session()
