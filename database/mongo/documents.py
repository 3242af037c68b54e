"""Records ⇄ documents for MongoDB, by field name: the one place the backend converts values.

A document holds its record's fields under their names, enums as their values; its ``_id`` is the
record's key (a composite key as ``"a:b"`` text, its fields kept too). Datetimes are BSON dates and
bytes BSON binary, which the driver converts itself. Each kind's collection is declared, with
``collection``, by its store module (``database.mongo.<kind>``); a reader of its own, where stored
documents need more than their fields by name (enums, or defaults for fields added later).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, TypeAlias, TypeVar

from database.records import Record, RecordKind

Document: TypeAlias = dict[str, Any]
R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class Collection:
    """A record kind's collection and how its records are stored in it.

    ``key``: the fields making the ``_id`` (one is stored only as ``_id``); ``sequenced``: new ids come
    from the sequence named after the collection; ``skip``: fields never stored; ``write``/``read``:
    a document of its own making, a reader of its own (by default, the fields by name).
    """

    kind: RecordKind
    key: tuple[str, ...] = ("id",)
    sequenced: bool = False
    skip: tuple[str, ...] = ()
    write: Callable[[Any], Document] | None = None
    read: Callable[[Document], Record] | None = None

    @property
    def name(self) -> str:
        """The collection's name: its kind's."""
        return self.kind.value

    @property
    def order(self) -> list[tuple[str, int]]:
        """The sort that lists the collection in key order."""
        return [("_id", 1)] if len(self.key) == 1 else [(field, 1) for field in self.key]


# Every kind's collection, declared by its store module with ``collection``.
COLLECTIONS: dict[RecordKind, Collection] = {}
_BY_RECORD: dict[type, Collection] = {}


def collection(
    kind: RecordKind,
    key: Sequence[str] = ("id",),
    *,
    sequenced: bool = False,
    skip: Sequence[str] = (),
    write: Callable[[Any], Document] | None = None,
    read: Callable[[Document], Record] | None = None,
) -> Collection:
    """Declare a kind's collection (once)."""
    if kind in COLLECTIONS:
        raise RuntimeError(f"the collection of {kind} is declared twice")
    declared = Collection(kind, tuple(key), sequenced, tuple(skip), write, read)
    COLLECTIONS[kind] = _BY_RECORD[kind.record] = declared
    return declared


def composite_id(*parts: object) -> str:
    """Return the ``_id`` of a record keyed by several fields (a participant: one member once in a ticket)."""
    return ":".join(str(part) for part in parts)


def document(record: Record) -> Document:
    """Turn a record into its document; enums become their values."""
    stored = _BY_RECORD[type(record)]
    if stored.write is not None:
        return stored.write(record)
    values = {f.name: getattr(record, f.name) for f in fields(record) if f.name not in stored.skip}
    values = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in values.items()}
    if len(stored.key) == 1:
        values["_id"] = values.pop(stored.key[0])
    else:
        values["_id"] = composite_id(*(values[k] for k in stored.key))
    return values


def stored_fields(found: Document, key: Sequence[str] = ("id",)) -> Document:
    """Return a document's fields, its ``_id`` under the record's key field (a composite one dropped)."""
    values = {k: v for k, v in found.items() if k != "_id"}
    if len(key) == 1:
        values[key[0]] = found["_id"]
    return values


def read(kind: RecordKind, found: Document) -> Record:
    """Rebuild a record of a kind from its document."""
    stored = COLLECTIONS[kind]
    if stored.read is not None:
        return stored.read(found)
    record: Record = kind.record(**stored_fields(found, stored.key))
    return record


def load(record: type[R], found: Document) -> R:
    """Rebuild a record of a known type from its document."""
    loaded = read(_BY_RECORD[record].kind, found)
    assert isinstance(loaded, record)
    return loaded
