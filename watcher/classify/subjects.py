"""Whom an item is about when it is not staff watched: the vetoes that read the subject's people
(pure). `vetoes.ruled_out` asks `not_staff` after the disputes; the concepts are
`models.VETOES`; `said` and `named` are the vetoes' shared helpers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from watcher.models import (
    AI_AGENTS,
    AUTOMATED_DECISIONS,
    CONSUMER_DEVICE,
    EMOTIONS_READ,
    INSIDER_MISUSE,
    MALWARE,
    NOT_PEOPLE,
    OCCUPATIONAL_EXPOSURE,
    OTHERS_WATCHED,
    OVERSIGHT,
    PATIENT_CARE,
    PLATFORM_SERVICE,
    POLICE,
    PRIVATE_LIFE,
    ROAD_CAMERAS,
    STAFF_PROTECTION,
    STAFF_SURVEYS,
    STAFF_WATCHING,
    STUDENTS,
    TRAVELLERS,
    Evidence,
)

if TYPE_CHECKING:  # decide imports the vetoes: the names are for annotations only
    from watcher.classify.decide import Field
    from watcher.classify.prefilter import Hit
    from watcher.classify.rules import Rules


_SANCTIONS = frozenset({"fine", "court-ruling", "order"})  # what a culprit gets


def not_staff(
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
    self-driving cars and robots people steer from afar, a ride app's trips its riders and drivers
    record for their safety and its other safety tools for them, surveillance a firm supplies to a
    state, a buyer's guide to kit: "Best webcams for remote workers"), in the title or summary,
    unless the title names a term naming the subject or spares them; patients watched for their care
    (virtual sitters, fall prevention: the nurses watch, the patients are watched; fall detection
    too, unless the title names a worker and a monitoring term); workers' exposure to a hazard
    measured (noise levels, lead in the blood, a dose of radiation: occupational health), where
    neither the title nor the summary names privacy or a tracking device; speed and traffic cameras
    (every road user is watched, "drivers" are motorists); hackers, spies or spyware that spied on
    or targeted the staff it names (an attack); a breach, leak or attack that exposed the staff's
    data, in the title, unless a leak is the source of a report or the employer the hacker (what
    leaked is the subject). In an item that names no worker and no term naming the subject, in the
    title: a device or feature of people's own (a PC that screenshots its user, a doorbell, a
    smartwatch, parental control), a breach, malware or an attack (a keylogger in a browser
    extension, hackers, a stalker's tracker; criminals' malware or attack in the summary too:
    "malware that records key presses"), airports, stations, passports, boarding or borders (in the
    summary too), AI agents: its owners, those it films, the attacked, the travellers, software;
    workers the worker terms refuse (a party's name, worker bees, Celery workers, worker nodes): not
    people; in the title or summary, children, teenagers, the elderly, motorists, pets, a phone's
    owner or a shopper paying by palm: their families, insurers, phones or tills watch them; a
    dashcam where no fleet, trade or platform is named either: a motorist's own; the police, public
    security forces or intelligence services, where no police officer is named: the public, watched
    by them or for them (officers may be the watched); emotions or sentiment read by a machine,
    where customers or users are named or no call centre and no work is (a call's sentiment
    analysis, emotion AI in a car): the customers, users or drivers; automated decisions about
    people (article 22, profiling, a credit score), where no work and no platform, driver, rider or
    courier is named: people in general; a delivery or ride platform (Uber Eats, Deliveroo), where
    no monitoring, none of its drivers, riders or couriers, no AI or algorithm and no regulator or
    act is named: its customers or its business; students or their online exams ("proctoring"), when
    the title names no teacher either: the students; staff in the title who watch something or
    someone else (`objects.drop_watchers`): the watched are not staff; last, shoppers, visitors,
    passengers, athletes or other people watched in the title, where no police officer, no act, no
    work setting and no driver, rider or courier is named ("I calciatori monitorati con il GPS
    durante gli allenamenti", "Prisons trial AI to monitor inmates' phone calls"): those people.
    Where a worker is named: shoppers, visitors or other people watched in a title that names no
    worker, the staff named only after it with nothing watched there (`_others_watched`): the
    watched are the others."""
    title = fields[0]
    purpose = [(f, h) for f in fields[:2] for h in f.found["protection"] if h.label == "protection"]
    if purpose and _protective(fields, rules):
        return said(*purpose[0], STAFF_PROTECTION)
    staff_watched = title.found["worker"] and title.found["monitoring"]
    insider = [h for h in title.found["insider"] if h.label == "insider"]
    if insider and (act in _SANCTIONS or rules.unlawful.search(title.folded)):
        return said(title, insider[0], INSIDER_MISUSE)
    elsewhere = _subject_elsewhere(fields, bool(staff_watched))
    if elsewhere:
        return elsewhere
    care = [h for h in title.found["care"] if h.label == "care" or not staff_watched]
    if care:  # fall detection only where the title watches no staff
        return said(title, care[0], PATIENT_CARE)
    exposure = title.found["exposure"]
    if exposure and not named(rules.exposure_kept, fields[:2]):  # read only for such a title
        return said(title, exposure[0], OCCUPATIONAL_EXPOSURE)
    road = [h for h in title.found["public"] if h.label == "road"]
    if road:
        return said(title, road[0], ROAD_CAMERAS)
    if workers and title.found["attacks"]:  # outsiders who spied on or hacked the staff named
        return said(title, title.found["attacks"][0], MALWARE)
    leaks = title.found["leaked"]  # the staff's data exposed
    if workers and leaks and not named(rules.leak_kept, fields[:1]):
        return said(title, leaks[0], MALWARE)
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
        elif family == "agents":  # not trained on what someone does; not machines steered
            hits = () if field.found["ai_training"] else [h for h in hits if h.label == "agents"]
        if hits:
            return said(field, hits[0], concept)
    police = [(f, h) for f in fields[:2] for h in f.found["police"]]
    if police and all(h.label != "officers" for _, h in police):  # no officer named
        return said(*police[0], POLICE)
    read = title.found["unstaffed"]
    work = bool(read) and named(rules.work_named, fields)  # searched only for such a title
    for hit in read:
        if hit.label == "emotions" and (not work or any(f.found["other"] for f in fields[:2])):
            return said(title, hit, EMOTIONS_READ)
        if hit.label == "decisions" and not (
            work or named(rules.platform_named, fields) or named(rules.platform_workers, fields)
        ):
            return said(title, hit, AUTOMATED_DECISIONS)
    brand = title.found["service"]
    if brand and not (
        monitoring
        or act
        or any(f.found["authority"] for f in fields[:2])
        or named(rules.platform_workers, fields)
        or named(rules.dispute_unless, fields)
    ):
        return said(title, brand[0], PLATFORM_SERVICE)
    school = title.found["students"]
    if school and all(h.label == "students" for h in school):  # a teacher is school staff
        return said(title, school[0], STUDENTS)
    if watchers:  # the staff the title names watch something else
        return said(title, watchers[0], STAFF_WATCHING)
    others = _others_in_title(title)  # and no worker anywhere
    if others and not (act or title.found["context"] or named(rules.platform_workers, fields)):
        return said(title, others[0], OTHERS_WATCHED)  # no act, work setting or driver either
    return None


