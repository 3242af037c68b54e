"""The MongoDB adapter: every record kind's store module, combined, and the schema's upkeep."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import ConfigurationError as MongoConfigurationError
from pymongo.errors import PyMongoError
from typing_extensions import override

from core.errors import ConfigurationError, DatabaseUnavailable
from database.base import DatabaseAdapter
from database.mongo.alerts import MongoAlerts
from database.mongo.api_keys import MongoApiKeys
from database.mongo.audit import MongoAudit
from database.mongo.copying import MongoRecords
from database.mongo.documents import Document
from database.mongo.figures import MongoFigures
from database.mongo.labels import MongoLabels
from database.mongo.lifecycle import MongoTicketLifecycle
from database.mongo.migrations import migrate
from database.mongo.notes import MongoNotes
from database.mongo.panels import MongoPanels
from database.mongo.participants import MongoParticipants
from database.mongo.queries import MongoTicketQueries
from database.mongo.ratings import MongoRatings
from database.mongo.settings import MongoSettings
from database.mongo.store import cause
from database.mongo.tags import MongoTags
from database.mongo.transcripts import MongoTranscripts
from database.mongo.triage import MongoTriage
from database.mongo.upkeep import MongoTicketUpkeep
from database.mongo.web_access import MongoWebAccess
from database.urls import redact_url

log = logging.getLogger(__name__)


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
    MongoWebAccess,
    MongoTags,
    MongoNotes,
    MongoTriage,
    MongoLabels,
    MongoRatings,
    MongoAlerts,
    MongoFigures,
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
        await self._migrate_or_close(self._migrate)
        log.info("MongoDB database %s ready", self.db.name)

    @override
    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client, self._db = None, None

    async def _migrate(self) -> None:
        await migrate(self)
