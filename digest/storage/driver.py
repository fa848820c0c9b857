"""Ingest's hot statements sent straight to the DB-API driver (sqlite3, psycopg), on the connection and inside the
transaction the session holds.

Each statement stays a SQLAlchemy construct where it is defined (one text for both databases); here it is compiled
once per database, shape of its parameters and length of its expanding lists, into the SQL and the order of
parameters SQLAlchemy itself would send, the values converted by the same type processors (SQLite's dates as text,
its booleans as integers), and the rows read back through the same result processors. What is skipped is
SQLAlchemy's work at every execution beyond that: the statement's cache key, its parameters built and processed
through the execution context, the result object. Measured on the scale bench's ingest (SQLite, 0 stored), 70-350 µs a
statement beyond the driver's own time, for statements that took 20-350 µs in the driver.

Every statement still passes through the engine's `before_cursor_execute` and `after_cursor_execute` events (listeners
that count or record statements see each one), and an error of the driver is raised as SQLAlchemy raises it
(`sqlalchemy.exc.IntegrityError` and the rest, the connection invalidated when it was lost).

Rows come back as named tuples (by column name, and by position). Several rows inserted at once go as the driver's
`executemany` on SQLite and as multi-row INSERT ... VALUES statements on PostgreSQL (`Store` has SQLAlchemy do the
same there: `use_insertmanyvalues_wo_returning`), pages of at most the dialect's page size and parameter limit.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import Insert, bindparam, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

Params = Mapping[str, Any]
# Where a driver parameter's value comes from: the caller's key (None: a constant of the statement), the element of
# an expanding list (-1: the value itself), the type's bind processor, the constant's value already processed
Source = tuple[str | None, int, Callable[[Any], Any] | None, Any]


class _Shape(NamedTuple):
    sql: str
    sources: tuple[Source, ...]
    names: tuple[str, ...] | None   # the driver's parameter names (PostgreSQL's named style); None: positional


class _Compiled:
    """A statement compiled for one database and one set of parameter keys, with its shapes by expanding lengths."""
    __slots__ = ("statement", "compiled", "expanding", "shapes", "row", "results")

    def __init__(self, statement: ClauseElement, dialect: Dialect, keys: Sequence[str]):
        self.statement = statement      # held: the cache is keyed by its id
        self.compiled = cast(SQLCompiler, statement.compile(dialect=dialect, column_keys=sorted(keys)))
        binds = self.compiled.binds
        if any(b.key in keys for b in self.compiled.literal_execute_params):   # rendered into the SQL: a text per value
            raise ValueError("a parameter rendered into the statement's text is not sent by the driver")
        self.expanding = tuple(key for key in keys if any(b.expanding and key in (b.key, name) for name, b in binds.items()))
        self.shapes: dict[tuple[int, ...], _Shape] = {}
        self.row: Any = None   # the rows' named tuple, made from the first execution's column names
        columns = getattr(statement, "selected_columns", None)
        self.results: list[Callable[[Any], Any] | None] = [
            c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns] if columns is not None else []

    def shape(self, params: Params) -> _Shape:
        lengths = tuple(len(params[key]) for key in self.expanding)
        found = self.shapes.get(lengths)
        if found is None:
            found = self.shapes[lengths] = _shape(self.compiled, params)
        return found


def _shape(compiled: SQLCompiler, params: Params) -> _Shape:
    """The SQL and parameter sources SQLAlchemy's execution makes of `compiled` for parameters of these keys and lengths
    (`construct_expanded_state`, as its execution context uses it)."""
    state = compiled.construct_expanded_state(params)
    dialect = compiled.dialect
    unescape = {escaped: name for name, escaped in (compiled.escaped_bind_names or {}).items()}
    element = {expanded: (name, i) for name, names in state.parameter_expansion.items() for i, expanded in enumerate(names)}
    positional = state.positiontup is not None
    names = tuple(state.positiontup or ()) if positional else tuple(state.parameters)
    sources: list[Source] = []
    for name in names:
        if name in element:
            bind_name, index = element[name]
            bind = compiled.binds[bind_name]
            given = bind.key if bind.key in params else bind_name if bind_name in params else None
            process = state.processors.get(name)
            if given is None:   # a list of the statement itself (`in_` of constants)
                value = state.parameters[name]
                sources.append((None, -1, None, process(value) if process else value))
            else:
                sources.append((given, index, process, None))
            continue
        bind_name = unescape.get(name, name)
        bind = compiled.binds[bind_name]
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        given = bind.key if bind.key in params else bind_name if bind_name in params else None
        if given is None:   # a value of the statement itself (a literal, a LIMIT)
            value = state.parameters[name]
            sources.append((None, -1, None, process(value) if process else value))
        else:
            sources.append((given, -1, process, None))
    return _Shape(state.statement, tuple(sources), None if positional else names)


_COMPILED: dict[tuple[int, str, tuple[str, ...]], _Compiled] = {}
_MANY: dict[tuple[int, str, tuple[str, ...], int], _Compiled] = {}
# Statements made per shape come from bounded caches (`lru_cache`): one evicted and made again is a new object, and
# each entry here holds its statement (so that its id is never another's), so without a bound these would only grow
# in a long-running bot. Emptied when full: compiling again costs about a millisecond a statement.
CACHED_MOST = 1024


def _kept(cache: dict, key: tuple, make: Callable[[], _Compiled]) -> _Compiled:
    entry = cache.get(key)
    if entry is None:
        if len(cache) >= CACHED_MOST:
            cache.clear()
        entry = cache[key] = make()
    return entry


def _compiled(statement: ClauseElement, dialect: Dialect, keys: tuple[str, ...]) -> _Compiled:
    return _kept(_COMPILED, (id(statement), dialect.name, keys), lambda: _Compiled(statement, dialect, keys))


def _values(shape: _Shape, params: Params, processed: dict | None = None) -> Any:
    """The driver's parameters of `params`; `processed`: values already converted, by processor and value (the rows
    of one executemany share most: an article's key terms its date)."""
    values = []
    for key, index, process, constant in shape.sources:
        if key is None:
            values.append(constant)
            continue
        value = params[key] if index < 0 else params[key][index]
        if process is None:
            values.append(value)
        elif processed is None or value is None or isinstance(value, (list, dict, set)):
            values.append(process(value))
        else:
            memo = (process, value)
            if memo not in processed:
                processed[memo] = process(value)
            values.append(processed[memo])
    return tuple(values) if shape.names is None else dict(zip(shape.names, values))


