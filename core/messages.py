"""What the bot posts: panels, welcomes, notices, close summaries, audit posts, settings and replies.

Pure rendering from records to embeds and components; nothing here sends anything. Names appear as
Discord mentions (which render as names and, in embeds, never ping) and tickets by their label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

import discord

from core import components
from core.audit import heading
from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, Text, formatting, render, t
from core.models import ApiKey, AuditEntry, GuildConfig, IdleCounts, Panel, PanelStyle, PostedPanel, Ticket, TicketType

BRAND = discord.Colour.blurple()
EMBED_LIMIT = 6000
SUCCESS = discord.Colour.green()
FAILURE = discord.Colour.red()

# The opener is the only one a welcome may ping; everything else the bot posts pings nobody.
OPENER_ONLY = discord.AllowedMentions(everyone=False, roles=False, users=True)
NOBODY = discord.AllowedMentions.none()


def user(user_id: int) -> str:
    """Return a user as a mention, which Discord shows as their name."""
    return f"<@{user_id}>"


def panel(panel: Panel, types: Sequence[TicketType]) -> tuple[discord.Embed, discord.ui.View]:
    """Return a panel's embed and its types as buttons or a select menu (one Create Ticket button without types)."""
    embed = discord.Embed(title=panel.title, description=panel.description, colour=BRAND)
    if not types:
        return embed, components.view(components.OPEN.button(panel.id, label=panel.button_label))
    if panel.style is PanelStyle.SELECT:
        return embed, components.view(components.TYPE_SELECT.select(panel.id, panel.button_label, types))
    return embed, components.view(*(components.OPEN.button(panel.id, t.id, t.name, t.emoji) for t in types))


def welcome(
    ticket: Ticket, message: str, language: str, type_name: str | None = None, ping_role_ids: Sequence[int] = ()
) -> tuple[str, discord.Embed, discord.ui.View]:
    """Return the first message in a ticket, in its language: the mentions, the greeting, the form's answers, Close and Claim."""
    if type_name:
        title = render(t("welcome-title-typed", type=type_name, label=ticket.label), language)
    else:
        title = render(t("welcome-title", label=ticket.label), language)
    embed = discord.Embed(title=title[:256], description=message[:4096], colour=BRAND)
    embed.add_field(name=render(t("welcome-opened-by"), language), value=user(ticket.opener_id))
    reason = ticket.reason or (render(t("welcome-no-reason"), language) if not ticket.answers else "")
    # Discord refuses an embed of more than 6,000 characters: long answers share what is left, and are
    # kept whole with the ticket and in its transcript.
    room = (EMBED_LIMIT - len(title) - len(embed.description or "") - len(reason) - 200) // max(len(ticket.answers), 1)
    for question, answer in ticket.answers:
        embed.add_field(
            name=question[:256], value=shorten(answer, min(1024, room - len(question))) or "-", inline=False
        )
    if reason:
        embed.add_field(name=render(t("welcome-reason"), language), value=reason, inline=False)
    embed.set_footer(text=render(t("welcome-footer"), language))
    view = components.view(
        components.CLOSE.button(ticket.id, ticket.opener_id, language), components.CLAIM.button(ticket.id, language)
    )
    content = " ".join([user(ticket.opener_id), *(f"<@&{r}>" for r in ping_role_ids)])
    return content, embed, view


def close_view(ticket: Ticket, language: str) -> discord.ui.View:
    """Return a view with the ticket's Close button, which asks for a reason in a modal."""
    return components.view(components.CLOSE.button(ticket.id, ticket.opener_id, language))


def join_notice(ticket: Ticket, place_mention: str, type_name: str, language: str) -> tuple[str, discord.ui.View]:
    """Return the staff notice of a new thread ticket, with a Join button (nobody is pinged)."""
    text = render(
        t("join-notice", type=type_name, label=ticket.label, opener=user(ticket.opener_id), place=place_mention),
        language,
    )
    return text, components.view(components.JOIN.button(ticket.id, language))


def reopen_view(ticket: Ticket, language: str) -> discord.ui.View:
    """Return a view with an archived ticket's Reopen button (for staff)."""
    return components.view(components.REOPEN.button(ticket.id, language))


