"""MongoDB reading of tickets: one by id or channel, lists, a server's searches and counts."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from pymongo import ASCENDING, DESCENDING
from typing_extensions import override

from core.models import PRIORITY_RANK, Ticket, TicketSearch, TicketStatus, WaitingOn
from database.contract import TicketQueryStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.retry import retry_transient

# Who an open ticket waits for, as ``Ticket.waiting_on`` reads it from the activity times (null sorts first).
WAITING = {
    WaitingOn.STAFF: {"$expr": {"$gte": ["$opener_active_at", "$active_at"]}},
    WaitingOn.OPENER: {"$expr": {"$lt": ["$opener_active_at", "$active_at"]}},
}


class MongoTicketQueries(MongoStore, TicketQueryStore):
    """Queries of ``tickets``."""

    @override
    @retry_transient
    async def get_ticket(self, ticket_id: int) -> Ticket | None:
        document = await guard(self._c("tickets").find_one({"_id": ticket_id}))
        return None if document is None else docs.load(Ticket, document)

    @override
    @retry_transient
    async def get_ticket_by_channel(self, channel_id: int) -> Ticket | None:
        document = await guard(self._c("tickets").find_one({"channel_id": channel_id}))
        return None if document is None else docs.load(Ticket, document)

    @override
    @retry_transient
    async def list_tickets(
        self, statuses: Collection[TicketStatus], guild_id: int | None = None, *, opener_id: int | None = None
    ) -> list[Ticket]:
        query: dict[str, Any] = {"status": {"$in": [status.value for status in statuses]}}
        if guild_id is not None:
            query["guild_id"] = guild_id
        if opener_id is not None:
            query["opener_id"] = opener_id
        cursor = self._c("tickets").find(query).sort("_id", ASCENDING)
        return [docs.load(Ticket, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def search_tickets(self, search: TicketSearch) -> list[Ticket]:
        query: dict[str, Any] = {"guild_id": search.guild_id}
        number: dict[str, int] = {}
        if search.number is not None:
            number["$eq"] = search.number
        paged_by_rank = search.by_priority and search.below_rank is not None
        if search.below_number is not None and not paged_by_rank:
            number["$lt"] = search.below_number
        if number:
            query["number"] = number
        if search.opener_id is not None:
            query["opener_id"] = search.opener_id
        if search.type_ids is not None:
            query["type_id"] = {"$in": list(search.type_ids)}
        if search.statuses:
            query["status"] = {"$in": [s.value for s in search.statuses]}
        if search.priorities:
            query["priority"] = {"$in": [p.value for p in search.priorities]}
        if search.label_id is not None:
            labelled = self._c("ticket_labels").find({"label_id": search.label_id}, {"ticket_id": 1})
            query["_id"] = {"$in": [d["ticket_id"] for d in await guard(labelled.to_list())]}
        if search.waiting_on is not None:
            query["$and"] = [
                {"status": TicketStatus.OPEN.value},
                {"active_at": {"$ne": None}},
                WAITING[search.waiting_on],
            ]
        opened = {
            operator: moment
            for operator, moment in (("$gte", search.opened_from), ("$lt", search.opened_before))
            if moment is not None
        }
        if opened:
            query["opened_at"] = opened
        if search.by_priority:
            return await self._by_priority(query, search)
        cursor = self._c("tickets").find(query).sort("number", DESCENDING).limit(search.limit)
        return [docs.load(Ticket, d) for d in await guard(cursor.to_list())]

    async def _by_priority(self, query: dict[str, Any], search: TicketSearch) -> list[Ticket]:
        """Return a page sorted by priority, then number: one query per priority, most urgent first (four at most)."""
        found: list[Ticket] = []
        for priority, rank in sorted(PRIORITY_RANK.items(), key=lambda item: -item[1]):
            if search.below_rank is not None and rank > search.below_rank:
                continue
            if (search.priorities and priority not in search.priorities) or len(found) >= search.limit:
                continue
            level = {**query, "priority": priority.value}
            if search.below_rank == rank and search.below_number is not None:
                level["number"] = {**level.get("number", {}), "$lt": search.below_number}
            cursor = self._c("tickets").find(level).sort("number", DESCENDING).limit(search.limit - len(found))
            found += [docs.load(Ticket, d) for d in await guard(cursor.to_list())]
        return found

    @override
    @retry_transient
    async def count_open_tickets(self, guild_id: int | None = None) -> int:
        server = {} if guild_id is None else {"guild_id": guild_id}
        return await guard(self._c("tickets").count_documents({**server, "status": TicketStatus.OPEN.value}))
