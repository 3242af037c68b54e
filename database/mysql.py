"""MySQL/MariaDB backend: a connection pool shared by several bot processes."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import aiomysql
import pymysql
from pymysql.constants import CLIENT
from typing_extensions import override

from core.errors import ConfigurationError, DatabaseError, DatabaseUnavailable, TransientDatabaseError
from database.sql import ExecResult, SQLAdapter, insert_sql

log = logging.getLogger(__name__)
CLOSE_GRACE = 5.0

# INSERT IGNORE reports the ignored duplicate as a server warning, which the driver turns into a Python
# warning on every new ticket; the duplicate is the point, so keep them out of the logs.
warnings.filterwarnings("ignore", category=pymysql.Warning)

# Server gone, connection lost, cannot connect, too many connections, lock wait timeout, deadlock, read-only.
TRANSIENT_CODES = frozenset({1040, 1205, 1213, 1290, 2003, 2006, 2013, 2055})
POOL_SIZE = 10

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE guild_configs (
            guild_id BIGINT NOT NULL PRIMARY KEY,
            ticket_category_id BIGINT NULL,
            log_channel_id BIGINT NULL,
            archive_category_id BIGINT NULL,
            close_action VARCHAR(16) NOT NULL,
            max_open_tickets INT NOT NULL,
            channel_name_template VARCHAR(200) NOT NULL,
            welcome_message TEXT NOT NULL,
            updated_at DATETIME(6) NOT NULL,
            CONSTRAINT close_action_known CHECK (close_action IN ('delete', 'archive')),
            CONSTRAINT max_open_positive CHECK (max_open_tickets >= 1)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        """CREATE TABLE staff_roles (
            guild_id BIGINT NOT NULL,
            role_id BIGINT NOT NULL,
            position INT NOT NULL,
            PRIMARY KEY (guild_id, role_id),
            CONSTRAINT staff_roles_guild FOREIGN KEY (guild_id) REFERENCES guild_configs (guild_id) ON DELETE CASCADE
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        """CREATE TABLE counters (
            guild_id BIGINT NOT NULL PRIMARY KEY,
            last_number BIGINT NOT NULL
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        """CREATE TABLE panels (
            id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
            guild_id BIGINT NOT NULL,
            channel_id BIGINT NOT NULL,
            message_id BIGINT NULL,
            title VARCHAR(256) NOT NULL,
            description TEXT NOT NULL,
            button_label VARCHAR(80) NOT NULL,
            created_by BIGINT NOT NULL,
            created_at DATETIME(6) NOT NULL,
            INDEX panels_guild (guild_id)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        """CREATE TABLE tickets (
            id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
            guild_id BIGINT NOT NULL,
            number BIGINT NOT NULL,
            opener_id BIGINT NOT NULL,
            channel_id BIGINT NULL,
            status VARCHAR(16) NOT NULL,
            reason TEXT NULL,
            opened_at DATETIME(6) NOT NULL,
            closed_at DATETIME(6) NULL,
            closed_by BIGINT NULL,
            close_reason TEXT NULL,
            UNIQUE KEY tickets_number (guild_id, number),
            UNIQUE KEY tickets_channel (channel_id),
            INDEX tickets_opener (guild_id, opener_id, status),
            INDEX tickets_status (status, guild_id),
            CONSTRAINT status_known CHECK (status IN ('pending', 'open', 'closed', 'archived'))
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        """CREATE TABLE participants (
            ticket_id BIGINT NOT NULL,
            user_id BIGINT NOT NULL,
            role VARCHAR(16) NOT NULL,
            added_at DATETIME(6) NOT NULL,
            PRIMARY KEY (ticket_id, user_id),
            CONSTRAINT participants_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE,
            CONSTRAINT role_known CHECK (role IN ('creator', 'staff', 'participant'))
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        """CREATE TABLE transcripts (
            ticket_id BIGINT NOT NULL PRIMARY KEY,
            message_count INT NOT NULL,
            html LONGTEXT NOT NULL,
            text LONGTEXT NOT NULL,
            created_at DATETIME(6) NOT NULL,
            CONSTRAINT transcripts_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        """CREATE TABLE audit_entries (
            id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
            guild_id BIGINT NOT NULL,
            ticket_id BIGINT NULL,
            actor_id BIGINT NOT NULL,
            action VARCHAR(64) NOT NULL,
            details TEXT NOT NULL,
            created_at DATETIME(6) NOT NULL,
            INDEX audit_guild (guild_id, id)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
    ),
    # v2: the closing status (a close in progress that any process can finish) and the transcript's message.
    (
        "ALTER TABLE tickets DROP CONSTRAINT status_known",
        """ALTER TABLE tickets ADD COLUMN transcript_message_id BIGINT NULL,
            ADD CONSTRAINT status_known CHECK (status IN ('pending', 'open', 'closing', 'closed', 'archived'))""",
    ),
    # v3: transcripts are UTF-8 documents kept as bytes (the text already stored converts as it is).
    ("ALTER TABLE transcripts MODIFY html LONGBLOB NOT NULL, MODIFY text LONGBLOB NOT NULL",),
    # v4: ticket types. Every configured server gets one type with nothing set, so it behaves exactly as
    # the server's settings did; tickets and panels made before have no type and open that one.
    (
        """CREATE TABLE ticket_types (
            id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
            guild_id BIGINT NOT NULL,
            name VARCHAR(100) NOT NULL,
            options MEDIUMTEXT NOT NULL,
            created_at DATETIME(6) NOT NULL,
            INDEX ticket_types_guild (guild_id)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        "INSERT INTO ticket_types (guild_id, name, options, created_at)"
        " SELECT guild_id, 'Support', '{}', updated_at FROM guild_configs WHERE ticket_category_id IS NOT NULL"
        " ORDER BY guild_id",
        """ALTER TABLE guild_configs ADD COLUMN overflow_category_id BIGINT NULL, ADD COLUMN blocked_ids TEXT NULL,
            ADD COLUMN claim_mode VARCHAR(16) NOT NULL DEFAULT 'shared',
            ADD CONSTRAINT claim_mode_known CHECK (claim_mode IN ('shared', 'claimer-writes', 'claimer-only'))""",
        """ALTER TABLE tickets ADD COLUMN type_id BIGINT NULL, ADD COLUMN answers MEDIUMTEXT NULL,
            ADD COLUMN claimed_by BIGINT NULL, ADD COLUMN close_due_at DATETIME(6) NULL,
            ADD INDEX tickets_due (close_due_at)""",
        """ALTER TABLE panels ADD COLUMN type_ids TEXT NULL,
            ADD COLUMN style VARCHAR(16) NOT NULL DEFAULT 'buttons',
            ADD CONSTRAINT style_known CHECK (style IN ('buttons', 'select'))""",
    ),
    # v5: the ticket lifecycle: closing for inactivity, confirmation, openers who leave. Tickets remember their last message (from anyone, and from the opener);
    # those made before count from when they opened.
    (
        """ALTER TABLE guild_configs ADD COLUMN auto_close_hours DOUBLE NULL,
            ADD COLUMN auto_close_warning_hours DOUBLE NULL,
            ADD COLUMN idle_counts VARCHAR(16) NOT NULL DEFAULT 'opener',
            ADD COLUMN confirm_close BOOLEAN NOT NULL DEFAULT FALSE,
            ADD COLUMN on_opener_leave VARCHAR(16) NOT NULL DEFAULT 'keep',
            ADD CONSTRAINT on_opener_leave_known CHECK (on_opener_leave IN ('keep', 'close')),
            ADD CONSTRAINT idle_counts_known CHECK (idle_counts IN ('opener', 'anyone'))""",
        """ALTER TABLE tickets ADD COLUMN active_at DATETIME(6) NULL, ADD COLUMN opener_active_at DATETIME(6) NULL,
            ADD COLUMN idle_warned_at DATETIME(6) NULL, ADD COLUMN auto_close BOOLEAN NOT NULL DEFAULT TRUE,
            ADD COLUMN opener_left_at DATETIME(6) NULL,
            ADD INDEX tickets_idle (guild_id, status, active_at),
            ADD INDEX tickets_opener_idle (guild_id, status, opener_active_at)""",
        "UPDATE tickets SET active_at = opened_at, opener_active_at = opened_at",
    ),
    # v6: attachments kept with transcripts, in pieces.
    (
        """CREATE TABLE transcript_files (
            ticket_id BIGINT NOT NULL,
            position INT NOT NULL,
            part INT NOT NULL,
            filename VARCHAR(255) NOT NULL,
            content_type VARCHAR(255) NULL,
            data MEDIUMBLOB NOT NULL,
            PRIMARY KEY (ticket_id, position, part)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
    ),
    # v7: keys to the HTTP API, stored as their SHA-256.
    (
        """CREATE TABLE api_keys (
            id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
            guild_id BIGINT NOT NULL,
            name VARCHAR(100) NOT NULL,
            key_hash CHAR(64) NOT NULL UNIQUE,
            created_by BIGINT NOT NULL,
            created_at DATETIME(6) NOT NULL,
            revoked_at DATETIME(6) NULL,
            INDEX api_keys_guild (guild_id, id)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
    ),
    # v8: web credentials (sessions, transcript links) revoked before a time, per user or ticket.
    (
        """CREATE TABLE web_revocations (
            kind VARCHAR(16) NOT NULL,
            subject_id BIGINT NOT NULL,
            revoked_at DATETIME(6) NOT NULL,
            PRIMARY KEY (kind, subject_id)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
    ),
)


class _Session:
    def __init__(self, cursor: aiomysql.Cursor) -> None:
        self._cursor = cursor

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> ExecResult:
        await self._cursor.execute(_placeholders(sql), tuple(params))
        return ExecResult(self._cursor.rowcount, self._cursor.lastrowid)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        await self._cursor.execute(_placeholders(sql), tuple(params))
        row: tuple[Any, ...] | None = await self._cursor.fetchone()
        return row

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        await self._cursor.execute(_placeholders(sql), tuple(params))
        return list(await self._cursor.fetchall())


def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class MySQLAdapter(SQLAdapter):
    """Stores everything in MySQL 8 or MariaDB 10.5+: utf8mb4, BIGINT snowflakes, DATETIME(6) in UTC.

    Opening a ticket locks the server's counter row (``SELECT … FOR UPDATE``), so numbering and the
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
        options.update({k: int(v) if v.isdigit() else v for k, v in parse_qsl(parts.query)})
        return cls(options)

    @property
    def _where(self) -> str:
        return f"{self._options['host']}:{self._options['port']}/{self._options['db']}"

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
                    "client_flag": CLIENT.FOUND_ROWS,
                }
            )
        except (pymysql.err.MySQLError, OSError) as error:
            raise DatabaseUnavailable(f"Cannot reach MySQL at {self._where}: {_reason(error)}") from None
        await self._migrate()
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
            await connection.begin()
            try:
                async with connection.cursor() as cursor:
                    yield _Session(cursor)
                await connection.commit()
            except BaseException:
                await _rollback(connection)
                raise

    @asynccontextmanager
    async def _reader(self) -> AsyncIterator[_Session]:
        async with self._connection() as connection, connection.cursor() as cursor:
            yield _Session(cursor)

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[aiomysql.Connection]:
        """Lend a pooled connection (in autocommit), translating driver errors into ours."""
        if self._pool is None:
            raise DatabaseError("The database is not connected.")
        try:
            connection = await self._pool.acquire()
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
            self._pool.release(connection)

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
