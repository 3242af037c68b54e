"""One home for timed work: recovery of interrupted opens and closes, every few seconds, from the database.

Nothing timed lives only in memory: each sweep reads what is due from the database, so a restart or a
second shard process loses nothing, and each process acts only on the servers its shards hold.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord

from core.errors import DatabaseError
from core.tickets.recovery import Recovery

log = logging.getLogger(__name__)

SWEEP_INTERVAL = 15.0


class Scheduler:
    """Runs recovery at start-up and then every ``interval`` seconds."""

    def __init__(self, client: discord.Client, recovery: Recovery, *, interval: float = SWEEP_INTERVAL) -> None:
        self._client = client
        self._recovery = recovery
        self._interval = interval
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def start(self) -> None:
        """Start sweeping once the bot is connected."""
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self._run(), name="scheduler")

    async def stop(self) -> None:
        """Stop sweeping; a sweep under way is cancelled and picked up again by the next start.

        Python 3.11's ``asyncio.wait_for`` can swallow a cancellation that arrives as the awaited thing
        finishes (discord.py and the database drivers use it), so the sweep is cancelled until it ends,
        and the loop also stops at the flag.
        """
        if self._task is None:
            return
        self._stopping = True
        while not self._task.done():
            self._task.cancel()
            await asyncio.wait({self._task}, timeout=1.0)
        with contextlib.suppress(asyncio.CancelledError):
            self._task.result()
        self._task = None

    async def _run(self) -> None:
        await self._client.wait_until_ready()
        startup = True
        while not self._stopping:
            try:
                await self._recovery.sweep(startup=startup)
                startup = False
            except (DatabaseError, discord.HTTPException) as error:
                log.warning("recovery sweep failed, retrying in %.0fs: %s", self._interval, error)
            except Exception:
                log.exception("recovery sweep failed unexpectedly")
            await asyncio.sleep(self._interval)
