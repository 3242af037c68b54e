"""Discord refusing to delete a closed ticket's channel: the closer and the log channel hear of it at once,
closing again retries the step that failed, and recovery's retries do not tell the log channel again."""

import asyncio
from datetime import timedelta

from core.models import TicketStatus, utcnow
from core.tickets import recovery
from tests.e2e.test_crash_matrix import audit_posted

DELETE = "DELETE /channels/{channel_id}"


async def test_a_refused_deletion_is_told_at_once_and_closing_again_finishes_it(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    emulator = harness.emulator
    refusals = emulator.fail(DELETE, 403, code=50013, scope=world.guild.id, times=2)

    closing = await emulator.run_command(world.staff, channel, "ticket close", reason="Solved")
    await harness.eventually(lambda: refusals.times == 1, "the refused deletion")
    await harness.eventually(lambda: "still there" in closing.text, "the closer to be told")
    assert "missing a permission" in closing.text, closing.text
    assert channel.id in world.guild.channels
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.CLOSING
    await harness.eventually(
        lambda: any("still there" in e.get("description", "") for m in world.log.history() for e in m.embeds),
        "the log channel to be told, before any retry of recovery",
    )

    again = await (await emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "already being closed" not in again.text and "missing a permission" in again.text, again.text
    assert refusals.times == 0, "the second close retried the deletion"

    finished = await (await emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "already being closed" not in finished.text, finished.text
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert channel.id not in world.guild.channels
    assert closed.close_reason == "Solved", "the first close's reason stands"
    assert len([m for m in world.log.history() if m.attachments]) == 1, "one transcript"


async def test_recovery_does_not_tell_the_log_channel_again(harness, monkeypatch):
    monkeypatch.setattr(recovery, "FIRST_RETRY", 0.0)  # the pauses between retries have passed
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    emulator = harness.emulator
    emulator.fail(DELETE, 403, code=50013, scope=world.guild.id, times=100)
    closing = await emulator.run_command(world.staff, channel, "ticket close", reason="Solved")
    await harness.eventually(lambda: "still there" in closing.text, "the closer to be told")

    def deletions() -> int:
        return sum(1 for r in emulator.requests if r.route == DELETE and r.path == f"/channels/{channel.id}")

    async def retried() -> None:
        """Run recovery until it failed more often than it takes to tell the log channel."""
        wanted = deletions() + recovery.NOTE_AFTER + 1
        while deletions() < wanted:
            await harness.bot.scheduler.sweep(now=utcnow() + timedelta(minutes=1))
            await asyncio.sleep(0.05)

    await asyncio.wait_for(retried(), 30)
    await harness.stop_bot()
    await harness.start_bot()  # a new process counts its failures anew
    await asyncio.wait_for(retried(), 30)
    await harness.until(lambda: audit_posted(harness, world), "the audit posts")
    stuck = [e for e in await harness.database.list_audit_entries(world.guild.id) if e.action == "recovery_stuck"]
    assert [e.ticket_id for e in stuck] == [ticket.id], "the log channel hears of it once"
    notes = [e for m in world.log.history() for e in m.embeds if "Needs attention" in str(e)]
    assert len(notes) == 1, notes
