"""Runs the real bot against the emulator on a real database, with helpers for ticket flows."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import discord.http
import discord.webhook.async_

from bot import TicketBot
from config.settings import Settings
from core.models import Ticket, TicketStatus
from core.rules.policy import ACTIVE
from database import DatabaseAdapter, create_adapter
from tests.emulator.emulator import Emulator
from tests.emulator.interactions import Interaction
from tests.emulator.state import Channel, ChannelType, Guild, Member, Message, Overwrite, Permissions, Role

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
# discord.py waits 1, 3, 5, 7 and 9 s after each of the five tries of a request Discord answers 500 (and as
# long as a 429 says): in tests a fifth of that, so a request refused five times still outlasts an
# interaction's 3-second deadline, as with Discord, without a test sleeping 25 s.
RETRY_WAIT_SCALE = 0.2
# discord.py's HTTP clients: the bot's, and the webhooks' that answer interactions.
RETRYING_MODULES = (discord.http, discord.webhook.async_)


class ScaledRetryWaits:
    """``asyncio`` as discord.py's HTTP clients see it: the same retries, each wait between them scaled down."""

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)

    @staticmethod
    async def sleep(delay: float, result: T | None = None) -> T | None:
        return await asyncio.sleep(delay * RETRY_WAIT_SCALE, result)


class ErrorRecorder(logging.Handler):
    """Collects ERROR records from discord.py and the bot: a broken bot shows up only in its logs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def describe(self) -> str:
        return "\n".join(f"{r.name}: {r.getMessage()}\n{self.format(r) if r.exc_info else ''}" for r in self.records)


async def wait_for(predicate: Callable[[], T], timeout: float = 10.0, what: str = "condition") -> T:
    """Poll ``predicate`` until it returns something truthy."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.01)


