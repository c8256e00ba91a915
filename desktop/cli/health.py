"""``pagodesk health`` (how PagoEfectivo has been answering, and whether notifications come)
and ``pagodesk exchanges CIP`` (everything said about one voucher, in one time line)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_FAILURE, EXIT_OK, UsageError, guarded, runtime_for
from desktop.cli.output import lima_iso, print_json
from desktop.domain.display import actor_label, count_of, event_line, lima_short, source_label

if TYPE_CHECKING:
    from desktop.services.api_health import HealthReport, WindowHealth
    from desktop.services.communication import Communication, CommunicationItem

SINCE = ("1h", "24h", "7d")
LEVEL_WORDS = {"ok": "bien", "warning": "atención", "bad": "mal"}
REASON_WORDS = {
    "success_low": "la tasa de éxito de la última hora está bajo el umbral",
    "webhook_silent": "no llegan notificaciones de pago: hubo pagos vistos solo al consultar",
}


def register(commands: Any) -> None:
    health = commands.add_parser(
        "health",
        help="salud de la conexión con PagoEfectivo y de las notificaciones (sale 1 si está mal)",
    )
    health.add_argument("--since", default="24h", help="ventana: 1h, 24h (por defecto) o 7d")
    health.add_argument("--json", action="store_true", help="salida JSON")
    health.set_defaults(func=guarded(run_health))
    exchanges = commands.add_parser(
        "exchanges", help="todo lo hablado con PagoEfectivo sobre un voucher, en orden"
    )
    exchanges.add_argument("ref", metavar="CIP", help="CIP, #id o código de transacción")
    exchanges.add_argument("--json", action="store_true", help="salida JSON")
    exchanges.set_defaults(func=guarded(run_exchanges))


def run_health(args: argparse.Namespace) -> int:
    from desktop.services.api_health import ApiHealth

    since = args.since.strip().lower()
    if since not in SINCE:
        raise UsageError(f"--since: ventana no válida «{args.since}»: use 1h, 24h o 7d")
    with runtime_for(args) as runtime:
        report = ApiHealth(runtime.engine, runtime.profile.name, clock=runtime.clock).report(
            sorted({"1h", since}, key=SINCE.index)
        )
    if args.json:
        print_json(_health_json(report))
    else:
        print(_health_text(report, since))
    return EXIT_FAILURE if report.level == "bad" else EXIT_OK


def _health_text(report: HealthReport, since: str) -> str:
    window = next(w for w in report.windows if w.label == since)
    lines = [f"Estado: {LEVEL_WORDS[report.level]}"]
    lines += [f"  - {REASON_WORDS.get(reason, reason)}" for reason in report.reasons]
    lines.append(f"Últimas {since}: {_window_line(window)}")
    if window.problems:
        lines.append(
            "  Problemas: " + ", ".join(f"{code} ×{n}" for code, n in window.problems.items())
        )
    hooks = report.webhook
    last = lima_short(hooks.last_received_at) if hooks.last_received_at else "nunca"
    refused = ", ".join(f"{why} ×{n}" for why, n in hooks.refused.items()) or "ninguna"
    lines.append(
        f"Notificaciones (24 h): {hooks.received} recibidas, {hooks.handled} tomadas; "
        f"rechazadas: {refused}; la última: {last}"
    )
    if report.last_problems:
        lines.append("Últimos problemas:")
        for problem in report.last_problems:
            kind = "falla" if problem.failed else "rechazo"
            call = f"{problem.method} {problem.path}"
            text = f"  {lima_short(problem.at)}  {call}  {kind} {problem.code}"
            lines.append(text + (f": {problem.message}" if problem.message else ""))
    return "\n".join(lines)


def _window_line(window: WindowHealth) -> str:
    if window.requests == 0:
        return "sin pedidos a PagoEfectivo"
    rate = window.success_percent
    share = "—" if rate is None else f"{rate:.1f} % de éxito"
    p50 = "—" if window.p50_ms is None else f"{window.p50_ms:.0f} ms"
    p95 = "—" if window.p95_ms is None else f"{window.p95_ms:.0f} ms"
    return (
        f"{count_of(window.requests, 'pedido', 'pedidos')}, {share} "
        f"({window.failed} fallas, {window.refused} rechazados); p50 {p50}, p95 {p95}"
    )


def _health_json(report: HealthReport) -> dict[str, Any]:
    return {
        "level": str(report.level),
        "reasons": list(report.reasons),
        "windows": [
            {
                "window": w.label,
                "since": lima_iso(w.since),
                "requests": w.requests,
                "ok": w.ok,
                "refused": w.refused,
                "failed": w.failed,
                "success_percent": w.success_percent,
                "p50_ms": w.p50_ms,
                "p95_ms": w.p95_ms,
                "problems": w.problems,
            }
            for w in report.windows
        ],
        "last_problems": [
            {
                "at": lima_iso(p.at),
                "method": p.method,
                "path": p.path,
                "status": p.status,
                "code": p.code,
                "message": p.message,
                "failed": p.failed,
            }
            for p in report.last_problems
        ],
        "webhook": {
            "received_24h": report.webhook.received,
            "handled_24h": report.webhook.handled,
            "refused_24h": report.webhook.refused,
            "last_received_at": lima_iso(report.webhook.last_received_at),
        },
    }


def run_exchanges(args: argparse.Namespace) -> int:
    from desktop.services.communication import VoucherCommunication

    with runtime_for(args) as runtime:
        record = VoucherCommunication(runtime.engine, runtime.profile.name).of(args.ref)
    if args.json:
        print_json(_record_json(record))
    else:
        print("\n".join(_item_text(item) for item in record.items))
    return EXIT_OK


def _item_text(item: CommunicationItem) -> str:
    when = lima_short(item.at)
    if item.exchange is not None:
        e = item.exchange
        answer = f"HTTP {e.status}" if e.status is not None else (e.error or "sin respuesta")
        return (
            f"{when}  pedido {e.method} {e.path} -> {answer} ({e.duration_ms:.0f} ms)\n"
            + _indented("enviado", e.request)
            + _indented("respuesta", e.response)
        )
    if item.notification is not None:
        n = item.notification
        signed = "firma válida" if n.signature_ok else "firma NO válida"
        return (
            f"{when}  notificación {n.event_type or '?'} ({signed}) -> {n.outcome}, "
            f"HTTP {n.http_status}"
            + (f": {n.detail}" if n.detail else "")
            + "\n"
            + _indented("cuerpo", n.body)
        )
    assert item.event is not None
    event = item.event
    who = f"{source_label(event.source)}, {actor_label(event.actor)}"
    return f"{when}  evento: {event_line(event)} ({who})"


def _indented(label: str, text: str) -> str:
    if not text:
        return ""
    body = "\n".join(f"      {line}" for line in text.splitlines())
    return f"    {label}:\n{body}\n"


def _record_json(record: Communication) -> dict[str, Any]:
    items = []
    for item in record.items:
        entry: dict[str, Any] = {"at": lima_iso(item.at), "kind": str(item.kind)}
        if item.exchange is not None:
            e = item.exchange
            entry |= {
                "method": e.method,
                "path": e.path,
                "status": e.status,
                "duration_ms": e.duration_ms,
                "request": e.request,
                "response": e.response,
                "error": e.error,
            }
        elif item.notification is not None:
            n = item.notification
            entry |= {
                "event_type": n.event_type,
                "signature_ok": n.signature_ok,
                "outcome": n.outcome,
                "detail": n.detail,
                "http_status": n.http_status,
                "body": n.body,
            }
        elif item.event is not None:
            ev = item.event
            entry |= {
                "event": str(ev.kind),
                "from_status": ev.from_status,
                "to_status": ev.to_status,
                "source": str(ev.source),
                "actor": ev.actor,
                "reason": ev.reason,
            }
        items.append(entry)
    return {"cip": record.voucher.cip, "voucher_id": record.voucher.id, "items": items}
