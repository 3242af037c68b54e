"""SQLite backend: the embedded default, one file, one connection."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite
from typing_extensions import override

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
    # v2: the closing status (a close in progress that any process can finish) and the transcript's message.
    # SQLite cannot change a CHECK constraint, so the table is rebuilt (foreign keys are off meanwhile).
    (
        """CREATE TABLE tickets_v2 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            guild_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            opener_id INTEGER NOT NULL,
            channel_id INTEGER UNIQUE,
            status TEXT NOT NULL CHECK (status IN ('pending', 'open', 'closing', 'closed', 'archived')),
            reason TEXT,
            opened_at INTEGER NOT NULL,
            closed_at INTEGER,
            closed_by INTEGER,
            close_reason TEXT,
            transcript_message_id INTEGER,
            UNIQUE (guild_id, number)
        )""",
        """INSERT INTO tickets_v2 (id, guild_id, number, opener_id, channel_id, status, reason, opened_at,
            closed_at, closed_by, close_reason)
            SELECT id, guild_id, number, opener_id, channel_id, status, reason, opened_at, closed_at, closed_by,
            close_reason FROM tickets""",
        "DROP TABLE tickets",
        "ALTER TABLE tickets_v2 RENAME TO tickets",
        "CREATE INDEX tickets_opener ON tickets (guild_id, opener_id, status)",
        "CREATE INDEX tickets_status ON tickets (status, guild_id)",
    ),
    # v3: transcripts are UTF-8 documents kept as bytes. SQLite stores whatever a column is given, so
    # nothing changes on disk; the version keeps the backends' histories in step.
    (),
    # v4: ticket types. Every configured server gets one type with nothing set, so it behaves exactly as
    # the server's settings did; tickets and panels made before have no type and open that one.
    (
        """CREATE TABLE ticket_types (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            guild_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            options TEXT NOT NULL,
            created_at INTEGER NOT NULL
        )""",
        "CREATE INDEX ticket_types_guild ON ticket_types (guild_id)",
        "INSERT INTO ticket_types (guild_id, name, options, created_at)"
        " SELECT guild_id, 'Support', '{}', updated_at FROM guild_configs WHERE ticket_category_id IS NOT NULL"
        " ORDER BY guild_id",
        "ALTER TABLE guild_configs ADD COLUMN overflow_category_id INTEGER",
        "ALTER TABLE guild_configs ADD COLUMN blocked_ids TEXT",
        "ALTER TABLE guild_configs ADD COLUMN claim_mode TEXT NOT NULL DEFAULT 'shared'"
        " CHECK (claim_mode IN ('shared', 'claimer-writes', 'claimer-only'))",
        "ALTER TABLE tickets ADD COLUMN claimed_by INTEGER",
        "ALTER TABLE tickets ADD COLUMN close_due_at INTEGER",
        "CREATE INDEX tickets_due ON tickets (close_due_at) WHERE close_due_at IS NOT NULL",
        "ALTER TABLE tickets ADD COLUMN type_id INTEGER",
        "ALTER TABLE tickets ADD COLUMN answers TEXT",
        "ALTER TABLE panels ADD COLUMN type_ids TEXT",
        "ALTER TABLE panels ADD COLUMN style TEXT NOT NULL DEFAULT 'buttons' CHECK (style IN ('buttons', 'select'))",
    ),
    # v5: the ticket lifecycle: closing for inactivity, confirmation, openers who leave. Tickets remember their last message (from anyone, and from the opener);
    # those made before count from when they opened.
    (
        "ALTER TABLE guild_configs ADD COLUMN auto_close_hours REAL",
        "ALTER TABLE guild_configs ADD COLUMN auto_close_warning_hours REAL",
        "ALTER TABLE guild_configs ADD COLUMN idle_counts TEXT NOT NULL DEFAULT 'opener'"
        " CHECK (idle_counts IN ('opener', 'anyone'))",
        "ALTER TABLE guild_configs ADD COLUMN confirm_close INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE guild_configs ADD COLUMN on_opener_leave TEXT NOT NULL DEFAULT 'keep'"
        " CHECK (on_opener_leave IN ('keep', 'close'))",
        "ALTER TABLE tickets ADD COLUMN active_at INTEGER",
        "ALTER TABLE tickets ADD COLUMN opener_active_at INTEGER",
        "ALTER TABLE tickets ADD COLUMN idle_warned_at INTEGER",
        "ALTER TABLE tickets ADD COLUMN auto_close INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE tickets ADD COLUMN opener_left_at INTEGER",
        "UPDATE tickets SET active_at = opened_at, opener_active_at = opened_at",
        "CREATE INDEX tickets_idle ON tickets (guild_id, status, active_at)",
        "CREATE INDEX tickets_opener_idle ON tickets (guild_id, status, opener_active_at)",
    ),
    # v6: attachments kept with transcripts, in pieces.
    (
        """CREATE TABLE transcript_files (
            ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            part INTEGER NOT NULL,
            filename TEXT NOT NULL,
            content_type TEXT,
            data BLOB NOT NULL,
            PRIMARY KEY (ticket_id, position, part)
        )""",
    ),
    # v7: keys to the HTTP API, stored as their SHA-256.
    (
        """CREATE TABLE api_keys (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            guild_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            created_by INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER
        )""",
        "CREATE INDEX api_keys_guild ON api_keys (guild_id, id)",
    ),
    # v8: web credentials (sessions, transcript links) revoked before a time, per user or ticket.
    (
        """CREATE TABLE web_revocations (
            kind TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            revoked_at INTEGER NOT NULL,
            PRIMARY KEY (kind, subject_id)
        )""",
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
    """Stores everything in one SQLite file (WAL mode); datetimes as UTC microseconds since the epoch.

    Two connections: a writer, which a lock gives to one transaction at a time (SQLite has one writer,
    and aiosqlite cannot interleave transactions on a connection), and a reader for single queries,
    which WAL lets run while a write is under way, so a slow write never stalls reads. A connection
    that was closed or broke under the bot is reopened and the statement retried.
    """

    backend = "sqlite"
    FOR_UPDATE = ""
    MIGRATIONS = MIGRATIONS

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer: aiosqlite.Connection | None = None
        self._read: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._closed = True

    @classmethod
    def from_url(cls, url: str) -> SQLiteAdapter:
        """Build from ``sqlite:///relative/path.db`` or ``sqlite:////absolute/path.db``."""
        return cls(Path(url.removeprefix("sqlite:///")))

    @override
    async def connect(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = await self._open()
            self._read = await self._open()
        except (OSError, sqlite3.Error) as error:
            await self.close()
            raise DatabaseUnavailable(f"Cannot open the SQLite database at {self.path}: {error}") from error
        self._closed = False
        await self._migrate()
        log.info("SQLite database ready at %s", self.path)

    async def _open(self) -> aiosqlite.Connection:
        connection = await aiosqlite.connect(self.path, isolation_level=None)
        try:
            await connection.execute("PRAGMA journal_mode = WAL")
            # In WAL mode, NORMAL syncs at checkpoints, not at every commit: a power loss (not a crash of the
            # bot) can lose the last transactions. Start-up recovery resolves what that leaves: a ticket
            # channel no row knows is deleted, a pending or closing ticket is finished or undone.
            await connection.execute("PRAGMA synchronous = NORMAL")
            await connection.execute("PRAGMA foreign_keys = ON")
            await connection.execute("PRAGMA busy_timeout = 5000")
        except BaseException:
            await connection.close()
            raise
        return connection

    @override
    async def close(self) -> None:
        self._closed = True
        for connection in (self._writer, self._read):
            if connection is not None:
                await connection.close()
        self._writer = self._read = None

    async def _migrate(self) -> None:
        """Run migrations with foreign keys off, as SQLite's table-rebuild procedure requires."""
        assert self._writer is not None
        await self._writer.execute("PRAGMA foreign_keys = OFF")
        try:
            await super()._migrate()
        finally:
            await self._writer.execute("PRAGMA foreign_keys = ON")

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[_Session]:
        async with self._lock:
            connection = await self._connection("_writer")
            with self._translated_errors("_writer"):
                await connection.execute("BEGIN IMMEDIATE")
                try:
                    yield _Session(connection)
                except BaseException:
                    await connection.execute("ROLLBACK")
                    raise
                await connection.execute("COMMIT")

    @asynccontextmanager
    async def _reader(self) -> AsyncIterator[_Session]:
        connection = await self._connection("_read")
        with self._translated_errors("_read"):
            yield _Session(connection)

    async def _connection(self, which: str) -> aiosqlite.Connection:
        """Return a live connection, reopening one that was closed or lost under us."""
        if self._closed:
            raise DatabaseError("The database is not connected.")
        connection: aiosqlite.Connection | None = getattr(self, which)
        if connection is None:
            log.warning("reopening the SQLite connection to %s", self.path)
            try:
                connection = await self._open()
            except (OSError, sqlite3.Error) as error:
                raise TransientDatabaseError() from error
            setattr(self, which, connection)
        return connection

    @contextmanager
    def _translated_errors(self, which: str) -> Iterator[None]:
        """Turn sqlite3's errors into ours; a busy file or a lost connection (dropped here) is worth retrying."""
        try:
            yield
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise TransientDatabaseError() from error
            raise DatabaseError() from error
        except (sqlite3.ProgrammingError, ValueError) as error:
            # sqlite3 raises ProgrammingError, aiosqlite ValueError, on a connection closed under us.
            setattr(self, which, None)
            raise TransientDatabaseError() from error
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
