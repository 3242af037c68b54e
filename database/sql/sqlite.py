"""SQLite backend: the embedded default, one file, two connections (a writer and a reader)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager, suppress
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from queue import SimpleQueue
from typing import Any, TypeVar

import aiosqlite
from typing_extensions import override

from core.errors import DatabaseError, DatabaseUnavailable, TransientDatabaseError
from database.migrations import sql_migrations
from database.sql.adapter import SQLAdapter
from database.sql.store import ExecResult, Query, SQLSession, insert_sql

log = logging.getLogger(__name__)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

MIGRATIONS = sql_migrations("sqlite")

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    # In WAL mode, NORMAL syncs at checkpoints, not at every commit: a power loss (not a crash of the
    # bot) can lose the last transactions. Start-up recovery resolves what that leaves: a ticket
    # channel no row knows is deleted, a pending or closing ticket is finished or undone.
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)

T = TypeVar("T")
Body = Callable[[SQLSession], Awaitable[Any]]
Outcome = tuple[bool, Any]  # (succeeded, result or error)


def _execute(connection: sqlite3.Connection, sql: str, params: Sequence[Any]) -> ExecResult:
    cursor = connection.execute(sql, params)
    return ExecResult(cursor.rowcount, cursor.lastrowid)


def _fetchall(connection: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in connection.execute(sql, params).fetchall()]


def _fetchone(connection: sqlite3.Connection, sql: str, params: Sequence[Any]) -> tuple[Any, ...] | None:
    row = connection.execute(sql, params).fetchone()
    return None if row is None else tuple(row)


class _Reader:
    """A session on the reader: each query is one hand-off to aiosqlite's thread, run and read in one."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        cursor = await self._connection.execute(sql, params)
        return ExecResult(cursor.rowcount, cursor.lastrowid)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = list(await self._connection.execute_fetchall(sql, params))
        return tuple(rows[0]) if rows else None

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in await self._connection.execute_fetchall(sql, params)]


class _Handed:
    """A session on the writer, statement by statement: each call is one hand-off to the writer's thread."""

    def __init__(self, writer: _Writer) -> None:
        self._writer = writer

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        return await self._writer.call(partial(_execute, sql=sql, params=params))

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        return await self._writer.call(partial(_fetchone, sql=sql, params=params))

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return await self._writer.call(partial(_fetchall, sql=sql, params=params))


