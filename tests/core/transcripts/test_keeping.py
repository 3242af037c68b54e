"""Finding a stored transcript and building its uploads, with a small stand-in for the database."""

from datetime import timedelta

from core.models import Transcript, TranscriptFile, utcnow
from core.transcripts.keeping import TranscriptKeeper
from core.transcripts.render import KeptFiles, TranscriptOptions, render_transcript
from tests.core.transcripts.test_render import OPENED, header, image, message, ticket


class StoredOnly:
    """The two reads ``find`` makes, answered from memory."""

    def __init__(self, transcript: Transcript | None, files: dict[int, TranscriptFile]) -> None:
        self.transcript = transcript
        self.files = files
        self.file_reads: list[int] = []

    async def get_transcript(self, ticket_id: int) -> Transcript | None:
        return self.transcript

    async def get_transcript_file(self, ticket_id: int, position: int) -> TranscriptFile | None:
        self.file_reads.append(position)
        return self.files.get(position)


def keeper(db: StoredOnly) -> TranscriptKeeper:
    return TranscriptKeeper(db, None, TranscriptOptions(), utcnow)


def closed_ticket():
    return ticket(closed_by=7, closed_at=OPENED + timedelta(hours=1))


def stored(created_at, attachments=()):
    kept = KeptFiles({a.url: n for n, a in enumerate(attachments)})
    rendered = render_transcript(
        closed_ticket(), header(), [message(1, "hi", attachments=attachments)], kept, created_at=created_at
    )
    return Transcript(5, rendered.message_count, rendered.html, rendered.text, created_at)


async def test_find_returns_this_closes_transcript_ready_to_post():
    db = StoredOnly(stored(OPENED + timedelta(hours=1, seconds=2)), {})
    found = await keeper(db).find(closed_ticket(), 8 * 2**20)
    assert found is not None and found.message_count == 1
    assert [name for name, _ in found.uploads] == ["transcript-0042.html", "transcript-0042.txt"]


async def test_find_ignores_none_and_an_earlier_closes_transcript():
    assert await keeper(StoredOnly(None, {})).find(closed_ticket(), 8 * 2**20) is None
    before_reopen = StoredOnly(stored(OPENED + timedelta(minutes=30)), {})
    assert await keeper(before_reopen).find(closed_ticket(), 8 * 2**20) is None


async def test_only_the_kept_images_that_fit_the_upload_limit_are_inlined():
    small, large = image("small.png", "https://cdn/s.png"), image("large.png", "https://cdn/l.png")
    files = {
        0: TranscriptFile(5, 0, "small.png", "image/png", b"s" * 10),
        1: TranscriptFile(5, 1, "large.png", "image/png", b"l" * 200_000),
    }
    transcript = stored(OPENED + timedelta(hours=2), (small, large))
    limit = len(transcript.html) + len(transcript.text) + 64 * 1024 + 100_000
    db = StoredOnly(transcript, files)
    found = await keeper(db).find(closed_ticket(), limit)
    assert found is not None and db.file_reads == [0, 1]
    html = dict(found.uploads)["transcript-0042.html"]
    assert b"data:image/png;base64," + b"c3Nz" in html, "the small image travels inside the page"
    assert b"bGxs" not in html, "the large one would not fit"
