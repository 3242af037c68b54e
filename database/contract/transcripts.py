"""The storage contract for a closed ticket's transcript and the attachments kept with it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from core.models import FileChunk, Transcript, TranscriptFile
from database.records import RecordKind

TRANSCRIPTS = RecordKind.declare("transcripts", Transcript, 70)
TRANSCRIPT_FILES = RecordKind.declare("transcript_files", FileChunk, 80, page=16)

CHUNK_SIZE = 512 * 1024  # under MySQL's smallest max_allowed_packet and MongoDB's 16 MB documents, with room


def chunked(files: Sequence[TranscriptFile]) -> list[FileChunk]:
    """Cut files into the pieces they are stored as (an empty file is one empty piece)."""
    return [
        FileChunk(f.ticket_id, f.position, part, f.filename, f.content_type, f.data[start : start + CHUNK_SIZE])
        for f in files
        for part, start in enumerate(range(0, max(len(f.data), 1), CHUNK_SIZE))
    ]


def joined(chunks: Sequence[FileChunk]) -> TranscriptFile | None:
    """Put a file's pieces, in order, back together; None when there are none."""
    if not chunks:
        return None
    first = chunks[0]
    return TranscriptFile(
        first.ticket_id, first.position, first.filename, first.content_type, b"".join(c.data for c in chunks)
    )


class TranscriptStore(ABC):
    """A closed ticket's transcript and the attachments kept with it."""

    @abstractmethod
    async def save_transcript(self, transcript: Transcript) -> None:
        """Store a closing ticket's transcript, replacing one stored before (so the step can be repeated)."""

    @abstractmethod
    async def get_transcript(self, ticket_id: int) -> Transcript | None:
        """Return a closed ticket's transcript."""

    @abstractmethod
    async def save_transcript_files(self, ticket_id: int, files: Sequence[TranscriptFile]) -> None:
        """Store the attachments kept with a ticket's transcript, replacing any kept at an earlier close."""

    @abstractmethod
    async def get_transcript_file(self, ticket_id: int, position: int) -> TranscriptFile | None:
        """Return one kept attachment of a ticket's transcript."""
