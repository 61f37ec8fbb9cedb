"""`watcher train`: a model from the labelled corpus and the reader's labels, or, without the
corpus, the shipped model moved to fit the labels."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from watcher.cli import EXIT_FAILED, Context, cli, errors, pass_context, plural
from watcher.cli.classify import source_lookup
from watcher.config import settings as defaults
from watcher.exceptions import ConfigError, StorageError

if TYPE_CHECKING:
    from watcher.classify.features import Features
    from watcher.evaluate import SourceLookup


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
    from watcher.classify import crossval
    from watcher.classify import train as training
    from watcher.classify.features import FeatureConfig
    from watcher.classify.modelfile import archive_model_path

    config = FeatureConfig()
    if not corpus:
        return _tune(ctx, output, labels, force, folds)
    with errors():
        lookup = source_lookup(ctx)
        examples, read = training.read_corpus(corpus, lookup)
        mine = _reader_examples(ctx, lookup) if labels else []
        target = output or archive_model_path(ctx.db)
        data = training.prepare(examples + mine, config)
        after = crossval.cross_validate(data, folds)
        before = crossval.cross_validate(data, folds, learn_from_reader=False) if mine else after
        click.echo(
            f"trained on {len(examples)} corpus items and {len(mine)} of your labels; "
            f"{folds}-fold cross-validated, grouped by near-duplicates:"
        )
        parts = [("all", "overall")] + (
            [("corpus", "corpus"), ("your labels", "labels")] if mine else []
        )
        for name, key in parts:
            click.echo(
                f"  {name}: before {_figures(before.figures[key])}; after {_figures(after.figures[key])}"
            )
        for language, c in after.figures["by_language"].items():
            click.echo(f"    {language}: n={c['n']} {_figures(c, f1=False)}")
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
        model = crossval.finish(
            training.fit(data, list(range(len(data.examples)))), after, trained_on, folds
        )
        _write_atomically(target, model.to_json())
    _written(model, target, output)


MAX_DROP = 0.02  # a retrained model may lose this much cross-validated F1, no more


def _figures(counts: dict[str, Any], f1: bool = True) -> str:
    """Precision, recall (and F1) from the counts, as `watcher eval` computes and prints them
    (the stored figures are rounded to four places: printed again they could differ in the
    third)."""
    from watcher.evaluate import Counts

    c = Counts(tp=counts["tp"], fp=counts["fp"], fn=counts["fn"])
    return f"precision {c.precision:.3f} recall {c.recall:.3f}" + (f" F1 {c.f1:.3f}" if f1 else "")


def _tune(ctx: Context, output: Path | None, labels: bool, force: bool, folds: int) -> None:
    """`train` without a corpus: the shipped model moved to fit the reader's labels alone."""
    from watcher.classify import train as training
    from watcher.classify import tune
    from watcher.classify.features import FeatureConfig
    from watcher.classify.modelfile import archive_model_path, load

    with errors():
        mine = _reader_examples(ctx, source_lookup(ctx)) if labels else []
        if not mine:
            why = (
                "--no-labels"
                if not labels
                else "no labels yet ('watcher label ID relevant|not-relevant')"
            )
            raise ConfigError(
                f"nothing to learn from: {why} and no corpus (--corpus DIR or WATCHER_CORPUS)"
            )
        shipped = load()
        data = training.prepare(mine, FeatureConfig())
        others = _unlabelled_features(ctx, source_lookup(ctx))
        before, after = tune.cross_validate(shipped, data, folds, others)
        groups = len(set(data.groups))
        click.echo(
            f"no corpus: the shipped model ({shipped.version}) moved to fit your "
            f"{plural(len(mine), 'label')} alone; what that does to other kinds of item is measured "
            "only with the corpus (--corpus DIR or WATCHER_CORPUS)"
        )
        b, a = before.figures["labels"], after.figures["labels"]
        moved = (
            f"moved ({min(folds, groups)}-fold cross-validated) precision {a['precision']:.3f} "
            f"recall {a['recall']:.3f} F1 {a['f1']:.3f}"
            if groups >= 2
            else "the moved model is not measured: your labels tell one story (a fold needs two)"
        )
        click.echo(
            f"  your labels: shipped model precision {b['precision']:.3f} recall {b['recall']:.3f} "
            f"F1 {b['f1']:.3f}; {moved}"
        )
        if a["f1"] < b["f1"] - MAX_DROP and not force:
            click.echo(f"watcher: not installed: F1 on your labels fell from {b['f1']:.3f} to "
                       f"{a['f1']:.3f}; install it anyway with --force", err=True)  # fmt: skip
            sys.exit(EXIT_FAILED)
        everyone = range(len(data.examples))
        tuned = tune.tune(shipped, data, everyone, others)
        model = tune.finish(tuned, shipped, after, len(mine), folds)
        target = output or archive_model_path(ctx.db)
        _write_atomically(target, model.to_json())
    _written(model, target, output)


def _written(model: Any, target: Path, output: Path | None) -> None:
    click.echo(f"model {model.version} (threshold {model.threshold:.2f}) written to {target}")
    if output is None:  # beside the archive: in use once the archive is reclassified
        click.echo("run 'watcher reclassify' to apply it to the archive")


def _reader_examples(ctx: Context, lookup: SourceLookup) -> list[Any]:
    """The archive's labels as training examples (none when there is no archive yet)."""
    from watcher.classify.train import LABEL_WEIGHT, Example
    from watcher.parsing import document

    if not ctx.db.exists():
        return []
    found = []
    for labeled in ctx.open_archive().labeled():
        item = labeled.item
        found.append(
            Example(
                item.id,
                document(item, lookup.by_key.get(item.source_id)),
                labeled.label,
                item.language or "?",
                labeled.kind or "?",
                item.url or "",
                LABEL_WEIGHT,
                from_reader=True,
                why=labeled.note or "",  # "about job applicants, not staff": its kind of look-alike
            )  # fmt: skip
        )
    return found


def _unlabelled_features(ctx: Context, lookup: SourceLookup) -> list[Features]:
    """The archive's newest unlabelled items as the model reads them: a reader's labels are to
    move them as little as they can (watcher.classify.tune)."""
    from watcher.classify.decide import judge
    from watcher.classify.features import FeatureConfig, extract
    from watcher.classify.tune import ANCHORS
    from watcher.parsing import document

    config = FeatureConfig()
    found = []
    for item in ctx.open_archive().unlabelled(ANCHORS):
        doc = document(item, lookup.by_key.get(item.source_id))
        found.append(extract(doc, judge(doc), config))
    return found


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as e:
        raise StorageError(f"cannot write the model to {path}: {e}") from e
