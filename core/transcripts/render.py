"""Transcripts of a ticket's conversation: a web page that looks like Discord, and plain text.

The page is drawn by a Jinja2 template with autoescaping on, so every name and message is escaped unless
it went through :mod:`core.transcripts.markdown`, which escapes as it draws. Kept attachments are addressed as the
viewer serves them (``/t/<ticket>/files/<n>/<name>``); :func:`portable_html` turns those addresses into
inlined images or absolute links for the copy uploaded to Discord.
"""

from __future__ import annotations

import base64
import io
import itertools
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import discord
import jinja2
from markupsafe import Markup

from core.errors import UserInputError
from core.i18n import DEFAULT_LANGUAGE, Text, formatting, render, t
from core.models import Ticket, Transcript, TranscriptFile
from core.rules.text import plain
from core.signing import Signer
from core.transcripts import markdown
from core.transcripts.markdown import Directory

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
# Kept files shown as images, in the page and by the viewer; any other file is only ever offered as a
# download, never rendered on the viewer's site (an uploaded .html or .svg would otherwise run as it).
INLINE_IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
# The only script in a transcript: it shows times in the reader's own time zone. The viewer allows it by hash.
LOCAL_TIMES = (
    'for(const t of document.querySelectorAll("time[datetime]")){'
    "t.title=t.textContent;"
    't.textContent=new Date(t.dateTime).toLocaleString(undefined,{dateStyle:"medium",timeStyle:"short"})}'  # i18n: code
)


PREVIEW = 120  # characters a reply shows of the message it answers


@dataclass(frozen=True, slots=True)
class TranscriptOptions:
    """How transcripts are kept and reached: the attachment cap per ticket, and the viewer (if any)."""

    attachment_cap: int = 25 * 1024 * 1024
    public_url: str | None = None
    signer: Signer | None = None

    def link(self, ticket_id: int) -> str | None:
        """Return a signed link that opens the ticket's transcript in the viewer, when the viewer is reachable."""
        if self.public_url is None or self.signer is None:
            return None
        return f"{self.public_url.rstrip('/')}/t/{ticket_id}?key={self.signer.link_token(ticket_id)}"


@dataclass(frozen=True, slots=True)
class TranscriptAttachment:
    """A file posted in the ticket, as Discord described it."""

    filename: str
    url: str
    size: int
    content_type: str | None

    @property
    def is_image(self) -> bool:
        """Whether the transcript shows it as an image."""
        return self.content_type in INLINE_IMAGE_TYPES


@dataclass(frozen=True, slots=True)
class TranscriptEmbed:
    """An embed's visible parts."""

    colour: int | None = None
    author: str = ""
    title: str = ""
    url: str = ""
    description: str = ""
    fields: tuple[tuple[str, str, bool], ...] = ()
    footer: str = ""
    image: str = ""

    @classmethod
    def from_embed(cls, embed: discord.Embed) -> TranscriptEmbed:
        """Keep what a transcript draws of ``embed``."""
        return cls(
            colour=embed.colour.value if embed.colour is not None else None,
            author=embed.author.name or "",
            title=embed.title or "",
            url=embed.url or "",
            description=embed.description or "",
            fields=tuple((f.name or "", f.value or "", bool(f.inline)) for f in embed.fields),
            footer=embed.footer.text or "",
            image=embed.image.url or embed.thumbnail.url or "",
        )


