"""SQL storage of transcripts and of the attachments kept with them, in pieces."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import override

from core.models import FileChunk, Transcript, TranscriptFile
from database.contract import TranscriptStore
from database.contract.transcripts import chunked, joined
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import table
from database.sql.store import SQLStore

TRANSCRIPTS = table(RecordKind.TRANSCRIPTS, ["ticket_id"])
FILES = table(RecordKind.TRANSCRIPT_FILES, ["ticket_id", "position", "part"])


class SQLTranscripts(SQLStore, TranscriptStore):
    """Transcripts in ``transcripts``; kept files in ``transcript_files``, one row per piece."""

    @override
    @retry_transient
    async def save_transcript(self, transcript: Transcript) -> None:
        async with self._session() as s:
            await self._upsert(s, RecordKind.TRANSCRIPTS, transcript)
            await s.execute(
                "UPDATE tickets SET message_count = ? WHERE id = ?", (transcript.message_count, transcript.ticket_id)
            )

    @override
    @retry_transient
    async def get_transcript(self, ticket_id: int) -> Transcript | None:
        async with self._reader() as s:
            row = await s.fetchone(f"{TRANSCRIPTS.select} WHERE ticket_id = ?", (ticket_id,))
        return None if row is None else self._rows.load(Transcript, row)

    @override
    @retry_transient
    async def save_transcript_files(self, ticket_id: int, files: Sequence[TranscriptFile]) -> None:
        async with self._session() as s:
            await s.execute("DELETE FROM transcript_files WHERE ticket_id = ?", (ticket_id,))
            for chunk in chunked(files):
                await self._upsert(s, RecordKind.TRANSCRIPT_FILES, chunk)

    @override
    @retry_transient
    async def get_transcript_file(self, ticket_id: int, position: int) -> TranscriptFile | None:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{FILES.select} WHERE ticket_id = ? AND position = ? ORDER BY part", (ticket_id, position)
            )
        return joined([self._rows.load(FileChunk, row) for row in rows])
