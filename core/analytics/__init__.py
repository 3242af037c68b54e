"""Figures about a server's tickets: response and resolution times, targets, backlog; and their cache."""
