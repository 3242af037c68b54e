"""SQL storage of keys to the HTTP API."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from typing_extensions import override

from core.models import ApiKey
from database.contract import ApiKeyStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import table
from database.sql.store import SQLStore

KEYS = table(RecordKind.API_KEYS, ["id"])


class SQLApiKeys(SQLStore, ApiKeyStore):
    """Keys in ``api_keys``, found by their unique hash."""

    @override
    @retry_transient
    async def create_api_key(self, key: ApiKey) -> ApiKey:
        async with self._session() as s:
            result = await self._insert(s, RecordKind.API_KEYS, key)
        assert result.lastrowid is not None
        return replace(key, id=result.lastrowid)

    @override
    @retry_transient
    async def find_api_key(self, key_hash: str) -> ApiKey | None:
        async with self._reader() as s:
            row = await s.fetchone(f"{KEYS.select} WHERE key_hash = ?", (key_hash,))
        return None if row is None else self._rows.load(ApiKey, row)

    @override
    @retry_transient
    async def list_api_keys(self, guild_id: int) -> list[ApiKey]:
        async with self._reader() as s:
            rows = await s.fetchall(f"{KEYS.select} WHERE guild_id = ? AND revoked_at IS NULL ORDER BY id", (guild_id,))
        return [self._rows.load(ApiKey, row) for row in rows]

    @override
    @retry_transient
    async def revoke_api_key(self, key_id: int, at: datetime) -> bool:
        result = await self._write(
            "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (self._to_db(at), key_id)
        )
        return result.rowcount == 1
