"""Priority and "waiting on" through the emulator: staff set one, the bot keeps the other, the viewer and API show both."""

import asyncio

from core.models import TicketPriority, WaitingOn
from tests.e2e.test_api import _call, _key
from tests.e2e.test_viewer import _viewer_bot


async def _ticket(harness):
    world = await harness.world()
    await harness.setup(world)
    sue = await harness.emulator.add_member(world.guild, "sue", world.staff_role)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    return world, sue, channel


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


def _priority_field(channel):
    fields = channel.history()[0].embeds[0].get("fields", [])
    return next((f["value"] for f in fields if f["name"] == "Priority"), None)


async def test_staff_set_a_priority_that_the_welcome_shows_and_the_opener_cannot_change(harness):
    world, _, channel = await _ticket(harness)
    reply = await run(harness, world.staff, channel, "ticket priority", level="urgent")
    assert reply.ephemeral and "is now of 🔴 Urgent priority" in reply.text, reply.text
    assert _priority_field(channel) == "🔴 Urgent"
    assert f"<@{world.staff.id}> set this ticket's priority to 🔴 Urgent." in channel.history()[-1].content
    again = await run(harness, world.staff, channel, "ticket priority", level="urgent")
    assert "already 🔴 Urgent" in again.text
    refused = await run(harness, world.alice, channel, "ticket priority", level="low")
    assert refused.ephemeral and "Only staff can change a ticket's priority." in refused.text
    back = await run(harness, world.staff, channel, "ticket priority", level="normal")
    assert "Normal" in back.text and _priority_field(channel) is None
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.priority is TicketPriority.NORMAL
    actions = [e.action for e in await harness.database.list_audit_entries(world.guild.id, 20)]
    assert actions.count("priority_changed") == 2


async def test_of_two_staff_setting_priorities_at_once_the_welcome_shows_the_stored_one(harness):
    world, sue, channel = await _ticket(harness)
    emulator = harness.emulator
    clicks = [
        await emulator.run_command(world.staff, channel, "ticket priority", level="high"),
        await emulator.run_command(sue, channel, "ticket priority", level="low"),
    ]
    replies = await asyncio.gather(*(c.answered() for c in clicks))
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.priority in (TicketPriority.HIGH, TicketPriority.LOW)
    assert _priority_field(channel) == {"high": "🟠 High", "low": "🟢 Low"}[ticket.priority.value]
    assert all("priority" in r.text for r in replies), [r.text for r in replies]


async def test_a_refused_welcome_edit_puts_the_priority_back(harness):
    world, _, channel = await _ticket(harness)
    harness.emulator.fail("PATCH /channels/{channel_id}/messages/{message_id}", 403, code=50013)
    refused = await run(harness, world.staff, channel, "ticket priority", level="high")
    assert refused.ephemeral and "priority" in refused.text.lower(), refused.text
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.priority is TicketPriority.NORMAL and ticket.unsynced_since is None
    assert _priority_field(channel) is None


async def test_the_bot_keeps_whom_a_ticket_waits_for_from_who_wrote_last(harness):
    world, _, channel = await _ticket(harness)
    emulator = harness.emulator
    assert (await harness.ticket_of_channel(channel)).waiting_on is WaitingOn.STAFF

    async def waiting(expected):
        return (await harness.ticket_of_channel(channel)).waiting_on is expected

    opened = await harness.ticket_of_channel(channel)

    async def opener_wrote():
        return (await harness.ticket_of_channel(channel)).opener_active_at > opened.opener_active_at

    await emulator.post_message(world.alice, channel, "my order is late")
    await harness.until(opener_wrote, "the opener's message to be stored")
    assert await waiting(WaitingOn.STAFF)
    await emulator.post_message(world.staff, channel, "looking into it")  # seconds later: stored at once
    await harness.until(lambda: waiting(WaitingOn.OPENER), "waiting on the opener")
    await emulator.post_message(world.alice, channel, "thanks")
    await harness.until(lambda: waiting(WaitingOn.STAFF), "waiting on staff again")


async def test_the_api_and_the_viewer_list_show_and_find_priority_and_waiting_on(harness):
    base = await _viewer_bot(harness)
    world, _, channel = await _ticket(harness)
    await run(harness, world.staff, channel, "ticket priority", level="high")
    key = await _key(harness, world)
    status, body, _ = await _call(base, "/api/v1/tickets?priority=high&waiting=staff", key)
    assert status == 200 and [(t["priority"], t["waiting_on"]) for t in body["tickets"]] == [("high", "staff")]
    status, body, _ = await _call(base, "/api/v1/tickets?waiting=opener", key)
    assert status == 200 and body["tickets"] == []
    await harness.open_ticket(world, world.bob, await harness.panel(world))
    status, body, _ = await _call(base, "/api/v1/tickets", key)
    assert [t["number"] for t in body["tickets"]] == [2, 1]
    status, body, _ = await _call(base, "/api/v1/tickets?sort=priority", key)
    assert [(t["number"], t["priority"]) for t in body["tickets"]] == [(1, "high"), (2, "normal")]
    status, body, _ = await _call(base, "/api/v1/tickets?sort=priority&before=1&before_rank=2", key)
    assert [t["number"] for t in body["tickets"]] == [2], "the next page starts after #0001, high"
    status, body, _ = await _call(base, "/api/v1/tickets?priority=soon", key)
    assert status == 400 and "There is no such priority." in str(body), body


async def test_the_name_shows_the_priority_where_the_server_wants_it_within_discords_rename_limit(harness):
    world, _, channel = await _ticket(harness)
    base = channel.name
    same = await run(harness, world.staff, channel, "ticket priority", level="urgent")
    assert channel.name == base, "without the server's choice the name stays"
    assert (
        "saved" in (await run(harness, world.owner, world.lobby, "config priority-prefix", enabled=True)).text.lower()
    )
    await run(harness, world.staff, channel, "ticket priority", level="high")
    assert channel.name == "🟠" + base, same.text
    await run(harness, world.staff, channel, "ticket priority", level="normal")
    assert channel.name == base
    limited = await run(harness, world.staff, channel, "ticket priority", level="urgent")
    assert "is now of 🔴 Urgent priority" in limited.text and "two renames per ten minutes" in limited.text, (
        limited.text
    )
    assert (await harness.ticket_of_channel(channel)).priority is TicketPriority.URGENT and channel.name == base
