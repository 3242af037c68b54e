"""Ticket types as rules, with no I/O: what a type changes, who may open it, and what an admin may set.

A type's unset fields fall back to the server's settings; ``effective`` lays a type over them and returns
the ``TicketRules`` a ticket follows, which the place, its overwrites and the staff check read for typed
and typeless tickets alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TypeVar

from core.errors import UserInputError
from core.i18n import Text, t
from core.i18n.languages import LANGUAGES
from core.models import GuildConfig, Question, QuestionStyle, TicketRules, TicketType, TypeVariant
from core.rules import hours, names
from core.rules.naming import validate_channel_name_template
from core.rules.policy import Actor, is_staff

T = TypeVar("T")

MAX_TYPES = 25  # a select menu's options
MAX_QUESTIONS = 5  # a modal's inputs
MAX_CHOICES = 25
WELCOME_FIELDS = frozenset({"user", "type", "number", "server"})
# How many choices each kind of choice question takes (Discord's limits for the input that asks it).
CHOICE_LIMITS = {QuestionStyle.CHOICE: (1, 25), QuestionStyle.RADIO: (2, 10), QuestionStyle.CHECKBOXES: (1, 10)}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
MAX_NAME = 50
_CUSTOM_EMOJI = re.compile(r"<a?:\w{2,32}:\d{15,21}>")


def effective(config: GuildConfig, ticket_type: TicketType | None) -> TicketRules:
    """Return the rules a ticket of ``ticket_type`` follows (with no type, the server's settings alone)."""
    server = TicketRules(
        staff_role_ids=tuple(config.staff_role_ids),
        blocked_ids=tuple(config.blocked_ids),
        ticket_category_id=config.ticket_category_id,
        overflow_category_id=config.overflow_category_id,
        thread_channel_id=None,
        log_channel_id=config.log_channel_id,
        close_action=config.close_action,
        archive_category_id=config.archive_category_id,
        claim_mode=config.claim_mode,
        auto_close_hours=config.auto_close_hours,
        auto_close_warning_hours=config.auto_close_warning_hours,
        idle_counts=config.idle_counts,
        confirm_close=config.confirm_close,
        ask_rating=config.ask_rating,
        channel_name_template=config.channel_name_template,
        welcome_message=config.welcome_message,
        language=config.language,
    )
    if ticket_type is None:
        return server
    return replace(
        server,
        staff_role_ids=ticket_type.staff_role_ids or server.staff_role_ids,
        ticket_category_id=ticket_type.category_id or server.ticket_category_id,
        # A type with its own category overflows only where the type says, not into the server's overflow.
        overflow_category_id=ticket_type.overflow_category_id
        or (None if ticket_type.category_id else server.overflow_category_id),
        thread_channel_id=ticket_type.thread_channel_id,
        claim_mode=ticket_type.claim_mode or server.claim_mode,
        auto_close_hours=_either(ticket_type.auto_close_hours, server.auto_close_hours),
        auto_close_warning_hours=_either(ticket_type.auto_close_warning_hours, server.auto_close_warning_hours),
        idle_counts=ticket_type.idle_counts or server.idle_counts,
        confirm_close=_either(ticket_type.confirm_close, server.confirm_close),
        channel_name_template=ticket_type.channel_name_template or server.channel_name_template,
        welcome_message=ticket_type.welcome_message or server.welcome_message,
        language=ticket_type.language or server.language,
        ask_rating=_either(ticket_type.ask_rating, server.ask_rating),
        alert_channel_id=ticket_type.alert_channel_id,
    )


def _either(own: T | None, server: T) -> T:
    """Return a type's own setting where it has one (0 and False count), else the server's."""
    return server if own is None else own


def find(types: Sequence[TicketType], type_id: int | None) -> TicketType | None:
    """Return the type with this id; with no id, the server's first type (what a typeless panel opens)."""
    if type_id is None:
        return types[0] if types else None
    return next((t for t in types if t.id == type_id), None)


def named(types: Sequence[TicketType], name: str) -> TicketType:
    """Return the type an admin or member named (read as ``names`` reads names), or say which names exist."""
    wanted = names.key(name)
    for ticket_type in types:
        if names.key(ticket_type.name) == wanted:
            return ticket_type
    known = ", ".join(f"“{t.name}”" for t in types)
    raise UserInputError(t("type-unknown", name=names.clean(name), known=known, count=len(types)))


def listed(types: Sequence[TicketType], text: str) -> list[TicketType]:
    """Return the types a list such as ``Billing, Reports`` names, in order and each once.

    Entries are separated by commas; a type whose name holds a comma is read whole (the longest name
    that fits wins), and ``validate`` keeps any name from also reading as a list of others.
    """
    pieces = text.split(",")
    chosen: list[TicketType] = []
    start = 0
    while start < len(pieces):
        end, found = _longest(types, pieces, start)
        if found is None and names.clean(pieces[start]):
            named(types, pieces[start])  # raises, saying which types exist
        if found is not None and all(t.id != found.id for t in chosen):
            chosen.append(found)
        start = end
    return chosen


def list_suggestions(types: Sequence[TicketType], typed: str, limit: int = 100) -> list[str]:
    """Return ways to finish a list of types being typed: what is typed so far, then one more type's name.

    The entry being typed starts after the earliest comma from which some type's name holds the rest
    (so ``Billing, Refunds, ret`` finishes as ``Billing, Refunds, returns`` when a type is so named).
    Suggestions longer than ``limit`` (Discord's for a choice) are left out.
    """
    pieces = typed.split(",")
    for start in range(len(pieces)):
        head, partial = ",".join(pieces[:start]), names.key(",".join(pieces[start:]))
        fitting = [t for t in types if partial in names.key(t.name)]
        if fitting:
            try:
                before = {t.id for t in listed(types, head)}
            except UserInputError:
                before = set()
            whole = [f"{names.clean(head)}, {t.name}" if start else t.name for t in fitting if t.id not in before]
            return [text for text in whole if len(text) <= limit][:25]
    return []


def _longest(types: Sequence[TicketType], pieces: Sequence[str], start: int) -> tuple[int, TicketType | None]:
    """Return where the longest type name that starts at ``pieces[start]`` ends, and its type (None: no type)."""
    for end in range(len(pieces), start, -1):
        if found := _exactly(types, ",".join(pieces[start:end])):
            return end, found
    return start + 1, None


def _exactly(types: Sequence[TicketType], name: str) -> TicketType | None:
    wanted = names.key(name)
    return next((t for t in types if wanted and names.key(t.name) == wanted), None)


def _read_as_others(types: Sequence[TicketType], ticket_type: TicketType) -> list[str] | None:
    """Return the names of other types that ``ticket_type``'s name, split at its commas, also reads as."""
    pieces = ticket_type.name.split(",")
    others = [t for t in types if t is not ticket_type]

    def read(start: int) -> list[str] | None:
        if start == len(pieces):
            return []
        for end in range(len(pieces), start, -1):
            found = _exactly(others, ",".join(pieces[start:end])) if end - start < len(pieces) else None
            if found is not None and (rest := read(end)) is not None:
                return [found.name, *rest]
        return None

    return read(0) if len(pieces) > 1 else None


def opening_refusal(actor: Actor, ticket_type: TicketType | None, rules: TicketRules, now: datetime) -> Text | None:
    """Return why ``actor`` may not open this type now, or None; staff may open any, at any time.

    In order: the server's blacklist, the type's required roles, its opening hours (unless a bypass role).
    """
    if is_staff(actor, rules):
        return None
    if actor.id in rules.blocked_ids or not actor.role_ids.isdisjoint(rules.blocked_ids):
        return t("open-refused-blocked")
    if ticket_type is None:
        return None
    if ticket_type.required_role_ids and actor.role_ids.isdisjoint(ticket_type.required_role_ids):
        roles = ", ".join(f"<@&{r}>" for r in ticket_type.required_role_ids)
        return t("open-refused-role", roles=roles, type=ticket_type.name)
    if ticket_type.hours and actor.role_ids.isdisjoint(ticket_type.bypass_role_ids):
        windows, tz = hours.parse(ticket_type.hours), hours.zone(ticket_type.timezone)
        if not hours.is_open(windows, tz, now):
            back = hours.next_opening(windows, tz, now)
            return t(
                "open-refused-hours",
                type=ticket_type.name,
                hours=ticket_type.hours,
                timezone=ticket_type.timezone,
                known="yes" if back else "no",
                back=discord_time(back) if back else "",
            )
    return None


def discord_time(moment: datetime) -> str:
    """Return a timestamp Discord shows in each reader's own time zone, as relative time (``in 3 hours``)."""
    return f"<t:{int(moment.timestamp())}:R>"


def has_targets(ticket_type: TicketType | None) -> bool:
    """Whether a type sets a response or resolution target (``core.analytics.targets``)."""
    return ticket_type is not None and bool(
        ticket_type.response_target_minutes or ticket_type.resolution_target_minutes
    )


def staff_anywhere(actor: Actor, config: GuildConfig, types: Sequence[TicketType]) -> bool:
    """Whether ``actor`` is staff of the server or of any of its types (what staff-wide tools ask)."""
    return is_staff(actor, effective(config, None)) or any(is_staff(actor, effective(config, t)) for t in types)


def openable(types: Sequence[TicketType], config: GuildConfig, actor: Actor, now: datetime) -> list[TicketType]:
    """Return the types ``actor`` may open now, in order (for suggestions; the open checks again)."""
    return [t for t in types if opening_refusal(actor, t, effective(config, t), now) is None]


def cooldown_left(ticket_type: TicketType | None, last_opened: datetime | None, now: datetime) -> timedelta | None:
    """Return how long the member must still wait before opening this type again, or None."""
    if ticket_type is None or not ticket_type.cooldown_seconds or last_opened is None:
        return None
    left = last_opened + timedelta(seconds=ticket_type.cooldown_seconds) - now
    return left if left > timedelta(0) else None


def welcome_for(ticket_type: TicketType | None, language: str | None, own: str) -> str:
    """Return the welcome an opener who reads ``language`` gets: the type's variant in it, else ``own``."""
    variant = ticket_type.variants.get(language or "") if ticket_type else None
    return variant.welcome_message if variant and variant.welcome_message else own


def questions_for(ticket_type: TicketType, language: str | None) -> tuple[Question, ...]:
    """Return the form an opener who reads ``language`` fills in: the type's variant in it, else its own."""
    variant = ticket_type.variants.get(language or "")
    return variant.questions if variant and variant.questions else ticket_type.questions


def with_variant(
    ticket_type: TicketType,
    language: str,
    *,
    welcome_message: str | None = None,
    questions: tuple[Question, ...] | None = None,
) -> dict[str, TypeVariant]:
    """Return a type's variants with ``language``'s welcome or questions replaced ("" / (): removed).

    A variant left with neither is dropped; ``validate`` checks what is kept.
    """
    if language not in LANGUAGES:
        raise UserInputError(t("type-variant-language-unknown", language=language))
    current = ticket_type.variants.get(language, TypeVariant())
    changed = replace(
        current,
        welcome_message=current.welcome_message if welcome_message is None else welcome_message or None,
        questions=current.questions if questions is None else questions,
    )
    kept = {code: variant for code, variant in ticket_type.variants.items() if code != language}
    if changed.welcome_message or changed.questions:
        kept[language] = changed
    return kept


def fill(template: str, values: dict[str, str]) -> str:
    """Fill a template's ``{placeholders}`` from ``values``; braces that are not placeholders stay as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), template)


def unknown_placeholders(template: str, known: frozenset[str]) -> list[str]:
    """Return the ``{placeholders}`` a template uses that are not in ``known``, sorted."""
    return sorted({m[1] for m in _PLACEHOLDER.finditer(template)} - known)


def render_welcome(template: str, *, user: str, type_name: str, number: str, server: str) -> str:
    """Fill a welcome message's placeholders; braces that are not placeholders stay as written."""
    return fill(template, {"user": user, "type": type_name, "number": number, "server": server})


def validate_welcome(template: str) -> None:
    """Raise UserInputError when a welcome message uses a placeholder that does not exist."""
    unknown = unknown_placeholders(template, WELCOME_FIELDS)
    if unknown:
        raise UserInputError(t("type-welcome-unknown-placeholder", placeholder="{" + unknown[0] + "}"))


def validate_auto_close(rules: TicketRules) -> None:
    """Raise UserInputError when a ticket's rules warn at or after the inactivity close."""
    hours, warning = rules.auto_close_hours, rules.auto_close_warning_hours
    if hours and warning and warning >= hours:
        raise UserInputError(t("type-auto-close-warning-late", warning=f"{warning:g}", hours=f"{hours:g}"))


def validate(ticket_type: TicketType, others: Sequence[TicketType]) -> None:
    """Raise UserInputError naming the first thing an admin must fix in a type."""
    if problem := names.problem(ticket_type.name, "type", MAX_NAME):
        raise UserInputError(problem)
    if any(names.key(t.name) == names.key(ticket_type.name) for t in others):
        raise UserInputError(t("error-type-name-taken", name=ticket_type.name))
    _refuse_clashes(ticket_type, others)
    if ticket_type.id == 0 and len(others) >= MAX_TYPES:
        raise UserInputError(t("type-too-many", limit=MAX_TYPES))
    if ticket_type.emoji and not valid_emoji(ticket_type.emoji):
        raise UserInputError(t("type-emoji-invalid"))
    if len(ticket_type.description) > 100:
        raise UserInputError(t("type-description-too-long"))
    if ticket_type.channel_name_template:
        validate_channel_name_template(ticket_type.channel_name_template)
    if ticket_type.welcome_message:
        validate_welcome(ticket_type.welcome_message)
    if ticket_type.max_open is not None and not 1 <= ticket_type.max_open <= 25:
        raise UserInputError(t("type-limit-invalid"))
    if not 0 <= ticket_type.cooldown_seconds <= 7 * 86_400:
        raise UserInputError(t("type-cooldown-invalid"))
    if ticket_type.hours:
        hours.parse(ticket_type.hours)
    hours.zone(ticket_type.timezone)
    if len(ticket_type.questions) > MAX_QUESTIONS:
        raise UserInputError(t("type-too-many-questions", limit=MAX_QUESTIONS))
    for question in ticket_type.questions:
        validate_question(question)
    if ticket_type.language and ticket_type.language not in LANGUAGES:
        raise UserInputError(t("type-variant-language-unknown", language=ticket_type.language))
    for language, variant in ticket_type.variants.items():
        if language not in LANGUAGES:
            raise UserInputError(t("type-variant-language-unknown", language=language))
        if variant.welcome_message:
            validate_welcome(variant.welcome_message)
        if len(variant.questions) > MAX_QUESTIONS:
            raise UserInputError(t("type-too-many-questions", limit=MAX_QUESTIONS))
        for question in variant.questions:
            validate_question(question)


# Below U+2000 only these are emoji, and only shown as one (U+FE0F) or as a keycap (U+20E3): 1️⃣ #️⃣ ©️ ®️.
_EMOJI_BELOW_2000 = frozenset("0123456789#*©®")


def valid_emoji(text: str) -> bool:
    """Whether Discord accepts ``text`` as a button's emoji: a server emoji, or a short run of emoji characters."""
    if _CUSTOM_EMOJI.fullmatch(text):
        return True
    shown_as_emoji = "\ufe0f" in text or "\u20e3" in text
    return 0 < len(text) <= 8 and all(ord(c) > 0x2000 or (shown_as_emoji and c in _EMOJI_BELOW_2000) for c in text)


def validate_question(question: Question) -> None:
    """Raise UserInputError when Discord would refuse the question in a modal."""
    if not 1 <= len(question.label) <= 45:
        raise UserInputError(t("question-label-length"))
    if len(question.placeholder) > 100:
        raise UserInputError(t("question-placeholder-too-long"))
    if question.style in CHOICE_LIMITS:
        low, high = CHOICE_LIMITS[question.style]
        if not low <= len(question.choices) <= high:
            raise UserInputError(t("question-choice-count", style=question.style.value, low=low, high=high))
        if any(not 1 <= len(c) <= 100 for c in question.choices) or len(set(question.choices)) < len(question.choices):
            raise UserInputError(t("question-choice-invalid"))
    elif question.choices:
        raise UserInputError(t("question-choices-not-taken", style=question.style.value))
    if not 1 <= question.max_length <= 4000:
        raise UserInputError(t("question-max-length-invalid"))
    if not 0 <= question.min_length <= question.max_length:
        raise UserInputError(t("question-min-length-invalid"))


def _refuse_clashes(ticket_type: TicketType, others: Sequence[TicketType]) -> None:
    """Refuse a name that would make a list of types (``/panel send types:``) read two ways."""
    everyone = [*others, ticket_type]
    for candidate in everyone:
        read = _read_as_others(everyone, candidate)
        if read and (candidate is ticket_type or _read_as_others(others, candidate) is None):
            quoted = [f"“{n}”" for n in read]
            raise UserInputError(
                t("type-name-ambiguous", name=candidate.name, others=", ".join(quoted[:-1]), last=quoted[-1])
            )
