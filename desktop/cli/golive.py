"""``pagodesk golive [--out INFORME.pdf] [--json]``: the go-live readiness check on a test
profile, flow by flow, with its signed report; ``--verify INFORME.json`` checks one."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    UsageError,
    guarded,
    runtime_for,
    sign_in,
)
from desktop.cli.output import print_json
from desktop.domain.display import lima_short
from desktop.domain.staff import Action

if TYPE_CHECKING:
    from desktop.services.golive import FlowResult, GoLiveRun

MARKS = {"passed": "✓", "failed": "✗", "not_applicable": "—"}
BAD_REPORT = {
    "unreadable": "no es un informe legible",
    "not_a_report": "no es un informe de prueba de salida a producción",
    "no_key": "esta instalación no tiene la clave del perfil que lo firmó",
    "signature": "la firma no coincide: el informe se cambió o se firmó en otra instalación",
    "pdf_differs": "el PDF que lo acompaña se cambió (su huella no es la del informe)",
}


def register(commands: Any) -> None:
    golive = commands.add_parser(
        "golive",
        help="prueba de salida a producción: flujos completos contra el perfil de pruebas",
        description="Corre flujos completos (emitir, pagar, vencer, anular, notificaciones "
        "repetidas, perdidas o falsas, fallas de red, reloj) con los servicios de PagoDesk "
        "contra el perfil de pruebas (demo o sandbox) y guarda un informe firmado (PDF y JSON).",
    )
    golive.add_argument("--out", help="copiar el informe a este PDF (y su JSON al lado)")
    golive.add_argument("--json", action="store_true", help="salida JSON")
    golive.add_argument("--verify", metavar="INFORME.json", help="comprobar un informe guardado")
    golive.set_defaults(func=guarded(run_golive))


def run_golive(args: argparse.Namespace) -> int:
    if args.verify:
        return _verify(Path(args.verify).expanduser(), args.json)
    target = Path(args.out).expanduser() if args.out else None
    if target is not None and target.suffix.lower() != ".pdf":
        raise UsageError(f"--out: «{args.out}» debe terminar en .pdf")
    if target is not None and not target.parent.is_dir():
        raise UsageError(f"--out: la carpeta «{target.parent}» no existe")
    from desktop.services.golive import GoLive, NotATestProfile, copy_report

    def progress(code: str, flow: FlowResult | None) -> None:
        if flow is not None and not args.json:
            print(flow_line(flow), flush=True)

    with runtime_for(args) as runtime:
        if runtime.profile.environment.value == "production":
            raise _production(runtime.profile.name)
        sign_in(args, runtime, Action.MANAGE_PROFILES)
        if not args.json:
            print(f"Prueba de salida a producción — perfil «{runtime.profile.name}»", flush=True)
        try:
            run = GoLive(runtime).run(progress=progress)
        except NotATestProfile as exc:
            raise _production(exc.profile) from None
    files = (run.report.pdf_path, run.report.json_path)
    if target is not None:
        try:
            files = copy_report(run.report, target)
        except OSError as exc:
            raise CommandError(f"no se pudo escribir {target}: {exc.strerror or exc}") from None
    if args.json:
        print_json(_json(run, files))
    else:
        print(run.report.verdict)
        print(f"Informe firmado: {files[0]} (y {files[1].name})")
    if run.result.passed:
        return EXIT_OK
    print(f"pagodesk: {failure_line(run)}", file=sys.stderr)
    return EXIT_FAILURE


def _production(profile: str) -> CommandError:
    return CommandError(
        f"«{profile}» es un perfil de producción: la prueba corre en un perfil de "
        "pruebas (demo o sandbox); elíjalo con --profile"
    )


def flow_line(flow: FlowResult) -> str:
    """``✓ Emitir y anular (85 ms)``, and under a failed one what went wrong and what to fix."""
    from desktop.services.golive import wording

    head = f"  {MARKS[flow.status.value]} {wording.title(flow.code)}"
    if flow.status.value == "not_applicable":
        return f"{head}: no aplicable"
    lines = [f"{head} ({flow.ms:.0f} ms)"]
    if flow.failed:
        lines.append(f"      {wording.problem(flow)}")
        lines.append(f"      Qué corregir: {wording.fix(flow)}")
    return "\n".join(lines)


def failure_line(run: GoLiveRun) -> str:
    """Why the check did not pass, in one line: the first failed flow and what it found."""
    from desktop.services.golive import wording

    failed = [flow for flow in run.result.flows if flow.failed]
    if not failed:
        return "prueba de salida a producción NO aprobada: ningún flujo pudo correr"
    first = failed[0]
    more = f" (y {len(failed) - 1} más)" if len(failed) > 1 else ""
    return (
        f"prueba de salida a producción NO aprobada: «{wording.title(first.code)}»{more}: "
        f"{wording.problem(first)}"
    )


def _json(run: GoLiveRun, files: tuple[Path, Path]) -> dict[str, Any]:
    report = json.loads(run.report.json_path.read_text(encoding="utf-8"))["informe"]
    return {"passed": run.result.passed, "pdf": str(files[0]), "json": str(files[1]), **report}


def _verify(path: Path, as_json: bool) -> int:
    from desktop.services.golive import BadReport, verify_report

    try:
        report = verify_report(path)
    except BadReport as exc:
        raise CommandError(f"{path}: {BAD_REPORT.get(exc.code, exc.code)}") from None
    if as_json:
        print_json(
            {
                "valid": True,
                "profile": report.profile,
                "at": report.at.isoformat(),
                "passed": report.passed,
                "pdf_checked": report.pdf_checked,
            }
        )
        return EXIT_OK
    pdf = "y su PDF coinciden" if report.pdf_checked else "coincide (su PDF no está al lado)"
    print(f"Firma válida: el informe {pdf}.")
    print(f"Perfil «{report.profile}», {lima_short(report.at)}: {report.verdict}")
    return EXIT_OK
