"""The app-wide settings, declared once: each with its type, its default and what it accepts.

``GeneralSettings`` refuses a wrong value wherever it comes from (``settings.json``, the
Ajustes screen, the command line); ``problems`` lists every refused field as a code for the
screen to word beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from desktop.domain.printers import (
    CODE_PAGES,
    DEFAULT_CODE_PAGE,
    DOTS_MAX,
    DOTS_MIN,
    THERMAL_PAPERS,
    URI_MAX,
    PrinterUriError,
    default_dots,
    parse_printer_uri,
)
from desktop.domain.ruc import is_valid_ruc
from desktop.domain.validation import DEFAULT_EXPIRY, DEFAULT_MAX_EXPIRY, unsafe_characters

TICKET_FORMATS = ("a4", "80mm", "58mm")
LANGUAGES = ("es", "en")
SYNC_MINUTES_MAX = 240
MAX_EXPIRY_DAYS_MAX = 365
HEALTH_SILENT_HOURS_MAX = 72
BACKUP_DAILY_MAX = 60
BACKUP_WEEKLY_MAX = 52
BACKUP_FOLDER_MAX = 500
LOCK_IDLE_MINUTES_MAX = 240


class SettingsError(ValueError):
    """A setting was refused, or ``settings.json`` cannot be used as it is. ``code`` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Accepts:
    """What one setting accepts. ``code`` names a number out of its range for the screen."""

    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[object, ...] = ()
    max_length: int | None = None
    code: str = "out_of_range"


@dataclass(frozen=True)
class SettingProblem:
    """One refused setting: ``code`` is stable, ``detail`` fills the message (a limit)."""

    field: str
    code: str
    detail: str = ""


def _setting(default: Any, accepts: Accepts | None = None) -> Any:
    return field(default=default, metadata={"accepts": accepts or Accepts()})


