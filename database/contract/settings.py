"""The storage contract for a server's settings and its ticket types."""

from __future__ import annotations

from abc import ABC, abstractmethod

from core.models import GuildConfig, TicketType


class SettingsStore(ABC):
    """A server's settings and its ticket types."""

    @abstractmethod
    async def get_guild_config(self, guild_id: int) -> GuildConfig | None:
        """Return a server's settings, or None before /setup."""

    @abstractmethod
    async def save_guild_config(self, config: GuildConfig) -> None:
        """Insert or replace a server's settings."""

    @abstractmethod
    async def list_ticket_types(self, guild_id: int) -> list[TicketType]:
        """Return a server's ticket types, oldest first (the first is the one a typeless panel opens)."""

    @abstractmethod
    async def save_ticket_type(self, ticket_type: TicketType) -> TicketType:
        """Store a new type (id 0) or replace a stored one; return it with its id.

        Raises ``StorageConflict`` (``type_name_taken``) when another type of the server has the same name (case-insensitive).
        """

    @abstractmethod
    async def delete_ticket_type(self, type_id: int) -> None:
        """Forget a type; its tickets keep their type id and fall back to the server's settings."""
