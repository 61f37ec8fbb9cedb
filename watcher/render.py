"""Issue → what a person reads: plain text at 72 columns, and HTML for mail clients.

Pure. Text from feeds is escaped in HTML by Jinja2's autoescaping (it was already sanitised to
plain text when archived); links are only ever http(s). The HTML carries its CSS inline, loads
nothing from outside, and declares light and dark colour schemes.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Set
from datetime import datetime
from email.utils import parseaddr
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape

from watcher.models import Attention, DigestDef, Entry, Issue, Shown, Source, fine_text
from watcher.text import keep_marks, safe_url

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
        parts.append(fine_text(item.fine_amount, item.fine_currency or ""))
    parts.append(item.published.strftime("%-d %b %Y"))
    return " · ".join(parts)


def _view(issue: Issue, digest: DigestDef, names: dict[str, str]) -> dict[str, Any]:
    """What both renderers show, prepared once."""

    def entry(e: Entry, regulatory: bool) -> dict[str, Any]:
        lead = e.lead
        return {
            "id": lead.id,
            "title": keep_marks(lead.title),
            "source": names.get(lead.source_id, lead.source_id),
            "facts": _facts(lead, regulatory),
            "summary": lead.summary,
            "url": safe_url(lead.url),
            "also": [
                {"source": names.get(a.source_id, a.source_id), "url": safe_url(a.url)}
                for a in e.also
            ],
        }

    alert = issue.week.startswith("alert-")
    return {
        "title": digest.title,
        "week": issue.week,
        "alert": alert,
        "span": issue.start.astimezone(ZoneInfo(digest.timezone)).strftime("%-d %b %Y")
        if alert
        else week_span(issue, digest),
        "counts": count_line(issue),
        "empty": not issue.item_ids(),
        "regulatory": [
            {
                "heading": f"{place_name(g.jurisdiction)} — {authority_name(g.authority)}"
                if g.named
                else place_name(g.jurisdiction),
                "entries": [entry(e, True) for e in g.entries],
            }
            for g in sorted(
                issue.regulatory, key=lambda g: (place_order(g.jurisdiction), g.authority)
            )
        ],
        "news": [entry(e, False) for e in issue.news],
        "late": [entry(e, e.lead.act is not None) for e in issue.late],
        "attention": [
            {"source": names.get(a.source_id, a.source_id), "words": attention_words(a, digest)}
            for a in issue.attention
        ],
    }


def attention_words(a: Attention, digest: DigestDef) -> str:
    """A failing source in a reader's words: what went wrong and since when, no errno text."""
    error = (a.last_error or "").lower()
    if any(
        w in error for w in ("connection", "timed out", "no complete response", "name or service")
    ):
        what = "could not be reached"
    elif error.startswith("http 404") or error.startswith("http 410"):
        what = "has moved or been removed"
    elif error.startswith("http 4"):
        what = "refuses our requests"
    elif error.startswith("http 5"):
        what = "has server errors"
    elif "interrupted" in error:
        what = "was interrupted"
    elif error:
        what = "sends what watcher cannot read"
    else:
        what = "failed"
    if a.since:
        day = datetime.fromisoformat(a.since).astimezone(ZoneInfo(digest.timezone))
        what += f" since {day:%-d %b}"
    tries = f"{a.failures} {'try' if a.failures == 1 else 'tries'} this week"
    return f"{what} ({tries})"


# What readers see instead of codes. Countries by ISO code; authorities by the short name the
# rules give them (watcher/rules/classifier.toml), in their own language.
PLACES = {
    "EU": "European Union", "INT": "International", "AT": "Austria", "BE": "Belgium",
    "CH": "Switzerland", "DE": "Germany", "DK": "Denmark", "ES": "Spain", "FI": "Finland",
    "FR": "France", "GB": "United Kingdom", "UK": "United Kingdom", "GR": "Greece",
    "HU": "Hungary", "IE": "Ireland", "IT": "Italy", "LU": "Luxembourg", "NL": "Netherlands",
    "NO": "Norway", "PL": "Poland", "PT": "Portugal", "SE": "Sweden", "US": "United States",
    "CZ": "Czechia", "HR": "Croatia", "RO": "Romania", "IS": "Iceland", "MT": "Malta",
    "CA": "Canada", "AU": "Australia",
}  # fmt: skip
AUTHORITIES = {
    "CNIL": "Commission nationale de l'informatique et des libertés (CNIL)",
    "ICO": "Information Commissioner's Office (ICO)",
    "EDPB": "European Data Protection Board (EDPB)",
    "EDPS": "European Data Protection Supervisor (EDPS)",
    "DPC": "Data Protection Commission (DPC)",
    "Garante": "Garante per la protezione dei dati personali",
    "AEPD": "Agencia Española de Protección de Datos (AEPD)",
    "BfDI": "Bundesbeauftragter für den Datenschutz und die Informationsfreiheit (BfDI)",
    "IMY": "Integritetsskyddsmyndigheten (IMY)",
    "DSB": "Datenschutzbehörde (DSB)",
    "APD/GBA": "Autorité de protection des données / Gegevensbeschermingsautoriteit (APD/GBA)",
    "UODO": "Urząd Ochrony Danych Osobowych (UODO)",
    "CJEU": "Court of Justice of the European Union (CJEU)",
    "ECtHR": "European Court of Human Rights (ECtHR)",
    "NLRB": "National Labor Relations Board (NLRB)",
    "FTC": "Federal Trade Commission (FTC)",
    "EEOC": "Equal Employment Opportunity Commission (EEOC)",
    "NAIH": "Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)",
    "HDPA": "Hellenic Data Protection Authority (HDPA)",
    "CNPD": "Comissão / Commission nationale pour la protection des données (CNPD)",
    "Tietosuojavaltuutettu": "Tietosuojavaltuutetun toimisto (Data Protection Ombudsman)",
    "UOOU": "Úřad pro ochranu osobních údajů (ÚOOÚ)",
    "AZOP": "Agencija za zaštitu osobnih podataka (AZOP)",
    "ANSPDCP": "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)",
    "IDPC": "Information and Data Protection Commissioner (IDPC)",
    "FDPIC": "Federal Data Protection and Information Commissioner (FDPIC)",
    "OPC": "Office of the Privacy Commissioner of Canada (OPC)",
    "OAIC": "Office of the Australian Information Commissioner (OAIC)",
    "EHRC": "Equality and Human Rights Commission (EHRC)",
    "CFPB": "Consumer Financial Protection Bureau (CFPB)",
}  # fmt: skip


