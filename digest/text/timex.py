"""Korean date expressions in news sentences, resolved against the article's publication day (KST).

This module owns one job: find the date expressions in a single sentence ("오는 11일", "11월 초",
"내년 상반기", "25~26일", "곧", "오늘", "전날", "추석", "다음 주 화요일", "10월 첫째 화요일", "3주 전",
"지난 연말", "3월 17일부터 25일까지" ...) and turn each into a concrete period, using the publication day and
the sentence's tense to decide which way a partial date ("11일", "2월", "화요일") points. Expressions that
belong together (ranges, "수요일인 9일", "전날" after a named day) are read together by `digest.text.timex_links`;
holidays come from `digest.text.korean_holidays` (lunar ones through the korean-lunar-calendar package). It
knows nothing about articles or storage, and asks the shared Kiwi only to tell the determiner 전 ("4일 전 세계인")
from "before" ("4일 전") after a count.

Resolution in one line: a period that contains the publication day wins; otherwise future wording picks
the next candidate, past wording the latest earlier one, and unknown wording the closest one.
`TimeExpr.direction` reports where the result landed relative to publication ("past"/"present"/"future").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from digest.text import timex_context, timex_links
from digest.text.korean_holidays import HOLIDAY_PATTERN, ORDINALS, holiday_span, lunar_day, nth_weekday
from digest.text.required_chars import CharGate, gated, holds_one_of, required_chars, required_strings
from digest.text.time_expression import TimeExpr
from digest.text.timex_links import previous_trading_day

KST = ZoneInfo("Asia/Seoul")
PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "none")
PARTS_OF_DAY = ("오전", "오후", "아침", "저녁", "밤", "새벽")

Span = tuple[date, date]


# --------------------------------------------------------------------------------------------------
# Patterns. Every pattern starts at a word start (_START) and ends before a particle or a non-word
# (_END), so "카카오는 11일" never yields "오는 11일", "12번째"/"300억원"/"GPT-5" never yield dates,
# and "11일본" or "3일간" (a duration) are not dates either. "매년 3월"/"해마다 10월"/"매주 화요일" recur and
# name no single period, and "2분기 연속"/"5일 연속" count periods, so they are skipped too.
# A word glued after a comma starts one after a Hangul syllable or a percentage ("14.9%,지난해 같은 기간보다").
# --------------------------------------------------------------------------------------------------
_START = (r"(?:(?<=\d일/)|(?<=(?:19|20)\d\d·)|(?<=[가-힣%],)|(?<![가-힣A-Za-z0-9.,~∼\-/·]))(?<!매년 )(?<!매해 )(?<!해마다 )(?<!매월 )(?<!매달 )(?<!매주 )"
          r"(?<!마다 )(?<!징역 )(?<!금고 )(?<!징역)(?<!박 )(?<!박)(?<!통상 )(?<!보통 )(?<!평소 )"
          r"(?<!년 사이 )(?<!년간 )(?<!년 동안 )(?<!최장 )(?<!최단 )(?<!최대 )(?<!최소 )(?<!평균 )(?<!역대 )"
          # "총 4일이다", "적어도 7일": a number of days so quantified is a count ("적어도 내달 말까지" a deadline)
          # and so is one told right after a span's end ("12일부터 14일까지 3일 그리고 …")
          r"(?!(?:(?<=총 )|(?<=적어도 )|(?<=무려 )|(?<=\d일까지 ))\d{1,3}\s?일)(?!\s)"
          # "주 5일 근무제", "주 3일 등교": days a week are a rate of work or school, no day of the month
          r"(?!(?<=주 )\d\s?일\s?(?:근무|근로|제|씩|출근|등교|수업))"
          # "추석 연휴는 9월 26일부터 29일까지 모두 4일이다": a total of days is a count
          r"(?!(?<=모두 )\d{1,3}\s?일(?:이다|이며|이고|간|동안))")
_PARTICLES = ("에", "부터", "까지", "께", "은", "는", "의", "으로", "로", "엔", "이", "가", "도", "과", r"내(?=로|에)",
              "와", "및", "중", "쯤", "경", "을", "를", "보다", "처럼", "대비", "오전", "오후", "저녁", "밤",
              "새벽", "초", "말", r"동기(?=\s?(?:대비|보다|에|와|과))", r"인(?=\s)", r"입(?=니다)", r"(?<=\d월)만(?![에큼])", r"(?<=\d월)분(?=[의은는을를이가도]?(?![가-힣]))", r"(?<=\d[월일])사이", r"자(?=로|에|\s|[^가-힣]|$)",
              r"(?<=\d일)부(?=로(?![가-힣]))",  # "오는 21일부로 전기요금을 … 인상한다": as of that day (附)
              r"(?<=\d일)생(?=인|이|의|으로|\s|[^가-힣]|$)",  # "1904년 1월 19일생인": a birth day (a year's cohort, "1996년생", is none)
              r"(?<=\d일)낮(?=에|\s|[^가-힣]|$)",  # "27일낮 언론사간부들을 초청": a day glued to 낮, midday, is the day
              r"(?<=\d일)까(?=[\s,])",  # "4일부터 6일까, 대정부질문은": 까지 cut to 까 by a slip
              r"(?<=달)안(?=에)",  # "이달안에 … 심의를 거쳐": a month glued to 안에, within it
              r"(?<=[월달해년올])들어(?=서?(?:[^가-힣]|$))",  # "이달들어", "11월들어", "올들어": since the period began
              r"(?<=추석|설날|연휴|마스|탄절)때")  # "올추석때 직장인은 …", "크리스마스때": a holiday glued to 때, its time
# What a period's figures are told of ("2월 산업활동동향", "3분기 실적"); a month may be glued to it ("9월수출이")
_FIGURES = (r"(?:[가-힣]*동향|실적|성적표?|영업이익|영업손실|매출액?|순이익|순손실|성장률|경제성장률|GDP|국내총생산|잠정실적"
            r"|수출|수입|[가-힣]*수지|금리|자금순환|[가-힣]*현황"
            # the indicators a month's statistics are released as ("9월 산업생산", "9월 소매판매 지표", "9월 소비자물가지수")
            r"|산업생산|소매판매|[가-힣]*물가(?:지수)?|실업률|고용(?:지표|보고서)?)")
# ("2017년산 공공비축미곡", "금년산 추곡": a crop's year, 産 glued to it, is that year)
_END = r"(?=$|[^가-힣]|" + "|".join(_PARTICLES) + r"|(?<=\d월)" + _FIGURES + r"|(?<=년)산(?![가-힣]))" \
    r"(?!(?<!일, \d일)(?<!일, \d\d일)(?<!일,\d일)(?<!일,\d\d일)\s?연속)"  # "16일, 23일, 30일 연속해": the last of listed days

_DIR = r"(?:(?P<dir>오는|지난)\s*)?"  # "오는" forces future, "지난" past (news convention)
# "올" counts only as a standalone prefix ("올 하반기", or glued to a half, "올하반기중"); alone it is the verb 오다
# ("비가 올 것").
# A year told by its last two digits ("93년말", "'97년 3월") only before a month or a part of the year: "10년 동안" is a length.
# ("98년 설 귀성열차표": before the lunar holidays too, which a length never stands before)
_SHORT_YEAR = r"(?P<yy>'?\d{2})년(?=\s?(?:1[0-2]월|0?[1-9]월|말|초|상반기|하반기|[1-4]분기|설날|설(?![가-힣])|추석))"
# "1923 6월 1일": a year written without its 년, only right before a month
_YEAR = r"(?:(?P<y>(?:19|20)\d{2})(?:년|(?=\s(?:1[0-2]|0?[1-9])월))|" + _SHORT_YEAR + r"|(?P<yw>(?:내년|금년|작년)도(?=\s?(?:1[0-2]|0?[1-9])월)|올해|올\s해(?=[\s은는의에도를])|금년|내년|지난\s?해|재작년|작년|올(?=\s|[상하]반기|들어(?![가-힣])|(?:1[0-2]|0?[1-9])월)))"
_MON = r"(?P<m>1[0-2]|0?[1-9])월"
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])일"
# "10월 초·중순": two parts joined by a middle dot are one span, from the first part's start to the second's end
# ("8월상순께": 상순 is 초순, the first ten days)
_PART = r"(?:\s*(?P<part>(?:초순|초|중순|중)[·ㆍ‧](?:중순|하순|말)|초순|상순|초|중순|하순|말))?"
# (older papers write 상오 and 하오 for 오전 and 오후: "19일상오 수석부총무회담을 열어")
_OLD_PARTS_OF_DAY = {"상오": "오전", "하오": "오후"}
_POD = r"(?:\s*(?P<pod>" + "|".join(PARTS_OF_DAY + tuple(_OLD_PARTS_OF_DAY)) + "))?"
# A bare day followed by 만에/동안/전/후 is a duration ("출시 3일 만에"), not a date.
# ("지난 10일 전 여자친구": after 지난/오는 the day is a date, and 전 the prefix "former")
# What follows a count of days that moved or differs: "3일 당겨졌다", "평년보다 8일 빠른", "5∼8일 가량 빨리"
# (이르다's 이를 only before 것/전망: "8일 이를 위해" is the day, then the pronoun)
_SHIFT = (r"\s?(?:가량\s?|정도\s?)?(?:연기[되돼하한할된했]|미[뤄룬뤘룰]|순연|앞?당[겨겼긴길]|늦어|늦[춰췄춘출]|빨라|늘어|줄어|길어|짧아|빠[른를르]|빨[리랐]|늦[을게었고다]|(?:늦은|이른)(?!\s?(?:오전|오후|저녁|밤|새벽|아침))|이를(?=\s?(?:것|전망|예정|가능성|듯|수\s))|일러"
          r"|느[렸린리려]|줄[었고인]|준(?=\s)|늘[었고린])")
# What lists counts before the shift: "10일과 19일 길어지고", "제주는 19일, 서귀포는 23일 늦은", "4일, 경북 안동은 9일 늦었다"
_COUNTS_LISTED = r"(?:\s?(?:과|와|,)\s?(?:[^\s\d,.]+\s){0,3}\d{1,3}일)*"
_NOT_DURATION = (r"(?!\s?(?:만에|동안|간|째|이내(?:로|에|의)?|안에|내에?|(?(dir)(?!)|(?:전에?|후에?|뒤에?))|연휴)(?![가-힣]))"
                 # "개통 후 29일 동안은", "실종 5일(수색 2일차)만에": a length with a particle after it, or glossed in brackets
                 r"(?!\s?(?:동안|간)(?:은|는|도|에|의|엔)(?![가-힣]))(?!\s?\([^()]*\)\s?(?:만에|동안|간|째)(?![가-힣]))"
                 r"(?!\s?(?:정도\s?)?(?:[이가]\s?)?(?:걸[려릴린렸리]|소요))"  # "20일 정도 걸릴", "29일이 소요됐다": a length
                 r"(?!(?:이나|이|도)\s?지[나난났])"  # "79일이 지난", "4일이나 지났지만": so many days gone by
                 r"(?!\s?앞(?:둔|두고|뒀|두었))"  # "선거를 30일 앞둔 지난 16일": so many days before it
                 # "3일 당겨졌다", "10일과 19일 길어지고": a shift, and the counts listed with it
                 r"(?!" + _COUNTS_LISTED + _SHIFT + ")"
                 # "장기휴가 10일에 연가저축 33일을 합쳐": listed beside a count no month has, a count too
                 r"(?!\s?(?:에|과|와|,|\+)\s?(?:[가-힣]+\s)?(?:3[2-9]|[4-9]\d|\d{3,})일)"
                 # "2일 정도 늦어질", "4, 5일 정도로 줄어든다": about so many days; not the last of days listed bare
                 # ("11월 16일과 23일 30일 정도로 좁힐 수 있다")
                 r"(?:(?<=\d일 \d일)|(?<=\d일 \d\d일)|(?!\s?(?:정도|가량|남짓)))"
                 r"(?!\s?(?:간\s?)?(?:이상\s?)?(?:휴식|쉬[고며었어]|쉰|쉴|짜리))"
                 r"(?!\s?(?:이상|이하|미만|초과)(?:[은는이가을를의도에]|으로)?(?![가-힣]))"  # "대학별로 3일 이상 한다": at least so many days  # "4일 휴식 뒤", "8일 쉬고", "15일짜리 명단"
                 r"(?!\s?(?:이나|밖에|도|만|이)?\s?남(?:았|은|아|겨|기|는))"  # "축제가 5일이나 남았으니": days left
                 r"(?!(?<=(?<!\d)1일)\s?\d{1,2}\s?(?:회|번|차례|편)(?![가-힣]))"  # "1일 2회 운항": so often a day
                 r"(?!\s?(?:이라는|이란|이라고)(?![가-힣]))"  # "3일이라는 짧은 회기": a length described
                 r"(?!로\s?(?:규정|제한|단축|축소))"  # "연휴를 4일로 규정한": a length set
                 r"(?!(?:이던|이었던|인)\s?(?:[가-힣]+\s)?기간)"  # "13일이던 세일 기간": the length a period had
                 # "귀성길은 지난해 2일에서 4일로 늘어나", "3일에서 2일로 줄어": a number of days grown or shrunk
                 r"(?!(?:\s?에서\s?\d{1,3}\s?일)?\s?(?:으로|로)\s?(?:늘[어었]|줄[어었]|증가|감소))"
                 # "설 명절은 4일(2월 9~12일)이며": a number of days glossed by the span they make up
                 r"(?!\s?\([^()]*\d\s?[~∼\-–～〜]\s?\d{1,2}일[^()]*\))"
                 # "26일 중 13일": so many days out of so many, both counts
                 r"(?!\s?중\s?\d{1,3}\s?일)(?<!\d일 중 \d일)(?<!\d일 중 \d\d일)"
                 # counts of days off: "4일 연휴는", "3일 밖에 안된다", "10일 일찍", "2일이 많은", "16일의 법정공휴일",
                 # "관공서 공휴일은 15일이다", "법정공휴일 17일을 합해", "예년(3일)보다"
                 r"(?!(?(dir)(?!)|\s?연휴))(?!\s?밖에(?![가-힣]))(?!\s?일찍(?![가-힣]))"
                 r"(?!(?:이|가)?\s?(?:많|적)[은아고다](?![가-힣]))"
                 r"(?!의\s?(?:법정\s?)?(?:공휴일|휴일|일요일|연휴|휴가|수업일))(?!\)\s?보다)"
                 r"(?<!휴일은 \d일)(?<!휴일은 \d\d일)(?<!휴일 \d일)(?<!휴일 \d\d일)(?<!휴일이 \d일)(?<!휴일이 \d\d일)")
_CAL_CORE = r"(?=(?:19|20)\d\d(?:년|\s(?:1[0-2]|0?[1-9])월)|'?\d\d년\s?(?:\d{1,2}월|말|초)|올해|금년|내년|지난\s?해|재작년|작년|올\s|올들어(?![가-힣])|올\d{1,2}월|\d{1,2}[월일])"

_CALENDAR = re.compile(_START + _DIR + _CAL_CORE + rf"(?:{_YEAR})?(?:\s*{_MON})?"
                       rf"(?:\s*{_DAY}(?(m)|{_NOT_DURATION}))?" + _PART + _POD + _END
                       # "70~74세(1947년~1951년생)": a year opening a range of birth years is a cohort, as "1947년생" is
                       + r"(?!(?<=년)\s*[~∼\-–]\s*(?:19|20)?\d{2}년생)")
# "22일밝혔다", "20일까진": a day glued to what follows it, read only where Kiwi splits it off as a particle or a verb
# (`_read_apart`), whatever the spacing or the contraction ("11일본" is Japan, "3일간" a length)
# (only where no listed particle follows: what `_CALENDAR` turned down there, a length or a count, stays turned down)
_GLUED_DAY = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?(?:{_MON}\s*)?{_DAY}(?(m)|{_NOT_DURATION})(?P<part>)"
                        r"(?=[가-힣])(?!" + "|".join(_PARTICLES) + ")")
# "'고산자, 대동여지도'가14일 23시30분", "올 상반기부터내년까지": a date glued to the particle before it, read only where
# Kiwi reads that syllable as a particle (J…) ending right there (a missing space is no reason to lose the date)
_AFTER_PARTICLE = re.compile(r"(?<=[가-힣])" + _DIR + _CAL_CORE + rf"(?:{_YEAR})?(?:\s*{_MON})?(?:\s*{_DAY}(?(m)|{_NOT_DURATION}))?"
                             + _PART + _POD + _END)
# "지난 82년 마련된", "오는 99년까지": a two-digit year after 지난/오는, not a length ("지난 10년간", "지난 15년을 보내고")
_DIRECTED_SHORT_YEAR = re.compile(_START + r"(?P<dir>오는|지난)\s*(?P<yy>\d{2})년(?P<part>)"
                                  r"(?!\s?(?:간|동안|사이|새|만|째|여|이상|이내|가까이|넘|전|후|뒤|을|를|의|이|가|은|는|도)(?![가-힣]))"
                                  r"(?!\s?\d)" + _END)
# "91년산 추곡수매가" (30 October 1991): a crop's two-digit year; only this year's or last year's, as crops are told
# of, for "17년산" is also a spirit's age
_CROP_SHORT_YEAR = re.compile(_START + r"(?P<yy>\d{2})년(?P<part>)(?=산(?![가-힣]))")
# "1개노선이 96년 착공된다", "96년에 착공, 2003년에 완공키로" (21 August 1992): a bare two-digit year before the works or
# happening it dates; the counts a two-digit 년 also makes ("14년 만에", "징역 10년을 선고", "70년 역사") stand before
# other words
_WORKS_SHORT_YEAR = re.compile(_START + r"(?P<yy>\d{2})년(?P<part>)(?=(?:에|에는|엔|중|중에)?\s?"
                               r"(?:착공|완공|준공|개통|개장|개관|개교|완료|완성|시행|실시|도입|착수|발주|입주|출범|총선|대선)"
                               r"(?:[,.]|\s|되|하|키로|할|될|한|된|예정|계획|때)?)")
# "2024회계연도 세입·세출 결산", "2019회계년도": a fiscal year, its number glued to 회계연도 with no 년
_FISCAL_YEAR = re.compile(_START + r"(?P<y>(?:19|20)\d{2})(?P<part>)\s?회계\s?[연년]도" + _END)
# "94년 증시가 오름세로", "88년부터 98년까지" (pages of the 1990s): a bare two-digit year, read only in pages
# written before 2000, where it is a year of that century; what a two-digit 년 also counts ("14년 만에", "15년간",
# "70년 역사", "징역 10년") is left alone by the words after or before it, and so is a name it opens ("95년 한강축제");
# a comma glued after a word parts it from the word as a space does ("7백40억원,98년에", as `_START` reads it)
_BARE_SHORT_YEAR = re.compile(r"(?:(?<![^\s(])|(?<=[가-힣],))(?<!징역 )(?<!금고 )(?<!최근 )(?<!무려 )(?<!과거 )(?<!약 )"
                              r"(?P<yy>\d{2})년(?P<part>)"
                              r"(?!\s?(?:간|동안|사이|새|만|째|여|이상|이내|가까이|넘|전|후|뒤|이래|연속|남짓|가량|정도|역사|짜리|차|대|생)"
                              r"(?![가-힣]))(?!\s?(?:만에|만의|만이|이상|이래|동안|가까이|넘게))(?!\s?\d+\s?(?:개월|월|일))" + _END)
# "96년말불변가격", "6월말기준": a year's or month's end or start glued to the word after it, read only where Kiwi
# reads 말/초 as a bound noun of its own (NNB; "2005년 초연부터" is a premiere, 초연/NNG)
_GLUED_PART = re.compile(_START + _DIR + _CAL_CORE + rf"(?:{_YEAR})?(?:\s*{_MON})?(?P<part>말|초)(?=[가-힣])"
                         r"(?!" + "|".join(_PARTICLES) + ")")
# "2018년 3월 20부터", "3월 28경", "6월7(금)부터 6월19(수)까지": a month's day whose 일 was left out, before what only a
# day takes (its weekday in brackets between)
_DAY_WITHOUT_IL = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?{_MON}\s*(?P<d>3[01]|[12]\d|0?[1-9])(?P<part>)"
                             r"(?=\s?(?:\([월화수목금토일]\)\s?)?(?:부터|까지|경|께|쯤)(?![가-힣]))")
# "23(금) 오후 6시에서 25(일) 자정으로" (a notice's tweet, 23 December 2016): a day whose 일 was left out before its
# weekday in brackets, the short form notices use ("6일(화)")
_DAY_WEEKDAY_MARKED = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?(?:{_MON}\s*)?(?P<d>3[01]|[12]\d|0?[1-9])(?P<part>)"
                                 r"(?=\([월화수목금토일]\))")
# "5월 29일부터 6월 27 일까지": a span's end whose 일 stands apart from its number, read as a day only there, right
# after a month's day that opens the span (elsewhere "27 일" may be a count or a typo's fragment)
_SPACED_DAY_END = re.compile(r"(?:(?<=\d일부터\s)|(?<=\d일부터))" + _DIR + rf"(?:{_YEAR}\s*)?{_MON}\s*(?P<d>3[01]|[12]\d|0?[1-9])\s일(?P<part>)"
                             r"(?=까지)")
# An election named by its day: "작년 7·30 재보선", "4·13 총선" (month·day)
# and a dated event named so after its year ("1961년 5·16 당시")
_ELECTION = re.compile(_START + _DIR + rf"(?:(?:{_YEAR}\s*)?(?P<m>1[0-2]|[1-9])·(?P<d>3[01]|[12]\d|[1-9])"
                       r"(?=\s?(?:재보선|재보궐|보궐선거|재선거|총선|지방선거|대선|전당대회))"
                       r"|(?P<y2>(?:19|20)\d{2})년\s*(?P<m2>1[0-2]|[1-9])·(?P<d2>3[01]|[12]\d|[1-9])(?![\d·]))")
# "2007·2008년 정규시즌": the first of years listed with a middle dot, the last one carrying 년
_LISTED_YEAR = re.compile(_START + r"(?P<y>(?:19|20)\d{2})(?=·(?:(?:19|20)\d{2}·)*(?:19|20)\d{2}년)")
# "2024. 6. 12.() ~ 7. 11.()", "2024. 9. ~ 2026. 8.": a notice's span in dotted numbers (the end may drop the year;
# "()" is a weekday left blank); and "2024. 9." alone, a month
_WEEKDAY_NOTE = r"(?:\s*\([월화수목금토일]?\))?"
# (a press release cuts both years to two digits after an apostrophe: "’25.11.15. ~ ’26.3.15.")
_DOTTED_SPAN = re.compile(_START + r"(?:(?P<y>(?:19|20)\d{2})|[’'‘](?P<yy>\d{2}))\.\s?(?P<m>1[0-2]|0?[1-9])\.(?:\s?(?P<d>3[01]|[12]\d|0?[1-9])\.?)?"
                          + _WEEKDAY_NOTE + r"\s*[~∼～\-]\s*(?:(?:(?P<y2>(?:19|20)\d{2})|(?(yy)[’'‘](?P<yy2>\d{2})|(?!)))\.\s?)?(?P<m2>1[0-2]|0?[1-9])\."
                          r"(?:\s?(?P<d2>3[01]|[12]\d|0?[1-9])\.?)?" + _WEEKDAY_NOTE + r"(?!\d)")
# "2025년 추석 연휴(10/3~10/12)": a span of days written with slashes, noted in parentheses (only there, and only as a
# span: "1/2" alone is a fraction, "3/4" a score)
_SLASHED_DAYS = re.compile(r"(?<=\()(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\s*[~∼～\-]\s*"
                           r"(?:(?P<m2>1[0-2]|0?[1-9])/)?(?P<d2>3[01]|[12]\d|0?[1-9])(?=\s*\))")
# "부산 불꽃축제(10. 24.~25.)", "백제문화제(충남 공주, 9. 26.~10. 5.)": a notice's dotted days without a year, noted
# in parentheses beside what they date (only there: "10. 24" elsewhere may be a figure)
_DOTTED_DAYS = re.compile(r"(?:(?<=\()|(?<=,\s)|(?<=,))(?P<m>1[0-2]|0?[1-9])\.\s?(?P<d>3[01]|[12]\d|0?[1-9])\."
                          r"(?:\s*[~∼～\-]\s*(?:(?P<m2>1[0-2]|0?[1-9])\.\s?)?(?P<d2>3[01]|[12]\d|0?[1-9])\.)?(?=\s*\))")
# "직전 주(6.20∼26·7천79명)": a span of dotted days without the dots, in a bracket that glosses what it dates (the
# tilde makes it a span of days; "(3.14)" alone may be a figure)
_DOTTED_DAY_SPAN = re.compile(r"(?<=\()(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])\s*[~∼～]\s*"
                              r"(?:(?P<m2>1[0-2]|0?[1-9])\.)?(?P<d2>3[01]|[12]\d|0?[1-9])(?=\s*[)·,])")
# "사법시험 1차 시험 일정(2.22)과 국경일인 삼일절(3.1)": a month and day dotted, with no dot after, in brackets right
# after a word naming a day or a schedule (elsewhere "(2.22)" may be a figure)
_DOTTED_DAY_NOTE = re.compile(r"(?:(?<=일정\()|(?<=기간\()|(?<=날\()|(?<=절\()|(?<=일\())(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])(?P<d2>)(?=\))")
# "결정회의는 1.15(금), 2.25(목), 4.15(목) … 열린다": a month and day dotted, marked a date by its weekday in brackets
# ("▲11.27 14:00 울산시 남구청": a timetable's dotted day before its hour, as clear as with its weekday)
_DOTTED_DAY_WEEKDAY = re.compile(r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])\.\s?(?P<d>3[01]|[12]\d|0?[1-9])\.?"
                                 r"(?=\s?\([월화수목금토일]\)|\s(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))")
_DOTTED_MONTH = re.compile(_START + r"(?P<y>(?:19|20)\d{2})\.\s?(?P<m>1[0-2]|0?[1-9])\.(?!\s?\d)")
# "’20.7.15.", "'21.3.20": a press release's date with its year cut to two digits
_SHORT_NUMERIC = re.compile(r"(?<![\d.])[’'‘](?P<yy>\d{2})\.\s?(?P<m>1[0-2]|0?[1-9])\.\s?(?P<d>3[01]|[12]\d|0?[1-9])\.?(?!\d)")
_NUMERIC = re.compile(_START + r"(?P<y>(?:19|20)\d{2})\s?(?P<sep>[./-])\s?(?P<m>1[0-2]|0?[1-9])"
                      r"\s?(?P=sep)\s?(?P<d>3[01]|[12]\d|0?[1-9])(?:\.(?!\d))?(?!\d)")
_DASH = r"[~\-–～〜∼‐]"
SPAN_DASH = _DASH  # the dashes a written span joins its ends with (`20~24일`, `20-24일`), for readers of it
_RANGE = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?(?:(?P<m1>1[0-2]|0?[1-9])월\s*)?"
                    r"(?P<d1>3[01]|[12]\d|0?[1-9])(?:(?:일?\s?\([월화수목금토일]\)|일(?:\s?(?:오전|오후|새벽|아침|낮|저녁|밤)(?=\s?[~∼]))?)?(?:\s*·\s*(?:3[01]|[12]\d|0?[1-9])(?=\s*·))*\s*[~\-–～〜∼‐·]"
                    # ("19, 21, 23, 25, 27일에 각각 열리게 된다": days listed with commas, first to last)
                    r"|(?:\s*,\s*(?:3[01]|[12]\d|0?[1-9])(?=\s*,))*\s*,"
                    # ("3월 18일, 19일 양일간", "22일과 23일 양일간에 걸쳐": two days told each and taken together)
                    r"|일\s?(?:,|과|와)(?=\s*(?:3[01]|[12]\d|0?[1-9])일\s?양일))\s*"
                    # ("12월16일∼97년 1월9일": the end's year, told when the span crosses into it)
                    r"(?:(?P<ey>(?:19|20)?\d{2})년\s*(?=(?:1[0-2]|0?[1-9])월))?"
                    r"(?:(?P<m2>1[0-2]|0?[1-9])월\s*)?(?P<d2>3[01]|[12]\d|0?[1-9])일" + _POD + _END + "(?!" + _SHIFT + ")"
                    r"(?!\s?(?:정도|가량|남짓)|\s?(?:간|동안|만에|째)(?![가-힣]))")  # "4, 5일 정도로 줄어든다": about so many days
# "3순위자는 10,11 양일간", "12월 6,7 양일간", "22.23양일간": two days listed with a comma (or a dot), 일 left out, taken
# together by 양일
_TWO_DAYS = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?(?:(?P<m1>1[0-2]|0?[1-9])월\s*)?"
                       r"(?P<d1>3[01]|[12]\d|0?[1-9])\s?[,.]\s?(?P<d2>3[01]|[12]\d|0?[1-9])(?=\s?양일)")
# "3분기", and the older "3.4분기"/"3/4분기"/"3·4분기" (the third of four quarters)
# ("2020년도 하반기": a fiscal or school year's half is the calendar year's)
_HALF = re.compile(_START + _DIR + rf"(?:(?P<this>이번)\s?)?(?:{_YEAR}도?\s*)?(?:(?P<half>상반기|하반기)|(?P<q>[1-4])(?:\s?[./·ㆍ]\s?4)?분기)" + _END)
# "1~2분기 연속 영업이익이 …": the quarters from the first to the second (in a row, as a span; "3분기 연속" alone is a count)
_QUARTER_RANGE = re.compile(_START + _DIR + rf"(?:(?P<this>이번)\s?)?(?:{_YEAR}\s*)?(?P<half>)(?P<q0>[1-4])\s?{_DASH}\s?(?P<q>[1-4])분기"
                            r"(?=$|[^가-힣]|" + "|".join(_PARTICLES) + r"|\s?연속)")
# "지난 8∼10월", "작년 1∼9월": a span of months; "2005∼2015년": of years.
# ("5월 말∼11월 말": the months' parts, told at both ends, narrow the span's start and end)
_MONTH_PARTS = r"초순|상순|초|중순|하순|말"
_MONTH_RANGE = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?(?P<m1>1[0-2]|0?[1-9])(?:(?:월)?\s*{_DASH}\s*|(?P<comma>,)\s?"
                          rf"|월\s?(?P<p1>{_MONTH_PARTS})\s*{_DASH}\s*(?=(?:1[0-2]|0?[1-9])월\s?(?:{_MONTH_PARTS})))"
                          rf"(?P<m2>1[0-2]|0?[1-9])월(?(p1)\s?(?P<p2>{_MONTH_PARTS}))" + _END)
_YEAR_RANGE = re.compile(_START + _DIR + r"(?P<y1>(?:19|20)\d{2})(?:년)?\s*" + _DASH + r"\s*(?P<y2>(?:19|20)?\d{2})년"
                         r"(?!대|생|도)" + _END)
# ("내달 2월 7일": a month word before the month's name only repeats it; the calendar date is read alone)
# ("새달 5일": the coming month, as 다음달; "이 달 말께": this month written apart)
_MONTH_WORD_FORMS = r"이\s?달|이번\s?달|금월|다음\s?달|내달|새달|익월|지난\s?달|저번\s?달|전월"
_MONTH_WORD = re.compile(_START + rf"(?P<mw>{_MONTH_WORD_FORMS})(?!\s*\d{{1,2}}월)"
                         # ("이달 19,20일": two days listed with a comma, a span as "19∼20일" is)
                         r"(?:\s*(?P<dr>3[01]|[12]\d|0?[1-9])(?:일?\s*" + _DASH + r"(?:\s*(?P<me>1[0-2]|0?[1-9])월)?|,\s?(?=\d{1,2}일)))?"
                         rf"(?:\s*{_DAY})?" + _PART + _POD + _END)
# "이달 26부터 내달 말까지": a month word's day whose 일 was left out, before what only a day takes
_MONTH_WORD_DAY_WITHOUT_IL = re.compile(_START + rf"(?P<mw>{_MONTH_WORD_FORMS})\s*(?P<d>3[01]|[12]\d|0?[1-9])"
                                        r"(?P<dr>)(?P<me>)(?P<part>)(?=\s?(?:부터|까지)(?![가-힣]))")
# ("금주 개봉하는": this week; not abstinence, "금주 운동", "금주를 결심")
_WEEK = re.compile(_START + r"(?P<wk>이번\s?주|다다음\s?주|다음\s?주|지난\s?주|저번\s?주|(?<![을를]\s)내주"
                   r"|금주(?![를가의와도]|말|\s?(?:운동|캠페인|구역|령|법|선언|교육|클리닉|프로그램|결심|치료|상담|주간|문화|정책"
                   r"|조례|단속|선포|효과|성공|실패|기간|중독|하|했|한다)))"
                   r"(?:\s*(?P<wd>[월화수목금토일])요일)?" + _POD + _END)
# "이번 주말", "지난 주말", "주말께": Saturday and Sunday of that week (a span of days, precision day).
# ("3∼5월, 9∼11월의 주말 경기는": the weekends of months named before it recur)
_WEEKEND = re.compile(_START + r"(?<!월의 )(?<!월 )(?:(?P<wk>이번|다다음|다음|지난|저번)\s?(?:주\s)?)?주말(?!마다)"
                      r"(?:" + _END + r"|(?P<glued>(?=동안)))")
# A rule or a habit ("받아야 한다", "쉬곤 한다", "붐비기 마련이다") speaks of any weekend, not one.
# ("주말과 휴일에는 … 감소하는 경향이 있다": a tendency is a habit too, and so is a practice kept up till now, "주말에만
# 운영돼온 임시열차")
_GENERIC = re.compile(r"[아어여]야\s?(?:한다|했다|하는|할)|곤\s?한다|기\s?마련|경향[이을]\s?(?:있|보)"
                      r"|(?:돼|되어|해|하여)\s?온(?=\s)")
# "금요일인 오늘": the day word names the day; the weekday only describes it. ("금일 예매 오픈": 금일 is 오늘 written in
# Sino-Korean)
# "전일보다", "전 거래일 종가": a market close told against the day, or the trading day, before (전일 only where a
# close is compared: "전일 근무" is all day)
_DAY_WORD_RE = (r"(?P<dw>오늘|금일|내일|모레|글피|어젯\s?밤|어제|그저께|그제|이날|이\s날|같은\s?날|당일|전날|다음\s?날|이튿날"
                r"|전일(?=\s?(?:보다|대비|종가|오전|오후)(?![가-힣]))|전\s?거래일)")
_WEEKDAY_IS = re.compile(_START + r"[월화수목금토일]요일인\s*" + _DAY_WORD_RE + _POD + _END)
# "토요일과 일요일 오후 1시에 시작하는 시범경기는": weekdays (listed, or with a clock time and 에) before a present
# adnominal and the topic it describes say when a kind of thing happens, any week
_HABITUAL = re.compile(r"(?P<more>(?:\s?(?:과|와|,|및)\s?[월화수목금토일]요일)+)?(?:\s*(?:오전|오후|저녁|밤|새벽))?"
                       r"(?:\s*\d{1,2}시(?:\s?\d{1,2}분)?)?(?P<at>\s*에)?\s+[가-힣]+는\s+[가-힣]+[은는](?=\s)")
# "포스트시즌 경기 개시시간은 평일 오후 6시, 토요일 및 일요일은 오후 2시다": weekdays that are the topic of a clock time
# stated as the predicate make a timetable, any week's
_TIMETABLE = re.compile(r"(?:\s?(?:과|와|,|및)\s?[월화수목금토일]요일)*[은는]\s+(?:오전|오후|저녁|밤|새벽)?\s?"
                        r"\d{1,2}시(?:\s?\d{1,2}분|\s?반)?(?:이다|다|입니다|이며|이고)(?![가-힣])")
# A weekday heading a broadcast slot ("월요일 심야 예능프로그램", "금요일 예능인", "일요일 심야 시간대", "수요일 오후 11시
# 20분이라는 황금 시간대") names the slot, any week's, not a day
# ("월요일 휴관", "일요일은 휴무": a weekly closing day, any week's)
_SLOT = (r"(?!\s?(?:심야|예능|드라마|(?:오전|오후|저녁|밤|새벽)?\s?시간대))(?!(?:은|는|엔|에는)?\s?(?:정기\s?)?(?:휴관|휴무|휴장|휴진|휴업)(?![가-힣]))"
         r"(?!\s?(?:오전|오후|저녁|밤)?\s?(?:\d{1,2}시(?:\s?\d{1,2}분)?)?\s?이라는\s(?:[가-힣]+\s)?시간대)"
         # ("일요일과 월요일은 콘텐츠 및 운영 프로그램 정비를 위해 휴관한다": weekdays, listed, whose clause closes the doors)
         r"(?!(?:\s?(?:과|와|,|·)\s?[월화수목금토일]요일)*[은는]\s(?:[^\s.,]+\s){0,6}?(?:정기\s?)?(?:휴관|휴무|휴장|휴진|휴업)"
         r"(?:한다|합니다|하며|하고|이다|입니다)(?![가-힣]))")
# An ordinal ("마지막 수요일", "첫째 주 화요일") without its month recurs ("매달 마지막 수요일"): not a day.
_WEEKDAY = re.compile(_START + r"(?<!째 )(?<!째)(?<!막 )(?<!첫 )(?<!주 )(?<!째 주 )(?<!막 주 )" + _DIR
                      # ("토요일 밤마다 … 불꽃놀이가 펼쳐진다": every Saturday night recurs)
                      + r"(?P<wd>[월화수목금토일])요일(?!\s?(?:오전|오후|저녁|밤|새벽|낮|아침)?\s?마다)" + _SLOT + _POD
                      + r"(?:" + _END + r"|(?=자\s?\())")
# ("오늘의 대한민국은 … 지켜온 소중한 나라입니다": today's nation or world is the present age, not a day)
_DAY_WORD = re.compile(_START + _DAY_WORD_RE + r"(?!(?<=오늘)의\s?(?:대한민국|한국|우리|세계|인류|사회|현실|세상))"
                       + _POD + _END)
# "10월 첫째 화요일", "이달 마지막 수요일", "3월 마지막 주 월요일"
_ORDINAL_WEEKDAY = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?(?:{_MON}|(?P<mw>이달|이번\s?달|다음\s?달|내달|지난\s?달|저번\s?달))"
                              r"\s*(?:의\s*)?(?P<ord>" + "|".join(o.replace(" ", r"\s?") for o in sorted(ORDINALS, key=len, reverse=True))
                              + r")\s*(?:주\s*)?(?P<wd>[월화수목금토일])요일" + _POD + _END)
# "한여름에 즐기는 크리스마스 분위기", "크리스마스 테마 만들기 체험", "추석 선물세트": a holiday naming a kind of thing (its
# mood, theme, goods or decorations), not its day
_THEMED = r"(?!\s?(?:분위기|테마|콘셉트|컨셉|장식|선물|캐럴|캐롤|카드|트리|케이크|용품|인테리어|에디션|한정판|패키지|상품|세트)(?![가-힣]*(?:날|당일)))"
# ("전년 설과 마찬가지로": 전년, the year before, names a holiday's year as 작년 does)
_HOLIDAY_YEAR = _YEAR.replace("|재작년|", r"|재작년|전년(?=\s?[설추])|")
_HOLIDAY = re.compile(_START + _DIR + rf"(?:{_HOLIDAY_YEAR}\s*)?(?:(?P<this>이번|올)\s*)?(?:(?P<hm>1[0-2]|[1-9])월\s*)?" + HOLIDAY_PATTERN
                      + r"(?P<hols>\s?(?:명절\s?)?연휴(?:\s?기간)?)?(?:\s?(?P<rel>전날|다음\s?날|이튿날|당일|하루\s?(?:전|뒤|후)(?=인)"
                      # "추석연휴 첫 날인 12일": the first (or last) day of a holiday's break
                      r"|(?(hols)(?:첫|마지막)\s?날|(?!))))?" + _POD + _END + _THEMED)
# "음력 1월 14일": a day of the lunar calendar, the solar day it falls on in the lunar year the wording points to
_LUNAR = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?음력\s*{_MON}\s*{_DAY}" + _POD + _END)
# "올해 안에", "금년 안으로", "올해안": within this year, as 연내 (not "올해 안전…", a word that starts with 안)
_YEAR_EDGE = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?(?P<edge>연내|연말|연초)" + _END
                        + "|" + _START + r"(?:올해|금년)\s?(?P<within>안)(?=에|으로|$|[^가-힣])")
# "3주 전", "2년 전", "넉 달 전", "10개월 후", "사흘 뒤": a point counted from the publication day. Not after
# a clause ("발견되기 나흘 전": counted from that happening) and not "만에" (a duration since something).
_OFFSET = re.compile(_START + r"(?<!기 )(?<!지 )(?<!지난 )(?<!오는 )(?:(?P<n>\d{1,3})\s?(?P<unit>일|주일?|개월|년)|(?P<kn>한|두|세|석|네|넉|다섯|여섯)"
                     r"\s?(?P<kunit>달|해)|(?P<nd>하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름|일주일))"
                     r"(?:\s?(?P<rel>전|후|뒤)(?=$|[^가-힣]|[에인의엔만을를은는도]|부터|까지)|(?=\s?(?P<within>안에|이내|내에?)(?![가-힣])))")
# "1990년대", "70년대 초반", "2050년대": a decade, or a third of one
_DECADE = re.compile(_START + r"(?P<c>19|20)?(?P<dec>\d)0년대(?:\s*(?P<dpart>초반|초|중반|중후반|후반|말))?" + _END)
# "올해 여름", "올봄", "지난 겨울", "내년 봄", "2016년 가을": a season of a year the wording names (a bare season is
# any year's: "성수기인 여름에는"). Seasons are the meteorological ones: 봄 3-5월, 여름 6-8월, 가을 9-11월, 겨울 12-2월.
_SEASON = re.compile(_START + _DIR + r"(?:(?P<y>(?:19|20)\d{2})년\s*|(?P<yw>올해|금년|내년|지난\s?해|작년|올)\s?|(?P<this>이번)\s)?"
                     r"(?P<season>봄|여름|가을|겨울)(?:철)?" + _END)
# "8월의 마지막 날", "3월 첫날": that day of the month
_MONTH_EDGE_DAY = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?{_MON}\s*(?:의\s*)?(?P<edge>마지막\s?날|첫\s?날|첫째\s?날)" + _END)
# "2013년 … 데뷔해 이듬해 …", "같은 해", "그해": a year counted from the year the sentence named before it
# (with none named, the year is in another sentence: nothing is read).
# ("2009년 귀속 종합소득세 … 전년보다": 전년, the year before the one named)
_RELATIVE_YEAR = re.compile(_START + r"(?P<ry>(?:그\s?)?이듬해|다음\s?해|같은\s?해|그\s?해|전년(?:도)?)" + _END)
_YEAR_NAMED = re.compile(r"(?:19|20)\d\d|올해|금년|내년|지난\s?해|재작년|작년")
# "1월 첫째 주", "이달 마지막 주": the Monday-Sunday week holding that week's days of the month ("… 주 주말": the month's
# n-th weekend)
# "중부 6월 15일(1984년), 남부 6월 10일(2011년)": a month's day glossed by its year in brackets is that year's
_DAY_YEAR_GLOSSED = re.compile(_START + _MON + r"\s*" + _DAY + r"\((?P<gy>(?:19|20)\d\d)년\)")
_ORDINAL_WEEK = re.compile(_START + _DIR + rf"(?:{_YEAR}\s*)?(?:{_MON}|(?P<mw>이달|이번\s?달|다음\s?달|내달|지난\s?달|저번\s?달))"
                           r"\s*(?P<ord>첫째|첫|둘째|셋째|넷째|다섯째|마지막)\s?"
                           r"(?:(?P<wkend>주\s?주말|주말)|주(?!\s*[월화수목금토일]요일))" + _END)
# "올 한 해": this year as a whole (a bare "한 해" is a length)
# ("올 한해의 거래를 마쳤다": a particle may follow)
_WHOLE_YEAR = re.compile(_START + r"(?P<yw>올해|올|금년|내년)\s?한\s?해(?=(?:의|에|를|은|는|도|동안)?(?![가-힣]))")
# "지난해 이맘때", "작년 이맘때": this time of that year, the publication day's date in it
_THIS_TIME = re.compile(_START + r"(?P<yw>지난\s?해|작년|재작년|올해|내년)\s?이맘때" + _END)
_UNDATED = re.compile(_START + r"(?P<u>곧|조만간|추후|향후)" + _END)

_YEAR_WORDS = {"올해": 0, "금년": 0, "올": 0, "내년": 1, "지난해": -1, "작년": -1, "재작년": -2, "내년도": 1, "금년도": 0, "작년도": -1,
               "전년": -1}
_MONTH_WORDS = {"이달": 0, "이번달": 0, "금월": 0, "다음달": 1, "내달": 1, "새달": 1, "익월": 1, "지난달": -1, "저번달": -1,
                "전월": -1}
_WEEK_WORDS = {"이번주": 0, "금주": 0, "다음주": 1, "내주": 1, "다다음주": 2, "지난주": -1, "저번주": -1}
_DAY_WORDS = {"오늘": 0, "금일": 0, "이날": 0, "같은날": 0, "당일": 0, "내일": 1, "모레": 2, "글피": 3, "어제": -1, "어젯밤": -1, "그제": -2, "그저께": -2,
              "전날": -1, "전일": -1, "다음날": 1, "이튿날": 1}
_KOREAN_COUNTS = {"한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "하루": 1, "이틀": 2,
                  "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15, "일주일": 7}
_WEEKDAYS = "월화수목금토일"
_FORCED = {"오는": "future", "지난": "past"}


# --------------------------------------------------------------------------------------------------
# Tense. News Korean states scheduled events in the present ("개최한다", "연다"), plans with -ㄹ 예정/계획/것,
# and reports with past forms (-었다) or past adnominals ("열린", "개최한 데 이어").
# --------------------------------------------------------------------------------------------------
# Syllables that end in ㄹ (필, 될, 할: a prospective adnominal) and in ㅆ (했, 됐: a past stem)
_FINAL_L = "".join(chr(0xAC00 + 28 * i + 8) for i in range(19 * 21))
_FINAL_SS = "".join(chr(0xAC00 + 28 * i + 20) for i in range(19 * 21))
# A day listed after another ("…, 26일과 12월 1일"): the members of a list of days set together
_LISTED_DAY = r"(?:\s*(?:,|과|와|및)\s*(?:\d{1,2}월\s*)?\d{1,2}일)"
# How a decision may be qualified between -기로 and its verb ("벌이기로 잠정합의했다")
_QUALIFIED = r"(?:(?:잠정|최종|전격|공식|일단)\s?)?"
_FUTURE_WORDS = re.compile(r"(?:예정|계획|방침|전망)(?:이[다며고라]|인|된|돼)|(?<=[가-힣][이가]\s)예정(?:됐|되었)(?:다|습니다)|(?:기|(?<=[가-힣])키)로\s?" + _QUALIFIED + r"(?:했|하였|합의|결정|예정|한\s?바|(?:의견|뜻)을\s?모)"
                           # "임시국회를 소집하기로 여야간에 잠정합의했다": who agreed may stand between -기로 and the agreeing
                           + r"|(?:기|(?<=[가-힣])키)로\s(?:[^\s,.\d]+\s){1,2}?" + _QUALIFIED + r"(?:합의|결정)"
                           # "29일 서울을 방문, … 정상회담을 갖기로 23일 확정됐다", "… 갖기로 일정을 조정했다": what a schedule
                           # was set to hold is still to come, the day it was set on standing between or not
                           + r"|(?:기|(?<=[가-힣])키)로\s(?:\d{1,2}일\s)?(?:[^\s,.\d]+\s)??" + _QUALIFIED + r"(?:확정|조정)"
                           # "30일 개장목표로 … 정비에 들어갔다", "연말 완공을 목표로": a target is still to come
                           + r"|(?<=[가-힣])\s?목표로(?![가-힣])"
                           # "20일까지 2주 연장", "19일까지 2주간 연장하기로": a limit that is extended is ahead
                           r"|^\s*까지\s*(?:[^\s,.]+\s){0,2}?(?:[^\s,.]*\s)?(?:더\s)?(?:연장|지속|유지)(?![가-힣]*(?:됐|했|되었|하였))"
                           r"|겠|^\s*[을를]?\s*앞두|앞두(?!고\s+(?!있))|앞둔|예고|열리는|열릴|개최될|진행될|출시될|남았|남아\s?있"
                           r"|^\s*(?:부터\s*(?:\d{1,2}월\s*)?\d{1,2}일\s*까지\s?|\d{1,2}시(?:\s?\d{1,2}분)?\s*"
                           # "본회의 일자는 11월 5일, 26일과 12월 1일, 2일, 8일, 9일 등으로 정해졌다": each day of a list set
                           # so, up to its 등, is the day set
                           rf"|{_LISTED_DAY}*\s?등|{_LISTED_DAY}+)?(?:로|으로)\s?(?:[가-힣]+\s)?(?:연기|미뤄|미뤘|늦춰|늦췄|연장|변경|앞당겨|앞당겼|정해|정했|확정|결정|잡혀|잡힌|잡혔|잡았|지정|설정|발표|예정(?:돼|된|되(?!었던)|됐(?!던)))"  # "12일로 연기됐다", "6월 3일로 공식 발표했다", "발인은 16일로 예정됐다": the new date (not "18일로 예정됐던": a plan told before)
                           r"|^\s*(?:로|으로)\s?하(?:고|기로|였|며)(?![가-힣])"  # "시정연설을 10월 4일로 하고": the day agreed on
                           # "개봉일을 10월 1일에서 2주 미뤄": the day a plan is moved from had not yet come
                           # (moved in the past, "21일에서 27일로 늦췄고", the day may have just gone by: `_MOVED_FROM`)
                           r"|^\s*에서\s?(?:[^\s,.]+\s){0,2}?(?:연기(?![했됐])|미뤄|늦춰|변경(?![했됐])|앞당겨)"
                           r"|(?<=[가-힣])(?<!있)는\s?것으로\s?(?:알려|전해|보인|예상|관측)"  # (not "찾아가고 있는 것으로": under way)
                           # "…에 필 것으로 전망됐다", "31일부터 출시할 것으로 알려졌다": what is reported in the past as still to come
                           # (not a conjecture about the past: "했을 것으로 추정된다")
                           # (its source may stand between: "초속 37m에 이를 것으로 기상청은 예상했다")
                           rf"|(?<![{_FINAL_SS}])[{_FINAL_L}]\s?것으로\s?(?:[가-힣]{{2,8}}(?:은|는|이|가)\s)?(?:전망|예상|관측|예측|알려|전해|보[인였이]|점쳐|추정)[가-힣]*"
                           # ("19일 치러지는 가운데": a passive in -어지다 as well; not a noun in 지 with its topic, "무역수지는")
                           r"|^\s*(?:[^\s,.]+\s){0,2}?(?:[가-힣]+되|[가-힣]*[러뤄어려워여해쳐]지)는\s(?!것)"
                           # "마지막 경기를 치르도록 일정을 짰다": a purpose clause tells what the plan is for, still ahead;
                           # "일정이 잡혀 있다": a schedule that stands is for what is to come
                           r"|(?<=[가-힣])도록(?![가-힣])|잡혀\s?있"
                           r"|(?<=[가-힣])려고\s?(?:한다|합니다|하는)"
                           # "첫날인 12일에는 … 축하공연이 마련됐다": a programme arranged is of what is to come
                           r"|(?<=[이가]\s)(?:마련|준비)(?:됐|되었)(?:다|습니다)"
                           # "23-24일 대정부질문을 진행하자고 맞서", "… 실시하자고 제의했으나": a proposal is of what is to come
                           r"|(?<=[가-힣][하되])자고(?![가-힣])"
                           # "23일까지 강수량을 … 10~40㎜로 예보했다", "낮 최고 기온은 6∼13도로 전망됐다": what a forecast
                           # puts at a figure is still to come
                           r"|(?:(?<=[㎜㎝%℃원명개건])|(?<=\d도))\s?(?:으로|로)\s?(?:예보|예상|전망|예측)(?:했|하였|됐|되었)")  # "5월 말까지는 선고하려고 한다": an intention  # "5일 발간되는 매거진": what is to come out  # "출국하는 것으로 알려졌다": a present told
# ("도입키로 했다" is "도입하기로 했다" contracted: a decision about what is still to come, however it is qualified:
# "벌이기로 잠정합의했다")
# ("7월 3일 … 투표를 가진 다음 4일 …": an adnominal before 다음/뒤/후 orders two happenings and tells no past)
# ("콜을 가지는데 이어 … 가질 예정이다": after a present -는 데 이어 orders two happenings ahead, not a past one)
_PAST_WORDS = re.compile(r"바\s?있|(?<!는)(?<!는\s)데\s?이어|(?:열린|가진|맺은|밝힌|마친)(?![가-힣])(?!\s?(?:다음|뒤|후)(?![가-힣]))"
                         r"|(?:개최|발표|공개|체결|출시|진행|설립|출범|선정|참석|참여|투자|인수|개소|완료|기록|달성|확정|수립|마련)"
                         r"(?:한|된)(?![가-힣])(?!\s?가운데)(?!\s?(?:다음|뒤|후)(?![가-힣]))"  # "…이 참석한 가운데 … 열 예정": the scene of the main verb
                         r"|(?<=[가-힣])한\s만큼"  # "8월과 10월 기준금리를 인하한 만큼": since it was done
                         r"|(?<=[가-힣])[한된은난진운]\s지\s")  # "신고한 지 이틀 후": counted since something done
# A trailing reporting verb ("...한다고 밝혔다", "...열린다고 공식 발표했다": an adverb may stand before it) is past but
# says nothing about the reported event.
# (a date may stand between: "연다고 22일 밝혔다")
# A report in the present progressive ("화제가 되며 확산되고 있다") tells what is under way: its dates are
# behind or today, never ahead (a plan in progress says so with 앞두고/예정, read first in its clause).
_PROGRESSIVE = re.compile(r"(?<=[가-힣])고\s?있(?:다|습니다|어요|는데요)(?:고|며)?[\s.\"'”’…)]*$")
# ... except a plan in progress, which tells what is still to come ("… 운항을 각각 계획하고 있다", "… 검토하고 있다")
_PLANNING = re.compile(r"(?:계획|검토|구상)(?:하|중이)고\s?있(?:다|습니다|어요|는데요)(?:고|며)?[\s.\"'”’…)]*$")
# A caption ("…을 촬영한 사진입니다", "…에 나타난 이종석 영상인데요") shows what was recorded: behind.
_CAPTION = re.compile(r"(?:사진|영상|모습|장면)(?:이|입)(?:다|니다|ㅂ니다|에요|예요|인데요|라고)?[\s.\"'”’…)]*$|(?:사진|영상)인데요[\s.]*$")
# A prospective adnominal ("진행될 임진각", "열릴 경기장"): the scene shown is of something still to come.
_PROSPECTIVE = re.compile(r"(?<=[가-힣])[될릴]\s")
# ("…국빈방문한다고 윤여준 청와대대변인이 16일 발표했다": the speaker may be named between)
_REPORT_TAIL = re.compile(r"(?<=[고며])\s*(?:(?:[^\s\d.,]+\s){0,2}[^\s\d.,]+(?<=[가-힣])[이가]\s)?(?:\d{1,2}일\s*(?:\([^()]*\)\s*)?)?(?:[가-힣]*[^\s\d이가은는을를에의도고며다면서]\s)?(?:밝혔|말했|전했|설명했|강조했|덧붙였|언급했|알렸|발표했|당부했|보도했|내다봤|예상했|예보했|주장했|지적했|촉구했|(?<=[다라]고\s)했|(?<=[다라]고)했)(?:다|습니다)"
                          r"[\s.\"'”’…)]*$")
# (a comma with no space after it lists nouns, "동해,남해에": no clause ends there)
# ("선고하려고 한다": an intention's 고 ends no clause)
# ("개최를 앞두고 있다": the progressive's 고 ends no clause either)
_CLAUSE_END = re.compile(r"[,;](?!\S)|(?<=[가-힣])(?<!려)(?:고|며|면서)\s(?!있)|(?<=려)고\s(?!한다|합니다|하는)|데\s?이어")


_RELATION_NOUNS = ("포함", "관련", "해당")


def _syllables(final: int, but: str = "") -> str:
    """The syllables with that final consonant (0xAC00 + 28k + final), as a regex class body, less `but`."""
    return "".join(ch for k in range(19 * 21) if (ch := chr(0xAC00 + 28 * k + final)) not in but)


# The tense carried by the final consonant of one syllable: ㅆ past, -ㄴ다 present(=future), -ㄹ 것 future. Each rule
# is (the syllables it reads, what must follow them, the tense), tried in this order at a syllable; what follows is
# read within the 40 characters after it (`_ENDING_WINDOW`).
_SYLLABLE_RULES = (
    # 했/였/렸/냈... ("있다" is a plain present; "확대됐을 경우" supposes, it tells no past)
    (_syllables(20, but="있"), r"(?!을\s?(?:경우|때))", "past"),
    (_syllables(4), r"(?=다(?:$|[^가-힣]|[고며면는]))", "future"),           # 한다/연다/갖는다
    # 폐막합니다/열립니다: the formal present (했습니다, 입니다 tell no plan)
    (_syllables(17, but="습입"), r"(?=니다(?:$|[^가-힣]))", "future"),
    # "비로 취소된 경기", "11일 방송된 JTBC": a passive past adnominal; "소집된 뒤" only orders two
    ("된", r"(?=\s[가-힣A-Za-z])(?!\s(?:다음|뒤|후)(?![가-힣]))", "past"),
    (_syllables(4), r"(?=\s?(?:혐의|의혹))", "past"),                        # "훔친 혐의를 받고 있다": what is charged was done
    # "수곡중학교가 15일에 방학식을 한 반면 음성여중은 …": a deed set against another (-ㄴ 반면) was done
    ("한", r"(?=\s?반면(?![가-힣]))", "past"),
    # 할 것, 열릴 예정, 뿌릴 가능성; "3일 류현진을 선발로 내세울 생각이었다": an intention is ahead too
    (_syllables(8), r"(?=\s*(?:것|예정|계획|방침|전망|가능성|우려|생각))", "future"),
    (_syllables(8), r"(?=\s*수\s?있다는\s)", "future"),                     # "9월까지 늦춰질 수 있다는 전망": a possibility is ahead
)
# The rules as one pattern, each a group named by its place: one call reads a syllable, one scan a whole text.
# ("4~5월 황금연휴가 포함된 공연": what something includes or concerns is no happening of its own)
_SYLLABLE_TENSE = re.compile("".join(f"(?<!{noun})" for noun in _RELATION_NOUNS) + "(?:" + "|".join(
    f"(?P<rule{k}>[{chars}]){after}" for k, (chars, after, _) in enumerate(_SYLLABLE_RULES)) + ")")
_RULE_TENSE = {f"rule{k}": tense for k, (_, _, tense) in enumerate(_SYLLABLE_RULES)}
# (a text is scanned with it led by its syllables, so that the lookbehinds are tried only before one of them)
_SYLLABLE_TENSE_SEARCHED = gated(_SYLLABLE_TENSE)
_FUTURE_WORDS_SEARCHED, _PAST_WORDS_SEARCHED = gated(_FUTURE_WORDS), gated(_PAST_WORDS)   # the same matches
_ENDING_WINDOW = 41  # the syllable and the 40 characters its rules read, and no more


def _syllable_tense(text: str, i: int) -> str | None:
    """Tense carried by the syllable at i (`_SYLLABLE_RULES`), or None."""
    m = _SYLLABLE_TENSE.match(text, i, i + _ENDING_WINDOW)
    return _RULE_TENSE[m.lastgroup] if m and m.lastgroup else None


def _tense_marks(text: str) -> list[tuple[int, str]]:
    """(position, tense) of every tense marker in text, in order."""
    return list(_tense_marks_kept(text))


@lru_cache(maxsize=4096)
def _tense_marks_kept(text: str) -> tuple[tuple[int, str], ...]:
    """_tense_marks, kept: a sentence and its clauses are read again for each of its dates and events."""
    marks: list[tuple[int, str]] = []
    covered: set[int] = set()
    for regex, tense in ((_FUTURE_WORDS_SEARCHED, "future"), (_PAST_WORDS_SEARCHED, "past")):
        for m in regex.finditer(text):
            marks.append((m.start(), tense))
            covered.update(range(m.start(), m.end()))  # "하기로 했다" is future, not the 했 inside
    # One scan in C finds the syllables a rule reads with no window on what follows; each found is read again
    # within its window (which only a long run of spaces before 것/수 could tell apart).
    for m in _SYLLABLE_TENSE_SEARCHED.finditer(text):
        syllable = None if m.start() in covered else _syllable_tense(text, m.start())
        if syllable:
            marks.append((m.start(), syllable))
    return tuple(sorted(marks))


# A passive adnominal's noun after it ("등록된 사업체"), read from after the 된
_BEFORE_NOUN = re.compile(r"\s[가-힣]")
# A schedule an adnominal in the past describes ("합의된 일정", "확정한 일정을")
_SET_SCHEDULE = re.compile(r"[된한]\s(?:일정|일정표|스케줄)[을를이가은는도의에]?(?![가-힣])")
# A schedule as the topic, and a copula in the past closing the sentence ("… 일정은 … 사전개통이었다")
_SCHEDULE_TOPIC = re.compile(r"(?:일정|계획|예정일|시간표)(?:은|는)\s")
_COPULA_PAST = re.compile(r"[가-힣](?:이었|였)(?:다|습니다)[\s.\"'”’…)]*$")
# A finding reported of a present adnominal ("개최하는 것으로 나타났다")
# (not a state, "안정을 찾아가고 있는 것으로 알려졌다", which holds when reported)
# (or a schedule decided so: "시범경기 일정도 3월 13~21일 팀당 8경기씩 치르는 것으로 축소했다", 5 January 2018)
_FOUND_PRESENT = re.compile(r"[가-힣](?<![있없])는\s?것으로\s?(?:나타났|조사됐|조사되었|집계됐|분석됐|알려졌|확인됐|파악됐"
                            r"|축소했|확정했|결정했|정했|변경했|조정했|합의했|확대했)")
# A date's own verb right after it, a verbal noun's 하다/되다 in the present adnominal ("3월1일 개교하는 학교")
_OWN_ADNOMINAL = re.compile(r"\s*(?:(?:오전|오후)?\s*\d{1,2}시(?:\s*\d{1,2}분)?(?:부터|에)?\s*)?[가-힣]{2,}(?:하|되)는\s+\S")
# A passive adnominal before its noun ("채화된 국내 성화", "마련된 상황실", "선정된 ‘아무튼, 딱따구리’의": Kiwi marks 된
# or the verb it ends)
_PASSIVE_ADNOMINAL = re.compile(r"[가-힣]*된\s[가-힣‘'“《<「『]")
# A bare day right before a position ("12일", "12일 오전"; not "3월12일": a month told puts it where it is)
_DAY_BEFORE = re.compile(r"(?<![\d월])(?<!월\s)\d{1,2}일(?:\s?(?:오전|오후))?$")
# A date told as the topic ("12일에는")
_TOPIC = re.compile(r"(?:에는|엔|은|는)(?![가-힣])")
# A final ending and its period run on into the next sentence with no space ("조정했다.404번")
_RUN_ON = re.compile(r"(?<=[가-힣]다)\.(?=\S)")
# "28일부터", "…부터 최근까지"
_SINCE = re.compile(r"\s*부터\s*(?:(최근|현재|지금)까지)?")
_BARE_DAY = re.compile(r"\d{1,2}일")


# A sentence that ends telling a decision ("… 조정하기로 했다", "… 열기로 합의했다")
_DECIDED = re.compile(r"(?:기|(?<=[가-힣])키)로\s?" + _QUALIFIED + r"(?:했|하였|합의했|결정했)(?:다|습니다)[\s.\"'”’…)]*$")
# A sentence that ends reporting a forecast of what will happen ("… 내릴 것으로 예보했다")
_FORECAST_TOLD = re.compile(rf"[{_FINAL_L}]\s?것으로\s?예보(?:했|하였|됐|되었)(?:다|습니다)[\s.\"'”’…)]*$")


@lru_cache(maxsize=4096)
def sentence_tense(sentence: str) -> str:
    """'past', 'future' or 'unknown': the last predicate of the sentence, ignoring a reporting tail."""
    sentence = _REPORT_TAIL.sub("", sentence.strip()) or sentence
    marks = _tense_marks(sentence)
    if _CAPTION.search(sentence):
        # "녹화가 진행될 …의 17일 오후 현장 모습입니다": a scene before something still to come is not behind
        return "unknown" if _PROSPECTIVE.search(sentence) else "past"
    if _PROGRESSIVE.search(sentence):
        return "future" if _PLANNING.search(sentence) else "past"
    # a passive adnominal ("제주시에 등록된 사업체") describes a noun; it is not the sentence's predicate
    marks = [(i, t) for i, t in marks if not (sentence[i] == "된" and _BEFORE_NOUN.match(sentence, i + 1))]
    return marks[-1][1] if marks else "unknown"


# A clause ends at a comma after a connective ending or a clause of time ("상륙한 뒤,", "개막해,", "마치고,"), or a
# span stated as what something is ("모집기간은 12월 2일부터 13일까지로,")
_CONNECTIVE_END = re.compile(r"(?:[고며서해여어아져워와면니자지]|까지로|[가-힣]\s?(?:뒤|후|다음|이후|때|전))\s*$")


def _listed_before_comma(segment: str) -> bool:
    """Is what stands between a date and a comma a member of a list (no predicate of its own), so that the
    date's verb comes after the comma?"""
    return not segment.strip() or not (_tense_marks(segment) or _CONNECTIVE_END.search(segment))


