"""Every Discord request of a reopen, refused, or the bot stopped right after it.

An archived ticket (its channel in the archive category, read-only) is reopened with its Reopen button by
staff: the click is acknowledged, the row is opened, the channel moves back to the ticket category with its
members able to write, the reopening is announced, the button goes and staff are answered. For each
request: Discord refuses it (500 five times, 403, 404), the handler is cancelled in-process right after
Discord carried it out, or a real ``python bot.py`` is killed with SIGKILL then; and the handler is
cancelled between the write and the request that moves the channel, or unlocks a ticket's private thread
(Discord still answering it with 500s).
A minute later (recovery run a minute ahead) and after a restart: the ticket is open with its channel in
the ticket category, the opener and staff writing and nobody else seeing it, or still archived with its
channel read-only in the archive; no channel is left in either category without its ticket; the log
channel holds one transcript (one close); and staff can act on it again (close it, or reopen it). Rows
join the crash-matrix table. Refusals run on SQLite but 403 (which undoes the write) on every backend;
cancels on every backend; SIGKILL on SQLite.
"""

from __future__ import annotations

import asyncio
import signal
from dataclasses import dataclass
from typing import Any

import pytest

from core import messages
from core.models import TicketStatus
from tests.e2e.interruptions import cancelled_after, cancelled_at, recover
from tests.e2e.matrix_report import PROPERTY
from tests.e2e.test_crash_matrix import (
    ANSWER,
    CALLBACK,
    FAULTS,
    POST,
    Step,
    audit_posted,
    bot_process,
    settle,
    thread_tickets,
)

pytestmark = pytest.mark.slow

MOVE = "PATCH /channels/{channel_id}"
STEPS = [
    Step("acknowledge", CALLBACK),
    Step("reopen place", MOVE),
    Step("announce", POST),
    Step("remove button", "PATCH /channels/{channel_id}/messages/{message_id}"),
    Step("answer staff", ANSWER),
]


@dataclass
class Scenario:
    """One server with alice's ticket archived, to be reopened at ``step``."""

    step: Step
    world: Any
    channel: Any
    ticket_id: int
    thread: bool = False


async def prepare(harness, step: Step, *, thread: bool = False) -> Scenario:
    world = await harness.world(f"reopen {step.label}")
    await harness.setup(world, close_action="archive", archive_category=world.archive)
    if thread:
        await thread_tickets(harness, world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    await harness.emulator.post_message(world.alice, channel, "My order never arrived")
    ticket = await harness.ticket_of_channel(channel)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="done")).answered()
    assert "archived" in reply.text, reply.text
    await harness.until_status(ticket.id, TicketStatus.ARCHIVED)
    await harness.until(lambda: audit_posted(harness, world), "the audit posts")
    return Scenario(step, world, channel, ticket.id, thread)


def reopen_button(channel: Any) -> Any:
    return next(m for m in reversed(channel.history()) if any(c.startswith("ticket:reopen:") for c in m.custom_ids))


async def act(harness, scenario: Scenario):
    """Staff press the Reopen button of the archived ticket (run ``/ticket reopen`` in a thread, which the
    emulator shows staff only once they are in it); return the interaction."""
    if scenario.thread:
        return await harness.emulator.run_command(scenario.world.staff, scenario.channel, "ticket reopen")
    button = reopen_button(scenario.channel)
    custom_id = next(c for c in button.custom_ids if c.startswith("ticket:reopen:"))
    return await harness.emulator.click(scenario.world.staff, button, custom_id)


async def invariants(harness, scenario: Scenario) -> dict[str, int]:
    """Count how the server differs from an open ticket back in place or an archived one still retired."""
    emulator, world, channel = harness.emulator, scenario.world, scenario.channel
    ticket = await harness.database.get_ticket(scenario.ticket_id)
    tickets = await harness.database.list_tickets(list(TicketStatus), world.guild.id)
    owners = [
        (world.category, {t.channel_id for t in tickets if t.status is TicketStatus.OPEN}),
        (world.archive, {t.channel_id for t in tickets if t.status is TicketStatus.ARCHIVED}),
    ]
    orphans = sum(
        1 for parent, owned in owners for c in emulator.text_channels(world.guild, parent) if c.id not in owned
    )
    access = (emulator.can_send(world.alice, channel), emulator.can_send(world.staff, channel))
    if scenario.thread:  # a kept thread is locked and archived; an open one is neither, its opener in it
        retired = channel.locked and channel.archived
        if ticket.status is TicketStatus.OPEN:
            unlike = channel.locked or not access[0]
        else:
            unlike = ticket.status is not TicketStatus.ARCHIVED or not retired
    elif ticket.status is TicketStatus.OPEN:
        unlike = channel.parent_id != world.category.id or access != (True, True)
    elif ticket.status is TicketStatus.ARCHIVED:
        unlike = channel.parent_id != world.archive.id or access[0] or not emulator.can_view(world.staff, channel)
    else:
        unlike = True
    marker = messages.transcript_marker(ticket)
    transcripts = sum(1 for m in world.log.history() for e in m.embeds if e.get("footer", {}).get("text") == marker)
    return {
        "orphan channels": orphans,
        "place unlike record": int(unlike),
        "opener blocked": int(ticket.status is TicketStatus.OPEN and not access[0]),
        "seen by outsider": int(emulator.can_view(world.bob, channel)),
        "transcripts != closes": int(transcripts != 1),
        "left marked": int(ticket.unsynced_since is not None),
    }


