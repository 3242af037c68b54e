"""MongoDB storage of how staff sort open tickets."""

from __future__ import annotations

from typing_extensions import override

from core.models import TicketPriority, TicketStatus
from database.contract.triage import TriageStore
from database.mongo.store import MongoStore, guard
from database.retry import retry_transient


class MongoTriage(MongoStore, TriageStore):
    """Priorities in ``tickets``."""

    @override
    @retry_transient
    async def set_priority(self, ticket_id: int, priority: TicketPriority, expected: TicketPriority) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "priority": expected.value},
                {"$set": {"priority": priority.value}},
            )
        )
        return result.matched_count == 1
