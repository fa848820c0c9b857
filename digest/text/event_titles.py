"""Event titles: the predicate governing a date, and the headline-style title built from the clause around it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from digest.text import event_grammar as grammar
from digest.text.korean import content_words, kept_for_tokens, tokenize
from digest.text.korean_holidays import HOLIDAY_PATTERN
from digest.text.timex import TimeExpr, find_time_expressions

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
# Time words that name no time at all: "추후 결정할 계획", "향후 확대할 방침", "조만간 … 발표할 예정" are intentions,
# not events (곧, the seeds' "지사장도 곧 발표", stays an undated plan).
TIMELESS = ("추후", "향후", "조만간")
MAX_TITLE = 45
SHORT_TITLE = 24  # a clause longer than this is cut to the predicate's nearest argument


# Every reading below starts from a noun (`NN*`, `SL`) or a verb or adjective stem (`VV*`, `VA*`: 있다 of existence)
# at i; a particle, ending or sign is passed over at once rather than put through each of them (half the morphemes).
_HEAD_TAGS = ("NN", "SL", "VV", "VA")


@kept_for_tokens
def _predicate(tokens, begin: int, stop: int, past: bool = False):
    """Index of the first event predicate token in [begin, stop) (character offsets), with its noun form.

    The seeds' headline nouns (EVENT_NOUNS, EVENT_VERBS) come first; then the grammar of digest.text.event_grammar:
    a verbal noun with 하/되 that does not merely describe the noun after it, a noun before a plan marker,
    or the argument of a light verb (갖/가지, 열, 들어가...)."""
    named = _inside_single_quotes(tokens)
    for i, t in enumerate(tokens):
        if t.start < begin or t.start >= stop or i in named or not t.tag.startswith(_HEAD_TAGS):
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
        if t.tag == "VV" and t.form in EVENT_VERBS and (not grammar.hypothetical(tokens, i) or _dated_condition(tokens, begin, i)):
            return i, EVENT_VERBS[t.form]
        if (compound := grammar.spaced_compound(tokens, i)) in EVENT_VERBS and not grammar.hypothetical(tokens, i):
            return i, EVENT_VERBS[compound]  # "첫 선을 보였지만": 선보이다 written apart
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
        if grammar.verbal_noun(tokens, i) and grammar.says_a_quote(tokens, i):
            continue  # "… 시험 비행을 할 예정이라고 중국국제텔레비전(CGTN)이 12일 보도했다": the day it was said
        if grammar.verbal_noun(tokens, i) or grammar.elided_predicate(tokens, i):
            if grammar.quoted_intent(tokens, i) or grammar.defines_noun(tokens, i) or (
                    grammar.hypothetical(tokens, i) and not _dated_condition(tokens, begin, i)):
                return None  # the date's own predicate is a wish, a definition, a possibility: no event
            if not _later_predicate(tokens, i, stop) or (past and _told_done_before(tokens, i, stop)):
                return i, grammar.noun_form(tokens, i)
        if grammar.is_noun(t) and nxt is not None and nxt.form in ("후", "이후", "직후") and len(t.form) > 1:
            return i, t.form  # "위원장 선출 후": an event noun dated by what follows it
        if grammar.planned_noun(tokens, i) or (grammar.is_noun(t) and _object_of_intent(tokens, i) is not None):
            return i, t.form
        if not past and grammar.scheduled_object(tokens, i):
            return i, t.form  # "오는 16일 ... 컴백을 확정 지었다": the date is the one fixed for the comeback
        if grammar.closes_clause(tokens, i) and not any(
                u.start >= begin and (u.tag == "JKS" or (u.tag == "JX" and u.form in ("은", "는") and grammar.is_noun(tokens[k - 1])))
                for k, u in enumerate(tokens[:i])):
            # "마지막 단장작업을 이달 중순께 모두 끝내고 … 개관식과 리허설을 거친후": the date's own clause ends in a verb
            # that names no happening, and a happening of a later clause is not the date's. A subject after the date
            # (`10일부터 … 선수들이 지역 명예를 걸고 … 열전을 벌인다`) makes the date the whole sentence's.
            return None
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


def _dated_condition(tokens, begin: int, i: int) -> bool:
    """`8월초 청사건립 부지가 결정되면 11월까지 …`, `22일 오전 … 표결 처리가 끝나면 본회의를 열지 않는다`: a plain
    conditional in the date's own clause (no other predicate between the date and it) is a step expected on the date."""
    return grammar.expected_condition(tokens, i) and not any(
        u.tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "E")) for u in tokens[:i] if u.start >= begin)


_SINGLE_QUOTES = frozenset("'‘’")


@kept_for_tokens
def _inside_single_quotes(tokens) -> frozenset[int]:
    """Indexes of the tokens between single quotes: a title or a name (`'검색어를 입력하세요 WWW'가 방영된다`), whose
    verbs are part of the name, not the sentence's predicates (double quotes, speech, are left to the quote rules).
    Kept: `_predicate` asks it of the same sentence for each date and clause."""
    inside: set[int] = set()
    opened = None
    for k, t in enumerate(tokens):
        if t.tag == "SSO" and t.form in _SINGLE_QUOTES and opened is None:
            opened = k
        elif t.tag == "SSC" and t.form in _SINGLE_QUOTES and opened is not None:
            inside.update(range(opened + 1, k))
            opened = None
    return frozenset(inside)


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
# Days counted in words (`이틀간`, `사흘 동안`)
_DAY_COUNTS = frozenset("하루 이틀 사흘 나흘 닷새 엿새 이레 열흘".split())


