"""A store's files out of the operating system's page cache, and how much of them is in it, without root.

`evict(paths)` asks the kernel to drop each file's cached pages (`posix_fadvise(POSIX_FADV_DONTNEED)`, after an
`fsync`: dirty pages are not dropped), so the next read of them comes off the disk, as after a reboot or once
other work pushed them out. `resident(path)` is the fraction of a file's pages in the cache (`mincore` on a mapping
of it, through ctypes: the standard library has no `mincore`); mapping the file reads nothing. `resident_set` names
those pages, so the pages a process read from an evicted file are the file's pages in the cache after it.

Beneath the page cache there may be another: on a virtual machine the host caches the virtual disk's blocks, which
no eviction from inside reaches. `read_below(pages)` reads pages with `O_DIRECT` (past this machine's page cache,
leaving nothing in it) and times them: on this machine a page read a minute before came back in about 0.1 ms, one not
read for minutes in about 0.3 ms, so a "cold" answer that re-reads what an earlier one read is served faster than
the disk serves it.

    .venv/bin/python -m bench.page_cache [--evict] FILE_OR_DIR...
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import mmap
import os
import random
import statistics
import sys
import time
from pathlib import Path

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
_libc.mmap.restype = ctypes.c_void_p
_libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
_libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
_libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_ubyte)]
_MAP_FAILED = ctypes.c_void_p(-1).value


def files(paths: list[Path]) -> list[Path]:
    """The regular files named, and those under the directories named."""
    out = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink()))
        elif path.is_file():
            out.append(path)
    return out


def evict(paths: list[Path]) -> int:
    """Drop the files' pages from the page cache; returns the bytes of the files asked about."""
    size = 0
    for path in files(paths):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:        # a file gone or unreadable (a server's socket, a lock file)
            continue
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            size += os.fstat(fd).st_size
        finally:
            os.close(fd)
    return size


def _cached(path: Path) -> bytes:
    """A byte a page of the file, its lowest bit set when the page is in the page cache (`mincore`)."""
    size = path.stat().st_size
    pages = (size + mmap.PAGESIZE - 1) // mmap.PAGESIZE
    if not pages:
        return b""
    fd = os.open(path, os.O_RDONLY)
    try:
        addr = _libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
        if addr in (None, _MAP_FAILED):
            raise OSError(ctypes.get_errno(), "mmap failed", str(path))
        try:
            vec = (ctypes.c_ubyte * pages)()
            if _libc.mincore(addr, size, vec) != 0:
                raise OSError(ctypes.get_errno(), "mincore failed", str(path))
            return bytes(vec)
        finally:
            _libc.munmap(addr, size)
    finally:
        os.close(fd)


def resident_pages(path: Path) -> tuple[int, int]:
    """(pages of the file in the page cache, pages of the file)."""
    vec = _cached(path)
    return sum(b & 1 for b in vec), len(vec)


def resident_set(paths: list[Path]) -> set[tuple[Path, int]]:
    """The pages (file, page number) of the files that are in the page cache."""
    held = set()
    for path in files(paths):
        try:
            vec = _cached(path)
        except OSError:
            continue
        held.update((path, i) for i, b in enumerate(vec) if b & 1)
    return held


def read_below(pages: list[tuple[Path, int]]) -> float:
    """The median ms of reading each page (file, page number) with O_DIRECT: from beneath this machine's page cache,
    which it leaves as it was. Pages of files gone are skipped; 0.0 when none is left."""
    buffer = mmap.mmap(-1, mmap.PAGESIZE)         # page-aligned, as O_DIRECT wants
    times = []
    for path, page in pages:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECT)
        except OSError:
            continue
        try:
            started = time.perf_counter()
            os.preadv(fd, [buffer], page * mmap.PAGESIZE)
            times.append((time.perf_counter() - started) * 1000)
        finally:
            os.close(fd)
    return statistics.median(times) if times else 0.0


def some_pages(paths: list[Path], count: int, seed: int = 0) -> list[tuple[Path, int]]:
    """`count` pages drawn at random from the files, each page as likely as any other."""
    sizes = [(path, path.stat().st_size // mmap.PAGESIZE) for path in files(paths)]
    sizes = [(path, n) for path, n in sizes if n]
    if not sizes:
        return []
    rng = random.Random(seed)
    return [(path, rng.randrange(n)) for path, n in rng.choices(sizes, weights=[n for _, n in sizes], k=count)]


def resident(paths: list[Path]) -> float:
    """The fraction of the files' pages in the page cache."""
    held = total = 0
    for path in files(paths):
        try:
            h, t = resident_pages(path)
        except OSError:
            continue
        held, total = held + h, total + t
    return held / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--evict", action="store_true", help="drop the files' pages first")
    args = parser.parse_args(argv)
    if args.evict:
        print(f"evicted {evict(args.paths) / 2**20:,.0f} MB")
    print(f"in the page cache: {resident(args.paths):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
