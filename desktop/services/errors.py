"""What went wrong, as the services say it to the screens and the command line.

The PagoEfectivo client, the store and the database driver have their own exceptions; they
stay behind the services. A service's public method lets out only its own errors (each with a
stable code) and these: ``RemoteError`` (PagoEfectivo), ``VoucherNotFound``,
``VoucherChanged`` and ``StorageFailed``. ``ui/`` and ``cli/`` own the words.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from desktop.pagoefectivo import (
    ApiRefused,
    AuthenticationFailed,
    ConnectionFailed,
    OutcomeUnknown,
    PagoEfectivoError,
    ServerError,
)
from desktop.pagoefectivo.errors import format_skew
from desktop.store.vouchers import ConcurrentChange, UnknownVoucher

P = ParamSpec("P")
R = TypeVar("R")


class Remote(StrEnum):
    """What happened with PagoEfectivo, and so what staff can do next."""

    REFUSED = "refused"  # it answered no: nothing changed there; fix the input
    AUTHENTICATION = "authentication"  # keys refused, or this PC's clock is off
    CONNECTION = "connection"  # not reached: nothing was sent, safe to try again
    OUTCOME_UNKNOWN = "outcome_unknown"  # sent, no usable answer: it may have happened
    SERVER = "server"  # it failed inside: try again later


@dataclass(frozen=True)
class RemoteField:
    """One field PagoEfectivo refused (API code 112 required, 113 invalid value)."""

    code: str
    field: str
    message: str


class RemoteError(Exception):
    """PagoEfectivo could not be reached, refused, or failed. Never holds a secret."""

    def __init__(
        self,
        kind: Remote,
        message: str,
        *,
        code: str | None = None,
        fields: tuple[RemoteField, ...] = (),
        clock_skew: timedelta | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.code = code
        self.fields = fields
        self.clock_skew = clock_skew
        self.http_status = http_status

    @property
    def skew_text(self) -> str | None:
        """``+7 min 5 s`` when PagoEfectivo said this PC's clock is off."""
        return None if self.clock_skew is None else format_skew(self.clock_skew)

    @classmethod
    def of(cls, error: PagoEfectivoError) -> RemoteError:
        """The client's error, said the services' way."""
        if isinstance(error, ApiRefused):
            fields = tuple(RemoteField(e.code, e.field, e.message) for e in error.field_errors)
            return cls(
                Remote.REFUSED,
                error.message,
                code=error.code,
                fields=fields,
                http_status=error.http_status,
            )
        if isinstance(error, AuthenticationFailed):
            return cls(
                Remote.AUTHENTICATION, str(error), code=error.code, clock_skew=error.clock_skew
            )
        if isinstance(error, ServerError):
            return cls(Remote.SERVER, str(error), code=error.code, http_status=error.http_status)
        if isinstance(error, ConnectionFailed):
            return cls(Remote.CONNECTION, str(error))
        assert isinstance(error, OutcomeUnknown | PagoEfectivoError)
        return cls(Remote.OUTCOME_UNKNOWN, str(error))


class VoucherNotFound(LookupError):
    """No voucher of this profile answers to ``ref`` (a CIP, a transaction code, ``#id``)."""

    def __init__(self, ref: str) -> None:
        self.ref = ref
        super().__init__(f"no voucher {ref!r}")


class VoucherChanged(Exception):
    """Someone else (another station, the receiver) changed the voucher at the same moment,
    more than once in a row; nothing was written. Trying again reads it afresh."""

    def __init__(self, voucher_id: int) -> None:
        self.voucher_id = voucher_id
        super().__init__(f"voucher {voucher_id} was changed by someone else meanwhile")


class StorageFailed(Exception):
    """The database could not be used (server down, disk full, file locked)."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


def translated(error: BaseException) -> BaseException:
    """The services' form of a lower layer's exception (others as they are)."""
    if isinstance(error, PagoEfectivoError):
        return RemoteError.of(error)
    if isinstance(error, ConcurrentChange):
        return VoucherChanged(error.voucher_id)
    if isinstance(error, UnknownVoucher):
        return VoucherNotFound(f"#{error.args[0]}" if error.args else "?")
    if isinstance(error, SQLAlchemyError):
        first = str(error.args[0]) if error.args else ""
        return StorageFailed(f"{type(error).__name__}: {first}"[:300])
    return error


def boundary(function: Callable[P, R]) -> Callable[P, R]:
    """Let only the services' errors out of ``function``."""

    @functools.wraps(function)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except (PagoEfectivoError, ConcurrentChange, UnknownVoucher, SQLAlchemyError) as exc:
            raise translated(exc) from exc

    return guarded


T = TypeVar("T")


def service(cls: type[T]) -> type[T]:
    """Put every public method of the service class ``cls`` behind ``boundary``."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(cls, name, boundary(member))
    return cls
