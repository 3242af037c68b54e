"""The open-ticket limits on MongoDB: each opener's active tickets, listed in one document per limit.

A ticket counts in its opener's list for the server, and in the list for its type if it has one.
A list is pushed to only while it holds fewer entries than the limit, in one atomic update, so quick
clicks by one member can never pass it. Entries whose ticket is no longer active are released.
"""

from __future__ import annotations

from pymongo.errors import DuplicateKeyError

from core.errors import DatabaseError, TicketLimitReached
from core.models import utcnow
from core.rules import policy
from database.mongo.documents import Document
from database.mongo.store import MongoStore, guard

ACTIVE = [status.value for status in policy.ACTIVE]


def slot_keys(guild_id: int, opener_id: int, type_id: int | None) -> list[str]:
    """Return the slot lists a ticket counts in: its opener's in the server, and in its type if it has one."""
    server = f"{guild_id}:{opener_id}"
    return [server] if type_id is None else [server, f"{server}:type:{type_id}"]


def ticket_slot_keys(ticket: Document) -> list[str]:
    """Return the slot lists a stored ticket counts in."""
    return slot_keys(ticket["guild_id"], ticket["opener_id"], ticket.get("type_id"))


class MongoSlots(MongoStore):
    """Claiming, releasing and restoring an opener's slots in ``open_slots``."""

    async def _claim_slots(
        self,
        guild_id: int,
        opener_id: int,
        type_id: int | None,
        ticket_id: int,
        max_open: int,
        type_max_open: int | None,
    ) -> None:
        """Count the ticket in its opener's slot lists, or raise TicketLimitReached having claimed none."""
        # The type's list first: quick clicks on one type are refused by its (narrower) limit, not the server's.
        server_slots, *type_slots = slot_keys(guild_id, opener_id, type_id)
        for key in type_slots:
            try:
                await self._claim_slot(key, ticket_id, type_max_open)
            except TicketLimitReached:
                raise TicketLimitReached(type_max_open or 0, per_type=True) from None
        try:
            await self._claim_slot(server_slots, ticket_id, max_open)
        except TicketLimitReached:
            await self._release_slots(type_slots, [ticket_id])
            raise

    async def _claim_slot(self, key: str, ticket_id: int, max_open: int | None) -> None:
        """Push the ticket into a slot list, which may hold at most ``max_open`` entries (None: any number).

        The entry is stamped with the claim's own time, not the request's: an entry whose ticket does not
        exist yet is released as stale only once no live reservation can still be making it.
        """
        slots = self._c("open_slots")
        try:
            await guard(slots.insert_one({"_id": key, "tickets": []}))
        except DatabaseError as error:
            if not isinstance(error.__cause__, DuplicateKeyError):
                raise
        entry = {"id": ticket_id, "at": utcnow()}
        for attempt in range(2):
            room = {} if max_open is None else {f"tickets.{max_open - 1}": {"$exists": False}}
            result = await guard(
                slots.update_one({"_id": key, "tickets.id": {"$ne": ticket_id}, **room}, {"$push": {"tickets": entry}})
            )
            if result.modified_count == 1:
                return
            if await guard(slots.find_one({"_id": key, "tickets.id": ticket_id})) is not None:
                return  # claimed by an earlier try of this reservation
            if attempt == 0 and not await self._release_stale_slots(key):
                break
        raise TicketLimitReached(max_open or 0)

    async def _release_stale_slots(self, key: str) -> bool:
        """Drop slot entries of tickets that are no longer active, or whose reservation never got a ticket."""
        found = await guard(self._c("open_slots").find_one({"_id": key}))
        entries = found["tickets"] if found else []
        ids = [e["id"] for e in entries]
        statuses = {
            d["_id"]: d["status"]
            for d in await guard(self._c("tickets").find({"_id": {"$in": ids}}, {"status": 1}).to_list())
        }
        now = utcnow()
        stale = [
            e["id"]
            for e in entries
            if (e["id"] in statuses and statuses[e["id"]] not in ACTIVE)
            or (e["id"] not in statuses and policy.reservation_is_stale(e["at"], now))
        ]
        if stale:
            await self._release_slots([key], stale)
        return bool(stale)

    async def _release_slots(self, keys: list[str], ticket_ids: list[int]) -> None:
        await guard(
            self._c("open_slots").update_many(
                {"_id": {"$in": keys}}, {"$pull": {"tickets": {"id": {"$in": ticket_ids}}}}
            )
        )

    async def _restore_slots(self, ticket: Document) -> None:
        """Put an active ticket back in its opener's slot lists (a cancelled close, an imported ticket)."""
        entry = {"id": ticket["_id"], "at": ticket["opened_at"]}
        for key in ticket_slot_keys(ticket):
            await guard(self._c("open_slots").update_one({"_id": key}, {"$addToSet": {"tickets": entry}}, upsert=True))
