"""The audit log: entries are stored inside each operation, then posted to the log channel from a queue.

Posting is off every member's path: the queue is drained by one background task that waits a moment to
gather a burst and posts up to 10 entries of a server per message; while a burst lasts, a server's
entries that would not fill a message wait a few more moments for others. A slow or missing log
channel only delays or drops posts; the entries are in the database either way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import discord

from core import messages
from core.audit import AuditAction, marked
from core.i18n import Text
from core.i18n.languages import of_server
from core.models import AuditEntry, utcnow

if TYPE_CHECKING:
    from core.runtime.guild_settings import GuildSettings
    from database import DatabaseAdapter

log = logging.getLogger(__name__)

BATCH_WINDOW = 0.5
HOLD_WINDOWS = 6
EMBEDS_PER_MESSAGE = 10
EMBED_CHARACTERS = 6000
QUEUE_LIMIT = 10_000


class Journal:
    """Records audit entries and posts them to each server's log channel in the background."""

    def __init__(
        self,
        db: DatabaseAdapter,
        client: discord.Client,
        settings: GuildSettings,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._db = db
        self._clock = clock
        self._client = client
        self._settings = settings
        self._queue: asyncio.Queue[tuple[AuditEntry, str | None]] = asyncio.Queue(QUEUE_LIMIT)
        self._worker: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def entry(
        self, guild_id: int, actor_id: int, action: AuditAction, details: Text, ticket_id: int | None = None
    ) -> AuditEntry:
        """Make an entry to store (its id comes from the database); its details are kept as key and parameters."""
        return AuditEntry(None, guild_id, ticket_id, actor_id, action, marked(details).dump(), self._clock())

    async def record(self, entry: AuditEntry, ticket_label: str | None = None) -> AuditEntry:
        """Store an entry and queue it for the log channel."""
        stored = await self._db.add_audit_entry(entry)
        self.publish(stored, ticket_label)
        return stored

    def publish(self, entry: AuditEntry, ticket_label: str | None = None) -> None:
        """Queue an entry that is already stored; when the queue is full the post is dropped, not the entry."""
        try:
            self._queue.put_nowait((entry, ticket_label))
        except asyncio.QueueFull:
            log.warning("guild=%s: audit queue full; entry %s not posted", entry.guild_id, entry.id)

    @property
    def depth(self) -> int:
        """How many entries wait to be posted."""
        return self._queue.qsize()

    def start(self) -> None:
        """Start posting queued entries."""
        if self._worker is None:
            self._worker = asyncio.create_task(self._run(), name="journal")

    async def stop(self, timeout: float) -> None:
        """Post what is queued (for at most ``timeout`` seconds), then stop."""
        if self._worker is None:
            return
        self._stopping.set()  # post what is queued now, without waiting out the batch window
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._queue.join(), timeout)
        self._worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._worker
        self._worker = None
        self._stopping.clear()

    async def _run(self) -> None:
        held: list[tuple[AuditEntry, str | None]] = []
        windows_held: dict[int, int] = {}
        while True:
            if not held:
                held.append(await self._queue.get())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), BATCH_WINDOW)
            flowing = not self._queue.empty() and not self._stopping.is_set()
            while not self._queue.empty():
                held.append(self._queue.get_nowait())
            by_guild: defaultdict[int, list[tuple[AuditEntry, str | None]]] = defaultdict(list)
            for item in held:
                by_guild[item[0].guild_id].append(item)
            held = []
            for guild_id, items in by_guild.items():
                # While entries keep coming, a server's last, partly filled message waits for more (a
                # burst of opens then costs one post per ten), but never more than HOLD_WINDOWS windows.
                spare = len(items) % EMBEDS_PER_MESSAGE
                if spare and flowing and windows_held.get(guild_id, 0) < HOLD_WINDOWS:
                    windows_held[guild_id] = windows_held.get(guild_id, 0) + 1
                    held.extend(items[-spare:])
                    del items[-spare:]
                else:
                    windows_held.pop(guild_id, None)
            ready = {guild_id: items for guild_id, items in by_guild.items() if items}
            try:
                await asyncio.gather(*(self._post(guild_id, items) for guild_id, items in ready.items()))
            finally:
                for _ in range(sum(len(items) for items in ready.values())):
                    self._queue.task_done()

    async def _post(self, guild_id: int, items: list[tuple[AuditEntry, str | None]]) -> None:
        config = self._settings.cached(guild_id) or await self._settings.get(guild_id)
        channel = self._client.get_channel(config.log_channel_id or 0) if config else None
        if config is None or not isinstance(channel, discord.TextChannel):
            return
        language = of_server(config.language, channel.guild)
        for chunk in _messages([messages.audit(entry, label, language) for entry, label in items]):
            try:
                await channel.send(embeds=chunk, allowed_mentions=messages.NOBODY)
            except discord.HTTPException as error:
                log.warning("guild=%s: %d audit entries not posted: %s", guild_id, len(chunk), error)
            except Exception:
                log.exception("guild=%s: posting audit entries failed", guild_id)


def _messages(embeds: list[discord.Embed]) -> list[list[discord.Embed]]:
    """Split embeds into messages within Discord's limits: 10 embeds and 6000 characters per message."""
    chunks: list[list[discord.Embed]] = [[]]
    size = 0
    for embed in embeds:
        if chunks[-1] and (len(chunks[-1]) == EMBEDS_PER_MESSAGE or size + len(embed) > EMBED_CHARACTERS):
            chunks.append([])
            size = 0
        chunks[-1].append(embed)
        size += len(embed)
    return [chunk for chunk in chunks if chunk]