def _quotation_end(sentence: str, pos: int) -> int | None:
    """Where the quotation that holds pos closes (“…” or "…"), or None when pos is not quoted."""
    if sentence.count("“", 0, pos) > sentence.count("”", 0, pos):
        close = sentence.find("”", pos)
    elif sentence.count('"', 0, pos) % 2:
        close = sentence.find('"', pos)
    else:
        return None
    return close if close >= 0 else None


# A clause nominalised by -ㅁ and joined as a cause or means ("진행됨에 따라", "제출함으로써")
_NOMINAL_CAUSE = re.compile(f"[{_syllables(16)}](?:에\\s?따라|으로써)(?![가-힣])")


# A period word glossed by its days in parentheses ("둘째 주(10∼14일)", "같은 날(7월 17일)")
_PERIOD_GLOSSED = re.compile(r"(?<![가-힣])(?:[가-힣]+째\s?주|마지막\s?주|[가-힣]+\s주|주말|같은\s?날|[가-힣]+\s날)\($")


# A goal (-로) closed by a comma, its verb gapped, and the later goal the verb follows
_GAPPED_GOAL = re.compile(r"\s*(?:으로|로),\s")
_LATER_GOAL = re.compile(r"\d일(\s*(?:으로|로)(?![,가-힣]))")


