"""Every Discord request of an open and of a close, failed, or the bot killed right after it.

For each step: Discord refuses it (500 five times, 403, 404), the handler is cancelled in-process, a real
``python bot.py`` is killed with SIGKILL, or it receives SIGTERM, right after Discord carried the request
out and before the bot heard back. Then, a minute later (recovery run with a clock a minute ahead) and
after a restart, the server holds no orphan channel, no open ticket without a channel, no closed ticket
with a live channel, no pending reservation or unfinished close, exactly one transcript per closed ticket
(in the database and in the log channel), and the member can open a ticket again.
The same holds for tickets that are private threads ("thread open", "thread close"), the columns read for
threads: no thread without an open or kept ticket, no open ticket without its thread (the opener in it),
no closed ticket whose thread is not locked and archived.
The summary table is printed at the end of the run (``pytest_terminal_summary`` in conftest).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from core import messages
from core.models import TicketStatus, utcnow
from tests.e2e.matrix_report import PROPERTY
from tests.emulator.state import Overwrite, Permissions
from tests.harness import World, spawn_bot, until_connected

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CALLBACK = "POST /interactions/{interaction_id}/{interaction_token}/callback"
ANSWER = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"
POST = "POST /channels/{channel_id}/messages"
ALL_STATUSES = list(TicketStatus)
# The tasks discord.py runs a slash command's and a button's handler in.
HANDLER_TASKS = ("CommandTree-invoker", "discord-ui-dynamic-item")


@dataclass(frozen=True)
class Step:
    """A request of a flow: its route, which occurrence within the scope, and whether the scope is the opener's DMs."""

    label: str
    route: str
    nth: int = 1
    in_dms: bool = False


OPEN_STEPS = [
    Step("acknowledge", CALLBACK),
    Step("create channel", "POST /guilds/{guild_id}/channels"),
    Step("post welcome", POST),
    Step("answer member", ANSWER),
]
# A close up to its answer, the same for a channel and a thread: then their places are retired apart.
CLOSE_ANSWERED = [
    Step("acknowledge", CALLBACK),
    Step("read history", "GET /channels/{channel_id}/messages"),
    Step("post transcript", POST),
    Step("open DM", "POST /users/@me/channels", in_dms=True),
    Step("send DM", POST, in_dms=True),
    Step("announce", POST, nth=2),
    Step("answer closer", ANSWER),
]
CLOSE_STEPS = [*CLOSE_ANSWERED, Step("retire channel", "DELETE /channels/{channel_id}")]
# The same flows for a type whose tickets are private threads: a thread is made and the opener added to
# it; a closed ticket's thread is kept, its Close button taken off, locked and archived.
THREAD_OPEN_STEPS = [
    Step("acknowledge", CALLBACK),
    Step("create thread", "POST /channels/{channel_id}/threads"),
    Step("add opener", "PUT /channels/{channel_id}/thread-members/{user_id}"),
    Step("post welcome", POST),
    Step("call staff", POST, nth=2),
    Step("answer member", ANSWER),
]
THREAD_CLOSE_STEPS = [
    *CLOSE_ANSWERED,
    Step("hide close button", "PATCH /channels/{channel_id}/messages/{message_id}"),
    Step("lock thread", "PATCH /channels/{channel_id}"),
]
FLOWS = {"open": OPEN_STEPS, "close": CLOSE_STEPS, "thread open": THREAD_OPEN_STEPS, "thread close": THREAD_CLOSE_STEPS}
FAULTS = {"500x5": (500, 0, 5), "403": (403, 50013, 1), "404": (404, 10003, 1)}


@dataclass
class Scenario:
    world: World
    step: Step
    channel_id: int | None = None

    def scope(self) -> int:
        return self.world.alice.id if self.step.in_dms else self.world.guild.id


async def prepare(harness, flow: str, step: Step) -> Scenario:
    world = await harness.world(f"{flow} {step.label}")
    await harness.setup(world)
    if flow.startswith("thread"):
        await thread_tickets(harness, world)
    panel = await harness.panel(world)
    scenario = Scenario(world, step)
    if flow.endswith("close"):
        _, channel = await harness.open_ticket(world, world.alice, panel)
        await harness.emulator.post_message(world.alice, channel, "My order never arrived")
        scenario.channel_id = channel.id
    world.panel = panel  # type: ignore[attr-defined]
    # Audit posts go out in batches a moment later; let them go first, so the step armed next is the flow's own.
    await harness.until(lambda: audit_posted(harness, world), "the audit posts")
    return scenario


