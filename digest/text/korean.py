"""The shared Kiwi: sentence splitting and content words.

Kiwi is the costliest thing the bot does (about 1.5 s and ~200 MB to load its model), so one instance is
created lazily per process and shared by every caller. Analysis happens once, at ingest; what it produces
(sentences and their content words) is stored, so queries never call Kiwi again.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

if TYPE_CHECKING:   # Kiwi loads lazily (it is the costliest thing the bot does)
    from kiwipiepy import Kiwi
    from kiwipiepy import Token as KiwiToken

R = TypeVar("R")
_lock = threading.Lock()
_kiwi = None
_kiwi_pid = 0   # the process that made it: a forked child has its Kiwi but not Kiwi's worker threads

# Morpheme tags that carry content: nouns, verb and adjective stems, foreign words, numbers, hanja.
CONTENT_TAGS = frozenset({"NNG", "NNP", "NR", "VV", "VA", "SL", "SN", "SH", "XR"})
# Proper nouns and foreign words: the named entities a story is about.
ENTITY_TAGS = frozenset({"NNP", "SL", "SH"})
# Common function-like nouns and light verbs that say nothing about the story.
STOP_WORDS = frozenset(
    {"하", "있", "되", "않", "없", "같", "보", "이", "것", "수", "등", "때", "중", "말", "년", "월", "일",
     "밝히", "말하", "전하", "위하", "대하", "통하", "따르", "이번", "지난", "오는", "이날", "관련", "경우"}
)


def kiwi() -> Kiwi:
    """The process-wide Kiwi instance, created on first use."""
    global _kiwi, _kiwi_pid
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi, _kiwi_pid = Kiwi(), os.getpid()
    return _kiwi


class Token(NamedTuple):
    """A morpheme: its form, its Sejong tag, and its character span in the sentence."""

    form: str
    tag: str
    start: int
    len: int


_new = tuple.__new__   # a Token built from its four fields at once: a third cheaper than `Token(...)`, per morpheme


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph, with the content words Kiwi found in it."""

    text: str
    words: tuple[str, ...]      # content lemmas in order, e.g. ("오픈", "AI", "서울대학교", "MOU", "체결")
    entities: tuple[str, ...]   # proper nouns and foreign words
    final: bool                 # ends in a sentence-final ending (a real sentence, not a fragment)
    tokens: tuple[Token, ...] = ()  # the morphemes, offsets relative to `text`, for event extraction


