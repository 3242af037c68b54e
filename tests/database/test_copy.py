"""Moving data between backends: sqlite → mysql → mongo → sqlite finds the data equal."""

import itertools
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from core.models import (
    ApiKey,
    AuditEntry,
    GuildConfig,
    Label,
    Panel,
    Participant,
    ParticipantRole,
    Revoked,
    Tag,
    TicketLabel,
    TicketNote,
    TicketRequest,
    Transcript,
    TranscriptFile,
    WebRevocation,
)
from database import RecordKind, create_adapter
from database.copy import copy_database
from tests.backends import fresh_database
from tests.database.contract.helpers import BIG, MOMENT, billing, close, open_ticket

ROOT = Path(__file__).resolve().parents[2]


async def fill(db):
    await db.save_guild_config(GuildConfig(BIG, staff_role_ids=[BIG + 1, 5], ticket_category_id=9, updated_at=MOMENT))
    panel = await db.create_panel(Panel(0, BIG, 1, None, "Hilfe 🆘", "d", "b", 2, MOMENT))
    await db.set_panel_message(panel.id, BIG + 7)
    kind = await db.save_ticket_type(billing())
    await db.create_panel(Panel(0, BIG, 1, None, "Types", "d", "b", 2, MOMENT, type_ids=(kind.id, 99)))
    await db.reserve_ticket(TicketRequest(BIG, 42, None, MOMENT, type_id=kind.id, answers=(("q", "✨"),)), 1)
    await db.create_api_key(ApiKey(0, BIG, "dashboard ✨", "a" * 64, BIG + 1, MOMENT))
    await db.revoke_web_access(WebRevocation(Revoked.SESSIONS, BIG, MOMENT))
    await db.create_tag(Tag(0, BIG, "Refund ✨", "Hi {opener}", BIG + 1, MOMENT, MOMENT, type_ids=(kind.id,)))
    label = await db.create_label(Label(0, BIG, "bug 🐛", BIG + 1, MOMENT))
    for opener in range(5):
        ticket = await open_ticket(db, opener_id=opener, reason=f"reason {opener} ✨")
        await db.add_participant(
            Participant(ticket.id, BIG + opener, ParticipantRole.STAFF, MOMENT + timedelta(seconds=1))
        )
        await db.add_audit_entry(AuditEntry(None, BIG, ticket.id, opener, "ticket_opened", "é", MOMENT))
        await db.add_note(TicketNote(0, ticket.id, BIG, BIG + 1, f"note {opener} ✨", MOMENT))
        await db.add_ticket_label(TicketLabel(ticket.id, label.id, MOMENT))
        await db.set_alert_message(ticket.id, BIG + 100 + opener)
        if opener % 2:
            transcript = Transcript(ticket.id, 2, b"<p>x</p>", b"x\n", MOMENT)
            await close(db, ticket, transcript=transcript, closed_by=BIG, at=MOMENT + timedelta(hours=1))
            shot = TranscriptFile(ticket.id, 0, f"shot {opener} ✨.png", "image/png", bytes([opener]) * 700_000)
            await db.save_transcript_files(ticket.id, [shot, TranscriptFile(ticket.id, 1, "a.txt", None, b"a")])
            await db.rate_ticket(ticket.id, opener, MOMENT + timedelta(hours=2))
            await db.comment_rating(ticket.id, f"rated {opener} ✨")


async def snapshot(db):
    return {kind: [r async for r in db.iter_records(kind)] for kind in RecordKind}


async def test_copy_round_trip_across_backends(tmp_path):
    async with (
        fresh_database("sqlite", tmp_path / "a") as first_url,
        fresh_database("mysql", tmp_path) as mysql_url,
        fresh_database("mongo", tmp_path) as mongo_url,
    ):
        last_url = f"sqlite:///{tmp_path / 'last.db'}"
        chain = [create_adapter(u) for u in (first_url, mysql_url, mongo_url, last_url)]
        for db in chain:
            await db.connect()
        try:
            await fill(chain[0])
            expected = await snapshot(chain[0])
            for source, target in itertools.pairwise(chain):
                counts = await copy_database(source, target, progress=False)
                assert all(c.matches for c in counts)
                again = await copy_database(source, target, progress=False)
                assert [c.target for c in again] == [c.target for c in counts]
                assert await snapshot(target) == expected, type(target).__name__
            for db in chain[1:]:
                assert (await open_ticket(db, opener_id=99)).number == 7
                assert (await db.create_panel(Panel(0, BIG, 1, None, "t", "d", "b", 1, MOMENT))).id == 3
        finally:
            for db in chain:
                await db.close()


def test_copy_command_prints_counts(tmp_path):
    source = f"sqlite:///{tmp_path / 'source.db'}"
    target = f"sqlite:///{tmp_path / 'target.db'}"
    subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "--check"],
        cwd=tmp_path,
        env={"DISCORD_TOKEN": "MTA.x.y", "DATABASE_URL": source},
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "db", "copy", "--from", source, "--to", target],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "every count matches" in result.stdout and "tickets" in result.stdout
