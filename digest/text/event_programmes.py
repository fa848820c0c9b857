"""A day's programme: several happenings joined in the one argument of a verb that says they take place.

`23일에는 개막식과 프리마켓 및 야시장이 … 개최돼`, `9일에는 평창송어축제와 홍천강 꽁꽁축제가 동시에 막을 올린다`,
`3월 2일에는 인천 유나이티드와 제주 유나이티드, 상주 상무와 강원FC의 경기가 열리며`: the subject of 열리다/펼쳐지다/
개최되다 (or the object of 열다/갖다/개최하다) is what happens, so each member of a coordination standing in that place
is a happening of its own on the date. What decides is the verb's grammar, not the members' words: the verb says its
argument takes place, and the coordination says the argument is several things.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from digest.text import event_grammar as grammar
from digest.text.korean import Token

# Verbs whose subject is what takes place (`축제가 열린다`, `공연이 펼쳐진다`, `개막식이 진행된다`), and verbal nouns that
# say so with 되다.
_HELD_VERBS = frozenset("열리 펼쳐지 치러지 이뤄지 이루어지 이어지".split())
_HELD_NOUNS = frozenset("개최 진행 마련 거행 개막 시작 시행 실시 운영".split())
# Verbs whose object is what takes place (`개회식과 본회의를 연다`), and verbal nouns that say so with 하다.
_HOLDING_VERBS = frozenset("열 갖 가지 치르 펼치 벌이".split())
_HOLDING_NOUNS = frozenset("개최 진행 마련 거행 실시".split())
# Adverbs that may stand between the argument and its verb (`동시에 막을 올린다`, `연이어 진행된다`).
_BETWEEN = ("MAG", "NNG", "NNP", "NNB", "SN", "SL", "XSN")
_PLACE = ("에서", "에", "서")
# Nouns of a time, not a happening, as a clause's topic or setting (`둘째 날에는`, `오후에는`).
_TIME_NOUNS = frozenset("날 첫날 이날 당일 오전 오후 저녁 밤 낮 새벽 아침 기간 주말 이튿날 다음날 마지막날 하루".split())
_TAKES_PLACE = frozenset("개최 진행 마련 거행 운영".split())
# The noun a headline gives each member for its verb (`평창송어축제 개막`, `개막식 개최`).
_VERB_NOUNS = {"이뤄지": "진행", "이루어지": "진행", "이어지": "진행", "벌이": "진행", "갖": "개최", "가지": "개최"}
_NP = ("NNG", "NNP", "NNB", "SN", "SL", "SH", "XSN", "XPN", "JKG", "MM", "SSO", "SSC", "SS", "SO")
_QUOTES_OPEN = frozenset("'‘\"“(<《〈「『[")
_QUOTES_CLOSE = frozenset("'’\"”)>》〉」』]")


def _held_argument(tokens: Sequence[Token], begin: int, stop: int) -> tuple[int, bool, str] | None:
    """Index of the particle that marks what the first predicate after `begin` says takes place, and whether the
    members may be joined by 와/과 too (a subject: `A와 B가 열린다`; an object's 와/과 is as often a partner,
    `주민과 간담회를 갖는다`), and the noun a headline names the verb by. None when the clause's first predicate is not such a verb."""
    for i, t in enumerate(tokens):
        if t.start < begin:
            continue
        if t.start >= stop:
            return None
        held = (t.tag == "VV" and t.form in _HELD_VERBS) or (
            t.form in _HELD_NOUNS and i + 1 < len(tokens) and tokens[i + 1].tag == "XSV" and tokens[i + 1].form == "되")
        holding = (t.tag == "VV" and t.form in _HOLDING_VERBS) or (
            t.form in _HOLDING_NOUNS and i + 1 < len(tokens) and tokens[i + 1].tag == "XSV" and tokens[i + 1].form == "하")
        curtain = t.tag == "VV" and t.form in ("오르", "올리") and i >= 2 and tokens[i - 2].form == "막"
        if held or holding or curtain:
            k = i - 1 - (2 if curtain else 0)   # `막을 올린다`: the argument comes before the curtain
            while k > 0 and (tokens[k].tag in _BETWEEN or (tokens[k].tag == "JKB" and tokens[k].form in _PLACE)):
                k -= 1  # adverbs, a day and a place between the argument and its verb
            if k <= 0 or tokens[k].start < begin:
                return None
            mark = tokens[k]
            subject = mark.tag == "JKS" or (mark.tag == "JX" and mark.form in ("은", "는", "도"))
            noun = "개막" if curtain else t.form if t.tag == "NNG" else _VERB_NOUNS.get(t.form, "개최")
            if (held or curtain) and subject:
                return k, True, noun
            if holding and mark.tag == "JKO":
                return k, False, noun
            return None
        if t.tag.startswith(("VV", "VA", "VX", "EF", "EC")):
            return None  # the clause's first predicate is another verb
    return None