def _length_between(tokens, i: int, k: int) -> bool:
    """A length (`6개월간`, `6개월동안`, `사흘 동안`) among the tokens between i and k."""
    for n in range(i + 1, k):
        t = tokens[n]
        if t.form in ("간", "동안") and t.tag in ("XSN", "NNG", "NNB") and n > i + 1 and (
                tokens[n - 1].form in _LENGTH_UNITS or tokens[n - 1].form in _DAY_COUNTS):
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


_SPACES = re.compile(r"\s+")
# (`21일부로 전기요금을 … 인상`: the as-of ending 부로/자로 left after the day)
_LEADING_ADVERB = re.compile(r"^(?:부로|자로|저녁|오후|오전|밤|새벽|낮|함께|직접|또|다시|[가-힣]+적으로)\s+")


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
    text = _SPACES.sub(" ", "".join(out)).strip(" ,")
    # "순차적으로 교통통제 실시": an adverb of manner made with -적으로 leads no headline either
    return _LEADING_ADVERB.sub("", text)


@kept_for_tokens
def _last_boundary(tokens, begin: int, end: int) -> int:
    """Start of the last clause in [begin, end): after a connective ending or a comma. Kept: the rules ask it
    inside their loops over the sentence's morphemes (`... for t in tokens if _last_boundary(...) <= t.start`)."""
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
            # `호법∼가남(15㎞) 구간`: a route's tilde and a unit's sign inside the phrase, between its words
            or (tokens[first - 1].tag in ("SO", "SW") and first - 2 >= 0 and tokens[first - 2].tag in NP_TAGS
                and tokens[first - 2].start + tokens[first - 2].len == tokens[first - 1].start)
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
    while j - 1 > i and tokens[j - 1].tag in ("SN", "XPN") and tokens[j - 1].start + tokens[j - 1].len == tokens[j].start:
        j -= 1  # `열리는 제98회 전국체육대회`: the edition's number and prefix open the phrase
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
        elif before[k - 1].form in ("~", "∼", "-") and 1 < k < len(before) and grammar.is_noun(before[k - 2]) \
                and before[k - 2].start + before[k - 2].len == before[k - 1].start == before[k].start - before[k - 1].len:
            k -= 1  # `영동고속도로 호법∼가남 구간은`: a route's two ends written as one word
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
    while k >= 0 and (grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "SL", "SP", "SW", "XSN", "NNB")):
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
        cut = re.sub(r"\s+", " ", _CLOCK_SPAN.sub(" ", title)).strip() if title else ""
        if title and cut != title:
            # "개막식은 오후 7시 시작": with the hour gone, the topic's particle before the last word goes too
            cut = re.sub(r"(?<=[가-힣]{2})(?:은|는)(?=\s\S+$)", "", cut)
        title = cut or None
    if title:  # "7일 또는 개최": another listed day is not part of the title, nor its name ("(청룡기) ...")
        title = re.sub(r"^(?:[\d·~∼]+일\s*(?:과|와|또는|,)?\s*|\([^()]*\)\s*(?=\S+\s+\S))+", "", title).strip() or None
    if title:  # "두 차례 ... 한 차례 각각 원정 9연전을 벌인다": how often, and for whom, is not what happens
        # ("1.15(금), … 11.26(목) 등 8차례 열린다": the list's 등 before its count too)
        title = re.sub(r"^(?:등\s+)?(?:(?:한|두|세|네|\d+)\s*(?:차례|번)\s+|각각?\s+)+", "", title).strip() or None
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
    place = re.fullmatch(r"(?:[^\s을를]+\s+){0,3}[^\s을를]+에서\s+(\S+)", title or "")
    if place and place.group(1) in EVENT_VERBS.values() and (held := _fronted_subject(sentence, tokens, expr)
                                                             or _fronted_object(sentence, tokens, expr)):
        # "… 인사청문회도 같은날 환경노동위원회에서 열린다": the place is where; what is held is the subject before the date
        # ("‘전주페스타 2023’을 내달 6일 오후 7시 전주종합경기장 옛 야구장 부지에서 개막해": or the object)
        return f"{held} {place.group(1)}"
    done = (title or "").split()[-1:]
    if done and done[0] in _HELD_NOUNS and not any(expr.end <= t.start < stop and t.tag == "JKO" for t in tokens) \
            and not _adnominal_held(tokens, expr, done[0]) \
            and (held := _fronted_subject(sentence, tokens, expr)) and held not in title:
        # "추가모집은 내년 2월24~29일 중에 대학이 자율적으로 시행한다": a verb of holding with no object of its own
        # holds the subject or topic told right before the date
        return f"{held} {done[0]}"
    if title in _SPAN_NOUNS and sentence[:expr.start].rstrip().endswith("(") \
            and (k := next((k for k, t in enumerate(tokens) if t.form == title
                            and sentence[t.start + t.len:expr.start].strip() == "("), None)) is not None:
        # "‘2018 보은대추축제’ 기간(12~21일)": the days in brackets are the span of what names the period
        return _noun_phrase_before(sentence, tokens, tokens[k].start)
    if title in EVENT_VERBS.values() or (title or "").startswith(")"):
        return None  # "개최" alone: the verb's headline noun, with nothing held; ")엔 …": the bracket is an adverbial
    words = title.split() if title else []
    if words and all(w in TIME_NOUNS or w in ("다음", "이번", "주", "달", "해") for w in words[:-1] or words):
        return None  # "이후 개최", "다음 주": nothing but time words names no happening
    return title


