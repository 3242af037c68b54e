"""SQL storage of what the statistics and the response targets read and write, in ``tickets``."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from core.models import OpenCounts, TargetAlert, Ticket, TicketStatus
from database.contract.figures import FigureStore
from database.retry import retry_transient
from database.sql.lifecycle import TICKETS
from database.sql.store import SQLStore

OPEN = TicketStatus.OPEN.value
CLOSING = TicketStatus.CLOSING.value


class SQLFigures(SQLStore, FigureStore):
    """Figures as columns of ``tickets``; each first answer and alert is set once by a compare-and-set."""

    @override
    @retry_transient
    async def record_first_response(self, ticket_id: int, at: datetime, responder_id: int) -> bool:
        result = await self._write(
            "UPDATE tickets SET first_response_at = ?, first_responder_id = ?"
            " WHERE id = ? AND status IN (?, ?) AND first_response_at IS NULL",
            (self._to_db(at), responder_id, ticket_id, OPEN, CLOSING),
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_figures(self, guild_id: int, since: datetime) -> list[Ticket]:
        # Three disjoint parts, each read through an index: opened since; opened before and closed since;
        # opened before and not closed (closed_at is set when a close begins and cleared by a reopen).
        start = self._to_db(since)
        where = (
            "guild_id = ? AND opened_at >= ?",
            "guild_id = ? AND closed_at >= ? AND opened_at < ?",
            "guild_id = ? AND closed_at IS NULL AND opened_at < ?",
        )
        params = (guild_id, start, guild_id, start, start, guild_id, start)
        sql = " UNION ALL ".join(f"{TICKETS.select} WHERE {part}" for part in where)
        async with self._reader() as s:
            rows = await s.fetchall(sql, params)
        return sorted((self._rows.load(Ticket, row) for row in rows), key=lambda ticket: ticket.id)

    @override
    @retry_transient
    async def count_backlog(self) -> OpenCounts:
        async with self._reader() as s:
            row = await s.fetchone(
                "SELECT COALESCE(SUM(CASE WHEN opener_active_at >= active_at THEN 1 ELSE 0 END), 0),"
                " COALESCE(SUM(CASE WHEN response_breached_at IS NOT NULL OR resolution_breached_at IS NOT NULL"
                " THEN 1 ELSE 0 END), 0) FROM tickets WHERE status = ?",
                (OPEN,),
            )
        assert row is not None
        return OpenCounts(int(row[0]), int(row[1]))

    @override
    @retry_transient
    async def list_target_due(self, now: datetime) -> list[Ticket]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{TICKETS.select} WHERE status = ? AND (target_due_at IS NULL OR target_due_at <= ?) ORDER BY id",
                (OPEN, self._to_db(now)),
            )
        return [self._rows.load(Ticket, row) for row in rows]

    @override
    @retry_transient
    async def schedule_targets(self, ticket_id: int, at: datetime) -> None:
        await self._write(
            "UPDATE tickets SET target_due_at = ? WHERE id = ? AND status = ?", (self._to_db(at), ticket_id, OPEN)
        )

    @override
    @retry_transient
    async def mark_target_alert(self, ticket_id: int, alert: TargetAlert, at: datetime) -> bool:
        column = TargetAlert(alert).value  # one of four known column names
        result = await self._write(
            f"UPDATE tickets SET {column} = ? WHERE id = ? AND status = ? AND {column} IS NULL",
            (self._to_db(at), ticket_id, OPEN),
        )
        return result.rowcount == 1
