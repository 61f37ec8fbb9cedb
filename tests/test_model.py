"""The learned relevance model: plain data, deterministic training, evidence, the reader's loop.

Real files throughout: the shipped model, real training with scikit-learn, real archives polled
from a loopback server, the real CLI. Tests that train on ../shared/labeled skip without it.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner, Result

from tests.conftest import DATA, REPO, feed_source, sample_week, watcher
from tests.loopback import Server
from watcher.classify.model import EVIDENCE_MIN, EXPLAINED
from watcher.classify.modelfile import SHIPPED, archive_model_path, load, parse
from watcher.cli import cli
from watcher.exceptions import ModelError
from watcher.models import Document
from watcher.store import Archive

# A kind of item the shipped model rejects (none of the twelve): staff judged from till logs.
# (The handheld-scanner kind this test used before is found by the model of late 2026 in part;
# cashiers are worker terms since rules 2026.12.201, so the fast-food outlet times its "servers".)
TILL_LOGS = [
    ("Bar chain reads till logs to judge its bartenders", "Short drawers in the till logs are put to each bartender."),
    ("Cafe owner reviews baristas from till logs of voids", "Baristas with more voids in the till logs get fewer shifts."),
    ("Pub group flags bartenders from till logs of refunds", "Each refund in the till logs is tied to a bartender's login."),
    ("Restaurant ranks waiters by till logs of upsells", "The weekly ranking from the till logs decides Saturday shifts."),
    ("Hotel bar sets bartender bonuses from till logs", "Pour counts in the till logs set each bartender's bonus."),
    ("Coffee chain checks till logs of no-sale openings by server", "A manager reviews every no-sale in the till logs with the server."),
    ("Fast-food outlet times its servers from till logs", "Servers slower than target in the till logs are called in."),
    ("Cinema kiosk staff graded from till logs", "The slowest in the till logs receive extra training."),
    ("Ice-cream parlour reads till logs of discounts by server", "Servers with more discounts in the till logs lose their bonus."),
    ("Nightclub bar staff told till logs will set their hours", "Till logs over a month decide the rota."),
    ("Bakery compares assistants' takings in the till logs", "Assistants below the hourly figure in the till logs are warned."),
    ("Stadium concession workers ranked from till logs", "Rankings from the till logs are posted each week."),
]  # fmt: skip


def rss(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(t)}</title><description>{escape(s)}</description>"
        f"<link>https://news.example/{i}</link><guid>https://news.example/{i}</guid>"
        f"<pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate></item>"
        for i, (t, s) in enumerate(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{entries}</channel></rss>'.encode()


def cli_run(tmp: Path, *args: str) -> Result:
    base = [
        "--db",
        str(tmp / "w.db"),
        "--sources",
        str(tmp / "sources"),
        "--now",
        "2026-04-27T08:00:00Z",
    ]
    return CliRunner().invoke(cli, [*base, *args])


def polled(tmp: Path, server: Server, items: list[tuple[str, str]]) -> dict[str, str]:
    """A one-source archive holding `items`; title → item id."""
    server.static("/feed.xml", rss(items))
    (tmp / "sources").mkdir()
    (tmp / "sources" / "test.toml").write_text(feed_source("news", server.url("/feed.xml")))
    result = cli_run(tmp, "poll")
    assert result.exit_code == 0, result.output
    ids = cli_run(tmp, "search", "", "--all", "--limit", "100", "--format", "jsonl").stdout
    return {json.loads(line)["title"]: json.loads(line)["id"] for line in ids.splitlines()}


def test_shipped_model_is_plain_data_and_records_its_version(tmp_path: Path) -> None:
    text = SHIPPED.read_text()
    assert text.startswith("{") and SHIPPED.stat().st_size < 4_000_000
    model = load()
    assert model.version.startswith("3.") and 0 < model.threshold < 1
    assert model.cv["overall"]["n"] > 1000  # the figures it was chosen by travel with it
    db = tmp_path / "w.db"
    sample_week(db)
    hits = json.loads(watcher(db, "search", "", "--all", "--format", "json").stdout)
    decision = Archive.open(db).decision(hits[0]["id"])
    assert decision is not None and decision.model == model.version and decision.version


def test_the_shipped_model_weighs_relevant_against_each_kind_of_look_alike() -> None:
    """One class per kind of look-alike the corpus names: an item's logit is its "relevant"
    margin less the best look-alike's, and its evidence is weighed against that one."""
    model = load()
    assert model.classes[0] == "relevant" and {"others watched", "consumer data",
        "work, no monitoring", "ordinary"} <= set(model.classes)  # fmt: skip
    assert all(len(w) == len(model.classes) for w in model.signals.values())
    shoppers = Document("Supermarket fined for facial recognition cameras on shoppers",
                        "The regulator said scanning every customer's face was unlawful.")  # fmt: skip
    decision = model.classify(shoppers)
    assert not decision.relevant
    from watcher.classify.decide import judge
    from watcher.classify.features import extract

    _, rival, _ = model.logits(extract(shoppers, judge(shoppers), model.config))
    assert rival is not None and model.classes[rival] == "others watched"
    riders = model.classify(Document("Food delivery riders win new agreement with the platform",
                                     "The platform will pay couriers per kilometre."))  # fmt: skip
    assert not riders.relevant  # near the line: the model says what it takes the item for
    assert "[model] look-alike: work, no monitoring" in [e.text() for e in riders.evidence]