async def staff_can_act(harness, scenario: Scenario) -> int:
    """Staff close the ticket if it is open, or reopen it if archived; 1 when it worked."""
    ticket = await harness.database.get_ticket(scenario.ticket_id)
    opened = ticket.status is TicketStatus.OPEN
    name, expected = ("ticket close", "archived") if opened else ("ticket reopen", "is open again")
    run = await harness.emulator.run_command(scenario.world.staff, scenario.channel, name)
    return int(expected in (await run.answered(20)).text)


async def settled_invariants(harness, scenario: Scenario, *, recover_ahead: bool) -> dict[str, int]:
    """Invariants once recovery is done: run (a minute ahead) or wait for the scheduler's start-up sweep."""
    deadline = asyncio.get_running_loop().time() + 20
    while True:
        if recover_ahead:
            await recover(harness)
        counts = await invariants(harness, scenario)
        if not any(counts.values()) or asyncio.get_running_loop().time() > deadline:
            return counts
        await asyncio.sleep(0.1)


async def check(harness, record, kind: str, scenarios: list[Scenario], *, when: str, recover_ahead: bool) -> None:
    backend = harness.database.backend
    failures = []
    for scenario in scenarios:
        counts = await settled_invariants(harness, scenario, recover_ahead=recover_ahead)
        status = (await harness.database.get_ticket(scenario.ticket_id)).status.value
        acted = await staff_can_act(harness, scenario) if when == "after restart" else 1
        flow = "thread reopen" if scenario.thread else "reopen"
        record(PROPERTY, (backend, flow, kind, scenario.step.label, f"{when}: {status}", counts, acted))
        if any(counts.values()) or not acted:
            failures.append(f"reopen / {kind} / {scenario.step.label} / {when}: {counts}, acted={acted}")
    assert not failures, "\n".join(failures)


async def restart_and_check(harness, record, kind: str, scenarios: list[Scenario]) -> None:
    await check(harness, record, kind, scenarios, when="a minute later", recover_ahead=True)
    await harness.stop_bot()
    await harness.start_bot()
    await check(harness, record, kind, scenarios, when="after restart", recover_ahead=False)


@pytest.mark.allow_errors
@pytest.mark.parametrize("fault", FAULTS)
async def test_discord_refuses_a_step_of_a_reopen(harness, fault, record_property):
    if harness.database.backend != "sqlite" and fault != "403":
        pytest.skip("Discord's 500s and 404s exercise no database code; they run on SQLite, 403 on every backend")
    status, code, times = FAULTS[fault]
    scenarios = [await prepare(harness, step) for step in STEPS]
    faults = [
        harness.emulator.fail(s.step.route, status, code=code, times=times, scope=s.world.guild.id) for s in scenarios
    ]
    interactions = [await act(harness, s) for s in scenarios]
    await asyncio.gather(*(settle(harness, i, f) for i, f in zip(interactions, faults, strict=True)))
    await restart_and_check(harness, record_property, fault, scenarios)


async def test_a_reopen_is_cancelled_after_a_step(harness, record_property):
    scenarios = []
    for step in STEPS:
        scenario = await prepare(harness, step)
        await cancelled_after(
            harness, step.route, step.nth, scenario.world.guild.id, lambda s=scenario: act(harness, s)
        )
        scenarios.append(scenario)
    await restart_and_check(harness, record_property, "cancel", scenarios)


async def test_a_reopen_is_cancelled_between_the_write_and_discord(harness, record_property):
    scenarios = []
    for thread in (False, True):
        scenario = await prepare(harness, STEPS[1], thread=thread)
        await cancelled_at(harness, MOVE, scenario.world.guild.id, lambda s=scenario: act(harness, s))
        scenarios.append(scenario)
    await restart_and_check(harness, record_property, "cancel mid-request", scenarios)


async def test_the_bot_process_is_killed_after_a_step_of_a_reopen(harness, tmp_path, record_property):
    if harness.database.backend != "sqlite":
        pytest.skip("the cancel rows cover the other backends; a killed process runs on SQLite")
    scenarios = [await prepare(harness, step) for step in STEPS]
    await harness.stop_bot()
    for n, scenario in enumerate(scenarios):
        process = await bot_process(harness, tmp_path / f"bot-{n}")
        sent = asyncio.Event()

        def kill(process: asyncio.subprocess.Process = process, sent: asyncio.Event = sent) -> None:
            process.send_signal(signal.SIGKILL)
            sent.set()

        harness.emulator.after(scenario.step.route, kill, nth=scenario.step.nth, scope=scenario.world.guild.id)
        await act(harness, scenario)
        await asyncio.wait_for(sent.wait(), 30)
        await asyncio.wait_for(process.wait(), 30)
    await harness.start_bot()
    await check(harness, record_property, "SIGKILL", scenarios, when="after restart", recover_ahead=False)
