"""Boilerplate removal: what a scraper leaves around a Korean article's body.

Works line by line with rules that hold across outlets rather than one pattern per site:

* an article ends at its copyright line or closing byline; what follows (related headlines, reaction
  widgets, comment policies, reader comments) is trailer;
* lines that repeat verbatim are photo captions (sites print a caption under the image and again as alt
  text), and so are lines carrying a photo credit;
* short lines without a sentence ending, before the body starts, are the headline and its deck; after it,
  they are navigation;
* Q&A transcripts are kept but marked, because a question is never a good bullet.

Every removed line is kept with its reason, so `extract --format json` can show why text was dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

BODY, DECK, QA = "body", "deck", "qa"


@dataclass(frozen=True)
class Paragraph:
    text: str
    role: str  # body | deck (headline and sub-headlines) | qa (interview transcript)


@dataclass
class CleanText:
    title: str | None
    paragraphs: list[Paragraph]
    removed: list[tuple[str, str]] = field(default_factory=list)  # (line, reason)

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.role != DECK]


COPYRIGHT = re.compile(r"저작권자|copyright|ⓒ|©|무단\s*전재|재배포\s*금지|all rights reserved", re.I)
# A line that is nothing but a credit: [서울=뉴시스], <서울경제=진동영·류석 기자>, (서울=연합뉴스) 홍길동 기자
CREDIT_LINE = re.compile(r"^[\[<(【〈]?\s*[가-힣A-Za-z0-9 ]{1,20}\s*=\s*[^\]>)】〉]{0,40}[\]>)】〉]?\s*(?:[가-힣·, ]{2,20}기자\s*=?)?$")
# An editor's note announces the article ("[편집자주] ..."); it is no sentence of the report itself.
EDITOR_NOTE = re.compile(r"^\s*[\[<(【]\s*편집자\s*주\s*[\]>)】]|^\s*편집자\s*주\s*[:=]")
# A reporter's e-mail closing a paragraph ("... 하다. /seon@osen.co.kr") or a byline line ending in one.
# Parts bounded as an address's are (64 before the @, 63 a label): an unbounded run would be tried again from
# every letter of a line with no @ in it.
TRAILING_EMAIL = re.compile(r"\s?/?\s?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\s*$")
BYLINE = re.compile(
    r"^(?:[^.!?]{0,20}[가-힣]{2,4}\s*(?:기자|특파원)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|[\[<(【〈][^\]>)】〉]{0,40}(?:기자|특파원)[^\]>)】〉]{0,50}[\]>)】〉]$|기자명\s|(?:기사\s*)?(?:입력|수정|승인|등록|업데이트|발행)\s*:?\s*\d{4}[.\-/]|[가-힣]{2,4}(?:·[가-힣]{2,4})*\s*(?:기자|특파원|논설위원)(?:\s+\S+@\S+)?$|\S+@\S+\.\w+$)"
)
# Leading credit inside a paragraph: "[뉴스웍스=박광하 기자] 본문", "(서울=연합뉴스) 홍길동 기자 = 본문"
LEADING_CREDIT = re.compile(
    r"^\s*(?:[\[【〈<(][^\]】〉>)]{1,40}=[^\]】〉>)]{1,40}[\]】〉>)]\s*(?:[가-힣·]{2,12}\s*(?:기자|특파원)\s*=\s*)?|[가-힣·]{2,12}\s*기자\s*=\s*)"
)
# A broadcast report's sign-off closes it ("MBN뉴스 안진우입니다. [tgar1@mbn.co.kr]", "MBN뉴스 장가희입니다."):
# the outlet, the reporter's name, 입니다, perhaps an e-mail. What follows is the crew's credits.
SIGN_OFF = re.compile(
    r"^(?P<outlet>[A-Za-z0-9가-힣]{2,15})\s+(?P<name>[가-힣]{2,4})(?:\s*기자)?입니다\.?"
    r"\s*(?:[\[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]?)?$"
)
# The anchor hands over to the reporter ("안진우 기자입니다.", "장가희 기자가 취재했습니다.", "구민지 기자가
# 보도합니다.", "변재영 기자의 보도입니다."): a line of the broadcast's script, not of the report.
HAND_OFF = re.compile(r"^[가-힣]{2,4}\s*기자(?:입니다|가\s*(?:취재했습니다|보도합니다)|의\s*보도입니다)\.?$")
# A broadcast's production credits: "( 취재 : 한지연 / 영상편집 : 변지영/ 화면제공 : 부산경찰청 / 제작 : D뉴스플랫폼부 )",
# "영상취재 : 안동균 기자", "영상편집:김유진".
CREW_CREDIT = re.compile(
    r"^[\[(]?\s*(?:영상\s*)?(?:취재|편집|촬영|제작|구성|그래픽|디자인|화면\s*제공|영상\s*제공|CG)\s*[:：]\s*[^.]{1,80}$"
)
PHOTO = re.compile(r"[(\[]\s*(?:사진|이미지|그래픽|영상|자료)\s*(?:=|제공|출처|:)|(?:사진|이미지)\s*(?:제공|출처)\s*[=:]|^\s*(?:사진|이미지)\s*=|/\s*(?:사진|뉴스1|연합뉴스)\s*$")
# "... 2025.09.10. 서울=뉴시스": a caption's date-and-credit tail.
CAPTION_TAIL = re.compile(r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*(?:[가-힣A-Za-z]+\s*=\s*)?[가-힣A-Za-z ]{1,15}(?:기자)?\s*$")
# A photo caption as a portal copy prints it: a sentence describing the picture, then the picture's credit and
# nothing else ("... 발언하고 있다. /사진=뉴스1", "... 본점 전경.[각 사 제공]", "... 살펴보고 있다. 정목희 기자.",
# "... 마감했다. 2023.10.31/뉴스1 ⓒ News1 김도우 기자"). A body paragraph ends on its own sentence, not on a credit.
CAPTION_CREDIT = re.compile(
    r"(?:[.\]]\s*|/|\s(?=[\[(]))(?:사진\s*=\s*[^.]{1,30}"
    r"|[\[(][^\])]{0,30}(?:제공|자료사진|연합|기자|DB\s*금지)[^\])]{0,20}[\])]"
    r"|[가-힣A-Za-z·() ]{2,25}\s제공|[가-힣]{2,4}\s*기자\.?|\S*(?:연합뉴스|뉴시스|뉴스1|사진기자단|공동취재)\.?"
    r"|\d{4}\.\d{1,2}\.\d{1,2}\.?\s*/?\s*\S*\s*ⓒ[^.]{0,40})\s*$"
)
WIDGET = re.compile(
    r"^(?:좋아요|슬퍼요|화나요|추천해요|훈훈해요|놀랐어요|후속기사\s*원해요|공유하기|스크랩|프린트|글자\s*크기|댓글\s*\d*|"
    r"\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago.*|read entire article|close|닫기|더보기|기사\s*제보|구독|"
    r"(?:기사\s*)?URL이\s*복사되었습니다\.?)\s*\d*$",
    re.I,
)
NAV_HEADINGS = re.compile(r"^(?:지금\s*뜨는\s*뉴스|많이\s*본\s*뉴스|관련\s*기사|추천\s*기사|인기\s*기사|주요\s*뉴스|오늘의\s*핫이슈|실시간\s*인기)")
COMMENT_POLICY = re.compile(r"댓글.{0,300}(?:운영원칙|삭제|차단|성숙|의견)|명예훼손|건전한\s*인터넷|총\s*\d+\s*건의\s*의견|운영원칙|욕설")
LIST_MARKER = re.compile(r"^\s*(?:[-–·•▶▷►☞■□◆◇○●※]|\d+\.)\s*")
QA_START = re.compile(r"(?:다음은|아래는).{0,40}(?:일문일답|질의응답|인터뷰|문답)")
QA_LINE = re.compile(r"^\s*(?:Q\s*[.:]|A\s*[.:]|문\s*[.:]|답\s*[.:]|-\s*\S.*[?은는]$)")
SENTENCE_END = re.compile(r"(?:다|요|죠|까|니다|습니다|함|음)\s*[.!?]?\s*[\"'”’」』)]*\s*$")
# Headlines end like sentences (news present tense: "투자 늘린다") but carry no full stop.
PUNCTUATED_END = re.compile(r"[.!?]\s*[\"'”’」』)]*\s*$")
LEAD_WITHOUT_STOP = 60   # characters: beyond this, an unpunctuated sentence-like line is no headline
# Bylines, credits, sign-offs and widgets are short lines, and a caption's credit is a line's last few words:
# the patterns for them are tried on lines up to this length, and on this many characters at a line's end, so
# that a line of a hundred thousand characters costs what its length does.
SHORT_LINE = 300
LINE_TAIL = 200


_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\ufeff]")
_WIDE_SPACES = re.compile(r"[\u00a0\u2007\u202f\u3000]")
_SPACE_RUN = re.compile(r"[ \t\f\v]{2,}")
_MARKER = re.compile(r"^\s*[•·]\s+")
_PHOTO_CREDIT = re.compile(r"\s*[(\[](?:사진|이미지|자료)\s*[=:][^)\]]*[)\]]\s*")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # Non-breaking and zero-width spaces come from HTML copies and break every pattern below; a run of spaces
    # or tabs (layout indentation) is one space, which keeps every pattern's `\s*` from backtracking over it.
    text = _WIDE_SPACES.sub(" ", _ZERO_WIDTH.sub("", text))
    return _SPACE_RUN.sub(" ", text)


def _strip_marker(line: str) -> str:
    return _MARKER.sub("", line).strip()


def is_sentence_like(line: str) -> bool:
    return bool(SENTENCE_END.search(line))


HANGUL = re.compile("[가-힣]")


def _hangul_ratio(line: str) -> float:
    """Hangul syllables among the characters that are not spaces."""
    shown = len(line) - sum(map(str.isspace, line))
    return len(HANGUL.findall(line)) / shown if shown else 0.0


def is_sign_off(line: str) -> bool:
    """A broadcast's sign-off: an outlet's name (뉴스 or capitals in it) and a person's name, 입니다."""
    from digest.text.korean import reads_as_name  # Kiwi, loaded only for a line shaped like a sign-off

    m = SIGN_OFF.match(line.strip()) if len(line) <= SHORT_LINE else None
    if m is None:
        return False
    return bool(re.search(r"뉴스|[A-Z]{2,}", m["outlet"])) and reads_as_name(m["name"])


