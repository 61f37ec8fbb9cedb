"""`watcher poll --record DIR` keeps each raw response; `--replay DIR` serves them instead.

A recording is two files per source: `<source-id>.json` (URL, status, headers) and
`<source-id>.body` (the decoded body). Replay is an httpx transport, so the same fetch code
runs as against the network; a URL with no recording gets a 404 that says so.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from watcher.exceptions import ConfigError
from watcher.models import Fetched
from watcher.text import json_value


def record(directory: Path, fetched: Fetched) -> None:
    """Keep a response as `poll --record` asks; a ConfigError naming the folder if it cannot."""
    meta = {
        "url": fetched.url,
        "status": fetched.status,
        "headers": {k: v for k, v in fetched.headers.items() if k in _KEPT_HEADERS},
        "body": f"{fetched.source_id}.body",
    }
    try:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / f"{fetched.source_id}.body").write_bytes(fetched.body)
        (directory / f"{fetched.source_id}.json").write_text(json.dumps(meta, indent=2) + "\n")
    except OSError as e:
        raise ConfigError(
            f"cannot record the response: {e.strerror or e}", file=str(directory)
        ) from e


_KEPT_HEADERS = {"content-type", "etag", "last-modified", "date", "content-language"}


class ReplayTransport(httpx.AsyncBaseTransport):
    def __init__(self, directory: Path) -> None:
        if not directory.is_dir():
            raise ConfigError(f"no recording folder at {directory}")
        self.directory = directory
        self.responses: dict[str, tuple[int, dict[str, str], Path]] = {}
        for meta_path in sorted(directory.glob("*.json")):
            try:
                meta = json_value(meta_path.read_text(encoding="utf-8"))
                body = directory / meta["body"]
                self.responses[meta["url"]] = (int(meta["status"]), dict(meta["headers"]), body)
            except (OSError, ValueError, KeyError, TypeError) as e:
                raise ConfigError(f"unreadable recording: {e}", file=str(meta_path)) from e

    def has(self, url: str) -> bool:
        return url in self.responses

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if url not in self.responses:
            return httpx.Response(404, text=f"no recording of {url} in {self.directory}")
        status, headers, body = self.responses[url]
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body.read_bytes()))
