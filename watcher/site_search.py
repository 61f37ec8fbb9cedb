"""The site's search index: pagefind run over the written pages, and its folder kept clean.

pagefind (its search then runs offline in the browser) updates its folder in place and writes
only the files that changed: their names carry a hash of their content. It never removes the
files of pages that changed or went, nor the index chunks they replace, so the folder grew with
every weekly build (two thirds more bytes after ten weeks). After each run the files its index
no longer refers to are removed: the index names them all in its meta file (CBOR, read exactly
below). Where that file cannot be read (a pagefind whose format we do not know), nothing is
removed and the index is built again in an empty folder, then put in place of the old one.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from watcher.text import json_value

SUBDIR = "pagefind"
_SIGNATURE = b"pagefind_dcd"  # what a decompressed meta file starts with
_SWEPT = ("fragment", "index", "filter")  # folders of hashed files the meta file names


def index_search(out: Path, pages: Iterable[str] = ()) -> str | None:
    """Index the site in `out` into `out/pagefind`; a one-line reason when it cannot. With
    `pages` (the site's own files), only the folders and files they are in are read: another
    digest's site may live in a folder inside this one, with an index of its own."""
    live, fresh, old = out / SUBDIR, out / ".pagefind-new", out / ".pagefind-old"
    for leftover in (fresh, old):  # from a build that was interrupted
        shutil.rmtree(leftover, ignore_errors=True)
    glob = _glob(pages)
    problem = pagefind_into(out, live, glob)
    if problem or sweep(live):
        return problem
    problem = pagefind_into(out, fresh, glob)
    if problem:
        return problem
    live.rename(old)
    fresh.rename(live)
    shutil.rmtree(old, ignore_errors=True)
    return None


def sweep(index: Path) -> bool:
    """Remove the files of the index its meta files no longer name. False (and nothing removed)
    when the index cannot be read: then it cannot be told what is still used."""
    try:
        entry = json_value((index / "pagefind-entry.json").read_text())
        keep: set[str] = set()
        metas = set()
        for language in entry["languages"].values():
            meta = f"pagefind.{language['hash']}.pf_meta"
            data = gzip.decompress((index / meta).read_bytes())
            if not data.startswith(_SIGNATURE):
                return False
            named = _cbor_strings(data, len(_SIGNATURE))
            fragments = sum(
                1 for p in (index / "fragment").iterdir() if p.name.split(".")[0] in named
            )
            if fragments < int(language["page_count"]):  # not every page found: do not trust it
                return False
            keep |= named
            metas.add(meta)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, EOFError):
        return False
    for folder in _SWEPT:
        for path in (index / folder).glob("*"):
            if path.is_file() and path.name.split(".")[0] not in keep:
                path.unlink()
    for path in index.glob("pagefind.*.pf_meta"):
        if path.name not in metas:
            path.unlink()
    return True


def _cbor_strings(data: bytes, start: int) -> set[str]:
    """Every text string of one CBOR item (RFC 8949) beginning at `start`."""
    found: set[str] = set()
    stack = [1]  # items still to read at each depth; -1 for an indefinite length
    pos = start
    while stack:
        if stack[-1] == 0:
            stack.pop()
            continue
        byte = data[pos]
        pos += 1
        if byte == 0xFF:  # the end of an indefinite-length array or map
            stack.pop()
            continue
        if stack[-1] > 0:
            stack[-1] -= 1
        major, info = byte >> 5, byte & 0x1F
        if info < 24:
            length = info
        elif info in (24, 25, 26, 27):
            size = 1 << (info - 24)
            length = int.from_bytes(data[pos : pos + size], "big")
            pos += size
        elif info == 31 and major in (2, 3, 4, 5):
            length = -1
        else:
            raise ValueError(f"unexpected CBOR byte {byte:#x}")
        if major in (2, 3):
            if length < 0:
                stack.append(-1)  # chunks follow, each a string of the same kind
            else:
                if major == 3:
                    found.add(data[pos : pos + length].decode())
                pos += length
        elif major == 4:
            stack.append(length)
        elif major == 5:
            stack.append(-1 if length < 0 else 2 * length)
        elif major == 6:
            stack.append(1)  # a tag: the item it tags follows
        if pos > len(data):
            raise ValueError("CBOR item runs past the end of the file")
    return found


def _glob(pages: Iterable[str]) -> str | None:
    """A pagefind glob of the pages' top-level files and folders: {index.html,2026/**/*.html,...}."""
    tops = sorted({p if "/" not in p else p.split("/")[0] + "/**/*.html"
                   for p in pages if p.endswith(".html")})  # fmt: skip
    return "{" + ",".join(tops) + "}" if tops else None


def pagefind_into(site: Path, output: Path, glob: str | None = None) -> str | None:
    """Index `site` into `output` (its HTML files, or those `glob` matches); why it failed."""
    try:  # the binary itself: `python -m pagefind` would start a Python first, only to exec it
        from pagefind_bin import get_executable

        binary = get_executable()
    except (ImportError, OSError):
        binary = None
    command = [str(binary)] if binary else [sys.executable, "-m", "pagefind"]
    try:
        done = subprocess.run(
            [*command, "--site", str(site), "--output-path", str(output),
             *(["--glob", glob] if glob else [])],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"search index not built: {e}"
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return f"search index not built (pagefind exit {done.returncode}): {last[0]}"
    return None
