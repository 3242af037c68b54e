"""MongoDB's schema: the indexes every version needs, and the steps that changed stored documents.

Documents need no schema of their own (fields added later take their defaults when read), so bringing
a database up to date creates the indexes and runs the steps of the versions it had not reached yet.
A new version raises ``SCHEMA_VERSION`` and, when stored documents must change, adds a step.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pymongo import ASCENDING, DESCENDING, TEXT

from core.models import TicketType
from database.mongo.settings import MongoSettings
from database.mongo.store import guard

SCHEMA_VERSION = 14
# What earlier releases stored as a server's welcome when the admin wrote none (schema 10 empties it).
OLD_DEFAULT_WELCOME = "Thanks for reaching out! Describe your issue and a staff member will be with you shortly."

# (collection, keys, options), in the order they were added.
INDEXES: tuple[tuple[str, list[tuple[str, int | str]], dict[str, Any]], ...] = (
    ("tickets", [("guild_id", ASCENDING), ("number", ASCENDING)], {"unique": True}),
    ("tickets", [("channel_id", ASCENDING)], {}),
    ("tickets", [("guild_id", ASCENDING), ("opener_id", ASCENDING), ("status", ASCENDING)], {}),
    ("tickets", [("status", ASCENDING), ("guild_id", ASCENDING)], {}),
    ("panels", [("guild_id", ASCENDING)], {}),
    ("participants", [("ticket_id", ASCENDING)], {}),
    ("api_keys", [("key_hash", ASCENDING)], {"unique": True}),
    ("api_keys", [("guild_id", ASCENDING), ("_id", ASCENDING)], {}),
    ("transcript_files", [("ticket_id", ASCENDING), ("position", ASCENDING), ("part", ASCENDING)], {}),
    ("audit_entries", [("guild_id", ASCENDING), ("_id", DESCENDING)], {}),
    ("ticket_types", [("guild_id", ASCENDING)], {}),
    ("tickets", [("close_due_at", ASCENDING)], {"sparse": True}),
    ("tickets", [("guild_id", ASCENDING), ("status", ASCENDING), ("active_at", ASCENDING)], {}),
    ("tickets", [("guild_id", ASCENDING), ("status", ASCENDING), ("opener_active_at", ASCENDING)], {}),
    ("tickets", [("unsynced_since", ASCENDING)], {"sparse": True}),
    ("tickets", [("status", ASCENDING), ("idle_due_at", ASCENDING)], {}),
    ("settings_changes", [("changed_at", ASCENDING)], {}),
    ("tags", [("guild_id", ASCENDING), ("name_key", ASCENDING)], {"unique": True}),
    ("tags", [("guild_id", ASCENDING), ("name", TEXT), ("content", TEXT)], {"name": "tags_search"}),
    ("ticket_notes", [("ticket_id", ASCENDING), ("_id", ASCENDING)], {}),
    ("labels", [("guild_id", ASCENDING), ("name_key", ASCENDING)], {"unique": True}),
    ("ticket_labels", [("label_id", ASCENDING), ("ticket_id", ASCENDING)], {}),
    ("ticket_labels", [("ticket_id", ASCENDING)], {}),
    ("tickets", [("guild_id", ASCENDING), ("opened_at", ASCENDING)], {}),
    ("tickets", [("guild_id", ASCENDING), ("closed_at", ASCENDING)], {}),
    ("tickets", [("status", ASCENDING), ("target_due_at", ASCENDING)], {}),
    ("participants", [("user_id", ASCENDING)], {}),
)


async def add_default_types(store: MongoSettings) -> None:
    """Give every configured server one type with nothing set, which behaves as before (schema 3)."""
    async for config in store._c("guild_configs").find({"ticket_category_id": {"$ne": None}}).sort("_id"):
        if await guard(store._c("ticket_types").find_one({"guild_id": config["_id"]})) is None:
            await store.save_ticket_type(TicketType(0, config["_id"], "Support", created_at=config["updated_at"]))


async def start_activity_clocks(store: MongoSettings) -> None:
    """Tickets made before inactivity was tracked count from when they opened (schema 4)."""
    tickets = store._c("tickets")
    async for found in tickets.find({"active_at": {"$exists": False}}, {"opened_at": 1}):
        opened = found["opened_at"]
        await guard(
            tickets.update_one({"_id": found["_id"]}, {"$set": {"active_at": opened, "opener_active_at": opened}})
        )


async def empty_default_welcomes(store: MongoSettings) -> None:
    """Empty the welcomes stored as the old English default: the default in the ticket's language (schema 10)."""
    await guard(
        store._c("guild_configs").update_many(
            {"welcome_message": OLD_DEFAULT_WELCOME}, {"$set": {"welcome_message": ""}}
        )
    )


async def normal_priorities(store: MongoSettings) -> None:
    """Give every ticket stored before priorities the normal one (schema 11)."""
    await guard(store._c("tickets").update_many({"priority": {"$exists": False}}, {"$set": {"priority": "normal"}}))


# (version, step): a database stored before ``version`` runs the step, in this order; a new one needs none.
STEPS: tuple[tuple[int, Callable[[MongoSettings], Awaitable[None]]], ...] = (
    (3, add_default_types),
    (4, start_activity_clocks),
    (10, empty_default_welcomes),
    (11, normal_priorities),
)


async def migrate(store: MongoSettings) -> None:
    """Bring the database's indexes and documents up to ``SCHEMA_VERSION``."""
    meta = await guard(store._c("schema_version").find_one({"_id": "schema"}))
    if meta is not None and meta["version"] >= SCHEMA_VERSION:
        return
    for collection, keys, options in INDEXES:
        await guard(store._c(collection).create_index(keys, **options))
    for version, step in STEPS:
        if meta is not None and meta["version"] < version:
            await step(store)
    await guard(
        store._c("schema_version").replace_one(
            {"_id": "schema"}, {"_id": "schema", "version": SCHEMA_VERSION}, upsert=True
        )
    )
