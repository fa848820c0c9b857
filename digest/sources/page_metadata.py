"""Which of a page's statements to believe: headline, outlet, reporter and publication time.

Each fact is taken from the first source that states it, in this order (the README's "Article pages"):

1. JSON-LD `NewsArticle`: headline, author (persons), publisher, datePublished;
2. OpenGraph / `article:*` and author meta tags (`og:title`, `og:site_name`, `article:published_time`,
   `article:author`, `dable:author`, ...), then the story object a JavaScript page ships (Arc's
   `credits.by` bylines; its `first_publish_date` goes before the meta tags, which may hold the draft's time);
3. what the article text says: the credit (`[부산=스포츠조선 선수민 기자]`, `(세종=연합뉴스) 홍길동 기자 =`,
   `[스포츠조선 안소윤 기자]`), the byline (a line of its own, in brackets, before `=`, closing a line, or a
   signature `백아영 / 화면캡처 MBC`; never a picture's credit `사진=백승철 기자` nor a name inside a
   sentence), the copyright line (`Copyrights ⓒ TV조선.`), a labelled time (`입력 2023.11.02 20:06`);
4. the extractor's guesses (trafilatura's title, author, site name and day).

Two exceptions put the text first, because there the page's metadata speaks for the site rather than the
writer: a credit at the head of the article names the outlet that wrote it (a portal or a sister site
republishing it, `[부산=스포츠조선 ...]` read on 조선닷컴), and a portal's author meta `뉴스zum | 연합뉴스`
names the portal beside the outlet.

A reporter is a person's name (2-4 Hangul syllables, as a JSON-LD Person or before 기자/특파원/에디터),
never an outlet or a desk (`한국일보`, `디지털뉴스팀`), nor a word Kiwi reads as common nouns (the wire credit
`연합 기자`) unless it is three syllables after a family name that Kiwi cuts into pieces (`유영규`). A headline
loses the site's name, learned from the page itself (og:site_name, JSON-LD publisher, the outlet found, its
web address) and the title's separators, and is spelt as the page prints it (`(2보)` rather than the
metadata's `[2보]`, `"` rather than `″`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import urlsplit

from digest.sources.embedded import EmbeddedFacts
from digest.text.korean import reads_as_name
from digest.text.metadata import find_outlet_and_reporter

# Words an organisation's name ends with; a 2-4 syllable "name" ending so is no person.
ORGANISATION_END = re.compile(r"(?:일보|신문|뉴스|방송|경제|닷컴|미디어|데일리|투데이|타임즈|타임스|저널|통신|팀|부|국|실|센터|편집|취재)$")
_PERSON = re.compile(r"^[가-힣]{2,4}$")
# The titles a credited writer carries: reporters, correspondents, and the editor some sites credit instead
# (`이정화 에디터`).
_TITLE = r"(?:선임기자|전문기자|인턴기자|객원기자|수습기자|기자|특파원|논설위원|에디터)"
_BEFORE_TITLE = re.compile(r"(?<![가-힣])([가-힣]{2,4})\s*" + _TITLE + r"(?![A-Za-z])")
# A name, then the outlet, then the title: `이남경 MK스포츠 기자`, `강영국 스타투데이 기자`.
_NAME_OUTLET_TITLE = re.compile(r"(?<![가-힣])([가-힣]{2,4})\s+([가-힣A-Za-z0-9]{2,15})\s*" + _TITLE + r"(?![A-Za-z])")
# Names a byline joins with a middle dot before one title: `진동영·류석 기자`.
_GROUP_BEFORE_TITLE = re.compile(r"(?<![가-힣])((?:[가-힣]{2,4}\s*[·ㆍ]\s*)+[가-힣]{2,4})\s*" + _TITLE + r"(?![A-Za-z])")
# Separators between a headline and the site's name: " - ", " | ", "ㅣ", " :: ", " : ".
_SEPARATOR = re.compile(r"\s+[-–—|:]{1,2}\s+|\s*[ㅣ｜|]\s*|\s*::\s*")


def _key(text: str | None) -> str:
    return re.sub(r"[\s\"'“”‘’`]", "", unicodedata.normalize("NFC", text or "")).lower()


def _name_like(value: str | None) -> bool:
    """An outlet's name, not a slogan or a host name: short, few words, no sentence punctuation."""
    if not value or len(value) > 20 or value.count(" ") > 2 or re.search(r"[:/.,…!?]", value):
        return False
    return bool(re.search(r"[가-힣A-Za-z]", value))


