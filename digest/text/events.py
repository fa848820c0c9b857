"""Follow-up events: extraction from dated sentences, and the rules for merging and status.

An event is a dated expression (resolved by `digest.text.timex`) governed by a predicate that names a
happening (`체결하고`, `개최한다`, `열어`, `발표할 예정`). Its title is the clause between the date and the
predicate, headline-style: particles dropped, the predicate as a noun (`서울대학교와 MOU 체결`).

Dates on the publication day are the news itself, not a follow-up; they are kept only as reports that can
confirm an earlier plan ("11일 MOU를 체결했다" in an article of the 11th closes the plan made on the 10th).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import partial

from digest.text import event_grammar as grammar
from digest.text.event_exclusions import dates_no_happening
from digest.text.event_identity import (
    CONFIRMING_PERIODS,
    FoundEvent,
    _same_word,
    confirms,
    display_date,
    report_span,
    same_event,
)
from digest.text.korean import content_words, kept_for_tokens, tokenize
from digest.text.korean_holidays import HOLIDAY_PATTERN
from digest.text.metadata import KST
from digest.text.timex import PRECISIONS, TimeExpr, clause_tense, find_time_expressions
from digest.text.timex_context import ArticleDates

# Nouns that, with 하다 (or before 예정/계획), name a happening.
EVENT_NOUNS = frozenset(
    "체결 개최 발표 공개 출시 선임 방문 참석 설립 출범 개소 선언 서명 인수 상장 착공 준공 시행 도입 개막 폐막 "
    "론칭 출간 발간 방한 회담 회동 본격화 착수 완료 투표 선거 공연 전시 배포 연설 강연 협약 계약 합의 "
    "취임 임명 지명 승인 판결 선고 개통 개장 개관 공모 모집 진출 발효 인상 인하 MOU 양해각서".split()
)
# Verbs that name a happening, with the noun a headline uses for them.
EVENT_VERBS = {"열": "개최", "열리": "개최", "맺": "체결", "찾": "방문", "선보이": "공개", "내놓": "출시",
               "갖": "개최", "만나": "회동", "치르": "개최", "마치": "완료", "문": "개소",
               # verbs saying only that something takes place: the subject or topic is what happens
               "이뤄지": "진행", "이루어지": "진행", "치러지": "개최", "펼쳐지": "개최", "끝나": "종료"}
# After an adnominal ending these nouns mark intent ("공개할 계획"), not a noun the event modifies.
INTENT_NOUNS = frozenset("계획 예정 것 방침 전망 수 바 데 예상 목표 방안 뿐".split())
# An event noun as the object of these names the event too: "출시를 예고한", "상장을 추진", "MOU를 통해".
INTENT_VERBS = frozenset("예고 목표 계획 추진 앞두 통하".split())
# After an event noun these date it: "2022년 챗GPT 출시 이후" puts the launch in 2022.
TIME_NOUNS = frozenset("이후 이전 직후 직전 당시 후 전".split())
GENERIC_HEADS = ("현장", "자리", "행사장")
# Verbs of saying: the date before them is when something was said, never an event of its own.
# Attention (`주목된다`, `관심이 집중된다`) is said of something too, not done on the date.
REPORTING = frozenset("발언 언급 설명 강조 당부 주문 요청 지적 답변 확신 평가 기대 예상 예보 전망 관측 분석 집계 말 밝히 "
                      "주목 집중".split())
# Nouns that with 하 only relate two things, like a postposition ("X와 관련해", "X를 비롯해"): no happening.
RELATIONAL = frozenset("관련 비롯 포함 대비 대응 반영 고려 감안 비교".split())
# A figure reached (`최저치를 기록했다`) is a statistic, not a happening; a deadline (`3월30일 마감된다`) is a
# limit, as `까지` is.
FIGURES = frozenset("기록 마감".split())
# Time words that name no time at all: "추후 결정할 계획", "향후 확대할 방침" are intentions, not events.
TIMELESS = ("추후", "향후")
MAX_TITLE = 45
SHORT_TITLE = 24  # a clause longer than this is cut to the predicate's nearest argument


def _pub_date(published: datetime | date) -> date:
    if isinstance(published, datetime):
        return (published.astimezone(KST) if published.tzinfo else published).date()
    return published


@kept_for_tokens
def _predicate(tokens, begin: int, stop: int, past: bool = False):
    """Index of the first event predicate token in [begin, stop) (character offsets), with its noun form.

    The seeds' headline nouns (EVENT_NOUNS, EVENT_VERBS) come first; then the grammar of digest.text.event_grammar:
    a verbal noun with 하/되 that does not merely describe the noun after it, a noun before a plan marker,
    or the argument of a light verb (갖/가지, 열, 들어가...)."""
    named = _inside_single_quotes(tokens)
    for i, t in enumerate(tokens):
        if t.start < begin or t.start >= stop or i in named:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.tag.startswith(("NN", "SL")) and t.form in EVENT_NOUNS and (
            nxt is None or nxt.tag in ("XSV", "SP", "SF") or nxt.form in TIME_NOUNS
            or (nxt.form in INTENT_NOUNS and not _is_object(tokens, i + 1))  # not "출시 계획을 발표했다"
            or _object_of_intent(tokens, i) is not None
        ) and not (nxt is not None and nxt.tag == "XSV" and _later_predicate(tokens, i, stop)):
            if nxt is not None and nxt.tag == "XSV" and grammar.hypothetical(tokens, i):
                return None  # "착공될 예정이었던": a superseded plan
            return i, t.form
        if t.tag == "VV" and t.form in EVENT_VERBS and not grammar.hypothetical(tokens, i):
            return i, EVENT_VERBS[t.form]
        if grammar.released(tokens, i) and not (i >= 2 and tokens[i - 1].tag == "JKS" and tokens[i - 2].form in REPORTING):
            return i, "발표"  # "21일 오전 중 1차 소집명단이 나온다": what comes out is released
        if (subject := grammar.planned_existence(tokens, i)) is not None:
            return subject, tokens[subject].form  # "8일과 9일에는 ... 대표연설이 있을 예정이다"
        if (subject := grammar.dated_existence(tokens, i, begin)) is not None:
            return subject, tokens[subject].form  # "내년 2월 10∼12일 원서접수가 있으며"
        if t.tag == "VV" and i + 2 < len(tokens) and tokens[i + 1].tag == "ETM" and tokens[i + 1].form == "ᆯ" \
                and tokens[i + 2].form in _FORECAST_NOUNS and tokens[i + 2].tag == "NNG" \
                and not grammar.hypothetical(tokens, i) and not _later_predicate(tokens, i, stop) \
                and next((u.form for u in tokens if u.start >= begin), None) not in ("로", "으로"):
            # "5일에는 대부분의 저녁 예능이 살아날 전망": any verb announced as coming happens; with the date as its
            # goal ("4월 12일로 앞당길 계획") it moves the day of another happening
            return i, t.form
        verb = grammar.light_verb_argument(tokens, i)
        if verb is not None and t.form not in INTENT_NOUNS:
            if tokens[verb].form == "시작" and _topic_before(tokens, i):
                continue  # "폐회식은 ... 행사장을 시작으로": a place the event starts from, not the dated step
            return i, t.form
        if t.form in INTENT_NOUNS or t.form in REPORTING or t.form in RELATIONAL or t.form in FIGURES:
            continue
        if t.tag == "NNG" and len(t.form) > 1 and nxt is not None and nxt.tag.startswith("VV") and nxt.form == "받" \
                and nxt.start == t.start + t.len and not grammar.hypothetical(tokens, i + 1):
            return i, t.form  # "신청서를 접수받는다": a verbal noun fused with 받다 happens to its object
        if grammar.is_noun(t) and nxt is not None and nxt.tag == "JKS" and i + 3 < len(tokens) \
                and tokens[i + 2].form == "예정" and tokens[i + 3].tag == "XSV" and len(t.form) > 1:
            return i, t.form  # "자료 발표가 예정돼 있다": what is scheduled is the subject of 예정되다
        if grammar.verbal_noun(tokens, i) or grammar.elided_predicate(tokens, i):
            if grammar.quoted_intent(tokens, i) or grammar.defines_noun(tokens, i) or (
                    grammar.hypothetical(tokens, i) and not _open_from(tokens, begin, i)):
                return None  # the date's own predicate is a wish, a definition, a possibility: no event
            if not _later_predicate(tokens, i, stop) or (past and _told_done_before(tokens, i, stop)):
                return i, grammar.noun_form(tokens, i)
        if grammar.is_noun(t) and nxt is not None and nxt.form in ("후", "이후", "직후") and len(t.form) > 1:
            return i, t.form  # "위원장 선출 후": an event noun dated by what follows it
        if grammar.planned_noun(tokens, i) or (grammar.is_noun(t) and _object_of_intent(tokens, i) is not None):
            return i, t.form
        if not past and grammar.scheduled_object(tokens, i):
            return i, t.form  # "오는 16일 ... 컴백을 확정 지었다": the date is the one fixed for the comeback
    return None


def _topic_before(tokens, i: int) -> bool:
    """`이날 폐회식은 오전 11시 광주 행사장을 시작으로`, `K리그 클래식이 3월1일 … 맞대결을 시작으로 … 막을 올린다`: a topic
    or subject in the clause of the noun a series starts from says that noun is where the topic's happening begins. A
    particle inside the noun's own phrase (`스웨덴과의 1차전 경기를`, `후보자에 대한 인사청문회를`), on the date (`하반기부터`,
    `18일에는`), in a clause describing another noun (`본선이 펼쳐지는 러시아에`) or before a comma (`구간은 총연장 690m, …,
    2019년 … 실시설계를 시작으로`) does not."""
    for n in range(1, i):
        u = tokens[n]
        if u.tag in ("JX", "JKS") and u.form in ("은", "는", "이", "가") and tokens[n - 1].tag in ("NNG", "NNP") \
                and not any(tokens[k].tag in ("ETM", "SP") for k in range(n + 1, i)):
            return True
    return False


_CLOCK_WORDS = frozenset("오전 오후 새벽 아침 저녁 밤 시 분 정오".split())


def _open_from(tokens, begin: int, i: int) -> bool:
    """`8일 오후 3시부터 … 구매할 수 있다`, `15일에는 오전 10시부터는 … 예약할 수 있다`: what may be done from a day
    on (the date, its hour and 부터 right after it) opens then; `-ㄹ 수 있다` says the window opens, not a maybe."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    if not (j + 2 < len(tokens) and tokens[j + 1].form == "수" and tokens[j + 2].form == "있"):
        return False
    for t in tokens:
        if t.start < begin:
            continue
        if t.form == "부터" and t.tag in ("JX", "JKB"):
            return True
        if not (t.tag == "SN" or (t.tag in ("NNB", "NNG") and t.form in _CLOCK_WORDS) or t.form in ("에", "는")):
            return False
    return False


_SINGLE_QUOTES = frozenset("'‘’")


def _inside_single_quotes(tokens) -> set[int]:
    """Indexes of the tokens between single quotes: a title or a name (`'검색어를 입력하세요 WWW'가 방영된다`), whose
    verbs are part of the name, not the sentence's predicates (double quotes, speech, are left to the quote rules)."""
    inside, opened = set(), None
    for k, t in enumerate(tokens):
        if t.tag == "SSO" and t.form in _SINGLE_QUOTES and opened is None:
            opened = k
        elif t.tag == "SSC" and t.form in _SINGLE_QUOTES and opened is not None:
            inside.update(range(opened + 1, k))
            opened = None
    return inside


def _told_done_before(tokens, i: int, stop: int) -> bool:
    """`지난 11일부터 운행을 재개한 교외선에서는 … 운행하고 있다`: a past date before a past adnominal (`재개한`) whose
    sentence goes on in the present dates that adnominal's happening; the main verb, not past, is not dated by it."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    if not (j < len(tokens) and tokens[j].tag == "ETM" and tokens[j].form == "ᆫ" and grammar.modifies_noun(tokens, i)):
        return False
    return not any(t.tag == "EP" and t.start < stop for t in tokens[j + 1:])


def _idiom(tokens, k: int) -> bool:
    """`문을 연다`, `막을 내렸다`: a verb whose object is a one-syllable noun says 'open'/'close', nothing more."""
    return k >= 2 and tokens[k - 1].tag in ("JKO", "JKS") and len(tokens[k - 2].form) == 1 and grammar.is_noun(tokens[k - 2])


def _later_predicate(tokens, i: int, stop: int) -> bool:
    """The predicate at i only describes the noun after it, or leads by -어 into a next one that takes its
    own object (`인사들을 초청해 행사를 개최한다`), and a predicate follows in the clause."""
    serial = grammar.leads_into(tokens, i)
    if not grammar.modifies_noun(tokens, i) and not serial:
        return False
    if serial and tokens[i].form in _TAKES_PLACE and i > 0 and tokens[i - 1].tag == "JKO":
        return False  # "결선 투표를 진행해 최종 결과를 발표한다": what is held is the happening, the rest its outcome
    for k in range(i + 2, len(tokens)):
        if tokens[k].start >= stop:
            break
        later = (grammar.verbal_noun(tokens, k)
                 or (grammar.light_verb_argument(tokens, k) is not None and len(tokens[k].form) > 1)
                 or (tokens[k].tag == "VV" and tokens[k].form in EVENT_VERBS and not _idiom(tokens, k)))
        if later and tokens[k].form not in REPORTING and (not serial or tokens[k - 1].tag == "JKO"
                                                          or grammar.light_verb_argument(tokens, k) is not None):
            # "4월4일 개막돼 팀당 133경기씩 6개월간 대장정에 들어간다": a next clause told with a length says how
            # long what starts on the date lasts; the date's own predicate is the happening
            return not (serial and _length_between(tokens, i, k))
    return False


_LENGTH_UNITS = frozenset("일 주 주일 개월 달 년 시간".split())


def _length_between(tokens, i: int, k: int) -> bool:
    """A length (`6개월간`, `6개월동안`, `사흘 동안`) among the tokens between i and k."""
    for n in range(i + 1, k):
        t = tokens[n]
        if t.form in ("간", "동안") and t.tag in ("XSN", "NNG", "NNB") and n > i + 1 and (
                tokens[n - 1].form in _LENGTH_UNITS or tokens[n - 1].form in ("하루", "이틀", "사흘", "나흘", "닷새", "열흘")):
            return True
    return False


def _is_object(tokens, i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].tag == "JKO"


def _object_of_intent(tokens, i: int) -> int | None:
    """Index of the intent word when tokens[i] is its object ("출시를 예고", "MOU를 통해"), else None."""
    if i + 2 < len(tokens) and _is_object(tokens, i) and tokens[i + 2].form in INTENT_VERBS \
            and not (tokens[i + 2].form == "통하" and tokens[i].tag == "NNP"):  # "인천국제공항을 통해": a way through
        return i + 2
    return None


def _intransitive(tokens, i: int) -> bool:
    """The predicate at i takes no object: a verb (`열린다`) or a verbal noun with 되 (`개최된다`)."""
    return tokens[i].tag == "VV" or (i + 1 < len(tokens) and tokens[i + 1].tag == "XSV" and tokens[i + 1].form == "되")


# After a verb's -ㄹ these nouns announce it as coming (`살아날 전망`, `돌아올 예정`)
_FORECAST_NOUNS = frozenset("예정 계획 전망 방침".split())


# Nouns after an adnominal ending that make the clause a time (`질의를 벌인 후`, `개최한 뒤`): not what it describes
_AFTER_NOUNS = frozenset("후 이후 직후 뒤 전 직전".split())


def _is_adnominal(tokens, i: int) -> bool:
    """`열리는 카카오의 발표`: the predicate modifies the noun after it, which is then the event."""
    return grammar.modifies_noun(tokens, i, INTENT_NOUNS | _AFTER_NOUNS)


def _surface(sentence: str, tokens, begin: int, end: int) -> str:
    """Text of [begin, end) without its final object/topic/subject/goal (에) particle or a leading particle:
    headline style."""
    inside = [t for t in tokens if begin <= t.start < end]
    while inside and inside[-1].tag == "MAG" and len(inside) > 1:
        end = inside.pop().start  # "국정감사를 모두 마치고": an adverb before the predicate is no part of a headline
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
        elif (t.tag in ("JKO", "JX", "JKS") or (t.tag == "JKB" and t.form == "에")) and t.start + t.len == len(last):
            drop.append((t.start, t.start + t.len))
    out, pos = [], begin
    for a, b in drop:
        out.append(sentence[pos:a])
        pos = b
    out.append(sentence[pos:end])
    text = re.sub(r"\s+", " ", "".join(out)).strip(" ,")
    # "순차적으로 교통통제 실시": an adverb of manner made with -적으로 leads no headline either
    return re.sub(r"^(?:저녁|오후|오전|밤|새벽|낮|함께|직접|또|다시|[가-힣]+적으로)\s+", "", text)


def _last_boundary(tokens, begin: int, end: int) -> int:
    """Start of the last clause in [begin, end): after a connective ending or a comma."""
    start, depth = begin, 0
    for t in tokens:
        if not begin <= t.start < end:
            continue
        if t.form in ("(", "["):
            depth += 1
        elif t.form in (")", "]"):
            depth = max(depth - 1, 0)
        elif (t.tag == "EC" or (t.tag == "SP" and t.form == ",")) and not depth:
            start = t.start + t.len  # a comma inside brackets (`옌타이(주4회, 월·수·금·토요일) 노선`) lists, ends no clause
    return start


def _shorten(sentence: str, tokens, begin: int, end: int, text: str) -> str:
    """A long clause keeps its place phrase (`…에서`) and the last three words before the predicate."""
    if len(text) <= MAX_TITLE:
        return text
    words = text.split()
    place = [w for w in words[:-3] if re.search(r"(?:에서|와|과)$", w)]
    return " ".join(place[-1:] + words[-3:])


NP_TAGS = ("NNG", "NNP", "NNB", "SN", "SL", "SH", "XSN", "XPN", "SSO", "SSC")


def _argument(sentence: str, tokens, begin: int, end: int) -> str | None:
    """The noun phrase the predicate at `end` takes: the one before the particle nearest to it (을/를, 이/가,
    에, 으로) in the same clause, with its coordinated nouns (`광역도로와 지원센터`) and one `의` link
    (`교육청의 업무보고`); None when there is none."""
    inside = [k for k, t in enumerate(tokens) if begin <= t.start < end]
    marks = [k for k in inside if tokens[k].tag in ("JKO", "JKS") or
             (tokens[k].tag == "JKB" and tokens[k].form in ("에", "으로", "로")
              and not (tokens[k - 1].tag == "XSN" and tokens[k - 1].form == "적"))]  # `순차적으로`: how, an adverb
    # with no case marked, a topic (은/는 after a noun) is what a passive predicate is about: "선거일인 4월 13일의
    # 투표는 오전 6시부터 … 투표소에서 실시되며"
    marks = marks or [k for k in inside if tokens[k].tag == "JX" and tokens[k].form in ("은", "는")
                      and k > 0 and grammar.is_noun(tokens[k - 1])]
    if not marks:
        return None
    k = marks[-1]
    if any(tokens[n].tag.startswith(("E", "V", "XSV")) for n in inside if n > k):
        return None  # another predicate stands between: not this predicate's argument
    first = k
    while first - 1 >= 0 and tokens[first - 1].start >= begin and (
            tokens[first - 1].tag in NP_TAGS or tokens[first - 1].tag == "JC"
            or (tokens[first - 1].tag == "SP" and tokens[first - 1].form == "·")
            or (tokens[first - 1].tag == "MM" and tokens[first].tag == "NNB")  # `세 번째 정규 앨범`: a count's numeral
            or (tokens[first - 1].tag == "JKG" and first - 2 >= 0 and tokens[first - 2].tag in NP_TAGS)):
        first -= 1
    while first < k and tokens[first].tag in ("JC", "JKG", "SP"):
        first += 1
    if first == k:
        return None
    np = _balanced(sentence[tokens[first].start:tokens[k].start].strip().strip("‘’'\"“”"))
    if content_words(np) and any(grammar.is_noun(tokens[n]) for n in range(first, k)):
        return np
    return None


# Nouns after -ㄹ that weigh a happening (`시작될 가능성`, `취소될 우려`), not a noun it describes
_MODAL_HEADS = frozenset("가능 가능성 우려 공산".split())


def _modifies_name(tokens, i: int) -> bool:
    """`12일 개최되는 '제20회 국가 우주위원회'`: the predicate at i ends in an adnominal before a quoted name."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "XSA", "EP", "VCP"):
        j += 1
    return j + 1 < len(tokens) and tokens[j].tag == "ETM" and tokens[j + 1].form in _QUOTES.values() \
        and _quote_closed(tokens, j + 1) is not None


def _quote_closed(tokens, opened: int) -> int | None:
    """Index of the mark closing the short quoted name opened at `opened`."""
    right = {v: k for k, v in _QUOTES.items()}.get(tokens[opened].form)
    for k in range(opened + 1, len(tokens)):
        if tokens[k].start - tokens[opened].start > 40 or tokens[k].tag in ("SF", "EF"):
            return None
        if tokens[k].form == right:
            return k if k > opened + 1 else None
    return None


def _head_phrase(sentence: str, tokens, i: int) -> str | None:
    """The noun phrase the predicate at i modifies, up to its first particle, without a generic head; a quoted
    name right after the predicate (`개최되는 '제20회 국가 우주위원회' 안건`) is the phrase by itself."""
    j = i + 1
    while j < len(tokens) and not tokens[j].tag.startswith(("NN", "SL")):
        if tokens[j].form in _QUOTES.values() and (close := _quote_closed(tokens, j)) is not None:
            return sentence[tokens[j].start:tokens[close].start + tokens[close].len]
        j += 1
    k = j
    while k < len(tokens) and (not tokens[k].tag.startswith(("JKO", "JKB", "JKS", "JX", "E", "SP", "SF", "V")) or (
            tokens[k].form == "·" and k > j and k + 1 < len(tokens) and grammar.is_noun(tokens[k + 1]))):
        k += 1  # `한·아세안 특별정상회의`: nouns joined by a middle dot are one phrase
    head = sentence[tokens[j].start:tokens[k - 1].start + tokens[k - 1].len] if k > j else ""
    for generic in GENERIC_HEADS:
        head = re.sub(rf"\s*{generic}$", "", head)
    return head.strip() or None


def _noun_phrase_before(sentence: str, tokens, pos: int) -> str | None:
    """The nouns that end right before character `pos` (a particle): `합격자 발표` in `합격자 발표는`."""
    before = [t for t in tokens if t.start + t.len <= pos]
    if before and before[-1].form == ")" and (opened := _bracket_opened(before, len(before) - 1)) is not None \
            and before[opened].form == "(" and opened > 0 and grammar.is_noun(before[opened - 1]):
        # `플레이오프(5전3선승제)가`: a note in brackets right before the particle glosses the phrase before it
        pos, before = before[opened].start, before[:opened]
    k = len(before)
    linked = False
    while k > 0:
        if grammar.is_noun(before[k - 1]) or before[k - 1].tag in ("SN", "XSN", "XPN", "NNB") \
                or (before[k - 1].tag == "NR" and k > 1 and before[k - 2].tag == "SN") \
                or (before[k - 1].form in ("~", "∼") and k > 1 and before[k - 2].tag == "SN"):  # `70~74세`
            k -= 1
        elif before[k - 1].tag == "SSC" and k < len(before) and (opened := _bracket_opened(before, k - 1)) is not None \
                and opened > 0 and grammar.is_noun(before[opened - 1]):
            k = opened  # `자동 응답 시스템(ARS) 투표`: an abbreviation or gloss in brackets inside the phrase
        elif k == len(before) and (opened := _quote_opened(sentence, before, k - 1)) is not None:
            k = opened  # `'제68회 의성군민체육대회'가`: a quoted name right before the particle is the phrase
        elif before[k - 1].tag == "MM" and k < len(before) and k > 1 and grammar.is_noun(before[k - 2]):
            k -= 1  # `2차 예선 첫 경기는`: a determiner inside the phrase, between its nouns
        elif before[k - 1].tag == "MM" and k < len(before) and before[k - 1].start + before[k - 1].len == before[k].start:
            k -= 1  # `본회의는` (Kiwi: 본/MM 회의/NNG): a determiner written as one word with the noun is its prefix
        elif before[k - 1].tag == "JKG" and k < len(before) and not linked and k > 1 \
                and (grammar.is_noun(before[k - 2]) or before[k - 2].tag == "NP") \
                and not (k > 2 and before[k - 3].tag == "ETM"):  # `가장 큰 규모의`: a described noun, no name
            k -= 2 if before[k - 2].tag == "NP" else 1  # `그녀의 사생활 종영`: one possessive link inside the phrase
            linked = True
        else:
            break
    if k == len(before):
        return None
    text = sentence[before[k].start:pos].strip()
    return text if content_words(text) else None


_QUOTES = {"'": "'", "’": "‘", '"': '"', "”": "“", "」": "「", "』": "『", ">": "<", "》": "《"}


def _quote_opened(sentence: str, tokens, close: int) -> int | None:
    """Index of the mark opening the quoted name that the mark at `close` ends (`'제68회 의성군민체육대회'`), when
    the name is short and holds no sentence end or other quotation."""
    left = _QUOTES.get(tokens[close].form)
    if left is None or tokens[close].tag not in ("SSC", "SSO", "SS", "SW", "SP"):
        return None
    k = close - 1
    while k >= 0 and tokens[k].form != left and tokens[k].tag not in ("SF", "EF") \
            and tokens[k].form not in _QUOTES and tokens[close].start - tokens[k].start <= 40:
        k -= 1
    if k < 0 or tokens[k].form != left or k == close - 1 or not any(grammar.is_noun(t) for t in tokens[k + 1:close]):
        return None
    return k


def _bracket_opened(tokens, close: int) -> int | None:
    """Index of the `(` that the `)` at `close` closes, when only words of a name or gloss are between."""
    k = close - 1
    while k >= 0 and (grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "SL", "SP", "XSN", "NNB")):
        k -= 1
    return k if k >= 0 and tokens[k].tag == "SSO" and k < close - 1 else None


