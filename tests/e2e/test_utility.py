"""/help, /status and /doctor."""


async def test_help_lists_only_what_the_caller_may_use(harness):
    world = await harness.world()
    member_help = await (await harness.emulator.run_command(world.alice, world.lobby, "help")).answered()
    admin_help = await (await harness.emulator.run_command(world.owner, world.lobby, "help")).answered()
    assert "/ticket open" in member_help.text and "/setup" not in member_help.text
    assert "/setup" in admin_help.text and "/panel send" in admin_help.text and "/stats" in admin_help.text
    assert all(len(m.embeds[0]["description"]) <= 4096 for m in admin_help.messages), "in pages Discord takes"


async def test_status_shows_backend_and_open_tickets(harness):
    world = await harness.world()
    await harness.setup(world)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    reply = await (await harness.emulator.run_command(world.alice, world.lobby, "status")).answered()
    fields = {f["name"]: f["value"] for f in reply.messages[0].embeds[0]["fields"]}
    assert fields["Database"] == harness.database.backend
    assert fields["Open tickets here"] == "1"


async def test_doctor_reports_problems_with_their_fixes(harness):
    from tests.emulator.state import Overwrite, Permissions

    world = await harness.world()
    before = await (await harness.emulator.run_command(world.owner, world.lobby, "doctor")).answered()
    assert "Tickets are not set up here" in before.text
    await harness.setup(world)
    await harness.panel(world)
    healthy = await (await harness.emulator.run_command(world.owner, world.lobby, "doctor")).answered()
    assert healthy.ephemeral and "Everything looks right" in healthy.text, healthy.text
    for n in range(46):
        await harness.emulator.create_channel(world.guild, f"old-{n}", parent=world.category)
    bot_role = next(r for r in world.guild.roles.values() if r.name == "TicketBot")
    world.lobby.overwrites[bot_role.id] = Overwrite(bot_role.id, 0, deny=Permissions.EMBED_LINKS)
    await harness.emulator.dispatch(world.guild.id, "CHANNEL_UPDATE", world.lobby.payload())
    await harness.emulator.delete_channel(world.log)
    sick = await (await harness.emulator.run_command(world.owner, world.lobby, "doctor")).answered()
    assert "3 problems found" in sick.text, sick.text
    assert "holds 46 of Discord's 50 channels" in sick.text and "The log channel no longer exists" in sick.text
    assert f"In <#{world.lobby.id}> I lack Embed Links" in sick.text
    refused = await (await harness.emulator.run_command(world.alice, world.lobby, "doctor")).answered()
    assert "Manage Server" in refused.text


async def test_doctor_checks_each_types_categories_and_staff(harness):
    from tests.e2e.test_types import typed_world

    world, _, billing_category, _ = await typed_world(harness)
    healthy = await (await harness.emulator.run_command(world.owner, world.lobby, "doctor")).answered()
    assert "Everything looks right" in healthy.text, healthy.text
    await harness.emulator.delete_channel(billing_category)
    sick = await (await harness.emulator.run_command(world.owner, world.lobby, "doctor")).answered()
    assert "The Billing category no longer exists: run `/setup` (or `/type edit`" in sick.text, sick.text
