"""MongoDB storage of a ticket's way through its states: reserved, opened, closed, reopened.

The opener's slots (``slots.py``) are claimed before a ticket becomes active and released when it stops being.
"""

from __future__ import annotations

from datetime import datetime

from pymongo import DESCENDING, ReturnDocument
from typing_extensions import override

from core.errors import StorageNotFound
from core.models import (
    AuditEntry,
    Closure,
    GuildCounter,
    Participant,
    ParticipantRole,
    Ticket,
    TicketPriority,
    TicketRequest,
    TicketStatus,
)
from database.contract import TicketLifecycleStore
from database.mongo import documents as docs
from database.mongo.slots import ACTIVE, MongoSlots, slot_keys
from database.mongo.store import guard
from database.records import RecordKind, answers
from database.retry import retry_transient


def ticket_of(found: docs.Document) -> Ticket:
    """Rebuild a ticket."""
    values = docs.stored_fields(found)
    return Ticket(
        **{
            **values,
            "status": TicketStatus(values["status"]),
            "answers": answers(values.get("answers")),
            "priority": TicketPriority(values["priority"]),
        }
    )


COUNTERS = docs.collection(
    RecordKind.COUNTERS, ["guild_id"], read=lambda found: GuildCounter(found["_id"], int(found["last_number"]))
)
TICKETS = docs.collection(RecordKind.TICKETS, sequenced=True, read=ticket_of)


