"""MongoDB storage of revoked web credentials."""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from core.models import Revoked, WebRevocation
from database.contract import WebAccessStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.records import RecordKind
from database.retry import retry_transient


def revocation(found: docs.Document) -> WebRevocation:
    """Rebuild a revocation."""
    values = docs.stored_fields(found, REVOCATIONS.key)
    return WebRevocation(**{**values, "kind": Revoked(values["kind"])})


# One revocation time per kind and subject: the two make the ``_id``.
REVOCATIONS = docs.collection(RecordKind.WEB_REVOCATIONS, ["kind", "subject_id"], read=revocation)


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
        document = await guard(self._c("web_revocations").find_one({"_id": docs.composite_id(kind.value, subject_id)}))
        return None if document is None else document["revoked_at"]
