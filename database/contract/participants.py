"""The storage contract for the members added to a ticket."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection
from datetime import datetime

from core.models import Participant, Ticket
from database.records import RecordKind

PARTICIPANTS = RecordKind.declare("participants", Participant, 60)


class ParticipantStore(ABC):
    """The members added to a ticket, and what members ask of their own tickets."""

    @abstractmethod
    async def add_participant(self, participant: Participant) -> bool:
        """Add a member to a ticket; False if they were in it already."""

    @abstractmethod
    async def remove_participant(self, ticket_id: int, user_id: int) -> bool:
        """Remove a member from a ticket; False if they were not in it."""

    @abstractmethod
    async def list_participants(self, ticket_id: int) -> list[Participant]:
        """Return a ticket's members, in the order they joined."""

    @abstractmethod
    async def list_member_tickets(self, user_id: int, guild_ids: Collection[int], limit: int) -> list[Ticket]:
        """Return the newest ``limit`` tickets of these servers that the member opened or is in, newest first.

        Indexed reads by opener and by participant: the cost follows the member's tickets, not the servers'.
        """

    @abstractmethod
    async def set_reopen_asked(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        """Set when an archived ticket was last asked to reopen, if it is still ``expected``; False otherwise."""
