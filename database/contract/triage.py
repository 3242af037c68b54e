"""The storage contract for how staff sort open tickets: their priority."""

from __future__ import annotations

from abc import ABC, abstractmethod

from core.models import TicketPriority


class TriageStore(ABC):
    """How urgent an open ticket is."""

    @abstractmethod
    async def set_priority(self, ticket_id: int, priority: TicketPriority, expected: TicketPriority) -> bool:
        """Compare-and-set an open ticket's priority: set it only if it is ``expected``.

        Returns False, changing nothing, when another change got there first or the ticket is not open.
        """
