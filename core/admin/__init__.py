"""Server administration: /setup and settings, panels, /doctor and the HTTP API's keys."""
