"""Fan one scheduled digest out to N subscribed channels against the local fake Slack, and report how long
it takes and the highest posting rate the fake saw (which must stay within the platform's limit).

    .venv/bin/python bench/fanout.py [--channels 500]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.commands.layer import CommandLayer
from bot.commands.subscriptions import SubscriptionCommands  # noqa: E402
from bot.protocol import Origin  # noqa: E402
from bot.scheduler import DEFAULT_LIMITS, Dispatcher  # noqa: E402
from bot.slack.delivery import SlackDeliverer  # noqa: E402
from digest.service import NewsService  # noqa: E402
from digest.storage.store import Store  # noqa: E402
from digest.subscriptions import Subscriptions  # noqa: E402
from digest.text.metadata import KST  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class TimedSlack(FakeSlack):
    """The fake Slack, noting when each message arrives."""

    def __init__(self):
        super().__init__()
        self.stamps: list[float] = []

    async def post_message(self, request):
        self.stamps.append(time.monotonic())
        return await super().post_message(request)


def peak_rate(stamps: list[float]) -> int:
    """Most posts in any one-second window."""
    best, start = 0, 0
    for end in range(len(stamps)):
        while stamps[end] - stamps[start] > 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


async def main(channels: int, workspaces: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="newsdigest-fanout-"))
    clock = {"now": datetime(2025, 9, 10, 7, 0, tzinfo=KST)}
    service = NewsService(Store(f"sqlite:///{tmp / 'fanout.db'}"), now=lambda: clock["now"])
    service.ingest_paths([SEEDS])
    subs = Subscriptions(service)
    commands = CommandLayer(service, SubscriptionCommands(subs))
    for n in range(channels):
        commands.handle_text("/subscribe daily 08:00", Origin("slack", f"C{n:05d}", "UADMIN", workspace=f"T{n % workspaces}"))
    fake = await TimedSlack().start()
    stamps = fake.stamps
    dispatcher = Dispatcher(subs, {"slack": SlackDeliverer("xoxb-bench", fake.api_url)})
    clock["now"] = datetime(2025, 9, 10, 8, 0, 30, tzinfo=KST)
    started = time.perf_counter()
    outcomes = await dispatcher.run_due()
    elapsed = time.perf_counter() - started
    await fake.close()
    shutil.rmtree(tmp, ignore_errors=True)
    sent = sum(1 for o in outcomes.values() if o == "sent")
    rate, burst = DEFAULT_LIMITS["slack"]
    print(f"slack: {sent}/{channels} channels got the digest in {elapsed:.1f} s "
          f"({sent / elapsed:.1f} posts/s); peak {peak_rate(sorted(stamps))} posts in one second "
          f"(limiter: {rate:.0f}/s, burst {burst}, per workspace; {workspaces} workspace(s))")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--channels", type=int, default=500)
    parser.add_argument("--workspaces", type=int, default=1, help="spread the channels over this many Slack workspaces")
    args = parser.parse_args()
    asyncio.run(main(args.channels, args.workspaces))
