"""A server's statistics, read at most once a minute per server and period, shared by every way to see them.

``/stats``, the viewer's statistics page, the HTTP API and its CSV export all ask here. A server's tickets
for a period are read once (``DatabaseAdapter.list_figures``) and kept ``FRESH``; each narrowing (a type, a
staff member) is computed from them once and kept as long. Requests arriving together share one read.
Figures may be up to ``FRESH`` old; nothing here decides anything about a ticket.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from core.analytics.measures import Stats, compute
from core.models import Ticket
from core.runtime.services import Services

PERIODS = (7, 30, 90, 365)  # the periods offered, in days
FRESH = timedelta(seconds=60)
KEPT = 256  # servers and periods whose tickets this process keeps


@dataclass(slots=True)
class _Read:
    """A server's tickets for one period as read at ``at``, and what was computed from them."""

    at: datetime
    tickets: list[Ticket]
    computed: dict[tuple[int | None, int | None], Stats] = field(default_factory=dict)


class StatsCache:
    """Serves a server's statistics, reading its tickets at most once per ``FRESH`` for each period."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps
        self._reads: OrderedDict[tuple[int, int], _Read] = OrderedDict()
        self._reading: dict[tuple[int, int], asyncio.Future[_Read]] = {}

    async def stats(
        self, guild_id: int, days: int, *, type_id: int | None = None, staff_id: int | None = None
    ) -> Stats:
        """Return the server's figures for the last ``days`` days, optionally of one type or staff member."""
        read = await self._read(guild_id, days)
        narrowed = (type_id, staff_id)
        if narrowed not in read.computed:
            types = await self._deps.settings.types(guild_id)
            since = read.at - timedelta(days=days)
            read.computed[narrowed] = compute(read.tickets, types, since, read.at, type_id=type_id, staff_id=staff_id)
        return read.computed[narrowed]

    async def _read(self, guild_id: int, days: int) -> _Read:
        key = (guild_id, days)
        kept = self._reads.get(key)
        if kept is not None and self._deps.clock() - kept.at < FRESH:
            return kept
        pending = self._reading.get(key)
        if pending is None:
            pending = asyncio.ensure_future(self._fetch(key))
            self._reading[key] = pending
            pending.add_done_callback(lambda _: self._reading.pop(key, None))
        return await asyncio.shield(pending)

    async def _fetch(self, key: tuple[int, int]) -> _Read:
        guild_id, days = key
        now = self._deps.clock()
        read = _Read(now, await self._deps.db.list_figures(guild_id, now - timedelta(days=days)))
        self._reads[key] = read
        self._reads.move_to_end(key)
        while len(self._reads) > KEPT:
            self._reads.popitem(last=False)
        return read
