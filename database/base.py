"""The storage contract every backend implements: the interfaces of ``database.contract``, combined."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Awaitable, Callable
from typing import ClassVar

from database.contract import (
    AlertStore,
    ApiKeyStore,
    AuditStore,
    FigureStore,
    LabelStore,
    NoteStore,
    PanelStore,
    ParticipantStore,
    RatingStore,
    RecordStore,
    SettingsStore,
    TagStore,
    TicketLifecycleStore,
    TicketQueryStore,
    TicketUpkeepStore,
    TranscriptStore,
    TriageStore,
    WebAccessStore,
)
from database.records import Record, RecordKind

__all__ = ["DatabaseAdapter", "Record", "RecordKind"]


class DatabaseAdapter(
    SettingsStore,
    PanelStore,
    TicketLifecycleStore,
    TicketUpkeepStore,
    TicketQueryStore,
    ParticipantStore,
    TranscriptStore,
    ApiKeyStore,
    AuditStore,
    WebAccessStore,
    TagStore,
    NoteStore,
    TriageStore,
    LabelStore,
    RatingStore,
    AlertStore,
    FigureStore,
    RecordStore,
):
    """Persists tickets, settings, panels, transcripts and the audit log.

    Implementations take and return ``core.models`` records, raise ``core.errors`` exceptions and
    enforce the invariants themselves (per-server numbering, the open-ticket limit), so that several
    bot processes can share one database. Each kind of record has its interface in ``database.contract``.
    """

    backend: ClassVar[str]

    @abstractmethod
    async def connect(self) -> None:
        """Open the connection (or pool) and bring the schema up to date."""

    @abstractmethod
    async def close(self) -> None:
        """Release every connection; safe to call twice."""

    async def _migrate_or_close(self, migrate: Callable[[], Awaitable[None]]) -> None:
        """Run ``migrate`` once connected; when it fails, close again, so that no connection or thread outlives it."""
        try:
            await migrate()
        except BaseException:
            await self.close()
            raise