@pytest.mark.parametrize(
    ("why", "kind"),
    [
        ("[ordinary negative] interest rate news", "ordinary"),
        ("[hard negative] Retailer facial recognition of shoppers", "others watched"),
        ("[hard negative] Consumer cookie refusal mechanism fines", "consumer data"),
        (
            "[hard negative] whistleblowing framework consultation; employment",
            "work, no monitoring",
        ),
        ("about job applicants, not staff", "work, no monitoring"),  # a reader's --note
        ("[hard negative] AI Act summary", "other"),
        ("", "other"),
    ],
)
def test_the_kind_of_look_alike_is_read_from_why_an_item_is_not_relevant(
    why: str, kind: str
) -> None:
    from watcher.classify.lookalike import look_alike

    assert look_alike(why) == kind


def test_a_one_class_model_file_from_before_look_alikes_still_decides(tmp_path: Path) -> None:
    """A reader's model trained before the look-alike classes (format 1: plain numbers) loads
    and decides as it did: its logit is its one margin."""
    old = {
        "format": "watcher-relevance-model/1", "version": "1.000000000001",
        "features": load().config.as_dict(), "threshold": 0.5, "bias": -1.0,
        "signals": {"r:rules-relevant": 1.5}, "terms": {"w:keystrokes": [2.0, 3.0]},
        "trained_on": [], "cv": {},
    }  # fmt: skip
    model = parse(json.dumps(old), "old.json")
    assert model.classes == ("relevant",) and model.bias == (-1.0,)
    assert model.classify(Document("Employer logs staff keystrokes")).relevant
    assert not model.classify(Document("Budget talks resume")).relevant
    with pytest.raises(ModelError, match="not a weight per class"):
        parse(json.dumps({**json.loads(SHIPPED.read_text()), "bias": 0.5}), "m.json")


def test_unexpected_keys_truncation_and_garbage_are_refused() -> None:
    good = json.loads(SHIPPED.read_text())
    with pytest.raises(ModelError, match="unexpected keys __reduce__"):
        parse(json.dumps({**good, "__reduce__": "os.system"}), "evil.json")
    with pytest.raises(ModelError, match="truncated.json: not a usable model") as truncated:
        parse(SHIPPED.read_text()[:5000], "truncated.json")
    assert isinstance(truncated.value.__cause__, ValueError)
    with pytest.raises(ModelError, match="missing keys"):
        parse(json.dumps({k: v for k, v in good.items() if k != "terms"}), "m.json")
    with pytest.raises(ModelError, match="threshold"):
        parse(json.dumps({**good, "threshold": 7}), "m.json")
    # the packed terms: each fault said, the term named where one is at fault
    names, packed = good["terms"], base64.b64decode(good["weights"])
    width = len(good["classes"]) + 1
    nan = packed[: 8 * width * 7] + struct.pack("<d", float("nan")) + packed[8 * width * 7 + 8 :]
    for terms, weights, said in (
        (
            names,
            base64.b64encode(nan).decode(),
            f"term {names[7]!r} has a number that is not finite",
        ),
        (
            names,
            base64.b64encode(packed[:-8]).decode(),
            f"not {width} for each of {len(names)} terms",
        ),
        (names, good["weights"][:-5] + "!" * 5, "Only base64 data is allowed"),
        (names, None, "weights is not a base64 string"),
        ([*names[:-1], names[0]], good["weights"], "a term is listed twice"),
        ([*names[:-1], 7], good["weights"], "terms is not a list of strings"),
        ({}, good["weights"], "terms is not a list of strings"),
    ):
        with pytest.raises(ModelError, match=re.escape(said)):
            parse(json.dumps({**good, "terms": terms, "weights": weights}), "m.json")


def _listed(model: dict) -> dict:
    """A model file of format 3 as format 2 wrote it: each term's numbers a JSON list."""
    width = len(model["classes"]) + 1
    numbers = struct.unpack(f"<{width * len(model['terms'])}d", base64.b64decode(model["weights"]))
    terms = {t: list(numbers[i * width : (i + 1) * width]) for i, t in enumerate(model["terms"])}
    listed = {k: v for k, v in model.items() if k != "weights"}
    return {**listed, "format": "watcher-relevance-model/2", "terms": terms}


def test_a_model_file_of_format_2_is_read_and_decides_as_the_same_model_packed() -> None:
    """`watcher train` wrote each term's numbers as a JSON list until 2026-12-04: a reader's
    model of then loads, decides as the shipped one does with the same numbers, and is written
    back packed, the same file."""
    good = json.loads(SHIPPED.read_text())
    old = parse(json.dumps(_listed(good)), "old.json")
    shipped = load()
    assert old.to_json() == shipped.to_json() and len(old.terms) == len(good["terms"]) > 20_000
    for doc in (
        Document("Amazon is installing AI-powered cameras in its delivery vans to watch drivers"),
        Document("Budget talks resume"),
        Document("Bossware: the keystroke loggers at work"),
    ):
        assert old.classify(doc) == shipped.classify(doc)
    # its terms are checked all at once; the first bad one is still named
    listed = _listed(good)
    width = len(good["classes"]) + 1
    for bad in ([1.0] * (width - 1), [True] * width, [float("nan")] * width, "x", None):
        terms = {**listed["terms"], "w:evil": bad}
        with pytest.raises(ModelError, match="term 'w:evil' is not"):
            parse(json.dumps({**listed, "terms": terms}), "m.json")
    with pytest.raises(ModelError, match="terms is not an object"):
        parse(json.dumps({**listed, "terms": []}), "m.json")
    huge = {f"w:{i}": [1e307] + [0.0] * (width - 1) for i in range(20)}  # their sum overflows
    terms = parse(json.dumps({**listed, "terms": huge}), "m.json").terms
    assert {k: list(v) for k, v in terms.items()} == huge


