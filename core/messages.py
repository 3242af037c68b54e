"""What the bot posts: panels, welcomes, notices, close summaries, audit posts, settings and replies.

Pure rendering from records to embeds and components; nothing here sends anything. Names appear as
Discord mentions (which render as names and, in embeds, never ping) and tickets by their label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

import discord

from core import components
from core.audit import heading
from core.i18n import LANGUAGES, Text, formatting, in_language, render, t
from core.models import (
    ApiKey,
    AuditEntry,
    GuildConfig,
    Panel,
    PanelStyle,
    PostedPanel,
    Tag,
    Ticket,
    TicketPriority,
    TicketStatus,
    TicketType,
)

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


def alert(
    ticket: Ticket, type_name: str, place: discord.TextChannel | discord.Thread | None, language: str
) -> tuple[str, discord.ui.View]:
    """Return a ticket's post in the staff alert channel as the ticket stands: new, claimed or closed.

    An open ticket's post offers Claim while nobody has, and a link to the ticket (Join for a thread,
    which staff are not in until they join); a closed ticket's post offers nothing.
    """
    closed = ticket.status not in (TicketStatus.PENDING, TicketStatus.OPEN)
    state = "closed" if closed else "claimed" if ticket.claimed_by else "new"
    text = t(
        "alert-line",
        state=state,
        label=ticket.label,
        type=type_name,
        opener=user(ticket.opener_id),
        claimer=user(ticket.claimed_by or 0),
    )
    reason = shorten(" ".join((ticket.reason or "").split()), 200)
    buttons: list[discord.ui.Button[Any]] = []
    if not closed and place is not None:
        if ticket.claimed_by is None:
            buttons.append(components.CLAIM.button(ticket.id, language))
        if isinstance(place, discord.Thread):
            buttons.append(components.JOIN.button(ticket.id, language))
        else:
            buttons.append(discord.ui.Button(label=ticket.label, url=place.jump_url))
    line = render(text, language)
    return (f"{line}\n-# {reason}" if reason else line), components.view(*buttons)


OFFER_TITLE_ROOM = 300  # the offer's title, and what Discord counts besides


def offer_room(carried: Sequence[tuple[str, str]]) -> int:
    """Return how many characters the saved replies of an offer may take beside the member's carried fields.

    Discord refuses an embed of more than 6,000 characters, its fields counted; a description holds 4,096.
    """
    return min(4000, EMBED_LIMIT - OFFER_TITLE_ROOM - sum(len(name) + len(value) for name, value in carried))


def deflection_offer(
    offered: Sequence[tuple[Tag, str]], type_id: int, carried: Sequence[tuple[str, str]], language: str
) -> tuple[discord.Embed, discord.ui.View]:
    """Return saved replies offered before a ticket opens, with "<tag> solved it" and "Open the ticket anyway".

    ``offered``: each tag with its text filled in for the member. ``carried`` (the member's subject, or their
    form's answers) are the embed's fields: "Open the ticket anyway" reads them back from this message, so
    nothing is kept for the offer anywhere else.
    """
    tags = [tag for tag, _ in offered]
    names = [f"**{discord.utils.escape_markdown(tag.name)}**\n" for tag in tags]
    room = (offer_room(carried) - sum(len(name) + 2 for name in names)) // max(len(tags), 1)
    parts = [name + shorten(text, room) for name, (_, text) in zip(names, offered, strict=True)]
    title = render(t("deflect-title"), language)
    embed = discord.Embed(title=title, description="\n\n".join(parts), colour=BRAND)
    for name, value in carried:
        embed.add_field(name=name, value=value, inline=False)
    solved = [
        components.DEFLECTION.solved(tag.id, render(t("deflect-solved", name=tag.name), language)) for tag in tags
    ]
    anyway = components.DEFLECTION.anyway(type_id, [tag.id for tag in tags], render(t("deflect-anyway"), language))
    return embed, components.view(*solved, anyway)


def reopen_view(ticket: Ticket, language: str) -> discord.ui.View:
    """Return a view with an archived ticket's Reopen button (for staff)."""
    return components.view(components.REOPEN.button(ticket.id, language))


def rating_prompt(ticket: Ticket, language: str) -> tuple[str, discord.ui.View]:
    """Return the question that asks the opener to rate their closed ticket, with its five buttons."""
    text = render(t("rating-prompt", label=ticket.label), language)
    return text, components.view(*(components.RATE.button(ticket.id, n) for n in range(1, 6)))


def rating_thanks(ticket: Ticket, stars_given: int, language: str, *, comment: bool) -> tuple[str, discord.ui.View]:
    """Return the prompt as it reads once rated: the stars given, and (until there is one) Add a comment."""
    text = render(t("rating-thanks", label=ticket.label, stars=stars(stars_given)), language)
    buttons = [components.RATE_COMMENT.button(ticket.id, language)] if comment else []
    return text, components.view(*buttons)


def stars(count: int) -> str:
    """Return a rating as five stars, ``count`` of them filled."""
    return "★" * count + "☆" * (5 - count)


def quoted(text: str, limit: int = 1000) -> str:
    """Return user text as a Markdown quote (each line behind ``> ``), the whole quote cut to ``limit`` characters.

    Cut after quoting: a text of many short lines grows by a third or more with the marks.
    """
    return shorten("\n".join("> " + line for line in text.splitlines() or [""]), limit)


def shorten(text: str, limit: int) -> str:
    """Return ``text`` cut to ``limit`` characters, marked with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def pages(lines: Sequence[str], limit: int = 4000) -> list[str]:
    """Return ``lines`` joined into as few texts of at most ``limit`` characters as keep each line whole."""
    found: list[str] = []
    for line in lines:
        line = shorten(line, limit)
        if found and len(found[-1]) + 1 + len(line) <= limit:
            found[-1] += "\n" + line
        else:
            found.append(line)
    return found or [""]


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


def with_state(embed: discord.Embed, claimer: int | None, priority: TicketPriority, language: str) -> discord.Embed:
    """Return a copy of a welcome embed whose "Claimed by" and "Priority" fields say ``claimer`` and ``priority``.

    Each field is gone when there is nothing to say (unclaimed, normal priority). The fields are found by
    their names in any language, so a welcome posted before the language changed is kept right.
    """
    keys = ("welcome-claimed-by", "welcome-priority")
    names = {render(t(key), shown) for key in keys for shown in LANGUAGES}
    changed = embed.copy()
    changed.clear_fields()
    for field in embed.fields:
        if field.name not in names:
            changed.add_field(name=field.name or "", value=field.value or "", inline=bool(field.inline))
    if priority is not TicketPriority.NORMAL:
        shown = render(t("priority-name", priority=priority.value), language)
        changed.insert_field_at(1, name=render(t("welcome-priority"), language), value=shown)
    if claimer is not None:
        changed.insert_field_at(1, name=render(t("welcome-claimed-by"), language), value=user(claimer))
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

    say = in_language(language)

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


def settings(config: GuildConfig, language: str) -> discord.Embed:
    """Return a server's settings, for /setup and /config show, in the reader's language."""
    say = in_language(language)

    def channel(channel_id: int | None) -> str:
        return f"<#{channel_id}>" if channel_id else say("settings-not-set")

    def say_choice(setting: str, value: StrEnum) -> str:
        return render(choice(setting, value), language)

    embed = discord.Embed(title=say("settings-title"), colour=BRAND)
    roles = " ".join(f"<@&{r}>" for r in config.staff_role_ids) or say("settings-none")
    embed.add_field(name=say("settings-field", field="staff-roles"), value=roles)
    embed.add_field(name=say("settings-field", field="category"), value=channel(config.ticket_category_id))
    embed.add_field(name=say("settings-field", field="log-channel"), value=channel(config.log_channel_id))
    embed.add_field(name=say("settings-field", field="on-close"), value=say_choice("close_action", config.close_action))
    embed.add_field(name=say("settings-field", field="archive"), value=channel(config.archive_category_id))
    embed.add_field(name=say("settings-field", field="overflow"), value=channel(config.overflow_category_id))
    embed.add_field(name=say("settings-field", field="claim-mode"), value=say_choice("claim_mode", config.claim_mode))
    embed.add_field(name=say("settings-field", field="auto-close"), value=auto_close(config, language))
    confirms = say("settings-yes-no", yes=config.confirm_close)
    embed.add_field(name=say("settings-field", field="confirm-close"), value=confirms)
    embed.add_field(name=say("settings-field", field="ratings"), value=say("settings-yes-no", yes=config.ask_rating))
    prefix = say("settings-yes-no", yes=config.priority_prefix)
    embed.add_field(name=say("settings-field", field="priority-prefix"), value=prefix)
    warning = say("settings-target-warning", percent=config.target_warning_percent)
    embed.add_field(name=say("settings-field", field="target-warning"), value=warning)
    about = say("settings-yes-no", yes=config.members_open_about)
    embed.add_field(name=say("settings-field", field="members-open-about"), value=about)
    leaves = say_choice("on_opener_leave", config.on_opener_leave)
    embed.add_field(name=say("settings-field", field="opener-leaves"), value=leaves)
    embed.add_field(name=say("settings-field", field="max-open"), value=str(config.max_open_tickets))
    embed.add_field(name=say("settings-field", field="names"), value=f"`{config.channel_name_template}`")
    chosen = LANGUAGES[config.language] if config.language in LANGUAGES else say("settings-language-discord")
    embed.add_field(name=say("settings-field", field="language"), value=chosen)
    welcome = config.welcome_message or say("welcome-default")
    embed.add_field(name=say("settings-field", field="welcome"), value=welcome[:1024], inline=False)
    return embed


# The command option whose choices name a setting's values: a value reads as the admin picked it.
CHOICES = {
    "close_action": "cmd-setup-close-action",
    "claim_mode": "cmd-config-claim-mode-mode",
    "idle_counts": "cmd-config-auto-close-counts",
    "on_opener_leave": "cmd-config-opener-leaves-action",
}


def choice(setting: str, value: StrEnum) -> Text:
    """Return a setting's value by the name its command's choice gives it (``shared``; in German ``gemeinsam``)."""
    return Text(f"{CHOICES[setting]}-choice-{value.value}")


def auto_close(config: GuildConfig, language: str) -> str:
    """Say when quiet tickets close: ``after 48 hours without a message from the opener, warned 6 hours before``."""
    if not config.auto_close_hours:
        return render(t("settings-auto-close-never"), language)
    return render(
        t(
            "settings-auto-close",
            hours=f"{config.auto_close_hours:g}",
            counts=config.idle_counts.value,
            warning=f"{config.auto_close_warning_hours or 0:g}",
            warned=bool(config.auto_close_warning_hours),
        ),
        language,
    )


def panel_list(panels: Sequence[PostedPanel], language: str) -> discord.Embed:
    """Return a server's panels with where they are, what they offer, and any whose message is gone."""
    say = in_language(language)

    embed = discord.Embed(title=say("panel-list-title"), colour=BRAND)
    if not panels:
        embed.description = say("panel-list-empty")
    for posted in panels[:25]:
        panel = posted.panel
        where = posted.jump_url or say("panel-list-message-gone", channel=f"<#{panel.channel_id}>")
        offers = ", ".join(kind.name for kind in posted.types) or say("panel-list-first-type")
        embed.add_field(
            name=f"#{panel.id} {panel.title}"[:256],
            value=f"{where}\n{say('panel-list-offers', types=offers, style=panel.style.value)}"[:1024],
            inline=False,
        )
    return embed


def type_list(types: Sequence[TicketType], language: str) -> discord.Embed:
    """Return ticket types with what each sets (unset fields use the server's settings), for /type."""
    say = in_language(language)

    def roles(ids: Sequence[int]) -> str:
        return " ".join(f"<@&{r}>" for r in ids)

    embed = discord.Embed(title=say("type-list-title"), colour=BRAND)
    if not types:
        embed.description = say("type-list-empty")
    for kind in types[:25]:
        facts = [
            kind.description,
            say("type-list-fact", fact="staff", value=roles(kind.staff_role_ids)) if kind.staff_role_ids else "",
            say("type-list-fact", fact="category", value=f"<#{kind.category_id}>") if kind.category_id else "",
            say("type-list-fact", fact="overflow", value=f"<#{kind.overflow_category_id}>")
            if kind.overflow_category_id
            else "",
            say("type-list-fact", fact="limit", value=str(kind.max_open)) if kind.max_open else "",
            say("type-list-fact", fact="needs", value=roles(kind.required_role_ids)) if kind.required_role_ids else "",
            say("type-list-fact", fact="pings", value=roles(kind.ping_role_ids)) if kind.ping_role_ids else "",
            say("type-list-cooldown", minutes=kind.cooldown_seconds // 60) if kind.cooldown_seconds else "",
            say("type-list-fact", fact="hours", value=f"{kind.hours} ({kind.timezone})") if kind.hours else "",
            say("type-list-fact", fact="claims", value=choice("claim_mode", kind.claim_mode))
            if kind.claim_mode
            else "",
            _type_auto_close(kind, language),
            _type_targets(kind, language),
            say(
                "type-list-fact",
                fact="confirm-close",
                value=say("settings-yes-no", yes=kind.confirm_close),
            )
            if kind.confirm_close is not None
            else "",
            say("type-list-fact", fact="names", value=f"`{kind.channel_name_template}`")
            if kind.channel_name_template
            else "",
            say("type-list-fact", fact="language", value=LANGUAGES[kind.language])
            if kind.language in LANGUAGES
            else "",
            *(
                say("type-list-question", number=str(i), label=q.label, style=q.style.value)
                for i, q in enumerate(kind.questions, start=1)
            ),
            *(say("type-list-variant", language=LANGUAGES.get(code, code)) for code in sorted(kind.variants)),
        ]
        text = "\n".join(f for f in facts if f) or say("type-list-server-settings")
        embed.add_field(name=f"{kind.emoji or '🎫'} {kind.name}"[:256], value=text[:1024], inline=False)
    return embed


def _type_targets(ticket_type: TicketType, language: str) -> str:
    """Say a type's response targets (nothing when it sets none)."""
    response, resolution = ticket_type.response_target_minutes, ticket_type.resolution_target_minutes
    if not response and not resolution:
        return ""

    def shown(minutes: int | None) -> Text | str:
        return formatting.short_duration(timedelta(minutes=minutes), language) if minutes else t("settings-none")

    return render(t("type-list-targets", response=shown(response), resolution=shown(resolution)), language)


def _type_auto_close(ticket_type: TicketType, language: str) -> str:
    """Say what a type sets about closing quiet tickets (nothing when it takes the server's)."""
    if ticket_type.auto_close_hours == 0:
        return render(t("type-list-auto-close-never"), language)
    parts = {
        "after": f"{ticket_type.auto_close_hours:g}" if ticket_type.auto_close_hours is not None else None,
        "warning": f"{ticket_type.auto_close_warning_hours:g}"
        if ticket_type.auto_close_warning_hours is not None
        else None,
        "counts": choice("idle_counts", ticket_type.idle_counts) if ticket_type.idle_counts else None,
    }
    shown = ", ".join(render(t("type-list-auto-close-part", part=k, value=v), language) for k, v in parts.items() if v)
    return render(t("type-list-fact", fact="auto-close", value=shown), language) if shown else ""


def blacklist(blocked_ids: Sequence[int], role_ids: set[int], language: str) -> discord.Embed:
    """Return the members and roles that may not open tickets (an id is a role's when the server has that role)."""
    names = [f"<@&{i}>" if i in role_ids else user(i) for i in blocked_ids]
    return success(render(t("blacklist-list", names=", ".join(names), count=len(names)), language))


def api_key_made(key: ApiKey, secret: str, language: str) -> discord.Embed:
    """Return the one message that shows a new API key."""
    return success(render(t("api-key-made", name=discord.utils.escape_markdown(key.name), secret=secret), language))


def api_key_revoked(key: ApiKey, language: str) -> discord.Embed:
    """Return the answer to revoking a key."""
    return success(render(t("api-key-revoked", name=discord.utils.escape_markdown(key.name)), language))


def api_keys(keys: Sequence[ApiKey], language: str) -> discord.Embed:
    """Return a server's keys in use, with who made them and when."""
    lines = [
        render(
            t(
                "api-key-line",
                name=discord.utils.escape_markdown(k.name),
                by=user(k.created_by),
                when=discord.utils.format_dt(k.created_at, "D"),
            ),
            language,
        )
        for k in keys
    ]
    return success("\n".join(lines) if lines else render(t("api-key-none"), language))


def success(message: str) -> discord.Embed:
    """Return a reply saying something worked."""
    return discord.Embed(description=message, colour=SUCCESS)


def failure(message: str) -> discord.Embed:
    """Return a reply saying something did not work, and why."""
    return discord.Embed(description=message, colour=FAILURE)
