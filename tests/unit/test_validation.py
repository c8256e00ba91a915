"""Issue input validation: one named error per field; property tests over the rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.validation import (
    InvalidInput,
    IssueInput,
    IssueLimits,
    parse_amount,
    validate_issue,
)

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def check(**fields: object) -> dict[str, str]:
    base: dict[str, object] = {"amount": "25.50", "email": "cliente@example.pe"}
    base.update(fields)
    try:
        validate_issue(IssueInput(**base), NOW)  # type: ignore[arg-type]
    except InvalidInput as exc:
        return exc.fields
    return {}


def test_minimal_input_gets_defaults() -> None:
    valid = validate_issue(IssueInput(amount="25.50", email="a@b.pe"), NOW)
    assert valid.amount == Decimal("25.50") and valid.currency == "PEN"
    assert valid.expires_at == NOW + timedelta(hours=48)
    assert valid.first_name is None and valid.doc_type is None


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"amount": ""}, {"amount": "required"}),
        ({"amount": "abc"}, {"amount": "invalid"}),
        ({"amount": "0"}, {"amount": "not_positive"}),
        ({"amount": "1.234"}, {"amount": "too_many_decimals"}),
        ({"amount": "30000.01"}, {"amount": "above_maximum"}),
        ({"currency": "EUR"}, {"currency": "invalid"}),
        ({"email": ""}, {"email": "required"}),
        ({"email": "no-at-sign"}, {"email": "invalid"}),
        ({"first_name": "x" * 31}, {"first_name": "too_long"}),
        ({"last_name": "y" * 31}, {"last_name": "too_long"}),
        ({"concept": "z" * 51}, {"concept": "too_long"}),
        ({"doc_type": "XXX", "doc_number": "1"}, {"doc_type": "invalid"}),
        ({"doc_type": "DNI", "doc_number": "1234567"}, {"doc_number": "wrong_length"}),
        ({"doc_type": "DNI"}, {"doc_number": "required"}),
        ({"doc_number": "12345678"}, {"doc_type": "required"}),
        ({"doc_type": "PAS", "doc_number": "A" * 15}, {"doc_number": "too_long"}),
        ({"doc_type": "RUC", "doc_number": "2012345678"}, {"doc_number": "wrong_length"}),
        ({"phone": "98765abc"}, {"phone": "invalid"}),
        ({"expires_in": timedelta(minutes=59)}, {"expiry": "too_soon"}),
        ({"expires_in": timedelta(0)}, {"expiry": "past"}),
        ({"expires_in": -timedelta(days=1)}, {"expiry": "past"}),
        ({"expires_in": timedelta(days=31)}, {"expiry": "too_late"}),
        ({"expires_at": datetime(2026, 11, 27)}, {"expiry": "invalid"}),
        (
            {"amount": "-1", "email": "x", "concept": "c" * 60},
            {"amount": "not_positive", "email": "invalid", "concept": "too_long"},
        ),
    ],
)
def test_each_wrong_field_is_named(fields: dict[str, object], expected: dict[str, str]) -> None:
    assert check(**fields) == expected


def test_ce_and_ruc_are_sent_as_nan_and_phone_is_cleaned() -> None:
    valid = validate_issue(
        IssueInput(
            amount="S/ 1,500.15",
            email="a@b.pe",
            doc_type="ruc",
            doc_number="20123456789",
            phone="+51 987 654 321",
            currency="usd",
        ),
        NOW,
    )
    assert valid.amount == Decimal("1500.15") and valid.currency == "USD"
    assert valid.doc_type == "RUC" and valid.api_doc_type == "NAN"
    assert valid.phone == "987654321"


def test_limits_are_configurable() -> None:
    limits = IssueLimits(max_amount=Decimal("100"), max_expiry=timedelta(days=60))
    data = IssueInput(amount="150", email="a@b.pe", expires_in=timedelta(days=45))
    with pytest.raises(InvalidInput) as refused:
        validate_issue(data, NOW, limits)
    assert refused.value.fields == {"amount": "above_maximum"}


@pytest.mark.parametrize(
    "text, value",
    [
        ("25.50", "25.50"),
        ("25,50", "25.50"),
        ("1,500", "1500"),
        ("S/ 1,500.15", "1500.15"),
        ("12,345,678.9", "12345678.9"),
        ("7", "7"),
    ],
)
def test_parse_amount_reads_peruvian_writing(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1.500,00", "1,50,0", "1,5000", "12,34.5", "1e3", "--1"])
def test_ambiguous_amounts_are_refused(text: str) -> None:
    assert check(amount=text) == {"amount": "invalid"}


def test_three_written_decimals_are_refused_even_when_trailing_zeros() -> None:
    assert check(amount="1.500") == {"amount": "too_many_decimals"}
    assert check(amount="1.50") == {}


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("30000"), places=2))
def test_every_cent_amount_in_range_is_accepted(amount: Decimal) -> None:
    valid = validate_issue(IssueInput(amount=str(amount), email="a@b.pe"), NOW)
    assert valid.amount == amount


@given(st.text(max_size=40))
def test_validation_never_crashes_on_any_text(text: str) -> None:
    fields = ["amount", "email", "currency", "concept", "first_name", "doc_type", "phone"]
    for name in fields:
        base = {"amount": "10", "email": "a@b.pe"}
        base[name] = text
        try:
            validate_issue(IssueInput(**base), NOW)  # type: ignore[arg-type]
        except InvalidInput as exc:
            assert exc.problems and all(p.field for p in exc.problems)


@given(st.integers(min_value=0, max_value=60 * 24 * 40))
def test_expiry_window_is_one_hour_to_thirty_days(minutes: int) -> None:
    result = check(expires_in=timedelta(minutes=minutes))
    if 60 <= minutes <= 30 * 24 * 60:
        assert result == {}
    else:
        assert set(result) == {"expiry"}


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("first_name", "Ana\x1b[31m"),  # a terminal escape
        ("last_name", "Pérez\x07"),  # BEL
        ("concept", "Torta\x7f"),  # DEL
        ("concept", "Pedido\u200b 12"),  # zero-width space
        ("first_name", "\u202egnimoc"),  # right-to-left override reverses what follows
        ("last_name", "Quispe\ud800"),  # a lone surrogate (a badly encoded argument)
        ("email", "ana\u200d@correo.pe"),  # zero-width joiner
    ],
)
def test_control_and_invisible_characters_are_refused_with_the_field_named(
    field: str, text: str
) -> None:
    assert check(**{field: text}) == {field: "invalid_characters"}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"amount": "٢٥"}, {"amount": "invalid"}),  # Arabic-Indic digits
        ({"amount": "２５.５０"}, {"amount": "invalid"}),  # full-width digits
        ({"phone": "９８７６５４３２１"}, {"phone": "invalid"}),
        ({"doc_type": "DNI", "doc_number": "٤٥٦٧٨٩١٢"}, {"doc_number": "wrong_length"}),
        ({"email": "ana@\u212aorreo.pe"}, {"email": "invalid"}),  # the Kelvin sign, not a K
    ],
)
def test_only_ascii_digits_are_numbers(fields: dict[str, str], expected: dict[str, str]) -> None:
    assert check(**fields) == expected


def test_accented_names_and_n_tilde_are_welcome() -> None:
    assert check(first_name="José María", last_name="Núñez Peña", concept="Año nuevo") == {}
