"""SQL storage of what changes on an open ticket: its claim, type, due close and inactivity.

Every change is a compare-and-set on the ticket's row: it applies only while the ticket is open (and
the value is still what the caller saw), so of several processes exactly one wins.
"""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from core.models import Ticket, TicketStatus
from database.contract import TicketUpkeepStore
from database.retry import retry_transient
from database.sql.lifecycle import TICKETS
from database.sql.store import SQLStore

OPEN = TicketStatus.OPEN.value


class SQLTicketUpkeep(SQLStore, TicketUpkeepStore):
    """Updates of open tickets in ``tickets``."""

    @override
    @retry_transient
    async def set_claim(self, ticket_id: int, claimer_id: int | None, expected: int | None) -> bool:
        held = "claimed_by IS NULL" if expected is None else "claimed_by = ?"
        result = await self._write(
            f"UPDATE tickets SET claimed_by = ? WHERE id = ? AND status = ? AND {held}",
            (claimer_id, ticket_id, OPEN, *(() if expected is None else (expected,))),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def set_ticket_type(self, ticket_id: int, type_id: int | None, expected: int | None) -> bool:
        held = "type_id IS NULL" if expected is None else "type_id = ?"
        result = await self._write(
            f"UPDATE tickets SET type_id = ?, idle_due_at = NULL, target_due_at = NULL WHERE id = ? AND status = ? AND {held}",
            (type_id, ticket_id, OPEN, *(() if expected is None else (expected,))),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def set_close_due(
        self, ticket_id: int, due_at: datetime | None, reason: str | None, *, answering: int | None = None
    ) -> bool:
        standing = "" if answering is None else " AND close_request_message_id = ?"
        result = await self._write(
            "UPDATE tickets SET close_due_at = ?, close_reason = ?, close_request_message_id = NULL"
            f" WHERE id = ? AND status = ?{standing}",
            (self._opt_to_db(due_at), reason, ticket_id, OPEN, *(() if answering is None else (answering,))),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def arm_close_request(self, ticket_id: int, message_id: int) -> bool:
        result = await self._write(
            "UPDATE tickets SET close_request_message_id = ? WHERE id = ? AND status = ?",
            (message_id, ticket_id, OPEN),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_due_closes(self, now: datetime) -> list[Ticket]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{TICKETS.select} WHERE close_due_at <= ? AND status = ? ORDER BY id", (self._to_db(now), OPEN)
            )
        return [self._rows.load(Ticket, row) for row in rows]

    @override
    @retry_transient
    async def record_activity(self, ticket_id: int, at: datetime, *, by_opener: bool) -> None:
        later = "CASE WHEN {0} < ? THEN ? ELSE {0} END"
        columns_set = [f"active_at = {later.format('active_at')}"]
        if by_opener:
            columns_set.append(f"opener_active_at = {later.format('opener_active_at')}")
        when = self._to_db(at)
        await self._write(
            f"UPDATE tickets SET {', '.join(columns_set)} WHERE id = ? AND status = ?",
            (*([when, when] * len(columns_set)), ticket_id, OPEN),
        )

    @override
    @retry_transient
    async def list_idle_due(self, now: datetime) -> list[Ticket]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{TICKETS.select} WHERE status = ? AND (idle_due_at IS NULL OR idle_due_at <= ?) AND auto_close = ?"
                " ORDER BY id",
                (OPEN, self._to_db(now), True),
            )
        return [self._rows.load(Ticket, row) for row in rows]

    @override
    @retry_transient
    async def schedule_idle(self, ticket_id: int, at: datetime) -> None:
        await self._write(
            "UPDATE tickets SET idle_due_at = ? WHERE id = ? AND status = ?", (self._to_db(at), ticket_id, OPEN)
        )

    @override
    @retry_transient
    async def mark_idle_warned(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        held = "idle_warned_at IS NULL" if expected is None else "idle_warned_at = ?"
        result = await self._write(
            f"UPDATE tickets SET idle_warned_at = ? WHERE id = ? AND status = ? AND {held}",
            (self._opt_to_db(at), ticket_id, OPEN, *(() if expected is None else (self._to_db(expected),))),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def mark_idle_warning_posted(self, ticket_id: int, at: datetime, due: datetime) -> bool:
        result = await self._write(
            "UPDATE tickets SET idle_warning_posted_at = ?, idle_due_at = ?"
            " WHERE id = ? AND status = ? AND idle_warned_at = ?",
            (self._to_db(at), self._to_db(due), ticket_id, OPEN, self._to_db(at)),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def set_auto_close(self, ticket_id: int, enabled: bool) -> bool:
        result = await self._write(
            "UPDATE tickets SET auto_close = ?, idle_due_at = NULL WHERE id = ? AND status = ?",
            (enabled, ticket_id, OPEN),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def mark_opener_left(self, ticket_id: int, at: datetime) -> bool:
        result = await self._write(
            "UPDATE tickets SET opener_left_at = ? WHERE id = ? AND status = ? AND opener_left_at IS NULL",
            (self._to_db(at), ticket_id, OPEN),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def mark_unsynced(self, ticket_id: int, at: datetime) -> bool:
        result = await self._write(
            "UPDATE tickets SET unsynced_since = ? WHERE id = ? AND status = ?", (self._to_db(at), ticket_id, OPEN)
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def mark_synced(self, ticket_id: int, expected: datetime) -> bool:
        result = await self._write(
            "UPDATE tickets SET unsynced_since = NULL WHERE id = ? AND unsynced_since = ?",
            (ticket_id, self._to_db(expected)),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_unsynced(self, before: datetime) -> list[Ticket]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{TICKETS.select} WHERE unsynced_since <= ? AND status = ? ORDER BY unsynced_since, id",
                (self._to_db(before), OPEN),
            )
        return [self._rows.load(Ticket, row) for row in rows]
