"""Renaming a ticket's channel and moving a ticket to another type (its staff and category follow)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import discord

from core import messages
from core.audit import AuditAction
from core.errors import UserInputError
from core.i18n import render, t
from core.models import Ticket
from core.places.failures import explain
from core.rules import policy, ticket_types
from core.rules.naming import sanitize_channel_name
from core.rules.policy import Actor
from core.runtime.services import Services, TicketKey
from core.runtime.steps import Sync
from core.tickets.notices import place_of, tell, ticket_language


class Editing:
    """Renames tickets and moves them between types."""

    def __init__(self, deps: Services, sync: Sync, moved: Callable[[int], None]) -> None:
        self._deps = deps
        self._sync = sync
        self._moved = moved  # told the channel of a ticket moved to another type: its staff are others now

    async def rename(self, key: TicketKey, actor: Actor, name: str) -> str:
        """Rename the ticket's channel; Discord's limit of two renames per ten minutes is refused with a time."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        policy.require_staff(actor, await deps.settings.for_ticket(ticket), "rename")
        cleaned = sanitize_channel_name(name)
        if not cleaned:
            raise UserInputError(t("rename-empty"))
        place = await place_of(deps, ticket)
        if place.name == cleaned:
            raise UserInputError(t("rename-same", name=cleaned))
        try:
            why = render(t("discord-reason-renamed", label=ticket.label), await ticket_language(deps, ticket))
            await deps.places.rename(place, cleaned, reason=why)
        except discord.RateLimited as limited:
            again = deps.clock() + timedelta(seconds=limited.retry_after)
            raise UserInputError(t("rename-rate-limited", again=ticket_types.discord_time(again))) from None
        except discord.HTTPException as error:
            raise explain(error, t("place-action-rename")) from error
        notice = t("notice-renamed", actor=messages.user(actor.id), name=cleaned)
        await tell(deps, ticket, place, actor, AuditAction.TICKET_RENAMED, notice, messages.NOBODY)
        return cleaned

    async def move(self, key: TicketKey, actor: Actor, type_name: str) -> Ticket:
        """Move the ticket to another type: its staff (the claim kept) and category become the new type's."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        old = await deps.settings.for_ticket(ticket)
        policy.require_staff(actor, old, "move")
        types = await deps.settings.types(ticket.guild_id)
        current = ticket_types.find(types, ticket.type_id)
        target = ticket_types.named(types, type_name)
        if current is not None and current.id == target.id:
            raise UserInputError(t("move-same", label=ticket.label, type=target.name))
        new = ticket_types.effective(await deps.settings.require(ticket.guild_id), target)
        place = await place_of(deps, ticket)
        try:
            async with self._sync.change(ticket) as change:
                if not await deps.db.set_ticket_type(ticket.id, target.id, ticket.type_id):
                    raise UserInputError(t("ticket-changed-meanwhile", label=ticket.label))
                change.made(lambda: deps.db.set_ticket_type(ticket.id, ticket.type_id, target.id))
                await deps.places.move(place, ticket, old, new)
        except discord.HTTPException as error:
            raise explain(error, t("place-action-move")) from error
        self._moved(place.id)
        notice = t(
            "notice-moved",
            actor=messages.user(actor.id),
            before=current.name if current else "",
            had_type=current is not None,
            type=target.name,
        )
        await tell(deps, ticket, place, actor, AuditAction.TICKET_MOVED, notice, messages.NOBODY)
        return ticket
