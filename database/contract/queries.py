"""The storage contract for reading tickets: one by id or channel, lists, searches and counts."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection

from core.models import Ticket, TicketSearch, TicketStatus


class TicketQueryStore(ABC):
    """Reading tickets: one by id or channel, lists, searches and counts."""

    @abstractmethod
    async def get_ticket(self, ticket_id: int) -> Ticket | None:
        """Return one ticket."""

    @abstractmethod
    async def get_ticket_by_channel(self, channel_id: int) -> Ticket | None:
        """Return the ticket whose channel this is."""

    @abstractmethod
    async def list_tickets(
        self, statuses: Collection[TicketStatus], guild_id: int | None = None, *, opener_id: int | None = None
    ) -> list[Ticket]:
        """Return the tickets in any of ``statuses``, of one server or of all, oldest first."""

    @abstractmethod
    async def search_tickets(self, search: TicketSearch) -> list[Ticket]:
        """Return one page of a server's tickets matching ``search``, newest (highest number) first."""

    @abstractmethod
    async def count_open_tickets(self, guild_id: int | None = None) -> int:
        """Return how many tickets are open in a server, or in all of them."""