_VERB_AFTER_GLOSS = re.compile(r"(?:되|하|돼|됐|했|된|한|될|할)")


@lru_cache(maxsize=4096)
def clause_tense(sentence: str, pos: int) -> str:
    """Tense of the first predicate after pos within its clause; Korean puts the verb after the date."""
    if sentence.count("(", 0, pos) > sentence.count(")", 0, pos):
        close = sentence.find(")", pos)
        if close >= 0 and _PERIOD_GLOSSED.search(sentence, 0, sentence.rfind("(", 0, pos) + 1):
            # "넷째 주(24∼28일)에는 … 진행할 예정입니다": days glossing a period word are that period, and the
            # sentence's verb after the parentheses places them as it places the word
            return clause_tense(sentence, close + 1)
        if close >= 0 and _VERB_AFTER_GLOSS.match(sentence, close + 1) and not _tense_marks(sentence[pos:close]):
            # "설치가 의무화(21일 시행)되고", "통제의무가 부과(28일)된다": a date noted between a verbal noun and its
            # 되다/하다 is the verb's, which places it
            return clause_tense(sentence, close + 1)
        # "대방초(30일)와 동광초(29일) … 집계됐다": a date noted in parentheses beside a name stands outside the
        # sentence's verbs; only a predicate inside the parentheses places it
        inner = _tense_marks(sentence[pos:close if close >= 0 else len(sentence)])
        return inner[0][1] if inner else "unknown"
    if _GAPPED_GOAL.match(sentence, pos) and (goal := _LATER_GOAL.search(sentence, pos + 1)):
        # "청문회는 28일로, … 청문회는 27일로 잡혔다": a goal whose verb is left out takes the verb of the goal after it
        return clause_tense(sentence, goal.start(1))
    quoted = _quotation_end(sentence, pos)
    if quoted is not None and not _tense_marks(sentence[pos:quoted]):
        return "unknown"  # "“7월 3일 전국 동시투표는 … 경우에 한해서다”고 설명했다": a quotation with no tense of its own
    boundary = _CLAUSE_END.search(sentence, pos)
    # "각 2월, 3월에 착공한", "10월 6일 LG-삼성(잠실), 넥센-두산(목동) … 치르도록": what stands before a comma with no
    # predicate of its own is a list, and the date's verb comes after it
    while boundary and boundary.group(0) == "," and _listed_before_comma(sentence[pos:boundary.start()]):
        boundary = _CLAUSE_END.search(sentence, boundary.end())
    clause = sentence[pos:boundary.end() if boundary else len(sentence)]
    marks = _tense_marks(clause)
    # "▲10∼15일 … 대정부질문 순으로 여야간 이미 합의된 일정을 계속한다": a schedule described as agreed or set before
    # (its adnominal's past) still lies ahead; the adnominal is the schedule's, not its days'
    marks = [(i, t) for i, t in marks if not (t == "past" and _SET_SCHEDULE.match(clause, i))]
    if marks and _SCHEDULE_TOPIC.search(sentence, 0, pos) and (was := _COPULA_PAST.search(clause)) \
            and was.start() <= marks[0][0] < was.end():
        # "변경되기 이전의 … 예약판매 일정은 9월1일~10일 예약 접수, 11일~14일 사전개통이었다": a schedule told as it stood;
        # the copula's past is the schedule's, not its days'
        return "unknown"
    if marks and (found := _FOUND_PRESENT.search(clause)) and found.start() <= marks[0][0] < found.end():
        # "… 3월 16일(셋째주 금요일)에 주주총회를 개최하는 것으로 나타났다": a finding reported in the past of what is
        # done in the present (-는 것으로), a schedule; the report's tense is not the date's
        return "unknown"
    if (own := _OWN_ADNOMINAL.match(clause)) and not any(i < own.end() for i, _ in marks):
        # "3월1일 개교하는 7개 학교의 준공검사를 … 완료했다": the date's own verb describes a noun in the present (-하는,
        # -되는), a schedule; the tense of the verb the noun goes on to is not the date's
        return "unknown"
    if (nominal := _NOMINAL_CAUSE.search(clause)) and not _TOPIC.match(clause) \
            and not _tense_marks(clause[:nominal.start()]):
        # "개표가 4월 15일 … 진행됨에 따라 … 요청했던 것으로": a nominalised clause (-ㅁ에 따라, -ㅁ으로써) carries no
        # tense of its own, and the main verb's does not place what it names
        return "unknown"
    if _TOPIC.match(clause):
        # "12일에는 … 상정된 조례안 심사를 진행할 계획이다": a topic date belongs to the main clause; a passive
        # adnominal on the way ("상정된 조례안") tells of an argument ("9월초에 중단된 노선": without the topic
        # marker the date is the relative clause's own)
        marks = [(i, t) for i, t in marks if not (clause[i] == "된" and _BEFORE_NOUN.match(clause, i + 1))]
    if (cond := _SUPPOSED.search(clause)) and (not marks or cond.end() <= marks[0][0]) \
            and _conditional_ending(sentence, pos + cond.end() - 1):
        # "8월초 청사건립 부지가 결정되면 11월까지 … 완료하고": a date of a condition (-면) is of something supposed,
        # not yet real, whatever the tense of what follows from it
        return "future"
    if (marks and marks[0][1] == "past" and _PASSIVE_ADNOMINAL.match(clause, marks[0][0])
            and not _tense_marks(clause[:marks[0][0]]) and _DAY_BEFORE.search(sentence, 0, pos)
            and sentence_tense(sentence) == "future"):
        # "12일 오전 강화도 마니산에서 채화된 국내 성화와 13일 … 합화식을 갖고 … 시작한다": a passive adnominal names a
        # state the noun will be in; in a sentence telling what is ahead, its past does not place the day behind
        return "unknown"
    if marks:
        return marks[0][1]
    if _PROGRESSIVE.search(sentence) and _ARGUMENT.match(sentence, pos):
        return "unknown"  # "발표 일자를 8일과 11일 가운데 하루로 저울질하고 있다": the days weighed, not when
    if sentence.count("(", 0, pos) > sentence.count(")", 0, pos):
        return "unknown"  # "음악회(10월18일/11월15일 오후 6시)": a schedule noted beside a name, outside the verb's tense
    # "…노선을 새로 조정했다.404번 … 변경된다": a final ending and its period close the sentence, spaced or not
    run_on = _RUN_ON.search(sentence[pos:])   # (sliced: the lookbehind must not see before pos)
    told = sentence[:pos + run_on.end()] if run_on else sentence
    if _UNMARKED_STATE.search(told) and not _tense_marks(told[pos:]):
        # "10일간 등재됐다가 12일부터 경기에 출장이 가능하다": the verb before the date is another clause's; what is
        # told possible after it ("가능하다", "할 수 있다") is still to come
        return "future"
    if boundary and boundary.group(0).startswith("고") and _DECIDED.search(told):
        # "19일 오후 … 회동을 열고 이같이 … 조정하기로 했다": a clause joined by -고 to a decision told in the past may be
        # the occasion of the decision (behind) or part of what was decided (ahead): its own tense does not say
        return "unknown"
    if _FORECAST_TOLD.search(told):
        # "24일 … 비가 시작돼 25일에는 … 내릴 것으로 예보했다": a forecast told in the past speaks of days near the
        # day it was made, ahead of it but perhaps behind publication: the reporting verb's past places none of them
        return "unknown"
    if boundary and boundary.group(0) == "," and re.search(r"[되하]며$", clause[:-1].rstrip()):
        # "5일부터 7일까지는 … 진행되며, 5일부터 8일까지 … 열리는 것으로 전해졌다": a clause joined by a connective
        # ending (-며 after 되/하) with no tense of its own shares the next clause's, not the reporting verb's at the end
        return clause_tense(sentence, boundary.end())
    return sentence_tense(told)


