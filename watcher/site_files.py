"""The site's files on disk: what the last build wrote (its manifest, with each page's key),
and writing a new build: only the files whose bytes changed, removing the pages that went."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from watcher.text import json_value

MANIFEST = ".watcher-site.json"


@dataclass
class Rendered:
    """The site in memory: the pages rendered, and those whose inputs did not change."""

    files: dict[str, bytes]  # path → bytes, rendered this time
    keys: dict[str, str]  # path → the key of a page's inputs
    kept: set[str]  # pages whose inputs are as last time: the file on disk stands


@dataclass(frozen=True)
class SiteResult:
    written: tuple[str, ...]  # paths (relative) whose bytes changed
    unchanged: int
    removed: tuple[str, ...]


def read_manifest(out: Path) -> dict[str, str]:
    """The files of the last build with their pages' keys ("" for a file without one). A
    missing or unreadable manifest means no page is trusted: all are rendered again."""
    try:
        data = json_value((out / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}
    if isinstance(data, list):  # before keys were kept: the paths alone
        data = {"files": {str(p): "" for p in data}}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    # Only paths inside the folder: a file named here may be removed, so a hand-edited or
    # hostile manifest must not reach outside it.
    return {str(k): str(v) for k, v in files.items() if _inside(str(k))}


def _inside(rel: str) -> bool:
    parts = rel.split("/")
    return bool(rel) and not rel.startswith("/") and ".." not in parts and "\\" not in rel


def write_site(rendered: Rendered, out: Path, previous: dict[str, str]) -> SiteResult:
    """Write what changed; remove generated pages that no longer exist (never other files)."""
    out.mkdir(parents=True, exist_ok=True)
    written, unchanged = [], len(rendered.kept)
    for rel, data in sorted(rendered.files.items()):
        path = out / rel
        if path.exists() and path.read_bytes() == data:
            unchanged += 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(rel)
    current = set(rendered.files) | rendered.kept
    removed = sorted(set(previous) - current)
    for rel in removed:
        (out / rel).unlink(missing_ok=True)
    files = {rel: rendered.keys.get(rel, "") for rel in sorted(current)}
    (out / MANIFEST).write_text(json.dumps({"files": files}, separators=(",", ":")))
    return SiteResult(tuple(written), unchanged, tuple(removed))
