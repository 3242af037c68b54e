"""The contract every database backend passes, run against each on a real server or file."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from core.errors import NotFoundError, TicketLimitReached
from core.models import (
    AuditEntry,
    CloseAction,
    GuildConfig,
    Participant,
    ParticipantRole,
    TicketStatus,
    Transcript,
)
from database import RecordKind, create_adapter

BIG = 2**62 + 12345  # a snowflake far above 2**53, where floats lose digits
MOMENT = datetime(2026, 3, 4, 5, 6, 7, 891000, tzinfo=UTC)  # milliseconds: the bot's precision


async def open_ticket(db, guild_id=BIG, opener_id=7, *, channel_id=None, max_open=5, reason="help"):
    ticket = await db.reserve_ticket(
        guild_id=guild_id, opener_id=opener_id, reason=reason, max_open=max_open, opened_at=MOMENT
    )
    return await db.activate_ticket(ticket.id, channel_id or BIG - ticket.id)


async def test_guild_config_round_trip(db):
    assert await db.get_guild_config(BIG) is None
    config = GuildConfig(
        guild_id=BIG,
        staff_role_ids=[BIG + 2, BIG + 1],
        ticket_category_id=BIG + 3,
        log_channel_id=BIG + 4,
        archive_category_id=BIG + 5,
        close_action=CloseAction.ARCHIVE,
        max_open_tickets=3,
        channel_name_template="🎫-{number}",
        welcome_message="Bienvenue 👋 — ça va?",
        updated_at=MOMENT,
    )
    await db.save_guild_config(config)
    assert await db.get_guild_config(BIG) == config
    changed = GuildConfig(guild_id=BIG, staff_role_ids=[BIG + 9], updated_at=MOMENT)
    await db.save_guild_config(changed)
    assert await db.get_guild_config(BIG) == changed


async def test_panels(db):
    panel = await db.create_panel(
        guild_id=BIG,
        channel_id=BIG + 1,
        title="Help 🆘",
        description="Ask",
        button_label="Open",
        created_by=BIG + 2,
        created_at=MOMENT,
    )
    assert panel.message_id is None
    await db.set_panel_message(panel.id, BIG + 3)
    stored = await db.get_panel(panel.id)
    assert stored.message_id == BIG + 3 and stored.title == "Help 🆘" and stored.created_at == MOMENT
    second = await db.create_panel(
        guild_id=BIG, channel_id=BIG + 1, title="b", description="b", button_label="b", created_by=1, created_at=MOMENT
    )
    assert [p.id for p in await db.list_panels(BIG)] == [panel.id, second.id]
    await db.delete_panel(second.id)
    assert await db.get_panel(second.id) is None
    assert await db.list_panels(BIG + 100) == []


async def test_reserve_activate_and_lookups(db):
    pending = await db.reserve_ticket(
        guild_id=BIG, opener_id=BIG + 1, reason="Ünïcødé 🐛", max_open=1, opened_at=MOMENT
    )
    assert (pending.number, pending.status, pending.channel_id) == (1, TicketStatus.PENDING, None)
    assert [t.id for t in await db.list_active_tickets(BIG)] == [pending.id]
    assert await db.count_open_tickets(BIG) == 0
    ticket = await db.activate_ticket(pending.id, BIG + 2)
    assert (ticket.status, ticket.channel_id, ticket.reason, ticket.opened_at) == (
        TicketStatus.OPEN,
        BIG + 2,
        "Ünïcødé 🐛",
        MOMENT,
    )
    assert ticket.opened_at.tzinfo is not None
    assert await db.get_ticket(ticket.id) == ticket
    assert await db.get_ticket_by_channel(BIG + 2) == ticket
    assert await db.count_open_tickets(BIG) == 1
    assert [t.id for t in await db.list_active_tickets()] == [ticket.id]
    participants = await db.list_participants(ticket.id)
    assert [(p.user_id, p.role) for p in participants] == [(BIG + 1, ParticipantRole.CREATOR)]


async def test_limit_refuses_without_using_a_number(db):
    await open_ticket(db, opener_id=1, max_open=1)
    with pytest.raises(TicketLimitReached):
        await db.reserve_ticket(guild_id=BIG, opener_id=1, reason=None, max_open=1, opened_at=MOMENT)
    other = await open_ticket(db, opener_id=2, max_open=1)
    assert other.number == 2


async def test_numbers_count_per_guild(db):
    assert [(await open_ticket(db, guild_id=g, opener_id=n)).number for g, n in [(1, 1), (1, 2), (2, 1)]] == [1, 2, 1]


async def test_discard_frees_the_limit_but_not_the_number(db):
    pending = await db.reserve_ticket(guild_id=BIG, opener_id=1, reason=None, max_open=1, opened_at=MOMENT)
    await db.discard_ticket(pending.id)
    assert await db.get_ticket(pending.id) is None
    assert (await open_ticket(db, opener_id=1, max_open=1)).number == 2


async def test_fifty_concurrent_opens(db):
    """Ten members with a limit of two each: twenty tickets, numbered 1 to 20, never more than two each."""
    results = await asyncio.gather(
        *(
            db.reserve_ticket(guild_id=BIG, opener_id=n % 10, reason=None, max_open=2, opened_at=MOMENT)
            for n in range(50)
        ),
        return_exceptions=True,
    )
    tickets = [r for r in results if not isinstance(r, BaseException)]
    refusals = [r for r in results if isinstance(r, BaseException)]
    assert all(isinstance(r, TicketLimitReached) for r in refusals), refusals
    assert sorted(t.number for t in tickets) == list(range(1, 21))
    per_opener = {}
    for ticket in await db.list_active_tickets(BIG):
        per_opener[ticket.opener_id] = per_opener.get(ticket.opener_id, 0) + 1
    assert per_opener == {n: 2 for n in range(10)}


async def test_close_stores_transcript_once(db):
    ticket = await open_ticket(db)
    transcript = Transcript(ticket.id, 3, "<p>é 🎉</p>" * 200_000, "line 🎉\n" * 300_000, MOMENT)
    closed_at = MOMENT + timedelta(hours=1)
    kwargs = dict(status=TicketStatus.CLOSED, closed_by=BIG, reason="done ✅", closed_at=closed_at)
    assert await db.close_ticket(ticket.id, transcript=transcript, **kwargs)
    assert not await db.close_ticket(ticket.id, transcript=None, **kwargs)
    stored = await db.get_ticket(ticket.id)
    assert (stored.status, stored.closed_by, stored.close_reason, stored.closed_at) == (
        TicketStatus.CLOSED,
        BIG,
        "done ✅",
        closed_at,
    )
    assert await db.get_transcript(ticket.id) == transcript
    assert await db.list_active_tickets(BIG) == []
    assert await db.count_open_tickets(BIG) == 0


async def test_archive_and_close_without_transcript(db):
    ticket = await open_ticket(db)
    assert await db.close_ticket(
        ticket.id, status=TicketStatus.ARCHIVED, closed_by=1, reason=None, closed_at=MOMENT, transcript=None
    )
    assert (await db.get_ticket(ticket.id)).status is TicketStatus.ARCHIVED
    assert await db.get_transcript(ticket.id) is None


async def test_participants(db):
    ticket = await open_ticket(db)
    assert await db.add_participant(
        Participant(ticket.id, BIG + 5, ParticipantRole.STAFF, MOMENT + timedelta(seconds=1))
    )
    assert not await db.add_participant(Participant(ticket.id, BIG + 5, ParticipantRole.PARTICIPANT, MOMENT))
    assert [(p.user_id, p.role) for p in await db.list_participants(ticket.id)] == [
        (7, ParticipantRole.CREATOR),
        (BIG + 5, ParticipantRole.STAFF),
    ]
    assert await db.remove_participant(ticket.id, BIG + 5)
    assert not await db.remove_participant(ticket.id, BIG + 5)


async def test_audit_entries_newest_first(db):
    ticket = await open_ticket(db)
    for n in range(3):
        entry = await db.add_audit_entry(AuditEntry(None, BIG, ticket.id, BIG + 1, f"action_{n}", "détails 📝", MOMENT))
        assert entry.id is not None
    entries = await db.list_audit_entries(BIG, limit=2)
    assert [e.action for e in entries] == ["action_2", "action_1"]
    assert entries[0].details == "détails 📝" and entries[0].created_at == MOMENT and entries[0].actor_id == BIG + 1


async def test_not_found_paths(db):
    assert await db.get_ticket(424242) is None
    assert await db.get_ticket_by_channel(424242) is None
    assert await db.get_transcript(424242) is None
    assert await db.get_panel(424242) is None
    assert await db.list_participants(424242) == []
    with pytest.raises(NotFoundError):
        await db.activate_ticket(424242, 1)
    assert not await db.close_ticket(
        424242, status=TicketStatus.CLOSED, closed_by=1, reason=None, closed_at=MOMENT, transcript=None
    )


async def test_records_export_and_import_idempotently(db, tmp_path):
    ticket = await open_ticket(db)
    await db.save_guild_config(GuildConfig(BIG, staff_role_ids=[1, 2], updated_at=MOMENT))
    await db.add_audit_entry(AuditEntry(None, BIG, ticket.id, 1, "ticket_opened", "x", MOMENT))
    await db.close_ticket(
        ticket.id,
        status=TicketStatus.CLOSED,
        closed_by=1,
        reason=None,
        closed_at=MOMENT,
        transcript=Transcript(ticket.id, 1, "h", "t", MOMENT),
    )
    copy = create_adapter(f"sqlite:///{tmp_path / 'copy.db'}")
    await copy.connect()
    try:
        for _ in range(2):
            for kind in RecordKind:
                await copy.import_records(kind, [r async for r in db.iter_records(kind)])
        for kind in RecordKind:
            assert [r async for r in copy.iter_records(kind)] == [r async for r in db.iter_records(kind)], kind
            assert await copy.count_records(kind) == await db.count_records(kind)
        assert (await open_ticket(copy, opener_id=99)).number == 2
    finally:
        await copy.close()


async def test_reconnect_keeps_data_and_schema(db_url):
    first = create_adapter(db_url)
    await first.connect()
    ticket = await open_ticket(first)
    await first.close()
    await first.close()
    second = create_adapter(db_url)
    await second.connect()
    try:
        assert await second.get_ticket(ticket.id) == ticket
    finally:
        await second.close()
