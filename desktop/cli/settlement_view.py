"""How a settlement import looks on the command line: its preview (and result) as text or JSON."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop.cli.output import lima_iso
from desktop.cli.settlement_words import KIND_LABELS, SHORT_NAMES, describe_line, needs_a_person
from desktop.domain.display import count_of, lima_short, status_label
from desktop.domain.money import Money
from desktop.services.settlement import ApplyResult, LineKind, SettlementLine, SettlementPreview
from desktop.services.settlement_file import ColumnMapping


def preview_text(
    preview: SettlementPreview, mapping: ColumnMapping, result: ApplyResult | None, path: str
) -> str:
    counts = preview.counts()
    used = ", ".join(f"{SHORT_NAMES[f]} «{h}»" for f, h in mapping.columns.items())
    lines = count_of(len(preview.lines), "línea", "líneas")
    out = [f"Archivo: {preview.file_name} ({lines}); columnas: {used}"]
    late = sum(1 for line in preview.lines if _late(line))
    for kind, label in KIND_LABELS.items():
        note = f" ({late} fuera de plazo)" if kind is LineKind.MATCHED and late else ""
        out.append(f"  {label + ':':32}{counts[kind]:>7}{note}")
    attention = [line for line in preview.lines if needs_a_person(line)]
    if attention:
        out.append("Líneas que requieren revisión:")
        out += [
            f"  línea {line.number:<5} CIP {line.cip or '—':<10}  {describe_line(line)}"
            for line in attention
        ]
    if preview.missing:
        out.append(f"Cobros abiertos que no figuran en el archivo ({len(preview.missing)}):")
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
        noted = count_of(
            result.discrepancies, "discrepancia registrada", "discrepancias registradas"
        )
        out.append(
            f"Aplicado: {count_of(result.paid, 'cobro pagado', 'cobros pagados')}{late_note}, "
            f"{noted}, {count_of(result.unchanged, 'línea sin cambios', 'líneas sin cambios')}."
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
    return line.kind is LineKind.MATCHED and line.late
