"""`newsdigest dates "문장" --published DATE`: how the resolver reads the date expressions of a sentence, or of
several read in order as an article's (a later one's bare day may take its month from an earlier one)."""

from __future__ import annotations

import argparse
import json

from digest.errors import UserError
from digest.text.korean import split_sentences
from digest.text.metadata import parse_published
from digest.text.timex import expression_record, read_article

ROLES = {"point": "", "range": " (기간)", "until": " (기한: ~까지)", "since": " (~부터)", "before": " (~이전)",
         "name": " (이름의 일부: 날짜 아님)"}


def cmd_dates(args: argparse.Namespace) -> int:
    if not args.sentence.strip():
        raise UserError("give the sentence to read, e.g. newsdigest dates \"오는 11일 개최한다\" --published 2025-09-10")
    try:
        published = parse_published(args.published, "argument")
    except ValueError as exc:
        raise UserError(f"--published: {exc}") from None
    sentences = [s.text for s in split_sentences(args.sentence)] or [args.sentence]
    records = [expression_record(e, n) for n, exprs in enumerate(read_article(sentences, published.when)) for e in exprs]
    if args.format == "json":
        print(json.dumps({"sentence": args.sentence, "published": published.display(), "dates": records},
                         ensure_ascii=False))
        return 0
    if not records:
        print("날짜 표현을 찾지 못했습니다.")
    for r in records:
        when = "날짜 없음" if r["date"] is None else r["date"] if r["date"] == r["end"] else f"{r['date']} ~ {r['end']}"
        where = f"[문장 {r['sentence'] + 1}] " if len(sentences) > 1 else ""
        carried = " (앞 문장의 날짜에서 이어짐)" if r["carried"] else ""
        print(f"{where}{r['text']}: {when} [{r['precision']}, {r['direction']}]{ROLES.get(r['role'], '')}{carried}")
    return 0


def register_dates_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dates", help="the date expressions of one sentence, resolved against a publication date")
    p.add_argument("sentence", metavar="SENTENCE", help="one sentence, or several read in order as an article's")
    p.add_argument("--published", required=True, help="publication date (YYYY-MM-DD or YYYY-MM-DD HH:MM, KST)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_dates)
