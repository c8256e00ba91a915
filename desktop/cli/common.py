"""Shared plumbing of the subcommands: exit codes, one-line errors, opening a profile."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from desktop.cli.messages import STATUS_WORDS, describe_problem
from desktop.domain.limatime import LIMA, parse_api_datetime
from desktop.domain.settings import SettingsError
from desktop.domain.staff import Action, StaffError
from desktop.domain.status import VoucherStatus
from desktop.domain.validation import InvalidInput

if TYPE_CHECKING:
    from desktop.services.quick_read import HistoryQuery, QuickReader
    from desktop.services.runtime import Runtime

EXIT_OK = 0
EXIT_FAILURE = 1
"""The command could not do it (PagoEfectivo refused, the database failed, a port is taken)."""
EXIT_BAD_INPUT = 2
"""The input was refused: a bad flag or value (argparse's own errors exit 2 as well)."""
EXIT_INTERRUPTED = 130
"""Ctrl+C, as a shell reports it."""
EXIT_BROKEN_PIPE = 141
"""The reader of the output left early (``pagodesk list | head``), as a shell reports it."""


class CommandError(Exception):
    """A failure to report as one line ``pagodesk: …`` on stderr, exit 1."""

    code = EXIT_FAILURE

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class UsageError(CommandError):
    """Input the command refuses, saying what to fix: one line ``pagodesk: …``, exit 2."""

    code = EXIT_BAD_INPUT


def fail(message: str, code: int = EXIT_FAILURE) -> int:
    """Print ``pagodesk: message`` on stderr and return ``code``."""
    print(f"pagodesk: {message}", file=sys.stderr)
    return code


def check_port(port: int) -> None:
    """``--port``: 0 (any free port) to 65535."""
    if not 0 <= port <= 65535:
        raise UsageError(f"--port debe estar entre 0 y 65535, no {port}")


def guarded(handler: Callable[..., int]) -> Callable[..., int]:
    """Turn the errors a user can meet into one clear line and the right exit code."""

    def run(args: object) -> int:
        try:
            return handler(args)
        except CommandError as exc:
            return fail(exc.message, exc.code)
        except SettingsError as exc:
            return fail(str(exc), EXIT_BAD_INPUT)
        except StaffError as exc:
            from desktop.cli.staff_words import staff_refusal

            line, code = staff_refusal(exc)
            return fail(line, code)
        except InvalidInput as exc:
            return fail("; ".join(describe_problem(p) for p in exc.problems), EXIT_BAD_INPUT)
        except Exception as exc:
            from desktop.cli.failures import explain

            explained = explain(exc)
            if explained is None:
                raise
            return fail(explained)

    return run


@contextmanager
def runtime_for(args: object, *, acting: Action | None = None) -> Iterator[Runtime]:
    """The profile of ``--profile`` opened for one command, closed after. A command that
    acts (``acting``) runs as the user of ``--user`` (PIN from ``PAGODESK_PIN`` or asked,
    hidden), on the demo profile as «Demo» when none is given, and only if their role
    allows it; a read-only one signs in only when ``--user`` is given."""
    from desktop.services.runtime import open_runtime

    runtime = open_runtime(getattr(args, "profile", None))
    try:
        if getattr(args, "user", None) or acting is not None:
            sign_in(args, runtime, acting)
        yield runtime
    finally:
        runtime.close()


@contextmanager
def quick_read(args: object) -> Iterator[QuickReader]:
    """The profile of ``--profile`` read the quick way (services/quick_read.py) by a command
    that only reads; ``Unanswered`` when it cannot be, or when ``--user`` asks to sign in
    (then ``runtime_for`` opens it the full way)."""
    from desktop.services.quick_read import Unanswered, quick_reader

    if getattr(args, "user", None):
        raise Unanswered
    with quick_reader(getattr(args, "profile", None)) as reader:
        yield reader


def sign_in(args: object, runtime: Runtime, acting: Action | None) -> None:
    """Act as ``--user`` (or the demo's «Demo»), refused unless the role allows ``acting``."""
    from desktop.cli.staff_words import read_pin
    from desktop.domain.staff import require

    if not runtime.actor.is_person:  # once per command, however many steps ask
        user = getattr(args, "user", None)
        runtime.sign_in(user, read_pin(user) if user else None)
    if acting is not None:
        require(runtime.actor, acting)


_DURATION = re.compile(r"^\s*(\d+)\s*(m|min|h|d)\s*$", re.IGNORECASE)


def parse_duration(text: str) -> timedelta:
    """``48h``, ``90min``, ``2d`` -> timedelta. Raises UsageError."""
    match = _DURATION.match(text)
    if not match:
        raise UsageError(f"duración no válida «{text}»: use por ejemplo 48h, 90min o 2d")
    value, unit = int(match.group(1)), match.group(2).lower()
    unit = "min" if unit == "m" else unit
    try:
        return {
            "min": timedelta(minutes=value),
            "h": timedelta(hours=value),
            "d": timedelta(days=value),
        }[unit]
    except OverflowError:  # 99999999999d: no voucher lives that long
        raise UsageError(f"duración demasiado larga «{text}»: use por ejemplo 48h o 2d") from None


def parse_moment(text: str, flag: str) -> datetime:
    """An ISO date-time with offset (Lima when it has none)."""
    try:
        moment = parse_api_datetime(text)
    except ValueError:
        moment = None
    if moment is None:  # without seconds, as the examples write it: 2026-12-12T15:10
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=LIMA)
    if moment is None:
        raise UsageError(f"{flag}: fecha y hora no válida «{text}» (ej. 2026-12-12T15:10)")
    return moment


def parse_day(text: str, flag: str, *, end: bool = False) -> datetime:
    """``2026-11-26`` as the start (or, with ``end``, the end) of that day in Lima."""
    try:
        day = datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        return parse_moment(text, flag)
    start = datetime.combine(day, time(0, 0), tzinfo=LIMA)
    return start + timedelta(days=1) if end else start


@dataclass(frozen=True)
class HistoryFilters:
    """``--status``, ``--search``, ``--since`` and ``--until`` as ``pagodesk list`` reads them."""

    statuses: tuple[VoucherStatus, ...] = ()
    search: str = ""
    since: datetime | None = None
    until: datetime | None = None

    @classmethod
    def from_args(cls, args: Any) -> HistoryFilters:
        """Read the flags; an unknown status or a bad date is a ``UsageError``."""
        statuses = []
        for word in (args.status or "").split(","):
            if word.strip():
                if word.strip().lower() not in STATUS_WORDS:
                    raise UsageError(f"--status: estado desconocido «{word.strip()}»")
                statuses.append(STATUS_WORDS[word.strip().lower()])
        return cls(
            statuses=tuple(statuses),
            search=args.search or "",
            since=parse_day(args.since, "--since") if args.since else None,
            until=parse_day(args.until, "--until", end=True) if args.until else None,
        )

    def query(self, profile: str, *, limit: int = 100) -> HistoryQuery:
        from desktop.services.quick_read import HistoryQuery

        return HistoryQuery(
            profile=profile,
            search=self.search,
            statuses=self.statuses,
            since=self.since,
            until=self.until,
            limit=limit,
        )


def add_history_filters(parser: Any) -> None:
    """The filter flags of ``pagodesk list`` and ``pagodesk export``."""
    parser.add_argument("--status", help="pendiente, pagado, expirado, anulado, sin-confirmar")
    parser.add_argument("--search", default="", help="CIP, nombre, documento, e-mail...")
    parser.add_argument("--since", help="desde el día (AAAA-MM-DD, hora de Lima)")
    parser.add_argument("--until", help="hasta el día, inclusive")
