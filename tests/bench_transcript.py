"""Benchmark: render a ticket's transcript and build its uploads, as a close does.

    python -m tests.bench_transcript [--messages 10000]

Two conversations: a typical one (messages of 20 to 400 characters, a quarter with Markdown, mentions,
replies, embeds and kept images) and a heavy one (every message 1,000 characters, formatting in every
sentence). Prints, for each, the time (best of 3, without tracing) and the peak of Python allocations
(tracemalloc) for rendering both formats and building the uploaded files, from messages already read.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from core.models import Ticket, TicketStatus, TranscriptFile
from core.transcripts.markdown import Directory
from core.transcripts.render import (
    KeptFiles,
    TranscriptAttachment,
    TranscriptEmbed,
    TranscriptHeader,
    TranscriptMessage,
    portable_html,
    render_transcript,
    transcript_uploads,
)

UPLOAD_LIMIT = 10 * 1024 * 1024
OPENED = datetime(2026, 1, 1, tzinfo=UTC)
PEOPLE = 7
IMAGE = TranscriptFile(1, 0, "screenshot.png", "image/png", b"\x89PNG" + bytes(40_000))
SENTENCES = (
    "Hi, my order #4411 never arrived.",
    "Could you check **the tracking number** for me?",
    "I already tried `/refund` but it said <@1> has to approve it.",
    "> the parcel was returned to sender\nThat is what the carrier says.",
    "See https://example.com/orders/4411 and the ||spoiler|| there.",
    "Thanks! _That_ helps a lot, <@&100> please look at <#200>.",
    "- first step\n- second step\n- third step",
    "```\nError 500: <html> & friends\n```",
)


def typical(count: int) -> list[TranscriptMessage]:
    embed = TranscriptEmbed(0x5865F2, "Bot", "Order status", "", "Shipped on **Monday**", (("Carrier", "DHL", True),))
    return [
        _said(
            n,
            " ".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(1 + n % 8))
            if n % 4 == 0
            else "ok, thanks " * (2 + n % 35),
            reply_to=n if n % 20 == 0 and n else None,
            attachments=(_shot(n),) if n % 50 == 0 else (),
            embeds=(embed,) if n % 100 == 0 else (),
            reactions=(("👍", 2),) if n % 30 == 0 else (),
        )
        for n in range(count)
    ]


def _said(n: int, content: str, **extra: Any) -> TranscriptMessage:
    author = n % PEOPLE
    return TranscriptMessage(n + 1, author, f"member{author}", OPENED + timedelta(seconds=n), content, **extra)


def _shot(n: int) -> TranscriptAttachment:
    return TranscriptAttachment("screenshot.png", f"https://cdn.example/{n}.png", len(IMAGE.data), "image/png")


def heavy(count: int) -> list[TranscriptMessage]:
    words = ("refund", "order", "<b>", "&", "ticket", "delivery", "thanks", "ok", "**bold**", "`code`")
    return [_said(n, " ".join(words[(n + k) % len(words)] for k in range(1000 // 6))[:1000]) for n in range(count)]


def close(messages: list[TranscriptMessage]) -> int:
    ticket = Ticket(1, 1, 42, 0, 1, TicketStatus.CLOSING, "help", OPENED, OPENED + timedelta(hours=3), 1, "done")
    names = Directory({n: f"member{n}" for n in range(PEOPLE)}, {100: ("Staff", 0xFF0000)}, {200: "orders"})
    header = TranscriptHeader("Bench Guild", names, list(range(PEOPLE)), "Billing")
    kept = KeptFiles({_shot(n).url: n // 50 for n in range(0, 500, 50)})  # ten kept images, all inlined
    transcript = render_transcript(ticket, header, messages, kept, created_at=OPENED + timedelta(hours=3))
    html = portable_html(transcript.html, dict.fromkeys(range(10), IMAGE), None)
    uploads = transcript_uploads(ticket, html, transcript.text, UPLOAD_LIMIT)
    return sum(len(data) for _, data in uploads)


def measure(name: str, messages: list[TranscriptMessage], run: Callable[[list[TranscriptMessage]], int]) -> None:
    timings = []
    for _ in range(3):
        gc.collect()
        started = time.perf_counter()
        size = run(messages)
        timings.append(time.perf_counter() - started)
    gc.collect()
    tracemalloc.start()
    run(messages)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    content = sum(len(m.content) for m in messages)
    print(
        f"{name}: {len(messages)} messages ({content / 2**20:.1f} MiB of text): render and build files "
        f"{min(timings):.2f} s (best of 3), peak {peak / 2**20:.1f} MiB above the messages, "
        f"uploads {size / 2**20:.1f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    measure("typical", typical(args.messages), close)
    measure("heavy", heavy(args.messages), close)


if __name__ == "__main__":
    main()
