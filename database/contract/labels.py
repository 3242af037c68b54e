"""The storage contract for a server's labels and the labels put on its tickets."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from core.models import Label, TicketLabel
from database.records import RecordKind

LABELS = RecordKind.declare("labels", Label, 45)
TICKET_LABELS = RecordKind.declare("ticket_labels", TicketLabel, 62)


class LabelStore(ABC):
    """A server's labels, unique by name regardless of case, and which tickets carry them."""

    @abstractmethod
    async def create_label(self, label: Label) -> Label:
        """Store a new label (``id`` 0) and return it with its id.

        Raises StorageConflict (``label_name_taken``) when the server has a label of that name, in any case.
        """

    @abstractmethod
    async def delete_label(self, guild_id: int, label_id: int) -> bool:
        """Delete a server's label and take it off every ticket; False when it was gone already."""

    @abstractmethod
    async def list_labels(self, guild_id: int) -> list[Label]:
        """Return a server's labels, by name."""

    @abstractmethod
    async def add_ticket_label(self, label: TicketLabel) -> bool:
        """Put a label on a ticket; False when it was on it already."""

    @abstractmethod
    async def remove_ticket_label(self, ticket_id: int, label_id: int) -> bool:
        """Take a label off a ticket; False when it was not on it."""

    @abstractmethod
    async def ticket_labels(self, ticket_ids: Sequence[int]) -> dict[int, list[int]]:
        """Return the labels on each of these tickets (ids, in the order they were put on); none: left out."""
