"""Response targets and figures through the emulator, by a fake clock: alerts once each, across a restart and
two processes, and response and resolution times exactly as the clock says, in opening hours."""

import asyncio
from datetime import UTC, datetime, timedelta

from core.models import TicketStatus
from tests.e2e.clock import Clock
from tests.e2e.test_lifecycle_costs import _count_database

START = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)  # a Monday, half an hour before the team leaves at five


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


async def _server(harness):
    """A bot on a clock standing at ``START``, and a server set up."""
    clock = Clock(START)
    await harness.stop_bot()
    await harness.start_bot(clock=clock)
    world = await harness.world()
    await harness.setup(world)
    return clock, world


async def _with_targets(harness):
    """A server whose Support type works Mon-Fri 9-17 UTC with a one-hour first answer target, four to close."""
    clock, world = await _server(harness)
    edited = await run(
        harness,
        world.owner,
        world.lobby,
        "type edit",
        type="Support",
        hours="Mon-Fri 09:00-17:00",
        ping_role=world.staff_role,
    )
    assert "saved" in edited.text, edited.text
    reply = await run(
        harness, world.owner, world.lobby, "type targets", type="Support", first_response=60, resolution=4.0
    )
    assert "Targets (opening hours): first answer within 1h, closed within 4h" in reply.text, reply.text
    return clock, world


def _alerts(world, word):
    return [m for m in world.log.history() if word in m.content]


async def _sweep(harness, clock, hours, bot=None):
    await (bot or harness.bot).targets.sweep({g.id for g in (bot or harness.bot).guilds}, clock.at(hours))


async def test_a_warning_and_a_miss_are_alerted_once_each_across_a_restart(harness):
    clock, world = await _with_targets(harness)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    await _sweep(harness, clock, 16.79)  # Tuesday 9:17: 47 minutes of opening hours
    assert not _alerts(world, "first answer"), "80 % of an hour is 48 minutes"
    await _sweep(harness, clock, 16.8)
    [warning] = _alerts(world, "has waited")
    assert f"<#{channel.id}> (#0001, Support) has waited 48m of opening hours" in warning.content
    assert warning.pinged_role_ids == {world.staff_role.id} and not warning.pinged_user_ids
    await _sweep(harness, clock, 16.9)
    assert len(_alerts(world, "has waited")) == 1, "one warning"
    await harness.stop_bot()
    clock.at(17.5)
    await harness.start_bot(clock=clock)  # its start-up sweep finds the miss due
    await harness.eventually(lambda: _alerts(world, "missed its first-answer target"), "the miss", 20)
    await _sweep(harness, clock, 17.6)
    assert len(_alerts(world, "missed its first-answer target of 1h")) == 1, "one miss alert"
    stored = await harness.ticket_of_channel(channel)
    assert stored.response_warned_at == START + timedelta(hours=16.8)
    assert stored.response_breached_at is not None and stored.resolution_warned_at is None
    assert ticket.id == stored.id


async def test_a_ticket_missed_while_nobody_looked_gets_the_miss_alone(harness):
    clock, world = await _with_targets(harness)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    await _sweep(harness, clock, 18)
    assert len(_alerts(world, "missed its first-answer target")) == 1
    assert not _alerts(world, "has waited"), "the warning is moot once the target is missed"
    await _sweep(harness, clock, 18.5)
    assert len(world.log.history()) == len(_alerts(world, "")), "nothing more"


async def test_two_processes_sweeping_at_once_alert_once(harness):
    clock, world = await _with_targets(harness)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    async with harness.second_process(clock) as other:
        for hours in (16.8, 17.0, 19.5):
            now = clock.at(hours)
            await asyncio.gather(*(bot.targets.sweep({world.guild.id}, now) for bot in (harness.bot, other)))
    assert len(_alerts(world, "has waited")) == 1
    assert len(_alerts(world, "missed its first-answer target")) == 1
    assert len(_alerts(world, "has been open")) == 1, "80 % of four hours: Tuesday 11:42"


