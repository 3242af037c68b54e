"""Recovery: finish or undo what an interrupted process left behind, while the bot runs.

Two jobs of the scheduler (``core.runtime.scheduler``). ``resume`` finishes closes, and finishes or undoes
pending opens, begun more than ``policy.RESERVATION_TIMEOUT`` ago (younger ones may be under way in
another process sharing the server; at start-up, ``resume_all`` also takes those begun before this process
was, which only a crashed process, or one shutting down, can have left). ``settle``, at start-up, closes
open tickets whose place is gone, finishes reopens interrupted after the database, and retires channels no
active ticket owns. Only tickets of servers this process holds are touched, and never one this process is
working on. A ticket Discord keeps refusing is retried with growing pauses, and the log channel is told
once (not again if the close told it already, or an earlier process did).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

import discord

from core import messages
from core.audit import AuditAction
from core.errors import TicketBotError
from core.i18n import render, t
from core.i18n.languages import of_server
from core.models import Ticket, TicketStatus
from core.places.channels import ticket_category_ids
from core.rules import policy, ticket_types
from core.rules.policy import Actor
from core.runtime.scheduler import paced
from core.runtime.services import Services, TicketKey, by_server, context
from core.tickets.closing import Closing
from core.tickets.notices import ticket_language
from core.tickets.opening import Opening
from core.tickets.reopening import Reopening, half_reopened

log = logging.getLogger(__name__)

FIRST_RETRY = 15.0
LONGEST_RETRY = 600.0
NOTE_AFTER = 3


@dataclass(slots=True)
class _Failures:
    count: int
    next_try: float


class Recovery:
    """Finds interrupted opens and closes and completes them."""

    def __init__(self, deps: Services, opening: Opening, closing: Closing, reopening: Reopening) -> None:
        self._deps = deps
        self._opening = opening
        self._closing = closing
        self._reopening = reopening
        self._failures: dict[int, _Failures] = {}
        self._born = deps.clock()

    async def resume(self, held: set[int], now: datetime) -> None:
        """Finish the opens and closes gone stale by ``now`` (interrupted) in the servers held here."""
        await self._resume(held, now, every_one=False)

    async def resume_all(self, held: set[int], now: datetime) -> None:
        """At start-up: also finish the opens and closes begun before this process was (a crash left them).

        One begun since is this process's own (marked busy) or another live process's, sharing the server.
        """
        await self._resume(held, now, every_one=True)

    async def settle(self, held: set[int], now: datetime) -> None:
        """At start-up: close tickets whose place is gone, finish interrupted reopens, retire leftover channels."""
        await self._settle_open_tickets(held)
        await self._retire_leftovers(held)

    async def _resume(self, held: set[int], now: datetime, *, every_one: bool) -> None:
        deps = self._deps
        for ticket in await deps.db.list_tickets([TicketStatus.PENDING, TicketStatus.CLOSING]):
            if ticket.guild_id not in held or ticket.id in deps.busy or not self._due(ticket.id):
                continue
            started = ticket.opened_at if ticket.status is TicketStatus.PENDING else ticket.closed_at
            earlier = every_one and started is not None and started <= self._born
            if not earlier and policy.may_be_under_way(started, now):
                continue  # another process sharing the server may be working on it right now
            resume = self._opening.resume if ticket.status is TicketStatus.PENDING else self._closing.resume
            await self._attempt(ticket, resume)

    async def _settle_open_tickets(self, held: set[int]) -> None:
        """Close open tickets whose channel is gone, and finish reopens a crash interrupted."""
        deps = self._deps
        opened = await deps.db.list_tickets([TicketStatus.OPEN])
        async for guild, config, tickets in by_server(deps, held, opened):
            for ticket in tickets:
                if ticket.id in deps.busy:
                    continue
                place = await deps.places.find(guild, ticket)
                if place is None:
                    await self._attempt(ticket, self._close_orphan)
                elif half_reopened(ticket, place, config.archive_category_id):
                    await self._attempt(ticket, self._reopening.finish)

    async def _retire_leftovers(self, held: set[int]) -> None:
        """Retire ticket channels that no active ticket owns.

        Two kinds: the channel of a ticket closed long ago that survived (a first-release close could
        leave one), and a channel whose ticket row a power loss took (SQLite keeps the last transactions
        in its write-ahead log until a checkpoint), which carries a ticket's topic but no row knows.
        Both carry the topic the bot gave them: the servers' channels are searched for it in memory,
        and only a server with such a channel that no active ticket owns is read from the database.
        """
        deps = self._deps
        suspects: dict[int, list[discord.TextChannel]] = {}
        async for guild_id in paced(held):
            guild = deps.client.get_guild(guild_id)
            for category in guild.categories if guild is not None else ():
                for channel in category.text_channels:
                    if messages.was_ticket_topic(channel.topic):
                        suspects.setdefault(guild_id, []).append(channel)
        if not suspects:
            return
        tickets = await deps.db.list_tickets([*policy.ACTIVE, TicketStatus.CLOSING])
        active = {t.channel_id for t in tickets if t.channel_id}
        # A pending open's channel is recorded only as it activates: another process may be making it now.
        opening: dict[int, list[str]] = {}
        for pending in (x for x in tickets if x.status is TicketStatus.PENDING):
            opening.setdefault(pending.guild_id, []).append(messages.topic_prefix(pending))
        for guild_id, found in suspects.items():
            made = tuple(opening.get(guild_id, ()))
            left = [c for c in found if c.id not in active and not (c.topic or "").startswith(made)]
            config = await deps.settings.get(guild_id) if left else None
            if config is None:
                continue
            guild = left[0].guild
            types = await deps.settings.types(guild_id)
            every = [ticket_types.effective(config, t) for t in [None, *types]]
            category_ids = {c for rules in every for c in ticket_category_ids(guild, rules)}
            for channel in (channel for channel in left if channel.category_id in category_ids):
                ticket = await deps.db.get_ticket_by_channel(channel.id)
                if ticket is not None and ticket.status in (TicketStatus.CLOSED, TicketStatus.ARCHIVED):
                    await self._attempt(ticket, self._retire_leftover)
                elif (
                    ticket is None
                    and messages.is_ticket_topic(channel.topic)
                    and channel.overwrites_for(guild.default_role).view_channel is False
                ):
                    await self._delete_unknown(channel)

    async def _retire_leftover(self, ticket: Ticket) -> None:
        deps = self._deps
        guild = deps.guild(ticket)
        rules = await deps.settings.for_ticket(ticket)
        place = deps.places.locate(guild, ticket)
        if place is not None:
            deps.retired.add(place.id)
            await deps.places.retire(place, ticket, rules)
            log.warning("%s: retired the channel of a ticket closed earlier", context(ticket))

    async def _delete_unknown(self, channel: discord.TextChannel) -> None:
        try:
            why = t("discord-reason-unknown-channel")
            await self._deps.places.remove(channel, reason=render(why, of_server(None, channel.guild)))
        except discord.HTTPException as error:
            log.warning("guild=%s: channel=%s known to no ticket not deleted: %s", channel.guild.id, channel.id, error)
            return
        log.warning("guild=%s: deleted channel=%s that no ticket record knows", channel.guild.id, channel.id)

    async def _close_orphan(self, ticket: Ticket) -> None:
        # Stored as the close's reason, so written once in the ticket's language.
        reason = render(t("close-reason-missing-at-start"), await ticket_language(self._deps, ticket))
        await self._closing.close(TicketKey(ticket.id), Actor.bot(self._deps.bot_id), reason)

    async def _attempt(self, ticket: Ticket, action: Callable[[Ticket], Awaitable[None]]) -> None:
        busy = self._deps.busy
        if ticket.id in busy:
            return
        busy.add(ticket.id)
        try:
            await action(ticket)
        except (discord.HTTPException, TicketBotError) as error:
            await self._failed(ticket, error)
        else:
            self._failures.pop(ticket.id, None)
        finally:
            busy.discard(ticket.id)

    def _due(self, ticket_id: int) -> bool:
        failures = self._failures.get(ticket_id)
        return failures is None or time.monotonic() >= failures.next_try

    async def _failed(self, ticket: Ticket, error: Exception) -> None:
        failures = self._failures.setdefault(ticket.id, _Failures(0, 0.0))
        failures.count += 1
        pause = min(FIRST_RETRY * 2 ** (failures.count - 1), LONGEST_RETRY)
        failures.next_try = time.monotonic() + pause
        log.warning("%s: recovery failed (%s), retrying in %.0fs: %s", context(ticket), ticket.status, pause, error)
        if failures.count == NOTE_AFTER and not await self._told(ticket):
            note = t(
                "audit-detail-recovery-stuck",
                closing=ticket.status is TicketStatus.CLOSING,
                label=ticket.label,
                opener=messages.user(ticket.opener_id),
                place=f"<#{ticket.channel_id}>" if ticket.channel_id else "",
                known=ticket.channel_id is not None,
                why=error.text if isinstance(error, TicketBotError) else t("stored-prose", text=str(error)),
            )
            journal = self._deps.journal
            await journal.record(
                journal.entry(ticket.guild_id, self._deps.bot_id, AuditAction.RECOVERY_STUCK, note, ticket.id),
                ticket.label,
            )

    async def _told(self, ticket: Ticket) -> bool:
        """Whether the log channel already heard that this open or close is stuck.

        A close Discord refused to retire tells it at once; so did an earlier process's recovery.
        """
        since = ticket.closed_at if ticket.status is TicketStatus.CLOSING and ticket.closed_at else ticket.opened_at
        return await self._deps.db.has_audit_entry(ticket.guild_id, ticket.id, AuditAction.RECOVERY_STUCK, since)
