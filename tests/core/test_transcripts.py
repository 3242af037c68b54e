from datetime import UTC, datetime, timedelta

from core.embeds import duration
from core.models import Ticket, TicketStatus
from core.transcripts import TranscriptMessage, render_transcript

OPENED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def ticket():
    return Ticket(5, 1, 42, 99, 1234, TicketStatus.OPEN, "<script>alert(1)</script>", OPENED)


def message(n, content, **extra):
    return TranscriptMessage(
        author=extra.get("author", "alice"),
        author_id=99,
        created_at=OPENED + timedelta(minutes=n),
        content=content,
        attachments=extra.get("attachments", ()),
        embeds=extra.get("embeds", ()),
    )


def test_html_is_escaped_and_self_contained():
    messages = [
        message(1, "<img src=x onerror=alert(1)> & stuff"),
        message(2, "see file", attachments=(("log.txt", "https://cdn/x?a=1&b=2"),), embeds=("Title | Body",)),
    ]
    transcript = render_transcript(ticket(), "Guild <b>", messages)
    html = transcript.html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; stuff" in html
    assert 'href="https://cdn/x?a=1&amp;b=2"' in html and "Title | Body" in html
    assert "Guild &lt;b&gt;" in html and "<link" not in html and "src=" not in html.replace("src=x", "")
    assert transcript.message_count == 2


def test_text_keeps_order_and_details():
    messages = [message(1, "first"), message(2, "second", attachments=(("a.png", "u"),))]
    text = render_transcript(ticket(), "G", messages).text
    assert text.index("first") < text.index("second")
    assert "attachment: a.png <u>" in text and "Ticket #0042" in text and "2026-01-02 03:05:05 UTC" in text


def test_duration_is_readable():
    assert duration(OPENED, OPENED + timedelta(seconds=42)) == "42s"
    assert duration(OPENED, OPENED + timedelta(days=1, hours=2, minutes=3)) == "1d 2h 3m"
