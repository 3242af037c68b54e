"""Dropped connections in the middle of a burst of opens: the adapter retries and recovers."""

import asyncio
import contextlib
from urllib.parse import urlsplit, urlunsplit

import pytest

from core.errors import DatabaseError, TicketLimitReached
from core.rules.policy import ACTIVE
from database import create_adapter
from tests.backends import fresh_database
from tests.database.contract.helpers import request
from tests.database.tcp_proxy import TcpProxy

OPENERS = 60


def through(url: str, proxy: TcpProxy) -> str:
    parts = urlsplit(url)
    credentials = parts.netloc.rpartition("@")[0]
    netloc = f"{credentials}@127.0.0.1:{proxy.port}" if credentials else f"127.0.0.1:{proxy.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


@pytest.mark.parametrize("backend", ["mysql", "mongo"])
async def test_dropped_connections_lose_no_acknowledged_ticket(backend, tmp_path):
    async with fresh_database(backend, tmp_path) as url:
        parts = urlsplit(url)
        proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 0)
        await proxy.start()
        db = create_adapter(through(url, proxy))
        await db.connect()
        try:

            async def open_one(opener: int):
                await asyncio.sleep(opener * 0.002)
                return await db.reserve_ticket(request(guild_id=1, opener_id=opener), 1)

            async def cut():
                for _ in range(3):
                    await asyncio.sleep(0.03)
                    proxy.drop_all()

            results, _ = await asyncio.gather(
                asyncio.gather(*(open_one(n) for n in range(OPENERS)), return_exceptions=True), cut()
            )
            acknowledged = [r for r in results if not isinstance(r, BaseException)]
            failures = [r for r in results if isinstance(r, BaseException)]
            assert all(isinstance(f, TicketLimitReached) for f in failures), failures
            assert len(acknowledged) >= OPENERS * 0.8
            stored = {t.id: t for t in await db.list_tickets(ACTIVE, 1)}
            assert all(stored.get(t.id) == t for t in acknowledged)
            numbers = [t.number for t in stored.values()]
            assert len(numbers) == len(set(numbers))
            openers = [t.opener_id for t in stored.values()]
            assert len(openers) == len(set(openers))
            assert proxy.drops == 3
        finally:
            await db.close()
            await proxy.stop()


async def test_closing_never_waits_forever_for_a_query_in_flight(tmp_path):
    """A query stuck on a slow server (or a connection a cancelled task never gave back) must not hang shutdown,
    and ends in a database error, as a health check or a sweep running then expects."""
    async with fresh_database("mysql", tmp_path) as url:
        parts = urlsplit(url)
        proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 0)
        await proxy.start()
        db = create_adapter(through(url, proxy))
        await db.connect()
        try:
            proxy.delay = 60.0
            stuck = asyncio.create_task(db.get_ticket(1))
            await asyncio.sleep(0.3)
            started = asyncio.get_running_loop().time()
            await db.close()
            assert asyncio.get_running_loop().time() - started < 10
            with pytest.raises(DatabaseError):  # the query cut short says so, as any lost database does
                await asyncio.wait_for(stuck, 10)
        finally:
            stuck.cancel()
            with contextlib.suppress(BaseException):
                await stuck
            await proxy.stop()
