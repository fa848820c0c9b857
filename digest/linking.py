"""Keeps stories, their links and the event calendar up to date as each article arrives.

Runs inside the ingest transaction, so a digest query only reads what is stored here. The decisions
themselves live in `stories.py` (what is one story) and `events.py` (what is one event); this module
applies them to the database.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import chain
from typing import NamedTuple, Protocol, TypeVar, overload

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    TextClause,
    Update,
    and_,
    bindparam,
    column,
    delete,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from digest.analysis import AnalysedSentence, body_paragraphs
from digest.storage import driver
from digest.storage.models import (
    ArticleRow,
    ArticleTermRow,
    EventRow,
    EventSourceRow,
    StoryBulletRow,
    StoryLinkRow,
    StoryRow,
    core_insert,
)
from digest.storage.store import as_utc, insert_rows, utc_naive
from digest.text.events import CONFIRMING_PERIODS, FoundEvent, confirms, extract_events, report_span, same_event
from digest.text.korean import content_words
from digest.text.metadata import KST
from digest.text.stories import (
    RELATED,
    WINDOW,
    MemberSentence,
    Profile,
    choose_story_bullets,
    copy_and_same_story,
    similarity,
    story_bullet_count,
)
from digest.text.summarize import Candidate, is_bullet_worthy, score_sentences, trim_bullet
from digest.text.timex import PRECISIONS

CANDIDATE_LIMIT = 2000   # undated articles compared against at most this many recent ones
TERM_CANDIDATES = 60     # articles sharing the most rare key terms with a new one that grouping compares it with
LINK_CANDIDATES = 30     # stories sharing the most rare key terms with a story that linking compares it with
COMMON = 200             # a key term on more articles than this (in the span searched) is too common to search by
LINK_COMMON = 50         # ... in the longer span links search
RAREST = 8               # ... but the rarest few are searched by even so
KEY_WORDS = 20           # an article's most frequent content words among its key terms
FAR_FUTURE = datetime(9999, 1, 1)
SHORT_PERIODS = ("day", "week")                                   # an event's precisions (timex.PRECISIONS) ...
LONG_PERIODS = tuple(p for p in PRECISIONS if p not in SHORT_PERIODS)   # ... by how long a period they date
_OTHER_PERIODS = tuple(p for p in PRECISIONS if p not in CONFIRMING_PERIODS)   # a report dated by these holds one day
_INSERT_TERMS = core_insert(ArticleTermRow)
_INSERT_STORY_BULLETS = core_insert(StoryBulletRow)
_INSERT_EVENT_SOURCES = core_insert(EventSourceRow)


class StoredArticle(Protocol):
    """What grouping reads of a stored article: its row, or the few columns of it a query selected."""
    @property
    def id(self) -> str: ...
    @property
    def profile(self) -> str | None: ...
    @property
    def published_at(self) -> datetime | None: ...
    @property
    def published_origin(self) -> str | None: ...


class StoredSentence(Protocol):
    """What scoring reads of a sentence as stored (its content words space-separated): a row, or the values
    ingest is writing."""
    @property
    def idx(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def words(self) -> str: ...
    @property
    def final(self) -> bool: ...
    @property
    def role(self) -> str: ...


def profile_json(sentences: Sequence[AnalysedSentence]) -> str:
    words = Counter(w for s in sentences if s.role == "body" for w in s.words)
    entities = sorted({e for s in sentences if s.role == "body" for e in s.entities})
    return json.dumps({"w": dict(words), "e": entities}, ensure_ascii=False)


@lru_cache(maxsize=50_000)
def parse_profile(text: str) -> tuple[dict[str, int], frozenset[str]]:
    """Parsed once per process: every ingest compares the new article with its neighbours' profiles.

    The word counts are the decoded JSON's own dict (shared: never changed), not a `Counter` copy of it: a dict of
    strings and numbers is outside the garbage collector's reach, and a `Counter` (a dict subclass) is not; at
    100,000 stored an ingest decodes some 1,800 candidates' profiles, whose ~170 words each every collection walked."""
    data = json.loads(text or "{}")
    words = data.get("w", {})
    return words if type(words) is dict else Counter(words), frozenset(data.get("e", []))


def key_terms(words: dict[str, int], entities: Iterable[str]) -> set[str]:
    """What an article is found by when grouping: every name it mentions and its most frequent content words.
    Two articles of one story share names and their main words (similarity counts both), so the candidates
    sharing a key term with an article hold every article it can match, and few others."""
    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:KEY_WORDS]
    return {t for t in list(entities) + [w for w, _ in top] if 0 < len(t) <= 80}


def own_date(row: StoredArticle) -> datetime | None:
    """An article's own publication time; None when undated or dated only by its story."""
    return row.published_at if row.published_origin not in (None, "inferred") else None


def record_terms(s: Session, article: ArticleRow, replace: bool = False) -> None:
    """Index the article's key terms (inside the ingest's transaction); `replace` drops its previous ones."""
    if replace:
        s.query(ArticleTermRow).filter(ArticleTermRow.article_id == article.id).delete()
    words, entities = parse_profile(article.profile or "{}")
    when = own_date(article)
    terms = sorted(key_terms(words, entities))
    if terms:   # one multi-row statement on the connection, not an ORM object a term (the article is flushed already)
        driver.execute(s, _INSERT_TERMS, [{"article_id": article.id, "term": t, "published_at": when} for t in terms])


def profile_of(row: StoredArticle) -> Profile:
    words, entities = parse_profile(row.profile or "{}")
    published = row.published_at if row.published_origin != "inferred" else None
    return Profile(row.id, published, words, entities)


def profile_text(p: Profile) -> str:
    return json.dumps({"w": dict(p.words), "e": sorted(p.entities)}, ensure_ascii=False)


def _merge_profiles(rows: list[ArticleRow]) -> Profile:
    words: Counter = Counter()
    entities: set[str] = set()
    for r in rows:
        p = profile_of(r)
        words.update(p.words)
        entities |= p.entities
    return Profile(rows[0].id, None, words, frozenset(entities))


# ---- stories --------------------------------------------------------------------------------------------

def assign_story(s: Session, article: ArticleRow, now: datetime, refresh: bool = True) -> tuple[StoryRow, list[ArticleRow] | None]:
    """Put the article in the story of every article it matches (merging them), or start a new story; gives the
    story and, when known without asking the database again, every article it holds (copies too).

    Without `refresh` only the story's dates are brought up to date (what the article's events and the next
    articles' grouping read); its title, bullets, size and profile wait for `refresh_story`, which a batch
    ingest runs once per story it touched."""
    mine = profile_of(article)
    story_ids: set[str] = set()
    copy_of = None
    for c in _candidates(s, article, mine):
        copy, same = copy_and_same_story(mine, profile_of(c))
        if copy_of is None and copy:
            copy_of = c.copy_of or c.id
        # one matching member is enough to join its story
        if same:
            story_ids.add(c.story_id)
    held = s.info.get(HELD)
    if held is not None and article.story_id is not None:   # an article stored again may leave a story held
        held.clear()
    if copy_of is not None and len(story_ids) == 1:
        if held is not None:
            held.pop(next(iter(story_ids)), None)   # a member more
        return join_as_copy(s, article, s.get_one(ArticleRow, copy_of), now), None   # a candidate, or what one copies
    kept = [held[i] for i in sorted(story_ids) if i in held] if held is not None else []
    if story_ids and len(kept) == len(story_ids):   # each story and every member of it held: not read again
        members = [article] + [a for _, rows in kept for a in rows]
    else:
        members = [article] + (list(s.scalars(_MEMBERS_OF, {"stories": list(story_ids)})) if story_ids else [])
    # The story is named after its first article, so its id does not depend on arrival order.
    first = min(members, key=lambda a: (a.published_at if a.published_origin not in (None, "inferred") else FAR_FUTURE, a.id))
    story_id = "s" + first.id
    # A story is named after a member: a new article that matched nothing names one no row has yet (its id is one
    # no article has had), so the database is not asked; an article stored again may find its own.
    story = s.get(StoryRow, story_id) if story_ids or article.story_id is not None else None
    # Its rows are the members read above when it is new or one of theirs (none of another story joins it): its
    # dates and refresh need not read them again, and a new story is inserted with its date
    known = story is None or story_id in story_ids
    originals = [a for a in members if a.copy_of is None]
    if story is None:
        story = StoryRow(id=story_id, title=first.title, updated_at=utc_naive(now), size=1,
                         published_at=_story_date(originals))
        insert_rows(s, [story])
    for old_id in story_ids - {story_id}:
        _absorb(s, s.get_one(StoryRow, old_id), story)   # a candidate's story
    _set_story(s, [a for a in members if a.story_id != story_id], story_id)
    if refresh:
        refresh_story(s, story, now, originals if known else None)
    else:
        refresh_dates(s, story, originals if known else None)
    if held is not None:
        for old_id in story_ids | {story_id}:
            held.pop(old_id, None)
        if known:   # `members` is every article of the story now
            held[story_id] = (story, members)
    return story, members if known else None


