"""Which words of a clause name a happening, and which dates in it date none: read from Kiwi's tags.

A happening is told by a predicate, and Korean builds most of them the same few ways, whatever the noun:
- a Sino-Korean verbal noun with the verb suffix 하/되/시키 (Kiwi: NNG + XSV): `교육을 실시한다`, `개통된다`;
- a noun before a plan marker: `개최 예정`, `착공 계획`, `준공할 방침` (the verbal noun's own 하 comes first);
- a noun as the argument of a light verb that only says "it takes place": `입학식을 갖고` (Kiwi lemmatises
  가졌다 to 가지), `본회의를 열어` (연다 to 열), `공사에 들어가`, `선거를 치른다`, `막을 내렸다`, `막이 오른`,
  `경기가 펼쳐진다`.
So no list of event nouns is needed: `모집`, `발급`, `착공`, `선고` are found because of how they are used.

Dates that date no happening are also told by grammar, not by words:
- a limit: `X까지` with no `부터` start (a deadline or a term: `다음달 18일까지 접수`, `2030년까지 연장계약`),
  `X 이전/이후` (a cut-off: `12월 31일 이전 출생자`), `X 내에/이내` (a time limit);
- a name: a year that starts a noun phrase ending in a plan or document noun (`2035년 도시기본계획`) or
  fused with 도 (`2021년도 제22기 ...`);
- an aggregate or a statistic: the clause's subject is a quantity (`4500명이 찾았다`) or it compares
  (`전년 대비`, `보다`); a count of doers with an object (`5개사가 청약을 받을 예정`) is one happening, not a tally.
  A share, level or rank given by a number as object or goal (`2위를 차지`, `70% 수준으로 유지`) is a figure.
"""

from __future__ import annotations

import re

from digest.text.korean import Token

# The verb suffix that turns a noun into a predicate (XSA, 하 of an adjective, names a quality: 공정하다).
VERB_SUFFIXES = ("XSV",)
# Light verbs: the happening is their noun argument. Lemmas as Kiwi gives them (가졌다 -> 가지, 연다 -> 열).
LIGHT_VERBS = frozenset("갖 가지 열 열리 들어가 치르 치러지 내리 오르 마치 이뤄지 이루어지 받 거치 펼치 펼쳐지 벌이".split())
# Light verbs only with an object and announced (`면접을 보며`, `절차를 밟는다`): with 이/가 or 에 they mean other things.
OBJECT_LIGHT_VERBS = frozenset("보 내 밟".split())
# Verbs of weather (`눈이 올 것으로`, `바람이 불 것으로`, `장맛비를 뿌릴`): what falls or blows is a happening of
# nature on its day, as `비가 내리겠다` is by the light verb 내리. These verbs take other arguments too (`손님이 오다`,
# `씨를 뿌리다`), so only the nouns of rain, snow and wind are theirs here.
WEATHER_VERBS = frozenset("오 불 뿌리 쏟아지".split())
WEATHER_NOUNS = frozenset("비 눈 장맛비 소나기 바람 강풍 돌풍 폭우 호우 폭설 우박 진눈깨비 빗줄기".split())
# Nouns that mark what comes before them as planned ("개최 예정", "착공 계획", "준공을 목표로").
PLAN_NOUNS = frozenset("예정 계획 방침 목표".split())
# Nouns that name a document or plan: a year before a phrase ending in one is part of its name.
DOCUMENT_HEADS = PLAN_NOUNS | frozenset("기본계획 전략 로드맵 방안 비전 예산 예산안 추경 일정".split())
NOUN_TAGS = ("NNG", "NNP", "SL")
# After a date these make it a limit or a length, not the day of a happening.
LIMIT_WORDS = ("까지", "이전", "이후", "이내", "내에", "내로", "동안", "간", "만에", "째", "대비", "보다")
SPAN_START = "부터"


def is_noun(t: Token) -> bool:
    return t.tag.startswith(NOUN_TAGS)


def verbal_noun(tokens, i: int) -> bool:
    """`실시/NNG 하/XSV`: a noun made a predicate by its suffix."""
    return (is_noun(tokens[i]) and i + 1 < len(tokens) and tokens[i + 1].tag in VERB_SUFFIXES
            and tokens[i + 1].form in ("하", "되", "시키")) or decided(tokens, i) or made_into(tokens, i)


def made_into(tokens, i: int) -> bool:
    """`상품/NNG 화/XSN 하/XSV` (`상품화할 계획`, `의무화된다`): a noun with the suffix 화 fused to it names a change
    brought about, and with 하/되 it is a verbal noun like any other; Kiwi splits the suffix off the noun."""
    if not (is_noun(tokens[i]) and i + 2 < len(tokens)):
        return False
    suffix, verb = tokens[i + 1], tokens[i + 2]
    return (suffix.tag == "XSN" and suffix.form == "화" and suffix.start == tokens[i].start + tokens[i].len
            and verb.tag in VERB_SUFFIXES and verb.form in ("하", "되", "시키"))


def noun_form(tokens, i: int) -> str:
    """The verbal noun at i as written: `상품화` with its fused suffix, else the noun itself."""
    return tokens[i].form + "화" if made_into(tokens, i) else tokens[i].form


def decided(tokens, i: int) -> bool:
    """`처리키로 했다`: news contracts a verbal noun's `하기로 하다` (decided to) to `키로 하다`, which Kiwi reads as
    the noun 키 with 로 and the verb 하; the noun before the fused 키 is the predicate decided on."""
    if not (is_noun(tokens[i]) and len(tokens[i].form) > 1 and i + 3 < len(tokens)):
        return False
    ki, ro, ha = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    return (ki.form == "키" and ki.start == tokens[i].start + tokens[i].len and ro.form == "로" and ro.tag == "JKB"
            and ha.form == "하" and ha.tag.startswith("VV"))


def elided_predicate(tokens, i: int) -> bool:
    """`업무보고를 청취, ...`: a noun that takes an object and closes its clause with a comma or a full stop is a
    verbal noun whose 하다 was dropped, news style."""
    t = tokens[i]
    # a prefix fused to the noun stays with it (`임시국회를 재소집,`: 재/XPN 소집)
    k = i - 1 if i > 1 and tokens[i - 1].tag == "XPN" and tokens[i - 1].start + tokens[i - 1].len == t.start else i
    return (is_noun(t) and len(t.form) > 1 and k > 0 and tokens[k - 1].tag == "JKO"
            and (i + 1 == len(tokens) or (tokens[i + 1].tag in ("SP", "SF") and tokens[i + 1].form in (",", "."))))


def quoted_intent(tokens, i: int) -> bool:
    """`도약하겠다는 포부`: the predicate is a quoted wish or claim modifying a noun, not a happening."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    return j < len(tokens) and tokens[j].tag == "ETM" and tokens[j].form in ("다는", "라는", "자는", "냐는", "단", "란")


def expected_condition(tokens, i: int) -> bool:
    """The predicate at i ends in the plain conditional -면 (`부지가 결정되면`, `표결 처리가 끝나면`): with a date of its
    own, a step expected then that the next one waits on, not a supposition (`-다면`, `-더라도`) or a purpose (`-려면`)."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        if is_past(tokens[j]):
            return False
        j += 1
    return j < len(tokens) and tokens[j].tag == "EC" and tokens[j].form in ("면", "으면")


