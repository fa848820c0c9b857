"""A learned reader of happenings told on a day another sentence gives.

A programme or a visit is told in sentences with no date of their own after the day is named once (`정오에는 보신각
타종행사가 열리고`, `파월 장관은 이어 … 김대중 대통령을 예방`); the rules read a day word (`이날`, `당일`) but not
this. Each sentence with no date read and no event told, after a single day ahead told earlier in the article, is
read by the rules again as if it began with that day (`2013년 8월 15일 정오에는 …`): what they tell of it on the day
are the candidates, titled by the rules. Whether a candidate is a happening of that day is judged by a logistic
regression over closed-class signs (an opening connective, a clock time, a scene, a figure or a limit, a plan, a
forecast or quoted speech, the event's tense and how many the sentence tells) and place (how far back the day was
told, how far ahead it lies, how many days the article told): no open-class words, as in the fallback of dated
sentences (`digest.text.event_fallback`). `bench/event_context.py` trains it on the dev split's labels, writes
`event_context.json` beside this module and judges it on batches labelled later (bench/HISTORY.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable

from digest.text.event_fallback import speech_signs
from digest.text.event_identity import FoundEvent, title_overlap
from digest.text.korean import Token, content_words, sentences_read, tokenize
from digest.text.learned_model import probability as learned_probability
from digest.text.learned_model import read_model
from digest.text.timex import TimeExpr

MODEL = Path(__file__).resolve().parent / "event_context.json"
# how far ahead of publication the day lies
AHEAD = ((7, "week"), (31, "month"))
OPENINGS = (("then", r"(?:이어|이어서|뒤이어|이후|다음으로)\s"), ("notably", r"특히\s"),
            ("also", r"(?:또|또한|아울러|이와\s?함께|이\s?밖에도?|이밖에도?|이외에도?|그리고)\s"),
            ("meanwhile", r"한편\s"))
CLOCK = re.compile(r"(?:오전|오후|낮|밤|저녁|새벽|정오|자정)|\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?|\d{1,2}:\d{2}")
SCENE = re.compile(r"^\S*(?:에서는|에서도|에는|후에는|뒤에는|이후에는|에선)\s")
# a verb saying a happening takes place
HELD = re.compile(r"(?:열리|열린|열릴|펼쳐|진행되|진행된|진행될|개최되|개최된|개최될|마련되|마련된|마련될|치러|이어진다|이어지)")
FIGURE = re.compile(r"\d[\d,.]*\s*(?:명|원|%|개|건|가구|대|톤|배|석)")

FEATURES: tuple[str, ...] = (
    "bias",
    "day_from_event", "day_back_1", "day_back_2", "day_back_more",
    *(f"ahead_{b}" for _, b in AHEAD), "ahead_beyond",
    "one_day_told",
    *(f"opens_{name}" for name, _ in OPENINGS),
    "clock", "scene", "figure", "limit",
    "kind_past", "reports_past", "events_told", "list_member", "title_words", "told_already", "held",
    "plan_marker", "modality", "quoted_speech",
    "sentence_position", "sentence_length",
)


@dataclass(frozen=True)
class Candidate:
    """An event the rules tell of a sentence with no date read once it is given the day told before it."""
    sentence: str
    event: FoundEvent
    told: int           # how many events the rules tell of the dated sentence
    told_already: bool  # an event the rules told of another sentence on the day shares its title's words
    member: bool        # one of several events of one kind the sentence lists
    index: int          # the sentence's place in the article
    day: date
    day_index: int      # the place of the sentence that told the day
    from_event: bool    # the day is an event's the rules told
    days_told: int      # distinct days ahead told so far


# the hour a part of the day's programme opens with (`정오에는 보신각 타종행사`): the day's, not the happening's name
_CLOCK_OPENING = re.compile(r"^(?:(?:오전|오후|낮|밤|저녁|새벽)\s*)?(?:\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?(?:\s?\d{1,2}초)?|정오|자정)"
                            r"(?:부터는|부터|에는|에)?\s+")
RuleReader = Callable[[list[list[tuple[str, tuple]]], date], tuple[list[FoundEvent], list]]


def _dated(sentence: str, tokens: tuple, day: date) -> tuple[str, tuple]:
    """The sentence with the day written before it in full (`2023년 10월 14일 …`), and its morphemes: the
    sentence's own, shifted, after the date's (SN and NNB, as Kiwi reads a date)."""
    parts = [(str(day.year), "SN"), ("년", "NNB"), (str(day.month), "SN"), ("월", "NNB"), (str(day.day), "SN"), ("일", "NNB")]
    prefix, at, head = "", 0, []
    for n, (form, tag) in enumerate(parts):
        head.append(Token(form, tag, at, len(form)))
        at += len(form) + (1 if n % 2 else 0)
        prefix += form + (" " if n % 2 else "")
    return prefix + sentence, tuple(head) + tuple(Token(t.form, t.tag, t.start + len(prefix), t.len) for t in tokens)


def _undated_after_a_day(reads: list[tuple[str, tuple, list[TimeExpr]]], found: list[FoundEvent], pub: date
                         ) -> list[tuple[int, tuple[date, int, bool, int]]]:
    """Each sentence where nothing dated was read and no event told, after a single day ahead told before it: (its
    place, (the last such day, the place of its sentence, whether an event of the rules is on it, how many distinct
    days ahead were told so far))."""
    at: dict[str, int] = {}
    for n, (s, _, _) in enumerate(reads):
        at.setdefault(s, n)
    told = {event.evidence for event in found}
    planned: dict[int, list[date]] = {}
    for event in found:
        if event.kind == "planned" and event.precision == "day" and event.start is not None and event.start > pub \
                and event.evidence in at:
            planned.setdefault(at[event.evidence], []).append(event.start)
    out = []
    best: tuple[date, int, bool] | None = None
    days: set[date] = set()
    for k, (sentence, _, read) in enumerate(reads):
        if best is not None and sentence not in told and not any(e.date is not None for e in read):
            out.append((k, (*best, len(days))))
        for e in read:   # a day read, then an event told on one, in the sentence's order of reading
            if e.precision == "day" and e.date is not None and e.date > pub and e.role in ("point", "range", "since"):
                days.add(e.date)
                best = (e.date, k, False)
        for day in planned.get(k, ()):
            days.add(day)
            best = (day, k, True)
    return out


def _told_on(reads: list[tuple[str, tuple, list[TimeExpr]]], found: list[FoundEvent], k: int,
             day: tuple[date, int, bool, int], pub: date, read_rules: RuleReader) -> list[Candidate]:
    """What the rules tell of sentence k once it is given the day."""
    sentence, known, _ = reads[k]
    text, tokens = _dated(sentence, known or tokenize(sentence), day[0])
    with sentences_read([(text, tokens)]):
        events = [e for e in read_rules([[(text, tokens)]], pub)[0] if e.start == day[0] and e.precision == "day"]
    kinds = {e.kind for e in events}
    out = []
    for e in events:
        name = _CLOCK_OPENING.sub("", e.title) or e.title
        words = e.words if name == e.title else content_words(name)   # Kiwi again only for a title cut
        event = replace(e, title=name, words=words, evidence=sentence, found_by="context")
        again = any(f.start == day[0] and title_overlap(f.words, event.words) >= 0.25 for f in found)
        out.append(Candidate(sentence, event, len(events), again, len(events) > 1 and len(kinds) == 1, k, *day))
    return out


def candidates(reads: list[tuple[str, tuple, list[TimeExpr]]], found: list[FoundEvent], pub: date,
               read_rules: RuleReader) -> list[Candidate]:
    """What the rules tell of each sentence where nothing dated was read and no event told, after a day ahead, once
    the sentence is given that day."""
    return [c for k, day in _undated_after_a_day(reads, found, pub) for c in _told_on(reads, found, k, day, pub, read_rules)]


# the features of the event the rules told, apart from its sentence's; they all lie in [0, 1]
EVENT_FEATURES = ("kind_past", "reports_past", "events_told", "list_member", "title_words", "told_already")


def _sentence_features(sentence: str, index: int, total: int, day: tuple[date, int, bool, int], pub: date
                       ) -> dict[str, float]:
    """What the sentence and its place say, whatever the event (the event's own features 0)."""
    f = dict.fromkeys(FEATURES, 0.0)
    f["bias"] = 1.0
    when, day_index, from_event, days_told = day
    f["day_from_event"] = float(from_event)
    back = index - day_index
    f["day_back_1" if back == 1 else "day_back_2" if back == 2 else "day_back_more"] = 1.0
    ahead = (when - pub).days
    f[f"ahead_{next((b for limit, b in AHEAD if ahead <= limit), 'beyond')}"] = 1.0
    f["one_day_told"] = float(days_told == 1)
    for name, pattern in OPENINGS:
        if re.match(pattern, sentence):
            f[f"opens_{name}"] = 1.0
    f["clock"] = float(bool(CLOCK.search(sentence)))
    f["scene"] = float(bool(SCENE.match(sentence)))
    f["figure"] = float(bool(FIGURE.search(sentence)))
    f["limit"] = float("까지" in sentence)
    f["held"] = float(bool(HELD.search(sentence)))
    f.update(speech_signs(sentence, index, total))
    return f


def _event_features(c: Candidate) -> dict[str, float]:
    return dict(zip(EVENT_FEATURES, (float(c.event.kind == "past"), float(c.event.reports_past), min(c.told, 4) / 4,
                                     float(c.member), min(len(c.event.words), 6) / 6, float(c.told_already))))


def features(c: Candidate, total: int, pub: date) -> dict[str, float]:
    """The candidate's features (FEATURES' names)."""
    day = (c.day, c.day_index, c.from_event, c.days_told)
    return {**_sentence_features(c.sentence, c.index, total, day, pub), **_event_features(c)}


@lru_cache(maxsize=1)
def _model() -> tuple[tuple[float, ...], float] | None:
    """The trained weights and threshold, or None when none are trained for these features."""
    return read_model(MODEL, FEATURES)


def context_events(reads: list[tuple[str, tuple, list[TimeExpr]]], found: list[FoundEvent], pub: date,
                   read_rules: RuleReader, model: tuple[tuple[float, ...], float] | None = None) -> list[FoundEvent]:
    """Events for the candidates the model judges to tell a happening of the day (none without a trained model).
    A sentence whose place and wording keep every event of it under the threshold, whatever the event, is not
    read by the rules again (most are: the second reading is what the reader costs)."""
    model = model or _model()
    if model is None:
        return []
    weights, threshold = model
    most = sum(max(w, 0.0) for n, w in zip(FEATURES, weights) if n in EVENT_FEATURES)   # the event's part at most
    out = []
    for k, day in _undated_after_a_day(reads, found, pub):
        bare = _sentence_features(reads[k][0], k, len(reads), day, pub)   # read once, shared by its candidates
        if learned_probability(bare, weights, FEATURES, most) < threshold:
            continue
        out += [c.event for c in _told_on(reads, found, k, day, pub, read_rules)
                if learned_probability({**bare, **_event_features(c)}, weights, FEATURES) >= threshold]
    return out
