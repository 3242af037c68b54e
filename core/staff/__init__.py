"""Staff's own tools around tickets: saved replies (tags), private notes and labels."""
