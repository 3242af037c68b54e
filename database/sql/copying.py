"""SQL access to every record of a kind, page by page in key order, for copying between backends."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from typing_extensions import override

from core.models import GuildConfig
from database.contract import RecordStore
from database.records import Record, RecordKind
from database.retry import retry_transient
from database.sql.mapping import TABLES
from database.sql.settings import SQLSettings


class SQLRecords(SQLSettings, RecordStore):
    """Reads and writes whole tables; a server's settings travel with its staff roles."""

    @override
    async def iter_records(self, kind: RecordKind) -> AsyncIterator[Record]:
        table = TABLES[kind]
        last: tuple[Any, ...] | None = None
        page = kind.page
        while True:
            where, params = ("", ()) if last is None else _after_key(table.keys, last)
            async with self._reader() as s:
                rows = await s.fetchall(f"{table.select} {where} ORDER BY {', '.join(table.keys)} LIMIT {page}", params)
                records = [
                    await self._guild_config(s, row)
                    if kind is RecordKind.GUILD_CONFIGS
                    else self._rows.record(kind, row)
                    for row in rows
                ]
            for record in records:
                yield record
            if len(rows) < page:
                return
            last = tuple(rows[-1][table.names.index(k)] for k in table.keys)

    @override
    @retry_transient
    async def import_records(self, kind: RecordKind, records: Sequence[Record]) -> None:
        async with self._session() as s:
            for record in records:
                if isinstance(record, GuildConfig):
                    await self._write_guild_config(s, record)
                else:
                    await self._upsert(s, kind, record)

    @override
    @retry_transient
    async def count_records(self, kind: RecordKind) -> int:
        async with self._reader() as s:
            row = await s.fetchone(f"SELECT COUNT(*) FROM {TABLES[kind].name}")
        return row[0] if row else 0


def _after_key(keys: Sequence[str], last: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
    """Return the condition for rows after ``last`` in the order of ``keys`` (compared column by column)."""
    either, params = [], []
    for n, key in enumerate(keys):
        either.append(" AND ".join([*(f"{k} = ?" for k in keys[:n]), f"{key} > ?"]))
        params += [*last[:n], last[n]]
    return f"WHERE ({') OR ('.join(either)})", tuple(params)
