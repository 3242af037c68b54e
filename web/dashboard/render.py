"""How dashboard pages are drawn: the shared layout's context, and the server's roles and channels as pickers.

A picker offers the server as the bot sees it; what ``/setup`` would refuse (@everyone or a role above the
bot's as staff, a log channel everyone can read) is offered disabled, with the command's own reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import discord
from aiohttp import web

from core.i18n import LANGUAGES, Text, render, t
from core.places.permissions import everyone_can_read, role_facts
from core.rules import policy
from web.dashboard.admins import Admin
from web.dashboard.fields import ZONES, Field, Kind, label
from web.pages import TEMPLATES, private_page, words

SECTIONS = ("settings", "types", "panels", "tags", "labels", "blacklist", "keys")


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a picker: its value, what it shows, and why it is refused (empty: it is not)."""

    value: str
    name: str
    refused: str = ""


def page(
    template: str, admin: Admin, section: str, *, status: int = 200, problem: Text | None = None, **context: Any
) -> web.Response:
    """Return a dashboard page: the layout (navigation, the server's sections) around ``template``."""
    language = admin.language

    def said(text: Text | str) -> str:
        return text if isinstance(text, str) else render(text, language)

    body = TEMPLATES.get_template(template).render(
        **words(language),
        said=said,
        guild=admin.guild,
        section=section,
        sections=SECTIONS,
        csrf=admin.session.csrf,
        problem=unmarked(said(problem)) if problem is not None else "",
        field_label=lambda field: said(label(field)),
        hint=lambda field: said(t(field.hint + ".description")) if field.hint else "",
        options=lambda field: pickers(admin.guild, field, language),
        **context,
    )
    response = private_page(body)
    response.set_status(status)
    return response


# Discord's bold and the backslashes that keep names from reading as Markdown, in the commands' sentences.
_MARKS = re.compile(r"\*\*|\\(?=[*_~`|>\\])")


def unmarked(text: str) -> str:
    """Return a command's sentence for a web page: without the Discord Markdown written for a chat."""
    return _MARKS.sub("", text)


def pickers(guild: discord.Guild, field: Field, language: str) -> Sequence[Choice]:
    """Return what a field offers: the server's roles or channels, a choice's values, or the time zones."""
    if field.kind in (Kind.ROLE, Kind.ROLES):
        staff = field.name == "staff_role_ids"
        return [
            Choice(str(role.id), role.name, _refusal(role, language) if staff else "")
            for role in reversed(guild.roles)
            if not role.is_default()
        ]
    if field.kind is Kind.CATEGORY:
        return [Choice(str(c.id), c.name) for c in guild.categories]
    if field.kind is Kind.CHANNEL:
        log = field.name == "log_channel_id"
        return [
            Choice(
                str(c.id),
                "#" + c.name,
                render(t("setup-log-public", channel="#" + c.name), language) if log and everyone_can_read(c) else "",
            )
            for c in guild.text_channels
        ]
    if field.kind is Kind.ZONE:
        return [Choice(zone, zone) for zone in sorted(ZONES)]
    if field.name == "language":
        return [Choice(code, name) for code, name in LANGUAGES.items()]
    return [Choice(value, render(t(f"{field.hint}-choice-{value}"), language)) for value in field.choices]


def _refusal(role: discord.Role, language: str) -> str:
    """Return why /setup would refuse the role as staff, naming it as a page can (no mention)."""
    problem = policy.staff_role_problem(role_facts(role))
    return render(problem, language).replace(role.mention, "@" + role.name) if problem is not None else ""
