"""MongoDB storage of saved replies (tags), and their search through a text index per server."""

from __future__ import annotations

from dataclasses import replace

from pymongo import ASCENDING
from pymongo.errors import DuplicateKeyError
from typing_extensions import override

from core.errors import DatabaseError, StorageConflict
from core.models import Tag, TagCount
from core.rules import names
from database.contract import TagStore
from database.mongo import documents as docs
from database.mongo.store import MongoStore, guard, insert_unique
from database.records import RecordKind
from database.retry import retry_transient


def tag_document(tag: Tag) -> docs.Document:
    """Return a tag's document: its fields, and its name as compared (unique in its server)."""
    document = {f: getattr(tag, f) for f in Tag.__dataclass_fields__ if f != "id"}
    return {"_id": tag.id, **document, "type_ids": list(tag.type_ids), "name_key": names.key(tag.name)}


def tag(found: docs.Document) -> Tag:
    """Rebuild a tag from its document."""
    fields = docs.stored_fields(found)
    fields.pop("name_key", None)
    return Tag(**fields | {"type_ids": tuple(found.get("type_ids") or ())})


TAGS = docs.collection(RecordKind.TAGS, sequenced=True, write=tag_document, read=tag)


class MongoTags(MongoStore, TagStore):
    """Tags in ``tags``, unique per server by ``name_key`` (an index), searched by a text index."""

    @override
    @retry_transient
    async def create_tag(self, tag: Tag) -> Tag:
        stored = replace(tag, id=await self._next_id("tags"))
        await insert_unique(self._c("tags"), tag_document(stored), StorageConflict("tag_name_taken", name=tag.name))
        return stored

    @override
    @retry_transient
    async def update_tag(self, tag: Tag) -> bool:
        changed = {
            k: v for k, v in tag_document(tag).items() if k in ("name", "name_key", "content", "type_ids", "updated_at")
        }
        try:
            result = await guard(
                self._c("tags").update_one({"_id": tag.id, "guild_id": tag.guild_id}, {"$set": changed})
            )
        except DatabaseError as error:
            if isinstance(error.__cause__, DuplicateKeyError):
                raise StorageConflict("tag_name_taken", name=tag.name) from None
            raise
        return result.matched_count == 1

    @override
    @retry_transient
    async def delete_tag(self, guild_id: int, tag_id: int) -> bool:
        result = await guard(self._c("tags").delete_one({"_id": tag_id, "guild_id": guild_id}))
        return result.deleted_count == 1

    @override
    @retry_transient
    async def list_tags(self, guild_id: int) -> list[Tag]:
        cursor = self._c("tags").find({"guild_id": guild_id}).sort("name_key", ASCENDING)
        return [tag(d) for d in await guard(cursor.to_list())]

    @override
    @retry_transient
    async def count_tag(self, guild_id: int, tag_id: int, count: TagCount) -> None:
        await guard(self._c("tags").update_one({"_id": tag_id, "guild_id": guild_id}, {"$inc": {count.value: 1}}))

    @override
    @retry_transient
    async def search_tags(self, guild_id: int, words: list[str], limit: int) -> list[Tag]:
        if not words:
            return []
        query = {"guild_id": guild_id, "$text": {"$search": " ".join(words)}}
        cursor = self._c("tags").find(query).sort([("score", {"$meta": "textScore"}), ("_id", ASCENDING)]).limit(limit)
        return [tag(d) for d in await guard(cursor.to_list())]
