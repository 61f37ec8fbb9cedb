"""digests/*.toml → DigestDef: who gets which digest, on which week, validated.

Like the sources, every problem names its file and line, and all of a folder's are collected.
"""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from watcher.config._toml import locate, read_toml
from watcher.config.sources import ID_RE, JURISDICTION_RE
from watcher.exceptions import ConfigError
from watcher.models import ACTS, TOPICS, WEEKDAYS, DigestDef
from watcher.text import web_address

DIGEST_KEYS = {"id", "title", "description", "timezone", "weekday", "from", "recipients",
               "send_empty", "site_url", "unsubscribe", "alert",
               "recipients_env", "select"}  # fmt: skip
DIGEST_REQUIRED = ("id", "title", "timezone", "weekday", "from")
SELECT_KEYS = {"kinds", "topics", "jurisdictions", "sources", "acts", "authorities", "min_fine"}
_ADDRESS_RE = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;.][^@\s<>,;]*$")  # user@host; host may be local
_NAMED_ADDRESS_RE = re.compile(r"^[^<>]*<([^<>]+)>$")
_ENV_RE = re.compile(r"^[A-Z_][A-Z0-9_]*$")


def valid_address(value: str) -> bool:
    named = _NAMED_ADDRESS_RE.match(value.strip())
    return bool(_ADDRESS_RE.match(named.group(1).strip() if named else value.strip()))


def load_digest_file(
    path: Path, known_sources: set[str] | None = None
) -> tuple[DigestDef | None, list[ConfigError]]:
    file = str(path)
    try:
        text, data = read_toml(path)
    except ConfigError as e:
        return None, [e]
    where = locate(text)
    errors: list[ConfigError] = []

    def err(message: str, key: str | None = None) -> None:
        errors.append(ConfigError(message, file=file, line=where.get(key or "", None)))

    # Every check runs, whatever failed before it: one pass reports every problem.
    for key in data:
        if key not in DIGEST_KEYS:
            err(f"unknown key {key!r} (allowed: {', '.join(sorted(DIGEST_KEYS))})", key)
    given: dict[str, str] = {}
    for key in DIGEST_REQUIRED:
        if not isinstance(data.get(key), str) or not data[key].strip():
            err(f"missing required key {key!r} (a non-empty string)", key if key in data else None)
        else:
            given[key] = data[key]
    if "id" in given and not ID_RE.match(given["id"]):
        err(f"id {given['id']!r} must be lower-case letters, digits and dashes", "id")
    if "timezone" in given:
        try:
            ZoneInfo(given["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            err(f"timezone {given['timezone']!r} is not an IANA zone such as Europe/Brussels",
                "timezone")  # fmt: skip
    weekday = given.get("weekday", "").lower()
    if "weekday" in given and weekday not in WEEKDAYS:
        err(f"weekday {given['weekday']!r} is not one of {', '.join(WEEKDAYS)}", "weekday")
    if "title" in given and any(ord(c) < 32 or c in "\x7f\u2028\u2029" for c in given["title"]):
        err(
            f"title {given['title']!r} must be one line of text (it is the e-mail's subject)",
            "title",
        )
    if "from" in given and not valid_address(given["from"]):
        err(f"from {given['from']!r} is not an e-mail address", "from")
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
               "sources": known_sources, "acts": set(ACTS), "authorities": None}  # fmt: skip
    min_fine = select.get("min_fine", 0)
    if isinstance(min_fine, bool) or not isinstance(min_fine, (int, float)) or min_fine < 0:
        err(f"select.min_fine {min_fine!r} must be a number (the smallest fine, in euros)",
            "select.min_fine")  # fmt: skip
        min_fine = 0
    for key, value in select.items():
        if key not in SELECT_KEYS:
            err(
                f"unknown selector {key!r} (allowed: {', '.join(sorted(SELECT_KEYS))})",
                f"select.{key}",
            )
            continue
        if key == "min_fine":
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            err(f"select.{key} must be a list of strings", f"select.{key}")
            continue
        choices = allowed[key]
        for v in value:
            if key == "jurisdictions" and not JURISDICTION_RE.match(v):
                err(f"jurisdiction {v!r} must be EU, INT or an ISO country code", f"select.{key}")
            elif choices is not None and v not in choices:
                err(
                    f"select.{key}: {v!r} is not one of {', '.join(sorted(choices))}",
                    f"select.{key}",
                )
    description = data.get("description", "")
    if not isinstance(description, str):
        err("description must be a string", "description")
    alert = data.get("alert", False)
    if not isinstance(alert, bool):
        err("alert must be true or false", "alert")
    send_empty = data.get("send_empty", False)
    if not isinstance(send_empty, bool):
        err("send_empty must be true or false", "send_empty")
    site_url = data.get("site_url")
    if site_url is not None and (not isinstance(site_url, str) or not web_address(site_url)):
        err(f"site_url {site_url!r} must be an absolute http(s) address", "site_url")
    unsubscribe = data.get("unsubscribe")
    if unsubscribe is not None and (
        not isinstance(unsubscribe, str)
        or not unsubscribe.lower().startswith(("mailto:", "https://"))
        or (
            unsubscribe.lower().startswith("mailto:")
            and not valid_address(unsubscribe[7:].split("?")[0])
        )
    ):
        err(
            f"unsubscribe {unsubscribe!r} must be a mailto: address or an https: URL", "unsubscribe"
        )
    if errors:
        return None, errors
    return (
        DigestDef(
            id=data["id"],
            title=data["title"],
            description=description,
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
            send_empty=send_empty,
            alert=alert is True,
            acts=tuple(select.get("acts", [])),
            authorities=tuple(select.get("authorities", [])),
            min_fine=float(min_fine),
            site_url=site_url,
            unsubscribe=unsubscribe,
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
