"""SIC Desktop: offline knowledge base for municipal social-innovation work."""

APP_NAME = "SIC Desktop"
APP_ID = "sic-desktop"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata when first asked for:
    importlib.metadata takes a noticeable part of the window's start, which needs no version."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("sic-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