def _title(sentence: str, tokens, expr: TimeExpr, stop: int) -> str | None:
    if expr.text.startswith(TIMELESS):
        return None
    # "4월 11일 예정된 … 기념행사에는 …": a day right before an adnominal saying only that something takes place
    # belongs to that clause, whatever the sentence's own verb tells
    title = _named_by_parenthesis(sentence, tokens, expr) or _held_on_date(sentence, tokens, expr) \
        or _held_that_day(sentence, tokens, expr) or _scheduled_for_date(sentence, tokens, expr)
    if not title:
        title = _title_from_predicate(sentence, tokens, expr, stop) or _setting(sentence, tokens, expr, stop) \
            or _topic_on_date(sentence, tokens, expr, stop)
        # "이날 오후 2시 흥덕사지에서 개최": the clock time is part of the date, not of the title
        title = _balanced(_CLOCK_LEAD.sub("", title)) if title else None
        # "양일간 오전 9시부터 오후 6시까지 최종 후보자 등록 신청": hours and lengths inside are when, not what
        title = re.sub(r"\s+", " ", _CLOCK_SPAN.sub(" ", title)).strip() or None if title else None
    if title:  # "7일 또는 개최": another listed day is not part of the title, nor its name ("(청룡기) ...")
        title = re.sub(r"^(?:[\d·~∼]+일\s*(?:과|와|또는|,)?\s*|\([^()]*\)\s*(?=\S+\s+\S))+", "", title).strip() or None
    if title:  # "두 차례 ... 한 차례 각각 원정 9연전을 벌인다": how often, and for whom, is not what happens
        title = re.sub(r"^(?:(?:한|두|세|네|\d+)\s*(?:차례|번)\s+|각각?\s+)+", "", title).strip() or None
    series = re.match(r"(?:시작으로|시작해|시작하여|필두로)\s+(?:총\s*)?(?:\d+\s*(?:회|차례|번)\s+)?", title or "")
    if series:  # "금융통화위원회를 내년 1월18일을 시작으로 총 8회 개최한다": what is held is the object before the date
        objects = [t for t in tokens if t.start + t.len <= expr.start and t.tag == "JKO"]
        held = _noun_phrase_before(sentence, tokens, objects[-1].start) if objects \
            and not sentence[objects[-1].start + objects[-1].len:expr.start].strip() else None
        title = f"{held} {title[series.end():]}" if held else None
    if title and re.match(r"\)\s", title):
        title = title[1:].strip()  # "같은 날(25일) 정기주총을 개최한다": the bracket around the date closes first
    if title in EVENT_VERBS.values() and (done_to := _fronted_object(sentence, tokens, expr)):
        # "… 티켓 예매를 지난 10월 29일 한 차례 진행했습니다": the object told before the date is what was held
        return f"{done_to} {title}"
    place = re.fullmatch(r"[^\s을를]+에서\s+(\S+)", title or "")
    if place and place.group(1) in EVENT_VERBS.values() and (held := _fronted_subject(sentence, tokens, expr)):
        # "… 인사청문회도 같은날 환경노동위원회에서 열린다": the place is where; what is held is the subject before the date
        return f"{held} {place.group(1)}"
    done = (title or "").split()[-1:]
    if done and done[0] in _HELD_NOUNS and not any(expr.end <= t.start < stop and t.tag == "JKO" for t in tokens) \
            and not _adnominal_held(tokens, expr, done[0]) \
            and (held := _fronted_subject(sentence, tokens, expr)) and held not in title:
        # "추가모집은 내년 2월24~29일 중에 대학이 자율적으로 시행한다": a verb of holding with no object of its own
        # holds the subject or topic told right before the date
        return f"{held} {done[0]}"
    if title in EVENT_VERBS.values() or (title or "").startswith(")"):
        return None  # "개최" alone: the verb's headline noun, with nothing held; ")엔 …": the bracket is an adverbial
    words = title.split() if title else []
    if words and all(w in TIME_NOUNS or w in ("다음", "이번", "주", "달", "해") for w in words[:-1] or words):
        return None  # "이후 개최", "다음 주": nothing but time words names no happening
    return title


def _adnominal_held(tokens, expr: TimeExpr, noun: str) -> bool:
    """Whether the verb of holding after the date modifies a noun (`12일 개최되는 '… 위원회'`): what is held follows it."""
    after = [t for t in tokens if t.start >= expr.end]
    k = next((k for k, t in enumerate(after) if t.form == noun), None)
    rest = [t.tag for t in after[k + 1:k + 4]] if k is not None else []
    return any(tag == "ETM" for tag in rest[:3]) and all(tag.startswith(("XS", "VV", "EP", "ETM")) for tag in rest[:rest.index("ETM")])


def _fronted_object(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """The object right before the date (`티켓 예매를 지난 10월 29일 …`), moved ahead of it: the noun phrase, else None."""
    before = [t for t in tokens if t.start + t.len <= expr.start]
    if not before or before[-1].tag != "JKO" or sentence[before[-1].start + before[-1].len:expr.start].strip():
        return None
    np = _noun_phrase_before(sentence, tokens, before[-1].start)
    return np if np and content_words(np) else None


def _fronted_subject(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """The subject or topic right before the date (`인사청문회도 같은날 …`, `결승전은 9일 …`): the noun phrase, else None."""
    before = [t for t in tokens if t.start + t.len <= expr.start]
    if not before or not (before[-1].tag == "JKS" or (before[-1].tag == "JX" and before[-1].form in ("도", "은", "는"))) \
            or sentence[before[-1].start + before[-1].len:expr.start].strip():
        return None
    np = _noun_phrase_before(sentence, tokens, before[-1].start)
    return np if np and content_words(np) else None


# What a topic may end with that names when, not what: `금융안정회의 일자는`, `투표 기간은`
_DEADLINE = re.compile(r"(?:기한|시한|마감일?)$")
_WHEN_NOUNS = re.compile(r"\s*(?:일자|날짜|일시|기간|일정|시기)$")
# ... and the day of a happening, as one word (`공개일`, `공개일정`, `선고일`)
_DAY_OF = re.compile(r"(?<=[가-힣]{2})(?:일|일자|일정)$|\s*(?:일자|날짜|일시|일정|시기)$")


# The hour right after a day (`다음달 20일 오전 11시이며`) says the day more finely, not what happens
_CLOCK_AFTER = re.compile(r"\s*(?:(?:오전|오후|저녁|밤|새벽|낮)\s*)?\d{1,2}시(?:\s*\d{1,2}분)?(?=\s*이)")


def _topic_on_date(sentence: str, tokens, expr: TimeExpr, stop: int) -> str | None:
    """`첫 회의는 내년 1월24일이다`, `선거운동은 4월17일~5월8일 할 수 있다`: the topic is said to be on the date
    (a copula) or open to be done then (`하다` with `-ㄹ 수 있다`); the topic names the happening. A note in brackets
    right after the date (`발표 기간은 오는 15~19일(발표마감 19일 오후 9시)이며`) says more of the date, not of the clause;
    so does an hour (`행사날짜는 다음달 20일 오전 11시이며, 장소는 …`: a connective copula going on to another topic)."""
    note = re.match(r"\s*\([^()]*\)", sentence[expr.end:stop]) or _CLOCK_AFTER.match(sentence[expr.end:stop])
    after = [t for t in tokens if expr.end + (note.end() if note else 0) <= t.start < stop and t.tag not in ("SF", "SP")]
    forms = [(t.tag, t.form) for t in after]
    if forms and forms[0][1] == "까지" and isinstance(expr, _Borrowed):
        forms = forms[1:]  # "선거운동 기간은 19일부터 ... 31일까지다": the span's end, then the copula
    if len(forms) >= 2 and forms[0] == ("JKB", "로") and forms[1][1] in ("하", "정하", "잡"):
        # "예산안 시정연설을 10월 4일로 하고": the object is set on the date
        objects = [t for t in tokens if t.start + t.len <= expr.start]
        if objects and objects[-1].tag == "JKO":
            return _noun_phrase_before(sentence, tokens, objects[-1].start)
        return None
    if len(forms) >= 2 and forms[0] == ("JKB", "로") and forms[1][0] == "VV":
        # "의사록은 … 공개일정을 각각 4월 12일, 10월 11일로 앞당길 계획이다": the day of a happening moved or set to
        # the date; the happening is what the when-noun is of, and whose the sentence's topic says
        objects = [t for t in tokens if t.start + t.len <= expr.start and t.tag == "JKO"]
        what = _noun_phrase_before(sentence, tokens, objects[-1].start) if objects else None
        base = _DAY_OF.sub("", what).strip() if what and _DAY_OF.search(what) else None
        if base and content_words(base):
            marks = [t for k, t in enumerate(tokens) if t.tag == "JX" and t.form in ("은", "는") and k > 0
                     and grammar.is_noun(tokens[k - 1]) and t.start < objects[-1].start]
            whose = _noun_phrase_before(sentence, tokens, marks[0].start) if marks else None
            return f"{whose} {base}" if whose and base not in whose else base
        return None
    copula = len(forms) >= 1 and forms[0][0] == "VCP" and all(tag.startswith("E") for tag, _ in forms[1:])
    listed = len(forms) >= 2 and forms[0][0] == "VCP" and forms[1][0] in ("EC", "EF")
    window = [f for _, f in forms[-5:]][:4] == ["하", "ᆯ", "수", "있"] and all(
        tag in ("NNG", "NNB", "SN", "JKB", "JX") for tag, _ in forms[:-5])
    # "승차권 예매는 오는 28일 오전 10시부터 가능하다": 가능하다 says the same as -ㄹ 수 있다, the topic opens then
    stem = [k for k, (tag, _) in enumerate(forms) if not tag.startswith("E")]
    window = window or (len(stem) >= 2 and stem[-1] == len(stem) - 1 and forms[stem[-1]] == ("XSA", "하")
                        and forms[stem[-2]][1] == "가능"
                        and all(tag in ("NNB", "SN", "JKB", "JX") for tag, _ in forms[:stem[-2]]))
    # "첫 발표는 이르면 8일이 될 전망이다": the day the topic becomes, foreseen, is the copula said ahead
    becomes = len(forms) >= 4 and forms[0][0] == "JKC" and [f for _, f in forms[1:4]] in (["되", "ᆯ", "전망"], ["되", "ᆯ", "것"]) \
        and expr.direction == "future"
    copula = copula or becomes
    if not (copula or window or listed):
        return None
    lead = len(re.sub(r"(?:(?:오는|지난|내년|올해|다음\s?달|내달|이르면|빠르면|늦어도)\s*)*$", "", sentence[:expr.start]).rstrip())
    before = [t for t in tokens if t.start + t.len <= lead]
    if listed and before and before[-1].tag == "NNG" and before[-1].start + before[-1].len == lead \
            and not isinstance(expr, _Borrowed):
        # "발사예정일은 1차 발사 10월21일이며, 2차 발사 2022년 5월19일이다": each noun phrase right before its date,
        # said to be on it, is a happening of its own
        np = _noun_phrase_before(sentence, tokens, lead)
        np = _WHEN_NOUNS.sub("", np) if np else None
        return np if np and content_words(np) and np != sentence[:lead].strip() else None
    if not before or before[-1].start + before[-1].len != lead or not (
            before[-1].tag == "JKS" or (before[-1].tag == "JX" and before[-1].form in ("은", "는"))):
        return None
    topic = _noun_phrase_before(sentence, tokens, before[-1].start)
    first = next((k for k, t in enumerate(tokens) if topic and t.start == before[-1].start - len(topic)), None)
    if first and tokens[first - 1].tag == "MM":
        topic = f"{tokens[first - 1].form} {topic}"  # "첫 회의는"
    if topic and _DEADLINE.search(topic):
        return None  # "최저임금 법정 심의 기한은 오는 29일이며": a deadline is no happening
    topic = _WHEN_NOUNS.sub("", topic) if topic else None
    return topic if topic and content_words(topic) else None


def _doer(sentence: str, tokens, date_start: int) -> str | None:
    """Whose happening a clause tells: the subject (이/가) of the clause ending at the date, else the sentence's
    first topic (은/는 after a noun, which scopes the whole sentence), without the count that follows a name
    (`르노 XM3 등 2개 차종 8562대` -> `르노 XM3 등`, `기아 봉고3 3만 3990대` -> `기아 봉고3`)."""
    own = _last_boundary(tokens, 0, date_start)
    subjects = [t for t in tokens if own <= t.start < date_start and t.tag == "JKS"]
    topics = [t for k, t in enumerate(tokens) if t.start < date_start and t.tag == "JX" and t.form in ("은", "는")
              and k > 0 and (grammar.is_noun(tokens[k - 1]) or tokens[k - 1].tag == "NNB")]
    mark = subjects[-1] if subjects else topics[0] if topics else None
    np = _noun_phrase_before(sentence, tokens, mark.start) if mark else None
    if not np:
        return None
    words = tokenize(np)
    cut = next((k + 1 for k, t in enumerate(words) if t.tag == "NNB" and t.form == "등" and k > 0), len(words))
    while cut > 1 and words[cut - 1].tag in ("SN", "NR", "NNB") and words[cut - 1].form != "등":
        cut -= 1
    np = np[:words[cut - 1].start + words[cut - 1].len].strip() if cut < len(words) else np
    # a phrase opening with a count (`464개 12월 결산 법인`, `총 322사`) is a tally of doers, not one of them
    return np if content_words(np) and words[0].tag != "SN" and words[0].form != "총" else None


def _setting(sentence: str, tokens, expr: TimeExpr, stop: int) -> str | None:
    """`재판부는 지난 13일 재판에서 "..."라고 밝혔다`: a past date whose clause has no predicate of its own,
    right before a common noun with 에서, dates that noun: the session where something was said."""
    if expr.direction != "past":
        return None
    after = [t for t in tokens if expr.end <= t.start < stop]
    k = 0
    while k < len(after) and after[k].tag == "NNG":
        k += 1
    if k == 0 or k >= len(after) or after[k].form != "에서" or after[k].tag != "JKB" \
            or sentence[expr.end:after[0].start].strip() or len(after[k - 1].form) < 2:
        return None
    return sentence[after[0].start:after[k - 1].start + after[k - 1].len]


def _balanced(title: str) -> str:
    """A quotation mark whose pair the title cut off is dropped (`‘빌더 랩 참석` -> `빌더 랩 참석`)."""
    for left, right in (("‘", "’"), ("“", "”")):
        if title.count(left) != title.count(right):
            title = title.replace(left, "").replace(right, "")
    for mark in ("'", '"'):
        if title.count(mark) % 2:
            title = title.replace(mark, "")
    return title


_CLOCK_LEAD = re.compile(r"^(?:\([월화수목금토일]\)\s*)?(?:(?:까지|부터|가운데|중)\s+)?(?:\d+일간\s+)?"
                         r"(?:(?:오전|오후|저녁|밤|새벽)\s*)?(?:\d{1,2}시(?:\s*\d{1,2}분)?(?:부터)?\s+)?")


def _named_by_parenthesis(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """`선거일(오는 16일)`, `한국의날(1월 16일)`: a date in brackets right after a noun dates that noun."""
    before = sentence[:expr.start].rstrip()
    close = sentence.find(")", expr.end)
    note = re.search(r"\(([^(),]+),$", before)
    if note and all(grammar.is_noun(t) for t in tokens if note.start(1) <= t.start < note.end(1)):
        before = before[:note.start() + 1]  # `아리랑대축제(강원 정선, 10. 9.~12.)`: where, then when, in the brackets
    if not before.endswith("(") or close < 0:
        return None
    # `전형(11월25∼29일 원서접수)`: a noun phrase after the date inside the brackets says which step of it
    step = [t for t in tokens if expr.end <= t.start < close]
    if step and (not re.search(r"\d", expr.text) or not all(t.tag in ("NNG", "NNP", "SL", "SN", "XSN") for t in step)):
        return None
    np = _noun_phrase_before(sentence, tokens, len(before) - 1)
    if not np or len(np) < 2:
        return None
    if not step and find_time_expressions(np, date.today()):
        # "내일(2일) 개막식은 …": the word before the brackets is the date in words; what happens is the topic or
        # subject right after the brackets
        after = [t for t in tokens if t.start > close]
        k = 0
        while k < len(after) and (grammar.is_noun(after[k]) or after[k].tag in ("SN", "NNB", "XSN")):
            k += 1
        if 0 < k < len(after) and (after[k].tag == "JKS" or (after[k].tag == "JX" and after[k].form in ("은", "는"))):
            return sentence[after[0].start:after[k - 1].start + after[k - 1].len]
        return None
    return f"{np} {sentence[expr.end:close].strip()}" if step else np


# An hour span or a length anywhere in a title: `오전 9시부터 오후 6시까지`, `(10시) 45분부터는`, `양일간`, `나흘간`
_CLOCK_SPAN = re.compile(r"(?<!\S)(?:(?:(?:오전|오후|저녁|밤|새벽|낮)\s*)?(?:\d{1,2}시(?:\s*\d{1,2}분)?|\d{1,2}분)"
                         r"(?:부터|까지)(?:는|은)?"
                         r"|(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|양일|\d+일)\s*(?:간|동안)(?:의)?)(?!\S)")
# The curtain idioms: `막이 오르다`/`막을 올리다` say a run opens, `막을 내리다` that it closes
_CURTAIN = {("막", "오르"): "개막", ("막", "올리"): "개막", ("막", "내리"): "폐막"}
# ... also as nights and days (`2박3일간`, `3박 4일 동안`: a trip's length)
_LENGTH_LEAD = re.compile(r"^\s*(?:(?:한|두|세|네|\d+)\s*박\s*)?(?:한|두|세|네|\d+)\s*(?:일|주일?|개월|달|년)\s*"
                          r"(?:간|동안)(?:의\s*일정으로|에\s*걸쳐|의)?\s*")


# Verbs that say what is, is said or is thought, not that something happens
# (`말하`, `알려지`), a quantity or a state changing (`늘`, `줄어들`, `바뀌`, `이어지`), or a date being moved or set for
# another happening (`앞당기`, `정하`)
_NOT_HAPPENING = frozenset("있 없 되 하 이 아니 않 보 따르 위하 대하 통하 의하 관하 비롯하 말하 밝히 전하 알리 알려지 전해지 "
                           "예상하 생각하 보이 기대하 바라 원하 주목하 모으 끌 쏠리 이르 달하 넘 남 걸리 "
                           "늘 줄 늘어나 줄어들 늘리 줄이 바뀌 바꾸 오르 내리 떨어지 높이 낮추 이어지 잇 계속되 "
                           "앞당기 당기 미루 늦추 연기하 정하 잡 지나".split())


def _planned_verb(tokens, begin: int, stop: int) -> tuple[int, str] | None:
    """The clause's own verb when nothing else in it names a happening and its date lies ahead (`6일에는 …
    싱글앨범이 나선다`, `5월 컴백 첫 주자로 나선다`): what a dated clause says will be done is done that day. A verb
    that only modifies a noun, says what is or is said, or is wished or conditional is none."""
    for i, t in enumerate(tokens):
        if t.start < begin or t.start >= stop or not t.tag.startswith("VV") or t.form in _NOT_HAPPENING \
                or t.form in REPORTING or grammar.hypothetical(tokens, i) or grammar.quoted_intent(tokens, i):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].tag == "EP":
            j += 1
        while j + 1 < len(tokens) and tokens[j].tag == "EC" and tokens[j].form in ("어", "아", "여") \
                and tokens[j + 1].tag == "VX" and tokens[j + 1].form in ("주", "드리"):
            j += 2  # "가족사진도 찍어준다": done for someone, still done then
            while j < len(tokens) and tokens[j].tag == "EP":
                j += 1
        if j + 1 < len(tokens) and (tokens[j].tag, tokens[j].form) == ("EC", "게") and tokens[j + 1].form == "되" \
                and tokens[j + 1].tag.startswith("VV"):
            j += 2  # "오는 15일이면 모두 끝나게 된다": `-게 되다` says it comes to be done then
            while j < len(tokens) and tokens[j].tag == "EP":
                j += 1
        if j >= len(tokens):
            continue
        end = tokens[j]
        if end.tag == "EF" or (end.tag == "EC" and end.form in ("고", "며", "으며", "면서", "으면서")) \
                or (end.tag == "ETM" and j + 1 < len(tokens) and tokens[j + 1].form in _FORECAST_NOUNS):
            return i, t.form + "다"
    return None


def _described_history(sentence: str, tokens, expr: TimeExpr, stop: int) -> str | None:
    """The relative clause a past date opens, with the noun it describes, as the title (`지난해 말 완공한
    양양국제공항`): the verb says what was done, the noun what it was done to or by."""
    found = grammar.past_relative_clause(tokens, expr.end, stop)
    if found is None:
        return None
    verb, head = found
    done = tokens[verb - 1].form if tokens[verb].tag == "XSV" else tokens[verb].form
    first = next(k for k, t in enumerate(tokens) if t.start >= expr.end)
    if done in _NOT_HAPPENING or done in REPORTING or done in RELATIONAL or done in FIGURES \
            or tokens[first].form in ("부터", "까지") or (expr.precision == "day" and expr.end_date != expr.date):
        return None  # `적자를 기록한`, `효과에 따른`: no happening; `12월 15일부터 ... 구매한`: a period, not a day
    while first < verb and tokens[first].tag.startswith(("J", "SP")):
        first += 1  # `1977년에 지어진`: the date's own particle is not the title's
    title = sentence[tokens[first].start:tokens[head].start + tokens[head].len].strip()
    return title if 0 < len(title) <= MAX_TITLE else None


def _inside_a_word(sentence: str, t) -> bool:
    """An adnominal ending with a letter right after it (`싼야` read as 싸/VA ㄴ/ETM 야/NNG): a name misread, no
    relative clause, which ends its word."""
    after = t.start + t.len
    return after < len(sentence) and not sentence[after].isspace() and sentence[after] not in "'‘’\"“”「『<《"


def _title_from_predicate(sentence: str, tokens, expr: TimeExpr, stop: int, verb: bool = False) -> str | None:
    """The title of the happening the clause after the date names; with `verb`, the last resort of a date ahead:
    its clause's own verb."""
    found = _planned_verb(tokens, expr.end, stop) if verb else _predicate(tokens, expr.end, stop, past=expr.direction == "past")
    if found is None:
        return None
    i, noun = found
    clause = expr.end
    # "80여 명이 참석한 가운데 ... 기획보고회를 가졌다": the scene set, the event is the predicate after it
    # (`비가 내리는 가운데`: a light verb's clause sets the scene the same way)
    while (after := grammar.circumstance_end(tokens, grammar.light_verb_argument(tokens, i) or i)) is not None \
            and (later := _predicate(tokens, after, stop)):
        (i, noun), clause = later, after
    pred = tokens[i]
    # "10월 2일~11일까지 약 110개국 8,700여 명의 참가가 예상되는 가운데, … 분산 개최된다": a scene whose own verb says
    # nothing happens (`예상되는`) is skipped all the same; its count is not the happening's
    scene = [t.start + t.len for k, t in enumerate(tokens) if clause <= t.start < pred.start and t.form == "가운데"
             and k > 0 and tokens[k - 1].tag == "ETM"]
    clause = scene[-1] if scene else clause
    if grammar.counts_something(tokens, clause, pred.start, i) or grammar.recurs(tokens, expr.end, pred.start) \
            or grammar.habitual(tokens, _last_boundary(tokens, 0, expr.start), pred.start):
        return None  # "올해 4500명이 찾았다", "1~3월 수출이 전년 대비 증가": a figure, not a happening
    if grammar.plural_argument(tokens, i):
        return None  # "다음 주 … 각종 경기지표가 공개된다": many releases told together, each told on its own day
    if _tells_a_figure(tokens, i, clause, stop):
        return None  # "5월에 … 청약을 하는 기업은 모두 9곳에 달한다": a count of those who do it
    if pred.form in _CALLING_OFF and i >= 2 and tokens[i - 1].tag == "JKO" and all(
            grammar.is_noun(t) or t.tag in ("SN", "XSN", "NNB") for t in tokens if expr.end <= t.start < tokens[i - 1].start):
        return None  # "넥센타이어가 2월 주총을 포기하면서": the date is the called-off happening's, nothing happens then
    if _counts_times(sentence, tokens, expr, i):
        return None  # "내년에 … 모두 24회의 정기회의를 개최한다": how many times over a period, not one happening
    if pred.tag == "VV" and _is_adnominal(tokens, i):
        return _head_phrase(sentence, tokens, i)  # "열리는 카카오의 발표": the event is what the verb modifies
    intent = _object_of_intent(tokens, i)
    if intent is not None and _is_adnominal(tokens, intent) and (head := _head_phrase(sentence, tokens, intent)) \
            and head.split()[0] not in _WHEN_HEADS:
        return f"{head} {noun}"  # "출시를 예고한 AI 서비스 ‘카나나’": what is launched is the noun it modifies
    begin = _last_boundary(tokens, clause, pred.start)
    # "최신 기술을 공유하는 ‘데브데이 익스체인지’": drop a modifying clause when the rest still names the event
    place = ""
    for t in tokens:
        if begin <= t.start < pred.start and t.tag == "ETM" and len(content_words(sentence[t.start + t.len:pred.start])) >= 2 \
                and not _inside_a_word(sentence, t) and not _postposed(tokens, t):
            # keep where it happens ("‘이프카카오’에서") from the dropped part
            where = re.findall(r"\S+에서(?=\s)", sentence[begin:t.start])
            place = where[-1] + " " if where else place
            begin = t.start + t.len
    before = [t for t in tokens if clause <= t.start < pred.start]
    if pred.form in _ATTENDING and grammar.verbal_noun(tokens, i) and grammar.modifies_noun(tokens, i) \
            and any(t.tag == "JKS" for t in before) and not any(t.tag == "JKB" and t.form == "에" for t in before) \
            and (head := _head_phrase(sentence, tokens, i + 1)):
        # "26일 15개 팀이 참여한 거리퍼레이드로": with its subject told and no goal (`펀딩에 참여한 관객`), what the
        # clause describes is what they take part in
        return head
    if pred.form in _ATTENDING and grammar.verbal_noun(tokens, i):
        # the goal made the topic (`에는`, `에도`) is what the sentence is about
        goals = [k for k, t in enumerate(tokens) if expr.end <= t.start < pred.start and t.tag == "JKB" and t.form == "에"
                 and k + 1 < len(tokens) and tokens[k + 1].tag == "JX"]
        goal = _noun_phrase_before(sentence, tokens, tokens[goals[0]].start) if goals else None
        if goal:
            return f"{goal} {pred.form}"  # "이날 기자회견에는 … 송영훈이 참석하고": who attends is no happening; where is
    text = place + _surface(sentence, tokens, begin, pred.start)
    text = _LENGTH_LEAD.sub("", text)  # "25일부터 내달 2일까지 9일간의 일정으로 진행": the span's length names nothing
    text = _CLOCK_LEAD.sub("", text + " ").strip()  # "28일 오전 5시30분부터 시작한다": the hour is part of the date
    where = text if _tells_only_where(tokens, begin, pred.start) else ""
    if where or _tells_only_how(tokens, begin, pred.start):
        # "무려 1년 5개월 만에 컴백하고", "본회의에서 처리키로": how, how often, where name no happening; where is
        # kept only when nothing else names it ("1986년 10월 영국 허 마제스티 극장에서 초연된")
        text = ""
    noun_text = sentence[pred.start:pred.start + pred.len] if pred.tag.startswith("NN") else noun
    if grammar.made_into(tokens, i):
        noun_text = grammar.noun_form(tokens, i)  # "상품화할 계획": the suffix 화 Kiwi splits off is part of the noun
    verb = grammar.light_verb_argument(tokens, i) if pred.tag.startswith("NN") else None
    if verb is not None and (pred.form, tokens[verb].form) in _CURTAIN:
        noun_text = _CURTAIN[pred.form, tokens[verb].form]  # "막이 오른 도자기엑스포": the curtain rising is the opening
    if verb is not None and _is_adnominal(tokens, verb) and (head := _head_phrase(sentence, tokens, verb)):
        # "8월 10일 막이 오른 도자기엑스포": what the light verb describes is the event
        return head if len(noun_text) < 2 or noun_text in head else f"{head} {noun_text}"
    if grammar.verbal_noun(tokens, i) and (grammar.modifies_noun(tokens, i, grammar.NOT_HEADS | _MODAL_HEADS)
                                           or _modifies_name(tokens, i)) and not content_words(text or " ") \
            and (head := _head_phrase(sentence, tokens, i + 1)):
        if i > 0 and tokens[i - 1].tag == "XPN" and tokens[i - 1].start + tokens[i - 1].len == pred.start:
            noun_text = tokens[i - 1].form + noun_text  # "8월초 재소집되는 대표팀": a fused prefix (재/XPN) is the noun's
        return f"{head} {noun_text}"  # "오는 3일 개막하는 2010청주직지축제": the festival opens
    # "비가 내리는 가운데 … 개막됐다": the scene's own subject is no argument of the predicate
    scene = [t.start + t.len for k, t in enumerate(tokens) if begin <= t.start < pred.start and t.form == "가운데"
             and k > 0 and tokens[k - 1].tag == "ETM"]
    bare = not any(max([begin, *scene]) <= t.start < pred.start and t.tag in ("JKS", "JKO") for t in tokens)
    held = grammar.verbal_noun(tokens, i) and pred.form in _HELD_NOUNS and not any(
        _last_boundary(tokens, 0, expr.start) <= t.start < pred.start and t.tag == "JKO" for t in tokens)
    if bare and (_intransitive(tokens, i) or held):
        # "후보자 등록은 28일과 29일 이틀간에 걸쳐 각 지역 선관위에서 실시한다": what is carried out, with no object,
        # is the topic
        # "방송기기전이 ... 오는 31일부터 ... 본관에서 열린다": with only adverbials after the date, the subject
        # before it is what is held
        planned_for = i + 3 < len(tokens) and tokens[i + 1].tag == "ETM" and tokens[i + 2].form in grammar.PLAN_NOUNS \
            and tokens[i + 3].tag == "VCP"
        if planned_for and (held := grammar.held_noun(tokens, i)) is not None:
            # "30부는 20일 열릴 예정인 이 사건 8차공판에서": what the clause describes is held, not the topic
            return sentence[tokens[held[0]].start:tokens[held[1]].start + tokens[held[1]].len]
        own = _last_boundary(tokens, 0, expr.start)
        # the topic too (`언팩은 29일 ... 동시에 진행된다`): a passive or intransitive verb's topic is what happens
        # (`지역경제보고서(3월호)는 27일 나온다`: a note in brackets closes the topic's noun phrase)
        marks = [t for k, t in enumerate(tokens) if own <= t.start < expr.start and (t.tag == "JKS" or (
            t.tag == "JX" and t.form in ("은", "는") and k > 0
            and (grammar.is_noun(tokens[k - 1]) or tokens[k - 1].tag == "SSC")))]
        np = _noun_phrase_before(sentence, tokens, marks[-1].start) if marks else None
        close = next((k for k, t in enumerate(tokens) if marks and t.start + t.len == marks[-1].start and t.tag == "SSC"), None)
        if np is None and close is not None and (opened := _bracket_opened(tokens, close)) is not None:
            np = _noun_phrase_before(sentence, tokens, tokens[opened].start)
        if np:
            return np if np.endswith(noun_text) else f"{np} {noun_text}"
    subject = grammar.subject_after(tokens, expr.end)
    if subject is not None and tokens[subject[1]].start < pred.start \
            and ((pred.tag.startswith("NN") and grammar.verbal_noun(tokens, i))
                 or (pred.tag == "VV" and pred.form in _HELD_VERBS)) \
            and not (i > 0 and (tokens[i - 1].tag == "JKO" or (tokens[i - 1].tag == "JKB" and tokens[i - 1].form == "에"))):
        # "이날 개관식은 ... 순으로 진행됐다": the topic right after the date is what happens, unless the predicate
        # takes its own object or goal (`모레 오전 트럼프 대통령 부부가 주최하는 … 만찬에 참석합니다`)
        a, b = subject
        np = sentence[tokens[a].start:tokens[b - 1].start + tokens[b - 1].len]
        if content_words(np):
            return f"{np} {noun_text}"
    if not content_words(text) if text else True:
        plan = i + 1 if grammar.planned_noun(tokens, i) else None
        if plan is not None and _is_adnominal(tokens, plan) and (head := _head_phrase(sentence, tokens, plan)):
            return f"{head} {noun_text}"  # "3월 개최 예정인 2024 고령 대가야축제": what is held is that festival
        # nothing between the date and the predicate ("지사장도 곧 발표"): the clause before the date
        begin = _last_boundary(tokens, 0, expr.start)
        topic = [t for t in tokens if begin <= t.start < expr.start and t.tag in ("JKS",) or
                 (begin <= t.start < expr.start and t.tag == "JX" and t.form in ("은", "는"))]
        if topic:
            subject = _noun_phrase_before(sentence, tokens, topic[-1].start)
            begin = topic[-1].start + topic[-1].len
            if subject and not content_words(_surface(sentence, tokens, begin, expr.start)) and not where:
                # "합격자 발표는 내년 1월 29일 발표할": the topic names the event
                return subject if subject.endswith(noun_text) else f"{subject} {noun_text}"
        text = _surface(sentence, tokens, begin, expr.start)
        if any(t.tag == "ETM" and t.start + t.len >= len(sentence[:expr.start].rstrip()) - 1
               for t in tokens if begin <= t.start < expr.start):
            text = ""  # "2년 후인 2029년 8월께": the words before the date describe the date, not the event
        ahead = [t for t in tokens if begin <= t.start and t.start + t.len <= expr.start]
        if len(ahead) >= 2 and ahead[-1].form in _AFTER_NOUNS and ahead[-2].tag == "ETM":
            text = ""  # "… 간담회에 참석한 뒤 다음 달 2일 귀국합니다": what is done before is not what the date dates
        if where:
            text = ""  # "투표 및 24일 … 현장투표와 27일 전당대회장에서 진행되는": the place after the date, not others' words
    if (not text or not content_words(text)) and pred.tag.startswith("NN") and len(pred.form) > 1:
        if (shared := _shared_object(sentence, tokens, expr, i)) is not None:
            return f"{shared} {noun_text}"
        if where:  # the place then tells two happenings of one doer apart ("서울에서 간담회", "대구 … 개막")
            return _shorten(sentence, tokens, begin, pred.start, where) + " " + noun_text
        if grammar.light_verb_argument(tokens, i) is not None:
            # "3월 4일 입학식을 갖고": the light verb's argument is the event; whose it is, the subject or topic
            # ("삼양패키징이 20~21일 공모청약을 받는다"), tells two of them apart on one day
            return _with_doer(sentence, tokens, expr.start, noun_text)
        # "센터는 ... 내년 3월 준공 예정이다": the sentence's topic is what is built, opened, held
        topics = [t for t in tokens if t.start < expr.start and t.tag == "JX" and t.form in ("은", "는")]
        subject = _noun_phrase_before(sentence, tokens, topics[0].start) if topics else None
        if subject:
            return subject if subject.endswith(noun_text) else f"{subject} {noun_text}"
        if grammar.scheduled_object(tokens, i):
            # "10월 입지를 확정할 방침이다": with nothing else told, fixing the object is what happens on the date
            return f"{noun_text} {tokens[i + 2].form}"
        if (goal := _object_of_intent(tokens, i)) is not None and tokens[goal].form == "목표" \
                and not any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens
                            if _last_boundary(tokens, 0, expr.start) <= t.start < expr.start):
            # "… 실시설계를 거쳐 2026년 준공을 목표로 하고 있다": with no subject or topic, the aim is the happening
            return noun_text
    if (not text or not content_words(text)) and pred.tag == "VV" and pred.form not in _NOT_HAPPENING and not where and not any(
            t.tag in ("JKS", "JKO", "JX") for t in tokens if _last_boundary(tokens, 0, expr.start) <= t.start < pred.start):
        # "설치작업은 … 기록, 오는 15일이면 모두 끝나게 된다": a verb with no argument of its own after the date is
        # said of the sentence's topic
        topics = [t for k, t in enumerate(tokens) if t.start < expr.start and t.tag == "JX" and t.form in ("은", "는")
                  and k > 0 and grammar.is_noun(tokens[k - 1])]
        subject = _noun_phrase_before(sentence, tokens, topics[0].start) if topics else None
        if subject and content_words(subject):
            return f"{subject} {noun}"
    if (not text or not content_words(text)) and where:
        text = where
    if not text or not content_words(text):
        return None
    joint = "" if pred.tag.startswith("NN") and pred.start > 0 and not sentence[pred.start - 1].isspace() else " "
    if len(text) > SHORT_TITLE and pred.tag.startswith("NN") and verb is None and joint == " " \
            and (argument := _argument(sentence, tokens, begin, pred.start)):
        text = argument  # headline style: the predicate's object (or subject) and the verbal noun
    title = f"{_shorten(sentence, tokens, begin, pred.start, text)}{joint}{noun_text}".strip()
    doer = None if verb is not None or isinstance(expr, _Borrowed) else _subject_after_day(sentence, tokens, expr.end, pred.start)
    if doer and doer.split()[-1] not in title:
        title = f"{doer} {title}"  # "29일에는 SK이노베이션이 … 실적을 공식 발표한다": whose 실적 발표 it is
    return _with_doer(sentence, tokens, expr.start, title) if verb is not None else title


def _subject_after_day(sentence: str, tokens, end: int, stop: int) -> str | None:
    """The subject (이/가) opening the clause right after its date (`29일에는 SK이노베이션이 … 발표한다`): the doer of
    the happening, which tells it apart from another doer's on another day of a list."""
    k = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
    while k < len(tokens) and tokens[k].tag in ("JKB", "JX") and tokens[k].start < stop:
        k += 1  # "에는"
    span = grammar.subject_after(tokens, tokens[k - 1].start + tokens[k - 1].len if k else end)
    if span is None or tokens[span[1]].tag != "JKS" or tokens[span[1]].start >= stop:
        return None
    if any(t.tag == "ETM" for t in tokens[span[1]:] if t.start < stop):
        return None  # "트럼프 대통령 부부가 주최하는 백악관 환영 만찬에": the subject of a clause describing a noun
    return sentence[tokens[span[0]].start:tokens[span[1] - 1].start + tokens[span[1] - 1].len]


# Nouns of a point in time (`결정을 앞둔 시점`): a clause describing one says when, it names no argument of the happening
_WHEN_HEADS = frozenset("시점 시기 무렵 즈음 때".split())


# Nouns used as adverbs of manner before a verbal noun (`본격 출시`, `정식 출시`): how it happens, not what
_MANNER_NOUNS = frozenset("본격 정식 공식 전격 일제 순차".split())


def _tells_only_how(tokens, begin: int, end: int) -> bool:
    """The words in [begin, end) are adverbials alone: adverbs (`무려`, `각각`), a length since (`1년 5개월 만에`),
    a rate (`주 7회`) or a manner noun (`본격`); a title made of them names no happening."""
    inside = [k for k, t in enumerate(tokens) if begin <= t.start < end]
    for k in inside:
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.tag in ("MAG", "SN", "NR", "NNB", "XSN") or (t.tag == "SP" and t.form == ",") \
                or (t.tag == "JKB" and t.form == "에" and k > 0 and tokens[k - 1].form == "만") \
                or (t.tag == "NNG" and t.form == "주" and nxt is not None and nxt.tag == "SN") \
                or (t.tag == "NNG" and t.form in _MANNER_NOUNS):
            continue
        return False
    return bool(inside)


def _tells_only_where(tokens, begin: int, end: int) -> bool:
    """The words in [begin, end) are one place phrase (`본회의에서`, `올림픽 공원(올림픽 홀)에서`): where, not what."""
    inside = [k for k, t in enumerate(tokens) if begin <= t.start < end]
    while inside and tokens[inside[-1]].tag == "MAG":
        inside.pop()
    if len(inside) < 2 or not (tokens[inside[-1]].tag == "JKB" and tokens[inside[-1]].form == "에서"):
        return False
    return all(grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "SL", "SSO", "SSC", "XSN") for k in inside[:-1])


