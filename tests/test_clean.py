"""Boilerplate removal: every kind named in the seeds README, on the seeds and on articles shaped like other outlets."""

from pathlib import Path

import pytest

from digest.analysis import analyse
from digest.sources.files import read_source
from digest.text.clean import clean_article, is_sign_off

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Strings that must never reach a sentence the bot shows.
BOILERPLATE = [
    "무단전재", "재배포 금지", "Copyright", "저작권자", "[서울=뉴시스]", "(사진=", "기자명", "좋아요 0",
    "지금 뜨는 뉴스", "Read Entire Article", "송혜교", "홍진호", "멜라토닌", "댓글", "운영원칙", "명예훼손",
    "서울경제=진동영", "3 hours ago", "이미지 출처", "입력 2025", "푸하하",
]


@pytest.fixture(scope="module")
def seed_analyses():
    return {p.name: analyse(read_source(p)) for p in sorted(SEEDS.glob("*.txt"))}


def test_no_boilerplate_in_any_seed_sentence(seed_analyses):
    for name, a in seed_analyses.items():
        shown = [s.text for s in a.sentences] + [b.text for b in a.bullets] + [a.title]
        for text in shown:
            for junk in BOILERPLATE:
                assert junk not in text, f"{name}: {junk!r} leaked into {text!r}"


def test_seed_003_headline_list_removed_but_body_kept(seed_analyses):
    a = seed_analyses["003_60f1355c98299142.txt"]
    reasons = {r for _, r in a.removed}
    assert any("송혜교" in line for line, _ in a.removed)
    assert "trailer after the article's end" in reasons
    # the last body paragraph, right before the copyright line, survives
    assert any("이영 중기부 장관" in s.text for s in a.sentences)


def test_seed_004_comment_policy_removed(seed_analyses):
    a = seed_analyses["004_2c4785145359766b.txt"]
    assert any("운영원칙" in line for line, _ in a.removed)
    assert any("동아시아 맹주" in s.text for s in a.sentences)


def test_repeated_caption_dropped_both_times(seed_analyses):
    a = seed_analyses["001_7a6fba69ec65c48e.txt"]
    captions = [line for line, reason in a.removed if reason.startswith("repeated line")]
    assert len(captions) == 2 and "파이팩토리" in captions[0]


OTHER_OUTLET = """\
삼성전자, 2나노 공정 양산 돌입…TSMC 추격 본격화
파운드리 점유율 확대 노린다
(서울=연합뉴스) 홍길동 기자 = 삼성전자가 2나노미터 공정의 양산을 시작했다고 5일 밝혔다.
삼성전자 평택캠퍼스 전경 [삼성전자 제공. 재판매 및 DB 금지] (사진=삼성전자)
회사 측은 첫 고객사 제품을 다음 달부터 출하할 계획이라고 설명했다.
업계는 이번 양산이 파운드리 시장 점유율 경쟁에 변수가 될 것으로 본다.
hong@yna.co.kr
▶ 관련 기사
- SK하이닉스, HBM4 샘플 공급
- 애플, 새 아이폰 공개
추천해요 12
<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
"""


def test_rules_generalise_to_another_outlet():
    cleaned = clean_article(OTHER_OUTLET)
    body = " ".join(p.text for p in cleaned.body)
    assert cleaned.title == "삼성전자, 2나노 공정 양산 돌입…TSMC 추격 본격화"
    assert body.startswith("삼성전자가 2나노미터 공정의 양산을 시작했다고")  # leading credit stripped
    for junk in ["홍길동 기자 =", "사진=", "hong@yna.co.kr", "관련 기사", "SK하이닉스", "추천해요", "저작권자"]:
        assert junk not in body, junk
    assert "다음 달부터 출하할 계획" in body


def test_interview_transcript_is_kept_but_never_a_bullet(seed_analyses):
    a = seed_analyses["002_abc804fafb055ac8.txt"]
    qa = [s for s in a.sentences if s.role == "qa"]
    assert len(qa) > 10
    qa_texts = {s.text for s in qa}
    assert not any(b.text in qa_texts for b in a.bullets)


@pytest.mark.parametrize("credit", ["[데일리IT 오세린 기자 sr@dailyit.co.kr]", "(홍길동 특파원)", "<김철수 기자 kim@hankyung.com>"])
def test_closing_bracketed_credit_is_a_byline(credit):
    text = OTHER_OUTLET.replace("hong@yna.co.kr", credit)
    cleaned = clean_article(text)
    assert credit not in " ".join(p.text for p in cleaned.paragraphs)
    assert any(line == credit for line, _ in cleaned.removed)


