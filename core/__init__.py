"""The ticket bot's logic: rules, operations, the Discord seam and the interaction layer."""
