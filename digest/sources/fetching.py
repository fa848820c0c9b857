"""Outbound HTTP that reaches only the public internet, within a deadline and a byte budget.

Every address a feed or a page names is someone else's choice, so a fetch must not become a way into the
bot's own network (server-side request forgery), nor a way to stall or swamp it:

- http and https only, on every hop; redirects are followed here, one hop at a time, each re-checked.
- The host is resolved once per hop, every resolved address is checked (loopback, private, link-local,
  shared, multicast, reserved, unspecified; IPv6 forms that embed an IPv4 address are judged by that
  address), and the socket connects to the checked address itself, so a DNS answer that changes between
  the check and the connection (rebinding) cannot redirect it. TLS still verifies the host name.
- One total deadline per fetch (retries and redirects included) on top of the per-read timeout: a
  watchdog shuts the socket when it passes, so a server dripping a byte at a time cannot hold a worker.
  `fetch_deadline(seconds)` narrows it further for everything fetched inside (a feed and its pages).
- The byte cap applies to the decoded body: gzip and deflate are decoded as they stream and the fetch
  stops at the cap, so a small compressed bomb costs at most the cap.
- Error sentences say what failed for the operator without telling which private ports listen: a refused
  address is refused before any connection is tried.
- `abort_fetches()` (a graceful shutdown) ends every fetch in flight at once and refuses new ones.

The policies are values handed in by the caller (the front end reads them from its configuration): an
`AddressPolicy` may let a deployment (and the tests) read feeds on private addresses, all of them or only
the addresses and networks listed.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from typing import NoReturn
from urllib.parse import urljoin, urlsplit

from digest.errors import SourceError

USER_AGENT = "newsdigest/0.1 (Korean news digest bot for Slack and Discord; polite feed reader)"
REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class FetchError(SourceError):
    """A request that gave no usable answer; the message is the reason a user sees."""


class BlockedAddress(FetchError):
    """The address is not on the public internet (or not http/https): refused before any connection."""


# ---- which addresses may be reached -------------------------------------------------------------------

# IPv6 prefixes whose low 32 bits are an IPv4 address (IPv4-compatible and NAT64).
_EMBEDS_V4 = tuple(ipaddress.ip_network(n) for n in ("::/96", "64:ff9b::/96", "64:ff9b:1::/48"))


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if any(ip in net for net in _EMBEDS_V4):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(ip: IPAddress) -> bool:
    """True for an address on the public internet: not loopback, private, link-local, shared (CGN),
    multicast, reserved or unspecified, and, for IPv6 forms that carry an IPv4 address, neither is that."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_v4(ip)
        if inner is not None:
            return is_public(inner)
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified or ip.is_loopback
                                 or ip.is_link_local or ip.is_private)


@dataclass(frozen=True)
class AddressPolicy:
    """What a fetch may connect to: public addresses, plus private ones when `allow_private`, plus the
    networks in `allowed` (each with a port, or None for any port)."""

    allow_private: bool = False
    allowed: tuple[tuple[IPNetwork, int | None], ...] = ()

    def permits(self, ip: IPAddress, port: int) -> bool:
        if self.allow_private or is_public(ip):
            return True
        return any(ip in net and (p is None or p == port) for net, p in self.allowed)


def parse_allowed(item: str) -> tuple[IPNetwork, int | None]:
    """`10.0.0.5`, `10.0.0.5:8080`, `10.0.0.0/24`, `[fd00::5]:8080` -> (network, port or None)."""
    host, port = item, None
    if item.startswith("["):
        host, _, rest = item[1:].partition("]")
        port = int(rest[1:]) if rest.startswith(":") else None
    elif item.count(":") == 1:
        host, _, p = item.partition(":")
        port = int(p)
    return ipaddress.ip_network(host, strict=False), port


