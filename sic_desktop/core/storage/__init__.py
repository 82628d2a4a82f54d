"""SQLite storage: the file, its connections, its schema and migrations.

Only services talk to this package; nothing above the core sees SQL, so a shared
server database can replace it later without touching the window.
"""
