"""Follow-up events: extraction from dated sentences, and the rules for merging and status.

An event is a dated expression (resolved by `digest.timex`) governed by a predicate that names a
happening (`체결하고`, `개최한다`, `열어`, `발표할 예정`). Its title is the clause between the date and the
predicate, headline-style: particles dropped, the predicate as a noun (`서울대학교와 MOU 체결`).

Dates on the publication day are the news itself, not a follow-up; they are kept only as reports that can
confirm an earlier plan ("11일 MOU를 체결했다" in an article of the 11th closes the plan made on the 10th).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from digest.korean import content_words, tokenize
from digest.metadata import KST
from digest.timex import TimeExpr, clause_tense, find_time_expressions

# Nouns that, with 하다 (or before 예정/계획), name a happening.
EVENT_NOUNS = frozenset(
    "체결 개최 발표 공개 출시 선임 방문 참석 설립 출범 개소 선언 서명 인수 상장 착공 준공 시행 도입 개막 폐막 "
    "론칭 출간 발간 방한 회담 회동 본격화 착수 완료 투표 선거 공연 전시 마감 배포 연설 강연 협약 계약 합의 "
    "취임 임명 지명 승인 판결 선고 개통 개장 개관 공모 모집 진출 발효 인상 인하 MOU 양해각서".split()
)
# Verbs that name a happening, with the noun a headline uses for them.
EVENT_VERBS = {"열": "개최", "열리": "개최", "맺": "체결", "찾": "방문", "선보이": "공개", "내놓": "출시",
               "갖": "개최", "만나": "회동", "치르": "개최", "마치": "완료", "문": "개소"}
# After an adnominal ending these nouns mark intent ("공개할 계획"), not a noun the event modifies.
INTENT_NOUNS = frozenset("계획 예정 것 방침 전망 수 바 데 예상 목표 방안 뿐".split())
# An event noun as the object of these names the event too: "출시를 예고한", "상장을 추진", "MOU를 통해".
INTENT_VERBS = frozenset("예고 목표 계획 추진 앞두 통하".split())
# After an event noun these date it: "2022년 챗GPT 출시 이후" puts the launch in 2022.
TIME_NOUNS = frozenset("이후 이전 직후 직전 당시 후 전".split())
GENERIC_HEADS = ("현장", "자리", "행사장")
MAX_TITLE = 45


@dataclass(frozen=True)
class FoundEvent:
    title: str
    words: tuple[str, ...]
    start: date | None
    end: date | None
    precision: str
    part_of_day: str | None
    kind: str                   # planned | past
    reports_past: bool          # the sentence says it already happened
    on_publication_day: bool    # the article's own news, kept only to confirm earlier plans
    evidence: str


def _pub_date(published: datetime | date) -> date:
    if isinstance(published, datetime):
        return (published.astimezone(KST) if published.tzinfo else published).date()
    return published


def _predicate(tokens, begin: int, stop: int):
    """Index of the first event predicate token in [begin, stop) (character offsets), with its noun form."""
    for i, t in enumerate(tokens):
        if t.start < begin or t.start >= stop:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.tag.startswith(("NN", "SL")) and t.form in EVENT_NOUNS and (
            nxt is None or nxt.tag in ("XSV", "SP", "SF") or nxt.form in TIME_NOUNS
            or (nxt.form in INTENT_NOUNS and not _is_object(tokens, i + 1))  # not "출시 계획을 발표했다"
            or _object_of_intent(tokens, i) is not None
        ):
            return i, t.form
        if t.tag == "VV" and t.form in EVENT_VERBS:
            return i, EVENT_VERBS[t.form]
    return None


def _is_object(tokens, i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].tag == "JKO"


def _object_of_intent(tokens, i: int) -> int | None:
    """Index of the intent word when tokens[i] is its object ("출시를 예고", "MOU를 통해"), else None."""
    if i + 2 < len(tokens) and _is_object(tokens, i) and tokens[i + 2].form in INTENT_VERBS:
        return i + 2
    return None


def _is_adnominal(tokens, i: int) -> bool:
    """`열리는 카카오의 발표`: the predicate modifies the noun after it, which is then the event."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    return (j < len(tokens) and tokens[j].tag == "ETM" and j + 1 < len(tokens)
            and tokens[j + 1].tag.startswith(("NN", "SL")) and tokens[j + 1].form not in INTENT_NOUNS)


