"""Reading many stories and events at once, for digests, searches and the calendar.

Every read builds its view models from a fixed number of queries (one per table, whatever the number of
stories; no query per story or per event) that select only the columns the views show. Stories come in
newest-first order from the `ix_articles_recency` index, so a search reads only as far as its matches go;
topic matching reads each article's stored profile and title, never its sentences, except for a verbatim
fallback that runs in SQL.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any, Generator, Iterable, Iterator, NamedTuple, Sequence

from sqlalchemy import (
    ARRAY,
    BindParameter,
    Boolean,
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    any_,
    bindparam,
    case,
    func,
    not_,
    or_,
    select,
)
from sqlalchemy.engine import Connection, Row
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.visitors import InternalTraversal

from digest.linking import event_status, parse_profile
from digest.storage import driver, search
from digest.storage.models import (
    ArticleRow,
    EventRow,
    EventSourceRow,
    SentenceRow,
    StoryBulletRow,
    StoryLinkRow,
    StoryRow,
)
from digest.storage.store import as_utc
from digest.text.events import display_date
from digest.text.korean import content_words
from digest.text.metadata import KST, Published
from digest.views import BulletView, EventView, SourceRef, StoryView

CHUNK = 500          # ids in one IN (...) list
# The ids of an IN (...) list, bound when the statement runs (`{"ids": chunk}`): the statement is compiled once and
# cached, instead of each id being coerced into a new statement.
IDS: BindParameter[list] = bindparam("ids", expanding=True)
# ... and on PostgreSQL bound as one array (`= ANY(:ids)`, the same index scan): an expanding list renders a new
# SQL string for each length, one placeholder and type cast per id, which psycopg parses again every time.
IDS_ARRAY: BindParameter[Any] = bindparam("ids", type_=ARRAY(String))


class _InIds(ColumnElement[bool]):
    """`column IN (ids)`, rendered for the database that runs it (`in_ids`)."""
    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True    # a comparison: no `= 1` after it where booleans are integers (SQLite)
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any] | QueryableAttribute[Any]) -> None:
        self.column = column


@compiles(_InIds)
def _in_list(element: _InIds, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column.in_(IDS), **kw)


@compiles(_InIds, "postgresql")
def _in_array(element: _InIds, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column == any_(IDS_ARRAY), **kw)


def in_ids(column: ColumnElement[Any] | QueryableAttribute[Any]) -> ColumnElement[bool]:
    """`column` is one of the ids bound as `{"ids": [...]}` when the statement runs."""
    return _InIds(column)


FIRST_PAGE = 100     # articles read by a newest-first walk's first page

# When a story was last reported: an article's publication time, or its ingest time when undated. The same
# expression is indexed (ix_articles_recency), so a date cutoff and a newest-first walk read only what they need.
RECENCY = func.coalesce(ArticleRow.published_at, ArticleRow.ingested_at)

REF_COLUMNS = (ArticleRow.id, ArticleRow.story_id, ArticleRow.title, ArticleRow.outlet, ArticleRow.url,
               ArticleRow.published_at, ArticleRow.published_precision, ArticleRow.published_origin)
MATCH_COLUMNS = (ArticleRow.id, ArticleRow.story_id, ArticleRow.title, ArticleRow.title_words, ArticleRow.profile)
PREFILTER_FROM = 300 # stories to match above which the text index is asked which can (fewer are read at once)
SEARCH_CAP = 300     # articles the text index may name for a topic; past that, the newest-first walk is quicker
WALK_FILTER_CAP = 10_000  # ... and up to this many, the walk reads only the stories the index names. The index's cost is
                          # in intersecting its lists, nearly the same whatever the cap: for two common words naming
                          # 4,400 of 200,000 articles, the filtered walk costs two thirds of an unfiltered one. Past it,
                          # a match is common enough that the walk finds its few soon.
PAGE_FILTER_MOST = 500    # PostgreSQL, past SEARCH_CAP articles holding the words: up to this many stories a page,
                          # the index is asked about the page's stories alone (`search.stories_holding_among`, which
                          # checks each of their documents); a longer page means rare matches: the index names them
BY_PAGE_MARGIN = 2.0      # ... and the walk asks for pages this many times the stories the matches so far foretell
EVENT_COLUMNS = (EventRow.id, EventRow.title, EventRow.start, EventRow.end, EventRow.precision, EventRow.part_of_day,
                 EventRow.kind, EventRow.story_id, EventRow.happened_article_id)

WEEKDAYS = "월화수목금토일"


def _rows(s: Session) -> Connection:
    """What reads plain columns: the session's connection. The ORM's per-statement work (its compile plugin, a
    loading context, a tuple per row) gains nothing for rows that are never objects."""
    return s.connection()


def _fetched(s: Session, statement: Any, params: dict | None = None) -> Sequence[Row]:
    """A statement's rows, fetched at once: iterating a result fetches a row a call, which with psycopg costs more
    than the statement for a few thousand rows (a week's 3,800 articles)."""
    return _rows(s).execute(statement, params).all()


def _constant_rows(s: Session, statement: Any, params: dict) -> list:
    """The rows of a statement built once (a module's constant), sent straight to the driver (`driver.execute`: compiled
    once, no cache key, parameters or result object built at each execution; the same SQL and values). A lookup sends
    8-15 statements, each paying that work again through the connection."""
    return driver.execute(s, statement, params, flush=False)


def in_chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


# ---- display helpers ------------------------------------------------------------------------------------

# An article's reference columns, as an ArticleRow or a row of REF_COLUMNS (both answer the same names).
ArticleRef = Any


def published_display(row: ArticleRef) -> str | None:
    when = as_utc(row.published_at)
    if when is None:
        return None
    return Published(when, row.published_precision or "day", row.published_origin or "").display()


def source_ref(row: ArticleRef) -> SourceRef:
    return SourceRef(row.id, row.outlet, row.title, published_display(row), row.published_origin, row.url)


def date_display(when: datetime | None) -> str | None:
    utc = as_utc(when)
    return utc.astimezone(KST).date().isoformat() if utc else None


def korean_date(start: date | None, precision: str, part_of_day: str | None) -> str:
    if start is None or precision == "none":
        return "날짜 미정"
    if precision == "day":
        text = f"{start.isoformat()} ({WEEKDAYS[start.weekday()]})"
        return f"{text} {part_of_day}" if part_of_day else text
    return {"month": f"{start.year}년 {start.month}월", "year": f"{start.year}년",
            "quarter": f"{start.year}년 {(start.month - 1) // 3 + 1}분기",
            "half": f"{start.year}년 {'상' if start.month <= 6 else '하'}반기",
            "week": f"{start.isoformat()} 주"}.get(precision, display_date(start, precision) or "")


PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "none": 6}


