"""The protocol bound: a client that makes only the requests an open needs, and nothing else.

    python -m tests.bench_bound BASE_URL TOKEN

It speaks the gateway and REST with raw aiohttp (no discord.py, no database): for every click on a
Create Ticket button it acknowledges (deferred, ephemeral), creates the private channel, posts the
welcome and edits the reply — the four requests of the bot's own open path. ``tests.bench`` runs it
against the same emulator, latency and burst as the bot, and prints the bot's figures beside it.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import defaultdict
from typing import Any

import aiohttp

from tests import bench_welcome as welcome

EPHEMERAL = 64
VIEW, SEND, HISTORY, ATTACH, EMBED, MANAGE_MESSAGES, MANAGE_CHANNELS = (
    1 << 10,
    1 << 11,
    1 << 16,
    1 << 15,
    1 << 14,
    1 << 13,
    1 << 4,
)
MEMBER = VIEW | SEND | HISTORY | ATTACH


class BoundClient:
    """A gateway session and an HTTP session, and the per-guild facts an open needs."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url
        self.token = token
        self.api = base_url + "/api/v10"
        self.session: aiohttp.ClientSession | None = None
        self.user_id = ""
        self.guilds: dict[str, dict[str, str]] = {}
        self.numbers: defaultdict[str, int] = defaultdict(int)
        self.tasks: set[asyncio.Task[None]] = set()

    async def run(self) -> None:
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as self.session:
            gateway = self.base_url.replace("http", "ws", 1) + "/gateway?v=10&encoding=json"
            async with self.session.ws_connect(gateway, max_msg_size=0) as ws:
                hello = await ws.receive_json()
                heartbeat = asyncio.create_task(self._heartbeat(ws, hello["d"]["heartbeat_interval"] / 1000))
                await ws.send_json({"op": 2, "d": {"token": self.token, "intents": 1 | 1 << 9, "properties": {}}})
                async for message in ws:
                    if message.type is not aiohttp.WSMsgType.TEXT:
                        break
                    self._dispatch(json.loads(message.data))
                heartbeat.cancel()

    async def _heartbeat(self, ws: aiohttp.ClientWebSocketResponse, interval: float) -> None:
        while True:
            await ws.send_json({"op": 1, "d": None})
            await asyncio.sleep(interval)

    def _dispatch(self, frame: dict[str, Any]) -> None:
        event, data = frame.get("t"), frame.get("d")
        if event == "READY":
            self.user_id = data["user"]["id"]
        elif event == "GUILD_CREATE":
            category = next(c["id"] for c in data["channels"] if c["type"] == 4 and c["name"] == "Tickets")
            staff = next(r["id"] for r in data["roles"] if r["name"] == "Support")
            self.guilds[data["id"]] = {"category": category, "staff": staff}
        elif event == "INTERACTION_CREATE" and data["type"] == 3:
            task = asyncio.create_task(self._open(data))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _request(self, method: str, path: str, body: dict[str, Any], *, auth: bool = True) -> Any:
        assert self.session is not None
        headers = {"Authorization": f"Bot {self.token}"} if auth else {}
        async with self.session.request(method, self.api + path, json=body, headers=headers) as response:
            return await response.json() if response.status != 204 else None

    async def _open(self, interaction: dict[str, Any]) -> None:
        guild_id, token = interaction["guild_id"], interaction["token"]
        member = interaction["member"]["user"]["id"]
        facts = self.guilds[guild_id]
        await self._request(
            "POST",
            f"/interactions/{interaction['id']}/{token}/callback",
            {"type": 5, "data": {"flags": EPHEMERAL}},
            auth=False,
        )
        self.numbers[guild_id] += 1
        number = self.numbers[guild_id]
        channel = await self._request(
            "POST",
            f"/guilds/{guild_id}/channels",
            {
                "name": f"ticket-{number:04d}",
                "type": 0,
                "parent_id": facts["category"],
                "topic": f"Ticket #{number:04d}",
                "permission_overwrites": [
                    {"id": guild_id, "type": 0, "allow": "0", "deny": str(VIEW)},
                    {
                        "id": self.user_id,
                        "type": 1,
                        "allow": str(MEMBER | EMBED | MANAGE_CHANNELS | MANAGE_MESSAGES),
                        "deny": "0",
                    },
                    {"id": member, "type": 1, "allow": str(MEMBER), "deny": "0"},
                    {"id": facts["staff"], "type": 0, "allow": str(MEMBER | MANAGE_MESSAGES), "deny": "0"},
                ],
            },
        )
        await self._request(
            "POST",
            f"/channels/{channel['id']}/messages",
            {
                "content": f"<@{member}>",
                "embeds": [welcome.embed(number, member)],
                "components": [{"type": 1, "components": welcome.buttons(number, member)}],
                "allowed_mentions": {"users": [member]},
            },
        )
        await self._request(
            "PATCH",
            f"/webhooks/{interaction['application_id']}/{token}/messages/@original",
            {"embeds": [{"description": f"Your ticket #{number:04d} is open: <#{channel['id']}>"}]},
            auth=False,
        )


if __name__ == "__main__":
    asyncio.run(BoundClient(sys.argv[1], sys.argv[2]).run())
