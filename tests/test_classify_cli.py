"""classify / eval / label / labels export / reclassify, and classification while polling."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from click.testing import CliRunner, Result

from tests.conftest import DATA, feed_source
from tests.loopback import Server
from watcher.cli import cli

RSS = (DATA / "rss2.xml").read_bytes()


def run(tmp_path: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(
        cli,
        ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources"), *args],
        input=input,
    )


def polled(server: Server, tmp_path: Path) -> sqlite3.Connection:
    server.static("/rss", RSS)
    (tmp_path / "sources").mkdir()
    table = feed_source("reg", server.url("/rss")).replace(
        'category = "news"', 'category = "regulator"'
    )
    (tmp_path / "sources" / "t.toml").write_text(table)
    assert run(tmp_path, "poll").exit_code == 0
    return sqlite3.connect(tmp_path / "w.db")


def test_classify_reads_stdin_and_keeps_order(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "a", "title": "Employer fined for keystroke logging of staff", "source": "CNIL"}
        ),
        "{broken",
        json.dumps({"id": "b", "title": "New phone reviewed"}),
        "[1, 2]",
    ]
    result = run(tmp_path, "classify", input="\n".join(lines) + "\n")
    outs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in outs] == ["a", None, "b", None]
    assert (
        outs[0]["relevant"] and outs[0]["authority"] == "CNIL" and outs[0]["kind"] == "regulatory"
    )
    assert outs[1] == {"line": 2, "error": outs[1]["error"]} and outs[1]["error"].startswith(
        "not JSON"
    )
    assert outs[3]["error"] == "not a JSON object"
    assert not outs[2]["relevant"] and outs[2]["kind"] == "news"
    assert result.exit_code == 1  # the good lines are written; the bad ones make the status 1
    assert result.stderr == "watcher: 2 of 4 lines not classified (see their error objects)\n"
    good = run(tmp_path, "classify", input=lines[0] + "\n")
    assert good.exit_code == 0 and good.stderr == ""


def test_a_windows_file_with_a_line_separator_in_a_title_reads_the_same_everywhere(
    tmp_path: Path,
) -> None:
    """A JSON Lines file as Windows tools write it (a byte-order mark, CR LF) with a line
    separator U+2028 inside a title (JSON need not escape it): `classify` read its first line as
    "not JSON" (the mark), and `eval` split the title's line in two. Both now read two items,
    as the corpus reader does (text.json_lines)."""
    items = [
        {"title": "Employer fined for keystroke logging of staff\u2028(update)", "label": 1},
        {"title": "New phone reviewed", "label": 0},
    ]
    path = tmp_path / "windows.jsonl"
    text = "".join(json.dumps(o, ensure_ascii=False) + "\r\n" for o in items)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    classified = run(tmp_path, "classify", str(path))
    assert classified.exit_code == 0, classified.output
    outs = [json.loads(line) for line in classified.stdout.split("\n")[:-1]]  # not at U+2028
    assert [(o["title"], o["relevant"]) for o in outs] == [(items[0]["title"], True),
                                                         (items[1]["title"], False)]  # fmt: skip
    evaluated = run(tmp_path, "eval", str(path))
    assert evaluated.exit_code == 0, evaluated.output
    assert "n=2 " in evaluated.stdout, evaluated.stdout


def test_a_line_naming_a_registry_source_reads_the_registry_once_it_is_needed(
    tmp_path: Path,
) -> None:
    """The registry is read lazily (only when a line names a source): a line naming a
    regulator's source id by id, name or publisher still takes its category and jurisdiction
    from the registry; a line naming none comes first and changes nothing."""
    (tmp_path / "sources").mkdir()
    table = feed_source("reg", "http://127.0.0.1:9/rss").replace(
        'category = "news"', 'category = "regulator"'
    )
    (tmp_path / "sources" / "t.toml").write_text(table)
    title = "The office publishes its programme for next year"
    lines = [json.dumps({"title": title})] + [
        json.dumps({"title": title, "source": name})
        for name in ("reg", "Test reg", "Test publisher")
    ]
    result = run(tmp_path, "classify", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    outs = [json.loads(line) for line in result.stdout.splitlines()]
    assert outs[0]["kind"] == "news"
    assert all((o["kind"], o["jurisdiction"]) == ("regulatory", "EU") for o in outs[1:]), outs


def test_a_court_named_as_the_source_makes_its_own_text_a_ruling(tmp_path: Path) -> None:
    """Judgments come with a case number for a title and the court as their source: the court's
    own text is a regulatory development, a ruling, as a regulator's own item is. A news outlet
    whose name only sounds like one stays news."""
    case = {"title": "W252 2296540-1/7E", "summary": "Mit Eingabe vom 20.09.2023 erhob die "
            "mitbeteiligte Partei eine Datenschutzbeschwerde an die belangte Behörde."}  # fmt: skip
    lines = [
        json.dumps(
            {**case, "source": "Bundesverwaltungsgericht Österreich (via gesetzefinden.at)"}
        ),
        json.dumps({**case, "source": "Landesarbeitsgericht Hamm"}),
        json.dumps({**case, "source": "Courthouse News Service"}),
        json.dumps(case),
    ]
    result = run(tmp_path, "classify", input="\n".join(lines) + "\n")
    facts = [(o["kind"], o["act"]) for o in map(json.loads, result.stdout.splitlines())]
    ruling = ("regulatory", "court-ruling")
    assert facts == [ruling, ruling, ("news", None), ("news", None)], facts


def test_classify_from_a_terminal_says_what_it_waits_for() -> None:
    """`watcher classify` typed alone reads the terminal: it says so, rather than seem to hang."""
    import os
    import pty
    import subprocess
    import sys

    from tests.conftest import REPO

    leader, follower = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "watcher", "classify"], stdin=follower,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO) as typed:  # fmt: skip
        os.close(follower)
        os.write(leader, b'{"title": "Employer fined for keystroke logging of staff"}\n\x04')
        out, err = typed.communicate(timeout=60)
    os.close(leader)
    assert err.decode() == "reading JSON Lines from the terminal; end with Ctrl-D\n"
    assert json.loads(out)["relevant"] is True and typed.returncode == 0


def test_eval_reports_metrics_and_mistakes(tmp_path: Path) -> None:
    result = run(tmp_path, "eval", str(DATA / "classify-cases.jsonl"))
    assert result.exit_code == 0
    assert re.search(
        r"^overall +n=28 +pos=14 +precision=\d\.\d{3} recall=\d\.\d{3} F1=", result.stdout, re.M
    )
    assert result.stdout.startswith("rules version ") and "; model 3." in result.stdout
    assert "lang=de" in result.stdout and "kind=" in result.stdout


def test_eval_measures_regulatory_developments_against_the_files_kind(tmp_path: Path) -> None:
    """Of the relevant items, those the file calls regulatory should be regulatory developments
    (the digest's first section): a news story called regulatory is a false positive there."""
    rows = [
        ("CNIL fines employer EUR 40,000 for filming its staff", "regulatory"),
        ("Governor signs bill limiting workplace surveillance of warehouse workers", "regulatory"),
        ("Workers say their employer's new app tracks their every keystroke", "news"),
        ("Employees push back against bossware that scores their productivity", "regulatory"),
    ]
    path = tmp_path / "kinds.jsonl"
    path.write_text("".join(
        json.dumps({"title": t, "language": "en", "label": 1, "kind": k}) + "\n" for t, k in rows
    ))  # fmt: skip
    result = run(tmp_path, "eval", str(path))
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("regulatory "))
    assert re.match(r"regulatory +n=4 +pos=3 +precision=1\.000 recall=0\.667 ", line), line
    assert result.stdout.endswith(  # each one listed, as the relevance errors are
        "\nkind not the file's (relevant items): 1\n"
        f"- regulatory, called news [{path}:4] Employees push back against bossware that scores their "
        "productivity\n"
    ), result.stdout


