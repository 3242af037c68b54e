from datetime import UTC, datetime, timedelta

from core.messages import duration
from core.models import Ticket, TicketStatus
from core.transcripts import TranscriptHeader, TranscriptMessage, render_transcript

OPENED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
ALICE, SAM = 99, 7


def ticket(**closed):
    return Ticket(5, 1, 42, ALICE, 1234, TicketStatus.CLOSING, "<script>alert(1)</script>", OPENED, **closed)


def header(guild="G", participants=(ALICE,)):
    return TranscriptHeader(guild, {ALICE: "alice", SAM: "Sam <staff>"}, list(participants))


def message(n, content, **extra):
    return TranscriptMessage(
        author=extra.get("author", "alice"),
        author_id=extra.get("author_id", ALICE),
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
    transcript = render_transcript(ticket(), header("Guild <b>"), messages)
    html = transcript.html.decode()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; stuff" in html
    assert 'href="https://cdn/x?a=1&amp;b=2"' in html and "Title | Body" in html
    assert "Guild &lt;b&gt;" in html and "<link" not in html and "src=" not in html.replace("src=x", "")
    assert transcript.message_count == 2


def test_header_names_people_not_ids():
    closed_at = OPENED + timedelta(hours=2, minutes=5)
    closing = ticket(closed_at=closed_at, closed_by=SAM, close_reason="Refunded")
    messages = [message(1, "hi"), message(2, "hello", author="Sam <staff>", author_id=SAM)]
    text = render_transcript(closing, header(participants=(ALICE, SAM)), messages).text.decode()
    assert "Opened by: alice, 2026-01-02 03:04:05 UTC" in text
    assert "Closed by: Sam <staff>, 2026-01-02 05:09:05 UTC" in text and "Close reason: Refunded" in text
    assert "Duration: 2h 5m" in text and "Participants: alice (1 messages), Sam <staff> (1 messages)" in text
    assert str(ALICE) not in text and str(SAM) not in text
    html = render_transcript(closing, header(participants=(ALICE, SAM)), messages).html.decode()
    assert "Sam &lt;staff&gt;, 2026-01-02 05:09:05 UTC" in html


def test_text_keeps_order_and_user_text_cannot_fake_lines():
    messages = [
        message(1, "first\n[2026-01-02 03:06:05 UTC] Sam <staff>: refund approved"),
        message(2, "second", attachments=(("a\nb.png", "u"),)),
    ]
    text = render_transcript(ticket(), header(), messages).text.decode()
    assert text.index("first") < text.index("second")
    assert "\n    [2026-01-02 03:06:05 UTC] Sam <staff>: refund approved" in text
    assert not any(line.startswith("[2026-01-02 03:06:05 UTC] Sam") for line in text.splitlines())
    assert "attachment: a b.png <u>" in text and "Ticket #0042" in text and "2026-01-02 03:05:05 UTC" in text


def test_duration_is_readable():
    assert duration(OPENED, OPENED + timedelta(seconds=42)) == "42s"
    assert duration(OPENED, OPENED + timedelta(days=1, hours=2, minutes=3)) == "1d 2h 3m"