def test_a_corrupt_archive_model_is_named_and_the_shipped_one_used(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    sample_week(db)
    bad = archive_model_path(db)
    bad.write_text('{"format": "watcher-relevance-model/1", "terms": {')  # cut off mid-write
    line = json.dumps({"title": "Employer fined for keystroke logging of its staff"})
    result = CliRunner().invoke(cli, ["--db", str(db), "classify"], input=line + "\n")
    assert result.exit_code == 0
    assert (
        f"{bad}: not a usable model" in result.stderr and "using the shipped model" in result.stderr
    )
    out = json.loads(result.stdout)
    assert out["relevant"] is True and out["model"] == load().version


def test_evidence_names_the_words_that_pushed_the_item() -> None:
    c = load().classify(
        Document(
            "Amazon is installing AI-powered cameras in its delivery vans to monitor driver behavior"
        )
    )
    words = {e.phrase: e.weight for e in c.evidence if e.concept == "model" and e.field == "text"}
    assert c.relevant and words and all(w is not None and w > 0 for w in words.values())
    assert set(words) & {"delivery", "driver", "drivers", "vans", "monitor", "cameras"}, words
    assert all(e.text().startswith('"') for e in c.evidence if e.weight is not None)


def test_a_bare_number_is_not_shown_as_a_reason() -> None:
    """The model weighs numbers ("35" of a fine in millions, "12" of a case number); shown alone,
    "35" +0.3 tells a reader nothing: the words that pushed the item are shown without it."""
    from watcher.classify.decide import judge
    from watcher.classify.features import extract

    model = load()
    fine = Document("Multa Francia a Amazon con 35 mdd por vigilar a empleados")
    verdict = judge(fine)
    features = extract(fine, verdict, model.config)
    _, norm, rival = model._score(features)
    assert model.toward(model._word("35"), rival) / norm >= EVIDENCE_MIN  # it did push
    shown = [e.phrase for e in model.classify(fine).evidence if e.field == "text"]
    assert shown and not any(p.isdigit() for p in shown), shown


def test_function_words_are_not_shown_as_reasons_as_the_model_folds_them() -> None:
    """The model folds "für" to "fuer" and "über" to "ueber": the function words are left out of
    the evidence in that form, as are "your", "je" and the Italian "dell'" ("fuer" +0.2 and
    "your" +0.3 told a reader nothing, in 86 of 1,826 labelled and page items)."""
    from watcher.classify.model import FUNCTION_WORDS

    assert {"fuer", "ueber", "your", "je", "dell"} <= FUNCTION_WORDS
    model = load()
    items = [
        Document(
            "Bußgeld über 10,4 Mio. Euro gegen einen Händler",
            "Die Datenschutzbehörde verhängte ein Bußgeld über 10,4 Millionen Euro, weil das "
            "Unternehmen seine Beschäftigten ohne Rechtsgrundlage mit Videokameras überwachte.",
        ),
        Document("Your company is watching you", "Bossware tracks your keystrokes at work."),
    ]
    for item in items:
        shown = [e.phrase for e in model.classify(item).evidence if e.field == "text"]
        assert shown and not FUNCTION_WORDS.intersection(w for p in shown for w in p.split()), shown


def test_the_german_word_ueber_is_not_the_company_uber() -> None:
    """The model reads "über" as "ueber": folded to "uber", the preposition of every other German
    sentence took the weight of Uber's drivers (+0.89, the top word of a page about neighbours'
    cameras). The rules' own fold is unchanged ("uberwachung" in the rules file)."""
    from watcher.classify.decide import judge
    from watcher.classify.features import extract

    model = load()
    german = Document(
        "Beschwerden über Videoüberwachung privater Grundstücke",
        "Vermehrt erreichen uns Beschwerden darüber, dass private Grundstückseigentümer ihre "
        "Flächen mit Kamerasystemen überwachen.",
    )
    verdict = judge(german)
    assert "monitoring@title" in verdict.signals  # the rules still find "videouberwachung"
    read = extract(german, verdict, model.config).words
    assert "ueber" in read and "videoueberwachung" in read and "uber" not in read
    shown = {e.phrase for e in model.classify(german).evidence if e.field == "text"}
    assert "uber" not in shown, shown
    uber = Document("Uber deactivates drivers flagged by its app", "Couriers lost their accounts.")
    assert "uber" in extract(uber, judge(uber), model.config).words


def test_employer_and_employee_words_weigh_the_same_in_every_language() -> None:
    """The model reads "werkgever", "Arbeitgeber", "datore" ... as "employer" (and so for
    employees), its weight learnt from every language's items: learnt from the Dutch alone, where
    nearly every item naming "werkgever" was about monitoring, the word made Dutch questions on
    pay, holidays or overtime relevant (model 2.b931a220274f: 0.71, 0.62, 0.63). The evidence
    still quotes the item's own word; a model file from before, without the setting, is refused
    (its words were read the other way)."""
    from watcher.classify.decide import judge
    from watcher.classify.features import extract

    model = load()
    for title in ("Mag mijn werkgever mijn salaris verlagen?",
                  "Mag mijn werkgever mijn vakantie intrekken?",
                  "Werknemer weigert overwerk: mag dat?",
                  "Hoe lang mag een werkgever een sollicitatiebrief bewaren?",
                  "Il datore di lavoro può negare le ferie?"):  # fmt: skip
        assert not model.classify(Document(title)).relevant, title
    for title in ("Mag mijn werkgever mij filmen op de werkvloer?",
                  "Werkgever mocht werknemers niet heimelijk volgen met gps"):  # fmt: skip
        assert model.classify(Document(title)).relevant, title
    dutch = Document("Werkgever mocht werknemers niet heimelijk volgen met gps")
    read = extract(dutch, judge(dutch), model.config)
    assert {"employer", "employees"} <= set(read.words) and "werkgever" not in read.words
    shown = {e.phrase for e in model.classify(dutch).evidence if e.field == "text"}
    assert not shown & {"employer", "employees"}, shown
    assert read.shown("employees") == "werknemers"  # what the evidence quotes for the word
    # a model whose settings say "not pooled" reads the words as written
    unpooled = extract(dutch, judge(dutch), dataclasses.replace(model.config, pooled=0))
    assert "werkgever" in unpooled.words and not unpooled.written
    old = json.loads(SHIPPED.read_text())
    del old["features"]["pooled"]
    with pytest.raises(ModelError, match="features do not match"):
        parse(json.dumps(old), "old.json")


def test_an_item_under_the_line_says_what_held_it_back() -> None:
    """For `review` and `show`: near the threshold but under it, the rules' signals that pulled
    the score down are shown with their (negative) weight; a relevant item shows none."""
    model = load()
    under = model.classify(
        Document(
            "Cameras track shoppers in the city centre",
            "Store staff and managers were told about it.",
        )
    )
    assert not under.relevant and under.score >= model.threshold * EXPLAINED
    held = [e for e in under.evidence if e.weight is not None and e.weight < 0]
    assert {e.phrase for e in held} == {
        "another subject leading in the title",
        "a public place or neighbours in the title",
    }, under.evidence
    assert all(e.text().startswith(f'"{e.phrase}" -') for e in held)
    over = model.classify(Document("Employer fined for logging the keystrokes of its staff"))
    assert over.relevant and all(e.weight is None or e.weight > 0 for e in over.evidence)


def test_a_readers_note_trains_the_kind_of_look_alike_it_names(
    tmp_path: Path, server: Server
) -> None:
    """A corpus without reasons has one "not relevant" class; a reader's "not relevant" label
    with a note ("cameras on shoppers") adds the kind the note names, and `train` learns it."""
    ids = polled(tmp_path, server, TILL_LOGS[:2])
    told = cli_run(
        tmp_path, "label", ids[TILL_LOGS[0][0]], "not-relevant", "--note", "cameras on shoppers"
    )
    assert "learns it as a look-alike: others watched" in told.stdout
    out = tmp_path / "m.json"
    # --force: on 28 items one decision moves F1 by 0.04, past the 0.02 guard (tested on its own,
    # below); what this test asks is which classes the model learns
    trained = cli_run(tmp_path, "train", "--corpus", str(DATA / "classify-cases.jsonl"),
                      "--folds", "3", "--output", str(out), "--force")  # fmt: skip
    assert trained.exit_code == 0, trained.output
    assert parse(out.read_text()).classes == ("relevant", "other", "others watched")


def test_weights_rounded_at_once_are_the_floats_round_gives() -> None:
    """A fit rounds its weights as one array; the model file must hold what `round` gives each
    (the shipped model is rebuilt byte for byte), halves and negative zeros included."""
    import numpy as np

    from watcher.classify.train import DIGITS, all_rounded, rounded

    generator = np.random.default_rng(7)
    spread = np.concatenate([generator.normal(0, s, 20_000) for s in (1e-6, 1e-3, 0.1, 1, 30)])
    halves = (np.arange(-2000, 2000) + 0.5) / 10.0**DIGITS  # each as near a half as floats come
    weights = np.concatenate([spread, halves, np.nextafter(halves, 0), [-0.0, 0.0, -4e-6, 4e-6]])
    together = all_rounded(weights.reshape(-1, 2)).ravel().tolist()
    assert together == [rounded(w) for w in weights.tolist()]
    assert not any(str(w) == "-0.0" for w in together)


@pytest.mark.parametrize("reasons", [False, True], ids=["one-class", "look-alikes"])
def test_training_is_deterministic(tmp_path: Path, reasons: bool) -> None:
    """The same files give the same model, byte for byte: two processes with different hash
    seeds (a set's iteration order changes with it) train on a small corpus. Without reasons
    its negatives are one class; with them, a class per kind of look-alike."""
    corpus = tmp_path / "classify-cases.jsonl"
    kinds = ["[ordinary negative] budget news", "[hard negative] cameras on shoppers",
             "[hard negative] cookie banners"]  # fmt: skip
    rows = [json.loads(line) for line in (DATA / "classify-cases.jsonl").read_text().splitlines()]
    for n, row in enumerate(r for r in rows if not r["label"]):
        row["reason"] = kinds[n % 3] if reasons else ""
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"m{seed}.json"
        done = subprocess.run(
            [sys.executable, "-m", "watcher", "--db", str(tmp_path / "w.db"), "train", "--corpus",
             str(corpus), "--no-labels", "--folds", "3", "--output", str(out)],
            capture_output=True, text=True, timeout=120, cwd=REPO, env={**os.environ, "PYTHONHASHSEED": seed},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    model = parse(outputs[0].decode())
    assert model.trained_on[0]["file"] == "classify-cases.jsonl"
    assert model.classes == (
        ("relevant", "consumer data", "ordinary", "others watched") if reasons else ("relevant",)
    )


def test_eval_cv_reports_per_language_and_lists_errors(tmp_path: Path) -> None:
    result = cli_run(tmp_path, "eval", "--cv", "3", str(DATA / "classify-cases.jsonl"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3-fold cross-validation, grouped by near-duplicates")
    for language in ("en", "fr", "de", "it", "es", "nl"):
        assert f"lang={language}" in result.stdout
    assert "misclassified:" in result.stdout


def test_train_without_a_corpus_or_labels_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "w.db"), "--create", "train"], env={"WATCHER_CORPUS": ""}
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("watcher: nothing to learn from: no labels yet")
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "w.db"), "train", "--no-labels"], env={"WATCHER_CORPUS": ""}
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("watcher: nothing to learn from: --no-labels and no corpus")