def outlet_name(value: str | None) -> str | None:
    """A publisher's name as a reader calls it. A name followed by its titles in brackets
    (`더셀럽(시크뉴스/MK패션)`) is the name before them when the whole is too long or punctuated to be one."""
    if _name_like(value):
        return value
    bare = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", value or "").strip()
    return bare if bare != (value or "").strip() and _name_like(bare) else None


def host_label(url: str | None) -> str | None:
    """`news.zum.com` -> `zum`: the part of the address that names the site."""
    host = (urlsplit(url or "").hostname or "").lower()
    parts = [p for p in host.split(".") if p not in ("www", "m", "news", "co", "com", "kr", "net", "or")]
    return parts[-1] if parts and len(parts[-1]) >= 3 else None


def names_the_site(segment: str, names: list[str], host: str | None) -> bool:
    k = _key(segment)
    if not k:
        return False
    if host and host in k and len(k) <= len(host) + 8:
        return True
    return any(n and (k.startswith(n) or n.startswith(k)) and min(len(k), len(n)) >= 2 for n in map(_key, names))


def is_person(name: str, organisations: list[str]) -> bool:
    if not _PERSON.match(name) or ORGANISATION_END.search(name):
        return False
    if any(name in o or o.startswith(name) for o in organisations if o):
        return False
    return reads_as_name(name)


def persons_in(value: str, organisations: list[str]) -> list[str]:
    """Reporter names in one author value: `박준석 기자 외 1명`, `순천, 광양 구현모 기자 ninek@...`,
    `By 배윤경,이상현`, `신현주`. URLs and outlets give none."""
    value = value.strip()
    if not value or re.match(r"https?://|@", value):
        return []
    titled = [n for group in _GROUP_BEFORE_TITLE.findall(value) for n in re.split(r"\s*[·ㆍ]\s*", group)]
    titled = titled or _BEFORE_TITLE.findall(value)
    if titled:
        found = [n for n in titled if is_person(n, organisations)]
        if found:
            return found
        return [m.group(1) for m in _NAME_OUTLET_TITLE.finditer(value)
                if _names_an_outlet(m.group(2), organisations) and is_person(m.group(1), organisations)]
    value = re.sub(r"^by\s+", "", value, flags=re.I)
    tokens = [t.strip() for t in re.split(r"[,·/|]", value)]
    return [t for t in tokens if is_person(t, organisations)]


def _names_an_outlet(word: str, organisations: list[str]) -> bool:
    return bool(re.search(r"[A-Za-z]", word) or ORGANISATION_END.search(word)
                or any(o and (word in o or o in word) for o in organisations))


def _join(names: list[str]) -> str | None:
    unique = list(dict.fromkeys(names))
    return "·".join(unique[:4]) if unique else None


# ---- outlet ------------------------------------------------------------------------------------------

_HEAD_CREDIT = re.compile(r"^\s*[\[(【〈<]\s*[가-힣A-Za-z0-9 ]{1,15}?\s*=\s*([^\])】〉>=]{2,40}?)\s*[\])】〉>]")


# "[스포츠조선 안소윤 기자] ...": an outlet, then the reporter, in the brackets that open the article.
_HEAD_BYLINE = re.compile(r"^\s*[\[【〈]\s*([가-힣A-Za-z0-9]{2,15})\s+[가-힣]{2,4}(?:[·, ]+[가-힣]{2,4})*\s*(?:기자|특파원)\s*[\]】〉]")


def _credit_outlet(text: str) -> str | None:
    """`[부산=스포츠조선 선수민 기자]` -> 스포츠조선, `(세종=연합뉴스)` -> 연합뉴스, `[스포츠조선 안소윤 기자]` ->
    스포츠조선: the outlet that wrote it. A credit `[뉴스웍스=박광하 기자]` names no outlet on the right (it is
    the reporter alone)."""
    byline = _HEAD_BYLINE.match(text[:200])
    if byline and _name_like(byline.group(1)):
        return byline.group(1)
    m = _HEAD_CREDIT.match(text[:200])
    if not m:
        return None
    right = re.sub(r"(?:^|\s+)[가-힣]{2,4}(?:[·, ]+[가-힣]{2,4})*\s*(?:기자|특파원)\s*$", "", m.group(1)).strip()
    if right and right != m.group(1).strip():
        return right if _name_like(right) else None                  # "스포츠조선 선수민 기자"
    if re.search(r"기자|특파원", m.group(1)):
        return None
    return right if _name_like(right) else None                      # "연합뉴스"


