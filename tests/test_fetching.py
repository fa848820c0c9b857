"""Fetching reaches only the public internet, within a deadline and a byte budget.

No test here has the network, so "public" is made explicit: private addresses are refused by default (as in
a deployment); `NEWSDIGEST_FETCH_ALLOW=127.0.0.1:PORT`, read by the configuration, makes one loopback server
count as an allowed site,
so a redirect from it to another loopback port is checked for real. Numeric address forms are resolved by
the system's own resolver, as a fetch resolves them.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib
from dataclasses import replace

import pytest

from bot.config import load_settings
from digest.sources.fetching import (
    AddressPolicy,
    BlockedAddress,
    FetchError,
    FetchPolicy,
    abort_fetches,
    check_public_url,
    fetch,
    fetch_deadline,
    is_public,
    resume_fetches,
)
from tests.fakes.hostile_web import DripServer, deflate_bomb, gzip_bomb
from tests.fixtures.feeds.server import FIXTURES, FixtureServer

QUICK = FetchPolicy(timeout=2, retries=0, backoff=0)


@pytest.fixture(autouse=True)
def private_addresses_refused(monkeypatch):
    monkeypatch.delenv("NEWSDIGEST_FETCH_ALLOW_PRIVATE", raising=False)
    monkeypatch.delenv("NEWSDIGEST_FETCH_ALLOW", raising=False)


def allow(monkeypatch, *servers, policy: FetchPolicy = QUICK) -> FetchPolicy:
    """These loopback servers (and no other port) count as sites the bot may read: NEWSDIGEST_FETCH_ALLOW is
    set for the CLI, and `policy` is returned with the address policy the configuration reads from it."""
    monkeypatch.setenv("NEWSDIGEST_FETCH_ALLOW", " ".join(s.base.removeprefix("http://") for s in servers))
    return replace(policy, addresses=load_settings(path=None).policies.feeds.fetch.addresses)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- server-side request forgery ----------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8080/", "http://2130706433/", "http://0x7f.1/", "http://017700000001/",
    "http://127.1/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::127.0.0.1]/",
    "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/", "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.0.1/", "http://100.64.0.1/", "http://0.0.0.0/",
    "http://[::]/", "http://224.0.0.1/", "http://[ff02::1]/", "http://[fe80::1]/", "http://[fd00::1]/",
    "http://240.0.0.1/", "http://255.255.255.255/", "http://192.0.2.10/",
])
def test_private_and_special_addresses_are_refused_in_every_spelling(url):
    with pytest.raises(BlockedAddress, match="not on the public internet"):
        check_public_url(url)


@pytest.mark.parametrize("url", ["ftp://ftp.example.org/", "file:///etc/passwd", "gopher://127.0.0.1:25/"])
def test_only_http_and_https_are_read(url):
    with pytest.raises(BlockedAddress, match="only http and https"):
        check_public_url(url)


def test_public_addresses_pass_the_check():
    for url in ("http://8.8.8.8/", "https://1.1.1.1/", "http://[2606:4700:4700::1111]/", "http://134744072/"):
        check_public_url(url)   # numeric: no DNS needed; 134744072 is 8.8.8.8
    assert is_public(__import__("ipaddress").ip_address("223.130.195.200"))   # a Korean portal's address


def test_allow_private_and_the_allow_list():
    import ipaddress
    loop = ipaddress.ip_address("127.0.0.1")
    assert not AddressPolicy().permits(loop, 80)
    assert AddressPolicy(allow_private=True).permits(loop, 80)
    listed = load_settings({"NEWSDIGEST_FETCH_ALLOW": "127.0.0.1:8080 10.1.0.0/16 [fd00::5]:443"},
                           path=None).policies.feeds.fetch.addresses
    assert listed.permits(loop, 8080) and not listed.permits(loop, 8081)
    assert listed.permits(ipaddress.ip_address("10.1.2.3"), 1) and not listed.permits(ipaddress.ip_address("10.2.0.1"), 1)
    assert listed.permits(ipaddress.ip_address("fd00::5"), 443) and not listed.permits(ipaddress.ip_address("fd00::5"), 80)


def test_a_loopback_server_is_not_reached_and_the_refusal_says_nothing_of_what_listens():
    with FixtureServer() as open_port, DripServer(interval=5) as silent:
        open_port.serve("/secret", "internal")
        closed = f"http://127.0.0.1:{free_port()}/secret"
        messages = set()
        for url in (open_port.url("/secret"), closed, silent.url("/secret")):
            with pytest.raises(BlockedAddress) as refused:
                fetch(url, QUICK)
            messages.add(str(refused.value))
        assert open_port.hits == [] and silent.accepted == 0        # never connected to
        assert messages == {"127.0.0.1 is not on the public internet: the bot reads only public addresses"}


def test_a_redirect_from_an_allowed_site_to_loopback_is_refused_at_the_hop(monkeypatch):
    with FixtureServer() as site, FixtureServer() as internal:
        quick = allow(monkeypatch, site)
        internal.serve("/admin", "internal secrets")
        site.serve("/ok", "<rss/>")
        site.serve("/moved", status=301, headers={"Location": "/ok"})
        assert fetch(site.url("/moved"), quick).body == b"<rss/>"          # an allowed hop is followed
        assert fetch(site.url("/moved"), quick).url == site.url("/ok")

        for target in (internal.url("/admin"), internal.url("/admin").replace("127.0.0.1", "localhost"),
                       "http://2130706433:%d/admin" % internal.httpd.server_address[1], "http://169.254.169.254/"):
            site.serve("/go", status=302, headers={"Location": target})
            with pytest.raises(BlockedAddress, match="not on the public internet"):
                fetch(site.url("/go"), quick)
        site.serve("/ftp", status=302, headers={"Location": "ftp://127.0.0.1/"})
        with pytest.raises(BlockedAddress, match="only http and https"):
            fetch(site.url("/ftp"), quick)
        assert internal.hits == []


def test_redirect_loops_end(monkeypatch):
    with FixtureServer() as site:
        quick = allow(monkeypatch, site)
        site.serve("/a", status=302, headers={"Location": "/b"})
        site.serve("/b", status=302, headers={"Location": "/a"})
        with pytest.raises(FetchError, match="more than 5 redirects"):
            fetch(site.url("/a"), quick)


def test_the_connection_goes_to_the_checked_address_not_a_second_lookup(monkeypatch):
    """DNS rebinding: the name first resolves to the allowed site, then to another address. The fetch must
    connect to what it checked (a second lookup would reach 127.0.0.2, where nothing listens)."""
    real = socket.getaddrinfo
    answers = []

    def rebinding(host, port, *args, **kw):
        if host == "news.rebind.test":
            answers.append(host)
            host = "127.0.0.1" if len(answers) == 1 else "127.0.0.2"
        return real(host, port, *args, **kw)

    with FixtureServer() as site:
        quick = allow(monkeypatch, site)
        site.serve("/feed.xml", "<rss>checked</rss>")
        monkeypatch.setattr(socket, "getaddrinfo", rebinding)
        response = fetch(f"http://news.rebind.test:{site.httpd.server_address[1]}/feed.xml", quick)
    assert response.body == b"<rss>checked</rss>" and answers == ["news.rebind.test"]
    assert site.hits[-1].headers["host"].startswith("news.rebind.test")     # the name, not the address, is sent


def test_an_address_written_as_one_is_not_looked_up():
    """`127.0.0.1` and `::1` need no lookup: with none, no resolver thread started late on a busy machine can end
    a fetch with a short timeout as `cannot find the host 127.0.0.1 in time` (the tests' loopback servers). Other
    numeric forms are still the system resolver's to read."""
    from ipaddress import ip_address

    from digest.sources.fetching import _resolve

    assert _resolve("127.0.0.1", 80, 0) == [ip_address("127.0.0.1")]    # no time at all to look anything up
    assert _resolve("::1", 80, 0) == [ip_address("::1")]
    assert _resolve("2130706433", 80, 10) == [ip_address("127.0.0.1")]


def test_a_feed_of_a_private_address_is_refused_by_feeds_add(cli):
    with FixtureServer() as site:
        feed = site.fixture("/rss.xml", "rss.xml", "application/rss+xml")
        for args in (("feeds", "add", feed), ("feeds", "add", "--no-check", feed),
                     ("feeds", "add", "http://[::1]:9/feed"), ("feeds", "add", "http://2130706433/rss"),
                     ("feeds", "add", "HTTP://2130706433/rss")):     # a scheme in capitals is the same scheme
            refused = cli(*args)
            assert refused.code == 2 and "not on the public internet" in refused.err, refused.err
        assert site.hits == []
    assert "no feeds yet" in cli("feeds", "list").out


def test_feed_entries_linking_to_private_addresses_are_not_fetched(cli, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-12 09:00")
    with FixtureServer() as site, FixtureServer() as internal:
        allow(monkeypatch, site)
        internal.serve("/news/articleView.html?idxno=1002", "internal page")
        internal.serve("/news/articleView.html?idxno=1001", "internal page")
        body = (FIXTURES / "rss.xml").read_bytes().replace(b"{{BASE}}", internal.base.encode())   # links inward
        site.serve("/rss.xml", body, content_type="application/rss+xml")
        assert cli("feeds", "add", site.url("/rss.xml")).code == 0
        polled = cli("feeds", "poll", "--format", "json").json()["feeds"][0]
        errors = [item for item in polled["items"] if item["status"] == "error"]
        assert errors and all("not on the public internet" in item["reason"] for item in errors)
        assert internal.hits == []


# ---- decompression bombs ------------------------------------------------------------------------------

def test_a_gzip_bomb_stops_at_the_decoded_cap(monkeypatch):
    bomb = gzip_bomb(200_000_000)                      # 200 MB of zeros in about 200 KB
    assert len(bomb) < 1_000_000
    with FixtureServer() as site:
        policy = allow(monkeypatch, site, policy=FetchPolicy(timeout=5, retries=0, max_bytes=2_000_000))
        site.serve("/bomb.xml", bomb, content_type="application/rss+xml", headers={"Content-Encoding": "gzip"})
        site.serve("/deflate.xml", deflate_bomb(200_000_000), headers={"Content-Encoding": "deflate"})
        for path in ("/bomb.xml", "/deflate.xml"):
            with pytest.raises(FetchError, match="larger than 2 MB"):
                fetch(site.url(path), policy)


def test_compressed_bodies_are_decoded_within_the_cap(monkeypatch):
    page = "<html><body>" + "카카오 뉴스 " * 20_000 + "</body></html>"
    raw = page.encode()
    with FixtureServer() as site:
        quick = allow(monkeypatch, site)
        site.serve("/gz", gzip.compress(raw[:1000]) + gzip.compress(raw[1000:]), headers={"Content-Encoding": "gzip"})
        site.serve("/zlib", zlib.compress(raw), headers={"Content-Encoding": "deflate"})
        raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        site.serve("/raw", raw_deflate.compress(raw) + raw_deflate.flush(), headers={"Content-Encoding": "deflate"})
        for path in ("/gz", "/zlib", "/raw"):
            assert fetch(site.url(path), quick).body == raw, path
        with pytest.raises(FetchError, match="larger than 0.1 MB"):
            fetch(site.url("/gz"), replace(quick, max_bytes=100_000))
        site.serve("/br", b"xx", headers={"Content-Encoding": "br"})
        with pytest.raises(FetchError, match="encoding the bot does not read"):
            fetch(site.url("/br"), quick)


# ---- slow servers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("drip_head", [False, True])
def test_a_drip_feed_is_stopped_by_the_total_deadline(monkeypatch, drip_head):
    with DripServer(interval=0.3, drip_head=drip_head) as drip:
        policy = allow(monkeypatch, drip, policy=FetchPolicy(timeout=5, retries=2, backoff=0, deadline=1.5))
        started = time.monotonic()
        with pytest.raises(FetchError, match="no complete answer within 1.5 s"):
            fetch(drip.url(), policy)   # no read waits 5 s
        assert time.monotonic() - started < 10              # generous: the deadline is 1.5 s, a drip is forever
        assert drip.accepted == 1                            # the deadline covers the retries too


def test_fetch_deadline_narrows_every_fetch_inside_it(monkeypatch):
    with DripServer(interval=0.3) as drip:
        policy = allow(monkeypatch, drip, policy=FetchPolicy(timeout=5, retries=0, deadline=60))
        with fetch_deadline(1.0), pytest.raises(FetchError, match="no complete answer within 1 s"):
            fetch(drip.url(), policy)


def test_abort_ends_a_fetch_in_flight_and_refuses_new_ones(monkeypatch):
    with DripServer(interval=0.3) as drip:
        policy = allow(monkeypatch, drip, policy=FetchPolicy(timeout=5, retries=0, deadline=600))
        outcome = []

        def fetch_forever():
            try:
                fetch(drip.url(), policy)
            except FetchError as exc:
                outcome.append(str(exc))

        worker = threading.Thread(target=fetch_forever)
        worker.start()
        assert drip.requested.wait(10)
        abort_fetches()
        try:
            worker.join(10)
            assert outcome == ["the bot is stopping"]
            with pytest.raises(FetchError, match="stopping"):
                fetch(drip.url(), policy)
        finally:
            resume_fetches()


# ---- https: the connection goes to the checked address, the certificate is checked against the name ------

@pytest.fixture
def tls_site(monkeypatch, tmp_path):
    """An HTTPS server on 127.0.0.1 whose certificate a throwaway authority issued for `localhost`; the
    authority is made the trusted one (SSL_CERT_FILE, read by OpenSSL's default verify paths)."""
    import http.server
    import ssl

    import trustme

    authority = trustme.CA()
    authority.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):   # noqa: N802
            body = b"<rss>over tls</rss>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    def serve(name: str):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert(name).configure_cert(context)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.server_address[1]

    servers = []
    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def test_https_connects_to_the_checked_address_and_verifies_the_name(monkeypatch, tls_site):
    good, wrong = tls_site("localhost"), tls_site("other.example")
    # localhost may also resolve to ::1, where nothing listens: the next checked address is tried
    listed = " ".join(f"127.0.0.1:{p} [::1]:{p}" for p in (good, wrong))
    quick = replace(QUICK, addresses=load_settings({"NEWSDIGEST_FETCH_ALLOW": listed}, path=None).policies.feeds.fetch.addresses)
    assert fetch(f"https://localhost:{good}/feed.xml", quick).body == b"<rss>over tls</rss>"
    with pytest.raises(FetchError, match="the certificate of localhost could not be verified"):
        fetch(f"https://localhost:{wrong}/feed.xml", quick)
