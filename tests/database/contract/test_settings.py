"""A server's settings and its ticket types, on every backend."""

from datetime import timedelta

import pytest

from core.errors import StorageConflict, UserInputError
from core.models import (
    ClaimMode,
    CloseAction,
    GuildConfig,
    IdleCounts,
    LeaveAction,
    Question,
    QuestionStyle,
    TicketType,
    TypeVariant,
    utcnow,
)
from tests.database.contract.helpers import BIG, MOMENT, billing


async def test_guild_config_round_trip(db):
    assert await db.get_guild_config(BIG) is None
    config = GuildConfig(
        guild_id=BIG,
        staff_role_ids=[BIG + 2, BIG + 1],
        ticket_category_id=BIG + 3,
        log_channel_id=BIG + 4,
        archive_category_id=BIG + 5,
        close_action=CloseAction.ARCHIVE,
        overflow_category_id=BIG + 6,
        blocked_ids=[BIG + 7, 8],
        claim_mode=ClaimMode.CLAIMER_ONLY,
        auto_close_hours=48.0,
        auto_close_warning_hours=1.5,
        idle_counts=IdleCounts.ANYONE,
        confirm_close=True,
        on_opener_leave=LeaveAction.CLOSE,
        max_open_tickets=3,
        channel_name_template="🎫-{number}",
        welcome_message="Bienvenue 👋 — ça va?",
        updated_at=MOMENT,
    )
    await db.save_guild_config(config)
    assert await db.get_guild_config(BIG) == config
    changed = GuildConfig(guild_id=BIG, staff_role_ids=[BIG + 9], updated_at=MOMENT)
    await db.save_guild_config(changed)
    assert await db.get_guild_config(BIG) == changed


async def test_ticket_types_round_trip(db):
    assert await db.list_ticket_types(BIG) == []
    first = await db.save_ticket_type(billing())
    plain = await db.save_ticket_type(TicketType(0, BIG, "Appeal", created_at=MOMENT))
    assert first.id and plain.id > first.id
    assert await db.list_ticket_types(BIG) == [first, plain]
    assert await db.list_ticket_types(BIG + 1) == []
    with pytest.raises(StorageConflict) as clash:
        await db.save_ticket_type(TicketType(0, BIG, "APPEAL", created_at=MOMENT))
    assert isinstance(clash.value, UserInputError) and clash.value.code == "type_name_taken"
    assert str(clash.value) == "There is already a ticket type named “APPEAL”."
    assert (await db.save_ticket_type(TicketType(0, BIG + 1, "Appeal", created_at=MOMENT))).id
    renamed = TicketType(plain.id, BIG, "Appeals", welcome_message="x", created_at=MOMENT)
    assert await db.save_ticket_type(renamed) == renamed
    assert await db.save_ticket_type(renamed) == renamed  # the same name is no clash with itself
    await db.delete_ticket_type(first.id)
    assert await db.list_ticket_types(BIG) == [renamed]


async def test_a_types_language_and_its_variants_per_language_round_trip(db):
    german = TypeVariant(
        "Hallo {user} 👋",
        (
            Question("Was ist passiert?", QuestionStyle.PARAGRAPH),
            Question("Tarif", QuestionStyle.CHOICE, choices=("Pro",)),
        ),
    )
    kept = TicketType(
        0,
        BIG,
        "Billing",
        language="fr",
        variants={"de": german, "pt-BR": TypeVariant(questions=(Question("Número do pedido"),))},
        created_at=MOMENT,
    )
    stored = await db.save_ticket_type(kept)
    assert await db.list_ticket_types(BIG) == [stored]
    assert stored.variants["de"] == german
    emptied = TicketType(stored.id, BIG, "Billing", language="", created_at=MOMENT)
    assert await db.save_ticket_type(emptied) == emptied
    assert await db.list_ticket_types(BIG) == [emptied]


def counts(changes):
    return {guild_id: count for guild_id, (count, _) in changes.items()}


async def test_every_change_of_settings_or_types_counts_for_its_server_only(db):
    before = utcnow() - timedelta(seconds=1)
    assert await db.settings_changes(None) == {}
    await db.save_guild_config(GuildConfig(guild_id=BIG, staff_role_ids=[BIG + 1], updated_at=MOMENT))
    assert counts(await db.settings_changes(before)) == {BIG: 1}
    await db.save_guild_config(GuildConfig(guild_id=BIG, staff_role_ids=[BIG + 2], updated_at=MOMENT))
    appeal = await db.save_ticket_type(TicketType(0, BIG, "Appeal", created_at=MOMENT))
    await db.save_ticket_type(TicketType(appeal.id, BIG, "Appeals", created_at=MOMENT))
    await db.save_ticket_type(TicketType(0, BIG + 1, "Appeal", created_at=MOMENT))
    assert counts(await db.settings_changes(before)) == {BIG: 4, BIG + 1: 1}
    await db.delete_ticket_type(appeal.id)
    await db.delete_ticket_type(appeal.id)  # nothing left to forget: nothing changed
    with pytest.raises(StorageConflict):
        await db.save_ticket_type(TicketType(0, BIG + 1, "APPEAL", created_at=MOMENT))
    changes = await db.settings_changes(before)
    assert counts(changes) == counts(await db.settings_changes(None)) == {BIG: 5, BIG + 1: 1}
    stamped = changes[BIG][1]
    assert before < changes[BIG + 1][1] <= stamped <= utcnow()
    assert counts(await db.settings_changes(stamped))[BIG] == 5  # the other may share its millisecond
    assert await db.settings_changes(utcnow() + timedelta(seconds=1)) == {}
