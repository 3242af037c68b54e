"""Whole-database access for copying, and a database that outlives its connection, on every backend."""

import pytest

from core.errors import TicketLimitReached
from core.models import ApiKey, AuditEntry, GuildConfig, Panel, TicketRequest, TicketType, Transcript, TranscriptFile
from core.rules.policy import ACTIVE
from database import RecordKind, create_adapter
from tests.database.contract.helpers import BIG, MOMENT, billing, close, open_ticket


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


async def test_copying_pages_through_files_whose_pieces_straddle_a_page(db):
    """Sixteen pieces to a page: the ninth file's second piece starts the second page and must not be skipped."""
    ticket = await open_ticket(db)
    files = [TranscriptFile(ticket.id, 0, "small.txt", None, b"s")]
    files += [TranscriptFile(ticket.id, n, f"{n}.bin", None, bytes([n]) * 600_000) for n in range(1, 9)]
    await db.save_transcript_files(ticket.id, files)
    pieces = [r async for r in db.iter_records(RecordKind.TRANSCRIPT_FILES)]
    assert [(p.position, p.part) for p in pieces] == [(0, 0), *((n, part) for n in range(1, 9) for part in (0, 1))]
    assert await db.count_records(RecordKind.TRANSCRIPT_FILES) == len(pieces) == 17


async def test_imported_ids_move_new_ids_on(db):
    """A key copied in with its id: the next key made here gets a later id, on every backend."""
    await db.import_records(RecordKind.API_KEYS, [ApiKey(5, BIG, "k", "e" * 64, 1, MOMENT)])
    assert (await db.create_api_key(ApiKey(0, BIG, "k2", "f" * 64, 1, MOMENT))).id == 6
