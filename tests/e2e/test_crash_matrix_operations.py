"""Every Discord request of the operations on an open ticket, refused, or the bot stopped right after it.

The operations: claim, unclaim and transfer (in the claimer-only mode, where access depends most on the
claim), a move to another type, a priority (shown in the welcome), adding and removing a member. For each request: Discord refuses it (500
five times, 403, 404), the handler is cancelled in-process right after Discord carried it out, or (claim and
move) a real ``python bot.py`` is killed with SIGKILL then; and the handler is cancelled between the write
and the request that changes access (Discord still answering it with 500s). Panels (send, edit, delete)
go through the same refusals and cancels, checked after a restart (their recovery runs at start-up): no
panel message without its row, no row without its message, each message showing its row. A minute later (recovery run with a clock a
minute ahead) and after a restart, on the ticket's server: every probe member sees and writes exactly as
the ticket's row implies (its type's staff as the claim leaves them, the claimer, the opener and the members
added; another type's staff and removed members see nothing), the welcome names the row's claimer, the
channel is in its type's category, no ticket is left marked for recovery, the operation is wholly done or
wholly undone, and the ticket's staff can act on it again. Rows join the crash-matrix table printed at
the end of the run. Refusals (500s and 404s on SQLite, 403s everywhere) and cancels run on every backend
where they touch the database; SIGKILL runs on SQLite.
"""

from __future__ import annotations

import asyncio
import signal
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from core.models import TicketPriority, TicketStatus, utcnow
from tests.e2e.interruptions import cancel_handlers, cancelled_after, cancelled_at
from tests.e2e.matrix_report import PROPERTY
from tests.e2e.test_crash_matrix import ANSWER, CALLBACK, FAULTS, POST, Step, audit_posted, bot_process, settle
from tests.e2e.test_types import command
from tests.emulator.state import ChannelType

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ACCESS = "PATCH /channels/{channel_id}"
CLAIM_STEPS = [
    Step("acknowledge", CALLBACK),
    Step("set access", ACCESS),
    Step("read welcome", "GET /channels/{channel_id}/messages"),
    Step("edit welcome", "PATCH /channels/{channel_id}/messages/{message_id}"),
    Step("notice", POST),
    Step("answer", ANSWER),
]
OPERATIONS = {
    "claim": CLAIM_STEPS,
    "unclaim": CLAIM_STEPS,
    "transfer": CLAIM_STEPS,
    "move": [
        Step("acknowledge", CALLBACK),
        Step("access, category", ACCESS),
        Step("notice", POST),
        Step("answer", ANSWER),
    ],
    "priority": [
        Step("acknowledge", CALLBACK),
        Step("read welcome", "GET /channels/{channel_id}/messages"),
        Step("edit welcome", "PATCH /channels/{channel_id}/messages/{message_id}"),
        Step("notice", POST),
        Step("answer", ANSWER),
    ],
    "add": [
        Step("acknowledge", CALLBACK),
        Step("grant", "PUT /channels/{channel_id}/permissions/{overwrite_id}"),
        Step("notice", POST),
        Step("answer", ANSWER),
    ],
    "remove": [
        Step("acknowledge", CALLBACK),
        Step("revoke", "DELETE /channels/{channel_id}/permissions/{overwrite_id}"),
        Step("notice", POST),
        Step("answer", ANSWER),
    ],
}
KILLED = ("claim", "move")
# How the welcome shows a priority other than normal (which it does not show).
PRIORITY_SHOWN = {TicketPriority.LOW: "🟢 Low", TicketPriority.HIGH: "🟠 High", TicketPriority.URGENT: "🔴 Urgent"}
PANEL_OPERATIONS = {
    "panel send": [Step("acknowledge", CALLBACK), Step("post message", POST), Step("answer", ANSWER)],
    "panel edit": [
        Step("acknowledge", CALLBACK),
        Step("edit message", "PATCH /channels/{channel_id}/messages/{message_id}"),
        Step("answer", ANSWER),
    ],
    "panel delete": [
        Step("acknowledge", CALLBACK),
        Step("delete message", "DELETE /channels/{channel_id}/messages/{message_id}"),
        Step("answer", ANSWER),
    ],
}


@dataclass
class Scenario:
    """One server with one ticket, an operation to run on it, and the members whose access is probed."""

    operation: str
    step: Step
    world: Any
    channel: Any
    sue: Any  # the ticket type's second staff member
    bill: Any  # staff of the other type, Billing
    billing_category: Any
    billing_type: int
    probes: list[Any] = field(default_factory=list)


@dataclass
class PanelScenario:
    """One server, with a panel unless the operation posts one."""

    operation: str
    step: Step
    world: Any
    panel_id: int = 0


