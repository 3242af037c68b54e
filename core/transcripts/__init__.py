"""Transcripts: a ticket's conversation drawn as a Discord-like page and as text, with its kept files."""
