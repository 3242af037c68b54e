"""Discord's flavour of Markdown, drawn as safe HTML for transcripts.

General Markdown parsers follow CommonMark, which Discord does not (``__x__`` underlines, ``||x||`` hides,
``-#`` is small print; no tables, images or raw HTML), and the fastest of them (mistune) took 10 s for a
10,000-message ticket where the budget is 1 s; the Discord-specific packages on PyPI have been unmaintained
since 2021. So this renders the subset Discord draws, in four steps: code is set aside first (nothing inside
it is formatted), then mentions, emoji, timestamps and links (resolved to names, set aside too), then the rest
is escaped and its block and inline formatting applied. Everything set aside is escaped when made, so user
text never becomes markup.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from markupsafe import Markup

from core.i18n import DEFAULT_LANGUAGE, t
from core.i18n import render as render_text

# Each pattern's alternatives start with a literal character, which lets the regex engine skip to them.
_CODE = re.compile(r"`(?:``(?:([\w+#.-]{1,20})\n)?\n?(.+?)\n?```|(`?)([^`].*?)\3`)", re.DOTALL)
# What is set aside before escaping, each kind by a pattern that starts with a fixed string (which the regex
# engine finds fast) and is only tried when that string is in the text. Order matters: escapes come first,
# masked links before the bare links inside them.
_ATOMS = tuple(
    (hint, re.compile(pattern))
    for hint, pattern in (
        ("\\", r"\\(?P<escaped>[\\*_~|`>#\-\[\]()<:@])"),
        ("](", r"\[(?P<label>[^\[\]\n]{1,256})\]\(<?(?P<target>https?://[^\s()<>]+)>?\)"),
        (
            "<",
            r"<(?:@!?(?P<user>\d{1,21})|@&(?P<role>\d{1,21})|#(?P<channel>\d{1,21})"
            r"|(?P<animated>a?):(?P<emoji>\w{2,32}):\d{1,21}|t:(?P<time>-?\d{1,13})(?::(?P<style>[tTdDfFR]))?"
            r"|(?P<quiet_url>https?://[^\s<>]+))>",
        ),
        ("http", r"(?P<url>https?://[^\s<>]+[^\s<>.,:;\"')\]!?])"),
        ("@", r"@(?P<everyone>everyone|here)"),
    )
)
# A match's last group names its kind, except where a kind's optional part comes last.
_ATOM_KINDS = {"style": "time", "target": "label"}
# Inline formatting: the delimiter that must be in the text for each, its pattern and its tags. Only the kinds
# whose delimiter is present are tried, so an unclosed one costs no scan to the end of the line.
_INLINE_KINDS = (
    ("***", r"\*\*\*(.+?)\*\*\*", "<strong><em>", "</em></strong>"),
    ("**", r"\*\*(.+?)\*\*", "<strong>", "</strong>"),
    ("__", r"__(.+?)__", "<u>", "</u>"),
    # Italics hold no lone delimiter of their own, only bold's pair (as in Discord): an opening one that never
    # closes then costs a scan to the next delimiter, not to the end of the line (quadratic on a line of them).
    ("*", r"\*(?!\s)((?:[^*\n]|\*\*)+?)(?<!\s)\*(?!\*)", "<em>", "</em>"),
    ("_", r"_(?<![\w\x00]_)((?:[^_\n]|__)+?)_(?!\w)", "<em>", "</em>"),
    ("~~", r"~~(.+?)~~", "<s>", "</s>"),
    ("||", r"\|\|(.+?)\|\|", '<span class="spoiler">', "</span>"),
)
_PAIRED = frozenset({"**", "__", "~~", "||"})  # delimiters with no rule about what is next to them
_BLOCK = re.compile(r"^(?:#{1,3} |-# |&gt; |&gt;&gt;&gt; |\s*[-*] |\d{1,9}\. )")
_HEADING = re.compile(r"(#{1,3}) (.+)")
_LIST_ITEM = re.compile(r"\s*([-*]|\d{1,9}\.) (.+)")


@dataclass(frozen=True, slots=True)
class Directory:
    """The names a transcript shows for the ids in its messages."""

    users: Mapping[int, str] = field(default_factory=dict)
    roles: Mapping[int, tuple[str, int]] = field(default_factory=dict)  # name and colour (0: none)
    channels: Mapping[int, str] = field(default_factory=dict)
    # The transcript's language, for the names of what Discord no longer knows.
    language: str = DEFAULT_LANGUAGE

    def user(self, user_id: int) -> str:
        """Return a user's name, or what Discord shows for one it no longer knows."""
        return self.users.get(user_id) or self.gone("user")

    def gone(self, kind: str) -> str:
        """Return what Discord shows for a user, role or channel it no longer knows, in the transcript's language."""
        return render_text(t("transcript-unknown", kind=kind), self.language)