# Subjects that rule an item out whoever is named, unless its title names a term naming the subject
# or it spares them: the family and label of the hits, the concept, the fields read, and what spares
# the item ("staff": a worker and a monitoring term in the title; "watched": a monitoring term in
# the title, whoever it watches, drivers too; "beside": one outside the subject's own words;
# "officers": a police officer named). In this order: what customers' own devices recorded, heard or
# shared by staff (`customer_recordings`); a regulator's record-keeping rules for business
# communications (`record_keeping`); AI agents managed as a workforce (`agent_workforce`, the title
# only); self-driving cars and robots that people steer from afar (`machines_steered`, the title
# only); a ride app's trips its riders and drivers may record for their safety (`trips_recorded`)
# and its other safety tools for them (`ride_safety`); surveillance a firm supplies to a state, an
# army or the police (`surveillance_supplied`); a buyer's guide to kit, "Best webcams for remote
# workers" (`kit_guides`, the title only); stalkerware (`stalkerware`, the title only: bosses are
# named among the snoopers); software that watches students, by name (`student_monitors`, the
# title only: the teachers named are its users); the sentiment of a staff survey's answers
# (`survey_sentiment`, the title or summary: HR software reading its own surveys); one's own hours
# tracked to bill one's clients (`own_time_billed`, the title or summary: freelancers' time
# trackers, unless the title names another monitoring term); IT's watch over the staff's devices
# and applications by its trade's names (`it_experience`, the title or summary: digital employee
# experience scores, "DEX", unless the title names another monitoring term); the office's space
# and its use measured (`space_occupancy`, the title or summary: occupancy sensors and analytics,
# unless the title names another monitoring term).
_ELSEWHERE = (
    ("insider", "recordings", INSIDER_MISUSE, 2, "staff"),
    ("kept", "kept", OVERSIGHT, 2, "staff"),
    ("agents", "workforce", NOT_PEOPLE, 1, ""),
    ("agents", "steered", NOT_PEOPLE, 1, "watched"),
    ("protection", "trips", STAFF_PROTECTION, 2, "beside"),
    ("protection", "safety", STAFF_PROTECTION, 2, "beside"),
    ("police", "supplied", POLICE, 2, "officers"),
    ("device", "kit", CONSUMER_DEVICE, 1, ""),
    ("malware", "stalkerware", MALWARE, 1, "staff"),
    ("students", "monitors", STUDENTS, 1, "staff"),
    ("surveys", "sentiment", STAFF_SURVEYS, 2, ""),
    ("billed", "billed", CONSUMER_DEVICE, 2, "beside"),
    ("kept", "dex", OVERSIGHT, 2, "beside"),
    ("kept", "space", OVERSIGHT, 2, "beside"),
)


