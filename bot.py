"""Entry point: ``python bot.py`` runs the bot; ``--check`` validates settings; ``db copy`` moves data."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from datetime import datetime
from pathlib import Path

import discord
from discord.ext import commands

from config.logging import setup_logging
from config.settings import Settings, load_settings
from core.error_handler import TicketCommandTree
from core.errors import ConfigurationError, DatabaseUnavailable, TicketBotError
from core.manager import TicketManager
from core.models import utcnow
from core.views import DYNAMIC_ITEMS
from database import DatabaseAdapter, create_adapter

log = logging.getLogger(__name__)

EXTENSIONS = ("cogs.tickets", "cogs.admin", "cogs.utility")
SHUTDOWN_GRACE = 10.0


def intents() -> discord.Intents:
    """Guilds and guild messages, plus message content, which transcripts need."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_messages = True
    wanted.message_content = True
    return wanted


class TicketBot(commands.AutoShardedBot):
    """The ticket bot: settings, the database and the TicketManager, with the cogs loaded at start."""

    def __init__(self, settings: Settings, db: DatabaseAdapter, **options: object) -> None:
        sharding = settings.sharding
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            tree_cls=TicketCommandTree,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            shard_count=sharding.shard_count,
            shard_ids=sharding.shard_ids,
            **options,
        )
        self.settings = settings
        self.db = db
        self.tickets = TicketManager(self, db, settings.tickets)
        self.started_at: datetime = utcnow()
        self._reconciled = False

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        guild_id = self.settings.command_guild_id
        if guild_id is not None:
            target = discord.Object(guild_id)
            self.tree.copy_global_to(guild=target)
            await self.tree.sync(guild=target)
        else:
            await self.tree.sync()

    async def close(self) -> None:
        """Let event handlers already running finish their work, then close the gateway and HTTP session."""
        running = [
            task
            for task in asyncio.all_tasks()
            if task is not asyncio.current_task() and task.get_name().startswith("discord.py: ")
        ]
        if running:
            await asyncio.wait(running, timeout=SHUTDOWN_GRACE)
        await super().close()

    async def on_ready(self) -> None:
        log.info("connected as %s (%s) to %d guilds", self.user, self.user.id if self.user else "?", len(self.guilds))
        if not self._reconciled:
            self._reconciled = True
            await self.tickets.reconcile(list(self.guilds))


async def run(settings: Settings) -> None:
    """Connect the database and the bot; close both on SIGINT/SIGTERM."""
    db = create_adapter(settings.database.url)
    await db.connect()
    bot = TicketBot(settings, db)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with bot:
            runner = asyncio.create_task(bot.start(settings.discord_token.get_secret_value()))
            stopper = asyncio.create_task(stop.wait())
            done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if runner in done:
                runner.result()
            log.info("shutting down")
    finally:
        await db.close()


async def check(settings: Settings) -> None:
    """Open the database (running migrations) and close it again, without contacting Discord."""
    db = create_adapter(settings.database.url)
    await db.connect()
    await db.close()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="A Discord ticket bot.")
    parser.add_argument("--config", type=Path, default=None, help="YAML settings file (default: config.yaml)")
    parser.add_argument("--check", action="store_true", help="validate settings and database, then exit")
    commands_ = parser.add_subparsers(dest="command")
    db_parser = commands_.add_parser("db", help="database tools")
    db_commands = db_parser.add_subparsers(dest="db_command", required=True)
    copy_parser = db_commands.add_parser("copy", help="copy every record from one database to another")
    copy_parser.add_argument("--from", dest="source", required=True, help="source database URL")
    copy_parser.add_argument("--to", dest="target", required=True, help="target database URL")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command == "db":
            from database.copy import copy_command

            return asyncio.run(copy_command(args.source, args.target))
        settings = load_settings(args.config)
        setup_logging(settings.logging)
        if args.check:
            asyncio.run(check(settings))
            print(f"Configuration OK; database {settings.database.url.partition('://')[0]} reachable.")
            return 0
        asyncio.run(run(settings))
    except (ConfigurationError, DatabaseUnavailable) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except discord.LoginFailure:
        print(
            "error: Discord rejected DISCORD_TOKEN; copy the bot token again from the developer portal", file=sys.stderr
        )
        return 2
    except TicketBotError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