# A period's word (`축제 기간(12~21일)`): the days glossing it in brackets are the span of the phrase before it
_SPAN_NOUNS = frozenset(("기간", "일정", "회기"))


def _adnominal_held(tokens, expr: TimeExpr, noun: str) -> bool:
    """Whether the verb of holding after the date modifies a noun (`12일 개최되는 '… 위원회'`): what is held follows it."""
    after = [t for t in tokens if t.start >= expr.end]
    k = next((k for k, t in enumerate(after) if t.form == noun), None)
    rest = [t.tag for t in after[k + 1:k + 4]] if k is not None else []
    return any(tag == "ETM" for tag in rest[:3]) and all(tag.startswith(("XS", "VV", "EP", "ETM")) for tag in rest[:rest.index("ETM")])


def _fronted_object(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """The object right before the date (`티켓 예매를 지난 10월 29일 …`), moved ahead of it: the noun phrase, else None."""
    before = [t for t in tokens if t.start + t.len <= expr.start]
    if not before or before[-1].tag != "JKO" \
            or sentence[before[-1].start + before[-1].len:expr.start].strip() not in _DIRECTION_WORDS:
        return None
    np = _noun_phrase_before(sentence, tokens, before[-1].start)
    return np if np and content_words(np) else None


# what may stand between a fronted argument and its date without being part of either (`신청을 오는 21일`)
_DIRECTION_WORDS = frozenset(("", "오는", "지난"))


# the days listed before a date, joined to it (`11월19일과 23일, `): one run, whose subject comes before its first
_LISTED_DAYS_BEFORE = re.compile(r"(?:(?:\d{1,2}월\s*)?\d{1,2}일\s*(?:과|와|,)\s*)+$")


def _fronted_subject(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """The subject or topic right before the date (`인사청문회도 같은날 …`, `결승전은 9일 …`), or before the run of
    listed days the date closes (`챔피언결정전은 11월19일과 23일, 26일에`): the noun phrase, else None."""
    run = _LISTED_DAYS_BEFORE.search(sentence, 0, expr.start) if re.match(r"\d", expr.text) else None
    lead = run.start() if run else expr.start
    before = [t for t in tokens if t.start + t.len <= lead]
    if before and before[-1].tag == "ETM" and not sentence[before[-1].start + before[-1].len:lead].strip():
        # "챔피언십은 지난해보다 한 주 늦어진 5월 1일부터": a clause describing the date stands between; the topic is
        # the last argument before it
        marks = [k for k, t in enumerate(before) if t.tag in ("JKS", "JKO", "JX", "EC", "EF", "SF", "SP", "SSO", "SSC")]
        if marks and (before[marks[-1]].tag == "JKS" or (before[marks[-1]].tag == "JX"
                                                          and before[marks[-1]].form in ("도", "은", "는"))):
            lead, before = before[marks[-1] + 1].start, before[:marks[-1] + 1]
    if not before or not (before[-1].tag == "JKS" or (before[-1].tag == "JX" and before[-1].form in ("도", "은", "는"))) \
            or sentence[before[-1].start + before[-1].len:lead].strip():
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
    length = _span_length(forms)
    if length and length < len(forms) and forms[length] == ("SSO", "(") and ("SSC", ")") in forms[length:]:
        # "사전투표 기간은 4월 10∼11일 이틀간(매일 오전 6시~오후 6시)이다": the hours in brackets after the length
        forms = forms[:length] + forms[length + forms[length:].index(("SSC", ")")) + 1:]
    if length and (not forms[length:] or forms[length][0] == "VCP"):
        # "후보 등록일은 25∼26일 이틀간(이다).": the span's length said after it, with the copula or with nothing more
        # (a verbless line), says the topic is on those days
        forms = forms[length:] or [("VCP", "이")]
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
    # "정식 개봉일은 12월 3일.", "개원식은 4월 3일 예정.": a verbless line ending on the date, or on 예정, says the
    # topic is on it as the copula does
    verbless = bool(re.fullmatch(r"\s*(?:예정(?:이다)?)?[\s.。]*", sentence[expr.end:]))
    copula = copula or becomes or verbless
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


def _span_length(forms: list[tuple[str, str]]) -> int:
    """How many of `forms` make up a length of days said right after a date (`이틀간`, `3일간`, `나흘 동안`), or 0."""
    k = 0
    if forms[:1] and forms[0][0] == "NNG" and forms[0][1] in _DAY_COUNTS:
        k = 1
    elif len(forms) >= 2 and forms[0][0] == "SN" and forms[1] == ("NNB", "일"):
        k = 2
    if not k or len(forms) <= k:
        return 0
    if forms[k][1] == "간" and forms[k][0] in ("XSN", "NNG"):
        return k + 1
    return k + 1 if forms[k] == ("NNG", "동안") else 0


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
    # "<>22일 = 본회의(…": a timetable's equals sign is not the title's
    title = re.sub(r"^\s*[=:〓]\s*", "", title)
    return title


_CLOCK_LEAD = re.compile(r"^(?:\([월화수목금토일]\)\s*)?(?:(?:까지|부터|가운데|중)\s+)?(?:\d+일간\s+)?"
                         r"(?:(?:오전|오후|저녁|밤|새벽)\s*)?(?:\d{1,2}시(?:\s*\d{1,2}분)?(?:부터|에는|에)?\s+)?")


# Whether a phrase holds a time expression does not depend on the day it is read against; a fixed day keeps a
# title the same whenever the article is read (the machine's clock would make ingest depend on the run's date).
_ANY_DAY = date(2000, 1, 1)


_CLOCK_NOTE = re.compile(r"\s*(?:(?:오전|오후|저녁|밤|새벽|낮)\s*)?(?:\d{1,2}시(?:\s*\d{1,2}분)?)?\s*")
_DATED_NOTE = re.compile(r"\([^()]*\d[^()]*\)\s*")


def _named_by_parenthesis(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """`선거일(오는 16일)`, `한국의날(1월 16일)`: a date in brackets right after a noun dates that noun."""
    before = sentence[:expr.start].rstrip()
    close = sentence.find(")", expr.end)
    note = re.search(r"\(([^(),·ㆍ]+)[,·ㆍ]$", before)
    if note and all(grammar.is_noun(t) or t.tag in ("SL", "SN") for t in tokens if note.start(1) <= t.start < note.end(1)):
        # `아리랑대축제(강원 정선, 10. 9.~12.)`, `머드 축제(충남 대천ㆍ7월 21일)`: where, then when, in the brackets
        before = before[:note.start() + 1]
    if not before.endswith("(") or close < 0:
        return None
    # `전형(11월25∼29일 원서접수)`: a noun phrase after the date inside the brackets says which step of it
    step = [t for t in tokens if expr.end <= t.start < close]
    if _CLOCK_NOTE.fullmatch(sentence, expr.end, close):
        step = []  # `'청산도'(22일 밤 10시)`: the hour of that day, no step of it
    if step and (not re.search(r"\d", expr.text) or not all(t.tag in ("NNG", "NNP", "SL", "SN", "XSN") for t in step)):
        return None
    np = _noun_phrase_before(sentence, tokens, len(before) - 1)
    if np and (dated_before := list(_DATED_NOTE.finditer(np))):
        # `하와이안 페스티벌(6월 3일) 전국노래자랑(6월 6일)`: the member before, closed by its own dated note, is not this one's
        np = np[dated_before[-1].end():]
    if not np or len(np) < 2:
        return None
    if not step and find_time_expressions(np, _ANY_DAY):
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
                         # an hour of the day told with its part (`개막식은 오후 7시 시작되며`): when, not what
                         r"|(?:오전|오후|저녁|밤|새벽|낮)\s*\d{1,2}시(?:\s*\d{1,2}분)?(?:에는|에|께|쯤|경)?"
                         r"|(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|양일|\d+일)\s*(?:간|동안)(?:의)?)(?!\S)")
# The curtain idioms: `막이 오르다`/`막을 올리다` say a run opens, `막을 내리다` that it closes
_CURTAIN = {("막", "오르"): "개막", ("막", "올리"): "개막", ("막", "내리"): "폐막"}
# ... also as nights and days (`2박3일간`, `3박 4일 동안`: a trip's length)
_LENGTH_LEAD = re.compile(r"^\s*(?:(?:한|두|세|네|\d+)\s*박\s*)?(?:(?:한|두|세|네|\d+)\s*(?:일|주일?|개월|달|년)|"
                          r"하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름)\s*"
                          r"(?:간|동안)(?:의\s*일정으로|에\s*걸쳐|의)?\s*")


# Verbs that say what is, is said or is thought, not that something happens
# (`말하`, `알려지`), a quantity or a state changing (`늘`, `줄어들`, `바뀌`, `이어지`), or a date being moved or set for
# another happening (`앞당기`, `정하`)
_NOT_HAPPENING = frozenset("있 없 되 하 이 아니 않 보 따르 위하 대하 통하 의하 관하 비롯하 말하 밝히 전하 알리 알려지 전해지 "
                           "예상하 생각하 보이 기대하 바라 원하 주목하 모으 끌 쏠리 이르 달하 넘 남 걸리 "
                           "늘 줄 늘어나 줄어들 늘리 줄이 바뀌 바꾸 오르 내리 떨어지 높이 낮추 이어지 잇 계속되 "
                           "앞당기 당기 미루 늦추 연기하 정하 잡 지나".split())


def _does_nothing(tokens, i: int) -> bool:
    """The verb at i names no happening: a state or a saying, or it is wished, conditional or quoted as an intent."""
    form = tokens[i].form
    return form in _NOT_HAPPENING or form in REPORTING or grammar.hypothetical(tokens, i) or grammar.quoted_intent(tokens, i)


def _planned_verb(tokens, begin: int, stop: int, done: bool = False) -> tuple[int, str] | None:
    """The clause's own verb when nothing else in it names a happening and its date lies ahead (`6일에는 …
    싱글앨범이 나선다`, `5월 컴백 첫 주자로 나선다`): what a dated clause says will be done is done that day. A verb
    that only modifies a noun, says what is or is said, or is wished or conditional is none. With `done`, a date
    behind: the verb must be done to an object right before it (`지난 10일 사건을 맡게 됐다`), as a past verb alone
    tells a state or a figure as often (`24위로 밀렸다`, `소식이 잇따랐다`). The search ends where the date's clause
    does (`grammar.closes_clause`)."""
    for i, t in enumerate(tokens):
        if t.start < begin or t.start >= stop:
            continue
        if done and t.tag.startswith("VV") and grammar.closes_clause(tokens, i):
            # "이듬해 … 건물을 올렸으나 … 민원인들이 불편을 겪고": the year's clause ends at 올렸으나, its verb
            return None if _does_nothing(tokens, i) or tokens[i - 1].tag != "JKO" else (i, t.form + "다")
        if not t.tag.startswith("VV") or _does_nothing(tokens, i) or (done and tokens[i - 1].tag != "JKO"):
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


# What a place's opening is called, by the last syllable of what opens (`박물관` 개관, `수정초` 개교, `장터` 개장)
_OPENINGS = (("관", "개관"), ("교", "개교"), ("초", "개교"), ("중", "개교"), ("고", "개교"), ("점", "개점"))


def _doors_opened(sentence: str, tokens, expr: TimeExpr, i: int) -> str | None:
    """`국립경주박물관 본관이 공사를 끝내고 오는 18일 다시 문을 연다`: 문을 열다 says that the subject opens, whichever
    clause of the sentence names it; the title is its opening (`국립경주박물관 본관 개관`), not `문 열다`."""
    k = i + 2 if tokens[i].form == "문" else i   # the door found as the light verb's argument, or the verb itself
    if not (2 <= k < len(tokens) and tokens[k].form == "열" and tokens[k].tag == "VV" and tokens[k - 1].tag == "JKO"
            and tokens[k - 2].form == "문"):
        return None
    marks = [t for n, t in enumerate(tokens) if t.start < expr.start and n > 0 and grammar.is_noun(tokens[n - 1])
             and (t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")))]
    subject = _noun_phrase_before(sentence, tokens, marks[-1].start) if marks else None
    if not subject:
        return None
    return f"{subject} {next((noun for end, noun in _OPENINGS if subject.endswith(end)), '개장')}"


def _title_from_predicate(sentence: str, tokens, expr: TimeExpr, stop: int, verb: bool = False) -> str | None:
    """The title of the happening the clause after the date names; with `verb`, the last resort of a date ahead:
    its clause's own verb."""
    last_resort = verb  # `verb` is reused below for the light verb's argument
    found = _planned_verb(tokens, expr.end, stop, done=expr.direction == "past") if verb \
        else _predicate(tokens, expr.end, stop, past=expr.direction == "past")
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
    if (opened := _doors_opened(sentence, tokens, expr, i)) is not None:
        return opened
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
    if pred.form in _CALLED_OFF and expr.direction == "future" and grammar.verbal_noun(tokens, i) \
            and not grammar.modifies_noun(tokens, i):
        # "29일 행사(…)는 전면 취소하고", "6월6일이 현충일인 점을 감안해 취소하되": a day ahead whose first happening
        # is called off has none (a game called off on a day gone by, `1일 경기가 비로 취소된`, did happen so)
        return None
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
    # the place is judged after the span's length and the hour are cut (`26일부터 3일간 … 견본주택에서 체결`)
    rest = next((t.start for t in tokens if begin <= t.start < pred.start and sentence[t.start:pred.start].strip() == text),
                begin)
    where = text if _tells_only_where(tokens, rest, pred.start) else ""
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
        if last_resort and (done_to := _fronted_object(sentence, tokens, expr)) is not None:
            # "마지막 단장작업을 이달 중순께 모두 끝내고": an object moved before the date is what the verb is done to
            return f"{done_to} {noun_text}"
        own = _last_boundary(tokens, 0, expr.start)
        # the topic too (`언팩은 29일 ... 동시에 진행된다`): a passive or intransitive verb's topic is what happens
        # (`지역경제보고서(3월호)는 27일 나온다`: a note in brackets closes the topic's noun phrase)
        marks = [t for k, t in enumerate(tokens) if own <= t.start < expr.start and (t.tag == "JKS" or (
            t.tag == "JX" and t.form in ("은", "는") and k > 0
            and (grammar.is_noun(tokens[k - 1]) or tokens[k - 1].tag == "SSC")))]
        comma = next((k for k, t in enumerate(tokens) if t.form == "," and t.start + t.len == own), None)
        if not marks and comma and comma > 1 and grammar.is_noun(tokens[comma - 1]) and tokens[comma - 2].tag == "JKO" \
                and not any(own <= t.start < expr.start and t.tag == "JKO" for t in tokens):
            # "제3회 부산국제영화제가 역대 최대 규모인 … 영화를 초청, 다음달 24일부터 10월1일까지 열린다": a clause closed
            # by a noun taking an object and a comma (초청, for 초청하고) shares the sentence's one subject
            prior = [t for k, t in enumerate(tokens) if t.start < tokens[comma].start and k > 0 and grammar.is_noun(
                tokens[k - 1]) and (t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")))]
            marks = prior if len(prior) == 1 else marks
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
            if subject and (not content_words(_surface(sentence, tokens, begin, expr.start))
                            or _tells_only_manner(tokens, begin, expr.start)) and not where:
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
        if where and (done_to := _fronted_object(sentence, tokens, expr)) is not None:
            # "후보자등록신청을 오는 21일 … 선관위에서 접수한다": the object moved before the date is what is done;
            # the place after it is only where
            return f"{done_to} {noun_text}"
        if where and grammar.light_verb_argument(tokens, i) is None \
                and not any(t.tag == "JKO" for t in tokens if t.start <= pred.start + pred.len) \
                and (topic := _fronted_subject(sentence, tokens, expr)) is not None:
            # "계약은 오는 26일부터 … 견본주택에서 체결하게 된다": a deed with no object told, its topic is what is done
            return topic if topic.endswith(noun_text) else f"{topic} {noun_text}"
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
_MANNER_NOUNS = frozenset("본격 정식 공식 전격 일제 순차 동시".split())


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


def _tells_only_manner(tokens, begin: int, end: int) -> bool:
    """The words in [begin, end) are one noun phrase of manner (`예정대로`, `7전4승제로`): how, not what."""
    inside = [t for t in tokens if begin <= t.start < end]
    return len(inside) >= 2 and ((inside[-1].tag == "JX" and inside[-1].form == "대로")
                                 or (inside[-1].tag == "JKB" and inside[-1].form in ("로", "으로"))) \
        and all(grammar.is_noun(t) or t.tag in ("SN", "NNB", "XSN") for t in inside[:-1]) \
        and inside[-2].form not in _STAGE_NOUNS  # `1단계로`, `2차로`: which stage is part of what is done


_STAGE_NOUNS = frozenset("단계 차 부 회".split())


def _tells_only_where(tokens, begin: int, end: int) -> bool:
    """The words in [begin, end) are one place phrase (`본회의에서`, `올림픽 공원(올림픽 홀)에서`): where, not what."""
    inside = [k for k, t in enumerate(tokens) if begin <= t.start < end]
    while inside and tokens[inside[-1]].tag == "MAG":
        inside.pop()
    if len(inside) < 2 or not (tokens[inside[-1]].tag == "JKB" and tokens[inside[-1]].form == "에서"):
        return False
    # `관할 구·시·군·선관위에서`: places listed with a middle dot are one place phrase; `대전예술의전당에서`: a genitive
    # written inside one word is part of the place's name
    return all(grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "SL", "SSO", "SSC", "XSN")
               or (tokens[k].tag == "SP" and tokens[k].form == "·")
               or (tokens[k].tag == "JKG" and 0 < k and tokens[k - 1].start + tokens[k - 1].len == tokens[k].start
                   and tokens[k].start + tokens[k].len == tokens[k + 1].start) for k in inside[:-1])


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
# Verbal nouns that call a happening off altogether (not moving it: 연기 dates it by its new day)
_CALLED_OFF = frozenset("취소 철회 백지화".split())


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


# The date's own particle (`2015년 7월에 출시된`) stands between it and its clause
_DATE_NOTE = re.compile(r"(?:\s*\((?:현지|한국|미국|우리)\s?시[간각]\))?(?:에(?=\s))?")  # ("5일(현지시간) 공개될 … 회의록")
_SPAN_LENGTH = re.compile(r"\s*(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|양일|\d+일)\s*(?:간|동안)\s*")


# `X를 통해(서)(도)`: the occasion through which the clause's doing is done
_THROUGH = re.compile(r"(?:을|를)\s+통해(?:서)?(?:도|는)?\s")


def _occasion_on_date(sentence: str, tokens, expr) -> str | None:
    """`7일 미디어데이를 통해 … 신차를 최초로 전시할 예정이다`, `오는 24일 온라인 콘서트 '…'를 통해서도 팬들과 마주할
    계획`: a date ahead right before the noun phrase of an occasion the clause is done through; the occasion is what
    happens on it."""
    if expr.precision != "day" or expr.direction != "future":
        return None
    m = _THROUGH.search(sentence, expr.end)
    if m is None:
        return None
    inside = [t for t in tokens if expr.end <= t.start < m.start()]
    if not inside or not all(grammar.is_noun(t) or t.tag in ("SL", "SN", "NNB", "SSO", "SSC", "SW", "SP", "SH")
                             for t in inside) or not any(grammar.is_noun(t) for t in inside):
        return None
    phrase = sentence[inside[0].start:m.start()].strip()
    return phrase if content_words(phrase) else None


def _held_on_date(sentence: str, tokens, expr) -> str | None:
    """A date whose clause says only that something takes place then, describing the noun after it
    (`다음 달 3일부터 12일까지 열리는 제24회 부산국제영화제 행사계획을 발표했습니다`, `20일 열릴 예정인 이 사건
    8차공판에서`): that noun phrase is the happening, though the sentence's own verb tells another."""
    length = _SPAN_LENGTH.match(sentence, expr.end)  # "4월 7일부터 17일 까지 열흘동안 진행된 예약판매": how long
    after = length.end() if length else expr.end
    note = _DATE_NOTE.match(sentence, after)
    after = note.end() if note else after
    k = next((n for n, t in enumerate(tokens) if t.start >= after), len(tokens))
    if expr.precision not in ("day", "month") or k == len(tokens) or sentence[after:tokens[k].start].strip():
        return None  # "올해 개최된 축제보다", "올해 선정된 주요 공모사업으로는": a year describes; a day or a month
        # (`지난해 5월 열린 제9차 한중일 정상회담`, `2015년 7월에 출시된 …`) dates what its clause tells
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
    if last + 4 < len(tokens) and [t.tag for t in tokens[last + 1:last + 4]] == ["SSO", "SL", "SSC"] \
            and grammar.is_noun(tokens[last + 4]):
        # "연방공개시장위원회(FOMC) 회의록": an abbreviation in brackets inside the phrase, which goes on after it
        last += 4
        while last + 1 < len(tokens) and grammar.is_noun(tokens[last + 1]):
            last += 1
    np = sentence[tokens[first].start:tokens[last].start + tokens[last].len]
    # "9월초에 중단된 … 개편작업": a verbal noun that says more than that it takes place is the happening done to
    # the phrase (a day's title stays the phrase alone: adding the noun there cost a dev match)
    done = tokens[k].form if tokens[k].tag != "VV" and tokens[k].form not in _HELD_NOUNS and expr.precision == "month" else None
    return f"{np} {done}" if done else np


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


_PROVISIONAL = frozenset(("가칭", "잠정", "임시"))


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
    if first + 3 < len(tokens) and tokens[first].form == "(" and tokens[first + 1].form in _PROVISIONAL \
            and tokens[first + 2].form == ")" and tokens[first + 3].start == tokens[first + 2].start + 1:
        first += 3  # "내년 3월에 개교하는 (가칭)세종예술고는": a name noted as provisional is the name
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


# `X는 (DATE)로 정해졌다`: a passive verb that fixes its subject on the date it takes with 로
# (or moved to it: `개학일은 이달 23일로 미뤄졌다`, or planned for it: `발인은 16일로 예정됐다`, unless the plan was
# one no longer held: `공개일은 … 내년 1월로 예정되어 있었다`)
_FIXED_ON = re.compile(r"(?:까지)?(?:\s*(?:오전|오후|새벽|저녁|밤|낮)?\s*\d{1,2}시(?:\s*\d{1,2}분)?)?\s*(?:으로|로)\s+"
                       r"(?:(?:확정|결정|연기|변경|조정)\s?(?:되|됐|돼)|(?:예정|계획|예상)\s?(?:되|됐|돼)(?!\S*\s*있었)|(?:정해|미뤄|늦춰|앞당겨)(?:졌|지|져)"
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
# (a count of how far it moves may stand before the verb: `오는 20일로 12일 앞당긴다`, `98년말로 1년 늦췄다`)
_SET_BY = re.compile(r"\s*(?:으로|로)\s+(?:[가-힣]+\s+|(?:\d+|한|두|세)\s*(?:일|주일?|개월|달|년)\s*(?:가량\s+|정도\s+)?)?(?:확정|결정|발표|정하|정했|정해|연기|변경|앞당|미뤘|미루|늦췄|늦추)")


_MOVED_BY = re.compile(r"(?:연기|변경|앞당|미뤘|미루|늦췄|늦추)$")
_MOVED_FROM = re.compile(r"(?:\s*(?:(?:당초|애초|원래)\s*(?:계획한|예정한|정한)?\s*)?(?:(?:\d{1,2}월\s*)?\d{1,2}일|(?:\d{2}|\d{4})년\s?(?:말|초|상반기|하반기))\s*에서(?:\s*(?:\d+|한|두|세)\s*(?:일|주일?|개월|달))?"
                         r"(?:\s*(?:미뤄|늦춰|앞당겨|당겨|연기해))?)?(?:\s*(?:오는|내년|올해|다음\s?달|내달))*\s*$")


def _object_set_on_date(sentence: str, tokens, expr) -> str | None:
    """The object right before a date that a verb of fixing or moving sets the date for (`출시일을 6월 3일로 공식
    발표했다`): what it is the day of (`출시`), or the happening itself when it names no day (`회의를 … 연기`)."""
    if isinstance(expr, _Borrowed) or (set_by := _SET_BY.match(sentence, expr.end)) is None:
        return None
    # the day it is moved from may stand between (`개봉일을 10월 1일에서 2주 미뤄 10월 16일로 확정했다`)
    lead = len(_MOVED_FROM.sub("", sentence[:expr.start]).rstrip())
    before = [t for t in tokens if t.start + t.len <= lead]
    # a moved object may be told with 도 (`미스부산 선발대회도 다음달 2일로 미뤘다`): as well as another, moved too
    moved_too = before and before[-1].tag == "JX" and before[-1].form == "도" and _MOVED_BY.search(set_by.group())
    if not before or before[-1].start + before[-1].len != lead or not (before[-1].tag == "JKO" or moved_too):
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


# Verbal nouns that say only that something is carried out or held (`실시한다`, `진행한다`): with no object, the
# topic is what is held
_HELD_NOUNS = frozenset("실시 진행 개최 시행 거행".split())


# The nouns of verbs saying only that something takes place (`이뤄진다`, `진행된다`)
_TAKES_PLACE = frozenset({"진행"})


# Verbal nouns of attending: the happening is what is attended (`기자회견에는 … 참석하고`), not who attends
_ATTENDING = frozenset("참석 참여 참가 출석".split())


# Headline nouns that say only that a happening takes place, starts, ends or is fixed on its day (`투표 실시`,
# `투표 종료`, `공판 기일 확정`): one happening's phases and settings on one day are that happening
_PHASES = frozenset("개최 진행 실시 시작 종료 완료 마감 확정 결정 지정 참석 참여 참가".split())


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


def _head_noun(title: str) -> str | None:
    """What a title is about: its last common noun before the predicate (`개편작업` of `노선 개편작업 재개`)."""
    nouns = _common_nouns(title)
    return nouns[-2] if len(nouns) >= 2 else (nouns[0] if nouns else None)


def _common_nouns(title: str) -> list[str]:
    return [t.form for t in tokenize(title) if t.tag == "NNG" and len(t.form) > 1]


def _subjectless_plan(tokens, expr, stop: int) -> str | None:
    """`7월말 시행될 예정이다`: right after the date, a verbal noun made passive (되) before a plan noun, in a sentence
    with no subject, topic or object of the clause: the noun (`시행`), else None."""
    passive = _subjectless_passive(tokens, expr, stop)
    return passive[0] if passive and passive[1] else None


def _subjectless_passive(tokens, expr, stop: int) -> tuple[str, bool] | None:
    """Right after the date (an adverb or `경` between: `21일경 출시된다`, `일시 중단된다`, `지난 6일 앞서 공개되면서`), a
    verbal noun made passive (되), neither denied, wished nor describing a noun, in a sentence with no subject or
    topic and no object in the date's clause: what the sentence is about undergoes it then. The noun, and whether a
    plan noun follows (`시행될 예정이다`); else None."""
    k = next((k for k, t in enumerate(tokens) if t.start >= expr.end), None)
    while k is not None and k < len(tokens) and (tokens[k].tag == "MAG" or (
            tokens[k].form in ("경", "께", "쯤") and tokens[k].start == expr.end)):
        k += 1
    if k is None or k + 3 >= len(tokens) or tokens[k].start >= stop or not grammar.verbal_noun(tokens, k) \
            or tokens[k + 1].form != "되" or grammar.hypothetical(tokens, k) or grammar.modifies_noun(tokens, k):
        return None
    if any(t.tag in ("JKS", "JKO") or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens
           if _last_boundary(tokens, 0, expr.start) <= t.start < tokens[k].start) \
            or any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens):
        return None
    return tokens[k].form, tokens[k + 2].tag == "ETM" and tokens[k + 3].form in grammar.PLAN_NOUNS


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


_HOLIDAY_NAME = re.compile(HOLIDAY_PATTERN)


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


def _light_predicate(tokens, k: int) -> bool:
    """The predicate at k says only that something is done, can be done or seen (`… 3일 이상 한다`, `… 할 수 있다`,
    `1월 4일부터 가능하고`, `… 콘서트홀에서 볼 수 있다`): what is done is the topic, not a word of the clause."""
    t = tokens[k]
    if t.tag in ("VV", "VX") and t.form == "하" and not (k > 0 and tokens[k - 1].tag.startswith("E")):
        return True  # "3일 이상 한다" (Kiwi: 하/VX after 이상), not "하게 하다"
    if t.tag == "XSA" and t.form == "하" and k > 0 and tokens[k - 1].form == "가능":
        return True
    return t.tag == "VV" and t.form == "보" and k + 3 < len(tokens) and tokens[k + 1].tag == "ETM" \
        and tokens[k + 1].form == "ᆯ" and tokens[k + 2].form == "수" and tokens[k + 3].form == "있"


def _topic_done_on_date(sentence: str, tokens, expr, stop: int) -> str | None:
    """`전국 4년제 대학 수시모집 원서접수는 9월 12~21일 중 대학별로 3일 이상 한다`, `예비후보등록은 2023 1월 4일부터
    가능하고`, `레이첼 야마가타 내한 공연은 11월 9일, 10일 … 볼 수 있다`, `에드 시런의 내한 공연은 2019년 4월 21일 오후
    6시.`: a clause whose predicate only says the thing is done, possible or to be seen (or that has none: the date is
    what the topic is) dates its topic, which names the happening; `… 내한 공연도 볼 수 있다`: what is seen, told after
    the date with 도 or 을, is."""
    after = [k for k, t in enumerate(tokens) if expr.end <= t.start < stop]
    pred = next((k for k in after if tokens[k].tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "E", "SF"))), None)
    if pred is None:
        return None
    between = [tokens[k] for k in after if k < pred]
    if tokens[pred].tag == "SF":
        light = all(t.tag in ("SN", "NNB") or t.form in _CLOCK_WORDS for t in between)  # "… 4월 21일 오후 6시."
    else:
        light = _light_predicate(tokens, pred)
    if not light or any(t.tag == "JKS" for t in between):
        return None
    seen = [k for k in after if k < pred and tokens[k].tag in ("JKO", "JX") and tokens[k].form in ("을", "를", "도")
            and k > 0 and grammar.is_noun(tokens[k - 1])]
    if seen and tokens[pred].form == "보":
        what = _noun_phrase_before(sentence, tokens, tokens[seen[-1]].start)  # "… 내한 공연도 볼 수 있다"
    elif any(t.tag == "JKO" for t in between):
        return None  # the verb's own object is no topic's happening
    else:
        start = expr.inner.start if isinstance(expr, _Borrowed) else expr.start
        before = [k for k, t in enumerate(tokens) if t.start + t.len <= start]
        marks = [k for k in before if tokens[k].tag == "JX" and tokens[k].form in ("은", "는") and k > 0
                 and grammar.is_noun(tokens[k - 1])]
        if not marks:
            return None
        # only a conditional clause may stand between the topic and the date (`사전투표는 … 변하지 않는다면, … 27일`)
        inside = [tokens[k] for k in before if k > marks[-1]]
        conditional = [n for n, t in enumerate(inside) if t.tag == "EC" and t.form in _CONDITIONALS]
        inside = inside[conditional[-1] + 1:] if conditional else inside
        if any(t.tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "E")) for t in inside):
            return None
        what = _noun_phrase_before(sentence, tokens, tokens[marks[-1]].start)
    what = _DAY_OF.sub("", _WHEN_NOUNS.sub("", what)).strip() if what else None
    return what if what and content_words(what) else None


_CONDITIONALS = frozenset("면 으면 다면 는다면 ᆫ다면 라면".split())
