"""HTTP retrieval: a source's URL → `Fetched` (bytes and headers), never parsed here.

The network seam is one injectable httpx transport: tests pass a loopback server or
`httpx.MockTransport`, `--replay` passes `watcher.replay.ReplayTransport`.

What this module guarantees, whatever the server does:
- conditional GET (If-None-Match / If-Modified-Since) and 304 handling;
- bounded redirects, with a permanent (301/308) redirect reported back;
- the body is decompressed here, not by httpx, so the size cap applies to the decompressed
  bytes and a gzip bomb stops at the cap;
- a whole-request deadline on top of httpx's per-operation timeouts, so a server that drips
  bytes cannot hold a poll forever;
- 429/503 honour Retry-After; transient failures retry with exponential backoff and jitter.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import random
import socket
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC

import httpx

from watcher import __version__
from watcher.config.settings import DEFAULT_SOURCE_DEADLINE
from watcher.exceptions import FetchError
from watcher.models import Fetched, Source


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 20.0  # seconds per connect/read/write operation
    deadline: float = 60.0  # seconds for a whole request, body included
    source_deadline: float = DEFAULT_SOURCE_DEADLINE  # seconds for all of a source's attempts
    max_bytes: int = 10 * 1024 * 1024  # decompressed body cap: the largest real feeds are ~1 MB
    max_redirects: int = 5
    retries: int = 2  # extra attempts for transient failures within one poll
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_retry_after: float = 30.0  # a longer Retry-After ends this poll; the schedule honours it
    concurrency: int = 16  # requests in flight overall
    per_host: int = 2  # requests in flight per host: be polite to one authority's server


def default_user_agent(contact: str | None = None) -> str:
    who = contact or "set WATCHER_CONTACT to a URL or address"
    return f"watcher/{__version__} (workplace AI monitoring digest; +{who})"


TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}
PERMANENT_REDIRECTS = {301, 308}


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait, from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else time.time()
    return max(0.0, when.timestamp() - current)


class _Decoder:
    """Content-Encoding decoder with a hard cap on the decompressed size."""

    def __init__(self, encoding: str, cap: int, source_id: str) -> None:
        self.cap = cap
        self.source_id = source_id
        self.out = bytearray()
        self.encoding = encoding
        if encoding in ("", "identity"):
            self._z: zlib._Decompress | None = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            self._z = zlib.decompressobj(47)  # 32 + 15: zlib or gzip header, detected
            self._raw_fallback = encoding == "deflate"
        else:
            raise FetchError(source_id, f"unsupported Content-Encoding {encoding!r}")

    def _too_large(self) -> FetchError:
        return FetchError(
            self.source_id,
            f"response body exceeds the {self.cap:,}-byte cap after decompression",
        )

    def feed(self, chunk: bytes) -> None:
        if self._z is None:
            self.out += chunk
            if len(self.out) > self.cap:
                raise self._too_large()
            return
        data = chunk
        while data:
            try:
                piece = self._z.decompress(data, self.cap - len(self.out) + 1)
            except zlib.error as e:
                if self._raw_fallback and not self.out:
                    # Some servers send raw deflate without the zlib header.
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._raw_fallback = False
                    continue
                raise FetchError(self.source_id, f"corrupt {self.encoding} body: {e}") from e
            self.out += piece
            if len(self.out) > self.cap:
                raise self._too_large()
            data = self._z.unconsumed_tail

    def finish(self) -> bytes:
        if self._z is not None:
            self.out += self._z.flush()
            if len(self.out) > self.cap:
                raise self._too_large()
        return bytes(self.out)


def _why(error: BaseException) -> str:
    """A transport failure in a reader's words, the system's own after them: the cause is
    found down the chain of exceptions httpx and httpcore raise from the socket's."""
    said = str(error) or type(error).__name__
    cause: BaseException | None = error
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, socket.gaierror):
            return f"the host name does not resolve: no network, or a wrong address? ({said})"
        if isinstance(cause, ConnectionRefusedError):
            return f"refused: nothing answers at that address and port ({cause})"
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return said


