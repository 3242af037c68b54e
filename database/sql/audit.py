"""SQL storage of the audit log."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from core.models import AuditEntry
from database.contract import AuditStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import table
from database.sql.store import SQLStore

ENTRIES = table(RecordKind.AUDIT_ENTRIES, ["id"])


class SQLAudit(SQLStore, AuditStore):
    """Entries in ``audit_entries``; ids grow, so the newest has the highest."""

    @override
    @retry_transient
    async def add_audit_entry(self, entry: AuditEntry) -> AuditEntry:
        async with self._session() as s:
            return await self._insert_audit(s, entry)

    @override
    @retry_transient
    async def list_audit_entries(self, guild_id: int, limit: int = 50) -> list[AuditEntry]:
        async with self._reader() as s:
            rows = await s.fetchall(f"{ENTRIES.select} WHERE guild_id = ? ORDER BY id DESC LIMIT ?", (guild_id, limit))
        return [self._rows.load(AuditEntry, row) for row in rows]

    @override
    @retry_transient
    async def has_audit_entry(self, guild_id: int, ticket_id: int, action: str, since: datetime) -> bool:
        async with self._reader() as s:
            row = await s.fetchone(
                "SELECT 1 FROM audit_entries WHERE guild_id = ? AND ticket_id = ? AND action = ? AND created_at >= ?"
                " LIMIT 1",
                (guild_id, ticket_id, action, self._to_db(since)),
            )
        return row is not None