def leads_into(tokens, i: int) -> bool:
    """`인사들을 초청해 행사를 개최한다`: the predicate at i is joined by -어/-아 to the one after it, the
    clause's main happening."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    return j < len(tokens) and tokens[j].tag == "EC" and tokens[j].form in ("어", "아", "여", "어서", "아서")


def defines_noun(tokens, i: int) -> bool:
    """`... 구매한 구매자이다`: the predicate describes a noun that is itself the predicate (eligibility,
    definition), so the date bounds who or what, not when something happens."""
    if not modifies_noun(tokens, i):
        return False
    j = i + 1
    while j < len(tokens) and not tokens[j].tag == "ETM":
        j += 1
    k = j + 1
    while k < len(tokens) and (is_noun(tokens[k]) or tokens[k].tag in ("XSN", "NNB")):
        k += 1
    return k < len(tokens) and tokens[k].tag == "VCP"


# Words that make a time recur (each month, every year): the clause tells a routine, not one happening.
DISTRIBUTIVE = frozenset("매월 매달 매년 매해 매주 매일 해마다 달마다".split())


def recurs(tokens, begin: int, stop: int) -> bool:
    return any(begin <= t.start < stop and t.form in DISTRIBUTIVE for t in tokens)


# Adverbs of habit: `보통 하반기 전략폰을 9월초 … 공개했다`, `통상 2월 말 … 공개해왔지만`: what is usually done then.
# Adverbs only (Kiwi: MAG), or `통상적으로`: the noun 통상 is trade (`통상장관 회담`), and `주로` (mainly) says what
# a happening is mostly about, not that it recurs.
HABITUAL = frozenset("보통 통상 대개 으레 흔히 매번".split())


def habitual(tokens, begin: int, stop: int) -> bool:
    """An adverb of habit in the clause: the date names when something is usually done, not one happening."""
    return any(begin <= t.start < stop and ((t.tag == "MAG" and t.form in HABITUAL) or (
        t.form == "통상" and k + 2 < len(tokens) and tokens[k + 1].form == "적" and tokens[k + 2].form in ("으로", "로")))
        for k, t in enumerate(tokens))


# Parts of the week. Said bare (no 이번/다음/지난, no day number), they name a kind of day as often as a day.
WEEK_PART = re.compile(r"[월화수목금토일]요일|주말|평일|주중")
_WEEK_GROUPS = ("주말", "평일", "주중")


def routine_weekday(sentence: str, tokens, start: int, end: int) -> bool:
    """`이용객이 집중되는 금요일 저녁시간대 ... 열차가 신설된다`, `평일 9시부터 ..., 주말 10시부터 ... 개방된다`, `주중에는
    ..., 주말에는 ... 운행한다`: a bare part of the week that a clause describes, that opens a time slot or opening
    hours, or that is set against another part of the week, names a kind of day in a timetable, not a date."""
    if WEEK_PART.fullmatch(sentence[start:end]) is None or re.search(r"(?:이번|다음|지난|오는|올|금주|내주|차주)\s*(?:주\s*)?$",
                                                                     sentence[:start]):
        return False
    after = sentence[end:]
    if re.match(r"\s*\(\s*\d", after):
        return False  # "수요일(21일)": the day is named
    if any(t.start + t.len <= start and (t.form in DISTRIBUTIVE or (t.tag == "MM" and t.form == "매")) for t in tokens):
        return True  # "매주 수, 목, 금요일에는 …, 토, 일요일이나 휴일에는 …", "매 시즌 일요일에": every such day
    before = [t for t in tokens if t.start + t.len <= start]
    described = bool(before) and before[-1].tag == "ETM"
    slot = re.match(r"\s*(?:(?:오전|오후|저녁|낮|밤|새벽)\s*)?(?:시간대|마다|\d{1,2}시(?:\s*\d{1,2}분)?\s*부터)", after) is not None
    parts = {m.group() for m in WEEK_PART.finditer(sentence)}
    contrasted = len(parts) > 1 and any(g in parts for g in _WEEK_GROUPS)
    # "19일부터 오는 21일까지 … 주말 3연전을 치른다": after a day the sentence names, a part of the week right before a
    # noun is the kind of that noun (a weekend series), not another date
    noun = next((t for t in tokens if t.start >= end), None)
    kind = re.search(r"\d{1,2}\s*일", sentence[:start]) is not None and noun is not None \
        and noun.start == end + 1 and noun.tag in ("SN", "NNG", "NNP")
    return described or slot or contrasted or kind


def hypothetical(tokens, i: int) -> bool:
    """The predicate at i (a noun with 하, or a verb) is only a maybe, wished, denied or conditional:
    `발생할 수도 있다`, `볼 수 없다`, `찾고 싶은`, `이뤄지지 못할 경우`, `개최되면`. A plain `-ㄹ 수 있다` in a dated
    clause is not: news tells by it what can be done then (`8일 오후 3시부터 구매할 수 있다`, `내년에 신모델도 소개할 수
    있다`), a window that opens or a plan, as labelled in the dev articles."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    if j + 1 < len(tokens) and tokens[j].tag == "ETM" and tokens[j].form.endswith("ᆯ") \
            and tokens[j + 1].form in ("수", "경우") and tokens[j + 1].tag in ("NNB", "NNG") \
            and not (tokens[j + 1].form == "수" and j + 2 < len(tokens) and tokens[j + 2].form == "있"):
        return True
    if j + 1 < len(tokens) and tokens[j].tag == "EC" and tokens[j].form in ("고", "지", "지도") \
            and tokens[j + 1].tag.startswith("VX") and tokens[j + 1].form in ("싶", "못하", "않"):
        return True
    if j + 2 < len(tokens) and tokens[j].tag == "ETM" and tokens[j + 1].form in PLAN_NOUNS \
            and tokens[j + 2].tag == "VCP" and j + 3 < len(tokens) and tokens[j + 3].tag == "EP":
        return True  # "착공될 예정이었던": a plan that was, superseded
    if j + 1 < len(tokens) and tokens[j].tag == "EC" and tokens[j].form in ("어", "아") \
            and tokens[j + 1].tag.startswith("VX") and tokens[j + 1].form == "오":
        return True  # "취급해 오고 있다": going on since, not happening then
    return j < len(tokens) and tokens[j].tag == "EC" and tokens[j].form in ("면", "으면", "다면", "더라도", "려면", "으려면")


# Verbs that with -어/-고 work as postpositions or frame the clause (`위해`, `통해`, `따라`, `맞아`, `앞두고`, `X를 두고`,
# `X를 놓고`): no clause of their own ends at them.
FRAMING_VERBS = frozenset("위하 통하 대하 따르 의하 관하 비롯하 맞 앞두 인하 걸치 포함하 제외하 잇 대비하 두 놓".split())
# Connectives that end a clause and open another (`끝내고`, `올렸으나`, `마쳤지만`, `열었는데`, `도착해서`)
CLAUSE_ENDS = frozenset("고 으나 나 지만 는데 ᆫ데 은데 으며 며 면서 으면서 어서 아서 여서 서 니까 으니까".split())


def closes_clause(tokens, i: int) -> bool:
    """The verb at i ends its clause with a connective and opens the next (`단장작업을 이달 중순께 모두 끝내고 …
    개관식과 리허설을 거친후`, `이듬해 … 건물을 올렸으나 … 분산돼`): a date before it belongs to this clause, so a happening
    named after it is another clause's, not the date's. Not an auxiliary construction (`하고 있다`, `하고 싶다`)."""
    t = tokens[i]
    if not t.tag.startswith("VV") or t.form in FRAMING_VERBS:
        return False
    j = i + 1
    while j < len(tokens) and tokens[j].tag == "EP":
        j += 1
    if not (j < len(tokens) and tokens[j].tag == "EC" and tokens[j].form in CLAUSE_ENDS):
        return False
    if j + 1 < len(tokens) and tokens[j + 1].tag.startswith("VX"):
        return False
    # "중요성을 알리고 … 향상을 위해": a clause joined inside a framing one (`위해`) is part of it, not the date's end
    after = next((u for u in tokens[j + 1:] if u.tag.startswith(("VV", "XSV", "VA", "VCP"))), None)
    return after is None or after.form not in FRAMING_VERBS


def told_tense(tokens, i: int) -> str | None:
    """How the predicate at i is told: "ahead" for a plan or forecast (`점검할 예정`, `열 계획`, `열겠다`, `열 것이다`),
    "was" for the past retrospective that describes what used to be or was to be (`실시됐던`, `개최되기로 했던`),
    else None."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "XSA"):
        j += 1
    if j + 2 < len(tokens) and tokens[j].tag == "ETN" and tokens[j].form == "기" and tokens[j + 1].form == "로" \
            and tokens[j + 2].form == "하":
        j += 3  # `개최되기로 했던`: the plan's own 하다
    past = False
    while j < len(tokens) and tokens[j].tag == "EP":
        past = past or is_past(tokens[j])
        if tokens[j].form == "겠":
            return "ahead"
        j += 1
    if j >= len(tokens):
        return None
    if tokens[j].tag == "ETM" and tokens[j].form == "던" and past:
        return "was"
    if not past and tokens[j].tag == "ETM" and tokens[j].form == "ᆯ" and j + 1 < len(tokens) \
            and (tokens[j + 1].form in PLAN_NOUNS or (tokens[j + 1].form == "것" and tokens[j + 1].tag == "NNB")):
        return "ahead"
    return None


def spaced_compound(tokens, i: int) -> str | None:
    """The verb at i with its one-syllable object as one compound verb written apart (`첫 선을 보였지만` for
    선보이다), else None."""
    t = tokens[i]
    if i >= 2 and t.tag.startswith("VV") and tokens[i - 1].tag == "JKO" and tokens[i - 2].tag == "NNG" \
            and len(tokens[i - 2].form) == 1:
        return tokens[i - 2].form + t.form
    return None


def is_past(t) -> bool:
    """The token is the past tense's pre-final ending (었/았/였, contracted ㅆ)."""
    return t.tag == "EP" and t.form in ("었", "았", "였", "ㅆ")