def test_without_the_corpus_six_labels_move_the_shipped_model_and_nothing_else(
    tmp_path: Path, server: Server
) -> None:
    """A reader without the corpus: `train` moves the shipped model the least that fits the
    labels. Similar unlabelled items follow; items unlike them keep their verdicts."""
    ids = polled(tmp_path, server, TILL_LOGS)
    unlabelled = {ids[t] for t, _ in TILL_LOGS[6:]}
    cases = str(DATA / "classify-cases.jsonl")
    shipped_eval = cli_run(tmp_path, "eval", cases).stdout
    for title, _ in TILL_LOGS[:6]:
        assert cli_run(tmp_path, "label", ids[title], "relevant").exit_code == 0
    base = ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources")]
    trained = CliRunner().invoke(cli, [*base, "train"], env={"WATCHER_CORPUS": ""})
    assert trained.exit_code == 0, trained.output
    assert trained.stdout.startswith("no corpus: the shipped model (3.")
    moved = re.search(r"shipped model precision [0-9.]+ recall ([0-9.]+) .*; moved \(5-fold cross-validated\) "
                      r"precision [0-9.]+ recall ([0-9.]+)", trained.stdout)  # fmt: skip
    assert moved and float(moved[2]) > float(moved[1]), trained.stdout
    model = load(str(archive_model_path(tmp_path / "w.db")))
    assert model.trained_on == [{"tuned from": load().version, "labels": 6}]
    assert model.bias == load().bias and model.signals == load().signals  # only words move
    assert cli_run(tmp_path, "reclassify").exit_code == 0
    after = set(cli_run(tmp_path, "search", "", "--limit", "100", "--format", "ids").stdout.split())
    assert len(unlabelled & after) >= 4
    tuned_eval = cli_run(tmp_path, "eval", cases).stdout  # 28 items unlike the labelled ones
    assert tuned_eval.splitlines()[1] == shipped_eval.splitlines()[1], (shipped_eval, tuned_eval)
    # After an upgrade that ships another model, the reader's model goes on, and says so
    path = archive_model_path(tmp_path / "w.db")
    data = json.loads(path.read_text())
    data["trained_on"] = [{"tuned from": "1.000000000000", "labels": 6}]
    path.write_text(json.dumps(data))
    from watcher.classify.modelfile import _load

    _load.cache_clear()  # each command is a process of its own; here they share one
    reviewed = cli_run(tmp_path, "review")
    assert (
        reviewed.exit_code == 0
        and "was moved from the shipped model 1.000000000000" in reviewed.stderr
    )
    assert "run 'watcher train'" in reviewed.stderr
    assert "moved from" not in cli_run(tmp_path, "poll").stderr  # cron is not told every run


