"""Every Discord request of the timed operations, with the handler or the sweep cut off right after it.

Close requests (asked, accepted, kept open, fallen due), the inactivity warning, the auto-close and an
opener's leaving (the ticket closed, or kept with a notice): for each step the bot's handler, or the
scheduler's sweep, is cancelled right after Discord carried the request out, as a crash would leave it; then a minute later (recovery run a minute ahead) and after a
restart, the open/close invariants of ``test_crash_matrix`` hold, no ticket was closed on a promise (a
close request's or a warning's) that never reached its channel, and the member can open a ticket again.
The posts of the promises (a close request, an inactivity warning) and every request of the closes they
lead to are also refused by Discord (500 five times, 403, 404): the same invariants hold, and a refused
promise is posted again or dropped, never acted on. Rows join the same end-of-run table.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest

from core.models import TicketStatus, utcnow
from tests.e2e.test_crash_matrix import (
    CALLBACK,
    CLOSE_STEPS,
    FAULTS,
    HANDLER_TASKS,
    POST,
    Scenario,
    Step,
    audit_posted,
    backend_of,
    check,
    prepare,
    settle,
)
from tests.harness import World

pytestmark = pytest.mark.slow

ANSWER = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"
SWEEP_TASK = "timed-sweep"
LEAVE_TASK = "discord.py: on_raw_member_remove"
PROMISES = ("closes by itself",)
BOT_CLOSES = ("No answer to the close request", "No activity for")

SWEPT_CLOSE = [s for s in CLOSE_STEPS if s.route not in (CALLBACK, ANSWER)]
FLOWS: dict[str, list[Step]] = {
    "close request": [Step("acknowledge", CALLBACK), Step("post request", POST), Step("answer staff", ANSWER)],
    "accept": CLOSE_STEPS,
    "keep open": [
        Step("acknowledge", CALLBACK),
        Step("post notice", POST),
        Step("remove buttons", "PATCH /channels/{channel_id}/messages/{message_id}"),
        Step("answer opener", ANSWER),
    ],
    "request expiry": SWEPT_CLOSE,
    "inactivity warning": [Step("post warning", POST)],
    "auto-close": SWEPT_CLOSE,
    "opener leaves, close": SWEPT_CLOSE,
    "opener leaves, keep": [Step("post notice", POST)],
}
# Refused by Discord: the promises' posts, and the closes they lead to at the steps where a swept close
# differs from one staff run (the first request, the transcript, the channel's retirement); the others are
# the close matrix's rows.
SWEPT_REFUSED = [s for s in SWEPT_CLOSE if s.label in ("read history", "post transcript", "retire channel")]
REFUSED: dict[str, list[Step]] = {
    "close request": [Step("post request", POST)],
    "inactivity warning": [Step("post warning", POST)],
    "request expiry": SWEPT_REFUSED,
    "auto-close": SWEPT_REFUSED,
}
HOURS = timedelta(hours=1)


async def arrange(harness, flow: str, step: Step) -> Scenario:
    """A ticket in the state the flow starts from: open, with a request standing, or quiet and warned."""
    scenario = await prepare(harness, "close", step)
    world, emulator = scenario.world, harness.emulator
    channel = emulator.channels[scenario.channel_id]
    if flow in ("accept", "keep open", "request expiry"):
        reply = await (await emulator.run_command(world.staff, channel, "ticket close-request", hours=1.0)).answered()
        assert "was asked" in reply.text, reply.text
    if flow in ("inactivity warning", "auto-close"):
        options = {"hours": 48.0, "warning_hours": 6.0}
        await (await emulator.run_command(world.owner, world.lobby, "config auto-close", **options)).answered()
    if flow == "auto-close":
        await harness.bot.scheduler.sweep(now=utcnow() + 42 * HOURS)
    if flow.startswith("opener leaves"):
        action = flow.rpartition(" ")[2]
        await (await emulator.run_command(world.owner, world.lobby, "config opener-leaves", action=action)).answered()
    # The audit posts of the arranging go first, so that the step armed next is the flow's own.
    await harness.until(lambda: audit_posted(harness, world), "the audit posts")
    return scenario


def trigger(harness, flow: str, scenario: Scenario) -> Callable[[], Awaitable[object]]:
    """What starts the flow: a member's command or click, or a sweep at the time it falls due."""
    world, emulator = scenario.world, harness.emulator
    channel = emulator.channels[scenario.channel_id]
    if flow == "close request":
        return lambda: emulator.run_command(world.staff, channel, "ticket close-request", reason="done?", hours=1.0)
    if flow in ("accept", "keep open"):
        request = channel.history()[-1]
        return lambda: emulator.click(world.alice, request, request.custom_ids[flow == "keep open"])
    if flow.startswith("opener leaves"):
        return lambda: emulator.remove_member(world.alice)
    later = {"request expiry": 2, "inactivity warning": 43, "auto-close": 49}[flow] * HOURS

    async def sweep() -> object:
        task = asyncio.create_task(harness.bot.scheduler.sweep(now=utcnow() + later), name=SWEEP_TASK)
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return task

    return sweep


