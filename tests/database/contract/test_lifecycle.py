"""A ticket's way through its states, its numbers and its opener's limits, on every backend."""

import asyncio
from datetime import timedelta

import pytest

from core.errors import TicketLimitReached
from core.models import Closure, TicketRequest, TicketStatus
from core.rules.policy import ACTIVE
from tests.database.contract.helpers import BIG, MOMENT, close, entry, open_ticket, request


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
