"""One side of ``tests.bench_scale``: the real bot, instrumented, or a plain discord.py client, in its own process.

    python -m tests.bench_scale_client bot|plain BASE_URL [--tracemalloc]

Both read ``DISCORD_TOKEN`` (and the bot ``DATABASE_URL`` and ``config.yaml``) as ``python bot.py`` does,
and print one JSON object a line on stdout for the benchmark: ``ready``, each sweep of the bot's scheduler
(``sweep-start``, then ``sweep`` with its database calls by method), each "Can't keep up" warning of
discord.py's heartbeat (``behind``), and on SIGUSR1 a ``snapshot`` of the database calls so far. The plain
client has the bot's intents and caches; to a click it answers with the four requests of an open
(acknowledge, create the private channel, post the welcome with a Close button, edit the reply).
"""

from __future__ import annotations

import asyncio
import json
import linecache
import logging
import os
import signal
import sys
import time
import tracemalloc
from collections import Counter
from datetime import datetime
from typing import Any

import discord
import yarl

import bot
from config.logging import setup_logging
from config.settings import load_settings
from core.runtime.scheduler import Job, Step
from database import DatabaseAdapter, create_adapter

TRACE_TOP = 15


def emit(event: str, **fields: Any) -> None:
    """Print one event for the benchmark, with the wall clock and this process's CPU seconds."""
    print(json.dumps({"e": event, "t": time.time(), "cpu": time.process_time(), **fields}), flush=True)


class Behind(logging.Handler):
    """Reports discord.py's "Can't keep up" heartbeat warnings: the event loop was held too long."""

    def emit(self, record: logging.LogRecord) -> None:
        if "Can't keep up" in record.msg:
            seconds = record.args[-1] if isinstance(record.args, tuple) and record.args else None
            emit("behind", message=record.getMessage(), seconds=seconds)


def count_calls(db: DatabaseAdapter) -> Counter[str]:
    """Count every call of the adapter's public methods from now on, by name (each one round trip or transaction)."""
    calls: Counter[str] = Counter()
    for name in dir(type(db)):
        real = getattr(db, name)
        if name.startswith("_") or not callable(real) or name in ("connect", "close"):
            continue

        async def counted(*args: Any, real: Any = real, name: str = name, **kwargs: Any) -> Any:
            calls[name] += 1
            return await real(*args, **kwargs)

        setattr(db, name, counted)
    return calls


class Tracer:
    """With ``--tracemalloc``: on each snapshot, the lines that grew most since the last one, on stderr."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last: tracemalloc.Snapshot | None = None
        if enabled:
            tracemalloc.start(12)

    def report(self) -> None:
        if not self.enabled:
            return
        # Not the tracer's own: its snapshots, and the source lines it reads to print them.
        ignored = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, linecache.__file__)]
        snapshot = tracemalloc.take_snapshot().filter_traces(ignored)
        if self.last is not None:
            print("--- tracemalloc: grown since the last snapshot", file=sys.stderr)
            for stat in snapshot.compare_to(self.last, "traceback")[:TRACE_TOP]:
                print(f"{stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d}", file=sys.stderr)
                for line in stat.traceback.format()[-10:]:
                    print("      " + line, file=sys.stderr)
        self.last = snapshot


def _timed_step(step: Step | None, calls: Counter[str]) -> Step | None:
    if step is None:
        return None

    async def timed(held: set[int], now: datetime) -> None:
        before, started = Counter(calls), time.perf_counter()
        await step(held, now)
        emit(
            "step",
            name=step.__qualname__,
            ms=(time.perf_counter() - started) * 1000,
            calls=sum((calls - before).values()),
        )

    return timed


async def run_bot(tracer: Tracer) -> None:
    settings = load_settings(None)
    setup_logging(settings.logging)
    logging.getLogger("discord.gateway").addHandler(Behind())
    db = create_adapter(settings.database.url)
    await db.connect()
    calls = count_calls(db)
    client = bot.TicketBot(settings, db)
    scheduler = client.scheduler
    sweep = scheduler.sweep

    async def timed(*, startup: bool = False, now: datetime | None = None) -> None:
        before = Counter(calls)
        emit("sweep-start", startup=startup)
        await sweep(startup=startup, now=now)
        emit("sweep", startup=startup, calls=dict(calls - before))

    scheduler.sweep = timed  # type: ignore[method-assign]
    scheduler._jobs = tuple(  # each job's time and calls, to tell whose work a sweep's cost is
        Job(every=_timed_step(job.every, calls), startup=_timed_step(job.startup, calls)) for job in scheduler._jobs
    )

    async def ready() -> None:
        emit("ready", guilds=len(client.guilds))

    client.add_listener(ready, "on_ready")
    _on_snapshot(lambda: (tracer.report(), emit("snapshot", calls=dict(calls))))
    try:
        async with client:
            await client.start(settings.discord_token.get_secret_value())
    finally:
        await db.close()


class Plain(discord.Client):
    """A discord.py client with the bot's intents and caches that opens a ticket the plainest way."""

    async def on_ready(self) -> None:
        emit("ready", guilds=len(self.guilds))

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        guild = interaction.guild
        if interaction.type is not discord.InteractionType.component or guild is None:
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        category = next(c for c in guild.categories if c.name == "Tickets")
        staff = next(r for r in guild.roles if r.name == "Support")
        member = discord.Permissions(view_channel=True, send_messages=True, read_message_history=True)
        overwrites: dict[discord.Role | discord.Member | discord.Object, discord.PermissionOverwrite] = {
            guild.default_role: discord.PermissionOverwrite(view_channel=False),
            discord.Object(self.user.id if self.user else 0, type=discord.Member): discord.PermissionOverwrite(
                view_channel=True, send_messages=True, manage_channels=True, embed_links=True
            ),
            discord.Object(interaction.user.id, type=discord.Member): discord.PermissionOverwrite.from_pair(
                member, discord.Permissions.none()
            ),
            staff: discord.PermissionOverwrite.from_pair(member, discord.Permissions.none()),
        }
        channel = await guild.create_text_channel(
            f"ticket-{interaction.user.id % 10_000:04d}", category=category, overwrites=overwrites, topic="Ticket"
        )
        view = discord.ui.View(timeout=None)
        view.add_item(discord.ui.Button(label="Close", style=discord.ButtonStyle.danger, custom_id="close"))
        await channel.send(
            interaction.user.mention, embed=discord.Embed(title="Ticket", description="Welcome"), view=view
        )
        view.stop()
        await interaction.edit_original_response(content=f"{channel.mention} is open")


async def run_plain(token: str, tracer: Tracer) -> None:
    logging.basicConfig(level=logging.WARNING)
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    logging.getLogger("discord.gateway").addHandler(Behind())
    client = Plain(
        intents=bot.intents(),
        chunk_guilds_at_startup=False,
        member_cache_flags=discord.MemberCacheFlags.none(),
        allowed_mentions=discord.AllowedMentions.none(),
    )
    _on_snapshot(lambda: (tracer.report(), emit("snapshot", calls={})))
    async with client:
        await client.start(token)


def _on_snapshot(action: Any) -> None:
    asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, action)


def main() -> None:
    side, base = sys.argv[1], sys.argv[2]
    tracer = Tracer("--tracemalloc" in sys.argv[3:])
    discord.http.Route.BASE = base + "/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(base.replace("http", "ws", 1) + "/gateway")
    if side == "bot":
        asyncio.run(run_bot(tracer))
    else:
        asyncio.run(run_plain(os.environ["DISCORD_TOKEN"], tracer))


if __name__ == "__main__":
    main()