HELD = "held_stories"   # a session's `info` key: see `hold_stories`


def hold_stories(s: Session) -> None:
    """Have the session keep each story an article joins, with every article it holds (copies too), so that the
    next article joining it in the same transaction (a batch's group) reads neither again: each is what reading
    it would give, for the session's objects are the rows as stored (their changes written by the session or told
    it), and a story whose members another way may change (a copy joining it, an article stored again) is let go.
    Held, they also stay the session's objects: it holds rows it is not using by weak references only."""
    s.info[HELD] = {}


_ARTICLES = ArticleRow.metadata.tables[ArticleRow.__tablename__]
_EVENTS = EventRow.metadata.tables[EventRow.__tablename__]
_EVENT_SOURCES = EventSourceRow.metadata.tables[EventSourceRow.__tablename__]
# The members of the stories an article joins; one statement kept (composing it cost more than running it)
_MEMBERS_OF = select(ArticleRow).where(ArticleRow.story_id.in_(bindparam("stories", expanding=True)))
_SET_STORY = update(_ARTICLES).where(_ARTICLES.c.id == bindparam("member")).values(story_id=bindparam("story"))


def _set_story(s: Session, members: list[ArticleRow], story_id: str) -> None:
    """Put these articles in the story: the UPDATE the ORM's flush would send (one row a member), sent as a Core
    statement, and the rows told it is stored. An ORM flush of one changed column cost several times the
    statement, and every new article changes its story."""
    if not members:
        return
    driver.execute(s, _SET_STORY, [{"member": a.id, "story": story_id} for a in members])
    for a in members:
        set_committed_value(a, "story_id", story_id)


def _rare_terms(s: Session, terms: list[str], span: str, params: dict, common: int = COMMON) -> list[str]:
    """The terms on at most COMMON articles within `span` (SQL on article_terms, with `params`), else the RAREST
    few: a word every article of the week carries finds nothing a rarer shared word would not, at a cost that
    grows with the store."""
    return _rarest(_term_counts(s, terms, (span,), params, common)[0], common)


def _rarest(counts: list[tuple[str, int]], common: int) -> list[str]:
    rare = [t for t, n in counts if n <= common]
    return rare if len(rare) >= RAREST else [t for t, _ in sorted(counts, key=lambda tn: (tn[1], tn[0]))[:RAREST]]


def _term_counts(s: Session, terms: list[str], spans: tuple[str, ...], params: dict, common: int) -> list[list[tuple[str, int]]]:
    """For each span, each term's count of articles within it, stopping at `common` + 1: every term and span counted
    in one statement, the terms bound as one value."""
    if not terms:
        return [[] for _ in spans]
    dialect = s.get_bind().dialect.name
    bound = terms if dialect == "postgresql" else json.dumps(terms, ensure_ascii=False)
    dated = tuple(sorted(name for name, value in params.items() if isinstance(value, datetime)))
    found = {row[0]: row[1:] for row in driver.execute(s, _count_statement(spans, common, dialect, dated),
                                                          {**params, "terms": bound})}
    return [[(t, found[t][j]) for t in terms] for j in range(len(spans))]


@lru_cache(maxsize=64)
def _count_statement(spans: tuple[str, ...], common: int, dialect: str, dated: tuple[str, ...]) -> TextClause:
    """Plain SQL, made once per shape: a row per term (the terms one array, or on SQLite one JSON list), with a count
    per span, each stopping at `common` + 1. One statement of the same text whatever the number of terms, so
    PostgreSQL does not plan a union of a subquery per term and span for every article (20 ms an article).

    The `dated` parameters are bound as `article_terms.published_at` stores dates: a datetime bound raw reaches
    SQLite as text without microseconds, which sorts before the same instant stored (`... 10:00:00.000000`)."""
    terms = "unnest(CAST(:terms AS TEXT[])) AS t(term)" if dialect == "postgresql" else \
        "(SELECT value AS term FROM json_each(:terms)) AS t"
    counts = ", ".join(f"(SELECT count(*) FROM (SELECT 1 FROM article_terms WHERE term = t.term AND {span} "
                       f"LIMIT {common + 1}) AS x{j}) AS n{j}" for j, span in enumerate(spans))
    return text(f"SELECT t.term, {counts} FROM {terms}").bindparams(
        *(bindparam(name, type_=ArticleTermRow.published_at.type) for name in dated))


CANDIDATE_COLUMNS = (ArticleRow.id, ArticleRow.story_id, ArticleRow.profile, ArticleRow.published_at,
                     ArticleRow.published_origin, ArticleRow.copy_of)


def _candidates(s: Session, article: ArticleRow, mine: Profile) -> list:
    """The stored articles the new one could match, as plain columns (not ORM objects).

    A dated article: those within the time window, or undated, that share the most key terms with it, found
    through `article_terms`, so the cost does not grow with the store. An undated one (rare) may match any
    date: the most recently ingested CANDIDATE_LIMIT, as before."""
    if mine.published is None:
        q = select(*CANDIDATE_COLUMNS).where(ArticleRow.id != article.id, ArticleRow.story_id.is_not(None))
        return list(s.execute(q.order_by(ArticleRow.ingested_at.desc()).limit(CANDIDATE_LIMIT)))
    terms = sorted(key_terms(mine.words, mine.entities))
    if not terms:
        return []
    lo, hi = mine.published - WINDOW, mine.published + WINDOW
    # The article's own terms are stored, dated within the window: a term counted once there is its alone.
    spans = (("published_at BETWEEN :lo AND :hi", 1), ("published_at IS NULL", 0))
    counted = _term_counts(s, terms, tuple(span for span, _ in spans), {"lo": lo, "hi": hi}, COMMON)
    asked: list[bool] = []
    params: dict = {"me": article.id, "lo": lo, "hi": hi}
    for k, ((_, own), counts) in enumerate(zip(spans, counted)):
        rare = _rarest(counts, COMMON)
        # no other article in the span has any of them: nothing to ask for
        asked.append(not all(n <= own for t, n in counts if t in rare))
        params[f"rare{k}"] = rare
    if not any(asked):
        return []
    return driver.execute(s, _candidate_rows(*asked), params)


def _sharing_most(span: ColumnElement[bool], rare: str) -> Select:
    """The TERM_CANDIDATES articles other than `me` that share the most of the `rare` terms within `span`."""
    return (select(ArticleTermRow.article_id).where(ArticleTermRow.term.in_(bindparam(rare, expanding=True)), span,
                                                    ArticleTermRow.article_id != bindparam("me"))
            .group_by(ArticleTermRow.article_id).order_by(func.count().desc(), ArticleTermRow.article_id).limit(TERM_CANDIDATES))


@lru_cache(maxsize=4)
def _candidate_rows(dated: bool, undated: bool) -> Select:
    """The grouped articles among those sharing the most rare terms (`rare0`) dated within `lo`..`hi` and/or (`rare1`)
    undated, by id: one statement, the candidates' ids found inside it. Built once: building the expression cost
    more than running it."""
    found = ([ArticleRow.id.in_(_sharing_most(ArticleTermRow.published_at.between(bindparam("lo"), bindparam("hi")),
                                              "rare0"))] if dated else []) + \
            ([ArticleRow.id.in_(_sharing_most(ArticleTermRow.published_at.is_(None), "rare1"))]
             if undated else [])
    return select(*CANDIDATE_COLUMNS).where(or_(*found), ArticleRow.story_id.is_not(None)).order_by(ArticleRow.id)