@dataclass(frozen=True, slots=True)
class TranscriptMessage:
    """The parts of a Discord message a transcript keeps."""

    id: int
    author_id: int
    author: str
    created_at: datetime
    content: str
    avatar: str | None = None
    colour: int = 0  # the author's role colour; 0 for none
    bot: bool = False
    edited_at: datetime | None = None
    system: str | None = None  # what Discord writes for a system message (a member added, a pin)
    reply_to: int | None = None
    attachments: tuple[TranscriptAttachment, ...] = ()
    embeds: tuple[TranscriptEmbed, ...] = ()
    stickers: tuple[str, ...] = ()
    reactions: tuple[tuple[str, int], ...] = ()
    # Who used the command this message answers (a saved reply sent by staff): Discord shows them above it.
    used_by: str | None = None

    @classmethod
    def from_message(cls, message: discord.Message) -> TranscriptMessage:
        """Keep what a transcript shows of ``message``."""
        author = message.author
        reference = message.reference
        return cls(
            id=message.id,
            author_id=author.id,
            author=author.display_name,
            created_at=message.created_at,
            content=message.content,
            avatar=author.display_avatar.url if author.avatar is not None else None,
            colour=author.colour.value if isinstance(author, discord.Member) else 0,
            bot=author.bot,
            edited_at=message.edited_at,
            system=message.system_content if message.is_system() else None,
            reply_to=reference.message_id
            if reference is not None and message.type is discord.MessageType.reply
            else None,
            attachments=tuple(
                TranscriptAttachment(plain(a.filename), a.url, a.size, a.content_type) for a in message.attachments
            ),
            embeds=tuple(TranscriptEmbed.from_embed(e) for e in message.embeds),
            stickers=tuple(s.name for s in message.stickers),
            reactions=tuple((_emoji_name(r.emoji), r.count) for r in message.reactions),
            used_by=_command_user(message),
        )


def _command_user(message: discord.Message) -> str | None:
    """Return who used the slash command a bot message answers, as Discord names them above the message."""
    used = message.interaction_metadata
    if used is None or used.type is not discord.InteractionType.application_command:
        return None
    return used.user.display_name


def _emoji_name(emoji: discord.PartialEmoji | discord.Emoji | str) -> str:
    return emoji if isinstance(emoji, str) else f":{emoji.name}:"


class NameBook:
    """Collects the names a transcript shows (authors, mentioned people, roles, channels) as its messages are read."""

    def __init__(self, guild: discord.Guild) -> None:
        self._guild = guild
        self.users: dict[int, str] = {}
        self._roles: dict[int, tuple[str, int]] = {}
        self._channels: dict[int, str] = {}

    def note(self, message: discord.Message) -> None:
        """Remember the names ``message`` needs."""
        self.users[message.author.id] = message.author.display_name
        for user in message.mentions:
            self.users[user.id] = user.display_name
        for role_id in message.raw_role_mentions:
            role = self._guild.get_role(role_id)
            if role is not None:
                self._roles[role_id] = (role.name, role.colour.value)
        for channel_id in message.raw_channel_mentions:
            channel = self._guild.get_channel_or_thread(channel_id)
            if channel is not None:
                self._channels[channel_id] = channel.name

    def directory(self, language: str) -> Directory:
        """Return the names collected so far, for a transcript in ``language``."""
        return Directory(dict(self.users), dict(self._roles), dict(self._channels), language)


@dataclass(frozen=True, slots=True)
class TranscriptHeader:
    """Who and what a transcript is about, with names already resolved."""

    guild_name: str
    directory: Directory
    participant_ids: Sequence[int]
    type_name: str | None = None
    language: str = DEFAULT_LANGUAGE  # the ticket's language at close (the transcript is stored in it)

    def name(self, user_id: int | None) -> str:
        """Return a user's name, or a placeholder for one Discord no longer knows."""
        return self.directory.users.get(user_id or 0) or render(t("transcript-former-member"), self.language)


@dataclass(frozen=True, slots=True)
class KeptFiles:
    """Which attachments were kept with the transcript (by URL, their position) and why the others were not."""

    positions: Mapping[str, int] = field(default_factory=dict)
    missing: Mapping[str, Text] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Fact:
    label: str
    value: str
    moment: datetime | None = None
    # Written by a member (a form's answer): drawn as the messages' Markdown is.
    markdown: bool = False


def _preview(content: str) -> str:
    """Return what a reply shows of the message it answers, as Discord does: its first line, cut short."""
    first = next((line for line in content.splitlines() if line.strip()), "")
    return first if len(first) <= PREVIEW else first[: PREVIEW - 1] + "…"


def render_transcript(
    ticket: Ticket,
    header: TranscriptHeader,
    messages: list[TranscriptMessage],
    kept: KeptFiles | None = None,
    *,
    created_at: datetime,
) -> Transcript:
    """Build both transcript formats for a closing ticket, made at ``created_at``."""
    kept = kept or KeptFiles()
    return Transcript(
        ticket_id=ticket.id,
        message_count=len(messages),
        html=_render_html(ticket, header, messages, kept),
        text=_render_text(ticket, header, messages, kept),
        created_at=created_at,
    )


