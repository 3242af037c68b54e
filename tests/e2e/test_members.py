"""/ticket add and /ticket remove through the emulator."""

from core.models import ParticipantRole, TicketStatus


async def _ticket(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    return world, channel


async def test_staff_add_and_remove_change_who_can_see(harness):
    world, channel = await _ticket(harness)
    run = harness.emulator.run_command
    reply = await (await run(world.staff, channel, "ticket add", member=world.bob)).answered()
    assert "was added" in reply.text
    assert harness.can_see(world.bob, channel) and harness.emulator.can_send(world.bob, channel)
    ticket = await harness.ticket_of(world, world.alice)
    roles = {p.user_id: p.role for p in await harness.database.list_participants(ticket.id)}
    assert roles == {world.alice.id: ParticipantRole.CREATOR, world.bob.id: ParticipantRole.PARTICIPANT}

    reply = await (await run(world.staff, channel, "ticket remove", member=world.bob)).answered()
    assert "was removed" in reply.text
    assert not harness.can_see(world.bob, channel)
    assert [p.user_id for p in await harness.database.list_participants(ticket.id)] == [world.alice.id]
    actions = [e.action for e in await harness.database.list_audit_entries(world.guild.id)]
    assert actions[:2] == ["member_removed", "member_added"]


async def test_someone_who_left_the_server_can_be_removed_and_not_added(harness):
    world, channel = await _ticket(harness)
    run = harness.emulator.run_command
    assert "was added" in (await (await run(world.staff, channel, "ticket add", member=world.carol)).answered()).text
    ticket = await harness.ticket_of(world, world.alice)
    await harness.emulator.remove_member(world.carol)
    # Discord sends someone who left as a user, with no member data; their overwrite stays until removed.
    assert world.carol.id in channel.overwrites
    reply = await (await run(world.staff, channel, "ticket remove", member=world.carol)).answered()
    assert "was removed" in reply.text, reply.text
    assert world.carol.id not in channel.overwrites, "they would see the ticket again if they came back"
    assert [p.user_id for p in await harness.database.list_participants(ticket.id)] == [world.alice.id]
    reply = await (await run(world.staff, channel, "ticket add", member=world.carol)).answered()
    assert reply.ephemeral and reply.text == "That member is not in this server (any more).", reply.text


async def test_a_member_let_in_while_the_ticket_is_archived_cannot_write_in_the_archive(harness):
    world = await harness.world()
    await harness.setup(world, close_action="archive", archive_category=world.archive)
    emulator = harness.emulator
    sue = await emulator.add_member(world.guild, "sue", world.staff_role)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    # Discord is slow to let Bob in (500s, which discord.py waits out and retries) ...
    route = "PUT /channels/{channel_id}/permissions/{overwrite_id}"
    before = len(emulator.requests)
    emulator.fail(route, 500, times=3, scope=world.guild.id)
    adding = await emulator.run_command(world.staff, channel, "ticket add", member=world.bob)
    await harness.eventually(lambda: any(r.route == route for r in emulator.requests[before:]), "the grant")
    # ... while another staff member closes the ticket into the archive.
    closing = await emulator.run_command(sue, channel, "ticket close", reason="done")
    assert "was added" in (await adding.answered(20)).text
    await closing.answered(20)
    await harness.until_status(ticket.id, TicketStatus.ARCHIVED)
    assert channel.parent_id == world.archive.id
    assert not emulator.can_send(world.alice, channel) and not emulator.can_send(world.bob, channel)
    assert harness.can_see(world.bob, channel), "Bob was let in before the close, and reads the archive as Alice does"


async def test_opener_cannot_be_removed(harness):
    world, channel = await _ticket(harness)
    reply = await (
        await harness.emulator.run_command(world.staff, channel, "ticket remove", member=world.alice)
    ).answered()
    assert reply.ephemeral and "cannot be removed" in reply.text
    assert harness.can_see(world.alice, channel)


async def test_member_not_in_ticket_cannot_be_removed(harness):
    world, channel = await _ticket(harness)
    reply = await (
        await harness.emulator.run_command(world.staff, channel, "ticket remove", member=world.carol)
    ).answered()
    assert reply.ephemeral and "is not in this ticket" in reply.text


async def test_only_staff_add_members(harness):
    world, channel = await _ticket(harness)
    reply = await (await harness.emulator.run_command(world.alice, channel, "ticket add", member=world.bob)).answered()
    assert reply.ephemeral and "Only staff" in reply.text
    assert not harness.can_see(world.bob, channel)


async def test_adding_twice_says_so(harness):
    world, channel = await _ticket(harness)
    run = harness.emulator.run_command
    await (await run(world.staff, channel, "ticket add", member=world.bob)).answered()
    reply = await (await run(world.staff, channel, "ticket add", member=world.bob)).answered()
    assert "already in this ticket" in reply.text


async def test_add_outside_a_ticket_is_refused(harness):
    world, _ = await _ticket(harness)
    reply = await (
        await harness.emulator.run_command(world.staff, world.lobby, "ticket add", member=world.bob)
    ).answered()
    assert reply.ephemeral and "not a ticket" in reply.text
