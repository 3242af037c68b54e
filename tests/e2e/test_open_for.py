"""Staff open tickets for members through the emulator: the member's own rules apply, and the ticket says who did it."""

from core.models import TicketStatus


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


async def test_staff_open_a_ticket_for_a_member_who_then_owns_it(harness):
    world = await harness.world()
    await harness.setup(world)
    reply = await run(
        harness, world.staff, world.lobby, "ticket open-for", member=world.alice, reason="Reported in voice"
    )
    assert reply.ephemeral and "is open for" in reply.text, reply.text
    ticket = await harness.ticket_of(world, world.alice)
    assert ticket.status is TicketStatus.OPEN and ticket.opener_id == world.alice.id
    assert ticket.reason == "Reported in voice"
    channel = harness.emulator.channels[ticket.channel_id]
    assert harness.emulator.can_send(world.alice, channel)
    assert f"<@{world.staff.id}> opened this ticket for <@{world.alice.id}>." in channel.history()[-1].content
    actions = [e.action for e in await harness.database.list_audit_entries(world.guild.id, 10)]
    assert "ticket_opened_for" in actions

    again = await run(harness, world.staff, world.lobby, "ticket open-for", member=world.alice)
    assert f"No ticket was opened for <@{world.alice.id}>:" in again.text and "open ticket" in again.text, again.text


async def test_members_cannot_open_for_others_and_the_blacklist_holds(harness):
    world = await harness.world()
    await harness.setup(world)
    refused = await run(harness, world.bob, world.lobby, "ticket open-for", member=world.alice)
    assert refused.ephemeral and "Only staff of that type can open tickets for others." in refused.text
    listed = await run(harness, world.owner, world.lobby, "blacklist add", target=world.alice)
    assert "alice" in listed.text or str(world.alice.id) in listed.text, listed.text
    blocked = await run(harness, world.staff, world.lobby, "ticket open-for", member=world.alice)
    assert f"No ticket was opened for <@{world.alice.id}>:" in blocked.text, blocked.text
    bot = harness.emulator.bot_member(world.guild)
    robot = await run(harness, world.staff, world.lobby, "ticket open-for", member=bot)
    assert "is a bot" in robot.text
    assert await harness.database.list_tickets([TicketStatus.OPEN], world.guild.id) == []


async def test_staff_open_a_ticket_about_a_message_from_its_menu(harness):
    world = await harness.world()
    await harness.setup(world)
    emulator = harness.emulator
    posted = await emulator.post_message(world.alice, world.lobby, "my order #123 never came @everyone")
    reply = await (await emulator.run_message_command(world.staff, posted, "Open ticket about this")).answered()
    assert reply.ephemeral and "is open for" in reply.text, reply.text
    ticket = await harness.ticket_of(world, world.alice)
    assert ticket.reason == "my order #123 never came @everyone"
    channel = emulator.channels[ticket.channel_id]
    notice = channel.history()[-1]
    assert f"opened this ticket for <@{world.alice.id}> about https://discord.com/channels/" in notice.content
    assert "> my order #123 never came @everyone" in notice.content and not notice.pinged_everyone
    refused = await (await emulator.run_message_command(world.bob, posted, "Open ticket about this")).answered()
    assert "Only staff of that type can open tickets for others." in refused.text


async def test_a_message_of_many_short_lines_is_quoted_within_discords_limit(harness):
    world = await harness.world()
    await harness.setup(world)
    emulator = harness.emulator
    # 1,200 characters, well within Discord's 2,000; quoted line by line it would be 2,400.
    posted = await emulator.post_message(world.alice, world.lobby, "x\n" * 600)
    reply = await (await emulator.run_message_command(world.staff, posted, "Open ticket about this")).answered()
    assert "is open for" in reply.text, reply.text
    ticket = await harness.ticket_of(world, world.alice)
    notices = [m for m in emulator.channels[ticket.channel_id].history() if "opened this ticket for" in m.content]
    assert len(notices) == 1, "the notice naming the staff member and the message was not posted"
    assert notices[0].content.count("> x") > 100


async def test_members_open_a_ticket_about_a_message_only_where_the_server_allows_it(harness):
    world = await harness.world()
    await harness.setup(world)
    emulator = harness.emulator
    posted = await emulator.post_message(world.carol, world.lobby, "buy cheap gold at scam.example")
    refused = await (await emulator.run_message_command(world.bob, posted, "Open ticket about this")).answered()
    assert "Only staff of that type can open tickets for others." in refused.text
    allowed = await run(harness, world.owner, world.lobby, "config members-open-about", enabled=True)
    assert "saved" in allowed.text.lower() or allowed.ephemeral, allowed.text
    reply = await (await emulator.run_message_command(world.bob, posted, "Open ticket about this")).answered()
    assert "is open for" in reply.text, reply.text
    ticket = await harness.ticket_of(world, world.bob)
    channel = emulator.channels[ticket.channel_id]
    assert not emulator.can_view(world.carol, channel), "the author of a reported message does not see the report"
    assert f"<@{world.bob.id}> opened this ticket about https://discord.com/channels/" in channel.history()[-1].content