def join_as_copy(s: Session, article: ArticleRow, original: ArticleRow, now: datetime) -> StoryRow:
    """Another outlet running a member's text, near-identical: it is credited wherever that member is (the
    story's size, the bullets' carriers) without re-ranking the story, and leaves the term index to its
    member, so a story's upkeep stays the same however many copies it gathers."""
    story = s.get_one(StoryRow, original.story_id)   # candidates and what they copy are members of a story
    article.story_id, article.copy_of = story.id, original.id
    if article.published_origin in (None, "inferred") and story.published_at is not None:
        article.published_at, article.published_origin, article.published_precision = story.published_at, "inferred", "day"
    s.query(ArticleTermRow).filter(ArticleTermRow.article_id == article.id).delete()
    story.size += 1
    story.updated_at = utc_naive(now)
    bullets = [row for row in story.bullets if original.id in row.article_ids.split()]
    if bullets:
        copies = set(s.scalars(select(ArticleRow.id).where(ArticleRow.copy_of == original.id)))
        for row in bullets:
            row.article_ids = " ".join(credit_copy(row.article_ids.split(), original.id, article.id, copies))
    s.flush()
    return story


def credit_copy(ids: list[str], original: str, copy: str, copies: set[str]) -> list[str]:
    """A bullet's carriers with `copy` credited where `refresh_story` puts it: after its original, among the
    original's other `copies` in id order. So a story's bullets read the same whatever order its members and
    their copies arrived in (and whether a batch refreshed the story once or at every article)."""
    at = ids.index(original) + 1
    end = at
    while end < len(ids) and ids[end] in copies:
        end += 1
    return ids[:at] + sorted(set(ids[at:end]) | {copy}) + ids[end:]


def _absorb(s: Session, old: StoryRow, into: StoryRow) -> None:
    for ev in s.scalars(select(EventRow).where(EventRow.story_id == old.id)):
        ev.story_id = into.id
    for link in s.scalars(select(StoryLinkRow).where(or_(StoryLinkRow.story_id == old.id, StoryLinkRow.earlier_id == old.id))):
        s.delete(link)
    for a in s.scalars(select(ArticleRow).where(ArticleRow.story_id == old.id)):
        a.story_id = into.id
    s.flush()
    s.delete(old)
    s.flush()


def refresh_story(s: Session, story: StoryRow, now: datetime, members: list[ArticleRow] | None = None,
                  read: StoryReads | None = None) -> None:
    """Recompute what a story shows: date, inferred member dates, title and bullets. Copies of members
    (join_as_copy) are counted and credited where their member is, not re-read. `members`: see `refresh_dates`;
    `read`: its members, copies and bullets as `read_stories` read them with other stories' (then not read again)."""
    members = refresh_dates(s, story, read.members if read is not None else members)
    copies: dict[str, list[str]] = {}
    for copy_id, original_id in (read.copies if read is not None else driver.execute(s, _COPIES, {"story": story.id})):
        if original_id is not None:   # always, by the query; the check tells the types
            copies.setdefault(original_id, []).append(copy_id)
    merged = _merge_profiles(sorted(members, key=lambda r: r.id))
    assign_changed(story, size=len(members) + sum(map(len, copies.values())), updated_at=utc_naive(now),
                   profile=profile_text(merged), title=_story_title(members, merged))
    chosen = [(text, [c for i in ids for c in [i] + copies.get(i, [])])
              for text, ids in choose_story_bullets(_member_sentences(members), story_bullet_count(len(members)))]
    _write_story_bullets(s, story, [(bullet, " ".join(ids)) for bullet, ids in chosen],
                         read.bullets if read is not None else None)


def _write_story_bullets(s: Session, story: StoryRow, chosen: list[tuple[str, str]], rows: list | None = None) -> None:
    """The story's bullets made `chosen` (text, carriers) in rank order, by plain statements (no ORM object): rows
    are updated in place, as a story grows one article at a time and its bullets mostly stay the same; rows beyond
    deleted, new ones inserted in one statement. Objects of them the session holds are told (`join_as_copy` reads
    a story's bullets as objects). `rows`: its bullets' rows (id, rank, text, carriers, by rank), when read already."""
    if rows is None:
        rows = driver.execute(s, _BULLETS_OF, {"story": story.id})
    changed: list[dict] = [{"row": row.id, "rank": i, "text": text, "article_ids": ids} for i, ((text, ids), row) in
               enumerate(zip(chosen, rows)) if (row.rank, row.text, row.article_ids) != (i, text, ids)]
    gone: list[dict] = [{"row": row.id} for row in rows[len(chosen):]]
    added = [{"story_id": story.id, "rank": i, "text": text, "article_ids": ids}
             for i, (text, ids) in enumerate(chosen) if i >= len(rows)]
    for statement, values in ((_UPDATE_STORY_BULLET, changed), (_DELETE_STORY_BULLET, gone), (_INSERT_STORY_BULLETS, added)):
        if values:
            driver.execute(s, statement, values)
    if not (changed or gone or added):
        return
    s.expire(story, ["bullets"])
    for entry in changed + gone:
        if (held := s.identity_map.get(s.identity_key(StoryBulletRow, entry["row"]))) is not None:
            s.expunge(held)


# Statements ingest runs for every story it touches, kept: composing one anew costs more than running it
_ORIGINALS_OF = select(ArticleRow).where(ArticleRow.story_id == bindparam("story"), ArticleRow.copy_of.is_(None))
_LINKS = StoryLinkRow.metadata.tables[StoryLinkRow.__tablename__]
_DELETE_LINKS = delete(_LINKS).where(or_(_LINKS.c.story_id == bindparam("story"), _LINKS.c.earlier_id == bindparam("story")))
_INSERT_LINKS = insert(_LINKS)
_STORY_BULLETS = StoryBulletRow.metadata.tables[StoryBulletRow.__tablename__]
_BULLETS_OF = select(_STORY_BULLETS.c.id, _STORY_BULLETS.c.rank, _STORY_BULLETS.c.text, _STORY_BULLETS.c.article_ids).where(
    _STORY_BULLETS.c.story_id == bindparam("story")).order_by(_STORY_BULLETS.c.rank)
_UPDATE_STORY_BULLET = update(_STORY_BULLETS).where(_STORY_BULLETS.c.id == bindparam("row")).values(
    rank=bindparam("rank"), text=bindparam("text"), article_ids=bindparam("article_ids"))
_DELETE_STORY_BULLET = delete(_STORY_BULLETS).where(_STORY_BULLETS.c.id == bindparam("row"))
_COPIES = select(_ARTICLES.c.id, _ARTICLES.c.copy_of).where(_ARTICLES.c.story_id == bindparam("story"),
                                                          _ARTICLES.c.copy_of.is_not(None)).order_by(_ARTICLES.c.id)
# ... and for several stories at once (a batch's end): each read once for all the stories it touched
_STORIES_IN = select(StoryRow).where(StoryRow.id.in_(bindparam("stories", expanding=True)))
_ORIGINALS_IN = select(ArticleRow).where(ArticleRow.story_id.in_(bindparam("stories", expanding=True)),
                                         ArticleRow.copy_of.is_(None))
_COPIES_IN = select(_ARTICLES.c.story_id, _ARTICLES.c.id, _ARTICLES.c.copy_of).where(
    _ARTICLES.c.story_id.in_(bindparam("stories", expanding=True)), _ARTICLES.c.copy_of.is_not(None)).order_by(
    _ARTICLES.c.story_id, _ARTICLES.c.id)
_BULLETS_IN = select(_STORY_BULLETS.c.story_id, _STORY_BULLETS.c.id, _STORY_BULLETS.c.rank, _STORY_BULLETS.c.text,
                     _STORY_BULLETS.c.article_ids).where(_STORY_BULLETS.c.story_id.in_(bindparam("stories", expanding=True))
                                                         ).order_by(_STORY_BULLETS.c.story_id, _STORY_BULLETS.c.rank)
