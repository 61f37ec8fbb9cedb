"""Text helpers every stage shares: folding for matching, plain text from HTML, the summary cut
a reader sees, and the one test of whether a link may be shown.

Pure. Each rule is written here once: the classifier, stories and evaluation fold text the same
way; the digest, the site and the e-mail show the same summary and the same safe links.
"""

from __future__ import annotations

import html
import json
import re
import textwrap
import unicodedata
from typing import Any

import nh3

# -- folding ----------------------------------------------------------------------------------

# Typographic quotes, the no-break space and the two Unicode hyphens made plain ("Wi‑Fi" and
# "KI‑gestützt" are often written with U+2011, the non-breaking hyphen): one character for one,
# so the folded text keeps the original's length.
_QUOTES = str.maketrans(
    {
        "’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " ",
        "\u2010": "-", "\u2011": "-",
    }
)  # fmt: skip


def strip_accents(text: str) -> str:
    # NFD, not NFKD: only accents come apart, so the folded text keeps the original's length
    # (and evidence can quote the original words) except in rare cases such as ß → ss.
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


class _Folding(dict[int, str]):
    """A str.translate table that folds each character the first time it is looked up (an
    accent taken off a character alone is taken off the same way in any text: NFD splits each
    character by itself, and the marks it drops are never reordered against kept ones)."""

    def __missing__(self, code: int) -> str:
        folded = strip_accents(chr(code))
        if len(self) < FOLD_CACHE:
            self[code] = folded
        return folded


FOLD_CACHE = 50_000  # characters a process keeps folded (a few MB at most)
_FOLD = _Folding(_QUOTES)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


def fold(text: str) -> str:
    """Lower case, no accents, plain quotes: the form rules and models read text in.

    Equal to `strip_accents(text.translate(_QUOTES).lower())`, but only the runs of non-ASCII
    characters are looked up, each character folded once per process: most text is ASCII, and
    the rest uses few characters (accented letters, dashes, the euro sign)."""
    lowered = text.lower()
    if "`" in lowered:
        lowered = lowered.replace("`", "'")
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(_fold_run, lowered)


# -- plain text -------------------------------------------------------------------------------

_BLOCK = re.compile(
    r"<(/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|"
    r"footer|figure|figcaption|pre|dd|dt)\b[^>]*)>",
    re.I,
)
_SPACE = re.compile(r"\s+")
# Invisible characters that split a word without showing (a soft hyphen, "Mitarbeiter&shy;
# überwachung"; zero-width spaces; a word joiner; a stray BOM): a search for the word, and the
# rules' patterns, would miss it. Not the zero-width joiner, which holds emoji together.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # all but tab, LF, CR


def strip_controls(text: str) -> str:
    """Text without control characters (escape sequences, bells, NULs); newlines and tabs stay.
    Feeds are data: nothing in them may drive a terminal or a spreadsheet."""
    return _CONTROLS.sub("", text) if text else text


def plain_text(value: str) -> str:
    """HTML or text → one line of plain text (scripts and styles dropped with their content,
    control characters and invisible word-splitters removed)."""
    if not value:
        return ""
    if "<" in value or "&" in value:
        value = _BLOCK.sub(r" <\1> ", value)
        value = html.unescape(nh3.clean(value, tags=set()))
    if not value.isascii():
        value = _INVISIBLE.sub("", value)
    return _SPACE.sub(" ", strip_controls(value)).strip()


# -- what a reader is shown -------------------------------------------------------------------

SUMMARY_LENGTH = 240  # characters of summary a digest entry shows: two or three lines of mail


def cut_summary(summary: str) -> str:
    """The summary as a reader sees it: whitespace collapsed, cut at a word, with " …" when cut.
    Idempotent, so an issue frozen with it can be cut again without change."""
    collapsed = " ".join(summary.split())  # what shorten() does first; most summaries fit
    if len(collapsed) <= SUMMARY_LENGTH:
        return collapsed
    return textwrap.shorten(collapsed, SUMMARY_LENGTH, placeholder=" …")


_SPACED_MARK = re.compile(r"(?<=«) | (?=[?!:;»])")


def keep_marks(title: str) -> str:
    """A title as a reader sees it: French sets a space before ? ! : ; » and after «, and a
    narrow screen must not leave the mark alone at the start of a line ("des salariés" / "?").
    A no-break space there keeps the two together; nothing else changes."""
    return _SPACED_MARK.sub("\u00a0", title)


def web_address(url: str) -> bool:
    """An absolute http(s) address with a host: where a site can be (feeds link to it)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # "http://[::1" and the like
        return False


def safe_url(url: str | None) -> str | None:
    """The URL when it may be a link a reader clicks (http or https, any case), else None."""
    return url if url and url.strip().lower().startswith(("https://", "http://")) else None


def json_lines(raw: bytes) -> list[str]:
    """A JSON Lines file's lines, as `watcher classify` reads one: UTF-8 (a byte-order mark
    dropped, bytes that are not UTF-8 read as U+FFFD), split at line feeds only (a line
    separator U+2028 may stand inside a JSON string), a carriage return before one dropped."""
    text = raw.decode("utf-8-sig", errors="replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # "\ud800": half of a pair, maybe alone
_SURROGATE_ESCAPE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")  # the same in bytes, not decoded
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_value(text: str | bytes) -> Any:
    """JSON from outside (a server, a file, a reader's input): a ValueError for anything that is
    not, also for nesting too deep to read (json raises RecursionError for that). Half of a
    surrogate pair escaped alone ("\\ud800") is read as U+FFFD, as bytes that are not UTF-8
    are: json keeps it in the string, and no UTF-8 text can hold it (SQLite, a file, stdout)."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    escaped = (
        _SURROGATE_ESCAPE.search(text)
        if isinstance(text, str)
        else _SURROGATE_ESCAPE_BYTES.search(text)
    )
    if not escaped:  # the usual case: no second pass over the value (nor a decode of bytes)
        return value
    try:
        return _whole(value)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _whole(value: Any) -> Any:
    """The value with every lone surrogate (what json leaves of half a pair) as U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_whole(v) for v in value]
    if isinstance(value, dict):
        return {_whole(k): _whole(v) for k, v in value.items()}
    return value
