"""Opening hours as admins write them, checked at the edges: days, midnight, time zones."""

from datetime import UTC, datetime

import pytest

from core.errors import UserInputError
from core.rules import hours

BERLIN = hours.zone("Europe/Berlin")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-11-23 08:00", True),  # Monday 09:00 in Berlin (UTC+1)
        ("2026-11-23 07:59", False),
        ("2026-11-27 15:59", True),  # Friday 16:59 in Berlin
        ("2026-11-27 16:00", False),  # Friday 17:00: closed
        ("2026-11-28 10:00", True),  # Saturday 11:00
        ("2026-11-28 21:30", True),  # Saturday 22:30, in the window past midnight
        ("2026-11-29 00:30", True),  # Sunday 01:30, still Saturday's late window
        ("2026-11-29 01:00", False),  # Sunday 02:00: ended
    ],
)
def test_is_open(moment, expected):
    windows = hours.parse("Mon-Fri 09:00-17:00; Sat 10:00-12:00; sat 22:00-02:00")
    assert hours.is_open(windows, BERLIN, at(moment)) is expected


def test_next_opening_is_in_the_zone_and_across_the_weekend():
    windows = hours.parse("Mon-Fri 09:00-17:00")
    back = hours.next_opening(windows, BERLIN, at("2026-11-28 12:00"))
    assert back == datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)
    assert hours.next_opening(hours.parse("Daily 00:00-24:00"), BERLIN, at("2026-11-28 12:00")) is not None


def test_ranges_wrap_around_the_week():
    assert hours.parse("Fri-Mon 10:00-11:00;")[0].days == frozenset({4, 5, 6, 0})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("weekdays 9-5", "is not an opening time"),
        ("Mon-Fri 25:00-26:00", "is not a time of day"),
        ("Mon-Fra 09:00-17:00", "“mon-fra” is not a day or range of days"),
        (" ; ", "No opening times given"),
    ],
)
def test_bad_hours_say_how_to_write_them(text, message):
    with pytest.raises(UserInputError, match=message):
        hours.parse(text)


def test_unknown_time_zone():
    with pytest.raises(UserInputError, match="Europe/Berlin"):
        hours.zone("Mars/Olympus")
    with pytest.raises(UserInputError):
        hours.zone("../../etc/passwd")
