"""The typed values that flow between stages.

Poll: Source → Fetched → RawEntry → Item (+ Classification) → PollResult.
Archive rows: StoredItem, Decision, Version, Labeled, LedgerEntry.
Digest: Week + Candidates → Issue (RegulatoryGroup → Entry → Shown, Attention), frozen as JSON.

Frozen dataclasses only; no feedparser dicts, bs4 tags or SQL rows cross a module boundary.
Import from here: `from watcher.models import Issue` (stages.py, issue.py and vetoes.py hold
them).
"""

from __future__ import annotations

from watcher.models.issue import (
    UNNAMED,
    Attention,
    Candidate,
    Entry,
    Issue,
    RegulatoryGroup,
    Shown,
    Week,
)
from watcher.models.stages import (
    ACTS,
    CATEGORIES,
    KINDS,
    TOPICS,
    WEEKDAYS,
    Classification,
    Decision,
    DigestDef,
    Document,
    Evidence,
    Fetched,
    Fine,
    Item,
    Kind,
    Labeled,
    LedgerEntry,
    PollResult,
    RawEntry,
    Selectors,
    Source,
    SourceState,
    StoredItem,
    StoreResult,
    Version,
    fine_text,
    in_euros,
)
from watcher.models.vetoes import (
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
    LANDMARK_CASE,
    LICENSING,
    MALWARE,
    NOT_PEOPLE,
    OCCUPATIONAL_EXPOSURE,
    OTHERS_WATCHED,
    OVERRIDES,
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
    VETOES,
    WHISTLEBLOWING,
    WORKPLACE_ACCIDENT,
)

__all__ = [
    "ACCESS_REQUEST", "ACTS", "AI_AGENTS", "AUTOMATED_DECISIONS", "CARE_HOME", "CATEGORIES", "CONSUMER_DEVICE", "CRIME", "EMOTIONS_READ", "EMPLOYMENT_LAW", "EMPLOYMENT_STATUS", "HEALTH_PASS", "INDUSTRIAL_ACTION", "INSIDER_MISUSE", "KINDS", "LANDMARK_CASE", "LABOUR_MARKET", "LICENSING", "MALWARE", "NOT_PEOPLE", "OCCUPATIONAL_EXPOSURE", "OTHERS_WATCHED", "OVERRIDES", "OVERSIGHT", "PATIENT_CARE", "PAY", "PERSONNEL_RECORDS", "PLATFORM_SERVICE", "POLICE", "PRIVATE_LIFE", "PRODUCTIVITY_GAIN", "ROAD_CAMERAS", "SICK_LEAVE", "STAFF_GIVEN", "STAFF_PROTECTION", "STAFF_SURVEYS", "STAFF_WATCHING", "STUDENTS", "TOPICS", "TRAVELLERS", "VETOES", "WHISTLEBLOWING", "WORKPLACE_ACCIDENT",
    "WEEKDAYS", "Attention",
    "Candidate", "Classification", "Decision", "DigestDef", "Document", "Entry", "Evidence",
    "Fetched", "Fine", "Issue", "Item", "Kind", "Labeled", "LedgerEntry", "PollResult", "RawEntry",
    "RegulatoryGroup", "Selectors", "Shown", "Source", "SourceState", "StoreResult", "StoredItem", "UNNAMED", "Version",
    "Week", "fine_text", "in_euros",
]  # fmt: skip
