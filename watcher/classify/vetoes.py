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
state or an army, AI agents managed as a workforce, a regulator's record-keeping rules for business
communications, hackers or spyware that spied on the staff it names, bodycams that protect staff
from the public, patients watched for their care, workers' exposure to a hazard measured, speed and
traffic cameras, or a buyer's guide to kit (webcams, headsets, chairs), whoever is named: its
subject is not how workers are watched. So is an item whose only monitoring words watch over the
workers (their conditions, rights or earnings) or check the employers' compliance, and one whose
title watches a care home or a nursery and names no staff, no staff watched after it: the residents'
or the children's safety. The concepts and what `watcher show` says of each are `models.VETOES`;
`decide.judge` asks `ruled_out` after the rules' score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from watcher.models import (
    ACCESS_REQUEST,
    AI_AGENTS,
    AUTOMATED_DECISIONS,
    CARE_HOME,
    CONSUMER_DEVICE,
    CRIME,
    EMOTIONS_READ,
    EMPLOYMENT_LAW,
    EMPLOYMENT_STATUS,
    HEALTH_PASS,
    INDUSTRIAL_ACTION,
    INSIDER_MISUSE,
    LABOUR_MARKET,
    LICENSING,
    MALWARE,
    NOT_PEOPLE,
    OCCUPATIONAL_EXPOSURE,
    OTHERS_WATCHED,
    OVERSIGHT,
    PATIENT_CARE,
    PAY,
    PERSONNEL_RECORDS,
    PLATFORM_SERVICE,
    POLICE,
    PRIVATE_LIFE,
    PRODUCTIVITY_GAIN,
    ROAD_CAMERAS,
    SICK_LEAVE,
    STAFF_GIVEN,
    STAFF_PROTECTION,
    STAFF_SURVEYS,
    STAFF_WATCHING,
    STUDENTS,
    TRAVELLERS,
    WHISTLEBLOWING,
    WORKPLACE_ACCIDENT,
    Evidence,
)

if TYPE_CHECKING:  # decide imports this module: the names are for annotations only
    from watcher.classify.decide import Field
    from watcher.classify.prefilter import Hit
    from watcher.classify.rules import Rules


