"""Entry point: ``python bot.py`` runs the bot; ``--check`` validates settings; ``db copy`` moves data."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import signal
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

try:
    import aiohttp
    import discord
    from discord.ext import commands

    from config.logging import setup_logging
    from config.settings import Settings, load_settings
    from core import metrics
    from core.admin.api_keys import ApiKeys
    from core.admin.panels import Panels
    from core.admin.setup import Administration
    from core.analytics.stats import StatsCache
    from core.analytics.targets import Targets
    from core.errors import ConfigurationError, DatabaseUnavailable, TicketBotError
    from core.i18n.commands import CommandTranslator
    from core.models import utcnow
    from core.places.routing import PlacesByType
    from core.runtime.guild_settings import GuildSettings
    from core.runtime.journal import Journal
    from core.runtime.lifecycle import Lifecycle
    from core.runtime.scheduler import Job, Scheduler
    from core.runtime.services import Services
    from core.signing import Signer
    from core.staff.deflection import Deflection
    from core.staff.labels import Labels
    from core.staff.notes import Notes
    from core.staff.tags import Tags
    from core.tickets import TicketManager
    from core.transcripts.render import TranscriptOptions
    from core.ui.client import TicketClient
    from core.ui.errors import TicketCommandTree
    from database import DatabaseAdapter, create_adapter
    from web.server import WebServer
except ModuleNotFoundError as missing:  # run with a Python that lacks the requirements (not the .venv one)
    if (missing.name or "").partition(".")[0] in {"cogs", "config", "core", "database", "web"}:
        raise
    sys.exit(
        f"error: the module {missing.name!r} is not installed for {sys.executable}: run the bot with "  # i18n: the operator's terminal
        ".venv/bin/python bot.py (after python3 -m venv .venv && .venv/bin/pip install -r requirements.txt)"
    )

log = logging.getLogger(__name__)

EXTENSIONS = (
    "cogs.tickets",
    "cogs.tags",
    "cogs.labels",
    "cogs.stats",
    "cogs.admin",
    "cogs.panels",
    "cogs.types",
    "cogs.utility",
)  # i18n: module names
SHUTDOWN_GRACE = 10.0


def intents() -> discord.Intents:
    """Guilds and guild messages, plus message content (transcripts) and members (openers who leave)."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_messages = True
    wanted.message_content = True
    wanted.members = True
    return wanted


