"""A fake Discord: the REST calls discord.py makes (login, application info, command sync, interaction
callbacks, follow-ups, channel messages) and a JSON gateway websocket (HELLO, IDENTIFY -> READY and
GUILD_CREATE, heartbeat ACK), from which a test dispatches INTERACTION_CREATE and MESSAGE_CREATE.

Messages are held to Discord's limits as Discord holds them, refused with its 400 "Invalid Form Body" (code
50035): content 2000 characters, 10 embeds, a title 256, a description 4096, 25 fields of 256/1024, a footer
2048, 6000 characters over all embeds, and an embed's url an http(s) address of at most 2048 characters
(Discord refuses longer ones; its documentation names no figure).
"""

from __future__ import annotations

import asyncio
import itertools
import json

from aiohttp import WSMsgType, web

from tests.fakes import FakeServer

API = "/api/v10"
APP_ID = "1400000000000000001"
BOT_ID = APP_ID
GUILD_ID = "1400000000000000002"
CHANNEL_ID = "1400000000000000003"
USER_ID = "1400000000000000004"
DM_CHANNEL_ID = "1400000000000000005"

BOT_USER = {"id": BOT_ID, "username": "newsdigest", "discriminator": "0", "global_name": None, "avatar": None, "bot": True}
READER = {"id": USER_ID, "username": "reader", "discriminator": "0", "global_name": "독자", "avatar": None}


EMBED_LIMITS = {"title": 256, "description": 4096}


def form_errors(body: dict) -> list[str]:
    """What Discord would refuse in a message body, one phrase per problem; empty when it would take it."""
    errors = []
    if len(body.get("content") or "") > 2000:
        errors.append("content: Must be 2000 or fewer in length.")
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        errors.append("embeds: Must be 10 or fewer in length.")
    total = 0
    for n, e in enumerate(embeds):
        for key, limit in EMBED_LIMITS.items():
            if len(e.get(key) or "") > limit:
                errors.append(f"embeds.{n}.{key}: Must be {limit} or fewer in length.")
        fields = e.get("fields") or []
        if len(fields) > 25:
            errors.append(f"embeds.{n}.fields: Must be 25 or fewer in length.")
        if any(len(f.get("name") or "") > 256 or len(f.get("value") or "") > 1024 for f in fields):
            errors.append(f"embeds.{n}.fields: a name over 256 or a value over 1024 characters.")
        footer = (e.get("footer") or {}).get("text") or ""
        if len(footer) > 2048:
            errors.append(f"embeds.{n}.footer.text: Must be 2048 or fewer in length.")
        url = e.get("url")
        if url is not None and (len(url) > 2048 or not url.startswith(("http://", "https://")) or any(c.isspace() for c in url)):
            errors.append(f"embeds.{n}.url: Not a well formed URL.")
        total += len(e.get("title") or "") + len(e.get("description") or "") + len(footer) + sum(
            len(f.get("name") or "") + len(f.get("value") or "") for f in fields)
    if total > 6000:
        errors.append("embeds: Embed size exceeds maximum size of 6000")
    return errors


def json_reply(obj, status: int = 200, headers: dict | None = None) -> web.Response:
    """JSON as Discord sends it: discord.py decodes a body only when the content type is exactly this."""
    return web.Response(body=json.dumps(obj).encode(), status=status, headers=headers, content_type="application/json")


