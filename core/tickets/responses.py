"""Staff's first answer in each ticket: the moment the statistics' response time and its target count to.

One write per ticket, ever: a compare-and-set that the first staff message after the open wins, in
whichever process sees it. A message from anyone who is not the opener counts when they are staff of the
ticket's type (``policy.is_staff``); the opener's own messages and bots never do.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import discord

from core.errors import NotConfigured
from core.rules import policy
from core.runtime.services import Services

log = logging.getLogger(__name__)


@dataclass(slots=True)
class KnownTicket:
    """What a process remembers of the ticket in a channel, to note its messages without reading it again."""

    ticket_id: int
    opener_id: int
    guild_id: int
    type_id: int | None
    # Whether staff's first answer is stored (this process recorded it or read it): no more checks then.
    answered: bool


class FirstResponses:
    """Records the first message from staff in each ticket."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def seen(self, ticket: KnownTicket, author: discord.Member | discord.User) -> None:
        """Store ``author``'s message as the ticket's first answer if they are its staff and none is stored."""
        if ticket.answered or author.id == ticket.opener_id or not isinstance(author, discord.Member):
            return
        deps = self._deps
        try:
            rules = await deps.settings.for_type(ticket.guild_id, ticket.type_id)
        except NotConfigured:
            return
        if ticket.answered or not policy.is_staff(policy.actor(author), rules):
            return
        # Marked before the write, so that staff messages arriving during it do not write again; put back if
        # it fails, so that the next one tries. A False from the database means another process stored it.
        ticket.answered = True
        try:
            await deps.db.record_first_response(ticket.ticket_id, deps.clock(), author.id)
        except BaseException:
            ticket.answered = False
            raise
