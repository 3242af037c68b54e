"""A kind of record is declared in its own modules only: no central per-kind list to edit.

Adding a kind takes its dataclass (``core/models.py``), its interface (``database/contract/<kind>.py``,
which declares the kind), its SQL store (``database/sql/<kind>.py``, its table), its MongoDB store
(``database/mongo/<kind>.py``, its collection) and one migration file. These tests fail when a
shared module starts naming a kind again.
"""

import re
from pathlib import Path

import database
from database import RecordKind
from database.mongo.adapter import MongoAdapter
from database.mongo.documents import COLLECTIONS
from database.sql.mapping import TABLES
from database.sql.sqlite import SQLiteAdapter

ROOT = Path(database.__file__).parent
# The modules every kind shares: none of them may name a kind or its record's class.
SHARED = [
    "__init__.py",
    "base.py",
    "copy.py",
    "records.py",
    "contract/__init__.py",
    "contract/copying.py",
    "sql/adapter.py",
    "sql/mapping.py",
    "sql/store.py",
    "sql/sqlite.py",
    "sql/mysql.py",
    "mongo/adapter.py",
    "mongo/documents.py",
    "mongo/store.py",
    "migrations/__init__.py",
]
# What copying needs beyond rows: a server's settings travel with their staff roles (a table of their
# own), and MongoDB's imported active tickets take their slots.
COPYING = {"sql/copying.py": {"GuildConfig", "GUILD_CONFIGS"}, "mongo/copying.py": {"TICKETS"}}
# The audit entry every state change writes is part of the shared store base (and of MySQL's hook that
# sends it with the change and the commit in one round trip).
STORE = {
    "sql/store.py": {"AuditEntry", "AUDIT_ENTRIES"},
    "sql/mysql.py": {"AuditEntry", "AUDIT_ENTRIES"},
    "mongo/store.py": {"AuditEntry"},
}


def names_in(path: str) -> set[str]:
    """The record classes and kind members that a module of ``database/`` names."""
    text = (ROOT / path).read_text(encoding="utf-8")
    named = {kind.record.__name__ for kind in RecordKind if re.search(rf"\b{kind.record.__name__}\b", text)}
    members = {kind.value.upper() for kind in RecordKind}
    return named | (set(re.findall(r"RecordKind\.([A-Z_]+)", text)) & members)


def declaring(pattern: str) -> dict[str, list[str]]:
    """For each kind's member name, the modules that declare it with ``pattern`` (``{}`` for the member)."""
    found: dict[str, list[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for kind in RecordKind:
            if re.search(pattern.format(re.escape(kind.value.upper()), re.escape(kind.value)), text):
                found.setdefault(kind.value, []).append(path.relative_to(ROOT).as_posix())
    return found


def test_shared_modules_name_no_kind():
    exceptions = COPYING | STORE
    for path in SHARED:
        assert names_in(path) <= exceptions.get(path, set()), f"{path} names a kind of record"
    for path, allowed in COPYING.items():
        assert names_in(path) <= allowed, f"{path} names a kind of record"


def test_each_kind_is_declared_once_in_each_of_its_own_modules():
    kinds = declaring(r'RecordKind\.declare\(\s*"{1}"')
    tables = declaring(r"\btable\(\s*RecordKind\.{0}\b")
    collections = declaring(r"\bcollection\(\s*RecordKind\.{0}\b")
    for kind in RecordKind:
        (contract,) = kinds[kind.value]
        (sql,) = tables[kind.value]
        (mongo,) = collections[kind.value]
        stem = contract.removeprefix("contract/")
        assert contract.startswith("contract/") and sql == f"sql/{stem}" and mongo == f"mongo/{stem}", kind


def test_every_kind_has_a_table_and_a_collection_once_the_adapters_are_imported():
    assert SQLiteAdapter and MongoAdapter
    assert list(TABLES) and set(TABLES) == set(COLLECTIONS) == set(RecordKind)
    assert [kind.value for kind in RecordKind] == [
        "guild_configs",
        "counters",
        "ticket_types",
        "panels",
        "labels",
        "tickets",
        "participants",
        "ticket_labels",
        "ticket_notes",
        "transcripts",
        "transcript_files",
        "audit_entries",
        "api_keys",
        "web_revocations",
        "tags",
    ], "the copy order keeps references valid"
    assert RecordKind.TRANSCRIPT_FILES.page < RecordKind.TICKETS.page
