"""MongoDB storage of panels."""

from __future__ import annotations

from dataclasses import replace

from pymongo import ASCENDING
from typing_extensions import override

from core.models import Panel, PanelStyle
from database.contract import PanelStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard
from database.records import RecordKind
from database.retry import retry_transient


def panel(found: docs.Document) -> Panel:
    """Rebuild a panel (those stored before types have none, and buttons)."""
    values = docs.stored_fields(found)
    return Panel(
        **{
            **values,
            "type_ids": tuple(values.get("type_ids") or ()),
            "style": PanelStyle(values.get("style", PanelStyle.BUTTONS)),
        }
    )


PANELS = docs.collection(RecordKind.PANELS, sequenced=True, read=panel)


class MongoPanels(MongoStore, PanelStore):
    """Panels in ``panels``."""

    @override
    @retry_transient
    async def create_panel(self, panel: Panel) -> Panel:
        stored = replace(panel, id=await self._next_id("panels"))
        await guard(self._c("panels").insert_one(docs.document(stored)))
        return stored

    @override
    @retry_transient
    async def set_panel_message(self, panel_id: int, message_id: int) -> None:
        await guard(self._c("panels").update_one({"_id": panel_id}, {"$set": {"message_id": message_id}}))

    @override
    @retry_transient
    async def update_panel(self, panel: Panel) -> None:
        document = docs.document(panel)
        editable = ("title", "description", "button_label", "type_ids", "style", "unsynced_since")
        changes = {k: document.get(k) for k in editable}
        await guard(self._c("panels").update_one({"_id": panel.id}, {"$set": changes}))

    @override
    @retry_transient
    async def get_panel(self, panel_id: int) -> Panel | None:
        document = await guard(self._c("panels").find_one({"_id": panel_id}))
        return None if document is None else panel(document)

    @override
    @retry_transient
    async def list_panels(self, guild_id: int) -> list[Panel]:
        cursor = self._c("panels").find({"guild_id": guild_id}).sort("_id", ASCENDING)
        return [panel(d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def list_unsettled_panels(self) -> list[Panel]:
        unsettled = {"$or": [{"message_id": None}, {"unsynced_since": {"$ne": None}}]}
        cursor = self._c("panels").find(unsettled).sort("_id", ASCENDING)
        return [panel(d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def delete_panel(self, panel_id: int) -> None:
        await guard(self._c("panels").delete_one({"_id": panel_id}))
