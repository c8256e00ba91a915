"""``pagodesk import-settlement FILE [--apply] [--map FIELD=HEADER ...] [--json]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_OK, UsageError, guarded, runtime_for
from desktop.cli.output import print_json
from desktop.domain.staff import Action

if TYPE_CHECKING:
    from desktop.services.settlement_file import ColumnMapping, SettlementTable


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
    from desktop.cli.settlement_view import preview_json, preview_text
    from desktop.cli.settlement_words import file_problem
    from desktop.services.runtime import choose_profile
    from desktop.services.settlement import SettlementImport
    from desktop.services.settlement_file import SettlementFileError, read_settlement, save_mapping

    changes = parse_maps(args.map)
    try:
        table = read_settlement(Path(args.file))
    except SettlementFileError as exc:
        raise UsageError(file_problem(exc, args.file)) from None
    profile = choose_profile(args.profile).name
    mapping = choose_mapping(profile, table, changes)
    with runtime_for(args, acting=Action.IMPORT_SETTLEMENT) as runtime:
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
    from desktop.cli.settlement_words import FIELD_ALIASES
    from desktop.services.settlement_file import SETTLEMENT_FIELDS

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
    from desktop.cli.settlement_words import FIELD_NAMES
    from desktop.services.settlement_file import ColumnMapping, starting_mapping

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