def past_marked(tokens, i: int) -> bool:
    """The verb at i carries the past tense (`나왔다`: 나오/VV 았/EP)."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        if is_past(tokens[j]):
            return True
        j += 1
    return False


# Verbs that say a thing comes out (`명단이 나온다`, `보고서는 27일 나온다`): what comes out is released then. Only as
# announced: a past `나왔다` is said of opinions and criticism (`지적이 나왔다`) as often as of reports.
RELEASE_VERBS = frozenset({"나오"})


def released(tokens, i: int) -> bool:
    """The verb at i says its subject comes out on the date: a release, announced, not a wish or a condition."""
    t = tokens[i]
    done = i + 1 < len(tokens) and tokens[i + 1].tag == "ETM" and tokens[i + 1].form in ("ᆫ", "은")  # `나온 바 있다`
    # `... 늦어질 수 있다는 우려가 나온다`: a subject that a quoted clause describes is something said, not released
    said = i >= 3 and tokens[i - 1].tag == "JKS" and tokens[i - 3].tag == "ETM" and tokens[i - 3].form.endswith(("다는", "라는"))
    return (t.tag.startswith("VV") and t.form in RELEASE_VERBS and not past_marked(tokens, i) and not done and not said
            and not hypothetical(tokens, i) and not quoted_intent(tokens, i))


def planned_existence(tokens, i: int) -> int | None:
    """`대표연설이 있을 예정이다`: a noun said to be there as planned (있다 before a plan noun) takes place; the index
    of that subject noun, else None."""
    if i < 2 or tokens[i].form != "있" or not tokens[i].tag.startswith(("VA", "VV")):
        return None
    if not (i + 2 < len(tokens) and tokens[i + 1].tag == "ETM" and tokens[i + 1].form in ("ᆯ", "을")
            and tokens[i + 2].form in PLAN_NOUNS and tokens[i + 2].tag == "NNG"):
        return None
    if tokens[i - 1].tag == "JKS" and is_noun(tokens[i - 2]) and len(tokens[i - 2].form) > 1:
        return i - 2
    return None


def dated_existence(tokens, i: int, begin: int) -> int | None:
    """`내년 2월 10∼12일 원서접수가 있으며`: a noun phrase right after its date (nouns only), said to be there (있다,
    not in the past tense), takes place on that date; the index of that subject noun, else None."""
    if i < 2 or tokens[i].form != "있" or not tokens[i].tag.startswith(("VA", "VV")) or tokens[i - 1].tag != "JKS" \
            or not is_noun(tokens[i - 2]) or len(tokens[i - 2].form) < 2:
        return None
    if i + 1 < len(tokens) and is_past(tokens[i + 1]):
        return None  # "40만대가 팔린 적이 있다" is no happening; "… 있었다" tells of the past
    phrase = [t for t in tokens[:i - 1] if t.start >= begin]
    while phrase and phrase[0].tag in ("JKB", "JX"):
        phrase = phrase[1:]  # "10일에는"
    if not phrase or not all(is_noun(t) or t.tag in ("SN", "NNB", "XSN") for t in phrase):
        return None  # only the subject's own nouns between the date and the subject marker
    return i - 2


def planned_noun(tokens, i: int) -> bool:
    """`개최 예정`, `착공 계획`: a noun right before a plan noun that is not itself an object."""
    return (is_noun(tokens[i]) and i + 1 < len(tokens) and tokens[i + 1].form in PLAN_NOUNS
            and tokens[i + 1].tag == "NNG" and not (i + 2 < len(tokens) and tokens[i + 2].tag == "JKO")
            and tokens[i + 1].start > tokens[i].start + tokens[i].len)  # "개최 예정", not the compound "도시계획"


SCHEDULING_NOUNS = frozenset("확정 예정 결정".split())


def scheduled_object(tokens, i: int) -> bool:
    """`컴백을 확정 지었다`, `신규취항을 예정하고 있다`: a noun that is the object of a verb fixing when something
    happens (확정·예정·결정 with 하다/되다/짓다) is the happening the clause's date is set for."""
    if not (is_noun(tokens[i]) and len(tokens[i].form) > 1 and i + 3 < len(tokens) and tokens[i + 1].tag == "JKO"):
        return False
    verb, suffix = tokens[i + 2], tokens[i + 3]
    return (verb.form in SCHEDULING_NOUNS and verb.tag == "NNG"
            and (suffix.tag in VERB_SUFFIXES or (suffix.tag.startswith("VV") and suffix.form == "짓"))
            and not hypothetical(tokens, i + 3))


def light_verb_argument(tokens, i: int) -> int | None:
    """Index of the light verb when tokens[i] is its argument (`입학식을 갖고`, `공사에 들어가`), else None."""
    if not is_noun(tokens[i]) or i + 2 >= len(tokens):
        return None
    particle, verb = tokens[i + 1], tokens[i + 2]
    if (particle.tag in ("JKO", "JKS") or particle.form == "에") and verb.tag.startswith("VV") \
            and verb.form in LIGHT_VERBS and not hypothetical(tokens, i + 2) and not quoted_intent(tokens, i + 2):
        return i + 2
    if (particle.tag in ("JKO", "JKS") and verb.tag == "VV" and verb.form in WEATHER_VERBS
            and tokens[i].form in WEATHER_NOUNS and not hypothetical(tokens, i + 2) and not quoted_intent(tokens, i + 2)):
        return i + 2
    if particle.tag == "JKO" and verb.tag == "VV" and verb.form in OBJECT_LIGHT_VERBS and not hypothetical(tokens, i + 2) \
            and not quoted_intent(tokens, i + 2) and not past_marked(tokens, i + 2) \
            and not (i + 3 < len(tokens) and tokens[i + 3].tag == "ETM" and tokens[i + 3].form in ("ᆫ", "은")):
        # "면접을 보며", "공모 절차를 밟는다": announced, the object is what takes place; told as done (`피해를 본`,
        # `합의를 봤다`) these verbs report an outcome as often as a happening
        return i + 2
    if particle.tag == "JKO" and verb.tag == "VV" and verb.form == "하" and (len(tokens[i].form) > 1 or _ordinal_glued(tokens, i)) \
            and tokens[i].tag == "NNG" and not hypothetical(tokens, i + 2) and not quoted_intent(tokens, i + 2):
        return i + 2  # "국회 업무보고를 한다": the plain verb 하다 with a noun object says the noun takes place
    if particle.tag == "JKO" and verb.form == "시작" and i + 3 < len(tokens) and tokens[i + 3].form in ("으로", "로"):
        return i + 2  # "2019년 실시설계를 시작으로": the first step of a sequence is a happening of its own
    if particle.tag == "JKO" and verb.tag == "VV" and verb.form == "올리" and tokens[i].form == "막" \
            and not hypothetical(tokens, i + 2):
        return i + 2  # "9개월 대장정의 막을 올린다": raising the curtain opens, as 막이 오르다 does
    if particle.tag == "JKS" and verb.form == "가능" and i + 3 < len(tokens) and tokens[i + 3].tag == "XSA":
        return i + 2  # "28일부터 여권 신청이 가능하다": what becomes possible then
    return None


def _ordinal_glued(tokens, i: int) -> bool:
    """`1차전을 한다` (1/SN 차/NNB 전/NNG): a one-syllable noun written together with an ordinal before it."""
    return i >= 2 and tokens[i - 1].tag == "NNB" and tokens[i - 1].form == "차" and tokens[i - 2].tag == "SN" \
        and tokens[i - 2].start + tokens[i - 2].len == tokens[i - 1].start \
        and tokens[i - 1].start + tokens[i - 1].len == tokens[i].start