def trailer_start(lines: list[str]) -> int:
    """Index of the first trailer line: after the body, at a copyright line or closing credit."""
    total = sum(len(x) for x in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if seen / total > 0.4 and line and (
            COPYRIGHT.search(line) or COMMENT_POLICY.search(line) or NAV_HEADINGS.match(line)
            or (len(line) <= SHORT_LINE and ((CREDIT_LINE.match(line) and not is_sentence_like(line))
                                             or WIDGET.match(line) or is_sign_off(line)))
        ):
            return i
        seen += len(line)
    return len(lines)


def _join_split_credit(lines: list[str]) -> list[str]:
    """Rejoin a credit broken over two lines ("<" then "서울경제=기자>") so the rules see it whole."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] in ("<", "[", "(", "【", "〈"):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return out


def clean_article(text: str) -> CleanText:
    """Split raw article text into a title, kept paragraphs (with roles) and removed lines (with reasons)."""
    lines = _join_split_credit([_strip_marker(x) for x in _normalise(text).split("\n")])
    lines = [x for x in lines if x]
    removed: list[tuple[str, str]] = []
    cut = trailer_start(lines)
    removed += [(x, "trailer after the article's end") for x in lines[cut:]]
    lines = lines[:cut]

    counts = Counter(lines)
    paragraphs: list[Paragraph] = []
    title: str | None = None
    body_started = False
    in_qa = False
    for line in lines:
        reason = _boilerplate_reason(line, counts)
        if reason:
            removed.append((line, reason))
            continue
        stripped = LEADING_CREDIT.sub("", line).strip()
        if "@" in stripped and is_sentence_like(TRAILING_EMAIL.sub("", stripped)) and TRAILING_EMAIL.search(stripped):
            stripped = TRAILING_EMAIL.sub("", stripped).strip()
        stripped = _PHOTO_CREDIT.sub(" ", stripped).strip()
        if not stripped:
            removed.append((line, "credit"))
            continue
        if QA_START.search(stripped) and len(stripped) < 80:
            in_qa = True
            removed.append((line, "interview transcript heading"))
            continue
        sentence_like = is_sentence_like(stripped)
        # A long line that ends like a sentence, once the headline is known, is a lead whose full stop the
        # copy lost; headlines and decks are shorter.
        lost_stop = title is not None and sentence_like and len(stripped) > LEAD_WITHOUT_STOP
        if not body_started and not PUNCTUATED_END.search(stripped) and len(stripped) <= 120 and not lost_stop:
            heading = LIST_MARKER.sub("", stripped).strip()
            if title is None:
                title = heading
            paragraphs.append(Paragraph(heading, DECK))
            continue
        if in_qa or QA_LINE.match(stripped):
            paragraphs.append(Paragraph(stripped, QA))
            continue
        if not sentence_like and len(stripped) < 25:
            removed.append((line, "navigation or fragment"))
            continue
        if body_started and LIST_MARKER.match(stripped) and not sentence_like:
            removed.append((line, "list of other headlines"))
            continue
        body_started = True
        paragraphs.append(Paragraph(stripped, BODY))
    return CleanText(title, paragraphs, removed)


def _boilerplate_reason(line: str, counts: Counter) -> str | None:
    if counts[line] > 1 and len(line) > 15:
        return "repeated line (photo caption)"
    if len(line) < 120 and COPYRIGHT.search(line):   # a body paragraph is not searched (case-insensitively) at all
        return "copyright notice"
    if EDITOR_NOTE.search(line):
        return "editor's note"
    short, tail = len(line) <= SHORT_LINE, line[-LINE_TAIL:]
    if short and BYLINE.match(line):
        return "byline"
    if short and HAND_OFF.match(line):
        return "reporter hand-off"
    if short and CREW_CREDIT.match(line) and not is_sentence_like(line):
        return "production credits"
    if short and CREDIT_LINE.match(line) and not is_sentence_like(line):
        return "credit"
    if PHOTO.search(line) or (CAPTION_TAIL.search(tail) and "=" in line[-30:]) or CAPTION_CREDIT.search(tail):
        return "photo caption"
    if (short and WIDGET.match(line)) or NAV_HEADINGS.match(line):
        return "reaction widget or navigation"
    if COMMENT_POLICY.search(line):
        return "comment policy"
    if len(line) < 60 and _hangul_ratio(line) < 0.2:
        return "not Korean text"
    return None