@dataclass(frozen=True)
class GeneralSettings:
    """App-wide options; a field added here with its default is stored and checked."""

    default_expiry_hours: int = _setting(
        int(DEFAULT_EXPIRY.total_seconds() // 3600), Accepts(minimum=1)
    )  # at most max_expiry_days * 24
    max_expiry_days: int = _setting(
        DEFAULT_MAX_EXPIRY.days, Accepts(minimum=1, maximum=MAX_EXPIRY_DAYS_MAX)
    )
    ticket_format: str = _setting("a4", Accepts(choices=TICKET_FORMATS))
    language: str = _setting("es", Accepts(choices=LANGUAGES))
    merchant_name: str = _setting("", Accepts(max_length=60))
    merchant_ruc: str = _setting("")  # empty, or an 11-digit RUC with a valid check digit
    merchant_address: str = _setting("", Accepts(max_length=120))
    merchant_logo: str = _setting("")  # path of a PNG/JPEG file; empty for none
    # 1: a manual "paid" waits for another person's approval
    require_second_approval: int = _setting(0, Accepts(choices=(0, 1)))
    # the app re-checks open vouchers this often; 0: only by hand
    sync_minutes: int = _setting(
        5, Accepts(minimum=0, maximum=SYNC_MINUTES_MAX, code="sync_out_of_range")
    )
    # the screen locks after this many minutes without keyboard or mouse input; 0: never
    lock_idle_minutes: int = _setting(
        5, Accepts(minimum=0, maximum=LOCK_IDLE_MINUTES_MAX, code="idle_out_of_range")
    )
    # The status bar's light for PagoEfectivo (services/api_health.py): amber under the first
    # success rate of the last hour, red under the second; amber after this many hours with
    # no notification while polling found payments.
    health_warning_percent: int = _setting(
        99, Accepts(minimum=50, maximum=100, code="percent_out_of_range")
    )
    health_bad_percent: int = _setting(
        95, Accepts(minimum=50, maximum=100, code="percent_out_of_range")
    )
    health_silent_hours: int = _setting(
        6, Accepts(minimum=1, maximum=HEALTH_SILENT_HOURS_MAX, code="hours_out_of_range")
    )
    # This station's thermal printer (domain/printers.py): settings.json is local to each PC,
    # so every counter keeps its own. Empty: none, documents go through the system dialog.
    printer_uri: str = _setting("", Accepts(max_length=URI_MAX))
    printer_paper: str = _setting("80mm", Accepts(choices=THERMAL_PAPERS))
    printer_dots: int = _setting(
        default_dots("80mm"), Accepts(minimum=DOTS_MIN, maximum=DOTS_MAX, code="dots_out_of_range")
    )
    printer_codepage: str = _setting(DEFAULT_CODE_PAGE, Accepts(choices=CODE_PAGES))
    # 1: a voucher goes to the thermal printer as soon as it is issued
    print_on_issue: int = _setting(0, Accepts(choices=(0, 1)))
    # Automatic backups of a SQLite profile (services/auto_backup.py): the folder the copies
    # go to on this PC (a USB drive, a synced folder; empty: ``copias`` in the data folder)
    # and how many the rotation keeps: the newest of each of the last days and ISO weeks.
    backup_folder: str = _setting("", Accepts(max_length=BACKUP_FOLDER_MAX))
    backup_daily: int = _setting(
        7, Accepts(minimum=1, maximum=BACKUP_DAILY_MAX, code="backup_out_of_range")
    )
    backup_weekly: int = _setting(
        4, Accepts(minimum=0, maximum=BACKUP_WEEKLY_MAX, code="backup_out_of_range")
    )

    def __post_init__(self) -> None:
        found = problems(self.to_json())
        if found:
            first = found[0]
            code = "bad_ruc" if first.field == "merchant_ruc" else "bad_setting"
            raise SettingsError(code, f"general.{first.field} {_rule_text(first)}")

    def to_json(self) -> dict[str, Any]:
        return {item.name: getattr(self, item.name) for item in fields(self)}

    @classmethod
    def from_json(cls, data: object, where: str = "general") -> GeneralSettings:
        return cls(**known_keys(data, {item.name for item in fields(cls)}, where))


def accepts(name: str) -> Accepts:
    """What the setting ``name`` accepts (its range for a spin box, its choices)."""
    for item in fields(GeneralSettings):
        if item.name == name:
            found: Accepts = item.metadata["accepts"]
            return found
    raise KeyError(name)


def problems(values: Mapping[str, object]) -> list[SettingProblem]:
    """Every refused setting among ``values`` (the names of ``GeneralSettings``), in order."""
    found: list[SettingProblem] = []
    for item in fields(GeneralSettings):
        if item.name not in values:
            continue
        value = values[item.name]
        rule: Accepts = item.metadata["accepts"]
        expected = {"int": int, "str": str}[str(item.type)]
        if type(value) is not expected:
            found.append(SettingProblem(item.name, "bad_setting", f"must be {item.type}"))
            continue
        problem = _refused(item.name, value, rule, values)
        if problem is not None:
            found.append(problem)
    return found


def _refused(
    name: str, value: object, rule: Accepts, values: Mapping[str, object]
) -> SettingProblem | None:
    if rule.choices and value not in rule.choices:
        return SettingProblem(
            name, "bad_setting", "must be one of " + ", ".join(map(str, rule.choices))
        )
    if isinstance(value, str):
        if unsafe_characters(value):
            return SettingProblem(name, "invalid_characters")
        if rule.max_length is not None and len(value) > rule.max_length:
            return SettingProblem(name, "too_long", str(rule.max_length))
        if name == "merchant_ruc" and value and not is_valid_ruc(value):
            code = "ruc_length" if len(value) != 11 or not value.isdigit() else "bad_ruc"
            return SettingProblem(name, code)
        if name == "printer_uri" and value:
            try:
                parse_printer_uri(value)
            except PrinterUriError as exc:
                return SettingProblem(name, exc.code, str(exc))
        return None
    assert isinstance(value, int)
    maximum = rule.maximum
    if name == "default_expiry_hours":
        days = values.get("max_expiry_days", DEFAULT_MAX_EXPIRY.days)
        maximum = days * 24 if isinstance(days, int) else None
    if name == "health_bad_percent":
        warning = values.get("health_warning_percent", 99)
        if isinstance(warning, int) and value > warning:
            return SettingProblem(name, "health_order", str(warning))
    low = rule.minimum if rule.minimum is not None else value
    high = maximum if maximum is not None else value
    if not low <= value <= high:
        return SettingProblem(name, rule.code, "" if maximum is None else str(maximum))
    return None


def _rule_text(problem: SettingProblem) -> str:
    """What the refused setting must be, for a file or command-line message."""
    if problem.field == "merchant_ruc":
        return "must be an 11-digit RUC with a valid check digit"
    if problem.code == "invalid_characters":
        return "has control or invisible characters"
    if problem.code == "too_long":
        return f"admits {problem.detail} characters"
    if problem.code == "bad_setting" or problem.field == "printer_uri":
        return problem.detail
    rule = accepts(problem.field)
    return f"must be {rule.minimum} to {problem.detail or rule.maximum}"


def known_keys(data: object, allowed: set[str], where: str) -> dict[str, Any]:
    """``data`` if it is a JSON object with no key outside ``allowed``, else ``SettingsError``."""
    if not isinstance(data, dict):
        raise SettingsError("bad_setting", f"{where} must be a JSON object")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise SettingsError("unknown_setting", f"{where}: unknown setting(s) {', '.join(unknown)}")
    return data
