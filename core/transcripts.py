"""Transcripts of a ticket's conversation, as self-contained escaped HTML and as plain text."""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass
from datetime import datetime

import discord

from core.errors import UserInputError
from core.models import Ticket, Transcript, utcnow

_STYLE = (
    "body{font-family:system-ui,sans-serif;background:#313338;color:#dbdee1;margin:2rem}"
    "h1{font-size:1.3rem}.meta{color:#949ba4}.msg{margin:.6rem 0;padding:.4rem .6rem;border-left:3px solid #5865f2}"
    ".author{font-weight:600;color:#f2f3f5}.time{color:#949ba4;font-size:.8rem;margin-left:.5rem}"
    ".content{white-space:pre-wrap;margin-top:.2rem}.embed{border-left:3px solid #949ba4;padding:.3rem .6rem;margin-top:.3rem}"
    "a{color:#00a8fc}"
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
        return cls(
            author=message.author.display_name,
            author_id=message.author.id,
            created_at=message.created_at,
            content=message.content,
            attachments=tuple((a.filename, a.url) for a in message.attachments),
            embeds=tuple(_embed_summary(e) for e in message.embeds),
        )


def _embed_summary(embed: discord.Embed) -> str:
    parts = [embed.title or "", embed.description or ""]
    parts += [f"{f.name}: {f.value}" for f in embed.fields]
    return " | ".join(p for p in parts if p) or "(embed)"


async def collect_messages(channel: discord.abc.Messageable) -> list[TranscriptMessage]:
    """Read every message in the channel, oldest first, leaving out the bot's own "thinking…" placeholders."""
    return [
        TranscriptMessage.from_message(m)
        async for m in channel.history(limit=None, oldest_first=True)
        if not m.flags.loading
    ]


def render_transcript(ticket: Ticket, guild_name: str, messages: list[TranscriptMessage]) -> Transcript:
    """Build both transcript formats for a ticket."""
    return Transcript(
        ticket_id=ticket.id,
        message_count=len(messages),
        html=_render_html(ticket, guild_name, messages),
        text=_render_text(ticket, guild_name, messages),
        created_at=utcnow(),
    )


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _render_text(ticket: Ticket, guild_name: str, messages: list[TranscriptMessage]) -> str:
    lines = [
        f"Ticket #{ticket.number:04d} in {guild_name}",
        f"Opened by user {ticket.opener_id} at {_stamp(ticket.opened_at)}",
        f"Reason: {ticket.reason or '-'}",
        f"Messages: {len(messages)}",
        "",
    ]
    for message in messages:
        lines.append(f"[{_stamp(message.created_at)}] {message.author} ({message.author_id}): {message.content}")
        lines += [f"    attachment: {name} <{url}>" for name, url in message.attachments]
        lines += [f"    embed: {summary}" for summary in message.embeds]
    return "\n".join(lines) + "\n"


def _render_html(ticket: Ticket, guild_name: str, messages: list[TranscriptMessage]) -> str:
    e = html.escape
    body = []
    for message in messages:
        attachments = "".join(f'<div>📎 <a href="{e(url)}">{e(name)}</a></div>' for name, url in message.attachments)
        embeds = "".join(f'<div class="embed">{e(summary)}</div>' for summary in message.embeds)
        body.append(
            f'<div class="msg"><span class="author">{e(message.author)}</span>'
            f'<span class="time">{_stamp(message.created_at)} · {message.author_id}</span>'
            f'<div class="content">{e(message.content)}</div>{attachments}{embeds}</div>'
        )
    title = f"Ticket #{ticket.number:04d} — {guild_name}"
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>'
        f"<style>{_STYLE}</style></head><body><h1>{e(title)}</h1>"
        f'<p class="meta">Opened by {ticket.opener_id} at {_stamp(ticket.opened_at)} · Reason: {e(ticket.reason or "-")}'
        f" · {len(messages)} messages</p>{''.join(body)}</body></html>\n"
    )


def transcript_files(ticket: Ticket, transcript: Transcript, limit: int) -> list[discord.File]:
    """Return the transcript as uploads within ``limit`` bytes: HTML and text, or both zipped if too large."""
    stem = f"transcript-{ticket.number:04d}"
    parts = {f"{stem}.html": transcript.html.encode(), f"{stem}.txt": transcript.text.encode()}
    if sum(len(data) for data in parts.values()) <= limit:
        return [discord.File(io.BytesIO(data), filename=name) for name, data in parts.items()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    if buffer.tell() > limit:
        raise UserInputError(
            f"The transcript is {buffer.tell() / 2**20:.1f} MiB even compressed, more than Discord's upload limit of "
            f"{limit / 2**20:.0f} MiB, so the ticket stays open. Save the conversation another way, then delete the "
            "channel: the ticket is then closed without a transcript."
        )
    buffer.seek(0)
    return [discord.File(buffer, filename=f"{stem}.zip")]
