"""Reading tickets: lookups, lists, searches, counts and what is not there, on every backend."""

from datetime import timedelta

import pytest

from core.errors import NotFoundError
from core.models import Closure, ParticipantRole, TicketRequest, TicketSearch, TicketStatus
from core.rules.policy import ACTIVE
from tests.database.contract.helpers import BIG, MOMENT, billing, close, entry, open_ticket, request


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


async def test_text_that_needs_escaping_and_fractions_of_seconds_read_back_unchanged(db):
    """Quotes, backslashes, control characters and every plane of Unicode come back as stored, with the
    fractions of the times: MySQL reads wide rows as one JSON array, which must not change a value."""
    odd = "a \"quote\", a \\ backslash, \\n not a newline,\nnewline\ttab \x01 \u2028 𝕏 🐛 'single' NULL null"
    when = MOMENT.replace(microsecond=123000)  # milliseconds: the bot's precision
    ticket = await open_ticket(db, reason=odd)
    assert await db.begin_close(ticket.id, Closure(BIG, odd, when))
    read = await db.get_ticket(ticket.id)
    assert (read.reason, read.close_reason, read.closed_at, read.closed_by) == (odd, odd, when, BIG)
    assert await db.get_ticket_by_channel(read.channel_id) == read
    assert [t for t in await db.list_tickets([TicketStatus.CLOSING], BIG) if t.id == ticket.id] == [read]