# One regulator's news: every title has its name and verb. Six on workers' data (each on a
# subject of its own) are labelled relevant; the other 54 are on anything else.
OFFICE = "The Data Office publishes"
LABELLED_SIX = [
    "a guide on data in works council elections",
    "a module on HR files in its online course",
    "a guide for trade unions on members' data",
    "advice on occupational health records",
    "recommendations on workplace diversity surveys",
    "a checklist on job applicants' data",
]
OTHER_TOPICS = ["cookies", "passwords", "health data", "credit scoring", "connected cars", "AI systems",
                "smart cities", "school apps", "genetic data", "data brokers", "loyalty cards", "children online",
                "cloud contracts", "open data", "scientific research", "biobanks", "dating apps", "voice assistants",
                "video games", "electoral rolls", "sports clubs", "insurance", "telecoms", "web analytics",
                "email marketing", "data breaches", "password managers", "mobile apps", "e-commerce", "banking",
                "energy meters", "public archives", "housing", "tourism", "museums", "charities", "churches",
                "lawyers", "notaries", "pharmacies", "hospitals", "dentists", "veterinarians", "libraries",
                "transport cards", "parking", "drones", "satellites", "crypto assets", "quantum computing",
                "age checks", "deepfakes", "chatbots", "search engines"]  # fmt: skip


