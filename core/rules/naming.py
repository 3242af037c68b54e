"""Ticket channel names: templates and Discord's channel-name rules."""

from __future__ import annotations

import re
import string

from core.errors import UserInputError
from core.i18n import t

MAX_CHANNEL_NAME = 100
TEMPLATE_FIELDS = frozenset({"number", "username", "type"})
# A format spec such as "04d" or ">8": fill, alignment, zero-padding and a width of at most two digits,
# so that no template can make a huge string (``{number:>10000000}`` would be 10 MB per open).
_SPEC = re.compile(r"(?:.?[<>=^])?0?\d{0,2}[ds]?")

_DISALLOWED = re.compile(r"[^\w-]+")
_DASHES = re.compile(r"-{2,}")


def sanitize_channel_name(name: str) -> str:
    """Lower-case ``name`` and keep what Discord allows in a text channel's name (letters, digits, - and _)."""
    name = _DISALLOWED.sub("-", name.strip().lower().replace(" ", "-"))
    return _DASHES.sub("-", name).strip("-")[:MAX_CHANNEL_NAME].strip("-")


def validate_channel_name_template(template: str) -> None:
    """Raise UserInputError unless ``template`` uses only {number}, {username} and {type} and yields a usable name."""
    try:
        parsed = [(name, spec or "", conversion) for _, name, spec, conversion in string.Formatter().parse(template)]
        fields = {name for name, _, _ in parsed if name is not None}
        for name, spec, conversion in parsed:
            if name is not None and (conversion or not _SPEC.fullmatch(spec)):
                raise UserInputError(
                    t(
                        "naming-format-refused",
                        field="{" + name + "}",
                        padded="{" + name + ":04d}",
                        given="{" + name + ("!" + conversion if conversion else "") + ":" + spec + "}",
                    )
                )
        unknown = fields - TEMPLATE_FIELDS
        if unknown:
            raise UserInputError(t("naming-field-unknown", field="{" + sorted(unknown)[0] + "}"))
        sample = template.format(number=1, username="user", type="type")
    except (ValueError, IndexError, KeyError) as error:
        raise UserInputError(t("naming-invalid", template=repr(template), error=str(error))) from None
    if "number" not in fields and "username" not in fields:
        raise UserInputError(t("naming-needs-number"))
    if not sanitize_channel_name(sample):
        raise UserInputError(t("naming-empty", template=repr(template)))


def ticket_channel_name(template: str, *, number: int, username: str, type_name: str = "ticket") -> str:
    """Render a validated template and make the result a legal channel name."""
    name = template.format(number=number, username=username, type=type_name)
    return sanitize_channel_name(name) or f"ticket-{number:04d}"
