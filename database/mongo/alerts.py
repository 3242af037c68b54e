"""MongoDB storage of tickets' alert posts, in ``tickets``."""

from __future__ import annotations

from typing_extensions import override

from database.contract.alerts import AlertStore
from database.mongo.store import MongoStore, guard
from database.retry import retry_transient


class MongoAlerts(MongoStore, AlertStore):
    """Alert posts as a field of ``tickets``."""

    @override
    @retry_transient
    async def set_alert_message(self, ticket_id: int, message_id: int) -> None:
        await guard(self._c("tickets").update_one({"_id": ticket_id}, {"$set": {"alert_message_id": message_id}}))
