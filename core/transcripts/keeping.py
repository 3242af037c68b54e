"""Keeping a ticket's transcript: read its place, name its people, keep its files, render it and store it.

Closing runs the close's steps and asks this side for the transcript: ``keep`` when a close stores it,
``find`` when a close interrupted after that step is finished later. Both answer with what is posted: the
number of messages and the uploads (the HTML made readable on its own with the kept images that fit the
upload limit, and the text; zipped when too large), built once for the log channel and the opener alike.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import discord

from core.i18n import DEFAULT_LANGUAGE
from core.models import Ticket, Transcript, TranscriptFile
from core.transcripts.attachments import keep_attachments
from core.transcripts.render import (
    NameBook,
    TranscriptHeader,
    TranscriptMessage,
    TranscriptOptions,
    portable_html,
    referenced_files,
    render_transcript,
    transcript_uploads,
)

if TYPE_CHECKING:
    from database import DatabaseAdapter

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class KeptTranscript:
    """A stored transcript, ready to post: how many messages it holds, and its files to upload."""

    message_count: int
    uploads: list[tuple[str, bytes]]


class TranscriptKeeper:
    """Stores the transcripts of closing tickets, and finds them again when a close is resumed."""

    def __init__(
        self, db: DatabaseAdapter, client: discord.Client, options: TranscriptOptions, clock: Callable[[], datetime]
    ) -> None:
        self._db = db
        self._client = client
        self._options = options
        self._clock = clock

    async def keep(
        self,
        ticket: Ticket,
        guild: discord.Guild,
        history: AsyncIterator[discord.Message],
        participants: Sequence[int],
        type_name: str | None,
        language: str = DEFAULT_LANGUAGE,
        *,
        limit: int,
    ) -> KeptTranscript:
        """Render the messages of ``history`` (the ticket's place, oldest first) with their files, and store them.

        The uploads fit in ``limit`` bytes. Raises discord.HTTPException when Discord refuses the history,
        before anything is stored.
        """
        book = NameBook(guild)
        said: list[TranscriptMessage] = []
        async for message in history:
            if not message.flags.loading:
                book.note(message)
                said.append(TranscriptMessage.from_message(message))
        for user_id in {ticket.opener_id, ticket.closed_by or 0, ticket.claimed_by or 0, *participants} - {0}:
            if user_id not in book.users:
                name = await self._name(user_id)
                if name:
                    book.users[user_id] = name
        files, kept = await keep_attachments(
            ticket.id, said, self._options.attachment_cap, self._client.http.get_from_cdn
        )
        header = TranscriptHeader(guild.name, book.directory(language), list(participants), type_name, language)
        transcript = render_transcript(ticket, header, said, kept, created_at=self._clock())
        await self._db.save_transcript_files(ticket.id, files)
        await self._db.save_transcript(transcript)
        return await self._ready(ticket, transcript, {f.position: f for f in files}, limit)

    async def find(self, ticket: Ticket, limit: int) -> KeptTranscript | None:
        """Return the transcript this close stored, or None (none stored, or an earlier close's before a reopen)."""
        transcript = await self._db.get_transcript(ticket.id)
        if transcript is None or (ticket.closed_at is not None and transcript.created_at < ticket.closed_at):
            return None
        return await self._ready(ticket, transcript, {}, limit)

    async def _ready(
        self, ticket: Ticket, transcript: Transcript, files: dict[int, TranscriptFile], limit: int
    ) -> KeptTranscript:
        html = portable_html(
            transcript.html, await self._inlined_images(ticket, transcript, files, limit), self._options.public_url
        )
        return KeptTranscript(transcript.message_count, transcript_uploads(ticket, html, transcript.text, limit))

    async def _inlined_images(
        self, ticket: Ticket, transcript: Transcript, files: dict[int, TranscriptFile], limit: int
    ) -> dict[int, TranscriptFile]:
        """Choose the kept images the uploaded copy can carry inside the upload limit, in the order they appear."""
        room = limit - len(transcript.html) - len(transcript.text) - 64 * 1024
        inlined: dict[int, TranscriptFile] = {}
        for position in dict.fromkeys(referenced_files(transcript.html)):
            image = files.get(position) or await self._db.get_transcript_file(ticket.id, position)
            cost = 0 if image is None else len(image.data) * 4 // 3 + 4
            if image is None or cost > room:
                continue
            room -= cost
            inlined[position] = image
        return inlined

    async def _name(self, user_id: int) -> str | None:
        client = self._client
        try:
            user = client.get_user(user_id) or await client.fetch_user(user_id)
        except discord.HTTPException:
            return None
        return user.display_name
