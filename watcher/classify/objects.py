"""Whom a monitoring word watches, read before the rules score an item (pure).

A monitoring hit of the title or summary is no monitoring term where it watches a thing, not a
person ("monitors bank liquidity"), or compliance an authority checks; a worker term is no
worker watched where the staff it names watch something else ("Zoo staff monitor newborn
panda"). And the other way: the staff's mail, calls or chats used to train AI are watched,
though no monitoring word is named ("entrena su IA con las llamadas de sus teleoperadores").
`decide.judge` calls these after the scan, on the fields' hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from watcher.classify.prefilter import Hit

if TYPE_CHECKING:  # decide imports this module: the names are for annotations only
    from watcher.classify.decide import Field
    from watcher.classify.rules import Rules

THING_REACH = 40  # characters after a thing watched where a worker term makes it theirs
THING_BEFORE = 60  # characters before a monitoring hit searched for a thing (German, Dutch)
MADE_TO_BEFORE = 40  # characters before staff watching searched for a verb that makes them
WATCH_REACH = 160  # characters after a worker term that a staff-watching phrase may run to
STUDY_BEFORE = 40  # characters before a monitoring hit where a study's noun may begin
COMPOUND_BEFORE = 30  # characters before a monitoring noun where a thing's name may stand
TRAINING_REACH = 80  # characters between a training term and the staff's mail or calls
OWNER_REACH = 40  # characters between the staff's mail or calls and the staff they are of
# the hit ends its clause, as a German or Dutch verb may ("... überwachen", "... in de gaten
# houden"): then the thing it watches came before it
_CLAUSE_END = re.compile(r"( \S+)?\s*([.,:;?!|]|$)")


def drop_things_watched(fields: list[Field], rules: Rules) -> None:
    """A monitoring word whose object is a thing, not a person ("monitors bank liquidity",
    "überwacht Strompreise", "vigila sui mercati"), is no monitoring term: its hit is dropped,
    unless a worker term comes between them or just after the thing ("monitors warehouse
    workers' production", "surveille la production des salariés"); in German and Dutch, whose
    verb may end the clause, a thing just before a hit that ends it ("die Abholzung des
    Amazonas überwachen"; not "Supermarkt hangt camera's op", whose thing is its subject),
    unless a worker term comes between them or just after; a hit that names the staff itself
    ("De app straft maaltijdbezorgers met minder bestellingen") is kept either way. Compliance
    checked ("monitor employers' compliance", "surveille le respect du salaire minimum par les
    employeurs") is dropped whatever worker term stands there: an inspectorate or a union
    checks the employers, as are workers' conditions, rights or earnings watched over
    ("Fairwork monitors platform workers' conditions", "Tax office to track gig workers'
    earnings"); both are kept as the `overseen` hits the oversight veto reads. So is a
    monitoring noun a thing's name makes a compound of ("transaction monitoring", "market
    surveillance", "epidemiologische Überwachung").
    In the title and summary, where a monitoring word alone weighs: the body's count only in
    pairs, and reading each of its many hits cost a tenth of the rules' time on long items
    (bench/RESULTS.md)."""
    for f in fields[:2]:
        hits = f.found["monitoring"]
        if not hits:
            continue
        kept, overseen = [], []
        for h in hits:
            if rules.things_checked.match(f.folded, h.end):
                overseen.append(h)  # compliance checked, or workers' conditions watched over
                continue
            if rules.things_monitored.search(f.folded, max(0, h.start - COMPOUND_BEFORE), h.start):
                continue  # "transaction monitoring", "market surveillance": a thing's kind
            after = rules.things_watched.match(f.folded, h.end)
            if after is not None:
                span = (h.end, after.end() + THING_REACH)
            else:
                before = (
                    rules.things_before.search(f.folded, max(0, h.start - THING_BEFORE), h.start)
                    if _CLAUSE_END.match(f.folded, h.end)
                    else None
                )
                if before is None:
                    kept.append(h)
                    continue
                span = (before.start(), h.end + THING_REACH)
            if any(
                span[0] <= w.start < span[1] or h.start <= w.start < h.end
                for w in f.found["worker"]
            ):
                kept.append(h)
        if len(kept) < len(hits):
            f.found["monitoring"] = kept
        if overseen:  # the oversight veto reads them
            f.found["overseen"] = overseen


def drop_watchers(fields: list[Field], rules: Rules) -> None:
    """Staff who watch something else ("Zoo staff monitor newborn panda", "Le personnel de
    l'aéroport surveille les bagages") are the watchers, not the watched: in the title and
    summary, the worker and monitoring hits of such a phrase (the [paired] table's too, read
    beside a worker term later) are dropped unless a worker term follows it as the object
    ("Staff watch colleagues' screens") or the staff are made to do it ("require housekeeping
    staff to track time spent"); the phrase stays as the `watchers` hit the staff-watching veto
    reads."""
    for f in fields[:2]:
        if not (f.found["worker"] and (f.found["monitoring"] or f.found["paired"])):
            continue
        workers = f.found["worker"]
        phrases = set()
        for w in workers:  # a phrase begins at a word of a worker term, its subject
            for start in _word_starts(f.folded, w.start, w.end):
                m = rules.staff_watching.match(f.folded, start, w.end + WATCH_REACH)
                if m is not None:
                    phrases.add(m.span())
                    break
        watchers = [
            Hit(start, end, "watchers")
            for start, end in sorted(phrases)
            if not any(end <= w.start < end + THING_REACH for w in workers)
            and not rules.staff_made_to.search(f.folded, max(0, start - MADE_TO_BEFORE), start)
        ]
        if not watchers:
            continue
        # the subject's worker term may begin before the phrase ("content moderators monitor")
        f.found["worker"] = [
            h for h in workers if not any(h.start < x.end and x.start < h.end for x in watchers)
        ]
        f.found["monitoring"] = [h for h in f.found["monitoring"] if not _inside(h, watchers)]
        f.found["paired"] = [h for h in f.found["paired"] if not _inside(h, watchers)]
        f.found["watchers"] = watchers


def drop_studies(fields: list[Field], rules: Rules) -> None:
    """A survey, study, report or index that measures or tracks ("New index measures AI usage
    among Dutch employees", "Une étude mesure l'usage de l'IA par les salariés") is research,
    not an employer watching: in the title and summary, a monitoring hit that begins in such a
    phrase (its subject and verb) is dropped, the paired terms' too (read after them)."""
    for f in fields[:2]:
        if not f.found["monitoring"]:
            continue
        f.found["monitoring"] = [
            h
            for h in f.found["monitoring"]
            if not any(  # its verb ends a phrase that begins at most STUDY_BEFORE characters back
                m.start() <= h.start < m.end()
                for m in rules.studies_measuring.finditer(
                    f.folded, max(0, h.start - STUDY_BEFORE), h.end
                )
            )
        ]


LISTED = 2  # entries of the AI Act's lists a field names to be one of its lists
EMOTIONS = "emotion-recognition"  # the topic label of emotion recognition's hits


def drop_ai_act_lists(fields: list[Field], rules: Rules) -> None:
    """The AI Act's bans or high-risk areas listed ("... social scoring, predictive policing,
    untargeted scraping of facial images and emotion recognition in workplaces and schools",
    "Zu den Hochrisiko-Bereichen zählen kritische Infrastruktur, Bildung, Beschäftigung und
    Personalmanagement, Strafverfolgung ...") name emotion recognition at work or employment as
    one entry of the list, not as the item's subject: in the title or summary, where the field
    names two or more entries of the Act's other bans or areas (rules.ai_act_lists), its
    emotion-recognition hits, the hits inside another entry's name ("biometric" of "biometric
    categorisation") and the hits that run over one (a high-risk pattern that reads the list up
    to "Beschäftigung und Personalmanagement") are dropped, as monitoring and as terms naming the
    subject; in the summary only where the title names no worker term and no emotion
    recognition ("AI Act bans emotion recognition at work: what employers must do now" is about
    the workplace). Where the title is itself such a list, its summary goes on with it: there a
    single entry is enough for the hits in or over it to go ("Neue KI-Regeln: Social Scoring,
    KI-Manipulation und Emotionserkennung am Arbeitsplatz sind verboten | Auch biometrische
    Kategorisierung")."""
    title, summary = fields[0], fields[1]
    if not any(f.found["monitoring"] or f.found["strong"] for f in (title, summary)):
        return  # nothing to drop: the lists are not read at all
    title_entries = [m.span() for m in rules.ai_act_lists.finditer(title.folded)]
    listed = len(title_entries) >= LISTED  # the title is a list: its summary goes on with it
    if listed:
        _drop_entries(title, title_entries, emotions=True)
    if not (summary.found["monitoring"] or summary.found["strong"]):
        return
    entries = [m.span() for m in rules.ai_act_lists.finditer(summary.folded)]
    about_work = (  # the title is about the workplace: the summary's emotions stay
        title.found["worker"]
        or _emotions(title.found["monitoring"])
        or _emotions(title.found["strong"])
    )
    own = len(entries) >= LISTED and not about_work
    if entries and (own or listed):
        _drop_entries(summary, entries, emotions=own)


def _drop_entries(field: Field, entries: list[tuple[int, int]], emotions: bool) -> None:
    """A field's monitoring hits and terms naming the subject in or over an entry of the AI
    Act's lists, and, with `emotions`, its emotion-recognition hits, dropped."""
    for family in ("monitoring", "strong"):
        field.found[family] = [
            h
            for h in field.found[family]
            if not (emotions and h.label == EMOTIONS)
            and not any(h.start < b and a < h.end for a, b in entries)
        ]


def _emotions(hits: Sequence[Hit]) -> bool:
    return any(h.label == EMOTIONS for h in hits)


def drop_time_register(fields: list[Field], rules: Rules) -> None:
    """The legal duty to record working time ("El nuevo Real Decreto sobre registro de la
    jornada laboral", "Pflicht zur Arbeitszeiterfassung: BAG-Beschluss") is working-hours law,
    not a clock watching the staff: where the title or summary names a law, a decree, a duty or a
    court and no field names a clock's technology or data protection, the attendance hits of the
    register itself ("registro de jornada", "Zeiterfassung") are dropped, in every field, as
    monitoring and as terms naming the subject. Read only for an item with such a hit."""
    found = [
        (f, family)
        for f in fields
        for family in ("monitoring", "strong")
        if any(h.label == "attendance-and-time" for h in f.found[family])
    ]
    if not found or not any(rules.time_register_duty.search(f.folded) for f in fields[:2]):
        return
    if any(rules.time_register_kept.search(f.folded) for f in fields):
        return
    for f, family in found:
        f.found[family] = [
            h
            for h in f.found[family]
            if not (
                h.label == "attendance-and-time" and rules.time_register.match(f.folded, h.start)
            )
        ]


def add_training_data(fields: list[Field], rules: Rules) -> None:
    """AI trained on what the staff write or say: in the title or summary, a training term with
    the staff's mail, calls, chats or recordings ([ai_training] data) within TRAINING_REACH of
    it, theirs by the words between them and a worker term (`staff_data_of`: "the emails of
    employees", "le telefonate dei propri operatori"; `staff_data_by`: "employees' emails",
    "Mitarbeiter-E-Mails"), is a monitoring hit of its own, the training term's: the staff's
    work is captured to train it, though no monitoring word in the field names the capture
    (where one does, its hit is the field's evidence already). Not customers' calls or public
    documents, nor mail answered "for" the staff. Not where people follow the training term
    ("recordings used to train new agents in empathy": `trained_people`), and only where an AI,
    a model or an algorithm is named within TRAINING_REACH of the term (`ai_named`: "staff
    emails used to train phishing awareness" train people too). Read after the staff who watch
    are dropped."""
    for f in fields[:2]:
        trained, data, workers = f.found["ai_training"], f.found["ai_data"], f.found["worker"]
        if not (trained and data and workers) or f.found["monitoring"]:
            continue  # a monitoring word already names the capture: nothing to add
        for t in trained:
            if rules.trained_people.match(f.folded, t.end):
                continue
            around = f.folded[max(0, t.start - TRAINING_REACH) : t.end + TRAINING_REACH]
            if not rules.ai_named.search(around):
                continue
            near = [d for d in data if t.gap(d) <= TRAINING_REACH]
            if any(_owned(f.folded, d, w, rules) for d in near for w in workers):
                hit = Hit(t.start, t.end, "ai-trained-on-worker-data")
                f.found["monitoring"] = sorted([*f.found["monitoring"], hit])
                break


def _owned(text: str, data: Hit, worker: Hit, rules: Rules) -> bool:
    """Whether the staff's mail or calls are the worker term's: the words between them say so."""
    if data.end <= worker.start <= data.end + OWNER_REACH:
        return rules.staff_data_of.fullmatch(text, data.end, worker.start) is not None
    if worker.end <= data.start <= worker.end + OWNER_REACH:
        return rules.staff_data_by.fullmatch(text, worker.end, data.start) is not None
    return False


def _word_starts(text: str, start: int, end: int) -> list[int]:
    """Where the words of text[start:end] begin ("content moderators": 0 and 8)."""
    return [start] + [i + 1 for i in range(start, end - 1) if text[i] == " "]


def _inside(hit: Hit, phrases: list[Hit]) -> bool:
    return any(x.start <= hit.start < x.end for x in phrases)
