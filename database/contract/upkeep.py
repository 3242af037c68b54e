"""The storage contract for what changes on an open ticket: its claim, type, due close, inactivity, sync mark."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime

from core.models import Ticket


class TicketUpkeepStore(ABC):
    """What changes on an open ticket: its claim, type, due close and inactivity."""

    @abstractmethod
    async def set_claim(self, ticket_id: int, claimer_id: int | None, expected: int | None) -> bool:
        """Compare-and-set an open ticket's claimer: set ``claimer_id`` (None: unclaimed) only if it is ``expected``.

        Returns False, changing nothing, when another claim got there first or the ticket is not open.
        """

    @abstractmethod
    async def set_ticket_type(self, ticket_id: int, type_id: int | None, expected: int | None) -> bool:
        """Move an open ticket to another type, if its type is still ``expected``; False changes nothing."""

    @abstractmethod
    async def set_close_due(
        self, ticket_id: int, due_at: datetime | None, reason: str | None, *, answering: int | None = None
    ) -> bool:
        """Set (or, with None, clear) when an open ticket closes by itself and why; False if it is not open.

        The request's message is not known yet: it is recorded by ``arm_close_request`` once posted.
        ``answering``, the message of the request being answered: then only while that request stands
        (False when it was answered or replaced meanwhile), so of two answers at once one wins.
        """

    @abstractmethod
    async def arm_close_request(self, ticket_id: int, message_id: int) -> bool:
        """Record the posted message of an open ticket's close request; False if it is not open."""

    @abstractmethod
    async def list_due_closes(self, now: datetime) -> list[Ticket]:
        """Return the open tickets whose close fell due at or before ``now``, oldest first."""

    @abstractmethod
    async def record_activity(self, ticket_id: int, at: datetime, *, by_opener: bool) -> None:
        """Record a message in an open ticket at ``at`` (by its opener or by anyone); times never go back."""

    @abstractmethod
    async def list_idle_due(self, now: datetime) -> list[Ticket]:
        """Return the open tickets of every server, not exempted, whose inactivity is due a look at ``now``.

        Those are the ones whose ``idle_due_at`` is not set (new, or their rules changed) or is at or before
        ``now``; an indexed read, however many servers and quiet tickets there are.
        """

    @abstractmethod
    async def schedule_idle(self, ticket_id: int, at: datetime) -> None:
        """Set when the inactivity sweep looks at an open ticket next."""

    @abstractmethod
    async def mark_idle_warned(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        """Take on posting the inactivity warning at ``at``, if the mark is still ``expected``: one process warns."""

    @abstractmethod
    async def mark_idle_warning_posted(self, ticket_id: int, at: datetime, due: datetime) -> bool:
        """Record that the warning taken on at ``at`` was posted, and look again at ``due``; False if not taken on."""

    @abstractmethod
    async def set_auto_close(self, ticket_id: int, enabled: bool) -> bool:
        """Exempt an open ticket from closing for inactivity, or end the exemption; False if it is not open.

        Either way the inactivity sweep looks at the ticket again at its next run.
        """

    @abstractmethod
    async def mark_opener_left(self, ticket_id: int, at: datetime) -> bool:
        """Record that an open ticket's opener left the server; False if already recorded (or not open)."""

    @abstractmethod
    async def mark_unsynced(self, ticket_id: int, at: datetime) -> bool:
        """Mark an open ticket's Discord side as possibly behind its row since ``at``; False if it is not open."""

    @abstractmethod
    async def mark_synced(self, ticket_id: int, expected: datetime) -> bool:
        """Clear the mark, if it is still the one set at ``expected``; False changes nothing."""

    @abstractmethod
    async def list_unsynced(self, before: datetime) -> list[Ticket]:
        """Return the open tickets marked at or before ``before``, oldest mark first."""
