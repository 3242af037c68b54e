"""Openers who leave the server: their open tickets close, or stay open with a notice, as the server says.

A leave is seen as it happens (the member-remove event) and, for members who left while the bot was
offline, at start-up: the openers of open tickets are looked up through the gateway, a hundred per
request. The notice is posted once (the database records that it was), so a restart does not repeat it.
"""

from __future__ import annotations

import logging
from datetime import datetime

import discord

from core import messages
from core.audit import AuditAction
from core.errors import TicketBotError
from core.i18n import render, t
from core.models import GuildConfig, LeaveAction, Ticket, TicketStatus
from core.rules.policy import Actor
from core.runtime.services import Services, TicketKey, by_server, context
from core.tickets.closing import Closing
from core.tickets.notices import tell, ticket_language

log = logging.getLogger(__name__)

LOOKUP_BATCH = 100  # user ids per Request Guild Members


class Departures:
    """Closes, or flags for staff, the tickets of openers who left."""

    def __init__(self, deps: Services, closing: Closing) -> None:
        self._deps = deps
        self._closing = closing

    async def left(self, guild_id: int, user_id: int) -> None:
        """Handle the open tickets of a member who just left."""
        deps = self._deps
        config = await deps.settings.get(guild_id)
        if config is None:
            return
        for ticket in await deps.db.list_tickets([TicketStatus.OPEN], guild_id, opener_id=user_id):
            await self._handle(ticket, config)

    async def catch_up(self, held: set[int], now: datetime) -> None:
        """At start-up: handle the tickets of openers who left while the bot was offline (a scheduler job)."""
        deps = self._deps
        opened = await deps.db.list_tickets([TicketStatus.OPEN])
        async for guild, config, waiting in by_server(
            deps, held, (ticket for ticket in opened if ticket.opener_left_at is None)
        ):
            openers = sorted({ticket.opener_id for ticket in waiting})
            present: set[int] = set()
            try:
                for start in range(0, len(openers), LOOKUP_BATCH):
                    batch = openers[start : start + LOOKUP_BATCH]
                    found = await guild.query_members(user_ids=batch, limit=LOOKUP_BATCH, cache=False)
                    present.update(member.id for member in found)
            except (TimeoutError, discord.ClientException) as error:
                log.warning("guild=%s: could not check whether openers left: %s", guild.id, error)
                continue
            for ticket in waiting:
                if ticket.opener_id not in present:
                    await self._handle(ticket, config)

    async def _handle(self, ticket: Ticket, config: GuildConfig) -> None:
        deps = self._deps
        if ticket.id in deps.busy:
            return
        bot = Actor.bot(deps.bot_id)
        if config.on_opener_leave is LeaveAction.CLOSE:
            try:
                # Stored as the close's reason, so written once in the ticket's language.
                reason = render(t("close-reason-opener-left"), await ticket_language(deps, ticket))
                await self._closing.close(TicketKey(ticket.id), bot, reason, self._closing.say_closed)
            except (discord.HTTPException, TicketBotError) as error:
                log.warning("%s: ticket of a departed opener not closed: %s", context(ticket), error)
            return
        if not await deps.db.mark_opener_left(ticket.id, deps.clock()):
            return
        place = deps.places.locate(deps.guild(ticket), ticket)
        if place is not None:
            notice = t("notice-opener-left", opener=messages.user(ticket.opener_id))
            await tell(deps, ticket, place, bot, AuditAction.OPENER_LEFT, notice, messages.NOBODY)
