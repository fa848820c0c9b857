"""The database's own text index of articles, which lookups read instead of every stored story.

One row per article in `article_search`: its headline, the headline's content words, and each sentence with
its content words (`document`). On SQLite it is an FTS5 table with the trigram tokenizer, without positions, each
document numbered in `ROWS` (migration 0014: a lookup reads the numbers from FTS5's lists and the ids from `ROWS`, no
document); on PostgreSQL a table with a `pg_trgm` GIN index. Both answer "which articles contain every one of these strings" through
the index, so a lookup that matches nothing costs as little as one that matches (FTS5 names the articles holding
every trigram of them, a few more at most: see `trigrams`).

The index is a filter, never the answer: `digest.reading.matching` still decides, on the few articles the
index names, exactly as it did over every story. That holds because every way an article can match (a topic
word among its content words or headline words, a term verbatim in its headline or sentences) puts that
string in its document, and the index finds any string of 3 characters or more that a document contains
(case folded, which only widens it). Every content word in a document has a space before and after it
(`whole_word`), so a content word of any length, `ai` of `오픈AI` or `집`, is looked up as ` ai ` (a string
long enough for trigrams, and exactly the word). A verbatim term shorter than 3 characters cannot be
looked up, so it is left out of the filter (which widens it); a filter left with nothing returns None and
the caller reads stories the old way.

On PostgreSQL documents are stored lowercased by the database's own `lower` and looked up with `LIKE lower(...)`:
the very test `ILIKE` makes (it lowercases both sides), without lowercasing every document the index names each
time it checks one (three quarters of a common lookup's cost). FTS5's trigrams fold case themselves.

On PostgreSQL the content words a lookup matches by (an article's profile words and headline words, what
`digest.reading.article_matches` reads) are asked of their own index instead (`WORDS_INDEX`, migration 0012): a GIN
index of the stored words as an array, so a lookup of several words intersects their posting lists and names exactly
the articles holding every one, with no document to check (the trigrams of ` 오픈 `, ` ai ` and ` 카카오 ` named the
same 2,223 articles at 100,000 stories, each rechecked). The database keeps it in step with the rows it is read from.
Only the verbatim terms go through the trigrams there. SQLite keeps asking FTS5 for both.

Not a model: SQLAlchemy cannot create an FTS5 table, so `create` makes it (and SQLite's `ROWS`) on both databases (for a new
database, for migration 0005 and for an adopted one) and `SEARCH_TABLES` names what Alembic must not compare;
`create_words` makes the words' index (for a new database and migration 0012), which Alembic skips too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence

from sqlalchemy import TextClause, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from digest.storage import deferred, driver

TABLE = "article_search"
# SQLite: each article's document number in FTS5 (its rowid): the lookup reads the articles' ids from this small table
# by the numbers FTS5 answers from its lists alone, never reading a document (migration 0014).
ROWS = "article_search_rows"
# The FTS5 table, its shadow tables and its rows' table, which are not models (Alembic's comparison skips them).
SEARCH_TABLES = {TABLE, ROWS} | {f"{TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")}
SHORTEST = 3          # trigrams: a shorter string cannot be looked up through the index
WORDS_INDEX = "ix_articles_words"   # PostgreSQL: articles by their content words (`create_words`)
WORDS_FUNCTION = "article_words"
# What an article stored without headline words (before migration 0005) holds among its words in the index: a lookup
# reads those by Kiwi (`digest.reading.title_words`), which SQL cannot, so every such article is named. No word is
# a space: stored words are joined by spaces.
UNREAD_HEADLINE = " "
# Every character Python's str.split() splits at, but the space: `title_words.split()` is what lookups read.
_SPLIT_AT = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and c != 0x20)


def create(conn: Connection) -> None:
    """Create the index if it is missing (both databases), empty."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {ROWS} (id INTEGER PRIMARY KEY, "
                          "article_id VARCHAR(16) NOT NULL UNIQUE)"))
        conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(body, tokenize = 'trigram', "
                          "detail = none)"))
    else:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {TABLE} (article_id VARCHAR(16) PRIMARY KEY "
                          "REFERENCES articles (id) ON DELETE CASCADE, body TEXT NOT NULL)"))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_body ON {TABLE} USING gin (body gin_trgm_ops)"))


