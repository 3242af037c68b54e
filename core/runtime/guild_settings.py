"""Per-server settings and ticket types, read through a short-lived cache.

Settings change rarely and are read on every click, so each process keeps them for a few seconds and
replaces its copy with what it saved, so a change made in this process is seen at once, even by answers
that must come from memory. Another shard process sharing the database sees a change at most ``TTL``
seconds late; nothing about a ticket is ever cached here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Generic, TypeVar

from core.errors import DatabaseError, NotConfigured
from core.models import GuildConfig, Ticket, TicketRules, TicketType, utcnow
from core.rules import ticket_types

if TYPE_CHECKING:
    from config.settings import TicketDefaults
    from database import DatabaseAdapter

log = logging.getLogger(__name__)

TTL = 5.0
K = TypeVar("K")
V = TypeVar("V")


class _Shelf(Generic[K, V]):
    """Values loaded from the database, each kept for ``TTL`` seconds."""

    def __init__(self) -> None:
        self._entries: dict[K, tuple[float, V]] = {}

    def latest(self, key: K) -> V | None:
        """Return what is kept for ``key``, however old, or None."""
        entry = self._entries.get(key)
        return entry[1] if entry else None

    async def fetch(self, key: K, load: Callable[[K], Awaitable[V]]) -> V:
        """Return what is kept for ``key`` if it is fresh, else load it and keep it."""
        entry = self._entries.get(key)
        if entry is not None and time.monotonic() - entry[0] < TTL:
            return entry[1]
        return self.put(key, await load(key))

    def put(self, key: K, value: V) -> V:
        """Keep ``value`` as this process's fresh copy."""
        self._entries[key] = (time.monotonic(), value)
        return value

    def drop(self, key: K) -> None:
        """Forget ``key``, so the next read loads it."""
        self._entries.pop(key, None)


class GuildSettings:
    """Loads, caches and saves ``GuildConfig`` records and each server's ``TicketType`` list."""

    def __init__(self, db: DatabaseAdapter, defaults: TicketDefaults, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._clock = clock
        self._defaults = defaults
        self._configs: _Shelf[int, GuildConfig | None] = _Shelf()
        self._types: _Shelf[int, list[TicketType]] = _Shelf()

    def cached(self, guild_id: int) -> GuildConfig | None:
        """Return what is in memory, however old, without waiting: for answers that must come at once."""
        return self._configs.latest(guild_id)

    def cached_types(self, guild_id: int) -> list[TicketType] | None:
        """Return the server's types in memory, however old, or None when this process never loaded them."""
        return self._types.latest(guild_id)

    async def get(self, guild_id: int) -> GuildConfig | None:
        """Return a server's settings (at most ``TTL`` seconds old), or None before /setup."""
        return await self._configs.fetch(guild_id, self._db.get_guild_config)

    async def types(self, guild_id: int) -> list[TicketType]:
        """Return a server's ticket types (at most ``TTL`` seconds old), oldest first."""
        return await self._types.fetch(guild_id, self._db.list_ticket_types)

    async def for_ticket(self, ticket: Ticket) -> TicketRules:
        """Return the rules ``ticket`` follows: its type's settings laid over the server's (staff, place, texts, timers).

        A ticket opened before types existed belongs to the server's first type, made from its settings.
        """
        config = await self.require(ticket.guild_id)
        return ticket_types.effective(config, ticket_types.find(await self.types(ticket.guild_id), ticket.type_id))

    async def save_type(self, ticket_type: TicketType) -> TicketType:
        """Store a type and reload this process's copy of the server's list."""
        stored = await self._db.save_ticket_type(ticket_type)
        await self._reload_types(ticket_type.guild_id)
        return stored

    async def delete_type(self, ticket_type: TicketType) -> None:
        """Forget a type and reload this process's copy of the server's list."""
        await self._db.delete_ticket_type(ticket_type.id)
        await self._reload_types(ticket_type.guild_id)

    async def _reload_types(self, guild_id: int) -> None:
        """Replace the kept list with the stored one; if it cannot be read now, keep nothing rather than the old one.

        The change is stored either way, so a failed read is not the caller's failure.
        """
        self._types.drop(guild_id)
        try:
            self._types.put(guild_id, await self._db.list_ticket_types(guild_id))
        except DatabaseError as error:
            log.warning("guild=%s: ticket types not reloaded after a change: %s", guild_id, error)

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
        config = replace(config, updated_at=self._clock())
        await self._db.save_guild_config(config)
        self._configs.put(config.guild_id, config)
        return config
