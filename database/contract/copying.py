"""The storage contract for whole-database access by kind of record, for copying between backends."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Sequence

from database.records import Record, RecordKind


class RecordStore(ABC):
    """Whole-database access by kind of record, for copying between backends."""

    @abstractmethod
    def iter_records(self, kind: RecordKind) -> AsyncIterator[Record]:
        """Yield every stored record of one kind, in key order."""

    @abstractmethod
    async def import_records(self, kind: RecordKind, records: Sequence[Record]) -> None:
        """Insert or replace records of one kind, keeping their ids; running it twice changes nothing."""

    @abstractmethod
    async def count_records(self, kind: RecordKind) -> int:
        """Return how many records of one kind are stored."""
