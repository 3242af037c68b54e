"""MongoDB backend through PyMongo's native asyncio client, without multi-document transactions.

Invariants come from single-document atomic operations, so a standalone mongod works:
- ticket numbers: ``$inc`` on one counter document per server;
- the open-ticket limit: one document per (server, member) whose ``tickets`` array is pushed to only
  while it holds fewer than the limit (``tickets.<limit-1>`` must not exist);
- ids: ``$inc`` on a sequence document per collection, so ids are integers as on the SQL backends.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Sequence
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias, TypeVar
from urllib.parse import urlsplit

from pymongo import ASCENDING, DESCENDING, AsyncMongoClient, ReplaceOne, ReturnDocument
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import ConfigurationError as MongoConfigurationError
from pymongo.errors import ConnectionFailure, DuplicateKeyError, PyMongoError
from typing_extensions import override

from core.errors import (
    ConfigurationError,
    DatabaseError,
    DatabaseUnavailable,
    NotFoundError,
    TicketLimitReached,
    TransientDatabaseError,
    UserInputError,
)
from core.models import (
    ApiKey,
    AuditEntry,
    ClaimMode,
    CloseAction,
    Closure,
    FileChunk,
    GuildConfig,
    GuildCounter,
    IdleCounts,
    LeaveAction,
    Panel,
    PanelStyle,
    Participant,
    ParticipantRole,
    Revoked,
    Ticket,
    TicketRequest,
    TicketSearch,
    TicketStatus,
    TicketType,
    Transcript,
    TranscriptFile,
    WebRevocation,
    utcnow,
)
from core.rules import policy
from database.base import (
    DatabaseAdapter,
    Record,
    RecordKind,
    answers,
    as_bytes,
    chunked,
    joined,
    ticket_type,
    type_options,
)
from database.retry import retry_transient
from database.urls import redact_url

log = logging.getLogger(__name__)

T = TypeVar("T")
Document: TypeAlias = dict[str, Any]
ACTIVE = [status.value for status in policy.ACTIVE]
SCHEMA_VERSION = 6
COLLECTIONS = {
    RecordKind.GUILD_CONFIGS: "guild_configs",
    RecordKind.COUNTERS: "counters",
    RecordKind.TICKET_TYPES: "ticket_types",
    RecordKind.PANELS: "panels",
    RecordKind.TICKETS: "tickets",
    RecordKind.PARTICIPANTS: "participants",
    RecordKind.TRANSCRIPTS: "transcripts",
    RecordKind.TRANSCRIPT_FILES: "transcript_files",
    RecordKind.API_KEYS: "api_keys",
    RecordKind.AUDIT_ENTRIES: "audit_entries",
    RecordKind.WEB_REVOCATIONS: "web_revocations",
}
SEQUENCED = {
    RecordKind.TICKET_TYPES: "ticket_types",
    RecordKind.PANELS: "panels",
    RecordKind.TICKETS: "tickets",
    RecordKind.AUDIT_ENTRIES: "audit_entries",
}


async def _guard(operation: Awaitable[T]) -> T:
    """Translate driver errors into ours: lost connections are transient, the rest are not."""
    try:
        return await operation
    except ConnectionFailure as error:
        raise TransientDatabaseError() from error
    except PyMongoError as error:
        raise DatabaseError() from error


def _cause(error: PyMongoError) -> str:
    """Return the first reason a connection failed, without the driver's topology dump."""
    details = getattr(error, "details", None)
    if isinstance(details, dict) and details.get("errmsg"):
        return str(details["errmsg"])
    reason = re.split(r", Timeout:| \(configured timeouts", str(error))[0]
    number = re.search(r"\[Errno (\d+)\]", reason)
    if number:
        return os.strerror(int(number[1])).lower()
    return reason or type(error).__name__


