"""What went wrong, phrased for the user: the database or the disk failing, as one sentence for the CLI
(English) and chat (Korean), and the core's errors in Korean for chat, from the reason they name.

A database that is down, read-only or full is not a bug to show as a traceback: the user needs to know
which of those it is. Anything else stays a bug (logged with its traceback by the caller). The core's own
errors (`digest.errors`) carry an English sentence for the CLI and a `reason` that chat phrases here, so a
Korean answer is Korean throughout.
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError, OperationalError

from digest.errors import quoted

ENGLISH = {
    "unreachable": "the database server cannot be reached",
    "read_only": "the database is read-only",
    "disk_full": "the disk is full",
    "cannot_open": "the database file cannot be opened",
    "database": "the database refused the request",
}
KOREAN = {
    "unreachable": "데이터베이스 서버에 연결할 수 없습니다",
    "read_only": "데이터베이스가 읽기 전용입니다",
    "disk_full": "디스크가 가득 찼습니다",
    "cannot_open": "데이터베이스 파일을 열 수 없습니다",
    "database": "데이터베이스가 요청을 거부했습니다",
}


# The core's reasons (`NewsdigestError.reason`), in Korean; `{name}` is one of the error's details.
KOREAN_REASONS = {
    "empty": "피드가 비어 있습니다",
    "html_page": "이 주소는 RSS/Atom 피드가 아니라 웹 페이지입니다",
    "not_a_feed": "이 주소는 RSS/Atom 피드를 제공하지 않습니다",
    "malformed": "피드의 XML 형식이 올바르지 않습니다 ({line}번째 줄)",
    "not_a_web_address": "'{url}'은(는) 웹 주소가 아닙니다. http:// 또는 https://로 시작해야 합니다",
    "blocked": "공개 인터넷 주소가 아닙니다. 봇은 공개 주소만 읽습니다",
    "unreadable": "주소를 읽지 못했습니다",
    "too_large": "응답이 {mb} MB보다 큽니다",
    "redirects": "리디렉션이 {count}번을 넘습니다",
    "http_status": "서버가 HTTP {status}(으)로 답했습니다",
    "already_added": "이미 피드 #{feed_id}(으)로 추가되어 있습니다",
}


def korean_reason(exc: BaseException) -> str:
    """The reason for a failed request in Korean: the phrase for the error's reason, with its details; an
    error that names no known reason keeps its own sentence."""
    template = KOREAN_REASONS.get(getattr(exc, "reason", None) or "")
    if template is None:
        return str(exc).rstrip(".")
    details = dict(getattr(exc, "details", {}))
    if isinstance(details.get("url"), str):   # what the user typed (an address of thousands of characters)
        details["url"] = quoted(details["url"])
    phrase = template.format(**details)
    if details.get("feed"):
        phrase += f" (페이지에 적힌 피드: {details['feed']})"
    return phrase


def korean_failure(exc: BaseException) -> str:
    """The sentence chat shows for a request that failed unexpectedly (a bug, or the database or disk)."""
    failure = storage_failure(exc)
    why = f"{KOREAN[failure]}, " if failure else ""
    return f"요청을 처리하지 못했습니다 ({why}잠시 후 다시 시도하고 계속되면 관리자에게 알려 주세요)."


def storage_failure(exc: BaseException) -> str | None:
    """A key of ENGLISH/KOREAN when `exc` is the database or the disk failing; None for anything else."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in text or "no space left" in text:
        return "disk_full"
    if "readonly database" in text or "read-only" in text or "read only" in text:
        return "read_only"
    if "unable to open database file" in text:
        return "cannot_open"
    if isinstance(exc, OperationalError) and any(w in text for w in ("connect", "connection", "server closed",
                                                                      "timeout expired", "could not translate host")):
        return "unreachable"
    if isinstance(exc, DBAPIError):
        return "database"
    return None


def first_line(exc: BaseException, limit: int = 160) -> str:
    """The driver's own first line, for the log and the CLI's detail."""
    line = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]
    return line if len(line) <= limit else line[:limit - 1] + "…"
