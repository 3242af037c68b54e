"""The REST endpoints the emulator serves, with Discord's permission checks, limits and error shapes."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from tests.emulator import commands
from tests.emulator.interactions import (
    INTERACTION_DEADLINE,
    TOKEN_LIFETIME,
    CallbackType,
    Interaction,
    InteractionType,
)
from tests.emulator.state import (
    Attachment,
    Channel,
    ChannelType,
    Guild,
    Message,
    Overwrite,
    Permissions,
    User,
)

if TYPE_CHECKING:
    from tests.emulator.emulator import Emulator

MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
MAX_CHANNELS_PER_CATEGORY = 50
MAX_GUILD_CHANNELS = 500
MAX_UPLOAD = 10 * 1024 * 1024
EPHEMERAL = 64
LOADING = 128

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


class DiscordError(Exception):
    """An error answer in Discord's shape: ``{"message", "code", "errors"}``."""

    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        errors: dict[str, Any] | None = None,
        *,
        retry_after: float | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status, self.code, self.message, self.errors = status, code, message, errors
        self.retry_after = retry_after
        self.headers = headers or {}

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            data["errors"] = self.errors
        if self.retry_after is not None:
            data.update(retry_after=self.retry_after, **{"global": False})
        return data


def missing_permissions() -> DiscordError:
    return DiscordError(403, 50013, "Missing Permissions")


def field_error(field: str, code: str, message: str) -> DiscordError:
    return DiscordError(400, 50035, "Invalid Form Body", {field: {"_errors": [{"code": code, "message": message}]}})


@dataclass
class Call:
    """One REST request, parsed."""

    emulator: Emulator
    params: dict[str, str]
    query: dict[str, str]
    body: Any
    files: list[tuple[str, bytes, str | None]]
    reason: str | None
    bearer: User | None = None  # the user of an OAuth2 token, when one made the request

    def guild(self) -> Guild:
        guild = self.emulator.guilds.get(int(self.params["guild_id"]))
        if guild is None or self.emulator.bot_user.id not in guild.members:
            raise DiscordError(404, 10004, "Unknown Guild")
        return guild

    def channel(self) -> Channel:
        channel = self.emulator.channels.get(int(self.params["channel_id"]))
        if channel is None:
            raise DiscordError(404, 10003, "Unknown Channel")
        if channel.guild is not None and not self.allowed(channel, Permissions.VIEW_CHANNEL):
            raise DiscordError(403, 50001, "Missing Access")
        return channel

    def allowed(self, channel: Channel, permissions: int) -> bool:
        if channel.guild is None:
            return True
        return channel.guild.can(self.emulator.bot_member(channel.guild), channel, permissions)

    def require(self, channel: Channel, permissions: int) -> None:
        if not self.allowed(channel, permissions):
            raise missing_permissions()

    def message(self, channel: Channel) -> Message:
        message = channel.messages.get(int(self.params["message_id"]))
        if message is None or message.ephemeral:
            raise DiscordError(404, 10008, "Unknown Message")
        return message

    def interaction(self) -> Interaction:
        interaction = self.emulator.interactions.get(self.params["token"])
        if interaction is None:
            raise DiscordError(404, 10015, "Unknown Webhook")
        if asyncio.get_running_loop().time() - interaction.created_at > TOKEN_LIFETIME:
            raise DiscordError(401, 50027, "Invalid Webhook Token")
        return interaction


Handler = Callable[[Call], Awaitable[tuple[int, Any]]]
ROUTES: list[tuple[str, re.Pattern[str], str, Handler]] = []


