"""Closing a ticket: one path for the opener, staff and the bot alike.

open → closing (who, when, why are stored; one closer wins) → transcript stored → transcript posted
(message id stored) → opener told → place retired → closed or archived. Until the transcript is posted,
a refusal from Discord puts the ticket back to open and the closer is told why. After that the close
always completes: if the process dies or Discord refuses to retire the place, ``resume`` (run by
recovery) finishes it, finding an already-posted transcript by its marker instead of posting it twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

import discord

from core import messages, metrics
from core.audit import AuditAction
from core.errors import DatabaseError, TicketBotError, UserInputError
from core.models import AuditEntry, Closure, Ticket, TicketRules, TicketStatus, Transcript, TranscriptFile
from core.places.channels import TicketPlace
from core.places.failures import CANNOT_DM, explain
from core.rules import policy, ticket_types
from core.rules.policy import Actor
from core.runtime.services import Services, TicketKey, context
from core.transcripts.attachments import keep_attachments
from core.transcripts.render import (
    NameBook,
    TranscriptHeader,
    TranscriptMessage,
    as_files,
    portable_html,
    referenced_files,
    render_transcript,
    transcript_uploads,
)

log = logging.getLogger(__name__)


class DirectMessage(StrEnum):
    """What became of the copy of the transcript sent to the opener."""

    SENT = "sent"
    REFUSED = "refused"
    FAILED = "failed"
    NOT_SENT = "not sent"


@dataclass(frozen=True, slots=True)
class ClosedTicket:
    """A ticket whose transcript is posted; its place is retired next."""

    ticket: Ticket
    transcript_url: str | None
    direct_message: DirectMessage
    archived: bool


Announce = Callable[[ClosedTicket], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class _Posting:
    """A transcript ready to post: where, its summary, and its files (built once, sent twice)."""

    channel: discord.TextChannel
    summary: discord.Embed
    uploads: list[tuple[str, bytes]]


class Closing:
    """Closes tickets, and finishes closes that were interrupted."""

    def __init__(self, deps: Services, *, retire_delay: float) -> None:
        self._deps = deps
        self.retire_delay = retire_delay

    async def confirmation_wanted(self, key: TicketKey, actor: Actor) -> tuple[Ticket, bool]:
        """Return the ticket ``actor`` may close, and whether its settings ask to confirm a command's close."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        config = await deps.settings.for_ticket(ticket)
        policy.require_closer(actor, ticket, config)
        return ticket, config.confirm_close

    async def say_closed(self, closed: ClosedTicket) -> None:
        """Tell the people in a ticket the bot closed by itself (a due request, inactivity) why."""
        place = self._deps.places.locate(self._deps.guild(closed.ticket), closed.ticket)
        if place is not None:
            text = f"Ticket {closed.ticket.label} closed: {closed.ticket.close_reason}."
            view = messages.reopen_view(closed.ticket) if closed.archived else discord.utils.MISSING
            await self._deps.places.post(
                place, embed=messages.success(text), view=view, allowed_mentions=messages.NOBODY
            )

    async def close(
        self, key: TicketKey, actor: Actor, reason: str | None, announce: Announce | None = None
    ) -> ClosedTicket:
        """Close a ticket; ``announce`` tells the people in it before its place is retired."""
        deps = self._deps
        ticket = await deps.load(key)
        config = await deps.settings.for_ticket(ticket)
        policy.require_closer(actor, ticket, config)
        policy.require_open(ticket)
        guild = deps.guild(ticket)
        place = deps.places.locate(guild, ticket)
        if place is not None:
            log_channel(guild, config)
            deps.places.check_retirable(guild, config)
        closure = Closure(actor.id, reason, deps.clock())
        if not await deps.db.begin_close(ticket.id, closure):
            raise UserInputError(f"Ticket {ticket.label} is already being closed.")
        ticket = replace(
            ticket,
            status=TicketStatus.CLOSING,
            closed_by=closure.closed_by,
            close_reason=closure.reason,
            closed_at=closure.closed_at,
        )
        deps.busy.add(ticket.id)
        try:
            return await self._complete(ticket, guild, place, config, announce)
        finally:
            deps.busy.discard(ticket.id)

    async def _complete(
        self,
        ticket: Ticket,
        guild: discord.Guild,
        place: TicketPlace | None,
        config: TicketRules,
        announce: Announce | None,
    ) -> ClosedTicket:
        try:
            posting = await self._prepare(ticket, guild, place, config, resumed=False)
            message = await self._post(ticket, posting, resumed=False) if posting else None
        except (discord.HTTPException, TicketBotError) as error:
            raise await self._refused(ticket, error) from error
        # The transcript is out: from here on the close completes, now or through recovery.
        if message is not None:
            await self._record_post(ticket, message)
        direct = await self._tell_opener(ticket, posting) if posting else DirectMessage.NOT_SENT
        archived = place is not None and self._deps.places.keeps(place, config)
        closed = ClosedTicket(ticket, message.jump_url if message else None, direct, archived)
        if announce is not None:
            try:
                await announce(closed)
            except discord.HTTPException as error:
                log.info("%s: close not announced: %s", context(ticket), error)
        if place is not None:
            await asyncio.sleep(self.retire_delay)
        try:
            await self._retire_and_finish(ticket, guild, place, config)
        except (discord.HTTPException, TicketBotError) as error:
            log.warning("%s: close not finished yet, recovery will retry: %s", context(ticket), error)
        return closed

    async def _refused(self, ticket: Ticket, error: discord.HTTPException | TicketBotError) -> Exception:
        """Put a close that failed before its transcript was posted back to open; return what to tell the closer."""
        try:
            await self._deps.db.cancel_close(ticket.id)
        except DatabaseError:
            log.warning("%s: close failed and stays pending; recovery will finish it: %s", context(ticket), error)
            return DatabaseError(
                f"The database failed while ticket {ticket.label} was being closed. The close will be finished "
                "automatically in a minute or so."
            )
        log.warning("%s: close refused, ticket open again: %s", context(ticket), error)
        if isinstance(error, discord.HTTPException):
            return explain(error, "post the transcript in the log channel; the ticket stays open")
        return error

    async def _prepare(
        self, ticket: Ticket, guild: discord.Guild, place: TicketPlace | None, config: TicketRules, *, resumed: bool
    ) -> _Posting | None:
        """Store the transcript (or, when resuming, load it) and build its post; None when there is none."""
        deps = self._deps
        transcript = await deps.db.get_transcript(ticket.id) if resumed else None
        if transcript is not None and ticket.closed_at is not None and transcript.created_at < ticket.closed_at:
            transcript = None  # an earlier close's, before the ticket was reopened
        participants = [p.user_id for p in await deps.db.list_participants(ticket.id)]
        files: dict[int, TranscriptFile] = {}
        if transcript is None:
            if place is None:
                return None
            transcript, kept = await self._render(ticket, guild, place, participants)
            await deps.db.save_transcript_files(ticket.id, kept)
            await deps.db.save_transcript(transcript)
            files = {f.position: f for f in kept}
        limit = guild.filesize_limit
        html = portable_html(
            transcript.html,
            await self._inlined_images(ticket, transcript, files, limit),
            deps.transcripts.public_url,
        )
        return _Posting(
            log_channel(guild, config),
            messages.close_summary(
                ticket, guild.name, participants, transcript.message_count, deps.transcripts.link(ticket.id)
            ),
            transcript_uploads(ticket, html, transcript.text, limit),
        )

    async def _inlined_images(
        self, ticket: Ticket, transcript: Transcript, files: dict[int, TranscriptFile], limit: int
    ) -> dict[int, TranscriptFile]:
        """Choose the kept images the uploaded copy can carry inside the upload limit, in the order they appear."""
        room = limit - len(transcript.html) - len(transcript.text) - 64 * 1024
        inlined: dict[int, TranscriptFile] = {}
        for position in dict.fromkeys(referenced_files(transcript.html)):
            image = files.get(position) or await self._deps.db.get_transcript_file(ticket.id, position)
            cost = 0 if image is None else len(image.data) * 4 // 3 + 4
            if image is None or cost > room:
                continue
            room -= cost
            inlined[position] = image
        return inlined

    async def _post(self, ticket: Ticket, posting: _Posting, *, resumed: bool) -> discord.Message:
        """Post the transcript, unless an interrupted close already did (found by its marker)."""
        message = await self._posted_before(posting.channel, ticket) if resumed else None
        if message is None:
            message = await posting.channel.send(
                embed=posting.summary, files=as_files(posting.uploads), allowed_mentions=messages.NOBODY
            )
        return message

    async def _record_post(self, ticket: Ticket, message: discord.Message) -> None:
        try:
            await self._deps.db.set_transcript_message(ticket.id, message.id)
        except DatabaseError as error:
            log.warning(
                "%s: transcript message not recorded; recovery finds it by its marker: %s", context(ticket), error
            )

    async def _render(
        self, ticket: Ticket, guild: discord.Guild, place: TicketPlace, participants: list[int]
    ) -> tuple[Transcript, list[TranscriptFile]]:
        deps = self._deps
        book = NameBook(guild)
        said: list[TranscriptMessage] = []
        async for message in deps.places.history(place):
            if not message.flags.loading:
                book.note(message)
                said.append(TranscriptMessage.from_message(message))
        for user_id in {ticket.opener_id, ticket.closed_by or 0, ticket.claimed_by or 0, *participants} - {0}:
            if user_id not in book.users:
                name = await self._name(user_id)
                if name:
                    book.users[user_id] = name
        files, kept = await keep_attachments(
            ticket.id, said, deps.transcripts.attachment_cap, deps.client.http.get_from_cdn
        )
        kind = ticket_types.find(await deps.settings.types(ticket.guild_id), ticket.type_id)
        header = TranscriptHeader(guild.name, book.directory(), participants, kind.name if kind else None)
        return render_transcript(ticket, header, said, kept, created_at=deps.clock()), files

    async def _name(self, user_id: int) -> str | None:
        client = self._deps.client
        try:
            user = client.get_user(user_id) or await client.fetch_user(user_id)
        except discord.HTTPException:
            return None
        return user.display_name

    async def _posted_before(self, channel: discord.TextChannel, ticket: Ticket) -> discord.Message | None:
        """Find the transcript a close that was interrupted had already posted, by its marker."""
        marker = messages.transcript_marker(ticket)
        async for message in channel.history(limit=100, after=ticket.closed_at):
            if message.author.id == self._deps.bot_id and any(e.footer.text == marker for e in message.embeds):
                return message
        return None

    async def _tell_opener(self, ticket: Ticket, posting: _Posting) -> DirectMessage:
        client = self._deps.client
        try:
            channel = await client.create_dm(discord.Object(ticket.opener_id))  # no look-up of the user first
            await channel.send(embed=posting.summary, files=as_files(posting.uploads[:1]))
        except discord.HTTPException as error:
            log.info("%s: no copy sent to the opener (%s %s)", context(ticket), error.status, error.code)
            return DirectMessage.REFUSED if error.code == CANNOT_DM else DirectMessage.FAILED
        return DirectMessage.SENT

    async def _retire_and_finish(
        self, ticket: Ticket, guild: discord.Guild, place: TicketPlace | None, config: TicketRules
    ) -> None:
        deps = self._deps
        if place is not None:
            deps.retired.add(place.id)
            await deps.places.retire(place, ticket, config)
        archived = place is not None and deps.places.keeps(place, config)
        stored = await deps.db.finish_close(
            ticket.id,
            TicketStatus.ARCHIVED if archived else TicketStatus.CLOSED,
            closed_entry(ticket, archived, deps.clock()),
        )
        if stored is not None:
            deps.journal.publish(stored, ticket.label)
            kind = ticket_types.find(await deps.settings.types(ticket.guild_id), ticket.type_id)
            metrics.TICKETS_CLOSED.labels(kind.name if kind else "none").inc()
            log.info("%s: %s", context(ticket), "archived" if archived else "closed")

    async def resume(self, ticket: Ticket) -> None:
        """Finish an interrupted close from wherever it stopped."""
        deps = self._deps
        guild = deps.guild(ticket)
        config = await deps.settings.for_ticket(ticket)
        place = await deps.places.find(guild, ticket)
        if ticket.transcript_message_id is None:
            try:
                posting = await self._prepare(ticket, guild, place, config, resumed=True)
                if posting is not None:
                    await self._record_post(ticket, await self._post(ticket, posting, resumed=True))
            except UserInputError as error:
                # No log channel any more, or a transcript too large to upload: it stays in the database.
                log.warning("%s: transcript kept in the database only: %s", context(ticket), error)
        await self._retire_and_finish(ticket, guild, place, config)
        log.warning("%s: finished an interrupted close", context(ticket))

    async def on_place_deleted(self, place_id: int) -> None:
        """Close the open ticket whose place someone deleted by hand (there is no transcript to save)."""
        if place_id in self._deps.retired:
            return
        ticket = await self._deps.db.get_ticket_by_channel(place_id)
        if ticket is not None and ticket.status is TicketStatus.OPEN:
            await self.close(TicketKey(ticket.id), Actor.bot(self._deps.bot_id), "Channel deleted outside the bot")


def log_channel(guild: discord.Guild, config: TicketRules) -> discord.TextChannel:
    """Return the server's log channel, or say that the ticket stays open without one."""
    channel = guild.get_channel(config.log_channel_id or 0)
    if not isinstance(channel, discord.TextChannel):
        raise UserInputError(
            "The log channel no longer exists, so the transcript cannot be saved. The ticket stays open; an admin "
            "needs to run `/setup` again."
        )
    return channel


def closed_entry(ticket: Ticket, archived: bool, now: datetime) -> AuditEntry:
    """Return the audit entry of a finished close."""
    verb = "archived" if archived else "closed"
    details = (
        f"Ticket {ticket.label} of {messages.user(ticket.opener_id)} {verb}: {ticket.close_reason or 'no reason given'}"
    )
    action = AuditAction.TICKET_ARCHIVED if archived else AuditAction.TICKET_CLOSED
    return AuditEntry(None, ticket.guild_id, ticket.id, ticket.closed_by or 0, action, details, now)
