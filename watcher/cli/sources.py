"""`watcher sources check | list | status | add | remove | enable | disable | export | import`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from watcher.cli import Context, cli, errors, pass_context, plural, report_check, table
from watcher.exceptions import ConfigError
from watcher.models import CATEGORIES

if TYPE_CHECKING:
    from watcher.models import Source


@cli.group()
def sources() -> None:
    """Inspect, validate and edit the source registry (sources/*.toml)."""


@sources.command("check")
@pass_context
def sources_check(ctx: Context) -> None:
    """Validate every sources/*.toml file; one line per problem, exit status 2 if any.

    Example: watcher sources check
    """
    with errors():
        found, problems = ctx.load_sources(check=True)
    report_check(problems, f"{plural(len(found), 'source')} OK", ctx.sources_dir)


@sources.command("list")
@pass_context
def sources_list(ctx: Context) -> None:
    """Show the registry: id, kind, category, jurisdiction, language, status and name.

    Example: watcher sources list
    """
    with errors():
        found, problems = ctx.load_sources()
    rows = [
        [s.id, s.kind, s.category, s.jurisdiction, s.language,
         ("" if s.enabled else "disabled ") + ("verified" if s.verified else "unverified"), s.name]
        for s in found
    ]  # fmt: skip
    if rows:
        click.echo(table(rows, ["ID", "KIND", "CATEGORY", "JUR", "LANG", "STATUS", "NAME"]))
    else:
        _none_yet(ctx)
    if problems:
        click.echo(
            f"({plural(len(problems), 'problem')} in the registry; the entries they are in are "
            "skipped: run 'watcher sources check')",
            err=True,
        )


def _none_yet(ctx: Context) -> None:
    click.echo(f"no sources in {ctx.sources_dir} (add one with 'watcher sources add URL')")


def _short(stamp: str | None) -> str:
    return stamp.replace("T", " ")[:16] if stamp else "-"


@sources.command("status")
@pass_context
def sources_status(ctx: Context) -> None:
    """Per source: last success, last error, error count, next poll and item count.

    Example: watcher --db watcher.db sources status
    """
    with errors():
        found, _ = ctx.load_sources()
        if not found:
            _none_yet(ctx)
            return
        archive = ctx.open_archive()
        counts = archive.item_counts()
        rows = []
        moved = []
        states = archive.states(s.id for s in found)
        for s in found:
            st = states[s.id]
            error = (st.last_error or "")[:60] if st.error_count else ""
            rows.append(
                [
                    s.id,
                    _short(st.last_success),
                    str(st.error_count),
                    _short(st.next_poll) if s.enabled else "disabled",
                    str(counts.get(s.id, 0)),
                    error,
                ]
            )
            if st.permanent_redirect:
                moved.append(
                    f"{s.id}: moved permanently to {st.permanent_redirect} ({s.file}:{s.line})"
                )
    click.echo(table(rows, ["ID", "LAST SUCCESS", "ERRORS", "NEXT POLL", "ITEMS", "LAST ERROR"]))
    for line in moved:
        click.echo(line)


def _group(ctx: Context, group: str) -> Path:
    """A group file: a name in the sources folder, or a path."""
    path = Path(group)
    if path.suffix != ".toml":
        raise ConfigError(f"--group {group!r} must be a .toml file")
    return path if path.parent != Path(".") else ctx.sources_dir / path


def _registry(ctx: Context) -> list[Source]:
    """The sources there are, to add to: none yet in a new or empty folder, which the first
    `sources add` or `sources import` starts (and makes)."""
    if not any(ctx.sources_dir.glob("*.toml")):
        return []
    return ctx.load_sources()[0]


def _find(ctx: Context, source_id: str) -> Source:
    found, _ = ctx.load_sources()
    match = next((s for s in found if s.id == source_id), None)
    if match is None:
        raise ConfigError(f"no source {source_id!r} (see 'watcher sources list')")
    return match


def _same_url(a: str, b: str) -> bool:
    from watcher.normalize import canonical_url

    return canonical_url(a).split("://", 1)[-1] == canonical_url(b).split("://", 1)[-1]


@sources.command("add")
@click.argument("url")
@click.option("--id", "source_id", help="The new source's id (default: from its title).")
@click.option(
    "--group",
    default="added.toml",
    show_default=True,
    help="The file in the sources folder to add it to.",
)
@click.option("--name", help="Its name (default: the feed's title).")
@click.option("--publisher", help="Who publishes it, as readers will see it (default: the name).")
@click.option("--category", type=click.Choice(CATEGORIES), default="news", show_default=True)
@click.option(
    "--jurisdiction",
    help="EU, INT or a country code (default: from the address: cnil.fr is FR; else INT).",
)
@click.option("--language", help="Two letters (default: the feed's own, else en).")
@click.option("--dry-run", is_flag=True, help="Show the entry; write nothing.")
@pass_context
def sources_add(
    ctx: Context, url: str, source_id: str | None, group: str, name: str | None,
    publisher: str | None, category: str, jurisdiction: str | None, language: str | None,
    dry_run: bool,
) -> None:  # fmt: skip
    """Add a source from a feed's or a site's URL: finds the feed (<link rel="alternate">, or a
    WordPress REST API), shows what it holds, and appends an entry to a sources file, keeping
    the file's comments and layout. Refuses an id or a feed already in the registry.

    \b
    Examples:
      watcher sources add https://algorithmwatch.org/en/ --category ngo
      watcher sources add https://edri.org/feed/ --id edri --group ngos.toml --dry-run
    """
    from watcher.config.edit import append, entry_text
    from watcher.discover import discover
    from watcher.fetch import default_user_agent
    from watcher.opml import host_name, jurisdiction_of, slug
    from watcher.text import web_address

    with errors():
        if not web_address(url):
            raise ConfigError(
                f"{url!r} is not an absolute http(s) address, such as https://edri.org/"
            )
        existing = _registry(ctx)
        target = _group(ctx, group)
        hit = discover(url, default_user_agent(ctx.settings.contact))
        for s in existing:
            if _same_url(s.url, hit.url):
                raise ConfigError(
                    f"{hit.url} is already in the registry as {s.id!r} ({s.file}:{s.line})"
                )
        new_id = source_id or slug(hit.title, {s.id for s in existing}, hit.url)
        clash = next((s for s in existing if s.id == new_id), None)
        if clash:
            raise ConfigError(
                f"id {new_id!r} is already used at {clash.file}:{clash.line}; pass --id"
            )
        title = name or hit.title or host_name(hit.url) or new_id
        place = jurisdiction or next(
            (j for j in (jurisdiction_of(url), jurisdiction_of(hit.url)) if j != "INT"), "INT"
        )
        entry = entry_text({
            "id": new_id, "name": title, "url": hit.url, "kind": hit.kind,
            "publisher": publisher or title, "category": category,
            "jurisdiction": place.upper(), "language": (language or hit.language or "en").lower(),
            "verified": True, "note": f"added with 'watcher sources add' on {ctx.now():%Y-%m-%d}: found via {hit.via}",
        })  # fmt: skip
        untitled = "" if name or hit.title else " (it has no title: --name to choose one)"
        click.echo(
            f"found {hit.kind} {hit.url} via {hit.via}: {title!r}{untitled}, "
            f"{plural(len(hit.entries), 'item')}"
        )
        newest = sorted(
            hit.entries, key=lambda e: e.published.isoformat() if e.published else "", reverse=True
        )
        for e in newest[:3]:
            click.echo(
                f"  {e.published:%Y-%m-%d}  {e.title}"
                if e.published
                else f"  ----------  {e.title}"
            )
        if dry_run:
            click.echo(f"\nwould add to {target}:\n\n{entry}", nl=False)
            return
        header = "# Sources added with 'watcher sources add' and 'watcher sources import'.\n\n"
        append(target, entry, header)
    told = "" if jurisdiction or place == "INT" else " from its address"
    click.echo(
        f"added {new_id} to {target} ({category}, {place.upper()}{told}); "
        f"run 'watcher poll --source {new_id}' to fetch it"
    )


@sources.command("remove")
@click.argument("source_id", metavar="ID")
@pass_context
def sources_remove(ctx: Context, source_id: str) -> None:
    """Remove a source's entry from its file (what it brought stays in the archive).

    Example: watcher sources remove gbaf
    """
    from watcher.config.edit import remove

    with errors():
        source = _find(ctx, source_id)
        remove(source)
    click.echo(f"removed {source_id} from {source.file} (its items stay in the archive)")


def _switch(ctx: Context, source_id: str, enabled: bool) -> None:
    from watcher.config.edit import set_enabled

    with errors():
        source = _find(ctx, source_id)
        changed = set_enabled(source, enabled)
    state = "enabled" if enabled else "disabled"
    click.echo(
        f"{source_id}: {state} in {source.file}:{source.line}"
        if changed
        else f"{source_id} was already {state}"
    )


@sources.command("disable")
@click.argument("source_id", metavar="ID")
@pass_context
def sources_disable(ctx: Context, source_id: str) -> None:
    """Stop polling a source (enabled = false in its file), keeping its entry.

    Example: watcher sources disable techtarget
    """
    _switch(ctx, source_id, False)


@sources.command("enable")
@click.argument("source_id", metavar="ID")
@pass_context
def sources_enable(ctx: Context, source_id: str) -> None:
    """Poll a disabled source again (enabled = true in its file).

    Example: watcher sources enable gbaf
    """
    _switch(ctx, source_id, True)


@sources.command("export")
@click.option("--opml", "as_opml", is_flag=True, default=True, help="OPML 2.0 (the one format).")
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File (default stdout).",
)
@pass_context
def sources_export(ctx: Context, as_opml: bool, output: Any) -> None:
    """Write the registry's feeds as OPML 2.0, categories as outlines, for Miniflux, FreshRSS
    and other feed readers.

    Example: watcher sources export --opml -o watcher.opml
    """
    from watcher.opml import export

    with errors():
        found, _ = ctx.load_sources()
    output.write(export([s for s in found if s.enabled]))


@sources.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--group",
    default="imported.toml",
    show_default=True,
    help="The file in the sources folder to add them to.",
)
@pass_context
def sources_import(ctx: Context, file: Path, group: str) -> None:
    """Add the feeds of an OPML file (from Miniflux, FreshRSS, ...) that are not yet in the
    registry, and say what was added and what skipped.

    Example: watcher sources import subscriptions.opml --group imported.toml
    """
    from watcher.config.edit import append, entry_text
    from watcher.config.sources import JURISDICTION_RE
    from watcher.opml import read, slug
    from watcher.text import web_address

    with errors():
        existing = _registry(ctx)
        target = _group(ctx, group)
        outlines = read(file.read_bytes(), str(file))
        taken = {s.id for s in existing}
        known = [s.url for s in existing]
        entries, skipped = [], []
        for o in outlines:
            if not web_address(o.url):  # one bad outline must not refuse the whole file
                skipped.append(f"{o.url} (not an http(s) address)")
                continue
            already = next((s for s in existing if _same_url(s.url, o.url)), None)
            if already or any(_same_url(u, o.url) for u in known):
                skipped.append(
                    f"{o.url} (already there as {already.id if already else 'an earlier line'})"
                )
                continue
            known.append(o.url)
            new_id = slug(o.title, taken, o.url)
            entries.append((new_id, entry_text({
                "id": new_id, "name": o.title, "url": o.url, "kind": "feed", "publisher": o.publisher,
                "category": o.category, "jurisdiction": o.jurisdiction if JURISDICTION_RE.match(o.jurisdiction) else "INT",
                "language": o.language if re.fullmatch(r"[a-z]{2}", o.language) else "en",
                "verified": False, "note": f"imported from {file.name}",
            })))  # fmt: skip
        if entries:
            header = "# Sources added with 'watcher sources add' and 'watcher sources import'.\n\n"
            append(target, "\n".join(text for _, text in entries), header)
    click.echo(f"imported {plural(len(entries), 'feed')} into {target}, skipped {len(skipped)}")
    for new_id, _ in entries:
        click.echo(f"  + {new_id}")
    for line in skipped:
        click.echo(f"  = {line}")