def _members(sentence: str, tokens: Sequence[Token], begin: int, mark: int, with_conjunction: bool,
             single: bool = False) -> list[str]:
    """The members of the coordination that ends at tokens[mark]: split at top-level commas, 그리고 and (for a
    subject) 와/과 (`A 및 B` names one happening's parts as often as two); [] when the phrase is not a coordination
    of noun phrases, unless `single` asks for the one phrase."""
    k = mark - 1
    while k >= 0 and tokens[k].start >= begin and (
            tokens[k].tag in _NP or (tokens[k].tag == "SP" and tokens[k].form in (",", "·"))
            or tokens[k].tag == "JC" or (tokens[k].tag in ("MAG", "MAJ") and tokens[k].form in ("및", "그리고"))
            or (tokens[k].tag == "MAG" and k + 1 < mark and tokens[k].start + tokens[k].len == tokens[k + 1].start)):
        k -= 1
    span = tokens[k + 1:mark]
    if len(span) < (1 if single else 3) or not (grammar.is_noun(span[-1]) or span[-1].tag == "SSC" or span[-1].form == "등"):
        return []
    genitive_after_join = False
    depth, cuts = 0, []
    for n, t in enumerate(span):
        if t.tag in ("SSO",) or (t.tag == "SS" and t.form in _QUOTES_OPEN and depth == 0):
            depth += 1
        elif t.tag in ("SSC",) or (t.tag == "SS" and t.form in _QUOTES_CLOSE and depth > 0):
            depth -= 1
        elif depth == 0 and ((t.tag == "SP" and t.form == ",") or t.form == "그리고"
                             or (with_conjunction and t.tag == "JC")):
            cuts.append(n)
        elif t.tag == "JKG" and cuts and any(span[c].tag == "JC" for c in cuts):
            genitive_after_join = True
    if genitive_after_join:
        # `상주 상무와 강원FC의 경기`: the names joined by 와 modify one noun; only commas part happenings
        cuts = [c for c in cuts if span[c].tag == "SP"]
    if not cuts and not single:
        return []
    parts, last = [], 0
    for c in cuts + [len(span)]:
        part = span[last:c]
        last = c + 1
        while part and part[-1].form == "등" and part[-1].tag == "NNB":
            part = part[:-1]
        if not part or not (grammar.is_noun(part[-1]) or part[-1].tag in ("SSC", "SS")):
            return []
        parts.append(part)
    if any(t.form == "등" and t.tag == "NNB" for t in parts[-1]):
        return []  # `전통혼례와 시조경창 등 민속경연`: examples of the one happening the last noun names
    head = parts[-1][-1].form
    if len(parts) > 1 and len(parts[-1]) > 1 and all(len(p) == 1 and len(p[0].form) <= 3 and not p[0].form.endswith(head)
                                  for p in parts[:-1]):
        return []  # `경부, 경전, …, 동해남부선 예매`: short names sharing the last member's head, one happening
    # `각종 체험행사`: a kind of happening in general, not one on the programme
    parts = [p for p in parts if p[0].form not in grammar.PLURAL_DETERMINERS]
    out = [sentence[p[0].start:p[-1].start + p[-1].len].strip().strip("'‘’\"“”") for p in parts]
    return out if all(len(m) > 1 for m in out) else []


