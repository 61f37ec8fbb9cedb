"""`watcher classify | eval | review | reclassify`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from watcher.cli import EXIT_CONFIG, EXIT_FAILED, Context, cli, errors, pass_context, plural
from watcher.exceptions import ConfigError

if TYPE_CHECKING:
    from watcher.evaluate import SourceLookup
    from watcher.models import Source


def source_lookup(ctx: Context) -> SourceLookup:
    """Sources by what an input line's "source" names; the registry is read only when a line
    names one (classify works without a registry; sources then come from the input)."""
    from watcher.evaluate import SourceLookup

    def registry() -> list[Source]:
        try:
            return ctx.load_sources()[0]
        except ConfigError:
            return []

    return SourceLookup(registry)


@cli.command("classify")
@click.argument("file", type=click.File("r", encoding="utf-8-sig", errors="replace"), default="-")
@pass_context
def classify_command(ctx: Context, file: Any) -> None:
    """Classify JSON Lines (title, summary, content, source, ...) from FILE or stdin.

    Writes one JSON object per input line, in order: the input plus relevant, score, topics,
    kind, act, authority, jurisdiction, fine and evidence. A line that is not JSON gets an
    error object naming its line number; the others go on, and the exit status is then 1.

    \b
    Example:
      echo '{"title": "Employer fined for keystroke logging of staff"}' | watcher classify
    """
    from watcher import forked
    from watcher.evaluate import classify_lines, not_classified

    model = ctx.model()
    lookup = source_lookup(ctx)

    def work(part: Sequence[str], first: int) -> Iterator[tuple[str, bool]]:
        for out in classify_lines(part, lookup, model, first):
            yield json.dumps(out, ensure_ascii=False), not_classified(out)

    if file.isatty():  # `watcher classify` typed alone: say what it waits for
        click.echo("reading JSON Lines from the terminal; end with Ctrl-D", err=True)
    # a whole file on every core, the rules loaded once before the workers are forked (each had
    # read and compiled them again); a pipe or a terminal answered line by line as it comes
    if forked.can_fork(file):
        from watcher.classify import load_rules

        load_rules()
        outputs = forked.run(file, work)
    else:
        outputs = work(file, 1)
    lines = failed = 0
    for text, bad in outputs:
        click.echo(text)
        lines += 1
        failed += bad
    if failed:
        click.echo(f"watcher: {failed} of {lines} lines not classified (see their error objects)",
                   err=True)  # fmt: skip
        sys.exit(EXIT_FAILED)


@cli.command("eval")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--cv",
    "folds",
    type=click.IntRange(2, 20),
    help="Instead of the installed model, cross-validate the training recipe in K folds "
    "(grouped: near-duplicates stay in one fold).",
)
@pass_context
def eval_command(ctx: Context, files: tuple[Path, ...], folds: int | None) -> None:
    """Precision, recall, F1 and false-positive rate against labelled JSON Lines (label 0/1).

    Reports overall, per language and per kind, then every misclassified item with its
    evidence. With --cv K, each item is decided by a model trained without it (nor its near
    duplicates): the honest figure for items the model has never seen.

    \b
    Examples:
      watcher eval ../shared/labeled/dev.jsonl ../shared/labeled/dev-web.jsonl
      watcher eval --cv 5 ../shared/labeled/*.jsonl
    """
    from watcher.classify import load_rules
    from watcher.evaluate import classify_lines, decision_dict, evaluate, not_classified
    from watcher.text import json_lines

    lookup = source_lookup(ctx)
    rows = []
    if folds:
        from watcher.classify import crossval
        from watcher.classify import train as training
        from watcher.classify.features import FeatureConfig

        with errors():
            examples, _ = training.read_corpus(files, lookup)
            data = training.prepare(examples, FeatureConfig())
            cv = crossval.cross_validate(data, folds)
        for i, (example, decision) in enumerate(zip(examples, cv.decisions, strict=True)):
            row = {"id": example.id, "title": example.doc.title, "language": example.language,
                   "gold_kind": example.kind, "label": int(example.label), **decision_dict(decision)}  # fmt: skip
            row["relevant"] = cv.relevant(i)
            rows.append(row)
        click.echo(
            f"{folds}-fold cross-validation, grouped by near-duplicates; rules {load_rules().version}; "
            f"threshold {cv.threshold:.2f} ({crossval.THRESHOLD_RULE})"
        )
        click.echo(evaluate(rows).text())
        return
    model = ctx.model()
    failed = 0
    for path in files:
        with errors():
            try:  # read as `classify` and the corpus read lines (text.json_lines)
                lines = json_lines(path.read_bytes())
            except OSError as e:
                raise ConfigError(f"cannot read it: {e.strerror or e}", file=str(path)) from e
        outs = classify_lines(lines, lookup, model)
        for number, (line, out) in enumerate(zip(lines, outs, strict=True), start=1):
            if not_classified(out):
                click.echo(f"{path}:{out['line']}: {out['error']}", err=True)
                failed += 1
                continue
            gold = json.loads(line)
            out["gold_kind"] = gold.get("kind")
            out["label"] = gold.get("label")
            out["line"] = f"{path}:{number}"  # named so in the errors where it has no id
            rows.append(out)
    report = evaluate(rows)
    if not report.overall.n:
        names = ", ".join(str(path) for path in files)
        click.echo(f"watcher: no labelled items (JSON objects with a label of 0 or 1) in {names}",
                   err=True)  # fmt: skip
        sys.exit(EXIT_CONFIG)
    click.echo(f"rules version {load_rules().version}; model {model.version} ({model.path})")
    click.echo(report.text())
    if failed:
        click.echo(f"watcher: {plural(failed, 'line')} not read (see above)", err=True)
        sys.exit(EXIT_FAILED)


@cli.command("review")
@click.option("--days", type=click.IntRange(1, 3650), default=14, show_default=True,
              help="Items published in the last N days.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True
)
@pass_context
def review_command(ctx: Context, days: int, limit: int, fmt: str) -> None:
    """The items the classifier is least sure of, most uncertain first, with their evidence.

    Label the ones it got wrong ('watcher label ID relevant|not-relevant'): these teach the model
    most. Then 'watcher train' and 'watcher reclassify'.

    \b
    Examples:
      watcher review
      watcher review --days 30 --limit 50 --format jsonl
    """
    from datetime import date, timedelta

    with errors():
        model = ctx.model()
        archive = ctx.open_archive()
        since = (ctx.now() - timedelta(days=days)).isoformat(timespec="seconds")
        found = archive.uncertain(since, model.threshold, limit)
    for item, decision in found:
        if fmt == "jsonl":
            record = {
                "id": item.id, "title": item.title, "source": item.source_id, "url": item.url,
                "published": item.published, "score": decision.score,
                "relevant": decision.relevant, "threshold": model.threshold,
                "evidence": [e.as_dict() for e in decision.evidence],
            }  # fmt: skip
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        verdict = "relevant" if decision.relevant else "not relevant"
        click.echo(f"{decision.score:.2f} {verdict:<12} {item.published[:10]}  {item.title}")
        click.echo(f"     {item.id}  {item.source_id}  {item.url or ''}")
        for ev in decision.evidence[:6]:
            click.echo(f"     {ev.text()}")
    if fmt == "text":
        click.echo(
            f"{len(found)} unlabelled items of the last {days} days nearest the threshold "
            f"({model.threshold:.2f}); label with 'watcher label ID relevant|not-relevant'"
        )
        if not found:  # the window is empty: say how far back the archive's items go
            day = (archive.newest_unlabelled() or "")[:10]
            try:
                back = (ctx.now().date() - date.fromisoformat(day)).days + 1
            except ValueError:  # none, or not a date
                back = 0
            if back > days:
                click.echo(f"the newest unlabelled item was published {day}: "
                           f"try 'watcher review --days {back}'")  # fmt: skip


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
        model = ctx.model()
        with archive.lock():
            report = reclassify(archive, {s.id: s for s in found}, ctx.now(), model)
    click.echo(
        f"reclassified {report.items} items with rules {report.version}: {report.changed} changed, "
        f"{len(report.became_relevant)} became relevant, {len(report.no_longer_relevant)} no longer relevant"
    )
    for item_id, title in report.became_relevant:
        click.echo(f"+ {item_id} {title}")
    for item_id, title in report.no_longer_relevant:
        click.echo(f"- {item_id} {title}")
