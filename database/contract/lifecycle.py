"""The storage contract for a ticket's way through its states: reserved, opened, closed, reopened."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime

from core.models import AuditEntry, Closure, GuildCounter, Ticket, TicketRequest, TicketStatus
from database.records import RecordKind

COUNTERS = RecordKind.declare("counters", GuildCounter, 20)
TICKETS = RecordKind.declare("tickets", Ticket, 50)


class TicketLifecycleStore(ABC):
    """A ticket's way through its states: reserved, opened, closed, reopened."""

    @abstractmethod
    async def reserve_ticket(
        self, request: TicketRequest, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket:
        """Atomically check the opener's limits, take the server's next number and store a pending ticket.

        The opener is recorded as the ticket's creator. Raises ``TicketLimitReached`` when the opener
        already has ``max_open`` active tickets (``core.rules.policy.ACTIVE``) in the server, or ``type_max_open``
        of the request's type (``per_type`` set); no number is used then.
        """

    @abstractmethod
    async def last_opened_at(self, guild_id: int, opener_id: int, type_id: int | None) -> datetime | None:
        """Return when the member last opened a ticket of this type in the server (any status), if ever."""

    @abstractmethod
    async def activate_ticket(self, ticket_id: int, channel_id: int, entry: AuditEntry) -> AuditEntry:
        """Attach the channel to a pending ticket, mark it open and store its audit entry; return the entry.

        Repeating a call that succeeded (its answer lost) succeeds without storing the entry again.
        Raises ``StorageNotFound`` (``ticket_not_pending``) when the ticket is neither pending nor open in that channel.
        """

    @abstractmethod
    async def discard_ticket(self, ticket_id: int) -> None:
        """Remove a pending ticket whose open was undone; its number stays used."""

    @abstractmethod
    async def reopen_ticket(
        self, ticket_id: int, at: datetime, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket | None:
        """Open an archived ticket again (its close details cleared, activity counting from ``at``).

        Its stored transcript stays until the next close replaces it with one of the whole conversation.

        The opener's limits are checked as for a new ticket (``TicketLimitReached``); None, changing
        nothing, when the ticket is not archived: exactly one of several reopeners wins.
        """

    @abstractmethod
    async def begin_close(self, ticket_id: int, closure: Closure) -> bool:
        """Mark an open ticket as closing, recording who closes it and why.

        Returns False, changing nothing, when the ticket is not open: exactly one of several closers wins.
        """

    @abstractmethod
    async def cancel_close(self, ticket_id: int, due_at: datetime | None = None, reason: str | None = None) -> bool:
        """Put a closing ticket back to open (its close was refused before anything was posted).

        The close request it had (``due_at``, ``reason``; None: none) stands again in the same write, so that
        no crash can lose its due time.
        """

    @abstractmethod
    async def set_transcript_message(self, ticket_id: int, message_id: int) -> None:
        """Record the log-channel message that carries the ticket's transcript."""

    @abstractmethod
    async def finish_close(self, ticket_id: int, status: TicketStatus, entry: AuditEntry) -> AuditEntry | None:
        """Move a closing ticket to ``status`` (closed or archived) and store its audit entry.

        Returns the stored entry, or None (changing nothing) when the ticket was not closing.
        """
