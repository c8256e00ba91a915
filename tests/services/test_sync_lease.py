"""One station runs a profile's automatic sync on a shared PostgreSQL; another takes over when
it closes. A manual round never waits for the lease; SQLite (one PC) always holds it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from desktop.domain.validation import IssueInput, validate_issue
from desktop.pagoefectivo import PagoEfectivoClient
from desktop.services.issuing import IssueService
from desktop.services.sync import SyncService
from desktop.store.engine import open_store
from desktop.store.tables import ApiExchange


def searches(engine: Engine) -> int:
    with Session(engine) as session:
        asked = select(func.count()).where(ApiExchange.path == "/v1/cips/search")
        return int(session.exec(asked).one())


def test_the_second_station_skips_its_automatic_rounds_until_the_first_closes(
    db_url: str, engine: Engine, issuer: IssueService, service_client: PagoEfectivoClient
) -> None:
    data = IssueInput(amount="12.00", email="cliente@example.pe", expires_in=timedelta(hours=48))
    issuer.issue(validate_issue(data, datetime.now(UTC)))
    first = SyncService(engine, service_client, "demo")
    other_engine = open_store(db_url)  # another desk on the same database
    second = SyncService(other_engine, service_client, "demo")
    try:
        assert first.run(automatic=True).checked == 1
        before = searches(engine)
        skipped = second.run(automatic=True)
        shared = engine.dialect.name == "postgresql"
        if not shared:  # one PC: nothing to share
            assert not skipped.elsewhere and skipped.checked == 1
            return
        assert skipped.elsewhere and skipped.total == 0 and searches(engine) == before
        assert second.run().checked == 1  # «Sincronizar ahora»: a person asked

        first.close()  # the first desk closes: the lease goes with it
        taken = second.run(automatic=True)
        assert not taken.elsewhere and taken.checked == 1
        assert first.run(automatic=True).elsewhere  # and now the first one waits
    finally:
        second.close()
        first.close()
        other_engine.dispose()
