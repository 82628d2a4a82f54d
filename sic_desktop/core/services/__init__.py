"""One service per record type, reached through the Workspace; the only code that writes SQL."""
