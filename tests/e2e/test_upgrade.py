"""A server set up under the first release keeps working after the upgrade: its panel, its open ticket, its staff."""

from pathlib import Path

from core.models import TicketStatus
from tests.backends import fresh_database
from tests.database.test_migrations import FirstRelease, first_release_database
from tests.emulator.state import Message, Overwrite, Permissions

BACKEND = {"sqlite": "sqlite", "mysql": "mysql", "mongodb": "mongo"}


async def test_a_first_release_server_keeps_its_panel_and_open_ticket(harness, tmp_path: Path):
    world = await harness.world()
    emulator = harness.emulator
    bot = emulator.bot_member(world.guild)
    access = Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES
    old_channel = await emulator.create_channel(
        world.guild,
        "ticket-0001",
        parent=world.category,
        topic=f"Ticket #0001 · opened by {world.alice.user.username}",
        overwrites=[
            Overwrite(world.guild.id, 0, deny=Permissions.VIEW_CHANNEL),
            Overwrite(world.alice.id, 1, allow=access),
            Overwrite(world.staff_role.id, 0, allow=access),
            Overwrite(bot.id, 1, allow=access),
        ],
    )
    panel = Message(
        emulator.snowflake(),
        world.lobby,
        emulator.bot_user,
        embeds=[{"title": "Need help?", "description": "Press the button"}],
        components=[
            {
                "type": 1,
                "id": 1,
                "components": [
                    {"type": 2, "id": 2, "style": 1, "label": "Create Ticket", "custom_id": "ticket:open:1"}
                ],
            }
        ],
    )
    world.lobby.messages[panel.id] = panel
    ids = FirstRelease(
        guild_id=world.guild.id,
        category_id=world.category.id,
        log_channel_id=world.log.id,
        staff_role_id=world.staff_role.id,
        opener_id=world.alice.id,
        channel_id=old_channel.id,
        panel_channel_id=world.lobby.id,
        panel_message_id=panel.id,
    )
    await harness.stop_bot()
    async with fresh_database(BACKEND[harness.database_url.partition(":")[0]], tmp_path / "old") as url:
        await first_release_database(url, ids)
        harness.database_url = url
        await harness.start_bot()
        try:
            [default] = await harness.database.list_ticket_types(world.guild.id)
            assert default.name == "Support"
            reply = await (await emulator.click(world.bob, panel)).answered()
            assert "Your ticket #0002 is open" in reply.text, reply.text
            new = await harness.ticket_of(world, world.bob)
            channel = emulator.channels[new.channel_id]
            assert channel.parent_id == world.category.id and emulator.can_view(world.staff, channel)
            assert new.type_id == default.id and not emulator.can_view(world.alice, channel)

            closed = await (
                await emulator.run_command(world.staff, old_channel, "ticket close", reason="done")
            ).answered()
            assert "closed" in closed.text, closed.text
            await harness.until_status(1, TicketStatus.CLOSED)
            listed = await (await emulator.run_command(world.owner, world.lobby, "type list")).answered()
            assert "Support" in listed.text and "Uses the server's settings." in listed.text
        finally:
            await harness.stop_bot()
