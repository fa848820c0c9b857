"""Happenings joined under one date and one verb: a list's members, one event each.

News tells many happenings of one day in one clause: `25일에는 LG화학과 LG생활건강, 삼성SDI … 이 일제히 실적을
발표한다` (each company's results), `21일에는 대한항공, LG유플러스 … 등의 주총이 열린다` (each company's meeting),
`풍물한마당과 축등행렬, 옥천줄다리기 시가행진이 펼쳐진다` (each part of a programme). The list is read from the clause's
grammar: noun phrases joined by `와/과`, `,` or `및`, closed by the case particle that ties them to the predicate.
Who the members are follows from that particle and the verb:
- members tied by `의` to the happening noun, or doing (이/가, 은/는/도) what the predicate's own noun or object
  names, are doers: one happening each, titled by the doer and what it does (`대신증권 주총`);
- members that are the subject of a verb of taking place (`열리다`, `펼쳐지다`, `진행되다`) or the object of a verb
  of holding (`개최하다`, `열다`, `갖다`) are happenings themselves (`축등행렬 개최`).
The places, partners and objects of one happening stay one event: a list closed by `에서`/`와` is not read, nor a
list of things a verb does something to, nor partners of a happening that takes two (`회담`, `협약`, `경기`).
Doers of something done together (`A와 B가 참석한다`) are told apart from doers each doing their own only by a word
that says so (`각각`, `일제히`, `모두`, `도`) or by a list closed by `등` or of three or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.text import event_grammar as grammar
from digest.text.event_titles import _noun_phrase_before, _predicate
from digest.text.korean import Token, content_words
from digest.text.timex import TimeExpr

# tokens a member is made of: nouns, names, numbers with their units, and brackets around a note
_MEMBER_TAGS = ("NNG", "NNP", "NNB", "SN", "SL", "SH", "XSN", "XPN", "SSO", "SSC", "SO")
# a date, a length, an hour or a weekday inside a member: the list is a timetable's, read elsewhere
_TIME_IN_MEMBER = re.compile(r"\d\s*(?:일|월|년|시|분|주)|요일|(?:이틀|사흘|나흘|닷새|엿새|열흘)간|동안")
# what closes a list and ties it to its predicate
_SUBJECT_MARKS = ("JKS",)
_TOPIC_FORMS = ("은", "는", "도")
# verbs saying that what is named takes place (subject) or is held (object): their arguments are happenings
_TAKING_PLACE = frozenset("열리 펼쳐지 치러지 이어지 진행되 개최되 마련되 실시되 열 개최하 갖 가지 진행하 실시하 펼치 치르 마련하".split())
_HOLDING = frozenset("열 개최하 갖 가지 진행하 실시하 펼치 치르 마련하".split())
# happenings that take two or more together: their participants are partners, not doers of one each
_TAKES_PARTNERS = frozenset(
    "회담 정상회담 회동 면담 만남 회의 경기 대결 맞대결 결승 결승전 협약 협정 계약 체결 MOU 양해각서 합의 협상 교류 "
    "통합 합병 결혼 결혼식 합동 공동 연합 친선 간담회 토론 토론회 대담 협의 협력 제휴 업무협약".split())
# happenings whose subjects take part in one: attendees, guests, players joining (`… 등이 참석한 가운데`)
_TAKES_PART = frozenset("참석 참여 참가 출석 출연 합류 동참 동행 배석 초청 방문 입장 출전 대결 맞붙".split())
# a stage's acts: the performers listed for it make up one show (`브브걸, 폴킴, … 에이핑크의 공연이 예정되어`)
_STAGE = frozenset("공연 무대 콘서트 축하공연".split())
# verbs of taking place that are passive without 되 (`열리다`, `펼쳐지다`)
_HELD_PASSIVES = frozenset("열리 펼쳐지 치러지 이어지 이뤄지 이루어지".split())
# a run of show: the acts of one ceremony, in order
_RUN_OF_SHOW = re.compile(r"(?:을|를)\s*(?:시작으로|필두로)|순으로|순서로")
# words saying that each member does it on its own
_EACH = frozenset("각각 각 일제히 모두 나란히 잇따라 차례로".split())


def _members(sentence: str, tokens: Sequence[Token], begin: int, end: int) -> tuple[list[str], int, int] | None:
    """The last list of two or more noun phrases in [begin, end) closed by a case particle (or by `등` and one):
    (members, index of the closing particle, index of the list's first token). None when there is none."""
    found = None
    members: list[tuple[int, int]] = []   # token index ranges [a, b) of the members read so far
    start = None   # token index where the current member began
    first = None
    depth = 0
    for k, t in enumerate(tokens):
        if t.start < begin or t.start >= end:
            continue
        if t.tag == "SSO":
            depth += 1
        if depth:
            if t.tag == "SSC":
                depth -= 1
            if start is None:
                if not members:
                    first = k
                start = k
            continue
        if t.tag in _MEMBER_TAGS and not (t.tag == "NNB" and t.form == "등"):
            if start is None:
                if not members:
                    first = k
                start = k
            continue
        separator = t.tag == "JC" or (t.tag == "SP" and t.form == ",") or t.form == "및"
        if separator and start is not None:
            members.append((start, k))
            start = None
            continue
        closing = t.tag in ("JKS", "JKO", "JKG") or (t.tag == "JX" and t.form in _TOPIC_FORMS)
        if t.tag == "NNB" and t.form == "등" and start is not None and k + 1 < len(tokens) \
                and tokens[k + 1].tag in ("JKS", "JKO", "JKG", "JX"):
            members.append((start, k))
            start = None
            continue  # `… 롯데정밀화학 등의`: the list is closed by the particle after 등
        if closing and (start is not None or (members and tokens[k - 1].form == "등")):
            if start is not None:
                members.append((start, k))
            if len(members) >= 2 and first is not None:
                found = ([sentence[tokens[a].start:tokens[b - 1].start + tokens[b - 1].len] for a, b in members], k, first)
        members, start, first = [], None, None
    if found is None:
        return None
    names, close, first = found
    if any(not content_words(m) or _TIME_IN_MEMBER.search(m) or re.fullmatch(r"[\d.,\s]+\S{0,2}", m) for m in names):
        return None  # a count (`319곳, 204곳`), a date, a length or an hour is no member
    if all(t.form == "및" for t in tokens[first:close] if t.tag == "JC" or t.form in ("및", ",")):
        return None  # `일반고 및 자율형 공립고등학교 입학 원서 교부 및 접수`: 및 alone joins words inside one noun phrase
    if first > 0 and tokens[first - 1].tag == "JKG":
        return None  # `… 학회의 학술대회와 부대행사를`: whose they are is another list, not this one
    return names, close, first


def joined_members(sentence: str, tokens: Sequence[Token], expr: TimeExpr, stop: int) -> list[str]:
    """One title per member of a list of happenings or doers joined under the date's one predicate, in order;
    [] when the clause holds no such list."""
    pred = _predicate(tokens, expr.end, stop)
    if pred is None or _RUN_OF_SHOW.search(sentence):
        return []  # `선수단 입장을 시작으로 개회선언, 성화점화 … 순으로`: the acts of one show are the part they make up
    p = pred[0]
    verb_at = tokens[p].start
    noun = grammar.is_noun(tokens[p]) and p + 1 < len(tokens) and tokens[p + 1].tag == "XSV"
    stem = tokens[p].form + (tokens[p + 1].form if noun else "")
    passive = (noun and tokens[p + 1].form == "되") or (not noun and tokens[p].form in _HELD_PASSIVES)
    # the list after the date, before the predicate, in the date's own clause; else right before the date
    clause = max([t.start + t.len for t in tokens if t.start < expr.start and t.tag in ("EC", "EF", "ETM")], default=0)
    for begin, end in ((expr.end, min(stop, verb_at)), (clause, expr.start)):
        read = _members(sentence, tokens, begin, end)
        if read is None:
            continue
        names, close, first = read
        if any(t.tag.startswith(("V", "E")) for t in tokens[:first] if t.start >= begin):
            continue  # a list in a clause of its own after the date (`… 을 포함해 A, B 등이`)
        if first > 0 and tokens[first - 1].start + tokens[first - 1].len == tokens[first].start \
                and tokens[first - 1].tag not in ("SP", "SSO", "SW", "SO") and tokens[first - 1].start >= begin:
            continue  # the list read from inside a word (`볼빨간사춘기`): not where its first member begins
        if end == expr.start and any(t.tag not in ("MAG", "MM", "SP") for t in tokens[close + 1:]
                                     if t.start < expr.start and t.form not in ("오는", "지난")):
            continue  # a list before the date must end right before it
        if not _argument_of(tokens, close, p, expr):
            continue  # the list belongs to another verb or noun of the clause (`… 등을 대상으로`, `… 주관으로`)
        mark = tokens[close]
        objects = [k for k in range(close + 1, p) if tokens[k].tag == "JKO"]
        if mark.tag == "JKG":
            after = _end_of_noun_phrase(tokens, close + 1)
            nxt = next((t for t in tokens if t.start >= after), None)
            if nxt is None or not (nxt.tag == "JKS" or (nxt.tag == "JX" and nxt.form in _TOPIC_FORMS)
                                   or (nxt.tag == "JKO" and (stem in _HOLDING or tokens[p].form in _HOLDING))):
                return []  # `… 타이거즈의 홈구장에서`: whose place; `… 의 신규취항을 허가했다`: whose permit
            what = sentence[tokens[close + 1].start:after]
        elif mark.tag == "JKO":
            if stem not in _HOLDING and tokens[p].form not in _HOLDING:
                return []  # the objects of one act (`신청서와 서류를 접수`)
            what = pred[1]
        elif passive:
            if stem not in _TAKING_PLACE and tokens[p].form not in _TAKING_PLACE:
                return []  # what one act is done to (`법안과 … 선출안 등이 처리될`, `관통 및 궤도공사가 마무리됐다`)
            what = pred[1]
        else:
            # doers of an active predicate: what each does is the predicate's noun, with its object
            what = _noun_phrase_before(sentence, tokens, tokens[p].start + tokens[p].len) or pred[1]
            if objects and objects[-1] == p - 1:
                obj = _noun_phrase_before(sentence, tokens, tokens[p - 1].start)
                what = f"{obj} {what}" if obj and obj != what else what
        what = re.sub(r"^(?:\S*\d\S*\s+)+", "", what or "")  # `23일 학위수여식`: the date is not what is done
        if not what or any(w in _TAKES_PARTNERS or w in _TAKES_PART for w in content_words(what)) \
                or tokens[p].form in _TAKES_PART:
            return []
        if any(w in _STAGE for w in content_words(what)) and not any(" " in name for name in names):
            return []  # performers named bare, one word each, for one stage (not `… 연합축제, 가수 황인욱의 무대`)
        if len(names) < 3 and not any(t.form in _EACH and t.tag.startswith(("MA", "NN")) for t in tokens):
            return []  # two named together do one thing together, unless a word says each does its own
        if _shared_head(tokens, first, close):
            return []  # `삼양, 김녕, … 화순해수욕장은`: one noun ends the list for all of it: one happening of many places
        return [f"{name} {what}" for name in names]
    return []


def _argument_of(tokens: Sequence[Token], close: int, p: int, expr: TimeExpr) -> bool:
    """Whether the list closed at token `close` is an argument of the predicate at token `p`: between them only
    the date, adverbs, a place (`…에서`), the happening's noun (after `의`) and one object right before the
    predicate, no verb, no other argument."""
    objects = 0
    for k in range(close + 1, p):
        t = tokens[k]
        if expr.start <= t.start < expr.end or t.tag in ("MAG", "SP", "SN", "NNB") or t.form in ("오는", "지난"):
            continue
        if t.tag in _MEMBER_TAGS:
            continue
        if t.tag == "JKB" and t.form in ("에서", "에", "에는") or (t.tag == "JX" and t.form in ("는", "은") and tokens[k - 1].tag == "JKB"):
            continue
        if t.tag == "JKB" and t.form in ("으로", "로") and tokens[k - 1].tag == "XSN" and tokens[k - 1].form == "적":
            continue  # `일괄적으로`: an adverb made of a noun
        if t.tag in ("JKO", "JKS") or (t.tag == "JX" and tokens[close].tag == "JKG"):
            objects += 1
            if objects > 1:
                return False
            continue
        return False
    return True


def _shared_head(tokens: Sequence[Token], first: int, close: int) -> bool:
    """Whether the list's last member ends with a common noun that no earlier member has, earlier members being
    bare names (`삼양, 김녕, 신양, 표선, 중문, 화순해수욕장`, `수색, 태강삼육, 한신 초등학교`): the head is shared."""
    parts: list[list[Token]] = []
    current: list[Token] = []
    for t in tokens[first:close]:
        if t.tag == "JC" or (t.tag == "SP" and t.form == ",") or t.form in ("및", "등"):
            if current:
                parts.append(current)
            current = []
        elif t.tag not in ("SSO", "SSC"):
            current.append(t)
    if current:
        parts.append(current)
    if len(parts) < 2 or parts[-1][-1].tag != "NNG" or len(parts[-1]) < 2:
        return False
    head = parts[-1][-1].form
    return all(len(part) == 1 and part[0].tag in ("NNP", "NNG", "SL") and part[0].form != head for part in parts[:-1]) \
        and not any(part[-1].form == head for part in parts[:-1])


def _end_of_noun_phrase(tokens: Sequence[Token], k: int) -> int:
    """End offset of the noun phrase starting at token k (`주총` of `등의 주총이`)."""
    end = tokens[k].start
    while k < len(tokens) and tokens[k].tag in _MEMBER_TAGS:
        end = tokens[k].start + tokens[k].len
        k += 1
    return end


# two names joined by 와/과 (`재무부와 건설부`, `진영과 나라셀라`), or more with commas
_JOINED_NAMES = re.compile(r"(?P<a>[^\s,]+?)(?:와|과)\s+(?P<b>[^\s,]+)")


def gapped_doers(own: str | None, title: str, tokens: Sequence[Token]) -> list[str]:
    """A member of a gapped list told by two doers joined by 와/과 (`12일에는 재무부와 건설부, 13일 보사부와 노동부 …
    업무보고`, `진영과 나라셀라는 5월 16~17일, 큐라티스와 프로테옴텍은 18~19일 수요예측을 한다`): each doer's own
    happening on that member's day, titled as the member is. A happening that takes partners stays one."""
    if not own or not title.startswith(own):
        return []
    match = _JOINED_NAMES.fullmatch(own.strip())
    rest = title[len(own):].strip()
    if match is None or not rest or any(w in _TAKES_PARTNERS or w in _TAKES_PART for w in content_words(rest)):
        return []
    last = rest.split()[-1]
    if any(t.form == last and t.tag.startswith("V") for t in tokens) \
            or not any(last.endswith(t.form) and grammar.is_noun(t) for t in tokens):
        return []  # `강원영동과 영남지역은 … 그칠 전망이다`: places a state reaches, no happening of a doer
    return [f"{match['a']} {rest}", f"{match['b']} {rest}"]


# A fixture: two sides joined by a dash (`삼성-한화`, `롯데―LG`), its ground in brackets after it (`삼성-한화(대구)`) or
# before it (`대구(삼성-롯데)`); sides are names, not numbers (a score) nor the ends of a route (`천안-오산간`)
_SIDE = r"[가-힣A-Za-z]{2,12}"
_FIXTURE = re.compile(rf"(?:(?P<ground_before>[가-힣]{{2,6}})\(\s*)?(?<![가-힣A-Za-z\d\-―–])(?P<a>{_SIDE})\s?[-―–]\s?(?P<b>{_SIDE})"
                      rf"(?(ground_before)\s*\)|(?:\((?P<ground>[가-힣]{{2,8}})\))?)(?!\s?(?:간|구간|노선|항로|선|고속도로|방면|행|[-―–]))")


_QUOTED = tuple(re.compile(q) for q in (r"'[^']*'", r"‘[^’]*’", r'"[^"]*"', r"“[^”]*”"))   # each kind apart: they nest


def fixtures(sentence: str, expr: TimeExpr, stop: int) -> list[str]:
    """The matches a sentence lists after a day (`3월14일 히어로즈-두산(목동), 삼성-한화(대구), KIA-SK(광주) … 시범경기가
    개막한다`, `새달 8일 대구(삼성-롯데), 잠실(두산-LG) … 개막전`): each pair of sides is a match of that day, told as one
    of two or more."""
    if expr.precision != "day":
        return []
    found = list(_FIXTURE.finditer(sentence, expr.end, stop))
    if len(found) < 2:
        return []
    # a dash inside a quoted name is part of the name (`'BTS 퍼미션 투 댄스 온 스테이지-서울(… STAGE-SEOUL)'`), not a match;
    # a quotation holding the date too is the speaker's, and its fixtures stay (read only when two dashes were found)
    named = [q.span() for quoted in _QUOTED for q in quoted.finditer(sentence) if not q.start() <= expr.start < q.end()]
    found = [m for m in found if not any(a <= m.start() < b for a, b in named)]
    if len(found) < 2:
        return []
    out = []
    for m in found:
        b = _PARTICLE_END.sub("", m["b"]) if len(m["b"]) > 2 else m["b"]  # `FC서울의 경기`: the side without its particle
        ground = m["ground"] or m["ground_before"]
        out.append(f"{m['a']}-{b}({ground})" if ground else f"{m['a']}-{b} 경기")
    return out


_PARTICLE_END = re.compile(r"(?:의|과|와|이|가|은|는|을|를|도|전)$")
