"""The discord.py floor: a plain discord.py bot that makes the four requests of an open, and nothing else.

    python -m tests.bench_floor BASE_URL

It uses the bot's intents and member cache settings, and freezes its start-up objects out of the garbage
collector as the bot does. For every click on a Create Ticket button it defers (ephemeral), creates the
private channel with overwrites, sends the bot's welcome (``tests.bench_welcome``: the same embed and
buttons) and edits the reply, with no database and no checks. ``tests.bench`` runs it beside the raw-protocol
bound and the bot, so the bot's own cost shows apart from discord.py's.
"""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sys
from collections import defaultdict

import discord
import yarl

from bot import intents
from tests import bench_welcome as welcome

MEMBER = discord.PermissionOverwrite(
    view_channel=True, send_messages=True, read_message_history=True, attach_files=True
)


class WelcomeButtons(discord.ui.View):
    """The welcome's Close and Claim buttons, as the bot's look."""

    def __init__(self, number: int, opener_id: int) -> None:
        super().__init__(timeout=None)
        for button in welcome.buttons(number, opener_id):
            self.add_item(
                discord.ui.Button(
                    label=button["label"],
                    style=discord.ButtonStyle(button["style"]),
                    emoji=button["emoji"]["name"],
                    custom_id=button["custom_id"],
                )
            )


class FloorClient(discord.Client):
    """Answers every component click with the four requests of an open."""

    def __init__(self) -> None:
        super().__init__(
            intents=intents(),
            chunk_guilds_at_startup=False,
            member_cache_flags=discord.MemberCacheFlags.none(),
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.numbers: defaultdict[int, int] = defaultdict(int)

    async def on_ready(self) -> None:
        """Move what start-up built out of the garbage collector's way, as the bot does when it is ready."""
        gc.collect()
        gc.freeze()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        guild = interaction.guild
        if interaction.type is not discord.InteractionType.component or guild is None:
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        category = discord.utils.get(guild.categories, name="Tickets")
        staff = discord.utils.get(guild.roles, name="Support")
        assert category is not None and staff is not None and self.user is not None
        self.numbers[guild.id] += 1
        number = self.numbers[guild.id]
        overwrites: dict[discord.Role | discord.Member | discord.Object, discord.PermissionOverwrite] = {
            guild.default_role: discord.PermissionOverwrite(view_channel=False),
            discord.Object(self.user.id, type=discord.Member): discord.PermissionOverwrite(
                view_channel=True,
                send_messages=True,
                read_message_history=True,
                attach_files=True,
                embed_links=True,
                manage_channels=True,
                manage_messages=True,
            ),
            discord.Object(interaction.user.id, type=discord.Member): MEMBER,
            staff: discord.PermissionOverwrite(
                view_channel=True,
                send_messages=True,
                read_message_history=True,
                attach_files=True,
                manage_messages=True,
            ),
        }
        channel = await guild.create_text_channel(
            f"ticket-{number:04d}", category=category, topic=f"Ticket #{number:04d}", overwrites=overwrites
        )
        await channel.send(
            interaction.user.mention,
            embed=discord.Embed.from_dict(welcome.embed(number, interaction.user.id)),
            view=WelcomeButtons(number, interaction.user.id),
            allowed_mentions=discord.AllowedMentions(users=[interaction.user]),
        )
        await interaction.edit_original_response(
            embed=discord.Embed(
                description=f"Your ticket #{number:04d} is open: {channel.mention}", colour=discord.Colour.green()
            )
        )


async def main(base: str) -> None:
    """Run until SIGTERM, then close the connection and return (so a profiler wrapping it can write)."""
    discord.http.Route.BASE = base + "/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(base.replace("http", "ws", 1) + "/gateway")
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with FloorClient() as client:
        running = asyncio.create_task(client.start(os.environ["DISCORD_TOKEN"]))
        await stop.wait()
    await asyncio.gather(running, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
