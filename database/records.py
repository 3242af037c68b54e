"""The records storage keeps, their kinds, and the conversions every backend shares."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from pydantic import TypeAdapter


class Record(Protocol):
    """A stored record: one of the dataclasses of ``core.models`` that a kind declares."""

    __dataclass_fields__: ClassVar[dict[str, Any]]


_ANSWERS = TypeAdapter(tuple[tuple[str, str], ...])


def answers(stored: Any) -> tuple[tuple[str, str], ...]:
    """Return a ticket's form answers from their stored form (JSON text, a list, or nothing)."""
    if not stored:
        return ()
    return _ANSWERS.validate_json(stored) if isinstance(stored, str | bytes) else _ANSWERS.validate_python(stored)


def as_bytes(document: str | bytes) -> bytes:
    """Return a stored transcript document as bytes (records written before schema v3 hold text)."""
    return document.encode() if isinstance(document, str) else bytes(document)


class _Kinds(type):
    """Makes ``RecordKind`` read like an enum: a kind by its upper-case name, and iteration in copy order."""

    def __iter__(cls) -> Iterator[RecordKind]:
        return iter(sorted(_declared().values(), key=lambda kind: kind.order))

    def __len__(cls) -> int:
        return len(_declared())

    def __getattr__(cls, name: str) -> RecordKind:
        found = _declared().get(name.lower()) if name.isupper() else None
        if found is None:
            raise AttributeError(f"no record kind {name!r}")
        return found


@dataclass(frozen=True, eq=False)
class RecordKind(metaclass=_Kinds):
    """A kind of stored record, declared once beside its interface (``database.contract.<kind>``).

    ``value`` names its table and collection; ``order`` places it when copying, so that what a record
    refers to is copied before it; ``page`` is how many to read or write at once when copying.
    """

    value: str
    record: type[Record]
    order: int
    page: int = field(default=500, kw_only=True)

    DECLARED: ClassVar[dict[str, RecordKind]] = {}

    def __str__(self) -> str:
        return self.value

    @classmethod
    def declare(cls, value: str, record: type[Record], order: int, *, page: int = 500) -> RecordKind:
        """Declare a kind of record (once): its name, its record's class and its place in the copy order."""
        kind = cls(value, record, order, page=page)
        clash = next((k for k in cls.DECLARED.values() if value == k.value or order == k.order), None)
        if clash is not None:
            raise RuntimeError(f"record kind {value!r} clashes with {clash.value!r} (same name or copy order)")
        cls.DECLARED[value] = kind
        return kind


def _declared() -> dict[str, RecordKind]:
    """Every declared kind: importing the contract imports each kind's interface, which declares it."""
    if "database.contract" not in sys.modules:  # kinds are looked up on every write: no import machinery then
        importlib.import_module("database.contract")
    return RecordKind.DECLARED
