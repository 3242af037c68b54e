"""Reopening archived tickets: staff bring a closed ticket back, with its channel, history and people.

The database goes first (archived → open, the opener's limits checked as for a new ticket, so of several
staff reopening at once one wins); then the channel moves back to a ticket category and its members may
write again. If Discord refuses, the ticket is archived again; if the process dies in between, recovery
at start-up finishes the move, and in a running bot the sync sweep does (the ticket is marked unsynced
from the write until Discord followed, as in ``Sync.change``). A second ``/ticket reopen`` while that mark
is fresh is refused, as the first may still be waiting on Discord; after, it finishes the move too. The transcript posted at the first close
stays in the log channel; the next close saves one of the whole conversation.
"""

from __future__ import annotations

import logging

import discord

from core import messages
from core.audit import AuditAction
from core.errors import TicketBotError, TicketLimitReached, UserInputError
from core.i18n import Text, t
from core.models import Closure, Ticket, TicketRules, TicketStatus
from core.places.channels import TicketPlace
from core.places.failures import explain
from core.rules import policy, ticket_types
from core.rules.policy import Actor
from core.runtime.services import Services, TicketKey, context
from core.runtime.steps import Sync
from core.tickets.notices import tell, ticket_language

log = logging.getLogger(__name__)


class Reopening:
    """Reopens archived tickets."""

    def __init__(self, deps: Services, sync: Sync) -> None:
        self._deps = deps
        self._sync = sync

    async def reopen(self, key: TicketKey, actor: Actor) -> Ticket:
        """Open an archived ticket again for its opener, staff and the members it had."""
        deps = self._deps
        ticket = await deps.load(key)
        rules = await deps.settings.for_ticket(ticket)
        policy.require_staff(actor, rules, "reopen")
        place = await deps.places.find(deps.guild(ticket), ticket)
        if place is not None and half_reopened(ticket, place, rules.archive_category_id):
            # Half reopened: by a reopen still waiting on Discord (here, or in another process that marked
            # the ticket a moment ago), which is left to finish or undo; or by one that stopped.
            if ticket.id in deps.busy or policy.may_be_under_way(ticket.unsynced_since, deps.clock()):
                raise UserInputError(t("reopen-raced", label=ticket.label))
            await self.finish(ticket)
            return ticket
        if ticket.status is not TicketStatus.ARCHIVED or place is None:
            raise UserInputError(_why_not(ticket, place))
        deps.busy.add(ticket.id)  # neither recovery nor the sync sweep step in while the reopen runs
        try:
            return await self._reopen(ticket, place, rules, actor)
        finally:
            deps.busy.discard(ticket.id)

    async def _reopen(self, ticket: Ticket, place: TicketPlace, rules: TicketRules, actor: Actor) -> Ticket:
        deps = self._deps
        server = await deps.settings.require(ticket.guild_id)
        ticket_type = ticket_types.find(await deps.settings.types(ticket.guild_id), ticket.type_id)
        try:
            reopened = await deps.db.reopen_ticket(
                ticket.id,
                deps.clock(),
                server.max_open_tickets,
                type_max_open=ticket_type.max_open if ticket_type else None,
            )
        except TicketLimitReached as refused:
            raise UserInputError(
                t(
                    "reopen-limit",
                    opener=messages.user(ticket.opener_id),
                    limit=refused.limit,
                    per_type=refused.per_type,
                )
            ) from None
        if reopened is None:
            raise UserInputError(t("reopen-raced", label=ticket.label))
        # Marked until Discord followed: a reopen cut off here is finished by the sync sweep.
        mark = await self._sync.mark([reopened])
        try:
            await deps.places.reopen(place, reopened, rules)
        except (discord.HTTPException, TicketBotError) as error:
            await self._archive_again(ticket, error)
            await deps.db.mark_synced(ticket.id, mark)
            raise (
                explain(error, t("place-action-reopen")) if isinstance(error, discord.HTTPException) else error
            ) from None
        await deps.db.mark_synced(ticket.id, mark)
        await self._announce(reopened, place, actor)
        return reopened

    async def finish(self, ticket: Ticket) -> None:
        """Finish a reopen that a crash interrupted after the database (the ticket open, its channel archived)."""
        deps = self._deps
        rules = await deps.settings.for_ticket(ticket)
        place = await deps.places.find(deps.guild(ticket), ticket)
        if place is None or not half_reopened(ticket, place, rules.archive_category_id):
            return
        await deps.places.reopen(place, ticket, rules)
        await self._announce(ticket, place, Actor.bot(deps.bot_id))
        log.warning("%s: finished an interrupted reopen", context(ticket))

    async def _announce(self, ticket: Ticket, place: TicketPlace, actor: Actor) -> None:
        """Post the reopening, with a Close button again, and audit it; the reopen stands if these fail."""
        notice = t("notice-reopened", actor=messages.user(actor.id))
        await tell(
            self._deps,
            ticket,
            place,
            actor,
            AuditAction.TICKET_REOPENED,
            notice,
            messages.NOBODY,
            messages.close_view(ticket, await ticket_language(self._deps, ticket)),
        )

    async def _archive_again(self, ticket: Ticket, error: Exception) -> None:
        """Put a ticket whose channel Discord would not reopen back as it was, archived."""
        deps = self._deps
        closure = Closure(ticket.closed_by or deps.bot_id, ticket.close_reason, ticket.closed_at or deps.clock())
        why = error.text if isinstance(error, TicketBotError) else t("stored-prose", text=str(error))
        note = t("audit-detail-reopen-undone", label=ticket.label, why=why)
        entry = deps.journal.entry(ticket.guild_id, deps.bot_id, AuditAction.REOPEN_UNDONE, note, ticket.id)
        if await deps.db.begin_close(ticket.id, closure):
            await deps.db.finish_close(ticket.id, TicketStatus.ARCHIVED, entry)


def half_reopened(ticket: Ticket, place: TicketPlace, archive_category_id: int | None) -> bool:
    """Whether an open ticket's place is still retired: its reopen stopped after the database.

    A channel still in the archive category, or a thread still locked.
    """
    if ticket.status is not TicketStatus.OPEN:
        return False
    if isinstance(place, discord.Thread):
        return place.locked
    return place.category_id == archive_category_id


def _why_not(ticket: Ticket, place: TicketPlace | None) -> Text:
    if ticket.status in policy.ACTIVE:
        return t("reopen-is-open", label=ticket.label)
    if ticket.status is TicketStatus.CLOSING:
        return t("reopen-is-closing", label=ticket.label)
    if place is None:
        return t("reopen-place-deleted", label=ticket.label)
    return t("reopen-not-archived", label=ticket.label)
