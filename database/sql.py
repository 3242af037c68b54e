"""The ticket queries shared by the relational backends (SQLite and MySQL), written once.

Statements use ``?`` placeholders; a backend's session translates them to its driver's style.
Datetimes go through the backend's ``_to_db``/``_from_db`` so each can store them natively.
"""

from __future__ import annotations

import json
from abc import abstractmethod
from collections.abc import AsyncIterator, Collection, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import astuple, replace
from datetime import datetime
from typing import Any, ClassVar, NamedTuple, Protocol

from typing_extensions import override

from core.errors import NotFoundError, TicketLimitReached, UserInputError
from core.models import (
    ApiKey,
    AuditEntry,
    ClaimMode,
    CloseAction,
    Closure,
    FileChunk,
    GuildConfig,
    GuildCounter,
    IdleCounts,
    LeaveAction,
    Panel,
    PanelStyle,
    Participant,
    ParticipantRole,
    Revoked,
    Ticket,
    TicketRequest,
    TicketSearch,
    TicketStatus,
    TicketType,
    Transcript,
    TranscriptFile,
    WebRevocation,
)
from core.rules import policy
from database.base import (
    DatabaseAdapter,
    Record,
    RecordKind,
    answers,
    as_bytes,
    chunked,
    joined,
    page_size,
    ticket_type,
    type_options,
)
from database.retry import retry_transient

ACTIVE = tuple(sorted(status.value for status in policy.ACTIVE))
ACTIVE_IN = ", ".join("?" * len(ACTIVE))

TABLES: dict[RecordKind, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    RecordKind.GUILD_CONFIGS: (
        "guild_configs",
        (
            "guild_id",
            "ticket_category_id",
            "log_channel_id",
            "archive_category_id",
            "close_action",
            "max_open_tickets",
            "channel_name_template",
            "welcome_message",
            "updated_at",
            "overflow_category_id",
            "blocked_ids",
            "claim_mode",
            "auto_close_hours",
            "auto_close_warning_hours",
            "idle_counts",
            "confirm_close",
            "on_opener_leave",
        ),
        ("guild_id",),
    ),
    RecordKind.COUNTERS: ("counters", ("guild_id", "last_number"), ("guild_id",)),
    RecordKind.TICKET_TYPES: ("ticket_types", ("id", "guild_id", "name", "options", "created_at"), ("id",)),
    RecordKind.PANELS: (
        "panels",
        (
            "id",
            "guild_id",
            "channel_id",
            "message_id",
            "title",
            "description",
            "button_label",
            "created_by",
            "created_at",
            "type_ids",
            "style",
        ),
        ("id",),
    ),
    RecordKind.TICKETS: (
        "tickets",
        (
            "id",
            "guild_id",
            "number",
            "opener_id",
            "channel_id",
            "status",
            "reason",
            "opened_at",
            "closed_at",
            "closed_by",
            "close_reason",
            "transcript_message_id",
            "type_id",
            "answers",
            "claimed_by",
            "close_due_at",
            "active_at",
            "opener_active_at",
            "idle_warned_at",
            "auto_close",
            "opener_left_at",
        ),
        ("id",),
    ),
    RecordKind.PARTICIPANTS: ("participants", ("ticket_id", "user_id", "role", "added_at"), ("ticket_id", "user_id")),
    RecordKind.TRANSCRIPTS: (
        "transcripts",
        ("ticket_id", "message_count", "html", "text", "created_at"),
        ("ticket_id",),
    ),
    RecordKind.TRANSCRIPT_FILES: (
        "transcript_files",
        ("ticket_id", "position", "part", "filename", "content_type", "data"),
        ("ticket_id", "position", "part"),
    ),
    RecordKind.AUDIT_ENTRIES: (
        "audit_entries",
        ("id", "guild_id", "ticket_id", "actor_id", "action", "details", "created_at"),
        ("id",),
    ),
    RecordKind.API_KEYS: (
        "api_keys",
        ("id", "guild_id", "name", "key_hash", "created_by", "created_at", "revoked_at"),
        ("id",),
    ),
    RecordKind.WEB_REVOCATIONS: ("web_revocations", ("kind", "subject_id", "revoked_at"), ("kind", "subject_id")),
}

DATETIME_COLUMNS = frozenset({"updated_at", "created_at", "opened_at", "closed_at", "added_at"})


def columns(kind: RecordKind) -> str:
    """Return the comma-separated column list of a record kind's table."""
    return ", ".join(TABLES[kind][1])


def insert_sql(verb: str, table: str, cols: Sequence[str]) -> str:
    """Return ``<verb> INTO table (cols) VALUES (?, …)``; dialects append their conflict clause."""
    return f"{verb} INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


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


