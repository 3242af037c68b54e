"""MongoDB storage of the audit log."""

from __future__ import annotations

from datetime import datetime

from pymongo import DESCENDING
from typing_extensions import override

from core.models import AuditEntry
from database.contract import AuditStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.records import RecordKind
from database.retry import retry_transient

ENTRIES = docs.collection(RecordKind.AUDIT_ENTRIES, sequenced=True)


class MongoAudit(MongoStore, AuditStore):
    """Entries in ``audit_entries``; ids grow, so the newest has the highest."""

    @override
    @retry_transient
    async def add_audit_entry(self, entry: AuditEntry) -> AuditEntry:
        return await self._insert_audit(entry)

    @override
    @retry_transient
    async def list_audit_entries(self, guild_id: int, limit: int = 50) -> list[AuditEntry]:
        cursor = self._c("audit_entries").find({"guild_id": guild_id}).sort("_id", DESCENDING).limit(limit)
        return [docs.load(AuditEntry, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def has_audit_entry(self, guild_id: int, ticket_id: int, action: str, since: datetime) -> bool:
        query = {"guild_id": guild_id, "ticket_id": ticket_id, "action": action, "created_at": {"$gte": since}}
        return await guard(self._c("audit_entries").find_one(query, {"_id": 1})) is not None
