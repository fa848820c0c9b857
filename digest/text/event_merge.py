"""The merge of second tellings: when an event found in an article is one already told there."""

from __future__ import annotations

import re

from digest.text import event_grammar as grammar
from digest.text.event_identity import FoundEvent, _same_word, display_date
from digest.text.event_titles import (
    _HELD_NOUNS,
    _OPENING_CLOSING,
    _PHASES,
    _TAKES_PLACE,
    _common_nouns,
    _happening_word,
    _head_noun,
    _names_within,
    _noun_phrase_before,
)
from digest.text.korean import content_words, tokenize
from digest.text.timex import PRECISIONS, TimeExpr

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
    # a sentence that names its doers one by one itself (`18일에는 A-B(부산), C-D(광양) …전이 일제히 열린다`) is the
    # telling one by one, not a sum of it
    listed = any(e is not event and e.evidence == event.evidence and e.start == event.start for e in found)
    return many and not listed and any(e.evidence != event.evidence and e.start == event.start
                                       and e.precision == "day" for e in found)


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


def _told_again(event: FoundEvent, earlier: FoundEvent) -> bool:
    """The same happening told twice in one article: the same period, and a common noun of one title's
    arguments (not its predicate, not a name: agents recur across events) in the other title
    ("오산중앙청소년문화의집 개관식 개최" and, on the same day, "개관식 진행"; "준공식" and "준공 기념식"), or the
    same title spaced otherwise (`실적 발표`, `실적을발표하고`)."""
    if event.start is None or display_date(event.start, event.precision) != display_date(earlier.start, earlier.precision):
        return False  # the same period at its precision: `1월 21일 혹은 28일` and `1월 말쯤` are both January
    if _another_that_day(event, earlier) or _another_that_day(earlier, event) or _named_apart(event, earlier) \
            or _elsewhere_at_another_hour(event, earlier) or _part_of_a_spread(event, earlier) \
            or _part_of_a_spread(earlier, event):
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
    if _told_in_sentence(event, earlier) or _subject_told_before(event, earlier):
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