def test_labels_on_one_publishers_items_do_not_carry_all_its_items_along(
    tmp_path: Path, server: Server
) -> None:
    """Without the corpus, six labels on a regulator's items moved the words every item of that
    regulator has as much as the words the six share with nothing else: 90 of the CNIL's 500
    real items became relevant. The archive's other items are now held where they were."""
    labelled = [(f"{OFFICE} {topic}", "") for topic in LABELLED_SIX]
    others = [(f"{OFFICE} guidance on {topic}", "") for topic in OTHER_TOPICS]
    ids = polled(tmp_path, server, labelled + others)
    shipped = set(
        cli_run(tmp_path, "search", "", "--limit", "100", "--format", "ids").stdout.split()
    )
    assert not shipped & {ids[t] for t, _ in labelled}  # a kind the shipped model rejects
    for title, _ in labelled:
        assert cli_run(tmp_path, "label", ids[title], "relevant").exit_code == 0
    base = ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources")]
    trained = CliRunner().invoke(cli, [*base, "train"], env={"WATCHER_CORPUS": ""})
    assert trained.exit_code == 0, trained.output
    assert cli_run(tmp_path, "reclassify").exit_code == 0
    after = set(cli_run(tmp_path, "search", "", "--limit", "100", "--format", "ids").stdout.split())
    followed = (after - shipped) - {ids[t] for t, _ in labelled}
    assert len(followed) <= 2, sorted(t for t, i in ids.items() if i in followed)


def test_one_story_of_labels_is_not_given_figures_it_cannot_have(
    tmp_path: Path, server: Server
) -> None:
    """A single label cannot be cross-validated: `train` says so instead of printing figures."""
    ids = polled(tmp_path, server, TILL_LOGS[:1])
    assert cli_run(tmp_path, "label", ids[TILL_LOGS[0][0]], "relevant").exit_code == 0
    base = ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources")]
    trained = CliRunner().invoke(cli, [*base, "train"], env={"WATCHER_CORPUS": ""})
    assert trained.exit_code == 0, trained.output
    assert "the moved model is not measured: your labels tell one story" in trained.stdout
    assert "moved (" not in trained.stdout


@pytest.mark.parametrize(
    ("titles", "said"),
    [
        (
            ["Employer logs keystrokes of staff", "Couriers rated by an app",
             "Cameras film warehouse pickers", "GPS tracks delivery vans",
             "Webcams watch home workers", "Fingerprint clocks at a factory"],
            "the training data needs relevant and not relevant items",
        ),
        (
            [f"Employer logs every keystroke of its staff ({n})" for n in range(12)],
            "the corpus tells 1 distinct story (near-duplicates count once), fewer than the 3 "
            "folds: add items that tell other stories",
        ),
    ],
    ids=["all-relevant", "one-story"],
)  # fmt: skip
def test_a_corpus_that_cannot_be_cross_validated_is_said_and_writes_no_model(
    tmp_path: Path, titles: list[str], said: str
) -> None:
    """A corpus whose items are all relevant cannot teach what is not, and one that tells fewer
    stories than there are folds cannot be cross-validated (near-duplicates share a fold): one
    line naming what is missing, exit status 2, and no model file beside the archive."""
    corpus = tmp_path / "relevant.jsonl"
    corpus.write_text("".join(json.dumps({"title": t, "label": 1}) + "\n" for t in titles))
    args = ("--create", "train", "--corpus", str(corpus), "--no-labels", "--folds", "3")
    done = cli_run(tmp_path, *args)
    assert done.exit_code == 2, done.output
    assert done.stderr.strip() == f"watcher: {said}"
    assert not archive_model_path(tmp_path / "w.db").exists()


def test_labels_that_wreck_the_model_are_refused_unless_forced(
    tmp_path: Path, server: Server
) -> None:
    """Labels calling plain workplace monitoring "not relevant", twelve different stories (so
    they are dealt across the folds, and every fold's model is taught the contrary), contradict
    the corpus: its cross-validated F1 falls, and the model is not installed."""
    items = [
        ("Employer logs every keystroke typed by its staff", "The software runs on all office PCs."),
        ("Warehouse scanners time pickers to the second", "Managers see who falls behind."),
        ("Webcams switched on remotely to watch home workers", "The firm says it checks attendance."),
        ("GPS trackers fitted to company vans follow drivers", "Every stop is recorded."),
        ("Software scores employees on mouse activity", "Idle minutes lower the score."),
        ("Fingerprint clocks installed for factory staff", "Workers clock in with a finger."),
        ("Call centre records agents' screens all day", "Supervisors replay the recordings."),
        ("Bossware vendor sells screenshot tool to managers", "It captures desktops every minute."),
        ("Riders deactivated by app after low ratings", "Couriers lose work without appeal."),
        ("Cameras in break room film employees", "The union objects to the footage."),
        ("Managers read staff emails with monitoring tool", "Messages are scanned for keywords."),
        ("Productivity scores rank office workers weekly", "The lowest ranked face reviews."),
    ]  # fmt: skip
    ids = polled(tmp_path, server, items)
    for item_id in ids.values():
        assert cli_run(tmp_path, "label", item_id, "not-relevant").exit_code == 0
    corpus = str(DATA / "classify-cases.jsonl")
    refused = cli_run(tmp_path, "train", "--corpus", corpus, "--folds", "3")
    assert refused.exit_code == 1, refused.output
    fell = re.search(
        r"not installed: F1 on the corpus fell from ([0-9.]+) to ([0-9.]+)", refused.stderr
    )
    assert fell and float(fell[1]) - float(fell[2]) > 0.02, refused.stderr
    assert f"{len(items)} of your labels" in refused.stdout and "  corpus: before" in refused.stdout
    # "before" is the corpus's own model at its own threshold: what `eval --cv` says of it, however
    # many labels contradict it (they are judged by it, not allowed to move its threshold)
    before = re.search(r"  corpus: before precision (\S+) recall (\S+) F1 (\S+);", refused.stdout)
    cv = cli_run(tmp_path, "eval", "--cv", "3", corpus)
    assert before and re.search(
        rf"^overall .* precision={before[1]} recall={before[2]} F1={before[3]} ", cv.stdout, re.M
    ), (refused.stdout, cv.stdout)
    assert not archive_model_path(tmp_path / "w.db").exists()
    forced = cli_run(tmp_path, "train", "--corpus", corpus, "--folds", "3", "--force")
    assert forced.exit_code == 0 and archive_model_path(tmp_path / "w.db").exists()


