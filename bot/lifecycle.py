"""How an asyncio front end (Discord, Slack Socket Mode) ends on SIGTERM or SIGINT (`docker stop`, systemd, Ctrl-C).

The signal only sets an event on the event loop (`loop.add_signal_handler`): nothing runs inside the frame
the signal interrupted, so no lock the loop held is taken again and no library's close or reconnect logic is
cut in half by an exception. Then, on the loop, in order: `on_stop` (fetches in flight are aborted, the
scheduler stops), the client's own close, and the serving task's end, each waited for a bounded time: a
client that will not end in time is left behind rather than holding the process.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from typing import Awaitable, Callable, Coroutine

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
CLOSE_SECONDS = 10.0   # at most, for the client's close (a websocket's closing handshake), then for its task


def run_until_signalled(serve: Coroutine[object, object, object], close: Callable[[], Awaitable[object]],
                        on_stop: Callable[[], None] | None = None, close_seconds: float = CLOSE_SECONDS) -> bool:
    """Run `serve` on a new event loop until it ends or a stop signal arrives; True when a signal ended it.
    Its own error, when it ends by itself, is raised (after the close). Unlike `asyncio.run`, whatever task is
    still left at the end is waited for a bounded time, not until it ends."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(serve_until_signalled(serve, close, on_stop, close_seconds))
    finally:
        try:
            _cancel_left(loop, close_seconds)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())   # the core's short store calls
        finally:
            asyncio.set_event_loop(None)
            loop.close()


async def serve_until_signalled(serve: Coroutine[object, object, object], close: Callable[[], Awaitable[object]],
                                on_stop: Callable[[], None] | None = None,
                                close_seconds: float = CLOSE_SECONDS) -> bool:
    loop = asyncio.get_running_loop()
    signalled = asyncio.Event()
    for signum in STOP_SIGNALS:
        loop.add_signal_handler(signum, signalled.set)
    serving = asyncio.ensure_future(serve)
    waiting = asyncio.ensure_future(signalled.wait())
    try:
        await asyncio.wait({serving, waiting}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiting.cancel()
        stopping = signalled.is_set()
        if stopping:
            log.info("stopping on a signal")
            if on_stop is not None:
                on_stop()
        await _bounded(close(), close_seconds, "closing the connection")
        if not serving.done():
            # a closed client's loop ends by itself; one that does not is cancelled, and one that swallows the
            # cancellation too (asyncio.wait_for before Python 3.12 may) is no reason for the process to stay
            await asyncio.wait({serving}, timeout=close_seconds)
            if not serving.done():
                serving.cancel()
                await asyncio.wait({serving}, timeout=close_seconds)
    if not stopping:
        serving.result()
    elif serving.done() and not serving.cancelled() and serving.exception() is not None:
        log.info("the client ended with %r while stopping", serving.exception())
    return stopping


async def _bounded(step: Awaitable[object], seconds: float, what: str) -> None:
    try:
        await asyncio.wait_for(step, seconds)
    except asyncio.TimeoutError:
        log.warning("stopping: %s took longer than %g s; going on without it", what, seconds)
    except Exception as exc:  # noqa: BLE001  a failing close must not keep the process from ending
        log.warning("stopping: %s failed: %s", what, exc)


def _cancel_left(loop: asyncio.AbstractEventLoop, seconds: float) -> None:
    left = asyncio.all_tasks(loop)
    for task in left:
        task.cancel()
    if left:
        _, pending = loop.run_until_complete(asyncio.wait(left, timeout=seconds))
        if pending:
            log.warning("stopping: %d tasks did not end within %g s; leaving them", len(pending), seconds)


def settle_heap() -> None:
    """Once the bot has started (modules imported, the store opened, Kiwi loaded): collect, then move every object
    alive out of the garbage collector's reach (`gc.freeze`). A full collection otherwise walks them all, 60-70 ms
    landing on whichever chat answer sets it off (about one lookup in ten at 100,000 stories; `bench/HISTORY.md`,
    lookups of the fourth session); they live as long as the process anyway. Objects made later are collected as
    before."""
    gc.collect()
    gc.freeze()
