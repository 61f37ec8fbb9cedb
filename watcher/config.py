"""Declarative configuration → typed objects: `sources/*.toml` (and later `digests/*.toml`).

Every problem is reported as one `ConfigError` naming the file and line, and all problems of a
directory are collected, so `watcher sources check` can list them all at once and `watcher poll`
can go on with the sources that are valid.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import soupsieve

from watcher.exceptions import ConfigError
from watcher.models import CATEGORIES, KINDS, DigestDef, Selectors, Source

# Each default is defined once, here.
DEFAULT_INTERVAL = 3600  # seconds: hourly is polite for authorities that publish a few items a week
MIN_INTERVAL = 60  # seconds: nobody needs a regulator's feed more often than once a minute

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
}
REQUIRED_KEYS = ("id", "name", "url", "kind", "publisher", "category", "jurisdiction", "language")
SELECTOR_KEYS = {"item", "title", "link", "date", "summary"}
DATE_LANGUAGES = {"en", "fr", "de", "it", "es", "nl", "sv", "pt", "da", "no"}

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LANG_RE = re.compile(r"^[a-z]{2}$")
_JURISDICTION_RE = re.compile(r"^(EU|INT|[A-Z]{2})$")
_INTERVAL_RE = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass
class _Lines:
    """Where each `[[source]]` table and each of its keys stands in the file."""

    tables: list[int] = field(default_factory=list)
    keys: dict[tuple[int, str], int] = field(default_factory=dict)

    def table(self, index: int) -> int:
        return self.tables[index] if index < len(self.tables) else 0

    def key(self, index: int, key: str) -> int:
        return self.keys.get((index, key), self.table(index))


_TABLE_RE = re.compile(r"^\s*\[\[\s*source\s*\]\]")
_SUBTABLE_RE = re.compile(r"^\s*\[\s*source\s*\.\s*([A-Za-z0-9_-]+)\s*\]")
_KEY_RE = re.compile(r"""^\s*("[^"]+"|'[^']+'|[A-Za-z0-9_-]+)\s*=""")


def _locate(text: str) -> _Lines:
    lines = _Lines()
    index, prefix = -1, ""
    for number, line in enumerate(text.splitlines(), start=1):
        if _TABLE_RE.match(line):
            index, prefix = index + 1, ""
            lines.tables.append(number)
            continue
        sub = _SUBTABLE_RE.match(line)
        if sub and index >= 0:
            prefix = sub.group(1) + "."
            lines.keys.setdefault((index, sub.group(1)), number)
            continue
        key = _KEY_RE.match(line)
        if key and index >= 0:
            lines.keys.setdefault((index, prefix + key.group(1).strip("\"'")), number)
    return lines


def parse_interval(value: object) -> int:
    """Seconds from an int or a string such as "90s", "15m", "2h", "1d"."""
    if isinstance(value, bool):
        raise ValueError("interval must be a number of seconds or a string like '30m'")
    if isinstance(value, int):
        seconds = value
    elif isinstance(value, str) and (m := _INTERVAL_RE.match(value)):
        seconds = int(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise ValueError(f"interval {value!r} is not a number of seconds or a string like '30m'")
    if seconds < MIN_INTERVAL:
        raise ValueError(f"interval {seconds}s is below the minimum of {MIN_INTERVAL}s")
    return seconds


def _check_url(url: object) -> str | None:
    if not isinstance(url, str):
        return "url must be a string"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        return f"url {url!r} is not an absolute http(s) URL"
    return None


def _source_from_table(
    table: dict[str, Any], index: int, file: str, lines: _Lines
) -> tuple[Source | None, list[ConfigError]]:
    errors: list[ConfigError] = []

    def err(message: str, key: str | None = None) -> None:
        line = lines.key(index, key) if key else lines.table(index)
        errors.append(ConfigError(message, file=file, line=line))

    for key in table:
        if key not in SOURCE_KEYS:
            err(f"unknown key {key!r} (allowed: {', '.join(sorted(SOURCE_KEYS))})", key)
    for key in REQUIRED_KEYS:
        if key not in table:
            err(f"missing required key {key!r}")
        elif not isinstance(table[key], str) or not table[key].strip():
            err(f"{key} must be a non-empty string", key)
    if errors:
        return None, errors

    sid = table["id"]
    if not _ID_RE.match(sid):
        err(f"id {sid!r} must be lower-case letters, digits and dashes", "id")
    if problem := _check_url(table["url"]):
        err(problem, "url")
    if table["kind"] not in KINDS:
        err(f"kind {table['kind']!r} is not one of {', '.join(KINDS)}", "kind")
    if table["category"] not in CATEGORIES:
        err(f"category {table['category']!r} is not one of {', '.join(CATEGORIES)}", "category")
    if not _JURISDICTION_RE.match(table["jurisdiction"]):
        err(
            f"jurisdiction {table['jurisdiction']!r} must be EU, INT or an ISO country code",
            "jurisdiction",
        )
    if not _LANG_RE.match(table["language"]):
        err(f"language {table['language']!r} must be a two-letter ISO 639-1 code", "language")

    interval = DEFAULT_INTERVAL
    if "interval" in table:
        try:
            interval = parse_interval(table["interval"])
        except ValueError as e:
            err(str(e), "interval")

    headers: tuple[tuple[str, str], ...] = ()
    raw_headers = table.get("headers", {})
    if not isinstance(raw_headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw_headers.items()
    ):
        err("headers must be a table of strings", "headers")
    else:
        headers = tuple(raw_headers.items())

    for flag in ("enabled", "verified"):
        if flag in table and not isinstance(table[flag], bool):
            err(f"{flag} must be true or false", flag)
    if "note" in table and not isinstance(table["note"], str):
        err("note must be a string", "note")

    selectors: Selectors | None = None
    raw_sel = table.get("selectors")
    if table["kind"] == "html":
        if not isinstance(raw_sel, dict) or "item" not in raw_sel:
            err("an html source needs a [source.selectors] table with at least 'item'")
        else:
            selectors = _selectors(raw_sel, index, lines, err)
    elif raw_sel is not None:
        err(f"selectors are only for html sources, not {table['kind']!r}", "selectors")

    date_language = table.get("date_language")
    if date_language is not None and date_language not in DATE_LANGUAGES:
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
            file=file,
            line=lines.table(index),
        ),
        [],
    )


