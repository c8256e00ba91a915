"""What a search means, as plain Python (no SQL library): accent- and case-free words, and
how a page's words are matched (SQLite's FTS5 index, or each voucher's ``search_text`` read).
Shared by store/search.py (SQLAlchemy) and store/quick_read.py (sqlite3)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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
        """The values of its SQL's parameters: ``fts_query``, then ``word_0``, ``word_1``..."""
        values = {f"word_{n}": f"% {term}%" for n, term in enumerate(self.scanned)}
        if self.indexed:
            values["fts_query"] = fts_query(self.indexed)
        return values


def matching(query: str, *, sqlite: bool) -> Matching:
    """Every typed word must start a word of the voucher, every match found (what counts
    and totals need): SQLite's FTS5 index, PostgreSQL's trigram index on ``search_text``."""
    terms = tuple(words(query)[:MAX_TERMS])
    return Matching(indexed=terms) if sqlite else Matching(scanned=terms)


def page_matching(
    query: str, *, sqlite: bool, at_least: Callable[[tuple[str, ...], int], bool]
) -> Matching:
    """The same rule for one page of rows, shaped for how many vouchers match (``at_least``:
    whether that many have every word, as the search index counts). A few (up to ``FEW``):
    fetched through the search index, then sorted. Many: the page's sort index is walked and
    each voucher's words read until the page is full (a common name fills a page within a
    few thousand vouchers, while fetching and sorting all its matches took 0.1-1 s at a
    million). Words shorter than ``INDEXED_FROM`` letters are always read that way: the
    index would first gather every word they start (80-160 ms for one letter or digit)."""
    whole = matching(query, sqlite=sqlite)
    terms = whole.indexed
    if not terms:
        return whole
    long = tuple(term for term in terms if len(term) >= INDEXED_FROM)
    if not long or at_least(long, FEW):
        return Matching(scanned=terms)
    return Matching(indexed=long, scanned=tuple(t for t in terms if len(t) < INDEXED_FROM))


def fts_query(terms: tuple[str, ...]) -> str:
    """FTS5's query for vouchers with a word starting with each of ``terms``."""
    return " AND ".join(f'"{term}"*' for term in terms)


COUNT_SQL = (
    "SELECT count(*) FROM (SELECT 1 FROM voucher_search WHERE voucher_search MATCH ? LIMIT ?)"
)
"""How many vouchers have every word, up to a limit (the index stops counting there)."""
