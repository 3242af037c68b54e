async def test_open_and_close(harness):
    world = await harness.world()
    reply = await harness.setup(world)
    assert "set up" in reply.text, reply.text
    panel = await harness.panel(world)
    reply, channel = await harness.open_ticket(world, world.alice, panel)
    assert harness.can_see(world.alice, channel)
    assert not harness.can_see(world.carol, channel)
