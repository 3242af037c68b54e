"""Triage: staff set how urgent an open ticket is; its welcome shows it, and the viewer and API sort by it.

The priority is a compare-and-set in the database, so of two staff changing it at once one wins and the
other is told what it is now. The welcome follows the row under ``core.runtime.steps``: a refusal puts
the priority back, and after a crash recovery shows what the row says.
"""

from __future__ import annotations

from dataclasses import replace

import discord

from core import messages
from core.audit import AuditAction
from core.errors import UserInputError
from core.i18n import t
from core.i18n.languages import of_server
from core.models import Ticket, TicketPriority
from core.places.failures import explain
from core.rules import policy
from core.rules.policy import Actor
from core.runtime.services import KeyedLocks, Services, TicketKey
from core.runtime.steps import Sync
from core.tickets.notices import place_of, tell


class Triage:
    """Staff set a ticket's priority."""

    def __init__(self, deps: Services, sync: Sync) -> None:
        self._deps = deps
        self._sync = sync
        self._changes: KeyedLocks[int] = KeyedLocks()

    async def set_priority(self, key: TicketKey, actor: Actor, priority: TicketPriority) -> Ticket:
        """Set the open ticket's priority, for its staff."""
        deps = self._deps
        first = await deps.load(key)
        async with self._changes(first.id):
            ticket = policy.require_open(await deps.load(TicketKey(first.id)))
            rules = await deps.settings.for_ticket(ticket)
            policy.require_staff(actor, rules, "priority")
            if ticket.priority is priority:
                raise UserInputError(t("priority-already", priority=priority.value))
            place = await place_of(deps, ticket)
            changed = replace(ticket, priority=priority)
            try:
                async with self._sync.change(ticket) as change:
                    if not await deps.db.set_priority(ticket.id, priority, ticket.priority):
                        current = policy.require_open(await deps.load(TicketKey(ticket.id)))
                        if current.priority is not priority:  # not this change's own try, whose answer was lost
                            raise UserInputError(t("priority-raced", priority=current.priority.value))
                    change.made(lambda: deps.db.set_priority(ticket.id, ticket.priority, priority))
                    language = of_server(rules.language, place.guild)
                    await deps.places.show_state(place, changed, ticket.claimed_by, language)
            except discord.HTTPException as error:
                raise explain(error, t("place-action-priority")) from error
        notice = t("notice-priority", actor=messages.user(actor.id), priority=priority.value)
        await tell(deps, ticket, place, actor, AuditAction.PRIORITY_CHANGED, notice, messages.NOBODY)
        return changed
