"""digest.text.korean.sentences_read: while an article's events are read, a sentence of the article, or a verbatim
slice of one cut at morpheme boundaries, is tokenized as its paragraph's Kiwi pass read it, with no second pass;
outside, and for any other text, Kiwi reads it alone."""

import pytest

from bench.event_corpus import load_articles
from digest.text.korean import content_words, kiwi, sentences_read, split_sentences, tokenize


def _sentences(article: str, holding: str) -> list:
    return split_sentences(next(p for p in load_articles()[article]["paragraphs"] if holding in p))


def _alone(text: str) -> list[tuple]:
    return [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]


def test_a_sentence_of_the_article_is_read_as_its_paragraph_read_it():
    # civic news c215 (bench/data/civic_news): Kiwi reads its second sentence's first word differently in the
    # paragraph (`철원군의` one proper noun) and alone (`철원군` + `의`)
    sentences = _sentences("c215", "화강다슬기축제가 오는 31일")
    second = sentences[1]
    assert [tuple(t) for t in tokenize(second.text)] == _alone(second.text)   # outside an article: read alone
    assert tuple(second.tokens) != tuple(tokenize(second.text))
    assert content_words(second.text)[0] == "철원군"
    with sentences_read((s.text, s.tokens) for s in sentences):
        assert tokenize(second.text) is second.tokens                  # the paragraph's own reading, no Kiwi pass
        assert content_words(second.text)[0] == "철원군의"
        assert [tuple(t) for t in tokenize("철원 화강")] == _alone("철원 화강")   # not in the article: alone
    assert [tuple(t) for t in tokenize(second.text)] == _alone(second.text)   # and after it, alone again
    assert content_words(second.text)[0] == "철원군"


def test_a_slice_of_a_sentence_is_read_from_its_paragraphs_morphemes():
    # civic news c745: `'한방진흥특구'로 지정`, an event's title cut from `지난 6일 '한방진흥특구'로 지정된 ...`; in the
    # paragraph Kiwi reads 한방 one noun, alone 한 (a determiner) + 방
    sentences = _sentences("c745", "한방진흥특구")
    title = "'한방진흥특구'로 지정"
    assert _alone(title)[1:3] == [("한", "MM", 1, 1), ("방", "NNG", 2, 1)]
    assert content_words(title) == ("진흥", "특구", "지정")
    with sentences_read((s.text, s.tokens) for s in sentences):
        assert [tuple(t) for t in tokenize(title)] == [
            ("'", "SSO", 0, 1), ("한방", "NNG", 1, 2), ("진흥", "NNG", 3, 2), ("특구", "NNG", 5, 2), ("'", "SSC", 7, 1),
            ("로", "JKB", 8, 1), ("지정", "NNG", 10, 2)]
        assert content_words(title) == ("한방", "진흥", "특구", "지정")
        assert tokenize(title) is tokenize(title)                      # cut once an article
        # a text that cuts a morpheme in two (`진흥` -> `진`) is no slice: read alone
        assert [tuple(t) for t in tokenize("한방진")] == _alone("한방진")
        assert [tuple(t) for t in tokenize("6일 '한방")] == [
            ("6", "SN", 0, 1), ("일", "NNB", 1, 1), ("'", "SSO", 3, 1), ("한방", "NNG", 4, 2)]   # across a space
    assert content_words(title) == ("진흥", "특구", "지정")


def test_the_article_is_forgotten_when_its_reading_fails():
    sentences = _sentences("c215", "화강다슬기축제가 오는 31일")
    with pytest.raises(RuntimeError), sentences_read((s.text, s.tokens) for s in sentences):
        raise RuntimeError("a rule failed")
    assert tokenize(sentences[1].text) is not sentences[1].tokens
