"""What every change to an open ticket ends with: a notice in the ticket and an audit entry."""

from __future__ import annotations

import logging

import discord

from core.audit import AuditAction
from core.errors import DatabaseError, TicketBotError, UserInputError
from core.i18n import Text, render, t
from core.i18n.languages import of_server
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
    notice: Text,
    mentions: discord.AllowedMentions,
    view: discord.ui.View | None = None,
) -> None:
    """Post the change in the ticket (in its language), with ``view``'s buttons, and audit it; failures here are only logged."""
    try:
        language = await ticket_language(deps, ticket)
        await deps.places.post(place, render(notice, language), allowed_mentions=mentions, view=view)
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
        raise UserInputError(t("ticket-place-gone", label=ticket.label))
    return place


async def ticket_language(deps: Services, ticket: Ticket) -> str:
    """Return what the whole ticket reads: its type's or server's language (from the kept settings), else the guild's."""
    guild = deps.client.get_guild(ticket.guild_id)
    try:
        rules = await deps.settings.for_ticket(ticket)
    except TicketBotError:  # settings gone or unreadable: the notice still goes out, in the guild's language
        return of_server(None, guild)
    return of_server(rules.language, guild)
