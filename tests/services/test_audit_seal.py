"""The sealed chain against someone with write access to the database (SQLite and PostgreSQL):
every tampering the audit used to miss is caught; what only an anchor catches is shown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from desktop.domain.staff import WEBHOOK_ACTOR
from desktop.domain.status import EventSource, VoucherStatus
from desktop.services.audit import audit
from desktop.services.audit_chain import Anchor, chain_head
from desktop.services.chain_keys import BadChainKey, decode, encode, import_key
from desktop.services.closing import build_day_report
from desktop.services.closing_file import write_day_report
from desktop.services.profiles import Environment, Profile
from desktop.store.chain import event_hash
from desktop.store.engine import make_engine, open_store, session_scope, upgrade
from desktop.store.seal import DEMO_KEY, use_key
from desktop.store.tables import VoucherEvent
from desktop.store.voucher_writes import as_loaded
from desktop.store.vouchers import apply_move, events_of, get_voucher
from tests.conftest import MemoryKeyring
from tests.receipts.helpers import page_text
from tests.store.conftest import T0, db_url, new_voucher  # noqa: F401

KEY = bytes(range(32))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    store = open_store(db_url)
    use_key(store, "demo", KEY)
    yield store
    store.dispose()


def seed(engine: Engine, count: int = 3) -> list[int]:
    """Vouchers issued, one of them then paid (created, pending, paid events)."""
    with session_scope(engine) as session:
        vouchers = [new_voucher(session, n, status=VoucherStatus.ISSUING) for n in range(count)]
        for voucher in vouchers:
            apply_move(session, voucher, VoucherStatus.PENDING, **by_api())
        apply_move(
            session,
            vouchers[0],
            VoucherStatus.PAID,
            **by_api(EventSource.WEBHOOK),
            changes={"paid_at": T0 + timedelta(hours=1), "operation_number": "778899"},
        )
        return [v.id or 0 for v in vouchers]


def by_api(source: EventSource = EventSource.API) -> dict[str, object]:
    return {"source": source, "actor": WEBHOOK_ACTOR, "at": T0 + timedelta(hours=1)}


def problems(engine: Engine, anchor: Anchor | None = None) -> set[str]:
    return {b.problem for b in audit(engine, "demo", anchor=anchor).breaks}


def sql(engine: Engine, statement: str, **params: object) -> None:
    with engine.begin() as connection:
        connection.execute(text(statement), params)


def test_a_fresh_chain_is_intact_and_every_event_has_its_link(engine: Engine) -> None:
    seed(engine)
    report = audit(engine, "demo")
    assert report.intact and report.events == 7 and report.chain.links == 7
    head = chain_head(engine, "demo")
    assert head is not None and head.seq == 7 and report.chain.head == head
    assert report.chain.sealed_seq is None  # nothing was written before the key


def test_deleting_a_payment_and_rolling_the_row_back_is_caught(engine: Engine) -> None:
    paid, *_ = seed(engine)
    with Session(engine) as session:
        last = events_of(session, paid)[-1]
    sql(engine, "DELETE FROM voucher_events WHERE id = :id", id=last.id)
    sql(
        engine,
        "UPDATE vouchers SET status = 'pending', paid_at = NULL, operation_number = NULL "
        "WHERE id = :id",
        id=paid,
    )
    assert problems(engine) == {"event_missing"}


def test_a_cut_tail_is_caught_by_the_anchor_kept_outside(engine: Engine) -> None:
    """Deleting the newest event, its link, and moving the head back leaves a consistent
    database: only the head printed earlier (the Cierre del día, a backup) tells."""
    paid, *_ = seed(engine)
    anchor = chain_head(engine, "demo")
    assert anchor is not None
    with Session(engine) as session:
        last = events_of(session, paid)[-1]
    sql(engine, "DELETE FROM chain_links WHERE event_id = :id", id=last.id)
    sql(engine, "DELETE FROM voucher_events WHERE id = :id", id=last.id)
    sql(
        engine,
        "UPDATE chain_heads SET seq = seq - 1, hash = (SELECT hash FROM chain_links "
        "WHERE seq = 6 AND profile = 'demo') WHERE profile = 'demo'",
    )
    sql(
        engine,
        "UPDATE vouchers SET status = 'pending', paid_at = NULL, operation_number = NULL "
        "WHERE id = :id",
        id=paid,
    )
    assert problems(engine) == set()  # without an anchor: undetectable, as documented
    assert problems(engine, anchor) == {"anchor_missing"}


def test_deleting_a_whole_voucher_is_caught(engine: Engine) -> None:
    _, second, _ = seed(engine)
    sql(engine, "DELETE FROM voucher_events WHERE voucher_id = :id", id=second)
    sql(engine, "DELETE FROM vouchers WHERE id = :id", id=second)
    assert problems(engine) == {"event_missing"}
    sql(engine, "DELETE FROM chain_links WHERE voucher_id = :id", id=second)
    assert problems(engine) == {"link_missing"}  # the gap its links leave


@pytest.mark.parametrize(
    ("column", "value"),
    [("email", "otro@example.pe"), ("first_name", "Rosa"), ("created_by", "Luis")],
)
def test_editing_what_a_receipt_or_report_shows_is_caught(
    engine: Engine, column: str, value: str
) -> None:
    first, *_ = seed(engine)
    sql(engine, f"UPDATE vouchers SET {column} = :value WHERE id = :id", value=value, id=first)
    assert problems(engine) == {f"row_edited:{column}"}


def test_recomputing_the_plain_hashes_after_an_edit_is_caught(engine: Engine) -> None:
    """The per-voucher hashes are plain SHA-256: anyone can redo them. The links are not."""
    first, *_ = seed(engine)
    sql(engine, "UPDATE vouchers SET amount_cents = 1 WHERE id = :id", id=first)
    with session_scope(engine) as session:
        events = events_of(session, first)
        prev = "0" * 64
        for event in events:
            if event.details and "amount_cents" in event.details:
                event.details = json.dumps(
                    {**json.loads(event.details), "amount_cents": 1}, sort_keys=True
                )
            event.prev_hash, event.hash = prev, event_hash(event, prev)
            prev = event.hash
            session.add(event)
    assert problems(engine) == {"event_altered"}  # each voucher's own chain holds again
    sql(engine, "UPDATE chain_links SET event_hash = NULL WHERE voucher_id = :id", id=first)
    assert "link_forged" in problems(engine)


def test_another_key_sees_forged_links(engine: Engine) -> None:
    seed(engine)
    use_key(engine, "demo", DEMO_KEY)
    assert problems(engine) == {"link_forged"}


def test_older_events_are_sealed_once_with_a_recorded_seal(db_url: str) -> None:  # noqa: F811
    """A database written before the chain had a key: its first new event seals everything
    before it (recorded), and from there on an edit of the customer is caught."""
    engine = make_engine(db_url)
    upgrade(engine, "0006")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO vouchers (profile, transaction_code, cip, status, amount_cents,"
                " currency, email, first_name, created_at, customer_sort, search_text, version)"
                " VALUES ('demo', 'PD-OLD', 2600001, 'pending', 2550, 'PEN',"
                " 'jose@example.pe', 'José', :at, '', '', 1)"
            ),
            {"at": T0.replace(tzinfo=None)},
        )
        old_id = connection.execute(text("SELECT id FROM vouchers")).scalar_one()
        details = json.dumps({"status": "pending", "amount_cents": 2550, "currency": "PEN"})
        old_event = {
            "voucher_id": old_id, "sequence": 1, "kind": "created", "from_status": None,
            "to_status": "pending", "source": "manual", "actor": "antes", "reason": None,
            "evidence": None, "details": details, "created_at": T0, "prev_hash": "0" * 64,
        }  # fmt: skip
        digest = event_hash(as_loaded(VoucherEvent, old_event), "0" * 64)
        connection.execute(
            text(
                "INSERT INTO voucher_events (voucher_id, sequence, kind, from_status, to_status,"
                " source, actor, reason, evidence, details, created_at, prev_hash, hash) VALUES"
                " (:voucher_id, :sequence, :kind, :from_status, :to_status, :source, :actor,"
                " :reason, :evidence, :details, :created_at, :prev_hash, :hash)"
            ),
            old_event | {"hash": digest, "created_at": T0.replace(tzinfo=None)},
        )
    upgrade(engine)
    use_key(engine, "demo", KEY)
    with session_scope(engine) as session:  # the first event written with this version
        old = get_voucher(session, old_id)
        apply_move(session, old, VoucherStatus.EXPIRED, **by_api(EventSource.POLL))
    report = audit(engine, "demo")
    assert report.intact and report.chain.sealed_seq is not None
    with Session(engine) as session:
        kinds = [(e.kind, e.reason) for e in events_of(session, old_id)]
    assert kinds == [("created", None), ("move", None), ("note", "sellado")]
    with session_scope(engine) as session:
        new_voucher(session, 5)  # and after the seal, plain links
    assert audit(engine, "demo").intact
    sql(engine, "UPDATE vouchers SET email = 'x@y.pe' WHERE id = :id", id=old_id)
    assert {b.problem for b in audit(engine, "demo").breaks} == {"row_edited:email"}
    engine.dispose()


def test_a_key_code_round_trips_and_refuses_typos() -> None:
    code = encode(KEY)
    assert code.startswith("PDK1-") and decode(code) == KEY
    assert decode(" ".join([code[:10], code[10:]]).lower()) == KEY  # spaces, lower case
    typo = code[:-6] + ("A" if code[-6] != "A" else "B") + code[-5:]
    with pytest.raises(BadChainKey):
        decode(typo)
    with pytest.raises(BadChainKey):
        decode("not a code")


def test_sealed_profiles_each_have_their_chain(engine: Engine) -> None:
    seed(engine)
    use_key(engine, "tienda", DEMO_KEY)
    with session_scope(engine) as session:
        new_voucher(session, 9, profile="tienda")
    assert audit(engine, "demo").intact and audit(engine, "tienda").intact


def test_the_day_report_prints_the_anchor_that_catches_a_cut_tail(
    engine: Engine, tmp_path: Path
) -> None:
    seed(engine)
    day = build_day_report(engine, Profile("demo", Environment.DEMO), T0.date(), None, lambda: T0)
    head = chain_head(engine, "demo")
    assert head is not None and day.anchor == str(head)
    assert Anchor.parse(day.anchor) == head
    pdf = write_day_report(day, tmp_path / "cierre.pdf")
    assert f"Sello de auditoría: {head}" in page_text(pdf.read_bytes())
    rows = write_day_report(day, tmp_path / "cierre.csv").read_text(encoding="utf-8-sig")
    assert str(head) in rows.splitlines()[-1]


def test_a_key_from_another_profile_is_refused_before_it_is_kept(
    engine: Engine, memory_keyring: MemoryKeyring
) -> None:
    seed(engine)
    profile = Profile("demo", Environment.DEMO)
    with pytest.raises(BadChainKey) as refused:
        import_key(profile, encode(DEMO_KEY[:32]), engine)
    assert refused.value.code == "wrong_key" and memory_keyring.entries == {}
    import_key(profile, encode(KEY), engine)
    assert list(memory_keyring.entries) == [("PagoDesk", "demo/chain_key")]