def _portal_outlet(facts: EmbeddedFacts, site: str | None, host: str | None) -> str | None:
    """`뉴스zum | 연합뉴스`, `연합뉴스 | 네이버`: the side that is not the page's own site. The site is named by
    og:site_name, else by the name its titles end with (`... : 네이버 뉴스`)."""
    sites = [site] if site else [title_site_suffix(t) for t in (facts.html_title, facts.og.get("og:title"))]
    sites = [s for s in sites if s]
    for value in facts.meta_authors:
        parts = [p.strip() for p in value.split("|")]
        if len(parts) != 2:
            continue
        own = [p for p in parts if names_the_site(p, sites, host) or (host and host in p.lower())]
        other = [p for p in parts if p not in own]
        if len(own) == 1 and len(other) == 1 and _name_like(other[0]):
            return other[0]
    return None


def choose_outlet(facts: EmbeddedFacts, text: str, url: str, guessed: str | None) -> str | None:
    host = host_label(url)
    site = facts.og.get("og:site_name")
    credited = _credit_outlet(text)
    if credited:
        return credited
    portal = _portal_outlet(facts, site, host)
    if portal:
        return portal
    for candidate in (facts.publisher, site):
        name = outlet_name(candidate)
        if name:
            return name
    in_text, _ = find_outlet_and_reporter(text)
    if _name_like(in_text):
        return in_text
    for title in (facts.og.get("og:title"), facts.html_title):
        suffix = title_site_suffix(title)
        if suffix:
            return suffix
    if guessed and _name_like(guessed) and not (host and _key(guessed) == host):
        return guessed
    return None


def title_site_suffix(title: str | None) -> str | None:
    """The site's name written after the headline's last separator (`... - 아시아투데이`)."""
    if not title:
        return None
    parts = _SEPARATOR.split(title)
    if len(parts) >= 2 and _name_like(parts[-1]) and len(parts[-1]) <= 12 and len(parts[0]) > len(parts[-1]):
        # "머니투데이 뉴스", "대전일보 모바일": the site's name, then a word for the edition.
        return re.sub(r"\s+(?:뉴스|모바일|온라인|인터넷판|닷컴)$", "", parts[-1].strip())
    return None


# ---- reporter ----------------------------------------------------------------------------------------

def choose_reporter(facts: EmbeddedFacts, text: str, organisations: list[str], guessed: str | None) -> str | None:
    orgs = [o for o in organisations if o]
    from_jsonld = [n for a in facts.authors for n in persons_in(a, orgs)]
    if from_jsonld:
        return _join(from_jsonld)
    for value in (*facts.meta_authors, *facts.state_authors):
        found = persons_in(value, orgs)
        if found:
            return _join(found)
    _, in_text = find_outlet_and_reporter(text)
    if in_text and all(is_person(n, orgs) for n in in_text.split("·")):
        return in_text
    byline = next(text_bylines(text, orgs), None)
    if byline:
        return byline
    found = persons_in(guessed or "", orgs)
    return _join(found)


# What credits a picture or a video, not the writing: `사진=백승철 기자`, `영상취재 : 안동균 기자`.
_NOT_THE_WRITER = re.compile(r"(?:사진|영상|그래픽|촬영|편집|디자인|일러스트|캡처)\s*(?:취재|편집|제공)?\s*[=:/]?\s*$")
# A writer's signature above a picture credit: `백아영 / 화면캡처 MBC`, `홍길동 / 사진=연합뉴스`.
_SIGNATURE = re.compile(r"^\s*([가-힣]{2,4})\s*/\s*(?:사진|화면|영상|출처|자료|그래픽)", re.M)


