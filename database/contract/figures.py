"""The storage contract for what the statistics and the response targets read and write of tickets."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime

from core.models import OpenCounts, TargetAlert, Ticket


class FigureStore(ABC):
    """Each ticket's first staff answer, the tickets a server's figures are made of, and target alerts."""

    @abstractmethod
    async def record_first_response(self, ticket_id: int, at: datetime, responder_id: int) -> bool:
        """Store a ticket's first answer from staff unless one is stored; False when one was.

        Also while the ticket is closing: a message handled as a close begins was written before it.
        """

    @abstractmethod
    async def list_figures(self, guild_id: int, since: datetime) -> list[Ticket]:
        """Return the server's tickets opened or closed at or after ``since``, and those not closed, by id.

        Indexed reads by opening and closing time: the cost follows the period, not the server's history.
        """

    @abstractmethod
    async def count_backlog(self) -> OpenCounts:
        """Count the open tickets of every server that wait on staff, and those that missed a target."""

    @abstractmethod
    async def list_target_due(self, now: datetime) -> list[Ticket]:
        """Return the open tickets of every server whose next target look is due at ``now``.

        Those whose ``target_due_at`` is not set (reopened, or their rules changed) or is at or before ``now``.
        A ticket opens with ``NEVER`` there when its type sets no target, so it costs the sweep nothing.
        """

    @abstractmethod
    async def schedule_targets(self, ticket_id: int, at: datetime) -> None:
        """Set when the response-target sweep looks at an open ticket next."""

    @abstractmethod
    async def mark_target_alert(self, ticket_id: int, alert: TargetAlert, at: datetime) -> bool:
        """Record one of an open ticket's target alerts unless it is recorded; False when it was."""
