"""Close requests through the emulator: the opener agrees, keeps it open, or does not answer in time."""

import asyncio
from datetime import UTC, datetime, timedelta

from core.models import TicketStatus
from tests.e2e.test_close import open_to_everyone


async def _requested(harness, **options):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    reply = await (
        await harness.emulator.run_command(world.staff, channel, "ticket close-request", **options)
    ).answered()
    assert "was asked whether it may close" in reply.text, reply.text
    request = channel.history()[-1]
    return world, channel, request


async def test_the_opener_agrees_and_the_ticket_closes_with_the_reason(harness):
    world, channel, request = await _requested(harness, reason="fixed in 2.1 <@&1> @everyone")
    emulator = harness.emulator
    assert request.pinged_user_ids == {world.alice.id} and not request.pinged_role_ids and not request.pinged_everyone
    accept, keep = request.custom_ids
    refused = await (await emulator.click(world.staff, request, accept)).answered()
    assert "Only the member who opened this ticket can answer" in refused.text
    ticket = await harness.ticket_of_channel(channel)
    reply = await (await emulator.click(world.alice, request, accept)).answered()
    assert "Ticket #0001 closed" in reply.text, reply.text
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.close_reason == "fixed in 2.1 <@&1> @everyone" and closed.closed_by == world.alice.id
    assert keep.startswith("ticket:close-no:")


async def test_the_opener_keeps_it_open(harness):
    world, channel, request = await _requested(harness, hours=1.0)
    emulator = harness.emulator
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.close_due_at is not None and "closes by itself <t:" in request.content
    _, keep = request.custom_ids
    reply = await (await emulator.click(world.alice, request, keep)).answered()
    assert "stays open" in reply.text, reply.text
    assert channel.messages[request.id].components == []
    kept = await harness.ticket_of_channel(channel)
    assert kept.close_due_at is None and kept.close_reason is None and kept.status is TicketStatus.OPEN
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(hours=2))
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN
    assert any(m.content == f"<@{world.alice.id}> kept this ticket open." for m in channel.history())


async def test_keep_open_clicked_twice_at_once_is_told_once(harness):
    world, channel, request = await _requested(harness, hours=1.0)
    emulator = harness.emulator
    _, keep = request.custom_ids
    clicks = [await emulator.click(world.alice, request, keep) for _ in range(2)]
    replies = await asyncio.gather(*(click.answered() for click in clicks))
    assert sorted("already answered" in reply.text for reply in replies) == [False, True], [r.text for r in replies]
    notices = [m for m in channel.history() if m.content == f"<@{world.alice.id}> kept this ticket open."]
    audit = [e for e in await harness.database.list_audit_entries(world.guild.id) if e.action == "close_refused"]
    assert len(notices) == 1 and len(audit) == 1, (len(notices), len(audit))


async def test_an_unanswered_request_closes_the_ticket_through_the_close_path(harness):
    world, channel, _ = await _requested(harness, reason="inactive", hours=1.0)
    ticket = await harness.ticket_of_channel(channel)
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(minutes=30))
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "not due yet"
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(hours=2))
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.close_reason == "No answer to the close request: inactive"
    assert closed.closed_by == harness.emulator.bot_user.id
    assert any(m.attachments for m in world.log.history()), "the transcript is posted as for any close"
    assert harness.emulator.dm_messages(world.alice.user), "the opener gets their copy"


async def test_a_request_that_fell_due_while_the_bot_was_down_closes_at_start(harness):
    _, channel, _ = await _requested(harness, hours=1.0)
    ticket = await harness.ticket_of_channel(channel)
    await harness.stop_bot()
    later = datetime.now(UTC) + timedelta(hours=3)
    await harness.start_bot(clock=lambda: later)
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED, timeout=20)
    assert closed.close_reason == "No answer to the close request"


def _history_refused(harness, world):
    harness.emulator.fail("GET /channels/{channel_id}/messages", 403, code=50001, scope=world.guild.id)


def _history_reads(harness):
    return harness.emulator.requests_per_route()["GET /channels/{channel_id}/messages"]


async def test_a_due_close_discord_refuses_keeps_its_due_time_and_tries_again_after_a_pause(harness):
    world, channel, request = await _requested(harness, reason="inactive", hours=1.0)
    ticket = await harness.ticket_of_channel(channel)
    due = ticket.close_due_at
    now = datetime.now(UTC)
    _history_refused(harness, world)
    await harness.bot.scheduler.sweep(now=now + timedelta(hours=2))
    kept = await harness.ticket_of_channel(channel)
    assert kept.status is TicketStatus.OPEN, "the refused close put the ticket back to open"
    assert (kept.close_due_at, kept.close_reason) == (due, "inactive"), "the request still stands"
    assert "closes by itself <t:" in channel.messages[request.id].content
    reads = _history_reads(harness)
    await harness.bot.scheduler.sweep(now=now + timedelta(hours=2, minutes=10))
    assert _history_reads(harness) == reads, "no new try at every sweep"
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN
    await harness.bot.scheduler.sweep(now=now + timedelta(hours=2, minutes=31))
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.close_reason == "No answer to the close request: inactive"
    assert len([m for m in world.log.history() if m.attachments]) == 1


