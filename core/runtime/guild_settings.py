"""Per-server settings and ticket types, kept in memory until they change.

Settings change rarely and are read on every click, so each process keeps what it read, parsed, and
replaces its copy with what it saved, so a change made in this process is seen at once, even by answers
that must come from memory. Every change also moves the server's count in the database's
``settings_changes`` (in the same write); at most every ``CHECK_EVERY`` seconds, before a read, a process
asks in one indexed statement which servers' counts moved lately and forgets only those copies. So
another shard process sharing the database sees a change a second or two late; nothing about a ticket is
ever cached here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Generic, TypeVar

from core.errors import DatabaseError, NotConfigured
from core.models import GuildConfig, Ticket, TicketRules, TicketType, utcnow
from core.rules import ticket_types

if TYPE_CHECKING:
    from config.settings import TicketDefaults
    from database import DatabaseAdapter

log = logging.getLogger(__name__)

# How often, at most, a process asks which servers' settings changed elsewhere.
CHECK_EVERY = 1.0
# Each ask reaches this far back before the previous one, so a change stamped by a slower clock, or
# committed a while after it was stamped, is still found; counts already seen are passed over.
OVERLAP = timedelta(seconds=60)
K = TypeVar("K")
V = TypeVar("V")


class _Shelf(Generic[K, V]):
    """Values loaded from the database, kept until dropped."""

    def __init__(self) -> None:
        self._entries: dict[K, V] = {}
        self._drops: dict[K, int] = {}

    def latest(self, key: K) -> V | None:
        """Return what is kept for ``key``, or None."""
        return self._entries.get(key)

    async def fetch(self, key: K, load: Callable[[K], Awaitable[V]]) -> V:
        """Return what is kept for ``key``, else load it and keep it unless it was dropped meanwhile."""
        if key in self._entries:
            return self._entries[key]
        drops = self._drops.get(key, 0)
        value = await load(key)
        if self._drops.get(key, 0) == drops:
            self._entries[key] = value
        return value

    def put(self, key: K, value: V) -> V:
        """Keep ``value`` as this process's copy."""
        self._entries[key] = value
        return value

    def drop(self, key: K) -> None:
        """Forget ``key``, so the next read loads it, and a load under way is not kept."""
        self._entries.pop(key, None)
        self._drops[key] = self._drops.get(key, 0) + 1


class GuildSettings:
    """Loads, caches and saves ``GuildConfig`` records and each server's ``TicketType`` list."""

    def __init__(self, db: DatabaseAdapter, defaults: TicketDefaults, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._clock = clock
        self._defaults = defaults
        self._configs: _Shelf[int, GuildConfig | None] = _Shelf()
        self._types: _Shelf[int, list[TicketType]] = _Shelf()
        # The database's stamps come from the machines' own clocks, so these do too, not the injected ``clock``.
        self._changes_since = utcnow() - OVERLAP
        self._counts: dict[int, int] = {}
        self._next_check = 0.0
        self._checking = asyncio.Lock()

    def cached(self, guild_id: int) -> GuildConfig | None:
        """Return what is in memory, without waiting or asking for changes: for answers that must come at once."""
        return self._configs.latest(guild_id)

    def cached_types(self, guild_id: int) -> list[TicketType] | None:
        """Return the server's types in memory, or None when this process holds none."""
        return self._types.latest(guild_id)

    async def get(self, guild_id: int) -> GuildConfig | None:
        """Return a server's settings (changes elsewhere seen within about ``CHECK_EVERY`` seconds), or None before /setup."""
        await self._forget_changed()
        return await self._configs.fetch(guild_id, self._db.get_guild_config)

    async def types(self, guild_id: int) -> list[TicketType]:
        """Return a server's ticket types (changes elsewhere seen within about ``CHECK_EVERY`` seconds), oldest first."""
        await self._forget_changed()
        return await self._types.fetch(guild_id, self._db.list_ticket_types)

    async def _forget_changed(self) -> None:
        """Unless asked lately, ask which servers' settings changed and forget this process's copies of them.

        One statement for all servers, whatever their number. A server whose count this process has not
        seen yet is forgotten too: its copy may have been read before the change.
        """
        if time.monotonic() < self._next_check:
            return
        async with self._checking:
            if time.monotonic() < self._next_check:
                return
            asked_at = utcnow()
            changes = await self._db.settings_changes(self._changes_since)
            for guild_id, count in changes.items():
                if self._counts.get(guild_id) != count:
                    self._counts[guild_id] = count
                    self._configs.drop(guild_id)
                    self._types.drop(guild_id)
            self._changes_since = asked_at - OVERLAP
            self._next_check = time.monotonic() + CHECK_EVERY

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
            await self._types.fetch(guild_id, self._db.list_ticket_types)
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
