"""Transcripts and the files kept with them, on every backend."""

from datetime import timedelta

from core.models import Closure, TicketStatus, Transcript, TranscriptFile
from core.rules.policy import ACTIVE
from tests.database.contract.helpers import BIG, MOMENT, entry, open_ticket


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
