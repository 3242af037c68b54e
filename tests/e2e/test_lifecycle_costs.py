"""What lifecycle operations cost in database round trips and Discord requests, held to their figures.

Database round trips are counted as adapter calls (each one transaction or query); run with ``-s`` to
see the figures printed.
"""

import asyncio
from collections import Counter
from dataclasses import replace
from datetime import timedelta

import pytest

from core.models import Ticket, TicketStatus, utcnow
from database import RecordKind
from tests.e2e.clock import Clock
from tests.e2e.test_auto_close import START
from tests.emulator.state import ChannelType


async def _count_database(harness, monkeypatch, *, timed: bool = False) -> Counter:
    """Count every adapter call from now on, by method name; the tests sweep by hand, the bot no longer does.

    The ask for settings changed elsewhere comes with time (at most once a second), not with an operation:
    it is counted only when ``timed``.
    """
    await harness.bot.scheduler.stop()  # a sweep on the bot's own beat would be counted with the operation
    await harness.bot.journal.stop(timeout=5)  # so would a log post of what came before (it reads the settings)
    harness.bot.journal.start()
    calls: Counter = Counter()
    db = harness.database
    for name in dir(type(db)):
        real = getattr(db, name)
        if name.startswith("_") or not callable(real) or name in ("connect", "close"):
            continue
        if name == "settings_changes" and not timed:
            continue

        async def counted(*args, real=real, name=name, **kwargs):
            calls[name] += 1
            return await real(*args, **kwargs)

        monkeypatch.setattr(db, name, counted)
    return calls


def _discord_since(harness, before):
    return [r.route for r in harness.emulator.requests[before:]]


async def test_a_claim_costs_six_database_round_trips_and_five_discord_requests(harness, monkeypatch):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    calls = await _count_database(harness, monkeypatch)
    before = len(harness.emulator.requests)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket claim")).answered()
    assert "You have claimed" in reply.text
    await harness.eventually(lambda: calls["add_audit_entry"], "the audit entry")
    routes = _discord_since(harness, before)
    print(f"\nclaim: database {dict(calls)}; discord {routes}")
    # The ticket is read again under the claim lock, so a repeated click sees the first one's result; it is
    # marked before the claim is written and unmarked once Discord shows it, so a crash between is repaired.
    assert calls == {
        "get_ticket_by_channel": 1,
        "get_ticket": 1,
        "mark_unsynced": 1,
        "set_claim": 1,
        "mark_synced": 1,
        "add_audit_entry": 1,
    }
    assert routes == [
        "POST /interactions/{interaction_id}/{interaction_token}/callback",
        "GET /channels/{channel_id}/messages",  # the welcome, to show the claim
        "PATCH /channels/{channel_id}/messages/{message_id}",
        "POST /channels/{channel_id}/messages",  # the notice
        "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",  # the answer
    ]


async def test_settings_stay_in_memory_until_changed_at_one_ask_a_second_for_all_servers(harness, monkeypatch):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    settings = harness.bot.guild_settings
    # The first ask after /setup (made by a read, answered in the background) finds the server changed
    # lately, and the next read reads it again, once.
    await asyncio.sleep(1.1)
    assert await settings.get(world.guild.id)
    await settings._asking  # the ask that read started: its answer, not a guess of how long it takes
    assert await settings.get(world.guild.id) and await settings.types(world.guild.id)
    await asyncio.sleep(4.5)  # longer, since the open, than settings were once kept for
    calls = await _count_database(harness, monkeypatch, timed=True)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket claim")).answered()
    assert "You have claimed" in reply.text
    await harness.eventually(lambda: calls["add_audit_entry"], "the audit entry")
    for _ in range(50):  # a sweep's or a burst of clicks' reads, within the second
        assert (await settings.get(world.guild.id)) is not None and await settings.types(world.guild.id)
    print(f"\nclaim after a quiet while: database {dict(calls)}")
    # The server's settings, staff roles and types are not read again: one ask says none changed.
    assert calls == {
        "settings_changes": 1,
        "get_ticket_by_channel": 1,
        "get_ticket": 1,
        "mark_unsynced": 1,
        "set_claim": 1,
        "mark_synced": 1,
        "add_audit_entry": 1,
    }


