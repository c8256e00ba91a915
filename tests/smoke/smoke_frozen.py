"""Smoke run of the frozen app in ``dist/pagodesk`` on a fresh data folder, and its figures."""

# ``python -m tests.smoke.smoke_frozen [--dist dist/pagodesk]`` starts the GUI offscreen and
# closes it (several times, timed), issues a voucher against the embedded sandbox, renders its
# receipt to PDF, reads the keyring report and, with PAGODESK_TEST_PG_URL, opens a shared
# PostgreSQL database. Then it prints the folder size and the time to main window beside a
# bare PySide6 window frozen by the same PyInstaller. Exit code 0 only when every check passed.

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.smoke.runner import (
    WINDOWS,
    Smoke,
    clean_environment,
    folder_size,
    hello_build,
    tail,
    timed_start,
)

ROOT = Path(__file__).resolve().parents[2]
KEYRING_BACKEND = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")


def check_gui(smoke: Smoke, starts: int) -> list[float]:
    print(f"1. ventana principal ({starts} arranques, el primero con la base de datos nueva)")
    times = []
    for _ in range(starts):
        seconds, report = smoke.start_gui()
        times.append(seconds)
    print(f"   informe de la app: {json.dumps(report, ensure_ascii=False)}")
    smoke.check(report.get("frozen") is True, "la app no se reconoce como compilada")
    smoke.check(report.get("window_icon") is True, "no se encontró el ícono de la ventana")
    loaded = report.get("translations", [])
    smoke.check(
        "translations/pagodesk_es.qm" in loaded,
        f"sin traducciones de PagoDesk del paquete: {loaded}",
    )
    smoke.check(
        any(Path(p).name == "qtbase_es.qm" for p in loaded), f"sin traducciones de Qt: {loaded}"
    )
    return times


def check_issue_and_receipt(smoke: Smoke) -> None:
    print("2. emitir un voucher contra el sandbox embebido")
    done = smoke.run("issue", "--amount", "25.50", "--email", "a@b.pe", "--json")
    try:
        voucher = json.loads(done.stdout)["voucher"]
    except (ValueError, KeyError):
        smoke.check(False, f"`issue --json` no dio JSON:\n{tail(done.stdout + done.stderr)}")
        return
    cip = str(voucher.get("cip") or "")
    smoke.check(cip.isdigit(), f"el voucher no tiene CIP: {voucher}")
    smoke.check(voucher.get("amount") == "25.50", f"monto inesperado: {voucher.get('amount')}")
    print(f"   CIP {cip}, estado {voucher.get('status')}")

    print("3. su voucher en PDF")
    pdf = smoke.workdir / "voucher.pdf"
    smoke.run("receipt", cip, "--out", str(pdf))
    if not smoke.check(pdf.is_file(), "no se escribió el PDF"):
        return
    content = pdf.read_bytes()
    smoke.check(content.startswith(b"%PDF-"), f"el archivo no empieza como PDF: {content[:8]!r}")
    text = pdf_text(pdf)
    smoke.check(cip in text, f"el PDF no muestra el CIP {cip}")
    print(f"   {len(content) / 1024:.0f} KB, el texto contiene el CIP: {cip in text}")


def pdf_text(path: Path) -> str:
    import pypdfium2  # from the dev venv: the smoke reads what the build wrote

    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def check_about(smoke: Smoke) -> None:
    print("4. diagnóstico (pagodesk about --json)")
    version = smoke.run("--version").stdout.strip()
    print(f"   {version}")
    done = smoke.run("about", "--json")
    try:
        about = json.loads(done.stdout)
    except ValueError:
        smoke.check(False, f"`about --json` no dio JSON:\n{tail(done.stdout + done.stderr)}")
        return
    smoke.check(version == f"PagoDesk {about.get('pagodesk')}", "versiones distintas")
    smoke.check(about.get("frozen") is True, "about no se reconoce como compilado")
    for name, value in about.get("libraries", {}).items():
        smoke.check(value != "desconocida", f"versión de {name} desconocida (metadatos)")
    smoke.check(
        str(about.get("data_folder", "")).startswith(str(smoke.home)),
        f"la carpeta de datos no es la de PAGODESK_HOME: {about.get('data_folder')}",
    )
    keyring = about.get("keyring", {})
    shipped = keyring.get("shipped", [])
    smoke.check(KEYRING_BACKEND in shipped, f"falta el llavero {KEYRING_BACKEND}: {shipped}")
    state = "utilizable" if keyring.get("usable") else f"no utilizable ({keyring.get('problem')})"
    print(f"   llavero: {keyring.get('backend')} — {state}; incluidos: {', '.join(shipped)}")
    if keyring.get("message"):
        print(f"   mensaje: {keyring['message']}")


