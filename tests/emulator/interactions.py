"""Interactions as the emulator tracks them: who clicked what, and every reply the bot gave."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from tests.emulator.state import Channel, Guild, Member, Message, User

INTERACTION_DEADLINE = 3.0
TOKEN_LIFETIME = 15 * 60


class InteractionType:
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class ComponentType:
    ACTION_ROW = 1
    BUTTON = 2
    STRING_SELECT = 3
    TEXT_INPUT = 4
    USER_SELECT = 5
    ROLE_SELECT = 6
    CHANNEL_SELECT = 8
    LABEL = 18
    FILE_UPLOAD = 19
    RADIO_GROUP = 21
    CHECKBOX_GROUP = 22


class CallbackType:
    CHANNEL_MESSAGE = 4
    DEFERRED_CHANNEL_MESSAGE = 5
    DEFERRED_UPDATE_MESSAGE = 6
    UPDATE_MESSAGE = 7
    AUTOCOMPLETE_RESULT = 8
    MODAL = 9


@dataclass
class Interaction:
    """One interaction sent to the bot, and what the bot answered.

    ``user`` acted; ``member`` is that user in the server, or None in a direct message with the bot.
    """

    id: int
    token: str
    type: int
    user: User
    channel: Channel
    data: dict[str, Any]
    created_at: float
    member: Member | None = None
    source_message: Message | None = None
    response_type: int | None = None
    response_at: float | None = None
    original: Message | None = None
    followups: list[Message] = field(default_factory=list)
    modal: dict[str, Any] | None = None
    autocomplete_choices: list[dict[str, Any]] | None = None
    _answered: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def guild(self) -> Guild | None:
        return self.channel.guild

    @property
    def actor(self) -> Member | User:
        """Who acted, as the driver API takes them: the member in a server, the user in a direct message."""
        return self.member if self.member is not None else self.user

    @property
    def acknowledged(self) -> bool:
        return self.response_type is not None

    @property
    def ack_latency(self) -> float | None:
        """Seconds from dispatch to the initial response."""
        return None if self.response_at is None else self.response_at - self.created_at

    @property
    def messages(self) -> list[Message]:
        """The visible replies: the original response (unless still loading) and the follow-ups."""
        original = [self.original] if self.original is not None and not self._loading else []
        return original + self.followups

    @property
    def _loading(self) -> bool:
        return (
            self.response_type == CallbackType.DEFERRED_CHANNEL_MESSAGE
            and self.original is not None
            and (self.original.flags & 128) != 0
        )

    @property
    def ephemeral(self) -> bool:
        return all(m.ephemeral for m in self.messages) and bool(self.messages)

    @property
    def text(self) -> str:
        """Everything the user was shown, as one string, for assertions."""
        parts: list[str] = []
        for message in self.messages:
            parts.append(message.content)
            for embed in message.embeds:
                parts += [embed.get("title", ""), embed.get("description", "")]
                parts += [f"{f['name']} {f['value']}" for f in embed.get("fields", [])]
        if self.modal is not None:
            parts.append(self.modal.get("title", ""))
        return "\n".join(p for p in parts if p)

    def note_update(self) -> None:
        """Wake waiters if the user can now see an answer."""
        if (
            self.response_type
            in (
                CallbackType.CHANNEL_MESSAGE,
                CallbackType.UPDATE_MESSAGE,
                CallbackType.MODAL,
                CallbackType.AUTOCOMPLETE_RESULT,
            )
            or self.messages
        ):
            self._answered.set()

    async def answered(self, timeout: float = 10.0) -> Interaction:
        """Wait until the user sees an answer (a message, an edit or a modal), then return self."""
        try:
            await asyncio.wait_for(self._answered.wait(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"the bot gave no visible answer to interaction {self.data.get('name') or self.data.get('custom_id')!r} "
                f"within {timeout}s (initial response type: {self.response_type})"
            ) from None
        return self
