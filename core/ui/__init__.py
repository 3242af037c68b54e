"""Everything between a Discord interaction and the ticket operations: buttons, modals, replies, errors."""
