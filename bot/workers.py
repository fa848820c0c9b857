"""The bot's two lanes of work: chat commands, and fetching (feed polls and the commands that read feeds).

A command is answered from the store in milliseconds; a fetch may take its whole deadline. On one shared
worker a slow feed server would hold every chat answer behind it, so fetching gets its own bounded pool:
chat answers never queue behind a fetch, and at most `fetch_workers` fetches run at once however many
feeds are due (NEWSDIGEST_FETCH_WORKERS, read by `bot.config`). Each pool knows its backlog (tasks waiting, and for how long) for `/healthz`.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, TypeVar

from bot.config import BACKLOG_SECONDS, FETCH_WORKERS

T = TypeVar("T")

# The chat commands whose work is fetching (`/feeds add`, `/feeds poll`): answered from the fetch lane.
FETCHING_COMMANDS = frozenset({"feeds"})


class WorkerPool:
    """A ThreadPoolExecutor that counts what waits in it. `backlog()` is None while the oldest waiting task
    has waited less than `max_wait` seconds, else a sentence for `/healthz`."""

    def __init__(self, name: str, workers: int, max_wait: float = 30.0):
        self.name, self.workers, self.max_wait = name, workers, max_wait
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"newsdigest-{name}")
        self._lock = threading.Lock()
        self._waiting: dict[int, float] = {}     # task number -> when it was queued
        self._running = 0
        self._numbers = itertools.count()

    def submit(self, fn: Callable[[], T]) -> Future:
        number = next(self._numbers)
        with self._lock:
            self._waiting[number] = time.monotonic()

        def run() -> T:
            with self._lock:
                self._waiting.pop(number, None)
                self._running += 1
            try:
                return fn()
            finally:
                with self._lock:
                    self._running -= 1
        return self._executor.submit(run)

    async def run(self, fn: Callable[[], T]) -> T:
        return await asyncio.wrap_future(self.submit(fn))

    def stats(self) -> tuple[int, int, float]:
        """(running, waiting, seconds the oldest waiting task has waited)."""
        with self._lock:
            oldest = min(self._waiting.values(), default=None)
            return self._running, len(self._waiting), (time.monotonic() - oldest) if oldest is not None else 0.0

    def backlog(self) -> str | None:
        running, waiting, waited = self.stats()
        if waiting and waited >= self.max_wait:
            return f"{self.name} backlog: {waiting} waiting, the oldest for {waited:.0f} s ({running} running)"
        return None

    def shutdown(self) -> None:
        """Drop what has not started; what runs finishes on its own (fetches end at their deadline, or at
        once after `digest.sources.fetching.abort_fetches`)."""
        self._executor.shutdown(wait=False, cancel_futures=True)


class Lanes:
    """The chat lane (one worker: the core's calls stay in order) and the fetch lane (a few workers)."""

    def __init__(self, fetch_workers: int = FETCH_WORKERS, max_wait: float = BACKLOG_SECONDS):
        self.chat = WorkerPool("chat", 1, max_wait)
        self.fetch = WorkerPool("fetch", max(1, fetch_workers), max_wait)

    def for_command(self, name: str) -> WorkerPool:
        return self.fetch if name in FETCHING_COMMANDS else self.chat

    def backlog(self) -> str | None:
        reasons = [r for r in (self.chat.backlog(), self.fetch.backlog()) if r]
        return "; ".join(reasons) or None

    def shutdown(self) -> None:
        self.chat.shutdown()
        self.fetch.shutdown()