class Network(httpx.AsyncBaseTransport):
    """httpx's own transport, one pool for http and one for https, the second made at the
    first https request: setting up TLS loads the CA bundle (20-30 ms of CPU, a tenth of a
    re-poll of 200 unchanged feeds), which a poll of http sources never needs. A redirect to
    https goes to the TLS pool, as every request is dispatched by its own URL's scheme."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        # only ever given http URLs, so it never makes a TLS connection: no CA bundle to load
        self._plain = httpx.AsyncHTTPTransport(limits=limits, verify=False, trust_env=False)
        self._tls: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme != "https":
            return await self._plain.handle_async_request(request)
        if self._tls is None:
            self._tls = httpx.AsyncHTTPTransport(limits=self._limits, trust_env=False)
        return await self._tls.handle_async_request(request)

    async def aclose(self) -> None:
        await self._plain.aclose()
        if self._tls is not None:
            await self._tls.aclose()


class Fetcher:
    """Fetches sources with shared limits; use as an async context manager."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        user_agent: str | None = None,
        sleep: object = None,
        rng: random.Random | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.user_agent = user_agent or default_user_agent()
        self._sleep = sleep or asyncio.sleep
        self._rng = rng or random.Random()
        self._client = httpx.AsyncClient(
            transport=transport or Network(httpx.Limits(max_connections=self.policy.concurrency)),
            follow_redirects=True,
            max_redirects=self.policy.max_redirects,
            timeout=httpx.Timeout(self.policy.timeout),
            trust_env=False,
        )
        self._all = asyncio.Semaphore(self.policy.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.aclose()

    def _headers(
        self, source: Source, etag: str | None, last_modified: str | None
    ) -> dict[str, str]:
        headers = {
            "User-Agent": self.user_agent,
            "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
            "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, "
            "*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        }
        for name, value in source.headers:  # per-source overrides win (e.g. a browser agent)
            for existing in [k for k in headers if k.lower() == name.lower()]:
                del headers[existing]
            headers[name] = value
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    async def fetch(
        self, source: Source, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """One source, with retries for transient failures, all within the source's deadline
        (waiting for a free connection included); raises FetchError."""
        deadline = source.deadline or self.policy.source_deadline
        try:
            async with asyncio.timeout(deadline):
                return await self._fetch(source, etag, last_modified)
        except TimeoutError as e:
            raise FetchError(
                source.id,
                f"no complete response within the source's deadline of {deadline:g}s "
                "(all attempts)",
                transient=True,
            ) from e

    async def _fetch(self, source: Source, etag: str | None, last_modified: str | None) -> Fetched:
        host = self._hosts.setdefault(source.host, asyncio.Semaphore(self.policy.per_host))
        attempt = 0
        while True:
            attempt += 1
            try:
                async with self._all, host:
                    fetched = await self._attempt(source, etag, last_modified)
                return dataclasses.replace(fetched, attempts=attempt)
            except FetchError as e:
                if not e.transient or attempt > self.policy.retries:
                    raise
                if e.retry_after is not None and e.retry_after > self.policy.max_retry_after:
                    raise
                if e.retry_after is not None:
                    delay = e.retry_after
                else:
                    delay = self.policy.backoff * 2 ** (attempt - 1) * self._rng.uniform(0.8, 1.2)
                await self._sleep(delay)  # type: ignore[operator]

    async def _attempt(
        self, source: Source, etag: str | None, last_modified: str | None
    ) -> Fetched:
        sid = source.id
        try:
            async with asyncio.timeout(self.policy.deadline):
                return await self._request(source, etag, last_modified)
        except TimeoutError as e:
            raise FetchError(
                sid, f"no complete response within {self.policy.deadline:g}s", transient=True
            ) from e
        except httpx.TooManyRedirects as e:
            raise FetchError(sid, f"more than {self.policy.max_redirects} redirects") from e
        except httpx.TimeoutException as e:
            raise FetchError(sid, f"timed out ({type(e).__name__})", transient=True) from e
        except httpx.TransportError as e:
            raise FetchError(sid, f"connection failed: {_why(e)}", transient=True) from e
        except httpx.HTTPError as e:
            raise FetchError(sid, f"HTTP error: {e}") from e

    async def _request(
        self, source: Source, etag: str | None, last_modified: str | None
    ) -> Fetched:
        sid = source.id
        headers = self._headers(source, etag, last_modified)
        async with self._client.stream("GET", source.url, headers=headers) as resp:
            response_headers = {k.lower(): v for k, v in resp.headers.items()}
            moved = _permanent_redirect(resp.history, resp.url)
            status = resp.status_code
            if status == 304:
                return Fetched(sid, str(resp.url), status, response_headers, b"", True, moved)
            if status >= 400:
                retry_after = parse_retry_after(resp.headers.get("retry-after"))
                raise FetchError(
                    sid,
                    _status_message(status, resp.reason_phrase, retry_after),
                    status=status,
                    retry_after=retry_after,
                    transient=status in TRANSIENT_STATUS,
                )
            if status >= 300:
                raise FetchError(sid, f"HTTP {status} without a usable Location", status=status)
            length = resp.headers.get("content-length", "")
            encoding = resp.headers.get("content-encoding", "").strip().lower()
            if length.isdigit() and int(length) > self.policy.max_bytes and not encoding:
                raise FetchError(
                    sid,
                    f"response body of {int(length):,} bytes exceeds the "
                    f"{self.policy.max_bytes:,}-byte cap",
                )
            decoder = _Decoder(encoding, self.policy.max_bytes, sid)
            if resp.is_stream_consumed:  # a test transport handed over a body it already read
                decoder.feed(resp.content)
            else:
                async for chunk in resp.aiter_raw():
                    decoder.feed(chunk)
            body = decoder.finish()
            response_headers.pop("content-encoding", None)
            response_headers.pop("content-length", None)
            return Fetched(sid, str(resp.url), status, response_headers, body, False, moved)


def _permanent_redirect(history: Iterable[httpx.Response], final: httpx.URL) -> str | None:
    """The URL the source has moved to for good: where the leading run of 301/308 hops ends."""
    hops = list(history)
    if not hops or hops[0].status_code not in PERMANENT_REDIRECTS:
        return None
    for i, hop in enumerate(hops):
        if hop.status_code not in PERMANENT_REDIRECTS:
            return str(hop.url)
        if i == len(hops) - 1:
            return str(final)
    return str(final)


def _status_message(status: int, reason: str, retry_after: float | None) -> str:
    hint = {
        403: " (refused: the site may block non-browser agents; try a [source.headers] User-Agent)",
        404: " (not found: check the url)",
        410: " (gone: the feed was removed; find its new address or set enabled = false)",
    }.get(status, "")
    wait = f"; retry after {retry_after:g}s" if retry_after is not None else ""
    return f"HTTP {status} {reason}{hint}{wait}".strip()
