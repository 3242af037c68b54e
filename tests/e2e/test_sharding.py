"""Two bot instances, each running one of two shards, over one shared database."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from bot import TicketBot
from config.settings import Settings
from core.rules.policy import ACTIVE
from core.runtime.guild_settings import GuildSettings
from database import create_adapter
from tests.harness import build_world, wait_for


@asynccontextmanager
async def two_shards(emulator, database_url, monkeypatch) -> AsyncIterator[tuple[dict, list[TicketBot], list]]:
    """Run two bot processes' worth of bots, one shard each, over one database; yield each shard's world."""
    for name in ("DISCORD_TOKEN", "DATABASE_URL", "TICKETBOT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    worlds = {}
    while len(worlds) < 2:
        world = await build_world(emulator, f"Guild {len(worlds)}")
        worlds.setdefault((world.guild.id >> 22) % 2, world)
    bots, databases = [], []
    try:
        for shard in (0, 1):
            db = create_adapter(database_url)
            await db.connect()
            settings = Settings(
                discord_token=emulator.token,
                database={"url": database_url},
                logging={"file": None},
                sharding={"shard_count": 2, "shard_ids": [shard]},
            )
            bot = TicketBot(settings, db, guild_ready_timeout=0)
            await bot.login(emulator.token)
            bots.append((bot, asyncio.create_task(bot.connect())))
            databases.append(db)
            await bot.wait_until_ready()
        yield worlds, [bot for bot, _ in bots], databases
    finally:
        for bot, task in bots:
            await bot.close()
            await task
        for db in databases:
            await db.close()


async def setup(emulator, world) -> None:
    options = {"staff_role": world.staff_role, "category": world.category, "log_channel": world.log}
    await (await emulator.run_command(world.owner, world.lobby, "setup", **options)).answered()


async def test_two_shards_share_one_database(emulator, database_url, monkeypatch):
    async with two_shards(emulator, database_url, monkeypatch) as (worlds, bots, databases):
        for shard, bot in enumerate(bots):
            assert worlds[shard].guild.id in {g.id for g in bot.guilds}
            assert all((g.id >> 22) % 2 == shard for g in bot.guilds)
        for world in worlds.values():
            await setup(emulator, world)
            await (await emulator.run_command(world.owner, world.lobby, "panel send")).answered()
            panel = next(m for m in world.lobby.history() if m.custom_ids)
            reply = await (await emulator.click(world.alice, panel)).answered()
            assert "#0001 is open" in reply.text
        assert {t.guild_id for t in await databases[0].list_tickets(ACTIVE)} == {w.guild.id for w in worlds.values()}
        await wait_for(lambda: all(len(emulator.text_channels(w.guild, w.category)) == 1 for w in worlds.values()))


async def seen_within(bound: float, what: str, read: Callable[[], Awaitable[bool]]) -> float:
    """Read until ``read`` says the change is seen; return how long that took, failing after ``bound`` seconds."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    while not await read():
        assert loop.time() - start < bound, f"{what} not seen by the other process within {bound}s"
        await asyncio.sleep(0.05)
    return loop.time() - start


async def test_a_change_made_by_one_process_is_seen_by_the_other_within_seconds(emulator, database_url, monkeypatch):
    """Settings and types are cached in each process; the other's changes reach it within a second or two."""
    async with two_shards(emulator, database_url, monkeypatch) as (worlds, bots, _):
        world, guild_id = worlds[1], worlds[1].guild.id
        elsewhere = bots[0].guild_settings  # e.g. shard 0's web viewer, showing shard 1's server
        await setup(emulator, world)
        await seen_within(3.0, "/setup", lambda: _set_up(elsewhere, guild_id))
        assert [t.name for t in await elsewhere.types(guild_id)] == ["Support"]

        await (await emulator.run_command(world.owner, world.lobby, "config max-tickets", limit=7)).answered()
        took = await seen_within(3.0, "a setting", lambda: _limit_is(elsewhere, guild_id, 7))
        assert [t.name for t in await elsewhere.types(guild_id)] == ["Support"]
        await (await emulator.run_command(world.owner, world.lobby, "type create", name="Billing")).answered()
        took_types = await seen_within(3.0, "a new type", lambda: _type_named(elsewhere, guild_id, "Billing"))
        print(f"\nseen by the other process after {took:.2f} s (settings), {took_types:.2f} s (types)")


async def _set_up(settings: GuildSettings, guild_id: int) -> bool:
    config = await settings.get(guild_id)
    return config is not None and config.is_set_up


async def _limit_is(settings: GuildSettings, guild_id: int, limit: int) -> bool:
    config = await settings.get(guild_id)
    return config is not None and config.max_open_tickets == limit


async def _type_named(settings: GuildSettings, guild_id: int, name: str) -> bool:
    return name in [t.name for t in await settings.types(guild_id)]
