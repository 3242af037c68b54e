"""A ticket's priority, and the searches by priority and by whom it waits for, on every backend."""

from datetime import timedelta

from core.models import PRIORITY_RANK, TicketPriority, TicketSearch, TicketStatus, WaitingOn
from tests.database.contract.helpers import BIG, MOMENT, close, open_ticket


async def test_priority_is_a_compare_and_set_on_open_tickets(db):
    ticket = await open_ticket(db)
    assert ticket.priority is TicketPriority.NORMAL
    assert await db.set_priority(ticket.id, TicketPriority.URGENT, TicketPriority.NORMAL)
    assert not await db.set_priority(ticket.id, TicketPriority.LOW, TicketPriority.NORMAL), "another change came first"
    assert (await db.get_ticket(ticket.id)).priority is TicketPriority.URGENT
    await close(db, await db.get_ticket(ticket.id))
    assert not await db.set_priority(ticket.id, TicketPriority.LOW, TicketPriority.URGENT), "closed"
    assert (await db.get_ticket(ticket.id)).priority is TicketPriority.URGENT


async def test_tickets_are_found_by_priority_and_by_whom_they_wait_for(db):
    asked, answered, urgent = [await open_ticket(db, opener_id=n) for n in (1, 2, 3)]
    await db.set_priority(urgent.id, TicketPriority.URGENT, TicketPriority.NORMAL)
    await db.record_activity(asked.id, MOMENT + timedelta(minutes=1), by_opener=True)
    await db.record_activity(answered.id, MOMENT + timedelta(minutes=1), by_opener=True)
    await db.record_activity(answered.id, MOMENT + timedelta(minutes=2), by_opener=False)

    def search(**fields):
        return TicketSearch(BIG, statuses=(TicketStatus.OPEN,), **fields)

    found = await db.search_tickets(search(priorities=(TicketPriority.URGENT,)))
    assert [t.number for t in found] == [urgent.number]
    waiting_staff = await db.search_tickets(search(waiting_on=WaitingOn.STAFF))
    assert sorted(t.number for t in waiting_staff) == sorted([asked.number, urgent.number])
    assert all(t.waiting_on is WaitingOn.STAFF for t in waiting_staff)
    waiting_opener = await db.search_tickets(search(waiting_on=WaitingOn.OPENER))
    assert [t.number for t in waiting_opener] == [answered.number]
    assert waiting_opener[0].waiting_on is WaitingOn.OPENER
    await close(db, await db.get_ticket(answered.id))
    assert await db.search_tickets(TicketSearch(BIG, waiting_on=WaitingOn.OPENER)) == []


async def test_a_list_by_priority_pages_most_urgent_first_then_newest(db):
    tickets = [await open_ticket(db, opener_id=n, max_open=10) for n in range(6)]
    for ticket, priority in zip(
        tickets,
        [TicketPriority.LOW, TicketPriority.URGENT, TicketPriority.NORMAL, TicketPriority.URGENT, TicketPriority.HIGH],
        strict=False,
    ):
        if priority is not TicketPriority.NORMAL:
            assert await db.set_priority(ticket.id, priority, TicketPriority.NORMAL)
    expected = [4, 2, 5, 6, 3, 1]  # urgent (newest first), high, normal (newest first), low
    seen, below = [], None
    while True:
        search = TicketSearch(BIG, limit=2, by_priority=True)
        if below is not None:
            search = TicketSearch(BIG, limit=2, by_priority=True, below_rank=below[0], below_number=below[1])
        page = await db.search_tickets(search)
        seen += [t.number for t in page]
        if len(page) < 2:
            break
        below = (PRIORITY_RANK[page[-1].priority], page[-1].number)
    assert seen == expected
    urgent_only = TicketSearch(BIG, priorities=(TicketPriority.URGENT,), by_priority=True)
    assert [t.number for t in await db.search_tickets(urgent_only)] == [4, 2]
