"""One bot replica for tests/test_replicas.py: a scheduler process's dispatcher on a shared database.

    python -m tests.replica_worker DB_URL SLACK_API_URL NOW_ISO [--rounds N] [--rate R] [--go FILE]

It waits for FILE to exist (so that several replicas start firing together), then fires the schedule
`--rounds` times (`Dispatcher.run_due`, what each cron firing and the start-up catch-up run), posting to
the fake Slack with the real slack_sdk client, and prints the outcomes as JSON.
"""

import argparse
import asyncio
import json
import time
from datetime import datetime
from pathlib import Path

from bot.scheduler import Dispatcher
from bot.slack.delivery import SlackDeliverer
from digest.service import NewsService
from digest.storage.store import Store
from digest.subscriptions import Subscriptions


async def run(args) -> list:
    now = datetime.fromisoformat(args.now)
    store = Store(args.db)
    dispatcher = Dispatcher(Subscriptions(NewsService(store, now=lambda: now)),
                            {"slack": SlackDeliverer("xoxb-test", args.slack)}, limits={"slack": (args.rate, args.burst)})
    print(json.dumps({"ready": True}), flush=True)
    while args.go and not Path(args.go).exists():
        time.sleep(0.01)
    outcomes = []
    for _ in range(args.rounds):
        outcomes += [o for o in (await dispatcher.run_due()).values() if o]
    store.close()
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("slack")
    parser.add_argument("now")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--go")
    args = parser.parse_args()
    print(json.dumps({"outcomes": asyncio.run(run(args))}), flush=True)


if __name__ == "__main__":
    main()
