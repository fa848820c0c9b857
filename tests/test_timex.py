"""digest.text.timex: Korean date expressions resolved against the publication day (KST)."""

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from digest.text.timex import PRECISIONS, TimeExpr, find_time_expressions, sentence_tense

D = date


def only(sentence: str, published, text: str) -> TimeExpr:
    """The one expression in sentence whose surface text is `text`."""
    hits = [e for e in find_time_expressions(sentence, published) if e.text == text]
    assert len(hits) == 1, (text, find_time_expressions(sentence, published))
    return hits[0]


def span(sentence: str, published, text: str) -> tuple:
    """The first day, last day and precision `only` finds for `text`."""
    e = only(sentence, published, text)
    return e.date, e.end_date, e.precision


_FORECAST_XL = ("기상청은 특히 태풍 고니의 간접영향으로 24일 제주도와 남해안부터 비가 시작돼 25일에는 충청이남지방으로 비가 "
                "확대되고 강원 영동지방은 화요일부터 수요일까지 비가 내릴 것으로 예보했다.")

# (published, sentence, matched text, date, end_date, precision)
RESOLVED = [
    # --- facts from real articles --------------------------------------------------------------
    (D(2025, 9, 10), "카카오는 11일 서울대학교와 MOU를 체결하고", "11일", D(2025, 9, 11), D(2025, 9, 11), "day"),
    (D(2025, 9, 10), "카카오는 오는 11일 서울대와 업무협약(MOU)을 체결하고", "오는 11일",
     D(2025, 9, 11), D(2025, 9, 11), "day"),
    (D(2025, 9, 10), "12일에는 파운더스 데이(Founders Day)를 열어 스타트업과 교류하는 자리를 마련한다.", "12일",
     D(2025, 9, 12), D(2025, 9, 12), "day"),
    (D(2025, 9, 10), "오는 23일 카카오 개발자 컨퍼런스에서 세부 내용을 공개한다.", "오는 23일",
     D(2025, 9, 23), D(2025, 9, 23), "day"),
    (D(2025, 9, 10), "11월에는 데브데이 익스체인지를 국내에서 개최할 계획이다.", "11월",
     D(2025, 11, 1), D(2025, 11, 30), "month"),
    (D(2025, 9, 10), "오픈AI는 지난 2월 카카오와 전략적 제휴를 맺고 협력해 왔다.", "지난 2월",
     D(2025, 2, 1), D(2025, 2, 28), "month"),
    (D(2025, 9, 10), "11일 저녁에는 개발자들과 함께하는 네트워킹 행사를 개최한다.", "11일 저녁",
     D(2025, 9, 11), D(2025, 9, 11), "day"),
    (D(2025, 9, 10), "오픈AI는 9월 11일 서울대학교와의 MOU를 통해 연구 협력을 본격화할 예정이다.", "9월 11일",
     D(2025, 9, 11), D(2025, 9, 11), "day"),
    (D(2025, 9, 10), "한국 법인 지사장도 곧 발표할 예정이다.", "곧", None, None, "none"),
    (D(2025, 9, 10), "지난달 한미정상회담 이후 양국 기업의 협력이 늘었다.", "지난달",
     D(2025, 8, 1), D(2025, 8, 31), "month"),
    (D(2025, 2, 3), "3일 정보기술(IT) 업계에 따르면 올트먼 CEO는 4일 서울 중구 더플라자호텔에서 열리는 행사에 참석한다.",
     "3일", D(2025, 2, 3), D(2025, 2, 3), "day"),
    (D(2025, 2, 3), "3일 정보기술(IT) 업계에 따르면 올트먼 CEO는 4일 서울 중구 더플라자호텔에서 열리는 행사에 참석한다.",
     "4일", D(2025, 2, 4), D(2025, 2, 4), "day"),
    (D(2023, 6, 9), "올트먼 CEO는 9일 여의도 63빌딩에서 열린 국내 스타트업과의 간담회에서 기대감을 나타냈다.",
     "9일", D(2023, 6, 9), D(2023, 6, 9), "day"),
    (D(2023, 6, 9), "오픈AI는 지난해 스타트업 투자를 위한 펀드를 설립했다.", "지난해",
     D(2022, 1, 1), D(2022, 12, 31), "year"),
    (D(2025, 9, 15), "오픈AI는 14일(현지시간) 새 모델을 발표했다.", "14일", D(2025, 9, 14), D(2025, 9, 14), "day"),
    (D(2025, 9, 10), "지난 2월 빌더랩을 개최한 데 이어, 12일에는 파운더스 데이를 열어 교류의 장을 마련한다.", "12일",
     D(2025, 9, 12), D(2025, 9, 12), "day"),
    # --- month / year rollover -----------------------------------------------------------------
    (D(2025, 12, 28), "오는 3일 신년 행사를 연다.", "오는 3일", D(2026, 1, 3), D(2026, 1, 3), "day"),
    (D(2025, 1, 2), "회사는 30일 실적을 발표했다.", "30일", D(2024, 12, 30), D(2024, 12, 30), "day"),
    # the day before publication in the present is yesterday's news (real papers: c1631, za092, wd026), not next month's
    (D(2025, 9, 10), "9일 개발자 행사를 연다.", "9일", D(2025, 9, 9), D(2025, 9, 9), "day"),
    (D(2025, 9, 10), "8일 개발자 행사를 연다.", "8일", D(2025, 10, 8), D(2025, 10, 8), "day"),
    (D(2025, 9, 10), "10일 발표했다.", "10일", D(2025, 9, 10), D(2025, 9, 10), "day"),
    (D(2025, 9, 10), "10일 발표할 예정이다.", "10일", D(2025, 9, 10), D(2025, 9, 10), "day"),
    (D(2025, 9, 10), "11월 신제품을 출시했다.", "11월", D(2024, 11, 1), D(2024, 11, 30), "month"),
    (D(2025, 9, 10), "지난 11일 행사를 개최한다고 밝혔다.", "지난 11일", D(2025, 8, 11), D(2025, 8, 11), "day"),
    # --- full and partial dates ----------------------------------------------------------------
    (D(2025, 9, 10), "행사는 2025년 11월 3일 열린다.", "2025년 11월 3일", D(2025, 11, 3), D(2025, 11, 3), "day"),
    (D(2025, 9, 10), "접수 마감은 2025.9.23 이다.", "2025.9.23", D(2025, 9, 23), D(2025, 9, 23), "day"),
    (D(2025, 9, 10), "접수 마감: 2025. 9. 23.", "2025. 9. 23.", D(2025, 9, 23), D(2025, 9, 23), "day"),
    (D(2025, 9, 10), "접수 마감(2025-09-23)", "2025-09-23", D(2025, 9, 23), D(2025, 9, 23), "day"),
    (D(2025, 9, 10), "9월 23일 행사가 열린다.", "9월 23일", D(2025, 9, 23), D(2025, 9, 23), "day"),
    (D(2025, 9, 10), "23일 행사가 열린다.", "23일", D(2025, 9, 23), D(2025, 9, 23), "day"),
    (D(2025, 9, 10), "2026년 출시를 목표로 한다.", "2026년", D(2026, 1, 1), D(2026, 12, 31), "year"),
    (D(2025, 9, 10), "2025년 9월 기준 이용자는 늘었다.", "2025년 9월", D(2025, 9, 1), D(2025, 9, 30), "month"),
    (D(2025, 9, 10), "내년 3월 1일 시행된다.", "내년 3월 1일", D(2026, 3, 1), D(2026, 3, 1), "day"),
    # --- relative words ------------------------------------------------------------------------
    (D(2025, 9, 10), "오늘 공개된 자료에 따르면", "오늘", D(2025, 9, 10), D(2025, 9, 10), "day"),
    (D(2025, 9, 10), "내일 오후 발표한다.", "내일 오후", D(2025, 9, 11), D(2025, 9, 11), "day"),
    (D(2025, 9, 10), "모레 열린다.", "모레", D(2025, 9, 12), D(2025, 9, 12), "day"),
    (D(2025, 9, 10), "어제 밝혔다.", "어제", D(2025, 9, 9), D(2025, 9, 9), "day"),
    (D(2025, 9, 10), "회사는 이날 신제품을 공개했다.", "이날", D(2025, 9, 10), D(2025, 9, 10), "day"),
    (D(2025, 9, 10), "당일 현장 접수도 받는다.", "당일", D(2025, 9, 10), D(2025, 9, 10), "day"),
    (D(2025, 9, 10), "이번 주 후속 발표가 이어진다.", "이번 주", D(2025, 9, 8), D(2025, 9, 14), "week"),
    (D(2025, 9, 10), "이번주 안에 결론을 낸다.", "이번주", D(2025, 9, 8), D(2025, 9, 14), "week"),
    (D(2025, 9, 10), "다음 주 세부 계획을 공개한다.", "다음 주", D(2025, 9, 15), D(2025, 9, 21), "week"),
    (D(2025, 9, 10), "다음주 공개한다.", "다음주", D(2025, 9, 15), D(2025, 9, 21), "week"),
    (D(2025, 9, 10), "다음 주 화요일 공개한다.", "다음 주 화요일", D(2025, 9, 16), D(2025, 9, 16), "day"),
    (D(2025, 9, 10), "지난주 발표했다.", "지난주", D(2025, 9, 1), D(2025, 9, 7), "week"),
    (D(2025, 9, 10), "다음달 출시한다.", "다음달", D(2025, 10, 1), D(2025, 10, 31), "month"),
    (D(2025, 9, 10), "다음 달 출시한다.", "다음 달", D(2025, 10, 1), D(2025, 10, 31), "month"),
    (D(2025, 9, 10), "내달 출시한다.", "내달", D(2025, 10, 1), D(2025, 10, 31), "month"),
    (D(2025, 9, 10), "이달 출시한다.", "이달", D(2025, 9, 1), D(2025, 9, 30), "month"),
    (D(2025, 9, 10), "이번 달 출시한다.", "이번 달", D(2025, 9, 1), D(2025, 9, 30), "month"),
    (D(2025, 9, 10), "올해 매출이 늘었다.", "올해", D(2025, 1, 1), D(2025, 12, 31), "year"),
    (D(2025, 9, 10), "내년 본격 출시한다.", "내년", D(2026, 1, 1), D(2026, 12, 31), "year"),
    (D(2025, 9, 10), "작년 실적을 넘어섰다.", "작년", D(2024, 1, 1), D(2024, 12, 31), "year"),
    (D(2025, 9, 10), "연내 출시할 계획이다.", "연내", D(2025, 9, 10), D(2025, 12, 31), "year"),
    (D(2025, 9, 10), "연말 출시할 계획이다.", "연말", D(2025, 12, 1), D(2025, 12, 31), "month"),
    (D(2025, 9, 10), "연초 발표했다.", "연초", D(2025, 1, 1), D(2025, 1, 31), "month"),
    # --- parts, halves and quarters ------------------------------------------------------------
    (D(2025, 9, 10), "11월 초 공개한다.", "11월 초", D(2025, 11, 1), D(2025, 11, 10), "month"),
    (D(2025, 9, 10), "10월 중순 공개한다.", "10월 중순", D(2025, 10, 11), D(2025, 10, 20), "month"),
    (D(2025, 9, 10), "이달 말 공개한다.", "이달 말", D(2025, 9, 21), D(2025, 9, 30), "month"),
    (D(2025, 9, 10), "내달 초 공개한다.", "내달 초", D(2025, 10, 1), D(2025, 10, 10), "month"),
    (D(2025, 9, 10), "다음달 중순 공개한다.", "다음달 중순", D(2025, 10, 11), D(2025, 10, 20), "month"),
    (D(2025, 2, 3), "2월 말 공개한다.", "2월 말", D(2025, 2, 21), D(2025, 2, 28), "month"),
    (D(2025, 9, 10), "내년 상반기 출시한다.", "내년 상반기", D(2026, 1, 1), D(2026, 6, 30), "half"),
    (D(2025, 9, 10), "올 하반기 출시한다.", "올 하반기", D(2025, 7, 1), D(2025, 12, 31), "half"),
    (D(2025, 9, 10), "상반기 실적을 발표했다.", "상반기", D(2025, 1, 1), D(2025, 6, 30), "half"),
    (D(2025, 9, 10), "3분기 실적이 개선될 전망이다.", "3분기", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    (D(2025, 9, 10), "2026년 1분기 출시한다.", "2026년 1분기", D(2026, 1, 1), D(2026, 3, 31), "quarter"),
    (D(2025, 2, 3), "4분기 실적을 발표했다.", "4분기", D(2024, 10, 1), D(2024, 12, 31), "quarter"),
    (D(2025, 9, 10), "내년 초 공개한다.", "내년 초", D(2026, 1, 1), D(2026, 1, 31), "month"),
    # --- ranges --------------------------------------------------------------------------------
    (D(2025, 9, 10), "25~26일 코엑스에서 열린다.", "25~26일", D(2025, 9, 25), D(2025, 9, 26), "day"),
    (D(2025, 9, 10), "25-26일 코엑스에서 열린다.", "25-26일", D(2025, 9, 25), D(2025, 9, 26), "day"),
    (D(2025, 9, 10), "9월 25일~10월 2일 열린다.", "9월 25일~10월 2일", D(2025, 9, 25), D(2025, 10, 2), "day"),
    (D(2025, 9, 10), "30일~2일 열린다.", "30일~2일", D(2025, 9, 30), D(2025, 10, 2), "day"),
    (D(2025, 12, 20), "12월 30일~1월 2일 휴무한다.", "12월 30일~1월 2일", D(2025, 12, 30), D(2026, 1, 2), "day"),
    # --- weekday alone -------------------------------------------------------------------------
    (D(2025, 9, 10), "화요일 발표했다.", "화요일", D(2025, 9, 9), D(2025, 9, 9), "day"),
    (D(2025, 9, 10), "금요일 발표한다.", "금요일", D(2025, 9, 12), D(2025, 9, 12), "day"),
    (D(2025, 9, 10), "오는 수요일 발표한다.", "오는 수요일", D(2025, 9, 17), D(2025, 9, 17), "day"),
    # --- clauses whose tense does not place the date -------------------------------------------
    # civic dev c310: "개표가 4월 15일 … 진행됨에 따라 … 요청했던 것으로 알려졌다": a clause nominalised by -ㅁ에 따라 has
    # no tense of its own, so the main verb's past does not push the count into last April
    (D(2020, 2, 18), "제주시는 제21대 국회의원선거 개표가 4월 15일 한라체육관에서 진행됨에 따라 경기장 정리 등을 위해 개최일 "
     "변경을 요청했던 것으로 알려졌다.", "4월 15일", D(2020, 4, 15), D(2020, 4, 15), "day"),
    # Sisa Focus (batch `xl…`): "24일 … 비가 시작돼 25일에는 … 내릴 것으로 예보했다": a forecast's days are near the day
    # it was made, here the Monday and Tuesday ahead, not July's
    (D(2015, 8, 21), _FORECAST_XL, "24일", D(2015, 8, 24), D(2015, 8, 24), "day"),
    (D(2015, 8, 21), _FORECAST_XL, "25일", D(2015, 8, 25), D(2015, 8, 25), "day"),
    # civic dev c196 (20 August 2025): "19일 오후 … 회동을 열고 … 조정하기로 했다": a clause joined by -고 to a decision
    # told in the past may be its occasion or part of what was decided; the nearer day, yesterday, not next month's
    (D(2025, 8, 20), "김병기 더불어민주당 원내대표와 송언석 국민의힘 원내대표는 19일 오후 국회에서 우원식 국회의장 주재로 회동을 열고 "
     "이같이 본회의 일정을 조정하기로 했다.", "19일 오후", D(2025, 8, 19), D(2025, 8, 19), "day"),
    # --- ranges, continued ---------------------------------------------------------------------
    # civic dev c311: "5월 29일부터 6월 27 일까지": the end's 일 stands apart from its number, yet after a month's day
    # that opens the span it closes it, and the span is the one under way
    (D(2021, 6, 7), "선거관리위원회에서 5월 29일부터 6월 27 일까지 30일 동안 치협 홈페이지에서 선거인 명부열람을 진행한다.",
     "5월 29일부터 6월 27 일까지", D(2021, 5, 29), D(2021, 6, 27), "day"),
    # --- date words once read wrongly or not at all (batches `yp`, `yq`) -------------------------
    # kmib.co.kr/article/view_amp.asp?arcid=0011821506 (yp): "10월 초·중순" was read as "10월 초" (1-10 October)
    (D(2017, 10, 14), "강원권은 이미 첫 단풍이 시작됐고 중부와 남부권은 일주일 이내인 10월 초·중순 시작될 예정이다.",
     "10월 초·중순", D(2017, 10, 1), D(2017, 10, 20), "month"),
    # hankyung.com/society/article/1997031300091 (yp): "96년말불변가격" (prices at the end of 1996) was read as the whole
    # year 1996, its 말 glued to the next word
    (D(1997, 3, 13), '홍본부장은 "총연장 1백20km에 달하는 3기 지하철공사에는 총 9조1천억원 (96년말불변가격)이 소요될 전망"이라며 '
                     '"전체공사비의 21%에 그치고 있는 국고지원을 50%로 높이는 방안을 정부측과 협의, 소요재원에 충당키로 했다"고 설명했다.',
     "96년말", D(1996, 12, 1), D(1996, 12, 31), "month"),
    # hankyung.com/amp/2018011620357 (yp): "올해 설" was read as the year 2018, 설 itself not found
    (D(2018, 1, 16), "올해 설 기차표 예매가 16일 지정된 역 창구나 코레일 홈페이지에서 시작됐다.",
     "올해 설", D(2018, 2, 16), D(2018, 2, 16), "day"),
    # sports.chosun.com/entertainment/2017-10-11/201710110100055680004733 (yq): 금일 (today) was not read
    (D(2017, 10, 11), "[스포츠조선 조윤선 기자] 올 11월 시작되는 아이유 전국투어 콘서트가 금일 예매 오픈에 돌입, 뜨거운 예매전쟁을 예고하고 있다.",
     "금일", D(2017, 10, 11), D(2017, 10, 11), "day"),
    # hankyung.com/article/1992052101051 (yq): "8월상순께" (the first ten days of August) was not read
    (D(1992, 5, 21), "기상청은 그러나 북상한 북태평양고기압이 늦게까지 우리나라에 머무를것으로 보여 8월상순께 장마가 물러갈것으로 내다봤다.",
     "8월상순", D(1992, 8, 1), D(1992, 8, 10), "month"),
    # --- date words once read wrongly on the newest development data ------------------------------
    # civic dev c827 (hankyung.com/economy/article/2016032728211): a span whose start is told twice was dated from a
    # Thursday counted back from its end (14 April), not from the 31st the weekday describes
    (D(2016, 3, 27), "갤러리아백화점과 AK플라자도 목요일인 31일부터 다음달 17일까지 봄 정기 할인행사를 한다.",
     "목요일인 31일부터 다음달 17일까지", D(2016, 3, 31), D(2016, 4, 17), "day"),
    # civic dev c515 (3 July 2018): a day noted between a verbal noun and its 되다 ("의무화(21일 시행)되고") was read with no
    # tense, so the nearer 21 June; the verb after the brackets places it ahead
    (D(2018, 7, 3), "모든 신용카드가맹점에서 IC등록단말기 설치가 의무화(21일 시행)되고,  IC등록단말기에서는 신용카드 복제가 안된다.",
     "21일", D(2018, 7, 21), D(2018, 7, 21), "day"),
    # civic dev c789 (28 October 2005): the 29th told "ahead of" next month's survey days was carried into November
    (D(2005, 10, 28), "통계청은 다음 달 1∼15일 본조사에 앞서 29일부터 3일간 실지 조사 단계인 준비 조사를 벌인다고 28일 발표했다.",
     "29일", D(2005, 10, 29), D(2005, 10, 29), "day"),
    # --- days under a past main verb that tell what is still ahead ---------------------------------
    # hankyung.com/article/2014033012951 (yr064, yr065): "… 내세울 생각이었다", an intention as it stood, was read as past
    # (April 2013)
    (D(2014, 3, 30), "돈 매팅리 다저스 감독은 원래 클레이턴 커쇼를 31일 경기에 내보내고, 4월2일 잭 그레인키, 3일 류현진을 "
     "선발로 내세울 생각이었다.", "4월2일", D(2014, 4, 2), D(2014, 4, 2), "day"),
    (D(2014, 3, 30), "돈 매팅리 다저스 감독은 원래 클레이턴 커쇼를 31일 경기에 내보내고, 4월2일 잭 그레인키, 3일 류현진을 "
     "선발로 내세울 생각이었다.", "3일", D(2014, 4, 3), D(2014, 4, 3), "day"),
    # biz.heraldcorp.com/view.php?ud=20130304000122 (yr046): a day that is the predicate of a reported clause ("…인 것으로
    # 집계됐다") took the tally's past (March 2012)
    (D(2013, 3, 4), "올해 코스닥 상장사 정기 주주총회가 가장 많이 열리는 날은 3월 22일인 것으로 집계됐다.",
     "3월 22일", D(2013, 3, 22), D(2013, 3, 22), "day"),
    # --- a crop's year, 産 glued to it, was not read -------------------------------------------------
    # m.ajunews.com/view/20171026110408573 (yk054)
    (D(2017, 10, 26), "충남부여군(군수 이용우)은 정부의 수확기 쌀 수급 안정대책을 위해 2017년산 공공비축미곡과 시장격리곡 "
     "1만2396톤을 매입한다고 26일 밝혔다.", "2017년", D(2017, 1, 1), D(2017, 12, 31), "year"),
    # hankyung.com/article/1991103001601 (yr002, yr004): a two-digit crop year, and 금년
    (D(1991, 10, 30), "11월 1일부터 91년산 추곡수매가 전국 7천7백64개 수매장에서 시차별로 실시된다.",
     "91년", D(1991, 1, 1), D(1991, 12, 31), "year"),
    (D(1991, 10, 30), "30일 농림수산부에 따르면 금년산 추곡의 수매가격과 수매량이 국회의 동의를 얻지 못했으나 농가의 편의를 위해 "
     "정부안에 따라 일반벼를 지난해보다 7% 올린 가격으로 내달 1일부터 수매를 실시하고 수매가격과 수매량이 조정되면 정산하여 "
     "농가에 차액을 지급할 방침이다.", "금년", D(1991, 1, 1), D(1991, 12, 31), "year"),
    # hankyung.com/article/2010051146865 (yr039): 전년, the year before the one the sentence named, was not read
    (D(2010, 5, 11), "2009년 귀속 종합소득세 확정신고 대상자는 522만 명으로 전년보다 12.3%(73만명) 줄었다.",
     "전년", D(2008, 1, 1), D(2008, 12, 31), "year"),
    # --- misreadings of the batch ys ------------------------------------------------------------------
    # osen.co.kr/article/G1110836236 (ys095): "이번 설에도" (this Lunar New Year) was not read
    (D(2018, 2, 15), "MBN은 이번 설에도 단막극을 준비했다.", "이번 설", D(2018, 2, 16), D(2018, 2, 16), "day"),
    # --- the sixteenth session's date readings (batches xz, yx, zd, ze) ---------------------------
    # m.newspic.kr (Aju, batch xz), 17 August 2025: 광복절 of a Friday, its 연휴 the weekend it opens
    (D(2025, 8, 17), "광복절 연휴 사흘 동안 동해안 해수욕장을 찾은 피서객도 104만6753명에 달한다.", "광복절 연휴",
     D(2025, 8, 15), D(2025, 8, 17), "day"),
    # batch zd, 2 October 2014: 개천절 of a Friday
    (D(2014, 10, 2), "개천절 연휴 서울 도심 곳곳에서 불꽃축제와 페스티벌, 한류콘서트 등 한바탕 축제의 장이 펼쳐져 시민들에게 "
     "큰 추억을 선사할 것으로 보인다.", "개천절 연휴", D(2014, 10, 3), D(2014, 10, 5), "day"),
    # hankyung.com (batch zd), 21 August 1992: a bare two-digit year before the works it dates
    (D(1992, 8, 21), "그동안 건설여부를 놓고 논란을 빚어왔던 서울시내 지하도로 4개노선가운데 1개노선이 96년 착공된다.", "96년",
     D(1996, 1, 1), D(1996, 12, 31), "year"),
    (D(1992, 8, 21), "서울시는 20일 당초계획했던 정자형 4개노선 60km가운데 도봉구창동과 서초구양재동을 잇는 강남축 20km를 "
     "8천여억원의 사업비로 96년에 착공, 2003년에 완공키로 했다.", "96년", D(1996, 1, 1), D(1996, 12, 31), "year"),
    # batch yx, 28 June 1995: before an election
    (D(1995, 6, 28), "92년 총선때 투표율은 71.9%,92년 말 대통령선거 투표율은 81.9%였다.", "92년",
     D(1992, 1, 1), D(1992, 12, 31), "year"),
    # batch ze, 23 December 2016: "26일 0시로 … 미뤘다" is the 26th ahead, not the 26th of November
    (D(2016, 12, 23), "23일 개통식까지 마친 상주∼영덕 고속도로가 26일 0시로 개통 날짜를 미뤘다.", "26일",
     D(2016, 12, 26), D(2016, 12, 26), "day"),
    # batch ze, Monday 6 May 2019: the week named, not the past verb about the 13th, places "12일" and the weekday
    (D(2019, 5, 6), "다음주 일요일인 12일은 석가탄신일이지만 13일은 대체공휴일로 지정되지 않았다.", "12일",
     D(2019, 5, 12), D(2019, 5, 12), "day"),
    (D(2019, 5, 6), "다음주 일요일인 12일은 석가탄신일이지만 13일은 대체공휴일로 지정되지 않았다.", "다음주 일요일",
     D(2019, 5, 12), D(2019, 5, 12), "day"),
    # batch ze, 27 August 1992: "올추석때" is this year's 추석
    (D(1992, 8, 27), "올추석때 직장인은 100명당 68명이 고향을 찾고 이때 귀성여비는 평균21만9,000원을 쓸 것으로 조사됐다.", "올추석",
     D(1992, 9, 11), D(1992, 9, 11), "day"),
]


@pytest.mark.parametrize("published, sentence, text, start, end, precision", RESOLVED)
def test_resolved(published, sentence, text, start, end, precision):
    e = only(sentence, published, text)
    assert (e.date, e.end_date, e.precision) == (start, end, precision)
    assert sentence[e.start:e.end] == text


def test_a_crops_year_is_read_as_no_happenings_time():
    # m.ajunews.com/view/20171026110408573 (yk054): the year designates the crop, so no event is dated by it
    sentence = ("충남부여군(군수 이용우)은 정부의 수확기 쌀 수급 안정대책을 위해 2017년산 공공비축미곡과 시장격리곡 "
                "1만2396톤을 매입한다고 26일 밝혔다.")
    assert only(sentence, D(2017, 10, 26), "2017년").role == "name"


def test_every_precision_is_exercised():
    assert {row[5] for row in RESOLVED} == set(PRECISIONS)


@pytest.mark.parametrize("sentence, text, direction", [
    ("오픈AI는 지난 2월 카카오와 전략적 제휴를 맺고 협력해 왔다.", "지난 2월", "past"),
    ("11월에는 데브데이 익스체인지를 국내에서 개최할 계획이다.", "11월", "future"),
    ("오는 11일 서울대와 업무협약을 체결한다.", "오는 11일", "future"),
    ("10일 발표했다.", "10일", "present"),
    ("이번 주 후속 발표가 이어진다.", "이번 주", "present"),
    ("지난달 한미정상회담 이후 협력이 늘었다.", "지난달", "past"),
    ("곧 발표할 예정이다.", "곧", "future"),
])
def test_direction(sentence, text, direction):
    assert only(sentence, D(2025, 9, 10), text).direction == direction


@pytest.mark.parametrize("sentence, text, part", [
    ("11일 저녁에는 네트워킹 행사를 개최한다.", "11일 저녁", "저녁"),
    ("오는 12일 오전 기자간담회를 연다.", "오는 12일 오전", "오전"),
    ("내일 새벽 공개된다.", "내일 새벽", "새벽"),
    ("다음 주 화요일 밤 생중계한다.", "다음 주 화요일 밤", "밤"),
    ("12일 행사를 연다.", "12일", None),
])
def test_part_of_day(sentence, text, part):
    e = only(sentence, D(2025, 9, 10), text)
    assert e.part_of_day == part and e.precision == "day"


@pytest.mark.parametrize("word", ["곧", "조만간", "추후", "향후"])
def test_undated_words(word):
    [e] = find_time_expressions(f"세부 내용은 {word} 공개할 예정이다.", D(2025, 9, 10))
    assert (e.text, e.date, e.end_date, e.precision) == (word, None, None, "none")


@pytest.mark.parametrize("sentence", [
    "카카오는 전 세계 12번째 지사다.",
    "300억원을 투입한다.",
    "1~2년 전보다 사용량이 늘었다.",
    "17개국 17개 도시에서 행사를 진행했다.",
    "API 사용 측면에서도 전 세계 10위권이다.",
    "GPT-5 모델의 성능은 3배 높고 100명이 참여했다.",
    "11일본 여행객",                  # 일 starts another word
    "출시 3일 만에 100만 명이 가입했다.",  # a duration, not a date
    "행사는 3일간 진행된다.",
    "비가 올 것이다.",                 # "올" alone is the verb 오다
    "오늘날 AI는 곧바로 연말정산에 쓰인다.",
    "매주 화요일 회의를 연다.",           # recurring, not one day
])
def test_no_expression(sentence):
    assert find_time_expressions(sentence, D(2025, 9, 10)) == []


def test_prefix_inside_a_word_is_not_a_prefix():
    # Read as "오는 11일" it would be forced to the future (Oct 11); as a bare day the past verb wins.
    [e] = find_time_expressions("카카오는 11일 신제품을 공개했다.", D(2025, 9, 20))
    assert (e.text, e.start, e.date, e.direction) == ("11일", 5, D(2025, 9, 11), "past")


def test_textual_order_and_offsets():
    sentence = "지난 2월 빌더랩을 개최한 데 이어, 12일에는 파운더스 데이를 열어 교류의 장을 마련한다."
    found = find_time_expressions(sentence, D(2025, 9, 10))
    assert [(e.text, e.start, e.end, e.direction) for e in found] == [
        ("지난 2월", 0, 5, "past"), ("12일", 21, 24, "future")]


def test_longest_match_wins():
    found = find_time_expressions("내년 상반기와 9월 25일~10월 2일, 2025년 11월 3일", D(2025, 9, 10))
    assert [e.text for e in found] == ["내년 상반기", "9월 25일~10월 2일", "2025년 11월 3일"]


@pytest.mark.parametrize("published", [
    datetime(2025, 9, 14, 20, 0, tzinfo=timezone.utc),          # 2025-09-15 05:00 KST
    datetime(2025, 9, 15, 5, 0, tzinfo=timezone(timedelta(hours=9))),
    datetime(2025, 9, 15, 5, 0),                                 # naive: already KST
    date(2025, 9, 15),
])
def test_published_is_taken_in_kst(published):
    [e] = find_time_expressions("15일 발표했다.", published)
    assert (e.date, e.direction) == (D(2025, 9, 15), "present")


@pytest.mark.parametrize("sentence, tense", [
    ("오픈AI는 14일(현지시간) 새 모델을 발표했다.", "past"),
    ("9일 여의도에서 열린 간담회에서 기대감을 나타냈다.", "past"),
    ("관련 행사를 개최한 바 있다.", "past"),
    ("11일 행사를 개최한다.", "future"),
    ("12일 파운더스 데이를 연다.", "future"),
    ("데브데이를 개최할 계획이다.", "future"),
    ("지사장을 곧 발표할 예정이다.", "future"),
    ("협력을 강화할 것으로 보인다.", "future"),
    ("협력하기로 했다.", "future"),
    ("12일 행사를 연다고 밝혔다.", "future"),            # the reporting verb is not the event's tense
    ("지난 2월 빌더랩을 개최한 데 이어, 12일에는 교류의 장을 마련한다.", "future"),
    ("서울대학교와 MOU를 체결하고", "unknown"),
])
def test_sentence_tense(sentence, tense):
    assert sentence_tense(sentence) == tense


def test_unknown_tense_takes_the_closest_day():
    # Published on the 28th with no tense cue: "3일" is five days ahead rather than 25 days back.
    [e] = find_time_expressions("3일 서울대와 MOU를 체결하고", D(2025, 12, 28))
    assert e.date == D(2026, 1, 3)


# --- weekends, "금요일인 오늘", counted periods, reported clauses ------------------------------------
@pytest.mark.parametrize("published, sentence, text, start, end", [
    (D(2025, 9, 10), "주말에는 전국에 비가 내리겠다.", "주말", D(2025, 9, 13), D(2025, 9, 14)),
    (D(2025, 9, 15), "주말에 열린 행사에는 5만 명이 몰렸다.", "주말", D(2025, 9, 13), D(2025, 9, 14)),
    (D(2025, 9, 13), "주말 내내 비가 내린다.", "주말", D(2025, 9, 13), D(2025, 9, 14)),   # a Saturday: this one
    (D(2025, 9, 10), "이번 주말 공개된다.", "이번 주말", D(2025, 9, 13), D(2025, 9, 14)),
    (D(2025, 9, 10), "신작은 이번 주말께 공개될 전망이다.", "이번 주말", D(2025, 9, 13), D(2025, 9, 14)),  # 께 is a particle
    (D(2025, 9, 10), "지난 주말 관객이 몰렸다.", "지난 주말", D(2025, 9, 6), D(2025, 9, 7)),
    (D(2025, 9, 10), "다음 주말 대회가 열린다.", "다음 주말", D(2025, 9, 20), D(2025, 9, 21)),
])
def test_weekend_is_saturday_and_sunday(published, sentence, text, start, end):
    e = only(sentence, published, text)
    assert (e.date, e.end_date, e.precision) == (start, end, "day")


@pytest.mark.parametrize("sentence, text, day", [
    ("전시는 금요일인 오늘 개막했다.", "금요일인 오늘", D(2023, 6, 9)),
    ("정부는 토요일인 내일 회의를 연다.", "토요일인 내일", D(2023, 6, 10)),
    ("목요일인 어제 발표됐다.", "목요일인 어제", D(2023, 6, 8)),
])
def test_weekday_naming_a_day_word_is_that_day(sentence, text, day):
    # 2023-06-09 is a Friday; "금요일" alone in a past sentence would still be today, in a future one next week's
    [e] = find_time_expressions(sentence, D(2023, 6, 9))
    assert (e.text, e.date, e.end_date) == (text, day, day)


@pytest.mark.parametrize("sentence", [
    "영업이익은 2분기 연속 감소했다.",
    "코스피는 5일 연속 상승했다.",
    "서울은 11일 연속 열대야가 이어졌다.",
    "회사는 3년 연속 흑자를 냈다.",
    "이 축제는 매년 3월 열린다.",
    "이 축제는 해마다 10월 열린다.",
    "시장은 매해 5월 열린다.",
    "주말마다 장이 선다.",
    "면허를 따려면 주말에 교육을 받아야 한다.",   # any weekend: a rule
    "이 거리는 주말에 붐비기 마련이다.",          # a habit
])
def test_counted_and_recurring_periods_are_not_dates(sentence):
    assert find_time_expressions(sentence, D(2025, 9, 10)) == []


@pytest.mark.parametrize("published, sentence, counts", [
    # days of difference from an average (Dong-A, 1997) and the months of a prison term (KLUE-NER WIKITREE)
    (D(1997, 3, 17), "올해 벚꽃은 제주 서귀포에서 평년보다 8일 빠른 오는 21일께 피는등 전국적으로 평년보다 5∼8일 가량 빨리 "
     "꽃망울을 터뜨리겠다.", ["8일 빠른", "5∼8일"]),
    (D(2015, 6, 15), "설 사장과 서종욱 전 대우건설 사장이 각각 징역 8월에 집행유예 1년과 징역 1년6월에 집행유예 2년을 선고받았다.",
     ["8월", "6월"]),
    # days left (a Boeun county release, 2018)
    (D(2018, 10, 17), "안진수 보은군 문화관광과장은 \"대추축제를 처음 기획한 올 3월부터 가장 중점을 둔 것이 관광객의 오감을 만족하게 할 수 "
     "있는 콘텐츠 개발이었다\"며 \"아직도 축제가 5일이나 남았으니 보은대추축제에 오셔서 다양한 행사를 즐기시길 바란다\"고 말했다.", ["5일"]),
    # counts of days earlier or later, listed (News1 and ZDNet Korea, 2024)
    (D(2024, 12, 10), "작년과 비교하면 제주는 19일, 서귀포는 23일 늦은 첫얼음이다.", ["19일", "23일"]),
    (D(2024, 11, 6), "대전은 지난해보다 16일 늦고 평년보다 9일 늦었고 청주는 지난해보다 2일 빠르고 평년보다 11일 늦었다.",
     ["16일", "9일", "2일", "11일"]),
    (D(2024, 11, 7), "서울 첫얼음은 지난해보다는 1일 빠르고, 평년보다는 4일 느렸다.", ["1일", "4일"]),
    # rest days and a list's length (Nocut News 2014, Jeonbuk Ilbo 2018, OSEN 2019)
    (D(2014, 5, 9), "4일 휴식 뒤 등판 일정을 소화하면서 어깨에 무리가 왔다.", ["4일"]),
    (D(2018, 4, 8), "'5선발' 류현진, 8일 쉬고 12일 등판", ["8일 쉬고"]),
    (D(2019, 4, 19), "큰 부상은 아니었지만, 10일 짜리 부상자 명단(IL)에 올랐고, 이후 캐치볼과 불펜 피칭 등 짧은 재활 단계를 거쳐 복귀를 "
     "준비했다.", ["10일"]),
    # a month of any year ("역대 9월 중") and days fewer ("4일 준") (trenue.com 2024, Chosun Biz 2018)
    (D(2024, 10, 1), "지난달 수출이 전년 동월 대비 7.5% 증가하면서 역대 9월 중 1위 실적을 기록했다.", ["역대 9월"]),
    (D(2018, 10, 1), "산업부는 \"올해 추석 연휴가 9월에 있어 조업일 수가 2017년 대비 4일 준 데다, 지난해 9월 수출이 35.0% 늘어난 데 따른 "
     "기저효과 때문\"이라고 설명했다.", ["4일 준"]),
    # a session's length (Yongin city council, 2021)
    (D(2021, 7, 27), "- 임시회의 한 회기당 회의일수는 20일 이내로 함", ["20일"]),
    # how often a day (Hankyung, 1989)
    (D(1989, 7, 26), "아시아나항공은 이에따라 오는 10월20일부터 서울-대구노선은 1일 2회, 대구-제주노선은 1일 1회 운항하게된다.",
     ["1일 2회", "1일 1회"]),
])
def test_counts_beside_dates_are_not_dates(published, sentence, counts):
    found = find_time_expressions(sentence, published)
    for count in counts:
        at = sentence.index(count)
        assert not [e for e in found if e.start < at + len(count) and e.end > at], (count, found)


@pytest.mark.parametrize("published, sentence, text, day", [
    # the reported clause has its own date, so the first one is when it was said
    (D(2023, 6, 9), "네이버는 8일 초대규모 AI 하이퍼클로바X를 8월에 공개한다고 밝혔다.", "8일", D(2023, 6, 8)),
    (D(2025, 9, 10), "장관은 8일 기자들과 만나 지원 대책을 내달 발표하겠다고 밝혔다.", "8일", D(2025, 9, 8)),
    (D(2025, 9, 10), "회사는 8일 이사회를 열고 내년 상장을 추진하겠다고 밝혔다.", "8일", D(2025, 9, 8)),
    # a date before a quotation stands outside it
    (D(2025, 9, 10), "그는 8일 “신제품을 출시하겠다”고 밝혔다.", "8일", D(2025, 9, 8)),
    # the date is the reported clause's own: its verb decides, not 밝혔다
    (D(2025, 9, 10), "정부는 12일 부동산 대책을 발표하겠다고 밝혔다.", "12일", D(2025, 9, 12)),
    (D(2025, 9, 10), "그는 “8일 신제품을 출시하겠다”고 밝혔다.", "8일", D(2025, 10, 8)),
    # a later date inside a relative clause ("올해 출시할 서비스") does not take the first one away
    (D(2025, 9, 10), "카카오는 23일 개발자 컨퍼런스에서 올해 출시할 서비스를 공개한다고 밝혔다.", "23일", D(2025, 9, 23)),
    # without a reporting verb two dates can share a clause's future
    (D(2025, 9, 10), "회사는 12일 내년 사업 계획을 발표한다.", "12일", D(2025, 9, 12)),
    # the speaker named between the reported clause and the reporting verb (Hankook Ilbo 1997, civic c1486)
    (D(1997, 6, 17), "김영삼 대통령이 유엔환경특별총회에 참석하기 위해 23일 부터 26일까지 미국 뉴욕을 방문하는데 이어 26일 부터 "
     "28일까지 멕시코를 국빈방문한다고 윤여준 청와대대변인이 16일 발표했다.", "23일 부터 26일까지", D(1997, 6, 23)),
])
def test_reported_clause_tense(published, sentence, text, day):
    assert only(sentence, published, text).date == day


# --------------------------------------------------------------------------------------------------
# Korean temporal grammar on real news sentences (KLUE-NER WIKITREE, CC BY-SA 4.0, and news pages; the
# development split in bench/data/dates_dev.tsv) and the phrases quoted in the issue from real articles.
# --------------------------------------------------------------------------------------------------
# A week glossed by some of its days (`-인`, or in brackets) is those days: dev yk004 and yl020 (Etoday weather,
# July 2013); a gloss naming the whole week leaves it a week, as its label has it (dev vi024).
@pytest.mark.parametrize("published, sentence, start, end, precision", [
    (D(2013, 7, 19), "한편 다음주 초인 22∼24일에는 중부지방에서 오르내리는 장마전선의 영향으로 전국 대부분 지방에서 비가 내릴 "
     "것으로 기상청은 전망했다", D(2013, 7, 22), D(2013, 7, 24), "day"),
    (D(2013, 7, 26), "이 비는 다음주 초인 29일까지 계속될 것으로 전망됐다.", D(2013, 7, 29), D(2013, 7, 29), "day"),
    (D(2023, 11, 13), "이번 주(13~19일)는 주초 아침 기온이 영하권으로 떨어져 평년보다 춥다가, 수요일(15일)부터 평년과 비슷한 "
     "기온을 회복하겠다.", D(2023, 11, 13), D(2023, 11, 19), "week"),
])
def test_a_week_glossed_by_some_of_its_days_is_those_days(published, sentence, start, end, precision):
    week = find_time_expressions(sentence, published)[0]
    assert (week.date, week.end_date, week.precision) == (start, end, precision)


# "올해 안(에)", spaced or not, is the rest of the year from publication, as 연내 is: dev yi060 (Seoul Shinmun, 1996),
# yj026 (Etoday, 2019), ym015 (Seoul Shinmun, 2000).
@pytest.mark.parametrize("published, sentence, text", [
    (D(1996, 4, 10), "건교부 등은 이와함께 남북연결도로 가운데 신탄리∼월정리간(10.7㎞)을 처음으로 올해 안에 개통하고 발안∼수원"
     "(17.4㎞)등 국도 확포장 및 신설구간 34개 노선(총 연장 2백78.3㎞)도 연내 완공을 목표로 건설 중이다.", "올해 안"),
    (D(2019, 10, 10), "철도노조는 인건비 정상화와 4조 2교대 도입, KTX·SRT 올해 안 통합, 자회사 처우 개선 등을 요구하며 "
     "2016년에 이어 3년만에 파업을 결정했다.", "올해 안"),
    (D(2000, 1, 3), "서울시 지하철건설본부는 2일 오는 2월 운행을 시작하는 7호선 온수∼신풍구간을 포함해 올해안으로 6·7호선 "
     "잔여구간 등 모두 57㎞가 개통돼 2기 지하철 5∼8호선 4개 노선이 완전개통된다고 밝혔다.", "올해안"),
])
def test_within_this_year_is_the_rest_of_it(published, sentence, text):
    within = first_at(sentence, published, text)
    assert (within.text, within.date, within.end_date, within.precision) == (text, published, D(published.year, 12, 31), "year")


JEJU_PLANNED = ("테마관광 콘텐츠로는 6월 제주돌문화공원에서 ‘제주에코뮤직페스티벌’, 9~11월 ‘제주맛순례’, 10월 "
                "제주국제컨벤션센터에서 ‘제주펫페어’, 10월 한라도서관 일대에서 ‘어린이 환경체험 숲으로오라’ 등이 계획됐다.")


# A month whose first predicate is a noun of planning or expecting made a verb (계획되다, 편성하다, 예상하다: Kiwi NNG +
# XSV) is what was planned, ahead, though the verb is past (a bare day too when it opens a span): dev yn009-yn012 (Daum,
# 2023), ym035 (Hankyung carrying Yonhap, 2023), yj007 (Seoul Economic, 2014).
@pytest.mark.parametrize("published, sentence, text, start, end, precision", [
    (D(2023, 4, 27), JEJU_PLANNED, "9~11월", D(2023, 9, 1), D(2023, 11, 30), "month"),
    (D(2023, 4, 27), JEJU_PLANNED, "6월", D(2023, 6, 1), D(2023, 6, 30), "month"),
    (D(2023, 2, 3), "한국야구위원회(KBO)는 2023시즌 KBO리그 시범경기를 3월 13∼28일에 걸쳐 팀당 14경기씩 총 70경기로 "
     "편성했다고 3일 밝혔다.", "3월 13∼28일", D(2023, 3, 13), D(2023, 3, 28), "day"),
    (D(2014, 9, 16), "통신업계 관계자는 \"이통3사가 18일부터 동시에 갤럭시노트4 예약판매를 진행할 것\"이라며 \"당초 10월 초로 "
     "출시가 예상했지만 출시 일정을 앞당기기 위해 삼성전자와 협의 중\"이라고 말했다.", "10월 초",
     D(2014, 10, 1), D(2014, 10, 10), "month"),
    # New Daily, 23 August 2009 (civic c548): a bare day opening the span decided on; no deciding takes days
    (D(2009, 8, 23), "지난 16일 개학한 서울 A고는 최근 2학년 학생 3명이 신종플루에 감염된 사실을 확인하고 24일부터 3일간 휴교를 "
     "결정했다.", "24일", D(2009, 8, 24), D(2009, 8, 24), "day"),
])
def test_a_month_planned_or_expected_under_a_past_verb_is_ahead(published, sentence, text, start, end, precision):
    planned = first_at(sentence, published, text)
    assert (planned.text, planned.date, planned.end_date, planned.precision) == (text, start, end, precision)


def first_at(sentence: str, published, text: str) -> TimeExpr:
    """The expression that covers the first occurrence of `text` in the sentence."""
    at = sentence.index(text)
    hits = [e for e in find_time_expressions(sentence, published) if e.start <= at < e.end]
    assert hits, (text, find_time_expressions(sentence, published))
    return hits[0]


REAL = [
    # ranges are one span, dated by their start, the open end taking the other end's month or year
    (D(2015, 6, 15), "여의도 물빛무대에서는 공연장의 특성을 살려 28일부터 9월 13일까지 매주 금요일 오후 8시 30분에는 "
     "음악·뮤지컬 영화와 유쾌한 애니메이션을 선보인다.", "28일", D(2015, 6, 28), D(2015, 9, 13), "day"),
    (D(2015, 6, 15), "A씨는 10월 말부터 지난달까지 자신이 일하는 인천시 계산동의 한 편의점에서 판매할 500원짜리 즉석복권을 "
     "미리 긁어본 뒤 당첨되지 않은 복권 18장을 손님 B(22)씨에게 판매한 혐의를 받고 있다.", "10월 말",
     D(2014, 10, 21), D(2015, 5, 31), "month"),
    (D(2015, 4, 28), "어린이날부터 어버이날까지 4일 연휴 기간에 4대 고궁과 종묘, 조선왕릉, 과학관, 휴양림, 수목원 등은 무료 개방된다.",
     "어린이날", D(2015, 5, 5), D(2015, 5, 8), "day"),
    (D(2015, 6, 15), "지난 27∼28일 내몽골과 중국 북부지방에서 발원한 황사가 남하하면서 서해안과 일부 내륙에서는 낮부터 옅은 황사가 "
     "나타날 수 있으니 건강관리에 신경 써야 한다.", "지난 27∼28일", D(2015, 5, 27), D(2015, 5, 28), "day"),
    (D(2015, 5, 29), "교육과학기술부와 항공우주연구원은 29일 나로호 발사관리위원회를 열어 나로호 3차 발사 예정기간을 다음달 9~24일로 "
     "정할 것이라고 밝혔다.", "다음달", D(2015, 6, 9), D(2015, 6, 24), "day"),
    (D(2015, 6, 15), "부패척결단은 지난 8∼10월 정부부처 합동으로 전국 32개 화력발전소의 2008년 이후 부품사용 실태를 전수조사한 "
     "결과를 18일 공개했다.", "지난 8∼10월", D(2014, 8, 1), D(2014, 10, 31), "month"),
    # 전날/이날 count from the day the sentence names, else from publication; appositions name one day
    (D(2015, 6, 15), "앞서 전날(14일)에는 사망한 정소윤 양의 어릴 적 친구 '박군'으로 소개된 남성이 시청자 게시판에 글을 올렸다.",
     "전날", D(2015, 6, 14), D(2015, 6, 14), "day"),
    (D(2015, 6, 15), "양구·인제군은 군 당국과 협의해 전날 오후 7시 30분께 주민 2천400여명에 대한 대피명령을 해제했다.",
     "전날 오후", D(2015, 6, 14), D(2015, 6, 14), "day"),
    (D(2013, 6, 16), "한국일보는 사측의 편집국 점령 사태로 인해 월요일자(17일) 신문 발행이 불투명해졌습니다.", "17일",
     D(2013, 6, 17), D(2013, 6, 17), "day"),
    (D(2013, 6, 16), "한국일보는 사측의 편집국 점령 사태로 인해 월요일자(17일) 신문 발행이 불투명해졌습니다.", "월요일",
     D(2013, 6, 17), D(2013, 6, 17), "day"),
    (D(2015, 9, 10), "9월 3일 목요일 저녁, 대림미술관 전시와 연계한 굿나잇 행사 현장을 찾았다.", "목요일",
     D(2015, 9, 3), D(2015, 9, 3), "day"),
    # holidays, solar and lunar, and a day counted from one
    (D(2015, 2, 27), "독립기념관에서는 삼일절을 맞아 기념관 내부 '겨레의 큰마당'에서 '3.1 만세운동 문화행사'를 엽니다.", "삼일절",
     D(2015, 3, 1), D(2015, 3, 1), "day"),
    (D(2025, 1, 14), "정부는 오늘(14일) 정부서울청사에서 국무회의를 열어 설 연휴 전날인 오는 27일을 임시 공휴일로 지정하는 안건을 "
     "상정해 의결했습니다.", "설 연휴 전날", D(2025, 1, 27), D(2025, 1, 27), "day"),
    (D(2025, 1, 14), "오는 27일이 임시 공휴일로 지정됨에 따라 이번 설 연휴는 총 6일을 쉬게 됐습니다.", "이번 설 연휴",
     D(2025, 1, 28), D(2025, 1, 30), "day"),
    # offsets from publication
    (D(2015, 6, 15), "배우 송지효 씨가 씨제스 엔터테인먼트(이하 씨제스) 대표와 2년 전 결별한 소식이 뒤늦게 알려졌다.", "2년 전",
     D(2013, 1, 1), D(2013, 12, 31), "year"),
    # a date listed after one with a year takes that year
    (D(2015, 6, 15), "앞서 김 씨는 지난 2008년 4월과 9월, 2009년 8월 필리핀에서 산 마약을 밀반입했다.", "9월",
     D(2008, 9, 1), D(2008, 9, 30), "month"),
    # a forecast reported in the past ("필 것으로 전망됐다") tells days still ahead
    (D(1997, 3, 17), "17일 기상청에 따르면 벚꽃은 오는 21일 서귀포를 시작으로 ▲부산 23일 ▲대구 29일 ▲광주 4월1일 ▲청주 4월6일 "
     "▲서울 4월8일의 순으로 북상하면서 필 것으로 전망됐다.", "4월1일", D(1997, 4, 1), D(1997, 4, 1), "day"),
    # a range whose end alone names its month; a bare start ahead of publication before a far end stays
    (D(2013, 3, 15), "기상청에 따르면 이번 봄 벚꽃은 17일 제주 서귀포를 시작으로 남부지방은 23일∼4월 1일, 중부지방은 4월 2∼13일, "
     "경기북부와 강원북부·산간지방은 4월 13일 이후(이상 관측소 기준)에 꽃망울을 터뜨릴 것으로 보인다.", "23일",
     D(2013, 3, 23), D(2013, 4, 1), "day"),
    (D(2022, 9, 19), "질병관리청은 21일부터 내년 4월 30일까지 2022-2023 절기 독감 국가예방접종을 실시한다고 19일 밝혔다.", "21일",
     D(2022, 9, 21), D(2023, 4, 30), "day"),
    # a day already in the coming month named before it is of that month
    (D(2002, 11, 29), "국민은행은 다음달 5일부터 실시될 예정이었던 동시분양 청약 접수를 4일부터 실시한다고 29일 밝혔다.", "4일",
     D(2002, 12, 4), D(2002, 12, 4), "day"),
    # a year told by two digits before a part of the year; a month within a month word ("이달내로")
    (D(1992, 7, 2), "93년말로 예정됐던 서울 2기지하철 3개노선의 1단계 구간의 완공시기가 최고 1년정도 늦춰진다.", "93년말",
     D(1993, 12, 1), D(1993, 12, 31), "month"),
    (D(2001, 5, 16), "이에따라 롯데건설은 이달내로 8개 협력업체를 현장에 투입, 골조공사에 들어가 내년 입주 기일(12월)에 맞춰 "
     "공사를 끝낼 계획이다.", "이달",
     D(2001, 5, 1), D(2001, 5, 31), "month"),
    # what is reported in the past as still to come ("출시할 것으로 알려졌다") is ahead
    (D(2016, 3, 22), "아이폰SE는 24일부터 미국을 비롯한 일부 국가에서 예약 주문을 받고 31일부터 출시할 것으로 알려졌다.", "24일",
     D(2016, 3, 24), D(2016, 3, 24), "day"),
    # years listed with a middle dot are each a year
    (D(2015, 6, 15), "SK와이번스도 2007·2008년 정규시즌·한국시리즈 통합우승을 차지한 후 2009년 정규시즌 2위에 머물렀고, 2010년 다시 "
     "통합우승을 차지했다.", "2007", D(2007, 1, 1), D(2007, 12, 31), "year"),
    # 전 as the determiner 全 ("all") after a day is no count back (Kiwi tags it MM)
    (D(2017, 11, 4), "4일 전 세계인의 겨울 축제가 될 평창 동계올림픽 대회 시설의 완공이 선언됐다.", "4일",
     D(2017, 11, 4), D(2017, 11, 4), "day"),
    # a count before a happening, in apposition to a day, is that day
    (D(2016, 9, 22), "평창 조직위는 “대회 개막 500일 전인 27일 D-500 기념 퍼포먼스와 융·복합 불꽃쇼, K-POP 공연 등을 결합한 "
     "공식행사를 개최한다”고 22일 밝혔다.", "500일 전", D(2016, 9, 27), D(2016, 9, 27), "day"),
    # a day in a zone behind Korea's may be the day before publication and still be today there
    (D(2025, 8, 26), "이재명 대통령과 도널드 트럼프 미국 대통령의 한미 정상회담이 미 동부시간으로 25일 낮 12시 15분(한국 시간 26일 "
     "오전 1시 15분) 시작된다.", "25일", D(2025, 8, 25), D(2025, 8, 25), "day"),
    # a month after 이듬해/같은 해 is in the year counted from the one named
    (D(2021, 4, 20), "조씨는 2019년 5월부터 이듬해 2월까지 아동·청소년을 포함한 여성 피해자 수십 명을 협박해 성 착취 영상물을 촬영하고 "
     "인터넷 메신저 텔레그램 박사방을 통해 판매·유포한 혐의로 기소돼 1심에서 징역 40년을 선고받았습니다.", "2019년 5월",
     D(2019, 5, 1), D(2020, 2, 29), "month"),
    (D(2020, 1, 10), "이들은 2016년 1월 강원 홍천과 같은 해 3월 대구에서 만취 상태의 여성을 집단 성폭행한 혐의 등으로 구속 기소됐다.",
     "같은 해 3월", D(2016, 3, 1), D(2016, 3, 31), "month"),
    # an intention ("선고하려고 한다") and a possibility ("늦춰질 수 있다는 전망") look ahead; so does a day set ("…로 정해졌다")
    (D(2021, 4, 20), "재판부는 \"이 사건은 구속 만기가 있는 만큼 5월 말까지는 선고하려고 한다\"고 밝혔습니다.", "5월 말",
     D(2021, 5, 21), D(2021, 5, 31), "month"),
    (D(2021, 6, 16), "정 교수의 선고가 9월까지 늦춰질 수 있다는 전망도 있었으나 항소심 재판부가 구속기간을 연장함에 따라 오는 8월 22일 안에 "
     "선고가 이뤄질 가능성이 높아졌다.", "9월", D(2021, 9, 1), D(2021, 9, 30), "month"),
    (D(2020, 1, 10), "10일 고등법원에 따르면 정준영과 최종훈의 성폭력 범죄의 처벌 등에 관한 특례법 위반 등의 혐의에 대판 항소심 첫 "
     "공판일이 21일 오후 4시 40분로 정해졌다.", "21일", D(2020, 1, 21), D(2020, 1, 21), "day"),
    # days listed with no predicate between them run on in order, past the publication day's number
    (D(2011, 5, 25), "지역별 유세 일정은 24일 부산·울산·경남권을 시작으로 25일 대구·경북권, 27일 광주·전남-북·제주권, 28일 "
     "대전·충남북권, 7월 1일 강원권, 7월 2일 서울·경기·인천 등 수도권 등의 순으로 진행한다.", "25일",
     D(2011, 6, 25), D(2011, 6, 25), "day"),
    (D(2014, 12, 10), "1월 10일 제주 대의원대회와 경남 대의원대회를 시작으로 11일은 울산과 부산, 17일은 충남과 세종, 대전에서 "
     "대의원대회가 한꺼번에 열린다.", "17일", D(2015, 1, 17), D(2015, 1, 17), "day"),
    # the publication day after a coming month's day stays the story's own day
    (D(2014, 12, 10), "새정치민주연합이 내년 2월8일 치르기로 한 전당대회와 관련해 후보자 등록일과 지역 대의원대회 일정 등 종합일정을 "
     "10일 잠정 결정했다.", "10일", D(2014, 12, 10), D(2014, 12, 10), "day"),
    # an adnominal before 다음/뒤 orders two happenings and tells no past; a range set "…까지로 확정했다" is ahead
    (D(2011, 5, 25), "유세일정이 끝나면 7월 3일 전국 동시투표를 가진 다음 4일 12차 전당대회에서 개표 결과가 나온다.", "4일",
     D(2011, 7, 4), D(2011, 7, 4), "day"),
    (D(2024, 7, 1), "더불어민주당 중앙당선거관리위원회는 1일 오후 국회에서 열린 첫 회의 후 \"지도부 선출을 위해서 예비 후보자 등록 "
     "신청 일정을 7월 9일부터 10일까지로 확정했다\"고 밝혔다.", "7월 9일", D(2024, 7, 9), D(2024, 7, 10), "day"),
    # "…한 만큼": since it was done; a dated thing talked about ("…와 관련해") is not placed by the talk's verb
    (D(2014, 11, 13), "8월과 10월 기준금리를 0.25%포인트씩 인하한 만큼 당분간 효과와 흐름을 지켜봐야 한다는 판단이었다.", "8월",
     D(2014, 8, 1), D(2014, 8, 31), "month"),
    (D(2011, 5, 25), "한편, 정의화 비상대책위원장은 7월 3일 전국 동시선거와 관련해 \"7월 3일 전국 동시투표는 선거인단이 확대됐을 경우에 "
     "한해서다\"고 설명했다.", "7월 3일", D(2011, 7, 3), D(2011, 7, 3), "day"),
    # the formal present (-ㅂ니다) of broadcast news tells what is ahead
    (D(2022, 1, 1), "오미크론 변이의 확산세로 이번 CES는 당초 계획했던 나흘 일정을 하루 줄여 7일 폐막합니다.", "7일",
     D(2022, 1, 7), D(2022, 1, 7), "day"),
    # "X에서 Y까지" is a span; a span set "…까지로 설정했다" is ahead; a press release's '’20.7.15.'
    (D(2021, 9, 29), "□ 과학기술정보통신부(장관 임혜숙, 이하 ‘과기정통부’)는 9월 29일「누리호 발사관리위원회」를 개최하여 누리호 1차 발사를 "
     "위한 기술적 준비상황과 최적의 발사 여건 등을 종합적으로 검토한 결과, 2021년 10월 21일을 발사예정일로, 발사예비일은 10월 22일에서 "
     "10월 28일까지로 설정하였다.", "10월 22일", D(2021, 10, 22), D(2021, 10, 28), "day"),
    (D(2025, 9, 30), "만약 발사 준비 과정에서 문제가 발생할 경우를 대비해 발사 예비일은 11월 28일부터 12월 4일까지로 설정했다.",
     "11월 28일", D(2025, 11, 28), D(2025, 12, 4), "day"),
    (D(2021, 9, 29), "‣ 아랍에미리트 화성탐사선 “아말”(’20.7.15.→’20.7.20)과 스페이스X 유인우주선 “리질리언스” (’20.11.14.→’20.11.15)는 "
     "기상 상황에 의해 발사가 연기되었으며, 러시아 “소유즈” (’21.3.20.→’21.3.22.)는 기술적 조치 사항이 발견되어 발사가 연기된바 있음",
     "’20.11.14.", D(2020, 11, 14), D(2020, 11, 14), "day"),
    # a span whose noun is the object of a standing arrangement ("…까지의 기간을 … 정하고 있다") is the coming one
    (D(2023, 5, 31), "다만 서해5도 연평도 주변, 백령·대청·소청도 주변 어장, 대청도 어선어업구역은 꽃게의 산란 시기가 늦어 7월 1일부터 "
     "8월 31일까지의 기간을 금어기로 정하고 있다.", "7월 1일", D(2023, 7, 1), D(2023, 8, 31), "day"),
    # a notice's dotted spans; a span stated "…까지로," before a list of who may apply is ahead
    (D(2024, 6, 12), "1. 모집기간: 2024. 6. 12.() ~ 7. 11.() / 30일간", "2024. 6. 12.", D(2024, 6, 12), D(2024, 7, 11), "day"),
    (D(2024, 6, 12), "2. 활동기간: 2024. 9. ~ 2026. 8.", "2024. 9.", D(2024, 9, 1), D(2026, 8, 31), "month"),
    (D(2019, 11, 27), "모집기간은 12월 2일부터 13일까지로, SNS 활용가능자로 제주시민 또는 제주시에 등록된 사업체 대표 및 직원이면 "
     "누구나 신청이 가능하다.", "12월 2일", D(2019, 12, 2), D(2019, 12, 13), "day"),
    # a tally up to a day told a few words on ("14일까지 … 다녀간 관람객이 35만여 명에 달한다") is behind
    (D(2018, 10, 17), "보은군은 주말 첫 주인 14일까지 대추축제장을 다녀간 관람객이 35만여 명에 달한다고 밝혔다.", "14일",
     D(2018, 10, 14), D(2018, 10, 14), "day"),
    # weekdays and days listed each are paired respectively
    (D(2022, 5, 11), "사전투표는 코로나 정부 지침이 변하지 않는다면, 5월 마지막 주 금요일과 토요일 27일과 28일 오전 6시부터 오후 6시까지 할 "
     "수 있다", "토요일", D(2022, 5, 28), D(2022, 5, 28), "day"),
    # a day before the formal copula (…26일입니다) is the day
    (D(2015, 6, 15), "이날 입대하는 송중기의 전역 예정일은 2015년 5월 26일입니다.", "2015년 5월 26일", D(2015, 5, 26), D(2015, 5, 26), "day"),
    # "지난 15일" written on the 15th is last month's
    (D(2015, 6, 15), "지난 15일 밤 9시경 파업으로 인해 대체 투입된 19살, 한국 교통대 철도대학 재학생이 운행하던 지하철 4호선에서 80대 "
     "여성이 숨지는 사고가 발생해 논란이 일었습니다.", "지난 15일", D(2015, 5, 15), D(2015, 5, 15), "day"),
    # a limit that is extended is ahead; a plan "하기로 예정했던" too; a count back in apposition names the day
    (D(2022, 2, 4), "'6인 모임·밤 9시' 거리두기 20일까지 2주 연장", "20일", D(2022, 2, 20), D(2022, 2, 20), "day"),
    (D(2020, 4, 4), "정부가 5일까지 실행하기로 예정했던 '강화된 사회적 거리두기'를 19일까지 2주간 연장하기로 했다.", "5일",
     D(2020, 4, 5), D(2020, 4, 5), "day"),
    (D(2021, 1, 31), "앞서 2주 전인 17일 발표한 사회적 거리두기 조정안은 수도권 2.5단계, 비수도권 2단계의 거리두기와 5인 이상 사적모임 "
     "금지 조치가 적용되었습니다.", "2주 전", D(2021, 1, 17), D(2021, 1, 17), "day"),
    (D(2021, 1, 31), "31일 일요일 발표에 따르면 사회적 거리두기는 2주간 연장되어 설까지 지속됩니다.", "설",
     D(2021, 2, 12), D(2021, 2, 12), "day"),
    # a count forward in apposition to a day is that day, even under a past verb
    (D(2014, 5, 9), "그러나 투구 훈련 일정이 사흘 뒤인 10일로 미뤄졌다.", "사흘 뒤", D(2014, 5, 10), D(2014, 5, 10), "day"),
    # a month's part or a holiday told after a year's month goes on from it, within the year that follows
    (D(2018, 10, 1), "2017년 9월 수출은 551억5000만달러 였는 데, 당시 10월 초에 있던 추석 연휴에 맞춰 선적을 앞당긴 것 등이 주요 요인으로 "
     "작용했다.", "10월 초", D(2017, 10, 1), D(2017, 10, 10), "month"),
    (D(2018, 10, 1), "2017년 9월 수출은 551억5000만달러 였는 데, 당시 10월 초에 있던 추석 연휴에 맞춰 선적을 앞당긴 것 등이 주요 요인으로 "
     "작용했다.", "추석 연휴", D(2017, 10, 3), D(2017, 10, 5), "day"),
    # what is prepared for is ahead; "9월만" is the month
    (D(2017, 10, 1), "산업부는 “9월 조업일수가 2.5일 증가했고 기업들이 긴 추석 연휴에 대비해 통관을 미리 한 것도 수출 증가에 영향을 "
     "미쳤다”고 밝혔다.", "추석 연휴", D(2017, 10, 3), D(2017, 10, 5), "day"),
    (D(2018, 10, 1), "올해 9월만 놓고 보면 수출은 506억달러로 전년 동월 대비 8.2% 줄었다.", "올해 9월", D(2018, 9, 1), D(2018, 9, 30), "month"),
    # a figure's moment noted in brackets ("(21일 기준)") is behind (KLUE-NER WIKITREE)
    (D(2015, 6, 15), "앞서 이 양은 지난 5일 한 국내 유튜브 채널에 공개된 'Hello' 라이브 영상으로 조회 수 1200만(21일 기준)을 돌파하며 "
     "외신에 소개되는 등 화제가 됐다.", "21일", D(2015, 5, 21), D(2015, 5, 21), "day"),
    # days listed with a comma are one span; "앞두고 있다" is ahead; "오는 16일" in a morning story of the 16th is today
    (D(2019, 12, 5), "수원 콘서트는 2020년 2월 22, 23일 경기도문화의전당 대극장에서 열린다.", "2020년 2월",
     D(2020, 2, 22), D(2020, 2, 23), "day"),
    (D(2018, 7, 16), "이어서 대전 공연은 9월 8일 오후 7시 30분, 대전월드컵경기장에서 개최를 앞두고 있다.", "9월 8일",
     D(2018, 9, 8), D(2018, 9, 8), "day"),
    (D(2018, 7, 16), "한편, 조용필의 50주년 기념 전국투어 콘서트 '땡스 투 유'의 수원 공연 티켓은 오는 16일 오후 2시, 대전 공연 티켓은 "
     "18일 오후 2시부터 인터파크 티켓을 통해 예매할 수 있다.", "오는 16일", D(2018, 7, 16), D(2018, 7, 16), "day"),
    # what is told as under way ("찾아가고 있는 것으로 알려졌다") is not ahead (KLUE-NER WIKITREE)
    (D(2015, 6, 15), "A씨는 18일 현재 열이 조금 내리는 등 차츰 안정을 찾아가고 있는 것으로 알려졌다.", "18일",
     D(2015, 5, 18), D(2015, 5, 18), "day"),
    # a day right after "부터" ends the span even without "까지"
    (D(2021, 9, 13), "16일(목)부터 17일(금) 대부분 해상에서 물결이 2.0∼5.0m로 매우 높은 파도가 일 것으로 예보됐다.", "16일",
     D(2021, 9, 16), D(2021, 9, 17), "day"),
    # a plan dated a few days before publication was written before it, not for next year
    (D(2015, 4, 21), "영주시보건소에서는 예방접종의 중요성을 홍보하고자 예방접종주간을 맞이하여 4월20일 영주역 광장에서 시민들을 대상으로 "
     "예방접종 홍보캠페인을 실시하기로 하였다.", "4월20일", D(2015, 4, 20), D(2015, 4, 20), "day"),
    # "다음 날인 9일": next to the day named before it (a day's time-zone difference allowed)
    (D(2020, 7, 7), "지난해 갤럭시노트10은 8월 7일(미국 현지시간) 공개 후, 국내 시간 기준으로 바로 다음 날인 9일부터 19일까지 11일 동안 "
     "예약판매가 진행됐으며, 20일부터 사전 개통이 시작됐다", "9일", D(2019, 8, 9), D(2019, 8, 19), "day"),
    # a holiday's 연휴기간 is the three days
    (D(2015, 2, 11), "국립현대미술관이 설 연휴기간 무료로 개관될 예정이다.", "설", D(2015, 2, 18), D(2015, 2, 20), "day"),
    # a year told in a relative clause that closes on the topic is not the main clause's
    (D(2016, 4, 28), "지난해 이자나 배당·사업·근로·연금·기타소득을 거둔 사람은 5월 한달간 종합소득세를 신고·납부해야 한다.", "5월",
     D(2016, 5, 1), D(2016, 5, 31), "month"),
]


@pytest.mark.parametrize("published,sentence,text,start,end,precision", REAL)
def test_real_sentences_resolve_as_a_reader_does(published, sentence, text, start, end, precision):
    e = first_at(sentence, published, text)
    assert (e.date, e.end_date, e.precision) == (start, end, precision)


def test_a_range_is_one_expression_dated_by_its_start_with_the_month_carried_over():
    e, = find_time_expressions("3월 17일부터 25일까지 신청을 받는다.", D(2026, 2, 10))
    assert (e.text, e.date, e.end_date, e.precision, e.role) == ("3월 17일부터 25일까지", D(2026, 3, 17), D(2026, 3, 25),
                                                                 "day", "range")
    assert e.direction == "future"


@pytest.mark.parametrize("phrase,published,expected", [
    ("10월 첫째 화요일", D(2025, 9, 10), D(2025, 10, 7)),
    ("3월 마지막 월요일", D(2025, 9, 10), D(2026, 3, 30)),
    ("이달 마지막 수요일인 7월 30일", D(2014, 7, 30), D(2014, 7, 30)),  # OSEN, 2014-07-30
])
def test_ordinal_weekdays_name_one_day(phrase, published, expected):
    e = find_time_expressions(f"{phrase}에 행사를 연다.", published)[0]
    assert (e.date, e.end_date, e.precision) == (expected, expected, "day")


def test_a_recurring_ordinal_weekday_is_no_date():
    assert find_time_expressions("매달 마지막 수요일은 문화가 있는 날이다.", D(2014, 8, 28)) == []


@pytest.mark.parametrize("sentence,published,role", [
    ("시는 2035년 도시기본계획 수립에 착수했다.", D(2025, 9, 10), "name"),
    ("우주항공청 산하 한국천문연구원은 20일 ‘2025년도 월력요항’을 발표했다.", D(2024, 6, 20), "name"),
    ("구단은 2030년까지 연장계약을 체결했다.", D(2025, 9, 10), "until"),
    ("2012년 12월 31일 이전 출생자가 대상이다.", D(2025, 9, 10), "before"),
    # KLUE-NER WIKITREE (CC BY-SA 4.0): a games' year is part of its name
    ("아베 신조(安倍晋三) 일본 총리는 8일 2020년 도쿄 올림픽을 15년 간 계속된 디플레이션에서 탈출, 일본 경제를 성장시킬 "
     "기폭제로 삼겠다고 밝혔다.", D(2015, 6, 15), "name"),
    ("카드를 다음 달 1일부터 발급한다.", D(2025, 9, 10), "since"),
])
def test_dates_that_date_no_happening_say_so(sentence, published, role):
    roles = [e.role for e in find_time_expressions(sentence, published) if e.precision in ("year", "day")]
    assert role in roles


def test_bare_words_the_issue_lists_are_read():
    p = D(2025, 9, 10)  # a Wednesday
    assert only("오늘 발표했다.", p, "오늘").date == p
    assert only("저번 달 발표했다.", p, "저번 달").date == D(2025, 8, 1)
    assert only("3주 전 발표했다.", p, "3주 전").date == D(2025, 8, 18)
    assert only("지난 연말 발표했다.", D(2026, 1, 5), "지난 연말").date == D(2025, 12, 1)
    assert only("추석에 귀성객이 몰릴 전망이다.", p, "추석").date == D(2025, 10, 6)


def test_lunar_holidays_come_from_the_lunar_calendar():
    from digest.text.korean_holidays import holiday, nth_weekday

    assert holiday("추석", 2015) == D(2015, 9, 27)
    assert holiday("설날", 2025) == D(2025, 1, 29)
    assert holiday("부처님오신날", 2025) == D(2025, 5, 5)
    assert nth_weekday(2014, 7, 2, -1) == D(2014, 7, 30)
    assert nth_weekday(2025, 2, 0, 5) is None  # February 2025 has four Mondays


def test_a_report_in_the_present_progressive_dates_what_is_under_way_behind():
    # KLUE-NER WIKITREE (CC BY-SA 4.0): nothing can be spreading on the 29th of next month
    e = only("이 포스터는 29일 트위터상에서 큰 화제가 되며 확산되고 있습니다.", D(2015, 6, 15), "29일")
    assert e.date == D(2015, 5, 29)
    # a schedule noted in parentheses beside a name stays the nearest, whatever the sentence's tense
    sentence = ("보성여관음악회(10월18일/11월15일 오후 6시)와 다도체험교실(11월1일 오후 1시)을 통해 지역의 문화예술을 "
                "소개하고 그 역할을 확대해 나아가고 있습니다.")
    assert only(sentence, D(2015, 6, 15), "10월18일").date == D(2015, 10, 18)


def test_bare_days_after_a_coming_month_day_stay_in_its_month():
    # a call for entries (news page, published 2026-01-26)
    e = only("오는 3월 4일 합격자를 발표하고 이어 6~13일 견본 접수를 한다.", D(2026, 1, 26), "6~13일")
    assert (e.date, e.end_date) == (D(2026, 3, 6), D(2026, 3, 13))
    # the reporting day after a coming date stays the day it was said (Seoul city, 2024-04-22)
    e = only("서울시는 5월 1~6일 서울광장 등 서울 도심 여러 곳에서 ‘서울페스타 2024’를 연다고 22일 밝혔다.", D(2024, 4, 22), "22일")
    assert e.date == D(2024, 4, 22)


@pytest.mark.parametrize("sentence,published,text,start", [
    # Hankyung, 2003-11-13 and 2003-11-03: the older "N.4분기" spelling of a quarter
    ("금호산업은 올 3.4분기 매출 2천687억원의 실적을 올렸다고 13일 밝혔다.", D(2003, 11, 13), "올 3.4분기", D(2003, 7, 1)),
    ("지난해 3.4분기에 비해 매출과 영업이익은 각각 59%, 67% 줄어들었다.", D(2003, 11, 13), "지난해 3.4분기", D(2002, 7, 1)),
    ("삼부토건은 3.4분기(7∼9월) 매출이 작년 동기보다 15.2% 많았다.", D(2003, 11, 3), "3.4분기", D(2003, 7, 1)),
])
def test_quarters_spelled_n_of_4(sentence, published, text, start):
    e = only(sentence, published, text)
    assert (e.date, e.precision) == (start, "quarter")


def test_a_year_named_alone_carries_to_the_quarter_and_holiday_after_it():
    # Hankyung, 2007-10-24
    p = D(2007, 10, 24)
    assert only("작년에는 추석이 4분기에 있었다.", p, "추석").date == D(2006, 10, 6)
    assert only("작년에는 추석이 4분기에 있었다.", p, "4분기").date == D(2006, 10, 1)
    # a year only compared with ("작년보다") is not the sentence's year
    sentence = "올해 조업일수가 작년보다 적었던 점을 감안하면 전년대비 3분기 실적개선은 더욱 의미가 있어 보인다고 덧붙였다."
    assert only(sentence, p, "3분기").date == D(2007, 7, 1)
    # zy048 (11 August 2023) and zy005 (2 September 1995): nor is a year whose "same period" a figure is compared with
    sentence = ("앞서 지난 6월 1~10일 수출액이 작년 같은 기간보다 1.2% 증가하는 깜짝 실적을 거뒀으나, 지난달 1~10일 수출액이 전년 대비 "
                "14.3% 감소한 데 이어 이달에도 감소세를 이어가며 하반기 경기 회복에 대한 기대감이 한 풀 꺾이는 모양새다.")
    assert only(sentence, D(2023, 8, 11), "하반기").date == D(2023, 7, 1)
    sentence = ("이로써 정부발표기금 소비자물가는 지난해 같은 달에 비해 3.5%상승에 머물러 86년8월의 2.7%이후 최저를 기록했고 올들어 "
                "8월까지의 상승률은 3.9%로 89년의 3.8%이래 가장 낮은 수준을 나타냈다.")
    assert [e.date for e in find_time_expressions(sentence, D(1995, 9, 2)) if e.text.startswith("8월")] == [D(1995, 8, 1)]


@pytest.mark.parametrize("sentence,published,text,start,end", [
    # Herald, 2025-08-23: a span of days that holds the publication day is this month's
    ("올해로 5회째를 맞는 강서문화예술페스티벌은 22일부터 23일까지 이틀간 개최된다.", D(2025, 8, 23), "22일부터 23일까지",
     D(2025, 8, 22), D(2025, 8, 23)),
    # a Chuncheon broadcaster's notice, 2015-05-29: a clock time after the start of a range
    ("행사가 오늘 밤 10시부터 내일 새벽까지 1박 2일로 춘천 공지천 수변 공원에서 열려 예술 난장을 펼친다고 밝혔습니다.",
     D(2015, 5, 29), "오늘 밤 10시부터 내일 새벽까지", D(2015, 5, 29), D(2015, 5, 30)),
    # Newspim, 2020-01-02: "내달 2월 7일" repeats the month
    ("오는 15일 오후 3시 여수문화홀에서, 내달 2월 7일 오전 10시 삼산면사무소 회의실에서 개최된다.", D(2020, 1, 2), "2월 7일 오전",
     D(2020, 2, 7), D(2020, 2, 7)),
    # civic dev c71 (세종시의회, 2012-07-24): a rising pair of days lies in one month that has both (not June 26 to July 31)
    ("이후 26일부터 31일까지 상임위원회별로 업무보고를 청취, 내달 1일부터 2일까지 상임위별로 조례안을 심의하고 제2차 본회의를 "
     "열 최종적으로 '세종특별자치시의회 위원회 조례 일부 개정조례안' 등 9건의 조례안과 1건의 동의안을 처리할 계획이다.",
     D(2012, 7, 24), "26일부터 31일까지", D(2012, 7, 26), D(2012, 7, 31)),
    # civic dev c75 (2002-06-05): "도입키로 했다" is "도입하기로 했다" contracted, a decision on what is to come
    ("시는 노선이 조정된 구간 정류소등에 안내문을 부착하고 정류소 안내표지판을 정비해 24일부터 새 노선을 시행하고 "
     "인가제한대상인 59번,731번,62번 등 3개 노선은 올해말이나 내년초께 도입키로 했다.", D(2002, 6, 5), "24일",
     D(2002, 6, 24), D(2002, 6, 24)),
    # civic dev c69 (2025-11-16): a list of days is read from its first to its last; the month named again in the
    # next quote keeps the year said with it
    ("재판부는 지난 13일 재판에서 \"내년 1월 7·9·12일을 추가 기일로 지정하고, 14·15일을 예비 기일로 잡아두겠다\"며 "
     "\"1월 12일 재판을 종결해야 하는 게 아닌가 싶다\"고 밝혔습니다.", D(2025, 11, 16), "내년 1월 7·9·12일",
     D(2026, 1, 7), D(2026, 1, 12)),
    ("재판부는 지난 13일 재판에서 \"내년 1월 7·9·12일을 추가 기일로 지정하고, 14·15일을 예비 기일로 잡아두겠다\"며 "
     "\"1월 12일 재판을 종결해야 하는 게 아닌가 싶다\"고 밝혔습니다.", D(2025, 11, 16), "1월 12일",
     D(2026, 1, 12), D(2026, 1, 12)),
    # civic dev c67 (2020-01-13): a bare day already before the anchored end starts the span on the publication day
    ("충남 보령시(시장 김동일)도 13일부터 다음 달 28일까지 ‘보령사랑상품권’을 10% 할인 판매한다.", D(2020, 1, 13),
     "13일부터 다음 달 28일까지", D(2020, 1, 13), D(2020, 2, 28)),
    # civic dev c56 (양구군, 2022-03-14): bare days after "이번 주" in the same sentence are that week's days
    ("설명회는 매년 1월에 실시돼왔으나 올해에는 제20대 대통령 선거기간과 겹치면서 부득이하게 선거 이후로 연기돼 이번 주에 "
     "실시하게 됐으며, 설명회는 15일 해안면(10:20)을 시작으로 오후 4시20분에는 동면, 17일에는 양구읍(10:20)과 "
     "국토정중앙면(16:20), 18일에는 방산면(10:20)에서 열린다고 했다.", D(2022, 3, 14), "18일", D(2022, 3, 18), D(2022, 3, 18)),
])
def test_spans_read_whole(sentence, published, text, start, end):
    e = only(sentence, published, text)
    assert (e.date, e.end_date) == (start, end)


def test_a_short_weekday_in_parentheses_joins_a_range_and_fits_the_day():
    # Epic Games Korea's Unreal Fest Seoul 2025 page: "(월)" between a range's ends
    e = only("오는 8월 25일(월)부터 26일(화)까지 양일간 열리는 이번 행사에서는 총 37개의 세션이 진행됩니다.", D(2025, 7, 20),
             "오는 8월 25일(월)부터 26일(화)까지")
    assert (e.date, e.end_date, e.role) == (D(2025, 8, 25), D(2025, 8, 26), "range")


def test_a_range_with_weekdays_followed_by_its_length_still_dates_the_event():
    # civic dev c03 (양평군, 2020-12-14): "…17일(목)부터 …7일(목)까지 14일간 … 모집한다": the length is the span's own
    sentence = ("경기도 양평군은 군농업기술센터가 2020년 12월 17일(목)부터 2021년 1월 7일(목)까지 14일간 2021년도 제22기 "
                "양평군친환경농업대학 교육생을 모집한다고 밝혔다.")
    span = only(sentence, D(2020, 12, 14), "2020년 12월 17일(목)부터 2021년 1월 7일(목)까지")
    assert (span.date, span.end_date, span.role) == (D(2020, 12, 17), D(2021, 1, 7), "range")
    from digest.text.events import extract_events
    [event] = extract_events([[(sentence, None)]], D(2020, 12, 14))
    assert (event.start, event.end, event.kind) == (D(2020, 12, 17), D(2021, 1, 7), "planned") and "모집" in event.title


def test_an_election_named_by_its_day_is_that_day():
    # KLUE-NER WIKITREE (CC BY-SA 4.0), read as of 2015-06-15
    sentence = ("이날 오후 1시 현재 재보선 투표율은 국회의원 선거구 15곳에서 치러져 '미니 총선'이라고도 불리었던 작년 7·30 재보선의 "
                "같은 시간대 투표율 22.2%보다 0.8%포인트 높은 것이다.")
    assert only(sentence, D(2015, 6, 15), "작년 7·30").date == D(2014, 7, 30)


def test_a_dated_event_named_after_its_year_and_a_nightly_window():
    # KLUE-NER WIKITREE (CC BY-SA 4.0), read as of 2015-06-15
    sentence = "1948년 육사 5기로 임관한 고인은 1961년 5·16 당시 6관구 사령부 참모장을 지내며 박정희 당시 소장을 도와 쿠데타를 주도했다."
    assert only(sentence, D(2015, 6, 15), "1961년 5·16").date == D(1961, 5, 16)
    nightly = "속초시 환경자원사업소는 폐기물 소각시설에 대해선 오후 10시부터 다음날 오전 6시까지 소각을 금지하기로 했다."
    assert find_time_expressions(nightly, D(2015, 6, 15)) == []


@pytest.mark.parametrize("sentence,text,expected", [
    # KLUE-NER WIKITREE (CC BY-SA 4.0), read as of 2015-06-15: a source's day is never ahead
    ("18일 질병관리본부에 따르면 지금까지 전국 의료기관 등을 통해 SFTS 의심 환자로 신고된 사례는 여전히 5건이 전부다.",
     "18일", D(2015, 5, 18)),
    ("26일 여수소방서 등에 따르면 이날 오후 6시 19분께 이순신대교가 평소보다 더 심하게 흔들린다는 신고가 접수됐다.",
     "26일", D(2015, 5, 26)),
    # KLUE-NER WIKITREE (CC BY-SA 4.0), read as of 2015-06-15: the reporting verb dates the report
    ("23일 디스패치는 장윤주 씨가 오는 5월 4살 연하의 사업가와 백년가약을 맺는다고 보도했다.", "23일", D(2015, 5, 23)),
    ("서울시는 23일 집중호우로 오후 2시 현재 잠수교 보행로, 청계천의 통행을 제한하고 있다고 밝혔다.", "23일", D(2015, 5, 23)),
    ("25일 일요서울은 송 씨가 서울 송파병 출마설이 거론되고 있다고 보도했다.", "25일", D(2015, 5, 25)),
    # KLUE-NER WIKITREE (CC BY-SA 4.0), read as of 2015-06-15: "X을 앞두고" relates the day to another event
    ("글로벌아동복지전문기관 초록우산어린이재단은 20일 오후 서울 종로구 교보빌딩에서 '세계실종아동의 날(5.25)'을 앞두고 "
     "'제9회 실종아동의 날' 기념 행사를 개최했다.", "20일 오후", D(2015, 5, 20)),
    ("11일 방송된 JTBC '뉴스룸’에는 영화 '상의원’ 개봉을 앞두고 있는 한 씨가 출연해 앵커 손석희 앵커와 인터뷰를 진행했다.",
     "11일", D(2015, 6, 11)),
    # KLUE-NER WIKITREE (CC BY-SA 4.0), read as of 2015-06-15: a caption shows what was recorded
    ("제 16호 태풍 '산바'가 몰고온 '집채만한' 파도가 17일 오전 부산 해운대 해수욕장 부근 도로를 덮치는 모습을 촬영한 사진입니다.",
     "17일 오전", D(2015, 5, 17)),
    ("홍콩에서 열리는 휴고보스 플래그십 스토어 오픈 행사 참석 차 27일 오전 인천국제공항에 나타난 이종석 영상인데요.",
     "27일 오전", D(2015, 5, 27)),
    # a plan under a past verb is read from the past day the sentence names
    ("20일 서울여대 총학생회 공식 페이스북에 따르면, 학생회 측은 학교 축제를 위해 19일 자정까지 청소노동자들에게 현수막을 "
     "치워줄 것을 요구했다.", "19일", D(2015, 5, 19)),
    ("일본 기상청은 봉퐁이 13일 규슈에 상륙한 뒤, 14일 혼슈에 도달할 것으로 예보했습니다.", "14일", D(2015, 6, 14)),
    # counted since something done ("신고한 지 이틀 후")
    ("26일은 A 씨가 경찰에 성폭행 사실을 신고한 지 이틀 후다.", "26일", D(2015, 5, 26)),
])
def test_the_reporting_frame_decides_the_direction_of_a_bare_day(sentence, text, expected):
    assert only(sentence, D(2015, 6, 15), text).date == expected


def test_a_number_of_days_something_moved_by_is_a_length():
    # KLUE-NER WIKITREE (CC BY-SA 4.0)
    sentence = "벚꽃은 4월12일에서 4월7일로 20년 사이 5일, 개나리는 3월30일에서 3월27일로 3일 당겨졌다."
    assert "3일" not in [e.text for e in find_time_expressions(sentence, D(2015, 6, 15))]
    about = "중부지방은 평년보다 2일 정도 김장 적정시기가 늦어질 것으로 예상되며 동해안 일부 지역에서는 빨라지는 곳도 있겠다."
    assert find_time_expressions(about, D(2015, 6, 15)) == []


# Real sentences of the development split (KLUE-NER WIKITREE, CC BY-SA 4.0, and news pages; addresses in
# bench/data/dates_dev.tsv): decades, seasons of a named year, the last day of a month.
@pytest.mark.parametrize("published, sentence, text, start, end, precision", [
    (D(2015, 6, 15), "1989년 경제단체협의회 의장, 1990년대에는 한국경영자총협회 회장으로 활동하며 경제단체를 이끌기도 했다.",
     "1990년대", D(1990, 1, 1), D(1999, 12, 31), "year"),
    (D(2015, 6, 15), "70년대 여자 배구 선수로 이름을 알린 장모(60)씨가 30년 가까이 홀로 살다 집에서 숨진 채 발견됐다.",
     "70년대", D(1970, 1, 1), D(1979, 12, 31), "year"),
    (D(2015, 6, 15), "1990년대 말 'IT 버블' 붕괴 이후 침체에서 벗어나지 못한 코스닥시장이 반전을 노릴 수 있는 카드인 셈이다.",
     "1990년대 말", D(1997, 1, 1), D(1999, 12, 31), "year"),
    (D(2015, 6, 15), "구글 자회사인 '모토로라 모빌리티'는 이날 블로그를 통해 안드로이드 웨어를 탑재한 '모토 360' 스마트시계를 "
     "개발중이며 올해 여름 출시할 계획이라고 발표했습니다.", "올해 여름", D(2015, 6, 1), D(2015, 8, 31), "month"),
    (D(2015, 8, 7), "뒤늦게 정해진데다가 민간 기업이 얼마나 동참할 지는 미지수지만, 전경련에서도 적극적으로 휴가 사용에 참여한다고 "
     "하니 올 여름 두 번째 휴가를 즐기는 이들이 늘어날 것으로 보인다.",
     "올 여름", D(2015, 6, 1), D(2015, 8, 31), "month"),
    (D(2003, 8, 29), "8월의 마지막 날, 도심에 섬이 들어선다.", "8월의 마지막 날", D(2003, 8, 31), D(2003, 8, 31), "day"),
])
def test_decades_seasons_and_the_edge_of_a_month(published, sentence, text, start, end, precision):
    e = only(sentence, published, text)
    assert (e.date, e.end_date, e.precision) == (start, end, precision)


@pytest.mark.parametrize("sentence", [
    "프랑스를 상징하는 관광 명소인 에펠탑에는 한해 700만 명의 관광객이 방문하며 여행 성수기인 여름에는 하루 최대 3만 명이 찾는다.",
    "통상 8월말까지 운영되는 호텔의 여름 패키지도 쏠쏠하다.",
])
def test_a_season_of_any_year_and_a_habit_are_no_date(sentence):
    assert find_time_expressions(sentence, D(2015, 8, 7)) == []


@pytest.mark.parametrize("sentence, counts", [
    # lengths: listed with the shift verb, after a span of years, beside a count no month has
    ("기상청은 2011년 발표한 '미래 기후변화 전망 시나리오'에서 2050년대에는 서울 기준으로 봄과 여름은 10일과 19일 길어지고 "
     "겨울은 27일 짧아질 것으로 전망했다.", ("10일", "19일", "27일")),
    ("벚꽃은 4월12일에서 4월7일로 20년 사이 5일, 개나리는 3월30일에서 3월27일로 3일 당겨졌다.", ("5일", "3일")),
    ("장기휴가 보장제도에 연가저축제를 결합한다면 장기휴가 10일에 연가저축 33일을 합쳐 최대 43일까지 휴가를 갈 수 있다는 계산이 "
     "나온다.", ("10일",)),
])
def test_counts_of_days_are_not_dates(sentence, counts):
    found = [e.text for e in find_time_expressions(sentence, D(2015, 6, 15))]
    assert not [c for c in counts if c in found], found


def test_a_date_named_as_the_subject_and_a_scene_before_a_coming_event():
    # the designation is past, the day it names lies ahead (lady.khan.co.kr, 2015-08-07)
    e = only("8월 14일이 임시 공휴일로 지정되면서 14일부터 16일까지 주말을 낀 사흘 연휴가 가능해졌다.", D(2015, 8, 7), "8월 14일")
    assert e.date == D(2015, 8, 14)
    # a caption of a scene where something will still take place is not forced behind (KLUE-NER WIKITREE)
    scene = "MBC '무한도전-자유로 가요제' 녹화가 진행될 임진각 평화공원의 17일 오후 6시 30분경 현장 모습입니다."
    assert only(scene, D(2015, 6, 15), "17일 오후").date == D(2015, 6, 17)
    assert sentence_tense("행사 참석 차 27일 오전 인천국제공항에 나타난 이종석 영상인데요.") == "past"


def test_the_year_after_a_named_year():
    # KLUE-NER WIKITREE (CC BY-SA 4.0)
    sentence = ("2013년 엠넷 '보이스 키즈'로 데뷔해 이듬해 투니버스 '김구라 김동현의 김부자쇼'에 출연한 것이 전부인 이수민에게 "
                "방송 진행은 처음이었다.")
    e = only(sentence, D(2015, 6, 15), "이듬해")
    assert (e.date, e.end_date, e.precision) == (D(2014, 1, 1), D(2014, 12, 31), "year")
    # with no year named before it, the year is another sentence's: nothing is read
    assert find_time_expressions("이듬해 투니버스에 출연했다.", D(2015, 6, 15)) == []


@pytest.mark.parametrize("sentence, text, year", [
    # KLUE-NER WIKITREE (CC BY-SA 4.0): an offset in years after a named year counts from that year
    ("2006년 이스라엘에서 한국 기업에 근무하던 짜바릿 씨는 교환학생으로 한국을 처음 방문했고, 2년 뒤 모국에서 장학금을 받고 "
     "연세대를 다니고 있었다.", "2년 뒤", 2008),
    ("이후 10년 만인 2000년 1.8cm의 눈이 내렸고 2년 후인 2002년 1.2cm의 눈이 내렸다.", "2년 후", 2002),
])
def test_an_offset_after_a_named_year_counts_from_it(sentence, text, year):
    e = only(sentence, D(2015, 6, 15), text)
    assert (e.date, e.end_date, e.precision) == (D(year, 1, 1), D(year, 12, 31), "year")


def test_a_forward_offset_in_a_past_narrative_counts_from_another_happening():
    # KLUE-NER WIKITREE (CC BY-SA 4.0): "이틀 후" is two days after the killing told before, not after today
    sentence = "그는 이 사실이 아버지에게 알려지는 것이 두려워 이틀 후 오후 11시께 안방에 있던 아버지까지 살해한 것으로 조사됐다."
    assert find_time_expressions(sentence, D(2015, 6, 15)) == []


# Sentences of the civic news development articles (bench/data/civic_news, addresses in its README)
@pytest.mark.parametrize("published, sentence, text, day", [
    # a date listed before a comma shares the verb after the next one
    (D(2017, 4, 10), "행복청은 부강역 연결도로 및 공주시 2구간 연결도로 등 2개 광역도로와 산·학·연 클러스터 지원센터를 각 2월, 3월에 "
     "착공한 데 이어 7월과 8월에는 각각 복합편의시설과 선거관리위원회 공사를 시작할 방침이다.", "2월", D(2017, 2, 1)),
    # the holiday an article greets is the one at hand
    (D(2020, 1, 13), "대전 충남지역 지방자치단체들이 설 명절을 맞아 지역화폐 활용을 적극 홍보하고 나섰다.", "설", D(2020, 1, 25)),
    # what is under way runs on to the day it ends
    (D(2010, 8, 31), "2010청주직지축제는 6일까지, 매일 저녁 펼쳐지는 다양한 레퍼토리의 음악회, 다채로운 체험행사 등 가족과 함께 아름다운 "
     "추억을 만들 수 있게 준비되고 있다.", "6일", D(2010, 9, 6)),
    # a sentence run on after its period ("조정했다.404번") ends there
    (D(2002, 6, 5), "서울시는 4일 버스정책심의위원회를 열고 12개 노선을 새로 조정했다.404번(상진운수), 11번(도선여객), 720번(한성여객), "
     "109번(상마운수) 등 4개 노선이 폐지되며 59번(우신교통), 63-1번(공항버스), 328-1번(풍양운수)등 3개 노선이 변경된다.", "4일",
     D(2002, 6, 4)),
    # a month in a bracketed gloss or a relative clause is not carried to the main clause's bare day: the birth
    # cut-off dates no one's shot (Money S 2023, civic c123); the qualifiers start in September, the squad is
    # named this month (Kukinews 2019, c167), the applications open this month (Korea Economic Daily 1989, civic
    # c991); a month with a topic particle is the main clause's (Kukinews 2014, `wf…`)
    (D(2023, 10, 11), "70~74세(1949년 1월1일~1953년 12월31일 출생자)는 오는 16일부터, 65~69세(1954년 1월1일~1958년 12월31일 "
     "출생자)는 19일부터 무료 접종이 가능하다.", "19일", D(2023, 10, 19)),
    (D(2019, 8, 8), "파울루 벤투 축구 대표팀 감독은 9월 시작되는 월드컵 아시아 2차 예선 소집 명단을 26일 발표한다.", "26일", D(2019, 8, 26)),
    (D(1989, 11, 15), "오는 12월 15일 실시되는 90학년도 전기대 입시의 원서교부가 17일부터 본격적으로 시작된다.", "17일",
     D(1989, 11, 17)),
    (D(2014, 12, 10), "1월 18일에는 전북과 전남대의원대회, 24일에는 강원과 충북에서 대의원대회가 개최되며 대구(1월 25일), 경북(1월 25일), "
     "광주회(1월 29일), 서울(1월 31일), 인천(1월 31일), 경기(2월 1일)에서 대의원대회가 순차적으로 치러진다.", "24일", D(2015, 1, 24)),
    # the verb before the day is another clause's; what is told possible after it is ahead (OSEN 2019, `wn…`)
    (D(2019, 8, 5), "류현진은 부상자 명단에 10일간 등재됐다가 12일부터 경기에 출장이 가능하다.", "12일", D(2019, 8, 12)),
    # a day told in a relative clause ("작년 8월 8일에 출범한 … 내각") starts no timeline of the main clause (KLUE-NER
    # WIKITREE, CC BY-SA 4.0, batch `wp…`)
    (D(2015, 6, 15), "작년 8월 8일에 출범한 티베트 망명정부 내각 중 지난 7월, 14대 달라이 라마 77회 생신 기념 법회를 위해 한국을 "
     "방문한 '정보국제관계부' 장관에 이어 두번째로 방한한 빼마 친조르 장관은 11월 14일까지 한국에 머물 예정이다.", "11월 14일",
     D(2015, 11, 14)),
    # "5월 가정의 달을 맞아 … 준비하고 있다": the occasion at hand is the coming May (Jeonju Ilbo 2019, civic c163)
    (D(2019, 4, 15), "한편 시립미술관은 이번 특별기획전시 후속 전시로 5월 가정의 달을 맞아 가족사랑 기획전시 ‘소소한 희노애락’전을 "
     "준비하고 있다.", "5월", D(2019, 5, 1)),
    # "포함된" says what the shows include, not when (Newdaily 2020, civic c162)
    (D(2020, 1, 6), "4~5월 황금연휴가 포함된 가정의 달 공연은 1월 16일 오후 2시 티켓 판매를 시작한다.", "4~5월", D(2020, 4, 1)),
    # a passive present adnominal after the day is what is to come (Korea Economic TV 2018, batch `wt…`)
    (D(2018, 5, 18), "'2018 지방직 9급 공무원' 필기시험이 19일 치러지는 가운데, 이에 대한 관심이 높아지고 있다.", "19일", D(2018, 5, 19)),
    # a noun in 지 with its topic particle is no such verb (Asia Today 2017, batch `wo…`)
    (D(2017, 10, 1), "이에 따른 9월 무역수지는 137억5000만달러로 68개월 연속 흑자를 이어갔다.", "9월", D(2017, 9, 1)),
])
def test_listed_greeted_ongoing_and_run_on_dates(published, sentence, text, day):
    assert only(sentence, published, text).date == day


@pytest.mark.parametrize("published, sentence", [
    (D(2023, 9, 11), "김영자 의장은 “3일이라는 짧은 회기 일정이지만 시민들이 더 나은 삶을 보장받을 수 있도록 상정된 안건을 보다 더 "
     "면밀하게 검토해야 할 것”이라며 “다가올 지평선 축제에 방문하는 관광객들이 내년에도 다시 찾고 싶은 축제가 될 수 있도록 준비에 "
     "만전을 기해달라”고 당부했다."),
    (D(2008, 4, 1), "이에 따라 여권 신청부터 발급까지 걸리는 기간이 최장 15일에서 4, 5일 정도로 크게 줄어든다."),
    # KLUE-NER WIKITREE (CC BY-SA 4.0)
    (D(2015, 6, 15), "이에 앞서 지난 8월에는 허난성 신정(新鄭)시에서 토지 수용과 이주를 거부하는 촌민 부부가 집에서 잠을 자다가 괴한들에게 "
     "인근 공동묘지로 끌려가 4시간가량 '생매장 협박'을 받은 사실이 폭로돼 공분을 사기도 했다."),
])
def test_lengths_and_names_that_look_like_dates(published, sentence):
    assert [e.text for e in find_time_expressions(sentence, published) if re.search(r"\d일|신정", e.text)] == []


def test_an_end_after_a_dated_start_and_a_forecast_of_what_may_come():
    # kwnews.co.kr, 2023-09-03: the session runs from the 1st to 9 December, ahead
    e = only("여야가 지난 1일 시작해 12월9일까지 100일간 이어지는 정기국회 의사일정에 합의했다.", D(2023, 9, 3), "12월9일")
    assert e.date == D(2023, 12, 9)
    # etnews.com, 2011-07-15 (a Friday): rain that may come on Tuesday is next week's
    sentence = "하지만 6호 태풍 망온이 북상하면 화요일쯤 동해,남해에 비를 뿌릴 가능성이 있다는 것으로 나타났다."
    assert only(sentence, D(2011, 7, 15), "화요일").date == D(2011, 7, 19)


def test_a_later_date_inside_the_reported_object_leaves_the_first_to_the_reporting_verb():
    # KLUE-NER WIKITREE (CC BY-SA 4.0): 2020년 is inside the reported clause's object, so 8일 is when he said it
    sentence = ("아베 신조(安倍晋三) 일본 총리는 8일 2020년 도쿄 올림픽을 15년 간 계속된 디플레이션에서 탈출, 일본 경제를 성장시킬 "
                "기폭제로 삼겠다고 밝혔다.")
    assert only(sentence, D(2015, 6, 15), "8일").date == D(2015, 6, 8)


# News pages of the development batches `vg…` and later (addresses in bench/data/dates_dev.tsv)
@pytest.mark.parametrize("published, sentence, text, start, end", [
    # the other end of a span is no date of the reported clause (etoday.co.kr)
    (D(2017, 10, 17), "16일(현지시간) 블룸버그통신에 따르면 백악관 공보처는 이날 성명에서 트럼프 대통령이 11월 3일부터 14일까지 일본과 "
     "한국 중국 베트남 필리핀 등을 방문하는 아시아 순방 일정을 진행한다고 밝혔다.", "11월 3일부터 14일까지", D(2017, 11, 3),
     D(2017, 11, 14)),
    # a present told ("출국하는 것으로 알려졌다") lies ahead (newsway.kr)
    (D(2018, 5, 20), "문재인 대통령이 오는 22일 진행될 한미정상회담을 위해 21일 오후 5시 출국하는 것으로 알려졌다.", "21일 오후",
     D(2018, 5, 21), D(2018, 5, 21)),
    # a date inside a quotation is not when it was said (wowtv.co.kr)
    (D(2025, 10, 16), "위성락 국가안보실장은 16일 용산 대통령실에서 가진 기자간담회에서 아시아태평양경제협력체(APEC) 계기 방한 일정과 "
     "관련해 \"29일에 도착해 30일까지 (머무를 것으로) 예상된다\"고 말했다.", "29일", D(2025, 10, 29), D(2025, 10, 29)),
    # a day decided on ("25일로 정해진") is ahead (newspic.kr)
    (D(2025, 8, 12), "강 대변인은 이번 정상회담이 25일로 정해진 배경에 대해 \"트럼프 대통령이 앞서 관세협상을 타결하며 '2주 이내 "
     "정상회담'을 언급했지만, 그 당시에도 정확하게 시한을 정한 것으로 보기는 어려웠다\"며 \"양국 정상의 일정이 빠듯한 상황에서 "
     "실무조정을 거쳐 정해진 날짜\"라고 설명했다.", "25일", D(2025, 8, 25), D(2025, 8, 25)),
    # a count from "그" starts at the day last named, and names the day beside it (mbn.co.kr)
    (D(2018, 11, 14), "대학별 수시모집 전형은 다음 달 12일까지 진행되며 합격자 발표는 그로부터 이틀 뒤인 14일까지다.", "14일",
     D(2018, 12, 14), D(2018, 12, 14)),
    (D(2018, 11, 14), "수시모집 합격자 등록 기간은 내달 12~19일, 추가합격 통보와 등록 기한은 각각 내달 26일과 27일이다.", "27일",
     D(2018, 12, 27), D(2018, 12, 27)),
    # a quarter whose results are told is over; one listed after "올 1분기" is of that year (hankyung.com)
    (D(2017, 10, 10), "10일 LG전자에 이어 13일 삼성전자가 3분기 실적을 발표하는 등 본격적인 ‘어닝(실적) 시즌’의 막이 오른다.", "3분기",
     D(2017, 7, 1), D(2017, 9, 30)),
    (D(2017, 10, 10), "예상대로라면 올 1분기(43조7393억원)와 2분기(43조8899억원)에 이어 3분기 연속 사상 최대치 기록을 이어가게 된다.",
     "2분기", D(2017, 4, 1), D(2017, 6, 30)),
    # development batches `vh…`, `vi…`, `vl…` and `vm…`
    # a list of nouns between commas has no verb of its own; a purpose clause (-도록) is ahead (Maeil 2011)
    (D(2011, 8, 20), "정규시즌 최종일인 10월 6일 LG-삼성(잠실), 넥센-두산(목동), KIA-SK(광주), 롯데-한화(사직) 등 8개 팀이 동시에 "
     "마지막 경기를 치르도록 일정을 짰다.", "10월 6일", D(2011, 10, 6), D(2011, 10, 6)),
    # a passive past adnominal ("비로 취소된") tells what is done (Maeil 2011)
    (D(2011, 8, 20), "이에 따라 KBO는 19일 오후 6시 30분 비로 취소된 대구구장의 삼성-LG전과 사직구장의 롯데-SK전을 9월 9일과 "
     "9월 22일 각각 치르기로 했다.", "19일 오후", D(2011, 8, 19), D(2011, 8, 19)),
    # both ends told twice, weekday and day (Beyond Post 2023, Etoday 2025)
    (D(2023, 11, 13), "목요일(16일)부터 금요일(17일)까지는 고기압 가장자리에 들며 전국이 대체로 흐리겠다.",
     "목요일(16일)부터 금요일(17일)까지", D(2023, 11, 16), D(2023, 11, 17)),
    (D(2025, 9, 18), "18일 기상청 정례예보브리핑에 따르면 금요일(19일) 오후부터 토요일(20일) 오전까지 전국에 10~60mm의 비가 예상된다.",
     "금요일(19일) 오후부터 토요일(20일) 오전까지", D(2025, 9, 19), D(2025, 9, 20)),
    # a schedule without a predicate runs forward (Hankook Ilbo 1990)
    (D(1990, 3, 6), "▲파키스탄 12∼15일 ▲인도 15∼17일 ▲유고 18∼20일 ▲체코 20∼22일 ▲불가리아 22∼23일", "22∼23일",
     D(1990, 3, 22), D(1990, 3, 23)),
    # a schedule that stands ("일정이 잡혀 있다") is ahead (Dong-A 2008)
    (D(2008, 4, 7), "25일에는 삼성전자를 비롯해 KTF, 롯데쇼핑, 하나금융지주, 기아차 등의 실적 발표 일정이 잡혀 있다.", "25일",
     D(2008, 4, 25), D(2008, 4, 25)),
    # days weighed as the object of a progressive are not behind (Korea Economic TV 2016)
    (D(2016, 4, 5), "5일 증권업계에 따르면 LG전자는 올해 1분기 실적부터 잠정 실적을 발표하기로 하고 발표 일자를 8일과 11일 가운데 "
     "하루로 저울질하고 있다.", "11일", D(2016, 4, 11), D(2016, 4, 11)),
    # a count of days after a named day starts there (MBN 2019)
    (D(2019, 1, 11), "3월 2일에는 인천 유나이티드와 제주 유나이티드, 상주 상무와 강원 FC의 경기가 펼쳐지며, 하루 뒤에는 FC 서울과 포항 "
     "스틸러스의 경기가 열린다.", "하루 뒤", D(2019, 3, 3), D(2019, 3, 3)),
    # days in parentheses beside names stand outside the sentence's verb (Hangyo 2006)
    (D(2006, 12, 17), "겨울방학을 늦게 하는 초등학교는 대방초(30일)와 동광초(29일), 신광초(28일) 등으로 집계됐다.", "29일",
     D(2006, 12, 29), D(2006, 12, 29)),
    # a report with its own day leaves the dates before it to the reported clause (Sports Dong-A 2014)
    (D(2014, 12, 18), "서울시교육청은 19일 은석초를 시작으로 오는 26일 대부분의 초등학교가 겨울 방학식을 한다고 17일 밝혔다.", "19일",
     D(2014, 12, 19), D(2014, 12, 19)),
    # 내주 is next week; "X에서 Y 사이" is a span (Sports Dong-A 2014)
    (D(2014, 12, 18), "서울 초등학교 내주 겨울방학식은 대체로 19일에서 26일 사이가 될 것으로 예상된다.", "내주",
     D(2014, 12, 22), D(2014, 12, 28)),
    (D(2014, 12, 18), "서울 초등학교 내주 겨울방학식은 대체로 19일에서 26일 사이가 될 것으로 예상된다.", "19일에서 26일 사이",
     D(2014, 12, 19), D(2014, 12, 26)),
    # a deadline with its month, already ahead, is not pushed past an earlier span (Kukinews 2025)
    (D(2025, 4, 8), "후보자등록은 5월10일부터 11일까지 할 수 있으며, 후보자로 등록하고자 하는 공무원은 5월4일까지 사직해야 한다.",
     "5월4일", D(2025, 5, 4), D(2025, 5, 4)),
    # the end of a span named first by what it is ("선거일 전일인") (Kukinews 2025)
    (D(2025, 4, 8), "선거운동은 5월12일부터 선거일 전일인 6월2일까지 22일간 할 수 있다.", "5월12일부터 선거일 전일인 6월2일까지",
     D(2025, 5, 12), D(2025, 6, 2)),
    # a date beside the noun of a day names it; the verb does not place it (OhmyNews 2014, My Daily 2017)
    (D(2014, 2, 5), "영화 <또 하나의 약속>의 6일 개봉일 스크린 수가 전국 최소 102개로 확정됐다.", "6일", D(2014, 2, 6), D(2014, 2, 6)),
    (D(2017, 6, 16), "대한극장, 서울극장 등도 29일 개봉 첫날 일부 관이 매진된 것으로 알려졌다.", "29일", D(2017, 6, 29), D(2017, 6, 29)),
])
def test_schedules_of_summits_exams_and_earnings(published, sentence, text, start, end):
    e = first_at(sentence, published, text)
    assert (e.date, e.end_date) == (start, end)


def test_the_day_awaited_is_ahead_and_does_not_anchor_this_day():
    # newsway.kr, 2018-05-20: the call was today, the summit on the 22nd
    sentence = ("한편 문재인 대통령과 트럼프 대통령은 22일 한미정상회담을 앞두고 이날 오전 11시30분부터 11시55분까지 전화통화를 가진 "
                "것으로 알려졌다.")
    found = {e.text: e.date for e in find_time_expressions(sentence, D(2018, 5, 20))}
    assert found["22일"] == D(2018, 5, 22) and found["이날 오전"] == D(2018, 5, 20)


@pytest.mark.parametrize("published, sentence, text, start, end, precision", [
    # sedaily.com, 2018-01-03: an ordinal week of a month, and this year as a whole
    (D(2018, 1, 3), "1월 첫째 주는 올 한해 기대되는 유망주들의 컴백이 주를 이룬다.", "1월 첫째 주", D(2018, 1, 1), D(2018, 1, 7), "week"),
    (D(2018, 1, 3), "1월 첫째 주는 올 한해 기대되는 유망주들의 컴백이 주를 이룬다.", "올 한해", D(2018, 1, 1), D(2018, 12, 31), "year"),
    # nocutnews.co.kr, 2024-08-27: the month decided on lies ahead
    (D(2024, 8, 27), "앞서 일간스포츠는 NCT 위시가 9월 컴백을 확정하고 막바지 앨범 작업 중이라고 이날 오전 보도했다.", "9월",
     D(2024, 9, 1), D(2024, 9, 30), "month"),
    # wowtv.co.kr, 2025-10-27: a date that is the predicate ("…날은 30일이다") is named, not placed by a verb
    (D(2025, 10, 27), "국내 증시 향방을 가르는 실적이 집중된 날은 30일이다.", "30일", D(2025, 10, 30), D(2025, 10, 30), "day"),
])
def test_ordinal_weeks_whole_years_plans_and_named_days(published, sentence, text, start, end, precision):
    e = first_at(sentence, published, text)
    assert (e.date, e.end_date, e.precision) == (start, end, precision)


def test_a_date_before_quotations_takes_the_final_reporting_verb():
    # hankookilbo.com, 2000-10-07: the weather service said it on the 6th
    sentence = ("기상청은 6일 “주말인 7일은 대체로 맑겠으나 밤부터 차차 흐려져 제주지방부터 비가 조금내리겠다” 면서 ”휴일인 8일은 "
                "전국적으로 흐린 가운데 한때 비가 내릴 것”이라고 예보했다.")
    assert only(sentence, D(2000, 10, 7), "6일").date == D(2000, 10, 6)


@pytest.mark.parametrize("sentence, text, day", [
    # KLUE-NER WIKITREE (CC BY-SA 4.0), published 2015-06-15 by the benchmark's convention
    ("5일 발간되는 스타 스타일 매거진 '하이컷'에는 입생로랑 뷰티와 함께한 박수진 씨 메이크업 화보가 담겼다.", "5일", D(2015, 7, 5)),
    ("강릉시는 비키니 피서객을 위한 선탠 전용해변인 사근진 해수욕장의 피서객이 29일까지 1250명으로 작년(애견 전용 해수욕장으로 "
     "운영) 같은 기간의 2540명에 비해 절반에 불과하다고 밝혔다.", "29일", D(2015, 5, 29)),
    ("이부진 호텔신라 사장이 택시 기사에게 베푼 선행이 알려진 19일, 그의 '남다른' 러브스토리에도 관심이 모이고 있는데요.", "19일",
     D(2015, 5, 19)),
])
def test_what_is_to_come_out_a_tally_and_a_spoken_progressive(sentence, text, day):
    assert only(sentence, D(2015, 6, 15), text).date == day


def test_a_moment_given_as_of_is_not_ahead():
    # KLUE-NER WIKITREE (CC BY-SA 4.0): the travel time is given as of 7 p.m. on the 1st, already past
    sentence = "1일 오후 7시 현재 부산에서 서울까지 5시간 30분(이하 승용차 기준)이 소요될 것으로 보입니다."
    assert only(sentence, D(2015, 6, 15), "1일 오후").date == D(2015, 6, 1)


@pytest.mark.parametrize("sentence, text, day", [
    # KLUE-NER WIKITREE (CC BY-SA 4.0): a date a few words before a quotation is the reporting day
    ("조인성의 소속사 IOK컴퍼니 관계자는 24일 스타뉴스에 \"조인성은 공효진과 드라마 촬영을 하며 친한 친구로서 인연을 이어가고 "
     "있다”고 전했다.", "24일", D(2015, 5, 24)),
    # a figure given as of a clock time ("… 기준") is not ahead
    ("이 영상은 현재(한국시각 26일 오후 1시 30분 기준)까지 조회 수 126만 회 이상을 기록하며 인기를 끌고 있다.", "26일 오후",
     D(2015, 5, 26)),
])
def test_reporting_days_and_as_of_moments(sentence, text, day):
    assert only(sentence, D(2015, 6, 15), text).date == day


def test_a_length_set_is_no_date():
    # KLUE-NER WIKITREE (CC BY-SA 4.0): "연휴를 4일로 규정한" sets a length of four days
    sentence = ("여기에 대리 이하 직원들은 설과 추석 연휴를 4일로 규정한 임금 및 단체협상에 따라 11일 하루 더 휴가를 가게 돼 주말을 "
                "포함해 총 엿새를 쉬게 된다.")
    assert "4일" not in [e.text for e in find_time_expressions(sentence, D(2015, 6, 15))]


def test_a_clause_of_time_before_a_comma_keeps_its_own_verb():
    # KLUE-NER WIKITREE (CC BY-SA 4.0): "상륙한 뒤," ends a clause; the comma is no list
    sentence = "일본 기상청은 봉퐁이 13일 규슈에 상륙한 뒤, 14일 혼슈에 도달할 것으로 예보했습니다."
    assert only(sentence, D(2015, 6, 15), "13일").date == D(2015, 6, 13)


def test_giving_up_a_goal_is_no_week():
    # KLUE-NER WIKITREE (CC BY-SA 4.0): "선제골을 내주며" is the verb 내주다, not 내주 (next week)
    sentence = ("레알 마드리드는 에딘 제코에 후반 24분 선제골을 내주며 흔들렸으나 경기 종료 직전 카림 벤제마와 크리스티아누 "
                "호날두의 연속골이 터졌습니다")
    assert [e for e in find_time_expressions(sentence, D(2015, 6, 15)) if e.precision == "week"] == []


def test_a_birth_day_and_a_day_of_a_month_told_elsewhere():
    # KLUE-NER WIKITREE (CC BY-SA 4.0): "19일생" is the day of birth; "같은 달 17일과 21일" are days of a month the
    # previous sentence names, so none is read from the publication day
    born = "1904년 1월 19일생인 존슨 할아버지는 정확히 110년 338일을 살았다."
    assert [(e.date, e.precision) for e in find_time_expressions(born, D(2015, 6, 15))] == [(D(1904, 1, 19), "day")]
    same_month = ("같은 달 17일과 21일에는 호주 시드니 올림픽 공원 올폰 아레나와 멜버른 호주오픈 주 경기장에서 호주 팬들을 만날 "
                  "예정이다.")
    assert find_time_expressions(same_month, D(2015, 6, 15)) == []


def test_the_same_day_is_the_day_told_in_a_clause_before_it():
    # newsway.kr 2018 (development batch `vg…`): "21일 … 출발해 같은날 저녁" is the 21st
    sentence = "문재인 대통령은 21일 오후 5시 서울을 출발해 같은날 저녁 미국 워싱턴에 도착한 후 작년 미국 방문 때 머물던 영빈관에서 1박을 할 예정이다."
    assert only(sentence, D(2018, 5, 20), "같은날 저녁").date == D(2018, 5, 21)
    # KLUE-NER WIKITREE (CC BY-SA 4.0): no day before it in the sentence: the day is in another sentence
    elsewhere = "다음은 임다미가 같은 날 페이스북에 남긴 소감 전문입니다."
    assert find_time_expressions(elsewhere, D(2015, 6, 15)) == []


def test_a_topic_date_is_not_placed_by_a_passive_adnominal_on_the_way():
    # ajunews.com 2023 (civic development article c05): "12일에는 … 상정된 조례안 심사를 진행할 계획이다" is ahead
    sentence = ("첫 날인 11일 개회식을 시작으로 열린 제1차 본회의에서 회기결정의 건 등을 처리한 시의회는 12일에는 각 상임위원회별로 "
                "상정된 조례안 심사를 진행할 계획이다.")
    assert only(sentence, D(2023, 9, 11), "12일").date == D(2023, 9, 12)


def test_a_week_word_before_a_day_of_that_week_says_which_week():
    # kibarunews.com 2021 (development batch `vb…`): "내주 20일(월)" is Monday the 20th
    sentence = "추석연휴가 시작되는 내주 20일(월)은 중부지방(강원영동 제외)과 전라권에, 21일(화)은 전국에 비가 오겠다."
    e = only(sentence, D(2021, 9, 13), "내주 20일")
    assert (e.date, e.precision) == (D(2021, 9, 20), "day")


_TIMELINES = [
    # bare days rising after a past month's day stay in that month (ZDNet Korea 2020, iNews24 2012; batch `vv…`)
    (D(2020, 7, 7), "올 상반기 전략 스마트폰이었던 갤럭시S20도 2월 20일부터 26일까지 일주일간의 사전 예약이 끝난 후, 27일부터 사전 "
     "개통이 진행됐다.", "27일", D(2020, 2, 27), D(2020, 2, 27)),
    (D(2012, 8, 14), "작년의 경우 아이폰4S를 10월4일 공개하고 7일부터 예약 주문을 받았다.", "7일", D(2011, 10, 7), D(2011, 10, 7)),
    # a report with its own day, a gloss between ("13일(현지시간) 보도했다") (iNews24 2012)
    (D(2012, 8, 14), "IT매체 더버지는 AT&T 소식통을 인용해 애플이 9월12일 아이폰5 출시 행사를 갖고 같은 날 통신사들이 아이폰5 "
     "사전예약 주문을 시작할 계획이라고 13일(현지시간) 보도했다.", "9월12일", D(2012, 9, 12), D(2012, 9, 12)),
    # "내달 6일부터 같은달 12일까지" is one span (Ygosu News 2023)
    (D(2023, 9, 22), "SK텔레콤·KT·LG유플러스 등 이동통신 3사는 내달 6일부터 같은달 12일까지 약 1주일 간 사전판매를 시작할 것으로 보인다.",
     "내달 6일부터 같은달 12일까지", D(2023, 10, 6), D(2023, 10, 12)),
    # a month's day after a day named with its year goes on from it (Etoday 2016, iNews24 2018; batch `wa…`)
    (D(2016, 3, 22), "날짜별로 살펴보면 △아이폰3GS=1차 출시 2009년 6월 19일, 국내 출시 11월 28일 △아이폰4=1차 출시 2010년 6월 24일, "
     "국내 출시 9월 10일이다.", "9월 10일", D(2010, 9, 10), D(2010, 9, 10)),
    (D(2018, 9, 13), "이에 따라 아이폰4S는 2011년 10월 4일 공개돼 14일부터 1차 출시가 이뤄진 후, 국내는 1개월도 채 되지 않은 11월 11일 "
     "판매되기에 이른다.", "11월 11일", D(2011, 11, 11), D(2011, 11, 11)),
]


def test_days_taken_or_gone_by_are_counts():
    # Money S 2017 (development batch `wa…`): "29일이 소요됐다", "79일이 지난" count days; the dates beside stay
    sentence = "화이트모델이 처음으로 적용된 아이폰4S는 1차 출시 2011년 10월14일, 한국출시 2011년 11월11일로 29일이 소요됐다."
    assert [e.text for e in find_time_expressions(sentence, D(2017, 9, 13))] == ["2011년 10월14일", "2011년 11월11일"]
    sentence = "한국에 발매된 것은 그로부터 79일이 지난 2010년 9월10일이었다."
    assert [(e.date, e.precision) for e in find_time_expressions(sentence, D(2017, 9, 13))] == [(D(2010, 9, 10), "day")]


_PERIODS_DECIDED_OR_SETTLED = [
    # a month before a statistics report names the period reported on, not the month of the day after it
    # (Hankyung/Yonhap 2019, development article c111 of civic_news)
    (D(2019, 3, 23), "통계청은 2월 산업활동동향을 29일 발표한다.", "29일", D(2019, 3, 29), D(2019, 3, 29)),
    (D(2019, 3, 23), "통계청은 2월 산업활동동향을 29일 발표한다.", "2월", D(2019, 2, 1), D(2019, 2, 28)),
    # a day set by decision ("…로 지정했다", "…로 하고") is the day decided on, ahead (Money S 2017 c115, Medical
    # Times 2012 c120)
    (D(2017, 3, 15), "황교안 대통령 권한대행 국무총리는 오늘(15일) 정부서울청사에서 임시 국무회의를 열고 제19대 대선일을 5월9일로 "
     "지정했다.", "5월9일", D(2017, 5, 9), D(2017, 5, 9)),
    (D(2012, 8, 21), "여야는 또한 정부의 2013년도 예산안 시정연설을 10월 4일로 하고, 보건복지위원회 등 각 상임위별 국정감사는 10월 "
     "5일부터 22일까지 실시하기로 의견을 모았다.", "10월 4일", D(2012, 10, 4), D(2012, 10, 4)),
    (D(2012, 8, 21), "여야는 또한 정부의 2013년도 예산안 시정연설을 10월 4일로 하고, 보건복지위원회 등 각 상임위별 국정감사는 10월 "
     "5일부터 22일까지 실시하기로 의견을 모았다.", "10월 5일부터 22일까지", D(2012, 10, 5), D(2012, 10, 22)),
    # a year told in a relative clause closing on the subject is not the main clause's (Money S 2017, c138)
    (D(2017, 3, 3), "지난해 ‘갤럭시노트7’ 단종으로 7조 원이 넘는 비싼 수업료를 치른 삼성전자가 안정성을 높인 ‘갤럭시S8’ 시리즈로 "
     "상반기 프리미엄 스마트폰 시장에 등판한다.", "상반기", D(2017, 1, 1), D(2017, 6, 30)),
    # "…이 참석한 가운데": the scene of the main verb, not a past of its own (Newsis 2016, c134)
    (D(2016, 1, 2), "경기철도㈜는 개통식에 앞서 12일 오후 2시 광교역에서 수원시장, 수원시의회 의장, 소관 상임위 시의원, 시·도의원, "
     "주민대표 등이 참석한 가운데 시승행사를 연 뒤 오후 3시 광교역에서 동천역까지 열차를 시승할 예정이다.", "12일 오후",
     D(2016, 1, 12), D(2016, 1, 12)),
    # "연초에 확정한 학사 일정": the time something was settled is behind (Maeil/Yonhap 2017, c141)
    (D(2017, 7, 8), "연초에 확정한 학사 일정을 보면 259개 초등학교는 평균 30일, 127개 중학교는 평균 27.3일, 83개 고교는 평균 26.7일의 "
     "여름방학을 맞는다.", "연초", D(2017, 1, 1), D(2017, 1, 31)),
]


@pytest.mark.parametrize("published, sentence, text, start, end", _TIMELINES + _PERIODS_DECIDED_OR_SETTLED)
def test_timelines_and_decided_days(published, sentence, text, start, end):
    e = only(sentence, published, text)
    assert (e.date, e.end_date) == (start, end)


def test_quantified_and_glossed_numbers_of_days_are_counts():
    # YTN 2023 and Aju 2019 (development batch `ws…`): days off counted, beside the days they are
    sentence = "우선 내년(2024년) 설 명절은 대체공휴일을 포함해 4일(2월 9~12일)이며 추석은 주말을 포함해 5일(9월 14~18일)이다."
    assert "4일" not in [e.text for e in find_time_expressions(sentence, D(2023, 10, 4))]
    assert "5일" not in [e.text for e in find_time_expressions(sentence, D(2023, 10, 4))]
    sentence = "올해 추석 연휴는 12일부터 14일까지 3일 그리고 15일 일요일이 포함된 총 4일이다."
    found = find_time_expressions(sentence, D(2019, 9, 10))
    assert [(e.date, e.end_date) for e in found if e.text.startswith("12일")] == [(D(2019, 9, 12), D(2019, 9, 14))]
    assert not [e for e in found if e.text in ("3일", "4일")]
    # "적어도 내달 말까지" is a deadline, not a count (development batch `vl…`)
    sentence = "김호중은 적어도 내달 말까지는 구속 상태가 유지될 것으로 보인다."
    assert [(e.date, e.end_date) for e in find_time_expressions(sentence, D(2024, 8, 26))] == [(D(2024, 9, 21), D(2024, 9, 30))]


def test_day_after_a_comma_glued_to_a_word():
    # Hankyung 2001 (development article c169 of civic_news): "중앙디자인,8~9일에는" lists a second span
    sentence = "2일 금융감독원에 따르면 오는 6∼7일에는 중앙디자인,8~9일에는 성호전자가 각각 공모주 청약을 실시한다."
    assert [(e.date, e.end_date) for e in find_time_expressions(sentence, D(2001, 11, 2))][-1] == (D(2001, 11, 8), D(2001, 11, 9))


def test_a_year_named_alone_carries_to_month_days_after_it():
    # YTN 2023 (development batch `ws…`): "2025년에도 … 3일(1월 28~30일)" is January 2025, not the next January
    sentence = "2025년에도 설 명절은 3일(1월 28~30일)에 불과하지만 추석에는 적어도 7일, 최장 10일까지 쉴 수 있을 것으로 보인다."
    e = only(sentence, D(2023, 10, 4), "1월 28~30일")
    assert (e.date, e.end_date) == (D(2025, 1, 28), D(2025, 1, 30))
    # a year told in a relative clause closing on the subject is that clause's (Maeil 2018, batch `vm…`)
    sentence = "지난 해 치열한 선두 경쟁을 벌였던 제주와 전북은 4월 22일 제주월드컵경기장에서 처음 만난다."
    assert only(sentence, D(2018, 1, 17), "4월 22일").date == D(2018, 4, 22)


def test_days_glossing_what_recurs_recur():
    # Yongin city council's page, 2021 (KOGL; development batch `wq…`): a council's standing yearly session days
    sentence = ("정례회는 매년 2회 (1차 : 6월 10일, 2차 : 11월 21일) 집회하며, 임시회는 시장 또는 재적의원 1/3 이상의 요구로 소집되고 "
                "연간 회의일수는 정례회와 임시회를 합쳐 100일 이내로 한다.")
    assert [e.text for e in find_time_expressions(sentence, D(2021, 7, 27)) if e.role != "name"] == []


@pytest.mark.parametrize("published, sentence, text, day", [
    # Sports Chosun, 10 August 2014 (civic c916): the flame to be lit at 마니산 on the 12th, two days ahead
    (D(2014, 8, 10), "인도와 중국 대륙을 거친 성화는 12일 오전 강화도 마니산에서 채화된 국내 성화와 13일 오후 4시 "
                     "인천종합문화예술회관 야외광장에서 합화식을 갖고 국내 봉송 일정을 시작한다.", "12일 오전", D(2014, 8, 12)),
    # pressian.com 2023100516051610033 (development batch `zk…`): the parade made up of nineteen teams opens the festival
    (D(2023, 10, 5), "이번 축제는 12일 12개 읍·면과 전문퍼레이드팀, 지역단체와 학교에서 참가한 19개 팀으로 구성된 거리퍼레이드를 "
                     "시작으로 군민의 날 기념식, 제51회 아림예술제, 녹색곳간거창 농산물대축제, 제15회 평생학습축제, 제78회 "
                     "군민체육대회, 전국거창향우연합회 체육대회, 2023년 다문화가족 축제, 제3회 자전거 Tour 창포원 소풍 등 풍성하고 "
                     "다양한 볼거리, 먹거리, 즐길 거리를 마련해 군민과 함께하는 축제의 장이 펼쳐진다.",
     "12일", D(2023, 10, 12)),
    # Korea Economic Daily, 25 November 1997 (civic c998): the candidates register tomorrow, in a room set up for it
    (D(1997, 11, 25), "대선후보들은 26일부터 이틀간 중앙선관위에 마련된 상황실에서 후보등록을 마치면 곧바로 공식 선거운동에 "
                      "돌입하게 된다.", "26일", D(1997, 11, 26)),
    # Asia Economy, 6 August 2020 (civic c1500): the author talks of the month, the first one named by its book in quotes
    (D(2020, 8, 6), "13일 올해 구로의 책으로 선정된 ‘아무튼, 딱따구리’의 박규리 작가, 26일 아동청소년문학 평론가이자 ‘거짓말하는 "
                    "어른’의 김지은 작가, 30일 청소년문학상 최종 후보에 오른 ‘페인트’의 이희영 작가가 관객들과 소통한다.", "13일",
     D(2020, 8, 13)),
])
def test_a_passive_adnominal_in_a_sentence_told_ahead_leaves_its_day_ahead(published, sentence, text, day):
    assert [e.date for e in find_time_expressions(sentence, published) if e.text == text] == [day]


def test_a_month_glued_to_the_figures_told_of_it():
    # prolabour21.com's copy of the 1 October 2020 export release (development batch `wo…`)
    sentence = ("산업통상자원부는 <9월수출이 작년동기대비7.7% 증가한 480억5000만달러>이며 <9월 수입은 1.1% 늘어난 391억7천만달러로 "
                "코로나19 이후 처음으로 증가했다>고 1일 밝혔다.")
    months = [(e.start, e.date, e.end_date) for e in find_time_expressions(sentence, D(2020, 10, 1)) if e.text == "9월"]
    assert months == [(10, D(2020, 9, 1), D(2020, 9, 30)), (sentence.index("9월 수입"), D(2020, 9, 1), D(2020, 9, 30))]


# --- an article's running context: what the sentences before told (digest.text.timex_context) ---------------
def _read(sentences: list[str], published: date) -> list[list[TimeExpr]]:
    from digest.text.timex import read_article
    return read_article(sentences, published)


def test_a_bare_day_of_a_schedule_takes_the_month_an_earlier_sentence_told():
    # SPOTV News, 28 January 2021 (development batch `wv…`): the 28th after the opening on 27 February is February's
    lead = "공식 개막전은 2월 27일 오후 2시 전주월드컵경기장에서 열리는 전북 현대-FC서울전이다."
    later = "28일 오후 2시에는 포항 스틸러스-인천 유나이티드, 4시30분에는 수원 삼성-광주FC의 경기가 열린다."
    assert find_time_expressions(later, D(2021, 1, 28))[0].date == D(2021, 1, 28)  # alone: the day of publication
    day = _read([lead, later], D(2021, 1, 28))[1][0]
    assert (day.text, day.date, day.direction, day.counted_from) == ("28일 오후", D(2021, 2, 28), "future", "article")


def test_a_bare_day_before_a_later_months_day_falls_between_it_and_the_schedules_last():
    # Hankook Ilbo, 28 March 2002 (civic c816): the World Cup team's May; the 27th comes after the 26th's friendly
    # and before the first match on 4 June, not in April
    sentences = ["월드컵 개막을 10일 앞둔 5월21일 우승후보 잉글랜드와 서귀포에서 평가전을 갖고 22일 파주NFC로 다시 이동한다.",
                 "26일 우승후보 프랑스와 최종 평가전(수원)을 치른다.",
                 "대표팀은 27일 경주로 옮겨 마무리 컨디션 조절에 들어가 6월4일(오후 8시반ㆍ 부산) 폴란드와의 본선 첫 경기에 대비한다."]
    assert find_time_expressions(sentences[2], D(2002, 3, 28))[0].date == D(2002, 4, 27)
    assert [e.date for e in _read(sentences, D(2002, 3, 28))[2]] == [D(2002, 5, 27), D(2002, 6, 4)]


def test_bare_days_go_on_from_the_months_day_past_a_day_it_carried():
    # Dong-A Ilbo, 18 April 2001 (civic c1445): the street festival's 25th is May's, after the herb market's 16-26 May
    sentence = ("이밖에 5월 16일부터 26일까지 대구시 중구 남성로 속칭 ‘약전골목’에서 전통 한약재 도매시장인 약령시가, 중구 동성로 "
                "일대에서는 ‘동성로 축제’가 25일부터 3일간 각각 열려 축제분위기를 조성할 예정이다.")
    assert [(e.date, e.end_date) for e in find_time_expressions(sentence, D(2001, 4, 18))] == [
        (D(2001, 5, 16), D(2001, 5, 26)), (D(2001, 5, 25), D(2001, 5, 25))]


def test_the_day_right_after_the_subject_of_a_decision_is_the_deciding_not_the_schedules():
    # Korea Economic Daily, 20 May 1995 (civic c1497): Seoul National University's deans met on 18 May to set the
    # January exams
    sentences = ["서울대는 19일 교육부의 입시일자 변경권고를 받아들여 96학년도 대학별 고사(본고사) 필답고사를 내년 1월12일과 12일 "
                 "이틀동안 실시키로 확정했다.",
                 "이에따라 서울대가 내년 1월12일에 필답고사를 실시할 경우 교육부 권장 입시일인 13일에 시험을 치르는 성균관대 경희대 "
                 "중앙대등 전국 54개 대학의 지원자들이 서울대에 \"이중지원\"하는등 우려됐던 입시혼란은 사라지게 됐다.",
                 "서울대는 18일 학장회의를 열어 본고사 논술I,영어,수학I(인문계)및 수학II(자연계), 한문및 외국어(인문계)등 4과목은 "
                 "12일에 치르고 논술II와 면접및 교직 적성고사를 13일에 실시키로 했다."]
    assert [e.date for e in _read(sentences, D(1995, 5, 20))[2]] == [D(1995, 5, 18), D(1996, 1, 12), D(1996, 1, 13)]


def test_a_timetables_dotted_days_before_their_hours():
    # Seoul Economic Daily, 26 November 1998 (civic c1078): the green-belt hearings, city by city
    sentence = ("▲11.27 14:00 울산시 남구청 6층 회의실 ▲11.28 09:30 서울 세종문화회관 ▲11.30 14:00 부산 동구 범일동 "
                "부산시민회관 소강당 10:00 창원시 경남여성회관(경남도청앞) ▲12.1 14:00 춘천시 공영빌딩 5층 대회의실(시민회관 앞)")
    assert [(e.text, e.date) for e in find_time_expressions(sentence, D(1998, 11, 26))] == [
        ("11.27", D(1998, 11, 27)), ("11.28", D(1998, 11, 28)), ("11.30", D(1998, 11, 30)), ("12.1", D(1998, 12, 1))]


def test_a_bare_span_start_before_a_later_months_day_falls_after_the_schedules_last():
    # Hankyung TV, 8 April 2025 (civic c730): the campaign opens the day after registration closes, in May
    sentences = ["선거인 명부는 5월 6일부터 10일까지 5일간 작성된다.",
                 "선거인 명부가 확정되고 후보자 등록까지 끝나면 그다음 날인 12일부터 본투표 전날인 6월 2일 밤 12시까지 공식 "
                 "선거운동이 펼쳐진다."]
    [campaign] = _read(sentences, D(2025, 4, 8))[1]
    assert (campaign.date, campaign.end_date) == (D(2025, 5, 12), D(2025, 6, 2))


def _dev_row(row_id: str) -> tuple[date, list[str], str]:
    """A development row of bench/data/dates_dev.tsv: its publication day, the sentences before it in the page and its
    own (the tenth column joins the former with ` ¶ `), and its expression."""
    with open(Path(__file__).parent.parent / "bench" / "data" / "dates_dev.tsv", encoding="utf-8") as rows:
        [cols] = [line.rstrip("\n").split("\t") for line in rows if line.startswith(row_id + "\t")]
    before = cols[9].split(" ¶ ") if len(cols) > 9 and cols[9] else []
    return date.fromisoformat(cols[1]), [*before, cols[8]], cols[2]


@pytest.mark.parametrize("row_id, start, end", [
    # biz.sbs.co.kr 20000125363 (4 July 2023): the month's last week, whose Thursday is July's, ends on the 30th
    ("ya049", D(2023, 7, 24), D(2023, 7, 30)),
    # hankyung.com 2009070510771 (5 July 2009): July's last week runs into August, four of its days July's
    ("yv034", D(2009, 7, 27), D(2009, 8, 2)),
    # hankyung.com 202108220222Y: "8월 셋째 주말", the month's third Saturday and Sunday
    ("xz052", D(2021, 8, 21), D(2021, 8, 22)),
])
def test_an_ordinal_week_or_weekend_of_the_month_told(row_id, start, end):
    published, sentences, text = _dev_row(row_id)
    [week] = [e for e in _read(sentences, published)[-1] if e.text.startswith(text)]
    assert (week.date, week.end_date) == (start, end)


def test_an_ordinal_weekend_without_its_month_is_the_last_told_months():
    # Joongdo Ilbo, 30 January 2018 (civic c857): the banks open on the second weekend of February, the month of the
    # sentence before
    sentences = ["이 때문에 대학 정시모집 미등록 충원 기간(2월 10∼20일) 사이에 설 연휴(2월 15∼18일)가 포함됐다.",
                 "교육부는 이 때문에 학생·학부모가 불편을 겪을 수 있다고 보고 관계부처와 은행들이 둘째 주 주말 이틀간 등록금 "
                 "수납을 하기로 했다고 설명했다."]
    assert [(e.text, e.date, e.end_date) for e in _read(sentences, D(2018, 1, 30))[1]] == [
        ("둘째 주 주말", D(2018, 2, 10), D(2018, 2, 11))]


def test_days_noted_in_brackets_beside_names_run_on_in_the_schedules_month():
    # Sports Chosun, 9 January 2017 (civic c918): the national team's camp; the practice games noted beside their
    # opponents come after the departure on 12 February, and the verb after the brackets tells them ahead
    sentences = ["이후 전체 대표팀은 2월 11일 오후 2시 서울 청담동 리베라호텔에서 공식 소집을 하고, 12일 본격적인 훈련 및 "
                 "연습경기를 위해 일본 오키나와로 출국한다.",
                 "대표팀은 오키나와 구시카와 구장에서 훈련하며, NPB 소속팀인 요미우리 자이언츠(19일, 오키나와 셀룰러 스타디움 "
                 "나하), 요코하마 DeNa 베이스타스(22일, 장소 미정) 등을 상대로 연습경기를 펼칠 예정이다."]
    assert [e.date for e in find_time_expressions(sentences[1], D(2017, 1, 9))] == [D(2017, 1, 19), D(2017, 1, 22)]
    assert [e.date for e in _read(sentences, D(2017, 1, 9))[1]] == [D(2017, 2, 19), D(2017, 2, 22)]


@pytest.mark.parametrize("published, sentences, text, day", [
    # ksilbo.co.kr idxno=613892 (batch `yo…`): the women's opener is on the day of the men's, told a sentence before
    (D(2017, 7, 27), ["한국배구연맹(KOVO)은 27일 도드람 2017-2018 V리그 일정을 발표했다.",
                      "지난 시즌 남자부 챔피언 현대캐피탈은 10월 14일 오후 2시, 홈 천안 유관순체육관에서 대한항공과 개막전을 치른다.",
                      "여자부 디펜딩챔피언 IBK기업은행은 같은 날 오후 4시에 화성체육관에서 흥국생명과 격돌한다."],
     "같은 날 오후", D(2017, 10, 14)),
    # hankyung.com/article/2016100221261 (batch `yq…`): the day of Samsung's figures; the consensus "9월29일 기준" is
    # the day a figure was counted to, not one something is told to happen on
    (D(2016, 10, 2), ["삼성전자가 오는 7일 3분기 실적 잠정치를 발표한다.",
                      "금융정보업체 에프앤가이드의 3분기 영업이익 컨센서스(9월29일 기준)는 7조6441억원으로 전 분기(8조1400억원)보다 "
                      "약 6% 줄어들 것으로 관측됐다.",
                      "LG전자도 같은 날 3분기 실적 가이던스를 내놓는다."],
     "같은 날", D(2016, 10, 7)),
])
def test_gateun_nal_after_the_sentences_topic_is_the_day_told_before(published, sentences, text, day):
    found = [(e.text, e.date, e.end_date) for e in _read(sentences, published)[-1]]
    assert found[0] == (text, day, day)


def test_bare_days_sent_back_a_month_go_on_in_a_schedule_told_ahead_in_this_month():
    # biz.heraldcorp.com/view.php?ud=20130304000122 (yr051-yr055), 4 March 2013: the meeting days ranked under a tally's
    # past ("… 순으로 집계됐다") are March's, as "이달 22일" told a sentence before, not February's
    sentences = ["올해 코스닥 상장사 정기 주주총회가 가장 많이 열리는 날은 3월 22일인 것으로 집계됐다.",
                 "4일 한국거래소에 따르면 지난달 26일까지 정기주주총회 소집과 관련된 이사회 결의 내용을 공시한 코스닥 12월 "
                 "결산법인 328개사 가운데 151개사(46.04%)가 이달 22일 주주총회를 연다고 밝혔다.",
                 "22일 다음으로는 29일이 39개사로 가장 많고, 이어 15일(33개), 28일(22개), 25일(12개) 등의 순으로 집계됐다."]
    assert [(e.text, e.date) for e in _read(sentences, D(2013, 3, 4))[2]] == [
        ("22일", D(2013, 3, 22)), ("29일", D(2013, 3, 29)), ("15일", D(2013, 3, 15)), ("28일", D(2013, 3, 28)),
        ("25일", D(2013, 3, 25))]
    # newdaily.co.kr/site/data/html/2010/06/14/2010061400070.html (yq045), 14 June 2010: "19일부터는 다시 비가 내리며 …" under "설명했다", after the
    # forecast's "오는 17일부터 19일 사이" and "17일에는", is the coming 19th, not May's
    forecast = ["기상청은 오는 17일부터 19일 사이에 전국적으로 장마가 시작될 것으로 14일 전망했다.",
                "우리나라와 아르헨티나의 월드컵 예선 2차전이 열리는 17일에는 전국 대부분 지방이 맑은 날씨를 보이겠다.",
                "그러나 기상청은 19일부터는 다시 비가 내리며 이르면 20일께부터 본격적인 장마가 시작될 것이라고 설명했다."]
    assert _read(forecast, D(2010, 6, 14))[2][0].date == D(2010, 6, 19)


def test_a_schedule_told_as_what_is_scheduled_goes_on_in_the_month_told_before():
    # civic dev c727 (joongdo.co.kr key=20230829010008472), 29 August 2023: "▲5일 제1차 본회의 … 제2차 본회의가 예정됐다"
    # says what is scheduled, not what was: the session's days are September's, as the sentence before told
    sentences = ["이번 임시회는 9월 5일부터 13일까지 총 9일간 진행되며 2023년도 제2회 일반 및 특별회계 추가경정예산안을 비롯해 "
                 "조례안, 동의안, 건의안 등 일반안건을 처리할 계획이다.",
                 "한편 제274회 임시회 주요 일정으로는 ▲5일 제1차 본회의 ▲6일~7일 상임위원회 ▲11일~12일 예산결산특별위원회 "
                 "▲13일 제2차 본회의가 예정됐다."]
    assert [(e.text, e.date) for e in _read(sentences, D(2023, 8, 29))[1]] == [
        ("5일", D(2023, 9, 5)), ("6일~7일", D(2023, 9, 6)), ("11일~12일", D(2023, 9, 11)), ("13일", D(2023, 9, 13))]


def test_deadlines_told_after_a_schedule_go_on_in_its_month():
    # Jeju News, 26 November 2017 (batch `wu…`): the admission calendar's last steps, told one sentence later
    sentences = ["합격자는 2월 6일에 발표되고 2월 7일부터 9일까지 등록해야 한다.",
                 "미등록에 의한 충원 합격자는 20일까지 통보되며 등록은 21일까지다."]
    assert [e.date for e in _read(sentences, D(2017, 11, 26))[1]] == [D(2018, 2, 20), D(2018, 2, 21)]


def test_a_month_day_of_a_schedule_ahead_is_not_read_behind_publication():
    # Metro, 7 December 2017 (batch `wu…`): next year's exam calendar; September is 2018's, not the one just gone
    sentences = ["5급 공채와 외교관후보자 시험의 원서접수는 2월 7일부터 9일까지이다.",
                 "1차 시험은 3월 10일이며 2차·3차 시험을 거쳐 최종발표일은 5급 공채의 경우 9월 30일, 외교관후보자는 9월 14일이다."]
    assert [e.date for e in _read(sentences, D(2017, 12, 7))[1]] == [D(2018, 3, 10), D(2018, 9, 30), D(2018, 9, 14)]


def test_same_day_and_next_day_point_back_to_the_day_told_before():
    # Kookmin Ilbo, 17 January 2018 (batch `wv…`): a season's opening weekend
    sentences = ["공식 개막전은 3월 1일 전주월드컵경기장에서 열리는 지난 시즌 K리그 클래식 우승팀 전북과 FA컵 우승팀 울산의 맞대결이다.",
                 "같은 날 수원은 전남, 제주는 서울을 상대로 홈 개막전을 각각 치른다.",
                 "3월 3일에는 포항과 대구, 강원과 인천의 경기가 펼쳐진다.",
                 "다음 날엔 4년 만에 클래식 무대에 복귀하는 경남과 지난 시즌 극적 잔류에 성공한 상주가 격돌한다."]
    read = _read(sentences, D(2018, 1, 17))
    assert [(e.text, e.date) for e in read[1]] == [("같은 날", D(2018, 3, 1))]
    assert [(e.text, e.date) for e in read[3]] == [("다음 날", D(2018, 3, 4))]
    assert find_time_expressions(sentences[1], D(2018, 1, 17)) == []  # alone, "같은 날" points at nothing


def test_same_month_points_back_to_the_month_told_before():
    # Hankyung (Yonhap), 16 September 2001 (batch `wv…`): the play-offs after the semi-play-off of next month
    sentences = ["한국야구위원회(KBO)는 다음달 7일부터 정규리그 3,4위간의 준플레이오프(3전2선승제)를 시작으로 포스트시즌에 들어간다고 16일 발표했다.",
                 "또 같은달 12일부터 정규리그 2위와 준플레이오프 승리팀의 플레이오프(5전3선승제)가, 20일부터 정규리그 1위와 "
                 "플레이오프 승리팀의 한국시리즈(7전4선승제)가각각 열린다."]
    assert [e.date for e in _read(sentences, D(2001, 9, 16))[1]] == [D(2001, 10, 12), D(2001, 10, 20)]


def test_a_sentence_that_names_its_own_month_keeps_its_bare_day():
    # Maeil, 3 March 1994 (batch `wv…`): "한편 시범경기는 12일 … 4월3일까지" is this March, whatever came before
    sentences = ["또 올스타전은 7월17일 서울잠실운동장에서 갖기로 했다.",
                 "한편 시범경기는 12일 삼성과 LG(대구),롯데와 OB (마산)전을 시작으로 4월3일까지 팀당 7경기씩 총 28경기가 치러진다."]
    assert _read(sentences, D(1994, 3, 3))[1][0].date == D(1994, 3, 12)


def test_a_date_set_is_ahead_even_in_the_past_tense():
    # Hankyung, 17 December 2014 (batch `wv…`): "7월 17∼19일로 잡혔다" is next summer's break
    e = only("퓨처스 올스타전과 올스타전을 치르는 올스타전 휴식기는 7월 17∼19일로 잡혔다.", D(2014, 12, 17), "7월 17∼19일")
    assert (e.date, e.end_date) == (D(2015, 7, 17), D(2015, 7, 19))


def test_a_year_told_alone_starts_the_timeline_anew():
    # Korea Economic TV, 1 August 2013 (batch `wu…`)
    sentence = ("9급 공무원 공채시험은 작년 6월 29일 개편 이후 수험생들에게 1년간 여유 기간을 주고자 올해는 7월에 치러졌으나 "
                "내년부터는 시험시기가 기존대로 4월로 복귀한다.")
    months = [(e.text, e.date) for e in find_time_expressions(sentence, D(2013, 8, 1)) if e.precision == "month"]
    assert months == [("7월", D(2013, 7, 1)), ("4월", D(2014, 4, 1))]
    # "올해와 같은 2월에": the February named as this year's is the next one's (the exam still ahead)
    sentence = ("5급 공무원 공채시험은 올해와 같은 2월에 시행되며 외무고시를 대체할 외교관후보자 선발시험도 "
                "5급 공무원 공채시험과 같은 2월에 시행된다.")
    assert [e.date for e in find_time_expressions(sentence, D(2013, 8, 1)) if e.text == "2월"] == [D(2014, 2, 1)] * 2


def test_the_weekends_of_months_named_recur():
    # Kookmin Ilbo, 17 January 2018 (batch `wv…`)
    sentence = "올 시즌부터는 효율적인 중계방송 편성을 위해 혹서기를 제외한 3∼5월, 9∼11월의 주말 경기는 오후 2시와 4시로 분산 배치된다."
    assert [e.text for e in find_time_expressions(sentence, D(2018, 1, 17))] == ["3∼5월", "9∼11월"]


def test_this_year_spelled_apart():
    # Chungcheong Yonhap TV, 30 September 2019 (batch `ww…`)
    e = only("최초 재단은 올 해 축제를 10월 2일부터 6일까지 5일간의 일정으로 육군의 ‘지상군페스티벌’ 행사를 개최할 예정이었다.",
             D(2019, 9, 30), "올 해")
    assert (e.date, e.end_date, e.precision) == (D(2019, 1, 1), D(2019, 12, 31), "year")


def test_a_schedule_stated_with_a_copula_is_ahead():
    # Seoul Shinmun, 1 March 2012 (development batch `wt…`): an exam day named as the predicate, no tense before it
    assert only("또 국회 5급 공무원을 뽑는 입법고시의 공직적격성평가(PSAT)는 17일이다.", D(2012, 3, 1), "17일").date == D(2012, 3, 17)


def test_a_day_told_ahead_under_a_past_verb_just_after_it():
    # NHA News, 9 March 2017 (batch `we…`): written before the 1st, published after it
    sentence = "중구청은 화재가 발생한 4지구 철거 계획이 최근 최종 단계에 접어들면서 야시장 개장에 필요했던 도로점용을 오는 3월 1일부터 허가했다."
    assert only(sentence, D(2017, 3, 9), "오는 3월 1일").date == D(2017, 3, 1)


def test_a_year_glued_to_the_same_period_compared():
    # prolabour21.com's copy of the 1 October 2020 export release (batch `wo…`): "작년동기대비" is last year, compared
    sentence = ("산업통상자원부는 <9월수출이 작년동기대비7.7% 증가한 480억5000만달러>이며 <9월 수입은 1.1% 늘어난 391억7천만달러로 "
                "코로나19 이후 처음으로 증가했다>고 1일 밝혔다.")
    read = [(e.text, e.date) for e in find_time_expressions(sentence, D(2020, 10, 1))]
    assert ("작년", D(2019, 1, 1)) in read and [d for t, d in read if t == "9월"] == [D(2020, 9, 1)] * 2


def test_a_month_day_with_its_il_left_out():
    # Bulgyo News (bzeronews.com), 2018: "2018년 3월 20부터"; Newdaily 2010 (batch `wb…`): "3월 28경"
    e = only("이번 3기 SNS기자단의 활동기간은 2018년 3월 20부터 2020년 3월 19일까지이다.", D(2018, 3, 5),
             "2018년 3월 20부터 2020년 3월 19일까지")
    assert (e.date, e.end_date, e.precision) == (D(2018, 3, 20), D(2020, 3, 19), "day")
    sentence = "기상청은 “벚꽃은 개화 후 만개까지 일주일 정도 소요되기 때문에 서귀포는 3월 28경, 서울은 4월 13일경 절정에 이룰 것”이라고 전망했다."
    assert only(sentence, D(2010, 3, 4), "3월 28").date == D(2010, 3, 28)


def test_two_days_told_each_and_taken_together():
    # Etnews, 2 March 2021 (batch `wu…`): "3월 18일, 19일 양일간"
    e = only("후보자등록 기간은 3월 18일, 19일 양일간이며, 선거인 명부는 3월 26일 확정된다.", D(2021, 3, 2), "3월 18일, 19일")
    assert (e.date, e.end_date) == (D(2021, 3, 18), D(2021, 3, 19))


def test_habitual_weekdays_and_counts_before_what_is_awaited_name_no_day():
    # Maeil, 3 March 1994 (batch `wv…`): when any week's exhibition games start
    sentence = "토요일과 일요일 오후 1시에 시작하는 시범경기는 9회까지 승부가 안날 경우무승부로 처리하며 비로 열리지 못할 경우 취소된다."
    assert find_time_expressions(sentence, D(1994, 3, 3)) == []
    # Zum (Chosun), 17 March 2020 (batch `wu…`): "선거를 30일 앞둔" counts days; the day is the 16th
    sentence = "제21대 국회의원 선거를 30일 앞둔 지난 16일 오후 서울 종로구선거관리위원회에서 선관위 직원들이 투표지 분류기를 모의시험하고 있다."
    assert [(e.text, e.date) for e in find_time_expressions(sentence, D(2020, 3, 17))] == [("지난 16일 오후", D(2020, 3, 16))]


def test_today_s_nation_is_the_present_age():
    # KLUE-NER WIKITREE (batch `vz…`; CC BY-SA 4.0)
    assert find_time_expressions("오늘의 대한민국은 천안함 용사를 비롯한 수많은 호국영령들의 희생 위에 지켜온 소중한 나라입니다.",
                                 D(2015, 6, 15)) == []


def test_a_span_under_way_is_this_year_s():
    # Jeju News, 26 November 2017 (batch `wu…`): the extended early-admission period runs until 20 December
    sentence = "이에 따라 수시 전형 기간은 당초 9월 11일부터 12월 13일까지에서 9월 11일부터 12월 20일까지로 연장됐다."
    e = only(sentence, D(2017, 11, 26), "9월 11일부터 12월 20일까지")
    assert (e.date, e.end_date) == (D(2017, 9, 11), D(2017, 12, 20))


def test_a_month_day_told_after_another_goes_on_from_it():
    # a tistory summary of 17 August 2020 (batch `wl…`): a decision in a timeline already behind publication
    sentence = ("그리고 안정화 추세가 접어든 5월 6일부터 '생활 속 거리두기' 체계로 전환해서 시행됐으나, 6월 28일부터는 각종 거리두기의 "
                "명칭을 '사회적 거리두기'로 통일하고, 코로나19 유행의 심각성과 방역조치의 강도에 따라 1∼3단계로 구분해 시행하기로 했다.")
    assert only(sentence, D(2020, 8, 17), "6월 28일").date == D(2020, 6, 28)
    # KLUE-NER WIKITREE (batch `wp…`; CC BY-SA 4.0): a day in a relative clause starts no such timeline
    sentence = ("작년 8월 8일에 출범한 티베트 망명정부 내각 중 지난 7월, 14대 달라이 라마 77회 생신 기념 법회를 위해 한국을 방문한 "
                "'정보국제관계부' 장관에 이어 두번째로 방한한 빼마 친조르 장관은 11월 14일까지 한국에 머물 예정이다.")
    assert only(sentence, D(2015, 6, 15), "11월 14일").date == D(2015, 11, 14)


def test_a_quarter_figures_are_measured_against_is_over():
    # Hankyung, 18 July 2002 (batch `wz…`): the forecast is of the third quarter; the first and second it is
    # measured against are this year's, already over
    sentence = "국내외 증권사들은 19일 발표되는 삼성전자의 실적이 대체로 1.4분기 안팎 수준이 될 것으로 예상했다."
    assert only(sentence, D(2002, 7, 18), "1.4분기").date == D(2002, 1, 1)
    sentence = "그는 \"3분기엔 원화절상의 영향이 반영될 것\"이라면서 \"월별로 보면 6,7월이 저점이 되면서 3분기 실적은 2분기보다 못할 것\"이라고 전망했다."
    assert only(sentence, D(2002, 7, 18), "2분기").date == D(2002, 4, 1)
    # Hankyung, 18 April 2002 (batch `wz…`): a quarter written with a middle dot, as with a full stop
    e = only("증시 최대의 관심을 모았던 삼성전자의 1·4분기 실적이 19일 발표된다.", D(2002, 4, 18), "1·4분기")
    assert (e.date, e.end_date, e.precision) == (D(2002, 1, 1), D(2002, 3, 31), "quarter")
    # the old notation names the third quarter, never the fourth
    [e] = find_time_expressions("3·4분기 실적", D(2025, 9, 10))
    assert (e.date, e.end_date) == (D(2025, 7, 1), D(2025, 9, 30))


def test_a_span_whose_days_carry_their_weekdays():
    # newssports25.com's copy of the 2 October 2014 typhoon forecast (batch `wx…`)
    sentence = ("또한, 4일(토)~6일(월) 남해상과 동해남부해상을 중심으로 매우 강한 바람과 함께 물결도 매우 높게 일겠고, 제주도해안과 "
                "남해안, 동해안에서는 너울에 의해 파도가 방파제나 해안도로를 넘는 곳이 있겠으니, 해안가 안전사고에 각별히 유의하시기 바람.")
    [e] = find_time_expressions(sentence, D(2014, 10, 2))
    assert (e.date, e.end_date, e.precision) == (D(2014, 10, 4), D(2014, 10, 6), "day")


def test_this_week_s_weekend_and_last_night():
    # beautysay.co.kr's copy of a 20 September 2019 story (batch `wx…`): "이번주 주말" is the weekend, not the week
    [e] = find_time_expressions("타파는 이번주 주말부터 한반도에 본격적으로 영향을 줄 것으로 보인다.", D(2019, 9, 20))
    assert (e.date, e.end_date, e.precision) == (D(2019, 9, 21), D(2019, 9, 22), "day")
    # Radio Korea, 28 June 2017 (batch `wy…`)
    sentence = "문재인 대통령이 취임 후 첫 한미정상회담을 갖기 위해 3박 5일 일정으로 LA시간 어젯밤 10시 워싱턴으로 출발했습니다"
    [e] = find_time_expressions(sentence, D(2017, 6, 28))
    assert (e.date, e.precision) == (D(2017, 6, 27), "day")


def test_early_and_late_parts_of_a_day_are_no_count():
    # KG News Korea, 8 November 2023 (batch `wy…`): "26일 이른 오전" is the 26th early in the morning, not 26 days early
    sentence = "프랑스 순방을 마친 25일 귀국길에 올라 26일 이른 오전 성남공항에 도착한다."
    assert [e.date for e in find_time_expressions(sentence, D(2023, 11, 8))] == [D(2023, 11, 25), D(2023, 11, 26)]
    # newssports25.com's copy of the 2 October 2014 forecast (batch `wx…`): a span from late afternoon to dawn
    sentence = ("동풍의 영향을 받는 강원도 영동지방은 내일(3일) 늦은 오후부터 모레(4일) 새벽까지 대체로 흐리고 비가 내리겠음.")
    [e] = find_time_expressions(sentence, D(2014, 10, 2))
    assert (e.date, e.end_date) == (D(2014, 10, 3), D(2014, 10, 4))



def test_a_day_described_by_a_present_adnominal_is_ahead():
    # Etnews, 2 March 2021 (batch `wu…`): the by-election the 4월 7일 of "실시하는" names is ahead, though the
    # sentence reports in the past that it was confirmed
    sentence = "중앙선관위는 4월 7일 실시하는 재·보궐선거가 총 21곳으로 확정되었다고 2일 밝혔다."
    assert only(sentence, D(2021, 3, 2), "4월 7일").date == D(2021, 4, 7)
    # a name with the topic marker after the day is no such verb (KLUE-NER WIKITREE, batch `v…`; CC BY-SA 4.0)
    assert only("20일 국민일보는 김군이 사용했던 것으로 알려진 트위터 내용을 공개했다.", D(2015, 6, 15), "20일").date == D(2015, 5, 20)


def test_a_clause_running_at_the_same_time_is_no_schedule():
    # Kookmin Ilbo (Yonhap), 2 October 2015 (civic_news c124, event dev): "-는 가운데" is "while"
    sentence = "스무살을 맞은 부산국제영화제(BIFF)가 1일 오후 비가 내리는 가운데 부산 해운대 영화의전당 야외광장에서 개막됐다."
    assert only(sentence, D(2015, 10, 2), "1일 오후").date == D(2015, 10, 1)


def test_a_day_whose_weekday_fits_no_month_around_publication_keeps_its_day():
    # Chosun Ilbo, Sunday 26 August 2018 (civic_news c219, event dev; batch `xb…`): the 28th of "월요일인 28일" is a
    # Tuesday; no 28th near publication is a Monday, so the day is read as written, not moved to January 2019
    sentence = "비는 월요일인 28일부터 그치기 시작할 것으로 보인다."
    assert [e.date for e in find_time_expressions(sentence, D(2018, 8, 26))] == [D(2018, 8, 28), D(2018, 8, 28)]


def test_a_bare_day_the_article_told_with_its_month_or_weekday_is_that_day_again():
    # Kuki News, 28 June 2023 (civic_news c218, event dev; batch `xb…`): the 29th is the Thursday the first
    # sentence named, though the warning's clause is in the past tense
    forecast = ["29일 목요일부터 잠시 멈췄던 장마가 다시 시작된다.",
                "서울·인천·경기도·강원도·서해5도에는 29일 오전과 낮 사이 호우 예비특보가 발표됐다."]
    assert [e.date for e in _read(forecast, D(2023, 6, 28))[-1]] == [D(2023, 6, 29)]
    # Shina Ilbo, 19 January 2020 (civic_news c214): the festival's first day is the 8th of October told before
    festivals = ["이날 총회에서는 올해 곰취축제는 5월 8~10일, 도솔산지구전투 전승행사는 6월 12~13일, 배꼽축제는 7월 31일 ~ 8월 2일, "
                 "양록제는 10월 8~10일, 시래기축제는 10월 24~25일에 각각 개최하기로 결정됐다.",
                 "특히, 양록제 기간에 열리는 금강산가는 옛길 걷기대회는 양록제 첫 날인 8일로 결정됐다."]
    assert [e.date for e in _read(festivals, D(2020, 1, 19))[-1]] == [D(2020, 10, 8)]
    # a day only the tense placed is no such anchor: in Seoul Shinmun's 20 August 2025 story (civic_news c196) the 25th
    # of a past agreement does not make the 25th "마무리될 것으로 전망된다" names July's
    talks = ["여야가 21일부터 오는 24일까지로 예정됐던 국회 본회의 일정을 조정해 국민의힘 전당대회가 열리는 22일을 제외하고 "
             "25일까지 본회의를 여는 데 합의했다.",
             "여야가 일정 조정에 합의하며 민주당 주도의 쟁점 법안 처리도 25일에 마무리될 것으로 전망된다."]
    assert [e.date for e in _read(talks, D(2025, 8, 20))[-1]] == [D(2025, 8, 25)]


def test_a_past_day_numbered_before_a_coming_month_day_stays_behind_publication():
    # Chungcheong Times, 13 May 2018 (civic_news c228, event dev; batch `xb…`): the summons sent on the 11th is
    # May's, not carried into July after the hearing set for 20 June
    sentence = ("대전지법 천안지원은 “구본영 시장에 대한 형사 사건(2018고합 83)에 대한 1심 공판 기일을 오는 6월 20일로 정하고 11일 "
                "제1 피고인 구본영과 제2 피고인 김병국에 대해 301호 법정 출석을 요구하는 소환장을 발송했다”고 13일 밝혔다.")
    assert [e.date for e in find_time_expressions(sentence, D(2018, 5, 13))] == [D(2018, 6, 20), D(2018, 5, 11), D(2018, 5, 13)]


def test_acts_someone_is_accused_of_are_behind_publication():
    # Newspim, 12 July 2019 (civic_news c226, event dev; batch `xb…`): "… 살해하고 … 유기한 혐의를 받는다" tells what the
    # accused did, in the present of 받는다: the 25th of May is this year's, behind publication
    sentence = ("고씨는 5월 25일 오후 8시 10분에서 9시 50분 사이 제주시 조천읍 한 펜션에서 전 남편인 강모(36) 씨를 살해하고 시신을 "
                "훼손한 뒤 제주 인근 해상과 친정 소유 김포 아파트 인근 쓰레기 분리수거장 등에 사체를 유기한 혐의를 받는다.")
    [e] = find_time_expressions(sentence, D(2019, 7, 12))
    assert (e.date, e.precision) == (D(2019, 5, 25), "day")


def test_a_range_ending_on_the_eve_of_what_it_names_is_one_span():
    # Joongdo Ilbo, 11 May 2022 (civic_news c116, event dev; batch `xb…`): "선거 전날인 31일" is the range's end
    sentence = "이후 후보들이 공식적으로 할 수 있는 선거운동 기간은 19일부터 선거 전날인 31일까지다."
    [e] = find_time_expressions(sentence, D(2022, 5, 11))
    assert (e.text, e.date, e.end_date) == ("19일부터 선거 전날인 31일까지", D(2022, 5, 19), D(2022, 5, 31))


def test_dates_a_plan_is_moved_from_and_to_are_ahead_whatever_the_verb_s_tense():
    # iMBC, 31 March 2020 (batch `xd…`): the deadlines the exam calendar was pushed to are this year's, ahead,
    # though 늦춰졌습니다 is past; the 16 September in the listed clause before the comma as well
    sentence = ("올해 수시 모집에 반영될 고교 3학년생 1학기 학생부 작성 마감일은 9월 16일로, 정시 학생부 작성 마감일은 "
                "12월 14일로 늦춰졌습니다.")
    assert [e.date for e in find_time_expressions(sentence, D(2020, 3, 31)) if e.precision == "day"] == [
        D(2020, 9, 16), D(2020, 12, 14)]
    # a tistory blog, 23 February 2020 (batch `xd…`): the day moved from is the coming one too
    moved = "이에 따라 전국의 모든 유·초·중·고교, 특수학교 및 각종학교의 신학기 개학이 당초 3월2일에서 3월9일로 일주일 연기되었습니다."
    assert [e.date for e in find_time_expressions(moved, D(2020, 2, 23))] == [D(2020, 3, 2), D(2020, 3, 9)]
    # ... but a day a plan was moved to that has just gone by stays behind (Sisa Magazine, 17 March 2020: the 23rd of
    # March, not of February)
    assert [e.date for e in find_time_expressions("23일로 연기한 교육부는 이번이 3차 연기다.", D(2020, 3, 17))] == [
        D(2020, 3, 23)]


def test_a_month_or_quarter_about_to_begin_is_the_coming_one_under_a_verb_of_decision():
    # Nongmin Shinmun, 29 June 2022 (batch `xc…`): the third quarter the rate was set for is this year's
    sentence = ("산업통상자원부와 한국전력공사는 3분기 전기요금에 적용할 연료비 조정단가를 1㎾h(킬로와트시)당 5원으로 확정했다고 "
                "27일 밝혔다.")
    first, day = find_time_expressions(sentence, D(2022, 6, 29))
    assert (first.date, first.end_date, first.precision, day.date) == (D(2022, 7, 1), D(2022, 9, 30), "quarter",
                                                                       D(2022, 6, 27))
    # Newspim, 28 August 2015 (batch `xc…`): September's gas price approved on the 28th of August
    sentence = "산업통상자원부는 한국가스공사가 제출한 9월 도시가스 원료비 인상 승인 요청에 대해 이 같이 승인했다고 28일 밝혔다."
    month, _ = find_time_expressions(sentence, D(2015, 8, 28))
    assert (month.date, month.precision) == (D(2015, 9, 1), "month")
    # Energy Economy, 21 September 2023 (batch `xc…`): "이번 4분기" is the quarter ahead, not last year's
    sentence = ("4분기 연료비조정단가의 경우 국제연료가 하락으로 ㎾h당 -1.8원으로 산정됐지만, 누적 적자 상황과 그간 연료비가 조정되지 "
                "않은 채 요금이 동결됐던 점 등을 감안해 한전은 이번 4분기 연료비조정단가도 ㎾h당 5원을 유지했다.")
    assert [(e.text, e.date) for e in find_time_expressions(sentence, D(2023, 9, 21))] == [
        ("4분기", D(2023, 10, 1)), ("이번 4분기", D(2023, 10, 1))]


def test_a_count_of_days_a_plan_was_put_off_is_no_date():
    # Chosun Ilbo, 1 April 2020 (batch `xd…`): "16일 연기돼" is how far the deadline moved, not the 16th
    sentence = "수시 학생부 마감도 9월 16일로 16일 연기돼 대입 일정이 줄줄이 미뤄진다."
    assert [(e.text, e.date) for e in find_time_expressions(sentence, D(2020, 4, 1))] == [("9월 16일", D(2020, 9, 16))]


def test_a_plan_reported_with_고_했다_keeps_the_reported_clause_s_tense():
    # Chosun Ilbo, 1 April 2020 (batch `xd…`): "검토하겠다고 했다" reports a plan; 했다 is the reporting verb
    sentence = "교육부는 4월 20일 이후 코로나 추세를 보고 등교 수업과 온라인 수업 병행을 검토하겠다고 했다."
    [e] = find_time_expressions(sentence, D(2020, 4, 1))
    assert (e.date, e.precision) == (D(2020, 4, 20), "day")


def test_a_span_set_with_로_is_one_span():
    # Consumer Times, 31 March 2020 (batch `xd…`): "오는 9월 23일부터 29일로" is the application window moved to
    sentence = "수시 원서접수 기간은 오는 9월 23일부터 29일로 2주가량 미뤄지고 합격자는 12월 28일 발표될 예정이다."
    window, results = find_time_expressions(sentence, D(2020, 3, 31))
    assert (window.text, window.date, window.end_date) == ("오는 9월 23일부터 29일로", D(2020, 9, 23), D(2020, 9, 29))
    assert results.date == D(2020, 12, 28)


def test_bare_days_after_a_part_of_a_month_told_ahead_go_on_in_that_month():
    # Daily Hankook, 12 October 2017 (batch `wy…`): after "11월 초", the tour's "8~15일" and then "13∼14일" are
    # November's, though October's 13th and 14th are still ahead
    article = ["한미 정상회담이 11월 초 서울에서 개최된다.",
               "이후 문재인 대통령은 8~15일 7박8일간 일정으로 인도네시아, 베트남, 필리핀 등 동남아 3개국을 순방한다.",
               "문 대통령은 8~10일, 인도네시아를 방문할 것으로 예상된다.",
               "이어 문 대통령은 10∼11일 베트남 다낭에서 열리는 APEC(아시아태평양경제협력체) 정상회의에 참석한다.",
               "문 대통령은 필리핀으로 넘어가 13∼14일 ASEAN(동남아시아국가연합)+3 및 EAS(동아시아정상회의)에서 참석한다."]
    read = _read(article, D(2017, 10, 12))
    assert [(e.date, e.end_date) for e in read[1]] == [(D(2017, 11, 8), D(2017, 11, 15))]
    assert [(e.date, e.end_date) for e in read[4]] == [(D(2017, 11, 13), D(2017, 11, 14))]


def test_months_glossing_a_quarter_in_parentheses_are_that_quarter_s():
    # Energy Economy, 21 September 2023 (batch `xc…`): "1∼3월" glosses this year's first quarter, not next year's
    sentence = "한편 올해 1분기(1∼3월)와 2분기(4∼6월) 연속으로 올랐다가 3분기엔 동결됐던 전기요금은 4분기에 인상될 가능성이 있다."
    found = find_time_expressions(sentence, D(2023, 9, 21))
    assert [(e.text, e.date, e.end_date) for e in found][:4] == [
        ("올해 1분기", D(2023, 1, 1), D(2023, 3, 31)), ("1∼3월", D(2023, 1, 1), D(2023, 3, 31)),
        ("2분기", D(2023, 4, 1), D(2023, 6, 30)), ("4∼6월", D(2023, 4, 1), D(2023, 6, 30))]


def test_months_a_bill_is_for_are_read():
    # Nongmin Shinmun, 29 June 2022 (batch `xc…`): "올 7∼9월분 전기요금" is the bill for this July to September
    [e] = find_time_expressions("정부는 올 7∼9월분 전기요금의 연료비 조정단가는 1㎾h당 5원을 적용하기로 했다.", D(2022, 6, 29))
    assert (e.text, e.date, e.end_date, e.precision) == ("올 7∼9월", D(2022, 7, 1), D(2022, 9, 30), "month")


def test_a_day_in_a_phrase_opened_by_매_recurs():
    # Energy Economy, 21 September 2023 (batch `xc…`): "매 분기 시작 전달의 21일까지" is every quarter's deadline
    sentence = ("이 가운데 매 분기 시작 전달의 21일까지 정해지는 연료비조정단가는 해당 분기 직전 3개월간 유연탄, 액화천연가스(LNG) 등 "
                "연료비 변동 상황을 전기요금에 탄력적으로 반영하기 위한 것이다.")
    assert find_time_expressions(sentence, D(2023, 9, 21)) == []


def test_a_span_opened_by_부터_and_closed_by_사이_is_one_span():
    # KLUE-NER WIKITREE (batch `wj…`): "2000년부터 2008년 사이의" is the years studied
    sentence = ("연구자들은 스위스 국가 코호트(cohort) 자료를 활용, 430여만명을 추적 관찰해 2000년부터 2008년 사이의 알코올 관련 "
                "사망률과 지역사회 주점(레스토랑, 바, 호텔 등) '밀집도'와의 관계를 살펴보았다.")
    [e] = find_time_expressions(sentence, D(2015, 6, 15))
    assert (e.date, e.end_date, e.precision) == (D(2000, 1, 1), D(2008, 12, 31), "year")


def test_two_days_joined_by_과_and_taken_together_as_양일_are_one_span():
    # Chungcheong Daily, 21 August 2007 (batch `xa…`)
    sentence = ("행정자치부와 행정도시건설청은 22일과 23일 양일간에 걸쳐 '세종특별시 설치 등에 관한 법률안' 등에 대한 주민설명회를 "
                "실시한다고 밝혔다.")
    [e] = find_time_expressions(sentence, D(2007, 8, 21))
    assert (e.date, e.end_date) == (D(2007, 8, 22), D(2007, 8, 23))


def test_a_year_inside_the_topic_s_noun_phrase_does_not_date_the_main_clause():
    # Korea Economic TV, 1 August 2013 (batch `wu…`): next year's exam schedule is announced this October
    sentence = "내년 공무원 공채시험 세부 일정은 10월 말 사이버국가고시센터(http://gosi.kr)를 통해 발표된다."
    year, month = find_time_expressions(sentence, D(2013, 8, 1))
    assert (year.date.year, month.date, month.end_date) == (2014, D(2013, 10, 21), D(2013, 10, 31))


def test_a_span_from_a_day_to_전날_ends_on_the_eve_of_publication():
    # Zum (Chosun), 17 March 2020 (batch `wu…`): the by-elections cover seats vacated from 5 March last year up to
    # the day before publication, not to 4 March
    sentence = "이번에 재·보궐 선거가 치러지는 지역은 지난해 3월 5일부터 전날까지 당선 무효나 사직 등으로 선거 실시 사유가 확정된 곳이다."
    [e] = find_time_expressions(sentence, D(2020, 3, 17))
    assert (e.date, e.end_date) == (D(2019, 3, 5), D(2020, 3, 16))


def test_dotted_days_without_a_year_noted_in_parentheses_are_read():
    # Ministry of Culture press release, 2 October 2014 (civic_news c206, event dev): festivals dated "(10. 24.~25.)"
    sentence = ("서울을 포함한 광역시에서는 하이서울페스티벌(10. 1.~5.), 부산 불꽃축제(10. 24.~25.), 컬러풀 대구페스티벌(10. 11.~12.) "
                "등 국내 유명 축제로 자리 잡은 시민 축제형 행사가 개최되며, 도 지역에서는 아리랑대축제(강원 정선, 10. 9.~12.), "
                "백제문화제(충남 공주, 9. 26.~10. 5.)")
    found = find_time_expressions(sentence, D(2014, 10, 2))
    assert [(e.date, e.end_date) for e in found] == [
        (D(2014, 10, 1), D(2014, 10, 5)), (D(2014, 10, 24), D(2014, 10, 25)), (D(2014, 10, 11), D(2014, 10, 12)),
        (D(2014, 10, 9), D(2014, 10, 12)), (D(2014, 9, 26), D(2014, 10, 5))]
    # a figure outside parentheses is no date
    assert find_time_expressions("지지율은 10. 24 포인트 올랐다.", D(2014, 10, 2)) == []


def test_a_year_of_a_relative_clause_or_of_an_object_noun_does_not_date_the_main_clause():
    # Financial News, 28 April 2006 (batch `xe…`): the notice is due this 5 August, for the wage of next year
    sentence = ("한편 최저임금위원회가 내년에 적용될 최저임금을 결정하면, 노동부장관은 8월5일까지 내년도 1월1일부터 적용될 최저임금을 "
                "결정·고시하게 된다.")
    notice = next(e for e in find_time_expressions(sentence, D(2006, 4, 28)) if e.text == "8월5일")
    assert notice.date == D(2006, 8, 5)
    # Aju, 29 June 2020 (batch `xe…`): "(7월 중순)" is this July, not the July of the wage's year
    sentence = "최저임금위는 고용노동부 장관이 내년도 최저임금을 고시해야 하는 기일인 8월 5일 이전까지(7월 중순)는 합의를 마쳐야 한다."
    assert [(e.text, e.date) for e in find_time_expressions(sentence, D(2020, 6, 29))] == [
        ("내년", D(2021, 1, 1)), ("8월 5일", D(2020, 8, 5)), ("7월 중순", D(2020, 7, 11))]


def test_days_counted_before_what_is_named_are_no_date():
    # Daily Magazine, 29 June 2017 (batch `xe…`): "고시 전 20일까지" is twenty days before the notice
    sentence = "고시 전 20일까지 최저임금을 정해야 하기에 7월 16일까지 최종합의가 이뤄지면 된다."
    assert [(e.text, e.date) for e in find_time_expressions(sentence, D(2017, 6, 29))] == [("7월 16일", D(2017, 7, 16))]


def test_a_month_day_of_내년도_is_next_year_s():
    # Financial News, 28 April 2006 (batch `xe…`): "내년도 1월1일부터 적용될 최저임금"
    sentence = ("한편 최저임금위원회가 내년에 적용될 최저임금을 결정하면, 노동부장관은 8월5일까지 내년도 1월1일부터 적용될 최저임금을 "
                "결정·고시하게 된다.")
    start = next(e for e in find_time_expressions(sentence, D(2006, 4, 28)) if e.text.startswith("내년도"))
    assert (start.text, start.date, start.precision) == ("내년도 1월1일", D(2007, 1, 1), "day")


def test_the_day_after_the_reporting_subject_is_the_report_s_not_a_day_told_before():
    # Views&News, 12 July 2023 (batch `xf…`): after "내달 12일", "서울시는 12일 … 밝혔다" is the day of the report
    article = ["서울 시내버스 기본요금은 이보다 앞서 내달 12일부터 1천200원에서 1천500원으로 300원 오른다.",
               "서울시는 12일 이같은 내용의 '대중교통 요금조정안'이 시 물가대책위원회 심의를 통과했다고 밝혔다."]
    assert [e.date for e in _read(article, D(2023, 7, 12))[-1]] == [D(2023, 7, 12)]


def test_two_months_or_quarters_in_a_row_are_one_span():
    # Hankyung, 18 July 2002 (batch `wz…`): "6,7월이 저점이 되면서"
    sentence = ("그는 \"3분기엔 원화절상의 영향이 반영될 것\"이라면서 \"월별로 보면 6,7월이 저점이 되면서 3분기 실적은 2분기보다 "
                "못할 것\"이라고 전망했다.")
    months = next(e for e in find_time_expressions(sentence, D(2002, 7, 18)) if e.text.startswith("6"))
    assert (months.date, months.end_date, months.precision) == (D(2002, 6, 1), D(2002, 7, 31), "month")
    # Dong-A, 5 October 2023 (batch `wz…`): "1~2분기 연속" is the first half's two quarters
    [e] = find_time_expressions("삼성전자는 앞서 1~2분기 연속 영업이익이 6000억원대에 머무른 바 있다.", D(2023, 10, 5))
    assert (e.date, e.end_date, e.precision) == (D(2023, 1, 1), D(2023, 6, 30), "quarter")
    # ... but months each told with 월 and listed by 각 are two (Korea Economic TV (Yonhap), 10 April 2017, batch `vc…`)
    sentence = "산·학·연 클러스터 지원센터를 각 2월, 3월에 착공한 데 이어 7월과 8월에는 각각 복합편의시설과 선거관리위원회 공사를 시작할 방침이다."
    assert [e.text for e in find_time_expressions(sentence, D(2017, 4, 10))][:2] == ["2월", "3월"]


def test_a_deadline_counted_from_a_happening_is_no_date_of_publication():
    # Hankyung, 24 November 2020 (batch `xg…`): 90 days from receiving the notice, not from today
    assert find_time_expressions("고지된 종부세액이 잘못됐다고 판단되면 고지서 수령 후 90일 안에 이의신청을 할 수 있다.",
                                 D(2020, 11, 24)) == []


def test_a_day_a_figure_is_taken_as_of_frames_no_later_day():
    # Newdaily, 13 August 2009 (batch `xg…`): the viewing runs to this 25 August, not to 25 June
    sentence = ("국토해양부는 올해 1월1일부터 5월31일까지 신축·증축 등의 공동주택의 6월1일 기준 공동주택가격공시(안)을 25일까지 "
                "인터넷홈페이지(www.mltm.go.kr)와 시·군·구청 민원실을 통해 열람할 수 있다고 밝혔다.")
    assert [e.date for e in find_time_expressions(sentence, D(2009, 8, 13))] == [
        D(2009, 1, 1), D(2009, 6, 1), D(2009, 8, 25)]


def test_a_forecast_of_a_figure_is_of_what_is_still_to_come():
    # Nocut News, 21 September 2019 (batch `wx…`): rain up to the 23rd, told with 예보했다
    sentence = ("기상청은 23일까지 강수량을 △제주 150~400㎜(제주도 산지 600㎜) 이상 △강원영동·경상도·전남·울릉도·독도 100~300㎜"
                "(경상동해안 400㎜ 이상) △서울·경기북부·강원영서북부·충남북부 10~40㎜로 예보했다.")
    [e] = find_time_expressions(sentence, D(2019, 9, 21))
    assert e.date == D(2019, 9, 23)


def test_a_span_closed_by_사이_glued_to_its_month_is_one_span():
    # KLUE-NER WIKITREE (batch `wk…`): "2009년 12월부터 2010년 1월사이 8차례에 걸쳐"
    sentence = ("이후 2009년 12월부터 2010년 1월사이 8차례에 걸쳐 최모 (41)씨 등 9명을 상대로 연쇄 사기 행각을 벌여 모두 25억9000만원을 "
                "챙긴 뒤 호주로 도망갔다.")
    [e] = find_time_expressions(sentence, D(2015, 6, 15))
    assert (e.date, e.end_date, e.precision) == (D(2009, 12, 1), D(2010, 1, 31), "month")


def test_this_day_names_the_day_of_the_story_not_the_last_bound_or_a_day_in_passing():
    # Money S, 18 July 2025 (batch `xj…`): a week's calendar; "이날" is the day its paragraph opened on, not the
    # deadline told since ("이번 달 20일까지")
    week = ["21일 월요일에는 미국 경제 조사단체 컨퍼런스보드가 지난달 경기선행지수를 발표한다.",
            "한국 관세청은 이번 달 20일까지 수출액 집계를 발표한다.",
            "이날 일본 증시는 바다의 날을 맞아 휴장이다."]
    this_day = _read(week, D(2025, 7, 18))[2][0]
    assert (this_day.text, this_day.date, this_day.counted_from) == ("이날", D(2025, 7, 21), "article")
    # Dong-A, 2 May 2013 (batch `xh…`): the lead's day, the day before publication
    court = ["김홍일(25)에게 무참히 살해당한 두 자매의 유가족(가운데 아래)이 1일 부산법원청사 301호 법정 앞에서 오열하고 있다.",
             "이날 재판에는 피해 자매의 부모와 친척, 친구 등 40여 명이 방청석을 채우고 항소심 선고를 기다렸다."]
    assert _read(court, D(2013, 5, 2))[1][0].date == D(2013, 5, 1)
    # Hankook Ilbo, 18 September 2016 (batch `xa…`): a lead about today, then the 12th told in passing; "이날" stays today
    quake = ["국민안전처와 기상청은 경주 5.8 지진으로 인한 여진이 18일 오후 5시까지 총 356회 발생했다고 밝혔다.",
             "비교적 강한 규모인 4.0~5.0 여진은 12일 규모 5.8의 본진(本震) 직후 가장 먼저 일어난 여진이었다.",
             "이날까지 집계된 지진 관련 부상자는 23명으로 이 중 14명이 골절과 어지럼증 등을 호소하며 병원에 입원해 있다."]
    assert _read(quake, D(2016, 9, 18))[2][0].date == D(2016, 9, 18)


def test_a_weekday_in_figures_told_weekday_by_weekday_is_no_day():
    # Joongdo Ilbo, 12 August 2007, and a 11 July 2022 story (batch `xj…`): returns by weekday, any week's
    for sentence, published in (("이는 목요일 0.51%, 월요일과 화요일 각각 0.28% 오른 것과 대조적이다.", D(2007, 8, 12)),
                                 ("이중 총 25번의 월요일에서 코스피 지수는 19번 하락했다.", D(2022, 7, 11))):
        assert not [e for e in find_time_expressions(sentence, published) if "요일" in e.text]
    # a weekday told as a day still is one (Dong-A, 18 September 2025, batch `vl…`): this Saturday
    rain = find_time_expressions("비는 토요일 오전에 대부분 그치겠지만, 동풍의 영향을 받는 강원 동해안은 일요일(21일) 오전까지 비가 이어지겠다.",
                                 D(2025, 9, 18))
    assert rain[0].date == D(2025, 9, 20)


def test_a_weekday_told_in_the_past_before_its_day_is_that_day():
    # Joongdo Ilbo, 12 August 2007 (batch `xj…`): "수요일이었던 이달 1일" is the 1st, a Wednesday, not the 8th
    found = find_time_expressions("수요일이었던 이달 1일 외국인의 대량 매도로 코스피지수가 76.82포인트(3.97%) 급락했으며 "
                                  "수요일인 올해 2월28일과 3월14일에도 코스피지수가 각각 떨어졌다.", D(2007, 8, 12))
    assert [(e.text, e.date) for e in found[:2]] == [("수요일", D(2007, 8, 1)), ("이달 1일", D(2007, 8, 1))]


def test_days_out_of_days_are_counts():
    # a story of 11 July 2022 on weekday returns (batch `xj…`): "26일 중 13일" are so many trading days
    found = find_time_expressions("이어 목요일은 26일 중 13일(50%) 떨어졌다.", D(2022, 7, 11))
    assert [e.text for e in found] == ["목요일"]  # (the weekday alone is this article's context's to judge)


def test_a_lunar_date_is_the_solar_day_it_falls_on():
    # Ilgan Gwangju, 26 February 2018 (batch `xi…`): the eve of 정월대보름, lunar 1/14, fell on 1 March 2018
    found = find_time_expressions("정월대보름을 하루 앞둔 음력 1월 14일에 여는 민속축제 백미는 달집태우기.", D(2018, 2, 26))
    assert [(e.text, e.date) for e in found] == [("정월대보름", D(2018, 3, 2)), ("음력 1월 14일", D(2018, 3, 1))]
    # a 2019 roundup (batch `xi…`): "정월 대보름" spelt in two words, and its 당일
    day = find_time_expressions("문화재청 창경궁관리소는 정월 대보름 당일  오전 9시부터 선착순으로 관람객 300명에게 "
                                "견과류가 든 부럼 주머니를 제공하고", D(2019, 2, 14))[0]
    assert (day.text.split()[:3], day.date) == (["정월", "대보름", "당일"], D(2019, 2, 19))


def test_a_day_that_alone_rolls_into_next_month_goes_on_in_the_schedule_told_ahead():
    # Interview365, 18 June 2014 (civic_news c249, development): the Pope's August visit, day by day
    sentences = ["한국을 국빈 방문하는 프란치스코 교황은 오는 8월 14일 오전 10시30분 경기도 성남 서울공항을 통해 입국해 4박5일 동안 "
                 "머물며 4차례 미사를 집전한다.",
                 "방한 2일째인 15일에는 대전월드컵경기장에서 열리는 성모승천대축일 미사에 참석해 강론을 한다."]
    assert _read(sentences, D(2014, 6, 18))[1][0].date == D(2014, 8, 15)


def test_a_day_awaited_does_not_carry_its_month_to_the_day_before_it():
    # c252 of civic_news (development), 7 March 2002: the last trial run on the 8th, before the 3 April opening
    found = find_time_expressions("4월 3일 개항을 앞두고 있는 양양국제공항의 최종 종합시험운영이 8일 강원도 양양군 손양면 "
                                  "양양국제공항 현지에서 실시된다.", D(2002, 3, 7))
    assert [(e.text, e.date) for e in found] == [("4월 3일", D(2002, 4, 3)), ("8일", D(2002, 3, 8))]


def test_the_day_of_a_happening_just_told_is_that_day():
    # Dong-A, 25 October 2002 (batch `xj…`): "대회 당일" is the marathon's day, told the sentence before
    sentences = ["동아일보 2002경주오픈마라톤대회가 27일 오전 10시 경주세계문화엑스포 국기광장에서 열린다.",
                 "대회 당일 기온은 3∼13도로 약간 쌀쌀한 편."]
    assert _read(sentences, D(2002, 10, 25))[1][0].date == D(2002, 10, 27)


def test_a_day_before_a_statement_quoted_in_old_brackets_is_when_it_was_said():
    # Hankook Ilbo, 5 October 1996 (batch `xh…`): "4일 『…』고 밝혀 … 보인다" is the 4th just gone
    found = find_time_expressions("12·12 및 5·18사건 항소심 재판부인 서울고법 형사1부(재판장 권성 부장판사)는 4일 『재판의 효율적인 "
                                  "진행을 위해 2∼5차공판을 주 2회 열겠다』고 밝혀 항소심 재판이 신속하게 진행될 것으로 보인다.",
                                  D(1996, 10, 5))
    assert [(e.text, e.date) for e in found] == [("4일", D(1996, 10, 4))]


def test_a_day_a_plan_was_just_moved_to_is_ahead():
    # Hankook Ilbo, 5 October 1996 (batch `xh…`): "24일 이후로 미뤄졌다" is the 24th to come, not the one gone by
    found = find_time_expressions("이에따라 2∼5차공파은 14, 17, 21, 24일 각각 열리며, 10일 1차공판이 예정된 비자금사건의 "
                                  "2차공판은 24일 이후로 미뤄졌다.", D(1996, 10, 5))
    assert found[-1].text.startswith("24일") and found[-1].date == D(1996, 10, 24)


def test_a_holiday_s_eve_told_as_a_day_before_it():
    # a 2019 roundup of 정월대보름 events (batch `xi…`): "정월대보름 하루 전인 18일"
    found = find_time_expressions("전남 함평군은 정월대보름 하루 전인 18일 오후 4시 30분부터 월야면 달맞이공원에서 세시풍속을 재현한다.",
                                  D(2019, 2, 14))
    assert [(e.text, e.date) for e in found] == [("정월대보름 하루 전", D(2019, 2, 18)), ("18일 오후", D(2019, 2, 18))]


def test_the_day_after_a_holiday_the_sentence_names():
    # JoongAng, 19 September 2012 (batch `xi…`): "추석 당일과 다음 날 오후" is 30 September and 1 October
    found = find_time_expressions("귀경길은 추석 당일과 다음 날 오후에 붐비겠지만 개천절(다음 달 3일) 징검다리 연휴로 교통량이 "
                                  "분산돼 예년에 비하면 체증이 덜할 전망이다.", D(2012, 9, 19))
    assert [(e.text, e.date) for e in found[:2]] == [("추석 당일", D(2012, 9, 30)), ("다음 날 오후", D(2012, 10, 1))]


def test_the_last_of_days_listed_bare_is_a_day_even_with_about():
    # iNews24, 13 September 2018 (batch `wa…`): the iPhone XR's launch narrowed to 16, 23 or 30 November
    found = find_time_expressions("아이폰XR의 경우 11월 16일과 23일 30일 정도로 좁힐 수 있다.", D(2018, 9, 13))
    assert [e.date for e in found] == [D(2018, 11, 16), D(2018, 11, 23), D(2018, 11, 30)]


def test_a_week_of_the_month_of_publication_is_this_month_s():
    # Gyeongnam News, 24 October 2018 (batch `xc…`): a fuel-tax cut worked out on the third week just gone
    found = find_time_expressions("10월 셋째주 전국 평균 휘발유가에 15% 인하를 적용할 경우 ℓ당 1686원에서 123원(7.3%) 내린 "
                                  "1563원이 된다.", D(2018, 10, 24))
    assert (found[0].date, found[0].end_date, found[0].precision) == (D(2018, 10, 15), D(2018, 10, 21), "week")


def test_this_day_is_not_a_day_that_describes_the_subject_of_the_lead():
    # MBN, 14 March 2017 (batch `wu…`): the by-election of 12 April dates the districts, not the story
    sentences = ["중앙선거관리위원회는 오는 4·12 재보궐선거가 치러지는 지역이 국회의원 1곳, 기초단체장 3곳, 광역의회의원 7곳, "
                 "기초의회의원 19곳 등 모두 30곳으로 확정됐다고 14일 밝혔다.",
                 "이날을 시작으로 제19대 대통령선거의 선거일 전 30일까지 실시사유가 확정된 재보선은 대선 선거일에 동시 실시한다."]
    assert _read(sentences, D(2017, 3, 14))[1][0].date == D(2017, 3, 14)


def test_the_same_day_after_this_day_in_one_sentence_is_that_day():
    # Hankook Ilbo, 18 September 2016 (batch `xa…`): the last aftershock as of 5 p.m. "이날", at 4:27 p.m. "같은 날"
    found = find_time_expressions("이날 오후 5시 기준 가장 마지막 여진은 같은 날 오후 4시27분 경북 경주시 남남서쪽 10㎞ 지역에서 "
                                  "일어난 규모 2.4 지진이었다.", D(2016, 9, 18))
    assert [(e.text, e.date) for e in found] == [("이날 오후", D(2016, 9, 18)), ("같은 날 오후", D(2016, 9, 18))]


def test_a_bare_weekday_in_an_article_of_figures_by_weekday_is_no_day():
    # Joongdo Ilbo, 12 August 2007 (batch `xj…`): after "요일별 … 등락률", "수요일도" is any Wednesday; "금요일인 이달
    # 10일" is still the 10th
    sentences = ["12일 대신증권이 올 들어 이달 10일까지 요일별 코스피지수 등락률을 조사한 결과, 수요일과 금요일에는 지수가 평균 "
                 "0.19%, 0.03% 하락한 것으로 나타났다.",
                 "금요일인 이달 10일 글로벌 신용경색 우려가 불거지면서 코스피지수가 80.19(4.20%) 급락했다.",
                 "수요일도 시황이 좋지 않았다."]
    read = _read(sentences, D(2007, 8, 12))
    assert D(2007, 8, 10) in [e.date for e in read[1] if "요일" in e.text] and read[2] == []


def test_a_range_whose_end_is_glossed_by_the_name_of_its_day():
    # Ulsan BBS, 3 May 2012 (batch `xi…`): "2일부터 오는 28일 '부처님오신날'까지" is one span
    found = find_time_expressions("부처님오신날 봉축위원회는 2일부터 오는 28일 '부처님오신날'까지를 봉축 기간으로 정하고 다양한 "
                                  "봉축행사 일정을 발표했습니다.", D(2012, 5, 3))
    spans = [(e.date, e.end_date) for e in found if e.text.startswith("2일")]
    assert spans == [(D(2012, 5, 2), D(2012, 5, 28))]


def test_the_same_month_names_the_month_told_before():
    # Hankyung, 4 March 2003 (batch `xj…`): "지난달 … 분석한 결과" then "같은 달 코스닥 지수도": February
    sentences = ["LG증권 강현철 연구원은 지난달 거래소시장 종합주가지수 요일별 흐름을 분석한 결과 월요일 평균 주가 상승률은 "
                 "2.5%로 가장 높다고 말했다.",
                 "같은 달 코스닥 지수도 월요일 1.4%, 화요일 -0.9%, 수요일 0.0%, 목요일 -0.2%, 금요일 -1.1%로 나타났다."]
    same = _read(sentences, D(2003, 3, 4))[1]
    assert [(e.text, e.date, e.end_date, e.precision) for e in same] == [("같은 달", D(2003, 2, 1), D(2003, 2, 28), "month")]
    assert _read(sentences[1:], D(2003, 3, 4))[0] == []  # with no month told before, it names none


def test_a_day_after_every_so_often_recurs():
    # a blog on the 4.5-day week, September 2025 (m01.khee9531.com): "2주마다 금요일" is every other Friday, no day
    assert find_time_expressions("격주 주 4일제: 2주마다 금요일 휴무", D(2025, 9, 15)) == []


def test_a_close_told_against_the_day_or_trading_day_before():
    # Money S, Monday 23 October 2017 (batch `xl…`): "전 거래일 종가" is Friday's close
    monday = only("23일 서울 외환시장에서 오후 3시30분 기준 원/달러 환율은 전 거래일 종가 대비 0.8원 하락한 1130.2원에 거래를 "
                  "마쳤다.", D(2017, 10, 23), "전 거래일")
    assert (monday.date, monday.precision) == (D(2017, 10, 20), "day")
    # Aju, 3 April 2018: "전일보다" counts from the day the sentence names
    before = only("3일 서울 외환시장에서 원·달러 환율은 전일보다 2.4원 내린 달러당 1054.2원에 거래를 마쳤다.", D(2018, 4, 3), "전일")
    assert before.date == D(2018, 4, 2)


def test_a_span_whose_ends_both_carry_a_clock_time():
    # Korea Economic TV (Hankyung), 6 December 2024 (batch `xm…`): the impeachment vote's window is one span
    found = find_time_expressions("탄핵안은 국회법에 따라 보고 이후 24시간에서 72시간 이내에 표결이 이뤄져야 해 6일 0시 48분부터 8일 0시 "
                                  "48분까지 표결이 가능하다.", D(2024, 12, 6))
    assert [(e.date, e.end_date, e.precision) for e in found] == [(D(2024, 12, 6), D(2024, 12, 8), "day")]
    # a deadline with its clock time after a report's day is no span's end ("20일 … 19일 자정까지", KLUE `vz046`)
    alone = find_time_expressions("20일 서울여대 총학생회 공식 페이스북에 따르면, 학생회 측은 학교 축제를 위해 19일 자정까지 "
                                  "청소노동자들에게 현수막을 치워줄 것을 요구했다.", D(2015, 6, 15))
    assert [e.date for e in alone if e.text.startswith("19일")] == [D(2015, 5, 19)]


def test_days_grown_or_shrunk_are_counts():
    # a byzzlee.com copy of a story of 29 January 2019 (batch `xn…`): the 설 travel periods' lengths, no days
    found = find_time_expressions("귀성길은 지난해 2일에서 4일로 늘어나 교통량 분산으로 소요 시간이 줄어드는 반면, 귀경 기간은 지난해 "
                                  "3일에서 2일로 줄어 소요 시간도 늘어날 것으로 예상된다.", D(2019, 1, 29))
    assert [e.text for e in found if e.precision == "day"] == []


def test_a_month_or_quarter_whose_indicators_are_released_is_over():
    # Hankyung, 28 October 2013 (batch `xn…`): September's figures come out in October, and the 29th stays October's
    found = find_time_expressions("28일에는 9월 산업생산, 29일에는 9월 소매판매 지표가 발표된다.", D(2013, 10, 28))
    assert [(e.text, e.date) for e in found] == [("28일", D(2013, 10, 28)), ("9월", D(2013, 9, 1)),
                                                 ("29일", D(2013, 10, 29)), ("9월", D(2013, 9, 1))]
    # Hankyung, 24 July 2016: "2분기 미국 경제성장률" (one word says whose figures) is the quarter just over
    growth = only("이번주 뉴욕 증시는 연방공개시장위원회(FOMC) 정례회의와 2분기 미국 경제성장률, 기업 실적 등에 좌우될 전망이다.",
                  D(2016, 7, 24), "2분기")
    assert (growth.date, growth.end_date) == (D(2016, 4, 1), D(2016, 6, 30))
    # a particle is no such word: "29일에 실적 공시를 한다" (dev row `vg066`, 27 October 2025) is ahead
    assert only("요즘 주가가 많이 뛰고 있는 SK하이닉스는 29일에 실적 공시를 한다.", D(2025, 10, 27), "29일").date == D(2025, 10, 29)


def test_a_month_a_premiere_was_pushed_back_to_is_ahead():
    # OSEN, 15 February 2014 (batch `xm…`): "3월로 쑥 밀려났다" is the coming March, not last year's
    pushed = only("'따뜻한 말 한마디' 후속 '신의 선물 - 14일'은 2월 중 첫 방송 될 계획이었지만 동계올림픽의 여파로 인해 3월로 쑥 "
                  "밀려났다.", D(2014, 2, 15), "3월")
    assert (pushed.date, pushed.precision) == (D(2014, 3, 1), "month")


def test_a_day_something_is_scheduled_for_is_ahead_unless_the_plan_was_told_before():
    # a mgtv24.com copy of a story of March 2025 (batch `xm…`): "발인은 16일로 예정됐다" is the coming 16th
    funeral = only("고인의 빈소는 오는 14일 삼성서울병원 장례식장에 마련되며, 발인은 16일로 예정됐다.", D(2025, 3, 13), "16일")
    assert funeral.date == D(2025, 3, 16)
    # "당초 18일로 예정됐던" (dev row `vg047`, 22 November 2017): a plan told before, its day gone by
    moved = only("당초 18일로 예정됐던 경희대ㆍ연세대 등의 논술고사는 수능 직후인 25일(토) 실시될 예정이다.", D(2017, 11, 22), "18일")
    assert moved.date == D(2017, 11, 18)


def test_a_day_told_with_jinan_or_oneun_ends_a_schedule_of_another_month():
    # OSEN, 15 February 2014 (batch `xm…`): after March's premiere days, "지난 10일" brings the story back to February,
    # so "17일", "18일", "24일" are this month's
    sentences = ["'쓰리데이즈'의 첫 방송일은 3월 5일 또는 12일이 될 것으로 전망된다.",
                 "지난 10일 종영 예정이었던 SBS 월화드라마 '따뜻한 말 한마디'는 동계올림픽 직격탄을 맞은 작품.",
                 "19회를 17일에 방송하고, 20회는 18일이 아닌 24일로 미룬다."]
    assert [e.date for e in _read(sentences, D(2014, 2, 15))[2]] == [D(2014, 2, 17), D(2014, 2, 18), D(2014, 2, 24)]


def test_this_day_after_a_day_in_a_clause_describing_the_topic_is_the_storys():
    # Money Today, 8 June 2023 (batch `xl…`): "지난 6일 … 발생한 '구촐'은" describes the typhoon; "이날" is the 8th
    sentences = ["8일 기상청은 정례 예보 브리핑을 열고 \"태풍 '구촐'은 현재 필리핀 동쪽에서 북진과 서진을 반복하며 발달 단계에 있다\"며 "
                 "\"향후 오키나와 남동쪽 일본 해상을 통과할 것으로 보인다\"고 밝혔다.",
                 "지난 6일 오후 9시쯤 발생한 '구촐'은 태풍 강도 분류상 '분류없음' 단계로 북진·서진하다 이날 오전 9시를 기해 '중' "
                 "단계로 격상됐다."]
    read = _read(sentences, D(2023, 6, 8))[1]
    assert [(e.text, e.date) for e in read] == [("지난 6일 오후", D(2023, 6, 6)), ("이날 오전", D(2023, 6, 8))]


def test_a_weekday_heading_a_broadcast_slot_is_no_day():
    # Maeil, 28 May 2013 (batch `xm…`): the drama moves from a Sunday-night slot to a Wednesday 11:20 pm one
    assert find_time_expressions("드라마스페셜은 지난 시즌 인기를 반영하듯 일요일 심야 시간대에서 수요일 오후 11시 20분이라는 황금 "
                                 "시간대에 파격 편성됐다.", D(2013, 5, 28)) == []
    # Sports Q, Monday 28 April 2014: "월요일 심야 예능프로그램" is the slot; "다음날" is still the 29th
    found = find_time_expressions("월요일 심야 예능프로그램 SBS '힐링캠프- 기쁘지 아니한가'와 KBS 2TV '대국민 토크쇼 안녕하세요'가 "
                                  "편성돼 있으며 다음날 방송되는 SBS '심장이 뛴다'는 2안으로 채택된 상황이다.", D(2014, 4, 28))
    assert [(e.text, e.date) for e in found] == [("다음날", D(2014, 4, 29))]


def test_a_start_from_which_something_became_possible_may_be_ahead():
    # a mgtv24.com copy of a story of March 2025 (batch `xm…`), the day before the funeral hall opened
    opened = only("가수 고(故) 휘성의 빈소가 마련된 가운데 14일부터 조문이 가능해졌다.", D(2025, 3, 13), "14일")
    assert opened.date == D(2025, 3, 14)


def test_a_day_compared_with_today_is_not_today():
    # Dailian, 1 July 2022 (batch `xl…`): "토요일인 2일은 오늘보다 … 오르고": Saturday is compared with today
    found = find_time_expressions("토요일인 2일은 오늘보다 기온이 더 오르고 '무더위'가 찾아오겠다.", D(2022, 7, 1))
    assert [(e.text, e.date) for e in found if e.text == "오늘"] == [("오늘", D(2022, 7, 1))]
    assert [e.date for e in found if e.text == "2일"] == [D(2022, 7, 2)]


def test_this_week_in_a_sunday_preview_is_the_coming_week():
    # Hankyung, Sunday 24 July 2016 (batch `xn…`): the week previewed is 25-31 July
    week = only("이번주 뉴욕 증시는 연방공개시장위원회(FOMC) 정례회의와 2분기 미국 경제성장률, 기업 실적 등에 좌우될 전망이다.",
                D(2016, 7, 24), "이번주")
    assert (week.date, week.end_date, week.precision) == (D(2016, 7, 25), D(2016, 7, 31), "week")


def test_a_report_day_before_an_adverb_and_the_reporting_verb_is_when_it_was_said():
    # Dong-A's video studio, 5 June 2018 (batch `xo…`): "4일 … 열린다고 공식 발표했다": the 4th is the announcement's day,
    # the 12th the summit's
    found = find_time_expressions("미국 백악관은 4일 역사적인 북미 정상회담이 싱가포르 현지 시각 12일 오전 9시(한국 시각 오전 10시)에 "
                                  "열린다고 공식 발표했다.", D(2018, 6, 5))
    assert [e.date for e in found] == [D(2018, 6, 4), D(2018, 6, 12)]


def test_a_day_of_a_plan_told_as_it_stood_may_have_been_due_lately():
    # Sports Q, 24 October 2017 (batch `xm…`): the drama that was to start on the 23rd was put off; the 23rd is yesterday
    planned = only("23일부터 MBC는 새 아침드라마 '역류'를 편성할 예정이었다.", D(2017, 10, 24), "23일")
    assert planned.date == D(2017, 10, 23)


def test_a_year_written_without_its_nyeon_dates_the_month_after_it():
    # civic dev c400, 18 October 2023: "… 1923 6월 1일 개교했다", a school's history, not this June
    found = only("성산 공립 보통학교설립인가와 함께 1923 6월 1일 개교했다.", D(2023, 10, 18), "1923 6월 1일")
    assert (found.date, found.precision) == (D(1923, 6, 1), "day")


def test_a_span_from_a_day_to_this_day_ends_on_the_storys_day():
    # Daum (Yonhap), 3 May 2021, and Asia Today, 3 July 2022 (batch `xq…`): "이날" closing a span opened by a day is
    # the story's day, not the opening day again
    week = only("지난달 27일부터 이날까지 최근 1주일간 발생한 신규 확진자는 일별로 512명→769명→679명→661명→627명→606명→488명이다.",
                D(2021, 5, 3), "지난달 27일부터 이날까지")
    assert (week.date, week.end_date) == (D(2021, 4, 27), D(2021, 5, 3))
    found = find_time_expressions("이날 신규 확진자 중 해외 유입 사례가 191명으로, 지난 24일(113명) 이후 이날까지 10일 연속 "
                                  "세자릿수다.", D(2022, 7, 3))
    assert [(e.text, e.date) for e in found] == [("이날", D(2022, 7, 3)), ("지난 24일", D(2022, 6, 24)),
                                                 ("이날", D(2022, 7, 3))]


def test_weekdays_of_a_timetable_are_kinds_of_day():
    # Dong-A 2008, Aju 2010 and Seoul Shinmun 2010 (batch `xp…`): a weekday heading a time slot or listed with 공휴일 says
    # when a train runs any week; a tendency told of weekends (Korea Economic TV 2022, batch `xq…`) names none
    for published, sentence in (
            (D(2008, 10, 27), "코레일에 따르면 경부선 KTX는 이용객이 집중되는 금요일 저녁시간대 서울~부산 간 하행선 열차가 1회 신설된다."),
            (D(2010, 3, 28), "한편 수도권 광역전철은 모든 전철의 일요일·공휴일 첫차 시각을 30분 앞당긴다."),
            (D(2010, 3, 28), "아울러 수도권 광역전철은 모든 전철의 일요일(공휴일 포함) 첫차 출발시각을 현재보다 30분 앞당긴다."),
            (D(2022, 7, 3), "주말과 휴일에는 검사 건수가 줄어 코로나19 확진자 수도 감소하는 경향이 있다.")):
        assert find_time_expressions(sentence, published) == [], sentence
    # a weekday told alone in the same kind of news is still a day (Hankyung 2017, batch `xr…`)
    found = find_time_expressions("토요일 서울의 낮 기온 28도, 대전 29도로 예상되고, 일요일에는 토요일과 비슷하거나 조금 더 낮은 "
                                  "기온을 보이겠다.", D(2017, 8, 24))
    assert [e.date for e in found] == [D(2017, 8, 26), D(2017, 8, 27), D(2017, 8, 26)]


def test_counts_of_days_with_a_particle_or_a_gloss_are_lengths():
    # a vntv.net copy of YTN, 29 August 2017 (batch `xp…`), and Domin Ilbo, 6 August 2020 (batch `xr…`)
    for published, sentence in (
            (D(2017, 8, 29), "다만 개통 후 29일 동안은 하루에 95명씩을 역사와 열차에 추가 투입해 안전 관리를 철저히 할 방침입니다."),
            (D(2020, 8, 6), "이미 A씨가 산으로 들어간 지 4일이나 지났지만 살아있을 것이라는 실낱같은 희망을 가지고 수색하던 중, "
                            "이틀만에 산 속에서 A씨를 발견하여 안전하게 가족에게 인계하였다.")):
        assert find_time_expressions(sentence, published) == [], sentence
    found = find_time_expressions("경주경찰서는 7월 28일 집을 나간 후 귀가치 않은 실종자를 경주시 소재 봉서산에서 실종 5일(수색 "
                                  "2일차)만에 안전하게 발견하였다.", D(2020, 8, 6))
    assert [(e.text, e.date) for e in found] == [("7월 28일", D(2020, 7, 28))]


def test_a_count_of_days_a_period_had_is_a_length():
    # hankyung.com/article/2004031626401 (batch `yq…`): "13일이던 세일 기간" is how long last spring's sale ran
    found = find_time_expressions("지난해 봄 세일 때 13일이던 세일 기간은 이번엔 17일로 늘어났다.", D(2004, 3, 16))
    assert [e.text for e in found] == ["지난해 봄"]


def test_a_weekday_after_a_week_counted_back_is_that_weeks_day():
    # Nocut, Tuesday 16 November 2021 (batch `xq…`): the Tuesday a week before is the 9th
    found = find_time_expressions("주말 직후임에도 2천 명을 넘긴 전날(2006명)보다 119명이 늘었고, 1주일 전 화요일(9일·1715명)과 비교하면 "
                                  "410명이 더 많다.", D(2021, 11, 16))
    tuesday = [e for e in found if "화요일" in e.text]
    assert [(e.text, e.date, e.precision) for e in tuesday] == [("1주일 전 화요일", D(2021, 11, 9), "day")]


def test_this_day_after_a_lead_reporting_another_day_is_the_reports_day():
    # Dong-A's video studio, 5 June 2018 (batch `xo…`): the White House announced on the 4th a summit on the 12th;
    # "이날" in the next sentence is the 4th, the day of the report
    lead = ("미국 백악관은 4일 역사적인 북미 정상회담이 싱가포르 현지 시각 12일 오전 9시(한국 시각 오전 10시)에 열린다고 공식 "
            "발표했다.")
    later = "백악관은 이날 북미 정상회담 개최 장소를 구체적으로 밝히지 않았으나 샹그릴라 호텔이 거의 확실시된다."
    read = _read([lead, later], D(2018, 6, 5))
    assert [e.date for e in read[0]] == [D(2018, 6, 4), D(2018, 6, 12)]
    assert [(e.text, e.date) for e in read[1]] == [("이날", D(2018, 6, 4))]


def test_weekends_of_a_practice_kept_up_till_now_are_any_weekend():
    # Hankook Ilbo, 31 May 1999 (batch `xp…`): "주말에만 운영돼온 임시열차": trains run on weekends so far, any weekend
    found = find_time_expressions("이밖에 주말에만 운영돼온 임시열차가 요일별로 정례화해 일요일 51회, 토요일 49회, 공휴일 33회, "
                                  "금요일 15회, 공휴일 13회, 월요일 5회 각각 추가 투입된다.", D(1999, 5, 31))
    assert [e.text for e in found if "주말" in e.text] == []
    # a weekend told plainly is still this week's (dates.tsv d163)
    assert only("주말에는 전국에 비가 내리겠다.", D(2025, 9, 10), "주말").date == D(2025, 9, 13)


def test_this_day_after_days_gone_by_since_a_day_is_the_storys_day():
    # SBS, 17 September 2016 (batch `xa…`): six days after the quake of the 12th, "이날 밤사이" is the 17th
    found = find_time_expressions("지난 12일 한반도를 뒤흔든 경주 지진 이후 엿새가 지났음에도 규모 3.0 이하 여진이 이날 밤사이 시간당 "
                                  "1~2차례씩 지속되고 있는 것이다.", D(2016, 9, 17))
    assert [(e.text, e.date) for e in found] == [("지난 12일", D(2016, 9, 12)), ("이날", D(2016, 9, 17))]


def test_the_day_after_that_day_of_a_yearly_rule_recurs():
    # Yongin city council's rules, 27 July 2021 (batch `wq…`): "그 다음날" of a session held every year is no single day
    rule = "- 매년 2회(1차:6.10 , 2차:11.21)에 집회하되 그날이 공휴일인 때는 그 다음날에 집회됨 (자치법 제41조)"
    assert [e.text for e in find_time_expressions(rule, D(2021, 7, 27)) if "다음날" in e.text] == []
    # a 다음날 of a day a forecast names is still counted from it (Hankyung, 4 November 2011, batch `vl…`)
    found = find_time_expressions('기상청은 "금요일인 4일 밤부터 남해안 지방에서 비가 시작돼 다음날 전국으로 확대된 뒤 일요일인 6일 '
                                  '오후부터 개겠다"고 4일 예보했다.', D(2011, 11, 4))
    assert [(e.text, e.date) for e in found if "다음날" in e.text] == [("다음날", D(2011, 11, 5))]


def test_days_listed_together_stay_in_one_month_when_one_was_not_told_before():
    # Hankook Ilbo, 1 September 2021 (batch `xt…`): after "12월 9일까지", the speeches "8일 …, 9일 …" are September's
    sentences = ["먼저 올해 정기국회는 이날부터 12월 9일까지 100일 간 열린다.",
                 "교섭단체 대표연설은 8일 윤호중 민주당 원내대표, 9일 김기현 국민의힘 원내대표가 한다."]
    read = _read(sentences, D(2021, 9, 1))
    assert [(e.text, e.date) for e in read[1]] == [("8일", D(2021, 9, 8)), ("9일", D(2021, 9, 9))]


def test_last_week_told_on_a_sunday_is_the_week_ending_that_day():
    # Hankyung, Sunday 14 December 2014 (batch `xu…`): 제일모직's subscription of 10-11 December was "지난주"
    week = only("상장 예비기업들이 지난주 공모주 청약을 한 제일모직을 피해 일정을 잡은 결과다.", D(2014, 12, 14), "지난주")
    assert (week.date, week.end_date, week.precision) == (D(2014, 12, 8), D(2014, 12, 14), "week")
    # the same sentence read on a Friday: last week is the Monday-Sunday week before this one
    assert only("상장 예비기업들이 지난주 공모주 청약을 한 제일모직을 피해 일정을 잡은 결과다.", D(2014, 12, 12), "지난주").date \
        == D(2014, 12, 1)


def test_at_least_so_many_days_is_a_count():
    # Maeil, 29 August 2016 (batch `xv…`): "대학별로 3일 이상 한다" is a length of the application window
    found = find_time_expressions("전국 4년제 대학 수시모집 원서접수는 9월 12~21일 중 대학별로 3일 이상 한다.", D(2016, 8, 29))
    assert [(e.text, e.date, e.end_date) for e in found] == [("9월 12~21일", D(2016, 9, 12), D(2016, 9, 21))]


def test_the_month_a_fiscal_year_closes_is_a_kind_of_company():
    # trenue.com's copy of a story of 5 December 2023 (batch `xu…`): "12월 결산 상장사" names no December
    found = find_time_expressions("금융감독원은 12월 결산 상장사 2267곳 중 28.1%인 636곳이 ‘선 배당액 확정, 후 배당기준일’ 집행을 위한 "
                                  "정관 정비를 완료했다고 5일 밝혔다.", D(2023, 12, 5))
    assert [(e.text, e.date) for e in found] == [("5일", D(2023, 12, 5))]


def test_a_month_before_a_holiday_picks_the_holiday():
    # Seoul Shinmun, 1 September 2010 (batch `xt…`): "9월 추석연휴" is the three days of 2010's 추석 (21-23 September)
    hol = only("여야는 당초 9월 추석연휴 직후 국감을 진행하는 방안을 검토했으나 민주당 전당대회가 10월3일로 늦춰지면서 일정을 조정했다.",
               D(2010, 9, 1), "9월 추석연휴")
    assert (hol.date, hol.end_date, hol.precision) == (D(2010, 9, 21), D(2010, 9, 23), "day")


def test_dates_inside_a_schedule_decided_are_the_schedules():
    # Kookmin Ilbo, 19 August 2022 (batch `xt…`): the session agreed on is ahead, though 확정했다 is past
    span = only("여야가 9월 1일부터 12월 9일까지 100일간의 정기국회 일정을 확정했다.", D(2022, 8, 19), "9월 1일부터 12월 9일까지")
    assert (span.date, span.end_date) == (D(2022, 9, 1), D(2022, 12, 9))
    # Daily Hankook, 13 August 2019 (batch `xt…`): the days of a plan drawn up ("… 청취하는 방안을 마련했다")
    found = find_time_expressions("정 원내대변인에 따르면 국회사무처는 9월 2일 정기국회 개회식, 같은 달 3~5일 또는 4~6일 교섭단체 대표연설, "
                                  "같은 달 17~20일 대정부질문을, 9월 30일부터 10월 18일까지는 국정감사를, 10월 24일에는 내년도 예산안에 "
                                  "대한 정부의 시정연설을 청취하는 방안을 마련했다.", D(2019, 8, 13))
    assert [e.date for e in found if e.text in ("9월 2일", "10월 24일")] == [D(2019, 9, 2), D(2019, 10, 24)]
    # the bare day right after the deciding subject is the day it decided (Maeil, 18 January 2018, batch `vm…`)
    assert only("한국프로축구연맹은 17일 2018 K리그 클래식 정규라운드(1라운드~33라운드) 일정을 확정, 발표했다.", D(2018, 1, 18),
                "17일").date == D(2018, 1, 17)


def test_a_span_of_days_of_the_same_month_keeps_its_length():
    # Daily Hankook, 13 August 2019 (batch `xt…`): "같은 달 17~20일" after "9월 2일" is 17-20 September
    found = find_time_expressions("정 원내대변인에 따르면 국회사무처는 9월 2일 정기국회 개회식, 같은 달 3~5일 또는 4~6일 교섭단체 대표연설, "
                                  "같은 달 17~20일 대정부질문을, 9월 30일부터 10월 18일까지는 국정감사를, 10월 24일에는 내년도 예산안에 "
                                  "대한 정부의 시정연설을 청취하는 방안을 마련했다.", D(2019, 8, 13))
    assert [(e.date, e.end_date) for e in found if "~" in e.text] == [
        (D(2019, 9, 3), D(2019, 9, 5)), (D(2019, 9, 4), D(2019, 9, 6)), (D(2019, 9, 17), D(2019, 9, 20))]


def test_the_publication_day_told_done_is_not_a_schedules_day_ahead():
    # Hankook Ilbo, 1 September 2021 (batch `xt…`): after "다음달 1~21일", "1일 … 합의했다" is the day of the agreement
    read = _read(["문재인 정부 마지막 국정감사가 다음달 1~21일 실시된다.",
                  "한병도 더불어민주당 수석부대표와 추경호 국민의힘 원내수석부대표는 1일 이런 내용의 정기국회 의사 일정에 합의했다."],
                 D(2021, 9, 1))
    assert [(e.text, e.date) for e in read[1]] == [("1일", D(2021, 9, 1))]


def test_seol_coordinated_with_another_holiday_is_the_holiday():
    # launchdog.kr's copy of a 2019 roundup (batch `xi…`): "설과 정월 대보름을 맞아" names 설 of 2019 (5 February)
    found = find_time_expressions("전주역사박물관이 설과 정월 대보름을 맞아 '세시풍속 한마당'을 마련했다.", D(2019, 2, 14))
    assert [(e.text, e.date) for e in found][0] == ("설", D(2019, 2, 5))


def test_a_dotless_span_of_dotted_days_in_a_gloss():
    # Korea Economic TV (Yonhap), 3 July 2022 (batch `xq…`): "직전 주(6.20∼26·7천79명)" is 20-26 June
    found = find_time_expressions("지난달 27일부터 일주일간 일일 신규 확진자 수는 3천423명→9천894명→1만455명→9천591명→9천528명→1만715명→"
                                  "1만59명으로 하루평균 9천95명을 기록했으며 이는 직전 주(6.20∼26·7천79명)보다 2천명 이상 많다.",
                                  D(2022, 7, 3))
    assert [(e.date, e.end_date) for e in found if e.text.startswith("6.20")] == [(D(2022, 6, 20), D(2022, 6, 26))]


def test_the_day_an_order_takes_effect_is_not_placed_by_the_reporting_verb():
    # Maeil, 10 February 2020 (batch `xs…`): "인사이동 명령이 24일자로 나온 바 있다" is effective on the 24th, ahead
    found = find_time_expressions("선고 공판 날짜는 아직 나오지 않았으나, 최근 법관 인사이동 명령이 24일자로 나온 바 있다.",
                                  D(2020, 2, 10))
    assert [e.date for e in found if e.text.startswith("24일")] == [D(2020, 2, 24)]


def test_a_day_told_as_of_with_bu_ro_is_read():
    # Ilyo Shinmun, 19 November 2013 (civic c557): "오는 21일부로 전기요금을 평균 5.4% 인상한다" is the 21st; the events
    # title leaves the as-of ending out
    sentence = ("산업통상자원부는 19일 한국전력공사가 제출한 전기공급약관변경안을 인가해 오는 21일부로 전기요금을 평균 5.4% "
                "인상한다고 밝혔다.")
    found = find_time_expressions(sentence, D(2013, 11, 19))
    assert [(e.text, e.date) for e in found] == [("19일", D(2013, 11, 19)), ("오는 21일", D(2013, 11, 21))]
    from digest.text.events import extract_events
    from digest.text.korean import split_sentences

    events = extract_events([[(s.text, s.tokens) for s in split_sentences(sentence)]], D(2013, 11, 19))
    [raised] = [e.title for e in events if e.start == D(2013, 11, 21)]
    assert "전기요금" in raised and not raised.startswith(("부로", "자로"))


def test_a_fiscal_year_glued_to_its_number_is_that_year_and_names_the_accounts():
    # zj080-zj087 (2 June 2025) and c953: "2024회계연도 세입·세출 결산" is 2024, a name's year; the session's day stays
    found = find_time_expressions("23일부터 25일까지는 2024회계연도 기금결산 및 예비비 승인 안을 심사한다.", D(2025, 6, 2))
    assert [(e.text, e.date, e.end_date, e.role) for e in found if "회계" in e.text] == [
        ("2024회계연도", D(2024, 1, 1), D(2024, 12, 31), "name")]
    found = find_time_expressions("이번 정례회에서는 2019회계년도 세입세출 결산을 심사한다.", D(2020, 6, 11))
    assert [(e.date, e.precision) for e in found] == [(D(2019, 1, 1), "year")]


def test_dotted_days_marked_by_their_weekday_are_read():
    # Money Today, 12 November 2020 (civic c1099): the Bank of Korea's meetings of the next year
    found = find_time_expressions("금융안정회의는 3.25(목), 6.22(화), 9.24(목), 12.23(목) 등 4차례 개최한다.", D(2020, 11, 12))
    assert [(e.text, e.date) for e in found][:2] == [("3.25", D(2021, 3, 25)), ("6.22", D(2021, 6, 22))]
    # a figure is no date: no weekday marks it
    assert find_time_expressions("경쟁률은 3.25 대 1을 기록했다.", D(2020, 11, 12)) == []


def test_a_later_month_of_a_timeline_ahead_is_not_one_gone_by():
    # Seoul Shinmun, 7 February 2011 (civic c1225): "‘초상화의 비밀’(9월 27일∼11월 6일)" after "(5월 3일∼8월 28일)" is
    # this autumn's, not last autumn's
    found = find_time_expressions("대규모 기획전은 ‘1600∼1800년 유럽의 장식미술’(5월 3일∼8월 28일), ‘초상화의 비밀’(9월 27일∼"
                                  "11월 6일)이 열린다.", D(2011, 2, 7))
    assert [(e.date, e.end_date) for e in found if e.text.startswith("9월")] == [(D(2011, 9, 27), D(2011, 11, 6))]
    # a forecast's day just ahead stays where its own reading put it (yp066: "10월 16일 절정을 이룰 것으로", 14 October)


def test_a_decision_told_as_had_been_made_dates_what_is_still_to_come():
    # Hankook Ilbo, 1 September 2021 (batch `xt…`): "27일 처리하기로 한 바 있다" is the 27th ahead, as "하기로 했다" is
    found = find_time_expressions("앞서 여야는 첨예한 갈등을 빚었던 언론중재법 합의안을 도출해 27일 처리하기로 한 바 있다.", D(2021, 9, 1))
    assert [(e.text, e.date) for e in found] == [("27일", D(2021, 9, 27))]


def test_a_span_of_weekdays_glossed_by_its_days_is_one_span():
    # Sisa Plus (Newsis), Saturday 5 August 2023 (batch `xr…`): "오는 월요일부터 화요일(7~8일)은" is 7-8 August
    found = find_time_expressions("5일 기상청에 따르면, 오는 월요일부터 화요일(7~8일)은 북태평양고기압의 가장자리에 들어 전국이 가끔 구름 "
                                  "많겠고, 강원영동은 흐리고 비가 내리겠다.", D(2023, 8, 5))
    assert [(e.text, e.date, e.end_date) for e in found][1:] == [
        ("오는 월요일부터 화요일(7~8일)", D(2023, 8, 7), D(2023, 8, 8))]


def test_weekdays_that_are_the_topic_of_a_clock_time_make_a_timetable():
    # Hankook Ilbo, 25 September 2012 (batch `xw…`): the postseason's kick-off times on Saturdays and Sundays, any week's
    found = find_time_expressions("포스트시즌 경기 개시시간은 평일 오후 6시, 토요일 및 일요일은 오후 2시다.", D(2012, 9, 25))
    assert [e.text for e in found if "요일" in e.text] == []
    # a weekday told with a clock time that is not the predicate is still a day (batch `xr…`, Saturday 5 August 2023)
    found = find_time_expressions("5일 기상청에 따르면, 오는 월요일부터 화요일(7~8일)은 북태평양고기압의 가장자리에 들어 전국이 가끔 구름 "
                                  "많겠고, 강원영동은 흐리고 비가 내리겠다.", D(2023, 8, 5))
    assert [e.date for e in found if "요일" in e.text] == [D(2023, 8, 7)]


def test_the_day_after_a_supposed_happening_names_no_day():
    # Herald, 28 September 2011 (batch `xw…`): "취소되면 다음날로 순연된다" is the day after any rained-off game
    assert find_time_expressions("포스트시즌 경기가 우천으로 취소되면 다음날로 순연된다.", D(2011, 9, 28)) == []
    # a source named with 따르면 is no condition: "전날" after it is still a day (News1, 10 December 2024, batch `wm…`)
    found = find_time_expressions("10일 제주지방기상청에 따르면 전날 밤 -1도 안팎의 기온을 보인 제주(북부)와 서귀포(남부)에서 올겨울 "
                                  "첫얼음이 관측됐다.", D(2024, 12, 10))
    assert [(e.text, e.date) for e in found if e.text.startswith("전날")] == [("전날 밤", D(2024, 12, 9))]


def test_the_year_before_last_is_two_years_back():
    # 무예뉴스, 9 May 2013 (batch `xx…`, event article c305): "재작년 첫 통합대회" is 2011
    found = find_time_expressions("그간 분리 개최해 왔던 엘리트 체육과 생활체육 대회를 통합한 재작년 첫 통합대회 이후 올해도 계속 이어가고 "
                                  "있으며, 직장 동호인 등을 고려해 토요일과 일요일을 포함해 대회가 진행된다.", D(2013, 5, 9))
    assert [(e.text, e.date, e.end_date) for e in found][:2] == [
        ("재작년", D(2011, 1, 1), D(2011, 12, 31)), ("올해", D(2013, 1, 1), D(2013, 12, 31))]


def test_a_quarter_a_company_briefs_on_is_the_one_past():
    # Hankyung, 12 October 2001 (batch `xx…`, c415): "3.4분기 기업설명회를 가질 예정" is on the third quarter of 2001
    found = find_time_expressions("SK텔레콤은 다음달초 컨퍼런스 콜과 함께 3.4분기 설명회를 가질 예정이며 포항제철은 오는 16일로 IR 날짜를 "
                                  "잡아놓고 있다.", D(2001, 10, 12))
    assert [(e.text, e.date) for e in found] == [
        ("다음달초", D(2001, 11, 1)), ("3.4분기", D(2001, 7, 1)), ("오는 16일", D(2001, 10, 16))]


def test_a_present_adnominal_before_de_ieo_orders_what_is_ahead():
    # the same story: "22일 … 컨퍼런스 콜을 가지는데 이어 … 가질 예정이다" is the 22nd ahead, although "실시했던" comes before
    found = find_time_expressions("작년 하반기부터 분기별 IR을 실시했던 삼성전자는 22일 외국 기관투자가들을 상대로 컨퍼런스 콜을 가지는데 "
                                  "이어 오후 증권거래소에서 3.4분기 기업설명회를 가질 예정이다.", D(2001, 10, 12))
    assert [(e.text, e.date) for e in found][1:] == [("22일", D(2001, 10, 22)), ("3.4분기", D(2001, 7, 1))]


def test_a_date_in_a_conditional_clause_is_of_something_supposed():
    # 한국시사저널, 13 July 2020 (batch `xx…`, c425): "8월초 … 부지가 결정되면" is early August 2020, not 2019
    found = find_time_expressions("8월초 청사건립 부지가 결정되면 11월까지 옥천군 신청사 건립 타당성 및 기본계획 수립 용역을 완료하고 "
                                  "2022년 기본 및 실시설계를 거쳐 2026년 준공을 목표로 하고 있다.", D(2020, 7, 13))
    assert [(e.text, e.date, e.end_date) for e in found][:2] == [
        ("8월초", D(2020, 8, 1), D(2020, 8, 10)), ("11월", D(2020, 11, 1), D(2020, 11, 30))]


def test_a_day_of_a_relative_clause_told_done_is_behind():
    # Korea Economic TV, 9 January 2013 (batch `xx…`, c211): "한전이 8일 제출한 변경안을 인가해 … 인상된다" is the 8th gone by
    found = find_time_expressions("지식경제부는 한전이 8일 제출한 전기공급약관 변경안을 인가해 오는 14일부터 전기요금이 평균 4.0% "
                                  "인상된다고 9일 밝혔습니다.", D(2013, 1, 9))
    assert [(e.text, e.date) for e in found] == [("8일", D(2013, 1, 8)), ("오는 14일", D(2013, 1, 14)), ("9일", D(2013, 1, 9))]


def test_a_part_of_a_month_with_no_month_is_of_the_month_at_hand():
    # Hankyung (Yonhap), 8 July 2002 (batch `xx…`, c417): "CJ39쇼핑이 중순께 실적을 발표하고" is mid-July
    found = find_time_expressions("코스닥 등록기업은 CJ39쇼핑이 중순께 실적을 발표하고 아시아나항공도 이달 말까지 실적집계를 마무리할 "
                                  "예정이다.", D(2002, 7, 8))
    assert [(e.text, e.date, e.end_date, e.precision) for e in found][0] == ("중순께", D(2002, 7, 11), D(2002, 7, 20), "month")


def test_a_length_in_months_after_an_end_is_no_tally():
    # Kyeonggi Ilbo, 28 January 2000 (batch `xx…`, c254): "10∼12월까지 3개월동안을 … 기간으로 정하고 … 방침" is 2000's
    found = find_time_expressions("공항공사는 전체 시운전 기간중 10∼12월까지 3개월동안을 종합 시운전기간으로 정하고 이 기간동안 항공기 "
                                  "이·착륙, 여객 입·출국 수속 등 공항운영 전반에 대한 모든 점검을 벌여 인천국제공항 개항 이전에 각종 "
                                  "문제점을 사전에 예방할 방침이라고 덧붙였다.", D(2000, 1, 28))
    assert [(e.text, e.date, e.end_date) for e in found] == [("10∼12월", D(2000, 10, 1), D(2000, 12, 31))]


def test_a_schedule_told_as_it_had_stood_and_the_days_agreed_instead():
    # Seoul Shinmun, 20 August 2025 (batch `xx…`, c196): the days of "예정됐던" plenary days and of "여는 데 합의했다"
    # are this August's, and "전당대회가 열리는 22일" is no subject deciding
    found = find_time_expressions("여야가 21일부터 오는 24일까지로 예정됐던 국회 본회의 일정을 조정해 국민의힘 전당대회가 열리는 22일을 "
                                  "제외하고 25일까지 본회의를 여는 데 합의했다.", D(2025, 8, 20))
    assert [(e.text, e.date, e.end_date) for e in found] == [
        ("21일부터 오는 24일까지", D(2025, 8, 21), D(2025, 8, 24)), ("22일", D(2025, 8, 22), D(2025, 8, 22)),
        ("25일", D(2025, 8, 25), D(2025, 8, 25))]


def test_a_year_is_not_carried_past_a_sentence_closed_inside_a_quotation():
    # arca.live copy of the 11 August 2021 Nuri briefing (batch `xx…`, c156): "2차 발사 2022년 5월19일이다. … 8월 말에
    # WDR … 9월 말 발사관리위원회" are this August and September, not 2022's
    found = find_time_expressions(
        '이날 브리핑에 나선 권현준 거대공공연구정책관은 "한국항공우주연구원에서 신청한 발사예정일은 1차 발사 10월21일이며, 2차 발사 '
        '2022년 5월19일이다. 기상 등의 사유로 발사일을 변경해야 할 상황에 대비해 발사예정일로부터 각각 일주일의 발사예비기간을 '
        '설정했다" "실제 1차 발사가능일은 8월 말에 WDR 이후에 해당 결과를 면밀히 분석하여 9월 말 발사관리위원회에서 최종 확정될 '
        '예정"이라고 밝혔다.', D(2021, 8, 11))
    assert [(e.text, e.date) for e in found][2:] == [
        ("2022년 5월19일", D(2022, 5, 19)), ("8월 말", D(2021, 8, 21)), ("9월 말", D(2021, 9, 21))]


def test_a_day_glossing_a_months_ordinal_weekday_takes_its_month_and_year():
    # Edaily, 20 March 2016 (batch `xx…`, c176): "지난해에도 3월 마지막 금요일인 27일에" is 27 March 2015
    found = find_time_expressions("지난해에도 3월 마지막 금요일인 27일에 810개사가 주주총회를 연 바 있다.", D(2016, 3, 20))
    assert [(e.text, e.date) for e in found] == [
        ("지난해", D(2015, 1, 1)), ("3월 마지막 금요일", D(2015, 3, 27)), ("27일", D(2015, 3, 27))]


def test_dangil_opening_a_sentence_is_the_day_the_sentence_before_told():
    # Dreamwiz, 15 December 2017 (batch `xy…`): "당일" opening the sentence after "개기월식은 1월31일에 … 예상됐다" is
    # 31 January 2018, not the day of publication
    lead = "달이 지구의 그림자에 가려지는 개기월식은 1월31일에 처음 관측될 것으로 예상됐다."
    later = ("당일 오후 8시48분부터 달의 일부분이 지구에 가려지는 부분월식이 시작돼 오후 9시51분이면 달이 지구 그림자에 완전히 "
             "들어갈 것으로 전망된다.")
    day = _read([lead, later], D(2017, 12, 15))[1][0]
    assert (day.text[:2], day.date, day.end_date) == ("당일", D(2018, 1, 31), D(2018, 1, 31))


def test_months_and_days_of_an_article_its_lead_frames_as_next_year_are_of_that_year():
    # Financial News, 15 December 2017 (batch `xy…`): after "내년 주요 천문현상을 발표했다", "내년 … 극대기는 12월 14일이다"
    # and "12월 밤에는" are December 2018's, not the days just gone by
    lead = "한국천문연구원은 15일 이같은 내년 주요 천문현상을 발표했다."
    read = _read([lead, "12월 밤에는 유성우도 즐길 수 있다.", "내년 쌍둥이자리 유성우의 극대기는 12월 14일이다."], D(2017, 12, 15))
    assert [(e.text[:3], e.date) for e in read[1]] == [("12월", D(2018, 12, 1))]
    assert [(e.text, e.date) for e in read[2]][-1] == ("12월 14일", D(2018, 12, 14))
    # a lead that names no next year leaves them as the tense reads them
    alone = _read(["한국천문연구원은 15일 천문현상을 발표했다.", "12월 밤에는 유성우도 즐길 수 있다."], D(2017, 12, 15))
    assert [(e.text[:3], e.date) for e in alone[1]] == [("12월", D(2017, 12, 1))]


def test_a_month_heading_a_first_since_claim_is_a_kind_of_occasion():
    # Hankyung, 26 October 2010 (batch `xz…`) and a 2020 school story (batch `xd…`): "스키장의 10월 개장은 … 이래
    # 처음이다" and "12월 수능은 … 도입 이후 처음이다" name a kind of opening and exam, no month
    assert find_time_expressions("스키장의 10월 개장은 국내 스키장이 생긴 이래 처음이다.", D(2010, 10, 26)) == []
    assert [e.text for e in find_time_expressions("12월 수능은 1993년(1994학년도) 도입 이후 처음이다.", D(2020, 4, 1))] == [
        "1993년"]
    # a month that dates what happened is read ("10월 개장했다")
    assert [e.date for e in find_time_expressions("스키장은 10월 개장했다.", D(2010, 10, 26))] == [D(2010, 10, 1)]


def test_saehae_is_the_year_the_nearest_new_year_begins():
    # Chungcheong News, 23 December 2021 (batch `xy…`), and a Newsis court preview of 7 January 2026 (batch `xh…`)
    found = find_time_expressions("새해 가장 먼저 볼 수 있는 사분의자리 유성우는 1월 3일 밤과 자정을 넘어 4일 새벽 시간대 많이 볼 수 "
                                  "있을 것으로 보인다.", D(2021, 12, 23))
    assert (found[0].text, found[0].date, found[0].end_date, found[0].precision) == (
        "새해", D(2022, 1, 1), D(2022, 12, 31), "year")
    first = find_time_expressions("새해 첫 달 주요 인사를 비롯해 세간의 관심을 끈 여러 민·형사 공판이 열릴 예정이다.", D(2026, 1, 7))[0]
    assert (first.text, first.date, first.end_date, first.precision) == (
        "새해 첫 달", D(2026, 1, 1), D(2026, 1, 31), "month")
    # a word that only starts with it is no year ("새해맞이 카운트다운 쇼")
    assert [e.text for e in find_time_expressions("새해맞이 카운트다운 쇼가 열렸다.", D(2015, 6, 15))] == []


def test_a_months_day_before_a_relative_clause_told_done_in_a_sentence_told_ahead_is_the_nearest():
    # Xports News, 28 May 2015 (batch `xx…`), and Maeil, 28 May 2013 (batch `xm…`): the relative clause's past
    # ("참여한 관객", "연출했던 … PD") does not put the day a year back when the sentence tells what is to come
    found = find_time_expressions("'연평해전'측은 6월 1일 크라우드 펀딩에 참여한 관객은 물론 영화 속 인물이기도 한 생존 대원들과 "
                                  "유가족들의 시사회를 연다.", D(2015, 5, 28))
    assert [(e.text, e.date) for e in found] == [("6월 1일", D(2015, 6, 1))]
    found = find_time_expressions("KBS 2TV '드라마스페셜'은 6월 12일 '제빵왕 김탁구'를 연출했던 이정섭PD 단막극 '내 낡은 지갑 속의 "
                                  "기억'을 시작으로 출발을 알린다.", D(2013, 5, 28))
    assert [(e.text, e.date) for e in found] == [("6월 12일", D(2013, 6, 12))]
    # told done, the sentence keeps the past: "6월 1일 … 참여한 관객이 시사회를 봤다" in May is last June's
    found = find_time_expressions("6월 1일 크라우드 펀딩에 참여한 관객이 시사회를 봤다.", D(2015, 5, 28))
    assert [(e.text, e.date) for e in found] == [("6월 1일", D(2014, 6, 1))]


def test_a_sentence_opening_on_an_adverb_of_habit_tells_recurring_days():
    # Financial News, 15 December 2017 (batch `xy…`): "보통 … 12월 4일부터 17일 사이에 발생한다" is every year's span
    assert find_time_expressions("보통 쌍둥이자리 유성우는 12월 4일부터 17일 사이에 발생한다.", D(2017, 12, 15)) == []
    # a date 내달/지난/오는 fix is still read (Hankyung, 26 August 2024, batch `vl…`)
    found = find_time_expressions("통상 재판부가 심문 절차를 거친 뒤 보석 허가 여부를 결정하기 때문에 김호중은 적어도 내달 말까지는 구속 "
                                  "상태가 유지될 것으로 보인다.", D(2024, 8, 26))
    assert [(e.text[:4], e.date) for e in found] == [("내달 말", D(2024, 9, 21))]


def test_an_offset_read_with_an_object_or_topic_particle():
    # Chosun, 3 January 2026 (batch `xy…`): "두 달 뒤를 기대해 볼 만하다" is March, as "두 달 뒤에" is
    found = find_time_expressions("3일 관측 기회를 놓친다면, 두 달 뒤를 기대해 볼 만하다.", D(2026, 1, 3))
    assert [(e.text, e.date, e.end_date, e.precision) for e in found][1:] == [
        ("두 달 뒤", D(2026, 3, 1), D(2026, 3, 31), "month")]


def test_a_day_glossing_last_year_stays_last_years_in_a_schedule_told_ahead():
    # Dong-A, 5 November 2001 (batch `xz…`): after the season's openings ahead ("다음달 7일 개장한다"), "지난해(11월23일)"
    # is 23 November 2000, the day in brackets being last year's, not carried on with the schedule
    read = _read(["강원 평창의 용평스키장은 개장일을 17일로 예정하고 3일부터 영하로 떨어지는 밤을 이용해 인공설을 만들고 있다.",
                  "홍천의 대명 비발디파크는 다음달 7일 개장한다.",
                  "매년 스키시즌의 막을 여는 용평스키장의 개장은 지난해(11월23일)보다 일주일 정도 빠른 것."], D(2001, 11, 5))
    assert [(e.text, e.date) for e in read[2]][:2] == [("지난해", D(2000, 1, 1)), ("11월23일", D(2000, 11, 23))]


def test_a_span_of_an_article_framed_as_next_year_is_next_years_not_under_way():
    # Dreamwiz, 15 December 2017 (batch `xy…`): after a lead on next year's calendar, "12월4일부터 17일까지" is December
    # 2018's span, not one running round publication
    read = _read(["한국천문연구원은 ‘2018년도 주요 천문현상’을 통해 내년 1월과 7월 개기월식이 일어나고 12월에는 ‘비르타넨 혜성’과 "
                  "유성우를 볼 수 있을 것이라고 15일 밝혔다.", "12월4일부터 17일까지는 유성우도 예상된다."], D(2017, 12, 15))
    assert [(e.text, e.date, e.end_date) for e in read[1]] == [
        ("12월4일부터 17일까지", D(2018, 12, 4), D(2018, 12, 17))]


def test_the_first_date_of_a_move_to_a_day_of_next_month_is_the_plan_it_had():
    # Dong-A, 26 November 1999 (batch `xz…`): "당초 27일에서 다음달 4일로 … 연기했다" moved an opening planned for
    # tomorrow, 27 November, not one of 27 October
    found = find_time_expressions("평창군 휘닉스파크는 당초 27일에서 다음달 4일로, 횡성 현대성우리조트는 당초 다음달 1일에서 4일로 각각 "
                                  "개장일을 연기했다.", D(1999, 11, 26))
    assert [(e.text, e.date) for e in found][:2] == [("27일", D(1999, 11, 27)), ("다음달 4일", D(1999, 12, 4))]


def test_a_weekend_glued_to_dongan_in_a_forecast_is_the_coming_weekend():
    # Nocut News, 21 September 2019 (batch `wx…`): "주말동안 … 비가 내릴 전망이다" is that weekend, as "주말 동안" is
    found = find_time_expressions("제17호 태풍 '타파'의 영향으로 주말동안 전국이 흐리고 강풍을 동반한 비가 내릴 전망이다.", D(2019, 9, 21))
    assert [(e.text, e.date, e.end_date) for e in found] == [("주말", D(2019, 9, 21), D(2019, 9, 22))]
    # told done, the glued form names no weekend (KLUE-NER WIKITREE, batch `v…`: weekends from then on)
    assert find_time_expressions("한편 홍 씨는 기존 DJ였던 개그맨 장동민 씨가 하차하며 주말동안 스페셜 DJ로 합류했다.",
                                 D(2015, 6, 15)) == []


def test_a_span_that_closes_by_sunrise_is_one_span():
    # Korea Economic TV, 12 August 2017 (batch `xy…`): "오늘 밤 11시부터 내일 오전 일출 직전까지" is one span of two days
    found = find_time_expressions("한국천문연구원은 페르세우스 유성우가 오늘 밤 11시부터 내일 오전 일출 직전까지 일어난다고 밝혔다.",
                                  D(2017, 8, 12))
    assert [(e.text, e.date, e.end_date) for e in found] == [
        ("오늘 밤 11시부터 내일 오전 일출 직전까지", D(2017, 8, 12), D(2017, 8, 13))]


def test_malkkaji_after_a_months_part_closes_the_span_in_that_month():
    # Chungcheong News, 23 December 2021 (batch `xy…`): "6월 중순부터 말까지" runs to 30 June 2022; a 말 that is a word
    # after 부터 ("그때부터 말을") is none
    found = find_time_expressions("6월 중순부터 말까지 오전 4시 30분경 동쪽 지평선부터 남쪽 하늘까지 해왕성을 제외한 6개의 태양게 행성이 "
                                  "일렬로 늘어선 모습을 볼 수 있다.", D(2021, 12, 23))
    assert [(e.text, e.date, e.end_date, e.precision) for e in found] == [
        ("6월 중순부터 말까지", D(2022, 6, 11), D(2022, 6, 30), "month")]


def test_days_glossing_a_week_are_placed_by_the_sentences_verb():
    # SBS Biz, 4 July 2023 (batch `ya…`): "넷째 주(24∼28일)에는 … 진행할 예정입니다" is 24-28 July, not June; days noted
    # beside a name (a school's, a show's) still stand outside the verb
    found = find_time_expressions("이어 셋째 주(17∼21일)와 넷째 주(24∼28일)에는 각각 4개사, 6개사가 공모주 청약을 진행할 예정입니다.",
                                  D(2023, 7, 4))
    assert [(e.text, e.date, e.end_date) for e in found] == [
        ("17∼21일", D(2023, 7, 17), D(2023, 7, 21)), ("24∼28일", D(2023, 7, 24), D(2023, 7, 28))]


def test_days_a_week_are_a_rate_not_a_day():
    # Hankyung (Yonhap), 26 October 2002 (batch `ya…`): "다음달 주 5일 근무제안" names next month, not its 5th
    found = find_time_expressions("노조는 이에 따라 다음달 주 5일 근무제안의 국회통과를 저지하기 위한 민주노총의 전국적 총파업투쟁에 적극 "
                                  "동참할 것으로 보인다.", D(2002, 10, 26))
    assert [(e.text, e.date) for e in found] == [("다음달", D(2002, 11, 1))]


def test_today_in_a_quotation_is_the_day_it_was_said():
    # Ilyo Seoul, 4 July 2017 (batch `ya…`): said on the 3rd, "오늘 … 열리지 않는다" is the 3rd, not publication's 4th
    said = find_time_expressions('청와대 관계자는 3일 오전 춘추관에서 기자들과 만나 "오늘 대통령이 주재하는 수석보좌관 회의는 열리지 '
                                 '않는다"며 "G20 준비 회의로 대체할 예정"이라고 밝혔다.', D(2017, 7, 4))
    assert [(e.text, e.date) for e in said] == [("3일 오전", D(2017, 7, 3)), ("오늘", D(2017, 7, 3))]


@pytest.mark.parametrize("published, sentence, month", [
    # Aju Business Daily (civic dev c470), 26 March 2012: February's balance of payments, released on the 29th, is last month's
    (D(2012, 3, 26), "또한 2월 국제수지는 29일 한국은행에서 같은 달 산업활동동향은 30일 기획재정부에서 발표된다.", D(2012, 2, 1)),
    # a weekly preview of 23 September 2017 (batch `xx…`): August's lending rates, two words between, are August's
    (D(2017, 9, 23), "한국은행은 이날 2분기 중 가계 자음운용 상황을 보여주는 자금순환을 공표하며, 28일에는 대출금리 변화를 나타내는 8월 "
     "금융기관 가중경균 금리를 발표한다.", D(2017, 8, 1)),
    # the same preview (c470): the state of public funds at the end of February, released on the 30th, is this February's
    (D(2012, 3, 26), "같은 날 금융감독원은 3분기 자산운용회사 영업실적 분석 결과를 다음날 금융위원회는 2월말 공적자금 운용현황을 "
     "내놓는다.", D(2012, 2, 21)),
])
def test_a_month_whose_statistics_are_released_is_over(published, sentence, month):
    found = find_time_expressions(sentence, published)
    assert [e.date for e in found if re.search(r"월말?$", e.text)] == [month]


def test_a_goal_whose_verb_is_gapped_takes_the_later_goals_verb():
    # News Tomato (civic dev c476), 18 February 2013: "28일로, … 27일로 잡혔다" are both this month's days ahead
    found = find_time_expressions("서남수 후보자에 대한 교육과학기술위원회의 청문회는 28일로, 유정복 안전행정부 장관 후보자에 대한 "
                                  "행정안전위원회의 청문회는 27일로 잡혔다.", D(2013, 2, 18))
    assert [(e.text, e.date) for e in found] == [("28일", D(2013, 2, 28)), ("27일", D(2013, 2, 27))]


def test_the_same_month_alone_is_the_month_its_sentence_named():
    # Aju Business Daily (civic dev c470), 26 March 2012, after a sentence on January's figures: "같은 달" is February
    found = find_time_expressions("또한 2월 국제수지는 29일 한국은행에서 같은 달 산업활동동향은 30일 기획재정부에서 발표된다.",
                                  D(2012, 3, 26))
    assert [(e.text, e.date, e.end_date) for e in found if "달" in e.text] == [("같은 달", D(2012, 2, 1), D(2012, 2, 29))]


def test_the_day_after_the_same_day_counts_from_the_day_pointed_back_to():
    # Aju Business Daily (civic dev c470), 26 March 2012: "같은 날" is the 29th told before, "다음날" the 30th
    found = _read(["29일에는 기획재정부에서 4월 국고채 발행계획을 발표한다.",
                   "같은 날 금융감독원은 3분기 자산운용회사 영업실적 분석 결과를 다음날 금융위원회는 2월말 공적자금 운용현황을 "
                   "내놓는다."], D(2012, 3, 26))[-1]
    assert [(e.text, e.date) for e in found if "날" in e.text] == [("같은 날", D(2012, 3, 29)), ("다음날", D(2012, 3, 30))]


def test_what_a_date_has_come_to_be_is_placed_on_either_side():
    # News Tomato (civic dev c476), 18 February 2013: "26~28일 사이에는 … 열리게 됐다" is late February, not January; the
    # days before, with a past of their own (발표된, 접수되면서), stay behind
    found = find_time_expressions("또 지난 13일 발표된 6개 부처 장관 내정자에 대한 인사청문요청안이 15일 국회에 접수되면서 26~28일 "
                                  "사이에는 각 상임위별로 인사청문회가 열리게 됐다.", D(2013, 2, 18))
    assert [(e.text, e.date, e.end_date) for e in found] == [
        ("지난 13일", D(2013, 2, 13), D(2013, 2, 13)), ("15일", D(2013, 2, 15), D(2013, 2, 15)),
        ("26~28일", D(2013, 2, 26), D(2013, 2, 28))]


def test_geumju_is_this_week():
    # a box-office column on Brunch (brunch.co.kr/@cosmos-j/1089), Monday 10 August 2020 (batch `xv…`): "금주 개봉하는" is this week
    found = find_time_expressions("금주 개봉하는 <오케이 마담>이 얼마나 힘을 발휘할지 지켜봐야겠지만, 지금 정도의 기록이라면 <다만 악에서 "
                                  "구하소서>는 400만 이상, 500만까지도 누적 성적을 바라볼 수 있지 않을까 싶네요.", D(2020, 8, 10))
    assert [(e.text, e.date, e.end_date, e.precision) for e in found] == [
        ("금주", D(2020, 8, 10), D(2020, 8, 16), "week")]


@pytest.mark.parametrize(("sentence", "published", "text", "expected"), [
    # hankyung.com/article/2016011535715 (batch yc), 15 January 2016: the day after the topic is when it was announced
    ("질병관리본부는 14일 독감 유행주의보를 발령한다고 밝혔다.", D(2016, 1, 15), "14일", D(2016, 1, 14)),
    # hankyung.com/amp/202103112919Y (batch we), 11 March 2021: a day ahead of publication stays the reported clause's
    ("북구는 정자활어직매장이 긴급 복구공사를 마무리하고 12일 영업을 재개한다고 밝혔다.", D(2021, 3, 11), "12일", D(2021, 3, 12)),
])
def test_a_bare_day_after_the_topic_of_a_present_report_is_the_day_it_was_said(sentence, published, text, expected):
    assert [(e.text, e.date) for e in find_time_expressions(sentence, published)] == [(text, expected)]


@pytest.mark.parametrize(("sentence", "published", "text", "expected"), [
    # seoul.co.kr/news/1999/01/13/19990113001005 (batch zg), 13 January 1999: a decision told in the past on the 12th,
    # not next month's 12th
    ("정부는 12일 국회에서 수정·변질돼 통과된 50건의 규제개혁법안을 일단 공포하되,당초의 개혁 취지에 맞춰 재입법을 추진하기로 "
     "했다.", D(1999, 1, 13), "12일", D(1999, 1, 12)),
    # isplus.com/article/view/isp201801050008 (batch zc), 5 January 2018: a topic written in Latin letters
    ("KBO는 4일 올해 KBO 리그 정규 시즌 경기 일정을 확정·발표했다.", D(2018, 1, 5), "4일", D(2018, 1, 4)),
    # hankyung.com/article/1995042100101 (batch yw), 21 April 1995: an intention reported in the past
    ("서울시는 20일 종로구 신문로 1가 226일대 1천9백90평을 신문로 2-4 재개발지구로 지정, 오피스 빌딩으로 재개발하겠다고 밝혔다.",
     D(1995, 4, 21), "20일", D(1995, 4, 20)),
])
def test_a_bare_day_after_the_topic_of_a_sentence_ending_in_a_past_deed_is_the_day_it_was_done(sentence, published,
                                                                                             text, expected):
    assert _first_date(sentence, published, text) == expected


def test_a_day_before_the_pronoun_i_reul_is_a_day_not_a_count_of_days_earlier():
    # hankyung.com/amp/1994020900691 (batch zg), 9 February 1994: 이를 is "this", not 이르다's "early" after a count
    found = find_time_expressions("서울시 지하철공사는 8일 이를 위해 지하철 운행 횟수를 매일 59회씩 늘려 20~30분 간격으로 운행하기로 "
                                  "했다고 밝혔다.", D(1994, 2, 9))
    assert [(e.text, e.date) for e in found] == [("8일", D(1994, 2, 8))]


@pytest.mark.parametrize(("sentence", "published", "text", "expected"), [
    # hankyung.com/finance/article/1994122801021 (batch zf), 28 December 1994: 올 한해 with a particle after it
    ("주식시장은 28일 종합주가지수가 전날보다 2.04포인트가 상승한 1,027.37포인트를 기록하면서 올 한해의 거래를 마쳤다.",
     D(1994, 12, 28), "올 한해", (D(1994, 1, 1), D(1994, 12, 31))),
    # Joongdo Ilbo, 12 August 2007 (batch xj): 올 들어, this year so far (the verb 오다 takes no 들어)
    ("12일 대신증권이 올 들어 이달 10일까지 요일별 코스피지수 등락률을 조사한 결과, 수요일과 금요일에는 지수가 평균 0.19%, "
     "0.03% 하락한 것으로 나타났다.", D(2007, 8, 12), "올", (D(2007, 1, 1), D(2007, 12, 31))),
    # kjmbc.co.kr/NewsArticle/1160254 (batch zf), 1 September 2008: 글피, three days on
    ("광주비엔날레재단은 오는 5일 개막식에 앞서 모레와 글피 이틀 동안 국내외 미술인과 언론인 등 천 여명을 초청해 작품 설명회와 "
     "참여작가와 지역 미술인간 교류의 자리를 마련할 예정입니다.", D(2008, 9, 1), "글피", (D(2008, 9, 4), D(2008, 9, 4))),
])
def test_this_years_words_and_three_days_on(sentence, published, text, expected):
    assert [(e.date, e.end_date) for e in find_time_expressions(sentence, published) if e.text == text] == [expected]


@pytest.mark.parametrize(("sentence", "published", "text", "expected"), [
    # yna.co.kr/view/AKR20170626113800051 (batch vo), 26 June 2017: screenings sold out ahead, not last July's
    ("현재 매진된 시간대는 모두 저녁 시간대로 29일 한 차례와 7월 1일 세 차례 저녁 상영분은 예매가 시작되자마자 매진됐다.",
     D(2017, 6, 26), "7월 1일", D(2017, 7, 1)),
    # mbn.co.kr/news/all/4055272 (batch xx, civic dev c269), 10 February 2020: the meetings' day is next month's
    ("아울러 주총 분산 프로그램에 참가한 상장사 주총일은 코스피의 경우 3월 25일, 코스닥은 24일에 몰렸다.",
     D(2020, 2, 10), "3월 25일", D(2020, 3, 25)),
    # nwtnews.co.kr/news/articleView.html?idxno=3521 (batch ye), 21 November 2014: a deadline ahead, the past verb another's
    ("고지내용이 사실과 다른 경우, 고지와 관계없이 12월15일까지 신고할 수 있으며, 이 경우 고지세액은 취소됐다.",
     D(2014, 11, 21), "12월15일", D(2014, 12, 15)),
    # m.moneys.co.kr/article/amp/2016072916508011819 (batch vv), 29 July 2016: the year told keeps last year's launch behind
    ("지난해 애플은 9월9일 아이폰6S를 공개하고 12일부터 사전예약을 받았다.", D(2016, 7, 29), "9월9일", D(2015, 9, 9)),
])
def test_a_months_day_far_behind_under_a_past_verb_is_the_coming_one_unless_a_year_is_told(sentence, published, text,
                                                                                          expected):
    assert _first_date(sentence, published, text) == expected


def _first_date(sentence: str, published: D, text: str) -> D | None:
    """The date of the first expression read in the sentence that starts with text."""
    return next((e.date for e in find_time_expressions(sentence, published) if e.text.startswith(text)), None)


@pytest.mark.parametrize(("sentence", "published", "text", "expected"), [
    # yna.co.kr/view/AKR20170626113800051 (batch vo), 26 June 2017: the 29th listed before 1 July is June's, not May's
    ("현재 매진된 시간대는 모두 저녁 시간대로 29일 한 차례와 7월 1일 세 차례 저녁 상영분은 예매가 시작되자마자 매진됐다.",
     D(2017, 6, 26), "29일", D(2017, 6, 29)),
    # mydaily.co.kr/page/view/2019120514027907805 (batch wr), 5 December 2019: the 29th listed before 7 March is February's
    ("이어 울산 콘서트는 29일 KBS 울산홀, 천안 콘서트는 3월 7일 천안예술의전당 대공연장에서 개최된다.",
     D(2019, 12, 5), "29일", D(2020, 2, 29)),
    # Dong-A Ilbo, 11 November 2001 (civic c1220): the 13th listed before 9 December comes before it: November's
    ("10일 상암동 서울월드컵경기장 개장으로 10개 경기장 중 8개가 완공된 가운데 13일 광주월드컵경기장, 12월9일 서귀포 "
     "월드컵경기장이 개장식을 갖게 되면 2002년 월드컵의 하드웨어인 경기장은 모든 준비를 끝내게 된다.",
     D(2001, 11, 11), "13일", D(2001, 11, 13)),
    # mbn.co.kr/news/all/4055272 (batch xx, civic dev c269), 10 February 2020: the 24th listed after 25 March is March's
    ("아울러 주총 분산 프로그램에 참가한 상장사 주총일은 코스피의 경우 3월 25일, 코스닥은 24일에 몰렸다.",
     D(2020, 2, 10), "24일", D(2020, 3, 24)),
    # dailymagazine.co.kr/news/newsview.php?ncode=179507690241487 (batch xe), 29 June 2017: a connective before the
    # comma ("29일이고,") ends the first date's clause; no list, the 29th stays the day of publication
    ("내년 최저임금 결정을 위한 법정 심의기한은 29일이고, 고용노동부는 8월 5일까지 최저임금을 고시해야 한다.",
     D(2017, 6, 29), "29일", D(2017, 6, 29)),
])
def test_a_bare_day_listed_beside_a_months_day_is_the_nearest_day_of_that_number(sentence, published, text, expected):
    assert _first_date(sentence, published, text) == expected


@pytest.mark.parametrize(("sentences", "published", "expected"), [
    # hankookin.net/140001 (batch xx), 13 July 2020: a lead with no day, the story's day told after the subject next
    (["옥천군이 신청사 건립을 위한 군민의견 수렴 행보에 나섰다.",
      "군은 10일 군청 대회의실에서 제3차 옥천군 청사 건립추진위원회를 개최하고 최종부지 선정과정 설명과 현 청사 부지와 문정리 "
      "공공청사부지 2개소의 후보지 비교 설명회를 가졌다.",
      "이날 청사건립 추진위원회는 평가기준에 의한 후보지 평가에 주민의견 반영 비율을 50% 반영하는 것으로 의결 했다."],
     D(2020, 7, 13), D(2020, 7, 10)),
    # christiandaily.co.kr/news/20652 (batch xy), 22 December 2013: the lead dates only its report; the eclipse's day,
    # told after the source, is the story's, and "음력 5일인" glosses it
    (["한국천문연구원(이하 천문연, 원장 박필호)은 '토성엄폐'와 '개기월식'을 내년도 나타날 주요 천문현상으로 예상한다고 22일 밝혔다.",
      "천문연에 따르면 내년 9월 28일 낮 12시께 동남쪽 하늘에 위치한 토성이 달 뒤로 사라졌다가 나타나는 엄폐 현상이 벌어진다.",
      "음력 5일인 이날 낮 12시에 토성이 달 뒤로 숨기 시작해 1분 뒤에는 달 뒤로 완전히 사라지게 된다."],
     D(2013, 12, 22), D(2014, 9, 28)),
    # m.newspic.kr (Aju, batch xz), 17 August 2025: "연휴 마지막 날인 이날" is the story's day, not the holiday's first
    (["강원 동해안 해수욕장 대부분이 폐장한 가운데 올여름 동해안 해수욕장 방문객은 지난해 대비 88만명 늘어난 것으로 나타났다.",
      "광복절 연휴 사흘 동안 동해안 해수욕장을 찾은 피서객도 104만6753명에 달한다.",
      "광복절 연휴 마지막 날인 이날을 끝으로 대부분 동해안 해수욕장이 폐장했으나 속초 2곳, 고성 9곳, 양양 19곳 등 3개 시군의 "
      "해수욕장 30곳은 다음주까지 운영할 계획이다."],
     D(2025, 8, 17), D(2025, 8, 17)),
])
def test_ihnal_names_the_storys_day_told_late_in_the_lead_whatever_glosses_it(sentences, published, expected):
    assert [e.date for e in _read(sentences, published)[-1] if e.text.startswith("이날")] == [expected]


@pytest.mark.parametrize(("sentence", "published", "text"), [
    # news.korea.com/newsView/20250711687090fa782ae (batch ye), 11 July 2025: the day of a recurring month recurs too
    ("재산세는 매년 6월 1일 기준 주택, 건축물, 토지 등의 소유자에게 부과된다.", D(2025, 7, 11), "1일"),
    # ajunews.com/view/20240108094458802 (batch ye), 8 January 2024: the second month of a list under 매년
    ("8일 시에 따르면, 자동차세 연납은 매년 6월과 12월, 2회에 나눠 납부하는 자동차세를 납세자의 신청에 따라, 1월에 미리 "
     "납부하고 2월 이후의 세액에 대해 5%를 공제받는 제도다.", D(2024, 1, 8), "12월"),
    # fetv.co.kr/mobile/article.html?no=7934 (batch yf), 7 June 2018, and cm.asiae.co.kr (batch yf), 31 May 2017
    ("한국교육과정평가원은 매년 6월과 9월 두 차례 공식 모의평가를 실시해 개선점을 찾아 수능 문제 출제에 반영해왔다.",
     D(2018, 6, 7), "9월"),
    ("평가원 모의고사는 매년 수능 전 6월과 9월 두 번 시행한다.", D(2017, 5, 31), "9월"),
])
def test_what_maenyeon_governs_runs_on_through_a_list_of_months_and_days(sentence, published, text):
    assert [e.text for e in find_time_expressions(sentence, published) if text in e.text] == []


@pytest.mark.parametrize(("sentence", "published", "year"), [
    # hankyung.com/economy/article/2001112928981 (batch xc), 29 November 2001
    ("산업자원부와 한국도시가스공사는 29일 \"올 도시가스 판매량이 지난해보다 10.9% 늘어난 반면 비용은 1.2% 증가에 그침에 따라 "
     "공급비용 절감분을 내달 도매요금부터 반영키로 했다\"며 이같이 밝혔다.", D(2001, 11, 29), 2001),
    # kukinews.com/article/view/kuk200903310127 (batch yf), 31 March 2009
    ("이번 모의평가는 특히 올 수능부터 변경되는 시험지 판형과 답안지 표기 방식이 적용된다.", D(2009, 3, 31), 2009),
    # hankyung.com/society/article/2000061352461 (batch yd), 13 June 2000: Kiwi tags this 올 a determiner
    ("기상청은 \"올 장마는 평년보다 일찍 찾아와 1주일 가량 빠른 7월 상반기(1-15일)께 끝날 것\"이라고 전망했다.",
     D(2000, 6, 13), 2000),
])
def test_a_lone_ol_before_a_noun_is_this_year(sentence, published, year):
    hit = only(sentence, published, "올")
    assert (hit.date, hit.end_date, hit.precision) == (D(year, 1, 1), D(year, 12, 31), "year")


@pytest.mark.parametrize("sentence", [
    # m.mbn.co.kr/news-amp/5060258 (batch wx), 27 September 2024: 올 is 오다's adnominal (Kiwi: 오 VV + ᆯ ETM)
    "28일에는 강원영동·경상동해안·경북북동산지에 비가 올 것으로 예상되며, 오전과 낮 사이에는 부산에도 가끔 비가 내리겠습니다.",
    "또한 28일 밤부터 29일 낮까지 제주산지에도 비가 오락가락 올 것으로 예상됩니다.",
    # KLUE-NER WIKITREE (klue-ner-v1_dev_04623, CC BY-SA 4.0): before a proper noun (Kiwi: 더/NNP) 올 begins a name
    "전 세계 40여 개 도시에서 진행되고 있는 '올 더 히츠(All the Hits)' 투어의 일환으로 진행되는 이번 공연은 대형 공연장이 "
    "아닌 소극장 규모의 언더스테이지에서 펼쳐질 것으로 예고돼 눈길을 끌고 있다.",
])
def test_ol_the_verb_ohda_or_in_a_name_is_no_year(sentence):
    assert [e.text for e in find_time_expressions(sentence, D(2024, 9, 27)) if e.text.startswith("올")] == []


@pytest.mark.parametrize(("sentence", "published", "text", "start", "end"), [
    # hankyung.com/economy/article/2003102213448 (batch ye) and hankyung.com/society/article/2003090493128 (batch yg):
    # a day glued to its reporting verb (일/NNB 밝히/VV)
    ("국세청은 올 하반기 부가가치세 예정신고 마감일인 25일이 은행 휴무일인 토요일인 관계로 세금 납부는 27일까지 가능하다고 "
     "22일밝혔다.", D(2003, 10, 22), "22일", D(2003, 10, 22), D(2003, 10, 22)),
    ("서울경찰청 교통안전과는 휴일인 7일 문화행사와마라톤대회 등이 열리는 도심과 시내 주요도로에 대해 교통통제를 실시한다고 "
     "4일밝혔다.", D(2003, 9, 4), "4일", D(2003, 9, 4), D(2003, 9, 4)),
    # cm.asiae.co.kr/article/2025062501034620230 (batch yg): a span's end with 까지는 contracted (일/NNB 까지/JX)
    ("다만 다음 달 8일부터 20일까진 2층 전시실만 폐쇄한다.", D(2025, 6, 25), "다음 달 8일부터 20일까진",
     D(2025, 7, 8), D(2025, 7, 20)),
])
def test_a_day_glued_to_a_particle_or_verb_kiwi_reads_apart_is_read(sentence, published, text, start, end):
    hit = only(sentence, published, text)
    assert (hit.date, hit.end_date, hit.precision) == (start, end, "day")


def test_a_day_glued_to_a_noun_after_its_month_is_read():
    # hankyung.com/amp/1994071500471 (dev event article c907): the day written together with the ceremony (일/NNB
    # 개학/NNG), its month told before it, was read as the month alone
    hit = only("서울시내 국교는 8월27일개학식을 갖는다.", D(1994, 7, 15), "8월27일")
    assert (hit.date, hit.end_date, hit.precision) == (D(1994, 8, 27), D(1994, 8, 27), "day")


@pytest.mark.parametrize(("sentence", "published"), [
    # m.dmilbo.com/news/articleView.html?idxno=325205 (batch xr): so many days gone by, a length
    ("이미 A씨가 산으로 들어간 지 4일이나 지났지만 살아있을 것이라는 실낱같은 희망을 가지고 도보, 수색견, 헬기, 드론 등의 모든 "
     "수단과 방법을 동원하여 수색하던 중, 이틀만에 산 속에서 비를 맞고 지쳐 웅크려있는 A씨를 발견하여 안전하게 가족에게 "
     "인계하였다.", D(2020, 8, 6)),
    # byzzlee.com/?page=290 (batch xn): numbers of days grown and shrunk
    ("귀성길은 지난해 2일에서 4일로 늘어나 교통량 분산으로 소요 시간이 줄어드는 반면, 귀경 기간은 지난해 3일에서 2일로 줄어 "
     "소요 시간도 늘어날 것으로 예상된다.", D(2019, 1, 29)),
])
def test_a_count_of_days_before_a_particle_stays_a_count(sentence, published):
    assert [e.text for e in find_time_expressions(sentence, published) if re.search(r"\d일", e.text)] == []


def test_a_season_told_with_its_year_after_jinan_is_that_years():
    # kyeongin.com/main/view.php?key=20180630010011406 (dev event article c629): 지난 marks the past, the year told is the season's (not
    # the last summer before publication, 2017)
    sentence = "우리나라가 태풍의 직접적인 영향 아래 놓이는 것은 지난 2012년 여름 이후 6년 만이다."
    assert span(sentence, D(2018, 6, 30), "지난 2012년 여름") == (D(2012, 6, 1), D(2012, 8, 31), "month")


@pytest.mark.parametrize("sentence", [
    # chosun.com/national/regional/2024/11/06/5GJ6M2HPJNAFHJ276IJLVRIARQ (dev event article c595): the festival's
    # first, second and third days (차, a bound noun), not the 1st, 2nd and 3rd of a month
    "축제 1일 차는 14코스인 제주시 한경면 저지녹색농촌체험장에서 개막식을 시작으로 한림읍 한림항까지 19.6㎞를 걷는다.",
    "2일 차에는 15-B코스인 제주시 애월읍 고내리레포츠공원에서 한림항까지 14㎞, 3일 차에는 16코스인 고내리레포츠공원에서 "
    "애월읍 항파두리 항몽유적지까지 10.4㎞를 걸으며 폐막식이 진행된다.",
])
def test_a_day_counted_with_cha_is_an_ordinal_not_a_date(sentence):
    assert find_time_expressions(sentence, D(2024, 11, 6)) == []


def test_a_dotted_span_with_two_digit_years_after_apostrophes_is_one_span():
    # khma.org/portal/00008/00041.web?amode=view&gcode=1019&idx=78631 (batch yo): a release's span, both years cut
    # to two digits, read as its first day only before
    sentence = "* 대설·한파 대책기간: ’25.11.15. ~ ’26.3.15."
    span = only(sentence, D(2025, 11, 26), "’25.11.15. ~ ’26.3.15.")
    assert (span.date, span.end_date, span.precision) == (D(2025, 11, 15), D(2026, 3, 15), "day")


def test_a_year_word_glued_after_a_percentage_and_comma_is_read():
    # m.seoul.co.kr/news/2003/06/02/20030602022006 (batch yn): 지난해 after "14.9%," with no space, missed before
    sentence = "6월 신규분양 물량은 5월(3만 6603가구)보다 14.9%,지난해 같은 기간(2만 8114가구)보다 49.6% 각각 늘었다."
    last_year = only(sentence, D(2003, 6, 2), "지난해")
    assert (last_year.date, last_year.end_date, last_year.precision) == (D(2002, 1, 1), D(2002, 12, 31), "year")


@pytest.mark.parametrize("published, sentence, text, year", [
    # m.seoul.co.kr/news/1993/03/06/19930306009002 (batch yp): a two-digit year after 지난 inside a quotation
    (D(1993, 3, 6), "그는 또 『지난 82년 마련된 금융실명거래에 관한 법률이 시의에 맞지않아 법개정작업이 필요하다』면서 『실시를 "
                    "위한 준비작업은 충분하기 때문에 89년처럼 새로 준비단을 구성하지않아도 될 것으로 생각하고 있으며 5월이후 "
                    "추진을 위해 실시단을 구성할 것』이라고 밝혔다.", "지난 82년", 1982),
    # www.seoul.co.kr/news/2000/01/03/20000103040006 (batch ym)
    (D(2000, 1, 3), "또 같은달 6호선 신내∼상월곡간 6개역 4㎞구간이 운행을 시작하고 11월에는 상월곡∼역촌간 32개역 27㎞구간이 "
                    "개통돼 지난 90년 시작된 2기지하철건설공사가 10년만에 모두 마무리된다.", "지난 90년", 1990),
    # m.seoul.co.kr/news/1996/04/10/19960410022002 (batch yi)
    (D(1996, 4, 10), "서울 외곽순환고속도로 일산∼판교도 전구간이 오는 99년까지 개통될 예정이다.", "오는 99년", 1999),
])
def test_a_two_digit_year_after_jinan_or_oneun_is_that_year(published, sentence, text, year):
    assert span(sentence, published, text) == (D(year, 1, 1), D(year, 12, 31), "year")


@pytest.mark.parametrize("published, sentence, start, end", [
    # news.hankyung.com/article/2016100221261 (batch yq): "전 분기" after 3분기 was not read
    (D(2016, 10, 2), "금융정보업체 에프앤가이드의 3분기 영업이익 컨센서스(9월29일 기준)는 7조6441억원으로 전 분기(8조1400억원)보다 "
                     "약 6% 줄어들 것으로 관측됐다.", D(2016, 4, 1), D(2016, 6, 30)),
    # moneys.co.kr/article/2025071815420185113 (batch xj, c469): the quarter before the first is last year's fourth
    (D(2025, 7, 18), "지난 1분기에 전 분기 대비 -(마이너스)0.2%를 기록한 바 있다.", D(2024, 10, 1), D(2024, 12, 31)),
])
def test_the_quarter_before_compared_is_the_one_before_the_quarter_named(published, sentence, start, end):
    before = only(sentence, published, "전 분기")
    assert (before.date, before.end_date, before.precision) == (start, end, "quarter")


def test_a_deadline_told_first_is_no_start_a_later_deadline_comes_after():
    # devm.sedaily.com/NewsView/1HQ3NJN1ZW (ys079, 24 January 2003): "27일까지 … 25일까지 마쳐야 한다" read the second deadline as the 25th after
    # the 27th, in February; each deadline is its own
    sentence = ("국세청 관계자는 24일 “25일은 금융회사들이 쉬는 토요일이기 때문에 27일까지 세금을 납부하면 되지만 부가세 "
                "확정신고는 25일까지 마쳐야 한다”고 말했다.")
    last = [e for e in find_time_expressions(sentence, D(2003, 1, 24)) if e.text == "25일"][-1]
    assert (last.start, last.date, last.role) == (sentence.rindex("25일"), D(2003, 1, 25), "until")


@pytest.mark.parametrize(("sentence", "published", "before", "text", "start", "end", "precision"), [
    # hankyung.com/entertainment/article/201909104456H (ys036): a day glued to the subject particle after a title
    # ('…'가/JKS 14/SN 일/NNB) was not read
    ("12일 19시50분 '닥터 스트레인지', 13일 19시50분 '공작', 14일 21시15분 '뺑반' 과 15일 22시35분 '성난황소'가 2TV를 통해 "
     "방송되며 '고산자, 대동여지도'가14일 23시30분 1TV를 통해서 방송된다1TV에서는 추석연휴 첫 날인 12일부터 13일까지 아침 9시 "
     "40분에 한.중.일 아시아 삼국이 각자 어떻게 자신만의 고유한 차 문화를 발전시켜왔는지를 다룬 '차도 삼국지' 2부작을 방영한다.",
     D(2019, 9, 10), "'가", "14일", D(2019, 9, 14), D(2019, 9, 14), "day"),
    # seoul.co.kr/news/1999/01/12/19990112021010 (ym010): a span's end glued to 부터/JX was not read, so the span was its start
    ("시 관계자는 “내년 완공을 목표로 건설중인 2기 지하철은 올 상반기부터내년까지 단계별로 개통이 예정돼 있다”며 “기한내 "
     "차질없이 완공되도록노력하겠다”고 밝혔다.", D(1999, 1, 12), "지하철은 ", "올 상반기부터내년까지", D(1999, 1, 1), D(2000, 12, 31),
     "half"),
])
def test_a_date_glued_to_the_particle_before_it_is_read(sentence, published, before, text, start, end, precision):
    at = sentence.index(before + text) + len(before)
    assert [(e.date, e.end_date, e.precision) for e in find_time_expressions(sentence, published)
            if (e.start, e.text) == (at, text)] == [(start, end, precision)]


def test_a_holidays_day_glossed_by_a_bare_day_fixes_its_month():
    # hankyung.com/entertainment/article/201909104456H (ys026, 10 September 2019): the past 편성했다 put the bare 12일 in
    # August, and 추석 전날 was then set to 12 August, which is no eve of 추석
    sentence = ("각 방송사에서는 추석 전날인 12일 목요일부터 15일 일요일까지 4일간의 황금 연휴에 맞춰 가족들과 한 자리에서 모여 볼 수 "
                "있는 다채로운 프로그램을 편성했다.")
    assert only(sentence, D(2019, 9, 10), "추석 전날").date == D(2019, 9, 12)


def test_the_first_day_of_a_holidays_break_is_read_and_dates_the_span_it_glosses():
    # hankyung.com/entertainment/article/201909104456H (ys037, 10 September 2019): "추석연휴 첫 날" was read as the
    # break alone, in 2018 (the past 발전시켜왔는지를 after it), and the span it glosses went back to August; the
    # first day told twice now opens the span
    sentence = ("12일 19시50분 '닥터 스트레인지', 13일 19시50분 '공작', 14일 21시15분 '뺑반' 과 15일 22시35분 '성난황소'가 2TV를 "
                "통해 방송되며 '고산자, 대동여지도'가14일 23시30분 1TV를 통해서 방송된다1TV에서는 추석연휴 첫 날인 12일부터 13일까지 "
                "아침 9시 40분에 한.중.일 아시아 삼국이 각자 어떻게 자신만의 고유한 차 문화를 발전시켜왔는지를 다룬 '차도 삼국지' "
                "2부작을 방영한다.")
    span = only(sentence, D(2019, 9, 10), "추석연휴 첫 날인 12일부터 13일까지")
    assert (span.date, span.end_date, span.precision) == (D(2019, 9, 12), D(2019, 9, 13), "day")


@pytest.mark.parametrize(("sentences", "published", "text", "day"), [
    # yourfield.nexon.com/today/view/blt3ef62937ea57960d (xx022): a week counted after the day the sentence named
    (["발표에 따르면 오는 21일에 소집명단을 발표하고, 일주일 뒤 파주 국가대표트레이닝센터(NFC)에 집결해 2주간 훈련에 돌입한다."],
     D(2022, 10, 18), "일주일 뒤", D(2022, 10, 28)),
    # www.kgnews.co.kr/news/articleView.html?idxno=44795 (yi048)
    ([
      "프로축구 신생팀인 인천 유나이티드가 오는 4월3일 막을 올리는 2004년 K리그의 전기리그 개막전에서 지난해 FA컵 우승팀인 전북 현대와 신고식을 치르게 됐다.",
      "프로축구연맹은 17일 축구회관에서 실무위원회를 열고 K리그 전.후기 대진을 확정했다.",
      "오후 3시에 일제히 벌어질 전기리그 개막전 대진은 4연패에 도전하는 성남 일화가 광주 상무와 경기하고 대전 시티즌-포항 스틸러스, 전남 드래곤즈-대구 FC, 부천 "
      "SK-울산 현대, 안양 LG-부산 아이콘스로 짜여 졌으며 수원 삼성은 1주일 뒤 전북과 첫 경기를 갖는다."],
     D(2004, 2, 17), "1주일 뒤", D(2004, 4, 10)),
    # m.sedaily.com/NewsView/1HMU8KSXCR (yj003)
    ([
      "하반기 최대 기대작으로 일명 '슈퍼폰'으로 불리는 삼성전자의 '갤럭시노트 4'가 오는 18일부터 예약 판매에 들어간다.",
      "오는 19일부터 판매예정인 애플의 '아이폰6·아이폰6 플러스' 보다 하루 앞서 예약판매를 진행하며 맞불을 놓기 위한 포석으로 보인다.",
      "16일 관련 업계에 따르면 SK텔레콤·KT·LG유플러스 등 국내 이동통신 3사는 18일부터 갤럭시 노트4의 예약 주문을 받는다.",
      "SK텔레콤의 영업정지가 풀리는 다음 날부터 일제히 가입자 유치에 나서는 것이다.",
      "현재 영업정지 중인 SK텔레콤의 경우 공식 온라인 매장을 통해 갤럭시노트4 예약판매 관련 티저광고를, KT와 LG유플러스 역시 18일부터 예약판매에 들어갈 준비를 "
      "하며 갤럭시노트4를 적극적으로 띄우기에 나섰다.",
      "삼성전자가 구체적으로 글로벌 출시일정을 확정하지 않은 상황에서 이동 통신사들이 갤럭시노트4의 예약판매에 들어가는 것은 아이폰6·아이폰6플러스 열풍을 겨냥하기 위한 "
      "것으로 해석된다.",
      "출시 시기는 갤럭시S5 등을 고려 볼 때 예약판매가 시작된 10일 후부터가 될 것으로 보인다."],
     D(2014, 9, 16), "10일 후", D(2014, 9, 28)),
])
def test_a_count_after_a_day_told_before_counts_from_it(sentences, published, text, day):
    # counted from the day the sentence, else the article, told ahead (the 21st; the opening on 3 April; the 18th the
    # pre-orders start), not from publication (read as the week after it, or ten days after it)
    hits = [e for e in _read(sentences, published)[-1] if e.text == text]
    assert [(e.date, e.end_date, e.precision) for e in hits] == [(day, day, "day")]


def test_a_weekday_listed_with_substitute_holidays_is_a_kind_of_day():
    # thegnnews.com/View.aspx?No=3273018 (tw021): 일요일 beside 대체공휴일, a class of days, was read as the coming Sunday
    sentence = "내년 달력에 빨간색으로 표기되는 공휴일은 일요일과 대체공휴일을 포함해 총 68일이다."
    assert [e.text for e in find_time_expressions(sentence, D(2024, 6, 20)) if "요일" in e.text] == []


def test_seol_before_a_ticket_is_the_coming_holiday():
    # hankookilbo.com/News/Read/201601121590023306 (yt058, yt069): 설 before 열차승차권/승차권 is the holiday travelled
    # for, the one ahead even under the report's 밝혔다
    sold = "코레일은 설 열차승차권을 오는 19∼20일 이틀간 홈페이지(www.letskorail.com)와 지정된 역 창구, 승차권 판매 대리점에서 예매한다고 12일 밝혔다."
    e = only(sold, D(2016, 1, 12), "설")
    assert (e.date, e.end_date, e.precision) == (D(2016, 2, 8), D(2016, 2, 8), "day")
    e = only("코레일은 설 승차권 예매 전용 홈페이지를 15일 오후 2시에 사전 오픈한다.", D(2016, 1, 12), "설")
    assert (e.date, e.end_date, e.precision) == (D(2016, 2, 8), D(2016, 2, 8), "day")


def test_a_half_glued_to_ol_is_this_years():
    # hankyung.com/society/article/1995060702961 (yt013): 올 glued to 하반기 was not read
    sentence = ("이와함께 서울시는 5호선가운데 왕십리~고덕, 방화~까치산역 등 2개 구간 외에 까치산~여의도(8km), 애오개~왕십리구간(10km)과 "
                "7호선의 도봉~건대입구 구간(16km) 및 8호선 잠실~모란구간(15.5km)은 올하반기중 개통할 예정이다.")
    e = only(sentence, D(1995, 6, 7), "올하반기")
    assert (e.date, e.end_date, e.precision) == (D(1995, 7, 1), D(1995, 12, 31), "half")


def test_a_day_glued_to_midday_is_the_day():
    # donga.com/news/amp/all/19961228/7219107/1 (yt018): 낮 glued to 27일 hid the day
    sentence = ("趙淳(조순)서울시장은 5호선 도심구간 개통에 앞서 27일낮 언론사간부들을 초청, 지금까지의 국내 지하철 건설공사중 "
                "최대 난공사구간인 한강 하저터널을 지나는 이 구간 시승식을 가졌다.")
    e = only(sentence, D(1996, 12, 28), "27일")
    assert (e.date, e.end_date, e.precision) == (D(1996, 12, 27), D(1996, 12, 27), "day")


def test_a_previous_year_with_no_year_named_is_the_year_before_publication():
    # etoday.co.kr/news/view/345599 (yt034, yt035): 전년도, the season before, was read only after a named year
    sentence = ("신인 지명은 지역 연고와 관계없이 8개 구단이 1라운드부터 홀수 라운드는 전년도 성적의 역순, 2라운드 등 짝수 라운드는 "
                "전년도 성적순으로 10라운드까지 진행한다.")
    years = [(e.date, e.end_date, e.precision) for e in find_time_expressions(sentence, D(2010, 8, 11)) if e.text == "전년도"]
    assert years == [(D(2009, 1, 1), D(2009, 12, 31), "year")] * 2


def test_a_range_of_birth_years_is_a_cohort():
    # edaily.co.kr/News/Read?mediaCodeNo=257&newsId=01364486629047608 (yi044): the first year of 1947년~1951년생 was
    # read as the year 1947
    sentence = "6일부터 6월3일까지는 70~74세(1947년~1951년생)에 대한 예약이 진행되고 있다."
    assert [e.text for e in find_time_expressions(sentence, D(2021, 5, 10)) if "194" in e.text] == []


def test_same_day_owned_by_the_topic_in_the_genitive_points_back():
    # donga.com/news/amp/all/19961228/7219107/1 (yt016): "교통시설물의 같은날 개통은" is the day the sentence before told
    lead = ("30일 오후2시 서울지하철 5호선 도심구간(여의도∼왕십리)이 운행을 시작하고 이에 앞서 이날 오전11시 서강대교와 "
            "강변북로 한강철교∼당산철교구간이 동시에 개통된다.")
    sentence = ("이들 3개 주요 교통시설물의 같은날 개통은 당산철교 철거에 따른 운행중단(31일 밤11시)으로 서울지하철 2호선의 "
                "순환기능이 상실되는 것에 대비한 것이다.")
    days = [(e.text, e.date) for e in _read([lead, sentence], D(1996, 12, 28))[-1]]
    assert days == [("같은날", D(1996, 12, 30)), ("31일 밤", D(1996, 12, 31))]


def test_easter_told_with_its_year_word_is_its_sunday():
    # dailywrn.com/31984 (yt081): 올해 부활절 was read as the year alone; Easter 2024 fell on 31 March
    sentence = "이에 따라 올해 부활절은 지난 20일이었던 춘분이 지나 지난 25일 보름달이 뜬 후에 오는 첫 일요일인 오는 31일로 정해졌다."
    e = only(sentence, D(2024, 3, 28), "올해 부활절")
    assert (e.date, e.end_date, e.precision) == (D(2024, 3, 31), D(2024, 3, 31), "day")


@pytest.mark.parametrize("sentence, published, text, start, end", [
    # civic dev c970 (2015-03-02): a bare day opening a span to a month's day takes its month from that end, not from
    # the span before it ("21일부터 4월5일까지"): 27 March, not 27 April
    ("뿐만 아니라 20일부터 23일까 진도 신비의 바닷길 축제, 21일부터 22일까지 양산 원동매화축제, 21일부터 29일까지 구례산수유꽃축제, "
     "21일부터 4월5일까지 서천 동백꽃·주꾸미 축제, 27일부터 4월5일까지 옥천묘목축제가 개최되는 것으로 전해졌다.",
     D(2015, 3, 2), "27일부터 4월5일까지", D(2015, 3, 27), D(2015, 4, 5)),
    # civic dev c988 (2025-11-12): a day before results is the day they come out, not a period whose figures are told
    ("12월 5일 수능 성적표가 통지되기 전까지는 표준점수와 백분위, 등급을 예측하기가 어렵다.",
     D(2025, 11, 12), "12월 5일", D(2025, 12, 5), D(2025, 12, 5)),
    # civic dev c970: a clause closed by "진행되며," with no tense shares the next clause's ("열리는 것으로"), not the
    # reporting verb's at the end ("전해졌다")
    ("특히 오는 4일에는 아산 외암마을장승제 및 대보름행사가 진행되며, 5일부터 7일까지는 삼척 정월대보름제가 진행되며, "
     "5일부터 8일까지 제주들불축제가 열리는 것으로 전해졌다.", D(2015, 3, 2), "5일부터 7일까지", D(2015, 3, 5), D(2015, 3, 7)),
    # civic dev c1030 (2014-04-09): a span from a day of next month to a named month's day is one span
    ("‘자동차의 바다, 세계를 품다’를 주제로 다음 달 29일∼6월 8일 열리는 부산국제모터쇼는 국내외 완성차 21개 브랜드의 "
     "차량 198대(국내 88대, 해외 110대)가 전시돼 역대 최대 규모로 치러진다.",
     D(2014, 4, 9), "다음 달 29일∼6월 8일", D(2014, 5, 29), D(2014, 6, 8)),
])
def test_days_of_the_unseen_events_batches_the_resolver_misread(sentence, published, text, start, end):
    e = only(sentence, published, text)
    assert (e.date, e.end_date, e.precision, e.direction) == (start, end, "day", "future")


@pytest.mark.parametrize("sentence, published, day", [
    # yv090 (5 January 2018, a Friday): the weekend forecast's Sunday; 전날 is that Saturday, not the 4th
    ("일요일은 점차 구름이 많아지겠고, 기온은 한낮 서울 4℃, 대전 3℃ 등 전날과 비슷한 분포를 보이겠다.", D(2018, 1, 5), D(2018, 1, 6)),
    # yu055 (15 December 2017, a Friday): the same shape in another batch
    ("일요일은 호남과 제주도에 낮까지 눈 또는 비가 오겠고, 한낮에 광주와 대구 2℃로 전날보다 낮겠다.", D(2017, 12, 15), D(2017, 12, 16)),
])
def test_the_eve_after_a_weekday_told_alone_counts_from_that_weekday(sentence, published, day):
    e = only(sentence, published, "전날")
    assert (e.date, e.end_date) == (day, day)


def test_a_span_listed_without_kkaji_closes_at_the_comma_or_at_eneun():
    # yv042, yv044, yv046 (1 May 2010): each span of the list ends at its comma or at 에는, as 까지 would end it
    sentence = ("노동절 연휴가 겹치는 1일부터 3일, 국경절 연휴 10월 1일부터 7일, 엑스포 폐막 전 1주일 10월25부터 31일에는 하루 "
                "입장객이 50만명으로 제한되고 지정일 입장표를 소지한 사람만 입장할 수 있다.")
    spans = [(e.date, e.end_date) for e in find_time_expressions(sentence, D(2010, 5, 1)) if e.role == "range"]
    assert spans == [(D(2010, 5, 1), D(2010, 5, 3)), (D(2010, 10, 1), D(2010, 10, 7)), (D(2010, 10, 25), D(2010, 10, 31))]


def test_kkaji_cut_to_kka_by_a_slip_still_closes_a_span():
    # xt006 (29 August 2018): "6일까," is 까지 cut short; the addresses run 4-6 September, not the 4th alone
    e = only("교섭단체 대표연설은 내달 4일부터 6일까, 대정부질문은 10일에서 13일로 예정됐다.", D(2018, 8, 29), "내달 4일부터 6일까")
    assert (e.date, e.end_date, e.role) == (D(2018, 9, 4), D(2018, 9, 6), "range")
    # civic dev c970 (2 March 2015): the same slip before a name ("20일부터 23일까 진도 신비의 바닷길 축제")
    e = only("뿐만 아니라 20일부터 23일까 진도 신비의 바닷길 축제가 개최되는 것으로 전해졌다.", D(2015, 3, 2), "20일부터 23일까")
    assert (e.date, e.end_date) == (D(2015, 3, 20), D(2015, 3, 23))


def test_each_day_of_a_list_set_up_to_its_deung_is_the_day_set():
    # yv073-yv076 (20 August 2015): the sittings "등으로 정해졌다" are set ahead; 12월 1일 and the days after it were
    # put in December 2014
    sentence = ("법률안 심사는 오는 10월 28일부터 진행되며, 각종 안건 처리를 위한 본회의 일자는 11월 5일, 26일과 12월 1일, 2일, 8일, "
                "9일 등으로 정해졌다.")
    days = [e.date for e in find_time_expressions(sentence, D(2015, 8, 20)) if e.text in ("12월 1일", "2일", "8일", "9일")]
    assert days == [D(2015, 12, 1), D(2015, 12, 2), D(2015, 12, 8), D(2015, 12, 9)]


def test_a_deadline_moved_from_one_day_to_another_is_two_points():
    # yv080, yv081 (20 August 2015): the old end (this month's end) and the new (15 November), not one span
    sentence = ("여야는 이밖에 내년 20대 총선 선거구획정 작업을 위한 국회 정치개혁특별위원회의 활동시한을 애초 이달말에서 "
                "오는 11월 15일까지로 연장하기로 했다.")
    found = {e.text: (e.date, e.end_date) for e in find_time_expressions(sentence, D(2015, 8, 20))}
    assert found["이달말"] == (D(2015, 8, 21), D(2015, 8, 31))
    assert found["오는 11월 15일"] == (D(2015, 11, 15), D(2015, 11, 15))


def test_a_months_day_glossed_by_its_year_in_brackets_is_that_years():
    # yw109-yw114 (7 June 2020): the earliest and latest starts of the rainy season, each day glossed by its year
    sentence = "가장 빨리 장마철이 시작됐던 때는 중부 6월 15일(1984년), 남부 6월 10일(2011년), 제주 6월 10일(2011년)이다."
    days = [e.date for e in find_time_expressions(sentence, D(2020, 6, 7))]
    assert days == [D(1984, 6, 15), D(2011, 6, 10), D(2011, 6, 10)]


@pytest.mark.parametrize("sentence, published, text, span", [
    # yw014 (3 February 1995): "이달안에" is 이달 안에, within February, a missing space
    ("한편 중구 신당동 330일대 신당4동 8백80여평과 성북구 월곡동 77일대 3만5천여평등 2곳도 이달안에 도시계획위원회의 "
     "심의를 거쳐 주거환경개선사업구역으로 지정돼 본격적인 주거환경사업이 추진될 예정이다.", D(1995, 2, 3), "이달",
     (D(1995, 2, 1), D(1995, 2, 28))),
    # ym021 (16 September 2017, a Saturday): "주말인 토요일" is the Saturday, not the whole weekend
    ("[미디어펜=문상진 기자]주말인 토요일 오늘날씨는 제18호 태풍 '탈림(TALIM)'이 예상보다 늦게 북상하면서 전국이 대체로 "
     "구름 많은 날씨를 보였다.", D(2017, 9, 16), "주말", (D(2017, 9, 16), D(2017, 9, 16))),
])
def test_a_month_word_glued_to_ane_and_the_weekend_glossed_by_its_day_read_as_told(sentence, published, text, span):
    e = only(sentence, published, text)
    assert (e.date, e.end_date) == span


def test_a_plan_in_progress_dates_what_it_plans_ahead():
    # yy124, yy126 (1 April 2024): "… 운항을 각각 계획하고 있다" is a plan still to come, not a flight under way since
    sentence = "제주항공은 4월 24일부터 매주 4회, 진에어는 5월 9일부터 매주 2회 운항을 각각 계획하고 있다."
    days = [e.date for e in find_time_expressions(sentence, D(2024, 4, 1))]
    assert days == [D(2024, 4, 24), D(2024, 5, 9)]


def test_a_bare_day_the_carried_month_has_not_stays_in_its_own():
    # yy111 (25 January 2024): "… 회기는 내달 1일까지이며 … 본회의는 30일 오후 2시에 열린다": February has no 30th to go on
    # to from the 1st, and 30 March is no day after it; the 30th is January's
    sentence = ("합의문에 따르면 지난 9일부터 열리고 있는 1월 임시회 회기는 내달 1일까지이며 안건 처리를 위한 본회의는 "
                "30일 오후 2시에 열린다.")
    assert only(sentence, D(2024, 1, 25), "30일 오후").date == D(2024, 1, 30)


def test_a_day_before_its_bracketed_weekday_opens_a_range_without_il():
    # civic news c1146 (17 December 2014): "3월28(토)~29일(일) 개막 2연전": the first day's 일 is left out before its
    # weekday; the range is the two days, not the month
    sentence = ("kt는 17일 한국야구위원회(KBO)가 사상 첫 10구단 체제로 운영되는 2015년 1군 페넌트레이스 일정 발표 결과 "
                "3월28(토)~29일(일) 개막 2연전에서 롯데 자이언츠와 부산 사직구장에서 1군 데뷔전을 갖는다.")
    e = only(sentence, D(2014, 12, 17), "3월28(토)~29일")
    assert (e.date, e.end_date, e.precision) == (D(2015, 3, 28), D(2015, 3, 29), "day")


def test_listed_days_with_no_past_verb_stay_in_the_month_the_list_opened():
    # civic news c1146 (17 December 2014): "5월에는 … NC 다이노스(1~3일), … LG 트윈스(8~10일), 롯데(15~17일) … 마친다":
    # days numbered before the day of publication, in a list no past verb closes, are May's, not December's
    sentence = ("5월에는 2년 먼저 1군 무대에 데뷔한 NC 다이노스(1~3일), 역시 ‘통신업계 라이벌’ LG 트윈스(8~10일), 롯데(15~17일), "
                "한화 이글스(22~24일)와 홈에서 격돌하면 9개 구단을 모두 상대로 홈 1라운드를 마친다.")
    for text, first in (("8~10일", 8), ("15~17일", 15), ("22~24일", 22)):
        assert only(sentence, D(2014, 12, 17), text).date == D(2015, 5, first)


@pytest.mark.parametrize("sentence, published, text, day", [
    # dates batch yz (yz037, yz051): a count of days from the election, glossed by the day it comes to
    ("또 선거 30일 전인 5월 14일까지 국회의원이 시장선거에 입후보 하거나 비례대표지방의원에 입후보 하는 경우 사직해야 한다.",
     D(2017, 11, 25), "5월 14일", D(2018, 5, 14)),
    ("다만 공무원 등 입후보제한직에 있는 자는 선거일 전 90일(3월 5일) 또는 30일(5월 4일)까지 사직해야 한다.",
     D(2026, 2, 20), "5월 4일", D(2026, 5, 4)),
])
def test_a_count_of_days_glossed_by_its_day_is_no_day_of_the_month(sentence, published, text, day):
    found = find_time_expressions(sentence, published)
    assert [(e.text, e.date) for e in found if e.text.startswith(("30일", text))] == [(text, day)]


def test_an_election_named_by_its_day_and_awaited_is_the_coming_one():
    # dates batch yz (yz043, 20 February 2026): "6·3 지방선거를 103일 앞둔 20일": a bare "6·3 지방선거" is a name, but
    # one awaited is the election ahead
    sentence = "6·3 지방선거를 103일 앞둔 20일 시장·구청장과 시·도의원 및 구·시의원 선거의 예비후보자 등록이 시작됐다."
    assert only(sentence, D(2026, 2, 20), "6·3").date == D(2026, 6, 3)
    assert not find_time_expressions("4·24 재보선 결과가 나왔다.", D(2026, 2, 20))


@pytest.mark.parametrize("sentence", [
    # civic news c1195 (8 October 2015): days a week, and a weekday set aside, name no day of the calendar
    "올 시즌에도 V리그는 금요일을 제외한 주 6일 팬들을 찾아간다.",
    "지난 시즌 월요일과 목요일에 휴식을 가졌던 여자부는 올 시즌엔 남자부와 함께 월요일을 제외한 주6일 팬들을 찾아간다.",
])
def test_days_a_week_and_a_weekday_set_aside_are_no_dates(sentence):
    assert not [e for e in find_time_expressions(sentence, D(2015, 10, 8)) if e.text in ("6일", "금요일", "월요일")
                and e.start > sentence.index("제외") - 6]
    # a week named before its day still dates it ("우선 이번 주 15일부터 SBS …", civic news dev)
    assert only("우선 이번 주 15일부터 드라마가 방송된다.", D(2015, 10, 8), "15일").date == D(2015, 10, 15)


def test_a_decision_qualified_before_its_verb_is_still_ahead():
    # civic news c1218 (13 October 1998): "… △19일 정부측 시정연설을 듣고 △23일부터 내달 11일까지 20일간 국정감사를 한 뒤
    # … 벌이기로 잠정합의했다": 잠정 between -기로 and 합의 leaves a decision about days to come, not September's
    sentence = ("여야 3당은 12일 수석부총무회담을 열어 향후 국회일정과 관련, △19일 정부측 시정연설을 듣고 △23일부터 내달 11일까지 "
                "20일간 국정감사를 한 뒤 △5일간의 대정부질문을 벌이기로 잠정합의했다.")
    assert only(sentence, D(1998, 10, 13), "19일").date == D(1998, 10, 19)
    assert only(sentence, D(1998, 10, 13), "23일부터 내달 11일까지").date == D(1998, 10, 23)


@pytest.mark.parametrize("sentence, published, text, day", [
    # civic news c1288 (29 February 2016): the schools open the next day; the inspection was finished on the 23rd
    ("경남도교육청은 29일 “3월1일 개교하는 7개 학교의 준공검사를 지난 23일 모두 완료했다.", D(2016, 2, 29), "3월1일",
     D(2016, 3, 1)),
    # civic news c1276 (22 January 1997, two days before the Universiade's opening): Korea entered none of the events
    ("이번 대회 첫 금메달은 개막 하루전인 23일 오전 10시에 시작하는 바이애슬론 여자 15㎞경기에서 가려지는데 한국은 이 경기는 물론 "
     "바이애슬론 여자부 3개 세부종목 모두에 참가하지 못했다.", D(1997, 1, 22), "23일 오전", D(1997, 1, 23)),
])
def test_a_days_own_present_adnominal_is_not_placed_by_the_verb_after_its_noun(sentence, published, text, day):
    assert only(sentence, published, text).date == day


def test_a_day_word_after_the_day_it_was_said_counts_from_publication():
    # dates batch zb (Jejupod, 25 February 2019): said on the 25th, the registration opens the next day
    sentence = ("제주특별자치도선거관리위원회(이하 도선관위)는 25일 내일부터 이틀 동안 제2회 전국동시조합장선거 후보자등록 "
                "신청을 접수한다고 밝혔다.")
    assert only(sentence, D(2019, 2, 25), "내일").date == D(2019, 2, 26)
    assert only(sentence, D(2019, 2, 25), "25일").date == D(2019, 2, 25)


def test_the_last_of_listed_days_before_yeonsok_is_a_day_not_a_count():
    # dates batch zb (Herald Economy, 9 January 2013): three trial days in a row; `5일 연속` alone stays a count
    sentence = "재판부는 최씨의 재판에 대한 국민적 관심 등을 고려해 오는 16일, 23일, 30일 연속해 재판을 열기로 했다."
    assert only(sentence, D(2013, 1, 9), "30일").date == D(2013, 1, 30)
    assert [e.text for e in find_time_expressions("코스피가 5일 연속 올랐다.", D(2013, 1, 9))] == []


def test_a_months_day_without_il_before_its_bracketed_weekday_and_buteo():
    # dates batch zb (a Daejeon Seo-gu council notice, 14 May 2019)
    sentence = "서구의회(의장 김창관)는 제250회 제1차 정례회를 6월7(금)부터 6월19(수)까지 13일간의 회기로 개회한다."
    assert span(sentence, D(2019, 5, 14), "6월7(금)부터 6월19(수)까지") == (D(2019, 6, 7), D(2019, 6, 19), "day")


@pytest.mark.parametrize("sentence", [
    # dates batch zb (Etoday, March 2007): the market a company is listed on stands between 결산 and the company
    "12월 결산 유가증권시장 상장법인 세 곳 중 한 곳은 3월 16일(셋째주 금요일)에 주주총회를 개최하는 것으로 나타났다.",
    "12월 결산 유가증권 상장법인 가운데 이미 2월말까지 정기주총을 완료한 곳은 37개사로 6.2%에 그쳤다.",
])
def test_a_fiscal_years_closing_month_before_the_market_and_the_company_is_no_date(sentence):
    assert "12월" not in [e.text for e in find_time_expressions(sentence, D(2007, 3, 1))]


def test_a_finding_reported_of_what_is_done_in_the_present_leaves_the_day_ahead():
    # dates batch zb (Etoday, 1 March 2007): the meetings are on the 16th to come; a state found (`… 있는 것으로
    # 알려졌다`) still holds when reported and stays behind
    sentence = "12월 결산 유가증권시장 상장법인 세 곳 중 한 곳은 3월 16일(셋째주 금요일)에 주주총회를 개최하는 것으로 나타났다."
    assert only(sentence, D(2007, 3, 1), "3월 16일").date == D(2007, 3, 16)
    sentence = "A씨는 18일 현재 열이 조금 내리는 등 차츰 안정을 찾아가고 있는 것으로 알려졌다."
    assert only(sentence, D(2015, 6, 15), "18일").date == D(2015, 5, 18)


def test_a_total_of_days_after_modu_is_a_count():
    # dates batch zb (Sports Chosun, 19 November 2014)
    sentence = "추석 연휴는 9월 26일부터 29일까지 모두 4일이다."
    assert "4일" not in [e.text for e in find_time_expressions(sentence, D(2014, 11, 19))]


def test_a_schedule_told_as_it_stood_keeps_its_days_ahead_and_its_month():
    # dates batch zb (iNews24, 17 August 2017): the schedule before it was changed, both stages in September
    sentence = "변경되기 이전의 갤럭시노트8의 예약판매 일정은 9월1일~10일 예약 접수, 11일~14일 사전개통이었다."
    assert span(sentence, D(2017, 8, 17), "9월1일~10일") == (D(2017, 9, 1), D(2017, 9, 10), "day")
    assert span(sentence, D(2017, 8, 17), "11일~14일") == (D(2017, 9, 11), D(2017, 9, 14), "day")


def test_two_days_joined_by_gwa_and_closed_by_sai_are_a_span():
    # dates batch zb (iNews24, 17 August 2017); joined days with no 사이 stay two days
    sentence = "예약구매자 대상 사전개통 또한 9월6일과 9월8일 사이에 시작될 것으로 보인다."
    assert span(sentence, D(2017, 8, 17), "9월6일과 9월8일 사이") == (D(2017, 9, 6), D(2017, 9, 8), "day")
    assert [e.text for e in find_time_expressions("9월6일과 9월8일에 경기가 열린다.", D(2017, 8, 17))] == ["9월6일", "9월8일"]


def test_a_listed_span_whose_end_names_next_years_month_starts_on_its_own_day():
    # civic news c1312 (9 December 2001): each region's winter holidays start this December
    sentence = ("부산 지역은 23일부터 내년 2월 4일까지, 대구 지역은 20일부터 내년 1월 31일까지, 광주는 21일부터 내년 1월 31일까지 "
                "겨울방학을 실시한다.")
    assert [e.date for e in find_time_expressions(sentence, D(2001, 12, 9))] == [D(2001, 12, 23), D(2001, 12, 20),
                                                                                   D(2001, 12, 21)]


def test_a_schedule_described_as_agreed_before_keeps_its_days_ahead():
    # civic news c1305 (7 October 1991): the days of the agreed schedule are this week's, not September's
    sentence = ("국회는 이날 본회의를 속개,김영삼민자당대표최고위원의 대표연설을 들은 뒤 ▲8일 이기택민주당공동대표 대표연설 ▲9일 "
                "새해예산안에 즈음한 대통령 시정연설및 예결위구성 ▲10∼15일 정치 외교안보 경제Ⅰ·Ⅱ,사회·문화등 5개분야 대정부질문 "
                "순으로 여야간 이미 합의된 일정을 계속한다.")
    assert [e.date for e in find_time_expressions(sentence, D(1991, 10, 7)) if e.precision == "day"][1:] == [
        D(1991, 10, 8), D(1991, 10, 9), D(1991, 10, 10)]


def test_a_one_day_holiday_touching_no_weekend_has_no_break_of_its_own():
    from digest.text.korean_holidays import holiday_span

    # 한글날 2024 fell on a Wednesday: its 연휴 is the day alone, and 설날's is still the law's three days
    assert holiday_span("한글날", 2024, True) == (D(2024, 10, 9), D(2024, 10, 9))
    assert holiday_span("설날", 2026, True) == (D(2026, 2, 16), D(2026, 2, 18))


@pytest.mark.parametrize(("sentence", "published"), [
    # counts a two-digit 년 makes before other words (batches v, vu, zd)
    ("김 선수 소속팀 두산 베어스는 지난달 31일 삼성을 꺾고 14년 만에 한국시리즈 우승을 차지했다.", D(2015, 11, 2)),
    ("14일 저녁 7시30분부터 9시까지 서울광장에서 열리는 전야제는 70년 역사와 우리 민족의 미래를 구현하는 ‘빛의 축제’라는 주제로 "
     "개최된다.", D(2015, 8, 10)),
])
def test_a_two_digit_count_of_years_is_no_year(sentence, published):
    assert not [e for e in find_time_expressions(sentence, published) if e.precision == "year"]


def test_days_listed_with_a_comma_go_on_in_the_schedules_month():
    # imaeil.com/page/view/2024013016034964856 (batch zh), 30 January 2024: after "3월 9일 시작해 19일까지", "9, 10일" is
    # March's, as "9일" alone would be (a list of days is still a sentence of bare days)
    read = _read(["올해 시범경기는 3월 9일 시작해 19일까지 이어진다.", "각 팀이 10경기씩, 모두 48경기를 치르는 일정이다.",
                  "삼성은 9, 10일 한화와 맞붙는다."], D(2024, 1, 30))
    assert [(e.date, e.end_date) for e in read[2]] == [(D(2024, 3, 9), D(2024, 3, 10))]


@pytest.mark.parametrize(("sentence", "published", "text", "expected"), [
    # joongang.co.kr/article/23569572 (batch yu), 3 September 2019: a forecast whose source stands between 것으로 and its verb
    ("제주도 남서쪽 310㎞ 부근 해상까지 진출할 6일 오전 9시에는 태풍의 중심기압이 965 hPa로 낮아지고, 중심 부근 최대풍속은 "
     "초속 37m(시속 133㎞)에 이를 것으로 기상청은 예상했다.", D(2019, 9, 3), "6일", D(2019, 9, 6)),
    # busan.fnnews.com/news/202403021005209695 (batch yx), 2 March 2024: temperatures forecast in degrees, in the passive
    ("4일 아침 최저 기온은 영하 6도에서 영상 5도이며 낮 최고 기온은 6∼13도로 전망됐다.", D(2024, 3, 2), "4일", D(2024, 3, 4)),
])
def test_a_day_in_a_forecast_told_in_the_past_is_ahead(sentence, published, text, expected):
    assert _first_date(sentence, published, text) == expected


@pytest.mark.parametrize(("sentence", "published", "text", "expected"), [
    # hani.co.kr/arti/economy/finance/824297.html (batch yw), 20 December 2017: the New Year's 2nd, January's
    ("새해 2일 증권시장과 파생상품시장 개장 시각은 1시간 연기한 오전 10시에 열리며 종료 시각은 평소와 같다.", D(2017, 12, 20),
     "새해 2일", D(2018, 1, 2)),
    # m.seoul.co.kr/news/1999/12/13/19991213028002 (batch ze), 13 December 1999: a month's day of the New Year
    ("새 원서접수처에서는 새해 1월16일 시행될 9급 국가공무원 채용시험을 비롯해 사법시험,행정·외무고시,7·9급 국가직 공무원 등의 "
     "원서를 접수하게 된다.", D(1999, 12, 13), "새해 1월16일", D(2000, 1, 16)),
])
def test_a_day_of_the_new_year(sentence, published, text, expected):
    assert [(e.text, e.date, e.precision) for e in find_time_expressions(sentence, published)] == [(text, expected, "day")]


def test_a_span_a_plan_is_moved_to_again_is_ahead():
    # m.newspic.kr (nid 2025041609303570763, batch yk), 16 April 2025: 재연기, moved again, to October
    found = find_time_expressions("무안군은 구제역 발생으로 한차례 연기됐었던 2025 운남에서 돈·세·고 축제는 10월 3∼4일로 재연기했고, "
                                  "5월 7일 열릴 예정이던 제56회 무안군민의 날은 6월 중순으로 연기했다.", D(2025, 4, 16))
    assert [(e.date, e.end_date) for e in found if e.text == "10월 3∼4일"] == [(D(2025, 10, 3), D(2025, 10, 4))]


def test_a_holiday_glossed_by_its_date_and_weekday_is_of_the_year_the_weekday_fits():
    # imaeil.com/page/view/2005021709211569252 (batch zf), 17 February 2005, on next year's calendar: both Mondays
    # are 2006's, and so are the holidays they gloss
    found = find_time_expressions("이틀 계속되는 휴일은 2회로 제헌절인 7월 17일(월)과 성탄절인 12월 25일(월)이 일요일과 연결돼 있다.",
                                  D(2005, 2, 17))
    assert [(e.text, e.date) for e in found][:4] == [
        ("제헌절", D(2006, 7, 17)), ("7월 17일", D(2006, 7, 17)), ("성탄절", D(2006, 12, 25)), ("12월 25일", D(2006, 12, 25))]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # hankookilbo.com/News/Read/199510030027641730 (batch zc), 3 October 1995: 1996's 설 falls on the days that gloss it
    ("병자년인 내년에는 일요일을 포함한 공휴일이 67일로 올해와 같고 2일 이상의 연휴는 3일간의 신정연휴(12월31일∼1월2일)와 "
     "설연휴(2월18일∼20일) 4일간의 추석연휴(9월26일∼29일)밖에 없어 올해의 5차례보다 2번이 줄어든다.", D(1995, 10, 3),
     [("설연휴", D(1996, 2, 18), D(1996, 2, 20)), ("2월18일∼20일", D(1996, 2, 18), D(1996, 2, 20))]),
    # v.media.daum.net/v/20160309114734361 (batch zc), 9 March 2016: next year's 신정 and 설 with their glosses
    ("내년 신정(1월 1일)과 설날 연휴(1월 27~29일)의 마지막 날이 일요일과 겹쳤으며, 추석 연휴(10월 3~5일)의 첫날도 개천절과 "
     "겹쳐 모두 3일 빠진다.", D(2016, 3, 9),
     [("내년 신정", D(2017, 1, 1), D(2017, 1, 1)), ("1월 1일", D(2017, 1, 1), D(2017, 1, 1)),
      ("설날 연휴", D(2017, 1, 27), D(2017, 1, 29)), ("1월 27~29일", D(2017, 1, 27), D(2017, 1, 29))]),
])
def test_a_holiday_and_the_days_that_gloss_it_are_of_the_year_the_holiday_falls_on_them(sentence, published, expected):
    found = find_time_expressions(sentence, published)
    names = {text for text, _, _ in expected}
    assert [(e.text, e.date, e.end_date) for e in found if e.text in names] == expected


def test_a_day_a_holiday_break_is_stretched_to_stays_beside_the_holiday():
    # hankyung.com/news/article/1992082701611 (batch ze), 27 August 1992: 추석 fell on Friday 11 September, the break
    # ran on to Sunday the 13th; "마지막날인 13일" is that Sunday, not 13 August
    found = find_time_expressions("귀향일은 추석하루전인 9월10일이 50. 4%이며 귀경일은 추석연휴마지막날인 13일이 52. 6%로 가장 많았다.",
                                  D(1992, 8, 27))
    assert [(e.text, e.date) for e in found][-2:] == [("추석연휴마지막날", D(1992, 9, 13)), ("13일", D(1992, 9, 13))]


def test_a_month_word_before_two_days_listed_with_a_comma():
    # hankyung.com/article/2002090439901 (batch zg), 4 September 2002: 이달 19,20일 is the 19th and 20th of this month
    found = find_time_expressions("서울시 지하철공사는 이달 19,20일과 22일 등 3일간 78명의 역무인력을 증원 투입키로 했다.", D(2002, 9, 4))
    assert [(e.text, e.date, e.end_date) for e in found] == [
        ("이달 19,20일", D(2002, 9, 19), D(2002, 9, 20)), ("22일", D(2002, 9, 22), D(2002, 9, 22))]


def test_a_day_without_il_before_its_weekday_mark():
    # donga.com/news/amp/all/20161223/82013081/2 (batch ze), 23 December 2016: a ministry's tweet writes "23(금)" for
    # Friday the 23rd and "25(일)" for Sunday the 25th
    found = find_time_expressions("국토교통부 공식 트위터에도 “상주~영덕 고속도로 개통 시각, 23(금) 오후 6시에서 25(일) 자정으로 "
                                  "조정된다. 개통 전 고속도로 상태를 최종 점검한 결과, 일부 미비점을 보완할 필요가 있어 개통시간이 "
                                  "변경되었다”는 글이 게재됐다.", D(2016, 12, 23))
    assert [(e.text, e.date) for e in found] == [("23", D(2016, 12, 23)), ("25", D(2016, 12, 25))]


def test_a_two_digit_year_before_a_lunar_holiday():
    # hankyung.com/article/1996031300441 (batch zf), 13 March 1996: 98년 설 is the 설 of 1998 (28 January)
    found = find_time_expressions("이에따라 내년 추석 귀성열차표는 오는 11월1일부터, 98년 설 귀성열차표는 내년 4월1일부터 연중 예매에 "
                                  "들어간다.", D(1996, 3, 13))
    assert [(e.text, e.date) for e in found if "설" in e.text] == [("98년 설", D(1998, 1, 28))]


def test_the_first_of_listed_month_days_is_no_day_of_saying_most_of_a_year_back():
    # wowtv.co.kr (A201409210007, batch yt), 21 September 2014: both days are this autumn's, ahead of the report
    found = find_time_expressions("강원지방기상청은 첫 단풍이 오는 28일 설악산에서 가장 먼저 시작하고, 오대산은 10월 3일, 치악산은 10월 "
                                  "8일 단풍을 볼 수 있을 것이라고 밝혔다.", D(2014, 9, 21))
    assert [(e.text, e.date) for e in found] == [
        ("오는 28일", D(2014, 9, 28)), ("10월 3일", D(2014, 10, 3)), ("10월 8일", D(2014, 10, 8))]


def test_a_later_half_told_bare_after_one_named_with_its_year_is_of_that_year():
    # dynews.co.kr/news/articleView.html?idxno=335731 (batch yi), 19 December 2016: 하반기 after 내년 상반기 is 2017's second half, not this year's
    found = find_time_expressions("이번에 착수신고를 한 건설사들은 내년 상반기 토지보상이 마무리되면 늦어도 하반기에는 실제 공사에 "
                                  "들어갈 계획이다.", D(2016, 12, 19))
    assert [(e.text, e.date, e.end_date) for e in found] == [
        ("내년 상반기", D(2017, 1, 1), D(2017, 6, 30)), ("하반기", D(2017, 7, 1), D(2017, 12, 31))]


def test_this_time_last_year():
    # hankyung.com/article/2002111443491 (batch yy), 14 November 2002: 지난해 이맘때 is 14 November 2001
    found = find_time_expressions("지난해 이맘때의 1백53만원에 비하면 60% 가까이 올랐다.", D(2002, 11, 14))
    assert [(e.text, e.date, e.precision) for e in found] == [("지난해 이맘때", D(2001, 11, 14), "day")]


def test_a_weekday_compared_with_cheoreom():
    # newdaily.co.kr/site/data/html/2015/08/29/2015082900032.html (batch yn), Saturday 29 August 2015: 토요일처럼,
    # "like Saturday", is today
    found = find_time_expressions("다만 일요일 역시 토요일처럼 대기불안정으로 남부지방에서는 곳에 따라 비가 내리는 곳도 있겠다.",
                                  D(2015, 8, 29))
    assert [(e.text, e.date) for e in found if e.text.startswith("토")] == [("토요일", D(2015, 8, 29))]


def test_a_weekly_closing_day_is_no_day():
    # sedaily.com/NewsView/1HNUZRGTR3 (batch zh), 9 June 2004: "(월요일 휴관)" is every Monday of the exhibition, no one day
    found = find_time_expressions("오는 9월10일까지 전시(월요일 휴관)되며 입장료는 무료다.", D(2004, 6, 9))
    assert [e.text for e in found] == ["오는 9월10일"]


def test_a_decision_with_who_decided_between_giro_and_the_agreeing():
    # hankyung.com/article/1990051100651 (batch zg), 11 May 1990: the session agreed on is this month's 28th
    found = find_time_expressions("민자당의 김동영총무도 \"의장단의 임기를 고려해 28일께 임시국회를 소집하기로 여야간에 잠정합의했다\"며 "
                                  "오는 28일께 임시국회 소집을 확인했다.", D(1990, 5, 11))
    assert [(e.text, e.date) for e in found] == [("28일", D(1990, 5, 28)), ("오는 28일", D(1990, 5, 28))]


def test_days_ahead_of_a_months_happening_named_at_length_are_not_in_that_month():
    # civic news c1119 (23 October 2015): the internet census runs before November's interviews, from the 24th
    found = find_time_expressions("통계청은 11월 ‘2015 인구주택총조사’ 방문 면접조사에 앞서 24일부터 31일까지 8일 동안 인터넷 조사를 "
                                  "실시한다.", D(2015, 10, 23))
    assert [(e.text, e.date, e.end_date) for e in found][1:] == [("24일부터 31일까지", D(2015, 10, 24), D(2015, 10, 31))]


def test_the_new_month_is_the_coming_month():
    # civic news c1444 (Seoul Shinmun, 27 March 2000): "정규리그는 새달 5일 … 일제히 개막전을 펼친다": 5 April
    found = find_time_expressions("9월24일까지 6개월 동안의 대장정을 벌이는 정규리그는 새달 5일 대전(한화-현대)과 사직(롯데-LG)에서 "
                                  "일제히 개막전을 펼친다.", D(2000, 3, 27))
    assert [(e.text, e.date) for e in found] == [("9월24일", D(2000, 9, 24)), ("새달 5일", D(2000, 4, 5))]


def test_a_span_running_on_past_publication_starts_in_its_month_despite_a_past_verb():
    # civic news c636 (18 October 2017): the travel week runs from 21 October to 5 November, though the province
    # "나섰다" (set out) to welcome visitors
    found = find_time_expressions("전남도는 2017 가을 여행주간인 21일부터 다음달 5일까지 22개 시ㆍ군에서 44개의 행사ㆍ축제를 개최하고, "
                                  "125개의 할인업소를 운영하는 등 전국 관광객 맞이에 나섰다고 18일 밝혔다.", D(2017, 10, 18))
    assert (found[0].text, found[0].date, found[0].end_date) == ("21일부터 다음달 5일까지", D(2017, 10, 21), D(2017, 11, 5))


def test_days_listed_with_commas_run_from_the_first_to_the_last():
    # civic news c1010 (2015): "동부의 4강 PO는 19, 21, 23, 25, 27일에 각각 열리게 된다": the series opens on the 19th
    found = find_time_expressions("동부의 4강 PO는 19, 21, 23, 25, 27일에 각각 열리게 된다.", D(2015, 3, 5))
    assert [(e.text, e.date, e.end_date) for e in found] == [("19, 21, 23, 25, 27일", D(2015, 3, 19), D(2015, 3, 27))]


def test_a_span_carried_into_a_month_named_before_it_is_not_pulled_back_to_end_on_publication_day():
    # m.ajunews.com/view/20180928172801823 (batch zh, zh095), 28 September 2018: the market of 26-28 October, told after
    # the ginseng festival of "다음달 5일부터 7일까지", does not end on the page's own day
    found = find_time_expressions("또한 전시기간 중 다음달 5일부터 7일까지 제3회 연천 고려인삼축제, 26일부터 28일까지 진행하는 연천군 "
                                  "농특산물 큰 장터 등 행사가 진행되며 전기시간 내내 연천군 우수농산물로 만든 음식 판매도 함께 진행할 "
                                  "예정이다.", D(2018, 9, 28))
    assert [(e.date, e.end_date) for e in found] == [(D(2018, 10, 5), D(2018, 10, 7)), (D(2018, 10, 26), D(2018, 10, 28))]


def test_a_month_words_day_without_il_before_from():
    # civic news c1299 (April 2023): "이달 26부터 내달 말까지 봉축행사를 개최한다": 26 April to the end of May
    found = find_time_expressions("조계사는 이달 26부터 내달 말까지 봉축행사를 개최한다고 밝혔다.", D(2023, 4, 20))
    assert [(e.text, e.date, e.end_date) for e in found] == [("이달 26부터 내달 말까지", D(2023, 4, 26), D(2023, 5, 31))]


def test_a_span_into_the_next_year_may_tell_the_ends_year():
    # donga.com/news/Society/article/all/19961206/7213332/1 (batch zh, zh028-zh029), 6 December 1996
    found = find_time_expressions("정시모집은 「가나다라」 4개군(群)으로 나뉘어 실시되며 12월16일∼97년 1월9일 사이에 각각 원서를 접수, "
                                  "논술과 면접(12월26일∼97년1월17일) 등을 거쳐 내년 1월26일까지 대학별로 합격자를 발표한다.", D(1996, 12, 6))
    assert [(e.date, e.end_date) for e in found][:2] == [(D(1996, 12, 16), D(1997, 1, 9)), (D(1996, 12, 26), D(1997, 1, 17))]


def test_a_span_whose_end_notes_a_day_set_aside_before_until():
    # hankyung.com/article/1995012000941 (batch zh, zh013-zh014), 20 January 1995: 3 February to 30 May, and the day
    # set aside in brackets keeps its own date
    found = find_time_expressions("시가 발표한 10부제 시행계획에 따르면 10부제 실시기간은 다음달 3일부터 오는 5월 30일(3월31일 제외)까지이며 "
                                  "3일부터 12일까지 10일동안은 계도기간으로 정했다.", D(1995, 1, 20))
    assert [(e.text, e.date, e.end_date) for e in found][:2] == [
        ("다음달 3일부터 오는 5월 30일", D(1995, 2, 3), D(1995, 5, 30)), ("3월31일", D(1995, 3, 31), D(1995, 3, 31))]


def test_today_right_after_the_topic_is_the_storys_day_not_the_schedules():
    # civic news c1459 (Seoul Shinmun, 17 September 1993): after "국정감사를 10월4일부터 20일간", the assembly's committee
    # work "17일부터 4일간" starts on the day of the page, not on 17 October
    lead = ("국회는 16일 공전 1주일만에 정상가동,이날 하오 본회의를 열어 21일까지의 의사일정을 확정하고 올 국정감사를 10월4일부터 "
            "20일간 실시할 것을 의결했다.")
    later = "국회는 17일부터 4일간 국정감사계획서 작성을 위한 상임위 활동을 벌인뒤 21일 본회의를 열어 국감계획서를 의결할 예정이다."
    found = _read([lead, later], D(1993, 9, 17))[1]
    assert [(e.date, e.end_date) for e in found] == [(D(1993, 9, 17), D(1993, 9, 17)), (D(1993, 9, 21), D(1993, 9, 21))]


def test_the_same_day_after_what_the_topic_did_first_is_the_day_told_before():
    # yx052 (1 January 2024): the president visits the cemetery on the 1st, then gives the New Year address "같은 날"
    lead = "윤석열 대통령이 새해 첫 일정으로 1일 서울 동작구 동작동 국립서울현충원 묘역을 참배했다."
    later = "윤 대통령은 현충원 참배 후 같은 날 오전 10시 서울 용산 대통령실에서 신년사를 발표한다."
    day = _read([lead, later], D(2024, 1, 1))[1][0]
    assert (day.text, day.date) == ("같은 날 오전", D(2024, 1, 1))


def test_this_month_written_apart():
    # yi018 (2 October 2014): "확정실적 발표는 이 달 말께 나올 예정이다": the end of October
    found = find_time_expressions("확정실적 발표는 이 달 말께 나올 예정이다.", D(2014, 10, 2))
    assert [(e.date, e.end_date, e.precision) for e in found] == [(D(2014, 10, 21), D(2014, 10, 31), "month")]


def test_a_sentence_opening_with_this_year_keeps_its_month_days_in_it():
    # zj042-zj044 (a Chungbuk school-holiday story of 13 March 2018): the days the schools chose, though the sentence
    # ends in the past ("정한 날은 … 인 것으로 나타났다"), are this year's
    found = find_time_expressions("올해 충북지역 일선학교가 학교장 재량휴업일로 정한 날은 5월 21일, 10월 8일, 12월 31일 등인 것으로 "
                                  "나타났다.", D(2018, 3, 13))
    assert [e.date for e in found][1:] == [D(2018, 5, 21), D(2018, 10, 8), D(2018, 12, 31)]


def test_a_bare_two_digit_year_in_a_page_of_the_1900s():
    # zf006 (a market report of 28 December 1994): "94년 증시가 오름세로 대미를 장식했다"; zf027 (3 February 1999): a span of
    # years; a length after it stays a length
    assert [(e.text, e.date) for e in find_time_expressions("94년 증시가 오름세로 대미를 장식했다.", D(1994, 12, 28))] == [
        ("94년", D(1994, 1, 1))]
    span = find_time_expressions("3일 증권거래소와 업계에 따르면 88년부터 98년까지 11년간 설 직전 1주일간 종합주가지수 추이를 "
                                 "조사했다.", D(1999, 2, 3))
    assert [(e.text, e.date, e.end_date) for e in span if "88" in e.text] == [
        ("88년부터 98년까지", D(1988, 1, 1), D(1998, 12, 31))]
    assert find_time_expressions("그는 14년 만에 돌아왔다.", D(1999, 2, 3)) == []
    # "95년 한강축제": a name the year opens; and no page of this century reads a bare two-digit year so
    assert [e.text for e in find_time_expressions("\"95년 한강축제\"가 열린다.", D(1995, 8, 1))] == []
    assert find_time_expressions("18년 17교, 19년 9교에서 각각 13교로 변경했다.", D(2016, 9, 26)) == []
    # zx055 (25 December 1992): a comma glued after a word parts the year from it as a space does
    found = find_time_expressions("내년초 창원공장에 연산 3만t 규모의 극박판 냉연공장 건설에 착수,94년초 완공해서 95년에 7백40억원,98년에 "
                                  "1천1백64억원의 매출을 올릴 계획이다.", D(1992, 12, 25))
    assert [(e.text, e.date) for e in found if e.text.startswith("98")] == [("98년", D(1998, 1, 1))]


def test_a_sentence_whose_topic_is_next_years_frame_tells_that_years_days():
    # seoul.co.kr/news/1994/02/17/19940217021006 (batch zi, zi028), 17 February 1994, on 1995's calendar: "내년의 월력을 보면 95년은 … 추석연휴의 하루(9월10일)"
    lead = "을해년인 내년의 연중 쉬는 날은 모두 67일이 되는 것으로 나타났다."
    later = ("대덕연구단지의 천문대가 16일 발표한 내년의 월력을 보면 95년은 일요일 53일과 신정·설날·추석연휴 포함한 법정공휴일 17일을 "
             "합해 총 공휴일수는 모두 70일이나 이중 신정연휴의 하루(1월1일)와 석가탄신일(5월7일),추석연휴의 하루(9월10일)등 3일이 "
             "일요일과 겹쳐 실제 노는 날은 67일이 된다고 밝혔다.")
    found = _read([lead, later], D(1994, 2, 17))[1]
    assert [e.date for e in found if e.text == "9월10일"] == [D(1995, 9, 10)]


def test_a_year_inside_a_noun_phrase_ends_with_its_clause():
    # zk016 (Dong-A, the K League's 2000 calendar, told on 11 January 2000): "지난해" is the champion's year; after
    # "치르고" a new topic ("정규리그는") opens a clause whose months are this year's
    found = find_time_expressions("한국프로축구연맹은 11일 지난해 K리그 챔피언인 수원 삼성과 FA컵 챔피언 성남 일화간 단판승부로 시즌 첫 "
                                  "대회인 슈퍼컵을 치르고 정규리그는 5월 말∼11월 말 장기레이스로 하며 아시아대륙 최강을 뽑는 "
                                  "아시안컵축구선수권대회가 열릴 10월은 대표팀 차출 등을 고려해 한시적으로 휴식에 들어가기로 했다.",
                                  D(2000, 1, 11))
    assert [e.date for e in found if e.text.startswith("10월")] == [D(2000, 10, 1)]


def test_a_years_half_told_with_its_year_of_account():
    # zk076 (a county council's November 2020 session): "2020년도 하반기" is the second half of 2020, one expression
    found = find_time_expressions("이번 정례회에서는 2020년도 하반기 군정 주요업무 추진실적 보고, 2020년도 행정사무 감사, 2020년도 제4회 "
                                  "추가경정 예산안 및 안정화 기금 등을 심의한다.", D(2020, 11, 9))
    half = [e for e in found if e.precision == "half"]
    assert [(e.text, e.date, e.end_date) for e in half] == [("2020년도 하반기", D(2020, 7, 1), D(2020, 12, 31))]


def test_a_bare_start_above_the_ends_day_lies_in_the_month_before_the_end():
    # zk055 (Hankyung, the transport ministry's Chuseok plan of 10 September 1993): "28일 부터 10월3일까지" is 28 September to
    # 3 October, though the past verb ("정하고 … 마련했다") alone would send the 28th back to August
    found = find_time_expressions("교통부는 추석절을 맞아 28일 부터 10월3일까지 6일간을 추석절 특별수송기간으로 정하고 임시열차 5백48회 "
                                  "및 기존열차에 5백49량의 객차를 연결해 4천3백40개 열차 2만5천2백15량을 운행하는등 평상시에 비해 "
                                  "열차운행량을 25% 늘리는등 특별수송대책을 마련했다.", D(1993, 9, 10))
    assert [(e.date, e.end_date) for e in found if e.role == "range"] == [(D(1993, 9, 28), D(1993, 10, 3))]


def test_chuseok_by_the_older_papers_name():
    # zk053 (Hankyung, 10 September 1993): "올 추석절을 전후해" is this year's Chuseok, 30 September 1993
    found = find_time_expressions("올 추석절을 전후해 전국적으로 2천6백만명의 귀성객이 이동할 것으로 예상된다.", D(1993, 9, 10))
    assert [(e.text, e.date) for e in found] == [("올 추석절", D(1993, 9, 30))]


def test_a_span_whose_start_tells_its_part_of_day():
    # zk032 (a rainy-season forecast of 12 June 2013): "17일 오후~18일 사이" runs from the 17th to the 18th
    found = find_time_expressions("이번 장마전선의 영향으로 17일 오후~18일 사이 중부 지방을 시작으로 많은 비가 내릴 것으로 예보됐다.",
                                  D(2013, 6, 12))
    assert [(e.date, e.end_date) for e in found] == [(D(2013, 6, 17), D(2013, 6, 18))]


def test_a_span_of_weekdays_glossed_by_their_days_closed_by_do():
    # zk113 (a weekly forecast of 10 September 2023): "목요일(14일)부터 일요일(17일)도" is one span, 14-17 September
    found = find_time_expressions("목요일(14일)부터 일요일(17일)도 고기압 영향으로 전국 대부분 지역이 흐릴 전망이다.", D(2023, 9, 10))
    assert [(e.date, e.end_date) for e in found] == [(D(2023, 9, 14), D(2023, 9, 17))]


def test_a_span_of_months_told_with_their_parts():
    # zk015 (Dong-A, the K League's 2000 calendar, 11 January 2000): "5월 말∼11월 말" runs from 21 May to 30 November
    found = find_time_expressions("정규리그는 5월 말∼11월 말 장기레이스로 하며 아시아대륙 최강을 뽑는 아시안컵축구선수권대회가 열릴 10월은 "
                                  "대표팀 차출 등을 고려해 한시적으로 휴식에 들어가기로 했다.", D(2000, 1, 11))
    assert (found[0].text, found[0].date, found[0].end_date) == ("5월 말∼11월 말", D(2000, 5, 21), D(2000, 11, 30))


def test_holidays_of_a_calendar_article_its_lead_frames_by_the_years_number():
    # Joongdo Ilbo, 9 March 2016 (batch `zi…`): the lead tells the 2017 calendar by its number; the holidays after it,
    # told without a year, are 2017's
    lead = ("9일 한국천문연구원(KASI)이 발표한 월력요항에 따르면 닭의 해 2017년(단기 4350년)의 일요일은 53일, 관공서 공휴일은 "
            "15일이다.")
    later = "추석 연휴의 첫날과 개천절(10월 3일)도 겹쳐져 하루가 더 빠진다."
    last = "하지만 설날 연휴와 추석 연휴에는 대체공휴일이 적용되고 대통령선거일(12월 20일)이 포함돼 실제 공휴일 수는 68일이다."
    read = _read([lead, later, last], D(2016, 3, 9))
    assert [(e.text, e.date) for e in read[1] if e.text.startswith("개천절")] == [("개천절", D(2017, 10, 3))]
    assert [e.date for e in read[2] if "연휴" in e.text] == [D(2017, 1, 27), D(2017, 10, 3)]
    # alone, the sentence's holiday is the one ahead this year
    assert [e.date for e in _read([later], D(2016, 3, 9))[0] if e.text.startswith("개천절")] == [D(2016, 10, 3)]


def test_days_of_this_years_calendar_told_in_the_past_tense_stay_this_years():
    # Yonhap on wowtv, 13 March 2018 (batch `zj…`): a lead about this year's school holidays; the days after it that a
    # past verb alone sends back to 2017 are 2018's, and "일요일과 … 사이" names the Sunday right before the holiday
    lead = "올해 충북지역 일선학교가 학교장 재량휴업일로 정한 날은 5월 21일, 10월 8일, 12월 31일 등인 것으로 나타났다."
    later = "역시 일요일과 한글날(10월 9일) 사이인 '10월 8일'이 그 뒤를 이었다."
    read = _read([lead, later], D(2018, 3, 13))
    assert [(e.text, e.date) for e in read[1]] == [("일요일", D(2018, 10, 7)), ("한글날", D(2018, 10, 9)),
                                                   ("10월 9일", D(2018, 10, 9)), ("10월 8일", D(2018, 10, 8))]


def test_counts_of_days_off_are_no_days_of_the_month():
    # zi078 (Joongdo Ilbo, 9 March 2016), zi032 (Seoul Shinmun, 17 February 1994), zj092 (Hankook Ilbo, 26 October 1994)
    for sentence, published, counts in (
            ("9일 한국천문연구원(KASI)이 발표한 월력요항에 따르면 닭의 해 2017년(단기 4350년)의 일요일은 53일, 관공서 공휴일은 "
             "15일이다.", D(2016, 3, 9), ["15일"]),
            ("내년 휴일 가운데 4일 연휴는 일요일과 3일간의 설연휴가 이어지는 1월29일부터 2월1일까지 한번이고,3일 연휴는 추석연휴와 "
             "일요일이 이어진 9월8일부터 10일까지이다.", D(1994, 2, 17), ["4일 연휴", "3일 연휴"]),
            ("지난해보다 10일 일찍 시작된 올 추곡수매는 내년 1월말까지 전국 7천7백16개 수매장에서 실시된다.", D(1994, 10, 26), ["10일"])):
        starts = {e.start for e in find_time_expressions(sentence, published)}
        assert not [c for c in counts if sentence.index(c) in starts], sentence


def test_a_bare_day_that_opens_what_lasts_until_a_named_months_day_is_not_after_that_end():
    # c888 (New York Ilbo, 12 October 2012): "… 마지막 순회전시가 11일 맨하탄 첼시 소재 갤러리 호에서 개막, 내달 2일까지
    # 열린다." The opening is on 11 October, the day before publication, not on 11 November, after its end; a bare day
    # that opens nothing (`3일 … 에 따르면 이번달 2일까지 … 공시를 마친`) is left alone
    sentence = "40여명의 예술가들이 협력한 프로젝트 그룹전 ‘오퍼레이팅 시스템‘(Operating System)의 마지막 순회전시가 11일 " \
               "맨하탄 첼시 소재 갤러리 호에서 개막, 내달 2일까지 열린다."
    found = {e.text: (e.date, e.end_date) for e in find_time_expressions(sentence, D(2012, 10, 12))}
    assert found == {"11일": (D(2012, 10, 11), D(2012, 10, 11)), "내달 2일": (D(2012, 11, 2), D(2012, 11, 2))}


def test_a_bare_day_joined_right_after_a_months_day_is_read_beside_it():
    # c1313 (10 February 2003): "국민은행과 포스코는 정기주총을 다음달 21일과 14일 열기로 확정했다." The 14th is March's,
    # beside the 21st it is joined to with 과 (its own verb told as decided, not as done, keeps no day behind publication)
    found = {e.text: e.date for e in find_time_expressions("국민은행과 포스코는 정기주총을 다음달 21일과 14일 열기로 확정했다.",
                                                           D(2003, 2, 10))}
    assert found == {"다음달 21일": D(2003, 3, 21), "14일": D(2003, 3, 14)}


def test_parts_of_a_month_joined_by_a_hyphenation_point_are_read_as_with_a_middle_dot():
    # zl090-zl092 (24 March 2020): "대다수 학교가 5월 중‧하순에 중간고사를 치고, 7월 중‧하순에 기말고사를 치를 것으로
    # 보인다." The page joins 중 and 하순 with U+2027, not the middle dot U+00B7
    sentence = "그러나 개학이 한 달가량 늦춰지며 대다수 학교가 5월 중‧하순에 중간고사를 치고, 7월 중‧하순에 기말고사를 치를 것으로 보인다."
    found = [(e.date, e.end_date) for e in find_time_expressions(sentence, D(2020, 3, 24)) if "하순" in e.text]
    assert found == [(D(2020, 5, 11), D(2020, 5, 31)), (D(2020, 7, 11), D(2020, 7, 31))]


def test_the_month_days_of_a_past_edition_named_by_its_glued_year_are_that_years():
    # c1533 (Korea Post, 13 August 2019): "지난 2017박람회는 4월14일 개막했으며 세월호 3주기인 4월16일에는 이벤트 행사를
    # 자제하고 추모 행사로 대체해 운영한 바 있다." The 2017 expo's days, not this year's April
    sentence = "지난 2017박람회는 4월14일 개막했으며 세월호 3주기인 4월16일에는 이벤트 행사를 자제하고 추모 행사로 대체해 운영한 바 있다."
    found = {e.text: e.date for e in find_time_expressions(sentence, D(2019, 8, 13))}
    assert found == {"4월14일": D(2017, 4, 14), "4월16일": D(2017, 4, 16)}


def _spans_by_text(sentence: str, published: D) -> dict[str, tuple[D | None, D | None]]:
    """Each expression the sentence holds, by its text: (first day, last day)."""
    return {e.text: (e.date, e.end_date) for e in find_time_expressions(sentence, published)}


def test_a_day_described_by_an_adnominal_before_it_is_the_day_of_telling_a_schedule():
    # zm015 (Hankook Ilbo, 11 April 1996): "국회사무처는 투표일을 하루앞둔 10일 15대국회 개원일정을 발표했다." The
    # schedule was announced the day before the vote; the day is not one of the schedule's days ahead
    found = {e.text: e.date for e in find_time_expressions("국회사무처는 투표일을 하루앞둔 10일 15대국회 개원일정을 발표했다.",
                                                           D(1996, 4, 11))}
    assert found == {"10일": D(1996, 4, 10)}


def test_a_span_under_way_is_not_read_into_when_its_start_weekday_fits_the_day_ahead():
    # zm032 (Hankyung, 20 September 1995): "… 대망의 한국시리즈는 18일(수)부터 26일(목)까지 7전4선승제로 각각 거행된다."
    # 18 October 1995 was a Wednesday; 18 September, which would put the series under way, a Monday
    sentence = "또 준플레이오프 승자와 패넌트레이스 2위팀이 맞붙는 플레이오프는 9일(월)부터 15일(일)까지 5전3선승제로, " \
               "대망의 한국시리즈는 18일(수)부터 26일(목)까지 7전4선승제로 각각 거행된다."
    found = [(e.date, e.end_date) for e in find_time_expressions(sentence, D(1995, 9, 20))]
    assert found == [(D(1995, 10, 9), D(1995, 10, 15)), (D(1995, 10, 18), D(1995, 10, 26))]


# zm055-zm057 (Hankyung, 20 November 1990): two days whose 일 is left out, taken together by 양일, in the month the
# sentence told; zo072 (Hankyung, 19 November 1990): the same joined by a dot. zm010-zm013 (Hankyung, 12 September
# 1995), the regular session's calendar: the days after the inspection ending 14 October are October's, a year naming
# the budget between them leaving them going on
@pytest.mark.parametrize(("sentence", "published", "spans"), [
    ("이에따라 민영주택 1순위자는 12월1일부터 5일까지 4일간, 2순위자는 6일하루, 3순위자는 10,11 양일간 신청을 받게되며 "
     "청약예금이 실시되지 않고 있는 고양군지역 우선분은 12월 6,7 양일간 청약을 받기로 했다.", D(1990, 11, 20),
     {"10,11": (D(1990, 12, 10), D(1990, 12, 11)), "12월 6,7": (D(1990, 12, 6), D(1990, 12, 7))}),
    ("민자당측은 22.23양일간 교섭 단체별 대표연설및 대정부질문을 완료해야할것이라고 주장했다.", D(1990, 11, 19),
     {"22.23": (D(1990, 11, 22), D(1990, 11, 23))}),
    ("▲19∼23일 상임위별 94년도 결산심사 ▲25일∼10월14일 국정감사 ▲16일 96년도 예산안 시정연설 ▲17∼18일 교섭단체 대표연설 "
     "▲19∼24일 대정부질문", D(1995, 9, 12),
     {"16일": (D(1995, 10, 16), D(1995, 10, 16)), "17∼18일": (D(1995, 10, 17), D(1995, 10, 18)),
      "19∼24일": (D(1995, 10, 19), D(1995, 10, 24))}),
])
def test_days_of_a_schedule_read_as_the_spans_they_name(sentence, published, spans):
    found = _spans_by_text(sentence, published)
    assert {text: found.get(text) for text in spans} == spans


def test_a_holiday_naming_a_mood_or_theme_is_not_its_day():
    # c1543 (Joongdo Ilbo, July 2025), a summer night market: "방문객들은 한여름에 즐기는 크리스마스 분위기 속에서 다양한
    # 음식과 공연, 체험을 즐길 수 있다", "… 크리스마스 테마 만들기 체험을 운영하며": Christmas is the market's theme; the
    # holiday told as a day still is
    for sentence in ("재단 측에 따르면, 방문객들은 한여름에 즐기는 크리스마스 분위기 속에서 다양한 음식과 공연, 체험을 즐길 수 있다.",
                     "종합예술협동조합 '콩콩콩'은 크리스마스 테마 만들기 체험을 운영하며, 지속발전협의회, 경제정책과, YMCA 등 "
                     "유관기관들도 참여하여 다양한 홍보 활동을 펼칠 계획이다."):
        assert find_time_expressions(sentence, D(2025, 7, 10)) == []
    assert [e.date for e in find_time_expressions("올해 크리스마스에는 눈이 온다.", D(2025, 7, 10))] == [D(2025, 12, 25)]


def test_a_bare_day_a_day_ahead_before_a_reporting_verb_is_not_read_as_a_month_back():
    # zn110 (Newsis, 1 February 2024): "서울시교육청은 2일 시교육청 누리집에 '2024년도 제1회 초졸·중졸·고졸 검정고시'
    # 공고문을 게시한다고 밝혔다." The notice goes up tomorrow; as the day of saying the 2nd would be 2 January
    sentence = "서울시교육청은 2일 시교육청 누리집에 '2024년도 제1회 초졸·중졸·고졸 검정고시' 공고문을 게시한다고 밝혔다."
    assert [e.date for e in find_time_expressions(sentence, D(2024, 2, 1)) if e.text == "2일"] == [D(2024, 2, 2)]
    # a day behind publication before the reporting verb stays the day of saying
    sentence = "서울시교육청은 30일 시교육청 누리집에 공고문을 게시한다고 밝혔다."
    assert [e.date for e in find_time_expressions(sentence, D(2024, 2, 1))] == [D(2024, 1, 30)]


def test_two_weekdays_closed_by_sai_are_one_span():
    # zn091, zn099 (a weather outlook, 20 September 2025): "다음주(22일~28일)는 수요일과 목요일 사이 비가 내리는 등 …",
    # "토요일(27일)과 일요일(28일) 사이에는 다시 전국에 구름이 많거나 흐리겠다." Two weekdays joined by 과 and closed by
    # 사이 are the span between them, not the day before the second
    found = [(e.date, e.end_date) for e in find_time_expressions(
        "토요일(27일)과 일요일(28일) 사이에는 다시 전국에 구름이 많거나 흐리겠다.", D(2025, 9, 20))]
    assert found == [(D(2025, 9, 27), D(2025, 9, 28))]
    found = {e.text: (e.date, e.end_date) for e in find_time_expressions(
        "다음주(22일~28일)는 수요일과 목요일 사이 비가 내리는 등 전국이 대체로 흐릴 것으로 전망됐다.", D(2025, 9, 20))}
    assert found["수요일과 목요일 사이"] == (D(2025, 9, 24), D(2025, 9, 25))


def test_a_day_glossed_as_the_last_of_a_span_told_is_that_day():
    # zn050-zn057 (Hankyung, 25 September 2012), the baseball calendar: after "… 일정을 10월3일부터 6일까지 재편성했다"
    # and the series ending "11월1일에야", "최종일인 6일에는 … 3경기만 열린다" is 6 October, the regular season's last day
    sentences = ["잔여경기 일정이 발표된 지난 8월17일 이후 취소된 11경기에 대한 일정을 10월3일부터 6일까지 재편성했다.",
                 "대망의 한국시리즈는 4선승제로 24일부터 치러진다.",
                 "7차전까지 갈 경우 11월1일에야 올 시즌이 끝날 예정이다.",
                 "최종일인 6일에는 잠실 두산-LG, 문학 SK-롯데, 광주 KIA-삼성전 등 3경기만 열린다."]
    assert [e.date for e in _read(sentences, D(2012, 9, 25))[3]] == [D(2012, 10, 6)]


def test_a_holidays_break_glossed_by_its_days_is_those_days():
    # zn071 (Gyeryong Ilbo, 4 September 2014): "대전시는 추석 연휴 기간(9.6~9.10) 시 산하 공공문화시설을 개방해 …". The
    # first substitute holiday made that break five days, not the law's three around 추석
    sentence = "대전시는 추석 연휴 기간(9.6~9.10) 시 산하 공공문화시설을 개방해 시민들에게 다양한 볼거리를 제공한다고 4일 밝혔다."
    found = _spans_by_text(sentence, D(2014, 9, 4))
    assert found["추석 연휴 기간"] == (D(2014, 9, 6), D(2014, 9, 10))


def test_weekdays_listed_as_the_days_a_place_closes_are_any_weeks():
    # zn089 (Korea Economic TV, 4 September 2015), the Asia Culture Center: "단, 일요일과 월요일은 콘텐츠 및 운영 프로그램
    # 정비를 위해 휴관한다." Its weekly closing days, not the coming Sunday and Monday
    assert find_time_expressions("단, 일요일과 월요일은 콘텐츠 및 운영 프로그램 정비를 위해 휴관한다.", D(2015, 9, 4)) == []
    assert [e.date for e in find_time_expressions("일요일에는 특별 공연이 열린다.", D(2015, 9, 4))] == [D(2015, 9, 6)]


def test_days_of_a_proposal_are_ahead():
    # zo073, zo074 (Hankyung, 19 November 1990): "… 평민당측은 22일 대표연설에이어 23-24일 대정부질문을 진행하자고 맞서 …".
    # What a party proposes to do (-자고) is still to come, whatever the tense of the quarrel
    sentence = "평민당측은 22일 대표연설에이어 23-24일 대정부질문을 진행하자고 맞서 그 이후의 국회일정에는 합 의하지 못했다."
    found = [(e.date, e.end_date) for e in find_time_expressions(sentence, D(1990, 11, 19))]
    assert found == [(D(1990, 11, 22), D(1990, 11, 22)), (D(1990, 11, 23), D(1990, 11, 24))]


def test_sango_and_hao_are_the_old_press_words_for_morning_and_afternoon():
    # zo068 (Hankyung, 19 November 1990): "여야는 19일상오 수석부총무회담을 열어 …": the 19th, its morning
    found = find_time_expressions("여야는 19일상오 수석부총무회담을 열어 정기국회운영일정을 집중 논의했다.", D(1990, 11, 19))
    assert [(e.date, e.part_of_day) for e in found] == [(D(1990, 11, 19), "오전")]
    # yx042's article (28 June 1995): the count that began "27일 하오부터" is the story's day, which 이날 names
    sentences = ["4대 지방선거의 개표작업이 27일 하오부터 전국 3백76개 개표소에서 밤을 새워가며 순탄하게 진행되고 있다.",
                 "투표는 이날 상오 6시부터 하오 6시까지 전국 투표소에서 일제히 실시됐다."]
    assert [e.date for e in _read(sentences, D(1995, 6, 28))[1]][:1] == [D(1995, 6, 27)]


def test_a_months_day_already_in_the_year_named_beside_it_stays_there():
    # zo133 (Tax Times, 24 October 2013): "7급 공채 필기시험은 내년 7월 26일에 실시되며, 9급 공채 필기시험은 4월 19일에
    # 실시될 예정이다." Two exams of next year told side by side, not April of the year after July
    sentence = "7급 공채 필기시험은 내년 7월 26일에 실시되며, 9급 공채 필기시험은 4월 19일에 실시될 예정이다."
    assert [e.date for e in find_time_expressions(sentence, D(2013, 10, 24))] == [D(2014, 7, 26), D(2014, 4, 19)]


def test_a_bare_day_of_a_programme_arranged_is_ahead():
    # zo127 (a county festival, 9 November 2022): "첫날인 12일에는 유천호 군수의 축제 개막선언에 맞춰 … 박기영의 축하공연이
    # 마련됐다." What has been arranged (마련됐다) is the programme of a day to come, not of 12 October
    sentence = "첫날인 12일에는 유천호 군수의 축제 개막선언에 맞춰 인기 트로트가수 박서진과 설하윤, 발라드 여제 박기영의 축하공연이 마련됐다."
    assert [e.date for e in find_time_expressions(sentence, D(2022, 11, 9))] == [D(2022, 11, 12)]


def test_a_dotted_day_noting_a_schedule_in_brackets_is_that_day():
    # zo139 (Tax Times, 24 October 2013): "… 이미 확정된 사법시험 1차 시험 일정(2.22)과 국경일인 삼일절(3.1) 등을 감안해
    # 내년 3월 8일에 실시될 예정이다." The bar exam's day, next February; a dotted figure in brackets elsewhere is not a day
    sentence = "5급 공채 1차 시험과 외교관후보자선발 1차 시험은 이미 확정된 사법시험 1차 시험 일정(2.22)과 국경일인 삼일절(3.1) " \
               "등을 감안해 내년 3월 8일에 실시될 예정이다."
    found = {e.text: e.date for e in find_time_expressions(sentence, D(2013, 10, 24))}
    assert found["2.22"] == D(2014, 2, 22)
    assert find_time_expressions("경제성장률은 2.4%에서 올해(2.22) 수준으로 떨어졌다.", D(2013, 10, 24))[0].text == "올해"


def test_the_month_of_a_festival_being_prepared_for_is_ahead():
    # zm096 (The GN News, 17 April 2024): "경남 진주시는 지난 16일 … 위촉식 및 총회를 각각 개최하며 10월 축제 준비에
    # 돌입했다고 17일 밝혔다." The festivals are next October's; the preparing began now
    sentence = "경남 진주시는 지난 16일 시청 2층 시민홀에서 ‘제73회 개천예술제’와 ‘2024 진주남강유등축제’ 제전위원회 위촉식 및 " \
               "총회를 각각 개최하며 10월 축제 준비에 돌입했다고 17일 밝혔다."
    assert _spans_by_text(sentence, D(2024, 4, 17))["10월"] == (D(2024, 10, 1), D(2024, 10, 31))


def test_a_bare_deadline_does_not_go_on_from_a_year_naming_a_document():
    # zr012-zr013 (seoul.co.kr, 25 November 1991): "… 내년도 예산안과 관련,늦어도 28일까지 계수조정작업을 완료한 뒤 30일쯤
    # 처리한다는 입장이나 …" The budget is next year's; its deadlines are this month's, not next January's
    sentence = "민자당측은 총 33조5천50억원 규모의 내년도 예산안과 관련,늦어도 28일까지 계수조정작업을 완료한 뒤 30일쯤 처리한다는 입장이나 " \
               "민주당측이 국회의원선거법과 정치자금법등이 타결되지 않을 경우 이들 법안과 예산안처리를 연계시킬 태세여서 예산처리과정에서 진통을 겪을 전망이다."
    assert [e.date for e in find_time_expressions(sentence, D(1991, 11, 25))][1:] == [D(1991, 11, 28), D(1991, 11, 30)]


def test_the_new_years_budget_told_in_the_autumn_is_next_years():
    # zr015 (hankyung.com, 11 October 1992) and zr005 (seoul.co.kr, 25 November 1991): "새해예산안" glued, in the budget
    # season, is next year's
    sentence = "국회는 12일오전 현승종국무총리와 전국무위원을 출석시킨 가운데 본회의를 열어 총 38조5백억원규모의 새해예산안및 3천17억원규모로 " \
               "편성된 금년도 제1회 추경예산안 제출에 즈음한 정부측의 시정연설을 듣는다."
    assert _spans_by_text(sentence, D(1992, 10, 11))["새해"] == (D(1993, 1, 1), D(1993, 12, 31))
    sentence = "국회는 예산안 법정처리시한(12월2일)을 앞두고 이번주중 새해 예산안과 금년도 추곡수매동의안등 쟁점 안건심의를 모두 마칠 예정이나 " \
               "새해예산 삭감및 추곡수매량에 대한 여야간 이견으로 파란이 예상된다."
    assert [e.text for e in find_time_expressions(sentence, D(1991, 11, 25))].count("새해") == 2


def test_a_count_of_days_before_a_days_name_glued_to_jeon_is_no_day():
    # zr097 (6 December 2022): "… 이번 선거에 출마하려면 선거일전 30일인 내년 3월 6일까지 사직해야 하며 …" 30 days before
    # the election is the 6th of March, not the 30th of this month
    sentence = "공무원 등 입후보 제한직에 있는 사람이 이번 선거에 출마하려면 선거일전 30일인 내년 3월 6일까지 사직해야 하며 비례대표 " \
               "국회의원은 후보자 등록신청 전까지 사직하면 된다."
    assert [(e.text, e.date) for e in find_time_expressions(sentence, D(2022, 12, 6))] == [("내년 3월 6일", D(2023, 3, 6))]


def test_one_day_as_the_unit_of_a_rate_is_no_day_of_the_month():
    # zr119 (a road authority's release, 23 January 2020): "… 고속도로를 이용하는 차량 대수는 1일 평균 472만 대로 예측된다."
    # A daily average
    sentence = "설 연휴 특별교통대책기간(1.23~1.27) 동안 총 3,279만 명, 하루 평균 656만 명이 이동할 것으로 예상되며, 고속도로를 " \
               "이용하는 차량 대수는 1일 평균 472만 대로 예측된다."
    assert "1일" not in [e.text for e in find_time_expressions(sentence, D(2020, 1, 23))]


def test_the_day_before_publication_told_in_the_present_is_yesterdays_news():
    # civic news c1631 (hankookilbo.com, 20 November 1990): "국회는 19일 평민당의 등원에 따라 정상가동,새해 예산안심의에
    # 착수하는 한편,오는 26일부터 금년도 국정감사에 들어간다." The 19th is the day before the morning paper, not next month's
    sentence = "국회는 19일 평민당의 등원에 따라 정상가동,새해 예산안심의에 착수하는 한편,오는 26일부터 금년도 국정감사에 들어간다."
    found = {e.text: e.date for e in find_time_expressions(sentence, D(1990, 11, 20))}
    assert (found["19일"], found["오는 26일"]) == (D(1990, 11, 19), D(1990, 11, 26))


def test_the_day_after_publication_told_in_the_past_is_that_day():
    # zm018 (15th National Assembly's opening schedule, 11 April 1996): "이 일정에 따르면 12일 새벽 당선이 확정된 사람은 13일부터
    # …" Those elected at dawn tomorrow, not a month back; zd103 (seoul.co.kr, dated 14 February 2026): "… 개방한다고 15일
    # 밝혔다", a page dated a day before the telling
    sentence = "이 일정에 따르면 12일 새벽 당선이 확정된 사람은 13일부터 국회에서 등록서류를 교부받아 5월1일부터 개원전일까지 사무처에 " \
               "등록을 마치면 선량의 신분을 갖게된다."
    assert find_time_expressions(sentence, D(1996, 4, 11))[0].date == D(1996, 4, 12)
    assert find_time_expressions("경기 수원시는 설 연휴 기간 수원화성과 화성행궁을 개방한다고 15일 밝혔다.", D(2026, 2, 14))[-1].date \
        == D(2026, 2, 15)


def test_a_deed_set_against_another_by_han_banmyeon_was_done():
    # zq106 (a provincial education office's news, 22 December 2023): "중학교는 청주의 수곡중학교가 15일에 방학식을 한 반면
    # 음성여중은 내년 2월 2일 방학을 한다." The one school's closing is this month's, done; the other's is next year's
    sentence = "중학교는 청주의 수곡중학교가 15일에 방학식을 한 반면 음성여중은 내년 2월 2일 방학을 한다."
    assert [e.date for e in find_time_expressions(sentence, D(2023, 12, 22))] == [D(2023, 12, 15), D(2024, 2, 2)]


def test_a_day_glued_to_haru_is_that_day():
    # zm055 (a new towns' flat sale, 20 November 1990): "… 1순위자는 12월1일부터 5일까지 4일간, 2순위자는 6일하루, …" the 6th
    # of December, for the day
    sentence = "이에따라 민영주택 1순위자는 12월1일부터 5일까지 4일간, 2순위자는 6일하루, 3순위자는 10,11 양일간 신청을 받게되며 " \
               "청약예금이 실시되지 않고 있는 고양군지역 우선분은 12월 6,7 양일간 청약을 받기로 했다."
    assert dict((e.text, e.date) for e in find_time_expressions(sentence, D(1990, 11, 20)))["6일"] == D(1990, 12, 6)


def test_a_timetables_entry_is_not_placed_by_the_verb_closing_the_timetable():
    # zo070 (the regular session's first days, 19 November 1990): "… 19일=예산안 시정연설, … <>20-21일= 상임위별 예산안예비심사,
    # 행정부측에 대한 자료제출요구등 초반운영 일 정에 합의했다." Agreed now, the days are this week's
    sentence = "그러나 여야는 정기국회 초반일정에는 대체적으로 의견이 접근, 19일=예산안 시정연설, 국회운영위원장선거, 영광 함평보궐선거당선자인 " \
               "이수인의원의 의원선서 <>20-21일= 상임위별 예산안예비심사, 행정부측에 대한 자료제출요구등 초반운영 일 정에 합의했다."
    assert _spans_by_text(sentence, D(1990, 11, 19))["20-21일"] == (D(1990, 11, 20), D(1990, 11, 21))


def test_the_holiday_of_the_year_before_named_by_jeonnyeon():
    # zr109 (a road authority's release, 23 January 2020): "이번 설에도 전년 설과 마찬가지로 고속도로 통행료가 면제된다."
    found = {e.text: e.date for e in find_time_expressions("이번 설에도 전년 설과 마찬가지로 고속도로 통행료가 면제된다.", D(2020, 1, 23))}
    assert found == {"이번 설": D(2020, 1, 25), "전년 설": D(2019, 2, 5)}


def test_a_span_whose_start_is_told_with_achim():
    # zq045 (kmib.co.kr, 13 June 2025): "일요일인 15일 아침부터 16일까지 …" the morning of the 15th opens a span to the 16th
    sentence = "비는 일요일인 15일 아침부터 16일까지 다시 이어지겠다."
    assert (D(2025, 6, 15), D(2025, 6, 16)) in _spans_by_text(sentence, D(2025, 6, 13)).values()


def test_a_schedule_decided_as_a_present_doing_lies_ahead():
    # zs009 (5 January 2018): "시즌 개막 전 시범경기 일정도 3월 13~21일 팀당 8경기씩 치르는 것으로 축소했다." The cut is told in
    # the past; the games it sets are this March's
    sentence = "시즌 개막 전 시범경기 일정도 3월 13~21일 팀당 8경기씩 치르는 것으로 축소했다."
    assert _spans_by_text(sentence, D(2018, 1, 5))["3월 13~21일"] == (D(2018, 3, 13), D(2018, 3, 21))


def test_a_span_of_days_written_with_slashes_in_parentheses():
    # zs088-zs089 (Gyeonggi museum, 1 October 2025): "… 2025년 추석 연휴(10/3~10/12)를 맞아 …" the break as the notice
    # gives it; a slash alone in brackets is no day ("(토/일)")
    sentence = "경기도미술관(관장 전승보)은 2025년 추석 연휴(10/3~10/12)를 맞아 전시와 행사를 아우르는 다채로운 프로그램으로 관람객을 맞이한다."
    assert _spans_by_text(sentence, D(2025, 10, 1))["10/3~10/12"] == (D(2025, 10, 3), D(2025, 10, 12))


def test_the_reporting_day_told_officially_is_not_carried_into_the_month_reported():
    # zt043 (donga.com, 13 March 1998): "… 첫 한일(韓日)정상회담이 다음달 2일부터 영국 런던에서 열리는 아시아 유럽 정상회의(ASEM) 때
    # 개최된다고 무라오카 가네조(村岡兼造) 일본 관방장관이 12일 공식발표했다." The announcement was yesterday's
    sentence = "김대중(金大中)정부 출범 후 첫 한일(韓日)정상회담이 다음달 2일부터 영국 런던에서 열리는 아시아 유럽 정상회의(ASEM) 때 " \
               "개최된다고 무라오카 가네조(村岡兼造) 일본 관방장관이 12일 공식발표했다."
    assert [e.date for e in find_time_expressions(sentence, D(1998, 3, 13))] == [D(1998, 4, 2), D(1998, 3, 12)]


def test_ol_before_the_ordinal_cheot_is_this_year():
    # zt019 (hankyung, 13 February 1995): "여야총무는 이날 올 첫 임시국회에서 …" this year's first extraordinary session
    sentence = "여야총무는 이날 올 첫 임시국회에서 정부조직개편에 따른 국회상임위를 재조정키로 하는한편 국회의원선거구획정위원회를 가동," \
               "법정시한인 오는 4월10일이전까지 선거구조정을 완료키로 했다."
    assert _spans_by_text(sentence, D(1995, 2, 13))["올"] == (D(1995, 1, 1), D(1995, 12, 31))


def test_a_day_a_schedule_was_set_to_hold_is_still_to_come():
    # c1728 (hankookilbo, 24 May 2000) and c1717 (donga.com, 18 November 1996): the day set is ahead, though the setting
    # is told in the past, the day it was set on between or not
    set_on = "일본의 모리 요시로(森喜朗) 총리가 29일 서울을 방문, 김대중(金大中) 대통령과 정상회담을 갖기로 23일 확정됐다고 교도통신이 이날 보도했다."
    assert [e.date for e in find_time_expressions(set_on, D(2000, 5, 24))][:2] == [D(2000, 5, 29), D(2000, 5, 23)]
    adjusted = "대통령은 20일 부인 孫命順여사와 함께 베트남을 국빈방문, 와병중인 레 둑 안 국가주석 대신 도 무오이 공산당서기장과 " \
               "하노이에서 정상회담을 갖기로 일정을 조정했다."
    assert [e.date for e in find_time_expressions(adjusted, D(1996, 11, 18))] == [D(1996, 11, 20)]


def test_a_day_set_as_a_target_is_still_to_come():
    # c1733 (hankyung, 3 November 1996): the works are told in the past, the opening they aim at is this month's 30th
    sentence = "강원도내 스키장중 수도권과 가장 가까워 젊은층이 많이 찾는 홍천 대명리조트도 30일 개장목표로 슬로프 17면 리프트 12기에 " \
               "대한 전반적인 정비에 들어갔다."
    assert [e.date for e in find_time_expressions(sentence, D(1996, 11, 3))] == [D(1996, 11, 30)]


def test_a_period_glued_to_deuleo_is_read():
    # zu121, zu124, zu126 (hankyung, 29 November 1990): "11월들어", "이달들어", "올들어" written without a space
    assert _spans_by_text("\"지수상의 물가\"는 11월들어 소폭이나마 하락세를 나타냈다.", D(1990, 11, 29))["11월"] == \
        (D(1990, 11, 1), D(1990, 11, 30))
    assert _spans_by_text("경제기획원은 28일 이달들어 소비자물가와 도매물가가 0.1%씩 하락, 올들어 11월말까지 각각 9.1%와 6.7%의 "
                          "상승률을 보였다고 밝혔다.", D(1990, 11, 29))["이달"] == (D(1990, 11, 1), D(1990, 11, 30))
    assert _spans_by_text("소비자물가가 하락한 것은 올들어 처음이고 도매물가는 지난 7월에 이어 두번째로 하락한 것이다.",
                          D(1990, 11, 29))["올"] == (D(1990, 1, 1), D(1990, 12, 31))


def test_a_part_of_the_year_told_bare_after_a_month_named_with_its_year_is_of_that_year():
    # c1731 (kbc, 18 March 2022): the works start at the end of the year the contractor is chosen in, next year
    sentence = "토지 보상을 마무리한 전북대병원은 내년 6월 시공사를 선정한 뒤 연말 착공에 들어갈 예정이라고 밝혔습니다."
    assert _spans_by_text(sentence, D(2022, 3, 18))["연말"] == (D(2023, 12, 1), D(2023, 12, 31))


def test_a_part_of_the_year_told_bare_after_the_years_beginning_named_is_of_that_year():
    # c1385 (kmib, 12 December 2011): "이어 내년 초 … 착공되고 하반기에는 …" the second half of next year; but "완공시기를 올해말에서
    # 7월로 앞당기기로" (c1273, 18 March 1992) moves a completion back, to this July
    sentence = "이어 내년 초 어린이문화원 신축공사가 착공되고 하반기에는 민주평화교류원(옛 도청 등 보존건물)의 개·보수가 추진된다."
    assert _spans_by_text(sentence, D(2011, 12, 12))["하반기"] == (D(2012, 7, 1), D(2012, 12, 31))
    moved = "17일 도로공사에 따르면 공사로 인한 교통체증이 심각한 경인고속도로 신월부평간과 경부고속도로 양재수원간 확장공사 " \
            "완공시기를 올해말에서 7월로 앞당기기로 했다."
    assert _spans_by_text(moved, D(1992, 3, 18))["7월"] == (D(1992, 7, 1), D(1992, 7, 31))


def test_ol_glued_to_a_month_is_this_year():
    # zs040 (Gimcheon city hall, 5 December 1994): "… 지난92년12월부터 올11월20일까지 2년간에 걸친 공사끝에 …"
    sentence = "시청 새청사는 시가 공영택지개발사업을 전개하여 조성한 신음동 1284일대부지5만평중 1천8백66평에 (주)미도파건설이 " \
               "1백20억원에 도급받아 지난92년12월부터 올11월20일까지 2년간에 걸친 공사끝에 연면적 4천2백46평(지하1층, " \
               "지상3층)규모의 현대식건물을 완공했다."
    assert D(1994, 11, 20) in [e.date for e in find_time_expressions(sentence, D(1994, 12, 5))]


def test_a_month_of_the_same_year_goes_with_the_year_named_last():
    # c1787 (pressian, 13 February 2023): "… 2020년부터 비대면 수업으로 전환하기도 했으나, 지난해 8~10월 대면강좌 시범운영을 거쳐 같은해 12월
    # 겨울학기부터 정규 수업을 재개했다." 같은해 is last year, not the 2020 the sentence opened with
    sentence = "코로나19 여파로 인해 2020년부터 비대면 수업으로 전환하기도 했으나, 지난해 8~10월 대면강좌 시범운영을 거쳐 " \
               "같은해 12월 겨울학기부터 정규 수업을 재개했다."
    assert _spans_by_text(sentence, D(2023, 2, 13))["같은해 12월"] == (D(2022, 12, 1), D(2022, 12, 31))


def test_a_weekday_followed_by_mada_recurs():
    # c1783 (hankookilbo, 29 September 2000): "10월 한달동안 한강변에서 토요일 밤마다 대규모 불꽃놀이가 펼쳐진다."
    # every Saturday night of October, no one day
    found = find_time_expressions("10월 한달동안 한강변에서 토요일 밤마다 대규모 불꽃놀이가 펼쳐진다.", D(2000, 9, 29))
    assert [e.text for e in found] == ["10월"]
