"""The rules' vetoes as the classifier names them: the concept of the evidence for an item they
rule out, not relevant at any score, and what `watcher show` says of each (plain data;
`watcher.classify.vetoes` gives them; `watcher review` leaves them out). The one override,
the other way (OVERRIDES), is read the same way: an item it holds is relevant at any score.

The first seventeen hold when no monitoring is named (productivity raised even when AI is), the
next twelve when no worker is (malware also when outsiders spied on the staff named or a breach
exposed their data), the next five whoever is named, the next when the title watches others and
the staff are named only after it, with nothing watched there, and the last when the title
watches a care home or a nursery and no staff are named there or watched after it.
"""

from __future__ import annotations

INDUSTRIAL_ACTION = "industrial-action"
EMPLOYMENT_STATUS = "employment-status"
PAY = "pay"
SICK_LEAVE = "sick-leave"
PERSONNEL_RECORDS = "personnel-records"
EMPLOYMENT_LAW = "employment-law"
STAFF_SURVEYS = "staff-surveys"
PRODUCTIVITY_GAIN = "productivity-gain"
ACCESS_REQUEST = "access-request"
WORKPLACE_ACCIDENT = "workplace-accident"
LABOUR_MARKET = "labour-market"
STAFF_GIVEN = "staff-given"
WHISTLEBLOWING = "whistleblowing"
CRIME = "crime"
LICENSING = "licensing"
HEALTH_PASS = "health-pass"
OVERSIGHT = "oversight"
CONSUMER_DEVICE = "consumer-device"
MALWARE = "malware"
EMOTIONS_READ = "emotions-read"
AUTOMATED_DECISIONS = "automated-decisions"
STUDENTS = "students"
TRAVELLERS = "travellers"
POLICE = "police"
AI_AGENTS = "ai-agents"
NOT_PEOPLE = "not-people"
STAFF_WATCHING = "staff-watching"
PRIVATE_LIFE = "private-life"
PLATFORM_SERVICE = "platform-service"
PATIENT_CARE = "patient-care"
OCCUPATIONAL_EXPOSURE = "occupational-exposure"
ROAD_CAMERAS = "road-cameras"
INSIDER_MISUSE = "insider-misuse"
STAFF_PROTECTION = "staff-protection"
OTHERS_WATCHED = "others-watched"
CARE_HOME = "care-home"
VETOES = {
    INDUSTRIAL_ACTION: "a strike that names no monitoring",
    EMPLOYMENT_STATUS: "who counts as an employee, and no monitoring named",
    PAY: "pay or a wage deal, and no monitoring named",
    SICK_LEAVE: "sick leave and what an employer may ask of it, and no monitoring named",
    PERSONNEL_RECORDS: "a worker's ID, diploma, photo or personnel file kept, or their pay, "
    "health or other data disclosed or handed to others, and no monitoring named",
    EMPLOYMENT_LAW: "employment law's rights and duties in general, the right to disconnect, or a "
    "dismissal for what a worker said or posted, and no monitoring named",
    STAFF_SURVEYS: "a staff survey or desk booking, and no monitoring named",
    PRODUCTIVITY_GAIN: "productivity raised, by AI or otherwise, or managers' doubts of it "
    '("productivity paranoia"), and no monitoring named',
    ACCESS_REQUEST: "a request for one's own data, and no monitoring named",
    WORKPLACE_ACCIDENT: "an accident at work, heat or other safety at work, and no monitoring named",
    LABOUR_MARKET: "the labour market's figures, and no monitoring named",
    STAFF_GIVEN: "what the staff are given or may now do (kit, vehicles, perks, a new service), "
    "and no monitoring named",
    WHISTLEBLOWING: "whistleblowing or its reporting channels, and no monitoring named",
    CRIME: "a crime or an arrest, and no monitoring named",
    LICENSING: "a licence to drive or to run a ride or taxi service, the taxi trade's quarrel "
    "with the platforms, or who may work for them (couriers without papers, rented accounts), "
    "and no monitoring named",
    HEALTH_PASS: "a vaccination, health pass or drug test checked, and no monitoring named",
    OVERSIGHT: "an inspectorate, a tax office, a union or an NGO checking compliance, earnings "
    "or status, or watching over workers' conditions and rights, and no monitoring named; or a "
    "regulator's record-keeping rules for business communications, whoever is named",
    CONSUMER_DEVICE: "a device of people's own, or a product reviewed or ranked for its buyers, "
    "and no worker named; or kit (webcams, headsets, chairs) ranked for its buyers, whoever is "
    "named",
    MALWARE: "a data breach, malware, a stalker or an attack, and no worker named; or hackers or "
    "spyware that spied on the staff named, or a breach or leak that exposed their data",
    EMOTIONS_READ: "emotions or sentiment read by a machine, and no worker named",
    AUTOMATED_DECISIONS: "automated decisions about people, and no worker, work or platform named",
    STUDENTS: "students or their exams watched, and no worker or teacher named",
    TRAVELLERS: "airports, stations, passports, boarding or borders, and no worker named",
    POLICE: "the police, public security forces or intelligence services, and no worker or "
    "police officer named; or surveillance a firm supplies to a state, an army or the police, "
    "whoever is named but police officers",
    AI_AGENTS: "AI agents, watched or watching, and no worker named",
    NOT_PEOPLE: "workers that are not people (software's, a hive's) or a party's name, and no "
    "worker named; or AI agents managed as a workforce, or self-driving cars and robots people "
    "steer from afar, named in the title, whoever is named",
    STAFF_WATCHING: "staff who watch something or someone else (a market, visitors, an animal), "
    "and no worker watched named",
    PRIVATE_LIFE: "children, teenagers, the elderly, motorists, pets, a phone's owner (not one "
    "clocking in with it) or a shopper paying with their palm, and no worker named",
    PLATFORM_SERVICE: "a delivery or ride platform's service or business, and no monitoring, none of "
    "its workers, no AI and no regulator named",
    PATIENT_CARE: "patients watched for their care (falls, virtual sitters), whoever is named; "
    "fall detection where the title watches no staff",
    OCCUPATIONAL_EXPOSURE: "workers' exposure to a hazard measured (noise, dust, lead, radiation), "
    "and no privacy and no tracking device named, whoever is named",
    ROAD_CAMERAS: "speed or traffic cameras, which watch every road user, whoever is named",
    INSIDER_MISUSE: "a member of staff who took, read or sent other people's records, or snooped "
    "on colleagues; or staff who heard, viewed or shared what customers' own devices recorded",
    STAFF_PROTECTION: "bodycams, cameras in taxis or cameras where the public is, put there to "
    "protect staff from the public, and filming the public; or a ride app's trips its riders and "
    "drivers record for their safety, or its other safety tools for them, whoever is named",
    OTHERS_WATCHED: "shoppers, visitors, passengers or other people watched in the title, and no "
    "staff named, or named only after it with nothing watched there",
    CARE_HOME: "cameras in a care home or a nursery, for its residents or children, and no staff "
    "named in the title and none watched after it",
}

# ... and the one override: a landmark case named with its act (the rules file's [landmark];
# watcher.classify.decide), relevant at any score
LANDMARK_CASE = "landmark-case"
OVERRIDES = {
    LANDMARK_CASE: "a landmark case of workplace monitoring, named with its authority's or "
    "court's act",
}
