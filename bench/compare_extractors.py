"""Compare two ways of finding an article's text on recorded pages (tests/data/articles/).

    python bench/compare_extractors.py

trafilatura (what watcher uses) against a readability-style heuristic written here with bs4:
the element whose direct <p> children hold the most text. For each page: how many of the
article's sentences came out, and how many pieces of boilerplate (navigation, related links,
comments, ads, cookie banners) came with them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from watcher.fulltext import extract  # noqa: E402

PAGES = {
    "wordpress-news.html": (
        ["recorded the handheld scanner activity", "idle-time logs for each employee",
         "not proportionate to the aim", "series of decisions on productivity scoring"],
        ["Subscribe to our newsletter", "We use cookies", "Share on X", "morning briefing",
         "Ten gadgets", "42 comments", "workers are not machines", "All rights reserved"],
    ),
    "newsroom.html": (
        ["photographiait l'écran des télétravailleurs", "enregistrait aussi les frappes",
         "amende de 60 000 euros", "prend acte"],
        ["Ce site utilise des cookies", "Partager", "Les plus lus", "gâteau au chocolat",
         "Publicité", "Mentions légales"],
    ),
    "split-by-ads.html": (
        ["untersagt, die Produktivität", "Klicks, Bearbeitungszeiten und Pausen",
         "Mitbestimmung unterliegt", "Beschwerde einzulegen"],
        ["Anzeige", "Vergleichsportal", "Gehaltsverhandlung", "Impressum", "Abo"],
    ),
    "div-paragraphs.html": (
        ["deactivated their accounts", "irregular trips", "disclose the main factors"],
        ["Log in", "Try Premium", "Celebrity chef", "Weekend weather", "Copyright 2026"],
    ),
}  # fmt: skip


def heuristic(page: bytes) -> str:
    """Readability-style: the element whose own paragraphs hold the most text."""
    soup = BeautifulSoup(page, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "form"]):
        tag.decompose()
    best, best_len = None, 0
    for element in soup.find_all(["article", "div", "section", "main"]):
        text = " ".join(p.get_text(" ", strip=True) for p in element.find_all("p", recursive=False))
        if len(text) > best_len:
            best, best_len = element, len(text)
    if best is None:
        return ""
    return "\n".join(p.get_text(" ", strip=True) for p in best.find_all("p", recursive=False))


def main() -> None:
    rows = []
    for name, (wanted, unwanted) in PAGES.items():
        page = (ROOT / "tests" / "data" / "articles" / name).read_bytes()
        for label, text in (("trafilatura", extract(page, "https://x.example/a") or ""),
                            ("bs4 heuristic", heuristic(page))):  # fmt: skip
            got = sum(w in text for w in wanted)
            leaked = sum(u in text for u in unwanted)
            rows.append(f"| {name} | {label} | {got}/{len(wanted)} | {leaked}/{len(unwanted)} |")
    print("| page | extractor | article sentences found | boilerplate leaked |")
    print("|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
