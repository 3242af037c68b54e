"""SQLite backend: the embedded default, one file, one connection."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
from typing_extensions import override

from core.errors import DatabaseError, DatabaseUnavailable, TransientDatabaseError
from database.migrations import sql_migrations
from database.sql.adapter import SQLAdapter
from database.sql.store import ExecResult, SQLSession, insert_sql

log = logging.getLogger(__name__)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

MIGRATIONS = sql_migrations("sqlite")

T = TypeVar("T")


class _Session:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        cursor = await self._connection.execute(sql, params)
        return ExecResult(cursor.rowcount, cursor.lastrowid)

    # Every call into aiosqlite is a hand-off to its thread and back: a query is run and read in one.
    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = list(await self._connection.execute_fetchall(sql, params))
        return tuple(rows[0]) if rows else None

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in await self._connection.execute_fetchall(sql, params)]


class _InThread:
    """A session for a transaction that runs whole in the driver's thread: each call is a plain sqlite3 call."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        cursor = self._connection.execute(sql, params)
        return ExecResult(cursor.rowcount, cursor.lastrowid)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        row = self._connection.execute(sql, params).fetchone()
        return None if row is None else tuple(row)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._connection.execute(sql, params).fetchall()]


def _run_to_end(awaitable: Awaitable[T]) -> T:
    """Run an awaitable that never suspends (it awaits only an ``_InThread`` session) and return its result."""
    steps = awaitable.__await__()
    try:
        next(steps)
    except StopIteration as done:
        result: T = done.value
        return result
    steps.close()
    raise RuntimeError("a transaction's body awaited something other than its session")


def _run_transaction(connection: aiosqlite.Connection, body: Callable[[SQLSession], Awaitable[T]]) -> T:
    """Run ``body`` in one transaction, in the driver's thread."""
    raw = connection._conn  # the sqlite3 connection, used only in its own thread
    raw.execute("BEGIN IMMEDIATE")
    try:
        result = _run_to_end(body(_InThread(raw)))
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    raw.execute("COMMIT")
    return result


def _run_batch(
    connection: aiosqlite.Connection, bodies: Sequence[Callable[[SQLSession], Awaitable[Any]]]
) -> list[tuple[bool, Any]]:
    """Run each body in a transaction of its own, in the driver's thread; return (succeeded, result or error) each."""
    outcomes: list[tuple[bool, Any]] = []
    for body in bodies:
        try:
            outcomes.append((True, _run_transaction(connection, body)))
        except Exception as error:
            outcomes.append((False, error))
    return outcomes


class SQLiteAdapter(SQLAdapter):
    """Stores everything in one SQLite file (WAL mode); datetimes as UTC microseconds since the epoch.

    Two connections: a writer, which a lock gives to one transaction at a time (SQLite has one writer,
    and aiosqlite cannot interleave transactions on a connection), and a reader for single queries,
    which WAL lets run while a write is under way, so a slow write never stalls reads. A connection
    that was closed or broke under the bot is reopened and the statement retried.

    Transactions given whole (``_transaction``) queue while the writer is busy, and each hand-off to the
    driver's thread takes every one queued, each still its own transaction: under a burst of opens the
    writer runs them back to back instead of waking the event loop between each two.
    """

    backend = "sqlite"
    FOR_UPDATE = ""
    MIGRATIONS = MIGRATIONS

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer: aiosqlite.Connection | None = None
        self._read: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._queued: list[tuple[Callable[[SQLSession], Awaitable[Any]], asyncio.Future[Any]]] = []
        self._drainer: asyncio.Task[None] | None = None
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

    @override
    async def _transaction(self, body: Callable[[SQLSession], Awaitable[T]]) -> T:
        if self._closed:
            raise DatabaseError("The database is not connected.")
        done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queued.append((body, done))
        if self._drainer is None:
            self._drainer = asyncio.create_task(self._drain())
        with self._translated_errors("_writer"):
            return await done

    async def _drain(self) -> None:
        """Hand the queued transactions to the driver's thread, all those queued at once, until none is left."""
        try:
            while self._queued:
                batch = [(body, done) for body, done in self._queued if not done.cancelled()]
                self._queued = []
                if batch:
                    await self._run_queued(batch)
        finally:
            self._drainer = None
            # Left only when the drain itself was cancelled (the bot stopping): nothing will run them.
            for _, done in self._queued:
                done.cancel()
            self._queued = []

    async def _run_queued(
        self, batch: list[tuple[Callable[[SQLSession], Awaitable[Any]], asyncio.Future[Any]]]
    ) -> None:
        try:
            async with self._lock:
                connection = await self._connection("_writer")
                # aiosqlite runs a function in its thread only through this private call.
                outcomes: list[tuple[bool, Any]] = await connection._execute(  # type: ignore[no-untyped-call]
                    _run_batch, connection, [body for body, _ in batch]
                )
        except asyncio.CancelledError:
            for _, done in batch:
                done.cancel()
            raise
        except Exception as error:
            outcomes = [(False, error)] * len(batch)
        for (_, done), (succeeded, outcome) in zip(batch, outcomes, strict=True):
            if done.done():
                continue
            if succeeded:
                done.set_result(outcome)
            else:
                done.set_exception(outcome)

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

    @override
    async def _take_number(self, s: SQLSession, guild_id: int) -> int | None:
        # The write transaction holds the whole file's lock, so the counter row is made if needed too
        # (a refused reservation rolls it back).
        taken = await s.fetchone(
            "INSERT INTO counters (guild_id, last_number) VALUES (?, 1)"
            " ON CONFLICT (guild_id) DO UPDATE SET last_number = last_number + 1 RETURNING last_number",
            (guild_id,),
        )
        assert taken is not None
        return int(taken[0])

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