def _surface(sentence: str, tokens, begin: int, end: int) -> str:
    """Text of [begin, end) without its final object/topic particle or a leading particle: headline style."""
    last = sentence[:end].rstrip()
    lead = begin
    while lead < end and sentence[lead] == " ":
        lead += 1
    drop = []
    for t in tokens:
        if not begin <= t.start < end:
            continue
        if t.tag.startswith("J") and t.start == lead:  # "12일에는": the particles after the date
            drop.append((t.start, t.start + t.len))
            lead = t.start + t.len
        elif t.tag in ("JKO", "JX") and t.start + t.len == len(last):
            drop.append((t.start, t.start + t.len))
    out, pos = [], begin
    for a, b in drop:
        out.append(sentence[pos:a])
        pos = b
    out.append(sentence[pos:end])
    text = re.sub(r"\s+", " ", "".join(out)).strip(" ,")
    return re.sub(r"^(?:저녁|오후|오전|밤|새벽|낮|함께|직접|또|다시)\s+", "", text)


def _last_boundary(tokens, begin: int, end: int) -> int:
    """Start of the last clause in [begin, end): after a connective ending or a comma."""
    start = begin
    for t in tokens:
        if begin <= t.start < end and (t.tag == "EC" or (t.tag == "SP" and t.form == ",")):
            start = t.start + t.len
    return start


def _shorten(sentence: str, tokens, begin: int, end: int, text: str) -> str:
    """A long clause keeps its place phrase (`…에서`) and the last three words before the predicate."""
    if len(text) <= MAX_TITLE:
        return text
    words = text.split()
    place = [w for w in words[:-3] if re.search(r"(?:에서|와|과)$", w)]
    return " ".join(place[-1:] + words[-3:])


def _head_phrase(sentence: str, tokens, i: int) -> str | None:
    """The noun phrase the predicate at i modifies, up to its first particle, without a generic head."""
    j = i + 1
    while j < len(tokens) and not tokens[j].tag.startswith(("NN", "SL")):
        j += 1
    k = j
    while k < len(tokens) and not tokens[k].tag.startswith(("JKO", "JKB", "JKS", "JX", "E", "SP", "SF", "V")):
        k += 1
    head = sentence[tokens[j].start:tokens[k - 1].start + tokens[k - 1].len] if k > j else ""
    for generic in GENERIC_HEADS:
        head = re.sub(rf"\s*{generic}$", "", head)
    return head.strip() or None


def _title(sentence: str, tokens, expr: TimeExpr, stop: int) -> str | None:
    found = _predicate(tokens, expr.end, stop)
    if found is None:
        return None
    i, noun = found
    pred = tokens[i]
    if pred.tag == "VV" and _is_adnominal(tokens, i):
        return _head_phrase(sentence, tokens, i)  # "열리는 카카오의 발표": the event is what the verb modifies
    intent = _object_of_intent(tokens, i)
    if intent is not None and _is_adnominal(tokens, intent) and (head := _head_phrase(sentence, tokens, intent)):
        return f"{head} {noun}"  # "출시를 예고한 AI 서비스 ‘카나나’": what is launched is the noun it modifies
    begin = _last_boundary(tokens, expr.end, pred.start)
    # "최신 기술을 공유하는 ‘데브데이 익스체인지’": drop a modifying clause when the rest still names the event
    place = ""
    for t in tokens:
        if begin <= t.start < pred.start and t.tag == "ETM" and len(content_words(sentence[t.start + t.len:pred.start])) >= 2:
            # keep where it happens ("‘이프카카오’에서") from the dropped part
            where = re.findall(r"\S+에서(?=\s)", sentence[begin:t.start])
            place = where[-1] + " " if where else place
            begin = t.start + t.len
    text = place + _surface(sentence, tokens, begin, pred.start)
    if not content_words(text) if text else True:
        # nothing between the date and the predicate ("지사장도 곧 발표"): the clause before the date
        begin = _last_boundary(tokens, 0, expr.start)
        topic = [t for t in tokens if begin <= t.start < expr.start and t.tag in ("JKS",) or
                 (begin <= t.start < expr.start and t.tag == "JX" and t.form in ("은", "는"))]
        if topic:
            begin = topic[-1].start + topic[-1].len
        text = _surface(sentence, tokens, begin, expr.start)
    if not text or not content_words(text):
        return None
    noun_text = sentence[pred.start:pred.start + pred.len] if pred.tag.startswith("NN") else noun
    return f"{_shorten(sentence, tokens, begin, pred.start, text)} {noun_text}".strip()


