"""SQLite backend: the embedded default, one file, one connection."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from core.errors import DatabaseError, DatabaseUnavailable, TransientDatabaseError
from database.sql import ExecResult, SQLAdapter, insert_sql

log = logging.getLogger(__name__)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE guild_configs (
            guild_id INTEGER PRIMARY KEY,
            ticket_category_id INTEGER,
            log_channel_id INTEGER,
            archive_category_id INTEGER,
            close_action TEXT NOT NULL CHECK (close_action IN ('delete', 'archive')),
            max_open_tickets INTEGER NOT NULL CHECK (max_open_tickets >= 1),
            channel_name_template TEXT NOT NULL,
            welcome_message TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        )""",
        """CREATE TABLE staff_roles (
            guild_id INTEGER NOT NULL REFERENCES guild_configs (guild_id) ON DELETE CASCADE,
            role_id INTEGER NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (guild_id, role_id)
        )""",
        """CREATE TABLE counters (
            guild_id INTEGER PRIMARY KEY,
            last_number INTEGER NOT NULL
        )""",
        """CREATE TABLE panels (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            guild_id INTEGER NOT NULL,
            channel_id INTEGER NOT NULL,
            message_id INTEGER,
            title TEXT NOT NULL,
            description TEXT NOT NULL,
            button_label TEXT NOT NULL,
            created_by INTEGER NOT NULL,
            created_at INTEGER NOT NULL
        )""",
        "CREATE INDEX panels_guild ON panels (guild_id)",
        """CREATE TABLE tickets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            guild_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            opener_id INTEGER NOT NULL,
            channel_id INTEGER UNIQUE,
            status TEXT NOT NULL CHECK (status IN ('pending', 'open', 'closed', 'archived')),
            reason TEXT,
            opened_at INTEGER NOT NULL,
            closed_at INTEGER,
            closed_by INTEGER,
            close_reason TEXT,
            UNIQUE (guild_id, number)
        )""",
        "CREATE INDEX tickets_opener ON tickets (guild_id, opener_id, status)",
        "CREATE INDEX tickets_status ON tickets (status, guild_id)",
        """CREATE TABLE participants (
            ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('creator', 'staff', 'participant')),
            added_at INTEGER NOT NULL,
            PRIMARY KEY (ticket_id, user_id)
        )""",
        """CREATE TABLE transcripts (
            ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
            message_count INTEGER NOT NULL,
            html TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at INTEGER NOT NULL
        )""",
        """CREATE TABLE audit_entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            guild_id INTEGER NOT NULL,
            ticket_id INTEGER,
            actor_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            details TEXT NOT NULL,
            created_at INTEGER NOT NULL
        )""",
        "CREATE INDEX audit_guild ON audit_entries (guild_id, id)",
    ),
)


class _Session:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        cursor = await self._connection.execute(sql, params)
        return ExecResult(cursor.rowcount, cursor.lastrowid)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        async with self._connection.execute(sql, params) as cursor:
            row = await cursor.fetchone()
        return None if row is None else tuple(row)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        async with self._connection.execute(sql, params) as cursor:
            return [tuple(row) for row in await cursor.fetchall()]


class SQLiteAdapter(SQLAdapter):
    """Stores everything in one SQLite file; datetimes as UTC microseconds since the epoch.

    One connection serves the process, and a lock gives each transaction the connection to itself
    (aiosqlite cannot interleave transactions on one connection).
    """

    backend = "sqlite"
    FOR_UPDATE = ""
    MIGRATIONS = MIGRATIONS

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    @classmethod
    def from_url(cls, url: str) -> SQLiteAdapter:
        """Build from ``sqlite:///relative/path.db`` or ``sqlite:////absolute/path.db``."""
        return cls(Path(url.removeprefix("sqlite:///")))

    async def connect(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = await aiosqlite.connect(self.path, isolation_level=None)
            await self._connection.execute("PRAGMA journal_mode = WAL")
            await self._connection.execute("PRAGMA foreign_keys = ON")
            await self._connection.execute("PRAGMA busy_timeout = 5000")
        except (OSError, sqlite3.Error) as error:
            raise DatabaseUnavailable(f"Cannot open the SQLite database at {self.path}: {error}") from error
        await self._migrate()
        log.info("SQLite database ready at %s", self.path)

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[_Session]:
        if self._connection is None:
            raise DatabaseError("The database is not connected.")
        async with self._lock:
            try:
                await self._connection.execute("BEGIN IMMEDIATE")
                try:
                    yield _Session(self._connection)
                except BaseException:
                    await self._connection.execute("ROLLBACK")
                    raise
                await self._connection.execute("COMMIT")
            except sqlite3.OperationalError as error:
                if "locked" in str(error) or "busy" in str(error):
                    raise TransientDatabaseError() from error
                raise DatabaseError() from error
            except sqlite3.Error as error:
                raise DatabaseError() from error

    def _upsert_sql(self, table: str, cols: Sequence[str], keys: Sequence[str]) -> str:
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in keys)
        return f"{insert_sql('INSERT', table, cols)} ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"

    def _insert_ignore_sql(self, table: str, cols: Sequence[str]) -> str:
        return insert_sql("INSERT OR IGNORE", table, cols)

    def _to_db(self, value: datetime) -> int:
        delta = value - EPOCH
        return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds

    def _from_db(self, value: Any) -> datetime:
        return EPOCH + timedelta(microseconds=value)
