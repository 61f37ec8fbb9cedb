"""`watcher classify | eval | reclassify | label | labels export`: the classifier's commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from watcher.cli import Context, cli, errors, pass_context
from watcher.exceptions import ConfigError

if TYPE_CHECKING:
    from watcher.evaluate import SourceLookup


def _lookup(ctx: Context) -> SourceLookup:
    from watcher.evaluate import SourceLookup

    try:
        found, _ = ctx.load_sources()
    except ConfigError:
        found = []  # classify works without a registry; sources then come from the input
    return SourceLookup(found)


@cli.command("classify")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@pass_context
def classify_command(ctx: Context, file: Any) -> None:
    """Classify JSON Lines (title, summary, content, source, ...) from FILE or stdin.

    Writes one JSON object per input line, in order: the input plus relevant, score, topics,
    kind, act, authority, jurisdiction, fine and evidence. A line that is not JSON gets an
    error object naming its line number.

    \b
    Example:
      echo '{"title": "Employer fined for keystroke logging of staff"}' | watcher classify
    """
    from watcher.evaluate import classify_lines

    for out in classify_lines(file, _lookup(ctx)):
        click.echo(json.dumps(out, ensure_ascii=False))


@cli.command("eval")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@pass_context
def eval_command(ctx: Context, files: tuple[Path, ...]) -> None:
    """Precision, recall, F1 and false-positive rate against labelled JSON Lines (label 0/1).

    Reports overall, per language and per kind, then every misclassified item with its
    evidence.

    \b
    Example:
      watcher eval ../shared/labeled/dev.jsonl ../shared/labeled/dev-web.jsonl
    """
    from watcher.classify import load_rules
    from watcher.evaluate import classify_lines, evaluate

    lookup = _lookup(ctx)
    rows = []
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        for line, out in zip(lines, classify_lines(lines, lookup), strict=True):
            if "error" in out and "relevant" not in out:
                click.echo(f"{path}:{out['line']}: {out['error']}", err=True)
                continue
            gold = json.loads(line)
            out["gold_kind"] = gold.get("kind")
            out["label"] = gold.get("label")
            rows.append(out)
    click.echo(f"rules version {load_rules().version}")
    click.echo(evaluate(rows).text())


@cli.command("reclassify")
@pass_context
def reclassify_command(ctx: Context) -> None:
    """Re-run the current classifier over the whole archive and report what changed.

    Labels given with 'watcher label' are kept and still win.

    Example: watcher reclassify
    """
    from watcher.pipeline import reclassify

    with errors():
        found, _ = ctx.load_sources()
        archive = ctx.open_archive()
        with archive.lock():
            report = reclassify(archive, {s.id: s for s in found}, ctx.now())
    click.echo(
        f"reclassified {report.items} items with rules {report.version}: {report.changed} changed, "
        f"{len(report.became_relevant)} became relevant, {len(report.no_longer_relevant)} no longer relevant"
    )
    for item_id, title in report.became_relevant:
        click.echo(f"+ {item_id} {title}")
    for item_id, title in report.no_longer_relevant:
        click.echo(f"- {item_id} {title}")


@cli.command("label")
@click.argument("item_id")
@click.argument("verdict", type=click.Choice(["relevant", "not-relevant"]))
@click.option("--note", help="Why (kept with the label and exported).")
@pass_context
def label_command(ctx: Context, item_id: str, verdict: str, note: str | None) -> None:
    """Overrule the classifier for one item; the label wins and survives reclassification.

    Example: watcher label 3f2a9c0d1e4b5a67 not-relevant --note "about job applicants"
    """
    with errors():
        archive = ctx.open_archive()
        archive.set_label(item_id, verdict == "relevant", note, ctx.now())
        stored = archive.decision(item_id)
    said = "relevant" if stored and stored.relevant else "not relevant"
    click.echo(f"labelled {item_id} {verdict} (the classifier says {said})")


@cli.group("labels")
def labels_group() -> None:
    """The labels people gave with 'watcher label'."""


@labels_group.command("export")
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File (default stdout).",
)
@pass_context
def labels_export(ctx: Context, output: Any) -> None:
    """Export labels as JSON Lines that 'watcher eval' and 'watcher classify' read.

    Example: watcher labels export -o my-labels.jsonl
    """
    with errors():
        archive = ctx.open_archive()
        for labeled in archive.labeled():
            item = labeled.item
            record = {
                "id": item.id, "title": item.title, "summary": item.summary,
                "content": item.content_text, "source": item.source_id, "language": item.language,
                "url": item.url, "published": item.published, "label": int(labeled.label),
                "kind": labeled.kind, "note": labeled.note, "labeled_at": labeled.labeled_at,
            }  # fmt: skip
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
