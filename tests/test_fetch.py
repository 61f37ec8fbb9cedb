"""Fetch behaviour against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import socket
import ssl
import subprocess
import zlib
from pathlib import Path

import httpx
import pytest

from tests.conftest import DATA
from tests.loopback import Server, drip, redirect, status
from watcher.exceptions import FetchError
from watcher.fetch import Fetcher, FetchPolicy, Network, parse_retry_after
from watcher.models import Fetched, Source

FEED = (DATA / "rss2.xml").read_bytes()
FAST = FetchPolicy(timeout=2, deadline=3, retries=2, backoff=0.01, max_retry_after=2)


def src(url: str, headers: tuple[tuple[str, str], ...] = ()) -> Source:
    return Source("t", "T", url, "feed", "P", "news", "EU", "en", headers=headers)


def fetch(url: str, policy: FetchPolicy = FAST, **kw: str | None) -> Fetched:
    async def go() -> Fetched:
        async with Fetcher(policy, user_agent="watcher-test (+https://test.invalid)") as f:
            return await f.fetch(src(url), **kw)

    return asyncio.run(go())


def test_ok_sends_honest_user_agent_and_returns_bytes(server: Server) -> None:
    server.static("/feed", FEED)
    got = fetch(server.url("/feed"))
    assert got.status == 200 and got.body == FEED
    assert server.hits("/feed")[0].headers["user-agent"].startswith("watcher-test (+https://")


def test_source_headers_override_the_user_agent(server: Server) -> None:
    server.static("/feed", FEED)

    async def go() -> None:
        async with Fetcher(FAST) as f:
            await f.fetch(src(server.url("/feed"), (("User-Agent", "Mozilla/5.0 browser"),)))

    asyncio.run(go())
    assert server.hits("/feed")[0].headers["user-agent"] == "Mozilla/5.0 browser"


def test_conditional_get_304(server: Server) -> None:
    server.static("/feed", FEED, etag='"v1"', last_modified="Wed, 22 Apr 2026 10:00:00 GMT")
    first = fetch(server.url("/feed"))
    assert first.headers["etag"] == '"v1"'
    second = fetch(server.url("/feed"), etag='"v1"', last_modified=first.headers["last-modified"])
    assert second.not_modified and second.status == 304 and second.body == b""
    sent = server.hits("/feed")[1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Wed, 22 Apr 2026 10:00:00 GMT"


def test_permanent_redirect_is_reported_temporary_is_not(server: Server) -> None:
    server.static("/new", FEED)
    server.routes["/old"] = redirect(301, "/new")
    server.routes["/tmp"] = redirect(302, "/new")
    moved = fetch(server.url("/old"))
    assert moved.body == FEED and moved.permanent_redirect == server.url("/new")
    assert fetch(server.url("/tmp")).permanent_redirect is None


def test_redirect_loop_is_bounded(server: Server) -> None:
    server.routes["/a"] = redirect(302, "/b")
    server.routes["/b"] = redirect(302, "/a")
    with pytest.raises(FetchError, match="redirects"):
        fetch(server.url("/a"))


@pytest.mark.parametrize(
    ("code", "words"), [(404, "not found"), (410, "gone"), (403, "User-Agent")]
)
def test_client_errors_are_clear_and_not_retried(server: Server, code: int, words: str) -> None:
    server.routes["/x"] = status(code)
    with pytest.raises(FetchError, match=words) as info:
        fetch(server.url("/x"))
    assert info.value.status == code and not info.value.transient
    assert len(server.hits("/x")) == 1


def test_500_then_success_is_retried(server: Server) -> None:
    server.static("/ok", FEED)
    server.sequence("/flaky", status(500), lambda h: h.reply(200, FEED))
    got = fetch(server.url("/flaky"))
    assert got.body == FEED and got.attempts == 2


def test_persistent_500_gives_up_after_retries(server: Server) -> None:
    server.routes["/down"] = status(503)
    with pytest.raises(FetchError, match="503") as info:
        fetch(server.url("/down"))
    assert info.value.transient and len(server.hits("/down")) == 3


def test_429_honours_retry_after(server: Server) -> None:
    server.sequence(
        "/busy", status(429, headers={"Retry-After": "1"}), lambda h: h.reply(200, FEED)
    )
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    async def go() -> Fetched:
        async with Fetcher(FAST, sleep=fake_sleep) as f:
            return await f.fetch(src(server.url("/busy")))

    assert asyncio.run(go()).body == FEED
    assert slept == [1.0]


def test_long_retry_after_ends_the_poll_and_is_reported(server: Server) -> None:
    server.routes["/busy"] = status(503, headers={"Retry-After": "3600"})
    with pytest.raises(FetchError) as info:
        fetch(server.url("/busy"))
    assert info.value.retry_after == 3600 and len(server.hits("/busy")) == 1


def test_retry_after_http_date() -> None:
    assert parse_retry_after("Wed, 22 Apr 2026 10:00:30 GMT", now=1776852000.0) == 30.0
    assert parse_retry_after("soon") is None


def test_slow_server_hits_the_deadline(server: Server) -> None:
    server.routes["/slow"] = drip(FEED, every=0.2)
    policy = FetchPolicy(timeout=5, deadline=0.5, retries=0)
    with pytest.raises(FetchError, match="no complete response within 0.5s"):
        fetch(server.url("/slow"), policy)


def test_gzip_is_decoded(server: Server) -> None:
    packed = gzip.compress(FEED)
    server.routes["/gz"] = lambda h: h.reply(200, packed, headers={"Content-Encoding": "gzip"})
    assert fetch(server.url("/gz")).body == FEED


def test_gzip_bomb_stops_at_the_cap(server: Server) -> None:
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)  # 50 MB → ~50 KB
    assert len(bomb) < 200_000
    server.routes["/bomb"] = lambda h: h.reply(200, bomb, headers={"Content-Encoding": "gzip"})
    policy = FetchPolicy(max_bytes=1024 * 1024, retries=0)
    with pytest.raises(FetchError, match="cap after decompression"):
        fetch(server.url("/bomb"), policy)


def test_raw_deflate_without_header_is_decoded(server: Server) -> None:
    c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = c.compress(FEED) + c.flush()
    server.routes["/d"] = lambda h: h.reply(200, raw, headers={"Content-Encoding": "deflate"})
    assert fetch(server.url("/d")).body == FEED


def test_oversized_body_is_refused(server: Server) -> None:
    server.routes["/big"] = lambda h: h.reply(200, b"x" * 300_000)
    with pytest.raises(FetchError, match="exceeds the 100,000-byte cap"):
        fetch(server.url("/big"), FetchPolicy(max_bytes=100_000, retries=0))


def test_connection_refused_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match="connection failed: refused: nothing answers") as info:
        fetch("http://127.0.0.1:9/feed", FetchPolicy(retries=0))
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_a_host_that_does_not_resolve_is_said_in_words() -> None:
    """What a poll on a machine without network says for every source."""

    def offline(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known") from socket.gaierror(
            -2, "Name or service not known"
        )

    async def go() -> Fetched:
        async with Fetcher(FAST, transport=httpx.MockTransport(offline)) as f:
            return await f.fetch(src("https://feeds.example/rss"))

    with pytest.raises(FetchError) as info:
        asyncio.run(go())
    assert str(info.value) == (
        "t: connection failed: the host name does not resolve: no network, or a wrong address? "
        "([Errno -2] Name or service not known)"
    )


def test_mock_transport_is_the_seam() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=FEED))

    async def go() -> Fetched:
        async with Fetcher(FAST, transport=transport) as f:
            return await f.fetch(src("https://feeds.example/rss"))

    assert asyncio.run(go()).body == FEED


def test_tls_is_set_up_only_for_https_and_verifies_certificates(
    server: Server, tmp_path: Path
) -> None:
    """Loading the CA bundle costs 20-30 ms, a tenth of a re-poll of 200 unchanged feeds: a
    poll of http sources never pays it, and an https source still has its certificate checked
    (a real TLS server on 127.0.0.1 with a self-signed certificate is refused, also when an http
    source redirects to it)."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
         "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    tls = Server()
    tls.socket = context.wrap_socket(tls.socket, server_side=True)
    tls.start()
    server.static("/feed", FEED)
    tls.static("/feed", FEED)
    secure = tls.url("/feed").replace("http://", "https://")
    server.routes["/moved"] = redirect(301, secure)

    async def go() -> None:
        async with Fetcher(FAST) as f:
            network = f._client._transport
            assert isinstance(network, Network)
            assert (await f.fetch(src(server.url("/feed")))).body == FEED
            assert network._tls is None  # no TLS for http
            with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
                await f.fetch(src(secure))
            assert network._tls is not None
        async with Fetcher(FAST) as f:  # an http source redirected to https goes over TLS too
            with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
                await f.fetch(src(server.url("/moved")))

    try:
        asyncio.run(go())
    finally:
        tls.stop()
    assert not tls.hits("/feed")  # the handshake failed: no request was sent