def _resolve(host: str, port: int, timeout: float) -> list[IPAddress]:
    """getaddrinfo has no timeout of its own: it runs on a daemon thread and is waited for at most `timeout`.
    An address written as one (`127.0.0.1`, `::1`) is what getaddrinfo would answer: it is not looked up, so a
    thread started late on a busy machine cannot make a short timeout fail a host that needs no lookup."""
    try:
        return [ipaddress.ip_address(host.split("%")[0])]
    except ValueError:   # a name (or a form only getaddrinfo reads, such as `127.1`): looked up
        pass
    found: list = []
    failed: list = []

    def run() -> None:
        try:
            found.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            failed.append(exc)

    worker = threading.Thread(target=run, name="newsdigest-dns", daemon=True)
    worker.start()
    worker.join(max(0.0, timeout))
    if worker.is_alive():
        raise FetchError(f"cannot find the host {host} in time")
    if failed or not found:
        raise FetchError(f"cannot find the host {host}")
    addresses = []
    for *_, sockaddr in found:
        ip = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if ip not in addresses:
            addresses.append(ip)
    return addresses


def checked_addresses(url: str, policy: AddressPolicy, timeout: float = 10.0) -> tuple[str, int, list[IPAddress]]:
    """(host, port, addresses) for a URL whose every resolved address the policy permits; BlockedAddress
    otherwise. All of them, not the first: a host answering one public and one private address is refused."""
    try:
        parts = urlsplit(url)
    except ValueError:   # an unclosed bracket: `http://[::1`
        raise FetchError(f"'{url}' is not a valid web address") from None
    if parts.scheme not in ("http", "https"):
        raise BlockedAddress(f"only http and https addresses can be read, not '{parts.scheme or url}'")
    try:
        host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"'{url}' is not a valid web address") from None
    if not host:
        raise FetchError(f"'{url}' has no host name")
    addresses = _resolve(host, port, timeout)
    if not all(policy.permits(ip, port) for ip in addresses):
        raise BlockedAddress(f"{host} is not on the public internet: the bot reads only public addresses")
    return host, port, addresses


def check_public_url(url: str, policy: AddressPolicy | None = None) -> None:
    """Raise BlockedAddress (or FetchError) unless `url` is an http(s) address the policy lets the bot read."""
    checked_addresses(url, policy or AddressPolicy())


# ---- deadlines and the watchdog -----------------------------------------------------------------------