def _subject_elsewhere(fields: list[Field], staff_watched: bool) -> Evidence | None:
    """The evidence of the first subject of `_ELSEWHERE` the item names, or None."""
    if fields[0].found["strong"]:
        return None
    for family, label, concept, read, spared_by in _ELSEWHERE:
        hits = [(f, h) for f in fields[:read] for h in f.found[family] if h.label == label]
        if hits and not _spared(
            spared_by, fields, [h for f, h in hits if f is fields[0]], staff_watched
        ):
            return said(*hits[0], concept)
    return None


def _spared(spared_by: str, fields: list[Field], own: list[Hit], staff_watched: bool) -> bool:
    """Whether the item names what spares a subject of `_ELSEWHERE` (its kind, above; `own`
    are the subject's hits in the title): a worker and a monitoring term in the title, any
    monitoring term there, one outside the subject's own words ("Ride-hailing firm monitors drivers
    with in-car cameras and audio recording during trips"), or a police officer named."""
    title = fields[0]
    if spared_by == "staff":
        return staff_watched
    if spared_by == "watched":
        return bool(title.found["monitoring"])
    if spared_by == "beside":
        return any(
            not any(h.start <= m.start < h.end for h in own) for m in title.found["monitoring"]
        )
    if spared_by == "officers":
        return any(h.label == "officers" for f in fields[:2] for h in f.found["police"])
    return False


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
    fleet = named(rules.work_named, fields) or named(rules.platform_named, fields)
    return [] if fleet else hits


def _protective(fields: list[Field], rules: Rules) -> bool:
    """For an item that names the purpose of protecting staff from the public: whether it names
    worn cameras (title or summary), or fixed cameras in a title with that purpose where the
    public is (not a warehouse's cameras, which face the staff), and no exception
    (`protection_kept`). Read only where such a purpose is found."""
    title = fields[0]
    worn = any(h.label == "camera" for f in fields[:2] for h in f.found["protection"])
    fixed = {h.label for h in title.found["protection"]} >= {"fixed", "protection"}
    return (worn or (fixed and named(rules.public_facing, fields[:2]))) and not named(
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
    return said(title, others[0], OTHERS_WATCHED)


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


def named(pattern: re.Pattern[str], fields: list[Field]) -> bool:
    """Whether any field names what the pattern reads (a rare whole-text check)."""
    return any(pattern.search(f.folded) for f in fields)


def said(field: Field, hit: Hit, concept: str) -> Evidence:
    """The evidence of a veto: the words of its hit, as the field wrote them."""
    return Evidence(field.name, field.phrase(hit.start, hit.end), concept)
