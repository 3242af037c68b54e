"""/doctor: everything that makes ticket bots fail on real servers, checked at once, each with its fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import discord

from core.i18n import Text, render, t
from core.models import CloseAction, GuildConfig, Panel, TicketType
from core.places.permissions import (
    LOG_CHANNEL_NEEDS,
    PANEL_CHANNEL_NEEDS,
    THREAD_CHANNEL_NEEDS,
    TICKET_CATEGORY_NEEDS,
    everyone_can_read,
    missing_in,
)

CATEGORY_LIMIT = 50
GUILD_LIMIT = 500
NEARLY_FULL = 0.9


@dataclass(frozen=True, slots=True)
class Finding:
    """One check: whether it passed, what was checked, and what to do when it did not."""

    ok: bool
    text: Text


def diagnose(
    guild: discord.Guild,
    config: GuildConfig | None,
    application: discord.AppInfo | None,
    panels: Sequence[Panel],
    types: Sequence[TicketType] = (),
    web_problems: Sequence[str] = (),
) -> list[Finding]:
    """Check the application, the bot's permissions and roles, how full every type's categories are, and the web side.

    ``web_problems`` are the process's web settings that switch something off, each with its fix.
    """
    # The web problems are the operator's settings, named as config.yaml names them (English).
    findings = _application(application) + [Finding(False, t("doctor-web", problem=p)) for p in web_problems]
    if config is None or not config.is_set_up:
        return [*findings, Finding(False, t("doctor-not-set-up"))]
    findings += _places(guild, config, panels, types)
    findings += _roles(guild, [*config.staff_role_ids, *(r for t in types for r in t.staff_role_ids)])
    findings.append(_fullness(len(guild.channels), GUILD_LIMIT))
    return findings


def _fullness(used: int, limit: int, place: Text | None = None, channel: str = "") -> Finding:
    """Say how full a category (``place``, at ``channel``) or the server is; nearly full is a problem, with advice."""
    ok = used < limit * NEARLY_FULL
    if place is None:
        return Finding(ok, t("doctor-server-fullness", used=used, limit=limit, full=not ok))
    return Finding(
        ok,
        t("doctor-category-fullness", place=place, channel=channel, used=used, limit=limit, full=not ok),
    )


def _application(application: discord.AppInfo | None) -> list[Finding]:
    if application is None:
        return []
    flags = application.flags
    content = flags.gateway_message_content or flags.gateway_message_content_limited
    findings = [Finding(content, t("doctor-message-content", on=content))]
    endpoint = application.interactions_endpoint_url
    findings.append(
        Finding(
            endpoint is None,
            t("doctor-endpoint-clear") if endpoint is None else t("doctor-endpoint-set", endpoint=endpoint),
        )
    )
    return findings


def _places(
    guild: discord.Guild, config: GuildConfig, panels: Sequence[Panel], types: Sequence[TicketType]
) -> list[Finding]:
    findings = []
    wanted: list[tuple[Text, int | None, discord.Permissions, bool]] = [
        (t("doctor-place", place="category"), config.ticket_category_id, TICKET_CATEGORY_NEEDS, True),
        (t("doctor-place", place="log"), config.log_channel_id, LOG_CHANNEL_NEEDS, False),
    ]
    if config.overflow_category_id:
        wanted.append((t("doctor-place", place="overflow"), config.overflow_category_id, TICKET_CATEGORY_NEEDS, True))
    for ticket_type in types:
        for place, category_id in (
            ("type-category", ticket_type.category_id),
            ("type-overflow", ticket_type.overflow_category_id),
        ):
            if category_id:
                label = t("doctor-place", place=place, type=ticket_type.name)
                wanted.append((label, category_id, TICKET_CATEGORY_NEEDS, True))
        if ticket_type.thread_channel_id:
            label = t("doctor-place", place="type-threads", type=ticket_type.name)
            wanted.append((label, ticket_type.thread_channel_id, THREAD_CHANNEL_NEEDS, False))
    if config.close_action is CloseAction.ARCHIVE:
        wanted.append((t("doctor-place", place="archive"), config.archive_category_id, TICKET_CATEGORY_NEEDS, True))
    wanted += [(t("doctor-place", place="panel"), panel.channel_id, PANEL_CHANNEL_NEEDS, False) for panel in panels]
    for label, channel_id, needs, category in wanted:
        channel = guild.get_channel(channel_id or 0)
        if channel is None:
            findings.append(Finding(False, t("doctor-place-gone", place=label)))
            continue
        missing = missing_in(channel, needs)
        findings.append(
            Finding(
                not missing,
                t("doctor-permissions-ok", channel=channel.mention)
                if not missing
                else t("doctor-permissions-missing", channel=channel.mention, missing=", ".join(missing)),
            )
        )
        if category and isinstance(channel, discord.CategoryChannel):
            findings.append(_fullness(len(channel.channels), CATEGORY_LIMIT, label, channel.mention))
        if label.params.get("place") == "log" and everyone_can_read(channel):
            findings.append(Finding(False, t("doctor-log-public", channel=channel.mention)))
    return findings


def _roles(guild: discord.Guild, staff_role_ids: Sequence[int]) -> list[Finding]:
    findings = []
    top = guild.me.top_role
    for role_id in dict.fromkeys(staff_role_ids):
        role = guild.get_role(role_id)
        if role is None:
            findings.append(Finding(False, t("doctor-staff-role-gone")))
        elif role.is_default():
            findings.append(Finding(False, t("doctor-staff-role-everyone")))
        elif role >= top:
            findings.append(Finding(False, t("doctor-staff-role-high", role=role.mention, top=top.mention)))
    if not findings:
        findings.append(Finding(True, t("doctor-staff-roles-ok")))
    return findings


def report(findings: Sequence[Finding], language: str) -> discord.Embed:
    """Return the findings as one embed, in the reader's language: problems first, each with its fix."""
    problems = [f for f in findings if not f.ok]
    lines = [f"⚠️ {render(f.text, language)}" for f in problems]
    lines += [f"✅ {render(f.text, language)}" for f in findings if f.ok]
    colour = discord.Colour.red() if problems else discord.Colour.green()
    title = render(t("doctor-title", problems=len(problems)), language)
    return discord.Embed(title=title, description="\n".join(lines)[:4096], colour=colour)
