"""Closing tickets nobody answers: messages are noted as they arrive; the sweep warns, then closes.

A ticket's last message (from anyone, and from its opener) is written to the database at most once per
``WRITE_EVERY``, so a busy ticket costs a write every few minutes rather than one per message. This process
keeps the newest it saw and the sweep reads that first, so a ticket never closes early here; only a crash
loses what was not written yet, and a ticket can then close up to ``WRITE_EVERY`` early. The warning and
the close are compare-and-sets, so with several processes each happens once. A ticket closes only on a
warning recorded as posted; the sweep finds its work by the ticket's indexed ``idle_due_at``, not server
by server.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

import discord

from core import messages
from core.audit import AuditAction
from core.errors import DatabaseError, NotConfigured, TicketBotError, UserInputError
from core.i18n import Text, render, t
from core.i18n.languages import of_server
from core.models import NEVER, IdleCounts, Ticket, TicketRules
from core.rules import policy
from core.rules.policy import Actor
from core.runtime.services import Services, TicketKey, context
from core.tickets.closing import Closing
from core.tickets.notices import place_of, tell
from core.tickets.responses import FirstResponses, KnownTicket

log = logging.getLogger(__name__)
V = TypeVar("V")

WRITE_EVERY = timedelta(minutes=5)
# After Discord or the rules refused a warning or close (a missing log channel, a lost permission), the
# ticket waits this long before the next try rather than being retried at every sweep.
PAUSE_AFTER_REFUSAL = timedelta(minutes=30)
REMEMBERED = 10_000  # tickets (and channels) whose activity this process keeps in memory
# A warning taken on but not recorded as posted this long after is taken to be lost, and posted again.
UNPOSTED = timedelta(minutes=5)


@dataclass(slots=True)
class _Seen:
    """The newest message this process saw in one ticket (from anyone, from the opener), and what is stored."""

    anyone: datetime
    opener: datetime | None
    stored_anyone: datetime | None = None
    stored_opener: datetime | None = None

    def stale(self, by_opener: bool) -> bool:
        """Whether the stored times lag what was seen by ``WRITE_EVERY`` or more, or say another wrote last.

        Who wrote last decides whom the ticket waits for (``Ticket.waiting_on``), so a change of writer is
        stored at once: a reply from staff a minute after the opener's message turns the ticket to waiting
        on the opener, rather than staying "waiting on staff" until the next message.
        """
        lagging: list[tuple[datetime | None, datetime | None]] = [(self.anyone, self.stored_anyone)]
        if by_opener:
            lagging.append((self.opener, self.stored_opener))
        if any(seen is not None and (stored is None or seen - stored >= WRITE_EVERY) for seen, stored in lagging):
            return True
        return _opener_last(self.opener, self.anyone) != _opener_last(self.stored_opener, self.stored_anyone)


def _opener_last(opener: datetime | None, anyone: datetime | None) -> bool:
    """Whether the opener wrote the newest message, as the stored times would say."""
    return opener is not None and anyone is not None and opener >= anyone


class Inactivity:
    """Notes messages in tickets, and warns and closes tickets that went quiet for their type's hours."""

    def __init__(self, deps: Services, closing: Closing, responses: FirstResponses) -> None:
        self._deps = deps
        self._closing = closing
        self._responses = responses
        self._tickets: dict[int, KnownTicket | None] = {}  # channel → its ticket, or None: not a ticket
        self._seen: dict[int, _Seen] = {}
        self._lookups: dict[int, asyncio.Future[KnownTicket | None]] = {}  # channel → look-up under way
        self._paused: dict[int, datetime] = {}  # ticket → when to try again after a refusal

    async def seen(self, message: discord.Message) -> None:
        """Note a member's message; in a ticket, store it when the stored time lags by ``WRITE_EVERY``.

        The first message from staff is stored as the ticket's first answer (``core.tickets.responses``).
        """
        channel = message.channel
        if message.author.bot or message.webhook_id is not None or not _may_be_ticket(channel):
            return
        try:
            found = await self._ticket_in(channel.id)
            if found is not None:
                await self._note(found.ticket_id, message.author.id == found.opener_id)
                await self._responses.seen(found, message.author)
        except DatabaseError as error:
            guild_id = message.guild.id if message.guild else None
            log.warning("guild=%s channel=%s: activity not recorded: %s", guild_id, channel.id, error)

    def forget(self, channel_id: int) -> None:
        """Forget what is known of a channel's ticket (moved to another type): the next message reads it again."""
        self._tickets.pop(channel_id, None)

    async def _ticket_in(self, channel_id: int) -> KnownTicket | None:
        """Return the ticket of a channel; messages arriving together share one look-up."""
        if channel_id in self._tickets:
            return self._tickets[channel_id]
        pending = self._lookups.get(channel_id)
        if pending is None:
            pending = asyncio.ensure_future(self._look_up(channel_id))
            self._lookups[channel_id] = pending
            pending.add_done_callback(lambda _: self._lookups.pop(channel_id, None))
        return await asyncio.shield(pending)

    async def _look_up(self, channel_id: int) -> KnownTicket | None:
        ticket = await self._deps.db.get_ticket_by_channel(channel_id)
        found = None
        if ticket is not None:
            answered = ticket.first_response_at is not None
            found = KnownTicket(ticket.id, ticket.opener_id, ticket.guild_id, ticket.type_id, answered)
        _remember(self._tickets, channel_id, found)
        return found

    async def _note(self, ticket_id: int, by_opener: bool) -> None:
        now = self._deps.clock()
        seen = self._seen.get(ticket_id) or _Seen(now, None)
        seen.anyone = now
        if by_opener:
            seen.opener = now
        _remember(self._seen, ticket_id, seen)
        if seen.stale(by_opener):
            await self._store(ticket_id, seen)

    async def _store(self, ticket_id: int, seen: _Seen) -> None:
        """Write the times that lag behind what was seen.

        They are marked stored before the write, so messages arriving during it do not write again, and
        put back if it fails, so that the next message tries again.
        """
        before = (seen.stored_anyone, seen.stored_opener)
        writes: list[tuple[datetime, bool]] = []
        if seen.opener is not None and seen.opener != seen.stored_opener:
            # The opener's message is anyone's too: one write sets both times.
            writes.append((seen.opener, True))
            seen.stored_opener = seen.opener
            if seen.stored_anyone is None or seen.stored_anyone < seen.opener:
                seen.stored_anyone = seen.opener
        if seen.anyone != seen.stored_anyone:
            writes.append((seen.anyone, False))
            seen.stored_anyone = seen.anyone
        try:
            for at, by_opener in writes:
                await self._deps.db.record_activity(ticket_id, at, by_opener=by_opener)
        except BaseException:
            seen.stored_anyone, seen.stored_opener = before
            raise

    async def flush(self) -> None:
        """Store every message seen but not stored yet (at shutdown)."""
        for ticket_id, seen in list(self._seen.items()):
            try:
                await self._store(ticket_id, seen)
            except DatabaseError as error:
                log.warning("ticket=%s: activity not stored at shutdown: %s", ticket_id, error)
                return

    async def set_auto_close(self, key: TicketKey, actor: Actor, enabled: bool) -> Ticket:
        """Exempt a ticket from closing for inactivity, or end that; its clock starts again from now."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        policy.require_staff(actor, await deps.settings.for_ticket(ticket), "auto-close")
        if not await deps.db.set_auto_close(ticket.id, enabled):
            raise UserInputError(t("ticket-already-closing", label=ticket.label))
        if enabled:
            await deps.db.record_activity(ticket.id, deps.clock(), by_opener=True)
            self._seen.pop(ticket.id, None)
        notice = t("notice-auto-close", actor=messages.user(actor.id), enabled=enabled)
        action = AuditAction.AUTO_CLOSE_ON if enabled else AuditAction.AUTO_CLOSE_OFF
        await tell(deps, ticket, await place_of(deps, ticket), actor, action, notice, messages.NOBODY)
        return ticket

    async def sweep(self, held: set[int], now: datetime) -> None:
        """Warn, then close, the quiet tickets of the servers held here that close for inactivity.

        One indexed query across every server finds the tickets due a look (``idle_due_at``); settings are
        read only for their servers, and each ticket looked at is given the moment of its next look.
        """
        deps = self._deps
        for ticket in await deps.db.list_idle_due(now):
            if ticket.guild_id in held and ticket.id not in deps.busy and now >= self._paused.get(ticket.id, now):
                await self._check(ticket, now)

    async def _check(self, ticket: Ticket, now: datetime) -> None:
        """Warn or close the ticket if its time came; otherwise note when to look at it next.

        A close for inactivity acts only on a warning that was posted: with a warning set, the ticket closes
        no sooner than the warning's hours after a warning posted since its last message, as that warning
        says. A warning taken on but never posted (a crash, a refusal) is posted again after ``UNPOSTED``.
        """
        deps = self._deps
        try:
            rules = await deps.settings.for_ticket(ticket)
        except NotConfigured:
            rules = None  # the server's settings are gone: nothing closes until they are saved again
        hours = rules.auto_close_hours if rules else None
        if not rules or not hours:
            await deps.db.schedule_idle(ticket.id, NEVER)
            return
        by_opener = _by_opener(rules)
        last = await self._last_activity(ticket, by_opener)
        quiet = last + timedelta(hours=hours)
        warning = _warning(rules)
        language = of_server(rules.language, deps.client.get_guild(ticket.guild_id))
        posted = ticket.idle_warning_posted_at
        if not warning or (posted is not None and posted >= last):
            due = quiet if not warning or posted is None else max(quiet, posted + warning)
            if now >= due:
                # The reason is stored with the ticket, so it is written once, in the ticket's language.
                await self._close(ticket, render(_duration(hours), language), now)
            else:
                await deps.db.schedule_idle(ticket.id, due)
            return
        warn_at = quiet - warning
        taken = ticket.idle_warned_at
        if taken is not None and taken >= last and now < taken + UNPOSTED:
            warn_at = taken + UNPOSTED  # another process is posting it, or was cut off: look again then
        if now < warn_at:
            await deps.db.schedule_idle(ticket.id, warn_at)
            return
        await self._warn(ticket, now, max(quiet, now + warning), by_opener, language)

    async def _last_activity(self, ticket: Ticket, by_opener: bool) -> datetime:
        """Return the last message that counts: the stored one, or a newer one seen here (storing it)."""
        stored = (ticket.opener_active_at if by_opener else ticket.active_at) or ticket.opened_at
        seen = self._seen.get(ticket.id)
        if seen is None:
            return stored
        newer = seen.opener if by_opener else seen.anyone
        if newer is None or newer <= stored:
            return stored
        await self._store(ticket.id, seen)
        return newer

    async def _warn(self, ticket: Ticket, now: datetime, due: datetime, by_opener: bool, language: str) -> None:
        """Post the warning, then record it as posted: a close acts only on a warning that was posted.

        Taking it on first lets one process warn; a crash after the post and before the record leaves the
        warning unrecorded, and it is posted again (with a close no sooner than it says) after ``UNPOSTED``.
        """
        deps = self._deps
        if not await deps.db.mark_idle_warned(ticket.id, now, ticket.idle_warned_at):
            return  # another process warns, or the ticket closed
        opener_only = discord.AllowedMentions(users=[discord.Object(ticket.opener_id)], roles=False, everyone=False)
        try:
            place = await place_of(deps, ticket)
            warning = messages.idle_warning(ticket, due, by_opener, language)
            await deps.places.post(place, warning, allowed_mentions=opener_only)
        except (discord.HTTPException, TicketBotError) as error:
            await deps.db.mark_idle_warned(ticket.id, ticket.idle_warned_at, now)
            self._pause(ticket, now, f"inactivity warning not posted: {error}")  # i18n: logged
            return
        await deps.db.mark_idle_warning_posted(ticket.id, now, due)

    async def _close(self, ticket: Ticket, reason: str, now: datetime) -> None:
        deps = self._deps
        # Read again: closing the tickets before it takes a while, and it may have changed since (a message,
        # auto-close switched off for it, a close and a reopen); the next sweep looks at it as it is then.
        fresh = await deps.db.get_ticket(ticket.id)
        if fresh is None or _idle_state(fresh) != _idle_state(ticket):
            return
        try:
            await self._closing.close(TicketKey(ticket.id), Actor.bot(deps.bot_id), reason, self._closing.say_closed)
        except (discord.HTTPException, TicketBotError) as error:
            # Refused (the ticket is open again; staff can still close it by hand) or lost a race.
            self._pause(ticket, now, f"inactive ticket not closed: {error}")  # i18n: logged
            return
        self._seen.pop(ticket.id, None)

    def _pause(self, ticket: Ticket, now: datetime, problem: str) -> None:
        _remember(self._paused, ticket.id, now + PAUSE_AFTER_REFUSAL)
        log.warning("%s: %s; trying again in %s", context(ticket), problem, PAUSE_AFTER_REFUSAL)


def _may_be_ticket(channel: object) -> bool:
    """Whether a channel may be a ticket's, from the cache: a ticket topic, or a private thread of the bot's."""
    if isinstance(channel, discord.TextChannel):
        return messages.is_ticket_topic(channel.topic)
    return (
        isinstance(channel, discord.Thread)
        and channel.type is discord.ChannelType.private_thread
        and channel.owner_id == channel.guild.me.id
    )


def _by_opener(rules: TicketRules) -> bool:
    return rules.idle_counts is IdleCounts.OPENER


def _warning(rules: TicketRules) -> timedelta:
    return timedelta(hours=rules.auto_close_warning_hours or 0)


def _duration(hours: float) -> Text:
    """``48 hours``, ``1 hour``, ``90 minutes``: the close reason says how long the ticket was quiet."""
    if hours < 2 and hours * 60 != 60:
        return t("close-reason-idle", unit="minutes", amount=round(hours * 60))
    return t("close-reason-idle", unit="hours", amount=int(hours) if hours == int(hours) else hours)


def _remember(memory: dict[int, V], key: int, value: V) -> None:
    """Keep ``value`` as the newest entry, forgetting the oldest beyond ``REMEMBERED``."""
    memory.pop(key, None)
    memory[key] = value
    if len(memory) > REMEMBERED:
        del memory[next(iter(memory))]


def _idle_state(ticket: Ticket) -> tuple[object, ...]:
    """Return what a close for inactivity was decided on."""
    return (ticket.status, ticket.auto_close, ticket.active_at, ticket.opener_active_at, ticket.idle_warning_posted_at)
