"""SQL storage of panels."""

from __future__ import annotations

from dataclasses import replace

from typing_extensions import override

from core.models import Panel
from database.contract import PanelStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import table
from database.sql.store import SQLStore

PANELS = table(RecordKind.PANELS, ["id"])
# What an edit changes: a panel's place, message and author stay.
EDITABLE = ("title", "description", "button_label", "type_ids", "style", "unsynced_since")


class SQLPanels(SQLStore, PanelStore):
    """Panels in ``panels``; their types as a JSON list."""

    @override
    @retry_transient
    async def create_panel(self, panel: Panel) -> Panel:
        async with self._session() as s:
            result = await self._insert(s, RecordKind.PANELS, panel)
        assert result.lastrowid is not None
        return replace(panel, id=result.lastrowid)

    @override
    @retry_transient
    async def set_panel_message(self, panel_id: int, message_id: int) -> None:
        await self._write("UPDATE panels SET message_id = ? WHERE id = ?", (message_id, panel_id))

    @override
    @retry_transient
    async def update_panel(self, panel: Panel) -> None:
        await self._write(
            f"UPDATE panels SET {', '.join(f'{c} = ?' for c in EDITABLE)} WHERE id = ?",
            self._rows.values(RecordKind.PANELS, panel, (*EDITABLE, "id")),
        )

    @override
    @retry_transient
    async def get_panel(self, panel_id: int) -> Panel | None:
        async with self._reader() as s:
            row = await s.fetchone(f"{PANELS.select} WHERE id = ?", (panel_id,))
        return None if row is None else self._rows.load(Panel, row)

    @override
    @retry_transient
    async def list_panels(self, guild_id: int) -> list[Panel]:
        async with self._reader() as s:
            rows = await s.fetchall(f"{PANELS.select} WHERE guild_id = ? ORDER BY id", (guild_id,))
        return [self._rows.load(Panel, row) for row in rows]

    @override
    @retry_transient
    async def list_unsettled_panels(self) -> list[Panel]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{PANELS.select} WHERE message_id IS NULL OR unsynced_since IS NOT NULL ORDER BY id"
            )
        return [self._rows.load(Panel, row) for row in rows]

    @override
    @retry_transient
    async def delete_panel(self, panel_id: int) -> None:
        await self._write("DELETE FROM panels WHERE id = ?", (panel_id,))
