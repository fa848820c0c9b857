"""A learned reader of the dates the rules read but told no event of.

The rules (digest.text.events) name an event only where they recognise how the sentence tells it; on news
nobody here wrote, most events they miss have their date read all the same (`한강다리밝기행사는 2월14일 원효대교에서
열린다`, `이들에 대한 접종은 다음달 26일부터 시작돼 …`). Each such date is a candidate. Whether it dates a happening is
judged by a logistic regression over closed-class grammar around it (the particle after the date, the tense and kind
of its clause's predicate, a plan or a deadline, how far it lies) and its place in the article: no open-class words.
`bench/event_fallback.py` trains it on the dev split's labels, writes `event_fallback.json` beside this module, and
judges it against the rules alone on batches labelled later: bench/HISTORY.md tells each judgement and why it is in
`extract_events` (its additions raise strict F1 whenever more than F1/2 of them are right).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from digest.text import event_grammar as grammar
from digest.text.event_identity import FoundEvent
from digest.text.event_titles import _last_boundary
from digest.text.korean import content_words, tokenize
from digest.text.learned_model import probability as learned_probability
from digest.text.learned_model import read_model
from digest.text.timex import TimeExpr, clause_tense

MODEL = Path(__file__).resolve().parent / "event_fallback.json"
# days from publication, by sign and size
DAY_BUCKETS = ((7, "week"), (31, "month"), (92, "quarter"), (366, "year"))
# a plan, a forecast or hedge, and reported speech anywhere in the sentence
PLAN = re.compile(r"예정|계획|방침|목표|추진")
MODALITY = re.compile(r"수\s?있|전망|보인다|보여|예상|관측|듯|가능성|우려")
QUOTED = re.compile(r"(?:라|이라|다|냐|자)?고\s?(?:밝혔|말했|설명했|전했|강조했|덧붙였|했다)")
PRECISIONS = ("day", "week", "month", "quarter", "half", "year")
ROLES = ("point", "range", "since", "until", "before", "name")
# what follows the date: its particle or punctuation, by kind
AFTER = (("topic", r"(?:에는|엔|에선|에서는|은|는)(?![가-힣])"), ("at", r"(?:에|에서)(?![가-힣])"),
         ("from", r"부터"), ("until", r"까지"), ("goal", r"(?:으로|로)(?![가-힣])"), ("of", r"의(?![가-힣])"),
         ("copula", r"(?:인|이다|이며|이고|이었)"), ("paren", r"\s*\("), ("list", r"\s*[,·∼~=:]"),
         ("clock", r"\s*(?:오전|오후|밤|새벽|저녁|낮|\d{1,2}시)"))
OPENINGS = (("ago", r"지난"), ("ahead", r"(?:오는|다음|내달|내년)"), ("that_day", r"(?:이날|당일|같은\s?날)"))

FEATURES: tuple[str, ...] = (
    "bias",
    *(f"precision_{p}" for p in PRECISIONS),
    *(f"role_{r}" for r in ROLES),
    *(f"ahead_{b}" for _, b in DAY_BUCKETS), "ahead_beyond",
    *(f"behind_{b}" for _, b in DAY_BUCKETS), "behind_beyond",
    *(f"after_{name}" for name, _ in AFTER), "after_noun", "after_other",
    *(f"opens_{name}" for name, _ in OPENINGS),
    "in_parentheses", "limit", "figure", "document",
    "tense_past", "tense_future",
    "predicate_verbal_noun", "predicate_verb", "predicate_copula", "predicate_none", "predicate_adnominal",
    "plan_marker", "modality", "quoted_speech",
    "events_in_sentence", "dates_in_sentence", "date_told_elsewhere",
    "lead_sentence", "sentence_position", "sentence_length",
)


@dataclass(frozen=True)
class Candidate:
    """A date a sentence told with no event of the rules on it."""
    sentence: str
    tokens: tuple
    expr: TimeExpr
    index: int          # the sentence's place in the article


def candidates(sentences: list[tuple[str, tuple, list[TimeExpr]]], found: list[FoundEvent], pub: date) -> list[Candidate]:
    """Each date the rules read (`sentences`: text, morphemes if known, expressions read in order) that dates a period,
    lies off the publication day and has no event told of it in its sentence."""
    out: list[Candidate] = []
    for k, (sentence, known, read) in enumerate(sentences):
        tokens = (known or tokenize(sentence)) if read else ()   # a sentence given without its morphemes is read here
        told = {(e.start, e.precision) for e in found if e.evidence == sentence}
        seen: set = set()
        for expr in read:
            if expr.date is None or expr.precision not in PRECISIONS or (expr.date == pub and expr.precision == "day"):
                continue
            key = (expr.date, expr.precision)
            if key in told or key in seen:
                continue
            seen.add(key)
            out.append(Candidate(sentence, tokens, expr, k))
    return out


def speech_signs(sentence: str, index: int, total: int) -> dict[str, float]:
    """A plan, a forecast or hedge and reported speech anywhere in the sentence, its place in the article and its
    length: the features the learned readers share."""
    return {"plan_marker": float(bool(PLAN.search(sentence))), "modality": float(bool(MODALITY.search(sentence))),
            "quoted_speech": float(bool(QUOTED.search(sentence))), "sentence_position": index / max(total - 1, 1),
            "sentence_length": min(len(sentence), 300) / 100}


def _predicate(tokens: tuple, end: int) -> tuple[str, int | None]:
    """The kind of the first predicate after the date in its clause, and its token index."""
    for i, t in enumerate(tokens):
        if t.start < end:
            continue
        if t.tag == "XSV" and i > 0:
            return "verbal_noun", i
        if t.tag == "VV":
            return "verb", i
        if t.tag == "VCP":
            return "copula", i
        if (t.tag == "EC" or (t.tag == "SP" and t.form == ",")) and i > 0 and tokens[i - 1].tag.startswith(("V", "X", "E")):
            break
    return "none", None


def features(c: Candidate, found: list[FoundEvent], total: int, pub: date) -> dict[str, float]:
    """The candidate's features (FEATURES' names)."""
    f = dict.fromkeys(FEATURES, 0.0)
    f["bias"] = 1.0
    e, s = c.expr, c.sentence
    f[f"precision_{e.precision}"] = 1.0
    if e.role in ROLES:
        f[f"role_{e.role}"] = 1.0
    days = (e.date - pub).days if e.date is not None else 0
    bucket = next((b for limit, b in DAY_BUCKETS if abs(days) <= limit), "beyond")
    f[f"{'ahead' if days >= 0 else 'behind'}_{bucket}"] = 1.0
    rest = s[e.end:]
    after = next((name for name, pattern in AFTER if re.match(pattern, rest)), None)
    if after is None:
        after = "noun" if re.match(r"\s*[가-힣A-Za-z]", rest) else "other"
    f[f"after_{after}"] = 1.0
    for name, pattern in OPENINGS:
        if re.match(pattern, e.text):
            f[f"opens_{name}"] = 1.0
    f["in_parentheses"] = float(s[:e.start].count("(") > s[:e.start].count(")"))
    f["limit"] = float(grammar.limit_after(s, e.end) is not None)
    f["figure"] = float(grammar.states_a_figure(s, e.end, e.precision))
    f["document"] = float(grammar.names_a_document(s, c.tokens, e.start, e.end, e.precision))
    tense = clause_tense(s, e.end)
    f["tense_past"], f["tense_future"] = float(tense == "past"), float(tense == "future")
    kind, at = _predicate(c.tokens, e.end)
    f[f"predicate_{kind}"] = 1.0
    f["predicate_adnominal"] = float(at is not None and at + 1 < len(c.tokens) and c.tokens[at + 1].tag == "ETM")
    f.update(speech_signs(s, c.index, total))
    f["events_in_sentence"] = min(sum(x.evidence == s for x in found), 3) / 3
    f["dates_in_sentence"] = min(s.count("일") + s.count("월"), 6) / 6
    f["date_told_elsewhere"] = float(any(x.start == e.date and x.precision == e.precision and x.evidence != s
                                         for x in found))
    f["lead_sentence"] = float(c.index == 0)
    return f


@lru_cache(maxsize=1)
def _model() -> tuple[tuple[float, ...], float] | None:
    """The trained weights and threshold, or None when none are trained for these features."""
    return read_model(MODEL, FEATURES)


# what goes with the date when it is left out of the title: its particle, and a sentence's opening connective
_DATE_PARTICLE = re.compile(r"^(?:에는|에선|에서는|에서|엔|에|부터는|부터|까지|은|는|의|인|로|으로)(?![가-힣])")
_OPENING = re.compile(r"^(?:이어|이어서|한편|또한|또|특히|이와\s?함께|그리고)\s+")
TITLE_LENGTH = 60


def title(c: Candidate) -> str:
    """The date's clause as the article words it, the date left out: from the clause's start to its first predicate
    after the date (`한강다리밝기행사는 2월14일 원효대교에서 열린다` -> `한강다리밝기행사는 원효대교에서 열린`), a long one cut at a
    word. Kept whole rather than reduced to nouns: on dev the clause holds the name a reader gave the event more
    often than its nouns do."""
    e, s = c.expr, c.sentence
    begin = _last_boundary(c.tokens, 0, e.start)
    kind, at = _predicate(c.tokens, e.end)
    stop = c.tokens[at].start + c.tokens[at].len if at is not None else min(len(s), e.end + 40)
    after = _DATE_PARTICLE.sub("", s[e.end:stop])
    text = _OPENING.sub("", re.sub(r"\s+", " ", f"{s[begin:e.start]} {after}").strip(" ,·:=-▲△◇○"))
    return text[:TITLE_LENGTH].rsplit(" ", 1)[0] if len(text) > TITLE_LENGTH else text


def fallback_events(sentences: list[tuple[str, tuple, list[TimeExpr]]], found: list[FoundEvent], pub: date,
                    model: tuple[tuple[float, ...], float] | None = None) -> list[FoundEvent]:
    """Events for the candidates the model judges to date a happening (none without a trained model)."""
    model = model or _model()
    if model is None:
        return []
    weights, threshold = model
    out = []
    for c in candidates(sentences, found, pub):
        if learned_probability(features(c, found, len(sentences), pub), weights, FEATURES) < threshold:
            continue
        event = candidate_event(c, pub)
        if event.words:
            out.append(event)
    return out


def candidate_event(c: Candidate, pub: date) -> FoundEvent:
    """The event a candidate names, if the model takes it."""
    e, name = c.expr, title(c)
    last = e.end_date or e.date
    kind = "past" if e.direction == "past" or (last is not None and last < pub) else "planned"
    past = clause_tense(c.sentence, e.end) == "past" or e.direction == "past"
    return FoundEvent(name, content_words(name), e.date, e.end_date, e.precision, e.part_of_day, kind, past, False,
                      c.sentence, found_by="learned")
