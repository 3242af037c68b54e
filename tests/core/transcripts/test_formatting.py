"""Dates, durations and sizes in the reader's language, through Babel."""

from datetime import UTC, datetime, timedelta

from core.i18n.formatting import date, date_time, duration, file_size

MOMENT = datetime(2026, 12, 4, 23, 38, 5, tzinfo=UTC)


def test_dates_follow_the_language() -> None:
    assert date(MOMENT, "de") == "04.12.2026"
    assert date_time(MOMENT, "de") == "04.12.2026, 23:38 UTC"
    assert (
        date_time(MOMENT.replace(tzinfo=None), "en", seconds=True).replace("\u202f", " ")
        == "Dec 4, 2026, 11:38:05 PM UTC"
    )


def test_unknown_languages_read_english() -> None:
    assert date(MOMENT, "xx") == "Dec 4, 2026"


def test_durations_and_sizes() -> None:
    assert duration(timedelta(hours=3), "es") == "3 horas"
    assert file_size(1572864, "en") == "1.5 MB"
    assert file_size(1572864, "fr").replace("\u202f", " ") == "1,5 MB"
    assert file_size(12, "de") == "12 B"
