"""The bot's cogs: thin command and event handlers over core/."""
