"""Serve a folder on 127.0.0.1 with ETags and 304s, for the benchmarks.

    python bench/serve_dir.py DIR PORT [HOST,HOST...]

A minimal asyncio HTTP/1.1 server with keep-alive: `python -m http.server` (a thread per
connection, listen backlog 5) would make the benchmark measure the server, not watcher.
"""

from __future__ import annotations

import asyncio
import hashlib
import sys
from pathlib import Path

FILES: dict[str, tuple[bytes, bytes]] = {}


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1].lstrip("/")
            headers = {
                k.lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)
            }
            if path not in FILES:
                writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            else:
                body, etag = FILES[path]
                if headers.get("if-none-match", "").encode() == etag:
                    writer.write(
                        b"HTTP/1.1 304 Not Modified\r\nETag: "
                        + etag
                        + b"\r\nContent-Length: 0\r\n\r\n"
                    )
                else:
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\n"
                        b"ETag: "
                        + etag
                        + b"\r\nContent-Length: "
                        + str(len(body)).encode()
                        + b"\r\n\r\n"
                        + body
                    )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(root: Path, port: int, hosts: list[str]) -> None:
    for path in root.iterdir():
        body = path.read_bytes()
        FILES[path.name] = (body, b'"' + hashlib.sha1(body).hexdigest().encode() + b'"')
    server = await asyncio.start_server(handle, hosts, port, backlog=512)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    # Optional third argument: loopback addresses to listen on, comma-separated (127.0.0.x all
    # reach this machine), so that one server looks like several hosts.
    hosts = sys.argv[3].split(",") if len(sys.argv) > 3 else ["127.0.0.1"]
    asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2]), hosts))
