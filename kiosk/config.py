"""One typed settings object, built once at start-up and passed down from the root.

Sources, later ones winning: built-in defaults (paths from platformdirs), the TOML file
(``--config FILE`` or the platform config dir), then ``FYGITAAL_<KEY>`` environment
variables. Every problem is reported as a `ConfigError` naming the offending key, so that
an IT team deploying a kiosk gets one clear line rather than a traceback.
"""

from __future__ import annotations

import enum
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

APP_NAME = "fygitaal"
ENV_PREFIX = "FYGITAAL_"
LANGUAGES = ("nl-BE", "fr-BE", "de-BE", "en")


class ConfigError(Exception):
    """The configuration cannot be used; the message names the key and what to do."""


class Role(enum.Enum):
    """Where this installation runs."""

    KIOSK = "kiosk"
    OUTREACH = "outreach"


@dataclass(frozen=True)
class Settings:
    """Everything the application needs to know about its installation."""

    role: Role = Role.KIOSK
    municipality_id: str = "demo"
    municipality_name: str = "Demogem"
    central_url: str = "http://127.0.0.1:8765"
    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)))
    database_path: Path | None = None
    log_dir: Path = field(default_factory=lambda: Path(platformdirs.user_log_dir(APP_NAME)))
    language: str = "nl-BE"
    encrypt_database: bool | None = None
    ca_bundle: Path | None = None
    trust_roots: tuple[Path, ...] = ()
    idle_timeout_seconds: int = 120
    printer: str = ""
    """The printer's name in the OS print system; empty: the system's default printer."""
    print_folder: Path | None = None
    """Where a document goes as a PDF file when no printer exists (``<data_dir>/printed``)."""
    my_data_export_minutes: int = 15
    """How long a citizen's "my data" export (JSON-LD, PDF) stays before it is deleted."""
    data_share_hours: int = 24
    """How long a QR share of a citizen's data stays valid unless they revoke it first."""
    ticket_prefix: str = "A"
    """This kiosk's letter on queue tickets (``A-017``): give every kiosk its own."""
    queue_minutes_per_ticket: int = 6
    """Average minutes a counter takes per ticket, for the expected wait on a ticket."""

    @property
    def database_file(self) -> Path:
        """The device database: explicit path, else ``<data_dir>/<role>.sqlite3``."""
        return self.database_path or self.data_dir / f"{self.role.value}.sqlite3"

    @property
    def print_output_folder(self) -> Path:
        """The folder for documents "printed" as PDF files when the kiosk has no printer."""
        return self.print_folder or self.data_dir / "printed"

    @property
    def encrypted(self) -> bool:
        """Outreach laptops leave the building, so their database is encrypted by default."""
        if self.encrypt_database is None:
            return self.role is Role.OUTREACH
        return self.encrypt_database


def default_config_path() -> Path:
    """Where the configuration file is looked for when ``--config`` is not given."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def load_settings(
    config_path: Path | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Build settings from defaults, the TOML file and the environment.

    An explicitly named file must exist; the default file is optional.
    """
    env = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    explicit = config_path is not None or f"{ENV_PREFIX}CONFIG" in env
    path = config_path or Path(env.get(f"{ENV_PREFIX}CONFIG", "") or default_config_path())
    if path.exists() or explicit:
        raw.update(_read_toml(path))
    for key in _field_names():
        value = env.get(ENV_PREFIX + key.upper())
        if value is not None:
            raw[key] = value
    return _build(raw, source=str(path))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except IsADirectoryError:
        raise ConfigError(f"config file {path} is a directory, not a TOML file") from None
    except PermissionError:
        raise ConfigError(f"config file {path} cannot be read (permission denied)") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def _field_names() -> list[str]:
    return [f.name for f in fields(Settings)]


def _build(raw: Mapping[str, Any], source: str) -> Settings:
    unknown = sorted(set(raw) - set(_field_names()))
    if unknown:
        raise ConfigError(f"unknown setting '{unknown[0]}' in {source}")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        converter = _CONVERTERS.get(key, _as_str)
        try:
            values[key] = converter(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"setting '{key}' in {source}: {exc}") from None
    return Settings(**values)


def _as_str(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a non-empty text")
    return value.strip()


def _as_path(value: object) -> Path:
    return Path(_as_str(value)).expanduser()


def _as_optional_path(value: object) -> Path | None:
    return None if value in ("", None) else _as_path(value)


def _as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no"):
        return value.lower() in ("1", "true", "yes", "on")
    raise ValueError("expected true or false")


def _as_role(value: object) -> Role:
    try:
        return Role(_as_str(value).lower())
    except ValueError:
        raise ValueError("expected 'kiosk' or 'outreach'") from None


def _as_language(value: object) -> str:
    text = _as_str(value)
    for language in LANGUAGES:
        if text.lower() in (language.lower(), language[:2].lower()):
            return language
    raise ValueError(f"expected one of {', '.join(LANGUAGES)}")


def _as_url(value: object) -> str:
    text = _as_str(value)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("expected an http:// or https:// URL")
    return text.rstrip("/")


def _as_paths(value: object) -> tuple[Path, ...]:
    if isinstance(value, str):
        items: list[object] = [p for p in value.split(os.pathsep) if p]
    elif isinstance(value, list):
        items = list(value)
    else:
        raise ValueError("expected a list of file paths")
    return tuple(_as_path(item) for item in items)


def _as_seconds(value: object) -> int:
    number = int(value) if isinstance(value, (int, str)) and not isinstance(value, bool) else None
    if number is None or number < 30:
        raise ValueError("expected a whole number of seconds, at least 30")
    return number


def _as_minutes(value: object) -> int:
    number = int(value) if isinstance(value, (int, str)) and not isinstance(value, bool) else None
    if number is None or not 1 <= number <= 24 * 60:
        raise ValueError("expected a whole number of minutes, 1 to 1440")
    return number


def _as_hours(value: object) -> int:
    number = int(value) if isinstance(value, (int, str)) and not isinstance(value, bool) else None
    if number is None or not 1 <= number <= 24 * 30:
        raise ValueError("expected a whole number of hours, 1 to 720")
    return number


def _as_ticket_prefix(value: object) -> str:
    text = _as_str(value).upper()
    if not (1 <= len(text) <= 2 and text.isascii() and text.isalpha()):
        raise ValueError("expected one or two letters, e.g. A")
    return text


def _as_printer(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("expected a printer name (empty for the system default)")
    return value.strip()


_CONVERTERS: dict[str, Any] = {
    "role": _as_role,
    "municipality_id": _as_str,
    "municipality_name": _as_str,
    "central_url": _as_url,
    "data_dir": _as_path,
    "database_path": _as_optional_path,
    "log_dir": _as_path,
    "language": _as_language,
    "encrypt_database": _as_bool,
    "ca_bundle": _as_optional_path,
    "trust_roots": _as_paths,
    "idle_timeout_seconds": _as_seconds,
    "printer": _as_printer,
    "print_folder": _as_optional_path,
    "my_data_export_minutes": _as_minutes,
    "data_share_hours": _as_hours,
    "ticket_prefix": _as_ticket_prefix,
    "queue_minutes_per_ticket": _as_minutes,
}
