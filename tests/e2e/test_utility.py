"""/help and /status."""


async def test_help_lists_only_what_the_caller_may_use(harness):
    world = await harness.world()
    member_help = await (await harness.emulator.run_command(world.alice, world.lobby, "help")).answered()
    admin_help = await (await harness.emulator.run_command(world.owner, world.lobby, "help")).answered()
    assert "/ticket open" in member_help.text and "/setup" not in member_help.text
    assert "/setup" in admin_help.text and "/panel send" in admin_help.text


async def test_status_shows_backend_and_open_tickets(harness):
    world = await harness.world()
    await harness.setup(world)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    reply = await (await harness.emulator.run_command(world.alice, world.lobby, "status")).answered()
    fields = {f["name"]: f["value"] for f in reply.messages[0].embeds[0]["fields"]}
    assert fields["Database"] == harness.database.backend
    assert fields["Open tickets here"] == "1"
