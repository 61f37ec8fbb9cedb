"""The rules' vetoes: what rules an item out whatever its score (pure).

An item whose title is about a strike, a worker's status, pay, sick leave, personnel records,
employment law in general or a dismissal for a post, a staff survey, a health pass, one's own data,
an accident at work, the labour market, what the staff are given (kit, vehicles, perks),
whistleblowing, a crime or a licence to drive or run a ride or taxi service (its summary, where the
title leaves it there, about a strike, a worker's status, pay, sick leave or one's own data), and
that names no monitoring; or about a device of people's own, an attack, travel, the police, AI
agents, workers that are not people (software's, a hive's, a party's name), people in their private
life (children, motorists, a phone's owner), emotions or automated decisions about people in
general, a platform's service to its customers, students, or staff watching something else ("Zoo
staff monitor newborn panda"), and names no worker; or about shoppers, visitors or other people
watched, its title naming no worker and its staff named only as bystanders or not at all (no act,
work setting, driver or courier named either); or about a member of staff who took, read or sent
other people's records, or snooped on colleagues, staff who heard, viewed or shared what customers'
own devices recorded (a voice assistant's clips, a car's cameras), surveillance a firm supplies to a
state or an army, AI agents managed as a workforce, self-driving cars and robots people steer from
afar, a ride app's trips its riders and drivers record for their safety and its other safety tools
for them, a regulator's record-keeping rules for business communications, hackers or spyware that
spied on the staff it names, bodycams that protect staff from the public, patients watched for their
care, workers' exposure to a hazard measured, speed and traffic cameras, or a buyer's guide to kit
(webcams, headsets, chairs), whoever is named: its subject is not how workers are watched. So is an
item whose only monitoring words watch over the workers (their conditions, rights or earnings) or
check the employers' compliance, and one whose title watches a care home or a nursery and names no
staff, no staff watched after it: the residents' or the children's safety. The concepts and what
`watcher show` says of each are `models.VETOES`; `decide.judge` asks `ruled_out` after the rules'
score. The vetoes that read whom an item is about (all but the disputes and the care home) live in
`subjects.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watcher.classify.subjects import not_staff, said
from watcher.models import (
    ACCESS_REQUEST,
    CARE_HOME,
    CRIME,
    EMPLOYMENT_LAW,
    EMPLOYMENT_STATUS,
    HEALTH_PASS,
    INDUSTRIAL_ACTION,
    LABOUR_MARKET,
    LICENSING,
    OVERSIGHT,
    PAY,
    PERSONNEL_RECORDS,
    PRODUCTIVITY_GAIN,
    SICK_LEAVE,
    STAFF_GIVEN,
    STAFF_SURVEYS,
    WHISTLEBLOWING,
    WORKPLACE_ACCIDENT,
    Evidence,
)

if TYPE_CHECKING:  # decide imports this module: the names are for annotations only
    from watcher.classify.decide import Field
    from watcher.classify.rules import Rules


def ruled_out(
    fields: list[Field], monitoring: bool, workers: bool, act: str | None, rules: Rules
) -> Evidence | None:
    """The evidence of the veto that rules the item out (`monitoring`: a monitoring term or one
    naming the subject is read; `workers`: a worker term or one naming the subject is), or
    None."""
    return (
        _dispute(fields, monitoring, rules)
        or not_staff(fields, workers, monitoring, act, rules)
        or _care_home(fields)
    )


# The vetoes read in the title alone that hold when no monitoring is named, in the order their
# evidence is preferred: the rules' pattern family and the concept of the evidence. Employment
# law in general comes last: a title's other subject says more ("Lanceurs d'alerte : ce que les
# employeurs doivent savoir" is whistleblowing, not a guide to employment law).
_TITLE_VETOES = (
    ("status", EMPLOYMENT_STATUS),
    ("pay", PAY),
    ("sick", SICK_LEAVE),
    ("health", HEALTH_PASS),
    ("access", ACCESS_REQUEST),
    ("records", PERSONNEL_RECORDS),
    ("surveys", STAFF_SURVEYS),
    ("accident", WORKPLACE_ACCIDENT),
    ("jobs", LABOUR_MARKET),
    ("given", STAFF_GIVEN),
    ("whistle", WHISTLEBLOWING),
    ("crime", CRIME),
    ("licence", LICENSING),
    ("law", EMPLOYMENT_LAW),
)
# ... and those read in the summary as well, after the title's: a court's or a regulator's title
# often names only itself ("Uitspraak kantonrechter Rotterdam") and leaves the subject to the
# summary (pay, sick leave, who counts as an employee; not employment law, whose lawyers sign the
# summaries of items on monitoring too: "Arbeidsrechtadvocaat ...", a labelled relevant item)
_SUMMARY_VETOES = (
    ("access", ACCESS_REQUEST),
    ("pay", PAY),
    ("sick", SICK_LEAVE),
    ("status", EMPLOYMENT_STATUS),
)


def _dispute(fields: list[Field], monitoring: bool, rules: Rules) -> Evidence | None:
    """A strike, walkout, picket or protest in the title or summary, or in the title who counts
    as an employee ("Uber drivers are workers, Supreme Court rules"), pay ("Tarifeinigung: mehr
    Lohn für Beschäftigte"), sick leave ("Wat mag je werkgever vragen als je ziek bent?"), a
    worker's ID, photo or personnel file kept ("Kopie ID-bewijs maken is zelden toegestaan"),
    employment law's rights and duties in general ("Rechten en plichten van een werknemer"), a
    staff survey or desk booking ("Pulse Surveys"), a health pass checked ("3G am
    Arbeitsplatz"), a request for one's own data, an accident at work, the labour market's figures,
    what the staff are given or may now do ("Amazon's delivery drivers get new electric vans"),
    whistleblowing, a crime or a licence to drive or run a ride or taxi service, or the taxi
    trade's quarrel with the platforms (`_TITLE_VETOES`), or monitoring words in the title that only
    watch over ("Fairwork monitors platform workers' conditions", "Labour inspectors to monitor
    employers' compliance": `objects.drop_things_watched`), of an item that names no monitoring
    (no monitoring term, no term naming the subject, no algorithm, no AI, no quota ...): that is
    its subject, not how workers are watched. A request for one's own data, pay, sick leave and
    who counts as an employee are read in the summary too (`_SUMMARY_VETOES`: "TUC launches guide
    for union reps" on workers' access requests, "Uitspraak kantonrechter Rotterdam" on severance
    pay). Productivity raised, in the title or the summary, is ruled out even where AI is named
    (AI raised it)."""
    title = fields[0]
    for field in fields[:2]:  # AI named does not keep it: AI raised it
        if field.found["gain"] and not monitoring:
            return said(field, field.found["gain"][0], PRODUCTIVITY_GAIN)
    found = [
        (f, f.found["dispute"][0], INDUSTRIAL_ACTION) for f in fields[:2] if f.found["dispute"]
    ]
    found += [
        (title, title.found[family][0], concept)
        for family, concept in _TITLE_VETOES
        if title.found[family]
    ]
    overseen = title.found.get("overseen", ())  # its monitoring words watch over, not watch
    found += [(title, overseen[0], OVERSIGHT)] if overseen else []
    summary = fields[1]
    found += [
        (summary, summary.found[family][0], concept)
        for family, concept in _SUMMARY_VETOES
        if summary.found[family]
    ]
    if not found or monitoring or any(rules.dispute_unless.search(f.folded) for f in fields):
        return None
    return said(*found[0])


# Characters between a monitoring word and a worker term that read as the word watching them
# ("filmait en continu ses aides-soignants"), not as both named in one sentence ("des caméras dans
# les chambres des résidents ; les soignants s'inquiètent"): the care-home veto's test
_WATCHES = 20


def _care_home(fields: list[Field]) -> Evidence | None:
    """A care home or a nursery (the rules' care_homes and care_homes_named) in a title that
    watches and names no worker and no term naming the subject, or in the summary of such a
    title, where the summary and the body name no term naming the subject and no worker that a
    monitoring word watches (`_WATCHES`: "Videosorveglianza in tutte le case di riposo in
    Liguria entro il 31 gennaio": "... a tutelare gli ospiti contro eventuali atti di violenza,
    ma anche i dipendenti"): its cameras are there for the residents or the children, the
    labelling rules' hard negative. "Care home fined for using CCTV to monitor staff breaks"
    names the staff. The places come from two families: those the model reads as another
    subject (`other`, label "cared") and those only this veto reads (`cared`)."""
    title = fields[0]
    if not title.found["monitoring"] or title.found["worker"] or title.found["strong"]:
        return None
    places = [
        (field, hit)
        for field in fields[:2]
        for hit in (*field.found["cared"], *field.found["other"])
        if hit.label == "cared"
    ]
    if not places:
        return None
    for field in fields[1:]:
        if field.found["strong"] or any(
            m.gap(x) <= _WATCHES for m in field.found["monitoring"] for x in field.found["worker"]
        ):
            return None
    return said(*min(places, key=lambda place: place[0] is not title), CARE_HOME)
