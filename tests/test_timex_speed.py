"""digest.text.timex reads tense markers only where one can be: the shortcut must never hide one."""

from datetime import date

from digest.text import timex
from tests.civic_dev import dev_sentences

# What follows a syllable in the contexts _syllable_tense's rules read (`했을 경우`, `한다`, `합니다`, `할 것`,
# `된 경기`, `훔친 혐의`, `늦춰질 수 있다는 전망`), and plain ones.
AFTER = ["", "다", "다.", "다고", "니다", "니다.", "을 경우", " 것", " 예정", " 수 있다는 전망", " 경기", " JTBC",
         " 혐의", "고 있다", " ", "."]


def every_position(text: str) -> list[tuple[int, str]]:
    """_tense_marks without the shortcut: every character of the text asked."""
    marks, covered = [], set()
    for regex, tense in ((timex._FUTURE_WORDS, "future"), (timex._PAST_WORDS, "past")):
        for m in regex.finditer(text):
            marks.append((m.start(), tense))
            covered.update(range(m.start(), m.end()))
    marks += [(i, t) for i in range(len(text)) if i not in covered and (t := timex._syllable_tense(text, i))]
    return sorted(marks)


def test_no_syllable_outside_the_shortcut_carries_a_tense():
    read = "".join(chars for chars, _, _ in timex._SYLLABLE_RULES)
    skipped = [chr(c) for c in range(0xAC00, 0xD7A4) if chr(c) not in read]
    assert len(skipped) == 11172 - 4 * 399 + len("있습입")   # finals ㄴ ㄹ ㅂ ㅆ are read, but 있, 습, 입
    told = [(ch, after) for ch in skipped for before in ("", "포함") for after in AFTER
            if timex._syllable_tense(before + ch + after, len(before)) is not None]
    assert told == []


def test_tense_marks_of_real_news_as_every_position_reads_them():
    texts = dev_sentences()
    texts += [t[k:] for t in texts[:300] for k in (5, 17)]      # clauses read from a date on, as clause_tense reads
    assert len(texts) > 1500
    different = [t for t in texts if timex._tense_marks(t) != every_position(t)]
    assert different == []
    assert sum(1 for t in texts if timex._tense_marks(t)) > len(texts) // 2   # the real text does carry tenses


def test_link_adds_no_expression_to_a_sentence_with_none():
    """find_time_expressions skips `link` when a sentence has no expression: every rule of it reads the ones found."""
    from digest.text import timex_links
    from digest.text.timex_context import ArticleDates

    told = ArticleDates(anchor=date(2025, 9, 12), day=date(2025, 9, 11), sentence=0, read=1, days=((11, date(2025, 9, 11)),))
    sentences = dev_sentences(20)
    assert len(sentences) > 100
    for s in sentences + ["같은 달 17일과 21일", "이튿날 오후", "그로부터 이틀 뒤"]:
        assert timex_links.link(s, date(2025, 9, 10), [], timex._again, verbless=True, article_month=told.anchor,
                                pointed_back=lambda word, before: told.day) == []
