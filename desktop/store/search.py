"""Accent- and case-free search words: the same rule on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    bindparam,
    literal_column,
    select,
    text,
)
from sqlalchemy.engine import Dialect
from sqlmodel import col

from desktop.store.tables import Voucher

_NON_WORD = re.compile(r"[^0-9a-z]+")
MAX_TERMS = 8
FEW = 8_000
"""Up to this many matches a page is fetched through the search index (``page_matching``)."""
INDEXED_FROM = 3
"""Words this long or longer are looked up in the search index (SQLite)."""


def fold(value: str) -> str:
    """``Núñez-García`` -> ``nunez garcia``: no accents, lower case, words split on symbols."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.split(stripped.casefold())).strip()


def words(value: str) -> list[str]:
    """The search words of a text (also used to split what staff type)."""
    return [w for w in fold(value).split(" ") if w]


def search_text(parts: Iterable[object]) -> str:
    """The stored search column: every word of every part, space-separated, padded."""
    collected: list[str] = []
    for part in parts:
        if part is not None:
            collected.extend(words(str(part)))
    return " " + " ".join(collected) + " " if collected else ""


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


@dataclass(frozen=True)
class Matching:
    """How a search's words are matched: ``indexed`` through SQLite's FTS5 index (the ids of
    the vouchers with all of them), ``scanned`` by reading each voucher's ``search_text``."""

    indexed: tuple[str, ...] = ()
    scanned: tuple[str, ...] = ()

    @property
    def shape(self) -> tuple[bool, int]:
        """What its SQL depends on: any words looked up, how many scanned."""
        return bool(self.indexed), len(self.scanned)

    def params(self) -> dict[str, str]:
        """The values of ``match_clauses(self.shape)``'s parameters."""
        values = {f"word_{n}": f"% {term}%" for n, term in enumerate(self.scanned)}
        if self.indexed:
            values["fts_query"] = _fts_query(self.indexed)
        return values


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
    terms = tuple(words(query)[:MAX_TERMS])
    return Matching(indexed=terms) if dialect.name == "sqlite" else Matching(scanned=terms)


def page_matching(query: str, connection: Connection) -> Matching:
    """The same rule for one page of rows, shaped for how many vouchers match. A few (up to
    ``FEW``): fetched through the search index, then sorted. Many: the page's sort index is
    walked and each voucher's words read until the page is full (a common name fills a page
    within a few thousand vouchers, while fetching and sorting all its matches took 0.1-1 s
    at a million). Words shorter than ``INDEXED_FROM`` letters are always read that way: the
    index would first gather every word they start (80-160 ms for one letter or digit)."""
    whole = matching(query, connection.dialect)
    terms = whole.indexed
    if not terms:
        return whole
    long = tuple(term for term in terms if len(term) >= INDEXED_FROM)
    if not long or _matches_at_least(connection, long, FEW):
        return Matching(scanned=terms)
    return Matching(indexed=long, scanned=tuple(t for t in terms if len(t) < INDEXED_FROM))


def _fts_query(terms: tuple[str, ...]) -> str:
    return " AND ".join(f'"{term}"*' for term in terms)


def _matches_at_least(connection: Connection, terms: tuple[str, ...], count: int) -> bool:
    """Whether ``count`` or more vouchers have every word (the index stops counting there)."""
    counted = connection.exec_driver_sql(
        "SELECT count(*) FROM (SELECT 1 FROM voucher_search WHERE voucher_search MATCH ? LIMIT ?)",
        (_fts_query(terms), count),
    ).scalar_one()
    return int(counted) >= count
