"""A Discord API emulator that an unmodified discord.py client talks to over real HTTP and WebSocket.

It keeps real state (guilds, channels, overwrites, messages), applies Discord's permission algorithm
and limits, validates every request against Discord's OpenAPI description, and gives tests a driver
API: build a guild, click a button or run a slash or message command as a member (or, in a DM with the
bot, as its recipient), and inspect the result.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import discord
import yarl
from aiohttp import web

from tests.emulator.commands import CHAT_INPUT, MESSAGE, type_of
from tests.emulator.gateway import PRIVILEGED_INTENTS, GatewaySession, handle_gateway
from tests.emulator.interactions import CallbackType, ComponentType, Interaction, InteractionType
from tests.emulator.oauth import OAuthServer
from tests.emulator.rest import ROUTES, Call, DiscordError, attachment_key, unarchive_on_message
from tests.emulator.spec import SpecValidator, locales, shared
from tests.emulator.state import (
    DEFAULT_EVERYONE,
    DM_APP_PERMISSIONS,
    Attachment,
    Channel,
    ChannelType,
    Guild,
    Member,
    Message,
    Overwrite,
    Permissions,
    Role,
    SnowflakeFactory,
    User,
)

log = logging.getLogger(__name__)

API_PREFIX = "/api/v10"
BOT_PERMISSIONS = (
    Permissions.VIEW_CHANNEL
    | Permissions.SEND_MESSAGES
    | Permissions.MANAGE_CHANNELS
    | Permissions.MANAGE_ROLES
    | Permissions.READ_MESSAGE_HISTORY
    | Permissions.ATTACH_FILES
    | Permissions.EMBED_LINKS
    | Permissions.MANAGE_MESSAGES
    | Permissions.MANAGE_THREADS
    | Permissions.CREATE_PRIVATE_THREADS
    | Permissions.SEND_MESSAGES_IN_THREADS
    # So that a test of "user text never pings" proves the bot's allowed_mentions, not a missing permission.
    | Permissions.MENTION_EVERYONE
)


@dataclass
class RequestRecord:
    """One REST request as the emulator received it."""

    method: str
    route: str
    path: str
    body: Any
    reason: str | None
    at: float
    status: int = 0


@dataclass
class Fault:
    """Make the next ``times`` requests to ``route`` (within ``scope``, if given) fail with ``status``.

    A scope is a guild's id, or for direct messages the recipient's id.
    """

    route: str
    status: int
    times: int = 1
    retry_after: float = 0.1
    code: int = 0
    scope: int | None = None


@dataclass
class Hook:
    """Call ``action`` when the ``nth`` request to ``route`` (within ``scope``, if given) has been carried out.

    It runs after the emulator changed its state and before the answer is sent: the moment a crash
    leaves the bot not knowing whether its request took effect.
    """

    route: str
    action: Callable[[], Any]
    nth: int = 1
    scope: int | None = None
    seen: int = 0


# Routes an OAuth2 bearer token may call, and the scope each needs.
BEARER_SCOPES = {"GET /users/@me": "identify", "GET /users/@me/guilds": "guilds"}


@dataclass
class Emulator:
    """Emulated Discord: state, the HTTP/WebSocket server, and the driver API used by tests."""

    validate_spec: bool = True
    latency: float = 0.0
    # The privileged intents switched on for the application in the developer portal.
    enabled_privileged_intents: int = PRIVILEGED_INTENTS
    snowflake: SnowflakeFactory = field(default_factory=SnowflakeFactory)
    users: dict[int, User] = field(default_factory=dict)
    guilds: dict[int, Guild] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    dm_channels: dict[int, Channel] = field(default_factory=dict)
    commands: dict[int | None, list[dict[str, Any]]] = field(default_factory=dict)
    interactions: dict[str, Interaction] = field(default_factory=dict)
    sessions: dict[str, GatewaySession] = field(default_factory=dict)
    requests: list[RequestRecord] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    hooks: list[Hook] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    attachments: dict[str, bytes] = field(default_factory=dict)
    # The Discord account signed in to the emulated discord.com in the browser (for OAuth2 login).
    browser_user: User | None = None

    def __post_init__(self) -> None:
        self.token = "ZW11bGF0ZWQ." + secrets.token_urlsafe(24) + ".token"  # a bot token's three parts
        self.bot_user = self.create_user("TicketBot", bot=True)
        self.application_id = self.bot_user.id
        self.spec: SpecValidator | None = shared() if self.validate_spec else None
        self.oauth = OAuthServer(self)
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # Server

    async def start(self) -> None:
        """Serve on a free loopback port and point discord.py (process-wide) at it."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._serve_gateway)
        app.router.add_get("/attachments/{key:.+}", self._serve_attachment)
        self.oauth.register(app)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._handle_rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        # A burst of clicks opens many connections at once; aiohttp's default backlog (128) drops some.
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=4096)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        discord.http.Route.BASE = self.base_url + API_PREFIX
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{port}/gateway")

    async def stop(self) -> None:
        for session in self.sessions.values():
            if session.ws is not None:
                await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def gateway_url(self) -> str:
        return self.base_url.replace("http", "ws", 1) + "/gateway"

    async def _serve_gateway(self, request: web.Request) -> web.WebSocketResponse:
        return await handle_gateway(self, request)

    async def _serve_attachment(self, request: web.Request) -> web.Response:
        data = self.attachments.get(request.raw_path.split("/attachments/", 1)[1])
        if data is None:
            raise web.HTTPNotFound()
        return web.Response(body=data)

    async def _handle_rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        started = time.monotonic()
        if self.latency:
            await asyncio.sleep(self.latency)
        body, files = await _read_body(request)
        route, handler, params = _match(request.method, path)
        reason = request.headers.get("X-Audit-Log-Reason")
        record = RequestRecord(request.method, route, path, body, unquote(reason) if reason else None, started)
        self.requests.append(record)
        scopes = self._scopes(params, body)
        try:
            bearer = self._check_auth(route, request)
            self._check_spec(request.method, path, dict(request.query), body)
            self._inject_fault(route, scopes)
            if handler is None:
                raise DiscordError(404, 0, "404: Not Found")
            call = Call(
                self, params, dict(request.query), body if body is not None else {}, files, record.reason, bearer
            )
            status, payload = await handler(call)
            await self._run_hooks(route, scopes)
        except DiscordError as error:
            status, payload = error.status, error.payload()
            headers = error.headers
        else:
            headers = {}
            if self.spec is not None and payload is not None:
                self.violations += self.spec.check_response(request.method, path, status, payload)
        record.status = status
        headers.update(_ratelimit_headers(route))
        if payload is None:
            return web.Response(status=204, headers=headers)
        headers["Content-Type"] = "application/json"
        return web.Response(status=status, body=json.dumps(payload).encode(), headers=headers)

    def _check_auth(self, route: str, request: web.Request) -> User | None:
        """Check the request's credentials; return the user of an OAuth2 bearer token, None for the bot."""
        authorization = request.headers.get("Authorization")
        if (
            route.startswith(
                ("POST /interactions/", "GET /webhooks/", "POST /webhooks/", "PATCH /webhooks/", "DELETE /webhooks/")
            )
            or route == "POST /oauth2/token"
        ):
            return None
        if route in BEARER_SCOPES and authorization and authorization.startswith("Bearer "):
            user = self.oauth.bearer(authorization, BEARER_SCOPES[route])
            if user is None:
                raise DiscordError(401, 0, "401: Unauthorized")
            return user
        if authorization != f"Bot {self.token}":
            raise DiscordError(401, 0, "401: Unauthorized")
        return None

    def _check_spec(self, method: str, path: str, query: dict[str, str], body: Any) -> None:
        if self.spec is None:
            return
        problems = self.spec.check_request(method, path, query, body)
        if problems:
            self.violations += problems
            raise DiscordError(400, 50035, "Invalid Form Body", {"_spec": problems})

    def _scopes(self, params: dict[str, str], body: Any) -> set[int | None]:
        """What a request is about: its guild (from the guild, channel or interaction), or a DM's recipient."""
        scopes: set[int | None] = {None}
        if "guild_id" in params:
            scopes.add(int(params["guild_id"]))
        channel = self.channels.get(int(params["channel_id"])) if "channel_id" in params else None
        if channel is not None:
            scopes.add(channel.guild.id if channel.guild is not None else getattr(channel.recipient, "id", None))
        interaction = self.interactions.get(params.get("token", ""))
        if interaction is not None:
            scopes.add(interaction.guild.id if interaction.guild is not None else interaction.user.id)
        if isinstance(body, dict) and "recipient_id" in body:
            scopes.add(int(body["recipient_id"]))
        return scopes

    async def _run_hooks(self, route: str, scopes: set[int | None]) -> None:
        for hook in list(self.hooks):
            if hook.route == route and hook.scope in scopes:
                hook.seen += 1
                if hook.seen == hook.nth:
                    self.hooks.remove(hook)
                    result = hook.action()
                    if asyncio.iscoroutine(result):
                        await result

    def _inject_fault(self, route: str, scopes: set[int | None]) -> None:
        for fault in self.faults:
            if fault.route == route and fault.times > 0 and fault.scope in scopes:
                fault.times -= 1
                if fault.status == 429:
                    raise DiscordError(
                        429,
                        0,
                        "You are being rate limited.",
                        retry_after=fault.retry_after,
                        headers={
                            "Via": "1.1 google",
                            "Retry-After": str(fault.retry_after),
                            "X-RateLimit-Scope": "user",
                        },
                    )
                raise DiscordError(fault.status, fault.code, "Injected failure")

    # Dispatch

    async def dispatch(self, guild_id: int | None, event: str, data: dict[str, Any]) -> None:
        for session in list(self.sessions.values()):
            if session.serves(guild_id):
                await session.dispatch(event, data)

    async def send_ready(self, session: GatewaySession) -> None:
        guilds = [g for g in self.guilds.values() if session.serves(g.id) and self.bot_user.id in g.members]
        await session.dispatch(
            "READY",
            {
                "v": 10,
                "user": {**self.bot_user.payload(), "verified": True, "mfa_enabled": False, "flags": 0},
                "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
                "session_id": session.id,
                "resume_gateway_url": self.gateway_url,
                "application": {"id": str(self.application_id), "flags": 1 << 19},
                "shard": [session.shard_id, session.shard_count],
                "private_channels": [],
                "relationships": [],
            },
        )
        for guild in guilds:
            await session.dispatch("GUILD_CREATE", guild.gateway_payload(guild.members[self.bot_user.id]))

    async def reconnect_bot(self) -> None:
        """Send op 7 RECONNECT to every session; discord.py resumes."""
        for session in self.sessions.values():
            await session.reconnect()

    # Building the world

    def create_user(self, username: str, *, bot: bool = False, accepts_dms: bool = True, locale: str = "en-US") -> User:
        """Create a Discord account; ``locale`` is the language its Discord app is set to."""
        user = User(self.snowflake(), username, bot=bot, accepts_dms=accepts_dms, locale=_known(locale))
        self.users[user.id] = user
        return user

    def create_guild(
        self, name: str = "Support Server", *, bot_permissions: int = BOT_PERMISSIONS, preferred_locale: str = "en-US"
    ) -> Guild:
        """Create a guild with an owner and the bot as a member whose role grants ``bot_permissions``.

        ``preferred_locale`` is the server's language; its owner's Discord stays in English, as tests read it.
        """
        owner = self.create_user(f"{name.lower().replace(' ', '')}-owner")
        guild = Guild(self.snowflake(), name, owner.id, preferred_locale=_known(preferred_locale))
        self.guilds[guild.id] = guild
        guild.roles[guild.id] = Role(guild.id, guild.id, "@everyone", int(DEFAULT_EVERYONE))
        guild.members[owner.id] = Member(owner, guild)
        bot_role = self.create_role(guild, "TicketBot", bot_permissions, position=10)
        guild.members[self.bot_user.id] = Member(self.bot_user, guild, [bot_role.id])
        return guild

    async def update_guild(self, guild: Guild, *, preferred_locale: str) -> None:
        """Change a server's language as an admin would in Server Settings, telling the bot (GUILD_UPDATE)."""
        guild.preferred_locale = _known(preferred_locale)
        await self.dispatch(guild.id, "GUILD_UPDATE", guild.payload())

    async def announce_guild(self, guild: Guild) -> None:
        """Tell connected bots about a guild they were just added to (GUILD_CREATE)."""
        await self.dispatch(guild.id, "GUILD_CREATE", guild.gateway_payload(self.bot_member(guild)))

    def create_role(
        self,
        guild: Guild,
        name: str,
        permissions: int = 0,
        *,
        position: int = 1,
        managed: bool = False,
        mentionable: bool = False,
    ) -> Role:
        role = Role(self.snowflake(), guild.id, name, int(permissions), position, managed, mentionable)
        guild.roles[role.id] = role
        return role

    async def add_role(
        self, guild: Guild, name: str, permissions: int = 0, *, position: int = 1, mentionable: bool = False
    ) -> Role:
        """Create a role in a guild the bot already knows, telling it as Discord does (GUILD_ROLE_CREATE)."""
        role = self.create_role(guild, name, permissions, position=position, mentionable=mentionable)
        await self.dispatch(guild.id, "GUILD_ROLE_CREATE", {"guild_id": str(guild.id), "role": role.payload()})
        return role

    async def update_role(self, role: Role, *, permissions: int | None = None, mentionable: bool | None = None) -> None:
        """Change a role as an admin would in Server Settings, telling the bot (GUILD_ROLE_UPDATE)."""
        if permissions is not None:
            role.permissions = int(permissions)
        if mentionable is not None:
            role.mentionable = mentionable
        await self.dispatch(
            role.guild_id, "GUILD_ROLE_UPDATE", {"guild_id": str(role.guild_id), "role": role.payload()}
        )

    def owner(self, guild: Guild) -> Member:
        return guild.members[guild.owner_id]

    def bot_member(self, guild: Guild) -> Member:
        return guild.members[self.bot_user.id]

    async def add_member(
        self, guild: Guild, username: str, *roles: Role, accepts_dms: bool = True, locale: str = "en-US"
    ) -> Member:
        """Make a new user join a guild with ``roles``; ``locale`` is the language of their Discord."""
        user = self.create_user(username, accepts_dms=accepts_dms, locale=locale)
        member = Member(user, guild, [r.id for r in roles])
        guild.members[user.id] = member
        await self.dispatch(guild.id, "GUILD_MEMBER_ADD", {**member.payload(), "guild_id": str(guild.id)})
        return member

    async def remove_member(self, member: Member) -> None:
        """Make a member leave their guild."""
        member.guild.members.pop(member.id, None)
        await self.dispatch(
            member.guild.id, "GUILD_MEMBER_REMOVE", {"guild_id": str(member.guild.id), "user": member.user.payload()}
        )

    async def create_channel(
        self,
        guild: Guild,
        name: str,
        *,
        type: ChannelType = ChannelType.GUILD_TEXT,
        parent: Channel | None = None,
        overwrites: list[Overwrite] | None = None,
        topic: str | None = None,
    ) -> Channel:
        """Create a channel as an admin would, outside the bot."""
        channel = Channel(self.snowflake(), type, guild, name, parent_id=parent.id if parent else None, topic=topic)
        channel.position = len(guild.channels)
        source = overwrites if overwrites is not None else (list(parent.overwrites.values()) if parent else [])
        channel.overwrites = {o.id: Overwrite(o.id, o.type, o.allow, o.deny) for o in source}
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        await self.dispatch(guild.id, "CHANNEL_CREATE", channel.payload())
        return channel

    async def delete_thread(self, thread: Channel) -> None:
        """Delete a thread (as a moderator would, or for the bot)."""
        assert thread.guild is not None
        thread.guild.threads.pop(thread.id, None)
        self.channels.pop(thread.id, None)
        gone = {"id": str(thread.id), "guild_id": str(thread.guild.id), "parent_id": str(thread.parent_id)}
        await self.dispatch(thread.guild.id, "THREAD_DELETE", {**gone, "type": int(thread.type)})

    async def archive_thread(self, thread: Channel) -> None:
        """Archive a thread as Discord does once it has been quiet for its auto-archive time.

        The thread leaves the server's active threads (and the client's cache) but still exists.
        """
        assert thread.guild is not None
        thread.archived = True
        thread.state_changed_at = datetime.now(UTC)
        await self.dispatch(thread.guild.id, "THREAD_UPDATE", thread.payload())

    async def delete_channel(self, channel: Channel) -> None:
        """Delete a channel as an admin, outside the bot.

        Its threads, archived or not, go with it, and Discord sends no THREAD_DELETE for them: the client
        drops the ones it caches, and learns of the others only by asking.
        """
        guild = channel.guild
        assert guild is not None
        guild.channels.pop(channel.id, None)
        self.channels.pop(channel.id, None)
        for thread in [t for t in guild.threads.values() if t.parent_id == channel.id]:
            guild.threads.pop(thread.id)
            self.channels.pop(thread.id, None)
        await self.dispatch(guild.id, "CHANNEL_DELETE", channel.payload())

    # Acting as members

    async def post_message(
        self,
        member: Member,
        channel: Channel,
        content: str,
        *,
        files: Sequence[tuple[str, bytes, str | None]] = (),
        reply_to: Message | None = None,
    ) -> Message:
        """Post a message as a member, as the Discord client would (permissions checked).

        ``files`` are (name, bytes, content type) uploaded with it; ``reply_to`` makes it a reply. Users
        named by ``<@id>`` in the content are listed as mentioned, as Discord does.
        """
        guild = channel.guild
        assert guild is not None
        needed = Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES | (Permissions.ATTACH_FILES if files else 0)
        if not guild.can(member, channel, needed):
            raise PermissionError(f"{member.user.username} cannot send messages in #{channel.name}")
        await unarchive_on_message(self, channel)
        message = Message(self.snowflake(), channel, member.user, content, reference=reply_to)
        named = {int(user_id) for user_id in re.findall(r"<@!?(\d+)>", content)}
        message.mentioned = [m.user for m in guild.members.values() if m.user.id in named]
        for filename, data, content_type in files:
            attachment_id = self.snowflake()
            key = attachment_key(channel.id, attachment_id, filename)
            self.attachments[key] = data
            url = f"{self.base_url}/attachments/{key}"
            message.attachments.append(Attachment(attachment_id, filename, data, url, content_type))
        channel.messages[message.id] = message
        await self.dispatch(guild.id, "MESSAGE_CREATE", {**message.payload(), "member": _member_without_user(member)})
        return message

    async def react(self, member: Member, message: Message, emoji: str) -> None:
        """Add a member's unicode reaction to a message (the count only: the bot asks for no reaction events)."""
        message.reactions[emoji] = message.reactions.get(emoji, 0) + 1

    async def delete_message(self, message: Message) -> None:
        """Delete a message as a moderator would, outside the bot."""
        channel = message.channel
        del channel.messages[message.id]
        guild_id = channel.guild.id if channel.guild else None
        payload = {"id": str(message.id), "channel_id": str(channel.id)}
        await self.dispatch(
            guild_id, "MESSAGE_DELETE", {**payload, **({"guild_id": str(guild_id)} if guild_id else {})}
        )

    async def click(self, who: Member | User, message: Message, custom_id: str | None = None) -> Interaction:
        """Click a button on a message; with one button, ``custom_id`` may be left out.

        In a server ``who`` is a member (a user is taken as their membership there); in a direct message
        with the bot only its recipient sees the message, and anyone else's click fails the test.
        """
        ids = message.custom_ids
        if custom_id is None:
            assert len(ids) == 1, f"message has buttons {ids}; say which to click"
            custom_id = ids[0]
        matches = [c for c in ids if c == custom_id or c.startswith(custom_id)]
        assert matches, f"no button {custom_id!r} on the message (it has {ids})"
        actor = self._seeing(who, message)
        data = {"custom_id": matches[0], "component_type": 2}
        return await self._interact(InteractionType.MESSAGE_COMPONENT, actor, message.channel, data, message)

    def _seeing(self, who: Member | User, message: Message) -> Member | User:
        """Who acts on ``message`` (see ``_acting``), checked to see it as Discord's client would show it."""
        actor = self._acting(who, message.channel)
        channel = message.channel
        if isinstance(actor, Member) and not message.ephemeral and not self.can_view(actor, channel):
            raise PermissionError(f"{actor.user.username} cannot see #{channel.name}")
        return actor

    def _acting(self, who: Member | User, channel: Channel) -> Member | User:
        """Who acts in ``channel``: the member of its server, or in a DM with the bot, its recipient."""
        user = who.user if isinstance(who, Member) else who
        guild = channel.guild
        if guild is None:
            recipient = channel.recipient
            assert recipient is not None
            assert user.id == recipient.id, (
                f"{user.username} cannot see {recipient.username}'s direct messages with the bot: "
                "only the recipient of a DM acts in it"
            )
            return user
        if isinstance(who, Member) and who.guild is guild:
            return who
        member = guild.members.get(user.id)
        assert member is not None, f"{user.username} is not a member of {guild.name}"
        return member

    async def choose(self, who: Member | User, message: Message, custom_id: str, *values: str) -> Interaction:
        """Pick options (by value) in a message's select menu, as Discord's client allows: only offered values."""
        select = next(
            (c for row in message.components for c in row.get("components", []) if c.get("custom_id") == custom_id),
            None,
        )
        assert select is not None and select["type"] == ComponentType.STRING_SELECT, f"no select {custom_id!r}"
        offered = [o["value"] for o in select.get("options", [])]
        assert all(v in offered for v in values), f"{values} not among the options {offered}"
        assert select.get("min_values", 1) <= len(values) <= select.get("max_values", 1), "wrong number of values"
        actor = self._seeing(who, message)
        data = {"custom_id": custom_id, "component_type": ComponentType.STRING_SELECT, "values": list(values)}
        return await self._interact(InteractionType.MESSAGE_COMPONENT, actor, message.channel, data, message)

    async def run_command(
        self, member: Member, channel: Channel, command: str, /, _focused: str | None = None, **options: Any
    ) -> Interaction:
        """Run a slash command such as ``"ticket add"`` as a member, with options by name.

        Names may be the ones the member's Discord shows them (the command's localizations for their locale);
        the bot receives the command's own names, as from Discord. With ``_focused``, the member is still
        typing that option: Discord asks for autocomplete instead.
        """
        assert channel.guild is not None
        name, *subcommands = command.split()
        locale = member.user.locale
        definition, guild_scoped = self._find_command(channel.guild, name, locale)
        node: dict[str, Any] = definition
        nested: list[dict[str, Any]] = []
        target = nested
        for sub in subcommands:
            found = next((o for o in node.get("options", []) if _named(o, sub, locale)), None)
            assert found is not None, f"/{command} has no subcommand {sub!r}"
            node = found
            entry: dict[str, Any] = {"type": node["type"], "name": node["name"], "options": []}
            target.append(entry)
            target = entry["options"]
        resolved: dict[str, dict[str, Any]] = {}
        for option_name, value in options.items():
            schema = next((o for o in node.get("options", []) if _named(o, option_name, locale)), None)
            assert schema is not None, f"/{command} has no option {option_name!r}"
            given = self._option_value(value, resolved, channel)
            entry = {"type": schema["type"], "name": schema["name"], "value": given}
            if option_name == _focused:
                assert schema.get("autocomplete"), f"/{command} {option_name} has no autocomplete"
                entry["focused"] = True
            target.append(entry)
        data: dict[str, Any] = {"id": definition["id"], "name": definition["name"], "type": 1, "options": nested}
        if resolved:
            data["resolved"] = resolved
        if guild_scoped:
            data["guild_id"] = str(channel.guild.id)
        kind = InteractionType.AUTOCOMPLETE if _focused else InteractionType.APPLICATION_COMMAND
        return await self._interact(kind, member, channel, data)

    async def run_message_command(
        self, who: Member | User, message: Message, name: str, *, admin_granted: bool = False
    ) -> Interaction:
        """Use a message command on ``message``, as from its context menu (Apps → ``name``).

        ``name`` may be the one the user's Discord shows (the command's localization for their locale); the
        bot receives the command's own name and the message, resolved. Discord's client offers the command
        only where it may be used, and this fails the test elsewhere: in a server, the member must see the
        message's channel and hold Use Application Commands and the command's ``default_member_permissions``
        there (administrators hold all); in a DM with the bot, only its recipient acts and only a global
        command allowed in that context (``contexts``) shows.

        ``admin_granted``: a server admin allowed the member this command (Server Settings → Integrations),
        which overrides its ``default_member_permissions``; the bot's own checks are then all that stands.
        """
        channel = message.channel
        guild = channel.guild
        actor = self._acting(who, channel)
        user = actor.user if isinstance(actor, Member) else actor
        definition, guild_scoped = self._find_command(guild, name, user.locale, MESSAGE)
        contexts = definition.get("contexts")
        context = 0 if guild is not None else 1
        shown = context in contexts if contexts else guild is not None or definition.get("dm_permission", True)
        installs = definition.get("integration_types")
        assert shown and (not installs or 0 in installs), (
            f"{name!r} is not offered {'in a server' if guild is not None else 'in DMs with the bot'} "
            f"(contexts {contexts}, integration types {installs})"
        )
        if isinstance(actor, Member):
            assert self.can_view(actor, channel), (
                f"{user.username} cannot see #{channel.name}, so cannot use a command on its messages"
            )
            assert self._may_use(actor, channel, definition, admin_granted=admin_granted), (
                f"{user.username} may not use {name!r} in #{channel.name}: Discord hides it from them "
                f"(default_member_permissions {definition.get('default_member_permissions')})"
            )
        data: dict[str, Any] = {
            "id": definition["id"],
            "name": definition["name"],
            "type": MESSAGE,
            "target_id": str(message.id),
            "resolved": {"messages": {str(message.id): message.payload()}},
        }
        if guild_scoped:
            assert guild is not None
            data["guild_id"] = str(guild.id)
        return await self._interact(InteractionType.APPLICATION_COMMAND, actor, channel, data)

    def _may_use(
        self, member: Member, channel: Channel, definition: dict[str, Any], *, admin_granted: bool = False
    ) -> bool:
        """Whether Discord offers a member a command in a channel.

        They need Use Application Commands there and, unless an admin granted them the command, every
        permission of its ``default_member_permissions`` ("0": administrators only); administrators may use
        any command.
        """
        assert channel.guild is not None
        held = channel.guild.permissions_in(member, channel)
        if held & Permissions.ADMINISTRATOR:
            return True
        if not held & Permissions.USE_APPLICATION_COMMANDS:
            return False
        required = definition.get("default_member_permissions")
        if admin_granted or required is None:
            return True
        return required != "0" and held & int(required) == int(required)

    async def submit_modal(
        self, who: Member | User, channel: Channel, custom_id: str, values: dict[str, str]
    ) -> Interaction:
        """Submit a modal the bot showed, with text input values by custom_id."""
        rows = [{"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]} for k, v in values.items()]
        return await self._interact(
            InteractionType.MODAL_SUBMIT,
            self._acting(who, channel),
            channel,
            {"custom_id": custom_id, "components": rows},
        )

    async def fill_modal(self, shown: Interaction, values: dict[str, Any]) -> Interaction:
        """Submit the modal the bot showed in answer to ``shown``, as Discord's client would.

        ``values`` by input custom_id: text, option values, members/roles/channels for pickers, or
        ``(filename, bytes)`` pairs for a file upload. The submission mirrors the modal's layout (action
        rows, or labels around one input each) with every input, empty when not filled (a text input keeps
        its pre-filled value), and ``resolved`` data for picked entities and uploads; what the client
        refuses (a required input left empty, a length exceeded, a value not offered, too many picks)
        fails the test here.
        """
        modal = shown.modal
        assert modal is not None, "the bot showed no modal"
        known = set()
        resolved: dict[str, dict[str, Any]] = {}
        components: list[dict[str, Any]] = []
        for outer in modal["components"]:
            if outer["type"] == ComponentType.LABEL:
                inner = outer["component"]
                known.add(inner["custom_id"])
                answered = self._submitted(inner, values.get(inner["custom_id"]), resolved, shown.channel)
                components.append({"type": ComponentType.LABEL, "id": outer.get("id", 0), "component": answered})
            elif outer["type"] == ComponentType.ACTION_ROW:
                row = [
                    self._submitted(c, values.get(c["custom_id"]), resolved, shown.channel) for c in outer["components"]
                ]
                known.update(c["custom_id"] for c in outer["components"])
                components.append({"type": ComponentType.ACTION_ROW, "id": outer.get("id", 0), "components": row})
        assert set(values) <= known, f"the modal has no inputs {set(values) - known}"
        data: dict[str, Any] = {"custom_id": modal["custom_id"], "components": components}
        if resolved:
            data["resolved"] = resolved
        # A modal opened from a message's component is submitted with that message, as Discord sends it.
        source = shown.source_message if shown.type == InteractionType.MESSAGE_COMPONENT else None
        return await self._interact(InteractionType.MODAL_SUBMIT, shown.actor, shown.channel, data, source)

    def _submitted(
        self, component: dict[str, Any], given: Any, resolved: dict[str, dict[str, Any]], channel: Channel
    ) -> dict[str, Any]:
        """Return one modal input as a submission carries it, checked the way Discord's client checks it."""
        kind, custom_id = component["type"], component["custom_id"]
        base = {"type": kind, "id": component.get("id", 0), "custom_id": custom_id}
        required = component.get("required", True)
        if kind == ComponentType.TEXT_INPUT:
            text = given if isinstance(given, str) else component.get("value") or ""  # pre-filled, untouched
            assert text or not required, f"the input {custom_id!r} is required"
            if text:
                assert component.get("min_length", 0) <= len(text) <= component.get("max_length", 4000), "length"
            return {**base, "value": text}
        chosen = [] if given is None else list(given) if isinstance(given, list | tuple) else [given]
        assert chosen or not required, f"the input {custom_id!r} is required"
        if kind == ComponentType.RADIO_GROUP:
            assert len(chosen) <= 1, "a radio group takes one value"
            assert all(v in [o["value"] for o in component["options"]] for v in chosen), f"{chosen} not offered"
            return {**base, "value": chosen[0] if chosen else None}
        low, high = component.get("min_values"), component.get("max_values")
        low, high = (1 if required else 0) if low is None else low, 1 if high is None else high
        assert len(chosen) <= high and (len(chosen) >= low or not chosen), f"{custom_id!r} takes {low} to {high}"
        if kind in (ComponentType.STRING_SELECT, ComponentType.CHECKBOX_GROUP):
            assert all(v in [o["value"] for o in component["options"]] for v in chosen), f"{chosen} not offered"
            return {**base, "values": chosen}
        if kind == ComponentType.FILE_UPLOAD:
            ids = []
            for filename, content in chosen:
                attachment_id = self.snowflake()
                key = attachment_key(0, attachment_id, filename)
                self.attachments[key] = content
                attachment = Attachment(attachment_id, filename, content, f"{self.base_url}/attachments/{key}", None)
                resolved.setdefault("attachments", {})[str(attachment_id)] = attachment.payload()
                ids.append(str(attachment_id))
            return {**base, "values": ids}
        if kind in (ComponentType.USER_SELECT, ComponentType.ROLE_SELECT, ComponentType.CHANNEL_SELECT):
            return {**base, "values": [self._option_value(entity, resolved, channel) for entity in chosen]}
        raise AssertionError(f"the emulator does not submit component type {kind} yet")

    async def autocomplete(
        self, member: Member, channel: Channel, command: str, option: str, typed: str, /, **options: Any
    ) -> list[dict[str, Any]]:
        """Type into a slash command's option and return the choices the bot suggests."""
        interaction = await self.run_command(member, channel, command, **options, **{option: typed}, _focused=option)
        await interaction.answered()
        assert interaction.response_type == CallbackType.AUTOCOMPLETE_RESULT, interaction.response_type
        return list(interaction.autocomplete_choices or [])

    def _find_command(
        self, guild: Guild | None, name: str, locale: str, command_type: int = CHAT_INPUT
    ) -> tuple[dict[str, Any], bool]:
        """The command of ``command_type`` a user sees as ``name``: the guild's own first, then a global one."""
        for scope in (guild.id, None) if guild is not None else (None,):
            for definition in self.commands.get(scope, []):
                if type_of(definition) == command_type and _named(definition, name, locale):
                    return definition, scope is not None
        if command_type == CHAT_INPUT:
            raise AssertionError(f"the bot has not registered /{name}")
        where = f"in {guild.name}" if guild is not None else "globally"
        raise AssertionError(f"the bot has registered no message command {name!r} {where}")

    def _option_value(self, value: Any, resolved: dict[str, dict[str, Any]], channel: Channel) -> Any:
        guild = channel.guild
        if isinstance(value, User | Member) and guild is None:  # a DM has users, not members
            user = value.user if isinstance(value, Member) else value
            resolved.setdefault("users", {})[str(user.id)] = user.payload()
            return str(user.id)
        assert guild is not None, f"a direct message has no {type(value).__name__.lower()}s to pick"
        if isinstance(value, Member) and value.id not in guild.members:
            # Someone who left (still pickable, from a message or the recent list): a user, no member data.
            resolved.setdefault("users", {})[str(value.id)] = value.user.payload()
            return str(value.id)
        if isinstance(value, Member):
            resolved.setdefault("users", {})[str(value.id)] = value.user.payload()
            resolved.setdefault("members", {})[str(value.id)] = {
                **_member_without_user(value),
                "permissions": str(guild.permissions_in(value, channel)),
            }
            return str(value.id)
        if isinstance(value, Role):
            resolved.setdefault("roles", {})[str(value.id)] = value.payload()
            return str(value.id)
        if isinstance(value, Channel):
            resolved.setdefault("channels", {})[str(value.id)] = {
                **value.payload(),
                "permissions": str(guild.permissions_in(self.bot_member(guild), value)),
            }
            return str(value.id)
        return value

    async def _interact(
        self, kind: int, actor: Member | User, channel: Channel, data: dict[str, Any], message: Message | None = None
    ) -> Interaction:
        """Send INTERACTION_CREATE for what ``actor`` did in ``channel``: a member in a server, a user in a DM."""
        member = actor if isinstance(actor, Member) else None
        user = actor.user if isinstance(actor, Member) else actor
        interaction = Interaction(
            id=self.snowflake(),
            token="aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48),
            type=kind,
            user=user,
            channel=channel,
            data=data,
            created_at=asyncio.get_running_loop().time(),
            member=member,
            source_message=message,
        )
        self.interactions[interaction.token] = interaction
        payload: dict[str, Any] = {
            "id": str(interaction.id),
            "application_id": str(self.application_id),
            "type": kind,
            "token": interaction.token,
            "version": 1,
            "attachment_size_limit": 10 * 1024 * 1024,
            "channel_id": str(channel.id),
            "channel": channel.payload(),
            # The acting user's own Discord language.
            "locale": user.locale,
            "entitlements": [],
            "data": data,
        }
        guild = channel.guild
        if guild is None:
            assert member is None and channel.recipient is not None and user.id == channel.recipient.id
            # In the bot's DM: the user instead of a member, no server, and a guild install's owner "0".
            payload.update(
                user=user.payload(),
                app_permissions=str(int(DM_APP_PERMISSIONS)),
                authorizing_integration_owners={"0": "0"},
                context=1,
            )
        else:
            assert member is not None and member.guild is guild
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
                member={**member.payload(), "permissions": str(guild.permissions_in(member, channel))},
                app_permissions=str(guild.permissions_in(self.bot_member(guild), channel)),
                guild_locale=guild.preferred_locale,
                authorizing_integration_owners={"0": str(guild.id)},
                context=0,
            )
        if message is not None:
            payload["message"] = message.payload()
        await self.dispatch(guild.id if guild is not None else None, "INTERACTION_CREATE", payload)
        return interaction

    # Inspecting

    def can_view(self, member: Member, channel: Channel) -> bool:
        assert channel.guild is not None
        return channel.guild.can(member, channel, Permissions.VIEW_CHANNEL)

    def can_send(self, member: Member, channel: Channel) -> bool:
        assert channel.guild is not None
        return channel.guild.can(member, channel, Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES)

    def text_channels(self, guild: Guild, parent: Channel | None = None) -> list[Channel]:
        return [
            c
            for c in guild.channels.values()
            if c.type is ChannelType.GUILD_TEXT and (parent is None or c.parent_id == parent.id)
        ]

    def dm_messages(self, user: User) -> list[Message]:
        channel = self.dm_channels.get(user.id)
        return [] if channel is None else channel.history()

    def requests_per_route(self) -> Counter[str]:
        return Counter(r.route for r in self.requests)

    def fail(
        self,
        route: str,
        status: int,
        *,
        times: int = 1,
        retry_after: float = 0.1,
        code: int = 0,
        scope: int | None = None,
    ) -> Fault:
        """Make the next ``times`` requests to ``route`` (e.g. ``"POST /guilds/{guild_id}/channels"``) fail."""
        fault = Fault(route, status, times, retry_after, code, scope)
        self.faults.append(fault)
        return fault

    def after(self, route: str, action: Callable[[], Any], *, nth: int = 1, scope: int | None = None) -> Hook:
        """Run ``action`` once the ``nth`` request to ``route`` took effect, before its answer is sent."""
        hook = Hook(route, action, nth, scope)
        self.hooks.append(hook)
        return hook


def _named(node: dict[str, Any], typed: str, locale: str) -> bool:
    """Whether a command, subcommand or option is the one a user whose Discord speaks ``locale`` typed."""
    return typed in (node["name"], (node.get("name_localizations") or {}).get(locale))


def _known(locale: str) -> str:
    """Return a locale Discord has (its API description lists them); Discord's clients offer no other."""
    assert locale in locales(), f"Discord has no locale {locale!r} (it has {sorted(locales())})"
    return locale


def _member_without_user(member: Member) -> dict[str, Any]:
    data = member.payload()
    data.pop("user")
    return data


def _match(method: str, path: str) -> tuple[str, Any, dict[str, str]]:
    for route_method, pattern, template, handler in ROUTES:
        if route_method == method:
            found = pattern.match(path)
            if found:
                return f"{method} {template}", handler, found.groupdict()
    generic = re.sub(r"/\d{15,21}", "/{id}", path)
    return f"{method} {generic}", None, {}


def _ratelimit_headers(route: str) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": "50",
        "X-RateLimit-Remaining": "49",
        "X-RateLimit-Reset-After": "0.5",
        "X-RateLimit-Reset": f"{time.time() + 0.5:.3f}",
        "X-RateLimit-Bucket": format(abs(hash(route)), "x"),
    }


async def _read_body(request: web.Request) -> tuple[Any, list[tuple[str, bytes, str | None]]]:
    if not request.can_read_body:
        return None, []
    if request.content_type == "multipart/form-data":
        reader = await request.multipart()
        body: Any = None
        files: list[tuple[str, bytes, str | None]] = []
        async for part in reader:
            if part.name == "payload_json":
                body = json.loads(await part.text())
            elif part.filename is not None:
                files.append((part.filename, bytes(await part.read()), part.headers.get("Content-Type")))
        return body, files
    if request.content_type == "application/x-www-form-urlencoded":
        return dict(await request.post()), []
    raw = await request.read()
    return (json.loads(raw) if raw else None), []