async def test_an_auto_close_sweep_costs_one_query_for_a_thousand_quiet_tickets(harness, monkeypatch):
    clock = Clock(START)
    await harness.stop_bot()
    await harness.start_bot(clock=clock)
    world = await harness.world()
    await harness.setup(world)
    options = {"hours": 48.0, "warning_hours": 6.0}
    await (await harness.emulator.run_command(world.owner, world.lobby, "config auto-close", **options)).answered()
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    lately = START + timedelta(hours=40)
    # A busy server: 1,000 more open tickets, none of them due (100 on the MongoDB test server, a Python
    # emulation of the wire protocol that is slow at bulk writes; the count of round trips is the same).
    count = 100 if harness.database.backend == "mongodb" else 1000
    busy = [
        Ticket(10_000 + n, world.guild.id, 100 + n, 10_000 + n, 10**18 + n, TicketStatus.OPEN, None, START)
        for n in range(count)
    ]
    await harness.database.import_records(
        RecordKind.TICKETS, [replace(t, active_at=lately, opener_active_at=lately) for t in busy]
    )
    await harness.bot.scheduler.sweep(now=clock.at(1))  # each ticket is looked at once, and given its next look

    calls = await _count_database(harness, monkeypatch)
    before = len(harness.emulator.requests)
    await harness.bot.tickets.inactivity.sweep({world.guild.id}, clock.at(2))
    print(f"\nsweep, {count + 1} open, none due: database {dict(calls)}; discord {_discord_since(harness, before)}")
    assert calls == {"list_idle_due": 1} and _discord_since(harness, before) == []

    calls.clear()
    await harness.bot.tickets.inactivity.sweep({world.guild.id}, clock.at(43))
    warned = _discord_since(harness, before)
    print(f"sweep, one warning due: database {dict(calls)}; discord {warned}")
    assert calls == {"list_idle_due": 1, "mark_idle_warned": 1, "mark_idle_warning_posted": 1}
    assert warned == ["POST /channels/{channel_id}/messages"]

    calls.clear()
    before = len(harness.emulator.requests)
    await harness.bot.tickets.inactivity.sweep({world.guild.id}, clock.at(49))
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the channel to go")
    audit_posts = f"/channels/{world.log.id}/messages"  # the journal's, batched off the close's path
    closed = [
        r.route
        for r in harness.emulator.requests[before:]
        if not (r.path == audit_posts and not (r.body or {}).get("attachments"))
    ]
    print(f"sweep, one close due: database {dict(calls)}; discord {closed}")
    assert calls == {
        "list_idle_due": 1,
        "get_ticket": 2,  # read again before the close (the sweep's copy may be stale), then by the close
        "begin_close": 1,
        "list_participants": 1,
        "list_notes": 1,  # staff's notes, for the log channel's copy
        "save_transcript_files": 1,  # the attachments kept (none here; it replaces an earlier close's)
        "save_transcript": 1,
        "set_transcript_message": 1,
        "finish_close": 1,
    }
    assert closed == [
        "GET /channels/{channel_id}/messages",  # the conversation
        "GET /users/{user_id}",  # the opener's name: they wrote nothing
        "POST /channels/{channel_id}/messages",  # the transcript, to the log channel
        "POST /users/@me/channels",  # the opener's copy
        "POST /channels/{channel_id}/messages",
        "POST /channels/{channel_id}/messages",  # "closed: no activity for 48 hours"
        "DELETE /channels/{channel_id}",
    ]


async def test_a_sweep_with_thousands_of_servers_and_nothing_due_costs_two_queries(harness, monkeypatch):
    clock = Clock(START)
    world = await harness.world()
    await harness.setup(world)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    # Servers set up as /setup leaves them, auto-close on (fewer on the slow MongoDB test server).
    count = 500 if harness.database.backend == "mongodb" else 5000
    config = replace(await harness.database.get_guild_config(world.guild.id), auto_close_hours=48.0)
    await harness.database.import_records(
        RecordKind.GUILD_CONFIGS, [replace(config, guild_id=10**17 + n) for n in range(count)]
    )
    held = {world.guild.id, *(10**17 + n for n in range(count))}
    tickets = harness.bot.tickets
    await tickets.inactivity.sweep(held, clock.at(1))  # new tickets are looked at once

    calls = await _count_database(harness, monkeypatch)
    await tickets.close_requests.sweep(held, clock.at(2))
    await tickets.inactivity.sweep(held, clock.at(2))
    print(f"\nsweep of {count + 1} servers, nothing due: database {dict(calls)}")
    assert calls == {"list_due_closes": 1, "list_idle_due": 1}, "no statement per server"