def event_order(start: str | None, precision: str, title: str) -> tuple:
    """Soonest first; within a day, day precision before month; undated last. `start`: ISO first day."""
    return start is None, start or "", PRECISION_ORDER.get(precision, 9), title


def sort_events(views: list[EventView]) -> list[EventView]:
    return sorted(views, key=lambda v: event_order(v.start, v.precision, v.title))


# ---- events ---------------------------------------------------------------------------------------------

def event_view(e: Any, sources: list, refs: dict[str, SourceRef], today: date, story_title: str | None = None) -> EventView:
    """`e` has the event's columns; `sources` its event_sources rows in id order; `refs` their articles."""
    status = event_status(e, today)
    start = e.start.date() if e.start else None
    return EventView(e.id, e.title, display_date(start, e.precision), e.precision,
                     start.isoformat() if start else None, e.end.date().isoformat() if e.end else None,
                     korean_date(start, e.precision, e.part_of_day), e.kind, status, _evidence(sources),
                     [refs[src.article_id] for src in sources], e.story_id, story_title, e.part_of_day,
                     e.happened_article_id)


class EventFacts(NamedTuple):
    """An event's own columns, its story's title and its evidence: enough to filter and order the calendar."""
    id: str
    title: str
    start: datetime | None
    end: datetime | None
    precision: str
    part_of_day: str | None
    kind: str
    story_id: str | None
    happened_article_id: str | None
    story_title: str | None
    evidence: str


