"""Accent- and case-free search words: the same rule on SQLite (FTS5) and PostgreSQL. The
words and how they are matched are store/search_words.py's; here, their SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, bindparam, literal_column, select, text
from sqlalchemy.engine import Dialect
from sqlmodel import col

from desktop.store import search_words
from desktop.store.search_words import FEW as FEW
from desktop.store.search_words import INDEXED_FROM as INDEXED_FROM
from desktop.store.search_words import MAX_TERMS as MAX_TERMS
from desktop.store.search_words import Matching as Matching
from desktop.store.search_words import fold as fold
from desktop.store.search_words import search_text as search_text
from desktop.store.search_words import words as words
from desktop.store.tables import Voucher


def voucher_search_text(voucher: Voucher) -> str:
    """Search words of a voucher: CIP, names, document, e-mail, concept, transaction code."""
    return search_text(
        [
            voucher.cip,
            voucher.first_name,
            voucher.last_name,
            voucher.doc_number,
            voucher.email,
            voucher.concept,
            voucher.transaction_code,
        ]
    )


def match_clauses(shape: tuple[bool, int]) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a ``Matching`` of this shape, with parameters."""
    indexed, scanned = shape
    found: list[ColumnElement[bool]] = []
    if indexed:
        ids: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(text("voucher_search"))
            .where(text("voucher_search MATCH :fts_query"))
        )
        found.append(col(Voucher.id).in_(ids))
    # Each word starts a word of the padded, space-separated [0-9a-z] words.
    found.extend(col(Voucher.search_text).like(bindparam(f"word_{n}")) for n in range(scanned))
    return found


def matching(query: str, dialect: Dialect) -> Matching:
    """Every typed word must start a word of the voucher, every match found (what counts
    and totals need): SQLite's FTS5 index, PostgreSQL's trigram index on ``search_text``."""
    return search_words.matching(query, sqlite=dialect.name == "sqlite")


def page_matching(query: str, connection: Connection) -> Matching:
    """The same rule for one page of rows, shaped for how many vouchers match
    (``search_words.page_matching``)."""

    def at_least(terms: tuple[str, ...], count: int) -> bool:
        counted = connection.exec_driver_sql(
            search_words.COUNT_SQL, (search_words.fts_query(terms), count)
        ).scalar_one()
        return int(counted) >= count

    return search_words.page_matching(
        query, sqlite=connection.dialect.name == "sqlite", at_least=at_least
    )