def programme_members(sentence: str, tokens: Sequence[Token], begin: int, stop: int) -> list[str]:
    """The happenings of a programme told after `begin` (a date's end) and before `stop`: the members of a
    coordination that is the argument of a verb saying it takes place, else []."""
    held = _held_argument(tokens, begin, stop)
    if held is None or _run_of_show(tokens, begin, held[0]):
        return []
    mark, with_conjunction, noun = held
    members = _members(sentence, tokens, begin, mark, with_conjunction)
    # a verb saying only that the member takes place adds nothing to its name (`풍물한마당`, not `풍물한마당 개최`)
    return [member if noun in _TAKES_PLACE else f"{member} {noun}" for member in members] if len(members) > 1 else []


def _run_of_show(tokens: Sequence[Token], begin: int, mark: int) -> bool:
    """The members are the parts one happening is made of, not happenings of their own: the clause's topic or
    setting is a happening (`개회식은 … 내빈소개, 국민의례, … 등이 진행되고`, `개막식에는 군악대 연주와 헬기 편대 비행이
    펼쳐지고`), or the list is a sequence (`입장을 시작으로 …`, `… 불꽃놀이 순으로`), unless an hour told after that
    gives the members a time of their own."""
    parts_of_one = False
    for k in range(mark):
        t = tokens[k]
        if t.start < begin:
            continue
        if k > 0 and tokens[k - 1].tag == "JKB" and tokens[k - 1].form not in ("에", "으로", "로"):
            continue  # `특설무대에서는`: a place, not a happening the members make up
        j = k - 1 if k > 0 and tokens[k - 1].tag != "JKB" else k - 2   # `개막식에는`, `식후행사로는`
        if t.tag == "JX" and t.form in ("은", "는") and j >= 0 and (
                tokens[j].form in _TIME_NOUNS or (tokens[j].tag == "NNB" and tokens[j].form in ("시", "분", "일"))):
            parts_of_one = False  # `… 시작으로 오후 4시에는 A와 B가 펼쳐진다`: members with an hour of their own
        elif t.tag == "JX" and t.form in ("은", "는") and j >= 0 and grammar.is_noun(tokens[j]) and tokens[j].tag != "NNB":
            parts_of_one = True
        elif t.form in ("시작", "필두") and k + 1 < len(tokens) and tokens[k + 1].form in ("으로", "로"):
            parts_of_one = True
    if parts_of_one:
        return True
    return tokens[mark - 1].form == "순" if mark > 0 else False


# Happenings whose doers share one of them (`한국과 미국의 평가전`, `두 정상이 회담을 갖는다`): their coordinated
# doers are its sides, not one happening each. A closed class of symmetric nouns and verbs, as a grammar lists them.
_SYMMETRIC_NOUNS = ("경기", "대결", "맞대결", "회담", "협약", "협정", "체결", "통합", "합병", "합의", "교류", "만남",
                    "면담", "평가전", "친선", "결승", "경쟁", "협력", "공동", "연합", "통폐합", "협의", "간담회", "MOU")
_SYMMETRIC_VERBS = frozenset("만나 맞붙 겨루 합치 합하 손잡 맞서".split())
_ARGUMENT_MARKS = ("JKS", "JKO")


def _squashed(text: str) -> str:
    return "".join(text.split())


def _sentence_clause_start(tokens: Sequence[Token], start: int) -> int:
    """Where the clause holding `start` begins: after the last ending before it (a comma may join list members)."""
    begin = 0
    for t in tokens:
        if t.start >= start:
            break
        if t.tag in ("EC", "EF", "SF"):
            begin = t.start + t.len
    return begin


def _whole_words(sentence: str, member: str) -> bool:
    """The member starts a word and closes every quotation or bracket it opens, and opens every one it closes."""
    at = sentence.find(member)
    if at > 0 and not (sentence[at - 1].isspace() or sentence[at - 1] in ",·"):
        return False
    pairs = ("()", "‘’", "“”", "<>", "《》", "「」", "『』", "[]")
    return all(member.count(a) == member.count(b) and sentence[:at].count(a) == sentence[:at].count(b)
               for a, b in pairs)


