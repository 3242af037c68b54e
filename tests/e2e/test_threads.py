"""Thread tickets through the emulator: open → join → add → claim → close → reopen, and restarts."""

import asyncio

import pytest

from core.models import TicketStatus
from tests.e2e.clock import Clock
from tests.e2e.test_auto_close import START
from tests.emulator.state import ChannelType, Overwrite, Permissions

# The task discord.py runs a button's handler in.
BUTTON_HANDLER = "discord-ui-dynamic-item"


async def _thread_world(harness):
    """A set-up server whose Support type makes private threads in #support (where members cannot post)."""
    world = await harness.world()
    await harness.setup(world)
    emulator = harness.emulator
    support = await emulator.create_channel(
        world.guild, "support", overwrites=[Overwrite(world.guild.id, 0, deny=Permissions.SEND_MESSAGES)]
    )
    reply = await (
        await emulator.run_command(world.owner, world.lobby, "type edit", type="Support", thread_channel=support)
    ).answered()
    assert "saved" in reply.text, reply.text
    return world, support


async def _open(harness, world, member):
    _, thread = await harness.open_ticket(world, member, await harness.panel(world))
    return thread, await harness.ticket_of_channel(thread)


async def test_a_thread_ticket_lives_like_a_channel_ticket(harness):
    world, support = await _thread_world(harness)
    emulator = harness.emulator
    thread, ticket = await _open(harness, world, world.alice)
    assert thread.type is ChannelType.GUILD_PRIVATE_THREAD and thread.parent_id == support.id
    assert thread.id in world.guild.threads and thread.id not in world.guild.channels, "no channel is used"
    assert emulator.can_send(world.alice, thread) and not emulator.can_send(world.alice, support)
    assert not emulator.can_view(world.bob, thread) and not emulator.can_view(world.staff, thread)
    assert thread.history()[0].pinged_user_ids == {world.alice.id}, "the welcome"

    notice = next(m for m in world.log.history() if any(c.startswith("ticket:join:") for c in m.custom_ids))
    assert f"<#{thread.id}>" in notice.content
    assert not notice.pinged_user_ids and not notice.pinged_role_ids
    joined = await (await emulator.click(world.staff, notice)).answered()
    assert "You joined ticket #0001" in joined.text, joined.text
    assert emulator.can_send(world.staff, thread)

    reply = await (await emulator.run_command(world.staff, thread, "ticket add", member=world.bob)).answered()
    assert "was added" in reply.text, reply.text
    assert emulator.can_send(world.bob, thread)
    reply = await (await emulator.run_command(world.staff, thread, "ticket claim")).answered()
    assert "You have claimed" in reply.text, reply.text
    await emulator.post_message(world.alice, thread, "my question")

    reply = await (await emulator.run_command(world.staff, thread, "ticket close", reason="solved")).answered()
    assert "#0001" in reply.text, reply.text
    closed = await harness.until_status(ticket.id, TicketStatus.ARCHIVED)
    assert thread.archived and thread.locked and not emulator.can_send(world.alice, thread)
    assert emulator.can_view(world.alice, thread), "kept, read-only"
    text = (await harness.database.get_transcript(ticket.id)).text.decode()
    assert "my question" in text and closed.close_reason == "solved"
    assert harness.emulator.dm_messages(world.alice.user)

    button = next(m for m in reversed(thread.history()) if any(c.startswith("ticket:reopen:") for c in m.custom_ids))
    reply = await (await emulator.click(world.staff, button)).answered()
    assert "is open again" in reply.text, reply.text
    assert not thread.archived and not thread.locked and emulator.can_send(world.alice, thread)
    assert (await harness.ticket_of_channel(thread)).status is TicketStatus.OPEN


async def test_a_thread_ticket_discord_archived_for_quiet_is_not_taken_for_gone(harness):
    world, _ = await _thread_world(harness)
    emulator = harness.emulator
    thread, ticket = await _open(harness, world, world.alice)
    await harness.stop_bot()
    thread.archived = True  # Discord archives a quiet thread after its auto-archive time
    await harness.start_bot()
    await harness.bot.scheduler.sweep(startup=True)
    assert (await harness.ticket_of_channel(thread)).status is TicketStatus.OPEN
    await emulator.post_message(world.alice, thread, "still there?")
    assert not thread.archived, "a message brings the thread back"
    reply = await (await emulator.run_command(world.staff, thread, "ticket close")).answered()
    assert "#0001" in reply.text, reply.text
    await harness.until_status(ticket.id, TicketStatus.ARCHIVED)


async def test_messages_in_thread_tickets_count_as_activity(harness):
    world, _ = await _thread_world(harness)
    thread, ticket = await _open(harness, world, world.alice)
    await harness.emulator.post_message(world.alice, thread, "hello")

    async def noted():
        stored = await harness.ticket_of_channel(thread)
        return stored.opener_active_at is not None and stored.opener_active_at > ticket.opened_at

    await harness.until(noted, "the thread message to count")


