"""What every operation runs on: the services, the settings cache, the audit journal, timed jobs, shutdown."""