def _shared_object(sentence: str, tokens, expr: TimeExpr, i: int) -> str | None:
    """`인사청문회법안을 조속히 마련, 이달 19일 … 처리키로`, `3세대 K5를 공개한 뒤 오는 12월 중 … 출시할`: a verbal
    noun done (하) with no object of its own after the date takes the object of the verbal noun of the clause
    just before it (one thing prepared, then passed; shown, then launched)."""
    if not (i + 1 < len(tokens) and (tokens[i + 1].form == "하" or grammar.decided(tokens, i))):
        return None
    if any(expr.end <= t.start < tokens[i].start and t.tag in ("JKO", "JKS") for t in tokens):
        return None
    before = [k for k, t in enumerate(tokens) if t.start + t.len <= expr.start]
    k = len(before)
    if k and tokens[k - 1].form in _AFTER_NOUNS and k > 2 and tokens[k - 2].tag == "ETM" and tokens[k - 3].tag == "XSV":
        k -= 3  # "공개한 뒤"
    elif k and tokens[k - 1].tag == "SP" and tokens[k - 1].form == ",":
        k -= 1  # "마련,": a verbal noun whose 하다 was dropped; "보완해": how, not one thing done and then another
    else:
        return None
    if k < 2 or not grammar.is_noun(tokens[k - 1]) or len(tokens[k - 1].form) < 2:
        return None
    k -= 1  # the verbal noun before the date
    while k and tokens[k - 1].tag == "MAG":
        k -= 1  # "조속히"
    if not (k and tokens[k - 1].tag == "JKO"):
        return None
    return _noun_phrase_before(sentence, tokens, tokens[k - 1].start)


def _tells_a_figure(tokens, i: int, begin: int, stop: int) -> bool:
    """The clause of the predicate at i tells a figure reached (`grammar.reaches_figure`): by that predicate or
    before it (`이미 2조9400억원에 육박한다`, `기업이 9곳에 달하는 것으로 파악됐다`), or by the main predicate of
    the noun the predicate's clause describes (`13일부터 … 찾는 드라마는 … 2편에 이른다`): a tally of those
    who do it, not one happening."""
    figures = [k for k, t in enumerate(tokens) if begin <= t.start < stop
               and (grammar.reaches_figure(tokens, k) or grammar.changes_figure(tokens, k))]
    if not figures:
        return False
    if figures[0] <= i:
        return True
    verb = grammar.light_verb_argument(tokens, i) or i  # "일반청약을 하는 기업은": the light verb describes the noun
    if not grammar.modifies_noun(tokens, verb):
        return False
    j = verb + 1
    while j < len(tokens) and tokens[j].tag != "ETM":
        j += 1
    j += 1
    while j < len(tokens) and (grammar.is_noun(tokens[j]) or tokens[j].tag in ("SN", "NNB", "XSN")):
        j += 1
    if j >= len(tokens) or not (tokens[j].tag == "JKS" or (tokens[j].tag == "JX" and tokens[j].form in ("은", "는"))):
        return False
    return not any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens[j + 1:figures[0]])


_TIMES = frozenset("회 차례 번".split())
_RATE_UNITS = frozenset("주 월 일 하루 매주 매월 매일 주당".split())   # "주 7회": how often, per week
# Verbal nouns that call off or move what they take as object
_CALLING_OFF = frozenset("포기 취소 철회 보류 연기 중단".split())


def _counts_times(sentence: str, tokens, expr, i: int) -> bool:
    """A count of times (`24회의 정기회의`, `연 4회 열고`, `20여 차례 했는데`) between a period or the start of a span
    and the predicate: how often something happens over that time, a tally of happenings, not one of them. Days
    listed with their count (`18일과 20일 두 차례`) are each a happening."""
    spans = expr.precision not in ("year", "half", "quarter")
    if spans and not grammar.starts_span(sentence, expr.end):
        return False
    inside = [k for k, t in enumerate(tokens) if expr.end <= t.start <= tokens[i].start]
    for k in inside:
        j = k + 1
        if j < len(tokens) and tokens[j].tag == "XSN":
            j += 1  # "20여 차례"
        if tokens[k].tag == "SN" and j < len(tokens) and tokens[j].form in _TIMES and tokens[j].tag.startswith("NN") \
                and not (k > 0 and tokens[k - 1].form == "제") \
                and not (spans and k > 0 and tokens[k - 1].form in _RATE_UNITS) \
                and not _first_edition(tokens, k, j, i):
            # "제1회 한국산업대전": an ordinal, one edition; "12월 1일부터 … 주 7회 … 신규취항": a service that starts
            # that day at a rate a week is one happening, its start
            return True
    return False


def _first_edition(tokens, k: int, j: int, i: int) -> bool:
    """`1964년 1회 대회 이후`: a count of one right before the dated noun, no rate before it (`연 1회`), is its
    edition (`제1회` without 제), one happening, not a tally of them."""
    return tokens[k].form == "1" and j + 1 == i and not (k > 0 and tokens[k - 1].form in _RATE_UNITS | {"연", "매년", "해마다"})


def _with_doer(sentence: str, tokens, date_start: int, title: str) -> str:
    """A light verb's argument alone (`공모청약을 받는다`, `시정조치를 한다`) names a kind of happening, not which
    one: one word gets whose it is (`삼양패키징 공모청약`), which tells two of them apart on one day."""
    if " " in title:
        return title
    doer = _doer(sentence, tokens, date_start)
    return f"{doer} {title}" if doer and title not in doer else title


def extract_events(paragraphs: list[list[tuple[str, tuple]]], published: datetime | date) -> list[FoundEvent]:
    """Events announced or mentioned in an article's body paragraphs: lists of (sentence, morphemes); the
    morphemes from ingest are reused, and a sentence without them is analysed here."""
    pub = _pub_date(published)
    found: list[FoundEvent] = []
    # What "이날" ("that day") points back to: a single day named earlier in its sentence, else the day of the
    # last event told ("오는 11일 ... 이날 오후에는" is the 11th; "10일 선언했다. 이날 ..." the 10th); when that
    # event spans days or has no day (a schedule: "22~25일 심사, 26~29일 운영. ... 이날 오후 4시 기념식"),
    # the day of the article's first event (its lead: "15일 임시회를 개최한다").
    lead_day = last_event_day = None
    frame = None          # a day set as the paragraph's frame (`28일에는 ...`): (paragraph, day)
    previous_day = None   # (paragraph, day) of a planned single day told by the sentence before
    previous_topic = topic = None   # the first topic (`...는`) of the sentence before, for a list it goes on
    previous_owner = owner = None   # whose that topic is (`'갤럭시 노트8'의 사전예약판매는`): what its news is about
    last_told_date = None  # the last day-precise date read (and whether it names its month), for `다음 날인 7일`
    previous_object = last_object = None  # the last object (`...을/를`) of the sentence before, read when asked for
    lead_object = None  # the last object of the article's first sentence, read when asked for
    first_ahead = None  # the first day ahead the article tells: what `둘째날`, `개막 이틀째` count from
    dates_told = ArticleDates()  # what the sentences read so far told (`2월 27일 … 28일 오후에는` is February's)
    week = None  # (paragraph, week, noun) a week ahead told for many doers at once (`이번주에는 5개 종목이 … 청약을 받는다`)
    for para, sentence, known_tokens in ((n, *pair) for n, sentences in enumerate(paragraphs) for pair in sentences):
        previous_topic, topic = topic, None
        previous_object, last_object = last_object, partial(_last_object, sentence, known_tokens or tokenize(sentence))
        # what the article's first sentence announces is done to, for the sentences after it
        lead_before, lead_object = lead_object, lead_object or last_object
        told = [e for e in found if not e.on_publication_day]
        read = find_time_expressions(sentence, pub, dates_told)  # the article's dates so far carried into it
        dates_told = dates_told.after(read, sentence)
        exprs = _same_day_then_neighbour(sentence, read, told[-1] if told else None) or read \
            or _told_day(sentence, found[-1] if found else None, pub, told[-1] if told else None,
                         tuple(text for text, _ in paragraphs[para])) \
            or _ordinal_day(sentence, first_ahead) \
            or _held_along(sentence, known_tokens or tokenize(sentence), told[-1] if told else None, pub)
        if not exprs and week is not None and week[0] == para:
            exprs = _in_told_week(sentence, known_tokens or tokenize(sentence), week[1], week[2])
        if read and week is not None and not all(e.date is not None and week[1].date <= e.date <= week[1].end_date
                                                 for e in read):
            week = None  # a day outside the week ends its telling (`삼양패키징이 20~21일 …` stays inside it)
        week = (_week_for_many(sentence, known_tokens or tokenize(sentence), read, para) if read else None) or week
        first_ahead = first_ahead or next((e.date for e in read if e.precision == "day" and e.date is not None
                                           and e.date > pub and e.role in ("point", "range", "since")), None)
        if not read and exprs and frame is not None and frame[0] == para and len(frame) > 2 \
                and all(_DAY_WORD_TOLD.match(e.text) for e in exprs):
            # "◆ 5월 12일 … / 두 팀이 같은 날 신곡을 발표한다": the day told is the heading's, not the last event's
            exprs = [replace(e, date=frame[1], end_date=frame[1]) for e in exprs]
        # "내년도 예산안 ... 시정연설은 같은 달 31일 본회의서 진행된다": a year inside a name is no reason to leave the day
        exprs = sorted(exprs + [e for e in _same_month_day(sentence, last_told_date, pub)
                                if not any(x.start <= e.start < x.end for x in exprs)], key=lambda e: e.start)
        exprs, last_told_date = _in_carried_month(sentence, exprs, pub, last_told_date,
                                                  known_tokens or tokenize(sentence) if len(exprs) > 1 else ())
        framing = _framed_day(sentence, para, frame, previous_day)
        if framing is not None:
            exprs = [_told_coarsely(e, framing) for e in exprs]
            tokens = known_tokens or tokenize(sentence)
            if all(_names_a_period(sentence, tokens, e) for e in exprs) and clause_tense(sentence, 0) != "past":
                # "28일에는 통계청이 ... 발표한다. 관세청은 2018년 기업무역활동통계를 발표할 예정이다": the frame dates it
                exprs = [TimeExpr("", 0, 0, framing, framing, "day", "future" if framing > pub else "present")]
        previous_day = None
        tokens = (known_tokens or tokenize(sentence)) if exprs else ()
        marks = [k for k, t in enumerate(tokens) if t.tag == "JX" and t.form in ("은", "는") and k > 0
                 and grammar.is_noun(tokens[k - 1])]
        topic = _noun_phrase_before(sentence, tokens, tokens[marks[0]].start) if marks else None
        previous_owner, owner = owner, (_owner_of(sentence, tokens, tokens[marks[0]].start - len(topic))
                                        if topic else None)
        if exprs and exprs[0].precision == "day" and exprs[0].date == exprs[0].end_date and exprs[0].date is not None \
                and re.fullmatch(r"(?:오는\s*)?", sentence[:exprs[0].start]) and re.match(r"(?:에는|엔|은|는)\s", sentence[exprs[0].end:]):
            frame = (para, exprs[0].date)
        if (heading := _heading_day(sentence, tokens, exprs)) is not None:
            frame = (para + 1, heading, "heading")
        sentence_day = None
        sentence_first = len(found)
        dated = _event_dates(sentence, tokens, exprs, pub)
        schedule = _schedule_of(sentence, tokens, dated)
        stages = _stages(sentence, tokens, dated, schedule)
        if stages or (schedule and schedule.endswith(_TIMETABLE_NOUNS)
                      and any(isinstance(e, _Borrowed) and e.listed is not None for e, _, _ in dated)):
            schedule = None  # a timetable whose days are each a stage of their own
        chained = None
        for n, (expr, end_date, stop) in enumerate(dated):
            if schedule is not None and n > 0:
                continue  # a later stop of the schedule told by the sentence's first date
            start, end = expr.date, end_date
            if expr.text.startswith(("이날", "당일")):
                ref = sentence_day or last_event_day or lead_day
                if ref is not None and sentence_day is None and (
                        (abs((ref - pub).days) > 7 and not (ref == last_event_day and ref > pub
                                                            and _day_of_a_happening(tokens, expr)))
                        or (ref > pub and clause_tense(sentence, expr.end) == "past")):
                    # a background day months away is not what "이날" of the news points to, nor is a day ahead what
                    # a past verb tells of ("… 23일로 늦춰진 바 있다. 교육부는 이날 오전 … 논의를 진행했으며")
                    ref = pub
                if ref is not None:
                    start = end = ref
            shift = _NEIGHBOUR_DAYS.get(re.sub(r"\s", "", expr.text)[:3])
            if shift is not None and sentence_day is None and last_event_day is not None \
                    and abs((last_event_day - pub).days) <= 7:
                # "12일 추첨을 진행할 예정이며 ... 당첨자는 다음 날 공지": the day after the last event told, which
                # timex, reading one sentence, could only count from the publication day
                start = end = last_event_day + timedelta(days=shift)
            precision = expr.precision
            if start is not None and _PART_OF_YEAR.fullmatch(expr.text):
                # "올해 초 ... 선정", "내년 초로 연기": the text names the year, not a month of it; its end
                # ("지난해 말 완공한", "연말 준공 예정인") is its last month, December
                if expr.text.rstrip().endswith("말"):
                    precision, start, end = "month", date(start.year, 12, 1), date(start.year, 12, 31)
                else:
                    precision, start, end = "year", date(start.year, 1, 1), date(start.year, 12, 31)
            single = precision == "day" and start is not None and start == end
            if single:
                sentence_day = start
            title = stages[n] if stages else schedule or _awaited_title(sentence, tokens, expr) \
                or _object_set_on_date(sentence, tokens, expr) \
                or _title(sentence, tokens, expr, stop) \
                or _held_on_date(sentence, tokens, expr) or _nominal_member(sentence, tokens, expr, stop) \
                or _set_on_date(sentence, tokens, expr)
            if title is None and previous_topic and re.match(r"(?:이후|이어|이어서|그\s?뒤|그\s?다음)\s", sentence) \
                    and (pred := _predicate(tokens, expr.end, stop)) is not None:
                # "... 결정회의는 8번 열리고, ... 이후 2월 28일, 4월 18일 ... 순으로 개최된다": the list goes on with
                # the topic of the sentence before
                title = f"{previous_topic} {EVENT_VERBS.get(pred[1], pred[1])}"
            if title is None and previous_owner and (pred := _predicate(tokens, expr.end, stop)) is not None \
                    and re.fullmatch(r"\s*(?:경|께|쯤)?\s*", sentence[expr.end:tokens[pred[0]].start]) \
                    and grammar.verbal_noun(tokens, pred[0]) and tokens[pred[0] + 1].form == "되" \
                    and clause_tense(sentence, expr.end) != "past" \
                    and not any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는"))
                                for t in tokens[:pred[0]] if t.start >= _last_boundary(tokens, 0, expr.start)):
                # "'갤럭시 노트8'의 사전예약판매는 … 진행될 예정이다. … 나흘뒤인 15일 출시될 것으로 보인다": a passive
                # forecast or plan with no subject goes on with what the sentence before was about
                title = f"{previous_owner} {pred[1]}"
            if title is None and n == 0 and previous_object and previous_object() and re.fullmatch(r"\s*(?:(?:오는|다음\s?달|내달)\s*)*", sentence[:expr.start]) \
                    and (pred := _predicate(tokens, expr.end, stop)) is not None and grammar.verbal_noun(tokens, pred[0]) \
                    and not sentence[expr.end:tokens[pred[0]].start].strip() and clause_tense(sentence, expr.end) != "past" \
                    and not any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens
                            if _last_boundary(tokens, 0, expr.start) <= t.start < expr.start):
                # "… ‘소소한 희노애락’전을 준비하고 있다. 다음달 14일 개막해 …": a sentence with no subject that opens
                # with its date and its verbal noun goes on with what the sentence before was doing something to
                title = f"{previous_object()} {pred[1]}"
            if title is None and chained is not None and expr.end == chained[0]:
                title = chained[1]  # "2월 28일, 4월 18일 ... 순으로 개최된다": each listed day, one title
            copula_member = None
            if title is None:
                title = _object_member_title(sentence, tokens, expr, dated[n + 1] if n + 1 < len(dated) else None)
            if title is None:
                title = copula_member = _gapped_copula(sentence, tokens, expr, dated[n + 1] if n + 1 < len(dated) else None)
            if title is None and (done := _subjectless_plan(tokens, expr, stop)) and lead_before and lead_before():
                # "11일 … 입법예고를 실시하고, 7월말 시행될 예정이다": a plan with no subject in its sentence is done
                # to what the article's lead announced (`정부는 7개 부처 대변인 직급을 실장급으로 조정한다고 …`)
                title = f"{lead_before()} {done}"
            if title is None and expr.direction == "future" and expr.date is not None:
                # the last resort of a date ahead: what its clause's own verb says is done (`싱글앨범이 나선다`)
                title = _title_from_predicate(sentence, tokens, expr, stop, verb=True)
            if title is None and expr.direction == "past" and expr.date is not None:
                # the last resort of a date behind: history told in a relative clause (`1977년에 지어진 노후 건축물`)
                title = _described_history(sentence, tokens, expr, stop)
            chained = (expr.end, title) if isinstance(expr, _Borrowed) and title else None
            chain = [e for e, _, _ in dated if e.end == expr.end]
            if title and len(chain) > 1:
                parts = _distributed(sentence, tokens, chain[0].start, chain[-1].inner.end
                                     if isinstance(chain[-1], _Borrowed) else chain[-1].end, len(chain))
                if parts:
                    # "광역도로와 지원센터를 각 2월, 3월에 착공한": each date with its own object
                    title = f"{parts[[e.start for e in chain].index(expr.start)]} {title.split()[-1]}"
            # a member of a copula list names its own topic: no subject carried from an earlier member
            own = getattr(expr, "subject", None) if isinstance(expr, _Borrowed) and not copula_member else None
            member = isinstance(expr, _Borrowed) and expr.listed is not None
            if title is None and topic and topic.endswith(_TIMETABLE_NOUNS) and (member or (
                    n > 0 and isinstance(dated[n - 1][0], _Borrowed) and dated[n - 1][0].listed is not None)):
                # "합동 연설회 일정은 ... ▲14일 부산·울산·경남 ▲16일 ... ▲3월2일 서울·인천·경기로 예정돼있다": each
                # member of the timetable's list is a stage of what the timetable is of
                words = own if member else _words_after(sentence, tokens, expr.end)
                owner = re.sub(r"\s*(?:%s)$" % "|".join(_TIMETABLE_NOUNS), "", topic).strip()
                title = f"{owner} {words}".strip() if words else None
            elif title and own and member and not stages:
                title = _member_title(own, title, expr.listed)
            elif title and not stages and (last_member := _last_member(sentence, tokens, dated, n)) \
                    and last_member not in title:
                # "… 29일 마닐라, …, 6월 7일 홍콩 등 아시아 투어로 … 만난다": the list's last day names its own member
                # too, as the members before it do
                title = _member_title(last_member, title, last_member)
            elif title and own and own not in title and expr.argument:
                title = f"{own} {title.split()[-1]}"  # "14일 태백선 ...에 이어 30일에는 분당선 ...을 개통한다"
            elif title and own and own not in title:
                # the other members' days and subjects are not this one's title
                title = re.sub(r"(?:[\d·~∼]+일(?:과|와)?|다음\s?달|내달|오는|지난|(?:하루|이틀|사흘|나흘|닷새|엿새|이레)\s*(?:간|동안))\s*",
                               "", title).strip()
                title = f"{own} {title}" if title else None
            told_before = _clause_on_date(sentence, tokens, expr)
            if told_before is not None and told_before != title:
                # "중앙버스전용차로제가 확대시행되는 9월쯤 ... 보완을 추진할 방침": the date's own clause, before it
                extra = FoundEvent(told_before, content_words(told_before), start, end, precision,
                                   expr.part_of_day, "past" if expr.direction == "past" or (end is not None and end < pub)
                                   else "planned", clause_tense(sentence, expr.end) == "past", start == pub and
                                   precision == "day", sentence)
                # compared with earlier sentences only: in its own sentence it is another happening than the main one
                if not any(_told_again(extra, earlier) for earlier in found[:sentence_first]):
                    found.append(extra)
            if title is None or _told_that_day(sentence, tokens, expr, start, found):
                continue
            # direction says where the date lies; the verb says whether it is reported as done
            past = clause_tense(sentence, expr.end) == "past" or expr.direction == "past"
            on_pub_day = start == pub and precision == "day"
            kind = "past" if expr.direction == "past" or (end is not None and end < pub) else "planned"
            each = _each_subject(sentence, tokens, expr, dated[n + 1][0].start if n + 1 < len(dated) else stop, stop)
            if each:
                title = each[0]  # "제주항공이 … 주 7회, 이스타항공이 … 각각 신규 취항한다": one happening per subject
            event = FoundEvent(title, content_words(title), start, end, precision,
                               expr.part_of_day, kind, past, on_pub_day, sentence)
            framed = not expr.text  # dated by the paragraph's frame: another doer's happening unless it names the same thing
            if framed:
                event = FoundEvent(_without_topic(title), content_words(_without_topic(title)), start, end, precision,
                                   expr.part_of_day, kind, past, on_pub_day, sentence)
            setting = _setting_after(sentence, tokens, expr)
            if not any(_told_again(event, earlier) and (not framed or _head_noun(event.title) == _head_noun(earlier.title)
                                                        or _one_doers_day(event, earlier))
                       for earlier in found if earlier.title != told_before) \
                    and not (setting and any(_part_of(event, setting, earlier) for earlier in found[:sentence_first])):
                # "11월 9·23·30일 ... 본회의를 열기로": days a week or more apart are each a happening of their own
                days = _recurring_days(expr) or [None]
                found += [event] if days[0] is None else [
                    replace(event, start=day, end=day, kind="past" if day < pub else "planned", on_publication_day=day == pub)
                    for day in days]
            for other in each[1:]:
                also = FoundEvent(other, content_words(other), start, end, precision, expr.part_of_day, kind, past,
                                  on_pub_day, sentence)
                if not any(_told_again(also, earlier) for earlier in found[:sentence_first]):
                    found.append(also)
            # after a span (`13일부터 18일까지 … 벌인후`) the next happening's day is not told
            for clause in _coordinated(tokens, expr.end, stop) + (_then_clause(tokens, expr.end, stop) if single else []):
                # "27일에는 ... 대책이 발표되고 농림축산식품부는 ... 대책을 발표한다": one date, two doers, two happenings
                more = _without_topic(_title(sentence, tokens, _Borrowed(expr, clause), stop))
                if more and more != title:
                    also = FoundEvent(more, content_words(more), start, end, precision, expr.part_of_day, kind, past,
                                      on_pub_day, sentence)
                    if not any(_told_again(also, earlier) for earlier in found[:sentence_first]):
                        found.append(also)
            last_event_day = start if single else None
            lead_day = lead_day or last_event_day
            if single and kind == "planned":
                previous_day = (para, start)
        for title, day in _dated_names(sentence, known_tokens or tokens, pub):
            named = FoundEvent(title, content_words(title), day, day, "day", None, "past" if day < pub else "planned",
                               day < pub, day == pub, sentence)
            if not any(_told_again(named, earlier) for earlier in found):
                found.append(named)
    return [e for e in found if not any(_told_finer(e, other) for other in found if other is not e)
            and not _told_day_by_day(e, found) and not _many_at_once(e, found)]


