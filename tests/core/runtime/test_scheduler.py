"""The scheduler stops even when a sweep swallows its cancellation (as Python 3.11's wait_for can)."""

import asyncio

from core.runtime.scheduler import Scheduler


class _Ready:
    async def wait_until_ready(self) -> None:
        return None


class _StubbornSweep:
    """A sweep that, like asyncio.wait_for in 3.11 when its future finishes as the cancel arrives, goes on."""

    def __init__(self) -> None:
        self.sweeps = 0

    async def sweep(self, *, startup: bool = False) -> None:
        self.sweeps += 1
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:
            return  # the cancellation is lost


async def test_stop_ends_a_sweep_that_swallowed_the_cancellation():
    sweeps = _StubbornSweep()
    scheduler = Scheduler(_Ready(), sweeps, interval=0.01)
    scheduler.start()
    await asyncio.sleep(0.02)
    await asyncio.wait_for(scheduler.stop(), 5)
    stopped_at = sweeps.sweeps
    await asyncio.sleep(0.1)
    assert sweeps.sweeps == stopped_at, "no sweep after stop"
