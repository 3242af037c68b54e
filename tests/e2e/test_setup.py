"""/setup, /config and /panel through the emulator."""

from core.models import CloseAction
from tests.emulator.emulator import BOT_PERMISSIONS
from tests.emulator.state import Permissions


async def test_setup_stores_settings_and_audits(harness):
    world = await harness.world()
    reply = await harness.setup(world)
    assert reply.ephemeral and "Tickets are set up" in reply.text
    config = await harness.database.get_guild_config(world.guild.id)
    assert config.staff_role_ids == [world.staff_role.id]
    assert config.ticket_category_id == world.category.id and config.log_channel_id == world.log.id
    assert config.close_action is CloseAction.DELETE
    entries = await harness.database.list_audit_entries(world.guild.id)
    assert [e.action for e in entries] == ["setup"]
    await harness.eventually(
        lambda: any(e.get("author", {}).get("name") == "Setup" for m in world.log.history() for e in m.embeds),
        "the audit post",
    )


async def test_setup_names_each_missing_bot_permission(harness):
    world = await harness.world(
        bot_permissions=BOT_PERMISSIONS & ~Permissions.MANAGE_ROLES & ~Permissions.MANAGE_CHANNELS
    )
    reply = await harness.setup(world)
    assert reply.ephemeral
    assert f"Manage Channels, Manage Roles in <#{world.category.id}>" in reply.text
    assert await harness.database.get_guild_config(world.guild.id) is None


async def test_setup_refuses_members_without_manage_server(harness):
    world = await harness.world()
    options = {"staff_role": world.staff_role, "category": world.category, "log_channel": world.log}
    reply = await (await harness.emulator.run_command(world.alice, world.lobby, "setup", **options)).answered()
    assert reply.ephemeral and "You need the Manage Server permission" in reply.text
    assert await harness.database.get_guild_config(world.guild.id) is None


async def test_setup_archive_needs_an_archive_category(harness):
    world = await harness.world()
    reply = await harness.setup(world, close_action="archive")
    assert "archive category" in reply.text
    assert await harness.database.get_guild_config(world.guild.id) is None


async def test_commands_before_setup_say_how_to_set_up(harness):
    world = await harness.world()
    reply = await (await harness.emulator.run_command(world.alice, world.lobby, "ticket open")).answered()
    assert reply.ephemeral and "/setup" in reply.text


async def test_config_subcommands_change_single_settings(harness):
    world = await harness.world()
    await harness.setup(world)
    run = harness.emulator.run_command
    reply = await (await run(world.owner, world.lobby, "config max-tickets", limit=3)).answered()
    assert "Settings saved" in reply.text
    reply = await (await run(world.owner, world.lobby, "config naming", template="help-{username}-{number}")).answered()
    assert "Settings saved" in reply.text
    reply = await (await run(world.owner, world.lobby, "config welcome", message="Hi <@&1> @everyone")).answered()
    config = await harness.database.get_guild_config(world.guild.id)
    assert (config.max_open_tickets, config.channel_name_template) == (3, "help-{username}-{number}")
    assert config.welcome_message == "Hi <@&1> @everyone"
    reply = await (await run(world.owner, world.lobby, "config show")).answered()
    assert "help-{username}-{number}" in reply.text
    actions = [e.action for e in await harness.database.list_audit_entries(world.guild.id)]
    assert actions.count("settings_changed") == 3


async def test_config_rejects_a_bad_naming_template(harness):
    world = await harness.world()
    await harness.setup(world)
    reply = await (
        await harness.emulator.run_command(world.owner, world.lobby, "config naming", template="ticket-{nope}")
    ).answered()
    assert reply.ephemeral and "{nope}" in reply.text
    config = await harness.database.get_guild_config(world.guild.id)
    assert config.channel_name_template == "ticket-{number:04d}"


async def test_panel_is_posted_and_stored(harness):
    world = await harness.world()
    await harness.setup(world)
    panel_message = await harness.panel(world, title="Support", description="Ask us", button_label="Open a ticket")
    assert panel_message.embeds[0]["title"] == "Support"
    button = panel_message.components[0]["components"][0]
    assert button["label"] == "Open a ticket"
    panels = await harness.database.list_panels(world.guild.id)
    assert [(p.message_id, p.channel_id) for p in panels] == [(panel_message.id, world.lobby.id)]
    assert button["custom_id"] == f"ticket:open:{panels[0].id}"