async def test_a_refused_close_command_keeps_a_pending_timed_request(harness):
    world, channel, _ = await _requested(harness, reason="inactive", hours=1.0)
    ticket = await harness.ticket_of_channel(channel)
    _history_refused(harness, world)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="now")).answered()
    assert "stays open" in reply.text, reply.text
    kept = await harness.ticket_of_channel(channel)
    assert kept.status is TicketStatus.OPEN
    assert (kept.close_due_at, kept.close_reason) == (ticket.close_due_at, "inactive")
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(hours=2))
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.close_reason == "No answer to the close request: inactive"


async def test_a_request_whose_message_is_refused_promises_nothing_and_erases_nothing(harness):
    world, channel, first = await _requested(harness, reason="inactive", hours=1.0)
    pending = await harness.ticket_of_channel(channel)
    await harness.eventually(lambda: harness.bot.journal.depth == 0, "the audit posts")
    await asyncio.sleep(1)  # the journal's batch goes out before the fault is armed
    harness.emulator.fail("POST /channels/{channel_id}/messages", 403, code=50013, scope=world.guild.id)
    reply = await (
        await harness.emulator.run_command(world.staff, channel, "ticket close-request", hours=24.0)
    ).answered()
    assert "was asked" not in reply.text, reply.text
    assert channel.history()[-1].id == first.id, "no second request reached the opener"
    kept = await harness.ticket_of_channel(channel)
    assert (kept.close_due_at, kept.close_reason) == (pending.close_due_at, "inactive"), "the first request stands"
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(hours=2))
    closed = await harness.until_status(pending.id, TicketStatus.CLOSED)
    assert closed.close_reason == "No answer to the close request: inactive"


async def test_a_due_close_holds_its_transcript_from_a_log_channel_everyone_can_read(harness):
    world, channel, _ = await _requested(harness, reason="inactive", hours=1.0)
    ticket = await harness.ticket_of_channel(channel)
    await open_to_everyone(harness, world)
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(hours=2))
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert not [m for m in world.log.history() if m.attachments]
    assert any("was not posted here" in e["description"] for m in world.log.history() for e in m.embeds)
    assert (await harness.database.get_transcript(ticket.id)).message_count >= 1


def _cut_off_handlers() -> None:
    """End the bot's interaction handlers where they are, as a crash would."""
    for task in asyncio.all_tasks():
        if task.get_name().startswith("CommandTree-invoker"):
            task.cancel()


async def _request_cut_off(harness, arm):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    await harness.eventually(lambda: harness.bot.journal.depth == 0, "the audit posts")
    await asyncio.sleep(1)  # the journal's batch goes out before the fault is armed
    done = arm(world)
    await harness.emulator.run_command(world.staff, channel, "ticket close-request", reason="done?", hours=1.0)
    await harness.eventually(done, "the request to be cut off")
    await asyncio.sleep(0.2)
    return channel


async def test_a_request_cut_off_after_its_post_still_closes_the_ticket_as_it_said(harness):
    def arm(world):
        hook = harness.emulator.after("POST /channels/{channel_id}/messages", _cut_off_handlers, scope=world.guild.id)
        return lambda: hook.seen >= hook.nth

    channel = await _request_cut_off(harness, arm)
    assert "closes by itself" in channel.history()[-1].content, "the opener has the promise"
    ticket = await harness.ticket_of_channel(channel)
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(minutes=30))
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "not due yet"
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(hours=2))
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.close_reason == "No answer to the close request: done?"


async def test_a_request_cut_off_before_discord_got_it_never_closes_the_ticket(harness):
    def arm(world):
        fault = harness.emulator.fail("POST /channels/{channel_id}/messages", 500, scope=world.guild.id, times=5)
        cut = _Cut(harness, fault)
        return lambda: cut.done

    channel = await _request_cut_off(harness, arm)
    assert not any("closes by itself" in m.content for m in channel.history()), "no promise reached the opener"
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(hours=2))
    dropped = await harness.ticket_of_channel(channel)
    assert dropped.status is TicketStatus.OPEN and dropped.close_due_at is None, "the unposted request is dropped"


class _Cut:
    """Cuts the handlers off once the first failed post was served."""

    def __init__(self, harness, fault) -> None:
        self.done = False
        self._task = asyncio.ensure_future(self._cut(harness, fault))

    async def _cut(self, harness, fault) -> None:
        await harness.eventually(lambda: fault.times < 5, "the first refused post")
        _cut_off_handlers()
        fault.times = 0
        self.done = True


async def test_keep_open_while_the_sweep_closes_another_due_ticket_keeps_it_open(harness):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    emulator = harness.emulator
    requests = []
    for member in (world.alice, world.bob):
        _, channel = await harness.open_ticket(world, member, panel)
        reply = await (await emulator.run_command(world.staff, channel, "ticket close-request", hours=1.0)).answered()
        assert "was asked whether it may close" in reply.text, reply.text
        requests.append((channel, channel.history()[-1]))
    (first, _), (second, request) = requests
    _, keep = request.custom_ids
    told = []

    async def bob_keeps_his_open():  # the sweep listed both due tickets, and reads Alice's for its transcript
        told.append(await (await emulator.click(world.bob, request, keep)).answered())

    emulator.after("GET /channels/{channel_id}/messages", bob_keeps_his_open, scope=world.guild.id)
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(hours=2))
    await harness.until_status((await harness.ticket_of_channel(first)).id, TicketStatus.CLOSED)
    assert "stays open" in told[0].text, told[0].text
    kept = await harness.ticket_of_channel(second)
    assert kept.status is TicketStatus.OPEN, (kept.status, kept.close_reason)
