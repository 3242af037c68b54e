"""Storage backends, chosen by the database URL's scheme and imported only when used.

- ``contract/``: one small interface per kind of record; ``base.DatabaseAdapter`` combines them.
- ``records.py``: the kinds of records and the conversions every backend shares.
- ``sql/``: the SQL stores, one module per kind, written once for both dialects (``sqlite.py``,
  ``mysql.py``); ``sql/mapping.py`` derives each table's columns from its record's fields.
- ``mongo/``: the MongoDB stores, one module per kind; ``mongo/documents.py`` maps records by field name.
- ``migrations/``: the SQL schema, one file per version for both dialects, a ``-- dialect:`` section
  each where they differ (MongoDB's steps in ``mongo/migrations.py``).

A new kind of record: its dataclass (``core/models.py``) and ``RecordKind``; its interface in
``contract/``; a store module in ``sql/`` (its table a line in ``sql/mapping.py``) and in ``mongo/``
(its reader in ``mongo/documents.py``); one migration file; its tests in ``tests/database/contract/``.
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