def test_a_lead_that_lost_its_full_stop_is_body_not_deck():
    text = "\n".join([
        "삼성전자, 3분기 영업이익 10조 돌파",
        "반도체 회복에 실적 개선…HBM 판매 늘린다",
        "삼성전자가 올해 3분기 연결 기준 영업이익이 10조1000억원으로 지난해 같은 기간보다 크게 늘었다고 8일 공시했다",
        "메모리 반도체 가격이 오르고 고대역폭메모리(HBM) 판매가 늘어난 덕분이다.",
    ])
    cleaned = clean_article(text)
    assert cleaned.title == "삼성전자, 3분기 영업이익 10조 돌파"
    roles = {p.text: p.role for p in cleaned.paragraphs}
    assert roles["반도체 회복에 실적 개선…HBM 판매 늘린다"] == "deck"
    assert roles[text.split("\n")[2]] == "body"


@pytest.mark.parametrize("slug", ["newsdev-economy-07", "newsdev-economy-01", "newsdev-politics-02"])
def test_a_portal_caption_ending_in_its_photo_credit_is_no_body_text(slug):
    # Daum copies (bench/data/general-news-kr) open with the photo's caption: "... 딜링룸에 코스피 지수 등이
    # 표시되고 있다. ... 2023.10.31/뉴스1 ⓒ News1 김도우 기자", "... 본점 전경.[각 사 제공]", "... 나누고 있다. [연합]".
    from bench import general_news

    doc = next(d for d in general_news.load("dev-news") if d["slug"] == slug)
    cleaned = clean_article(general_news.article_text(doc))
    caption = doc["sentences"][0]
    assert (caption, "photo caption") in cleaned.removed
    lead = next(s for s in doc["sentences"] if s.endswith("다.") and s != caption)
    assert any(p.text in lead or lead.endswith(p.text) for p in cleaned.body)


def test_a_broadcast_reports_sign_off_ends_it_and_its_hand_off_is_no_body_text():
    # The script of an MBN report as its page prints it (tests/fixtures/pages/mbn_2023_04_04_discounts).
    script = "\n".join([
        "【 앵커멘트 】",
        "장사가 안될 때 쓰는 방법은 두 가지죠.",
        "소비자들이 느끼는 물가가 여전히 높아 좀처럼 지갑을 열지 않다 보니 유통가는 반값 파격 할인이나 1+1 같은 불황형 마케팅에 힘을 쏟고 있습니다.",
        "장가희 기자가 취재했습니다.",
        "【 기자 】",
        "하나를 사면 하나를 더 주는 1+1은 식자재부터 생활용품까지 일상화됐습니다.",
        "대세로 자리 잡은 불황형 마케팅이 서민이 느끼는 어려운 경제 상황을 말하고 있습니다.",
        "MBN뉴스 장가희입니다.",
        "[jang.gahui@mbn.co.kr]",
        "영상취재: 변성중",
    ])
    body = [p.text for p in clean_article(script).body]
    assert body[0] == "장사가 안될 때 쓰는 방법은 두 가지죠."
    assert body[-1] == "대세로 자리 잡은 불황형 마케팅이 서민이 느끼는 어려운 경제 상황을 말하고 있습니다."
    assert "장가희 기자가 취재했습니다." not in body
    # The hand-offs of an MBC and a TV조선 script (tests/fixtures/pages/mbc_2023_03_29_grain, tvchosun_2023_04_05_trump).
    for hand_off in ("구민지 기자가 보도합니다.", "변재영 기자의 보도입니다."):
        assert hand_off not in [p.text for p in clean_article(script.replace("장가희 기자가 취재했습니다.", hand_off)).body]
    # A sentence that ends on a common noun before 입니다 is no sign-off, whoever it names.
    assert not is_sign_off("이는 MBC 뉴스 분석입니다.") and is_sign_off("MBN뉴스 안진우입니다. [tgar1@mbn.co.kr]")


def test_a_broadcasts_production_credits_are_no_body_text():
    # SBS's D리포트 page (tests/fixtures/pages/sbs_2023_04_20_dreport) ends on its crew's credits.
    report = "\n".join([
        "이후 A 씨는 신고를 받고 출동한 경찰에 붙잡혔습니다.",
        "경찰조사 결과 A 씨와 B 씨는 일면식도 없는 사이였던 것으로 드러났습니다.",
        "B 씨는 목 부위가 살짝 긁혀 곧바로 병원으로 이송됐습니다.",
        "( 취재 : 한지연 / 영상편집 : 변지영/ 화면제공 : 부산경찰청 / 제작 : D뉴스플랫폼부 )",
    ])
    cleaned = clean_article(report)
    assert cleaned.body[-1].text == "B 씨는 목 부위가 살짝 긁혀 곧바로 병원으로 이송됐습니다."
    assert ("( 취재 : 한지연 / 영상편집 : 변지영/ 화면제공 : 부산경찰청 / 제작 : D뉴스플랫폼부 )", "production credits") in cleaned.removed
