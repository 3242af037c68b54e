"""The relational backends (SQLite, MySQL): queries written once, one module per kind of record.

``sqlite.py`` and ``mysql.py`` hold what differs between the dialects; nothing here imports a driver.
"""
