"""The scheduler runs its registered jobs in order, start-up hooks first time, and stops even when a job swallows
its cancellation (as Python 3.11's wait_for can)."""

import asyncio
from datetime import UTC, datetime

from core.errors import DatabaseError
from core.runtime.scheduler import Job, Scheduler

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
