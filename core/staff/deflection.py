"""Answers before a ticket opens: a member's subject is matched against the server's saved replies.

The database's own full-text search (SQLite FTS5, MySQL FULLTEXT, MongoDB's text index) finds the best
few tags, bounded in time so that the member is answered within Discord's 3 seconds: a slow or failing
search offers nothing, and the ticket opens as if the type did not deflect. No AI, no outside service.
What members do with an offer is counted per tag: "This solved it", or "Open the ticket anyway".
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.errors import DatabaseError
from core.models import Tag, TagCount, TicketType

if TYPE_CHECKING:
    from core.runtime.services import Services

log = logging.getLogger(__name__)

OFFERED = 3  # the most tags one offer shows
SEARCH_SECONDS = 1.5  # what the search may take of the 3 seconds, before the ticket opens without it
WORDS = 12  # the most words of a subject searched for
_WORD = re.compile(r"\w{3,}")


def words(subject: str) -> list[str]:
    """Return the words of a subject worth searching for: three letters or more, each once, at most ``WORDS``."""
    return list(dict.fromkeys(w.casefold() for w in _WORD.findall(subject)))[:WORDS]


class Deflection:
    """Finds saved replies for a member's subject, and counts what the member did with them."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def offers(self, guild_id: int, ticket_type: TicketType, subject: str) -> list[Tag]:
        """Return the best saved replies for ``subject`` that fit the type; none when the search is slow or fails."""
        searched = words(subject)
        if not searched:
            return []
        try:
            found = await asyncio.wait_for(self._deps.db.search_tags(guild_id, searched, OFFERED * 3), SEARCH_SECONDS)
        except (TimeoutError, DatabaseError) as error:
            log.info("guild=%s: no answers offered before a ticket (%s)", guild_id, error or "too slow")
            return []
        return [tag for tag in found if not tag.type_ids or ticket_type.id in tag.type_ids][:OFFERED]

    async def solved(self, guild_id: int, tag_id: int) -> None:
        """Count that a tag answered a member, who opened no ticket."""
        await self._deps.db.count_tag(guild_id, tag_id, TagCount.SOLVED)

    async def opened_anyway(self, guild_id: int, tag_ids: Sequence[int]) -> None:
        """Count that the tags offered did not answer the member, who opened the ticket."""
        for tag_id in tag_ids:
            await self._deps.db.count_tag(guild_id, tag_id, TagCount.OPENED_ANYWAY)