async def prepare_panel(harness, operation: str, step: Step) -> PanelScenario:
    world = await harness.world(f"{operation} {step.label}")
    await harness.setup(world)
    scenario = PanelScenario(operation, step, world)
    if operation != "panel send":
        await harness.panel(world)
        [panel] = await harness.database.list_panels(world.guild.id)
        scenario.panel_id = panel.id
    await harness.until(lambda: audit_posted(harness, world), "the audit posts")
    return scenario


async def act_on_panel(harness, scenario: PanelScenario):
    world = scenario.world
    options: dict[str, Any] = {
        "panel send": {},
        "panel edit": {"panel": scenario.panel_id, "title": "Support desk"},
        "panel delete": {"panel": scenario.panel_id},
    }[scenario.operation]
    return await harness.emulator.run_command(world.owner, world.lobby, scenario.operation, **options)


def panel_messages(world) -> dict[int, Any]:
    """The bot's messages in the lobby that carry a panel's buttons, by the panel id they carry."""
    found = {}
    for message in world.lobby.history():
        for custom_id in message.custom_ids:
            if custom_id.startswith(("ticket:open:", "ticket:pick:")):
                found[int(custom_id.split(":")[2])] = message
    return found


async def panel_invariants(harness, scenario: PanelScenario) -> dict[str, int]:
    rows = await harness.database.list_panels(scenario.world.guild.id)
    posted = panel_messages(scenario.world)
    by_id = {row.id: row for row in rows}
    return {
        "orphan panel messages": sum(
            1 for panel_id, m in posted.items() if panel_id not in by_id or by_id[panel_id].message_id != m.id
        ),
        "orphan panel rows": sum(1 for row in rows if row.id not in posted),
        "panel unlike row": sum(
            1 for row in rows if row.id in posted and posted[row.id].embeds[0]["title"] != row.title
        ),
        "left marked": sum(1 for row in rows if row.unsynced_since is not None),
    }


async def panel_outcome(harness, scenario: PanelScenario) -> str:
    rows = await harness.database.list_panels(scenario.world.guild.id)
    done = {
        "panel send": len(rows) == 1,
        "panel edit": [r.title for r in rows] == ["Support desk"],
        "panel delete": rows == [],
    }[scenario.operation]
    return "done" if done else "undone"


async def owner_can_act(harness, scenario: PanelScenario) -> int:
    """The owner edits the panel there is, or posts one if there is none; 1 when it worked."""
    world = scenario.world
    rows = await harness.database.list_panels(world.guild.id)
    if rows:
        reply = await command(harness, world, world.owner, "panel edit", panel=rows[0].id, title="Again")
        return int("edited" in reply.text)
    return int("posted" in (await command(harness, world, world.owner, "panel send")).text)


async def check_panels(harness, record, kind: str, scenarios: list[PanelScenario], *, when: str) -> None:
    backend = harness.database.backend
    failures = []
    for scenario in scenarios:
        counts = await panel_invariants(harness, scenario)
        result = await panel_outcome(harness, scenario)
        acted = await owner_can_act(harness, scenario)
        record(PROPERTY, (backend, scenario.operation, kind, scenario.step.label, f"{when}: {result}", counts, acted))
        if any(counts.values()) or not acted:
            failures.append(f"{scenario.operation} / {kind} / {scenario.step.label} / {when}: {counts}, acted={acted}")
    assert not failures, "\n".join(failures)


async def restart(harness) -> None:
    """Restart the bot and wait for its start-up jobs."""
    await harness.stop_bot()
    await harness.start_bot()
    await harness.bot.scheduler.sweep(startup=True)


