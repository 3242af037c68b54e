"""Records and steps the storage contract tests share: big snowflakes, one moment, opening and closing."""

from datetime import UTC, datetime

from core.models import (
    AuditEntry,
    ClaimMode,
    Closure,
    Panel,
    Question,
    QuestionStyle,
    TicketRequest,
    TicketStatus,
    TicketType,
)

BIG = 2**62 + 12345  # a snowflake far above 2**53, where floats lose digits
MOMENT = datetime(2026, 3, 4, 5, 6, 7, 891000, tzinfo=UTC)  # milliseconds: the bot's precision


def request(guild_id=BIG, opener_id=7, reason="help"):
    return TicketRequest(guild_id=guild_id, opener_id=opener_id, reason=reason, opened_at=MOMENT)


def entry(guild_id=BIG, ticket_id=None, action="ticket_opened", details="opened"):
    return AuditEntry(None, guild_id, ticket_id, 1, action, details, MOMENT)


async def open_ticket(db, guild_id=BIG, opener_id=7, *, channel_id=None, max_open=5, reason="help"):
    ticket = await db.reserve_ticket(request(guild_id, opener_id, reason), max_open)
    await db.activate_ticket(ticket.id, channel_id or BIG - ticket.id, entry(guild_id, ticket.id))
    return await db.get_ticket(ticket.id)


async def close(db, ticket, status=TicketStatus.CLOSED, transcript=None, closed_by=1, reason=None, at=MOMENT):
    assert await db.begin_close(ticket.id, Closure(closed_by, reason, at))
    if transcript is not None:
        await db.save_transcript(transcript)
    return await db.finish_close(ticket.id, status, entry(ticket.guild_id, ticket.id, "ticket_closed"))


def draft_panel(title="Help 🆘"):
    return Panel(0, BIG, BIG + 1, None, title, "Ask", "Open", BIG + 2, MOMENT)


def billing(guild_id=BIG, name="Billing 💳", **options):
    return TicketType(
        0,
        guild_id,
        name,
        emoji="💳",
        description="Invoices and refunds",
        staff_role_ids=(BIG + 1, 5),
        category_id=BIG + 2,
        channel_name_template="bill-{number}",
        welcome_message="Hi {user} — ça va?",
        ping_role_ids=(BIG + 3,),
        max_open=2,
        required_role_ids=(BIG + 4,),
        cooldown_seconds=60,
        hours="Mon-Fri 09:00-17:00",
        timezone="Europe/Berlin",
        bypass_role_ids=(BIG + 8,),
        claim_mode=ClaimMode.CLAIMER_WRITES,
        questions=(
            Question("Order number", placeholder="#1234", max_length=20, min_length=2),
            Question("What happened?", QuestionStyle.PARAGRAPH, required=False),
            Question("Plan", QuestionStyle.CHOICE, choices=("Free", "Pro 🌟")),
        ),
        created_at=MOMENT,
        **options,
    )
