"""A fake Slack: the Web API methods the bot calls (auth.test, chat.postMessage) and response_url endpoints.

`gate` lets a test hold every answer at the door, to show that the ack did not wait for it.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from tests.fakes import FakeServer

BOT_USER = "UBOTNEWS"


class FakeSlack(FakeServer):
    def __init__(self):
        super().__init__()
        self.gate = asyncio.Event()
        self.gate.set()
        self.app.router.add_post("/api/auth.test", self.auth_test)
        self.app.router.add_post("/api/chat.postMessage", self.post_message)
        self.app.router.add_route("*", "/api/users.info", self.users_info)
        self.app.router.add_post("/respond/{token}", self.respond)

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def response_url(self, token: str) -> str:
        return f"{self.url}/respond/{token}"

    def rate_limit_response(self) -> web.Response:
        return web.json_response({"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "0"})

    async def auth_test(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "url": "https://fake.slack.com/", "team": "Fake", "user": "newsdigest",
                                  "team_id": "T0FAKE", "user_id": BOT_USER, "bot_id": "B0FAKE"})

    async def post_message(self, request: web.Request) -> web.Response:
        await self.gate.wait()
        return web.json_response({"ok": True, "channel": "D0DM", "ts": "1757494800.000100"})

    async def users_info(self, request: web.Request) -> web.Response:
        """Users whose id starts with UADMIN are workspace admins."""
        form = dict(await request.post()) if request.method == "POST" else {}
        user = request.query.get("user") or form.get("user", "")
        return web.json_response({"ok": True, "user": {"id": user, "is_admin": user.startswith("UADMIN"),
                                                       "is_owner": False}})

    async def respond(self, request: web.Request) -> web.Response:
        await self.gate.wait()
        return web.Response(text="ok")
