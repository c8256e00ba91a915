"""Which database this is: the random id made with it (migration 0008), and whether a
database holds anything at all yet."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlmodel import Field, Session, SQLModel, select


class StoreMeta(SQLModel, table=True):
    """Facts about the database itself (``store_id``: made with it, never changed)."""

    __tablename__ = "store_meta"

    key: str = Field(primary_key=True, max_length=40)
    value: str = Field(max_length=200)


def store_id(engine: Engine) -> str | None:
    """The database's id (None before the migrations made it)."""
    if not inspect(engine).has_table("store_meta"):
        return None
    with Session(engine) as session:
        found = session.exec(select(StoreMeta.value).where(StoreMeta.key == "store_id")).first()
    return found


def is_blank(engine: Engine) -> bool:
    """Nothing was ever made in it: no table at all (a new file, or one emptied to 0 bytes).
    A SQLite file is looked at before connecting, which would write its header."""
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        path = Path(database)
        if not path.exists() or path.stat().st_size == 0:
            return True
    return not inspect(engine).get_table_names()
