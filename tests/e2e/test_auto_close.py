"""Closing quiet tickets through the emulator, by a fake clock: the warning, the close, answers, restarts."""

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta

import pytest

from core.errors import UserInputError
from core.models import Closure, TicketStatus
from core.rules.policy import Actor
from core.runtime.services import TicketKey
from database import create_adapter
from tests.e2e.clock import Clock

START = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


async def _quiet_ticket(harness, **auto_close):
    """A server that closes tickets after 48 quiet hours (warning 6 hours before), and Alice's ticket."""
    clock = Clock(START)
    await harness.stop_bot()
    await harness.start_bot(clock=clock)
    world = await harness.world()
    await harness.setup(world)
    options = {"hours": 48.0, "warning_hours": 6.0, **auto_close}
    reply = await (
        await harness.emulator.run_command(world.owner, world.lobby, "config auto-close", **options)
    ).answered()
    assert "Settings saved" in reply.text, reply.text
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    return clock, world, channel


async def _sweep(harness, clock, hours):
    await harness.bot.scheduler.sweep(now=clock.at(hours))


def _warnings(channel):
    return [m for m in channel.history() if "closes by itself" in m.content]


async def test_a_quiet_ticket_is_warned_then_closed_through_the_close_path(harness):
    clock, world, channel = await _quiet_ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    await _sweep(harness, clock, 41.9)
    assert not _warnings(channel), "not yet in the warning's window"
    await _sweep(harness, clock, 42)
    [warning] = _warnings(channel)
    assert warning.pinged_user_ids == {world.alice.id} and not warning.pinged_role_ids
    assert f"<t:{int((START + timedelta(hours=48)).timestamp())}:R>" in warning.content
    await _sweep(harness, clock, 44)
    assert len(_warnings(channel)) == 1, "one warning per quiet spell"
    await _sweep(harness, clock, 48.5)
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.close_reason == "No activity for 48 hours" and closed.closed_by == harness.emulator.bot_user.id
    assert any(m.attachments for m in world.log.history()), "the transcript is posted as for any close"
    assert harness.emulator.dm_messages(world.alice.user), "the opener gets their copy"


async def test_the_openers_message_answers_the_warning_and_staff_messages_do_not_count(harness):
    clock, world, channel = await _quiet_ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    await _sweep(harness, clock, 43)
    clock.at(44)
    await harness.emulator.post_message(world.alice, channel, "still here!")
    await _noted(harness, channel, START + timedelta(hours=44))
    await _sweep(harness, clock, 49)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN
    clock.at(60)
    await harness.emulator.post_message(world.staff, channel, "any news?")
    await _noted(harness, channel, START + timedelta(hours=60))
    await _sweep(harness, clock, 86)
    assert len(_warnings(channel)) == 2, "warned again, 6 hours before 44 + 48"
    await _sweep(harness, clock, 92.5)
    await harness.until_status(ticket.id, TicketStatus.CLOSED)


async def test_when_anyone_counts_a_staff_message_keeps_it_open(harness):
    clock, world, channel = await _quiet_ticket(harness, counts="anyone")
    clock.at(40)
    await harness.emulator.post_message(world.staff, channel, "we are on it")
    await _noted(harness, channel, START + timedelta(hours=40))
    await _sweep(harness, clock, 80)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN and not _warnings(channel)
    assert "had no message from you" not in (await _warned(harness, clock, channel, 83)).content


async def _noted(harness, channel, at):
    async def stored():
        return (await harness.ticket_of_channel(channel)).active_at == at

    await harness.until(stored, "the message to be stored")


async def _warning_recorded(harness, channel):
    """Wait for the start-up sweep, which posts a warning and then records it as posted, to finish recording."""

    async def recorded():
        return (await harness.ticket_of_channel(channel)).idle_warning_posted_at is not None

    await harness.until(recorded, "the warning to be recorded as posted")


async def _warned(harness, clock, channel, hours):
    await _sweep(harness, clock, hours)
    return _warnings(channel)[-1]


