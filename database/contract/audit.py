"""The storage contract for the audit log of what happened to tickets and settings."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime

from core.models import AuditEntry
from database.records import RecordKind

AUDIT_ENTRIES = RecordKind.declare("audit_entries", AuditEntry, 90)


class AuditStore(ABC):
    """The audit log of what happened to tickets and settings."""

    @abstractmethod
    async def add_audit_entry(self, entry: AuditEntry) -> AuditEntry:
        """Store an audit entry and return it with its id."""

    @abstractmethod
    async def list_audit_entries(self, guild_id: int, limit: int = 50) -> list[AuditEntry]:
        """Return a server's newest audit entries, newest first."""

    @abstractmethod
    async def has_audit_entry(self, guild_id: int, ticket_id: int, action: str, since: datetime) -> bool:
        """Whether the ticket has an entry of ``action`` recorded at or after ``since``."""
