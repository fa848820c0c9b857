"""Scheduled digests, subscriptions and reminders, driven by an injected clock against the fake Slack.

The clock is a mutable box the service reads; the real slack_sdk client posts to the fake Slack Web API;
the real APScheduler fires a job in one test. Restarts are new objects on the same database file.
"""

import json
from datetime import datetime, timedelta

import pytest
from aiohttp import web

from bot.commands.layer import CommandLayer
from bot.commands.subscriptions import SubscriptionCommands
from bot.protocol import Origin
from bot.scheduler import DigestScheduler, Dispatcher
from bot.slack.delivery import SlackDeliverer
from digest.schedules import Schedule, ScheduleError, latest_due, next_due, parse_subscription
from digest.service import NewsService
from digest.storage.store import Store
from digest.subscriptions import Subscriptions
from digest.text.metadata import KST
from tests.conftest import SEEDS, write_article
from tests.fakes.slack_api import FakeSlack

GONE = "CGONE"

GROWN = """\
오픈AI 코리아 출범…제이슨 권 "한국은 AI 혁신의 최적지"
[한국경제=김철수 기자] 오픈AI가 10일 아시아 세 번째 지사인 오픈AI 코리아의 공식 출범을 발표했다.
제이슨 권 오픈AI 최고전략책임자(CSO)는 한국은 세계적 수준의 인프라, 혁신적인 기업, 빠른 디지털 도입 속도를 갖춘 AI 혁신의 최적지라고 말했다.
오픈AI 코리아는 전 세계 열두 번째 지사로, 11일 서울대학교와 MOU를 체결하고 12일에는 파운더스 데이를 연다.
오픈AI는 11월 데브데이 익스체인지를 국내에서 개최할 계획이다.
입력 2025.09.10 16:00
"""

SEMICONDUCTOR = """\
삼성전자, 2나노 공정 양산 돌입
[연합뉴스=홍길동 기자] 삼성전자가 2나노미터 공정의 양산을 시작했다고 11일 밝혔다.
회사 측은 첫 고객사 제품을 다음 달부터 출하할 계획이라고 설명했다.
업계는 이번 양산이 파운드리 시장 점유율 경쟁에 변수가 될 것으로 본다.
입력 2025.09.11 11:00
"""


class SlackWithGoneChannel(FakeSlack):
    async def post_message(self, request: web.Request) -> web.Response:
        body = await request.json() if request.content_type == "application/json" else dict(await request.post())
        if body.get("channel") == GONE:
            return web.json_response({"ok": False, "error": "channel_not_found"})
        return await super().post_message(request)


def kst(*args) -> datetime:
    return datetime(*args, tzinfo=KST)


class World:
    """One database, a clock, the fake Slack, and the objects a bot process would build on them."""

    def __init__(self, tmp_path, fake):
        self.db = f"sqlite:///{tmp_path / 'sched.db'}"
        self.fake = fake
        self.now = kst(2025, 9, 10, 7, 0)
        self.tmp = tmp_path
        self.start_process()

    def start_process(self):
        """What a (re)started bot builds: service, subscriptions, commands, dispatcher."""
        self.service = NewsService(Store(self.db), now=lambda: self.now)
        self.subs = Subscriptions(self.service)
        self.commands = CommandLayer(self.service, SubscriptionCommands(self.subs))
        self.dispatcher = Dispatcher(self.subs, {"slack": SlackDeliverer("xoxb-test", self.fake.api_url)})

    def say(self, channel: str, text: str, user: str = "UADMIN", can_manage: bool = True):
        return self.commands.handle_text(text, Origin("slack", channel, user, workspace="T1", can_manage=can_manage))

    def posts(self, channel: str, digests_only: bool = False) -> list[dict]:
        return [c.body for c in self.fake.calls_to("/api/chat.postMessage") if c.body.get("channel") == channel
                and (not digests_only or c.body["text"].startswith("정기 다이제스트"))]

    def ingest_text(self, name: str, text: str):
        return self.service.ingest_paths([write_article(self.tmp, name, text)])


def post_text(body: dict) -> str:
    blocks = body.get("blocks")
    return body.get("text", "") + (json.dumps(blocks, ensure_ascii=False) if isinstance(blocks, (list, dict)) else str(blocks or ""))


@pytest.fixture
async def world(tmp_path):
    fake = await SlackWithGoneChannel().start()
    w = World(tmp_path, fake)
    w.service.ingest_paths([SEEDS])
    yield w
    await fake.close()


