"""A member asks staff, from the web, to reopen an archived ticket of theirs.

The request is a post for staff (the type's alert channel, else the log channel) carrying the ticket's
Reopen button, so staff reopen it as from the ticket itself. A ticket may be asked about once every
``ASK_EVERY``: the time is a compare-and-set against what was read, so two clicks, or two processes, post
once. A post Discord refuses puts the time back and the member is told: nothing is promised that staff
did not get.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import discord

from core import messages
from core.errors import UserInputError
from core.i18n import render, t
from core.i18n.languages import of_server
from core.models import Ticket, TicketStatus
from core.rules import ticket_types
from core.runtime.services import Services, context

log = logging.getLogger(__name__)

ASK_EVERY = timedelta(days=1)


class ReopenRequests:
    """Posts members' requests to reopen their archived tickets where staff see them."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def ask(self, ticket_id: int, member_id: int) -> Ticket:
        """Ask the ticket's staff to reopen it for one of its members; say why not when it cannot be."""
        deps = self._deps
        ticket = await deps.db.get_ticket(ticket_id)
        if ticket is None or not await self._member_of(ticket, member_id):
            raise UserInputError(t("ticket-not-a-ticket"))
        if ticket.status is not TicketStatus.ARCHIVED:
            raise UserInputError(t("reopen-ask-not-archived", label=ticket.label))
        now = deps.clock()
        asked = ticket.reopen_asked_at
        if asked is not None and now - asked < ASK_EVERY:
            raise UserInputError(t("reopen-ask-too-soon", label=ticket.label))
        guild = deps.guild(ticket)
        rules = await deps.settings.for_ticket(ticket)
        channel = guild.get_channel(rules.alert_channel_id or rules.log_channel_id or 0)
        if not isinstance(channel, discord.TextChannel):
            raise UserInputError(t("reopen-ask-nowhere"))
        if not await deps.db.set_reopen_asked(ticket.id, now, asked):
            raise UserInputError(t("reopen-ask-too-soon", label=ticket.label))
        language = of_server(rules.language, guild)
        kind = ticket_types.find(await deps.settings.types(guild.id), ticket.type_id)
        said = t("reopen-asked", member=messages.user(member_id), label=ticket.label, type=kind.name if kind else "-")
        try:
            await channel.send(
                render(said, language), view=messages.reopen_view(ticket, language), allowed_mentions=messages.NOBODY
            )
        except discord.HTTPException as error:
            log.warning("%s: reopen request not posted: %s", context(ticket), error)
            await deps.db.set_reopen_asked(ticket.id, asked, now)
            raise UserInputError(t("reopen-ask-refused")) from None
        return ticket

    async def _member_of(self, ticket: Ticket, member_id: int) -> bool:
        if ticket.opener_id == member_id:
            return True
        return any(p.user_id == member_id for p in await self._deps.db.list_participants(ticket.id))
