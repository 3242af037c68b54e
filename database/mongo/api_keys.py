"""MongoDB storage of keys to the HTTP API."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from pymongo import ASCENDING
from typing_extensions import override

from core.models import ApiKey
from database.contract import ApiKeyStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.records import RecordKind
from database.retry import retry_transient

KEYS = docs.collection(RecordKind.API_KEYS, sequenced=True)


class MongoApiKeys(MongoStore, ApiKeyStore):
    """Keys in ``api_keys``, found by their unique hash."""

    @override
    @retry_transient
    async def create_api_key(self, key: ApiKey) -> ApiKey:
        stored = replace(key, id=await self._next_id("api_keys"))
        await guard(self._c("api_keys").insert_one(docs.document(stored)))
        return stored

    @override
    @retry_transient
    async def find_api_key(self, key_hash: str) -> ApiKey | None:
        document = await guard(self._c("api_keys").find_one({"key_hash": key_hash}))
        return None if document is None else docs.load(ApiKey, document)

    @override
    @retry_transient
    async def list_api_keys(self, guild_id: int) -> list[ApiKey]:
        cursor = self._c("api_keys").find({"guild_id": guild_id, "revoked_at": None}).sort("_id", ASCENDING)
        return [docs.load(ApiKey, d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def revoke_api_key(self, key_id: int, at: datetime) -> bool:
        result = await guard(
            self._c("api_keys").update_one({"_id": key_id, "revoked_at": None}, {"$set": {"revoked_at": at}})
        )
        return result.modified_count == 1
