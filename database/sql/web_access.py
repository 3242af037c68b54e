"""SQL storage of revoked web credentials."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from core.models import Revoked, WebRevocation
from database.contract import WebAccessStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import table
from database.sql.store import SQLStore

REVOCATIONS = table(RecordKind.WEB_REVOCATIONS, ["kind", "subject_id"])


class SQLWebAccess(SQLStore, WebAccessStore):
    """Revocations in ``web_revocations``, one row per subject."""

    @override
    @retry_transient
    async def revoke_web_access(self, revocation: WebRevocation) -> None:
        at = self._to_db(revocation.revoked_at)
        async with self._session() as s:
            # Insert if new, then move the time only forward: the later revocation wins in any order.
            await self._insert(s, RecordKind.WEB_REVOCATIONS, revocation, ignore=True)
            await s.execute(
                "UPDATE web_revocations SET revoked_at = ? WHERE kind = ? AND subject_id = ? AND revoked_at < ?",
                (at, revocation.kind.value, revocation.subject_id, at),
            )

    @override
    @retry_transient
    async def web_access_revoked_at(self, kind: Revoked, subject_id: int) -> datetime | None:
        async with self._reader() as s:
            row = await s.fetchone(
                "SELECT revoked_at FROM web_revocations WHERE kind = ? AND subject_id = ?", (kind.value, subject_id)
            )
        return None if row is None else self._from_db(row[0])