def file_path(ticket_id: int, position: int, filename: str) -> str:
    """Return the viewer's address of a kept attachment."""
    return f"/t/{ticket_id}/files/{position}/{quote(filename, safe='')}"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _people(header: TranscriptHeader, messages: list[TranscriptMessage]) -> list[tuple[str, int]]:
    counts = Counter(m.author_id for m in messages if m.system is None)
    people = dict.fromkeys([*header.participant_ids, *counts])
    return [(header.name(p), counts[p]) for p in people]


def _facts(ticket: Ticket, header: TranscriptHeader) -> list[_Fact]:
    def label(fact: str) -> str:
        return render(t("transcript-fact", fact=fact), header.language)

    facts = [_Fact(label("server"), header.guild_name)]
    if header.type_name:
        facts.append(_Fact(label("type"), header.type_name))
    facts += [
        _Fact(label("opened-by"), header.name(ticket.opener_id), ticket.opened_at),
        _Fact(label("reason"), ticket.reason or "-"),
        # The form's answers, whole (the welcome shows long ones shortened).
        *(_Fact(question, answer, markdown=True) for question, answer in ticket.answers),
    ]
    if ticket.claimed_by is not None:
        facts.append(_Fact(label("claimed-by"), header.name(ticket.claimed_by)))
    if ticket.closed_at is not None:
        facts += [
            _Fact(label("closed-by"), header.name(ticket.closed_by), ticket.closed_at),
            _Fact(label("close-reason"), ticket.close_reason or "-"),
            _Fact(label("duration"), formatting.elapsed(ticket.opened_at, ticket.closed_at, header.language)),
        ]
    return facts


def _render_text(ticket: Ticket, header: TranscriptHeader, messages: list[TranscriptMessage], kept: KeptFiles) -> bytes:
    out = _Document()
    out.write(f"Ticket {ticket.label}\n")
    for fact in _facts(ticket, header):
        moment = f", {_stamp(fact.moment)}" if fact.moment else ""
        out.write(f"{fact.label}: {_one_line(fact.value)}{moment}\n")
    people = ", ".join(f"{name} ({count} messages)" for name, count in _people(header, messages))
    out.write(f"Participants: {_one_line(people) or '-'}\nMessages: {len(messages)}\n\n")
    directory = header.directory
    for message in messages:
        # Continuation lines are indented, so text a member wrote can never pass for a message line: every
        # line break a reader may honour (CR, VT, FF, NEL, U+2028/2029, ...) starts an indented line.
        content = "\n    ".join((message.system or markdown.plain(message.content, directory)).splitlines())
        edited = " (edited)" if message.edited_at else ""
        out.write(f"[{_stamp(message.created_at)}] {_one_line(message.author)}: {content}{edited}\n")
        if message.used_by is not None:
            said = render(t("transcript-used-command", user=message.used_by), header.language)
            out.write(f"    {_one_line(said)}\n")
        if message.reply_to is not None:
            out.write(f"    {render(t('transcript-in-reply-to', id=str(message.reply_to)), header.language)}\n")
        for attachment in message.attachments:
            out.write(
                f"    attachment: {_one_line(attachment.filename)} ({_file_state(attachment, kept, header.language)})\n"
            )
        for embed in message.embeds:
            summary = " | ".join(p for p in (embed.title, embed.description, *_field_lines(embed)) if p)
            out.write(f"    embed: {_one_line(summary) or '(embed)'}\n")
        for sticker in message.stickers:
            out.write(f"    sticker: {_one_line(sticker)}\n")
        if message.reactions:
            out.write(f"    reactions: {', '.join(f'{emoji} {count}' for emoji, count in message.reactions)}\n")
    return out.value()


def _field_lines(embed: TranscriptEmbed) -> Iterable[str]:
    return (f"{name}: {value}" for name, value, _ in embed.fields)


