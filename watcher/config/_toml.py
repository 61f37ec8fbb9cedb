"""Reading a TOML file, and the one locator that finds the line of each table and key in it.

tomllib gives values without positions; error messages need the line. `locate` reads the text
once and maps paths to lines: "id", "select.kinds", "source[2]", "source[2].selectors.item".
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from watcher.exceptions import ConfigError

_ARRAY_RE = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
_TABLE_RE = re.compile(r"^\s*\[\s*([A-Za-z0-9_. -]+?)\s*\](?!\])")
_KEY_RE = re.compile(r"""^\s*("[^"]+"|'[^']+'|[A-Za-z0-9_-]+)\s*=""")


def locate(text: str) -> dict[str, int]:
    """Line of each table, array element and key, by path; the first occurrence wins."""
    lines: dict[str, int] = {}
    counts: dict[str, int] = {}
    prefix = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if m := _ARRAY_RE.match(line):
            name = m.group(1)
            counts[name] = counts.get(name, -1) + 1
            path = f"{name}[{counts[name]}]"
            lines.setdefault(path, number)
            prefix = path + "."
            continue
        if m := _TABLE_RE.match(line):
            parts = [p.strip() for p in m.group(1).split(".")]
            head = parts[0]
            if head in counts:  # [source.selectors] belongs to the last [[source]]
                parts[0] = f"{head}[{counts[head]}]"
            path = ".".join(parts)
            lines.setdefault(path, number)
            prefix = path + "."
            continue
        if m := _KEY_RE.match(line):
            lines.setdefault(prefix + m.group(1).strip("\"'"), number)
    return lines


def read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    """The text and the data of a TOML file; a ConfigError naming the file (and line) if not."""
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read: {e}", file=file) from e
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"at line (\d+)", str(e))
        raise ConfigError(
            f"not valid TOML: {e}", file=file, line=int(m.group(1)) if m else None
        ) from e
    except RecursionError:  # arrays or tables nested thousands deep
        raise ConfigError("not valid TOML: nested too deeply", file=file) from None