def subject_after(tokens, end: int) -> tuple[int, int] | None:
    """Token span of the noun phrase right after a date when it is the clause's topic or subject
    (`이날 개관식은`, `올해 축제가`), else None."""
    k = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
    first = k
    while k < len(tokens) and (is_noun(tokens[k]) or tokens[k].tag in ("SN", "XSN", "XPN", "NNB")):
        k += 1
    if k == first or k >= len(tokens):
        return None
    particle = tokens[k]
    if particle.tag == "JKS" or (particle.tag == "JX" and particle.form in ("은", "는")):
        return first, k
    return None


# Bound nouns after an adnominal make a construction (`착공한 데 이어`, `완공되는 등`), not a described noun.
# "발표한 뒤", "착공한 후": after an adnominal, a time noun makes the predicate the dated happening itself.
# Verbs saying a happening takes place (`열리는 영화제`, `치러질 선거`); a verbal noun with 되 says it too (`개최되는`)
HELD_VERBS = frozenset("열리 치러지 펼쳐지 개막하 시작하".split())
# ... which Kiwi may read as the active stem and the passive auxiliary (`치러지는` -> 치르/VV 어/EC 지/VX 는/ETM)
_HELD_ACTIVES = frozenset("치르 펼치".split())


def held_verb_end(tokens, j: int) -> int | None:
    """Index after a verb saying a happening takes place at j (`열리`, `치러지` in one morpheme or as 치르 어 지), else None."""
    if j < len(tokens) and tokens[j].tag == "VV" and tokens[j].form in HELD_VERBS:
        return j + 1
    if j + 2 < len(tokens) and tokens[j].tag == "VV" and tokens[j].form in _HELD_ACTIVES \
            and tokens[j + 1].tag == "EC" and tokens[j + 1].form in ("어", "아") \
            and tokens[j + 2].tag == "VX" and tokens[j + 2].form == "지":
        return j + 3
    return None


def held_noun(tokens, i: int) -> tuple[int, int] | None:
    """The noun phrase that the clause starting at i says takes place (`열리는 제24회 부산국제영화제`, `열릴 예정인
    이 사건 8차공판`, `개최되는 회의`): (first, last) token indexes, or None."""
    j = i
    if (after := held_verb_end(tokens, j)) is not None:
        j = after
    elif j + 1 < len(tokens) and verbal_noun(tokens, j) and tokens[j + 1].form == "되":
        j += 2
    else:
        return None
    if j >= len(tokens) or tokens[j].tag != "ETM":
        return None
    j += 1
    if j + 2 < len(tokens) and tokens[j].form in PLAN_NOUNS and tokens[j + 1].tag == "VCP" and tokens[j + 2].tag == "ETM":
        j += 3  # "열릴 예정인 8차공판"
    while j < len(tokens) and tokens[j].tag == "MM":
        j += 1  # "이 사건"
    first = j
    # "지난해 5월 열린 제9차 한중일 정상회담 이후 3국 협력 상황을": a time noun ends the phrase, the rest is another
    while j < len(tokens) and (is_noun(tokens[j]) or tokens[j].tag in ("SN", "NNB", "XPN", "XSN")) \
            and not (j > first and tokens[j].form in AFTER_NOUNS | BEFORE_NOUNS):
        j += 1
    if j == first or not any(is_noun(t) for t in tokens[first:j]) or tokens[first].form in NOT_HEADS:
        return None  # "편성될 예정이다": a plan's verb, not a noun it describes
    return first, j - 1


# `진행될 전망이다`: a forecast is told the way a plan is (`진행될 예정이다`), not a definition of 전망.
NOT_HEADS = PLAN_NOUNS | frozenset("전망 것 수 바 데 뿐 등 때 중 가운데 뒤 후 직후 이후 전 직전".split())


# Auxiliaries of aspect after a connective: going on (`하고 있`), done up to now or onwards (`해 오`, `해 가`)
_ASPECT = frozenset({("고", "있"), ("어", "오"), ("아", "오"), ("여", "오"), ("어", "가"), ("아", "가"), ("여", "가")})


def modifies_noun(tokens, i: int, not_heads: frozenset[str] = NOT_HEADS) -> bool:
    """The predicate at i ends in an adnominal ending before a noun (`상정된 조례안`, `열리는 카카오의 발표`,
    `예정인 2024 고령 대가야축제`), an auxiliary of aspect between (`개발하고 있는 MMORPG`): it describes that noun.
    Nouns in `not_heads` (`할 예정`) do not count."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "XSA", "EP", "VCP"):
        j += 1
    while j + 1 < len(tokens) and tokens[j].tag == "EC" and tokens[j + 1].tag == "VX" \
            and (tokens[j].form, tokens[j + 1].form) in _ASPECT:
        j += 2   # `하고 있는`, `해 온`: the auxiliary says how long or how far, the clause still describes the noun
        while j < len(tokens) and tokens[j].tag == "EP":
            j += 1
    if not (j < len(tokens) and tokens[j].tag == "ETM"):
        return False
    k = j + 1
    while k < len(tokens) and (tokens[k].tag in ("SSO", "SN") or (  # "공유하는 ‘데브데이 익스체인지’", "2010청주..."
            tokens[k].tag == "XPN" and k + 1 < len(tokens) and tokens[k + 1].tag == "SN")):  # "열리는 제98회 …"
        k += 1
    return k < len(tokens) and tokens[k].tag.startswith(("NN", "SL")) and tokens[k].form not in not_heads


def following_word(sentence: str, end: int) -> str:
    """The text right after a date up to the next space, without brackets: `(목)부터` -> `부터`."""
    rest = sentence[end:]
    if rest.startswith("("):
        close = rest.find(")")
        rest = rest[close + 1:] if 0 <= close <= 6 else rest
    return rest.split(" ", 1)[0] if rest and not rest[0].isspace() else ""


_CLOCK = re.compile(r"\s*\d{1,2}시(?:\s*\d{1,2}분)?|\s*(?:한|두|세|네|\d+)\s*(?:달|주일?|개월|일|년)(?=\s*(?:동안|간))")


# a date (with its noun: `설 명절`) as the object of 맞다/앞두다: the occasion something is done for or before
_OCCASION = re.compile(r"\s*\S*[을를]\s+(?:맞아|맞이해|맞이하여|맞아서|앞두고|앞둔)")


# a date as the object of fixing it as something (`X일을 추가 기일로 지정`, `15일을 선거일로 정해`): the happening
# named by the 로 phrase is on that date
_DESIGNATED = re.compile(r"\s*[을를]\s+(?:[가-힣]+\s+){0,2}[가-힣]+?(?:으로|로)\s+(?:지정|확정|결정|정하|정해|정했|정한)")


# a date as the object of 전후하다/기하다 (`21일을 전후해`, `1일을 기해`): around or as of that day, a point in time
_AROUND = re.compile(r"\s*[을를]\s+(?:전후|기)(?:해|하여|해서|로|한)?\s")


# a date as the start of a series (`1월18일을 시작으로 총 8회 개최한다`): the first of them is held that day
_FIRST_OF = re.compile(r"\s*[을를]\s+(?:시작으로|시작해|시작하여|필두로|끝으로|마지막으로)\s")


# a figure told right after a period: `8월(3.4%)`, `지난해 10월(24.9억 달러)`, `11월 4.5% 등으로`: the period is what
# the figure measures (a statistic's month), not when something happens. A count in brackets needs a unit of measure,
# a bare one a percentage, so that `10월 3000명이 참가하는` keeps its month.
_AMOUNT = r"[-+]?\d[\d,.]*(?:\s*(?:조|억|만|천)\s*(?:\d[\d,.]*)?)*\s*"
_FIGURE = re.compile(r"\s*\(\s*" + _AMOUNT + r"(?:%p?|%포인트|포인트|명|원|달러|건|가구|세대|대|톤|배)\s*\)"
                     r"|\s+" + _AMOUNT + r"(?:%p?|%포인트|포인트)(?![가-힣])")
_COARSE_PRECISIONS = ("week", "month", "quarter", "half", "year")

# a date as the baseline of a comparison (`지난해 같은 달에 비해 4.1% 올랐다`, `지난해 8월과 비교해 27만4000명 감소`):
# what is compared with, no happening
_BASELINE = re.compile(r"\s*(?:에\s*비(?:해|하면|해서|하여)|[과와]\s*비교(?:해|하면|하여|한))")


def states_a_figure(sentence: str, end: int, precision: str) -> bool:
    """The period ending at `end` is given with its figure (`8월(3.4%) 3%대에 진입한 뒤`) or compared with
    (`지난해 같은 달에 비해`): a statistic's period, not a day of anything."""
    return bool(_BASELINE.match(sentence, end)) or (precision in _COARSE_PRECISIONS
                                                   and _FIGURE.match(sentence, end) is not None)


