"""MongoDB access to every record of a kind, in key order, for copying between backends."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from pymongo import ASCENDING, ReplaceOne
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
        sort = (
            [("ticket_id", ASCENDING), ("user_id", ASCENDING)]
            if kind is RecordKind.PARTICIPANTS
            else [("ticket_id", ASCENDING), ("position", ASCENDING), ("part", ASCENDING)]
            if kind is RecordKind.TRANSCRIPT_FILES
            else [("_id", ASCENDING)]
        )
        cursor = self._c(docs.COLLECTIONS[kind]).find({}).sort(sort)
        async for document in cursor:
            yield docs.READERS[kind](document)

    @override
    @retry_transient
    async def import_records(self, kind: RecordKind, records: Sequence[Record]) -> None:
        if not records:
            return
        documents = [docs.document(r) for r in records]
        await guard(
            self._c(docs.COLLECTIONS[kind]).bulk_write(
                [ReplaceOne({"_id": d["_id"]}, d, upsert=True) for d in documents]
            )
        )
        if kind in docs.SEQUENCED:
            top = max(d["_id"] for d in documents)
            await guard(
                self._c("sequences").update_one({"_id": docs.SEQUENCED[kind]}, {"$max": {"value": top}}, upsert=True)
            )
        if kind is RecordKind.TICKETS:
            for document in documents:
                if policy.is_active(TicketStatus(document["status"])):
                    await self._restore_slots(document)

    @override
    @retry_transient
    async def count_records(self, kind: RecordKind) -> int:
        return await guard(self._c(docs.COLLECTIONS[kind]).count_documents({}))
