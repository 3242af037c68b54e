"""Contract: web revocations (a user's sessions, a ticket's links) on every backend."""

import asyncio
from datetime import UTC, datetime, timedelta

from core.models import Revoked, WebRevocation
from database import RecordKind

BIG = 2**62 + 12345  # a snowflake far above 2**53, where floats lose digits
MOMENT = datetime(2026, 3, 4, 5, 6, 7, 891000, tzinfo=UTC)


async def test_a_revocation_is_kept_per_kind_and_subject_and_only_moves_forward(db):
    assert await db.web_access_revoked_at(Revoked.SESSIONS, BIG) is None
    await db.revoke_web_access(WebRevocation(Revoked.SESSIONS, BIG, MOMENT))
    assert await db.web_access_revoked_at(Revoked.SESSIONS, BIG) == MOMENT
    assert await db.web_access_revoked_at(Revoked.LINKS, BIG) is None, "a ticket with the user's id is another subject"
    assert await db.web_access_revoked_at(Revoked.SESSIONS, BIG + 1) is None
    later = MOMENT + timedelta(minutes=5)
    await db.revoke_web_access(WebRevocation(Revoked.SESSIONS, BIG, later))
    await db.revoke_web_access(WebRevocation(Revoked.SESSIONS, BIG, MOMENT))  # an older one arriving late
    assert await db.web_access_revoked_at(Revoked.SESSIONS, BIG) == later
    await db.revoke_web_access(WebRevocation(Revoked.LINKS, 7, MOMENT))
    assert await db.web_access_revoked_at(Revoked.LINKS, 7) == MOMENT
    stored = [r async for r in db.iter_records(RecordKind.WEB_REVOCATIONS)]
    assert sorted(stored, key=lambda r: r.kind) == [
        WebRevocation(Revoked.LINKS, 7, MOMENT),
        WebRevocation(Revoked.SESSIONS, BIG, later),
    ]
    assert await db.count_records(RecordKind.WEB_REVOCATIONS) == 2


async def test_concurrent_revocations_keep_the_latest(db):
    times = [MOMENT + timedelta(seconds=n) for n in range(8)]
    await asyncio.gather(*(db.revoke_web_access(WebRevocation(Revoked.LINKS, 3, at)) for at in reversed(times)))
    assert await db.web_access_revoked_at(Revoked.LINKS, 3) == times[-1]


async def test_imported_revocations_read_back(db):
    record = WebRevocation(Revoked.SESSIONS, BIG, MOMENT)
    await db.import_records(RecordKind.WEB_REVOCATIONS, [record])
    await db.import_records(RecordKind.WEB_REVOCATIONS, [record])
    assert [r async for r in db.iter_records(RecordKind.WEB_REVOCATIONS)] == [record]
    assert await db.web_access_revoked_at(Revoked.SESSIONS, BIG) == MOMENT