def test_the_threshold_is_the_best_at_the_precision_the_issue_asks() -> None:
    """Precision first: the best F1 among thresholds whose precision is at least 0.95, never one
    below that floor however much better its F1."""
    from watcher.classify.crossval import choose_threshold

    relevant = [0.95, 0.9, 0.88, 0.85, 0.8, 0.78, 0.75, 0.7, 0.68, 0.65, 0.6, 0.58, 0.55, 0.53,
                0.5, 0.47, 0.45, 0.43, 0.3, 0.2]  # fmt: skip
    others = [0.44, 0.41, 0.25] + [0.1] * 17
    labels = [True] * 20 + [False] * 20
    # F1 0.930 at 0.20 (precision 0.87), 0.927 at 0.26-0.30 (precision 0.905), 0.923 at
    # 0.42-0.43 (precision 0.947): all under the floor; 0.919 at 0.45 (precision 1.0), the best
    # above it, and higher thresholds only lose recall
    assert choose_threshold(relevant + others, labels, [False] * 40) == 0.45
    # no threshold that decides anything reaches the floor: the best F0.5, the highest of equals
    # (not one that decides nothing, whose precision counts as 1.0)
    assert choose_threshold([0.9, 0.8, 0.3], [False, True, False], [False] * 3) == 0.8


def test_a_threshold_within_a_hair_of_the_best_f1_gives_way_to_a_higher_one() -> None:
    """F1 is flat near its best: one item more or less tipped the shipped line between 0.58 and
    0.60. Within 0.001 of the best F1 the highest threshold wins (precision first); a lower one
    wins only by more."""
    from watcher.classify.crossval import choose_threshold

    sure = [0.65] * 1000 + [0.1] * 1000
    sure_labels = [True] * 1000 + [False] * 1000
    # ten more relevant items and nine look-alikes at 0.55: F1 0.99556 at 0.55, 0.99502 above it
    scores = sure + [0.55] * 19
    labels = sure_labels + [True] * 10 + [False] * 9
    assert choose_threshold(scores, labels, [""] * len(scores)) == 0.65
    # two look-alikes only: F1 0.99901 at 0.55, more than a hair better
    scores = sure + [0.55] * 12
    labels = sure_labels + [True] * 10 + [False] * 2
    assert choose_threshold(scores, labels, [""] * len(scores)) == 0.55


def test_the_readers_labels_do_not_move_the_corpus_between_folds() -> None:
    """`train`'s "corpus: before" is then the figure `eval --cv` gives for the same files (fold
    assignment alone moves F1 by about 0.01); a label on a near-duplicate of a corpus item is
    tested in that item's fold, never trained on beside it."""
    from dataclasses import replace

    from watcher.classify import crossval
    from watcher.classify import train as training
    from watcher.classify.features import FeatureConfig
    from watcher.config.sources import load_sources
    from watcher.evaluate import SourceLookup

    lookup = SourceLookup(load_sources(REPO / "sources")[0])
    corpus, _ = training.read_corpus([DATA / "classify-cases.jsonl"], lookup)

    def corpus_folds(labels: list[training.Example]) -> tuple[list[list[int]], training.Prepared]:
        data = training.prepare(corpus + labels, FeatureConfig())
        folds = crossval.folds_of(data, 3)
        assert sorted(i for _, test in folds for i in test) == list(range(len(data.examples)))
        return [[i for i in test if i < len(corpus)] for _, test in folds], data

    alone, _ = corpus_folds([])
    for n in (1, 2, 4, 7):
        labels = [replace(e, id=f"mine{i}", from_reader=True, doc=replace(e.doc, title=f"Label {i}: {n} x{i}"))
                  for i, e in enumerate(corpus[:n])]  # fmt: skip
        assert corpus_folds(labels)[0] == alone
    twin = replace(corpus[5], id="twin", from_reader=True)  # the same title and URL
    folds, data = corpus_folds([twin])
    assert data.groups[-1] == data.groups[5]
    assert next(k for k, test in enumerate(folds) if 5 in test) == next(
        k for k, (_, test) in enumerate(crossval.folds_of(data, 3)) if len(corpus) in test
    )


