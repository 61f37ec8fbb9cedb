"""sources/*.toml → Source: the registry, validated.

Every problem is reported as one `ConfigError` naming the file and line, and all problems of a
directory are collected, so `watcher sources check` can list them all at once and `watcher poll`
can go on with the sources that are valid.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from watcher.config._toml import locate, read_toml
from watcher.config.settings import (
    DEFAULT_INTERVAL,
    DEFAULT_LINK_SELECTOR,
    MAX_DEADLINE,
    MAX_INTERVAL,
    MIN_INTERVAL,
)
from watcher.exceptions import ConfigError
from watcher.models import CATEGORIES, KINDS, Selectors, Source

SOURCE_KEYS = {
    "id",
    "name",
    "url",
    "kind",
    "publisher",
    "category",
    "jurisdiction",
    "language",
    "interval",
    "headers",
    "enabled",
    "verified",
    "note",
    "selectors",
    "date_language",
    "deadline",
    "fulltext",
}
REQUIRED_KEYS = ("id", "name", "url", "kind", "publisher", "category", "jurisdiction", "language")
SELECTOR_KEYS = {"item", "title", "link", "date", "summary"}
DATE_LANGUAGES = {"en", "fr", "de", "it", "es", "nl", "sv", "pt", "da", "no"}

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LANG_RE = re.compile(r"^[a-z]{2}$")
JURISDICTION_RE = re.compile(r"^(EU|INT|[A-Z]{2})$")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_INTERVAL_RE = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(
    value: object, name: str = "interval", low: int = MIN_INTERVAL, high: int = MAX_INTERVAL
) -> int:
    """Seconds from an int or a string such as "90s", "15m", "2h", "1d", within [low, high]."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number of seconds or a string like '30m'")
    if isinstance(value, int):
        seconds = value
    elif isinstance(value, str) and (m := _INTERVAL_RE.match(value)) and len(m.group(1)) < 12:
        seconds = int(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise ValueError(f"{name} {value!r} is not a number of seconds or a string like '30m'")
    if seconds < low:
        raise ValueError(f"{name} {seconds}s is below the minimum of {low}s")
    if seconds > high:
        raise ValueError(f"{name} {seconds}s is above the maximum of {high}s ({high // 86400} days)"
                         if high >= 86400 else f"{name} {seconds}s is above the maximum of {high}s")  # fmt: skip
    return seconds


def check_url(url: object) -> str | None:
    """Why a URL cannot be a source's (None when it can): absolute http(s), a host, a valid port."""
    if not isinstance(url, str):
        return "url must be a string"
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port outside 0-65535 or not a number
    except ValueError as e:
        return f"url {url!r} is not a valid URL ({e})"
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        return f"url {url!r} is not an absolute http(s) URL"
    if port == 0:
        return f"url {url!r} has port 0"
    return None


def _source_from_table(
    table: dict[str, Any], index: int, file: str, lines: dict[str, int], check: bool = False
) -> tuple[Source | None, list[ConfigError]]:
    errors: list[ConfigError] = []
    here = f"source[{index}]"

    def err(message: str, key: str | None = None) -> None:
        line = lines.get(f"{here}.{key}", lines.get(here)) if key else lines.get(here)
        errors.append(ConfigError(message, file=file, line=line))

    # Every check runs, whatever failed before it: one pass reports every problem.
    for key in table:
        if key not in SOURCE_KEYS:
            err(f"unknown key {key!r} (allowed: {', '.join(sorted(SOURCE_KEYS))})", key)
    given: dict[str, str] = {}
    for key in REQUIRED_KEYS:
        if key not in table:
            err(f"missing required key {key!r}")
        elif not isinstance(table[key], str) or not table[key].strip():
            err(f"{key} must be a non-empty string", key)
        else:
            given[key] = table[key]

    sid = given.get("id", "")
    if "id" in given and not ID_RE.match(sid):
        err(f"id {sid!r} must be lower-case letters, digits and dashes", "id")
    if "url" in given and (problem := check_url(given["url"])):
        err(problem, "url")
    if "kind" in given and given["kind"] not in KINDS:
        err(f"kind {given['kind']!r} is not one of {', '.join(KINDS)}", "kind")
    if "category" in given and given["category"] not in CATEGORIES:
        err(f"category {given['category']!r} is not one of {', '.join(CATEGORIES)}", "category")
    if "jurisdiction" in given and not JURISDICTION_RE.match(given["jurisdiction"]):
        err(
            f"jurisdiction {given['jurisdiction']!r} must be EU, INT or an ISO country code",
            "jurisdiction",
        )
    if "language" in given and not _LANG_RE.match(given["language"]):
        err(f"language {given['language']!r} must be a two-letter ISO 639-1 code", "language")

    interval = DEFAULT_INTERVAL
    if "interval" in table:
        try:
            interval = parse_interval(table["interval"])
        except ValueError as e:
            err(str(e), "interval")
    deadline: float | None = None
    if "deadline" in table:
        try:
            deadline = float(parse_interval(table["deadline"], "deadline", 5, MAX_DEADLINE))
        except ValueError as e:
            err(str(e), "deadline")

    headers: tuple[tuple[str, str], ...] = ()
    raw_headers = table.get("headers", {})
    if not isinstance(raw_headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw_headers.items()
    ):
        err("headers must be a table of strings", "headers")
    else:
        headers = tuple(raw_headers.items())
        for name, value in headers:  # as HTTP allows (RFC 9110): a token, then one line of text
            if not _HEADER_NAME.fullmatch(name) or any(
                ord(c) < 32 and c != "\t" or c == "\x7f" for c in value
            ):
                err(f"header {name!r}: {value!r} is not an HTTP header (a name without spaces, "
                    "a value on one line)", "headers")  # fmt: skip

    for flag in ("enabled", "verified", "fulltext"):
        if flag in table and not isinstance(table[flag], bool):
            err(f"{flag} must be true or false", flag)
    if "note" in table and not isinstance(table["note"], str):
        err("note must be a string", "note")

    selectors: Selectors | None = None
    raw_sel = table.get("selectors")
    if given.get("kind") == "html":
        if not isinstance(raw_sel, dict) or "item" not in raw_sel:
            err("an html source needs a [source.selectors] table with at least 'item'")
        else:
            selectors = _selectors(raw_sel, err, check)
    elif raw_sel is not None and "kind" in given:
        err(f"selectors are only for html sources, not {given['kind']!r}", "selectors")

    date_language = table.get("date_language")
    if date_language is not None and (
        not isinstance(date_language, str) or date_language not in DATE_LANGUAGES
    ):
        err(
            f"date_language {date_language!r} is not one of {', '.join(sorted(DATE_LANGUAGES))}",
            "date_language",
        )
    if errors:
        return None, errors
    return (
        Source(
            id=sid,
            name=table["name"],
            url=table["url"],
            kind=table["kind"],
            publisher=table["publisher"],
            category=table["category"],
            jurisdiction=table["jurisdiction"],
            language=table["language"],
            interval=interval,
            headers=headers,
            enabled=table.get("enabled", True),
            verified=table.get("verified", False),
            note=table.get("note", ""),
            selectors=selectors,
            date_language=date_language or table["language"],
            deadline=deadline,
            fulltext=table.get("fulltext", False) is True,
            file=file,
            line=lines.get(here, 0),
        ),
        [],
    )


def selector_problem(selector: str) -> str | None:
    """Why a CSS selector does not compile (None when it does)."""
    import soupsieve

    try:
        soupsieve.compile(selector)
    except Exception as e:  # soupsieve raises SelectorSyntaxError and friends
        return str(e).splitlines()[0]
    return None


def _selectors(raw: dict[str, Any], err: Any, check: bool) -> Selectors | None:
    """The selectors of an html source; with `check` (`sources check`), each is compiled too
    (soupsieve costs a tenth of a second to load, which other commands need not pay: a selector
    that does not compile fails that source's poll, with the same message)."""
    ok = True
    for key, value in raw.items():
        where = f"selectors.{key}"
        if key not in SELECTOR_KEYS:
            err(f"unknown selector {key!r} (allowed: {', '.join(sorted(SELECTOR_KEYS))})", where)
            ok = False
            continue
        if not isinstance(value, str) or not value.strip():
            err(f"selector {key!r} must be a non-empty string", where)
            ok = False
            continue
        if check and (problem := selector_problem(value)):
            err(f"invalid CSS selector for {key!r}: {value!r} ({problem})", where)
            ok = False
    if not ok:
        return None
    return Selectors(
        item=raw["item"],
        link=raw.get("link", DEFAULT_LINK_SELECTOR),
        title=raw.get("title"),
        date=raw.get("date"),
        summary=raw.get("summary"),
    )


def load_source_file(path: Path, check: bool = True) -> tuple[list[Source], list[ConfigError]]:
    file = str(path)
    try:
        text, data = read_toml(path)
    except ConfigError as e:
        return [], [e]
    lines = locate(text)
    errors: list[ConfigError] = []
    for key in data:
        if key != "source":
            line = lines.get(key) or next(
                (n for n, ln in enumerate(text.splitlines(), 1) if key in ln), None
            )
            errors.append(
                ConfigError(
                    f"unknown top-level key {key!r}; use [[source]] tables", file=file, line=line
                )
            )
    tables = data.get("source", [])
    if not isinstance(tables, list):
        return [], errors + [
            ConfigError("'source' must be an array of [[source]] tables", file=file)
        ]
    sources: list[Source] = []
    for index, table in enumerate(tables):
        if not isinstance(table, dict):
            errors.append(ConfigError("each source must be a [[source]] table", file=file,
                                      line=lines.get(f"source[{index}]")))  # fmt: skip
            continue
        source, problems = _source_from_table(table, index, file, lines, check)
        errors.extend(problems)
        if source:
            sources.append(source)
    return sources, errors


def _ids(path: Path) -> list[tuple[str, int]]:
    """Every id a file declares, valid entry or not, with its line (for duplicate checks)."""
    try:
        text, data = read_toml(path)
    except ConfigError:
        return []
    lines = locate(text)
    tables = data.get("source", [])
    return [
        (t["id"], lines.get(f"source[{i}]", 0))
        for i, t in enumerate(tables if isinstance(tables, list) else [])
        if isinstance(t, dict) and isinstance(t.get("id"), str)
    ]


def load_sources(directory: Path, check: bool = False) -> tuple[list[Source], list[ConfigError]]:
    """All valid sources of a directory, and every problem found (duplicates included); `check`
    also compiles every CSS selector (`watcher sources check`)."""
    if not directory.is_dir():
        raise ConfigError(
            f"no sources directory at {directory}; pass --sources DIR or set WATCHER_SOURCES"
        )
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise ConfigError(f"no *.toml files in {directory}")
    sources: list[Source] = []
    errors: list[ConfigError] = []
    first: dict[str, tuple[str, int]] = {}
    duplicates: set[tuple[str, int]] = set()
    for path in files:  # ids of every entry, valid or not: a duplicate is said at once
        for sid, line in _ids(path):
            if sid in first:
                errors.append(ConfigError(
                    f"duplicate id {sid!r} (first defined at {first[sid][0]}:{first[sid][1]})",
                    file=str(path), line=line,
                ))  # fmt: skip
                duplicates.add((str(path), line))
            else:
                first[sid] = (str(path), line)
    for path in files:
        found, problems = load_source_file(path, check)
        errors.extend(problems)
        sources += [s for s in found if (s.file, s.line) not in duplicates]
    return sources, errors
