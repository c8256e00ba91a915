"""The PagoEfectivo API client: token handling, the five CIP operations, typed errors."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from desktop.domain.limatime import Clock, format_api_datetime, parse_api_datetime, utc_now
from desktop.domain.money import Currency

from .auth import Credentials, authorization_body
from .errors import (
    ApiRefused,
    AuthenticationFailed,
    ConnectionFailed,
    FieldError,
    OutcomeUnknown,
    PagoEfectivoError,
    ServerError,
    Throttled,
)
from .hosts import tls_for
from .logsink import Exchange, LogSink, Redactor, logging_sink
from .models import CipCreated, CipInfo, CipRequest, Token
from .wire import dumps, field, loads, read_amount, read_cip, read_code

MAX_CLOCK_SKEW = timedelta(minutes=5)
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
OK = "100"
_NOTHING_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
)

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConnectionCheck:
    """The result of "probar conexión": credentials accepted, and the clock difference."""

    code_service: str
    token_expires: datetime
    clock_skew: timedelta | None

    @property
    def clock_ok(self) -> bool:
        return self.clock_skew is None or abs(self.clock_skew) <= MAX_CLOCK_SKEW


@dataclass
class _Reply:
    status: int
    code: str
    message: str
    data: Any


class PagoEfectivoClient:
    """Speaks API CIP v1 over HTTPS (or plain HTTP to the local sandbox).

    Thread-safe: one client may serve several worker threads.
    """

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        language: str = "es-PE",
        log_sink: LogSink = logging_sink,
        clock: Clock = utc_now,
        search_batch_size: int = 10,
        token_margin: timedelta = timedelta(seconds=30),
    ) -> None:
        if search_batch_size < 1:
            raise ValueError("search_batch_size must be at least 1")
        self.base_url = base_url.rstrip("/")
        self._credentials = credentials
        self._language = language
        self._log_sink = log_sink
        self._clock = clock
        self._batch = search_batch_size
        self._margin = token_margin
        self._redact = Redactor(credentials.secrets())
        self._token: Token | None = None
        self._token_lock = threading.Lock()
        self.clock_skew: timedelta | None = None
        self._http = httpx.Client(
            base_url=self.base_url, timeout=timeout, verify=tls_for(self.base_url)
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PagoEfectivoClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public operations ------------------------------------------------------------

    @property
    def clock_skew_exceeded(self) -> bool:
        """True when the last answer showed the PC clock more than 5 minutes off."""
        return self.clock_skew is not None and abs(self.clock_skew) > MAX_CLOCK_SKEW

    def check_connection(self) -> ConnectionCheck:
        """Authorize afresh: proves the credentials and measures the clock skew."""
        token = self.authorize()
        return ConnectionCheck(token.code_service, token.expires_at, self.clock_skew)

    def authorize(self) -> Token:
        """Get a new token (``POST /v1/authorizations``) and cache it."""
        body = authorization_body(self._credentials, self._clock())
        self._redact.add(str(body["hashString"]))
        try:
            reply = self._exchange("POST", "/v1/authorizations", body, token=None)
        except (ApiRefused, _Unauthorized) as exc:
            raise self._auth_failed(str(getattr(exc, "message", exc)), exc) from None
        data = reply.data if isinstance(reply.data, Mapping) else {}
        value = field(data, "token")
        expires = parse_api_datetime(field(data, "tokenExpires"))
        if not isinstance(value, str) or not value or expires is None:
            raise OutcomeUnknown("authorization answer has no usable token")
        self._redact.add(value)
        token = Token(value, str(field(data, "codeService") or ""), expires)
        self._token = token
        return token

    def create_cip(self, request: CipRequest) -> CipCreated:
        """Generate a CIP. On ``OutcomeUnknown`` the CIP may exist: never show or reuse it."""
        reply = self._authorized("POST", "/v1/cips", _cip_body(request))
        data = reply.data if isinstance(reply.data, Mapping) else {}
        try:
            return CipCreated(
                cip=read_cip(field(data, "cip")),
                currency=Currency(str(field(data, "currency"))),
                amount=read_amount(field(data, "amount")),
                transaction_code=str(field(data, "transactionCode") or request.transaction_code),
                date_expiry=parse_api_datetime(field(data, "dateExpiry")),
                cip_url=str(field(data, "cipUrl") or ""),
            )
        except (ValueError, TypeError) as exc:
            raise OutcomeUnknown(f"unreadable CIP in the answer: {exc}") from exc

    def search_cips(self, cips: Iterable[int | str]) -> list[CipInfo]:
        """Current state of the given CIPs, asked in batches. Unknown CIPs are absent."""
        wanted = list(dict.fromkeys(read_cip(c) for c in cips))
        found: list[CipInfo] = []
        for start in range(0, len(wanted), self._batch):
            batch = wanted[start : start + self._batch]
            reply = self._authorized(
                "POST", "/v1/cips/search", {"data": [{"cip": c} for c in batch]}
            )
            rows = reply.data if isinstance(reply.data, list) else []
            try:
                found.extend(_cip_info(row) for row in rows if isinstance(row, Mapping))
            except (ValueError, TypeError) as exc:
                raise PagoEfectivoError(f"unreadable search answer: {exc}") from exc
        return found

    def update_expiry(self, cip: int, date_expiry: datetime) -> None:
        """Move a CIP's deadline (an expired CIP becomes payable again)."""
        self._authorized(
            "PATCH", f"/v1/cips/{int(cip)}", {"dateExpiry": format_api_datetime(date_expiry)}
        )

    def delete_cip(self, cip: int) -> None:
        """Annul a CIP that is still pending payment."""
        self._authorized("DELETE", f"/v1/cips/{int(cip)}", None)

    # -- plumbing ---------------------------------------------------------------------

    def _current_token(self) -> Token:
        with self._token_lock:
            token = self._token
            server_now = self._clock() + (self.clock_skew or timedelta(0))
            if token is None or server_now >= token.expires_at - self._margin:
                token = self.authorize()
            return token

    def _authorized(self, method: str, path: str, body: Mapping[str, Any] | None) -> _Reply:
        token = self._token_or_nothing_sent()
        try:
            return self._exchange(method, path, body, token=token)
        except _Unauthorized:
            with self._token_lock:
                if self._token is token:
                    self._token = None
            token = self._token_or_nothing_sent()
            try:
                return self._exchange(method, path, body, token=token)
            except _Unauthorized as exc:
                raise self._auth_failed("the API refused a fresh token", exc) from None

    def _token_or_nothing_sent(self) -> Token:
        """A token; if getting one got no answer, the real request was never sent."""
        try:
            return self._current_token()
        except OutcomeUnknown as exc:
            raise ConnectionFailed(
                f"no token from PagoEfectivo ({exc}); nothing was sent"
            ) from None

    def _auth_failed(self, message: str, cause: Exception) -> AuthenticationFailed:
        code = getattr(cause, "code", None)
        skew = self.clock_skew if self.clock_skew_exceeded else None
        return AuthenticationFailed(f"authentication failed: {message}", code, skew)

    def _headers(self, token: Token | None) -> dict[str, str]:
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Accept-Language": self._language,
            "Origin": "web",
        }
        if token is not None:
            headers["Authorization"] = f"Bearer {token.value}"
        return headers

    def _exchange(
        self, method: str, path: str, body: Mapping[str, Any] | None, *, token: Token | None
    ) -> _Reply:
        content = dumps(body).encode("utf-8") if body is not None else b""
        started_at = self._clock()
        start = time.perf_counter()
        status: int | None = None
        response_text = ""
        error: str | None = None
        try:
            try:
                response = self._http.request(
                    method, path, content=content or None, headers=self._headers(token)
                )
            except _NOTHING_SENT as exc:
                error = f"could not connect: {type(exc).__name__}"
                raise ConnectionFailed(f"could not connect to {self.base_url}") from None
            except httpx.TransportError as exc:
                error = f"no answer: {type(exc).__name__}"
                raise OutcomeUnknown(
                    f"{method} {path}: request sent, no answer ({type(exc).__name__})"
                ) from None
            status = response.status_code
            response_text = response.text
            self._observe_clock(response, started_at, time.perf_counter() - start)
            return self._interpret(method, path, response)
        except PagoEfectivoError as exc:
            error = error or type(exc).__name__
            raise
        finally:
            self._log_sink(
                Exchange(
                    started_at=started_at,
                    method=method,
                    path=path,
                    status=status,
                    duration_ms=(time.perf_counter() - start) * 1000,
                    request_body=self._redact(content.decode("utf-8")),
                    response_body=self._redact(response_text),
                    error=error,
                )
            )

    def _observe_clock(self, response: httpx.Response, sent_at: datetime, rtt: float) -> None:
        header = response.headers.get("date")
        if not header:
            return
        try:
            server_time = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return
        if server_time.tzinfo is None:
            return
        local_mid = sent_at + timedelta(seconds=rtt / 2)
        self.clock_skew = server_time - local_mid
        if self.clock_skew_exceeded:
            _log.warning("PC clock differs from PagoEfectivo's by %s", self.clock_skew)

    def _interpret(self, method: str, path: str, response: httpx.Response) -> _Reply:
        status = response.status_code
        if status == 429:
            wait = _retry_after(response.headers.get("retry-after"))
            raise Throttled(f"{method} {path}: too many requests (HTTP 429)", wait)
        try:
            payload = loads(response.content)
            code = read_code(field(payload, "code"))
        except (ValueError, TypeError, AttributeError):
            if status >= 500:
                raise ServerError(f"PagoEfectivo error HTTP {status}", status) from None
            if 200 <= status < 300:
                raise OutcomeUnknown(
                    f"{method} {path}: unreadable answer (HTTP {status})"
                ) from None
            if status == 401:
                raise _Unauthorized("HTTP 401") from None
            raise PagoEfectivoError(f"{method} {path}: unexpected answer HTTP {status}") from None
        message = self._redact(str(field(payload, "message") or ""))
        data = field(payload, "data")
        if status >= 500 or code == "166":
            raise ServerError(f"PagoEfectivo internal error ({code}: {message})", status, code)
        if status == 401 and path != "/v1/authorizations":
            raise _Unauthorized(message, code)
        if code == "508" and path != "/v1/authorizations":
            raise self._auth_failed(
                message or "invalid service", ServerError(message, status, code)
            )
        if 200 <= status < 300 and code == OK:
            return _Reply(status, code, message, data)
        raise ApiRefused(code, message, _field_errors(data, self._redact), status)