class _InThread:
    """A session for a transaction that runs whole in the writer's thread: each call is a plain sqlite3 call."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        return _execute(self._connection, sql, params)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        return _fetchone(self._connection, sql, params)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return _fetchall(self._connection, sql, params)


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


def _run_together(connection: sqlite3.Connection, bodies: Sequence[Body]) -> list[Outcome]:
    """Run ``bodies`` in one transaction, each in a savepoint of its own, and commit once.

    A body that fails is rolled back alone; an error that ends the whole transaction (or the commit) fails
    them all, as none of them is stored.
    """
    alone = len(bodies) == 1
    outcomes: list[Outcome] = []
    try:
        connection.execute("BEGIN IMMEDIATE")
        for body in bodies:
            if not alone:
                connection.execute("SAVEPOINT body")
            try:
                outcomes.append((True, _run_to_end(body(_InThread(connection)))))
            except Exception as error:
                if alone or not connection.in_transaction:
                    raise
                connection.execute("ROLLBACK TO body")
                outcomes.append((False, error))
            if not alone:
                connection.execute("RELEASE body")
        connection.execute("COMMIT")
    except Exception as error:
        with suppress(sqlite3.Error):
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        return [(False, error)] * len(bodies)
    return outcomes


def _settle(outcomes: Sequence[tuple[asyncio.Future[Any], Outcome]]) -> None:
    """Hand each waiting caller its outcome (in the event loop's thread); a caller that gave up is passed over."""
    for future, (succeeded, value) in outcomes:
        if future.done():
            continue
        if succeeded:
            future.set_result(value)
        else:
            future.set_exception(value)


class _Writer:
    """The one writing connection, in a thread of its own that runs what it is handed, one thing at a time.

    Whole transactions (``run_queued``) are taken from a queue the event loop fills: every one queued at a
    time goes into one SQLite transaction, so a burst of opens costs one hand-off and one commit per
    batch, not one each, and the thread keeps taking batches until the queue is empty. Each caller hears
    its outcome once its batch is committed.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        # What to run, and the future to answer (None: the function answers by itself).
        self._jobs: SimpleQueue[tuple[asyncio.Future[Any] | None, Callable[[], Any]] | None] = SimpleQueue()
        self._connection: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._serve, name="sqlite-writer", daemon=True)
        self._thread.start()

    @classmethod
    async def open(cls, path: Path) -> _Writer:
        """Connect in the writer's own thread, where the connection is used from then on."""
        writer = cls(asyncio.get_running_loop())
        try:
            writer._connection = await writer._hand(partial(sqlite3.connect, path, isolation_level=None))
            for pragma in PRAGMAS:
                await writer.call(partial(_execute, sql=pragma, params=()))
        except BaseException:
            await writer.close()
            raise
        return writer

    async def call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` with the connection in the writer's thread and return what it returns."""
        connection = self._connection
        if connection is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        return await self._hand(partial(fn, connection))

    async def run_queued(self, queued: deque[tuple[Body, asyncio.Future[Any]]]) -> None:
        """Run the queued transactions, batch after batch, until none is left."""
        connection = self._connection
        if connection is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        finished: asyncio.Future[None] = self._loop.create_future()
        self._jobs.put((None, partial(self._run_queued, connection, queued, finished)))
        await finished

    async def close(self) -> None:
        """Close the connection and end the thread."""
        connection, self._connection = self._connection, None
        if connection is not None:
            with suppress(sqlite3.Error):
                await self._hand(connection.close)
        self._jobs.put(None)

    async def _hand(self, fn: Callable[[], T]) -> T:
        future: asyncio.Future[T] = self._loop.create_future()
        self._jobs.put((future, fn))
        return await future

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, fn = job
            try:
                outcome: Outcome = (True, fn())
            except BaseException as error:
                outcome = (False, error)
            if future is not None:
                self._reply([(future, outcome)])

    def _run_queued(
        self,
        connection: sqlite3.Connection,
        queued: deque[tuple[Body, asyncio.Future[Any]]],
        finished: asyncio.Future[None],
    ) -> None:
        """Run batch after batch; the last batch's outcomes go back with ``finished``, in one wake-up."""
        outcomes: list[tuple[asyncio.Future[Any], Outcome]] = []
        try:
            while queued:
                self._reply(outcomes)
                batch = []
                with suppress(IndexError):  # the event loop may empty the queue when stopping
                    while queued:
                        body, done = queued.popleft()
                        if not done.cancelled():
                            batch.append((body, done))
                done_with = _run_together(connection, [body for body, _ in batch]) if batch else []
                outcomes = [(done, outcome) for (_, done), outcome in zip(batch, done_with, strict=True)]
        finally:
            self._reply([*outcomes, (finished, (True, None))])

    def _reply(self, outcomes: list[tuple[asyncio.Future[Any], Outcome]]) -> None:
        if not outcomes:
            return
        with suppress(RuntimeError):  # the event loop is closed: nobody waits any more
            self._loop.call_soon_threadsafe(_settle, outcomes)


class SQLiteAdapter(SQLAdapter):
    """Stores everything in one SQLite file (WAL mode); datetimes as UTC microseconds since the epoch.

    Two connections: a writer, which a lock gives to one transaction at a time (SQLite has one writer),
    in a thread of its own (``_Writer``), and a reader for single queries, which WAL lets run while a
    write is under way, so a slow write never stalls reads. A connection that was closed or broke under
    the bot is reopened and the statement retried.

    Transactions given whole (``_transaction``) queue while the writer is busy, and the writer's thread
    runs every one queued in one SQLite transaction, each in a savepoint of its own: under a burst of
    opens it commits once per batch instead of once per open, and never wakes the event loop in between.
    """

    backend = "sqlite"
    FOR_UPDATE = ""
    MIGRATIONS = MIGRATIONS

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer: _Writer | None = None
        self._read: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._queued: deque[tuple[Body, asyncio.Future[Any]]] = deque()
        self._drainer: asyncio.Task[None] | None = None
        self._closed = True

    @property
    @override
    def where(self) -> str:
        return f"the SQLite database at {self.path}"

    @classmethod
    def from_url(cls, url: str) -> SQLiteAdapter:
        """Build from ``sqlite:///relative/path.db`` or ``sqlite:////absolute/path.db``."""
        return cls(Path(url.removeprefix("sqlite:///")))

    @override
    async def connect(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = await _Writer.open(self.path)
            self._read = await self._open_reader()
        except (OSError, sqlite3.Error) as error:
            await self.close()
            raise DatabaseUnavailable(f"Cannot open the SQLite database at {self.path}: {error}") from error
        self._closed = False
        await self._migrate_or_close(self._migrate)
        log.info("SQLite database ready at %s", self.path)

    async def _open_reader(self) -> aiosqlite.Connection:
        connection = await aiosqlite.connect(self.path, isolation_level=None)
        try:
            for pragma in PRAGMAS:
                await connection.execute(pragma)
        except BaseException:
            await connection.close()
            raise
        return connection

    @override
    async def close(self) -> None:
        self._closed = True
        if self._writer is not None:
            await self._writer.close()
        if self._read is not None:
            await self._read.close()
        self._writer = self._read = None

    async def _migrate(self) -> None:
        """Run migrations with foreign keys off, as SQLite's table-rebuild procedure requires."""
        writer = await self._live_writer()
        await _Handed(writer).execute("PRAGMA foreign_keys = OFF")
        try:
            await super()._migrate()
        finally:
            await _Handed(writer).execute("PRAGMA foreign_keys = ON")

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[SQLSession]:
        async with self._lock:
            session = _Handed(await self._live_writer())
            with self._translated_errors("_writer"):
                await session.execute("BEGIN IMMEDIATE")
                try:
                    yield session
                except BaseException:
                    await session.execute("ROLLBACK")
                    raise
                await session.execute("COMMIT")

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
        """Have the writer's thread run the queued transactions until none is left, between other writes."""
        try:
            while self._queued:
                try:
                    async with self._lock:
                        await (await self._live_writer()).run_queued(self._queued)
                except Exception as error:  # no writer: what is queued fails, to be retried
                    _settle([(done, (False, error)) for _, done in self._queued])
                    self._queued.clear()
        finally:
            self._drainer = None
            # Left only when the drain itself was cancelled (the bot stopping): nothing will run them.
            for _, done in self._queued:
                done.cancel()
            self._queued.clear()

    @asynccontextmanager
    async def _reader(self) -> AsyncIterator[SQLSession]:
        if self._closed:
            raise DatabaseError("The database is not connected.")
        connection = self._read
        if connection is None:
            connection = await self._reopen("_read", self._open_reader)
        with self._translated_errors("_read"):
            yield _Reader(connection)

    async def _live_writer(self) -> _Writer:
        if self._closed:
            raise DatabaseError("The database is not connected.")
        if self._writer is None:
            return await self._reopen("_writer", partial(_Writer.open, self.path))
        return self._writer

    async def _reopen(self, which: str, opener: Callable[[], Awaitable[T]]) -> T:
        """Reopen a connection that was closed or lost under us."""
        log.warning("reopening the SQLite connection to %s", self.path)
        try:
            connection = await opener()
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
    async def _take_number(
        self, s: SQLSession, guild_id: int, *, then: Query
    ) -> tuple[int | None, tuple[Any, ...] | None]:
        # The write transaction holds the whole file's lock, so the counter row is made if needed too
        # (a refused reservation rolls it back).
        taken = await s.fetchone(
            "INSERT INTO counters (guild_id, last_number) VALUES (?, 1)"
            " ON CONFLICT (guild_id) DO UPDATE SET last_number = last_number + 1 RETURNING last_number",
            (guild_id,),
        )
        assert taken is not None
        return int(taken[0]), await s.fetchone(*then)

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
