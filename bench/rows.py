"""Rows as ingest stores them, for benchmark stores built by bulk insert instead of 100,000 ingests.

`StoreRows` collects, per article, what `NewsService.store_analysis` writes (the article with its profile and
headline words, its sentences and bullets, its key terms for story grouping, its document in the text index)
and, per story, its row with the merged profile and its bullets; `flush` inserts them a table at a time.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import bindparam, column, func, insert, table

from digest.linking import key_terms, profile_json, profile_text
from digest.storage import search
from digest.storage.models import (
    ArticleRow,
    ArticleTermRow,
    BulletRow,
    EventRow,
    EventSourceRow,
    SentenceRow,
    StoryBulletRow,
    StoryLinkRow,
    StoryRow,
)
from digest.text.korean import content_words
from digest.text.stories import Profile

ORDER = (StoryRow, ArticleRow, SentenceRow, BulletRow, ArticleTermRow, StoryBulletRow, EventRow, EventSourceRow,
         StoryLinkRow)


class StoreRows:
    def __init__(self):
        self.rows: dict[type, list[dict]] = {}
        self.documents: list[dict] = []
        self.count = 0

    def add(self, model: type, **values) -> None:
        self.rows.setdefault(model, []).append(values)

    def article(self, article_id: str, story_id: str, title: str, title_origin: str, outlet: str | None,
                published: datetime, sentences: list, bullets: list[tuple[int, str, float]], **extra) -> Profile:
        """One article with `sentences` (objects with text, role, words, entities, final, and index and paragraph
        unless they are stored in this order two to a paragraph) and `bullets` (sentence index, text, score); returns its profile for the story's."""
        profile = profile_json(sentences)
        title_words = content_words(title)
        self.add(ArticleRow, id=article_id, source=extra.get("url", f"bench/{article_id}"), url=extra.get("url"),
                 content_hash=extra.get("content_hash", f"{article_id:0>64}"), title=title, title_origin=title_origin,
                 outlet=outlet, reporter=extra.get("reporter"), published_at=published, published_precision="minute",
                 published_origin=extra.get("published_origin", "sidecar"), ingested_at=extra.get("ingested", published),
                 encoding="utf-8", story_id=story_id, profile=profile, title_words=" ".join(title_words))
        for i, x in enumerate(sentences):
            self.add(SentenceRow, article_id=article_id, idx=getattr(x, "index", i),
                     paragraph=getattr(x, "paragraph", i // 2), text=x.text, role=x.role,
                     words=" ".join(x.words), entities=" ".join(x.entities), final=x.final)
        for idx, bullet, score in bullets:
            self.add(BulletRow, article_id=article_id, sentence_idx=idx, text=bullet, score=score)
        words = Counter(w for x in sentences if x.role == "body" for w in x.words)
        entities = frozenset(e for x in sentences if x.role == "body" for e in x.entities)
        for term in sorted(key_terms(words, entities)):
            self.add(ArticleTermRow, article_id=article_id, term=term, published_at=published)
        self.documents.append({"article_id": article_id,
                               "body": search.document(title, title_words, ((x.text, x.words) for x in sentences))})
        self.count += 1
        return Profile(article_id, published, words, entities)

    def story(self, story_id: str, title: str, published: datetime, profiles: list[Profile],
              bullets: list[tuple[str, list[str]]]) -> None:
        words: Counter = Counter()
        entities: set[str] = set()
        for p in profiles:
            words.update(p.words)
            entities |= p.entities
        self.add(StoryRow, id=story_id, title=title, published_at=published, updated_at=published, size=len(profiles),
                 profile=profile_text(Profile(story_id, None, words, frozenset(entities))))
        for rank, (bullet, ids) in enumerate(bullets):
            self.add(StoryBulletRow, story_id=story_id, rank=rank, text=bullet, article_ids=" ".join(ids))

    def flush(self, engine) -> None:
        with engine.begin() as conn:
            for model in ORDER:
                if self.rows.get(model):
                    conn.execute(insert(model.__table__), self.rows[model])
            if self.documents and conn.dialect.name == "sqlite":     # numbered, then indexed by number, as search.put
                documents = [{"id": d["article_id"], "body": d["body"]} for d in self.documents]
                conn.execute(search.NUMBER, documents)
                conn.execute(search.insert_document("sqlite"), documents)
            elif self.documents:
                # a table construct, not a text INSERT: SQLAlchemy then sends multi-row VALUES batches (on
                # PostgreSQL one statement per thousand rows instead of one per row)
                documents = table(search.TABLE, column("article_id"), column("body"))
                body = func.lower(bindparam("body"))     # as search.put
                conn.execute(insert(documents).values(article_id=bindparam("article_id"), body=body), self.documents)
        self.rows.clear()
        self.documents = []
