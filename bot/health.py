"""`GET /healthz` for HTTP mode: is the database reachable, is the scheduler running and getting its work
done (not stuck), is the platform connected, is work piling up in the chat or fetch lane.

200 with `{"status": "ok", "checks": {...}}` when every check passes, 503 with the failing checks' reasons
otherwise, so a load balancer or Kubernetes takes a replica out of rotation when it cannot do its job.
A check is a function returning None (fine) or a reason; a reason is a plain sentence, with nothing secret
and nothing of the code's insides (no exception class names) in it.

Mounting it next to Slack's events endpoint (bot/slack/app.py, HTTP mode):

    web_app = bot.app.web_app(path=EVENTS_PATH, port=port)   # bolt's aiohttp application
    mount_health(web_app, HealthChecks(store, scheduler=digest_scheduler, platform=lambda: bot_connected))
    web.run_app(web_app, host=host, port=port)
"""

from __future__ import annotations

import asyncio
import inspect
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from aiohttp import web
from sqlalchemy import text

from digest.storage.store import Store

HEALTH_PATH = "/healthz"
CHECK_TIMEOUT = 3.0   # seconds; a database that does not answer in this is as good as down
# Checks run on threads of their own: /healthz must answer (and say so) when the bot's workers are jammed.
_CHECK_THREADS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="newsdigest-health")


@dataclass
class HealthChecks:
    store: Store
    scheduler: object | None = None                # bot.scheduler.DigestScheduler, when this replica runs one
    platform: Callable[[], object] | None = None   # True (or an awaitable of True) while the platform answers
    backlog: Callable[[], str | None] | None = None    # bot.workers.Lanes.backlog: work waiting too long
    extra: dict[str, Callable[[], str | None]] = field(default_factory=dict)

    def database(self) -> str | None:
        try:
            with self.store.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001  any failure is the answer
            return "database unreachable"
        return None

    def scheduler_running(self) -> str | None:
        if self.scheduler is None:
            return None
        inner = self.scheduler
        if not hasattr(inner, "stuck"):   # the Bot, or APScheduler's own scheduler
            inner = getattr(inner, "scheduler", inner)
        if inner is None:
            return "scheduler not started"
        if hasattr(inner, "stuck"):   # bot.scheduler.DigestScheduler: running and beating
            return inner.stuck()
        return None if getattr(inner, "running", False) else "scheduler not running"

    async def platform_connected(self) -> str | None:
        """`platform` may answer at once (a flag) or be awaited (a call to the platform, on this loop)."""
        if self.platform is None:
            return None
        try:
            answer = self.platform()
            if inspect.isawaitable(answer):
                answer = await answer
            return None if answer else "platform not connected"
        except Exception:  # noqa: BLE001
            return "platform check failed"

    def workers(self) -> str | None:
        return self.backlog() if self.backlog is not None else None

    async def run(self) -> dict[str, str | None]:
        # plain checks run on the check threads, async ones (a call to the platform) on this loop
        checks: dict[str, Callable[[], Any]] = {"database": self.database, "scheduler": self.scheduler_running,
                                                "platform": self.platform_connected, "workers": self.workers,
                                                **self.extra}
        results = {}
        for name, check in checks.items():
            try:
                ran: Awaitable[str | None]
                if inspect.iscoroutinefunction(check):
                    ran = check()
                else:
                    ran = asyncio.get_running_loop().run_in_executor(_CHECK_THREADS, check)
                results[name] = await asyncio.wait_for(ran, CHECK_TIMEOUT)
            except asyncio.TimeoutError:
                results[name] = f"{name} check timed out after {CHECK_TIMEOUT:.0f} s"
        return results


def healthz_handler(checks: HealthChecks) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def healthz(request: web.Request) -> web.Response:
        results = await checks.run()
        ok = all(r is None for r in results.values())
        return web.json_response({"status": "ok" if ok else "failing",
                                  "checks": {k: ("ok" if r is None else r) for k, r in results.items()}},
                                 status=200 if ok else 503)
    return healthz


def mount_health(app: web.Application, checks: HealthChecks, path: str = HEALTH_PATH) -> None:
    app.router.add_get(path, healthz_handler(checks))
