"""`watcher classify | eval | train | review | reclassify`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from watcher.cli import EXIT_CONFIG, EXIT_FAILED, Context, cli, errors, pass_context, plural
from watcher.config import settings as defaults
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
@click.argument("file", type=click.File("r", encoding="utf-8", errors="replace"), default="-")
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
    from watcher.evaluate import classify_lines

    model = ctx.model()
    if file.isatty():  # `watcher classify` typed alone: say what it waits for
        click.echo("reading JSON Lines from the terminal; end with Ctrl-D", err=True)
    lines = failed = 0
    for out in classify_lines(file, _lookup(ctx), model):
        click.echo(json.dumps(out, ensure_ascii=False))
        lines += 1
        failed += "error" in out and "relevant" not in out
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
    from watcher.evaluate import classify_lines, decision_dict, evaluate

    lookup = _lookup(ctx)
    rows = []
    if folds:
        from watcher.classify import train as training
        from watcher.classify.features import FeatureConfig

        with errors():
            examples, _ = training.read_corpus(files, lookup)
            data = training.prepare(examples, FeatureConfig())
            cv = training.cross_validate(data, FeatureConfig(), folds)
        for i, (example, decision) in enumerate(zip(examples, cv.decisions, strict=True)):
            row = {"id": example.id, "title": example.doc.title, "language": example.language,
                   "gold_kind": example.kind, "label": int(example.label), **decision_dict(decision)}  # fmt: skip
            row["relevant"] = cv.relevant(i)
            rows.append(row)
        click.echo(
            f"{folds}-fold cross-validation, grouped by near-duplicates; rules {load_rules().version}; "
            f"threshold {cv.threshold:.2f} (most recall at precision >= 0.90 out of fold)"
        )
        click.echo(evaluate(rows).text())
        return
    model = ctx.model()
    failed = 0
    for path in files:
        with errors():
            try:  # bytes that are not UTF-8 become U+FFFD, as in the corpus (train.read_corpus)
                lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
            except OSError as e:
                raise ConfigError(f"cannot read it: {e.strerror or e}", file=str(path)) from e
        for line, out in zip(lines, classify_lines(lines, lookup, model), strict=True):
            if "error" in out and "relevant" not in out:
                click.echo(f"{path}:{out['line']}: {out['error']}", err=True)
                failed += 1
                continue
            gold = json.loads(line)
            out["gold_kind"] = gold.get("kind")
            out["label"] = gold.get("label")
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


@cli.command("train")
@click.option(
    "--corpus",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    envvar=defaults.ENV_CORPUS,
    help=f"Labelled JSON Lines, or a folder of them (repeatable; env {defaults.ENV_CORPUS}).",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the model (default: beside the archive, where it is used).",
)
@click.option(
    "--labels/--no-labels", default=True, show_default=True, help="Learn from your labels too."
)
@click.option("--force", is_flag=True, help="Install the model even if its figures dropped.")
@click.option("--folds", type=click.IntRange(2, 20), default=5, show_default=True)
@pass_context
def train_command(
    ctx: Context,
    corpus: tuple[Path, ...],
    output: Path | None,
    labels: bool,
    force: bool,
    folds: int,
) -> None:
    """Retrain the relevance model on the labelled corpus plus your labels.

    Your labels ('watcher label ID relevant|not-relevant') weigh more than corpus items. Prints
    cross-validated precision and recall before (corpus only) and after (with your labels) and
    refuses a model whose F1 dropped by more than 0.02 (--force installs it anyway). Without a
    corpus, the shipped model's word weights move the least that fits your labels. Then run
    'watcher reclassify' to apply it.

    \b
    Examples:
      watcher train --corpus ../shared/labeled && watcher reclassify
      watcher train && watcher reclassify      # no corpus: your labels alone
    """
    from watcher.classify import train as training
    from watcher.classify.features import FeatureConfig
    from watcher.classify.model import archive_model_path

    config = FeatureConfig()
    if not corpus:
        return _tune(ctx, output, labels, force, folds)
    with errors():
        lookup = _lookup(ctx)
        examples, read = training.read_corpus(corpus, lookup)
        mine = _reader_examples(ctx, lookup) if labels else []
        target = output or archive_model_path(ctx.db)
        data = training.prepare(examples + mine, config)
        after = training.cross_validate(data, config, folds)
        before = (
            training.cross_validate(data, config, folds, learn_from_reader=False) if mine else after
        )
        click.echo(
            f"trained on {len(examples)} corpus items and {len(mine)} of your labels; "
            f"{folds}-fold cross-validated, grouped by near-duplicates:"
        )
        parts = [("all", "overall")] + (
            [("corpus", "corpus"), ("your labels", "labels")] if mine else []
        )
        for name, key in parts:
            b, a = before.figures[key], after.figures[key]
            click.echo(
                f"  {name}: before precision {b['precision']:.3f} recall {b['recall']:.3f} F1 {b['f1']:.3f}"
                f"; after precision {a['precision']:.3f} recall {a['recall']:.3f} F1 {a['f1']:.3f}"
            )
        for language, c in after.figures["by_language"].items():
            click.echo(
                f"    {language}: n={c['n']} precision {c['precision']:.3f} recall {c['recall']:.3f}"
            )
        dropped = [
            (name, before.figures[key]["f1"], after.figures[key]["f1"])
            for name, key in parts[:2]
            if after.figures[key]["f1"] < before.figures[key]["f1"] - MAX_DROP
        ]
        if dropped and not force:
            name, was, now = dropped[-1]
            click.echo(
                f"watcher: not installed: F1 on {'the corpus' if name == 'corpus' else 'all items'} "
                f"fell from {was:.3f} to {now:.3f} (more than {MAX_DROP}); some labels may "
                "contradict the corpus (check 'watcher labels export'), or install it anyway with --force",
                err=True,
            )
            sys.exit(EXIT_FAILED)
        trained_on = [*read, {"labels": len(mine)}]
        model = training.finish(
            training.fit(data, list(range(len(data.examples))), config), after, trained_on, folds
        )
        _write_atomically(target, model.to_json())
    click.echo(f"model {model.version} (threshold {model.threshold:.2f}) written to {target}")
    if output is None:
        click.echo("run 'watcher reclassify' to apply it to the archive")


MAX_DROP = 0.02  # a retrained model may lose this much cross-validated F1, no more


def _tune(ctx: Context, output: Path | None, labels: bool, force: bool, folds: int) -> None:
    """`train` without a corpus: the shipped model moved to fit the reader's labels alone."""
    from watcher.classify import train as training
    from watcher.classify import tune
    from watcher.classify.features import FeatureConfig
    from watcher.classify.model import archive_model_path, load

    with errors():
        mine = _reader_examples(ctx, _lookup(ctx)) if labels else []
        if not mine:
            raise ConfigError(
                "nothing to learn from: no labels yet ('watcher label ID relevant|not-relevant') "
                "and no corpus (--corpus DIR or WATCHER_CORPUS)"
            )
        shipped = load()
        data = training.prepare(mine, FeatureConfig())
        before, after = tune.cross_validate(shipped, data, folds)
        groups = len(set(data.groups))
        click.echo(
            f"no corpus: the shipped model ({shipped.version}) moved to fit your "
            f"{plural(len(mine), 'label')} alone; what that does to other kinds of item is measured "
            "only with the corpus (--corpus DIR or WATCHER_CORPUS)"
        )
        b, a = before.figures["labels"], after.figures["labels"]
        how = (
            f"{min(folds, groups)}-fold cross-validated"
            if groups >= 2
            else "not measured: one story"
        )
        click.echo(
            f"  your labels: shipped model precision {b['precision']:.3f} recall {b['recall']:.3f} "
            f"F1 {b['f1']:.3f}; moved ({how}) precision {a['precision']:.3f} "
            f"recall {a['recall']:.3f} F1 {a['f1']:.3f}"
        )
        if a["f1"] < b["f1"] - MAX_DROP and not force:
            click.echo(f"watcher: not installed: F1 on your labels fell from {b['f1']:.3f} to "
                       f"{a['f1']:.3f}; install it anyway with --force", err=True)  # fmt: skip
            sys.exit(EXIT_FAILED)
        everyone = range(len(data.examples))
        model = tune.finish(tune.tune(shipped, data, everyone), shipped, after, len(mine), folds)
        target = output or archive_model_path(ctx.db)
        _write_atomically(target, model.to_json())
    click.echo(f"model {model.version} (threshold {model.threshold:.2f}) written to {target}")
    if output is None:
        click.echo("run 'watcher reclassify' to apply it to the archive")


def _reader_examples(ctx: Context, lookup: SourceLookup) -> list[Any]:
    """The archive's labels as training examples (none when there is no archive yet)."""
    from watcher.classify.train import LABEL_WEIGHT, Example
    from watcher.models import Document

    if not ctx.db.exists():
        return []
    found = []
    for labeled in ctx.open_archive().labeled():
        item = labeled.item
        source = lookup.by_key.get(item.source_id)
        doc = Document(
            item.title, item.summary, item.content_text,
            source.category if source else None, source.publisher if source else None,
            source.jurisdiction if source else None, item.language,
        )  # fmt: skip
        found.append(
            Example(
                item.id,
                doc,
                labeled.label,
                item.language or "?",
                labeled.kind or "?",
                item.url or "",
                LABEL_WEIGHT,
                from_reader=True,
            )  # fmt: skip
        )
    return found


def _write_atomically(path: Path, text: str) -> None:
    import os

    from watcher.exceptions import StorageError

    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as e:
        raise StorageError(f"cannot write the model to {path}: {e}") from e


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
    from datetime import timedelta

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
