"""SQL storage of a server's labels and of the labels on its tickets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from typing_extensions import override

from core.errors import StorageConflict
from core.models import Label, TicketLabel
from core.rules import names
from database.contract import LabelStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import Column, table
from database.sql.store import SQLStore

LABELS = table(
    RecordKind.LABELS,
    ["id"],
    extra=[Column("name_key")],
    write=lambda label: {"name_key": names.key(label.name)},
    read=lambda found: Label(**{k: v for k, v in found.items() if k != "name_key"}),
)
TICKET_LABELS = table(RecordKind.TICKET_LABELS, ["ticket_id", "label_id"])


class SQLLabels(SQLStore, LabelStore):
    """Labels in ``labels``, unique per server by ``name_key``; the labels on tickets in ``ticket_labels``."""

    @override
    @retry_transient
    async def create_label(self, label: Label) -> Label:
        conflict = StorageConflict("label_name_taken", name=label.name)
        return replace(label, id=await self._insert_unique(RecordKind.LABELS, label, conflict))

    @override
    @retry_transient
    async def delete_label(self, guild_id: int, label_id: int) -> bool:
        async with self._session() as s:  # the tickets' labels go with it (ON DELETE CASCADE)
            result = await s.execute("DELETE FROM labels WHERE id = ? AND guild_id = ?", (label_id, guild_id))
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_labels(self, guild_id: int) -> list[Label]:
        async with self._reader() as s:
            rows = await s.fetchall(f"{LABELS.select} WHERE guild_id = ? ORDER BY name_key", (guild_id,))
        return [self._rows.load(Label, row) for row in rows]

    @override
    @retry_transient
    async def add_ticket_label(self, label: TicketLabel) -> bool:
        async with self._session() as s:
            result = await self._insert(s, RecordKind.TICKET_LABELS, label, ignore=True)
        return result.rowcount == 1

    @override
    @retry_transient
    async def remove_ticket_label(self, ticket_id: int, label_id: int) -> bool:
        result = await self._write(
            "DELETE FROM ticket_labels WHERE ticket_id = ? AND label_id = ?", (ticket_id, label_id)
        )
        return result.rowcount == 1

    @override
    @retry_transient
    async def ticket_labels(self, ticket_ids: Sequence[int]) -> dict[int, list[int]]:
        if not ticket_ids:
            return {}
        marks = ", ".join("?" * len(ticket_ids))
        async with self._reader() as s:
            rows = await s.fetchall(
                f"SELECT ticket_id, label_id FROM ticket_labels WHERE ticket_id IN ({marks}) ORDER BY added_at, label_id",
                tuple(ticket_ids),
            )
        found: dict[int, list[int]] = {}
        for ticket_id, label_id in rows:
            found.setdefault(ticket_id, []).append(label_id)
        return found
