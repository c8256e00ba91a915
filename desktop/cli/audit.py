"""``pagodesk audit verify [--anchor SEQ:HASH]`` and ``pagodesk audit key show|import``: the
event log checked against its sealed chain, and the chain's key handed between stations."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_FAILURE, EXIT_OK, UsageError, guarded
from desktop.cli.output import print_json
from desktop.domain.display import count_of

if TYPE_CHECKING:
    from desktop.services.audit import AuditBreak, AuditReport

PROBLEMS = {
    "hash_mismatch": "el evento fue modificado después de registrarse",
    "broken_link": "la cadena está rota: el evento anterior fue alterado o borrado",
    "missing_event": "falta un evento",
    "slip_altered": "la constancia guardada ya no es la que el evento registró",
    "slip_missing": "la constancia que el evento registró fue borrada",
    "link_missing": "falta un eslabón de la cadena sellada: se borró un evento o un voucher",
    "link_broken": "la cadena sellada está rota en este punto",
    "link_forged": "el sello no corresponde a la clave del perfil: alterado o sellado con otra",
    "event_missing": "el evento que la cadena sellada registra ya no existe",
    "event_altered": "el evento ya no es el que la cadena sellada registró",
    "event_unlinked": "un evento que no está en la cadena sellada (agregado por fuera)",
    "head_mismatch": "la cabeza de la cadena no coincide con su último eslabón",
    "anchor_missing": "la cadena es más corta que el sello guardado: se cortaron los últimos",
    "anchor_differs": "la cadena no pasa por el sello guardado: fue rehecha",
    "staff_chain_broken": "un ingreso, bloqueo o cambio de usuario fue alterado o borrado",
}


def register(commands: Any) -> None:
    audit = commands.add_parser("audit", help="auditar el registro de eventos")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACCIÓN", required=True)
    verify = actions.add_parser(
        "verify",
        help="verificar cada voucher y la cadena sellada del perfil",
        description="Verifica la historia de cada voucher y la cadena sellada del perfil con "
        "su clave. Con --anchor, además, que la cadena pase por un sello guardado antes (el "
        "del Cierre del día o de una copia de seguridad): eso detecta que se cortaron los "
        "últimos eventos.",
    )
    verify.add_argument("--anchor", help="sello guardado: SECUENCIA:HASH")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=guarded(run_verify))
    key = actions.add_parser("key", help="la clave de auditoría del perfil, entre estaciones")
    key_actions = key.add_subparsers(dest="key_action", metavar="ACCIÓN", required=True)
    show = key_actions.add_parser("show", help="mostrar el código de la clave para otra estación")
    show.set_defaults(func=guarded(run_key_show))
    load = key_actions.add_parser("import", help="guardar aquí la clave que dio otra estación")
    load.add_argument("code", metavar="CÓDIGO", help="el código PDK1-… de «audit key show»")
    load.set_defaults(func=guarded(run_key_import))


def run_verify(args: argparse.Namespace) -> int:
    from desktop.services.audit import audit_profile
    from desktop.services.audit_chain import Anchor

    try:
        anchor = Anchor.parse(args.anchor) if args.anchor else None
    except ValueError:
        raise UsageError(f"--anchor: sello no válido «{args.anchor}»: use SECUENCIA:HASH") from None
    report = audit_profile(args.profile, anchor=anchor)
    if args.json:
        print_json(_json(report))
        return EXIT_OK if report.intact else EXIT_FAILURE
    head = report.chain.head
    sealed = ""
    if report.chain.sealed_seq is not None:
        sealed = f"; sellada desde el eslabón {report.chain.sealed_seq}"
    if report.intact:
        print(
            f"OK: {count_of(report.vouchers, 'cobro', 'cobros')} y "
            f"{count_of(report.events, 'evento verificado', 'eventos verificados')}; "
            f"cadena sellada: {count_of(report.chain.links, 'eslabón', 'eslabones')}{sealed}"
        )
        if head is not None:
            print(f"Sello actual: {head} (guárdelo fuera de esta PC)")
        return EXIT_OK
    for broken in report.breaks[:20]:
        print(describe_break(broken))
    print(
        f"{count_of(len(report.breaks), 'problema', 'problemas')} en "
        f"{count_of(report.vouchers, 'cobro', 'cobros')} y "
        f"{count_of(report.chain.links, 'eslabón', 'eslabones')}; "
        f"{count_of(report.events, 'evento revisado', 'eventos revisados')}"
    )
    return EXIT_FAILURE


def describe_break(broken: AuditBreak) -> str:
    """``ROTO: voucher CIP 2600001 (#12), evento 3: hash_mismatch (...)``."""
    if broken.problem == "staff_chain_broken":
        words = PROBLEMS[broken.problem]
        return f"ROTO: registro del personal, evento {broken.sequence}: {broken.problem} ({words})"
    if broken.voucher_id is None:
        words = PROBLEMS.get(broken.problem, broken.problem)
        return f"ROTO: cadena sellada, eslabón {broken.sequence}: {broken.problem} ({words})"
    who = f"#{broken.voucher_id}"
    if broken.cip:
        who = f"CIP {broken.cip} ({who})"
    code, _, name = broken.problem.partition(":")
    words = PROBLEMS.get(code, code)
    if code == "row_edited":
        words = f"el campo «{name}» del voucher cambió sin un evento"
    if code in CHAIN_PROBLEMS:
        where = f"eslabón {broken.sequence}" if broken.sequence else "fuera de la cadena"
    elif broken.event_id is None:  # the row disagrees with a complete chain
        where = f"después del evento {broken.sequence - 1}"
    else:
        where = f"evento {broken.sequence}"
    return f"ROTO: voucher {who}, {where}: {broken.problem} ({words})"


def run_key_show(args: argparse.Namespace) -> int:
    from desktop.services.chain_keys import key_code
    from desktop.services.runtime import choose_profile

    code = key_code(choose_profile(args.profile))
    print(code)
    print(
        "Escríbalo en la otra estación con «pagodesk audit key import CÓDIGO». Es un "
        "secreto: quien lo tenga y acceso a la base de datos podría rehacer la cadena."
    )
    return EXIT_OK


def run_key_import(args: argparse.Namespace) -> int:
    from desktop.services.chain_keys import BadChainKey, import_key
    from desktop.services.databases import open_profile_store
    from desktop.services.runtime import choose_profile

    profile = choose_profile(args.profile)
    engine = open_profile_store(profile)
    try:
        import_key(profile, args.code, engine)
    except BadChainKey as exc:
        if exc.code == "wrong_key":
            raise UsageError(
                "el código no es la clave de este perfil: no sella su cadena"
            ) from None
        raise UsageError("código no válido: revise que lo copió completo (PDK1-…)") from None
    finally:
        engine.dispose()
    print(f"clave de auditoría del perfil «{profile.name}» guardada en esta PC")
    return EXIT_OK


CHAIN_PROBLEMS = frozenset(
    {"link_missing", "link_broken", "link_forged", "event_missing", "event_altered"}
    | {"event_unlinked", "head_mismatch", "anchor_missing", "anchor_differs"}
)


def _json(report: AuditReport) -> dict[str, Any]:
    return {
        "intact": report.intact,
        "vouchers": report.vouchers,
        "events": report.events,
        "links": report.chain.links,
        "head": str(report.chain.head) if report.chain.head else None,
        "sealed_from": report.chain.sealed_seq,
        "breaks": [
            {
                "voucher_id": b.voucher_id,
                "cip": b.cip,
                "event_id": b.event_id,
                "sequence": b.sequence,
                "problem": b.problem,
            }
            for b in report.breaks
        ],
    }
