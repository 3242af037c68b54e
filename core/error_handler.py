"""The one place where errors from slash commands and components become replies.

Dispatch order:
1. Unwrap ``CommandInvokeError`` and ``TransformerError`` to the error that caused them.
2. ``TicketBotError`` (ours): its message, as a short ephemeral embed.
3. Discord's own check failures (missing permissions, not in a server, cooldown): a short ephemeral embed.
4. Anything else: logged with a fresh error id, and the user is shown only that id.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable

import discord
from discord import app_commands

from core import embeds
from core.errors import DatabaseError, TicketBotError

log = logging.getLogger(__name__)


def _unwrap(error: Exception) -> Exception:
    while isinstance(error, app_commands.CommandInvokeError | app_commands.TransformerError) and error.__cause__:
        error = error.__cause__  # type: ignore[assignment]
    return error


def describe(error: Exception, interaction: discord.Interaction) -> str:
    """Return the message for the user, logging what they must not see."""
    error = _unwrap(error)
    context = f"guild={interaction.guild_id} channel={interaction.channel_id} user={interaction.user.id}"
    if isinstance(error, DatabaseError):
        log.error("%s: database error: %s", context, error, exc_info=error.__cause__ or error)
        return str(error)
    if isinstance(error, TicketBotError):
        log.info("%s: refused: %s", context, error)
        return str(error)
    if isinstance(error, app_commands.MissingPermissions):
        return f"You need the {', '.join(p.replace('_', ' ') for p in error.missing_permissions)} permission for this."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works in a server."
    if isinstance(error, app_commands.CheckFailure):
        return str(error) or "You cannot use this here."
    error_id = secrets.token_hex(4)
    log.error("%s: unexpected error %s", context, error_id, exc_info=error)
    return f"Something went wrong on my side. If it keeps happening, give the admins this error id: `{error_id}`."


async def report(interaction: discord.Interaction, error: Exception) -> None:
    """Tell the user what went wrong, ephemerally, whether or not the interaction was answered yet."""
    embed = embeds.failure(describe(error, interaction))
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(embed=embed, ephemeral=True)
        elif interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            await interaction.edit_original_response(content=None, embed=embed, view=None)
        else:
            await interaction.followup.send(embed=embed, ephemeral=True)
    except discord.HTTPException as failure:
        log.warning("could not report an error to user=%s: %s", interaction.user.id, failure)


async def guarded(interaction: discord.Interaction, action: Awaitable[None]) -> None:
    """Run a component's action, reporting any error the same way commands do."""
    try:
        await action
    except Exception as error:
        await report(interaction, error)


class TicketCommandTree(app_commands.CommandTree):
    """A command tree whose errors go through ``report``."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await report(interaction, error)
