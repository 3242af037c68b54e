"""/doctor: everything that makes ticket bots fail on real servers, checked at once, each with its fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import discord

from core.models import CloseAction, GuildConfig, Panel, TicketType
from core.places.permissions import (
    LOG_CHANNEL_NEEDS,
    PANEL_CHANNEL_NEEDS,
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
    text: str


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
    findings = _application(application) + [Finding(False, f"Web side: {problem}") for problem in web_problems]
    if config is None or not config.is_set_up:
        return [*findings, Finding(False, "Tickets are not set up here: run `/setup`.")]
    findings += _places(guild, config, panels, types)
    findings += _roles(guild, [*config.staff_role_ids, *(r for t in types for r in t.staff_role_ids)])
    findings.append(
        _fullness(
            "The server has", len(guild.channels), GUILD_LIMIT, "delete old channels before no ticket can be made"
        )
    )
    return findings


def _fullness(what: str, used: int, limit: int, advice: str) -> Finding:
    """Say how full a category or the server is; nearly full is a problem, with ``advice``."""
    ok = used < limit * NEARLY_FULL
    return Finding(ok, f"{what} {used} of Discord's {limit} channels" + ("." if ok else f": {advice}."))


def _application(application: discord.AppInfo | None) -> list[Finding]:
    if application is None:
        return []
    flags = application.flags
    content = flags.gateway_message_content or flags.gateway_message_content_limited
    findings = [
        Finding(
            content,
            "The Message Content intent is on."
            if content
            else "The Message Content intent is off, so transcripts come out empty: turn on Message Content Intent "
            "in the developer portal under Bot → Privileged Gateway Intents.",
        )
    ]
    endpoint = application.interactions_endpoint_url
    findings.append(
        Finding(
            endpoint is None,
            "Discord sends clicks and commands to this bot."
            if endpoint is None
            else f"An Interactions Endpoint URL is set ({endpoint}): Discord sends every click there, and members see "
            "'This interaction failed'. Clear it in the developer portal under General Information.",
        )
    )
    return findings


def _places(
    guild: discord.Guild, config: GuildConfig, panels: Sequence[Panel], types: Sequence[TicketType]
) -> list[Finding]:
    findings = []
    wanted: list[tuple[str, int | None, discord.Permissions, bool]] = [
        ("ticket category", config.ticket_category_id, TICKET_CATEGORY_NEEDS, True),
        ("log channel", config.log_channel_id, LOG_CHANNEL_NEEDS, False),
    ]
    if config.overflow_category_id:
        wanted.append(("overflow category", config.overflow_category_id, TICKET_CATEGORY_NEEDS, True))
    for ticket_type in types:
        for label, category_id in (
            ("category", ticket_type.category_id),
            ("overflow", ticket_type.overflow_category_id),
        ):
            if category_id:
                wanted.append((f"{ticket_type.name} {label}", category_id, TICKET_CATEGORY_NEEDS, True))
    if config.close_action is CloseAction.ARCHIVE:
        wanted.append(("archive category", config.archive_category_id, TICKET_CATEGORY_NEEDS, True))
    wanted += [("panel channel", panel.channel_id, PANEL_CHANNEL_NEEDS, False) for panel in panels]
    for label, channel_id, needs, category in wanted:
        channel = guild.get_channel(channel_id or 0)
        if channel is None:
            findings.append(
                Finding(False, f"The {label} no longer exists: run `/setup` (or `/type edit`, `/panel send`) again.")
            )
            continue
        missing = missing_in(channel, needs)
        findings.append(
            Finding(
                not missing,
                f"I have every permission I need in {channel.mention}."
                if not missing
                else f"In {channel.mention} I lack {', '.join(missing)}: grant them to my role there.",
            )
        )
        if category and isinstance(channel, discord.CategoryChannel):
            findings.append(
                _fullness(
                    f"The {label} {channel.mention} holds",
                    len(channel.channels),
                    CATEGORY_LIMIT,
                    "close or delete some, or choose another",
                )
            )
        if label == "log channel" and everyone_can_read(channel):
            findings.append(
                Finding(False, f"Everyone can read {channel.mention}: deny View Channel to @everyone there.")
            )
    return findings


def _roles(guild: discord.Guild, staff_role_ids: Sequence[int]) -> list[Finding]:
    findings = []
    top = guild.me.top_role
    for role_id in dict.fromkeys(staff_role_ids):
        role = guild.get_role(role_id)
        if role is None:
            findings.append(
                Finding(False, "A staff role no longer exists: run `/setup` (or `/type edit`) with the current ones.")
            )
        elif role.is_default():
            findings.append(
                Finding(False, "@everyone is a staff role, so every member sees every ticket: run `/setup`.")
            )
        elif role >= top:
            findings.append(
                Finding(False, f"{role.mention} is at or above my role {top.mention}: move my role above it.")
            )
    if not findings:
        findings.append(Finding(True, "The staff roles exist and sit below my role."))
    return findings


def report(findings: Sequence[Finding]) -> discord.Embed:
    """Return the findings as one embed: problems first, each with its fix."""
    problems = [f for f in findings if not f.ok]
    lines = [f"⚠️ {f.text}" for f in problems] + [f"✅ {f.text}" for f in findings if f.ok]
    colour = discord.Colour.red() if problems else discord.Colour.green()
    title = (
        f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found" if problems else "Everything looks right"
    )
    return discord.Embed(title=title, description="\n".join(lines)[:4096], colour=colour)
