"""Benchmark: render a ticket's transcript and build its uploads, as a close does.

    python -m tests.bench_transcript [--messages 10000] [--length 1000]

Prints the time (best of 3, without tracing) and the peak of Python allocations (tracemalloc) for
rendering both formats and building the files, from messages already read from Discord.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

from core.models import Ticket, TicketStatus
from core.transcripts import TranscriptHeader, TranscriptMessage, render_transcript, transcript_uploads

UPLOAD_LIMIT = 10 * 1024 * 1024
OPENED = datetime(2026, 1, 1, tzinfo=UTC)


def conversation(count: int, length: int) -> list[TranscriptMessage]:
    words = ("refund", "order", "<b>", "&", "ticket", "delivery", "thanks", "ok", "**bold**", "`code`")
    return [
        TranscriptMessage(
            author=f"member{n % 7}",
            author_id=n % 7,
            created_at=OPENED + timedelta(seconds=n),
            content=" ".join(words[(n + k) % len(words)] for k in range(length // 6))[:length],
            attachments=(("log.txt", "https://cdn.example/log.txt"),) if n % 50 == 0 else (),
            embeds=(),
        )
        for n in range(count)
    ]


def close(messages: list[TranscriptMessage]) -> int:
    ticket = Ticket(1, 1, 42, 0, 1, TicketStatus.CLOSING, "help", OPENED, OPENED + timedelta(hours=3), 1, "done")
    header = TranscriptHeader("Bench Guild", {n: f"member{n}" for n in range(7)}, list(range(7)))
    transcript = render_transcript(ticket, header, messages)
    uploads = transcript_uploads(ticket, transcript, UPLOAD_LIMIT)
    return sum(len(data) for _, data in uploads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--length", type=int, default=1_000)
    args = parser.parse_args()
    messages = conversation(args.messages, args.length)
    timings = []
    for _ in range(3):
        gc.collect()
        started = time.perf_counter()
        size = close(messages)
        timings.append(time.perf_counter() - started)
    gc.collect()
    tracemalloc.start()
    close(messages)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    content = sum(len(m.content) for m in messages)
    print(
        f"{args.messages} messages of {args.length} characters ({content / 2**20:.1f} MiB of text): "
        f"render and build files {min(timings):.2f} s (best of 3), peak {peak / 2**20:.1f} MiB "
        f"above the messages, uploads {size / 2**20:.1f} MiB"
    )


if __name__ == "__main__":
    main()