def _evidence(sources: list) -> str:
    return next((src.evidence for src in sources if not src.reported_past), sources[0].evidence if sources else "")


def _sources_query(ids: Any) -> Select:
    """The event_sources rows of the events `ids` (a subquery), in id order."""
    return (select(EventSourceRow.event_id, EventSourceRow.article_id, EventSourceRow.evidence, EventSourceRow.reported_past)
            .where(EventSourceRow.event_id.in_(ids)).order_by(EventSourceRow.id))


def _sources(s: Session, ids: Any, params: dict | None = None) -> dict[str, list]:
    """event id -> its event_sources rows, in id order, for the events `ids` (a subquery)."""
    sources: dict[str, list] = defaultdict(list)
    for src in _fetched(s, _sources_query(ids), params):
        sources[src.event_id].append(src)
    return sources


def upcoming_in_sql(today: date) -> ColumnElement[bool]:
    """What `linking.event_status` calls upcoming (planned or undated), as a condition on EventRow: not past
    background, not reported to have happened, and undated or not yet over. Never NULL, so its negation is
    exactly the rest."""
    return and_(EventRow.kind != "past", EventRow.happened_article_id.is_(None),
                or_(EventRow.precision == "none", EventRow.start.is_(None),
                    func.coalesce(EventRow.end, EventRow.start) >= datetime.combine(today, time())))


def event_order_by(s: Session, descending: bool = False, events: Any = EventRow) -> list:
    """`event_order` in SQL, then the id: titles compare by code point as in Python (`bytewise`). `events`: the
    events' columns (EventRow's, or a subquery's)."""
    title = bytewise(s, events.title)
    precision = case(*[(events.precision == name, rank) for name, rank in PRECISION_ORDER.items()], else_=9)
    keys = [events.start.is_(None), func.date(events.start), precision, title, events.id]
    return [key.desc() for key in keys] if descending else keys


def listed_events(s: Session, which: str, today: date, limit: int | None) -> tuple[list[str], int]:
    """The calendar without a topic (`which`: upcoming, past or all): the ids of its first `limit` events in
    order, and how many it holds, from the indexes: the past list grows with the store, the upcoming one does not.

    Upcoming events are found by when they end (ix_events_until, the undated ones by their own indexes), then
    sorted; they are gathered first (a materialized CTE), or the planner, seeing the calendar's order in an index,
    walks it from its start past every past event. Past ones are that order walked from its end (ix_events_listed),
    each day's few sorted by the rest, and counted as every event but the upcoming ones (the condition is never
    NULL, so its negation is exactly the rest)."""
    upcoming = upcoming_in_sql(today)
    upcoming_count = select(func.count()).select_from(EventRow).where(upcoming)
    if which == "upcoming":
        found = (select(EventRow.id, EventRow.start, EventRow.precision, EventRow.title).where(upcoming)
                 .cte("upcoming").prefix_with("MATERIALIZED"))
        listed = select(found.c.id).order_by(*event_order_by(s, events=found.c))
        count = upcoming_count
    elif which == "past":
        listed = select(EventRow.id).where(not_(upcoming)).order_by(*event_order_by(s, descending=True))  # latest first
        count = select(func.count() - upcoming_count.scalar_subquery()).select_from(EventRow)
    else:
        listed, count = select(EventRow.id).order_by(*event_order_by(s)), select(func.count()).select_from(EventRow)
    return list(_rows(s).scalars(listed.limit(limit)).all()), _rows(s).execute(count).scalar_one()


