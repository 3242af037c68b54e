"""SQL storage of saved replies (tags), and their search: SQLite's FTS5 or MySQL's FULLTEXT index."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from typing_extensions import override

from core.errors import StorageConflict
from core.models import Tag, TagCount
from core.rules import names
from database.contract import TagStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.mapping import Column, table
from database.sql.store import SQLSession, SQLStore

TAGS = table(
    RecordKind.TAGS,
    ["id"],
    extra=[Column("name_key")],
    write=lambda tag: {"name_key": names.key(tag.name)},
    read=lambda found: Tag(**{k: v for k, v in found.items() if k != "name_key"}),
)
CHANGED = ("name", "name_key", "content", "type_ids", "updated_at")
SQLITE_SEARCH = (
    f"SELECT {', '.join('tags.' + name for name in TAGS.names)} FROM tags_search"
    " JOIN tags ON tags.id = tags_search.rowid WHERE tags_search MATCH ? ORDER BY tags_search.rank, tags.id LIMIT ?"
)
MATCHED = "MATCH (name, content) AGAINST (? IN NATURAL LANGUAGE MODE)"
MYSQL_SEARCH = f"{TAGS.select} WHERE guild_id = ? AND {MATCHED} ORDER BY {MATCHED} DESC, id LIMIT ?"


class SQLTags(SQLStore, TagStore):
    """Tags in ``tags``, unique per server by ``name_key``; the dialect searches them."""

    backend: ClassVar[str]

    @override
    @retry_transient
    async def create_tag(self, tag: Tag) -> Tag:
        conflict = StorageConflict("tag_name_taken", name=tag.name)
        return replace(tag, id=await self._insert_unique(RecordKind.TAGS, tag, conflict))

    @override
    @retry_transient
    async def update_tag(self, tag: Tag) -> bool:
        async def change(s: SQLSession) -> bool:
            clash = await s.fetchone(
                f"SELECT id FROM tags WHERE guild_id = ? AND name_key = ? AND id <> ?{self.FOR_UPDATE}",
                (tag.guild_id, names.key(tag.name), tag.id),
            )
            if clash is not None:
                raise StorageConflict("tag_name_taken", name=tag.name)
            assignments = ", ".join(f"{name} = ?" for name in CHANGED)
            values = self._rows.values(RecordKind.TAGS, tag, (*CHANGED, "id", "guild_id"))
            result = await s.execute(f"UPDATE tags SET {assignments} WHERE id = ? AND guild_id = ?", values)
            return result.rowcount == 1

        return await self._transaction(change)

    @override
    @retry_transient
    async def delete_tag(self, guild_id: int, tag_id: int) -> bool:
        result = await self._write("DELETE FROM tags WHERE id = ? AND guild_id = ?", (tag_id, guild_id))
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_tags(self, guild_id: int) -> list[Tag]:
        async with self._reader() as s:
            rows = await s.fetchall(f"{TAGS.select} WHERE guild_id = ? ORDER BY name_key", (guild_id,))
        return [self._rows.load(Tag, row) for row in rows]

    @override
    @retry_transient
    async def count_tag(self, guild_id: int, tag_id: int, count: TagCount) -> None:
        column = TagCount(count).value  # one of the enum's column names, never text from outside
        await self._write(f"UPDATE tags SET {column} = {column} + 1 WHERE id = ? AND guild_id = ?", (tag_id, guild_id))

    @override
    @retry_transient
    async def search_tags(self, guild_id: int, words: list[str], limit: int) -> list[Tag]:
        if not words:
            return []
        sql, params = self._search_sql(guild_id, words, limit)
        async with self._reader() as s:
            rows = await s.fetchall(sql, params)
        return [self._rows.load(Tag, row) for row in rows]

    def _search_sql(self, guild_id: int, words: list[str], limit: int) -> tuple[str, tuple[object, ...]]:
        """Return the dialect's full-text query for a server's tags holding any of ``words``, best first."""
        if self.backend == "sqlite":
            # FTS5: the server's id is a token of its own column; each word is quoted, so none is an operator.
            anyword = " OR ".join('"' + word.replace('"', '""') + '"' for word in words)
            return SQLITE_SEARCH, (f"guild_id:{guild_id} AND {{name content}}:({anyword})", limit)
        text = " ".join(words)
        return MYSQL_SEARCH, (guild_id, text, text, limit)