async def test_daily_digests_per_channel_topic_once_per_period_across_restarts(world):
    world.now = kst(2025, 9, 10, 7, 30)
    assert "구독했습니다" in world.say("CKAKAO", "/subscribe 카카오 daily 08:00").text
    assert "구독했습니다" in world.say("CDEEP", "/subscribe 딥테크 daily 08:00").text

    world.now = kst(2025, 9, 10, 7, 59)
    assert await world.dispatcher.run_due() == {1: None, 2: None}   # nothing due before 08:00
    world.now = kst(2025, 9, 10, 8, 0, 30)
    await world.dispatcher.run_due()
    kakao, deep = world.posts("CKAKAO"), world.posts("CDEEP")
    assert len(kakao) == 1 and len(deep) == 1
    assert "카카오" in post_text(kakao[0]) and "이야기 2건" in kakao[0]["text"]        # the launch and alliance stories
    assert "이야기 1건" in deep[0]["text"] and "챗GPT 활용" in post_text(deep[0])     # only the 2023 meeting
    assert "챗GPT 활용" not in post_text(kakao[0])

    world.now = kst(2025, 9, 10, 8, 5)
    await world.dispatcher.run_due()                 # the same period again: nothing
    world.start_process()                            # a restart on the same database
    await world.dispatcher.run_due()
    assert len(world.posts("CKAKAO")) == 1 and len(world.posts("CDEEP")) == 1


async def test_missed_period_is_caught_up_once_with_only_new_and_updated_stories(world):
    world.now = kst(2025, 9, 10, 7, 30)
    world.say("CALL", "/subscribe daily 08:00")
    world.now = kst(2025, 9, 10, 8, 1)
    await world.dispatcher.run_due()
    first = world.posts("CALL")
    assert len(first) == 1 and "이야기 3건" in first[0]["text"]

    # the bot is down from 09:00 on the 10th; news arrives meanwhile; it comes back at 09:30 on the 11th
    world.now = kst(2025, 9, 10, 16, 5)
    world.ingest_text("grown.txt", GROWN)            # a fourth outlet joins the launch story
    world.now = kst(2025, 9, 11, 11, 5)
    world.ingest_text("chips.txt", SEMICONDUCTOR)    # a new story
    world.now = kst(2025, 9, 11, 11, 30)
    world.start_process()
    await world.dispatcher.run_due()
    await world.dispatcher.run_due()
    posts = world.posts("CALL", digests_only=True)
    assert len(posts) == 2                           # exactly one catch-up for the missed 08:00 of the 11th
    catch_up = posts[1]
    assert "이야기 2건" in catch_up["text"] and "업데이트 1건" in catch_up["text"]
    assert "2나노" in post_text(catch_up) and "한국경제" in post_text(catch_up)
    assert "챗GPT 활용" not in post_text(catch_up)   # delivered yesterday, unchanged: not repeated
    keys = [k for k, _ in world.subs.deliveries(1) if k.startswith("digest:")]
    assert keys == ["digest:2025-09-10T08:00+09:00", "digest:2025-09-11T08:00+09:00"]


async def test_empty_period_posts_nothing_or_a_note_when_configured(world):
    world.now = kst(2025, 9, 10, 7, 30)
    world.say("CQ", "/subscribe 양자컴퓨터 daily 08:00")
    world.now = kst(2025, 9, 10, 8, 1)
    assert await world.dispatcher.run_due() == {1: "empty"}
    assert world.posts("CQ") == []
    world.now = kst(2025, 9, 11, 8, 1)
    world.dispatcher.post_empty = True
    await world.dispatcher.run_due()
    notes = world.posts("CQ")
    assert len(notes) == 1 and "새 소식이 없습니다" in notes[0]["text"]


async def test_channel_the_bot_lost_is_paused_and_others_still_get_theirs(world):
    world.now = kst(2025, 9, 10, 7, 30)
    world.say(GONE, "/subscribe daily 08:00")
    world.say("CALL", "/subscribe daily 08:00")
    world.now = kst(2025, 9, 10, 8, 1)
    outcomes = await world.dispatcher.run_due()
    assert outcomes == {1: "paused", 2: "sent"}
    assert len(world.posts("CALL")) == 1
    listing = world.say(GONE, "/subscriptions").text
    assert "일시 중지" in listing and "channel_not_found" in listing
    world.now = kst(2025, 9, 11, 8, 1)
    assert await world.dispatcher.run_due() == {2: "empty"}  # the paused one is not tried again


async def test_event_reminders_day_before_and_morning_once_each(world):
    world.now = kst(2025, 9, 10, 7, 30)
    world.say("CALL", "/subscribe daily 08:00")
    world.say("CCHIP", "/subscribe 반도체 daily 08:00")
    world.now = kst(2025, 9, 10, 9, 30)
    assert await world.dispatcher.send_reminders() == 2      # MOU and the launch party, tomorrow
    assert await world.dispatcher.send_reminders() == 0
    texts = [p["text"] for p in world.posts("CALL")]
    assert all(t.startswith("⏰ 내일 일정: 2025-09-11") for t in texts)
    assert any("MOU" in t for t in texts) and any("축하" in t for t in texts)
    world.now = kst(2025, 9, 11, 7, 45)
    assert await world.dispatcher.send_reminders() == 2      # the morning of
    world.now = kst(2025, 9, 11, 9, 30)
    assert await world.dispatcher.send_reminders() == 1      # Founders Day tomorrow
    assert world.posts("CCHIP") == []                         # no event matches its topic
    assert sum("⏰ 오늘" in p["text"] for p in world.posts("CALL")) == 2