def _file_state(attachment: TranscriptAttachment, kept: KeptFiles, language: str) -> str:
    if attachment.url in kept.positions:
        return render(t("transcript-kept"), language)
    return render(kept.missing.get(attachment.url) or t("transcript-not-kept"), language)


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def _render_html(ticket: Ticket, header: TranscriptHeader, messages: list[TranscriptMessage], kept: KeptFiles) -> bytes:
    directory = header.directory
    by_id = {m.id: m for m in messages}
    template = TEMPLATES.get_template("transcript.html.j2")
    pieces = template.generate(
        ticket=ticket,
        title=render(t("transcript-title", label=ticket.label, server=header.guild_name), header.language),
        _=lambda said, **params: render(said if isinstance(said, Text) else t(said, **params), header.language),
        size=lambda size: formatting.file_size(size, header.language),
        facts=_facts(ticket, header),
        people=_people(header, messages),
        messages=messages,
        replies=by_id,
        kept=kept,
        md=lambda content: markdown.render(content, directory),
        preview=lambda content: markdown.render(_preview(content), directory),
        file_path=file_path,
        script=Markup(LOCAL_TIMES),
        lang=header.language,
        when=lambda moment: formatting.date_time(moment, header.language),
    )
    out = io.BytesIO()
    while batch := "".join(itertools.islice(pieces, 1024)):  # a thousand small pieces encoded at once
        out.write(batch.encode())
    return out.getvalue()


class _Document:
    """A UTF-8 document written piece by piece: each piece is encoded at once, so no long string is ever built."""

    def __init__(self) -> None:
        self._buffer = io.BytesIO()

    def write(self, piece: str) -> None:
        self._buffer.write(piece.encode())

    def value(self) -> bytes:
        return self._buffer.getvalue()


# A kept file's address in an attribute; it starts with a fixed string, which the regex engine finds fast.
_FILE_REFERENCE = re.compile(rb'="/t/(\d+)/files/(\d+)/([^"]*)"')


def _attribute(match: re.Match[bytes]) -> bytes:
    return match.string[match.start() - 4 : match.start()].lstrip(b" ")


def referenced_files(html: bytes) -> list[int]:
    """Return the positions of the kept files a stored transcript shows as images, in order."""
    return [int(m.group(2)) for m in _FILE_REFERENCE.finditer(html) if _attribute(m) == b"src"]


def portable_html(html: bytes, images: Mapping[int, TranscriptFile], public_url: str | None) -> bytes:
    """Make a stored transcript readable as a lone file: given images inlined, other files linked to the viewer.

    Without a public address for the viewer, a file that is not inlined is named but not linked.
    """

    def address(match: re.Match[bytes]) -> bytes:
        image = images.get(int(match.group(2))) if _attribute(match) == b"src" else None
        if image is not None:
            kind = (image.content_type or "application/octet-stream").encode()
            return b'="data:' + kind + b";base64," + base64.b64encode(image.data) + b'"'
        if public_url:
            return b'="' + public_url.rstrip("/").encode() + match.group(0)[2:]
        return b'="#kept-file-' + match.group(2) + b'"'

    return _FILE_REFERENCE.sub(address, html) if b"/files/" in html else html


def transcript_uploads(ticket: Ticket, html: bytes, text: bytes, limit: int) -> list[tuple[str, bytes]]:
    """Return the transcript as files within ``limit`` bytes: HTML and text, or both zipped if too large."""
    stem = f"transcript-{ticket.number:04d}"
    parts = [(f"{stem}.html", html), (f"{stem}.txt", text)]
    if sum(len(data) for _, data in parts) <= limit:
        return parts
    buffer = io.BytesIO()
    # The fastest level: text shrinks nearly as much, in a third of the time.
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts:
            archive.writestr(name, data)
    if buffer.tell() > limit:
        raise UserInputError(
            t("transcript-too-large", size=f"{buffer.tell() / 2**20:.1f}", limit=f"{limit / 2**20:.0f}")
        )
    return [(f"{stem}.zip", buffer.getvalue())]


def as_files(uploads: Sequence[tuple[str, bytes]]) -> list[discord.File]:
    """Make fresh upload objects (each can be sent once) from the built files."""
    return [discord.File(io.BytesIO(data), filename=name) for name, data in uploads]
