"""The rule for operations that change an open ticket's row and its Discord side, held in one place.

The row is the truth for the Discord side it implies: who may see and write (the type's staff as the claim
mode and the claimer leave them, the opener and the people added) and, for a channel, its category. An
operation runs inside ``Sync.change``, which marks the ticket (``unsynced_since``) before the operation
writes, and clears the mark once Discord has followed. Between the two, any step may fail:

- Discord refuses (or a rule does, after the write): the operation's undo puts the row back, and Discord
  is brought to the restored row, so nothing is half made; the refusal is raised to the actor.
- The process dies, or the handler is cancelled: the mark stays, and ``sweep`` (a scheduler job) brings
  Discord to the row as the write left it, finishing the operation. A mark set before a write that never
  happened costs one comparison that finds nothing to change.

Announcements (the notice in the ticket, the audit entry) follow the change and are never undone. A change
of many tickets at once (new staff roles for a type) marks them all with ``mark`` before it writes, and
brings each with ``bring``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime

import discord

from core.errors import TicketBotError
from core.i18n.languages import of_server
from core.models import Ticket, TicketStatus
from core.rules import policy
from core.runtime.services import KeyedLocks, Services, TicketKey, context

log = logging.getLogger(__name__)

FIRST_RETRY = 15.0
LONGEST_RETRY = 600.0

Undo = Callable[[], Awaitable[object]]


class Change:
    """What an operation under ``Sync.change`` has written so far, and how to put it back."""

    def __init__(self) -> None:
        self.undos: list[Undo] = []

    def made(self, undo: Undo) -> None:
        """Record that the row changed, and the write that puts it back if a later step is refused."""
        self.undos.append(undo)


class Sync:
    """Runs operations under the rule above, and brings marked tickets' Discord side to their rows."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps
        self._locks: KeyedLocks[int] = KeyedLocks()
        self._retry_at: dict[int, tuple[int, float]] = {}

    @asynccontextmanager
    async def change(self, ticket: Ticket) -> AsyncIterator[Change]:
        """Mark ``ticket``, run the operation's writes and Discord steps, then clear the mark (or undo on refusal)."""
        deps = self._deps
        async with self._locks(ticket.id):
            mark = deps.clock()
            if not await deps.db.mark_unsynced(ticket.id, mark):  # only an open ticket is marked
                # A close began while this operation waited for the ticket: say so, and change nothing.
                policy.require_open(await deps.load(TicketKey(ticket.id)))
            change = Change()
            try:
                yield change
            except (discord.HTTPException, discord.RateLimited, TicketBotError):  # a long wait is a refusal too
                for undo in reversed(change.undos):
                    await undo()
                if change.undos:
                    await self._settle_after_refusal(ticket.id, mark)
                else:
                    await deps.db.mark_synced(ticket.id, mark)
                raise
            await deps.db.mark_synced(ticket.id, mark)

    @asynccontextmanager
    async def settled(self, ticket_id: int) -> AsyncIterator[None]:
        """Hold a ticket still: a change under way here finishes first, and none starts until this ends.

        A close begins inside it, so that no member is let in, nor a claim made, after the close has
        read who is in the ticket and while Discord is asked to retire its place.
        """
        async with self._locks(ticket_id):
            yield

    async def sweep(self, held: set[int], now: datetime) -> None:
        """Bring the Discord side of marked tickets (of the servers held here) to their rows."""
        deps = self._deps
        for ticket in await deps.db.list_unsynced(now):
            if ticket.guild_id not in held or ticket.id in deps.busy or self._locks(ticket.id).locked():
                continue
            retry = self._retry_at.get(ticket.id)
            if retry is not None and time.monotonic() < retry[1]:
                continue
            try:
                async with self._locks(ticket.id):
                    await self._bring(ticket.id)
            except (discord.HTTPException, discord.RateLimited, TicketBotError) as error:
                failures = (retry[0] if retry else 0) + 1
                pause = min(FIRST_RETRY * 2 ** (failures - 1), LONGEST_RETRY)
                self._retry_at[ticket.id] = (failures, time.monotonic() + pause)
                log.warning(
                    "%s: Discord not brought to the record, retrying in %.0fs: %s", context(ticket), pause, error
                )
            else:
                self._retry_at.pop(ticket.id, None)

    async def mark(self, tickets: list[Ticket]) -> datetime:
        """Mark tickets before a write that changes what their Discord side should be; return the mark."""
        mark = self._deps.clock()
        for ticket in tickets:
            await self._deps.db.mark_unsynced(ticket.id, mark)
        return mark

    async def bring(self, ticket: Ticket, mark: datetime) -> None:
        """Bring a ticket marked at ``mark`` to its row now; a refusal is raised and the mark stays for ``sweep``."""
        async with self._locks(ticket.id):
            await self._bring(ticket.id, mark)

    async def _settle_after_refusal(self, ticket_id: int, mark: datetime) -> None:
        """Bring Discord to the row the undo restored; if Discord refuses again, the mark stays for ``sweep``."""
        try:
            await self._bring(ticket_id, mark)
        except (discord.HTTPException, discord.RateLimited, TicketBotError) as error:
            log.warning("ticket=%s: Discord left for recovery to bring back to the record: %s", ticket_id, error)

    async def _bring(self, ticket_id: int, mark: datetime | None = None) -> None:
        """Bring the ticket's Discord side to its row as it is now, then clear the mark it had."""
        deps = self._deps
        ticket = await deps.load(TicketKey(ticket_id))
        expected = mark or ticket.unsynced_since
        if ticket.status is not TicketStatus.OPEN or expected is None:
            return
        place = await deps.places.find(deps.guild(ticket), ticket)  # an archived thread is not in the cache
        if place is None:  # nothing to bring; recovery closes a ticket whose place is gone
            await deps.db.mark_synced(ticket.id, expected)
            return
        rules = await deps.settings.for_ticket(ticket)
        members = {ticket.opener_id, *(p.user_id for p in await deps.db.list_participants(ticket.id))}
        await deps.places.sync(place, rules, ticket.claimed_by, members)
        await deps.places.show_state(place, ticket, ticket.claimed_by, of_server(rules.language, place.guild))
        await deps.db.mark_synced(ticket.id, expected)
        if mark is None:
            log.warning("%s: brought Discord in line with the record after an interrupted change", context(ticket))
