"""A clock the tests move by hand, for timed work (auto-close, response targets)."""

from __future__ import annotations

from datetime import datetime, timedelta


class Clock:
    """Stands at ``start`` until a test moves it, in hours after ``start``."""

    def __init__(self, start: datetime) -> None:
        self.start = self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, hours: float) -> datetime:
        self.now = self.start + timedelta(hours=hours)
        return self.now