def limit_after(sentence: str, end: int) -> str | None:
    """`까지`, `이전`, `동안`, `를`... when the date ending at `end` is a limit, a length or an object, else None.

    A clock time or a length between them is skipped: `26일 오후 6시까지`, `11월 한 달 동안`."""
    clock = _CLOCK.match(sentence, end)
    if clock:
        end = clock.end()
    word = following_word(sentence, end)
    after = sentence[end:].lstrip()
    if not word and after.startswith("이후부터"):
        return None  # "3월 이후부터 폐지해": from then on, a start as `부터` is, not a cut-off
    if not word and after.startswith(("이전", "이후", "이내", "내에", "동안", "전에", "전까지", "전으로", "간 ")):
        return after[:2]
    if word.startswith(("이라는", "라는", "이란")):
        return "name"  # "3일이라는 짧은 회기": a length named, not a day
    if _DESIGNATED.match(sentence, end):
        return None  # "내년 1월 7·9·12일을 추가 기일로 지정하고": the days are what is fixed as the sessions
    if _AROUND.match(sentence, end):
        return None  # "21일을 전후해 여름방학에 들어간다": about that day, still the day of the happening
    if _FIRST_OF.match(sentence, end):
        return None  # "내년 1월18일을 시작으로 총 8회 개최한다": the day the first of them is held
    if word in ("을", "를") or (word[:1] in ("을", "를") and not word[1:2].isalnum()):
        return "object"  # "올해를 기점으로": the date is what is talked about, not when
    if _OCCASION.match(sentence, end):
        return "occasion"  # "설 명절을 맞아 ... 홍보하고 나섰다": the occasion, not when the clause happens
    for limit in LIMIT_WORDS:
        if word.startswith(limit) or (limit == "까지" and word.endswith("까지") and len(word) <= 4):
            return limit
    return None


def starts_span(sentence: str, end: int) -> bool:
    return following_word(sentence, end).startswith(SPAN_START)


def names_a_document(sentence: str, tokens, start: int, end: int, precision: str) -> bool:
    """A year that is part of a name: `2021년도 ...`, `2035년 도시기본계획 수립`, `2024 사업계획을`."""
    if precision != "year":
        return False
    if sentence[end:end + 1] == "도":
        return True
    phrase, after = [], None
    for t in tokens:
        if t.start < end:
            continue
        if not (is_noun(t) or t.tag in ("SN", "XPN", "XSN", "NNB")) or t.form == "등":
            after = t
            break
        phrase.append(t)
    if phrase and phrase[-1].form in PLAN_NOUNS and after is not None and after.tag in ("VCP", "XSV"):
        return False  # "오는 2018년 개통 예정인 용산-장흥 구간": a plan said of the year (예정이다, 계획되다), no name
    # the document noun heads the phrase or is followed by one or two nouns (`도시기본계획 수립`), not buried
    # in a longer compound (`도시계획시설사업 실시설계` is works, not a plan)
    return any(t.form in DOCUMENT_HEADS for t in phrase[-3:])


# Counters of people and cases: a count of them as the subject is a tally ("4500명이 찾았다", "90건이 선정돼").
HEADCOUNTS = frozenset("명 인 건 만명 천명".split())


# Counters of things: a counted noun as the subject (`14개 전시회가 열리는`, `9개 부처 10명의 담당자가 참여`) is
# many happenings or a tally of participants, not one event.
COUNTERS = HEADCOUNTS | frozenset("개 곳 개소 개국 개사 종 팀".split())
# what may stand between a count and the noun it counts, inside one noun phrase (`35개의 크고 작은 전시회가`)
_IN_PHRASE = ("NNG", "NNP", "NNB", "SN", "SL", "JKG", "XSN", "XPN", "VA", "ETM", "EC", "MAG", "MM", "SP", "SO")


def counted_phrase(inside, k: int) -> bool:
    """The count at inside[k] (a number) opens a subject noun phrase that goes on after its counter and ends
    in 이/가 (`14개 전시회가`, `35개의 크고 작은 전문전시회가`; not `다리 22개가`, where the count is predicated)."""
    j = k + 1
    if j < len(inside) and inside[j].tag == "XSN":   # "80여 명"
        j += 1
    if j >= len(inside) or inside[j].form not in COUNTERS:
        return False
    for n, t in enumerate(inside[j + 1:]):
        if t.tag == "JKS":
            return n > 0
        if t.tag.split("-")[0] not in _IN_PHRASE:
            return False
    return False


def describes_something(tokens, i: int) -> bool:
    """The predicate at i is adnominal to a noun other than a plan or 것 (`15개 팀이 참여한 거리퍼레이드`, `80여 명이
    참석한 가운데`): a count in its clause describes that noun or circumstance, not the predicate's event."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "XSA", "EP", "VCP"):
        j += 1
    return j + 1 < len(tokens) and tokens[j].tag == "ETM" and tokens[j + 1].tag.startswith("NN") \
        and tokens[j + 1].form not in PLAN_NOUNS | {"것"}


def circumstance_end(tokens, i: int) -> int | None:
    """End of `-ㄴ 가운데` after the predicate at i (`80여 명이 참석한 가운데`): the clause only sets the scene for
    the sentence's own predicate after it. None when the predicate is not such a clause."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "XSA", "EP", "VCP"):
        j += 1
    if j + 1 < len(tokens) and tokens[j].tag == "ETM" and tokens[j + 1].form == "가운데":
        return tokens[j + 1].start + tokens[j + 1].len
    return None


# Units of time after a number (`9일로 연기`, `3시로 앞당겨`): a day or hour set, not a figure reached
TIME_UNITS = frozenset("일 월 년 시 분 초 주 개월 주년 일간 년간 시간 차 회 번 박".split())


def counts_something(tokens, begin: int, stop: int, predicate: int | None = None) -> bool:
    """The clause's subject is a quantity (`4500명이 찾았다`, `4개의 전시회가 열릴`) or it compares (`전년 대비`):
    a figure, not an event. A counted noun phrase (`9개 부처 10명의 담당자가`) counts only as the subject of
    the predicate at `predicate` itself, not of a clause that describes something else."""
    inside = [t for t in tokens if begin <= t.start < stop]
    own = predicate is None or not describes_something(tokens, predicate)
    for k, t in enumerate(inside):
        if t.form in ("대비", "보다") and t.tag in ("NNG", "JKB"):
            return True
        if t.form == "비교" and k > 0 and inside[k - 1].form in ("과", "와"):
            return True  # "지난해 8월과 비교해 ... 감소했다": a comparison of figures
        if t.tag == "JKB" and t.form in ("로", "으로") and k > 0 and (inside[k - 1].form == "%" or (
                (inside[k - 1].form in COUNTERS | {"원"} or (inside[k - 1].tag in ("NNB", "SW")
                                                           and inside[k - 1].form not in TIME_UNITS))
                and k > 1 and inside[k - 2].tag in ("SN", "NR"))):
            # "소비 성향은 72.3%로 떨어져", "781조원으로", "총 15종으로 확대", "시속 38㎞로", "4가지로 요약된다": a
            # number in any unit but one of time (a day set, `9일로 연기`) before 로 is a level reached, a figure
            return True
        if level_reached(inside, k):
            return True
        if t.tag == "SN":
            n = k + 1
            while n < len(inside) and inside[n].tag in ("NR", "XSN", "SN"):
                n += 1  # "23만여 명이", "75만3000명"
            if n + 1 < len(inside) and inside[n].form in HEADCOUNTS and inside[n + 1].tag == "JKS" \
                    and not _describes_the_next_noun(inside, n + 2):
                return True
        # the phrase may run on into the predicate's own noun (`35개의 크고 작은 전문전시회가`)
        if own and t.tag == "SN" and counted_phrase(tokens[tokens.index(t):], 0) \
                and not counts_doers(inside, k, tokens, predicate):
            return True
    return False