def extract_events(paragraphs: list[list[tuple[str, tuple]]], published: datetime | date) -> list[FoundEvent]:
    """Events announced or mentioned in an article's body paragraphs: lists of (sentence, morphemes); the
    morphemes from ingest are reused, and a sentence without them is analysed here."""
    pub = _pub_date(published)
    found: list[FoundEvent] = []
    # The last single day the article named, across paragraphs, the publication day included: what "이날"
    # ("that day") points back to ("오는 11일 ... 이날 오후에는" is the 11th; "10일 선언했다. 이날 ..." the 10th).
    previous_day: date | None = None
    for sentence, known_tokens in (pair for sentences in paragraphs for pair in sentences):
        exprs = find_time_expressions(sentence, pub)
        tokens = (known_tokens or tokenize(sentence)) if exprs else ()
        for n, expr in enumerate(exprs):
            start, end = expr.date, expr.end_date
            if expr.text.startswith(("이날", "당일")) and previous_day is not None:
                start = end = previous_day
            if expr.precision == "day" and start is not None and start == end:
                previous_day = start
            stop = exprs[n + 1].start if n + 1 < len(exprs) else len(sentence)
            title = _title(sentence, tokens, expr, stop)
            if title is None:
                continue
            # direction says where the date lies; the verb says whether it is reported as done
            past = clause_tense(sentence, expr.end) == "past" or expr.direction == "past"
            on_pub_day = start == pub and expr.precision == "day"
            kind = "past" if expr.direction == "past" or (end is not None and end < pub) else "planned"
            found.append(FoundEvent(title, content_words(title), start, end, expr.precision,
                                    expr.part_of_day, kind, past, on_pub_day, sentence))
    return found


def _same_word(a: str, b: str) -> bool:
    """Equal, or one the other's abbreviation by its start ("서울대" for "서울대학교", "삼성" for "삼성전자")."""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (long_.startswith(short) and len(short) >= (2 if re.fullmatch(r"[가-힣]+", short) else 3))


def title_overlap(a: tuple[str, ...] | set[str], b: tuple[str, ...] | set[str]) -> float:
    """Jaccard overlap of two titles' words, a word matching its abbreviation in the other title."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    shared = sum(1 for w in sa if any(_same_word(w, v) for v in sb))
    return shared / (len(sa) + len(sb) - shared)


def same_period(a_start: date | None, a_precision: str, b_start: date | None, b_precision: str) -> bool:
    return a_precision == b_precision and a_start == b_start


def same_event(a_words, a_start, a_precision, b_words, b_start, b_precision) -> bool:
    """One happening told twice: the same period, and titles sharing enough words."""
    return same_period(a_start, a_precision, b_start, b_precision) and title_overlap(a_words, b_words) >= 0.25


def confirms(report: FoundEvent, plan_words, plan_start: date | None, plan_end: date | None) -> bool:
    """A past-tense report of a happening within a plan's period, with a matching title, closes the plan."""
    if not report.reports_past or report.start is None or plan_start is None:
        return False
    within = plan_start <= report.start <= (plan_end or plan_start)
    return within and title_overlap(report.words, plan_words) >= 0.25


def display_date(start: date | None, precision: str) -> str | None:
    """A date written at its precision: 2025-09-11, 2025-11, 2025-Q3, 2025-H2, 2025-W37, 2025; None undated."""
    if start is None or precision == "none":
        return None
    if precision == "day":
        return start.isoformat()
    if precision == "month":
        return f"{start.year}-{start.month:02d}"
    if precision == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if precision == "half":
        return f"{start.year}-H{1 if start.month <= 6 else 2}"
    if precision == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return str(start.year)
