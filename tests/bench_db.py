"""Benchmark the database adapters: tickets opened and closed per second, beside the bare driver.

    python -m tests.bench_db --url sqlite:///tmp/bench.db [--url mysql://…] [--url mongodb://…] [--tickets 500]

Each run uses a fresh database: for SQLite a new temporary file (the URL only picks the backend), for
MySQL/MongoDB a new database on the URL's server, dropped afterwards. A ticket's life is reserve → activate → close with a small transcript.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from core.models import AuditEntry, Closure, TicketRequest, TicketStatus, Transcript, utcnow
from database import DatabaseAdapter, create_adapter
from tests.backends import fresh_database, mysql_options

BACKEND_NAMES = {"sqlite": "sqlite", "mysql": "mysql", "mongodb": "mongo"}


async def adapter_life(db: DatabaseAdapter, opener: int) -> None:
    now = utcnow()
    ticket = await db.reserve_ticket(TicketRequest(1, opener, "bench", now), 1)
    await db.activate_ticket(ticket.id, 10_000_000 + ticket.id, AuditEntry(None, 1, ticket.id, opener, "open", "", now))
    await db.begin_close(ticket.id, Closure(1, None, now))
    await db.save_transcript(Transcript(ticket.id, 1, b"<p>x</p>", b"x", now))
    await db.finish_close(ticket.id, TicketStatus.CLOSED, AuditEntry(None, 1, ticket.id, 1, "close", "", now))


async def timed(tickets: int, callers: int, life: Callable[[int], Awaitable[None]]) -> float:
    """Return tickets per second for ``tickets`` lives spread over ``callers`` concurrent callers."""
    queue = list(range(tickets))

    async def caller() -> None:
        while queue:
            await life(queue.pop())

    started = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(callers)))
    return tickets / (time.perf_counter() - started)


async def bare_life_factory(url: str) -> tuple[Callable[[int], Awaitable[None]], Callable[[], Awaitable[None]]]:
    """Return a ticket life that issues the adapter's statements straight through the driver, and a closer."""
    scheme = url.partition("://")[0]
    if scheme == "sqlite":
        import aiosqlite

        connection = await aiosqlite.connect(url.removeprefix("sqlite:///"), isolation_level=None)

        async def sqlite_life(opener: int) -> None:
            now = int(time.time() * 1e6)
            await connection.execute("BEGIN IMMEDIATE")
            await connection.execute("INSERT OR IGNORE INTO counters (guild_id, last_number) VALUES (1, 0)")
            await connection.execute("COMMIT")
            await connection.execute("BEGIN IMMEDIATE")
            row = await (await connection.execute("SELECT last_number FROM counters WHERE guild_id = 1")).fetchone()
            await (
                await connection.execute(
                    "SELECT COUNT(*) FROM tickets WHERE guild_id = 1 AND opener_id = ? AND status IN ('pending', 'open')",
                    (opener,),
                )
            ).fetchone()
            await connection.execute("UPDATE counters SET last_number = ? WHERE guild_id = 1", (row[0] + 1,))
            cursor = await connection.execute(
                "INSERT INTO tickets (guild_id, number, opener_id, status, reason, opened_at) VALUES (1, ?, ?, 'pending', 'bench', ?)",
                (row[0] + 1, opener, now),
            )
            ticket_id = cursor.lastrowid
            await connection.execute(
                "INSERT INTO participants (ticket_id, user_id, role, added_at) VALUES (?, ?, 'creator', ?)",
                (ticket_id, opener, now),
            )
            await connection.execute("COMMIT")
            for statements in (
                [
                    (
                        "UPDATE tickets SET channel_id = ?, status = 'open' WHERE id = ? AND status = 'pending'",
                        (10_000_000 + ticket_id, ticket_id),
                    )
                ],
                [
                    (
                        "UPDATE tickets SET status = 'closed', closed_by = 1, closed_at = ? WHERE id = ? AND status IN ('pending', 'open')",
                        (now, ticket_id),
                    ),
                    (
                        "INSERT INTO transcripts (ticket_id, message_count, html, text, created_at) VALUES (?, 1, '<p>x</p>', 'x', ?)",
                        (ticket_id, now),
                    ),
                ],
            ):
                await connection.execute("BEGIN IMMEDIATE")
                for sql, params in statements:
                    await connection.execute(sql, params)
                await connection.execute("COMMIT")

        return sqlite_life, connection.close
    if scheme == "mysql":
        import aiomysql

        pool = await aiomysql.create_pool(**mysql_options(url, autocommit=True, maxsize=10))

        async def mysql_life(opener: int) -> None:
            now = utcnow().replace(tzinfo=None)
            async with pool.acquire() as connection, connection.cursor() as cursor:
                await cursor.execute("INSERT IGNORE INTO counters (guild_id, last_number) VALUES (1, 0)")
                await connection.begin()
                await cursor.execute("SELECT last_number FROM counters WHERE guild_id = 1 FOR UPDATE")
                (number,) = await cursor.fetchone()
                await cursor.execute(
                    "SELECT COUNT(*) FROM tickets WHERE guild_id = 1 AND opener_id = %s AND status IN ('pending', 'open')",
                    (opener,),
                )
                await cursor.execute("UPDATE counters SET last_number = %s WHERE guild_id = 1", (number + 1,))
                await cursor.execute(
                    "INSERT INTO tickets (guild_id, number, opener_id, status, reason, opened_at) VALUES (1, %s, %s, 'pending', 'bench', %s)",
                    (number + 1, opener, now),
                )
                ticket_id = cursor.lastrowid
                await cursor.execute(
                    "INSERT INTO participants (ticket_id, user_id, role, added_at) VALUES (%s, %s, 'creator', %s)",
                    (ticket_id, opener, now),
                )
                await connection.commit()
                await cursor.execute(
                    "UPDATE tickets SET channel_id = %s, status = 'open' WHERE id = %s AND status = 'pending'",
                    (10_000_000 + ticket_id, ticket_id),
                )
                await connection.begin()
                await cursor.execute(
                    "UPDATE tickets SET status = 'closed', closed_by = 1, closed_at = %s WHERE id = %s AND status IN ('pending', 'open')",
                    (now, ticket_id),
                )
                await cursor.execute(
                    "INSERT INTO transcripts (ticket_id, message_count, html, text, created_at) VALUES (%s, 1, '<p>x</p>', 'x', %s)",
                    (ticket_id, now),
                )
                await connection.commit()

        async def close_pool() -> None:
            pool.close()
            await pool.wait_closed()

        return mysql_life, close_pool
    from pymongo import AsyncMongoClient, ReturnDocument

    client: AsyncMongoClient = AsyncMongoClient(url, tz_aware=True)
    db = client.get_default_database()

    async def mongo_life(opener: int) -> None:
        now = utcnow()
        sequence = await db.sequences.find_one_and_update(
            {"_id": "tickets"}, {"$inc": {"value": 1}}, upsert=True, return_document=ReturnDocument.AFTER
        )
        ticket_id = sequence["value"]
        key = f"1:{opener}"
        await db.open_slots.update_one({"_id": key}, {"$setOnInsert": {"tickets": []}}, upsert=True)
        await db.open_slots.update_one(
            {"_id": key, "tickets.0": {"$exists": False}}, {"$push": {"tickets": {"id": ticket_id, "at": now}}}
        )
        counter = await db.counters.find_one_and_update(
            {"_id": 1}, {"$inc": {"last_number": 1}}, upsert=True, return_document=ReturnDocument.AFTER
        )
        await db.tickets.insert_one(
            {
                "_id": ticket_id,
                "guild_id": 1,
                "number": counter["last_number"],
                "opener_id": opener,
                "channel_id": None,
                "status": "pending",
                "reason": "bench",
                "opened_at": now,
            }
        )
        await db.participants.insert_one(
            {
                "_id": f"{ticket_id}:{opener}",
                "ticket_id": ticket_id,
                "user_id": opener,
                "role": "creator",
                "added_at": now,
            }
        )
        await db.tickets.find_one_and_update(
            {"_id": ticket_id, "status": "pending"}, {"$set": {"channel_id": 10_000_000 + ticket_id, "status": "open"}}
        )
        await db.transcripts.insert_one(
            {"_id": ticket_id, "message_count": 1, "html": "<p>x</p>", "text": "x", "created_at": now}
        )
        await db.tickets.find_one_and_update(
            {"_id": ticket_id, "status": {"$in": ["pending", "open"]}},
            {"$set": {"status": "closed", "closed_by": 1, "closed_at": now}},
        )
        await db.open_slots.update_one({"_id": key}, {"$pull": {"tickets": {"id": ticket_id}}})

    return mongo_life, client.close