def _adnominal_after(tokens: Sequence[Token], mark: int, stop: int) -> bool:
    """The first predicate after the argument at tokens[mark] ends in an adnominal ending: a relative clause's."""
    for k in range(mark + 1, len(tokens)):
        t = tokens[k]
        if t.start >= stop:
            return False
        if t.tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP")):
            return k + 1 < len(tokens) and tokens[k + 1].tag == "ETM"
    return False


def shared_title_members(sentence: str, tokens: Sequence[Token], date_start: int, date_end: int,
                         stop: int, title: str, other_dates: Sequence[int] = ()) -> list[str]:
    """`25일에는 LG화학과 LG생활건강, 삼성SDI, 제일모직, 조흥은행이 일제히 실적을 발표한다`, `이달에는 기아차 신형 모닝,
    쉐보레 크루즈, …, 켄보 600이 국내 출시된다`: the title read for the date names the last member of a coordination
    that is its clause's subject or object; each member does (or is) the happening, so each gets the title with its
    own name in the last one's place. [] when the title names no such member, or the happening is one its members
    share as sides (`한국과 미국의 평가전`, `두 기관이 협약을 체결`)."""
    if any(word in title for word in _SYMMETRIC_NOUNS):
        return []
    begin = _sentence_clause_start(tokens, date_start)
    if any(begin <= other < stop for other in other_dates):
        return []  # `국민은행과 포스코는 … 21일과 14일 열기로`: members paired with dates of their own, not one day's
    squashed_title = _squashed(title)
    clause = [(k, t) for k, t in enumerate(tokens) if begin <= t.start < stop and not date_start <= t.start < date_end]
    if any(t.tag.startswith("VV") and t.form in _SYMMETRIC_VERBS or t.form in _SYMMETRIC_NOUNS
           or (t.form in ("시작", "필두") and k + 1 < len(tokens) and tokens[k + 1].form in ("으로", "로"))
           for k, t in clause):
        return []  # sides of one happening (`공동 개최하는`), or a sequence (`… 것을 시작으로`)
    for k, t in clause:
        topic = t.tag == "JX" and t.form in ("은", "는", "도")
        if not (t.tag in _ARGUMENT_MARKS or topic):
            continue
        if topic and any(x.tag == "JKS" for _, x in clause if x.start > t.start):
            continue  # `경북은 … 기온이 … 그치겠다`: a topic whose clause has a subject of its own
        # an object's 와/과 is as often a partner (`2개팀과 A매치를 치르고`): objects are parted by commas only
        start = date_end if t.start >= date_end else begin
        members = _members(sentence, tokens, start, k, t.tag != "JKO")
        if len(members) > 1 and _run_of_show(tokens, start, k):
            return []
        if len(members) < 2 or _squashed(members[-1]) not in squashed_title:
            continue
        if _adnominal_after(tokens, k, stop):
            continue  # `A와 B, C가 공동 개최하는 ‘…제막식’이 열린다`: the members belong to a relative clause
        if any(_squashed(member) in squashed_title for member in members[:-1]) or len(set(members)) < len(members):
            return []  # the title already names the members together (`주차시설과 문화관 준공`): read as one
        if any(member in grammar.NOT_HEADS for member in members):
            return []  # `… 진행하는 가운데, 예매가`: a clause's frame, not a member
        if any(not _whole_words(sentence, member) for member in members):
            return []  # a member cut inside a word or a quotation (`볼빨간사춘기(안지영)`, `‘… : Gun, Glory, …’`)
        if any(" 등 " in f" {member} " for member in members):
            return []  # `신세계 건설 등 신세계 계열사와 …`: examples inside a member
        named = re.search(re.escape(members[-1]) + r"(?:이|가|은|는|을|를|도)?(?=\s|$)", title)
        rest = title[named.end():].split() if named else []
        if not rest or len(rest[-1]) < 2:
            # no title of its own to give the others (`…, 장미광장을 거쳐`: the title is the member; `교과서 되`)
            return []
        if any(re.fullmatch(r"[\d.,]+\s*\S{0,2}", member) for member in members):
            return []  # counts (`각각 4개사, 6개사가`), not doers
        # each member in the last one's place, without the last one's particle (`조흥은행이 일제히 실적 발표`)
        return [title[:named.start()] + member + title[named.end():] for member in members]
    return []
