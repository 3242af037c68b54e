"""Two bot instances, each running one of two shards, over one shared database."""

import asyncio

from bot import TicketBot
from config.settings import Settings
from core.rules.policy import ACTIVE
from database import create_adapter
from tests.harness import build_world, wait_for


async def test_two_shards_share_one_database(emulator, database_url, monkeypatch):
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
        for shard, (bot, _) in enumerate(bots):
            assert worlds[shard].guild.id in {g.id for g in bot.guilds}
            assert all((g.id >> 22) % 2 == shard for g in bot.guilds)
        for world in worlds.values():
            options = {"staff_role": world.staff_role, "category": world.category, "log_channel": world.log}
            await (await emulator.run_command(world.owner, world.lobby, "setup", **options)).answered()
            await (await emulator.run_command(world.owner, world.lobby, "panel send")).answered()
            panel = next(m for m in world.lobby.history() if m.custom_ids)
            reply = await (await emulator.click(world.alice, panel)).answered()
            assert "#0001 is open" in reply.text
        assert {t.guild_id for t in await databases[0].list_tickets(ACTIVE)} == {w.guild.id for w in worlds.values()}
        await wait_for(lambda: all(len(emulator.text_channels(w.guild, w.category)) == 1 for w in worlds.values()))
    finally:
        for bot, task in bots:
            await bot.close()
            await task
        for db in databases:
            await db.close()
