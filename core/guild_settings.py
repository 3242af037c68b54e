"""Per-server settings, read through a short-lived cache.

Settings change rarely and are read on every click, so each process keeps them for a few seconds and
drops its copy when it saves. Another shard process sharing the database sees a change at most
``TTL`` seconds late; nothing about a ticket is ever cached here.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from core.errors import NotConfigured
from core.models import GuildConfig, utcnow

if TYPE_CHECKING:
    from config.settings import TicketDefaults
    from database import DatabaseAdapter

TTL = 5.0


class GuildSettings:
    """Loads, caches and saves ``GuildConfig`` records."""

    def __init__(self, db: DatabaseAdapter, defaults: TicketDefaults) -> None:
        self._db = db
        self._defaults = defaults
        self._cache: dict[int, tuple[float, GuildConfig | None]] = {}

    def cached(self, guild_id: int) -> GuildConfig | None:
        """Return what is in memory, however old, without waiting: for answers that must come at once."""
        entry = self._cache.get(guild_id)
        return entry[1] if entry else None

    async def get(self, guild_id: int) -> GuildConfig | None:
        """Return a server's settings (at most ``TTL`` seconds old), or None before /setup."""
        entry = self._cache.get(guild_id)
        if entry is not None and time.monotonic() - entry[0] < TTL:
            return entry[1]
        config = await self._db.get_guild_config(guild_id)
        self._cache[guild_id] = (time.monotonic(), config)
        return config

    async def require(self, guild_id: int) -> GuildConfig:
        """Return a server's settings, or raise NotConfigured when /setup has not run."""
        config = await self.get(guild_id)
        if config is None or not config.is_set_up:
            raise NotConfigured()
        return config

    def new(self, guild_id: int) -> GuildConfig:
        """Return a server's starting settings, from ``config.yaml``'s ``tickets`` section."""
        return GuildConfig(
            guild_id=guild_id,
            max_open_tickets=self._defaults.max_open_tickets,
            channel_name_template=self._defaults.channel_name_template,
            welcome_message=self._defaults.welcome_message,
        )

    async def save(self, config: GuildConfig) -> GuildConfig:
        """Store a server's settings (stamped now) and keep them as this process's copy."""
        config = replace(config, updated_at=utcnow())
        await self._db.save_guild_config(config)
        self._cache[config.guild_id] = (time.monotonic(), config)
        return config
