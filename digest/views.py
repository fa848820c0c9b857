"""View models: the plain dataclasses the core hands to every renderer (CLI, console, Slack, Discord).

They hold display-ready facts (dates already in KST, unknown dates as None) and know nothing of any
platform. `to_dict()` is the documented JSON shape that `--format json` prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class SourceRef:
    article_id: str
    outlet: str | None
    title: str
    published: str | None          # "2025-09-10 10:00", "2025-09-10", or None when unknown
    published_origin: str | None   # text | sidecar | feed | page | inferred
    url: str | None = None


@dataclass(frozen=True)
class BulletView:
    text: str
    sources: list[SourceRef]


@dataclass(frozen=True)
class EventView:
    id: str
    title: str
    date: str | None               # written at its precision: "2025-09-11", "2025-11", "2025-Q3", "2025"; None undated
    precision: str                 # day | week | month | quarter | half | year | none
    start: str | None              # ISO first and last day of the period
    end: str | None
    display_date: str              # Korean: "2025-09-11 (목) 저녁", "2025년 11월", "날짜 미정"
    kind: str                      # planned | past (background the news mentioned)
    status: str                    # planned | happened | unconfirmed | undated | past
    evidence: str
    sources: list[SourceRef]
    story_id: str | None = None
    story_title: str | None = None
    part_of_day: str | None = None
    happened_in: str | None = None  # id of the article that reported it happened

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class StoryView:
    id: str
    title: str
    published: str | None
    sources: list[SourceRef]
    bullets: list[BulletView]
    events: list[EventView] = field(default_factory=list)
    earlier: list[dict] = field(default_factory=list)   # {"id", "title", "published"} of earlier chapters
    updated: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class DigestView:
    stories: list[StoryView]
    since: str | None
    topic: str | None
    total: int | None = None        # how many matched; `stories` may hold only the first (a chat reply's bound)

    def to_dict(self) -> dict:
        return {"since": self.since, "topic": self.topic, "stories": [s.to_dict() for s in self.stories]}


@dataclass(frozen=True)
class EventListView:
    events: list[EventView]
    which: str                      # upcoming | past | all
    topic: str | None
    total: int | None = None        # how many matched; `events` may hold only the first (a chat reply's bound)

    def to_dict(self) -> dict:
        return {"which": self.which, "topic": self.topic, "events": [e.to_dict() for e in self.events]}


@dataclass(frozen=True)
class ArticleView:
    id: str
    title: str
    outlet: str | None
    reporter: str | None
    published: str | None
    published_origin: str | None
    source: str
    url: str | None
    bullets: list[str]
    story_id: str | None = None
    events: list[EventView] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class IngestItem:
    source: str
    status: str                    # stored | duplicate | updated | skipped
    article_id: str | None = None
    title: str | None = None
    reason: str | None = None


@dataclass
class IngestReport:
    items: list[IngestItem] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def to_dict(self) -> dict:
        return {"items": [asdict(i) for i in self.items],
                "stored": self.count("stored"), "duplicate": self.count("duplicate"),
                "updated": self.count("updated"), "skipped": self.count("skipped")}
