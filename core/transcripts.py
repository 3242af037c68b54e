"""Transcripts of a ticket's conversation, as self-contained escaped HTML and as plain text."""

from __future__ import annotations

import html
import io
import zipfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import discord

from core.errors import UserInputError
from core.messages import duration
from core.models import Ticket, Transcript, utcnow

_STYLE = (
    "body{font-family:system-ui,sans-serif;background:#313338;color:#dbdee1;margin:2rem}"
    "h1{font-size:1.3rem}.meta{color:#949ba4}.msg{margin:.6rem 0;padding:.4rem .6rem;border-left:3px solid #5865f2}"
    ".author{font-weight:600;color:#f2f3f5}.time{color:#949ba4;font-size:.8rem;margin-left:.5rem}"
    ".content{white-space:pre-wrap;margin-top:.2rem}.embed{border-left:3px solid #949ba4;padding:.3rem .6rem;margin-top:.3rem}"
    "a{color:#00a8fc}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{color:#949ba4}"
)


@dataclass(frozen=True, slots=True)
class TranscriptMessage:
    """The parts of a Discord message a transcript keeps."""

    author: str
    author_id: int
    created_at: datetime
    content: str
    attachments: tuple[tuple[str, str], ...]
    embeds: tuple[str, ...]

    @classmethod
    def from_message(cls, message: discord.Message) -> TranscriptMessage:
        """Keep what a transcript shows of ``message``."""
        return cls(
            author=message.author.display_name,
            author_id=message.author.id,
            created_at=message.created_at,
            content=message.content,
            attachments=tuple((a.filename, a.url) for a in message.attachments),
            embeds=tuple(_embed_summary(e) for e in message.embeds),
        )


@dataclass(frozen=True, slots=True)
class TranscriptHeader:
    """Who and what a transcript is about, with names already resolved."""

    guild_name: str
    names: Mapping[int, str]
    participant_ids: Sequence[int]

    def name(self, user_id: int | None) -> str:
        """Return a user's name, or a placeholder for one Discord no longer knows."""
        return self.names.get(user_id or 0, "a former member")


def _embed_summary(embed: discord.Embed) -> str:
    parts = [embed.title or "", embed.description or ""]
    parts += [f"{f.name}: {f.value}" for f in embed.fields]
    return " | ".join(p for p in parts if p) or "(embed)"


def render_transcript(ticket: Ticket, header: TranscriptHeader, messages: list[TranscriptMessage]) -> Transcript:
    """Build both transcript formats for a closing ticket."""
    return Transcript(
        ticket_id=ticket.id,
        message_count=len(messages),
        html=_render_html(ticket, header, messages),
        text=_render_text(ticket, header, messages),
        created_at=utcnow(),
    )


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _facts(ticket: Ticket, header: TranscriptHeader, messages: list[TranscriptMessage]) -> list[tuple[str, str]]:
    counts = Counter(m.author_id for m in messages)
    people = [*dict.fromkeys([*header.participant_ids, *counts])]
    facts = [
        ("Server", header.guild_name),
        ("Opened by", f"{header.name(ticket.opener_id)}, {_stamp(ticket.opened_at)}"),
        ("Reason", ticket.reason or "-"),
        # The form's answers, whole (the welcome shows long ones shortened).
        *ticket.answers,
    ]
    if ticket.closed_at is not None:
        facts += [
            ("Closed by", f"{header.name(ticket.closed_by)}, {_stamp(ticket.closed_at)}"),
            ("Close reason", ticket.close_reason or "-"),
            ("Duration", duration(ticket.opened_at, ticket.closed_at)),
        ]
    facts.append(("Participants", ", ".join(f"{header.name(p)} ({counts[p]} messages)" for p in people) or "-"))
    return facts


def _render_text(ticket: Ticket, header: TranscriptHeader, messages: list[TranscriptMessage]) -> bytes:
    out = _Document()
    out.write(f"Ticket {ticket.label}\n")
    for label, value in _facts(ticket, header, messages):
        out.write(f"{label}: {_one_line(value)}\n")
    out.write(f"Messages: {len(messages)}\n\n")
    for message in messages:
        # Continuation lines are indented, so text a member wrote can never pass for a message line.
        content = message.content.replace("\n", "\n    ")
        out.write(f"[{_stamp(message.created_at)}] {_one_line(message.author)}: {content}\n")
        for name, url in message.attachments:
            out.write(f"    attachment: {_one_line(name)} <{url}>\n")
        for summary in message.embeds:
            out.write(f"    embed: {_one_line(summary)}\n")
    return out.value()


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def _render_html(ticket: Ticket, header: TranscriptHeader, messages: list[TranscriptMessage]) -> bytes:
    e = html.escape
    title = f"Ticket {ticket.label} — {header.guild_name}"
    facts = "".join(f"<dt>{e(label)}</dt><dd>{e(value)}</dd>" for label, value in _facts(ticket, header, messages))
    out = _Document()
    out.write(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>'
        f"<style>{_STYLE}</style></head><body><h1>{e(title)}</h1>"
        f'<dl class="meta">{facts}<dt>Messages</dt><dd>{len(messages)}</dd></dl>'
    )
    for message in messages:
        attachments = "".join(f'<div>📎 <a href="{e(url)}">{e(name)}</a></div>' for name, url in message.attachments)
        embeds = "".join(f'<div class="embed">{e(summary)}</div>' for summary in message.embeds)
        out.write(
            f'<div class="msg"><span class="author">{e(message.author)}</span>'
            f'<span class="time">{_stamp(message.created_at)}</span>'
            f'<div class="content">{e(message.content)}</div>{attachments}{embeds}</div>'
        )
    out.write("</body></html>\n")
    return out.value()


class _Document:
    """A UTF-8 document written piece by piece: each piece is encoded at once, so no long string is ever built."""

    def __init__(self) -> None:
        self._buffer = io.BytesIO()

    def write(self, piece: str) -> None:
        self._buffer.write(piece.encode())

    def value(self) -> bytes:
        return self._buffer.getvalue()


def transcript_uploads(ticket: Ticket, transcript: Transcript, limit: int) -> list[tuple[str, bytes]]:
    """Return the transcript as files within ``limit`` bytes: HTML and text, or both zipped if too large."""
    stem = f"transcript-{ticket.number:04d}"
    parts = [(f"{stem}.html", transcript.html), (f"{stem}.txt", transcript.text)]
    if sum(len(data) for _, data in parts) <= limit:
        return parts
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            archive.writestr(name, data)
    if buffer.tell() > limit:
        raise UserInputError(
            f"The transcript is {buffer.tell() / 2**20:.1f} MiB even compressed, more than Discord's upload limit of "
            f"{limit / 2**20:.0f} MiB, so the ticket stays open. Save the conversation another way, then delete the "
            "channel: the ticket is then closed without a transcript."
        )
    return [(f"{stem}.zip", buffer.getvalue())]


def as_files(uploads: Sequence[tuple[str, bytes]]) -> list[discord.File]:
    """Make fresh upload objects (each can be sent once) from the built files."""
    return [discord.File(io.BytesIO(data), filename=name) for name, data in uploads]
