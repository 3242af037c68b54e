"""SQL storage of tickets' alert posts, in the ``tickets`` table."""

from __future__ import annotations

from typing_extensions import override

from database.contract.alerts import AlertStore
from database.retry import retry_transient
from database.sql.store import SQLStore


class SQLAlerts(SQLStore, AlertStore):
    """Alert posts as a column of ``tickets``."""

    @override
    @retry_transient
    async def set_alert_message(self, ticket_id: int, message_id: int) -> None:
        await self._write("UPDATE tickets SET alert_message_id = ? WHERE id = ?", (message_id, ticket_id))
