"""What every SQL store module builds on: sessions, the dialect's hooks and the row mapping."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import replace
from datetime import datetime
from functools import cached_property
from typing import Any, ClassVar, NamedTuple, Protocol, TypeVar

from core.errors import StorageConflict
from core.models import AuditEntry
from core.rules import policy
from database.records import Record, RecordKind
from database.sql.mapping import TABLES, Converter

ACTIVE = tuple(sorted(status.value for status in policy.ACTIVE))
ACTIVE_IN = ", ".join("?" * len(ACTIVE))

T = TypeVar("T")


def insert_sql(verb: str, table: str, cols: Sequence[str]) -> str:
    """Return ``<verb> INTO table (cols) VALUES (?, …)``; dialects append their conflict clause."""
    return f"{verb} INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


Query = tuple[str, Sequence[Any]]  # a statement and its parameters


class ExecResult(NamedTuple):
    """What a statement changed: the rows it touched and the id it inserted."""

    rowcount: int
    lastrowid: int | None


class SQLSession(Protocol):
    """One connection: inside a transaction for writes, in autocommit for reads."""

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        """Run one statement."""
        ...

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """Run a query and return its first row."""
        ...

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a query and return every row."""
        ...


class SQLStore(ABC):
    """The hooks a dialect provides, and the helpers the store modules share.

    Statements use ``?`` placeholders; a dialect's session translates them to its driver's style.
    """

    FOR_UPDATE: ClassVar[str]

    @abstractmethod
    def _session(self) -> AbstractAsyncContextManager[SQLSession]:
        """Open a write transaction that commits on success and rolls back on error."""

    async def _transaction(self, body: Callable[[SQLSession], Awaitable[T]]) -> T:
        """Run ``body`` in one write transaction and return its result.

        ``body`` may await only its session's methods: a dialect may run it whole in its driver's thread.
        """
        async with self._session() as s:
            return await body(s)

    async def _write(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        """Run one statement as a transaction of its own (a dialect may spare it the transaction's round trips)."""

        async def run(s: SQLSession) -> ExecResult:
            return await s.execute(sql, params)

        return await self._transaction(run)

    @abstractmethod
    def _reader(self) -> AbstractAsyncContextManager[SQLSession]:
        """Give a connection for reads outside any transaction; it never waits for writers."""

    @abstractmethod
    def _upsert_sql(self, table: str, cols: Sequence[str], keys: Sequence[str]) -> str:
        """Return an insert-or-update statement for one row."""

    @abstractmethod
    def _insert_ignore_sql(self, table: str, cols: Sequence[str]) -> str:
        """Return an insert that does nothing when the key exists."""

    @abstractmethod
    def _to_db(self, value: datetime) -> Any:
        """Convert an aware UTC datetime to the driver's stored form."""

    @abstractmethod
    def _from_db(self, value: Any) -> datetime:
        """Convert a stored datetime back to an aware UTC datetime."""

    @cached_property
    def _rows(self) -> Converter:
        return Converter(self._to_db, self._from_db)

    def _opt_to_db(self, value: datetime | None) -> Any:
        return None if value is None else self._to_db(value)

    async def _insert(self, s: SQLSession, kind: RecordKind, record: Record, *, ignore: bool = False) -> ExecResult:
        """Insert a record under a new id (its ``id`` column left to the database), or as it is."""
        names, sql = self._insert_statement(kind, ignore=ignore)
        return await s.execute(sql, self._rows.values(kind, record, names))

    async def _insert_with_child(
        self, s: SQLSession, kind: RecordKind, record: Record, child_kind: RecordKind, child: Record, link: str
    ) -> int:
        """End a transaction: insert a record under a new id, then ``child`` with its ``link`` column set to that id.

        Returns the new id. A dialect whose statements cost a round trip each sends both with the commit.
        """
        result = await self._insert(s, kind, record)
        assert result.lastrowid is not None
        await self._insert(s, child_kind, replace(child, **{link: result.lastrowid}))
        return result.lastrowid

    async def _audit_if_changed(self, s: SQLSession, change: Query, entry: AuditEntry) -> AuditEntry | None:
        """End a transaction: run ``change`` and, when it touched one row, store its audit entry.

        Returns the stored entry, or None when nothing changed. A dialect whose statements cost a round trip
        each sends both with the commit.
        """
        if (await s.execute(*change)).rowcount != 1:
            return None
        return await self._insert_audit(s, entry)

    @cached_property
    def _inserts(self) -> dict[tuple[RecordKind, bool], tuple[list[str], str]]:
        """Each kind's insert statement (and its columns), made once: a burst of opens runs them thousands of times."""
        return {}

    def _insert_statement(self, kind: RecordKind, *, ignore: bool = False) -> tuple[list[str], str]:
        """Return a kind's insert statement and its columns, made on first use."""
        if made := self._inserts.get((kind, ignore)):
            return made
        table = TABLES[kind]
        names = [n for n in table.names if not (n == "id" and table.keys == ("id",))]
        sql = self._insert_ignore_sql(table.name, names) if ignore else insert_sql("INSERT", table.name, names)
        self._inserts[kind, ignore] = names, sql
        return names, sql

    async def _insert_unique(self, kind: RecordKind, record: Record, conflict: StorageConflict) -> int:
        """Insert a record under a new id in a transaction of its own; raise ``conflict`` when a unique key refuses it."""
        async with self._session() as s:
            result = await self._insert(s, kind, record, ignore=True)
        if result.rowcount != 1:
            raise conflict
        assert result.lastrowid is not None
        return result.lastrowid

    async def _upsert(self, s: SQLSession, kind: RecordKind, record: Record) -> None:
        """Insert a record, or replace the one stored under its key."""
        table = TABLES[kind]
        await s.execute(
            self._upsert_sql(table.name, table.names, table.keys), self._rows.values(kind, record, table.names)
        )

    async def _insert_audit(self, s: SQLSession, entry: AuditEntry) -> AuditEntry:
        """Store an audit entry inside a transaction that changes a ticket too."""
        result = await self._insert(s, RecordKind.AUDIT_ENTRIES, entry)
        assert result.lastrowid is not None
        return replace(entry, id=result.lastrowid)