def _event_query(where: list, order: list | None = None) -> Select:
    return (select(*EVENT_COLUMNS, StoryRow.title.label("story_title")).outerjoin(StoryRow, StoryRow.id == EventRow.story_id)
            .where(*where).order_by(*(order or [EventRow.id])))


def event_rows(s: Session, where: list, order: list | None = None, evidence: bool = False) -> list[EventFacts]:
    """The events meeting `where` (conditions on EventRow) as EventFacts in `order`, without their sources'
    articles; their evidence (one more query) only if asked for, else ""."""
    rows = _rows(s).execute(_event_query(where, order)).all()
    sources = _sources(s, select(EventRow.id).where(*where).scalar_subquery()) if evidence and rows else {}
    return [EventFacts._make((*row, _evidence(sources.get(row.id, [])))) for row in rows]


def event_views_of(s: Session, ids: list[str], today: date) -> list[EventView]:
    """The views of these events, in this order."""
    views = {v.id: v for chunk in in_chunks(ids) for v in event_views(s, [in_ids(EventRow.id)], today, {"ids": chunk})}
    return [views[i] for i in ids if i in views]


class EventStatements(NamedTuple):
    """The three statements `event_views` sends for events meeting some conditions."""
    events: Select
    sources: Select
    refs: Select


def event_statements(where: list) -> EventStatements:
    ids = select(EventRow.id).where(*where).scalar_subquery()
    cited = select(EventSourceRow.article_id).where(EventSourceRow.event_id.in_(ids)).scalar_subquery()
    return EventStatements(_event_query(where), _sources_query(ids), select(*REF_COLUMNS).where(ArticleRow.id.in_(cited)))


def event_views(s: Session, where: list, today: date, params: dict | None = None, titled: bool = True) -> list[EventView]:
    """The events meeting `where` (conditions on EventRow, with bound `params`), with their sources, in three
    queries. With `titled`, each carries the title of its story."""
    return _event_views(s, event_statements(where), today, params, titled, _fetched)


def _event_views(s: Session, statements: EventStatements, today: date, params: dict | None, titled: bool,
                 run: Any) -> list[EventView]:
    """`event_views` from its statements, each sent by `run` (`_fetched`, or `_constant_rows` for constants)."""
    events = run(s, statements.events, params)
    if not events:
        return []
    sources: dict[str, list] = defaultdict(list)
    for src in run(s, statements.sources, params):
        sources[src.event_id].append(src)
    refs = {a.id: source_ref(a) for a in run(s, statements.refs, params)}
    return [event_view(e, sources[e.id], refs, today, e.story_title if titled else None) for e in events]


# ---- stories --------------------------------------------------------------------------------------------

# What `story_views` reads of a chunk of stories (`{"ids": chunk}`), built once (`_constant_rows`)
STORY_TITLES = select(StoryRow.id, StoryRow.title).where(in_ids(StoryRow.id))
STORY_MEMBERS = select(*REF_COLUMNS).where(in_ids(ArticleRow.story_id))
STORY_BULLETS = (select(StoryBulletRow.story_id, StoryBulletRow.text, StoryBulletRow.article_ids)
                 .where(in_ids(StoryBulletRow.story_id)).order_by(StoryBulletRow.rank, StoryBulletRow.id))
STORY_EVENTS = event_statements([in_ids(EventRow.story_id)])
STORY_EARLIER = (select(StoryLinkRow.story_id.label("later"), StoryRow.id, StoryRow.title, StoryRow.published_at)
                 .join(StoryLinkRow, StoryLinkRow.earlier_id == StoryRow.id)
                 .where(in_ids(StoryLinkRow.story_id)).order_by(StoryRow.published_at.desc(), StoryRow.id))


