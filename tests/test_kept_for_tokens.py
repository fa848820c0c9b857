"""digest.text.korean.kept_for_tokens: a reading of a sentence's morphemes asked again is not worked out again, and
never taken from another sentence."""

from digest.text import event_titles
from digest.text.korean import kept_for_tokens, split_sentences


def test_asked_again_of_the_same_morphemes_it_is_read_once():
    calls = []

    @kept_for_tokens
    def first_noun(tokens, begin, past=False):
        calls.append((begin, past))
        return next((k for k, t in enumerate(tokens) if t.start >= begin and t.tag.startswith("NN")), None)

    one = split_sentences("서울시는 오는 15일 시청에서 정례회를 개최한다.")[0].tokens
    other = split_sentences("부산시는 다음 달 박람회를 연다.")[0].tokens
    assert first_noun(one, 0) == first_noun(one, 0) == 0
    assert calls == [(0, False)]
    assert first_noun(one, 4, past=True) == first_noun(one, 4, past=True) and calls == [(0, False), (4, True)]
    assert first_noun(other, 0) == 0 and len(calls) == 3          # another sentence: read anew
    assert first_noun(one, 0) == 0 and len(calls) == 4            # and back: the last sentence only is kept
    twin = tuple(list(one))                                       # equal morphemes, another object: read anew
    assert twin is not one and first_noun(twin, 0) == 0 and len(calls) == 5


def test_the_kept_event_predicate_reads_as_the_rule_does():
    text = ("서울시는 오는 15일 시청에서 정례회를 개최하고, 부산시는 20일 박람회를 연다. "
            "국토교통부는 다음 달 2일 착공식을 갖고 공사에 들어갈 예정이라고 밝혔다.")
    rule = event_titles._predicate.__wrapped__
    for sentence in split_sentences(text):
        tokens, stop = sentence.tokens, len(sentence.text)
        for begin in range(0, stop, 3):
            for past in (False, True):
                assert event_titles._predicate(tokens, begin, stop, past) == rule(tokens, begin, stop, past)
    assert event_titles._predicate(tokens, 0, stop) is not None
