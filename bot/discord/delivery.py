"""Scheduled messages posted into Discord through the running client; each message's key is its nonce, which
Discord enforces, so a retried post is answered with the message already there."""

from __future__ import annotations

import discord

from bot.protocol import CONNECTION_ERRORS, ChannelUnavailable, Reply, TransientDeliveryError
from digest.subscriptions import Target

DISCORD_GONE = {10003, 50001, 50013}   # Unknown Channel, Missing Access, Missing Permissions


class DiscordDeliverer:
    """Posts through the running discord.py client. The message's key is its nonce and discord.py asks Discord
    to enforce it, so a retried post whose first answer was lost is answered with the message already there."""

    platform = "discord"

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    def render(self, reply: Reply) -> list[dict]:
        from bot.discord.client import discord_messages

        return [{"content": m["content"], "embeds": [e.to_dict() for e in m["embeds"]]} for m in discord_messages(reply)]

    async def send(self, target: Target, message: dict, key: str) -> str | None:
        import discord

        from bot.discord.client import NO_MENTIONS

        channel = self.client.get_partial_messageable(int(target.channel))
        embeds = [discord.Embed.from_dict(e) for e in message["embeds"]]
        try:
            sent = await channel.send(content=message["content"] or None, embeds=embeds, allowed_mentions=NO_MENTIONS,
                                      nonce=key)
        except (discord.Forbidden, discord.NotFound) as exc:
            if exc.code in DISCORD_GONE or isinstance(exc, discord.NotFound):
                raise ChannelUnavailable(f"Discord: {exc.text or exc.status}") from None
            raise
        except discord.HTTPException as exc:
            if exc.status == 429 or exc.status >= 500:
                raise TransientDeliveryError(f"Discord answered {exc.status}") from None
            raise
        except CONNECTION_ERRORS as exc:
            raise TransientDeliveryError(f"Discord did not answer: {type(exc).__name__}") from None
        return str(sent.id)

    async def find_posted(self, target: Target, key: str) -> str | None:
        return None   # the nonce makes Discord answer a repeat with the message already posted
