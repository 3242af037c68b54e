"""What is added to a stored transcript as it is read: staff's notes (staff only) and the opener's rating.

Staff notes: a section only staff's copies carry.

The stored transcript never holds the notes: the opener's copy, a signed link and a member's view in the
viewer read it as stored. Staff's copies (the log channel's post, staff in the viewer) get the section
added, from the notes as they are then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core import messages
from core.i18n import formatting, render, t
from core.models import Ticket, TicketNote
from core.transcripts.render import TEMPLATES

RATING = TEMPLATES.from_string('<p class="rating">{{ text }}</p>')  # i18n: markup


def notes_section(notes: Sequence[TicketNote], name: Callable[[int], str], language: str) -> bytes:
    """Return the HTML section that lists a ticket's notes (autoescaped: notes are text, never markup)."""
    return (
        TEMPLATES.get_template("notes.html.j2")
        .render(
            title=render(t("transcript-staff-notes"), language),
            notes=notes,
            name=name,
            when=lambda moment: formatting.date_time(moment, language),
        )
        .encode()
    )


def with_notes(html: bytes, section: bytes) -> bytes:
    """Return a transcript page with the notes section at the end of its body."""
    end = html.rfind(b"</body>")
    return html + section if end < 0 else html[:end] + section + html[end:]


def with_rating(html: bytes, ticket: Ticket, language: str) -> bytes:
    """Return a transcript page whose header shows the opener's rating, given after the page was stored."""
    if ticket.rating is None:
        return html
    comment = ticket.rating_comment or ""
    said = t("transcript-rating", stars=messages.stars(ticket.rating), comment=comment, with_comment=bool(comment))
    piece = RATING.render(text=render(said, language)).encode()
    end = html.find(b"</header>")
    return html if end < 0 else html[:end] + piece + html[end:]


def notes_text(ticket: Ticket, notes: Sequence[TicketNote], name: Callable[[int], str], language: str) -> bytes:
    """Return the notes as plain text, for the file staff's log post carries beside the transcript."""
    lines = [render(t("transcript-staff-notes-of", label=ticket.label), language), ""]
    for note in notes:
        when = formatting.date_time(note.created_at, language)
        lines += [f"[{when}] {name(note.author_id)}", note.content, ""]
    return "\n".join(lines).encode()
