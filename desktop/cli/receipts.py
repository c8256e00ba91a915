"""``pagodesk receipt`` and ``pagodesk merchant``: the voucher document and who it names."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_OK, CommandError, UsageError, guarded, runtime_for
from desktop.cli.output import print_json
from desktop.domain.settings import TICKET_FORMATS, GeneralSettings
from desktop.domain.staff import Action

if TYPE_CHECKING:
    from desktop.services.receipts import PaperFormat
    from desktop.services.runtime import Runtime
    from desktop.services.views import VoucherView

FORMATS = list(TICKET_FORMATS)
"""The paper formats of a voucher (the ``PaperFormat`` values)."""


def register(commands: Any) -> None:
    receipt = commands.add_parser("receipt", help="guardar el voucher en PDF")
    receipt.add_argument("ref", help="CIP, referencia (PD-...) o #id")
    receipt.add_argument("--out", required=True, help="archivo PDF a escribir")
    add_format_option(receipt)
    receipt.set_defaults(func=guarded(run_receipt))

    merchant = commands.add_parser("merchant", help="datos del comercio que salen en el voucher")
    merchant.add_argument("--name")
    merchant.add_argument("--ruc", help="11 dígitos, con dígito verificador válido")
    merchant.add_argument("--address")
    merchant.add_argument("--logo", help="imagen PNG o JPEG ('' para quitarla)")
    merchant.add_argument("--json", action="store_true")
    merchant.set_defaults(func=guarded(run_merchant))


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, help="a4, 80mm o 58mm (por defecto: ajustes)")


def paper_for(args: argparse.Namespace, runtime: Runtime) -> PaperFormat:
    from desktop.services.receipts import PaperFormat

    return PaperFormat(args.format or runtime.general.ticket_format)


def check_output_folder(path: str) -> Path:
    """The PDF's folder must exist (checked before issuing, so no CIP goes unprinted)."""
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise UsageError(f"la carpeta {target.parent} no existe")
    return target


def write_file(path: str, content: bytes) -> Path:
    """Into an existing folder, atomically: the whole file, or the old one left untouched."""
    from desktop.services.share import save_file

    return save_file(check_output_folder(path), content)


def save_receipt(runtime: Runtime, voucher: VoucherView, out: str, paper: PaperFormat) -> Path:
    """Render and write; a voucher with no confirmed CIP gets a clear refusal instead."""
    from desktop.services.receipts import NoReceipt

    try:
        content = runtime.receipts.render_voucher(voucher, paper)
    except NoReceipt:
        raise CommandError(
            f"el voucher #{voucher.id} no tiene un CIP confirmado por PagoEfectivo "
            f"({voucher.status}): no hay nada que imprimir"
        ) from None
    try:
        return write_file(out, content)
    except OSError as exc:
        raise CommandError(f"no se pudo escribir {out}: {exc.strerror or exc}") from None


def run_receipt(args: argparse.Namespace) -> int:
    from desktop.services.lookup import VoucherNotFound

    with runtime_for(args) as runtime:
        try:
            voucher = runtime.lookup.find(args.ref)
        except VoucherNotFound:
            raise CommandError(f"no hay ningún voucher «{args.ref}»") from None
        path = save_receipt(runtime, voucher, args.out, paper_for(args, runtime))
    print(f"voucher del CIP {voucher.cip} guardado en {path}")
    return EXIT_OK


def run_merchant(args: argparse.Namespace) -> int:
    from desktop.services.merchant_logo import drop_logo, keep_logo, logo_problem
    from desktop.services.profiles import ProfileRegistry

    registry = ProfileRegistry()
    general = registry.load().general
    changes = {
        key: value
        for key, value in (
            ("merchant_name", args.name),
            ("merchant_ruc", args.ruc),
            ("merchant_address", args.address),
            ("merchant_logo", args.logo),
        )
        if value is not None
    }
    if changes:  # the merchant's data on every document: an administrator's
        with runtime_for(args, acting=Action.MANAGE_SETTINGS):
            pass
    if changes.get("merchant_logo"):
        logo = Path(changes["merchant_logo"]).expanduser().resolve()
        if logo_problem(logo) is not None:
            raise UsageError("--logo: use una imagen PNG o JPEG existente de hasta 2 MB")
        changes["merchant_logo"] = str(keep_logo(logo))  # a copy in the data folder
    if changes:
        general = replace(general, **{k: v.strip() for k, v in changes.items()})
        registry.set_general(general)
        if changes.get("merchant_logo") == "":
            drop_logo()
    shown = {k: v for k, v in GeneralSettings.to_json(general).items() if k.startswith("merchant")}
    if args.json:
        print_json(shown)
    else:
        for key, value in shown.items():
            print(f"{key.removeprefix('merchant_'):8} {value}")
    return EXIT_OK
