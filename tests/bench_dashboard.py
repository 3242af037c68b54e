"""Benchmark: how fast each dashboard page is served for a big server, by the real bot over real HTTP.

    python -m tests.bench_dashboard                               # SQLite
    python -m tests.bench_dashboard --database-url mysql://root@127.0.0.1:3306/

The real bot runs against the emulated Discord with its web side on. One server gets ``--types`` ticket
types (five questions each), ``--panels`` posted panels and ``--tickets`` tickets; its owner signs in
through the emulated login. Each dashboard page is then fetched ``--samples`` times, one request at a
time, after one unmeasured fetch (which fills the minute's caches, as any admin's first page does), and
its p50 and p99 are printed. The target is a p50 under 100 ms for every page.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import statistics
import time
from datetime import timedelta

import aiohttp

from core.admin.panels import PanelDesign
from core.models import Question, Ticket, TicketStatus, utcnow
from database import RecordKind
from tests.backends import benchmark_database
from tests.e2e.test_viewer import SECRET, _sign_in
from tests.e2e.test_web import _free_port
from tests.emulator.emulator import Emulator
from tests.harness import ErrorRecorder, Harness

PAGES = ("settings", "types", "types/{type}", "types/new", "panels", "panels/{panel}", "blacklist", "keys")


async def fill(harness: Harness, types: int, panels: int, tickets: int) -> tuple[int, int, int]:
    """Make the big server; return its id, one of its types' ids and one of its panels' ids."""
    world = await harness.world()
    await harness.setup(world)
    bot, db = harness.bot, harness.database
    assert bot is not None
    guild = bot.get_guild(world.guild.id)
    assert guild is not None
    form = tuple(Question(f"Question {n}") for n in range(1, 6))
    for n in range(types - 1):
        await bot.administration.save_type(guild, world.owner.id, None, name=f"Type {n:02d}", questions=form)
    known = await bot.guild_settings.types(guild.id)
    channel = guild.get_channel(world.lobby.id)
    for n in range(panels):
        design = PanelDesign(f"Panel {n}", type_names=tuple(t.name for t in known[n % len(known) :][:5]))
        await bot.panels.post(channel, world.owner.id, design)  # type: ignore[arg-type]
    rng = random.Random(5)
    now = utcnow()
    made = [
        Ticket(
            10_000 + n,
            guild.id,
            n,
            opener_id=1_000_000 + rng.randrange(2_000),
            channel_id=None,
            status=TicketStatus.CLOSED,
            reason=None,
            opened_at=now - timedelta(days=rng.uniform(1, 365)),
            closed_at=now,
            type_id=rng.choice(known).id,
        )
        for n in range(1, tickets + 1)
    ]
    for start in range(0, len(made), 1000):
        await db.import_records(RecordKind.TICKETS, made[start : start + 1000])
    stored = await db.list_panels(guild.id)
    return guild.id, known[-1].id, stored[0].id


async def measure(args: argparse.Namespace, url: str) -> None:
    emulator = Emulator(validate_spec=False)
    await emulator.start()
    harness = Harness(emulator, url, ErrorRecorder())
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    web = {"enabled": True, "port": port, "public_url": base, "secret": SECRET}
    await harness.start_bot(web={**web, "client_secret": emulator.oauth.client_secret})
    try:
        started = time.perf_counter()
        guild_id, type_id, panel_id = await fill(harness, args.types, args.panels, args.tickets)
        print(
            f"one server: {args.types} types, {args.panels} panels, {args.tickets:,} tickets "
            f"(made in {time.perf_counter() - started:.0f} s); {args.samples} requests a page"
        )
        owner = harness.worlds[0].owner.user
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
            status, _, _ = await _sign_in(harness, browser, base, owner, "/")
            assert status == 200
            medians = []
            for path in PAGES:
                address = f"{base}/g/{guild_id}/" + path.format(type=type_id, panel=panel_id)
                timings = []
                for sample in range(args.samples + 1):
                    began = time.perf_counter()
                    async with browser.get(address) as page:
                        await page.read()
                        assert page.status == 200, (address, page.status)
                    if sample:
                        timings.append((time.perf_counter() - began) * 1000)
                timings.sort()
                p50, p99 = statistics.median(timings), timings[min(len(timings) - 1, round(0.99 * (len(timings) - 1)))]
                medians.append(p50)
                print(f"  /g/<server>/{path:16} p50 {p50:6.1f} ms   p99 {p99:6.1f} ms")
            print(f"slowest page p50: {max(medians):.1f} ms (target < 100 ms)")
    finally:
        await harness.stop_bot()
        await emulator.stop()


async def run(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.WARNING)
    async with benchmark_database(args.database_url, "ticketbot-dashboard-") as url:
        await measure(args, url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None, help="a MySQL/MariaDB or MongoDB server (default: SQLite)")
    parser.add_argument("--types", type=int, default=25)
    parser.add_argument("--panels", type=int, default=25)
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=50)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
