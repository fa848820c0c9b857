"""`/subscribe`, `/unsubscribe`, `/subscriptions`: the command-layer handler for channel subscriptions.

Who may change a channel's subscriptions is the adapter's call, passed in `Origin.can_manage` (Discord:
Manage Channels; Slack: workspace admins, or everyone when configured). Anyone may remove a subscription
they created themselves, and anyone may list them.
"""

from __future__ import annotations

from typing import Callable

from bot.commands.arguments import MAX_ITEM_NUMBER, check_words, item_number
from bot.protocol import Origin, Reply
from digest.errors import quoted
from digest.schedules import ScheduleError, parse_subscription
from digest.subscriptions import SubscriptionError, Subscriptions, SubscriptionView, Target

EXAMPLES = "예: /subscribe 오픈AI daily 08:00 · /subscribe weekdays 07:30 · /subscribe 반도체 weekly mon 09:00 · /subscribe every 6 hours"


def describe(sub: SubscriptionView) -> str:
    topic = f"주제 '{quoted(sub.topic)}'" if sub.topic else "모든 뉴스"
    line = f"#{sub.id} {topic} · {sub.schedule_text} · 다음 배달 {sub.next_due.replace('T', ' ')}"
    if sub.paused_reason:
        line += f"\n    ⚠ 일시 중지됨: 이 채널에 글을 올릴 수 없습니다 ({sub.paused_reason}). 봇을 채널에 다시 초대한 뒤 다시 구독해 주세요."
    return line


class SubscriptionCommands:
    def __init__(self, subscriptions: Subscriptions, on_change: Callable[[], None] | None = None):
        self.subs = subscriptions
        self.on_change = on_change or (lambda: None)

    def __call__(self, command: str, args: str, origin: Origin) -> Reply:
        if origin.direct or not origin.channel:
            return Reply("구독은 채널에서만 할 수 있습니다. 소식을 받을 채널에서 명령을 입력해 주세요.", problem=True)
        target = Target(origin.platform, origin.workspace or "", origin.channel)
        try:
            if command == "subscriptions":
                return self.list(target)
            if command == "subscribe":
                return self.subscribe(target, args, origin)
            return self.unsubscribe(target, args, origin)
        except (ScheduleError, SubscriptionError) as exc:
            return Reply(f"{exc}\n{EXAMPLES}" if isinstance(exc, ScheduleError) else str(exc), problem=True)

    def list(self, target: Target) -> Reply:
        subs = self.subs.list(target)
        if not subs:
            return Reply(f"이 채널에는 구독이 없습니다. {EXAMPLES}")
        return Reply("이 채널의 구독:\n" + "\n".join(describe(s) for s in subs))

    def subscribe(self, target: Target, args: str, origin: Origin) -> Reply:
        if not origin.can_manage:
            return Reply("이 채널의 구독을 바꿀 권한이 없습니다 (Discord: 채널 관리 권한, Slack: 워크스페이스 관리자).", problem=True)
        topic, _ = parse_subscription(args, self.subs.default_schedule)
        check_words(topic)   # the topic is held to the limit of every lookup, before anything is stored
        sub = self.subs.subscribe(target, args, origin.user)
        self.on_change()
        return Reply(f"구독했습니다. {describe(sub)}")

    def unsubscribe(self, target: Target, args: str, origin: Origin) -> Reply:
        text = args.strip()
        sub_id = item_number(text) if text else None
        if text and sub_id is None:
            return Reply("구독 번호를 숫자로 적어 주세요 (예: /unsubscribe 3). /subscriptions로 번호를 볼 수 있습니다.", problem=True)
        if sub_id is not None and sub_id > MAX_ITEM_NUMBER:
            return Reply("이 채널에 그런 번호의 구독이 없습니다. /subscriptions로 번호를 확인해 주세요.", problem=True)
        if not origin.can_manage:
            mine = [s for s in self.subs.list(target) if s.created_by == origin.user and (sub_id is None or s.id == sub_id)]
            if len(mine) != 1:
                return Reply("이 채널의 구독을 지울 권한이 없습니다. 직접 만든 구독만 지울 수 있습니다.", problem=True)
            sub_id = mine[0].id
        removed = self.subs.unsubscribe(target, sub_id)
        self.on_change()
        return Reply(f"구독을 취소했습니다: #{removed.id} {quoted(removed.topic or '모든 뉴스')} · {removed.schedule_text}")
