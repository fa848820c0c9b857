"""Every error newsdigest raises on purpose, under one root, so a front end can catch them in one place.

The core says what went wrong in English (a sentence with the detail: the id, the address, the line) and, where
a front end phrases it itself, names the kind of problem (`reason`) with the values a phrase needs
(`details`): the CLI prints the sentence on stderr with exit status 2, chat answers in Korean from the reason
(`bot.failures.korean_reason`, the one place that phrases errors in Korean). Anything that is not a `NewsdigestError` is a bug (or the database or disk
failing, which `bot.failures.storage_failure` recognises) and is logged with its traceback.
"""

from __future__ import annotations

MAX_QUOTED = 40   # characters of the user's own words quoted back in a sentence (a time zone of 5,000 is typed)


def quoted(text: str) -> str:
    """The user's words as an error or an answer quotes them: cut to MAX_QUOTED characters."""
    return text if len(text) <= MAX_QUOTED else text[:MAX_QUOTED] + "…"


class NewsdigestError(Exception):
    """The root: an outcome the code expects and can explain."""

    def __init__(self, message: str = "", reason: str | None = None, **details: object):
        super().__init__(message)
        self.reason = reason
        self.details = details


class UserError(NewsdigestError):
    """What was asked cannot be done as asked (a malformed argument, a schedule, a setting); the message
    says what to do instead."""


class NotFound(UserError, LookupError):
    """No story, article, feed or subscription with the id the user gave."""


class SourceError(NewsdigestError):
    """A file, page or feed gave nothing usable (not an article, not a feed, not reachable)."""


class StorageError(NewsdigestError):
    """The database cannot be used as it is (a schema this version does not know or must upgrade)."""


class DeliveryError(NewsdigestError):
    """A platform did not take a scheduled message."""
