"""The use cases the CLI and every chat adapter call: ingest, digest, brief, search.

Adapters never touch the store or Kiwi directly; they call these methods and render the view models.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import delete, not_, or_, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from digest.analysis import Analysis, analyse
from digest.errors import NotFound
from digest.linking import (
    article_events,
    assign_story,
    hold_stories,
    link_related,
    profile_json,
    read_for_links,
    read_stories,
    record_events,
    record_terms,
    refresh_story,
    remember_scores,
    today_kst,
)
from digest.policies import Policies
from digest.reading import (
    EventFacts,
    event_order_by,
    event_rows,
    event_views,
    event_views_of,
    first_matching,
    in_chunks,
    latest_first,
    listed_events,
    matching,
    matching_in_order,
    newest_first,
    published_display,
    sort_events,
    story_views,
    upcoming_in_sql,
)
from digest.sources.files import NotAnArticle, SourceText, iter_article_paths, load_sidecar, read_source
from digest.storage import deferred, search
from digest.storage.models import ArticleRow, BulletRow, EventRow, EventSourceRow, SentenceRow, StoryRow, core_insert
from digest.storage.store import Store, duplicate_and_taken, id_starting, insert_rows, utc_naive
from digest.text.korean import content_words
from digest.text.metadata import KST, Published
from digest.views import ArticleView, DigestView, EventListView, EventView, IngestItem, IngestReport, StoryView


class UnknownId(NotFound):
    """No article or story has that id; the message is for the user."""


def stories_matching(s: Session, stories: list, topic: str | None) -> list:
    """The stories (ORM rows with their articles, in the given order) matching the topic: see `reading.matching`."""
    matched = matching(s, {st.id: st.articles for st in stories}, topic)
    return [st for st in stories if st.id in matched]


GROUP = 20   # articles a one-transaction batch stores per transaction: few commits, and never a long-held write lock


class _Group:
    """The transaction a one-transaction batch's articles share, and what was stored in it so far (each article's
    analysis, its text and the report item handed out for it), to store again one by one if it fails."""

    def __init__(self, session: Session):
        self.session = session
        self.pending: list[tuple[Analysis, str, IngestItem]] = []


def _replace(items: list[IngestItem], old: IngestItem, new: IngestItem) -> None:
    """Put `new` where `old` is in a report (by identity: two items may be equal), if it is there yet."""
    for k in range(len(items) - 1, -1, -1):
        if items[k] is old:
            items[k] = new
            return


def wall_clock() -> datetime:
    return datetime.now(timezone.utc)


class NewsService:
    def __init__(self, store: Store, now: Callable[[], datetime] | None = None, policies: Policies | None = None):
        """`now` is the clock (the front end may pin it: demos over old news, reproducible runs); `policies`
        the limits the front end configured."""
        self.store = store
        self._now = now or wall_clock
        self.policies = policies or Policies()
        self._batch = threading.local()    # per thread: the stories a batch ingest touched, refreshed at its end

    def now(self) -> datetime:
        return self._now()

    # ---- ingest -------------------------------------------------------------------------------------

    @contextmanager
    def batch(self, report: IngestReport | None = None) -> Iterator[None]:
        """Ingests inside refresh each story they touch once, when the batch ends (a folder, a feed's poll), rather
        than at every article: a story's title, bullets and links are a function of its members, so refreshing
        it after its last article gives what refreshing it after each would. Its story's dates and an article's
        events are recorded with the article, in arrival order. Until the batch ends, a story it touched may
        show its previous title and bullets.

        Each article is stored in its own transaction; given the `report` its items go into (a folder, a list of
        texts), GROUP articles at a time share one (see `_store_grouped`), which the caller must then not write
        beside (a feed's poll records each entry in a transaction of its own, so it keeps one per article)."""
        if getattr(self._batch, "touched", None) is not None:     # already inside one
            yield
            return
        self._batch.touched = {}
        self._batch.grouped, self._batch.report = report is not None, report
        try:
            yield
            self._commit_group()
        except BaseException:
            try:   # what was stored before the failure is kept, and its stories get their bullets, when the database allows
                self._commit_group()
                touched, self._batch.touched = self._batch.touched, None
                self.refresh_stories(list(touched))
            except Exception:
                logging.getLogger(__name__).exception("an interrupted batch's last articles or stories not saved")
            raise
        finally:
            self._batch.grouped, self._batch.group, self._batch.report = False, None, None
            touched, self._batch.touched = getattr(self._batch, "touched", None), None
        self.refresh_stories(list(touched or {}))

    def refresh_stories(self, story_ids: list[str]) -> None:
        """Bring these stories' title, bullets and size up to date, then their links, in the order given (a
        batch's: each story at its last article, as one-by-one ingest last refreshed it)."""
        if not story_ids:
            return
        now = self.now()
        with self.store.ingest_session() as s, s.begin():
            stories = read_stories(s, story_ids)   # those not merged away, each with the rows its refresh reads
            for story, read in stories:
                refresh_story(s, story, now, read=read)
            links = read_for_links(s, [story for story, _ in stories])
            for story, _ in stories:
                link_related(s, story, links)

    def _touch(self, story_id: str) -> bool:
        """Inside a batch, note the story for its refresh at the end (True); else False."""
        touched = getattr(self._batch, "touched", None)
        if touched is None:
            return False
        touched.pop(story_id, None)     # kept in the order of each story's last article
        touched[story_id] = True
        return True

    def ingest_sources(self, sources: Iterable[SourceText], report: IngestReport | None = None) -> IngestReport:
        """Ingest these texts as one batch (see `batch`) into `report`."""
        report = report if report is not None else IngestReport()
        with self.batch(report):
            for src in sources:
                report.items.append(self.ingest_source(src))
        return report

    def ingest_paths(self, paths: list[Path], report: IngestReport | None = None) -> IngestReport:
        """Ingest files and folders, as one batch, into `report` (a new one by default), which keeps what was done
        so far when the database fails part-way."""
        report = report if report is not None else IngestReport()
        with self.batch(report):
            return self._ingest_paths(paths, report)

    def _ingest_paths(self, paths: list[Path], report: IngestReport) -> IngestReport:
        sidecars: dict[Path, dict | NotAnArticle] = {}    # each folder's metadata.toml, read once
        for path, problem in iter_article_paths(paths):
            if problem:
                report.items.append(IngestItem(str(path), "skipped", reason=problem))
                continue
            try:
                if path.parent not in sidecars:
                    try:
                        sidecars[path.parent] = load_sidecar(path.parent)
                    except NotAnArticle as exc:
                        sidecars[path.parent] = exc
                sidecar = sidecars[path.parent]
                if isinstance(sidecar, NotAnArticle):
                    raise sidecar
                src = read_source(path, sidecar.get(path.name, {}), self.policies.max_article_chars)
            except NotAnArticle as exc:
                report.items.append(IngestItem(str(path), "skipped", reason=str(exc)))
                continue
            report.items.append(self.ingest_source(src))
        return report

    def ingest_source(self, src: SourceText, published: Published | None = None) -> IngestItem:
        try:
            analysis = analyse(src, published=published, max_chars=self.policies.max_article_chars)
        except (NotAnArticle, ValueError) as exc:
            return IngestItem(src.source, "skipped", reason=str(exc))
        grouped = self._store_grouped(analysis, src.text)
        return grouped if grouped is not None else self._store_alone(analysis, src.text)

    def _store_alone(self, a: Analysis, text: str) -> IngestItem:
        """Store one article in a transaction of its own; what the database refuses of it is reported, not raised."""
        try:
            return self.store_analysis(a)
        except (IntegrityError, DataError) as exc:
            return self._refused(a, text, exc)

    def _refused(self, a: Analysis, text: str, exc: IntegrityError | DataError) -> IngestItem:
        """The report of an article the database refused (its transaction rolled back): a duplicate another ingest
        stored at the same moment, or text the database cannot take. Anything else the database refused stops the
        run (`exc` is raised again)."""
        if isinstance(exc, IntegrityError):
            # another ingest stored the same article at the same moment: it is there, once
            with self.store.session() as s:
                twin = self.store.find_duplicate(s, a.content_hash, a.url)
                if twin is not None:
                    return IngestItem(a.source, "duplicate", twin.id, twin.title, "stored at the same moment by another ingest")
            raise exc
        # PostgreSQL refuses some text SQLite takes (a NUL character); the rest of the run goes on
        reason = "its text holds a NUL character, which the database refuses" if "\x00" in text \
            else "the database refused its text"
        return IngestItem(a.source, "skipped", reason=reason)

    def _store_grouped(self, a: Analysis, text: str) -> IngestItem | None:
        """Inside a one-transaction batch, store the article in the transaction its group shares (committed every
        GROUP articles and when the batch ends): one commit, not one an article. None outside one.

        Nothing is lost to a failure: when the database refuses something of this article (or stops), the
        group's transaction is rolled back and its earlier articles are stored again one by one from their
        analyses (no Kiwi), each in its own transaction as outside a batch, so they are kept and reported as
        before (their items in the batch's report replaced); then this article goes alone, and is skipped,
        reported a duplicate or stops the run as it would."""
        if not getattr(self._batch, "grouped", False):
            return None
        if getattr(self._batch, "group", None) is not None and len(self._batch.group.pending) >= GROUP:
            self._commit_group()   # here rather than after the last one stored: its item is in the report by now
        group = getattr(self._batch, "group", None)
        if group is None:
            session = self.store.ingest_session()
            session.begin()
            deferred.start(session)
            hold_stories(session)   # the group's later articles joining a story read it and its members from memory
            group = self._batch.group = _Group(session)
        try:
            item = self._store(group.session, a)
        except BaseException as exc:
            self._abandon_group()
            if isinstance(exc, (IntegrityError, DataError)):
                return self._refused(a, text, exc)
            if not isinstance(exc, Exception):
                raise
            return None   # stored alone, which fails again if it fails for good
        group.pending.append((a, text, item))
        return item

    def _commit_group(self) -> None:
        group, self._batch.group = getattr(self._batch, "group", None), None
        if group is None:
            return
        try:
            deferred.write(group.session)
            group.session.commit()
        except Exception:
            self._batch.group = group
            self._abandon_group()
        else:
            group.session.close()

    def _abandon_group(self) -> None:
        """Roll the group's transaction back and store its articles one by one (see `_store_grouped`). An article
        the database then stops at, and those after it, are reported as not stored (the run stopped first)."""
        group, self._batch.group = self._batch.group, None
        try:
            group.session.rollback()
        except Exception:   # the connection is gone: nothing of the group was committed either way
            pass
        group.session.close()
        items = self._batch.report.items
        grouped, self._batch.grouped = self._batch.grouped, False
        try:
            for k, (a, text, item) in enumerate(group.pending):
                try:
                    stored = self._store_alone(a, text)
                except BaseException:
                    for _, _, lost in group.pending[k:]:
                        _replace(items, lost, IngestItem(lost.source, "skipped", reason="not stored: the run stopped first"))
                    raise
                _replace(items, item, stored)
        finally:
            self._batch.grouped = grouped

    def store_analysis(self, a: Analysis) -> IngestItem:
        """Store an analysed article, then update its story, the story links and the event calendar."""
        with self.store.ingest_session() as s, s.begin():
            return self._store(s, a)

    def _store(self, s: Session, a: Analysis) -> IngestItem:
        """`store_analysis` inside the caller's transaction."""
        now = self.now()
        ids = [a.content_hash[:length] for length in range(8, 17)]   # the shortest one no other article has
        existing, taken = duplicate_and_taken(s, a.content_hash, a.url, ids)
        if existing is not None and existing.content_hash == a.content_hash:
            return IngestItem(a.source, "duplicate", existing.id, existing.title, "already stored")
        if existing is not None:  # same URL, edited text: replace the analysis, keep the id
            row, status = existing, "updated"
            for table in (SentenceRow, BulletRow):
                s.execute(delete(table).where(table.article_id == row.id))
            for src in s.scalars(select(EventSourceRow).where(EventSourceRow.article_id == row.id)):
                s.delete(src)
            s.flush()
        else:
            free = next((i for i in ids if i not in taken), None)
            if free is None:
                raise RuntimeError("article id space exhausted")
            row, status = ArticleRow(id=free, ingested_at=utc_naive(now)), "stored"
        title_words = self._fill(row, a)
        row.copy_of = None   # until grouping says otherwise; set before the insert, not updated after it
        if status == "stored":
            insert_rows(s, [row])
        else:
            s.flush()
        insert_analysis_rows(s, row, a)
        record_terms(s, row, replace=status == "updated")
        search.put(s, row.id, search.document(row.title, title_words.split(), ((x.text, x.words) for x in a.sentences)),
                   replace=status == "updated")
        batched = getattr(self._batch, "touched", None) is not None
        story, held = assign_story(s, row, now, refresh=not batched)
        # the new article, and members dated only now (by the story) whose events waited for a date: when the story's
        # rows are known and no other is dated by it, the article alone, without asking the database
        if held is not None and not any(m is not row and m.published_origin == "inferred" for m in held):
            members = [row]
        else:
            # in arrival order, the new article last: the first to tell an event names it and leads its sources,
            # so the database's row order (PostgreSQL's changes with its plan) must not choose
            members = sorted(s.scalars(select(ArticleRow).where(ArticleRow.story_id == story.id, or_(
                ArticleRow.id == row.id, ArticleRow.published_origin == "inferred"))),
                key=lambda m: (m.id == row.id, m.ingested_at, m.id))
        for member in members:
            found = a.events if member.id == row.id else []
            if member.id == row.id or not member.event_sources:
                record_events(s, member, article_events(member, found), now)
        if row.copy_of is None and not self._touch(story.id):   # a copy changes neither the story's words nor its links
            link_related(s, story)
        return IngestItem(a.source, status, row.id, row.title)

    @staticmethod
    def _fill(row: ArticleRow, a: Analysis) -> str:
        """Copy the analysis onto the row; gives the headline's content words it stored (search indexes them)."""
        row.source, row.url, row.content_hash = a.source, a.url, a.content_hash
        row.title, row.title_origin = a.title, a.title_origin
        title_words = row.title_words = " ".join(content_words(a.title))   # lookups read them instead of asking Kiwi
        row.outlet, row.reporter, row.encoding = a.outlet, a.reporter, a.encoding
        if a.published:
            row.published_at = utc_naive(a.published.when)
            row.published_precision, row.published_origin = a.published.precision, a.published.origin
        else:
            row.published_at = row.published_precision = row.published_origin = None
        row.profile = profile_json(a.sentences)
        return title_words

    # ---- queries ------------------------------------------------------------------------------------

    def digest(self, since: datetime | None = None, topic: str | None = None, limit: int | None = None) -> DigestView:
        """Stories with an article published (or, undated, ingested) since `since`, newest first; with `limit`,
        only the newest `limit` are built (`total` says how many matched)."""
        with self.store.session() as s:
            ids = matching_in_order(s, latest_first(s, utc_naive(since) if since else None), topic)
            views = story_views(s, ids[:limit], today_kst(self.now()))
        return DigestView(views, since.astimezone(KST).isoformat() if since else None, topic, len(ids))

    def _story_view(self, s: Session, story: StoryRow) -> StoryView:
        return story_views(s, [story.id], today_kst(self.now()))[0]

    def events(self, which: str = "upcoming", topic: str | None = None) -> list[EventView]:
        """The follow-up calendar: `upcoming` (soonest first, undated last), `past` (latest first) or `all`."""
        return self.event_list(which, topic).events

    def event_list(self, which: str = "upcoming", topic: str | None = None, limit: int | None = None) -> EventListView:
        """`events`, of which only the first `limit` are built (`total` says how many matched). Without a topic,
        SQL picks and orders them, so the events left out are never read."""
        if which not in ("upcoming", "past", "all"):
            raise ValueError(f"unknown event list '{which}' (upcoming, past or all)")
        today = today_kst(self.now())
        terms = topic.split() if topic else []
        words = set(content_words(topic)) if topic else set()
        where = {"upcoming": [upcoming_in_sql(today)], "past": [not_(upcoming_in_sql(today))], "all": []}[which]
        with self.store.session() as s:
            if terms:   # matching reads each event's evidence and story title, and Kiwi's words of them
                order = event_order_by(s, descending=which == "past")   # the latest past event first
                ids = [e.id for e in event_rows(s, where, order, evidence=True) if event_matches(e, words, terms)]
                total = len(ids)
            else:
                ids, total = listed_events(s, which, today, limit)
            views = event_views_of(s, ids[:limit], today)
        return EventListView(views, which, topic, total)

    def article(self, article_id: str) -> ArticleView:
        with self.store.session() as s:
            row = self._find_article(s, article_id)
            cited = select(EventSourceRow.event_id).where(EventSourceRow.article_id == row.id).scalar_subquery()
            events = event_views(s, [EventRow.id.in_(cited)], today_kst(self.now()), titled=False)
            return ArticleView(row.id, row.title, row.outlet, row.reporter, published_display(row),
                               row.published_origin, row.source, row.url, [b.text for b in row.bullets],
                               row.story_id, sort_events(events))

    def story(self, story_id: str) -> StoryView:
        with self.store.session() as s:
            key = story_id.strip().lower()
            story = s.get(StoryRow, key)
            if story is None and len(key) >= 5:
                found = list(s.scalars(select(StoryRow).where(id_starting(StoryRow.id, key)).limit(2)))
                story = found[0] if len(found) == 1 else None
            if story is None:
                raise UnknownId(f"no story with id '{story_id}'")
            return self._story_view(s, story)

    def brief(self, item_id: str) -> StoryView | ArticleView:
        """A story by story id (`s…`), or an article by article id (or a unique prefix). Raises UnknownId."""
        if item_id.strip().lower().startswith("s"):
            try:
                return self.story(item_id)
            except UnknownId:
                pass
        try:
            return self.article(item_id)
        except UnknownId:
            raise UnknownId(f"no story or article with id '{item_id}'") from None

    def search(self, words: str, limit: int = 10) -> DigestView:
        """Stories matching every word, newest first, whatever their age.

        Stories are read newest first from the recency index a page at a time, and the scan stops once `limit`
        match, so a search reads only as many stories as its matches need."""
        with self.store.session() as s:
            views = story_views(s, first_matching(s, words, limit), today_kst(self.now()))
        return DigestView(views, None, words)

    def newest(self, topic: str | None = None) -> tuple[bool, str | None]:
        """Whether any story matches the topic (any story at all without one), and the publication date of the
        latest reported among them that has one: what a digest over everything would show first."""
        any_match = False
        with self.store.session() as s:
            for page in newest_first(s):
                ids = matching_in_order(s, page, topic)
                any_match = any_match or bool(ids)
                for chunk in in_chunks(ids, 20):
                    dated = next((v.published for v in story_views(s, chunk, today_kst(self.now())) if v.published), None)
                    if dated:
                        return True, dated
        return any_match, None

    def _find_article(self, s: Session, article_id: str) -> ArticleRow:
        key = article_id.strip().lower()
        row = s.get(ArticleRow, key)
        if row is None and len(key) >= 4:  # a unique prefix is enough, like git
            found = list(s.scalars(select(ArticleRow).where(id_starting(ArticleRow.id, key)).limit(2)))
            row = found[0] if len(found) == 1 else None
        if row is None:
            raise UnknownId(f"no article with id '{article_id}'")
        return row


_INSERT_SENTENCES, _SENTENCES = core_insert(SentenceRow), frozenset({SentenceRow.__tablename__})
_INSERT_BULLETS, _BULLETS = core_insert(BulletRow), frozenset({BulletRow.__tablename__})


def insert_analysis_rows(s: Session, row: ArticleRow, a: Analysis) -> None:
    """The article's sentences and bullets, one multi-row statement each (ORM objects cost more to build and flush
    than the rest of storing an article), or the batch's (`deferred`); its collections are read from the
    database when next asked for, and its sentences' scores are kept for its story's refresh."""
    sentences = [{"article_id": row.id, "idx": x.index, "paragraph": x.paragraph, "text": x.text, "role": x.role,
                  "words": " ".join(x.words), "entities": " ".join(x.entities), "final": x.final} for x in a.sentences]
    deferred.add(s, _INSERT_SENTENCES, sentences, _SENTENCES)
    remember_scores(row, [SimpleNamespace(**x) for x in sentences], a.scores_as_stored())
    if a.bullets:
        deferred.add(s, _INSERT_BULLETS, [{"article_id": row.id, "sentence_idx": b.index, "text": b.text, "score": b.score}
                                          for b in a.bullets], _BULLETS)
    s.expire(row, ["sentences", "bullets"])


def event_matches(view: EventView | EventFacts, words: set[str], terms: list[str]) -> bool:
    text = " ".join([view.title, view.evidence, view.story_title or ""]).lower()
    return all(t.lower() in text for t in terms) or (bool(words) and words <= set(content_words(view.title + " " + view.evidence)))
