"""The one place where errors from slash commands, buttons and modals become replies.

Dispatch order:
1. Unwrap ``CommandInvokeError`` and ``TransformerError`` to the error that caused them.
2. A reply to an interaction whose channel or message is gone (a ticket closed meanwhile): expected,
   logged at INFO, nobody to tell.
3. ``DatabaseError``: "try again", the cause logged as an error.
4. ``TicketBotError`` (ours): its text, as a short ephemeral embed.
5. A Discord refusal no operation translated (e.g. of the acknowledgement itself): logged as a warning.
6. Discord's own check failures (missing permissions, not in a server): a short ephemeral embed.
7. Anything else: logged with a fresh error id, and the user is shown only that id.

Every reply is in the user's own Discord language.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from core import messages
from core.errors import DatabaseError, StorageError, TicketBotError
from core.i18n import Text, render, t
from core.i18n.languages import of_interaction
from core.places.failures import is_gone
from core.rules.ticket_types import discord_time

if TYPE_CHECKING:
    from core.ui.client import TicketClient

log = logging.getLogger(__name__)


def _unwrap(error: Exception) -> Exception:
    while isinstance(error, app_commands.CommandInvokeError | app_commands.TransformerError) and error.__cause__:
        error = error.__cause__  # type: ignore[assignment]
    return error


def _permission_names(names: list[str]) -> str:
    return ", ".join(name.replace("_", " ").replace("guild", "server").title() for name in names)


def describe(error: Exception, interaction: discord.Interaction[TicketClient]) -> Text:
    """Return the message for the user, logging what they must not see."""
    error = _unwrap(error)
    context = f"guild={interaction.guild_id} channel={interaction.channel_id} user={interaction.user.id}"
    if isinstance(error, DatabaseError):
        log.error("%s: database error: %s", context, error, exc_info=error.__cause__ or error)
        return error.text
    if isinstance(error, StorageError):
        log.info("%s: refused: %s %s", context, error.code, error.params)
        return error.text
    if isinstance(error, TicketBotError):
        log.info("%s: refused: %s", context, error)
        return error.text
    if isinstance(error, discord.RateLimited):  # a longer wait than a click is held for
        log.warning("%s: Discord asks to wait %.0f s", context, error.retry_after)
        return t(
            "error-rate-limited", again=discord_time(interaction.client.clock() + timedelta(seconds=error.retry_after))
        )
    if isinstance(error, discord.HTTPException):
        log.warning("%s: Discord refused a request: %s", context, error)
        return t("error-discord-refused", status=str(error.status))
    if isinstance(error, app_commands.MissingPermissions):
        return t("error-missing-permission", permissions=_permission_names(error.missing_permissions))
    if isinstance(error, app_commands.TransformerError) and error.type is discord.AppCommandOptionType.user:
        log.info("%s: refused: %s is not a member of the server", context, error.value)
        return t("error-not-a-member")  # Discord sends a user, not a member, for someone who left
    if isinstance(error, app_commands.NoPrivateMessage):
        return t("error-server-only")
    if isinstance(error, app_commands.CheckFailure):
        return t("error-check-failed")
    error_id = secrets.token_hex(4)
    log.error("%s: unexpected error %s", context, error_id, exc_info=error)
    return t("error-unexpected", id=error_id)


async def report(interaction: discord.Interaction[TicketClient], error: Exception) -> None:
    """Tell the user what went wrong, ephemerally, whether or not the interaction was answered yet."""
    cause = _unwrap(error)
    if isinstance(cause, discord.HTTPException) and is_gone(cause):
        log.info("user=%s: the interaction's channel or message is gone: %s", interaction.user.id, cause)
        return
    await reply(interaction, messages.failure(render(describe(error, interaction), of_interaction(interaction))))


async def reply(interaction: discord.Interaction[TicketClient], embed: discord.Embed) -> None:
    """Answer an interaction (ephemerally when it is the first response), logging what cannot be delivered."""
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(embed=embed, ephemeral=True)
        elif interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            await interaction.edit_original_response(content=None, embed=embed, view=None)
        else:
            await interaction.followup.send(embed=embed, ephemeral=True)
    except discord.HTTPException as failure:
        log.info("could not answer user=%s: %s", interaction.user.id, failure)


async def admit(interaction: discord.Interaction[TicketClient]) -> bool:
    """Let the handler run unless the bot is shutting down, in which case say so."""
    if interaction.client.lifecycle.admit():
        return True
    await reply(interaction, messages.failure(render(t("error-restarting"), of_interaction(interaction))))
    return False


class TicketCommandTree(app_commands.CommandTree["TicketClient"]):
    """A command tree that turns commands away during shutdown and whose errors go through ``report``."""

    async def interaction_check(self, interaction: discord.Interaction[TicketClient]) -> bool:
        """Admit the command unless the bot is shutting down."""
        return await admit(interaction)

    async def on_error(
        self, interaction: discord.Interaction[TicketClient], error: app_commands.AppCommandError
    ) -> None:
        """Report any error of any command."""
        await report(interaction, error)
