"""A fake Slack: the Web API methods the bot calls (auth.test, chat.postMessage, users.info), response_url
endpoints, and Socket Mode: apps.connections.open hands an app-level token a one-time websocket URL, the
websocket says `hello`, the test pushes envelopes down it and the fake records the client's acks.

`gate` lets a test hold every answer at the door, to show that the ack did not wait for it.

chat.postMessage keeps what it posted per channel (with its metadata), and `conversations.history` reads it
back, as Slack does. It can misbehave for real: `faults` is a queue of what the next posts do instead of
answering at once ("500" refuses, "500-posted" posts and then answers 500, "429" refuses with a Retry-After,
"late" posts and answers only after `late_seconds`, when the client has given up); `fault_rate` with
`fault_seed` draws one of those for a share of all calls, history reads included (which then answer 500).
Each draw depends on the seed and on the call itself (method, channel, message key, how many times that was
asked before), not on the order concurrent calls arrive in, so a seed gives the same faults every run.

Messages are held to Block Kit's limits as Slack holds them: at most 50 blocks, a section's text 1-3000
characters, a context of at most 10 elements; chat.postMessage answers `invalid_blocks`, a response_url 400.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
import uuid
from collections import defaultdict

from aiohttp import WSMsgType, web

from tests.fakes import FakeServer

BOT_USER = "UBOTNEWS"
APP_ID = "A0FAKE"


def block_errors(body: dict) -> list[str]:
    """What Slack would refuse in a message's blocks; empty when it would take them."""
    blocks = body.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    errors = ["more than 50 blocks"] if len(blocks) > 50 else []
    for n, block in enumerate(blocks):
        if block.get("type") == "section":
            text = (block.get("text") or {}).get("text") or ""
            if not 1 <= len(text) <= 3000:
                errors.append(f"blocks[{n}].text must be 1-3000 characters, not {len(text)}")
        elif block.get("type") == "context" and len(block.get("elements") or []) > 10:
            errors.append(f"blocks[{n}].elements: more than 10")
    return errors


