"""What hostile servers cost the bot: a gzip bomb, a server that drips a byte at a time, and chat answers while
that drip holds a fetch worker.

    .venv/bin/python -m bench.hostile_fetch [--decoded-mb 2200] [--deadline 30] [--drip-seconds 5]

1. A gzip body that decodes to `--decoded-mb` of zeros (the probe of issue 17 used 1 MB of gzip growing to
   2.2 GB) is fetched with the default policy: how long until it is refused, and how much the peak resident
   memory grew.
2. A server that sends one byte every `--drip-seconds` (so no read ever times out) is fetched with the
   default policy and `--deadline`: how long until the fetch ends.
3. While such a drip is polled on the fetch lane, `/digest` is typed 10 times through the chat lane of the
   command layer: each answer's latency.

Servers listen on 127.0.0.1 (the address policy lets the benchmark read them); no network.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from bot.protocol import Origin
from bot.workers import Lanes
from digest.sources.feeds.polling import add_feed
from digest.sources.fetching import AddressPolicy, FetchError, FetchPolicy, fetch
from tests.fakes import seeded_commands
from tests.fakes.hostile_web import DripServer, gzip_bomb
from tests.fixtures.feeds.server import FixtureServer

LOOPBACK = AddressPolicy(allow_private=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bomb(decoded_mb: int) -> None:
    body = gzip_bomb(decoded_mb * 1_000_000)
    with FixtureServer() as site:
        site.serve("/bomb.xml", body, headers={"Content-Encoding": "gzip"})
        before, started = peak_mb(), time.perf_counter()
        try:
            fetch(site.url("/bomb.xml"), FetchPolicy(retries=0, addresses=LOOPBACK))
            outcome = "read (the cap failed)"
        except FetchError as exc:
            outcome = str(exc)
        print(f"gzip bomb: {len(body) / 1e6:.1f} MB compressed, {decoded_mb} MB decoded -> '{outcome}' after "
              f"{time.perf_counter() - started:.2f} s; peak resident memory grew {peak_mb() - before:.0f} MB")


def drip(deadline: float, interval: float) -> None:
    with DripServer(interval=interval) as server:
        started = time.perf_counter()
        try:
            fetch(server.url(), FetchPolicy(deadline=deadline, addresses=LOOPBACK))
            outcome = "read"
        except FetchError as exc:
            outcome = str(exc)
        print(f"drip feed (a byte every {interval:g} s): '{outcome}' after {time.perf_counter() - started:.1f} s")


def chat_beside_drip(interval: float) -> None:
    import os

    os.environ["NEWSDIGEST_FETCH_ALLOW_PRIVATE"] = "1"
    os.environ["NEWSDIGEST_HTTP_DEADLINE"] = "600"
    commands = seeded_commands(Path(tempfile.mkdtemp(prefix="newsdigest-hostile-")))
    origin = Origin("console", channel="bench", user="bench")
    lanes = Lanes()
    with DripServer(interval=interval) as server:
        add_feed(commands.service, server.url(), check=False)
        lanes.for_command("feeds").submit(lambda: commands.run("feeds", "poll", origin))
        server.requested.wait(30)
        latencies = []
        for _ in range(10):
            started = time.perf_counter()
            lanes.for_command("digest").submit(lambda: commands.run("digest", "", origin)).result()
            latencies.append((time.perf_counter() - started) * 1000)
        print(f"/digest x10 while the drip is polled: answered {len(latencies)}/10, p50 "
              f"{statistics.median(latencies):.1f} ms, max {max(latencies):.1f} ms "
              f"(the poll still in flight: {server.open_connections == 1})")
        from digest.sources.fetching import abort_fetches
        abort_fetches()
    lanes.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--decoded-mb", type=int, default=2200)
    parser.add_argument("--deadline", type=float, default=30.0)
    parser.add_argument("--drip-seconds", type=float, default=5.0)
    args = parser.parse_args()
    bomb(args.decoded_mb)
    drip(args.deadline, args.drip_seconds)
    chat_beside_drip(args.drip_seconds)


if __name__ == "__main__":
    main()
