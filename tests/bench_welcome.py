"""The welcome message the open benchmark's floor and bound post: the bot's own, as JSON.

The bot's welcome (``core.messages.welcome``, in English, with no form and no reason given) has an embed
with a colour, two fields and a footer, and a Close and a Claim button. The peers post the same bytes,
so that what discord.py and aiohttp spend sending and reading it is not counted as the bot's own.
"""

from __future__ import annotations

from typing import Any

BLURPLE = 0x5865F2


def embed(number: int, opener_id: int) -> dict[str, Any]:
    """Return the welcome's embed."""
    return {
        "title": f"Ticket #{number:04d}",
        "description": "Thanks for reaching out! Describe your issue and a staff member will be with you shortly.",
        "color": BLURPLE,
        "fields": [
            {"name": "Opened by", "value": f"<@{opener_id}>", "inline": True},
            {"name": "Reason", "value": "No reason given", "inline": False},
        ],
        "footer": {"text": "Press Close when your issue is solved."},
    }


def buttons(number: int, opener_id: int) -> list[dict[str, Any]]:
    """Return the welcome's Close and Claim buttons (never handled: the peers only measure opens)."""
    return [
        {
            "type": 2,
            "style": 4,
            "label": "Close",
            "emoji": {"name": "🔒"},
            "custom_id": f"ticket:close:{number}:{opener_id}",
        },
        {"type": 2, "style": 2, "label": "Claim", "emoji": {"name": "🙋"}, "custom_id": f"ticket:claim:{number}"},
    ]