class MongoTicketLifecycle(MongoSlots, TicketLifecycleStore):
    """Opening, closing and reopening tickets in ``tickets``, with their creator and audit entries."""

    @override
    async def reserve_ticket(
        self, request: TicketRequest, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket:
        taken: list[int] = []

        @retry_transient
        async def reserve_ticket() -> Ticket:  # named as the operation: /metrics times it by this name
            if not taken:
                taken.append(await self._next_id("tickets"))
            return await self._reserve(taken[0], request, max_open, type_max_open)

        return await reserve_ticket()

    async def _reserve(
        self, ticket_id: int, request: TicketRequest, max_open: int, type_max_open: int | None
    ) -> Ticket:
        """Reserve under a fixed id, so a retry after a dropped connection finds its own claims, not a limit."""
        await self._claim_slots(
            request.guild_id, request.opener_id, request.type_id, ticket_id, max_open, type_max_open
        )
        counter = await guard(
            self._c("counters").find_one_and_update(
                {"_id": request.guild_id},
                {"$inc": {"last_number": 1}},
                upsert=True,
                return_document=ReturnDocument.AFTER,
            )
        )
        assert counter is not None, "an upsert returns its document"
        ticket = request.pending(ticket_id, int(counter["last_number"]))
        stored = await guard(
            self._c("tickets").find_one_and_update(
                {"_id": ticket_id},
                {"$setOnInsert": docs.document(ticket)},
                upsert=True,
                return_document=ReturnDocument.AFTER,
            )
        )
        creator = docs.document(Participant(ticket_id, request.opener_id, ParticipantRole.CREATOR, request.opened_at))
        await guard(self._c("participants").replace_one({"_id": creator["_id"]}, creator, upsert=True))
        assert stored is not None, "an upsert returns its document"
        return ticket_of(stored)

    @override
    @retry_transient
    async def reopen_ticket(
        self, ticket_id: int, at: datetime, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket | None:
        tickets = self._c("tickets")
        found = await guard(tickets.find_one({"_id": ticket_id, "status": TicketStatus.ARCHIVED.value}))
        if found is None:
            return None
        guild_id, opener_id, type_id = found["guild_id"], found["opener_id"], found.get("type_id")
        await self._claim_slots(guild_id, opener_id, type_id, ticket_id, max_open, type_max_open)
        changes = {
            "status": TicketStatus.OPEN.value,
            **dict.fromkeys(
                (
                    "closed_at",
                    "closed_by",
                    "close_reason",
                    "transcript_message_id",
                    "close_due_at",
                    "idle_warned_at",
                    "idle_warning_posted_at",
                    "idle_due_at",
                    "target_due_at",
                )
            ),
            "active_at": at,
            "opener_active_at": at,
        }
        document = await guard(
            tickets.find_one_and_update(
                {"_id": ticket_id, "status": TicketStatus.ARCHIVED.value},
                {"$set": changes, "$inc": {"reopen_count": 1}},
                return_document=ReturnDocument.AFTER,
            )
        )
        if document is None:
            # Another reopener won (the slots are its now), or the ticket moved on and holds none.
            now = await guard(tickets.find_one({"_id": ticket_id}, {"status": 1}))
            if now is None or now["status"] not in ACTIVE:
                await self._release_slots(slot_keys(guild_id, opener_id, type_id), [ticket_id])
            return None
        return ticket_of(document)

    @override
    @retry_transient
    async def last_opened_at(self, guild_id: int, opener_id: int, type_id: int | None) -> datetime | None:
        document = await guard(
            self._c("tickets").find_one(
                {"guild_id": guild_id, "opener_id": opener_id, "type_id": type_id},
                {"opened_at": 1},
                sort=[("opened_at", DESCENDING)],
            )
        )
        return None if document is None else document["opened_at"]

    @override
    @retry_transient
    async def activate_ticket(self, ticket_id: int, channel_id: int, entry: AuditEntry) -> AuditEntry:
        document = await guard(
            self._c("tickets").find_one_and_update(
                {"_id": ticket_id, "status": TicketStatus.PENDING.value},
                {"$set": {"channel_id": channel_id, "status": TicketStatus.OPEN.value}},
                projection={"_id": 1},
            )
        )
        if document is not None:
            return await self._insert_audit(entry)
        current = await guard(self._c("tickets").find_one({"_id": ticket_id}, {"status": 1, "channel_id": 1}))
        if current is None or (current["status"], current.get("channel_id")) != (TicketStatus.OPEN.value, channel_id):
            raise StorageNotFound("ticket_not_pending", ticket_id=ticket_id)
        return entry

    @override
    @retry_transient
    async def discard_ticket(self, ticket_id: int) -> None:
        document = await guard(
            self._c("tickets").find_one_and_delete({"_id": ticket_id, "status": TicketStatus.PENDING.value})
        )
        if document is not None:
            await guard(self._c("participants").delete_many({"ticket_id": ticket_id}))
            await self._release_slots(
                slot_keys(document["guild_id"], document["opener_id"], document.get("type_id")), [ticket_id]
            )

    @override
    @retry_transient
    async def begin_close(self, ticket_id: int, closure: Closure) -> bool:
        changes = {
            "status": TicketStatus.CLOSING.value,
            "closed_by": closure.closed_by,
            "close_reason": closure.reason,
            "closed_at": closure.closed_at,
        }
        document = await guard(
            self._c("tickets").find_one_and_update(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value}, {"$set": changes}
            )
        )
        if document is None:
            return False
        await self._release_slots(
            slot_keys(document["guild_id"], document["opener_id"], document.get("type_id")), [ticket_id]
        )
        return True

    @override
    @retry_transient
    async def cancel_close(self, ticket_id: int, due_at: datetime | None = None, reason: str | None = None) -> bool:
        document = await guard(
            self._c("tickets").find_one_and_update(
                {"_id": ticket_id, "status": TicketStatus.CLOSING.value},
                {
                    "$set": {
                        "status": TicketStatus.OPEN.value,
                        "closed_by": None,
                        "close_reason": reason if due_at else None,
                        "closed_at": None,
                        "close_due_at": due_at,
                    }
                },
            )
        )
        if document is None:
            return False
        await self._restore_slots(document)
        return True

    @override
    @retry_transient
    async def set_transcript_message(self, ticket_id: int, message_id: int) -> None:
        await guard(self._c("tickets").update_one({"_id": ticket_id}, {"$set": {"transcript_message_id": message_id}}))

    @override
    @retry_transient
    async def finish_close(self, ticket_id: int, status: TicketStatus, entry: AuditEntry) -> AuditEntry | None:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.CLOSING.value}, {"$set": {"status": status.value}}
            )
        )
        if result.modified_count != 1:
            return None
        return await self._insert_audit(entry)
