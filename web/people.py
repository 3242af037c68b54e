"""Names and avatars of the people a page lists, instead of 19-digit ids.

The bot keeps no member cache (``chunk_guilds_at_startup=False``), so a user it has not seen lately is
asked of Discord (``GET /users/{id}``) and kept ``KEPT_SECONDS``. A page asks for at most ``PER_PAGE`` new
ones at once, so a long list costs a few requests and fills in over the next loads; one Discord does not
know (a deleted account) is kept as unknown and shown by id.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord

if TYPE_CHECKING:
    from core.ui.client import TicketClient

KEPT_SECONDS = 3600.0
KEPT = 10_000
PER_PAGE = 20


@dataclass(frozen=True, slots=True)
class Person:
    """How a page shows someone: their name and avatar, or their id when Discord did not say."""

    id: int
    name: str
    avatar: str | None = None


class People:
    """Looks up and keeps the names and avatars pages show."""

    def __init__(self, bot: TicketClient) -> None:
        self._bot = bot
        self._known: OrderedDict[int, tuple[float, Person]] = OrderedDict()

    async def named(self, user_ids: Iterable[int]) -> dict[int, Person]:
        """Return each user as a page shows them; at most ``PER_PAGE`` not known yet are asked of Discord."""
        now = time.monotonic()
        wanted = list(dict.fromkeys(user_ids))
        unknown = [u for u in wanted if self._kept(u, now) is None and self._bot.get_user(u) is None]
        await asyncio.gather(*(self._ask(user_id, now) for user_id in unknown[:PER_PAGE]))
        return {user_id: self.shown(user_id) for user_id in wanted}

    def shown(self, user_id: int) -> Person:
        """Return a user as known now, without asking Discord (their id when unknown)."""
        cached = self._bot.get_user(user_id)
        if cached is not None:
            return _person(cached)
        kept = self._kept(user_id, time.monotonic())
        return kept or Person(user_id, str(user_id))

    def _kept(self, user_id: int, now: float) -> Person | None:
        found = self._known.get(user_id)
        return found[1] if found is not None and now - found[0] < KEPT_SECONDS else None

    async def _ask(self, user_id: int, now: float) -> None:
        try:
            person = _person(await self._bot.fetch_user(user_id))
        except discord.NotFound:
            person = Person(user_id, str(user_id))
        except discord.HTTPException:
            return  # asked again on a later load
        self._known[user_id] = (now, person)
        self._known.move_to_end(user_id)
        while len(self._known) > KEPT:
            self._known.popitem(last=False)


def _person(user: discord.User | discord.Member) -> Person:
    return Person(user.id, user.display_name, user.display_avatar.with_size(32).url)
