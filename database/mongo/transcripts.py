"""MongoDB storage of transcripts and of the attachments kept with them, in pieces."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import override

from core.models import FileChunk, Transcript, TranscriptFile
from database.contract import TranscriptStore
from database.contract.transcripts import chunked, joined
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.records import RecordKind, as_bytes
from database.retry import retry_transient


def transcript(found: docs.Document) -> Transcript:
    """Rebuild a transcript (those stored before schema v3 hold text)."""
    values = docs.stored_fields(found, ["ticket_id"])
    return Transcript(**{**values, "html": as_bytes(values["html"]), "text": as_bytes(values["text"])})


def file_chunk(found: docs.Document) -> FileChunk:
    """Rebuild one piece of a kept file."""
    values = docs.stored_fields(found, FILES.key)
    return FileChunk(**{**values, "data": bytes(values["data"])})


TRANSCRIPTS = docs.collection(RecordKind.TRANSCRIPTS, ["ticket_id"], read=transcript)
FILES = docs.collection(RecordKind.TRANSCRIPT_FILES, ["ticket_id", "position", "part"], read=file_chunk)


class MongoTranscripts(MongoStore, TranscriptStore):
    """Transcripts in ``transcripts``; kept files in ``transcript_files``, one document per piece."""

    @override
    @retry_transient
    async def save_transcript(self, transcript: Transcript) -> None:
        document = docs.document(transcript)
        await guard(self._c("transcripts").replace_one({"_id": document["_id"]}, document, upsert=True))
        await guard(
            self._c("tickets").update_one(
                {"_id": transcript.ticket_id}, {"$set": {"message_count": transcript.message_count}}
            )
        )

    @override
    @retry_transient
    async def get_transcript(self, ticket_id: int) -> Transcript | None:
        document = await guard(self._c("transcripts").find_one({"_id": ticket_id}))
        return None if document is None else transcript(document)

    @override
    @retry_transient
    async def save_transcript_files(self, ticket_id: int, files: Sequence[TranscriptFile]) -> None:
        collection = self._c("transcript_files")
        await guard(collection.delete_many({"ticket_id": ticket_id}))
        documents = [docs.document(chunk) for chunk in chunked(files)]
        if documents:
            await guard(collection.insert_many(documents, ordered=False))

    @override
    @retry_transient
    async def get_transcript_file(self, ticket_id: int, position: int) -> TranscriptFile | None:
        cursor = self._c("transcript_files").find({"ticket_id": ticket_id, "position": position}).sort("part")
        return joined([file_chunk(d) for d in await guard(cursor.to_list())])
