"""MongoDB storage of openers' ratings, in ``tickets``."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from database.contract.ratings import RatingStore
from database.mongo.store import MongoStore, guard
from database.retry import retry_transient


class MongoRatings(MongoStore, RatingStore):
    """Ratings as fields of ``tickets``, each set once by a compare-and-set."""

    @override
    @retry_transient
    async def rate_ticket(self, ticket_id: int, stars: int, at: datetime) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "rating": None}, {"$set": {"rating": stars, "rated_at": at}}
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def comment_rating(self, ticket_id: int, comment: str) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "rating": {"$ne": None}, "rating_comment": None},
                {"$set": {"rating_comment": comment}},
            )
        )
        return result.matched_count == 1