def _retry_after(value: str | None) -> float | None:
    """Seconds of a ``Retry-After`` header given in seconds (an HTTP date is ignored)."""
    try:
        seconds = float(value or "")
    except ValueError:
        return None
    return seconds if 0 <= seconds <= 3600 else None


class _Unauthorized(PagoEfectivoError):
    def __init__(self, message: str, code: str | None = None) -> None:
        self.code = code
        self.message = message
        super().__init__(message)


def _field_errors(data: object, redact: Redactor) -> tuple[FieldError, ...]:
    if not isinstance(data, list):
        return ()
    errors = []
    for item in data:
        if isinstance(item, Mapping):
            errors.append(
                FieldError(
                    code=str(field(item, "code") or ""),
                    field=str(field(item, "field") or ""),
                    message=redact(str(field(item, "message") or "")),
                )
            )
    return tuple(errors)


_OPTIONAL = {
    "paymentConcept": "payment_concept",
    "additionalData": "additional_data",
    "adminEmail": "admin_email",
    "userId": "user_id",
    "userName": "user_name",
    "userLastName": "user_last_name",
    "userUbigeo": "user_ubigeo",
    "userCountry": "user_country",
    "userDocumentType": "user_document_type",
    "userDocumentNumber": "user_document_number",
    "userPhone": "user_phone",
    "userCodeCountry": "user_code_country",
}


def _cip_body(request: CipRequest) -> dict[str, Any]:
    body: dict[str, Any] = {
        "currency": Currency(request.currency).value,
        "amount": request.amount,
        "transactionCode": request.transaction_code,
        "userEmail": request.user_email,
    }
    if request.date_expiry is not None:
        body["dateExpiry"] = format_api_datetime(request.date_expiry)
    for key, attribute in _OPTIONAL.items():
        value = getattr(request, attribute)
        if value is not None:
            body[key] = value
    return body


def _cip_info(row: Mapping[str, Any]) -> CipInfo:
    token = field(row, "token")
    return CipInfo(
        cip=read_cip(field(row, "cip")),
        transaction_code=str(field(row, "transactionCode") or ""),
        amount=read_amount(field(row, "amount")),
        currency=Currency(str(field(row, "currency"))),
        status=int(field(row, "status")),
        status_name=str(field(row, "statusName") or ""),
        date_creation=parse_api_datetime(field(row, "dateCreation")),
        date_expiry=parse_api_datetime(field(row, "dateExpiry")),
        date_payment=parse_api_datetime(field(row, "datePayment")),
        date_removal=parse_api_datetime(field(row, "dateRemoval")),
        token=str(token) if token else None,
    )
