"""The archive opens in Datasette with its full-text search working (real Datasette, in process)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner

from watcher.cli import cli

datasette_app = pytest.importorskip("datasette.app", reason="datasette is a test dependency")

ROOT = Path(__file__).resolve().parents[1]


def test_datasette_search_finds_items_without_accents(tmp_path: Path) -> None:
    db = tmp_path / "watcher.db"
    result = CliRunner().invoke(
        cli,
        [
            "--db",
            str(db),
            "--sources",
            str(ROOT / "sources"),
            "poll",
            "--replay",
            str(ROOT / "watcher" / "samples" / "replay"),
        ],
    )
    assert result.exit_code == 0, result.output

    async def query() -> dict:  # type: ignore[type-arg]
        ds = datasette_app.Datasette([str(db)])
        response = await ds.client.get("/watcher/items.json?_search=salaries&_shape=objects")
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    data = asyncio.run(query())
    titles = sorted(row["title"] for row in data["rows"])
    assert len(titles) == 2 and all("salariés" in t for t in titles)
