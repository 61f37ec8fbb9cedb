"""The regulatory facts of an item: kind, act, authority, jurisdiction and the fine (pure).

Taken from the text before the source: an item that names the CNIL and a fine is regulatory
wherever it was published, as is one that reports a fine or a court's ruling without naming who;
a regulator's own item is regulatory whatever it says.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from watcher.classify.rules import Rules
from watcher.models import Document, Fine
from watcher.text import fold

if TYPE_CHECKING:
    from watcher.classify.decide import Field

REGULATORY_CATEGORIES = {"regulator", "court", "legislator"}
AUTHORITY_ACTS = {"fine", "court-ruling"}  # acts only an authority performs
ENFORCEMENT_ACTS = {"fine", "court-ruling", "order"}  # the act wherever they are named
WEAK_ACTS = {"statement", "legislation", "decision"}  # more often the subject than the act


def _lawsuit_only(fields: list[Field]) -> bool:
    """The title and summary report a lawsuit filed by a private party and no court's ruling
    (the rules' `lawsuit_filed` and `ruling_named`): news, not yet an authority's act."""
    head = fields[:2]
    return any(f.found["lawsuit"] for f in head) and not any(f.found["ruled"] for f in head)


def _act(fields: list[Field], rules: Rules) -> str | None:
    """The act an item reports, from its title and summary. A fine, a court's ruling or an
    order wins wherever it is named, in the rules' order (an order alone beside a law its field
    says was passed or signed is the law's ban: legislation). Consultation, guidance and opinion
    come next, the title's before the summary's: "la CNIL publie sa recommandation" over "à
    l'issue d'une consultation publique". A statement, a law or a decision counts only when no
    other act is named: these are more often an item's subject than what it reports
    ("guidelines on the AI Act", "un avis sur le projet de règlement"); among them too the
    title's come first, a law only where the same field says it was passed, signed or put in
    force ("New York passes law ..." over "advocates urge ...")."""
    if not any(f.found["acts"] for f in fields):
        return None  # most items: no act named
    order = rules.act_order
    found = [
        {h.label for h in f.found["acts"] if f.name != "content" or h.start < 1500} for f in fields
    ]
    every = set().union(*found)
    enforcement = [a for a in order if a in every and a in ENFORCEMENT_ACTS]
    if enforcement == ["order"] and any(
        "legislation" in names and field.found["legislative"]
        for names, field in zip(found, fields, strict=True)
    ):
        return "legislation"  # a law's ban ("Newsom signed AB 701 ... prohibits the use of")
    if enforcement:
        return enforcement[0]
    for names in found:  # consultation, guidance, opinion: the title's first
        soft = [a for a in order if a in names and a not in WEAK_ACTS]
        if soft:
            return soft[0]
    for names, field in zip(found, fields, strict=True):  # the weak ones, the title's first
        enacted = bool(field.found["legislative"])
        weak = [a for a in order if a in names and (a != "legislation" or enacted)]
        if weak:
            return weak[0]
    return next((a for a in order if a in every), None)  # a law named, none said passed


def regulatory_facts(
    doc: Document, fields: list[Field], rules: Rules
) -> tuple[str, str | None, str | None, str | None]:
    """kind, act, authority, jurisdiction."""
    authority: tuple[str, str] | None = None
    for field in fields:
        first = field.found["authority"][:1]
        if first:
            authority = rules.authorities[int(first[0].label)]
            break
    from_source = doc.source_category in REGULATORY_CATEGORIES
    if authority is None and from_source:
        authority = authority_named(doc.source_publisher or "", rules)
        if authority is None and doc.source_publisher:
            authority = (doc.source_publisher, doc.source_jurisdiction or "")
    head_fields = fields[:2] if fields[0].folded else fields
    act = _act(head_fields, rules)
    if act is None and any(h.label == "fine" for h in fields[2].found["acts"]):
        act = "fine"  # a fine stated only in the body
    if act == "court-ruling" and _lawsuit_only(fields):
        act = None  # a lawsuit filed by a private party is news, not yet a court's act
    # a fine or a court's ruling is an authority's act even where the text does not name it
    # ("the court ordered ...", "a 40,000 euro fine"); so is a law that a legislator signed,
    # passed or put in force, or a formal draft ("Governor signs bill", "publicada en el BOE")
    enacted = act == "legislation" and any(f.found["legislative"] for f in head_fields)
    regulatory = (
        from_source
        or (authority is not None and act is not None)
        or act in AUTHORITY_ACTS
        or enacted
    )
    if not regulatory:
        return "news", None, None, None
    if act is None:  # what an authority publishes without naming an act; a court's, a ruling
        act = "court-ruling" if doc.source_category == "court" else "statement"
    if act == "order" and authority is not None and authority[0] in rules.legislators:
        act = "legislation"  # a legislator's ban is a law ("the AI Act bans ...")
    if authority is None:
        return "regulatory", act, None, doc.source_jurisdiction
    return "regulatory", act, authority[0], authority[1] or doc.source_jurisdiction


def case_outcome(fields: list[Field], rules: Rules) -> bool:
    """A news item whose title or summary tells an employment case's outcome without naming the
    court ("loses unfair dismissal case", "ontslagzaak"), or whose title names a case as courts
    do ("Antović and Mirković v. Montenegro"): it reports a court's ruling. Like an authority
    leading the title, for the digest's section, not the model's signals."""
    told = any(f.found["outcome"] for f in fields[:2]) or rules.case_name.search(fields[0].folded)
    return bool(told) and not _lawsuit_only(fields)


def led_by_authority(
    doc: Document, fields: list[Field], rules: Rules
) -> tuple[str, str | None, str] | None:
    """The authority a news item's title names, which makes it a regulatory development for the
    digest ("La CNIL épingle les keyloggers", "No del Garante al riconoscimento facciale"): its
    name, jurisdiction and act: a court's ruling where the name is a court's ("BAG: Überwachung
    per Keylogger unzulässig"), as the rules' own act patterns read it; else a statement. Not for
    the model's signals, which it made less precise (docs)."""
    first = fields[0].found["authority"][:1]
    if not first or _lawsuit_only(fields):
        return None
    name, jur = rules.authorities[int(first[0].label)]
    act = "court-ruling" if names_a_court(name, rules) else "statement"
    return name, jur or doc.source_jurisdiction, act


def authority_named(name: str, rules: Rules) -> tuple[str, str] | None:
    """The authority (name, jurisdiction) a publisher's or source's name names ("Garante per la
    protezione dei dati personali"), the first in the rules' order; None for nobody's."""
    hits = rules.combined.scan_name(fold(name))["authority"] if name else ()
    return rules.authorities[min(int(h.label) for h in hits)] if hits else None


def names_a_court(name: str, rules: Rules) -> bool:
    """A name the rules' own court-ruling patterns read as a court's ("Bundesarbeitsgericht",
    "Landesarbeitsgericht Hamm (via openJur)"), not a regulator's: one list, never written twice."""
    return any(h.label == "court-ruling" for h in rules.combined.scan_name(fold(name))["acts"])


_CURRENCY = (
    r"(€|£|\$|eur\b|euros?\b|gbp\b|pounds?\b|usd\b|dollars?\b|sek\b|kronor\b|chf\b|nok\b|dkk\b"
    r"|pln\b|zlotys?\b|huf\b|forints?\b|czk\b|ron\b|isk\b|aud\b|cad\b)"
)
_NUMBER = r"(\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_SCALE = (
    r"(k\b|thousand\b|mila\b|mil\b|tausend\b|tsd\.?|duizend\b|millions?\b|million\b|milione\b|milioni\b"
    r"|millon(?:es)?\b|miljoen\b|mln\b|mio\.?|millionen\b|m\b|bn\b|billions?\b|milliards?\b|miliard[oi]\b"
    r"|milliarden?\b|miljard\b|mrd\.?)"
)
_AMOUNT_AFTER = re.compile(_CURRENCY + r"\s?" + _NUMBER + r"\s?" + _SCALE + "?")
# "2,5 milioni di euro", "20 millions d'euros", "1,2 miljoen euro", "40mila euro"
_AMOUNT_BEFORE = re.compile(
    _NUMBER + r"\s?" + _SCALE + r"?\s?(?:d'|de |of |di |del |van )?" + _CURRENCY
)
_CODES = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP",
          "pounds": "GBP", "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "sek": "SEK",
          "kronor": "SEK", "chf": "CHF", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "zloty": "PLN",
          "zlotys": "PLN", "huf": "HUF", "forint": "HUF", "forints": "HUF", "czk": "CZK", "ron": "RON",
          "isk": "ISK", "aud": "AUD", "cad": "CAD"}  # fmt: skip
