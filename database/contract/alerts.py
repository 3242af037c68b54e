"""The storage contract for a ticket's post in its type's staff alert channel."""

from __future__ import annotations

from abc import ABC, abstractmethod


class AlertStore(ABC):
    """Which message in the staff alert channel shows a ticket."""

    @abstractmethod
    async def set_alert_message(self, ticket_id: int, message_id: int) -> None:
        """Remember the ticket's alert post, so later changes edit it rather than post again."""
