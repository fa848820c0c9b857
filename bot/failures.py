"""What went wrong with the database or the disk, as one sentence for the CLI (English) and chat (Korean).

A database that is down, read-only or full is not a bug to show as a traceback: the user needs to know
which of those it is. Anything else stays a bug (logged with its traceback by the caller).
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError, OperationalError

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
