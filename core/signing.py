"""Signed values for the web side (itsdangerous): transcript links that expire, and session cookies.

Both are signed with ``WEB_SECRET``, which every process sharing the database must share: a link made by
the process that closed a ticket opens in whichever process serves the web side. The salts keep a link
from passing for a session and the other way round. Neither is stored; each carries when it was made
(a link its signing time, a session its sign-in time), so a stored revocation time ends those made before.
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
    grants: tuple[tuple[int, int], ...] = ()  # tickets opened through a valid link: (ticket id, link signed at)
    csrf: str = ""  # the token forms must carry back
    oauth_state: str = ""  # the state of a login under way
    next_path: str = "/"
    servers: tuple[tuple[int, str], ...] = ()  # servers set up with the bot that the user is in (id, name)
    signed_in_at: float = 0.0  # POSIX time of the Discord login
    locale: str = ""  # the user's Discord locale (their pages' language)

    def with_grant(self, ticket_id: int, signed_at: int) -> Session:
        """Remember a ticket opened through a link signed at ``signed_at`` (POSIX seconds)."""
        grants = (*[g for g in self.grants if g[0] != ticket_id], (ticket_id, signed_at))[-MAX_GRANTS:]
        return replace(self, grants=grants, oauth_state="")

    def grant(self, ticket_id: int) -> int | None:
        """Return when the link that opened ``ticket_id`` here was signed, or None when none did."""
        return next((signed_at for granted, signed_at in self.grants if granted == ticket_id), None)


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

    def linked_ticket(self, token: str) -> tuple[int, int] | None:
        """Return the ticket a link's key opens and when it was signed, or None if forged, altered or expired."""
        try:
            value, signed_at = self._links.loads(
                token, max_age=int(self.link_lifetime.total_seconds()), return_timestamp=True
            )
        except BadSignature:
            return None
        return (value, int(signed_at.timestamp())) if isinstance(value, int) else None

    def session_cookie(self, session: Session) -> str:
        """Return the signed cookie value that carries ``session``."""
        return self._sessions.dumps(astuple(session))  # fields in order; JSON makes the tuples lists

    def session(self, cookie: str | None) -> Session:
        """Return the session a cookie carries, or an empty one when it is missing, forged or expired."""
        if not cookie:
            return Session()
        try:
            user_id, name, grants, csrf, state, next_path, servers, signed_in_at, *rest = self._sessions.loads(
                cookie, max_age=int(SESSION_LIFETIME.total_seconds())
            )
            locale = str(rest[0]) if rest else ""  # a cookie from before locales has none
            known = tuple((int(server_id), str(server_name)) for server_id, server_name in servers)
            granted = tuple((int(ticket_id), int(signed_at)) for ticket_id, signed_at in grants)
            return Session(user_id, name, granted, csrf, state, next_path, known, float(signed_in_at), locale)
        except (BadSignature, ValueError, TypeError):
            return Session()
