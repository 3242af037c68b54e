"""Keys to the HTTP API: made with ``/api-key create``, shown once, stored as their SHA-256, revocable.

A key is 32 random bytes, so its plain SHA-256 can neither be reversed nor guessed; a slow password hash
would buy nothing here and would cost every API request its time.
"""

from __future__ import annotations

import hashlib
import secrets

import discord

from core.audit import AuditAction
from core.errors import UserInputError
from core.i18n import t
from core.models import ApiKey
from core.rules import names
from core.runtime.services import KeyedLocks, Services

PREFIX = "tbk_"
MAX_KEYS = 10
MAX_NAME = 100


def hash_key(key: str) -> str:
    """Return what is stored of a key."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiKeys:
    """A server's API keys, for its admins."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps
        self._making: KeyedLocks[int] = KeyedLocks()  # the name and count checks hold until the key is stored

    async def create(self, guild_id: int, actor_id: int, name: str) -> tuple[ApiKey, str]:
        """Make a key; return it with its secret, which nothing keeps."""
        deps = self._deps
        name = names.clean(name)
        if problem := names.problem(name, "api-key", MAX_NAME):
            raise UserInputError(t("api-key-name-problem", problem=problem))
        async with self._making(guild_id):
            keys = await deps.db.list_api_keys(guild_id)
            if any(names.key(k.name) == names.key(name) for k in keys):
                raise UserInputError(t("api-key-name-taken", name=discord.utils.escape_markdown(name)))
            if len(keys) >= MAX_KEYS:
                raise UserInputError(t("api-key-too-many", most=MAX_KEYS))
            secret = PREFIX + secrets.token_urlsafe(32)
            key = await deps.db.create_api_key(ApiKey(0, guild_id, name, hash_key(secret), actor_id, deps.clock()))
        shown = discord.utils.escape_markdown(name)
        await deps.journal.record(
            deps.journal.entry(
                guild_id, actor_id, AuditAction.API_KEY_CREATED, t("audit-detail-api-key-made", name=shown)
            )
        )
        return key, secret

    async def list(self, guild_id: int) -> list[ApiKey]:
        """Return the server's keys in use."""
        return await self._deps.db.list_api_keys(guild_id)

    async def revoke(self, guild_id: int, actor_id: int, name: str) -> ApiKey:
        """Revoke a key by name: it stops working at once, in every process."""
        deps = self._deps
        key = next((k for k in await deps.db.list_api_keys(guild_id) if names.key(k.name) == names.key(name)), None)
        if key is None or not await deps.db.revoke_api_key(key.id, deps.clock()):
            raise UserInputError(t("api-key-unknown"))
        shown = discord.utils.escape_markdown(key.name)
        await deps.journal.record(
            deps.journal.entry(
                guild_id, actor_id, AuditAction.API_KEY_REVOKED, t("audit-detail-api-key-revoked", name=shown)
            )
        )
        return key
