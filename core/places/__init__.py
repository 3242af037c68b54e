"""The Discord side of a ticket's place (a channel of its own or a private thread), behind one protocol."""
