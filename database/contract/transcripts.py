"""The storage contract for a closed ticket's transcript and the attachments kept with it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from core.models import Transcript, TranscriptFile


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
