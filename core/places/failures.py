"""Discord's refusals, translated into messages the user can act on."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from core.errors import BotMissingPermissions, DiscordOperationFailed, UserInputError

UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_INTERACTION = 10062
CANNOT_DM = 50007
GUILD_CHANNEL_LIMIT = 30013


def is_category_full(error: discord.HTTPException) -> bool:
    """Whether Discord refused because a category already holds its 50 channels."""
    text = str(error.text)
    return "CHANNEL_PARENT_MAX_CHANNELS" in text or "Maximum number of channels in category" in text


def is_gone(error: discord.HTTPException) -> bool:
    """Whether the channel or message the request was about no longer exists (expected after a close)."""
    return isinstance(error, discord.NotFound) or error.code in (UNKNOWN_CHANNEL, UNKNOWN_MESSAGE)


def explain(error: discord.HTTPException, action: str, *, categories: Sequence[str] = ()) -> Exception:
    """Return the error to show for ``error``, which Discord answered when the bot tried to ``action``.

    ``categories`` name where a channel was being created, for the full-category case.
    """
    if isinstance(error, discord.Forbidden):
        return BotMissingPermissions(f"Discord refused to let me {action}: I am missing a permission there.")
    if is_category_full(error):
        named = " and ".join(f"**{c}**" for c in categories)
        if len(categories) > 1:
            where = f"The categories {named} are"
        else:
            where = f"The category {named} is" if categories else "The ticket category is"
        return UserInputError(
            f"{where} full (Discord allows 50 channels per category), so no ticket can be opened now. Close "
            "some tickets there, or ask an admin to add an overflow category (`/setup` or `/type edit`)."
        )
    if error.code == GUILD_CHANNEL_LIMIT:
        return UserInputError("This server has reached Discord's limit of 500 channels, so no channel can be made.")
    return DiscordOperationFailed(f"Discord failed when I tried to {action} ({error.status}). Please try again.")
