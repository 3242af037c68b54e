"""Openers who leave the server, seen live and at start-up, with each of the server's choices."""

from core.models import TicketStatus


async def _ticket(harness, action=None):
    world = await harness.world()
    await harness.setup(world)
    if action is not None:
        reply = await (
            await harness.emulator.run_command(world.owner, world.lobby, "config opener-leaves", action=action)
        ).answered()
        assert "Settings saved" in reply.text, reply.text
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    return world, channel


def _notices(channel):
    return [m for m in channel.history() if "left the server" in m.content]


async def test_a_ticket_stays_open_with_a_notice_when_its_opener_leaves(harness):
    world, channel = await _ticket(harness)
    await harness.emulator.remove_member(world.bob)  # not an opener: nothing happens
    await harness.emulator.remove_member(world.alice)
    await harness.eventually(lambda: _notices(channel), "the notice")
    [notice] = _notices(channel)
    assert notice.content.startswith(f"<@{world.alice.id}> left the server") and not notice.pinged_user_ids
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.status is TicketStatus.OPEN and ticket.opener_left_at is not None

    async def audited() -> bool:  # recorded just after the notice is posted
        audit = await harness.database.list_audit_entries(world.guild.id)
        return any(e.action == "opener_left" and e.ticket_id == ticket.id for e in audit)

    await harness.until(audited, "the audit entry")


async def test_a_ticket_closes_when_its_opener_leaves_where_the_server_says_so(harness):
    world, channel = await _ticket(harness, action="close")
    ticket = await harness.ticket_of_channel(channel)
    await harness.emulator.remove_member(world.alice)
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.close_reason == "Opener left the server" and closed.closed_by == harness.emulator.bot_user.id
    assert any(m.attachments for m in world.log.history()), "the transcript is saved"


async def test_openers_who_left_while_the_bot_was_offline_are_caught_at_start(harness):
    world, channel = await _ticket(harness)
    await harness.stop_bot()
    await harness.emulator.remove_member(world.alice)
    await harness.start_bot()
    await harness.eventually(lambda: _notices(channel), "the notice at start-up", timeout=20)
    await harness.stop_bot()
    await harness.start_bot()
    await harness.bot.scheduler.sweep(startup=True)
    assert len(_notices(channel)) == 1, "a restart does not repeat the notice"


async def test_with_close_a_departure_while_offline_closes_at_start(harness):
    world, channel = await _ticket(harness, action="close")
    ticket = await harness.ticket_of_channel(channel)
    await harness.stop_bot()
    await harness.emulator.remove_member(world.alice)
    await harness.start_bot()
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED, timeout=20)
    assert closed.close_reason == "Opener left the server"
