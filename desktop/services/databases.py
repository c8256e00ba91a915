"""Opening a profile's database: upgraded and ready, and never an emptied or swapped one
taken for a new start. Each PC remembers the id of every profile's database
(``<config>/stores.json``); a database that is blank, or another one, where that id was seen
is refused, naming it."""

from __future__ import annotations

import json

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from desktop import config
from desktop.services.known_stores import known_stores, known_stores_path
from desktop.services.profiles import Profile, database_url
from desktop.store.engine import make_engine, refresh_statistics, schema_is_current, upgrade
from desktop.store.identity import is_blank, store_id


class DatabaseGone(Exception):
    """The profile's database is empty (a 0-byte file, a dropped schema) or is not the one
    this PC used before: nothing was created in it, nothing was written."""

    def __init__(self, profile: str, where: str, *, replaced: bool) -> None:
        self.profile = profile
        self.where = where  # a file path, or a URL without its password
        self.replaced = replaced
        what = "is another database" if replaced else "is empty"
        super().__init__(f"the database of profile {profile!r} ({where}) {what}")


def open_profile_store(profile: Profile) -> Engine:
    """The profile's database, upgraded to the newest schema (``DatabaseGone`` instead of a
    fresh start when this PC knew it with data). A database already at the newest schema is
    only checked (no Alembic, no ANALYZE: ``Runtime.maintain`` refreshes the statistics)."""
    url = database_url(profile)
    known = known_stores().get(profile.name)
    engine = make_engine(url)
    try:
        if known is not None and is_blank(engine):
            raise DatabaseGone(profile.name, describe(url), replaced=False)
        if not schema_is_current(engine):
            upgrade(engine)
            refresh_statistics(engine)  # new indexes want statistics at once
        current = store_id(engine)
        if known is not None and current != known:
            raise DatabaseGone(profile.name, describe(url), replaced=True)
        if current is not None and current != known:
            remember(profile.name, current)
    except BaseException:
        engine.dispose()
        raise
    return engine


def remember(profile: str, identity: str | None) -> None:
    """Record (or with None forget, when the profile is pointed at another database) which
    database this PC uses for ``profile``."""
    known = known_stores()
    if identity is None:
        known.pop(profile, None)
    else:
        known[profile] = identity
    text = json.dumps(known, indent=2, sort_keys=True) + "\n"
    config.atomic_write_text(known_stores_path(), text)


def describe(url: str) -> str:
    """A SQLite file's path, or the URL with its password hidden."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database)
    return parsed.render_as_string(hide_password=True)
