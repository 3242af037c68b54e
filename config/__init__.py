"""Process settings (pydantic-settings) and logging."""