def test_six_labels_teach_the_model_a_kind_it_rejected(
    tmp_path: Path, server: Server, shared: Path
) -> None:
    ids = polled(tmp_path, server, TILL_LOGS)
    before = cli_run(tmp_path, "search", "", "--limit", "100", "--format", "ids").stdout.split()
    unlabelled = {ids[t] for t, _ in TILL_LOGS[6:]}
    assert not set(before) & unlabelled  # the shipped model rejects the kind (at most two of 12)
    assert len(set(before) & set(ids.values())) <= 2
    review = cli_run(tmp_path, "review", "--format", "jsonl").stdout.splitlines()

    def unsure(line: str) -> float:  # the distance to the line, as a share of the room on its side
        score, threshold = json.loads(line)["score"], json.loads(line)["threshold"]
        return abs(score - threshold) / (1 - threshold if score >= threshold else threshold)

    scores = [unsure(line) for line in review]
    assert len(scores) == len(TILL_LOGS) and scores == sorted(scores)  # most uncertain first
    for title, _ in TILL_LOGS[:6]:
        assert cli_run(tmp_path, "label", ids[title], "relevant").exit_code == 0
    trained = cli_run(tmp_path, "train", "--corpus", str(shared / "labeled"), "--folds", "3")
    assert trained.exit_code == 0, trained.output
    assert "6 of your labels" in trained.stdout and "  your labels: before" in trained.stdout
    reclassified = cli_run(tmp_path, "reclassify")
    assert reclassified.exit_code == 0, reclassified.output
    after = set(cli_run(tmp_path, "search", "", "--limit", "100", "--format", "ids").stdout.split())
    assert len(unlabelled & after) >= 4, reclassified.stdout  # most similar items now relevant
    shown = cli_run(tmp_path, "show", sorted(unlabelled & after)[0]).stdout
    assert "model 3." in shown and '"' in shown  # the model's version and its words


def test_review_with_an_empty_window_says_how_far_back_to_look(tmp_path: Path) -> None:
    """The sample week is April's; reviewed in December, the default 14 days hold nothing, and
    `review` says when the newest unlabelled item was published and which --days reaches it."""
    db = tmp_path / "w.db"
    sample_week(db)
    late = ["--db", str(db), "--now", "2026-12-03T08:00:00Z", "review"]
    empty = CliRunner().invoke(cli, late)
    assert empty.exit_code == 0, empty.output
    hint = re.search(r"published (2026-04-\d\d): try 'watcher review --days (\d+)'", empty.stdout)
    assert empty.stdout.startswith("0 unlabelled items") and hint, empty.stdout
    reached = CliRunner().invoke(cli, [*late, "--days", hint[2]])
    assert hint[1] in reached.stdout and not reached.stdout.startswith("0 "), reached.stdout
    assert "try 'watcher review" not in reached.stdout


def test_applying_the_model_needs_no_numpy_or_sklearn(tmp_path: Path) -> None:
    """scikit-learn is for training only; --help and search import neither it nor numpy, nor
    sqlite-utils, which only migrating an archive needs (this one is up to date); classify reads
    no source registry when its lines name no source."""
    db = tmp_path / "w.db"
    sample_week(db)
    probe = (
        "import sys, json; from watcher.cli import cli\n"
        "try: cli(sys.argv[1:], standalone_mode=False)\n"
        "except SystemExit: pass\n"
        "print(json.dumps(sorted(m for m in ('numpy', 'sklearn', 'scipy', 'httpx', 'jinja2', 'bs4', 'sqlite_utils', 'watcher.config.sources') if m in sys.modules)), file=sys.stderr)\n"
    )  # fmt: skip
    plain = tmp_path / "plain.jsonl"  # lines that name no source
    plain.write_text(
        '{"title": "Employer fined for keystroke logging of staff"}\n{"title": "Rain"}\n'
    )
    for args in (
        ["--help"],
        ["--db", str(db), "search", "keystroke"],
        ["--db", str(db), "classify", str(plain)],
    ):
        done = subprocess.run(
            [sys.executable, "-c", probe, *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )
        loaded = json.loads(done.stderr.strip().splitlines()[-1])
        assert not {"numpy", "sklearn", "scipy", "watcher.config.sources"} & set(loaded), (
            args,
            loaded,
        )
        if args[-1] != str(plain):
            assert loaded == [], (args, loaded)


def test_the_rules_stand_for_the_model_only_on_what_it_does_not_read() -> None:
    """Where the model is unsure, the rules' "relevant" stands only when it rests on the body
    (which the model does not read); on the title and summary the model read the same words and
    decides, so a reader's labels can teach it to disagree with the rules."""
    from watcher.classify.decide import BY_BODY, judge
    from watcher.classify.model import RULES_TRUSTED, is_relevant

    title = "Enforcement round-up: the authority imposed ten sanctions in 2025"
    summary = "The sanctions concerned cookies, data breaches and direct marketing. Two concerned video surveillance of employees at work."
    content = ("The employer installed software that records employees' keystrokes. Staff say their "
               "webcams are switched on remotely. Workers are tracked by GPS in company vans.")  # fmt: skip
    by_body = judge(Document(title, summary, content))
    assert not judge(Document(title, summary, "")).classification.relevant  # the body decides
    titled = Document("Employer fined for keystroke logging of staff", "", "")
    by_title = judge(titled)
    assert by_body.classification.relevant and by_body.ruled == BY_BODY
    assert by_title.classification.relevant and by_title.ruled == ""
    unsure = 0.5 * (1 + RULES_TRUSTED) * 0.47  # between half the threshold and the threshold
    assert is_relevant(unsure, 0.47, by_body.ruled)
    assert not is_relevant(unsure, 0.47, by_title.ruled)
    assert not is_relevant(0.47 * RULES_TRUSTED - 0.01, 0.47, BY_BODY)  # too unsure even then
    assert is_relevant(0.47, 0.47, "")
