"""Scheduled digests under platform faults: 30 days of digests for 20 channels against a fake Slack that fails
20 % of all calls at random (500 before or after posting, 429 with Retry-After, an answer after the client's
timeout having posted; history reads fail as often), with a fixed seed. Reports the posts lost and the posts
repeated, both of which must be 0.

    .venv/bin/python -m bench.faults [--days 30] [--channels 20] [--fault-rate 0.2] [--seed 17]

The clock is simulated: the service's clock jumps from one scheduled time to the next (and on to the retry
job's turns after it), and the dispatcher's backoff waits are recorded, not slept. The HTTP is real: the
slack_sdk client posts to the fake over loopback, and a "late" answer really arrives after the client gave up.

News: the 50 articles of sci-news-sum-kr-50 (bench/data), ingested through the month (14 on the first day and
14 on the 15th, so those digests take two messages; about one a day otherwise). Channels: 12 daily 08:00,
4 weekdays 07:30, 4 every 6 hours, all news. Counted from what the fake Slack keeps in each channel:

- repeated: a message key seen twice in a channel, plus every extra showing of a story that had not changed;
- lost: a story the store holds that a channel never showed, plus every delivery that ended failed or unknown.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bench.summaries import article_text, load
from bot.commands.layer import CommandLayer
from bot.commands.subscriptions import SubscriptionCommands
from bot.protocol import Origin
from bot.scheduler import Dispatcher
from bot.slack.delivery import SlackDeliverer
from digest.service import NewsService
from digest.storage.models import DeliveryRow, StoryRow
from digest.storage.store import Store
from digest.subscriptions import Subscriptions
from digest.text.metadata import KST
from tests.fakes.slack_api import FakeSlack

RESULTS = Path(__file__).resolve().parent / "results" / "faults.json"
START = datetime(2025, 9, 1, 0, 0, tzinfo=KST)
SCHEDULES = ["daily 08:00"] * 12 + ["weekdays 07:30"] * 4 + ["every 6 hours"] * 4
FIRE_TIMES = [(0, 0), (6, 0), (7, 30), (8, 0), (12, 0), (18, 0)]
RETRY_TURNS = 6                      # the retry job's runs after each scheduled time, RETRY_DELAY + 1 minute apart
CARD_ID = re.compile(r'"text": "id (s[0-9a-f]+)')


def news_plan(days: int) -> dict[int, list[dict]]:
    """Which articles arrive on which day (at 07:00 KST)."""
    docs = load()
    plan = {0: docs[:14], min(14, days - 1): docs[14:28]}
    rest = docs[28:]
    others = [d for d in range(1, days - 1) if d not in plan]
    for n, doc in enumerate(rest):
        plan.setdefault(others[n % len(others)], []).append(doc)
    return plan


async def run(days: int, channels: int, fault_rate: float, seed: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="newsdigest-faults-"))
    clock = {"now": START}
    service = NewsService(Store(f"sqlite:///{tmp / 'faults.db'}"), now=lambda: clock["now"])
    subs = Subscriptions(service)
    commands = CommandLayer(service, SubscriptionCommands(subs))
    for n in range(channels):
        commands.handle_text(f"/subscribe {SCHEDULES[n % len(SCHEDULES)]}",
                             Origin("slack", f"C{n:03d}", "UADMIN", workspace="T1"))
    fake = await FakeSlack().start()
    fake.fault_seed, fake.fault_rate, fake.late_seconds = seed, fault_rate, 0.3
    waits: list[float] = []

    async def recorded_sleep(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(0)

    dispatcher = Dispatcher(subs, {"slack": SlackDeliverer("xoxb-bench", fake.api_url, timeout=0.1)},
                            limits={"slack": (10_000.0, 10_000)}, sleep=recorded_sleep)
    plan = news_plan(days)
    folder = tmp / "news"
    folder.mkdir()
    started = time.perf_counter()
    outcomes: Counter = Counter()
    for day in range(days):
        base = START + timedelta(days=day)
        if plan.get(day):
            clock["now"] = base + timedelta(hours=7)
            paths = []
            for doc in plan[day]:
                path = folder / f"{doc['slug'][:60]}.txt"
                path.write_text(article_text(doc), encoding="utf-8")
                paths.append(path)
            service.ingest_paths(paths)
        for hour, minute in FIRE_TIMES:
            clock["now"] = base + timedelta(hours=hour, minutes=minute, seconds=20)
            outcomes.update(o for o in (await dispatcher.run_due()).values() if o)
            for turn in range(1, RETRY_TURNS + 1):
                clock["now"] = base + timedelta(hours=hour, minutes=minute + 6 * turn, seconds=20)
                outcomes.update((await dispatcher.retry_due()).values())
    elapsed = time.perf_counter() - started
    await fake.close()

    with service.store.session() as s:
        stories = {sid: size for sid, size in s.execute(select(StoryRow.id, StoryRow.size))}
        endings = Counter(s.scalars(select(DeliveryRow.status)))
    repeated_messages = lost_stories = repeated_stories = 0
    for n in range(channels):
        kept = fake.posted.get(f"C{n:03d}", [])
        keys = Counter((m.get("metadata") or {}).get("event_payload", {}).get("key") for m in kept)
        repeated_messages += sum(c - 1 for c in keys.values() if c > 1)
        shown = Counter(i for m in kept if m["text"].startswith("정기 다이제스트")
                        for i in CARD_ID.findall(json.dumps(m["blocks"], ensure_ascii=False)))
        lost_stories += sum(1 for sid in stories if sid not in shown)
        # a story shown again is a repeat unless it grew in between (size n can be shown at most n times)
        repeated_stories += sum(max(0, c - stories.get(sid, 1)) for sid, c in shown.items())
    shutil.rmtree(tmp, ignore_errors=True)
    faults = Counter(fake.faults_done)
    calls = Counter(c.path.rsplit("/", 1)[-1] for c in fake.calls)
    return {
        "days": days, "channels": channels, "fault_rate": fault_rate, "seed": seed,
        "stories": len(stories), "story_sizes": dict(Counter(stories.values())),
        "calls": dict(calls), "post_faults": dict(faults),
        "messages_posted": sum(len(v) for v in fake.posted.values()),
        "deliveries": dict(endings), "dispatch_outcomes": dict(outcomes),
        "backoff_waits": len(waits), "backoff_seconds_simulated": round(sum(waits), 1),
        "posts_lost": lost_stories + endings.get("failed", 0) + endings.get("unknown", 0),
        "posts_repeated": repeated_messages + repeated_stories,
        "lost_stories": lost_stories, "repeated_messages": repeated_messages, "repeated_stories": repeated_stories,
        "seconds": round(elapsed, 1),
    }


def table(r: dict) -> str:
    """The figures as the Markdown table the README and bench/RESULTS.md show."""
    f, d = r["post_faults"], r["deliveries"]
    rows = [("chat.postMessage / conversations.history calls",
             f"{r['calls'].get('chat.postMessage', 0)} / {r['calls'].get('conversations.history', 0)}"),
            ("post faults: 500, 500 after posting, 429, late answer",
             f"{f.get('500', 0)}, {f.get('500-posted', 0)}, {f.get('429', 0)}, {f.get('late', 0)}"),
            ("stories; messages in the channels", f"{r['stories']}; {r['messages_posted']}"),
            ("deliveries sent / empty / failed / unknown",
             f"{d.get('sent', 0)} / {d.get('empty', 0)} / {d.get('failed', 0)} / {d.get('unknown', 0)}"),
            ("**posts lost**", f"**{r['posts_lost']}**"), ("**posts repeated**", f"**{r['posts_repeated']}**")]
    head = f"| {r['days']} days, {r['channels']} channels, {r['fault_rate']:.0%} faults, seed {r['seed']} | value |"
    return "\n".join([head, "| --- | ---: |"] + [f"| {k} | {v} |" for k, v in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--channels", type=int, default=20)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--json", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    r = asyncio.run(run(args.days, args.channels, args.fault_rate, args.seed))
    print(f"{r['days']} days, {r['channels']} channels, {r['fault_rate']:.0%} of Slack calls failing (seed {r['seed']}): "
          f"{r['calls'].get('chat.postMessage', 0)} chat.postMessage calls, "
          f"{r['calls'].get('conversations.history', 0)} conversations.history calls")
    print(f"post faults: {r['post_faults']}")
    print(f"{r['stories']} stories; {r['messages_posted']} messages in the channels; deliveries ended {r['deliveries']}")
    print(f"posts lost: {r['posts_lost']}   posts repeated: {r['posts_repeated']}   "
          f"({r['backoff_waits']} backoff waits, {r['backoff_seconds_simulated']} s simulated; {r['seconds']} s wall)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(r, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if r["posts_lost"] == 0 and r["posts_repeated"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
