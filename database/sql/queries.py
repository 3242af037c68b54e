"""SQL reading of tickets: one by id or channel, lists, a server's searches and counts."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from typing_extensions import override

from core.models import PRIORITY_RANK, Ticket, TicketSearch, TicketStatus, WaitingOn
from database.contract import TicketQueryStore
from database.retry import retry_transient
from database.sql.lifecycle import TICKETS
from database.sql.store import SQLStore

# A priority's rank (``PRIORITY_RANK``), for sorting by it.
RANK = "CASE priority " + " ".join(f"WHEN '{p.value}' THEN {rank}" for p, rank in PRIORITY_RANK.items()) + " END"
# Who an open ticket waits for, as ``Ticket.waiting_on`` reads it from the activity times.
WAITING = {
    WaitingOn.STAFF: "status = ? AND active_at IS NOT NULL AND opener_active_at >= active_at",
    WaitingOn.OPENER: "status = ? AND active_at IS NOT NULL AND (opener_active_at IS NULL OR opener_active_at < active_at)",
}


class SQLTicketQueries(SQLStore, TicketQueryStore):
    """Queries of ``tickets``."""

    @override
    @retry_transient
    async def get_ticket(self, ticket_id: int) -> Ticket | None:
        return await self._one_ticket("id", ticket_id)

    @override
    @retry_transient
    async def get_ticket_by_channel(self, channel_id: int) -> Ticket | None:
        return await self._one_ticket("channel_id", channel_id)

    async def _one_ticket(self, column: str, value: int) -> Ticket | None:
        async with self._reader() as s:
            row = await s.fetchone(f"{TICKETS.select} WHERE {column} = ?", (value,))
        return None if row is None else self._rows.load(Ticket, row)

    @override
    @retry_transient
    async def list_tickets(
        self, statuses: Collection[TicketStatus], guild_id: int | None = None, *, opener_id: int | None = None
    ) -> list[Ticket]:
        if not statuses:
            return []
        filters = {"guild_id": guild_id, "opener_id": opener_id}
        where = "".join(f" AND {column} = ?" for column, value in filters.items() if value is not None)
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{TICKETS.select} WHERE status IN ({', '.join('?' * len(statuses))}){where} ORDER BY id",
                (*(status.value for status in statuses), *(v for v in filters.values() if v is not None)),
            )
        return [self._rows.load(Ticket, row) for row in rows]

    @override
    @retry_transient
    async def search_tickets(self, search: TicketSearch) -> list[Ticket]:
        conditions: list[str] = ["guild_id = ?"]
        params: list[Any] = [search.guild_id]
        paged_by_rank = search.by_priority and search.below_rank is not None
        for column, operator, value in (
            ("number", "=", search.number),
            ("opener_id", "=", search.opener_id),
            ("opened_at", ">=", self._opt_to_db(search.opened_from)),
            ("opened_at", "<", self._opt_to_db(search.opened_before)),
            ("number", "<", None if paged_by_rank else search.below_number),
        ):
            if value is not None:
                conditions.append(f"{column} {operator} ?")
                params.append(value)
        if search.type_ids is not None:
            typed = [t for t in search.type_ids if t is not None]
            either = [f"type_id IN ({', '.join('?' * len(typed))})"] if typed else []
            either += ["type_id IS NULL"] if None in search.type_ids else []
            conditions.append(f"({' OR '.join(either)})" if either else "1 = 0")
            params += typed
        if search.statuses:
            conditions.append(f"status IN ({', '.join('?' * len(search.statuses))})")
            params += [s.value for s in search.statuses]
        if search.priorities:
            conditions.append(f"priority IN ({', '.join('?' * len(search.priorities))})")
            params += [p.value for p in search.priorities]
        if search.label_id is not None:
            conditions.append("id IN (SELECT ticket_id FROM ticket_labels WHERE label_id = ?)")
            params.append(search.label_id)
        if search.waiting_on is not None:
            conditions.append(WAITING[search.waiting_on])
            params.append(TicketStatus.OPEN.value)
        order = "number DESC"
        if search.by_priority:
            order = f"{RANK} DESC, number DESC"
            if paged_by_rank:
                conditions.append(f"({RANK} < ? OR ({RANK} = ? AND number < ?))")
                params += [search.below_rank, search.below_rank, search.below_number or 0]
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{TICKETS.select} WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT {int(search.limit)}", params
            )
        return [self._rows.load(Ticket, row) for row in rows]

    @override
    @retry_transient
    async def count_open_tickets(self, guild_id: int | None = None) -> int:
        where, params = ("guild_id = ? AND ", (guild_id,)) if guild_id is not None else ("", ())
        async with self._reader() as s:
            row = await s.fetchone(
                f"SELECT COUNT(*) FROM tickets WHERE {where}status = ?", (*params, TicketStatus.OPEN.value)
            )
        return row[0] if row else 0
