"""The application core shared by the kiosk and outreach roles (no Qt widgets)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fygitaal")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