async def bench(url: str, tickets: int) -> None:
    scheme = url.partition("://")[0]
    backend = BACKEND_NAMES[scheme]
    print(f"{backend}:")
    for label, callers in (("adapter, 1 caller  ", 1), ("adapter, 50 callers", 50), ("bare driver, 1 caller", 1)):
        async with fresh_database(backend, Path(tempfile.mkdtemp())) as fresh:
            db = create_adapter(fresh)
            await db.connect()
            try:
                if label.startswith("bare"):
                    life, close = await bare_life_factory(fresh)
                    try:
                        rate = await timed(tickets, callers, life)
                    finally:
                        await close()
                else:
                    rate = await timed(tickets, callers, functools.partial(adapter_life, db))
            finally:
                await db.close()
        print(f"  {label:<22} {rate:8.1f} tickets opened and closed per second")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", action="append", required=True, help="a database URL; repeat for several backends")
    parser.add_argument("--tickets", type=int, default=500)
    args = parser.parse_args()
    for url in args.url:
        asyncio.run(_with_server_env(url, args.tickets))


async def _with_server_env(url: str, tickets: int) -> None:
    backend = BACKEND_NAMES[url.partition("://")[0]]
    if backend != "sqlite":
        os.environ[{"mysql": "TEST_MYSQL_URL", "mongo": "TEST_MONGO_URL"}[backend]] = url
    await bench(url, tickets)


if __name__ == "__main__":
    main()
