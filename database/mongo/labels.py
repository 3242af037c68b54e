"""MongoDB storage of a server's labels and of the labels on its tickets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pymongo import ASCENDING
from typing_extensions import override

from core.errors import StorageConflict
from core.models import Label, TicketLabel
from core.rules import names
from database.contract import LabelStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard, insert_new, insert_unique
from database.records import RecordKind
from database.retry import retry_transient


def label_document(label: Label) -> docs.Document:
    """Return a label's document: its fields, and its name as compared (unique in its server)."""
    return {
        "_id": label.id,
        "guild_id": label.guild_id,
        "name": label.name,
        "name_key": names.key(label.name),
        "created_by": label.created_by,
        "created_at": label.created_at,
    }


def label(found: docs.Document) -> Label:
    """Rebuild a label from its document."""
    fields = docs.stored_fields(found)
    fields.pop("name_key", None)
    return Label(**fields)


LABELS = docs.collection(RecordKind.LABELS, sequenced=True, write=label_document, read=label)
TICKET_LABELS = docs.collection(RecordKind.TICKET_LABELS, ["ticket_id", "label_id"])


class MongoLabels(MongoStore, LabelStore):
    """Labels in ``labels`` (unique per server by ``name_key``); the labels on tickets in ``ticket_labels``."""

    @override
    @retry_transient
    async def create_label(self, label: Label) -> Label:
        stored = replace(label, id=await self._next_id("labels"))
        conflict = StorageConflict("label_name_taken", name=label.name)
        await insert_unique(self._c("labels"), label_document(stored), conflict)
        return stored

    @override
    @retry_transient
    async def delete_label(self, guild_id: int, label_id: int) -> bool:
        result = await guard(self._c("labels").delete_one({"_id": label_id, "guild_id": guild_id}))
        if result.deleted_count == 1:
            await guard(self._c("ticket_labels").delete_many({"label_id": label_id}))
        return result.deleted_count == 1

    @override
    @retry_transient
    async def list_labels(self, guild_id: int) -> list[Label]:
        cursor = self._c("labels").find({"guild_id": guild_id}).sort("name_key", ASCENDING)
        return [label(d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def add_ticket_label(self, label: TicketLabel) -> bool:
        return await insert_new(self._c("ticket_labels"), docs.document(label))

    @override
    @retry_transient
    async def remove_ticket_label(self, ticket_id: int, label_id: int) -> bool:
        result = await guard(self._c("ticket_labels").delete_one({"_id": docs.composite_id(ticket_id, label_id)}))
        return result.deleted_count == 1

    @override
    @retry_transient
    async def ticket_labels(self, ticket_ids: Sequence[int]) -> dict[int, list[int]]:
        if not ticket_ids:
            return {}
        cursor = (
            self._c("ticket_labels")
            .find({"ticket_id": {"$in": list(ticket_ids)}})
            .sort([("added_at", ASCENDING), ("label_id", ASCENDING)])
        )
        found: dict[int, list[int]] = {}
        for document in await guard(cursor.to_list()):
            found.setdefault(document["ticket_id"], []).append(document["label_id"])
        return found
