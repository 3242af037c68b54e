"""A ticket's members, on every backend."""

from datetime import timedelta

from core.models import Participant, ParticipantRole
from tests.database.contract.helpers import BIG, MOMENT, open_ticket


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
