"""Which column of a settlement file holds what: guessed from its headers, kept per profile."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.config import atomic_write_text, config_dir
from desktop.services.profiles import check_name
from desktop.store.search import fold

SETTLEMENT_FIELDS = ("cip", "amount", "currency", "paid_at", "operation_number")
REQUIRED_FIELDS = ("cip", "amount")  # currency defaults to PEN when not mapped
MAPPING_VERSION = 1
_log = logging.getLogger(__name__)

# Folded header texts per field: exact names first, then words a header may contain.
_EXACT = {
    "cip": ("cip", "codigo de pago", "codigo de pago cip", "codigo cip", "nro cip", "numero cip"),
    "amount": ("monto", "importe", "monto pagado", "importe pagado", "monto total", "total"),
    "currency": ("moneda", "divisa", "tipo de moneda", "currency"),
    "paid_at": (
        "fecha de pago",
        "fecha pago",
        "fecha y hora de pago",
        "fecha de cancelacion",  # PagoEfectivo's word for paid
        "fecha cancelacion",
        "pagado",
        "pagado lima",
        "payment date",
        "fecha",
    ),
    "operation_number": (
        "nro operacion",
        "nro de operacion",
        "numero de operacion",
        "n o de operacion",
        "n de operacion",
        "operacion",
        "codigo de operacion",
        "operation number",
    ),
}
_CONTAINS = {
    "cip": ("cip", "codigo de pago"),
    "amount": ("monto", "importe", "amount"),
    "currency": ("moneda",),
    "paid_at": ("fecha de pago", "fecha pago", "cancelacion", "pagado"),
    "operation_number": ("operacion",),
}
# Words that make a header something else: a fee or a net amount is not what was paid.
_NOT = ("comision", "neto", "igv", "cargo", "descuento")


@dataclass(frozen=True)
class ColumnMapping:
    """Field name -> header text, for the fields that are mapped (headers match folded:
    accents, case and spacing do not matter)."""

    columns: dict[str, str]

    def problems(self, headers: Sequence[str]) -> list[str]:
        """Codes: ``missing:<field>``, ``unknown_field:<name>``, ``unknown_header:<text>``,
        ``shared_header:<text>`` (two fields on one column). Empty when usable."""
        found = [f"missing:{name}" for name in REQUIRED_FIELDS if name not in self.columns]
        folded = {fold(h) for h in headers}
        used: set[str] = set()
        for name, header in self.columns.items():
            if name not in SETTLEMENT_FIELDS:
                found.append(f"unknown_field:{name}")
            elif fold(header) not in folded:
                found.append(f"unknown_header:{header}")
            elif fold(header) in used:
                found.append(f"shared_header:{header}")
            used.add(fold(header))
        return found

    def indexes(self, headers: Sequence[str]) -> dict[str, int]:
        """Field -> column position in ``headers`` (fields whose header is absent are left out)."""
        position = {fold(h): i for i, h in reversed(list(enumerate(headers)))}
        wanted = {name: fold(header) for name, header in self.columns.items()}
        return {name: position[key] for name, key in wanted.items() if key in position}

    def merged(self, changes: Mapping[str, str]) -> ColumnMapping:
        """These fields set on top (an empty header unmaps the field); a column taken by a
        changed field is released from whichever field had it before."""
        columns = dict(self.columns)
        for name, header in changes.items():
            columns = {k: v for k, v in columns.items() if k == name or fold(v) != fold(header)}
            if header.strip():
                columns[name] = header.strip()
            else:
                columns.pop(name, None)
        return ColumnMapping(_ordered(columns))

    def to_json(self) -> dict[str, object]:
        return {"version": MAPPING_VERSION, "columns": dict(self.columns)}


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The likely column of each field, by name (accent- and case-insensitive): exact names
    first (``CIP``, ``Monto``, ``Fecha de pago``, ``Nro. operación``...), then headers that
    contain a telling word. Each header serves one field at most; fees and net amounts never
    count as the amount."""
    keys = [fold(h) for h in headers]
    taken: set[int] = set()
    columns: dict[str, str] = {}
    for tier in (_exact_match, _contains_match):
        for name in SETTLEMENT_FIELDS:
            if name in columns:
                continue
            for index, key in enumerate(keys):
                if index not in taken and key and tier(name, key):
                    columns[name] = headers[index]
                    taken.add(index)
                    break
    return ColumnMapping(_ordered(columns))


def _exact_match(name: str, key: str) -> bool:
    return key in _EXACT[name]


def _contains_match(name: str, key: str) -> bool:
    if any(word in key.split(" ") for word in _NOT):
        return False
    padded = f" {key} "
    return any(f" {word} " in padded for word in _CONTAINS[name])


def _ordered(columns: Mapping[str, str]) -> dict[str, str]:
    known = {name: columns[name] for name in SETTLEMENT_FIELDS if name in columns}
    return {**known, **{k: v for k, v in columns.items() if k not in known}}


def mapping_path(profile: str) -> Path:
    """``<config>/settlement-mappings/<profile>.json`` (not secret: header names only)."""
    return config_dir() / "settlement-mappings" / f"{check_name(profile)}.json"


def load_mapping(profile: str) -> ColumnMapping | None:
    """The mapping last used for this profile; None if none was saved or it is unreadable
    (a damaged file never blocks an import: the headers are guessed again)."""
    path = mapping_path(profile)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        _log.warning("settlement mapping %s is unreadable; guessing the columns", path)
        return None
    columns = data.get("columns") if isinstance(data, dict) else None
    if (
        not isinstance(columns, dict)
        or data.get("version") != MAPPING_VERSION
        or not all(k in SETTLEMENT_FIELDS and isinstance(v, str) for k, v in columns.items())
    ):
        _log.warning("settlement mapping %s has an unknown shape; guessing the columns", path)
        return None
    return ColumnMapping(_ordered(columns))


def starting_mapping(profile: str, headers: Sequence[str]) -> ColumnMapping:
    """What an import of a file with ``headers`` starts from, on the command line and in the
    app alike: the guess from the headers, with what the profile remembered wherever the file
    has those columns."""
    mapping = guess_mapping(headers)
    remembered = load_mapping(profile)
    if remembered is None:
        return mapping
    present = {fold(h) for h in headers}
    return mapping.merged({f: h for f, h in remembered.columns.items() if fold(h) in present})


def save_mapping(profile: str, mapping: ColumnMapping) -> None:
    """Remember ``mapping`` for the profile's next import (written atomically)."""
    unknown = [name for name in mapping.columns if name not in SETTLEMENT_FIELDS]
    if unknown:
        raise ValueError(f"not settlement fields: {unknown}")
    text = json.dumps(mapping.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
    atomic_write_text(mapping_path(profile), text + "\n")