async def test_staff_exempt_one_ticket_and_a_type_can_opt_out(harness):
    clock, world, channel = await _quiet_ticket(harness)
    emulator = harness.emulator
    refused = await (await emulator.run_command(world.alice, channel, "ticket auto-close", enabled=0)).answered()
    assert "staff" in refused.text.lower(), refused.text
    reply = await (await emulator.run_command(world.staff, channel, "ticket auto-close", enabled=0)).answered()
    assert "will not close for inactivity" in reply.text
    await _sweep(harness, clock, 100)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN and not _warnings(channel)
    reply = await (await emulator.run_command(world.staff, channel, "ticket auto-close", enabled=1)).answered()
    assert "counting from now" in reply.text
    await _sweep(harness, clock, 140)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "48 hours from 100 are not over"
    await _sweep(harness, clock, 142)
    await _sweep(harness, clock, 148.1)
    await harness.until_status((await harness.ticket_of_channel(channel)).id, TicketStatus.CLOSED)

    reply = await (
        await emulator.run_command(world.owner, world.lobby, "type edit", type="Support", auto_close_hours=0.0)
    ).answered()
    assert "saved" in reply.text, reply.text
    listed = await (await emulator.run_command(world.owner, world.lobby, "type list")).answered()
    assert "Auto-close: never" in listed.text, listed.text
    _, second = await harness.open_ticket(world, world.bob, await harness.panel(world))
    await _sweep(harness, clock, 400)
    assert (await harness.ticket_of_channel(second)).status is TicketStatus.OPEN, "this type never auto-closes"


async def test_a_warning_that_comes_after_the_close_is_refused(harness):
    world = await harness.world()
    await harness.setup(world)
    options = {"hours": 4.0, "warning_hours": 6.0}
    reply = await (
        await harness.emulator.run_command(world.owner, world.lobby, "config auto-close", **options)
    ).answered()
    assert "warn fewer than 4 hours before" in reply.text, reply.text


async def test_a_ticket_that_fell_due_while_the_bot_was_down_is_warned_at_start_then_closes(harness):
    clock, world, channel = await _quiet_ticket(harness)
    clock.at(1)
    await harness.emulator.post_message(world.alice, channel, "hello?")
    await _noted(harness, channel, START + timedelta(hours=1))
    clock.at(1.05)
    await harness.emulator.post_message(world.alice, channel, "anyone?")  # within 5 minutes: kept in memory
    await asyncio.sleep(0.3)
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.opener_active_at == START + timedelta(hours=1), "a busy ticket is written every few minutes"
    assert ticket.active_at == START + timedelta(hours=1), "an opener's message is anyone's too"
    await harness.stop_bot()
    stored = await _stored(harness, ticket.id)
    assert stored.opener_active_at == START + timedelta(hours=1.05), "a graceful stop stores what was seen"
    clock.at(50)
    await harness.start_bot(clock=clock)
    await harness.eventually(lambda: _warnings(channel), "the warning nobody got while the bot was down", 20)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "never closed unwarned"
    await _warning_recorded(harness, channel)
    await _sweep(harness, clock, 56.1)
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.close_reason == "No activity for 48 hours"


async def _stored(harness, ticket_id):
    db = create_adapter(harness.database_url)
    await db.connect()
    try:
        return await db.get_ticket(ticket_id)
    finally:
        await db.close()


async def test_two_processes_sweeping_at_once_warn_and_close_once(harness):
    clock, world, channel = await _quiet_ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    async with harness.second_process(clock) as other:
        bots = (harness.bot, other)
        await asyncio.gather(*(bot.scheduler.sweep(now=clock.at(43)) for bot in bots))
        assert len(_warnings(channel)) == 1
        await asyncio.gather(*(bot.scheduler.sweep(now=clock.at(49)) for bot in bots))
        await harness.until_status(ticket.id, TicketStatus.CLOSED)
        assert len([m for m in world.log.history() if m.attachments]) == 1, "one transcript"
        assert len(harness.emulator.dm_messages(world.alice.user)) == 1, "one direct message"


async def test_a_second_process_leaves_alone_a_close_another_began_since(harness):
    """Start-up finishes at once only the closes begun before the process was: a later one is a live process's.

    Nor does closing the ticket again there finish it, while it is young enough to be under way.
    """
    clock, world, channel = await _quiet_ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    async with harness.second_process(clock) as other:
        held = {world.guild.id}
        assert await harness.database.begin_close(ticket.id, Closure(harness.bot.user.id, "quiet", clock.at(1)))
        await other.tickets.recovery.resume_all(held, clock())
        with pytest.raises(UserInputError):
            await other.tickets.closing.close(TicketKey(ticket.id), Actor.bot(other.user.id), None)
        assert (await harness.ticket_of_channel(channel)).status is TicketStatus.CLOSING, "left to its closer"
        assert not [m for m in world.log.history() if m.attachments]
        clock.at(1.01)  # 36 s on: a close that long under way was interrupted
        await other.tickets.recovery.resume(held, clock())
        await harness.until_status(ticket.id, TicketStatus.CLOSED)


