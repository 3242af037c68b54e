"""SQL storage of staff's notes on tickets."""

from __future__ import annotations

from dataclasses import replace

from typing_extensions import override

from core.models import TicketNote
from database.contract import NoteStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import table
from database.sql.store import SQLStore

NOTES = table(RecordKind.TICKET_NOTES, ["id"])


class SQLNotes(SQLStore, NoteStore):
    """Notes in ``ticket_notes``, by ticket."""

    @override
    @retry_transient
    async def add_note(self, note: TicketNote) -> TicketNote:
        async with self._session() as s:
            result = await self._insert(s, RecordKind.TICKET_NOTES, note)
        assert result.lastrowid is not None
        return replace(note, id=result.lastrowid)

    @override
    @retry_transient
    async def list_notes(self, ticket_id: int) -> list[TicketNote]:
        async with self._reader() as s:
            rows = await s.fetchall(f"{NOTES.select} WHERE ticket_id = ? ORDER BY id", (ticket_id,))
        return [self._rows.load(TicketNote, row) for row in rows]
