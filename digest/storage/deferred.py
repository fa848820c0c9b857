"""Rows nothing reads while a batch is stored, written once for the batch's transaction rather than once an article.

An article's sentences, bullets and search document are read by no later step of ingest, only by a story's
refresh of a member whose scores it forgot, by an undated member's events once its story dates it, and by
lookups. A one-transaction batch (`NewsService.batch` with a report) collects them here and writes each table's
rows in one statement before it commits: on PostgreSQL three round trips an article fewer. Any statement of the
session that reads or deletes such a table writes what is collected first, so it reads what one-by-one ingest
would have written by then, in the same order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from digest.errors import NewsdigestError

KEY = "deferred_rows"


class DeferredWriteFailed(NewsdigestError):
    """The database refused rows an earlier article of the batch collected: not the current article's fault (the
    batch stores its articles again one by one, which tells whose they were)."""


def start(s: Session) -> None:
    """Collect, in this session, the rows `add` is given until `write`."""
    s.info[KEY] = {}


def add(s: Session, statement: Any, rows: list[dict], tables: frozenset[str]) -> None:
    """Execute `statement` with `rows` now, or, in a session that collects, with the rows collected for the same
    `tables` (those it writes: a statement reading or deleting one of them writes the rows first)."""
    pending = s.info.get(KEY)
    if pending is None:
        _execute(s, statement, rows)
        return
    pending.setdefault(tables, (statement, []))[1].extend(rows)


def write(s: Session) -> None:
    """Execute the collected rows, a statement a table, in the order they were first collected."""
    pending = s.info.get(KEY)
    if not pending:
        return
    s.info[KEY] = {}
    for statement, rows in pending.values():
        _execute(s, statement, rows)


def _execute(s: Session, statement: Any, rows: list[dict]) -> None:
    """Plain INSERTs on the session's connection, once the session is flushed (what its `execute` would do first,
    with the ORM's per-statement work besides)."""
    s.flush()
    s.connection().execute(statement, rows)


def watch(maker: sessionmaker) -> None:
    """Have sessions of `maker` write their collected rows before a statement that reads or deletes their tables."""
    event.listen(maker, "do_orm_execute", _before_reading)


def _before_reading(state: ORMExecuteState) -> None:
    pending = state.session.info.get(KEY)
    if not pending:
        return
    names = {getattr(m.local_table, "name", None) for m in state.all_mappers}
    sql = getattr(state.statement, "text", "")   # plain SQL (`text()`): its tables by name
    if any(t in names or t in sql for tables in pending for t in tables):
        try:
            write(state.session)
        except Exception as exc:   # an earlier article's rows: the caller must not take it for its own
            raise DeferredWriteFailed("rows of an earlier article of the batch were refused") from exc
