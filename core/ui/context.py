"""One way to get the member, the actor and the ticket's channel out of an interaction, and to answer in time."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, TypeVar

import discord

from core.errors import DatabaseError, UserInputError
from core.i18n import t
from core.tickets import TicketKey

if TYPE_CHECKING:
    from core.ui.client import TicketClient

T = TypeVar("T")


def member_of(interaction: discord.Interaction[TicketClient]) -> discord.Member:
    """Return the member who interacted; tickets exist only inside servers."""
    if not isinstance(interaction.user, discord.Member) or interaction.guild is None:
        raise UserInputError(t("error-server-only"))
    return interaction.user


def guild_of(interaction: discord.Interaction[TicketClient]) -> discord.Guild:
    """Return the server the interaction came from."""
    if interaction.guild is None:
        raise UserInputError(t("error-server-only"))
    return interaction.guild


def channel_ticket(interaction: discord.Interaction[TicketClient]) -> TicketKey:
    """Return the ticket whose channel the interaction came from (a command used inside a ticket)."""
    if not isinstance(interaction.channel, discord.TextChannel | discord.Thread):
        raise UserInputError(t("error-not-in-ticket"))
    return TicketKey(channel_id=interaction.channel.id)


# How long a read may take before a modal, which must be the first answer within Discord's 3 seconds.
MODAL_READ_SECONDS = 2.0


async def before_the_deadline(read: Awaitable[T]) -> T:
    """Await a read that must finish before a modal is shown, or say the database is too slow right now.

    The settings cache usually answers at once; this only bounds the rare cold read.
    """
    try:
        return await asyncio.wait_for(read, MODAL_READ_SECONDS)
    except TimeoutError:
        raise DatabaseError("too slow to read before the form's deadline", t("form-database-slow")) from None


async def answered_in_time(
    interaction: discord.Interaction[TicketClient], work: Awaitable[T], *, private: bool = False
) -> T:
    """Await the work an answer waits on; when it outlasts ``MODAL_READ_SECONDS``, acknowledge meanwhile.

    The answer is then given by ``update``. Acknowledged, a click keeps its message to edit; with
    ``private``, a form sent from no message shows the member that the bot is thinking.
    """
    pending = asyncio.ensure_future(work)
    try:
        return await asyncio.wait_for(asyncio.shield(pending), MODAL_READ_SECONDS)
    except TimeoutError:
        await interaction.response.defer(ephemeral=private, thinking=private)
        return await pending


async def update(interaction: discord.Interaction[TicketClient], **fields: Any) -> None:
    """Edit the message the interaction came from (or the reply an acknowledgement made) to ``fields``."""
    if interaction.response.is_done():
        await interaction.edit_original_response(**fields)
    else:
        await interaction.response.edit_message(**fields)
