"""MongoDB storage of a server's settings and its ticket types."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from pymongo import ASCENDING
from typing_extensions import override

from core.errors import StorageConflict
from core.models import (
    ClaimMode,
    CloseAction,
    GuildConfig,
    IdleCounts,
    LeaveAction,
    TicketStatus,
    TicketType,
    utcnow,
)
from database.contract import SettingsStore
from database.contract.settings import ticket_type, type_options
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.records import RecordKind
from database.retry import retry_transient


def guild_config(found: docs.Document) -> GuildConfig:
    """Rebuild a server's settings (the choices added since default to what they were before)."""
    values = docs.stored_fields(found, ["guild_id"])
    return GuildConfig(
        **{
            **values,
            "close_action": CloseAction(values["close_action"]),
            "claim_mode": ClaimMode(values.get("claim_mode", ClaimMode.SHARED)),
            "idle_counts": IdleCounts(values.get("idle_counts", IdleCounts.OPENER)),
            "on_opener_leave": LeaveAction(values.get("on_opener_leave", LeaveAction.KEEP)),
        }
    )


def type_document(stored: TicketType) -> docs.Document:
    """Return a ticket type's document: the fields queries need, and its settings as one document."""
    return {
        "_id": stored.id,
        "guild_id": stored.guild_id,
        "name": stored.name,
        "options": type_options(stored),
        "created_at": stored.created_at,
    }


# A thread channel is a type's setting, seen through the server's: never stored with the server's.
CONFIGS = docs.collection(RecordKind.GUILD_CONFIGS, ["guild_id"], skip=["thread_channel_id"], read=guild_config)
TYPES = docs.collection(
    RecordKind.TICKET_TYPES,
    sequenced=True,
    write=type_document,
    read=lambda found: ticket_type(
        found["_id"], found["guild_id"], found["name"], found["created_at"], found["options"]
    ),
)


class MongoSettings(MongoStore, SettingsStore):
    """Settings in ``guild_configs`` (staff roles inside); types in ``ticket_types``.

    Each server's changes are counted in ``settings_changes`` just after they are written, so a process
    that sees the new count reads the change.
    """

    @override
    @retry_transient
    async def get_guild_config(self, guild_id: int) -> GuildConfig | None:
        document = await guard(self._c("guild_configs").find_one({"_id": guild_id}))
        return None if document is None else guild_config(document)

    @override
    @retry_transient
    async def save_guild_config(self, config: GuildConfig) -> None:
        await guard(self._c("guild_configs").replace_one({"_id": config.guild_id}, docs.document(config), upsert=True))
        await self._reschedule_timers({"guild_id": config.guild_id})
        await self._count_change(config.guild_id)

    async def _count_change(self, guild_id: int) -> None:
        """Move the server's count of settings changes on, stamped now."""
        await guard(
            self._c("settings_changes").update_one(
                {"_id": guild_id}, {"$inc": {"version": 1}, "$set": {"changed_at": utcnow()}}, upsert=True
            )
        )

    async def _reschedule_timers(self, tickets: dict[str, Any]) -> None:
        """Have the inactivity and target sweeps look again at the open tickets whose rules may have changed."""
        query = {**tickets, "status": TicketStatus.OPEN.value}
        await guard(self._c("tickets").update_many(query, {"$set": {"idle_due_at": None, "target_due_at": None}}))

    @override
    @retry_transient
    async def list_ticket_types(self, guild_id: int) -> list[TicketType]:
        cursor = self._c("ticket_types").find({"guild_id": guild_id}).sort("_id", ASCENDING)
        return [docs.load(TicketType, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def save_ticket_type(self, ticket_type: TicketType) -> TicketType:
        named = re.compile(f"^{re.escape(ticket_type.name)}$", re.IGNORECASE)
        clash = await guard(
            self._c("ticket_types").find_one(
                {"guild_id": ticket_type.guild_id, "name": named, "_id": {"$ne": ticket_type.id}}
            )
        )
        if clash is not None:
            raise StorageConflict("type_name_taken", name=ticket_type.name)
        stored = ticket_type if ticket_type.id else replace(ticket_type, id=await self._next_id("ticket_types"))
        await guard(self._c("ticket_types").replace_one({"_id": stored.id}, docs.document(stored), upsert=True))
        if ticket_type.id:
            await self._reschedule_timers({"type_id": stored.id})
        await self._count_change(stored.guild_id)
        return stored

    @override
    @retry_transient
    async def delete_ticket_type(self, type_id: int) -> None:
        deleted = await guard(self._c("ticket_types").find_one_and_delete({"_id": type_id}, {"guild_id": 1}))
        if deleted is None:
            return
        await self._reschedule_timers({"type_id": type_id})
        await self._count_change(deleted["guild_id"])

    @override
    @retry_transient
    async def settings_changes(self, since: datetime | None) -> dict[int, tuple[int, datetime]]:
        query = {} if since is None else {"changed_at": {"$gte": since}}
        cursor = self._c("settings_changes").find(query)
        return {found["_id"]: (found["version"], found["changed_at"]) for found in await guard(cursor.to_list())}