async def prepare(harness, operation: str, step: Step) -> Scenario:
    """A server in claimer-only mode with a Billing type, and alice's ticket ready for ``operation``."""
    emulator = harness.emulator
    world = await harness.world(f"{operation} {step.label}")
    await harness.setup(world)
    assert "saved" in (await command(harness, world, world.owner, "config claim-mode", mode="claimer-only")).text
    sue = await emulator.add_member(world.guild, "sue", world.staff_role)
    billing_role = await emulator.add_role(world.guild, "Billing team")
    bill = await emulator.add_member(world.guild, "bill", billing_role)
    billing_category = await emulator.create_channel(world.guild, "Billing", type=ChannelType.GUILD_CATEGORY)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    reply = await command(
        harness, world, world.owner, "type create", name="Billing", staff_role=billing_role, category=billing_category
    )
    assert "created" in reply.text, reply.text
    billing_type = next(t.id for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Billing")
    if operation in ("unclaim", "transfer"):
        assert "You have claimed" in (await run(harness, world.staff, channel, "ticket claim")).text
    if operation == "remove":
        assert "added" in (await run(harness, world.staff, channel, "ticket add", member=world.bob)).text
    scenario = Scenario(operation, step, world, channel, sue, bill, billing_category, billing_type)
    scenario.probes = [world.alice, world.staff, sue, world.bob, bill]
    await harness.until(lambda: audit_posted(harness, world), "the audit posts")
    return scenario


async def run(harness, actor, channel, name: str, /, **options):
    return await (await harness.emulator.run_command(actor, channel, name, **options)).answered(20)


async def act(harness, scenario: Scenario):
    """Start the operation as the ticket's staff member; return the interaction."""
    world, run_command = scenario.world, harness.emulator.run_command
    options: dict[str, Any] = {
        "claim": {},
        "unclaim": {},
        "transfer": {"staff": scenario.sue},
        "move": {"type": "Billing"},
        "priority": {"level": "urgent"},
        "add": {"member": world.bob},
        "remove": {"member": world.bob},
    }[scenario.operation]
    return await run_command(world.staff, scenario.channel, f"ticket {scenario.operation}", **options)


async def record_state(harness, scenario: Scenario) -> tuple[Any, set[int]]:
    ticket = await harness.database.get_ticket_by_channel(scenario.channel.id)
    participants = {p.user_id for p in await harness.database.list_participants(ticket.id)}
    return ticket, participants


async def invariants(harness, scenario: Scenario) -> dict[str, int]:
    """Count how Discord differs from what the ticket's row implies."""
    emulator, world, channel = harness.emulator, scenario.world, scenario.channel
    ticket, participants = await record_state(harness, scenario)
    billing = ticket.type_id == scenario.billing_type
    staff = {scenario.bill.id} if billing else {world.staff.id, scenario.sue.id}
    unlike = 0
    for probe in scenario.probes:
        if probe.id in (ticket.opener_id, ticket.claimed_by) or probe.id in participants:
            expected = (True, True)
        elif probe.id in staff:
            expected = (ticket.claimed_by is None, ticket.claimed_by is None)
        else:
            expected = (False, False)
        unlike += (emulator.can_view(probe, channel), emulator.can_send(probe, channel)) != expected
    welcome = channel.history()[0]
    fields = {f["name"]: f["value"] for f in welcome.embeds[0].get("fields", [])}
    shown = fields.get("Claimed by")
    category = scenario.billing_category if billing else world.category
    return {
        "access unlike record": unlike,
        "welcome unlike record": int(shown != (f"<@{ticket.claimed_by}>" if ticket.claimed_by else None))
        + int(fields.get("Priority") != PRIORITY_SHOWN.get(ticket.priority)),
        "category unlike record": int(channel.parent_id != category.id),
        "left marked": int(ticket.unsynced_since is not None),
        "not open": int(ticket.status is not TicketStatus.OPEN),
    }


async def outcome(harness, scenario: Scenario) -> str:
    """Whether the operation is done or undone, as the row says."""
    world = scenario.world
    ticket, participants = await record_state(harness, scenario)
    done = {
        "claim": ticket.claimed_by == world.staff.id,
        "unclaim": ticket.claimed_by is None,
        "transfer": ticket.claimed_by == scenario.sue.id,
        "move": ticket.type_id == scenario.billing_type,
        "priority": ticket.priority is TicketPriority.URGENT,
        "add": world.bob.id in participants,
        "remove": world.bob.id not in participants,
    }[scenario.operation]
    return "done" if done else "undone"


async def staff_can_act(harness, scenario: Scenario) -> int:
    """The ticket's claimer hands it back, or (unclaimed) one of its type's staff claims it; 1 when it worked."""
    ticket, _ = await record_state(harness, scenario)
    if ticket.claimed_by is not None:
        member = next(p for p in scenario.probes if p.id == ticket.claimed_by)
        return int("no longer claimed" in (await run(harness, member, scenario.channel, "ticket unclaim")).text)
    member = scenario.bill if ticket.type_id == scenario.billing_type else scenario.sue
    return int("You have claimed" in (await run(harness, member, scenario.channel, "ticket claim")).text)


async def settled_invariants(harness, scenario: Scenario, *, recover_ahead: bool) -> dict[str, int]:
    """Invariants once recovery is done: run (a minute ahead) or wait for the scheduler's start-up sweep."""
    deadline = asyncio.get_running_loop().time() + 20
    while True:
        if recover_ahead:
            await harness.bot.scheduler.sweep(now=utcnow() + timedelta(minutes=1))
        counts = await invariants(harness, scenario)
        if not any(counts.values()) or asyncio.get_running_loop().time() > deadline:
            return counts
        await asyncio.sleep(0.1)


async def check(harness, record, kind: str, scenarios: list[Scenario], *, when: str, recover_ahead: bool) -> None:
    backend = harness.database.backend
    failures = []
    for scenario in scenarios:
        counts = await settled_invariants(harness, scenario, recover_ahead=recover_ahead)
        result = await outcome(harness, scenario)
        acted = await staff_can_act(harness, scenario) if when == "after restart" else 1
        record(PROPERTY, (backend, scenario.operation, kind, scenario.step.label, f"{when}: {result}", counts, acted))
        if any(counts.values()) or not acted:
            failures.append(f"{scenario.operation} / {kind} / {scenario.step.label} / {when}: {counts}, acted={acted}")
    assert not failures, "\n".join(failures)


async def restart_and_check(harness, record, kind: str, scenarios: list[Scenario]) -> None:
    await check(harness, record, kind, scenarios, when="a minute later", recover_ahead=True)
    await harness.stop_bot()
    await harness.start_bot()
    await check(harness, record, kind, scenarios, when="after restart", recover_ahead=False)


# Discord refuses a step; the bot runs on.


@pytest.mark.allow_errors
@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("fault", FAULTS)
async def test_discord_refuses_a_step(harness, operation, fault, record_property):
    if harness.database.backend != "sqlite" and fault != "403":
        pytest.skip("Discord's 500s and 404s exercise no database code; they run on SQLite, 403 on every backend")
    status, code, times = FAULTS[fault]
    scenarios = [await prepare(harness, operation, step) for step in OPERATIONS[operation]]
    faults = [
        harness.emulator.fail(s.step.route, status, code=code, times=times, scope=s.world.guild.id) for s in scenarios
    ]
    interactions = [await act(harness, s) for s in scenarios]
    await asyncio.gather(*(settle(harness, i, f) for i, f in zip(interactions, faults, strict=True)))
    await restart_and_check(harness, record_property, fault, scenarios)


# The handler is cancelled in-process right after Discord carried a step out.


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_the_handler_is_cancelled_after_a_step(harness, operation, record_property):
    scenarios = []
    for step in OPERATIONS[operation]:
        scenario = await prepare(harness, operation, step)
        await cancelled_after(
            harness, step.route, step.nth, scenario.world.guild.id, lambda s=scenario: act(harness, s)
        )
        scenarios.append(scenario)
    await restart_and_check(harness, record_property, "cancel", scenarios)


# The handler is cancelled while Discord is still answering the request that changes access (500s and
# discord.py's waits between retries): the row is written, Discord has none of it yet.


async def test_the_handler_is_cancelled_between_the_write_and_discord(harness, record_property):
    scenarios = []
    for operation, steps in OPERATIONS.items():
        scenario = await prepare(harness, operation, steps[1])
        await cancelled_at(harness, scenario.step.route, scenario.world.guild.id, lambda s=scenario: act(harness, s))
        scenarios.append(scenario)
    await restart_and_check(harness, record_property, "cancel mid-request", scenarios)


# A real bot process is killed right after a step.


@pytest.mark.parametrize("operation", KILLED)
async def test_the_bot_process_is_killed_after_a_step(harness, operation, tmp_path, record_property):
    if harness.database.backend != "sqlite":
        pytest.skip("the cancel rows cover the other backends; a killed process runs on SQLite")
    scenarios = [await prepare(harness, operation, step) for step in OPERATIONS[operation]]
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


# Panels: Discord refuses a step, or the handler is cancelled right after one; checked after a restart.


@pytest.mark.allow_errors
@pytest.mark.parametrize("kind", [*FAULTS, "cancel"])
async def test_panel_steps_refused_or_cancelled(harness, kind, record_property):
    if harness.database.backend != "sqlite" and kind not in ("403", "cancel"):
        pytest.skip("Discord's 500s and 404s exercise no database code; they run on SQLite, 403 on every backend")
    scenarios = []
    for operation, steps in PANEL_OPERATIONS.items():
        for step in steps:
            if kind == "404" and step.route.startswith("DELETE"):
                continue  # Discord answers a deletion 404 only when the message is gone; an injected one leaves it
            scenario = await prepare_panel(harness, operation, step)
            scope = scenario.world.guild.id
            if kind == "cancel":
                fired = asyncio.Event()

                def cancel(fired: asyncio.Event = fired) -> None:
                    cancel_handlers()
                    fired.set()

                harness.emulator.after(step.route, cancel, nth=step.nth, scope=scope)
                await act_on_panel(harness, scenario)
                await asyncio.wait_for(fired.wait(), 20)
            else:
                status, code, times = FAULTS[kind]
                fault = harness.emulator.fail(step.route, status, code=code, times=times, scope=scope)
                await settle(harness, await act_on_panel(harness, scenario), fault)
            scenarios.append(scenario)
    await restart(harness)
    await check_panels(harness, record_property, kind, scenarios, when="after restart")
