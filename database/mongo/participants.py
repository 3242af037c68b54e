"""MongoDB storage of the members added to a ticket."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from pymongo import ASCENDING, DESCENDING
from typing_extensions import override

from core.models import Participant, ParticipantRole, Ticket, TicketStatus
from database.contract import ParticipantStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard, insert_new
from database.records import RecordKind
from database.retry import retry_transient


def participant(found: docs.Document) -> Participant:
    """Rebuild a participant."""
    values = docs.stored_fields(found, PARTICIPANTS.key)
    return Participant(**{**values, "role": ParticipantRole(values["role"])})


# One member once in a ticket: the ticket and the member make the ``_id``.
PARTICIPANTS = docs.collection(RecordKind.PARTICIPANTS, ["ticket_id", "user_id"], read=participant)


class MongoParticipants(MongoStore, ParticipantStore):
    """Participants in ``participants``, one document per ticket and member."""

    @override
    @retry_transient
    async def add_participant(self, participant: Participant) -> bool:
        return await insert_new(self._c("participants"), docs.document(participant))

    @override
    @retry_transient
    async def remove_participant(self, ticket_id: int, user_id: int) -> bool:
        result = await guard(self._c("participants").delete_one({"_id": f"{ticket_id}:{user_id}"}))
        return result.deleted_count == 1

    @override
    @retry_transient
    async def list_participants(self, ticket_id: int) -> list[Participant]:
        cursor = (
            self._c("participants")
            .find({"ticket_id": ticket_id})
            .sort([("added_at", ASCENDING), ("user_id", ASCENDING)])
        )
        return [participant(d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def list_member_tickets(self, user_id: int, guild_ids: Collection[int], limit: int) -> list[Ticket]:
        if not guild_ids:
            return []
        joined = self._c("participants").find({"user_id": user_id}, {"ticket_id": 1})
        ticket_ids = [found["ticket_id"] async for found in joined]
        query = {"guild_id": {"$in": list(guild_ids)}, "$or": [{"_id": {"$in": ticket_ids}}, {"opener_id": user_id}]}
        cursor = self._c("tickets").find(query).sort("_id", DESCENDING).limit(limit)
        return [docs.load(Ticket, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def set_reopen_asked(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.ARCHIVED.value, "reopen_asked_at": expected},
                {"$set": {"reopen_asked_at": at}},
            )
        )
        return result.matched_count == 1