def create_words(conn: Connection) -> None:
    """PostgreSQL: the index of articles by the content words a lookup matches by (`WORDS_FUNCTION`: the keys of the
    profile's "w" and the headline words split as Python splits them; `UNREAD_HEADLINE` without headline words).
    The function is immutable (it reads only its arguments), so it can be indexed. Nothing on SQLite."""
    if conn.dialect.name == "sqlite":
        return
    split_at = "".join(f"\\u{ord(c):04x}" for c in _SPLIT_AT)
    conn.execute(text(
        f"CREATE OR REPLACE FUNCTION {WORDS_FUNCTION}(profile text, title_words text) RETURNS text[] LANGUAGE sql "
        "IMMUTABLE PARALLEL SAFE AS $$ SELECT ARRAY(SELECT jsonb_object_keys(coalesce(profile::jsonb -> 'w', '{}')) "
        f"UNION SELECT unnest(coalesce(string_to_array(translate(title_words, E'{split_at}', "
        f"'{' ' * len(_SPLIT_AT)}'), ' '), ARRAY['{UNREAD_HEADLINE}']))) $$"))
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS {WORDS_INDEX} ON articles USING gin "
                      f"({WORDS_FUNCTION}(profile, title_words))"))


def words_exist(conn: Connection) -> bool:
    """Whether `WORDS_INDEX` is there (never on SQLite)."""
    return conn.dialect.name != "sqlite" and conn.execute(
        text("SELECT 1 FROM pg_indexes WHERE indexname = :name"), {"name": WORDS_INDEX}).first() is not None


