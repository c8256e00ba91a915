"""``pagodesk issue | list | show | retry | discard``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    HistoryFilters,
    UsageError,
    add_history_filters,
    guarded,
    parse_duration,
    parse_moment,
    quick_read,
    runtime_for,
)
from desktop.cli.messages import describe_problem
from desktop.cli.output import (
    LIST_HEADER,
    print_json,
    voucher_details,
    voucher_json,
    voucher_line,
)
from desktop.cli.receipts import (
    add_format_option,
    check_output_folder,
    paper_for,
    save_receipt,
)
from desktop.domain.display import count_of
from desktop.domain.limatime import utc_now
from desktop.domain.staff import Action
from desktop.domain.validation import InvalidInput, IssueInput, validate_issue

if TYPE_CHECKING:
    from desktop.services.issuing import IssueResult
    from desktop.services.lookup import VoucherLookup
    from desktop.services.views import VoucherView


def register(commands: Any) -> None:
    issue = commands.add_parser("issue", help="emitir un código de pago (CIP)")
    issue.add_argument("--amount", required=True, help="monto, ej. 25.50")
    issue.add_argument("--email", required=True, help="e-mail del cliente")
    issue.add_argument("--currency", default="PEN", help="PEN (por defecto) o USD")
    issue.add_argument("--concept", default="", help="concepto (máx. 50)")
    issue.add_argument("--first-name", default="")
    issue.add_argument("--last-name", default="")
    issue.add_argument("--doc-type", default="", help="DNI, CE, RUC, PAS, PAR, LMI o NAN")
    issue.add_argument("--doc-number", default="")
    issue.add_argument("--phone", default="")
    when = issue.add_mutually_exclusive_group()
    when.add_argument("--expires-in", help="vigencia, ej. 48h (por defecto), 90min, 2d")
    when.add_argument("--expires-at", help="vencimiento ISO, ej. 2026-12-12T15:10-05:00")
    issue.add_argument("--receipt", help="además, guardar el voucher en este PDF")
    add_format_option(issue)
    issue.add_argument("--json", action="store_true", help="salida JSON")
    issue.set_defaults(func=guarded(run_issue))

    listing = commands.add_parser("list", help="listar vouchers")
    add_history_filters(listing)
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=guarded(run_list))

    for name, helptext in (
        ("show", "mostrar un voucher"),
        ("retry", "reintentar un voucher sin confirmar o no emitido"),
        ("discard", "descartar un voucher sin confirmar"),
    ):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("ref", help="CIP, referencia (PD-...) o #id")
        command.add_argument("--json", action="store_true")
        command.set_defaults(func=guarded(globals()[f"run_{name}"]))


def run_issue(args: argparse.Namespace) -> int:
    from desktop.services.issuing import Outcome
    from desktop.services.profiles import ProfileRegistry
    from desktop.services.runtime import choose_profile, issue_limits

    data = IssueInput(
        amount=args.amount,
        email=args.email,
        currency=args.currency,
        concept=args.concept,
        first_name=args.first_name,
        last_name=args.last_name,
        doc_type=args.doc_type,
        doc_number=args.doc_number,
        phone=args.phone,
        expires_in=parse_duration(args.expires_in) if args.expires_in else None,
        expires_at=parse_moment(args.expires_at, "--expires-at") if args.expires_at else None,
    )
    registry = ProfileRegistry()
    limits = issue_limits(choose_profile(args.profile, registry), registry)
    try:
        valid = validate_issue(data, utc_now(), limits)
    except InvalidInput as exc:  # before any database or network is touched
        raise UsageError("; ".join(describe_problem(p) for p in exc.problems)) from None
    if args.receipt:
        check_output_folder(args.receipt)  # before anything is issued
    with runtime_for(args, acting=Action.ISSUE) as runtime:
        for twin in runtime.issuer.duplicates(valid):
            print(
                f"pagodesk: aviso: este cliente ya tiene el CIP {twin.cip} pendiente por el "
                "mismo monto",
                file=sys.stderr,
            )
        result = runtime.issuer.issue(valid)
        report_outcome(result, as_json=args.json)
        if result.outcome is not Outcome.PENDING:
            if args.receipt:
                print(
                    "pagodesk: no se guardó ningún PDF: el voucher no tiene un CIP confirmado",
                    file=sys.stderr,
                )
            return EXIT_FAILURE
        if args.receipt:  # the CIP is already on screen, whatever happens to the PDF
            receipt = save_receipt(runtime, result.voucher, args.receipt, paper_for(args, runtime))
            if not args.json:
                print(f"Voucher PDF:       {receipt}")
    return EXIT_OK


def report_outcome(result: IssueResult, *, as_json: bool) -> None:
    """Show the outcome: the CIP only when PagoEfectivo confirmed it."""
    from desktop.services.errors import StorageFailed
    from desktop.services.issuing import Outcome

    voucher = result.voucher
    if as_json:
        print_json({"outcome": result.outcome.value, "voucher": voucher_json(voucher)})
    elif result.outcome is Outcome.PENDING:
        print(voucher_details(voucher))
    if result.outcome is Outcome.UNCONFIRMED and isinstance(result.error, StorageFailed):
        print(
            f"pagodesk: PagoEfectivo dio un CIP pero no se pudo guardar en la base de datos "
            f"({result.error.detail[:120]}): el voucher #{voucher.id} queda sin confirmar, no "
            "entregue ningún código; cuando la base de datos vuelva, «pagodesk sync» lo aclara",
            file=sys.stderr,
        )
    elif result.outcome is Outcome.UNCONFIRMED:
        print(
            f"pagodesk: PagoEfectivo no confirmó el voucher #{voucher.id} (sin confirmar): no "
            f"entregue ningún código; reintente con «pagodesk retry #{voucher.id}» o "
            f"descártelo con «pagodesk discard #{voucher.id}»",
            file=sys.stderr,
        )
    elif result.outcome is Outcome.FAILED:
        print(
            f"pagodesk: PagoEfectivo no emitió el voucher #{voucher.id}: "
            f"{voucher.failure_code} {voucher.failure_detail or ''}".rstrip(),
            file=sys.stderr,
        )


def _totals_json(totals: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Per currency: how many vouchers and how much (cents)."""
    return {c: {"count": t.count, "amount_cents": t.money.cents} for c, t in totals.items()}


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.quick_read import Unanswered

    filters = HistoryFilters.from_args(args)
    limit = max(1, args.limit)
    try:  # a SQLite profile at the newest schema is read without the database machinery
        with quick_read(args) as quick:
            page = quick.history(filters.query(quick.profile, limit=limit))
    except Unanswered:
        with runtime_for(args) as runtime:
            page = runtime.lookup.history(filters.query(runtime.profile.name, limit=limit))
    if args.json:
        print_json(
            {
                "total": page.total,
                "vouchers": [voucher_json(v) for v in page.rows],
                "totals": _totals_json(page.totals),
                "collected": _totals_json(page.collected),
                "pending": _totals_json(page.pending),
            }
        )
        return EXIT_OK
    if page.rows:
        print(LIST_HEADER)
    for voucher in page.rows:
        print(voucher_line(voucher))
    found = count_of(page.total, "cobro", "cobros")
    print(f"{len(page.rows)} de {found}" if page.total > len(page.rows) else found)
    return EXIT_OK