async def spawn_bot(
    emulator: Emulator, workdir: Path, *, database_url: str | None = None, config: str = "logging:\n  file: null\n"
) -> asyncio.subprocess.Process:
    """Start ``python bot.py`` (``tests.run_bot``, pointed at the emulator) in ``workdir``, with stderr piped."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "config.yaml").write_text(config)
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": emulator.token,
        "DATABASE_URL": database_url or f"sqlite:///{workdir / 'tickets.db'}",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.run_bot", emulator.base_url, cwd=workdir, env=env, stderr=asyncio.subprocess.PIPE
    )


async def until_connected(emulator: Emulator, process: asyncio.subprocess.Process, known: set[str]) -> None:
    """Wait until a bot process has a gateway session that was not in ``known`` and was sent its servers
    (what the bot hears next, it hears after them); fail if the process exits first."""

    def connected() -> bool:
        for key, session in emulator.sessions.items():
            if key not in known and session.ws:
                sent = {frame["d"]["id"] for frame in session.sent if frame["t"] == "GUILD_CREATE"}
                served = {
                    str(g.id)
                    for g in emulator.guilds.values()
                    if session.serves(g.id) and emulator.bot_user.id in g.members
                }
                return served <= sent
        return False

    await wait_for(lambda: connected() or process.returncode is not None, 30, "the bot process to connect")
    assert process.returncode is None, "the bot process exited at start"


@dataclass
class World:
    """A guild prepared for tickets: roles, categories, channels and members."""

    guild: Guild
    staff_role: Role
    category: Channel
    archive: Channel
    log: Channel
    lobby: Channel
    owner: Member
    staff: Member
    alice: Member
    bob: Member
    carol: Member


async def build_world(
    emulator: Emulator,
    name: str = "Support Server",
    *,
    bot_permissions: int | None = None,
    preferred_locale: str = "en-US",
) -> World:
    """Build a guild for tickets; ``preferred_locale`` is its Discord language (its members' stay en-US)."""
    permissions = {"bot_permissions": bot_permissions} if bot_permissions is not None else {}
    guild = emulator.create_guild(name, preferred_locale=preferred_locale, **permissions)
    staff_role = emulator.create_role(guild, "Support")
    category = await emulator.create_channel(guild, "Tickets", type=ChannelType.GUILD_CATEGORY)
    archive = await emulator.create_channel(guild, "Archive", type=ChannelType.GUILD_CATEGORY)
    log_channel = await emulator.create_channel(
        guild,
        "ticket-log",
        overwrites=[
            Overwrite(guild.id, 0, deny=Permissions.VIEW_CHANNEL),
            Overwrite(staff_role.id, 0, allow=Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY),
            Overwrite(emulator.bot_user.id, 1, allow=Permissions.VIEW_CHANNEL),
        ],
    )
    lobby = await emulator.create_channel(guild, "support")
    await emulator.announce_guild(guild)
    return World(
        guild=guild,
        staff_role=staff_role,
        category=category,
        archive=archive,
        log=log_channel,
        lobby=lobby,
        owner=emulator.owner(guild),
        staff=await emulator.add_member(guild, "sam", staff_role),
        alice=await emulator.add_member(guild, "alice"),
        bob=await emulator.add_member(guild, "bob"),
        carol=await emulator.add_member(guild, "carol"),
    )


@dataclass
class Harness:
    """The emulator, a running bot and its database, plus shortcuts for the flows tests repeat."""

    emulator: Emulator
    database_url: str
    errors: ErrorRecorder
    bot: TicketBot | None = None
    db: DatabaseAdapter | None = None
    task: asyncio.Task[None] | None = None
    worlds: list[World] = field(default_factory=list)

    async def start_bot(self, clock: Callable[[], datetime] | None = None, **settings: Any) -> TicketBot:
        """Start the real bot (as ``python bot.py`` would build it) against the emulator."""
        self.db = create_adapter(self.database_url)
        await self.db.connect()
        config = Settings(
            discord_token=self.emulator.token,
            database={"url": self.database_url},
            logging={"file": None},
            **{"tickets": {"close_delay_seconds": 0.2}, **settings},
        )
        bot = TicketBot(config, self.db, guild_ready_timeout=0, **({"clock": clock} if clock else {}))
        await bot.login(self.emulator.token)
        self.task = asyncio.create_task(bot.connect(reconnect=True))
        ready = asyncio.create_task(bot.wait_until_ready())
        done, _ = await asyncio.wait({ready, self.task}, timeout=15, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            raise AssertionError(
                f"the bot did not become ready: {self.task.exception() if self.task.done() else 'timeout'}"
            )
        self.bot = bot
        return bot

    async def stop_bot(self) -> None:
        if self.bot is not None:
            await self.bot.close()
        if self.task is not None:
            await asyncio.wait_for(self.task, 10)
            self.task.result()
        if self.db is not None:
            await self.db.close()
        self.bot, self.task, self.db = None, None, None

    @contextlib.asynccontextmanager
    async def second_process(self, clock: Callable[[], datetime]) -> AsyncIterator[TicketBot]:
        """Run a second bot on the same database and shards, as a second process would, while the block runs."""
        db = create_adapter(self.database_url)
        await db.connect()
        settings = Settings(
            discord_token=self.emulator.token, database={"url": self.database_url}, logging={"file": None}
        )
        other = TicketBot(settings, db, guild_ready_timeout=0, clock=clock)
        await other.login(self.emulator.token)
        task = asyncio.create_task(other.connect())
        try:
            await other.wait_until_ready()
            yield other
        finally:
            await other.close()
            await task
            await db.close()

    def check_alive(self) -> None:
        if self.task is not None and self.task.done():
            raise AssertionError(f"the bot task died: {self.task.exception()!r}")

    @property
    def database(self) -> DatabaseAdapter:
        assert self.db is not None, "the bot is not running"
        return self.db

    # Shortcuts

    async def world(self, name: str = "Support Server", **options: Any) -> World:
        world = await build_world(self.emulator, name, **options)
        self.worlds.append(world)
        return world

    async def setup(self, world: World, **options: Any) -> Interaction:
        """Run /setup as the owner with the world's roles and channels."""
        options = {"staff_role": world.staff_role, "category": world.category, "log_channel": world.log, **options}
        return await (await self.emulator.run_command(world.owner, world.lobby, "setup", **options)).answered()

    async def panel(self, world: World, **options: Any) -> Message:
        """Post a panel in the world's lobby and return its message."""
        reply = await (await self.emulator.run_command(world.owner, world.lobby, "panel send", **options)).answered()
        assert "posted" in reply.text, reply.text
        return next(
            m for m in reversed(world.lobby.history()) if any(c.startswith("ticket:open:") for c in m.custom_ids)
        )

    async def open_ticket(self, world: World, member: Member, panel: Message) -> tuple[Interaction, Channel]:
        """Click Create Ticket as ``member``; return the reply (in the member's language) and the new ticket channel."""
        reply = await (await self.emulator.click(member, panel)).answered()
        assert "<#" in reply.text, reply.text  # a refusal names no channel
        ticket = await self.ticket_of(world, member)
        assert ticket.channel_id is not None
        assert f"<#{ticket.channel_id}>" in reply.text and ticket.label in reply.text, reply.text
        return reply, self.emulator.channels[ticket.channel_id]

    async def ticket_of(self, world: World, member: Member) -> Ticket:
        tickets = [t for t in await self.database.list_tickets(ACTIVE, world.guild.id) if t.opener_id == member.id]
        assert len(tickets) == 1, tickets
        return tickets[0]

    async def ticket_of_channel(self, channel: Channel) -> Ticket:
        ticket = await self.database.get_ticket_by_channel(channel.id)
        assert ticket is not None, f"no ticket for #{channel.name}"
        return ticket

    async def until_status(self, ticket_id: int, status: TicketStatus, timeout: float = 10.0) -> Ticket:
        """Wait until a ticket reaches ``status`` (a close finishes a moment after its channel goes)."""

        async def reached() -> Ticket | None:
            ticket = await self.database.get_ticket(ticket_id)
            return ticket if ticket is not None and ticket.status is status else None

        return await self.until(reached, f"ticket {ticket_id} to be {status}", timeout)

    def ticket_channels(self, world: World) -> list[Channel]:
        return self.emulator.text_channels(world.guild, world.category)

    def can_see(self, member: Member, channel: Channel) -> bool:
        return self.emulator.can_view(member, channel)

    async def eventually(self, predicate: Callable[[], Any], what: str = "condition", timeout: float = 10.0) -> Any:
        return await wait_for(predicate, timeout, what)

    async def until(self, action: Callable[[], Awaitable[Any]], what: str, timeout: float = 10.0) -> Any:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            result = await action()
            if result:
                return result
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            await asyncio.sleep(0.02)