# A date whose first predicate is a verb in the present adnominal, before the noun it describes ("4월 7일 실시하는
# 재·보궐선거가 … 확정되었다고"): the happening so named is scheduled, ahead of the main verb's report of it.
_ADNOMINAL_AHEAD = re.compile(r"\s*(?:[^\s,.]+\s){0,2}?(?P<verb>[가-힣]*[가-힣]는)\s(?=[가-힣])")


def _kiwi(sentence: str) -> tuple:
    """Kiwi's morphemes of the sentence, for the few rules that need a word's part of speech: Kiwi is loaded only
    when one of them asks, so dates are read without it otherwise."""
    from digest.text.korean import tokenize

    return tokenize(sentence)


def _scheduled_by_adnominal(sentence: str, pos: int) -> bool:
    """Is the first predicate after pos a verb's present adnominal -는 (Kiwi: VV/XSV + ETM), with no tense
    before it? ("선거는" is a noun with the topic marker, "열리는 회의" a verb describing the meeting.)"""
    m = _ADNOMINAL_AHEAD.match(sentence, pos)
    if m is None or _tense_marks(sentence[pos:m.start("verb")]):
        return False
    ending = m.end("verb") - 1
    tokens = _kiwi(sentence)
    return any(tok.form == "는" and tok.tag == "ETM" and tok.start == ending and 0 < i < len(tokens) - 1
               and tokens[i - 1].tag in ("VV", "XSV") and tokens[i + 1].tag == "NNG"
               and tokens[i + 1].form not in _WHILE for i, tok in enumerate(tokens))


# A date whose next word is a verb's past adnominal -ㄴ/-은 ("한전이 8일 제출한 변경안", Kiwi: VV/XSV + ETM ᆫ):
# the date is the relative clause's own, and what it tells was done, whatever the tense of the main verb
_ADNOMINAL_NEXT = re.compile(r"\s+(?P<verb>[가-힣]+)\s(?=[가-힣])")
_AFTER_WHICH = frozenset({"뒤", "후", "다음", "이후", "직후", "지"})
# ("4월 11일 예정된 기념행사": a plan's adnominal is no deed; "선거를 20일 앞둔", "3일 남은": a count's verbs)
_NOT_DONE = frozenset({"예정", "계획", "예약", "앞두", "남", "남기", "지나", "넘", "넘기", "걸리"})


def _done_by_adnominal(sentence: str, pos: int) -> bool:
    m = _ADNOMINAL_NEXT.match(sentence, pos)
    if m is None:
        return False
    ending = m.end("verb") - 1
    if (ord(sentence[ending]) - 0xAC00) % 28 != 4:
        # Kiwi's ETM ᆫ/은 starts on a syllable ending in ㄴ (한, 된, 운, 은): any other word, no Kiwi pass
        return False
    tokens = _kiwi(sentence)
    return any(tok.form in ("ᆫ", "은") and tok.tag == "ETM" and tok.start == ending and 0 < i < len(tokens) - 1
               and tokens[i - 1].tag in ("VV", "XSV") and tokens[i + 1].tag in ("NNG", "NNP")
               and tokens[i - 1].form not in _NOT_DONE and (i < 2 or tokens[i - 2].form not in _NOT_DONE)
               and tokens[i + 1].form not in _AFTER_WHICH and tokens[i + 1].form not in _WHILE
               for i, tok in enumerate(tokens))


# "-는 가운데/와중/동안/사이/한편": the adnominal joins a clause running at the same time as the main verb's,
# not a happening named ahead ("1일 오후 비가 내리는 가운데 … 개막됐다")
_WHILE = frozenset({"가운데", "와중", "도중", "동안", "사이", "한편", "동시", "상황", "모습", "때문"})


# "21일부터 오는 24일까지로 예정됐던 본회의 일정을 조정해" (on the 20th): a schedule told as it had stood, whose
# days may be ahead or only just gone by, as a moved date's are
_SCHEDULED_ONCE = re.compile(r"[^.,]{0,20}?(?:로|으로)\s?예정(?:됐|되었)(?:던|었던)(?![가-힣])")
_PLAN_TOLD_PAST = re.compile(r"[^.\d]*?[가-힣]\s?(?:예정|계획|생각)이었(?:다|습니다|으나|지만|는데)")
_BECAME_POSSIBLE = re.compile(r"가능해졌(?:다|습니다)[\s.\"'”’…)]*$")
_UNMARKED_STATE = re.compile(r"(?:가능하|가능해진|수\s?있)(?:다|습니다)[\s.\"'”’…)]*$")


# A date that is the object or complement of its verb, alone or listed with others ("8일과 11일 가운데 하루로"),
# is what the verb is about, not when it happens.
# ("7월 1일부터 8월 31일까지의 기간을 금어기로 정하고 있다": a span's noun as the object is what is arranged)
_ARGUMENT = re.compile(r"(?:\s*(?:과|와|이나|또는|,)\s*\d{1,2}일)*\s*(?:(?:가운데|중)\s*(?:하루|한\s?날)?\s*)?(?:을|를|으로|로)(?![가-힣])"
                       r"|(?:\s*부터\s*(?:\d{1,2}월\s*)?\d{1,2}일\s*까지)?\s*의\s?[가-힣]+\s?[을를](?![가-힣])")


# A date right before a quotation that ends in a reporting verb ("8일 “내달 출시하겠다”고 밝혔다") stands
# outside the quotation, in the reporting clause.
# ("24일 스타뉴스에 “…”고 전했다": a few words may stand between the date and the quotation)
# (older print quotes a statement in 『…』 or 「…」: "4일 『재판의 … 열겠다』고 밝혀")
_QUOTED = re.compile(r"(?:\s+[^\s“\"”『「,.]+){0,3}?\s*(?:[“\"][^”\"]+[”\"]|『[^』]+』|「[^」]+」)\s*(?:라?고|라며|며|면서)(?![가-힣])")
# An adnominal ending ("올해 출시할 서비스"): the date before it belongs to a relative clause, not a predicate.
_ADNOMINAL = re.compile(r"(?:[할될한된린릴던]|하는|되는|있는)\s")


def _relative_clause(sentence: str, end: int, verb: int) -> bool:
    """Does the date ending at `end` belong to a relative clause ("올해 출시할 서비스")? Not when its noun phrase is
    closed by an object particle first ("2020년 도쿄 올림픽을 15년 간 계속된 디플레이션에서 탈출"): then it is an
    argument of the reported clause."""
    adnominal = _ADNOMINAL.search(sentence, end, verb)
    return adnominal is not None and not re.search(r"[가-힣][을를]\s", sentence[end:adnominal.start()])


# A reporting verb that goes on to another clause ("…고 밝혀", "…라고 말해"): the saying is done
_REPORTED_AND_ON = re.compile(r"\s*(?:밝혀|말해|전해|설명해|강조해|언급해|발표해|주장해)[\s,]")


def reporting_tense(sentence: str, pos: int, later: list[tuple[int, int]]) -> str | None:
    """The reporting verb's tense when the date ending at pos belongs to the reporting clause, else None.

    In "S는 8일 X를 8월에 공개한다고 밝혔다" the reported clause already has its date (8월), and one clause holds
    one date, so 8일 is when S said it: its tense is 밝혔다's, not 공개한다's. `later` are the spans of the
    sentence's date expressions after pos. A date with the reported clause to itself keeps that clause's verb
    ("12일 대책을 발표하겠다고 밝혔다": the 12th is ahead)."""
    quote = _QUOTED.match(sentence, pos)
    if quote and _REPORTED_AND_ON.match(sentence, quote.end()):
        return "past"  # "4일 『…』고 밝혀 … 진행될 것으로 보인다": a saying told, then what it leads to
    if quote:
        # "6일 “…”면서 “…”이라고 예보했다": the reporting verb at the end, when there is one
        tail = _REPORT_TAIL.search(sentence, quote.end())
        tail_marks = _tense_marks(tail.group(0)) if tail else []
        return tail_marks[-1][1] if tail_marks else clause_tense(sentence, quote.end())
    if (sentence.count("“", 0, pos) > sentence.count("”", 0, pos)) or sentence.count('"', 0, pos) % 2:
        return None  # "“29일에 도착해 30일까지 머무를 것”이라고 말했다": inside the quotation, not when it was said
    tail = _REPORT_TAIL.search(sentence)
    if tail is None or re.search(r"\d일", tail.group(0)):
        return None  # "… 한다고 17일 밝혔다": the report has its own day; the dates before it are the reported clause's
    marks = _tense_marks(sentence[pos:tail.start()])
    if not marks:
        return None
    verb = pos + marks[0][0]
    for start, end in later:
        if re.fullmatch(r"\s*부터\s*", sentence[pos:start]):
            continue  # "11월 3일부터 14일까지": the other end of the same span
        if pos <= start and end <= verb and not _relative_clause(sentence, end, verb):
            tail_marks = _tense_marks(tail.group(0))
            return tail_marks[-1][1] if tail_marks else None
    return None


# A bare day right after the sentence's topic ("질병관리본부는 14일 …", "KBO는 4일 …").
_TOPIC_THEN_DAY = re.compile(r"[가-힣A-Za-z0-9)][은는]\s$")
# A sentence that ends in a past finite verb ("… 재입법을 추진하기로 했다", "… 확정·발표했다"): what its topic did
# (not 있다, a state, nor 겠다, an intention)
_ENDS_IN_A_DEED = re.compile(f"[{_syllables(20, but='있겠')}]" + r"(?:다|습니다)[\s.\"'”’…)]*$")


def _present_quote(clause: str) -> bool:
    """Does the reported clause end in the plain present (`발령한다고`, `받는다고`), not `-겠다고` or `-했다고`?"""
    end = re.search(r"([가-힣])다고$", clause.rstrip())
    if end is None:
        return False
    syllable = ord(end.group(1)) - 0xAC00
    return end.group(1) == "는" or (0 <= syllable < 11172 and syllable % 28 == 4)  # final ㄴ: 한, 된, 연


def _said_the_day_before(sentence: str, p: date, chosen: list) -> None:
    """`질병관리본부는 14일 독감 유행주의보를 발령한다고 밝혔다` published on the 15th: a bare day right after the
    topic, alone in a present-tense reported clause whose saying has no day of its own, is the day it was said
    (the labelled news reads it so in every batch), never next month's; only a day within a week behind
    publication is moved, where the present tense alone would send it a month ahead."""
    if not chosen:
        return
    f = chosen[0]
    if (not re.fullmatch(r"\d{1,2}일", f.match.group(0).strip()) or not _TOPIC_THEN_DAY.search(sentence[:f.expr.start])
            or f.expr.date is None or f.expr.date <= p):
        return
    if not _ENDS_IN_A_DEED.search(sentence):
        if len(chosen) != 1:
            return
        tail = _REPORT_TAIL.search(sentence, f.expr.end)
        if tail is None or re.search(r"\d일", tail.group(0)) or not _present_quote(sentence[f.expr.end:tail.start()]):
            return
    said = _resolved_expr(f.match, f.resolve, p, "past")
    if said is not None and said.date is not None and p - timedelta(days=7) <= said.date < p:
        f.expr = said


# --------------------------------------------------------------------------------------------------
# Calendar helpers and the candidate policy.
# --------------------------------------------------------------------------------------------------
def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _month_span(y: int, m: int) -> Span:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _narrow(span: Span, part: str | None) -> Span:
    """초 (초순, 상순) = 1-10, 중순 = 11-20, 말 = 21-last day of the month; "초·중순" from the first part's start to the second's end."""
    first, last = span
    if part and (pair := re.split(r"[·ㆍ‧]", part)) and len(pair) == 2:
        return _narrow(span, "중순" if pair[0] == "중" else pair[0])[0], _narrow(span, pair[1])[1]
    if part in ("초", "초순", "상순"):
        return first, first.replace(day=10)
    if part == "중순":
        return first.replace(day=11), first.replace(day=20)
    if part in ("말", "하순"):
        return first.replace(day=21), last
    return span


