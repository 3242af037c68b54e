"""The emulator's own tests talk to it over raw HTTP, as the bot's HTTP client would, or run a small discord.py client."""

import asyncio
import logging
from contextlib import asynccontextmanager

import aiohttp
import discord
import pytest

from tests.emulator.emulator import Emulator


@pytest.fixture
async def api(emulator: Emulator):
    """An HTTP session to the emulator's REST API, with the bot's token."""
    headers = {"Authorization": f"Bot {emulator.token}"}
    async with aiohttp.ClientSession(emulator.base_url + "/api/v10/", headers=headers) as session:
        yield session


async def call(api, method, path, **kwargs):
    """Make one request; return its status and JSON body (None for a 204), checking the content type."""
    async with api.request(method, path.lstrip("/"), **kwargs) as response:
        assert response.headers.get("Content-Type") in ("application/json", None)
        return response.status, (await response.json() if response.status != 204 else None)


class _Errors(logging.Handler):
    """ERROR records of discord.py: errors in view, modal and command callbacks show up only there."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@asynccontextmanager
async def connected(client: discord.Client, emulator: Emulator):
    """Run an unmodified discord.py client against the emulator for the block.

    The test fails if discord.py logged an error, if the client's connection died, or if a request or
    response broke Discord's API description.
    """
    errors = _Errors()
    logging.getLogger("discord").addHandler(errors)
    await client.login(emulator.token)
    task = asyncio.create_task(client.connect(reconnect=False))
    try:
        ready = asyncio.create_task(client.wait_until_ready())
        done, _ = await asyncio.wait({ready, task}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            raise AssertionError(f"the client did not become ready: {task.exception() if task.done() else 'timeout'}")
        yield client
        assert not task.done(), f"the client's connection died: {task.exception()}"
    finally:
        await client.close()
        await asyncio.gather(task, return_exceptions=True)
        logging.getLogger("discord").removeHandler(errors)
    assert not errors.records, "discord.py logged errors:\n" + "\n".join(
        f"{r.name}: {r.getMessage()} {r.exc_info[1] if r.exc_info else ''}" for r in errors.records
    )
    assert not emulator.violations, "\n".join(emulator.violations)
