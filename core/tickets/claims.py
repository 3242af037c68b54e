"""Claiming a ticket: one staff member takes it on, and the server's claim mode decides the others' access.

The claim is a compare-and-set in the database, so of two staff clicking at once exactly one becomes the
claimer and the other is told who. The Discord side follows the database under ``core.runtime.steps``: if
Discord refuses, the claim is put back as it was on both sides; after a crash, recovery finishes it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

import discord

from core import messages
from core.audit import AuditAction
from core.errors import PermissionDenied, UserInputError
from core.i18n import t
from core.i18n.languages import of_server
from core.models import ClaimMode, Ticket, TicketRules
from core.places.failures import explain
from core.rules import policy
from core.rules.policy import Actor
from core.runtime.services import KeyedLocks, Services, TicketKey
from core.runtime.steps import Sync
from core.tickets.alerts import Alerts
from core.tickets.notices import place_of, tell


class Claims:
    """Staff claim, unclaim and hand over tickets."""

    def __init__(self, deps: Services, sync: Sync, alerts: Alerts) -> None:
        self._deps = deps
        self._sync = sync
        self._alerts = alerts
        self._changes: KeyedLocks[int] = KeyedLocks()

    @asynccontextmanager
    async def _current(self, key: TicketKey) -> AsyncIterator[tuple[Ticket, TicketRules]]:
        """Yield the open ticket as it is now, with this process's other claim changes to it waiting.

        So a repeated click sees the first one's result; the compare-and-set in the database covers the rest.
        """
        first = await self._deps.load(key)
        async with self._changes(first.id):
            ticket = policy.require_open(await self._deps.load(TicketKey(first.id)))
            yield ticket, await self._deps.settings.for_ticket(ticket)

    async def claim(self, key: TicketKey, actor: Actor) -> Ticket:
        """Make ``actor`` the ticket's claimer, if no one is."""
        async with self._current(key) as (ticket, rules):
            return await self._claim(ticket, rules, actor)

    async def unclaim(self, key: TicketKey, actor: Actor) -> Ticket:
        """Hand a ticket back to all its staff; the claimer, or an admin, may."""
        async with self._current(key) as (ticket, rules):
            return await self._unclaim(ticket, rules, actor)

    async def transfer(self, key: TicketKey, actor: Actor, to: Actor) -> Ticket:
        """Hand a ticket to another staff member; the claimer, an admin, or (unclaimed) any staff may."""
        async with self._current(key) as (ticket, rules):
            return await self._transfer(ticket, rules, actor, to)

    async def _claim(self, ticket: Ticket, rules: TicketRules, actor: Actor) -> Ticket:
        policy.require_staff(actor, rules, "claim")
        if ticket.claimed_by == actor.id:
            raise UserInputError(t("claim-already-yours"))
        if ticket.claimed_by is not None:
            raise UserInputError(t("claim-already-taken", claimer=messages.user(ticket.claimed_by)))
        return await self._change(ticket, rules, actor, None, actor.id, AuditAction.TICKET_CLAIMED)

    async def _unclaim(self, ticket: Ticket, rules: TicketRules, actor: Actor) -> Ticket:
        if ticket.claimed_by is None:
            raise UserInputError(t("claim-none"))
        self._require_holder(ticket, actor)
        return await self._change(ticket, rules, actor, ticket.claimed_by, None, AuditAction.TICKET_UNCLAIMED)

    async def _transfer(self, ticket: Ticket, rules: TicketRules, actor: Actor, to: Actor) -> Ticket:
        policy.require_staff(actor, rules, "transfer")
        if ticket.claimed_by is not None:
            self._require_holder(ticket, actor)
        if not policy.is_staff(to, rules) or to.system:
            raise UserInputError(t("claim-transfer-not-staff", member=messages.user(to.id)))
        if to.id == ticket.claimed_by:
            raise UserInputError(t("claim-transfer-same", member=messages.user(to.id)))
        return await self._change(ticket, rules, actor, ticket.claimed_by, to.id, AuditAction.TICKET_TRANSFERRED)

    async def _participates(self, ticket_id: int, user_id: int) -> bool:
        return any(p.user_id == user_id for p in await self._deps.db.list_participants(ticket_id))

    @staticmethod
    def _require_holder(ticket: Ticket, actor: Actor) -> None:
        if actor.id != ticket.claimed_by and not (actor.administrator or actor.manage_guild):
            raise PermissionDenied(t("claim-held", claimer=messages.user(ticket.claimed_by or 0)))

    async def _change(
        self,
        ticket: Ticket,
        rules: TicketRules,
        actor: Actor,
        held: int | None,
        claimer: int | None,
        action: AuditAction,
    ) -> Ticket:
        deps = self._deps
        place = await place_of(deps, ticket)
        try:
            async with self._sync.change(ticket) as change:
                if not await deps.db.set_claim(ticket.id, claimer, held):
                    current = await deps.load(TicketKey(ticket.id))
                    if current.claimed_by != claimer:  # not this change's own try, whose answer was lost
                        policy.require_open(current)
                        who = messages.user(current.claimed_by) if current.claimed_by else ""
                        raise UserInputError(t("claim-raced", claimer=who, known=bool(who)))
                change.made(lambda: deps.db.set_claim(ticket.id, held, claimer))
                # The former claimer's own overwrite goes, unless they were added to the ticket as a member.
                dropped = held if held is not None and not await self._participates(ticket.id, held) else None
                # Unclaiming always restores the usual access: the mode may have changed since the claim.
                if rules.claim_mode is not ClaimMode.SHARED or claimer is None:
                    await deps.places.reclaim(place, rules, claimer, dropped)
                await deps.places.show_state(place, ticket, claimer, of_server(rules.language, place.guild))
        except discord.HTTPException as error:
            raise explain(error, t("place-action-claim")) from error
        notice = messages.claim_notice(action, actor.id, claimer, held)
        await tell(deps, ticket, place, actor, action, notice, messages.NOBODY)
        changed = replace(ticket, claimed_by=claimer)
        await self._alerts.show(changed, place)
        return changed
