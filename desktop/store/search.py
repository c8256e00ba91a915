"""Accent- and case-free search words: the same rule on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, literal_column, select, text
from sqlalchemy.engine import Dialect
from sqlmodel import col

from desktop.store.tables import Voucher

_NON_WORD = re.compile(r"[^0-9a-z]+")
MAX_TERMS = 8


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


def match_clause(query: str, dialect: Dialect) -> ColumnElement[bool] | None:
    """A WHERE clause: every typed word must start a word of the voucher. None if no words."""
    terms = words(query)[:MAX_TERMS]
    if not terms:
        return None
    if dialect.name == "sqlite":
        fts_query = " AND ".join(f'"{term}"*' for term in terms)
        matching: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(text("voucher_search"))
            .where(text("voucher_search MATCH :fts_query").bindparams(fts_query=fts_query))
        )
        clause: ColumnElement[bool] = col(Voucher.id).in_(matching)
        return clause
    return and_(*(col(Voucher.search_text).like(f"% {term}%") for term in terms))