def drop_words(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        conn.execute(text(f"DROP INDEX IF EXISTS {WORDS_INDEX}"))
        conn.execute(text(f"DROP FUNCTION IF EXISTS {WORDS_FUNCTION}(text, text)"))


def exists(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        query = "SELECT 1 FROM sqlite_master WHERE name = :name"
    else:
        query = "SELECT 1 FROM pg_indexes WHERE indexname = 'ix_' || :name || '_body'"
    return conn.execute(text(query), {"name": TABLE}).first() is not None


# An article's document on SQLite, from its stored row `a` (what `document` writes at ingest).
SQLITE_BODY = ("a.title || char(10) || ' ' || coalesce(a.title_words, '') || ' ' || char(10) || ' ' || "
               "coalesce((SELECT group_concat(key, ' ') FROM json_each(a.profile, '$.w')), '') || ' ' || char(10) || "
               "coalesce((SELECT group_concat(x.text || ' ' || x.words || ' ', char(10)) FROM sentences x "
               "WHERE x.article_id = a.id), '')")


def backfill(conn: Connection) -> None:
    """Index every stored article from its stored rows: headline, headline words, profile words, sentences with
    their words, each word list between spaces as `document` writes it (no Kiwi: an article stored before
    headline words were has its headline, which holds them but for an inflected verb's lemma)."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    if conn.dialect.name == "sqlite":
        # numbered in the order of the articles' ids, so the ids a lookup reads are in the order of the index that maps
        # them to their stories, and the documents go into FTS5 in the order of their numbers
        conn.execute(text(f"DELETE FROM {ROWS}"))
        conn.execute(text(f"INSERT INTO {ROWS} (article_id) SELECT id FROM articles ORDER BY id"))
        conn.execute(text(f"INSERT INTO {TABLE} (rowid, body) SELECT r.id, {SQLITE_BODY} FROM {ROWS} r "
                          "JOIN articles a ON a.id = r.article_id ORDER BY r.id"))
        return
    body = ("a.title || chr(10) || ' ' || coalesce(a.title_words, '') || ' ' || chr(10) || ' ' || "
            "coalesce((SELECT string_agg(k, ' ') FROM jsonb_object_keys(coalesce(a.profile::jsonb -> 'w', "
            "'{}'::jsonb)) k), '') || ' ' || chr(10) || coalesce((SELECT string_agg(x.text || ' ' || x.words || ' ', "
            "chr(10) ORDER BY x.idx) FROM sentences x WHERE x.article_id = a.id), '')")
    conn.execute(text(f"INSERT INTO {TABLE} (article_id, body) SELECT a.id, {stored(conn.dialect.name, body)} FROM articles a"))


def stored(dialect: str, body: str) -> str:
    """The SQL expression a document `body` (SQL) is stored as: lowercased on PostgreSQL (see above)."""
    return body if dialect == "sqlite" else f"lower({body})"


def document(title: str, title_words: Iterable[str], sentences: Iterable[tuple[str, Iterable[str]]]) -> str:
    """What an article is found by: headline, headline words, and each sentence with its content words; every
    word list has a space before and after each word, so `whole_word` finds a word of any length."""
    lines = [title, f" {' '.join(title_words)} "] + [f"{sentence} {' '.join(words)} " for sentence, words in sentences]
    return "\n".join(lines)


def whole_word(word: str) -> str:
    """The string a content word is looked up by: the word between spaces, as documents list their words."""
    return f" {word} "


def of_article(dialect: str) -> str:
    """The SQL condition naming the document of the article `:id` (SQLite: by its number in `ROWS`)."""
    return f"rowid = (SELECT id FROM {ROWS} WHERE article_id = :id)" if dialect == "sqlite" else "article_id = :id"


def put(s: Session, article_id: str, body: str, replace: bool = False) -> None:
    """Index an article (inside the ingest's transaction); `replace` drops its previous document first (on SQLite
    the article keeps its number)."""
    dialect = s.get_bind().dialect.name
    if replace:
        s.execute(text(f"DELETE FROM {TABLE} WHERE {of_article(dialect)}"), {"id": article_id})
    if dialect == "sqlite":
        deferred.add(s, NUMBER, [{"id": article_id}], frozenset({ROWS}))
    deferred.add(s, insert_document(dialect), [{"id": article_id, "body": body}], frozenset({TABLE}))


# SQLite: an article's document number (`:id`, the article), given before its document is inserted (`insert_document`)
NUMBER = text(f"INSERT OR IGNORE INTO {ROWS} (article_id) VALUES (:id)")


@lru_cache(maxsize=2)
def insert_document(dialect: str) -> TextClause:
    if dialect == "sqlite":
        return text(f"INSERT INTO {TABLE} (rowid, body) VALUES ((SELECT id FROM {ROWS} WHERE article_id = :id), :body)")
    return text(f"INSERT INTO {TABLE} (article_id, body) VALUES (:id, {stored(dialect, ':body')})")


# What `_containing` asks the text index for: the articles' ids, or with their stories. Their stories are read from
# `STORY_OF_ARTICLE` alone (models), not from the articles' rows; SQLite is told to (`{articles}`): its planner takes
# the primary key for an equality on a unique column, and then reads each row.
STORY_OF_ARTICLE = "ix_articles_id_story"
ARTICLE_IDS = "{ids}"         # the matching articles' ids alone: `_IDS` of the dialect, as it stands
STORIES_OF_ARTICLES = "SELECT a.id, a.story_id FROM {articles} WHERE a.id IN ({ids})"
# The ids of the articles whose documents match `{where}`: on SQLite FTS5 answers the documents' numbers from its lists
# alone (detail=none: no positions, the lookup asks single trigrams), and `ROWS` gives their articles' ids: no document
# is read (reading each document's row for its article's id was 2,493 scattered pages of `오픈AI 카카오` cold).
_IDS = {"sqlite": f"SELECT article_id FROM {ROWS} WHERE id IN (SELECT rowid FROM {TABLE} WHERE {{where}} LIMIT {{limit}})",
        "postgresql": f"SELECT article_id FROM {TABLE} WHERE {{where}} LIMIT {{limit}}"}


def articles_containing(s: Session, alternatives: list[list[str]], cap: int) -> set[str] | None:
    """Ids of the articles whose document contains every string of at least one alternative; None when the
    index cannot say (an alternative with no string long enough) or when more than `cap` articles do (the
    caller's newest-first walk then finds its few matches sooner than reading them all)."""
    found = _containing(s, alternatives, cap, ARTICLE_IDS)
    return None if found is None else {article_id for article_id, in found}


def stories_containing(s: Session, alternatives: list[list[str]], cap: int) -> set[str] | None:
    """The stories of `articles_containing`, in one statement: the database intersects each alternative's
    strings in its index (FTS5's AND, each pg_trgm LIKE through the GIN index) and maps the articles to their
    stories, however common each string is alone."""
    found = stories_and_articles_containing(s, alternatives, cap)
    return None if found is None else found[0]


def stories_and_articles_containing(s: Session, alternatives: list[list[str]], cap: int) -> tuple[set[str], int] | None:
    """`stories_containing`, and how many articles named them."""
    found = _containing(s, alternatives, cap, STORIES_OF_ARTICLES)
    return None if found is None else ({story_id for _, story_id in found if story_id is not None}, len(found))


def stories_holding(s: Session, terms: list[str], words: Iterable[str], cap: int,
                    by_words: list[tuple[str, str | None]] | None = None) -> tuple[set[str], int] | None:
    """The stories of the articles holding every term verbatim in their text, or every content word among their
    words, and how many articles those are (None as `stories_and_articles_containing` says). On SQLite FTS5 is
    asked for both, the words as `whole_word`s. On PostgreSQL the words are asked of `WORDS_INDEX` (exactly, with
    their stories, from the articles' rows), the terms of the trigrams for article ids alone, and only the articles
    the words did not name are looked up for their stories: mapping the 2,223 articles of `오픈AI 카카오` to their
    stories in the trigram statement was most of its cost at 100,000 stories (22 of 28 ms of the server's CPU).
    `by_words`: the words' answer, already read (`WordsNamed.articles`, no more than `cap`)."""
    words = list(dict.fromkeys(words))
    if s.get_bind().dialect.name == "sqlite" or not words:
        return stories_and_articles_containing(s, [terms] + ([[whole_word(w) for w in words]] if words else []), cap)
    if not any(len(t) >= SHORTEST for t in terms):
        return None
    if by_words is None:
        by_words = _holding_words(s, words, cap + 1)
    if len(by_words) > cap:
        return None
    by_terms = _containing(s, [terms], cap, ARTICLE_IDS)
    if by_terms is None:
        return None
    story_of: dict[str, str | None] = {article_id: story_id for article_id, story_id in by_words}
    rest = {article_id for article_id, in by_terms} - story_of.keys()
    if len(story_of) + len(rest) > cap:
        return None
    if rest:
        story_of.update(s.execute(text("SELECT id, story_id FROM articles WHERE id = ANY(:ids)"), {"ids": sorted(rest)}).all())
    return {story_id for story_id in story_of.values() if story_id is not None}, len(story_of)


def _like(term: str) -> str:
    """The LIKE pattern of a string anywhere in a document (escaped with a backslash)."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# PostgreSQL: an article holding every word of `:words` in `WORDS_INDEX`, or stored without headline words (which every
# words lookup names, `UNREAD_HEADLINE`): the one condition both the words' answer and a page's filter ask the index
_HOLDING_WORDS = (f"{WORDS_FUNCTION}(profile, title_words) @> CAST(:words AS text[]) "
                  f"OR {WORDS_FUNCTION}(profile, title_words) @> ARRAY['{UNREAD_HEADLINE}']")


def _holding_words(s: Session, words: list[str], limit: int) -> list[tuple[str, str | None]]:
    """PostgreSQL: (id, story_id) of up to `limit` articles holding every word, from `WORDS_INDEX` (exact, no
    document read), and those stored without headline words (`UNREAD_HEADLINE`)."""
    return [(i, story) for i, story in driver.execute(s, _holding_words_statement(limit), {"words": words}, flush=False)]


@lru_cache(maxsize=8)
def _holding_words_statement(limit: int) -> TextClause:
    # built once for each limit (the caps), so the driver sends it compiled once (`digest.storage.driver`)
    return text(f"SELECT id, story_id FROM articles WHERE {_HOLDING_WORDS} LIMIT {limit}")


class WordsNamed(NamedTuple):
    """What the words' index says of a topic before anything else is asked (`words_named`)."""

    articles: list[tuple[str, str | None]]   # (id, story_id) of the articles holding every word, up to `cap` + 1
    more: bool                               # more than `cap` do: only the first `cap` + 1 the index named are read


def words_named(s: Session, terms: list[str], words: Iterable[str], cap: int) -> WordsNamed | None:
    """PostgreSQL: the articles holding every content word of a topic, or that more than `cap` do, reading at most
    `cap` + 1 of them. None where `stories_holding` does not ask the words' index (SQLite, a topic without content
    words) or cannot narrow at all (no term of 3 characters or more).

    Past `cap`, a newest-first walk asks `stories_holding_among` about each page's stories instead of naming every
    article `stories_holding` would: the index names articles by their rows, so it reads one scattered page of the
    articles and one of the documents for each (4,475 pages for the 2,223 of `오픈AI 카카오` at 100,000 stories, 1.3 of
    the 1.7 s of its first answer with the store cold off disk), while the walk reaches only the newest few stories,
    whose rows are stored together."""
    words = list(dict.fromkeys(words))
    if not words_asked(s, terms, words):
        return None
    articles = _holding_words(s, words, cap + 1)
    return WordsNamed(articles, len(articles) > cap)


def words_asked(s: Session, terms: list[str], words: Sequence[str]) -> bool:
    """Whether `words_named` asks the words' index about this topic (and `stories_holding_among` may be asked about a
    page's stories): PostgreSQL, a topic with content words and a term of 3 characters or more."""
    return s.get_bind().dialect.name != "sqlite" and bool(words) and any(len(t) >= SHORTEST for t in terms)


def stories_holding_among(s: Session, terms: list[str], words: Iterable[str], story_ids: list[str]) -> set[str]:
    """PostgreSQL: those of `story_ids` that `stories_holding` names (an article holding every content word, or
    every term of 3 characters or more verbatim; `words_named` said there are such words and terms), in one
    statement that reads only these stories' articles and their documents: the words through `WORDS_INDEX` and the
    stories' index together (a bitmap of both: only the articles in both are read), the terms checked on each of the
    stories' documents, found by its key (a subquery an article, so that the planner cannot take the trigram index,
    which names every document holding them, each then read)."""
    words = list(dict.fromkeys(words))
    kept = [t for t in dict.fromkeys(terms) if len(t) >= SHORTEST]
    params: dict[str, object] = {"words": words, "ids": story_ids} | {f"t{j}": t for j, t in enumerate(kept)}
    return {row.story_id for row in driver.execute(s, _among_statement(len(kept)), params, flush=False)}


@lru_cache(maxsize=8)
def _among_statement(terms: int) -> TextClause:
    """`stories_holding_among`'s statement for this many terms (`:t0`, `:t1`, ...), built once for each count. Each term
    is looked for anywhere in the document (stored lowercased) as `body LIKE lower('%term%')` tests it: `strpos` searches
    for the string as a whole, where LIKE steps through the document a character at a time (5.5 of the 9.5 ms of the
    server's CPU the statement took for the 798 documents of `오픈AI 카카오`'s second page at 100,000 stories)."""
    held = " AND ".join(f"strpos(d.body, lower(:t{j})) > 0" for j in range(terms))
    return text(f"SELECT story_id FROM articles WHERE story_id = ANY(:ids) AND ({_HOLDING_WORDS}) UNION SELECT a.story_id "
                f"FROM articles a WHERE a.story_id = ANY(:ids) AND (SELECT {held} FROM {TABLE} d WHERE d.article_id = a.id)")


def trigrams(strings: list[str]) -> list[str]:
    """Every trigram of the strings, once: what FTS5 is asked for on SQLite. Each string asked as a phrase made
    FTS5 match the positions of its trigrams in every document holding them all (most of a lookup of two common
    words: 24 of its 30 ms at 100,000 stories); asked as its trigrams it intersects their lists alone (11 ms). A
    document holding the string holds its trigrams, so the index still names every article that can match (a
    few that hold the trigrams apart, too), and `digest.reading.matching` decides as before."""
    return list(dict.fromkeys(t[k:k + SHORTEST] for t in strings for k in range(len(t) - SHORTEST + 1)))


def _containing(s: Session, alternatives: list[list[str]], cap: int, query: str) -> list | None:
    kept = [[t for t in dict.fromkeys(alt) if len(t) >= SHORTEST] for alt in alternatives]
    if not kept or any(not alt for alt in kept):
        return None
    params: dict[str, str] = {}
    if s.get_bind().dialect.name == "sqlite":
        def quoted(t: str) -> str:
            return '"' + t.replace('"', '""') + '"'
        params["q"] = " OR ".join("(" + " AND ".join(quoted(t) for t in trigrams(alt)) + ")" for alt in kept)
        where = f"{TABLE} MATCH :q"
    else:
        clauses = []
        for i, alt in enumerate(kept):
            parts = []
            for j, t in enumerate(alt):
                params[f"p{i}_{j}"] = _like(t)
                parts.append(f"body LIKE lower(:p{i}_{j})")   # documents are stored lowercased
            clauses.append("(" + " AND ".join(parts) + ")")
        where = " OR ".join(clauses)
    dialect = s.get_bind().dialect.name
    articles = f"articles a INDEXED BY {STORY_OF_ARTICLE}" if dialect == "sqlite" else "articles a"
    ids = _IDS[dialect].format(where=where, limit=cap + 1)
    found = s.execute(text(query.format(ids=ids, articles=articles)), params).all()
    return None if len(found) > cap else list(found)