class _Watchdog:
    """Shuts the sockets whose deadline passed (a blocked recv then returns at once), and all of them on
    `abort`. One daemon thread per process, started with the first fetch."""

    def __init__(self) -> None:
        self.cond = threading.Condition(threading.RLock())   # re-entrant: `abort` may run in a signal handler
        self.sockets: dict[int, tuple[float, socket.socket]] = {}
        self.aborted = False
        self.thread: threading.Thread | None = None

    def watch(self, sock: socket.socket, deadline: float) -> int:
        with self.cond:
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="newsdigest-fetch-watchdog", daemon=True)
                self.thread.start()
            key = id(sock)
            self.sockets[key] = (deadline, sock)
            if self.aborted:   # aborted while this socket was connecting: it ends like the others did
                _shut(sock)
            self.cond.notify()
            return key

    def forget(self, key: int) -> None:
        with self.cond:
            self.sockets.pop(key, None)

    def abort(self) -> None:
        with self.cond:
            self.aborted = True
            for _, sock in self.sockets.values():
                _shut(sock)
            self.cond.notify_all()

    def resume(self) -> None:
        with self.cond:
            self.aborted = False

    def _run(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for key, (deadline, sock) in list(self.sockets.items()):
                    if deadline <= now:
                        _shut(sock)
                        del self.sockets[key]
                soonest = min((d for d, _ in self.sockets.values()), default=now + 60)
                self.cond.wait(max(0.01, soonest - now))


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


_watchdog = _Watchdog()
_scope = threading.local()


def abort_fetches() -> None:
    """End every fetch in flight and refuse new ones (the process is stopping)."""
    _watchdog.abort()


def resume_fetches() -> None:
    """Undo `abort_fetches` (for a process, such as a test run, that carries on)."""
    _watchdog.resume()


@contextmanager
def fetch_deadline(seconds: float) -> Iterator[None]:
    """Every fetch in this block (on this thread) ends by `seconds` from now, whatever its own deadline."""
    previous = getattr(_scope, "deadline", None)     # (monotonic deadline, the seconds it was set as)
    mine = (time.monotonic() + seconds, seconds)
    _scope.deadline = mine if previous is None or mine[0] < previous[0] else previous
    try:
        yield
    finally:
        _scope.deadline = previous


# ---- the request --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FetchPolicy:
    """How politely, how persistently and how far to fetch: seconds a read may wait (`timeout`), seconds a
    whole fetch may take, retries included (`deadline`), retries and the first retry's delay, doubled each
    time (`backoff`), the largest decoded body, the User-Agent and the addresses that may be reached."""

    timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0
    user_agent: str = USER_AGENT
    max_bytes: int = 5_000_000
    deadline: float = 30.0
    max_redirects: int = 5
    addresses: AddressPolicy = field(default_factory=AddressPolicy)   # public addresses only


@dataclass
class Response:
    url: str                                   # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)   # lower-case names
    body: bytes = b""
    seconds: float = 0.0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        msg = Message()
        msg["content-type"] = self.headers.get("content-type", "")
        charset = msg.get_param("charset")
        return charset if isinstance(charset, str) else None   # get_param answers a tuple for RFC 2231 values


class _Transient(Exception):
    """A failure worth another try (timeout, refused connection, 5xx, 429); its message is the reason."""


class _Expired(Exception):
    """The fetch's total deadline passed."""


class _Budget:
    """The decoded body, grown chunk by chunk and stopped at the cap."""

    def __init__(self, encoding: str, limit: int):
        self.limit, self.size = limit, 0
        self.parts: list[bytes] = []
        if encoding in ("", "identity"):
            self.decoder = None
        elif encoding in ("gzip", "x-gzip"):
            self.decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":   # zlib-wrapped as the RFC says, or raw as some servers send it
            self.decoder = None
        else:
            raise FetchError(f"the server sent an encoding the bot does not read ({encoding})")
        self.encoding = encoding

    def add(self, chunk: bytes) -> None:
        if self.encoding == "deflate" and self.decoder is None:
            self.decoder = zlib.decompressobj(zlib.MAX_WBITS if chunk[:1] and chunk[0] & 0x0F == 8 else -zlib.MAX_WBITS)
        if self.decoder is None:
            return self._keep(chunk)
        data = chunk
        while data:
            out = self.decoder.decompress(data, self.limit - self.size + 1)
            self._keep(out)
            data = self.decoder.unconsumed_tail
            if self.decoder.eof and self.decoder.unused_data and self.encoding != "deflate":
                data = self.decoder.unused_data          # another gzip member follows
                self.decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise FetchError(f"the response is larger than {self.limit / 1e6:g} MB", "too_large", mb=f"{self.limit / 1e6:g}")
        self.parts.append(data)

    def body(self) -> bytes:
        if self.decoder is not None:
            self._keep(self.decoder.flush())
        return b"".join(self.parts)


def _connection(scheme: str, host: str, port: int, ip: IPAddress, timeout: float) -> http.client.HTTPConnection:
    """A connection to `host` that opens its socket to the already checked `ip` (TLS still checks `host`)."""
    conn: http.client.HTTPConnection
    if scheme == "https":
        conn = http.client.HTTPSConnection(host, port, timeout=timeout, context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
    conn._create_connection = lambda _addr, t, source=None: socket.create_connection(  # type: ignore[attr-defined]
        (str(ip), port), t, source)
    return conn


def _one_request(url: str, headers: dict, policy: FetchPolicy, addresses_ok: AddressPolicy,
                 deadline: float) -> Response | str:
    """One hop: a Response, or the next URL when the answer is a redirect."""
    started = time.monotonic()
    remaining = deadline - started
    if remaining <= 0:
        raise _Expired
    host, port, addresses = checked_addresses(url, addresses_ok, min(policy.timeout, remaining))
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    last: Exception | None = None
    for ip in addresses:   # every one was checked; try them in the resolver's order
        if _watchdog.aborted:
            raise FetchError("the bot is stopping")
        conn = _connection(parts.scheme, host, port, ip, min(policy.timeout, max(0.01, deadline - time.monotonic())))
        key = None
        try:
            conn.connect()
            sock = conn.sock   # the response keeps reading from it after the connection object lets go
            key = _watchdog.watch(sock, deadline)
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            status = resp.status
            head = {k.lower(): v for k, v in resp.getheaders()}
            if status in REDIRECTS and head.get("location"):
                return urljoin(url, head["location"].strip())
            if status == 304:
                return Response(url, 304, head)
            if status >= 400:
                reason = f"HTTP {status} {resp.reason}".strip()
                if status >= 500 or status == 429:
                    raise _Transient(reason)
                raise FetchError(reason, "http_status", status=status)
            budget = _Budget((head.get("content-encoding") or "").strip().lower(), policy.max_bytes)
            received = 0
            while True:
                sock.settimeout(max(0.01, min(policy.timeout, deadline - time.monotonic())))
                chunk = resp.read1(CHUNK)
                if not chunk:
                    break
                received += len(chunk)
                if received > policy.max_bytes:
                    raise FetchError(f"the response is larger than {policy.max_bytes / 1e6:g} MB", "too_large",
                                     mb=f"{policy.max_bytes / 1e6:g}")
                budget.add(chunk)
            if _watchdog.aborted:
                raise FetchError("the bot is stopping")
            if time.monotonic() >= deadline:   # the watchdog cut the body short
                raise _Expired
            if resp.length:   # the connection ended before the promised length
                raise http.client.IncompleteRead(b"")
            return Response(url, status, head, budget.body())
        except (FetchError, _Transient):
            raise
        except zlib.error:
            raise FetchError("the server sent a body that does not decompress") from None
        except ssl.SSLCertVerificationError:
            raise FetchError(f"the certificate of {host} could not be verified") from None
        except (OSError, http.client.HTTPException) as exc:
            if _watchdog.aborted:
                raise FetchError("the bot is stopping") from None
            if time.monotonic() >= deadline:
                raise _Expired from None
            last = exc
            if key is not None:   # connected, then the answer broke or stalled: not worth another address
                break
        finally:
            if key is not None:
                _watchdog.forget(key)
                sock.close()
            conn.close()
    if isinstance(last, (TimeoutError, socket.timeout)) and key is not None:
        raise _Transient(f"timed out after {policy.timeout:g} s")
    if key is not None:
        raise _Transient(f"the connection to {host} broke off")
    # Refused, unreachable or silent before connecting: one sentence for all, saying nothing of the port.
    raise _Transient(f"cannot connect to {host}")


def fetch(url: str, policy: FetchPolicy | None = None, etag: str | None = None,
          last_modified: str | None = None, accept: str = "*/*") -> Response:
    """GET `url` from the public internet. Returns the response (a 304 included); raises FetchError with
    the reason otherwise (BlockedAddress for an address the policy refuses)."""
    policy = policy or FetchPolicy()
    started = time.monotonic()
    deadline, limit = started + policy.deadline, policy.deadline
    outer = getattr(_scope, "deadline", None)
    if outer is not None and outer[0] < deadline:
        deadline, limit = outer
    within = f"no complete answer within {limit:g} s"
    headers = {"User-Agent": policy.user_agent, "Accept": accept, "Accept-Encoding": "gzip, deflate",
               "Accept-Language": "ko,en;q=0.5", "Connection": "close"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    addresses_ok = policy.addresses
    tries = max(1, policy.retries + 1)
    reason, tried = "no attempt made", 0
    try:
        for attempt in range(tries):
            if attempt:
                pause = policy.backoff * 2 ** (attempt - 1)
                if time.monotonic() + pause >= deadline:
                    return _gave_up(reason, tried, f"; {within}")
                time.sleep(pause)
            tried += 1
            hop = url
            try:
                for _ in range(policy.max_redirects + 1):
                    answer = _one_request(hop, headers, policy, addresses_ok, deadline)
                    if isinstance(answer, Response):
                        answer.seconds = time.monotonic() - started
                        return answer
                    hop = answer
                raise FetchError(f"more than {policy.max_redirects} redirects", "redirects", count=policy.max_redirects)
            except _Transient as exc:
                reason = str(exc)
    except _Expired:
        raise FetchError(within) from None
    return _gave_up(reason, tried)


def _gave_up(reason: str, tried: int, note: str = "") -> NoReturn:
    raise FetchError((f"{reason} ({tried} tries)" if tried > 1 else reason) + note)
