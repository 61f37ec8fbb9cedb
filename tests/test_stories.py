"""Stories: one event told by several outlets is one entry; other stories stay apart."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from watcher.parse import parse_feed
from watcher.stories import StoryItem, group
from watcher.text import plain_text

DAY = datetime(2026, 4, 22, 12, tzinfo=UTC)


def seeds(shared: Path) -> list[StoryItem]:
    found = []
    for path in sorted((shared / "seeds").iterdir()):
        text = path.read_text()
        if text.lstrip().startswith("{"):
            post = json.loads(text)
            title, body = (
                plain_text(post["title"]["rendered"]),
                plain_text(post["content"]["rendered"]),
            )
        else:
            lines = [ln for ln in text.splitlines() if ln.strip()]
            start = (
                3 if lines[0].startswith("Wednesday") else 0
            )  # 003 opens with a dateline and masthead
            title, body = lines[start], " ".join(lines[start + 1 :])
        found.append(StoryItem(path.name[:3], title, body, DAY, f"outlet-{path.name[:3]}"))
    return found


def feed(shared: Path, name: str, prefix: str) -> list[StoryItem]:
    body = (shared / "realworld" / "feeds" / name).read_bytes()
    return [
        StoryItem(f"{prefix}{i}", e.title, plain_text(e.summary), e.published or DAY, prefix)
        for i, e in enumerate(parse_feed(prefix, body, {}, "http://x/"))
    ]


def test_the_five_seed_articles_are_one_story(shared: Path) -> None:
    stories = group(seeds(shared))
    assert len(stories) == 1 and len(stories[0].items) == 5


def test_real_feeds_keep_other_stories_apart(shared: Path) -> None:
    ars = feed(shared, "arstechnica-ai-rss-2026-09-ai-engineer-guide-fixture.xml", "ars")
    verge = feed(shared, "theverge-ai-atom-2026-09-ai-engineer-guide-fixture.xml", "verge")
    items = seeds(shared) + ars + verge
    stories = group(items)
    by_item = {item.id: i for i, s in enumerate(stories) for item in s.items}
    meta_story = by_item["000"]
    assert all(by_item[s] == meta_story for s in ("001", "002", "003", "004"))
    other_meta = [i.id for i in ars if i.title.startswith(("Meta makes AI glasses", "Inside Meta"))]
    assert len(other_meta) == 2 and all(by_item[i] != meta_story for i in other_meta)
    assert by_item[other_meta[0]] != by_item[other_meta[1]]  # two different Meta stories
    nvidia = [i.id for i in ars if "Hugging Face" in i.title]
    assert len(nvidia) == 2 and by_item[nvidia[0]] == by_item[nvidia[1]]  # one deal, told twice
    assert len(stories) >= len(items) - 8  # nearly everything else stands alone


def test_best_source_first_then_score_then_earliest() -> None:
    news = StoryItem(
        "n",
        "Regulator fines employer over keystroke logging of staff",
        "",
        DAY,
        "paper",
        "news",
        0.9,
    )
    official = StoryItem(
        "r",
        "Regulator fines employer for keystroke logging of staff",
        "",
        DAY + timedelta(hours=3),
        "dpa",
        "regulator",
        0.7,
    )
    late = StoryItem(
        "l",
        "Employer fined over keystroke logging of staff",
        "",
        DAY + timedelta(days=1),
        "blog",
        "news",
        0.9,
    )
    story = group([news, late, official])[0]
    assert (
        [i.id for i in story.items] == ["r", "n", "l"]
        and story.lead.id == "r"
        and [i.id for i in story.also] == ["n", "l"]
    )


def test_same_words_a_month_apart_are_two_stories() -> None:
    a = StoryItem("a", "Regulator fines employer over keystroke logging", "", DAY, "x")
    b = StoryItem(
        "b", "Regulator fines employer over keystroke logging", "", DAY + timedelta(days=30), "y"
    )
    assert len(group([a, b])) == 2


def test_sample_week_meta_story_from_three_outlets() -> None:
    root = Path(__file__).resolve().parents[1] / "watcher" / "samples" / "replay"
    news = feed_from(root / "arstechnica-ai.body", "arstechnica-ai") + feed_from(
        root / "theverge.body", "theverge"
    )
    posts = json.loads((root / "delimiter.body").read_text())
    news += [
        StoryItem(
            f"wp{p['id']}",
            plain_text(p["title"]["rendered"]),
            plain_text(p["excerpt"]["rendered"]),
            DAY,
            "delimiter",
        )
        for p in posts
    ]
    stories = group(news)
    meta = [s for s in stories if len(s.items) > 1]
    assert len(meta) == 1 and {i.source_id for i in meta[0].items} == {
        "arstechnica-ai",
        "theverge",
        "delimiter",
    }
    assert len(stories) == 4  # the Meta story, and three unrelated items standing alone

    regulatory = feed_from(root / "edpb-news.body", "edpb-news") + feed_from(
        root / "cnil.body", "cnil"
    )
    assert all(len(s.items) == 1 for s in group(regulatory))


def test_one_sources_boilerplate_does_not_link_its_items() -> None:
    tail = "The post appeared first on Example Daily. Copyright Example Daily, personal use only."
    a = StoryItem("a", "Chip maker reports record quarter", tail, DAY, "daily")
    b = StoryItem("b", "City council approves new bike lanes", tail, DAY, "daily")
    assert len(group([a, b])) == 2


def feed_from(path: Path, source: str) -> list[StoryItem]:
    return [
        StoryItem(f"{source}{i}", e.title, plain_text(e.summary), e.published or DAY, source)
        for i, e in enumerate(parse_feed(source, path.read_bytes(), {}, "http://x/"))
    ]


@given(
    st.lists(st.tuples(st.text(max_size=60), st.text(max_size=80), st.integers(0, 40)), max_size=25)
)
def test_grouping_is_a_partition(rows: list[tuple[str, str, int]]) -> None:
    items = [
        StoryItem(str(i), t, s, DAY + timedelta(days=d), "x") for i, (t, s, d) in enumerate(rows)
    ]
    stories = group(items)
    ids = [item.id for story in stories for item in story.items]
    assert sorted(ids) == sorted(item.id for item in items)
    assert all(story.items for story in stories)
