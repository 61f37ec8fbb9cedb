"""An article's page → its main text, for sources whose feeds carry only a teaser (opt-in).

trafilatura finds the article's body and leaves out navigation, share bars, related links,
comments, ads and cookie banners (bench/compare_extractors.py compares it with a readability-
style heuristic on recorded pages: docs/sources.md says why it was chosen). Imported only when
a poll of a `fulltext = true` source has new items.
"""

from __future__ import annotations

import html

MIN_CHARS = 200  # less than this is a failed extraction: keep the feed's text


def extract(page: bytes, url: str) -> str | None:
    """The main text of an article page, as paragraphs of plain text; None when none is found."""
    import trafilatura

    text = trafilatura.extract(
        page, url=url, include_comments=False, include_tables=False, favor_precision=True,
        deduplicate=True,
    )  # fmt: skip
    if not text or len(text) < MIN_CHARS:
        return None
    return text.strip()


def as_html(text: str) -> str:
    """Extracted text as the content an item stores: one paragraph a line."""
    return "".join(
        f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
    )
