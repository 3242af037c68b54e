"""The database slow, its connection dropped, or its answer to an open lost: members are answered in time and nothing sticks."""

import asyncio
import sqlite3
import time
from datetime import timedelta
from urllib.parse import urlsplit

import aiomysql
import pytest

from core.models import TicketRequest, TicketStatus, utcnow
from core.rules.policy import ACTIVE
from tests.backends import mysql_options
from tests.database.tcp_proxy import TcpProxy
from tests.database.test_faults import through

pytestmark = pytest.mark.slow

LOCK_SECONDS = 5.0


async def _ready(harness):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    return world, panel


async def through_proxy(harness) -> TcpProxy:
    """Restart the bot with its database connections going through a proxy the test can cut."""
    parts = urlsplit(harness.database_url)
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 0)
    await proxy.start()
    await harness.stop_bot()
    harness.database_url = through(harness.database_url, proxy)
    await harness.start_bot()
    return proxy


async def write_lock(url: str, sql: str, params: tuple) -> asyncio.Task[None]:
    """Start holding a write lock (``hold_write_lock``); return its task once the lock is held."""
    held = asyncio.Event()
    lock = asyncio.create_task(hold_write_lock(url, sql, params, held))
    waiter = asyncio.ensure_future(held.wait())
    await asyncio.wait({lock, waiter}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    waiter.cancel()
    if lock.done():
        lock.result()
    assert held.is_set(), "the write lock was not taken within 10 s"
    return lock


async def hold_write_lock(url: str, sql: str, params: tuple, held: asyncio.Event) -> None:
    """Hold a write lock from another connection for LOCK_SECONDS, as a slow writer elsewhere would."""
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        loop = asyncio.get_running_loop()

        def hold() -> None:
            connection = sqlite3.connect(path, timeout=10)
            connection.execute("BEGIN IMMEDIATE")
            loop.call_soon_threadsafe(held.set)
            time.sleep(LOCK_SECONDS)
            connection.rollback()
            connection.close()

        await asyncio.to_thread(hold)
        return
    connection = await aiomysql.connect(**mysql_options(url, autocommit=False))
    async with connection.cursor() as cursor:
        await cursor.execute(sql, params)
        held.set()
        await asyncio.sleep(LOCK_SECONDS)
    await connection.rollback()
    connection.close()


@pytest.mark.parametrize("action", ["open", "close"])
async def test_a_write_lock_held_five_seconds(harness, action):
    if harness.database.backend == "mongodb":
        pytest.skip("MongoDB has no lock a client can hold; the wire-protocol server cannot be slowed from outside")
    world, panel = await _ready(harness)
    _, first = await harness.open_ticket(world, world.bob, panel)
    ticket = await harness.ticket_of_channel(first)
    sql, params = (
        ("SELECT last_number FROM counters WHERE guild_id = %s FOR UPDATE", (world.guild.id,))
        if action == "open"
        else ("SELECT status FROM tickets WHERE id = %s FOR UPDATE", (ticket.id,))
    )
    lock = await write_lock(harness.database_url, sql, params)
    if action == "open":
        interaction = await harness.emulator.click(world.alice, panel)
    else:
        interaction = await harness.emulator.run_command(world.staff, first, "ticket close")
    reply = await interaction.answered(30)
    assert interaction.ack_latency is not None and interaction.ack_latency < 3
    assert ("is open" if action == "open" else "#0001 closed") in reply.text, reply.text
    await lock


async def test_a_dropped_connection_does_not_need_a_restart(harness):
    world, panel = await _ready(harness)
    if harness.database.backend == "sqlite":
        # Close both of the adapter's connections under the running bot.
        await harness.database._writer.close()
        await harness.database._read.close()
    else:
        proxy = await through_proxy(harness)
        proxy.drop_all()
    await harness.open_ticket(world, world.alice, panel)
    if harness.database.backend != "sqlite":
        await proxy.stop()


async def test_an_open_whose_database_answer_was_lost_can_be_retried_within_a_minute(harness):
    """SQL: the lost commit leaves a reservation that recovery releases; MongoDB: the retry finishes the open."""
    world, panel = await _ready(harness)
    backend = harness.database.backend
    if backend == "sqlite":
        # A local file answers or raises; leave the state a lost answer leaves: a reservation nobody finishes.
        await harness.database.reserve_ticket(TicketRequest(world.guild.id, world.alice.id, None, utcnow()), 1)
    else:
        proxy = await through_proxy(harness)
        await harness.open_ticket(world, world.bob, panel)  # the server's counter exists from here on
        proxy.lose_answer_to(b"COMMIT" if backend == "mysql" else b"participants")
        reply = await (await harness.emulator.click(world.alice, panel)).answered(30)
        if backend == "mongodb":
            # Every step of a MongoDB reservation repeats safely under the same ticket id: the retry finishes it.
            assert proxy.lost_answers == 1 and "is open" in reply.text, reply.text
            assert len([t for t in await harness.database.list_tickets(ACTIVE) if t.opener_id == world.alice.id]) == 1
            await proxy.stop()
            return
        assert proxy.lost_answers == 1 and "already have 1 open ticket" in reply.text
    reply = await (await harness.emulator.click(world.alice, panel)).answered()
    assert "already have 1 open ticket" in reply.text
    await harness.bot.scheduler.sweep(now=utcnow() + timedelta(minutes=1))
    await harness.open_ticket(world, world.alice, panel)
    assert [
        t.status
        for t in await harness.database.list_tickets(list(TicketStatus), world.guild.id)
        if t.opener_id == world.alice.id
    ] == [TicketStatus.OPEN]
    if backend != "sqlite":
        await proxy.stop()


async def test_a_form_meets_the_deadline_with_a_slow_database_and_a_cold_cache(harness):
    """A type with a form, right after a restart, every database answer 0.6 s late: nobody sees a failure."""
    world, _ = await _ready(harness)
    emulator = harness.emulator
    await (
        await emulator.run_command(
            world.owner, world.lobby, "type question-add", type="Support", question="Which game?"
        )
    ).answered()
    panel = await harness.panel(world)
    emulator.latency = 0.05
    slow: TcpProxy | None = None
    if harness.database.backend == "sqlite":
        await harness.stop_bot()
        await harness.start_bot()
    else:
        slow = await through_proxy(harness)
        slow.delay = 0.6
    await harness.eventually(lambda: harness.bot.get_guild(world.guild.id), "the bot to see the guild")

    prompt = await emulator.click(world.alice, panel)
    await prompt.answered(30)
    assert prompt.ack_latency is not None and prompt.ack_latency < 3
    assert "start with a few questions" in prompt.text, prompt.text
    shown = await emulator.click(world.alice, prompt.messages[0], prompt.messages[0].custom_ids[0])
    await shown.answered(30)
    assert shown.modal is not None and shown.ack_latency < 3, "the form comes from memory once the types are known"
    lock = None
    if slow is None:
        lock = await write_lock(harness.database_url, "", ())
    submitted = await emulator.fill_modal(shown, {"q0": "chess"})
    reply = await submitted.answered(30)
    assert submitted.ack_latency is not None and submitted.ack_latency < 3
    assert "is open" in reply.text, reply.text
    assert (await harness.ticket_of(world, world.alice)).answers == (("Which game?", "chess"),)
    if lock is not None:
        await lock
    if slow is not None:
        await slow.stop()


async def test_settings_in_memory_serve_while_the_database_cannot_say_what_changed(harness):
    """The once-a-second ask for settings changed elsewhere, stuck or failing, delays and fails no read from memory."""
    if harness.database.backend == "sqlite":
        pytest.skip("a local file cannot be cut off from the bot")
    world, _ = await _ready(harness)
    proxy = await through_proxy(harness)
    settings = harness.bot.guild_settings
    await settings.get(world.guild.id)  # its ask finds /setup, made lately: the next reads read again
    await asyncio.sleep(0.5)
    config, types = await settings.get(world.guild.id), await settings.types(world.guild.id)
    await asyncio.sleep(1.1)  # past the next ask
    await proxy.stop()
    started = time.monotonic()
    for _ in range(3):
        assert await settings.get(world.guild.id) == config and await settings.types(world.guild.id) == types
        await asyncio.sleep(0.5)
    assert time.monotonic() - started < 2.5, "reads do not wait for the ask"


async def _acknowledged_behind_a_slow_writer(harness, click):
    """Click while another writer holds the lock (LOCK_SECONDS): Discord hears back at once all the same."""
    if harness.database.backend != "sqlite":
        pytest.skip("the write lock is held on the SQLite file; MySQL's and MongoDB's slowness runs above")
    lock = await write_lock(harness.database_url, "", ())
    clicked = await click()
    await lock
    await clicked.answered(10)
    assert clicked.ack_latency is not None and clicked.ack_latency < 3, clicked.ack_latency


async def test_a_rating_behind_a_slow_writer_is_acknowledged_in_time(harness):
    from tests.e2e.test_ratings import _closed, _stars

    world = await harness.world()
    await harness.setup(world)
    ticket, _ = await _closed(harness, world, world.alice)
    (dm,) = [m for m in harness.emulator.dm_messages(world.alice.user) if _stars(m)]
    await _acknowledged_behind_a_slow_writer(
        harness, lambda: harness.emulator.click(world.alice.user, dm, f"ticket:rate:{ticket.id}:4")
    )
    await harness.eventually(lambda: "You rated ticket #0001" in dm.content, "the prompt turned into thanks")
    assert (await harness.database.get_ticket(ticket.id)).rating == 4


async def test_solved_it_behind_a_slow_writer_is_acknowledged_in_time(harness):
    from tests.e2e.test_deflection import _ask, _deflecting, _offer_button

    world, panel = await _deflecting(harness)
    offer = await _ask(harness, world, panel, "Where is my refund for order 123?")
    message, solved = _offer_button(offer, "ticket:solved:")
    await _acknowledged_behind_a_slow_writer(harness, lambda: harness.emulator.click(world.alice, message, solved))

    async def counted():
        return any(tag.solved for tag in await harness.database.list_tags(world.guild.id))

    await harness.until(counted, "the saved reply counted once the lock is gone")


async def test_a_rating_and_a_saved_reply_whose_answer_was_lost_are_not_refused_as_taken(harness):
    """MySQL retries a write whose answer the connection lost: the retry finds the first try's work, and keeps it."""
    from tests.e2e.test_ratings import _closed, _stars

    if harness.database.backend != "mysql":
        pytest.skip("MySQL retries a write whose answer was lost; a file answers or raises, MongoDB's retries repeat")
    world = await harness.world()
    await harness.setup(world)
    ticket, _ = await _closed(harness, world, world.alice)
    emulator = harness.emulator
    (dm,) = [m for m in emulator.dm_messages(world.alice.user) if _stars(m)]
    proxy = await through_proxy(harness)
    proxy.lose_answer_to(b"SET rating = ")
    rated = await (await emulator.click(world.alice.user, dm, f"ticket:rate:{ticket.id}:4")).answered(30)
    assert proxy.lost_answers == 1 and "already" not in rated.text, rated.text
    assert "You rated ticket #0001" in dm.content
    audit = [e for e in await harness.database.list_audit_entries(world.guild.id) if e.action == "ticket_rated"]
    assert len(audit) == 1, audit
    proxy.lose_answer_to(b"COMMIT")
    made = await (
        await emulator.run_command(world.staff, world.lobby, "tag create", name="refund", text="Within 5 days.")
    ).answered(30)
    assert proxy.lost_answers == 2 and "created" in made.text, made.text
    assert [tag.name for tag in await harness.database.list_tags(world.guild.id)] == ["refund"]
    await proxy.stop()
