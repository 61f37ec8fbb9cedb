"""`watcher search` and `watcher show`: finding and reading what the archive holds."""

from __future__ import annotations

import json
import re
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING

import click

from watcher.cli import Context, cli, errors, pass_context, plural
from watcher.exceptions import ConfigError, WatcherError
from watcher.models import ACTS, OVERRIDES, TOPICS, VETOES

if TYPE_CHECKING:
    from watcher.search import Hit


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str | None) -> str:
    """Text safe for a terminal: no control characters (an escape sequence in a feed's title
    must not retitle the window or recolour the screen)."""
    return _CONTROL.sub("", text or "")


def _cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ is quoted with '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _coloured(snippet: str | None) -> str:
    from watcher.search import HIGHLIGHT_END, HIGHLIGHT_START

    text = " ".join(clean(snippet).split())
    pieces = re.split(f"({HIGHLIGHT_START}.*?{HIGHLIGHT_END})", text)
    return "".join(
        click.style(p[1:-1], fg="yellow", bold=True) if p.startswith(HIGHLIGHT_START) else p
        for p in pieces
    )


def _print_table(hits: list[Hit], colour: bool) -> None:
    width = max(60, shutil.get_terminal_size((100, 24)).columns)
    for hit in hits:
        date = (hit.published or "")[:10]
        facts = "/".join(x for x in (hit.kind, hit.act, hit.authority) if x)
        head = f"{date}  {hit.source}  "
        room = width - len(head) - len(facts) - 3
        whole = clean(hit.title)
        title = whole if len(whole) <= room else whole[: max(10, room - 1)] + "…"
        line = f"{head}{click.style(title, bold=True) if colour else title}"
        click.echo(f"{line}  [{facts}]" if facts else line)
        plain = clean(hit.plain_snippet())
        snippet = _coloured(hit.snippet) if colour else plain
        if len(plain) > width - 4 and not colour:
            snippet = snippet[: width - 5] + "…"
        click.echo(f"    {snippet}")
        click.echo(f"    {hit.id}  {clean(hit.url)}")


