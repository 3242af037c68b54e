"""One home for timed work: the jobs registered at start-up, run every few seconds from the database.

Nothing timed lives only in memory: each job reads what is due from the database at every sweep, so a
restart or a second shard process loses nothing, and each process acts only on the servers its shards
hold. A new timed feature registers a job here; the scheduler knows nothing of what the jobs do.

Sweeps start on a fixed beat (every ``interval`` seconds from the first), so a long sweep does not
stretch the period; one that outlasts a beat skips it rather than running twice in a row. A job that
walks many servers or tickets goes through ``paced``, which hands the event loop back between chunks,
so clicks and the gateway's heartbeat are served during a sweep.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import discord

from core.errors import DatabaseError
from core.models import utcnow

log = logging.getLogger(__name__)

SWEEP_INTERVAL = 15.0
CHUNK = 200  # items a job handles between two hand-backs to the event loop
T = TypeVar("T")

# Work on the servers held by this process (by id) that fell due by the given time.
Step = Callable[[set[int], datetime], Awaitable[None]]


@dataclass(frozen=True, slots=True, kw_only=True)
class Job:
    """One kind of timed work: ``every`` runs at every sweep; ``startup``, when set, runs in its place at the first."""

    every: Step | None = None
    startup: Step | None = None


class Scheduler:
    """Runs every job at start-up and then every ``interval`` seconds, in the order they were registered."""

    def __init__(
        self,
        client: discord.Client,
        jobs: Sequence[Job],
        *,
        clock: Callable[[], datetime] = utcnow,
        interval: float = SWEEP_INTERVAL,
    ) -> None:
        self._client = client
        self._jobs = tuple(jobs)
        self._clock = clock
        self._interval = interval
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    async def sweep(self, *, startup: bool = False, now: datetime | None = None) -> None:
        """Run every job once for the servers held here, as at start-up or as a later sweep, at ``now``.

        A job that fails ends the sweep: the next one runs every job again (as a start-up, if this was one).
        """
        now = now or self._clock()
        held = {guild.id for guild in self._client.guilds}
        for job in self._jobs:
            step = job.startup if startup and job.startup is not None else job.every
            if step is not None:
                await step(held, now)

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
        loop = asyncio.get_running_loop()
        beat = loop.time()
        startup = True
        while not self._stopping:
            try:
                await self.sweep(startup=startup)
                startup = False
            except (DatabaseError, discord.HTTPException) as error:
                log.warning("timed work failed, retrying in %.0fs: %s", self._interval, error)
            except Exception:
                log.exception("timed work failed unexpectedly")
            beat = next_beat(beat, loop.time(), self._interval)
            await asyncio.sleep(beat - loop.time())


def next_beat(last: float, now: float, interval: float) -> float:
    """Return the first beat after ``now`` on the grid ``last + k * interval``: overrun beats are skipped."""
    return last + (math.floor((now - last) / interval) + 1) * interval


async def paced(items: Iterable[T], chunk: int = CHUNK) -> AsyncIterator[T]:
    """Yield ``items``, handing the event loop back after every ``chunk`` of them.

    A job's loop over thousands of servers whose settings are in memory never awaits anything that
    suspends; without this it would hold the loop for the whole sweep.
    """
    for n, item in enumerate(items, 1):
        yield item
        if n % chunk == 0:
            await asyncio.sleep(0)
