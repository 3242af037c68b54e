"""SQL storage of a server's settings (with its staff roles, in order) and its ticket types."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from typing_extensions import override

from core.errors import StorageConflict
from core.models import GuildConfig, GuildCounter, TicketStatus, TicketType, utcnow
from database.contract import SettingsStore
from database.contract.settings import ticket_type, type_options
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import Column, table
from database.sql.store import SQLSession, SQLStore

# Staff roles have a table of their own (their order matters); a thread channel is a type's setting
# seen through the server's, never stored with it.
CONFIGS = table(RecordKind.GUILD_CONFIGS, ["guild_id"], skip=["staff_role_ids", "thread_channel_id"])
# A type's settings are one JSON document, ``options``, beside the columns queries need.
TYPES = table(
    RecordKind.TICKET_TYPES,
    ["id"],
    only=["id", "guild_id", "name", "created_at"],
    extra=[Column("options")],
    write=lambda ticket_type: {"options": json.dumps(type_options(ticket_type))},
    read=lambda found: ticket_type(
        found["id"], found["guild_id"], found["name"], found["created_at"], found["options"]
    ),
)


class SQLSettings(SQLStore, SettingsStore):
    """Settings in ``guild_configs`` and ``staff_roles``; types in ``ticket_types`` (settings as JSON).

    Each server's changes are counted in ``settings_changes``, in the transaction that makes them.
    """

    @override
    @retry_transient
    async def get_guild_config(self, guild_id: int) -> GuildConfig | None:
        async with self._reader() as s:
            row = await s.fetchone(f"{CONFIGS.select} WHERE guild_id = ?", (guild_id,))
            return None if row is None else await self._guild_config(s, row)

    @override
    @retry_transient
    async def save_guild_config(self, config: GuildConfig) -> None:
        async with self._session() as s:
            # The server's ticket counter, made with its settings: a burst of first opens then finds it and
            # need not race to make it. First, so this waits for an open holding it before locking anything.
            await self._insert(s, RecordKind.COUNTERS, GuildCounter(config.guild_id, 0), ignore=True)
            await self._write_guild_config(s, config)
            await self._reschedule_timers(s, "guild_id", config.guild_id)
            await self._count_change(s, config.guild_id)

    async def _count_change(self, s: SQLSession, guild_id: int) -> None:
        """Move the server's count of settings changes on, stamped now (made at 1 by the server's first change)."""
        bump = "UPDATE settings_changes SET version = version + 1, changed_at = ? WHERE guild_id = ?"
        now = self._to_db(utcnow())
        if (await s.execute(bump, (now, guild_id))).rowcount:
            return
        first = self._insert_ignore_sql("settings_changes", ("guild_id", "version", "changed_at"))
        if not (await s.execute(first, (guild_id, 1, now))).rowcount:
            await s.execute(bump, (now, guild_id))  # another transaction made the row first

    async def _reschedule_timers(self, s: SQLSession, column: str, value: int) -> None:
        """Have the inactivity and target sweeps look again at the open tickets whose rules may have changed."""
        await s.execute(
            f"UPDATE tickets SET idle_due_at = NULL, target_due_at = NULL WHERE {column} = ? AND status = ?",
            (value, TicketStatus.OPEN.value),
        )

    async def _guild_config(self, s: SQLSession, row: Sequence[Any]) -> GuildConfig:
        """Rebuild a server's settings from its row and its staff roles."""
        guild_id = row[CONFIGS.names.index("guild_id")]
        roles = await s.fetchall("SELECT role_id FROM staff_roles WHERE guild_id = ? ORDER BY position", (guild_id,))
        return self._rows.load(GuildConfig, row, staff_role_ids=[r[0] for r in roles])

    async def _write_guild_config(self, s: SQLSession, config: GuildConfig) -> None:
        await self._upsert(s, RecordKind.GUILD_CONFIGS, config)
        await s.execute("DELETE FROM staff_roles WHERE guild_id = ?", (config.guild_id,))
        for position, role_id in enumerate(config.staff_role_ids):
            await s.execute(
                "INSERT INTO staff_roles (guild_id, role_id, position) VALUES (?, ?, ?)",
                (config.guild_id, role_id, position),
            )

    @override
    @retry_transient
    async def list_ticket_types(self, guild_id: int) -> list[TicketType]:
        async with self._reader() as s:
            rows = await s.fetchall(f"{TYPES.select} WHERE guild_id = ? ORDER BY id", (guild_id,))
        return [self._rows.load(TicketType, row) for row in rows]

    @override
    @retry_transient
    async def save_ticket_type(self, ticket_type: TicketType) -> TicketType:
        async with self._session() as s:
            # Names are compared here, not by a unique index: MySQL's binary collation would not fold case.
            clash = await s.fetchone(
                "SELECT id FROM ticket_types WHERE guild_id = ? AND LOWER(name) = LOWER(?) AND id <> ?"
                f"{self.FOR_UPDATE}",
                (ticket_type.guild_id, ticket_type.name, ticket_type.id),
            )
            if clash is not None:
                raise StorageConflict("type_name_taken", name=ticket_type.name)
            if ticket_type.id:
                await s.execute(
                    "UPDATE ticket_types SET name = ?, options = ? WHERE id = ?",
                    self._rows.values(RecordKind.TICKET_TYPES, ticket_type, ("name", "options", "id")),
                )
                await self._reschedule_timers(s, "type_id", ticket_type.id)
                await self._count_change(s, ticket_type.guild_id)
                return ticket_type
            result = await self._insert(s, RecordKind.TICKET_TYPES, ticket_type)
            await self._count_change(s, ticket_type.guild_id)
        assert result.lastrowid is not None
        return replace(ticket_type, id=result.lastrowid)

    @override
    @retry_transient
    async def delete_ticket_type(self, type_id: int) -> None:
        async with self._session() as s:
            owner = await s.fetchone(f"SELECT guild_id FROM ticket_types WHERE id = ?{self.FOR_UPDATE}", (type_id,))
            if owner is None:
                return
            await s.execute("DELETE FROM ticket_types WHERE id = ?", (type_id,))
            await self._reschedule_timers(s, "type_id", type_id)
            await self._count_change(s, owner[0])

    @override
    @retry_transient
    async def settings_changes(self, since: datetime | None) -> dict[int, tuple[int, datetime]]:
        query = "SELECT guild_id, version, changed_at FROM settings_changes"
        async with self._reader() as s:
            if since is None:
                rows = await s.fetchall(query)
            else:
                rows = await s.fetchall(f"{query} WHERE changed_at >= ?", (self._to_db(since),))
        return {guild_id: (version, self._from_db(changed_at)) for guild_id, version, changed_at in rows}
