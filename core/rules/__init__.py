"""The ticket rules, with no I/O: who may do what, what a type changes, opening hours, channel names."""
