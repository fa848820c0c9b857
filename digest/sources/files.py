"""Articles: reading text files in any Korean encoding, and the metadata sidecar.

A file is decoded as UTF-8 (with or without BOM), then CP949 (the superset of EUC-KR that Korean sites
still serve), then whatever charset-normalizer detects. Binary and empty files are refused with a reason
rather than decoded into garbage.

A folder may carry a sidecar, `metadata.toml`, keyed by file name, for facts the text does not hold:

    ["003_60f1355c98299142.txt"]
    outlet = "서울경제"
    published = "2023-06-09"
    title = "..."

Sidecar facts win over facts found in the text; a date found nowhere stays unknown.
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from digest.errors import SourceError

SIDECAR = "metadata.toml"
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


# The longest text taken as one article, unless the configuration says otherwise (NEWSDIGEST_MAX_ARTICLE_CHARS):
# about 60 printed pages, ten times the longest news features. A 50 MB text file is not an article, and
# analysing it as one would take minutes and gigabytes.
DEFAULT_MAX_ARTICLE_CHARS = 200_000


def check_article_size(chars: int, limit: int = DEFAULT_MAX_ARTICLE_CHARS) -> None:
    if chars > limit:
        raise NotAnArticle(f"the text is {chars:,} characters, above the {limit:,}-character limit for one article "
                           "(NEWSDIGEST_MAX_ARTICLE_CHARS)")


class NotAnArticle(SourceError):
    """The input cannot be read as a Korean article; the message says why, for the user."""


@dataclass(frozen=True)
class SourceText:
    """Raw text and where it came from, before any analysis."""

    source: str                 # file path or URL
    text: str
    encoding: str
    meta: dict                  # sidecar or caller-provided metadata: outlet, published, title, reporter, url


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding). Raises NotAnArticle for binary data."""
    if not data.strip():
        raise NotAnArticle("the file is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):   # UTF-16 with its byte order mark (Windows Notepad's "Unicode")
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise NotAnArticle("the file starts as UTF-16 text but does not decode as it") from None
    if b"\x00" in data[:4096]:
        raise NotAnArticle("the file is binary, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotAnArticle("the file's encoding could not be recognised (not UTF-8, CP949 or EUC-KR text)")
    return str(best), best.encoding


def load_sidecar(folder: Path) -> dict[str, dict]:
    path = folder / SIDECAR
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise NotAnArticle(f"{path}: the metadata file is not valid TOML ({exc})") from None
    return {name: dict(v) for name, v in data.items() if isinstance(v, dict)}


SIDECAR_FACTS = ("outlet", "published", "title", "reporter", "url")
# Bytes of an address the bot reads or stores: browsers stop near 2,000 characters, and the database indexes
# addresses (PostgreSQL refuses an index entry over 2,704 bytes, which stopped a whole feed or ingest).
MAX_ADDRESS_BYTES = 2000


def checked_facts(meta: dict) -> dict:
    """A file's sidecar facts, each as text (a TOML date, time or number is written as the text it stands for).
    Raises NotAnArticle naming the fact that is a list, a table or a true/false (no one means that as an
    outlet) or an address too long to store: the database would refuse it and stop the whole run."""
    facts = dict(meta)
    for name in SIDECAR_FACTS:
        value = facts.get(name)
        if isinstance(value, bool) or not isinstance(value, (str, int, float, date, time, type(None))):
            raise NotAnArticle(f"{SIDECAR}: its {name} for this file is a {type(value).__name__}, not text")
        if value is not None and not isinstance(value, str):
            facts[name] = str(value)
    if len((facts.get("url") or "").encode("utf-8", "replace")) > MAX_ADDRESS_BYTES:
        raise NotAnArticle(f"{SIDECAR}: its url for this file is longer than {MAX_ADDRESS_BYTES:,} bytes")
    return facts


NOT_REGULAR = "not a regular file (a pipe, a device or a socket): not read"


def read_source(path: Path, meta: dict | None = None, limit: int = DEFAULT_MAX_ARTICLE_CHARS) -> SourceText:
    """The file's text, decoded; NotAnArticle when it cannot be read or is longer than `limit` characters."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):   # opening a pipe waits for a writer; /dev/zero never ends
            raise NotAnArticle(NOT_REGULAR)
        size = status.st_size
        if size > 4 * limit:   # at most 4 bytes a character: surely too long, so not even read
            raise NotAnArticle(f"the file is {size:,} bytes, above the {limit:,}-character limit for one article "
                               "(NEWSDIGEST_MAX_ARTICLE_CHARS)")
        data = path.read_bytes()
    except OSError as exc:
        raise NotAnArticle(f"cannot read the file ({exc.strerror})") from None
    text, encoding = decode_bytes(data)
    check_article_size(len(text), limit)
    if meta is None:
        meta = load_sidecar(path.parent).get(path.name, {})
    return SourceText(str(path), text, encoding, checked_facts(meta))


def _is_article_file(path: Path) -> bool:
    return path.name != SIDECAR and not path.name.startswith(".") \
        and path.suffix.lower() in TEXT_SUFFIXES | {".html"} and path.name.lower() != "readme.md"


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def iter_article_paths(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """Expand files and folders (and their subfolders, hidden ones and symbolic links to folders aside) into
    article files, sorted per folder; pairs (path, problem) for what cannot be read and why."""
    found: list[tuple[Path, str | None]] = []
    for path in paths:
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as exc:   # a name too long for the file system, a loop of links
            found.append((path, f"cannot read it ({_os_reason(exc)})"))
            continue
        if is_dir:
            problems: list[OSError] = []
            for folder, subfolders, files in os.walk(path, onerror=problems.append):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found += [(Path(folder) / name, None) for name in sorted(files) if _is_article_file(Path(folder) / name)]
            found += [(Path(e.filename or path), f"cannot read the folder ({_os_reason(e)})") for e in problems]
        elif is_file:
            found.append((path, None))
        else:
            found.append((path, NOT_REGULAR if os.path.exists(path) else "no such file or folder"))
    return found
