"""Triage: staff set how urgent an open ticket is; its welcome shows it, and the viewer and API sort by it.

The priority is a compare-and-set in the database, so of two staff changing it at once one wins and the
other is told what it is now. The welcome follows the row under ``core.runtime.steps``: a refusal puts
the priority back, and after a crash recovery shows what the row says.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import discord

from core import messages
from core.audit import AuditAction
from core.errors import TicketBotError, UserInputError
from core.i18n import Text, render, t
from core.i18n.languages import of_server
from core.models import Ticket, TicketPriority
from core.places.channels import TicketPlace
from core.places.failures import explain
from core.rules import policy, ticket_types
from core.rules.policy import Actor
from core.runtime.services import KeyedLocks, Services, TicketKey
from core.runtime.steps import Sync
from core.tickets.notices import place_of, tell, ticket_language

# The emoji a priority puts before a ticket's name, where the server wants it (normal: none).
PREFIXES = {TicketPriority.LOW: "🟢", TicketPriority.NORMAL: "", TicketPriority.HIGH: "🟠", TicketPriority.URGENT: "🔴"}


class Triage:
    """Staff set a ticket's priority."""

    def __init__(self, deps: Services, sync: Sync) -> None:
        self._deps = deps
        self._sync = sync
        self._changes: KeyedLocks[int] = KeyedLocks()

    async def set_priority(self, key: TicketKey, actor: Actor, priority: TicketPriority) -> tuple[Ticket, Text | None]:
        """Set the open ticket's priority, for its staff; return it, and why its name could not show it, if so."""
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
        return changed, await self._name(ticket, place, priority)

    async def _name(self, ticket: Ticket, place: TicketPlace, priority: TicketPriority) -> Text | None:
        """Show the priority as an emoji before the place's name, where the server wants it; say why not, if not.

        The name is a courtesy, not the ticket's truth: Discord allows two renames per ten minutes, and a
        rename it refuses leaves the priority set and the name as it was.
        """
        deps = self._deps
        if not (await deps.settings.require(ticket.guild_id)).priority_prefix:
            return None
        name = PREFIXES[priority] + place.name.lstrip("".join(PREFIXES.values()))
        if name == place.name:
            return None
        why = render(t("discord-reason-priority", label=ticket.label), await ticket_language(deps, ticket))
        try:
            await deps.places.rename(place, name[:100], reason=why)
        except discord.RateLimited as limited:
            again = ticket_types.discord_time(deps.clock() + timedelta(seconds=limited.retry_after))
            return t("priority-name-later", again=again)
        except discord.HTTPException as error:
            refusal = explain(error, t("place-action-priority"))
            return refusal.text if isinstance(refusal, TicketBotError) else None
        return None
