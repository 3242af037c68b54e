"""What the statistics and response targets read and write, on every backend: each first answer and alert once."""

from dataclasses import replace
from datetime import timedelta

from core.models import Closure, OpenCounts, TargetAlert, TicketStatus, Transcript
from tests.database.contract.helpers import BIG, MOMENT, close, entry, open_ticket, request

DAY = timedelta(days=1)


async def _opened(db, at, guild_id=BIG, opener_id=7, *, targeted=False):
    ticket = await db.reserve_ticket(replace(request(guild_id, opener_id), opened_at=at, targeted=targeted), 50)
    await db.activate_ticket(ticket.id, BIG - ticket.id - guild_id % 1000, entry(guild_id, ticket.id))
    return await db.get_ticket(ticket.id)


async def test_the_first_answer_from_staff_is_stored_once_and_only_while_open(db):
    ticket = await open_ticket(db)
    assert await db.record_first_response(ticket.id, MOMENT + timedelta(minutes=3), 42)
    assert not await db.record_first_response(ticket.id, MOMENT + timedelta(minutes=9), 43), "the first one stays"
    stored = await db.get_ticket(ticket.id)
    assert (stored.first_response_at, stored.first_responder_id) == (MOMENT + timedelta(minutes=3), 42)
    closing = await open_ticket(db, opener_id=8)
    assert await db.begin_close(closing.id, Closure(1, None, MOMENT))
    assert await db.record_first_response(closing.id, MOMENT, 42), "written before the close began"
    closed = await open_ticket(db, opener_id=9)
    await close(db, closed)
    assert not await db.record_first_response(closed.id, MOMENT, 42), "a closed ticket is not answered"


async def test_a_servers_figures_are_its_tickets_of_the_period_and_those_still_open(db):
    since = MOMENT - 10 * DAY
    old_open = await _opened(db, MOMENT - 40 * DAY, opener_id=1)
    old_closed = await _opened(db, MOMENT - 40 * DAY, opener_id=2)
    await close(db, old_closed, at=MOMENT - 30 * DAY)
    closed_lately = await _opened(db, MOMENT - 40 * DAY, opener_id=3)
    await close(db, closed_lately, at=MOMENT - 2 * DAY)
    recent = await _opened(db, MOMENT - 5 * DAY, opener_id=4)
    await close(db, recent, at=MOMENT - 4 * DAY)
    await _opened(db, MOMENT - DAY, guild_id=BIG + 1)
    found = await db.list_figures(BIG, since)
    assert [t.id for t in found] == [old_open.id, closed_lately.id, recent.id]
    assert found[2].status is TicketStatus.CLOSED and found[2].closed_at == MOMENT - 4 * DAY


async def test_reopens_are_counted_and_a_transcript_leaves_its_message_count(db):
    ticket = await open_ticket(db)
    await close(db, ticket, TicketStatus.ARCHIVED, Transcript(ticket.id, 12, b"h", b"t", MOMENT))
    assert (await db.get_ticket(ticket.id)).message_count == 12
    assert await db.reopen_ticket(ticket.id, MOMENT + DAY, 5)
    await close(db, ticket, TicketStatus.ARCHIVED)
    reopened = await db.reopen_ticket(ticket.id, MOMENT + 2 * DAY, 5)
    assert reopened.reopen_count == 2


async def test_target_alerts_are_recorded_once_and_the_sweep_finds_tickets_when_due(db):
    ticket = await _opened(db, MOMENT, targeted=True)
    await _opened(db, MOMENT, opener_id=8)  # its type sets no target: never looked at
    assert [t.id for t in await db.list_target_due(MOMENT)] == [ticket.id], "a new ticket of a type with targets"
    await db.schedule_targets(ticket.id, MOMENT + timedelta(hours=2))
    assert await db.list_target_due(MOMENT + timedelta(hours=1)) == []
    assert [t.id for t in await db.list_target_due(MOMENT + timedelta(hours=2))] == [ticket.id]
    assert await db.mark_target_alert(ticket.id, TargetAlert.RESPONSE_WARNED, MOMENT)
    assert not await db.mark_target_alert(ticket.id, TargetAlert.RESPONSE_WARNED, MOMENT + DAY), "one alert"
    assert await db.mark_target_alert(ticket.id, TargetAlert.RESOLUTION_BREACHED, MOMENT + DAY)
    stored = await db.get_ticket(ticket.id)
    assert (stored.response_warned_at, stored.resolution_breached_at) == (MOMENT, MOMENT + DAY)
    assert stored.response_breached_at is None
    assert await db.count_backlog() == OpenCounts(waiting_on_staff=2, past_target=1), "opened: nobody answered yet"
    await db.record_activity(ticket.id, MOMENT + DAY, by_opener=False)
    assert await db.count_backlog() == OpenCounts(waiting_on_staff=1, past_target=1), "staff wrote last"
    await close(db, ticket)
    assert await db.count_backlog() == OpenCounts(waiting_on_staff=1, past_target=0)
    assert await db.list_target_due(MOMENT + DAY) == [], "closed tickets have no targets left"
    assert not await db.mark_target_alert(ticket.id, TargetAlert.RESPONSE_BREACHED, MOMENT + DAY)
