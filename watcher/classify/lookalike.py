"""The kinds of look-alike a not-relevant item is, read from why it is not (pure).

The corpus says why each item is not relevant (its `reason`); a reader may say why with `watcher
label ... --note`. The first kind whose words that text holds is the item's kind; a text naming
none is "other". The model learns each kind apart (one class each, watcher.classify.train), so
an item is relevant only when it outscores every kind, not their average: a story about cameras
on shoppers and one about staff pay without monitoring fail in different ways
(docs/classification.md).
"""

from __future__ import annotations

import re

LOOK_ALIKES = (
    ("ordinary", r"^\[ordinary negative\]"),
    ("others watched", r"camera|cctv|facial|video|surveil|police|public|retail|shopper|visitor|"
     r"migrant|proctor|school|student|pupil|biometric|neighbo|drone|face|fans|stadium|passenger|"
     r"patient|travel|citizen"),
    ("consumer data", r"cookie|track|adtech|consumer|marketing|telemarket|spam|pixel|breach|"
     r"cyber|hack|leak|child|user|advert|replay|transfer|customer"),
    ("work, no monitoring", r"employ|job|\bhr\b|union|strike|recruit|hiring|applicant|pay|wage|"
     r"gig|rider|status|whistleblow|workplace|worker|staff|labou?r|dismiss|election|health|"
     r"remote|office|salary|contract|work"),
)  # fmt: skip
OTHER = "other"


def look_alike(reason: str) -> str:
    """The kind of look-alike a not-relevant item is, from the words of why it is not."""
    text = reason.lower()
    return next((name for name, words in LOOK_ALIKES if re.search(words, text)), OTHER)