def story_views(s: Session, ids: list[str], today: date) -> list[StoryView]:
    """The views of these stories, in this order: five queries per CHUNK stories. Unknown ids are left out."""
    views: dict[str, StoryView] = {}
    for chunk in in_chunks(ids):
        bound = {"ids": chunk}
        titles = {row.id: row.title for row in _constant_rows(s, STORY_TITLES, bound)}
        members: dict[str, list] = defaultdict(list)
        for a in _constant_rows(s, STORY_MEMBERS, bound):
            members[a.story_id].append(a)
        bullets: dict[str, list] = defaultdict(list)
        for b in _constant_rows(s, STORY_BULLETS, bound):
            bullets[b.story_id].append(b)
        events: dict[str, list[EventView]] = defaultdict(list)
        for e in _event_views(s, STORY_EVENTS, today, bound, True, _constant_rows):
            if e.story_id is not None:   # always: the events were chosen by their story
                events[e.story_id].append(e)
        earlier: dict[str, list[dict]] = defaultdict(list)
        for link in _constant_rows(s, STORY_EARLIER, bound):
            earlier[link.later].append({"id": link.id, "title": link.title, "published": date_display(link.published_at)})
        for story_id in chunk:
            if story_id not in titles:
                continue
            ordered = sorted(members[story_id], key=lambda a: (a.published_at or datetime.max, a.id))
            refs = {a.id: source_ref(a) for a in ordered}
            first_dated = next((refs[a.id].published for a in ordered if a.published_at), None)
            views[story_id] = StoryView(
                story_id, titles[story_id], first_dated, list(refs.values()),
                [BulletView(b.text, [refs[i] for i in b.article_ids.split() if i in refs]) for b in bullets[story_id]],
                sort_events(events[story_id]), earlier[story_id])
    return [views[i] for i in ids if i in views]


def latest_first(s: Session, since: datetime | None = None) -> list[str]:
    """Ids of the stories with an article since `since` (all stories without it), the latest reported first
    (ties: the larger id first). Read from the recency index newest first, as `newest_first` reads it, each story
    where its newest article is: only ids cross over, where Python used to parse 3,800 articles' dates (a week at
    100,000 stories) to find and sort each story's newest."""
    query = _latest(s.get_bind().dialect.name, since is not None)
    newest = driver.scalars(s, query, {"since": since} if since is not None else {}, flush=False)
    return list(dict.fromkeys(i for i in newest if i is not None))   # always not None, by the query; the check tells the types


@lru_cache(maxsize=4)
def _latest(dialect: str, since: bool) -> Select:
    """`latest_first`'s statement, built once per database (sent straight to the driver), with a cutoff `{"since": ...}` or without."""
    story = ArticleRow.story_id
    query = select(story).where(story.is_not(None))
    if since:
        query = query.where(RECENCY >= bindparam("since", type_=ArticleRow.published_at.type))
    return query.order_by(RECENCY.desc(), bytewise_in(dialect, story).desc())


def bytewise(s: Session, column: Any) -> Any:
    """The column compared as Python compares str (by code point): PostgreSQL's default collation follows the
    locale, hence "C"; SQLite's compares bytes, which for UTF-8 is the same order."""
    return bytewise_in(s.get_bind().dialect.name, column)


def bytewise_in(dialect: str, column: Any) -> Any:
    """`bytewise` for the database named `dialect`."""
    return column.collate("C") if dialect == "postgresql" else column


# A page of `newest_first`: the stories of the articles `{"offset": ...}` to `{"limit": ...}` further, newest first
NEWEST_PAGE = (select(ArticleRow.story_id).where(ArticleRow.story_id.is_not(None))
               .order_by(RECENCY.desc(), ArticleRow.story_id.desc())
               .offset(bindparam("offset", type_=Integer)).limit(bindparam("limit", type_=Integer)))


