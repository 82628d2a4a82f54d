"""The global search popup (Strg+K) and the backend protocol it searches through."""
