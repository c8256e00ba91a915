"""``pagodesk import-settlement FILE [--apply] [--map FIELD=HEADER ...] [--json]``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, UsageError, guarded, runtime_for
from desktop.cli.output import lima_iso, print_json
from desktop.cli.settlement_words import (
    FIELD_ALIASES,
    FIELD_NAMES,
    KIND_LABELS,
    SHORT_NAMES,
    describe_line,
    file_problem,
    needs_a_person,
)
from desktop.domain.display import lima_short, status_label
from desktop.domain.money import Money
from desktop.services.runtime import choose_profile
from desktop.services.settlement import (
    ApplyResult,
    LineKind,
    SettlementImport,
    SettlementLine,
    SettlementPreview,
)
from desktop.services.settlement_file import (
    SETTLEMENT_FIELDS,
    ColumnMapping,
    SettlementFileError,
    SettlementTable,
    read_settlement,
    save_mapping,
    starting_mapping,
)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import-settlement",
        help="importar un archivo de liquidación (CSV o Excel): vista previa y --apply",
    )
    parser.add_argument("file", metavar="ARCHIVO", help="liquidación en CSV o Excel (.xlsx)")
    parser.add_argument(
        "--apply", action="store_true", help="aplicar; sin esto solo se muestra la vista previa"
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="CAMPO=COLUMNA",
        help="qué columna tiene cada dato (cip, amount, currency, paid_at, operation_number); "
        "se recuerda para el perfil",
    )
    parser.add_argument("--json", action="store_true", help="salida JSON")
    parser.set_defaults(func=guarded(run_import))


def run_import(args: argparse.Namespace) -> int:
    changes = parse_maps(args.map)
    try:
        table = read_settlement(Path(args.file))
    except SettlementFileError as exc:
        raise UsageError(file_problem(exc, args.file)) from None
    profile = choose_profile(args.profile).name
    mapping = choose_mapping(profile, table, changes)
    with runtime_for(args) as runtime:
        service = SettlementImport(
            runtime.engine, runtime.profile.name, actor=runtime.actor, clock=runtime.clock
        )
        try:
            preview = service.preview(table, mapping)
        except SettlementFileError as exc:
            raise UsageError(file_problem(exc, args.file)) from None
        result = service.apply(preview) if args.apply else None
    if changes:
        save_mapping(profile, mapping)
    if args.json:
        print_json(preview_json(preview, mapping, result))
    else:
        print(preview_text(preview, mapping, result, args.file))
    return EXIT_OK


def parse_maps(items: list[str]) -> dict[str, str]:
    """``--map amount=Importe`` (Spanish field names too: monto, moneda, fecha, operacion)."""
    changes: dict[str, str] = {}
    for item in items:
        name, sep, header = item.partition("=")
        field = FIELD_ALIASES.get(name.strip().lower())
        if not sep or field is None:
            fields = ", ".join(SETTLEMENT_FIELDS)
            raise UsageError(f"--map «{item}»: use CAMPO=COLUMNA con un campo de: {fields}")
        changes[field] = header.strip()
    return changes


def choose_mapping(profile: str, table: SettlementTable, changes: dict[str, str]) -> ColumnMapping:
    """The guess, what was remembered for the profile where this file has those columns, then
    ``--map`` on top. Exit 2 naming the ``--map`` to give when the CIP or amount is unknown."""
    offered = ", ".join(f"«{h}»" for h in table.headers)
    given = ColumnMapping({field: header for field, header in changes.items() if header})
    for problem in given.problems(table.headers):
        if problem.startswith("unknown_header:"):
            header = problem.removeprefix("unknown_header:")
            field = next(name for name, text in given.columns.items() if text == header)
            raise UsageError(
                f"--map {field}: el archivo no tiene la columna «{header}»; "
                f"sus columnas son: {offered}"
            )
    mapping = starting_mapping(profile, table.headers).merged(changes)
    missing = [p.removeprefix("missing:") for p in mapping.problems(table.headers)]
    if missing:
        asks = "; ".join(f'{FIELD_NAMES[field]}: --map {field}="COLUMNA"' for field in missing)
        raise UsageError(
            f"no se sabe en qué columna está {' ni '.join(FIELD_NAMES[f] for f in missing)}. "
            f"Indíquelo ({asks}); columnas del archivo: {offered}"
        )
    return mapping


def preview_text(
    preview: SettlementPreview, mapping: ColumnMapping, result: ApplyResult | None, path: str
) -> str:
    counts = preview.counts()
    used = ", ".join(f"{SHORT_NAMES[f]} «{h}»" for f, h in mapping.columns.items())
    out = [
        f"Archivo: {preview.file_name} ({_count(len(preview.lines), 'línea')}); columnas: {used}"
    ]
    late = sum(1 for line in preview.lines if _late(line))
    for kind, label in KIND_LABELS.items():
        note = (
            f" ({late} vencidos: pago fuera de plazo)" if kind is LineKind.MATCHED and late else ""
        )
        out.append(f"  {label + ':':32}{counts[kind]:>7}{note}")
    attention = [line for line in preview.lines if needs_a_person(line)]
    if attention:
        out.append("Líneas que requieren revisión:")
        out += [
            f"  línea {line.number:<5} CIP {line.cip or '—':<10}  {describe_line(line)}"
            for line in attention
        ]
    if preview.missing:
        out.append(f"Vouchers abiertos que no figuran en el archivo ({len(preview.missing)}):")
        out += [
            f"  CIP {m.cip:<10}  {m.money!s:>14}  "
            f"{status_label(m.status):17}  vence {lima_short(m.expires_at)}"
            for m in preview.missing
        ]
    if result is None:
        out.append(
            "Vista previa: no se cambió nada. Para aplicar: "
            f"pagodesk import-settlement «{path}» --apply"
        )
    else:
        late_note = f" ({result.late} fuera de plazo)" if result.late else ""
        out.append(
            f"Aplicado: {_count(result.paid, 'pagado')}{late_note}, "
            f"discrepancias registradas: {result.discrepancies}, "
            f"líneas sin cambios: {result.unchanged}."
        )
        if result.resorted:
            out.append(
                "Líneas que cambiaron desde la vista previa (otra estación se adelantó): "
                f"{result.resorted}; se aplicó lo vigente."
            )
    return "\n".join(out)


def preview_json(
    preview: SettlementPreview, mapping: ColumnMapping, result: ApplyResult | None
) -> dict[str, Any]:
    return {
        "file": preview.file_name,
        "sha256": preview.sha256,
        "mapping": dict(mapping.columns),
        "counts": {kind.value: count for kind, count in preview.counts().items()},
        "lines": [_line_json(line) for line in preview.lines],
        "missing": [
            {
                "voucher_id": m.voucher_id,
                "cip": m.cip,
                "amount": m.money.plain(),
                "currency": m.money.currency.value,
                "status": m.status,
                "expires_at": lima_iso(m.expires_at),
            }
            for m in preview.missing
        ],
        "applied": None if result is None else asdict(result),
    }


def _line_json(line: SettlementLine) -> dict[str, Any]:
    def amount(money: Money | None) -> str | None:
        return None if money is None else money.plain()

    return {
        "number": line.number,
        "kind": line.kind.value,
        "cip": line.cip,
        "amount": amount(line.money),
        "currency": line.money.currency.value if line.money else None,
        "paid_at": lima_iso(line.paid_at),
        "operation_number": line.operation_number,
        "voucher_id": line.voucher_id,
        "local_status": line.local_status,
        "local_amount": amount(line.local_money),
        "problem": line.problem,
        "detail": line.detail,
    }


def _late(line: SettlementLine) -> bool:
    return line.kind is LineKind.MATCHED and line.local_status == "expired"


def _count(number: int, word: str) -> str:
    """``1 línea``, ``3 líneas``, ``0 pagados``."""
    return f"{number} {word}{'' if number == 1 else 's'}"