class SQLAdapter(DatabaseAdapter):
    """Implements the adapter contract on top of a dialect's sessions."""

    FOR_UPDATE: ClassVar[str]
    MIGRATIONS: ClassVar[Sequence[Sequence[str]]]

    @abstractmethod
    def _session(self) -> AbstractAsyncContextManager[SQLSession]:
        """Open a write transaction that commits on success and rolls back on error."""

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

    def _opt_from_db(self, value: Any) -> datetime | None:
        return None if value is None else self._from_db(value)

    async def _migrate(self) -> None:
        async with self._session() as s:
            await s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = await s.fetchone("SELECT MAX(version) FROM schema_version")
        current = row[0] if row and row[0] is not None else 0
        for version, statements in enumerate(self.MIGRATIONS[current:], start=current + 1):
            async with self._session() as s:
                for statement in statements:
                    await s.execute(statement)
                await s.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    # Row conversion

    def _row_values(self, record: Record) -> tuple[Any, ...]:
        values: list[Any]
        match record:
            case GuildConfig():
                values = [
                    record.guild_id,
                    record.ticket_category_id,
                    record.log_channel_id,
                    record.archive_category_id,
                    record.close_action.value,
                    record.max_open_tickets,
                    record.channel_name_template,
                    record.welcome_message,
                    record.updated_at,
                    record.overflow_category_id,
                    json.dumps(record.blocked_ids) if record.blocked_ids else None,
                    record.claim_mode.value,
                    record.auto_close_hours,
                    record.auto_close_warning_hours,
                    record.idle_counts.value,
                    record.confirm_close,
                    record.on_opener_leave.value,
                ]
            case TicketType():
                values = [record.id, record.guild_id, record.name, json.dumps(type_options(record)), record.created_at]
            case _:
                values = list(astuple(record))
        return tuple(self._to_db_value(v) for v in values)

    def _to_db_value(self, value: Any) -> Any:
        """Datetimes in the backend's form, enums as their values, lists (ids, answers) as JSON text."""
        if isinstance(value, datetime):
            return self._to_db(value)
        if isinstance(value, tuple):
            return json.dumps(value) if value else None
        return getattr(value, "value", value)

    def _ticket(self, row: Sequence[Any]) -> Ticket:
        return Ticket(
            id=row[0],
            guild_id=row[1],
            number=row[2],
            opener_id=row[3],
            channel_id=row[4],
            status=TicketStatus(row[5]),
            reason=row[6],
            opened_at=self._from_db(row[7]),
            closed_at=self._opt_from_db(row[8]),
            closed_by=row[9],
            close_reason=row[10],
            transcript_message_id=row[11],
            type_id=row[12],
            answers=answers(row[13]),
            claimed_by=row[14],
            close_due_at=self._opt_from_db(row[15]),
            active_at=self._opt_from_db(row[16]),
            opener_active_at=self._opt_from_db(row[17]),
            idle_warned_at=self._opt_from_db(row[18]),
            auto_close=bool(row[19]),
            opener_left_at=self._opt_from_db(row[20]),
        )

    def _panel(self, row: Sequence[Any]) -> Panel:
        return Panel(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            row[6],
            row[7],
            self._from_db(row[8]),
            tuple(json.loads(row[9])) if row[9] else (),
            PanelStyle(row[10]),
        )

    def _ticket_type(self, row: Sequence[Any]) -> TicketType:
        return ticket_type(row[0], row[1], row[2], self._from_db(row[4]), row[3])

    def _participant(self, row: Sequence[Any]) -> Participant:
        return Participant(row[0], row[1], ParticipantRole(row[2]), self._from_db(row[3]))

    def _transcript(self, row: Sequence[Any]) -> Transcript:
        return Transcript(row[0], row[1], as_bytes(row[2]), as_bytes(row[3]), self._from_db(row[4]))

    def _api_key(self, row: Sequence[Any]) -> ApiKey:
        return ApiKey(row[0], row[1], row[2], row[3], row[4], self._from_db(row[5]), self._opt_from_db(row[6]))

    def _audit(self, row: Sequence[Any]) -> AuditEntry:
        return AuditEntry(row[0], row[1], row[2], row[3], row[4], row[5], self._from_db(row[6]))

    async def _guild_config(self, s: SQLSession, row: Sequence[Any]) -> GuildConfig:
        roles = await s.fetchall("SELECT role_id FROM staff_roles WHERE guild_id = ? ORDER BY position", (row[0],))
        return GuildConfig(
            guild_id=row[0],
            staff_role_ids=[r[0] for r in roles],
            ticket_category_id=row[1],
            log_channel_id=row[2],
            archive_category_id=row[3],
            close_action=CloseAction(row[4]),
            max_open_tickets=row[5],
            channel_name_template=row[6],
            welcome_message=row[7],
            updated_at=self._from_db(row[8]),
            overflow_category_id=row[9],
            blocked_ids=json.loads(row[10]) if row[10] else [],
            claim_mode=ClaimMode(row[11]),
            auto_close_hours=row[12],
            auto_close_warning_hours=row[13],
            idle_counts=IdleCounts(row[14]),
            confirm_close=bool(row[15]),
            on_opener_leave=LeaveAction(row[16]),
        )

    def _record(self, kind: RecordKind, row: Sequence[Any]) -> Record:
        match kind:
            case RecordKind.COUNTERS:
                return GuildCounter(row[0], row[1])
            case RecordKind.TICKET_TYPES:
                return self._ticket_type(row)
            case RecordKind.PANELS:
                return self._panel(row)
            case RecordKind.TICKETS:
                return self._ticket(row)
            case RecordKind.PARTICIPANTS:
                return self._participant(row)
            case RecordKind.TRANSCRIPTS:
                return self._transcript(row)
            case RecordKind.TRANSCRIPT_FILES:
                return FileChunk(row[0], row[1], row[2], row[3], row[4], as_bytes(row[5]))
            case RecordKind.AUDIT_ENTRIES:
                return self._audit(row)
            case RecordKind.API_KEYS:
                return self._api_key(row)
            case RecordKind.WEB_REVOCATIONS:
                return WebRevocation(Revoked(row[0]), row[1], self._from_db(row[2]))
        raise ValueError(kind)

    # Settings

    @override
    @retry_transient
    async def get_guild_config(self, guild_id: int) -> GuildConfig | None:
        async with self._reader() as s:
            row = await s.fetchone(
                f"SELECT {columns(RecordKind.GUILD_CONFIGS)} FROM guild_configs WHERE guild_id = ?", (guild_id,)
            )
            return None if row is None else await self._guild_config(s, row)

    @override
    @retry_transient
    async def save_guild_config(self, config: GuildConfig) -> None:
        async with self._session() as s:
            await self._write_guild_config(s, config)

    async def _write_guild_config(self, s: SQLSession, config: GuildConfig) -> None:
        table, cols, keys = TABLES[RecordKind.GUILD_CONFIGS]
        await s.execute(self._upsert_sql(table, cols, keys), self._row_values(config))
        await s.execute("DELETE FROM staff_roles WHERE guild_id = ?", (config.guild_id,))
        for position, role_id in enumerate(config.staff_role_ids):
            await s.execute(
                "INSERT INTO staff_roles (guild_id, role_id, position) VALUES (?, ?, ?)",
                (config.guild_id, role_id, position),
            )

    # Ticket types

    @override
    @retry_transient
    async def list_ticket_types(self, guild_id: int) -> list[TicketType]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.TICKET_TYPES)} FROM ticket_types WHERE guild_id = ? ORDER BY id",
                (guild_id,),
            )
        return [self._ticket_type(row) for row in rows]

    @override
    @retry_transient
    async def save_ticket_type(self, ticket_type: TicketType) -> TicketType:
        table, cols, _ = TABLES[RecordKind.TICKET_TYPES]
        values = self._row_values(ticket_type)
        async with self._session() as s:
            # Names are compared here, not by a unique index: MySQL's binary collation would not fold case.
            clash = await s.fetchone(
                "SELECT id FROM ticket_types WHERE guild_id = ? AND LOWER(name) = LOWER(?) AND id <> ?"
                f"{self.FOR_UPDATE}",
                (ticket_type.guild_id, ticket_type.name, ticket_type.id),
            )
            if clash is not None:
                raise UserInputError(f"There is already a ticket type named “{ticket_type.name}”.")
            if ticket_type.id:
                await s.execute(
                    "UPDATE ticket_types SET name = ?, options = ? WHERE id = ?", (values[2], values[3], values[0])
                )
                return ticket_type
            result = await s.execute(insert_sql("INSERT", table, cols[1:]), values[1:])
        assert result.lastrowid is not None
        return replace(ticket_type, id=result.lastrowid)

    @override
    @retry_transient
    async def delete_ticket_type(self, type_id: int) -> None:
        async with self._session() as s:
            await s.execute("DELETE FROM ticket_types WHERE id = ?", (type_id,))

    # Panels

    @override
    @retry_transient
    async def create_panel(self, panel: Panel) -> Panel:
        table, cols, _ = TABLES[RecordKind.PANELS]
        async with self._session() as s:
            result = await s.execute(insert_sql("INSERT", table, cols[1:]), self._row_values(panel)[1:])
        assert result.lastrowid is not None
        return replace(panel, id=result.lastrowid)

    @override
    @retry_transient
    async def set_panel_message(self, panel_id: int, message_id: int) -> None:
        async with self._session() as s:
            await s.execute("UPDATE panels SET message_id = ? WHERE id = ?", (message_id, panel_id))

    @override
    @retry_transient
    async def update_panel(self, panel: Panel) -> None:
        values = dict(zip(TABLES[RecordKind.PANELS][1], self._row_values(panel), strict=True))
        async with self._session() as s:
            await s.execute(
                "UPDATE panels SET title = ?, description = ?, button_label = ?, type_ids = ?, style = ? WHERE id = ?",
                tuple(values[c] for c in ("title", "description", "button_label", "type_ids", "style", "id")),
            )

    @override
    @retry_transient
    async def get_panel(self, panel_id: int) -> Panel | None:
        async with self._reader() as s:
            row = await s.fetchone(f"SELECT {columns(RecordKind.PANELS)} FROM panels WHERE id = ?", (panel_id,))
        return None if row is None else self._panel(row)

    @override
    @retry_transient
    async def list_panels(self, guild_id: int) -> list[Panel]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.PANELS)} FROM panels WHERE guild_id = ? ORDER BY id", (guild_id,)
            )
        return [self._panel(row) for row in rows]

    @override
    @retry_transient
    async def delete_panel(self, panel_id: int) -> None:
        async with self._session() as s:
            await s.execute("DELETE FROM panels WHERE id = ?", (panel_id,))

    # Tickets: opening

    @override
    @retry_transient
    async def reserve_ticket(
        self, request: TicketRequest, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket:
        ticket = await self._reserve(request, max_open, type_max_open)
        if ticket is None:
            # A server's first ticket: make its counter row in a transaction of its own (inserting it
            # inside the locking one deadlocks on MariaDB), then reserve as usual.
            async with self._session() as s:
                await s.execute(self._insert_ignore_sql("counters", ("guild_id", "last_number")), (request.guild_id, 0))
            ticket = await self._reserve(request, max_open, type_max_open)
        assert ticket is not None
        return ticket

    async def _reserve(self, request: TicketRequest, max_open: int, type_max_open: int | None) -> Ticket | None:
        """Reserve in one transaction; None when the server has no counter row yet.

        The counter row's lock serialises a server's reservations, so both limits are checked race-free.
        """
        async with self._session() as s:
            row = await s.fetchone(
                f"SELECT last_number FROM counters WHERE guild_id = ?{self.FOR_UPDATE}", (request.guild_id,)
            )
            if row is None:
                return None
            await self._check_limits(s, request.guild_id, request.opener_id, request.type_id, max_open, type_max_open)
            number = row[0] + 1
            await s.execute("UPDATE counters SET last_number = ? WHERE guild_id = ?", (number, request.guild_id))
            opened_at = self._to_db(request.opened_at)
            result = await s.execute(
                "INSERT INTO tickets (guild_id, number, opener_id, status, reason, opened_at, type_id, answers,"
                " active_at, opener_active_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    request.guild_id,
                    number,
                    request.opener_id,
                    TicketStatus.PENDING.value,
                    request.reason,
                    opened_at,
                    request.type_id,
                    self._to_db_value(request.answers),
                    opened_at,
                    opened_at,
                ),
            )
            assert result.lastrowid is not None
            await s.execute(
                "INSERT INTO participants (ticket_id, user_id, role, added_at) VALUES (?, ?, ?, ?)",
                (result.lastrowid, request.opener_id, ParticipantRole.CREATOR.value, opened_at),
            )
        return Ticket(
            result.lastrowid,
            request.guild_id,
            number,
            request.opener_id,
            None,
            TicketStatus.PENDING,
            request.reason,
            request.opened_at,
            type_id=request.type_id,
            answers=request.answers,
            active_at=request.opened_at,
            opener_active_at=request.opened_at,
        )

    async def _check_limits(
        self,
        s: SQLSession,
        guild_id: int,
        opener_id: int,
        type_id: int | None,
        max_open: int,
        type_max_open: int | None,
    ) -> None:
        """Raise TicketLimitReached when the opener may not have one more active ticket (of this type)."""
        active = await s.fetchone(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN type_id = ? THEN 1 ELSE 0 END), 0) FROM tickets"
            f" WHERE guild_id = ? AND opener_id = ? AND status IN ({ACTIVE_IN})",
            (type_id, guild_id, opener_id, *ACTIVE),
        )
        if active is not None and active[0] >= max_open:
            raise TicketLimitReached(max_open)
        if active is not None and type_max_open is not None and active[1] >= type_max_open:
            raise TicketLimitReached(type_max_open, per_type=True)

    @override
    @retry_transient
    async def reopen_ticket(
        self, ticket_id: int, at: datetime, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket | None:
        async with self._session() as s:
            found = await s.fetchone(
                "SELECT guild_id, opener_id, type_id, status FROM tickets WHERE id = ?", (ticket_id,)
            )
            if found is None or found[3] != TicketStatus.ARCHIVED.value:
                return None
            guild_id, opener_id, type_id, _ = found
            # The counter row's lock serialises the server's opens and reopens, as in a reservation.
            await s.fetchone(f"SELECT last_number FROM counters WHERE guild_id = ?{self.FOR_UPDATE}", (guild_id,))
            await self._check_limits(s, guild_id, opener_id, type_id, max_open, type_max_open)
            when = self._to_db(at)
            result = await s.execute(
                "UPDATE tickets SET status = ?, closed_at = NULL, closed_by = NULL, close_reason = NULL,"
                " transcript_message_id = NULL, close_due_at = NULL, idle_warned_at = NULL, active_at = ?,"
                " opener_active_at = ?"
                " WHERE id = ? AND status = ?",
                (TicketStatus.OPEN.value, when, when, ticket_id, TicketStatus.ARCHIVED.value),
            )
            if result.rowcount != 1:
                return None
            row = await s.fetchone(f"SELECT {columns(RecordKind.TICKETS)} FROM tickets WHERE id = ?", (ticket_id,))
        assert row is not None
        return self._ticket(row)

    @override
    @retry_transient
    async def last_opened_at(self, guild_id: int, opener_id: int, type_id: int | None) -> datetime | None:
        async with self._reader() as s:
            row = await s.fetchone(
                "SELECT MAX(opened_at) FROM tickets WHERE guild_id = ? AND opener_id = ? AND type_id "
                + ("IS NULL" if type_id is None else "= ?"),
                (guild_id, opener_id) if type_id is None else (guild_id, opener_id, type_id),
            )
        return self._opt_from_db(row[0] if row else None)

    @override
    @retry_transient
    async def activate_ticket(self, ticket_id: int, channel_id: int, entry: AuditEntry) -> AuditEntry:
        async with self._session() as s:
            result = await s.execute(
                "UPDATE tickets SET channel_id = ?, status = ? WHERE id = ? AND status = ?",
                (channel_id, TicketStatus.OPEN.value, ticket_id, TicketStatus.PENDING.value),
            )
            if result.rowcount == 1:
                return await self._insert_audit(s, entry)
            row = await s.fetchone("SELECT status, channel_id FROM tickets WHERE id = ?", (ticket_id,))
        if row is None or (TicketStatus(row[0]), row[1]) != (TicketStatus.OPEN, channel_id):
            raise NotFoundError(f"Ticket {ticket_id} is not waiting for a channel.")
        return entry

    @override
    @retry_transient
    async def discard_ticket(self, ticket_id: int) -> None:
        async with self._session() as s:
            result = await s.execute(
                "DELETE FROM tickets WHERE id = ? AND status = ?", (ticket_id, TicketStatus.PENDING.value)
            )
            if result.rowcount == 1:
                await s.execute("DELETE FROM participants WHERE ticket_id = ?", (ticket_id,))

    @override
    @retry_transient
    async def set_claim(self, ticket_id: int, claimer_id: int | None, expected: int | None) -> bool:
        held = "claimed_by IS NULL" if expected is None else "claimed_by = ?"
        async with self._session() as s:
            result = await s.execute(
                f"UPDATE tickets SET claimed_by = ? WHERE id = ? AND status = ? AND {held}",
                (claimer_id, ticket_id, TicketStatus.OPEN.value, *(() if expected is None else (expected,))),
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def set_close_due(self, ticket_id: int, due_at: datetime | None, reason: str | None) -> bool:
        due = None if due_at is None else self._to_db(due_at)
        async with self._session() as s:
            result = await s.execute(
                "UPDATE tickets SET close_due_at = ?, close_reason = ? WHERE id = ? AND status = ?",
                (due, reason, ticket_id, TicketStatus.OPEN.value),
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_due_closes(self, now: datetime) -> list[Ticket]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.TICKETS)} FROM tickets WHERE close_due_at <= ? AND status = ? ORDER BY id",
                (self._to_db(now), TicketStatus.OPEN.value),
            )
        return [self._ticket(row) for row in rows]

    @override
    @retry_transient
    async def set_ticket_type(self, ticket_id: int, type_id: int | None, expected: int | None) -> bool:
        held = "type_id IS NULL" if expected is None else "type_id = ?"
        async with self._session() as s:
            result = await s.execute(
                f"UPDATE tickets SET type_id = ? WHERE id = ? AND status = ? AND {held}",
                (type_id, ticket_id, TicketStatus.OPEN.value, *(() if expected is None else (expected,))),
            )
        return result.rowcount == 1

    # Tickets: inactivity

    @override
    @retry_transient
    async def record_activity(self, ticket_id: int, at: datetime, *, by_opener: bool) -> None:
        later = "CASE WHEN {0} < ? THEN ? ELSE {0} END"
        columns_set = [f"active_at = {later.format('active_at')}"]
        if by_opener:
            columns_set.append(f"opener_active_at = {later.format('opener_active_at')}")
        when = self._to_db(at)
        async with self._session() as s:
            await s.execute(
                f"UPDATE tickets SET {', '.join(columns_set)} WHERE id = ? AND status = ?",
                (*([when, when] * len(columns_set)), ticket_id, TicketStatus.OPEN.value),
            )

    @override
    @retry_transient
    async def list_idle(self, guild_id: int, before: datetime, *, by_opener: bool) -> list[Ticket]:
        column = "opener_active_at" if by_opener else "active_at"
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.TICKETS)} FROM tickets"
                f" WHERE guild_id = ? AND status = ? AND {column} <= ? AND auto_close = ? ORDER BY id",
                (guild_id, TicketStatus.OPEN.value, self._to_db(before), True),
            )
        return [self._ticket(row) for row in rows]

    @override
    @retry_transient
    async def mark_idle_warned(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        held = "idle_warned_at IS NULL" if expected is None else "idle_warned_at = ?"
        async with self._session() as s:
            result = await s.execute(
                f"UPDATE tickets SET idle_warned_at = ? WHERE id = ? AND status = ? AND {held}",
                (
                    None if at is None else self._to_db(at),
                    ticket_id,
                    TicketStatus.OPEN.value,
                    *(() if expected is None else (self._to_db(expected),)),
                ),
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def set_auto_close(self, ticket_id: int, enabled: bool) -> bool:
        async with self._session() as s:
            result = await s.execute(
                "UPDATE tickets SET auto_close = ? WHERE id = ? AND status = ?",
                (enabled, ticket_id, TicketStatus.OPEN.value),
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def mark_opener_left(self, ticket_id: int, at: datetime) -> bool:
        async with self._session() as s:
            result = await s.execute(
                "UPDATE tickets SET opener_left_at = ? WHERE id = ? AND status = ? AND opener_left_at IS NULL",
                (self._to_db(at), ticket_id, TicketStatus.OPEN.value),
            )
        return result.rowcount == 1

    # Tickets: closing

    @override
    @retry_transient
    async def begin_close(self, ticket_id: int, closure: Closure) -> bool:
        async with self._session() as s:
            result = await s.execute(
                "UPDATE tickets SET status = ?, closed_by = ?, close_reason = ?, closed_at = ? WHERE id = ? AND status = ?",
                (
                    TicketStatus.CLOSING.value,
                    closure.closed_by,
                    closure.reason,
                    self._to_db(closure.closed_at),
                    ticket_id,
                    TicketStatus.OPEN.value,
                ),
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def cancel_close(self, ticket_id: int) -> bool:
        async with self._session() as s:
            result = await s.execute(
                "UPDATE tickets SET status = ?, closed_by = NULL, close_reason = NULL, closed_at = NULL,"
                " close_due_at = NULL WHERE id = ? AND status = ?",
                (TicketStatus.OPEN.value, ticket_id, TicketStatus.CLOSING.value),
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def save_transcript(self, transcript: Transcript) -> None:
        table, cols, keys = TABLES[RecordKind.TRANSCRIPTS]
        async with self._session() as s:
            await s.execute(self._upsert_sql(table, cols, keys), self._row_values(transcript))

    @override
    @retry_transient
    async def set_transcript_message(self, ticket_id: int, message_id: int) -> None:
        async with self._session() as s:
            await s.execute("UPDATE tickets SET transcript_message_id = ? WHERE id = ?", (message_id, ticket_id))

    @override
    @retry_transient
    async def finish_close(self, ticket_id: int, status: TicketStatus, entry: AuditEntry) -> AuditEntry | None:
        async with self._session() as s:
            result = await s.execute(
                "UPDATE tickets SET status = ? WHERE id = ? AND status = ?",
                (status.value, ticket_id, TicketStatus.CLOSING.value),
            )
            if result.rowcount != 1:
                return None
            return await self._insert_audit(s, entry)

    # Tickets: reading

    @override
    @retry_transient
    async def get_ticket(self, ticket_id: int) -> Ticket | None:
        return await self._one_ticket("id", ticket_id)

    @override
    @retry_transient
    async def get_ticket_by_channel(self, channel_id: int) -> Ticket | None:
        return await self._one_ticket("channel_id", channel_id)

    async def _one_ticket(self, column: str, value: int) -> Ticket | None:
        async with self._reader() as s:
            row = await s.fetchone(f"SELECT {columns(RecordKind.TICKETS)} FROM tickets WHERE {column} = ?", (value,))
        return None if row is None else self._ticket(row)

    @override
    @retry_transient
    async def list_tickets(
        self, statuses: Collection[TicketStatus], guild_id: int | None = None, *, opener_id: int | None = None
    ) -> list[Ticket]:
        if not statuses:
            return []
        filters = {"guild_id": guild_id, "opener_id": opener_id}
        where = "".join(f" AND {column} = ?" for column, value in filters.items() if value is not None)
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.TICKETS)} FROM tickets"
                f" WHERE status IN ({', '.join('?' * len(statuses))}){where} ORDER BY id",
                (*(status.value for status in statuses), *(v for v in filters.values() if v is not None)),
            )
        return [self._ticket(row) for row in rows]

    @override
    @retry_transient
    async def search_tickets(self, search: TicketSearch) -> list[Ticket]:
        conditions: list[str] = ["guild_id = ?"]
        params: list[Any] = [search.guild_id]
        for column, operator, value in (
            ("number", "=", search.number),
            ("opener_id", "=", search.opener_id),
            ("opened_at", ">=", search.opened_from),
            ("opened_at", "<", search.opened_before),
            ("number", "<", search.below_number),
        ):
            if value is not None:
                conditions.append(f"{column} {operator} ?")
                params.append(self._to_db_value(value))
        if search.type_ids is not None:
            typed = [t for t in search.type_ids if t is not None]
            either = [f"type_id IN ({', '.join('?' * len(typed))})"] if typed else []
            either += ["type_id IS NULL"] if None in search.type_ids else []
            conditions.append(f"({' OR '.join(either)})" if either else "1 = 0")
            params += typed
        if search.statuses:
            conditions.append(f"status IN ({', '.join('?' * len(search.statuses))})")
            params += [s.value for s in search.statuses]
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.TICKETS)} FROM tickets WHERE {' AND '.join(conditions)}"
                f" ORDER BY number DESC LIMIT {int(search.limit)}",
                params,
            )
        return [self._ticket(row) for row in rows]

    @override
    @retry_transient
    async def count_open_tickets(self, guild_id: int | None = None) -> int:
        where, params = ("guild_id = ? AND ", (guild_id,)) if guild_id is not None else ("", ())
        async with self._reader() as s:
            row = await s.fetchone(
                f"SELECT COUNT(*) FROM tickets WHERE {where}status = ?", (*params, TicketStatus.OPEN.value)
            )
        return row[0] if row else 0

    # Participants

    @override
    @retry_transient
    async def add_participant(self, participant: Participant) -> bool:
        table, cols, _ = TABLES[RecordKind.PARTICIPANTS]
        async with self._session() as s:
            result = await s.execute(self._insert_ignore_sql(table, cols), self._row_values(participant))
        return result.rowcount == 1

    @override
    @retry_transient
    async def remove_participant(self, ticket_id: int, user_id: int) -> bool:
        async with self._session() as s:
            result = await s.execute(
                "DELETE FROM participants WHERE ticket_id = ? AND user_id = ?", (ticket_id, user_id)
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_participants(self, ticket_id: int) -> list[Participant]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.PARTICIPANTS)} FROM participants WHERE ticket_id = ? ORDER BY added_at, user_id",
                (ticket_id,),
            )
        return [self._participant(row) for row in rows]

    # Transcripts and audit

    @override
    @retry_transient
    async def create_api_key(self, key: ApiKey) -> ApiKey:
        table, cols, _ = TABLES[RecordKind.API_KEYS]
        async with self._session() as s:
            result = await s.execute(insert_sql("INSERT", table, cols[1:]), self._row_values(key)[1:])
        assert result.lastrowid is not None
        return replace(key, id=result.lastrowid)

    @override
    @retry_transient
    async def find_api_key(self, key_hash: str) -> ApiKey | None:
        async with self._reader() as s:
            row = await s.fetchone(
                f"SELECT {columns(RecordKind.API_KEYS)} FROM api_keys WHERE key_hash = ?", (key_hash,)
            )
        return None if row is None else self._api_key(row)

    @override
    @retry_transient
    async def list_api_keys(self, guild_id: int) -> list[ApiKey]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.API_KEYS)} FROM api_keys"
                " WHERE guild_id = ? AND revoked_at IS NULL ORDER BY id",
                (guild_id,),
            )
        return [self._api_key(row) for row in rows]

    @override
    @retry_transient
    async def revoke_api_key(self, key_id: int, at: datetime) -> bool:
        async with self._session() as s:
            result = await s.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (self._to_db(at), key_id)
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def save_transcript_files(self, ticket_id: int, files: Sequence[TranscriptFile]) -> None:
        table, cols, keys = TABLES[RecordKind.TRANSCRIPT_FILES]
        async with self._session() as s:
            await s.execute("DELETE FROM transcript_files WHERE ticket_id = ?", (ticket_id,))
            for chunk in chunked(files):
                await s.execute(self._upsert_sql(table, cols, keys), self._row_values(chunk))

    @override
    @retry_transient
    async def get_transcript_file(self, ticket_id: int, position: int) -> TranscriptFile | None:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.TRANSCRIPT_FILES)} FROM transcript_files"
                " WHERE ticket_id = ? AND position = ? ORDER BY part",
                (ticket_id, position),
            )
        return joined([FileChunk(r[0], r[1], r[2], r[3], r[4], as_bytes(r[5])) for r in rows])

    @override
    @retry_transient
    async def get_transcript(self, ticket_id: int) -> Transcript | None:
        async with self._reader() as s:
            row = await s.fetchone(
                f"SELECT {columns(RecordKind.TRANSCRIPTS)} FROM transcripts WHERE ticket_id = ?", (ticket_id,)
            )
        return None if row is None else self._transcript(row)

    @override
    @retry_transient
    async def add_audit_entry(self, entry: AuditEntry) -> AuditEntry:
        async with self._session() as s:
            return await self._insert_audit(s, entry)

    async def _insert_audit(self, s: SQLSession, entry: AuditEntry) -> AuditEntry:
        table, cols, _ = TABLES[RecordKind.AUDIT_ENTRIES]
        result = await s.execute(insert_sql("INSERT", table, cols[1:]), self._row_values(entry)[1:])
        assert result.lastrowid is not None
        return replace(entry, id=result.lastrowid)

    @override
    @retry_transient
    async def list_audit_entries(self, guild_id: int, limit: int = 50) -> list[AuditEntry]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT {columns(RecordKind.AUDIT_ENTRIES)} FROM audit_entries WHERE guild_id = ?"
                " ORDER BY id DESC LIMIT ?",
                (guild_id, limit),
            )
        return [self._audit(row) for row in rows]

    # Web revocations

    @override
    @retry_transient
    async def revoke_web_access(self, revocation: WebRevocation) -> None:
        table, cols, _ = TABLES[RecordKind.WEB_REVOCATIONS]
        values = self._row_values(revocation)
        async with self._session() as s:
            # Insert if new, then move the time only forward: the later revocation wins in any order.
            await s.execute(self._insert_ignore_sql(table, cols), values)
            await s.execute(
                f"UPDATE {table} SET revoked_at = ? WHERE kind = ? AND subject_id = ? AND revoked_at < ?",
                (values[2], values[0], values[1], values[2]),
            )

    @override
    @retry_transient
    async def web_access_revoked_at(self, kind: Revoked, subject_id: int) -> datetime | None:
        async with self._reader() as s:
            row = await s.fetchone(
                "SELECT revoked_at FROM web_revocations WHERE kind = ? AND subject_id = ?", (kind.value, subject_id)
            )
        return None if row is None else self._from_db(row[0])

    # Whole-database access

    @override
    async def iter_records(self, kind: RecordKind) -> AsyncIterator[Record]:
        table, cols, keys = TABLES[kind]
        last: tuple[Any, ...] | None = None
        page = page_size(kind)
        while True:
            where, params = ("", ()) if last is None else self._after_key(keys, last)
            async with self._reader() as s:
                rows = await s.fetchall(
                    f"SELECT {', '.join(cols)} FROM {table} {where} ORDER BY {', '.join(keys)} LIMIT {page}", params
                )
                records = [
                    await self._guild_config(s, row) if kind is RecordKind.GUILD_CONFIGS else self._record(kind, row)
                    for row in rows
                ]
            for record in records:
                yield record
            if len(rows) < page:
                return
            last = tuple(rows[-1][cols.index(k)] for k in keys)

    @staticmethod
    def _after_key(keys: Sequence[str], last: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
        if len(keys) == 1:
            return f"WHERE {keys[0]} > ?", last
        return f"WHERE ({keys[0]} > ? OR ({keys[0]} = ? AND {keys[1]} > ?))", (last[0], last[0], last[1])

    @override
    @retry_transient
    async def import_records(self, kind: RecordKind, records: Sequence[Record]) -> None:
        table, cols, keys = TABLES[kind]
        async with self._session() as s:
            for record in records:
                if isinstance(record, GuildConfig):
                    await self._write_guild_config(s, record)
                else:
                    await s.execute(self._upsert_sql(table, cols, keys), self._row_values(record))

    @override
    @retry_transient
    async def count_records(self, kind: RecordKind) -> int:
        async with self._reader() as s:
            row = await s.fetchone(f"SELECT COUNT(*) FROM {TABLES[kind][0]}")
        return row[0] if row else 0
