"""The storage contract for keys to the HTTP API, stored as their hash."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime

from core.models import ApiKey
from database.records import RecordKind

API_KEYS = RecordKind.declare("api_keys", ApiKey, 100)


class ApiKeyStore(ABC):
    """Keys to the HTTP API, stored as their hash."""

    @abstractmethod
    async def create_api_key(self, key: ApiKey) -> ApiKey:
        """Store a new API key (``id`` 0) and return it with its id."""

    @abstractmethod
    async def find_api_key(self, key_hash: str) -> ApiKey | None:
        """Return the key with this hash, revoked or not."""

    @abstractmethod
    async def list_api_keys(self, guild_id: int) -> list[ApiKey]:
        """Return a server's keys that are not revoked, oldest first."""

    @abstractmethod
    async def revoke_api_key(self, key_id: int, at: datetime) -> bool:
        """Revoke a key; False when it was already revoked (or never existed)."""
