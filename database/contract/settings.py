"""The storage contract for a server's settings and its ticket types."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter

from core.models import GuildConfig, TicketType
from database.records import RecordKind

GUILD_CONFIGS = RecordKind.declare("guild_configs", GuildConfig, 10)
TICKET_TYPES = RecordKind.declare("ticket_types", TicketType, 30)

# A type's settings are stored as one document (a JSON column on SQL): they grow with every feature,
# and nothing queries inside them. Pydantic checks what comes back, so a hand-edited row fails loudly.
_TYPES = TypeAdapter(TicketType)
_TYPE_COLUMNS = {"id", "guild_id", "name", "created_at"}


def type_options(ticket_type: TicketType) -> dict[str, Any]:
    """Return a type's settings (all but its id, server, name and creation time) as JSON-ready data."""
    options: dict[str, Any] = _TYPES.dump_python(ticket_type, mode="json", exclude=_TYPE_COLUMNS)
    return options


def ticket_type(type_id: int, guild_id: int, name: str, created_at: datetime, options: Any) -> TicketType:
    """Rebuild a stored type from its columns and its settings document (a dict, or JSON text)."""
    document = json.loads(options) if isinstance(options, str | bytes) else options
    fields = {"id": type_id, "guild_id": guild_id, "name": name, "created_at": created_at}
    return _TYPES.validate_python({**document, **fields})


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

    @abstractmethod
    async def settings_changes(self, since: datetime | None) -> dict[int, tuple[int, datetime]]:
        """Return each server whose settings, staff roles or types changed at or after ``since`` (None: ever).

        For each, its count of changes and when the last was stamped: every save and deletion above moves
        its server's count on and stamps it with this machine's clock, in the same write (on MongoDB, just
        after it), so a process can tell which servers' copies to read again.
        """