def newest_first(s: Session) -> Generator[list[str], int | None, None]:
    """Every story id in `latest_first` order, a page at a time, read from the recency index as far as the
    caller iterates: articles newest first, each story at its newest article. The caller may `send` how many
    more stories it expects to need, and the next page is sized for them (else it doubles)."""
    seen: set[str] = set()
    offset, size = 0, FIRST_PAGE
    while True:
        page = driver.scalars(s, NEWEST_PAGE, {"offset": offset, "limit": size}, flush=False)
        fresh = [i for i in dict.fromkeys(page) if i is not None and i not in seen]
        seen.update(fresh)
        wanted = (yield fresh) if fresh else None
        if len(page) < size:
            return
        per_story = len(page) / max(len(fresh), 1)
        offset += size
        size = min(size * 8, max(FIRST_PAGE, round(wanted * per_story))) if wanted else size * 2


def first_matching(s: Session, topic: str | None, limit: int) -> list[str]:
    """The ids of the `limit` latest reported stories matching the topic (see `latest_first`, `matching`).

    The newest page comes first: a common topic fills its matches there. Else the text index is asked once, and
    its answer picks how the rest is read: when it names the few stories that can match, only those are read (a
    topic that matches nothing reads none, `_read_named`); else the walk goes back only as far as the matches do,
    each page sized by the share of stories that matched so far, reading only the stories the index named
    (`_walk_on`); on PostgreSQL, when more articles than SEARCH_CAP hold the topic's content words, the index is
    asked about each page's stories instead (`_AskedEachPage`: naming them all reads a scattered page for each,
    cold). A topic the newest page matched is asked about its next page before the index is asked how many
    articles hold its words (`_next_page`): the page's filter intersects the words' lists too, so when that page
    fills the matches the count is never asked (the two intersections were the 8 ms of `오픈AI 카카오`'s server CPU
    that the count and the page shared); every way of reading answers the same, only the cost differs."""
    walk = newest_first(s)
    page = next(walk, None)
    if not page:
        return []
    found = matching_in_order(s, page, topic, None)[:limit]
    if len(found) >= limit:
        return found
    by_words = None
    walked = list(page)
    if topic:
        terms, words = topic.split(), content_words(topic)
        by_page: _AskedEachPage | None = None
        if found and search.words_asked(s, terms, words) and _next_size(found, len(page), limit, BY_PAGE_MARGIN) \
                <= PAGE_FILTER_MOST:
            by_page = _AskedEachPage(s, topic, terms, list(words))
            more = _next_page(s, walk, topic, found, len(walked), limit, by_page)
            if more is None or len(found) >= limit:   # every story walked, or the matches filled
                return found
            walked += more
        named_by_words = search.words_named(s, terms, words, SEARCH_CAP)
        if named_by_words is not None and named_by_words.more:
            return _walk_on(s, walk, topic, found, len(walked), limit,
                            by_page or _AskedEachPage(s, topic, terms, list(words)))
        if named_by_words is not None:
            by_words = named_by_words.articles
    # one statement: the index names its articles up to the walk filter's cap (a second one, capped lower, would
    # cost nearly as much as the first: the index intersects its lists whatever the cap)
    named = candidates_counted(s, topic, WALK_FILTER_CAP, by_words)
    if named is not None and named[1] <= SEARCH_CAP:
        return _read_named(s, named[0], walked, topic, found, limit)
    # common words each, but the index still intersects them: the walk reads only the stories it names
    return _walk_on(s, walk, topic, found, len(walked), limit, _NamedOnce(named[0] if named is not None else None))


def _read_named(s: Session, candidates: set[str], walked: list[str], topic: str | None, found: list[str],
                limit: int) -> list[str]:
    """The rest read from the stories the index named alone (but those of the pages walked, read already), latest
    first: every story the walk has not reached is reported before those it has."""
    for chunk in in_chunks(latest_of(s, candidates - set(walked)), 100):
        found += matching_in_order(s, chunk, topic, candidates)[:limit - len(found)]
        if len(found) >= limit:
            break
    return found


