"""Reopening archived tickets through the emulator: the button and the command, limits, races, refusals."""

import asyncio

from core.models import TicketStatus


async def _archived(harness):
    """Alice's ticket, with one message from her, closed by staff into the archive."""
    world = await harness.world()
    await harness.setup(world, close_action="archive", archive_category=world.archive)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    await harness.emulator.post_message(world.alice, channel, "first period")
    ticket = await harness.ticket_of_channel(channel)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="done")).answered()
    assert "archived" in reply.text, reply.text
    await harness.until_status(ticket.id, TicketStatus.ARCHIVED)
    return world, channel, ticket


def _reopen_button(channel):
    return next(m for m in reversed(channel.history()) if any(c.startswith("ticket:reopen:") for c in m.custom_ids))


async def test_staff_reopen_with_the_button_and_the_next_close_covers_everything(harness):
    world, channel, ticket = await _archived(harness)
    emulator = harness.emulator
    assert channel.parent_id == world.archive.id and not emulator.can_send(world.alice, channel)
    button = _reopen_button(channel)
    refused = await (await emulator.click(world.alice, button)).answered()
    assert "staff" in refused.text.lower(), refused.text
    reply = await (await emulator.click(world.staff, button)).answered()
    assert "#0001 is open again" in reply.text, reply.text
    assert channel.messages[button.id].components == [], "the button goes once used"

    reopened = await harness.ticket_of_channel(channel)
    assert (reopened.status, reopened.closed_by, reopened.close_reason) == (TicketStatus.OPEN, None, None)
    assert channel.parent_id == world.category.id and emulator.can_send(world.alice, channel)
    assert not emulator.can_view(world.bob, channel), "still private"
    notice = channel.history()[-1]
    assert "reopened this ticket" in notice.content and any(c.startswith("ticket:close:") for c in notice.custom_ids)
    audit = await harness.database.list_audit_entries(world.guild.id)
    assert any(e.action == "ticket_reopened" and e.ticket_id == ticket.id for e in audit)

    await emulator.post_message(world.alice, channel, "second period")
    reply = await (await emulator.run_command(world.staff, channel, "ticket close", reason="really")).answered()
    closed = await harness.until_status(ticket.id, TicketStatus.ARCHIVED)
    assert closed.close_reason == "really"
    transcripts = [m for m in world.log.history() if m.attachments]
    assert len(transcripts) == 2, "the first period's transcript stays in the log channel"
    text = (await harness.database.get_transcript(ticket.id)).text.decode()
    assert "first period" in text and "second period" in text


async def test_reopen_respects_the_openers_limit(harness):
    world, channel, _ = await _archived(harness)
    emulator = harness.emulator
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    reply = await (await emulator.run_command(world.staff, channel, "ticket reopen")).answered()
    assert "already has 1 open ticket, the most allowed" in reply.text, reply.text
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.ARCHIVED
    assert channel.parent_id == world.archive.id


async def test_two_staff_reopening_at_once_reopen_once(harness):
    world, channel, _ = await _archived(harness)
    emulator = harness.emulator
    sue = await emulator.add_member(world.guild, "sue", world.staff_role)
    first, second = [await emulator.run_command(m, channel, "ticket reopen") for m in (world.staff, sue)]
    replies = await asyncio.gather(first.answered(), second.answered())
    assert sum("is open again" in r.text for r in replies) == 1, [r.text for r in replies]
    assert sum(1 for m in channel.history() if "reopened this ticket" in m.content) == 1


async def _reopen_waiting_on_discord(harness, world, channel):
    """Start a reopen whose channel move Discord is slow to answer (500s, retried); return it once it waits."""
    emulator = harness.emulator
    before = len(emulator.requests)
    first = await emulator.run_command(world.staff, channel, "ticket reopen")
    await harness.eventually(
        lambda: any(r.route == "PATCH /channels/{channel_id}" for r in emulator.requests[before:]), "the move"
    )
    return first


async def test_a_second_reopen_while_the_first_waits_on_discord_does_not_reopen_twice(harness):
    world, channel, ticket = await _archived(harness)
    emulator = harness.emulator
    sue = await emulator.add_member(world.guild, "sue", world.staff_role)
    emulator.fail("PATCH /channels/{channel_id}", 500, times=2, scope=world.guild.id)
    first = await _reopen_waiting_on_discord(harness, world, channel)
    assert (await harness.database.get_ticket(ticket.id)).status is TicketStatus.OPEN  # the row went first
    second = await emulator.run_command(sue, channel, "ticket reopen")
    replies = await asyncio.gather(first.answered(20), second.answered(20))
    assert [r.text for r in replies if "is open again" in r.text] == [replies[0].text], [r.text for r in replies]
    assert "reopened a moment ago" in replies[1].text, replies[1].text
    assert sum(1 for m in channel.history() if "reopened this ticket" in m.content) == 1
    audit = [e for e in await harness.database.list_audit_entries(world.guild.id) if e.action == "ticket_reopened"]
    assert len(audit) == 1, audit


async def test_a_reopen_refused_while_a_second_one_is_asked_leaves_discord_and_the_row_agreeing(harness):
    world, channel, ticket = await _archived(harness)
    emulator = harness.emulator
    sue = await emulator.add_member(world.guild, "sue", world.staff_role)
    emulator.fail("PATCH /channels/{channel_id}", 500, times=2, scope=world.guild.id)
    emulator.fail("PATCH /channels/{channel_id}", 403, code=50013, scope=world.guild.id)
    first = await _reopen_waiting_on_discord(harness, world, channel)
    second = await emulator.run_command(sue, channel, "ticket reopen")
    replies = await asyncio.gather(first.answered(20), second.answered(20))
    assert not any("is open again" in r.text for r in replies), [r.text for r in replies]
    await harness.until_status(ticket.id, TicketStatus.ARCHIVED)
    assert channel.parent_id == world.archive.id and not emulator.can_send(world.alice, channel)


async def test_a_reopen_discord_refuses_leaves_the_ticket_archived(harness):
    world, channel, _ = await _archived(harness)
    emulator = harness.emulator
    emulator.fail("PATCH /channels/{channel_id}", 403, code=50013, scope=world.guild.id)
    reply = await (await emulator.run_command(world.staff, channel, "ticket reopen")).answered()
    assert "Discord refused to let me reopen this ticket" in reply.text, reply.text
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.ARCHIVED
    reply = await (await emulator.run_command(world.staff, channel, "ticket reopen")).answered()
    assert "is open again" in reply.text, "the refused reopen left nothing behind"


async def test_only_archived_tickets_reopen(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket reopen")).answered()
    assert "#0001 is open." in reply.text, reply.text


async def test_a_reopen_interrupted_after_the_database_is_finished_at_start(harness):
    world, channel, ticket = await _archived(harness)
    server = await harness.database.get_guild_config(world.guild.id)
    reopened = await harness.database.reopen_ticket(ticket.id, ticket.opened_at, server.max_open_tickets)
    assert reopened is not None  # the process died here, before moving the channel
    await harness.stop_bot()
    await harness.start_bot()

    def announced():
        return any("reopened this ticket" in m.content for m in channel.history())

    await harness.eventually(announced, "the reopen to be finished", 20)
    assert channel.parent_id == world.category.id and harness.emulator.can_send(world.alice, channel)