class TicketBot(TicketClient):
    """The ticket bot: settings, the database, and the services the cogs call, with the cogs loaded at start."""

    def __init__(
        self, settings: Settings, db: DatabaseAdapter, *, clock: Callable[[], datetime] = utcnow, **options: Any
    ) -> None:
        # The bot never joins voice channels: discord.py's warnings about voice libraries do not apply.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        sharding: dict[str, Any] = {"shard_count": settings.sharding.shard_count}
        if settings.sharding.shard_ids is not None:
            sharding["shard_ids"] = settings.sharding.shard_ids
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            tree_cls=TicketCommandTree,
            allowed_mentions=discord.AllowedMentions.none(),
            # A rate limit longer than this is raised rather than waited out (a third channel rename within
            # ten minutes waits up to ten): the member is told when to try again instead of waiting silently.
            max_ratelimit_timeout=30.0,
            # Members are only looked up (openers who left): no start-up download of member lists, no cache.
            chunk_guilds_at_startup=False,
            member_cache_flags=discord.MemberCacheFlags.none(),
            http_trace=metrics.discord_trace(),
            help_command=None,
            **sharding,
            **options,
        )
        self.settings = settings
        self.db = db
        self.clock = clock
        self.lifecycle = Lifecycle()
        self.guild_settings = GuildSettings(db, settings.tickets, clock)
        self.journal = Journal(db, self, self.guild_settings, clock)
        web = settings.web
        lifetime = timedelta(days=web.link_days)
        self.signer = Signer(web.secret.get_secret_value(), lifetime) if web.secret else None
        cap = int(settings.transcripts.attachments_mb * 2**20)
        transcripts = TranscriptOptions(cap, web.public_url, self.signer)
        deps = Services(self, db, self.guild_settings, self.journal, PlacesByType(), clock, transcripts)
        self.tickets = TicketManager(deps, retire_delay=settings.tickets.close_delay_seconds)
        self.panels = Panels(deps)
        self.administration = Administration(deps, self.panels, self.tickets.sync)
        self.api_keys = ApiKeys(deps)
        self.tags = Tags(deps)
        self.notes = Notes(deps)
        self.labels = Labels(deps)
        self.deflection = Deflection(deps)
        self.stats = StatsCache(deps)
        self.targets = Targets(deps)
        tickets = self.tickets
        # The timed work, in the order a start-up runs it: a new timed feature adds its job here.
        self.scheduler = Scheduler(
            self,
            [
                Job(every=tickets.recovery.resume, startup=tickets.recovery.resume_all),
                Job(startup=tickets.recovery.settle),
                Job(every=tickets.sync.sweep),
                Job(startup=self.panels.settle),
                Job(startup=tickets.departures.catch_up),
                Job(every=tickets.close_requests.sweep),
                Job(every=tickets.inactivity.sweep),
                Job(every=self.targets.sweep),
            ],
            clock=clock,
        )
        self.web = (
            WebServer(
                self,
                web.host,
                web.port,
                signer=self.signer,
                public_url=web.public_url,
                client_secret=web.client_secret.get_secret_value() if web.client_secret else None,
                metrics_token=web.metrics_token.get_secret_value() if web.metrics_token else None,
                links_need_membership=web.links_need_membership,
            )
            if web.enabled
            else None
        )
        self.started_at: datetime = clock()

    async def setup_hook(self) -> None:
        """Load the cogs, start the background work and register the slash commands, in every catalog language."""
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self.journal.start()
        self.scheduler.start()
        if self.web is not None:
            await self.web.start()
        if self.application is not None and self.application.interactions_endpoint_url:
            log.warning(
                "the application has an Interactions Endpoint URL set (%s): Discord sends every click and command "
                "there instead of to this bot, and members see 'This interaction failed'. Clear it in the developer "
                "portal under General Information",
                self.application.interactions_endpoint_url,
            )
        await self.tree.set_translator(CommandTranslator())
        guild_id = self.settings.command_guild_id
        if guild_id is not None:
            target = discord.Object(guild_id)
            self.tree.copy_global_to(guild=target)
            try:
                await self.tree.sync(guild=target)
            except (discord.Forbidden, discord.NotFound):
                raise ConfigurationError(
                    f"command_guild_id: the bot is not in server {guild_id} (is it a channel's or a user's id?); "
                    "invite the bot there, or set command_guild_id: null to register the commands everywhere"
                ) from None
        else:
            await self.tree.sync()

    async def close(self) -> None:
        """Shut down gracefully, closing the gateway and the HTTP session last.

        New interactions are answered "restarting", running handlers may finish (for a bounded time), timed
        work stops and queued audit entries are posted. A ticket whose open or close did not finish is left in a state that recovery completes at the next start.
        """
        if not self.lifecycle.accepting:
            await super().close()
            return
        if not await self.lifecycle.drain(SHUTDOWN_GRACE):
            log.warning(
                "%d handlers still running after %.0fs; recovery finishes their tickets at the next start",
                self.lifecycle.running,
                SHUTDOWN_GRACE,
            )
        if self.web is not None:
            await self.web.stop()
        await self.scheduler.stop()
        await self.tickets.inactivity.flush()
        await self.journal.stop(timeout=5.0)
        await self.guild_settings.stop()
        await super().close()

    async def on_message(self, message: discord.Message, /) -> None:
        """Note activity in tickets, which keeps them from closing for inactivity (not while shutting down).

        This replaces ``commands.Bot``'s, which builds a context for every message to look for a prefix
        command (every command here is a slash command). A cog's listener would cost a busy server a second
        task per message.
        """
        if self.lifecycle.admit():
            await self.tickets.inactivity.seen(message)

    async def on_ready(self) -> None:
        """Log the connection, and move what start-up built out of the garbage collector's way."""
        log.info("connected as %s (%s) to %d guilds", self.user, self.user.id if self.user else "?", len(self.guilds))
        # Modules, the command tree and the guild cache live as long as the process: freezing them spares
        # every later collection from walking them again (8-10 % of the bot's CPU under a burst before).
        gc.collect()
        gc.freeze()


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
    """Read the command line."""
    parser = argparse.ArgumentParser(description="A Discord ticket bot.")  # i18n: the operator's terminal
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="YAML settings file (default: config.yaml)",  # i18n: the operator's terminal
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="validate settings and database, then exit",  # i18n: the operator's terminal
    )
    commands_ = parser.add_subparsers(dest="command")
    db_parser = commands_.add_parser("db", help="database tools")  # i18n: the operator's terminal
    db_commands = db_parser.add_subparsers(dest="db_command", required=True)
    copy_parser = db_commands.add_parser(
        "copy",
        help="copy every record from one database to another",  # i18n: the operator's terminal
    )
    copy_parser.add_argument(
        "--from",
        dest="source",
        required=True,
        help="source database URL",  # i18n: the operator's terminal
    )
    copy_parser.add_argument(
        "--to",
        dest="target",
        required=True,
        help="target database URL",  # i18n: the operator's terminal
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return the process's exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command == "db":
            from database.copy import copy_command

            return asyncio.run(copy_command(args.source, args.target))
        settings = load_settings(args.config)
        setup_logging(settings.logging)
        for problem in settings.web.problems():
            log.warning("%s", problem)
        if args.check:
            asyncio.run(check(settings))
            backend = settings.database.url.partition("://")[0]
            print(f"Configuration OK; database {backend} reachable.")  # i18n: the operator's terminal
            return 0
        asyncio.run(run(settings))
    except (ConfigurationError, DatabaseUnavailable) as error:
        return fail(str(error), 2)
    except discord.LoginFailure:
        return fail(
            "Discord rejected DISCORD_TOKEN; copy the bot token again from the developer portal",  # i18n: the operator's terminal
            2,
        )
    except discord.PrivilegedIntentsRequired:
        return fail(
            "a privileged intent is off: in the developer portal open your application → Bot → Privileged "
            "Gateway Intents and turn on Message Content Intent (transcripts need message text) and Server Members "
            "Intent (to notice openers who leave), then start again",  # i18n: the operator's terminal
            2,
        )
    except (aiohttp.ClientError, OSError, discord.GatewayNotFound) as error:
        return fail(
            f"cannot reach Discord ({_reason(error)}); check the network, DNS and any proxy, then start again. "  # i18n: the operator's terminal
            "Once connected, the bot reconnects by itself when the connection drops",
            1,
        )
    except TicketBotError as error:
        return fail(str(error), 1)
    return 0


def fail(message: str, code: int) -> int:
    """Print one line for the operator and return the exit code."""
    print(f"error: {message}", file=sys.stderr)
    return code


def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


if __name__ == "__main__":
    sys.exit(main())