async def come_back(harness, world: World) -> None:
    """The member who left joins the server again."""
    member = world.alice
    world.guild.members[member.id] = member
    payload = {**member.payload(), "guild_id": str(world.guild.id)}
    await harness.emulator.dispatch(world.guild.id, "GUILD_MEMBER_ADD", payload)


def cut_off() -> None:
    """End the bot's handlers and the sweep where they are, as a crash would."""
    for task in asyncio.all_tasks():
        if task.get_name().startswith((*HANDLER_TASKS, SWEEP_TASK, LEAVE_TASK)):
            task.cancel()


def delivered_promises(harness) -> set[int]:
    """The channels where a promise (a timed request, a warning) was posted."""
    return {
        int(r.path.split("/")[2])
        for r in harness.emulator.requests
        if r.route == POST and r.status == 200 and any(p in str((r.body or {}).get("content")) for p in PROMISES)
    }


async def unkept(harness, world: World) -> int:
    """Tickets the bot closed on a promise (a timed request, a warning) that never reached their channel."""
    delivered = delivered_promises(harness)
    tickets = await harness.database.list_tickets([TicketStatus.CLOSED], world.guild.id)
    return sum(1 for t in tickets if (t.close_reason or "").startswith(BOT_CLOSES) and t.channel_id not in delivered)


@pytest.mark.parametrize("flow", FLOWS)
async def test_a_timed_operation_is_cut_off_after_a_step(harness, flow, record_property):
    backend = backend_of(harness)
    scenarios = []
    for step in FLOWS[flow]:
        scenario = await arrange(harness, flow, step)
        fired = asyncio.Event()

        def cancel(fired=fired) -> None:
            cut_off()
            fired.set()

        harness.emulator.after(step.route, cancel, nth=step.nth, scope=scenario.scope())
        await trigger(harness, flow, scenario)()
        await asyncio.wait_for(fired.wait(), 20)
        if flow.startswith("opener leaves"):
            await come_back(harness, scenario.world)  # so that the member can be checked to open again
        scenarios.append(scenario)
    await check(harness, record_property, backend, flow, "cancel", scenarios, when="a minute later", recover_ahead=True)
    await harness.stop_bot()
    await harness.start_bot()
    await check(harness, record_property, backend, flow, "cancel", scenarios, when="after restart", recover_ahead=False)
    # Long after: whatever closes by itself now must have been promised where the member could read it.
    await harness.bot.scheduler.sweep(now=utcnow() + 100 * HOURS)
    await harness.bot.scheduler.sweep(now=utcnow() + 107 * HOURS)
    broken = {s.step.label: await unkept(harness, s.world) for s in scenarios}
    assert not any(broken.values()), f"closed on a promise never delivered: {broken}"


async def promises_as_the_rule_says(harness, flow: str, scenarios: list[Scenario]) -> list[str]:
    """A refused close request is dropped; a refused warning is posted again at the next sweep, the ticket open."""
    wrong = []
    if flow == "inactivity warning":
        await harness.bot.scheduler.sweep(now=utcnow() + 44 * HOURS)
    for scenario in scenarios:
        ticket = await harness.database.get_ticket_by_channel(scenario.channel_id)
        if flow == "close request" and ticket.close_due_at is not None:
            wrong.append(f"{scenario.step.label}: the request never posted still stands")
        if flow == "inactivity warning" and not (
            ticket.status is TicketStatus.OPEN and scenario.channel_id in delivered_promises(harness)
        ):
            wrong.append(f"{scenario.step.label}: the warning was not posted again ({ticket.status.value})")
    return wrong


@pytest.mark.allow_errors
@pytest.mark.parametrize("flow", REFUSED)
@pytest.mark.parametrize("fault", FAULTS)
async def test_discord_refuses_a_step_of_a_timed_operation(harness, flow, fault, record_property):
    backend = backend_of(harness)
    if backend != "sqlite" and fault != "403":
        pytest.skip("Discord's 500s and 404s exercise no database code; they run on SQLite, 403 on every backend")
    status, code, times = FAULTS[fault]
    scenarios = []
    for step in REFUSED[flow]:
        scenario = await arrange(harness, flow, step)
        refused = harness.emulator.fail(step.route, status, code=code, times=times, scope=scenario.scope())
        started = await trigger(harness, flow, scenario)()
        if isinstance(started, asyncio.Task):
            await harness.eventually(lambda f=refused: f.times == 0, "the fault to be served", timeout=60)
        else:
            await settle(harness, started, refused)
        scenarios.append(scenario)
    await check(harness, record_property, backend, flow, fault, scenarios, when="a minute later", recover_ahead=True)
    assert await promises_as_the_rule_says(harness, flow, scenarios) == []
    await harness.stop_bot()
    await harness.start_bot()
    await check(harness, record_property, backend, flow, fault, scenarios, when="after restart", recover_ahead=False)
    # Long after: a refused promise was posted again or dropped, never acted on unread.
    await harness.bot.scheduler.sweep(now=utcnow() + 100 * HOURS)
    await harness.bot.scheduler.sweep(now=utcnow() + 107 * HOURS)
    broken = {s.step.label: await unkept(harness, s.world) for s in scenarios}
    assert not any(broken.values()), f"closed on a promise never delivered: {broken}"
