"""Thousands of rows in one statement (a settlement import pays thousands of vouchers and
links tens of thousands of events into the sealed chain, sealing older ones the first time)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, CursorResult, Table, insert
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase

DRIVER_FROM = 64
"""Fewer rows than this take SQLAlchemy's way: its statement cache beats compiling here (a
notification's one link cost 0.7 ms more the driver's way)."""


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """``INSERT`` every row (each with the same columns): ``execute_rows`` of ``insert(table)``."""
    execute_rows(connection, insert(table), rows)


def execute_rows(
    connection: Connection, statement: UpdateBase, rows: Sequence[Mapping[str, Any]]
) -> int:
    """``connection.execute(statement, rows)`` (an executemany: every row with the same
    keys); how many rows it touched. On SQLite the rows go to the driver as tuples, each value
    converted by its parameter's own type (``UTCDateTime`` included): SQLAlchemy's per-row
    parameter handling cost twice the statement itself. Other databases take SQLAlchemy's way."""
    if not rows:
        return 0
    names = list(rows[0])
    if connection.dialect.name == "sqlite" and len(rows) >= DRIVER_FROM:
        compiled = statement.compile(dialect=connection.dialect, column_keys=names)
        order = list(getattr(compiled, "positiontup", None) or ())
        plain = not getattr(compiled, "post_compile_params", None)  # no IN (...) expanded
        if isinstance(compiled, SQLCompiler) and plain and sorted(order) == sorted(names):
            params = _tuples(compiled, connection, order, rows)
            return connection.exec_driver_sql(str(compiled), params).rowcount
    # A column default SQLAlchemy would add, or another database.
    result: CursorResult[Any] = connection.execute(statement, list(rows))
    return result.rowcount


def _tuples(
    compiled: SQLCompiler,
    connection: Connection,
    order: list[str],
    rows: Sequence[Mapping[str, Any]],
) -> list[tuple[Any, ...]]:
    converters = [
        (index, converter)
        for index, name in enumerate(order)
        if (converter := _converter(compiled, name, connection))
    ]
    values = itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        found = values(row)
        if converters:
            converted = list(found)
            for index, converter in converters:
                converted[index] = converter(converted[index])
            found = tuple(converted)
        params.append(found)
    return params


def _converter(compiled: SQLCompiler, name: str, connection: Connection) -> Any:
    """What SQLAlchemy turns the parameter's value into for this database (the type as the
    dialect implements it: SQLite's own DATETIME text, say), or None when it is kept as is."""
    dialect = connection.dialect
    return compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
