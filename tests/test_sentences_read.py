"""digest.text.korean.sentences_read: while an article's events are read, a sentence of the article is tokenized
as its paragraph's Kiwi pass read it, with no second pass; outside, and for any other text, Kiwi reads it alone."""

import os
import select
import signal

import pytest

from bench.event_corpus import load_articles
from digest.text.korean import content_words, kiwi, sentences_read, split_paragraphs, split_sentences, tokenize


def _paragraph() -> str:
    # civic news c215 (bench/data/civic_news): Kiwi reads its second sentence's first word differently in the
    # paragraph (`철원군의` one proper noun) and alone (`철원군` + `의`)
    return next(p for p in load_articles()["c215"]["paragraphs"] if "화강다슬기축제가 오는 31일" in p)


def test_a_sentence_of_the_article_is_read_as_its_paragraph_read_it():
    sentences = split_sentences(_paragraph())
    second = sentences[1]
    alone = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(second.text)]
    assert [tuple(t) for t in tokenize(second.text)] == alone          # outside an article: read alone
    assert tuple(second.tokens) != tuple(tokenize(second.text))
    with sentences_read((s.text, s.tokens) for s in sentences):
        assert tokenize(second.text) is second.tokens                  # the paragraph's own reading, no Kiwi pass
        assert [tuple(t) for t in tokenize("화강다슬기축제")] == [
            (t.form, t.tag, t.start, t.len) for t in kiwi().tokenize("화강다슬기축제")]   # any other text: alone
        assert content_words(second.text)[0] == "철원군"                 # content words are always read alone
    assert [tuple(t) for t in tokenize(second.text)] == alone          # and after it, alone again


def test_the_article_is_forgotten_when_its_reading_fails():
    sentences = split_sentences(_paragraph())
    with pytest.raises(RuntimeError), sentences_read((s.text, s.tokens) for s in sentences):
        raise RuntimeError("a rule failed")
    assert tokenize(sentences[1].text) is not sentences[1].tokens


def test_an_articles_paragraphs_read_in_one_call_are_each_read_as_alone():
    # Kiwi shares a list of texts among its worker threads: each paragraph must come back in its place, read as a
    # call on it alone reads it (civic news c215's paragraphs, an empty one between them)
    paragraphs = list(load_articles()["c215"]["paragraphs"])
    paragraphs.insert(1, "  ")
    together = split_paragraphs(paragraphs)
    assert len(together) == len(paragraphs) and together[1] == []
    assert together == [split_sentences(p) for p in paragraphs]
    assert sum(len(s) for s in together) > len(paragraphs)


def test_a_process_forked_after_kiwi_read_a_list_still_splits_paragraphs():
    # a list call starts Kiwi's worker threads; a child forked afterwards (the CLI run as another user in
    # test_hostile_input does so) has Kiwi but not those threads, and a list call there waited for them forever
    paragraphs = list(load_articles()["c215"]["paragraphs"])
    want = split_paragraphs(paragraphs)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:   # the child: never returns into pytest
        try:
            os.write(w, b"1" if split_paragraphs(paragraphs) == want else b"0")
        finally:
            os._exit(0)
    os.close(w)
    ready, _, _ = select.select([r], [], [], 60)
    if not ready:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert ready and os.read(r, 1) == b"1"
