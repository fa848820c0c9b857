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

import tomllib
from dataclasses import dataclass
from pathlib import Path

SIDECAR = "metadata.toml"
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


class NotAnArticle(Exception):
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


def read_source(path: Path, meta: dict | None = None) -> SourceText:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NotAnArticle(f"cannot read the file ({exc.strerror})") from None
    text, encoding = decode_bytes(data)
    if meta is None:
        meta = load_sidecar(path.parent).get(path.name, {})
    return SourceText(str(path), text, encoding, meta)


def iter_article_paths(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """Expand files and folders into article files (sorted); pairs (path, problem) for bad arguments."""
    found: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and child.name != SIDECAR and not child.name.startswith(".") \
                        and child.suffix.lower() in TEXT_SUFFIXES | {".html"} and child.name.lower() != "readme.md":
                    found.append((child, None))
        elif path.is_file():
            found.append((path, None))
        else:
            found.append((path, "no such file or folder"))
    return found