@cli.command("search")
@click.argument("query", nargs=-1)
@click.option(
    "--since", help="From this date: 2026-04-20, 2026-04, 2026-W17, or 7d / 4w / 3m / 1y ago."
)
@click.option("--until", help="Up to and including this date (same forms as --since).")
@click.option(
    "--source", "source_ids", multiple=True, metavar="ID", help="Only this source (repeatable)."
)
@click.option("--publisher", help="Only sources whose publisher contains this text.")
@click.option("--authority", help="Only items whose authority contains this text (e.g. CNIL).")
@click.option("--jurisdiction", help="Only this jurisdiction (EU, INT or a country code).")
@click.option("--topic", type=click.Choice(TOPICS), help="Only this topic.")
@click.option("--kind", type=click.Choice(["regulatory", "news"]), help="Only this kind.")
@click.option("--act", type=click.Choice(ACTS), help="Only this kind of act.")
@click.option("--lang", "language", help="Only items in this language (two letters).")
@click.option(
    "--relevant/--all",
    "relevant_only",
    default=True,
    show_default=True,
    help="Only relevant items, or all.",
)
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv", "ids"]),
    default="table",
    show_default=True,
)
@pass_context
def search_command(
    ctx: Context, query: tuple[str, ...], since: str | None, until: str | None, source_ids: tuple[str, ...],
    publisher: str | None, authority: str | None, jurisdiction: str | None, topic: str | None,
    kind: str | None, act: str | None, language: str | None, relevant_only: bool, limit: int, fmt: str,
) -> None:  # fmt: skip
    """Search the archive: ranked full-text search with filters.

    QUERY: words (all must match), "exact phrases", OR, -excluded or NOT excluded, prefix*,
    title:word. Case and accents do not matter (salaries finds salariés). With no QUERY, the
    newest items that pass the filters are listed. A query that starts with - goes after --.

    \b
    Examples:
      watcher search geolocalisation --authority CNIL --act fine --since 2023-01-01
      watcher search 'keystroke OR "mouse clicks"' --kind news --since 4w
      watcher search 'title:biometric -police' --all --format csv
      watcher search -- -meta keystroke
    """
    from watcher.search import COLUMNS, Filters, count, counted, search

    text = " ".join(query)
    with errors():
        sources = list(dict.fromkeys(s.strip().lower() for s in source_ids))
        if sources or publisher:
            found, _ = ctx.load_sources()
            known = {s.id for s in found}
            unknown = [s for s in sources if s not in known]
            if unknown:
                raise ConfigError(
                    f"unknown source {', '.join(map(repr, unknown))} (see 'watcher sources list')"
                )
        if publisher:
            sources += [s.id for s in found if publisher.lower() in s.publisher.lower()]
            if not sources:
                raise ConfigError(f"no source has a publisher containing {publisher!r}")
        if language is not None and not re.fullmatch(r"[A-Za-z]{2}", language.strip()):
            raise ConfigError(f"--lang {language!r} is not a two-letter language code such as fr")
        if jurisdiction is not None and not re.fullmatch(r"[A-Za-z]{2,3}", jurisdiction.strip()):
            raise ConfigError(f"--jurisdiction {jurisdiction!r} is not EU, INT or a country code")
        filters = Filters(
            since=since, until=until, sources=tuple(sources), authority=authority,
            jurisdiction=jurisdiction.strip().upper() if jurisdiction else None, topic=topic,
            kind=kind, act=act, language=language.strip().lower() if language else None,
            relevant_only=relevant_only, limit=limit,
        )  # fmt: skip
        archive = ctx.open_archive()
        hits = search(archive, text, filters, ctx.now())
        table = fmt == "table"
        total = hidden = 0
        if table and len(hits) == limit:  # more may match: say how many, within a bound
            total = count(archive, text, filters, ctx.now(), True if relevant_only else None)
        if table and relevant_only:
            hidden = count(archive, text, filters, ctx.now(), relevant=False)
    if fmt == "ids":
        for hit in hits:
            click.echo(hit.id)
    elif fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(hit.record(), ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps([h.record() for h in hits], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        for hit in hits:
            record = hit.record()
            record["topics"] = ";".join(record["topics"])
            writer.writerow({k: _cell(v) for k, v in record.items()})
    else:
        _print_table(hits, sys.stdout.isatty())
        if total > len(hits):
            click.echo(f"{len(hits)} of {counted(total)} results (--limit shows more)")
        else:
            click.echo(plural(len(hits), "result"))
        if hidden:
            click.echo(
                f"{counted(hidden)} more {plural(hidden, 'match', 'matches', number=False)} "
                "not classified relevant: add --all to see them"
            )


@cli.command("show")
@click.argument("item_id")
@pass_context
def show_command(ctx: Context, item_id: str) -> None:
    """Show one item: its text, classification and evidence, label, and earlier versions.

    Example: watcher show 3f2a9c0d1e4b5a67
    """
    with errors():
        archive = ctx.open_archive()
        item_id = archive.item_id(item_id)
        item = archive.item(item_id)
        if item is None:  # never: item_id found it, and items are never deleted
            raise WatcherError(f"no item with id {item_id!r} in {ctx.db}")
        decision = archive.decision(item_id)
        versions = archive.versions(item_id)
        issues = archive.item_issues(item_id)
    click.echo(click.style(clean(item.title), bold=True))
    date_note = (
        " (first seen: the source gave no usable date)" if item.date_source == "first_seen" else ""
    )
    click.echo(
        f"{item.published[:16].replace('T', ' ')} UTC{date_note} · {item.source_id} · {clean(item.url)}"
    )
    click.echo(
        f"id {item.id} · version {item.version} · first seen {item.first_seen} · last seen {item.last_seen}"
    )
    if item.summary:
        click.echo("\n" + textwrap.fill(clean(item.summary), 88))
    if item.content_text and item.content_text != item.summary:
        body = clean(item.content_text)
        click.echo("\n" + textwrap.fill(body[:1500] + ("…" if len(body) > 1500 else ""), 88))
    click.echo("")
    if decision is None:
        click.echo("classification: none yet (run 'watcher reclassify')")
    else:
        verdict = "relevant" if decision.is_relevant else "not relevant"
        ruled = {**VETOES, **OVERRIDES}
        veto = next((ruled[e.concept] for e in decision.evidence if e.concept in ruled), "")
        if decision.label is None and veto:
            verdict += f": {veto}, whatever the score"
        label = ""
        if decision.label is not None:
            label = f" — labelled by a person{': ' + decision.note if decision.note else ''}"
        by = f"rules {decision.version}" + (f", model {decision.model}" if decision.model else "")
        click.echo(f"classification: {verdict} (score {decision.score}, {by}){label}")
        topics = ", ".join(decision.topics) or "-"
        facts = " · ".join(
            f"{k} {v}"
            for k, v in (
                ("kind", decision.kind),
                ("act", decision.act),
                ("authority", decision.authority),
                ("jurisdiction", decision.jurisdiction),
            )
            if v
        )
        click.echo(f"topics: {topics} · {facts}")
        if decision.fine:
            click.echo(f"fine: {decision.fine.text}")
        for ev in decision.evidence:
            click.echo(f"  evidence {clean(ev.text())}")
    if versions:
        click.echo(f"\nearlier versions ({len(versions)}):")
        for v in versions:
            click.echo(f"  v{v.version} replaced {v.replaced_at}: {clean(v.title)}")
    click.echo("\ndigest issues: " + (", ".join(issues) if issues else "none yet"))