def _describes_the_next_noun(inside, k: int) -> bool:
    """The clause from token k closes on an adnominal verb before a noun (`1백30여명이 참여하는 ‘… 원탁회의’가`): the
    count before k is the subject of a clause describing that noun, not of the sentence's predicate."""
    for j in range(k, len(inside) - 1):
        t = inside[j]
        # (a genitive or a conjunction stays inside a noun phrase of the describing clause: "신입생 2,000여명이 졸업생
        # 1,600여명의 축하와 격려 속에 입학하는 ‘트윈즈 입학식’이")
        if t.tag in ("EC", "EF", "SF") or t.tag.startswith("J") and t.tag not in ("JKB", "JKG", "JC"):
            return False
        if t.tag == "ETM":
            after = inside[j + 1]
            return after.tag.startswith(("NN", "SL", "SSO", "SN", "XPN"))
    return False


# Heads of a level a figure stands at: a share, a level, a rank (`10%의 비중을`, `70% 수준으로`, `2위를`)
LEVEL_HEADS = frozenset("비중 수준 위".split())


def level_reached(inside, k: int) -> bool:
    """`K리그2 2위를 차지하며`, `전체 매출 중 10%의 비중을 차지할`, `70% 수준으로 유지한다`: the object or goal at k is a
    share, level or rank given by a number, so its predicate tells where a figure stands, not a happening."""
    t = inside[k]
    if not (t.tag == "JKO" or (t.tag == "JKB" and t.form in ("로", "으로"))) or k < 2 or inside[k - 1].form not in LEVEL_HEADS:
        return False
    if inside[k - 1].form == "위":
        return inside[k - 2].tag == "SN" and inside[k - 1].tag == "NNB"
    return any(u.tag == "SN" for u in inside[max(0, k - 5):k - 1])


def counts_doers(inside, k: int, tokens=(), predicate: int | None = None) -> bool:
    """The counted subject at inside[k] is a number of doers (companies, places, teams: not heads) and the clause
    names what they do by an object after it (`제이엠피 등 5개사가 청약을 받을 예정`, `937개사가 정기주주총회를
    연다`): one happening held by several, not a tally (`4500명이 찾았다`) or a count of happenings (`14개 전시회가
    열리는`)."""
    j = k + 1
    if j < len(inside) and inside[j].tag == "XSN":
        j += 1
    if j >= len(inside) or inside[j].form in HEADCOUNTS:
        return False
    subject = next((n for n in range(j + 1, len(inside)) if inside[n].tag == "JKS"), None)
    # the object may be the predicate's own noun, the argument of a light verb (`청약을 받을`)
    own_object = predicate is not None and predicate + 1 < len(tokens) and tokens[predicate + 1].tag == "JKO"
    return subject is not None and (own_object or any(t.tag == "JKO" for t in inside[subject + 1:]))


# Predicates that say a quantity reaches a level: `9곳에 달한다`, `2편에 이른다`, `2조9400억원에 육박한다`, `30명에
# 그쳤다` (with 에), `100만명을 돌파했다`, `1만2000대를 넘어선` (with 을/를)
REACH_VERBS = frozenset("달하 이르 육박 그치 불과 머물 머무르 미치".split())
EXCEED_VERBS = frozenset("돌파 넘 넘어서 웃돌 밑돌 상회 하회 유지".split())


def reaches_figure(tokens, k: int) -> bool:
    """The predicate at k says a quantity right before it (a number, with its counter) reaches a level: the clause
    tells a figure, a tally or a total, not a happening."""
    t = tokens[k]
    if k < 3 or not (t.tag.startswith("VV") or (t.tag in ("NNG", "MAG") and k + 1 < len(tokens)
                                                  and tokens[k + 1].tag in ("XSV", "XSA"))):
        return False
    particle = tokens[k - 1]
    if not ((particle.tag == "JKB" and particle.form == "에" and t.form in REACH_VERBS)
            or (particle.tag == "JKO" and t.form in EXCEED_VERBS)):
        return False
    j = k - 2
    if tokens[j].tag in ("NNB", "NNG", "SW") and len(tokens[j].form) <= 2:
        j -= 1  # the counter: `곳`, `편`, `원`, `%`
    return tokens[j].tag in ("SN", "NR", "XSN")


# Predicates that say a quantity grows or shrinks: `133경기로 늘어나면서`, `12회에서 8회로 줄인`, `작년 급감했다`
CHANGE_VERBS = frozenset("늘 늘어나 늘리 줄 줄어들 줄이 증가 감소 급증 급감 상승 하락".split())
# Nouns that name a measure: a topic ending in one (`신규 상장 건수는`) is a figure, whatever its verb says
MEASURE_NOUNS = frozenset("수 건수 율 률 비율 액 금액 량 규모 지수".split())
# ... also fused into one noun (`매매거래량`, `폭염일수`, `상승률`, `수출액`)
MEASURE_ENDINGS = ("거래량", "일수", "건수", "률", "율", "액", "지수", "물가")


def changes_figure(tokens, k: int) -> bool:
    """The predicate at k says a quantity changes: to a number (`67경기(원정 66경기)로 한 경기 늘었다`) or, said of a
    measure (`코스닥 신규 상장 건수는 … 작년 급감했다`), at all. A figure, not a happening."""
    t = tokens[k]
    if t.form not in CHANGE_VERBS or not (t.tag.startswith("VV") or (
            t.tag == "NNG" and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV")):
        return False
    if k >= 2 and tokens[k - 1].tag in ("SW", "NNB", "NNG") and tokens[k - 1].form in ("%", "%p", "%포인트", "포인트") \
            and tokens[k - 2].tag == "SN":
        return True  # "상반기 수출은 6.6% 증가한": the extent of a change in percent is a figure
    n = k - 1
    while n >= 0 and k - n <= 8 and tokens[n].tag not in ("EC", "EF", "ETM", "SF"):
        if tokens[n].tag == "JKB" and tokens[n].form in ("로", "으로"):
            m = n - 1
            if m >= 0 and tokens[m].tag == "SSC":  # "67경기(원정 66경기)로": a note in brackets after the number
                while m >= 0 and tokens[m].tag != "SSO":
                    m -= 1
                m -= 1
            if m >= 1 and (tokens[m].tag == "SN" or tokens[m - 1].tag == "SN"):
                return True
        n -= 1
    topics = [j for j in range(1, k) if tokens[j].tag in ("JKS", "JX") and tokens[j].form in ("은", "는", "이", "가")
              and tokens[j - 1].tag.startswith("NN")]
    return bool(topics) and (tokens[topics[0] - 1].form in MEASURE_NOUNS
                             or tokens[topics[0] - 1].form.endswith(MEASURE_ENDINGS))



# Verbs (and 목표 with 로) whose object is a happening awaited or aimed at: `개항을 앞두고`, `개통을 위해`, `준공을 목표로`.
AWAITING_VERBS = frozenset("앞두 위하".split())


def awaited_happening(tokens, end: int) -> tuple[int, int] | None:
    """`4월 3일 개항을 앞두고`, `12월 정식 개통을 위해`, `2024년 4월 준공을 목표로 하는`: the noun phrase right after the
    date ending at character `end` is the object of awaiting or aiming at, so the date is that happening's day (not
    an occasion, `설 명절을 맞아`, nor a period a finer date in the sentence narrows). (first, last) token indexes of
    the phrase (`정식 개통`), else None."""
    first = next((k for k, t in enumerate(tokens) if t.start >= end), None)
    if first is None or not (is_noun(tokens[first]) or tokens[first].tag == "NNB"):
        return None
    k = first
    while k + 1 < len(tokens) and k - first < 2 and tokens[k + 1].tag in ("NNG", "NNB") \
            and tokens[k + 1].start > tokens[k].start + tokens[k].len:
        k += 1  # `정식 개통`, `중 출시`: a manner or a part of the period before the happening's noun
    noun = tokens[k]
    if noun.tag != "NNG" or len(noun.form) < 2 or k + 2 >= len(tokens) or tokens[k + 1].tag != "JKO":
        return None
    aim = tokens[k + 2]
    if (aim.tag == "VV" and aim.form in AWAITING_VERBS) or (
            aim.form == "목표" and k + 3 < len(tokens) and tokens[k + 3].form in ("로", "으로")):
        return first, k
    return None


# Verbs a quoted clause (`... 실시한다고`) is said with: the saying has a day of its own.
SAYING_VERBS = frozenset("밝히 말하 전하 알리 설명하 발표하 공지하 예고하 강조하".split())
# Connective endings that close a clause of their own: a date before one belongs to that clause.
_CLAUSE_ENDS = frozenset("고 며 으며 면서 으면서 지만 는데 은데 니 으니 어서 아서 여서".split())


def said_on(tokens, begin: int) -> bool:
    """The date ending before token `begin` is the day something was said, not the day of what is said: the only
    clause after it is a quote whose verb is not past (`지난 10일 서울경찰청은 ... 교통통제를 실시한다고 밝혔다`, `시는
    지난 3일 축제를 열 예정이라고 전했다`), said with a past verb of saying. A happening told as coming cannot be dated
    by a day already gone; a clause of its own between them (`지난 3일 개막한 ...`, `... 열었고`: a past adnominal or
    a connective) dates that clause."""
    for j in range(begin, len(tokens)):
        t = tokens[j]
        if (t.tag == "ETM" and t.form in ("ᆫ", "은", "던")) or (t.tag == "EC" and t.form in _CLAUSE_ENDS) \
                or t.tag in ("EF", "SF"):
            return False
        if t.tag == "EC" and t.form.endswith(("다고", "라고")):
            # the quote's own verb: past (`열었다고`) tells a happening of that day
            if j > 0 and is_past(tokens[j - 1]):
                return False
            k = j + 1
            verb = tokens[k].form if k < len(tokens) else ""
            if k + 1 < len(tokens) and tokens[k + 1].tag == "XSV":
                verb += "하"   # `설명했다`: 설명/NNG 하/XSV
                k += 1
            return verb in SAYING_VERBS and past_marked(tokens, k)
    return False


def says_a_quote(tokens, i: int) -> bool:
    """The verbal noun at i is the first predicate after a quoted clause (`… 할 예정이라고 … 12일 보도했다`, `… 진행 중에
    있다고 부연했다`): it says what the quote tells, a verb of saying whatever the noun."""
    for k in range(i - 1, -1, -1):
        t = tokens[k]
        if t.tag == "EC" and t.form.endswith(("다고", "라고", "자고", "냐고")):
            return True
        if t.tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "EF", "ETM", "SF")) or t.tag == "EC":
            return False
    return False


