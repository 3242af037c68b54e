"""MongoDB access to every record of a kind, in key order, for copying between backends."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from pymongo import ReplaceOne
from typing_extensions import override

from core.models import TicketStatus
from core.rules import policy
from database.contract import RecordStore
from database.mongo import documents as docs
from database.mongo.slots import MongoSlots
from database.mongo.store import guard
from database.records import Record, RecordKind
from database.retry import retry_transient


class MongoRecords(MongoSlots, RecordStore):
    """Reads and writes whole collections; imported ids move the sequences on, active tickets their slots."""

    @override
    async def iter_records(self, kind: RecordKind) -> AsyncIterator[Record]:
        stored = docs.COLLECTIONS[kind]
        async for document in self._c(stored.name).find({}).sort(stored.order):
            yield docs.read(kind, document)

    @override
    @retry_transient
    async def import_records(self, kind: RecordKind, records: Sequence[Record]) -> None:
        if not records:
            return
        stored, documents = docs.COLLECTIONS[kind], [docs.document(r) for r in records]
        await guard(self._c(stored.name).bulk_write([ReplaceOne({"_id": d["_id"]}, d, upsert=True) for d in documents]))
        if stored.sequenced:
            top = max(d["_id"] for d in documents)
            await guard(self._c("sequences").update_one({"_id": stored.name}, {"$max": {"value": top}}, upsert=True))
        if kind is RecordKind.TICKETS:
            for document in documents:
                if policy.is_active(TicketStatus(document["status"])):
                    await self._restore_slots(document)

    @override
    @retry_transient
    async def count_records(self, kind: RecordKind) -> int:
        return await guard(self._c(docs.COLLECTIONS[kind].name).count_documents({}))
