"""Dates, times, durations and file sizes in a reader's language, through Babel (never ``strftime`` English).

Used where Discord's own ``<t:…>`` timestamps cannot be: transcripts and web pages. Times are shown in
UTC (a stored transcript has no reader's time zone), so a naive ``datetime`` is read as UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_decimal
from babel.units import format_unit

from core.i18n.languages import DEFAULT_LANGUAGE, language_of

# Binary units; their symbols are the same in every catalog language.
_UNITS = ("B", "KB", "MB", "GB", "TB")


@lru_cache(maxsize=64)
def locale_of(language: str) -> Locale:
    """Return Babel's locale for a catalog language (``pt-BR`` is ``pt_BR``), English when unknown."""
    try:
        return Locale.parse(language_of(language), sep="-")
    except (ValueError, UnknownLocaleError):
        return Locale.parse(DEFAULT_LANGUAGE)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def date(moment: datetime, language: str) -> str:
    """Return a day as the language writes it (``Dec 4, 2026``, ``04.12.2026``)."""
    return format_date(_utc(moment).date(), format="medium", locale=locale_of(language))


def date_time(moment: datetime, language: str, *, seconds: bool = False) -> str:
    """Return a moment in UTC as the language writes it, with the zone named (``Dec 4, 2026, 11:38 PM UTC``)."""
    shown = _utc(moment).replace(microsecond=0) if seconds else _utc(moment).replace(second=0, microsecond=0)
    return _date_time(shown, language, seconds)


# A transcript shows thousands of times, most sharing their minute with the one before: formatting one
# through Babel costs ~18 µs, a repeat nothing.
@lru_cache(maxsize=1024)
def _date_time(moment: datetime, language: str, seconds: bool) -> str:
    pattern = "medium" if seconds else "short"
    locale = locale_of(language)
    day = format_date(moment.date(), format="medium", locale=locale)
    clock = format_datetime(moment, format=locale.time_formats[pattern], tzinfo=UTC, locale=locale)
    joined: str = locale.datetime_formats["medium"].format(clock, day)
    return f"{joined} UTC"


def duration(span: timedelta, language: str) -> str:
    """Return a span of time, rounded to its largest unit (``3 hours``, ``3 Stunden``)."""
    return format_timedelta(span, threshold=1, locale=locale_of(language))


def elapsed(start: datetime, end: datetime, language: str) -> str:
    """Return an exact span in the language's short units (``1d 2h 3m``, ``1 T 2h 3 Min.``), seconds only when under a minute."""
    return short_duration(end - start, language)


def short_duration(span: timedelta, language: str) -> str:
    """Return a span as ``elapsed`` writes it: days, hours and minutes in the language's short units."""
    seconds = int(span.total_seconds())
    days, seconds = divmod(seconds, 86_400)
    hours, seconds = divmod(seconds, 3_600)
    minutes, seconds = divmod(seconds, 60)
    locale = locale_of(language)
    parts = [
        format_unit(amount, unit, length="narrow", locale=locale)
        for amount, unit in ((days, "duration-day"), (hours, "duration-hour"), (minutes, "duration-minute"))
        if amount
    ]
    return " ".join(parts) or format_unit(seconds, "duration-second", length="narrow", locale=locale)


def file_size(size: int, language: str) -> str:
    """Return a byte count in binary units with the language's decimal sign (``1.5 MB``, ``1,5 MB``)."""
    value = float(size)
    unit = 0
    while value >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    number = format_decimal(round(value, 1), format="#,##0.#", locale=locale_of(language))
    return f"{number} {_UNITS[unit]}"
