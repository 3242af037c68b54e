"""Opening hours: when staff take tickets of a type, written the way an admin would say it.

``Mon-Fri 09:00-17:00; Sat 10:00-14:00`` in a time zone such as ``Europe/Berlin``. A window whose end is
not after its start runs past midnight (``Fri 22:00-02:00``). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.errors import UserInputError
from core.i18n import t

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WINDOW = re.compile(r"(?P<days>[a-z]{3}(?:-[a-z]{3})?|daily)\s+(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})")


@dataclass(frozen=True, slots=True)
class Window:
    """Days of the week (0 = Monday) on which staff are there from ``start`` for ``length``."""

    days: frozenset[int]
    start: time
    length: timedelta


def zone(name: str) -> ZoneInfo:
    """Return the time zone an admin named, or say how to name one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserInputError(t("hours-zone-unknown", zone=name)) from None


def parse(text: str) -> tuple[Window, ...]:
    """Parse opening hours, or raise UserInputError saying what is wrong and how to write them."""
    windows = []
    parts = [p.strip().lower() for p in text.split(";") if p.strip()]
    if not parts:
        raise UserInputError(t("hours-empty"))
    for part in parts:
        match = _WINDOW.fullmatch(part)
        if match is None:
            raise UserInputError(t("hours-window-invalid", window=part))
        start, end = _clock(match["start"]), _clock(match["end"])
        length = end - start if end > start else end + timedelta(days=1) - start
        windows.append(Window(_days(match["days"]), time(start.seconds // 3600, start.seconds % 3600 // 60), length))
    return tuple(windows)


def _clock(text: str) -> timedelta:
    hours, minutes = (int(n) for n in text.split(":"))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise UserInputError(t("hours-time-invalid", time=text))
    return timedelta(hours=hours, minutes=minutes)


def _days(text: str) -> frozenset[int]:
    if text == "daily":
        return frozenset(range(7))
    first, _, last = text.partition("-")
    if first not in DAYS or (last and last not in DAYS):
        raise UserInputError(t("hours-days-invalid", days=text))
    start, end = DAYS.index(first), DAYS.index(last or first)
    return frozenset((start + n) % 7 for n in range((end - start) % 7 + 1))


def is_open(windows: tuple[Window, ...], tz: ZoneInfo, now: datetime) -> bool:
    """Whether ``now`` falls in any window (a window that began yesterday may still run)."""
    local = now.astimezone(tz)
    for window in windows:
        for back in (0, 1):
            day = local.date() - timedelta(days=back)
            if day.weekday() in window.days:
                begins = datetime.combine(day, window.start, tz)
                if begins <= local < begins + window.length:
                    return True
    return False


def next_opening(windows: tuple[Window, ...], tz: ZoneInfo, now: datetime) -> datetime | None:
    """Return when the next window begins after ``now``, within a week."""
    local = now.astimezone(tz)
    starts = [
        datetime.combine(local.date() + timedelta(days=ahead), window.start, tz)
        for ahead in range(8)
        for window in windows
        if (local.date() + timedelta(days=ahead)).weekday() in window.days
    ]
    later = [s for s in starts if s > local]
    return min(later) if later else None