async def test_a_thread_deleted_by_hand_closes_its_ticket_at_once(harness):
    world, _ = await _thread_world(harness)
    emulator = harness.emulator
    thread, ticket = await _open(harness, world, world.alice)
    quiet, quiet_ticket = await _open(harness, world, world.bob)
    await emulator.archive_thread(quiet)  # quiet for a week: gone from the bot's cache, not from Discord
    await emulator.delete_thread(thread)
    await emulator.delete_thread(quiet)
    for deleted in (ticket, quiet_ticket):
        closed = await harness.until_status(deleted.id, TicketStatus.CLOSED)
        assert closed.close_reason == "Thread deleted outside the bot"
    reply = await (await emulator.click(world.alice, await harness.panel(world))).answered()
    assert "is open" in reply.text, "the opener is not blocked by a ticket whose thread is gone"


async def test_deleting_the_thread_channel_closes_the_tickets_in_it_and_no_other(harness):
    world, support = await _thread_world(harness)
    emulator = harness.emulator
    _, active_ticket = await _open(harness, world, world.alice)
    quiet, quiet_ticket = await _open(harness, world, world.bob)
    await emulator.archive_thread(quiet)
    elsewhere = await emulator.create_channel(world.guild, "help")
    reply = await (
        await emulator.run_command(world.owner, world.lobby, "type edit", type="Support", thread_channel=elsewhere)
    ).answered()
    assert "saved" in reply.text, reply.text
    kept, kept_ticket = await _open(harness, world, world.carol)
    await emulator.archive_thread(kept)

    await emulator.delete_channel(support)  # Discord removes its threads without a THREAD_DELETE for each
    for deleted in (active_ticket, quiet_ticket):
        closed = await harness.until_status(deleted.id, TicketStatus.CLOSED)
        assert closed.close_reason in ("Thread deleted outside the bot", "Thread channel deleted outside the bot")
    asked = f"/channels/{kept.id}"
    await harness.eventually(
        lambda: any(r.path == asked and r.method == "GET" and r.status for r in emulator.requests),
        "the bot to ask Discord about the archived thread of another channel",
    )
    assert (await harness.database.get_ticket(kept_ticket.id)).status is TicketStatus.OPEN, "archived is not deleted"
    reply = await (await emulator.click(world.alice, await harness.panel(world))).answered()
    assert "is open" in reply.text, reply.text


async def _cut_short_after(harness, world, step: str) -> None:
    """Click the panel as alice and cancel the bot's handler once Discord carried out ``step``."""
    cut = asyncio.Event()

    def cut_short() -> None:
        for task in asyncio.all_tasks():
            if task.get_name().startswith(BUTTON_HANDLER):
                task.cancel()
        cut.set()

    harness.emulator.after(step, cut_short, scope=world.guild.id)
    await harness.emulator.click(world.alice, await harness.panel(world))
    await asyncio.wait_for(cut.wait(), 10)


THREAD_MADE = "POST /channels/{channel_id}/threads"
OPENER_ADDED = "PUT /channels/{channel_id}/thread-members/{user_id}"


@pytest.mark.parametrize(
    "step", [pytest.param(THREAD_MADE, id="thread made"), pytest.param(OPENER_ADDED, id="opener added")]
)
async def test_an_open_cut_short_after_its_thread_was_made_is_finished_after_a_restart(harness, step):
    """The reconnect's threads come without their members: the thread is known by its own marks."""
    world, support = await _thread_world(harness)
    emulator = harness.emulator
    await _cut_short_after(harness, world, step)
    await harness.stop_bot()
    await harness.start_bot()

    async def opened():
        tickets = await harness.database.list_tickets(list(TicketStatus), world.guild.id)
        return tickets if tickets and all(t.status is TicketStatus.OPEN for t in tickets) else None

    [ticket] = await harness.until(opened, "the interrupted open to be finished")
    [thread] = [t for t in world.guild.threads.values() if t.parent_id == support.id]
    assert (ticket.number, ticket.channel_id, thread.name) == (1, thread.id, "ticket-0001"), "no orphan thread"
    assert emulator.can_send(world.alice, thread), "the opener is in the thread"
    assert [m.pinged_user_ids for m in thread.history()] == [{world.alice.id}], "one welcome"


async def test_an_open_cut_short_whose_thread_archived_meanwhile_is_found_among_the_archived(harness):
    world, support = await _thread_world(harness)
    await _cut_short_after(harness, world, OPENER_ADDED)
    await harness.stop_bot()
    [thread] = [t for t in world.guild.threads.values() if t.parent_id == support.id]
    await harness.emulator.archive_thread(thread)  # a quiet week while the bot was down: not in the next cache
    await harness.start_bot()
    ticket = await harness.until(lambda: harness.database.get_ticket_by_channel(thread.id), "the open to be finished")
    assert ticket.status is TicketStatus.OPEN and not thread.archived
    assert harness.emulator.can_send(world.alice, thread)
    assert [m.pinged_user_ids for m in thread.history()] == [{world.alice.id}], "one welcome"


