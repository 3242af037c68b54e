"""Close requests: staff ask the opener whether the ticket may close; with a delay it closes by itself.

The due time lives in the database, so a restart or another shard process loses nothing: the scheduler's
sweep closes what fell due through the same close path as a member's (transcript, log, direct message),
and the close's compare-and-set lets exactly one process do it. The due time is stored before the post,
but acted on only once the request's message is known: recorded after the post, or found in the ticket
by its due time when a crash came between the two; a request never posted is dropped. A close that
Discord or the rules refuse leaves the request standing: the sweep tries again after the same pause as
the inactivity sweep's.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import discord

from core import messages
from core.audit import AuditAction
from core.errors import DatabaseError, PermissionDenied, TicketBotError, UserInputError
from core.i18n import render, t
from core.models import Ticket, TicketStatus
from core.rules import policy
from core.rules.policy import Actor
from core.runtime.services import Services, TicketKey, context
from core.tickets.closing import Announce, ClosedTicket, Closing
from core.tickets.inactivity import PAUSE_AFTER_REFUSAL, REMEMBERED
from core.tickets.notices import place_of, tell, ticket_language

log = logging.getLogger(__name__)


class CloseRequests:
    """Asks openers to agree to a close, and closes the tickets whose request went unanswered."""

    def __init__(self, deps: Services, closing: Closing) -> None:
        self._deps = deps
        self._closing = closing
        self._paused: dict[int, datetime] = {}  # ticket → when to try its due close again after a refusal

    async def request(self, key: TicketKey, actor: Actor, reason: str | None, delay: timedelta | None) -> Ticket:
        """Ask the opener, pinging only them; with ``delay`` the ticket closes by itself unless they answer."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        policy.require_staff(actor, await deps.settings.for_ticket(ticket), "request-close")
        if actor.id == ticket.opener_id:
            raise UserInputError(t("close-request-own"))
        due = deps.clock() + delay if delay else None
        place = await place_of(deps, ticket)
        content, view = messages.close_request(ticket, actor.id, reason, due, await ticket_language(deps, ticket))
        opener_only = discord.AllowedMentions(users=[discord.Object(ticket.opener_id)], roles=False, everyone=False)
        if due is None:
            # No promise: posted, then stored; should the store fail, the message is withdrawn.
            posted = await deps.places.post(place, content, view=view, allowed_mentions=opener_only)
            await self._store(ticket, posted, due, reason)
        else:
            # The due time is stored first, unarmed, then the request is posted and its message recorded: the
            # sweep acts only on a request whose message it knows, or finds in the ticket (a crash between the
            # post and the record), and drops one that was never posted.
            if not await deps.db.set_close_due(ticket.id, due, reason):
                raise UserInputError(t("ticket-already-closing", label=ticket.label))
            try:
                posted = await deps.places.post(place, content, view=view, allowed_mentions=opener_only)
            except (discord.HTTPException, TicketBotError):
                # The request it had stands again (found in the ticket by its due time when it falls due).
                await deps.db.set_close_due(ticket.id, ticket.close_due_at, ticket.close_reason)
                raise
            try:
                armed = await deps.db.arm_close_request(ticket.id, posted.id)
            except DatabaseError:
                await self._withdraw(ticket, posted)
                raise
            if not armed:
                await self._withdraw(ticket, posted)
                raise UserInputError(t("ticket-already-closing", label=ticket.label))
        self._paused.pop(ticket.id, None)
        noted = t(
            "audit-detail-close-requested", actor=messages.user(actor.id), reason=reason or "", with_reason=bool(reason)
        )
        await deps.journal.record(
            deps.journal.entry(ticket.guild_id, actor.id, AuditAction.CLOSE_REQUESTED, noted, ticket.id)
        )
        return ticket

    async def accept(self, key: TicketKey, actor: Actor, announce: Announce) -> ClosedTicket:
        """Close the ticket as its staff asked, when its opener agrees."""
        ticket = await self._answerable(key, actor)
        return await self._closing.close(TicketKey(ticket.id), actor, ticket.close_reason, announce)

    async def keep_open(self, key: TicketKey, actor: Actor) -> Ticket:
        """Refuse the close: the ticket stays open and will not close by itself."""
        deps = self._deps
        ticket = await self._answerable(key, actor)
        asked = ticket.close_request_message_id
        if asked is None or not await deps.db.set_close_due(ticket.id, None, None, answering=asked):
            raise UserInputError(t("close-request-answered"))
        notice = t("notice-kept-open", actor=messages.user(actor.id))
        await tell(
            deps, ticket, await place_of(deps, ticket), actor, AuditAction.CLOSE_REFUSED, notice, messages.NOBODY
        )
        return ticket

    async def _store(self, ticket: Ticket, posted: discord.Message, due: datetime | None, reason: str | None) -> None:
        try:
            stored = await self._deps.db.set_close_due(ticket.id, due, reason)
        except DatabaseError:
            await self._withdraw(ticket, posted)
            raise
        if not stored:
            await self._withdraw(ticket, posted)
            raise UserInputError(t("ticket-already-closing", label=ticket.label))

    async def _withdraw(self, ticket: Ticket, posted: discord.Message) -> None:
        try:
            await posted.delete()
        except discord.HTTPException as error:
            log.warning("%s: close request not stored, and its message not withdrawn: %s", context(ticket), error)

    async def _answerable(self, key: TicketKey, actor: Actor) -> Ticket:
        ticket = policy.require_open(await self._deps.load(key))
        if actor.id != ticket.opener_id:
            raise PermissionDenied(t("close-request-opener-only"))
        return ticket

    async def sweep(self, held: set[int], now: datetime) -> None:
        """Close the tickets of the servers held here whose close request went unanswered."""
        deps = self._deps
        for due in await deps.db.list_due_closes(now):
            if due.guild_id not in held or due.id in deps.busy or now < self._paused.get(due.id, now):
                continue
            # Read again: closing the tickets before it takes a while, and its opener may have answered since.
            ticket = await deps.db.get_ticket(due.id)
            if ticket is None or _request(ticket) != _request(due) or ticket.status is not TicketStatus.OPEN:
                continue
            # Stored as the close's reason, so written once in the ticket's language.
            reason = render(
                t("close-reason-no-answer", reason=ticket.close_reason or "", with_reason=bool(ticket.close_reason)),
                await ticket_language(deps, ticket),
            )
            try:
                if ticket.close_request_message_id is None and not await self._delivered(ticket):
                    continue
                await self._closing.close(
                    TicketKey(ticket.id), Actor.bot(deps.bot_id), reason, self._closing.say_closed
                )
            except (discord.HTTPException, TicketBotError) as error:
                # Refused (no log channel, a full archive, Discord): the ticket is open again with its request
                # due as before, and staff can still close it by hand. Or another process won the close.
                self._pause(ticket, now, error)
            else:
                self._paused.pop(ticket.id, None)

    async def _delivered(self, ticket: Ticket) -> bool:
        """Whether a request whose message was not recorded was posted (found by its due time); record it if so.

        One that was not is dropped: its opener was never told, so it never closes the ticket.
        """
        deps = self._deps
        assert ticket.close_due_at is not None
        promise = discord.utils.format_dt(ticket.close_due_at, "R")
        place = await place_of(deps, ticket)
        async for message in deps.places.history(place):
            if message.author.id == deps.bot_id and promise in message.content:
                await deps.db.arm_close_request(ticket.id, message.id)
                return True
        log.warning("%s: close request never posted, dropped", context(ticket))
        await deps.db.set_close_due(ticket.id, None, None)
        return False

    def _pause(self, ticket: Ticket, now: datetime, error: Exception) -> None:
        self._paused.pop(ticket.id, None)
        self._paused[ticket.id] = now + PAUSE_AFTER_REFUSAL
        if len(self._paused) > REMEMBERED:
            del self._paused[next(iter(self._paused))]
        log.warning("%s: due close not made: %s; trying again in %s", context(ticket), error, PAUSE_AFTER_REFUSAL)


def _request(ticket: Ticket) -> tuple[datetime | None, str | None, int | None]:
    """Return what tells one close request from another (or from none)."""
    return ticket.close_due_at, ticket.close_reason, ticket.close_request_message_id
