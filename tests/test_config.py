"""sources/*.toml validation: every problem one line with file and line, exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import feed_source
from watcher.cli import cli
from watcher.config.sources import load_sources, parse_interval

REPO_SOURCES = Path(__file__).resolve().parents[1] / "sources"


def check(tmp_path: Path, text: str, name: str = "bad.toml") -> list[str]:
    folder = tmp_path / "sources"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text)
    result = CliRunner().invoke(cli, ["--sources", str(folder), "sources", "check"])
    assert result.exit_code == 2, result.output
    return [line for line in result.stderr.splitlines() if ".toml" in line]


def test_shipped_registry_is_valid() -> None:
    sources, problems = load_sources(REPO_SOURCES)
    assert problems == []
    ids = {s.id for s in sources}
    for required in ("edpb-news", "edpb-publications", "edps-news", "cnil", "ico", "dpc", "garante",
                     "aepd", "ap-nl", "bfdi", "imy", "noyb", "iapp", "techcrunch", "arstechnica-ai",
                     "theverge", "bbc-technology", "theregister", "geekwire", "wired", "techtarget"):  # fmt: skip
        assert required in ids
    assert next(s for s in sources if s.id == "dpc").kind == "html"
    assert any(not s.verified for s in sources)
    edpb = next(s for s in sources if s.id == "edpb-news")
    assert dict(edpb.headers)["User-Agent"].startswith("Mozilla/5.0")


def test_cli_check_passes_on_the_shipped_registry() -> None:
    result = CliRunner().invoke(cli, ["--sources", str(REPO_SOURCES), "sources", "check"])
    assert result.exit_code == 0 and "sources OK" in result.stdout


def test_unknown_key_missing_field_bad_url(tmp_path: Path) -> None:
    text = """[[source]]
id = "a"
name = "A"
url = "ftp://nowhere"
kind = "feed"
publisher = "P"
category = "news"
jurisdiction = "EU"
language = "en"
colour = "red"

