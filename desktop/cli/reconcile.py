"""``pagodesk extend | annul | reconcile`` (and ``evidence``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_OK,
    CommandError,
    UsageError,
    guarded,
    parse_duration,
    parse_moment,
    runtime_for,
)
from desktop.cli.evidence import register as register_evidence
from desktop.cli.messages import describe_problem
from desktop.cli.output import print_json, voucher_details, voucher_json
from desktop.cli.vouchers import find_voucher
from desktop.domain.display import lima_short, status_label
from desktop.domain.limatime import utc_now
from desktop.domain.staff import Action
from desktop.domain.validation import FieldProblem, InvalidInput

if TYPE_CHECKING:
    from desktop.services.reconcile import ReconcileError
    from desktop.services.views import VoucherView

FLAGS = {
    "reason": "--reason",
    "operation_number": "--operation",
    "evidence": "--evidence",
    "paid_at": "--paid-at",
    "actor": "--user",
}
WORDS = {
    "reason_required": "es obligatorio: explique el motivo",
    "reason_too_long": "admite como máximo {detail} caracteres",
    "proof_required": "indique el número de operación o adjunte la constancia de pago",
    "operation_invalid": "no es válido (hasta 14 letras o dígitos)",
    "evidence_missing": "no existe el archivo «{detail}»",
    "evidence_type": "debe ser una foto (JPG o PNG) o un PDF de la constancia",
    "evidence_empty": "el archivo está vacío",
    "evidence_too_large": "el archivo supera {detail} MB",
    "paid_at_invalid": "no puede estar en el futuro",
    "actor_required": "indique quién opera (--user)",
    "same_person": "la aprobación debe darla otra persona: quien la pidió no puede aprobarla",
    "stale_request": "la solicitud ya no está vigente: el voucher cambió después",
    "not_a_request": "no es una solicitud de aprobación",
    "invalid_characters": "tiene caracteres de control o invisibles; escríbalo de nuevo",
}
_REFUSALS = {"wrong_status", "wrong_profile", "same_person", "stale_request", "not_a_request"}
# before_deadline: its own line (_reconcile_error), naming when and what to do instead.


def register(commands: Any) -> None:
    extend = commands.add_parser("extend", help="extender el vencimiento de un voucher")
    extend.add_argument("ref", help="CIP, referencia (PD-...) o #id")
    when = extend.add_mutually_exclusive_group(required=True)
    when.add_argument("--expires-in", help="nueva vigencia desde ahora, ej. 24h, 90min, 2d")
    when.add_argument("--expires-at", help="nuevo vencimiento ISO, ej. 2026-12-12T15:10-05:00")
    extend.add_argument("--json", action="store_true")
    extend.set_defaults(func=guarded(run_extend))

    annul = commands.add_parser("annul", help="anular un voucher pendiente")
    annul.add_argument("ref", help="CIP, referencia (PD-...) o #id")
    annul.add_argument("--reason", default="", help="motivo (obligatorio)")
    annul.add_argument("--json", action="store_true")
    annul.set_defaults(func=guarded(run_annul))

    reconcile = commands.add_parser("reconcile", help="conciliar a mano: pagado o expirado")
    reconcile.add_argument("ref", help="CIP, referencia (PD-...) o #id")
    mode = reconcile.add_mutually_exclusive_group(required=True)
    mode.add_argument("--paid", action="store_true", help="marcar pagado")
    mode.add_argument("--expired", action="store_true", help="marcar expirado")
    mode.add_argument("--approve", action="store_true", help="aprobar la solicitud pendiente")
    mode.add_argument(
        "--reject", action="store_true", help="rechazar la solicitud pendiente (con --reason)"
    )
    reconcile.add_argument("--operation", help="número de operación del pago")
    reconcile.add_argument("--evidence", help="foto o PDF de la constancia de pago")
    reconcile.add_argument("--paid-at", help="cuándo se pagó (ISO); por defecto, ahora")
    reconcile.add_argument("--reason", default="", help="motivo (obligatorio)")
    reconcile.add_argument("--json", action="store_true")
    reconcile.set_defaults(func=guarded(run_reconcile))
    register_evidence(commands)


def run_extend(args: argparse.Namespace) -> int:
    if args.expires_in:
        deadline = utc_now() + parse_duration(args.expires_in)
    else:
        deadline = parse_moment(args.expires_at, "--expires-at")
    with runtime_for(args, acting=Action.EXTEND) as runtime:
        voucher = find_voucher(runtime.lookup, args.ref)
        with _change_errors("extender"):
            result = runtime.changes.extend(voucher.id or 0, deadline)
    return _show(result.voucher, args.json, f"nuevo vencimiento: {lima_short(deadline)}")


def run_annul(args: argparse.Namespace) -> int:
    with runtime_for(args, acting=Action.ANNUL) as runtime:
        voucher = find_voucher(runtime.lookup, args.ref)
        with _change_errors("anular"):
            result = runtime.changes.annul(voucher.id or 0, args.reason)
    return _show(result.voucher, args.json, "anulado en PagoEfectivo")


def run_reconcile(args: argparse.Namespace) -> int:
    from desktop.services.reconcile import ReconcileError

    paid_at = parse_moment(args.paid_at, "--paid-at") if args.paid_at else None
    if args.evidence and not Path(args.evidence).is_file():  # before anything is opened
        raise UsageError(f"--evidence: no existe el archivo «{args.evidence}»")
    acting = Action.REQUEST_MARK if args.paid or args.expired else Action.APPROVE
    with runtime_for(args, acting=acting) as runtime:
        voucher = find_voucher(runtime.lookup, args.ref)
        manual = runtime.reconciliation
        try:
            if args.expired:
                result = manual.mark_expired(
                    voucher.id or 0, actor=runtime.actor, reason=args.reason
                )
            elif args.paid:
                result = manual.mark_paid(
                    voucher.id or 0,
                    actor=runtime.actor,
                    reason=args.reason,
                    operation_number=args.operation,
                    evidence_file=args.evidence,
                    paid_at=paid_at,
                )
            else:
                requests = [r for r in manual.open_requests() if r.voucher_id == voucher.id]
                if not requests:
                    raise CommandError("este voucher no tiene ninguna solicitud de pago pendiente")
                if args.reject:
                    asked = requests[-1]
                    manual.reject(asked, runtime.actor, args.reason)
                    print(f"Solicitud de {asked.requested_by} rechazada; el voucher no cambió")
                    return EXIT_OK
                result = manual.approve(requests[-1], runtime.actor)
        except ReconcileError as exc:
            raise _reconcile_error(exc, voucher.cip) from None
    if result.request is not None:
        print(
            f"pagodesk: solicitud registrada: un supervisor debe aprobarla con "
            f"«pagodesk --user NOMBRE reconcile {voucher.cip} --approve»",
            file=sys.stderr,
        )
    note = "pago fuera de plazo" if result.late else ""
    return _show(result.voucher, args.json, note)


@contextmanager
def _change_errors(verb: str) -> Iterator[None]:
    """Extend/annul refusals as one line; input problems exit 2 naming the flag."""
    from desktop.services.changes import ChangeRefused, ChangeUnconfirmed, NotChangeable

    try:
        yield
    except InvalidInput as exc:
        raise UsageError("; ".join(_problem(p) for p in exc.problems)) from None
    except NotChangeable as exc:
        raise CommandError(f"no se puede {verb}: el voucher está «{_label(exc.status)}»") from None
    except ChangeRefused as exc:
        raise CommandError(
            f"PagoEfectivo rechazó el cambio ({exc.api_code}: {exc.message}); no se cambió nada"
        ) from None
    except ChangeUnconfirmed:
        raise CommandError(
            "PagoEfectivo no confirmó el cambio: aquí no se cambió nada; ejecute "
            "«pagodesk sync» para ver si se aplicó"
        ) from None


def _problem(problem: FieldProblem) -> str:
    if problem.field != "reason":
        return describe_problem(problem)
    code = {"required": "reason_required", "too_long": "reason_too_long"}.get(problem.code)
    return f"--reason: {WORDS[code or problem.code].format(detail=problem.limit)}"


def _reconcile_error(exc: ReconcileError, cip: int | None = None) -> CommandError:
    if exc.code == "wrong_status":
        return CommandError(f"no se puede conciliar: el voucher está «{_label(exc.detail)}»")
    if exc.code == "before_deadline":
        deadline = lima_short(datetime.fromisoformat(exc.detail))
        return CommandError(
            f"todavía no se puede marcar expirado: PagoEfectivo acepta el pago hasta el "
            f"{deadline} (hora de Lima) y se podrá marcar desde entonces; para que no se pueda "
            f"pagar desde ahora, anúlelo: pagodesk annul {cip or 'CIP'} --reason MOTIVO"
        )
    detail = exc.detail
    if exc.code == "evidence_too_large":
        from desktop.services.slips import EVIDENCE_MAX_BYTES

        detail = str(EVIDENCE_MAX_BYTES // (1024 * 1024))
    words = WORDS.get(exc.code, exc.code).format(detail=detail)
    flag = (
        "--operation o --evidence" if exc.code == "proof_required" else FLAGS.get(exc.field or "")
    )
    line = f"{flag}: {words}" if flag else words
    return CommandError(line) if exc.code in _REFUSALS else UsageError(line)


def _label(status: str) -> str:
    try:
        return status_label(status)
    except ValueError:
        return status


def _show(voucher: VoucherView, as_json: bool, note: str) -> int:
    if as_json:
        print_json(voucher_json(voucher))
    else:
        print(voucher_details(voucher))
        if note:
            print(note)
    return EXIT_OK
