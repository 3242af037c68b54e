"""SQL storage of how staff sort open tickets."""

from __future__ import annotations

from typing_extensions import override

from core.models import TicketPriority, TicketStatus
from database.contract.triage import TriageStore
from database.retry import retry_transient
from database.sql.store import SQLStore


class SQLTriage(SQLStore, TriageStore):
    """Priorities in the ``tickets`` table."""

    @override
    @retry_transient
    async def set_priority(self, ticket_id: int, priority: TicketPriority, expected: TicketPriority) -> bool:
        result = await self._write(
            "UPDATE tickets SET priority = ? WHERE id = ? AND status = ? AND priority = ?",
            (priority.value, ticket_id, TicketStatus.OPEN.value, expected.value),
        )
        return result.rowcount == 1