class _NamedOnce:
    """A walk's filter named once by the index for every page (None: the index cannot narrow the topic)."""
    margin = 1.2   # pages asked for this many times the stories the matches so far foretell

    def __init__(self, named: set[str] | None):
        self.named = named

    def __call__(self, page: list[str]) -> set[str] | None:
        return self.named


class _AskedEachPage:
    """PostgreSQL, past SEARCH_CAP articles holding the topic's words: the index asked about each page's stories
    (`search.stories_holding_among`), pages sized larger (BY_PAGE_MARGIN: fewer questions), until a page is so
    long (PAGE_FILTER_MOST) that matches are rare and one question names the rest of the walk's stories."""

    def __init__(self, s: Session, topic: str | None, terms: list[str], words: list[str]):
        self.s, self.topic = s, topic
        self.by_page: tuple[list[str], list[str]] | None = (terms, words)
        self.named: set[str] | None = None

    @property
    def margin(self) -> float:
        return BY_PAGE_MARGIN if self.by_page is not None else 1.2

    def __call__(self, page: list[str]) -> set[str] | None:
        if self.by_page is None:
            return self.named
        if len(page) > PAGE_FILTER_MOST:
            self.by_page = None
            counted = candidates_counted(self.s, self.topic, WALK_FILTER_CAP)
            self.named = counted[0] if counted is not None else None
            return self.named
        return search.stories_holding_among(self.s, *self.by_page, page)


def _walk_on(s: Session, walk: Generator[list[str], int | None, None], topic: str | None, found: list[str],
             walked: int, limit: int, filter_of: "_NamedOnce | _AskedEachPage") -> list[str]:
    """The walk past the pages read: each page sized to hold the rest (as if one more matched, when none has yet),
    read through the filter `filter_of` gives it."""
    while len(found) < limit:
        page = _next_page(s, walk, topic, found, walked, limit, filter_of)
        if page is None:
            break
        walked += len(page)
    return found


def _next_size(found: list[str], walked: int, limit: int, margin: float) -> int:
    """The stories the walk's next page is asked for: the rest of the matches at the share matched so far (as if
    one more matched, when none has yet), times the filter's margin."""
    share = max(len(found), 1) / walked
    return math.ceil((limit - len(found)) / share * margin)


def _next_page(s: Session, walk: Generator[list[str], int | None, None], topic: str | None, found: list[str],
               walked: int, limit: int, filter_of: "_NamedOnce | _AskedEachPage") -> list[str] | None:
    """The walk's next page (None: no story is left), its matches through `filter_of` added to `found`."""
    try:
        page = walk.send(_next_size(found, walked, limit, filter_of.margin))
    except StopIteration:
        return None
    if not page:
        return None
    found += matching_in_order(s, page, topic, filter_of(page))[:limit - len(found)]
    return page


def latest_of(s: Session, story_ids: Iterable[str]) -> list[str]:
    """These stories in `latest_first` order (the latest reported first, ties: the larger id first)."""
    latest: dict[str, datetime] = {}
    for chunk in in_chunks(story_ids):
        for story_id, when in _fetched(s, select(ArticleRow.story_id, func.max(RECENCY)).where(in_ids(ArticleRow.story_id))
                                        .group_by(ArticleRow.story_id), {"ids": chunk}):
            if story_id is not None:   # always: the ids asked for
                latest[story_id] = when
    return sorted(latest, key=lambda i: (latest[i], i), reverse=True)


# ---- topic matching -------------------------------------------------------------------------------------

def candidate_stories(s: Session, topic: str | None, cap: int = SEARCH_CAP) -> set[str] | None:
    """Every story that can match the topic, from the text index (digest.storage.search): those with an article holding
    every term of the topic somewhere in its text, or every content word of it (of any length) among its words.
    None when the index cannot narrow it (no topic, terms too short, or more than `cap` articles)."""
    named = candidates_counted(s, topic, cap)
    return None if named is None else named[0]