async def test_a_refused_warning_is_never_acted_on_and_a_refused_close_waits(harness):
    clock, world, channel = await _quiet_ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    emulator = harness.emulator
    emulator.fail("POST /channels/{channel_id}/messages", 403, code=50013, scope=world.guild.id, times=1)
    await _sweep(harness, clock, 43)
    assert not _warnings(channel), "the refused warning"
    await _sweep(harness, clock, 49)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "no close on an unseen warning"
    [warning] = _warnings(channel)
    assert f"<t:{int((START + timedelta(hours=55)).timestamp())}:R>" in warning.content, "its hours from now"
    await _sweep(harness, clock, 54.9)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "not before the warning says"
    emulator.fail("POST /channels/{channel_id}/messages", 403, code=50013, scope=world.guild.id, times=1)
    await _sweep(harness, clock, 55)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "the log post was refused"
    before = len(emulator.requests)
    await _sweep(harness, clock, 55.25)
    assert len(emulator.requests) == before, "no retry at every sweep"
    await _sweep(harness, clock, 55.6)
    await harness.until_status(ticket.id, TicketStatus.CLOSED)


async def _cut_off_sweep(harness, clock, hours, arm) -> None:
    """Run a sweep that ``arm`` cancels (as a crash would end it), given the sweep's task."""
    task = asyncio.ensure_future(harness.bot.tickets.inactivity.sweep({harness.bot.guilds[0].id}, clock.at(hours)))
    arm(task)
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def test_a_warning_cut_off_before_discord_got_it_is_never_acted_on(harness):
    clock, world, channel = await _quiet_ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    emulator = harness.emulator

    def arm(task):
        fault = emulator.fail("POST /channels/{channel_id}/messages", 500, scope=world.guild.id, times=5)
        asyncio.get_running_loop().create_task(_cancel_when(harness, lambda: fault.times < 5, task))

    await _cut_off_sweep(harness, clock, 43, arm)
    assert not _warnings(channel)
    await harness.stop_bot()
    clock.at(49)
    await harness.start_bot(clock=clock)
    await harness.eventually(lambda: _warnings(channel), "the warning, posted at last", 20)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "no close on an unseen warning"
    await _warning_recorded(harness, channel)
    await _sweep(harness, clock, 55.1)
    await harness.until_status(ticket.id, TicketStatus.CLOSED)


async def test_a_warning_cut_off_after_discord_posted_it_is_posted_again_and_kept(harness):
    clock, world, channel = await _quiet_ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    emulator = harness.emulator

    def arm(task):
        emulator.after("POST /channels/{channel_id}/messages", task.cancel, scope=world.guild.id)

    await _cut_off_sweep(harness, clock, 42, arm)
    assert len(_warnings(channel)) == 1, "posted, not recorded"
    await _sweep(harness, clock, 42.05)
    assert len(_warnings(channel)) == 1, "not posted twice while the first may still be on its way"
    await _sweep(harness, clock, 43)
    second = _warnings(channel)[-1]
    assert len(_warnings(channel)) == 2, "posted again, with when it closes now"
    assert f"<t:{int((START + timedelta(hours=49)).timestamp())}:R>" in second.content
    await _sweep(harness, clock, 48.5)
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "as the last warning says"
    await _sweep(harness, clock, 49)
    await harness.until_status(ticket.id, TicketStatus.CLOSED)


async def _cancel_when(harness, condition, task) -> None:
    await harness.eventually(condition, "the moment to cut the sweep off")
    task.cancel()


async def test_a_ticket_exempted_while_the_sweep_closes_another_quiet_ticket_stays_open(harness):
    clock = Clock(START)
    await harness.stop_bot()
    await harness.start_bot(clock=clock)
    world = await harness.world()
    await harness.setup(world)
    emulator = harness.emulator
    reply = await (
        await emulator.run_command(world.owner, world.lobby, "config auto-close", hours=48.0, warning_hours=6.0)
    ).answered()
    assert "Settings saved" in reply.text, reply.text
    panel = await harness.panel(world)
    _, first = await harness.open_ticket(world, world.alice, panel)
    _, second = await harness.open_ticket(world, world.bob, panel)
    await _sweep(harness, clock, 42)
    assert _warnings(first) and _warnings(second)
    told = []

    async def staff_exempt_bobs():  # the sweep listed both quiet tickets, and reads Alice's for its transcript
        told.append(await (await emulator.run_command(world.staff, second, "ticket auto-close", enabled=0)).answered())

    emulator.after("GET /channels/{channel_id}/messages", staff_exempt_bobs, scope=world.guild.id)
    await _sweep(harness, clock, 48.5)
    await harness.until_status((await harness.ticket_of_channel(first)).id, TicketStatus.CLOSED)
    assert "will not close for inactivity" in told[0].text, told[0].text
    kept = await harness.ticket_of_channel(second)
    assert kept.status is TicketStatus.OPEN, (kept.status, kept.close_reason)
