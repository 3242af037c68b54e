"""What every ticket operation works with, built once per bot."""

from __future__ import annotations

import asyncio
import weakref
from collections import Counter
from collections.abc import AsyncIterator, Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Generic, TypeVar

import discord

from core.errors import UserInputError
from core.i18n import t
from core.models import GuildConfig, Ticket, utcnow
from core.runtime.scheduler import paced
from core.transcripts.render import TranscriptOptions

K = TypeVar("K")

if TYPE_CHECKING:
    from core.places.channels import Places
    from core.runtime.guild_settings import GuildSettings
    from core.runtime.journal import Journal
    from database import DatabaseAdapter


class RecentIds:
    """The last ``size`` ids added, for quick "did we just do this?" checks that never grow without bound."""

    def __init__(self, size: int) -> None:
        self._ids: dict[int, None] = {}
        self._size = size

    def add(self, item: int) -> None:
        """Remember an id, forgetting the oldest beyond ``size``."""
        self._ids[item] = None
        if len(self._ids) > self._size:
            del self._ids[next(iter(self._ids))]

    def __contains__(self, item: object) -> bool:
        return item in self._ids


class KeyedLocks(Generic[K]):
    """One lock per key, for work that must not interleave on one ticket or member in this process.

    A server's interactions all reach the one process that holds its shard, so such a lock suffices where
    the database has no compare-and-set for the check. A lock is forgotten once nobody holds or awaits it.
    """

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[K, asyncio.Lock] = weakref.WeakValueDictionary()

    def __call__(self, key: K) -> asyncio.Lock:
        """Return the lock of ``key``."""
        return self._locks.setdefault(key, asyncio.Lock())


@dataclass(frozen=True, slots=True)
class TicketKey:
    """How an interaction names a ticket: by id (buttons and modals carry it) or by its channel."""

    ticket_id: int | None = None
    channel_id: int | None = None


class Busy:
    """The tickets operations in this process are working on now, each mark given back by its taker.

    Counted: two operations on one ticket at once (two staff closing it) each hold a mark, so the one that
    finishes first does not leave the other's work looking abandoned.
    """

    def __init__(self) -> None:
        self._marks: Counter[int] = Counter()

    def add(self, ticket_id: int) -> None:
        """Take a mark on the ticket."""
        self._marks[ticket_id] += 1

    def discard(self, ticket_id: int) -> None:
        """Give back a mark taken with ``add``."""
        self._marks[ticket_id] -= 1
        if self._marks[ticket_id] <= 0:
            del self._marks[ticket_id]

    def __contains__(self, ticket_id: object) -> bool:
        return ticket_id in self._marks


@dataclass(slots=True)
class Services:
    """The database, settings, journal and Discord seam, and the tickets this process is working on."""

    client: discord.Client
    db: DatabaseAdapter
    settings: GuildSettings
    journal: Journal
    places: Places
    clock: Callable[[], datetime] = utcnow
    transcripts: TranscriptOptions = field(default_factory=TranscriptOptions)
    # Tickets whose open or close runs in this process now; recovery leaves them alone.
    busy: Busy = field(default_factory=Busy)
    # Places this process retired lately: their deletion events need no look-up.
    retired: RecentIds = field(default_factory=lambda: RecentIds(10_000))

    @property
    def bot_id(self) -> int:
        """The bot's own user id: the actor of what it does by itself."""
        assert self.client.user is not None
        return self.client.user.id

    async def load(self, key: TicketKey) -> Ticket:
        """Load the ticket a key names, or say that there is none."""
        if key.ticket_id is not None:
            ticket = await self.db.get_ticket(key.ticket_id)
        else:
            ticket = await self.db.get_ticket_by_channel(key.channel_id or 0)
        if ticket is None:
            raise UserInputError(t("ticket-not-a-ticket"))
        return ticket

    def guild(self, ticket: Ticket) -> discord.Guild:
        """Return the ticket's server; operations run only in processes that hold it."""
        guild = self.client.get_guild(ticket.guild_id)
        if guild is None:
            raise UserInputError(t("ticket-server-gone"))
        return guild


async def by_server(
    deps: Services, held: Collection[int], tickets: Iterable[Ticket]
) -> AsyncIterator[tuple[discord.Guild, GuildConfig, list[Ticket]]]:
    """Yield each server held here, in the cache and set up, that has some of ``tickets``: with its settings and them.

    Start-up work reads the tickets of every server in one query and visits only the servers that have
    some, so its cost follows the tickets, not the servers; the event loop is handed back between chunks.
    """
    grouped: dict[int, list[Ticket]] = {}
    for ticket in tickets:
        if ticket.guild_id in held:
            grouped.setdefault(ticket.guild_id, []).append(ticket)
    async for guild_id, its in paced(grouped.items()):
        guild = deps.client.get_guild(guild_id)
        config = await deps.settings.get(guild_id) if guild is not None else None
        if guild is not None and config is not None:
            yield guild, config, its


def context(ticket: Ticket) -> str:
    """Return the ids every log line about a ticket carries."""
    return f"guild={ticket.guild_id} ticket={ticket.id} number={ticket.number} user={ticket.opener_id}"
