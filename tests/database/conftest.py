from collections.abc import AsyncIterator

import pytest

from database import DatabaseAdapter, create_adapter


@pytest.fixture
def db_url(database_url: str) -> str:
    return database_url


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[DatabaseAdapter]:
    adapter = create_adapter(db_url)
    await adapter.connect()
    yield adapter
    await adapter.close()
