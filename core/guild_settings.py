"""Per-server settings and ticket types, read through a short-lived cache.

Settings change rarely and are read on every click, so each process keeps them for a few seconds and
drops its copy when it saves. Another shard process sharing the database sees a change at most
``TTL`` seconds late; nothing about a ticket is ever cached here.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from core import ticket_types
from core.errors import NotConfigured
from core.models import GuildConfig, Ticket, TicketType, utcnow

if TYPE_CHECKING:
    from config.settings import TicketDefaults
    from database import DatabaseAdapter

TTL = 5.0


class GuildSettings:
    """Loads, caches and saves ``GuildConfig`` records and each server's ``TicketType`` list."""

    def __init__(self, db: DatabaseAdapter, defaults: TicketDefaults) -> None:
        self._db = db
        self._defaults = defaults
        self._cache: dict[int, tuple[float, GuildConfig | None]] = {}
        self._types: dict[int, tuple[float, list[TicketType]]] = {}

    def cached(self, guild_id: int) -> GuildConfig | None:
        """Return what is in memory, however old, without waiting: for answers that must come at once."""
        entry = self._cache.get(guild_id)
        return entry[1] if entry else None

    def cached_types(self, guild_id: int) -> list[TicketType] | None:
        """Return the server's types in memory, however old, or None when this process never loaded them."""
        entry = self._types.get(guild_id)
        return entry[1] if entry else None

    async def get(self, guild_id: int) -> GuildConfig | None:
        """Return a server's settings (at most ``TTL`` seconds old), or None before /setup."""
        entry = self._cache.get(guild_id)
        if entry is not None and time.monotonic() - entry[0] < TTL:
            return entry[1]
        config = await self._db.get_guild_config(guild_id)
        self._cache[guild_id] = (time.monotonic(), config)
        return config

    async def types(self, guild_id: int) -> list[TicketType]:
        """Return a server's ticket types (at most ``TTL`` seconds old), oldest first."""
        entry = self._types.get(guild_id)
        if entry is not None and time.monotonic() - entry[0] < TTL:
            return entry[1]
        types = await self._db.list_ticket_types(guild_id)
        self._types[guild_id] = (time.monotonic(), types)
        return types

    async def for_ticket(self, ticket: Ticket) -> GuildConfig:
        """Return the settings as ``ticket``'s type sees them (its staff, category, naming and welcome).

        A ticket opened before types existed belongs to the server's first type, made from its settings.
        """
        config = await self.require(ticket.guild_id)
        return ticket_types.effective(config, ticket_types.find(await self.types(ticket.guild_id), ticket.type_id))

    async def save_type(self, ticket_type: TicketType) -> TicketType:
        """Store a type and drop this process's copy of the server's list."""
        stored = await self._db.save_ticket_type(ticket_type)
        self._types.pop(ticket_type.guild_id, None)
        return stored

    async def delete_type(self, ticket_type: TicketType) -> None:
        """Forget a type and drop this process's copy of the server's list."""
        await self._db.delete_ticket_type(ticket_type.id)
        self._types.pop(ticket_type.guild_id, None)

    async def require(self, guild_id: int) -> GuildConfig:
        """Return a server's settings, or raise NotConfigured when /setup has not run."""
        config = await self.get(guild_id)
        if config is None or not config.is_set_up:
            raise NotConfigured()
        return config

    def new(self, guild_id: int) -> GuildConfig:
        """Return a server's starting settings, from ``config.yaml``'s ``tickets`` section."""
        return GuildConfig(
            guild_id=guild_id,
            max_open_tickets=self._defaults.max_open_tickets,
            channel_name_template=self._defaults.channel_name_template,
            welcome_message=self._defaults.welcome_message,
        )

    async def save(self, config: GuildConfig) -> GuildConfig:
        """Store a server's settings (stamped now) and keep them as this process's copy."""
        config = replace(config, updated_at=utcnow())
        await self._db.save_guild_config(config)
        self._cache[config.guild_id] = (time.monotonic(), config)
        return config
