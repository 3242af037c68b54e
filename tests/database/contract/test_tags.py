"""Saved replies (tags), on every backend: unique names regardless of case, counters, and full-text search."""

from dataclasses import replace
from datetime import timedelta

import pytest

from core.errors import StorageConflict
from core.models import Tag, TagCount
from tests.database.contract.helpers import BIG, MOMENT


def saved(name, content, guild_id=BIG, type_ids=()):
    return Tag(0, guild_id, name, content, BIG + 9, MOMENT, MOMENT, type_ids=type_ids)


async def test_tags_are_unique_by_name_in_any_case_and_listed_by_name(db):
    refund = await db.create_tag(saved("Refund ✨", "Refunds take **5 days**.", type_ids=(3, BIG)))
    hello = await db.create_tag(saved("hello", "Hi {opener}!"))
    other = await db.create_tag(saved("refund ✨", "Elsewhere", guild_id=BIG + 1))
    assert refund.id and hello.id > refund.id and other.id
    with pytest.raises(StorageConflict) as taken:
        await db.create_tag(saved("REFUND ✨", "again"))
    assert taken.value.code == "tag_name_taken"
    assert await db.list_tags(BIG) == [hello, refund]
    assert (await db.list_tags(BIG))[1].type_ids == (3, BIG)
    assert await db.list_tags(BIG + 2) == []


async def test_a_tag_is_changed_renamed_and_deleted_in_its_own_server_only(db):
    refund = await db.create_tag(saved("refund", "old"))
    hello = await db.create_tag(saved("hello", "Hi"))
    later = MOMENT + timedelta(minutes=1)
    changed = Tag(refund.id, BIG, "Refunds", "new", refund.created_by, MOMENT, later, type_ids=(4,))
    assert await db.update_tag(changed)
    assert (await db.list_tags(BIG))[1] == changed
    with pytest.raises(StorageConflict):
        await db.update_tag(Tag(hello.id, BIG, "REFUNDS", "x", 1, MOMENT, later))
    assert not await db.update_tag(Tag(refund.id, BIG + 1, "stolen", "x", 1, MOMENT, later))
    assert not await db.delete_tag(BIG + 1, refund.id)
    assert await db.delete_tag(BIG, refund.id)
    assert not await db.delete_tag(BIG, refund.id)
    assert not await db.update_tag(changed)
    assert await db.list_tags(BIG) == [hello]


async def test_tag_counters_add_one_each(db):
    tag = await db.create_tag(saved("refund", "text"))
    for count in (TagCount.USES, TagCount.USES, TagCount.SOLVED, TagCount.OPENED_ANYWAY):
        await db.count_tag(BIG, tag.id, count)
    await db.count_tag(BIG + 1, tag.id, TagCount.USES)  # another server's id: nothing
    await db.count_tag(BIG, tag.id + 100, TagCount.USES)  # a deleted tag: nothing
    (found,) = await db.list_tags(BIG)
    assert (found.uses, found.solved, found.opened_anyway) == (2, 1, 1)


async def test_tags_are_searched_by_their_words_in_their_server_only(db):
    refund = await db.create_tag(saved("refund", "How to get your money back for an order"))
    await db.create_tag(saved("password", "Reset your password from the account settings"))
    await db.create_tag(saved("refund", "money money money", guild_id=BIG + 1))
    found = await db.search_tags(BIG, ["Money", "ORDER"], 5)
    assert found == [refund]
    assert {t.name for t in await db.search_tags(BIG, ["password", "money"], 5)} == {"refund", "password"}
    assert len(await db.search_tags(BIG, ["password", "money"], 1)) == 1
    assert await db.search_tags(BIG, ["nothing"], 5) == []
    assert await db.search_tags(BIG, [], 5) == []
    assert await db.search_tags(BIG, ['"', "OR", "NEAR(", "*"], 5) == []  # no word is an operator
    renamed = replace(refund, content="Invoices only")
    assert await db.update_tag(renamed)
    assert await db.search_tags(BIG, ["money"], 5) == []
    assert await db.search_tags(BIG, ["invoices"], 5) == [renamed]
    assert await db.delete_tag(BIG, refund.id)
    assert await db.search_tags(BIG, ["invoices"], 5) == []