# Adverbs of many doing one thing together (`나란히 컴백한다`, `일제히 … 발표한다`); the counters of doers (`두 팀이`)
_TOGETHER = frozenset("나란히 일제히".split())
_DOER_COUNTERS = frozenset("팀 개사 곳".split())   # not 명: people counted take part in one happening


def _many_at_once(event: FoundEvent, found: list[FoundEvent]) -> bool:
    """"11월 2일에는 보이그룹 선후배가 나란히 컴백한다", "괴물 신인 걸그룹 두 팀이 같은 날 신곡을 발표한다": many doers told
    together (나란히, 일제히, a count of them as subject) on a day another sentence tells a happening of sum up the
    happenings of that day told one by one, not one more."""
    if event.precision != "day" or event.start is None:
        return False
    tokens = tokenize(event.evidence)
    many = any(t.tag == "MAG" and t.form in _TOGETHER for t in tokens) or any(
        tokens[k].tag in ("MM", "SN") and tokens[k + 1].form in _DOER_COUNTERS and tokens[k + 2].tag in ("JKS", "JX")
        for k in range(len(tokens) - 2))
    return many and any(e.evidence != event.evidence and e.start == event.start and e.precision == "day"
                        for e in found)


def _told_day_by_day(span: FoundEvent, found: list[FoundEvent]) -> bool:
    """"윤석열 정부의 1기 내각 인사청문회가 다음달 2∼4일 집중적으로 열린다" and then "5월 2일엔 … 후보자의 청문회가
    열린다", "… 5월 4일엔 … 청문회가 진행된다": a span of days whose happening is then told on two or more of its days
    is the sum of those happenings, each of them on its own day, not one happening more."""
    if span.precision != "day" or span.start is None or span.end is None or span.end <= span.start:
        return False
    word = _happening_word(span.title)
    if not word or len(word) < 2:
        return False
    days = {e.start for e in found if e is not span and e.start is not None and e.precision == "day"
            and e.start == e.end and span.start <= e.start <= span.end
            and (w := _happening_word(e.title)) and len(w) >= 2 and (word.endswith(w) or w.endswith(word))}
    return len(days) >= 2


# `7·23 전당대회`, `3·9 대선`, `10·30 재보선`: a month and a day joined by a middle dot, then a space and a noun, name a
# happening by its day (an election, a party convention). The name is used from the day it is set to the day itself,
# so only a day up to four months on (or just past) is read: `12·12사건`, `6·25 전쟁 70주년` name history.
_DAY_NAME = re.compile(r"(?<![\d.·~∼])(?P<m>1[0-2]|[1-9])·(?P<d>3[01]|[12]\d|[1-9])(?=\s)")
_NAME_WINDOW = (timedelta(days=-3), timedelta(days=120))


def _dated_names(sentence: str, tokens, pub: date) -> list[tuple[str, date]]:
    out: list[tuple[str, date]] = []
    if "·" not in sentence:
        return out  # every match holds the middle dot: most sentences are not scanned position by position
    for match in _DAY_NAME.finditer(sentence):
        tokens = tokens or tokenize(sentence)
        k = first = next((n for n, t in enumerate(tokens) if t.start >= match.end()), len(tokens))
        while k < len(tokens) and (tokens[k].tag in ("NNG", "NNP") or tokens[k].form == "·") and (
                k == first or tokens[k].start == tokens[k - 1].start + tokens[k - 1].len):
            k += 1  # the noun written as one word after the space (`전당대회`: 전당/NNG 대회/NNG; `재·보궐선거`)
        while k > first and tokens[k - 1].form == "·":
            k -= 1
        if k == first or not any(len(t.form) > 1 for t in tokens[first:k]):
            continue
        rest = sentence[tokens[k - 1].start + tokens[k - 1].len:]
        if re.match(r"\s*(?:[가-힣]+\s+){0,2}(?:\d+\s*(?:주년|년|돌)|당시|때)", rest):
            continue  # an anniversary (`12·3 비상계엄 사태 1년을 앞두고`) or a time back then: something past
        if re.match(r"\s*(?:이|가|은|는|의)?\s*[\d.,]+\s*%", rest):
            continue  # `10·30 재보선이 5.45%의 사전 투표율을 기록했다`: a figure of a past one, not the day of one
        try:
            day = date(pub.year, int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        for year in (pub.year - 1, pub.year + 1):
            other = day.replace(year=year) if not (day.month == 2 and day.day == 29) else day
            if abs((other - pub).days) < abs((day - pub).days):
                day = other
        if _NAME_WINDOW[0] <= day - pub <= _NAME_WINDOW[1]:
            out.append((sentence[match.start():tokens[k - 1].start + tokens[k - 1].len], day))
    return out


# A bare day (`27일`, `8~15일`, `9일부터 19일까지`): no month, year, `오는`/`지난` or offset word of its own.
_BARE_DAY = re.compile(r"\d{1,2}\s*(?:[~∼·,]\s*\d{1,2}\s*)*일(?:\s*(?:부터|[~∼])\s*\d{1,2}\s*일(?:\s*까지)?)?(?:\s*\S+)?")
# A day counted from another one (`다음 날`, `나흘뒤`, `하루 전`): `다음 날인 7일` names that day by its number.
_OFFSET_DAY = re.compile(r"(?:다음\s?날|이튿날|전날|[가-힣\d]+\s?(?:일|주일?)?\s?(?:뒤|후|전))")


def _can_anchor(expr: TimeExpr) -> bool:
    return expr.precision == "day" and expr.date is not None and expr.role not in ("name", "before") \
        and not _OFFSET_DAY.fullmatch(expr.text)


def _names_its_month(sentence: str, expr: TimeExpr) -> bool:
    """`8월 7일`, `다음달 1일부터`, `같은 달 21일`: the month is in the text, not chosen by the resolver."""
    return bool(re.search(r"[월달]", expr.text)) or re.search(r"같은\s?달\s*$", sentence[:expr.start]) is not None


def _in_carried_month(sentence: str, exprs: list[TimeExpr], pub: date, before: tuple[TimeExpr, bool] | None,
                      tokens=()):
    """Bare days read in the month of the date they go on from, which the resolver, reading each date alone,
    places near publication: `8월 7일 공개 후 … 9일부터 19일까지 … 20일부터` (the nearest date before, in the
    sentence), or `다음 날인 7일`, `나흘뒤인 15일`, `같은 달 23일` (a day counted from the last date told, in
    the sentence before: `다음달 1일부터 11일까지 … 예판마감 나흘뒤인 15일`). The date gone on from must name
    its month (or have been carried itself). On the dev articles a bare day in a later sentence with nothing
    tying it back is in the publication month far more often, so it is left alone; so is a bare day on the
    publication day (the dateline: `… 확정해 17일 발표했다`).

    Returns the expressions and the last date a later sentence's counted day may go on from, with whether it
    names its month: `before` is that of the sentences before."""
    out: list[TimeExpr] = []
    anchors: list[tuple[TimeExpr, bool]] = []
    for n, expr in enumerate(exprs):
        anchor = anchors[-1] if anchors else None
        apposed = (n > 0 and bool(_OFFSET_DAY.search(exprs[n - 1].text))
                   and re.fullmatch(r"\s*(?:인)?\s*", sentence[exprs[n - 1].end:expr.start]) is not None) \
            or re.search(r"같은\s?달\s*$", sentence[:expr.start]) is not None  # `같은 달 23일`
        if anchor is None and apposed:
            anchor = before
        moved = None
        if anchor is not None and anchors and anchor is anchors[-1] and _in_relative_clause(tokens, anchor[0].end, expr.start):
            anchor = None  # the month named dates a noun's description, not the clause the bare day is in
        if anchor is not None and anchor[1] and expr.precision == "day" and expr.date is not None \
                and not expr.counted_from and _BARE_DAY.fullmatch(expr.text) and not re.search(r"[월달년]", expr.text) \
                and (expr.date != pub or apposed) \
                and (anchor[0].date.year, anchor[0].date.month) != (expr.date.year, expr.date.month):
            moved = _same_days_in(expr, anchor[0].date.year, anchor[0].date.month, pub)
            tense = clause_tense(sentence, expr.end)
            if re.search(r"기로\s", sentence[expr.end:]):
                tense = None  # "7일 또는 10일 각각 열기로 ... 합의했다": a decision about days ahead, whatever its verb's tense
            if moved is not None and ((tense == "past" and moved.date > pub) or (tense == "future" and moved.date < pub)):
                moved = None  # the carried month would contradict the verb's tense (`하루 전인 26일 … 공개했다`)
        out.append(moved or expr)
        if _can_anchor(out[-1]) and sentence.count("(", 0, expr.start) <= sentence.count(")", 0, expr.start):
            # a date in brackets is a note beside a name (`65~69세(1954년 1월1일~1958년 12월31일 출생자)는 19일부터`)
            # a date the resolver read in the month of the trusted date before it (`8월 7일 ... 9일부터 19일까지`)
            # goes on in that month too
            same = bool(anchors) and anchors[-1][1] and (anchors[-1][0].date.year, anchors[-1][0].date.month) == (
                out[-1].date.year, out[-1].date.month)
            anchors.append((out[-1], moved is not None or same or _names_its_month(sentence, expr)))
    return out, (anchors[-1] if anchors else before)


def _in_relative_clause(tokens, begin: int, end: int) -> bool:
    """A predicate in [begin, end) that describes the noun after it (`4월 3일 개항을 앞두고 있는 양양국제공항의 … 8일
    … 실시된다`): a date before it belongs to that relative clause, and a bare day after it to the main clause, whose
    month the resolver chose from the publication day. A clause ending in a time noun (`공개한 뒤 9일부터`) goes
    on from its date instead."""
    return any(begin <= t.start < end and (t.tag.startswith("V") or grammar.verbal_noun(tokens, k))
               and grammar.modifies_noun(tokens, k, grammar.NOT_HEADS) for k, t in enumerate(tokens))


_SAME_MONTH_DAY = re.compile(r"(?<![가-힣])같은\s?달\s*(?P<d>3[01]|[12]\d|0?[1-9])일")


def _same_month_day(sentence: str, before: tuple[TimeExpr, bool] | None, pub: date) -> list[TimeExpr]:
    """`정식 출시는 같은 달 23일이었다`: a day of the month the last date told named, which the resolver, reading
    the sentence alone, cannot date."""
    m = _SAME_MONTH_DAY.search(sentence)
    if m is None or before is None or not before[1]:
        return []
    try:
        day = date(before[0].date.year, before[0].date.month, int(m["d"]))
    except ValueError:
        return []
    where = "past" if day < pub else "future" if day > pub else "present"
    return [TimeExpr(m.group(0), m.start(), m.end(), day, day, "day", where)]


def _same_days_in(expr: TimeExpr, year: int, month: int, pub: date) -> TimeExpr | None:
    """The expression's days moved into another month (a span keeps its length), or None when a day is not in it."""
    try:
        start = date(year, month, expr.date.day)
    except ValueError:
        return None
    end = start + (expr.end_date - expr.date) if expr.end_date is not None else start
    where = "past" if end < pub else "future" if start > pub else "present"
    return replace(expr, date=start, end_date=end, direction=where)


# With no date of its own, a sentence that goes on with a clock time (`폐회식이 끝난 후 오후 2시부터 … 행사가
# 열려`) after naming the event just told is on that event's day.
_CLOCK_ALONE = re.compile(r"(?<![가-힣\d])(?P<pod>오전|오후|저녁|밤|새벽)\s*\d{1,2}시(?:\s*\d{1,2}분)?(?:\s*(?:부터|에|께|쯤))?")


def _owner_of(sentence: str, tokens, pos: int) -> str | None:
    """The noun phrase joined by `의` to the one starting at `pos`, quotes dropped (`'갤럭시 노트8'의`)."""
    before = [t for t in tokens if t.start + t.len <= pos]
    if not before or before[-1].tag != "JKG" or sentence[before[-1].start + before[-1].len:pos].strip():
        return None
    if len(before) > 1 and before[-2].tag == "SSC":
        opening = next((t for t in reversed(before[:-2]) if t.tag == "SSO"), None)
        text = sentence[opening.start + opening.len:before[-2].start].strip() if opening else ""
        return text if text and content_words(text) else None
    return _noun_phrase_before(sentence, tokens, before[-1].start)


def _without_topic(title: str | None) -> str | None:
    """`기재부는 제10차 재정관리점검회의 개최` -> `제10차 재정관리점검회의 개최`: the doer's topic word leads a
    clause, not a headline; kept when nothing else would be left."""
    if not title:
        return title
    rest = re.sub(r"^\S+?(?:은|는|이|가)\s+", "", title)
    return rest if rest != title and len(content_words(rest)) >= 2 else title


_COUNTED_DOERS = re.compile(r"\d+\s*(?:개사|개\s*(?:종목|업체|기업|단지|팀)|곳)\s*(?:이|가)\s")


def _week_for_many(sentence: str, tokens, read: list[TimeExpr], para: int):
    """A week ahead whose sentence counts its doers (`이번주에는 5개 종목이 … 공모 청약을 받는다`, `다음주에는 … 등
    2개사가 … 공모주 청약을 받는다`): the week and what they do (the object's last noun), which the paragraph then
    tells doer by doer."""
    if len(read) != 1 or read[0].precision != "week" or read[0].direction == "past" \
            or not _COUNTED_DOERS.search(sentence, read[0].end):
        return None
    objects = [k for k, t in enumerate(tokens) if t.tag == "JKO" and k > 0 and grammar.is_noun(tokens[k - 1])]
    return (para, read[0], tokens[objects[-1] - 1].form) if objects else None


def _in_told_week(sentence: str, tokens, week: TimeExpr, noun: str) -> list[TimeExpr]:
    """A sentence with no date that has one doer do what the paragraph's counted week told many do (`또 … 금양은
    실권주 청약을 실시한다`, `코스닥 시장에서는 건설업체 대원이 공모 청약을 실시한다`) is dated by that week."""
    done = [k for k, t in enumerate(tokens) if t.form == noun and grammar.is_noun(t) and k + 1 < len(tokens)
            and tokens[k + 1].tag == "JKO"]
    if not done or clause_tense(sentence, 0) == "past" or _COUNTED_DOERS.search(sentence) \
            or not any(t.tag in ("JKS", "JX") for t in tokens[:done[0]]):
        return []
    return [replace(week, text="", start=0, end=0)]


def _framed_day(sentence: str, para: int, frame, previous_day) -> date | None:
    """The day a sentence with no date of its own happens on, read from the paragraph: the frame set by a
    sentence opening with `N일에는` (a week's calendar, one day a paragraph), or, for a sentence opening with
    `또`/`또한`/`아울러` (`또 ... 회의를 열고`), the planned day the sentence before it told."""
    if frame is not None and frame[0] == para:
        return frame[1]
    if previous_day is not None and previous_day[0] == para and re.match(r"(?:또|또한|아울러)\s", sentence):
        return previous_day[1]
    return None


_DAY_WORD_TOLD = re.compile(r"같은\s?날|이날|당일")
_HEADING_MARK = re.compile(r"\s*[◆◇■□▲△●○▶▷]")


def _heading_day(sentence: str, tokens, exprs: list[TimeExpr]) -> date | None:
    """The day of a schedule heading (`◆ 5월 12일 트리플에스(tripleS), 미야오(MEOVV)`): a marked line opening with one
    day and naming, with no predicate, what the paragraph under it tells; that paragraph happens on its day."""
    if not (exprs and _HEADING_MARK.match(sentence) and not sentence[:exprs[0].start].strip(" ◆◇■□▲△●○▶▷")):
        return None
    first = exprs[0]
    if first.precision != "day" or first.date is None or first.date != first.end_date \
            or any(t.tag.startswith(("V", "E", "XSV")) for t in tokens):
        return None
    return first.date


def _told_coarsely(expr: TimeExpr, day: date) -> TimeExpr:
    """A month or week holding the paragraph's framing day (`5월 컴백 첫 주자로 나선다` under `◆ 5월 2일 …`) is that
    day told coarsely: the happening is on the day."""
    if expr.precision in ("month", "week") and expr.role == "point" and expr.date is not None \
            and expr.end_date is not None and expr.date <= day <= expr.end_date:
        return replace(expr, date=day, end_date=day, precision="day")
    return expr


# Endings that join two clauses as equals (`발표되고`, `발표할 예정이며`): each clause may tell its own happening.
_COORDINATING = ("고", "며", "으며")


def _later_hour(tokens, k: int) -> int | None:
    """Where the clause goes on after a clock time alone opening it (`8시 30분에는`, `9시에`), else None."""
    j = k
    while j + 1 < len(tokens) and tokens[j].tag == "SN" and tokens[j + 1].form in ("시", "분") and tokens[j + 1].tag == "NNB":
        j += 2
    if j == k or j >= len(tokens) or tokens[k + 1].form != "시" or tokens[j].form != "에" or tokens[j].tag != "JKB":
        return None
    j += 1
    if j < len(tokens) and tokens[j].form in ("는", "도") and tokens[j].tag == "JX":
        j += 1
    return j if j < len(tokens) else None


def _coordinated(tokens, begin: int, stop: int) -> list[int]:
    """Where each clause coordinated with the date's first one begins, when it has its own subject or topic
    (`... 발표되고 농림축산식품부는 ... 발표한다`, `... 발표할 예정이며, 기재부는 ... 개최한다`) and its own
    predicate before `stop`: the date told at the head of the sentence dates them all."""
    out = []
    while (found := _predicate(tokens, begin, stop)) is not None:
        k = found[0] + 1
        if k + 1 < len(tokens) and tokens[k].tag == "JKS" and tokens[k + 1].tag == "VV" and _later_hour(
                tokens, k + 4 if tokens[k + 3: k + 4] and tokens[k + 3].tag == "SP" else k + 3) is not None:
            k += 2  # "… 이벤트가 열리고, 8시 30분에는": the happening is the subject of the verb before the hour
        while k < len(tokens) and tokens[k].tag in ("XSV", "EP", "ETM", "VCP", "NNG") and tokens[k].form not in _COORDINATING \
                and (tokens[k].tag != "NNG" or tokens[k].form in INTENT_NOUNS):
            k += 1
        if k >= len(tokens) or tokens[k].tag != "EC" or tokens[k].form not in _COORDINATING or tokens[k].start >= stop:
            return out
        k += 1
        if k < len(tokens) and tokens[k].tag == "SP":
            k += 1
        first = k
        if (hour := _later_hour(tokens, k)) is not None:
            # "27일 오후 8시부턴 … 이벤트가 열리고, 8시 30분에는 … 견우직녀가요제가 시행된다": a later hour of the
            # day told opens the clause; what happens then is the subject after it, wherever it stands
            first = k = hour
        else:
            while k < len(tokens) and (grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "XSN", "JKG", "SP")):
                k += 1
            if k == first or k >= len(tokens) or not (tokens[k].tag == "JKS" or (tokens[k].tag == "JX" and tokens[k].form in ("은", "는"))):
                return out
        second = _predicate(tokens, tokens[k].start, stop)
        while hour is not None and second is not None and (
                nxt := _predicate(tokens, tokens[second[0]].start + tokens[second[0]].len, stop)) is not None:
            second = nxt  # the clause's own predicate is its last (`… 오디션을 통해 선발된 … 가요제가 시행된다`)
        if second is None or grammar.modifies_noun(tokens, second[0]) or _time_clause(tokens, second[0]) or not (
                grammar.verbal_noun(tokens, second[0]) or tokens[second[0]].tag == "VV"
                or grammar.light_verb_argument(tokens, second[0]) is not None):
            return out  # "당첨자는 홈페이지에 공지된 시점부터": a predicate describing a noun, not a happening
        if hour is not None:
            # the happening is named after the clauses describing it (`… 10개팀이 참가하는 견우직녀가요제가`)
            first = max([n + 1 for n in range(first, second[0]) if tokens[n].tag == "ETM"], default=first)
        out.append(tokens[first].start)
        begin = tokens[k].start
    return out


def _then_clause(tokens, begin: int, stop: int) -> list[int]:
    """Where the clause after `X를 마친 뒤`, `참배한 뒤` begins when the date's first happening ends in a time
    clause and the next one has its own happening and no date of its own (`20일 유엔총회에서 기조연설을 마친 뒤 …
    사무총장을 면담할 방침`): the day told at the head dates that one too."""
    found = _predicate(tokens, begin, stop)
    if found is None:
        return []
    k = grammar.light_verb_argument(tokens, found[0]) or found[0]
    if not _time_clause(tokens, k):
        return []
    k += 1
    while tokens[k].tag in ("XSV", "EP"):
        k += 1
    if tokens[k + 1].form not in ("뒤", "후") or k + 2 >= len(tokens) or tokens[k + 2].start >= stop:
        return []
    after = tokens[k + 2].start
    second = _predicate(tokens, after, stop)
    if second is None or grammar.modifies_noun(tokens, second[0]) or _time_clause(tokens, second[0]) or not (
            grammar.verbal_noun(tokens, second[0]) or grammar.light_verb_argument(tokens, second[0]) is not None):
        return []
    if any(t.tag == "SN" for t in tokens if after <= t.start < tokens[second[0]].start):
        return []  # "… 마치고 10일 … 들은후 11-12 양일간 …": a clause with a date of its own is dated by it
    # the next one closes the sentence (`면담할 방침이다`, `집전한다`); a step in a chain (`… 평가를 거쳐 10월 …`,
    # `착공에 들어갔으며`) goes on to a happening of its own
    j = grammar.light_verb_argument(tokens, second[0]) or second[0]
    j += 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    closes = j < len(tokens) and (tokens[j].tag == "EF" or (
        tokens[j].tag == "ETM" and j + 1 < len(tokens) and tokens[j + 1].form in INTENT_NOUNS))
    return [after] if closes else []


