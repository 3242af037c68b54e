"""Benchmark: one server's statistics out of a million tickets, as /stats, the viewer and the API compute them.

    python -m tests.bench_stats                                   # SQLite, 1,000,000 tickets, 1,000 servers
    python -m tests.bench_stats --database-url mysql://root@127.0.0.1:3306/ --tickets 1000000

Writes ``--tickets`` tickets spread over ``--servers`` servers and the past year (nine in ten closed, with a
first answer, a message count, some rated and reopened; every type works Mon-Fri 9-17 in Berlin with
targets), straight to a fresh database. Then, for ``--samples`` servers picked at random, the statistics
of the last ``--days`` days as the cache computes them on a miss: the indexed read
(``list_figures``) and the figures (``core.analytics.measures.compute``, business time included). Prints
p50 and p99 of each and of both; the cache then serves a server's figures for a minute without either.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from datetime import timedelta

from core.analytics.measures import compute
from core.models import Ticket, TicketStatus, TicketType, utcnow
from database import RecordKind, create_adapter
from tests.backends import benchmark_database

BATCH = 1000
HOURS = "Mon-Fri 09:00-17:00"


def tickets_of(server: int, count: int, first_id: int, rng: random.Random) -> list[Ticket]:
    """Return a server's tickets over the past year: most closed, some open, answered within hours."""
    now = utcnow()
    made = []
    guild_id = 10_000 + server
    for number in range(1, count + 1):
        opened = now - timedelta(seconds=rng.uniform(0, 365 * 86_400))
        answered = opened + timedelta(minutes=rng.expovariate(1 / 90))
        closed = answered + timedelta(hours=rng.expovariate(1 / 20))
        done = closed < now and rng.random() < 0.9
        made.append(
            Ticket(
                first_id + number,
                guild_id,
                number,
                opener_id=1_000_000 + rng.randrange(5_000),
                channel_id=None if done else 10**12 + first_id + number,
                status=TicketStatus.CLOSED if done else TicketStatus.OPEN,
                reason=None,
                opened_at=opened,
                closed_at=closed if done else None,
                closed_by=(500 + rng.randrange(8)) if done else None,
                type_id=server + 1,
                claimed_by=(500 + rng.randrange(8)) if rng.random() < 0.7 else None,
                active_at=answered if answered < now else opened,
                opener_active_at=opened,
                first_response_at=answered if answered < now else None,
                first_responder_id=500 + rng.randrange(8) if answered < now else None,
                reopen_count=1 if rng.random() < 0.05 else 0,
                message_count=rng.randrange(2, 60) if done else None,
                rating=rng.randrange(1, 6) if done and rng.random() < 0.3 else None,
            )
        )
    return made


async def fill(url: str, servers: int, tickets: int, seed: int) -> list[TicketType]:
    """Write the servers' types and tickets; return the types."""
    rng = random.Random(seed)
    db = create_adapter(url)
    await db.connect()
    started = time.perf_counter()
    try:
        types = [
            TicketType(
                n + 1,
                10_000 + n,
                "Support",
                hours=HOURS,
                timezone="Europe/Berlin",
                response_target_minutes=60,
                resolution_target_minutes=8 * 60,
            )
            for n in range(servers)
        ]
        await db.import_records(RecordKind.TICKET_TYPES, types)
        per_server = tickets // servers
        pending: list[Ticket] = []
        for server in range(servers):
            pending += tickets_of(server, per_server, server * per_server, rng)
            while len(pending) >= BATCH:
                await db.import_records(RecordKind.TICKETS, pending[:BATCH])
                del pending[:BATCH]
        if pending:
            await db.import_records(RecordKind.TICKETS, pending)
    finally:
        await db.close()
    print(f"wrote {tickets:,} tickets over {servers:,} servers in {time.perf_counter() - started:.0f} s")
    return types


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def measure(url: str, types: list[TicketType], days: int, samples: int, seed: int) -> None:
    rng = random.Random(seed + 1)
    db = create_adapter(url)
    await db.connect()
    reads, computes, totals, counts = [], [], [], []
    try:
        for _ in range(samples):
            kind = rng.choice(types)
            now = utcnow()
            started = time.perf_counter()
            found = await db.list_figures(kind.guild_id, now - timedelta(days=days))
            read = time.perf_counter()
            compute(found, [kind], now - timedelta(days=days), now)
            done = time.perf_counter()
            reads.append((read - started) * 1000)
            computes.append((done - read) * 1000)
            totals.append((done - started) * 1000)
            counts.append(len(found))
    finally:
        await db.close()
    print(f"one server's {days} days, {samples} servers, {statistics.mean(counts):.0f} tickets read on average")
    for name, values in (("read", reads), ("compute", computes), ("total", totals)):
        print(f"  {name:8} p50 {quantile(values, 0.5):7.1f} ms   p99 {quantile(values, 0.99):7.1f} ms")


async def run(args: argparse.Namespace) -> None:
    async with benchmark_database(args.database_url, "ticketbot-stats-") as url:
        types = await fill(url, args.servers, args.tickets, args.seed)
        await measure(url, types, args.days, args.samples, args.seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None, help="a MySQL/MariaDB or MongoDB server (default: SQLite)")
    parser.add_argument("--servers", type=int, default=1_000)
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
