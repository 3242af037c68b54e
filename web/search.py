"""Reading a search for a server's tickets from a query string (the viewer's list page and the HTTP API)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from core.i18n import Text, t
from core.models import (
    PRIORITY_RANK,
    Label,
    Ticket,
    TicketPriority,
    TicketSearch,
    TicketStatus,
    TicketType,
    WaitingOn,
)
from core.rules import names
from database.contract import LabelStore
from web.edge import whole_number


def id_text(typed: str) -> str:
    """Take `#`, a mention's `<@…>` and spaces off a typed member or ticket id."""
    return typed.strip().lstrip("#").removeprefix("<@").removesuffix(">").lstrip("!")


def search_from(
    query: Mapping[str, str], guild_id: int, types: Sequence[TicketType], labels: Sequence[Label] = ()
) -> tuple[TicketSearch, list[Text]]:
    """Read the list page's search form; what cannot be read is named and left out."""
    problems: list[Text] = []

    def number(field: str) -> int | None:
        text = id_text(query.get(field, ""))
        if not text:
            return None
        value = whole_number(text)
        if value is not None:
            return value
        problems.append(t("web-search-not-a-number", field=field))
        return None

    def rank(field: str) -> int | None:
        text = query.get(field, "")
        if not text:
            return None
        value = next((r for r in PRIORITY_RANK.values() if str(r) == text), None)
        if value is None:  # Low's rank is 0, which is no page number
            problems.append(t("web-search-not-a-number", field=field))
        return value

    def day(field: str) -> datetime | None:
        text = query.get(field, "").strip()
        if not text:
            return None
        try:
            return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            problems.append(t("web-search-not-a-date", field=field))
            return None

    type_name = query.get("type", "")
    kind = next((t for t in types if names.key(t.name) == names.key(type_name)), None)
    if type_name and kind is None:
        problems.append(t("web-search-no-such-type"))
    status = query.get("status", "")
    statuses = tuple(s for s in TicketStatus if s.value == status)
    if status and not statuses:
        problems.append(t("web-search-no-such-status"))
    priority = query.get("priority", "")
    priorities = tuple(p for p in TicketPriority if p.value == priority)
    if priority and not priorities:
        problems.append(t("web-search-no-such-priority"))
    waiting = query.get("waiting", "")
    waiting_on = next((w for w in WaitingOn if w.value == waiting), None)
    if waiting and waiting_on is None:
        problems.append(t("web-search-no-such-waiting"))
    label_name = query.get("label", "")
    label = next((found for found in labels if names.key(found.name) == names.key(label_name)), None)
    if label_name and label is None:
        problems.append(t("web-search-no-such-label"))
    until = day("to")
    search = TicketSearch(
        guild_id,
        number=number("number"),
        opener_id=number("opener"),
        type_ids=(kind.id,) if kind else None,
        statuses=statuses,
        opened_from=day("from"),
        opened_before=_day_after(until),
        below_number=number("before"),
        priorities=priorities,
        waiting_on=waiting_on,
        label_id=label.id if label else None,
        by_priority=query.get("sort") == "priority",
        below_rank=rank("before_rank") if query.get("sort") == "priority" else None,
    )
    return search, problems


def _day_after(day: datetime | None) -> datetime | None:
    """Return the start of the day after ``day``; None (no bound) after the calendar's last day."""
    try:
        return day + timedelta(days=1) if day else None
    except OverflowError:
        return None


async def label_names(db: LabelStore, tickets: Sequence[Ticket], labels: Sequence[Label]) -> dict[int, list[str]]:
    """Return the names of the labels on each of these tickets (one query for them all)."""
    named = {label.id: label.name for label in labels}
    on = await db.ticket_labels([ticket.id for ticket in tickets])
    return {ticket_id: [named[i] for i in ids if i in named] for ticket_id, ids in on.items()}