async def audit_posted(harness, world: World) -> bool:
    """Whether every audit entry of the world is in its log channel, and Discord answered every post there."""
    entries = await harness.database.list_audit_entries(world.guild.id)
    posted = sum(1 for message in world.log.history() for embed in message.embeds if "author" in embed)
    log_posts = f"/channels/{world.log.id}/messages"
    return posted == len(entries) and all(r.status for r in harness.emulator.requests if r.path == log_posts)


def handlers_running() -> bool:
    return any(task.get_name().startswith(HANDLER_TASKS) for task in asyncio.all_tasks() if not task.done())


async def act(harness, flow: str, scenario: Scenario):
    world = scenario.world
    if flow.endswith("open"):
        return await harness.emulator.click(world.alice, world.panel)  # type: ignore[attr-defined]
    channel = harness.emulator.channels[scenario.channel_id]
    return await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Solved")


async def settle(harness, interaction, fault) -> None:
    """Wait until the fault was served, then for the member's answer, or (a refused one never comes) until
    the bot's handlers finished."""
    await harness.eventually(lambda: fault.times == 0, "the fault to be served", timeout=60)
    answer = asyncio.ensure_future(interaction.answered(5))
    idle = asyncio.ensure_future(harness.eventually(lambda: not handlers_running(), "the handlers to finish", 5))
    await asyncio.wait({answer, idle}, return_when=asyncio.FIRST_COMPLETED)
    for waiter in (answer, idle):
        waiter.cancel()
        with contextlib.suppress(AssertionError, asyncio.CancelledError):
            await waiter


async def invariants(harness, world: World) -> dict[str, int]:
    """Count what must be zero (or one per closed ticket) on the world's server."""
    if hasattr(world, "support"):
        return await thread_invariants(harness, world)
    db, emulator = harness.database, harness.emulator
    tickets = await db.list_tickets(ALL_STATUSES, world.guild.id)
    live = {c.id for c in emulator.text_channels(world.guild)}
    open_channels = {t.channel_id for t in tickets if t.status is TicketStatus.OPEN}
    bot_id = emulator.bot_user.id
    closed = [t for t in tickets if t.status is TicketStatus.CLOSED and t.closed_by != bot_id]
    markers = [e.get("footer", {}).get("text") for m in world.log.history() for e in m.embeds]
    without_transcript = 0
    for ticket in closed:
        stored = await db.get_transcript(ticket.id)
        without_transcript += stored is None or markers.count(messages.transcript_marker(ticket)) != 1
    return {
        "orphan channels": sum(
            1 for c in emulator.text_channels(world.guild, world.category) if c.id not in open_channels
        ),
        "open without channel": sum(1 for t in tickets if t.status is TicketStatus.OPEN and t.channel_id not in live),
        "closed with live channel": sum(1 for t in tickets if t.status is TicketStatus.CLOSED and t.channel_id in live),
        "pending or closing": sum(1 for t in tickets if t.status in (TicketStatus.PENDING, TicketStatus.CLOSING)),
        "closed without 1 transcript": without_transcript,
    }


async def settled_invariants(harness, world: World, *, recover_ahead: bool) -> dict[str, int]:
    """Invariants once recovery is done: run (a minute ahead) or wait for the scheduler's start-up sweep."""
    deadline = asyncio.get_running_loop().time() + 20
    while True:
        if recover_ahead:
            await harness.bot.scheduler.sweep(now=utcnow() + timedelta(minutes=1))
        counts = await invariants(harness, world)
        if not any(counts.values()) or asyncio.get_running_loop().time() > deadline:
            return counts
        await asyncio.sleep(0.1)


