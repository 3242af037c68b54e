from datetime import UTC, datetime, timedelta

from core.i18n import t
from core.i18n.formatting import elapsed
from core.models import Ticket, TicketStatus, TranscriptFile
from core.transcripts.markdown import Directory
from core.transcripts.render import (
    KeptFiles,
    TranscriptAttachment,
    TranscriptEmbed,
    TranscriptHeader,
    TranscriptMessage,
    portable_html,
    referenced_files,
    render_transcript,
)

OPENED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
ALICE, SAM = 99, 7


def ticket(**closed):
    return Ticket(5, 1, 42, ALICE, 1234, TicketStatus.CLOSING, "<script>alert(1)</script>", OPENED, **closed)


def header(guild="G", participants=(ALICE,), **directory):
    names = Directory({ALICE: "alice", SAM: "Sam <staff>"}, **directory)
    return TranscriptHeader(guild, names, list(participants), "Billing <b>")


def message(n, content, **extra):
    return TranscriptMessage(
        id=1000 + n,
        author=extra.pop("author", "alice"),
        author_id=extra.pop("author_id", ALICE),
        created_at=OPENED + timedelta(minutes=n),
        content=content,
        **extra,
    )


def image(name="cat.png", url="https://cdn/cat.png?ex=1&is=2"):
    return TranscriptAttachment(name, url, 3, "image/png")


def test_html_is_escaped_and_self_contained():
    embed = TranscriptEmbed(title="Title <i>", description="**Body**", fields=(("<b>k</b>", "v", True),))
    messages = [
        message(1, "<img src=x onerror=alert(1)> & stuff"),
        message(2, "see file", attachments=(image('"><script>.png'),), embeds=(embed,)),
    ]
    messages.append(message(3, "hi", author="<img src=x onerror=alert(2)>", edited_at=OPENED))
    hostile = ticket(answers=(("<q>Order?</q>", "<script>alert(3)</script>"),), claimed_by=SAM)
    transcript = render_transcript(hostile, header("Guild <b>"), messages, created_at=OPENED)
    html = transcript.html.decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html and "<img src=x" not in html
    assert "&lt;q&gt;Order?&lt;/q&gt;" in html and "Sam &lt;staff&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; stuff" in html
    assert "Title &lt;i&gt;" in html and "<strong>Body</strong>" in html and "&lt;b&gt;k&lt;/b&gt;" in html
    assert "Guild &lt;b&gt;" in html and "Billing &lt;b&gt;" in html and "<link" not in html
    assert "&#34;&gt;&lt;script&gt;.png" in html and "not kept" in html
    assert transcript.message_count == 3


def test_markdown_mentions_and_replies_are_drawn():
    messages = [
        message(1, "**bold** __under__ ||secret|| `x<y` <@7> <@&5> <#6> <:blob:123>"),
        message(2, "> quoted\n- item", author="Sam <staff>", author_id=SAM, reply_to=1001, edited_at=OPENED),
        message(3, "", system="alice pinned a message to this channel."),
        message(4, "gone", reply_to=999, reactions=(("👍", 2),), stickers=("Wave",)),
    ]
    page = render_transcript(
        ticket(), header(roles={5: ("Staff", 0xFF0000)}, channels={6: "general"}), messages, created_at=OPENED
    )
    html = page.html.decode()
    assert "<strong>bold</strong> <u>under</u>" in html and '<span class="spoiler">secret</span>' in html
    assert "<code>x&lt;y</code>" in html and "@Sam &lt;staff&gt;" in html and "color:#ff0000" in html
    assert "#general" in html and ":blob:" in html and "<@7>" not in html and "&lt;@7&gt;" not in html
    assert "<blockquote>quoted</blockquote><ul><li>item</li></ul>" in html
    assert '<a href="#m1001"><b>alice</b>' in html and "(edited)" in html and "Original message was deleted" in html
    assert "<b>alice</b> <strong>bold</strong> <u>under</u>" in html, "a reply's preview is drawn as Markdown"
    assert "pinned a message" in html and "👍 2" in html and "Sticker: Wave" in html
    text = page.text.decode()
    assert "@Sam <staff> @Staff #general :blob:" in text and "reactions: 👍 2" in text


