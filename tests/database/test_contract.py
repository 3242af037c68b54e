"""The contract every database backend passes, run against each on a real server or file."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from core.errors import NotFoundError, StorageConflict, TicketLimitReached, UserInputError
from core.models import (
    ApiKey,
    AuditEntry,
    ClaimMode,
    CloseAction,
    Closure,
    GuildConfig,
    IdleCounts,
    LeaveAction,
    Panel,
    PanelStyle,
    Participant,
    ParticipantRole,
    Question,
    QuestionStyle,
    TicketRequest,
    TicketSearch,
    TicketStatus,
    TicketType,
    Transcript,
    TranscriptFile,
)
from core.rules.policy import ACTIVE
from core.ui.errors import storage_text
from database import RecordKind, create_adapter

BIG = 2**62 + 12345  # a snowflake far above 2**53, where floats lose digits
MOMENT = datetime(2026, 3, 4, 5, 6, 7, 891000, tzinfo=UTC)  # milliseconds: the bot's precision


def request(guild_id=BIG, opener_id=7, reason="help"):
    return TicketRequest(guild_id=guild_id, opener_id=opener_id, reason=reason, opened_at=MOMENT)


def entry(guild_id=BIG, ticket_id=None, action="ticket_opened", details="opened"):
    return AuditEntry(None, guild_id, ticket_id, 1, action, details, MOMENT)


async def open_ticket(db, guild_id=BIG, opener_id=7, *, channel_id=None, max_open=5, reason="help"):
    ticket = await db.reserve_ticket(request(guild_id, opener_id, reason), max_open)
    await db.activate_ticket(ticket.id, channel_id or BIG - ticket.id, entry(guild_id, ticket.id))
    return await db.get_ticket(ticket.id)


async def close(db, ticket, status=TicketStatus.CLOSED, transcript=None, closed_by=1, reason=None, at=MOMENT):
    assert await db.begin_close(ticket.id, Closure(closed_by, reason, at))
    if transcript is not None:
        await db.save_transcript(transcript)
    return await db.finish_close(ticket.id, status, entry(ticket.guild_id, ticket.id, "ticket_closed"))


async def test_guild_config_round_trip(db):
    assert await db.get_guild_config(BIG) is None
    config = GuildConfig(
        guild_id=BIG,
        staff_role_ids=[BIG + 2, BIG + 1],
        ticket_category_id=BIG + 3,
        log_channel_id=BIG + 4,
        archive_category_id=BIG + 5,
        close_action=CloseAction.ARCHIVE,
        overflow_category_id=BIG + 6,
        blocked_ids=[BIG + 7, 8],
        claim_mode=ClaimMode.CLAIMER_ONLY,
        auto_close_hours=48.0,
        auto_close_warning_hours=1.5,
        idle_counts=IdleCounts.ANYONE,
        confirm_close=True,
        on_opener_leave=LeaveAction.CLOSE,
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


def draft_panel(title="Help 🆘"):
    return Panel(0, BIG, BIG + 1, None, title, "Ask", "Open", BIG + 2, MOMENT)


async def test_panels(db):
    panel = await db.create_panel(draft_panel())
    assert panel.message_id is None
    await db.set_panel_message(panel.id, BIG + 3)
    stored = await db.get_panel(panel.id)
    assert stored.message_id == BIG + 3 and stored.title == "Help 🆘" and stored.created_at == MOMENT
    second = await db.create_panel(draft_panel("b"))
    assert [p.id for p in await db.list_panels(BIG)] == [panel.id, second.id]
    await db.delete_panel(second.id)
    assert await db.get_panel(second.id) is None
    assert await db.list_panels(BIG + 100) == []


def billing(guild_id=BIG, name="Billing 💳", **options):
    return TicketType(
        0,
        guild_id,
        name,
        emoji="💳",
        description="Invoices and refunds",
        staff_role_ids=(BIG + 1, 5),
        category_id=BIG + 2,
        channel_name_template="bill-{number}",
        welcome_message="Hi {user} — ça va?",
        ping_role_ids=(BIG + 3,),
        max_open=2,
        required_role_ids=(BIG + 4,),
        cooldown_seconds=60,
        hours="Mon-Fri 09:00-17:00",
        timezone="Europe/Berlin",
        bypass_role_ids=(BIG + 8,),
        claim_mode=ClaimMode.CLAIMER_WRITES,
        questions=(
            Question("Order number", placeholder="#1234", max_length=20, min_length=2),
            Question("What happened?", QuestionStyle.PARAGRAPH, required=False),
            Question("Plan", QuestionStyle.CHOICE, choices=("Free", "Pro 🌟")),
        ),
        created_at=MOMENT,
        **options,
    )


async def test_ticket_types_round_trip(db):
    assert await db.list_ticket_types(BIG) == []
    first = await db.save_ticket_type(billing())
    plain = await db.save_ticket_type(TicketType(0, BIG, "Appeal", created_at=MOMENT))
    assert first.id and plain.id > first.id
    assert await db.list_ticket_types(BIG) == [first, plain]
    assert await db.list_ticket_types(BIG + 1) == []
    with pytest.raises(StorageConflict) as clash:
        await db.save_ticket_type(TicketType(0, BIG, "APPEAL", created_at=MOMENT))
    assert isinstance(clash.value, UserInputError) and clash.value.code == "type_name_taken"
    assert storage_text(clash.value) == "There is already a ticket type named “APPEAL”."
    assert (await db.save_ticket_type(TicketType(0, BIG + 1, "Appeal", created_at=MOMENT))).id
    renamed = TicketType(plain.id, BIG, "Appeals", welcome_message="x", created_at=MOMENT)
    assert await db.save_ticket_type(renamed) == renamed
    assert await db.save_ticket_type(renamed) == renamed  # the same name is no clash with itself
    await db.delete_ticket_type(first.id)
    assert await db.list_ticket_types(BIG) == [renamed]


async def test_panels_with_types(db):
    panel = await db.create_panel(
        Panel(0, BIG, BIG + 1, None, "t", "d", "b", 1, MOMENT, type_ids=(BIG + 5, 3), style=PanelStyle.SELECT)
    )
    stored = await db.get_panel(panel.id)
    assert (stored.type_ids, stored.style) == ((BIG + 5, 3), PanelStyle.SELECT)
    await db.set_panel_message(panel.id, BIG + 9)
    changed = Panel(panel.id, BIG, 0, None, "T ✨", "D", "B", 0, MOMENT, type_ids=(), style=PanelStyle.BUTTONS)
    await db.update_panel(changed)
    assert await db.get_panel(panel.id) == Panel(
        panel.id, BIG, BIG + 1, BIG + 9, "T ✨", "D", "B", 1, MOMENT, (), PanelStyle.BUTTONS
    )
    assert (await db.get_panel((await db.create_panel(draft_panel())).id)).type_ids == ()


async def test_typed_tickets_keep_their_answers_and_limits(db):
    answers = (("Order number", "#42 ✨"), ("What happened?", "a\nb"))
    typed = TicketRequest(BIG, 7, None, MOMENT, type_id=3, answers=answers)
    ticket = await db.reserve_ticket(typed, 5, type_max_open=1)
    assert (ticket.type_id, ticket.answers) == (3, answers)
    assert await db.get_ticket(ticket.id) == ticket
    with pytest.raises(TicketLimitReached) as refused:
        await db.reserve_ticket(typed, 5, type_max_open=1)
    assert refused.value.per_type
    other_type = await db.reserve_ticket(TicketRequest(BIG, 7, None, MOMENT, type_id=4), 5, type_max_open=1)
    untyped = await db.reserve_ticket(request(opener_id=7), 3)
    with pytest.raises(TicketLimitReached) as refused:
        await db.reserve_ticket(TicketRequest(BIG, 7, None, MOMENT, type_id=5), 3, type_max_open=9)
    assert not refused.value.per_type
    await db.discard_ticket(ticket.id)
    again = await db.reserve_ticket(typed, 4, type_max_open=1)
    await db.activate_ticket(again.id, BIG - again.id, entry(ticket_id=again.id))
    assert await close(db, await db.get_ticket(again.id))
    assert (await db.reserve_ticket(typed, 4, type_max_open=1)).number == 5
    assert {other_type.id, untyped.id} < {t.id for t in await db.list_tickets(ACTIVE, BIG)}


async def test_concurrent_opens_respect_the_type_limit(db):
    """Twenty quick clicks on one type by one member, limit 3 per type and 5 per server: three tickets."""
    typed = TicketRequest(BIG, 7, None, MOMENT, type_id=3)
    results = await asyncio.gather(
        *(db.reserve_ticket(typed, 5, type_max_open=3) for _ in range(20)), return_exceptions=True
    )
    assert sum(not isinstance(r, BaseException) for r in results) == 3
    assert all(isinstance(r, TicketLimitReached) for r in results if isinstance(r, BaseException))


async def test_last_opened_at(db):
    assert await db.last_opened_at(BIG, 7, 3) is None
    later = MOMENT + timedelta(minutes=5)
    await db.reserve_ticket(TicketRequest(BIG, 7, None, MOMENT, type_id=3), 5)
    await db.reserve_ticket(TicketRequest(BIG, 7, None, later, type_id=3), 5)
    await db.reserve_ticket(TicketRequest(BIG, 7, None, later + timedelta(hours=1)), 5)
    assert await db.last_opened_at(BIG, 7, 3) == later
    assert await db.last_opened_at(BIG, 7, None) == later + timedelta(hours=1)
    assert await db.last_opened_at(BIG, 8, 3) is None


async def test_reserve_activate_and_lookups(db):
    pending = await db.reserve_ticket(request(opener_id=BIG + 1, reason="Ünïcødé 🐛"), 1)
    assert (pending.number, pending.status, pending.channel_id) == (1, TicketStatus.PENDING, None)
    assert [t.id for t in await db.list_tickets(ACTIVE, BIG)] == [pending.id]
    assert await db.count_open_tickets(BIG) == 0
    stored_entry = await db.activate_ticket(pending.id, BIG + 2, entry(ticket_id=pending.id))
    assert stored_entry.id is not None and stored_entry.ticket_id == pending.id
    assert [e.id for e in await db.list_audit_entries(BIG)] == [stored_entry.id]
    ticket = await db.get_ticket(pending.id)
    assert (ticket.status, ticket.channel_id, ticket.reason, ticket.opened_at) == (
        TicketStatus.OPEN,
        BIG + 2,
        "Ünïcødé 🐛",
        MOMENT,
    )
    assert ticket.opened_at.tzinfo is not None and ticket.label == "#0001"
    assert await db.get_ticket_by_channel(BIG + 2) == ticket
    assert await db.count_open_tickets(BIG) == 1
    assert await db.count_open_tickets() >= 1 and await db.count_open_tickets(BIG + 99) == 0
    assert [t.id for t in await db.list_tickets(ACTIVE)] == [ticket.id]
    assert await db.list_tickets([TicketStatus.CLOSING, TicketStatus.PENDING]) == []
    repeated = await db.activate_ticket(pending.id, BIG + 2, entry(ticket_id=pending.id))
    assert repeated.id is None and len(await db.list_audit_entries(BIG)) == 1
    with pytest.raises(NotFoundError) as refused:
        await db.activate_ticket(pending.id, BIG + 3, entry(ticket_id=pending.id))
    assert (refused.value.code, refused.value.params) == ("ticket_not_pending", {"ticket_id": pending.id})
    participants = await db.list_participants(ticket.id)
    assert [(p.user_id, p.role) for p in participants] == [(BIG + 1, ParticipantRole.CREATOR)]


async def test_limit_refuses_without_using_a_number(db):
    await open_ticket(db, opener_id=1, max_open=1)
    with pytest.raises(TicketLimitReached):
        await db.reserve_ticket(request(opener_id=1), 1)
    other = await open_ticket(db, opener_id=2, max_open=1)
    assert other.number == 2


async def test_numbers_count_per_guild(db):
    assert [(await open_ticket(db, guild_id=g, opener_id=n)).number for g, n in [(1, 1), (1, 2), (2, 1)]] == [1, 2, 1]


async def test_discard_frees_the_limit_but_not_the_number(db):
    pending = await db.reserve_ticket(request(opener_id=1), 1)
    await db.discard_ticket(pending.id)
    assert await db.get_ticket(pending.id) is None
    assert (await open_ticket(db, opener_id=1, max_open=1)).number == 2


async def test_fifty_concurrent_opens(db):
    """Ten members with a limit of two each: twenty tickets, numbered 1 to 20, never more than two each."""
    results = await asyncio.gather(
        *(db.reserve_ticket(request(opener_id=n % 10), 2) for n in range(50)),
        return_exceptions=True,
    )
    tickets = [r for r in results if not isinstance(r, BaseException)]
    refusals = [r for r in results if isinstance(r, BaseException)]
    assert all(isinstance(r, TicketLimitReached) for r in refusals), refusals
    assert sorted(t.number for t in tickets) == list(range(1, 21))
    per_opener = {}
    for ticket in await db.list_tickets(ACTIVE, BIG):
        per_opener[ticket.opener_id] = per_opener.get(ticket.opener_id, 0) + 1
    assert per_opener == {n: 2 for n in range(10)}


async def test_close_steps_store_transcript_once(db):
    ticket = await open_ticket(db)
    transcript = Transcript(ticket.id, 3, "<p>é 🎉</p>".encode() * 200_000, "line 🎉\n".encode() * 300_000, MOMENT)
    closed_at = MOMENT + timedelta(hours=1)
    assert await db.begin_close(ticket.id, Closure(BIG, "done ✅", closed_at))
    assert not await db.begin_close(ticket.id, Closure(1, "second closer", closed_at))
    closing = await db.get_ticket(ticket.id)
    assert (closing.status, closing.closed_by, closing.close_reason, closing.closed_at) == (
        TicketStatus.CLOSING,
        BIG,
        "done ✅",
        closed_at,
    )
    assert [t.id for t in await db.list_tickets([TicketStatus.CLOSING])] == [ticket.id]
    assert await db.list_tickets(ACTIVE, BIG) == []
    await db.save_transcript(transcript)
    await db.save_transcript(transcript)
    await db.set_transcript_message(ticket.id, BIG + 9)
    stored = await db.finish_close(ticket.id, TicketStatus.CLOSED, entry(ticket_id=ticket.id, action="ticket_closed"))
    assert stored is not None and stored.action == "ticket_closed"
    assert await db.finish_close(ticket.id, TicketStatus.CLOSED, entry(ticket_id=ticket.id)) is None
    closed = await db.get_ticket(ticket.id)
    assert (closed.status, closed.transcript_message_id) == (TicketStatus.CLOSED, BIG + 9)
    assert await db.get_transcript(ticket.id) == transcript
    assert await db.count_open_tickets(BIG) == 0
    assert [e.action for e in await db.list_audit_entries(BIG)] == ["ticket_closed", "ticket_opened"]


async def test_transcript_files_are_kept_whole_and_replaced_at_the_next_close(db):
    ticket = await open_ticket(db)
    big = bytes(range(256)) * 5000  # 1.2 MiB: stored in several pieces
    files = [
        TranscriptFile(ticket.id, 0, "../../etc/passwd ✨.png", "image/png", big),
        TranscriptFile(ticket.id, 1, "empty.txt", None, b""),
    ]
    await db.save_transcript_files(ticket.id, files)
    await db.save_transcript_files(ticket.id, files)  # a resumed close stores them again
    assert [await db.get_transcript_file(ticket.id, n) for n in (0, 1)] == files
    assert await db.get_transcript_file(ticket.id, 2) is None
    assert await db.get_transcript_file(424242, 0) is None
    again = [TranscriptFile(ticket.id, 0, "new.txt", "text/plain", b"new")]
    await db.save_transcript_files(ticket.id, again)
    assert await db.get_transcript_file(ticket.id, 0) == again[0]
    assert await db.get_transcript_file(ticket.id, 1) is None
    await db.save_transcript_files(ticket.id, [])
    assert await db.get_transcript_file(ticket.id, 0) is None


async def test_api_keys_are_found_by_hash_listed_and_revoked_once(db):
    first = await db.create_api_key(ApiKey(0, BIG, "dashboard ✨", "a" * 64, 5, MOMENT))
    second = await db.create_api_key(ApiKey(0, BIG, "backup", "b" * 64, 5, MOMENT))
    await db.create_api_key(ApiKey(0, BIG + 1, "other", "c" * 64, 5, MOMENT))
    assert first.id and second.id > first.id
    assert await db.find_api_key("a" * 64) == first and await db.find_api_key("d" * 64) is None
    assert await db.list_api_keys(BIG) == [first, second]
    assert await db.revoke_api_key(first.id, MOMENT + timedelta(hours=1))
    assert not await db.revoke_api_key(first.id, MOMENT + timedelta(hours=2))
    assert (await db.find_api_key("a" * 64)).revoked_at == MOMENT + timedelta(hours=1)
    assert await db.list_api_keys(BIG) == [second]


async def test_search_pages_a_servers_tickets_newest_first(db):
    kind = await db.save_ticket_type(billing())
    tickets = []
    for n in range(7):
        request = TicketRequest(BIG, 10 + n % 3, None, MOMENT + timedelta(days=n), type_id=kind.id if n % 2 else None)
        tickets.append(await db.reserve_ticket(request, 5))
    await open_ticket(db, guild_id=BIG + 1)  # another server's
    await db.activate_ticket(tickets[1].id, BIG - 1000, entry(BIG, tickets[1].id))
    await close(db, tickets[1])

    async def numbers(**fields):
        return [t.number for t in await db.search_tickets(TicketSearch(BIG, **fields))]

    assert await numbers() == [7, 6, 5, 4, 3, 2, 1]
    assert await numbers(limit=3) == [7, 6, 5] and await numbers(below_number=5, limit=3) == [4, 3, 2]
    assert await numbers(number=4) == [4] and await numbers(opener_id=11) == [5, 2]
    assert await numbers(type_ids=(kind.id,)) == [6, 4, 2] and await numbers(type_ids=()) == []
    assert await numbers(type_ids=(None,)) == [7, 5, 3, 1] and len(await numbers(type_ids=(None, kind.id))) == 7
    assert await numbers(statuses=(TicketStatus.CLOSED,)) == [2]
    assert await numbers(statuses=(TicketStatus.PENDING, TicketStatus.CLOSED), opener_id=11) == [5, 2]
    window = {"opened_from": MOMENT + timedelta(days=2), "opened_before": MOMENT + timedelta(days=4)}
    assert await numbers(**window) == [4, 3]


async def test_a_closing_ticket_frees_its_openers_limit(db):
    ticket = await open_ticket(db, opener_id=3, max_open=1)
    assert await db.begin_close(ticket.id, Closure(1, None, MOMENT))
    assert (await open_ticket(db, opener_id=3, max_open=1)).number == 2


async def test_a_refused_close_goes_back_to_open(db):
    ticket = await open_ticket(db, opener_id=4, max_open=1)
    assert await db.begin_close(ticket.id, Closure(1, "oops", MOMENT))
    assert await db.cancel_close(ticket.id)
    assert not await db.cancel_close(ticket.id)
    reopened = await db.get_ticket(ticket.id)
    assert (reopened.status, reopened.closed_by, reopened.close_reason, reopened.closed_at) == (
        TicketStatus.OPEN,
        None,
        None,
        None,
    )
    with pytest.raises(TicketLimitReached):
        await db.reserve_ticket(request(opener_id=4), 1)


async def test_archive_without_transcript(db):
    ticket = await open_ticket(db)
    assert await close(db, ticket, TicketStatus.ARCHIVED)
    assert (await db.get_ticket(ticket.id)).status is TicketStatus.ARCHIVED
    assert await db.get_transcript(ticket.id) is None
    assert not await db.begin_close(ticket.id, Closure(1, None, MOMENT))


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
        await db.activate_ticket(424242, 1, entry())
    assert not await db.begin_close(424242, Closure(1, None, MOMENT))
    assert await db.finish_close(424242, TicketStatus.CLOSED, entry()) is None


async def test_records_export_and_import_idempotently(db, tmp_path):
    ticket = await open_ticket(db)
    await db.save_guild_config(GuildConfig(BIG, staff_role_ids=[1, 2], updated_at=MOMENT))
    billing_type = await db.save_ticket_type(billing())
    await db.create_panel(Panel(0, BIG, 1, None, "t", "d", "b", 1, MOMENT, type_ids=(billing_type.id,)))
    typed = await db.reserve_ticket(
        TicketRequest(BIG, 8, None, MOMENT, type_id=billing_type.id, answers=(("q", "a"),)), 1
    )
    await db.add_audit_entry(AuditEntry(None, BIG, ticket.id, 1, "ticket_opened", "x", MOMENT))
    await close(db, ticket, transcript=Transcript(ticket.id, 1, b"h", b"t", MOMENT))
    await db.save_transcript_files(ticket.id, [TranscriptFile(ticket.id, 0, "a.png", "image/png", bytes(600_000))])
    await db.create_api_key(ApiKey(0, BIG, "k", "e" * 64, 1, MOMENT))
    copy = create_adapter(f"sqlite:///{tmp_path / 'copy.db'}")
    await copy.connect()
    try:
        for _ in range(2):
            for kind in RecordKind:
                await copy.import_records(kind, [r async for r in db.iter_records(kind)])
        for kind in RecordKind:
            assert [r async for r in copy.iter_records(kind)] == [r async for r in db.iter_records(kind)], kind
            assert await copy.count_records(kind) == await db.count_records(kind)
        assert (await open_ticket(copy, opener_id=99)).number == 3
        with pytest.raises(TicketLimitReached):
            await copy.reserve_ticket(TicketRequest(BIG, 8, None, MOMENT, type_id=billing_type.id), 5, type_max_open=1)
        assert typed in await copy.list_tickets(ACTIVE, BIG)
        assert (await copy.save_ticket_type(TicketType(0, BIG, "Other"))).id == billing_type.id + 1
        assert (await copy.create_api_key(ApiKey(0, BIG, "k2", "f" * 64, 1, MOMENT))).id == 2
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


async def test_claims_are_compare_and_set(db):
    ticket = await open_ticket(db)
    assert await db.set_claim(ticket.id, BIG + 1, None)
    assert not await db.set_claim(ticket.id, BIG + 2, None), "a second claimer loses"
    assert (await db.get_ticket(ticket.id)).claimed_by == BIG + 1
    assert await db.set_claim(ticket.id, BIG + 2, BIG + 1), "a transfer names the current claimer"
    assert not await db.set_claim(ticket.id, None, BIG + 1)
    assert await db.set_claim(ticket.id, None, BIG + 2)
    assert (await db.get_ticket(ticket.id)).claimed_by is None
    results = await asyncio.gather(*(db.set_claim(ticket.id, n, None) for n in range(1, 11)))
    assert sum(results) == 1 and (await db.get_ticket(ticket.id)).claimed_by == results.index(True) + 1
    await close(db, await db.get_ticket(ticket.id))
    assert not await db.set_claim(ticket.id, None, results.index(True) + 1), "a closed ticket keeps its claim"


async def test_close_due_times(db):
    first, second, third = [await open_ticket(db, opener_id=n) for n in (1, 2, 3)]
    assert await db.list_due_closes(MOMENT) == []
    assert await db.set_close_due(first.id, MOMENT, "solved? 🤔")
    assert await db.set_close_due(second.id, MOMENT + timedelta(hours=1), None)
    due = await db.list_due_closes(MOMENT)
    assert [(t.id, t.close_due_at, t.close_reason) for t in due] == [(first.id, MOMENT, "solved? 🤔")]
    assert [t.id for t in await db.list_due_closes(MOMENT + timedelta(hours=2))] == [first.id, second.id]
    assert await db.set_close_due(first.id, None, None)
    assert [t.id for t in await db.list_due_closes(MOMENT + timedelta(hours=2))] == [second.id]
    await close(db, await db.get_ticket(second.id))
    assert await db.list_due_closes(MOMENT + timedelta(hours=2)) == [], "closed tickets are never due"
    assert not await db.set_close_due(second.id, MOMENT, "x"), "only open tickets get a due time"
    assert await db.set_close_due(third.id, MOMENT, "x")
    assert await db.begin_close(third.id, Closure(1, "x", MOMENT)) and await db.cancel_close(third.id)
    assert (await db.get_ticket(third.id)).close_due_at is None, "a refused close clears its due time"


async def test_activity_and_idle_tickets(db):
    first, second = [await open_ticket(db, opener_id=n) for n in (1, 2)]
    other_server = await open_ticket(db, guild_id=BIG + 1)
    assert (first.active_at, first.opener_active_at, first.idle_warned_at, first.auto_close) == (
        MOMENT,
        MOMENT,
        None,
        True,
    ), "a new ticket counts from when it opened"
    later = MOMENT + timedelta(hours=1)
    await db.record_activity(first.id, later, by_opener=False)
    await db.record_activity(second.id, later, by_opener=True)
    await db.record_activity(second.id, MOMENT, by_opener=True)  # late news never moves the clock back
    for by_opener, idle in ((True, [first.id]), (False, [])):
        assert [t.id for t in await db.list_idle(BIG, MOMENT + timedelta(minutes=30), by_opener=by_opener)] == idle
    assert [t.id for t in await db.list_idle(BIG, later, by_opener=False)] == [first.id, second.id]
    stored = await db.get_ticket(second.id)
    assert (stored.active_at, stored.opener_active_at) == (later, later)

    assert await db.mark_idle_warned(first.id, later, None)
    assert not await db.mark_idle_warned(first.id, later, None), "one process warns"
    assert (await db.get_ticket(first.id)).idle_warned_at == later
    assert await db.mark_idle_warned(first.id, None, later)

    assert await db.set_auto_close(second.id, False)
    assert [t.id for t in await db.list_idle(BIG, later, by_opener=False)] == [first.id], "exempted"
    assert await db.set_auto_close(second.id, True)
    await close(db, first)
    assert [t.id for t in await db.list_idle(BIG, later, by_opener=False)] == [second.id], "closed tickets never idle"
    assert not await db.set_auto_close(first.id, False) and not await db.mark_idle_warned(first.id, later, None)
    assert [t.id for t in await db.list_idle(BIG + 1, later, by_opener=True)] == [other_server.id]


async def test_reopening_an_archived_ticket_checks_the_limits(db):
    ticket = await open_ticket(db, opener_id=1)
    assert await db.reopen_ticket(ticket.id, MOMENT, 1) is None, "only archived tickets reopen"
    assert await db.begin_close(ticket.id, Closure(2, "done", MOMENT))
    assert await db.set_close_due(ticket.id, None, None) is False, "a closing ticket has no due time to set"
    await db.set_transcript_message(ticket.id, BIG)
    await db.finish_close(ticket.id, TicketStatus.ARCHIVED, entry(ticket_id=ticket.id, action="ticket_closed"))
    second = await open_ticket(db, opener_id=1)
    with pytest.raises(TicketLimitReached):
        await db.reopen_ticket(ticket.id, MOMENT, 1)
    assert (await db.get_ticket(ticket.id)).status is TicketStatus.ARCHIVED, "a refused reopen changes nothing"
    later = MOMENT + timedelta(hours=3)
    results = await asyncio.gather(*(db.reopen_ticket(ticket.id, later, 2) for _ in range(5)))
    [reopened] = [r for r in results if r is not None]
    assert (reopened.status, reopened.closed_by, reopened.close_reason, reopened.closed_at) == (
        TicketStatus.OPEN,
        None,
        None,
        None,
    )
    assert (reopened.active_at, reopened.opener_active_at, reopened.number) == (later, later, ticket.number)
    assert reopened.transcript_message_id is None, "the next close posts a transcript of its own"
    assert {t.id for t in await db.list_tickets(ACTIVE, BIG)} == {ticket.id, second.id}
    with pytest.raises(TicketLimitReached):
        await db.reserve_ticket(request(opener_id=1), 2)


async def test_moving_a_ticket_to_another_type(db):
    first = await db.save_ticket_type(billing())
    second = await db.save_ticket_type(billing(name="Reports"))
    ticket = await db.reserve_ticket(TicketRequest(BIG, 7, None, MOMENT, type_id=first.id), 5, type_max_open=1)
    await db.activate_ticket(ticket.id, BIG - 1, entry(ticket_id=ticket.id))
    assert not await db.set_ticket_type(ticket.id, second.id, None), "the type is not what the mover saw"
    results = await asyncio.gather(*(db.set_ticket_type(ticket.id, second.id, first.id) for _ in range(3)))
    assert sum(results) == 1 and (await db.get_ticket(ticket.id)).type_id == second.id
    again = await db.reserve_ticket(TicketRequest(BIG, 7, None, MOMENT, type_id=first.id), 5, type_max_open=1)
    assert again.type_id == first.id, "the old type's limit no longer counts the moved ticket"
    with pytest.raises(TicketLimitReached):
        await db.reserve_ticket(TicketRequest(BIG, 7, None, MOMENT, type_id=second.id), 5, type_max_open=1)
    await close(db, await db.get_ticket(ticket.id))
    assert not await db.set_ticket_type(ticket.id, first.id, second.id), "only open tickets move"


async def test_an_openers_tickets_and_their_leaving(db):
    mine, theirs = [await open_ticket(db, opener_id=n) for n in (1, 2)]
    other_server = await open_ticket(db, guild_id=BIG + 1, opener_id=1)
    assert [t.id for t in await db.list_tickets([TicketStatus.OPEN], BIG, opener_id=1)] == [mine.id]
    assert [t.id for t in await db.list_tickets([TicketStatus.OPEN], opener_id=1)] == [mine.id, other_server.id]
    assert mine.opener_left_at is None
    results = await asyncio.gather(*(db.mark_opener_left(mine.id, MOMENT) for _ in range(3)))
    assert sum(results) == 1 and (await db.get_ticket(mine.id)).opener_left_at == MOMENT
    await close(db, theirs)
    assert not await db.mark_opener_left(theirs.id, MOMENT), "only open tickets"
