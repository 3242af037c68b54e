"""Keys to the HTTP API, on every backend."""

from datetime import timedelta

from core.models import ApiKey
from tests.database.contract.helpers import BIG, MOMENT


async def test_api_keys_are_found_by_hash_listed_and_revoked_once(db):
    first = await db.create_api_key(ApiKey(0, BIG, "dashboard ✨", "a" * 64, 5, MOMENT))
    second = await db.create_api_key(ApiKey(0, BIG, "backup", "b" * 64, 5, MOMENT))
    await db.create_api_key(ApiKey(0, BIG + 1, "other", "c" * 64, 5, MOMENT))
    assert first.id and second.id > first.id
    assert await db.find_api_key("a" * 64) == first and await db.find_api_key("d" * 64) is None
    assert await db.list_api_keys(BIG) == [first, second]
    assert await db.revoke_api_key(first.id, MOMENT + timedelta(hours=1))
    assert not await db.revoke_api_key(first.id, MOMENT + timedelta(hours=2))
    assert (await db.find_api_key("a" * 64)).revoked_at == MOMENT + timedelta(hours=1)
    assert await db.list_api_keys(BIG) == [second]