def text_bylines(text: str, organisations: list[str]) -> Iterator[str]:
    """Writers the text credits, in order. A credit stands on a line of its own (`(SBS연예뉴스 강경윤 기자)`,
    `안진우 기자입니다.`), in brackets (`[스포츠조선 안소윤 기자] ...`), before `=` or at the end of a line; a name
    followed by a title inside a sentence (`칼럼에는 논설위원 조 씨가`) and a picture's credit are not bylines."""
    for m in _BEFORE_TITLE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line = text[start:end if end >= 0 else len(text)]
        before = text[start:m.start()]
        if _NOT_THE_WRITER.search(before[-12:]):
            continue
        after = text[m.end():start + len(line)]
        bracketed = before.count("[") > before.count("]") or before.count("(") > before.count(")")
        short = len(re.sub(r"[\w.+-]+@[\w.-]+", "", line).strip()) <= 40
        closing = re.fullmatch(r"[\s\])>】〉.]*(?:[\w.+-]+@[\w.-]+)?[\s\])>】〉.]*", after)   # "... 밝혔다. 홍길동 기자 a@b.kr"
        if (short or bracketed or closing or re.match(r"\s*=", after)) and is_person(m.group(1), organisations):
            yield m.group(1)
    for m in _SIGNATURE.finditer(text):
        if is_person(m.group(1), organisations):
            yield m.group(1)


# ---- headline ----------------------------------------------------------------------------------------

def strip_site_name(title: str | None, names: list[str], host: str | None, section: str | None) -> str | None:
    """`...-정치ㅣ한국일보`, `... - 매일경제`, `대전일보 모바일 :: ...` -> the headline alone."""
    if not title:
        return None
    pieces = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    if len(pieces) < 2:
        return title.strip()
    start, end = 0, len(pieces)
    while end - start > 1 and names_the_site(pieces[end - 1], names, host):
        end -= 1
    while end - start > 1 and names_the_site(pieces[start], names, host):
        start += 1
    if (start, end) == (0, len(pieces)):
        return title.strip()
    kept = pieces[start]
    for sep, piece in zip(seps[start:end - 1], pieces[start + 1:end]):
        kept += sep + piece
    kept = kept.strip()
    if section and kept.endswith(f"-{section}"):
        kept = kept[: -len(section) - 1].rstrip()
    return kept or title.strip()


# Marks some sites write for a quotation mark in their metadata (`″K팝스타 된 기분″`).
_QUOTE_LIKE = str.maketrans({"″": '"', "‶": '"'})


def _letters(text: str) -> str:
    """Only letters and digits: two spellings of one headline (`(2보)` / `[2보]`) compare equal."""
    return re.sub(r"[^\w]|_", "", unicodedata.normalize("NFC", text)).lower()


def as_printed(headline: str | None, candidates: list[str], printed: str | None) -> str | None:
    """The spelling of the headline the page prints, when the chosen one differs from it only in brackets,
    quotation marks or spacing: the page's heading is what a reader sees."""
    if not headline or not printed:
        return headline
    page = re.sub(r"\s+", "", printed)
    if re.sub(r"\s+", "", headline) in page:
        return headline
    for other in candidates:
        if _letters(other) == _letters(headline) and re.sub(r"\s+", "", other) in page:
            return other
    return headline


def choose_headline(facts: EmbeddedFacts, guessed: str | None, names: list[str], url: str,
                    printed: str | None = None) -> str | None:
    headline = _choose_headline(facts, guessed, names, url)
    candidates = [strip_site_name(t, names, host_label(url), facts.og.get("article:section"))
                  for t in (facts.headline, facts.og.get("og:title"), guessed, facts.html_title, *facts.state_titles) if t]
    headline = as_printed(headline, [c.translate(_QUOTE_LIKE) for c in candidates if c], printed)
    return headline.translate(_QUOTE_LIKE) if headline else None


def _choose_headline(facts: EmbeddedFacts, guessed: str | None, names: list[str], url: str) -> str | None:
    host = host_label(url)
    section = facts.og.get("article:section")
    stripped = [kept for t in (facts.og.get("og:title"), guessed, facts.html_title)
                if t and (kept := strip_site_name(t, names, host, section))]
    if facts.headline:
        # JSON-LD sometimes loses quotation marks the visible title keeps; prefer the fuller spelling.
        same = [t for t in stripped if _key(t) == _key(facts.headline) and len(t) > len(facts.headline)]
        return same[0] if same else facts.headline
    if not stripped:
        return None
    best = stripped[0]
    for other in stripped[1:]:       # an attribute cut at an unescaped quote: "[MTN현장+]"
        if len(best) < 0.6 * len(other) and _key(other).startswith(_key(best)):
            best = other
    # The page's own script state may hold the bare headline the title decorates (`...-정치ㅣ한국일보`).
    for candidate in facts.state_titles:
        k = _key(candidate)
        if k != _key(best) and _key(best).startswith(k) and len(k) >= 0.6 * len(_key(best)):
            return candidate
    return best
