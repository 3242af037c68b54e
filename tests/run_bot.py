"""Run the real bot (``bot.main``) in its own process against an emulator at the URL given."""

import sys

import discord
import yarl

import bot

if __name__ == "__main__":
    base = sys.argv[1]
    discord.http.Route.BASE = base + "/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(base.replace("http", "ws", 1) + "/gateway")
    sys.exit(bot.main(sys.argv[2:]))
