"""Issuing a voucher: write it first, ask PagoEfectivo, then pending, failed or unconfirmed."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Engine, func
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col, or_, select

from desktop.domain.events import Reason, with_detail
from desktop.domain.limatime import Clock, to_lima, utc_now
from desktop.domain.staff import Action, Actor, require
from desktop.domain.status import EventSource, VoucherStatus
from desktop.domain.validation import (
    MIN_EXPIRY,
    FieldProblem,
    InvalidInput,
    ValidIssue,
    api_doc_type,
)
from desktop.pagoefectivo import (
    ApiRefused,
    AuthenticationFailed,
    CipCreated,
    CipRequest,
    ConnectionFailed,
    PagoEfectivoClient,
    PagoEfectivoError,
    ServerError,
)
from desktop.receipts.fonts import missing_glyphs
from desktop.services.errors import RemoteError, StorageFailed, service
from desktop.services.retry import retry_on_conflict
from desktop.services.views import VoucherView
from desktop.store.engine import session_scope
from desktop.store.tables import Voucher
from desktop.store.vouchers import (
    add_voucher,
    apply_move,
    get_voucher,
    record_discrepancy,
    update_fields,
)

PHONE_COUNTRY = "+51"
_log = logging.getLogger(__name__)


class Outcome(StrEnum):
    PENDING = "pending"  # CIP generated: show and print it
    FAILED = "failed"  # refused or never sent: nothing exists remotely
    UNCONFIRMED = "unconfirmed"  # sent, no answer: never show a CIP; retry or discard


@dataclass(frozen=True)
class IssueResult:
    outcome: Outcome
    voucher: VoucherView
    error: Exception | None = None  # a RemoteError, or CipNotRecorded


class CipNotRecorded(Exception):
    """PagoEfectivo created a CIP but the voucher had changed meanwhile; the CIP is in a
    discrepancy event for reconciliation and is shown to nobody."""

    def __init__(self, cip: int) -> None:
        self.cip = cip
        super().__init__(f"CIP {cip} was created but the voucher had changed; not shown")


class NotRetryable(Exception):
    """Only unconfirmed or failed vouchers can be retried, only unconfirmed discarded."""

    def __init__(self, voucher_id: int, status: str) -> None:
        self.voucher_id = voucher_id
        self.status = status
        super().__init__(f"voucher {voucher_id} is {status}")


def new_transaction_code(now: datetime) -> str:
    """``PD-261126-3F9A1C20``: the date in Lima plus randomness; at most 36 characters."""
    return f"PD-{to_lima(now):%y%m%d}-{uuid.uuid4().hex[:8].upper()}"


@service
class IssueService:
    """The issuing protocol of architecture.md for one profile."""

    def __init__(
        self,
        engine: Engine,
        client: PagoEfectivoClient,
        profile: str,
        *,
        actor: Actor,
        clock: Clock = utc_now,
    ) -> None:
        self._engine = engine
        self._client = client
        self._profile = profile
        self.actor = actor  # the signed-in person; the app sets the next one on a switch
        self._clock = clock

    def duplicates(self, issue: ValidIssue) -> list[Voucher]:
        """Pending vouchers of the same customer (document or e-mail) and the same amount."""
        same_customer = [func.lower(col(Voucher.email)) == issue.email.lower()]
        if issue.doc_number:
            same_customer.append(col(Voucher.doc_number) == issue.doc_number)
        statement = select(Voucher).where(
            Voucher.profile == self._profile,
            Voucher.status == VoucherStatus.PENDING.value,
            Voucher.amount_cents == issue.money.cents,
            Voucher.currency == issue.money.currency.value,
            or_(*same_customer),
        )
        with session_scope(self._engine) as session:
            return list(session.exec(statement.order_by(col(Voucher.created_at).desc())))

    def issue(self, issue: ValidIssue) -> IssueResult:
        """Write the voucher as ``issuing`` (committed), then ask PagoEfectivo for a CIP.
        ``InvalidInput`` (nothing written) for a name or concept the voucher cannot print."""
        actor = self.actor
        require(actor, Action.ISSUE)
        check_printable(issue)
        now = self._clock()
        voucher = Voucher(
            profile=self._profile,
            transaction_code=new_transaction_code(now),
            status=VoucherStatus.ISSUING.value,
            amount_cents=issue.money.cents,
            currency=issue.money.currency.value,
            concept=issue.concept,
            first_name=issue.first_name,
            last_name=issue.last_name,
            email=issue.email,
            doc_type=issue.doc_type,
            doc_number=issue.doc_number,
            phone=issue.phone,
            created_at=now,
            expires_at=issue.expires_at,
            created_by=actor.name,
        )
        with session_scope(self._engine) as session:
            add_voucher(session, voucher, actor=actor, at=now)
        return self._send(voucher, actor)

    def retry(self, voucher_id: int) -> IssueResult:
        """A new attempt (new transaction code, new CIP) for an unconfirmed or failed voucher."""
        actor = self.actor
        require(actor, Action.ISSUE)
        now = self._clock()
        with session_scope(self._engine) as session:
            old = get_voucher(session, voucher_id)
            if old.status not in (VoucherStatus.ISSUING.value, VoucherStatus.FAILED.value):
                raise NotRetryable(voucher_id, old.status)
            already = session.exec(select(Voucher.id).where(Voucher.retry_of == old.id)).first()
            if already is not None:
                raise NotRetryable(voucher_id, f"retried as #{already}")
            if old.status == VoucherStatus.FAILED.value:
                update_fields(session, old)  # bumps its version: two retries cannot both pass
            else:
                apply_move(
                    session,
                    old,
                    VoucherStatus.FAILED,
                    source=EventSource.MANUAL,
                    actor=actor,
                    at=now,
                    reason=Reason.RETRIED,
                )
            deadline = old.expires_at
            if deadline is None or deadline - now < MIN_EXPIRY:
                deadline = now + (
                    old.expires_at - old.created_at if old.expires_at else timedelta(hours=48)
                )
            attempt = Voucher(
                **old.model_dump(
                    exclude={
                        "id",
                        "transaction_code",
                        "status",
                        "cip",
                        "cip_url",
                        "version",
                        "failure_code",
                        "failure_detail",
                        "created_at",
                        "expires_at",
                        "search_text",
                        "customer_sort",
                        "retry_of",
                        "created_by",
                    }
                ),
                transaction_code=new_transaction_code(now),
                status=VoucherStatus.ISSUING.value,
                created_at=now,
                expires_at=deadline,
                retry_of=old.id,
                created_by=actor.name,
            )
            add_voucher(session, attempt, actor=actor, at=now)
        return self._send(attempt, actor)

    def discard(self, voucher_id: int, reason: str = Reason.DISCARDED) -> VoucherView:
        """Give up on an unconfirmed voucher: it becomes failed; its unseen CIP just expires."""
        actor = self.actor
        require(actor, Action.ISSUE)
        with session_scope(self._engine) as session:
            voucher = get_voucher(session, voucher_id)
            if voucher.status != VoucherStatus.ISSUING.value:
                raise NotRetryable(voucher_id, voucher.status)
            apply_move(
                session,
                voucher,
                VoucherStatus.FAILED,
                source=EventSource.MANUAL,
                actor=actor,
                at=self._clock(),
                reason=reason,
            )
            return VoucherView.of(voucher)

    def _send(self, voucher: Voucher, actor: Actor) -> IssueResult:
        try:
            created = self._client.create_cip(_cip_request(voucher))
        except (ApiRefused, ConnectionFailed, AuthenticationFailed) as exc:
            failed = VoucherView.of(self._fail(voucher, exc, actor))
            return IssueResult(Outcome.FAILED, failed, RemoteError.of(exc))
        except PagoEfectivoError as exc:  # no answer, 5xx, unreadable: the CIP may exist
            unconfirmed = VoucherView.of(self._unconfirmed(voucher, exc))
            return IssueResult(Outcome.UNCONFIRMED, unconfirmed, RemoteError.of(exc))
        try:
            return self._confirm(voucher, created, actor)
        except SQLAlchemyError as exc:
            # The CIP exists at PagoEfectivo but could not be stored (a full disk, the
            # server gone): the voucher stays "issuing", unconfirmed, and nobody sees the CIP.
            _log.error("CIP %s created but not stored: %s", created.cip, type(exc).__name__)
            failure = StorageFailed(f"{type(exc).__name__}: {exc.args[0] if exc.args else ''}")
            return IssueResult(Outcome.UNCONFIRMED, VoucherView.of(voucher), failure)

    def _confirm(self, voucher: Voucher, created: CipCreated, actor: Actor) -> IssueResult:
        """Store the CIP. If the voucher changed meanwhile (discarded at another station), the
        CIP is kept in a discrepancy event, never dropped, and nobody is shown it."""
        evidence = json.dumps(
            {
                "cip": created.cip,
                "cip_url": created.cip_url,
                "amount": str(created.amount),
                "currency": created.currency.value,
            },
            ensure_ascii=False,
        )

        def attempt() -> IssueResult:
            with session_scope(self._engine) as session:
                fresh = get_voucher(session, voucher.id or 0)
                moved = apply_move(
                    session,
                    fresh,
                    VoucherStatus.PENDING,
                    source=EventSource.API,
                    actor=actor,
                    at=self._clock(),
                    evidence=evidence,
                    changes={
                        "cip": created.cip,
                        "cip_url": created.cip_url,
                        "expires_at": created.date_expiry or voucher.expires_at,
                        "failure_code": None,
                        "failure_detail": None,
                    },
                )
                if not moved.applied:
                    not_recorded = CipNotRecorded(created.cip)
                    return IssueResult(Outcome.UNCONFIRMED, VoucherView.of(fresh), not_recorded)
                differs = fresh.money.difference(created.money)
                if differs is not None:
                    record_discrepancy(
                        session,
                        fresh,
                        None,
                        source=EventSource.API,
                        actor=actor,
                        at=self._clock(),
                        reason=differs,
                        evidence=evidence,
                    )
                return IssueResult(Outcome.PENDING, VoucherView.of(fresh))

        return retry_on_conflict(attempt)

    def _unconfirmed(self, voucher: Voucher, error: PagoEfectivoError) -> Voucher:
        code = Reason.SERVER if isinstance(error, ServerError) else Reason.OUTCOME_UNKNOWN

        def attempt() -> Voucher:
            with session_scope(self._engine) as session:
                fresh = get_voucher(session, voucher.id or 0)
                if fresh.status == VoucherStatus.ISSUING.value:
                    update_fields(
                        session, fresh, failure_code=code, failure_detail=str(error)[:500]
                    )
                return fresh

        return retry_on_conflict(attempt)

    def _fail(self, voucher: Voucher, error: PagoEfectivoError, actor: Actor) -> Voucher:
        code, detail = _failure(error)

        def attempt() -> Voucher:
            with session_scope(self._engine) as session:
                fresh = get_voucher(session, voucher.id or 0)
                apply_move(
                    session,
                    fresh,
                    VoucherStatus.FAILED,
                    source=EventSource.API,
                    actor=actor,
                    at=self._clock(),
                    reason=with_detail(code, detail)[:500],
                    changes={"failure_code": code, "failure_detail": detail},
                )
                return fresh

        return retry_on_conflict(attempt)


def check_printable(issue: ValidIssue) -> None:
    """Every text the voucher shows can be drawn by its fonts (Latin, Greek, Cyrillic...): a
    name in a script they lack (CJK, Devanagari) would print as "?", so it is refused here,
    naming the characters, instead of printing a wrong name silently."""
    problems = []
    for field in ("first_name", "last_name", "concept"):
        missing = missing_glyphs(getattr(issue, field) or "")
        if missing:
            problems.append(FieldProblem(field, "unprintable", missing))
    if problems:
        raise InvalidInput(problems)


def _failure(error: PagoEfectivoError) -> tuple[str, str]:
    if isinstance(error, ApiRefused):
        fields = [
            {"field": e.field, "code": e.code, "message": e.message} for e in error.field_errors
        ]
        return error.code, json.dumps(
            {"message": error.message, "fields": fields}, ensure_ascii=False
        )
    if isinstance(error, ConnectionFailed):
        return "connection", str(error)
    if isinstance(error, AuthenticationFailed):
        return "authentication", str(error)
    return Reason.SERVER, str(error)


def _cip_request(voucher: Voucher) -> CipRequest:
    return CipRequest(
        currency=voucher.money.currency,
        amount=voucher.money.amount,
        transaction_code=voucher.transaction_code,
        user_email=voucher.email,
        date_expiry=voucher.expires_at,
        payment_concept=voucher.concept,
        user_name=voucher.first_name,
        user_last_name=voucher.last_name,
        user_document_type=api_doc_type(voucher.doc_type),
        user_document_number=voucher.doc_number,
        user_phone=voucher.phone,
        user_code_country=PHONE_COUNTRY if voucher.phone else None,
        user_country="PERU",
    )
