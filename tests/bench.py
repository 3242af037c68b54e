"""Benchmark: G guilds with U members each all click Create Ticket at once, L ms of latency per Discord request.

    python -m tests.bench --guilds 20 --members 50 --latency 50 [--database-url URL]

The bot runs unmodified in its own process (``tests/run_bot.py``) against the emulator in this one,
so the memory figure is the bot's alone. Prints time to acknowledgement and to the welcome message,
tickets per second, Discord requests per ticket by route, and the bot's peak memory.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import psutil

from tests.emulator.emulator import Emulator
from tests.emulator.interactions import Interaction
from tests.harness import World, build_world, wait_for

ROOT = Path(__file__).resolve().parents[1]


def percentiles(values: list[float]) -> str:
    if not values:
        return "n/a"
    cuts = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else [values[0]] * 99
    return f"p50 {cuts[49] * 1000:7.1f} ms   p95 {cuts[94] * 1000:7.1f} ms   p99 {cuts[98] * 1000:7.1f} ms"


async def watch_memory(process: psutil.Process, peak: list[int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            peak[0] = max(peak[0], process.memory_info().rss)
        except psutil.Error:
            return
        await asyncio.sleep(0.05)


async def prepare(emulator: Emulator, guilds: int, members: int) -> list[tuple[World, list]]:
    prepared = []
    for g in range(guilds):
        world = await build_world(emulator, f"Guild {g}")
        crowd = [await emulator.add_member(world.guild, f"member{g}-{m}") for m in range(members)]
        prepared.append((world, crowd))
    return prepared


async def run(args: argparse.Namespace) -> None:
    emulator = Emulator(validate_spec=False)
    await emulator.start()
    workdir = Path(tempfile.mkdtemp(prefix="ticketbot-bench-"))
    (workdir / "config.yaml").write_text("logging:\n  level: WARNING\n  file: null\n")
    database_url = args.database_url or f"sqlite:///{workdir / 'tickets.db'}"
    prepared = await prepare(emulator, args.guilds, args.members)
    env = {**os.environ, "DISCORD_TOKEN": emulator.token, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.run_bot", emulator.base_url, cwd=workdir, env=env
    )
    process = psutil.Process(bot.pid)
    peak = [0]
    stop = asyncio.Event()
    watcher = asyncio.create_task(watch_memory(process, peak, stop))
    try:
        await wait_for(lambda: emulator.commands.get(None) or bot.returncode is not None, 60, "the bot to start")
        if bot.returncode is not None:
            raise SystemExit(f"the bot exited with {bot.returncode}")
        await wait_for(lambda: any(s.ws for s in emulator.sessions.values()), 60, "the bot to connect")
        await asyncio.sleep(3)
        panels = []
        for world, _ in prepared:
            options = {"staff_role": world.staff_role, "category": world.category, "log_channel": world.log}
            await (await emulator.run_command(world.owner, world.lobby, "setup", **options)).answered(30)
            await (await emulator.run_command(world.owner, world.lobby, "panel send")).answered(30)
            panels.append(next(m for m in world.lobby.history() if m.custom_ids))
        emulator.latency = args.latency / 1000
        bot_cpu_before = sum(process.cpu_times()[:2])
        emulator_cpu_before = sum(psutil.Process().cpu_times()[:2])
        before = len(emulator.requests)
        started = time.monotonic()
        clicks: list[tuple[World, object, Interaction]] = []
        clicks = list(
            await asyncio.gather(
                *(
                    _click(emulator, world, member, panel)
                    for (world, crowd), panel in zip(prepared, panels, strict=True)
                    for member in crowd
                )
            )
        )
        for _, _, interaction in clicks:
            await interaction.answered(120)
        elapsed = time.monotonic() - started
        to_ack = [i.ack_latency for _, _, i in clicks if i.ack_latency is not None]
        to_welcome = []
        for world, member, interaction in clicks:
            channel = next(c for c in emulator.text_channels(world.guild, world.category) if member.id in c.overwrites)
            welcome = await wait_for(lambda channel=channel: channel.history(), 60, "a welcome message")
            to_welcome.append(welcome[0].created - interaction.created_at)
        tickets = len(to_welcome)
        routes = Counter(r.route for r in emulator.requests[before:])
        bot_cpu = sum(process.cpu_times()[:2]) - bot_cpu_before
        emulator_cpu = sum(psutil.Process().cpu_times()[:2]) - emulator_cpu_before
    finally:
        stop.set()
        await watcher
        bot.terminate()
        await asyncio.wait_for(bot.wait(), 30)
        await emulator.stop()
    print(
        f"guilds {args.guilds}, members {args.members}, latency {args.latency} ms, database {database_url.split(':')[0]}"
    )
    print(f"tickets opened:          {tickets} in {elapsed:.2f} s = {tickets / elapsed:.1f} tickets/s")
    print(f"time to acknowledgement: {percentiles(to_ack)}")
    print(f"time to welcome message: {percentiles(to_welcome)}")
    print("Discord requests per ticket:")
    for route, count in routes.most_common():
        print(f"  {count / tickets:5.2f}  {route}")
    print(f"bot peak memory (RSS):   {peak[0] / 2**20:.1f} MiB")
    print(f"CPU during the burst:    bot {bot_cpu:.1f} s, emulator {emulator_cpu:.1f} s (of {elapsed:.1f} s)")


async def _click(emulator: Emulator, world: World, member: object, panel: object) -> tuple[World, object, Interaction]:
    return world, member, await emulator.click(member, panel)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guilds", "-G", type=int, default=20)
    parser.add_argument("--members", "-U", type=int, default=50, help="at most 50: one category holds 50 channels")
    parser.add_argument("--latency", "-L", type=float, default=50.0, help="injected latency per request, in ms")
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