def place_name(code: str) -> str:
    return PLACES.get(code, code)


def place_order(code: str) -> tuple[int, str]:
    """The order readers meet places in: the European Union first, then international bodies,
    then countries by name (not by code: Ireland before the United Kingdom, Germany after the EU)."""
    return ({"EU": 0, "INT": 1}.get(code, 2), place_name(code))


def authority_name(name: str) -> str:
    return AUTHORITIES.get(name, name)


def reader_names(sources: Iterable[Source]) -> dict[str, str]:
    """Source id → what a reader calls it: the publisher ("ICO"), not the feed ("ICO — News
    and communications (GOV.UK)")."""
    return {s.id: s.publisher for s in sources}


EMPTY = "No regulatory developments or news on workplace AI monitoring this week."


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [indent.rstrip()]  # fmt: skip


def issue_path(week: str) -> str:
    """Where an issue lives on the site, from its root: 2026-W17 → 2026/W17/."""
    year, number = week.split("-W")
    return f"{year}/W{number}/"


def footer(issue: Issue, digest: DigestDef) -> list[dict[str, str]]:
    """The e-mail's last lines: where to read it online, why one gets it, how to stop it."""
    lines = []
    if digest.site_url:
        base = digest.site_url if digest.site_url.endswith("/") else digest.site_url + "/"
        alert = issue.week.startswith("alert-")
        url = base + (f"items/{issue.item_ids()[0]}/" if alert else issue_path(issue.week))
        what = "this item" if alert else "this issue"
        lines.append({"before": f"View {what} online: ", "url": url, "label": url, "after": ""})
    why = f"You receive this because you subscribed to {digest.title}"
    lines.append({"before": why + (f": {digest.description}" if digest.description else ".")})
    if digest.unsubscribe:
        target = digest.unsubscribe
        label = target[7:].split("?")[0] if target.lower().startswith("mailto:") else target
        lines.append({"before": "To unsubscribe: ", "url": target, "label": label, "after": ""})
    else:
        address = parseaddr(digest.sender)[1]
        lines.append({"before": f"To unsubscribe, write to {address}."})
    return lines


def render_text(issue: Issue, digest: DigestDef, names: dict[str, str]) -> str:
    v = _view(issue, digest, names)
    out = [
        *_wrap(v["title"], ""),
        *_wrap(f"Alert, {v['span']}" if v["alert"] else f"Week {v['week']} ({v['span']})", ""),
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
            out.extend(_wrap(f"{a['source']}: {a['words']}", "  "))
        out.append("")
    out.append("-- ")
    for line in footer(issue, digest):
        text = line["before"] + (line["label"] if line.get("url") else "")
        out.extend(_wrap(text, "") if not line.get("url") else [line["before"] + line["label"]])
    return "\n".join(out).rstrip() + "\n"


def _bullet(text: str) -> list[str]:
    lines = _wrap(text, "  ")
    return ["* " + lines[0][2:], *lines[1:]]


def render_html(issue: Issue, digest: DigestDef, names: dict[str, str]) -> str:
    return env.get_template("digest.html").render(
        v=_view(issue, digest, names), empty=EMPTY, footer=footer(issue, digest)
    )


def render_issue_body(
    issue: Issue, digest: DigestDef, names: dict[str, str], h: int = 1,
    pages: Set[str] = frozenset(), root: str = "",
) -> str:  # fmt: skip
    """The issue's article for a site page (the page has the title; `h` is the level of its own
    heading): an entry whose item has a page there (`pages`, under `root`) links to it."""
    return env.get_template("_issue.html").render(
        v=_view(issue, digest, names), empty=EMPTY, h=h, site=True, pages=pages, root=root
    )
