"""Benchmark at scale: N servers set up, some with open tickets; the bot beside a plain discord.py client.

    python -m tests.bench_scale --servers 5000 --tickets 1000 --idle 60 [--database-url mysql://…]
    python -m tests.bench_scale --servers 300 --tickets 100 --idle 20 --opens 100   # a few minutes

Each side runs in its own process (``tests.bench_scale_client``) against a fresh in-process emulator
holding the same world: ``--servers`` servers as ``/setup`` leaves them (staff role, ticket category, log
channel, settings and the first ticket type; written straight to a fresh database), ``--tickets`` open
tickets ten to a server, and, apart, servers whose members click Create Ticket. Then, in order:

1. start-up: time to "ready", and for the bot how long after it the start-up sweep ends, its CPU and
   database calls (each one round trip or transaction); RSS per server is the slope from a start-up-only
   run with ``--baseline-servers`` (a fifth by default) and the same tickets;
2. idle for ``--idle`` seconds: CPU per minute, database calls per sweep, "Can't keep up" warnings;
3. two identical message bursts, ``--messages`` messages over ``--busy`` ticket channels by their
   openers: CPU per 1,000 messages, the bot's database calls, RSS after each;
4. two identical click bursts of ``--opens`` Create Ticket clicks (the bot's started as a sweep starts):
   acknowledgement times, RSS growth per open, and what the second burst adds.

The plain client (same intents and caches) answers a click with the four requests of an open and does
nothing with messages: it is the floor that discord.py itself costs. ``--tracemalloc`` has each side
print, at every measuring point, the allocations that grew most since the last (on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import psutil

from config.settings import TicketDefaults
from core import messages
from core.models import GuildCounter, Ticket, TicketStatus, TicketType, utcnow
from core.runtime.guild_settings import GuildSettings
from database import RecordKind, create_adapter
from tests.backends import benchmark_database
from tests.bench import start_profiler
from tests.emulator.emulator import Emulator
from tests.emulator.gateway import HEARTBEAT_INTERVAL_MS
from tests.emulator.interactions import Interaction
from tests.emulator.state import Channel, ChannelType, Guild, Member, Message, Overwrite, Permissions, Role

ROOT = Path(__file__).resolve().parents[1]
PER_SERVER = 10  # open tickets per server that has some
PER_CATEGORY = 50  # clickers per click server: a category holds 50 channels
# discord.py's keep-alive thread notes a heartbeat as sent only after the loop sent it; an acknowledgement
# heard first is timed from the heartbeat before: "Can't keep up ... 41.3s behind", one interval, with
# nothing held up. The emulator acknowledges after a round trip, as Discord does; any left are counted apart.
HEARTBEAT_S = HEARTBEAT_INTERVAL_MS / 1000
MEMBER = Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES | Permissions.READ_MESSAGE_HISTORY


@dataclass
class Server:
    """One emulated server as /setup leaves it."""

    guild: Guild
    staff: Role
    category: Channel
    log: Channel
    lobby: Channel
    owner: Member
    clickers: list[Member] = field(default_factory=list)


@dataclass
class World:
    servers: list[Server]
    tickets: list[tuple[Ticket, Channel, Member]]
    bursts: tuple[list[Server], list[Server]]


async def build(emulator: Emulator, args: argparse.Namespace) -> World:
    """Make the servers, the ticket channels and the click servers' members in the emulator."""
    bot_allow = MEMBER | Permissions.MANAGE_CHANNELS | Permissions.EMBED_LINKS
    servers, tickets = [], []
    burst_servers = math.ceil(args.opens / PER_CATEGORY)
    now = utcnow()
    for n in range(args.servers):
        guild = emulator.create_guild(f"Server {n}")
        staff = emulator.create_role(guild, "Support")
        category = await emulator.create_channel(guild, "Tickets", type=ChannelType.GUILD_CATEGORY)
        log = await emulator.create_channel(
            guild,
            "ticket-log",
            overwrites=[
                Overwrite(guild.id, 0, deny=Permissions.VIEW_CHANNEL),
                Overwrite(staff.id, 0, allow=Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY),
                Overwrite(emulator.bot_user.id, 1, allow=Permissions.VIEW_CHANNEL),
            ],
        )
        lobby = await emulator.create_channel(guild, "support")
        servers.append(Server(guild, staff, category, log, lobby, emulator.owner(guild)))
    ticket_servers = math.ceil(args.tickets / PER_SERVER)
    if ticket_servers + 2 * burst_servers > args.servers:
        raise SystemExit(f"--servers must be at least {ticket_servers + 2 * burst_servers} for these tickets and opens")
    for n in range(args.tickets):
        server = servers[n // PER_SERVER]
        opener = await emulator.add_member(server.guild, f"opener{n}")
        number = n % PER_SERVER + 1
        ticket = Ticket(n + 1, server.guild.id, number, opener.user.id, None, TicketStatus.OPEN, None, now)
        channel = await emulator.create_channel(
            server.guild,
            f"ticket-{number:04d}",
            parent=server.category,
            overwrites=[
                Overwrite(server.guild.id, 0, deny=Permissions.VIEW_CHANNEL),
                Overwrite(opener.user.id, 1, allow=MEMBER),
                Overwrite(server.staff.id, 0, allow=MEMBER),
                Overwrite(emulator.bot_user.id, 1, allow=bot_allow),
            ],
            topic=messages.topic(ticket, opener.user.username),
        )
        tickets.append((replace(ticket, channel_id=channel.id, active_at=now, opener_active_at=now), channel, opener))
    clicking = servers[ticket_servers : ticket_servers + 2 * burst_servers]
    for b, server in enumerate(clicking):
        members = min(PER_CATEGORY, args.opens - (b % burst_servers) * PER_CATEGORY)
        server.clickers = [await emulator.add_member(server.guild, f"clicker{b}-{m}") for m in range(members)]
    return World(servers, tickets, (clicking[:burst_servers], clicking[burst_servers:]))


async def store(url: str, world: World) -> None:
    """Write what /setup leaves in every server, and the open tickets, straight to the database."""
    db = create_adapter(url)
    await db.connect()
    try:
        settings = GuildSettings(db, TicketDefaults())
        configs = [
            replace(
                settings.new(s.guild.id),
                staff_role_ids=[s.staff.id],
                ticket_category_id=s.category.id,
                log_channel_id=s.log.id,
            )
            for s in world.servers
        ]
        types = [TicketType(n + 1, s.guild.id, "Support") for n, s in enumerate(world.servers)]
        numbers = Counter(t.guild_id for t, _, _ in world.tickets)  # each server's counter, as its opens left it
        counters = [GuildCounter(s.guild.id, numbers[s.guild.id]) for s in world.servers]
        for kind, records in (
            (RecordKind.GUILD_CONFIGS, configs),
            (RecordKind.COUNTERS, counters),
            (RecordKind.TICKET_TYPES, types),
            (RecordKind.TICKETS, [t for t, _, _ in world.tickets]),
        ):
            for start in range(0, len(records), 500):
                await db.import_records(kind, records[start : start + 500])
    finally:
        await db.close()


class Events:
    """The events a side prints, read as they come."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self.seen: list[dict[str, Any]] = []
        self._stream = stream
        self._arrived = asyncio.Condition()
        self.task = asyncio.create_task(self._read())

    async def _read(self) -> None:
        while line := await self._stream.readline():
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                async with self._arrived:
                    self.seen.append(event)
                    self._arrived.notify_all()

    async def next(self, kind: str, after: int, timeout: float = 120.0, **match: Any) -> dict[str, Any]:
        """Wait for the first event of ``kind`` (with the fields ``match``) from index ``after`` on."""

        def found() -> dict[str, Any] | None:
            return next(
                (e for e in self.seen[after:] if e["e"] == kind and all(e.get(k) == v for k, v in match.items())),
                None,
            )

        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: found() is not None), timeout)
        event = found()
        assert event is not None
        return event

    def of(self, kind: str, after: int = 0) -> list[dict[str, Any]]:
        return [e for e in self.seen[after:] if e["e"] == kind]


@dataclass
class Side:
    """What one side measured."""

    name: str
    ready_s: float = 0.0
    startup_after_ready_s: float | None = None
    startup_cpu_s: float = 0.0
    startup_calls: Counter[str] = field(default_factory=Counter)
    rss_ready: int = 0
    rss_per_server: float | None = None  # the slope between --baseline-servers and --servers
    startup_steps: list[dict[str, Any]] = field(default_factory=list)
    idle_steps: dict[str, list[tuple[float, int]]] = field(default_factory=dict)
    idle_cpu_per_min: float = 0.0
    calls_per_sweep: list[int] = field(default_factory=list)
    sweep_ms: list[float] = field(default_factory=list)
    behind: int = 0
    behind_race: int = 0  # of them, "behind" by one heartbeat interval: see HEARTBEAT_S
    message_cpu_ms: list[float] = field(default_factory=list)  # per 1,000 messages, each burst
    message_calls: list[Counter[str]] = field(default_factory=list)
    rss_messages: list[int] = field(default_factory=list)  # before, after the first, after the second
    acks: list[list[float]] = field(default_factory=list)
    rss_opens: list[int] = field(default_factory=list)  # before, after the first, after the second
    opens: list[int] = field(default_factory=list)


def rss(process: psutil.Process) -> int:
    return int(process.memory_info().rss)


def cpu(process: psutil.Process) -> float:
    """CPU seconds the side has used: its threads' run time to the nanosecond where Linux gives it.

    psutil's figure counts clock ticks (10 ms), coarse next to a burst of messages that costs 50-100 ms.
    """
    try:
        tasks = Path(f"/proc/{process.pid}/task").iterdir()
        return sum(int((task / "schedstat").read_text().split()[0]) for task in tasks) / 1e9
    except OSError:
        return float(sum(process.cpu_times()[:2]))


async def snapshot(client: asyncio.subprocess.Process, events: Events) -> dict[str, Any]:
    """Ask the side for its database calls so far (and, with --tracemalloc, what grew)."""
    mark = len(events.seen)
    client.send_signal(signal.SIGUSR1)
    return await events.next("snapshot", mark, timeout=60)


async def settle(process: psutil.Process, quiet: float = 0.05) -> float:
    """Wait until the side has worked through what it was sent: CPU use falls below ``quiet`` for a second.

    Return the CPU it had used when that quiet second began, so a measure ends with the work, not after it.
    """
    last = cpu(process)
    while True:
        await asyncio.sleep(1.0)
        now = cpu(process)
        if now - last < quiet:
            return last
        last = now


async def measure(args: argparse.Namespace, name: str) -> Side:
    """Run one side through the phases and return what it measured."""
    side = Side(name)
    emulator = Emulator(validate_spec=False)
    await emulator.start()
    built = time.monotonic()
    world = await build(emulator, args)
    print(f"  {name}, {args.servers} servers: world built in {time.monotonic() - built:.1f} s", flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="ticketbot-scale-"))
    (workdir / "config.yaml").write_text("logging:\n  level: WARNING\n  file: null\n")
    async with benchmark_database(args.database_url, "ticketbot-scale-") as url:
        if name == "bot":
            await store(url, world)
        env = {**os.environ, "DISCORD_TOKEN": emulator.token, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
        extra = ["--tracemalloc"] if args.tracemalloc else []
        spawned = time.time()
        client = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.bench_scale_client",
            name,
            emulator.base_url,
            *extra,
            cwd=workdir,
            env=env,
            stdout=asyncio.subprocess.PIPE,
        )
        assert client.stdout is not None
        events = Events(client.stdout)
        process = psutil.Process(client.pid)
        profiler = await start_profiler(args.profile, client.pid) if name == "bot" and args.profile else None
        try:
            await phases(args, side, emulator, world, client, process, events, spawned)
        finally:
            if profiler is not None:
                profiler.send_signal(signal.SIGINT)
                await profiler.wait()
            client.terminate()
            await asyncio.wait_for(client.wait(), 60)
            await emulator.stop()
    return side


async def phases(
    args: argparse.Namespace,
    side: Side,
    emulator: Emulator,
    world: World,
    client: asyncio.subprocess.Process,
    process: psutil.Process,
    events: Events,
    spawned: float,
) -> None:
    bot = side.name == "bot"
    ready = await events.next("ready", 0, timeout=600)
    side.ready_s = ready["t"] - spawned
    if bot:
        done = await events.next("sweep", 0, timeout=600, startup=True)
        side.startup_after_ready_s = done["t"] - ready["t"]
        side.startup_cpu_s = done["cpu"]
        side.startup_calls = Counter(done["calls"])
        begun = next(n for n, e in enumerate(events.seen) if e["e"] == "sweep-start")
        side.startup_steps = [e for e in events.of("step", begun) if e["t"] <= done["t"]]
    else:
        side.startup_cpu_s = ready["cpu"]
    await settle(process)
    side.rss_ready = rss(process)
    if args.startup_only:
        return

    mark, before, started = len(events.seen), cpu(process), time.monotonic()
    await asyncio.sleep(args.idle)
    side.idle_cpu_per_min = (cpu(process) - before) / (time.monotonic() - started) * 60
    for sweep in events.of("sweep", mark):
        side.calls_per_sweep.append(sum(sweep["calls"].values()))
    for step in events.of("step", mark):
        side.idle_steps.setdefault(step["name"], []).append((step["ms"], step["calls"]))
    starts = {e["t"] for e in events.of("sweep-start", mark)}
    side.sweep_ms = [
        (e["t"] - max((s for s in starts if s <= e["t"]), default=e["t"])) * 1000 for e in events.of("sweep", mark)
    ]

    panels = await post_panels(emulator, world, bot)
    busy = world.tickets[: args.busy]
    side.rss_messages.append(rss(process))
    for burst in range(2):
        first = await snapshot(client, events)
        before = cpu(process)
        await asyncio.gather(
            *(
                emulator.post_message(opener, channel, f"message {burst}-{m}")
                for m in range(args.messages // max(len(busy), 1))
                for _, channel, opener in busy
            )
        )
        side.message_cpu_ms.append((await settle(process) - before) / args.messages * 1000 * 1000)
        last = await snapshot(client, events)
        side.message_calls.append(Counter(last["calls"]) - Counter(first["calls"]))
        side.rss_messages.append(rss(process))

    side.rss_opens.append(rss(process))
    for servers in world.bursts:
        if bot:
            await events.next("sweep-start", len(events.seen), timeout=args.interval + 60)
        clicks: list[Interaction] = list(
            await asyncio.gather(*(emulator.click(m, panels[s.guild.id]) for s in servers for m in s.clickers))
        )
        for interaction in clicks:
            await interaction.answered(120)
        side.acks.append([i.ack_latency for i in clicks if i.ack_latency is not None])
        side.opens.append(len(clicks))
        await settle(process)
        await snapshot(client, events)
        side.rss_opens.append(rss(process))
    warnings = events.of("behind")
    side.behind = len(warnings)
    side.behind_race = sum(1 for e in warnings if abs((e["seconds"] or 0) - HEARTBEAT_S) < 1.0)


async def post_panels(emulator: Emulator, world: World, bot: bool) -> dict[int, Message]:
    """A Create Ticket panel in every click server: the bot's through its own command, the plain client's by hand."""
    panels = {}
    for server in (s for burst in world.bursts for s in burst):
        if bot:
            await (await emulator.run_command(server.owner, server.lobby, "panel send")).answered(60)
            panels[server.guild.id] = next(m for m in server.lobby.history() if m.custom_ids)
            continue
        button = {"type": 2, "style": 1, "label": "Create Ticket", "custom_id": "ticket:open:1"}
        message = Message(
            emulator.snowflake(), server.lobby, emulator.bot_user, components=[{"type": 1, "components": [button]}]
        )
        server.lobby.messages[message.id] = message
        panels[server.guild.id] = message
    return panels


def kib(value: float) -> str:
    return f"{value / 1024:.1f}"


def show(args: argparse.Namespace, plain: Side, bot: Side) -> None:
    """Print both sides' figures beside each other."""

    def growth(side: Side, points: list[int], count: int) -> tuple[float, float]:
        first, second = points[1] - points[0], points[2] - points[1]
        return first / max(count, 1), second / points[1] * 100

    def ack(side: Side, q: str) -> str:
        values = [a for burst in side.acks for a in burst]
        if not values:
            return "-"
        return f"{(max(values) if q == 'max' else statistics.median(values)) * 1000:.0f}"

    open_growth = {s.name: growth(s, s.rss_opens, s.opens[0] if s.opens else 0) for s in (plain, bot)}
    message_growth = {s.name: growth(s, s.rss_messages, args.messages) for s in (plain, bot)}
    rows = [
        ("ready after start (s)", f"{plain.ready_s:.1f}", f"{bot.ready_s:.1f}"),
        ("start-up sweep ends after ready (s)", "-", f"{bot.startup_after_ready_s:.2f}"),
        ("CPU to start (s)", f"{plain.startup_cpu_s:.2f}", f"{bot.startup_cpu_s:.2f}"),
        ("database calls at start-up", "-", str(sum(bot.startup_calls.values()))),
        ("  by method", "-", ", ".join(f"{k} {v}" for k, v in bot.startup_calls.most_common())),
        *((f"  {step['name']}", "-", f"{step['ms']:.0f} ms, {step['calls']} calls") for step in bot.startup_steps),
        ("RSS after start-up (MiB)", f"{plain.rss_ready / 2**20:.1f}", f"{bot.rss_ready / 2**20:.1f}"),
        (
            "RSS per server (KiB, slope from the baseline)",
            kib(plain.rss_per_server) if plain.rss_per_server is not None else "-",
            kib(bot.rss_per_server) if bot.rss_per_server is not None else "-",
        ),
        ("idle CPU per minute (s)", f"{plain.idle_cpu_per_min:.2f}", f"{bot.idle_cpu_per_min:.2f}"),
        (
            "database calls per sweep (median, max)",
            "-",
            f"{statistics.median(bot.calls_per_sweep):.0f}, {max(bot.calls_per_sweep)}" if bot.calls_per_sweep else "-",
        ),
        ("sweep duration (median ms)", "-", f"{statistics.median(bot.sweep_ms):.0f}" if bot.sweep_ms else "-"),
        *(
            (
                f"  {name}",
                "-",
                f"{statistics.median(ms for ms, _ in runs):.0f} ms, "
                f"{statistics.median(calls for _, calls in runs):.0f} calls",
            )
            for name, runs in bot.idle_steps.items()
        ),
        ("'Can't keep up' warnings", str(plain.behind), str(bot.behind)),
        ("  of them one heartbeat interval (an ack race)", str(plain.behind_race), str(bot.behind_race)),
    ]
    for n in range(2):
        rows.append(
            (
                f"CPU per 1,000 ticket messages, burst {n + 1} (ms)",
                f"{plain.message_cpu_ms[n]:.0f}",
                f"{bot.message_cpu_ms[n]:.0f}",
            )
        )
        calls = bot.message_calls[n]
        rows.append((f"  database calls, burst {n + 1}", "-", ", ".join(f"{k} {v}" for k, v in calls.most_common())))
    rows += [
        ("RSS per message, burst 1 (KiB)", kib(message_growth["plain"][0]), kib(message_growth["bot"][0])),
        (
            "  burst 2 adds (% of RSS)",
            f"{message_growth['plain'][1]:.1f}",
            f"{message_growth['bot'][1]:.1f}",
        ),
        ("click ack p50 (ms)", ack(plain, "p50"), ack(bot, "p50")),
        ("click ack max (ms)", ack(plain, "max"), ack(bot, "max")),
        ("RSS per open, burst 1 (KiB)", kib(open_growth["plain"][0]), kib(open_growth["bot"][0])),
        ("  burst 2 adds (% of RSS)", f"{open_growth['plain'][1]:.1f}", f"{open_growth['bot'][1]:.1f}"),
    ]
    print(f"\n{'':44} {'plain':>10} {'bot':>10}")
    for label, a, b in rows:
        print(f"{label:44} {a:>10} {b:>10}")
    print(
        f"start-up after ready: {bot.startup_after_ready_s:.2f} s   idle cpu/min: {bot.idle_cpu_per_min:.2f} s   "
        f"calls/sweep: {statistics.median(bot.calls_per_sweep) if bot.calls_per_sweep else 0:.0f}   "
        f"open rss bot/plain: {open_growth['bot'][0] / max(open_growth['plain'][0], 1):.1f}"
    )


async def run(args: argparse.Namespace) -> None:
    database_name = (args.database_url or "sqlite").split(":")[0]
    print(
        f"servers {args.servers}, open tickets {args.tickets}, idle {args.idle} s, messages {args.messages} in "
        f"{args.busy} tickets, opens {args.opens} per burst, database {database_name}",
        flush=True,
    )
    sides = []
    baseline = args.servers // 5 if args.baseline_servers is None else args.baseline_servers
    for name in ("plain", "bot"):
        side = await measure(args, name)
        if 0 < baseline < args.servers:
            # The same tickets where they fit, so that the slope is the servers' own.
            tickets = args.tickets if baseline * PER_SERVER >= args.tickets else 0
            small = argparse.Namespace(**{**vars(args), "servers": baseline, "tickets": tickets, "opens": 0})
            small.startup_only = True
            side.rss_per_server = (side.rss_ready - (await measure(small, name)).rss_ready) / (args.servers - baseline)
        sides.append(side)
    show(args, *sides)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", "-N", type=int, default=5000)
    parser.add_argument("--tickets", type=int, default=1000, help="open tickets, ten per server")
    parser.add_argument("--idle", type=float, default=60.0, help="seconds idle, to measure sweeps")
    parser.add_argument("--messages", type=int, default=2000, help="messages per burst")
    parser.add_argument("--busy", type=int, default=100, help="ticket channels the messages go to")
    parser.add_argument("--opens", type=int, default=450, help="Create Ticket clicks per burst")
    parser.add_argument("--interval", type=float, default=15.0, help="the bot's sweep interval, to wait for one")
    parser.add_argument("--database-url", default=None, help="a server to make a fresh database on; default SQLite")
    parser.add_argument(
        "--baseline-servers",
        type=int,
        default=None,
        help="servers of a start-up-only run, for RSS per server as a slope (default: a fifth; 0: none)",
    )
    parser.add_argument("--profile", default=None, help="sample the bot with py-spy into this file, start to end")
    parser.add_argument("--tracemalloc", action="store_true", help="print what grew at each point (slow)")
    args = parser.parse_args()
    args.startup_only = False
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
