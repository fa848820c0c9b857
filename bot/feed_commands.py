"""`/feeds` from chat: channel managers add, list, remove and poll the bot's RSS/Atom feeds.

The work is in `digest.feeds`, the same as `newsdigest feeds ...`; feeds are the bot's, not a channel's,
so changing them takes the same right as changing a channel's subscriptions.
"""

from __future__ import annotations

from bot.cli_feeds import entry_line, feed_line, report_text
from bot.commands import Origin, Reply
from digest.feeds import FeedError, UnknownFeed, add_feed, list_feeds, poll_feeds, remove_feed, why

USAGE = ("사용법: /feeds list · /feeds add URL [주제] · /feeds remove 번호 · /feeds poll [번호] · /feeds why URL")


class FeedCommands:
    def __init__(self, service):
        self.service = service

    def __call__(self, command: str, args: str, origin: Origin) -> Reply:
        words = args.split()
        action = words[0].lower() if words else "list"
        rest = words[1:]
        if action == "list":
            feeds = list_feeds(self.service)
            if not feeds:
                return Reply("등록된 피드가 없습니다. " + USAGE)
            return Reply(f"피드 {len(feeds)}개:\n" + "\n".join(feed_line(f) for f in feeds))
        if action == "why" and len(rest) == 1:
            entries, feed = why(self.service, rest[0])
            lines = [feed_line(feed)] if feed else []
            lines += [entry_line(e) for e in entries]
            return Reply("\n".join(lines) if lines else f"{rest[0]} 주소의 피드 항목이 없습니다.")
        if action not in ("add", "remove", "poll"):
            return Reply(USAGE, problem=True)
        if not origin.can_manage:
            return Reply("피드를 바꿀 권한이 없습니다 (Discord: 채널 관리 권한, Slack: 워크스페이스 관리자).", problem=True)
        try:
            if action == "add" and rest:
                view = add_feed(self.service, rest[0], " ".join(rest[1:]) or None)
                return Reply(f"피드 #{view.id}을(를) 추가했습니다: {view.title or view.url}. "
                             "처음 읽은 항목 중 최신 몇 건만 다이제스트에 들어갑니다.")
            if action == "remove" and len(rest) == 1 and rest[0].lstrip("#").isdigit():
                view = remove_feed(self.service, int(rest[0].lstrip("#")))
                return Reply(f"피드 #{view.id}을(를) 지웠습니다 (가져온 기사 {view.ingested}건은 남습니다).")
            if action == "poll" and (not rest or (len(rest) == 1 and rest[0].lstrip("#").isdigit())):
                reports = poll_feeds(self.service, int(rest[0].lstrip("#")) if rest else None)
                if not reports:
                    return Reply("등록된 피드가 없습니다. " + USAGE)
                return Reply("피드를 읽었습니다:\n" + "\n".join(report_text(r) for r in reports))
        except UnknownFeed as exc:
            return Reply(f"그런 피드가 없습니다 ({exc}). /feeds list로 번호를 확인해 주세요.", problem=True)
        except (FeedError, ValueError) as exc:
            return Reply(f"피드를 추가하지 못했습니다: {exc}", problem=True)
        return Reply(USAGE, problem=True)
