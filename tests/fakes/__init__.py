"""Local stand-ins for the outside world the chat adapters talk to, plus the seeded news they serve.

The fakes are small aiohttp servers on 127.0.0.1 that answer the calls the real slack-bolt and discord.py
clients make, record every call, and can be told to answer 429 first. Tests wait on what they record.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from aiohttp import web

from bot.commands.layer import CommandLayer
from bot.config import load_settings
from digest.policies import Policies
from digest.service import NewsService
from digest.storage.store import Store
from digest.text.metadata import KST

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
# The seed news is from 2025-09-10; a clock pinned to that evening makes it "today's" news.
PINNED_NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)

MENTION_ARTICLE = """\
@everyone 긴급 공지 <!channel> *속보* 배포
[뉴스웍스=홍길동 기자] 스타트업 알파가 사내 메신저에서 @everyone 과 @here 로 <!channel> 알림을 보내 혼란을 일으켰다고 10일 밝혔다.
회사는 <@U12345678> 담당자와 <@&123456789012345678> 역할 그룹, <@123456789012345678> 사용자에게 *긴급* _점검_ ~취소~ `배포` 공지를 전했다.
알파 관계자는 <!here> 알림과 [링크](http://example.com) 그리고 ||스포일러|| 표기가 잘못 전달됐다고 설명했다.
업계에서는 메신저 알림 오남용을 막을 사내 규정이 필요하다는 목소리가 커지고 있다.
"""


@lru_cache(maxsize=None)
def _seeded_file() -> str:
    """The seeds ingested once per test process; tests get their own copy of the database file."""
    folder = Path(tempfile.mkdtemp(prefix="newsdigest-seeded-"))
    path = folder / "seeded.db"
    store = Store(f"sqlite:///{path}")
    NewsService(store).ingest_paths([SEEDS])
    store.close()  # checkpoints the write-ahead log into the file that gets copied
    return str(path)


def configured_policies() -> Policies:
    """The core's policies as the configuration reads them from this process's environment (a test sets
    NEWSDIGEST_FETCH_ALLOW_PRIVATE, NEWSDIGEST_HTTP_TIMEOUT, ... with monkeypatch, as an operator would)."""
    return load_settings(path=None).policies


def seeded_commands(tmp_path: Path, *, extra: dict[str, str] | None = None, now: datetime = PINNED_NOW) -> CommandLayer:
    """A command layer over the ingested seeds (and any extra articles), its clock pinned to `now`, with the
    policies the environment configures."""
    path = tmp_path / "news.db"
    shutil.copy(_seeded_file(), path)
    service = NewsService(Store(f"sqlite:///{path}"), now=lambda: now, policies=configured_policies())
    if extra:
        folder = tmp_path / "extra"
        folder.mkdir()
        for name, text in extra.items():
            (folder / name).write_text(text, encoding="utf-8")
        service.ingest_paths([folder])
    return CommandLayer(service)


async def serve_health(checks) -> tuple[web.AppRunner, str]:
    """`/healthz` alone on a free loopback port: (runner to clean up, its URL)."""
    from bot.health import mount_health

    app = web.Application()
    mount_health(app, checks)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/healthz"


@dataclass
class Call:
    method: str
    path: str
    query: dict
    body: object
    headers: dict = field(default_factory=dict)


class FakeServer:
    """An aiohttp app on 127.0.0.1 that records calls; subclasses add routes."""

    def __init__(self):
        self.calls: list[Call] = []
        self.rate_limited: dict[str, int] = {}   # path prefix -> how many 429s to answer first
        self._changed = asyncio.Condition()
        self.app = web.Application(middlewares=[self._record])
        self.runner: web.AppRunner | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> "FakeServer":
        self.runner = web.AppRunner(self.app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    def rate_limit_once(self, path_prefix: str) -> None:
        self.rate_limited[path_prefix] = self.rate_limited.get(path_prefix, 0) + 1

    def rate_limit_response(self) -> web.Response:
        raise NotImplementedError

    @web.middleware
    async def _record(self, request: web.Request, handler):
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await handler(request)
        raw = await request.read()
        body: object = raw.decode("utf-8", "replace")
        if request.content_type == "application/json" and raw:
            body = json.loads(raw)
        elif request.content_type == "application/x-www-form-urlencoded":
            body = dict(await request.post())
        call = Call(request.method, request.path, dict(request.query), body, dict(request.headers))
        limited = next((p for p, n in self.rate_limited.items() if n and request.path.startswith(p)), None)
        if limited:
            self.rate_limited[limited] -= 1
            response = self.rate_limit_response()
        else:
            response = await handler(request)
        call.headers["x-fake-status"] = str(response.status)
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        return response

    def calls_to(self, path_prefix: str, method: str | None = None, status: int | None = 200) -> list[Call]:
        return [c for c in self.calls if c.path.startswith(path_prefix) and (method is None or c.method == method)
                and (status is None or c.headers.get("x-fake-status") == str(status))]

    async def wait_for(self, path_prefix: str, count: int = 1, method: str | None = None, timeout: float = 15) -> list[Call]:
        """The first `count` successful calls to a path, waiting for them to arrive."""
        async def arrived():
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.calls_to(path_prefix, method)) >= count)
        await asyncio.wait_for(arrived(), timeout)
        return self.calls_to(path_prefix, method)[:count]
