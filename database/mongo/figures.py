"""MongoDB storage of what the statistics and the response targets read and write, in ``tickets``."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from core.models import OpenCounts, TargetAlert, Ticket, TicketStatus
from database.contract.figures import FigureStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.retry import retry_transient

OPEN = TicketStatus.OPEN.value
CLOSING = TicketStatus.CLOSING.value


class MongoFigures(MongoStore, FigureStore):
    """Figures as fields of ``tickets``; each first answer and alert is set once by a conditional update."""

    @override
    @retry_transient
    async def record_first_response(self, ticket_id: int, at: datetime, responder_id: int) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": {"$in": [OPEN, CLOSING]}, "first_response_at": None},
                {"$set": {"first_response_at": at, "first_responder_id": responder_id}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def list_figures(self, guild_id: int, since: datetime) -> list[Ticket]:
        query = {
            "guild_id": guild_id,
            "$or": [
                {"opened_at": {"$gte": since}},
                {"closed_at": {"$gte": since}},
                {"closed_at": None},
            ],
        }
        cursor = self._c("tickets").find(query).sort("_id")
        return [docs.load(Ticket, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def count_backlog(self) -> OpenCounts:
        missed = {"$or": [{"response_breached_at": {"$ne": None}}, {"resolution_breached_at": {"$ne": None}}]}
        waiting = {"$expr": {"$gte": ["$opener_active_at", "$active_at"]}, "active_at": {"$ne": None}}
        tickets = self._c("tickets")
        return OpenCounts(
            await guard(tickets.count_documents({"status": OPEN, **waiting})),
            await guard(tickets.count_documents({"status": OPEN, **missed})),
        )

    @override
    @retry_transient
    async def list_target_due(self, now: datetime) -> list[Ticket]:
        query = {"status": OPEN, "$or": [{"target_due_at": None}, {"target_due_at": {"$ne": None, "$lte": now}}]}
        cursor = self._c("tickets").find(query).sort("_id")
        return [docs.load(Ticket, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def schedule_targets(self, ticket_id: int, at: datetime) -> None:
        await guard(self._c("tickets").update_one({"_id": ticket_id, "status": OPEN}, {"$set": {"target_due_at": at}}))

    @override
    @retry_transient
    async def mark_target_alert(self, ticket_id: int, alert: TargetAlert, at: datetime) -> bool:
        field = TargetAlert(alert).value
        result = await guard(
            self._c("tickets").update_one({"_id": ticket_id, "status": OPEN, field: None}, {"$set": {field: at}})
        )
        return result.matched_count == 1