async def test_a_thread_open_costs_two_discord_requests_more_than_a_channel_open(harness, monkeypatch):
    world = await harness.world()
    await harness.setup(world)
    support = await harness.emulator.create_channel(world.guild, "support")
    options = {"type": "Support", "thread_channel": support}
    await (await harness.emulator.run_command(world.owner, world.lobby, "type edit", **options)).answered()
    panel = await harness.panel(world)
    calls = await _count_database(harness, monkeypatch)
    before = len(harness.emulator.requests)
    reply = await (await harness.emulator.click(world.alice, panel)).answered()
    assert "is open" in reply.text, reply.text
    await harness.eventually(lambda: calls["activate_ticket"], "the open to finish")
    audit_posts = f"/channels/{world.log.id}/messages"
    routes = [
        r.route
        for r in harness.emulator.requests[before:]
        if not (r.path == audit_posts and not (r.body or {}).get("components"))
    ]
    print(f"\nthread open: database {dict(calls)}; discord {routes}")
    assert routes == [
        "POST /interactions/{interaction_id}/{interaction_token}/callback",
        "POST /channels/{channel_id}/threads",
        "PUT /channels/{channel_id}/thread-members/{user_id}",  # the opener
        "POST /channels/{channel_id}/messages",  # the welcome
        "POST /channels/{channel_id}/messages",  # staff are told, with a Join button
        "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
    ]


async def test_a_message_from_the_opener_costs_one_write_and_staffs_first_answer_one_more(harness, monkeypatch):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    calls = await _count_database(harness, monkeypatch)
    await harness.emulator.post_message(world.alice, channel, "hello")
    await harness.eventually(lambda: calls["record_activity"], "the message to be stored")
    await harness.emulator.post_message(world.alice, channel, "and more")  # within five minutes: not written
    await asyncio.sleep(0.3)  # for the bot to handle it
    assert calls == {"get_ticket_by_channel": 1, "record_activity": 1}
    await harness.emulator.post_message(world.staff, channel, "hi")  # the first answer: stored once
    await harness.emulator.post_message(world.staff, channel, "how can I help?")
    await asyncio.sleep(0.3)
    print(f"\nstaff's first answers: database {dict(calls)}")
    # Staff writing after the opener turns the ticket to waiting on the opener, which is stored at once: the
    # opener's last message, not stored yet, and staff's (two writes); the first answer is one write, once.
    assert calls == {"get_ticket_by_channel": 1, "record_activity": 3, "record_first_response": 1}


async def test_a_burst_of_messages_costs_one_look_up_and_one_write(harness, monkeypatch):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    calls = await _count_database(harness, monkeypatch)
    await asyncio.gather(*(harness.emulator.post_message(world.alice, channel, f"message {n}") for n in range(20)))
    await harness.eventually(lambda: calls["record_activity"], "the burst to be stored")
    await asyncio.sleep(0.3)  # for the bot to handle every message of the burst
    print(f"\n20 messages at once: database {dict(calls)}")
    assert calls == {"get_ticket_by_channel": 1, "record_activity": 1}


