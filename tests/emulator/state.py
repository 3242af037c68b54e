"""The emulated Discord world: users, guilds, roles, members, channels, messages, and Discord's permission algorithm."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum, IntFlag
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000


class SnowflakeFactory:
    """Makes real, strictly increasing snowflakes: ``(ms since 2015 << 22) | increment``."""

    def __init__(self) -> None:
        self._increment = itertools.count()
        self._last = 0

    def __call__(self) -> int:
        value = ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (next(self._increment) & 0xFFF)
        self._last = max(value, self._last + 1)
        return self._last


def snowflake_time(snowflake: int) -> datetime:
    return datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, UTC)


class Permissions(IntFlag):
    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    MANAGE_THREADS = 1 << 34
    CREATE_PUBLIC_THREADS = 1 << 35
    CREATE_PRIVATE_THREADS = 1 << 36
    SEND_MESSAGES_IN_THREADS = 1 << 38


ALL_PERMISSIONS = (1 << 53) - 1
DEFAULT_EVERYONE = (
    Permissions.VIEW_CHANNEL
    | Permissions.SEND_MESSAGES
    | Permissions.READ_MESSAGE_HISTORY
    | Permissions.EMBED_LINKS
    | Permissions.ATTACH_FILES
    | Permissions.ADD_REACTIONS
    | Permissions.USE_APPLICATION_COMMANDS
    | Permissions.CREATE_INSTANT_INVITE
    | Permissions.CREATE_PUBLIC_THREADS
    | Permissions.CREATE_PRIVATE_THREADS
    | Permissions.SEND_MESSAGES_IN_THREADS
)
# What an app may do in its bot's DM with a user, as Discord reports it in an interaction's ``app_permissions``.
DM_APP_PERMISSIONS = (
    Permissions.ATTACH_FILES | Permissions.EMBED_LINKS | Permissions.MENTION_EVERYONE | Permissions.USE_EXTERNAL_EMOJIS
)
TEXT_ONLY = (
    Permissions.SEND_MESSAGES | Permissions.EMBED_LINKS | Permissions.ATTACH_FILES | Permissions.MENTION_EVERYONE
)


class ChannelType(IntEnum):
    GUILD_TEXT = 0
    DM = 1
    GUILD_VOICE = 2
    GUILD_CATEGORY = 4
    GUILD_PUBLIC_THREAD = 11
    GUILD_PRIVATE_THREAD = 12


THREAD_TYPES = frozenset({ChannelType.GUILD_PUBLIC_THREAD, ChannelType.GUILD_PRIVATE_THREAD})


def iso(moment: datetime) -> str:
    return moment.isoformat()


@dataclass
class User:
    id: int
    username: str
    bot: bool = False
    accepts_dms: bool = True
    # The language chosen in the user's Discord settings: interactions carry it, as OAuth2's /users/@me does.
    locale: str = "en-US"

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.username,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
            "primary_guild": None,
        }


@dataclass
class Role:
    id: int
    guild_id: int
    name: str
    permissions: int
    position: int = 0
    managed: bool = False
    mentionable: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(int(self.permissions)),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": self.managed,
            "mentionable": self.mentionable,
            "icon": None,
            "unicode_emoji": None,
            "description": None,
            "flags": 0,
        }


@dataclass
class Member:
    user: User
    guild: Guild
    role_ids: list[int] = field(default_factory=list)
    joined_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def id(self) -> int:
        return self.user.id

    def payload(self) -> dict[str, Any]:
        return {
            "user": self.user.payload(),
            "roles": [str(r) for r in self.role_ids],
            "joined_at": iso(self.joined_at),
            "nick": None,
            "avatar": None,
            "banner": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "premium_since": None,
            "communication_disabled_until": None,
        }


@dataclass
class Overwrite:
    id: int
    type: int  # 0 role, 1 member
    allow: int = 0
    deny: int = 0

    def payload(self) -> dict[str, Any]:
        return {"id": str(self.id), "type": self.type, "allow": str(self.allow), "deny": str(self.deny)}


@dataclass
class Attachment:
    id: int
    filename: str
    data: bytes
    url: str
    content_type: str | None

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.data),
            "url": self.url,
            "proxy_url": self.url,
            **({"content_type": self.content_type} if self.content_type else {}),
        }


@dataclass
class Message:
    id: int
    channel: Channel
    author: User
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    flags: int = 0
    pinged_user_ids: set[int] = field(default_factory=set)
    pinged_role_ids: set[int] = field(default_factory=set)
    pinged_everyone: bool = False
    interaction_id: int | None = None
    # Who used the interaction this message answers, and its type: Discord's ``interaction_metadata``.
    interaction_user: User | None = None
    interaction_type: int | None = None
    edited_at: datetime | None = None
    webhook_id: int | None = None
    reference: Message | None = None  # the message this one replies to
    mentioned: list[User] = field(default_factory=list)  # users named by <@id> in the content
    reactions: dict[str, int] = field(default_factory=dict)  # unicode emoji → count
    created: float = field(default_factory=time.monotonic)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & 64)

    @property
    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for row in self.components for c in row.get("components", []) if "custom_id" in c]

    def payload(self) -> dict[str, Any]:
        guild = self.channel.guild
        data: dict[str, Any] = {
            "id": str(self.id),
            "channel_id": str(self.channel.id),
            "author": self.author.payload(),
            "content": self.content,
            "timestamp": iso(snowflake_time(self.id)),
            "edited_timestamp": iso(self.edited_at) if self.edited_at else None,
            "tts": False,
            "mention_everyone": self.pinged_everyone,
            "mentions": [user.payload() for user in self.mentioned],
            "mention_roles": [str(r) for r in self.pinged_role_ids],
            "attachments": [a.payload() for a in self.attachments],
            "embeds": self.embeds,
            "components": self.components,
            "pinned": False,
            "type": 19 if self.interaction_id is not None or self.reference is not None else 0,
            "flags": self.flags,
        }
        # Slash commands' answers only: a component's or modal's answer carries more, which nothing here reads yet.
        if self.interaction_id is not None and self.interaction_user is not None and self.interaction_type == 2:
            data["interaction_metadata"] = {
                "id": str(self.interaction_id),
                "type": self.interaction_type,
                "user": self.interaction_user.payload(),
                "authorizing_integration_owners": {},
            }
        if self.reference is not None:
            original = self.reference
            data["message_reference"] = {
                "type": 0,
                "message_id": str(original.id),
                "channel_id": str(original.channel.id),
            }
            data["referenced_message"] = {**original.payload(), "referenced_message": None}
        if self.reactions:
            data["reactions"] = [
                {
                    "count": count,
                    "count_details": {"burst": 0, "normal": count},
                    "me": False,
                    "me_burst": False,
                    "burst_colors": [],
                    "emoji": {"id": None, "name": emoji},
                }
                for emoji, count in self.reactions.items()
            ]
        if self.webhook_id is not None:
            data["webhook_id"] = str(self.webhook_id)
        if guild is not None:
            data["guild_id"] = str(guild.id)
        return data


@dataclass
class Channel:
    id: int
    type: ChannelType
    guild: Guild | None
    name: str = ""
    parent_id: int | None = None
    position: int = 0
    topic: str | None = None
    overwrites: dict[int, Overwrite] = field(default_factory=dict)
    messages: dict[int, Message] = field(default_factory=dict)
    recipient: User | None = None
    name_edits: list[float] = field(default_factory=list)
    # Threads: who made it, who is in it (user id → when they joined), and its state.
    owner_id: int | None = None
    thread_members: dict[int, datetime] = field(default_factory=dict)
    archived: bool = False
    locked: bool = False
    invitable: bool = True
    auto_archive_duration: int = 10080
    state_changed_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def is_thread(self) -> bool:
        return self.type in THREAD_TYPES

    def thread_member_payload(self, user_id: int) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "user_id": str(user_id),
            "join_timestamp": iso(self.thread_members[user_id]),
            "flags": 0,
        }

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": str(self.id), "type": int(self.type), "flags": 0}
        last = max(self.messages, default=None)
        if self.is_thread:
            assert self.guild is not None and self.owner_id is not None
            data.update(
                guild_id=str(self.guild.id),
                name=self.name,
                parent_id=str(self.parent_id),
                owner_id=str(self.owner_id),
                last_message_id=str(last) if last else None,
                rate_limit_per_user=0,
                message_count=len(self.messages),
                total_message_sent=len(self.messages),
                member_count=min(len(self.thread_members), 50),
                thread_metadata={
                    "archived": self.archived,
                    "archive_timestamp": iso(self.state_changed_at),
                    "auto_archive_duration": self.auto_archive_duration,
                    "locked": self.locked,
                    "create_timestamp": iso(snowflake_time(self.id)),
                    **({"invitable": self.invitable} if self.type is ChannelType.GUILD_PRIVATE_THREAD else {}),
                },
            )
            return data
        if self.type is ChannelType.DM:
            assert self.recipient is not None
            data.update(recipients=[self.recipient.payload()], last_message_id=str(last) if last else None)
            return data
        assert self.guild is not None
        data.update(
            guild_id=str(self.guild.id),
            name=self.name,
            position=self.position,
            parent_id=str(self.parent_id) if self.parent_id else None,
            permission_overwrites=[o.payload() for o in self.overwrites.values()],
            nsfw=False,
        )
        if self.type is ChannelType.GUILD_TEXT:
            data.update(topic=self.topic, last_message_id=str(last) if last else None, rate_limit_per_user=0)
        elif self.type is ChannelType.GUILD_VOICE:
            data.update(
                bitrate=64000,
                user_limit=0,
                rtc_region=None,
                video_quality_mode=1,
                last_message_id=str(last) if last else None,
                rate_limit_per_user=0,
            )
        return data

    def history(self) -> list[Message]:
        """Messages anyone can scroll back to, oldest first (ephemeral ones never are)."""
        return [m for _, m in sorted(self.messages.items()) if not m.ephemeral]


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, Role] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    # Threads are not among a server's channels (nor its 500): Discord lists them apart.
    threads: dict[int, Channel] = field(default_factory=dict)
    # The server's language (Server Settings → Community → Overview): guild payloads and interactions carry it.
    preferred_locale: str = "en-US"

    @property
    def everyone(self) -> Role:
        return self.roles[self.id]

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "owner_id": str(self.owner_id),
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "features": [],
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "preferred_locale": self.preferred_locale,
            "nsfw_level": 0,
            "max_members": 500000,
            "max_video_channel_users": 25,
            "application_id": None,
            "home_header": None,
            "region": "deprecated",
            "widget_enabled": False,
            "widget_channel_id": None,
            "max_presences": None,
            "max_stage_video_channel_users": 50,
            "nsfw": False,
            "incidents_data": None,
            "roles": [r.payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
        }

    def gateway_payload(self, bot: Member) -> dict[str, Any]:
        data = self.payload()
        data.update(
            member_count=len(self.members),
            members=[bot.payload()],
            channels=[c.payload() for c in self.channels.values()],
            threads=[t.payload() for t in self.threads.values() if not t.archived],
            presences=[],
            voice_states=[],
            stage_instances=[],
            guild_scheduled_events=[],
            soundboard_sounds=[],
            large=False,
            unavailable=False,
            joined_at=iso(bot.joined_at),
            lazy=True,
        )
        return data

    # Discord's permission algorithm

    def base_permissions(self, member: Member) -> int:
        if member.id == self.owner_id:
            return ALL_PERMISSIONS
        permissions = self.everyone.permissions
        for role_id in member.role_ids:
            permissions |= self.roles[role_id].permissions
        if permissions & Permissions.ADMINISTRATOR:
            return ALL_PERMISSIONS
        return permissions

    def permissions_in(self, member: Member, channel: Channel) -> int:
        if channel.is_thread:
            return self._thread_permissions(member, channel)
        permissions = self._overwritten(member, channel)
        if not permissions & Permissions.VIEW_CHANNEL:
            return 0
        if not permissions & Permissions.SEND_MESSAGES:
            permissions &= ~TEXT_ONLY
        return permissions

    def _overwritten(self, member: Member, channel: Channel) -> int:
        """The member's permissions in a channel after its overwrites, before the implicit rules."""
        permissions = self.base_permissions(member)
        if permissions & Permissions.ADMINISTRATOR or member.id == self.owner_id:
            return ALL_PERMISSIONS
        everyone = channel.overwrites.get(self.id)
        if everyone is not None:
            permissions = (permissions & ~everyone.deny) | everyone.allow
        allow = deny = 0
        for role_id in member.role_ids:
            overwrite = channel.overwrites.get(role_id)
            if overwrite is not None and overwrite.type == 0:
                allow |= overwrite.allow
                deny |= overwrite.deny
        permissions = (permissions & ~deny) | allow
        own = channel.overwrites.get(member.id)
        if own is not None and own.type == 1:
            permissions = (permissions & ~own.deny) | own.allow
        return permissions

    def _thread_permissions(self, member: Member, thread: Channel) -> int:
        """A thread's permissions are its parent's, where sending takes Send Messages in Threads.

        A private thread shows only to its members and to those who may manage threads; a locked one
        takes messages only from those who may manage threads.
        """
        permissions = self._overwritten(member, self.channels[thread.parent_id or 0])
        manages = bool(permissions & Permissions.MANAGE_THREADS)
        if not permissions & Permissions.VIEW_CHANNEL or (
            thread.type is ChannelType.GUILD_PRIVATE_THREAD and member.id not in thread.thread_members and not manages
        ):
            return 0
        if permissions & Permissions.SEND_MESSAGES_IN_THREADS and (manages or not thread.locked):
            return permissions | Permissions.SEND_MESSAGES  # what the emulator checks for sending anywhere
        return permissions & ~TEXT_ONLY

    def can(self, member: Member, channel: Channel, permission: int) -> bool:
        return self.permissions_in(member, channel) & permission == permission

    def children(self, category: Channel) -> list[Channel]:
        return [c for c in self.channels.values() if c.parent_id == category.id]
