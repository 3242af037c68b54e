"""The settings cache's shelf: readers share a load under way, and a change is never answered from before it."""

import asyncio

from core.runtime.guild_settings import _Shelf


async def test_readers_during_a_load_share_it():
    shelf: _Shelf[int, str] = _Shelf()
    loads = 0
    gate = asyncio.Event()

    async def load(key: int) -> str:
        nonlocal loads
        loads += 1
        await gate.wait()
        return f"settings of {key}"

    readers = [asyncio.create_task(shelf.fetch(1, load)) for _ in range(50)]
    await asyncio.sleep(0)
    gate.set()
    assert set(await asyncio.gather(*readers)) == {"settings of 1"}
    assert loads == 1, "a burst of reads on a server not read yet costs one load"
    assert await shelf.fetch(1, load) == "settings of 1" and loads == 1


async def test_a_reader_after_a_change_does_not_share_a_load_from_before_it():
    shelf: _Shelf[int, int] = _Shelf()
    version = 1
    started = asyncio.Event()
    gate = asyncio.Event()

    async def load(key: int) -> int:
        seen = version
        started.set()
        await gate.wait()
        return seen

    before = asyncio.create_task(shelf.fetch(1, load))
    await started.wait()
    version = 2
    shelf.drop(1)  # the change is stored while the first load is under way
    after = asyncio.create_task(shelf.fetch(1, load))
    await asyncio.sleep(0)
    gate.set()
    assert await before == 1
    assert await after == 2, "read after the change: a load of its own"
    assert await shelf.fetch(1, load) == 2


async def test_a_reader_that_gives_up_does_not_cancel_the_load_others_wait_for():
    shelf: _Shelf[int, str] = _Shelf()
    gate = asyncio.Event()

    async def load(key: int) -> str:
        await gate.wait()
        return "loaded"

    impatient = asyncio.create_task(shelf.fetch(1, load))
    patient = asyncio.create_task(shelf.fetch(1, load))
    await asyncio.sleep(0)
    impatient.cancel()
    gate.set()
    assert await patient == "loaded"


async def test_a_failed_load_fails_its_readers_and_the_next_read_loads_again():
    shelf: _Shelf[int, str] = _Shelf()
    attempts = 0

    async def load(key: int) -> str:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise ConnectionError("database gone")
        return "loaded"

    results = await asyncio.gather(shelf.fetch(1, load), shelf.fetch(1, load), return_exceptions=True)
    assert all(isinstance(r, ConnectionError) for r in results)
    assert await shelf.fetch(1, load) == "loaded" and attempts == 2