def render(content: str, directory: Directory) -> Markup:
    """Draw a message's Markdown as HTML, mentions and emoji resolved to names."""
    stash: list[str] = []

    def code(match: re.Match[str]) -> str:
        inline = match.group(4)
        if inline is not None:
            stash.append(f"<code>{_text(inline)}</code>")
        else:
            language = f' data-language="{html.escape(match.group(1))}"' if match.group(1) else ""
            stash.append(f"<pre><code{language}>{_text(match.group(2))}</code></pre>")
        return f"\x00{len(stash) - 1}\x00"

    def atom(match: re.Match[str]) -> str:
        stash.append(_atom(match, directory))
        return f"\x00{len(stash) - 1}\x00"

    text = content.replace("\x00", "")
    if "`" in text:
        text = _simple_code(text, stash) if "``" not in text and text.count("`") % 2 == 0 else _CODE.sub(code, text)
    for hint, pattern in _ATOMS:
        if hint in text:
            text = pattern.sub(atom, text)
    text = _text(text)
    text = _blocks(text) if "\n" in text or _BLOCK.match(text) else _inline(text)
    if stash:  # put back what was set aside: every other piece between the markers is a stash index
        pieces = text.split("\x00")
        pieces[1::2] = [stash[int(index)] for index in pieces[1::2]]
        text = "".join(pieces)
    return Markup(text)


def plain(content: str, directory: Directory) -> str:
    """Name the mentions, channels and emoji in a message's text, leaving its Markdown as written."""
    hint, pattern = _ATOMS[2]
    return pattern.sub(lambda m: _plain_atom(m, directory), content) if hint in content else content


def _simple_code(text: str, stash: list[str]) -> str:
    """Set aside single-backtick code spans (the common case) without a regex: every other piece is code."""
    pieces = text.split("`")
    codes, first = pieces[1::2], len(stash)
    stash.extend([f"<code>{_text(code)}</code>" for code in codes])
    pieces[1::2] = [f"\x00{first + n}\x00" for n in range(len(codes))]
    return "".join(pieces)


