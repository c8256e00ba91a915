"""What a clumsy hand or a hostile one gives the command line: one clear line and the right
exit code, never a traceback, and nothing half done."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import own_demo_port, run, voucher_count  # noqa: F401  (fixture)

ISSUE = ("issue", "--amount", "10", "--email", "ana@example.pe")


@pytest.mark.parametrize(
    ("extra", "flag"),
    [
        (("--first-name", "Ana\x1b[31m"), "--first-name"),  # a terminal escape
        (("--last-name", "Quispe\udcff"), "--last-name"),  # invalid UTF-8 in argv
        (("--concept", "Torta\u202e"), "--concept"),  # right-to-left override
    ],
)
def test_control_or_invisible_characters_are_refused_naming_the_flag(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path, extra: tuple[str, str], flag: str
) -> None:
    code, out, err = run(capsys, *ISSUE, *extra)
    assert code == 2 and out == ""
    assert err.startswith(f"pagodesk: {flag}: tiene caracteres de control o invisibles")
    assert len(err.strip().splitlines()) == 1 and voucher_count(pagodesk_home) == 0


def test_a_user_with_an_escape_is_refused_without_echoing_it(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGODESK_PIN", "1357")
    code, _, err = run(capsys, "--user", "Ana\x1b[2J", *ISSUE)
    assert (code, err) == (1, "pagodesk: no existe el usuario indicado en --user\n")
    assert voucher_count(pagodesk_home) == 0


def test_a_duration_too_long_for_any_clock_is_one_line(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path
) -> None:
    code, _, err = run(capsys, *ISSUE, "--expires-in", "99999999999d")
    assert code == 2 and err.startswith("pagodesk: duración demasiado larga")
    assert len(err.strip().splitlines()) == 1


def test_a_settings_file_that_is_not_utf8_is_one_line(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path
) -> None:
    settings = pagodesk_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes('{"general": {"merchant_name": "Peña"}}'.encode("cp1252"))
    code, _, err = run(capsys, "list")
    assert code == 2 and "is not UTF-8 text" in err and str(settings) in err
    assert len(err.strip().splitlines()) == 1


def test_logs_that_cannot_be_written_leave_the_command_working(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path
) -> None:
    pagodesk_home.mkdir(parents=True, exist_ok=True)
    (pagodesk_home / "logs").write_text("a file where the folder should be")
    code, _, err = run(capsys, "list")
    assert code == 0
    assert err.startswith("pagodesk: aviso: sin registro (") and "Traceback" not in err


def test_an_emptied_database_is_refused_not_started_again(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path
) -> None:
    assert run(capsys, *ISSUE)[0] == 0
    database = pagodesk_home / "data" / "profiles" / "demo.sqlite3"
    database.write_bytes(b"")
    for argv in (("list",), ("audit", "verify")):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == ""
        assert err.startswith("pagodesk: la base de datos del perfil «demo»")
        assert str(database) in err and "está vacía" in err
    assert database.stat().st_size == 0


def test_a_name_the_voucher_cannot_print_is_refused_not_printed_as_question_marks(
    capsys: pytest.CaptureFixture[str], pagodesk_home: Path
) -> None:
    code, _, err = run(capsys, *ISSUE, "--first-name", "山田", "--last-name", "Núñez")
    assert code == 2
    assert err.startswith("pagodesk: --first-name: «山田» no se puede imprimir en el voucher")
    assert voucher_count(pagodesk_home) == 0
    assert run(capsys, *ISSUE, "--first-name", "Σοφία", "--last-name", "Ёлкина")[0] == 0
