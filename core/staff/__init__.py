"""Staff's own tools around tickets: saved replies (tags) and private notes."""