_SCALES = {"k": 1e3, "thousand": 1e3, "mila": 1e3, "mil": 1e3, "tausend": 1e3, "tsd": 1e3, "tsd.": 1e3,
           "duizend": 1e3, "m": 1e6, "mln": 1e6, "mio": 1e6, "mio.": 1e6, "million": 1e6, "millions": 1e6,
           "millionen": 1e6, "milione": 1e6, "milioni": 1e6, "millon": 1e6, "millones": 1e6, "miljoen": 1e6,
           "bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "miliardo": 1e9,
           "miliardi": 1e9, "milliarde": 1e9, "milliarden": 1e9, "miljard": 1e9, "mrd": 1e9, "mrd.": 1e9}  # fmt: skip


def parse_number(text: str) -> float | None:
    digits = text.replace(" ", "")
    if "," in digits and "." in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        digits = digits.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif "," in digits or "." in digits:
        sep = "," if "," in digits else "."
        groups = digits.split(sep)
        if len(groups) > 2 or len(groups[-1]) == 3:
            digits = digits.replace(sep, "")
        else:
            digits = digits.replace(sep, ".")
    try:
        return float(digits)
    except ValueError:
        return None


def fine_of(fields: list[Field]) -> Fine | None:
    for field in fields:
        text = field.folded if field.name != "content" else field.folded[:2000]
        found = []
        for m in _AMOUNT_AFTER.finditer(text):
            found.append((m.start(), m.group(1), m.group(2), m.group(3)))
        for m in _AMOUNT_BEFORE.finditer(text):
            found.append((m.start(), m.group(3), m.group(1), m.group(2)))
        for _, currency, number, scale in sorted(found):
            value = parse_number(number)
            if value is None or value <= 0:
                continue
            if scale:
                value *= _SCALES.get(
                    scale.strip().rstrip(".") if scale.strip() != "mio." else "mio", 1.0
                )
            code = _CODES.get(currency.strip())
            if code and value >= 100:  # smaller sums are not fines (dates, article numbers)
                return Fine(amount=round(value, 2), currency=code)
    return None
