"""Careful edits of a user's sources/*.toml: append a [[source]], remove one, switch one on or off.

The file is edited as text, never rewritten by a TOML library: comments, order and formatting of
everything else stay as the person wrote them. Every edit is checked by loading the result, and
written atomically; an edit that would leave the file invalid is refused and nothing is written.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from watcher.config.sources import load_source_file
from watcher.exceptions import ConfigError
from watcher.models import Source

_TABLE = re.compile(r"^\s*\[\[?")  # any table header: [[source]] or [source.selectors]
_ARRAY = re.compile(r"^\s*\[\[\s*source\s*\]\]")
_ENABLED = re.compile(r"^(\s*enabled\s*=\s*)(true|false)(.*)$")


def toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def entry_text(fields: dict[str, object]) -> str:
    """A [[source]] table, keys in the order given; None values are left out."""
    lines = ["[[source]]"]
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, int):
            text = str(value)
        else:
            text = toml_string(str(value))
        lines.append(f"{key} = {text}")
    return "\n".join(lines) + "\n"


def _write(path: Path, text: str) -> None:
    """Write atomically, but only what loads: the whole file is validated first."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # a new registry's folder
        temporary.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot write it: {e.strerror or e}", file=str(path)) from e
    _, problems = load_source_file(temporary, check=False)
    if problems:
        temporary.unlink()
        raise ConfigError(
            f"not written, the result would not load: {problems[0].message}", file=str(path)
        )
    os.replace(temporary, path)


def append(path: Path, entry: str, header: str = "") -> None:
    """Add an entry at the end of a group file (made, with `header`, when it does not exist)."""
    old = path.read_text(encoding="utf-8") if path.exists() else header
    separator = "" if not old or old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
    _write(path, old + separator + entry)


def _block(lines: list[str], start: int) -> tuple[int, int]:
    """The lines [first, end) of the [[source]] table whose header is at index `start`: with the
    comments right above it, up to the next [[source]] (less the comments that open that one)."""
    first = start
    while first > 0 and lines[first - 1].lstrip().startswith("#"):
        first -= 1
    end = start + 1
    while end < len(lines) and not _ARRAY.match(lines[end]):
        end += 1
    while end > start + 1 and (
        not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")
    ):
        end -= 1  # blank lines and the comments that belong to the next entry
    return first, end


def remove(source: Source) -> None:
    path = Path(source.file)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first, end = _block(lines, source.line - 1)
    while end < len(lines) and not lines[end].strip():  # and the blank lines after it
        end += 1
    _write(path, "".join(lines[:first] + lines[end:]))


def set_enabled(source: Source, enabled: bool) -> bool:
    """Switch a source on or off in its file; False when it already was."""
    if source.enabled == enabled:
        return False
    path = Path(source.file)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = source.line - 1
    _, end = _block(lines, start)
    value = "true" if enabled else "false"
    keys_end = next((i for i in range(start + 1, end) if _TABLE.match(lines[i])), end)
    for i in range(start + 1, keys_end):  # its own keys, before any [source.selectors]
        if m := _ENABLED.match(lines[i].rstrip("\n")):
            lines[i] = f"{m.group(1)}{value}{m.group(3)}\n"
            break
    else:
        while keys_end > start + 1 and not lines[keys_end - 1].strip():
            keys_end -= 1
        lines.insert(keys_end, f"enabled = {value}\n")
    _write(path, "".join(lines))
    return True
