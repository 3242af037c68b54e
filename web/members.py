"""Who a signed-in reader is in a server, asked of Discord with the bot's token and kept a minute.

Answers, including "not a member", are kept for ``CACHE_SECONDS``, so someone who left the server, or lost
a role, loses what it gave them within that minute. Each reader may cause at most ``LOOKUPS_PER_MINUTE``
Discord lookups a minute: the bot's rate limit is shared with every ticket, so one browser cannot spend it.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord

if TYPE_CHECKING:
    from core.ui.client import TicketClient

CACHE_SECONDS = 60.0
CACHE_SIZE = 10_000
LOOKUPS_PER_MINUTE = 20
MANAGERS = discord.Permissions(administrator=True).value | discord.Permissions(manage_guild=True).value


class TooManyLookups(Exception):
    """The reader made Discord answer too many questions this minute."""


@dataclass(frozen=True, slots=True)
class Membership:
    """A member's roles in a server, and whether they manage it (owner, Administrator or Manage Server)."""

    role_ids: frozenset[int]
    manager: bool


class Memberships:
    """Asks Discord whether someone is in a server, with which roles; keeps each answer ``CACHE_SECONDS``."""

    def __init__(self, bot: TicketClient) -> None:
        self._bot = bot
        self._known: OrderedDict[tuple[int, int], tuple[float, Membership | None]] = OrderedDict()
        self._lookups: dict[int, deque[float]] = {}

    async def of(self, guild_id: int, user_id: int) -> Membership | None:
        """Return the user's membership of the server, or None when they are not in it (or the bot is not)."""
        key = (guild_id, user_id)
        now = time.monotonic()
        cached = self._known.get(key)
        if cached is not None and now - cached[0] < CACHE_SECONDS:
            return cached[1]
        self.spend(user_id, now)
        try:
            member = await self._bot.http.get_member(guild_id, user_id)
            role_ids = frozenset(int(r) for r in member["roles"])
            membership: Membership | None = Membership(role_ids, await self._manages(guild_id, user_id, role_ids))
        except (discord.NotFound, discord.Forbidden):  # not a member, or the bot is no longer in the server
            membership = None
        self._known[key] = (time.monotonic(), membership)
        self._known.move_to_end(key)
        while len(self._known) > CACHE_SIZE:
            self._known.popitem(last=False)
        return membership

    def spend(self, user_id: int, now: float) -> None:
        """Count a Discord lookup the reader causes (a membership, or a search by name); past the budget, refuse."""
        recent = self._lookups.setdefault(user_id, deque())
        while recent and now - recent[0] >= 60:
            recent.popleft()
        if len(recent) >= LOOKUPS_PER_MINUTE:
            raise TooManyLookups()
        recent.append(now)
        if len(self._lookups) > CACHE_SIZE:
            self._lookups = {u: q for u, q in self._lookups.items() if q and now - q[-1] < 60}

    async def _manages(self, guild_id: int, user_id: int, role_ids: frozenset[int]) -> bool:
        """Whether the member owns the server or holds a role with Administrator or Manage Server."""
        guild = self._bot.get_guild(guild_id)
        if guild is not None:
            owner_id = guild.owner_id
            permissions = [r.permissions.value for r in guild.roles if r.id in role_ids or r.id == guild_id]
        else:  # another shard process holds the server: ask Discord for its owner and roles
            data = await self._bot.http.get_guild(guild_id)
            owner_id = int(data["owner_id"])
            permissions = [int(r["permissions"]) for r in data["roles"] if int(r["id"]) in role_ids | {guild_id}]
        return owner_id == user_id or any(p & MANAGERS for p in permissions)