READ_CHUNK = 500   # ids bound in one statement


class StoryReads(NamedTuple):
    """What a story's refresh reads of the store: its members (copies left out, as objects: their dates may be
    assigned), its copies (copy id, original id, by id) and its bullets' rows (id, rank, text, carriers, by rank)."""
    members: list[ArticleRow]
    copies: list[tuple[str, str]]
    bullets: list


def read_stories(s: Session, story_ids: list[str]) -> list[tuple[StoryRow, StoryReads]]:
    """The stories (those still stored, in the order given) with what each one's refresh reads, read together: four
    statements for any number of stories instead of four a story. A story's refresh changes only its own rows and
    its own members', so what is read for the others before it is what each would read when its turn came."""
    stories: dict[str, StoryRow] = {}
    members: dict[str, list[ArticleRow]] = {i: [] for i in story_ids}
    copies: dict[str, list[tuple[str, str]]] = {i: [] for i in story_ids}
    bullets: dict[str, list] = {i: [] for i in story_ids}
    for start in range(0, len(story_ids), READ_CHUNK):
        chunk = {"stories": story_ids[start:start + READ_CHUNK]}
        stories.update((story.id, story) for story in s.scalars(_STORIES_IN, chunk))
        for member in s.scalars(_ORIGINALS_IN, chunk):
            if member.story_id is not None:   # always, by the query; the check tells the types
                members[member.story_id].append(member)
        for story_id, copy_id, original_id in driver.execute(s, _COPIES_IN, chunk):
            copies[story_id].append((copy_id, original_id))
        for story_id, *row in driver.execute(s, _BULLETS_IN, chunk):
            bullets[story_id].append(_BulletRow(*row))
    return [(stories[i], StoryReads(members[i], copies[i], bullets[i])) for i in story_ids if i in stories]


class _BulletRow(NamedTuple):
    id: int
    rank: int
    text: str
    article_ids: str


def refresh_dates(s: Session, story: StoryRow, members: list[ArticleRow] | None = None) -> list[ArticleRow]:
    """The story's date (its earliest member's own) and the dates its undated members take from it; returns
    its members (copies left out): those given, when the caller has them, else read."""
    if members is None:
        members = list(s.scalars(_ORIGINALS_OF, {"story": story.id}))
    assign_changed(story, published_at=_story_date(members))
    for a in members:
        if a.published_origin in (None, "inferred"):
            # An undated article takes its story's date, marked as inferred; alone, it stays unknown.
            assign_changed(a, published_at=story.published_at, published_origin="inferred" if story.published_at else None,
                           published_precision="day" if story.published_at else None)
    return members


def assign_changed(row: ArticleRow | StoryRow, **values: object) -> None:
    """Set the row's attributes that these values change. The flush writes only changed columns either way, but an
    attribute assigned its own value still marks the row changed, and the session's next statement then runs a
    flush for nothing: a story's date is assigned at every article (the flushes cost more than their statements)."""
    loaded = row.__dict__
    for key, value in values.items():
        if key not in loaded or loaded[key] != value:
            setattr(row, key, value)


def _story_date(members: list[ArticleRow]) -> datetime | None:
    """A story's date: its earliest member's own (members dated by their story left out)."""
    known = [a.published_at for a in members if a.published_at and a.published_origin != "inferred"]
    return min(known) if known else None


def _member_sentences(members: list[ArticleRow]) -> list[MemberSentence]:
    return [m for a in sorted(members, key=lambda r: r.id) for m in _scored_sentences(a)]


K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(dict[K, V]):
    """A dict that forgets its oldest entry once full (dicts keep insertion order): per-process memory of
    derived values whose key holds everything they depend on, so a stale entry is never read, only evicted."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def remember(self, key: K, value: V) -> V:
        if len(self) >= self.size:
            self.pop(next(iter(self)))
        self[key] = value
        return value


# A story is refreshed each time an article joins it; its older members' scored sentences are kept rather
# than reloaded and rescored. The key holds everything the scores depend on, so an edited article misses.
_SCORED_CACHE: BoundedCache[tuple, tuple[MemberSentence, ...]] = BoundedCache(4000)


def _scored_sentences(a: ArticleRow) -> tuple[MemberSentence, ...]:
    hit = _SCORED_CACHE.get(_scored_key(a))
    return hit if hit is not None else _score_member(a, a.sentences)


def _scored_key(a: ArticleRow) -> tuple:
    return a.id, a.content_hash, a.title, a.title_origin, a.outlet


def remember_scores(a: ArticleRow, sentences: Iterable[StoredSentence], scored: Sequence[float] | None = None) -> None:
    """Score a new article's sentences from its analysis (rows with idx, text, words as stored, final, role),
    so refreshing its story does not read back the rows ingest just wrote. `scored`: the scores the analysis gave
    these very sentences when it chose the article's bullets (all of them body sentences, their words as stored),
    which are what scoring them here would give."""
    _score_member(a, sentences, scored)


def _score_member(a: ArticleRow, sentences: Iterable[StoredSentence],
                  scored: Sequence[float] | None = None) -> tuple[MemberSentence, ...]:
    body = [x for x in sentences if x.role == "body"]
    cands = [Candidate(x.idx, x.text, tuple(x.words.split()), is_bullet_worthy(x.text, x.final, x.role), x.role) for x in body]
    scores = scored if scored is not None and len(scored) == len(cands) else \
        score_sentences(cands, content_words(a.title) if a.title_origin != "sentence" else ())
    top = set(sorted((i for i, c in enumerate(cands) if c.eligible), key=lambda i: -scores[i])[:8])
    lead = next((i for i, c in enumerate(cands) if c.eligible), None)
    return _SCORED_CACHE.remember(_scored_key(a), tuple(MemberSentence(a.id, a.outlet, trim_bullet(c.text), c.words, scores[i],
                                                                      i in top, i == lead) for i, c in enumerate(cands)))


def _story_title(members: list[ArticleRow], merged: Profile) -> str:
    """The headline of the member with most outlets' words in it; a sentence only if no member has one."""
    headed = [a for a in members if a.title_origin in ("text", "sidecar")]
    if not headed:
        return min(members, key=lambda a: a.id).title
    pooled = merged.words
    return max(sorted(headed, key=lambda a: a.id), key=lambda a: sum(pooled[w] for w in set(content_words(a.title)))).title


# ---- links to earlier chapters -----------------------------------------------------------------------------

def link_related(s: Session, story: StoryRow, read: LinkReads | None = None) -> None:
    """Link the story to earlier chapters of its thread, and later stories to it (order-independent).

    Weak overlap alone links too much (every OpenAI story mentions Korea and AI), so a link also needs the
    later story to point back: a past event of it falls in the earlier story's month, or overlap is strong.
    `read`: what finding its candidates reads that does not depend on the story, read once for several.
    """
    driver.execute(s, _DELETE_LINKS, {"story": story.id})   # no link is ever read as an object on ingest
    published = story.published_at
    if published is None:
        return
    others = _linkable(s, story, published, read)
    if not others:   # nothing to compare with: its own profile is not read
        return
    # the candidates' profiles came with them, and the story's is the one its refresh just wrote: only a story
    # stored before profiles were is merged from its members
    profiles = {o.id: Profile(o.id, None, *parse_profile(o.profile)) for o in others if o.profile}
    if story.profile:
        profiles[story.id] = Profile(story.id, None, *parse_profile(story.profile))
    missing = [i for i in [story.id] + [o.id for o in others] if i not in profiles]
    if missing:
        profiles.update(_story_profiles(s, missing))
    mine = profiles[story.id]
    links = []
    for other in others:
        later, earlier = (story, other) if published > other.published_at else (other, story)
        score = similarity(mine, profiles[other.id])
        if score >= RELATED and (score >= 0.35 or _points_back(s, later.id, min(published, other.published_at),
                                                               profiles[earlier.id])):   # the earlier one's date
            links.append({"story_id": later.id, "earlier_id": earlier.id, "score": round(score, 3)})
    if links:   # the rows the flush of new objects inserted, in the same order, as one statement
        driver.execute(s, _INSERT_LINKS, links)


