"""Discord permissions the bot needs, and the overwrites that make a ticket channel private."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TypeAlias

import discord

from core.errors import BotMissingPermissions
from core.i18n import t
from core.models import ClaimMode, TicketRules
from core.rules.policy import RoleFacts

# A ticket channel grants the bot BOT_ACCESS, and Discord refuses overwrites granting what the bot lacks.
TICKET_CATEGORY_NEEDS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    manage_channels=True,
    manage_roles=True,
    read_message_history=True,
    attach_files=True,
    embed_links=True,
    manage_messages=True,
)
# In the channel whose private threads are tickets. (Embeds and files in a thread follow Send Messages in
# Threads, not the channel's Send Messages, which members and the bot may well lack there.)
THREAD_CHANNEL_NEEDS = discord.Permissions(
    view_channel=True,
    read_message_history=True,
    create_private_threads=True,
    send_messages_in_threads=True,
    manage_threads=True,
)
LOG_CHANNEL_NEEDS = discord.Permissions(
    view_channel=True, send_messages=True, read_message_history=True, attach_files=True, embed_links=True
)
PANEL_CHANNEL_NEEDS = discord.Permissions(view_channel=True, send_messages=True, embed_links=True)

MEMBER_ACCESS = discord.PermissionOverwrite(
    view_channel=True, send_messages=True, read_message_history=True, attach_files=True
)
STAFF_ACCESS = discord.PermissionOverwrite(
    view_channel=True, send_messages=True, read_message_history=True, attach_files=True, manage_messages=True
)
BOT_ACCESS = discord.PermissionOverwrite(
    view_channel=True,
    send_messages=True,
    read_message_history=True,
    attach_files=True,
    embed_links=True,
    manage_channels=True,
    manage_messages=True,
)
READ_ONLY = discord.PermissionOverwrite(view_channel=True, read_message_history=True, send_messages=False)
# Staff roles while another staff member has claimed the ticket, by claim mode (None: no overwrite at all).
CLAIMED_STAFF = {
    ClaimMode.SHARED: STAFF_ACCESS,
    ClaimMode.CLAIMER_WRITES: READ_ONLY,
    ClaimMode.CLAIMER_ONLY: None,
}
HIDDEN = discord.PermissionOverwrite(view_channel=False)

Overwrites: TypeAlias = dict[discord.Role | discord.Member | discord.Object, discord.PermissionOverwrite]


def _names(permissions: discord.Permissions) -> list[str]:
    return [name.replace("_", " ").title().replace("Guild", "Server") for name, on in permissions if on]


def missing_in(channel: discord.abc.GuildChannel, needs: discord.Permissions) -> list[str]:
    """Return the names of the permissions in ``needs`` that the bot lacks in ``channel``."""
    have = channel.permissions_for(channel.guild.me)
    return _names(discord.Permissions(needs.value & ~have.value))


def check_bot_permissions(places: Iterable[tuple[discord.abc.GuildChannel, discord.Permissions]]) -> None:
    """Raise BotMissingPermissions listing every missing permission, per channel."""
    problems = [
        t("permissions-missing-in", permissions=", ".join(missing), channel=channel.mention)
        for channel, needs in places
        if (missing := missing_in(channel, needs))
    ]
    if problems:
        listed = problems[-1]
        for problem in reversed(problems[:-1]):
            listed = t("permissions-missing-list", first=problem, rest=listed)
        raise BotMissingPermissions(t("permissions-missing", problems=listed))


def everyone_can_read(channel: discord.abc.GuildChannel) -> bool:
    """Whether every member of the server can read ``channel`` (its @everyone may view it)."""
    return channel.permissions_for(channel.guild.default_role).view_channel


def role_facts(role: discord.Role) -> RoleFacts:
    """Return what the staff-role rules need to know about ``role``."""
    return RoleFacts(
        mention=role.mention,
        is_everyone=role.is_default(),
        managed=role.managed,
        above_bot=role >= role.guild.me.top_role,
    )


def staff_roles(guild: discord.Guild, rules: TicketRules) -> list[discord.Role]:
    """Return the server's staff roles that still exist."""
    return [role for role_id in rules.staff_role_ids if (role := guild.get_role(role_id)) is not None]


def ticket_overwrites(guild: discord.Guild, rules: TicketRules, opener: discord.abc.Snowflake) -> Overwrites:
    """Return overwrites that let only the opener, the staff roles and the bot see a ticket channel."""
    overwrites: Overwrites = {
        guild.default_role: HIDDEN,
        guild.me: BOT_ACCESS,
        _member(opener): MEMBER_ACCESS,
    }
    for role in staff_roles(guild, rules):
        overwrites[role] = STAFF_ACCESS
    return overwrites


