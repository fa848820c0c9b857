"""`/feeds` from chat: a workspace's managers list, add, remove, poll and question their own RSS/Atom feeds.

The work is in `digest.sources.feeds.polling`, the same as `newsdigest feeds ...`. Every `/feeds` action takes manager rights
(the adapter's `Origin.can_manage`) and a channel: never a direct message, where no platform says who
manages what. A feed added from chat belongs to its workspace (`platform:workspace`): that workspace's
managers see and change only theirs; feeds the operator added with the CLI are nobody's from chat. The
terminal bot is the operator's and sees every feed.
"""

from __future__ import annotations

from bot.commands.arguments import MAX_ITEM_NUMBER, check_words, item_number
from bot.failures import korean_reason
from bot.protocol import Origin, Reply
from bot.render.feeds import entry_line, feed_line, report_text
from digest.errors import quoted
from digest.service import NewsService
from digest.sources.feeds.parse import FeedError
from digest.sources.feeds.polling import UnknownFeed, add_feed, list_feeds, poll_feeds, remove_feed, why

USAGE = ("사용법: /feeds list · /feeds add URL [주제] · /feeds remove 번호 · /feeds poll [번호] · /feeds why URL")
NO_RIGHTS = "피드를 보거나 바꿀 권한이 없습니다 (Discord: 채널 관리 권한, Slack: 워크스페이스 관리자)."
CHANNEL_ONLY = "피드는 채널에서만 관리할 수 있습니다. 봇이 있는 채널에서 /feeds 를 입력해 주세요."


def feed_owner(origin: Origin) -> str | None:
    """Whose feeds a chat command sees: its workspace's; the terminal (the operator) sees all."""
    return None if origin.platform == "console" else f"{origin.platform}:{origin.workspace}"


class FeedCommands:
    def __init__(self, service: NewsService):
        self.service = service

    def __call__(self, command: str, args: str, origin: Origin) -> Reply:
        words = args.split()
        action = words[0].lower() if words else "list"
        rest = words[1:]
        if origin.platform != "console" and (origin.direct or not origin.channel or not origin.workspace):
            return Reply(CHANNEL_ONLY, problem=True)
        if not origin.can_manage:
            return Reply(NO_RIGHTS, problem=True)
        owner = feed_owner(origin)
        number = item_number(rest[0]) if len(rest) == 1 else None
        try:
            if action == "list":
                feeds = list_feeds(self.service, owner)
                if not feeds:
                    return Reply("등록된 피드가 없습니다. " + USAGE)
                return Reply(f"피드 {len(feeds)}개:\n" + "\n".join(feed_line(f) for f in feeds))
            if action == "why" and len(rest) == 1:
                entries, feed = why(self.service, rest[0], owner)
                lines = [feed_line(feed)] if feed else []
                lines += [entry_line(e) for e in entries]
                return Reply("\n".join(lines) if lines else f"{quoted(rest[0])} 주소의 피드 항목이 없습니다.")
            if action == "add" and rest:
                check_words(" ".join(rest[1:]))   # the topic: held to the limit of every lookup
                view, seen, queued = add_feed(self.service, rest[0], " ".join(rest[1:]) or None, owner=owner)
                return Reply(f"피드 #{view.id}을(를) 추가했습니다: {view.title or view.url}. 항목 {seen}건 중 "
                             f"최신 {queued}건만 다음 읽기 때 가져와 다이제스트에 넣습니다.")
            if action in ("remove", "poll") and number is not None and number > MAX_ITEM_NUMBER:
                raise UnknownFeed(rest[0])
            if action == "remove" and number is not None:
                view = remove_feed(self.service, number, owner)
                return Reply(f"피드 #{view.id}을(를) 지웠습니다 (가져온 기사 {view.ingested}건은 남습니다).")
            if action == "poll" and (not rest or number is not None):
                reports = poll_feeds(self.service, number, owner=owner)
                if not reports:
                    return Reply("등록된 피드가 없습니다. " + USAGE)
                return Reply("피드를 읽었습니다:\n" + "\n".join(report_text(r) for r in reports))
        except UnknownFeed:
            return Reply("이 워크스페이스에 그런 번호의 피드가 없습니다. /feeds list로 번호를 확인해 주세요.", problem=True)
        except (FeedError, ValueError) as exc:
            verb = {"add": "추가하지", "poll": "읽지"}.get(action, "처리하지")
            # a bare ValueError is urllib's complaint about the address (an unclosed bracket), in its English
            reason = korean_reason(exc) if isinstance(exc, FeedError) else \
                f"'{quoted(rest[0] if rest else args)}'은(는) 올바른 웹 주소가 아닙니다"
            return Reply(f"피드를 {verb} 못했습니다 ({reason}).", problem=True)
        return Reply(USAGE, problem=True)
