"""MySQL/MariaDB backend: a connection pool shared by several bot processes."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import warnings
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

import aiomysql
import pymysql
from pymysql.constants import CLIENT
from typing_extensions import override

from core.errors import ConfigurationError, DatabaseError, DatabaseUnavailable, TransientDatabaseError
from core.models import AuditEntry
from database.migrations import sql_migrations
from database.records import Record, RecordKind
from database.sql.adapter import SQLAdapter
from database.sql.mapping import TABLES, Codec
from database.sql.store import ExecResult, Query, SQLSession, insert_sql

log = logging.getLogger(__name__)
CLOSE_GRACE = 5.0

# INSERT IGNORE reports the ignored duplicate as a server warning, which the driver turns into a Python
# warning on every new ticket; the duplicate is the point, so keep them out of the logs.
warnings.filterwarnings("ignore", category=pymysql.Warning)

# Server gone, connection lost, cannot connect, too many connections, lock wait timeout, deadlock, read-only.
TRANSIENT_CODES = frozenset({1040, 1205, 1213, 1290, 2003, 2006, 2013, 2055})
POOL_SIZE = 10

MIGRATIONS = sql_migrations("mysql")


class _Session:
    """Statements on one pooled connection; in a transaction, its START TRANSACTION goes with the first one."""

    def __init__(self, cursor: aiomysql.Cursor, *, begin: bool = False) -> None:
        self._cursor = cursor
        self._begin = begin
        self.committed = False  # the transaction's commit went with its last statement

    async def execute_all_and_commit(self, queries: Sequence[Query]) -> list[ExecResult]:
        """Run the transaction's last statements and its COMMIT in one round trip; return each statement's result."""
        await self._run(
            "; ".join([*(sql for sql, _ in queries), "COMMIT"]), [p for _, params in queries for p in params]
        )
        results = [ExecResult(self._cursor.rowcount, self._cursor.lastrowid)]
        for _ in queries[1:]:
            await self._cursor.nextset()
            results.append(ExecResult(self._cursor.rowcount, self._cursor.lastrowid))
        await self._cursor.nextset()  # past the commit's answer
        self.committed = True
        return results

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        await self._run(sql, params)
        return ExecResult(self._cursor.rowcount, self._cursor.lastrowid)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        packed = _packed(sql)
        await self._run(packed.sql if packed else sql, params)
        row: tuple[Any, ...] | None = await self._cursor.fetchone()
        return packed.unpack(row) if packed and row else row

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        packed = _packed(sql)
        await self._run(packed.sql if packed else sql, params)
        rows = await self._cursor.fetchall()
        return [packed.unpack(row) for row in rows] if packed else list(rows)

    async def execute_then_fetchone(self, first: Query, then: Query) -> tuple[ExecResult, tuple[Any, ...] | None]:
        """Run a statement and then a query, in one round trip; return the statement's result and the query's first row."""
        await self._run(f"{first[0]}; {then[0]}", (*first[1], *then[1]))
        result = ExecResult(self._cursor.rowcount, self._cursor.lastrowid)
        await self._cursor.nextset()
        row: tuple[Any, ...] | None = await self._cursor.fetchone()
        return result, row

    async def _run(self, sql: str, params: Sequence[Any]) -> None:
        """Run statements, and the transaction's start with the first: one round trip each, not one more.

        The cursor is left at the first statement's answer.
        """
        assert not self.committed, "nothing runs after the commit"
        if not self._begin:
            await self._cursor.execute(_placeholders(sql), tuple(params))
            return
        self._begin = False
        await self._cursor.execute("START TRANSACTION; " + _placeholders(sql), tuple(params))
        await self._cursor.nextset()  # past the start's answer, to the statement's


class _Packed(NamedTuple):
    """A query reading a wide table's every column, rewritten to read them as one JSON array.

    The driver parses each column's description in Python for every answer: 40 columns cost about three
    times what one does. The array is parsed in C, and only its datetimes are converted here.
    """

    sql: str
    datetimes: tuple[int, ...]

    def unpack(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = json.loads(row[0])
        for i in self.datetimes:
            if values[i] is not None:
                values[i] = datetime.fromisoformat(values[i])
        return tuple(values)


PACK_FROM_COLUMNS = 12  # narrower rows are read as they are
PACKED_CONDITIONS = (" WHERE ", " ORDER BY ", " LIMIT ")  # what may follow a packed SELECT's table


def _packed(sql: str) -> _Packed | None:
    """Return the packed form of ``sql`` when it is a wide table's ``SELECT <every column>`` and conditions.

    Anything more is read as it is: a UNION's parts and its ORDER BY name the columns one by one, and a
    JOIN could make a column's name ambiguous.
    """
    if " UNION " in sql:
        return None
    for select, packed_select, datetimes in _wide_selects():
        if sql.startswith(select):
            rest = sql[len(select) :]
            if rest and not rest.startswith(PACKED_CONDITIONS):
                return None
            return _Packed(packed_select + rest, datetimes)
    return None


@cache
def _wide_selects() -> tuple[tuple[str, str, tuple[int, ...]], ...]:
    """Each wide table's ``SELECT <every column> FROM t``, its packed twin and where its datetimes are.

    Made on first use, once every store module has declared its table; tables of bytes are left alone.
    """
    return tuple(
        (
            table.select,
            f"SELECT JSON_ARRAY({', '.join(table.names)}) FROM {table.name}",
            tuple(i for i, c in enumerate(table.columns) if c.codec is Codec.DATETIME),
        )
        for table in TABLES.values()
        if len(table.columns) >= PACK_FROM_COLUMNS and all(c.codec is not Codec.BYTES for c in table.columns)
    )


NUMBER_OPTIONS = frozenset({"port", "connect_timeout", "minsize", "maxsize", "pool_recycle"})
SET_HERE = frozenset({"loop", "conv", "cursorclass", "autocommit", "charset", "client_flag", "ssl"})


def _url_options(query: str) -> dict[str, Any]:
    """Read a MySQL URL's options for aiomysql's connections and pool; refuse one it would not take."""
    known = {
        name
        for function in (aiomysql.connect, aiomysql.create_pool)
        for name, parameter in inspect.signature(function).parameters.items()
        if parameter.kind is not parameter.VAR_KEYWORD
    }
    options: dict[str, Any] = {}
    for name, text in parse_qsl(query, keep_blank_values=True):
        if name not in known or name in SET_HERE:
            raise ConfigurationError(
                f"database.url: {name!r} is not a MySQL option the bot passes on; "
                "e.g. ?connect_timeout=5&maxsize=20 (aiomysql's connection and pool options)"
            )
        if name in NUMBER_OPTIONS and not (text.isascii() and text.isdigit()):
            raise ConfigurationError(f"database.url: the option {name} takes a whole number, not {text!r}")
        options[name] = int(text) if text.isascii() and text.isdigit() else text
    return options


def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class MySQLAdapter(SQLAdapter):
    """Stores everything in MySQL 8 or MariaDB 10.5+: utf8mb4, BIGINT snowflakes, DATETIME(6) in UTC.

    Opening a ticket locks the server's counter row (the update that counts it up), so numbering and the
    open-ticket limit hold across every process sharing the database.
    """

    backend = "mysql"
    FOR_UPDATE = " FOR UPDATE"
    MIGRATIONS = MIGRATIONS

    def __init__(self, options: dict[str, Any]) -> None:
        self._options = options
        self._pool: aiomysql.Pool | None = None

    @classmethod
    def from_url(cls, url: str) -> MySQLAdapter:
        """Build from ``mysql://user:password@host:port/database?option=value``.

        Options go to aiomysql's pool (e.g. ``maxsize=20``, ``connect_timeout=5``, ``sql_mode=…``).
        """
        parts = urlsplit(url)
        database = parts.path.lstrip("/")
        if not database:
            raise ConfigurationError(
                "database.url: a MySQL URL needs a database name, e.g. mysql://user:pw@host/tickets"
            )
        options: dict[str, Any] = {
            "host": parts.hostname or "127.0.0.1",
            "port": parts.port or 3306,
            "user": unquote(parts.username or "root"),
            "password": unquote(parts.password or ""),
            "db": database,
        }
        options.update(_url_options(parts.query))
        return cls(options)

    @property
    def _where(self) -> str:
        return f"{self._options['host']}:{self._options['port']}/{self._options['db']}"

    @property
    @override
    def where(self) -> str:
        return f"the MySQL database {self._where}"

    @override
    async def connect(self) -> None:
        try:
            self._pool = await aiomysql.create_pool(
                **{
                    "minsize": 1,
                    "maxsize": POOL_SIZE,
                    "pool_recycle": 3600,
                    "init_command": "SET time_zone = '+00:00'",
                    **self._options,
                    "autocommit": True,
                    "charset": "utf8mb4",
                    # Several statements in one query: a transaction's start goes with its first statement.
                    "client_flag": CLIENT.FOUND_ROWS | CLIENT.MULTI_STATEMENTS,
                }
            )
        except (pymysql.err.MySQLError, OSError) as error:
            raise DatabaseUnavailable(f"Cannot reach MySQL at {self._where}: {_reason(error)}") from None
        await self._migrate_or_close(self._migrate)
        log.info("MySQL database ready at %s", self._where)

    @override
    async def close(self) -> None:
        """Close the pool; connections still in use after ``CLOSE_GRACE`` seconds are cut, so shutdown never hangs."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.close()
            try:
                await asyncio.wait_for(asyncio.shield(pool.wait_closed()), CLOSE_GRACE)
            except TimeoutError:
                log.warning("MySQL connections still in use after %.0fs; closing them", CLOSE_GRACE)
                pool.terminate()
                await pool.wait_closed()

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[_Session]:
        async with self._connection() as connection:
            try:
                async with connection.cursor() as cursor:
                    session = _Session(cursor, begin=True)
                    yield session
                if not session.committed:
                    await connection.commit()
            except BaseException:
                await _rollback(connection)
                raise

    def _reader(self) -> AbstractAsyncContextManager[_Session]:
        return self._autocommit()

    @asynccontextmanager
    async def _autocommit(self) -> AsyncIterator[_Session]:
        """Lend a session outside any transaction: each statement commits itself."""
        async with self._connection() as connection, connection.cursor() as cursor:
            yield _Session(cursor)

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[aiomysql.Connection]:
        """Lend a pooled connection (in autocommit), translating driver errors into ours."""
        pool = self._pool  # kept: a close under a running query sets ``_pool`` to None before the query ends
        if pool is None:
            raise DatabaseError("The database is not connected.")
        try:
            connection = await pool.acquire()
        except (pymysql.err.MySQLError, OSError) as error:
            raise TransientDatabaseError() from error
        try:
            yield connection
        except (pymysql.err.MySQLError, OSError) as error:
            if _is_transient(error):
                connection.close()
                raise TransientDatabaseError() from error
            raise DatabaseError() from error
        finally:
            pool.release(connection)

    @override
    async def _write(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        # One statement commits itself in autocommit: one round trip, not START TRANSACTION's and COMMIT's too.
        async with self._autocommit() as s:
            return await s.execute(sql, params)

    @override
    async def _insert_with_child(
        self, s: SQLSession, kind: RecordKind, record: Record, child_kind: RecordKind, child: Record, link: str
    ) -> int:
        # The child takes the new id from LAST_INSERT_ID(), so both go with the commit in one round trip.
        assert isinstance(s, _Session)
        names, sql = self._insert_statement(kind)
        child_names = [n for n in self._insert_statement(child_kind)[0] if n != link]
        child_sql = (
            f"INSERT INTO {TABLES[child_kind].name} ({', '.join([link, *child_names])})"
            f" VALUES (LAST_INSERT_ID(), {', '.join('?' * len(child_names))})"
        )
        inserted, _ = await s.execute_all_and_commit(
            [
                (sql, self._rows.values(kind, record, names)),
                (child_sql, self._rows.values(child_kind, child, child_names)),
            ]
        )
        assert inserted.lastrowid is not None
        return inserted.lastrowid

    @override
    async def _audit_if_changed(self, s: SQLSession, change: Query, entry: AuditEntry) -> AuditEntry | None:
        # The entry is inserted only when ROW_COUNT() says the change touched one row: one round trip with the commit.
        assert isinstance(s, _Session)
        names, _ = self._insert_statement(RecordKind.AUDIT_ENTRIES)
        insert = (
            f"INSERT INTO {TABLES[RecordKind.AUDIT_ENTRIES].name} ({', '.join(names)})"
            f" SELECT {', '.join('?' * len(names))} FROM DUAL WHERE ROW_COUNT() = 1"
        )
        _, inserted = await s.execute_all_and_commit(
            [change, (insert, self._rows.values(RecordKind.AUDIT_ENTRIES, entry, names))]
        )
        return replace(entry, id=inserted.lastrowid) if inserted.rowcount == 1 else None

    @override
    async def _take_number(
        self, s: SQLSession, guild_id: int, *, then: Query
    ) -> tuple[int | None, tuple[Any, ...] | None]:
        # LAST_INSERT_ID(expr) hands the counted-up value back with the update's result, no read needed.
        assert isinstance(s, _Session)
        result, row = await s.execute_then_fetchone(
            ("UPDATE counters SET last_number = LAST_INSERT_ID(last_number + 1) WHERE guild_id = ?", (guild_id,)), then
        )
        return (result.lastrowid if result.rowcount == 1 else None), row

    def _upsert_sql(self, table: str, cols: Sequence[str], keys: Sequence[str]) -> str:
        updates = ", ".join(f"{c} = VALUES({c})" for c in cols if c not in keys)
        return f"{insert_sql('INSERT', table, cols)} ON DUPLICATE KEY UPDATE {updates}"

    def _insert_ignore_sql(self, table: str, cols: Sequence[str]) -> str:
        return insert_sql("INSERT IGNORE", table, cols)

    def _to_db(self, value: datetime) -> datetime:
        return value.astimezone(UTC).replace(tzinfo=None)

    def _from_db(self, value: datetime) -> datetime:
        return value.replace(tzinfo=UTC)


async def _rollback(connection: aiomysql.Connection) -> None:
    try:
        await connection.rollback()
    except (pymysql.err.MySQLError, OSError, RuntimeError):
        connection.close()


def _is_transient(error: BaseException) -> bool:
    if isinstance(error, pymysql.err.InterfaceError | OSError):
        return True
    return bool(error.args) and error.args[0] in TRANSIENT_CODES


def _reason(error: BaseException) -> str:
    return str(error.args[1]) if len(error.args) > 1 else str(error)