async def test_an_answered_ticket_has_no_first_answer_alert_and_its_times_follow_the_clock(harness):
    clock, world = await _with_targets(harness)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    clock.at(16.75)  # Tuesday 9:15
    await harness.emulator.post_message(world.staff, channel, "Hello, looking at it")

    async def answered():
        return (await harness.ticket_of_channel(channel)).first_response_at == START + timedelta(hours=16.75)

    await harness.until(answered, "the first answer to be stored")
    await _sweep(harness, clock, 17.5)
    assert not _alerts(world, "first answer"), "answered in time"
    clock.at(18)  # Tuesday 10:30
    await run(harness, world.staff, channel, "ticket close", reason="Done")
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.first_responder_id == world.staff.id
    stats = await harness.bot.stats.stats(world.guild.id, 7)
    figures = stats.overall
    assert figures.first_response.median == 45 * 60, "16:30 to 17:00, then 9:00 to 9:15, in opening hours"
    assert figures.first_response_wall.median == 16.75 * 3600, "Monday 16:30 to Tuesday 9:15 on the clock"
    assert figures.resolution.median == 2 * 3600 and figures.resolution_wall.median == 18 * 3600
    assert (figures.opened, figures.closed, figures.response_missed, figures.resolution_missed) == (1, 1, 0, 0)
    assert stats.by_staff[world.staff.id].first_answers == 1
    shown = await run(harness, world.staff, world.lobby, "stats", days=7)
    text = shown.text
    assert "median 45m, 90 % within 45m" in text and "(16h 45m, 16h 45m on the clock; 1 ticket)" in text, text
    refused = await run(harness, world.alice, world.lobby, "stats")
    assert "Only staff can see the statistics" in refused.text


async def test_an_alert_discord_refuses_is_not_retried_and_the_miss_still_counts(harness):
    clock, world = await _with_targets(harness)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    harness.emulator.fail("POST /channels/{channel_id}/messages", 403, scope=world.guild.id, times=1)
    await _sweep(harness, clock, 18)
    assert not _alerts(world, "missed"), "refused"
    await _sweep(harness, clock, 18.5)
    assert not _alerts(world, "missed"), "an alert is posted at most once: a refused one is not tried again"
    stats = await harness.bot.stats.stats(world.guild.id, 7)
    assert stats.overall.response_missed == 1, "the figures read the miss from the ticket's own times"


async def test_targets_set_after_a_ticket_opened_apply_to_it_and_removing_them_stops_the_alerts(harness):
    clock, world = await _server(harness)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    await _sweep(harness, clock, 0.5)
    assert not _alerts(world, "first answer"), "no targets yet"
    await run(harness, world.owner, world.lobby, "type targets", type="Support", first_response=60)
    await _sweep(harness, clock, 0.9)  # every hour counts: the type has no opening hours
    assert len(_alerts(world, "has waited 48m")) == 1
    await run(harness, world.owner, world.lobby, "type targets", type="Support", first_response=0)
    await _sweep(harness, clock, 2)
    assert not _alerts(world, "missed"), "no target, no alert"


async def test_the_command_and_the_api_share_one_read_a_minute(harness, monkeypatch):
    clock, world = await _server(harness)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    calls = await _count_database(harness, monkeypatch)
    for _ in range(3):
        shown = await run(harness, world.staff, world.lobby, "stats", days=30)
        assert "1 opened" in shown.text, shown.text
    await harness.bot.stats.stats(world.guild.id, 30)  # as the API and the page ask
    assert calls["list_figures"] == 1, "read once, shared"
    clock.at(1 / 60 + 0.001)  # a minute later
    await run(harness, world.staff, world.lobby, "stats", days=30)
    assert calls["list_figures"] == 2
    await run(harness, world.staff, world.lobby, "stats", days=7)
    assert calls["list_figures"] == 3, "each period is read on its own"


async def test_the_first_answer_after_a_move_comes_from_the_new_types_staff(harness):
    from tests.e2e.test_types import post_panel, typed_world

    world, _, _, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    panel = await post_panel(harness, world, types="Billing, Reports")
    _, reports_button = panel.custom_ids
    reply = await (await emulator.click(world.alice, panel, reports_button)).answered()
    assert "is open" in reply.text, reply.text
    channel = emulator.channels[(await harness.ticket_of(world, world.alice)).channel_id]
    await emulator.post_message(world.alice, channel, "my invoice is wrong")  # the bot now knows the ticket

    async def noted():
        return (await harness.ticket_of_channel(channel)).opener_active_at is not None

    await harness.until(noted, "Alice's message to be noted")
    moved = await (await emulator.run_command(world.staff, channel, "ticket move", type="Billing")).answered()
    assert "moved" in moved.text, moved.text
    await emulator.post_message(billing_staff, channel, "looking into it")

    async def answered():
        return (await harness.ticket_of_channel(channel)).first_response_at is not None

    await harness.until(answered, "Billing staff's message to count as the ticket's first answer")
    assert (await harness.ticket_of_channel(channel)).first_responder_id == billing_staff.id
