"""Openers' ratings of their closed tickets, on every backend: each given once, a comment once."""

from datetime import timedelta

from tests.database.contract.helpers import MOMENT, close, open_ticket


async def test_a_rating_and_its_comment_are_each_stored_once(db):
    ticket = await open_ticket(db)
    await close(db, ticket)
    assert not await db.comment_rating(ticket.id, "too early"), "no comment before a rating"
    assert await db.rate_ticket(ticket.id, 4, MOMENT + timedelta(hours=1))
    assert not await db.rate_ticket(ticket.id, 1, MOMENT + timedelta(hours=2)), "a rating counts once"
    assert await db.comment_rating(ticket.id, "Quick and kind ✨")
    assert not await db.comment_rating(ticket.id, "again")
    stored = await db.get_ticket(ticket.id)
    assert (stored.rating, stored.rating_comment, stored.rated_at) == (
        4,
        "Quick and kind ✨",
        MOMENT + timedelta(hours=1),
    )
    assert not await db.rate_ticket(ticket.id + 100, 5, MOMENT), "no such ticket"