def candidates_counted(s: Session, topic: str | None, cap: int,
                       by_words: list[tuple[str, str | None]] | None = None) -> tuple[set[str], int] | None:
    """`candidate_stories`, and how many articles the index named (`by_words`: the words' answer, already read)."""
    if not topic or not topic.split():
        return None
    return search.stories_holding(s, topic.split(), content_words(topic), cap, by_words)


@lru_cache(maxsize=50_000)
def title_words(title: str) -> frozenset[str]:
    """Content words of a headline, found by Kiwi once per process (as many as `parse_profile` keeps): a search
    reads the headlines of every story it walks, more than `content_words`' cache holds."""
    return frozenset(content_words(title))


def article_matches(row: ArticleRef, topic_words: tuple[str, ...], topic_terms: list[str]) -> bool:
    """Every topic word is among the article's content words (its stored profile and its title), or every
    term appears verbatim in its title. The profile is parsed once per process, so no sentence is loaded."""
    if not topic_terms:
        return True
    title = row.title.lower()
    if all(term.lower() in title for term in topic_terms):
        return True
    if not topic_words:
        return False
    words, _ = parse_profile(row.profile or "{}")
    missing = [w for w in topic_words if w not in words]
    if not missing:
        return True
    # the headline's words as ingest stored them; Kiwi only for an article stored before they were
    headline = set(row.title_words.split()) if getattr(row, "title_words", None) is not None else title_words(row.title)
    return all(w in headline for w in missing)


# The articles of `{"ids": ...}` with a sentence holding `{"like": ...}` (a LIKE pattern escaped with a backslash)
VERBATIM = select(SentenceRow.article_id).where(in_ids(SentenceRow.article_id),
                                                SentenceRow.text.like(bindparam("like", type_=String), escape="\\"))
LONGEST_VERBATIM = 5_000   # characters of a word looked up verbatim in sentences (SQLite's LIKE takes 50,000 bytes)


def matching(s: Session, members: dict[str, list], topic: str | None) -> set[str]:
    """The stories (keys of `members`, story id -> its articles with MATCH_COLUMNS) with an article about every
    word of the topic: by content words first (no sentence is loaded), then, for the rest, by each word
    appearing verbatim in a sentence (SQL), which catches compounds Kiwi splits differently in the query and
    in the text."""
    if not topic:
        return set(members)
    terms, words = topic.split(), content_words(topic)
    by_words = {i for i, articles in members.items() if any(article_matches(a, words, terms) for a in articles)}
    rest = {a.id for i, articles in members.items() if i not in by_words for a in articles}
    for term in terms:
        if not rest:
            break
        if len(term) > LONGEST_VERBATIM:   # no reader's word; SQLite's LIKE refuses such patterns
            rest = set()
            break
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        found: set[str] = set()
        for chunk in in_chunks(sorted(rest)):
            found.update(row.article_id for row in _constant_rows(s, VERBATIM, {"ids": chunk, "like": like}))
        rest &= found
    return by_words | {i for i, articles in members.items() if any(a.id in rest for a in articles)}


MATCH_ROWS = select(*MATCH_COLUMNS).where(in_ids(ArticleRow.story_id))   # the articles of `{"ids": ...}` stories


def matching_in_order(s: Session, ids: list[str], topic: str | None, candidates: set[str] | None = None) -> list[str]:
    """`ids` (in their order) of the stories matching the topic; their articles are read CHUNK stories at a time,
    only for the stories the text index says can match (`candidates`; asked here for a long list)."""
    if not topic:
        return list(ids)
    if candidates is None and len(ids) > PREFILTER_FROM:
        candidates = candidate_stories(s, topic)
    if candidates is not None:
        ids = [i for i in ids if i in candidates]
    matched: set[str] = set()
    for chunk in in_chunks(ids):
        members: dict[str, list] = {i: [] for i in chunk}
        for a in _constant_rows(s, MATCH_ROWS, {"ids": chunk}):
            members[a.story_id].append(a)
        matched |= matching(s, members, topic)
    return [i for i in ids if i in matched]
