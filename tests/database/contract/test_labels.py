"""A server's labels and the labels on its tickets, on every backend."""

from datetime import timedelta

import pytest

from core.errors import StorageConflict
from core.models import Label, TicketLabel, TicketSearch
from tests.database.contract.helpers import BIG, MOMENT, open_ticket


def made(name, guild_id=BIG):
    return Label(0, guild_id, name, BIG + 9, MOMENT)


async def test_labels_are_unique_by_name_in_any_case_and_deleted_from_their_tickets(db):
    bug = await db.create_label(made("Bug 🐛"))
    refund = await db.create_label(made("refund"))
    elsewhere = await db.create_label(made("bug 🐛", guild_id=BIG + 1))
    assert bug.id and refund.id > bug.id and elsewhere.id
    with pytest.raises(StorageConflict) as taken:
        await db.create_label(made("BUG 🐛"))
    assert taken.value.code == "label_name_taken"
    assert await db.list_labels(BIG) == [bug, refund]

    first, second = await open_ticket(db, opener_id=1), await open_ticket(db, opener_id=2)
    assert await db.add_ticket_label(TicketLabel(first.id, bug.id, MOMENT))
    assert await db.add_ticket_label(TicketLabel(first.id, refund.id, MOMENT + timedelta(seconds=1)))
    assert not await db.add_ticket_label(TicketLabel(first.id, bug.id, MOMENT))
    assert await db.add_ticket_label(TicketLabel(second.id, refund.id, MOMENT))
    assert await db.ticket_labels([first.id, second.id, second.id + 50]) == {
        first.id: [bug.id, refund.id],
        second.id: [refund.id],
    }
    assert await db.ticket_labels([]) == {}
    found = await db.search_tickets(TicketSearch(BIG, label_id=refund.id))
    assert sorted(t.id for t in found) == sorted([first.id, second.id])
    assert [t.id for t in await db.search_tickets(TicketSearch(BIG, label_id=bug.id))] == [first.id]

    assert await db.remove_ticket_label(first.id, refund.id)
    assert not await db.remove_ticket_label(first.id, refund.id)
    assert not await db.delete_label(BIG + 1, bug.id), "another server's id"
    assert await db.delete_label(BIG, bug.id)
    assert not await db.delete_label(BIG, bug.id)
    assert await db.ticket_labels([first.id, second.id]) == {second.id: [refund.id]}
    assert await db.list_labels(BIG) == [refund]
