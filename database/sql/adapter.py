"""The SQL adapter: every record kind's store module, combined, and the schema's migrations."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from typing import ClassVar

from core.errors import DatabaseError, DatabaseUnavailable
from database.base import DatabaseAdapter
from database.sql.alerts import SQLAlerts
from database.sql.api_keys import SQLApiKeys
from database.sql.audit import SQLAudit
from database.sql.copying import SQLRecords
from database.sql.figures import SQLFigures
from database.sql.labels import SQLLabels
from database.sql.lifecycle import SQLTicketLifecycle
from database.sql.notes import SQLNotes
from database.sql.panels import SQLPanels
from database.sql.participants import SQLParticipants
from database.sql.queries import SQLTicketQueries
from database.sql.ratings import SQLRatings
from database.sql.tags import SQLTags
from database.sql.transcripts import SQLTranscripts
from database.sql.triage import SQLTriage
from database.sql.upkeep import SQLTicketUpkeep
from database.sql.web_access import SQLWebAccess


class SQLAdapter(
    SQLRecords,  # the settings' store (SQLSettings) too: copying goes through it
    SQLPanels,
    SQLTicketLifecycle,
    SQLTicketUpkeep,
    SQLTicketQueries,
    SQLParticipants,
    SQLTranscripts,
    SQLApiKeys,
    SQLAudit,
    SQLWebAccess,
    SQLTags,
    SQLNotes,
    SQLTriage,
    SQLLabels,
    SQLRatings,
    SQLAlerts,
    SQLFigures,
    DatabaseAdapter,
):
    """Implements the adapter contract on top of a dialect's sessions."""

    MIGRATIONS: ClassVar[Sequence[Sequence[str]]]

    @property
    @abstractmethod
    def where(self) -> str:
        """Name the database as a message to the operator does (never with its password)."""

    async def _migrate(self) -> None:
        """Apply, each in a transaction of its own, the migrations after the schema's recorded version."""
        async with self._session() as s:
            await s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = await s.fetchone("SELECT MAX(version) FROM schema_version")
        current = row[0] if row and row[0] is not None else 0
        for version, statements in enumerate(self.MIGRATIONS[current:], start=current + 1):
            try:
                async with self._session() as s:
                    for statement in statements:
                        await s.execute(statement)
                    await s.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            except DatabaseError as error:  # another application's tables, most likely
                cause = error.__cause__ or error
                why = cause.args[-1] if cause.args else cause
                raise DatabaseUnavailable(
                    f"Cannot set up the tables in {self.where}: step {version} of the schema failed ({why}); "
                    "point database.url at an empty database, or at one this bot made"
                ) from None
