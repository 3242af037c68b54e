"""The storage contract for the notes staff keep on tickets."""

from __future__ import annotations

from abc import ABC, abstractmethod

from core.models import TicketNote
from database.records import RecordKind

TICKET_NOTES = RecordKind.declare("ticket_notes", TicketNote, 65)


class NoteStore(ABC):
    """Staff's notes on tickets, which members never see."""

    @abstractmethod
    async def add_note(self, note: TicketNote) -> TicketNote:
        """Store a new note (``id`` 0) and return it with its id."""

    @abstractmethod
    async def list_notes(self, ticket_id: int) -> list[TicketNote]:
        """Return a ticket's notes, oldest first."""