def shorten(text: str, limit: int) -> str:
    """Return ``text`` cut to ``limit`` characters, marked with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def is_welcome(message: discord.Message, ticket: Ticket) -> bool:
    """Whether ``message`` is the welcome of ``ticket`` (it carries the ticket's Close button)."""
    for row in message.components:
        for child in row.children if isinstance(row, discord.ActionRow) else ():
            if components.CLOSE.ticket_of(getattr(child, "custom_id", None) or "") == ticket.id:
                return True
    return False


def topic(ticket: Ticket, opener_name: str) -> str:
    """Return a ticket channel's topic; recovery recognises an unrecorded channel by its start."""
    return f"{topic_prefix(ticket)}opened by {opener_name}"  # i18n: machine-read, recovery parses every topic


def topic_prefix(ticket: Ticket) -> str:
    """Return the start of every topic of ``ticket``'s channel."""
    return f"Ticket {ticket.label} · "


def is_ticket_topic(topic: str | None) -> bool:
    """Return whether a channel topic is one the bot gives ticket channels."""
    return re.match(r"Ticket #\d{4,} · opened by ", topic or "") is not None  # i18n: the fixed topic pattern


def was_ticket_topic(topic: str | None) -> bool:
    """Return whether a channel topic is one the bot gives or ever gave ticket channels (the first release's too)."""
    return re.match(r"Ticket #\d{4,} ", topic or "") is not None


def claim_notice(action: str, actor_id: int, claimer: int | None, held: int | None) -> Text:
    """Return the notice posted in a ticket when its claim changes."""
    if action == "ticket_claimed":
        return t("notice-claimed", actor=user(actor_id))
    if action == "ticket_transferred":
        return t("notice-transferred", actor=user(actor_id), claimer=user(claimer or 0))
    if held and held != actor_id:
        return t("notice-unclaimed-held", actor=user(actor_id), held=user(held))
    return t("notice-unclaimed", actor=user(actor_id))


def with_claim(embed: discord.Embed, claimer: int | None, language: str) -> discord.Embed:
    """Return a copy of a welcome embed whose "Claimed by" field names ``claimer`` (or is gone).

    The field is found by its name in any language, so a welcome posted before the language changed is kept right.
    """
    names = {render(t("welcome-claimed-by"), shown) for shown in LANGUAGES}
    claimed_by = render(t("welcome-claimed-by"), language)
    changed = embed.copy()
    changed.clear_fields()
    for field in embed.fields:
        if field.name not in names:
            changed.add_field(name=field.name or "", value=field.value or "", inline=bool(field.inline))
    if claimer is not None:
        changed.insert_field_at(1, name=claimed_by, value=user(claimer))
    return changed


def close_request(
    ticket: Ticket, actor_id: int, reason: str | None, due: datetime | None, language: str
) -> tuple[str, discord.ui.View]:
    """Return the message that asks the opener whether the ticket may close, with Accept and Keep open."""
    text = t(
        "notice-close-requested",
        opener=user(ticket.opener_id),
        actor=user(actor_id),
        reason=reason or "",
        with_reason=bool(reason),
        due=discord.utils.format_dt(due, "R") if due is not None else "",
        with_due=due is not None,
    )
    buttons = components.ACCEPT_CLOSE.button(ticket.id, language), components.KEEP_OPEN.button(ticket.id, language)
    return render(text, language), components.view(*buttons)


def idle_warning(ticket: Ticket, due: datetime, by_opener: bool, language: str) -> str:
    """Return the warning that a quiet ticket will close; it pings only the opener."""
    return render(
        t(
            "notice-idle-warning",
            opener=user(ticket.opener_id),
            by_opener=by_opener,
            due=discord.utils.format_dt(due, "R"),
        ),
        language,
    )


def member_added(member_id: int, actor_id: int) -> Text:
    """Return the notice posted in a ticket when someone is added; it pings only the added member."""
    return t("notice-member-added", member=user(member_id), actor=user(actor_id))


def member_removed(member_id: int, actor_id: int) -> Text:
    """Return the notice posted in a ticket when someone is removed."""
    return t("notice-member-removed", member=user(member_id), actor=user(actor_id))


def transcript_marker(ticket: Ticket) -> str:
    """Return the footer that marks a log-channel post as ``ticket``'s transcript, so it is never posted twice."""
    # Machine-read: the log channel is searched for it, so it stays the same in every language.
    return f"Transcript of ticket {ticket.label} · ref {ticket.id}"  # i18n: a marker the bot searches for


def close_summary(
    ticket: Ticket,
    guild_name: str,
    participant_ids: Sequence[int],
    message_count: int | None,
    link: str | None = None,
    *,
    language: str,
) -> discord.Embed:
    """Return the summary posted with the transcript in the log channel and sent to the opener, in the ticket's language."""
    assert ticket.closed_at is not None and ticket.closed_by is not None

    def say(key: str, **params: object) -> str:
        return render(t(key, **params), language)

    embed = discord.Embed(
        title=say("close-summary-title", label=ticket.label), colour=FAILURE, timestamp=ticket.closed_at
    )
    embed.add_field(name=say("close-summary-server"), value=guild_name)
    embed.add_field(name=say("welcome-opened-by"), value=user(ticket.opener_id))
    embed.add_field(name=say("close-summary-closed-by"), value=user(ticket.closed_by))
    reason = ticket.close_reason or say("welcome-no-reason")
    embed.add_field(name=say("welcome-reason"), value=reason[:1024], inline=False)
    embed.add_field(name=say("close-summary-opened"), value=discord.utils.format_dt(ticket.opened_at))
    embed.add_field(name=say("close-summary-closed"), value=discord.utils.format_dt(ticket.closed_at))
    embed.add_field(
        name=say("close-summary-duration"), value=formatting.elapsed(ticket.opened_at, ticket.closed_at, language)
    )
    embed.add_field(
        name=say("close-summary-participants"), value=" ".join(user(p) for p in participant_ids)[:1024] or "-"
    )
    messages_shown = say("close-summary-no-transcript") if message_count is None else str(message_count)
    embed.add_field(name=say("close-summary-messages"), value=messages_shown)
    if link is not None:
        embed.add_field(name=say("close-summary-transcript"), value=say("close-summary-transcript-link", link=link))
    embed.set_footer(text=transcript_marker(ticket))
    return embed


def audit(entry: AuditEntry, ticket_label: str | None, language: str) -> discord.Embed:
    """One audit entry as posted to the log channel, in the server's language (its details as stored, rendered now)."""
    by = "\n" + render(t("audit-by", actor=user(entry.actor_id)), language)
    details = render(Text.load(entry.details), language)
    embed = discord.Embed(description=(details[: 4096 - len(by)] + by), colour=BRAND, timestamp=entry.created_at)
    title = heading(entry.action)
    if ticket_label:
        embed.set_author(name=render(t("audit-author", heading=title, label=ticket_label), language))
    else:
        embed.set_author(name=render(title, language))
    return embed


def settings(config: GuildConfig) -> discord.Embed:
    """Return a server's settings, for /setup and /config show."""

    def channel(channel_id: int | None) -> str:
        return f"<#{channel_id}>" if channel_id else "not set"

    embed = discord.Embed(title="Ticket settings", colour=BRAND)
    embed.add_field(name="Staff roles", value=" ".join(f"<@&{r}>" for r in config.staff_role_ids) or "none")
    embed.add_field(name="Ticket category", value=channel(config.ticket_category_id))
    embed.add_field(name="Log channel", value=channel(config.log_channel_id))
    embed.add_field(name="On close", value=config.close_action.value)
    embed.add_field(name="Archive category", value=channel(config.archive_category_id))
    embed.add_field(name="Overflow category", value=channel(config.overflow_category_id))
    embed.add_field(name="When a ticket is claimed", value=config.claim_mode.value)
    embed.add_field(name="Auto-close", value=auto_close(config))
    embed.add_field(name="/ticket close confirms", value="yes" if config.confirm_close else "no")
    embed.add_field(name="When an opener leaves", value=config.on_opener_leave.value)
    embed.add_field(name="Max open tickets per member", value=str(config.max_open_tickets))
    embed.add_field(name="Channel names", value=f"`{config.channel_name_template}`")
    welcome = config.welcome_message or render(t("welcome-default"), DEFAULT_LANGUAGE)
    embed.add_field(name="Welcome message", value=welcome[:1024], inline=False)
    return embed


def auto_close(config: GuildConfig) -> str:
    """Say when quiet tickets close: ``after 48 hours without a message from the opener, warned 6 hours before``."""
    if not config.auto_close_hours:
        return "never"
    whose = "from the opener" if config.idle_counts is IdleCounts.OPENER else "from anyone"
    text = f"after {config.auto_close_hours:g} hours without a message {whose}"
    if config.auto_close_warning_hours:
        text += f", warned {config.auto_close_warning_hours:g} hours before"
    return text


def panel_list(panels: Sequence[PostedPanel]) -> discord.Embed:
    """Return a server's panels with where they are, what they offer, and any whose message is gone."""
    embed = discord.Embed(title="Panels", colour=BRAND)
    if not panels:
        embed.description = "No panels yet: post one with `/panel send`."
    for posted in panels[:25]:
        panel = posted.panel
        where = posted.jump_url or f"⚠️ its message in <#{panel.channel_id}> was deleted"
        offers = ", ".join(t.name for t in posted.types) or "the first type"
        embed.add_field(
            name=f"#{panel.id} {panel.title}"[:256],
            value=f"{where}\nOffers {offers} ({panel.style.value})"[:1024],
            inline=False,
        )
    return embed


def type_list(types: Sequence[TicketType]) -> discord.Embed:
    """Return ticket types with what each sets (unset fields use the server's settings), for /type."""
    embed = discord.Embed(title="Ticket types", colour=BRAND)
    if not types:
        embed.description = "No ticket types yet: create one with `/type create`."
    for t in types[:25]:
        facts = [
            t.description,
            "Staff: " + " ".join(f"<@&{r}>" for r in t.staff_role_ids) if t.staff_role_ids else "",
            f"Category: <#{t.category_id}>" if t.category_id else "",
            f"Overflow: <#{t.overflow_category_id}>" if t.overflow_category_id else "",
            f"Limit per member: {t.max_open}" if t.max_open else "",
            "Needs: " + " ".join(f"<@&{r}>" for r in t.required_role_ids) if t.required_role_ids else "",
            "Pings: " + " ".join(f"<@&{r}>" for r in t.ping_role_ids) if t.ping_role_ids else "",
            f"Cooldown: {t.cooldown_seconds // 60} min" if t.cooldown_seconds else "",
            f"Hours: {t.hours} ({t.timezone})" if t.hours else "",
            f"Claims: {t.claim_mode.value}" if t.claim_mode else "",
            _type_auto_close(t),
            f"/ticket close confirms: {'yes' if t.confirm_close else 'no'}" if t.confirm_close is not None else "",
            f"Names: `{t.channel_name_template}`" if t.channel_name_template else "",
            *(f"Q{i}. {q.label} ({q.style.value})" for i, q in enumerate(t.questions, start=1)),
        ]
        text = "\n".join(f for f in facts if f) or "Uses the server's settings."
        embed.add_field(name=f"{t.emoji or '🎫'} {t.name}"[:256], value=text[:1024], inline=False)
    return embed


def _type_auto_close(ticket_type: TicketType) -> str:
    """Say what a type sets about closing quiet tickets (nothing when it takes the server's)."""
    facts = {
        "after": ticket_type.auto_close_hours,
        "warning": ticket_type.auto_close_warning_hours,
        "counts": ticket_type.idle_counts.value if ticket_type.idle_counts else None,
    }
    if ticket_type.auto_close_hours == 0:
        return "Auto-close: never"
    shown = [f"{k} {v:g} h" if isinstance(v, float) else f"{k}: {v}" for k, v in facts.items() if v is not None]
    return "Auto-close: " + ", ".join(shown) if shown else ""


def blacklist(blocked_ids: Sequence[int], role_ids: set[int]) -> discord.Embed:
    """Return the members and roles that may not open tickets (an id is a role's when the server has that role)."""
    names = [f"<@&{i}>" if i in role_ids else user(i) for i in blocked_ids]
    return success("Blacklisted: " + (", ".join(names) if names else "nobody"))


def api_key_made(key: ApiKey, secret: str) -> discord.Embed:
    """Return the one message that shows a new API key."""
    return success(
        f"API key **{discord.utils.escape_markdown(key.name)}** made. Copy it now: it is not stored and will not "
        f"be shown again.\n```\n{secret}\n```\nSend it as `Authorization: Bearer <key>`; `/api-key revoke` stops it."
    )


def api_key_revoked(key: ApiKey) -> discord.Embed:
    """Return the answer to revoking a key."""
    return success(f"The key **{discord.utils.escape_markdown(key.name)}** no longer works.")


def api_keys(keys: Sequence[ApiKey]) -> discord.Embed:
    """Return a server's keys in use, with who made them and when."""
    lines = [
        f"**{discord.utils.escape_markdown(k.name)}** — by {user(k.created_by)}, "
        f"{discord.utils.format_dt(k.created_at, 'D')}"
        for k in keys
    ]
    return success("\n".join(lines) if lines else "No API keys; `/api-key create` makes one.")


def success(message: str) -> discord.Embed:
    """Return a reply saying something worked."""
    return discord.Embed(description=message, colour=SUCCESS)


def failure(message: str) -> discord.Embed:
    """Return a reply saying something did not work, and why."""
    return discord.Embed(description=message, colour=FAILURE)
