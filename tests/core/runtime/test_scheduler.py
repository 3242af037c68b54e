"""The scheduler runs its registered jobs in order, start-up hooks first time, on a fixed beat, and stops even
when a job swallows its cancellation (as Python 3.11's wait_for can)."""

import asyncio
import itertools
from datetime import UTC, datetime

from core.errors import DatabaseError
from core.runtime.scheduler import Job, Scheduler, next_beat, paced

NOW = datetime(2026, 1, 1, tzinfo=UTC)


class _Guild:
    def __init__(self, guild_id: int) -> None:
        self.id = guild_id


class _Client:
    """What the scheduler reads of the bot: readiness and the servers this process holds."""

    def __init__(self, *guild_ids: int) -> None:
        self.guilds = [_Guild(guild_id) for guild_id in guild_ids]

    async def wait_until_ready(self) -> None:
        return None


class _Log:
    """Jobs that note each run as (job, held servers, time)."""

    def __init__(self) -> None:
        self.runs: list[tuple[str, set[int], datetime]] = []

    def step(self, name: str):
        async def run(held: set[int], now: datetime) -> None:
            self.runs.append((name, held, now))

        return run


def _jobs(log: _Log) -> list[Job]:
    return [
        Job(every=log.step("resume"), startup=log.step("resume all")),
        Job(startup=log.step("settle")),
        Job(every=log.step("due closes")),
    ]


async def test_a_start_up_sweep_runs_the_start_up_hooks_in_place_of_the_sweeps_in_order():
    log = _Log()
    scheduler = Scheduler(_Client(1, 2), _jobs(log), clock=lambda: NOW)
    await scheduler.sweep(startup=True)
    assert log.runs == [("resume all", {1, 2}, NOW), ("settle", {1, 2}, NOW), ("due closes", {1, 2}, NOW)]


async def test_a_later_sweep_runs_only_the_jobs_that_sweep_at_the_time_given():
    log = _Log()
    later = datetime(2026, 1, 2, tzinfo=UTC)
    await Scheduler(_Client(7), _jobs(log), clock=lambda: NOW).sweep(now=later)
    assert log.runs == [("resume", {7}, later), ("due closes", {7}, later)]


async def test_a_failed_start_up_sweep_is_retried_as_a_start_up():
    log = _Log()
    failures = [DatabaseError("down")]

    async def flaky(held: set[int], now: datetime) -> None:
        if failures:
            raise failures.pop()

    scheduler = Scheduler(_Client(1), [Job(startup=flaky), *_jobs(log)], clock=lambda: NOW, interval=0.01)
    scheduler.start()
    for _ in range(100):
        if len(log.runs) >= 6:
            break
        await asyncio.sleep(0.01)
    await scheduler.stop()
    assert [name for name, _, _ in log.runs[:6]] == [
        "resume all",
        "settle",
        "due closes",
        "resume",
        "due closes",
        "resume",
    ]


async def test_stop_ends_a_sweep_that_swallowed_the_cancellation():
    sweeps = 0

    async def stubborn(held: set[int], now: datetime) -> None:
        """Like asyncio.wait_for in 3.11 when its future finishes as the cancel arrives: goes on."""
        nonlocal sweeps
        sweeps += 1
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:
            return  # the cancellation is lost

    scheduler = Scheduler(_Client(), [Job(every=stubborn, startup=stubborn)], interval=0.01)
    scheduler.start()
    await asyncio.sleep(0.02)
    await asyncio.wait_for(scheduler.stop(), 5)
    stopped_at = sweeps
    await asyncio.sleep(0.1)
    assert sweeps == stopped_at, "no sweep after stop"


def test_the_next_beat_keeps_the_grid_and_skips_beats_a_long_sweep_outlasted():
    assert next_beat(100.0, 100.2, 15.0) == 115.0
    assert next_beat(100.0, 114.9, 15.0) == 115.0
    assert next_beat(100.0, 131.0, 15.0) == 145.0  # the sweep outlasted the beat at 115 and 130


async def test_sweeps_start_on_a_fixed_beat_however_long_they_take():
    loop = asyncio.get_running_loop()
    starts: list[float] = []
    five = asyncio.Event()

    async def slow(held: set[int], now: datetime) -> None:
        starts.append(loop.time())
        if len(starts) == 5:
            five.set()
        await asyncio.sleep(0.12)

    scheduler = Scheduler(_Client(1), [Job(every=slow)], clock=lambda: NOW, interval=0.2)
    scheduler.start()
    await asyncio.wait_for(five.wait(), 5)
    await scheduler.stop()
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # Sleeping the interval after each sweep would space them 0.32 s apart.
    assert sum(gaps) / len(gaps) < 0.26, gaps


async def test_a_paced_walk_hands_the_event_loop_back_between_chunks():
    ticks = 0

    async def other() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    ticker = asyncio.create_task(other())
    await asyncio.sleep(0)
    seen = [item async for item in paced(range(1000), chunk=100)]
    ticker.cancel()
    assert seen == list(range(1000))
    assert ticks >= 10, "the other task ran between the chunks"
