"""SQL storage of openers' ratings, in the ``tickets`` table."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from database.contract.ratings import RatingStore
from database.retry import retry_transient
from database.sql.store import SQLStore


class SQLRatings(SQLStore, RatingStore):
    """Ratings as columns of ``tickets``, each set once by a compare-and-set."""

    @override
    @retry_transient
    async def rate_ticket(self, ticket_id: int, stars: int, at: datetime) -> bool:
        result = await self._write(
            "UPDATE tickets SET rating = ?, rated_at = ? WHERE id = ? AND rating IS NULL",
            (stars, self._to_db(at), ticket_id),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def comment_rating(self, ticket_id: int, comment: str) -> bool:
        result = await self._write(
            "UPDATE tickets SET rating_comment = ? WHERE id = ? AND rating IS NOT NULL AND rating_comment IS NULL",
            (comment, ticket_id),
        )
        return result.rowcount == 1
