"""Scheduled messages posted into Slack: chat.postMessage with each message's key in its metadata, and
`conversations.history` to find a message whose answer was lost instead of posting it twice."""

from __future__ import annotations

import time

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.protocol import CONNECTION_ERRORS, ChannelUnavailable, Reply, TransientDeliveryError, Unreconcilable
from bot.slack.app import slack_messages
from digest.subscriptions import Target

SLACK_GONE = {"channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "account_inactive",
              "restricted_action", "restricted_action_read_only_channel", "team_access_not_granted", "invalid_auth"}


SLACK_TRANSIENT = {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}


METADATA_EVENT = "newsdigest_message"


HISTORY_WINDOW = 24 * 3600     # seconds of a channel's history searched for a message whose answer was lost


def _slack_transient(exc: SlackApiError) -> TransientDeliveryError | None:
    status = getattr(exc.response, "status_code", 0) or 0
    error = exc.response.get("error", "") if exc.response is not None else ""
    if status == 429 or status >= 500 or error in SLACK_TRANSIENT:
        retry_after = (exc.response.headers or {}).get("Retry-After") or (exc.response.headers or {}).get("retry-after")
        try:
            wait = float(retry_after) if retry_after is not None else None
        except ValueError:
            wait = None
        return TransientDeliveryError(f"Slack answered {status} {error}".strip(), wait)
    return None


class SlackDeliverer:
    """chat.postMessage with the message's key in its metadata; `conversations.history` (channels:history,
    groups:history) finds it again. Retries are the dispatcher's: the client's own are off, since a blind
    retry of a post whose answer was lost would post it twice."""

    platform = "slack"
    reconciles = True   # find_posted reads the channel: a delivery a dead process left half-sent can be resumed

    def __init__(self, token: str, base_url: str | None = None, client: AsyncWebClient | None = None,
                 timeout: float = 30):
        # slack_sdk annotates the timeout as int; aiohttp takes any number of seconds (the tests use 0.5)
        self.client = client or AsyncWebClient(token=token, base_url=base_url or AsyncWebClient.BASE_URL,
                                               timeout=timeout, retry_handlers=[])  # type: ignore[arg-type]

    def render(self, reply: Reply) -> list[dict]:
        return slack_messages(reply)

    async def send(self, target: Target, message: dict, key: str) -> str | None:
        try:
            # unfurling would turn article links into previews nobody asked for
            response = await self.client.chat_postMessage(
                channel=target.channel, text=message["text"], blocks=message["blocks"], unfurl_links=False,
                unfurl_media=False, metadata={"event_type": METADATA_EVENT, "event_payload": {"key": key}})
        except SlackApiError as exc:
            error = exc.response.get("error", "")
            if error in SLACK_GONE:
                raise ChannelUnavailable(f"Slack: {error}") from None
            raise _slack_transient(exc) or exc from None
        except CONNECTION_ERRORS as exc:
            raise TransientDeliveryError(f"Slack did not answer: {type(exc).__name__}") from None
        return response.get("ts")

    async def find_posted(self, target: Target, key: str) -> str | None:
        try:
            response = await self.client.conversations_history(channel=target.channel, include_all_metadata=True,
                                                               oldest=f"{time.time() - HISTORY_WINDOW:.6f}", limit=200)
        except SlackApiError as exc:
            transient = _slack_transient(exc)
            if transient:
                raise transient from None
            raise Unreconcilable(f"Slack history unreadable ({exc.response.get('error', '')}): "
                                 "whether the message was posted is unknown") from None
        except CONNECTION_ERRORS as exc:
            raise TransientDeliveryError(f"Slack did not answer: {type(exc).__name__}") from None
        for message in response.get("messages") or []:
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") == METADATA_EVENT and (metadata.get("event_payload") or {}).get("key") == key:
                return message.get("ts")
        return None
