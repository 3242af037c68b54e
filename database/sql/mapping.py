"""Rows ⇄ records for the SQL backends, derived once from the records' dataclass fields, by name.

A table's columns are its record's fields (less those stored elsewhere); a SELECT names them in that
order, so a row is read by column name, never by position. How each value is stored follows the
field's type: datetimes in the dialect's form, enums as their values, tuples and lists as JSON text
(NULL when empty), booleans and bytes as the driver gives them back. Each kind's store module
(``database.sql.<kind>``) declares its table with ``table``.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum, StrEnum
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from pydantic import TypeAdapter

from database.records import Record, RecordKind, as_bytes

R = TypeVar("R", bound=Record)


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
    """A record kind's table: its name, key columns and columns, in one fixed order.

    ``extra`` columns hold what is not a field of its own; ``write`` gives their values for a record
    and ``read`` rebuilds the record from a row's values (by default, its fields by name).
    """

    kind: RecordKind
    keys: tuple[str, ...]
    fields: tuple[Column, ...]
    extra: tuple[Column, ...] = ()
    write: Callable[[Any], dict[str, Any]] | None = None
    read: Callable[[dict[str, Any]], Record] | None = None

    @property
    def name(self) -> str:
        """The table's name: its kind's."""
        return self.kind.value

    # Derived once, as every write and read uses them: every column and its name, in the order rows are
    # read and written, and ``SELECT <every column> FROM <table>``, to which a query adds its conditions.
    columns: tuple[Column, ...] = field(init=False, repr=False, compare=False)
    names: tuple[str, ...] = field(init=False, repr=False, compare=False)
    select: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        columns = (*self.fields, *self.extra)
        names = tuple(c.name for c in columns)
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "select", f"SELECT {', '.join(names)} FROM {self.name}")


# Every kind's table, declared by its store module (``database.sql.<kind>``) with ``table``.
TABLES: dict[RecordKind, Table] = {}
KINDS: dict[type, RecordKind] = {}


def table(
    kind: RecordKind,
    keys: Sequence[str],
    *,
    skip: Sequence[str] = (),
    only: Sequence[str] = (),
    extra: Sequence[Column] = (),
    write: Callable[[Any], dict[str, Any]] | None = None,
    read: Callable[[dict[str, Any]], Record] | None = None,
) -> Table:
    """Declare a kind's table, derived from its record's fields: all of them less ``skip`` (or just ``only``)."""
    if kind in TABLES:
        raise RuntimeError(f"the table of {kind} is declared twice")
    hints = get_type_hints(kind.record)
    names = [f.name for f in fields(kind.record) if f.name not in skip and (not only or f.name in only)]
    declared = Table(kind, tuple(keys), tuple(column(name, hints[name]) for name in names), tuple(extra), write, read)
    TABLES[kind] = declared
    KINDS[kind.record] = kind
    return declared


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
        table = TABLES[kind]
        stored = {c.name: self.encode(c.codec, getattr(record, c.name)) for c in table.fields}
        return stored | table.write(record) if table.write else stored

    def values(self, kind: RecordKind, record: Record, names: Sequence[str]) -> tuple[Any, ...]:
        """Return some of a record's stored values, in the order of ``names``."""
        row = self.row(kind, record)
        return tuple(row[name] for name in names)

    def fields(self, kind: RecordKind, row: Sequence[Any]) -> dict[str, Any]:
        """Return a row read with ``TABLES[kind].select`` as the record's fields, by name."""
        return {c.name: self.decode(c, value) for c, value in zip(TABLES[kind].columns, row, strict=True)}

    def record(self, kind: RecordKind, row: Sequence[Any], **extra: Any) -> Record:
        """Rebuild a record from a row read with ``TABLES[kind].select`` (plus fields stored elsewhere)."""
        table, found = TABLES[kind], self.fields(kind, row)
        if table.read is not None:
            return table.read(found | extra)
        record: Record = kind.record(**found, **extra)
        return record

    def load(self, record: type[R], row: Sequence[Any], **extra: Any) -> R:
        """Rebuild a record of a known type from a row read with its table's ``select``."""
        found = self.record(KINDS[record], row, **extra)
        assert isinstance(found, record)
        return found
