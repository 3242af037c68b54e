"""Closing a ticket: one path for the opener, staff and the bot alike.

open → closing (who, when, why are stored; one closer wins) → transcript stored → transcript posted
(message id stored) → opener told → place retired → closed or archived. Until the transcript is posted,
a refusal from Discord puts the ticket back to open (a timed close request it had standing again) and the
closer is told which step was refused. A log channel everyone can read gets no transcript: the post is
held, the transcript stays stored, the admins are told, and the close goes on. After that the close
always completes: if the process dies or Discord refuses to retire the place, ``resume`` (run by
recovery) finishes it, finding an already-posted transcript by its marker instead of posting it twice.
A refused retirement is told at once to the closer and the log channel, and closing the ``closing``
ticket again retries it there and then.
The transcript side (``core.transcripts.keeping``) reads, renders and stores the transcript, and finds it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

import discord

from core import messages, metrics
from core.audit import AuditAction
from core.errors import DatabaseError, TicketBotError, UserInputError
from core.i18n import Text, render, t
from core.i18n.languages import of_server
from core.models import AuditEntry, Closure, Ticket, TicketRules, TicketStatus
from core.places.channels import TicketPlace
from core.places.failures import CANNOT_DM, explain
from core.places.permissions import everyone_can_read
from core.rules import policy, ticket_types
from core.rules.policy import Actor
from core.runtime.services import Services, TicketKey, context
from core.runtime.steps import Sync
from core.tickets.alerts import Alerts
from core.tickets.notices import ticket_language
from core.transcripts.keeping import TranscriptKeeper
from core.transcripts.notes import notes_text
from core.transcripts.render import as_files

log = logging.getLogger(__name__)

# The steps before the transcript is out, as the closer is told which one Discord refused.
READING = "place-action-read"
POSTING = "place-action-post-transcript"


class DirectMessage(StrEnum):
    """What became of the copy of the transcript sent to the opener."""

    SENT = "sent"
    REFUSED = "refused"
    FAILED = "failed"
    NOT_SENT = "not sent"  # i18n: a stored state, not shown


@dataclass(frozen=True, slots=True)
class ClosedTicket:
    """A ticket whose transcript is posted (or held, kept in the database only); its place is retired next."""

    ticket: Ticket
    transcript_url: str | None
    direct_message: DirectMessage
    archived: bool
    # The log channel was readable by everyone: the transcript was stored but not posted there.
    transcript_held: bool = False
    # Discord refused to retire the place (delete or archive it): what to tell the closer, who may retry.
    retire_refused: Text | None = None


Announce = Callable[[ClosedTicket], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class _Posting:
    """A transcript ready to post: where, its summary, and its files (built once, sent twice).

    ``staff_files`` go to the log channel only: staff's notes, which the opener's copy never carries.
    """

    channel: discord.TextChannel
    summary: discord.Embed
    uploads: list[tuple[str, bytes]]
    staff_files: list[tuple[str, bytes]]


class Closing:
    """Closes tickets, and finishes closes that were interrupted."""

    def __init__(self, deps: Services, alerts: Alerts, sync: Sync, *, retire_delay: float) -> None:
        self._deps = deps
        self._alerts = alerts
        self._sync = sync
        self._transcripts = TranscriptKeeper(deps.db, deps.client, deps.transcripts, deps.clock)
        self.retire_delay = retire_delay

    async def confirmation_wanted(self, key: TicketKey, actor: Actor) -> tuple[Ticket, bool]:
        """Return the ticket ``actor`` may close, and whether its settings ask to confirm a command's close.

        A close that stopped at a step Discord refused is retried without asking again.
        """
        deps = self._deps
        ticket = await deps.load(key)
        if ticket.status is not TicketStatus.CLOSING:
            policy.require_open(ticket)
        config = await deps.settings.for_ticket(ticket)
        policy.require_closer(actor, ticket, config)
        return ticket, config.confirm_close and ticket.status is TicketStatus.OPEN

    async def say_closed(self, closed: ClosedTicket) -> None:
        """Tell the people in a ticket the bot closed by itself (a due request, inactivity) why."""
        place = self._deps.places.locate(self._deps.guild(closed.ticket), closed.ticket)
        if place is not None:
            said = t("notice-closed-by-bot", label=closed.ticket.label, reason=closed.ticket.close_reason or "")
            language = await ticket_language(self._deps, closed.ticket)
            text = render(said, language)
            view = messages.reopen_view(closed.ticket, language) if closed.archived else discord.utils.MISSING
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
        if ticket.status is TicketStatus.CLOSING and ticket.id not in deps.busy:
            return await self._retry(ticket, config, announce)
        policy.require_open(ticket)
        guild = deps.guild(ticket)
        place = await deps.places.find(guild, ticket)  # a thread archived for quiet is not cached, and not gone
        if place is not None:
            log_channel(guild, config)
            deps.places.check_retirable(guild, config)
        closure = Closure(actor.id, reason, deps.clock())
        # Marked busy before the ticket shows as closing, so that closing it again here is not taken for a
        # retry of a close that stopped (each closer holds a mark of its own until it is done).
        deps.busy.add(ticket.id)
        try:
            async with self._sync.settled(ticket.id):  # a member being let in is let in before the close
                if not await deps.db.begin_close(ticket.id, closure):
                    raise UserInputError(t("ticket-already-closing", label=ticket.label))
            before = ticket
            ticket = replace(
                ticket,
                status=TicketStatus.CLOSING,
                closed_by=closure.closed_by,
                close_reason=closure.reason,
                closed_at=closure.closed_at,
            )
            return await self._complete(ticket, before, guild, place, config, announce)
        finally:
            deps.busy.discard(ticket.id)

    async def _complete(
        self,
        ticket: Ticket,
        before: Ticket,
        guild: discord.Guild,
        place: TicketPlace | None,
        config: TicketRules,
        announce: Announce | None,
    ) -> ClosedTicket:
        step = READING
        try:
            posting = await self._prepare(ticket, guild, place, config, resumed=False)
            step = POSTING
            message = await self._post(ticket, posting, resumed=False) if posting else None
        except (discord.HTTPException, TicketBotError) as error:
            raise await self._refused(ticket, before, error, step) from error
        # The transcript is out: from here on the close completes, now or through recovery.
        if message is not None:
            await self._record_post(ticket, message)
        prompt = messages.rating_prompt(ticket, of_server(config.language, guild)) if config.ask_rating else None
        direct = await self._tell_opener(ticket, posting, prompt) if posting else DirectMessage.NOT_SENT
        if prompt is not None and direct is not DirectMessage.SENT and place is not None:
            await self._ask_rating_in(ticket, place, prompt)
        archived = place is not None and self._deps.places.keeps(place, config)
        held = posting is not None and message is None
        closed = ClosedTicket(ticket, message.jump_url if message else None, direct, archived, held)
        if announce is not None:
            try:
                await announce(closed)
            except discord.HTTPException as error:
                log.info("%s: close not announced: %s", context(ticket), error)
        if place is not None:
            await asyncio.sleep(self.retire_delay)
        await self._alerts.show(replace(ticket, status=TicketStatus.CLOSED), None)
        try:
            await self._retire_and_finish(ticket, guild, place, config)
        except discord.HTTPException as error:
            return replace(closed, retire_refused=await self._retire_refused(ticket, error))
        except TicketBotError as error:
            log.warning("%s: close not finished yet, recovery will retry: %s", context(ticket), error)
        return closed

    async def _retire_refused(self, ticket: Ticket, error: discord.HTTPException) -> Text:
        """Tell the log channel at once that Discord refused to retire a closed ticket's place; return why.

        The ticket stays ``closing``: recovery retries, and so does ``/ticket close`` in it.
        """
        log.warning("%s: close not finished yet, recovery will retry: %s", context(ticket), error)
        refusal = explain(error, t("place-action-retire"))
        why = refusal.text if isinstance(refusal, TicketBotError) else t("stored-prose", text=str(refusal))
        deps = self._deps
        note = t(
            "audit-detail-retire-refused",
            label=ticket.label,
            opener=messages.user(ticket.opener_id),
            place=f"<#{ticket.channel_id}>" if ticket.channel_id else "",
            known=ticket.channel_id is not None,
            why=why,
        )
        try:
            await deps.journal.record(
                deps.journal.entry(ticket.guild_id, deps.bot_id, AuditAction.RECOVERY_STUCK, note, ticket.id),
                ticket.label,
            )
        except DatabaseError as failure:
            log.warning("%s: refused retirement not reported: %s", context(ticket), failure)
        return why

    async def _retry(self, ticket: Ticket, config: TicketRules, announce: Announce | None) -> ClosedTicket:
        """Finish a close that stopped at a step Discord refused, for someone closing it again."""
        deps = self._deps
        deps.busy.add(ticket.id)
        try:
            # Read again under the mark: the close this one saw may have finished meanwhile.
            ticket = await deps.load(TicketKey(ticket.id))
            if ticket.status is TicketStatus.OPEN:
                raise UserInputError(t("close-open-again", label=ticket.label))
            # A close with no transcript posted yet may be running in another process: it is left to its
            # closer (or to recovery once stale), so the transcript is never posted twice. One that posted
            # it and stopped later is retried at once.
            under_way = ticket.transcript_message_id is None and policy.may_be_under_way(ticket.closed_at, deps.clock())
            if ticket.status is not TicketStatus.CLOSING or under_way:
                raise UserInputError(t("ticket-already-closing", label=ticket.label))
            await self.resume(ticket)
        except discord.HTTPException as error:
            raise explain(error, t("place-action-retire-closed")) from error
        finally:
            deps.busy.discard(ticket.id)
        place = deps.places.locate(deps.guild(ticket), ticket)
        archived = place is not None and deps.places.keeps(place, config)
        closed = ClosedTicket(ticket, None, DirectMessage.NOT_SENT, archived)
        if announce is not None:
            with contextlib.suppress(discord.HTTPException):
                await announce(closed)
        return closed

    async def _refused(
        self, ticket: Ticket, before: Ticket, error: discord.HTTPException | TicketBotError, step: str
    ) -> Exception:
        """Put a close that failed before its transcript was posted back to open; return what to tell the closer.

        ``before`` is the ticket as the close found it: a timed close request it had stands again, due when it
        was (the sweep tries again after a pause), with its reason.
        """
        try:
            await self._deps.db.cancel_close(ticket.id, before.close_due_at, before.close_reason)
        except DatabaseError:
            log.warning("%s: close failed and stays pending; recovery will finish it: %s", context(ticket), error)
            return DatabaseError(
                f"failed while ticket {ticket.label} was being closed", t("close-database-failed", label=ticket.label)
            )
        log.warning("%s: close refused, ticket open again: %s", context(ticket), error)
        if isinstance(error, discord.HTTPException):
            return explain(error, t("place-action-stays-open", step=t(step)))
        return error

    async def _prepare(
        self, ticket: Ticket, guild: discord.Guild, place: TicketPlace | None, config: TicketRules, *, resumed: bool
    ) -> _Posting | None:
        """Have the transcript stored (or, when resuming, found) and build its post; None when there is none."""
        deps = self._deps
        language = of_server(config.language, guild)
        notes = await self._notes_file(ticket, guild, language)
        # The notes go in the same post: the transcript's files fit in what they leave of the upload limit.
        room = guild.filesize_limit - sum(len(data) for _, data in notes)
        kept = await self._transcripts.find(ticket, room) if resumed else None
        participants = [p.user_id for p in await deps.db.list_participants(ticket.id)]
        if kept is None:
            if place is None:
                return None
            kind = ticket_types.find(await deps.settings.types(ticket.guild_id), ticket.type_id)
            history = deps.places.history(place)
            kept = await self._transcripts.keep(
                ticket, guild, history, participants, kind.name if kind else None, language, limit=room
            )
        return _Posting(
            log_channel(guild, config),
            messages.close_summary(
                ticket,
                guild.name,
                participants,
                kept.message_count,
                deps.transcripts.link(ticket.id),
                language=language,
            ),
            kept.uploads,
            notes,
        )

    async def _notes_file(self, ticket: Ticket, guild: discord.Guild, language: str) -> list[tuple[str, bytes]]:
        """Return staff's notes on the ticket as a text file for the log channel, or nothing when it has none."""
        notes = await self._deps.db.list_notes(ticket.id)
        if not notes:
            return []

        def name(user_id: int) -> str:
            user = guild.get_member(user_id) or self._deps.client.get_user(user_id)
            return user.display_name if user is not None else str(user_id)

        return [(f"ticket-{ticket.number:04d}-staff-notes.txt", notes_text(ticket, notes, name, language))]

    async def _post(self, ticket: Ticket, posting: _Posting, *, resumed: bool) -> discord.Message | None:
        """Post the transcript, unless an interrupted close already did (found by its marker).

        Where everyone can read the log channel (opened up after `/setup`), the post is held: the transcript
        stays in the database only, the admins are told there, and None is returned.
        """
        message = await self._posted_before(posting.channel, ticket) if resumed else None
        if message is None:
            if everyone_can_read(posting.channel):
                await self._hold(ticket, posting.channel)
                return None
            message = await posting.channel.send(
                embed=posting.summary,
                files=as_files(posting.uploads + posting.staff_files),
                allowed_mentions=messages.NOBODY,
            )
        return message

    async def _hold(self, ticket: Ticket, channel: discord.TextChannel) -> None:
        """Tell the admins, in the log channel itself, that a transcript was held back from it and how to fix it."""
        log.warning("%s: transcript not posted, everyone can read channel=%s", context(ticket), channel.id)
        said = t("close-transcript-held", label=ticket.label, channel=channel.mention)
        text = render(said, await ticket_language(self._deps, ticket))
        try:
            await channel.send(embed=messages.failure(text), allowed_mentions=messages.NOBODY)
        except discord.HTTPException as error:
            log.warning("%s: held transcript not reported in the log channel: %s", context(ticket), error)

    async def _record_post(self, ticket: Ticket, message: discord.Message) -> None:
        try:
            await self._deps.db.set_transcript_message(ticket.id, message.id)
        except DatabaseError as error:
            log.warning(
                "%s: transcript message not recorded; recovery finds it by its marker: %s", context(ticket), error
            )

    async def _posted_before(self, channel: discord.TextChannel, ticket: Ticket) -> discord.Message | None:
        """Find the transcript a close that was interrupted had already posted, by its marker."""
        marker = messages.transcript_marker(ticket)
        async for message in channel.history(limit=100, after=ticket.closed_at):
            if message.author.id == self._deps.bot_id and any(e.footer.text == marker for e in message.embeds):
                return message
        return None

    async def _tell_opener(
        self, ticket: Ticket, posting: _Posting, prompt: tuple[str, discord.ui.View] | None
    ) -> DirectMessage:
        """DM the opener the summary and their copy, with the rating prompt when their ticket's type asks one."""
        client = self._deps.client
        content, view = prompt if prompt else (None, discord.utils.MISSING)
        try:
            channel = await client.create_dm(discord.Object(ticket.opener_id))  # no look-up of the user first
            await channel.send(content, embed=posting.summary, files=as_files(posting.uploads[:1]), view=view)
        except discord.HTTPException as error:
            log.info("%s: no copy sent to the opener (%s %s)", context(ticket), error.status, error.code)
            return DirectMessage.REFUSED if error.code == CANNOT_DM else DirectMessage.FAILED
        return DirectMessage.SENT

    async def _ask_rating_in(self, ticket: Ticket, place: TicketPlace, prompt: tuple[str, discord.ui.View]) -> None:
        """Ask the opener for a rating in the ticket itself, before it goes, when no DM could reach them."""
        content, view = prompt
        try:
            opener = discord.AllowedMentions(users=[discord.Object(ticket.opener_id)])
            await self._deps.places.post(
                place, f"{messages.user(ticket.opener_id)} {content}", view=view, allowed_mentions=opener
            )
        except discord.HTTPException as error:
            log.info("%s: rating not asked in the ticket: %s", context(ticket), error)

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
                message = await self._post(ticket, posting, resumed=True) if posting is not None else None
                if message is not None:
                    await self._record_post(ticket, message)
            except UserInputError as error:
                # No log channel any more, or a transcript too large to upload: it stays in the database.
                log.warning("%s: transcript kept in the database only: %s", context(ticket), error)
        await self._alerts.show(replace(ticket, status=TicketStatus.CLOSED), None)
        await self._retire_and_finish(ticket, guild, place, config)
        log.warning("%s: finished an interrupted close", context(ticket))

    async def on_place_deleted(self, place_id: int, reason: str = "close-reason-channel-deleted") -> None:
        """Close the open ticket whose place someone deleted by hand (there is no transcript to save).

        ``reason`` is the catalog key of the close's reason, stored in the ticket's language.
        """
        if place_id in self._deps.retired:
            return
        ticket = await self._deps.db.get_ticket_by_channel(place_id)
        if ticket is not None and ticket.status is TicketStatus.OPEN:
            await self._close_deleted(ticket, reason)

    async def on_thread_parent_deleted(self, guild: discord.Guild, channel_id: int) -> None:
        """Close the open tickets whose threads went with a deleted text channel.

        Discord deletes a channel's threads without a THREAD_DELETE for each: discord.py reports those it
        caches (to ``on_place_deleted``), but an archived thread is not cached, and only Discord can say
        whether it still exists (an archived thread does). So every open ticket whose place is not cached
        is looked up; a ticket's own channel, or one the bot deleted, has no threads of tickets.
        """
        deps = self._deps
        if channel_id in deps.retired or await deps.db.get_ticket_by_channel(channel_id) is not None:
            return
        for ticket in await deps.db.list_tickets([TicketStatus.OPEN], guild.id):
            if ticket.id in deps.busy or deps.places.locate(guild, ticket) is not None:
                continue
            try:
                gone = await deps.places.find(guild, ticket) is None
            except discord.HTTPException as error:
                log.warning(
                    "%s: not known whether its thread still exists (recovery checks): %s", context(ticket), error
                )
                continue
            if gone:
                await self._close_deleted(ticket, "close-reason-thread-channel-deleted")

    async def _close_deleted(self, ticket: Ticket, reason: str) -> None:
        """Close a ticket whose place is gone, unless another close (a second event for the same place) got there first.

        ``reason`` is a catalog key; the reason is stored with the ticket, so written once in its language.
        """
        try:
            said = render(t(reason), await ticket_language(self._deps, ticket))
            await self.close(TicketKey(ticket.id), Actor.bot(self._deps.bot_id), said)
        except TicketBotError as error:
            log.info("%s: place deleted; closed by another hand: %s", context(ticket), error)


def log_channel(guild: discord.Guild, config: TicketRules) -> discord.TextChannel:
    """Return the server's log channel, or say that the ticket stays open without one."""
    channel = guild.get_channel(config.log_channel_id or 0)
    if not isinstance(channel, discord.TextChannel):
        raise UserInputError(t("close-log-channel-gone"))
    return channel


def closed_entry(ticket: Ticket, archived: bool, now: datetime) -> AuditEntry:
    """Return the audit entry of a finished close (its details stored as a text)."""
    details = t(
        "audit-detail-closed",
        label=ticket.label,
        opener=messages.user(ticket.opener_id),
        archived=archived,
        reason=ticket.close_reason or "",
        with_reason=bool(ticket.close_reason),
    )
    action = AuditAction.TICKET_ARCHIVED if archived else AuditAction.TICKET_CLOSED
    return AuditEntry(None, ticket.guild_id, ticket.id, ticket.closed_by or 0, action, details.dump(), now)
