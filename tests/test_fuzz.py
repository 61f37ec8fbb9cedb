"""Fuzz: random bytes as feeds, random TOML as configuration, random strings as queries and
options. Whatever comes in, the outcome is a value or one of watcher's own errors: never a
traceback, never an internal error."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, sample_week
from watcher.classify.modelfile import SHIPPED
from watcher.cli import cli
from watcher.config.digests import load_digest_file
from watcher.config.sources import load_source_file
from watcher.exceptions import SourceError
from watcher.models import Fetched, Source
from watcher.parsing import parse_and_normalize

NOW = datetime(2026, 4, 27, 8, tzinfo=UTC)
KINDS = [
    Source("f", "F", "https://f.example/feed", "feed", "F", "news", "EU", "en"),
    Source("w", "W", "https://w.example/wp-json/wp/v2/posts", "wordpress", "W", "news", "EU", "en"),
]
XMLISH = st.sampled_from([b"<?xml version='1.0'?>", b"<rss><channel>", b"<item><title>", b"</title>",
                          b"<feed xmlns='http://www.w3.org/2005/Atom'>", b"<entry>", b"&amp;", b"&#0;",
                          b"<![CDATA[", b"]]>", b"\x00", b"\xff\xfe", b"{\"items\": [", b"]}", b"employees"])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    body=st.binary(max_size=400) | st.lists(XMLISH, max_size=30).map(b"".join),
    kind=st.sampled_from(KINDS),
    content_type=st.sampled_from(["application/xml", "application/json", "text/html", ""]),
)
def test_any_bytes_as_a_feed_are_items_or_a_source_error(
    body: bytes, kind: Source, content_type: str
) -> None:
    fetched = Fetched(
        kind.id, kind.url, 200, {"content-type": content_type} if content_type else {}, body
    )
    try:
        items, decisions = parse_and_normalize(kind, fetched, NOW, str(SHIPPED))
    except SourceError:
        return
    assert set(decisions) == {item.id for item in items}


DEEP = "[" * 100_000 + "]" * 100_000  # json.loads raises RecursionError, not a ValueError


def test_json_nested_too_deeply_is_refused_where_it_comes_in(tmp_path: Path) -> None:
    """A feed, a WordPress API, a line to classify or evaluate, a corpus, a model file and a site
    manifest, each nested beyond what json can read: a clear refusal, never an internal error."""
    import pytest

    from watcher.classify.modelfile import load
    from watcher.exceptions import ModelError, ParseError
    from watcher.site_files import read_manifest

    for kind, body in ((KINDS[0], '{"version": "https://jsonfeed.org/version/1.1", "items": ' + DEEP + "}"),
                       (KINDS[1], DEEP)):  # fmt: skip
        fetched = Fetched(
            kind.id, kind.url, 200, {"content-type": "application/json"}, body.encode()
        )
        with pytest.raises(ParseError, match="nested too deeply"):
            parse_and_normalize(kind, fetched, NOW, str(SHIPPED))
    line = '{"title": "x", "label": 1, "t": ' + DEEP + "}"
    classified = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "w.db"), "classify"], input=line + "\n"
    )
    assert (
        classified.exit_code == 1 and '"error": "not JSON: nested too deeply"' in classified.stdout
    )
    (tmp_path / "deep.jsonl").write_text(line + "\n")
    for args in (["eval"], ["train", "--corpus"]):
        done = CliRunner().invoke(
            cli, ["--db", str(tmp_path / "w.db"), *args, str(tmp_path / "deep.jsonl")]
        )
        assert done.exit_code == 2 and "nested too deeply" in done.stderr, done.output
    (tmp_path / "model.json").write_text(DEEP)
    with pytest.raises(ModelError, match="nested too deeply"):
        load(tmp_path / "model.json")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / ".watcher-site.json").write_text(DEEP)
    assert read_manifest(tmp_path / "site") == {}


def test_half_a_surrogate_pair_escaped_alone_is_read_as_a_replacement_character() -> None:
    """JSON may escape half a surrogate pair alone ("\\ud800"); json keeps it in the string, and
    no UTF-8 output can hold it: `watcher classify` stopped with an internal error (exit 70) on
    such a line. A JSON Feed's title and a line to classify read it as U+FFFD, as bytes that are
    not UTF-8 are; a whole pair is still one character."""
    import subprocess
    import sys

    line = '{"title": "Half \\ud800 pair: employee monitoring", "t": "\\ud83d\\ude00"}\n'
    done = subprocess.run([sys.executable, "-m", "watcher", "classify"], input=line.encode(),
                          capture_output=True, cwd=REPO)  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["title"] == "Half \ufffd pair: employee monitoring" and out["t"] == "\U0001f600"
    feed = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": "1", '
        '"url": "https://example.org/1", "title": "Half \\udc00 pair", "content_text": "x"}]}'
    )
    fetched = Fetched(KINDS[0].id, KINDS[0].url, 200, {"content-type": "application/json"},
                      feed.encode())  # fmt: skip
    items, _ = parse_and_normalize(KINDS[0], fetched, NOW, str(SHIPPED))
    assert [item.title for item in items] == ["Half \ufffd pair"]


def test_toml_and_opml_nested_deep_are_read_or_refused_in_one_line(tmp_path: Path) -> None:
    from watcher.opml import read

    folder = tmp_path / "sources"
    folder.mkdir()
    for deep in ("x = " + DEEP[:100_000], "x = " + "{a = " * 5000 + "1" + "}" * 5000):
        (folder / "a.toml").write_text(deep + "\n")
        checked = CliRunner().invoke(cli, ["--sources", str(folder), "sources", "check"])
        assert checked.exit_code == 2
        assert checked.stderr.startswith(f"{folder / 'a.toml'}: not valid TOML: nested too deeply")
    opml = ('<?xml version="1.0"?><opml version="2.0"><head/><body>' + '<outline text="a">' * 50_000
            + '<outline type="rss" text="F" xmlUrl="https://f.example/feed"/>' + "</outline>" * 50_000
            + '<outline type="rss" text="G" xmlUrl="https://g.example/feed"/></body></opml>')  # fmt: skip
    assert [o.url for o in read(opml.encode(), "deep.opml")] == [
        "https://f.example/feed",
        "https://g.example/feed",
    ]


TOML_BITS = st.sampled_from(['[[source]]\n', 'id = "a"\n', 'url = "http://[::1"\n', 'kind = "html"\n',
                             "interval = 99999999999999999999\n", 'interval = "9d"\n', "[source.selectors]\n",
                             'item = "li"\n', 'id = 3\n', "source = 1\n", "[select]\n", 'kinds = ["x"]\n',
                             'timezone = "Mars/Base"\n', 'weekday = "someday"\n', '"\n', "= =\n", "[[x]]\n",
                             'deadline = "1s"\n', 'date_language = ["fr"]\n', 'headers = {a = 1}\n'])  # fmt: skip


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.lists(TOML_BITS, max_size=25).map("".join) | st.text(max_size=300))
def test_any_toml_is_sources_and_errors_never_a_crash(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    sources, problems = load_source_file(path)
    assert all(p.file == str(path) for p in problems)
    digest, digest_problems = load_digest_file(path)
    assert (digest is None) == bool(digest_problems)


_DB: list[Path] = []


def archive(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    if not _DB:
        db = tmp_path_factory.mktemp("fuzz") / "w.db"
        sample_week(db)
        _DB.append(db)
    return _DB[0]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.text(max_size=60)
    | st.lists(
        st.sampled_from(
            [
                "NOT",
                "OR",
                "AND",
                "NEAR",
                "-",
                "title:",
                "x:",
                '"',
                "*",
                "(",
                "keystroke",
                "--",
                "-a",
            ]
        ),
        max_size=8,
    ).map(" ".join),  # fmt: skip
    option=st.sampled_from(
        [[], ["--since"], ["--until"], ["--lang"], ["--jurisdiction"], ["--source"]]
    ),
    value=st.text(max_size=12),
)
def test_any_query_and_filter_is_results_or_one_line(
    tmp_path_factory, query: str, option: list[str], value: str
) -> None:  # type: ignore[no-untyped-def]
    db = archive(tmp_path_factory)
    args = ["--db", str(db), "--sources", str(REPO / "sources"), "search", *(option + [value] if option else []),
            "--", query]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1, 2), (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        result.exception,
    )
    if result.exit_code:
        assert "internal error" not in result.output and "Traceback" not in result.output