class MongoAdapter(DatabaseAdapter):
    """Stores everything in one MongoDB database; ids are int64, datetimes BSON dates (UTC, milliseconds)."""

    backend = "mongodb"

    def __init__(self, url: str) -> None:
        self.url = url
        self._client: AsyncMongoClient[Document] | None = None
        self._db: AsyncDatabase[Document] | None = None

    @classmethod
    def from_url(cls, url: str) -> MongoAdapter:
        """Build from ``mongodb://host:port/database?options``; the options go to the driver unchanged."""
        return cls(url)

    @property
    def db(self) -> AsyncDatabase[Document]:
        """The connected database."""
        if self._db is None:
            raise DatabaseError("The database is not connected.")
        return self._db

    def _c(self, name: str) -> AsyncCollection[Document]:
        return self.db[name]

    @override
    async def connect(self) -> None:
        try:
            self._client = AsyncMongoClient(self.url, tz_aware=True, serverSelectionTimeoutMS=5000)
            self._db = self._client.get_default_database()
        except (MongoConfigurationError, ValueError) as error:
            raise ConfigurationError(
                f"database.url: {str(error).replace(self.url, redact_url(self.url))}; e.g. mongodb://host:27017/tickets"
            ) from None
        try:
            await self._client.admin.command("ping")
        except PyMongoError as error:
            await self._client.close()
            host = urlsplit(self.url).netloc.rpartition("@")[2]
            raise DatabaseUnavailable(f"Cannot reach MongoDB at {host}: {_cause(error)}") from None
        await self._migrate()
        log.info("MongoDB database %s ready", self.db.name)

    @override
    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client, self._db = None, None

    async def _migrate(self) -> None:
        meta = await _guard(self._c("schema_version").find_one({"_id": "schema"}))
        if meta is not None and meta["version"] >= SCHEMA_VERSION:
            return
        tickets = self._c("tickets")
        await _guard(tickets.create_index([("guild_id", ASCENDING), ("number", ASCENDING)], unique=True))
        await _guard(tickets.create_index([("channel_id", ASCENDING)]))
        await _guard(tickets.create_index([("guild_id", ASCENDING), ("opener_id", ASCENDING), ("status", ASCENDING)]))
        await _guard(tickets.create_index([("status", ASCENDING), ("guild_id", ASCENDING)]))
        await _guard(self._c("panels").create_index([("guild_id", ASCENDING)]))
        await _guard(self._c("participants").create_index([("ticket_id", ASCENDING)]))
        await _guard(self._c("api_keys").create_index([("key_hash", ASCENDING)], unique=True))
        await _guard(self._c("api_keys").create_index([("guild_id", ASCENDING), ("_id", ASCENDING)]))
        await _guard(
            self._c("transcript_files").create_index(
                [("ticket_id", ASCENDING), ("position", ASCENDING), ("part", ASCENDING)]
            )
        )
        await _guard(self._c("audit_entries").create_index([("guild_id", ASCENDING), ("_id", DESCENDING)]))
        await _guard(self._c("ticket_types").create_index([("guild_id", ASCENDING)]))
        await _guard(tickets.create_index([("close_due_at", ASCENDING)], sparse=True))
        await _guard(tickets.create_index([("guild_id", ASCENDING), ("status", ASCENDING), ("active_at", ASCENDING)]))
        await _guard(
            tickets.create_index([("guild_id", ASCENDING), ("status", ASCENDING), ("opener_active_at", ASCENDING)])
        )
        if meta is not None and meta["version"] < 3:
            await self._add_default_types()
        if meta is not None and meta["version"] < 4:
            await self._start_activity_clocks()
        await _guard(
            self._c("schema_version").replace_one(
                {"_id": "schema"}, {"_id": "schema", "version": SCHEMA_VERSION}, upsert=True
            )
        )

    async def _add_default_types(self) -> None:
        """Give every configured server one type with nothing set, which behaves as before (schema 3)."""
        async for config in self._c("guild_configs").find({"ticket_category_id": {"$ne": None}}).sort("_id"):
            if await _guard(self._c("ticket_types").find_one({"guild_id": config["_id"]})) is None:
                await self.save_ticket_type(TicketType(0, config["_id"], "Support", created_at=config["updated_at"]))

    async def _start_activity_clocks(self) -> None:
        """Tickets made before inactivity was tracked count from when they opened (schema 4)."""
        tickets = self._c("tickets")
        async for document in tickets.find({"active_at": {"$exists": False}}, {"opened_at": 1}):
            opened = document["opened_at"]
            await _guard(
                tickets.update_one(
                    {"_id": document["_id"]}, {"$set": {"active_at": opened, "opener_active_at": opened}}
                )
            )

    async def _next_id(self, sequence: str) -> int:
        document = await _guard(
            self._c("sequences").find_one_and_update(
                {"_id": sequence}, {"$inc": {"value": 1}}, upsert=True, return_document=ReturnDocument.AFTER
            )
        )
        assert document is not None, "an upsert returns its document"
        return int(document["value"])

    # Settings

    @override
    @retry_transient
    async def get_guild_config(self, guild_id: int) -> GuildConfig | None:
        document = await _guard(self._c("guild_configs").find_one({"_id": guild_id}))
        return None if document is None else _guild_config(document)

    @override
    @retry_transient
    async def save_guild_config(self, config: GuildConfig) -> None:
        await _guard(self._c("guild_configs").replace_one({"_id": config.guild_id}, _document(config), upsert=True))

    # Ticket types

    @override
    @retry_transient
    async def list_ticket_types(self, guild_id: int) -> list[TicketType]:
        cursor = self._c("ticket_types").find({"guild_id": guild_id}).sort("_id", ASCENDING)
        return [_ticket_type(d) for d in await _guard(cursor.to_list())]

    @override
    @retry_transient
    async def save_ticket_type(self, ticket_type: TicketType) -> TicketType:
        named = re.compile(f"^{re.escape(ticket_type.name)}$", re.IGNORECASE)
        clash = await _guard(
            self._c("ticket_types").find_one(
                {"guild_id": ticket_type.guild_id, "name": named, "_id": {"$ne": ticket_type.id}}
            )
        )
        if clash is not None:
            raise UserInputError(f"There is already a ticket type named “{ticket_type.name}”.")
        stored = ticket_type if ticket_type.id else replace(ticket_type, id=await self._next_id("ticket_types"))
        await _guard(self._c("ticket_types").replace_one({"_id": stored.id}, _document(stored), upsert=True))
        return stored

    @override
    @retry_transient
    async def delete_ticket_type(self, type_id: int) -> None:
        await _guard(self._c("ticket_types").delete_one({"_id": type_id}))

    # Panels

    @override
    @retry_transient
    async def create_panel(self, panel: Panel) -> Panel:
        stored = replace(panel, id=await self._next_id("panels"))
        await _guard(self._c("panels").insert_one(_document(stored)))
        return stored

    @override
    @retry_transient
    async def set_panel_message(self, panel_id: int, message_id: int) -> None:
        await _guard(self._c("panels").update_one({"_id": panel_id}, {"$set": {"message_id": message_id}}))

    @override
    @retry_transient
    async def update_panel(self, panel: Panel) -> None:
        document = _document(panel)
        changes = {k: document[k] for k in ("title", "description", "button_label", "type_ids", "style")}
        await _guard(self._c("panels").update_one({"_id": panel.id}, {"$set": changes}))

    @override
    @retry_transient
    async def get_panel(self, panel_id: int) -> Panel | None:
        document = await _guard(self._c("panels").find_one({"_id": panel_id}))
        return None if document is None else _panel(document)

    @override
    @retry_transient
    async def list_panels(self, guild_id: int) -> list[Panel]:
        cursor = self._c("panels").find({"guild_id": guild_id}).sort("_id", ASCENDING)
        return [_panel(d) for d in await _guard(cursor.to_list())]

    @override
    @retry_transient
    async def delete_panel(self, panel_id: int) -> None:
        await _guard(self._c("panels").delete_one({"_id": panel_id}))

    # Tickets: opening

    @override
    async def reserve_ticket(
        self, request: TicketRequest, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket:
        taken: list[int] = []

        @retry_transient
        async def attempt() -> Ticket:
            if not taken:
                taken.append(await self._next_id("tickets"))
            return await self._reserve(taken[0], request, max_open, type_max_open)

        return await attempt()

    async def _reserve(
        self, ticket_id: int, request: TicketRequest, max_open: int, type_max_open: int | None
    ) -> Ticket:
        """Reserve under a fixed id, so a retry after a dropped connection finds its own claims, not a limit."""
        await self._claim_slots(
            request.guild_id, request.opener_id, request.type_id, ticket_id, max_open, type_max_open
        )
        counter = await _guard(
            self._c("counters").find_one_and_update(
                {"_id": request.guild_id},
                {"$inc": {"last_number": 1}},
                upsert=True,
                return_document=ReturnDocument.AFTER,
            )
        )
        assert counter is not None, "an upsert returns its document"
        ticket = Ticket(
            ticket_id,
            request.guild_id,
            int(counter["last_number"]),
            request.opener_id,
            None,
            TicketStatus.PENDING,
            request.reason,
            request.opened_at,
            type_id=request.type_id,
            answers=request.answers,
            active_at=request.opened_at,
            opener_active_at=request.opened_at,
        )
        stored = await _guard(
            self._c("tickets").find_one_and_update(
                {"_id": ticket_id},
                {"$setOnInsert": _document(ticket)},
                upsert=True,
                return_document=ReturnDocument.AFTER,
            )
        )
        creator = _document(Participant(ticket_id, request.opener_id, ParticipantRole.CREATOR, request.opened_at))
        await _guard(self._c("participants").replace_one({"_id": creator["_id"]}, creator, upsert=True))
        assert stored is not None, "an upsert returns its document"
        return _ticket(stored)

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
        server_slots, *type_slots = _slot_keys(guild_id, opener_id, type_id)
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

    @override
    @retry_transient
    async def reopen_ticket(
        self, ticket_id: int, at: datetime, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket | None:
        tickets = self._c("tickets")
        found = await _guard(tickets.find_one({"_id": ticket_id, "status": TicketStatus.ARCHIVED.value}))
        if found is None:
            return None
        guild_id, opener_id, type_id = found["guild_id"], found["opener_id"], found.get("type_id")
        await self._claim_slots(guild_id, opener_id, type_id, ticket_id, max_open, type_max_open)
        changes = {
            "status": TicketStatus.OPEN.value,
            **dict.fromkeys(
                ("closed_at", "closed_by", "close_reason", "transcript_message_id", "close_due_at", "idle_warned_at")
            ),
            "active_at": at,
            "opener_active_at": at,
        }
        document = await _guard(
            tickets.find_one_and_update(
                {"_id": ticket_id, "status": TicketStatus.ARCHIVED.value},
                {"$set": changes},
                return_document=ReturnDocument.AFTER,
            )
        )
        if document is None:
            # Another reopener won (the slots are its now), or the ticket moved on and holds none.
            now = await _guard(tickets.find_one({"_id": ticket_id}, {"status": 1}))
            if now is None or now["status"] not in ACTIVE:
                await self._release_slots(_slot_keys(guild_id, opener_id, type_id), [ticket_id])
            return None
        return _ticket(document)

    async def _claim_slot(self, key: str, ticket_id: int, max_open: int | None) -> None:
        """Push the ticket into a slot list, which may hold at most ``max_open`` entries (None: any number).

        The entry is stamped with the claim's own time, not the request's: an entry whose ticket does not
        exist yet is released as stale only once no live reservation can still be making it.
        """
        slots = self._c("open_slots")
        try:
            await _guard(slots.insert_one({"_id": key, "tickets": []}))
        except DatabaseError as error:
            if not isinstance(error.__cause__, DuplicateKeyError):
                raise
        entry = {"id": ticket_id, "at": utcnow()}
        for attempt in range(2):
            room = {} if max_open is None else {f"tickets.{max_open - 1}": {"$exists": False}}
            result = await _guard(
                slots.update_one({"_id": key, "tickets.id": {"$ne": ticket_id}, **room}, {"$push": {"tickets": entry}})
            )
            if result.modified_count == 1:
                return
            if await _guard(slots.find_one({"_id": key, "tickets.id": ticket_id})) is not None:
                return  # claimed by an earlier try of this reservation
            if attempt == 0 and not await self._release_stale_slots(key):
                break
        raise TicketLimitReached(max_open or 0)

    async def _release_stale_slots(self, key: str) -> bool:
        """Drop slot entries of tickets that are no longer active, or whose reservation never got a ticket."""
        document = await _guard(self._c("open_slots").find_one({"_id": key}))
        entries = document["tickets"] if document else []
        ids = [e["id"] for e in entries]
        found = {
            d["_id"]: d["status"]
            for d in await _guard(self._c("tickets").find({"_id": {"$in": ids}}, {"status": 1}).to_list())
        }
        now = utcnow()
        stale = [
            e["id"]
            for e in entries
            if (e["id"] in found and found[e["id"]] not in ACTIVE)
            or (e["id"] not in found and policy.reservation_is_stale(e["at"], now))
        ]
        if stale:
            await self._release_slots([key], stale)
        return bool(stale)

    async def _release_slots(self, keys: list[str], ticket_ids: list[int]) -> None:
        await _guard(
            self._c("open_slots").update_many(
                {"_id": {"$in": keys}}, {"$pull": {"tickets": {"id": {"$in": ticket_ids}}}}
            )
        )

    async def _restore_slots(self, document: Document) -> None:
        """Put an active ticket back in its opener's slot lists (a cancelled close, an imported ticket)."""
        entry = {"id": document["_id"], "at": document["opened_at"]}
        for key in _slot_keys(document["guild_id"], document["opener_id"], document.get("type_id")):
            await _guard(self._c("open_slots").update_one({"_id": key}, {"$addToSet": {"tickets": entry}}, upsert=True))

    @override
    @retry_transient
    async def last_opened_at(self, guild_id: int, opener_id: int, type_id: int | None) -> datetime | None:
        document = await _guard(
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
        document = await _guard(
            self._c("tickets").find_one_and_update(
                {"_id": ticket_id, "status": TicketStatus.PENDING.value},
                {"$set": {"channel_id": channel_id, "status": TicketStatus.OPEN.value}},
                projection={"_id": 1},
            )
        )
        if document is not None:
            return await self._insert_audit(entry)
        current = await self.get_ticket(ticket_id)
        if current is None or current.status is not TicketStatus.OPEN or current.channel_id != channel_id:
            raise NotFoundError(f"Ticket {ticket_id} is not waiting for a channel.")
        return entry

    @override
    @retry_transient
    async def discard_ticket(self, ticket_id: int) -> None:
        document = await _guard(
            self._c("tickets").find_one_and_delete({"_id": ticket_id, "status": TicketStatus.PENDING.value})
        )
        if document is not None:
            await _guard(self._c("participants").delete_many({"ticket_id": ticket_id}))
            await self._release_slots(
                _slot_keys(document["guild_id"], document["opener_id"], document.get("type_id")), [ticket_id]
            )

    @override
    @retry_transient
    async def set_claim(self, ticket_id: int, claimer_id: int | None, expected: int | None) -> bool:
        result = await _guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "claimed_by": expected},
                {"$set": {"claimed_by": claimer_id}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def set_close_due(self, ticket_id: int, due_at: datetime | None, reason: str | None) -> bool:
        result = await _guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value},
                {"$set": {"close_due_at": due_at, "close_reason": reason}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def list_due_closes(self, now: datetime) -> list[Ticket]:
        # "$ne": None as well: comparison operators must not match a missing date (some servers let them).
        due = {"$ne": None, "$lte": now}
        cursor = self._c("tickets").find({"status": TicketStatus.OPEN.value, "close_due_at": due}).sort("_id")
        return [_ticket(d) for d in await _guard(cursor.to_list())]

    @override
    @retry_transient
    async def set_ticket_type(self, ticket_id: int, type_id: int | None, expected: int | None) -> bool:
        tickets = self._c("tickets")
        found = await _guard(
            tickets.find_one({"_id": ticket_id, "status": TicketStatus.OPEN.value, "type_id": expected})
        )
        if found is None:
            return False
        if type_id == expected:
            return True
        # The opener's slot in the old type's list moves to the new type's (limits are checked by the caller).
        old_keys, new_keys = (_slot_keys(found["guild_id"], found["opener_id"], t)[1:] for t in (expected, type_id))
        for key in new_keys:
            await self._claim_slot(key, ticket_id, None)
        result = await _guard(
            tickets.update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "type_id": expected},
                {"$set": {"type_id": type_id}},
            )
        )
        if result.matched_count != 1:
            # Another mover won (the new slot is its now), or the ticket closed.
            now = await _guard(tickets.find_one({"_id": ticket_id}, {"status": 1, "type_id": 1}))
            if now is None or now["status"] not in ACTIVE or now.get("type_id") != type_id:
                await self._release_slots(new_keys, [ticket_id])
            return False
        await self._release_slots(old_keys, [ticket_id])
        return True

    # Tickets: inactivity

    @override
    @retry_transient
    async def record_activity(self, ticket_id: int, at: datetime, *, by_opener: bool) -> None:
        later = {"active_at": at, **({"opener_active_at": at} if by_opener else {})}
        await _guard(
            self._c("tickets").update_one({"_id": ticket_id, "status": TicketStatus.OPEN.value}, {"$max": later})
        )

    @override
    @retry_transient
    async def list_idle(self, guild_id: int, before: datetime, *, by_opener: bool) -> list[Ticket]:
        column = "opener_active_at" if by_opener else "active_at"
        query = {
            "guild_id": guild_id,
            "status": TicketStatus.OPEN.value,
            column: {"$ne": None, "$lte": before},
            "auto_close": {"$ne": False},
        }
        cursor = self._c("tickets").find(query).sort("_id")
        return [_ticket(d) for d in await _guard(cursor.to_list())]

    @override
    @retry_transient
    async def mark_idle_warned(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        result = await _guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "idle_warned_at": expected},
                {"$set": {"idle_warned_at": at}},
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def set_auto_close(self, ticket_id: int, enabled: bool) -> bool:
        result = await _guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value}, {"$set": {"auto_close": enabled}}
            )
        )
        return result.matched_count == 1

    @override
    @retry_transient
    async def mark_opener_left(self, ticket_id: int, at: datetime) -> bool:
        result = await _guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value, "opener_left_at": None},
                {"$set": {"opener_left_at": at}},
            )
        )
        return result.matched_count == 1

    # Tickets: closing

    @override
    @retry_transient
    async def begin_close(self, ticket_id: int, closure: Closure) -> bool:
        changes = {
            "status": TicketStatus.CLOSING.value,
            "closed_by": closure.closed_by,
            "close_reason": closure.reason,
            "closed_at": closure.closed_at,
        }
        document = await _guard(
            self._c("tickets").find_one_and_update(
                {"_id": ticket_id, "status": TicketStatus.OPEN.value}, {"$set": changes}
            )
        )
        if document is None:
            return False
        await self._release_slots(
            _slot_keys(document["guild_id"], document["opener_id"], document.get("type_id")), [ticket_id]
        )
        return True

    @override
    @retry_transient
    async def cancel_close(self, ticket_id: int) -> bool:
        document = await _guard(
            self._c("tickets").find_one_and_update(
                {"_id": ticket_id, "status": TicketStatus.CLOSING.value},
                {
                    "$set": {
                        "status": TicketStatus.OPEN.value,
                        "closed_by": None,
                        "close_reason": None,
                        "closed_at": None,
                        "close_due_at": None,
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
    async def save_transcript(self, transcript: Transcript) -> None:
        document = _document(transcript)
        await _guard(self._c("transcripts").replace_one({"_id": document["_id"]}, document, upsert=True))

    @override
    @retry_transient
    async def set_transcript_message(self, ticket_id: int, message_id: int) -> None:
        await _guard(self._c("tickets").update_one({"_id": ticket_id}, {"$set": {"transcript_message_id": message_id}}))

    @override
    @retry_transient
    async def finish_close(self, ticket_id: int, status: TicketStatus, entry: AuditEntry) -> AuditEntry | None:
        result = await _guard(
            self._c("tickets").update_one(
                {"_id": ticket_id, "status": TicketStatus.CLOSING.value}, {"$set": {"status": status.value}}
            )
        )
        if result.modified_count != 1:
            return None
        return await self._insert_audit(entry)

    # Tickets: reading

    @override
    @retry_transient
    async def get_ticket(self, ticket_id: int) -> Ticket | None:
        document = await _guard(self._c("tickets").find_one({"_id": ticket_id}))
        return None if document is None else _ticket(document)

    @override
    @retry_transient
    async def get_ticket_by_channel(self, channel_id: int) -> Ticket | None:
        document = await _guard(self._c("tickets").find_one({"channel_id": channel_id}))
        return None if document is None else _ticket(document)

    @override
    @retry_transient
    async def list_tickets(
        self, statuses: Collection[TicketStatus], guild_id: int | None = None, *, opener_id: int | None = None
    ) -> list[Ticket]:
        query: dict[str, Any] = {"status": {"$in": [status.value for status in statuses]}}
        if guild_id is not None:
            query["guild_id"] = guild_id
        if opener_id is not None:
            query["opener_id"] = opener_id
        cursor = self._c("tickets").find(query).sort("_id", ASCENDING)
        return [_ticket(d) for d in await _guard(cursor.to_list())]

    @override
    @retry_transient
    async def search_tickets(self, search: TicketSearch) -> list[Ticket]:
        query: dict[str, Any] = {"guild_id": search.guild_id}
        number: dict[str, int] = {}
        if search.number is not None:
            number["$eq"] = search.number
        if search.below_number is not None:
            number["$lt"] = search.below_number
        if number:
            query["number"] = number
        if search.opener_id is not None:
            query["opener_id"] = search.opener_id
        if search.type_ids is not None:
            query["type_id"] = {"$in": list(search.type_ids)}
        if search.statuses:
            query["status"] = {"$in": [s.value for s in search.statuses]}
        opened = {
            operator: moment
            for operator, moment in (("$gte", search.opened_from), ("$lt", search.opened_before))
            if moment is not None
        }
        if opened:
            query["opened_at"] = opened
        cursor = self._c("tickets").find(query).sort("number", DESCENDING).limit(search.limit)
        return [_ticket(d) for d in await _guard(cursor.to_list())]

    @override
    @retry_transient
    async def count_open_tickets(self, guild_id: int | None = None) -> int:
        server = {} if guild_id is None else {"guild_id": guild_id}
        return await _guard(self._c("tickets").count_documents({**server, "status": TicketStatus.OPEN.value}))

    # Participants

    @override
    @retry_transient
    async def add_participant(self, participant: Participant) -> bool:
        try:
            await _guard(self._c("participants").insert_one(_document(participant)))
        except DatabaseError as error:
            if isinstance(error.__cause__, DuplicateKeyError):
                return False
            raise
        return True

    @override
    @retry_transient
    async def remove_participant(self, ticket_id: int, user_id: int) -> bool:
        result = await _guard(self._c("participants").delete_one({"_id": f"{ticket_id}:{user_id}"}))
        return result.deleted_count == 1

    @override
    @retry_transient
    async def list_participants(self, ticket_id: int) -> list[Participant]:
        cursor = (
            self._c("participants")
            .find({"ticket_id": ticket_id})
            .sort([("added_at", ASCENDING), ("user_id", ASCENDING)])
        )
        return [_participant(d) for d in await _guard(cursor.to_list())]

    # Transcripts and audit

    @override
    @retry_transient
    async def get_transcript(self, ticket_id: int) -> Transcript | None:
        document = await _guard(self._c("transcripts").find_one({"_id": ticket_id}))
        return None if document is None else _transcript(document)

    @override
    @retry_transient
    async def create_api_key(self, key: ApiKey) -> ApiKey:
        stored = replace(key, id=await self._next_id("api_keys"))
        await _guard(self._c("api_keys").insert_one(_document(stored)))
        return stored

    @override
    @retry_transient
    async def find_api_key(self, key_hash: str) -> ApiKey | None:
        document = await _guard(self._c("api_keys").find_one({"key_hash": key_hash}))
        return None if document is None else _api_key(document)

    @override
    @retry_transient
    async def list_api_keys(self, guild_id: int) -> list[ApiKey]:
        cursor = self._c("api_keys").find({"guild_id": guild_id, "revoked_at": None}).sort("_id", ASCENDING)
        return [_api_key(d) for d in await _guard(cursor.to_list())]

    @override
    @retry_transient
    async def revoke_api_key(self, key_id: int, at: datetime) -> bool:
        result = await _guard(
            self._c("api_keys").update_one({"_id": key_id, "revoked_at": None}, {"$set": {"revoked_at": at}})
        )
        return result.modified_count == 1

    @override
    @retry_transient
    async def save_transcript_files(self, ticket_id: int, files: Sequence[TranscriptFile]) -> None:
        collection = self._c("transcript_files")
        await _guard(collection.delete_many({"ticket_id": ticket_id}))
        documents = [_document(chunk) for chunk in chunked(files)]
        if documents:
            await _guard(collection.insert_many(documents, ordered=False))

    @override
    @retry_transient
    async def get_transcript_file(self, ticket_id: int, position: int) -> TranscriptFile | None:
        cursor = self._c("transcript_files").find({"ticket_id": ticket_id, "position": position}).sort("part")
        return joined([_file_chunk(d) for d in await _guard(cursor.to_list())])

    @override
    @retry_transient
    async def add_audit_entry(self, entry: AuditEntry) -> AuditEntry:
        return await self._insert_audit(entry)

    async def _insert_audit(self, entry: AuditEntry) -> AuditEntry:
        stored = replace(entry, id=await self._next_id("audit_entries"))
        await _guard(self._c("audit_entries").insert_one(_document(stored)))
        return stored

    @override
    @retry_transient
    async def list_audit_entries(self, guild_id: int, limit: int = 50) -> list[AuditEntry]:
        cursor = self._c("audit_entries").find({"guild_id": guild_id}).sort("_id", DESCENDING).limit(limit)
        return [_audit(d) for d in await _guard(cursor.to_list())]

    # Web revocations

    @override
    @retry_transient
    async def revoke_web_access(self, revocation: WebRevocation) -> None:
        document = _document(revocation)
        await _guard(
            self._c("web_revocations").update_one(
                {"_id": document["_id"]},
                {
                    "$max": {"revoked_at": revocation.revoked_at},
                    "$setOnInsert": {"kind": document["kind"], "subject_id": revocation.subject_id},
                },
                upsert=True,
            )
        )

    @override
    @retry_transient
    async def web_access_revoked_at(self, kind: Revoked, subject_id: int) -> datetime | None:
        document = await _guard(self._c("web_revocations").find_one({"_id": f"{kind.value}:{subject_id}"}))
        return None if document is None else document["revoked_at"]

    # Whole-database access

    @override
    async def iter_records(self, kind: RecordKind) -> AsyncIterator[Record]:
        sort = (
            [("ticket_id", ASCENDING), ("user_id", ASCENDING)]
            if kind is RecordKind.PARTICIPANTS
            else [("ticket_id", ASCENDING), ("position", ASCENDING), ("part", ASCENDING)]
            if kind is RecordKind.TRANSCRIPT_FILES
            else [("_id", ASCENDING)]
        )
        cursor = self._c(COLLECTIONS[kind]).find({}).sort(sort)
        async for document in cursor:
            yield READERS[kind](document)

    @override
    @retry_transient
    async def import_records(self, kind: RecordKind, records: Sequence[Record]) -> None:
        if not records:
            return
        documents = [_document(r) for r in records]
        await _guard(
            self._c(COLLECTIONS[kind]).bulk_write([ReplaceOne({"_id": d["_id"]}, d, upsert=True) for d in documents])
        )
        if kind in SEQUENCED:
            top = max(d["_id"] for d in documents)
            await _guard(
                self._c("sequences").update_one({"_id": SEQUENCED[kind]}, {"$max": {"value": top}}, upsert=True)
            )
        if kind is RecordKind.TICKETS:
            for document in documents:
                if policy.is_active(TicketStatus(document["status"])):
                    await self._restore_slots(document)

    @override
    @retry_transient
    async def count_records(self, kind: RecordKind) -> int:
        return await _guard(self._c(COLLECTIONS[kind]).count_documents({}))


# Documents


def _slot_keys(guild_id: int, opener_id: int, type_id: int | None) -> list[str]:
    """Return the slot lists a ticket counts in: its opener's in the server, and in its type if it has one."""
    server = f"{guild_id}:{opener_id}"
    return [server] if type_id is None else [server, f"{server}:type:{type_id}"]


def _document(record: Record) -> dict[str, Any]:
    """Turn a record into its document; enums become their values."""
    if isinstance(record, TicketType):
        return {
            "_id": record.id,
            "guild_id": record.guild_id,
            "name": record.name,
            "options": type_options(record),
            "created_at": record.created_at,
        }
    fields = {name: getattr(record, name) for name in record.__slots__}
    fields = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in fields.items()}
    match record:
        case GuildConfig():
            fields["_id"] = fields.pop("guild_id")
            del fields["thread_channel_id"]  # a type's setting, seen through the server's (not stored)
        case GuildCounter():
            fields["_id"] = fields.pop("guild_id")
        case Participant():
            fields["_id"] = f"{record.ticket_id}:{record.user_id}"
        case Transcript():
            fields["_id"] = fields.pop("ticket_id")
        case FileChunk():
            fields["_id"] = f"{record.ticket_id}:{record.position}:{record.part}"
        case WebRevocation():
            fields["_id"] = f"{record.kind.value}:{record.subject_id}"
        case _:
            fields["_id"] = fields.pop("id")
    return fields


def _fields(document: dict[str, Any], key: str) -> dict[str, Any]:
    fields = {k: v for k, v in document.items() if k != "_id"}
    fields[key] = document["_id"]
    return fields


def _guild_config(document: dict[str, Any]) -> GuildConfig:
    fields = _fields(document, "guild_id")
    return GuildConfig(
        **{
            **fields,
            "close_action": CloseAction(fields["close_action"]),
            "claim_mode": ClaimMode(fields.get("claim_mode", ClaimMode.SHARED)),
            "idle_counts": IdleCounts(fields.get("idle_counts", IdleCounts.OPENER)),
            "on_opener_leave": LeaveAction(fields.get("on_opener_leave", LeaveAction.KEEP)),
        }
    )


def _counter(document: dict[str, Any]) -> GuildCounter:
    return GuildCounter(document["_id"], int(document["last_number"]))


def _ticket_type(document: dict[str, Any]) -> TicketType:
    return ticket_type(
        document["_id"], document["guild_id"], document["name"], document["created_at"], document["options"]
    )


def _panel(document: dict[str, Any]) -> Panel:
    fields = _fields(document, "id")
    return Panel(
        **{
            **fields,
            "type_ids": tuple(fields.get("type_ids") or ()),
            "style": PanelStyle(fields.get("style", PanelStyle.BUTTONS)),
        }
    )


def _ticket(document: dict[str, Any]) -> Ticket:
    fields = _fields(document, "id")
    return Ticket(**{**fields, "status": TicketStatus(fields["status"]), "answers": answers(fields.get("answers"))})


def _participant(document: dict[str, Any]) -> Participant:
    fields = {k: v for k, v in document.items() if k != "_id"}
    return Participant(**{**fields, "role": ParticipantRole(fields["role"])})


def _transcript(document: dict[str, Any]) -> Transcript:
    fields = _fields(document, "ticket_id")
    return Transcript(**{**fields, "html": as_bytes(fields["html"]), "text": as_bytes(fields["text"])})


def _file_chunk(document: dict[str, Any]) -> FileChunk:
    fields = {k: v for k, v in document.items() if k != "_id"}
    return FileChunk(**{**fields, "data": bytes(fields["data"])})


def _api_key(document: dict[str, Any]) -> ApiKey:
    return ApiKey(**_fields(document, "id"))


def _audit(document: dict[str, Any]) -> AuditEntry:
    return AuditEntry(**_fields(document, "id"))


READERS: dict[RecordKind, Callable[[dict[str, Any]], Record]] = {
    RecordKind.GUILD_CONFIGS: _guild_config,
    RecordKind.COUNTERS: _counter,
    RecordKind.TICKET_TYPES: _ticket_type,
    RecordKind.PANELS: _panel,
    RecordKind.TICKETS: _ticket,
    RecordKind.PARTICIPANTS: _participant,
    RecordKind.TRANSCRIPTS: _transcript,
    RecordKind.TRANSCRIPT_FILES: _file_chunk,
    RecordKind.AUDIT_ENTRIES: _audit,
    RecordKind.API_KEYS: _api_key,
    RecordKind.WEB_REVOCATIONS: lambda d: WebRevocation(Revoked(d["kind"]), d["subject_id"], d["revoked_at"]),
}
