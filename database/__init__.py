"""Storage backends, chosen by the database URL's scheme and imported only when used.

- ``contract/``: one small interface per kind of record, each declaring its kind (``RecordKind.declare``:
  its name and place in the copy order) and the conversions both backends share; ``base.DatabaseAdapter``
  combines them.
- ``records.py``: the ``Record`` and ``RecordKind`` types, and the conversions no one kind owns.
- ``sql/``: the SQL stores, one module per kind, written once for both dialects (``sqlite.py``,
  ``mysql.py``); each declares its table with ``sql/mapping.table``, derived from its record's fields.
- ``mongo/``: the MongoDB stores, one module per kind; each declares its collection (key, id sequence,
  a reader where needed) with ``mongo/documents.collection``, which maps records by field name.
- ``migrations/``: the SQL schema, one file per version for both dialects, a ``-- dialect:`` section
  each where they differ (MongoDB's steps in ``mongo/migrations.py``).

A new kind of record takes 4 code files and 1 migration file, plus its tests: its dataclass in
``core/models.py``; its interface in ``contract/<kind>.py``; its stores ``sql/<kind>.py`` and
``mongo/<kind>.py``; the next ``migrations/NNNN_<what>.sql`` (and, when MongoDB needs an index, a step
in ``mongo/migrations.py``); its tests in ``tests/database/contract/``. Only its new interface is named
where the stores are combined (``contract/__init__.py``, ``base.py``, ``sql/adapter.py``,
``mongo/adapter.py``), one line each; no shared module lists kinds (``tests/database/test_record_kinds.py``).
"""

from __future__ import annotations

from core.errors import ConfigurationError, DatabaseUnavailable
from database.base import DatabaseAdapter
from database.records import RecordKind
from database.urls import SCHEMES

__all__ = ["SCHEMES", "DatabaseAdapter", "RecordKind", "create_adapter"]


def create_adapter(url: str) -> DatabaseAdapter:
    """Return an unconnected adapter for ``url``; the backend's driver is imported here, not before."""
    scheme = url.partition("://")[0].lower()
    try:
        if scheme == "sqlite":
            from database.sql.sqlite import SQLiteAdapter

            return SQLiteAdapter.from_url(url)
        if scheme == "mysql":
            from database.sql.mysql import MySQLAdapter

            return MySQLAdapter.from_url(url)
        if scheme == "mongodb":
            from database.mongo.adapter import MongoAdapter

            return MongoAdapter.from_url(url)
    except ModuleNotFoundError as error:
        raise DatabaseUnavailable(
            f"The {scheme} backend needs the Python package {error.name!r}: run `pip install -r requirements.txt`."
        ) from error
    raise ConfigurationError(
        f"database.url: unknown scheme {scheme!r}; use sqlite:///path.db, mysql://user:pass@host/db or mongodb://host/db"
    )