def test_eval_of_bad_files_says_so_and_never_reports_perfect_figures(tmp_path: Path) -> None:
    cases = (DATA / "classify-cases.jsonl").read_text().splitlines()
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([*cases[:3], "{broken", cases[3]]) + "\n")
    done = run(tmp_path, "eval", str(mixed))
    assert done.exit_code == 1 and re.search(r"^overall +n=4 ", done.stdout, re.M)
    assert done.stderr == f"{mixed}:4: not JSON: " + done.stderr.split("not JSON: ")[1]
    assert done.stderr.endswith("watcher: 1 line not read (see above)\n")
    unlabelled = tmp_path / "unlabelled.jsonl"
    unlabelled.write_text(json.dumps({"title": "Employer fined for keystroke logging"}) + "\n")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\x7fELF\x02\x01\xd0\xff\n\x00\x9c")  # not UTF-8, not JSON
    for path in (unlabelled, binary):
        done = run(tmp_path, "eval", str(path))
        assert done.exit_code == 2 and "overall" not in done.stdout, done.output
        assert done.stderr.splitlines()[-1] == (
            f"watcher: no labelled items (JSON objects with a label of 0 or 1) in {path}"
        )
    classified = run(tmp_path, "classify", str(binary))
    assert classified.exit_code == 1 and classified.stdout.count('"error": "not JSON') == 2


def test_poll_stores_classifications(server: Server, tmp_path: Path) -> None:
    conn = polled(server, tmp_path)
    rows = conn.execute(
        "SELECT items.title, d.is_relevant, d.kind, d.authority FROM items JOIN decisions d ON d.item_id = items.id"
    ).fetchall()
    assert len(rows) == 4
    by_title = {r[0]: r[1:] for r in rows}
    assert by_title["Guidance on video surveillance of staff"] == (
        1,
        "regulatory",
        "Test publisher",
    )
    assert by_title["Undated notice"][0] == 0


