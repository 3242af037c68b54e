"""Which catalog language a web reader gets: their Discord locale when signed in, else ``Accept-Language``, else English."""

from __future__ import annotations

from babel import negotiate_locale

from core.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, language_of

# Babel's negotiation also matches a region to its base language (``de-AT`` reads ``de``).
_AVAILABLE = [code.replace("-", "_") for code in LANGUAGES]


def accepted(header: str | None) -> list[str]:
    """Return an ``Accept-Language`` header's tags by preference (q-values honoured, ``q=0`` and ``*`` dropped)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip()
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and quality > 0:
            ranked.append((-quality, position, tag))
    return [tag for _, _, tag in sorted(ranked)]


def of_request(discord_locale: str | None, header: str | None) -> str:
    """Return the reader's catalog language: the signed-in user's Discord locale, else the header's best, else English."""
    if discord_locale:
        return language_of(discord_locale)
    preferred = [tag.replace("-", "_") for tag in accepted(header)]
    chosen = negotiate_locale(preferred, _AVAILABLE, sep="_")
    return language_of(chosen.replace("_", "-")) if chosen else DEFAULT_LANGUAGE