def execute(s: Session, statement: ClauseElement, params: Params | Sequence[Params] | None = None,
            flush: bool = True, first_only: bool = False) -> list:
    """Run `statement` on the session's connection (flushed first, as the session's own `execute` would, unless
    `flush` is False: inside `no_autoflush`) with `params` (one set, or several: an executemany); gives its rows, or
    with `first_only` their first column's values alone (no named tuple made a row: a week's 3,800 story ids)."""
    if flush:
        s.flush()
    conn = s.connection()
    dialect = conn.dialect
    if params is None:
        params = {}
    if not isinstance(params, Mapping):
        if len(params) > 1:
            _execute_many(conn, dialect, statement, params)
            return []
        params = params[0]
    entry = _compiled(statement, dialect, tuple(params))
    shape = entry.shape(params)
    cursor = _run(conn, shape.sql, _values(shape, params), False)
    if cursor.description is None:
        cursor.close()
        return []
    fetched = cursor.fetchall()
    if first_only:
        process = entry.results[0] if len(entry.results) == len(cursor.description) else None
        cursor.close()
        return [row[0] for row in fetched] if process is None else [process(row[0]) for row in fetched]
    if entry.row is None:
        entry.row = namedtuple("Row", [d[0] for d in cursor.description], rename=True)   # type: ignore[misc]
        if len(entry.results) != len(cursor.description):
            entry.results = []
    cursor.close()
    make = entry.row._make
    processors = entry.results
    if any(p is not None for p in processors):
        return [make([v if p is None else p(v) for p, v in zip(processors, row)]) for row in fetched]
    return [make(row) for row in fetched]


def scalars(s: Session, statement: ClauseElement, params: Params | None = None, flush: bool = True) -> list:
    """The first column of `execute`'s rows."""
    return execute(s, statement, params, flush, first_only=True)


def _execute_many(conn: Connection, dialect: Dialect, statement: ClauseElement, rows: Sequence[Params]) -> None:
    keys = tuple(rows[0])
    if isinstance(statement, Insert) and getattr(dialect, "use_insertmanyvalues_wo_returning", False):
        per_page = max(1, min(dialect.insertmanyvalues_page_size, dialect.insertmanyvalues_max_parameters // max(len(keys), 1)))
        for start in range(0, len(rows), per_page):
            page = rows[start:start + per_page]
            entry = _multi_row_insert(statement, dialect, keys, len(page))
            flat = {f"{key}__{i}": row[key] for i, row in enumerate(page) for key in keys}
            shape = entry.shape(flat)
            # told to the events as SQLAlchemy tells its own multi-row pages: one executemany's
            _run(conn, shape.sql, _values(shape, flat, {}), False, told_many=True).close()
        return
    entry = _compiled(statement, dialect, keys)
    shape = entry.shape(rows[0])
    processed: dict = {}
    _run(conn, shape.sql, [_values(shape, row, processed) for row in rows], True).close()


def _multi_row_insert(statement: Insert, dialect: Dialect, keys: tuple[str, ...], count: int) -> _Compiled:
    """The INSERT of `count` rows in one VALUES list, each value typed as its column (SQLAlchemy's insertmanyvalues
    sends the same statement). Only plain INSERTs of a table's columns (`insert(table)`)."""
    def make() -> _Compiled:
        table = statement.table
        rows = [{k: bindparam(f"{k}__{i}", type_=table.c[k].type) for k in keys} for i in range(count)]
        entry = _Compiled(insert(table).values(rows), dialect, [f"{k}__{i}" for i in range(count) for k in keys])
        entry.statement = statement   # held: the cache is keyed by its id
        return entry
    return _kept(_MANY, (id(statement), dialect.name, keys, count), make)


def _run(conn: Connection, sql: str, parameters: Any, many: bool, told_many: bool | None = None) -> Any:
    """The statement on a cursor of the connection's driver, through the engine's cursor events, its errors raised as
    SQLAlchemy raises them."""
    dbapi = conn.connection
    cursor = dbapi.cursor()
    try:
        listened = conn.dispatch.before_cursor_execute
        if listened:
            for fn in listened:   # each gives back the statement and parameters (as SQLAlchemy's own execution reads them)
                sql, parameters = fn(conn, cursor, sql, parameters, None, many if told_many is None else told_many)
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
        if conn.dispatch.after_cursor_execute:
            for fn in conn.dispatch.after_cursor_execute:
                fn(conn, cursor, sql, parameters, None, many if told_many is None else told_many)
    except BaseException as exc:
        cursor.close()
        conn._handle_dbapi_exception(exc, sql, parameters, cursor, None)   # wraps and raises, as its own execution does
    return cursor