# Determiners of many kinds (`각종 경기지표`, `여러 행사`): the noun they open names many happenings of a kind.
PLURAL_DETERMINERS = frozenset("각종 여러 온갖 갖가지 제반".split())


def plural_argument(tokens, i: int) -> bool:
    """The object or subject right before the predicate at i is opened by a determiner of many kinds (`각종
    경기지표가 공개된다`, `다양한 차종을 출시`): many happenings told together, not one."""
    j = i - 1
    if j < 0 or tokens[j].tag not in ("JKO", "JKS"):
        return False
    j -= 1
    while j >= 0 and (tokens[j].tag.startswith(("NN", "SL", "SN", "XSN", "XPN")) or tokens[j].form in PLURAL_DETERMINERS):
        # glued to its noun it is part of a name (`각종학교 1곳을 개교`: a kind of school), not a determiner
        if tokens[j].form in PLURAL_DETERMINERS and tokens[j].start + tokens[j].len < tokens[j + 1].start:
            return True
        j -= 1
    return j >= 2 and tokens[j].tag == "ETM" and tokens[j - 1].tag == "XSA" and tokens[j - 2].form == "다양"


def superseded_plan(tokens, begin: int) -> bool:
    """The clause after a date (from token `begin`) ends in a plan told as past: `열 예정이었던 언론 시사회`, `예정돼
    있던 시사회`, `3월 26일이었던 개봉 일정`, `시험을 치를 예정이었으나`. The day was set for something that no
    longer happens then: it dates nothing."""
    planned = False
    for j in range(begin, len(tokens)):
        t = tokens[j]
        if t.tag == "NNG" and t.form in PLAN_NOUNS:
            planned = True
        if t.tag == "ETM" and t.form == "ᆯ" and j + 1 < len(tokens) and tokens[j + 1].form in PLAN_NOUNS:
            continue  # `열 예정`: the plan's own verb
        if t.tag in ("ETM", "EC", "EF", "SF") and not (t.tag == "EC" and j + 1 < len(tokens) and tokens[j + 1].tag == "VX"):
            before = tokens[max(begin, j - 4):j]
            was = any(is_past(u) for u in before) or (t.form == "던" and any(
                u.tag == "VX" for u in before))
            copula = j - 2 >= begin and tokens[j - 2].tag == "VCP" and tokens[j - 3].tag in ("NNB", "SN") and j - 2 == begin
            ended = (t.tag == "ETM" and t.form == "던") or (t.tag == "EC" and t.form in ("으나", "나", "지만"))
            return ended and was and (planned or copula)
    return False


# Counters a tally over a period counts by: doers, places, works and units (`6개 업체`, `총 5곳`, `82사`, `세 편`)
TALLY_COUNTERS = COUNTERS | frozenset("사 편 단지 가구 세대".split())
# Native numerals a count may be told with (`세 편의 새 드라마`)
_NUMERALS = {"두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_COARSE = ("week", "month", "quarter", "half", "year")


def _count_value(t: Token) -> int:
    if t.tag == "SN":
        digits = re.sub(r"[^\d.]", "", t.form).split(".")[0]
        return int(digits) if digits else 0
    return _NUMERALS.get(t.form, 0) if t.tag == "MM" else 0


def _clause_after(tokens, end: int) -> list:
    """The tokens after a date up to its clause's first predicate or ending, or the next date."""
    out: list = []
    for k, t in enumerate(tokens):
        if t.start < end:
            continue
        if t.tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "E", "SF")):
            break  # the count must come before the clause's first predicate: `놓일 다리 22개가` is predicated
        if out and t.tag == "SN" and k + 1 < len(tokens) and tokens[k + 1].form in ("년", "월", "일") \
                and tokens[k + 1].tag == "NNB":
            break  # the next date: `2003년 첫 행사 이후 2006년(103만 명)부터` counts for 2006
        out.append(t)
    return out


def _clause_before(tokens, start: int) -> list:
    """The words of the date's own clause before it (`… 포함해 약 7곳이 [연내]`): after the last predicate or ending
    (a connective, a clause describing a noun: `5개방송채널을 수신할 수 있는 …`) or comma, up to the date."""
    out: list = []
    for t in tokens:
        if t.start >= start:
            break
        out.append(t)
        if t.tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "E")) or (t.tag == "SP" and t.form == ","):
            out = []
    return out


def tallied_over_period(tokens, end: int, precision: str, start: int | None = None) -> bool:
    """`이번 주에는 총 10개 단지, 6,733가구에서 1순위 접수를 받는다`, `이번 주 안에 6개 업체가 공모주 청약을`, `다음 주
    … 견본주택은 총 5곳이 개관한다`, `10월 … 15팀 이상 컴백`: a week, month or year whose clause counts two or more
    doers, places or works as its subject, place or the happening's own noun tells how many happenings fall in that
    period, a tally; each is a happening only on its own day. A count that is itself the object (`참가자 15명을
    모집`) is what one happening takes in, a count modifying a noun with 의 (`29개 사업, … 규모의 신규 공사 발주가`) sizes
    that happening, and a day keeps its clause (`23일에는 전국 21개 단지의 모델하우스가 개관`)."""
    if precision not in _COARSE:
        return False
    # the subject may stand before the date in its clause (`약 7곳이 연내 상장될 것으로`): Korean orders them freely
    for clause in (_clause_after(tokens, end), _clause_before(tokens, start) if start is not None else []):
        if _tallies(clause):
            return True
    return False


def _tallies(clause: list) -> bool:
    """A count of two or more doers, places or works in the clause's tokens, as subject, topic, place or the
    happening's own noun (see `tallied_over_period`)."""
    for k, t in enumerate(clause):
        if _count_value(t) < 2 or (k > 0 and clause[k - 1].form == "등" and clause[k - 1].tag == "NNB"):
            continue  # "59번,731번,62번 등 3개 노선은": a count summing named members is that group, not a tally
        j = k + 1
        while j < len(clause) and clause[j].tag in ("NR", "XSN", "SN"):
            j += 1  # "4,500여", "23만"
        if j >= len(clause) or clause[j].form not in TALLY_COUNTERS:
            continue
        between = 0
        for u in clause[j + 1:]:
            if u.tag in ("JKS", "JX") or (u.tag == "JKB" and u.form in ("에서", "에")):
                return True
            if u.tag == "JKO":
                if between:
                    return True  # "15팀 이상 컴백을": the counted noun's happenings are the object
                break
            if not (is_noun(u) or u.tag in ("SN", "NR", "XSN", "NNB", "SP", "MM", "XPN")):
                break
            between += is_noun(u)
    return False


