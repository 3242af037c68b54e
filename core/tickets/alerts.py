"""Staff alerts: one live post per new ticket in its type's alert channel, edited as the ticket is claimed and closed.

A busy server's staff work from one list: each post says the ticket's state and offers Claim (and Join,
for a thread) while that makes sense. The post follows the ticket; it is never the ticket's truth, so a
post Discord refuses, or one lost to a crash before its id was stored, costs the alert and nothing
else (the ticket stands, and is logged).
"""

from __future__ import annotations

import logging

import discord

from core import messages
from core.errors import DatabaseError
from core.i18n import render, t
from core.i18n.languages import of_server
from core.models import Ticket, TicketRules
from core.places.channels import TicketPlace
from core.rules import ticket_types
from core.runtime.services import Services, context

log = logging.getLogger(__name__)


class Alerts:
    """Posts and keeps up to date each ticket's line in its type's staff alert channel."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def post(self, ticket: Ticket, place: TicketPlace, rules: TicketRules, type_name: str | None) -> None:
        """Post a new ticket in its type's alert channel and remember the post."""
        channel = self._channel(place.guild, rules)
        if channel is None:
            return
        language = of_server(rules.language, place.guild)
        content, view = messages.alert(ticket, self._type_name(type_name, language), place, language)
        try:
            posted = await channel.send(content, view=view, allowed_mentions=messages.NOBODY)
            await self._deps.db.set_alert_message(ticket.id, posted.id)
        except (discord.HTTPException, DatabaseError) as error:
            log.warning("%s: staff alert not posted: %s", context(ticket), error)

    async def show(self, ticket: Ticket, place: TicketPlace | None) -> None:
        """Edit the ticket's alert post to its state now (claimed, closed); nothing when it has none."""
        if ticket.alert_message_id is None:
            return
        deps = self._deps
        guild = deps.client.get_guild(ticket.guild_id)
        rules = await deps.settings.for_ticket(ticket) if guild is not None else None
        channel = self._channel(guild, rules) if guild is not None and rules is not None else None
        if channel is None or guild is None or rules is None:
            return
        language = of_server(rules.language, guild)
        kind = ticket_types.find(await deps.settings.types(guild.id), ticket.type_id)
        content, view = messages.alert(ticket, self._type_name(kind.name if kind else None, language), place, language)
        try:
            await channel.get_partial_message(ticket.alert_message_id).edit(content=content, view=view)
        except discord.HTTPException as error:
            log.info("%s: staff alert not updated: %s", context(ticket), error)

    @staticmethod
    def _channel(guild: discord.Guild, rules: TicketRules) -> discord.TextChannel | None:
        channel = guild.get_channel(rules.alert_channel_id) if rules.alert_channel_id else None
        return channel if isinstance(channel, discord.TextChannel) else None

    @staticmethod
    def _type_name(name: str | None, language: str) -> str:
        return name or render(t("ticket-type-default"), language)
