"""What changes on an open ticket (claims, types, due closes, inactivity, leaving), on every backend."""

import asyncio
from datetime import timedelta

import pytest

from core.errors import TicketLimitReached
from core.models import Closure, GuildConfig, TicketRequest, TicketStatus
from tests.database.contract.helpers import BIG, MOMENT, billing, close, entry, open_ticket


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


async def test_a_close_request_is_answered_once(db):
    ticket = await open_ticket(db)
    assert await db.set_close_due(ticket.id, MOMENT, "solved?") and await db.arm_close_request(ticket.id, BIG + 7)
    answers = await asyncio.gather(*(db.set_close_due(ticket.id, None, None, answering=BIG + 7) for _ in range(5)))
    assert answers.count(True) == 1, answers
    stored = await db.get_ticket(ticket.id)
    assert (stored.close_due_at, stored.close_reason, stored.close_request_message_id) == (None, None, None)
    assert await db.set_close_due(ticket.id, MOMENT, None) and await db.arm_close_request(ticket.id, BIG + 8)
    assert not await db.set_close_due(ticket.id, None, None, answering=BIG + 7), (
        "an answer to the request before is no answer"
    )
    assert (await db.get_ticket(ticket.id)).close_due_at == MOMENT
    await close(db, await db.get_ticket(ticket.id))
    assert not await db.set_close_due(ticket.id, None, None, answering=BIG + 8), "nor is one to a closed ticket"


async def test_close_due_times(db):
    first, second, third = [await open_ticket(db, opener_id=n) for n in (1, 2, 3)]
    assert await db.list_due_closes(MOMENT) == []
    assert await db.set_close_due(first.id, MOMENT, "solved? 🤔")
    assert (await db.get_ticket(first.id)).close_request_message_id is None, "not known to be posted yet"
    assert await db.arm_close_request(first.id, BIG + 5)
    assert (await db.get_ticket(first.id)).close_request_message_id == BIG + 5, "snowflakes stay exact"
    assert await db.set_close_due(second.id, MOMENT + timedelta(hours=1), None)
    due = await db.list_due_closes(MOMENT)
    assert [(t.id, t.close_due_at, t.close_reason) for t in due] == [(first.id, MOMENT, "solved? 🤔")]
    assert [t.id for t in await db.list_due_closes(MOMENT + timedelta(hours=2))] == [first.id, second.id]
    assert await db.set_close_due(first.id, None, None)
    assert [t.id for t in await db.list_due_closes(MOMENT + timedelta(hours=2))] == [second.id]
    await close(db, await db.get_ticket(second.id))
    assert await db.list_due_closes(MOMENT + timedelta(hours=2)) == [], "closed tickets are never due"
    assert not await db.set_close_due(second.id, MOMENT, "x"), "only open tickets get a due time"
    assert not await db.arm_close_request(second.id, BIG), "nor a request"
    assert await db.set_close_due(third.id, MOMENT, "x")
    assert await db.begin_close(third.id, Closure(1, "x", MOMENT)) and await db.cancel_close(third.id)
    assert (await db.get_ticket(third.id)).close_due_at is None, "a refused close clears its due time"
    assert await db.set_close_due(third.id, MOMENT, "solved?")
    assert await db.begin_close(third.id, Closure(1, "No answer", MOMENT))
    assert await db.cancel_close(third.id, MOMENT, "solved?")
    restored = await db.get_ticket(third.id)
    assert (restored.status, restored.close_due_at, restored.close_reason) == (TicketStatus.OPEN, MOMENT, "solved?"), (
        "the request stands again in the same write"
    )


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
    stored = await db.get_ticket(second.id)
    assert (stored.active_at, stored.opener_active_at) == (later, later)
    every = [first.id, second.id, other_server.id]
    assert [t.id for t in await db.list_idle_due(MOMENT)] == every, "new tickets are looked at, on every server"
    for ticket_id in every:
        await db.schedule_idle(ticket_id, later)
    assert await db.list_idle_due(MOMENT) == []
    assert [t.id for t in await db.list_idle_due(later)] == every

    assert await db.mark_idle_warned(first.id, later, None)
    assert not await db.mark_idle_warned(first.id, later, None), "one process warns"
    assert not await db.mark_idle_warning_posted(first.id, MOMENT, later), "only the warning taken on"
    assert await db.mark_idle_warning_posted(first.id, later, later + timedelta(hours=6))
    stored = await db.get_ticket(first.id)
    assert (stored.idle_warned_at, stored.idle_warning_posted_at, stored.idle_due_at) == (
        later,
        later,
        later + timedelta(hours=6),
    )
    assert await db.mark_idle_warned(first.id, None, later)

    assert await db.set_auto_close(second.id, False)
    assert [t.id for t in await db.list_idle_due(later)] == [other_server.id], "exempted"
    assert await db.set_auto_close(second.id, True)
    assert (await db.get_ticket(second.id)).idle_due_at is None, "looked at again"
    await db.save_guild_config(GuildConfig(BIG + 1))
    assert [t.id for t in await db.list_idle_due(MOMENT)] == [second.id, other_server.id], "new rules: look again"
    await close(db, second)
    assert [t.id for t in await db.list_idle_due(later)] == [other_server.id], "closed tickets never idle"
    assert not await db.set_auto_close(second.id, False) and not await db.mark_idle_warned(second.id, later, None)


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


async def test_sync_marks(db):
    first, second, closed = [await open_ticket(db, opener_id=n) for n in (1, 2, 3)]
    assert await db.list_unsynced(MOMENT) == []
    later = MOMENT + timedelta(minutes=1)
    assert await db.mark_unsynced(second.id, MOMENT) and await db.mark_unsynced(first.id, later)
    assert await db.mark_unsynced(closed.id, MOMENT)
    await close(db, await db.get_ticket(closed.id))
    assert not await db.mark_unsynced(closed.id, MOMENT), "only open tickets are marked"
    assert [t.id for t in await db.list_unsynced(MOMENT)] == [second.id], "closed tickets are never listed"
    marked = await db.list_unsynced(later)
    assert [(t.id, t.unsynced_since) for t in marked] == [(second.id, MOMENT), (first.id, later)]
    assert not await db.mark_synced(first.id, MOMENT), "a later operation's mark stays"
    assert await db.mark_synced(first.id, later)
    assert (await db.get_ticket(first.id)).unsynced_since is None
    assert [t.id for t in await db.list_unsynced(later)] == [second.id]
