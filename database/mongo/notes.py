"""MongoDB storage of staff's notes on tickets."""

from __future__ import annotations

from dataclasses import replace

from pymongo import ASCENDING
from typing_extensions import override

from core.models import TicketNote
from database.contract import NoteStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.records import RecordKind
from database.retry import retry_transient

NOTES = docs.collection(RecordKind.TICKET_NOTES, sequenced=True)


class MongoNotes(MongoStore, NoteStore):
    """Notes in ``ticket_notes``, by ticket."""

    @override
    @retry_transient
    async def add_note(self, note: TicketNote) -> TicketNote:
        stored = replace(note, id=await self._next_id("ticket_notes"))
        await guard(self._c("ticket_notes").insert_one(docs.document(stored)))
        return stored

    @override
    @retry_transient
    async def list_notes(self, ticket_id: int) -> list[TicketNote]:
        cursor = self._c("ticket_notes").find({"ticket_id": ticket_id}).sort("_id", ASCENDING)
        return [docs.load(TicketNote, d) for d in await guard(cursor.to_list())]