class FakeSlack(FakeServer):
    def __init__(self):
        super().__init__()
        self.gate = asyncio.Event()
        self.gate.set()
        self.app.router.add_post("/api/auth.test", self.auth_test)
        self.app.router.add_post("/api/chat.postMessage", self.post_message)
        self.app.router.add_route("*", "/api/conversations.history", self.history)
        self.posted: dict[str, list[dict]] = defaultdict(list)   # channel -> messages as stored, oldest first
        self.faults: list[str] = []
        self.fault_rate = 0.0
        self.fault_seed = 0
        self._asked: dict[tuple, int] = defaultdict(int)
        self.late_seconds = 1.0
        self.faults_done: list[str] = []
        self._ts = itertools.count(1)
        self.app.router.add_route("*", "/api/users.info", self.users_info)
        self.app.router.add_post("/respond/{token}", self.respond)
        # Socket Mode
        self.app.router.add_post("/api/apps.connections.open", self.connections_open)
        self.app.router.add_get("/link/", self.socket_link)
        self.tickets: set[str] = set()        # issued by apps.connections.open, each good for one connection
        self.socket: web.WebSocketResponse | None = None
        self.connected = asyncio.Event()
        self.pushed: dict[str, float] = {}    # envelope_id -> when it was sent (monotonic)
        self.acks: dict[str, tuple[float, dict]] = {}   # envelope_id -> (when it came back, the ack)
        self._envelope_ids = itertools.count(1)

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

    def _next_fault(self, call: tuple, kinds=("500", "500-posted", "429", "late"), scripted: bool = True) -> str | None:
        if scripted and self.faults:
            return self.faults.pop(0)
        if not self.fault_rate:
            return None
        self._asked[call] += 1
        rng = random.Random(repr((self.fault_seed, *call, self._asked[call])))
        return rng.choice(kinds) if rng.random() < self.fault_rate else None

    async def post_message(self, request: web.Request) -> web.Response:
        await self.gate.wait()
        body = await request.json() if request.content_type == "application/json" else dict(await request.post())
        if block_errors(body):
            return web.json_response({"ok": False, "error": "invalid_blocks", "errors": block_errors(body)})
        metadata = body.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        key = ((metadata or {}).get("event_payload") or {}).get("key") or body.get("text", "")
        fault = self._next_fault(("post", body.get("channel"), key))
        if fault:
            self.faults_done.append(fault)
        if fault == "429":
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"})
        if fault == "500":
            return web.json_response({"ok": False, "error": "internal_error"}, status=500)
        channel = body.get("channel") or "D0DM"
        ts = f"{time.time():.0f}.{next(self._ts):06d}"
        self.posted[channel].append({"ts": ts, "text": body.get("text", ""), "blocks": body.get("blocks"),
                                     "metadata": metadata})
        if fault == "500-posted":
            return web.json_response({"ok": False, "error": "internal_error"}, status=500)
        if fault == "late":
            await asyncio.sleep(self.late_seconds)
        return web.json_response({"ok": True, "channel": channel, "ts": ts})

    async def history(self, request: web.Request) -> web.Response:
        """Newest first, like Slack; metadata only with include_all_metadata."""
        form = dict(await request.post()) if request.method == "POST" else {}
        args = {**request.query, **form}
        if self._next_fault(("history", args.get("channel"), len(self.posted.get(args.get("channel", ""), []))),
                            ("500", "429"), scripted=False):
            return web.json_response({"ok": False, "error": "internal_error"}, status=500)
        oldest = float(args.get("oldest") or 0)
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        messages = [dict(m) for m in reversed(self.posted.get(args.get("channel", ""), [])) if float(m["ts"]) >= oldest]
        for m in messages:
            if not with_metadata:
                m.pop("metadata", None)
        return web.json_response({"ok": True, "messages": messages[:int(args.get("limit") or 100)], "has_more": False})

    async def users_info(self, request: web.Request) -> web.Response:
        """Users whose id starts with UADMIN are workspace admins."""
        form = dict(await request.post()) if request.method == "POST" else {}
        user = request.query.get("user") or form.get("user", "")
        return web.json_response({"ok": True, "user": {"id": user, "is_admin": user.startswith("UADMIN"),
                                                       "is_owner": False}})

    async def respond(self, request: web.Request) -> web.Response:
        await self.gate.wait()
        if request.content_type == "application/json" and block_errors(await request.json()):
            return web.Response(status=400, text="invalid_blocks")
        return web.Response(text="ok")

    # ---- Socket Mode -----------------------------------------------------------------------------------

    async def connections_open(self, request: web.Request) -> web.Response:
        """Only an app-level token may open a connection (Slack answers a bot token the same way)."""
        if not request.headers.get("Authorization", "").startswith("Bearer xapp-"):
            return web.json_response({"ok": False, "error": "not_allowed_token_type"})
        ticket = uuid.uuid4().hex
        self.tickets.add(ticket)
        return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/link/?ticket={ticket}&app_id={APP_ID}"})

    async def socket_link(self, request: web.Request) -> web.StreamResponse:
        ticket = request.query.get("ticket", "")
        if ticket not in self.tickets:
            return web.Response(status=401, text="invalid ticket")
        self.tickets.discard(ticket)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.socket = ws
        await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": APP_ID},
                            "debug_info": {"host": "applink-fake", "build_number": 1,
                                           "approximate_connection_time": 18060}})
        self.connected.set()
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                ack = json.loads(msg.data)
                async with self._changed:
                    self.acks[ack["envelope_id"]] = (time.monotonic(), ack)
                    self._changed.notify_all()
        return ws

    async def push(self, kind: str, payload: dict) -> str:
        """Send an envelope (`slash_commands`, `events_api`, `interactive`) as Slack does; its envelope_id."""
        envelope_id = f"{next(self._envelope_ids):04d}-{uuid.uuid4()}"
        envelope = {"envelope_id": envelope_id, "type": kind, "payload": payload,
                    "accepts_response_payload": kind != "events_api"}
        if kind == "events_api":
            envelope.update(retry_attempt=0, retry_reason="")
        self.pushed[envelope_id] = time.monotonic()
        await self.socket.send_json(envelope)
        return envelope_id

    async def wait_for_ack(self, envelope_id: str, timeout: float) -> tuple[float, dict]:
        """The client's ack of a pushed envelope and the seconds it took to come back."""
        async def arrived():
            async with self._changed:
                await self._changed.wait_for(lambda: envelope_id in self.acks)
        await asyncio.wait_for(arrived(), timeout)
        received, ack = self.acks[envelope_id]
        return received - self.pushed[envelope_id], ack
