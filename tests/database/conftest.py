from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from database import DatabaseAdapter, create_adapter
from tests.backends import BACKENDS, fresh_database


@pytest.fixture(params=BACKENDS)
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    async with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[DatabaseAdapter]:
    adapter = create_adapter(db_url)
    await adapter.connect()
    yield adapter
    await adapter.close()
