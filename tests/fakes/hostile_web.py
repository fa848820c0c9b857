"""Web servers on 127.0.0.1 that misbehave the way hostile or broken sites do, for the fetching tests.

- `DripServer`: answers a byte at a time, one every `interval` seconds, forever (in the status line itself
  with `drip_head`), so no single read ever times out; it counts the connections it holds open.
- `gzip_bomb(size)`: a gzip body of `size` zero bytes, streamed through zlib so the test never holds it.
"""

from __future__ import annotations

import socket
import threading
import zlib


class DripServer:
    def __init__(self, interval: float = 0.5, drip_head: bool = False):
        self.interval, self.drip_head = interval, drip_head
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.open_connections = 0
        self.accepted = 0
        self.requested = threading.Event()   # set once a request arrived
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with self.lock:
            self.open_connections += 1
            self.accepted += 1
        try:
            conn.recv(65536)
            self.requested.set()
            if not self.drip_head:
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n<?xml version='1.0'?>")
            payload = b"HTTP/1.1 200 OK\r\n" if self.drip_head else b"<rss>" + b" " * 10_000_000
            for byte in payload:
                if self.stop.wait(self.interval):
                    break
                conn.sendall(bytes([byte]))
        except OSError:   # the client hung up: what a deadline does
            pass
        finally:
            conn.close()
            with self.lock:
                self.open_connections -= 1

    def url(self, path: str = "/feed.xml") -> str:
        return self.base + path

    def __enter__(self) -> DripServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.sock.close()


def gzip_bomb(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * 1_000_000
    parts = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + packer.flush()


def deflate_bomb(size: int) -> bytes:
    packer = zlib.compressobj(9)
    block = b"\0" * 1_000_000
    parts = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + packer.flush()