def _selectors(raw: dict[str, Any], index: int, lines: _Lines, err: Any) -> Selectors | None:
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
        try:
            soupsieve.compile(value)
        except Exception as e:  # soupsieve raises SelectorSyntaxError and friends
            first = str(e).splitlines()[0]
            err(f"invalid CSS selector for {key!r}: {value!r} ({first})", where)
            ok = False
    if not ok:
        return None
    return Selectors(
        item=raw["item"],
        link=raw.get("link", "a[href]"),
        title=raw.get("title"),
        date=raw.get("date"),
        summary=raw.get("summary"),
    )


def load_source_file(path: Path) -> tuple[list[Source], list[ConfigError]]:
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return [], [ConfigError(f"cannot read: {e}", file=file)]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"at line (\d+)", str(e))
        return [], [
            ConfigError(f"not valid TOML: {e}", file=file, line=int(m.group(1)) if m else None)
        ]
    lines = _locate(text)
    errors: list[ConfigError] = []
    for key in data:
        if key != "source":
            line = next((n for n, ln in enumerate(text.splitlines(), 1) if key in ln), None)
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
        source, problems = _source_from_table(table, index, file, lines)
        errors.extend(problems)
        if source:
            sources.append(source)
    return sources, errors


def load_sources(directory: Path) -> tuple[list[Source], list[ConfigError]]:
    """All valid sources of a directory, and every problem found (duplicates included)."""
    if not directory.is_dir():
        raise ConfigError(
            f"no sources directory at {directory}; pass --sources DIR or set WATCHER_SOURCES"
        )
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise ConfigError(f"no *.toml files in {directory}")
    sources: list[Source] = []
    errors: list[ConfigError] = []
    seen: dict[str, Source] = {}
    for path in files:
        found, problems = load_source_file(path)
        errors.extend(problems)
        for source in found:
            if source.id in seen:
                first = seen[source.id]
                errors.append(
                    ConfigError(
                        f"duplicate id {source.id!r} (first defined at {first.file}:{first.line})",
                        file=source.file,
                        line=source.line,
                    )
                )
                continue
            seen[source.id] = source
            sources.append(source)
    return sources, errors


# -- digests/*.toml ------------------------------------------------------------------------------

DIGEST_KEYS = {"id", "title", "description", "timezone", "weekday", "from", "recipients",
               "recipients_env", "select"}  # fmt: skip
DIGEST_REQUIRED = ("id", "title", "timezone", "weekday", "from")
SELECT_KEYS = {"kinds", "topics", "jurisdictions", "sources"}
_ADDRESS_RE = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;.][^@\s<>,;]*$")  # user@host; host may be local
_NAMED_ADDRESS_RE = re.compile(r"^[^<>]*<([^<>]+)>$")
_ENV_RE = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_TOP_TABLE_RE = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]")


def _key_lines(text: str) -> dict[str, int]:
    """Line of each top-level key and of each key of a [table], as "table.key"."""
    lines: dict[str, int] = {}
    prefix = ""
    for number, line in enumerate(text.splitlines(), start=1):
        table = _TOP_TABLE_RE.match(line)
        if table:
            prefix = table.group(1) + "."
            lines.setdefault(table.group(1), number)
            continue
        key = _KEY_RE.match(line)
        if key:
            lines.setdefault(prefix + key.group(1).strip("\"'"), number)
    return lines


