"""The quick way to read one profile for ``pagodesk list`` and ``show``: its own SQLite
file, read-only, when it is at the newest schema and is the database this PC knows for it
(store/quick_read.py; no SQLAlchemy, SQLModel or pydantic). Anything else raises
``Unanswered`` and the command opens the profile the full way (services/runtime.py), which
upgrades, refuses an emptied or swapped database, or reaches a shared server.

It needs no chain key and no credentials: it only reads what is stored. The views are built
by services/views.py from plain rows, the same way as from stored objects."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from desktop import config
from desktop.services.known_stores import known_stores
from desktop.services.profiles import ProfileRegistry, choose_profile
from desktop.services.views import EventView, VoucherDetail, VoucherPage, VoucherView
from desktop.store.history_query import HistoryQuery, filters_of
from desktop.store.quick_read import QuickStore, quick_store

__all__ = ["HistoryQuery", "QuickReader", "Unanswered", "quick_reader"]


class Unanswered(Exception):
    """The quick path cannot answer this: open the profile the full way."""


class QuickReader:
    """Read-only queries of one profile's SQLite file (see the module's docstring)."""

    def __init__(self, store: QuickStore, profile: str) -> None:
        self._store = store
        self.profile = profile

    def history(self, query: HistoryQuery) -> VoucherPage:
        """As ``VoucherLookup.history``."""
        if query.profile != self.profile:
            raise Unanswered
        try:
            rows = [VoucherView.from_mapping(row) for row in self._store.page(query)]
            found = self._store.totals(filters_of(query))
        except sqlite3.Error as exc:
            raise Unanswered from exc
        return VoucherPage(rows, found.total, found.totals, found.collected, found.pending)

    def detail(self, ref: str) -> VoucherDetail | None:
        """As ``VoucherLookup.detail``, None when no voucher of the profile has ``ref``."""
        try:
            row = self._store.voucher(self.profile, ref)
            if row is None:
                return None
            events = self._store.events(row["id"])
        except (sqlite3.Error, OverflowError) as exc:  # a CIP too long for SQLite, say
            raise Unanswered from exc
        return VoucherDetail(
            VoucherView.from_mapping(row), tuple(EventView.from_mapping(e) for e in events)
        )


@contextmanager
def quick_reader(profile_name: str | None) -> Iterator[QuickReader]:
    """The named (or active) profile, read quickly; ``Unanswered`` when it cannot be."""
    profile = choose_profile(profile_name, ProfileRegistry())
    known = known_stores().get(profile.name)
    if profile.database_url is not None or known is None:  # shared, or new to this PC
        raise Unanswered
    with quick_store(config.profile_database_path(profile.name)) as store:
        try:
            same = store is not None and store.store_id() == known
        except sqlite3.Error:
            same = False
        if store is None or not same:
            raise Unanswered
        yield QuickReader(store, profile.name)