async def test_an_open_cut_short_whose_opener_left_leaves_no_thread(harness):
    world, support = await _thread_world(harness)
    await _cut_short_after(harness, world, OPENER_ADDED)
    await harness.stop_bot()
    await harness.emulator.remove_member(world.alice)
    await harness.start_bot()

    async def undone():
        return not await harness.database.list_tickets(list(TicketStatus), world.guild.id) and not any(
            t.parent_id == support.id for t in world.guild.threads.values()
        )

    await harness.until(undone, "the interrupted open to be undone, its thread deleted")


async def test_a_thread_ticket_archived_for_quiet_closes_with_its_transcript(harness):
    world, _ = await _thread_world(harness)
    emulator = harness.emulator
    thread, ticket = await _open(harness, world, world.alice)
    await emulator.post_message(world.alice, thread, "my question")
    await emulator.archive_thread(thread)  # out of the bot's cache, still on Discord
    reply = await (await emulator.run_command(world.staff, thread, "ticket close", reason="solved")).answered()
    assert "#0001" in reply.text, reply.text
    closed = await harness.until_status(ticket.id, TicketStatus.ARCHIVED)
    assert closed.close_reason == "solved" and thread.archived and thread.locked
    assert "my question" in (await harness.database.get_transcript(ticket.id)).text.decode()


async def test_thread_tickets_whose_thread_went_while_the_bot_was_down_close_at_start(harness):
    world, _ = await _thread_world(harness)
    emulator = harness.emulator
    _, deleted = await _open(harness, world, world.alice)
    quiet, quiet_ticket = await _open(harness, world, world.bob)
    await harness.stop_bot()
    await emulator.delete_thread(emulator.channels[deleted.channel_id])
    await emulator.archive_thread(quiet)
    await harness.start_bot()
    await harness.until_status(deleted.id, TicketStatus.CLOSED)
    await harness.bot.scheduler.sweep(startup=True)
    assert (await harness.database.get_ticket(quiet_ticket.id)).status is TicketStatus.OPEN, "archived, not gone"


async def test_a_thread_ticket_archived_for_quiet_is_still_warned_then_closed(harness):
    """Discord archives a thread quiet for a week; a type that waits longer still warns and closes it."""
    clock = Clock(START)
    await harness.stop_bot()
    await harness.start_bot(clock=clock)
    world, _ = await _thread_world(harness)
    reply = await (
        await harness.emulator.run_command(
            world.owner, world.lobby, "config auto-close", hours=240.0, warning_hours=6.0
        )
    ).answered()
    assert "Settings saved" in reply.text, reply.text
    thread, ticket = await _open(harness, world, world.alice)
    await harness.emulator.archive_thread(thread)  # a week without a message

    await harness.bot.scheduler.sweep(now=clock.at(234))
    assert any("closes by itself" in m.content for m in thread.history()), "the warning reached the archived thread"
    assert not thread.archived, "the warning brought the thread back"
    await harness.emulator.archive_thread(thread)
    await harness.bot.scheduler.sweep(now=clock.at(241))
    closed = await harness.until_status(ticket.id, TicketStatus.ARCHIVED)
    assert closed.close_reason and "activity" in closed.close_reason


async def test_doctor_names_a_types_thread_channel_deleted_by_hand(harness):
    world, support = await _thread_world(harness)
    healthy = await (await harness.emulator.run_command(world.owner, world.lobby, "doctor")).answered()
    assert "Everything looks right" in healthy.text, healthy.text
    await harness.emulator.delete_channel(support)
    sick = await (await harness.emulator.run_command(world.owner, world.lobby, "doctor")).answered()
    assert "Support thread channel no longer exists" in sick.text, sick.text


async def test_a_member_who_cannot_see_the_thread_channel_is_told_and_given_no_thread(harness):
    world = await harness.world()
    await harness.setup(world)
    emulator = harness.emulator
    verified = await emulator.add_role(world.guild, "Verified")
    help_channel = await emulator.create_channel(  # for verified members only; staff and the bot see it
        world.guild,
        "help",
        overwrites=[
            Overwrite(world.guild.id, 0, deny=Permissions.VIEW_CHANNEL),
            Overwrite(verified.id, 0, allow=Permissions.VIEW_CHANNEL),
            Overwrite(world.staff_role.id, 0, allow=Permissions.VIEW_CHANNEL),
            Overwrite(emulator.bot_user.id, 1, allow=Permissions.VIEW_CHANNEL),
        ],
    )
    reply = await (
        await emulator.run_command(world.owner, world.lobby, "type edit", type="Support", thread_channel=help_channel)
    ).answered()
    assert "saved" in reply.text, reply.text
    reply = await (await emulator.click(world.alice, await harness.panel(world))).answered()
    assert reply.ephemeral and "which you cannot see or write in there" in reply.text, reply.text
    assert not [c for c in world.guild.threads.values() if c.parent_id == help_channel.id]
    assert await harness.database.list_tickets([TicketStatus.OPEN, TicketStatus.PENDING], world.guild.id) == []