def valid_address(value: str) -> bool:
    named = _NAMED_ADDRESS_RE.match(value.strip())
    return bool(_ADDRESS_RE.match(named.group(1).strip() if named else value.strip()))


def load_digest_file(
    path: Path, known_sources: set[str] | None = None
) -> tuple[DigestDef | None, list[ConfigError]]:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from watcher.models import TOPICS, WEEKDAYS, DigestDef

    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as e:
        return None, [ConfigError(f"cannot read: {e}", file=file)]
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"at line (\d+)", str(e))
        return None, [
            ConfigError(f"not valid TOML: {e}", file=file, line=int(m.group(1)) if m else None)
        ]
    where = _key_lines(text)
    errors: list[ConfigError] = []

    def err(message: str, key: str | None = None) -> None:
        errors.append(ConfigError(message, file=file, line=where.get(key or "", None)))

    for key in data:
        if key not in DIGEST_KEYS:
            err(f"unknown key {key!r} (allowed: {', '.join(sorted(DIGEST_KEYS))})", key)
    for key in DIGEST_REQUIRED:
        if not isinstance(data.get(key), str) or not data[key].strip():
            err(f"missing required key {key!r} (a non-empty string)", key if key in data else None)
    if errors:
        return None, errors
    if not _ID_RE.match(data["id"]):
        err(f"id {data['id']!r} must be lower-case letters, digits and dashes", "id")
    try:
        ZoneInfo(data["timezone"])
    except (ZoneInfoNotFoundError, ValueError):
        err(
            f"timezone {data['timezone']!r} is not an IANA zone such as Europe/Brussels", "timezone"
        )
    weekday = data["weekday"].lower()
    if weekday not in WEEKDAYS:
        err(f"weekday {data['weekday']!r} is not one of {', '.join(WEEKDAYS)}", "weekday")
    if not valid_address(data["from"]):
        err(f"from {data['from']!r} is not an e-mail address", "from")
    recipients = data.get("recipients", [])
    env = data.get("recipients_env")
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        err("recipients must be a list of e-mail addresses", "recipients")
        recipients = []
    for address in recipients:
        if not valid_address(address):
            err(f"recipient {address!r} is not an e-mail address", "recipients")
    if env is not None and (not isinstance(env, str) or not _ENV_RE.match(env)):
        err(
            f"recipients_env {env!r} must be an environment variable name such as WATCHER_TO",
            "recipients_env",
        )
    if not recipients and not env:
        err('a digest needs recipients = [...] or recipients_env = "NAME"')
    select = data.get("select", {})
    if not isinstance(select, dict):
        err("select must be a table", "select")
        select = {}
    allowed = {"kinds": {"regulatory", "news"}, "topics": set(TOPICS), "jurisdictions": None,
               "sources": known_sources}  # fmt: skip
    for key, value in select.items():
        if key not in SELECT_KEYS:
            err(
                f"unknown selector {key!r} (allowed: {', '.join(sorted(SELECT_KEYS))})",
                f"select.{key}",
            )
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            err(f"select.{key} must be a list of strings", f"select.{key}")
            continue
        choices = allowed[key]
        for v in value:
            if key == "jurisdictions" and not _JURISDICTION_RE.match(v):
                err(f"jurisdiction {v!r} must be EU, INT or an ISO country code", f"select.{key}")
            elif choices is not None and v not in choices:
                err(
                    f"select.{key}: {v!r} is not one of {', '.join(sorted(choices))}",
                    f"select.{key}",
                )
    if errors:
        return None, errors
    return (
        DigestDef(
            id=data["id"],
            title=data["title"],
            description=data.get("description", ""),
            timezone=data["timezone"],
            weekday=weekday,
            sender=data["from"],
            recipients=tuple(recipients),
            recipients_env=env,
            kinds=tuple(select.get("kinds", [])),
            topics=tuple(select.get("topics", [])),
            jurisdictions=tuple(select.get("jurisdictions", [])),
            sources=tuple(select.get("sources", [])),
            file=file,
        ),  # fmt: skip
        [],
    )


def load_digests(
    directory: Path, known_sources: set[str] | None = None
) -> tuple[list[DigestDef], list[ConfigError]]:
    if not directory.is_dir():
        raise ConfigError(
            f"no digests directory at {directory}; pass --digests DIR or set WATCHER_DIGESTS"
        )
    digests: list[DigestDef] = []
    errors: list[ConfigError] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        digest, problems = load_digest_file(path, known_sources)
        errors.extend(problems)
        if digest and digest.id in seen:
            errors.append(
                ConfigError(
                    f"duplicate digest id {digest.id!r} (first in {seen[digest.id]})",
                    file=str(path),
                )
            )
        elif digest:
            seen[digest.id] = str(path)
            digests.append(digest)
    if not digests and not errors:
        errors.append(ConfigError(f"no *.toml digest definitions in {directory}"))
    return digests, errors
