"""What every MongoDB store module builds on: the database, error translation and id sequences."""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable
from dataclasses import replace
from typing import TypeVar

from pymongo import ReturnDocument
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import ConnectionFailure, DuplicateKeyError, PyMongoError

from core.errors import DatabaseError, StorageConflict, TransientDatabaseError
from core.models import AuditEntry
from database.mongo.documents import Document, document

T = TypeVar("T")


async def guard(operation: Awaitable[T]) -> T:
    """Translate driver errors into ours: lost connections are transient, the rest are not."""
    try:
        return await operation
    except ConnectionFailure as error:
        raise TransientDatabaseError() from error
    except PyMongoError as error:
        raise DatabaseError() from error


async def insert_new(collection: AsyncCollection[Document], stored: Document) -> bool:
    """Insert a document that a unique key guards; False, inserting nothing, when the key is taken."""
    try:
        await guard(collection.insert_one(stored))
    except DatabaseError as error:
        if isinstance(error.__cause__, DuplicateKeyError):
            return False
        raise
    return True


async def insert_unique(collection: AsyncCollection[Document], stored: Document, conflict: StorageConflict) -> None:
    """Insert a document that a unique index guards; raise ``conflict`` when the index refuses it."""
    if not await insert_new(collection, stored):
        raise conflict


def cause(error: PyMongoError) -> str:
    """Return the first reason a connection failed, without the driver's topology dump."""
    details = getattr(error, "details", None)
    if isinstance(details, dict) and details.get("errmsg"):
        return str(details["errmsg"])
    reason = re.split(r", Timeout:| \(configured timeouts", str(error))[0]
    number = re.search(r"\[Errno (\d+)\]", reason)
    if number:
        return os.strerror(int(number[1])).lower()
    return reason or type(error).__name__


class MongoStore:
    """The connected database, and the helpers the store modules share."""

    _db: AsyncDatabase[Document] | None = None

    @property
    def db(self) -> AsyncDatabase[Document]:
        """The connected database."""
        if self._db is None:
            raise DatabaseError("The database is not connected.")
        return self._db

    def _c(self, name: str) -> AsyncCollection[Document]:
        return self.db[name]

    async def _next_id(self, sequence: str) -> int:
        """Take the next integer id of a collection."""
        found = await guard(
            self._c("sequences").find_one_and_update(
                {"_id": sequence}, {"$inc": {"value": 1}}, upsert=True, return_document=ReturnDocument.AFTER
            )
        )
        assert found is not None, "an upsert returns its document"
        return int(found["value"])

    async def _insert_audit(self, entry: AuditEntry) -> AuditEntry:
        """Store an audit entry under a new id (also after a ticket's change)."""
        stored = replace(entry, id=await self._next_id("audit_entries"))
        await guard(self._c("audit_entries").insert_one(document(stored)))
        return stored
