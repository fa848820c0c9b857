"""`newsdigest dates` and the `dates` list of `extract --format json`: the reasoning behind an event's date."""

from tests.conftest import SEEDS


def test_dates_reads_a_range_as_one_span_dated_by_its_start(cli):
    # Naeil, 2026-01-26: "은평구는 오는 2월 20일부터 27일까지 서류접수를 진행한다고 26일 밝혔다."
    result = cli("dates", "은평구는 오는 2월 20일부터 27일까지 서류접수를 진행한다고 26일 밝혔다.",
                 "--published", "2026-01-26", "--format", "json")
    assert result.code == 0, result.err
    record = result.json()
    assert record["published"] == "2026-01-26"
    assert [(d["text"], d["date"], d["end"], d["precision"], d["direction"], d["role"]) for d in record["dates"]] == [
        ("오는 2월 20일부터 27일까지", "2026-02-20", "2026-02-27", "day", "future", "range"),
        ("26일", "2026-01-26", "2026-01-26", "day", "present", "point"),
    ]


def test_dates_text_names_what_is_no_date_of_a_happening(cli):
    result = cli("dates", "구단은 2030년까지 연장계약을 체결했다.", "--published", "2025-09-10")
    assert result.code == 0, result.err
    assert "2030년: 2030-01-01 ~ 2030-12-31" in result.out and "기한" in result.out


def test_dates_refuses_a_bad_publication_date_in_one_line(cli):
    result = cli("dates", "오는 11일 개최한다.", "--published", "2025-13-40")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "Traceback" not in result.err and "--published" in result.err


def test_extract_lists_every_date_it_read_per_sentence(cli):
    record = cli("extract", str(SEEDS / "001_7a6fba69ec65c48e.txt"), "--format", "json").json()
    dates = {(d["text"], d["date"], d["precision"]) for d in record["dates"]}
    assert ("오는 11일", "2025-09-11", "day") in dates
    assert ("곧", None, "none") in dates
    assert all(isinstance(d["sentence"], int) and 0 <= d["sentence"] < record["sentences"] for d in record["dates"])


def test_dates_reads_several_sentences_in_order_as_an_article(cli):
    # SPOTV News, 28 January 2021: the 28th told after the opening day of 27 February is February's
    text = ("공식 개막전은 2월 27일 오후 2시 전주월드컵경기장에서 열리는 전북 현대-FC서울전이다. "
            "28일 오후 2시에는 포항 스틸러스-인천 유나이티드의 경기가 열린다.")
    record = cli("dates", text, "--published", "2021-01-28", "--format", "json").json()
    assert [(d["sentence"], d["date"], d["carried"]) for d in record["dates"]] == [
        (0, "2021-02-27", False), (1, "2021-02-28", True)]
    result = cli("dates", text, "--published", "2021-01-28")
    assert "[문장 2] 28일 오후: 2021-02-28" in result.out and "앞 문장의 날짜에서 이어짐" in result.out
