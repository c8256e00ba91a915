"""Thousands of rows into one table in one statement (a settlement import links tens of
thousands of events into the sealed chain, and seals older ones the first time)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """``INSERT`` every row (each with the same columns), as ``connection.execute(insert(table),
    rows)`` does. On SQLite the rows go to the driver's ``executemany`` as tuples, each value
    converted by its column's own type (``UTCDateTime`` included): SQLAlchemy's per-row
    parameter handling cost twice the insert itself. Other databases take SQLAlchemy's way."""
    if not rows:
        return
    names = list(rows[0])
    statement = insert(table)
    if connection.dialect.name != "sqlite":
        connection.execute(statement, list(rows))
        return
    compiled = statement.compile(dialect=connection.dialect, column_keys=names)
    if list(compiled.positiontup or ()) != names:  # a column default SQLAlchemy would add
        connection.execute(statement, list(rows))
        return
    converters = [
        (index, converter)
        for index, name in enumerate(names)
        if (converter := table.c[name].type.bind_processor(connection.dialect)) is not None
    ]
    values = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        found = values(row)
        if converters:
            converted = list(found)
            for index, converter in converters:
                converted[index] = converter(converted[index])
            found = tuple(converted)
        params.append(found)
    connection.exec_driver_sql(str(compiled), params)