def _linkable(s: Session, story: StoryRow, published: datetime, read: LinkReads | None = None) -> list:
    """Stories outside the story's time window (it is `published`), among the CANDIDATE_LIMIT latest reported,
    that share the most key terms with it (found through `article_terms`): the only ones a link can join it to."""
    cutoff = _cutoff(read.latest if read is not None else _latest_reported(s), published)
    terms = read.terms[story.id] if read is not None and story.id in read.terms else _link_terms(story)
    if not terms:
        return []
    if read is not None and (counted := read.counts.get(cutoff)) is not None:
        rare = _rarest([(t, counted[t]) for t in terms], LINK_COMMON)
    else:
        span_sql, params = _link_span(cutoff)
        rare = _rare_terms(s, terms, span_sql, params, common=LINK_COMMON)
    bounds = {"rare": rare, "me": story.id, "cutoff": cutoff, "lo": published - WINDOW, "hi": published + WINDOW}
    return driver.execute(s, _linkable_rows(cutoff is not None), bounds)


@lru_cache(maxsize=2)
def _linkable_ids(after_cutoff: bool) -> Select:
    """The LINK_CANDIDATES stories other than `me` sharing the most `rare` terms dated outside `lo`..`hi` (and from
    `cutoff` on, when there is one). Built once: building the expression cost more than running it."""
    span = ArticleTermRow.published_at >= bindparam("cutoff", type_=ArticleTermRow.published_at.type) if after_cutoff \
        else ArticleTermRow.published_at.is_not(None)
    return (select(ArticleRow.story_id).join(ArticleTermRow, ArticleTermRow.article_id == ArticleRow.id)
            .where(ArticleTermRow.term.in_(bindparam("rare", expanding=True)), span, ArticleRow.story_id != bindparam("me"),
                   or_(ArticleTermRow.published_at < bindparam("lo", type_=ArticleTermRow.published_at.type),
                       ArticleTermRow.published_at > bindparam("hi", type_=ArticleTermRow.published_at.type)))
            .group_by(ArticleRow.story_id).order_by(func.count().desc(), ArticleRow.story_id).limit(LINK_CANDIDATES))


@lru_cache(maxsize=2)
def _linkable_rows(after_cutoff: bool) -> Select:
    """Of the stories `_linkable_ids` finds (inside the statement: one round trip), those dated outside the window
    `lo`..`hi` (and from `cutoff` on), with their profiles: the window is left out in SQL, so a story that cannot be
    linked is not read."""
    where: list[ColumnElement[bool]] = [StoryRow.id.in_(_linkable_ids(after_cutoff)), StoryRow.published_at.is_not(None),
                                        or_(StoryRow.published_at < bindparam("lo", type_=StoryRow.published_at.type),
                                            StoryRow.published_at > bindparam("hi", type_=StoryRow.published_at.type))]
    if after_cutoff:
        where.append(StoryRow.published_at >= bindparam("cutoff", type_=StoryRow.published_at.type))
    return select(StoryRow.id, StoryRow.published_at, StoryRow.profile).where(*where).order_by(StoryRow.id)


_STORIES = StoryRow.metadata.tables[StoryRow.__tablename__]
_LATEST_REPORTED = (select(_STORIES.c.published_at).where(_STORIES.c.published_at.is_not(None))
                    .order_by(_STORIES.c.published_at.desc()).offset(bindparam("skip", type_=Integer)).limit(2))


def _link_terms(story: StoryRow) -> list[str]:
    words, entities = parse_profile(story.profile) if story.profile else (Counter(), frozenset())
    return sorted(key_terms(words, entities))


def _link_span(cutoff: datetime | None) -> tuple[str, dict]:
    return ("published_at >= :cutoff", {"cutoff": cutoff}) if cutoff is not None else ("published_at IS NOT NULL", {})


class LinkReads(NamedTuple):
    """What linking reads that is the same for every story of a batch's end (links written do not change it): the
    latest reported stories' dates past CANDIDATE_LIMIT (`_latest_reported`) and, by the cutoff a story's date
    gives, each of the stories' key terms' count of articles from it (to LINK_COMMON + 1); each story's key terms,
    decoded from its profile once."""
    latest: list[datetime]
    counts: dict[datetime | None, dict[str, int]]
    terms: dict[str, list[str]]


def read_for_links(s: Session, stories: list[StoryRow]) -> LinkReads:
    """`LinkReads` for these stories (refreshed: their dates and profiles current): one statement for the dates,
    one a cutoff for every story's terms, instead of both for each story."""
    latest = _latest_reported(s)
    terms: dict[datetime | None, set[str]] = {}
    own: dict[str, list[str]] = {}
    for story in stories:
        if story.published_at is not None:
            own[story.id] = _link_terms(story)
            terms.setdefault(_cutoff(latest, story.published_at), set()).update(own[story.id])
    counts: dict[datetime | None, dict[str, int]] = {}
    for cutoff, words in terms.items():
        if words:
            span_sql, params = _link_span(cutoff)
            counts[cutoff] = dict(_term_counts(s, sorted(words), (span_sql,), params, LINK_COMMON)[0])
    return LinkReads(latest, counts, own)


def _latest_reported(s: Session) -> list[datetime]:
    """The dates of the CANDIDATE_LIMIT-th and next latest reported stories (fewer when there are fewer), read from
    the date index alone."""
    return [d for d in driver.scalars(s, _LATEST_REPORTED, {"skip": CANDIDATE_LIMIT - 1})
            if d is not None]   # none is, by the query; the comparison in `_cutoff` needs to know


def _cutoff(dates: list[datetime], published: datetime) -> datetime | None:
    """The date of the CANDIDATE_LIMIT-th latest reported story other than the one dated `published` (None when
    fewer), of `dates` (`_latest_reported`): without visiting each story's row to leave that one out. Leaving out
    one story dated `published` shifts the answer by one exactly when `published` is at or after the limit's date,
    whichever of equally dated stories it is."""
    if not dates:
        return None
    if published >= dates[0]:
        return dates[1] if len(dates) > 1 else None
    return dates[0]


_MERGED_CACHE: BoundedCache[tuple, Profile] = BoundedCache(4000)


def _story_profiles(s: Session, story_ids: list[str]) -> dict[str, Profile]:
    """Each story's merged member profile: the one stored with it (kept as articles join), else merged from
    its members now (a story stored before profiles were)."""
    out: dict[str, Profile] = {}
    missing: list[str] = []
    for chunk in range(0, len(story_ids), 500):
        for sid, profile in s.execute(select(StoryRow.id, StoryRow.profile).where(StoryRow.id.in_(story_ids[chunk:chunk + 500]))):
            if profile:
                words, entities = parse_profile(profile)
                out[sid] = Profile(sid, None, words, entities)
            else:
                missing.append(sid)
    rows: dict[str, list] = {sid: [] for sid in missing}
    for chunk in range(0, len(missing), 500):
        q = select(ArticleRow.story_id, ArticleRow.id, ArticleRow.content_hash, ArticleRow.profile,
                   ArticleRow.published_at, ArticleRow.published_origin).where(
            ArticleRow.story_id.in_(missing[chunk:chunk + 500]))
        for r in s.execute(q):
            rows[r.story_id].append(r)
    for sid, members in rows.items():
        key = tuple(sorted((r.id, r.content_hash) for r in members))
        merged = _MERGED_CACHE.get(key)
        if merged is None:
            merged = _MERGED_CACHE.remember(key, _merge_profiles(sorted(members, key=lambda r: r.id)) if members
                                            else Profile(sid, None, Counter(), frozenset()))
        out[sid] = merged
    for sid in story_ids:
        out.setdefault(sid, Profile(sid, None, Counter(), frozenset()))
    return out


def _points_back(s: Session, later_id: str, earlier_published: datetime, earlier_profile: Profile) -> bool:
    when = as_utc(earlier_published).astimezone(KST).date()
    words = earlier_profile.words
    for start, end, ev_words in driver.execute(s, _PAST_EVENTS_OF, {"story": later_id}):
        if start and start.date() <= when <= (end or start).date() and set(ev_words.split()) & set(words):
            return True
    return False


