"""Reading many stories and events at once, for digests, searches and the calendar.

Every read builds its view models from a fixed number of queries (one per table, whatever the number of
stories; no query per story or per event) that select only the columns the views show. Stories come in
newest-first order from the `ix_articles_recency` index, so a search reads only as far as its matches go;
topic matching reads each article's stored profile and title, never its sentences, except for a verbatim
fallback that runs in SQL.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Iterable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from digest.events import display_date
from digest.korean import content_words
from digest.linking import event_status, parse_profile
from digest.metadata import KST, Published
from digest.store import (ArticleRow, EventRow, EventSourceRow, SentenceRow, StoryBulletRow, StoryLinkRow, StoryRow,
                          as_utc)
from digest.views import BulletView, EventView, SourceRef, StoryView

CHUNK = 500          # ids in one IN (...) list
FIRST_PAGE = 400     # articles read by a newest-first walk's first page; each later page is twice the last

# When a story was last reported: an article's publication time, or its ingest time when undated. The same
# expression is indexed (ix_articles_recency), so a date cutoff and a newest-first walk read only what they need.
RECENCY = func.coalesce(ArticleRow.published_at, ArticleRow.ingested_at)

REF_COLUMNS = (ArticleRow.id, ArticleRow.story_id, ArticleRow.title, ArticleRow.outlet, ArticleRow.url,
               ArticleRow.published_at, ArticleRow.published_precision, ArticleRow.published_origin)
MATCH_COLUMNS = (ArticleRow.id, ArticleRow.story_id, ArticleRow.title, ArticleRow.profile)
EVENT_COLUMNS = (EventRow.id, EventRow.title, EventRow.start, EventRow.end, EventRow.precision, EventRow.part_of_day,
                 EventRow.kind, EventRow.story_id, EventRow.happened_article_id)

WEEKDAYS = "월화수목금토일"


def in_chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


# ---- display helpers ------------------------------------------------------------------------------------

def published_display(row) -> str | None:
    if row.published_at is None:
        return None
    return Published(as_utc(row.published_at), row.published_precision or "day", row.published_origin or "").display()


def source_ref(row) -> SourceRef:
    return SourceRef(row.id, row.outlet, row.title, published_display(row), row.published_origin, row.url)


def date_display(when: datetime | None) -> str | None:
    return as_utc(when).astimezone(KST).date().isoformat() if when else None


def korean_date(start, precision: str, part_of_day: str | None) -> str:
    if start is None or precision == "none":
        return "날짜 미정"
    if precision == "day":
        text = f"{start.isoformat()} ({WEEKDAYS[start.weekday()]})"
        return f"{text} {part_of_day}" if part_of_day else text
    return {"month": f"{start.year}년 {start.month}월", "year": f"{start.year}년",
            "quarter": f"{start.year}년 {(start.month - 1) // 3 + 1}분기",
            "half": f"{start.year}년 {'상' if start.month <= 6 else '하'}반기",
            "week": f"{start.isoformat()} 주"}.get(precision, display_date(start, precision) or "")


def sort_events(views: list[EventView]) -> list[EventView]:
    """Soonest first; within a day, day precision before month; undated last."""
    order = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "none": 6}
    return sorted(views, key=lambda v: (v.start is None, v.start or "", order.get(v.precision, 9), v.title))


# ---- events ---------------------------------------------------------------------------------------------

def event_view(e, sources: list, refs: dict[str, SourceRef], today: date, story_title: str | None = None) -> EventView:
    """`e` has the event's columns; `sources` its event_sources rows in id order; `refs` their articles."""
    status = event_status(e, today)
    start = e.start.date() if e.start else None
    evidence = next((src.evidence for src in sources if not src.reported_past), sources[0].evidence if sources else "")
    return EventView(e.id, e.title, display_date(start, e.precision), e.precision,
                     start.isoformat() if start else None, e.end.date().isoformat() if e.end else None,
                     korean_date(start, e.precision, e.part_of_day), e.kind, status, evidence,
                     [refs[src.article_id] for src in sources], e.story_id, story_title, e.part_of_day,
                     e.happened_article_id)


def event_views(s: Session, where: list, today: date, titled: bool = True) -> list[EventView]:
    """The events meeting `where` (conditions on EventRow), with their sources, in three queries. With
    `titled`, each carries the title of its story."""
    query = select(*EVENT_COLUMNS, StoryRow.title.label("story_title")).outerjoin(StoryRow, StoryRow.id == EventRow.story_id)
    events = s.execute(query.where(*where)).all()
    if not events:
        return []
    ids = select(EventRow.id).where(*where).scalar_subquery()
    sources: dict[str, list] = defaultdict(list)
    for src in s.execute(select(EventSourceRow.event_id, EventSourceRow.article_id, EventSourceRow.evidence,
                                EventSourceRow.reported_past).where(EventSourceRow.event_id.in_(ids))
                         .order_by(EventSourceRow.id)):
        sources[src.event_id].append(src)
    cited = select(EventSourceRow.article_id).where(EventSourceRow.event_id.in_(ids)).scalar_subquery()
    refs = {a.id: source_ref(a) for a in s.execute(select(*REF_COLUMNS).where(ArticleRow.id.in_(cited)))}
    return [event_view(e, sources[e.id], refs, today, e.story_title if titled else None) for e in events]


