"""bench.event_merges: the debugging aid that prints a half-A dev article's merges, on real dev articles."""

from bench.event_corpus import load_articles
from bench.event_merges import main, merges


def test_the_ceremony_merged_into_the_festivals_opening_is_printed():
    lines = merges(load_articles()["c747"])
    assert lines == ["  merged 2022-09-23/day '개막식 개최' into 2022-09-23/day '올해 개막'  <- 개막식은 23일 오후 6시부터 "
                     "레이저와 워터스크린, 불빛의 화려함을 볼 수 있는 멀티미디어쇼, 한국최대 규모의 불빛퍼레이드 등이 화려하게 펼쳐진다."]


def test_half_b_is_not_read(capsys):
    assert main(["c748"]) == 0
    assert capsys.readouterr().out == "c748: not a half-A dev article (odd number); half B and the frozen splits are not read\n"