async def can_open_again(harness, world: World) -> int:
    """Close whatever the member still has open, then open a ticket; 1 when it worked."""
    for ticket in await harness.database.list_tickets([TicketStatus.OPEN], world.guild.id):
        if ticket.opener_id == world.alice.id:
            channel = harness.emulator.channels[ticket.channel_id]
            await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered(20)
            kept = TicketStatus.ARCHIVED if hasattr(world, "support") else TicketStatus.CLOSED  # a thread is kept
            await harness.until_status(ticket.id, kept)
    reply = await (await harness.emulator.click(world.alice, world.panel)).answered(20)  # type: ignore[attr-defined]
    return int("is open" in reply.text)


async def thread_tickets(harness, world: World) -> None:
    """Make the world's ticket type open private threads in its own channel, #support-threads."""
    emulator = harness.emulator
    world.support = await emulator.create_channel(  # type: ignore[attr-defined]
        world.guild, "support-threads", overwrites=[Overwrite(world.guild.id, 0, deny=Permissions.SEND_MESSAGES)]
    )
    command = await emulator.run_command(
        world.owner,
        world.lobby,
        "type edit",
        type="Support",
        thread_channel=world.support,  # type: ignore[attr-defined]
    )
    reply = await command.answered()
    assert "saved" in reply.text, reply.text


async def thread_invariants(harness, world: World) -> dict[str, int]:
    """The invariants of ``invariants`` where tickets are threads: a closed ticket keeps its thread, locked."""
    db, emulator = harness.database, harness.emulator
    tickets = await db.list_tickets(ALL_STATUSES, world.guild.id)
    threads = {t.id: t for t in world.guild.threads.values() if t.parent_id == world.support.id}  # type: ignore[attr-defined]
    owned = {t.channel_id for t in tickets if t.status in (TicketStatus.OPEN, TicketStatus.ARCHIVED)}
    opener = world.alice
    retired = (TicketStatus.CLOSED, TicketStatus.ARCHIVED)
    markers = [e.get("footer", {}).get("text") for m in world.log.history() for e in m.embeds]
    without_transcript = 0
    for ticket in tickets:
        if ticket.status in retired and ticket.closed_by != emulator.bot_user.id:
            stored = await db.get_transcript(ticket.id)
            without_transcript += stored is None or markers.count(messages.transcript_marker(ticket)) != 1
    return {
        "orphan channels": sum(1 for thread_id in threads if thread_id not in owned)
        + len(emulator.text_channels(world.guild, world.category)),
        "open without channel": sum(
            1
            for t in tickets
            if t.status is TicketStatus.OPEN
            and (t.channel_id not in threads or not emulator.can_send(opener, threads[t.channel_id]))
        ),
        "closed with live channel": sum(
            1
            for t in tickets
            if t.status in retired
            and t.channel_id in threads
            and not (threads[t.channel_id].archived and threads[t.channel_id].locked)
        ),
        "pending or closing": sum(1 for t in tickets if t.status in (TicketStatus.PENDING, TicketStatus.CLOSING)),
        "closed without 1 transcript": without_transcript,
    }


def report(record, backend: str, flow: str, kind: str, step: Step, when: str, counts: dict[str, int], reopened: int):
    """Add a row to the summary table, carried in the test's report (``record_property``, see matrix_report)."""
    record(PROPERTY, (backend, flow, kind, step.label, when, counts, reopened))


async def outcome(harness, world: World) -> str:
    """The member's tickets after recovery: was the interrupted action finished, or undone?"""
    tickets = await harness.database.list_tickets(ALL_STATUSES, world.guild.id)
    return ",".join(t.status.value for t in tickets if t.opener_id == world.alice.id) or "none"


async def check(harness, record, backend, flow, kind, scenarios, *, when, recover_ahead):
    failures = []
    for scenario in scenarios:
        counts = await settled_invariants(harness, scenario.world, recover_ahead=recover_ahead)
        result = await outcome(harness, scenario.world)
        reopened = await can_open_again(harness, scenario.world) if when == "after restart" else 1
        report(record, backend, flow, kind, scenario.step, f"{when}: {result}", counts, reopened)
        if any(counts.values()) or not reopened:
            failures.append(f"{flow} / {kind} / {scenario.step.label} / {when}: {counts}, reopened={reopened}")
    assert not failures, "\n".join(failures)


def backend_of(harness) -> str:
    return harness.database.backend


# Discord refuses a step; the bot runs on.