def test_label_wins_survives_reclassify_and_exports(server: Server, tmp_path: Path) -> None:
    conn = polled(server, tmp_path)
    item_id = conn.execute("SELECT id FROM items WHERE title = 'Undated notice'").fetchone()[0]
    result = run(tmp_path, "label", item_id, "relevant", "--note", "a reader says so")
    assert result.exit_code == 0 and "the classifier says not relevant" in result.stdout
    assert conn.execute(
        "SELECT is_relevant, override FROM decisions WHERE item_id = ?", [item_id]
    ).fetchone() == (1, 1)

    conn.execute("UPDATE classifications SET version = 'old', relevant = 1 - relevant")
    conn.commit()
    result = run(tmp_path, "reclassify")
    assert result.stdout.startswith("reclassified 4 items with rules ")
    assert "4 changed" in result.stdout
    assert conn.execute(
        "SELECT is_relevant, override FROM decisions WHERE item_id = ?", [item_id]
    ).fetchone() == (1, 1)
    assert run(tmp_path, "reclassify").stdout.split(": ")[1].startswith("0 changed")

    other = conn.execute("SELECT id FROM items WHERE id != ?", [item_id]).fetchone()[0]
    told = run(tmp_path, "label", other, "not-relevant", "--note", "cameras on shoppers")
    assert "watcher train learns it as a look-alike: others watched" in told.stdout
    untold = run(tmp_path, "label", other, "not-relevant").stdout
    assert "learns it as a look-alike: other (a --note such as" in untold
    run(tmp_path, "labels", "remove", other)

    exported = run(tmp_path, "labels", "export").stdout.splitlines()
    record = json.loads(exported[0])
    assert record["id"] == item_id and record["label"] == 1 and record["note"] == "a reader says so"
    (tmp_path / "labels.jsonl").write_text("\n".join(exported) + "\n")
    assert "pos=1" in run(tmp_path, "eval", str(tmp_path / "labels.jsonl")).stdout


def test_labels_are_listed_and_can_be_taken_back(server: Server, tmp_path: Path) -> None:
    conn = polled(server, tmp_path)
    assert run(tmp_path, "labels", "list").stdout.startswith("no labels yet")
    undated = conn.execute("SELECT id FROM items WHERE title = 'Undated notice'").fetchone()[0]
    staff = conn.execute(
        "SELECT id FROM items WHERE title = 'Guidance on video surveillance of staff'"
    ).fetchone()[0]
    assert (
        run(
            tmp_path,
            "--now",
            "2026-11-30T10:00:00Z",
            "label",
            undated,
            "relevant",
            "--note",
            "a reader says so",
        ).exit_code
        == 0
    )
    assert run(tmp_path, "--now", "2026-11-30T11:00:00Z", "label", staff, "relevant").exit_code == 0
    listed = run(tmp_path, "labels", "list").stdout.splitlines()
    assert listed[0].split() == ["LABELLED", "ID", "LABEL", "CLASSIFIER", "TITLE", "NOTE"]
    assert listed[1].split()[2:5] == [undated, "relevant", "not-relevant"]
    assert listed[1].split("  not-relevant  ")[1].split() == [
        "Undated",
        "notice",
        "a",
        "reader",
        "says",
        "so",
    ]
    assert listed[2].split()[2:5] == [staff, "relevant", "relevant"]
    assert listed[3] == "2 labels, 1 overruling the classifier"

    def relevant(item_id: str) -> int:
        row = conn.execute("SELECT is_relevant FROM decisions WHERE item_id = ?", [item_id])
        return int(row.fetchone()[0])

    assert (
        relevant(undated) == 1
        and run(tmp_path, "search", "", "--format", "ids").stdout.count(undated) == 1
    )
    removed = run(tmp_path, "labels", "remove", undated, "nope")
    assert removed.exit_code == 1
    assert removed.stdout == f"removed the label of {undated} (the classifier says not relevant)\n"
    assert removed.stderr == "watcher: nope has no label (see 'watcher labels list')\n"
    assert (
        relevant(undated) == 0
        and undated not in run(tmp_path, "search", "", "--format", "ids").stdout
    )
    assert [json.loads(x)["id"] for x in run(tmp_path, "labels", "export").stdout.splitlines()] == [
        staff
    ]


def test_label_unknown_item(server: Server, tmp_path: Path) -> None:
    polled(server, tmp_path)
    result = run(tmp_path, "label", "nope", "relevant")
    assert result.exit_code == 1 and "no item with id 'nope'" in result.stderr


def test_an_id_may_be_given_by_its_start(server: Server, tmp_path: Path) -> None:
    """As a reader types it off a listing: show, label and labels remove take a unique prefix."""
    polled(server, tmp_path)
    ids = run(tmp_path, "search", "", "--all", "--format", "ids").stdout.split()
    first = ids[0]
    shown = run(tmp_path, "show", first[:6])
    assert shown.exit_code == 0 and f"id {first} " in shown.stdout
    labelled = run(tmp_path, "label", first[:6], "not-relevant")
    assert labelled.exit_code == 0 and labelled.stdout.startswith(f"labelled {first} not-relevant")
    removed = run(tmp_path, "labels", "remove", first[:6])
    assert removed.exit_code == 0 and removed.stdout.startswith(f"removed the label of {first} ")
