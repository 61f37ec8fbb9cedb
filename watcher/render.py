"""Issue → what a person reads: plain text at 72 columns, and HTML for mail clients.

Pure. Text from feeds is escaped in HTML by Jinja2's autoescaping (it was already sanitised to
plain text when archived); links are only ever http(s). The HTML carries its CSS inline, loads
nothing from outside, and declares light and dark colour schemes.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape

from watcher.models import DigestDef, Entry, Issue, Shown
from watcher.text import safe_url

WIDTH = 72
ACT_NAMES = {
    "fine": "Fine", "order": "Order", "decision": "Decision", "guidance": "Guidance", "opinion": "Opinion",
    "consultation": "Consultation", "legislation": "Legislation", "court-ruling": "Court ruling",
    "statement": "Statement",
}  # fmt: skip

# The one Jinja environment: the e-mail and the site render through it.
env = Environment(
    loader=PackageLoader("watcher", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def count_line(issue: Issue) -> str:
    c = issue.counts()
    parts = [
        _plural(c["regulatory"], "regulatory development", "regulatory developments"),
        _plural(c["news"], "news story", "news stories"),
    ]
    if c["late"]:
        parts.append(f"{c['late']} caught late")
    if c["attention"]:
        parts.append(
            _plural(c["attention"], "source needing attention", "sources needing attention")
        )
    return " · ".join(parts)


def week_span(issue: Issue, digest: DigestDef) -> str:
    zone = ZoneInfo(digest.timezone)
    start = issue.start.astimezone(zone)
    last = issue.end.astimezone(zone).date().toordinal() - 1
    end = datetime.fromordinal(last)
    return f"{start:%-d %b} – {end:%-d %b %Y}"


def _facts(item: Shown, regulatory: bool) -> str:
    parts = []
    if regulatory and item.act:
        parts.append(ACT_NAMES.get(item.act, item.act))
    if item.fine_amount:
        parts.append(f"{item.fine_currency} {item.fine_amount:,.0f}")
    parts.append(item.published.strftime("%-d %b %Y"))
    return " · ".join(parts)


def _view(issue: Issue, digest: DigestDef, names: dict[str, str]) -> dict[str, Any]:
    """What both renderers show, prepared once."""

    def entry(e: Entry, regulatory: bool) -> dict[str, Any]:
        lead = e.lead
        return {
            "title": lead.title,
            "source": names.get(lead.source_id, lead.source_id),
            "facts": _facts(lead, regulatory),
            "summary": lead.summary,
            "url": safe_url(lead.url),
            "also": [
                {"source": names.get(a.source_id, a.source_id), "url": safe_url(a.url)}
                for a in e.also
            ],
        }

    return {
        "title": digest.title,
        "week": issue.week,
        "span": week_span(issue, digest),
        "counts": count_line(issue),
        "empty": not issue.item_ids(),
        "regulatory": [
            {
                "heading": f"{g.jurisdiction} — {g.authority}",
                "entries": [entry(e, True) for e in g.entries],
            }
            for g in issue.regulatory
        ],
        "news": [entry(e, False) for e in issue.news],
        "late": [entry(e, e.lead.act is not None) for e in issue.late],
        "attention": [
            {
                "source": names.get(a.source_id, a.source_id),
                "failures": a.failures,
                "error": a.last_error or "",
            }
            for a in issue.attention
        ],
    }


EMPTY = "No regulatory developments or news on workplace AI monitoring this week."


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [indent.rstrip()]  # fmt: skip


def render_text(issue: Issue, digest: DigestDef, names: dict[str, str]) -> str:
    v = _view(issue, digest, names)
    out = [
        *_wrap(v["title"], ""),
        *_wrap(f"Week {v['week']} ({v['span']})", ""),
        *_wrap(v["counts"], ""),
        "",
    ]
    if v["empty"]:
        out += [*_wrap(EMPTY, ""), ""]

    def entries(items: list[dict[str, Any]]) -> None:
        for e in items:
            out.extend(_bullet(e["title"]))
            out.extend(_wrap(f"{e['source']} · {e['facts']}", "  "))
            if e["summary"]:
                out.extend(_wrap(e["summary"], "  "))
            if e["url"]:
                out.append(f"  {e['url']}")  # never wrapped: a link must stay whole
            if e["also"]:
                out.extend(
                    _wrap("Also reported by: " + ", ".join(a["source"] for a in e["also"]), "  ")
                )
            out.append("")

    for name, key in (
        ("REGULATORY DEVELOPMENTS", "regulatory"),
        ("IN THE NEWS", "news"),
        ("CAUGHT LATE", "late"),
    ):
        if not v[key]:
            continue
        out += [name, "=" * len(name), ""]
        if key == "regulatory":
            for group_ in v["regulatory"]:
                out += [group_["heading"], "-" * len(group_["heading"])]
                entries(group_["entries"])
        else:
            entries(v[key])
    if v["attention"]:
        out += ["SOURCES NEEDING ATTENTION", "=" * 25, ""]
        for a in v["attention"]:
            out.extend(
                _wrap(
                    f"{a['source']}: failed all week ({a['failures']} polls); last error: {a['error']}",
                    "  ",
                )
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _bullet(text: str) -> list[str]:
    lines = _wrap(text, "  ")
    return ["* " + lines[0][2:], *lines[1:]]


def render_html(issue: Issue, digest: DigestDef, names: dict[str, str]) -> str:
    return env.get_template("digest.html").render(v=_view(issue, digest, names), empty=EMPTY)


def render_issue_body(issue: Issue, digest: DigestDef, names: dict[str, str], h: int = 1) -> str:
    """The issue's article alone (the e-mail's body), for a site page; `h` is its top heading."""
    return env.get_template("_issue.html").render(v=_view(issue, digest, names), empty=EMPTY, h=h)
