"""The storage contract for saved replies (tags), each server's own, unique by name regardless of case."""

from __future__ import annotations

from abc import ABC, abstractmethod

from core.models import Tag, TagCount
from database.records import RecordKind

TAGS = RecordKind.declare("tags", Tag, 120)


class TagStore(ABC):
    """A server's saved replies, and what they were used for."""

    @abstractmethod
    async def create_tag(self, tag: Tag) -> Tag:
        """Store a new tag (``id`` 0) and return it with its id.

        Raises StorageConflict (``tag_name_taken``) when the server has a tag of that name, in any case.
        """

    @abstractmethod
    async def update_tag(self, tag: Tag) -> bool:
        """Replace a tag's name, content, types and ``updated_at``; False when the tag is gone.

        Raises StorageConflict (``tag_name_taken``) when another of the server's tags has the new name.
        """

    @abstractmethod
    async def delete_tag(self, guild_id: int, tag_id: int) -> bool:
        """Delete a server's tag; False when it was gone already."""

    @abstractmethod
    async def list_tags(self, guild_id: int) -> list[Tag]:
        """Return a server's tags, by name."""

    @abstractmethod
    async def count_tag(self, guild_id: int, tag_id: int, count: TagCount) -> None:
        """Add one to a tag's counter (nothing when the tag is gone)."""

    @abstractmethod
    async def search_tags(self, guild_id: int, words: list[str], limit: int) -> list[Tag]:
        """Return up to ``limit`` of a server's tags whose name or content hold any of ``words``, best match first.

        The database's own full-text search ranks them; words too short or too common for it match nothing.
        """
