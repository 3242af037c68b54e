"""The gateway side of the emulator: one WebSocket session per connected shard."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections import deque
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from tests.emulator.emulator import Emulator

log = logging.getLogger(__name__)

HEARTBEAT_INTERVAL_MS = 41_250
# Discord's acknowledgement crosses the network, so it never arrives before the heartbeat's send returned.
# discord.py notes the send only once it returned; an instant acknowledgement could be heard first and
# timed from the heartbeat before, as if the connection were a whole interval behind ("Can't keep up").
HEARTBEAT_ACK_DELAY = 0.05

INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
# Intents an application must switch on in the developer portal (members, presences, message content).
PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | (1 << 8) | INTENT_MESSAGE_CONTENT

EVENT_INTENTS = {
    "CHANNEL_CREATE": INTENT_GUILDS,
    "CHANNEL_UPDATE": INTENT_GUILDS,
    "CHANNEL_DELETE": INTENT_GUILDS,
    "GUILD_CREATE": INTENT_GUILDS,
    "GUILD_UPDATE": INTENT_GUILDS,
    "GUILD_ROLE_CREATE": INTENT_GUILDS,
    "GUILD_MEMBER_ADD": INTENT_GUILD_MEMBERS,
    "GUILD_MEMBER_REMOVE": INTENT_GUILD_MEMBERS,
    "THREAD_CREATE": INTENT_GUILDS,
    "THREAD_UPDATE": INTENT_GUILDS,
    "THREAD_DELETE": INTENT_GUILDS,
    "THREAD_MEMBERS_UPDATE": INTENT_GUILD_MEMBERS,
    "MESSAGE_CREATE": INTENT_GUILD_MESSAGES,
    "MESSAGE_UPDATE": INTENT_GUILD_MESSAGES,
    "MESSAGE_DELETE": INTENT_GUILD_MESSAGES,
}


class GatewaySession:
    """A shard's session: its intents, sequence numbers and the events it may need to replay on RESUME."""

    def __init__(self, emulator: Emulator, intents: int, shard: tuple[int, int]) -> None:
        self.emulator = emulator
        self.id = secrets.token_hex(16)
        self.intents = intents
        self.shard_id, self.shard_count = shard
        self.sequence = 0
        self.sent: deque[dict[str, Any]] = deque(maxlen=1000)
        self.ws: web.WebSocketResponse | None = None

    def serves(self, guild_id: int | None) -> bool:
        """Whether this shard hears events of a guild; events of no guild (DMs) go to shard 0 only."""
        if guild_id is None:
            return self.shard_id == 0
        return (guild_id >> 22) % self.shard_count == self.shard_id

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        required = EVENT_INTENTS.get(event, 0)
        if required and not self.intents & required:
            return
        if event.startswith("MESSAGE_") and not self.intents & INTENT_MESSAGE_CONTENT and "content" in data:
            data = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
        self.sequence += 1
        frame = {"op": 0, "t": event, "s": self.sequence, "d": data}
        self.sent.append(frame)
        await self._send(frame)

    async def _send(self, frame: dict[str, Any]) -> None:
        if self.ws is not None and not self.ws.closed:
            try:
                await self.ws.send_str(json.dumps(frame))
            except ConnectionError:
                self.ws = None

    async def resume(self, ws: web.WebSocketResponse, last_sequence: int) -> None:
        self.ws = ws
        for frame in list(self.sent):
            if frame["s"] > last_sequence:
                await self._send(frame)
        self.sequence += 1
        await self._send({"op": 0, "t": "RESUMED", "s": self.sequence, "d": {}})

    async def members_chunk(self, request: dict[str, Any]) -> None:
        """Answer Request Guild Members (op 8) by ``user_ids`` with one GUILD_MEMBERS_CHUNK, as Discord does.

        Only that form of the request, with the members intent, is emulated; others get no answer.
        """
        if not self.intents & INTENT_GUILD_MEMBERS or "user_ids" not in request:
            log.warning("emulator: op 8 is only emulated for user_ids, with the members intent")
            return
        guild = self.emulator.guilds[int(request["guild_id"])]
        wanted = [int(u) for u in request["user_ids"]]
        found = [guild.members[u] for u in wanted if u in guild.members]
        members = [{**m.payload(), "guild_id": str(guild.id)} for m in found]
        chunk: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [str(u) for u in wanted if u not in guild.members],
        }
        if request.get("nonce"):
            chunk["nonce"] = request["nonce"]
        await self.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def reconnect(self) -> None:
        """Ask the client to reconnect and RESUME (op 7)."""
        await self._send({"op": 7, "d": None})


async def _acknowledge_heartbeat(ws: web.WebSocketResponse) -> None:
    await asyncio.sleep(HEARTBEAT_ACK_DELAY)
    with contextlib.suppress(ConnectionResetError):
        if not ws.closed:
            await ws.send_str(json.dumps({"op": 11}))


async def handle_gateway(emulator: Emulator, request: web.Request) -> web.WebSocketResponse:
    """Serve one gateway connection: HELLO, heartbeats, IDENTIFY or RESUME, then dispatches."""
    ws = web.WebSocketResponse(max_msg_size=0)
    await ws.prepare(request)
    await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}}))
    session: GatewaySession | None = None
    acks: set[asyncio.Task[None]] = set()
    async for message in ws:
        if message.type is not WSMsgType.TEXT:
            continue
        payload = json.loads(message.data)
        op, data = payload.get("op"), payload.get("d")
        if op == 1:
            ack = asyncio.create_task(_acknowledge_heartbeat(ws))
            acks.add(ack)
            ack.add_done_callback(acks.discard)
        elif op == 2:
            if int(data["intents"]) & PRIVILEGED_INTENTS & ~emulator.enabled_privileged_intents:
                await ws.close(code=4014, message=b"Disallowed intent(s).")
                break
            shard = tuple(data.get("shard") or (0, 1))
            session = GatewaySession(emulator, int(data["intents"]), (int(shard[0]), int(shard[1])))
            session.ws = ws
            emulator.sessions[session.id] = session
            await emulator.send_ready(session)
        elif op == 6:
            session = emulator.sessions.get(data["session_id"])
            if session is None:
                await ws.send_str(json.dumps({"op": 9, "d": False}))
                continue
            await session.resume(ws, int(data.get("seq") or 0))
        elif op == 8 and session is not None:
            await session.members_chunk(data)
        elif op in (3, 4):
            continue
        else:
            log.warning("emulator: unknown gateway op %s", op)
    if session is not None and session.ws is ws:
        session.ws = None
    return ws
