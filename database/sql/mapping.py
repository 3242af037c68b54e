"""Rows ⇄ records for the SQL backends, derived once from the records' dataclass fields, by name.

A table's columns are its record's fields (less those stored elsewhere); a SELECT names them in that
order, so a row is read by column name, never by position. How each value is stored follows the
field's type: datetimes in the dialect's form, enums as their values, tuples and lists as JSON text
(NULL when empty), booleans and bytes as the driver gives them back.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum, StrEnum
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from pydantic import TypeAdapter

from core.models import (
    ApiKey,
    AuditEntry,
    FileChunk,
    GuildConfig,
    GuildCounter,
    Panel,
    Participant,
    Ticket,
    TicketType,
    Transcript,
    WebRevocation,
)
from database.records import Record, RecordKind, as_bytes, ticket_type, type_options

R = TypeVar("R", bound=Record)
OPTIONS = "options"  # the column holding a ticket type's settings, one JSON document


class Codec(Enum):
    """How a column's value is stored."""

    PLAIN = "plain"
    DATETIME = "datetime"
    ENUM = "enum"
    JSON = "json"
    BOOL = "bool"
    BYTES = "bytes"


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name (the field's) and how its value is stored."""

    name: str
    codec: Codec = Codec.PLAIN
    enum: type[StrEnum] | None = None
    json: TypeAdapter[Any] | None = None
    empty: Callable[[], Any] = tuple


def column(name: str, hint: Any) -> Column:
    """Return the column for a field of type ``hint`` (``X | None`` is stored as ``X``)."""
    if get_origin(hint) in (Union, types.UnionType):
        hint = next(arg for arg in get_args(hint) if arg is not type(None))
    origin = get_origin(hint)
    if hint is datetime:
        return Column(name, Codec.DATETIME)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return Column(name, Codec.ENUM, enum=hint)
    if origin in (tuple, list):
        return Column(name, Codec.JSON, json=TypeAdapter(hint), empty=origin)
    if hint is bool:
        return Column(name, Codec.BOOL)
    if hint is bytes:
        return Column(name, Codec.BYTES)
    return Column(name, Codec.PLAIN)


@dataclass(frozen=True, slots=True)
class Table:
    """A record kind's table: its name, key columns and columns, in one fixed order."""

    kind: RecordKind
    name: str
    record: type[Record]
    keys: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, in the order rows are read and written."""
        return tuple(c.name for c in self.columns)

    @property
    def select(self) -> str:
        """``SELECT <every column> FROM <table>``, to which a query adds its conditions."""
        return f"SELECT {', '.join(self.names)} FROM {self.name}"


def table(
    kind: RecordKind,
    record: type[Record],
    keys: Sequence[str],
    *,
    skip: Sequence[str] = (),
    only: Sequence[str] = (),
    extra: Sequence[Column] = (),
) -> Table:
    """Derive a table from a record's fields: all of them, less ``skip`` (or just ``only``), then ``extra``."""
    hints = get_type_hints(record)
    names = [f.name for f in fields(record) if f.name not in skip and (not only or f.name in only)]
    return Table(kind, kind.value, record, tuple(keys), (*(column(name, hints[name]) for name in names), *extra))


# Staff roles have a table of their own (their order matters); a thread channel is a type's setting
# seen through the server's, never stored with it. A type's settings are one JSON document, ``options``.
TABLES: dict[RecordKind, Table] = {
    t.kind: t
    for t in (
        table(RecordKind.GUILD_CONFIGS, GuildConfig, ["guild_id"], skip=["staff_role_ids", "thread_channel_id"]),
        table(RecordKind.COUNTERS, GuildCounter, ["guild_id"]),
        table(
            RecordKind.TICKET_TYPES,
            TicketType,
            ["id"],
            only=["id", "guild_id", "name", "created_at"],
            extra=[Column(OPTIONS)],
        ),
        table(RecordKind.PANELS, Panel, ["id"]),
        table(RecordKind.TICKETS, Ticket, ["id"]),
        table(RecordKind.PARTICIPANTS, Participant, ["ticket_id", "user_id"]),
        table(RecordKind.TRANSCRIPTS, Transcript, ["ticket_id"]),
        table(RecordKind.TRANSCRIPT_FILES, FileChunk, ["ticket_id", "position", "part"]),
        table(RecordKind.AUDIT_ENTRIES, AuditEntry, ["id"]),
        table(RecordKind.API_KEYS, ApiKey, ["id"]),
        table(RecordKind.WEB_REVOCATIONS, WebRevocation, ["kind", "subject_id"]),
    )
}
KINDS: dict[type, RecordKind] = {t.record: kind for kind, t in TABLES.items()}


class Converter:
    """Encodes values for a dialect and decodes what it gives back: the one place conversions happen."""

    def __init__(self, to_db: Callable[[datetime], Any], from_db: Callable[[Any], datetime]) -> None:
        self.to_db = to_db
        self.from_db = from_db

    def encode(self, codec: Codec, value: Any) -> Any:
        """Return ``value`` as stored in a column of this codec."""
        if value is None:
            return None
        match codec:
            case Codec.DATETIME:
                return self.to_db(value)
            case Codec.ENUM:
                return value.value
            case Codec.JSON:
                return json.dumps(value) if value else None
        return value

    def decode(self, col: Column, value: Any) -> Any:
        """Return a stored value as the field's type."""
        match col.codec:
            case Codec.JSON:
                assert col.json is not None
                return col.json.validate_json(value) if value else col.empty()
            case _ if value is None:
                return None
            case Codec.DATETIME:
                return self.from_db(value)
            case Codec.ENUM:
                assert col.enum is not None
                return col.enum(value)
            case Codec.BOOL:
                return bool(value)
            case Codec.BYTES:
                return as_bytes(value)
        return value

    def row(self, kind: RecordKind, record: Record) -> dict[str, Any]:
        """Return a record's row, column by column."""
        stored = {
            c.name: self.encode(c.codec, getattr(record, c.name)) for c in TABLES[kind].columns if c.name != OPTIONS
        }
        return stored | {OPTIONS: json.dumps(type_options(record))} if isinstance(record, TicketType) else stored

    def values(self, kind: RecordKind, record: Record, names: Sequence[str]) -> tuple[Any, ...]:
        """Return some of a record's stored values, in the order of ``names``."""
        row = self.row(kind, record)
        return tuple(row[name] for name in names)

    def fields(self, kind: RecordKind, row: Sequence[Any]) -> dict[str, Any]:
        """Return a row read with ``TABLES[kind].select`` as the record's fields, by name."""
        return {c.name: self.decode(c, value) for c, value in zip(TABLES[kind].columns, row, strict=True)}

    def record(self, kind: RecordKind, row: Sequence[Any], **extra: Any) -> Record:
        """Rebuild a record from a row read with ``TABLES[kind].select`` (plus fields stored elsewhere)."""
        found = self.fields(kind, row)
        if kind is RecordKind.TICKET_TYPES:
            return ticket_type(found["id"], found["guild_id"], found["name"], found["created_at"], found[OPTIONS])
        record: Record = TABLES[kind].record(**found, **extra)
        return record

    def load(self, record: type[R], row: Sequence[Any], **extra: Any) -> R:
        """Rebuild a record of a known type from a row read with its table's ``select``."""
        found = self.record(KINDS[record], row, **extra)
        assert isinstance(found, record)
        return found