def _text(text: str) -> str:
    """Escape user text; most needs nothing. Quotes too: no user text may look like an attribute's value."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text)
    return text


def _atom(match: re.Match[str], directory: Directory) -> str:
    kind = _ATOM_KINDS.get(match.lastgroup or "", match.lastgroup)
    value = match.group(kind or 0)
    if kind == "escaped":
        return html.escape(value)
    if kind == "role" and int(value) in directory.roles:
        name, colour = directory.roles[int(value)]
        style = f' style="color:#{colour:06x}"' if colour else ""
        return f'<span class="mention"{style}>@{html.escape(name)}</span>'
    if kind == "time":
        return _timestamp(int(value))
    if kind == "label":
        target = html.escape(match.group("target"))
        return f'<a href="{target}" rel="noopener noreferrer nofollow" title="{target}">{html.escape(value)}</a>'
    if kind in ("url", "quiet_url"):
        url = html.escape(value)
        return f'<a href="{url}" rel="noopener noreferrer nofollow">{url}</a>'
    if kind == "emoji":
        return f'<span class="emoji">:{html.escape(value)}:</span>'
    if kind == "everyone":
        return f'<span class="mention">@{value}</span>'
    return f'<span class="mention">{html.escape(_named(kind, value, directory))}</span>'


def _plain_atom(match: re.Match[str], directory: Directory) -> str:
    kind = _ATOM_KINDS.get(match.lastgroup or "", match.lastgroup)
    if kind in ("user", "role", "channel", "emoji"):
        return _named(kind, match.group(kind or 0), directory)
    return match.group(0)


def _named(kind: str | None, value: str, directory: Directory) -> str:
    if kind == "user":
        return f"@{directory.user(int(value))}"
    if kind == "role":
        role = directory.roles.get(int(value))
        return f"@{role[0] if role else directory.gone('role')}"
    if kind == "channel":
        return f"#{directory.channels.get(int(value)) or directory.gone('channel')}"
    if kind == "emoji":
        return f":{value}:"
    return value


def _timestamp(seconds: int) -> str:
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return html.escape(f"<t:{seconds}>")
    return f'<time datetime="{moment.isoformat()}">{moment:%Y-%m-%d %H:%M} UTC</time>'


def _inline(text: str) -> str:
    if "*" not in text and "_" not in text and "~" not in text and "|" not in text:
        return text
    # A single * or _ counts only outside ** and __, so bold alone is not also tried as italics.
    singles = {"*": text.replace("**", ""), "_": text.replace("__", "")}
    present = tuple(delimiter in singles.get(delimiter, text) for delimiter, *_ in _INLINE_KINDS)
    if not any(present):
        return text
    if sum(present) == 1:  # one kind, nothing nested: a paired delimiter is drawn by splitting the text
        delimiter, _, opening, closing = _INLINE_KINDS[present.index(True)]
        pieces = text.split(delimiter)
        if delimiter in _PAIRED and "\n" not in text and len(pieces) % 2 and all(pieces[1::2]):
            pieces[1::2] = [f"{opening}{inside}{closing}" for inside in pieces[1::2]]
            return "".join(pieces)
    pattern, wrap = _inline_pattern(present)
    return pattern.sub(wrap, text)


@functools.cache
def _inline_pattern(present: tuple[bool, ...]) -> tuple[re.Pattern[str], Callable[[re.Match[str]], str]]:
    """Return the pattern of the inline kinds present, and what draws a match (its inside drawn in turn)."""
    kinds = [kind for kind, wanted in zip(_INLINE_KINDS, present, strict=True) if wanted]
    tags = [(opening, closing) for _, _, opening, closing in kinds]

    def wrap(match: re.Match[str]) -> str:
        index = match.lastindex or 1
        opening, closing = tags[index - 1]
        return f"{opening}{_inline(match.group(index))}{closing}"

    return re.compile("|".join(pattern for _, pattern, _, _ in kinds)), wrap


def _blocks(text: str) -> str:
    """Headings, small print, lists and quotes, line by line; other lines keep their line breaks."""
    out: list[str] = []
    quoting = False
    for line in text.split("\n"):
        if line.startswith("&gt;&gt;&gt; ") and not quoting:
            quoting = True
            out.append("<blockquote>")
            line = line[13:]
        if quoting:
            out.append(_inline(line) + "\n")
            continue
        if line.startswith("&gt; "):
            out.append(f"<blockquote>{_inline(line[5:])}</blockquote>")
        else:
            out.append(_line(line))
    if quoting:
        out.append("</blockquote>")
    return _join(out)


def _line(line: str) -> str:
    """Draw one line outside a quote: a heading, small print, a list item, or plain text."""
    if _BLOCK.match(line):
        heading = _HEADING.fullmatch(line)
        if heading:
            level = len(heading.group(1))
            return f"<h{level + 2}>{_inline(heading.group(2))}</h{level + 2}>"
        if line.startswith("-# "):
            return f"<small>{_inline(line[3:])}</small>"
        item = _LIST_ITEM.fullmatch(line)
        if item:
            tag = "ul" if item.group(1) in "-*" else "ol"
            return f"<{tag}><li>{_inline(item.group(2))}</li></{tag}>"
    return _inline(line)


def _join(pieces: list[str]) -> str:
    """Join lines with line breaks, except around block elements, which break lines themselves."""
    out: list[str] = []
    for piece in pieces:
        if out and not (_is_block(out[-1]) or _is_block(piece) or out[-1].endswith("\n")):
            out.append("\n")
        out.append(piece)
    return "".join(out).replace("</ul><ul>", "").replace("</ol><ol>", "")


def _is_block(piece: str) -> bool:
    return piece.startswith(("<h3", "<h4", "<h5", "<ul", "<ol", "<small", "<blockquote")) or piece.endswith(
        ("</blockquote>", "</ul>", "</ol>")
    )