# Plain columns: events' columns change only through their objects (flushed before), so the rows read are current
_PAST_EVENTS_OF = select(_EVENTS.c.start, _EVENTS.c.end, _EVENTS.c.words).where(
    _EVENTS.c.story_id == bindparam("story"), _EVENTS.c.kind == "past")


def backfill_terms_and_profiles(conn: Connection) -> None:
    """Key terms of every stored article and merged profiles of every story, from stored profiles (migration
    0005; no Kiwi)."""
    conn.execute(delete(ArticleTermRow))
    members: dict[str, list] = {}
    batch: list[dict] = []
    for row in conn.execute(select(ArticleRow.id, ArticleRow.story_id, ArticleRow.profile, ArticleRow.published_at,
                                   ArticleRow.published_origin).order_by(ArticleRow.id)):
        words, entities = parse_profile(row.profile or "{}")
        batch += [{"article_id": row.id, "term": t, "published_at": own_date(row)} for t in sorted(key_terms(words, entities))]
        if row.story_id:
            members.setdefault(row.story_id, []).append(row)
        if len(batch) >= 5000:
            conn.execute(insert(ArticleTermRow), batch)
            batch = []
    if batch:
        conn.execute(insert(ArticleTermRow), batch)
    for sid, rows in members.items():
        conn.execute(update(StoryRow).where(StoryRow.id == sid),
                     {"profile": profile_text(_merge_profiles(rows))})


# ---- events ---------------------------------------------------------------------------------------------

@overload
def _day(d: date) -> datetime: ...
@overload
def _day(d: None) -> None: ...
@overload
def _day(d: date | None) -> datetime | None: ...
def _day(d: date | None) -> datetime | None:
    return datetime.combine(d, time()) if d else None


def article_events(article: ArticleRow, found: list[FoundEvent] | None) -> list[FoundEvent]:
    """Events of an article; an article whose date was inferred from its story is read with that date."""
    if found:
        return found
    if article.published_at is None or article.published_origin != "inferred":
        return []
    return extract_events(body_paragraphs(article.sentences), as_utc(article.published_at))


def record_events(s: Session, article: ArticleRow, found: list[FoundEvent], now: datetime) -> None:
    """Merge an article's events into the calendar; past-tense reports close the plans they match.

    Written at the end (new events in one flush, sources as one multi-row insert, not a flush an event): the events
    this call creates are matched from memory, after the stored ones, as the database would have listed them had
    each been flushed when made. A stored event retitled here is flushed at once: merging reads titles in SQL."""
    created: dict[str, EventRow] = {}
    cited: list[tuple[HasId, dict]] = []   # the source rows this article adds, in order, with their events
    retitled: dict[str, str] = {}          # stored events this article retitled: their new words
    reports = [(days, ev.words) for ev in found if (days := _reported_days(article, ev)) is not None]
    nearby = _plans_near(s, sorted({days for days, _ in reports}), {w for _, words in reports for w in words})
    same_period_rows = _events_on_days(s, found)
    deleted = {row.id for row in s.deleted if isinstance(row, EventRow)}
    with s.no_autoflush:
        for ev in found:
            if ev.on_publication_day:
                _confirm_plans(s, article, ev, created, cited, nearby, retitled)
                continue
            if ev.reports_past and _confirm_plans(s, article, ev, created, cited, nearby, retitled):
                continue
            start = _day(ev.start)
            stored: Iterator[StoredEvent | EventRow] = (
                row for row in same_period_rows.get((start, ev.precision), ()) if row.id not in deleted)
            new = (row for row in created.values() if row.start == start and row.precision == ev.precision)
            row: StoredEvent | EventRow | None = next((
                row for row in chain(stored, new)
                if same_event(tuple(row.words.split()), row.start.date() if row.start else None, row.precision,
                              ev.words, ev.start, ev.precision)
                # the article's own events were told apart when it was read (`기아 봉고3 시정조치`, `르노 XM3 등
                # 시정조치`): one of them already recorded is another happening
                and not _cites(cited, row.id) and not any(src.article_id == article.id for src in row.sources)), None)
            if row is None:   # a new event has no sources yet: say so, rather than have the first append ask the database
                row = EventRow(id=_event_id(ev, article), title=ev.title, words=" ".join(ev.words), start=start,
                               end=_day(ev.end), precision=ev.precision, part_of_day=ev.part_of_day, kind=ev.kind,
                               story_id=article.story_id, created_at=utc_naive(now), sources=[])
                s.add(row)
                created[row.id] = row
            elif isinstance(row, EventRow):   # one this article created: inserted at the end as it is then
                if ev.part_of_day and not row.part_of_day:
                    row.part_of_day = ev.part_of_day
                if all(article.id < src.article_id for src in row.sources):
                    row.title, row.words = ev.title, " ".join(ev.words)
            else:
                changes = {"part_of_day": ev.part_of_day} if ev.part_of_day and not row.part_of_day else {}
                if all(article.id < src.article_id for src in row.sources):   # the same title whatever the arrival order
                    words = " ".join(ev.words)
                    changes.update({k: v for k, v in (("title", ev.title), ("words", words)) if getattr(row, k) != v})
                    retitled[row.id] = words
                    if nearby is not None and row.kind == "planned" and all(row.id != p[0] for p in nearby):
                        # its new words may share one with a report now: the window test decides, as unfiltered
                        nearby.append((row.id, words, row.start, row.end, row.precision))
                if changes:   # written now: merging reads titles in SQL
                    _update_event(s, row, changes)
            # a match is one this article does not cite yet (above), a new event cites nothing yet
            cited.append((row, {"event_id": row.id, "article_id": article.id, "evidence": ev.evidence,
                                "reported_past": ev.reports_past}))
    insert_rows(s, [row for row in created.values() if row in s.new])
    s.flush()
    _confirm_by_earlier_reports(s, created, cited)
    if cited:
        driver.execute(s, _INSERT_EVENT_SOURCES, [source for _, source in cited])
        if "event_sources" in article.__dict__:   # read again when next asked (a story's held member's may be)
            s.expire(article, ["event_sources"])
        for event_id in {row.id for row, _ in cited}:   # an event's object, if the session has one: read again when asked
            if (held := s.identity_map.get(s.identity_key(EventRow, event_id))) is not None:
                s.expire(held, ["sources"])


class HasId(Protocol):
    @property
    def id(self) -> str: ...


class StoredSource(NamedTuple):
    article_id: str


class StoredEvent:
    """A stored event as merging reads it (plain columns, its sources' articles), not an ORM object: most of an
    article's same-day events are only compared with, and one it changes is written by `_update_event`."""
    __slots__ = ("id", "title", "words", "start", "end", "precision", "part_of_day", "kind", "sources")

    def __init__(self, id: str, title: str, words: str, start: datetime | None, end: datetime | None, precision: str,
                 part_of_day: str | None, kind: str):
        self.id, self.title, self.words, self.start, self.end, self.precision = id, title, words, start, end, precision
        self.part_of_day, self.kind = part_of_day, kind
        self.sources: list[StoredSource] = []


_UPDATE_EVENT: dict[tuple[str, ...], Update] = {}   # by the columns changed, built once


def _update_event(s: Session, row: StoredEvent, changes: dict[str, str]) -> None:
    """Write a stored event's changed columns (the UPDATE the flush of its object sent: only columns whose value
    differs), and tell its object, if the session holds one, that they are stored."""
    keys = tuple(sorted(changes))
    statement = _UPDATE_EVENT.get(keys)
    if statement is None:
        statement = _UPDATE_EVENT[keys] = update(_EVENTS).where(_EVENTS.c.id == bindparam("event")).values(
            {k: bindparam(k) for k in keys})
    driver.execute(s, statement, {"event": row.id, **changes}, flush=False)
    for key, value in changes.items():
        setattr(row, key, value)
    if (held := s.identity_map.get(s.identity_key(EventRow, row.id))) is not None:
        for key, value in changes.items():
            set_committed_value(held, key, value)


def _reported_days(article: ArticleRow, report: FoundEvent) -> tuple[datetime, datetime] | None:
    return _reported_days_at(article.published_at, report)


