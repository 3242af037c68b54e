"""Fresh, empty databases on each backend for one test, on real servers.

MySQL and MongoDB tests need a server: set ``TEST_MYSQL_URL`` (e.g. ``mysql://root@127.0.0.1:3306/test``)
and ``TEST_MONGO_URL`` (e.g. ``mongodb://127.0.0.1:27017/?directConnection=true``), or run
``bash tests/servers.sh`` which starts throwaway servers and prints both. Where CI=true, a missing
server fails the run instead of skipping.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

BACKENDS = ("sqlite", "mysql", "mongo")
ENV = {"mysql": "TEST_MYSQL_URL", "mongo": "TEST_MONGO_URL"}
NAMES = {"mysql": "MySQL", "mongo": "MongoDB"}
# MySQL 8's defaults, so queries that MariaDB's laxer defaults would let through fail here too.
STRICT_MYSQL = (
    "sql_mode='ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO'"
)


def server_url(backend: str) -> str:
    """Return the server URL for a backend, or skip (fail under CI) with how to get one."""
    url = os.environ.get(ENV[backend], "")
    if not url:
        # One text for every test skipped this way, so the run's summary says it once.
        missing = [b for b in ENV if not os.environ.get(ENV[b])]
        message = (
            f"{' and '.join(NAMES[b] for b in missing)} tests need real servers: run `source tests/servers.sh` "
            f"first, or set {' and '.join(ENV[b] for b in missing)} (see tests/README.md)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return url


def mysql_options(url: str, **extra: object) -> dict[str, object]:
    """Return aiomysql's connection options for a ``mysql://`` URL (its database too, when it names one)."""
    parts = urlsplit(url)
    options: dict[str, object] = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 3306,
        "user": parts.username or "root",
        "password": parts.password or "",
    }
    if parts.path.strip("/"):
        options["db"] = parts.path.strip("/")
    return {**options, **extra}


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))


@asynccontextmanager
async def fresh_database(backend: str, tmp_path: Path) -> AsyncIterator[str]:
    """Yield the URL of an empty database that is dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'tickets.db'}"
        return
    name = f"t_{secrets.token_hex(6)}"
    url = _with_database(server_url(backend), name)
    if backend == "mysql":
        url += ("&" if "?" in url else "?") + STRICT_MYSQL
    if backend == "mysql":
        import aiomysql

        connection = await aiomysql.connect(**mysql_options(server_url(backend), autocommit=True))
        async with connection.cursor() as cursor:
            await cursor.execute(f"CREATE DATABASE {name} CHARACTER SET utf8mb4")
        try:
            yield url
        finally:
            async with connection.cursor() as cursor:
                await cursor.execute(f"DROP DATABASE IF EXISTS {name}")
            connection.close()
        return
    from pymongo import AsyncMongoClient

    yield url
    client: AsyncMongoClient = AsyncMongoClient(url)
    await client.drop_database(name)
    await client.close()


@asynccontextmanager
async def benchmark_database(url: str | None, prefix: str) -> AsyncIterator[str]:
    """Yield a fresh database on the server a benchmark was given (``mysql://``, ``mongodb://``), else SQLite."""
    scheme = (url or "sqlite").partition(":")[0]
    backend = {"sqlite": "sqlite", "mysql": "mysql", "mongodb": "mongo"}[scheme]
    if url and backend != "sqlite":
        os.environ[{"mysql": "TEST_MYSQL_URL", "mongo": "TEST_MONGO_URL"}[backend]] = url
    async with fresh_database(backend, Path(tempfile.mkdtemp(prefix=prefix))) as fresh:
        yield fresh