def restaffed_overwrites(channel: discord.TextChannel, old: Iterable[int], rules: TicketRules) -> Overwrites:
    """Return the channel's overwrites with the old staff roles replaced by ``rules``'s."""
    current = rules.staff_role_ids
    overwrites = {
        target: overwrite
        for target, overwrite in channel.overwrites.items()
        if not (isinstance(target, discord.Role) and target.id in old and target.id not in current)
    }
    for role in staff_roles(channel.guild, rules):
        overwrites[role] = STAFF_ACCESS
    return overwrites


def claimed_overwrites(
    channel: discord.TextChannel, rules: TicketRules, claimer: int | None, dropped: int | None
) -> Overwrites:
    """Return the channel's overwrites for a claim: the staff roles as the claim mode says, the claimer's own access.

    With no claimer the staff roles get their usual access back. ``dropped`` is a former claimer whose own
    overwrite goes (one added to the ticket as a member keeps it).
    """
    overwrites = {target: o for target, o in channel.overwrites.items() if dropped is None or target.id != dropped}
    return _with_claim(channel.guild, overwrites, rules, claimer)


def moved_overwrites(
    channel: discord.TextChannel, old_roles: Iterable[int], rules: TicketRules, claimer: int | None
) -> Overwrites:
    """Return the channel's overwrites for a ticket moved to another type: its staff, with the claim kept."""
    return _with_claim(channel.guild, restaffed_overwrites(channel, old_roles, rules), rules, claimer)


def synced_overwrites(
    channel: discord.TextChannel,
    rules: TicketRules,
    claimer: int | None,
    members: Collection[int],
    absent: Collection[int] = (),
) -> Overwrites:
    """Return the channel's overwrites as a ticket's row implies them: its type's staff, its claim, its members.

    Overwrites the bot gives (staff access or the claim's read-only for roles, member or claimer access for
    members) that the row no longer implies go: another type's staff roles, a claim or an addition undone.
    Members of ``members`` (the opener and those added) without an overwrite get one, unless ``absent`` (no
    longer in the server); those an archive left read-only may write again.
    """
    guild = channel.guild
    staff = set(rules.staff_role_ids)
    kept: Overwrites = {}
    for target, overwrite in channel.overwrites.items():
        if isinstance(target, discord.Role):
            stale = target.id not in staff and not target.is_default() and overwrite in (STAFF_ACCESS, READ_ONLY)
        else:
            stale = (
                target.id not in (guild.me.id, claimer)
                and target.id not in members
                and overwrite in (STAFF_ACCESS, MEMBER_ACCESS)
            )
        if stale:
            continue
        # A member an archive made read-only writes again: the ticket is open (a reopen cut off).
        reopened = not isinstance(target, discord.Role) and target.id in members and overwrite == READ_ONLY
        kept[target] = MEMBER_ACCESS if reopened else overwrite
    present = {target.id for target in kept}
    for member_id in members:
        if member_id not in present and member_id not in absent:
            kept[_member(discord.Object(member_id))] = MEMBER_ACCESS
    return _with_claim(guild, kept, rules, claimer)


def same_overwrites(one: Overwrites, other: Overwrites) -> bool:
    """Whether two sets of overwrites give the same targets the same permissions."""
    return {t.id: o for t, o in one.items()} == {t.id: o for t, o in other.items()}


def _with_claim(guild: discord.Guild, overwrites: Overwrites, rules: TicketRules, claimer: int | None) -> Overwrites:
    overwrites = dict(overwrites)
    access = CLAIMED_STAFF[rules.claim_mode] if claimer is not None else STAFF_ACCESS
    for role in staff_roles(guild, rules):
        if access is None:
            overwrites.pop(role, None)
        else:
            overwrites[role] = access
    if claimer is not None:
        overwrites[_member(discord.Object(claimer))] = STAFF_ACCESS
    return overwrites


def archived_overwrites(channel: discord.TextChannel, rules: TicketRules) -> Overwrites:
    """Return the channel's overwrites with every non-staff member made read-only."""
    staff = set(rules.staff_role_ids)
    overwrites = dict(channel.overwrites)
    for target in list(overwrites):
        if target.id == channel.guild.me.id or (
            isinstance(target, discord.Role) and (target.id in staff or target.is_default())
        ):
            continue
        overwrites[target] = READ_ONLY
    return overwrites


def reopened_overwrites(channel: discord.TextChannel) -> Overwrites:
    """Return an archived channel's overwrites with the members archiving made read-only able to write again."""
    overwrites = dict(channel.overwrites)
    for target, overwrite in overwrites.items():
        if not isinstance(target, discord.Role) and target.id != channel.guild.me.id and overwrite == READ_ONLY:
            overwrites[target] = MEMBER_ACCESS
    return overwrites


def _member(target: discord.abc.Snowflake) -> discord.Member | discord.Object:
    return target if isinstance(target, discord.Member) else discord.Object(target.id, type=discord.Member)
