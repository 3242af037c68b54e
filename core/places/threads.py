"""Tickets as private threads in a text channel, for types that choose it.

Threads know no 50-per-category or 500-per-server limits. The opener and the bot are in the thread from
the start; staff are told in the log channel, with a Join button, so that a large staff team is not
added to every ticket (members who may manage threads see them all anyway). Claim modes other than
``shared`` do not narrow a thread: Discord gives threads no per-member permissions. A closed ticket's
thread is locked and archived, so it can be reopened.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from typing import Literal

import discord

from core.errors import UserInputError
from core.models import Ticket, TicketRules
from core.places.channels import CLOCK_SKEW, PlaceBasics
from core.rules.naming import ticket_channel_name

ARCHIVE_AFTER: Literal[10080] = 10080  # minutes: Discord's longest; a message brings an archived, unlocked thread back


class ThreadPlaces(PlaceBasics):
    """Private threads in the type's thread channel."""

    def keeps(self, place: discord.Thread, rules: TicketRules) -> bool:
        """Keep a closed ticket's thread, always: locked and archived."""
        return True

    async def create(
        self, guild: discord.Guild, ticket: Ticket, opener: discord.abc.User, rules: TicketRules, *, type_name: str
    ) -> discord.Thread:
        """Start a private thread that only its members (the opener, the bot) and thread managers see."""
        parent = guild.get_channel(rules.thread_channel_id or 0)
        if not isinstance(parent, discord.TextChannel):
            raise UserInputError(
                "The channel for thread tickets no longer exists. An admin needs to choose another with "
                "`/type edit thread_channel`."
            )
        name = ticket_channel_name(
            rules.channel_name_template, number=ticket.number, username=opener.name, type_name=type_name
        )
        thread = await parent.create_thread(
            name=name,
            type=discord.ChannelType.private_thread,
            invitable=False,
            auto_archive_duration=ARCHIVE_AFTER,
            reason=f"Ticket {ticket.label} opened by {opener.name}",
        )
        try:
            await thread.add_user(opener)
        except discord.HTTPException:
            with contextlib.suppress(discord.HTTPException):
                await thread.delete()
            raise
        return thread

    def unrecorded(
        self, guild: discord.Guild, ticket: Ticket, rules: TicketRules, taken: set[int]
    ) -> discord.Thread | None:
        """Find the thread ``create`` made: in the thread channel, by the bot, with the opener in it, new enough."""
        for thread in guild.threads:
            if (
                thread.id not in taken
                and thread.parent_id == rules.thread_channel_id
                and thread.owner_id == guild.me.id
                and thread.created_at is not None
                and thread.created_at >= ticket.opened_at - CLOCK_SKEW
                and any(member.id == ticket.opener_id for member in thread.members)
            ):
                return thread
        return None

    async def grant(self, place: discord.Thread, member: discord.Member, *, reason: str) -> None:
        """Add the member to the thread."""
        await place.add_user(member)

    async def revoke(self, place: discord.Thread, member: discord.Member, *, reason: str) -> None:
        """Remove the member from the thread."""
        await place.remove_user(member)

    async def retire(self, place: discord.Thread, ticket: Ticket, rules: TicketRules) -> None:
        """Lock and archive the thread: readable, closed to messages, reopenable."""
        await self.hide_close_button(place, ticket)
        await place.edit(archived=True, locked=True, reason=f"Ticket {ticket.label} closed")

    async def reopen(self, place: discord.Thread, ticket: Ticket, rules: TicketRules) -> None:
        """Unlock and unarchive the thread; its members are still in it."""
        await place.edit(archived=False, locked=False, reason=f"Ticket {ticket.label} reopened")

    async def reclaim(
        self, place: discord.Thread, rules: TicketRules, claimer: int | None, dropped: int | None
    ) -> None:
        """Make sure the claimer is in the thread (a thread has no per-member permissions to narrow)."""
        if claimer is not None:
            await place.add_user(discord.Object(claimer))

    async def move(self, place: discord.Thread, ticket: Ticket, old: TicketRules, new: TicketRules) -> None:
        """Allow a move only to a type whose tickets are threads in the same channel (threads cannot move)."""
        if new.thread_channel_id != place.parent_id:
            raise UserInputError(
                "A thread ticket can only move to a type whose tickets are threads in the same channel."
            )

    async def sync(
        self, place: discord.Thread, rules: TicketRules, claimer: int | None, members: Collection[int]
    ) -> None:
        """Make sure the claimer is in the thread (its staff need no change; members are never taken out here)."""
        if claimer is not None:
            await place.add_user(discord.Object(claimer))