# ---- stories --------------------------------------------------------------------------------------------

def story_views(s: Session, ids: list[str], today: date) -> list[StoryView]:
    """The views of these stories, in this order: five queries per CHUNK stories. Unknown ids are left out."""
    views: dict[str, StoryView] = {}
    for chunk in in_chunks(ids):
        titles = dict(s.execute(select(StoryRow.id, StoryRow.title).where(StoryRow.id.in_(chunk))).all())
        members: dict[str, list] = defaultdict(list)
        for a in s.execute(select(*REF_COLUMNS).where(ArticleRow.story_id.in_(chunk))):
            members[a.story_id].append(a)
        bullets: dict[str, list] = defaultdict(list)
        for b in s.execute(select(StoryBulletRow.story_id, StoryBulletRow.text, StoryBulletRow.article_ids)
                           .where(StoryBulletRow.story_id.in_(chunk)).order_by(StoryBulletRow.rank, StoryBulletRow.id)):
            bullets[b.story_id].append(b)
        events: dict[str, list[EventView]] = defaultdict(list)
        for e in event_views(s, [EventRow.story_id.in_(chunk)], today):
            events[e.story_id].append(e)
        earlier: dict[str, list[dict]] = defaultdict(list)
        for e in s.execute(select(StoryLinkRow.story_id.label("later"), StoryRow.id, StoryRow.title, StoryRow.published_at)
                           .join(StoryLinkRow, StoryLinkRow.earlier_id == StoryRow.id)
                           .where(StoryLinkRow.story_id.in_(chunk)).order_by(StoryRow.published_at.desc(), StoryRow.id)):
            earlier[e.later].append({"id": e.id, "title": e.title, "published": date_display(e.published_at)})
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
    (ties: the larger id first)."""
    query = select(ArticleRow.story_id, RECENCY).where(ArticleRow.story_id.is_not(None))
    if since is not None:
        query = query.where(RECENCY >= since)
    latest: dict[str, datetime] = {}
    for story_id, when in s.execute(query):
        if story_id not in latest or when > latest[story_id]:
            latest[story_id] = when
    return sorted(latest, key=lambda i: (latest[i], i), reverse=True)


def newest_first(s: Session) -> Iterator[list[str]]:
    """Every story id in `latest_first` order, a page at a time, read from the recency index as far as the
    caller iterates: articles newest first, each story at its newest article."""
    seen: set[str] = set()
    offset, size = 0, FIRST_PAGE
    order = select(ArticleRow.story_id).where(ArticleRow.story_id.is_not(None)).order_by(RECENCY.desc(),
                                                                                         ArticleRow.story_id.desc())
    while True:
        page = s.scalars(order.offset(offset).limit(size)).all()
        fresh = [i for i in dict.fromkeys(page) if i not in seen]
        seen.update(fresh)
        if fresh:
            yield fresh
        if len(page) < size:
            return
        offset, size = offset + size, size * 2


# ---- topic matching -------------------------------------------------------------------------------------

def article_matches(row, topic_words: tuple[str, ...], topic_terms: list[str]) -> bool:
    """Every topic word is among the article's content words (its stored profile and its title), or every
    term appears verbatim in its title. The profile is parsed once per process, so no sentence is loaded."""
    if not topic_terms:
        return True
    if all(term.lower() in row.title.lower() for term in topic_terms):
        return True
    words, _ = parse_profile(row.profile or "{}")
    return bool(topic_words) and all(w in words or w in content_words(row.title) for w in topic_words)


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
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        found: set[str] = set()
        for chunk in in_chunks(sorted(rest)):
            found.update(s.scalars(select(SentenceRow.article_id).where(SentenceRow.article_id.in_(chunk),
                                                                        SentenceRow.text.like(like, escape="\\"))))
        rest &= found
    return by_words | {i for i, articles in members.items() if any(a.id in rest for a in articles)}


def matching_in_order(s: Session, ids: list[str], topic: str | None) -> list[str]:
    """`ids` (in their order) of the stories matching the topic; their articles are read CHUNK stories at a time."""
    if not topic:
        return list(ids)
    matched: set[str] = set()
    for chunk in in_chunks(ids):
        members: dict[str, list] = {i: [] for i in chunk}
        for a in s.execute(select(*MATCH_COLUMNS).where(ArticleRow.story_id.in_(chunk))):
            members[a.story_id].append(a)
        matched |= matching(s, members, topic)
    return [i for i in ids if i in matched]
