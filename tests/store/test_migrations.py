"""Schema migrations: a database at the first revision, with data, upgrades without loss."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlmodel import Session

from desktop.store.engine import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    schema_is_current,
    upgrade,
)
from desktop.store.history import HistoryQuery, history_page
from desktop.store.vouchers import events_of, verify_chain
from tests.store.conftest import ENGINES, T0, fresh_database_url

DESCENDING = {
    "ix_vouchers_profile_cip_desc",
    "ix_vouchers_profile_concept_desc",
    "ix_vouchers_profile_expires_desc",
    "ix_vouchers_profile_checked_desc",
}


@pytest.mark.parametrize("kind", ENGINES)
def test_first_revision_with_data_upgrades_to_head(kind: str, tmp_path: Path) -> None:
    for url in fresh_database_url(kind, tmp_path):
        engine = make_engine(url)
        upgrade(engine, "0001")
        assert current_revision(engine) == "0001"
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO vouchers (profile, transaction_code, cip, status, amount_cents,"
                    " currency, concept, first_name, last_name, email, created_at,"
                    " customer_sort, search_text, version) VALUES ('demo', 'PD-1', 2600001,"
                    " 'pending', 2550, 'PEN', 'Torta de chocolate', 'José', 'Núñez',"
                    " 'jose@example.pe', :at, 'nunez jose', ' 2600001 jose nunez ', 1)"
                ),
                {"at": T0.replace(tzinfo=None)},
            )
        upgrade(engine)
        assert current_revision(engine) == "0013"
        with Session(engine) as session:
            page = history_page(session, HistoryQuery(profile="demo", search="NUÑEZ"))
            assert [v.transaction_code for v in page.rows] == ["PD-1"]
            assert page.rows[0].amount_cents == 2550 and page.rows[0].created_at == T0
            assert events_of(session, page.rows[0].id or 0) == []
        upgrade(engine)  # a second start is a no-op
        engine.dispose()


@pytest.mark.parametrize("kind", ENGINES)
def test_a_start_reads_the_schema_version_and_upgrades_only_a_database_behind(
    kind: str, tmp_path: Path
) -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    assert head is not None and head_revision() == head  # read off the scripts, no Alembic
    before = scripts.get_revision(head).down_revision
    assert isinstance(before, str)
    for url in fresh_database_url(kind, tmp_path):
        engine = make_engine(url)
        assert not schema_is_current(engine)  # a new database: not even a version table
        upgrade(engine, before)
        assert not schema_is_current(engine)
        upgrade(engine)
        assert schema_is_current(engine)
        engine.dispose()


def test_upgrade_is_idempotent_and_verify_reports_missing_history(engine) -> None:  # type: ignore[no-untyped-def]
    upgrade(engine)
    with Session(engine) as session:
        from tests.store.conftest import new_voucher

        voucher = new_voucher(session, 1)
        session.commit()
        assert verify_chain(session, voucher) is None


def test_migrations_and_tables_describe_the_same_schema(engine) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    import desktop.store.evidence  # noqa: F401  (registers the slips' table)
    import desktop.store.tables  # noqa: F401  (registers the tables)

    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    # The search index lives only in migrations (FTS5 on SQLite, a trigram index on
    # PostgreSQL), and so do PostgreSQL's descending sort indexes; everything else must match.
    only_migrations = {"ix_vouchers_search_trgm", *DESCENDING}
    unexplained = [
        d
        for d in differences
        if not (d[0] == "remove_table" and d[1].name.startswith("voucher_search"))
        and not (d[0] == "remove_index" and d[1].name in only_migrations)
    ]
    assert unexplained == []


def _indexes(engine: Engine) -> dict[str, list[str]]:
    """The vouchers' indexes and their columns (as the engine reports them)."""
    found = inspect(engine).get_indexes("vouchers")
    return {str(i["name"]): [str(c) for c in i["column_names"] if c] for i in found}


def _downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


@pytest.mark.parametrize("kind", ENGINES)
def test_sort_indexes_go_up_and_down(kind: str, tmp_path: Path) -> None:
    """0011: a concept index, ``id`` at the end of the customer and amount ones, and on
    PostgreSQL a descending index per nullable sort column; 0010's back when undone."""
    for url in fresh_database_url(kind, tmp_path):
        engine = make_engine(url)
        upgrade(engine, "0010")
        before = _indexes(engine)
        assert "ix_vouchers_profile_concept" not in before
        assert before["ix_vouchers_profile_amount"] == ["profile", "amount_cents"]
        upgrade(engine)
        after = _indexes(engine)
        assert after["ix_vouchers_profile_concept"] == ["profile", "concept"]
        assert after["ix_vouchers_profile_customer"] == ["profile", "customer_sort", "id"]
        assert after["ix_vouchers_profile_amount"] == ["profile", "amount_cents", "id"]
        assert (after.keys() >= DESCENDING) is (kind == "postgresql")
        _downgrade(engine, "0010")
        assert current_revision(engine) == "0010" and _indexes(engine) == before
        upgrade(engine)
        assert _indexes(engine) == after
        engine.dispose()
