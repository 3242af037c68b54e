"""Benchmark: G guilds with U members each all click Create Ticket at once, L ms of latency per Discord request.

    python -m tests.bench --guilds 20 --members 50 --latency 50 [--runs 3] [--database-url URL]

Each run measures three clients, each in its own process against a fresh emulator with the same latency
and the same burst: the real bot (``python bot.py``, on a fresh database: a SQLite file, or one made for
the run on the server that ``--database-url`` names), the discord.py floor (``tests.bench_floor``: a
plain discord.py bot making the four requests of an open, no database) and the protocol bound
(``tests.bench_bound``: the same four requests, raw aiohttp). The bot's figures are printed beside
both: tickets per second, time to acknowledgement and to the welcome message, CPU per open, Discord
requests per open, peak memory. With several runs the medians follow, and the last line is for scripts:
``floor/bot tickets/s: <ratio>   bot-floor cpu/open: <ms> ms   requests/open: <n>``.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import psutil

from tests.backends import ENV, fresh_database
from tests.emulator.emulator import Emulator
from tests.emulator.interactions import Interaction
from tests.emulator.state import Member, Message
from tests.harness import World, build_world, wait_for

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Figures:
    """What one side of a run measured."""

    tickets: int
    seconds: float
    ack: list[float]
    welcome: list[float]
    cpu_seconds: float
    thread_seconds: float  # the part spent in threads other than the event loop's (the database driver's)
    requests: Counter[str]
    peak_rss: int

    @property
    def per_second(self) -> float:
        return self.tickets / self.seconds

    @property
    def cpu_per_open_ms(self) -> float:
        return self.cpu_seconds / self.tickets * 1000

    @property
    def thread_cpu_per_open_ms(self) -> float:
        return self.thread_seconds / self.tickets * 1000

    @property
    def requests_per_open(self) -> float:
        return sum(self.requests.values()) / self.tickets

    def late_acks(self) -> int:
        return sum(1 for a in self.ack if a >= 3.0)


def quantile(values: list[float], q: int) -> float:
    """Return the q-th percentile of ``values``, in milliseconds."""
    if len(values) == 1:
        return values[0] * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


async def watch_memory(process: psutil.Process, peak: list[int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            peak[0] = max(peak[0], process.memory_info().rss)
        except psutil.Error:
            return
        await asyncio.sleep(0.05)


async def prepare(emulator: Emulator, guilds: int, members: int) -> list[tuple[World, list[Member]]]:
    prepared = []
    for g in range(guilds):
        world = await build_world(emulator, f"Guild {g}")
        crowd = [await emulator.add_member(world.guild, f"member{g}-{m}") for m in range(members)]
        prepared.append((world, crowd))
    return prepared


async def bot_panels(emulator: Emulator, prepared: list[tuple[World, list[Member]]]) -> list[Message]:
    """Set up every guild and post its panel through the bot's own commands."""
    panels = []
    for world, _ in prepared:
        options = {"staff_role": world.staff_role, "category": world.category, "log_channel": world.log}
        await (await emulator.run_command(world.owner, world.lobby, "setup", **options)).answered(30)
        await (await emulator.run_command(world.owner, world.lobby, "panel send")).answered(30)
        panels.append(next(m for m in world.lobby.history() if m.custom_ids))
    return panels


def copied_panels(emulator: Emulator, prepared: list[tuple[World, list[Member]]], look: Message) -> list[Message]:
    """Put a copy of the bot's panel (``look``: its embed and button) in every guild, as the peers do no setup.

    A click's interaction carries the message clicked, so every client reads the same panel with each one.
    """
    panels = []
    for world, _ in prepared:
        message = Message(
            emulator.snowflake(),
            world.lobby,
            emulator.bot_user,
            embeds=copy.deepcopy(look.embeds),
            components=copy.deepcopy(look.components),
        )
        world.lobby.messages[message.id] = message
        panels.append(message)
    return panels


async def measure(args: argparse.Namespace, side: str, look: list[Message]) -> Figures:
    """Run one side of a pair: start the client process, burst, measure, stop.

    The bot's side runs first and leaves its first panel in ``look``; the peers click copies of it.
    """
    emulator = Emulator(validate_spec=False)
    await emulator.start()
    workdir = Path(tempfile.mkdtemp(prefix="ticketbot-bench-"))
    (workdir / "config.yaml").write_text("logging:\n  level: WARNING\n  file: null\n")
    async with fresh_database(backend(args) if side == "bot" else "sqlite", workdir) as database_url:
        return await _measure(args, side, emulator, workdir, database_url, look)


