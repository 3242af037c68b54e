"""MongoDB storage of revoked web credentials."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from core.models import Revoked, WebRevocation
from database.contract import WebAccessStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.retry import retry_transient


class MongoWebAccess(MongoStore, WebAccessStore):
    """Revocations in ``web_revocations``, keyed ``kind:subject``."""

    @override
    @retry_transient
    async def revoke_web_access(self, revocation: WebRevocation) -> None:
        document = docs.document(revocation)
        await guard(
            self._c("web_revocations").update_one(
                {"_id": document["_id"]},
                {
                    "$max": {"revoked_at": revocation.revoked_at},
                    "$setOnInsert": {"kind": document["kind"], "subject_id": revocation.subject_id},
                },
                upsert=True,
            )
        )

    @override
    @retry_transient
    async def web_access_revoked_at(self, kind: Revoked, subject_id: int) -> datetime | None:
        document = await guard(self._c("web_revocations").find_one({"_id": docs.revocation_id(kind, subject_id)}))
        return None if document is None else document["revoked_at"]
