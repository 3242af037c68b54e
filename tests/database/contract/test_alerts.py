"""A ticket's post in the staff alert channel, on every backend."""

from tests.database.contract.helpers import BIG, open_ticket


async def test_a_tickets_alert_post_is_remembered(db):
    ticket = await open_ticket(db)
    assert ticket.alert_message_id is None
    await db.set_alert_message(ticket.id, BIG + 77)
    assert (await db.get_ticket(ticket.id)).alert_message_id == BIG + 77