def _reported_days_at(published: datetime | None, report: FoundEvent) -> tuple[datetime, datetime] | None:
    """The first and last day a dated past-tense report, in an article written on or after its day, can say a plan
    happened on (`events.report_span`: a past month holds all its days), never after the article was written: a
    report dated `이달` before the plan's day says nothing of it. None if it can report nothing."""
    span = report_span(report) if report.reports_past else None
    if span is None or published is None:
        return None
    written = as_utc(published).astimezone(KST).date()
    return (_day(span[0]), _day(min(span[1], written))) if written >= span[0] else None


def _confirm_by_earlier_reports(s: Session, created: dict[str, EventRow], cited: list[tuple[HasId, dict]]) -> None:
    """Plans this article adds that reports stored before it already say happened (an article read after the
    ones reporting on it, as a folder of news is), as if the plan had been read first: the earliest reporting
    article confirms it and each reporting article is cited; a report of the plan's story is the plan told
    afterwards, so its event is folded into the plan, one of another story stays in that story's calendar. One
    statement for all the article's plans, each a range of ix_events_precision_start."""
    plans = sorted((row.id, row, row.start, row.end or row.start) for row in created.values() if row.kind == "planned"
                   and row.start is not None and row.precision != "none" and row.happened_article_id is None)
    if not plans:
        return
    bounds: dict[str, datetime] = {}
    for k, (_, _, start, end) in enumerate(plans):
        bounds.update({f"month{k}": start - timedelta(days=31), f"start{k}": start, f"end{k}": end})
    reports: dict[str, list] = {}
    for i, w, b, e, p, story_id, article_id, published, evidence in driver.execute(
            s, _earlier_reports_statement(len(plans)), bounds):
        if not _cites(cited, i):
            reports.setdefault(i, []).append((w, b, e, p, story_id, article_id, published, evidence))
    for _, plan, start, end in plans:
        for report_id, told in sorted(reports.items()):
            w, b, e, p, story_id = told[0][:5]
            report = FoundEvent("", tuple(w.split()), b.date(), (e or b).date(), p, None, "past", True, False, "")
            says = sorted((as_utc(published), article_id, evidence) for *_, article_id, published, evidence in told
                          if published is not None and (days := _reported_days_at(as_utc(published), report)) is not None
                          and start <= days[1] and end >= days[0])
            if not says or not confirms(report, tuple(plan.words.split()), start.date(), end.date()):
                continue
            plan.happened_article_id = says[0][1]
            if story_id != plan.story_id:   # closed by another story's report, which stays in that story
                cited += [(plan, {"event_id": plan.id, "article_id": article_id, "evidence": evidence,
                                  "reported_past": True}) for _, article_id, evidence in says]
                continue
            s.execute(update(EventSourceRow).where(EventSourceRow.event_id == report_id).values(event_id=plan.id))
            s.execute(delete(EventRow).where(EventRow.id == report_id))
            if (stale := s.identity_map.get(s.identity_key(EventRow, report_id))) is not None:
                s.expunge(stale)
            del reports[report_id]
            break


@lru_cache(maxsize=16)
def _earlier_reports_statement(count: int) -> Select:
    """`_confirm_by_earlier_reports`' statement for `count` plans, built once per count with their days bound
    (building the expression cost more than running it): the past events, with each source's article and date,
    that a plan's days (`start{k}`..`end{k}`, a month before for a day's or a week's) can hold."""
    start = EventRow.start
    near: list[ColumnElement[bool]] = []
    for k in range(count):
        month, first, last = (bindparam(f"{name}{k}", type_=start.type) for name in ("month", "start", "end"))
        near += [and_(EventRow.precision.in_(CONFIRMING_PERIODS), start.between(month, last)),
                 and_(EventRow.precision.in_(_OTHER_PERIODS), start.between(first, last))]
    return (select(EventRow.id, EventRow.words, EventRow.start, EventRow.end, EventRow.precision, EventRow.story_id,
                   EventSourceRow.article_id, ArticleRow.published_at, EventSourceRow.evidence)
            .join(EventSourceRow, EventSourceRow.event_id == EventRow.id).join(ArticleRow, ArticleRow.id == EventSourceRow.article_id)
            .where(EventRow.kind == "past", or_(*near)))


PlanRow = tuple[str, str, datetime | None, datetime | None, str]   # id, words, start, end, precision


def _plans_query(s: Session, spans: list[tuple[datetime, datetime]], words: Iterable[str]) -> tuple[Select, dict]:
    """Plans one of the reports' `spans` (first and last day, sorted) can confirm: a day's or a week's
    starting from a month before the first day to the last, a longer one's from three years before, and not over
    before the first day, exactly as `_confirm_plans` tests each report, so only the plans some report can take
    are read and turned into rows (a month of every day's plans is hundreds at 100,000 stored; the few ending on
    or after the day are what a report looks at). Each precision named, so every branch is a range of
    ix_events_precision_start (NOT IN would read the three years of every precision through ix_events_start).
    Only plans that may share a word with the reports' `words` (`may_share_a_word`, of which a title overlap is
    one): at 100,000 stored a month holds hundreds of plans, nearly all of other happenings, which
    `events.confirms` refused one by one. Plain columns: of the plans read, few match, and only those become ORM
    objects. The statement and the values of its parameters."""
    sharing, values = sharing_a_word(s, words)
    for k, (day, last) in enumerate(spans):
        values.update({f"day{k}": day, f"last{k}": last, f"short{k}": day - timedelta(days=31),
                       f"long{k}": day - timedelta(days=1100)})
    return _plans_sharing_statement(len(spans), sharing), values


@lru_cache(maxsize=32)
def _plans_sharing_statement(count: int, sharing: TextClause) -> Select:
    """`_plans_statement` with the word test, composed once per count and dialect: a statement composed anew is
    walked for its cache key at every execution (a quarter of a millisecond an article), one kept is not."""
    if sharing is _SHARING_SQLITE:
        # SQLite parses a bound JSON list again for every row that reads it, and each of the ~200 plans in the
        # reports' windows at 100,000 stored tests the patterns: here they are read into a table once
        return _plans_statement(count).add_cte(_PATTERNS_TABLE).where(_SHARING_PATTERNS_TABLE)
    return _plans_statement(count).where(sharing)


@lru_cache(maxsize=16)
def _plans_statement(count: int) -> Select:
    """`_plans_query`'s statement for `count` days, built once per count with the days bound: building the
    expression cost more than running it."""
    ends = func.coalesce(EventRow.end, EventRow.start)
    near: list[ColumnElement[bool]] = []
    for k in range(count):
        day, last, short, long = (bindparam(f"{name}{k}", type_=EventRow.start.type)
                                  for name in ("day", "last", "short", "long"))
        near += [and_(EventRow.precision.in_(SHORT_PERIODS), EventRow.start.between(short, last), ends >= day),
                 and_(EventRow.precision.in_(LONG_PERIODS), EventRow.start.between(long, last), ends >= day)]
    return select(EventRow.id, EventRow.words, EventRow.start, EventRow.end, EventRow.precision).where(
        EventRow.kind == "planned", or_(*near))


def _plans_near(s: Session, spans: list[tuple[datetime, datetime]], words: Iterable[str]) -> list[PlanRow] | None:
    """The plans any of an article's reports (on `spans`, sorted, with the reports' `words`) could confirm, read
    in one statement when there are several spans (each report then takes its own from them); None otherwise."""
    if len(spans) < 2:
        return None
    return [(i, w, b, e, p) for i, w, b, e, p in driver.execute(s, *_plans_query(s, spans, words))]