def check_postgresql(smoke: Smoke) -> None:
    """The frozen app opens (and upgrades) a shared PostgreSQL database: psycopg's binary
    wheel and the Alembic scripts made it into the build."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine, text

    from desktop.services.profiles import Environment, Profile, ProfileRegistry
    from desktop.store.engine import alembic_config
    from tests.store.conftest import fresh_database_url

    print("5. PostgreSQL compartido (PAGODESK_TEST_PG_URL)")
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    urls = fresh_database_url("postgresql", smoke.workdir)
    database = next(urls)
    try:
        registry = ProfileRegistry(smoke.home / "config" / "settings.json")
        registry.add(Profile("smoke-pg", Environment.SANDBOX, service_id=1, database_url=database))
        # Opening the profile upgrades its database before it looks for the keys in the
        # keyring, which may well be missing here: only the database is judged.
        done = subprocess.run(
            [str(smoke.exe), "--profile", "smoke-pg", "list"],
            cwd=smoke.workdir,
            env=smoke.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=60,
        )
        smoke.check_output("--profile smoke-pg list", done.stdout + done.stderr)
        engine = create_engine(database)
        try:
            with engine.connect() as connection:
                revision = connection.execute(text("SELECT version_num FROM alembic_version"))
                found = revision.scalar_one_or_none()
        except Exception as exc:
            found = f"{type(exc).__name__}"
        finally:
            engine.dispose()
        smoke.check(
            found == head, f"PostgreSQL quedó en {found}, no en {head}:\n{tail(done.stderr)}"
        )
        print(f"   esquema en la revisión {found} (head {head})")
    finally:
        urls.close()  # drops the database


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.smoke.smoke_frozen")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "pagodesk")
    parser.add_argument("--starts", type=int, default=5, help="arranques de la ventana")
    parser.add_argument("--max-mb", type=float, default=200.0, help="tamaño máximo (MB, 10^6 B)")
    parser.add_argument("--max-start", type=float, default=0.6, help="mediana máxima (s)")
    parser.add_argument("--no-hello", action="store_true", help="sin la ventana de referencia")
    parser.add_argument("--hello-dir", type=Path, default=ROOT / "build" / "hello")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="pagodesk-smoke-") as temporary:
        smoke = Smoke(args.dist.resolve(), Path(temporary))
        print(f"PagoDesk compilado: {smoke.exe}")
        times = check_gui(smoke, args.starts)
        check_issue_and_receipt(smoke)
        check_about(smoke)
        if os.environ.get("PAGODESK_TEST_PG_URL"):
            check_postgresql(smoke)
        if smoke.failures:
            print("registro de la app:\n" + smoke.log_tail())

    print("6. cifras")
    size = folder_size(args.dist) / 2**20
    decimal = size * 2**20 / 1e6  # the limit is read strictly: decimal megabytes
    print(f"   {args.dist.name}: {decimal:.1f} MB = {size:.1f} MiB (máximo {args.max_mb:.0f} MB)")
    smoke.check(decimal <= args.max_mb, f"la carpeta pesa {decimal:.1f} MB")
    median = statistics.median(times)
    shown = ", ".join(f"{t:.2f}" for t in times)
    print(
        f"   hasta la ventana principal: mediana {median:.2f} s (máximo {args.max_start}) [{shown}]"
    )
    smoke.check(median <= args.max_start, f"la ventana tarda {median:.2f} s (mediana)")
    if not args.no_hello:
        args.hello_dir.mkdir(parents=True, exist_ok=True)
        hello = hello_build(args.hello_dir.resolve())
        hello_size = folder_size(hello) / 2**20
        hello_exe = hello / ("hello.exe" if WINDOWS else "hello")
        env = clean_environment(QT_QPA_PLATFORM="offscreen")
        hello_times = [timed_start([str(hello_exe)], hello, env, None)[0] for _ in times]
        hello_median = statistics.median(hello_times)
        print(f"   ventana PySide6 mínima: {hello_size:.1f} MiB, {hello_median:.2f} s")
        print(
            f"   PagoDesk / mínima: tamaño x{size / hello_size:.2f}, "
            f"arranque x{median / hello_median:.2f}"
        )

    if smoke.failures:
        print(f"\nSMOKE FALLÓ ({len(smoke.failures)}):")
        for failure in smoke.failures:
            print(f" - {failure.splitlines()[0]}")
        return 1
    print("\nSMOKE OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