def _told_that_day(sentence: str, tokens, expr, day: date | None, found: list[FoundEvent]) -> bool:
    """`이날 간담회는 … 질문이 쏟아졌다` after `28일 … 간담회를 갖고`: `이날` with a topic naming a happening already
    told on that day goes on about that happening; whatever its verb says is no happening of its own."""
    if not expr.text.startswith(("이날", "당일")) or day is None:
        return False
    subject = grammar.subject_after(tokens, expr.end)
    if subject is None:
        return False
    topic = sentence[tokens[subject[0]].start:tokens[subject[1] - 1].start + tokens[subject[1] - 1].len]
    return any(e.start == day and e.precision == "day" and _names_within(topic, e.title) for e in found)


def _time_clause(tokens, i: int) -> bool:
    """`투표가 끝난 뒤`, `회의를 마친 후`: the predicate at i ends in an adnominal before a time noun; its clause
    says when the next one happens, it tells no happening of its own."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    return j + 1 < len(tokens) and tokens[j].tag == "ETM" and tokens[j + 1].form in _AFTER_NOUNS


_SAME_DAY = re.compile(r"(?<![가-힣])같은\s?날(?!짜|씨|개)")


def _told_day(sentence: str, last: FoundEvent | None, pub: date, followed: FoundEvent | None = None,
              paragraph: tuple[str, ...] = ()) -> list[TimeExpr]:
    """A clock time alone, on the day of the last single-day event told when the sentence names that event
    before it (`폐회식이 끝난 후 오후 2시부터`): a continuation of that day. `같은 날` opening a sentence is that
    day too (`같은 날 1라운드에선 ... 경기가 펼쳐진다`)."""
    # opening the sentence or after its subject (`… 인사청문회도 같은날 환경노동위원회에서 열린다`): either way the
    # sentence names no day of its own, so 같은 날 is the day just told
    same = _SAME_DAY.search(sentence)
    if same and followed is not None and followed.precision == "day" and followed.start is not None \
            and followed.start == followed.end:
        # the day of the last follow-up told, not the publication day's own news
        where = "past" if followed.start < pub else "future"
        return [TimeExpr(same.group(0), same.start(), same.end(), followed.start, followed.start, "day", where)]
    opening = _PART_OF_DAY_OPENING.match(sentence)
    if opening and followed is not None and followed is last and followed.precision == "day" \
            and followed.start is not None and followed.start == followed.end and followed.start > pub \
            and (opening["pod"] or followed.evidence in paragraph):
        # `이어` alone goes on with a step told in its own paragraph; a paragraph later it may be any part of the day
        # "… 시복미사를 집전한다. 오후에는 충북 음성 꽃동네를 방문하고": a sentence opening with a part of the day
        # and naming no day of its own goes on with the day of the planned happening just told
        return [TimeExpr(opening.group(0).strip(), 0, opening.end(), followed.start, followed.start, "day", "future",
                         opening["pod"])]
    m = _CLOCK_ALONE.search(sentence)
    if m is None or last is None or last.precision != "day" or last.start != last.end or last.start is None \
            or not any(len(w) > 1 and w in sentence[:m.start()] for w in _common_nouns(last.title)):
        return []
    last_day = last.start
    where = "present" if last_day == pub else ("past" if last_day < pub else "future")
    return [TimeExpr(m.group(0), m.start(), m.end(), last_day, last_day, "day", where, m["pod"])]


def _same_day_then_neighbour(sentence: str, read: list[TimeExpr], followed: FoundEvent | None) -> list[TimeExpr]:
    """A gapped list opening with `같은 날` and going on with `다음날`/`전날` (`같은 날 금융감독원은 … 결과를 다음날
    금융위원회는 … 운용현황을 내놓는다`): the first member is the day of the follow-up just told, the next one counts
    from it, not from the publication day as the resolver, reading one sentence, does."""
    same = _SAME_DAY.match(sentence)
    if same is None or followed is None or followed.precision != "day" or followed.start is None \
            or followed.start != followed.end:
        return []
    day = followed.start
    neighbours = [e for e in read if _NEIGHBOUR_DAYS.get(re.sub(r"\s", "", e.text)[:3]) is not None]
    if not neighbours:
        return []
    out = [TimeExpr(same.group(0), same.start(), same.end(), day, day, "day",
                    "future" if followed.kind == "planned" else "past")]
    for e in read:
        shift = _NEIGHBOUR_DAYS.get(re.sub(r"\s", "", e.text)[:3])
        if shift is not None:
            e = replace(e, date=day + timedelta(days=shift), end_date=day + timedelta(days=shift))
        out.append(e)
    return out


def _day_of_a_happening(tokens, expr) -> bool:
    """`도착 당일`: 당일 after a common noun is the day of what that noun names, the planned day just told however far
    ahead (`오는 8월 14일 … 입국해 … 도착 당일 청와대로 박근혜 대통령을 예방하는`), not the news day."""
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.start), len(tokens))
    return expr.text == "당일" and 0 < k < len(tokens) and tokens[k].form == "당일" and tokens[k - 1].tag == "NNG" \
        and tokens[k - 1].start + tokens[k - 1].len < expr.start


# `이 자리에서 … 도 함께 선보일 예정이다`: done at the happening just told, a part of it rather than one held along
_AT_THAT_EVENT = re.compile(r"(?:이|그)\s?자리\s?(?:에서|서|에)\s")


def _held_along(sentence: str, tokens, followed: FoundEvent | None, pub: date) -> list[TimeExpr]:
    """`특히 … 공적비 제막식도 함께 열릴 예정이다` after `… 기념식이 오는 28일 오전 10시 … 열린다`: a subject added with
    도 and done 함께 ("along with it") right before its predicate is held at the planned happening last told, on its
    day; `이와 함께` ("besides") opens a sentence of its own and is not read."""
    if followed is None or followed.precision != "day" or followed.start is None or followed.start != followed.end \
            or followed.start <= pub or clause_tense(sentence, 0) == "past" or _AT_THAT_EVENT.match(sentence):
        return []
    along = next((k for k in range(1, len(tokens) - 1) if tokens[k].form == "함께" and tokens[k].tag == "MAG"
                  and tokens[k - 1].form == "도" and tokens[k - 1].tag == "JX"
                  and tokens[k + 1].tag in ("VV", "NNG")), None)
    if along is None:
        return []
    return [TimeExpr("", 0, 0, followed.start, followed.start, "day", "future")]


# A day counted within a happening of several days: `둘째날`, `셋째 날`, `개막 이틀째`
_ORDINAL_DAY = re.compile(r"(?<![가-힣])(?:(?P<nth>첫|둘|셋|넷|다섯)째?\s?날|(?P<count>이틀|사흘|나흘|닷새)\s?째)(?=에|엔|인|\s)")
_ORDINALS = {"첫": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5}


def _ordinal_day(sentence: str, first: date | None) -> list[TimeExpr]:
    """`개막 이틀째에는 … 첫 경기가 … 펼쳐진다` after `정규 시즌은 오는 1월 17일부터 …`, `둘째날에는 … 걷기대회` after
    `10일부터 12일까지 3일간`, `방일 첫날 … 한일 정상회담` after `23일 … 출국한다`: a sentence naming no day of its own
    counts its day from the first day the article told, when that day is ahead (what is counted in days is the coming
    happening the article is about)."""
    m = _ORDINAL_DAY.search(sentence)
    if m is None or first is None:
        return []
    day = first + timedelta(days=_ORDINALS[m["nth"] or m["count"]] - 1)
    return [TimeExpr(m.group(0), m.start(), m.end(), day, day, "day", "future")]


# A part of the day (and its clock time) opening a sentence, after `이어` at most: `오후에는`, `이어 오후 6시30분`
# or `이어` alone (`이어 … 솔뫼성지에서 … 참가자들을 만난다`): the next step of that day's schedule
_PART_OF_DAY_OPENING = re.compile(r"(?:이어(?:서)?\s+)?(?P<pod>오전|오후|저녁|밤|새벽)(?:\s*\d{1,2}시(?:\s*\d{1,2}분)?)?"
                                  r"(?:에는|엔|에|부터)?(?=\s)|이어(?:서)?(?=\s)")


_SPAN_LENGTH = re.compile(r"\s*(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|양일|\d+일)\s*(?:간|동안)\s*")


def _held_on_date(sentence: str, tokens, expr) -> str | None:
    """A date whose clause says only that something takes place then, describing the noun after it
    (`다음 달 3일부터 12일까지 열리는 제24회 부산국제영화제 행사계획을 발표했습니다`, `20일 열릴 예정인 이 사건
    8차공판에서`): that noun phrase is the happening, though the sentence's own verb tells another."""
    length = _SPAN_LENGTH.match(sentence, expr.end)  # "4월 7일부터 17일 까지 열흘동안 진행된 예약판매": how long
    after = length.end() if length else expr.end
    k = next((n for n, t in enumerate(tokens) if t.start >= after), len(tokens))
    if expr.precision != "day" or k == len(tokens) or sentence[after:tokens[k].start].strip():
        return None  # "올해 개최된 축제보다", "올해 선정된 주요 공모사업으로는": a year describes, a day schedules
    found = grammar.held_noun(tokens, k)
    if found is None:
        return _done_to_noun(sentence, tokens, k)
    first, last = found
    if last + 1 < len(tokens) and tokens[last + 1].form in _QUOTES.values() \
            and (close := _quote_closed(tokens, last + 1)) is not None:
        # "지난 2일 개설된 쏘나타 '티저(teaser)' 사이트": a quoted name and the nouns after it go on with the phrase
        last = close
        while last + 1 < len(tokens) and (grammar.is_noun(tokens[last + 1]) or tokens[last + 1].tag in ("SN", "NNB")):
            last += 1
    return sentence[tokens[first].start:tokens[last].start + tokens[last].len]


def _scheduled_for_date(sentence: str, tokens, expr) -> str | None:
    """`9월 중순으로 예정된 애플의 아이폰 신제품 공개`: a date made the goal of 예정되다 in a clause describing a noun
    phrase schedules that phrase, whatever the sentence's own verb tells (`… 공개 때문이다`)."""
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k + 4 >= len(tokens) or sentence[expr.end:tokens[k].start].strip() \
            or not (tokens[k].tag == "JKB" and tokens[k].form in ("로", "으로") and tokens[k + 1].form == "예정"
                    and tokens[k + 2].tag == "XSV" and tokens[k + 2].form == "되" and tokens[k + 3].tag == "ETM"
                    and tokens[k + 3].form in ("ᆫ", "는")):
        return None
    first = j = k + 4
    while j < len(tokens) and (grammar.is_noun(tokens[j]) or tokens[j].tag in ("SN", "XPN", "XSN", "JKG")
                               or (tokens[j].tag == "NNB" and tokens[j - 1].tag == "SN")):  # `8차`, not `때문`
        j += 1
    last = j - 1
    if last < first or not grammar.is_noun(tokens[last]) or tokens[first].form in grammar.NOT_HEADS:
        return None
    return sentence[tokens[first].start:tokens[last].start + tokens[last].len]


def _held_that_day(sentence: str, tokens, expr) -> str | None:
    """`‘서울마라톤 대회’가 열리는 15일`: a day described by a clause saying its subject takes place dates that
    subject, whatever the sentence then tells of the day."""
    before = [k for k, t in enumerate(tokens) if t.start + t.len <= expr.start]
    if len(before) < 3 or tokens[before[-1]].tag != "ETM" or sentence[tokens[before[-1]].start + 1:expr.start].strip():
        return None
    k = before[-1] - 1
    held = (tokens[k].tag == "VV" and tokens[k].form in grammar.HELD_VERBS) or (
        tokens[k].form == "되" and k > 0 and tokens[k - 1].form in _HELD_NOUNS)
    if not held:
        return None
    k -= 1 if tokens[k].tag == "VV" else 2
    if k < 1 or tokens[k].tag != "JKS":
        return None
    return _noun_phrase_before(sentence, tokens, tokens[k].start)


def _done_to_noun(sentence: str, tokens, k: int) -> str | None:
    """A day right before a verbal noun with 하/되 in an adnominal (`지난 1월 24일 개막한 ‘100년의 기다림’전은`,
    `11월12일 올림픽 공원(올림픽 홀)에서 개최될 예정인 '2018 제2회 한중국제영화제(KCIFF)'가`), where it happens
    between: the day is that clause's; the noun it describes, with the verbal noun, is the headline
    (`‘100년의 기다림’전 개막`), whatever the sentence's own verb tells."""
    j = k
    while j < len(tokens) and (grammar.is_noun(tokens[j]) or tokens[j].tag in ("SN", "SSO", "SSC", "SL")):
        j += 1
    if j > k and j < len(tokens) and tokens[j].tag == "JKB" and tokens[j].form == "에서":
        k = j + 1  # where it happens is no part of what
    if not (k + 2 < len(tokens) and grammar.is_noun(tokens[k]) and len(tokens[k].form) > 1
            and tokens[k + 1].tag == "XSV" and tokens[k + 1].form in ("하", "되") and tokens[k + 2].tag == "ETM"):
        return None
    first = k + 3
    if first + 2 < len(tokens) and tokens[first].form in grammar.PLAN_NOUNS and tokens[first + 1].tag == "VCP" \
            and tokens[first + 2].tag == "ETM":
        first += 3  # "개최될 예정인 …"
    last = first
    if last < len(tokens) and tokens[last].form in _QUOTES.values() and (close := _quote_closed(tokens, last)) is not None:
        last = close + 1  # a quoted name, and the nouns after it (`‘…’전`), are one phrase
    while last < len(tokens) and (grammar.is_noun(tokens[last]) or tokens[last].tag in ("SN", "NNB", "XPN", "XSN")):
        last += 1
    if last == first or not any(grammar.is_noun(t) for t in tokens[first:last]) or tokens[first].form in grammar.NOT_HEADS \
            or last == len(tokens) or not (tokens[last].tag in ("JKS", "JKO") or tokens[last].form in ("은", "는")
                                           or (tokens[last].tag == "JKB" and tokens[last].form == "에"
                                               and tokens[k].form in _HELD_NOUNS and not _about(tokens, last + 1))):
        # only the sentence's subject, topic or object is what the adnominal names the happening of, or the goal of
        # a clause saying only that it takes place (`4월 8일 실시하는 고등학교 졸업학력 검정고시에 지원한 수험생도`)
        return None
    head = _balanced(sentence[tokens[first].start:tokens[last - 1].start + tokens[last - 1].len])
    return f"{head} {tokens[k].form}" if content_words(head) else None


def _postposed(tokens, etm) -> bool:
    """`대법관 6명에 대한 인사청문회`: `X에 대한`, `X에 관한` say what the noun after them is about: no clause to drop."""
    k = next(n for n, t in enumerate(tokens) if t is etm)
    return k >= 2 and tokens[k - 2].form == "에" and _about(tokens, k - 1) and tokens[k - 1].form in ("대하", "관하")


def _about(tokens, k: int) -> bool:
    """`안건에 대해`, `규정에 따라`: 에 and the verb after it make a postposition (about, by), no goal."""
    return k < len(tokens) and tokens[k].tag == "VV" and tokens[k].form in ("대하", "관하", "따르", "의하", "비하")


# A noun phrase closed by a coordinator before the next date: `오는 23일 모바일 투표 및 24일 ...`, `24일 2차 상법
# 개정안의 상정, 필리버스터 돌입, 25일 ...`
_NOMINAL_MEMBER = re.compile(r"\s*(?P<np>[^,]+?)(?:\s*,\s*[^,]+?)*\s*(?:,|및|와|과)\s*")
_NOMINAL_TAGS = ("NNG", "NNP", "SN", "SL", "XSN", "XPN", "NNB", "JKG", "SP")


def _nominal_member(sentence: str, tokens, expr, stop: int) -> str | None:
    """A day followed only by a common noun phrase and a coordinator, the next day right after (`오는 23일 모바일
    투표 및 24일 전국 투표소 현장투표와 27일 ...`): news lists happenings as nouns, their verbs dropped. The phrase
    is the happening on that day. A place or a name (`15일 TV조선, 20일 MBN`) is a member of another list."""
    if isinstance(expr, _Borrowed) or expr.precision != "day" or stop >= len(sentence):
        return None
    match = _NOMINAL_MEMBER.fullmatch(sentence, expr.end, stop)
    if match is None or not re.match(r"\s*(?:(?:오는|지난)\s*)?\d", sentence[stop:]):
        return None
    inside = [t for t in tokens if match.start("np") <= t.start < match.end()]
    while inside and (inside[-1].tag in ("SP", "JC") or inside[-1].form == "및"):
        inside.pop()
    heads = [t for n, t in enumerate(inside) if n + 1 == len(inside) or inside[n + 1].form == ","]
    if not inside or any(t.tag not in _NOMINAL_TAGS for t in inside) or inside[0].tag == "JKG" \
            or any(t.tag != "NNG" or len(t.form) < 2 for t in heads):
        return None
    return match.group("np")


# `X는 (DATE)로 정해졌다`: a passive verb that fixes its subject on the date it takes with 로
# (or moved to it: `개학일은 이달 23일로 미뤄졌다`, or planned for it: `발인은 16일로 예정됐다`, unless the plan was
# one no longer held: `공개일은 … 내년 1월로 예정되어 있었다`)
_FIXED_ON = re.compile(r"(?:까지)?\s*(?:으로|로)\s+(?:(?:확정|결정|연기|변경|조정)\s?(?:되|됐|돼)|예정\s?(?:되|됐|돼)(?!\S*\s*있었)|(?:정해|미뤄|늦춰|앞당겨)(?:졌|지|져)"
                       r"|잡혔|잡혀)")


def _set_on_date(sentence: str, tokens, expr) -> str | None:
    """`국정감사 기간은 다음 달 10일부터 27일까지로 정해졌다`, `선거일은 6월 3일로 확정됐다`: the topic right before
    the date is fixed on it; what it is the time of (`국정감사`, `선거`) is the happening."""
    # "원서 접수도 내년 1월 6일에서 9일까지 미뤄졌다": moved to a span, told by its end with no 로
    moved_span = re.search(r"까지$", expr.text) and re.match(r"\s*(?:미뤄|늦춰|연기)", sentence[expr.end:])
    if _FIXED_ON.match(sentence, expr.end) is None and not moved_span:
        return None
    lead = len(re.sub(r"(?:(?:오는|지난|내년|올해|다음\s?달|내달)\s*)*$", "", sentence[:expr.inner.start
                      if isinstance(expr, _Borrowed) else expr.start]).rstrip())
    before = [t for t in tokens if t.start + t.len <= lead]
    if not before or before[-1].start + before[-1].len != lead or not (
            before[-1].tag == "JKS" or (before[-1].tag == "JX" and before[-1].form in ("은", "는", "도"))):
        return None
    topic = _noun_phrase_before(sentence, tokens, before[-1].start)
    what = _DAY_OF.sub("", _WHEN_NOUNS.sub("", topic)).strip() if topic else None
    return what if what and content_words(what) else None


# `출시일을 6월 3일로 공식 발표했다`, `회의를 10일로 연기했다`: a doer sets (or moves) the day of its object
_SET_BY = re.compile(r"\s*(?:으로|로)\s+(?:[가-힣]+\s+)?(?:확정|결정|발표|정하|정했|정해|연기|변경|앞당|미뤘|미루|늦췄|늦추)")


_MOVED_FROM = re.compile(r"(?:\s*(?:\d{1,2}월\s*)?\d{1,2}일\s*에서(?:\s*(?:\d+|한|두|세)\s*(?:일|주일?|개월|달))?"
                         r"(?:\s*(?:미뤄|늦춰|앞당겨|당겨|연기해))?)?(?:\s*(?:오는|내년|올해|다음\s?달|내달))*\s*$")


def _object_set_on_date(sentence: str, tokens, expr) -> str | None:
    """The object right before a date that a verb of fixing or moving sets the date for (`출시일을 6월 3일로 공식
    발표했다`): what it is the day of (`출시`), or the happening itself when it names no day (`회의를 … 연기`)."""
    if isinstance(expr, _Borrowed) or _SET_BY.match(sentence, expr.end) is None:
        return None
    # the day it is moved from may stand between (`개봉일을 10월 1일에서 2주 미뤄 10월 16일로 확정했다`)
    lead = len(_MOVED_FROM.sub("", sentence[:expr.start]).rstrip())
    before = [t for t in tokens if t.start + t.len <= lead]
    if not before or before[-1].start + before[-1].len != lead or before[-1].tag != "JKO":
        return None
    what = _noun_phrase_before(sentence, tokens, before[-1].start)
    what = _DAY_OF.sub("", _WHEN_NOUNS.sub("", what)).strip() if what else None
    # one word (`개봉`) gets whose it is (`'보통의 가족' 개봉`)
    return _with_doer(sentence, tokens, expr.start, what) if what and content_words(what) else None