[[source]]
id = "b"
name = "B"
url = "https://b.example/"
kind = "feed"
publisher = "P"
category = "news"
jurisdiction = "EU"
"""
    lines = check(tmp_path, text)
    assert any("bad.toml:10: unknown key 'colour'" in ln for ln in lines)
    assert any("bad.toml:12: missing required key 'language'" in ln for ln in lines)
    assert any(
        "bad.toml:4: url 'ftp://nowhere' is not an absolute http(s) URL" in ln for ln in lines
    )
    assert len(lines) == 3  # one pass reports every problem: an unknown key hides nothing


def test_bad_values(tmp_path: Path) -> None:
    text = feed_source("Bad_ID", "ftp://x", kind="rss", extra='interval = "5s"\nenabled = "yes"')
    text = text.replace('category = "news"', 'category = "blog"').replace('"EU"', '"Europe"')
    lines = check(tmp_path, text)
    joined = "\n".join(lines)
    for words in ("bad.toml:3: id 'Bad_ID'", "bad.toml:5: url 'ftp://x'", "bad.toml:6: kind 'rss'",
                  "bad.toml:8: category 'blog'", "bad.toml:9: jurisdiction 'Europe'",
                  "bad.toml:11: interval 5s is below", "bad.toml:12: enabled must be true or false"):  # fmt: skip
        assert words in joined


def test_headers_must_be_http_headers(tmp_path: Path) -> None:
    """A line break in a value, or a space in a name, would fail every poll of the source
    ("Illegal header value"): `sources check` says so first."""
    text = feed_source(
        "h",
        "https://h.example/feed",
        extra='headers = {"X-A" = "a\\nb", "Bad Name" = "x", "Ok" = "y"}',
    )
    lines = check(tmp_path, text)
    assert "bad.toml:11: header 'X-A': 'a\\nb' is not an HTTP header" in "\n".join(lines)
    assert any("header 'Bad Name'" in line for line in lines) and not any(
        "'Ok'" in line for line in lines
    )


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.toml").write_text(feed_source("same", "https://a.example/"))
    lines = check(tmp_path, feed_source("same", "https://b.example/"), name="b.toml")
    assert lines == [f"{folder}/b.toml:2: duplicate id 'same' (first defined at {folder}/a.toml:2)"]


def test_invalid_selector_and_missing_selectors(tmp_path: Path) -> None:
    html = feed_source("page", "https://p.example/", kind="html")
    bad_sel = html + '[source.selectors]\nitem = "div[[["\ndate = ".date"\n'
    lines = check(tmp_path, bad_sel)
    assert len(lines) == 1 and "bad.toml:13: invalid CSS selector for 'item'" in lines[0]
    lines = check(tmp_path, html)
    assert "needs a [source.selectors] table" in lines[0]


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    lines = check(tmp_path, '[[source]]\nid = "a"\nname = "unterminated\n')
    assert len(lines) == 1 and "bad.toml:3: not valid TOML" in lines[0]


def test_missing_folder_is_a_config_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--sources", str(tmp_path / "nope"), "sources", "check"])
    assert result.exit_code == 2 and "WATCHER_SOURCES" in result.stderr


@pytest.mark.parametrize(
    ("value", "seconds"), [(3600, 3600), ("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400)]
)
def test_intervals(value: object, seconds: int) -> None:
    assert parse_interval(value) == seconds


def test_env_vars_set_db_and_sources(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["sources", "list"],
        env={"WATCHER_SOURCES": str(REPO_SOURCES), "WATCHER_DB": str(tmp_path / "x.db")},
    )
    assert result.exit_code == 0 and "edpb-news" in result.stdout


@pytest.mark.parametrize(
    ("extra", "url", "expected"),
    [
        ("", "http://[::1", "is not a valid URL"),
        ("", "http://example.org:99999/feed", "is not a valid URL"),
        ('interval = "99999999999999999999d"', "https://a.example/", "is not a number of seconds"),
        ('interval = "400d"', "https://a.example/", "above the maximum"),
        ('deadline = "2s"', "https://a.example/", "deadline 2s is below the minimum of 5s"),
        ('date_language = ["fr"]', "https://a.example/", "date_language ['fr'] is not one of"),
    ],
)
def test_hostile_values_are_one_line_errors(
    tmp_path: Path, extra: str, url: str, expected: str
) -> None:
    lines = check(tmp_path, feed_source("a", url, extra=extra))
    assert len(lines) == 1 and expected in lines[0], lines


def test_a_duplicate_id_is_reported_on_the_first_run_even_beside_a_broken_entry(
    tmp_path: Path,
) -> None:
    text = feed_source("a", "ftp://broken") + feed_source("a", "https://a.example/")
    lines = check(tmp_path, text)
    assert any("duplicate id 'a' (first defined at" in ln for ln in lines), lines
    assert any("is not an absolute http(s) URL" in ln for ln in lines), lines


def test_deadline_per_source(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.toml").write_text(feed_source("a", "https://a.example/", extra='deadline = "2m"'))
    sources, problems = load_sources(folder)
    assert problems == [] and sources[0].deadline == 120.0


def test_selectors_are_compiled_by_sources_check_only(tmp_path: Path) -> None:
    """Compiling selectors (soupsieve) is for `sources check`; other commands load faster, and a
    selector that does not compile fails only its source's poll, with the same message."""
    from watcher.exceptions import ParseError
    from watcher.models import Fetched
    from watcher.parse import parse

    folder = tmp_path / "sources"
    folder.mkdir()
    table = feed_source(
        "h", "https://h.example/", kind="html", extra='[source.selectors]\nitem = "li[["\n'
    )
    (folder / "h.toml").write_text(table)
    loaded, problems = load_sources(folder)
    assert problems == [] and loaded[0].selectors is not None
    _, checked = load_sources(folder, check=True)
    assert len(checked) == 1 and "invalid CSS selector for 'item': 'li[['" in str(checked[0])
    with pytest.raises(ParseError, match=r"invalid CSS selector item = 'li\[\['"):
        parse(
            loaded[0],
            Fetched("h", "https://h.example/", 200, {"content-type": "text/html"}, b"<ul></ul>"),
        )
