"""A ticket's members, on every backend."""

from datetime import timedelta

from core.models import Participant, ParticipantRole, TicketStatus
from tests.database.contract.helpers import BIG, MOMENT, close, open_ticket


async def test_participants(db):
    ticket = await open_ticket(db)
    assert await db.add_participant(
        Participant(ticket.id, BIG + 5, ParticipantRole.STAFF, MOMENT + timedelta(seconds=1))
    )
    assert not await db.add_participant(Participant(ticket.id, BIG + 5, ParticipantRole.PARTICIPANT, MOMENT))
    assert [(p.user_id, p.role) for p in await db.list_participants(ticket.id)] == [
        (7, ParticipantRole.CREATOR),
        (BIG + 5, ParticipantRole.STAFF),
    ]
    assert await db.remove_participant(ticket.id, BIG + 5)
    assert not await db.remove_participant(ticket.id, BIG + 5)


async def test_a_members_tickets_are_those_they_opened_or_are_in_on_their_servers(db):
    mine = await open_ticket(db, opener_id=7)
    added = await open_ticket(db, opener_id=8)
    await db.add_participant(Participant(added.id, 7, ParticipantRole.PARTICIPANT, MOMENT))
    await open_ticket(db, opener_id=9)  # not theirs
    elsewhere = await open_ticket(db, guild_id=BIG + 1, opener_id=7)
    found = await db.list_member_tickets(7, [BIG], 10)
    assert [t.id for t in found] == [added.id, mine.id], "newest first, this server only"
    assert [t.id for t in await db.list_member_tickets(7, [BIG, BIG + 1], 2)] == [elsewhere.id, added.id]
    assert await db.list_member_tickets(7, [], 10) == []


async def test_a_request_to_reopen_is_set_against_what_was_read_and_only_while_archived(db):
    ticket = await open_ticket(db)
    assert not await db.set_reopen_asked(ticket.id, MOMENT, None), "an open ticket is not reopened"
    await close(db, ticket, TicketStatus.ARCHIVED)
    assert await db.set_reopen_asked(ticket.id, MOMENT, None)
    assert not await db.set_reopen_asked(ticket.id, MOMENT + timedelta(days=1), None), "another asked first"
    assert await db.set_reopen_asked(ticket.id, MOMENT + timedelta(days=1), MOMENT)
    assert await db.set_reopen_asked(ticket.id, MOMENT, MOMENT + timedelta(days=1)), "put back after a refusal"
    assert (await db.get_ticket(ticket.id)).reopen_asked_at == MOMENT