def route(method: str, template: str) -> Callable[[Handler], Handler]:
    """Register a handler for a path template written as in Discord's OpenAPI description."""
    names = {"interaction_token": "token", "webhook_token": "token"}

    def pattern_for(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"(?P<{names.get(name, name)}>[^/]+)"

    pattern = re.compile("^" + re.sub(r"\{(\w+)\}", pattern_for, template) + "$")

    def register(handler: Handler) -> Handler:
        ROUTES.append((method, pattern, template, handler))
        return handler

    return register


# Login, gateway, commands


@route("GET", "/users/@me")
async def get_me(call: Call) -> tuple[int, Any]:
    user = call.bearer or call.emulator.bot_user
    return 200, {**user.payload(), "verified": True, "mfa_enabled": False, "flags": 0, "locale": user.locale}


@route("GET", "/users/@me/guilds")
async def list_my_guilds(call: Call) -> tuple[int, Any]:
    user = call.bearer or call.emulator.bot_user
    mine = []
    for guild in call.emulator.guilds.values():
        member = guild.members.get(user.id)
        if member is not None:
            mine.append(
                {
                    "id": str(guild.id),
                    "name": guild.name,
                    "icon": None,
                    "banner": None,
                    "owner": guild.owner_id == user.id,
                    "permissions": str(guild.base_permissions(member)),
                    "features": [],
                }
            )
    return 200, mine


@route("POST", "/oauth2/token")
async def exchange_oauth_code(call: Call) -> tuple[int, Any]:
    return call.emulator.oauth.exchange(call.body)


@route("GET", "/oauth2/applications/@me")
async def get_application(call: Call) -> tuple[int, Any]:
    emulator = call.emulator
    return 200, {
        "id": str(emulator.application_id),
        "name": emulator.bot_user.username,
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": emulator.bot_user.payload(),
        "verify_key": "0" * 64,
        "flags": 1 << 19,
        "flags_new": str(1 << 19),
        "team": None,
        "summary": "",
        "type": None,
        "rpc_origins": [],
        "redirect_uris": [],
        "approximate_user_install_count": 0,
        "approximate_user_authorization_count": 0,
        "explicit_content_filter": 0,
        "eligible_oauth2_scopes": ["bot", "applications.commands"],
        "interactions_endpoint_url": None,
        "role_connections_verification_url": None,
        "approximate_guild_count": len(emulator.guilds),
    }


@route("GET", "/gateway/bot")
async def get_gateway_bot(call: Call) -> tuple[int, Any]:
    return 200, {
        "url": call.emulator.gateway_url,
        "shards": 1,
        "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
    }


@route("GET", "/gateway")
async def get_gateway(call: Call) -> tuple[int, Any]:
    return 200, {"url": call.emulator.gateway_url}


async def _set_commands(call: Call, guild_id: int | None) -> tuple[int, Any]:
    emulator = call.emulator
    problems = commands.problems(call.body or [])
    if problems:
        raise DiscordError(400, 50035, "Invalid Form Body", problems)
    limit = commands.too_many(call.body or [])
    if limit is not None:
        raise DiscordError(400, 30032, f"Maximum number of application commands reached ({limit})")
    stored = []
    for command in call.body or []:
        menu = commands.type_of(command) in commands.CONTEXT_MENUS
        stored.append(
            commands.echoed(
                {
                    "type": 1,
                    # A context menu command has no options, and an empty description rather than none.
                    **({"description": ""} if menu else {"options": []}),
                    "default_member_permissions": None,
                    "nsfw": False,
                    **{k: v for k, v in command.items() if v is not None},
                    "id": str(emulator.snowflake()),
                    "application_id": str(emulator.application_id),
                    "version": str(emulator.snowflake()),
                    **(
                        {"default_member_permissions": str(command["default_member_permissions"])}
                        if command.get("default_member_permissions") is not None
                        else {}
                    ),
                    **({"guild_id": str(guild_id)} if guild_id is not None else {}),
                }
            )
        )
    emulator.commands[guild_id] = stored
    return 200, stored


def _list_commands(call: Call, guild_id: int | None) -> tuple[int, Any]:
    stored = call.emulator.commands.get(guild_id, [])
    if call.query.get("with_localizations", "").lower() in ("true", "1"):
        return 200, stored
    # A bot's request names no locale: no ``name_localized`` either.
    return 200, [commands.listed(command) for command in stored]


@route("PUT", "/applications/{application_id}/commands")
async def put_global_commands(call: Call) -> tuple[int, Any]:
    return await _set_commands(call, None)


@route("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
async def put_guild_commands(call: Call) -> tuple[int, Any]:
    return await _set_commands(call, call.guild().id)


@route("GET", "/applications/{application_id}/commands")
async def get_global_commands(call: Call) -> tuple[int, Any]:
    return _list_commands(call, None)


@route("GET", "/applications/{application_id}/guilds/{guild_id}/commands")
async def get_guild_commands(call: Call) -> tuple[int, Any]:
    return _list_commands(call, call.guild().id)


# Guilds, members, users


@route("GET", "/guilds/{guild_id}")
async def get_guild(call: Call) -> tuple[int, Any]:
    return 200, call.guild().payload()


@route("GET", "/guilds/{guild_id}/roles")
async def get_roles(call: Call) -> tuple[int, Any]:
    return 200, [r.payload() for r in call.guild().roles.values()]


@route("GET", "/guilds/{guild_id}/members/search")
async def search_members(call: Call) -> tuple[int, Any]:
    """Members whose username or nickname starts with ``query``, without regard to case; ``limit`` (1 to 1000)
    of them, 1 when left out. Before ``/members/{user_id}``, which would read "search" as an id."""
    typed, limit = call.query.get("query", ""), call.query.get("limit", "1")
    if not 1 <= len(typed) <= 100 or not limit.isdigit() or not 1 <= int(limit) <= 1000:
        raise DiscordError(400, 50035, "Invalid Form Body")
    found = [m for m in call.guild().members.values() if m.user.username.casefold().startswith(typed.casefold())]
    return 200, [member.payload() for member in found[: int(limit)]]


@route("GET", "/guilds/{guild_id}/members/{user_id}")
async def get_member(call: Call) -> tuple[int, Any]:
    member = call.guild().members.get(int(call.params["user_id"]))
    if member is None:
        raise DiscordError(404, 10007, "Unknown Member")
    return 200, member.payload()


@route("GET", "/users/{user_id}")
async def get_user(call: Call) -> tuple[int, Any]:
    user = call.emulator.users.get(int(call.params["user_id"]))
    if user is None:
        raise DiscordError(404, 10013, "Unknown User")
    return 200, user.payload()


@route("POST", "/users/@me/channels")
async def create_dm(call: Call) -> tuple[int, Any]:
    emulator = call.emulator
    user = emulator.users.get(int(call.body["recipient_id"]))
    if user is None:
        raise DiscordError(400, 50033, "Invalid Recipients")
    channel = emulator.dm_channels.get(user.id)
    if channel is None:
        channel = Channel(emulator.snowflake(), ChannelType.DM, None, recipient=user)
        emulator.dm_channels[user.id] = channel
        emulator.channels[channel.id] = channel
    return 200, channel.payload()


# Channels


@route("GET", "/guilds/{guild_id}/channels")
async def get_channels(call: Call) -> tuple[int, Any]:
    guild = call.guild()
    return 200, [c.payload() for c in guild.channels.values() if call.allowed(c, Permissions.VIEW_CHANNEL)]


def _overwrites(call: Call, guild: Guild, raw: list[dict[str, Any]]) -> dict[int, Overwrite]:
    bot = call.emulator.bot_member(guild)
    base = guild.base_permissions(bot)
    result = {}
    for entry in raw:
        allow, deny = int(entry.get("allow") or 0), int(entry.get("deny") or 0)
        target = int(entry["id"])
        if not base & Permissions.ADMINISTRATOR and (
            (allow | deny) & ~base or (allow | deny) & Permissions.MANAGE_ROLES
        ):
            raise missing_permissions()
        kind = int(entry["type"])
        if (kind == 0 and target not in guild.roles) or (kind == 1 and target not in call.emulator.users):
            raise field_error("permission_overwrites", "UNKNOWN_OVERWRITE_TARGET", f"Unknown target {target}")
        result[target] = Overwrite(target, kind, allow, deny)
    return result


def _channel_name(name: Any) -> str:
    if not isinstance(name, str) or not 1 <= len(name) <= 100:
        raise field_error("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    return name.lower().replace(" ", "-")


@route("POST", "/guilds/{guild_id}/channels")
async def create_channel(call: Call) -> tuple[int, Any]:
    emulator, guild, body = call.emulator, call.guild(), call.body
    kind = ChannelType(body.get("type", 0))
    parent = guild.channels.get(int(body["parent_id"])) if body.get("parent_id") else None
    if body.get("parent_id") and (parent is None or parent.type is not ChannelType.GUILD_CATEGORY):
        raise field_error("parent_id", "CHANNEL_PARENT_INVALID_TYPE", "Not a category")
    context = parent if parent is not None else None
    allowed = (
        call.allowed(context, Permissions.MANAGE_CHANNELS)
        if context is not None
        else guild.base_permissions(emulator.bot_member(guild)) & Permissions.MANAGE_CHANNELS
    )
    if not allowed:
        raise missing_permissions()
    name = _channel_name(body.get("name")) if kind is ChannelType.GUILD_TEXT else body.get("name", "")
    if len(guild.channels) >= MAX_GUILD_CHANNELS:
        raise DiscordError(400, 30013, "Maximum number of guild channels reached (500)")
    if parent is not None and len(guild.children(parent)) >= MAX_CHANNELS_PER_CATEGORY:
        raise field_error(
            "parent_id", "CHANNEL_PARENT_MAX_CHANNELS", "Maximum number of channels in category reached (50)"
        )
    channel = Channel(emulator.snowflake(), kind, guild, name, parent_id=parent.id if parent else None)
    channel.topic = body.get("topic")
    channel.position = len(guild.channels)
    if "permission_overwrites" in body:
        channel.overwrites = _overwrites(call, guild, body["permission_overwrites"])
    elif parent is not None:
        channel.overwrites = {k: Overwrite(o.id, o.type, o.allow, o.deny) for k, o in parent.overwrites.items()}
    guild.channels[channel.id] = channel
    emulator.channels[channel.id] = channel
    await emulator.dispatch(guild.id, "CHANNEL_CREATE", channel.payload())
    return 201, channel.payload()


@route("GET", "/channels/{channel_id}")
async def get_channel(call: Call) -> tuple[int, Any]:
    return 200, call.channel().payload()


@route("PATCH", "/channels/{channel_id}")
async def modify_channel(call: Call) -> tuple[int, Any]:
    channel, body = call.channel(), call.body
    guild = channel.guild
    if guild is None:
        raise DiscordError(403, 50003, "Cannot execute action on a DM channel")
    if channel.is_thread:
        return await _modify_thread(call, channel)
    call.require(channel, Permissions.MANAGE_CHANNELS)
    if "name" in body and body["name"] != channel.name:
        now = asyncio.get_running_loop().time()
        channel.name_edits = [t for t in channel.name_edits if now - t < 600]
        if len(channel.name_edits) >= 2:
            # Discord's per-channel limit on renames: two per ten minutes, shared by everyone who edits it.
            wait = round(600 - (now - channel.name_edits[0]), 3)
            headers = {"Via": "1.1 google", "Retry-After": str(int(wait) + 1), "X-RateLimit-Scope": "shared"}
            raise DiscordError(429, 0, "You are being rate limited.", retry_after=wait, headers=headers)
        channel.name_edits.append(now)
        channel.name = _channel_name(body["name"])
    if "parent_id" in body:
        parent = guild.channels.get(int(body["parent_id"])) if body["parent_id"] else None
        if body["parent_id"] and (parent is None or parent.type is not ChannelType.GUILD_CATEGORY):
            raise field_error("parent_id", "CHANNEL_PARENT_INVALID_TYPE", "Not a category")
        if (
            parent is not None
            and parent.id != channel.parent_id
            and len(guild.children(parent)) >= MAX_CHANNELS_PER_CATEGORY
        ):
            raise field_error(
                "parent_id", "CHANNEL_PARENT_MAX_CHANNELS", "Maximum number of channels in category reached (50)"
            )
        channel.parent_id = parent.id if parent else None
    if "permission_overwrites" in body:
        call.require(channel, Permissions.MANAGE_ROLES)
        channel.overwrites = _overwrites(call, guild, body["permission_overwrites"])
    if "topic" in body:
        channel.topic = body["topic"]
    await call.emulator.dispatch(guild.id, "CHANNEL_UPDATE", channel.payload())
    return 200, channel.payload()


# Threads


def _thread(call: Call) -> Channel:
    thread = call.channel()
    if not thread.is_thread:
        raise DiscordError(400, 50024, "Cannot execute action on this channel type")
    return thread


def _manages_threads(call: Call, thread: Channel) -> bool:
    return call.allowed(thread, Permissions.MANAGE_THREADS)


@route("POST", "/channels/{channel_id}/threads")
async def create_thread(call: Call) -> tuple[int, Any]:
    """Start a thread without a message (a private one unless ``type`` says 11)."""
    emulator, parent, body = call.emulator, call.channel(), call.body
    guild = parent.guild
    if guild is None or parent.type is not ChannelType.GUILD_TEXT:
        raise DiscordError(400, 50024, "Cannot execute action on this channel type")
    kind = ChannelType(body.get("type") or ChannelType.GUILD_PRIVATE_THREAD)
    needed = (
        Permissions.CREATE_PRIVATE_THREADS
        if kind is ChannelType.GUILD_PRIVATE_THREAD
        else Permissions.CREATE_PUBLIC_THREADS
    )
    call.require(parent, Permissions.VIEW_CHANNEL | needed)
    bot = emulator.bot_user.id
    thread = Channel(emulator.snowflake(), kind, guild, body["name"], parent_id=parent.id, owner_id=bot)
    thread.thread_members[bot] = datetime.now(UTC)
    thread.invitable = bool(body.get("invitable", True))
    thread.auto_archive_duration = int(body.get("auto_archive_duration") or 10080)
    guild.threads[thread.id] = thread
    emulator.channels[thread.id] = thread
    created = {**thread.payload(), "newly_created": True, "member": thread.thread_member_payload(bot)}
    await emulator.dispatch(guild.id, "THREAD_CREATE", created)
    return 201, thread.payload()


async def _modify_thread(call: Call, thread: Channel) -> tuple[int, Any]:
    """Rename, archive, lock: the owner may rename and archive; locking, and anything on a locked thread,
    takes Manage Threads; unarchiving an unlocked thread takes only the right to send in it."""
    body, guild = call.body, thread.guild
    assert guild is not None
    manages, owns = _manages_threads(call, thread), thread.owner_id == call.emulator.bot_user.id
    changes_lock = "locked" in body and body["locked"] != thread.locked
    if (changes_lock or thread.locked) and not manages:
        raise missing_permissions()
    if ("name" in body or body.get("archived") is True) and not (manages or owns):
        raise missing_permissions()
    if body.get("archived") is False and thread.archived:
        call.require(thread, Permissions.SEND_MESSAGES)
    if "name" in body:
        thread.name = _channel_name(body["name"]) if body["name"] else thread.name
    if "invitable" in body:
        thread.invitable = bool(body["invitable"])
    changed = False
    for state in ("archived", "locked"):
        if state in body and body[state] is not None and body[state] != getattr(thread, state):
            setattr(thread, state, bool(body[state]))
            changed = True
    if changed:
        thread.state_changed_at = datetime.now(UTC)
    await call.emulator.dispatch(guild.id, "THREAD_UPDATE", thread.payload())
    return 200, thread.payload()


async def unarchive_on_message(emulator: Emulator, thread: Channel) -> None:
    """A message in an archived, unlocked thread brings it back, as in Discord."""
    if thread.is_thread and thread.archived and thread.guild is not None:
        thread.archived = False
        thread.state_changed_at = datetime.now(UTC)
        await emulator.dispatch(thread.guild.id, "THREAD_UPDATE", thread.payload())


async def _members_update(call: Call, thread: Channel, *, added: int | None = None, removed: int | None = None) -> None:
    guild = thread.guild
    assert guild is not None
    update: dict[str, Any] = {
        "id": str(thread.id),
        "guild_id": str(guild.id),
        "member_count": len(thread.thread_members),
    }
    if added is not None:
        member = guild.members[added]
        update["added_members"] = [{**thread.thread_member_payload(added), "member": member.payload()}]
    if removed is not None:
        update["removed_member_ids"] = [str(removed)]
    await call.emulator.dispatch(guild.id, "THREAD_MEMBERS_UPDATE", update)


@route("PUT", "/channels/{channel_id}/thread-members/{user_id}")
async def add_thread_member(call: Call) -> tuple[int, Any]:
    """Add a member: the bot must be able to send in the thread, which must not be archived."""
    thread = _thread(call)
    guild = thread.guild
    assert guild is not None
    call.require(thread, Permissions.SEND_MESSAGES)
    if thread.archived:
        raise DiscordError(400, 50083, "Thread is archived")
    user_id = int(call.params["user_id"])
    if user_id not in guild.members:
        raise DiscordError(404, 10007, "Unknown Member")
    if user_id not in thread.thread_members:
        thread.thread_members[user_id] = datetime.now(UTC)
        await _members_update(call, thread, added=user_id)
    return 204, None


@route("DELETE", "/channels/{channel_id}/thread-members/{user_id}")
async def remove_thread_member(call: Call) -> tuple[int, Any]:
    """Remove a member: takes Manage Threads, or being the owner of a private thread."""
    thread = _thread(call)
    owns_private = thread.type is ChannelType.GUILD_PRIVATE_THREAD and thread.owner_id == call.emulator.bot_user.id
    if not (_manages_threads(call, thread) or owns_private):
        raise missing_permissions()
    if thread.archived:
        raise DiscordError(400, 50083, "Thread is archived")
    user_id = int(call.params["user_id"])
    if thread.thread_members.pop(user_id, None) is not None:
        await _members_update(call, thread, removed=user_id)
    return 204, None


@route("GET", "/channels/{channel_id}/thread-members")
async def list_thread_members(call: Call) -> tuple[int, Any]:
    thread = _thread(call)
    return 200, [thread.thread_member_payload(user_id) for user_id in thread.thread_members]


@route("GET", "/channels/{channel_id}/threads/archived/private")
async def list_private_archived_threads(call: Call) -> tuple[int, Any]:
    """The channel's archived private threads, newest archived first (``before`` an archive time, ISO 8601).

    Takes Read Message History and Manage Threads; the members listed are the caller's own memberships.
    """
    parent = call.channel()
    if parent.guild is None or parent.type is not ChannelType.GUILD_TEXT:
        raise DiscordError(400, 50024, "Cannot execute action on this channel type")
    call.require(parent, Permissions.READ_MESSAGE_HISTORY | Permissions.MANAGE_THREADS)
    before = datetime.fromisoformat(call.query["before"]) if "before" in call.query else None
    limit = int(call.query.get("limit", 50))
    archived = sorted(
        (
            thread
            for thread in parent.guild.threads.values()
            if thread.parent_id == parent.id
            and thread.type is ChannelType.GUILD_PRIVATE_THREAD
            and thread.archived
            and (before is None or thread.state_changed_at < before)
        ),
        key=lambda thread: thread.state_changed_at,
        reverse=True,
    )
    page, bot = archived[:limit], call.emulator.bot_user.id
    return 200, {
        "threads": [thread.payload() for thread in page],
        "members": [thread.thread_member_payload(bot) for thread in page if bot in thread.thread_members],
        "has_more": len(archived) > limit,
    }


@route("DELETE", "/channels/{channel_id}")
async def delete_channel(call: Call) -> tuple[int, Any]:
    channel = call.channel()
    if channel.is_thread:
        if not _manages_threads(call, channel):
            raise missing_permissions()
        await call.emulator.delete_thread(channel)
        return 200, channel.payload()
    call.require(channel, Permissions.MANAGE_CHANNELS)
    await call.emulator.delete_channel(channel)
    return 200, channel.payload()


@route("PUT", "/channels/{channel_id}/permissions/{overwrite_id}")
async def put_overwrite(call: Call) -> tuple[int, Any]:
    channel = call.channel()
    assert channel.guild is not None
    call.require(channel, Permissions.MANAGE_ROLES)
    entry = {"id": call.params["overwrite_id"], **call.body}
    channel.overwrites.update(_overwrites(call, channel.guild, [entry]))
    await call.emulator.dispatch(channel.guild.id, "CHANNEL_UPDATE", channel.payload())
    return 204, None


@route("DELETE", "/channels/{channel_id}/permissions/{overwrite_id}")
async def delete_overwrite(call: Call) -> tuple[int, Any]:
    channel = call.channel()
    assert channel.guild is not None
    call.require(channel, Permissions.MANAGE_ROLES)
    channel.overwrites.pop(int(call.params["overwrite_id"]), None)
    await call.emulator.dispatch(channel.guild.id, "CHANNEL_UPDATE", channel.payload())
    return 204, None


# Messages


def _check_message_limits(body: dict[str, Any]) -> None:
    if len(body.get("content") or "") > MAX_CONTENT:
        raise field_error("content", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_CONTENT} or fewer in length.")
    embeds = body.get("embeds") or []
    if len(embeds) > MAX_EMBEDS:
        raise field_error("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    total = 0
    for embed in embeds:
        total += len(embed.get("title") or "") + len(embed.get("description") or "")
        total += len((embed.get("footer") or {}).get("text") or "") + len((embed.get("author") or {}).get("name") or "")
        if len(embed.get("fields") or []) > 25:
            raise field_error("embeds", "BASE_TYPE_MAX_LENGTH", "Embeds may have at most 25 fields.")
        for entry in embed.get("fields") or []:
            if not entry.get("name") or not entry.get("value"):
                raise field_error("embeds", "BASE_TYPE_REQUIRED", "Embed fields need a name and a value.")
            total += len(entry["name"]) + len(entry["value"])
    if total > MAX_EMBED_TOTAL:
        raise field_error("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")
    rows = body.get("components") or []
    if len(rows) > 5:
        raise field_error("components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
    for row in rows:
        buttons = row.get("components") or []
        if not 1 <= len(buttons) <= 5:
            raise field_error("components", "BASE_TYPE_BAD_LENGTH", "Action rows hold 1 to 5 components.")
        for button in buttons:
            if button.get("style") != 5 and not button.get("custom_id"):
                raise field_error("components", "COMPONENT_CUSTOM_ID_REQUIRED", "A custom_id is required.")
            if len(button.get("custom_id") or "") > 100:
                raise field_error("components", "BASE_TYPE_MAX_LENGTH", "custom_id must be 100 or fewer in length.")
            if len(button.get("label") or "") > 80:
                raise field_error("components", "BASE_TYPE_MAX_LENGTH", "label must be 80 or fewer in length.")
    if not (body.get("content") or embeds or rows or body.get("attachments") or body.get("_files")):
        raise DiscordError(400, 50006, "Cannot send an empty message")


def _mentions(message: Message, allowed: dict[str, Any] | None, may_mention_all: bool) -> None:
    """Work out who the message pings, honouring ``allowed_mentions`` as Discord does.

    A role is pinged only when it is mentionable or the author may mention every role (Mention Everyone);
    the same permission is needed for @everyone and @here.
    """
    content = message.content
    users = {int(u) for u in _USER_MENTION.findall(content)}
    roles = {int(r) for r in _ROLE_MENTION.findall(content)}
    everyone = "@everyone" in content or "@here" in content
    if allowed is None:
        message.pinged_user_ids, message.pinged_role_ids, message.pinged_everyone = users, roles, everyone
        return
    parse = set(allowed.get("parse") or [])
    allowed_users = {int(u) for u in allowed.get("users") or []}
    allowed_roles = {int(r) for r in allowed.get("roles") or []}
    message.pinged_user_ids = users if "users" in parse else users & allowed_users
    guild = message.channel.guild
    roles = {
        r for r in roles if may_mention_all or (guild is not None and r in guild.roles and guild.roles[r].mentionable)
    }
    message.pinged_role_ids = roles if "roles" in parse else roles & allowed_roles
    message.pinged_everyone = everyone and "everyone" in parse and may_mention_all


def build_message(call: Call, channel: Channel, *, webhook: bool = False) -> Message:
    """Make a message from a create or follow-up body (not yet stored)."""
    emulator, body = call.emulator, dict(call.body)
    body["_files"] = call.files
    _check_message_limits(body)
    message = Message(
        emulator.snowflake(),
        channel,
        emulator.bot_user,
        content=body.get("content") or "",
        embeds=[_embed_out(e) for e in body.get("embeds") or []],
        components=_components_out(body.get("components") or []),
        flags=int(body.get("flags") or 0),
        webhook_id=emulator.application_id if webhook else None,
    )
    if call.files:
        if sum(len(data) for _, data, _ in call.files) > MAX_UPLOAD:
            raise DiscordError(413, 40005, "Request entity too large")
        if not webhook:
            call.require(channel, Permissions.ATTACH_FILES)
        for filename, data, content_type in call.files:
            attachment_id = emulator.snowflake()
            key = attachment_key(channel.id, attachment_id, filename)
            emulator.attachments[key] = data
            message.attachments.append(
                Attachment(attachment_id, filename, data, f"{emulator.base_url}/attachments/{key}", content_type)
            )
    if not webhook and not call.allowed(channel, Permissions.EMBED_LINKS):
        message.embeds = []
    _mentions(message, body.get("allowed_mentions"), call.allowed(channel, Permissions.MENTION_EVERYONE))
    return message


def attachment_key(channel_id: int, attachment_id: int, filename: str) -> str:
    """The path of an uploaded file on the emulated CDN (its name percent-encoded, as Discord's links are)."""
    return f"{channel_id}/{attachment_id}/{quote(filename, safe='')}"


def _components_out(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Store components as Discord returns them: numbered, without null fields."""
    numbered = []
    counter = 0
    for row in rows:
        counter += 1
        children = []
        for child in row.get("components") or []:
            counter += 1
            # A select's ``required`` matters only in modals; messages come back without it.
            clean = {k: v for k, v in _without_nulls(child).items() if k != "required"}
            if "options" in clean:
                clean["options"] = [_without_nulls(option) for option in clean["options"]]
            children.append({**clean, "id": counter})
        numbered.append({**row, "id": counter - len(children), "components": children})
    return numbered


def _without_nulls(component: dict[str, Any]) -> dict[str, Any]:
    """Drop null fields, in the component and its emoji, as Discord's responses do."""
    clean = {k: v for k, v in component.items() if v is not None}
    if "emoji" in clean:
        clean["emoji"] = {k: v for k, v in clean["emoji"].items() if v is not None}
    return clean


def _embed_out(embed: dict[str, Any]) -> dict[str, Any]:
    return {"type": "rich", **embed}


async def store_message(emulator: Emulator, message: Message) -> None:
    channel = message.channel
    channel.messages[message.id] = message
    if not message.ephemeral and channel.guild is not None:
        await emulator.dispatch(channel.guild.id, "MESSAGE_CREATE", message.payload())


@route("POST", "/channels/{channel_id}/messages")
async def create_message(call: Call) -> tuple[int, Any]:
    channel = call.channel()
    if channel.type is ChannelType.DM:
        assert channel.recipient is not None
        if not channel.recipient.accepts_dms:
            raise DiscordError(403, 50007, "Cannot send messages to this user")
    else:
        call.require(channel, Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES)
        await unarchive_on_message(call.emulator, channel)
    message = build_message(call, channel)
    await store_message(call.emulator, message)
    return 200, message.payload()


@route("GET", "/channels/{channel_id}/messages")
async def get_messages(call: Call) -> tuple[int, Any]:
    channel = call.channel()
    if not call.allowed(channel, Permissions.READ_MESSAGE_HISTORY):
        return 200, []
    limit = int(call.query.get("limit", 50))
    history = channel.history()
    if "after" in call.query:
        after = int(call.query["after"])
        page = [m for m in history if m.id > after][:limit]
    else:
        before = int(call.query["before"]) if "before" in call.query else None
        page = [m for m in history if before is None or m.id < before][-limit:]
    return 200, [m.payload() for m in reversed(page)]


@route("GET", "/channels/{channel_id}/messages/{message_id}")
async def get_message(call: Call) -> tuple[int, Any]:
    channel = call.channel()
    call.require(channel, Permissions.READ_MESSAGE_HISTORY)
    return 200, call.message(channel).payload()


def _edit(message: Message, body: dict[str, Any]) -> None:
    _check_message_limits({**message.payload(), **body})
    if "content" in body:
        message.content = body["content"] or ""
    if "embeds" in body:
        message.embeds = [_embed_out(e) for e in body["embeds"] or []]
    if "components" in body:
        message.components = _components_out(body["components"] or [])
    message.flags &= ~LOADING
    message.edited_at = datetime.now(UTC)


@route("PATCH", "/channels/{channel_id}/messages/{message_id}")
async def edit_message(call: Call) -> tuple[int, Any]:
    channel = call.channel()
    message = call.message(channel)
    if message.author.id != call.emulator.bot_user.id:
        raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
    _edit(message, call.body)
    return 200, message.payload()


@route("DELETE", "/channels/{channel_id}/messages/{message_id}")
async def delete_message(call: Call) -> tuple[int, Any]:
    channel = call.channel()
    message = call.message(channel)
    if message.author.id != call.emulator.bot_user.id:
        call.require(channel, Permissions.MANAGE_MESSAGES)
    del channel.messages[message.id]
    if channel.guild is not None:
        await call.emulator.dispatch(
            channel.guild.id,
            "MESSAGE_DELETE",
            {"id": str(message.id), "channel_id": str(channel.id), "guild_id": str(channel.guild.id)},
        )
    return 204, None


# Interactions


@route("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
async def interaction_callback(call: Call) -> tuple[int, Any]:
    emulator = call.emulator
    interaction = emulator.interactions.get(call.params["token"])
    if interaction is None or str(interaction.id) != call.params["interaction_id"]:
        raise DiscordError(404, 10062, "Unknown interaction")
    now = asyncio.get_running_loop().time()
    if interaction.acknowledged:
        raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
    if now - interaction.created_at > INTERACTION_DEADLINE:
        raise DiscordError(404, 10062, "Unknown interaction")
    kind, data = call.body["type"], call.body.get("data") or {}
    message: Message | None = None
    if kind in (CallbackType.CHANNEL_MESSAGE, CallbackType.DEFERRED_CHANNEL_MESSAGE):
        flags = int(data.get("flags") or 0) | (LOADING if kind == CallbackType.DEFERRED_CHANNEL_MESSAGE else 0)
        call.body = {**data, "flags": flags}
        if kind == CallbackType.DEFERRED_CHANNEL_MESSAGE:
            message = Message(emulator.snowflake(), interaction.channel, emulator.bot_user, flags=flags)
        else:
            message = build_message(call, interaction.channel, webhook=True)
        message.interaction_id = interaction.id
        message.interaction_user, message.interaction_type = interaction.user, interaction.type
        interaction.original = message
        await store_message(emulator, message)
    elif kind in (CallbackType.UPDATE_MESSAGE, CallbackType.DEFERRED_UPDATE_MESSAGE):
        message = interaction.source_message
        if message is None:
            raise DiscordError(400, 40004, "Interaction has no message to update")
        if kind == CallbackType.UPDATE_MESSAGE:
            _edit(message, data)
        interaction.original = message
    elif kind == CallbackType.MODAL:
        if interaction.type == InteractionType.MODAL_SUBMIT:
            raise DiscordError(400, 50035, "A modal cannot answer a modal submission")
        interaction.modal = data
    elif kind == CallbackType.AUTOCOMPLETE_RESULT:
        if interaction.type != InteractionType.AUTOCOMPLETE:
            raise field_error("type", "INTERACTION_CALLBACK_TYPE_INVALID", "Autocomplete results answer autocomplete")
        interaction.autocomplete_choices = data.get("choices", [])
    else:
        raise field_error("type", "INTERACTION_CALLBACK_TYPE_INVALID", f"Unsupported callback type {kind}")
    interaction.response_type = kind
    interaction.response_at = now
    interaction.note_update()
    answer: dict[str, Any] = {}
    if message is not None and kind in (CallbackType.CHANNEL_MESSAGE, CallbackType.UPDATE_MESSAGE):
        answer["resource"] = {"type": kind, "message": message.payload()}
    return 200, {
        **answer,
        "interaction": {
            "id": str(interaction.id),
            "type": interaction.type,
            **(
                {
                    "response_message_id": str(message.id),
                    "response_message_loading": kind == CallbackType.DEFERRED_CHANNEL_MESSAGE,
                    "response_message_ephemeral": message.ephemeral,
                }
                if message is not None
                else {}
            ),
        },
    }


@route("POST", "/webhooks/{webhook_id}/{webhook_token}")
async def followup(call: Call) -> tuple[int, Any]:
    interaction = call.interaction()
    if not interaction.acknowledged:
        raise DiscordError(404, 10015, "Unknown Webhook")
    message = build_message(call, interaction.channel, webhook=True)
    message.interaction_id = interaction.id
    message.interaction_user, message.interaction_type = interaction.user, interaction.type
    interaction.followups.append(message)
    await store_message(call.emulator, message)
    interaction.note_update()
    return 200, message.payload()


def _webhook_message(call: Call, interaction: Interaction) -> Message:
    target = call.params["message_id"]
    if target == "@original":
        if interaction.original is None:
            raise DiscordError(404, 10008, "Unknown Message")
        return interaction.original
    for message in interaction.followups:
        if str(message.id) == target:
            return message
    raise DiscordError(404, 10008, "Unknown Message")


@route("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
async def get_webhook_message(call: Call) -> tuple[int, Any]:
    return 200, _webhook_message(call, call.interaction()).payload()


@route("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
async def edit_webhook_message(call: Call) -> tuple[int, Any]:
    interaction = call.interaction()
    message = _webhook_message(call, interaction)
    _edit(message, call.body)
    interaction.note_update()
    return 200, message.payload()


@route("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
async def delete_webhook_message(call: Call) -> tuple[int, Any]:
    interaction = call.interaction()
    message = _webhook_message(call, interaction)
    message.channel.messages.pop(message.id, None)
    return 204, None
