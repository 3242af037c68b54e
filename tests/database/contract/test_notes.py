"""Staff's notes on tickets, on every backend."""

from datetime import timedelta

from core.models import TicketNote
from tests.database.contract.helpers import BIG, MOMENT, open_ticket


async def test_notes_are_kept_per_ticket_oldest_first(db):
    first, second = await open_ticket(db, opener_id=1), await open_ticket(db, opener_id=2)
    a = await db.add_note(TicketNote(0, first.id, BIG, BIG + 3, "Refund approved — **@everyone** ✨", MOMENT))
    b = await db.add_note(TicketNote(0, first.id, BIG, BIG + 4, "x" * 4000, MOMENT + timedelta(seconds=1)))
    c = await db.add_note(TicketNote(0, second.id, BIG, BIG + 3, "other", MOMENT))
    assert a.id and b.id > a.id and c.id
    assert await db.list_notes(first.id) == [a, b]
    assert await db.list_notes(second.id) == [c]
    assert await db.list_notes(second.id + 100) == []