def _gap(span: Span, p: date) -> int:
    return 0 if span[0] <= p <= span[1] else min(abs((span[0] - p).days), abs((span[1] - p).days))


def _pick(cands: Sequence[Span | None], p: date, tense: str) -> Span | None:
    """The candidate the wording points to (see module docstring); None when no candidate is a real date."""
    spans = [c for c in cands if c is not None]
    return _pick_span(spans, p, tense) if spans else None


def _pick_span(cands: Sequence[Span], p: date, tense: str) -> Span:
    """`_pick` among candidates that are all real dates (one at least)."""
    for c in cands:
        if c[0] <= p <= c[1]:  # "10일" in a 10th-of-the-month article is that day, whatever the tense
            return c
    if tense == "moved" and (recent := [c for c in cands if c[1] >= p - _MOVED_LAG]):
        return min(recent)  # a date a plan was moved to (or from) is ahead, or only just gone by
    if tense == "future" and (later := [c for c in cands if c[0] > p]):
        return min(later)
    if tense == "past" and (earlier := [c for c in cands if c[1] < p]):
        return max(earlier)
    # Unknown tense: the closest; on a tie prefer the future (digests follow upcoming events).
    return min(cands, key=lambda c: (_gap(c, p), c[0] < p))


# A month or quarter about to begin, told under a past verb ("9월 도시가스 원료비 인상 … 승인했다" on 28 August,
# "3분기 전기요금에 적용할 연료비 조정단가를 … 확정했다" on 27 June): what was decided is the coming period's; last
# year's would be told "지난해 9월", "지난해 3분기".
_MONTH_LEAD = timedelta(days=10)
_QUARTER_LEAD = timedelta(days=31)


def _upcoming(cands: Sequence[Span], p: date, tense: str, lead: timedelta) -> Span | None:
    return next((c for c in cands if tense == "past" and p < c[0] <= p + lead), None)


def _int(m: re.Match, name: str) -> int | None:
    value = m.groupdict().get(name)
    return int(value) if value else None