def test_kept_files_are_addressed_for_the_viewer_and_inlined_for_upload():
    cat, notes = image(), TranscriptAttachment("notes.txt", "https://cdn/notes.txt", 5, "text/plain")
    big = TranscriptAttachment("video.mp4", "https://cdn/v.mp4", 99, "video/mp4")
    kept = KeptFiles({cat.url: 0, notes.url: 1}, {big.url: t("transcript-not-kept-cap", cap="25 MB")})
    html = render_transcript(
        ticket(), header(), [message(1, "files", attachments=(cat, notes, big))], kept, created_at=OPENED
    ).html
    assert b'src="/t/5/files/0/cat.png"' in html and b'href="/t/5/files/1/notes.txt"' in html
    assert b"over the 25 MB kept per ticket" in html and referenced_files(html) == [0]
    files = {0: TranscriptFile(5, 0, "cat.png", "image/png", b"PNG")}
    portable = portable_html(html, files, None)
    assert b'src="data:image/png;base64,UE5H"' in portable and b'href="#kept-file-1"' in portable
    linked = portable_html(html, {}, "https://t.example/")
    assert b'src="https://t.example/t/5/files/0/cat.png"' in linked


def test_header_names_people_not_ids():
    closed_at = OPENED + timedelta(hours=2, minutes=5)
    closing = ticket(closed_at=closed_at, closed_by=SAM, close_reason="Refunded", claimed_by=SAM)
    messages = [message(1, "hi"), message(2, "hello", author="Sam <staff>", author_id=SAM)]
    text = render_transcript(closing, header(participants=(ALICE, SAM)), messages, created_at=OPENED).text.decode()
    assert "Opened by: alice, 2026-01-02 03:04:05 UTC" in text and "Claimed by: Sam <staff>" in text
    assert "Closed by: Sam <staff>, 2026-01-02 05:09:05 UTC" in text and "Close reason: Refunded" in text
    assert "Duration: 2h 5m" in text and "Participants: alice (1 messages), Sam <staff> (1 messages)" in text
    assert "Type: Billing <b>" in text and str(ALICE) not in text and str(SAM) not in text
    html = render_transcript(closing, header(participants=(ALICE, SAM)), messages, created_at=OPENED).html.decode()
    assert 'Sam &lt;staff&gt;, <time datetime="2026-01-02T05:09:05+00:00">' in html


def test_text_keeps_order_and_user_text_cannot_fake_lines():
    messages = [
        message(1, "first\n[2026-01-02 03:06:05 UTC] Sam <staff>: refund approved"),
        message(2, "second", attachments=(TranscriptAttachment("a\nb.png", "u", 1, None),)),
    ]
    text = render_transcript(ticket(), header(), messages, created_at=OPENED).text.decode()
    assert text.index("first") < text.index("second")
    assert "\n    [2026-01-02 03:06:05 UTC] Sam <staff>: refund approved" in text
    assert not any(line.startswith("[2026-01-02 03:06:05 UTC] Sam") for line in text.splitlines())
    assert "attachment: a b.png (not kept)" in text and "Ticket #0042" in text and "2026-01-02 03:05:05 UTC" in text


# Every line break str.splitlines() knows: a reader (an editor, a terminal, a log viewer) may honour any of them.
LINE_BREAKS = ["\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def test_no_line_break_lets_user_text_fake_a_message_line():
    forged = "[2030-01-01 00:00:00 UTC] sam: Refund approved"
    for n, brk in enumerate(LINE_BREAKS):
        assert len(f"a{brk}b".splitlines()) == 2, repr(brk)
        text = render_transcript(
            ticket(), header(), [message(n, f"hello{brk}{forged}")], created_at=OPENED
        ).text.decode()
        lines = text.splitlines()
        assert not any(line.startswith("[2030") for line in lines), repr(brk)
        assert f"    {forged}" in lines, repr(brk)
        assert not any(c in text for c in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), repr(brk)


def test_duration_is_readable_in_each_language():
    assert elapsed(OPENED, OPENED + timedelta(seconds=42), "en") == "42s"
    assert elapsed(OPENED, OPENED + timedelta(days=1, hours=2, minutes=3), "en") == "1d 2h 3m"
    assert elapsed(OPENED, OPENED + timedelta(hours=2, minutes=3), "de") == "2h 3 Min."
    assert elapsed(OPENED, OPENED + timedelta(days=1), "fr") == "1j"


def test_form_answers_in_the_header_are_drawn_as_markdown_and_stay_escaped():
    answered = ticket(answers=(("Order", "**#4411** <b>x</b>"),))
    html = render_transcript(answered, header(), [message(1, "hi")], created_at=OPENED).html.decode()
    assert "<dt>Order</dt><dd><strong>#4411</strong> &lt;b&gt;x&lt;/b&gt;</dd>" in html
