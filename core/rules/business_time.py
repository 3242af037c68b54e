"""Business time: how much of a span falls in a type's opening hours, and when a target in them falls due.

An answer owed at 23:00 on a Friday is not late when the team works Monday to Friday, 9 to 17. Opening
hours are read on the local clock (``core.rules.hours``): an instant is open when its local time falls in a
window, so on the day clocks go forward a window keeps its local start and end and is an hour shorter, and
on the day they go back it is an hour longer. Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from core.rules.hours import Window, parse, zone

Span = tuple[datetime, datetime]  # [start, end) in UTC
_DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)
# How far ahead a target is looked for: hours that open less than once a year never bring it due.
HORIZON = timedelta(days=400)


@dataclass(frozen=True, slots=True)
class Hours:
    """A type's opening hours in its time zone; no windows means always open (business time is wall time)."""

    windows: tuple[Window, ...]
    tz: ZoneInfo

    @classmethod
    def of(cls, text: str | None, timezone: str) -> Hours:
        """Parse a type's stored hours (already checked when saved); None is always open."""
        return cls(parse(text) if text else (), zone(timezone))

    @property
    def always(self) -> bool:
        """Whether every moment counts (no opening hours were set)."""
        return not self.windows


ALWAYS = Hours((), ZoneInfo("UTC"))


def seconds(hours: Hours, start: datetime, end: datetime) -> float:
    """Return the seconds of ``[start, end)`` that fall in the opening hours (0 when end is not after start)."""
    if end <= start:
        return 0.0
    if hours.always:
        return (end - start).total_seconds()
    return sum((b - a).total_seconds() for a, b in open_spans(hours, start, end))


def deadline(hours: Hours, start: datetime, target: timedelta) -> datetime | None:
    """Return when ``target`` of opening hours will have passed since ``start``; None when not within a year."""
    if hours.always:
        return start + target
    left = target
    chunk_start = start
    while chunk_start < start + HORIZON:
        chunk_end = chunk_start + timedelta(days=14)
        for a, b in open_spans(hours, chunk_start, chunk_end):
            if b - a >= left:
                return a + left
            left -= b - a
        chunk_start = chunk_end
    return None


def open_spans(hours: Hours, start: datetime, end: datetime) -> list[Span]:
    """Return the open parts of ``[start, end)``, in order, none overlapping or touching."""
    found: list[Span] = []
    for seg_start, seg_end, offset in _offsets(hours.tz, start, end):
        # Within a segment the local clock reads UTC + offset, so a window's local span maps back directly.
        first = (seg_start + offset).date() - _DAY
        last = (seg_end + offset).date()
        day = first
        while day <= last:
            for window in hours.windows:
                if day.weekday() in window.days:
                    begins = datetime.combine(day, window.start, UTC) - offset
                    a, b = max(begins, seg_start), min(begins + window.length, seg_end)
                    if a < b:
                        found.append((a, b))
            day += _DAY
    return _merged(found)


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _offsets(tz: ZoneInfo, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime, timedelta]]:
    """Split ``[start, end)`` where the zone's UTC offset changes; yield each part with its offset.

    Offsets are probed a day apart and a change is found to the second; zones change at most once a day.
    """
    at = start
    while at < end:
        offset = _offset(tz, at)
        probe = at
        change = end
        while probe < end:
            ahead = min(probe + _DAY, end)
            if _offset(tz, ahead) != offset:
                change = _first_change(tz, probe, ahead, offset)
                break
            probe = ahead
        yield at, change, offset
        at = change


def _first_change(tz: ZoneInfo, low: datetime, high: datetime, offset: timedelta) -> datetime:
    """Return the first second in ``(low, high]`` whose offset differs from ``offset`` (high's does)."""
    while high - low > _SECOND:
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0) if middle.microsecond else middle
        if middle <= low:
            middle = low + _SECOND
        if _offset(tz, middle) != offset:
            high = middle
        else:
            low = middle
    return high


def _offset(tz: ZoneInfo, at: datetime) -> timedelta:
    offset = at.astimezone(tz).utcoffset()
    assert offset is not None
    return offset
