"""The storage contract for openers' ratings of their closed tickets."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime


class RatingStore(ABC):
    """A closed ticket's rating by its opener: given once, with an optional comment."""

    @abstractmethod
    async def rate_ticket(self, ticket_id: int, stars: int, at: datetime) -> bool:
        """Store a ticket's rating unless it has one; False (nothing changed) when it was rated already."""

    @abstractmethod
    async def comment_rating(self, ticket_id: int, comment: str) -> bool:
        """Store the comment of a rated ticket unless it has one; False when unrated or commented already."""
