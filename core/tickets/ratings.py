"""Ratings: after a close, the opener rates the help they got, 1 to 5 stars and a comment, once, for a week.

The prompt rides on the DM that brings the opener their transcript (no request of its own); when their
DMs are closed, it is posted in the ticket before the ticket goes. Its buttons carry the ticket's id, so
they work after restarts and in any process, and the rating is a compare-and-set: clicked twice, it
counts once. A rating and its comment are audited, which posts them to the log channel.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from core import messages
from core.audit import AuditAction
from core.errors import PermissionDenied, UserInputError
from core.i18n import t
from core.models import Ticket, TicketStatus
from core.runtime.services import Services, TicketKey

RATING_WINDOW = timedelta(days=7)
STARS = range(1, 6)
MAX_COMMENT = 1000


class Ratings:
    """Openers rate their closed tickets."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def rate(self, ticket_id: int, user_id: int, stars: int) -> Ticket:
        """Store the opener's rating of their closed ticket; a second rating is refused, not counted."""
        deps = self._deps
        ticket = await self._ratable(ticket_id, user_id)
        if stars not in STARS:
            raise UserInputError(t("rating-stars", most=max(STARS)))
        now = deps.clock()
        if ticket.rating is not None or not await self._stored(ticket.id, stars, now):
            raise UserInputError(t("rating-already", label=ticket.label))
        rated = replace(ticket, rating=stars)
        details = t("audit-detail-rated", stars=messages.stars(stars), rating=stars)
        await deps.journal.record(
            deps.journal.entry(ticket.guild_id, user_id, AuditAction.TICKET_RATED, details, ticket.id), ticket.label
        )
        return rated

    async def _stored(self, ticket_id: int, stars: int, now: datetime) -> bool:
        """Store the rating once; True also when a try whose answer was lost stored it (its stars and time)."""
        if await self._deps.db.rate_ticket(ticket_id, stars, now):
            return True
        stored = await self._deps.load(TicketKey(ticket_id))
        return stored.rating == stars and stored.rated_at == now  # another click stored another moment

    async def comment(self, ticket_id: int, user_id: int, text: str) -> Ticket:
        """Store the comment of the opener's rating, once."""
        deps = self._deps
        ticket = await self._ratable(ticket_id, user_id)
        comment = text.strip()[:MAX_COMMENT]
        if not comment:
            return ticket
        if not await deps.db.comment_rating(ticket.id, comment):
            stored = await deps.load(TicketKey(ticket.id))
            if stored.rating_comment != comment:  # not this comment's own try, whose answer was lost
                raise UserInputError(t("rating-comment-already", label=ticket.label))
        details = t("audit-detail-rating-comment", comment=messages.quoted(comment))
        await deps.journal.record(
            deps.journal.entry(ticket.guild_id, user_id, AuditAction.RATING_COMMENTED, details, ticket.id),
            ticket.label,
        )
        return replace(ticket, rating_comment=comment)

    async def _ratable(self, ticket_id: int, user_id: int) -> Ticket:
        """Return the ticket if ``user_id`` opened it and it closed less than a week ago."""
        ticket = await self._deps.load(TicketKey(ticket_id))
        if ticket.opener_id != user_id:
            raise PermissionDenied(t("rating-not-yours"))
        if ticket.status not in (TicketStatus.CLOSED, TicketStatus.ARCHIVED) or ticket.closed_at is None:
            raise UserInputError(t("rating-not-closed", label=ticket.label))
        if self._deps.clock() - ticket.closed_at > RATING_WINDOW:
            raise UserInputError(t("rating-expired", label=ticket.label))
        return ticket
