"""Settings: defaults, the TOML file, environment overrides and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, Role, load_settings


def test_defaults_are_a_dutch_speaking_kiosk_with_platform_paths(private_home: Path) -> None:
    settings = load_settings(None, environ={})
    assert settings.role is Role.KIOSK
    assert settings.language == "nl-BE"
    assert settings.data_dir.is_relative_to(private_home)
    assert settings.database_file == settings.data_dir / "kiosk.sqlite3"
    assert settings.encrypted is False


def test_outreach_laptops_encrypt_by_default(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('role = "outreach"\nmunicipality_id = "44021"\n', encoding="utf-8")
    settings = load_settings(config, environ={})
    assert settings.role is Role.OUTREACH
    assert settings.municipality_id == "44021"
    assert settings.encrypted is True


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('language = "fr"\ncentral_url = "https://a.example"\n', encoding="utf-8")
    settings = load_settings(
        config, environ={"FYGITAAL_LANGUAGE": "de", "FYGITAAL_ENCRYPT_DATABASE": "yes"}
    )
    assert settings.language == "de-BE"
    assert settings.central_url == "https://a.example"
    assert settings.encrypted is True


def test_config_file_named_in_the_environment_is_used(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('municipality_name = "Zonnegem"\n', encoding="utf-8")
    settings = load_settings(None, environ={"FYGITAAL_CONFIG": str(config)})
    assert settings.municipality_name == "Zonnegem"


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ('role = "tablet"', "role"),
        ('central_url = "ftp://x"', "central_url"),
        ('language = "es"', "language"),
        ("idle_timeout_seconds = 5", "idle_timeout_seconds"),
        ('encrypt_database = "maybe"', "encrypt_database"),
        ('colour = "blue"', "colour"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, content: str, key: str) -> None:
    config = tmp_path / "c.toml"
    config.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"'{key}'"):
        load_settings(config, environ={})


def test_malformed_toml_says_so_with_the_path(tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("role = = kiosk\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.toml is not valid TOML"):
        load_settings(config, environ={})


def test_an_explicit_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "missing.toml", environ={})


def test_the_default_config_file_is_optional() -> None:
    assert load_settings(None, environ={}).role is Role.KIOSK


def test_the_printer_is_the_system_default_unless_named(tmp_path: Path) -> None:
    default = load_settings(None, environ={"FYGITAAL_DATA_DIR": str(tmp_path)})
    assert default.printer == ""
    assert default.print_output_folder == tmp_path / "printed"
    config = tmp_path / "c.toml"
    config.write_text('printer = "Counter-HP"\nprint_folder = "~/out"\n', encoding="utf-8")
    named = load_settings(config, environ={})
    assert named.printer == "Counter-HP"
    assert named.print_output_folder == Path("~/out").expanduser()
