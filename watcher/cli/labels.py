"""`watcher label`, `watcher labels list | export | remove`: what people decided themselves."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from watcher.cli import EXIT_FAILED, Context, cli, errors, pass_context, plural, table

if TYPE_CHECKING:
    from watcher.store import Archive


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
        item_id = archive.set_label(item_id, verdict == "relevant", note, ctx.now())
        click.echo(f"labelled {item_id} {verdict} ({_says(archive, item_id)})")
    if verdict != "relevant":  # what `train` will learn it as: the note's words decide
        from watcher.classify.lookalike import look_alike

        click.echo(f"watcher train learns it as a look-alike: {look_alike(note or '')}"
                   + ("" if note else " (a --note such as 'cameras on shoppers' says which kind)"))  # fmt: skip


def _says(archive: Archive, item_id: str) -> str:
    stored = archive.decision(item_id)  # the classifier's own verdict: a label does not change it
    return f"the classifier says {'relevant' if stored and stored.relevant else 'not relevant'}"


@cli.group("labels")
def labels_group() -> None:
    """The labels people gave with 'watcher label'."""


@labels_group.command("list")
@pass_context
def labels_list(ctx: Context) -> None:
    """Every label, oldest first, beside what the classifier says.

    Example: watcher labels list
    """
    with errors():
        labeled = ctx.open_archive().labeled()
    if not labeled:
        click.echo("no labels yet (give one with 'watcher label ID relevant|not-relevant')")
        return
    rows = [
        [g.labeled_at[:16].replace("T", " "), g.item.id, _verdict(g.label), _verdict(g.classified),
         _cut(g.item.title, 60), _cut(g.note or "", 40)]
        for g in labeled
    ]  # fmt: skip
    click.echo(table(rows, ["LABELLED", "ID", "LABEL", "CLASSIFIER", "TITLE", "NOTE"]))
    disagree = sum(1 for g in labeled if g.classified is not None and g.classified != g.label)
    click.echo(f"{plural(len(labeled), 'label')}, {disagree} overruling the classifier")


def _verdict(relevant: bool | None) -> str:
    return "-" if relevant is None else "relevant" if relevant else "not-relevant"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@labels_group.command("remove")
@click.argument("item_ids", nargs=-1, required=True, metavar="ITEM_ID...")
@pass_context
def labels_remove(ctx: Context, item_ids: tuple[str, ...]) -> None:
    """Take labels back: the classifier decides those items again (a label given by mistake).

    Example: watcher labels remove 3f2a9c0d1e4b5a67
    """
    missing = 0
    with errors():
        archive = ctx.open_archive()
        for given in item_ids:
            item_id = archive.item_id(given, missing_ok=True)  # none: said below
            if archive.remove_label(item_id):
                click.echo(f"removed the label of {item_id} ({_says(archive, item_id)})")
            else:
                click.echo(f"watcher: {item_id} has no label (see 'watcher labels list')", err=True)
                missing += 1
    if missing:
        sys.exit(EXIT_FAILED)


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