def _year_of(m: re.Match, p: date) -> int | None:
    if m.groupdict().get("y"):
        return int(m["y"])
    if m.groupdict().get("yw"):
        return p.year + _YEAR_WORDS[re.sub(r"\s", "", m["yw"])]
    if m.groupdict().get("yy"):  # the century that puts the year nearest publication ("93년" in 1992 is 1993)
        short = int(m["yy"].lstrip("'"))
        return min((c + short for c in (p.year // 100 * 100 - 100, p.year // 100 * 100, p.year // 100 * 100 + 100)),
                   key=lambda y: abs(y - p.year))
    return None


def _day_cands(p: date, day: int) -> list[Span | None]:
    """A bare "11일": that day in the previous, current or next month."""
    cands = []
    for k in (-1, 0, 1):
        d = _safe(*_shift_month(p.year, p.month, k), day)
        cands.append((d, d) if d else None)
    return cands


_PRESS_LAG = timedelta(days=7)
_SAID_LAG = timedelta(days=31)  # how long before publication a day the report was said on may lie
_SAID_AHEAD = timedelta(days=3)  # a day of saying is never ahead of publication; one this near is the clause's own
_MONTH_NAMED = re.compile(r"\d{1,2}\s?월")
_MOVED_LAG = timedelta(days=14)  # how long ago a date a plan was moved to may lie ("3월 23일로 연기됐던" on 1 April)
_WRITTEN_AHEAD = timedelta(days=14)  # how long before publication a story may have been written ("오는 … 허가했다")
# A month's day with no year under a past verb whose last occurrence lies this far back while the next is this near
# ("7월 1일 세 차례 저녁 상영분은 … 매진됐다" on 26 June): what the verb tells is a state reached about the coming day
# (sold out, settled, crowded onto); last year's would be told with its year ("지난해 7월 1일").
_FAR_BACK = timedelta(days=270)
_NEAR_AHEAD = timedelta(days=92)
_YEAR_TOLD = re.compile(r"지난\s?해|작년|올해|올\s|금년|내년|이듬해|전년|\d{2,4}년")
# An object before the past verb ("6월 1일 … 관객이 시사회를 봤다"): a deed done on that day, not a state reached about it
_DONE_TO_AN_OBJECT = re.compile(r"[가-힣](?:을|를)(?=\s)")


def _up_to_the_past(sentence: str, pos: int) -> str:
    """The text from pos to its last past-tense mark, the past verb that rules the sentence (all when there is none)."""
    past = [i for i, t in _tense_marks(sentence[pos:]) if t == "past"]
    return sentence[pos:pos + past[-1]] if past else sentence[pos:]


def _month_day(p: date, tense: str, mon: int, day: int, year: int | None) -> date | None:
    if year is not None:
        return _safe(year, mon, day)
    cands = [(d, d) if (d := _safe(y, mon, day)) else None for y in (p.year - 1, p.year, p.year + 1)]
    span = _pick(cands, p, tense)
    if span and tense == "future" and cands[1] and timedelta(0) < p - cands[1][0] <= _PRESS_LAG:
        # "4월20일 … 캠페인을 실시하기로 하였다" published on the 21st: a plan dated a few days back was written
        # before publication; the same day next year would be told "내년 4월 20일"
        return cands[1][0]
    return span[0] if span else None


# --------------------------------------------------------------------------------------------------
# Resolvers: (match, publication day, tense) -> (start, end, precision) or None to drop the match.
# --------------------------------------------------------------------------------------------------
Resolved = tuple[date | None, date | None, str] | None
Resolver = Callable[[re.Match, date, str], Resolved]


_SO_FAR_THIS_YEAR = re.compile(r"올\s?들어(?:서|선)?(?=[\s,]|$)")


def _this_years(sentence: str, pos: int) -> bool:
    """Is the 올 at pos the noun "this year's" before another noun ("올 수능", "올 장마는", "올 도시가스 판매량")?
    Kiwi tells it (NNG, or the determiner MM) from the verb 오다's prospective adnominal (오 VV + ᆯ ETM: "비가 올
    것"). Not before a proper noun ("'올 더 히츠(All the Hits)' 투어": a name), nor "올 시즌", a sports season and no
    calendar period (as KLUE's DT spans are counted, `bench.dates`)."""
    if _SO_FAR_THIS_YEAR.match(sentence, pos):
        return True  # "올 들어": this year so far (the verb 오다 takes no 들어 after it)
    tokens = _kiwi(sentence)
    # ("올 첫 임시국회에서": this year's first, the ordinal before the noun)
    return any(tok.start == pos and tok.form == "올" and tok.tag in ("NNG", "MM") and i + 1 < len(tokens)
               and (tokens[i + 1].tag == "NNG" and tokens[i + 1].form != "시즌"
                    or tokens[i + 1].form == "첫" and tokens[i + 1].tag == "MM") for i, tok in enumerate(tokens))


def _directed_short_year(m: re.Match, p: date, tense: str) -> Resolved:
    year = _year_of(m, p)
    if year is None or (year >= p.year if m["dir"] == "지난" else year <= p.year):
        return None  # "지난 20년" in 2016: no year behind, so a length
    return date(year, 1, 1), date(year, 12, 31), "year"


def _short_year_within(m: re.Match, p: date, before: int, after: int) -> Resolved:
    """A two-digit year, the one nearest publication, read only within `before` years of it and `after` years on."""
    year = _year_of(m, p)
    if year is None or not p.year - before <= year <= p.year + after:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year"


def _fiscal_year(m: re.Match, p: date, tense: str) -> Resolved:
    year = int(m["y"])
    return date(year, 1, 1), date(year, 12, 31), "year"


def _crop_short_year(m: re.Match, p: date, tense: str) -> Resolved:
    return _short_year_within(m, p, 1, 0)


def _works_short_year(m: re.Match, p: date, tense: str) -> Resolved:
    return _short_year_within(m, p, 20, 15)


def _bare_short_year(m: re.Match, p: date, tense: str) -> Resolved:
    """A bare two-digit year in a page of the 1900s: that century's year, sixty years back to ten ahead."""
    year = 1900 + int(m["yy"])
    if p.year >= 2000 or not p.year - 60 <= year <= p.year + 10:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year"


def _glued_part(m: re.Match, p: date, tense: str) -> Resolved:
    tokens = _kiwi(m.string)
    part = m.start("part")
    apart = any(tok.start == part and tok.form == m["part"] and tok.tag == "NNB" for tok in tokens)
    return _calendar(m, p, tense) if apart else None


def _after_particle(m: re.Match, p: date, tense: str) -> Resolved:
    glued = any(tok.tag.startswith("J") and tok.start + tok.len == m.start() for tok in _kiwi(m.string))
    return _calendar(m, p, tense) if glued else None


def _glued_day(m: re.Match, p: date, tense: str) -> Resolved:
    return _calendar(m, p, tense) if _read_apart(m.string, m.end(), noun=bool(m["m"])) else None


def _read_apart(sentence: str, pos: int, noun: bool = False) -> bool:
    """Does Kiwi read the day's 일 (NNB) ending at pos apart from a particle or a predicate glued to it ("20일까진":
    일/NNB 까지/JX; "22일밝혔다": 일/NNB 밝히/VV 었/EP 다/EF)? A verb only when its word ends a clause (EF, EC): one
    that ends as an adnominal may be a noun misread ("11일본 여행객"). Not a copula ("4일인데", a length) nor a
    suffix ("3일간", "10일짜리"). With `noun` (the month told before the day, so no length), a common noun too
    ("8월27일개학식을 갖는다": 일/NNB 개학/NNG)."""
    tokens = _kiwi(sentence)
    space = sentence.find(" ", pos)
    word_end = space if space >= 0 else len(sentence)
    for i, tok in enumerate(tokens):
        if tok.start != pos or i == 0 or (tokens[i - 1].form, tokens[i - 1].tag) != ("일", "NNB"):
            continue
        if tok.tag.startswith("J") or (noun and tok.tag == "NNG") or tok.form == "하루":
            return True  # ("2순위자는 6일하루": on the 6th, for the day)
        return tok.tag.split("-")[0] in ("VV", "VA") and any(
            t.tag in ("EF", "EC") for t in tokens[i + 1:] if t.start < word_end)
    return False


# The day beside publication that a verb's tense would send a month away: "국회는 19일 … 새해 예산안심의에 착수하는 한편"
# (a morning paper of the 20th) is yesterday's news, "12일 새벽 당선이 확정된 사람은" (11 April 1996) and "… 개방한다고
# 15일 밝혔다" (a page dated the 14th, in another time zone) are tomorrow's; a month away would be named
_BESIDE = {"future": -1, "past": 1}


def _beside_publication(m: re.Match, p: date, tense: str, this_month: Span) -> bool:
    """Whether a bare day, this month's `this_month`, is the day on the side of publication its tense points away from:
    then it is that day. Not when a month named after it carries it ("24일 부산·울산·경남권을 시작으로 … 7월 1일
    강원권")."""
    side = _BESIDE.get(tense)
    return (side is not None and not m.groupdict().get("dir")
            and this_month[0] == p + timedelta(days=side)
            and not (side < 0 and _MONTH_NAMED.search(m.string, m.end())))


def _calendar(m: re.Match, p: date, tense: str) -> Resolved:
    year, mon, day, part = _year_of(m, p), _int(m, "m"), _int(m, "d"), m["part"]
    if m["yw"] == "올" and mon is None and part is None and not _this_years(m.string, m.start("yw")):
        return None  # a lone "올" that is the verb 오다 ("비가 올 것")
    if day is not None:
        if mon is None:
            if year is not None:  # "2025년 3일" is not a date
                return None
            cands = _day_cands(p, day)
            if m.groupdict().get("dir") == "지난":  # "지난 15일" written on the 15th is last month's ("오는 16일 오후
                cands = [c for c in cands if c is None or c[0] != p]  # 2시" in a morning story of the 16th is today)
            elif (this_month := cands[1]) is not None and _beside_publication(m, p, tense, this_month):
                return (this_month[0], this_month[1], "day")
            span = _pick(cands, p, tense)
            return (span[0], span[1], "day") if span else None
        d = _month_day(p, tense, mon, day, year)
        if d and year is None and tense == "past" and not m.groupdict().get("dir") and p - d > _FAR_BACK \
                and (ahead := _safe(d.year + 1, mon, day)) and ahead - p <= _NEAR_AHEAD \
                and not _YEAR_TOLD.search(m.string) and not _DONE_TO_AN_OBJECT.search(_up_to_the_past(m.string, m.end())):
            d = ahead  # (see _FAR_BACK)
        return (d, d, "day") if d else None
    if mon is not None:
        if year is None and re.search(r"(?:징역|금고)\s*\d{1,2}년\s*$", m.string[:m.start()]):
            return None  # "징역 15년 6월": the months of a sentence's length
        if year is not None:
            span = _month_span(year, mon)
        else:
            months = [_month_span(y, mon) for y in (p.year - 1, p.year, p.year + 1)]
            span = _upcoming(months, p, tense, _MONTH_LEAD) or _pick_span(months, p, tense)
        return (*_narrow(span, part), "month")
    if year is None:
        return None  # nothing survived the word-boundary checks
    if part in ("초", "초순"):  # "내년 초" reads like 연초: January
        return (*_month_span(year, 1), "month")
    if part in ("말", "하순"):  # "올해 말" reads like 연말: December
        return (*_month_span(year, 12), "month")
    return None if part else (date(year, 1, 1), date(year, 12, 31), "year")


# "6·3 지방선거를 103일 앞둔 20일": an election awaited is the coming one
_ELECTION_AWAITED = re.compile(r"\s?[가-힣]+[을를]\s*(?:\d+\s?일\s*)?앞(?:두|둔|둬)")


def _election(m: re.Match, p: date, tense: str) -> Resolved:
    if m["y2"]:
        d = _safe(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        return (d, d, "day") if d else None
    placed = bool(m["dir"] or m["y"] or m["yw"])
    if not placed and not _ELECTION_AWAITED.match(m.string, m.end()):
        return None  # a bare "4·24 재보선" is the election's name; a year or 지난/오는 places it, or its being awaited
    d = _month_day(p, tense if placed else "future", int(m["m"]), int(m["d"]), _year_of(m, p) if placed else None)
    return (d, d, "day") if d else None


def _dotted_span(m: re.Match, p: date, tense: str) -> Resolved:
    if bool(m["d"]) != bool(m["d2"]):
        return None  # a day at one end and a month at the other is no span this form writes
    y1 = _year_of(m, p)
    if y1 is None:
        return None
    # a second year cut to two digits is the first one of those digits from the first year on ("’99.12. ~ ’00.2.")
    y2 = int(m["y2"]) if m["y2"] else (y1 + (int(m["yy2"]) - y1) % 100 if m["yy2"] else y1)
    if m["d"]:
        first, last = _safe(y1, int(m["m"]), int(m["d"])), _safe(y2, int(m["m2"]), int(m["d2"]))
        if first and last and last < first and not (m["y2"] or m["yy2"]):
            last = _safe(y1 + 1, int(m["m2"]), int(m["d2"]))
        return (first, last, "day") if first and last and first < last else None
    first, last = _month_span(y1, int(m["m"]))[0], _month_span(y2, int(m["m2"]))[1]
    return (first, last, "month") if first < last else None


def _dotted_day(m: re.Match, p: date, tense: str) -> Resolved:
    day = _month_day(p, tense, int(m["m"]), int(m["d"]), None)
    return (day, day, "day") if day else None


def _dotted_days(m: re.Match, p: date, tense: str) -> Resolved:
    first = _month_day(p, tense, int(m["m"]), int(m["d"]), None)
    if first is None:
        return None
    if not m["d2"]:
        return first, first, "day"
    last = _safe(first.year, int(m["m2"] or m["m"]), int(m["d2"]))
    if last is not None and last < first:
        last = _safe(first.year + 1, int(m["m2"] or m["m"]), int(m["d2"]))
    return (first, last, "day") if last is not None and first < last else None


def _dotted_month(m: re.Match, p: date, tense: str) -> Resolved:
    return (*_month_span(int(m["y"]), int(m["m"])), "month")


def _short_numeric(m: re.Match, p: date, tense: str) -> Resolved:
    year = _year_of(m, p)
    d = _safe(year, int(m["m"]), int(m["d"])) if year is not None else None
    return (d, d, "day") if d else None


def _listed_year(m: re.Match, p: date, tense: str) -> Resolved:
    year = int(m["y"])
    return date(year, 1, 1), date(year, 12, 31), "year"


def _numeric(m: re.Match, p: date, tense: str) -> Resolved:
    d = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
    return (d, d, "day") if d else None


def _range(m: re.Match, p: date, tense: str) -> Resolved:
    year, m1, d1, m2, d2 = _year_of(m, p), _int(m, "m1"), int(m["d1"]), _int(m, "m2"), int(m["d2"])
    if m1 is not None:
        start = _month_day(p, tense, m1, d1, year)
    elif m2 is None:  # "22~23일": the span that holds the publication day, else as the tense says
        spans = []
        for k in (-1, 0, 1):
            y, mo = _shift_month(p.year, p.month, k)
            first = _safe(y, mo, d1)
            last = first and _safe(*_shift_month(y, mo, 1 if d2 < d1 else 0), d2)
            spans.append((first, last) if first and last else None)
        span = _pick(spans, p, tense)
        start = span[0] if span else None
    else:  # "23일∼4월 1일": the end names its month; a start numbered no lower lies in the month before
        end = _month_day(p, tense, m2, d2, year)
        start = end and _safe(*_shift_month(end.year, end.month, -1 if d1 >= d2 else 0), d1)
    if start is None:
        return None
    if m2 is not None:
        end = _safe(start.year, m2, d2)
        if end and end < start:  # "12월 30일~1월 2일" crosses the year
            end = _safe(start.year + 1, m2, d2)
    else:
        end = _safe(*_shift_month(start.year, start.month, 1 if d2 < d1 else 0), d2)
    if end and (ey := m.groupdict().get("ey")) and int(ey) % 100 != end.year % 100:
        return None  # the end's year told is not the one the span reaches
    return (start, end, "day") if end and end > start else None


def _half(m: re.Match, p: date, tense: str) -> Resolved:
    year = _year_of(m, p)
    if m["half"]:
        first, last, precision = (1, 6, "half") if m["half"] == "상반기" else (7, 12, "half")
    else:
        first, last, precision = 3 * int(m.groupdict().get("q0") or m["q"]) - 2, 3 * int(m["q"]), "quarter"
        if first > last:
            return None

    def span(y: int) -> Span:
        return date(y, first, 1), _month_span(y, last)[1]

    if m["this"]:  # "이번 4분기": the nearest, the one ahead in September, the one just ended in January
        tense = "unknown"
    cands = [span(y) for y in range(p.year - 1, p.year + 2)]
    chosen = span(year) if year is not None else _upcoming(cands, p, tense, _QUARTER_LEAD) or _pick_span(cands, p, tense)
    return (*chosen, precision)


def _month_range(m: re.Match, p: date, tense: str) -> Resolved:
    m1, m2, year = int(m["m1"]), int(m["m2"]), _year_of(m, p)
    if m2 <= m1 or m["comma"] and m2 != m1 + 1:
        return None  # ("6,7월이 저점": two months listed in a row make one span; "3, 9월" are two)

    def span(y: int) -> Span:
        return _narrow(_month_span(y, m1), m["p1"])[0], _narrow(_month_span(y, m2), m["p2"])[1]

    chosen = span(year) if year is not None else _pick_span([span(y) for y in range(p.year - 1, p.year + 2)], p, tense)
    return (*chosen, "month")


def _year_range(m: re.Match, p: date, tense: str) -> Resolved:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 < 100:  # "2015-16년"
        y2 += y1 // 100 * 100
    return (date(y1, 1, 1), date(y2, 12, 31), "year") if y2 > y1 else None


def _month_word(m: re.Match, p: date, tense: str) -> Resolved:
    y, mon = _shift_month(p.year, p.month, _MONTH_WORDS[re.sub(r"\s", "", m["mw"])])
    if m["d"]:
        d = _safe(y, mon, int(m["d"]))
        if m["dr"] and m["me"]:  # "다음 달 29일∼6월 8일": the span's end names its own month
            d = _safe(y + (1 if int(m["me"]) < mon else 0), int(m["me"]), int(m["d"]))
        if m["dr"]:  # "이달 1∼21일"
            first = _safe(y, mon, int(m["dr"]))
            return (first, d, "day") if first and d and first < d else None
        return (d, d, "day") if d else None
    return (*_narrow(_month_span(y, mon), m["part"]), "month")


def _months_named(m: re.Match, p: date) -> list[tuple[int, int]]:
    """(year, month) candidates for a month word ("이달") or a month with or without its year."""
    if m["mw"]:
        return [_shift_month(p.year, p.month, _MONTH_WORDS[re.sub(r"\s", "", m["mw"])])]
    if (year := _year_of(m, p)) is not None:
        return [(year, int(m["m"]))]
    return [(y, int(m["m"])) for y in (p.year - 1, p.year, p.year + 1)]


def _ordinal_weekday(m: re.Match, p: date, tense: str) -> Resolved:
    """"10월 첫째 화요일": that weekday of the month the wording points to."""
    nth, wd = ORDINALS.get(m["ord"]) or ORDINALS[re.sub(r"\s", "", m["ord"])], _WEEKDAYS.index(m["wd"])
    months = _months_named(m, p)
    cands = [(d, d) if (d := nth_weekday(y, mon, wd, nth)) else None for y, mon in months]
    span = _pick(cands, p, tense) if len(cands) > 1 else cands[0]
    return (span[0], span[1], "day") if span else None


def _lunar(m: re.Match, p: date, tense: str) -> Resolved:
    year = _year_of(m, p)
    years = [year] if year is not None else [p.year - 1, p.year, p.year + 1]
    cands = [(d, d) if (d := lunar_day(y, int(m["m"]), int(m["d"]))) else None for y in years]
    span = _pick(cands, p, tense) if len(cands) > 1 else cands[0]
    return (span[0], span[1], "day") if span else None


_TICKET = re.compile(r"\s?(?:(?:열차\s?)?승차권|기차표|열차표)")


def _holiday(m: re.Match, p: date, tense: str) -> Resolved:
    """"추석", "지난해 크리스마스", "설 연휴", "설 연휴 전날": the holiday the wording points to."""
    if re.match(r"\s?\([\u4e00-\u9fff]+\)", m.string[m.end():]):
        return None  # "허난성 신정(新鄭)시": a word glossed in hanja is a name
    year = _year_of(m, p)
    if _TICKET.match(m.string, m.end()):
        tense = "future"  # "설 열차승차권을 … 예매한다고 12일 밝혔다": a ticket is sold for a journey still to come
    if m["this"]:  # "이번 추석", "올 추석": the nearest one
        tense = "unknown" if m["this"] == "이번" else tense
        year = p.year if m["this"] == "올" else year
    years = [year] if year is not None else [p.year - 1, p.year, p.year + 1]
    cands = [holiday_span(m["hol"], y, bool(m["hols"])) for y in years]
    if m["hm"]:  # "9월 추석연휴": the month names where the holiday falls, which picks its year
        cands = [c for c in cands if c is not None and int(m["hm"]) in (c[0].month, c[1].month)]
        if not cands:
            return None
    span = _pick(cands, p, tense) if len(cands) > 1 else cands[0]
    if span is None:
        return None
    rel = re.sub(r"\s", "", m["rel"] or "")
    if rel in ("전날", "하루전"):  # "정월대보름 하루 전인 18일"
        span = (span[0] - timedelta(days=1),) * 2
    elif rel in ("다음날", "이튿날", "하루뒤", "하루후"):
        span = (span[1] + timedelta(days=1),) * 2
    elif rel in ("첫날", "마지막날") and span[0] == span[1]:
        return None  # "한글날 연휴 마지막 날" of a Wednesday: a break the calendar does not make; its days are not known here
    elif rel == "첫날":
        span = (span[0],) * 2
    elif rel == "마지막날":
        span = (span[1],) * 2
    return span[0], span[1], "day"


_APPOSED_DAY = re.compile(r"인\s*(?:오는\s*|지난\s*)?\d{1,2}일")


_COUNTED_FROM_A_HAPPENING = re.compile(r"[가-힣]\s?(?:후|뒤|이후|부터|로부터|으로부터)\s$")


def _offset(m: re.Match, p: date, tense: str) -> Resolved:
    """"3주 전", "2년 전", "넉 달 전", "사흘 뒤": counted from the publication day, at the unit's precision."""
    n = int(m["n"]) if m["n"] else _KOREAN_COUNTS[m["kn"] or m["nd"]]
    unit = m["unit"] or m["kunit"] or ("주" if m["nd"] == "일주일" else "일")
    if m["nd"] == "일주일":
        n = 1
    sign = -1 if m["rel"] == "전" else 1
    if m["within"]:  # "1주일 안에", "사흘 이내": a deadline, the last day it allows
        if _COUNTED_FROM_A_HAPPENING.search(m.string, 0, m.start()):
            return None  # "고지서 수령 후 90일 안에": counted from a happening, not from publication
        d = p + timedelta(days=n * (7 if unit in ("주", "주일") else 1))
        return (d, d, "day") if unit in ("일", "주", "주일") else None
    if unit == "일" and m["n"] and sign < 0 and tense == "future" and not _APPOSED_DAY.match(m.string, m.end()):
        return None  # "24일 전에는 마무리할 것": before the 24th, not 24 days ago (but "개막 500일 전인 27일" is the 27th)
    if sign > 0 and tense == "past" and not _APPOSED_DAY.match(m.string, m.end()):
        return None  # "이틀 후 … 살해한 것으로 조사됐다": counted from a happening told elsewhere, not from today
    if unit == "일":
        d = p + timedelta(days=sign * n)
        return d, d, "day"
    if unit in ("주", "주일"):
        monday = p - timedelta(days=p.weekday()) + timedelta(weeks=sign * n)
        return monday, monday + timedelta(days=6), "week"
    if unit in ("개월", "달"):
        return (*_month_span(*_shift_month(p.year, p.month, sign * n)), "month")
    year = p.year + sign * n
    return (date(year, 1, 1), date(year, 12, 31), "year") if 1 <= year <= 9999 else None


def _week(m: re.Match, p: date, tense: str) -> Resolved:
    word = re.sub(r"\s", "", m["wk"])
    monday = p - timedelta(days=p.weekday()) + timedelta(weeks=_WEEK_WORDS[word])
    if word == "이번주" and not m["wd"] and p.weekday() == 6 and tense == "future":
        # a Sunday's "이번주 뉴욕 증시는 … 좌우될 전망이다": the Korean week starts on Sunday, so what is ahead "this
        # week" is in the days from tomorrow
        monday += timedelta(weeks=1)
    elif word in ("지난주", "저번주") and not m["wd"] and p.weekday() == 6:
        # a Sunday's "지난주 공모주 청약을 한 제일모직": in the week that starts on Sunday, last week is the one ending today
        monday += timedelta(weeks=1)
    if m["wd"]:
        d = monday + timedelta(days=_WEEKDAYS.index(m["wd"]))
        return d, d, "day"
    return monday, monday + timedelta(days=6), "week"


def _weekend(m: re.Match, p: date, tense: str) -> Resolved:
    def span(weeks: int) -> Span:
        saturday = p - timedelta(days=p.weekday()) + timedelta(days=5, weeks=weeks)
        return saturday, saturday + timedelta(days=1)

    if m["glued"] is not None and tense == "past":
        # "주말동안 비가 내릴 전망이다" (a forecast) is the coming weekend, as "주말 동안" is; told done, the glued form
        # is no point ("하차하며 주말동안 스페셜 DJ로 합류했다": on weekends, from then on)
        return None
    if m["wk"]:
        chosen = span(_WEEK_WORDS[m["wk"] + "주"])
    elif _GENERIC.search(m.string):  # "주말에 교육을 받아야 한다": any weekend, a rule or a habit
        return None
    else:  # a bare "주말": the weekend the wording points to, this week's when the tense does not say
        chosen = _pick_span([span(-1), span(0), span(1)], p, tense)
    return (*chosen, "day")


# A weekday as a kind of day, in figures told weekday by weekday: "요일별 등락률", "목요일 0.51%", "월요일과 화요일 각각
# 0.28%", "월요일이 1.30%로",
# "25번의 월요일": any week's, none of them a day
_WEEKDAY_FIGURE = re.compile(r"(?:\s?(?:과|와|,|및)\s?[월화수목금토일]요일)*\s?[이은는가도]?\s?(?:각각\s?|평균\s?)?"
                             r"[-+−]?\(?[-+−]?\d+(?:\.\d+)?\s?%")
_WEEKDAYS_COUNTED = re.compile(r"\d+\s?(?:번|차례)의?\s$")
# A weekday listed with 공휴일 ("일요일·공휴일 첫차", "일요일(공휴일 포함)", "토·일요일 및 공휴일에는") is a kind of day, any
# week's: a public holiday is a class of days, not one
# ("일요일과 대체공휴일을 포함해": a substitute holiday is a class of days too)
_WITH_PUBLIC_HOLIDAYS = re.compile(r"\s?(?:·|,|및|과|와|이나|또는|\()\s?(?:법정\s?|대체\s?)?공휴일")


def _weekday(m: re.Match, p: date, tense: str) -> Resolved:
    if not m["dir"] and (h := _HABITUAL.match(m.string, m.end())) is not None and (h["more"] or h["at"]):
        return None  # "토요일과 일요일 오후 1시에 시작하는 시범경기는": any week's
    if not m["dir"] and (timex_context.BY_WEEKDAY.search(m.string) or _WEEKDAY_FIGURE.match(m.string, m.end())
                         or _WITH_PUBLIC_HOLIDAYS.match(m.string, m.end()) or _TIMETABLE.match(m.string, m.end())
                         or _WEEKDAYS_COUNTED.search(m.string, 0, m.start())):
        return None
    idx = _WEEKDAYS.index(m["wd"])
    offsets = [k for k in range(-7, 8) if (p.weekday() + k) % 7 == idx]
    if m["dir"]:  # "오는 화요일" written on a Tuesday means next week's
        offsets = [k for k in offsets if k != 0]
    span = _pick([(p + timedelta(days=k), p + timedelta(days=k)) for k in offsets], p, tense)
    return (span[0], span[1], "day") if span else None


# "매년 2회(…)에 집회하되 그날이 공휴일인 때는 그 다음날에 집회됨": a day counted from "그날" of a rule that recurs
# recurs too, no single day
_RECURRING_RULE = re.compile(r"매년|매해|해마다|매월|매달|매주")
_COUNTED_FROM_THAT_DAY = re.compile(r"그\s$")


# A conditional 면 ("취소되면", "결정되면"), not a source named ("기상청에 따르면": 따르면/의하면); Kiwi confirms it
# is a verb's ending (`_conditional_ending`)
_CONDITION = r"[가-힣](?<!따르)(?<!의하)면"
# ... right before a day word ("취소되면 다음날로"): the day is counted from a happening supposed
_AFTER_A_CONDITION = re.compile(_CONDITION + r"\s(?:그\s)?$")
_NUMBERED_DAY = re.compile(r"\d{1,2}일")
# ... in a date's clause ("8월초 청사건립 부지가 결정되면"): the date is supposed, so ahead
_SUPPOSED = re.compile(_CONDITION + r"(?=\s)")


def _conditional_ending(sentence: str, pos: int) -> bool:
    """Is the 면 at pos a verb's conditional ending (Kiwi: EC), not the end of a noun ("반면", "측면")?"""
    return any(tok.form in ("면", "으면") and tok.tag == "EC" and tok.start + len(tok.form) == pos + 1
               for tok in _kiwi(sentence))


def _day_word(m: re.Match, p: date, tense: str) -> Resolved:
    """Counted from the publication day; timex_links moves 전날/다음날/이날 to the day the sentence names."""
    word = re.sub(r"\s", "", m["dw"])
    if word in ("다음날", "전날", "이튿날") and _COUNTED_FROM_THAT_DAY.search(m.string, max(0, m.start() - 2), m.start()) \
            and _RECURRING_RULE.search(m.string, 0, m.start()):
        return None
    if word in ("다음날", "전날", "이튿날") and (cond := _AFTER_A_CONDITION.search(m.string, max(0, m.start() - 4), m.start())) \
            and not _NUMBERED_DAY.search(m.string, 0, m.start()) and _conditional_ending(m.string, cond.start() + 1):
        return None  # "경기가 우천으로 취소되면 다음날로 순연된다": the day after what may happen, no day of the calendar
    d = previous_trading_day(p) if word == "전거래일" else p + timedelta(days=_DAY_WORDS[word])
    return d, d, "day"


def _year_edge(m: re.Match, p: date, tense: str) -> Resolved:
    year = _year_of(m, p)
    if m["within"] or m["edge"] == "연내":  # the rest of the year from publication
        year = p.year if year is None else year
        return (p if year == p.year else date(year, 1, 1)), date(year, 12, 31), "year"
    month = 12 if m["edge"] == "연말" else 1
    if year is None:  # a bare 연말/연초 is this year's, unless the verb points back ("지난 연말") or on
        year = p.year
        if month == 12 and tense == "past" and p.month < 12:
            year -= 1
        elif month == 1 and tense == "future" and p.month > 1:
            year += 1
    return (*_month_span(year, month), "month")


def _decade(m: re.Match, p: date, tense: str) -> Resolved:
    decade = int(m["dec"]) * 10
    century = int(m["c"]) * 100 if m["c"] else (2000 if 2000 + decade <= p.year else 1900)  # "70년대" is the 1970s
    first, last = {"초": (0, 3), "초반": (0, 3), "중반": (4, 6), "중후반": (4, 9), "후반": (7, 9), "말": (7, 9)}.get(m["dpart"], (0, 9))
    return date(century + decade + first, 1, 1), date(century + decade + last, 12, 31), "year"


_SEASON_MONTHS = {"봄": 3, "여름": 6, "가을": 9, "겨울": 12}


def _season(m: re.Match, p: date, tense: str) -> Resolved:
    first = _SEASON_MONTHS[m["season"]]

    def span(y: int) -> Span:
        end_y, end_m = _shift_month(y, first, 2)
        return date(y, first, 1), _month_span(end_y, end_m)[1]

    if m["y"]:  # "지난 2012년 여름": the year told is the season's; 지난/오는 only say which side of today it lies
        return (*span(int(m["y"])), "month")
    cands = [span(y) for y in range(p.year - 2, p.year + 2)]
    if m["dir"] == "지난":
        return (*max(c for c in cands if c[1] < p), "month")
    if m["dir"] == "오는":
        return (*min(c for c in cands if c[0] > p), "month")
    if m["this"] or m["yw"] in ("올해", "금년", "올"):  # this year's, or the one under way ("올 겨울" in January)
        current = [c for c in cands if c[0] <= p <= c[1]]
        if current:
            return (*current[0], "month")
        if not m["this"]:
            return (*span(p.year), "month")
        return (*min(c for c in cands if c[0] > p), "month")
    year = _year_of(m, p)
    return None if year is None else (*span(year), "month")


def _month_edge_day(m: re.Match, p: date, tense: str) -> Resolved:
    year, mon = _year_of(m, p), int(m["m"])
    span = _month_span(year, mon) if year is not None else _pick_span([_month_span(y, mon) for y in (p.year - 1, p.year, p.year + 1)], p, tense)
    if span is None:
        return None
    d = span[1] if m["edge"].startswith("마지막") else span[0]
    return d, d, "day"


def _relative_year(m: re.Match, anchor: date, tense: str) -> Resolved:
    year = anchor.year + (1 if re.search(r"이듬해|다음", m["ry"]) else -1 if m["ry"].startswith("전년") else 0)
    return date(year, 1, 1), date(year, 12, 31), "year"


def _years_named_before(found: list[timex_links.Found], pos: int) -> list[date]:
    """The first days of the years the sentence names before `pos`."""
    return [f.expr.date for f in found if f.expr.end <= pos and f.expr.date is not None and f.resolve is not _offset
            and _YEAR_NAMED.search(f.expr.text)]


def _previous_years_unnamed(sentence: str, p: date, chosen: list[timex_links.Found]) -> list[timex_links.Found]:
    """"전년도 성적의 역순" with no year named in the sentence: the year before publication, as 지난해 (the noun 전년도
    is that year; a bare 전년, as in "전년 동기 대비", only compares and is left alone)."""
    out = []
    for m in _RELATIVE_YEAR_SEARCHED.finditer(sentence):
        if m["ry"] != "전년도" or any(f.expr.start < m.end() and m.start() < f.expr.end for f in chosen):
            continue
        if (e := _resolved_expr(m, _relative_year, p, "unknown")) is not None and e.date:
            out.append(timex_links.Found(replace(e, direction=timex_links.direction(e.date, e.end_date, p)), m,
                                         _relative_year))
    return out


def _relative_years(sentence: str, p: date, chosen: list[timex_links.Found]) -> list[timex_links.Found]:
    """이듬해/같은 해/그해, and "N년 전/후/뒤", after a year the sentence named, read from that year
    ("2006년 … 방문했고, 2년 뒤 …": 2008)."""
    if not _years_named_before(chosen, len(sentence)):
        chosen = chosen + _previous_years_unnamed(sentence, p, chosen)
        return sorted(chosen, key=lambda f: f.expr.start)  # nothing to count from (what is added here names none)
    out = list(chosen)
    for m in _OFFSET_SEARCHED.finditer(sentence):
        if not m["rel"] or (m["unit"] or m["kunit"]) not in ("년", "해") or not (named := _years_named_before(out, m.start())):
            continue
        out = [f for f in out if not (f.resolve is _offset and f.expr.start < m.end() and m.start() < f.expr.end)]
        if any(f.expr.start < m.end() and m.start() < f.expr.end for f in out):
            continue
        n = int(m["n"]) if m["n"] else _KOREAN_COUNTS[m["kn"]]
        year = named[-1].year + (-n if m["rel"] == "전" else n)
        if 1 <= year <= 9999:
            first, last = date(year, 1, 1), date(year, 12, 31)
            out.append(timex_links.Found(TimeExpr(m.group(0), m.start(), m.end(), first, last, "year",
                                                  timex_links.direction(first, last, p)), m, _offset))
    out.sort(key=lambda f: f.expr.start)
    for m in _RELATIVE_YEAR_SEARCHED.finditer(sentence):
        if any(f.expr.start < m.end() and m.start() < f.expr.end for f in out):
            continue
        named = _years_named_before(out, m.start())
        if named and (e := _resolved_expr(m, _relative_year, named[-1], "unknown")) is not None and e.date:
            month = next((f for f in out if f.expr.start > m.end() and not sentence[m.end():f.expr.start].strip()
                          and _MONTH_FIRST.match(f.expr.text)), None)
            if month is not None and (r := _resolved_expr(month.match, month.resolve, e.date, "future")) is not None \
                    and r.date is not None and r.date.year == e.date.year:
                # "2019년 5월부터 이듬해 2월까지", "같은 해 3월": the month of the year counted from the one named
                month.expr = replace(r, text=sentence[m.start():r.end], start=m.start(),
                                     direction=timex_links.direction(r.date, r.end_date, p))
                continue
            e = replace(e, direction=timex_links.direction(e.date, e.end_date, p))
            out.append(timex_links.Found(e, m, _relative_year))
    return sorted(out, key=lambda f: f.expr.start)


_MONTH_FIRST = re.compile(r"\d{1,2}월")

# "3분기 영업이익 … 전 분기(8조1400억원)보다 … 줄어들": the quarter before the one the sentence named, as figures are
# compared with it (without 보다/대비, "전 분기 흑자" may be every quarter, 全)
_QUARTER_BEFORE = re.compile(_START + r"전\s?분기(?=\s?(?:\([^()]*\)\s?)?(?:보다|대비|에\s?비해)(?![가-힣]))")


def _quarter_before(m: re.Match, anchor: date, tense: str) -> Resolved:
    """The quarter before the one holding `anchor`."""
    y, mon = _shift_month(anchor.year, anchor.month - (anchor.month - 1) % 3, -3)
    return date(y, mon, 1), _month_span(*_shift_month(y, mon, 2))[1], "quarter"


def _quarters_before(sentence: str, p: date, chosen: list[timex_links.Found]) -> list[timex_links.Found]:
    """전 분기 compared after a quarter the sentence named: the quarter before that one (none named: not read)."""
    if "분기" not in sentence:
        return chosen
    out = list(chosen)
    for m in _QUARTER_BEFORE.finditer(sentence):
        named = [f.expr.date for f in out if f.expr.end <= m.start() and f.expr.precision == "quarter" and f.expr.date]
        if named and not any(f.expr.start < m.end() and m.start() < f.expr.end for f in out) \
                and (e := _resolved_expr(m, _quarter_before, named[-1], "unknown")) is not None and e.date:
            out.append(timex_links.Found(replace(e, direction=timex_links.direction(e.date, e.end_date, p)), m,
                                         _quarter_before))
    return sorted(out, key=lambda f: f.expr.start)


def _nth_week(y: int, mon: int, n: int, weekend: bool) -> Span:
    """The n-th (-1: last) Monday-Sunday week of a month, the one holding that week's days of it; or, for its
    weekend, the month's n-th (or last) Saturday and the Sunday after."""
    first, last = _month_span(y, mon)
    if weekend:
        saturday = first + timedelta(days=(5 - first.weekday()) % 7)
        saturday += timedelta(days=7 * ((last - saturday).days // 7 if n < 0 else n - 1))
        return saturday, saturday + timedelta(days=1)
    # the week whose Thursday is in the month (most of its days are): "7월 마지막 주" of 2023 ends on 30 July,
    # not on 6 August
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    thursday += timedelta(days=7 * ((last - thursday).days // 7 if n < 0 else n - 1))
    return thursday - timedelta(days=3), thursday + timedelta(days=3)


def _ordinal_week(m: re.Match, p: date, tense: str) -> Resolved:
    """"1월 첫째 주": the Monday-Sunday week holding that week's days of the month; "2월 둘째 주 주말": its weekend."""
    months = _months_named(m, p)
    cands = [_nth_week(y, mon, ORDINALS[m["ord"]], bool(m["wkend"])) for y, mon in months]
    # "10월 셋째주 … 적용할 경우" on 24 October: a week of the month of publication is this month's, as the
    # month itself would be, whichever way the verb points
    this_month = [c for c, (y, mon) in zip(cands, months) if (y, mon) == (p.year, p.month)]
    span = this_month[0] if this_month else _pick(cands, p, tense) if len(cands) > 1 else cands[0]
    return (span[0], span[1], "day" if m["wkend"] else "week") if span else None


# "관계부처와 은행들이 둘째 주 주말 이틀간 등록금 수납을 하기로 했다" after "… 미등록 충원 기간(2월 10∼20일) …": an ordinal
# week told without its month, right after a subject, topic or object, is of the month the article told last; not
# one after a noun ("시즌 마지막 주": the season's) nor a recurring one ("매달 둘째 주")
_BARE_ORDINAL_WEEK = re.compile(r"(?:^|(?<=[이가은는을를도,]\s))(?P<ord>첫째|둘째|셋째|넷째|다섯째|마지막)\s?"
                                r"(?:(?P<wkend>주\s?주말|주말)|주(?!\s*[월화수목금토일]요일))"
                                r"(?!\s?\(\s?\d)" + _END)  # ("둘째 주(10∼14일)엔": its days gloss it)


def _ordinal_week_of_told_month(sentence: str, p: date, found: list[timex_links.Found],
                                told: timex_context.ArticleDates | None) -> list[timex_links.Found]:
    if told is None or told.month is None or (m := _BARE_ORDINAL_WEEK.search(sentence)) is None \
            or any(f.expr.start <= m.start() < f.expr.end for f in found):  # ("둘째 주(10∼14일)": glossed)
        return found
    start, end = _nth_week(told.month.year, told.month.month, ORDINALS[m["ord"]], bool(m["wkend"]))
    expr = TimeExpr(m.group(0), m.start(), m.end(), start, end, "day" if m["wkend"] else "week",
                    timex_links.direction(start, end, p), counted_from="article")
    kept = [f for f in found if not (f.expr.start < m.end() and m.start() < f.expr.end)]
    return sorted([*kept, timex_links.Found(expr, m, lambda *_: None)], key=lambda f: f.expr.start)


def _day_year_glossed(m: re.Match, p: date, tense: str) -> Resolved:
    """"6월 15일(1984년)": that day of the year in brackets."""
    d = _safe(int(m["gy"]), int(m["m"]), int(m["d"]))
    return (d, d, "day") if d else None


def _whole_year(m: re.Match, p: date, tense: str) -> Resolved:
    year = _year_of(m, p)
    return (date(year, 1, 1), date(year, 12, 31), "year") if year is not None else None


# "새해 가장 먼저 볼 수 있는 사분의자리 유성우" (23 December 2021), "새해 첫 달 주요 인사" (7 January 2026): the year
# that begins at the New Year nearest publication, next year's in the last three months (the budget season's
# "새해예산안", 11 October 1992); "새해 첫 달" its January;
# "새해 1월16일" (13 December 1999), "새해 2일" (20 December 2017): that day of it, January's when no month is told
_NEW_YEAR = re.compile(_START + r"새해(?:\s(?:(?P<m>1[0-2]|0?[1-9])월\s?)?(?P<d>3[01]|[12]\d|0?[1-9])일"
                       r"(?!\s?(?:간|동안|만에|째)(?![가-힣]))(?=" + "|".join(_PARTICLES) + r"|[^가-힣]|$)"
                       r"|(?P<first>\s?첫\s?달)?(?![가-힣])|(?=예산))")


def _this_time(m: re.Match, p: date, tense: str) -> Resolved:
    year = _year_of(m, p)
    d = _safe(year, p.month, p.day) if year is not None else None
    return (d, d, "day") if d else None


def _new_year(m: re.Match, p: date, tense: str) -> Resolved:
    year = p.year + 1 if p.month >= 10 else p.year
    if m["d"]:
        d = _safe(year, int(m["m"] or 1), int(m["d"]))
        return (d, d, "day") if d else None
    return (*_month_span(year, 1), "month") if m["first"] else (date(year, 1, 1), date(year, 12, 31), "year")


# "CJ39쇼핑이 중순께 실적을 발표하고" (a July preview): a part of a month with no month is of the month the story
# is in
# ("6월 중순부터 말까지": after 부터, 말 alone closes the span in the month it opened in)
_PART_ALONE = re.compile(_START + r"(?P<part>초순|중순|하순|(?<=부터 )말(?=\s?까지))(?:께|경)?" + _END)


def _part_alone(m: re.Match, p: date, tense: str) -> Resolved:
    return (*_narrow(_month_span(p.year, p.month), m["part"]), "month")


def _undated(m: re.Match, p: date, tense: str) -> Resolved:
    return None, None, "none"


_PATTERNS = (
    (_LUNAR, _lunar), (_DOTTED_SPAN, _dotted_span), (_DOTTED_DAYS, _dotted_days), (_SLASHED_DAYS, _dotted_days), (_DOTTED_DAY_SPAN, _dotted_days), (_DOTTED_DAY_NOTE, _dotted_days), (_DOTTED_MONTH, _dotted_month), (_DOTTED_DAY_WEEKDAY, _dotted_day), (_NUMERIC, _numeric), (_SHORT_NUMERIC, _short_numeric), (_LISTED_YEAR, _listed_year), (_ELECTION, _election), (_RANGE, _range), (_TWO_DAYS, _range), (_MONTH_RANGE, _month_range), (_YEAR_RANGE, _year_range),
    (_CALENDAR, _calendar), (_AFTER_PARTICLE, _after_particle), (_GLUED_DAY, _glued_day), (_GLUED_PART, _glued_part), (_DIRECTED_SHORT_YEAR, _directed_short_year), (_CROP_SHORT_YEAR, _crop_short_year), (_WORKS_SHORT_YEAR, _works_short_year), (_BARE_SHORT_YEAR, _bare_short_year), (_FISCAL_YEAR, _fiscal_year), (_DAY_WITHOUT_IL, _calendar), (_DAY_WEEKDAY_MARKED, _calendar), (_SPACED_DAY_END, _calendar), (_HALF, _half), (_QUARTER_RANGE, _half), (_MONTH_WORD, _month_word), (_MONTH_WORD_DAY_WITHOUT_IL, _month_word), (_ORDINAL_WEEKDAY, _ordinal_weekday),
    (_HOLIDAY, _holiday), (_WEEK, _week), (_WEEKEND, _weekend), (_WEEKDAY_IS, _day_word),
    (_WEEKDAY, _weekday), (_DAY_WORD, _day_word), (_OFFSET, _offset),
    (_YEAR_EDGE, _year_edge), (_UNDATED, _undated), (_DECADE, _decade), (_SEASON, _season),
    (_MONTH_EDGE_DAY, _month_edge_day), (_PART_ALONE, _part_alone), (_ORDINAL_WEEK, _ordinal_week), (_DAY_YEAR_GLOSSED, _day_year_glossed), (_WHOLE_YEAR, _whole_year),
    (_NEW_YEAR, _new_year), (_THIS_TIME, _this_time),
)


# The characters each pattern cannot match without: a sentence lacking them is not scanned for it.
_NEEDS = {pattern: required_chars(pattern) for pattern, _ in _PATTERNS}
# Each pattern as it is searched: led by the characters a match starts with, which spares the search trying the
# lookbehinds of `_START` at every position (the same matches; `required_chars.gated`). Listed with its resolver and
# needs, not looked up by pattern: a compiled pattern's hash reads all its code (4 us for the longest ones).
_SEARCHED = {pattern: gated(pattern) for pattern, _ in _PATTERNS}
# And the strings: a sentence holding none of `분기`, `상반기`, `하반기` is not scanned for quarters and halves (a
# search for the strings costs a tenth of the pattern's scan, and rules out most sentences for most patterns).
_HOLDS = {pattern: tuple(holds_one_of(strings).search for strings in required_strings(pattern)) for pattern, _ in _PATTERNS}
_SCANS = tuple((_SEARCHED[pattern], resolve, _NEEDS[pattern], _HOLDS[pattern]) for pattern, resolve in _PATTERNS)
_SCAN_GATE = CharGate([(scan, scan[2]) for scan in _SCANS])   # the scans a sentence's characters let through, at once
_OFFSET_SEARCHED, _RELATIVE_YEAR_SEARCHED = _SEARCHED[_OFFSET], gated(_RELATIVE_YEAR)


def _publication_day(published: datetime | date) -> date:
    """The KST calendar day of publication; naive datetimes are taken as KST already."""
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(KST)
        return published.date()
    return published


def _longest_first(found: list[timex_links.Found]) -> list[timex_links.Found]:
    chosen: list[timex_links.Found] = []
    for f in sorted(found, key=lambda f: (f.expr.start - f.expr.end, f.expr.start)):
        if all(f.expr.end <= c.expr.start or f.expr.start >= c.expr.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.expr.start)


# "8월 14일이 임시 공휴일로 지정되면서": a date that is the subject is what the verb is about, not when it
# happened; the verb's tense does not place it.
_SUBJECT = re.compile(r"[이가]\s")
# "실적이 집중된 날은 30일이다": a date that is the predicate is named, not placed by a verb
# ("… 열리는 날은 3월 22일인 것으로 집계됐다": the same predicate inside a reported clause; the report's past is the
# tally's, not the day's)
_COPULA = re.compile(r"\s*(?:이다|입니다|이며|이고|인\s?것으로)(?![가-힣])")
# "설 명절을 맞아 … 나섰다": the occasion is the one at hand, whichever side of publication it falls.
# ("5월 가정의 달을 맞아 … 준비하고 있다": the occasion may be named by a noun phrase after the date)
_OCCASION = re.compile(r"(?:(?:\s?명절)?\s?[을를]?|(?:\s+[^\s,.]+){1,2}?[을를])\s?(?:맞아|맞이해|맞이하여|맞아서)(?![가-힣])")
# "6일 개봉일 스크린 수가", "29일 개봉 첫날 일부 관이": a date beside the noun of a day names that day; the verb
# speaks of something else and does not place it
_DAY_NAMED = re.compile(r"\s+(?:[가-힣]+\s+)?(?:[가-힣]{2,}일|첫날|당일)(?=[은는이가의에을를도]|\s|$)")
# "19일=예산안 시정연설, … <>20-21일= 상임위별 예산안예비심사, … 일정에 합의했다": a timetable's entry, whose day the verb
# closing the timetable does not place
_TIMETABLE_ENTRY = re.compile(r"\s?=")
# "7월 3일 전국 동시선거와 관련해 … 설명했다": a dated thing that is talked about is not placed by the talk's verb
_ABOUT = re.compile(r"\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]*(?:(?:와|과)\s?관련(?:해|하여|한|된)|에\s?(?:대해|대한|관해|관한))(?![가-힣])")
# "인사이동 명령이 24일자로 나온 바 있다": the day an order takes effect is named by the order, not placed by the verb
# that reports it (issued before, effective before or after publication)
_EFFECTIVE = re.compile(r"(?:자(?:로|부(?:로|터)?)|부로)(?![가-힣])")
_UNTIL_NOW = re.compile(r"\s*까지")
# "1일 오후 7시 현재": the moment a figure is given as of is not ahead
# (with its clock time: in "19일 현재 주민등록이 돼 있는 부산에서 투표를 마치고" 현재 belongs to what follows)
_AS_OF = re.compile(r"(?:\s*(?:오전|오후|저녁|밤|새벽))?\s*\d{1,2}시(?:\s?\d{1,2}분)?\s*(?:현재|기준)(?![가-힣])"
                    r"|\s*기준\s?\)")  # "조회 수 1200만(21일 기준)": a figure's moment noted in brackets
# ("14일까지 대추축제장을 다녀간 관람객이 35만여 명에": the count may come a few words on)
# ("10∼12월까지 3개월동안을 … 기간으로 정하고": a length in months is no count of things)
_TALLY = re.compile(r"\s*까지\s*(?:누적\s*|모두\s*|총\s*)?[\d,.]+\s?(?:만\s?|천\s?)?(?:명|건|개(?!월)|원|대|곳|회|장|톤)"
                    r"|\s*까지\s*(?:[^\s,.]+\s+){1,4}?[\d,.]+\s?(?:만\s?|천\s?)?(?:여\s?)?(?:명|건|개|원|대|곳|회)"
                    r"\s?(?:에\s?달|을\s?넘|를\s?넘|으?로\s?집계|을\s?기록|를\s?기록)")
# "9월 컴백을 확정하고", "9월 컴백을 목표로": the happening decided on or aimed at lies ahead
_PLANNED = re.compile(r"\s*(?:[^\s,.]+\s){0,2}?[^\s,.]*[을를]\s?(?:확정|목표로|예고)"
                      r"|\s*에\s?대비(?:해|하여|한|하는)(?![가-힣])"  # "추석 연휴에 대비해": what is prepared for is ahead
                      # "10월 축제 준비에 돌입했다": the happening of the month that is being prepared for
                      r"|\s(?:[가-힣]+\s)?(?:축제|행사|대회|박람회|공연|선거)\s?준비(?:에|를|가|로|하|작업)")
# ("2분기 미국 경제성장률": one word may say whose figures they are)
_RESULTS = re.compile(r"(?:\s[가-힣]{2,4}(?=\s)){0,2}\s?" + _FIGURES)  # (not a particle: "29일에 실적 공시를 한다")
# "2분기보다 못할 것", "1.4분기 안팎 수준이 될 것": a quarter or half that figures are measured against is one whose
# figures are known, so it is over or under way, whatever the tense of the forecast
_COMPARED = re.compile(r"\s?(?:보다|대비|안팎|수준)")
# "3.4분기 기업설명회를 가질 예정이다" (in October): a company's briefing on a quarter comes after the quarter, so the
# quarter it is named by is over, whatever the tense of the briefing
_QUARTER_BRIEFING = re.compile(r"\s?(?:기업|실적)?\s?설명회|\s?IR(?![A-Za-z])|\s?컨퍼런스\s?콜")
# "5월 25일 … 살해하고 … 유기한 혐의를 받는다": acts someone is accused of (a past adnominal before 혐의, with the
# accusation itself the predicate) are behind, whatever the tense of 받는다 (not "… 혐의에 대한 선고공판을 연다")
_ACCUSED = re.compile(r"(?:(?!다[,.\s”\"’'])[^.])*?[가-힣](?:한|된|은|던)\s?혐의(?:를\s?받|로\s?(?:구속|기소|체포|입건|송치|고발|고소|수사|조사|재판))")
# "수능은 11월 19일에서 12월 3일로 연기됐다", "마감일은 9월 16일로, … 12월 14일로 늦춰졌다": the dates a plan is
# moved from and to are the plan's, ahead (or only just gone by), whatever the tense of the verb that moved it
# ("추석 연휴로 인해 … 미뤄진": a cause, not where it was moved to; "3월로 쑥 밀려났다": pushed back)
_MOVED = re.compile(r"(?:\s*에서\s*(?:\d{1,2}월\s*|(?:다음|이번|지난)\s?달\s*|내달\s*|이달\s*)?\d{1,2}일)?\s*(?:이후)?"
                    # "26일 0시로 개통 날짜를 미뤘다": the hour the plan is moved to, told after its day
                    r"(?:\s*(?:오전|오후|밤|새벽)?\s*\d{1,2}시(?:\s*\d{1,2}분)?)?\s*(?:으로|로)(?!\s*인(?:해|한|하여))(?:\s*,[^,.]{0,40}?(?:으로|로))?"
                    # ("10월 3∼4일로 재연기했고": moved again)
                    r"(?:\s+[^\s,.]+){0,3}?\s+재?(?:연기|미[뤄루뤘룬]|밀[려렸린]|늦[춰추췄춘]|앞당[겨기겼긴]|변경|연장|순연|바[뀌뀐꿔꾼]|옮[겨긴])")
_MOVED_FROM = re.compile(r"\s*에서\s")
_TOLD_BEFORE = re.compile(r"[가-힣]*던")
# "9월 1일부터 12월 9일까지 100일간의 정기국회 일정을 확정했다", "9월 2일 정기국회 개회식, … 청취하는 방안을 마련했다":
# dates inside the schedule or plan that was decided are the plan's, ahead, whatever the tense of the deciding
# ("25일까지 본회의를 여는 데 합의했다": what is agreed to be done, a verb's -는 before 데, is a plan too)
_PLAN_DECIDED = re.compile(r"(?:일정|일정안|의사일정|방안|계획|계획안|시간표)(?:[을를]\s?(?:확정|마련|제시|합의|발표|공개|결정|수립|의결)"
                           # told in the passive ("3월에도 현대차(12일)를 비롯해 … 73개사의 주총 일정이 확정됐다")
                           r"|[이가]\s?(?:확정|마련|합의|결정|수립|의결)(?:됐|되었|돼))"
                           r"|[가-힣]는\s?데\s?(?:합의|결정)")


# "합의사항을 통해 정기국회 일정으로 9월 1일 개회식과 본회의, … 진행하되, … 단서 조항을 달았다": days told right after a
# schedule named as what they make up are its days, ahead of the telling
_SCHEDULE_BEFORE = re.compile(r"(?:일정|일정표|일정안|스케줄)(?:으로|은|는)\s+$")
# ("한국프로축구연맹은 17일 … 일정을 확정, 발표했다": a bare day right after the subject is the day of deciding)
_BARE_DAY_AFTER_SUBJECT = re.compile(r"[가-힣][은는이가]\s\d{1,2}일$")
# ("… 하루앞둔 10일", "창립 1주년을 맞은 10일", "투표일인 10일": a day told by an adnominal of what it is in the news)
_DAY_DESCRIBED = re.compile(r"(?:(?<=[가-힣])인|앞둔|맞은|맞는)\s$")


def _plan_decided(sentence: str, m: re.Match) -> bool:
    plan = _PLAN_DECIDED.search(sentence, m.end())
    if plan is None or "." in sentence[m.end():plan.start()] or _tense_marks(sentence[m.end():plan.start()]):
        return False
    if _DAY_DESCRIBED.search(sentence, 0, m.start()):
        return False  # "투표일을 하루앞둔 10일 … 개원일정을 발표했다": a day described as the news's moment is the telling's
    subject = _BARE_DAY_AFTER_SUBJECT.search(sentence, max(0, m.start() - 3), m.end())
    return subject is None or not _particle_at(sentence, subject.start() + 1)


# "6월 …, 9~11월 …, 10월 … 등이 계획됐다", "시범경기를 3월 13∼28일에 걸쳐 … 편성했다고", "10월 초로 출시가 예상했지만":
# the first predicate after a month is a noun of planning or expecting made a verb (Kiwi: NNG + XSV 하/되, here past);
# the month is what was planned or expected, ahead of the planning, however its past is told. Not a month told with
# 에 right before such a verb's clause ("7월 17일에 … 결정됐다"): the time the verb's act took place.
_PLANNING_NOUNS = frozenset({"계획", "예정", "편성", "확정", "결정", "예상"})
_TIME_OF_THE_VERB = re.compile(r"에(?:는|도|만)?(?![가-힣])(?!\s*걸[쳐친])")


_SPAN_START = re.compile(r"\s?부터\s")


def _planned_by_verb(sentence: str, m: re.Match) -> bool:
    g = m.groupdict()
    # a bare day too when it opens a span ("24일부터 3일간 휴교를 결정했다"): no deciding takes days
    if not (g.get("m") or g.get("m1") or _SPAN_START.match(sentence, m.end())) or g.get("y") or g.get("yw") \
            or g.get("yy") or _TIME_OF_THE_VERB.match(sentence, m.end()):
        return False
    marks = _tense_marks(sentence[m.end():])
    if not marks or marks[0][1] != "past":
        return False
    at = m.end() + marks[0][0]
    tokens = _kiwi(sentence)
    return any(tok.start == at and tok.tag == "XSV" and i > 0 and tokens[i - 1].tag == "NNG"
               and tokens[i - 1].form in _PLANNING_NOUNS for i, tok in enumerate(tokens))


def _particle_at(sentence: str, pos: int) -> bool:
    """Is the 은/는/이/가 at pos a particle (Kiwi: J…), not a verb's adnominal ending ("전당대회가 열리는 22일")?"""
    return any(tok.start == pos and tok.tag.startswith("J") for tok in _kiwi(sentence))
# "19일 금융권에 따르면 …": the day a source said it, never ahead, whatever the reported clause's tense.
_ACCORDING_TO = re.compile(r"(?:\s*\([^()]*\))?(?:\s*(?:오전|오후|저녁|밤|새벽))?\s+(?:[^\s,.]+\s+){0,5}?[^\s,.]*?(?:에\s?따르면|에\s?의하면)")


# "4일 전 세계인의 축제", "4일 전 대통령이": 전 may be the determiner 全/前 ("all", "former") before a noun, not
# "before"; only the morphology tells them apart (Kiwi tags the determiner MM, the noun "before" NNG).
_COUNT_JEON = re.compile(r"\d\s?(?:일|년|개월|주일?)\s?(전)\s(?=[가-힣])")
_DETERMINER_JEON = "全"  # stands in for a determiner 전 so that no pattern reads "N일 전" there (same length)


def _prefix_jeon_masked(sentence: str) -> str:
    """The sentence with every determiner 전 after a count ("4일 전 세계인") masked, so the count reads as a date."""
    spots = [m.start(1) for m in _COUNT_JEON.finditer(sentence)]
    if not spots:
        return sentence
    from digest.text.korean import kiwi  # only for the rare sentence that needs it: Kiwi is costly to load

    determiners = {t.start for t in kiwi().tokenize(sentence) if t.form == "전" and t.tag == "MM"}
    chars = list(sentence)
    for at in spots:
        if at in determiners:
            chars[at] = _DETERMINER_JEON
    return "".join(chars)


# A day told in local time abroad: "미 동부시간으로 25일", "현지시간으로 25일", "25일(현지시간)"
_LOCAL_BEFORE = re.compile(r"(?:현지|미\s?동부|미\s?서부|동부|서부|미국|뉴욕|워싱턴)\s?(?:시간|시각)(?:으로|\s?기준)?\s*$")
_LOCAL_AFTER = re.compile(r"\s*\((?:미국\s?|미\s?동부\s?)?현지\s?(?:시간|시각)\)")


def _abroad(sentence: str, m: re.Match) -> bool:
    """Is the bare day at m told in local time abroad (a zone behind Korea's)?"""
    return (_BARE_DAY.fullmatch(m.group(0)) is not None
            and (_LOCAL_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) is not None
                 or _LOCAL_AFTER.match(sentence, m.end()) is not None))


# "정례회는 매년 2회 (1차 : 6월 10일, 2차 : 11월 21일) 집회하며": days glossing what recurs recur too
_RECURRING_BEFORE_GLOSS = re.compile(r"(?:매년|매해|해마다|매월|매달|매주)(?:\s?\d{1,2}\s?(?:회|차례|번))?\s?\($")


def _recurring_gloss(sentence: str, pos: int) -> bool:
    opening = sentence.rfind("(", 0, pos)
    return (opening >= 0 and ")" not in sentence[opening:pos]
            and _RECURRING_BEFORE_GLOSS.search(sentence, 0, opening + 1) is not None)


# "매 분기 시작 전달의 21일까지 정해지는 연료비조정단가": a day of a phrase that opens with 매 (each) recurs with it
_RECURRING_PHRASE = re.compile(r"(?:매\s?(?:분기|월|달|주|년|해)|매년|매해|해마다|달마다|분기마다)(?:\s+[^\s\d,.]+){1,3}\s+$")


# "고시 전 20일까지 최저임금을 정해야", "선거일 전 40일인 오는 24일": so many days before what is named, a count; a
# day's name glues it ("선거일전 30일인 내년 3월 6일까지"), where a place may end in 전 ("대전 30일")
_COUNT_BEFORE = re.compile(r"(?:[가-힣]\s|[가-힣]일)전\s$")


def _counted_before(sentence: str, m: re.Match) -> bool:
    return (_BARE_DAY.fullmatch(m.group(0).split(" ")[0]) is not None and not m.groupdict().get("dir")
            and _COUNT_BEFORE.search(sentence, max(0, m.start() - 4), m.start()) is not None)


# "차량 대수는 1일 평균 472만 대로", "1일 최대 500명": a day as the unit of a rate, not the first of a month
_PER_DAY = re.compile(r"\s?(?:평균|최대|최고|최다|최소)(?![가-힣])")


def _per_day(sentence: str, m: re.Match) -> bool:
    return m.group(0) == "1일" and not m.groupdict().get("dir") and _PER_DAY.match(sentence, m.end()) is not None


# "축제 1일 차는", "2일 차에는": the first, second day of what goes on, an ordinal count (Kiwi tags that 차 a bound
# noun, NNB; "5일 차에서 내린", the car, is NNG)
_ORDINAL_AFTER = re.compile(r"\s?차(?![량례단선종])")


def _ordinal_day(sentence: str, m: re.Match) -> bool:
    if (_BARE_DAY.fullmatch(m.group(0)) is None or m.groupdict().get("dir")
            or _ORDINAL_AFTER.match(sentence, m.end()) is None):
        return False
    return any(tok.form == "차" and tok.tag == "NNB" and m.end() <= tok.start <= m.end() + 1 for tok in _kiwi(sentence))


# "매년 6월 1일 기준", "매년 6월과 12월", "매년 수능 전 6월과 9월": what 매년 governs runs on through a run of months and
# days, the day of a recurring month and the later members of a list as much as the first
_RECURRING_RUN = re.compile(r"(?:매년|매해|해마다|매월|매달)(?:\s+[^\s\d,.]+){0,3}\s*"
                            r"(?:\d{1,2}\s?[월일](?:\s?(?:과|와|및|,))?\s?)+$")


def _recurring_phrase(sentence: str, m: re.Match) -> bool:
    g = m.groupdict()
    return (not (g.get("dir") or g.get("y") or g.get("yw") or g.get("yy"))
            and (_RECURRING_PHRASE.search(sentence, max(0, m.start() - 30), m.start()) is not None
                 or _RECURRING_RUN.search(sentence, max(0, m.start() - 40), m.start()) is not None))


# "보통 쌍둥이자리 유성우는 12월 4일부터 17일 사이에 발생한다": a sentence that opens on an adverb of habit tells what
# usually happens; its dates with no year and no 지난/오는 recur, as "보통 12월" right before one does (see _START)
_HABIT_OPENING = re.compile(r"\s*(?:보통|통상|대개|일반적으로|평소(?:에는)?|흔히)\s")


def _habitual(sentence: str, m: re.Match) -> bool:
    g = m.groupdict()
    return (not (g.get("dir") or g.get("y") or g.get("yw") or g.get("yy")) and bool(g.get("m") or g.get("d"))
            and _HABIT_OPENING.match(sentence) is not None and sentence_tense(sentence) != "past")


# "12월 결산 상장사 2267곳", "12월 결산 유가증권시장 상장법인": the month a company's fiscal year closes is a kind of
# company, no point in time (the market it is listed on may stand between)
_FISCAL_CLOSE = re.compile(r"\s?결산\s?(?:(?:[가-힣]+\s){1,2}(?=(?:법인|상장사|상장법인|기업|회사)))?"
                           r"(?:법인|상장사|상장법인|기업|회사|사)")


def _fiscal_close(sentence: str, m: re.Match) -> bool:
    g = m.groupdict()
    return (bool(g.get("m")) and not (g.get("d") or g.get("dir") or g.get("y"))
            and _FISCAL_CLOSE.match(sentence, m.end()) is not None)


# "12월 수능은 … 도입 이후 처음이다", "스키장의 10월 개장은 … 생긴 이래 처음이다": a month heading the topic of a claim
# that it is the first such since, a kind of occasion (a December exam, an October opening), no point in time
_TOPIC_NOUN = re.compile(r"\s[가-힣]+[은는]\s")
_FIRST_SINCE = re.compile(r"(?:이래|이후)\s*(?:처음|최초)(?:이다|였다|입니다)[.\s]*$")


def _first_since(sentence: str, m: re.Match) -> bool:
    g = m.groupdict()
    return (bool(g.get("m")) and not (g.get("d") or g.get("dir") or g.get("y") or g.get("yw") or g.get("yy"))
            and _TOPIC_NOUN.match(sentence, m.end()) is not None and _FIRST_SINCE.search(sentence) is not None)


def _told_in_a_relative_clause(sentence: str, m: re.Match) -> bool:
    """"'연평해전'측은 6월 1일 크라우드 펀딩에 참여한 관객은 물론 … 시사회를 연다", "'드라마스페셜'은 6월 12일 '제빵왕
    김탁구'를 연출했던 이정섭PD 단막극 … 을 시작으로 출발을 알린다": a month's day (no year, no 지난/오는) whose first
    predicate is a past adnominal with words between ("참여한 관객"), in a sentence told ahead, may be the relative
    clause's or the main verb's: neither tense places it, and the nearest such day is read."""
    g = m.groupdict()
    if not (g.get("m") and g.get("d")) or g.get("dir") or g.get("y") or g.get("yw") or g.get("yy"):
        return False
    if sentence_tense(sentence) == "past":
        return False
    marks = _tense_marks(sentence[m.end():])
    if not marks:
        return False
    word = re.match(r"\S+", sentence[m.end() + marks[0][0]:])
    if word is None:
        return False
    at = m.end() + marks[0][0] + word.end() - 1  # the last syllable of the word the first tense mark is in
    syllable = sentence[at]
    final_n = "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 4
    return (syllable == "던" or final_n) and _BEFORE_NOUN.match(sentence, at + 1) is not None \
        and re.search(r"\s", sentence[m.end():at].strip()) is not None


# "26~28일 사이에는 … 인사청문회가 열리게 됐다": what a date's clause has come to be (-게 됐다) is an arrangement told
# now, its day on either side of publication: the past of 됐다 does not place it
_CAME_TO_BE = re.compile(r"[^.,]*?[가-힣]게\s?(?P<verb>됐|되었)(?:다|습니다)[\s.\"'”’…)]*$")


def _came_to_be(sentence: str, pos: int) -> bool:
    """Is the first predicate after pos the -게 됐다 that ends the sentence?"""
    m = _CAME_TO_BE.match(sentence, pos)
    if m is None:
        return False
    marks = _tense_marks(sentence[pos:m.end()])
    return bool(marks) and pos + marks[0][0] >= m.start("verb") - 2


def _clause_before(sentence: str, pos: int) -> str:
    """The stretch of the clause that holds pos, before it."""
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, pos)]
    return sentence[ends[-1] if ends else 0:pos]


def find_time_expressions(sentence: str, published: datetime | date,
                          told: timex_context.ArticleDates | None = None) -> list[TimeExpr]:
    """All date expressions in one sentence, resolved, in textual order, non-overlapping (longest match wins).

    Expressions that belong together are then read together (`digest.text.timex_links`): a range "X부터 Y까지"
    becomes one span, "전날"/"이튿날" count from the day the sentence names, "수요일인 9일" picks the 9th that
    is a Wednesday, and each expression gets its role (a point, a deadline, a name...). `told` is what the
    article's earlier sentences said (`digest.text.timex_context`; `told.after(result)` gives the next
    sentence's): a bare day of a schedule goes on in the month told before it."""
    p = _publication_day(published)
    sentence = _prefix_jeon_masked(sentence)
    found: list[timex_links.Found] = []
    chars = set(sentence)
    for searched, resolve, _needs, holds in _SCAN_GATE.passing(chars):
        if holds and not all(held(sentence) for held in holds):
            continue
        for m in searched.finditer(sentence):
            tense = "past" if _ACCORDING_TO.match(sentence, m.end()) else clause_tense(sentence, m.end())
            if _COPULA.match(sentence, m.end()):
                # "실적이 집중된 날은 30일이다": a date that is the predicate is named, not placed by a verb; with no
                # tense before it either ("입법고시의 공직적격성평가(PSAT)는 17일이다"), a schedule is stated: ahead
                tense = "unknown" if _tense_marks(_clause_before(sentence, m.start())) else "future"
            elif (_SUBJECT.match(sentence, m.end()) or _OCCASION.match(sentence, m.end())
                    or _DAY_NAMED.match(sentence, m.end()) or _ABOUT.match(sentence, m.end())
                    or _TIMETABLE_ENTRY.match(sentence, m.end())
                    or _EFFECTIVE.match(sentence, m.end())):
                tense = "unknown"
            elif timex_links.AWAITED.match(sentence, m.end()) or _PLANNED.match(sentence, m.end()):
                tense = "future"  # "22일 한미정상회담을 앞두고": what is awaited lies ahead
            elif _RESULTS.match(sentence, m.end()) and resolve in (_half, _month_word, _calendar) \
                    and not m.groupdict().get("d"):
                # "3분기 실적을 공시한다": a period whose results are told is over (or under way); a day's are not the
                # day's own figures but released on it ("12월 5일 수능 성적표가 통지되기 전까지는")
                tense = "past"
            elif resolve is _half and m.groupdict().get("q") and _QUARTER_BRIEFING.match(sentence, m.end()):
                tense = "past"
            elif _COMPARED.match(sentence, m.end()) and resolve is _half:
                tense = "past"
            elif _TALLY.match(sentence, m.end()) or _AS_OF.match(sentence, m.end()):
                tense = "past"  # "29일까지 1250명으로": a count up to a day is behind
            elif tense != "past" and not m.groupdict().get("dir") and _done_by_adnominal(sentence, m.end()):
                tense = "past"  # "한전이 8일 제출한 변경안을 인가해 … 인상된다": the day the proposal was made
            elif tense != "past" and not m.groupdict().get("dir") and _ACCUSED.match(sentence, m.end()):
                tense = "past"
            elif tense == "past" and _UNTIL_NOW.match(sentence, m.end()) and _PROGRESSIVE.search(sentence):
                tense = "unknown"  # "축제는 6일까지 … 준비되고 있다": what is under way runs on to its end
            elif tense == "past" and not m.groupdict().get("dir") and (_scheduled_by_adnominal(sentence, m.end())
                                                                       or _plan_decided(sentence, m)
                                                                       or _planned_by_verb(sentence, m)
                                                                       or _SCHEDULE_BEFORE.search(sentence, 0, m.start())):
                tense = "future"  # "4월 7일 실시하는 재·보궐선거가 … 확정되었다": the election named is ahead
            elif tense == "past" and not m.groupdict().get("dir") and (moved := _MOVED.match(sentence, m.end())):
                # "24일 이후로 미뤄졌다": moved to a day ahead; "3월 23일로 연기됐던": a move told before, its day perhaps
                # just gone by
                # "21일에서 27일로 늦췄고" (on the 23rd): the day it was moved from, too, may have just gone by
                tense = "moved" if _TOLD_BEFORE.match(sentence, moved.end()) or _MOVED_FROM.match(sentence, m.end()) \
                    else "future"
            if tense == "past" and not m.groupdict().get("dir") and _SCHEDULED_ONCE.match(sentence, m.end()):
                tense = "moved"
            if tense == "past" and not m.groupdict().get("dir") and _came_to_be(sentence, m.end()):
                tense = "unknown"
            if tense == "past" and _told_in_a_relative_clause(sentence, m):
                tense = "unknown"
            if (tense == "future" and not m.groupdict().get("dir") and _PLAN_TOLD_PAST.match(sentence, m.end())):
                # "23일부터 … 편성할 예정이었다" (on the 24th): a plan told as it stood may have been due lately
                tense = "moved"
            if (tense == "past" and not m.groupdict().get("dir") and _SINCE.match(sentence, m.end())
                    and _BECAME_POSSIBLE.search(sentence)):
                # "14일부터 조문이 가능해졌다" (on the 13th): what has become possible from a day may start ahead, or have
                # started lately, as a moved date may
                tense = "moved"
            if tense == "unknown" and (since := _SINCE.match(sentence, m.end())):
                # "28일부터 신청이 가능하다": a start stated in the present is ahead; "…부터 최근까지" is behind
                tense = "past" if since[1] else "future"
            expr = _resolved_expr(m, resolve, p, tense)
            if (expr is not None and expr.date is not None and expr.date > p and m.groupdict().get("dir") == "오는"
                    and m.groupdict().get("m") and tense == "past"
                    and (was := _resolved_expr(m, resolve, p - _WRITTEN_AHEAD, tense)) is not None
                    and was.date is not None and p - _WRITTEN_AHEAD < was.date <= p):
                # "도로점용을 오는 3월 1일부터 허가했다" on 9 March: written before the day, published after it
                expr = replace(was, direction=timex_links.direction(was.date, was.end_date, p))
            if expr is not None and _abroad(sentence, m) and (here := _resolved_expr(m, resolve, p - timedelta(days=1), tense)):
                # "미 동부시간으로 25일 낮 12시(한국 시간 26일 오전 1시) 시작된다" published on the 26th: a day told in a
                # zone behind Korea's may be the day before publication and still be today there
                expr = replace(here, direction=timex_links.direction(here.date, here.end_date, p))
            if (expr is not None and not _recurring_gloss(sentence, m.start()) and not _recurring_phrase(sentence, m)
                    and not _counted_before(sentence, m) and not _ordinal_day(sentence, m) and not _per_day(sentence, m)
                    and not _fiscal_close(sentence, m)
                    and not _first_since(sentence, m) and not _habitual(sentence, m)):
                found.append(timex_links.Found(expr, m, resolve))
    chosen = _longest_first(found)
    for i, f in enumerate(chosen):  # a date in the reporting clause takes the reporting verb's tense
        reported = reporting_tense(sentence, f.expr.end, [(c.expr.start, c.expr.end) for c in chosen[i + 1:]])
        if reported is not None and reported != clause_tense(sentence, f.expr.end) \
                and (said := _resolved_expr(f.match, f.resolve, p, reported)) is not None:
            if reported == "past" and said.date is not None and said.date < p - _SAID_LAG and _MONTH_NAMED.search(f.expr.text):
                # "오대산은 10월 3일, 치악산은 10월 8일 단풍을 볼 수 있을 것이라고 밝혔다" (21 September 2014): a day of
                # saying is a day or so behind the report, never most of a year; the first of listed days is no saying
                continue
            if reported == "past" and said.date is not None and said.date < p - _SAID_LAG / 2 \
                    and f.expr.date is not None and p < f.expr.date <= p + _SAID_AHEAD:
                # "서울시교육청은 2일 … 공고문을 게시한다고 밝혔다" (1 February 2024): a bare day its own clause puts a day or
                # two ahead is that day; read as the saying it would lie a month back
                continue
            f.expr = said
    _said_the_day_before(sentence, p, chosen)
    _future_in_the_past(sentence, p, chosen)
    _glosses(sentence, p, chosen)
    timex_context.carry(sentence, p, chosen, told, _again, lambda pos: clause_tense(sentence, pos),
                        lambda text: (marks := _tense_marks(text)) != [] and marks[-1][1] == "past")
    timex_context.repeated_days(sentence, p, chosen, told, lambda pos: clause_tense(sentence, pos))
    timex_context.year_framed(sentence, p, chosen, told, _again)
    chosen = timex_context.weekdays_as_kinds(sentence, chosen, told)
    chosen = timex_context.month_pointed_back(sentence, p, chosen, told)
    chosen = _ordinal_week_of_told_month(sentence, p, chosen, told)
    chosen = _relative_years(sentence, p, chosen)
    chosen = _quarters_before(sentence, p, chosen)
    if not chosen:
        return []  # nothing to read together (`link` reads the expressions found and adds none): most sentences
    return timex_links.link(sentence, p, chosen, _again, verbless=not _tense_marks(sentence),
                            has_predicate=lambda stretch: bool(_tense_marks(stretch)),
                            article_month=(told.anchor or told.month) if told else None,
                            article_day=(told.event_day or told.day) if told else None,
                            pointed_back=lambda word, before: timex_context.day_pointed_back(word, told, before),
                            tense_at=lambda pos: clause_tense(sentence, pos))


def read_article(sentences: Sequence[str], published: datetime | date) -> list[list[TimeExpr]]:
    """Each sentence's expressions, the sentences read in order, each with what the ones before it told
    (`digest.text.timex_context`): how a caller reads an article, or the several sentences a user gives."""
    told = timex_context.ArticleDates()
    out = []
    for sentence in sentences:
        exprs = find_time_expressions(sentence, published, told)
        told = told.after(exprs, sentence)
        out.append(exprs)
    return out


def _future_in_the_past(sentence: str, p: date, chosen: list[timex_links.Found]) -> None:
    """"20일 …에 따르면 학생회는 19일 자정까지 치워줄 것을 요구했다": a plan stated under a past verb is ahead of
    the past day the sentence names, not of publication; a bare day within a week of that day is read from it."""
    if not chosen or sentence_tense(sentence) != "past":
        return
    anchor = None
    for f in chosen:
        e = f.expr
        if (anchor is not None and e.date is not None and e.date > p and re.fullmatch(r"\d{1,2}일", f.match.group(0).split(" ")[0])
                and not f.match.groupdict().get("dir")):
            near = _resolved_expr(f.match, f.resolve, anchor, "unknown")
            if near is not None and near.date is not None and abs((near.date - anchor).days) <= 7:
                f.expr = near  # only a day close to it: "13일 상륙한 뒤, 14일 도달할 것으로 예보했다"
        elif e.date is not None and e.date == e.end_date and e.date < p and re.search(r"\d일", e.text):
            anchor = e.date


def _glosses(sentence: str, p: date, chosen: list[timex_links.Found]) -> None:
    """"올해 1분기(1∼3월)와 2분기(4∼6월) … 인상될 가능성이 있다": months or days glossing a quarter, half or year in
    the parentheses right after it are that period's, whatever the tense would make of them alone; and a holiday's break
    is the days glossing it."""
    for a, b in zip(chosen, chosen[1:]):
        if (sentence[a.expr.end:b.expr.start] == "(" and "연휴" in a.expr.text and a.expr.precision == b.expr.precision == "day"
                and a.expr.date is not None and b.expr.date is not None and b.expr.end_date is not None
                and b.expr.date < b.expr.end_date and abs((b.expr.date - a.expr.date).days) <= 3):
            # "추석 연휴 기간(9.6~9.10)": the days glossing a holiday's break are its days (a substitute day added)
            a.expr = replace(a.expr, date=b.expr.date, end_date=b.expr.end_date,
                             direction=timex_links.direction(b.expr.date, b.expr.end_date, p))
            continue
        if (sentence[a.expr.end:b.expr.start] != "(" or a.expr.precision not in ("quarter", "half", "year")
                or b.expr.precision not in ("month", "day") or a.expr.date is None or a.expr.end_date is None
                or _YEAR_NAMED.search(b.match.group(0))):
            continue
        # read from the period's first day, the nearest such date, else the first on or after it ("지난해(11월23일)":
        # 23 November of last year, not the 23 November nearest its 1 January)
        for tense in ("unknown", "future"):
            within = _again(b, a.expr.date, tense)
            if (within is not None and within.date is not None and within.end_date is not None
                    and a.expr.date <= within.date and within.end_date <= a.expr.end_date):
                b.expr = replace(within, direction=timex_links.direction(within.date, within.end_date, p))
                break


def _again(f: timex_links.Found, anchor: date, tense: str) -> TimeExpr | None:
    """An expression resolved again from another anchor day (the other end of a range, a listed date)."""
    expr = _resolved_expr(f.match, f.resolve, anchor, tense)
    if expr is None:
        return None
    return TimeExpr(expr.text, expr.start, expr.end, expr.date, expr.end_date, expr.precision, f.expr.direction,
                    expr.part_of_day)


def _resolved_expr(m: re.Match, resolve: Resolver, p: date, tense: str) -> TimeExpr | None:
    """One match resolved with the given tense; "오는"/"지난" force theirs."""
    resolved = resolve(m, p, _FORCED.get(m.groupdict().get("dir") or "") or tense)
    if resolved is None:
        return None
    start, end, precision = resolved
    pod = m.groupdict().get("pod")
    return TimeExpr(m.group(0), m.start(), m.end(), start, end, precision, timex_links.direction(start, end, p),
                    _OLD_PARTS_OF_DAY.get(pod, pod) if pod else pod)


def expression_record(expr: TimeExpr, sentence: int) -> dict:
    """One resolved expression as `extract --format json` and `dates --format json` show it (README)."""
    return {"text": expr.text, "sentence": sentence,
            "date": expr.date.isoformat() if expr.date else None,
            "end": expr.end_date.isoformat() if expr.end_date else None,
            "precision": expr.precision, "direction": expr.direction, "role": expr.role,
            "part_of_day": expr.part_of_day, "carried": expr.counted_from == "article"}
