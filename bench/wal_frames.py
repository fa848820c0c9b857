"""Which tables and indexes a SQLite ingest writes: the scale benchmark's 100 articles ingested into a copy of a
store, every page each batch writes to the WAL counted by the b-tree it belongs to.

    .venv/bin/python -m bench.wal_frames STORE.db POOL.json [--batch 20]

STORE.db is changed (ingest writes into it): pass a copy, e.g. of a `--keep-stores` store of `bench.scale`.
POOL.json is the sentence pool `bench.scale` builds (`build_pool()` as JSON). Automatic checkpoints are turned off
and the WAL is read and emptied after every batch, so each page a batch wrote is counted once per batch, as a
checkpoint would copy it into the database file; the growth with the store's size is in pages written there.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import struct
import sys
from collections import Counter
from datetime import timezone
from pathlib import Path

from bench.scale import NEWEST, ingest_texts


def wal_pages(wal: Path) -> list[int]:
    """The page number of every valid frame of a WAL file (those carrying the header's salt)."""
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) < 32:
        return []
    size, salt = struct.unpack(">I", data[8:12])[0], data[16:24]
    pages, offset = [], 32
    while offset + 24 + size <= len(data) and data[offset + 8:offset + 16] == salt:
        pages.append(struct.unpack(">I", data[offset:offset + 4])[0])
        offset += 24 + size
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("pool", type=Path)
    parser.add_argument("--batch", type=int, default=20)
    args = parser.parse_args(argv)

    import digest.storage.store as storage
    from digest.service import NewsService
    from digest.sources.files import SourceText

    pragmas = storage._sqlite_pragmas

    def without_autocheckpoint(dbapi_conn, record) -> None:
        pragmas(dbapi_conn, record)
        dbapi_conn.execute("PRAGMA wal_autocheckpoint=0")

    storage._sqlite_pragmas = without_autocheckpoint   # read when the engine is made
    service = NewsService(storage.Store(f"sqlite:///{args.store}"), now=lambda: NEWEST.replace(tzinfo=timezone.utc))
    wal = args.store.with_name(args.store.name + "-wal")
    with service.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    texts = ingest_texts(json.loads(args.pool.read_text(encoding="utf-8")))
    written: list[int] = []
    for start in range(0, len(texts), args.batch):
        service.ingest_sources([SourceText(name, text, "utf-8", meta) for name, text, meta in texts[start:start + args.batch]])
        written += sorted(set(wal_pages(wal)))
        with service.store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    service.store.close()
    with sqlite3.connect(args.store) as db:
        owner = dict(db.execute("SELECT pageno, name FROM dbstat"))
    counts = Counter(owner.get(page, "(free list)") for page in written)
    print(f"{len(written) / len(texts):.1f} pages written an article")
    for name, n in counts.most_common():
        print(f"{n / len(texts):8.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