def _confirm_plans(s: Session, article: ArticleRow, report: FoundEvent, created: dict[str, EventRow],
                   cited: list[tuple[HasId, dict]], nearby: list[PlanRow] | None = None,
                   retitled: dict[str, str] | None = None) -> bool:
    """Mark planned events that this past-tense report says happened (stored ones, from `nearby` when the article's
    reports read them together, and those `created` by this article, not yet flushed), each `cited` by the article;
    True if one of its story matched: the report is that plan told afterwards. A plan of another story is closed
    too, and the report stays an event of its own story's calendar, which tells it."""
    days = _reported_days(article, report)
    if days is None:
        return False
    day, last = days
    matched = False
    short, long = day - timedelta(days=31), day - timedelta(days=1100)
    since = {**dict.fromkeys(SHORT_PERIODS, short), **dict.fromkeys(LONG_PERIODS, long)}
    # (inside record_events' no_autoflush: the session's connection, as its execute would, flushes nothing)
    stored = nearby if nearby is not None else [(i, w, b, e, p) for i, w, b, e, p in
                                                driver.execute(s, *_plans_query(s, [days], report.words), flush=False)]
    plans: list[tuple[str, str, datetime | None, datetime | None]] = []
    for i, w, b, e, p in stored:
        if nearby is not None:   # the article's plans read together: this report's window first (a plain test)
            if b is None or p not in since or not since[p] <= b <= last or (e or b) < day:
                continue
            # read before this article's events changed any: the words it gave are current
            w = (retitled or {}).get(i, w)
        plans.append((i, w, b, e))
    plans += [(e.id, e.words, e.start, e.end) for e in created.values()
              if e.kind == "planned" and e.start is not None and e.precision in since
              and since[e.precision] <= e.start <= last and (e.end or e.start) >= day]
    for plan_id, words, start, end in sorted(plans, key=lambda p: p[0]):
        if start is None:   # never: `near` holds only plans that start
            continue
        plan = (created.get(plan_id) or s.get(EventRow, plan_id)) if confirms(report, tuple(words.split()), start.date(),
                                                                               (end or start).date()) else None
        if plan is not None and not _cites(cited, plan.id):
            # a plan already confirmed is cited too: each outlet's report is the plan told afterwards, not an event
            # of its own, whichever of them came first
            plan.happened_article_id = plan.happened_article_id or article.id
            cited.append((plan, {"event_id": plan.id, "article_id": article.id, "evidence": report.evidence,
                                 "reported_past": True}))
            matched = matched or plan.story_id == article.story_id
    return matched


def _events_on_days(s: Session, found: list[FoundEvent]) -> dict[tuple[datetime | None, str], list[StoredEvent]]:
    """The stored events an article's events may merge with, by (start, precision), with their sources: one
    statement for the article rather than one (and a read of sources) an event. Each day's are listed oldest first
    (by when they were made, then id), so the first that matches is the same whatever order the database keeps
    rows in (SQLite listed them in insertion order, PostgreSQL in none); an event of another day, or sharing a word with
    another of the article's events only, fails `same_event` as it would have been left out. A stored event
    retitled while merging was listed (it shared a word before), and the ones the article creates are matched
    from memory."""
    keys = {(_day(ev.start), ev.precision) for ev in found if not ev.on_publication_day}
    if not keys:
        return {}
    sharing, params = sharing_a_word(s, {w for ev in found if not ev.on_publication_day for w in ev.words})
    dated = sorted((start, precision) for start, precision in keys if start is not None)
    undated = sorted(precision for start, precision in keys if start is None)
    for k, (start, precision) in enumerate(dated):
        params[f"start{k}"], params[f"precision{k}"] = start, precision
    for k, precision in enumerate(undated):
        params[f"undated{k}"] = precision
    rows: dict[tuple[datetime | None, str], list[StoredEvent]] = {}
    events: dict[str, StoredEvent] = {}
    for *columns, source in driver.execute(s, _events_on_days_statement(len(dated), len(undated), sharing), params):
        row = events.get(columns[0])
        if row is None:
            row = events[columns[0]] = StoredEvent(*columns)
            rows.setdefault((row.start, row.precision), []).append(row)
        if source is not None:
            row.sources.append(StoredSource(source))
    return rows


@lru_cache(maxsize=64)
def _events_on_days_statement(dated: int, undated: int, sharing: TextClause) -> Select:
    """`_events_on_days`'s statement for `dated` days and `undated` precisions, built once per shape with its values
    bound (building the expression cost more than running it), their sources joined in (one statement, not a
    second one reading them by the events' ids)."""
    start, precision = _EVENTS.c.start, _EVENTS.c.precision
    on_days = [and_(start == bindparam(f"start{k}", type_=start.type), precision == bindparam(f"precision{k}"))
               for k in range(dated)]
    on_days += [and_(start.is_(None), precision == bindparam(f"undated{k}")) for k in range(undated)]
    sources = _EVENT_SOURCES.c
    return (select(_EVENTS.c.id, _EVENTS.c.title, _EVENTS.c.words, _EVENTS.c.start, _EVENTS.c.end, _EVENTS.c.precision, _EVENTS.c.part_of_day,
                   _EVENTS.c.kind, sources.article_id)
            .select_from(_EVENTS.outerjoin(_EVENT_SOURCES, sources.event_id == _EVENTS.c.id)).where(or_(*on_days), sharing)
            .order_by(_EVENTS.c.created_at, _EVENTS.c.id, sources.id))


def _cites(cited: list[tuple[HasId, dict]], event_id: str) -> bool:
    return any(row.id == event_id for row, _ in cited)


def may_share_a_word(words_column: SQLColumnExpression[str], words: Iterable[str]) -> ColumnElement[bool]:
    """SQL true of every stored event whose words (space-separated) can share a word with `words` as titles'
    overlap counts one (`events.title_overlap`: equal, or one the other's abbreviation by its start), and of
    a few more: a stored word starting with one of `words`, or equal to one's start of two or more characters.
    So merging an event reads, of the events on its day, only those it can merge with."""
    padded = literal(" ") + words_column + literal(" ")
    return or_(false(), *(padded.like(p, escape="\\") for p in share_patterns(words)))


def share_patterns(words: Iterable[str]) -> list[str]:
    """The LIKE patterns (escaped by a backslash) of `may_share_a_word`, matched against ' ' + words + ' '."""
    def escaped(part: str) -> str:
        return part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

    patterns = set()
    for word in words:
        patterns.add(f"% {escaped(word)}%")
        patterns.update(f"% {escaped(word[:n])} %" for n in range(2, len(word)))
    return sorted(patterns)


def sharing_a_word(s: Session, words: Iterable[str]) -> tuple[TextClause, dict]:
    """`may_share_a_word` on `events.words` as one clause of the same text for any words, the patterns bound as one
    value (a JSON list on SQLite, an array on PostgreSQL, whose LIKE escapes by a backslash too), and its parameters:
    merging runs it for every event of every article, and building a LIKE a pattern cost more than running it."""
    patterns = share_patterns(words)
    if s.get_bind().dialect.name == "postgresql":
        return _SHARING_PG, {"patterns": patterns}
    return _SHARING_SQLITE, {"patterns": json.dumps(patterns, ensure_ascii=False)}


_SHARING_PG = text("(' ' || events.words || ' ') LIKE ANY (CAST(:patterns AS TEXT[]))")
_SHARING_SQLITE = text("EXISTS (SELECT 1 FROM json_each(:patterns) AS p WHERE ' ' || events.words || ' ' LIKE p.value ESCAPE '\\')")
_PATTERNS_TABLE = text("SELECT value FROM json_each(:patterns)").columns(column("value", String)).cte("share_patterns") \
    .prefix_with("MATERIALIZED")
_SHARING_PATTERNS_TABLE = text("EXISTS (SELECT 1 FROM share_patterns AS p WHERE ' ' || events.words || ' ' LIKE p.value ESCAPE '\\')")


def _event_id(ev: FoundEvent, article: ArticleRow) -> str:
    key = f"{ev.title}|{ev.start}|{ev.precision}|{article.id}"
    return "e" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def event_status(row: EventRow, today: date) -> str:
    """planned -> happened (a later article reported it) or unconfirmed (its period passed unreported)."""
    if row.kind == "past":
        return "past"
    if row.precision == "none" or row.start is None:
        return "happened" if row.happened_article_id else "undated"
    if row.happened_article_id:
        return "happened"
    return "unconfirmed" if (row.end or row.start).date() < today else "planned"


def today_kst(now: datetime) -> date:
    return now.astimezone(KST).date() if now.tzinfo else now.date()