def _clause_on_date(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """A verbal noun's clause that modifies the date itself (`전용차로제가 확대시행되는 9월쯤`): that happening is
    dated by it. Its title is the verbal noun with its subject when one is marked (`이/가`)."""
    before = [k for k, t in enumerate(tokens) if t.start + t.len <= expr.start]
    if len(before) < 3 or sentence[tokens[before[-1]].start + tokens[before[-1]].len:expr.start].strip():
        return None
    k = before[-1]
    if tokens[k].tag != "ETM" or tokens[k - 1].tag != "XSV" or tokens[k - 1].form not in ("되", "하") \
            or not grammar.is_noun(tokens[k - 2]) or len(tokens[k - 2].form) < 2:
        return None
    noun = k - 2
    while noun > 0 and grammar.is_noun(tokens[noun - 1]) and tokens[noun - 1].start + tokens[noun - 1].len == tokens[noun].start:
        noun -= 1  # "확대시행": a compound written as one word
    verbal = sentence[tokens[noun].start:tokens[k - 2].start + tokens[k - 2].len]
    if noun > 0 and tokens[noun - 1].tag == "JKS":
        subject = _noun_phrase_before(sentence, tokens, tokens[noun - 1].start)
        if subject:
            return f"{subject} {verbal}"
    return None


def _schedule_of(sentence: str, tokens, dated) -> str | None:
    """The topic of a sentence that lists the days and places of one happening (`주민설명회는 13일 오전
    국토정중앙면을 시작으로 ..., 14일 해안면과 동면 15일에는 양구읍에서 열린다`): several days after a topic
    (`...는`) with no subject of their own between them. The happening is told once, by its first day."""
    days = [expr for expr, _, _ in dated if expr.precision == "day"]
    if len(days) < 2 or len(days) != len(dated):
        return None
    if any(sentence[:day.start].rstrip().endswith("(") for day in days[1:]):
        return None  # "10일 제282회 임시회 의사일정(오는 16 ~ 25일)을 확정했다": a bracket dates the noun before it
    if all(_joined(sentence[(a.inner.end if isinstance(a, _Borrowed) else a.end):b.start]) and _apart(a, b)
           for a, b in zip(days, days[1:])):
        return None  # "금융안정회의는 3월29일, 6월20일, 9월20일, 12월20일에 진행된다": one per day listed, months apart
    if {"past", "future"} <= {day.direction for day in days}:
        return None  # "… 2월 2일 선보이는 공연인 …의 티켓 예매를 지난 10월 29일 … 진행했습니다": one done, one to come
    if _today_word(days[0]) and any(day.direction == "future" for day in days[1:]):
        return None  # "1차장은 오늘(15일) … 브리핑에서 오는 18~24일 진행되는 … 순방 일정을 소개하며": the telling, then a plan
    first = days[0]
    before = [t for t in tokens if t.start + t.len <= first.start and t.form not in BULLETS]
    if not before or before[-1].tag != "JX" or before[-1].form not in ("은", "는") \
            or before[-1].start + before[-1].len < len(sentence[:first.start].rstrip(" " + BULLETS)):
        return None
    first_end = first.inner.end if isinstance(first, _Borrowed) else first.end
    if any(first_end <= t.start < days[-1].start and (t.tag in ("JKS", "EC") or (
            t.tag == "JX" and t.form in ("은", "는") and k > 0 and (grammar.is_noun(tokens[k - 1])
                                                                 or tokens[k - 1].tag in ("SSC", "NNB"))))
           for k, t in enumerate(tokens)) or any(
            first_end <= t.start < days[-1].start and t.tag == "ETM" and k + 1 < len(tokens)
            and tokens[k + 1].form in _AFTER_NOUNS for k, t in enumerate(tokens)):
        # "대표팀은 19일 파주 NFC에 소집된 뒤 23일 ... 평가전을 치른다": a clause of time ends the first day's happening
        # "개회식은 7일 ... 7일 오후 시상식과 함께 폐회식이 열린다", "접수기간은 ... 14일간이며, 합격자 발표는
        # 내년 1월 29일", "운영위원회는 11월 2일~3일, 정보위원회는 ...", "70~74세는 20일, 65~69세는 22일부터": another
        # subject or clause, another happening
        return None
    topic = _noun_phrase_before(sentence, tokens, before[-1].start)
    return topic if topic and grammar.is_noun(before[-2]) and before[-2].tag != "NNP" else None


def _today_word(day) -> bool:
    """`오늘`, `이날` (`오늘(15일)`): the day the news is told, named as such."""
    return day.direction == "present" and re.match(r"(?:오늘|이날)(?![가-힣])", day.text) is not None


# The nouns naming a timetable as a whole: its members are the happenings
_TIMETABLE_NOUNS = ("일정", "일정표", "순서")


def _stages(sentence: str, tokens, dated, topic: str | None) -> list[str] | None:
    """The stages of a timetable told as a topic (`사전청약 일정은 13일 특별공급, 14일 1순위, 15일 일반공급
    2순위로 진행한다`): each day with the noun phrase right after it names a happening of its own, titled with
    what the timetable is of. None unless every day has one. A topic that is no timetable's name is one when the
    list closes with the order its steps run in (`7급 공채는 7월 14∼17일 원서접수, 8월 17일 필기시험, ..., 11월
    1일 최종합격자 발표순으로 진행된다`)."""
    if not topic or not (topic.endswith(_TIMETABLE_NOUNS) or _in_order_of_steps(sentence, tokens, dated)):
        return None
    owner = re.sub(r"\s*(?:%s)$" % "|".join(_TIMETABLE_NOUNS), "", topic).strip()
    titles = []
    for n, (expr, _, _) in enumerate(dated):
        end = expr.inner.end if isinstance(expr, _Borrowed) else expr.end
        nxt = dated[n + 1][0].start if n + 1 < len(dated) else len(sentence)
        inside = [t for t in tokens if end <= t.start < nxt]
        stage = []
        for t in inside:
            if t.tag == "SP" or not (grammar.is_noun(t) or t.tag in ("SN", "NNB")):
                break
            stage.append(t)
        if not stage or (len(stage) < len(inside) and inside[len(stage)].tag not in ("SP", "JKB")
                         and inside[len(stage)].form not in BULLETS):
            return None  # a day with a clause or a subject of its own, not a stage's name
        words = sentence[stage[0].start:stage[-1].start + stage[-1].len]
        words = re.sub(r"\s*순$", "", words) if n == len(dated) - 1 else words  # `최종합격자 발표순으로`: the step
        titles.append(f"{owner} {words}" if owner else words)
    return titles


def _in_order_of_steps(sentence: str, tokens, dated) -> bool:
    """Days each followed by a bare common-noun phrase and a comma, the last phrase closed by 순 and 으로 (`원서접수,
    8월 17일 필기시험, ... 최종합격자 발표순으로 진행된다`): the list names the steps of a process in the order they
    run, each its own happening. Places and names (`부산, 12일 대구에서`) are proper nouns and name no step."""
    if len(dated) < 2:
        return False
    last = dated[-1][0]
    after = [t for t in tokens if t.start >= (last.inner.end if isinstance(last, _Borrowed) else last.end)]
    k = 0
    while k < len(after) and after[k].tag in ("NNG", "SN", "NNB", "XSN"):
        k += 1
    if not (1 < k < len(after) and after[k - 1].form == "순" and after[k].tag == "JKB" and after[k].form in ("으로", "로")):
        return False
    for n in range(len(dated) - 1):
        expr, nxt = dated[n][0], dated[n + 1][0]
        between = [t for t in tokens if (expr.inner.end if isinstance(expr, _Borrowed) else expr.end) <= t.start < nxt.start]
        if len(between) < 2 or between[-1].form != "," or not all(t.tag in ("NNG", "SN", "NNB", "XSN") for t in between[:-1]):
            return False
    return True


# The start or end of a year with no month (`올해 초`, `내년 초`, `연말`): the calendar gives the year.
_PART_OF_YEAR = re.compile(r"(?:(?:오는|지난)\s*)?(?:(?:19|20)\d\d년|올해|금년|내년|지난\s?해|작년|올)\s*(?:초|말)"
                           r"|(?:(?:19|20)\d\d년\s*|올해\s*|내년\s*|지난\s?)?(?:연초|연말)")


# Day words counted from another day: across sentences, from the day of the last event told.
_NEIGHBOUR_DAYS = {"다음날": 1, "이튿날": 1, "전날": -1, "하루전": -1}


# Verbal nouns that say only that something is carried out or held (`실시한다`, `진행한다`): with no object, the
# topic is what is held
_HELD_NOUNS = frozenset("실시 진행 개최 시행 거행".split())


# The nouns of verbs saying only that something takes place (`이뤄진다`, `진행된다`)
_TAKES_PLACE = frozenset({"진행"})


def _told_again(event: FoundEvent, earlier: FoundEvent) -> bool:
    """The same happening told twice in one article: the same period, and a common noun of one title's
    arguments (not its predicate, not a name: agents recur across events) in the other title
    ("오산중앙청소년문화의집 개관식 개최" and, on the same day, "개관식 진행"; "준공식" and "준공 기념식"), or the
    same title spaced otherwise (`실적 발표`, `실적을발표하고`)."""
    if event.start is None or display_date(event.start, event.precision) != display_date(earlier.start, earlier.precision):
        return False  # the same period at its precision: `1월 21일 혹은 28일` and `1월 말쯤` are both January
    if _another_that_day(event, earlier) or _another_that_day(earlier, event):
        return False
    if _names_within(event.title, earlier.title) or _names_within(earlier.title, event.title) \
            or event.title.replace(" ", "") == earlier.title.replace(" ", "") \
            or _names_nothing_but_a_happening(event.title) or _names_nothing_but_a_happening(earlier.title):
        return True
    if event.title.split()[-1] == earlier.title.split()[-1] and (_says_only_where(event.title) or _says_only_where(earlier.title)):
        return True  # "갤럭시 폴드도 출시한다는 계획" and "9월부터 글로벌 시장에 순차적으로 출시할 예정": one launch
    if event.evidence != earlier.evidence and event.precision == "day" and event.title.split()[-1] == earlier.title.split()[-1] \
            and event.title.split()[-1] not in _PHASES and _subject_names(event.evidence) & _subject_names(earlier.evidence):
        # "신분당선 광교역~정자역 구간이 30일 첫 개통된다" and "신분당선 광교~강남 복선전철은 30일 … 개통된다": what is
        # opened is named twice in other words, but by the same name, on the same day, with the same verb
        return True
    if _one_doers_day(event, earlier) or _doubles_as(event, earlier) or _doubles_as(earlier, event):
        return True
    if any(t.split()[-1] in _HELD_NOUNS and _says_only_where(t) for t in (event.title, earlier.title)):
        return True  # "3일 개막하는 2010청주직지축제" and "이날 … 흥덕사지(고인쇄박물관 옆)에서 개최될 행사": held there
    a, b = _common_nouns(event.title), _common_nouns(earlier.title)
    if any(len(x) >= 2 and x[-1] in _TAKES_PLACE for x in (a, b)):
        # "1심 선고 진행" and "형사35부 선고": 진행 only says the 선고 takes place, so the happenings agree
        x, y = (n[:-1] if len(n) >= 2 and n[-1] in _TAKES_PLACE else n for n in (a, b))
        if x and y and x[-1] == y[-1]:
            return True
    if _another_too(event, earlier) or _owned_by_others(event.title, earlier.title) \
            or _serves_other(event.title, earlier.title) or _serves_other(earlier.title, event.title) \
            or _other_ceremony(event.title, earlier.title) or _other_ceremony(earlier.title, event.title):
        return False
    if _told_in_sentence(event, earlier):
        return True
    # word by word, as Kiwi tags one word differently in two titles (`언팩 진행` NNG, `뉴욕 언팩` NNP): a word that
    # only takes place (`진행`) or names the day of what it follows (`선고기일`) leaves the happening it is of
    last = [_happening_word(t) for t in (event.title, earlier.title)]
    if last[0] and last[1] and (last[0] == last[1] or _initials_of(*sorted(last, key=len))) \
            and any(_happening_word(t) != t.split()[-1] for t in (event.title, earlier.title)):
        return True
    predicates = {a[-1], b[-1]} if a and b else set()   # `발표하는 ... 발표` and `... 발표`: a shared verb is no argument
    if a and b and event.title.split()[-1] == earlier.title.split()[-1]:
        predicates |= set(_common_nouns(event.title.split()[-1]))  # `A 시정조치`, `B 시정조치`: a compound verb too
    pairs = [(w, v) for w in a[:-1] for v in b if w not in predicates and _same_word(w, v)] \
        + [(w, v) for w in b[:-1] for v in a if w not in predicates and _same_word(w, v)]
    if not pairs:
        return False  # no shared argument to weigh: the titles' words need not be read again (Kiwi, word by word)
    alone = _standalone(event.title) | _standalone(earlier.title)
    # a compound written the same in both (`주민설명회`) is one word shared
    words_a = set(re.findall(r"[가-힣A-Za-z0-9]{2,}", event.title))
    words_b = set(re.findall(r"[가-힣A-Za-z0-9]{2,}", earlier.title))
    # Korean compounds are right-headed: `사전예약판매` is a kind of `예약판매`, one compound ending with the other
    shared = (words_a & words_b) | {short for long_, short in [*((x, y) for x in words_a for y in words_b),
                                                              *((y, x) for x in words_a for y in words_b)]
                                    if len(short) >= 3 and long_.endswith(short) and len(_common_nouns(short)) >= 2}
    alone |= {n for word in shared for n in _common_nouns(word)}
    # a noun buried in a compound in both titles (`군민` of `군민화합한마당` and `군위군민체육대회`) links nothing
    return any(w in alone or v in alone for w, v in pairs)


# Verbal nouns of attending: the happening is what is attended (`기자회견에는 … 참석하고`), not who attends
_ATTENDING = frozenset("참석 참여 참가 출석".split())


# Headline nouns that say only that a happening takes place, starts, ends or is fixed on its day (`투표 실시`,
# `투표 종료`, `공판 기일 확정`): one happening's phases and settings on one day are that happening
_PHASES = frozenset("개최 진행 실시 시작 종료 완료 마감 확정 결정 지정 참석 참여 참가".split())


def _one_doers_day(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"신예 걸그룹 시크릿넘버가 출격한다" and "시크릿넘버는 … 컴백할 예정이다": a named subject and a verb with no
    argument of their own, on one day, in two sentences: the doer's one happening of that day told again."""
    doer = _bare_doer(event.title)
    return event.evidence != earlier.evidence and event.precision == "day" and event.start == earlier.start \
        and doer is not None and doer == _bare_doer(earlier.title) \
        and all(any(n in doer for n in _subject_names(e.evidence)) for e in (event, earlier))


def _doubles_as(event: FoundEvent, other: FoundEvent) -> bool:
    """"명단 발표를 겸한 벤투 감독의 기자회견이 13일 … 진행된다": a happening that doubles as (겸하다) what another
    title names, on the same day, is that happening told again."""
    if event.start != other.start or event.precision != other.precision:
        return False
    happening = _happening_word(event.title)
    for m in re.finditer(r"([가-힣A-Za-z0-9]+\s+[가-힣A-Za-z0-9]+?)(?:을|를)\s+겸(?:한|하는|해|하여|하며|하고)\s", event.evidence):
        if happening and happening in event.evidence[m.end():] and other.title.endswith(m.group(1)):
            return True
    return False


def _another_too(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"13일 올림픽대표팀 명단도 발표된다" after "대표팀의 9월 평가전 명단이 13일 발표된다": 도 (too) adds another
    happening of the kind told, whose owner (the word before the argument) the earlier title does not name."""
    words = event.title.split()
    return len(words) >= 3 and f"{words[-2]}도" in event.evidence and words[-3] not in earlier.title


def _another_that_day(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"같은 날 경기 화성에서는 … 신동탄포레자이가 1순위 청약 접수를 받는다" after "‘우장산숲아이파크’가 12일 1순위
    청약 접수를 받는다": `같은 날` sets another subject's happening beside the one told, not the same one again."""
    if event.evidence == earlier.evidence:
        return False
    if not re.search(r"같은\s?날", event.evidence):
        return _added_with_also(event, earlier)
    # `인사청문회도 같은날 … 열린다`: the subject added with 도 (too) is one too
    subjects = _subject_names(event.evidence, also=("도",))
    return bool(subjects) and not subjects & _subject_names(earlier.evidence, also=("도",))


def _added_with_also(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"한편 … 올림픽대표팀 명단도 13일 공개된다" after "… 평가전 명단 발표를 겸한 … 기자회견이 13일 …": a subject
    added with 도 (too) before the date names a doer or a thing the earlier telling does not, so it is another
    happening of that day."""
    tokens = tokenize(event.evidence)
    for k, t in enumerate(tokens):
        if t.tag == "JX" and t.form == "도" and k > 0 and grammar.is_noun(tokens[k - 1]) and k + 1 < len(tokens) \
                and tokens[k + 1].tag == "SN":
            phrase = _noun_phrase_before(event.evidence, tokens, t.start) or ""
            if any(len(w) >= 2 and w not in earlier.evidence for w in content_words(phrase)):
                return True
    return False


def _owned_by_others(a: str, b: str) -> bool:
    """`‘광산쌍용예가플래티넘’의 견본주택 공개` and `‘인천미추홀꿈에그린’의 견본주택 공개`: the same argument, each owned
    (의) by another name, is two happenings; so is one argument of two kinds, a bare noun before it in each
    (`호우 예비특보 발표`, `강풍 예비특보 발효`)."""
    owners = [w[:-1] for t in (a, b) for w in t.split()[-3:-2] if w.endswith("의") and len(w) > 2]
    if len(owners) == 2 and owners[0] != owners[1] and a.split()[-2:] == b.split()[-2:]:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) < 3 or len(wb) < 3 or wa[-2] != wb[-2] or wa[-3] in wb[-3] or wb[-3] in wa[-3]:
        return False
    kinds = [[(t.form, t.tag) for t in tokenize(w)] for w in (wa[-3], wb[-3])]
    return all(len(k) == 1 and k[0][1] == "NNG" for k in kinds)


def _bare_doer(title: str) -> str | None:
    """The name in a title that is only a named doer and its predicate (`신예 걸그룹 시크릿넘버 출격`: words before the
    name only describe it), or None when the title has an argument of its own."""
    words = title.split()
    if len(words) < 2 or words[-1] in _PHASES:
        return None
    tagged = [tokenize(w) for w in words[:-1]]
    if not any(t.tag == "NNP" for t in tagged[-1]) or not all(t.tag.startswith(("NN", "SL")) for t in tagged[-1]) \
            or not all(len(w) == 1 and w[0].tag == "NNG" for w in tagged[:-1]):
        return None
    return words[-2]  # the whole word: Kiwi cuts a name differently in two sentences (`시크릿넘버`, `시크릿`+`넘버`)


def _names_within(short: str, long_: str) -> bool:
    """Every word of `short` names a word of `long_`, its last word the head of the long title's last word
    (`본회의` in `국회 본회의`, `첫 회의` in `내년 첫 기준금리 결정회의`, `투표 종료` and `투표 실시`): said on one
    day, the shorter title is the longer one told again. Phase words are left out first; `-기일` (the day of
    `선고`) is the happening it is the day of."""
    def words(title: str) -> list[str]:
        out = title.split()
        while len(out) > 1 and out[-1] in _PHASES:
            out.pop()
        return [re.sub(r"(?<=[가-힣]{2})기일$", "", w) for w in out]

    s, l = words(short), words(long_)
    if not s or not l or len(s) > len(l) or s[-1] in _PHASES or len(s[-1]) < 2 or not _common_nouns(s[-1]):
        return False
    return l[-1].endswith(s[-1]) and all(w in l[:-1] for w in s[:-1])


# Nouns naming a happening of any kind: `행사는 … 8월 9일 오전 11시에 열린다` names the day's happening told before
_ANY_HAPPENING = frozenset("행사 이벤트".split())


def _says_only_where(title: str) -> bool:
    """A title whose words before its predicate are only where or how (`글로벌 시장에 순차적으로 출시`): it names no
    argument of its own, so it tells again a happening of the same predicate told that day."""
    words = title.split()
    if len(words) < 2:
        return False
    tokens, runs = tokenize(" ".join(words[:-1])), 0
    k = 0
    # a place is a noun phrase: nouns, joined by 의 or 과/와 (`직지의 발상지`, `과천관과 서울관`), a bracket inside
    in_place = ("NN", "SL", "SN", "XSN", "XPN", "SSO", "SSC", "JKG", "JC")
    while k < len(tokens):
        if tokens[k].tag.startswith(("NN", "SL", "SN", "XSN", "XPN")):
            while k < len(tokens) and tokens[k].tag.startswith(in_place):
                k += 1
            if k == len(tokens) or tokens[k].tag != "JKB" or tokens[k].form not in ("에", "에서", "로", "으로"):
                return False  # a noun that is no place or manner: an argument of its own
            runs += 1
        elif tokens[k].tag != "MAG" and tokens[k].tag != "JKB":
            return False
        k += 1
    return runs > 0


def _subject_names(sentence: str, also: tuple[str, ...] = ()) -> set[str]:
    """The proper nouns of a sentence's subjects and topics (the noun phrases before 이/가 and 은/는, and before the
    particles `also` names)."""
    tokens, names = tokenize(sentence), set()
    for k, t in enumerate(tokens):
        if t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는", *also)):
            j = k - 1
            while j >= 0 and tokens[j].tag.startswith(("NN", "SL", "SN", "XSN", "XPN", "SSO", "SSC", "SO", "SW")):
                if tokens[j].tag == "NNP" and len(tokens[j].form) >= 2:
                    names.add(tokens[j].form)
                j -= 1
    return names


def _names_nothing_but_a_happening(title: str) -> bool:
    words = title.split()
    while len(words) > 1 and words[-1] in _PHASES:
        words.pop()
    return len(words) == 1 and words[0] in _ANY_HAPPENING


# Verbs saying only that their subject takes place (`개막식은 … 펼쳐집니다`): the subject is the happening
_HELD_VERBS = frozenset("열리 펼쳐지 치러지 이뤄지 이루어지".split())


def _happening_word(title: str) -> str | None:
    """The word naming what happens: the last, or the one before a word saying only that it takes place or is
    held (`언팩 진행` -> `언팩`, `개막식 개최` -> `개막식`), without a day-of or ceremony suffix (`선고기일` -> `선고`, `개막식` -> `개막`)."""
    words = title.split()
    word = words[-2] if len(words) >= 2 and words[-1] in _TAKES_PLACE | {"개최"} else words[-1] if words else None
    word = re.sub(r"(?<=[가-힣]{2})(?:기일|식)$", "", word) if word else None
    return _OPENING_CLOSING.get(word, word) if word else None


# An opening or closing told of a meeting (`개회식`, `폐회식`), of a curtain (`개막`, `막을 내렸다` -> `폐막`) or by its
# opening match (`공식 개막전`): one opening, one closing
_OPENING_CLOSING = {"개회": "개막", "폐회": "폐막", "개막전": "개막"}


def _serves_other(a: str, b: str) -> bool:
    """`국정감사 종합상황실 운영` and `2022년도 국정감사 실시`: the word heading b's argument (the word before its
    predicate) only modifies another head in a; Korean phrases are right-headed, so a is about a room set up for
    the audit, another happening than the audit."""
    wa, wb = a.split(), b.split()
    if len(wa) < 3 or len(wb) < 2:
        return False
    head_a, head_b = wa[-2], wb[-2]
    return head_b in wa[:-2] and not head_a.endswith(head_b) and not head_b.endswith(head_a)


def _ceremony_root(title: str) -> str | None:
    """What a ceremony title is held for: `커팅` of `새 병원 앞에서 커팅식`, `준공` of `준공식 개최`."""
    words = title.split()
    while len(words) > 1 and words[-1] in _PHASES | _TAKES_PLACE:
        words.pop()
    nouns = [t.form for t in tokenize(words[-1]) if t.tag.startswith("NN")] if words else []
    if not nouns or not (nouns[-1] == "식" or (len(nouns[-1]) >= 3 and nouns[-1].endswith("식"))):
        return None  # `운영 방식`, `공식`: no ceremony
    return re.sub(r"식$", "", words[-1]) or None


def _other_ceremony(a: str, b: str) -> bool:
    """`관계자들이 새 병원 앞에서 커팅식` and `새 병원 개원과 함께 성서 시대` on one day: a ceremony is a happening of
    its own unless the other telling names what it is held for (`준공식` and `준공 기념`); two ceremonies are
    left to the other rules (`준공식` and `준공 기념식`)."""
    root, told = _ceremony_root(a), b.replace(" ", "")
    return root is not None and _ceremony_root(b) is None and root not in told \
        and _OPENING_CLOSING.get(root, root) not in told  # `폐회식` and `대단원의 폐막`: one closing


def _standalone(title: str) -> set[str]:
    """The nouns of a title written as words of their own (with their particles), not inside a compound."""
    out = set()
    for word in title.split():
        nouns = [t for t in tokenize(word) if t.tag.startswith("NN")]
        if len(nouns) == 1:
            out.add(nouns[0].form)
    return out


def _told_finer(coarse: FoundEvent, fine: FoundEvent) -> bool:
    """One happening told at two precisions (`이번 주에 실시` and `15일 ... 설명회를 개최`, `하반기 ... 박람회`
    and `박람회(10월 30일~11월5일)`): the coarser telling is dropped for the finer one inside its period."""
    if None in (coarse.start, coarse.end, fine.start) or coarse.precision == "none" \
            or PRECISIONS.index(fine.precision) >= PRECISIONS.index(coarse.precision):
        return False
    if not coarse.start <= fine.start <= coarse.end:
        return False
    if _each_of_many(coarse) and not _each_of_many(fine):
        return False  # "이번 주부터 각 부처의 신년 업무보고를 받는다": the series, of which 기획재정부's report is one
    if _held_at(coarse, fine):
        return False  # "내주 … 열리는 유엔총회" and "20일 유엔총회에서 기조연설": a happening held during it, not it
    if _names_within(fine.title, coarse.title) or _names_within(coarse.title, fine.title):
        return True  # "다음 주 … 법안 처리를 위한 본회의를 열기로" and "본회의는 오는 19~21일 사이 열릴 것으로"
    a, b = _common_nouns(coarse.title), _common_nouns(fine.title)
    if a and b and a[-1] == b[-1] and _dates_its_topic(fine):
        return True  # "국제공항이 오는 9월 개항을 앞두고" and "정식 개항은 9월 30일이다": the day of the opening told
    if _head_noun(coarse.title) is None or _head_noun(fine.title) is None:
        return False
    # a title with no argument but an ordinal (`1차 발사`) has no head of its own: the predicates must agree
    bare = any(not [w for w in content_words(t)[:-1] if not w.isdigit()] for t in (coarse.title, fine.title))
    if _head_noun(coarse.title) != _head_noun(fine.title) and not (bare and a and b and a[-1] == b[-1]):
        return False
    # "국방위원회 전체회의" in August is not "안전행정위원회 전체회의" on 10 August: whose it is must agree too
    own_a, own_b = ({re.sub(r"(?:은|는|이|가|을|를|의|에서|에|과|와)$", "", w) for w in t.split()[-3:-2]} - {""}
                    for t in (coarse.title, fine.title))  # the word right before the head names whose it is
    if own_a and own_b and not any(_same_word(x, y) for x in own_a for y in own_b):
        return False
    # "신규 공사 발주" (the year's orders) is not "공사 시작" (one start of works): the predicates must agree
    return len(a) < 2 or len(b) < 2 or a[-1] == b[-1]


def _setting_after(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """`이날 시험운영에는`, `12일 본회의에서는`, `이날 총회에선`: the noun right after the date set as the topic of
    where (에/에서 with 는), the happening inside which the clause's own happening takes place."""
    k = next((k for k, t in enumerate(tokens) if t.start >= expr.end), None)
    if k is None or sentence[expr.end:tokens[k].start].strip():
        return None
    first = k
    while k < len(tokens) and tokens[k].tag in ("NNG", "NNP") and (k == first or tokens[k].start == tokens[k - 1].start
                                                                  + tokens[k - 1].len):
        k += 1
    if k == first or k + 1 >= len(tokens) or tokens[k].tag != "JKB" or tokens[k].form not in ("에", "에서") \
            or tokens[k + 1].tag != "JX" or tokens[k + 1].form not in ("는", "ᆫ"):
        return None
    return sentence[tokens[first].start:tokens[k].start]


def _part_of(event: FoundEvent, setting: str, earlier: FoundEvent) -> bool:
    """"또한 이날 시험운영에는 … 진화훈련과 … 테러진압훈련도 함께 병행될 예정이다" after "… 최종 종합시험운영이 8일 …
    실시된다": what a clause tells inside a happening already told for its day (the date's setting, `X에는`/`X에서는`,
    naming it) is a part of that happening, not another."""
    return earlier.start is not None and earlier.evidence != event.evidence \
        and display_date(event.start, event.precision) == display_date(earlier.start, earlier.precision) \
        and (setting in earlier.title.replace(" ", "") or setting in earlier.evidence)


def _held_at(coarse: FoundEvent, fine: FoundEvent) -> bool:
    """The finer event's title names the coarser one only as where it takes place (`유엔총회에서 기조연설`)."""
    return re.search(re.escape(coarse.title) + r"에서\s+\S", fine.title) is not None


def _dates_its_topic(event: FoundEvent) -> bool:
    """`정식 개항은 9월 30일이다`: the title's event noun is the sentence's topic and its predicate is the date with
    the copula, so the sentence tells the day of a happening already told (a definite topic), not a new one."""
    nouns = _common_nouns(event.title)
    tokens = [t for t in tokenize(event.evidence) if t.tag not in ("SF", "SP", "SE")]
    if not nouns or len(tokens) < 4 or tokens[-2].tag != "VCP" or tokens[-3].form not in ("일", "월") \
            or not tokens[-3].tag.startswith("NN"):
        return False
    return any(t.form == nouns[-1] and tokens[k + 1].tag == "JX" and tokens[k + 1].form in ("은", "는")
               for k, t in enumerate(tokens[:-1]))


def _each_of_many(event: FoundEvent) -> bool:
    """A telling of happenings `각` (each) of many doers hold, or many doers as its topic (`이들 기업은`): a series,
    not one happening."""
    tokens = tokenize(event.evidence)
    return any(t.form == "각" and t.tag == "MM" for t in tokens) or any(
        t.form == "들" and t.tag == "XSN" and any(u.tag == "JX" and u.form in ("은", "는") for u in tokens[k + 1:k + 3])
        for k, t in enumerate(tokens))


def _head_noun(title: str) -> str | None:
    """What a title is about: its last common noun before the predicate (`개편작업` of `노선 개편작업 재개`)."""
    nouns = _common_nouns(title)
    return nouns[-2] if len(nouns) >= 2 else (nouns[0] if nouns else None)


def _common_nouns(title: str) -> list[str]:
    return [t.form for t in tokenize(title) if t.tag == "NNG" and len(t.form) > 1]


def _event_dates(sentence: str, tokens, exprs: list[TimeExpr], pub: date):
    """(date, end of its period, end of its clause) for each date in the sentence that can date a happening.

    Limits (`까지` alone, `이전`, `동안`...) and years that are part of a name are dropped; `X부터 Y까지` is one
    span dated by X; dates joined by `과`/`,` (`7월과 8월에는`) share the predicate after the last one."""
    kept: list[tuple[TimeExpr, date | None]] = []
    included = _included_days(sentence, exprs)
    for n, expr in enumerate(exprs):
        if getattr(expr, "role", "point") == "name" or n in included:
            continue  # the resolver read it as part of a name (`'추석 민생안정 대책'`), or as days a span holds
        if kept and _restated(sentence, kept[-1][0], expr):
            # "내일(2일) 개막식은 ... 펼쳐집니다": the day in brackets says the day before it again; that one reads
            # the clause after the bracket
            close = sentence.index(")", expr.end)
            kept[-1] = (replace(kept[-1][0], end=close + 1), kept[-1][1])
            continue
        if n + 1 < len(exprs) and re.fullmatch(r"\s*(?:인|이던|였던)\s*", sentence[expr.end:exprs[n + 1].start]):
            continue  # "다음날인 4일까지는": the day it names again says what it is (here a limit)
        limit = grammar.limit_after(sentence, expr.end)
        if limit == "occasion" and _awaits(sentence, tokens, expr):
            limit = None  # "4월 3일 개항을 앞두고": the date is the awaited happening's, not an occasion
        if limit == "까지" and re.search(r"[~∼〜]\s*\d", expr.text):
            limit = None  # "10월 26일~11월 1일까지": a span with its start, not a deadline
        if limit and limit.strip() in ("간", "동안") and getattr(expr, "role", "point") == "range":
            limit = None  # "25일부터 내달 2일까지 9일간의 일정으로": the span's own length, not a length instead of a date
        if kept and grammar.starts_span(sentence, kept[-1][0].end) and (
                limit == "까지" or not sentence[kept[-1][0].end:expr.start].strip().removeprefix(grammar.SPAN_START).strip()):
            # the end of "X부터 Y까지" (or "12일부터 13일 양일간"): one span, its clause read after Y
            kept[-1] = (_Borrowed(kept[-1][0], expr.end), expr.end_date)
            continue
        if limit or grammar.states_a_figure(sentence, expr.end, expr.precision) \
                or _counted_from_noun(sentence, tokens, expr) \
                or grammar.names_a_document(sentence, tokens, expr.start, expr.end, expr.precision) \
                or _names_an_edition(sentence, tokens, expr) or _note_in_brackets(sentence, expr, exprs) \
                or _relative_year(sentence, expr) or grammar.routine_weekday(sentence, tokens, expr.start, expr.end):
            continue
        kept.append((expr, expr.end_date))
    # "다음달 4·5·6일" read as a month and then days: the days inside the month say it more finely
    kept = [(e, d) for n, (e, d) in enumerate(kept)
            if not (n + 1 < len(kept) and not sentence[e.end:kept[n + 1][0].start].strip()
                    and PRECISIONS.index(kept[n + 1][0].precision) < PRECISIONS.index(e.precision)
                    and None not in (e.date, e.end_date, kept[n + 1][0].date)
                    and e.date <= kept[n + 1][0].date <= e.end_date)]
    kept = [(e, d) for e, d in kept if not (_HOLIDAY_NAME.search(sentence, e.start, e.end + 4) and not re.search(r"\d", e.text)
                                            and _names_a_period(sentence, tokens, e, holiday=True))]
    if any(e.precision in ("day", "week") for e, _ in kept):  # a finer date dates the happening
        kept = [(e, d) for e, d in kept if not _names_a_period(sentence, tokens, e) or _awaits(sentence, tokens, e)]
    if any(e.precision in ("day", "week", "month") for e, _ in kept):
        kept = [(e, d) for e, d in kept if not _quarter_reported(sentence, tokens, e)
                and not _period_of_what_is_shown(tokens, e)]
    kept = _alternatives(sentence, kept)
    out = []
    for n, (expr, end_date) in enumerate(kept):
        head = n
        while head > 0 and _joined(sentence[kept[head - 1][0].end:kept[head][0].start]):
            head -= 1
        tail = n
        while tail + 1 < len(kept) and _joined(sentence[kept[tail][0].end:kept[tail + 1][0].start]):
            tail += 1
        if n > 0 and _joined(sentence[kept[n - 1][0].end:expr.start]) \
                and not _distributive(sentence, tokens, kept[head][0].start, kept[tail][0].end, tail - head + 1) \
                and not _apart(kept[n - 1][0], expr):
            continue  # "오는 3월 15일과 17~18일 ... 설명회를 개최한다": one happening on several days, dated by the first
        if _SUPERSEDED.match(sentence, expr.end) or _names_a_report_period(sentence, tokens, expr) or grammar.dates_nothing(sentence, tokens, expr):
            continue  # "오는 9일로 예정됐던 쏘나타 공식 출시일": a plan that was, no longer the day of anything
        if grammar.superseded_plan(tokens, _token_after(tokens, expr.end)):
            continue  # "3월 2일 … 건대입구에서 열 예정이었던 언론 시사회를 취소하고": a plan given up
        if expr.direction == "past" and grammar.said_on(tokens, _token_after(tokens, expr.end)):
            continue  # "지난 10일 서울경찰청은 ... 교통통제를 실시한다고 밝혔다": the day it was said
        stop = kept[n + 1][0].start if n + 1 < len(kept) else len(sentence)
        stop = min(stop, _quote_end(sentence, expr.start), _sentence_end(tokens, expr.end), _copula_end(tokens, expr.end))
        if dates_no_happening(sentence, tokens, expr, stop):
            continue  # a statistic's period, a state that runs, a routine, a value, a moved plan's first date
        last = n
        while last + 1 < len(kept) and _joined(sentence[kept[last][0].end:kept[last + 1][0].start]):
            last += 1
        if last != n:  # "각 2월, 3월에 착공한": read this date with the words after the last one
            stop = kept[last + 1][0].start if last + 1 < len(kept) else len(sentence)
            tail = sentence[kept[last][0].end:]
            again = find_time_expressions(expr.text + tail, pub)
            if again and again[0].end == len(expr.text):
                shifted = again[0]
                expr = TimeExpr(expr.text, expr.start, expr.end, shifted.date, shifted.end_date, shifted.precision,
                                shifted.direction, shifted.part_of_day)
                end_date = shifted.end_date
            expr = _Borrowed(expr, kept[last][0].end)
        out.append((expr, end_date, stop))
    return _topic_object_members(sentence, tokens, _object_members(sentence, tokens, _date_first_members(
        sentence, tokens, _listed(sentence, tokens, _gapped(sentence, tokens, _followed(sentence, tokens, _in_list_order(
            sentence, out, pub)))))))


_INCLUDED = re.compile(r"\s*(?:을|를)\s*(?:포함|비롯)")


def _included_days(sentence: str, exprs: list[TimeExpr]) -> set[int]:
    """Indexes of the dates that are the object of 포함/비롯 (`토요일과 일요일을 포함해 대회가 진행된다`), with those
    listed before them: days a span told elsewhere holds, not when something happens."""
    out: set[int] = set()
    for n in range(len(exprs) - 1, -1, -1):
        expr = exprs[n]
        if _INCLUDED.match(sentence, expr.end) or (n + 1 in out and _joined(sentence[expr.end:exprs[n + 1].start])):
            out.add(n)
    return out


def _token_after(tokens, pos: int) -> int:
    """The index of the first token starting at or after character `pos`."""
    return next((k for k, t in enumerate(tokens) if t.start >= pos), len(tokens))


# A length counted back or on (`100일 전`, `2주 뒤`) ...
_COUNTED = re.compile(r"\d+\s*(?:일|주일?|개월|달|년)\s*(?:전|후|뒤)")
# ... after a common noun that is no time word: `대회 100일 전` is counted from the games, not from the news
_TIME_WORDS = frozenset("오늘 내일 모레 어제 그제 그저께 이날 당일 그날 현재 지금 올해 지난해 작년 내년".split())


def _gapped_copula(sentence: str, tokens, expr, following) -> str | None:
    """`서강대는 12일부터 15일, 홍익대는 11일부터 16일까지다`, `최종발표일은 5급 공채의 경우 9월 30일, 외교관후보자는 9월
    14일이다`: members closed by commas share the copula of the last, whose own topic comes right before its date;
    this member's topic (or, after `X의 경우`, X and the sentence's topic) names its happening."""
    if following is None or any(isinstance(e, _Borrowed) and (e.listed or e.argument) for e in (expr, following[0])):
        return None  # a span (`12일부터 15일`) or a gapped date is one member; a member of another list is not
    nxt, stop = following[0], following[2]
    own_end = expr.inner.end if isinstance(expr, _Borrowed) and expr.end == nxt.end else expr.end
    if not re.fullmatch(r"(?:부터\s*\d+일)?\s*,\s*[^,]+?(?:은|는)\s*(?:오는\s*)?", sentence[own_end:nxt.start]) \
            or _topic_on_date(sentence, tokens, nxt, stop) is None:
        return None
    lead = len(re.sub(r"(?:오는\s*)*$", "", sentence[:expr.start]).rstrip())
    mark = next((t for t in tokens if t.start + t.len == lead and t.tag == "JX" and t.form in ("은", "는")), None)
    if mark is not None:
        return _noun_phrase_before(sentence, tokens, mark.start)
    case = re.search(r"(\S+(?:\s\S+)?)의 경우$", sentence[:lead])
    topics = [t for k, t in enumerate(tokens) if t.start < lead and t.tag == "JX" and t.form in ("은", "는")
              and k > 0 and (grammar.is_noun(tokens[k - 1]) or tokens[k - 1].tag == "NNB")]
    topic = _noun_phrase_before(sentence, tokens, topics[-1].start) if case and topics else None
    if not topic:
        return None
    topic = _DAY_OF.sub("", topic).strip() or topic  # `최종발표일`: the day of the final announcement
    return f"{case.group(1)} {topic}" if case else None


def _subjectless_plan(tokens, expr, stop: int) -> str | None:
    """`7월말 시행될 예정이다`: right after the date, a verbal noun made passive (되) before a plan noun, in a sentence
    with no subject, topic or object of the clause: the noun (`시행`), else None."""
    k = next((k for k, t in enumerate(tokens) if t.start >= expr.end), None)
    if k is None or k + 3 >= len(tokens) or tokens[k].start >= stop or not grammar.verbal_noun(tokens, k) \
            or tokens[k + 1].form != "되" or tokens[k + 2].tag != "ETM" or tokens[k + 3].form not in grammar.PLAN_NOUNS:
        return None
    if any(t.tag in ("JKS", "JKO") or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens
           if _last_boundary(tokens, 0, expr.start) <= t.start < tokens[k].start) \
            or any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens):
        return None
    return tokens[k].form


def _object_member_title(sentence: str, tokens, expr, following) -> str | None:
    """`사극 ‘아랑사또전’을 15일부터, … ‘메이퀸’을 18일부터 방송한다`: an object and its date closed by a comma, then
    another object and date of the same shape whose predicate follows: the first member shares that predicate
    (whatever the words between the members, `… 닥터진’에 이어`). The title is its own object and the predicate."""
    if following is None or isinstance(expr, _Borrowed) or isinstance(following[0], _Borrowed) \
            or not re.match(r"(?:부터|에는|에|엔)?\s*,", sentence[expr.end:]):
        return None

    def object_before(e) -> int | None:
        lead = len(re.sub(r"(?:(?:오는|지난)\s*)*$", "", sentence[:e.start]).rstrip())
        return next((k for k, t in enumerate(tokens) if t.start + t.len == lead and t.tag == "JKO"), None)

    own, other = object_before(expr), object_before(following[0])
    if own is None or other is None:
        return None
    pred = _predicate(tokens, following[0].end, following[2])
    what = _noun_phrase_before(sentence, tokens, tokens[own].start)
    if pred is None or not what or not (grammar.verbal_noun(tokens, pred[0]) or tokens[pred[0]].tag == "VV"):
        return None
    return f"{what} {pred[1]}"


def _each_subject(sentence: str, tokens, expr, member_end: int, stop: int) -> list[str]:
    """`12월 15일부터는 제주항공이 부산↔도쿄 주 7회, …, 이스타항공이 부산↔코타키나발루 노선에 주 7회에 각각 신규 취항한다`:
    subjects (이/가) of one date's member joined by commas, with no verb of their own, and `각각` (each) before the
    shared predicate: each subject does the happening, one title each (`제주항공 신규 취항`). Else []."""
    begin = expr.inner.end if isinstance(expr, _Borrowed) else expr.end
    pred = _predicate(tokens, expr.end, stop)
    if pred is None or not grammar.is_noun(tokens[pred[0]]):
        return []
    verb_at = tokens[pred[0]].start
    if not any(t.tag == "MAG" and t.form in ("각각", "각") and t.start < verb_at for t in tokens
               if t.start >= max(begin, member_end if member_end < verb_at else begin)):
        return []
    marks = [k for k, t in enumerate(tokens) if begin <= t.start < min(member_end, verb_at) and t.tag == "JKS"]
    subjects, last = [], begin
    for k in marks:
        if subjects and (not re.search(r",", sentence[last:tokens[k].start]) or any(
                last <= t.start < tokens[k].start and t.tag.startswith(_VERBAL_TAGS) for t in tokens)):
            return []  # not a comma-joined list of subjects with no verb of their own
        np = _noun_phrase_before(sentence, tokens, tokens[k].start)
        if not np:
            return []
        subjects.append(np)
        last = tokens[k].start + tokens[k].len
    if len(subjects) < 2:
        return []
    what = _noun_phrase_before(sentence, tokens, tokens[pred[0]].start + tokens[pred[0]].len) or pred[1]
    return [f"{subject} {what}" for subject in subjects]


def _awaits(sentence: str, tokens, expr) -> bool:
    """The date is the day of a happening awaited or aimed at (`4월 3일 개항을 앞두고`); a holiday's name before
    its noun (`설 명절을 앞두고`) is the occasion itself."""
    phrase = grammar.awaited_happening(tokens, expr.end)
    if phrase is None or expr.date is None or expr.text.endswith("내"):
        return False  # `연내 출시를 앞두고`: within the year is a limit, as `까지` is
    first, last = phrase
    # only how (`정식 개통`) or which part of the period (`12월 중 출시`) may come before the noun: `금요일 이용객
    # 편의를 위해` is done for someone's good, not for a happening
    return all(t.form in _MANNER_NOUNS or t.tag == "NNB" for t in tokens[first:last]) \
        and not (_HOLIDAY_NAME.search(sentence, expr.start, expr.end + 4) and not re.search(r"\d", expr.text))


def _awaited_title(sentence: str, tokens, expr) -> str | None:
    """`4월 3일 개항을 앞두고 있는 양양국제공항`, `수서고속철은 12월 정식 개통을 위해`: the awaited happening's noun,
    with whose it is: the noun phrase the awaiting clause modifies, else the clause's subject or the sentence's
    topic."""
    if isinstance(expr, _Borrowed) or not _awaits(sentence, tokens, expr):
        return None
    first, last = grammar.awaited_happening(tokens, expr.end)  # type: ignore[misc]
    noun = sentence[tokens[first].start:tokens[last].start + tokens[last].len]
    if tokens[first].tag == "NNB":  # "12월 중 출시": the part of the month is when, not what
        noun = tokens[last].form
    aim = last + 2
    verb = aim if tokens[aim].tag == "VV" else aim + 2
    end = verb + 1
    while end < len(tokens) and tokens[end].tag in ("EC", "VX", "EP") and tokens[end].form not in ("어", "아", "여", "며", "으며"):
        end += 1  # "앞두고 있는": the auxiliary belongs to the awaiting verb
    owner = None
    if end < len(tokens) and tokens[end].tag == "ETM" and end + 1 < len(tokens):
        # the word the clause modifies, without its particle (`양양국제공항의`, `신청사`)
        word = [t for t in tokens[end + 1:] if t.start < sentence.find(" ", tokens[end + 1].start) % (len(sentence) + 1)]
        nouns = [t for t in word if grammar.is_noun(t) or t.tag in ("XPN", "XSN", "SN")]
        if nouns and nouns[0] is word[0]:
            owner = sentence[nouns[0].start:nouns[-1].start + nouns[-1].len]
    if owner is None:
        owner = _doer(sentence, tokens, expr.start)
    if owner is None:  # "GV80도 오는 12월 중 출시를 앞두고 있다": the subject marked by 도 is whose too
        marks = [k for k, t in enumerate(tokens) if t.start < expr.start and t.tag == "JX" and t.form == "도"
                 and k > 0 and grammar.is_noun(tokens[k - 1])]
        owner = _noun_phrase_before(sentence, tokens, tokens[marks[0]].start) if marks else None
    if not owner:
        return None  # the noun alone (`출시`) names no happening of anyone's: the other readings of the date decide
    return owner if owner.endswith(noun) else f"{owner} {noun}"


def _counted_from_noun(sentence: str, tokens, expr) -> bool:
    """`대회 100일 전 기념행사`, `대회 70일 전 … 기념식`: a length counted from the happening a noun names, whose own
    day this sentence does not tell; the resolver, counting from another date, would give a day that is nobody's."""
    if not _COUNTED.fullmatch(expr.text.strip()):
        return False
    before = [t for t in tokens if t.start + t.len <= expr.start]
    return bool(before) and before[-1].tag in ("NNG", "NNP") and len(before[-1].form) > 1 \
        and before[-1].form not in _TIME_WORDS and not sentence[before[-1].start + before[-1].len:expr.start].strip()


# Nouns heading a report or a statistic: a bare month or span before one (`9월 고용동향`, `1월부터 6월까지 세수
# 통계`) is the period it covers, not the day it comes out
_REPORT_HEADS = ("동향", "전망", "통계", "지표", "지수", "실적", "보고서")


def _names_a_report_period(sentence: str, tokens, expr) -> bool:
    """`통계청의 9월 고용동향 발표까지 예고돼`, `앞서 발표한 8월 고용동향에서는`, `8월호에는 1월부터 6월까지 세수
    통계가 발표된다`: a period told with no word placing it (`지난`, `오는`, `올해`), right before a noun phrase headed
    by a report or a statistic, names what the report covers; `지난 9월 경제동향에서 … 판단을 내려` is dated."""
    inner = expr.inner if isinstance(expr, _Borrowed) else expr
    if inner.precision not in ("month", "quarter", "half") or not re.fullmatch(r"[\d\s월분기반상하부터까지~∼·,]+", expr.text
                                                                           if not isinstance(expr, _Borrowed) else
                                                                           sentence[inner.start:expr.end]):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k == len(tokens) or sentence[expr.end:tokens[k].start].strip():
        return False
    run = [k]
    while run[-1] + 1 < len(tokens) and tokens[run[-1] + 1].tag.startswith(("NN", "SL", "SN", "XSN")):
        run.append(run[-1] + 1)
    # the report may be the argument of a verbal noun in the same phrase (`9월 고용동향 발표`)
    return any(tokens[n].tag.startswith("NN") and tokens[n].form.endswith(_REPORT_HEADS) for n in run)


# A date that was set for something in the past (`9일로 예정됐던`, `24일까지로 예정돼 있던`, with the verbal noun
# of what was planned between: `1월 4일 진행 예정이었던`, `3월 착공될 예정이었던`): a superseded plan
_SUPERSEDED = re.compile(r"\s*(?:까지)?(?:으로|로|에)?\s*(?:[가-힣]{2,}(?:될|할)?\s*)?(?:예정|계획)\s?(?:됐|되었|이었|였|돼\s?있었|돼\s?있)던")


# `11월 9·23·30일`: days of one month listed with middle dots, read by the resolver as one period
_DOTTED_DAYS = re.compile(r"(?<![\d.])\d{1,2}(?:·\d{1,2})+일$")


def _recurring_days(expr) -> list[date]:
    """The days of a dotted list a week or more apart (`11월 9·23·30일`, `12월 1·8일`): one happening each, where
    near days (`다음달 4·5·6일 국감`) are one happening told over several. Empty for anything else."""
    inner = expr.inner if isinstance(expr, _Borrowed) else expr
    match = _DOTTED_DAYS.search(inner.text)
    if match is None or inner.precision != "day" or inner.date is None:
        return []
    try:
        days = [inner.date.replace(day=int(d)) for d in re.findall(r"\d{1,2}", match.group())]
    except ValueError:
        return []
    if days[0] != inner.date or any((b - a).days < 7 for a, b in zip(days, days[1:])):
        return []
    return days


def _restated(sentence: str, before: TimeExpr, expr: TimeExpr) -> bool:
    """`내일(2일)`, `오늘(24일)`, `수요일(21일)`: a day in brackets right after a date, naming the same day."""
    return (not isinstance(before, _Borrowed) and before.precision == expr.precision == "day"
            and before.date == expr.date is not None and re.fullmatch(r"\s*\(\s*", sentence[before.end:expr.start]) is not None
            and re.match(r"\s*\)", sentence[expr.end:]) is not None)


# List bullets that open each member of a list written in one sentence (`▲14일 부산·울산·경남 ▲16일 ...`)
BULLETS = "▲△■□●○◆◇▶▷•"
# the member's own hour may follow its day (`오는 14일 오후 8시에는 팬클럽 선예매, 16일 오후 8시에는 일반 예매가 오픈된다`)
_MEMBER_HOUR = r"(?:\s*(?:오전|오후|새벽|아침|저녁|밤)?\s*\d{1,2}시(?:\s*\d{1,2}분)?)?"
_MEMBER = re.compile(rf"{_MEMBER_HOUR}\s*(?:에는|엔|에서는|에)?\s*(?P<np>[^,{BULLETS}]+?)\s*(?:,|[{BULLETS}])\s*(?:(?:오는|지난)\s*)?[{BULLETS}]?\s*")
# ... and a member that bullets delimit, commas and all (`△16일 제1차 본회의, 행정사무감사특별위원회(위원장, 부위원장
# 선출) △17일 ...`)
_BULLETED = re.compile(rf"\s*(?:에는|엔|에서는|에)?\s*(?P<np>[^{BULLETS}]+?)\s*[{BULLETS}]\s*")
_MEMBER_TAGS = ("NNG", "NNP", "NNB", "SN", "SL", "SH", "XSN", "XPN", "SP", "SS", "SSO", "SSC", "JC", "MM")


def _member(sentence: str, tokens, begin: int, end: int) -> str | None:
    """The noun phrase a listed day names before the separator that opens the next day (` 가나, `, `에는
    중앙디자인,`, ` 대구(대구·경북권)▲ `, ` 부산에서 부산·울산·경남 합동연설회가, `), its case marker dropped.
    None when there is a predicate, a limit (`까지`, `부터`) or a count (`21건,`) in between."""
    match = _MEMBER.fullmatch(sentence, begin, end) or _BULLETED.fullmatch(sentence, begin, end)
    if match is None:
        return None
    inside = [t for t in tokens if match.start("np") <= t.start < match.end("np")]
    while inside and inside[-1].tag in ("JKS", "JX", "JC"):
        inside.pop()
    # names, places (`부산에서`), brackets and coordinations only: an object (`해안면을 시작으로`) or a time
    # (`오후 4시20분에는`) makes it a clause of the same happening, not a member of its own; a title in single
    # quotes (`‘아름다운 그대에게’가`) is one name, whatever its words
    named = {tokens[k].start for k in _inside_single_quotes(tokens)}
    if not inside or inside[0].tag == "SN" or any(
            not (t.tag in _MEMBER_TAGS or t.start in named or (t.tag == "JKB" and t.form == "에서")) for t in inside):
        return None
    np = sentence[inside[0].start:inside[-1].start + inside[-1].len].strip() if inside else ""
    return np if content_words(np) else None


def _last_member(sentence: str, tokens, dated: list, n: int) -> str | None:
    """The noun phrase right after the last day of a list whose earlier days are members (`6월 7일 홍콩 등`,
    `27일(23시) 독일과`), a note in brackets after the day passed over; None for any other date."""
    expr = dated[n][0]
    if isinstance(expr, _Borrowed) or n == 0 or not isinstance(dated[n - 1][0], _Borrowed) \
            or dated[n - 1][0].listed is None or dated[n - 1][0].end != expr.end:
        return None
    note = re.match(r"\s*\([^()]*\)", sentence[expr.end:])
    words = _words_after(sentence, tokens, expr.end + (note.end() if note else 0))
    return words if words and content_words(words) else None


def _days_only(expr) -> bool:
    """A date that borrows only the end of the days coordinated with it (`3월 22일과 23일`), no member of a list."""
    return isinstance(expr, _Borrowed) and expr.subject is None and expr.listed is None and not expr.argument


def _listed(sentence: str, tokens, dated: list) -> list:
    """Days each followed by a noun phrase of their own and a separator (`10일 부산에서 ... 합동연설회가, 12일
    대구에서 ... 합동연설회가 개최된다`, `▲14일 부산·울산·경남 ▲16일 광주·전북·전남 ...`, `11월 28일 가나, 12월 3일
    포르투갈과 ... 경기를 치른다`) are members of one list: with no predicate of their own, they read the predicate
    after the last day, each titled with its own member."""
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if (isinstance(expr, _Borrowed) and not _days_only(expr)) or expr.precision not in ("day", "month") \
                or nxt.precision not in ("day", "month"):
            continue
        own = _member(sentence, tokens, expr.end, nxt.start)
        if own is None:
            continue
        after = re.sub(r"^\s*(?:에는|엔|에서는|에)?\s*", "", sentence[(nxt.inner.end if isinstance(nxt, _Borrowed) else nxt.end):])
        last = nxt.listed if isinstance(nxt, _Borrowed) and nxt.listed is not None else (after.split() or [""])[0]
        inner = expr.inner if isinstance(expr, _Borrowed) else expr
        out[n] = (_Borrowed(inner, nxt.end, own, listed=last), end_date, out[n + 1][2])
    return out


def _last_object(sentence: str, tokens) -> str | None:
    """The noun phrase before the sentence's last object marker (`‘소소한 희노애락’전을 준비하고 있다`)."""
    marks = [k for k, t in enumerate(tokens) if t.tag == "JKO"]
    if not marks:
        return None
    j = marks[-1] - 1
    while j >= 0 and tokens[j].tag not in ("JKS", "JKB", "JX", "JKO", "EC", "EF", "SF", "SP"):
        j -= 1  # back to the particle or ending before it, a quoted name's own words kept (`‘소소한 희노애락’전`)
    np = sentence[tokens[j + 1].start:tokens[marks[-1]].start].strip() if j + 1 < marks[-1] else ""
    return np if content_words(np) else None


def _words_after(sentence: str, tokens, end: int) -> str | None:
    """The noun phrase right after a date, up to its first particle (`3월2일 서울·인천·경기로` -> `서울·인천·경기`)."""
    words = []
    for t in (t for t in tokens if t.start >= end):
        if not (grammar.is_noun(t) or t.tag in ("SN", "NNB") or (t.tag == "SP" and t.form == "·")):
            break
        words.append(t)
    return sentence[words[0].start:words[-1].start + words[-1].len] if words else None


def _member_title(own: str, title: str, last: str) -> str:
    """A listed member's title: its own noun phrase with the happening the shared predicate names
    (`부산에서 부산·울산·경남 합동연설회 개최`, `가나 조별리그 경기`, `부산·울산·경남(부산 벡스코) 합동연설회 진행`)."""
    if set(content_words(own)) & set(content_words(title)):
        verb = title.split()[-1]
        return own if verb in own else f"{own} {verb}"
    rest = re.sub(r"^(?:(?:에는|엔|에)\s*)?", "", title)
    if last and rest.startswith(last):
        rest = rest[len(last):]
    rest = re.sub(r"^\s*(?:각각?\s+)?", "", rest)
    return f"{own} {rest}".strip()


_RELATIVE_YEAR = re.compile(r"(?:올해|올|금년|지난\s?해|작년|재작년|내년|내후년|이듬해)(?:에는|에도|엔|에|는|도)?")


def _relative_year(sentence: str, expr) -> bool:
    """A year named only by where it lies from publication (`지난해`, `올해`), with no month, part or start, whose
    clause describes a noun (`지난해 치열한 선두 경쟁을 벌였던 제주와 전북은`): the year says who they are, not when
    the sentence's happening is."""
    if expr.precision != "year" or _RELATIVE_YEAR.fullmatch(expr.text.strip()) is None \
            or grammar.starts_span(sentence, expr.end):
        return False
    tokens = tokenize(sentence)
    first = next((k for k, t in enumerate(tokens) if t.start >= expr.end and t.tag in ("VV", "XSV", "VA", "VX")), None)
    if first is None or not grammar.describes_something(tokens, first) \
            or tokens[first - (tokens[first].tag == "XSV")].form in INTENT_VERBS:
        return False  # "올해 출시를 예고한 스마트 안경": a plan for the year, what is planned named by the noun
    head = next(t for t in tokens[first + 1:] if t.tag.startswith("NN"))
    return head.form not in grammar.NOT_HEADS  # "지난해 협력 구상을 발표한 뒤": a time clause, its own happening


def _alternatives(sentence: str, kept: list) -> list:
    """Days of one month offered as alternatives (`12월 6일 또는 7일에 16강전을`, `7일 또는 10일 각각 열기로`,
    `1월 21일 혹은 28일 선고기일을`): one happening whose day is not settled, dated by the month."""
    out = list(kept)
    for n in range(len(out) - 2, -1, -1):
        (a, _), (b, _) = out[n], out[n + 1]
        if _first_of_alternatives(sentence, a, b):
            # "올해말이나 내년초에 상품화할 계획", "내달 4일이나 5일 … 소집돼": the earliest of the dates offered, its
            # clause read after the last
            out[n:n + 2] = [(replace(a, text=sentence[a.start:b.end], end=b.end), a.end_date)]
            continue
        if a.precision != "day" or b.precision != "day" or None in (a.date, b.date) \
                or re.fullmatch(r"\s*(?:또는|혹은)\s*", sentence[a.end:b.start]) is None \
                or (a.date.year, a.date.month) != (b.date.year, b.date.month):
            continue
        first = a.date.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        month = TimeExpr(sentence[a.start:b.end], a.start, b.end, first, last, "month", b.direction, None)
        out[n:n + 2] = [(month, last)]
    return out


def _first_of_alternatives(sentence: str, a, b) -> bool:
    """`A이나 B` with the conjunctive particle (이)나 between two dates, the first the earlier: the dates are
    alternatives offered for one happening, not a list of two."""
    return None not in (a.date, b.date) and a.date < b.date \
        and re.fullmatch(r"(?:이|)나\s+", sentence[a.end:b.start]) is not None


def _note_in_brackets(sentence: str, expr, exprs: list) -> bool:
    """A date inside brackets with more words than dates (`70~74세(1949년 1월1일~1953년 12월31일 출생자)는 오는
    16일부터`) is a note on the noun before it, when the sentence dates its happenings outside brackets."""
    def inside(e) -> tuple[int, int] | None:
        opened = sentence.rfind("(", 0, e.start)
        if opened < 0 or sentence.rfind(")", 0, e.start) > opened:
            return None
        closed = sentence.find(")", e.end)
        return (opened, closed) if closed >= 0 else None

    brackets = inside(expr)
    if brackets is None or all(inside(e) is not None for e in exprs):
        return False
    words = sentence[brackets[0] + 1:brackets[1]]
    for e in exprs:
        if brackets[0] < e.start and e.end <= brackets[1]:
            words = words.replace(e.text, " ")
    return bool(re.search(r"[가-힣A-Za-z]", re.sub(r"[~∼·,\s]", "", words)))


def _names_an_edition(sentence: str, tokens, expr) -> bool:
    """A year told with no month (`올해`, `지난해`, `2019년`) right before a common noun that is the sentence's
    topic (`올해 설명회는`, `올해 영화제에는`, `올해 영화제 개막작으로는`, `올해 코스닥 시장엔`) says which year's
    edition of that thing is meant, not when the predicate happens."""
    if expr.precision != "year" or _PART_OF_YEAR.fullmatch(expr.text):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k == len(tokens) or sentence[expr.end:tokens[k].start].strip() or tokens[k].tag != "NNG":
        return False
    while k < len(tokens) and tokens[k].tag in ("NNG", "NNP", "XSN"):
        k += 1
    while k < len(tokens) and tokens[k].tag == "JKB":
        k += 1
    return k < len(tokens) and tokens[k].tag == "JX" and tokens[k].form in ("은", "는", "ᆫ")


def _in_list_order(sentence: str, dated: list, pub: date) -> list:
    """Days listed one after another (`내년 ... 2월27일, 4월12일, ..., 11월 30일에 열린다`) run forward in time: a
    member naming its month but no year that the resolver put before the member just before it (`11월 30일` read
    as this year's, the publication day) is in the year of that member's run. A bare day (`7일 또는 10일`) is
    left to the resolver: its month, not its year, would be in doubt."""
    out = list(dated)
    for n in range(1, len(out)):
        a, (b, end_date, stop) = out[n - 1][0], out[n]
        a_end = a.inner.end if isinstance(a, _Borrowed) else a.end
        if not _joined(sentence[a_end:b.start]) or a.precision != "day" or b.precision != "day" \
                or None in (a.date, b.date) or b.date >= a.date or "년" in b.text or "월" not in b.text:
            continue
        try:
            moved = _forward_year(b.date, a.date)
        except ValueError:
            continue  # 29 February in a year without it
        span = (end_date - b.date) if end_date is not None else timedelta(0)
        where = "past" if moved < pub else ("present" if moved == pub else "future")
        inner = replace(b.inner if isinstance(b, _Borrowed) else b, date=moved, end_date=moved + span, direction=where)
        out[n] = (replace(b, inner=inner) if isinstance(b, _Borrowed) else inner, moved + span, stop)
    return out


def _forward_year(day: date, after: date) -> date:
    """`day` moved by whole years to the first one not before `after`."""
    years = after.year - day.year + (1 if (day.month, day.day) < (after.month, after.day) else 0)
    return day.replace(year=day.year + years)


# `오는 14일 태백선 복선전철에 이어 30일에는 분당선 복선전철을 개통한다`: a date with a noun phrase and `에 이어`,
# then another date: the first is a happening of its own, done by the predicate after the second date
_FOLLOWED_BY = re.compile(r"\s*(?P<np>[^,\s][^,]*?)에\s*이어(?:서)?\s*")


def _followed(sentence: str, tokens, dated: list) -> list:
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if isinstance(expr, _Borrowed) or (match := _FOLLOWED_BY.fullmatch(sentence, expr.end, nxt.start)) is None:
            continue
        if any(match.start("np") <= t.start < match.end("np") and t.tag in ("VV", "XSV", "EC", "EF", "ETM", "VCP") for t in tokens):
            continue  # "착공한 데 이어": a clause of its own, with its own predicate
        out[n] = (_Borrowed(expr, nxt.end, match.group("np"), True), end_date, out[n + 1][2])
    return out


# `여성가족위원회가 23일, 운영위원회가 25일과 다음달 1일, 정보위원회가 다음달 4·5·6일 국감을 열 계획이다`: subjects
# each with their own date before one shared predicate (gapping); what comes between two of them
# A member may carry its length (`모니터랩은 5월 3일부터 이틀간, 기가비스는 9일부터 이틀간 ... 수요예측을 시행한다`),
# and the next member may be a list closed by 등 (`서울대는 11일부터 14일까지, 고려대, 건국대, … 등 대부분 주요
# 대학들이 12일부터 15일까지 원서접수를 한다`).
# Words that may stand before a list member's date (`오는 21일`, `같은 달 18∼19일`)
_DATE_PREFIXES = r"(?:(?:오는|지난|다음\s?달|내달|이달)\s*)*"
_DATE_PREFIXES_OR_SAME_MONTH = r"(?:(?:오는|지난|다음\s?달|내달|이달|같은\s?달)\s*)*"
_GAP_LENGTH = r"(?:\s*(?:하루|이틀|사흘|나흘|닷새|엿새|이레|\d+일)\s*(?:간|동안))?"
_GAP_MEMBER = r"(?:[^,]+?|(?:[^,]+,\s*)+[^,]+?\s등\s[^,]*?)(?:은|는|이|가)"
_GAP = re.compile(r"(?:까지|부터)?(?:\s*(?:오전|오후)?\s*\d{1,2}시(?:\s*\d{1,2}분)?)?(?:\s*(?:한|두|세|네|\d+)\s*(?:차례|번))?"
                  + _GAP_LENGTH + r"\s*,\s*" + _GAP_MEMBER + r"\s*" + _DATE_PREFIXES)
# ... and a member that names its place after its date (`god는 12월 16∼20일 서울 … 체조경기장, 이승환은 같은 달 18∼19일
# … 잠실실내체육관에서 공연한다`): the place, nouns only, stays with its own member
_GAP_PLACE = re.compile(r"\s+(?P<place>[^,]+?)\s*,\s*" + _GAP_MEMBER + r"\s*" + _DATE_PREFIXES_OR_SAME_MONTH)


def _gapped(sentence: str, tokens, dated: list) -> list:
    """Dates of a gapped list read the predicate after the last one, each titled with its own subject."""
    def own_end(e):
        return e.inner.end if isinstance(e, _Borrowed) else e.end

    def gap(a, b) -> bool:
        between = sentence[own_end(a):b.start]
        if _GAP.fullmatch(between) is None and not _placed_member(sentence, tokens, own_end(a), b.start):
            return False
        same_month = sentence.rfind("같은", own_end(a), b.start)  # `같은 달 18일`: 같/VA 은/ETM name the month
        return not any(own_end(a) <= t.start < b.start and t.tag in ("VV", "XSV", "EC", "EF", "ETM", "VCP")
                       and not (0 <= same_month <= t.start < same_month + 2) for t in tokens)

    gaps = [gap(dated[n][0], dated[n + 1][0]) for n in range(len(dated) - 1)]
    if not any(gaps):
        return dated
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if gaps[n] or (isinstance(expr, _Borrowed) and expr.end == own_end(nxt)):
            out[n] = (_Borrowed(expr.inner if isinstance(expr, _Borrowed) else expr, nxt.end), end_date, out[n + 1][2])
    subject = None
    for n, (expr, end_date, stop) in enumerate(out):
        in_chain = (n < len(gaps) and gaps[n]) or (n > 0 and gaps[n - 1])
        lead = len(re.sub(_DATE_PREFIXES_OR_SAME_MONTH + "$", "", sentence[:expr.start]).rstrip())
        before = [t for t in tokens if t.start + t.len <= lead]
        if before and before[-1].start + before[-1].len == lead \
                and (before[-1].tag == "JKS" or (before[-1].tag == "JX" and before[-1].form in ("은", "는"))):
            mark = before[-1].start
            if sentence[:mark].endswith(")") and "(" in sentence[:mark]:
                mark = sentence.rfind("(", 0, mark)  # "70~74세(… 출생자)는": the noun the note is on
            subject = _noun_phrase_before(sentence, tokens, mark) or subject
        if subject and (in_chain or isinstance(expr, _Borrowed) and n + 1 < len(out) and expr.end == out[n + 1][0].end):
            inner = expr.inner if isinstance(expr, _Borrowed) else expr
            # a member with its own place is titled by its subject and the shared verb, not the last member's place
            placed = n < len(gaps) and gaps[n] and _placed_member(sentence, tokens, own_end(expr), out[n + 1][0].start)
            out[n] = (_Borrowed(inner, expr.end, subject, placed), end_date, stop)
    return out


def _placed_member(sentence: str, tokens, begin: int, end: int) -> bool:
    """Between two dates of a gapped list, the first date's place (nouns only, no particle) before the comma and
    the next member's subject (`_GAP_PLACE`)."""
    match = _GAP_PLACE.fullmatch(sentence, begin, end)
    return match is not None and all(t.tag in ("NNP", "NNG", "SL", "SN", "NNB")
                                     for t in tokens if match.start("place") <= t.start < match.end("place"))


# `12월 1일부터 진에어가 부산↔기타큐슈 노선에 주 7회, … 12월 7일부터는 에어 부산이 … 각각 신규취항을 예정하고
# 있다`: the mirror of gapping, each date first and its own subject after it, the members closed by commas, the
# predicate told once after the last
_VERBAL_TAGS = ("VV", "VA", "VX", "XSV", "XSA", "EC", "EF", "ETM", "VCP", "VCN")


def _described_members(sentence: str, tokens, begin: int, end: int) -> int | None:
    """`13일 ‘추적자’가 끝난 자리에 사극 ‘신의’가, 수목극 ‘유령’ 종영 뒤인 15일에는 …`: between two dates, a member
    whose only verbs describe a noun (adnominal `끝난 자리`), a comma, and words that describe the next date (`종영
    뒤인`): the position of the member's closing comma, else None."""
    comma = sentence.rfind(",", begin, end)
    if comma < 0:
        return None
    inside = [k for k, t in enumerate(tokens) if begin <= t.start < comma]
    verbs = [k for k in inside if tokens[k].tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "EC", "EF"))]
    if any(tokens[k].tag in ("EC", "EF") for k in verbs) or not all(
            any(tokens[j].tag == "ETM" for j in range(k + 1, min(k + 3, len(tokens)))) for k in verbs):
        return None  # a verb of the member's own (`…을 마치고`): a clause, not a described noun
    after = [t for t in tokens if comma < t.start < end]
    if not after or after[-1].tag != "ETM" or after[-1].start + after[-1].len != len(sentence[:end].rstrip()):
        return None  # what follows the comma must end in an adnominal right before the next date (`뒤인`)
    if any(t.tag.startswith(("J", "EC", "EF")) for t in after):
        return None
    return comma


