"""Dates as people write them on listings and in feeds → aware UTC datetimes.

Handles ISO 8601, RFC 2822, written dates in the source's language ("19 août 2026",
"3. März 2026", "12 de marzo de 2026", "March 3, 2026") and numeric dates ("22.05.2026",
"05/22/2026 - 18:03"). A date without a time is taken as 12:00 UTC so that it falls on the same
calendar day in every timezone from UTC-11 to UTC+11; a time without a zone is taken as UTC.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

from watcher.text import fold

_MONTHS: dict[str, str] = {
    "en": ("january february march april may june july august september october november december"),
    "fr": ("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"),
    "de": ("januar februar marz april mai juni juli august september oktober november dezember"),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre"
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    "sv": ("januari februari mars april maj juni juli augusti september oktober november december"),
    "pt": (
        "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro"
    ),
    "da": ("januar februar marts april maj juni juli august september oktober november december"),
    "no": ("januar februar mars april mai juni juli august september oktober november desember"),
}


def _month_table(language: str) -> dict[str, int]:
    """Full names and common abbreviations of one language, with English as a fallback."""
    table: dict[str, int] = {}
    for lang in (language, "en"):
        names = _MONTHS.get(lang, _MONTHS["en"]).split()
        for number, name in enumerate(names, start=1):
            table.setdefault(name, number)
            table.setdefault(name[:3], number)
            table.setdefault(name[:4], number)
    table.setdefault("sept", 9)
    table.setdefault("maerz", 3)
    return table


_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:er|\.|º|°|st|nd|rd|th)?\s+(?:de\s+)?([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(\d{4})\b"
)
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")
_TIME = re.compile(r"^\D{0,6}(\d{1,2})[:h](\d{2})\b")
_RFC2822_HINT = re.compile(r"\b\d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}")


def _build(year: int, month: int, day: int, rest: str) -> datetime | None:
    hour, minute = 12, 0
    t = _TIME.match(rest)
    if t and int(t.group(1)) < 24 and int(t.group(2)) < 60:
        hour, minute = int(t.group(1)), int(t.group(2))
    try:
        return datetime(year, month, day, hour, minute, tzinfo=UTC)
    except ValueError:
        return None


def parse_date(text: str | None, language: str = "en") -> datetime | None:
    """The first date found in `text`, or None. Never raises."""
    if not text:
        return None
    text = text.strip()
    if _RFC2822_HINT.search(text):
        try:
            when = email.utils.parsedate_to_datetime(text)
            return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
        except (TypeError, ValueError, IndexError):
            pass
    m = _ISO.search(text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4) is None:
            return _build(year, month, day, "")
        zone = m.group(7) or "+00:00"
        zone = "+00:00" if zone == "Z" else zone
        if ":" not in zone:
            zone = zone[:3] + ":" + zone[3:]
        stamp = f"{m.group(1)}-{m.group(2)}-{m.group(3)}T{m.group(4)}:{m.group(5)}:"
        stamp += f"{m.group(6) or '00'}{zone}"
        try:
            return datetime.fromisoformat(stamp).astimezone(UTC)
        except ValueError:
            return None
    folded = fold(text)
    months = _month_table(language)
    for m in _DAY_MONTH_YEAR.finditer(folded):
        named = months.get(m.group(2))
        if named:
            return _build(int(m.group(3)), named, int(m.group(1)), folded[m.end() :])
    for m in _MONTH_DAY_YEAR.finditer(folded):
        named = months.get(m.group(1))
        if named:
            return _build(int(m.group(3)), named, int(m.group(2)), folded[m.end() :])
    m = _NUMERIC.search(folded)
    if m:
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        month_first = language == "en" and m.group(2) == "/" and second <= 31 and first <= 12
        if first > 12:
            month_first = False
        elif second > 12:
            month_first = True
        month, day = (first, second) if month_first else (second, first)
        return _build(year, month, day, folded[m.end() :])
    return None