def names_no_day(sentence: str, tokens, end: int) -> bool:
    """The date ending at `end` names a share or a reference point, not a day something happens: `7월분 재산세`
    (the July instalment), `매년 6월 1일 기준` (as of), `6월말 기준으로`."""
    after = next((t for t in tokens if t.start >= end), None)
    if after is not None and after.start == end and after.form == "분" and after.tag in ("XSN", "NNB", "NNG"):
        return True
    return re.match(r"\s*기준(?:으로|일|\s|,|$)", sentence[end:]) is not None


def dates_nothing(sentence: str, tokens, expr) -> bool:
    """One entry for the events' date loop: the date names a share or a reference point, its period holds a tally
    of many happenings, it is when a term ends, or it is a month of every year (`names_no_day`, `tallied_over_period`,
    `ends_a_term`, `routine_month`), or it is the period a figure covers (`measures_a_period`)."""
    return names_no_day(sentence, tokens, expr.end) or tallied_over_period(tokens, expr.end, expr.precision, expr.start) \
        or ends_a_term(tokens, expr.end) or routine_month(sentence, tokens, expr) \
        or measures_a_period(sentence, tokens, expr.end)


# Nouns of a length of office or time: what ends them is a term running out (`3월말 임기를 마치는 이 총재`), no happening
TERM_NOUNS = frozenset("임기 기한 시한 회기 재임".split())
_TERM_ENDS = frozenset("마치 끝나 끝내 만료 종료 다하".split())


def ends_a_term(tokens, end: int) -> bool:
    """The clause after the date says a term ends (`내년 3월말 임기를 마치는 이 총재가`): a limit, not a happening."""
    clause = [t for t in tokens if t.start >= end]
    for k in range(len(clause) - 2):
        t, particle, verb = clause[k], clause[k + 1], clause[k + 2]
        if t.tag.startswith(("VV", "VA", "XSV", "EF", "EC")) and k:
            return False
        if t.form in TERM_NOUNS and particle.tag in ("JKO", "JKS", "JX") and verb.form in _TERM_ENDS:
            return True
    return False


_BARE_MONTH = re.compile(r"\d{1,2}월(?:\s*\d{1,2}일)?")
# Words that place a date in one year (`올해는 10월 3일`): after one, a month is that year's, not every year's
_PLACING = frozenset("올해 금년 올 이번 오는 지난 내년 지난해 작년 다음".split())


def routine_month(sentence: str, tokens, expr) -> bool:
    """`재산세는 매년 6월 1일 기준 …, 7월에는 …, 9월에는 … 각각 부과된다`: a bare month after a distributive (`매년`,
    `해마다`) in its sentence, with no word placing it in one year between, is that month of every year: a routine."""
    if not _BARE_MONTH.fullmatch(expr.text.strip()):
        return False
    every = [k for k, t in enumerate(tokens) if t.start + t.len <= expr.start and t.form in DISTRIBUTIVE]
    return bool(every) and not any(t.form in _PLACING for t in tokens[every[-1] + 1:] if t.start < expr.start)


# A company's accounts: the period before one (`1분기 영업이익은`, `2분기 실적을`) is the period reported on, whatever
# the clause does with it (announces, forecasts, compares)
ACCOUNT_NOUNS = ("실적", "이익", "손실", "매출", "매출액")


def measures_a_period(sentence: str, tokens, end: int) -> bool:
    """`2018년의 6월 폭염일수는 1.5일이었고`, `여름철(6∼8월) 폭염일수가 최다였던`, `8월 소비자물가는 … 상승`: a period
    right before a noun phrase headed by a measure (`일수`, `거래량`, `물가`) that is its subject or topic is the period
    the figure covers, not when something happens."""
    rest = sentence[end:]
    if rest.startswith(")"):
        end += 1  # "(6∼8월) 폭염일수": the period in brackets after what it narrows
    k = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
    if k == len(tokens) or sentence[end:tokens[k].start].strip():
        return False
    j = k
    while j < len(tokens) and tokens[j].tag.startswith(("NN", "SL", "XSN")) and tokens[j].form != "등":
        j += 1
    if j == k or j >= len(tokens):
        return False
    if tokens[j - 1].form.endswith(ACCOUNT_NOUNS) and j - k <= 2:
        # the account right after the period (`영업 이익`), not one after a happening (`코스닥 상장 이후 매출이`)
        return tokens[j].tag in ("JKS", "JKO", "JX")  # "올해 1분기 실적부터 잠정 실적을 발표하기로": what it reports on
    return (tokens[j].tag == "JKS" or (tokens[j].tag == "JX" and tokens[j].form in ("은", "는"))) \
        and (tokens[j - 1].form in MEASURE_NOUNS or tokens[j - 1].form.endswith(MEASURE_ENDINGS))


# Passive and aspect auxiliaries a past verb may end in before its adnominal ending (`짓어 진` = 지어진).
_PASSIVE_AUX = frozenset({("어", "지"), ("아", "지"), ("여", "지")})
# Past adnominal endings: a done happening describing its noun (`완공한`, `맞붙었던`); `는`/`ㄹ` are not past.
_PAST_ADNOMINAL = frozenset("ᆫ 은 ㄴ 던 었던 았던".split())
# Heads that say where or what something is, not what was done (`미디어센터로 사용된 곳이다`).
PLACE_HEADS = frozenset("곳 장소 자리 적".split())
# Nouns that make a past adnominal clause a time (`탄 뒤`, `완공한 후`): what came before.
AFTER_NOUNS = frozenset("뒤 후 직후 이후".split())
BEFORE_NOUNS = frozenset("전 직전 이전 당시".split())


def past_relative_clause(tokens, begin: int, stop: int) -> tuple[int, int] | None:
    """A past date's clause that is a relative clause: one verb, done, describing the noun after it (`1977년에
    지어진 노후 건축물`, `지난해 말 완공한 양양국제공항`, `1999년 한국시리즈에서 맞붙었던 두 팀`, `이달초 태풍으로
    큰 피해를 입은`). History told in passing, the way a main clause tells it. Returns the verb's index and the
    index of the described noun phrase's last noun, or of the adnominal ending itself when a time noun follows
    (`화재로 모두 탄 뒤`: the date dates the verb before 뒤); None when the clause goes on (a connective or a
    sentence end comes first), when the noun is a plan or a place (`지은 것이다`, `사용된 곳이다`), or when a
    figure is told."""
    inside = [k for k, t in enumerate(tokens) if begin <= t.start < stop]
    for k in inside:
        t = tokens[k]
        if t.tag in ("EC", "EF") or (t.tag == "ETM" and k > 0 and tokens[k - 1].tag.startswith("VV")):
            return None  # the clause ends (or already described something) before a verb of its own
        if not (t.tag.startswith("VV") or (t.tag == "XSV" and k > 0 and is_noun(tokens[k - 1]))):
            continue
        j = k + 1
        if j + 1 < len(tokens) and (tokens[j].form, tokens[j + 1].form) in _PASSIVE_AUX and tokens[j + 1].tag == "VX":
            j += 2
        while j < len(tokens) and tokens[j].tag == "EP":
            j += 1
        if not (j + 1 < len(tokens) and tokens[j].tag == "ETM" and tokens[j].form in _PAST_ADNOMINAL
                and (is_noun(tokens[j + 1]) or tokens[j + 1].tag == "MM")):
            return None
        if counts_something(tokens, begin, t.start, k):
            return None  # `6.3%로 정점을 찍은 후`: a figure reached, not a happening
        if tokens[j + 1].form in AFTER_NOUNS:
            return k, j  # `1966년 화재로 모두 탄 뒤`: a time clause, its date dates its own verb
        head = j + 1
        while head + 1 < len(tokens) and (is_noun(tokens[head + 1]) or tokens[head].tag == "MM"
                                          or (tokens[head + 1].tag == "JKG" and head + 2 < len(tokens)
                                              and (is_noun(tokens[head + 2]) or tokens[head + 2].tag == "MM"))):
            head += 2 if tokens[head + 1].tag == "JKG" else 1  # `벌어진 두 팀의 첫 3연전`: the noun it heads
        if tokens[j + 1].form in NOT_HEADS | PLACE_HEADS or tokens[head].form in NOT_HEADS | PLACE_HEADS \
                or not is_noun(tokens[head]):
            return None
        return k, head
    return None
