"""Text shaped to make the reader slow: a paragraph with no sentence end, an opening quote never closed,
layout runs of spaces. Each is read in pieces a real sentence's size (the faster tense scan is checked in
tests/test_timex_speed.py). No test measures speed: `python -m bench.hostile_text` times such floods.
"""

from __future__ import annotations

from pathlib import Path

from digest.text.clean import clean_article
from digest.text.korean import MAX_SENTENCE_CHARS, split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")


def seed_sentences() -> list[str]:
    """The seed's body sentences (lines of the report, not its byline or caption)."""
    return [s.text for line in SEED.splitlines() if line.rstrip().endswith("다.") and len(line) > 60
            for s in split_sentences(line)]


def test_a_paragraph_without_sentence_ends_is_read_in_pieces_that_keep_all_its_words():
    # the seed's sentences chained into one, each `-다.` made a connective `-고,` (Kiwi finds no end in it)
    glued = " ".join(s.replace("다.", "고,") for s in seed_sentences()) * 5
    pieces = split_sentences(glued)
    assert len(pieces) > len(glued) // MAX_SENTENCE_CHARS
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert "".join("".join(p.text for p in pieces).split()) == "".join(glued.split())   # whitespace aside


def test_a_quote_never_closed_holds_sentences_together_only_up_to_a_sentence_size():
    sentences = seed_sentences()
    paragraph = "“" + " ".join(sentences * 5)
    read = split_sentences(paragraph)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in read)
    # and a quotation that closes still holds its sentences together, as before
    quoted = f"“{sentences[0]} {sentences[1]}” {sentences[2]}"
    assert [s.text for s in split_sentences(quoted)][0] == f"“{sentences[0]} {sentences[1]}”"


def test_layout_runs_of_spaces_and_tabs_read_as_one_space():
    line = next(s for s in seed_sentences() if len(s) > 60)
    indented = line.replace(" ", " \t  ", 3)
    cleaned = clean_article(f"{SEED.splitlines()[0]}\n{indented}\n{SEED}")
    assert any(p.text == line for p in cleaned.paragraphs)
