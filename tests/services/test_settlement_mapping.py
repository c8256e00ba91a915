"""Column mapping of settlement files: guessed from headers, checked, remembered per profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.settings import SettingsError
from desktop.services.export import DEFAULT_HEADERS
from desktop.services.settlement_file import (
    ColumnMapping,
    guess_mapping,
    load_mapping,
    save_mapping,
    starting_mapping,
)
from desktop.services.settlement_mapping import mapping_path


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["CIP", "Monto", "Moneda", "Fecha de pago", "Nro. operación"],
            {
                "cip": "CIP",
                "amount": "Monto",
                "currency": "Moneda",
                "paid_at": "Fecha de pago",
                "operation_number": "Nro. operación",
            },
        ),
        (
            [
                "N°",
                "CÓDIGO DE PAGO",
                "Comisión",
                "Importe pagado (S/)",
                "Fecha cancelación",
                "Operación",
            ],
            {
                "cip": "CÓDIGO DE PAGO",
                "amount": "Importe pagado (S/)",
                "paid_at": "Fecha cancelación",
                "operation_number": "Operación",
            },
        ),
        (
            ["Monto neto", "Monto bruto", "Código CIP", "Fecha"],
            {"cip": "Código CIP", "amount": "Monto bruto", "paid_at": "Fecha"},
        ),
        (["Cliente", "Valor"], {}),
    ],
)
def test_guesses_by_name_without_accents_or_case(
    headers: list[str], expected: dict[str, str]
) -> None:
    assert guess_mapping(headers).columns == expected


def test_the_apps_own_export_maps_the_payment_not_the_issue_date() -> None:
    guessed = guess_mapping(list(DEFAULT_HEADERS)).columns
    assert guessed == {
        "cip": "CIP",
        "amount": "Monto",
        "currency": "Moneda",
        "paid_at": "Pagado (Lima)",
        "operation_number": "N.º de operación",
    }


def test_problems_name_what_is_missing_unknown_or_shared() -> None:
    headers = ["CIP", "Monto", "Fecha"]
    assert ColumnMapping({"cip": " cip ", "amount": "MONTO"}).problems(headers) == []
    assert ColumnMapping({"cip": "CIP"}).problems(headers) == ["missing:amount"]
    assert ColumnMapping({"cip": "CIP", "amount": "Importe", "paid_at": "Fecha"}).problems(
        headers
    ) == ["unknown_header:Importe"]
    assert ColumnMapping({"cip": "CIP", "amount": "CIP", "color": "Fecha"}).problems(headers) == [
        "shared_header:CIP",
        "unknown_field:color",
    ]
    assert ColumnMapping({"cip": "cip", "amount": "Fecha"}).indexes(headers) == {
        "cip": 0,
        "amount": 2,
    }


def test_changes_on_top_release_a_taken_column_and_unmap_with_an_empty_header() -> None:
    guessed = ColumnMapping({"cip": "CIP", "amount": "Monto", "paid_at": "Fecha"})

    changed = guessed.merged({"amount": "Fecha", "paid_at": "", "operation_number": "Op"})

    assert changed.columns == {"cip": "CIP", "amount": "Fecha", "operation_number": "Op"}


def test_remembered_per_profile_in_the_config_folder(pagodesk_home: Path) -> None:
    mapping = ColumnMapping({"cip": "Código", "amount": "Valor"})
    assert load_mapping("demo") is None

    save_mapping("demo", mapping)

    assert load_mapping("demo") == mapping and load_mapping("tienda-2") is None
    assert mapping_path("demo") == pagodesk_home / "config" / "settlement-mappings" / "demo.json"
    assert '"Código"' in mapping_path("demo").read_text(encoding="utf-8")
    with pytest.raises(SettingsError):
        save_mapping("../otro", mapping)
    with pytest.raises(ValueError, match="not settlement fields"):
        save_mapping("demo", ColumnMapping({"color": "Rojo"}))


@pytest.mark.parametrize(
    "content",
    ["{roto", "[]", '{"version": 9, "columns": {}}', '{"version": 1, "columns": {"x": "y"}}'],
)
def test_a_damaged_remembered_mapping_is_ignored(content: str) -> None:
    path = mapping_path("demo")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")

    assert load_mapping("demo") is None


def test_an_import_starts_from_the_guess_with_the_remembered_columns_the_file_has(
    pagodesk_home: Path,
) -> None:
    headers = ["Ref", "Código", "Importe", "Fecha de pago"]
    assert starting_mapping("demo", headers) == guess_mapping(headers)  # nothing remembered
    save_mapping("demo", ColumnMapping({"cip": "Código", "amount": "Valor", "currency": "Mon"}))

    start = starting_mapping("demo", headers)

    # "Código" was remembered for the CIP; "Valor" and "Mon" are not in this file, so the
    # guess stands for the amount and nothing is invented for the currency.
    assert start.columns == {"cip": "Código", "amount": "Importe", "paid_at": "Fecha de pago"}
    assert starting_mapping("otro", headers) == guess_mapping(headers)  # per profile