def _subjects(sentence: str) -> list[tuple[str, str]]:
    """A sentence's subjects and topics, particles left off: each as its head word (the nouns written together with
    its last noun: `임랑해수욕장` of `임랑해수욕장은`) and its whole noun phrase, spaces left out (`2026학년도중학교입학배정결과`)."""
    tokens, out = tokenize(sentence), []
    for k, t in enumerate(tokens):
        if k == 0 or not (t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는"))) \
                or not tokens[k - 1].tag.startswith(("NNG", "NNP")):
            continue
        j = k - 1
        while j > 0 and tokens[j - 1].tag.startswith(("NNG", "NNP", "SN", "SL")) \
                and tokens[j - 1].start + len(tokens[j - 1].form) == tokens[j].start:
            j -= 1
        first = j
        while first > 0 and tokens[first - 1].tag.startswith(("NNG", "NNP", "SN", "SL", "XSN")):
            first -= 1
        out.append((sentence[tokens[j].start:t.start], re.sub(r"\s", "", sentence[tokens[first].start:t.start])))
    return out


def _subject_told_before(event: FoundEvent, earlier: FoundEvent) -> bool:
    """On one day, a sentence whose subject or topic names what an earlier telling named tells that happening again:

    - its noun phrase, two words or more, is inside the earlier title (`2026학년도 중학교 입학 배정 결과는 … 1월 8일 …
      확인할 수 있다` after `2026학년도 중학교 입학 배정 결과 공개 시간을 오는 8일 …`), or
    - its head word is the earlier sentence's subject or topic or a word of its title, and both titles name the same
      happening (`빈소는 14일 … 추모객들의 조문을 받을 예정` after `휘성의 빈소가 마련된 가운데 14일부터 조문이
      가능해졌다`, `이번 인사청문회는 … 26일부터 이틀간 실시된다` after `… 이한동 총리서리에 대한 인사청문회를 실시한 뒤`);
      not when the subject is that happening itself (`28일엔 … 자료 발표가 예정돼`: another 발표 of the day)."""
    if event.evidence == earlier.evidence or event.precision != "day":
        return False
    title = earlier.title.replace(" ", "")
    subjects = _subjects(event.evidence)
    # two words or more: `대표팀은` is one word however Kiwi splits it, the doer of many happenings
    if any(len(phrase) >= 2 and phrase in title and len(re.findall(r"\S+", _spaced(event.evidence, phrase))) >= 2
           for _, phrase in subjects):
        return True
    word, other = _happening_word(event.title), _happening_word(earlier.title)
    if not word or not other or len(word) < 2 or len(other) < 2 or not (word.endswith(other) or other.endswith(word)):
        return False
    told = {head for head, _ in _subjects(earlier.evidence)}
    return any(len(head) >= 2 and (head in told or head in title) and not head.endswith(word) and not word.endswith(head)
               for head, _ in subjects)


def _spaced(sentence: str, squashed: str) -> str:
    """The stretch of `sentence` that, spaces left out, is `squashed`."""
    pattern = r"\s*".join(re.escape(c) for c in squashed)
    m = re.search(pattern, sentence)
    return m.group(0) if m else squashed


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


_QUOTED_NAME = re.compile(r"[‘'\"“「『]([^’'\"”」』]{2,40})[’'\"”」』]")


def _named_apart(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"광산구는 18일 … ‘2025 광산세계야시장’ 축제를 개최한다" and "북구는 오는 18일 … ‘다북다북 책축제’를 개최한다":
    each title carries a name its sentence quotes, and the names differ: two happenings, however alike their words."""
    if event.evidence == earlier.evidence:
        return False
    names = []
    for e in (event, earlier):
        title = re.sub(r"\s", "", e.title)
        quoted = [re.sub(r"\s", "", m) for m in _QUOTED_NAME.findall(e.evidence)]
        names.append([q for q in quoted if q in title])
    return bool(names[0]) and bool(names[1]) and not any(a in b or b in a for a in names[0] for b in names[1])


_HOUR = re.compile(r"(?:오전|오후|새벽|아침|저녁|밤|낮)\s*(\d{1,2})시(?:\s*(\d{1,2})분)?")
_PLACE = re.compile(r"([가-힣A-Za-z0-9]{2,})에서(?![가-힣])")


def _elsewhere_at_another_hour(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"… 평택남부지역기독교연합회는 오후 2시 30분 평택대학교 90주년 기념관에서 부활절 연합예배를 연다" and "안성시
    기독교총연합회는 오후 4시 안성성결교회에서 … 연합예배를 개최할 예정이다": two tellings of one day, each at its own
    hour and in its own place, are two happenings."""
    if event.evidence == earlier.evidence:
        return False
    hours = [_HOUR.findall(e.evidence) for e in (event, earlier)]
    places = [set(_PLACE.findall(e.evidence)) for e in (event, earlier)]
    return len(hours[0]) == 1 and len(hours[1]) == 1 and hours[0] != hours[1] \
        and bool(places[0]) and bool(places[1]) and not places[0] & places[1]


_SPREAD = re.compile(r"(?:지역|권역|시군|시·군|읍면|읍·면|구|동)별로|곳곳에서")


def _part_of_a_spread(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"… 오는 21일 지역별로 부활절 연합예배를 올린다" and then "평택 북부지역기독교연합회는 이날 오전 5시 은혜중·고등학교
    대강당에서 … 연합예배를 진행한다": a happening told as spread over places is the sum of those told later in a place
    of their own, each another happening."""
    return event.evidence != earlier.evidence and bool(_SPREAD.search(earlier.evidence)) \
        and not _SPREAD.search(event.evidence) and bool(_PLACE.search(event.evidence))


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
        # (a weekday may gloss the day: `AK플라자도 목요일인 31일부터`)
        if t.tag == "JX" and t.form == "도" and k > 0 and grammar.is_noun(tokens[k - 1]) and k + 1 < len(tokens) \
                and re.match(r"\s*(?:[월화수목금토일]요일인\s*)?\d", event.evidence[t.start + t.len:]):
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


def _told_once_coarsely(coarse: FoundEvent, found: list[FoundEvent]) -> bool:
    """"국내 전시회 가운데 가장 큰 규모의 전시회가 오는 9월 일산 킨텍스에서 열린다" and "… 다음달 28일부터 나흘간 일산
    킨텍스에서 제1회 한국산업대전을 개최한다", "… 내년 1월 중순 변론을 종결하기로" and "1월 12일 재판을 종결해야": the one
    happening of a kind (the same predicate) told finer inside a coarse telling's period is what the coarse telling
    names, when the coarse one names no one (no proper noun) the finer telling leaves out and is told in another
    sentence (two launches coordinated in one sentence are two)."""
    if coarse.start is None or coarse.end is None or coarse.precision in ("day", "none") or _each_of_many(coarse):
        return False  # "이번 주부터 각 부처의 신년 업무보고": a series, of which one ministry's report is one
    verb = coarse.title.split()[-1]
    if len(verb) < 2 or not _common_nouns(verb):
        return False
    finer = [e for e in found if e is not coarse and e.start is not None and e.precision in PRECISIONS
             and PRECISIONS.index(e.precision) < PRECISIONS.index(coarse.precision)
             and coarse.start <= e.start <= coarse.end and e.title.split()[-1] == verb]
    if len(finer) != 1 or finer[0].evidence == coarse.evidence:
        return False  # "갤럭시S10을 3월 초 출시하고 갤럭시 폴더블폰을 올해 상반기 중 출시할 예정": two launches told together
    names = [t.form for t in tokenize(coarse.title) if t.tag in ("NNP", "SL") and len(t.form) > 1]
    return all(n in finer[0].evidence or n in finer[0].title for n in names)


def _named_head(title: str) -> str | None:
    """The name a title's predicate is said of: the word right before it when that word is only a name, quoted
    (`'피고인'`) or proper nouns and foreign words (`APEC`); else None."""
    words = title.split()
    if len(words) < 2:
        return None
    quoted = re.fullmatch(r"['‘\"“<《「]([^'’\"”>》」]{2,})['’\"”>》」]", words[-2])
    if quoted:
        return quoted.group(1)
    tokens = tokenize(words[-2])
    return words[-2] if len(words[-2]) > 1 and tokens and all(t.tag in ("NNP", "SL") for t in tokens) else None


def _told_finer_after(coarse: FoundEvent, found: list[FoundEvent], following: dict[str, str]) -> bool:
    """One happening told at two precisions, the finer telling referring back to the coarse one: the coarse telling
    gives way to a finer one inside its period, told in another sentence, that is about the same thing, by

    - going on without a subject or topic of its own in the sentence right after (`가정의 달인 5월의 첫 전시회는
      ‘코베 베이비페어’가 문을 연다. 5월 4일부터 7일까지 2전시장(7홀)에서 열린다`, `… 5월 … ‘소소한 희노애락’전을
      준비하고 있다. 다음달 14일 개막해 …`), or
    - naming in its title the name the coarse telling says happens (`올해 APEC은 … 열린다` and `… 15~17일 …
      APEC정상회의에 참석한다`, `2017년 상반기 기대작 '피고인'이 출격한다` and `'피고인'이 오는 1월 23일 첫 방송된다`);
      not when the name undergoes what others do (`대가야축제는 … 선정되었을`: a passive of a verbal noun that is no
      holding), nor when the finer happening is held at it (`유엔총회에서 기조연설`)."""
    if coarse.start is None or coarse.end is None or coarse.precision in ("day", "none") \
            or coarse.precision not in PRECISIONS or _each_of_many(coarse):
        return False
    finer = [e for e in found if e.evidence != coarse.evidence and e.start is not None and e.precision in PRECISIONS
             and PRECISIONS.index(e.precision) < PRECISIONS.index(coarse.precision)
             and coarse.start <= e.start <= coarse.end]
    after = following.get(coarse.evidence)
    if after is not None and any(e.evidence == after for e in finer):
        tokens = tokenize(after)
        if not any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는") and k > 0 and grammar.is_noun(tokens[k - 1]))
                   for k, t in enumerate(tokens)):
            return True
    name, verb = _named_head(coarse.title), coarse.title.split()[-1]
    if name is None or (verb not in _HELD_NOUNS and re.search(re.escape(verb) + r"\s?(?:되|돼|됐|됩)", coarse.evidence)):
        return False
    return any(re.sub(r"\s", "", name) in e.title.replace(" ", "")
               and not re.search(re.escape(name) + r"\S*에서\s", e.title) for e in finer)


# `X를 시작으로`, `X를 필두로`: X is the first step of what the clause goes on to enter
_FIRST_STEP = re.compile(r"([^\s,]+)\s*(?:을|를)\s+(?:시작으로|필두로)\s")


def _entered_on_first_step(series: FoundEvent, found: list[FoundEvent]) -> bool:
    """"여야가 이달 31일 예산안 공청회를 시작으로 내년도 예산안 심사를 위한 절차에 본격 돌입한다" with "31일 예산안
    공청회, …를 진행한다", "… 다음달 7일부터 … 준플레이오프(3전2선승제)를 시작으로 포스트시즌에 들어간다" with "프로야구
    포스트시즌이 다음달 7일 개막된다": what a series entered with its first step (`X를 시작으로`) does on that step's day
    is that step, or the series' start, told by another sentence as a happening of its own (naming the step, or the
    series by a word of what is entered); the series is no happening more."""
    first = _FIRST_STEP.search(series.evidence)
    if first is None or series.precision != "day" or series.start is None:
        return False
    step = re.sub(r"\(.*$", "", first.group(1))
    if series.title.split()[-1].startswith(step):
        return False  # the step itself (`예산안 공청회`), not the series entered after it
    entered = re.split(r"(?:시작으로|필두로)\s", series.title)[-1]
    words = {t.form for t in tokenize(entered) if t.tag in ("NNG", "NNP") and len(t.form) > 1}
    return any(e is not series and e.precision == "day" and e.start == series.start and e.evidence != series.evidence
               and (step in e.title or words & set(e.title.split())) for e in found)
