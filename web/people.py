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
from typing import TYPE_CHECKING, Any

import discord

from web.members import Memberships

if TYPE_CHECKING:
    from core.ui.client import TicketClient

KEPT_SECONDS = 3600.0
KEPT = 10_000
PER_PAGE = 20
FOUND = 10  # members a search by name offers
FOUND_SECONDS = 60.0  # how long a search's answer is kept


@dataclass(frozen=True, slots=True)
class Person:
    """How a page shows someone: their name and avatar, or their id when Discord did not say."""

    id: int
    name: str
    avatar: str | None = None


class People:
    """Looks up and keeps the names and avatars pages show."""

    def __init__(self, bot: TicketClient, budget: Memberships) -> None:
        self._bot = bot
        self._budget = budget  # whose per-reader count of Discord lookups a search by name spends
        self._known: OrderedDict[int, tuple[float, Person]] = OrderedDict()
        self._found: OrderedDict[tuple[int, str], tuple[float, list[Person]]] = OrderedDict()

    async def named(self, user_ids: Iterable[int]) -> dict[int, Person]:
        """Return each user as a page shows them; at most ``PER_PAGE`` not known yet are asked of Discord."""
        now = time.monotonic()
        wanted = list(dict.fromkeys(user_ids))
        unknown = [u for u in wanted if self._kept(u, now) is None and self._bot.get_user(u) is None]
        await asyncio.gather(*(self._ask(user_id, now) for user_id in unknown[:PER_PAGE]))
        return {user_id: self.shown(user_id) for user_id in wanted}

    async def search(self, guild_id: int, typed: str, reader_id: int) -> list[Person]:
        """Return the server's members whose name starts with ``typed`` (Discord's member search).

        At most ``FOUND``; each answer is kept ``FOUND_SECONDS``, so typing the same name again asks nothing.
        A new search counts against the reader's lookups (``TooManyLookups`` past them).
        """
        key, now = (guild_id, typed.casefold()[:100]), time.monotonic()
        kept = self._found.get(key)
        if kept is not None and now - kept[0] < FOUND_SECONDS:
            return kept[1]
        self._budget.spend(reader_id, now)
        route = discord.http.Route("GET", "/guilds/{guild_id}/members/search", guild_id=guild_id)
        members = await self._bot.http.request(route, params={"query": key[1], "limit": FOUND})
        found = [_member(member) for member in members]
        for person in found:
            self._known[person.id] = (now, person)
        self._found[key] = (now, found)
        while len(self._found) > KEPT:
            self._found.popitem(last=False)
        return found

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


def _member(data: dict[str, Any]) -> Person:
    """Return a member as Discord's member search gives them: shown by nickname, else global or user name."""
    user = data["user"]
    user_id = int(user["id"])
    name = data.get("nick") or user.get("global_name") or user["username"]
    avatar = user.get("avatar")
    url = (
        f"https://cdn.discordapp.com/avatars/{user_id}/{avatar}.png?size=32"
        if avatar
        else f"https://cdn.discordapp.com/embed/avatars/{(user_id >> 22) % 6}.png"
    )
    return Person(user_id, name, url)