def _content(tokens: Iterable[Token] | Iterable[KiwiToken]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    words, entities = [], []
    final = False
    for tok in tokens:
        tag = tok.tag
        if "-" in tag:
            tag = tag.split("-")[0]     # an irregular stem: `VV-R`, `VA-I`
        if tag == "EF":
            final = True
        elif tag in CONTENT_TAGS and tok.form not in STOP_WORDS and (len(tok.form) > 1 or tag in ("NNP", "SL", "SN", "SH") or tag.startswith("V")):
            form = tok.form.lower() if tag == "SL" else tok.form
            words.append(form)
            if tag in ENTITY_TAGS:
                entities.append(form)
    return tuple(words), tuple(entities), final


# Real news sentences run to about 350 characters (the longest of our 3,300 real ones: 321). Text with no
# sentence end (a flood, a table flattened into one line) is read in pieces of at most this length, so that
# the work done per sentence (patterns, each date's clause read for its tense) never spans a whole article.
MAX_SENTENCE_CHARS = 600


def split_sentences(paragraph: str) -> list[Sentence]:
    """Split one paragraph into sentences and analyse each, with a single Kiwi pass."""
    return split_paragraphs([paragraph])[0]


def split_paragraphs(paragraphs: list[str]) -> list[list[Sentence]]:
    """`split_sentences` of each paragraph, with one Kiwi call for them all: given several texts Kiwi shares
    them among its worker threads, which run while ours waits (a call on one text runs on the caller's thread,
    holding the interpreter), so an article's paragraphs are read on every core Kiwi has, at about the same CPU."""
    texts = [p.strip() for p in paragraphs]
    read = [t for t in texts if t]
    k = kiwi()
    # (no sub-sentences: nothing reads them, and listing them walks every token once more in Python)
    # In a process forked after Kiwi was made, its worker threads are gone and a list would wait for them forever:
    # there each text is read on the caller's thread.
    kiwi_sents = (k.split_into_sents(read, return_tokens=True, return_sub_sents=False)
                  if len(read) > 1 and os.getpid() == _kiwi_pid
                  else [k.split_into_sents(t, return_tokens=True, return_sub_sents=False) for t in read])
    by_text = iter(kiwi_sents)
    return [_sentences_of(t, next(by_text)) if t else [] for t in texts]


def _sentences_of(paragraph: str, kiwi_sents: list) -> list[Sentence]:
    """Our sentences of a paragraph from Kiwi's: quotations Kiwi split rejoined, run-on and overlong ones cut."""
    groups: list[list] = []
    open_quote, group_chars = False, 0
    for sent in kiwi_sents:
        if not sent.text.strip():
            continue
        # Kiwi splits inside a multi-sentence quotation; a bullet must not open a quote it never closes. It also
        # ends a sentence at a period joining two names with no space (`전의면 신정.관정.노곡리일원에`, the middle
        # dot of older pages): a period after a noun, not after a final ending, with the next word glued on.
        if groups and (open_quote or _glued_after_noun(groups[-1][-1], sent)) \
                and group_chars + len(sent.text) <= MAX_SENTENCE_CHARS:
            groups[-1].append(sent)
            group_chars += len(sent.text)
            open_quote = _open_quote(" ".join(s.text for s in groups[-1]))
        else:
            groups.append([sent])
            open_quote, group_chars = _open_quote(sent.text), len(sent.text)
    out = []
    for group in groups:
        parts = [piece for part in _run_on_sentences([t for s in group for t in s.tokens])
                 for piece in _pieces(part)]
        for n, kiwi_tokens in enumerate(parts):
            first = group[0].start if n == 0 else kiwi_tokens[0].start
            last = group[-1].end if n == len(parts) - 1 else kiwi_tokens[-1].start + kiwi_tokens[-1].len
            raw = paragraph[first:last]
            text = raw.strip()
            base = first + len(raw) - len(raw.lstrip())
            tokens = tuple([_new(Token, (t.form, t.tag, t.start - base, t.len)) for t in kiwi_tokens])
            words, entities, final = _content(tokens)   # read from our copies: Kiwi's tokens convert on each read
            out.append(Sentence(text, words, entities, final, tokens))
    return out


def _glued_after_noun(before: Any, sent: Any) -> bool:
    """Kiwi's sentence `before` ends with a period right after a bare noun and `sent`, glued on, starts with a noun:
    a dotted list (`시.도지사`, `해운대.송정.송도해수욕장`), not a sentence ending in a noun (`소화할 예정.세븐틴은`,
    `확정지은 상황.적지 않은`), which a clause describes, or one followed by a verb (`올 추석.막히는`)."""
    tokens, first = before.tokens, sent.tokens[0] if sent.tokens else None
    return len(tokens) > 1 and tokens[-1].form == "." and tokens[-2].tag in ("NNG", "NNP") \
        and (len(tokens) == 2 or tokens[-3].tag != "ETM") and sent.start == before.end \
        and first is not None and first.tag in ("NNG", "NNP", "XPN")


def _pieces(tokens: list) -> list[list]:
    """A sentence's tokens cut, at token boundaries, into runs spanning at most MAX_SENTENCE_CHARS."""
    if not tokens or tokens[-1].start + tokens[-1].len - tokens[0].start <= MAX_SENTENCE_CHARS:
        return [tokens]
    pieces, begin = [], 0
    for k, t in enumerate(tokens):
        if k > begin and t.start + t.len - tokens[begin].start > MAX_SENTENCE_CHARS:
            pieces.append(tokens[begin:k])
            begin = k
    pieces.append(tokens[begin:])
    return pieces


def _run_on_sentences(tokens: list) -> list[list]:
    """Split where a sentence ends (`-다.`) and the next starts with no space, a number first: Kiwi keeps
    `조정했다.404번(상진운수) ...` as one sentence, whose tense then dates the first one's happening."""
    parts, begin = [], 0
    for k in range(1, len(tokens) - 1):
        t, nxt = tokens[k], tokens[k + 1]
        if t.tag == "SF" and t.form == "." and tokens[k - 1].tag == "EF" and nxt.tag == "SN" \
                and nxt.start == t.start + t.len:
            parts.append(tokens[begin:k + 1])
            begin = k + 1
    parts.append(tokens[begin:])
    return [p for p in parts if p]


# The sentences of the article being analysed, by their text, with the morphemes the paragraph's pass gave
# them (`sentences_read`); None outside an article.
_article_sentences: ContextVar[dict[str, tuple[Token, ...]] | None] = ContextVar("article_sentences", default=None)


@contextmanager
def sentences_read(sentences: Iterable[tuple[str, tuple[Token, ...]]]) -> Iterator[None]:
    """While an article's events are read, `tokenize` of one of its sentences gives the morphemes the paragraph's
    pass found for it instead of a second Kiwi pass over it alone (half a millisecond for a 70-character
    sentence; the date and event rules ask for whole sentences a few times an article). Kiwi reads a sentence
    in its paragraph as it does alone but for a few in a thousand (a sentence that starts mid-phrase)."""
    known: dict[str, tuple[Token, ...]] = {}
    for text, tokens in sentences:
        if tokens:
            known.setdefault(text, tokens)
    reset = _article_sentences.set(known)
    try:
        yield
    finally:
        _article_sentences.reset(reset)


def tokenize(text: str) -> tuple[Token, ...]:
    """Kiwi's morphemes of a short text (an event's title, one of its words) or of a sentence: within
    `sentences_read`, a sentence of the article is read as its paragraph's pass read it."""
    known = _article_sentences.get()
    if known is not None and (tokens := known.get(text)) is not None:
        return tokens
    return _tokenize_alone(text)


@lru_cache(maxsize=4096)
def _tokenize_alone(text: str) -> tuple[Token, ...]:
    """Kiwi's morphemes of a text analysed alone. Cached: event extraction compares every pair of an article's
    events and reads the same titles again."""
    return tuple([_new(Token, (t.form, t.tag, t.start, t.len)) for t in kiwi().tokenize(text)])


_NAMED = object()   # leads a kept answer's key when the ask named arguments (and stands for no answer kept)


def kept_for_tokens(find: Callable[..., R]) -> Callable[..., R]:
    """`find(tokens, *args)`, a pure reading of a sentence's morphemes, kept for the morphemes last read (per
    thread): the rules ask it the same question of one sentence several times (a title, then its coordinated
    clauses). The morphemes are held while kept, so no other sentence can be taken for them."""
    local = threading.local()

    @wraps(find)
    def kept(tokens: Any, *args: Any, **kwargs: Any) -> R:
        memo: tuple[Any, dict[Any, R]] | None = getattr(local, "memo", None)
        if memo is None or memo[0] is not tokens:
            memo = local.memo = (tokens, {})
        known = memo[1]
        # most asks pass positions alone: their tuple is the key (one led by `_NAMED` holds the keywords too)
        key = (_NAMED, args, tuple(kwargs.items())) if kwargs else args
        found = known.get(key, _NAMED)
        if found is _NAMED:
            found = known[key] = find(tokens, *args, **kwargs)
        return found  # type: ignore[return-value]   # (never `_NAMED`: an answer was just kept)
    return kept


def _open_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """Content lemmas of a short text (a query, a title); cached because queries repeat. Read from `tokenize`'s
    morphemes, so an event title's one analysis serves its words and its nouns alike."""
    words, _, _ = _content(_tokenize_alone(text))   # (cached for the process: never an article's own reading)
    return words


@lru_cache(maxsize=1024)
def _byline_tokens(word: str) -> list[KiwiToken]:
    return [t for t in kiwi().tokenize(f"{word} 기자") if t.start < len(word)]


def reads_as_common_noun(word: str) -> bool:
    """Kiwi reads `word`, in a byline (`연합 기자`), as common nouns only: a wire service's short name
    (`연합`), a desk (`사회부`, `온라인팀`), a cut-off outlet (`스포츠조`). A person's name is read as one
    proper noun (`구현모`, `유찬`)."""
    tokens = _byline_tokens(word)
    return bool(tokens) and all(t.tag == "NNG" for t in tokens)


# Korean family names (the common single-syllable ones). A three-syllable credit that starts with one and that
# Kiwi cuts into pieces (`유영규` -> 유영 + 규) is a name its dictionary lacks; a common noun is one word to it
# (`인터넷`, `반도체`), and a cut-off outlet (`스포츠조`) or a wire's short name (`연합`) is no three-syllable name.
_SURNAMES = set("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천"
                "방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부")


def reads_as_name(word: str) -> bool:
    """A credited word (2-4 Hangul syllables) that reads as a person's name rather than common nouns."""
    if not re.fullmatch(r"[가-힣]{2,4}", word):
        return False
    tokens = _byline_tokens(word)
    if not tokens or not all(t.tag == "NNG" for t in tokens):
        return True
    return len(word) == 3 and word[0] in _SURNAMES and len(tokens) > 1


def morphemes(text: str) -> list[str]:
    """Every morpheme form except punctuation: the unit the ROUGE benchmark counts."""
    return [t.form for t in kiwi().tokenize(text) if not t.tag.startswith("S") or t.tag in ("SL", "SN", "SH")]


def preload() -> threading.Thread:
    """Load Kiwi on a background thread (a server at start): the first lookup then waits at most for what is
    left of the load instead of paying all of it. A caller that needs Kiwi sooner blocks on the same lock."""
    def load() -> None:
        kiwi().tokenize("워밍업")
    thread = threading.Thread(target=load, name="newsdigest-kiwi-preload", daemon=True)
    thread.start()
    return thread
