"""The one ``Places`` the ticket operations use, for channels and private threads alike.

A ticket's place is a channel of its own or a private thread, as its type says; each operation goes to
the kind of place the ticket has.
"""

from __future__ import annotations

from collections.abc import Collection

import discord

from core.models import Ticket, TicketRules
from core.places.channels import ChannelPlaces, PlaceBasics, TicketPlace
from core.places.threads import ThreadPlaces


class PlacesByType(PlaceBasics):
    """Channels for most types, private threads for types with a thread channel."""

    def __init__(self) -> None:
        self.channels = ChannelPlaces()
        self.threads = ThreadPlaces()

    def locate(self, guild: discord.Guild, ticket: Ticket) -> TicketPlace | None:
        """Return the ticket's channel or thread from the cache (which holds no archived thread)."""
        place = guild.get_channel_or_thread(ticket.channel_id or 0)
        return place if isinstance(place, discord.TextChannel | discord.Thread) else None

    async def find(self, guild: discord.Guild, ticket: Ticket) -> TicketPlace | None:
        """Return the ticket's place, asking Discord for a thread the cache does not hold (archived)."""
        place = self.locate(guild, ticket)
        if place is not None or ticket.channel_id is None:
            return place
        try:
            fetched = await guild.fetch_channel(ticket.channel_id)
        except (discord.NotFound, discord.Forbidden):
            return None
        return fetched if isinstance(fetched, discord.Thread) else None

    def keeps(self, place: TicketPlace, rules: TicketRules) -> bool:
        """Whether retiring keeps the place: a thread always; a channel in archive mode."""
        if isinstance(place, discord.Thread):
            return self.threads.keeps(place, rules)
        return self.channels.keeps(place, rules)

    async def create(
        self, guild: discord.Guild, ticket: Ticket, opener: discord.abc.User, rules: TicketRules, *, type_name: str
    ) -> TicketPlace:
        """Make a private thread when the type has a thread channel, else a private channel."""
        if rules.thread_channel_id:
            return await self.threads.create(guild, ticket, opener, rules, type_name=type_name)
        return await self.channels.create(guild, ticket, opener, rules, type_name=type_name)

    async def unrecorded(
        self, guild: discord.Guild, ticket: Ticket, rules: TicketRules, taken: set[int], *, type_name: str
    ) -> TicketPlace | None:
        """Find the place an interrupted open made, where the type makes them."""
        if rules.thread_channel_id:
            return await self.threads.unrecorded(guild, ticket, rules, taken, type_name=type_name)
        return self.channels.unrecorded(guild, ticket, rules, taken)

    async def grant(self, place: TicketPlace, member: discord.Member, *, reason: str) -> None:
        """Let a member see and write in the place."""
        if isinstance(place, discord.Thread):
            await self.threads.grant(place, member, reason=reason)
        else:
            await self.channels.grant(place, member, reason=reason)

    async def revoke(self, place: TicketPlace, member: discord.abc.User, *, reason: str) -> None:
        """Take a member's own access away."""
        if isinstance(place, discord.Thread):
            await self.threads.revoke(place, member, reason=reason)
        else:
            await self.channels.revoke(place, member, reason=reason)

    def check_retirable(self, guild: discord.Guild, rules: TicketRules) -> None:
        """Refuse a close that could not retire the place (a channel's archive category missing or full)."""
        if not rules.thread_channel_id:
            self.channels.check_retirable(guild, rules)

    async def retire(self, place: TicketPlace, ticket: Ticket, rules: TicketRules) -> None:
        """Remove a closed ticket's place, or keep it read-only."""
        if isinstance(place, discord.Thread):
            await self.threads.retire(place, ticket, rules)
        else:
            await self.channels.retire(place, ticket, rules)

    async def reopen(self, place: TicketPlace, ticket: Ticket, rules: TicketRules) -> None:
        """Make a kept place a working one again."""
        if isinstance(place, discord.Thread):
            await self.threads.reopen(place, ticket, rules)
        else:
            await self.channels.reopen(place, ticket, rules)

    async def move(self, place: TicketPlace, ticket: Ticket, old: TicketRules, new: TicketRules) -> None:
        """Hand the place to another type's staff (and category)."""
        if isinstance(place, discord.Thread):
            await self.threads.move(place, ticket, old, new)
        else:
            await self.channels.move(place, ticket, old, new)

    async def reclaim(self, place: TicketPlace, rules: TicketRules, claimer: int | None, dropped: int | None) -> None:
        """Set the staff's access for a claim."""
        if isinstance(place, discord.Thread):
            await self.threads.reclaim(place, rules, claimer, dropped)
        else:
            await self.channels.reclaim(place, rules, claimer, dropped)

    async def sync(self, place: TicketPlace, rules: TicketRules, claimer: int | None, members: Collection[int]) -> None:
        """Bring the place's access to what the ticket's row says."""
        if isinstance(place, discord.Thread):
            await self.threads.sync(place, rules, claimer, members)
        else:
            await self.channels.sync(place, rules, claimer, members)