async def test_start_up_reads_the_servers_with_tickets_not_every_server(harness, monkeypatch):
    """Start-up work is a few queries across all servers, then a visit to each server that has tickets."""
    world = await harness.world()
    await harness.setup(world)
    await harness.open_ticket(world, world.alice, await harness.panel(world))
    config = await harness.database.get_guild_config(world.guild.id)
    quiet = []
    for n in range(30):
        guild = harness.emulator.create_guild(f"Quiet {n}")
        category = await harness.emulator.create_channel(guild, "Tickets", type=ChannelType.GUILD_CATEGORY)
        await harness.emulator.create_channel(guild, "ticket-0001", parent=category, topic="about the rules")
        await harness.emulator.announce_guild(guild)
        await harness.database.save_guild_config(
            replace(config, guild_id=guild.id, ticket_category_id=category.id, log_channel_id=None)
        )
        quiet.append(guild)
    await harness.eventually(lambda: all(harness.bot.get_guild(g.id) for g in quiet), "the servers to arrive")

    calls = await _count_database(harness, monkeypatch)
    before = len(harness.emulator.requests)
    held = {guild.id for guild in harness.bot.guilds}
    tickets = harness.bot.tickets
    for step in (tickets.recovery.resume_all, tickets.recovery.settle, tickets.departures.catch_up):
        await step(held, utcnow())
    print(f"\nstart-up jobs, 31 servers set up, 1 with a ticket: database {dict(calls)}")
    # Before: six statements per server set up (settings, types and tickets, read per server by each job).
    assert sum(calls.values()) <= 8, calls
    assert calls["list_tickets"] == 4  # pending and closing, open (twice: settling, departures), active
    assert _discord_since(harness, before) == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_an_open_on_sqlite_costs_two_transactions_of_ten_statements(harness):
    """A server's first open costs what every later one does: the reservation and the activation, nothing more.

    Each transaction is one hand-off to the writer's thread and back (a burst shares one, and one commit).
    """
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    statements: list[str] = []
    writer = harness.database._writer
    await writer.call(lambda connection: connection.set_trace_callback(statements.append))
    try:
        for member in (world.alice, world.bob):
            statements.clear()
            reply = await (await harness.emulator.click(member, panel)).answered()
            assert "is open" in reply.text, reply.text
            await harness.eventually(lambda: len(statements) >= 10, "the open to be activated")
            shapes = [" ".join(s.split()[:3]) for s in statements]
            print(f"\nopen: {shapes}")
            assert shapes == [
                "BEGIN IMMEDIATE",
                "INSERT INTO counters",  # made, counted up and read in one statement
                "SELECT COUNT(*), COALESCE(SUM(CASE",  # the opener's limits
                "INSERT INTO tickets",
                "INSERT INTO participants",
                "COMMIT",
                "BEGIN IMMEDIATE",
                "UPDATE tickets SET",
                "INSERT INTO audit_entries",
                "COMMIT",
            ]
    finally:
        await writer.call(lambda connection: connection.set_trace_callback(None))


async def test_an_open_on_mysql_writes_in_three_round_trips(harness, monkeypatch):
    """Each transaction's start goes with its first statement and its commit with its last: a reservation
    writes in two round trips (the number and the limits in one; the ticket, its creator and the commit in the
    other), the activation in one. Plain reads are left out of the count. A server's first open costs the same:
    its counter row was made with its settings."""
    if harness.database.backend != "mysql":
        pytest.skip("counts MySQL's round trips; SQLite's statements are counted above")
    import aiomysql.connection
    import aiomysql.cursors

    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    await harness.bot.scheduler.stop()  # no sweep's reads counted with the open
    sent: list[str] = []
    execute, commit = aiomysql.cursors.Cursor.execute, aiomysql.connection.Connection.commit

    async def executed(cursor, query, args=None):
        sent.append(" ".join(query.split()[:2]))
        return await execute(cursor, query, args)

    async def committed(connection):
        sent.append("COMMIT")
        return await commit(connection)

    monkeypatch.setattr(aiomysql.cursors.Cursor, "execute", executed)
    monkeypatch.setattr(aiomysql.connection.Connection, "commit", committed)
    reply = await (await harness.emulator.click(world.alice, panel)).answered()
    assert "is open" in reply.text, reply.text
    await harness.eventually(lambda: sent.count("START TRANSACTION;") >= 2, "the open to be activated")
    await asyncio.sleep(0.2)
    monkeypatch.undo()
    print(f"\nopen on MySQL: {sent}")
    assert [s for s in sent if not s.startswith("SELECT")] == [
        "START TRANSACTION;",  # with the number, and the limits
        "INSERT INTO",  # the ticket, its creator, COMMIT
        "START TRANSACTION;",  # with the ticket's activation, its audit entry, COMMIT
    ], sent
