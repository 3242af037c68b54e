"""What every change to an open ticket ends with: a notice in the ticket and an audit entry."""

from __future__ import annotations

import logging

import discord

from core.audit import AuditAction
from core.errors import DatabaseError, UserInputError
from core.models import Ticket
from core.places.channels import TicketPlace
from core.rules.policy import Actor
from core.runtime.services import Services, context

log = logging.getLogger(__name__)


async def tell(
    deps: Services,
    ticket: Ticket,
    place: TicketPlace,
    actor: Actor,
    action: AuditAction,
    notice: str,
    mentions: discord.AllowedMentions,
    view: discord.ui.View | None = None,
) -> None:
    """Post the change in the ticket, with ``view``'s buttons, and audit it; failures here are only logged."""
    try:
        await deps.places.post(place, notice, allowed_mentions=mentions, view=view)
    except discord.HTTPException as error:
        log.warning("%s: %s notice not posted: %s", context(ticket), action, error)
    try:
        await deps.journal.record(
            deps.journal.entry(ticket.guild_id, actor.id, action, notice, ticket.id), ticket.label
        )
    except DatabaseError as error:
        log.warning("%s: %s not audited: %s", context(ticket), action, error)


async def place_of(deps: Services, ticket: Ticket) -> TicketPlace:
    """Return the ticket's place, asking Discord for one the cache lacks (an archived thread), or say it is gone."""
    place = await deps.places.find(deps.guild(ticket), ticket)
    if place is None:
        raise UserInputError(f"Ticket {ticket.label}'s channel no longer exists.")
    return place
