"""The web side, in the bot's process: health, metrics, the transcript viewer and the HTTP API."""
