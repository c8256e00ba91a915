"""A read-only path to a SQLite profile database at the newest schema, on the standard
library's ``sqlite3`` alone: ``pagodesk list`` and ``show`` answer without loading
SQLAlchemy, SQLModel or pydantic (a third of a second before the first query).

It never creates, migrates or writes the database (SQLite may add the -wal and -shm files
any reader of a WAL database shares): the file is opened read-only and read only when its
schema is ``HEAD_REVISION`` (anything else is for the full path, which upgrades it). What
each filter, sort and total means comes from store/history_query.py (shared with
store/history.py), what a search matches from store/search_words.py (shared with
store/search.py); rows come back as the ORM reads them (moments as aware UTC datetimes)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from desktop.store.history_query import (
    DATE_FIELDS,
    SORT_FIELDS,
    SORT_THEN_FIELDS,
    HistoryQuery,
    HistoryTotals,
    checked,
    totals_of,
    voucher_ref,
)
from desktop.store.search_words import COUNT_SQL, Matching, fts_query, matching, page_matching
from desktop.store.utc_text import sqlite_text, sqlite_utc

HEAD_REVISION = "0013"
"""The newest migration of store/migrations (a test holds it to Alembic's head)."""

Row = dict[str, Any]


class QuickStore:
    """One read-only connection to a profile's SQLite file at ``HEAD_REVISION``."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._moments: dict[str, frozenset[str]] = {}

    def store_id(self) -> str | None:
        """The database's id (store/identity.py), None when it has none."""
        found = self._db.execute("SELECT value FROM store_meta WHERE key = 'store_id'").fetchone()
        return None if found is None else str(found[0])

    def page(self, query: HistoryQuery) -> list[Row]:
        """One page of ``query``, sorted as store/history.py sorts it."""
        matched = page_matching(query.search, sqlite=True, at_least=self._at_least)
        where, params = _where(query, matched)
        column = SORT_FIELDS[query.sort]
        keys = [column, *([SORT_THEN_FIELDS[query.sort]] if query.sort in SORT_THEN_FIELDS else [])]
        way = "DESC" if query.descending else "ASC"
        # NULLs last both ways (the first key only can be NULL: the others never are).
        order = ", ".join(
            [f"{keys[0]} {way} NULLS LAST", *(f"{key} {way}" for key in keys[1:]), f"id {way}"]
        )
        sql = f"SELECT * FROM vouchers WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        params += [max(0, query.limit), max(0, query.offset)]
        return self._rows("vouchers", sql, params)

    def totals(self, query: HistoryQuery) -> HistoryTotals:
        """The count and totals of everything ``query`` matches (its sort and page aside)."""
        where, params = _where(query, matching(query.search, sqlite=True))
        sql = (
            "SELECT status, currency, count(*), coalesce(sum(amount_cents), 0) FROM vouchers "
            f"WHERE {where} GROUP BY status, currency"
        )
        return totals_of(self._db.execute(sql, params).fetchall())

    def voucher(self, profile: str, ref: str) -> Row | None:
        """The voucher of a CIP (the newest), a transaction code or an ``#id``."""
        by, value = voucher_ref(ref)
        if by == "id":
            sql, params = "SELECT * FROM vouchers WHERE id = ? AND profile = ?", [value, profile]
        elif by == "cip":
            sql = "SELECT * FROM vouchers WHERE profile = ? AND cip = ? ORDER BY id DESC LIMIT 1"
            params = [profile, value]
        else:
            sql = "SELECT * FROM vouchers WHERE profile = ? AND transaction_code = ? LIMIT 1"
            params = [profile, value]
        found = self._rows("vouchers", sql, params)
        return found[0] if found else None

    def events(self, voucher_id: int) -> list[Row]:
        """A voucher's events, oldest first."""
        sql = "SELECT * FROM voucher_events WHERE voucher_id = ? ORDER BY sequence"
        return self._rows("voucher_events", sql, [voucher_id])

    def _at_least(self, terms: tuple[str, ...], count: int) -> bool:
        found = self._db.execute(COUNT_SQL, (fts_query(terms), count)).fetchone()
        return int(found[0]) >= count

    def _rows(self, table: str, sql: str, params: list[Any]) -> list[Row]:
        cursor = self._db.execute(sql, params)
        names = [column[0] for column in cursor.description]
        moments = self._moment_columns(table)
        rows = []
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            for name in moments:
                row[name] = sqlite_utc(row[name])
            rows.append(row)
        return rows

    def _moment_columns(self, table: str) -> frozenset[str]:
        """The columns the schema declares DATETIME (store/types.py's ``UTCDateTime``)."""
        if table not in self._moments:
            info = self._db.execute(f"PRAGMA table_info({table})").fetchall()
            self._moments[table] = frozenset(c[1] for c in info if str(c[2]).upper() == "DATETIME")
        return self._moments[table]


def _where(query: HistoryQuery, matched: Matching) -> tuple[str, list[Any]]:
    """The WHERE of ``query``'s filters and search words (store/history.py's ``_statement``
    and store/search.py's ``match_clauses``), with their values."""
    checked(query)
    clauses = ["profile = ?"]
    params: list[Any] = [query.profile]
    if query.statuses:
        clauses.append(f"status IN ({', '.join('?' * len(query.statuses))})")
        params += [status.value for status in query.statuses]
    dated = DATE_FIELDS[query.dated]
    if query.since is not None:
        clauses.append(f"{dated} >= ?")
        params.append(sqlite_text(query.since))
    if query.until is not None:
        clauses.append(f"{dated} < ?")
        params.append(sqlite_text(query.until))
    if query.through_id is not None:
        clauses.append("id <= ?")
        params.append(query.through_id)
    words = matched.params()
    if matched.indexed:
        clauses.append("id IN (SELECT rowid FROM voucher_search WHERE voucher_search MATCH ?)")
        params.append(words["fts_query"])
    for n in range(len(matched.scanned)):  # each starts a word of the padded search_text
        clauses.append("search_text LIKE ?")
        params.append(words[f"word_{n}"])
    return " AND ".join(clauses), params


@contextmanager
def quick_store(path: Path) -> Iterator[QuickStore | None]:
    """The profile database at ``path`` opened read-only, or None when it is not a file at
    the newest schema (missing, empty, behind or ahead, not a database)."""
    connection = _open_read_only(path)
    if connection is None:
        yield None
        return
    with closing(connection):
        try:
            connection.execute("BEGIN")
            found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.Error:
            found = []
        yield QuickStore(connection) if [r[0] for r in found] == [HEAD_REVISION] else None


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the database file at ``path``; None when there is none."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        uri = f"{path.resolve().as_uri()}?mode=ro"  # never creates, never writes
        # One read transaction for everything asked (a page and its totals agree, as in the
        # full path's session): begun by quick_store, not by the module's own rules.
        return sqlite3.connect(uri, uri=True, timeout=15, isolation_level=None)
    except (OSError, sqlite3.Error):
        return None
