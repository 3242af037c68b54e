"""The MongoDB adapter: every record kind's store module, combined, and the schema's upkeep."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from pymongo import ASCENDING, DESCENDING, AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import ConfigurationError as MongoConfigurationError
from pymongo.errors import PyMongoError
from typing_extensions import override

from core.errors import ConfigurationError, DatabaseUnavailable
from core.models import TicketType
from database.base import DatabaseAdapter
from database.mongo.api_keys import MongoApiKeys
from database.mongo.audit import MongoAudit
from database.mongo.copying import MongoRecords
from database.mongo.documents import Document
from database.mongo.lifecycle import MongoTicketLifecycle
from database.mongo.panels import MongoPanels
from database.mongo.participants import MongoParticipants
from database.mongo.queries import MongoTicketQueries
from database.mongo.settings import MongoSettings
from database.mongo.store import cause, guard
from database.mongo.transcripts import MongoTranscripts
from database.mongo.upkeep import MongoTicketUpkeep
from database.urls import redact_url

log = logging.getLogger(__name__)

SCHEMA_VERSION = 6


class MongoAdapter(
    MongoSettings,
    MongoPanels,
    MongoTicketLifecycle,
    MongoTicketUpkeep,
    MongoTicketQueries,
    MongoParticipants,
    MongoTranscripts,
    MongoApiKeys,
    MongoAudit,
    MongoRecords,
    DatabaseAdapter,
):
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
            raise DatabaseUnavailable(f"Cannot reach MongoDB at {host}: {cause(error)}") from None
        await self._migrate()
        log.info("MongoDB database %s ready", self.db.name)

    @override
    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client, self._db = None, None

    async def _migrate(self) -> None:
        meta = await guard(self._c("schema_version").find_one({"_id": "schema"}))
        if meta is not None and meta["version"] >= SCHEMA_VERSION:
            return
        tickets = self._c("tickets")
        await guard(tickets.create_index([("guild_id", ASCENDING), ("number", ASCENDING)], unique=True))
        await guard(tickets.create_index([("channel_id", ASCENDING)]))
        await guard(tickets.create_index([("guild_id", ASCENDING), ("opener_id", ASCENDING), ("status", ASCENDING)]))
        await guard(tickets.create_index([("status", ASCENDING), ("guild_id", ASCENDING)]))
        await guard(self._c("panels").create_index([("guild_id", ASCENDING)]))
        await guard(self._c("participants").create_index([("ticket_id", ASCENDING)]))
        await guard(self._c("api_keys").create_index([("key_hash", ASCENDING)], unique=True))
        await guard(self._c("api_keys").create_index([("guild_id", ASCENDING), ("_id", ASCENDING)]))
        await guard(
            self._c("transcript_files").create_index(
                [("ticket_id", ASCENDING), ("position", ASCENDING), ("part", ASCENDING)]
            )
        )
        await guard(self._c("audit_entries").create_index([("guild_id", ASCENDING), ("_id", DESCENDING)]))
        await guard(self._c("ticket_types").create_index([("guild_id", ASCENDING)]))
        await guard(tickets.create_index([("close_due_at", ASCENDING)], sparse=True))
        await guard(tickets.create_index([("guild_id", ASCENDING), ("status", ASCENDING), ("active_at", ASCENDING)]))
        await guard(
            tickets.create_index([("guild_id", ASCENDING), ("status", ASCENDING), ("opener_active_at", ASCENDING)])
        )
        if meta is not None and meta["version"] < 3:
            await self._add_default_types()
        if meta is not None and meta["version"] < 4:
            await self._start_activity_clocks()
        await guard(
            self._c("schema_version").replace_one(
                {"_id": "schema"}, {"_id": "schema", "version": SCHEMA_VERSION}, upsert=True
            )
        )

    async def _add_default_types(self) -> None:
        """Give every configured server one type with nothing set, which behaves as before (schema 3)."""
        async for config in self._c("guild_configs").find({"ticket_category_id": {"$ne": None}}).sort("_id"):
            if await guard(self._c("ticket_types").find_one({"guild_id": config["_id"]})) is None:
                await self.save_ticket_type(TicketType(0, config["_id"], "Support", created_at=config["updated_at"]))

    async def _start_activity_clocks(self) -> None:
        """Tickets made before inactivity was tracked count from when they opened (schema 4)."""
        tickets = self._c("tickets")
        async for document in tickets.find({"active_at": {"$exists": False}}, {"opened_at": 1}):
            opened = document["opened_at"]
            await guard(
                tickets.update_one(
                    {"_id": document["_id"]}, {"$set": {"active_at": opened, "opener_active_at": opened}}
                )
            )