class FakeDiscord(FakeServer):
    def __init__(self):
        super().__init__()
        self._ids = itertools.count(1400000000000001000)
        self._seq = itertools.count(1)
        self.socket: web.WebSocketResponse | None = None
        self.identified = asyncio.Event()
        self.gateway_ops: list[int] = []
        self.posted: dict[str, list[dict]] = {}     # channel -> messages kept, oldest first
        self.faults: list[str] = []                 # "500-posted": the next channel post is kept, then answered 500
        r = self.app.router
        r.add_get("/gateway", self.gateway)
        r.add_get(API + "/gateway/bot", self.gateway_bot)
        r.add_get(API + "/users/@me", self.me)
        r.add_get(API + "/oauth2/applications/@me", self.application)
        r.add_put(API + "/applications/{app}/commands", self.sync_commands)
        r.add_put(API + "/applications/{app}/guilds/{guild}/commands", self.sync_commands)
        r.add_post(API + "/interactions/{id}/{token}/callback", self.interaction_callback)
        r.add_post(API + "/webhooks/{app}/{token}", self.followup)
        r.add_post(API + "/channels/{channel}/messages", self.channel_message)

    @property
    def api_base(self) -> str:
        return self.url + API

    @property
    def gateway_url(self) -> str:
        return self.url + "/gateway"

    def new_id(self) -> str:
        return str(next(self._ids))

    def rate_limit_response(self) -> web.Response:
        # discord.py retries a 429 only when it came through Discord's proxy (the Via header).
        return json_reply({"message": "You are being rate limited.", "retry_after": 0.01, "global": False},
                                 status=429, headers={"Retry-After": "0", "Via": "1.1 google",
                                                      "X-RateLimit-Scope": "user"})

    # ---- REST ----------------------------------------------------------------------------------------

    async def me(self, request):
        return json_reply(BOT_USER)

    async def gateway_bot(self, request):
        return json_reply({"url": self.gateway_url, "shards": 1,
                                  "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0,
                                                          "max_concurrency": 1}})

    async def application(self, request):
        return json_reply({"id": APP_ID, "name": "newsdigest", "description": "", "icon": None,
                                  "bot_public": True, "bot_require_code_grant": False, "owner": READER,
                                  "verify_key": "0" * 64, "flags": 0, "interactions_endpoint_url": None})

    async def sync_commands(self, request):
        payload = await request.json()
        return json_reply([dict(c, id=self.new_id(), application_id=APP_ID, version=self.new_id(),
                                       default_member_permissions=None, dm_permission=True, nsfw=False)
                                  for c in payload])

    async def interaction_callback(self, request):
        body = await request.json()
        return json_reply({"interaction": {"id": request.match_info["id"], "type": 2,
                                                  "response_message_loading": body["type"] == 5,
                                                  "response_message_ephemeral": False},
                                  "resource": {"type": body["type"]}})

    def message(self, channel_id: str, body: dict) -> dict:
        return {"id": self.new_id(), "channel_id": channel_id, "author": BOT_USER, "content": body.get("content") or "",
                "timestamp": "2025-09-10T09:00:00+00:00", "edited_timestamp": None, "tts": False,
                "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
                "embeds": body.get("embeds") or [], "pinned": False, "type": 0, "flags": body.get("flags", 0)}

    async def followup(self, request):
        body = await request.json()
        if form_errors(body):
            return invalid_form(form_errors(body))
        return json_reply(self.message(CHANNEL_ID, body))

    async def channel_message(self, request):
        """Keeps the message; a repeated nonce with enforce_nonce gets the message already kept, as Discord does."""
        channel, body = request.match_info["channel"], await request.json()
        if form_errors(body):
            return invalid_form(form_errors(body))
        kept = self.posted.setdefault(channel, [])
        if body.get("enforce_nonce") and body.get("nonce"):
            again = next((m for m in kept if m.get("nonce") == body["nonce"]), None)
            if again is not None:
                return json_reply(again)
        message = dict(self.message(channel, body), nonce=body.get("nonce"))
        kept.append(message)
        if self.faults and self.faults.pop(0) == "500-posted":
            return json_reply({"message": "500: Internal Server Error", "code": 0}, status=500)
        return json_reply(message)

    # ---- gateway -------------------------------------------------------------------------------------

    async def gateway(self, request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.socket = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            self.gateway_ops.append(payload["op"])
            if payload["op"] == 1:
                await ws.send_json({"op": 11})
            elif payload["op"] == 2:
                await self.dispatch("READY", {
                    "v": 10, "user": BOT_USER, "session_id": "fake-session", "resume_gateway_url": self.gateway_url,
                    "guilds": [{"id": GUILD_ID, "unavailable": True}], "private_channels": [], "relationships": [],
                    "application": {"id": APP_ID, "flags": 0}, "shard": [0, 1]})
                await self.dispatch("GUILD_CREATE", guild())
                self.identified.set()
        return ws

    async def dispatch(self, event: str, data: dict) -> None:
        await self.socket.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})


def invalid_form(errors: list[str]) -> web.Response:
    return json_reply({"code": 50035, "message": "Invalid Form Body", "errors": {"_errors": errors}}, status=400)


def guild() -> dict:
    return {"id": GUILD_ID, "name": "뉴스팀", "icon": None, "splash": None, "discovery_splash": None,
            "owner_id": USER_ID, "afk_channel_id": None, "afk_timeout": 300, "verification_level": 0,
            "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0, "premium_tier": 0,
            "nsfw_level": 0, "preferred_locale": "ko", "features": [], "emojis": [], "stickers": [],
            "roles": [{"id": GUILD_ID, "name": "@everyone", "permissions": "0", "position": 0, "color": 0,
                       "hoist": False, "managed": False, "mentionable": False, "flags": 0}],
            "channels": [{"id": CHANNEL_ID, "type": 0, "name": "news", "position": 0, "permission_overwrites": [],
                          "parent_id": None, "nsfw": False, "topic": None, "rate_limit_per_user": 0}],
            "threads": [], "members": [], "presences": [], "voice_states": [], "stage_instances": [],
            "guild_scheduled_events": [], "member_count": 2, "large": False, "unavailable": False,
            "joined_at": "2025-01-01T00:00:00+00:00", "system_channel_id": None}


_interaction_ids = itertools.count(1400000000000002000)


def slash_command(name: str, token: str, options: list[dict] | None = None) -> dict:
    return {"id": str(next(_interaction_ids)), "application_id": APP_ID, "type": 2,
            "data": {"id": "1400000000000000100", "name": name, "type": 1, "options": options or [],
                     "guild_id": GUILD_ID},
            "guild_id": GUILD_ID, "channel_id": CHANNEL_ID,
            "channel": {"id": CHANNEL_ID, "type": 0, "guild_id": GUILD_ID, "name": "news", "position": 0,
                        "permission_overwrites": [], "nsfw": False, "parent_id": None},
            "member": {"user": READER, "roles": [], "joined_at": "2025-01-01T00:00:00+00:00", "deaf": False,
                       "mute": False, "permissions": "2147483647", "flags": 0},
            "token": token, "version": 1, "app_permissions": "2147483647", "attachment_size_limit": 10485760, "locale": "ko", "guild_locale": "ko",
            "entitlements": [], "authorizing_integration_owners": {"0": GUILD_ID}, "context": 0}


def direct_message(text: str) -> dict:
    return {"id": "1400000000000003000", "channel_id": DM_CHANNEL_ID, "author": READER, "content": text,
            "timestamp": "2025-09-10T09:00:00+00:00", "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": False, "type": 0, "flags": 0}