def ruled_out(
    fields: list[Field], monitoring: bool, workers: bool, act: str | None, rules: Rules
) -> Evidence | None:
    """The evidence of the veto that rules the item out (`monitoring`: a monitoring term or one
    naming the subject is read; `workers`: a worker term or one naming the subject is), or
    None."""
    return (
        _dispute(fields, monitoring, rules)
        or _not_staff(fields, workers, monitoring, act, rules)
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
            return _said(field, field.found["gain"][0], PRODUCTIVITY_GAIN)
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
    return _said(*found[0])


_SANCTIONS = frozenset({"fine", "court-ruling", "order"})  # what a culprit gets


def _not_staff(
    fields: list[Field], workers: bool, monitoring: bool, act: str | None, rules: Rules
) -> Evidence | None:
    """Whom the item is about when it is not staff watched. Whoever is named: bodycams staff wear to
    protect them from the public's assaults, named in the title or summary with that purpose, or
    fixed cameras named in the title with it (they face the public, not the staff), unless the
    staff's monitoring, a fine or a regulator is named; the people whose records a member of staff
    took, in the title, when the title says it was unlawful or someone was fined, sentenced or
    ordered ("receptionist fined for accessing patient records": the worker is the one who snooped;
    "the call centre monitors agents accessing customer data" is another matter); then the subjects
    of `_ELSEWHERE` (customers' recordings, record-keeping rules, AI agents managed as a workforce,
    surveillance a firm supplies to a state), in the title or summary, unless the title names a term
    naming the subject or spares them; patients watched for their care (virtual sitters, fall
    prevention: the nurses watch, the patients are watched; fall detection too, unless the title
    names a worker and a monitoring term); workers' exposure to a hazard measured (noise levels,
    lead in the blood, a dose of radiation: occupational health), where neither the title nor the
    summary names privacy or a tracking device; speed and traffic cameras (every road user is
    watched, "drivers" are motorists); a buyer's guide to kit in the title, where it names no term
    naming the subject ("Best webcams for remote workers": the kit to buy; `kit_guides`); hackers,
    spies or spyware that spied on or targeted the staff it names (an attack); a breach, leak or
    attack that exposed the staff's data, in the title, unless a leak is the source of a report or
    the employer the hacker (what leaked is the subject). In an item that names no worker and no
    term naming the subject, in the title: a device or feature of people's own (a PC that
    screenshots its user, a doorbell, a smartwatch, parental control), a breach, malware or an
    attack (a keylogger in a browser extension, hackers, a stalker's tracker; criminals' malware or
    attack in the summary too: "malware that records key presses"), airports, stations, passports,
    boarding or borders (in the summary too), AI agents: its owners, those it films, the attacked,
    the travellers, software; workers the worker terms refuse (a party's name, worker bees, Celery
    workers, worker nodes): not people; in the title or summary, children, teenagers, the elderly,
    motorists, pets, a phone's owner or a shopper paying by palm: their families, insurers, phones
    or tills watch them; a dashcam where no fleet, trade or platform is named either: a motorist's
    own; the police, public security forces or intelligence services, where no police officer is
    named: the public, watched by them or for them (officers may be the watched); emotions or
    sentiment read by a machine, where customers or users are named or no call centre and no work is
    (a call's sentiment analysis, emotion AI in a car): the customers, users or drivers; automated
    decisions about people (article 22, profiling, a credit score), where no work and no platform,
    driver, rider or courier is named: people in general; a delivery or ride platform (Uber Eats,
    Deliveroo), where no monitoring, none of its drivers, riders or couriers, no AI or algorithm and
    no regulator or act is named: its customers or its business; students or their online exams
    ("proctoring"), when the title names no teacher either: the students; staff in the title who
    watch something or someone else (`objects.drop_watchers`): the watched are not staff; last,
    shoppers, visitors, passengers, athletes or other people watched in the title, where no police
    officer, no act, no work setting and no driver, rider or courier is named ("I calciatori
    monitorati con il GPS durante gli allenamenti", "Prisons trial AI to monitor inmates' phone
    calls"): those people. Where a worker is named: shoppers, visitors or other people watched in a
    title that names no worker, the staff named only after it with nothing watched there
    (`_others_watched`): the watched are the others."""
    title = fields[0]
    purpose = [(f, h) for f in fields[:2] for h in f.found["protection"] if h.label == "protection"]
    if purpose and _protective(fields, rules):
        return _said(*purpose[0], STAFF_PROTECTION)
    staff_watched = title.found["worker"] and title.found["monitoring"]
    insider = [h for h in title.found["insider"] if h.label == "insider"]
    if insider and (act in _SANCTIONS or rules.unlawful.search(title.folded)):
        return _said(title, insider[0], INSIDER_MISUSE)
    elsewhere = _subject_elsewhere(fields, bool(staff_watched))
    if elsewhere:
        return elsewhere
    care = [h for h in title.found["care"] if h.label == "care" or not staff_watched]
    if care:  # fall detection only where the title watches no staff
        return _said(title, care[0], PATIENT_CARE)
    exposure = title.found["exposure"]
    if exposure and not _named(rules.exposure_kept, fields[:2]):  # read only for such a title
        return _said(title, exposure[0], OCCUPATIONAL_EXPOSURE)
    road = [h for h in title.found["public"] if h.label == "road"]
    if road:
        return _said(title, road[0], ROAD_CAMERAS)
    kit = [h for h in title.found["device"] if h.label == "kit"]
    if kit and not title.found["strong"]:  # a buyer's guide: the kit to buy, whoever is named
        return _said(title, kit[0], CONSUMER_DEVICE)
    if workers and title.found["attacks"]:  # outsiders who spied on or hacked the staff named
        return _said(title, title.found["attacks"][0], MALWARE)
    leaks = title.found["leaked"]  # the staff's data exposed
    if workers and leaks and not _named(rules.leak_kept, fields[:1]):
        return _said(title, leaks[0], MALWARE)
    if workers:  # named only as bystanders of the others the title watches, or watched
        return _others_watched(fields)
    watchers = title.found.get("watchers", ())  # staff named as the watchers of something else
    for unpeopled in rules.worker_words.finditer(title.folded):  # only for a title naming no worker
        if not any(w.start <= unpeopled.start() < w.end for w in watchers):
            return Evidence(title.name, title.phrase(*unpeopled.span()), NOT_PEOPLE)
    summary = fields[1]  # an attack said there ("Keylogger": "Malware that records key presses")
    for field, family, concept in (
        (title, "device", CONSUMER_DEVICE), (title, "breach", MALWARE), (title, "leaked", MALWARE),
        (title, "malware", MALWARE), (title, "travel", TRAVELLERS), (title, "agents", AI_AGENTS),
        (summary, "breach", MALWARE), (summary, "malware", MALWARE),
        (summary, "travel", TRAVELLERS),
        (title, "private", PRIVATE_LIFE), (summary, "private", PRIVATE_LIFE),
    ):  # fmt: skip
        hits = field.found[family]
        if family == "private":
            hits = _private_lives(hits, fields, rules)
        elif family == "agents" and field.found["ai_training"]:
            hits = ()  # AI agents trained on what someone does, not agents watched or watching
        if hits:
            return _said(field, hits[0], concept)
    police = [(f, h) for f in fields[:2] for h in f.found["police"]]
    if police and all(h.label != "officers" for _, h in police):  # no officer named
        return _said(*police[0], POLICE)
    read = title.found["unstaffed"]
    work = bool(read) and _named(rules.work_named, fields)  # searched only for such a title
    for hit in read:
        if hit.label == "emotions" and (not work or any(f.found["other"] for f in fields[:2])):
            return _said(title, hit, EMOTIONS_READ)
        if hit.label == "decisions" and not (
            work or _named(rules.platform_named, fields) or _named(rules.platform_workers, fields)
        ):
            return _said(title, hit, AUTOMATED_DECISIONS)
    brand = title.found["service"]
    if brand and not (
        monitoring
        or act
        or any(f.found["authority"] for f in fields[:2])
        or _named(rules.platform_workers, fields)
        or _named(rules.dispute_unless, fields)
    ):
        return _said(title, brand[0], PLATFORM_SERVICE)
    school = title.found["students"]
    if school and all(h.label == "students" for h in school):  # a teacher is school staff
        return _said(title, school[0], STUDENTS)
    if watchers:  # the staff the title names watch something else
        return _said(title, watchers[0], STAFF_WATCHING)
    others = _others_in_title(title)  # and no worker anywhere
    if others and not (act or title.found["context"] or _named(rules.platform_workers, fields)):
        return _said(title, others[0], OTHERS_WATCHED)  # no act, work setting or driver either
    return None


# Subjects that rule an item out whoever is named, unless its title names a term naming the
# subject or it spares them: the family and label of the hits, the concept, the fields read, and
# what spares the item ("staff": a worker and a monitoring term in the title; "officers": a
# police officer named). In this order: what customers' own devices recorded, heard or shared by
# staff (`customer_recordings`); a regulator's record-keeping rules for business communications
# (`record_keeping`); AI agents managed as a workforce (`agent_workforce`, the title only);
# surveillance a firm supplies to a state, an army or the police (`surveillance_supplied`).
_ELSEWHERE = (
    ("insider", "recordings", INSIDER_MISUSE, 2, "staff"),
    ("kept", "kept", OVERSIGHT, 2, "staff"),
    ("agents", "workforce", NOT_PEOPLE, 1, ""),
    ("police", "supplied", POLICE, 2, "officers"),
)


def _subject_elsewhere(fields: list[Field], staff_watched: bool) -> Evidence | None:
    """The evidence of the first subject of `_ELSEWHERE` the item names, or None."""
    if fields[0].found["strong"]:
        return None
    for family, label, concept, read, spared_by in _ELSEWHERE:
        hits = [(f, h) for f in fields[:read] for h in f.found[family] if h.label == label]
        if not hits:
            continue
        if spared_by == "staff" and staff_watched:
            continue
        officers = (h.label == "officers" for f in fields[:2] for h in f.found["police"])
        if spared_by == "officers" and any(officers):
            continue
        return _said(*hits[0], concept)
    return None


def _private_lives(hits: Sequence[Hit], fields: list[Field], rules: Rules) -> Sequence[Hit]:
    """People's private lives named (children, motorists, a phone's owner ...), a dashcam among
    them: one's own, unless a fleet, a trade or a platform is named (then it is a fleet's, which
    watches its drivers, and only the other hits count); a smartphone too, unless the title
    clocks in with it (attendance: the staff's phone)."""
    if any(h.label == "phone" for h in hits) and any(
        h.label == "attendance-and-time" for h in fields[0].found["monitoring"]
    ):
        hits = [h for h in hits if h.label != "phone"]  # the phone the staff clock in with
    others = [h for h in hits if h.label != "dashcam"]
    if others or not hits:
        return others
    fleet = _named(rules.work_named, fields) or _named(rules.platform_named, fields)
    return [] if fleet else hits


def _protective(fields: list[Field], rules: Rules) -> bool:
    """For an item that names the purpose of protecting staff from the public: whether it names
    worn cameras (title or summary), or fixed cameras in a title with that purpose where the
    public is (not a warehouse's cameras, which face the staff), and no exception
    (`protection_kept`). Read only where such a purpose is found."""
    title = fields[0]
    worn = any(h.label == "camera" for f in fields[:2] for h in f.found["protection"])
    fixed = {h.label for h in title.found["protection"]} >= {"fixed", "protection"}
    return (worn or (fixed and _named(rules.public_facing, fields[:2]))) and not _named(
        rules.protection_kept, fields[:2]
    )


def _others_watched(fields: list[Field]) -> Evidence | None:
    """Shoppers, visitors, passengers, tenants or other people watched in a title that names no
    worker, no police officer and no term naming the subject, where the staff are named only
    after it, in a summary or body that watches nothing ("Facewatch cameras scan shoppers in 400
    stores": "Staff receive an alert on their phones"): the staff are bystanders. Not users
    (`other_users`), who are often the staff of the software watching them."""
    title = fields[0]
    others = _others_in_title(title)
    if not others or title.found["worker"] or title.found["strong"]:
        return None
    if any(f.found["monitoring"] or f.found["strong"] for f in fields[1:]):
        return None
    return _said(title, others[0], OTHERS_WATCHED)


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
    return _said(*min(places, key=lambda place: place[0] is not title), CARE_HOME)


def _others_in_title(title: Field) -> list[Hit]:
    """The other people (shoppers, visitors, inmates ...) a title names beside a monitoring word,
    where it names no police officer (officers may be the watched); else none."""
    others = [h for h in title.found["other"] if h.label in ("other", "cared")]
    others += title.found["shoppers"]  # read by this veto alone (the rules' shoppers_named)
    if not others or not title.found["monitoring"]:
        return []
    if any(h.label == "officers" for h in title.found["police"]):
        return []
    return others


def _named(pattern: re.Pattern[str], fields: list[Field]) -> bool:
    """Whether any field names what the pattern reads (a rare whole-text check)."""
    return any(pattern.search(f.folded) for f in fields)


def _said(field: Field, hit: Hit, concept: str) -> Evidence:
    """The evidence of a veto: the words of its hit, as the field wrote them."""
    return Evidence(field.name, field.phrase(hit.start, hit.end), concept)