def find_voucher(lookup: VoucherLookup, ref: str) -> VoucherView:
    """The voucher of a CIP, a reference (PD-...) or an #id; a clear refusal otherwise."""
    from desktop.services.lookup import VoucherNotFound

    try:
        return lookup.find(ref)
    except VoucherNotFound:
        raise missing(ref, lookup.profile) from None


def missing(ref: str, profile: str) -> CommandError:
    return CommandError(f"no hay ningún voucher «{ref}» en el perfil {profile}")


def run_show(args: argparse.Namespace) -> int:
    from desktop.services.quick_read import Unanswered

    try:  # as ``list``
        with quick_read(args) as quick:
            found = quick.detail(args.ref)
            if found is None:
                raise missing(args.ref, quick.profile)
            detail = found
    except Unanswered:
        with runtime_for(args) as runtime:
            find_voucher(runtime.lookup, args.ref)
            detail = runtime.lookup.detail(args.ref)
    if args.json:
        print_json(voucher_json(detail.voucher, detail.events))
    else:
        print(voucher_details(detail.voucher, detail.events))
    return EXIT_OK


def run_retry(args: argparse.Namespace) -> int:
    from desktop.services.issuing import NotRetryable, Outcome

    with runtime_for(args, acting=Action.ISSUE) as runtime:
        voucher = find_voucher(runtime.lookup, args.ref)
        try:
            result = runtime.issuer.retry(voucher.id or 0)
        except NotRetryable as exc:
            raise CommandError(
                f"solo se reintenta una vez un voucher sin confirmar o no emitido "
                f"(este está «{exc.status}»)"
            ) from None
    report_outcome(result, as_json=args.json)
    return EXIT_OK if result.outcome is Outcome.PENDING else EXIT_FAILURE


def run_discard(args: argparse.Namespace) -> int:
    from desktop.services.issuing import NotRetryable

    with runtime_for(args, acting=Action.ISSUE) as runtime:
        voucher = find_voucher(runtime.lookup, args.ref)
        try:
            discarded = runtime.issuer.discard(voucher.id or 0)
        except NotRetryable as exc:
            raise CommandError(
                f"solo se descarta un voucher sin confirmar (este está «{exc.status}»)"
            ) from None
    if args.json:
        print_json(voucher_json(discarded))
    else:
        print(f"voucher #{discarded.id} descartado")
    return EXIT_OK
