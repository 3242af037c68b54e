"""Per-server settings and ticket types, kept in memory until they change.

Settings change rarely and are read on every click, so each process keeps what it read, parsed, and
replaces its copy with what it saved, so a change made in this process is seen at once, even by answers
that must come from memory. Every change also moves the server's count in the database's
``settings_changes`` (in the same write); at most every ``CHECK_EVERY`` seconds, when read, a process
asks in the background, in one indexed statement, which servers' counts moved lately and forgets only
those copies. So another shard process sharing the database sees a change about a second late; nothing
about a ticket is ever cached here.
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
# Each ask reaches this far back before the latest stamp seen, so a change stamped by a slower clock, or
# committed a while after it was stamped, is still found; counts already seen are passed over.
OVERLAP = timedelta(seconds=60)
K = TypeVar("K")
V = TypeVar("V")


class _Shelf(Generic[K, V]):
    """Values loaded from the database, kept until they are known to have changed."""

    def __init__(self) -> None:
        self._entries: dict[K, V] = {}
        self._stale: set[K] = set()
        self._drops: dict[K, int] = {}
        # Loads under way, with the key's drop count when each started: readers meanwhile share it.
        self._loading: dict[K, tuple[asyncio.Future[V], int]] = {}

    def latest(self, key: K) -> V | None:
        """Return what is kept for ``key``, even if known to have changed since, or None."""
        return self._entries.get(key)

    async def fetch(self, key: K, load: Callable[[K], Awaitable[V]]) -> V:
        """Return what is kept for ``key`` unless it changed, else load it and keep it.

        Readers that come while a load is under way share it: a burst of clicks on a server not read yet
        costs one load. A load that a change may have overtaken is kept as out of date: for ``latest``, not
        for the next read (nor shared with readers after the change).
        """
        if key in self._entries and key not in self._stale:
            return self._entries[key]
        drops = self._drops.get(key, 0)
        pending = self._loading.get(key)
        if pending is None or pending[1] != drops:  # none under way, or one a change has overtaken
            loading = asyncio.ensure_future(self._load(key, load, drops))
            pending = self._loading[key] = (loading, drops)
            loading.add_done_callback(lambda done: self._loaded(key, done))
        # Shielded: a reader that gives up does not cancel the load the others wait for.
        return await asyncio.shield(pending[0])

    async def _load(self, key: K, load: Callable[[K], Awaitable[V]], drops: int) -> V:
        value = await load(key)
        self.put(key, value)
        if self._drops.get(key, 0) != drops:
            self._stale.add(key)
        return value

    def _loaded(self, key: K, done: asyncio.Future[V]) -> None:
        if key in self._loading and self._loading[key][0] is done:
            del self._loading[key]
        if not done.cancelled():
            done.exception()  # retrieved here, so a failure nobody awaited any more is not logged as lost

    def put(self, key: K, value: V) -> V:
        """Keep ``value`` as this process's copy."""
        self._entries[key] = value
        self._stale.discard(key)
        return value

    def drop(self, key: K) -> None:
        """Have the next read of ``key`` load it, and a load under way not be kept (``latest`` still has the old copy)."""
        if key in self._entries:
            self._stale.add(key)
        self._drops[key] = self._drops.get(key, 0) + 1

    def forget(self, key: K) -> None:
        """Drop ``key`` and its old copy too."""
        self.drop(key)
        self._entries.pop(key, None)
        self._stale.discard(key)


class GuildSettings:
    """Loads, caches and saves ``GuildConfig`` records and each server's ``TicketType`` list."""

    def __init__(self, db: DatabaseAdapter, defaults: TicketDefaults, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._clock = clock
        self._defaults = defaults
        self._configs: _Shelf[int, GuildConfig | None] = _Shelf()
        self._types: _Shelf[int, list[TicketType]] = _Shelf()
        # Reckoned from the database's own stamps (the writers' clocks), never from this process's clock.
        self._changes_since: datetime | None = None
        self._counts: dict[int, int] = {}
        self._next_check = 0.0
        self._asking: asyncio.Task[None] | None = None

    def cached(self, guild_id: int) -> GuildConfig | None:
        """Return what is in memory, even if known to be out of date, without waiting: for answers that must come at once."""
        return self._configs.latest(guild_id)

    def cached_types(self, guild_id: int) -> list[TicketType] | None:
        """Return the server's types in memory, even if out of date, or None when this process never loaded them."""
        return self._types.latest(guild_id)

    async def get(self, guild_id: int) -> GuildConfig | None:
        """Return a server's settings (changes elsewhere seen within about ``CHECK_EVERY`` seconds), or None before /setup."""
        self._forget_changed()
        return await self._configs.fetch(guild_id, self._db.get_guild_config)

    async def types(self, guild_id: int) -> list[TicketType]:
        """Return a server's ticket types (changes elsewhere seen within about ``CHECK_EVERY`` seconds), oldest first."""
        self._forget_changed()
        return await self._types.fetch(guild_id, self._db.list_ticket_types)

    def _forget_changed(self) -> None:
        """Unless asked lately (or still asking), start asking which servers' settings changed elsewhere.

        Reads do not wait for the answer: until it comes they use the copies they have, as they would have
        a moment earlier.
        """
        if time.monotonic() < self._next_check or (self._asking is not None and not self._asking.done()):
            return
        self._next_check = time.monotonic() + CHECK_EVERY
        self._asking = asyncio.create_task(self._ask(), name="settings changes")  # i18n: an asyncio task name

    async def _ask(self) -> None:
        """Ask which servers' counts of changes moved, and forget this process's copies of those servers.

        One statement for all servers, whatever their number: the first ask reads every server's count, later
        ones those stamped since ``OVERLAP`` before the latest stamp seen. A server whose count this process
        has not seen yet is forgotten too: its copy may have been read before the change. When the database
        cannot answer, the copies are used a while longer, and the next ask reaches back as far.
        """
        try:
            changes = await self._db.settings_changes(self._changes_since)
        except DatabaseError as error:
            log.warning("could not ask which servers' settings changed elsewhere: %s", error)
            return
        for guild_id, (count, _) in changes.items():
            if self._counts.get(guild_id) != count:
                self._counts[guild_id] = count
                self._configs.drop(guild_id)
                self._types.drop(guild_id)
        latest = max((changed_at for _, changed_at in changes.values()), default=None)
        if latest is not None and (self._changes_since is None or latest - OVERLAP > self._changes_since):
            self._changes_since = latest - OVERLAP

    async def stop(self) -> None:
        """Stop an ask under way, at shutdown."""
        if self._asking is not None:
            self._asking.cancel()
            await asyncio.gather(self._asking, return_exceptions=True)

    async def for_ticket(self, ticket: Ticket) -> TicketRules:
        """Return the rules ``ticket`` follows: its type's settings laid over the server's (staff, place, texts, timers).

        A ticket opened before types existed belongs to the server's first type, made from its settings.
        """
        return await self.for_type(ticket.guild_id, ticket.type_id)

    async def for_type(self, guild_id: int, type_id: int | None) -> TicketRules:
        """Return the rules the server's tickets of a type follow (``for_ticket``, from the ids alone)."""
        config = await self.require(guild_id)
        return ticket_types.effective(config, ticket_types.find(await self.types(guild_id), type_id))

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
        self._types.forget(guild_id)
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
