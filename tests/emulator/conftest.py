"""The emulator's own tests talk to it over raw HTTP, as the bot's HTTP client would."""

import aiohttp
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
