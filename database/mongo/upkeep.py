"""MongoDB storage of what changes on an open ticket: its claim, type, due close and inactivity.

Every change is a conditional update of the ticket's document: of several processes exactly one wins.
"""

from __future__ import annotations

from datetime import datetime

from typing_extensions import override

from core.models import Ticket, TicketStatus
from database.contract import TicketUpkeepStore
from database.mongo import documents as docs
from database.mongo.slots import ACTIVE, MongoSlots, slot_keys
from database.mongo.store import guard
from database.retry import retry_transient


class MongoTicketUpkeep(MongoSlots, TicketUpkeepStore):
    """Updates of open tickets in ``tickets``."""

    @override
    @retry_transient
    async def set_claim(self, ticket_id: int, claimer_id: int | None, expected: int | None) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "claimed_by": expected},
                {"$set": {"claimed_by": claimer_id}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def set_ticket_type(self, ticket_id: int, type_id: int | None, expected: int | None) -> bool:
        tickets = self._c("tickets")
        found = await guard(
            tickets.find_one({"_id": ticket_id, "status": TicketStatus.OPEN.value, "type_id": expected})
        )
        if found is None:
            return False
        if type_id == expected:
            return True
        # The opener's slot in the old type's list moves to the new type's (limits are checked by the caller).
        old_keys, new_keys = (slot_keys(found["guild_id"], found["opener_id"], t)[1:] for t in (expected, type_id))
        for key in new_keys:
            await self._claim_slot(key, ticket_id, None)
        result = await guard(
            tickets.update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "type_id": expected},
                {"$set": {"type_id": type_id, "idle_due_at": None, "target_due_at": None}},
            )
        )
        if result.matched_count != 1:
            # Another mover won (the new slot is its now), or the ticket closed.
            now = await guard(tickets.find_one({"_id": ticket_id}, {"status": 1, "type_id": 1}))
            if now is None or now["status"] not in ACTIVE or now.get("type_id") != type_id:
                await self._release_slots(new_keys, [ticket_id])
            return False
        await self._release_slots(old_keys, [ticket_id])
        return True

    @override
    @retry_transient
    async def set_close_due(
        self, ticket_id: int, due_at: datetime | None, reason: str | None, *, answering: int | None = None
    ) -> bool:
        standing = {} if answering is None else {"close_request_message_id": answering}
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, **standing},
                {"$set": {"close_due_at": due_at, "close_reason": reason, "close_request_message_id": None}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def arm_close_request(self, ticket_id: int, message_id: int) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value},
                {"$set": {"close_request_message_id": message_id}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def list_due_closes(self, now: datetime) -> list[Ticket]:
        # "$ne": None as well: comparison operators must not match a missing date (some servers let them).
        due = {"$ne": None, "$lte": now}
        cursor = self._c("tickets").find({"status": TicketStatus.OPEN.value, "close_due_at": due}).sort("_id")
        return [docs.load(Ticket, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def record_activity(self, ticket_id: int, at: datetime, *, by_opener: bool) -> None:
        later = {"active_at": at, **({"opener_active_at": at} if by_opener else {})}
        await guard(
            self._c("tickets").update_one({"_id": ticket_id, "status": TicketStatus.OPEN.value}, {"$max": later})
        )

    @override
    @retry_transient
    async def list_idle_due(self, now: datetime) -> list[Ticket]:
        query = {
            "status": TicketStatus.OPEN.value,
            "$or": [{"idle_due_at": None}, {"idle_due_at": {"$ne": None, "$lte": now}}],
            "auto_close": {"$ne": False},
        }
        cursor = self._c("tickets").find(query).sort("_id")
        return [docs.load(Ticket, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def schedule_idle(self, ticket_id: int, at: datetime) -> None:
        await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value}, {"$set": {"idle_due_at": at}}
            )
        )

    @override
    @retry_transient
    async def mark_idle_warned(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "idle_warned_at": expected},
                {"$set": {"idle_warned_at": at}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def mark_idle_warning_posted(self, ticket_id: int, at: datetime, due: datetime) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "idle_warned_at": at},
                {"$set": {"idle_warning_posted_at": at, "idle_due_at": due}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def set_auto_close(self, ticket_id: int, enabled: bool) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value},
                {"$set": {"auto_close": enabled, "idle_due_at": None}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def mark_opener_left(self, ticket_id: int, at: datetime) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "opener_left_at": None},
                {"$set": {"opener_left_at": at}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def mark_unsynced(self, ticket_id: int, at: datetime) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value}, {"$set": {"unsynced_since": at}}
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def mark_synced(self, ticket_id: int, expected: datetime) -> bool:
        result = await guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "unsynced_since": expected}, {"$set": {"unsynced_since": None}}
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def list_unsynced(self, before: datetime) -> list[Ticket]:
        marked = {"$ne": None, "$lte": before}
        query = {"status": TicketStatus.OPEN.value, "unsynced_since": marked}
        cursor = self._c("tickets").find(query).sort([("unsynced_since", 1), ("_id", 1)])
        return [docs.load(Ticket, d) for d in await guard(cursor.to_list())]
