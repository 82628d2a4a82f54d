"""The program without a window: domain objects, validation, storage and services.

Nothing in this package imports Qt, so the command line, the tests and a future
server backend use exactly what the window uses.
"""
