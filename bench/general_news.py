"""general-news-kr: Korean news of every section with three summary sentences chosen by an editor.

    .venv/bin/python -m bench.general_news          # counts per section and split

The articles live in one text file, bench/data/general-news-kr/articles.txt (its README says where each
came from, under which licence, and how the sentences were chosen). A block is an `@ url | outlet |
section | headline` line, then one sentence (or subtitle/caption line) per line in article order; a
leading `*` marks the three summary sentences.

The split is fixed by position, not by anything a system does: within each section, in file order, every
third article (the 3rd, 6th, ...) is the frozen test split and the others are the development split. New
articles are appended at the end of the file, so existing articles never change split.

A second frozen split, "test-full", lives in its own file (articles-full.txt): whole, full-length articles
(no page openings), labelled and committed before any system was run on them. Its slugs start with "full-".
Full-length articles of the same source for development ("dev-full", articles-full-dev.txt) start with
"fulldev-". Whole news articles of national and regional outlets: "dev-news" (articles-news-dev.txt, slugs
"newsdev-") for development and "test-news" (articles-news-test.txt, slugs "news-"), a third frozen split.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "general-news-kr" / "articles.txt"
FULL = DATA.with_name("articles-full.txt")
# Files that are one split each: split name -> (file, slug prefix).
WHOLE_FILES = {"test-full": (FULL, "full-"), "dev-full": (DATA.with_name("articles-full-dev.txt"), "fulldev-"),
               "dev-news": (DATA.with_name("articles-news-dev.txt"), "newsdev-"),
               "test-news": (DATA.with_name("articles-news-test.txt"), "news-")}
SECTIONS = ("politics", "society", "economy", "local", "sports", "culture")


class FormatError(ValueError):
    """The data file does not follow the block format (the message names the line)."""


def parse(text: str, whole_split: str | None = None, prefix: str = "") -> list[dict]:
    """Articles in file order, each shaped like a sci-news-sum-kr-50 document (title, sentences, summaries).

    With whole_split, every article belongs to that split (a file that is one frozen split)."""
    docs: list[dict] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            fields = [f.strip() for f in line[1:].split("|")]
            if len(fields) != 4 or fields[2] not in SECTIONS:
                raise FormatError(f"line {lineno}: expected '@ url | outlet | section | headline', section one of {SECTIONS}")
            url, outlet, section, title = fields
            docs.append({"url": url, "outlet": outlet, "section": section, "title": title, "sentences": [], "summaries": []})
            continue
        if not docs:
            raise FormatError(f"line {lineno}: a sentence before the first '@' header")
        doc = docs[-1]
        if line.startswith("*"):
            doc["summaries"].append(len(doc["sentences"]))
            line = line[1:].strip()
        doc["sentences"].append(line)
    for i, doc in enumerate(docs):
        if len(doc["summaries"]) != 3:
            raise FormatError(f"article {i + 1} ({doc['url']}): {len(doc['summaries'])} summary sentences, expected 3")
    seen: Counter = Counter()
    for doc in docs:
        seen[doc["section"]] += 1
        n = seen[doc["section"]]
        if whole_split:
            doc["slug"] = f"{prefix}{doc['section']}-{n:02d}"
            doc["split"] = whole_split
        else:
            doc["slug"] = f"{doc['section']}-{n:02d}"
            doc["split"] = "test" if n % 3 == 0 else "dev"
    return docs


def article_text(doc: dict) -> str:
    """The article as a user would paste it: headline (when the copy has one), blank line, one line each."""
    body = "\n".join(doc["sentences"]) + "\n"
    return doc["title"] + "\n\n" + body if doc["title"] else body


def load(split: str | None = None, path: Path = DATA) -> list[dict]:
    """The articles of one split ("dev", "test", or the whole-article "dev-full", "test-full", "dev-news",
    "test-news"), or those of articles.txt."""
    if split in WHOLE_FILES:
        file, prefix = WHOLE_FILES[split]
        return parse(file.read_text(encoding="utf-8"), whole_split=split, prefix=prefix)
    docs = parse(path.read_text(encoding="utf-8"))
    return [d for d in docs if split is None or d["split"] == split]


def main() -> int:
    docs = load()
    counts = Counter((d["section"], d["split"]) for d in docs)
    print(f"general-news-kr: {len(docs)} articles, {len({d['outlet'] for d in docs})} outlets")
    for section in SECTIONS:
        print(f"  {section:9s} dev {counts[section, 'dev']:3d}  test {counts[section, 'test']:3d}")
    from bench.baselines import lead_sentences

    lead = sum(1 for d in docs if lead_sentences(d["sentences"], 1)[0] in d["summaries"])
    print(f"first real sentence (sentence-final ending, 5+ words) among the chosen three: {lead} of {len(docs)}")
    print(f"dev-full: {len(load('dev-full'))} whole articles for development")
    for split in ("dev-news", "test-news"):
        news = load(split)
        lead = sum(1 for d in news if lead_sentences(d["sentences"], 1)[0] in d["summaries"])
        print(f"{split}: {len(news)} whole news articles, {len({d['outlet'] for d in news})} outlets; "
              f"first real sentence among the chosen three: {lead} of {len(news)}")
    full = load("test-full")
    lead = sum(1 for d in full if lead_sentences(d["sentences"], 1)[0] in d["summaries"])
    chars = sorted(len("".join(d["sentences"])) for d in full)
    print(f"test-full: {len(full)} whole articles, {len({d['outlet'] for d in full})} issuers, "
          f"{chars[0]}-{chars[-1]} characters (median {chars[len(chars) // 2]}); "
          f"first real sentence among the chosen three: {lead} of {len(full)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
