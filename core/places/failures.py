"""Discord's refusals, translated into messages the user can act on."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from core.errors import BotMissingPermissions, DiscordOperationFailed, UserInputError
from core.i18n import Text, t

UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_INTERACTION = 10062
CANNOT_DM = 50007
GUILD_CHANNEL_LIMIT = 30013


def is_category_full(error: discord.HTTPException) -> bool:
    """Whether Discord refused because a category already holds its 50 channels."""
    text = str(error.text)
    return "CHANNEL_PARENT_MAX_CHANNELS" in text or "Maximum number of channels in category" in text  # i18n: Discord's


def is_gone(error: discord.HTTPException) -> bool:
    """Whether the channel or message the request was about no longer exists (expected after a close)."""
    return isinstance(error, discord.NotFound) or error.code in (UNKNOWN_CHANNEL, UNKNOWN_MESSAGE)


def explain(error: discord.HTTPException, action: Text, *, categories: Sequence[str] = ()) -> Exception:
    """Return the error to show for ``error``, which Discord answered when the bot tried to ``action``.

    ``action`` is a ``place-action-…`` text (what the bot tried: "rename this ticket"). ``categories`` name
    where a channel was being created, for the full-category case.
    """
    if isinstance(error, discord.Forbidden):
        return BotMissingPermissions(t("place-refused", action=action))
    if is_category_full(error):
        named = ", ".join(f"**{c}**" for c in categories)
        return UserInputError(t("place-category-full", count=len(categories), categories=named))
    if error.code == GUILD_CHANNEL_LIMIT:
        return UserInputError(t("place-server-full"))
    return DiscordOperationFailed(t("place-failed", action=action, status=str(error.status)))
