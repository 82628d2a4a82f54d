"""SIC Desktop: offline knowledge base for municipal social-innovation work."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sic-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "SIC Desktop"
APP_ID = "sic-desktop"
