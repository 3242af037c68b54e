"""SQL storage of a ticket's way through its states: reserved, opened, closed, reopened.

A server's counter row, locked (``FOR UPDATE`` where the dialect has it), serialises its opens and
reopens, so numbering and the open-ticket limits hold across every process sharing the database.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import replace
from datetime import datetime
from typing import Any

from typing_extensions import override

from core.errors import StorageNotFound, TicketLimitReached
from core.models import (
    AuditEntry,
    Closure,
    GuildCounter,
    Participant,
    ParticipantRole,
    Ticket,
    TicketRequest,
    TicketStatus,
)
from database.contract import TicketLifecycleStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import table
from database.sql.store import ACTIVE, ACTIVE_IN, Query, SQLSession, SQLStore

COUNTERS = table(RecordKind.COUNTERS, ["guild_id"])
TICKETS = table(RecordKind.TICKETS, ["id"])


class SQLTicketLifecycle(SQLStore, TicketLifecycleStore):
    """Opening, closing and reopening tickets in ``tickets``, with their creator and audit entries."""

    @override
    @retry_transient
    async def reserve_ticket(
        self, request: TicketRequest, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket:
        ticket = await self._reserve(request, max_open, type_max_open)
        if ticket is None:
            # A server whose settings were saved before they made its counter row: make it in a transaction
            # of its own (inserting it inside the locking one deadlocks on MariaDB), then reserve as usual.
            async with self._session() as s:
                await self._insert(s, RecordKind.COUNTERS, GuildCounter(request.guild_id, 0), ignore=True)
            ticket = await self._reserve(request, max_open, type_max_open)
        assert ticket is not None
        return ticket

    async def _reserve(self, request: TicketRequest, max_open: int, type_max_open: int | None) -> Ticket | None:
        """Reserve in one transaction; None when the server has no counter row yet.

        The counter row's lock serialises a server's reservations, so both limits are checked race-free.
        """

        async def reserve(s: SQLSession) -> Ticket | None:
            active = _active_count(request.guild_id, request.opener_id, request.type_id)
            number, counted = await self._take_number(s, request.guild_id, then=active)
            if number is None:
                return None
            _refuse_beyond_limits(counted, max_open, type_max_open)
            ticket = request.pending(0, number)
            creator = Participant(0, request.opener_id, ParticipantRole.CREATOR, request.opened_at)
            ticket_id = await self._insert_with_child(
                s, RecordKind.TICKETS, ticket, RecordKind.PARTICIPANTS, creator, link="ticket_id"
            )
            return replace(ticket, id=ticket_id)

        return await self._transaction(reserve)

    @abstractmethod
    async def _take_number(
        self, s: SQLSession, guild_id: int, *, then: Query
    ) -> tuple[int | None, tuple[Any, ...] | None]:
        """Count the server's counter up under its row lock; return the new number and ``then``'s first row.

        The number is None when the server has no counter row yet; ``then`` is a query run next, under the
        lock. One statement in each dialect locks the row, counts it up and hands the number back; MySQL sends
        ``then`` with it, in the same round trip.
        """

    async def _check_limits(
        self,
        s: SQLSession,
        guild_id: int,
        opener_id: int,
        type_id: int | None,
        max_open: int,
        type_max_open: int | None,
    ) -> None:
        """Raise TicketLimitReached when the opener may not have one more active ticket (of this type)."""
        counted = await s.fetchone(*_active_count(guild_id, opener_id, type_id))
        _refuse_beyond_limits(counted, max_open, type_max_open)

    @override
    @retry_transient
    async def reopen_ticket(
        self, ticket_id: int, at: datetime, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket | None:
        async with self._session() as s:
            found = await s.fetchone(
                "SELECT guild_id, opener_id, type_id, status FROM tickets WHERE id = ?", (ticket_id,)
            )
            if found is None or found[3] != TicketStatus.ARCHIVED.value:
                return None
            guild_id, opener_id, type_id, _ = found
            # The counter row's lock serialises the server's opens and reopens, as in a reservation.
            await s.fetchone(f"SELECT last_number FROM counters WHERE guild_id = ?{self.FOR_UPDATE}", (guild_id,))
            await self._check_limits(s, guild_id, opener_id, type_id, max_open, type_max_open)
            when = self._to_db(at)
            result = await s.execute(
                "UPDATE tickets SET status = ?, closed_at = NULL, closed_by = NULL, close_reason = NULL,"
                " transcript_message_id = NULL, close_due_at = NULL, idle_warned_at = NULL, idle_warning_posted_at = NULL,"
                " idle_due_at = NULL, target_due_at = NULL, reopen_count = reopen_count + 1, active_at = ?,"
                " opener_active_at = ?"
                " WHERE id = ? AND status = ?",
                (TicketStatus.OPEN.value, when, when, ticket_id, TicketStatus.ARCHIVED.value),
            )
            if result.rowcount != 1:
                return None
            row = await s.fetchone(f"{TICKETS.select} WHERE id = ?", (ticket_id,))
        assert row is not None
        return self._rows.load(Ticket, row)

    @override
    @retry_transient
    async def last_opened_at(self, guild_id: int, opener_id: int, type_id: int | None) -> datetime | None:
        async with self._reader() as s:
            row = await s.fetchone(
                "SELECT MAX(opened_at) FROM tickets WHERE guild_id = ? AND opener_id = ? AND type_id "
                + ("IS NULL" if type_id is None else "= ?"),
                (guild_id, opener_id) if type_id is None else (guild_id, opener_id, type_id),
            )
        return None if row is None or row[0] is None else self._from_db(row[0])

    @override
    @retry_transient
    async def activate_ticket(self, ticket_id: int, channel_id: int, entry: AuditEntry) -> AuditEntry:

        async def activate(s: SQLSession) -> AuditEntry | None:
            return await self._audit_if_changed(
                s,
                (
                    "UPDATE tickets SET channel_id = ?, status = ? WHERE id = ? AND status = ?",
                    (channel_id, TicketStatus.OPEN.value, ticket_id, TicketStatus.PENDING.value),
                ),
                entry,
            )

        stored = await self._transaction(activate)
        if stored is not None:
            return stored
        async with self._reader() as s:  # not pending: done already (a retry), or gone
            found = await s.fetchone("SELECT status, channel_id FROM tickets WHERE id = ?", (ticket_id,))
        if found is None or (TicketStatus(found[0]), found[1]) != (TicketStatus.OPEN, channel_id):
            raise StorageNotFound("ticket_not_pending", ticket_id=ticket_id)
        return entry

    @override
    @retry_transient
    async def discard_ticket(self, ticket_id: int) -> None:
        async with self._session() as s:
            result = await s.execute(
                "DELETE FROM tickets WHERE id = ? AND status = ?", (ticket_id, TicketStatus.PENDING.value)
            )
            if result.rowcount == 1:
                await s.execute("DELETE FROM participants WHERE ticket_id = ?", (ticket_id,))

    @override
    @retry_transient
    async def begin_close(self, ticket_id: int, closure: Closure) -> bool:
        result = await self._write(
            "UPDATE tickets SET status = ?, closed_by = ?, close_reason = ?, closed_at = ? WHERE id = ? AND status = ?",
            (
                TicketStatus.CLOSING.value,
                closure.closed_by,
                closure.reason,
                self._to_db(closure.closed_at),
                ticket_id,
                TicketStatus.OPEN.value,
            ),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def cancel_close(self, ticket_id: int, due_at: datetime | None = None, reason: str | None = None) -> bool:
        result = await self._write(
            "UPDATE tickets SET status = ?, closed_by = NULL, close_reason = ?, closed_at = NULL,"
            " close_due_at = ? WHERE id = ? AND status = ?",
            (
                TicketStatus.OPEN.value,
                reason if due_at else None,
                self._opt_to_db(due_at),
                ticket_id,
                TicketStatus.CLOSING.value,
            ),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def set_transcript_message(self, ticket_id: int, message_id: int) -> None:
        await self._write("UPDATE tickets SET transcript_message_id = ? WHERE id = ?", (message_id, ticket_id))

    @override
    @retry_transient
    async def finish_close(self, ticket_id: int, status: TicketStatus, entry: AuditEntry) -> AuditEntry | None:
        async with self._session() as s:
            result = await s.execute(
                "UPDATE tickets SET status = ? WHERE id = ? AND status = ?",
                (status.value, ticket_id, TicketStatus.CLOSING.value),
            )
            if result.rowcount != 1:
                return None
            return await self._insert_audit(s, entry)


def _active_count(guild_id: int, opener_id: int, type_id: int | None) -> Query:
    """Return the query counting the opener's active tickets on the server, and those of the type."""
    return (
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN type_id = ? THEN 1 ELSE 0 END), 0) FROM tickets"
        f" WHERE guild_id = ? AND opener_id = ? AND status IN ({ACTIVE_IN})",
        (type_id, guild_id, opener_id, *ACTIVE),
    )


def _refuse_beyond_limits(counted: tuple[Any, ...] | None, max_open: int, type_max_open: int | None) -> None:
    """Raise TicketLimitReached when the counts (``_active_count``) leave no room for one more ticket."""
    if counted is not None and counted[0] >= max_open:
        raise TicketLimitReached(max_open)
    if counted is not None and type_max_open is not None and counted[1] >= type_max_open:
        raise TicketLimitReached(type_max_open, per_type=True)
