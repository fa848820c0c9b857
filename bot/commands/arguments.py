"""What a user typed, read defensively: the words of a command, its numbers and how it is quoted back.

Anyone in a channel can type anything, and a platform passes it on as typed: control characters, digits that
Python calls digits but cannot count with (`²`), numbers of thousands of digits, words of thousands of
characters. Each is either read as the user meant or refused with a Korean sentence (`CommandError`), so the
database and Python never see what they would fail on.
"""

from __future__ import annotations

from bot.render.visible import visible_text
from digest.errors import UserError


class CommandError(UserError):
    """A malformed request; the message is the Korean sentence shown to the user."""


MAX_WORD = 100   # characters in one search word: no Korean word comes near it, and SQLite's LIKE has a limit
MAX_ITEM_NUMBER = 2**31 - 1   # the largest id a subscription or a feed can have (a database integer)


def typed(text: str | None) -> str:
    """The typed text without what no keyboard means: control characters (a NUL that PostgreSQL refuses, a
    terminal escape), direction overrides, zero-width and other invisible characters."""
    return visible_text(text or "")


def check_words(text: str | None) -> None:
    for word in (text or "").split():
        if len(word) > MAX_WORD:
            raise CommandError(f"검색어의 한 단어는 {MAX_WORD}자까지입니다 ('{word[:20]}…' {len(word):,}자). 더 짧은 단어로 찾아보세요.")


def item_number(token: str) -> int | None:
    """`3`, `#3` or `３` -> 3; None when the token is no number (`²` and `③` are digits to Python's isdigit
    but not numbers). A number longer than any id is MAX_ITEM_NUMBER + 1, which names nothing."""
    digits = token.lstrip("#")
    if not digits.isdecimal():
        return None
    return min(int(digits), MAX_ITEM_NUMBER + 1) if len(digits) <= 10 else MAX_ITEM_NUMBER + 1