@pytest.mark.allow_errors
@pytest.mark.parametrize("flow", FLOWS)
@pytest.mark.parametrize("fault", FAULTS)
async def test_discord_refuses_a_step(harness, flow, fault, record_property):
    backend = backend_of(harness)
    if backend != "sqlite" and fault != "403":
        pytest.skip("Discord's 500s and 404s exercise no database code; they run on SQLite, 403 on every backend")
    status, code, times = FAULTS[fault]
    scenarios = [await prepare(harness, flow, step) for step in FLOWS[flow]]
    faults = [
        harness.emulator.fail(scenario.step.route, status, code=code, times=times, scope=scenario.scope())
        for scenario in scenarios
    ]
    interactions = [await act(harness, flow, s) for s in scenarios]
    await asyncio.gather(*(settle(harness, i, f) for i, f in zip(interactions, faults, strict=True)))
    await check(harness, record_property, backend, flow, fault, scenarios, when="a minute later", recover_ahead=True)
    await harness.stop_bot()
    await harness.start_bot()
    await check(harness, record_property, backend, flow, fault, scenarios, when="after restart", recover_ahead=False)


# The handler is cancelled in-process right after Discord carried a step out.


@pytest.mark.parametrize("flow", FLOWS)
async def test_the_handler_is_cancelled_after_a_step(harness, flow, record_property):
    backend = backend_of(harness)
    scenarios = []
    for step in FLOWS[flow]:
        scenario = await prepare(harness, flow, step)
        fired = asyncio.Event()

        def cancel_handlers(fired=fired) -> None:
            for task in asyncio.all_tasks():
                if task.get_name().startswith(HANDLER_TASKS):
                    task.cancel()
            fired.set()

        harness.emulator.after(step.route, cancel_handlers, nth=step.nth, scope=scenario.scope())
        await act(harness, flow, scenario)
        await asyncio.wait_for(fired.wait(), 20)
        scenarios.append(scenario)
    await check(harness, record_property, backend, flow, "cancel", scenarios, when="a minute later", recover_ahead=True)
    await harness.stop_bot()
    await harness.start_bot()
    await check(harness, record_property, backend, flow, "cancel", scenarios, when="after restart", recover_ahead=False)


# A real bot process is killed (SIGKILL) or asked to stop (SIGTERM) right after a step.


async def bot_process(harness, workdir: Path) -> asyncio.subprocess.Process:
    """Start ``python bot.py`` on the test's database and wait until it is connected."""
    known = set(harness.emulator.sessions)
    config = "logging:\n  file: null\n  level: WARNING\ntickets:\n  close_delay_seconds: 0.2\n"
    process = await spawn_bot(harness.emulator, workdir, database_url=harness.database_url, config=config)
    await until_connected(harness.emulator, process, known)
    return process


@pytest.mark.parametrize("flow", FLOWS)
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
async def test_the_bot_process_stops_after_a_step(harness, flow, how, tmp_path, record_property):
    backend = backend_of(harness)
    if how == "SIGTERM" and backend != "sqlite":
        pytest.skip("shutdown is the same on every backend; SIGTERM runs on SQLite, SIGKILL on every backend")
    scenarios = [await prepare(harness, flow, step) for step in FLOWS[flow]]
    await harness.stop_bot()
    for n, scenario in enumerate(scenarios):
        process = await bot_process(harness, tmp_path / f"bot-{n}")
        sent = asyncio.Event()

        def stop(process=process, sent=sent) -> None:
            process.send_signal(signal.SIGKILL if how == "SIGKILL" else signal.SIGTERM)
            sent.set()

        harness.emulator.after(scenario.step.route, stop, nth=scenario.step.nth, scope=scenario.scope())
        interaction = await act(harness, flow, scenario)
        await asyncio.wait_for(sent.wait(), 30)
        code = await asyncio.wait_for(process.wait(), 30)
        stderr = (await process.stderr.read()).decode()
        if how == "SIGTERM":
            assert code == 0 and "Traceback" not in stderr and " ERROR " not in stderr, stderr
            if scenario.step.route != CALLBACK:
                assert interaction.acknowledged, f"{scenario.step.label}: the member was left without an answer"
    await harness.start_bot()
    await check(harness, record_property, backend, flow, how, scenarios, when="after restart", recover_ahead=False)