def backend(args: argparse.Namespace) -> str:
    """Return the backend the bot is measured on, and point the fresh-database helper at its server."""
    if not args.database_url:
        return "sqlite"
    scheme = args.database_url.split(":")[0]
    name = {"mysql": "mysql", "mongodb": "mongo"}[scheme]
    os.environ[ENV[name]] = args.database_url
    return name


async def _measure(
    args: argparse.Namespace, side: str, emulator: Emulator, workdir: Path, database_url: str, look: list[Message]
) -> Figures:
    prepared = await prepare(emulator, args.guilds, args.members)
    env = {**os.environ, "DISCORD_TOKEN": emulator.token, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}
    command = {
        "bot": ["-m", "tests.run_bot", emulator.base_url],
        "floor": ["-m", "tests.bench_floor", emulator.base_url],
        "bound": ["-m", "tests.bench_bound", emulator.base_url, emulator.token],
    }[side]
    client = await asyncio.create_subprocess_exec(sys.executable, *command, cwd=workdir, env=env)
    process = psutil.Process(client.pid)
    peak = [0]
    stop = asyncio.Event()
    watcher = asyncio.create_task(watch_memory(process, peak, stop))
    try:
        await wait_for(
            lambda: any(s.ws for s in emulator.sessions.values()) or client.returncode is not None, 60, "a connection"
        )
        if client.returncode is not None:
            raise SystemExit(f"the {side} exited with {client.returncode}")
        await asyncio.sleep(3)
        if side == "bot":
            panels = await bot_panels(emulator, prepared)
            look[:] = panels[:1]
        else:
            panels = copied_panels(emulator, prepared, look[0])
        await asyncio.sleep(1)
        emulator.latency = args.latency / 1000
        profiler = (
            await start_profiler(args.profile, client.pid) if side == args.profile_side and args.profile else None
        )
        cpu_before = sum(process.cpu_times()[:2])
        threads_before = other_threads_cpu(process)
        before = len(emulator.requests)
        started = time.monotonic()
        clicks: list[tuple[World, Member, Interaction]] = list(
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
        welcome = []
        for world, member, interaction in clicks:
            channel = next(c for c in emulator.text_channels(world.guild, world.category) if member.id in c.overwrites)
            first = await wait_for(lambda channel=channel: channel.history(), 60, "a welcome message")
            welcome.append(first[0].created - interaction.created_at)
        await asyncio.sleep(2)  # let batched audit posts go out: they belong to the opens
        cpu = sum(process.cpu_times()[:2]) - cpu_before
        threads = other_threads_cpu(process) - threads_before
        if profiler is not None:
            profiler.send_signal(signal.SIGINT)
            await profiler.wait()
        requests = Counter(r.route for r in emulator.requests[before:])
        acks = [i.ack_latency for _, _, i in clicks if i.ack_latency is not None]
    finally:
        stop.set()
        await watcher
        client.terminate()
        await asyncio.wait_for(client.wait(), 30)
        await emulator.stop()
    return Figures(len(welcome), elapsed, acks, welcome, cpu, threads, requests, peak[0])


def other_threads_cpu(process: psutil.Process) -> float:
    """Return the CPU seconds of a process's threads other than its main one (where the event loop runs)."""
    return sum(t.user_time + t.system_time for t in process.threads() if t.id != process.pid)


async def start_profiler(path: str, pid: int) -> asyncio.subprocess.Process:
    """Sample the bot with py-spy (``pip install py-spy``) during the burst, into a flame-graph file."""
    profiler = await asyncio.create_subprocess_exec(
        "py-spy",
        "record",
        "--pid",
        str(pid),
        "--rate",
        "200",
        "--format",
        "raw",
        "--output",
        path,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    await asyncio.sleep(1)
    return profiler


async def _click(emulator: Emulator, world: World, member: Member, panel: Message) -> tuple[World, Member, Interaction]:
    return world, member, await emulator.click(member, panel)


SIDES = ("bound", "floor", "bot")


def show(figures: dict[str, Figures]) -> tuple[float, float, float, float]:
    """Print one run's sides in columns, the bot against both others.

    Return (floor/bot tickets/s, bot − floor CPU per open in ms, bot requests/open, welcome p50 bot − floor).
    """
    bound, floor, bot = (figures[side] for side in SIDES)
    rows: list[tuple[str, list[float], str, str]] = [
        ("tickets per second", [f.per_second for f in (bound, floor, bot)], "{:.1f}", "ratio"),
        ("ack p50 (ms)", [quantile(f.ack, 50) for f in (bound, floor, bot)], "{:.0f}", "difference"),
        ("ack p99 (ms)", [quantile(f.ack, 99) for f in (bound, floor, bot)], "{:.0f}", "difference"),
        ("acked after 3 s", [float(f.late_acks()) for f in (bound, floor, bot)], "{:.0f}", ""),
        ("welcome p50 (ms)", [quantile(f.welcome, 50) for f in (bound, floor, bot)], "{:.0f}", "difference"),
        ("welcome p99 (ms)", [quantile(f.welcome, 99) for f in (bound, floor, bot)], "{:.0f}", "difference"),
        ("CPU per open (ms)", [f.cpu_per_open_ms for f in (bound, floor, bot)], "{:.2f}", "difference"),
        ("  in other threads", [f.thread_cpu_per_open_ms for f in (bound, floor, bot)], "{:.2f}", "difference"),
        ("requests per open", [f.requests_per_open for f in (bound, floor, bot)], "{:.2f}", ""),
        ("peak RSS (MiB)", [f.peak_rss / 2**20 for f in (bound, floor, bot)], "{:.1f}", "difference"),
    ]
    print(f"{'':20} {'bound':>9} {'floor':>9} {'bot':>9}   {'bot vs bound':>13} {'bot vs floor':>13}")
    for name, (b, f, t), form, compare in rows:
        if compare == "ratio":
            notes = [f"{b / t:.2f}x", f"{f / t:.2f}x"]
        elif compare == "difference":
            notes = [f"{t - b:+.2f}", f"{t - f:+.2f}"]
        else:
            notes = ["", ""]
        cells = " ".join(f"{form.format(v):>9}" for v in (b, f, t))
        print(f"{name:20} {cells}   {notes[0]:>13} {notes[1]:>13}")
    print("bot requests per open by route:")
    for route, count in bot.requests.most_common():
        print(f"  {count / bot.tickets:5.2f}  {route}")
    return (
        floor.per_second / bot.per_second,
        bot.cpu_per_open_ms - floor.cpu_per_open_ms,
        bot.requests_per_open,
        quantile(bot.welcome, 50) - quantile(floor.welcome, 50),
    )


async def run(args: argparse.Namespace) -> None:
    database = backend(args)
    print(
        f"guilds {args.guilds}, members {args.members}, latency {args.latency} ms, database {database}, runs {args.runs}"
    )
    results = []
    for n in range(args.runs):
        look: list[Message] = []
        figures = {side: await measure(args, side, look) for side in ("bot", "floor", "bound")}
        print(f"\nrun {n + 1}: {figures['bot'].tickets} tickets")
        results.append(show(figures))
    ratio, cpu, requests, welcome = (statistics.median(column) for column in zip(*results, strict=True))
    if args.runs > 1:
        print(f"\nmedians of {args.runs} paired runs: welcome p50 bot - floor {welcome:+.0f} ms")
    print(f"floor/bot tickets/s: {ratio:.2f}   bot-floor cpu/open: {cpu:.2f} ms   requests/open: {requests:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guilds", "-G", type=int, default=20)
    parser.add_argument("--members", "-U", type=int, default=50, help="at most 50: one category holds 50 channels")
    parser.add_argument("--latency", "-L", type=float, default=50.0, help="injected latency per request, in ms")
    parser.add_argument("--runs", "-R", type=int, default=1, help="paired runs; medians are printed after them")
    parser.add_argument(
        "--database-url",
        default=None,
        help="a MySQL/MariaDB or MongoDB server, on which each run gets a fresh database (default: a SQLite file)",
    )
    parser.add_argument("--profile", default=None, help="sample one side with py-spy into this file (collapsed stacks)")
    parser.add_argument(
        "--profile-side", choices=("bot", "floor"), default="bot", help="the side --profile samples (default: the bot)"
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