def _date_first_members(sentence: str, tokens, dated: list) -> list:
    """Dates each followed by a subject or topic of their own and a comma, with no verb before the next date, read
    the predicate after the last date, each titled with its own subject."""
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if isinstance(expr, _Borrowed):
            continue
        between = [t for t in tokens if expr.end <= t.start < nxt.start]
        described = _described_members(sentence, tokens, expr.end, nxt.start)
        if described is None and (not re.search(r",\s*" + _DATE_PREFIXES + "$", sentence[expr.end:nxt.start])
                                  or any(t.tag.startswith(_VERBAL_TAGS) for t in between)):
            continue
        marks = [k for k, t in enumerate(tokens) if expr.end <= t.start < (described or nxt.start) and k > 0 and (
            t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는") and grammar.is_noun(tokens[k - 1])))]
        if described is not None:
            marks = marks[-1:]  # "‘추적자’가 끝난 자리에 사극 ‘신의’가,": the subject inside the described place is not the member's
        subject = _noun_phrase_before(sentence, tokens, tokens[marks[0]].start) if marks else None
        if not subject or not content_words(subject):
            continue
        # the subject stands for the whole clause: its name and the shared predicate's happening
        out[n] = (_Borrowed(expr, nxt.end, subject, True), end_date, out[n + 1][2])
    return out


# `26일엔 9월 소비자심리지수를, 29일엔 … 8월 국제수지를 공개할 예정이다`: each date with its own object and a comma,
# the verb told once after the last (gapping of the object)
_OBJECT_MEMBER = re.compile(r"\s*(?:에는|엔|에)?\s*(?P<np>[^,]+?)\s*(?:을|를)\s*,\s*" + _DATE_PREFIXES)


def _object_members(sentence: str, tokens, dated: list) -> list:
    """Dates each followed by an object of their own and a comma, with no verb before the next date, read the
    predicate after the last date, each titled with its own object."""
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if isinstance(expr, _Borrowed) and not _days_only(expr):
            continue
        match = _OBJECT_MEMBER.fullmatch(sentence, expr.end, nxt.start)
        between = [t for t in tokens if expr.end <= t.start < nxt.start]
        if match is None or any(t.tag.startswith(_VERBAL_TAGS) for t in between) \
                or not any(t.tag == "JKO" and t.start >= match.end("np") for t in between):
            continue
        own = match.group("np")
        if not content_words(own):
            continue
        inner = expr.inner if isinstance(expr, _Borrowed) else expr
        out[n] = (_Borrowed(inner, nxt.end, own, True), end_date, out[n + 1][2])
    return out


def _topic_object_members(sentence: str, tokens, dated: list) -> list:
    """Dates each opening a clause with a topic and an object of its own and no verb (`같은 날 금융감독원은 … 분석
    결과를 다음날 금융위원회는 … 운용현황을 내놓는다`), the next date opening the same shape: the verb told once after
    the last member is each one's, titled with its own object. A comma between members may be left out."""
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if isinstance(expr, _Borrowed) or isinstance(nxt, _Borrowed):
            continue
        between = [k for k, t in enumerate(tokens) if expr.end <= t.start < nxt.start]
        after = [k for k, t in enumerate(tokens) if t.start >= nxt.end][:4]
        if not between or any(tokens[k].tag.startswith(_VERBAL_TAGS) for k in between) \
                or tokens[between[-1] - (tokens[between[-1]].tag == "SP")].tag != "JKO":
            continue

        def topic_in(ks: list[int]) -> bool:
            return any(tokens[k].tag == "JX" and tokens[k].form in ("은", "는") and k > 0
                       and grammar.is_noun(tokens[k - 1]) for k in ks)

        if not topic_in(between) or not topic_in(after):
            continue
        obj = between[-1] - (tokens[between[-1]].tag == "SP")
        own = _noun_phrase_before(sentence, tokens, tokens[obj].start)
        if not own or not content_words(own):
            continue
        out[n] = (_Borrowed(expr, nxt.end, own, True), end_date, out[n + 1][2])
    return out


_HOLIDAY_NAME = re.compile(HOLIDAY_PATTERN)


def _period_of_what_is_shown(tokens, expr) -> bool:
    """A quarter or half with `중` inside a clause describing a noun (`이날 2분기 중 가계 자금운용 상황을 보여주는
    자금순환을 공표하며`): the period the described thing covers, not when it is told; the finer date dates that."""
    if expr.precision not in ("quarter", "half"):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k + 1 >= len(tokens) or tokens[k].form != "중" or tokens[k].tag != "NNB" or not grammar.is_noun(tokens[k + 1]) \
            or grammar.verbal_noun(tokens, k + 1):
        return False  # `상반기 중 출시할 예정`: the period is when it is done
    verb = next((n for n in range(k + 1, len(tokens)) if tokens[n].tag.startswith(("VV", "VA", "XSV", "XSA"))), None)
    if verb is None or tokens[verb].tag != "VV" or not any(t.tag == "JKO" for t in tokens[k + 1:verb]):
        return False
    n = verb + 1
    while n + 1 < len(tokens) and tokens[n].tag == "EC" and tokens[n + 1].tag == "VX":
        n += 2  # `보여주는`: an auxiliary verb goes on with the same clause
    return n < len(tokens) and tokens[n].tag == "ETM"


def _quarter_reported(sentence: str, tokens, expr) -> bool:
    """A quarter or half naming the period a report covers beside a month that dates the happening (`다음달초 컨퍼런스
    콜과 함께 3.4분기 설명회를 가질 예정`): the month is when, the quarter what is told."""
    if expr.precision not in ("quarter", "half") or _awaits(sentence, tokens, expr):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    return k < len(tokens) and sentence[expr.end:tokens[k].start] == " " and tokens[k].tag in ("NNG", "NNP") \
        and not grammar.verbal_noun(tokens, k) and not grammar.planned_noun(tokens, k)


def _names_a_period(sentence: str, tokens, expr, holiday: bool = False) -> bool:
    """A month, quarter or year that modifies the noun after it (`7월 산업활동동향을`, `2018년 기업무역활동통계를`)
    or stands in brackets after one (`금융안정 상황(2019년 3월)`): the period a report covers. Read only in a
    sentence that also names a day, which dates the happening (`31일에는 통계청이 6월 산업활동동향을 발표`)."""
    if expr.precision not in ("month", "quarter", "half", "year") and not holiday:
        return False  # a holiday modifying a noun (`설 명절 특별할인 행사를`) is the occasion, not when
    if sentence[:expr.start].rstrip().endswith("(") and sentence[expr.end:].lstrip().startswith(")"):
        return True
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k == len(tokens) or sentence[expr.end:tokens[k].start].strip(" '‘") or tokens[k].tag not in ("NNG", "NNP") \
            or grammar.verbal_noun(tokens, k) or grammar.planned_noun(tokens, k):
        return False
    # a count may stand inside the phrase (`12월 결산 상장법인 1975개사 중 937개사가`: companies whose year ends then)
    while k < len(tokens) and (grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "XSN", "SSC", "SS", "SW", "NNB")
                               or (tokens[k].tag == "MM" and k + 1 < len(tokens) and tokens[k + 1].tag == "SN")):
        k += 1
    # the phrase is an argument (`...을`, `...가`, `...와`), not a place or time adverbial (`내년 5월 청계천에`)
    if k < len(tokens) and tokens[k].form == "및":  # "7월 사업체노동력조사 및 4월 ...조사 결과를": read on to its end
        k += 1
        while k < len(tokens) and (grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "XSN", "NNB")):
            k += 1
    if k < len(tokens) and grammar.light_verb_argument(tokens, k - 1) is not None:
        return False  # "지난 8월 공사발주 및 공개경쟁 입찰을 거쳐": the phrase is itself the happening
    return k < len(tokens) and (tokens[k].tag in ("JKO", "JKS", "JC", "JKG") or tokens[k].form in ("은", "는"))