async def test_apscheduler_job_fires_and_delivers(world):
    world.now = kst(2025, 9, 10, 7, 30)
    world.say("CALL", "/subscribe daily 08:00")
    scheduler = DigestScheduler(world.dispatcher)
    await scheduler.start()                                   # nothing due yet
    job = scheduler.scheduler.get_job("digest-1")
    assert job.next_run_time.astimezone(KST).strftime("%H:%M") == "08:00"
    world.now = kst(2025, 9, 10, 8, 0, 5)
    job.modify(next_run_time=datetime.now(KST))               # the job's time has come
    await world.fake.wait_for("/api/chat.postMessage")
    scheduler.shutdown()
    assert len(world.posts("CALL")) == 1


async def test_subscribe_permissions_and_bad_schedules(world):
    refused = world.say("CX", "/subscribe daily 08:00", user="UMEMBER", can_manage=False)
    assert refused.problem and "권한" in refused.text
    mine = world.say("CX", "/subscribe 오픈AI weekly mon 09:00", user="UADMIN")
    assert "매주 월요일 09:00" in mine.text
    bad = world.say("CX", "/subscribe daily 25:00")
    assert bad.problem and "HH:MM" in bad.text and "예:" in bad.text
    assert world.say("CX", "/subscribe every 0 hours").problem
    assert "#1" in world.say("CX", "/subscriptions", user="UMEMBER", can_manage=False).text
    assert world.say("CX", "/unsubscribe 1", user="UMEMBER", can_manage=False).problem
    assert world.say("CX", "/unsubscribe abc").problem
    assert "취소했습니다" in world.say("CX", "/unsubscribe", user="UADMIN").text
    assert "구독이 없습니다" in world.say("CX", "/subscriptions").text
    dm = world.commands.handle_text("/subscribe", Origin("slack", "D1", "U1", direct=True))
    assert dm.problem and "채널" in dm.text


@pytest.mark.parametrize("text, topic, spec", [
    ("", None, "daily 08:00"),
    ("오픈AI 카카오", "오픈AI 카카오", "daily 08:00"),
    ("weekdays 07:30", None, "weekdays 07:30"),
    ("반도체 weekly fri 18:00 Europe/Berlin", "반도체", "weekly fri 18:00 Europe/Berlin"),
    ("every 6 hours", None, "every 6 hours"),
])
def test_parse_subscription(text, topic, spec):
    parsed_topic, schedule = parse_subscription(text)
    assert (parsed_topic, schedule.spec()) == (topic, spec)


@pytest.mark.parametrize("text", ["daily", "weekly 09:00", "every x hours", "08:00", "daily 8:61", "daily 08:00 Mars/Base"])
def test_parse_subscription_rejects(text):
    with pytest.raises(ScheduleError):
        parse_subscription(text)


def test_schedule_periods():
    weekdays = Schedule("weekdays", 7, 30)
    saturday = kst(2025, 9, 13, 12, 0)
    assert latest_due(weekdays, saturday) == kst(2025, 9, 12, 7, 30)
    assert next_due(weekdays, saturday) == kst(2025, 9, 15, 7, 30)
    every6 = Schedule("hours", every_hours=6)
    assert latest_due(every6, kst(2025, 9, 10, 13, 59)) == kst(2025, 9, 10, 12, 0)
    berlin = parse_subscription("weekly mon 09:00 Europe/Berlin")[1]
    due = next_due(berlin, kst(2025, 9, 10, 12, 0))
    assert due.astimezone(KST) == kst(2025, 9, 15, 16, 0)    # 09:00 CEST is 16:00 KST
    assert latest_due(Schedule("daily", 8, 0), kst(2025, 9, 10, 8, 0)) == kst(2025, 9, 10, 8, 0)
    assert next_due(Schedule("daily", 8, 0), kst(2025, 9, 10, 8, 0)) - kst(2025, 9, 10, 8, 0) == timedelta(days=1)


async def test_stopping_with_a_job_in_flight_logs_no_failure(world, caplog):
    """Stopping cancels a job that is running (a feed poll at quit): that is our stop, not a failed job, so
    nothing is logged as an error; a job that really fails still is."""
    import asyncio

    started = asyncio.Event()

    async def slow() -> None:
        started.set()
        await asyncio.sleep(3600)

    async def broken() -> None:
        raise ValueError("a job that really fails")

    scheduler = DigestScheduler(world.dispatcher)
    await scheduler.start()
    scheduler.scheduler.add_job(broken, next_run_time=datetime.now(KST), id="broken")
    scheduler.scheduler.add_job(slow, next_run_time=datetime.now(KST), id="slow")
    await asyncio.wait_for(started.wait(), 10)
    await asyncio.sleep(0.05)
    scheduler.shutdown()
    await asyncio.sleep(0.05)                                  # the cancelled job's callbacks run
    errors = [r for r in caplog.records if r.levelname == "ERROR" and r.name.startswith("apscheduler")]
    assert [str(r.exc_info[1]) for r in errors if r.exc_info] == ["a job that really fails"]
