"""Business time against hand-worked cases, and against a minute-by-minute count of ``hours.is_open``."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.rules import business_time, hours
from core.rules.business_time import ALWAYS, Hours

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"


def _at(zone: str, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone)).astimezone(UTC)  # type: ignore[misc]


def _hours(text: str, zone: str = BERLIN) -> Hours:
    return Hours.of(text, zone)


def _business(text: str, zone: str, start: datetime, end: datetime) -> timedelta:
    return timedelta(seconds=business_time.seconds(_hours(text, zone), start, end))


def test_a_friday_evening_question_answered_on_monday_morning_waited_two_working_hours():
    weekdays = "Mon-Fri 09:00-17:00"
    friday, monday = _at(BERLIN, 2026, 12, 4, 16, 0), _at(BERLIN, 2026, 12, 7, 10, 0)
    assert _business(weekdays, BERLIN, friday, monday) == timedelta(hours=2)


def test_a_ticket_opened_outside_hours_counts_from_the_opening():
    saturday, monday = _at(BERLIN, 2026, 12, 5, 11, 0), _at(BERLIN, 2026, 12, 7, 9, 30)
    assert _business("Mon-Fri 09:00-17:00", BERLIN, saturday, monday) == timedelta(minutes=30)


def test_a_window_past_midnight_counts_on_both_days():
    friday, saturday = _at(BERLIN, 2026, 12, 4, 23, 0), _at(BERLIN, 2026, 12, 5, 3, 0)
    assert _business("Fri 22:00-02:00", BERLIN, friday, saturday) == timedelta(hours=3)


@pytest.mark.parametrize(
    ("zone", "spring", "autumn"),
    [(BERLIN, (2026, 3, 29), (2026, 10, 25)), (NEW_YORK, (2026, 3, 8), (2026, 11, 1))],
)
def test_windows_keep_their_local_times_across_daylight_saving_changes(zone, spring, autumn):
    night = "daily 00:00-08:00"
    start, end = _at(zone, *spring, 0, 0), _at(zone, *spring, 12, 0)
    assert _business(night, zone, start, end) == timedelta(hours=7), "the clocks skip an hour"
    start, end = _at(zone, *autumn, 0, 0), _at(zone, *autumn, 12, 0)
    assert _business(night, zone, start, end) == timedelta(hours=9), "the clocks repeat an hour"
    day = "daily 09:00-17:00"
    start = _at(zone, *spring, 0, 0)
    assert _business(day, zone, start, start + timedelta(days=2)) == timedelta(hours=16), "daytime is untouched"


def test_always_open_is_wall_time_and_an_empty_span_is_nothing():
    start = datetime(2026, 1, 1, tzinfo=UTC)
    assert business_time.seconds(ALWAYS, start, start + timedelta(hours=5)) == 5 * 3600
    assert business_time.seconds(_hours("daily 09:00-17:00"), start, start) == 0


def test_a_target_falls_due_after_that_much_opening_time():
    weekdays = _hours("Mon-Fri 09:00-17:00")
    friday = _at(BERLIN, 2026, 12, 4, 16, 30)
    assert business_time.deadline(weekdays, friday, timedelta(hours=1)) == _at(BERLIN, 2026, 12, 7, 9, 30)
    assert business_time.deadline(ALWAYS, friday, timedelta(hours=1)) == friday + timedelta(hours=1)


def test_a_target_never_falls_due_when_the_hours_never_open_in_the_coming_year():
    hours_once = _hours("Mon 09:00-09:01")
    start = _at(BERLIN, 2026, 12, 7, 10, 0)
    assert business_time.deadline(hours_once, start, timedelta(hours=1000)) is None


# Around the daylight-saving changes of 2026 in each zone below, and ordinary days.
_STARTS = [
    datetime(2026, 3, 7, tzinfo=UTC),
    datetime(2026, 3, 28, tzinfo=UTC),
    datetime(2026, 4, 4, tzinfo=UTC),
    datetime(2026, 10, 3, tzinfo=UTC),
    datetime(2026, 10, 24, tzinfo=UTC),
    datetime(2026, 10, 31, tzinfo=UTC),
    datetime(2026, 6, 15, tzinfo=UTC),
]
_ZONES = ["UTC", BERLIN, NEW_YORK, "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns"]

windows = st.builds(
    hours.Window,
    st.frozensets(st.integers(0, 6), min_size=1),
    st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
    st.integers(15, 24 * 60).map(lambda m: timedelta(minutes=m)),
)


@settings(max_examples=60, deadline=None)
@given(
    windows=st.lists(windows, min_size=1, max_size=3),
    zone=st.sampled_from(_ZONES),
    start=st.sampled_from(_STARTS),
    offset=st.integers(0, 3 * 24 * 60),
    minutes=st.integers(0, 2 * 24 * 60),
)
def test_business_minutes_match_a_minute_by_minute_count(windows, zone, start, offset, minutes):
    tz = ZoneInfo(zone)
    begin = start + timedelta(minutes=offset)
    reference = sum(hours.is_open(tuple(windows), tz, begin + timedelta(minutes=m)) for m in range(minutes))
    assert business_time.seconds(Hours(tuple(windows), tz), begin, begin + timedelta(minutes=minutes)) == reference * 60


@settings(max_examples=60, deadline=None)
@given(
    windows=st.lists(windows, min_size=1, max_size=3),
    zone=st.sampled_from(_ZONES),
    start=st.sampled_from(_STARTS),
    offset=st.integers(0, 3 * 24 * 60),
    target=st.integers(1, 24 * 60),
)
def test_a_deadline_is_the_first_moment_with_that_much_business_time(windows, zone, start, offset, target):
    open_hours = Hours(tuple(windows), ZoneInfo(zone))
    begin = start + timedelta(minutes=offset)
    due = business_time.deadline(open_hours, begin, timedelta(minutes=target))
    if due is None:  # hours that open rarely: not that much business time within the horizon
        assert business_time.seconds(open_hours, begin, begin + business_time.HORIZON) < target * 60
        return
    assert business_time.seconds(open_hours, begin, due) == target * 60
    assert business_time.seconds(open_hours, begin, due - timedelta(seconds=1)) < target * 60
    assert hours.is_open(open_hours.windows, open_hours.tz, due - timedelta(seconds=1))