def _copula_end(tokens, pos: int) -> int:
    """Where a date said to be the day of its topic closes its clause (`1차 시험은 3월 10일이며 2차·3차 시험을
    거쳐 …`): the copula right after the date (or its `까지`, or a note in brackets on it: `15~19일(발표마감 19일 오후
    9시)이며`) and its connective ending; what follows is another clause."""
    k = next((k for k, t in enumerate(tokens) if t.start >= pos), None)
    if k is not None and tokens[k].start == pos and tokens[k].tag == "SSO" and tokens[k].form == "(":
        close = next((j for j in range(k + 1, len(tokens)) if tokens[j].tag in ("SSO", "SSC")), None)
        if close is not None and tokens[close].form == ")":
            pos, k = tokens[close].start + tokens[close].len, close + 1
    if k is not None and tokens[k].start == pos and tokens[k].tag == "JX" and tokens[k].form == "까지":
        pos, k = tokens[k].start + tokens[k].len, k + 1
    if k is not None and k + 1 < len(tokens) and tokens[k].start == pos and tokens[k].tag == "VCP" \
            and tokens[k + 1].tag == "EC" and tokens[k + 1].form != "면":
        # "오는 15일이면 모두 끝나게 된다": `DATE이면` is when the clause's verb comes about, not a copula clause
        return tokens[k + 1].start + tokens[k + 1].len
    return 10 ** 9


def _sentence_end(tokens, pos: int) -> int:
    """Where the first sentence ending after `pos` closes (`-다.`): a quotation of two sentences is read as one,
    and the clause of a date in the first ends there (`… 2022년 5월19일이다. 기상 등의 사유로 …`)."""
    for k in range(1, len(tokens)):
        t = tokens[k]
        if t.start >= pos and t.tag == "SF" and tokens[k - 1].tag == "EF" and k + 1 < len(tokens):
            return t.start + t.len
    return 10 ** 9


def _quote_end(sentence: str, pos: int) -> int:
    """Where the quotation holding `pos` closes (a date said inside a quote is dated by the quote's verb),
    or the sentence's end when `pos` is not inside one."""
    before = sentence[:pos]
    if before.count("“") > before.count("”"):
        close = sentence.find("”", pos)
    elif before.count('"') % 2 == 1:
        close = sentence.find('"', pos)
    else:
        return len(sentence)
    return close if close >= 0 else len(sentence)


def _each(sentence: str, tokens, first: int, last: int) -> list[int]:
    """Indexes of `각`/`각각` standing right before the first listed date or right after the last one."""
    return [k for k, t in enumerate(tokens) if t.form in ("각", "각각") and (
        (t.start + t.len <= first and not sentence[t.start + t.len:first].strip())
        or (t.start >= last and re.fullmatch(r"\s*(?:에는|에|엔|에도)?\s*", sentence[last:t.start])))]


def _distributed(sentence: str, tokens, first: int, last: int, count: int) -> list[str] | None:
    """The conjoined objects (or subjects) of `각`/`각각` listed dates, one per date, in order: `광역도로와 지원센터를
    각 2월, 3월에`, `소비자동향조사와 BSI·ESI를 각각 27일과 28일`. None unless there are exactly as many."""
    each = _each(sentence, tokens, first, last)
    if not each:
        if any(first <= t.start < last and t.tag in grammar.NOUN_TAGS for t in tokens):
            return None  # "11월 28일 가나, 12월 3일 포르투갈과": each date already has its own noun
        return _paired_after(sentence, tokens, last, count)
    if tokens[each[0]].start > first:  # "7월과 8월에는 각각 복합편의시설과 선거관리위원회 공사를": the phrase after
        begin = each[0] + 1
        marks = [k for k in range(begin, len(tokens)) if tokens[k].tag in ("JKO", "JKS")]
        if not marks or any(tokens[n].tag.startswith(("V", "E")) for n in range(begin, marks[0])):
            return None
        k = marks[0]
    else:
        marks = [k for k, t in enumerate(tokens) if t.start < min(first, tokens[each[0]].start) and t.tag in ("JKO", "JKS")]
        if not marks:
            return None
        k = marks[-1]
        begin = k
        while begin > 0 and (tokens[begin - 1].tag in NP_TAGS or tokens[begin - 1].tag == "JC"
                             or (tokens[begin - 1].tag == "SP" and tokens[begin - 1].form == "·")
                             or tokens[begin - 1].form == "및"):
            begin -= 1
    for splitters in (("JC",), ("JC", "및")):
        parts, start = [], begin
        for n in range(begin, k + 1):
            if n == k or tokens[n].tag in splitters or tokens[n].form in splitters:
                if n > start:
                    parts.append(sentence[tokens[start].start:tokens[n].start].strip())
                start = n + 1
        parts = [p for p in parts if content_words(p)]
        if len(parts) == count:
            return parts
    return None


def _distributive(sentence: str, tokens, first: int, last: int, count: int = 0) -> bool:
    """`각`/`각각` right before or after listed dates: each date has its own happening (`각 2월, 3월에 착공한`);
    a `각` elsewhere in the sentence (`각 가정에`) distributes something else. Listed dates right before as many
    listed nouns pair with them in order too (`12월 15일과 16일 세부와 코타키나발루에 취항한다`)."""
    return bool(_each(sentence, tokens, first, last)) or _paired_after(sentence, tokens, last, count) is not None


def _paired_after(sentence: str, tokens, last: int, count: int) -> list[str] | None:
    """The nouns joined by `과`/`와` right after the last of `count` listed dates, up to their case particle, when
    there are exactly as many (`12월 15일과 16일 필리핀 세부(주5회)와 말레이시아 코타키나발루(주2회)에`): one place,
    partner or thing per date, in order. Bracketed notes stay with their noun; a predicate on the way ends it."""
    if count < 2:
        return None
    parts, start, depth = [], None, 0
    for t in tokens:
        if t.start < last:
            continue
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif (t.tag == "JC" or t.tag == "JKB" and t.form in ("과", "와")) and start is not None:
            parts.append(re.sub(r"\([^()]*\)", "", sentence[start:t.start]).strip())
            start = None
        elif t.tag.startswith(("JK", "JX")) or t.form == "등":
            if start is not None:
                parts.append(re.sub(r"\([^()]*\)", "", sentence[start:t.start]).strip())
            break
        elif not grammar.is_noun(t) and t.tag not in ("SN", "NNB", "SP"):
            return None
        elif start is None:
            start = t.start
    else:
        return None
    if any(_DAY_IN_PART.search(p) for p in parts):
        return None  # "4월 5일과 6일 대구 …홀, 4월 12일과 13일 대전 …에서": the next member's days, no partner
    return parts if len(parts) == count and all(content_words(p) for p in parts) else None


_DAY_IN_PART = re.compile(r"\d\s*(?:월|일)(?![가-힣])")


def _apart(a, b) -> bool:
    """Two listed days in different months (`2월 28일, 4월 18일, 5월 31일 순으로 개최`) are separate happenings:
    one happening told on several days keeps to days near each other (`3월 15일과 17~18일`)."""
    # ... and so are days of one month a week or more apart (`본회의는 4월 13일과 27일에 열린다`), as a dotted list's
    # are (`_recurring_days`)
    return a.precision == b.precision == "day" and None not in (a.date, b.date) and (
        (a.date.year, a.date.month) != (b.date.year, b.date.month) or abs((b.date - a.date).days) >= 7)


def _joined(between: str) -> bool:
    # "4월27일~5월6일(대통령배), 5월18~27일(청룡기)": a name in brackets after a listed date stays in the list
    return re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:,|과|와|및|·|또는|혹은)\s*", between) is not None


@dataclass(frozen=True)
class _Borrowed:
    """A date coordinated with the next one: it keeps its own text and period but reads the clause after the
    last date of the coordination."""
    inner: TimeExpr
    end: int
    subject: str | None = None   # its own subject in a gapped list (`운영위원회가 25일, ...`)
    argument: bool = False       # the subject stands for the predicate's argument (`X에 이어 Y를 개통한다`)
    listed: str | None = None    # a list member (`10일 부산, 12일 대구에서 열린다`): the last member's first word

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _told_in_sentence(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"조직위는 … 이날 개폐회식의 주요 출연진을 모두 공개할 예정이다" after "… 1일 … 기자회견을 열고, 개폐회식 내용을
    공개한다" (출연진 in that sentence): a title whose predicate and the argument before it are both words of a
    sentence that told a happening of the same day was told by that sentence, whatever title it got there."""
    words = event.title.split()
    while len(words) > 1 and words[-1] in _PHASES:
        words.pop()  # `아랑사또전 방송 시작`: what starts is the 방송 of 아랑사또전
    if event.precision != "day" or event.evidence == earlier.evidence or len(words) < 2:
        return False
    nouns = [t.form for t in tokenize(" ".join(words[-2:])) if t.tag.startswith(("NN", "SL")) and len(t.form) > 1]
    names = [t.form for t in tokenize(event.title) if t.tag in ("NNP", "SL")]
    told = earlier.evidence.replace(" ", "")
    return len(nouns) >= 2 and all(n in told for n in nouns + names)


def _initials_of(short: str, long_: str) -> bool:
    """`주총` of `주주총회`, `국감` of `국정감사`: a two-noun compound of two syllables each shortened to their first ones."""
    return len(short) == 2 and len(long_) == 4 and re.fullmatch(r"[가-힣]+", long_) is not None \
        and short == long_[0] + long_[2]


__all__ = ["CONFIRMING_PERIODS", "FoundEvent", "confirms", "display_date", "extract_events", "report_span", "same_event"]
