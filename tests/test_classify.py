"""The classifier: decisions, evidence, regulatory facts, the labelled sets, any-text safety."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DATA
from tests.test_prefilter import WRITTEN
from watcher.classify import classify, load_rules
from watcher.classify.decide import _near, judge
from watcher.classify.facts import parse_number
from watcher.classify.model import Model
from watcher.classify.modelfile import load as load_model
from watcher.classify.prefilter import Hit
from watcher.evaluate import Counts, SourceLookup, classify_lines, evaluate, seed_document
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
    TOPICS,
    TRAVELLERS,
    WHISTLEBLOWING,
    WORKPLACE_ACCIDENT,
    Document,
    Fine,
)
from watcher.text import _QUOTES, fold, strip_accents

RULES = load_rules()
MODEL = load_model()
PAIR_IN_TITLE = frozenset({"pair@title"})


def toward_relevant(signal: str, kind: str | None = None) -> list[float]:
    """A signal's weight toward "relevant" against each kind of look-alike (or the one named):
    negative against all of them means it always counts against an item."""
    weights = MODEL.signals[signal]
    rivals = [MODEL.classes.index(kind)] if kind else range(1, len(MODEL.classes))
    return [MODEL.toward(weights, k) for k in rivals]


def decide(title: str, summary: str = "", **kw: str):  # type: ignore[no-untyped-def]
    return classify(Document(title, summary, **kw))


def test_title_pair_is_relevant_with_evidence() -> None:
    c = decide("Employer fined for logging the keystrokes of its staff")
    assert c.relevant and c.score > 0.7 and c.topics == ("activity-tracking",)
    concepts = {(e.field, e.concept, e.phrase) for e in c.evidence}
    assert ("title", "worker", "Employer") in concepts
    assert ("title", "monitoring:activity-tracking", "keystrokes") in concepts
    assert c.version == RULES.version


@pytest.mark.parametrize(
    ("title", "phrase"),
    [  # German compounds and inflections, French verbs (rules 2026.11.5)
        ("Arbeitnehmerüberwachung durch den Einsatz von Keyloggern ist grundsätzlich unzulässig",
         "Arbeitnehmerüberwachung"),
        ("Personalüberwachung im Lager: Was der Arbeitgeber darf", "Personalüberwachung"),
        ("Cybersurveillance des salariés : la Cour de cassation précise les règles", "Cybersurveillance"),
        ("Salariés, vous êtes espionnés !", "espionnés"),
        # keys, screens, mouse, spying in every language (rules 2026.11.7)
        ("Una empresa grababa las pulsaciones de teclado de sus empleados", "pulsaciones de teclado"),
        ("Dipendenti spiati con schermate e clic del mouse", "spiati"),
        ("Werkgever gebruikt meekijksoftware op laptops van werknemers", "meekijksoftware"),
        ("Arbeitgeber zählt die Mausklicks seiner Angestellten", "Mausklicks"),
        ("Des mouchards sur les ordinateurs des salariés", "mouchards"),
        # voice and speech analytics of agents (rules 2026.11.9)
        ("Bank uses speech analytics to score its call centre agents", "speech analytics"),
        ("Versicherer wertet mit Sprachanalyse die Gespräche seiner Mitarbeiter aus", "Sprachanalyse"),
        ("Customer service reps say voice analytics software rates their tone", "voice analytics"),
        # following and checking in French and Italian (rules 2026.11.10)
        ("Amende confirmée pour le suivi de ses salariés par des scanners", "suivi de ses salariés"),
        ("Illegittimo il controllo delle email del dipendente senza informativa", "controllo delle email"),
        # German compounds of -überwachung, Italian workplace words (rules 2026.11.13)
        ("Datenschützer prüfen Leistungsüberwachung in Logistikzentren", "Leistungsüberwachung"),
        ("Arbeitgeber setzt auf Kameraüberwachung der Angestellten", "Kameraüberwachung"),
        ("Telecamere in azienda senza accordo sindacale: sanzione", "in azienda"),
        ("Ranking reputazionale dei ciclofattorini: condannata la piattaforma", "Ranking reputazionale"),
        # "reconnaissance des émotions" was never matched (the pattern wanted "desemotions");
        # Spanish "en el trabajo" (rules 2026.11.15)
        ("Reconnaissance des émotions au travail : l'AI Act l'interdit", "Reconnaissance des émotions"),
        ("El reconocimiento de emociones en el trabajo, prohibido", "en el trabajo"),
        # the feminine and singular forms of worker words (rules 2026.11.17)
        ("Arbeitgeber überwacht Mitarbeiterin per GPS", "Mitarbeiterin"),
        ("Telecamere nascoste per controllare una lavoratrice", "lavoratrice"),
        ("Una empresa espía a una empleada con un detective", "empleada"),
        ("Despedida una trabajadora vigilada por un detective", "trabajadora"),
        ("Werkgever volgt medewerker met gps", "medewerker"),
        # rules 2026.12.1, from headlines written to probe the lexicon: workers as trades name
        # them and in compounds, reading messages and recording calls, management by algorithm
        ("Lagerarbeiter werden per Scanner überwacht", "Lagerarbeiter"),
        ("Una empresa vigila a sus teleoperadores con cámaras", "teleoperadores"),
        ("Spedition installiert Fahrerkameras für ihre Lkw-Fahrer", "Fahrerkameras"),
        ("Employer records staff phone calls without telling them", "records staff phone calls"),
        ("Un employeur peut-il lire les messages de ses salariés ?", "lire les messages"),
        ("Il datore di lavoro non può leggere le chat dei dipendenti", "leggere le chat"),
        ("Le management par algorithme des livreurs", "management par algorithme"),
        ("I rider gestiti da un algoritmo: sciopero a Milano", "gestiti da un algoritmo"),
        ("Couriers managed by an app: the union sues", "managed by an app"),
        # browsing history in every language (rules 2026.12.3)
        ("Arbeitgeber wertet den Browserverlauf seiner Mitarbeiter aus", "Browserverlauf"),
        # AI performance reviews, algorithmic pay, activity logs (rules 2026.12.4)
        ("Company rolls out AI performance reviews for all staff", "AI performance reviews"),
        ("Couriers protest algorithmic pay cuts", "algorithmic pay"),
        ("Employer keeps activity logs of every employee", "activity logs"),
        # rated by an app, locating and recording verbs (rules 2026.12.5)
        ("Flitsbezorgers beoordeeld door een app", "beoordeeld door een app"),
        ("Couriers rated by an app lose shifts", "rated by an app"),
        ("Multa por geolocalizar a los empleados fuera de la jornada", "geolocalizar"),
        ("Un banco graba las llamadas de sus empleados", "graba las llamadas"),
        # drivers named by how they work (rules 2026.12.6)
        ("Ride-hailing drivers say the app tracks their every move", "Ride-hailing drivers"),
        # German drivers named by their firm (rules 2026.12.7)
        ("Lieferando-Fahrer werden per GPS überwacht", "Lieferando-Fahrer"),
        # a pronoun joined to the verb, as Spanish and Italian write it (rules 2026.12.13)
        ("¿Puede tu empresa geolocalizarte durante la jornada laboral?", "geolocalizarte"),
        ("Il datore di lavoro può geolocalizzarli durante il turno?", "geolocalizzarli"),
        # building sites as workplaces, where AI cameras check helmets (rules 2026.12.13)
        ("Cameras flag missing helmets on construction sites", "construction sites"),
        ("Fahrzeugortung im Firmenwagen: was der Arbeitgeber darf", "Fahrzeugortung"),
        ("KI-Verordnung verbietet Emotionserkennungssysteme am Arbeitsplatz", "Emotionserkennungssysteme"),
        # a covert recording, in the singular (rules 2026.12.16; the lexicon had the plural only)
        ("Grabación oculta: declarado nulo el despido del vigilante", "Grabación"),
        # AI cameras checking helmets and vests (rules 2026.12.15)
        ("PPE detection cameras watch every worker on the site", "PPE detection"),
        ("How AI detects personal protective equipment on job sites", "detects personal protective equipment"),
        # keyboard activity, as mouse activity already was (rules 2026.12.17)
        ("Employer logged the keyboard activity of staff working from home", "keyboard activity"),
        ("Arbeitgeber wertet die Tastaturaktivität der Mitarbeiter aus", "Tastaturaktivität"),
        ("L'employeur mesurait l'activité du clavier de ses salariés", "activité du clavier"),
        ("Il datore di lavoro registrava i movimenti del mouse dei dipendenti", "movimenti del mouse"),
        ("La empresa registraba la actividad del teclado de sus empleados", "actividad del teclado"),
        ("Werkgever registreerde de toetsenbordactiviteit van werknemers", "toetsenbordactiviteit"),
        # rated by AI, scoring verbs, a location recorded, monitoring compounds (rules 2026.12.23)
        ("Call centre staff rated by AI that listens for empathy", "rated by AI"),
        ("Un centro de llamadas usa inteligencia artificial para puntuar a sus teleoperadores",
         "puntuar"),
        ("Lieferando-Fahrer: App erfasst jeden Standort", "erfasst jeden Standort"),
        # emotions inferred or tracked (rules 2026.12.28: two real Italian pages on the AI Act's
        # ban were missed, "dedurre / desumere le emozioni dei lavoratori")
        ("AI Act: vietato dedurre le emozioni dei lavoratori", "dedurre le emozioni"),
        ("Call centre software detects the emotions of its staff", "detects the emotions"),
        ("Un logiciel qui détecte les émotions des salariés", "détecte les émotions"),
        ("Arbeitgeber will bei Mitarbeitern Emotionen erkennen", "Emotionen erkennen"),
        ("Una empresa quiere detectar las emociones de sus empleados", "detectar las emociones"),
        ("Werkgever wil bij werknemers emoties herkennen met camera's", "emoties herkennen"),
        # accounts switched off by the platform, as English "deactivated" was (rules 2026.12.31)
        ("Chauffeurs de VTC : une plateforme sanctionnée pour ses déconnexions automatiques",
         "déconnexions automatiques"),
        ("Disattivazione automatica dell'account per i rider: il tribunale condanna la piattaforma",
         "Disattivazione automatica"),
        ("Repartidores denuncian la desactivación de sus cuentas por el algoritmo",
         "desactivación de sus cuentas"),
        ("Bezorgers: accounts gedeactiveerd zonder uitleg", "accounts gedeactiveerd"),
        # rated or judged by AI, as by an algorithm (rules 2026.12.32; not "piloted by AI")
        ("Les salariés évalués par l'IA", "évalués par l'IA"),
        ("Mitarbeiter werden von KI bewertet", "von KI bewertet"),
        ("Lavoratori valutati dall'IA: il Garante indaga", "valutati dall'IA"),
        ("Trabajadores evaluados por la IA en el almacén", "evaluados por la IA"),
        ("Medewerkers worden door AI beoordeeld", "door AI beoordeeld"),
        # the German and Dutch verb (real-page batch 29; rules 2026.12.36)
        ("Amazon darf Mitarbeiter tracken", "tracken"),
        ("Werkgever heeft werknemers getrackt met een app", "getrackt"),
        # the one who reads the staff's e-mails, in the languages that lacked it (rules 2026.12.37)
        ("Employer reads employee e-mails", "reads employee e-mails"),
        ("Werkgever leest e-mails werknemer", "leest e-mails"),
        ("Arbeitgeber liest E-Mails der Mitarbeiter", "liest E-Mails"),
        ("L'employeur lit les e-mails de ses salariés", "lit les e-mails"),
        # detectives, tailing, keeping watch, calls listened to, trackers (rules 2026.12.38)
        ("Arbeitgeber lässt kranken Mitarbeiter von Detektiv beschatten", "Detektiv"),
        ("Il datore di lavoro ha fatto pedinare il dipendente in malattia", "pedinare"),
        ("La empresa vigila las redes sociales de sus trabajadores", "vigila"),
        ("Werkgever houdt sociale media van personeel in de gaten",
         "houdt sociale media van personeel in de gaten"),
        ("L'employeur écoutait les appels téléphoniques de ses salariés", "écoutait les appels"),
        ("Arbeitgeber hörte Telefonate der Mitarbeiter mit", "hörte Telefonate"),
        ("Werkgever luisterde telefoongesprekken van werknemers af", "luisterde telefoongesprekken"),
        ("Arbeitgeber bringt Peilsender am Auto des Mitarbeiters an", "Peilsender"),
        ("Werkgever plaatste een volgsysteem in de auto van de werknemer", "volgsysteem"),
        ("Werkgever controleerde de browsegeschiedenis van werknemers", "browsegeschiedenis"),
        # switched off by the app, timed by the scanner, calls recorded, clocking in (2026.12.39)
        ("Des chauffeurs déconnectés par l'application après une baisse de leur note",
         "déconnectés par l'application"),
        ("Kuriere nach schlechter Kundenbewertung von der App gesperrt", "von der App gesperrt"),
        ("Repartidores desactivados por la aplicación tras bajar su valoración",
         "desactivados por la aplicación"),
        ("Chauffeurs door de app afgesloten na een lagere klantbeoordeling", "door de app afgesloten"),
        ("Lagerarbeiter werden per Handscanner bei jedem Griff gemessen", "Handscanner"),
        ("I magazzinieri sono cronometrati dallo scanner a ogni prelievo", "cronometrati"),
        ("Employer trains AI on recordings of its staff's calls", "recordings of its staff's calls"),
        ("Unternehmen trainiert KI mit Gesprächsaufzeichnungen seiner Mitarbeiter",
         "Gesprächsaufzeichnungen"),
        ("Les salariés doivent pointer avec leur visage sur les nouvelles bornes", "pointer avec"),
        ("La empresa obligaba a los teletrabajadores a tener la cámara encendida", "teletrabajadores"),
        # movements followed, keystrokes in the singular, productivity compounds (2026.12.40)
        ("Les employés de l'entrepôt doivent porter des bracelets qui suivent leurs mouvements",
         "suivent leurs mouvements"),
        ("Lagerbeschäftigte müssen Armbänder tragen, die ihre Bewegungen verfolgen",
         "Bewegungen verfolgen"),
        ("Magazijnmedewerkers moeten polsbandjes dragen die hun bewegingen volgen",
         "hun bewegingen volgen"),
        ("Firma protokolliert jeden Tastenanschlag ihrer Mitarbeiter", "Tastenanschlag"),
        ("L'azienda registra ogni tasto premuto dai suoi dipendenti", "tasto premuto"),
        ("La empresa registra cada pulsación de tecla de sus empleados", "pulsación de tecla"),
        ("Bank rangschikt medewerkers met een productiviteitsscore", "productiviteitsscore"),
        ("AI-camera's houden vermoeidheid van buschauffeurs in de gaten", "buschauffeurs"),
        # the Platform Work Directive's other names (rules 2026.12.43)
        ("Les États membres doivent transposer la directive sur les travailleurs des plateformes",
         "directive sur les travailleurs des plateformes"),
        ("Los Estados miembros deben transponer la directiva de plataformas",
         "directiva de plataformas"),
        ("Lidstaten moeten de platformrichtlijn voor december 2026 omzetten", "platformrichtlijn"),
        # video recordings, as English and Spanish had them (rules 2026.12.44)
        ("Kündigung nach heimlicher Videoaufzeichnung des Arbeitnehmers wirksam",
         "Videoaufzeichnung"),
        ("Des enregistrements vidéo des salariés utilisés pour les licencier",
         "enregistrements vidéo"),
        ("Licenziato il dipendente ripreso dalle videoregistrazioni aziendali", "videoregistrazioni"),
        # a tracker on the car, social profiles checked (rules 2026.12.45)
        ("Employer put a tracker on the employee's car", "tracker on the employee's car"),
        ("Il datore di lavoro ha installato un localizzatore sull'auto del dipendente",
         "localizzatore"),
        ("L'azienda controlla i profili social dei dipendenti", "controlla i profili social"),
        ("La empresa colocó un localizador en el coche del trabajador", "localizador en el coche"),
        ("Flitsbezorgers klagen over app die elke minuut van hun dienst bijhoudt", "bijhoudt"),
        # management algorithms by that name (rules 2026.12.52)
        ("Le Défenseur des droits alerte sur les algorithmes de gestion des livreurs",
         "algorithmes de gestion"),
        # biometric clocking in names the subject (rules 2026.12.46)
        ("Datenschutzbehörde verhängt Bußgeld wegen Fingerabdruck-Zeiterfassung",
         "Fingerabdruck-Zeiterfassung"),
        ("Company fined for fingerprint time clocks without consent", "fingerprint time clocks"),
        ("Pointeuse biométrique : une entreprise de nettoyage sanctionnée", "Pointeuse biométrique"),
        ("Rilevazione biometrica delle presenze: sanzionata un'azienda",
         "Rilevazione biometrica delle presenze"),
        ("La AEPD multa a una empresa por el control horario con huella dactilar",
         "control horario con huella"),
        ("Biometrische tijdregistratie op de werkvloer: boete voor bedrijf", "Biometrische tijdregistratie"),
        ("La AEPD sanciona a una empresa por exigir la huella dactilar para fichar",
         "huella dactilar para fichar"),
        ("Mercadona implanta el reconocimiento facial para fichar en sus almacenes",
         "reconocimiento facial para fichar"),
        ("Un call center controla con IA el tono de voz de sus trabajadores", "tono de voz"),
        # keyboard and mouse together, Italian spyware on company PCs (rules 2026.12.54)
        ("Meta addestra l'IA con i dati di tastiera e mouse dei dipendenti", "tastiera e mouse"),
        ("Software spia sui pc aziendali: quando è lecito", "Software spia"),
        # screens recorded in every language (rules 2026.12.55)
        ("Arbeitgeber ließ die Bildschirme seiner Beschäftigten heimlich aufzeichnen",
         "Bildschirme seiner Beschäftigten heimlich aufzeichnen"),
        ("Enregistrement de l'écran des télétravailleurs : la CNIL sanctionne",
         "Enregistrement de l'écran"),
        # German location chips, staff compounds, calls analysed with AI (rules 2026.12.56)
        ("Krankenhaus führt Ortungschips für Pflegepersonal ein", "Ortungschips"),
        ("Callcenter wertet Gespräche mit KI aus und bewertet Mitarbeiter", "Gespräche mit KI"),
        # a points system, messages read in French, calls listened to (rules 2026.12.57)
        ("Taxichauffeurs klagen over puntensysteem in de app", "puntensysteem"),
        ("Un employeur condamné pour avoir lu les messages privés d'une salariée",
         "lu les messages"),
        # the pages visited, calls recorded in French, customer advisers (rules 2026.12.58)
        ("Il datore di lavoro registrava le pagine web visitate dai dipendenti",
         "pagine web visitate"),
        ("La société enregistrait les conversations téléphoniques de ses conseillers clientèle",
         "enregistrait les conversations"),
        ("Directive européenne sur le travail de plateforme : ce qui change pour les livreurs",
         "Directive européenne sur le travail de plateforme"),
        # firing done by the system, the app's verdict in the active voice (rules 2026.12.47)
        ("Licenziamenti automatizzati dei rider: il tribunale condanna la piattaforma",
         "Licenziamenti automatizzati"),
        ("Repartidores de Just Eat denuncian que la app los califica y penaliza",
         "la app los califica"),
        # words between the algorithm and what it hands out; call-centre staff and their calls
        # scored; badges read at the door (rules 2026.12.60)
        ("Los riders podrán conocer los algoritmos de Glovo para asignar pedidos",
         "algoritmos de Glovo para asignar pedidos"),
        ("Gli algoritmi usati da Deliveroo per assegnare gli ordini ai rider",
         "algoritmi usati da Deliveroo per assegnare gli ordini"),
        ("Contact centre representatives say call scoring software judges every word",
         "call scoring"),
        ("Les badges électroniques des salariés tracent leurs déplacements", "badges électroniques"),
        ("Employer used badge data to see who came to the office", "badge data"),
        # Spanish e-mail read in any tense, Dutch spying verbs (rules 2026.12.61)
        ("El Tribunal Supremo avala que la empresa revisara el correo de un empleado",
         "revisara el correo"),
        ("El control del e-mail de los trabajadores en la empresa", "control del e-mail"),
        ("Thuiswerkers klagen: de baas bespioneert hen via de webcam", "bespioneert"),
        # dash cams in two words, truckers in six languages, the directive's Italian names
        # (rules 2026.12.62)
        ("Truckers say the new dash cams watch their every yawn", "dash cams"),
        ("Camioneros denuncian las cámaras que vigilan la cabina", "Camioneros"),
        ("Approvata la direttiva rider: più trasparenza sugli algoritmi", "direttiva rider"),
        ("La UE adotta la direttiva sui diritti dei lavoratori delle piattaforme digitali",
         "direttiva sui diritti dei lavoratori delle piattaforme"),
        # nurses in every language (rules 2026.12.63)
        ("Hospital tracks its nurses with RFID tags", "nurses"),
        ("Des infirmières géolocalisées par leur hôpital", "infirmières"),
        ("Krankenhaus überwacht Pflegekräfte mit Funkchips", "Pflegekräfte"),
        ("L'ospedale controlla gli infermieri con il GPS", "infermieri"),
        ("El hospital vigila a sus enfermeras con cámaras", "enfermeras"),
        # video cameras as one word in Italian, Spanish, Dutch (rules 2026.12.64)
        ("Videocamere puntate sui dipendenti: multa del Garante", "Videocamere"),
        ("La empresa instaló videocámaras para vigilar a los empleados", "videocámaras"),
        ("Werkgever hangt videocamera's op boven de kassa van medewerkers", "videocamera's"),
        # French work vehicles named "professionnels" and in the singular (rules 2026.12.65)
        ("La CNIL encadre la géolocalisation des véhicules professionnels",
         "véhicules professionnels"),
        ("Licencié après la géolocalisation de sa voiture de fonction", "voiture de fonction"),
        ("Géolocalisation du véhicule professionnel : la CNIL rappelle les règles",
         "véhicule professionnel"),
        # gig workers' acceptance rates; AI in performance reviews names the subject, in every
        # language (rules 2026.12.66)
        ("DoorDash dashers say the acceptance rate decides who gets the best orders",
         "acceptance rate"),
        ("Managers turn to AI for performance reviews", "AI for performance reviews"),
        ("Performance reviews written by AI: what employees should know",
         "Performance reviews written by AI"),
        ("Les entretiens annuels évalués par l'IA inquiètent les syndicats",
         "entretiens annuels évalués par l'IA"),
        ("Leistungsbeurteilung durch KI: Was Arbeitgeber dürfen", "Leistungsbeurteilung durch KI"),
        ("La evaluación del desempeño con inteligencia artificial llega a las empresas",
         "evaluación del desempeño con inteligencia artificial"),
        # the German genitive: "Überwachung des / eines Arbeitnehmers" (rules 2026.12.69)
        ("Heimliche Überwachung eines Arbeitnehmers durch eine Detektei ist unzulässig",
         "Überwachung eines Arbeitnehmers"),
        ("Überwachung des Arbeitnehmers im Homeoffice: Was ist erlaubt?",
         "Überwachung des Arbeitnehmers"),
        # French inclusive writing; followed "à la trace"; wristbands in every language
        # (rules 2026.12.71)
        ("Amazon veut suivre à la trace ses employé·e·s", "employé·e·s"),
        ("Les livreur·euse·s notés par l'algorithme de la plateforme", "livreur·euse·s"),
        ("Un logiciel de surveillance note les collaborateur•rice•s", "collaborateur•rice•s"),
        ("La direction veut pister à la trace les salariés de l'entrepôt", "pister à la trace"),
        ("Des bracelets connectés pour guider les préparateurs de commandes",
         "bracelets connectés"),
        ("Tracking-Armband für Lagerarbeiter: Amazon erhält Patent", "Armband"),
        ("Il bracciale che guida le mani dei magazzinieri di Amazon", "bracciale"),
        ("Magazijnmedewerkers dragen een polsband die hun tempo bijhoudt", "polsband"),
        # screenshots or photos every few minutes name the subject, in every language
        # (rules 2026.12.74)
        ("The remote work app that takes your photo every 5 minutes", "photo every 5 minutes"),
        ("Le logiciel prend des captures d'écran toutes les dix minutes", "captures d'écran toutes les dix minutes"),
        ("Die App macht alle fünf Minuten Screenshots", "alle fünf Minuten Screenshots"),
        ("Un software che scatta screenshot ogni 10 minuti", "screenshot ogni 10 minuti"),
        ("Una aplicación que toma fotos cada cinco minutos", "fotos cada cinco minutos"),
        ("Het programma maakt elke tien minuten een screenshot", "elke tien minuten een screenshot"),
        # teleworkers by their other names (rules 2026.12.83)
        ("Teleworkers must keep their cameras on all day, company says", "Teleworkers"),
        ("I telelavoratori controllati con la webcam", "telelavoratori"),
        # how its drivers drive, named with the drivers (rules 2026.12.84)
        ("Lieferdienst wertet die Fahrweise seiner Fahrer aus", "Fahrweise seiner Fahrer"),
        ("Logistics firm scores the driving style of its drivers every month",
         "driving style of its drivers"),
        ("Het rijgedrag van bezorgers wordt gevolgd", "rijgedrag van bezorgers"),
        # the app's verdict in the active voice, breaks counted, in every language (rules 2026.12.85)
        ("Delivery drivers say the app docks them for braking too hard", "the app docks them"),
        ("I lavoratori denunciano: l'app li penalizza se rifiutano", "app li penalizza"),
        ("Lieferando-Kuriere: die App bestraft die Kuriere", "die App bestraft die Kuriere"),
        ("Il software conta i minuti di pausa dei magazzinieri", "conta i minuti di pausa"),
        ("Warehouse workers: the firm counts their toilet breaks", "counts their toilet breaks"),
        # software that rates or watches, said with a relative clause (rules 2026.12.86)
        ("Le logiciel qui note les chauffeurs VTC selon leurs freinages", "logiciel qui note"),
        ("Mitarbeiter klagen über eine Software, die sie heimlich bewertet",
         "Software, die sie heimlich bewertet"),
        ("Repartidores denuncian la app que vigila cada parada", "app que vigila"),
        # an algorithm that manages the shifts or orders (rules 2026.12.138)
        ("Foodinho, i rider e l'algoritmo utilizzato per gestire ordini e turni",
         "algoritmo utilizzato per gestire ordini e turni"),
        ("Los repartidores y el algoritmo que gestiona sus turnos", "algoritmo que gestiona sus turnos"),
        ("Lieferfahrer: Ein Algorithmus steuert die Schichten", "Algorithmus steuert die Schichten"),
        # messages consulted or opened, the work's or a worker's (rules 2026.12.179; the first
        # was 0.15 with "lire" alone read)
        ("L'employeur peut-il consulter les SMS envoyés depuis le téléphone d'un salarié ?",
         "consulter les SMS envoyés depuis le téléphone d'un salarié"),
        ("Un employeur peut-il ouvrir les e-mails personnels de ses salariés ?",
         "ouvrir les e-mails personnels"),
        ("Licenciement : l'employeur avait lu les SMS de la salariée", "lu les SMS"),
        # AI used to evaluate, manage or fire workers, said with its purpose; decisions about
        # firing (rules 2026.12.180)
        ("Les syndicats veulent encadrer l'IA utilisée pour évaluer les salariés",
         "IA utilisée pour évaluer"),
        ("Unions want limits on AI systems used to evaluate workers",
         "AI systems used to evaluate"),
        ("Gewerkschaften gegen KI zur Bewertung der Beschäftigten",
         "KI zur Bewertung"),
        ("L'intelligenza artificiale usata per valutare i dipendenti", "intelligenza artificiale usata per valutare"),
        ("Algoritmos para evaluar a los trabajadores: lo que dice la ley",
         "Algoritmos para evaluar"),
        ("Software that makes decisions about firing warehouse staff", "makes decisions about firing"),
        # a worker's computer checked, in Italian and French (rules 2026.12.186; 0.50 before)
        ("Lavoro agile, il datore può controllare il pc del dipendente?", "controllare il pc"),
        # a platform that cuts off its riders or their accounts; one employee after a determiner
        # (rules 2026.12.191; 0.49 and 0.29 before, real-page batch s27)
        ("Glovo desconecta a riders como represalia por exigir sus derechos", "desconecta"),
        # bossware in the plural, software that rates the staff (rules 2026.12.209; probes at
        # 0.15-0.45 before)
        ("Les bosswares envahissent le télétravail des salariés", "bosswares"),
        ("Les logiciels de productivité notent les salariés", "notent"),
        ("Produktivitäts-Tools bewerten Mitarbeiter", "bewerten"),
        # staff by other names, Spanish "geolocaliza", checked by scanner (rules 2026.12.208;
        # probes at 0.07-0.44 before)
        ("Telecamere puntate sugli addetti alla cassa", "addetti alla"),
        ("El Ayuntamiento geolocaliza a los empleados municipales", "geolocaliza"),
        ("Arbeidskrachten in distributiecentrum gemeten per seconde", "gemeten per seconde"),
        ("Werkenden steeds vaker digitaal gecontroleerd", "digitaal gecontroleerd"),
        ("Arbeitskräfte im Lager werden per Scanner kontrolliert", "per Scanner kontrolliert"),
        # AI that predicts what staff will do (rules 2026.12.207; 0.25 before)
        ("Retailer uses AI to predict which staff will steal", "predict which"),
        # what the staff do recorded, an algorithm that hands out work (rules 2026.12.206; probes
        # at 0.29-0.46 before)
        ("Software that records what employees do on their computers", "records what"),
        ("Logiciel qui enregistre ce que font les salariés sur leur ordinateur",
         "enregistre ce que"),
        ("Software, die aufzeichnet, was Mitarbeiter am Computer tun", "aufzeichnet, was"),
        ("Software che registrano quello che i dipendenti fanno al computer",
         "registrano quello che"),
        ("Programas que registran lo que hacen los empleados en el ordenador", "registran lo que"),
        # covert following, an algorithm that sets the pace or fires (rules 2026.12.205; probes
        # at 0.40-0.54 before)
        ("AP legt boete op aan werkgever voor heimelijk volgen van werknemers", "heimelijk volgen"),
        ("Amazon-magazijn: algoritme bepaalt het werktempo van medewerkers",
         "algoritme bepaalt het werktempo"),
        # the staff's activity analysed (rules 2026.12.203; a labelled item at 0.29 before)
        ("Firm fired 150 employees after an analysis of their activity in work chats",
         "analysis of their activity"),
        # workers by trade, mail checked (rules 2026.12.201; probes at 0.18-0.54 before)
        ("Les caissières filmées en permanence par des caméras", "caissières"),
        ("Cashiers filmed all day by cameras above the tills", "Cashiers"),
        ("Le cassiere riprese tutto il giorno dalle telecamere", "cassiere"),
        ("Les agents de sécurité géolocalisés pendant leurs rondes", "agents de sécurité"),
        ("Les fonctionnaires dont les courriels sont surveillés", "fonctionnaires"),
        ("Les aides-soignantes chronométrées par un logiciel", "aides-soignantes"),
        ("I dipendenti pubblici con le email controllate", "email controllate"),
        # past tenses in the other languages, and sales staff (rules 2026.12.200; probes at
        # 0.02-0.54 before)
        ("L'entreprise pistait ses commerciaux", "pistait"),
        ("L'employeur traquait les déplacements de ses livreurs", "traquait"),
        ("L'employeur photographiait les écrans des salariés", "photographiait"),
        ("Der Arbeitgeber belauschte die Beschäftigten", "belauschte"),
        ("Der Arbeitgeber fotografierte die Bildschirme der Mitarbeiter", "fotografierte"),
        ("Il capo spiava i dipendenti", "spiava"),
        ("L'azienda filmava i lavoratori di nascosto", "filmava"),
        ("L'azienda tracciava i rider", "tracciava"),
        ("El jefe espiaba a sus empleados", "espiaba"),
        ("La empresa rastreaba a sus repartidores", "rastreaba"),
        ("De werkgever volgde de werknemers via hun telefoon", "volgde"),
        ("De werkgever monitorde het personeel", "monitorde"),
        # English verbs for monitoring (rules 2026.12.198-.199; probes at 0.06-0.58 before)
        ("Company fined for geolocating its employees' vehicles", "geolocating"),
        ("Employer screenshotted remote workers' desktops", "screenshotted"),
        ("Firm photographed workers every ten minutes", "photographed"),
        ("Employer logged every website its staff visited", "logged every website"),
        ("Employer bugged the office of its staff's union", "bugged"),
        ("Employer scanned staff's personal social media before promotions", "scanned"),
        # calls recorded, mails read in the past tense, rated by the app, private investigators,
        # one fingerprint (rules 2026.12.195; probes at 0.04-0.63 before)
        ("Call centre records every call its staff make and scores them", "records every call"),
        ("Callcenter zeichnet alle Gespräche der Agenten auf und bewertet sie",
         "zeichnet alle Gespräche"),
        ("Il call center registra tutte le chiamate degli operatori e le valuta",
         "registra tutte le chiamate"),
        ("Callcenter neemt alle gesprekken van medewerkers op en beoordeelt ze",
         "neemt alle gesprekken"),
        ("Arbeitgeber las die dienstlichen E-Mails der Beschäftigten",
         "las die dienstlichen E-Mails"),
        ("Il datore di lavoro leggeva le email aziendali dei dipendenti", "leggeva le email"),
        ("Kuriere werden von der App bewertet und verlieren Schichten", "von der App bewertet"),
        ("Investigatore privato per seguire un dipendente in malattia", "Investigatore privato"),
        ("Privédetective volgde zieke werknemer", "Privédetective"),
        ("I lavoratori devono timbrare con l'impronta digitale", "impronta digitale"),
        # AI trained on staff's work or activity data, idle time, where staff are, keys typed,
        # social media checked, in four languages (rules 2026.12.194; probes at 0.19-0.58 before)
        ("Arbeitsdaten der Mitarbeiter werden zum Training von KI genutzt",
         "Arbeitsdaten der Mitarbeiter"),
        ("I dati di lavoro dei dipendenti usati per addestrare l'IA",
         "dati di lavoro dei dipendenti"),
        ("Los datos de trabajo de los empleados se usan para entrenar la IA", "datos de trabajo"),
        ("Werkgegevens van medewerkers gebruikt om AI te trainen", "Werkgegevens van medewerkers"),
        ("Software misst Leerlaufzeiten der Mitarbeiter", "Leerlaufzeiten"),
        ("Software misura i tempi morti dei dipendenti", "tempi morti"),
        ("Un programa mide el tiempo de inactividad de los empleados", "tiempo de inactividad"),
        ("Software meet de inactieve tijd van werknemers", "inactieve tijd"),
        ("Sensoren im Büro erfassen, wo sich Mitarbeiter aufhalten", "erfassen, wo sich"),
        ("Sensores en la oficina rastrean dónde están los empleados", "rastrean dónde están"),
        ("Sensoren op kantoor volgen waar medewerkers zijn", "volgen waar"),
        ("Badge con sensori tracciano gli spostamenti dei lavoratori", "tracciano gli spostamenti"),
        ("Il datore di lavoro registrava le battiture sulla tastiera dei dipendenti",
         "battiture sulla tastiera"),
        ("L'azienda monitora i profili social dei dipendenti", "monitora"),
        ("Werkgever controleert sociale media van personeel", "controleert sociale media"),
        # Dutch supervision of staff, AI used to judge them, messages read; face scans in five
        # languages; the internet's use evaluated (rules 2026.12.193; probes at 0.15-0.51 before)
        ("Toezicht op werknemers met AI: AP waarschuwt", "Toezicht"),
        ("Werkgever zet AI in om werknemers te beoordelen", "AI in om"),
        ("Werkgever las WhatsApp-berichten van werknemer", "las WhatsApp-berichten"),
        ("Personeel moet inklokken met gezichtsscan", "gezichtsscan"),
        ("Les salariés doivent badger avec un scan du visage", "scan du visage"),
        ("Los empleados fichan con escáner facial", "escáner facial"),
        ("Dipendenti costretti a timbrare con la scansione del volto", "scansione del volto"),
        ("Mitarbeiter müssen sich per Gesichtsscan einstempeln", "Gesichtsscan"),
        ("Kündigung nach Auswertung der Internetnutzung des Arbeitnehmers",
         "Auswertung der Internetnutzung"),
        ("Licenziato il dipendente dopo il controllo della cronologia internet",
         "cronologia internet"),
        # a finger scan, as the Dutch press writes it (rules 2026.12.192; 0.48 before)
        ("Bedrijf krijgt boete van 725.000 euro voor gebruik vingerscan voor personeel",
         "vingerscan"),
        ("Glovo bloquea la cuenta de varios repartidores sin explicación", "bloquea la cuenta"),
        ("Chaque employé doit scanner chaque colis : la surveillance excessive sanctionnée",
         "Chaque employé"),
        ("L'employeur peut-il contrôler l'ordinateur d'un salarié ?", "contrôler l'ordinateur"),
        # software that sets the shifts (rules 2026.12.185; 0.23 and 0.49 before)
        ("Rota app leaves nurses with last-minute shifts", "Rota app"),
        ("Scheduling algorithms decide when retail workers get their shifts", "Scheduling algorithms"),
        # French local, hospital and transport staff (rules 2026.12.183; 0.57 before)
        ("Le Conseil d'État valide la géolocalisation des agents de la RATP", "agents de la RATP"),
        # their tone analysed, without "of voice" (rules 2026.12.182; 0.52 before)
        ("Call centre agents nudged in real time by AI that analyses their tone",
         "analyses their tone"),
    ],
)  # fmt: skip
def test_compounds_and_inflections_are_found(title: str, phrase: str) -> None:
    """The phrase is read: shown as evidence, or inside a longer phrase that is (a term naming
    the subject that spans the title, as the AI Act named with the workplace does)."""
    c = decide(title)
    assert c.relevant and any(phrase in e.phrase for e in c.evidence), c.evidence


def test_an_applicant_tracking_system_is_recruitment_software_not_tracking() -> None:
    """ "Applicant tracking system" is what recruiters call their software: its "tracking" made a
    page on AI hiring bias relevant (0.69, real-page batch 23; rules 2026.12.29)."""
    hiring = judge(Document("What AI hiring bias lawsuits mean for SME employers",
                            "A new applicant tracking system with AI scoring built in."))  # fmt: skip
    assert "monitoring@summary" not in hiring.signals, hiring.signals
    assert hiring.topics == ()
    tracked = judge(Document("Employer caught tracking its drivers with hidden software"))
    assert "monitoring@title" in tracked.signals and "activity-tracking" in tracked.topics


def test_ones_own_messages_consulted_are_no_monitoring() -> None:
    """Messages consulted are a worker's when the work's or a worker's are named, not one's own
    mail or voicemail (rules 2026.12.179: with "ses" read too, "Comment consulter ses mails
    professionnels depuis chez soi" scored 0.59, a monitoring term alone in the title)."""
    for title in ("Comment consulter ses mails professionnels depuis chez soi",
                  "Consulter les messages de la boîte vocale de son portable",
                  "Comment consulter ses messages vocaux à distance ?"):  # fmt: skip
        assert not decide(title).relevant, title
    # nor one's own phone or a child's checked (rules 2026.12.186: 0.78 with them read)
    for title in ("Come controllare il telefono di tuo figlio",
                  "Comment contrôler son téléphone à distance"):  # fmt: skip
        assert not decide(title).relevant, title
    # nor business software reviewed (rules 2026.12.185: "scheduling software" alone left out)
    assert not decide("Best scheduling software for small businesses in 2025").relevant


def test_a_driving_style_alone_is_every_motorists() -> None:
    """Rules 2026.12.84 read how an employer's drivers drive only with the drivers named: a
    driving style alone is every motorist's, and insurers' (a monitoring term alone scored
    0.84-0.85 on these when it was tried)."""
    for title in ("Insurers reward safe driving behaviour with discounts",
                  "How your driving style affects fuel consumption"):  # fmt: skip
        assert not decide(title).relevant, title


def test_an_athletes_performance_data_is_sport_not_work() -> None:
    """A worker's performance data is a scoring term; an athlete's is sport's: the Garante's
    advice on fitness trackers ("i dati sulle prestazioni sportive") was flagged at 0.74 for it
    (real-page batch 43; rules 2026.12.71). Written once for every language."""
    for sport in (
        "Fitness tracker: what happens to your sports performance data",
        "Les clubs et les données de performance sportive des joueurs",
        "Smartwatches speichern sportliche Leistungsdaten in der Cloud",
        "I fitness tracker registrano i dati sulle prestazioni sportive",
        "Los relojes guardan los datos de rendimiento deportivo del usuario",
        "Wat gebeurt er met de prestatiegegevens van sporters?",
    ):
        assert "monitoring@title" not in judge(Document(sport)).signals, sport
    for work in (
        "Employer collects performance data on every warehouse worker",
        "Le patron exploite les données de performance des salariés",
        "Arbeitgeber wertet Leistungsdaten der Mitarbeiter aus",
        "L'azienda raccoglie dati sulle prestazioni dei dipendenti",
        "La empresa recopila datos de rendimiento de sus empleados",
        "Werkgever verzamelt prestatiegegevens van medewerkers",
    ):
        assert "monitoring@title" in judge(Document(work)).signals, work


def test_a_shops_stockrooms_are_where_its_staff_work() -> None:
    """Cameras hidden in a shop's stockrooms film its staff: four real pages on the CNIL's fine
    on the Samaritaine said so only by "réserves" ("dans ses réserves", "dans 2 réserves"),
    0.24-0.52, where "dans les réserves" was already read (real-page batch 27; rules
    2026.12.34). A company's financial reserves are no workplace."""
    for summary in (
        "La CNIL a épinglé un grand magasin pour avoir dissimulé des caméras dans 2 réserves.",
        "Une amende pour des caméras de surveillance dissimulées dans ses réserves.",
        "Cinq caméras avaient été dissimulées au sein de deux réserves du magasin.",
    ):
        c = judge(Document("Caméras dissimulées : nouvelle sanction de la CNIL !", summary))
        assert c.classification.relevant, summary
        assert any(
            e.concept == "worker" and "reserves" in fold(e.phrase)
            for e in c.classification.evidence
        ), c.classification.evidence
    reserves = judge(Document("Caméras : le fabricant puise dans une partie de ses réserves"))
    assert "worker@title" not in reserves.signals and "pair@title" not in reserves.signals


def _ruled_out(
    model: Model, docs: list[Document], concept: str, kept: list[Document] | None = None
) -> None:
    """Each item is ruled out by the rules whatever the model's score, its evidence saying why;
    each of `kept` is not (its score decides it)."""
    for doc in docs:
        verdict = judge(doc)
        assert verdict.ruled == "dispute", doc.title
        assert any(e.concept == concept for e in verdict.classification.evidence), doc.title
        decided = model.decide(doc, verdict)
        assert not decided.relevant, (doc.title, decided.score)
    for doc in kept or []:
        assert judge(doc).ruled != "dispute", doc.title


def test_every_veto_says_why_to_a_reader() -> None:
    """Each concept the vetoes can give is one of models.VETOES, so `watcher show` says why the
    item is not relevant and `watcher review` leaves it out (a veto added without its sentence
    would do neither)."""
    from watcher.classify import vetoes
    from watcher.models import VETOES

    given = {
        value
        for name, value in vars(vetoes).items()
        if name.isupper() and isinstance(value, str) and not name.startswith("_")
    }
    assert len(given) >= 14, given
    assert given <= set(VETOES), given - set(VETOES)
    assert all(VETOES[concept].strip() for concept in given)


def _unread(docs: list[Document], families: tuple[str, ...], model: Model | None = None) -> None:
    """No rule of the given families ("worker@", "monitoring@", "pair@" ...) reads any of the
    items; with a model, none is relevant either."""
    for doc in docs:
        verdict = judge(doc)
        assert not any(s.startswith(families) for s in verdict.signals), doc.title
        if model is not None:
            assert not model.decide(doc, verdict).relevant, doc.title


def _read(texts: tuple[str, ...], signals: frozenset[str] = frozenset({"pair@title"})) -> None:
    """Each title is read with one of the given signals (a worker and monitoring together)."""
    for text in texts:
        assert signals & judge(Document(text)).signals, text


def _irrelevant(model: Model, docs: list[Document]) -> None:
    """No item is relevant (whatever the rules read in it)."""
    for doc in docs:
        assert not model.decide(doc, judge(doc)).relevant, doc.title


def _relevant(model: Model, docs: list[Document], signals: frozenset[str] = frozenset()) -> None:
    """Each item is relevant, read with one of the given signals (any, when none is given)."""
    for doc in docs:
        verdict = judge(doc)
        assert not signals or signals & verdict.signals, (doc.title, verdict.signals)
        assert model.decide(doc, verdict).relevant, doc.title


def _sorts(
    read: list[Document], unread: list[Document], signals: frozenset[str] = PAIR_IN_TITLE
) -> None:
    """Each of `read` is relevant, read with one of the signals; none of `unread` is relevant."""
    model = load_model()
    _relevant(model, read, signals)
    _irrelevant(model, unread)


def test_who_counts_as_an_employee_is_not_how_they_are_watched() -> None:
    """An item whose title is about who counts as an employee (gig workers' status), and which
    names no monitoring, algorithm or AI, is not relevant at any score, as a strike is: the
    model weighed "Uber" (+0.90) and a court's ruling over it (0.76, real-page batch 28; rules
    2026.12.35). The labelled files' twelve such titles are all not relevant."""
    model = load_model()
    status = [
        Document("Uber and Postmates Lose US Supreme Court Bid in Worker Classification Case",
                 "The U.S. Supreme Court declined to hear an appeal regarding the classification of gig workers."),
        Document("Uber drivers are workers, U.K. Supreme Court rules"),
        Document("Los riders de Deliveroo son falsos autónomos"),
        Document("Hoge Raad: bezorgers Deliveroo geen zelfstandig ondernemers"),
        Document("Riders van Uber zijn werknemers"),
    ]  # fmt: skip
    kept = [
        # the Dutch "zijn" as "his" (rules 2026.12.192): whether an employer may film them
        Document("Mag een werkgever zijn werknemers filmen?"),
        # an algorithm named: how they are managed is in it
        Document("Court: Deliveroo riders are workers, and its ranking algorithm discriminated"),
        # the status only in the summary: the title says what the item is about
        Document("Court orders Uber to reinstate drivers fired by automated process",
                 "The drivers were classified as self-employed contractors."),
    ]  # fmt: skip
    _ruled_out(model, status, EMPLOYMENT_STATUS, kept)
    assert "status@title" not in judge(kept[0]).signals  # the model reads no status there


def test_pay_is_not_how_staff_are_watched() -> None:
    """An item whose title is about pay, a wage deal or short-time work, and which names no
    monitoring, algorithm or AI, is not relevant at any score (rules 2026.12.49): "Tarifeinigung:
    Beschäftigte im Einzelhandel erhalten mehr Lohn" scored 0.83 for its worker words. The
    labelled files' such titles are all not relevant (the model file is byte-identical)."""
    model = load_model()
    pay = [
        Document("Tarifeinigung: Beschäftigte im Einzelhandel erhalten mehr Lohn"),
        Document("Kurzarbeit bei Zulieferer: 2.000 Beschäftigte betroffen"),
        Document("Warehouse workers win pay rise after months of talks"),
        Document("Hausse des salaires : les salariés de la logistique obtiennent 3 %"),
        Document("Rinnovo del contratto per i dipendenti del commercio"),
        Document("Subida salarial del 4 % para los trabajadores de la hostelería"),
        Document("Loonsverhoging voor werknemers in de schoonmaak"),
        # a collective agreement, in every language (rules 2026.12.73)
        Document("Just Eat e sindacati firmano il contratto collettivo per i rider"),
        Document("Deliveroo riders get their first collective agreement"),
        Document("Convention collective : les livreurs obtiennent un accord"),
        Document("Primer convenio colectivo para los repartidores de Just Eat"),
        Document("Twee collectieve arbeidsovereenkomsten voor bezorgers"),
    ]  # fmt: skip
    kept = [
        # monitoring named: pay tied to the tracked numbers is how they are managed
        Document("Amazon ties warehouse workers' pay rises to productivity tracking"),
        # an algorithm named
        Document("Riders' pay cuts set by the app's algorithm, union says"),
        # layoffs are not pay: staff are fired on their activity data
        Document("Xsolla lays off 150 employees based on big data"),
        # a collective agreement on the algorithm that manages the riders
        Document("Convenio colectivo regula el algoritmo que asigna los pedidos"),
    ]  # fmt: skip
    _ruled_out(model, pay, PAY, kept)


def test_a_health_pass_checked_is_not_how_staff_are_watched() -> None:
    """An item whose title is about a vaccination or health pass checked at work (COVID's
    "green pass", "pass sanitaire", "3G am Arbeitsplatz", the vaccination status), and which names
    no monitoring, algorithm or AI, is about occupational health: not relevant at any score
    (rules 2026.12.72). A Bavarian DPA's page on asking staff their vaccination status scored 0.93
    for a DPA and a worker word; Italian guides to the green pass at work 0.61-0.70 (real-page
    batch 45). No labelled item holds these terms: the model file is byte-identical."""
    model = load_model()
    passes = [
        Document("Aufsichtsbehörde zum Erfragen des Impfstatus bei Beschäftigten"),
        Document("3G am Arbeitsplatz: Was Arbeitgeber jetzt kontrollieren müssen"),
        Document("Il green pass nei luoghi di lavoro: guida per i datori di lavoro"),
        Document("Pass sanitaire : l'employeur peut-il demander le statut vaccinal des salariés ?"),
        Document("Employers may ask for proof of vaccination from staff, regulator says"),
        Document("¿Puede la empresa pedir el certificado COVID a sus trabajadores?"),
        Document("Mag de werkgever naar de vaccinatiestatus van werknemers vragen?"),
        # an alcohol or drug test of staff (rules 2026.12.169; real-page batch 119, 0.59-0.86)
        Document("De privacy van werknemers bij alcohol- en drugstests: hoe ver mag de werkgever gaan?"),
        Document("Alcohol- of drugsgebruik op de werkvloer, mag een werkgever testen?"),
        Document("Drogentest am Arbeitsplatz: Was darf der Arbeitgeber?"),
        Document("Le dépistage de drogues en entreprise"),
    ]  # fmt: skip
    kept = [
        # monitoring named: the pass checked by cameras that recognise the staff's faces
        Document("Green pass checked by facial recognition cameras at the factory gate"),
        Document("COVID pass app tracks employees' location, union warns"),
    ]  # fmt: skip
    _ruled_out(model, passes, HEALTH_PASS, kept)


def test_a_device_of_peoples_own_is_about_its_users_not_staff() -> None:
    """A device or feature of people's own in the title (Microsoft's Recall screenshotting its
    user's PC, a doorbell, a smartwatch, parental control), in an item that names no worker, is
    about its owners and those it films: not relevant at any score (rules 2026.12.77). The press
    told Recall as "screenshots every few seconds" (0.82); the Garante's advice on smartwatches
    as "non farsi spiare" (0.77, real-page batch 43). The labelled files' such titles are all
    not relevant (the model file is byte-identical)."""
    model = load_model()
    devices = [
        Document("Microsoft Recall takes screenshots every few seconds of everything you do"),
        Document("ICO making enquiries about Microsoft Recall", "It takes screenshots of your screen."),
        Document("10 consigli per non farsi spiare dagli smartwatch"),
        Document("Videotürklingel filmt den Gehweg: Was Nachbarn wissen müssen"),
        Document("Contrôle parental : la CNIL alerte sur la surveillance des adolescents"),
        Document("¿Tu timbre inteligente graba a los vecinos?"),
        Document("Slimme deurbel filmt voorbijgangers: AP waarschuwt"),
        # people's own cars and the insurers' boxes in them (rules 2026.12.79)
        Document("Your car is tracking you: automakers share driving data with insurers"),
        Document("Insurers use telematics boxes to score young drivers"),
        Document("Vernetzte Autos senden Fahrdaten an den Hersteller"),
        # parents tracking their children (rules 2026.12.108; 0.61 once "tracking" of web
        # users no longer counted as monitoring and the model was retrained)
        Document("Uber launches teen accounts with parental tracking"),
        # glasses that film passers-by, a car's own driving aids (rules 2026.12.114)
        Document("Meta-Brille filmt Passanten: Datenschützer besorgt"),
        Document("Les lunettes connectées filment sans que les passants le sachent"),
        Document("Tesla Autopilot driver monitoring camera criticized by regulators"),
        # a motorist's own dashcam weighed as evidence after a crash (rules 2026.12.130; seven
        # German real pages at 0.78-0.90)
        Document("Dashcam-Aufnahmen als Beweismittel zulässig"),
        Document("Urteil des BGH: Dashcam-Videos als Beweismittel zulässig",
                 "Aufnahmen als Beweismittel für Verkehrsunfälle zulässig."),
        Document("Filmaufnahmen durch Dashcam nach einem Autounfall gerichtlich verwertbar?"),
        # a Tesla's cabin camera on its owner, an app's own browser or keyboard logging what its
        # users type (rules 2026.12.134; 0.81, 0.77, 0.90)
        Document("Tesla cabin camera watches drivers for attentiveness"),
        Document("TikTok's in-app browser can track your keystrokes, researcher finds"),
        Document("Your phone's keyboard app may be logging your keystrokes"),
        # TikTok, social media apps and VR headsets read their users (rules 2026.12.135; real-page
        # batch 78: 0.84, 0.59, 0.77)
        Document("TikTok and Keystroke Tracking: What to Know"),
        Document("Online data mining – social media apps can read all your keystrokes"),
        Document("Eye-Tracking in Virtual Reality: A Visceral Notice Approach for Protecting Privacy"),
        # a phone's own biometric unlock (rules 2026.12.136; 0.73)
        Document("Face ID vs fingerprint: which is more secure?"),
        # the reader's own phone (rules 2026.12.137; 0.82)
        Document("Vingerafdruk op je telefoon: hoe veilig is dat?"),
    ]  # fmt: skip
    kept = [
        # a worker named: the device is the employer's means of watching them
        Document("Arbeitgeber dürfen Mitarbeiter nicht per Smartwatch überwachen"),
        Document("Ring doorbells film Amazon delivery drivers at every door"),
        Document("Employer tracked an employee's car with an AirTag"),
        Document("Carmaker tracks its factory workers with smart cameras"),
        # a fleet's dashcams are not in the list: the press calls their drivers "drivers"
        Document("AI dashcams watch drivers in the delivery vans"),
        Document("Betriebsrat: Dashcam-Aufnahmen der Lkw-Fahrer nur mit Betriebsvereinbarung"),
        Document("Warehouse managers wear smart glasses to watch pickers' speed"),
        Document("Tesla workers say the company monitors their breaks"),
        Document("TikTok tracks its employees through its Lark app"),
        Document("Can your employer track you on your phone?"),
        Document("VR training lets warehouse workers practise, but records their every move"),
    ]  # fmt: skip
    _ruled_out(model, devices, CONSUMER_DEVICE, kept)


def test_a_product_reviewed_or_ranked_for_buyers_is_not_staff_watched() -> None:
    """A product reviewed or ranked for its buyers, in the title of an item that names no
    worker, is about the product: webcams, time trackers and dashcams reviewed scored
    0.64-0.71 for their monitoring words alone (rules 2026.12.189). The labelled files' 13
    product reviews name no worker and are not relevant (the model file is byte-identical).
    The same guide to software that watches staff names them, and stays relevant."""
    model = load_model()
    reviews = [
        Document("The best webcams for video calls in 2026"),
        Document("Toggl Track review: simple time tracking"),
        Document("Best dash cams of 2026"),
    ]
    kept = [
        Document(
            "The best employee monitoring software of 2026",
            "Compare tools that track what your staff do.",
        )
    ]
    _ruled_out(model, reviews, CONSUMER_DEVICE, kept)
    _relevant(model, kept)


def test_an_algorithm_that_fires_is_read_in_dutch_and_french() -> None:
    """An algorithm that decides who is fired, in Dutch and French, is algorithmic management
    (rules 2026.12.205: probes at 0.52 and 0.40 before), the worker said or not."""
    for title in (
        "Een algoritme beslist wie er ontslagen wordt",
        "Un algorithme décide quels salariés sont licenciés",
    ):
        verdict = judge(Document(title))
        assert "monitoring@title" in verdict.signals, title
        assert load_model().decide(Document(title), verdict).relevant, title


def test_what_is_watched_when_no_staff_are_is_no_monitoring() -> None:
    """The words for staff's idle time, whereabouts and monitoring in the other languages are
    read only with the staff (rules 2026.12.194): downtime, a parcel or a phone found, the
    citizens' movements and the air at home are not how workers are watched."""
    for title in (
        "Ridurre i tempi morti in produzione",
        "Volgen waar je pakket is",
        "Wie Sie verfolgen, wo sich Ihr Paket befindet",
        "App che tracciano gli spostamenti dei cittadini",
        "Monitora la qualità dell'aria in casa",
        "Google now records what you do in Chrome",
        "La app que registra lo que comes",
        "Model predicts whether it will rain",
    ):
        verdict = judge(Document(title))
        assert not any(s.startswith("monitoring@") for s in verdict.signals), title


def test_a_monitor_on_a_desk_is_no_monitoring() -> None:
    """The screen called "monitor" (a monitor, the monitor, der Monitor, il monitor, a 32-inch
    monitor, a monitor review, "monitor de glucosa") is no monitoring term: as one, a title
    alone scored 0.53-0.82 ("Dell UltraSharp 32 monitor review" 0.69, "Monitor de glucosa
    continuo" 0.82, "Der Monitor im Eingangsbereich des Supermarktes" 0.59; rules 2026.12.188).
    The verb, and "the monitoring", still are: no labelled item changed its features."""
    model = load_model()
    screens = [
        Document("Dell UltraSharp 32 monitor review", "A sharp display for office work."),
        Document("Monitor de glucosa continuo"),
        Document("Nuovo monitor Samsung per ufficio"),
        Document("Der Monitor im Eingangsbereich des Supermarktes"),
        Document("LG 27-inch monitor for home offices"),
    ]
    for doc in screens:
        verdict = judge(doc)
        assert not any(s.startswith("monitoring@") for s in verdict.signals), doc.title
        assert not model.decide(doc, verdict).relevant, doc.title
    _relevant(
        model,
        [
            Document("Employers monitor staff keystrokes"),
            Document("Employers that monitor their staff must tell them"),
            Document("The monitoring of staff emails"),
            Document("New monitoring guidance for employers"),
        ],
        frozenset({"monitoring@title"}),
    )


def test_criminals_malware_is_about_its_victims_not_staff() -> None:
    """Criminals' malware or attack in the title (a keylogger in browser extensions, hackers,
    stalkerware), in an item that names no worker, is about its victims: not relevant at any
    score (rules 2026.12.78). "Keylogger malware found in popular browser extensions steals
    passwords" scored 0.90 for its keylogger. The labelled files' such titles (hackers and
    cyberattacks on hospitals, 23andMe, Ticketmaster) are all not relevant."""
    model = load_model()
    attacks = [
        Document("Keylogger malware found in popular browser extensions steals passwords",
                 "Researchers say the extensions recorded every keystroke."),
        Document("Stalkerware app leaks the messages of thousands of victims"),
        Document("Un logiciel malveillant enregistre les frappes au clavier des internautes"),
        Document("Trojaner protokolliert Tastatureingaben und stiehlt Passwörter"),
        Document("Attacco hacker: un keylogger ruba le credenziali bancarie"),
        Document("Ciberdelincuentes roban contraseñas con un keylogger"),
        Document("Cybercriminelen stelen wachtwoorden met een keylogger"),
        # passwords stolen by a browser extension, in Dutch (rules 2026.12.197; 0.89)
        Document("Keylogger in browserextensie steelt wachtwoorden"),
        # a data breach, read by the breach family (rules 2026.12.90)
        Document("Datenleck bei Krankenkasse: Millionen Versicherte betroffen"),
        # a stalker's tracker on a partner (rules 2026.12.81)
        Document("GPS-Tracker am Auto der Ex-Freundin: Mann verurteilt"),
        Document("He hid a tracker in his ex-wife's car, court hears"),
    ]  # fmt: skip
    kept = [
        # a worker named: an employer's keylogger on its staff's computers
        Document("Employer used a keylogger to spy on its staff, court finds"),
        Document("Employer put a GPS tracker on the car of an ex-employee"),
    ]  # fmt: skip
    _ruled_out(model, attacks, MALWARE, kept)


def test_criminals_malware_said_in_the_summary() -> None:
    """Criminals' malware said in the summary under a keylogger's title, in an item that names no
    worker (rules 2026.12.163): security glossaries and news (real-page batches 112-113,
    "Keylogger" over "Malware that records key presses" 0.92, "Keystroke Logging" 0.86), and
    spy apps on a partner's phone. The labelled files' summaries name malware, spyware or an
    attack only in items that are not relevant or that name a worker. A worker named keeps the item
    in the running, and so does a summary naming no criminal."""
    model = load_model()
    glossaries = [
        Document("Keylogger", "Malware that records key presses, implanted to steal passwords."),
        Document("Keystroke Logging (Keylogging)", "Cybercriminals have devised many methods."),
        Document("Keylogger: harmful attack", "Malicious keylogger programs spread online."),
        Document("Keylogger", "Le logiciel malveillant enregistre les frappes au clavier."),
        Document("Definition zum Keylogger", "So stehlen Hacker Passwörter."),
        Document("Was ist ein Keylogger?", "Eine Form von Spyware, die Eingaben mitschreibt."),
        Document("Come vedere se il telefono è sotto controllo", "Un'app spia registra tutto."),
    ]
    kept = [
        Document("Keylogger", "The employer installed it on staff laptops; malware, it says."),
        Document("La CNIL épingle les Keylogger", "Une société enregistrait les frappes."),
    ]
    _ruled_out(model, glossaries, MALWARE, kept)


def test_emotions_read_by_a_machine_are_about_customers_unless_staff_are_named() -> None:
    """Emotions or sentiment read by a machine in the title, in an item that names no worker, are
    about customers, users or drivers when it names them or names no call centre and no work:
    not relevant at any score (rules 2026.12.133). The labelled files hold no such item, so the
    model read every "sentiment analysis" as staff's: "A new sentiment analysis model for
    product reviews" scored 0.84, "Sentiment Analysis in Call Centres: How AI Detects Customer
    Emotions" 0.66 (real-page batch 77). The model file is byte-identical."""
    model = load_model()
    read = [
        Document("A new sentiment analysis model for product reviews"),
        Document("Emotion AI startup raises $20m to read drivers' faces in cars"),
        Document("Hume AI launches an empathic voice interface that detects emotions"),
        Document("Sentiment Analysis in Call Centres: How AI Detects Customer Emotions",
                 "In call centres, this means analysing not just what customers say."),
        Document("L'analyse de sentiment grâce à l'IA : les bénéfices pour votre marque"),
        Document("Stimmungsanalyse: Wie KI Kundenbewertungen auswertet"),
        Document("Analisi del sentiment sui social network: gli strumenti migliori"),
        Document("Análisis de sentimiento de las reseñas de los clientes"),
        Document("Sentimentanalyse van tweets over de verkiezingen"),
        # the other languages' verbs (rules 2026.12.137; 0.67)
        Document("L'IA détecte les émotions des clients au téléphone"),
    ]  # fmt: skip
    kept = [
        # staff named: the employer reads its own people's emotions
        Document("Sentiment analysis of employees' Slack messages"),
        Document("EU's AI Act bans emotion recognition in workplaces"),
        # a call centre or work named, and no customer: the agents are the ones heard
        Document("Emotionserkennung im Callcenter: Datenschützer warnen",
                 "Die Software bewertet die Stimmung der Agenten."),
        Document("Emotionserkennung", "In Arbeit und Bildung sind solche Systeme verboten."),
        # voice and call analytics score agents: not in the list
        Document("Manual vs Automatic Call Scoring", "Call scoring in the contact centre."),
    ]  # fmt: skip
    _ruled_out(model, read, EMOTIONS_READ, kept)


def test_the_readers_own_keystrokes_are_a_users() -> None:
    """ "Your keystrokes" or "your clicks" are the reader's, an app's user's (rules 2026.12.135;
    "An app can log your keystrokes, researcher warns" scored 0.82): another subject leading
    until rules 2026.12.228, which left it at 0.55, on the line of model 2.907b53703e1f; now the
    reader's own device, ruled out at any score, unless a boss or employer is named, whose
    staff are then the subject."""
    model = load_model()
    kept = [
        Document("Is your boss tracking your keystrokes?"),
        Document("Your employer may be logging your keystrokes"),
    ]
    _ruled_out(
        model,
        [
            Document("An app can log your keystrokes, researcher warns"),
            Document("Which apps record your keystrokes? A guide"),
        ],
        CONSUMER_DEVICE,
        kept,
    )
    _relevant(model, kept, frozenset({"pair@title"}))


def test_automated_decisions_about_people_in_general_are_not_staffs() -> None:
    """Automated decisions about people in the title (GDPR's article 22, profiling, SCHUFA's
    credit score), in an item that names no worker, no work or dismissal and no platform,
    driver, rider or courier: people in general are the subject (rules 2026.12.136). The
    labelled files' automated decisions are all platforms' over their drivers, so the model
    read every one as staff's: "Article 22 GDPR: automated decision-making explained" 0.77,
    five pages of real-page batch 79 at 0.73-0.90. The model file is byte-identical."""
    model = load_model()
    decisions = [
        Document("Article 22 GDPR: automated decision-making explained"),
        Document("ICO guidance on automated decision-making and profiling"),
        Document("CJEU rules SCHUFA credit scoring is automated decision-making under GDPR"),
        Document("EuGH: Schufa-Scoring ist automatisierte Entscheidung"),
        Document("Décisions automatisées : ce que dit le RGPD"),
        Document("Decisioni automatizzate e profilazione nel GDPR"),
        Document("Decisiones individuales automatizadas: qué dice el RGPD"),
        Document("Wat is geautomatiseerde besluitvorming?"),
    ]  # fmt: skip
    kept = [
        Document("Automated decision-making at work: TUC calls for new rights"),
        Document("Automated decisions about Uber drivers unlawful, court rules"),
        Document("Automated Decision-Making", "Your rights against purely automated dismissals."),
        Document("Automated decision-making", "Ola drivers asked for their data, the court ruled."),
        Document("Geautomatiseerde besluitvorming bij platforms", "De bezorgers van Deliveroo."),
    ]  # fmt: skip
    _ruled_out(model, decisions, AUTOMATED_DECISIONS, kept)


def test_machines_models_and_prices_monitored_are_not_staff_watched() -> None:
    """The monitoring of machines, models, prices and the weather is no monitoring term ("Datadog
    launches LLM monitoring for AI applications" scored 0.93; rules 2026.12.136); AI monitoring
    of staff still is. A credit score, a service's users' habits and the reader's mood name
    another subject ("Netflix uses AI to monitor viewing habits" 0.68)."""
    model = load_model()
    _unread(
        [
            Document("Datadog launches LLM monitoring for AI applications"),
            Document("New tools for model monitoring in production"),
            Document("Network monitoring and uptime monitoring compared"),
            # in the other languages (rules 2026.12.137; 0.87, 0.70)
            Document("Monitoring von KI-Modellen: neue Tools für Unternehmen"),
            Document("Monitoraggio dei modelli di intelligenza artificiale"),
        ],
        ("monitoring@",),
        model,
    )
    _read(("AI monitoring of warehouse workers draws criticism",))
    for doc in (
        Document("Netflix uses AI to monitor viewing habits"),
        Document("Spotify tracks your mood to recommend songs"),
        Document("Banks use AI for credit scoring, regulator warns"),
        # a gym's members at its door (rules 2026.12.140; real-page batch 80, 0.66)
        Document(
            "Sanción a un gimnasio por controlar el acceso a sus instalaciones a través de "
            "datos biométricos"
        ),
        Document("Gym chain fined for fingerprint scanners at its entrance"),
        # a nursery's children, a care home's residents (rules 2026.12.143; 0.63)
        Document("Videosorveglianza negli asili nido: via libera alla legge"),
        Document("Kameras im Pflegeheim: Datenschützer mahnt Betreiber ab"),
    ):
        verdict = judge(doc)
        assert "other@title" in verdict.signals, doc.title
        assert not model.decide(doc, verdict).relevant, doc.title


def test_fleet_management_and_tracking_locate_the_drivers() -> None:
    """Fleet management and tracking read the vehicles' location for their operator, in every
    language (rules 2026.12.139; "Flottenmanagement-Systeme: Immer im Visier des Chefs" scored
    0.21, real-page batch 33). Since rules 2026.12.560 beside a worker term only; the German page
    is read through the staff "in the boss's sights", and what the software lets the boss see is
    a monitoring term of its own (rules 2026.12.561)."""
    _relevant(
        load_model(),
        [
            Document(
                "Flottenmanagement-Systeme: Immer im Visier des Chefs",
                "Transport- und Flottenmanagement-Systeme werden bei Unternehmen immer "
                "beliebter. Doch der Fahrer muss über die Anwendungen zumindest informiert sein.",
            ),
            Document("Fleet management software lets the boss see every stop"),
            Document("Gestione della flotta: il datore di lavoro vede dove sono i furgoni"),
        ],
        frozenset({"monitoring@title", "strong@title"}),
    )


def test_watching_words_a_title_alone_carries() -> None:
    """Words for watching that a title alone carries, found by deciding real pages on their
    titles (rules 2026.12.153: 0.38, 0.35, 0.50, 0.43, 0.39); not a user's messages read by an
    assistant, nor a consumer's PC recorded by its own operating system."""
    _relevant(
        load_model(),
        [
            Document("Do employees feel their company spies on them?"),
            Document("Can my employer read my Slack messages?"),
            Document("Meta records employee PC activity for AI training"),
            Document(
                "Il controllo del datore sugli strumenti informatici utilizzati dai lavoratori"
            ),
            Document("Mag ik het internetgedrag van thuiswerkende werknemers volgen?"),
        ],
        frozenset({"monitoring@title"}),
    )
    _irrelevant(
        load_model(),
        [
            Document("Google Gemini can now read your messages"),
            Document("Windows Recall records your PC activity"),
        ],
    )


def test_a_french_dismissal_and_spanish_control_of_staff_name_the_worker() -> None:
    """ "Licenciement" names work as "despido" and "licenziamento" do, and "control de los
    trabajadores" is monitoring as "controllo dei lavoratori" is (rules 2026.12.151; a Cour de
    cassation ruling on CCTV as evidence for a dismissal read no worker, 0.21, and "cada vez más
    formas de control a los empleados" no monitoring, 0.47: real pages)."""
    _relevant(
        load_model(),
        [
            Document(
                "La vidéosurveillance, moyen de preuve incontestable en cas de licenciement ? "
                "Non, rappelle la Cour de cassation"
            ),
            Document("Licenciement fondé sur la géolocalisation du véhicule : ce que dit le juge"),
        ],
        frozenset({"pair@title"}),
    )
    _relevant(
        load_model(),
        [
            Document(
                "Los avances tecnológicos hacen que haya más formas de control a los empleados"
            ),
            Document("¿Puede la empresa controlar a sus trabajadores con cámaras ocultas?"),
        ],
        frozenset({"monitoring@title"}),
    )


def test_amazons_warehouses_and_train_crews_are_workplaces() -> None:
    """Amazon's warehouses in every language, a train's crew and a locomotive's cab name the
    workplace (rules 2026.12.159: "dans les entrepôts d'Amazon" 0.21, railway crews' inward
    facing cameras 0.55, real pages)."""
    _relevant(
        load_model(),
        [
            Document(
                "Sous surveillance : le bracelet Amazon au poignet",
                "Défense de se gratter le nez plus d'une seconde : vous êtes sous surveillance "
                "dans les entrepôts d'Amazon.",
            ),
            Document("Railroad to install inward facing cameras to watch train crews"),
            Document("Cameras in locomotive cabs will monitor crew members"),
        ],
        frozenset({"pair@title", "pair@summary"}),
    )


def test_geolocation_is_read_with_a_hyphen_too() -> None:
    """ "Geo-localizzazione" is geolocation as "geolocalizzazione" is, in every language (rules
    2026.12.150; a Garante decision on access to its staff's "geo-localizzazione" data read no
    monitoring at all, was ruled out as a pay dispute, real-page batch 84)."""
    _relevant(
        load_model(),
        [
            Document(
                "Il Garante delimita i confini del diritto di accesso ai dati sulla "
                "geo-localizzazione dei dipendenti",
                "Il mancato riscontro alle istanze di accesso di tre dipendenti, che volevano "
                "verificare la propria busta paga, comporta una sanzione del Garante.",
            ),
            Document("La geo-localisation des salariés par leur employeur"),
            Document("Geo-location of employees: what employers may do"),
            Document("Geo-Lokalisierung von Mitarbeitern im Außendienst"),
        ],
        frozenset({"pair@title"}),
    )


def test_data_protection_at_work_by_name_names_the_subject() -> None:
    """Data protection at work or of staff, by its name in every language, names the subject as
    "Beschäftigtendatenschutz" does: the labelled files call a regulator's guide on it relevant
    (rules 2026.12.141; "Protection des données des salariés : les recommandations de la CNIL"
    scored 0.07, its Italian and Spanish twins 0.17 and 0.18)."""
    _relevant(
        load_model(),
        [
            Document("Protection des données des salariés : les recommandations de la CNIL"),
            Document("La protezione dei dati dei lavoratori: le linee guida del Garante"),
            Document("Protección de datos de los trabajadores: guía de la AEPD"),
            Document("Datenschutz am Arbeitsplatz: Was ist erlaubt?"),
            Document("Arbeitnehmerdatenschutz: neue Orientierungshilfe"),
            Document("Privacy op het werk: wat mag de werkgever?"),
            Document("Data protection at work: new guidance for employers"),
        ],
        frozenset({"strong@title"}),
    )


def test_whistleblowing_naming_no_monitoring_is_a_hard_negative() -> None:
    """Whistleblowing or its reporting channels in a title naming no monitoring is the labelling
    rules' hard negative (rules 2026.12.147; "Whistleblowing-Systeme: Was Arbeitgeber beim
    Datenschutz beachten müssen" scored 0.60). A whistleblower who reveals monitoring is kept."""
    model = load_model()
    told = [
        Document("Whistleblowing-Systeme: Was Arbeitgeber beim Datenschutz beachten müssen"),
        Document("Lanceurs d'alerte : ce que les employeurs doivent savoir"),
        Document("Hinweisgeberschutzgesetz: Pflichten für Arbeitgeber"),
        Document("Canal de denuncias: obligaciones de las empresas con sus empleados"),
        Document("Klokkenluiders beschermd: wat werkgevers moeten regelen"),
    ]  # fmt: skip
    kept = [
        Document("Whistleblower says Amazon tracked warehouse workers' bathroom breaks"),
        Document("Employer monitored whistleblower's emails, court finds"),
    ]  # fmt: skip
    _ruled_out(model, told, WHISTLEBLOWING, kept)
    _relevant(model, kept)


def test_platform_shoppers_and_content_moderators_are_workers() -> None:
    """Instacart's and Shipt's shoppers and content moderators are workers, and being timed to
    the second is monitoring (rules 2026.12.149; 0.51, 0.17); shoppers in a store are customers."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Instacart shoppers rated by customers, deactivated by algorithm"),
            Document("Content moderators are timed to the second by Accenture software"),
        ],
        frozenset({"pair@title"}),
    )
    store = Document("Shoppers tracked by in-store cameras, privacy group warns")
    assert not model.decide(store, judge(store)).relevant


def test_staff_data_sent_or_published_is_what_leaked() -> None:
    """Staff's data sent, published or leaked where it should not go, in every language, is a
    breach (the labelling rules' hard negative: breaches of employee data), read as one (rules
    2026.12.148; "AEPD sanciona a una empresa por enviar los datos de sus empleados por WhatsApp"
    scored 0.72). Monitoring named beside it still decides."""
    model = load_model()
    for doc in (
        Document("AEPD sanciona a una empresa por enviar los datos de sus empleados por WhatsApp"),
        Document("ICO fines company for sending employees' health data to wrong address"),
        Document("Datenpanne: Gehaltsdaten der Mitarbeiter versehentlich verschickt"),
        Document("Le maire avait diffusé les données des agents de la commune"),
    ):
        verdict = judge(doc)
        assert "breach@title" in verdict.signals, doc.title
        assert not model.decide(doc, verdict).relevant, doc.title
    _relevant(
        model, [Document("Employer tracks staff and emailed their location data to a vendor")]
    )


def test_bodycams_that_protect_staff_film_the_public() -> None:
    """Bodycams staff wear to protect them from the public's assaults face the public, whoever
    is named: not relevant at any score (rules 2026.12.142; "Shop staff to wear body cameras to
    deter shoplifters" scored 0.99: a worker and a camera, so the rules paired them). Fixed
    cameras in a workplace film its staff too, whatever they are there for; and a bodycam an
    employer makes its staff wear, for no such purpose, is still read."""
    model = load_model()
    worn = [
        Document("Shop staff to wear body cameras to deter shoplifters"),
        Document("Hospital staff trial wearable cameras to deter violence"),
        Document("Les agents de la RATP équipés de caméras-piétons contre les agressions"),
        Document("Verkäufer tragen Bodycams zum Schutz vor Übergriffen"),
        Document("Il personale sanitario avrà le bodycam contro le aggressioni"),
        Document("Los vigilantes llevarán cámaras corporales contra las agresiones"),
        Document("Boa's krijgen bodycams tegen agressie"),
    ]  # fmt: skip
    kept = [
        Document("CCTV in the warehouse to prevent violence against staff, says employer"),
        Document("Employer made delivery drivers wear body cameras, ICO says"),
    ]  # fmt: skip
    _ruled_out(model, worn, STAFF_PROTECTION, kept)
    _relevant(model, kept)


def test_the_ai_act_in_the_workplace_names_the_subject() -> None:
    """The AI Act named with the workplace in one sentence, in every language, is its workplace
    provisions; the Platform Work Directive's French name without its article (rules
    2026.12.144: 0.21, 0.29, 0.07). Not the AI Act beside workers or employers alone: AI and
    jobs, and every company's duty of AI literacy."""
    model = load_model()
    _relevant(
        model,
        [
            Document("AI-verordening: verboden AI-praktijken op de werkvloer"),
            Document("Il regolamento IA e i sistemi di IA nel rapporto di lavoro"),
            Document("The AI Act in the workplace: a guide"),
            Document("KI-Verordnung: Was sich am Arbeitsplatz ändert"),
            Document("Directive travail de plateforme : la France doit transposer avant décembre"),
            # high-risk AI in employment as the subject (rules 2026.12.152: 0.02)
            Document("EU AI Act: High-risk AI systems in employment – practical steps"),
        ],
        frozenset({"strong@title"}),
    )
    _irrelevant(
        model,
        [
            Document("AI Act will cost jobs, workers fear"),
            Document("AI literacy: what employers must do under the AI Act"),
            Document("High-risk AI systems in employment, education and law enforcement"),
        ],
    )


def test_productivity_software_alone_is_an_office_suite() -> None:
    """Productivity software or tools alone are office suites and AI assistants, not bossware
    ("Apple Intelligence: new productivity tools for your iPhone" scored 0.92, "Microsoft's new AI
    productivity tool summarizes your meetings" 0.75; rules 2026.12.134); staff's productivity
    software, productivity scores and tracking are still monitoring."""
    _unread(
        [
            Document("Apple Intelligence: new productivity tools for your iPhone"),
            Document("Microsoft's new AI productivity tool summarizes your meetings"),
            Document("Google Workspace is the productivity software of choice for startups"),
        ],
        ("monitoring@",),
        load_model(),
    )
    _read(
        (
            "Employee productivity software sales soar during lockdown",
            "Microsoft's productivity score is workplace surveillance, critics say",
            "Productivity tracking of remote staff is on the rise",
        ),
        frozenset({"monitoring@title"}),
    )


def test_the_french_adjective_personnel_is_not_staff() -> None:
    """The word "personnel" names staff in English and French ("le personnel", "HR
    personnel"); French also writes it as the adjective "personal": "données à caractère personnel" and
    "l'ordinateur personnel des étudiants" were read as staff beside "surveillance", and the
    rules called the item relevant (a proctoring page scored 0.79; rules 2026.12.92)."""
    _unread(
        [
            Document("La surveillance des données à caractère personnel"),
            Document("Surveillance de l'ordinateur personnel et de la tablette"),
            Document("Vidéosurveillance : le compte personnel et l'espace personnel en ligne"),
        ],
        ("worker@", "pair@"),
    )
    _read(
        (
            "Surveillance du personnel : la CNIL sanctionne une entreprise",
            "Hospital personnel monitored by badge tracking",
        )
    )


def test_the_plain_words_for_workers_are_workers() -> None:
    """The plain words for (factory) workers in five languages were missing: "Videosurveillance
    des ouvriers sur le chantier" scored 0.12, "Telecamere per controllare gli operai" 0.53
    (rules 2026.12.100). "Impiegati" counts after an article only: after a noun it is "used"."""
    model = load_model()
    _relevant(
        model,
        [Document(text) for text in (
        "Telecamere per controllare gli operai in fabbrica",
        "Telecamere per controllare gli impiegati",
        "Videovigilancia de los operarios en la fábrica",
        "Los asalariados vigilados por la empresa",
        "Videosurveillance des ouvriers sur le chantier",
        "Kameras überwachen die Arbeiter in der Fabrik",
        "Camera's houden arbeiders in de fabriek in de gaten",
        )],
        frozenset({"pair@title"}),
    )  # fmt: skip
    _unread([Document("I sistemi di videosorveglianza impiegati nei negozi")], ("worker@", "pair@"))


def test_monitoring_said_with_the_verb_is_monitoring() -> None:
    """Recorded, located or followed, said with the verb (rules 2026.12.101): "Trabajadores
    grabados sin su consentimiento" scored 0.45; screens captured, messages read, riders switched
    off (rules 2026.12.103). Not an engraving ("un grabado antiguo"), nor a
    Dutch course followed ("een cursus gevolgd")."""
    _read(
        (
            "Trabajadores grabados sin su consentimiento",
            "La trabajadora fue grabada en el vestuario",
            "Beschäftigte per Handy geortet",
            "Werknemers gevolgd via hun telefoon",
            "Staff phones wiretapped by employer",
            # rules 2026.12.103
            "Une entreprise capture l'écran de ses télétravailleurs toutes les dix minutes",
            "Judge rules employer may not read worker Slack messages",
            "Arbeitsgericht: Arbeitgeber darf private Chats der Mitarbeiter nicht lesen",
            "Arbeitgeber las private Chats auf Diensthandy mit",
            "Glovo disattiva i rider senza intervento umano",
            # rules 2026.12.105: the Italian singular "luogo di lavoro" (the pattern read "luoghi"
            # and "luogh" only), a worker recorded, tools that score in the plural
            "Videosorveglianza sul luogo di lavoro: ammonimento del Garante",
            "El TC ampara a una trabajadora grabada sin aviso",
            "Regulator warns firms over AI tools that score staff",
        )
    )
    # staff reading their own e-mails, an engraving, a course followed: no pair
    _unread(
        [
            Document("Mitarbeiter lesen E-Mails im Urlaub"),
            Document("Un grabado antiguo de los trabajadores del puerto"),
            Document("Werknemers hebben een cursus gevolgd"),
        ],
        ("pair@",),
    )


def test_the_founding_story_is_found_in_french_and_german() -> None:
    """The story the project began with, employees' keystrokes and data used to train AI, as the
    French and German press would tell it: "frappes clavier" without "au" or "de" was no
    keystroke, and the German noun "Training der KI" no training (0.28 and 0.08 before; rules
    2026.12.102)."""
    model = load_model()
    for text in (
        "Meta utilise les frappes clavier de ses salariés pour entraîner son IA",
        "Meta nutzt Mitarbeiterdaten zum Training seiner KI",
        "Meta zeichnet Tastatureingaben der Mitarbeiter zum Training der KI auf",
    ):
        doc = Document(text)
        verdict = judge(doc)
        assert verdict.classification.relevant and model.decide(doc, verdict).relevant, text


def test_the_readers_own_boss_and_questions_are_read() -> None:
    """Advice pages ask in the reader's words: "Mon patron peut-il lire mes mails ?", "¿Puede mi
    jefe leer mi correo del trabajo?", "Mag de baas je e-mail lezen?" (0.03-0.52 before; rules
    2026.12.104). 20 of 30 such questions were found, 29 now. Not "der Chef" or "el jefe" alone,
    the head of an authority or a state."""
    model = load_model()
    for text in (
        "Mon patron peut-il lire mes mails ?",
        "Télétravail : l'employeur a-t-il le droit de contrôler mon activité ?",
        "Le patron peut-il installer une caméra dans mon bureau ?",
        "Darf der Arbeitgeber meine E-Mails lesen?",
        "Videoüberwachung im Büro: Was ist erlaubt?",
        "¿Puede mi jefe leer mi correo del trabajo?",
        "Teletrabajo: ¿puede la empresa controlar mi ordenador?",
        "¿Me pueden despedir por lo que graba una cámara?",
        "Mag de baas je e-mail lezen?",
    ):
        doc = Document(text)
        assert model.decide(doc, judge(doc)).relevant, text
    _unread(
        [
            Document("Der Chef der Datenschutzbehörde warnt vor Kameras"),
            Document("El jefe del Estado visita la fábrica"),
        ],
        ("worker@",),
    )


def test_the_ai_acts_workplace_provisions_and_the_directive_in_french() -> None:
    """The AI Act's high-risk category for AI that manages workers, named with the workers or HR
    in five languages, and the Platform Work Directive by its French short name, are the
    subject named outright (0.03-0.18 before; rules 2026.12.106). High-risk AI in general, or a
    list of its areas with "employment" among them, is not (the labelled files' hard negatives)."""
    model = load_model()
    for text in (
        "Directive travailleurs des plateformes : la transposition en France",
        "KI-Verordnung: Hochrisiko-KI im Personalwesen",
        "AI Act: i sistemi di IA per la gestione dei lavoratori sono ad alto rischio",
        "AI Act : les systèmes d'IA de gestion des travailleurs classés à haut risque",
        "AI Act: high-risk rules for systems that manage workers",
    ):
        doc = Document(text)
        assert model.decide(doc, judge(doc)).relevant, text
    _unread(
        [
            Document("Hochrisiko-KI: Bildung, Beschäftigung und Strafverfolgung betroffen"),
            Document("The AI Act high-risk rules are delayed",
                     "The Digital Omnibus delays obligations for high-risk AI in areas such as employment and credit scoring."),
        ],
        ("strong@",),
        model,
    )  # fmt: skip


def test_the_platform_work_directive_by_its_workers_in_the_singular() -> None:
    """The directive named by the platform workers it protects, in the singular and with
    "européenne" between ("Transposition de la directive européenne sur les travailleurs de
    plateforme", 0.33 before, a real page), and in German and Spanish by the same words
    (rules 2026.12.107): the subject named outright."""
    _read(
        (
            "Transposition de la directive européenne sur les travailleurs de plateforme",
            "La directive sur les conditions de travail des travailleurs de plateformes adoptée",
            "Die Richtlinie zur Plattformarbeit muss bis Dezember 2026 umgesetzt werden",
            "La directiva europea sobre los trabajadores de plataformas entra en vigor",
        ),
        frozenset({"strong@title"}),
    )


def test_productivity_is_monitoring_when_measured_not_when_raised() -> None:
    """Productivity is a monitoring term when it is measured, scored or watched, as in English
    ("un logiciel mesure la productivité", "Produktivitäts-Score", "punteggio di produttività",
    "mide su productividad", "productiviteitsscore"), and not alone (rules 2026.12.109): "L'IA
    augmente la productivité des salariés" read worker and monitoring together and scored 0.997
    in five languages. Productivity raised, by AI or otherwise, in the title of an item that
    names no monitoring is AI and jobs, the labelled files' hard negative: ruled out, AI named
    or not ("KI steigert die Produktivität der Beschäftigten" 0.66, "AI verhoogt productiviteit
    van werknemers" 0.86 for their worker words alone). Raised and watched is still read."""
    _read(
        (
            "Un logiciel mesure la productivité des télétravailleurs minute par minute",
            "Produktivitäts-Score: Software bewertet Mitarbeiter",
            "Wie Microsoft Teams die Produktivität von Angestellten misst",
            "La banca classifica i dipendenti con un punteggio di produttività",
            "Los empleados denuncian que un software mide su productividad minuto a minuto",
            "Bank rangschikt medewerkers met een productiviteitsscore",
        ),
        frozenset({"monitoring@title"}),
    )
    model = load_model()
    raised = [
        Document("L’IA générative augmente la productivité des salariés de 14 %"),
        Document("KI steigert die Produktivität der Beschäftigten",
                 "Laut einer Studie arbeiten Mitarbeiter mit ChatGPT schneller."),
        Document("L’intelligenza artificiale aumenta la produttività dei lavoratori"),
        Document("La IA generativa aumenta la productividad de los trabajadores"),
        Document("AI verhoogt productiviteit van werknemers met 14 procent"),
        Document("Generative AI boosts worker productivity by 14%"),
        Document("Produktivitätsgewinne durch KI: Beschäftigte sparen Zeit"),
    ]  # fmt: skip
    kept = [
        Document("AI boosts productivity, but bosses now track every keystroke of employees"),
        Document("Bossware does not boost productivity, study of employees finds"),
    ]
    _ruled_out(model, raised, PRODUCTIVITY_GAIN, kept)
    for doc in kept:
        assert model.decide(doc, judge(doc)).relevant, doc.title


def test_staff_scored_their_messages_read_and_followed_step_by_step() -> None:
    """Headlines written for the purpose (rules 2026.12.110): staff scored or ranked by the verb
    before them ("a plan to score staff on how long they spend at their desks", 0.58), a
    worker's private WhatsApp messages read (two words between "read" and "messages" and an
    apostrophe: 0.43), and drivers followed "auf Schritt und Tritt" (0.58) or its like in the
    other languages are monitoring. Not a survey that ranked workers' concerns, an award's
    ranking, nor staff who read messages themselves."""
    _read(
        (
            "Bank scraps plan to score staff on how long they spend at their desks",
            "Court: employer may not read worker’s private WhatsApp messages on work phone",
            "Boss reads employees’ emails: is that legal?",
            "Lieferdienst: Mitarbeiter werden per App auf Schritt und Tritt verfolgt",
            "I rider seguiti passo passo dalla app dell'azienda",
            "Repartidores vigilados paso a paso por la aplicación",
            "Bezorgers op de voet gevolgd door hun werkgever",
            "Warehouse workers say scanners track their every move",
        ),
        frozenset({"monitoring@title", "pair@title"}),
    )
    _unread(
        [
            Document("Staff of the year awards: we ranked workers nominated by readers"),
            Document("Survey ranked workers’ top concerns: pay and housing"),
            Document("Employees read messages from customers faster with AI"),
        ],
        ("monitoring@",),
    )


def test_remote_work_watched_workstations_and_the_ai_acts_hr_provisions() -> None:
    """Headlines written for the purpose (rules 2026.12.111): remote work watched names the
    subject ("Remote work surveillance: 7 tools that track your screen", 0.57;
    "Homeoffice-Überwachung"), "postes de travail" are a workplace ("vidéosurveillance des postes
    de travail", 0.19), and the AI Act's high-risk category is read with human resources or
    staff managed, evaluated or watched by it ("Les systèmes d'IA utilisés pour évaluer les
    salariés sont à haut risque", 0.06). Not staff merely named beside "high-risk" (AI literacy
    training, the AI Office's staff): the labelled files' AI-Act hard negatives."""
    _read(
        (
            "Remote work surveillance: 7 tools that track your screen",
            "Homeoffice-Überwachung: Wie weit darf der Chef gehen?",
            "Sanction pour vidéosurveillance des postes de travail",
            "AI Act: tools that evaluate employees are high-risk",
            "IA : les systèmes utilisés pour évaluer les salariés sont à haut risque",
            "AI Act: i sistemi per la gestione del personale sono ad alto rischio",
            "KI-Verordnung: Software zur Bewertung von Mitarbeitern gilt als Hochrisiko-KI",
            "Ley de IA: los sistemas para evaluar a los empleados son de alto riesgo",
            "AI-verordening: systemen voor het beoordelen van personeel zijn hoog risico",
        ),
        frozenset({"strong@title", "pair@title"}),
    )
    _unread(
        [
            Document("AI Act: companies must train employees in AI literacy before high-risk rules apply"),
            Document("KI-Verordnung: Unternehmen müssen Mitarbeiter schulen, Hochrisiko-Systeme folgen 2026"),
            Document("High-risk AI systems: staff of the AI Office doubled"),
        ],
        ("strong@",),
        load_model(),
    )  # fmt: skip


def test_a_request_for_ones_own_data_is_not_monitoring() -> None:
    """A person's request for their own data in the title, naming no monitoring, is about the
    right of access (rules 2026.12.112): "Diritto di accesso ai dati: il Garante sanziona un
    datore di lavoro" scored 0.92 and "Data subject access request: employer fined for not
    answering ex-employee" 0.77 for the employer fined; twelve such items of the real feed files
    (the EDPB's coordinated action on the right of access, the CNIL's "droit d'accès") were not
    relevant and are now ruled out. An algorithm or AI keeps it in the running: drivers asking
    for the data behind their deactivation are the subject. And a state scoring its citizens
    ("social scoring") is another subject leading."""
    model = load_model()
    requests = [
        Document("Data subject access request: employer fined for not answering ex-employee"),
        Document("Diritto di accesso ai dati: il Garante sanziona un datore di lavoro"),
        Document("Droit d’accès : un employeur sanctionné pour ne pas avoir communiqué le dossier d’un salarié"),
        Document("Auskunftsanspruch: Arbeitnehmer erhält Kopie seiner Personalakte"),
        Document("Derecho de acceso: la AEPD sanciona a una empresa por no entregar datos a un extrabajador"),
        Document("Inzageverzoek: werkgever krijgt boete voor niet verstrekken personeelsdossier"),
        # named in the summary (rules 2026.12.184: 0.69 for its worker words)
        Document("Workers' data rights: TUC launches guide for union reps",
                 "The guide explains how reps can use data subject access requests to find out "
                 "what data employers hold."),
    ]  # fmt: skip
    kept = [
        Document("Uber drivers win access request for data behind algorithmic firings"),
        Document("Right of access: employer must hand over CCTV footage of the employee"),
        Document("Couriers use access requests to learn how they were tracked",
                 "Subject access requests showed the app logged every stop."),
    ]  # fmt: skip
    _ruled_out(model, requests, ACCESS_REQUEST, kept)
    assert "other@title" in judge(Document("La ley de IA prohíbe el social scoring")).signals
    # passengers in the other languages (rules 2026.12.117: facial recognition at airports, 0.60)
    passengers = Document("Il Garante: stop al riconoscimento facciale negli aeroporti",
                          "I passeggeri non possono essere identificati.")  # fmt: skip
    assert "other@summary" in judge(passengers).signals
    assert not model.decide(passengers, judge(passengers)).relevant


def test_keystrokes_recordings_voices_and_algorithms_in_other_word_orders() -> None:
    """Headlines written for the purpose (rules 2026.12.113), the founding story among them:
    "Meta enregistre les frappes de ses salariés pour entraîner son IA" (0.26: "frappes" was
    read only with "clavier"), "Employees' screen recordings sold to AI labs as training data"
    (0.13), stress heard in a voice ("erkennt Stress in der Stimme", 0.36), and the algorithm
    before its verb in German and Dutch word order ("seine Fahrer per Algorithmus steuert",
    "het algoritme van Temper flexwerkers beoordeelt", 0.25-0.33). Not strikes in the other
    sense of "frappes"."""
    _read(
        (
            "Meta enregistre les frappes de ses salariés pour entraîner son IA",
            "Employees' screen recordings sold to AI labs as training data",
            "Software erkennt Stress in der Stimme von Callcenter-Mitarbeitern",
        ),
    )
    _read(
        (
            "Wie Lieferando seine Fahrer per Algorithmus steuert",
            "Hoe het algoritme van Temper flexwerkers beoordeelt",
        ),
        frozenset({"monitoring@title"}),
    )
    _unread([Document("Frappes aériennes : les salariés de l’usine évacués")], ("monitoring@",))


def test_working_time_is_work() -> None:
    """Working time is work's own context, as "temps de travail" was (rules 2026.12.115): "The
    Polish DPA fined a school for using a fingerprint reader to record teachers' working time"
    scored 0.33 (teachers are an occupation the rules do not hold as workers)."""
    _read(
        ("Fingerprint reader used to record teachers' working time",),
        frozenset({"pair@title"}),
    )


def test_an_employers_own_drivers_and_cashiers_said_with_a_possessive() -> None:
    """An employer's own drivers, cashiers or technicians, said with a possessive, are its staff
    (rules 2026.12.119): "la géolocalisation excessive de ses conducteurs" (0.23), "vigilar a sus
    cajeros" (0.63), and "werkplekken" in the plural ("camera's gericht op werkplekken", 0.54).
    Not "ses agents": the police's and the railway's, with body cameras, film the public."""
    _read(
        (
            "Une société sanctionnée pour la géolocalisation excessive de ses conducteurs",
            "Mercadona instala cámaras con IA para vigilar a sus cajeros",
            "L'azienda controllava con il GPS i suoi autisti",
            "Transportbedrijf volgde zijn chauffeurs met gps",
            "AP: camera's gericht op werkplekken zijn niet toegestaan",
        ),
    )
    _unread(
        [
            Document("La police et ses agents déployés avec des caméras-piétons"),
            Document("La SNCF équipe ses agents de caméras-piétons"),
        ],
        ("worker@", "pair@"),
        load_model(),
    )


def test_ai_by_its_full_name_that_rates_workers() -> None:
    """AI that rates staff was read by its short name ("l'IA qui note"), not by its full name
    ("L'intelligenza artificiale che valuta i lavoratori dei call center", 0.35; rules
    2026.12.116)."""
    _read(
        (
            "L'intelligenza artificiale che valuta i lavoratori dei call center",
            "L'intelligence artificielle qui surveille les salariés",
            "Künstliche Intelligenz, die Mitarbeiter bewertet",
            "La inteligencia artificial que vigila a los empleados",
            "Artificial intelligence that scores warehouse workers",
        ),
        frozenset({"monitoring@title", "pair@title"}),
    )


def test_a_platforms_service_to_its_customers_is_not_its_workers() -> None:
    """A delivery or ride platform named in the title, where no monitoring, none of its drivers,
    riders or couriers, no AI and no regulator is named, is its service or its business (rules
    2026.12.155: five pages on Uber Eats' bill splitting and pick-up scored 0.68-0.81, real-page
    batch 91). Its workers, their ratings or deactivations, an algorithm or a regulator's fine
    keep an item in the running."""
    model = load_model()
    service = [
        Document(
            "Uber Eats brings bill splitting to deliveries",
            "Uber Eats is getting a group order and bill splitting feature that should make it "
            "easier to ensure your friends are picking up their share of the tab.",
        ),
        Document("Uber Eats will now deliver from Costco", "Order groceries in the app."),
        Document("DoorDash launches drone delivery in Dallas", "Drone deliveries to customers."),
        Document("Lieferando testet Lieferung per Drohne"),
        Document("Glovo llega a Roma con entregas en 30 minutos"),
    ]
    kept = [
        Document(
            "Doordash Deactivations, Completion Rates, Late or Incomplete Deliveries",
            "Doordash has a problem. And they're cracking down.",
        ),
        Document("Il Garante privacy sanziona Deliveroo per 2,5 milioni di euro"),
        Document("Uber uses an algorithm to cut ties with drivers"),
        Document("Deliveroo's riders say the app watches their every move"),
    ]
    _ruled_out(model, service, PLATFORM_SERVICE, kept)
    _relevant(model, kept)


def test_tracking_what_surveys_measure_is_not_tracking_staff() -> None:
    """Tracking employee engagement, satisfaction or morale is what surveys measure (rules
    2026.12.158: an HR tool's page scored 0.99 on "Tracking employee engagement", real-page
    batch 98); tracking employees' productivity or activity is still monitoring."""
    _unread(
        [
            Document("Tracking employee engagement with pulse surveys"),
            Document("Why tracking staff satisfaction matters"),
        ],
        ("monitoring@",),
    )
    _irrelevant(
        load_model(),
        [
            Document(
                "Engagement",
                "Tracking employee engagement is about establishing and maintaining a "
                "people-centric company culture.",
            )
        ],
    )
    _relevant(
        load_model(),
        [Document("Tracking employee productivity with screenshots every ten minutes")],
        frozenset({"monitoring@title"}),
    )


def test_airports_and_borders_watch_the_travellers() -> None:
    """Airports, boarding or borders in the title of an item naming no worker: the travellers
    are watched (rules 2026.12.157: "Should We Worry About The Rise Of Biometric Boarding?" 0.77,
    real-page batch 97). Airport staff named keep an item in the running."""
    model = load_model()
    travel = [
        Document(
            "Should We Worry About The Rise Of Biometric Boarding?",
            "Travelers are increasingly seeing biometric or facial data capture at immigration "
            "and boarding.",
        ),
        Document("Biometric Boarding: How Facial Recognition Is Reshaping Air Travel"),
        Document("Reconnaissance faciale dans les aéroports : l'avis du CEPD"),
        Document("Gesichtserkennung am Flughafen: Was Reisende wissen müssen"),
        Document("EU e-gates to scan the faces of all non-EU travellers at the border"),
    ]
    kept = [Document("Airport staff must clock in with fingerprint scanners")]
    _ruled_out(model, travel, TRAVELLERS, kept)
    _relevant(model, kept)


def test_ai_agents_watched_or_watching_are_no_staff() -> None:
    """AI agents in the title of an item naming no worker: software monitored by its makers, or
    software that reads a user's screen or inbox (rules 2026.12.196: probes at 0.56-0.83 for a
    monitoring term alone in the title; the labelled files' four titles on AI agents are all not
    relevant). Staff named keep an item in the running: Meta's agents trained on its staff."""
    model = load_model()
    agents = [
        Document("Datadog launches monitoring for AI agents"),
        Document("New tool logs every keystroke an AI agent makes"),
        Document("KI-Agenten überwachen den Posteingang"),
        Document("Les agents IA surveillent vos e-mails"),
    ]
    kept = [
        Document("Meta will train AI agents by tracking employees' mouse, keyboard use"),
        Document("Employers use AI agents to monitor staff"),
    ]
    _ruled_out(model, agents, AI_AGENTS, kept)
    _relevant(model, kept)


def test_stations_and_the_police_watch_the_public() -> None:
    """Railway stations in the title or summary, and the police or public security forces, of an
    item naming no worker: the travellers and the public are watched (rules 2026.12.187: real
    pages of batch s27 scored 0.61-0.86: "Bundespolizei will Gesichtserkennung an 135
    Bahnhöfen", "Renfe nos vigila: 415 estaciones de cercanías ya tienen cámaras con IA", "Il
    Garante della privacy boccia il riconoscimento facciale della polizia"; the labelled files'
    17 items naming the police and no worker are all not relevant). Staff or police officers
    named keep an item in the running: the officers may be the watched."""
    model = load_model()
    travel = [
        Document(
            "Bundespolizei will Gesichtserkennung an 135 Bahnhöfen",
            "Nach dem Testlauf am Südkreuz sollen Kameras Reisende automatisch mit "
            "Fahndungsfotos abgleichen.",
        ),
        Document(
            "Renfe nos vigila: 415 estaciones de cercanías ya tienen cámaras con IA para "
            "controlarlo todo"
        ),
        Document(
            "Prantl: Gesichtserkennung",
            "Er warnt davor, dass an deutschen Bahnhöfen und Flughäfen Kameras installiert "
            "werden, die Gesichter identifizieren.",
        ),
        # passports (rules 2026.12.197; 0.87)
        Document("Biometrische Pässe: Fingerabdrücke werden Pflicht"),
    ]
    police = [
        # "die Beamten" are the police's officers here, no worker term (rules 2026.12.203)
        Document(
            "Polizei Hamburg setzt KI-Videoüberwachung am Hansaplatz ein",
            "Die Software erkennt Bewegungsmuster wie Schlagen oder Treten und alarmiert die "
            "Beamten.",
        ),
        Document(
            "Il Garante della privacy boccia il riconoscimento facciale della polizia: "
            "“Sorveglianza di massa”"
        ),
        Document(
            "Riconoscimento facciale, il Comune fa chiarezza",
            "Como, l’obiettivo era metterlo a disposizione delle forze dell’ordine ma il "
            "trattamento dei dati biometrici è vietato: stop del Garante della privacy.",
        ),
        Document("Riconoscimento facciale, Garante boccia sistema Viminale"),
    ]
    kept = [
        Document("Station staff to clock in with facial recognition"),
        Document(
            "La polizia locale geolocalizza gli agenti con il GPS: il Garante sanziona il Comune",
            "Il sistema installato sulle auto di servizio registrava la posizione dei dipendenti "
            "anche durante le pause.",
        ),
        Document("Police force monitored officers' keystrokes, watchdog finds"),
        Document("Stazione di lavoro: il Garante vieta il keylogger"),
    ]
    _ruled_out(model, travel, TRAVELLERS, kept)
    _ruled_out(model, police, POLICE)
    _relevant(model, kept[:2])


def test_people_watched_in_their_private_life() -> None:
    """Children, teenagers, motorists, pets or a phone's owner in the title or summary of an item
    naming no worker: their parents, insurers or own phones watch them, not an employer (rules
    2026.12.164). Real pages of batch 115 scored 0.71-0.98 ("Anxious Parents Spy on their Teen
    Drivers--With an App", black box insurance for young drivers, phones' fingerprint readers);
    the labelled files' 33 such items naming no worker are all not relevant. A worker named
    keeps the item in the running, and so does a "parent company" or a call centre's phone."""
    model = load_model()
    private = [
        Document("Anxious Parents Spy on their Teen Drivers--With an App"),
        Document(
            "Cheaper car insurance: our top tips",
            "Telematics or black box insurance offers young drivers cheaper premiums.",
        ),
        Document("Crummy in-display fingerprint readers are ruining new phones"),
        Document("GPS trackers for dogs: what owners should know"),
        Document("Eltern überwachen das Handy ihrer Kinder per App"),
        # one's own phone unlocked by a face scan (rules 2026.12.193; 0.69-0.71 once face scans
        # were read in every language)
        Document("Scan du visage pour déverrouiller son téléphone"),
        # one's own child (rules 2026.12.197; 0.80)
        Document("GPS-tracker voor je kind: handig of te ver?"),
        Document("Handy per Gesichtsscan entsperren: so sicher ist es"),
        Document("Géolocalisation des adolescents : une application pour les parents"),
        Document("GPS per cani: i migliori localizzatori"),
        # the elderly their families track (rules 2026.12.165)
        Document("GPS trackers for seniors with dementia: a buyer's guide"),
        # shoppers paying with their palm (rules 2026.12.176; real-page batch 122, 0.71-0.76)
        Document(
            "Dozens of Whole Foods stores allow customers to pay with palm print biometric data"
        ),
    ]
    kept = [
        Document("Employer tracks the smartphones of its staff"),
        Document("Parent company fined for keylogger on workers' laptops"),
        Document("Amazon installs palm scanners to clock in warehouse workers"),
        Document("Call recording: the agent's phone is monitored", "Calls are scored."),
    ]
    _ruled_out(model, private, PRIVATE_LIFE, kept)


def test_patients_watched_for_their_care_are_not_staff_watched() -> None:
    """Virtual sitters and video monitoring against falls watch the patients, whoever is named
    (rules 2026.12.161: "Remote Video Monitoring: A Novel Approach in Fall Prevention" 1.00,
    three such pages flagged, real-page batch 106); cameras that watch the nurses are still
    monitoring."""
    model = load_model()
    care = [
        Document("Remote Video Monitoring: A Novel Approach in Fall Prevention"),
        Document(
            "Colorado hospital system uses 'virtual sitter' to reduce patient falls",
            "It is placed in patient rooms and allows staff members to monitor patients remotely.",
        ),
        Document("Sturzprävention: Kameras in Patientenzimmern entlasten das Pflegepersonal"),
        Document("Valpreventie met camera's: verpleegkundigen kijken op afstand mee"),
    ]
    kept = [Document("Hospital installs cameras to monitor nurses' breaks")]
    _ruled_out(model, care, PATIENT_CARE, kept)
    _relevant(model, kept)


def test_speed_and_traffic_cameras_watch_every_road_user() -> None:
    """Speed and traffic cameras in the title rule an item out, whoever is named (rules
    2026.12.178: "Speed cameras with AI catch drivers on their phones" scored 0.593, over the
    threshold of model 2.9f01f7ec7ad6, its "drivers" being motorists); cameras in a lorry's cab
    that watch its driver are still monitoring, and "under the radar" is not a road."""
    model = load_model()
    road = [
        Document("Speed cameras with AI catch drivers on their phones"),
        Document("Mobile phone detection cameras catch 10,000 drivers a month"),
        Document("Blitzer mit KI erwischt Lkw-Fahrer am Handy"),
        Document("Radars automatiques : les chauffeurs routiers flashés en masse"),
        Document("Autovelox con intelligenza artificiale: multe per chi usa il cellulare"),
        Document("Los radares de la DGT cazan a los conductores con el móvil"),
        Document("Flitspalen met AI betrappen bellende bestuurders"),
    ]
    kept = [
        Document("Truck drivers' cabs fitted with AI cameras that watch for phone use"),
        Document("Under the radar: how bossware spreads to small firms"),
    ]
    _ruled_out(model, road, ROAD_CAMERAS, kept)
    _relevant(model, kept)


def test_a_crime_told_by_the_police_is_not_monitoring() -> None:
    """A crime or an arrest in the title of an item naming no monitoring is the police's story
    (rules 2026.12.160: "Uber driver 'stabbed passenger': cops" 0.66, "Uber cab driver in India
    arrested after suspected rape" 0.71, real-page batch 104). A manager charged with spying on
    staff names the monitoring and is kept."""
    model = load_model()
    crimes = [
        Document("Uber driver 'stabbed passenger': cops"),
        Document("Uber cab driver in India arrested after suspected rape"),
        Document("Livreur agressé à Marseille : deux hommes interpellés"),
        Document("Lieferfahrer in Berlin überfallen"),
        Document("Rider aggredito a Napoli"),
        Document("Detenido un repartidor por un robo en Sevilla"),
        Document("Bezorger mishandeld in Rotterdam"),
    ]
    kept = [Document("Manager charged with spying on staff through hidden cameras")]
    _ruled_out(model, crimes, CRIME, kept)
    _relevant(model, kept)


def test_heat_at_work_is_safety_not_monitoring() -> None:
    """Heat, the safety at work the news tells every summer, in the title of an item that names
    no monitoring, is occupational safety as an accident is (rules 2026.12.154: five French
    pages on couriers in a heatwave scored 0.62-0.90, real-page batch 90). A French "j'ai" is
    not AI, which keeps a dispute in the running ("J'ai eu un malaise sur mon vélo" was kept by
    it); cameras that watch staff in the heat are still monitoring."""
    model = load_model()
    heat = [
        Document(
            "Canicule : les livreurs à vélo subissent la chaleur pour l'appétit des clients",
            "Des milliers de livreurs à vélo réalisent chaque jour leur tournée pour Uber Eats "
            "et Deliveroo.",
        ),
        Document(
            '"J\'ai eu un malaise sur mon vélo" : le dur labeur des livreurs pendant la canicule'
        ),
        Document("Riders keep delivering through the heatwave"),
        Document("Hitze im Lager: Amazon-Mitarbeiter klagen"),
        Document("I rider di Milano in piazza per il caldo"),
        Document("Ola de calor: los repartidores siguen pedaleando"),
        Document("Bezorgers fietsen door in de hittegolf"),
    ]
    kept = [Document("Thermal cameras watch staff in the heatwave")]
    _ruled_out(model, heat, WORKPLACE_ACCIDENT, kept)
    _relevant(model, kept)
    # AI named keeps a heat story in the running, as it keeps a strike: "ai" is still AI where
    # no apostrophe makes it French
    for title in (
        "The app's AI sends riders out in the heatwave",
        "L'IA envoie les livreurs en pleine canicule",
    ):
        assert judge(Document(title)).ruled != "dispute", title


def test_couriers_deaths_on_the_road_and_sick_pay_are_not_monitoring() -> None:
    """A death or an injury on the road is safety, as an accident at work is, and sick pay is
    pay, in the title of an item naming no monitoring (rules 2026.12.156: "Food delivery cyclist
    killed in Sydney" 0.74, "Deliveroo: provide proper sick pay" 0.89, real-page batch 92). A
    death blamed on an algorithm's quotas, or a camera that watches drivers after a crash, is
    not ruled out."""
    model = load_model()
    safety = [
        Document("Food delivery cyclist killed in Sydney", "Struck by a truck in Redfern."),
        Document("Delivery driver killed on first day at work"),
        Document("Livreur à vélo percuté par une voiture à Lyon"),
        Document("Rider investito a Milano mentre consegnava"),
        Document("Repartidor atropellado en Madrid"),
        Document("Maaltijdbezorger aangereden in Utrecht"),
    ]
    kept = [
        Document("Amazon driver died after the algorithm raised his quota"),
        Document("After a fatal crash, the fleet installs cameras that watch its drivers"),
    ]
    _ruled_out(model, safety, WORKPLACE_ACCIDENT, kept)
    _ruled_out(
        model,
        [
            Document("Deliveroo: provide proper sick pay"),
            Document("Lieferando-Fahrer ohne Lohnfortzahlung im Krankheitsfall"),
        ],
        PAY,
    )


def test_an_accident_at_work_and_underpayment_are_not_monitoring() -> None:
    """An accident or injury at work, or its safety, in the title of an item that names no
    monitoring is occupational safety, a hard negative of the labelling rules (rules
    2026.12.120): "Regulator fines employer for failing to report workplace accident" scored
    0.63, "Sicurezza sul lavoro: aumentano gli infortuni" 0.58. Underpayment is pay ("Labour
    inspectors find widespread underpayment of gig workers", 0.80). Sick leave watched by a
    detective is not an accident ("Arbeitsunfähigkeit")."""
    model = load_model()
    accidents = [
        Document("Regulator fines employer for failing to report workplace accident"),
        Document("Sicurezza sul lavoro: aumentano gli infortuni"),
        Document("Accident du travail : l'employeur condamné"),
        Document("Arbeitsunfall auf der Baustelle: Bußgeld für den Arbeitgeber"),
        Document("Los accidentes laborales crecen un 5 %"),
        Document("Arbeidsongeval in magazijn: werkgever beboet"),
    ]
    kept = [
        Document("Überwachung eines Arbeitnehmers durch Detektiv bei Zweifeln an der Arbeitsunfähigkeit"),
        Document("Cameras that watch workers for safety breaches after a workplace accident"),
    ]  # fmt: skip
    _ruled_out(model, accidents, WORKPLACE_ACCIDENT, kept)
    _ruled_out(
        model, [Document("Labour inspectors find widespread underpayment of gig workers")], PAY
    )
    # higher pay (rules 2026.12.127: "Couriers win higher pay from delivery platform", 0.80)
    _ruled_out(
        model,
        [Document("Couriers win higher pay from delivery platform", "The app pays riders per km."),
         Document("Les livreurs obtiennent de meilleurs salaires")],
        PAY,
    )  # fmt: skip


def test_the_labour_markets_figures_are_not_monitoring() -> None:
    """Jobs, unemployment and inactivity figures in the title of an item that names no
    monitoring are the labour market's news, not how workers are watched (rules 2026.12.123):
    "Taux d'inactivité des travailleurs seniors en hausse" scored 0.58 for its worker word and
    the letters it shares with idle time. A labour inspectorate's look at algorithms is kept."""
    model = load_model()
    figures = [
        Document("Taux d'inactivité des travailleurs seniors en hausse"),
        Document("Unemployment rate for older workers rises to 4.2%"),
        Document("Arbeitsmarkt: Zahl der Beschäftigten steigt erneut"),
        Document("Lavoro, l'Istat: disoccupazione in calo a ottobre"),
        Document("La tasa de paro de los trabajadores jóvenes baja al 25 %"),
        Document("Werkloosheid onder werknemers blijft laag"),
    ]
    kept = [
        Document("Labour market regulator examines algorithms that rate warehouse workers"),
        Document("La Inspección de Trabajo investiga el uso de algoritmos para asignar turnos"),
    ]  # fmt: skip
    _ruled_out(model, figures, LABOUR_MARKET, kept)


def test_what_the_staff_are_given_is_not_monitoring() -> None:
    """What the staff are given or may now do, in the title of an item that names no monitoring,
    is their kit, vehicles or perks, or a new service they offer (rules 2026.12.423): "Amazon's
    delivery drivers get new electric vans from Rivian" scored 0.91 on the model's words for
    drivers and deliveries, "Thuisbezorgd-bezorgers krijgen elektrische scooters" 0.60. Cameras,
    badges or ratings given are monitoring named, and a right or a say given is not a perk."""
    model = load_model()
    given = [
        Document(
            "Amazon's delivery drivers get new electric vans from Rivian",
            "The company now has 20,000 of the vans on the road.",
        ),
        Document("Deliveroo riders can now deliver by e-bike in more cities"),
        Document(
            "Les chauffeurs VTC d'Uber pourront proposer des trajets en moto",
            "Le service sera lancé au printemps à Paris.",
        ),
        Document("Deliveroo-Fahrer bekommen neue Jacken für den Winter"),
        Document("I rider di Deliveroo potranno consegnare anche farmaci"),
        Document("Los repartidores recibirán bicicletas eléctricas"),
        Document(
            "Thuisbezorgd-bezorgers krijgen elektrische scooters",
            "Het bedrijf vervangt zijn fietsen in Amsterdam.",
        ),
    ]
    kept = [
        Document("Delivery drivers get AI cameras that watch them on every shift"),
        Document("Warehouse workers get new badges that track their location"),
        Document("Riders get the right to see how the app rates them"),
        Document("Les livreurs pourront contester les décisions de l'algorithme"),
        Document("Fahrer bekommen Kameras ins Führerhaus, die Müdigkeit erkennen"),
    ]  # fmt: skip
    _ruled_out(model, given, STAFF_GIVEN, kept)


def test_ai_trained_on_staff_clicks_and_work_data_in_every_language() -> None:
    """The founding story told in the other languages' words (rules 2026.12.121): staff's
    clicks ("Los clics de los empleados de Meta alimentarán su IA", 0.37; "Meta e i clic dei
    lavoratori", 0.49), AI fed ("alimentarán su IA"), "entraîner l'IA" (0.11), the German
    "KI-Training" and "Tastatur- und Mausdaten" (0.27), and the data of one's work ("datos de
    trabajo", "données de travail"). Not a click in its other sense ("en un clic")."""
    for title, summary in (
        ("Los clics de los empleados de Meta alimentarán su IA", ""),
        ("Meta e i clic dei lavoratori: il Garante apre un'istruttoria",
         "L'addestramento dell'IA sui dati del personale."),
        ("Vos données de travail peuvent-elles entraîner l'IA de votre employeur ?",
         "Clics, frappes et courriels des salariés servent de données d'entraînement."),
        ("Dürfen Arbeitgeber Mitarbeiterdaten zum KI-Training nutzen?",
         "Tastatur- und Mausdaten der Belegschaft als Trainingsmaterial."),
    ):  # fmt: skip
        assert "ai-training" in judge(Document(title, summary)).signals, title
    _unread(
        [Document("En un clic, les salariés réservent leur place de parking")], ("monitoring@",)
    )


def test_the_founding_story_in_its_headline_variants() -> None:
    """Ten headlines of the founding story written for the purpose found five (rules
    2026.12.122): staff keyboards recorded "for AI" (0.26), "employee data AI training" with what
    staff type (0.27), "Entraînement de l'IA ... données d'activité" (0.16), "L'IA di Meta impara
    dai dipendenti: registrati tasti e clic" (0.19), "la actividad de sus empleados en el
    ordenador" (0.43). Each is now relevant; AI that learns from its users is not."""
    model = load_model()
    for title, summary in (
        ("Meta's plan to record staff keyboards for AI draws EU scrutiny", ""),
        ("EU regulators question Meta over employee data AI training", "The company records what staff type."),
        ("Entraînement de l'IA : Meta collecte les données d'activité de ses salariés", ""),
        ("L'IA di Meta impara dai dipendenti: registrati tasti e clic", ""),
        ("Meta entrena su IA con la actividad de sus empleados en el ordenador", ""),
    ):  # fmt: skip
        doc = Document(title, summary)
        assert model.decide(doc, judge(doc)).relevant, title
    users = Document("Meta's AI learns from users' public posts")
    assert not model.decide(users, judge(users)).relevant


def test_the_founding_story_as_regulators_and_staff_tell_it() -> None:
    """Sixteen more headlines of the founding story written for the purpose found eleven (rules
    2026.12.145): staff's data used "for AI" in every language ("Il Garante chiede chiarimenti a
    Meta sull'uso dei dati dei dipendenti per l'IA" 0.33), each click recorded ("chaque clic est
    enregistré" 0.21), staff's own clicks that train the AI ("KI mit ihren Klicks trainieren"
    0.37), the clicks "de su plantilla" (0.34). Users' data for AI is not staff's."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Il Garante chiede chiarimenti a Meta sull'uso dei dati dei dipendenti per l'IA"
            ),
            Document("Meta-Mitarbeiter sollen KI mit ihren Klicks trainieren"),
            Document("Meta fait travailler ses salariés pour son IA : chaque clic est enregistré"),
            Document("Meta graba los clics de su plantilla para entrenar a su IA"),
            Document("Gebruikt Meta de gegevens van werknemers voor AI?"),
            Document("Les données des salariés pour l'IA : ce que dit la CNIL"),
        ],
    )
    users = Document("Daten der Nutzer für die KI: Meta startet Training")
    assert not model.decide(users, judge(users)).relevant


def test_people_analytics_and_staff_mail_read() -> None:
    """Staff flagged as likely to quit, user behaviour analytics, staff's e-mails read or scanned
    with the verb before them (rules 2026.12.146; 0.29, 0.27, 0.41); a survey of staff who plan
    to quit is no monitoring, nor Gmail scanning its users' mail."""
    model = load_model()
    _relevant(
        model,
        [
            Document("User behaviour analytics flags staff who might quit"),
            Document("AI predicts which employees are likely to quit"),
            Document("DLP software reads employees' outgoing emails"),
        ],
        frozenset({"monitoring@title"}),
    )
    _irrelevant(
        model,
        [
            Document("Staff who might quit: survey finds a third plan to leave"),
            Document("Gmail scans your emails for ads"),
        ],
    )


def test_the_work_mailbox_and_keeping_an_eye_on_staff_in_every_language() -> None:
    """Real pages of batch 67, labelled before they were classified (rules 2026.12.123): the work
    mailbox is the staff's ("Email aziendale, potere di controllo e privacy", 0.53; Bărbulescu's
    subject), the employer's "potere di controllo" is monitoring, and so is the Dutch "in de gaten
    houden" with its verb last ("Mag ik het internetgedrag van thuiswerkende werknemers volgen?",
    0.39). A Dutch business's mailbox is a worker term too; "vicino a" (near) is not a neighbour."""
    model = load_model()
    _relevant(
        model,
        [Document(title, summary) for title, summary in (
        ("Email aziendale, potere di controllo e privacy",
         "L'accesso alla casella della dipendente si rende necessario."),
        ("Mag ik het internetgedrag van thuiswerkende werknemers volgen?",
         "Hoe kan ik de digitale activiteit van thuiswerkende werknemers in de gaten houden?"),
        )],
        frozenset({"pair@title", "pair@summary"}),
    )  # fmt: skip
    for text in ("Accesso alla posta elettronica aziendale dopo il licenziamento",
                 "La CNIL et la messagerie professionnelle", "Zakelijke mailbox ingezien",
                 "Correo corporativo revisado", "Dienstliche E-Mails gelesen"):  # fmt: skip
        assert "worker@title" in judge(Document(text)).signals, text
    assert not {"public@title"} & judge(Document("Il negozio è vicino a casa")).signals


def test_hired_cars_and_neighbours_cameras_lead_as_another_subject() -> None:
    """A rental company fined over its cars' geolocation on a customer's complaint (0.61), an
    owner's cameras on a neighbour's home ("Telecamere sull'immobile del vicino", 0.68; "casa
    plurifamiliare", 0.84) and Dutch rules for cameras on public order ("openbare orde",
    "publieke domein", 0.68) watch renters and passers-by, not staff (rules 2026.12.123)."""
    model = load_model()
    for doc, signal in (
        (Document("Sanction de la CNIL pour dispositif de géolocalisation illégal",
                  "La CNIL a sanctionné une société de location de véhicules ayant recours à un "
                  "système de géolocalisation."), "other@summary"),
        (Document("Telecamere sull'immobile del vicino: illecito civile"), "public@title"),
        (Document("Il monitoraggio elettronico in una casa plurifamiliare è illegale"), "public@title"),
        (Document("Beleidsregels cameratoezicht",
                  "Privacynormen voor het cameratoezicht op de openbare orde."), "public@summary"),
    ):  # fmt: skip
        verdict = judge(doc)
        assert signal in verdict.signals, doc.title
        assert not model.decide(doc, verdict).relevant, doc.title


def test_the_algorithm_that_punishes_orders_refused_and_spains_rider_law() -> None:
    """Real pages of batches 68 and 69 (rules 2026.12.123): the algorithm or the platform as the
    one that punishes ("ma l'algoritmo lo punisce: declassato nella classifica", 0.45), orders
    refused, which platforms count ("Glovo penaliza a los riders que rechazan pedidos"), an
    Italian rider in the singular, Spain's "ley rider" that gave works councils the right to know
    the algorithms managing staff (0.45-0.56 before), the employer's "algoritmos laborales", and
    bosses told where staff are ("let bosses know when you leave the office", 0.41)."""
    model = load_model()
    _relevant(
        model,
        [Document(title, summary) for title, summary in (
        ("Torino, rider ferma ladro di biciclette ma l'algoritmo lo punisce: declassato nella "
         "classifica da cui dipendono turni e guadagni", ""),
        ("Glovo penaliza a los riders que rechazan pedidos", ""),
        ("La 'ley rider' no explica qué se debe saber del algoritmo que decide las rutas de reparto", ""),
        ("Las empresas se niegan a desvelar sus algoritmos laborales un año después", ""),
        ("Microsoft Teams' new feature will let bosses know when you leave the office",
         "The update will allow the platform to track a user's location to determine whether or "
         "not they are in the office."),
        )],
    )  # fmt: skip
    assert "strong@title" in judge(Document("Ley Rider: lo que cambia para las empresas")).signals
    assert "worker@title" in judge(Document("Il rider licenziato dalla piattaforma")).signals
    for text in ("Rider, la piattaforma li punisce se rifiutano le consegne",
                 "Livreurs : l'algorithme les sanctionne quand ils refusent des commandes",
                 "Fahrer, die Aufträge ablehnen, werden gesperrt",
                 "Bezorgers die ritten weigeren krijgen minder werk"):  # fmt: skip
        assert "monitoring@title" in judge(Document(text)).signals, text


def test_the_laws_and_clauses_that_name_monitoring_at_work() -> None:
    """Knowledge the words do not carry (rules 2026.12.124, read off the labelled files' misses,
    so the cross-validated figure is optimistic): Germany's long-debated employee data law
    ("Kommt schon bald ein Beschäftigtendatengesetz?", 0.12), the works council's say over
    technical devices able to watch staff (section 87(1) no. 6 BetrVG), Microsoft 365 under it
    ("Microsoft 365 Mitbestimmung", 0.45), the "glass employee", Spain's and Italy's names for
    data protection at work (the AEPD's guide, 0.07), and the algorithmic black box; California's
    AB 701 and the Warehouse Worker Protection Acts, the TUC's AI bill and Italy's "decreto
    trasparenza" with its automated monitoring systems (rules 2026.12.125; 0.09-0.49). Microsoft
    365 news with no works council in it is not read."""
    model = load_model()
    _relevant(
        model,
        [Document(title) for title in (
        "Kommt schon bald ein Beschäftigtendatengesetz?",
        "Tatbestandsmerkmale des § 87 Abs. 1 Nr. 6 BetrVG",
        "Microsoft 365 Mitbestimmung",
        "Betriebsvereinbarung für Microsoft Office 365",
        "Der gläserne Beschäftigte",
        "Guía de la AEPD para la protección de datos en las relaciones laborales",
        "Linee guida sulla protezione dei dati personali nel rapporto di lavoro",
        # rules 2026.12.125: the laws on warehouse quotas and AI at work by their names
        "CA Aims at Amazon, Throws Wrench in Retail Supply Chain: AB701 signed",
        "New York passes Warehouse Worker Protection Act",
        "The AI Bill Project: the Artificial Intelligence (Employment and Regulation) Bill",
        "Decreto trasparenza e informative ai lavoratori, che caos: ecco i problemi",
        "Obbligo di informativa sui sistemi decisionali o di monitoraggio automatizzati",
        )],
        frozenset({"strong@title"}),
    )  # fmt: skip
    _read(("Spain is about to shatter the gig economy's algorithmic black box",))
    _unread([Document("Microsoft 365: neue Funktionen für Teams")], ("strong@",), model)


def test_staff_laid_off_on_their_data_photographed_and_trucks() -> None:
    """Three more of the labelled files' English misses read by concepts (rules 2026.12.126):
    staff laid off on what their data said ("Xsolla reportedly lays off up to 150 people based
    on big data", 0.34), photographs every few minutes as screenshots were ("Software photographs
    employees every 5 minutes", 0.51), commercial trucks as company vehicles ("Surveillance Video
    in Commercial Trucks", 0.39). Layoffs by seniority are not."""
    for title, signal in (
        ("Games firm lays off 150 people based on big data", "monitoring@title"),
        ("Retailer fired cashiers based on productivity metrics", "monitoring@title"),
        ("App photographs remote staff every 10 minutes", "strong@title"),
        ("Inward-facing cameras in commercial trucks", "pair@title"),
        # rules 2026.12.127: quotas on work speed, firing done automatically, time off task
        ("Hochul approves law addressing work quotas at warehouses", "monitoring@title"),
        ("New law limits quotas at distribution centers", "monitoring@title"),
        ("Amazon system automatically fires staff over time off-task", "monitoring@title"),
        ("California's No Robo Bosses Act and workplace AI", "strong@title"),
        # rules 2026.12.128: the workplace chat seen ("Can My Employer See My Slack Messages?", 0.57)
        ("Can My Employer See My Slack Messages?", "pair@title"),
        # rules 2026.12.129: CCTV in companies ("La vidéosurveillance dans les entreprises", 0.06)
        ("La vidéosurveillance dans les entreprises", "strong@title"),
        # rules 2026.12.131: staff's emotions read, Slack messages analysed (real pages, 0.22-0.49)
        ("AI tool for Slack gives managers insight into employees' emotions", "monitoring@title"),
        ("Measuring team morale: AI anonymously analyzes Slack messages", "monitoring@title"),
        ("Une IA lit les émotions des salariés", "monitoring@title"),
        ("KI erkennt Emotionen der Mitarbeiter", "monitoring@title"),
        # rules 2026.12.132: a courier in the singular, identity checked by a selfie
        ("Uber Eats courier locked out after failing real-time ID check selfie", "pair@title"),
        ("Videovigilancia en la empresa: lo que dice el Supremo", "strong@title"),
        ("Videosorveglianza in azienda: le regole", "strong@title"),
    ):
        assert signal in judge(Document(title)).signals, title
    _unread([Document("Layoffs based on seniority at car plant"),
             Document("EU sets fishing quotas for 2027"),
             Document("Employee morale hits a five-year low, survey finds")], ("monitoring@",), load_model())  # fmt: skip


def test_staff_words_in_their_other_senses_are_not_staff() -> None:
    """A building's owners' association ("syndicat des copropriétaires"), a template
    ("plantilla de política") and a tenancy ended ("Kündigung des Mietvertrags") are not staff, a
    union or a dismissal (rules 2026.12.93); nor are passengers ("subway riders"), a business's
    network ("your company's network"), road checks ("contrôles routiers") or people on their
    own scooters ("E-Scooter-Fahrer") (rules 2026.12.94): beside a camera they made the rules call
    the item relevant (0.57-1.00). The same words in their working senses still are."""
    model = load_model()
    others = [
        Document("Vidéosurveillance en copropriété : les règles",
                 "Le syndicat des copropriétaires peut installer des caméras dans les parties communes."),
        Document("Plantilla de política de videovigilancia para comunidades de vecinos"),
        Document("Fristlose Kündigung des Mietvertrags wegen Videoüberwachung des Treppenhauses"),
        Document("Subway riders face AI cameras that flag fare evasion"),
        Document("Transit agency adds facial recognition to watch bus riders"),
        Document("Uber riders can now share live location with friends",
                 "Uber is adding real-time tracking for passengers."),
        Document("Contrôles routiers : la gendarmerie teste des caméras intelligentes"),
        Document("E-Scooter-Fahrer: Polizei setzt Kameras ein"),
    ]  # fmt: skip
    _unread(others, ("worker@", "pair@"), model)
    network = Document("How to monitor your company's network for intrusions")
    _unread([network], ("worker@", "pair@"))  # the model's own words may still weigh it
    _read(
        (
            "Les syndicats dénoncent la surveillance des salariés",
            "La empresa vigila a su plantilla con cámaras",
            "Fristlose Kündigung nach Videoüberwachung",
            "Deliveroo riders tracked by the app",
            "Uber Eats riders face facial recognition checks",
            "Your company is watching you: bossware records every keystroke",
            "Les routiers surveillés par GPS",
            "Lieferando-Fahrer per App überwacht",
        )
    )


def test_monitoring_words_in_their_other_senses_are_not_monitoring() -> None:
    """Idioms and other nouns are not monitoring: "on track", "fast-tracks", "tracked down", a
    parcel's tracking, a 4K monitor, GPS navigation, spying for a state (rules 2026.12.95); what
    staff themselves monitor or watch, "taux d'inactivité", a camera maker (rules 2026.12.97);
    the labour market's statistics, short-time work (rules 2026.12.98); the Italian and Spanish
    parliaments' chambers ("la Camera", "la Cámara de Diputados") (rules 2026.12.99); web users'
    tracking ("online tracking", "tracking techniques", "tracking pixels") (rules 2026.12.108).
    Beside a worker they made the rules call the item relevant (0.99-1.00). The same words watching
    workers still are, and "corporate monitoring" is not "rate monitor" (the exclusions start
    at a word)."""
    model = load_model()
    idioms = [
        Document("Workers on track to get pay rise this year"),
        Document("UK fast-tracks visas for care workers"),
        Document("Staff on the right track, says CEO"),
        Document("Employer tracks down former employee who leaked documents"),
        Document("Couriers launch parcel tracking app for customers"),
        Document("Employees get new 4K monitors and standing desks"),
        Document("Truckers complain GPS navigation routes them onto small roads"),
        Document("Employee charged with spying for China"),
        # rules 2026.12.97: what staff themselves watch, labour statistics, the camera industry
        Document("Staff monitor the weather before flights"),
        Document("Taux d'inactivité des travailleurs seniors en hausse"),
        Document("Workers at camera maker Canon go on strike"),
        Document("Employees of surveillance camera maker Hikvision face sanctions"),
        # rules 2026.12.98: the statistics of the labour market, short-time work
        Document("Labour market monitoring shows more workers on zero-hours contracts"),
        Document("Employment monitoring report: workers in the gig economy"),
        Document("Il monitoraggio dei contratti dei lavoratori stagionali"),
        Document("Suivi de l'activité partielle des salariés"),
        # rules 2026.12.99: a parliament's chamber, a chamber of commerce, "in camera"
        Document("La Cámara de Diputados aprueba la reforma laboral para los trabajadores"),
        Document("Cámara de Comercio: los empleados del sector crecen"),
        Document("Tribunal hears employee case in camera"),
        # rules 2026.12.108: web users tracked, whoever publishes the guidance
        Document("Employers' websites: EDPB clarifies tracking techniques under ePrivacy"),
        Document("ICO strategy on online tracking: what companies must change"),
        Document("Staff trained to remove tracking pixels from marketing emails"),
    ]
    _unread(idioms, ("monitoring@", "pair@"), model)
    # the model's own words ("watching", "monitor") may still weigh these; the rules do not
    _unread(
        [
            Document("Workers monitor air quality at the plant"),
            Document("Nurses monitor patients around the clock"),
            Document("Employees watching the World Cup at work"),
            Document("Staff are watching the situation closely"),
            Document("La Camera approva il decreto lavoro: più tutele per i lavoratori"),
            Document("Monitoring van de arbeidsmarkt: werkgevers zoeken personeel"),
            Document("Monitoring des Arbeitsmarkts: Beschäftigte in Teilzeit"),
        ],
        ("monitoring@", "pair@"),
    )
    _read(
        (
            "Amazon tracks warehouse workers every second",
            "Corporate monitoring of employees grows",
            "Employees tracked by bossware",
            "Time tracking software for remote workers",
            "Employer tracks employees with GPS",
            "Employer spying on staff",
            "Big Brother is watching: employer installs cameras",
            "Détection de l'inactivité des salariés en télétravail",
            "Cameras in the warehouse watch workers",
            "Monitoraggio dei dipendenti con software",
            "Suivi de l'activité des salariés en télétravail",
            "Werkgevers monitoren werknemers met software",
            "Employer installs a camera above the cashier",
            "La empresa instala una cámara en la oficina para vigilar a los trabajadores",
            "Cámaras en el almacén graban a los empleados",
        )
    )


def test_occupational_health_surveillance_is_not_monitoring() -> None:
    """Occupational health's terms of art ("sorveglianza sanitaria", "vigilancia de la salud",
    "Gesundheitsüberwachung", "surveillance médicale", "health surveillance"), which the
    labelling rules list among the hard negatives, and market surveillance of products are not
    monitoring (rules 2026.12.96): beside a worker they made the rules call the item relevant
    (0.99-1.00). A possessive quantifier keeps "surveillanc" from matching before "e médicale"."""
    model = load_model()
    health = [
        Document("Sorveglianza sanitaria dei lavoratori: obblighi del datore di lavoro"),
        Document("Vigilancia de la salud de los trabajadores"),
        Document("Arbeitsmedizinische Vorsorge: Überwachung der Gesundheit der Mitarbeiter"),
        Document("Surveillance médicale renforcée des salariés"),
        Document("Health surveillance for workers exposed to noise"),
        Document("Marktüberwachung: Arbeitgeber müssen sichere Maschinen kaufen"),
    ]
    _unread(health, ("monitoring@", "pair@"), model)
    _read(
        (
            "Surveillance des salariés : la CNIL sanctionne",
            "Employers step up surveillance of remote workers",
            "Les salariés surveillés par GPS",
            "Sorveglianza dei dipendenti con GPS",
            "Vigilancia de los trabajadores con cámaras",
            "Überwachung der Mitarbeiter per Kamera",
            "Mitarbeiterüberwachung per Software",
        ),
        frozenset({"pair@title", "strong@title"}),
    )


def test_students_and_their_online_exams_are_not_staff() -> None:
    """Students, pupils or their online exams in the title ("proctoring"), in an item that names
    no worker and no teacher, are about the students: not relevant at any score (rules
    2026.12.91). Real-page batch 60's German pages on webcam-watched university exams scored
    0.89 and 0.63. The labelled files' such titles (the CNIL's recommendation on online exams,
    the UvA proctoring case, school surveillance software) are all not relevant, and the model
    file is byte-identical."""
    model = load_model()
    exams = [
        Document("Überwachung von digitalen Hochschulprüfungen",
                 "Die Hochschulen haben sich Lösungen für die Überwachung der Prüflinge während der Prüfung überlegt."),
        Document("Studenten in Kiel und Hagen müssen Onlineüberwachung dulden",
                 "Dürfen Hochschulen ihre Studierenden bei Onlineprüfungen per Webcam und Mikrofon kontrollieren?"),
        Document("Students sue online exam proctoring service over webcam recordings"),
        Document("La télésurveillance des examens en ligne"),
        Document("Esami online: il Garante sulla sorveglianza via webcam"),
        Document("La AEPD multa a un colegio por difundir fotos de alumnos"),
        Document("AP: scholen mogen leerlingen niet filmen in de klas"),
        # a school or university named (rules 2026.12.190; real-page batch s27, 0.84)
        Document("L’Università Bocconi multata di 200mila euro per l’uso di software di "
                 "riconoscimento facciale",
                 "Si chiama proctoring, il software che viene utilizzato per il monitoraggio "
                 "a distanza."),
        Document("Sweden fines school over facial recognition to monitor attendance"),
        # the German dative plural and the classroom (rules 2026.12.204; 0.55, a probe)
        Document("Überwachung von Schülern mit KI-Kameras in Klassenzimmern"),
    ]  # fmt: skip
    kept = [
        # a teacher or a worker named: school staff watched too
        Document("University monitors lecturers' emails during strike"),
        Document("School installs cameras in staff room"),
        Document("Telecamere in aula: spiati docenti e studenti"),
        Document("Cameras in classrooms watch teachers and pupils"),
        Document("Student workers monitored by keystroke software at the campus call centre"),
        # no student or exam in the title: the German "Prüfung" is also an inspection
        Document("Prüfung der Videoüberwachung am Arbeitsplatz durch die Datenschutzbehörde"),
    ]  # fmt: skip
    _ruled_out(model, exams, STUDENTS, kept)


def test_staff_who_took_other_peoples_records_are_the_culprits_not_the_watched() -> None:
    """Insider misuse, which the labelling rules call a hard negative: a member of staff who
    accessed, obtained or sold patients', customers' or passengers' records is the one who
    snooped (rules 2026.12.80). "Rail worker fined for unlawfully obtaining passengers' CCTV
    footage" scored 0.99, "Care home worker fined after accessing residents' files" 0.81. An
    employer that reads its staff's records is not this: the objects here are never staff."""
    model = load_model()
    insiders = [
        Document("Rail worker fined for unlawfully obtaining passengers' CCTV footage"),
        Document("Care home worker fined after accessing residents' files without authorisation"),
        Document("Bank employee sentenced for snooping on customers' accounts"),
        Document("Hospital fines nurse for accessing records of celebrity patient"),
        Document("Un salarié condamné pour avoir consulté des dossiers de patients"),
        Document("Krankenhausmitarbeiter rief unbefugt Patientendaten ab"),
        Document("Accesso abusivo: l'infermiere consultava i dati dei pazienti"),
        Document("Multa a un empleado por consultar los datos de clientes sin motivo"),
        Document("Ambtenaar bekeek zonder reden dossiers van burgers"),
        # the Dutch and German compounds (rules 2026.12.117; 0.82 before)
        Document("Medewerker keek onbevoegd in patiëntendossiers: ontslag terecht"),
        Document("Klinikmitarbeiterin hat Patientenakten unbefugt eingesehen"),
    ]  # fmt: skip
    kept = [
        Document("Employer snooped on staff's WhatsApp messages, tribunal finds"),
        Document("Employer fined for accessing employee's personal emails"),
        Document("Call centre fined for recording its agents' calls with customers"),
        # no sanction and nothing unlawful said: the employer watching its staff handle
        # customers' data (rules 2026.12.88)
        Document("Call centre monitors agents accessing customer data"),
        Document("Employees accessing patient records are logged by the new system"),
    ]  # fmt: skip
    _ruled_out(model, insiders, INSIDER_MISUSE, kept)


def test_staff_who_snooped_on_colleagues_are_the_culprits_not_the_watched() -> None:
    """A member of staff who snooped on, filmed or read the mail of colleagues, their peers, and
    was fined, sacked, charged or tried for it, is insider misuse too: no employer watches its
    staff (rules 2026.12.271). Six of eight such probes scored 1.00, the worker term and the
    snooping verb a pair. A scheme of the employer's that makes staff watch colleagues, and an
    employer's spyware that got staff fired, are not this."""
    model = load_model()
    insiders = [
        Document("Council employee prosecuted for snooping on co-workers' personnel files"),
        Document("Bank worker spied on colleague's messages, tribunal hears"),
        Document("IT manager installed keylogger on colleagues' computers, court told"),
        Document("Snooping into a co-worker's e-mail? You could be arrested"),
        Document("Employee jailed for secretly filming colleagues in office toilet"),
        Document("Worker fined for sharing CCTV footage of colleague on WhatsApp"),
        Document("Un salarié condamné pour avoir espionné les mails de ses collègues"),
        Document("Mitarbeiter spähte E-Mails von Kollegen aus – Geldstrafe"),
        Document("Dipendente spiava le email dei colleghi: condannato"),
        Document("Infermiere licenziato per aver filmato le colleghe nello spogliatoio"),
        Document("Condenado un trabajador por espiar el correo de sus compañeros"),
        Document("Medewerker bespioneerde collega's via hun computers: ontslagen"),
    ]  # fmt: skip
    kept = [
        Document("Amazon asks employees to monitor colleagues for union activity, leaked memo shows"),
        Document("Workers fired after company spyware tracked their keystrokes"),
        Document("Employer read worker's emails: tribunal rules dismissal unfair"),
        Document("Manager used CCTV to monitor staff, tribunal hears"),
    ]  # fmt: skip
    _ruled_out(model, insiders, INSIDER_MISUSE, kept)
    _relevant(model, kept)


def test_watching_over_workers_conditions_is_oversight_not_monitoring() -> None:
    """A brand, the UN, a union or an NGO that monitors workers' conditions, rights, welfare or
    treatment, or tracks the abuses they suffer, watches over the workers, not their work (rules
    2026.12.272): 14 of 19 such probes scored 1.00, the worker term and the monitoring verb a
    pair, and the model alone read four more at 0.66-0.99 once the pair was gone. So do the
    state, a fund or the workers themselves tracking earnings, taxes, visas or contributions
    (rules 2026.12.273: four of four at 1.00). A guide to
    workers' rights under monitoring, and an employer's or a platform's monitoring that a union
    or a report names, are not this."""
    model = load_model()
    overseen = [
        Document("Brands fail to monitor workers' rights in Bangladesh garment factories"),
        Document("UN agency to monitor migrant workers' conditions in Qatar"),
        Document("EU to step up monitoring of posted workers' pay and conditions"),
        Document("Fairwork monitors platform workers' conditions in 38 countries"),
        Document("Human Rights Watch tracks abuses of migrant construction workers in Gulf states"),
        Document("Monitoring the welfare of gig workers: a new index ranks platforms"),
        Document("Une ONG surveille les conditions de travail des livreurs à Paris"),
        Document("Les syndicats surveillent le respect des droits des travailleurs saisonniers"),
        Document("Gewerkschaft überwacht Arbeitsbedingungen der Paketboten"),
        Document("Una ONG vigila los derechos de las trabajadoras del hogar"),
        Document("Unions to monitor employers' compliance with the new working time rules"),
        # money or a status watched, by the state, a fund or the workers themselves (.273)
        Document("Tax office to track gig workers' earnings through platform data"),
        Document("Le fisc surveillera les revenus des travailleurs des plateformes"),
        Document("Finanzamt überwacht Einkünfte von Plattformarbeitern"),
        Document("Home Office to track migrant workers' visa status in real time"),
        Document("Gig workers build app to track their own earnings and expenses"),
        Document("Pension fund tracks members' contributions online"),
        # threats against workers, which the police watch (.274)
        Document("FBI monitors threats against election workers ahead of midterms"),
    ]  # fmt: skip
    kept = [
        Document("Workplace monitoring: know your rights"),
        Document("Monitoring at work: your rights as an employee"),
        Document("Surveillance des salariés : quels droits ?"),
        Document("Überwachung am Arbeitsplatz: Welche Rechte haben Arbeitnehmer?"),
        Document("Amazon monitors warehouse workers' rate with handheld scanners"),
        Document("Platforms must monitor drivers less, says Fairwork report"),
        Document("Gig workers' rights: Uber's algorithm monitors drivers' every move"),
        Document("Pentagon to continuously monitor employees with security clearances"),
    ]  # fmt: skip
    _ruled_out(model, overseen, OVERSIGHT, kept)
    _relevant(model, kept)
    # riders who film the customers are the watchers (.273)
    _irrelevant(
        model, [Document("Delivery riders use GoPro cameras to record abuse from customers")]
    )
    # the Dutch verb's phrase holds its object: the conditions watched are no monitoring term
    assert (
        "monitoring@title"
        not in judge(
            Document("FNV houdt arbeidsomstandigheden van pakketbezorgers in de gaten")
        ).signals
    )


def test_staffs_messages_training_ai_and_pay_an_algorithm_sets_are_read() -> None:
    """What staff wrote named as what trains the AI is the subject named outright, as their
    "data" or "activity" was (the Meta story's class: "Employees' Slack messages used to train
    company AI" 0.41 before); pay an algorithm sets is algorithmic management ("Algorithmische
    Bezahlung" 0.50 before); an ID card is a thing a biometric word watches (rules 2026.12.274).
    """
    model = load_model()
    slack = judge(Document("Employees' Slack messages used to train company AI, staff complain"))
    assert "strong@title" in slack.signals
    _relevant(
        model,
        [
            Document("Employees' Slack messages used to train company AI, staff complain"),
            Document(
                "Algorithmische Bezahlung: Lieferando-Fahrer kritisieren Bonus-System der App"
            ),
            Document("Rémunération algorithmique : les chauffeurs VTC dénoncent l'opacité d'Uber"),
        ],
        frozenset({"strong@title", "pair@title"}),
    )
    # the users' conversations a worker reviews are not the worker's
    contractors = judge(
        Document(
            "Meta contractors can see users' private AI chats, report says",
            "Workers who review conversations to train the AI saw personal details.",
        )
    )
    assert "strong@summary" not in contractors.signals
    seafarers = judge(Document("Seafarers to get biometric ID cards under new ILO convention"))
    assert "monitoring@title" not in seafarers.signals


def test_outsiders_who_spied_on_staff_are_an_attack_not_an_employer_watching() -> None:
    """Hackers, spies or spyware that spied on or targeted the staff a title names are an attack
    on them, whoever is named (rules 2026.12.275: "Chinese hackers spied on US telecom
    employees' emails" 0.99, "newspaper staff targeted by spyware" 1.00); police officers who
    spied on activists are the watchers ("Undercover police officers spied on activists" 0.99).
    An employer's spyware, and staff "spied on" in headline-ese, are staff watched; so is an
    employer's undercover agent set on the staff (0.23 before)."""
    model = load_model()
    attacks = [
        Document("Chinese hackers spied on US telecom employees' emails for months"),
        Document("Journalist under surveillance: newspaper staff targeted by spyware"),
        Document("Mitarbeiter des Auswärtigen Amts mit Spyware ausgespäht"),
        Document("Giornalisti spiati con Paragon: colpiti anche dipendenti di una ONG"),
        Document("Des fonctionnaires ciblés par le logiciel espion Pegasus"),
    ]  # fmt: skip
    kept = [
        Document("Company installed spyware on employees' laptops to track their hours"),
        Document("Workers spied on at Amazon warehouses, union says"),
        Document("Employees spied on by bossware: what the law says"),
        Document("Staff spied on, report finds"),
        Document("Police officers spied on by their own force's software, union claims"),
        Document("Employer used undercover agents to watch warehouse staff"),
    ]  # fmt: skip
    _ruled_out(model, attacks, MALWARE, kept)
    _relevant(model, kept)
    _ruled_out(
        model,
        [Document("Undercover police officers spied on activists for decades, inquiry hears")],
        STAFF_WATCHING,
    )


def test_drones_prescribing_and_bonuses_are_things_watched() -> None:
    """Drones, a doctor's prescribing and a banker's bonuses are things a monitoring word
    watches, not staff (rules 2026.12.276: the model alone read these at 0.66-0.93, a monitoring
    term in the title weighing most)."""
    docs = [
        Document("Air traffic controllers monitor drones near airports with new radar"),
        Document("Medical council monitors doctors' prescribing of opioids"),
        Document("Financial regulator tracks bankers' bonuses under new pay rules"),
    ]
    for doc in docs:
        assert "monitoring@title" not in judge(doc).signals, doc.title
    _irrelevant(load_model(), docs)


def test_the_german_adjective_for_high_risk_ai_at_work_is_read() -> None:
    """The AI Act's article 26(7) in German, said with the adjective or the phrase
    ("hochriskanter KI-Systeme", "KI-Systemen mit hohem Risiko") beside the workplace, the works
    council or the employer, names the subject, as "Hochrisiko-KI" did (rules 2026.12.277: real
    pages at 0.50 and 0.52); the employers' associations are not the employer."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Arbeitgeber müssen Beschäftigte über Nutzung hochriskanter KI-Systeme gem. "
                "Art. 26 KI-VO informieren"
            ),
            Document(
                "Erwägungsgrund 92 KI-Verordnung",
                "Es ist nach wie vor erforderlich, die Unterrichtung der Arbeitnehmer und ihrer "
                "Vertreter über den geplanten Einsatz von KI-Systemen mit hohem Risiko am "
                "Arbeitsplatz sicherzustellen.",
            ),
        ],
        frozenset({"strong@title", "strong@summary"}),
    )
    _irrelevant(
        model,
        [
            Document(
                "Arbeitgeberverbände warnen vor Bürokratie durch Regeln für hochriskante "
                "KI-Systeme in Medizinprodukten"
            )
        ],
    )


def test_a_block_of_flats_cameras_are_the_residents() -> None:
    """A condominium's cameras film its residents, a public place's or neighbours': the model
    rebuilt with rules 2026.12.278, which read a building's common parts too, weighs a public
    place in the title more ("Garante: telecamere nei condomini" 0.71, the model's alone)."""
    doc = Document("Garante: telecamere nei condomini, le regole da rispettare")
    assert "public@title" in judge(doc).signals
    _irrelevant(load_model(), [doc])


def test_a_workers_pay_or_health_data_disclosed_is_a_leak_not_watching() -> None:
    """A worker's payslips or health data sent, published or disclosed, with no monitoring named,
    is a leak a regulator fines, not staff watched (rules 2026.12.279: the model alone read two
    such fines at 0.58 and 0.73); an employer sharing CCTV footage of an employee, or staff's
    keystroke logs, is monitoring named."""
    model = load_model()
    leaks = [
        Document("La AEPD multa a una empresa por enviar las nóminas de sus trabajadores a un cliente"),
        Document("Employer fined for disclosing employee's HIV status to colleagues"),
        Document("Garante: sanzione a un ospedale che ha diffuso le buste paga dei dipendenti"),
    ]  # fmt: skip
    kept = [
        Document("Employer shared CCTV footage of employee with colleagues, tribunal finds"),
        Document("Company sent employees' keystroke logs to their managers every day"),
    ]  # fmt: skip
    _ruled_out(model, leaks, PERSONNEL_RECORDS, kept)
    _relevant(model, kept)


def test_staffs_browsing_logged_or_checked_in_every_language() -> None:
    """Staff's browsing logged or checked, as a noun ("log di navigazione", "registros de
    navegación") or a verb before it ("controllato la navigazione internet"), is monitoring in
    six languages (rules 2026.12.280: three of four such probes of session s34 at 0.22-0.26); a
    browser that tracks its users' browsing, or air navigation control, is not staff watched."""
    _sorts(
        [
            Document(
                "Il Garante ammonisce un Comune per aver controllato la navigazione internet dei "
                "dipendenti"
            ),
            Document(
                "Un employeur sanctionné pour avoir enregistré la navigation web de ses salariés"
            ),
            Document(
                "Despido procedente tras revisar la empresa los registros de navegación del trabajador"
            ),
        ],
        [
            Document("Browsing logs of millions of users leaked online"),
            Document("Contrôle de la navigation aérienne : grève des aiguilleurs du ciel"),
            Document(
                "Registros de navegación: la AEPD multa a una web por no informar a sus usuarios"
            ),
        ],
    )


def test_patients_in_every_language_are_others_watched() -> None:
    """Patients are someone other than staff in Italian, Spanish, German and Dutch too, as in
    English and French; patients monitored or tracked, the verb right before or after them, are
    watched for their care, whoever is named (rules 2026.12.281: seven of eight such probes of
    session s34 relevant at 0.58-0.86, the model's alone). Nurses tracked are staff watched."""
    model = load_model()
    patients = [
        Document("Telecamere nelle stanze dei pazienti: il Garante sanziona una clinica"),
        Document("Videovigilancia en las habitaciones de pacientes: la AEPD sanciona a un hospital"),
        Document("Patienten per Video überwacht: Datenschutzbehörde prüft Klinik"),
    ]  # fmt: skip
    for doc in patients:
        assert "other@title" in judge(doc).signals, doc.title
    _irrelevant(model, patients)
    kept = [
        Document("Infermieri controllati con il GPS: il Garante sanziona l'azienda sanitaria"),
        Document("Hospital monitors nurses and patients with RFID badges"),
    ]
    _ruled_out(
        model,
        [
            Document("L'IA che monitora i pazienti a domicilio"),
            Document("Patiënten met dementie gevolgd met gps-armband: mag dat?"),
        ],
        PATIENT_CARE,
        kept,
    )
    _relevant(model, kept)


def test_visitors_tenants_and_shoppers_in_every_language_are_others_watched() -> None:
    """Visitors, tenants, inhabitants, guests, spectators and shoppers are someone other than
    staff in every language, as visitors and shoppers were in English (rules 2026.12.282: a
    museum's visitors, a landlord's tenants and a supermarket's shoppers watched were relevant
    at 0.56-0.81 in Spanish and Italian, the model's alone)."""
    model = load_model()
    others = [
        Document("El museo controla a los visitantes con cámaras inteligentes"),
        Document("Il proprietario controlla gli inquilini con le telecamere"),
        Document("El casero vigila a los inquilinos con cámaras"),
        Document("Supermercato usa telecamere con IA per seguire gli acquirenti tra gli scaffali"),
    ]
    for doc in others:
        assert "other@title" in judge(doc).signals, doc.title
    _irrelevant(model, others)


def test_patients_records_read_or_sent_by_staff_are_not_staff_watched() -> None:
    """Patients' records (a hospital's "dossier sanitario", medical records, "historia clínica")
    are someone else's data, and a member of staff who read a customer's accounts or sent a
    patient's results to the wrong person is insider misuse, in Italian too (rules 2026.12.283:
    three Italian DPA fines at 0.74-0.81, the model's alone, probes of session s34). Staff's own
    access logs examined by their employer are still staff watched."""
    model = load_model()
    dossier = Document("Dossier sanitario: il Garante sanziona un'azienda ospedaliera")
    assert "other@title" in judge(dossier).signals
    _irrelevant(model, [dossier])
    _ruled_out(
        model,
        [
            Document(
                "Il Garante sanziona una Asl: un dipendente ha inviato per errore i referti a un "
                "altro paziente"
            ),
            Document(
                "Il Garante sanziona un istituto di credito: un dipendente ha consultato "
                "illecitamente i conti di un cliente"
            ),
        ],
        INSIDER_MISUSE,
    )
    _relevant(
        model,
        [
            Document(
                "La AEPD sanciona a un hospital por revisar los correos electrónicos de una empleada"
            )
        ],
    )


def test_an_italian_workers_data_handed_to_others_is_a_leak() -> None:
    """In Italian, a worker's diagnosis or data communicated to colleagues or handed to another
    company, or candidates' files open to every employee, is a leak the Garante fines, not staff
    watched (rules 2026.12.284: four such probes of session s34 at 0.61-0.73, the model's alone);
    a program that recorded what staff did "sul pc" is monitoring ("sul" was not read)."""
    model = load_model()
    leaks = [
        Document(
            "Il Garante sanziona un datore di lavoro che aveva comunicato ai colleghi la diagnosi "
            "di un dipendente"
        ),
        Document("Dati dei lavoratori a un'agenzia di recupero crediti: sanzione del Garante"),
        Document(
            "Il Garante sanziona un'agenzia per il lavoro: i dati dei candidati erano accessibili "
            "a tutti i dipendenti"
        ),
    ]
    _ruled_out(model, leaks, PERSONNEL_RECORDS)
    _relevant(
        model,
        [
            Document(
                "Il Garante sanziona una società per l'uso di un software che registrava le "
                "attività dei dipendenti sul pc"
            )
        ],
        frozenset({"pair@title"}),
    )


def test_an_employees_email_account_accessed_or_kept_open_is_monitoring() -> None:
    """A (former) employee's e-mail account accessed, taken over, forwarded, kept open or
    checked is communications monitoring in six languages (rules 2026.12.285): the labelled
    files' DPA fines for it had been read with a worker term alone, and a DPA's fine naming staff
    with no monitoring was relevant to the model for it ("Il Garante sanziona un ente per aver
    conservato troppo a lungo i dati dei dipendenti cessati" 0.69, a probe of session s34; 0.54
    with the model rebuilt)."""
    _read(
        (
            "Norway: Datatilsynet fines company for automatic forwarding of employee's emails",
            "Accesso all'email dell'ex lavoratore: il Garante sanziona l'azienda",
            "Quando disattivare la casella e-mail di un dipendente cessato?",
            "La CNIL sanctionne l'accès à la messagerie d'un ancien salarié",
            "Multa por acceder al correo electrónico de un ex trabajador",
            "Zugriff auf das E-Mail-Postfach der ehemaligen Mitarbeiterin: Bußgeld",
            "Is werkgevers controle van de zakelijke mailbox mogelijk?",
        )
    )
    _irrelevant(
        load_model(),
        [
            Document(
                "Il Garante sanziona un ente per aver conservato troppo a lungo i dati dei "
                "dipendenti cessati",
                "I fascicoli erano conservati da oltre vent'anni.",
            )
        ],
    )


def test_more_forms_of_the_worker_words() -> None:
    """The French singular and feminine "collaborateur", "collaboratrice", "travailleuse", temps
    ("intérimaires"), the Dutch "personeelsleden" and "uitzendkrachten" and the German
    "Arbeitgeberin" are worker terms (rules 2026.12.286: three such probes of session s34 at
    0.28-0.50); a member of staff in the news for something else is not staff watched."""
    _sorts(
        [
            Document(
                "Géolocalisation d'un collaborateur : la Cour de cassation rappelle les limites"
            ),
            Document("Intérimaires suivis par GPS dans les entrepôts : la CNIL saisie"),
            Document("Personeelsleden van ziekenhuis bespied via camera's in de kleedkamer"),
            Document("Die Arbeitgeberin durfte den Browserverlauf nicht auswerten"),
        ],
        [
            Document("Une collaboratrice de l'Élysée mise en examen pour détournement de fonds"),
            Document("Uitzendkrachten krijgen recht op hetzelfde loon"),
        ],
    )


def test_hr_records_layoffs_and_ones_own_hours_are_things_tracked() -> None:
    """Workers' holiday allowance or training records kept by HR software, job cuts staff keep
    track of, and hours workers track of their own are things tracked, not staff watched (rules
    2026.12.287: four such probes of session s34 at 1.00); where more follows ("holiday
    requests and toilet breaks"), or the staff's keystrokes are tracked, it is monitoring."""
    model = load_model()
    things = [
        Document("HR software now tracks employees' holiday allowance automatically"),
        Document("Company tracks employees' training completion for compliance"),
        Document("Employees are keeping track of the layoffs on an anonymous spreadsheet"),
        Document("Employees tracked their own hours in a new app to claim overtime"),
    ]
    _unread(things, ("pair@",), model)
    _relevant(
        model,
        [
            Document("Bosses track workers' holiday requests and toilet breaks with new software"),
            Document("Company tracked employees' keystrokes to check they were working from home"),
        ],
        frozenset({"pair@title"}),
    )


def test_staff_located_and_the_dutch_staff_tracking_systems() -> None:
    """The French employer who knows a worker's movements or locates them ("connaître les
    déplacements du salarié, de le localiser") and the Dutch Works Councils Act's
    "personeelsvolgsystemen" are read (rules 2026.12.288: two real pages of session s34 at 0.52
    and 0.56)."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Géolocalisation contraire aux bonnes pratiques : sanctions pécuniaires de la CNIL",
                "Ce dispositif permet à l'employeur de connaître les déplacements du salarié, de le "
                "localiser avec une certaine précision.",
            ),
            Document(
                "Privacy: checklist voor de ondernemingsraad",
                "De ondernemingsraad dient door de ondernemer betrokken te worden bij regelingen "
                "voor het gebruik van personeelsvolgsystemen.",
            ),
        ],
    )


def test_checking_whether_staff_are_working_in_every_language() -> None:
    """An employer checking whether staff are working is monitoring in the five other languages,
    as it was in English (rules 2026.12.289: four of six such probes of session s34 at 0.03-0.56,
    and a real German page at 0.07); a machine that "works" is not staff."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Darf der Arbeitgeber kontrollieren, ob ich im Homeoffice wirklich arbeite?"),
            Document("Télétravail : l'employeur peut-il vérifier que ses salariés travaillent ?"),
            Document("¿Puede la empresa comprobar si el trabajador está trabajando en casa?"),
            Document("Mag mijn werkgever controleren of ik thuis wel werk?"),
        ],
        frozenset({"pair@title"}),
    )
    _unread(
        [
            Document("Controleren of je wasmachine goed werkt"),
            Document("Vérifier que votre ordinateur fonctionne après la mise à jour"),
        ],
        ("monitoring@",),
        model,
    )


def test_the_italian_and_french_verbs_of_controlling_staff() -> None:
    """ "Controllare i dipendenti" and "contrôler ses salariés" are monitoring, as the Spanish
    "controlar a los trabajadores" was (rules 2026.12.290: three real Italian pages at 0.10-0.40,
    two French probes at 0.06-0.09, session s34); the social-security checks of sick workers and
    the labour inspectorate's of undeclared work are not an employer watching its staff."""
    _sorts(
        [
            Document("Come controllare i dipendenti in smart working"),
            Document("Comment contrôler ses salariés en télétravail sans enfreindre la loi ?"),
        ],
        [
            Document("L'Inps potrà controllare i lavoratori in malattia anche di sabato"),
            Document("L'Ispettorato controlla i lavoratori in nero nei cantieri"),
        ],
    )


def test_staff_controlled_remotely_as_a_participle() -> None:
    """Staff "controllati a distanza" (Italian's legal name for watching them) and "controlados a
    distancia" name the subject, a worker just before the participle (rules 2026.12.301: a real
    study's title at 0.46, a probe at 0.30, session s35); staff who remotely operated a plant did
    the controlling."""
    _sorts(
        [
            Document("La tutela della privacy del lavoratore controllato a distanza"),
            Document("Dipendenti controllati a distanza con un software: è legale?"),
            Document("Los empleados son controlados a distancia con un programa espía"),
        ],
        [
            Document("I dipendenti hanno controllato a distanza l'impianto durante il blackout"),
            Document("Los trabajadores han controlado a distancia la central durante la tormenta"),
        ],
        frozenset({"strong@title"}),
    )


def test_the_subjects_own_names_in_every_language() -> None:
    """ "Tattleware", the mouse jiggler in the other languages, the singular "telecamera" and the
    algorithm as the boss name the subject (rules 2026.12.302: five of 35 such probes wrong,
    session s35); a cook's "chef algorithme" and a search engine's "Chef-Algorithmus" do not, and
    a staff-monitoring product's name needs a worker term beside it (a vendor's share price is
    business news)."""
    _sorts(
        [
            Document("Tattleware is booming as offices empty"),
            Document("Maus-Beweger: Banken entlassen Angestellte wegen vorgetäuschter Aktivität"),
            Document("Il capo algoritmo: come le app gestiscono i rider"),
            Document("Teramind leak exposes screenshots of employees"),
        ],
        [
            Document("Teramind stock price soars after earnings"),
            Document("The time doctor will see you now: clinic extends opening hours"),
        ],
        frozenset({"strong@title", "pair@title"}),
    )
    _unread(
        [
            Document("Le chef algorithme de la cuisine moléculaire"),
            Document("Googles Chef-Algorithmus für die Suche wird umgebaut"),
        ],
        ("strong@", "pair@"),
    )
    _relevant(
        load_model(),
        [Document("Telecamera accesa obbligatoria in smart working: cosa dice la legge")],
        PAIR_IN_TITLE,
    )


def test_others_watched_with_the_staff_named_only_as_bystanders() -> None:
    """Shoppers, passengers, visitors or buyers watched in a title that names no worker, the staff
    named only after it with nothing watched there, are ruled out (rules 2026.12.304: "Facewatch
    cameras scan shoppers in 400 stores" with "Staff receive an alert" 0.80, four earlier probes at
    0.69-0.84, session s35). Staff watched in the summary, police officers in the title, or
    users (often the staff of the software that watches them) keep an item in the running."""
    model = load_model()
    bystanders = [
        Document("Facewatch cameras scan shoppers in 400 stores",
                 "Staff receive an alert on their phones when a known offender enters."),
        Document("Airport uses AI cameras to track passengers through security",
                 "Staff can see queue times in real time."),
        Document("Le musée compte ses visiteurs avec des caméras intelligentes",
                 "Le personnel d'accueil est informé en temps réel de l'affluence."),
        Document("Supermarkt volgt kopers met slimme camera's",
                 "Medewerkers krijgen een melding als een schap leeg raakt."),
    ]  # fmt: skip
    kept = [
        Document("Supermarket's AI cameras track shoppers",
                 "Staff say the same cameras time their breaks."),
        Document("La polizia locale geolocalizza gli agenti con il GPS: il Garante sanziona il Comune",
                 "I dipendenti del Comune erano tracciati anche in pausa."),
        Document("Microsoft Teams will track users' location via the office Wi-Fi",
                 "The feature tells employers when employees are in."),
    ]  # fmt: skip
    _ruled_out(model, bystanders, OTHERS_WATCHED, kept)


def test_a_tracker_the_staff_must_wear() -> None:
    """A tracker, sensor or wearable the staff must wear, or a tracker they must carry, is
    monitoring in six languages beside a worker term (rules 2026.12.305: seven of eight probes
    missed, session s35); athletes' or soldiers' sensors, fitness trackers for a wellness
    challenge and a layoffs "tracker" are not."""
    _sorts(
        [
            Document("Staff to wear trackers in warehouses"),
            Document("Les salariés devront porter un traceur pendant leur service"),
            Document("Mitarbeiter müssen im Lager Tracker tragen"),
            Document("I dipendenti dovranno indossare un tracker durante il turno"),
            Document("Los trabajadores tendrán que llevar un rastreador en el almacén"),
            Document("Werknemers moeten een tracker dragen in het magazijn"),
        ],
        [
            Document("Athletes wear sensors to measure their sprint speed"),
            Document("Soldiers carry sensors to detect chemical weapons"),
            Document("Staff can now wear fitness trackers for the company wellness challenge"),
            Document("Layoffs tracker: workers cut at tech firms this year"),
        ],
    )


def test_the_readers_questions_about_their_own_employer() -> None:
    """ "Can my boss film me?" in six languages, with the clitics of Italian and Spanish, is read
    (rules 2026.12.306: seven of 26 such probes missed, session s35); filming oneself, an actor's
    "film me" and a browser's own history are not."""
    _sorts(
        [
            Document("Is my employer allowed to film me at work?"),
            Document("Can my manager see my browser history?"),
            Document("Il mio capo può geolocalizzarmi?"),
            Document("Il datore di lavoro può filmarmi?"),
            Document("¿Puede mi jefe geolocalizarme?"),
            Document("¿Me puede grabar mi empresa en el trabajo?"),
        ],
        [
            Document("¿Puedo grabarme cantando en el trabajo para TikTok?"),
            Document("Film me, said the actor to the director"),
            Document("How to clear your browser history in Chrome"),
        ],
    )


def test_the_staff_as_el_personal_and_dutch_freelancers() -> None:
    """The Spanish "el personal" with its article or possessive, and the Dutch "zzp'ers", are
    worker terms (rules 2026.12.307, probes of session s35); "personal" alone, a personal
    trainer and a government's contractors are not."""
    _sorts(
        [
            Document("La compañía controla a su personal con una app"),
            Document("Bedrijf monitort zzp'ers met software"),
        ],
        [
            Document("Su personal trainer le controla la dieta con una app"),
            Document("Google rastrea tus datos de uso personal"),
            Document("Government monitors its contractors' spending on the new hospital"),
        ],
    )


def test_the_law_by_its_names() -> None:
    """The Platform Work Directive's short names and the AI Act's high-risk AI in employment name
    the subject (rules 2026.12.308, probes of session s35); high-risk AI that staff oversee or are
    trained to use does not."""
    _sorts(
        [
            Document("Transposition de la directive plateformes : le projet de loi présenté"),
            Document(
                "Recepimento della direttiva piattaforme: il decreto in Consiglio dei ministri"
            ),
            Document("High-risk AI in employment: what the AI Act requires of employers"),
            Document("IA de alto riesgo en el empleo: obligaciones de las empresas"),
        ],
        [
            Document("Deployers of high-risk AI must ensure their staff are trained"),
            Document("Banks' high-risk AI credit scoring: employees must oversee decisions"),
        ],
        frozenset({"strong@title"}),
    )


def test_irises_scanned_and_drivers_driving_scored() -> None:
    """The iris scanned beside a worker term, and compound-named drivers' driving in German, Dutch
    and Spanish, are read (rules 2026.12.309, probes of session s35); motorists' driving and
    Worldcoin's scans of the public are not."""
    _sorts(
        [
            Document("Bank scans employees' irises at the door"),
            Document("KI bewertet das Fahrverhalten der Paketfahrer"),
            Document("Una IA puntúa la conducción de los repartidores"),
            Document("AI beoordeelt het rijgedrag van pakketbezorgers"),
        ],
        [
            Document("Wie Versicherer das Fahrverhalten der Autofahrer bewerten"),
            Document(
                "Reasons Why Worldcoin Has been Suspended in Kenya after Mass Iris Scan drive"
            ),
        ],
        frozenset({"pair@title", "strong@title"}),
    )


def test_viva_insights_beside_staff() -> None:
    """Microsoft's Viva Insights beside a worker term is monitoring, as its Productivity Score was
    (rules 2026.12.310, a probe of session s35); the product's own news is not."""
    _sorts(
        [Document("Betriebsrat stoppt Einführung von Microsoft Viva Insights")],
        [Document("Microsoft Viva Insights adds new wellbeing features for Teams users")],
    )


def test_what_the_staff_said_or_typed_trains_the_ai() -> None:
    """The staff's calls, conversations and keystrokes named before them, training the AI, in six
    languages, and a chatbot trained on the staff (rules 2026.12.311: eight of 15 probes missed,
    session s35); customers' calls that train an assistant are not."""
    _sorts(
        [
            Document("Bank uses recordings of its call-centre agents to train an AI voice bot"),
            Document("Les conversations des téléconseillers servent à entraîner une IA"),
            Document("Gespräche von Callcenter-Mitarbeitern trainieren KI"),
            Document("Meta registra le digitazioni dei dipendenti per addestrare l'IA"),
            Document("Las llamadas de los teleoperadores sirven para entrenar una IA"),
            Document("Gesprekken van callcentermedewerkers gebruikt om AI te trainen"),
            Document("Company trains its chatbot on staff emails without telling them"),
            Document("Support agents' calls with customers used to train AI"),
        ],
        [
            Document("Le chiamate dei clienti usate per addestrare l'assistente virtuale"),
            Document("Bank trains its assistant on customer calls"),
        ],
        frozenset({"strong@title"}),
    )


def test_the_staffs_work_data_sold_to_ai_firms() -> None:
    """The staff's work data sold or handed to AI firms names the subject in German, Italian,
    Spanish and Dutch (rules 2026.12.312, probes of session s35); an AI firm's own staff's data,
    leaked, does not."""
    _sorts(
        [
            Document("Unternehmen verkaufen Arbeitsdaten ihrer Beschäftigten an KI-Firmen"),
            Document("Aziende vendono i dati di lavoro dei dipendenti alle società di IA"),
            Document("Empresas venden los datos de trabajo de sus empleados a firmas de IA"),
            Document("Bedrijven verkopen werkdata van medewerkers aan AI-bedrijven"),
        ],
        [
            Document("I dati dei dipendenti della società di IA esposti online"),
            Document("Datenleck: Daten von Mitarbeitern eines KI-Unternehmens im Netz"),
        ],
        frozenset({"strong@title"}),
    )


def test_the_algorithm_that_decides_who_works() -> None:
    """The algorithm that decides who works names the subject in six languages (rules
    2026.12.313, probes of session s35); the one that decides who sees one's posts does not."""
    _sorts(
        [
            Document("El algoritmo de Glovo decide quién trabaja y cuánto cobra"),
            Document("L'algoritmo di Glovo decide chi lavora e quanto guadagna"),
            Document("Der Algorithmus entscheidet, wer arbeitet"),
            Document("Het algoritme bepaalt wie werkt en wie niet"),
        ],
        [
            Document("The algorithm decides who sees your posts"),
            Document("L'algoritmo decide chi vede i tuoi contenuti"),
        ],
        frozenset({"strong@title"}),
    )


def test_the_staffs_stress_and_mood_measured() -> None:
    """The staff's stress, mood or burnout detected, measured or predicted is read beside a worker
    term in six languages (rules 2026.12.314: ten of 15 probes missed, session s35); one's own mood,
    heat stress and a study's measures are not."""
    _sorts(
        [
            Document(
                "Une IA prédit l'épuisement professionnel des salariés à partir de leurs e-mails"
            ),
            Document("Arbeitgeber misst die Stimmung der Belegschaft mit Sentiment-Analyse"),
            Document("Sensori misurano lo stress dei lavoratori in fabbrica"),
            Document("Sensores miden el estrés de los trabajadores en la línea de montaje"),
            Document("Sensoren meten de stress van werknemers aan de lopende band"),
        ],
        [
            Document("Employees who track their own mood with an app report less stress"),
            Document("Managers should monitor their own stress, coach says"),
            Document(
                "Worker safety: how wearable sensors detect heat stress on construction sites"
            ),
            Document("Study measures stress of nurses during the pandemic"),
        ],
    )


def test_pay_set_by_an_algorithm() -> None:
    """Pay set by an algorithm in German, and "personalized pay", name the subject (rules
    2026.12.315, probes of session s35); a personalised payslip does not."""
    _sorts(
        [
            Document("Lohn per Algorithmus: Wie Lieferdienste ihre Fahrer bezahlen"),
            Document("Personalized pay: gig apps use data to pay workers less"),
        ],
        [Document("Personalised pay slips now available in the HR app")],
        frozenset({"strong@title"}),
    )


def test_the_staffs_networks_scanned() -> None:
    """The staff's LinkedIn or Facebook scanned or monitored is read (rules 2026.12.316, a probe
    of session s35); staff who check Facebook themselves, and a QR code on Instagram, are not."""
    _sorts(
        [Document("Firm uses AI to scan employees' LinkedIn for signs they may quit")],
        [
            Document("Employees check Facebook at work more than ever, survey finds"),
            Document("Scan the QR code on Instagram to win a trip"),
        ],
    )


def test_the_staffs_voice_analysed_and_screens_recorded() -> None:
    """The staff's voice analysed and their screens recorded, in the languages other than English,
    are read beside a worker term (rules 2026.12.317: nine of 11 probes missed, session s35); a
    singer's voice and a control room's screens are not."""
    _sorts(
        [
            Document("Software analysiert die Stimme der Callcenter-Mitarbeiter und bewertet sie"),
            Document("Un programa analiza la voz de los teleoperadores y los puntúa"),
            Document("Arbeitgeber zeichnet die Bildschirme der Mitarbeiter auf"),
            Document("L'azienda registra lo schermo dei dipendenti in smart working"),
            Document("Werkgever maakt schermopnames van thuiswerkers"),
        ],
        [
            Document("L'IA analyse la voix des chanteurs pour créer des duos"),
            Document("Le personnel enregistre les écrans de contrôle de la centrale"),
        ],
    )


def test_the_staffs_comings_and_goings_checked() -> None:
    """The staff's access data, hours and attendance checked are read in German, Italian and
    Dutch beside a worker term (rules 2026.12.318, probes of session s35); a stadium's access
    data, a town's shop hours and pupils' attendance are not."""
    _sorts(
        [
            Document("Arbeitgeber wertet Zutrittsdaten der Mitarbeiter aus"),
            Document("L'azienda usa i dati dei badge per controllare gli orari dei dipendenti"),
            Document(
                "Werkgever gebruikt toegangspasjes om aanwezigheid van personeel te controleren"
            ),
        ],
        [
            Document("Zutrittsdaten des Stadions: Fans müssen sich registrieren"),
            Document("Il Comune controlla gli orari dei negozi in centro"),
            Document("De aanwezigheid van leerlingen wordt geregistreerd via een app"),
        ],
    )


def test_what_the_employer_may_check_asked_in_every_language() -> None:
    """What the employer may check, asked in Dutch, German, French, Italian and Spanish, is read
    (rules 2026.12.319: 13 of 21 such questions missed, probes of session s36): the question
    ends with the verb of checking, or the staff are its object, or the verb is one of watching;
    the staff watched by their employer, in Dutch. The holidays, a payslip, a vaccination
    certificate, expenses and safety checked are not."""
    _sorts(
        [
            Document("Wat mag een werkgever controleren?"),
            Document("Was darf der Arbeitgeber kontrollieren?"),
            Document("Que peut contrôler l'employeur ?"),
            Document("Cosa può controllare il datore di lavoro?"),
            Document("¿Qué puede controlar la empresa de sus trabajadores?"),
            Document("Mag je werkgever je e-mail meelezen?"),
            Document("Darf der Arbeitgeber Mitarbeiter per GPS orten?"),
            Document("Thuiswerkers worden door hun baas gevolgd met software"),
            Document("Il controllo dei datori di lavoro sui dipendenti in smart working"),
        ],
        [
            Document("Wat mag de werkgever zien op je loonstrook?"),
            Document("Declaraties worden door de werkgever gecontroleerd op juistheid"),
            Document("Darf der Arbeitgeber das Impfzertifikat sehen? Das sagt das Gesetz"),
            Document("Ce que l'employeur peut voir sur la fiche de paie"),
            Document(
                "Green pass, il datore di lavoro può controllare il certificato dei dipendenti"
            ),
            Document("Il controllo del datore di lavoro sulla sicurezza dei cantieri"),
            Document("¿Puede la empresa ver mi certificado de vacunación?"),
            Document("Controles op thuiswerkplek door Arbo-dienst: ergonomie centraal"),
        ],
        PAIR_IN_TITLE | {"monitoring@title"},  # the Italian question's hit holds its employer
    )


def test_the_staffs_use_of_ai_judged() -> None:
    """The staff judged on their use of AI, in their reviews or by how much they use it, in six
    languages (rules 2026.12.320: 8 of 10 probes of session s36 missed), and English agents'
    voices analysed; a hospital league table, a survey of who uses AI and a phone app that
    listens for Parkinson's are not."""
    _sorts(
        [
            Document("Meta will judge employees on their AI usage in performance reviews"),
            Document("Shopify makes AI use part of employee performance reviews"),
            Document("Firms use Copilot dashboards to see which employees are using AI"),
            Document("Meta verfolgt, wie viel die Mitarbeiter KI nutzen"),
            Document("L'uso dell'IA diventa criterio di valutazione dei dipendenti in Meta"),
            Document("Empresas miden cuánto usan la IA sus empleados para evaluarlos"),
            Document("Werkgevers houden bij hoeveel werknemers AI gebruiken"),
            Document("Bank analyses staff voices for signs of stress"),
        ],
        [
            Document("Doctors ranked by their AI adoption in new hospital league table"),
            Document("Gallup checks whether employees use AI at work: 40% do"),
            Document("App analyses your voice to detect Parkinson's disease"),
        ],
        PAIR_IN_TITLE | {"monitoring@title"},
    )


def test_the_staffs_fatigue_measured_and_the_watches_they_must_wear() -> None:
    """The staff's fatigue detected or measured, in six languages, a Fitbit they must wear, and
    Dutch construction workers (rules 2026.12.321, probes of session s36); meeting fatigue, the
    fatigue of steel, patients told to wear a Fitbit and festival-goers' wristbands are not."""
    _sorts(
        [
            Document("Caschi intelligenti monitorano la stanchezza degli operai nei cantieri"),
            Document("Slimme helmen meten vermoeidheid van bouwvakkers"),
            Document("KI-Kameras erkennen die Müdigkeit der Lkw-Fahrer"),
            Document("Employer requires staff to wear Fitbits, then uses sleep data in reviews"),
        ],
        [
            Document("Employees suffer from Zoom meeting fatigue, survey finds"),
            Document("Sensoren messen die Müdigkeit des Stahls"),
            Document("Doctors advise patients to wear Fitbits after heart surgery"),
            Document("Wristbands track festival-goers' movements at Glastonbury"),
        ],
    )


def test_a_boss_who_can_see_what_the_staff_do() -> None:
    """A boss, or software, that can see or shows what the staff do or type is read (rules
    2026.12.322, probes of session s36); a survey that shows what employees do at lunch, a
    photo gallery of a factory and managers who rarely see what their staff do are not."""
    _sorts(
        [
            Document("Bosses can see what employees do on their computers"),
            Document("This software shows managers everything staff type"),
            Document(
                "Microsoft Recall for business lets admins see everything employees did on their PCs"
            ),
        ],
        [
            Document("Survey shows what employees do during lunch breaks"),
            Document("See what workers do at the new Tesla factory: photo gallery"),
            Document("Managers rarely see what their staff do all day, study finds"),
        ],
        PAIR_IN_TITLE | {"monitoring@title"},
    )


def test_the_staffs_browsing_watched_their_readings_passed_on_and_their_driving_judged() -> None:
    """The staff's internet use watched in Dutch and Spanish, their step data passed to managers,
    Dutch staff "op afstand gecontroleerd", the Italian couriers' driving judged (rules
    2026.12.323, probes of session s36); a country's internet use, a fitness app that shares
    steps with your doctor and the couriers' guide are not."""
    _sorts(
        [
            Document("Werkgever controleert internetgebruik van werknemers"),
            Document("La empresa controla el uso de internet de sus empleados"),
            Document("Company gives staff fitness trackers and shares step data with managers"),
            Document("Werknemers op afstand gecontroleerd: wat mag de werkgever?"),
            Document("Un'IA valuta la guida dei corrieri"),
        ],
        [
            Document("El uso de internet en España alcanza el 95%"),
            Document("Fitness app shares step data with your doctor"),
            Document("La guida dei corrieri: come diventare rider in 5 passi"),
        ],
        PAIR_IN_TITLE | {"strong@title"},
    )


def test_a_detective_is_read_beside_the_staff_in_german_italian_and_dutch() -> None:
    """A detective set on the staff is read in German, Italian and Dutch beside a worker term,
    no longer alone (rules 2026.12.324): a detective who finds a lost cat or unmasks a fraudster
    is no one's employer (0.62 and 0.79 before, look-alikes of session s36)."""
    _sorts(
        [
            Document("Arbeitgeber setzt Detektiv auf krankgeschriebenen Mitarbeiter an"),
            Document("Werkgever laat zieke werknemer volgen door privédetective"),
            Document(
                "Investigatori privati per controllare i dipendenti in malattia: la Cassazione"
            ),
        ],
        [
            Document("Detektiv findet vermisste Katze nach drei Wochen"),
            Document("Privédetective ontmaskert oplichter op datingsite"),
        ],
        PAIR_IN_TITLE | {"monitoring@title"},
    )


def test_cooks_watched_and_staff_flagged() -> None:
    """Cooks are workers in every language, and software that flags staff who do something is
    read (rules 2026.12.325, probes of session s36); motorcyclists checked for helmets are
    private life, and software that flags staff shortages is not."""
    _sorts(
        [
            Document("AI cameras in restaurant kitchens check whether cooks wear hats and gloves"),
            Document(
                "Des caméras intelligentes vérifient que les cuisiniers portent une charlotte"
            ),
            Document("AI-camera's controleren of koks handschoenen dragen"),
            Document("Retailer's AI flags cashiers who scan items too slowly"),
        ],
        [
            Document("Telecamere con IA controllano se i motociclisti indossano il casco"),
            Document("Software flags staff shortages before Christmas rush"),
        ],
        frozenset(),
    )


def test_italian_checks_by_their_means_shop_assistants_filmed_and_dutch_taylorism() -> None:
    """The Italian checks on the staff named by their means, shop assistants filmed, and the
    Dutch "digitaal taylorisme" (rules 2026.12.326, probes of session s36); a firm's orders
    ("commesse") and health checks on workers are not."""
    _sorts(
        [
            Document("Controlli tecnologici sui lavoratori: la Cassazione fissa i limiti"),
            Document("Videosorveglianza in negozio: multa al titolare che riprendeva le commesse"),
            Document("Digitaal taylorisme rukt op in distributiecentra"),
        ],
        [
            Document("La Borsa riprende fiato, le commesse tornano a salire"),
            Document("Lo spread spinge le commesse estere"),
            Document("Controlli sanitari sui lavoratori esposti all'amianto"),
        ],
        frozenset(),
    )


def test_german_phrasings_and_an_app_that_knows_where_the_staff_are() -> None:
    """Twenty German items of their own phrasing, six missed: now an app or boss that knows where
    the staff are (six languages), Microsoft Viva by its platform name beside a worker term, the
    staff rated with AI the verb last, and their phone or login data analysed (rules
    2026.12.327, probes of session s36); parents, a phone's "Find My", pupils rated with AI and
    a staff survey's data are not."""
    _sorts(
        [
            Document("Lieferando-Fahrer: Die App weiß immer, wo sie sind"),
            Document("Betriebsrat stoppt Einführung von Microsoft Viva"),
            Document("Wie Callcenter ihre Mitarbeiter mit KI bewerten"),
            Document("Auswertung von Telefondaten der Mitarbeiter: Bußgeld gegen Versicherer"),
            Document("Werkgever weet altijd waar de chauffeurs zijn"),
        ],
        [
            Document("Eltern wissen per App immer, wo ihre Kinder sind"),
            Document("Apple's Find My app knows where your friends are"),
            Document("Wie Schulen ihre Schüler mit KI bewerten"),
            Document("Auswertung der Umfragedaten der Mitarbeiter zeigt hohe Zufriedenheit"),
        ],
        frozenset(),
    )


def test_spanish_and_french_phrasings() -> None:
    """Twenty Spanish and twenty French items of their own phrasing, five missed: now algorithms
    in the management of the workforce (six languages), Spanish drivers scored with AI, one
    French employee filmed, the staff's e-mails checked said with the French noun, and the
    factory's gate (rules 2026.12.328, probes of session s36); stock and traffic management, an
    employee who films, fraudulent e-mails and a strike at the gate are not."""
    _sorts(
        [
            Document(
                "La Inspección de Trabajo investiga el uso de algoritmos en la gestión de plantillas"
            ),
            Document(
                "La empresa de reparto que puntúa a sus conductores con inteligencia artificial"
            ),
            Document("Un salarié filmé à son insu dans son bureau obtient réparation"),
            Document("Contrôle des e-mails des salariés : l'employeur condamné"),
            Document("Reconnaissance faciale à l'entrée de l'usine : la CNIL met en demeure"),
        ],
        [
            Document("Algoritmos para la gestión de inventarios en la distribución"),
            Document("Des algorithmes dans la gestion des feux de circulation"),
            Document("Un salarié filme son chef en train de l'insulter"),
            Document("Contrôle des e-mails frauduleux : les conseils de l'ANSSI"),
            Document("Grève aux portes de l'entrepôt Amazon"),
        ],
        frozenset(),
    )


def test_dutch_phrasings() -> None:
    """Twenty Dutch items of their own phrasing, three missed: now staff followed to the minute,
    judged on their tone, and a scanner or app that records every stop or step beside a worker
    term (rules 2026.12.329, probes of session s36); skaters timed to the second, a pedometer
    app and a parking app are not."""
    _sorts(
        [
            Document("Flitsbezorgers gevolgd tot op de minuut door hun app"),
            Document("AI beoordeelt klantenservicemedewerkers op hun toon"),
            Document("Pakketbezorgers klagen over scanner die elke stop registreert"),
        ],
        [
            Document("Schaatsers gemeten tot op de seconde in Thialf"),
            Document("Elke stap telt: app die elke stap registreert helpt ouderen bewegen"),
            Document("Parkeerapp die elke minuut telt bespaart geld"),
        ],
        frozenset(),
    )


def test_italian_phrasings_a_second_time() -> None:
    """Twenty more Italian items of their own phrasing, six missed: now the employer that may look
    at a device, staff filed or spied on without an auxiliary, couriers and cashiers checked,
    riders checked by an app, every move measured and a system that hands out the shifts beside
    a worker term (rules 2026.12.330, probes of session s36); the police checking e-bike riders,
    a referee's video, a stadium's seats and vaccination slots are not."""
    _sorts(
        [
            Document("Controlli sul cellulare aziendale: quando il datore può guardare"),
            Document("Dipendenti schedati in base ai post sui social: sanzione del Garante"),
            Document("Glovo multata per 5 milioni: così l'app controllava i rider"),
            Document(
                'Amazon, i lavoratori del magazzino di Passo Corese: "Ci misurano ogni movimento"'
            ),
            Document("Lavoro e IA: il sistema che assegna i turni ai rider finisce sotto accusa"),
        ],
        [
            Document("Controllare i rider della bici elettrica: i vigili in azione a Milano"),
            Document("Il Var controlla ogni movimento dei giocatori in campo"),
            Document("Il sistema che assegna i posti a sedere allo stadio"),
            Document("Le système qui attribue les créneaux de vaccination"),
        ],
        frozenset(),
    )


def test_german_phrasings_a_second_time() -> None:
    """Twenty more German items, seven missed: now every keystroke counted, the app that sets the
    pace of work, staff located ("ortet") beside a worker term, AI before the appraisal, and mood
    detection (rules 2026.12.331, probes of session s36); a conductor's tempo, a timetable's
    beat, the police locating a phone and mood detection in smart speakers are not."""
    _sorts(
        [
            Document("Wenn die Software jeden Tastendruck zählt"),
            Document("Gorillas-Rider: Die App bestimmt das Tempo"),
            Document("Krankenhaus ortet Pflegekräfte per Funkchip"),
            Document(
                "Künstliche Intelligenz in der Personalauswahl und Leistungsbeurteilung: Was erlaubt ist"
            ),
            Document("Callcenter-Agenten: Stimmungserkennung per KI"),
        ],
        [
            Document("Der Dirigent bestimmt das Tempo: Beethoven in der Elbphilharmonie"),
            Document("Das System setzt den Takt: neue S-Bahn-Fahrpläne"),
            Document("Polizei ortet Handy des Entführers"),
            Document("Stimmungserkennung: Smarte Lautsprecher sollen Gefühle der Nutzer erkennen"),
        ],
        frozenset(),
    )


def test_a_spanish_control_app_and_staff_controlled() -> None:
    """A control app and the staff controlled, in Spanish (rules 2026.12.332, probes of session
    s36); a parental-control app, an expenses app and the police checking drivers are not."""
    _sorts(
        [
            Document(
                "Una empresa obliga a sus trabajadores a instalar una app de control en su móvil personal"
            ),
            Document("Así controla Amazon a sus mozos de almacén: cada minuto cuenta"),
        ],
        [
            Document("App de control parental: las mejores de 2026"),
            Document("App de control de gastos para autónomos"),
            Document("La policía controla a los conductores en la A-6"),
        ],
        frozenset(),
    )


def test_what_only_the_summary_says() -> None:
    """Regulators' and courts' items whose titles say nothing, read by their summaries: the
    Dutch drivers' location followed, one Spanish cashier filmed (rules 2026.12.333, probes of
    session s36); an ATM and parents following their children are not."""
    _sorts(
        [
            Document(
                "Boete voor transportbedrijf",
                "De Autoriteit Persoonsgegevens heeft een boete opgelegd aan een transportbedrijf "
                "dat de locatie van zijn chauffeurs ook buiten werktijd volgde.",
            ),
            Document(
                "Tribunal Supremo, Sala de lo Social, sentencia 456/2025",
                "El Supremo declara nula la prueba obtenida mediante cámaras ocultas que grababan "
                "a una cajera sin informarle.",
            ),
        ],
        [
            Document("El cajero automático se tragó mi tarjeta"),
            Document("Ouders volgen de locatie van hun kinderen met een app"),
        ],
        frozenset(),
    )


def test_english_phrasings_a_second_time() -> None:
    """Twenty more English items, five missed: now staff under AI scrutiny, palms scanned, an AI
    that listens to every call, location tags staff must wear, and toilet breaks limited (rules
    2026.12.334, probes of session s36); firms under regulators' AI scrutiny, palm payments,
    palm oil and a phone's assistant are not."""
    _sorts(
        [
            Document(
                "'Like working in a fishbowl': call centre staff describe life under AI scrutiny"
            ),
            Document("Workers at meat plant must scan palms to enter and leave"),
            Document("Call centre agents get real-time nudges from AI that listens to every call"),
            Document("Hospital staff ordered to wear location tags, sparking privacy row"),
            Document("Airline limits cabin crew toilet breaks with new app"),
        ],
        [
            Document("Big Tech firms under AI scrutiny from EU regulators"),
            Document("Amazon One: pay by scanning your palm at Whole Foods"),
            Document("Google Assistant listens to every conversation, users fear"),
            Document("Airline limits toilet breaks on short flights for passengers"),
        ],
        frozenset(),
    )


def test_french_phrasings_a_third_time() -> None:
    """Fifteen more French items, five missed: now forklift drivers and stretcher-bearers as
    workers, the pace set by the scanners, and advisers rated (rules 2026.12.335, probes of
    session s36); a strike, an exhibition on the industrial age and town councillors rated by
    citizens are not."""
    _sorts(
        [
            Document("Temps de pause chronométrés : la grogne monte chez les caristes"),
            Document("La CNIL rappelle à l'ordre un hôpital qui géolocalisait ses brancardiers"),
            Document("Entrepôts : la cadence imposée par les scanners épuise les préparateurs"),
            Document(
                "Reconnaissance vocale et notation des conseillers : un syndicat saisit la CNIL"
            ),
        ],
        [
            Document("Les caristes en grève pour les salaires"),
            Document(
                "La cadence imposée par les machines à la Renaissance industrielle : une exposition"
            ),
            Document(
                "Notation des conseillers municipaux par les citoyens : une appli fait polémique"
            ),
        ],
        frozenset(),
    )


def test_spanish_calls_timed() -> None:
    """The time of each call or break measured, in Spanish (rules 2026.12.336, a probe of session
    s36); a restaurant app timing orders and a telecom billing its customers' calls are not."""
    _sorts(
        [Document("El comité de empresa denuncia un software que mide el tiempo de cada llamada")],
        [
            Document("La app que mide el tiempo de cada pedido en tu restaurante favorito"),
            Document(
                "Telefónica registra la duración de las llamadas de sus clientes para facturar"
            ),
        ],
        frozenset(),
    )


def test_dutch_phrasings_a_second_time() -> None:
    """Fifteen more Dutch items, five missed: now how long staff take measured, nurses followed
    with a chip, shifts handed out by an algorithm, staff e-mails scanned, flex workers and the
    "digitale baas" (rules 2026.12.337, probes of session s36); an app that times children's
    screen time, a planner's Christmas rota, a spam filter and the police are not."""
    _sorts(
        [
            Document("Callcenter meet hoe lang medewerkers naar de wc gaan"),
            Document("Ziekenhuis volgt verpleegkundigen met chips in hun badge"),
            Document("Algoritme deelt diensten in bij distributiecentrum: vakbond boos"),
            Document("Bedrijf gebruikt AI om e-mails van personeel te scannen op ontevredenheid"),
            Document("De digitale baas: hoe apps het werk van flexwerkers sturen"),
        ],
        [
            Document("Nieuwe app meet hoe lang kinderen op hun telefoon zitten"),
            Document("Planner deelt diensten in voor de kerstdagen"),
            Document("Spamfilter scant mails op virussen"),
            Document("Politie scant e-mails van verdachten in fraudezaak"),
        ],
        frozenset(),
    )


def test_real_pages_of_the_thirty_seventh_session() -> None:
    """Real pages of session s37 that were missed: a Dutch title checking home workers, the
    Italian checks the employer may make, one French remote worker, a Dutch
    headline's participle and its means, attendance control by biometrics said the other way
    round, AI used to manage people (rules 2026.12.339); a sick worker checked, a breath test, an
    Italian sick-leave check and crowds managed at a festival are not."""
    _sorts(
        [
            Document(
                "Controleren thuiswerkende werknemer kent strikte voorwaarden",
                "Het is in sommige gevallen toegestaan om werknemers te controleren.",
            ),
            Document("Lavoro da remoto, quali controlli può fare il datore di lavoro"),
            Document("Obligation de webcam allumée : un télétravailleur obtient gain de cause"),
            Document("Pakketbezorgers van PostNL gevolgd via scanner"),
            Document(
                "Legalidad en uso de biometría",
                "La guía de la AEPD sobre tratamientos de control de presencia mediante sistemas "
                "biométricos puede afectar a las interpretaciones realizadas en esta publicación.",
            ),
            Document(
                "Dignity at work and the AI revolution",
                "Left unchecked, the use of AI to manage people will lead to work becoming an "
                "increasingly lonely and isolating experience.",
            ),
        ],
        [
            Document("Mag de werkgever een zieke werknemer controleren?"),
            Document(
                "Chauffeurs gecontroleerd met blaastest bij busbedrijf",
                "Het busbedrijf controleert chauffeurs op alcohol.",
            ),
            Document("Quali controlli può fare il datore di lavoro sulla malattia del dipendente?"),
            Document("Event organisers use AI to manage people at festivals"),
        ],
        frozenset(),
    )


def test_whatsapp_groups_coffee_badging_and_management_by_algorithm() -> None:
    """Real pages of session s37 (rules 2026.12.340): a worker's own phone put in the employer's
    WhatsApp group is the worker's records, not monitoring (0.60-0.65: three Spanish fines); the
    return to the office enforced by badge swipes ("coffee badging"), the BigBrotherAwards'
    workplace category and management by AI or algorithm name the subject; an employer reading
    the staff's WhatsApp groups stays relevant, and the management of projects or stock by AI,
    a parcel's tracking number and the awards for the police are not."""
    _sorts(
        [
            Document("Return to Office Attendance Tracking: How to End Coffee Badging"),
            Document("BigBrotherAward 2022 Workplace: Lieferando"),
            Document(
                "Management par l'IA : les temps modernes 2.0",
                "Un rapport de l'EU-OSHA lance l'alerte au sujet des systèmes de gestion des "
                "équipes fondés sur l'IA.",
            ),
            Document("Empresa espiaba los grupos de WhatsApp de sus trabajadores"),
        ],
        [
            Document(
                "Multan a una empresa con 70.000 euros por meter a una trabajadora en un grupo de "
                "WhatsApp durante sus vacaciones"
            ),
            Document("Multa AEPD por uso del WhatsApp laboral"),
            Document("Project management by AI: new tools for planners"),
            Document("Le management par l'IA des stocks en magasin"),
            Document("BigBrotherAward 2024 for the police's facial recognition"),
        ],
        frozenset(),
    )


def test_tools_of_control_ai_use_as_a_metric_and_work_location_detection() -> None:
    """Real pages of session s37 (rules 2026.12.341): AI as a tool to control the staff in four
    languages (0.14), AI use made a performance indicator or added to the reviews (0.34-0.48),
    and Microsoft Teams' work location detected from the office Wi-Fi (0.41); a tool to control
    product quality or expenses and a country's AI adoption as a productivity measure are not."""
    _sorts(
        [
            Document("L'intelligenza artificiale come strumento di controllo dei dipendenti"),
            Document("El algoritmo como herramienta de control de los trabajadores"),
            Document("Large U.S. companies turn AI usage into a performance indicator"),
            Document("AI Use Added to Employee Performance Reviews at Some Companies"),
            Document(
                "Microsoft Teams work location detection with Places: auto office presence",
                "Microsoft Teams will soon be able to automatically update a user's work location "
                "the moment their laptop joins a company Wi-Fi network.",
            ),
        ],
        [
            Document(
                "Strumento di controllo della qualità dei prodotti per i dipendenti del magazzino"
            ),
            Document("Herramientas de control de gastos de los empleados"),
            Document("Countries turn AI adoption into a key productivity measure, OECD says"),
        ],
        frozenset(),
    )


def test_faces_read_at_work_in_five_languages_and_job_interviews() -> None:
    """The staff's facial expressions analysed, in German, French, Italian, Spanish and Dutch
    (0.16-0.20 before: probes of session s37; rules 2026.12.344), beside a worker term; actors',
    customers', patients' and dogs' faces are not, nor a German job interview read by AI (0.69:
    a real page), the applicants' as in English."""
    _sorts(
        [
            Document("KI analysiert die Mimik der Beschäftigten im Callcenter"),
            Document("Une IA analyse les expressions faciales des salariés en réunion"),
            Document(
                "Un software analizza le espressioni facciali dei dipendenti durante le chiamate"
            ),
            Document("Una empresa analiza las expresiones faciales de sus empleados con IA"),
            Document(
                "Software analyseert gezichtsuitdrukkingen van werknemers tijdens vergaderingen"
            ),
        ],
        [
            Document("KI analysiert die Mimik von Schauspielern für Animationsfilme"),
            Document("Un software analizza le espressioni facciali dei clienti al supermercato"),
            Document("La IA analiza las expresiones faciales de los pacientes con dolor"),
            Document("Software herkent gezichtsuitdrukkingen van honden"),
            Document(
                "KI im Bewerbungsgespräch: Wenn Algorithmen über Karrieren entscheiden",
                "Viele Unternehmen setzen auf KI, um Bewerbungsverfahren zu optimieren.",
            ),
        ],
        frozenset(),
    )


def test_heart_rate_brain_activity_and_eye_tracking_of_staff() -> None:
    """The staff's heart rate and brain activity measured and French eye tracking (probes of
    session s37, 0.16-0.38; rules 2026.12.345), beside a worker term; a patient's pulse, a chess
    player's brain, mice and dyslexic children are not."""
    _sorts(
        [
            Document("Wearables messen den Puls der Lagerarbeiter"),
            Document("Diademas que miden la actividad cerebral de los trabajadores"),
            Document("Werkgevers meten hersenactiviteit van werknemers met hoofdbanden"),
            Document(
                "Caschi che leggono le onde cerebrali dei lavoratori: il rischio della "
                "neurosorveglianza"
            ),
            Document(
                "Un logiciel de suivi oculaire vérifie si les télétravailleurs regardent l'écran"
            ),
        ],
        [
            Document("Ärzte messen den Puls von Patienten mit einer neuen App"),
            Document("Une étude mesure l'activité cérébrale des joueurs d'échecs"),
            Document("Onderzoekers meten hersenactiviteit van muizen"),
            Document("L'oculométrie aide les enfants dyslexiques à lire"),
        ],
        frozenset(),
    )


def test_screenshot_tutorials_are_not_screenshots_of_staff() -> None:
    """How to take a screenshot or record one's own screen, in the tech press's tutorials, is a
    consumer's device (0.61-0.88 before, model only: probes of session s37; rules 2026.12.346);
    the employer's screenshots of the staff's computers stay relevant, in every language, and so
    does a guide for bosses that names the employees."""
    _sorts(
        [
            Document(
                "Werkgever maakte elke tien minuten schermafbeeldingen van de computers van "
                "werknemers"
            ),
            Document(
                "Arbeitgeber macht alle zehn Minuten Screenshots vom Bildschirm der Mitarbeiter"
            ),
            Document(
                "How to take a screenshot of what your employees do: a guide for bosses",
                "Monitoring software can capture employees' screens.",
            ),
        ],
        [
            Document("How to take a screenshot on Windows 11"),
            Document("Bildschirmaufnahme unter Android: So geht's"),
            Document("Comment faire une capture d'écran sur Mac"),
            Document("Zo maak je een schermafbeelding op je laptop"),
        ],
        frozenset(),
    )


def test_staff_data_training_ai_said_five_more_ways() -> None:
    """The staff's data training AI, said five more ways (probes of session s37, 0.09-0.33;
    rules 2026.12.347): their messages that "will train" the company's bot, German staff data as
    training data and AI fed with their chats, the Italian "allenare", the Spanish "plantilla",
    the Dutch "trainingsdata"; customers' data fed to AI and staff trained to use AI are not."""
    _sorts(
        [
            Document("Staff told their Slack messages will train the company's chatbot"),
            Document(
                "Mitarbeiterdaten als Trainingsdaten: Konzern füttert KI mit Chats der Belegschaft"
            ),
            Document(
                "I dati dei lavoratori usati per allenare l'IA: il caso che preoccupa i sindacati"
            ),
            Document("Los datos de la plantilla sirven para entrenar la IA de la compañía"),
            Document("Gegevens van personeel gebruikt als trainingsdata voor AI-model"),
        ],
        [
            Document("Konzern füttert KI mit Kundendaten, Datenschützer besorgt"),
            Document("Empresas forman a sus empleados para usar la IA"),
            Document("Werkgevers trainen personeel in het gebruik van AI"),
        ],
        frozenset(),
    )


def test_a_workers_laptop_or_mail_searched_with_the_verb_last() -> None:
    """A worker's laptop or mailbox searched, or their mails read, the Dutch and German way with
    the verb last (DPA-style titles probed in session s37, 0.32-0.37; rules 2026.12.348); the
    police reading suspects' mails and parents searching a child's phone are not."""
    _sorts(
        [
            Document("AP: werkgever mag niet zomaar de laptop van een werknemer doorzoeken"),
            Document("LfDI: Arbeitgeber darf dienstliche E-Mails nicht ohne Weiteres lesen"),
            Document("Chef liest heimlich die Chats seiner Mitarbeiter mit"),
        ],
        [
            Document("Polizei darf E-Mails von Verdächtigen lesen, urteilt Gericht"),
            Document("Ouders mogen de telefoon van hun kind niet zomaar doorzoeken"),
        ],
        frozenset(),
    )


def test_payment_platforms_and_italian_nurses_tracked() -> None:
    """The Platform Work Directive's French and Italian short names are not a directive on
    payment platforms (0.96 before); Italian nurses and cashiers tracked or spied on are staff
    (0.25 before): probes of session s37, rules 2026.12.349. Patients tracked are not."""
    _sorts(
        [
            Document("L'ospedale traccia gli infermieri con badge RFID"),
            Document("Il supermercato spiava le cassiere con telecamere nascoste"),
            Document("Transposition de la directive plateformes : le projet de loi présenté"),
        ],
        [
            Document("La directive sur les plateformes de paiement entre en vigueur"),
            Document("Direttiva sulle piattaforme di pagamento: nuove regole per le banche"),
            Document("L'ospedale traccia i pazienti con braccialetti RFID"),
        ],
        frozenset(),
    )


def test_the_states_mass_surveillance_is_not_the_employers() -> None:
    """Data retention, chat control and mass surveillance are the state's watching of everyone
    (a real page of session s37 at 0.84: "Bundesregierung setzt nach Chat-Control-Stopp auf neue
    Überwachungspläne"; rules 2026.12.350); an employer scanning the staff's chats stays."""
    _sorts(
        [
            Document(
                "Arbeitgeber im Visier: Nach der Chatkontrolle droht die Überwachung der "
                "Mitarbeiter-Chats",
                "Unternehmen sollen die Nachrichten ihrer Beschäftigten scannen.",
            ),
        ],
        [
            Document(
                "Bundesregierung setzt nach Chat-Control-Stopp auf neue Überwachungspläne",
                "Nach dem Stopp der verpflichtenden Chat-Überwachung drängt die Koalition auf die "
                "Speicherung von IP-Adressen. Für Unternehmen entstehen neue "
                "Compliance-Herausforderungen.",
            ),
        ],
        frozenset(),
    )


def test_footage_for_discipline_and_a_worker_filmed_while_stealing() -> None:
    """Real Italian Cassazione pages of session s37 (rules 2026.12.351): footage used for
    discipline (0.43) and a worker "ripreso mentre" stealing (0.04) are the staff watched; a
    championship resumed while it rained and a tourist filmed on the Colosseum are not."""
    _sorts(
        [
            Document(
                "Cassazione: è possibile utilizzare le immagini a fini disciplinari a condizione "
                "che il CCNL non preveda diversamente"
            ),
            Document(
                "Furto in azienda e licenziamento: la Cassazione conferma la sanzione",
                "Un lavoratore è stato licenziato per giusta causa dopo essere stato ripreso "
                "mentre sottraeva beni aziendali.",
            ),
        ],
        [
            Document("Il campionato è stato ripreso mentre la pioggia cadeva"),
            Document(
                "Il turista è stato ripreso mentre scalava il Colosseo",
                "Il video è diventato virale.",
            ),
        ],
        frozenset(),
    )


def test_what_you_listen_to_is_a_services_users() -> None:
    """What you listen to, watch or buy is a service's users' (the tech press, probed in session
    s37: "Spotify tracks what you listen to for its Wrapped feature" 0.78, model only; rules
    2026.12.352); a boss who can see what you type and watch on a work laptop stays relevant."""
    _sorts(
        [
            Document(
                "Your boss can now see what you type and what you watch on your work laptop",
                "Employers use monitoring software on employees' computers.",
            ),
        ],
        [
            Document("Spotify tracks what you listen to for its Wrapped feature"),
            Document("Netflix knows what you watch and when you stop"),
        ],
        frozenset(),
    )


def test_belgiums_collective_agreements_on_cameras_and_e_mails() -> None:
    """Belgium's collective agreements no. 68 (cameras at work) and no. 81 (the staff's
    electronic communications), a Belgian DPA's fine for a worker's e-mails consulted, and the
    Dutch "camerabewaking" (probes of session s37, 0.21-0.57; rules 2026.12.353); other
    agreements and a union's 68 years are not."""
    _sorts(
        [
            Document(
                "CCT n° 81 : le contrôle des données de communication électroniques en réseau"
            ),
            Document("Cao nr. 68: camerabewaking op de werkplek"),
            Document(
                "L'APD sanctionne un employeur pour la consultation des e-mails d'un travailleur "
                "licencié"
            ),
        ],
        [
            Document("CCT n°90 : les bonus collectifs liés aux résultats"),
            Document("Cao 68 jaar oud: vakbond viert jubileum"),
        ],
        frozenset(),
    )


def test_german_headlines_employer_first_location_shared_and_the_insured() -> None:
    """German headlines in the tech press's manner (probes of session s37; rules 2026.12.355):
    the employer who may not locate a phone, said with the employer first (0.33), lorry drivers
    made to report their location; an insurer recording calls with its insured (0.63) and the
    police locating a suspect's phone are not."""
    _sorts(
        [
            Document("Gericht: Arbeitgeber darf Dienst-Handy nicht orten"),
            Document("Spedition: Lkw-Fahrer müssen Standort an die Zentrale melden"),
        ],
        [
            Document("Krankenkasse zeichnet Telefonate mit Versicherten auf"),
            Document("Gericht: Polizei darf Handy von Verdächtigen orten"),
            Document("Freunde: So teilen Sie Ihren Standort mit der Familie"),
        ],
        frozenset(),
    )


def test_french_headlines_position_shared_and_advisers_calls_recorded() -> None:
    """French headlines in the press's manner (probes of session s37; rules 2026.12.356): the
    position shared in real time by couriers (0.46), the calls of a firm's advisers analysed or
    recorded (0.30-0.45); a mutual insurer recording its members' calls (0.57), sharing one's
    position with friends and a mayor's advisers are not."""
    _sorts(
        [
            Document("Livreurs : l'appli impose le partage de la position en temps réel"),
            Document("Centre d'appels : l'IA analyse les conversations des conseillers"),
            Document("La mutuelle enregistrait les appels de ses conseillers pour les noter"),
        ],
        [
            Document(
                "La mutuelle enregistre les appels de ses adhérents pour la qualité du service"
            ),
            Document("Partager sa position avec ses amis : les conseils de la CNIL"),
            Document("Le maire et ses conseillers votent le budget"),
        ],
        frozenset(),
    )


def test_italian_and_spanish_headlines_calls_analysed_and_a_worker_watched() -> None:
    """Italian and Spanish headlines in the press's manner (probes of session s37; rules
    2026.12.357): the calls of operators analysed (0.27-0.37), one worker checked by software in
    the Italian singular (0.23), the Spanish couriers' location shared (0.25), appraisal
    interviews judged by AI (0.52); sharing one's location with family and a doctor's calls with
    patients are not."""
    _sorts(
        [
            Document("Call center: l'IA analizza le conversazioni degli operatori"),
            Document("Centro de llamadas: la IA analiza las conversaciones de los teleoperadores"),
            Document("Smart working: un dipendente su cinque controllato da un software"),
            Document("Repartidores: la app obliga a compartir la ubicación en tiempo real"),
            Document("Colloqui di valutazione giudicati da un'IA: i sindacati protestano"),
        ],
        [
            Document("Cómo compartir la ubicación con tu familia en el móvil"),
            Document("Il medico analizza le telefonate dei pazienti"),
        ],
        frozenset(),
    )


def test_english_headlines_location_shared_calls_analysed_reviews_graded() -> None:
    """English headlines in the press's manner (probes of session s37; rules 2026.12.358):
    couriers made to share their live location (0.48), agents' conversations analysed (0.22),
    annual reviews graded by AI (0.10); sharing one's location with friends, AI agents'
    conversations and film reviews written by AI are not."""
    _sorts(
        [
            Document("Couriers forced to share their live location with the app"),
            Document("Call centre AI analyses agents' conversations in real time"),
            Document("Annual reviews graded by AI, unions protest"),
        ],
        [
            Document("How to share your live location with friends on iPhone"),
            Document("AI agents' conversations with customers are recorded for training"),
            Document("Film reviews written by AI flood the web"),
        ],
        frozenset(),
    )


def test_a_disciplinary_sanction_is_an_employers_and_no_fine() -> None:
    """A disciplinary sanction names staff, in four languages (probes of session s38; rules
    2026.12.360: six of eight at 0.11-0.44), unless a player, a fan, a prisoner, a pupil, a
    lawyer or an officer follows it; and it is no fine: the court that rules on it has ruled."""
    _sorts(
        [
            Document("Sanction disciplinaire fondée sur la géolocalisation du véhicule : la "
                     "Cour de cassation tranche"),
            Document("Vidéosurveillance : une sanction disciplinaire peut-elle reposer sur les images ?"),
            Document("Sanzioni disciplinari e telecamere: quando le immagini sono utilizzabili"),
            Document("Sanciones disciplinarias con imágenes de videovigilancia: la AEPD recuerda "
                     "los límites"),
            Document("Disciplinary sanctions based on GPS tracking data: what the court said"),
        ],
        [
            Document("Sanción disciplinaria al futbolista por gestos captados por las cámaras"),
            Document("UEFA disciplinary sanctions after fans filmed throwing objects"),
            Document("Sanción disciplinaria a un preso por usar un móvil grabado por las cámaras "
                     "de la prisión"),
            Document("Sanzione disciplinare allo studente ripreso con il telefono in classe"),
        ],
        frozenset(),
    )  # fmt: skip
    for text in (
        "Cassazione: legittima la sanzione disciplinare al dipendente controllato con il GPS",
        "Sanction disciplinaire fondée sur la géolocalisation du véhicule : la Cour de "
        "cassation tranche",
        "Disciplinary sanctions based on GPS tracking data: what the court said",
    ):
        assert decide(text).act == "court-ruling", text
    assert decide("La CNIL prononce une sanction contre un employeur pour la vidéosurveillance "
                  "des salariés").act == "fine"  # fmt: skip


def test_staff_filmed_recorded_in_secret_read_or_followed_by_a_detective_agency() -> None:
    """Probes of session s38 (rules 2026.12.361): the French worker filmed with no article or
    in the plural (0.30), a recording made in secret (0.37-0.46), the Dutch detective agency
    (0.33-0.55), one worker's messages read (0.52); a politician's secret recording, a lost cat
    found, a husband reading messages and staff who film their own day are not."""
    _sorts(
        [
            Document("Salarié filmé à son insu : la preuve illicite peut être recevable, juge la "
                     "Cour de cassation"),
            Document("Preuve déloyale : l'enregistrement clandestin d'un salarié admis par "
                     "l'assemblée plénière"),
            Document("Werkgever zet recherchebureau in om zieke werknemer te volgen"),
            Document("Employee fired after boss read her Slack DMs"),
        ],
        [
            Document("L'enregistrement clandestin d'un ministre fait scandale"),
            Document("Recherchebureau spoort vermiste kat op"),
            Document("Her husband read her messages for years, now she speaks out"),
            Document("Les salariés filment leur quotidien pour TikTok"),
        ],
        frozenset(),
    )  # fmt: skip


def test_an_insurers_policyholder_and_a_creditors_debtor_are_not_staff() -> None:
    """Look-alikes of session s38 (rules 2026.12.363): a detective hired by an insurer to follow
    a policyholder (0.72) or to locate a debtor (0.80) watches customers; one hired to follow an
    employee on sick leave still watches staff."""
    _sorts(
        [
            Document("Un détective privé pour surveiller un salarié en arrêt maladie : la Cour "
                     "de cassation fixe les limites"),
            Document("Detective privado contratado por la empresa para seguir a un trabajador de baja"),
        ],
        [
            Document("Un détective privé engagé par une compagnie d'assurance pour suivre un assuré"),
            Document("Detective privado para localizar a un deudor"),
            Document("Debt collectors used private investigators to track debtors"),
        ],
        frozenset(),
    )  # fmt: skip


def test_civil_servants_and_ai_reviewing_what_staff_report() -> None:
    """Probes of session s38 (rules 2026.12.364): the civil servants' employer ("Dienstherr")
    who checks or reads their mail (0.56, 0.51) or films them in its offices (0.31); AI that
    reviews what staff report of their week (0.25); civil servants who film demonstrators or
    watch a border (0.73), and AI that reviews students' essays, are not staff watched."""
    _sorts(
        [
            Document("Beamte: Dienstherr darf dienstliche E-Mails nicht anlasslos kontrollieren"),
            Document("Dienstherr darf E-Mails der Beamten nicht ohne Anlass lesen"),
            Document("Verwaltungsgericht: Videoüberwachung von Beamten im Dienstgebäude rechtswidrig"),
            Document("Federal workers told to report their weekly accomplishments by email, and "
                     "AI will review them"),
        ],
        [
            Document("Beamte der Bundespolizei filmen Demonstranten in Berlin"),
            Document("Zoll: Beamte überwachen Grenzübergänge mit Drohnen"),
            Document("AI will review your essays before the teacher does"),
            Document("Beamte erhalten Zulage für Nachtdienste"),
        ],
        frozenset(),
    )  # fmt: skip


def test_a_cashiers_scan_rate_a_maids_time_per_room_and_a_hospitals_equipment() -> None:
    """Probes of session s38 (rules 2026.12.365): a cashier's scan rate measured (0.26-0.54),
    the time hotel maids take per room (0.27); a scanner's scan rate and a hospital's
    wheelchairs tracked (0.70, the model's alone) are not staff watched."""
    _sorts(
        [
            Document("Kassiererinnen: Scanrate wird gemessen und im Pausenraum ausgehängt"),
            Document("Caissières : la cadence de scan mesurée et affichée, la direction condamnée"),
            Document("Camareras de piso: una app controla el tiempo que tardan en limpiar cada "
                     "habitación"),
        ],
        [
            Document("Scanner review: a scan rate of 60 pages per minute for small offices"),
            Document("Hospital tracks wheelchairs and infusion pumps with RFID tags"),
            Document("La app controla el tiempo que tarda el pedido en llegar a casa"),
        ],
        frozenset(),
    )  # fmt: skip


def test_train_drivers_watched_in_their_cab() -> None:
    """Probes of session s38 (rules 2026.12.366): French and German train drivers are staff
    ("Caméras dans les cabines de conduite : les conducteurs de train s'inquiètent" 0.11); their
    strike is not monitoring."""
    _sorts(
        [
            Document(
                "Caméras dans les cabines de conduite : les conducteurs de train s'inquiètent"
            ),
            Document("Lokführer wehren sich gegen Kameras im Führerstand"),
        ],
        [Document("Lokführer streiken erneut: Bahnverkehr eingeschränkt")],
        frozenset(),
    )


def test_an_italian_badge_that_tracks_staff_and_cameras_against_shoplifting() -> None:
    """Probes of session s38 (rules 2026.12.367): the Italian singular "traccia gli spostamenti
    dei dipendenti" (0.51); smart cameras against shoplifting watch the shoppers (0.78)."""
    _sorts(
        [
            Document("Il badge che traccia gli spostamenti dei dipendenti in ufficio finisce "
                     "davanti al Garante"),
        ],
        [Document("Telecamere intelligenti contro i furti nei negozi: boom di richieste")],
        frozenset(),
    )  # fmt: skip


def test_english_staff_watched_by_software_summarised_or_badging_in() -> None:
    """English probes of session s38 (rules 2026.12.368): workers watched by software (0.45),
    what each employee did summarised for managers (0.15), a badge policy and staff who do not
    swipe in (0.12); a final watched by millions and a game's users are not."""
    _sorts(
        [
            Document("Workers at Scale AI say they are paid by the task and watched by software"),
            Document("Slack's new AI can summarize what each employee did this week for managers"),
            Document("Amazon's new badge policy: employees who don't swipe in three days a week "
                     "face review"),
        ],
        [
            Document("The finale was watched by millions on streaming platforms"),
            Document("The app shows what each user did in the game last week"),
        ],
        frozenset(),
    )  # fmt: skip


def test_german_typing_speed_ai_rating_appraisals_and_a_webcam_buying_guide() -> None:
    """Probes of session s38 (rules 2026.12.369): typing speed measured (0.12), AI rating
    appraisal talks (0.06); a typing test, AI valuing houses and a webcam buying guide with no
    year (0.58) are not staff watched."""
    _sorts(
        [
            Document("Betriebsrat stoppt Software, die Tippgeschwindigkeit misst"),
            Document("KI bewertet Bewerbungsgespräche und Mitarbeitergespräche: Datenschützer warnen"),
        ],
        [
            Document("Tastatur-Test: So messen Sie Ihre Tippgeschwindigkeit"),
            Document("KI bewertet Immobilien in Sekunden"),
            Document("Webcam : les meilleurs modèles pour vos visioconférences"),
        ],
        frozenset(),
    )  # fmt: skip


def test_an_app_that_tracks_them_and_pauses_counted_as_inactivity() -> None:
    """Probes of session s38 (rules 2026.12.370): an app that tracks "them", the couriers
    (0.51); pauses counted as inactivity, in German (0.45); parents' app and a bank account
    closed for inactivity are not."""
    _sorts(
        [
            Document("Just Eat couriers' union files complaint over app that tracks them between "
                     "deliveries"),
            Document("Wolt-Fahrer beschweren sich über App, die Pausen als Inaktivität wertet"),
        ],
        [
            Document("Parents use an app that tracks them on the school run"),
            Document("Il conto è stato chiuso per inattività"),
        ],
        frozenset(),
    )  # fmt: skip


def test_the_spanish_works_council_is_a_worker_term() -> None:
    """Rules 2026.12.371: "comités de empresa" names staff, as "Betriebsrat" does (a probe of
    session s38 sat at 0.57, by the line)."""
    verdict = judge(Document("Las empresas deberán informar a los comités de empresa sobre los "
                             "algoritmos que usan"))  # fmt: skip
    assert "worker@title" in verdict.signals


def test_a_former_workers_mailbox_consulted() -> None:
    """A probe of session s38 (rules 2026.12.372, 0.13): the mailbox "de la boîte mail d'un
    ex-salarié"; one's own provider's mailbox is not."""
    _sorts(
        [
            Document("L'APD belge sanctionne un employeur pour la consultation de la boîte mail "
                     "d'un ex-salarié"),
        ],
        [Document("Comment consulter la boîte mail de votre fournisseur d'accès")],
        frozenset(),
    )  # fmt: skip


def test_ai_cameras_checking_products_are_no_staff_monitoring() -> None:
    """Look-alikes of session s38 (rules 2026.12.373): AI cameras that find defective parts or
    check quality (0.80, 0.62, the model's alone) watch products; the workers those cameras
    also track are still watched."""
    _sorts(
        [Document("Workers object as quality control cameras also track their breaks")],
        [
            Document("Fábrica instala cámaras con IA para detectar piezas defectuosas"),
            Document("Fabriek gebruikt AI-camera's voor kwaliteitscontrole van producten"),
        ],
        frozenset(),
    )


def test_staff_clicks_and_work_that_train_ai_and_one_worker_recorded_in_secret() -> None:
    """Probes of session s39 (rules 2026.12.374): staff told their clicks will train the AI
    (0.31), an employer using "your work" to train its AI (0.23), a covert recording of an
    employee (0.06); users' clicks, an employee's own covert recording and a recording of a
    worker's conversation are not relevant."""
    _sorts(
        [
            Document("Meta staff told their clicks will be used to train AI, prompting privacy "
                     "questions in Europe"),
            Document("Your employer may be using your work to train its AI: what the law says"),
            Document("Employment tribunal: dismissal based on covert recording of employee was "
                     "unfair"),
        ],
        [
            Document("Google tells users their clicks will be used to train AI"),
            Document("Employee's secret recording of his manager admissible, tribunal rules"),
            Document("Secret recording of a nurse's conversation with a patient's family leaked "
                     "online"),
        ],
        frozenset(),
    )  # fmt: skip


def test_landmark_cases_and_the_words_their_retellings_use() -> None:
    """Probes of session s39 (rules 2026.12.374): Amazon France Logistique's appeal (inactivity
    measured, 0.45; the speed of the staff measured, 0.38), Glovo's order-assignment algorithm
    (0.55), H&M's spying on staff in German (0.35), Italian couriers (0.35), badges that record
    the staff's location (0.22), toilet breaks counted in the passive (0.51), staff moods read in
    Spanish (0.13) and their chats read in Dutch (0.27). Their look-alikes are not relevant."""
    _sorts(
        [
            Document("Amazon France Logistique: Conseil d'Etat upholds most of CNIL's €32m fine",
                     "The court confirmed that the scanner-based indicators measuring warehouse "
                     "workers' inactivity were excessive."),
            Document("Le Conseil d'État confirme en partie la sanction d'Amazon France Logistique",
                     "La juridiction a jugé disproportionné l'indicateur « stow machine gun » "
                     "mesurant la rapidité des salariés."),
            Document("Glovo multada con 5 millones por la Inspección de Trabajo por su algoritmo "
                     "de asignación de pedidos"),
            Document("H&M: 35 Millionen Euro Bußgeld wegen Ausspähung von Mitarbeitern"),
            Document("Corrieri sanzionati dalle telecamere con intelligenza artificiale nei "
                     "furgoni"),
            Document("Hospital staff made to wear RTLS badges that record their location"),
            Document("Warehouse workers' toilet breaks counted by the scanner guns they carry"),
            Document("Empresas usan IA para analizar el estado de ánimo de sus empleados en los "
                     "chats"),
            Document("Bedrijven laten AI de chats van personeel lezen om ontevredenheid te meten"),
        ],
        [
            Document("Smartwatch detects inactivity and reminds you to stand up"),
            Document("Les salariés mesurent la rapidité de leur connexion internet"),
            Document("Ausspähung von Daten: Mitarbeiter wegen Hackerangriff verurteilt"),
            Document("El algoritmo de asignación de pedidos de Amazon entre sus almacenes"),
            Document("I corrieri espressi aumentano le tariffe per Natale"),
            Document("Hospital patients wear tags that record their location to prevent falls"),
            Document("Toilet breaks timed at the World Cup final: how long fans waited"),
        ],
        frozenset(),
    )  # fmt: skip


def test_dutch_close_checks_of_staff_and_social_contributions() -> None:
    """Probes of session s39 (rules 2026.12.376): staff checked too closely as a Dutch noun
    (0.52); social security contributions owed for drivers are their pay, not how they are
    watched (0.77, the model's alone), nor is a border's strict check."""
    _sorts(
        [
            Document("Amazon beboet om te strenge controle van magazijnmedewerkers"),
            Document("Werkgever op de vingers getikt voor permanente controle op thuiswerkers"),
        ],
        [
            Document("Uber debe pagar las cotizaciones de sus conductores"),
            Document("Strenge controle op de grens: lange files bij Venlo"),
        ],
        frozenset(),
    )


def test_the_articles_of_law_on_monitoring_staff_cited_by_number() -> None:
    """Probes of session s39 (rules 2026.12.377): Italy's Article 4 of the Workers' Statute
    cited by number (0.10, 0.08), remote surveillance in Italian (0.21) and the Spanish LOPDGDD's
    articles on cameras and devices at work; other articles of the same laws, and of
    constitutions, are not relevant."""
    _sorts(
        [
            Document("L'adempimento dell'obbligo dell'art. 4, terzo comma, St. lav. è necessario "
                     "al fine dell'effettuazione dei controlli"),
            Document("Art. 4 Statuto dei lavoratori: le novità del 2025"),
            Document("Corte di Cassazione sentenza n. 18302 depositata il 19 settembre 2016",
                     "Vi è la violazione quando l'impresa utilizza strumenti elettronici che "
                     "consentano la vigilanza a distanza dei dipendenti."),
            Document("Videovigilancia laboral: qué dice el art. 89 de la LOPDGDD"),
        ],
        [
            Document("Art. 4 della Costituzione: il diritto al lavoro"),
            Document("Art. 18 St. lav. e licenziamento illegittimo"),
            Document("El artículo 87 de la Constitución y la iniciativa legislativa"),
        ],
        frozenset(),
    )  # fmt: skip


def test_the_workers_statute_abbreviated_and_agents_calls_recorded() -> None:
    """Earlier probes still missed in session s39 (rules 2026.12.378): Italy's Workers' Statute
    abbreviated as "S.L." (0.46) and a call centre "recording all of its agents' calls" (0.26);
    a Spanish firm's "S.L." and customers' calls recorded are not relevant."""
    _sorts(
        [
            Document("Corte di cassazione, sentenza 5 ottobre 2016 n. 19922",
                     "Ancora sui controlli a distanza difensivi. Anche i c.d. controlli difensivi "
                     "sono soggetti ai limiti di cui all'art. 4 S.L."),
            Document("Decision 2026/14 of the Data Protection Commission",
                     "The DPC fined a call centre operator for recording all of its agents' calls "
                     "without a lawful basis."),
        ],
        [
            Document("Firm recorded its customers' calls to train a chatbot"),
            Document("Talleres García, S.L. abre una nueva sede en Sevilla"),
        ],
        frozenset(),
    )  # fmt: skip


def test_a_payslip_sent_astray_and_the_mail_checked_in_spanish() -> None:
    """Probes of session s39 (rules 2026.12.379): a payslip sent to a third party is a
    personnel record shown, not staff watched (0.57, the model's alone); the mail checked in the
    past tense and inactivity counted, in Spanish, are monitoring (0.34)."""
    _sorts(
        [
            Document("La empresa controlaba el correo de los trabajadores y descontaba de la "
                     "nómina el tiempo de inactividad"),
        ],
        [
            Document("La AEPD multa a una empresa por enviar a un tercero la nómina de un "
                     "trabajador"),
            Document("Payslips emailed to the wrong staff: ICO reprimands council"),
            Document("Tasa de inactividad juvenil en máximos"),
        ],
        frozenset(),
    )  # fmt: skip
    # the Italian "nomina" is an appointment, no payslip (rules 2026.12.386)
    from watcher.models.vetoes import PERSONNEL_RECORDS

    appointed = judge(Document("Il Garante sanziona un'azienda per la mancata nomina del DPO"))
    assert PERSONNEL_RECORDS not in {e.concept for e in appointed.classification.evidence}


def test_a_drivers_tachograph_read_and_a_french_worker_dismissed() -> None:
    """Probes of session s39 (rules 2026.12.380): a driver's tachograph data read, in six
    languages, beside a worker term (French "un chauffeur licencié" now one, 0.10); the device
    alone, road transport's rules and a club's "licencié" are not relevant."""
    _sorts(
        [
            Document("Un chauffeur licencié grâce aux données du chronotachygraphe : la cour "
                     "d'appel valide"),
            Document("Lorry driver sacked after employer analysed his tachograph records"),
            Document("Despedido un camionero por los datos del tacógrafo"),
        ],
        [
            Document("Le nouveau tachygraphe intelligent obligatoire pour les poids lourds"),
            Document("EU smart tachograph rules: what changes for hauliers in 2026"),
            Document("Le tennisman licencié de son club après une dispute"),
        ],
        frozenset(),
    )  # fmt: skip


def test_typing_detected_in_spanish_and_a_dutch_pay_claim() -> None:
    """Probes of session s39 (rules 2026.12.381): typing, or not typing, detected in Spanish
    (0.10); a Dutch union's claim for higher pay and starting pay raised are pay, not
    monitoring (0.59, 0.69, the model's alone), and a password typed is nobody's monitoring."""
    _sorts(
        [
            Document("Despiden a una teletrabajadora tras detectar con un software que no "
                     "tecleaba"),
        ],
        [
            Document("Vakbond eist hoger loon voor chauffeurs"),
            Document("Walmart raises starting pay for warehouse workers"),
            Document("Teclea tu contraseña dos veces para mayor seguridad"),
        ],
        frozenset(),
    )  # fmt: skip


def test_the_app_that_penalises_us_as_riders_say_it() -> None:
    """Probes of session s39 (rules 2026.12.382): the app that penalises "us", in the riders'
    own words, in Italian (0.43), Spanish and French; an app that helps us park, or users
    punished with ads, are not relevant."""
    _sorts(
        [
            Document('I rider di Glovo: "L\'app ci penalizza se rifiutiamo un ordine"'),
            Document('Repartidores: "La app nos penaliza si rechazamos un pedido"'),
            Document("Livreurs : « L'appli nous sanctionne si on refuse une course »"),
        ],
        [
            Document("L'app ci aiuta a trovare parcheggio in centro"),
            Document("The app punishes us with ads if we don't pay, users complain"),
        ],
        frozenset(),
    )


def test_a_spanish_break_area_and_dutch_internet_use_checked() -> None:
    """Real pages of session s39 (rules 2026.12.383): cameras in the Spanish "zona de descanso"
    (0.61, now by the rules too) and the Dutch "gebruik van internet en van email ... kunnen
    controleren" (0.41); a motorway's rest area and a school's internet are not staff watched."""
    _sorts(
        [
            Document("Cámaras en la zona de descanso: multa a la empresa"),
            Document("Praktijkgids Arbeidsrecht: privacy van de werknemer",
                     "Werkgevers willen het toegenomen gebruik van internet en van email op de "
                     "werkplek kunnen controleren."),
        ],
        [
            Document("Nueva zona de descanso en la autopista A-7 para camioneros"),
            Document("Het gebruik van internet op school controleren: tips voor ouders"),
        ],
        frozenset(),
    )  # fmt: skip


def test_german_control_by_the_employer_and_staff_mail_evaluated() -> None:
    """Probes of session s39 (rules 2026.12.384): "Kontrolle durch den Arbeitgeber" (0.05) and
    the staff's mail evaluated as a German noun (0.28); one's own inbox sorted is not staff
    watched."""
    _sorts(
        [
            Document("Homeoffice: Wie viel Kontrolle durch den Arbeitgeber ist erlaubt?"),
            Document("Datenschutzbeauftragter rügt Stadtverwaltung wegen Auswertung von "
                     "Mitarbeiter-E-Mails"),
        ],
        [Document("Sichtung der Nachrichten: So räumen Sie Ihr Postfach auf")],
        frozenset(),
    )  # fmt: skip


def test_ai_that_sets_shifts_and_an_automated_system_that_fires() -> None:
    """Probes of session s39 (rules 2026.12.385, .386): AI or software that sets or cuts workers'
    shifts or hours (0.37, 0.18), and an automated system that fired a driver (0.34); an app
    setting pharmacies' hours, a weapon system that fired and hours of paperwork saved (1.00
    with .385's "hours") are not relevant."""
    _sorts(
        [
            Document("An AI decides the shifts of 30,000 retail workers, and they can't appeal"),
            Document("Starbucks baristas say scheduling software cuts their hours without warning"),
            Document("Amazon's automated system fired a driver after a 'rate' dip, lawsuit says"),
        ],
        [
            Document("App decides the opening hours of pharmacies during the holidays"),
            Document("Automated air defence system fired two missiles at the drone"),
            Document("AI software cuts hours of paperwork for nurses, hospital says"),
        ],
        frozenset(),
    )


def test_staff_data_that_trains_people_is_no_ai_training() -> None:
    """A look-alike of session s39 (rules 2026.12.387): staff data used "to train" managers or
    supervisors is HR's training, not the AI trained on the staff (0.99 with every earlier
    rules version); staff data that trains the AI still names the subject."""
    _sorts(
        [Document("Employers use staff data to train AI models, survey finds")],
        [
            Document("Employers use staff data to train managers on retention"),
            Document("Workers' feedback used to train new supervisors"),
        ],
        frozenset(),
    )


def test_a_sick_or_former_workers_mail_forwarded_or_read_in_four_languages() -> None:
    """Probes of session s40 (rules 2026.12.388): a sick or former worker's mail forwarded or
    read, in German, Dutch and Spanish (0.30-0.49 before); a full mailbox or a sick note sent by
    e-mail is not it."""
    _sorts(
        [
            Document("Arbeitgeber darf E-Mails kranker Mitarbeiter nicht automatisch weiterleiten"),
            Document("Werkgever mag mailbox van zieke werknemer niet zomaar doorsturen"),
            Document("La empresa accedió a los correos de la empleada despedida"),
            Document(
                "AEPD multa a una empresa por reenviar los correos de una trabajadora de baja"
            ),
        ],
        [
            Document("Mailbox van zieke werknemer vol: collega's nemen werk over"),
            Document("Krankmeldung per E-Mail: Was Mitarbeiter beachten müssen"),
        ],
        frozenset(),
    )


def test_plants_meters_and_drones_watched_from_afar_are_things() -> None:
    """Look-alikes of session s40 (rules 2026.12.388): "controllo a distanza", Article 4's own
    words, of meters or drones, and the remote monitoring of wind turbines (0.74-0.84 before);
    the staff's own remote control is still read."""
    _sorts(
        [Document("Controllo a distanza dei lavoratori con lo smartphone aziendale: i limiti")],
        [
            Document("Enel, controllo a distanza dei contatori: come funziona la telelettura"),
            Document(
                "Il controllo a distanza dei droni agricoli arriva nelle campagne",
                "Gli agricoltori possono monitorare le colture dal tablet.",
            ),
            Document("Fernüberwachung von Windkraftanlagen: Betreiber setzen auf KI"),
        ],
        frozenset(),
    )


def test_work_recorded_to_train_ai_and_every_minute_measured() -> None:
    """Probes of session s40 (rules 2026.12.388): the staff's work recorded "to train" the AI
    (0.39 before), every minute measured in German and drivers scored by a box in French
    (0.40-0.44); a fitness app's training plans, a pulse measured, restaurants or films scored by
    an app or an algorithm (0.61 and 0.75 before: a French term of session s28 now needs a
    worker term beside it) are not."""
    _sorts(
        [
            Document("Meta is recording your work to train your AI replacement"),
            Document("Paketboten im Visier: Zusteller-App misst jede Minute"),
            Document(
                "Chez ce transporteur, les chauffeurs notés par un boîtier qui mesure leur conduite"
            ),
        ],
        [
            Document("Fitness app tracks your activity to train personalised plans"),
            Document("Neue Smartwatch misst jede Minute Ihren Puls"),
            Document("Restaurants notés par une application : le guide qui monte"),
            Document(
                "Les films notés par un algorithme : Netflix change ses recommandations",
                "Les abonnés verront des scores personnalisés.",
            ),
        ],
        frozenset(),
    )


def test_scanner_data_screen_time_couriers_followed_and_ai_use_judged() -> None:
    """Probes of session s40 (rules 2026.12.389): the staff's scanner data evaluated in German,
    how long the staff spend at their screens in Spanish, parcel couriers followed with an app
    in Dutch, staff judged on their use of AI (0.23-0.50 before); a child's screen time, a
    documentary following couriers and pupils assessed on their AI use are not; nor, once it
    names no worker, the best webcams for home working (0.72 before)."""
    _sorts(
        [
            Document("VG Hannover: Amazon darf Scanner-Daten der Beschäftigten weiter auswerten"),
            Document(
                "Una multinacional instala software para saber cuánto tiempo pasan sus "
                "empleados frente a la pantalla"
            ),  # fmt: skip
            Document("PostNL volgt pakketbezorgers met app: vakbond boos"),
            Document("Microsoft says managers will judge staff on their use of AI"),
            Document("Employers are buying the best webcams for monitoring remote staff"),
        ],
        [
            Document("Una app para saber cuánto tiempo pasan tus hijos frente a la pantalla"),
            Document("Documentaire volgt pakketbezorgers in de drukste week van het jaar"),
            Document("Teachers assess students on their use of AI in essays"),
            Document("The best webcams for working from home", "Our picks for sharp video calls."),
            Document("Minutengenaue Erfassung der Zugverspätungen: Bahn startet neue App"),
        ],
        frozenset(),
    )


def test_a_landmark_case_named_with_its_act_is_relevant_at_any_score() -> None:
    """Probes of session s40 (rules 2026.12.390-.391): the retellings of the field's landmark fines
    and rulings name the firm and the act, seldom the workers or the monitoring (0.11-0.51
    before); named with their act or authority they are relevant whatever the score, the case
    as evidence and its topic; the same firms' other news, and H&M fined for other things or
    Foodinho's judicial administration, are not."""
    model = load_model()
    read = {
        "Amazon France Logistique : le Conseil d'État réduit l'amende de la CNIL": "productivity-scoring",
        "H&M Hamburg fine: five years on": "activity-tracking",
        "Bußgeld gegen H&M: 35,3 Millionen Euro": "activity-tracking",
        "notebooksbilliger.de wins appeal against €10.4m fine": "video-audio-surveillance",
        "Foodinho appeal rejected: Italian court confirms Garante's €5m fine": "algorithmic-management",
        "ICO takes enforcement action against Serco Leisure": "biometrics",
        "La Samaritaine : la CNIL confirme l'amende pour caméras cachées": "video-audio-surveillance",
        "Suzie Cheikho case: Fair Work Commission rejects unfair dismissal claim": "activity-tracking",
    }  # fmt: skip
    for title, topic in read.items():
        doc = Document(title)
        verdict = judge(doc)
        decision = model.decide(doc, verdict)
        assert decision.relevant and topic in decision.topics, (title, decision.topics)
        assert any(e.concept == "landmark-case" for e in decision.evidence), decision.evidence
        assert not any("landmark" in signal for signal in verdict.signals)  # not the model's input
    _irrelevant(
        model,
        [
            Document("Amazon France Logistique opens new warehouse near Lyon"),
            Document("H&M fined by Swedish consumer agency over greenwashing claims"),
            Document("H&M updates its privacy policy for loyalty members"),
            Document("H&M Hamburg flagship store reopens after renovation"),
            Document("Glovo: Milan court places Foodinho under judicial administration"),
            Document("Hoge Raad: Deliveroo-bezorgers zijn werknemers"),
            Document("Serco Leisure wins contract to run council gyms"),
            Document("La Samaritaine rouvre ses portes après seize ans de travaux"),
        ],
    )


def test_screen_time_checked_and_the_right_to_disconnect() -> None:
    """Probes of session s40 (rules 2026.12.392): a boss checking screen time in German (0.29
    before) is monitoring; a boss who calls on holiday is the right to disconnect (0.75-0.80
    before), and parents checking their children's screen time are not an employer."""
    _sorts(
        [
            Document(
                "Darf mein Chef meine Bildschirmzeit kontrollieren?",
                "Was Beschäftigte im Homeoffice wissen sollten.",
            ),  # fmt: skip
            Document("Mag je baas je volgen tijdens je vakantie?", "Over gps in de leaseauto."),
        ],
        [
            Document(
                "Mag je baas je bellen tijdens je vakantie?", "Het recht om onbereikbaar te zijn."
            ),
            Document(
                "Can your boss call you on your holiday?",
                "What the law says about contacting staff during annual leave.",
            ),  # fmt: skip
            Document("Eltern kontrollieren die Bildschirmzeit ihrer Kinder zu selten"),
        ],
        frozenset(),
    )


def test_managers_visiting_sick_staff_at_home() -> None:
    """Probes of session s40 (rules 2026.12.393; left open in s39): managers' home visits to
    staff on sick leave check on them (0.35-0.36 before); nurses' and doctors' home visits to
    sick patients are care."""
    _sorts(
        [
            Document("Tesla managers made surprise home visits to workers on sick leave"),
            Document("Tesla-Chefs besuchen kranke Mitarbeiter zu Hause"),
        ],
        [
            Document("Nurses make home visits to sick patients in rural areas"),
            Document("Hausbesuche bei kranken Patienten: Ärzte fordern mehr Geld"),
        ],
        frozenset(),
    )


def test_the_staffs_activity_that_will_feed_the_ai() -> None:
    """Probes of session s40 (rules 2026.12.394): contractors' or staff's activity that "will
    feed" the AI (0.18-0.31 before) is AI trained on their work; work that will feed one's family
    is not."""
    _sorts(
        [
            Document("Meta contractors told their computer activity will feed AI training"),
            Document("Staff told their chats will feed the company's AI models"),
        ],
        [Document("Contractors say their work will feed their families this winter")],
        frozenset(),
    )


def test_italian_staff_traced_mail_read_and_pay_by_algorithm() -> None:
    """Probes of session s40 (rules 2026.12.395): in Italian, nurses' movements traced by a badge,
    a worker's mail read by the employer and riders' pay decided by the algorithm (0.16-0.37
    before); an offender's electronic tag and hidden cameras in a holiday let (0.61-0.63) are
    not the staff watched."""
    _sorts(
        [
            Document(
                "Il badge che traccia gli spostamenti degli infermieri: interviene il sindacato"
            ),
            Document(
                "Licenziato per le mail personali lette dal datore: reintegro per il dipendente"
            ),
            Document("Rider, la paga decisa dall'algoritmo: la denuncia della Cgil"),
        ],
        [
            Document("Braccialetto elettronico per lo stalker: arrestato a Roma"),
            Document("Telecamere nascoste in un B&B: denunciato il gestore"),
        ],
        frozenset(),
    )


def test_spanish_and_dutch_chats_read_by_the_boss_and_the_work_an_algorithm_hands_out() -> None:
    """Probes of session s40 (rules 2026.12.396): a worker's WhatsApp read by the boss in Spanish
    and Dutch (0.41-0.44 before); the Dutch algorithm that decides a courier's pay or rides, not
    the videos one sees (0.75 before); a fitness band of one's own (0.60) and parents reading
    their children's chats are not."""
    _sorts(
        [
            Document(
                "Despedida por las conversaciones de WhatsApp que leyó su jefe: el juez lo anula"
            ),
            Document("Baas leest mee in WhatsApp-groep van personeel: mag dat?"),
            Document("Het algoritme dat bepaalt hoeveel flitsbezorgers verdienen"),
        ],
        [
            Document("Het algoritme dat bepaalt welke video's je ziet"),
            Document(
                "La pulsera de actividad que mide tus pasos y tu sueño",
                "Análisis del nuevo modelo.",
            ),
            Document("Ouders lezen mee in WhatsApp van hun kinderen"),
        ],
        frozenset(),
    )


def test_staff_at_a_workplace_recorded_without_their_knowledge() -> None:
    """Probes of session s40 (rules 2026.12.397): staff recorded secretly or without their
    knowledge with their workplace named between (0.35-0.36 before); councillors recorded
    without theirs, and foreign agents recorded by the FBI, are not staff watched."""
    _sorts(
        [
            Document("Les salariés d'un centre d'appels écoutés à leur insu : la CNIL sanctionne"),
            Document("Staff at a call centre were secretly recorded, regulator finds"),
        ],
        [
            Document("Les conseillers municipaux enregistrés à leur insu par un élu"),
            Document("Agents of a foreign power were secretly recorded by the FBI"),
        ],
        frozenset(),
    )


def test_the_algorithm_that_schedules_the_staff() -> None:
    """A probe of session s40 (rules 2026.12.398): the algorithm that schedules the staff (0.44
    before) manages them; one that schedules appointments or allocates beds does not."""
    _sorts(
        [Document("Union wins right to see the algorithm that schedules supermarket staff")],
        [
            Document("The app that schedules your dentist appointments"),
            Document("Software that allocates hospital beds goes live"),
        ],
        frozenset(),
    )


def test_landlords_partners_screens_recorded_and_a_theft_dismissal() -> None:
    """Probes of session s41 (rules 2026.12.399): a caretaker filmed, the staff's screens recorded
    and their activity logged for AI, an employer using one's mail to train its AI, a rider
    platform's reputation system (0.10-0.54 before); a landlord's or a neighbour's camera, a spouse
    spied on or followed, an assistant that watches one's inbox and a dismissal for theft with no
    camera named (0.62-0.83 before) are not workers watched; a theft filmed is."""
    _sorts(
        [
            Document("Hausmeister heimlich gefilmt: Vermieter muss Schmerzensgeld zahlen"),
            Document(
                "Workers asked to record their screens so AI can learn their jobs",
                "Contractors are paid to let software capture how they use spreadsheets.",
            ),
            Document("Works council demands halt to AI project that logs staff activity"),
            Document("Can my employer use my emails to train its AI?"),
            Document(
                "Rider, il tribunale di Palermo: illegittimo il sistema di reputazione di Glovo",
                "Il giudice ha ordinato di disattivare il punteggio che penalizzava i fattorini.",
            ),
            Document("Ontslag na diefstal op camerabeelden: werkgever krijgt gelijk"),
        ],
        [
            Document("Dürfen Vermieter Kameras im Treppenhaus installieren?"),
            Document("Mag je buurman een camera op jouw tuin richten?"),
            Document("Il padrone di casa può installare telecamere nelle scale?"),
            Document(
                "Un mari condamné pour avoir installé un logiciel espion sur le téléphone de sa femme"
            ),
            Document("Detectives privados: ¿pueden seguir a tu pareja?"),
            Document("Moglie spiata con un'app sul cellulare: condannato il marito"),
            Document("Anthropic says Claude can now monitor your inbox and draft replies"),
            Document(
                "Rechtbank: ontslag op staande voet na diefstal terecht",
                "De werknemer had goederen uit het magazijn meegenomen.",
            ),
            Document("Recording your screen to train colleagues: the best tools"),
        ],
        frozenset(),
    )


def test_the_employer_searching_a_work_device_and_the_algorithm_as_the_boss() -> None:
    """Probes of session s41 (rules 2026.12.400): the employer opening, searching or inspecting a
    worker's files, phone, computer or mail account, in six languages, and the algorithm as the
    boss with the Dutch verb last (0.21-0.56 before); the police's search of a work computer, a
    hacker's access to company laptops and an insider's name no employer searching (the work
    devices are worker terms: the patterns name the employer first, so these do not pair)."""
    _sorts(
        [
            Document(
                "Libert v. France: employer's opening of files on work computer did not "
                "violate Article 8"
            ),
            Document("Can my employer look through the files on my work laptop?"),
            Document(
                "L'employeur peut-il ouvrir les fichiers personnels sur l'ordinateur professionnel ?"
            ),
            Document("Darf der Arbeitgeber private Dateien auf dem Dienstrechner öffnen?"),
            Document("Arbeitgeber durchsuchte Firmenhandy der gekündigten Mitarbeiterin"),
            Document("Il datore di lavoro può accedere ai file sul pc aziendale del dipendente?"),
            Document("¿Puede la empresa acceder a los archivos del ordenador de trabajo?"),
            Document("Werkgever doorzocht bedrijfstelefoon van zieke werknemer"),
            Document(
                "Als het algoritme de baas is",
                "Voor maaltijdbezorgers bepaalt een app welke ritten ze krijgen.",
            ),
        ],
        [
            Document("Police searched his work computer after the leak"),
            Document("Hackers accessed company laptops at the ministry"),
            Document("Employee accessed patient records on her work computer without reason"),
        ],
        frozenset(),
    )


def test_things_and_animals_watched_and_trackers_of_ones_own() -> None:
    """Look-alikes of session s41 (rules 2026.12.401): wildlife, coasts, forest fires and dumped
    waste watched, a GPS tracker for one's own bike, car or dog, a football tournament's face
    recognition (0.62-0.83 before: the model read "GPS", "Kameras" and "videovigilancia" alone);
    a company car's tracker, foresters followed by GPS, a courier's bike and firefighters filmed
    are workers watched."""
    _sorts(
        [
            Document(
                "GPS-Tracker im Dienstwagen: Arbeitgeber darf Außendienstler nicht dauerhaft orten"
            ),
            Document("Boswachters gevolgd met gps: Staatsbosbeheer stopt na klacht"),
            Document("Traceur GPS pour vélo de livreur : Deliveroo suit ses coursiers à la trace"),
            Document(
                "Caméras pour détecter les incendies : les pompiers inquiets d'être filmés en "
                "intervention"
            ),
        ],
        [
            Document("Überwachung von Wildtieren: Forscher setzen KI-Kameras im Wald ein"),
            Document("Gesichtserkennung bei der Fußball-EM: Innenministerium prüft Einsatz"),
            Document("GPS-Tracker fürs Fahrrad: Diebstahlschutz im Test"),
            Document("Localizzatore GPS per auto: come funziona e quanto costa"),
            Document("GPS-tracker voor je fiets: de beste opties"),
            Document("Telecamere intelligenti contro i rifiuti abbandonati"),
            Document("Telecamere per controllare i lupi in Appennino"),
            Document("Vigilancia de las costas con drones: Salvamento Marítimo amplía su flota"),
            Document("Cámaras con IA para detectar incendios forestales"),
            Document("Traceur GPS pour vélo : notre sélection"),
        ],
        frozenset(),
    )


def test_beaches_towns_sleep_livestock_and_containers_watched() -> None:
    """Look-alikes of session s41 (rules 2026.12.402): beaches and bathing lakes, a Spanish town,
    one's sleep, cows and a port's containers watched (0.60-0.81 before); lifeguards tracked on
    the beach and workers in a stall or at the docks stay workers watched."""
    _sorts(
        [
            Document(
                "Socorristas vigilados con GPS en las playas: el sindicato denuncia a la empresa"
            ),
            Document("Stallmitarbeiter mit Sensoren überwacht: Landwirt muss Bußgeld zahlen"),
            Document(
                "Hafenarbeiter per Kamera überwacht: Gewerkschaft klagt gegen Terminalbetreiber"
            ),
        ],
        [
            Document("Drones para vigilar las playas este verano"),
            Document("Drohnen überwachen Badeseen im Sommer"),
            Document("Drones houden stranden in de gaten deze zomer"),
            Document("Droni per sorvegliare le spiagge in estate"),
            Document("Cámaras en toda la ciudad: Málaga amplía la videovigilancia"),
            Document("Wie Apps unser Schlafverhalten überwachen"),
            Document("Kühe mit Sensoren überwacht: So funktioniert der digitale Stall"),
            Document("Vaches connectées : des capteurs surveillent la santé du troupeau"),
            Document("Mucche monitorate con sensori: la stalla diventa digitale"),
            Document("Il porto di Genova installa telecamere intelligenti per i container"),
            Document("El puerto de Valencia vigila los contenedores con IA"),
        ],
        frozenset(),
    )


def test_bridges_cycles_and_scooter_riders_watched() -> None:
    """Look-alikes of session s41 (rules 2026.12.403): a bridge's structural health, one's period
    and e-scooter riders tracked (0.72 before) are not workers watched; couriers on bikes are."""
    _sorts(
        [Document("Deliveroo tracks its bike riders with GPS to rank them")],
        [
            Document("Sensors monitor structural health of bridges"),
            Document("Tracking your period: the best apps reviewed"),
            Document("City tracks e-scooter riders with GPS"),
        ],
        frozenset(),
    )


def test_cemeteries_public_toilets_worshippers_and_a_sports_clubs_changing_rooms() -> None:
    """Look-alikes of session s41 (rules 2026.12.404): cemeteries, public toilets, a church's
    worshippers and a sports club's changing rooms filmed (0.70-1.00 before) are not workers
    watched; a cemetery's staff and the staff's own changing rooms are."""
    _sorts(
        [
            Document(
                "Telecamere per controllare i dipendenti del cimitero: il Garante sanziona il Comune"
            ),
            Document(
                "Caméras dans les vestiaires des salariés d'un club de sport : la CNIL sanctionne"
            ),
            Document("Caméras dans les vestiaires du personnel : la CNIL sanctionne une clinique"),
        ],
        [
            Document("Telecamere nei cimiteri contro i furti di rame"),
            Document("Videosorveglianza nei bagni pubblici: il Garante dice no"),
            Document("Cámaras en la iglesia: ¿es legal grabar a los fieles?"),
            Document("Caméras dans les vestiaires d'un club de sport : la CNIL sanctionne"),
            Document("Camerabewaking op begraafplaatsen neemt toe"),
        ],
        frozenset(),
    )


def test_what_the_boss_may_see_of_ones_work_asked_in_six_languages() -> None:
    """Probes of session s41 (rules 2026.12.405): what the boss may see of one's work on the
    computer, in six languages, a Dutch location followed, the Spanish subjunctive of filming and
    an Italian company's checks on its call-centre staff (0.13-0.47 before); being made to work
    overtime or on a bank holiday is employment law (0.56-0.63 before)."""
    _sorts(
        [
            Document("Can my boss see what I do on my work computer?"),
            Document("Mon patron peut-il voir ce que je fais sur mon ordinateur de travail ?"),
            Document("Darf mein Chef sehen, was ich am Arbeitsrechner mache?"),
            Document("Il mio capo può vedere cosa faccio sul computer aziendale?"),
            Document("¿Puede mi jefe ver lo que hago en el ordenador del trabajo?"),
            Document("Mag mijn werkgever mijn locatie volgen via mijn telefoon van de zaak?"),
            Document("¿Es legal que la empresa me grabe mientras trabajo?"),
            Document(
                "Call center: il Garante sanziona una società per i controlli sugli operatori"
            ),
        ],
        [
            Document("Kan mijn baas mij verplichten overuren te maken?"),
            Document("Can my boss make me work on a bank holiday?"),
            Document("Controlli sui lavoratori in nero: l'Ispettorato scopre 300 irregolari"),
            Document("Parents can see what kids do on TikTok with new feature"),
        ],
        frozenset(),
    )


def test_others_watched_where_no_worker_is_named_at_all() -> None:
    """Look-alikes of session s41 (rules 2026.12.406): footballers, inmates and other people
    watched in a title, where no worker, act, work setting, driver or courier is named anywhere,
    are ruled out (0.59-0.63 before: the other-subject signal alone left them to the model's
    words); a regulator's act on customers' calls, a driver rated by passengers and a workplace
    named keep the item for the model."""
    model = load_model()
    _ruled_out(
        model,
        [
            Document("I calciatori monitorati con il GPS durante gli allenamenti"),
            Document("Los jugadores del Real Madrid, monitorizados con GPS en cada entrenamiento"),
            Document("Prisons trial AI to monitor inmates' phone calls"),
        ],
        OTHERS_WATCHED,
        [
            Document(
                "Hungary data authority issues heavy fine for the use of AI voice recording "
                "analysis of customer calls"
            ),
            Document("Uber drivers monitored by the app while passengers rate them"),
            Document("Customers filmed at the office reception: staff complain"),
        ],
    )
    _relevant(model, [Document("Uber drivers monitored by the app while passengers rate them")])


def test_stalls_seas_landslides_the_sick_and_ones_front_door() -> None:
    """Look-alikes of session s41 (rules 2026.12.407): a pig stall, the Baltic, landslides and a
    river's water watched, the sick tagged, one's front door unlocked by one's face (0.69-0.83
    before); a stall's workers and carers filmed by the sick's families are watched staff."""
    _sorts(
        [
            Document("Schweinestall-Mitarbeiter per Kamera überwacht: Landwirt muss zahlen"),
            Document(
                "Badanti controllate con telecamere dai familiari dei malati: cosa dice la legge"
            ),
        ],
        [
            Document("KI überwacht Schweinestall: Landwirt erkennt Krankheiten früher"),
            Document("Überwachung der Ostsee: Marine setzt Drohnen ein"),
            Document("Sensori per monitorare le frane in Liguria"),
            Document("Sensores para vigilar la calidad del agua del Ebro"),
            Document("Braccialetto elettronico per i malati di Alzheimer"),
            Document("Gesichtserkennung entsperrt jetzt auch die Haustür"),
        ],
        frozenset(),
    )


def test_the_dutch_app_that_decides_and_delivery_times_to_the_second() -> None:
    """Probes of session s41 (rules 2026.12.408): the Dutch app that decides, beside its riders,
    and a courier app that measures delivery times or breaks to the second (0.24-0.36 before); a
    film app that decides and a stopwatch that times to the second name no worker."""
    _sorts(
        [
            Document(
                "Getir-riders: de app bepaalt alles, van route tot pauze",
                "Bezorgers krijgen waarschuwingen als ze te langzaam fietsen.",
            ),
            Document(
                "Wolt-Kuriere: App misst Lieferzeiten auf die Sekunde",
                "Wer zu langsam ist, bekommt weniger Aufträge.",
            ),
        ],
        [
            Document("Deze app bepaalt welke film je vanavond kijkt"),
            Document("Die Stoppuhr-App misst Zeiten auf die Sekunde genau"),
        ],
        frozenset(),
    )


def test_traffic_bins_passport_checks_villas_classrooms_and_nursery_staff() -> None:
    """Look-alikes of session s41 (rules 2026.12.409): road traffic, bins' fill levels, passport
    checks, villas' own cameras and infants' classrooms watched (0.59-0.82 before); a nursery's
    educators filmed (0.28 before) and the staff's internet traffic are workers watched."""
    _sorts(
        [
            Document("Educadoras grabadas en el aula: multa de la AEPD a la escuela infantil"),
            Document("Le maestre filmate in classe: il giudice dà ragione al sindacato"),
            Document(
                "Il datore di lavoro monitorava il traffico internet dei dipendenti: sanzione del "
                "Garante"
            ),
        ],
        [
            Document("Sensoren überwachen Füllstand der Mülltonnen"),
            Document("Gesichtserkennung bei der Passkontrolle am BER"),
            Document("Monitoraggio del traffico con l'intelligenza artificiale a Milano"),
            Document("Sensores para vigilar el tráfico en la M-30"),
            Document("Videosorveglianza privata: boom di installazioni nelle villette"),
            Document("Cámaras en las aulas de infantil: el debate llega al Congreso"),
        ],
        frozenset(),
    )


def test_location_measured_faked_activity_staff_vermessen_and_italian_web_tracking() -> None:
    """Probes of session s42 (rules 2026.12.410): couriers' location measured by the app (0.21
    before), software that fakes activity (0.25), call-centre agents "vermessen" (0.29) are
    workers watched; Italian tracking pixels and online tracking tools (0.62-0.89 before) are web
    users tracked, and land or space surveyed is not staff measured."""
    _sorts(
        [
            Document(
                "Lieferando-Fahrer: App misst Geschwindigkeit und Standort in Echtzeit",
                "Fahrerinnen und Fahrer berichten, dass Abweichungen von der Route sofort gemeldet "
                "werden.",
            ),
            Document(
                "Télétravail : un salarié licencié après la détection d'un logiciel de simulation "
                "d'activité"
            ),
            Document("Im Visier der Software: Wie Callcenter ihre Agenten vermessen"),
        ],
        [
            Document("Pixel di tracciamento sui siti delle ASL: il Garante apre un'istruttoria"),
            Document("Strumenti di tracciamento online: le nuove linee guida del Garante"),
            Document("Grundstück vermessen: Was kostet ein Vermessungsingenieur?"),
            Document("Wie Forscher das Weltall vermessen"),
        ],
        frozenset(),
    )


def test_what_a_summary_says_of_staff_scored_under_a_title_that_names_neither() -> None:
    """Probes of session s42 (rules 2026.12.410): titles naming neither staff nor monitoring, the
    summary telling how the staff are scored (their productivity data, a daily score from their
    calls and breaks, time away from the post, a hidden score, a leaderboard, screenshots every
    ten minutes, customers' ratings that get drivers deactivated): 0.12-0.45 before. Games'
    leaderboards, a phone's screenshots, credit scores and a country's productivity are not."""
    _sorts(
        [
            Document(
                "A new kind of performance review",
                "At one logistics firm, an algorithm now ranks every picker each week using "
                "scanner data, and the bottom 5% are called in for a talk.",
            ),
            Document(
                "Il punteggio che decide le ferie",
                "I magazzinieri raccontano che le richieste di permesso vengono valutate in base "
                "ai dati di produttività raccolti dal palmare.",
            ),
            Document(
                "Elke minuut telt",
                "Callcentermedewerkers krijgen een dagelijkse score op basis van gesprekstijd en "
                "pauzes, die de teamleider kan inzien.",
            ),
            Document(
                "Ogni pausa finisce in un report",
                "Il gestionale registra quando gli operatori si allontanano dalla postazione e "
                "invia un riepilogo al responsabile.",
            ),
            Document(
                "Cambios en la empresa que indignan a la plantilla",
                "La dirección ha instalado un programa que captura la pantalla de los ordenadores "
                "cada diez minutos.",
            ),
            Document(
                "Drivers deactivated when customer ratings fall below 4.6",
                "The union says the platform's rating system punishes workers for things outside "
                "their control.",
            ),
            Document("I lavoratori ricevono un punteggio segreto calcolato dal software"),
        ],
        [
            Document("Steam adds global leaderboards for speedrunners"),
            Document("Recall de Windows hace capturas de pantalla cada pocos segundos"),
            Document(
                "Credit bureaus' hidden scores decide who gets a loan",
                "Consumers have no right to see the internal rating.",
            ),
            Document("ONS: productivity data shows UK lagging behind G7 peers"),
            Document("Customer ratings: Amazon cracks down on fake reviews"),
        ],
        frozenset(),
    )


def test_a_wellness_schemes_wearables_read_by_the_employer() -> None:
    """Probes of session s42 (rules 2026.12.411): the data of a wellness scheme's fitness
    trackers used against sick staff (0.11 before: the sick-leave veto), the steps and sleep of
    the staff followed (0.24); one's own smartwatch, an insurer's discount and a sleep study are
    not workers watched."""
    _sorts(
        [
            Document(
                "Sick leave checks: employer used fitness tracker data to dispute absence",
                "The company had asked staff to join a wellness programme, then used the step "
                "counts in a disciplinary hearing.",
            ),
            Document("Werkgever volgt stappen en slaap van personeel via vitaliteitsapp"),
        ],
        [
            Document("Garmin adds sleep coach that reads your smartwatch data"),
            Document(
                "Insurers offer discounts for sharing fitness tracker data",
                "Customers who walk 10,000 steps a day pay less.",
            ),
            Document("Onderzoekers meten slaap van 10.000 Nederlanders"),
        ],
        frozenset(),
    )


def test_the_employers_power_of_control_ai_taught_by_staff_and_regulators_overseeing() -> None:
    """Probes of session s42 (rules 2026.12.412): the employer's power of control in Spanish
    (0.23 before) and AI taught with what engineers type (0.33) are workers watched; offenders'
    electronic monitoring (0.84), a regulator that "vigila" online platforms (0.68) and the
    Spanish directive on payment platforms (0.99) are not."""
    _sorts(
        [
            Document("Los límites del poder de control del empresario en la era digital"),
            Document(
                "Meta will capture what its engineers type to teach AI to code",
                "An internal memo says screen recordings and keystrokes from work machines will "
                "be used for training.",
            ),
        ],
        [
            Document(
                "Electronic monitoring of offenders expanded to 5,000 more people",
                "Tags will track curfews.",
            ),
            Document("Direttiva piattaforme online: Agcom vigila sui contenuti illegali"),
            Document("Directiva de plataformas digitales de pago: nuevas normas para los bancos"),
            Document("Google will teach AI skills to one million workers"),
        ],
        frozenset(),
    )


def test_how_long_the_staff_take_or_stay_measured_in_six_languages() -> None:
    """Probes of session s42 (rules 2026.12.413): summaries telling that badges or devices record
    how long nurses stay in each room or each worker takes (0.30-0.34 before, titles naming
    neither staff nor monitoring); how long one sleeps, a flight takes or children spend at
    screens is not workers watched, nor is each press officer's accreditation."""
    _sorts(
        [
            Document(
                "Krankenhaus führt neues System für Pflegekräfte ein",
                "Die Pflegekräfte tragen Badges, die erfassen, wie lange sie in jedem Zimmer sind.",
            ),
            Document(
                "Ophef bij ziekenhuis over nieuw systeem",
                "Verpleegkundigen dragen badges die registreren hoe lang ze op elke kamer zijn.",
            ),
            Document(
                "Polemica in una catena di supermercati",
                "I nuovi palmari cronometrano il tempo impiegato da ogni addetto per rifornire gli "
                "scaffali.",
            ),
            Document(
                "Nouvelle politique chez un géant du conseil",
                "Les badges et les connexions wifi des consultants seront contrôlés pour vérifier "
                "leur présence au bureau.",
            ),
        ],
        [
            Document("Die App misst, wie lange Sie schlafen", "Der Schlaftracker im Test."),
            Document("Hoe lang duurt een vlucht naar New York? Wij registreerden honderd vluchten"),
            Document("Ogni addetto stampa deve accreditarsi entro venerdì"),
            Document(
                "¿Cuánto tiempo pasan los niños frente a la pantalla? Un estudio lo mide",
                "Más de tres horas al día.",
            ),
        ],
        frozenset(),
    )


def test_productivity_targets_and_quotas_enforced_by_software() -> None:
    """Probes of session s42 (rules 2026.12.414): staff whose quotas AI polices (0.45 before) or
    whose productivity targets software enforces; a country's or a health service's
    productivity targets are not workers watched."""
    _sorts(
        [
            Document("Staff say their quotas are policed by AI", "Managers get alerts."),
            Document(
                "Warehouse workers say productivity targets are enforced by software",
                "Those who miss the rate receive automated warnings.",
            ),
        ],
        [
            Document("UK productivity targets missed as output stalls"),
            Document(
                "Hospitals miss productivity targets set by NHS England", "Waiting lists grew."
            ),
        ],
        frozenset(),
    )


def test_the_german_ueber_is_not_uber_and_what_the_boss_may_know() -> None:
    """Probes of session s42 (rules 2026.12.415): the fold makes the German "über" "uber", which
    the rules read as Uber, a platform: automated decisions on welfare benefits were kept from
    their veto as a platform's (0.78, relevant) and "Streit über die Lieferzeiten" was shown as
    a platform's service; lending decided by an algorithm (0.62) is people in general; what
    the boss may know of the staff in their home office (0.06) is workers watched, not what he
    may know of a tax return. Uber itself, followed by a verb, is still the platform."""
    _sorts(
        [
            Document("Was der Chef über die Beschäftigten im Homeoffice wissen darf"),
            Document(
                "Uber-Fahrer klagen gegen automatische Kontosperrung",
                "Das Gericht verlangt menschliche Prüfung.",
            ),
        ],
        [
            Document(
                "Automatisierte Entscheidungen über die Vergabe von Sozialleistungen",
                "Das Amt setzt eine Software ein.",
            ),
            Document(
                "Algorithmus entscheidet über die Kreditvergabe",
                "Banken setzen auf automatisierte Bonitätsprüfung.",
            ),
            Document("Was der Chef über die Steuererklärung wissen darf"),
        ],
        frozenset(),
    )
    shown = judge(Document("Streit über die Lieferzeiten: Was Kunden tun können"))
    assert not any(e.concept == "platform-service" for e in shown.classification.evidence)
    brand = judge(Document("Uber führt neue Funktion für Kunden ein")).classification.evidence
    assert any(e.concept == "platform-service" for e in brand)  # Uber's own news, as before


def test_the_participle_right_after_the_staff_in_french_spanish_and_german() -> None:
    """Probes of session s42 (rules 2026.12.416): staff "fichés", "fichados" or "ausgespäht"
    in a headline (0.18-0.47 before); customers and citizens filed, a club's signings and a
    CNIL guide's "fiches" are not workers watched."""
    _sorts(
        [
            Document("Salariés fichés par leur employeur : une enquête ouverte"),
            Document("Empleados fichados por su ideología: multa millonaria"),
            Document("Mitarbeiter heimlich ausgespäht: Gericht spricht Schadensersatz zu"),
        ],
        [
            Document("Clients fichés par la banque : amende de la CNIL"),
            Document("Ciudadanos fichados por la policía: el Supremo anula la base de datos"),
            Document("Jugadores fichados por el Real Madrid este verano"),
            Document("Des fiches pratiques pour les salariés : la CNIL publie un guide"),
        ],
        frozenset(),
    )


def test_what_the_boss_may_open_of_ones_own_phone_in_six_languages() -> None:
    """Probes of session s42 (rules 2026.12.417): the boss reading or opening a worker's own
    phone, asked in six languages (5 of 6 missed, 0.13-0.50); one's phone addressed as a device
    (0.83) and an IT team's device-management suites are not workers watched."""
    _sorts(
        [
            Document("BYOD: Darf der Arbeitgeber auf mein privates Handy zugreifen?"),
            Document("Il datore di lavoro può accedere al mio smartphone personale?"),
            Document("¿Puede la empresa ver mi móvil personal si uso el correo del trabajo?"),
            Document("Mag mijn werkgever in mijn privételefoon kijken?"),
            Document("Werkgever mag niet zomaar in privételefoon van werknemer kijken"),
            Document(
                "Can my employer see my personal phone if I use it for work email?",
                "Mobile device management software may give IT access to location and app lists.",
            ),
        ],
        [
            Document(
                "Can my phone see my location when it's off?", "How GPS and cell towers work."
            ),
            Document(
                "MDM solutions compared: Intune vs Jamf",
                "Which device management suite suits your IT team?",
            ),
            Document("Mag de politie in mijn telefoon kijken?"),
        ],
        frozenset(),
    )


def test_every_action_measured_and_biometric_time_registration_in_dutch() -> None:
    """Probes of session s42 (rules 2026.12.418): every action of order pickers measured (0.47
    before), time registration by face recognition with the clock named first (0.56); a step
    counter's every step and Uber drivers' higher fares (0.92) are not workers watched."""
    _sorts(
        [
            Document("Distributiecentrum meet elke handeling van orderpickers"),
            Document(
                "Tijdregistratie met gezichtsherkenning mag niet, zegt AP",
                "Een bedrijf moet het systeem weghalen.",
            ),
        ],
        [
            Document("Deze app meet elke stap die je zet", "Getest: vijf stappentellers."),
            Document(
                "Uber-chauffeurs krijgen hogere ritprijs",
                "Het platform verhoogt de tarieven in Amsterdam.",
            ),
        ],
        frozenset(),
    )


def test_employers_beside_high_risk_ai_as_in_german() -> None:
    """Probes of session s42 (rules 2026.12.420): the AI Act's duty of employers to inform
    workers before deploying high-risk AI (0.23 before; the German was read already); employers'
    associations and the AI Act's deployers in general are not workers watched."""
    _sorts(
        [Document("AI Act: employers must inform workers before deploying high-risk AI")],
        [
            Document("Employers' associations warn against high-risk AI rules for medical devices"),
            Document("AI Act: obligations of deployers of high-risk AI systems explained"),
        ],
        frozenset(),
    )


def test_the_staffs_engagement_or_attention_in_meetings_measured() -> None:
    """Probes of session s42 (rules 2026.12.421): software that measures the staff's engagement
    or attention in meetings and calls (0.42 before); an audience's attention or engagement is
    not workers watched."""
    _sorts(
        [
            Document("Zoom patents software that measures employees' engagement in meetings"),
            Document(
                "Software that scores employees' attention during video calls draws union complaint"
            ),
        ],
        [
            Document("How to measure audience engagement in webinars", "Polls and Q&A help."),
            Document("Tips to keep your audience's attention during video calls"),
        ],
        frozenset(),
    )


def test_faces_tone_time_spent_and_algorithms_rating_the_staff() -> None:
    """Probes of session s43 (rules 2026.12.424): the staff's facial expressions analysed, in
    English, beside a worker term (0.31 before); their tone and stress assessed, in French (0.10);
    the time each of them spends measured with a word between (0.24); an app that measures every
    second, the Dutch verb last (0.42); an algorithm that rates the couriers, with no relative
    pronoun (0.44). A job interview's facial expressions, a negotiation's tone, a stopwatch's
    every second and an algorithm that rates restaurants are not workers watched."""
    _sorts(
        [
            Document(
                "Workers at bank branch told new software will analyse their facial expressions",
                "The pilot aims to measure customer service quality.",
            ),
            Document(
                "Les centres d'appels testent l'IA qui analyse la voix des conseillers",
                "Le logiciel évalue en temps réel le ton et le stress des téléconseillers.",
            ),
            Document(
                "Quand le manager devient un tableau de bord",
                "Des outils mesurent désormais le temps passé par chaque collaborateur sur ses "
                "applications.",
            ),
            Document(
                "Bezorgers klagen over app die elke seconde meet",
                "Maaltijdkoeriers zeggen dat ze bij te veel vertraging worden geblokkeerd.",
            ),
            Document(
                "I rider potranno conoscere i criteri del punteggio",
                "La legge obbliga le piattaforme a spiegare come l'algoritmo valuta i fattorini.",
            ),
        ],
        [
            Document(
                "HireVue software analyses candidates' facial expressions in job interviews",
                "Applicants are scored on video.",
            ),
            Document(
                "Négociations salariales : la direction évalue le ton des discussions",
                "Les syndicats se disent prudents.",
            ),
            Document("Deze stopwatch-app die elke seconde meet is gratis", "Getest op Android."),
            Document(
                "Un algoritmo valuta i ristoranti di Milano",
                "La classifica premia le trattorie del centro.",
            ),
        ],
        frozenset(),
    )


def test_staff_chats_remote_surveillance_door_chips_and_dutch_systems() -> None:
    """Probes of session s43 (rules 2026.12.425): the staff's messages reviewed, or risky words
    flagged in their chats (0.35 before); "télésurveillance" of the staff (0.08); access data and
    door chips' data analysed, in German (0.49); Dutch systems "die werknemers volgen en
    beoordelen", the verb last (0.15). A home's remote surveillance, hackers' stolen logins, logs
    read after an attack, customers' chats and an app that shows couriers the way are not
    workers watched."""
    _sorts(
        [
            Document(
                "Slack messages of employees reviewed by AI compliance tool",
                "The bank says the software flags risky language in staff chats for investigators.",
            ),
            Document(
                "Télésurveillance des salariés : que dit le Code du travail ?",
                "Information préalable, consultation du CSE, proportionnalité.",
            ),
            Document(
                "Arbeitgeber wertet Zugangsdaten aus: Abmahnung unwirksam",
                "Das Arbeitsgericht hielt die Auswertung der Türchip-Daten für unzulässig.",
            ),
            Document(
                "AP publiceert handreiking over AI op de werkvloer",
                "De toezichthouder waarschuwt voor systemen die werknemers volgen en beoordelen.",
            ),
        ],
        [
            Document(
                "Télésurveillance : les meilleures offres pour protéger sa maison",
                "Alarme connectée, caméras et intervention d'un agent : notre comparatif.",
            ),
            Document(
                "Hacker erbeuten Zugangsdaten von Mitarbeitern eines Klinikums",
                "Die Angreifer verschickten gefälschte E-Mails.",
            ),
            Document(
                "Bank analysiert Logdaten nach Cyberangriff",
                "Die Auswertung der Logdaten soll klären, wie die Angreifer eindrangen.",
            ),
            Document(
                "Trading app flags risky messages in customer chats to stop scams",
                "The bank says fraudsters often pose as advisers.",
            ),
            Document(
                "Nieuwe app die bezorgers de snelste route laat zien",
                "De app helpt koeriers files te vermijden.",
            ),
        ],
        frozenset(),
    )


def test_grades_from_ai_shop_staff_blocked_accounts_and_chats_the_employer_read() -> None:
    """Probes of session s43 (rules 2026.12.426): call-centre staff graded by AI after each call
    (Dutch, 0.36 before); shop staff ("winkelpersoneel") under cameras (0.46); riders' accounts
    blocked (Spanish, 0.56); a WhatsApp message the employer read, the employer named before the
    verb (0.35). Students graded by AI, a bank's customers' accounts blocked, messages a firm sent
    to its customers, shop staff wanted and the television show Big Brother (0.60) are not
    workers watched."""
    _sorts(
        [
            Document(
                "Callcentermedewerkers krijgen cijfer van AI na elk gesprek",
                "Het systeem beoordeelt toon, snelheid en klanttevredenheid.",
            ),
            Document(
                "Camera's boven de kassa: mag dat zomaar?",
                "Winkelpersoneel klaagt over camera's die vooral op hen gericht zijn.",
            ),
            Document(
                "Glovo vuelve a bloquear cuentas de repartidores por el algoritmo",
                "Los riders denuncian desconexiones sin explicación tras caer su valoración.",
            ),
            Document(
                "Despedida por un mensaje de WhatsApp que la empresa leyó en su móvil de trabajo",
                "El juzgado declara nulo el despido.",
            ),
        ],
        [
            Document(
                "Studenten krijgen cijfer van AI voor hun essay",
                "De universiteit test software die teksten nakijkt.",
            ),
            Document(
                "El banco bloquea las cuentas de clientes sospechosos de fraude",
                "La entidad revisa las operaciones inusuales.",
            ),
            Document(
                "Mensajes de WhatsApp que la empresa envió a sus clientes por error",
                "La compañía pide disculpas.",
            ),
            Document(
                "Winkelpersoneel gezocht voor de feestdagen",
                "Supermarkten zoeken duizenden extra krachten.",
            ),
            Document("Big Brother keert terug op televisie", "Het programma begint in januari."),
        ],
        frozenset(),
    )


def test_parks_buses_trains_and_traffic_are_public_but_their_staff_are_workers() -> None:
    """Look-alikes of sessions s41-s42 (rules 2026.12.427): cameras in Spanish and Italian parks,
    buses and trains and on a city's traffic went over the line on the model's words for cameras
    (0.59-0.70); they are public places now. Their staff are workers: the city's gardeners and the
    train drivers ("macchinisti") watched (0.44, 0.25 before), and bus drivers under cameras."""
    _sorts(
        [
            Document("Giardinieri comunali controllati con il GPS nei parchi: il Garante sanziona"),
            Document("Jardineros municipales vigilados por GPS en los parques de Sevilla"),
            Document(
                "Macchinisti dei treni controllati con telecamere in cabina: il Garante sanziona",
                "Le immagini venivano usate per contestare le pause.",
            ),
            Document(
                "Los conductores de autobús, vigilados por cámaras en la cabina",
                "El sindicato denuncia que la empresa usa las imágenes para sancionar.",
            ),
        ],
        [
            Document("Cámaras de vigilancia en los parques de Madrid"),
            Document("Videovigilancia en los trenes de Cercanías: Renfe instala nuevas cámaras"),
            Document("Il traffico di Roma monitorato con nuove telecamere"),
            Document(
                "Videovigilancia en los autobuses urbanos de Madrid",
                "La EMT instala cámaras en toda la flota para mejorar la seguridad de los viajeros.",
            ),
        ],
        frozenset(),
    )


def test_ai_use_scored_mood_data_and_a_cars_recall() -> None:
    """Probes of session s43 (rules 2026.12.428): the staff's AI use measured and their being
    scored (0.39 before), their mood data shared with managers (0.48). A car recalled over its
    driver-monitoring camera (0.98) is a product, and the use of apps in general, or wellbeing
    data a staff survey collects, is not workers watched."""
    _sorts(
        [
            Document(
                "Employees who use AI get scored on it in performance reviews",
                "Managers at the company now see each worker's AI usage figures.",
            ),
            Document(
                "Wellbeing app shared employees' mood data with their managers",
                "Staff say they did not know their answers were visible to bosses.",
            ),
        ],
        [
            Document(
                "Ford recalls 100,000 SUVs over faulty driver monitoring system",
                "The camera may fail to detect a distracted driver.",
            ),
            Document(
                "Employees' app usage data shows Teams is most popular tool",
                "The vendor's annual report surveys 500 firms.",
            ),
            Document(
                "Employees' wellbeing data helps HR plan new benefits",
                "The annual survey shows demand for mental health support.",
            ),
        ],
        frozenset(),
    )


def test_the_boss_reading_along_and_software_analysing_staff_mail_in_german() -> None:
    """A probe of session s43 (rules 2026.12.429): software that analyses the staff's e-mails,
    the German verb last, and the boss reading along ("Wenn der Chef mitliest", 0.18 before).
    Software that analyses X-rays, and a boss who reads a book, are not workers watched."""
    _sorts(
        [
            Document(
                "Wenn der Chef mitliest",
                "Immer mehr Firmen setzen Software ein, die E-Mails ihrer Angestellten "
                "automatisch auswertet.",
            ),
        ],
        [
            Document(
                "Software, die Röntgenbilder automatisch auswertet",
                "Kliniken testen das System seit Januar.",
            ),
            Document("Der Chef liest gern Krimis", "Ein Porträt des neuen Vorstandschefs."),
        ],
        frozenset(),
    )


def test_summaries_that_tell_how_the_staff_are_measured_in_four_languages() -> None:
    """Probes of session s43 (rules 2026.12.430) whose titles name neither staff nor monitoring:
    each employee's active time tallied (French, 0.15 before), each one's performance measured
    with the German verb first (0.36), clerks' ("Sachbearbeiter") screens photographed (0.17), each
    order picker's pace measured (Dutch, 0.39). A solar panel's performance, physical activity,
    a how-to for recording one's screen and clerks wanted are not workers watched."""
    _sorts(
        [
            Document(
                "La fin de la confiance ?",
                "Dans plusieurs banques, les managers reçoivent chaque semaine un tableau du temps "
                "d'activité de chaque employé.",
            ),
            Document(
                "Neue Kultur der Kontrolle",
                "In vielen Lagern misst ein System die Leistung jedes Beschäftigten und meldet "
                "Pausen an den Vorgesetzten.",
            ),
            Document(
                "Die unsichtbare Aufsicht",
                "Ein Versicherer lässt die Bildschirme seiner Sachbearbeiter regelmäßig "
                "fotografieren.",
            ),
            Document(
                "Een nieuwe manier van leidinggeven",
                "In distributiecentra meet een systeem het tempo van elke orderpicker en meldt "
                "achterstanden.",
            ),
        ],
        [
            Document(
                "Die Solaranlage misst die Leistung jedes Moduls", "Eine App zeigt die Werte."
            ),
            Document(
                "Le temps d'activité physique des salariés augmente grâce au vélo",
                "Une étude de l'Ademe.",
            ),
            Document(
                "Bildschirm aufzeichnen unter Windows: so geht's",
                "Mit diesen Tastenkombinationen klappt es.",
            ),
            Document(
                "Sachbearbeiter gesucht: Versicherung stellt 50 neue Kräfte ein",
                "Die Stellen sind unbefristet.",
            ),
        ],
        frozenset(),
    )


def test_which_apps_the_staff_open_and_a_daily_rating() -> None:
    """Probes of session s43 (rules 2026.12.431) whose titles name neither staff nor monitoring:
    which apps the staff open, seen by IT (0.52 before); a daily rating of bank tellers (0.54).
    Which apps are approved, which sites are safe for pupils and a weekly ranking of restaurants
    are not workers watched."""
    _sorts(
        [
            Document(
                "What your laptop knows",
                "Corporate IT departments can now see which apps staff open, for how long, and "
                "when they step away.",
            ),
            Document(
                "A score for everything",
                "Bank tellers now receive a daily rating based on transactions, upsells and "
                "customer wait times.",
            ),
        ],
        [
            Document(
                "Staff can now see which apps are approved by IT",
                "A new catalogue lists the tools employees may install.",
            ),
            Document(
                "Teachers' guide: how to know which websites are safe for pupils",
                "A checklist for the classroom.",
            ),
            Document("Weekly rankings: the best restaurants in Berlin", "Our critics visited 40."),
        ],
        frozenset(),
    )


def test_which_apps_the_staff_open_and_a_daily_score_in_the_other_languages() -> None:
    """Probes of session s43 (rules 2026.12.432): .431's which apps the staff open and their
    daily score, in Spanish and Italian (0.21-0.29 before). School marks sent daily, a weekly
    ranking of restaurants and a survey of which apps employees use are not workers watched."""
    _sorts(
        [
            Document(
                "Lo que sabe tu portátil",
                "Los departamentos de informática pueden ver qué aplicaciones abren los empleados "
                "y cuánto tiempo las usan.",
            ),
            Document(
                "Una nota para todo",
                "Los cajeros del banco reciben cada día una puntuación según sus ventas.",
            ),
            Document(
                "Quello che sa il tuo portatile",
                "L'ufficio IT può vedere quali applicazioni aprono i dipendenti e per quanto tempo.",
            ),
            Document(
                "Un voto per tutto",
                "I cassieri della banca ricevono ogni giorno un punteggio in base alle vendite.",
            ),
        ],
        [
            Document(
                "Las notas diarias del colegio llegan por app",
                "Los padres reciben una notificación.",
            ),
            Document(
                "Valutazione settimanale dei ristoranti: la classifica",
                "I migliori locali di Roma.",
            ),
            Document(
                "Encuesta: qué aplicaciones usan más los empleados españoles",
                "Teams y WhatsApp encabezan la lista.",
            ),
        ],
        frozenset(),
    )


def test_every_move_clocked_and_a_daily_grade_in_german_and_dutch() -> None:
    """Probes of session s43 (rules 2026.12.433): every move stopped in the warehouses ("in den
    Lagern", a work setting now, 0.18 before) and clocked in Dutch ("klokt elke beweging", 0.18);
    a grade or rating received every day in German and Dutch (0.39, 0.28). Pupils rated every day
    and a marathon's every second are not workers watched."""
    _sorts(
        [
            Document(
                "Der neue Vorarbeiter",
                "In den Lagern verteilt eine Software die Aufgaben, stoppt jede Bewegung und "
                "meldet Verzögerungen an den Schichtleiter.",
            ),
            Document(
                "De nieuwe ploegbaas",
                "In magazijnen verdeelt software de taken, klokt elke beweging en waarschuwt de "
                "teamleider bij vertraging.",
            ),
            Document(
                "Eine Note für alles",
                "Kassiererinnen erhalten jeden Tag eine Bewertung nach Umsatz und Wartezeiten.",
            ),
            Document(
                "Een cijfer voor alles",
                "Caissières krijgen elke dag een cijfer op basis van omzet en wachttijden.",
            ),
        ],
        [
            Document(
                "Schüler erhalten jeden Tag eine Bewertung per App",
                "Die Schule testet ein digitales Notenheft.",
            ),
            Document(
                "De klok tikt: elke seconde telt bij de marathon", "Lopers bereiden zich voor."
            ),
        ],
        frozenset(),
    )


def test_dating_apps_are_private_life_but_their_staff_are_workers() -> None:
    """A look-alike of session s43 (rules 2026.12.434): geolocation in dating apps (0.69 before)
    is people's private life; a dating app firm that tracks its own staff is monitoring."""
    _sorts(
        [
            Document(
                "Dating app company tracked its employees' location through their work phones",
                "The regulator fined the firm.",
            )
        ],
        [Document("Uso de sistemas de geolocalización en aplicaciones de citas")],
        frozenset(),
    )


def test_palm_veins_voiceprints_smart_badges_and_step_counts() -> None:
    """Probes of session s43 (rules 2026.12.435): palm-vein scanners and hands scanned at a shift's
    start (0.21 before), voiceprints of call-centre staff (0.19), smart badges that record who talks
    to whom (0.39), bracelets that log nurses' hand-washing (0.47), the staff's step counts read
    (0.17). Shoppers' palms, conference badges, staff filling in time cards and fitness bands
    reviewed for buyers are not workers watched."""
    _sorts(
        [
            Document(
                "Palm-vein scanners replace time cards at meatpacking plant",
                "Workers must scan their hands at the start and end of every shift.",
            ),
            Document(
                "Voiceprints of call centre staff collected without consent, lawsuit says",
                "The company used the recordings to verify agents' identities.",
            ),
            Document(
                "Smart badges record who talks to whom in the office",
                "A consultancy analyses the data to map teams' collaboration.",
            ),
            Document(
                "Hospital makes nurses wear bracelets that log hand-washing",
                "Managers receive a compliance score for each nurse.",
            ),
            Document(
                "Employer hands staff fitness trackers and reads their step counts",
                "The insurer's wellness scheme shares data with managers.",
            ),
        ],
        [
            Document(
                "Palm-vein payments arrive at Whole Foods stores",
                "Shoppers can pay with a wave of their hand.",
            ),
            Document(
                "Smart badges let conference attendees swap contacts",
                "Organisers say the devices replace business cards.",
            ),
            Document(
                "How employees should fill in their time cards before the holidays",
                "A payroll reminder from HR.",
            ),
            Document(
                "Fitness wristbands that track your sleep: our top picks", "We tested ten models."
            ),
        ],
        frozenset(),
    )


def test_the_app_that_decides_who_works_shifts_and_pay() -> None:
    """Probes of session s43 (rules 2026.12.436): the German app that decides the couriers'
    shifts (0.26 before); the algorithm that decides what each driver is paid (Spanish, 0.38). An
    app that decides who wins a quiz, and one that hands out a city's parking permits, are not
    workers watched."""
    _sorts(
        [
            Document(
                "Lieferando-Kuriere: Die App entscheidet über Schichten",
                "Wer schneller liefert, bekommt bessere Zeiten – so berichten Fahrer.",
            ),
            Document(
                "Conductores de Uber denuncian tarifas dinámicas que les pagan menos",
                "El algoritmo decide cuánto cobra cada conductor por el mismo viaje.",
            ),
        ],
        [
            Document("La app que decide quién gana el concurso", "Un programa de televisión."),
            Document(
                "Stadt: Eine App vergibt künftig die Parkausweise",
                "Anwohner können sie online beantragen.",
            ),
        ],
        frozenset(),
    )


def test_bin_collectors_and_teachers_attendance_reported_by_app() -> None:
    """Probes of session s43 (rules 2026.12.437): bin collectors are workers (their trucks'
    cameras that flag slow crews, 0.45 before); teachers' attendance reported by app, in German,
    is monitoring named, so the union's protest does not rule it out (0.33). Pupils' attendance
    and the bin collectors' strike are not workers watched."""
    _sorts(
        [
            Document(
                "Bin collectors' trucks fitted with cameras that flag missed collections and "
                "slow crews",
                "The contractor says the data helps plan routes.",
            ),
            Document(
                "Lehrer sollen per App ihre Anwesenheit melden: Gewerkschaft protestiert",
                "Die Schulbehörde will so Vertretungen besser planen.",
            ),
        ],
        [
            Document(
                "Schüler müssen ihre Anwesenheit per App melden",
                "Die Schule digitalisiert das Klassenbuch.",
            ),
            Document(
                "Bin collectors' strike ends after two weeks",
                "Rubbish will be collected from Monday.",
            ),
        ],
        frozenset(),
    )


def test_the_staffs_backs_protected_is_safety_at_work() -> None:
    """A look-alike of session s43 (rules 2026.12.438): exoskeletons that protect the workers'
    backs (0.62 before) are safety at work; exoskeletons that log every lift for supervisors are
    monitoring."""
    model = load_model()
    _ruled_out(
        model,
        [Document("Factory workers learn to use exoskeletons to protect their backs",
                  "A training programme in Bavaria.")],
        WORKPLACE_ACCIDENT,
        [Document("Factory workers wear exoskeletons that log every lift",
                  "The data is shared with supervisors who track productivity.")],
    )  # fmt: skip


def test_a_dashboard_that_ranks_the_staff() -> None:
    """A probe of session s43 (rules 2026.12.439): a dashboard or tool that ranks the staff, in
    French and English ("Un tableau de bord classe les salariés selon leur usage de l'assistant",
    0.13 before). A tool that rates restaurants, an AI that marks pupils' papers and a dashboard
    that ranks products are not workers watched."""
    _sorts(
        [
            Document(
                "Copilot : Microsoft permet aux managers de voir qui utilise l'IA dans l'équipe",
                "Un tableau de bord classe les salariés selon leur usage de l'assistant.",
            ),
            Document("New dashboard ranks each employee by how often they use Copilot"),
        ],
        [
            Document(
                "Le guide Michelin en ligne : un outil qui note les restaurants",
                "Les chefs étoilés réagissent.",
            ),
            Document(
                "L'IA note les copies des élèves au bac blanc",
                "Les professeurs restent maîtres de la note finale.",
            ),
            Document(
                "Sales dashboard ranks the best products of the month",
                "Retailers see which items sell.",
            ),
        ],
        frozenset(),
    )


def test_dutch_staff_followed_by_sensors_and_time_per_application() -> None:
    """Probes of session s43 (rules 2026.12.440): care staff followed via sensors in their badge
    (Dutch, 0.39 before); how much time the staff spend in each application tallied (0.44).
    Museum staff followed on Instagram are not workers watched."""
    _sorts(
        [
            Document(
                "Zorgmedewerkers gevolgd via sensoren in hun badge",
                "Het ziekenhuis wil weten hoeveel tijd verpleegkundigen bij patiënten doorbrengen.",
            ),
            Document(
                "OR blokkeert invoering van productiviteitssoftware",
                "Het programma zou bijhouden hoeveel tijd medewerkers in elke applicatie "
                "doorbrengen.",
            ),
        ],
        [
            Document(
                "Medewerkers van het museum gevolgd door duizenden bezoekers op Instagram",
                "De rondleidingen zijn populair.",
            ),
        ],
        frozenset(),
    )


def test_what_the_boss_can_see_and_what_a_work_badge_collects() -> None:
    """Title-only probes of session s43 (rules 2026.12.441), in the manner of the tech press's
    explainers: "Your boss can see more than you think" (0.55 before), "What happens to the data
    your work badge collects" (0.15). A doctor who can see one's health record and the data one's
    own phone collects are not workers watched."""
    _sorts(
        [
            Document("Your boss can see more than you think"),
            Document("What happens to the data your work badge collects"),
        ],
        [
            Document(
                "Your doctor can see more than you think: what's in your health record",
                "Patients can request a copy.",
            ),
            Document("What happens to the data your phone collects", "A guide to app permissions."),
        ],
        frozenset(),
    )


def test_usage_tallied_screens_photographed_tone_rated_and_staff_flagged() -> None:
    """Probes of session s44 (rules 2026.12.443): a works council stopping the analysis of the
    staff's Copilot usage data (0.19 before), an employer tallying how long they are active in
    meetings (German, 0.24); one screen photographed (Italian, 0.14) or the verb last (Dutch,
    0.12); AI used to flag "disengaged" staff (0.28). A survey's tally of how often staff use
    ChatGPT, a phone's screenshot how-to and AI that flags staff shortages are not workers
    watched."""
    _sorts(
        [
            Document(
                "Betriebsrat stoppt Auswertung von Copilot-Nutzungsdaten",
                "Das Arbeitsgericht gab dem Betriebsrat recht.",
            ),
            Document(
                "Arbeitgeber wertet aus, wie lange Mitarbeiter in Teams-Meetings aktiv sind",
                "Der Betriebsrat wurde nicht beteiligt.",
            ),
            Document(
                "Smart working, l'azienda può installare un software che fotografa lo schermo?",
                "L'avvocato del lavoro risponde.",
            ),
            Document(
                "Werkgever liet software elk kwartier het scherm van thuiswerkers fotograferen",
                "De AP legde een boete op.",
            ),
            Document(
                "Employer used AI to flag 'disengaged' staff from Slack messages, tribunal hears",
                "The sentiment tool rated each worker's tone in chat channels.",
            ),
        ],
        [
            Document(
                "Bitkom-Umfrage: Auswertung, wie oft Beschäftigte ChatGPT nutzen",
                "Jeder dritte Arbeitnehmer setzt KI-Werkzeuge im Job ein.",
            ),
            Document(
                "Come fotografare lo schermo del telefono Android", "La guida passo per passo."
            ),
            Document(
                "Hospitals use AI to flag staff shortages before they happen",
                "The tool predicts gaps in rotas weeks in advance.",
            ),
        ],
        frozenset(),
    )


def test_graded_by_ai_scored_each_traders_chats_and_german_reports_to_the_boss() -> None:
    """Probes of session s44 (rules 2026.12.444): calls graded by AI (0.53 before), each agent's
    politeness scored (0.09), traders' chats scanned (0.29), an app that reports to the shift
    leader (German, 0.21), every activity recorded with the verb last (German, 0.36). Essays
    graded by AI beside "teachers", a regulator's case on traders' chats and an app that tells
    its user the battery is low are not workers watched."""
    _sorts(
        [
            Document(
                "Your Zoom calls might be graded by AI. Here's what employees should know",
                "Meeting analytics tools score participation and attention.",
            ),
            Document(
                "Call centre dashboard scores every agent's politeness after each call",
                "Team leaders see the figures live.",
            ),
            Document(
                "Bank uses AI to scan traders' chats for signs of misconduct",
                "Every message on Bloomberg and Teams is checked by a language model.",
            ),
            Document(
                "Lieferando-Fahrer: App misst Standzeiten und meldet sie dem Schichtleiter",
                "Wer zu lange steht, wird zum Gespräch gebeten.",
            ),
            Document(
                "Pflegekräfte müssen jede Tätigkeit minutengenau in der App erfassen",
                "Die Heimleitung wertet die Daten für Leistungsvergleiche aus.",
            ),
        ],
        [
            Document(
                "Essays graded by AI: teachers divided over new tool",
                "Pupils get instant feedback.",
            ),
            Document(
                "Regulators fine banks over traders' chats in currency-rigging case",
                "The messages showed collusion between dealers.",
            ),
            Document(
                "Die App meldet dem Nutzer, wenn der Akku fast leer ist",
                "Das Update ist ab heute verfügbar.",
            ),
        ],
        frozenset(),
    )


def test_the_agents_hours_checked_and_staff_fired_on_a_scanner_s_data() -> None:
    """Probes of session s44 (rules 2026.12.445): a court on the agents' hours checked by facial
    recognition (French, 0.14 before: "agents" alone are police officers), drivers fired on
    scanner data (0.35). The town hall's opening hours and the border checks of PARAFE are not
    workers watched."""
    _sorts(
        [
            Document(
                "Conseil d'État : le contrôle des horaires des agents par reconnaissance faciale "
                "est illégal",
                "Le décret autorisant le dispositif est annulé.",
            ),
            Document(
                "FedEx accused of firing drivers based on scanner data",
                "The union says handheld devices log every stop.",
            ),
        ],
        [
            Document(
                "Les horaires des agents de la mairie changent cet été",
                "L'accueil ouvrira à 8 h 30.",
            ),
            Document(
                "Reconnaissance faciale : le Conseil d'État valide le contrôle aux frontières",
                "Le décret PARAFE est confirmé.",
            ),
        ],
        frozenset(),
    )


def test_time_per_task_behaviour_analysed_desk_time_counted_and_private_accounts_read() -> None:
    """Probes of session s44 (rules 2026.12.446): housekeepers timed room by room (0.46 before),
    the time of each task measured (Spanish 0.04, English 0.33), bus drivers' behaviour analysed
    (French 0.16), behavioural data of staff (0.39, Dutch 0.18), how long each employee sits at
    the desk counted (0.49), a private account consulted (French 0.40). Parcels tracked parcel by
    parcel, a running watch, web users' behaviour, a navigation app that listens in and a
    workout app are not workers watched."""
    _sorts(
        [
            Document(
                "Hotel housekeepers timed room by room by new app",
                "Managers see who falls behind in real time.",
            ),
            Document(
                "Empleados de banca denuncian que un software mide el tiempo de cada gestión",
                "Los sindicatos lo llevan a la Inspección de Trabajo.",
            ),
            Document(
                "The software records the time employees spend on each task",
                "Managers get weekly reports.",
            ),
            Document(
                "La RATP teste une IA qui analyse le comportement des conducteurs de bus",
                "Freinages brusques et usage du téléphone sont relevés.",
            ),
            Document(
                "Werkgever zette AI in om ziekteverzuim te voorspellen uit gedragsdata",
                "De AP noemt het profilering van werknemers.",
            ),
            Document(
                "Office sensors count how long each employee sits at their desk, leaked slides show",
                "The data feeds a 'workplace utilisation' dashboard for managers.",
            ),
            Document(
                "Un employeur condamné pour avoir consulté le compte Facebook privé d'une salariée",
                "Il s'était connecté avec le téléphone d'une collègue.",
            ),
        ],
        [
            Document(
                "Parcels tracked parcel by parcel: the new Royal Mail app explained",
                "Customers see each step of the delivery.",
            ),
            Document(
                "El reloj que mide el tiempo de cada vuelta: probamos el nuevo Garmin",
                "Ideal para corredores.",
            ),
            Document(
                "Google analyse le comportement des internautes pour cibler la publicité",
                "La CNIL enquête.",
            ),
            Document(
                "Die Navi-App hört mit: So schalten Sie die Sprachsteuerung ab",
                "Viele Nutzer wissen nicht, dass das Mikrofon aktiv ist.",
            ),
            Document(
                "The app records the time spent on each workout", "Users can share their results."
            ),
        ],
        frozenset(),
    )


def test_minutes_per_patient_and_the_toilets_of_public_premises() -> None:
    """Probes of session s44 (rules 2026.12.447): software that tells nurses how many minutes each
    patient should take (0.31 before) is read beside them; hidden cameras in the toilets of
    public premises (Italian, 0.63) watch customers, while cameras there aimed at the staff are
    still workers watched."""
    _sorts(
        [
            Document(
                "Inside the software that tells nurses how many minutes each patient should take",
                "Managers see who runs over time.",
            ),
            Document(
                "Telecamere nei locali pubblici puntate sui dipendenti: il Garante sanziona il "
                "titolare",
                "Le riprese servivano a controllare il personale al bancone.",
            ),
        ],
        [
            Document(
                "Garante: no alle telecamere nascoste nei bagni dei locali pubblici",
                "La sanzione riguarda un bar.",
            ),
            Document(
                "How long each task takes: a project manager's guide to estimates",
                "Break work into smaller pieces.",
            ),
        ],
        frozenset(),
    )


def test_algorithms_that_set_working_conditions_and_the_stechuhr_ruling() -> None:
    """Real pages read in session s44 (rules 2026.12.448): a jurist's analysis of the rulings on
    platforms' use of algorithms to set working conditions (0.29 before) is algorithmic
    management; the "Stechuhr-Urteil", the duty to record working time, names no time clock
    (0.97 and 0.92 before), while a clock with facial recognition is still staff watched."""
    _sorts(
        [
            Document(
                "Análisis jurídico de las sentencias que abordan el uso de algoritmos por las "
                "empresas de la economía de plataformas para regular las condiciones de trabajo.",
                "Los días 9 y 10 de marzo se celebrará el seminario internacional organizado por la "
                "Unión General de Trabajadores.",
            ),
            Document(
                "Gesichtserkennung an der Stechuhr: Datenschützer rügen Arbeitgeber",
                "Die Beschäftigten mussten sich per Kamera anmelden.",
            ),
        ],
        [
            Document(
                "Was bedeutet das Stechuhr-Urteil für die Apotheken?",
                "Laut einem Urteil des Europäischen Gerichtshofs (EuGH) aus dem Jahr 2019 müssen "
                "Betriebe die Arbeitszeit ihrer Angestellten komplett erfassen – egal, ob diese im "
                "Büro, im Außendienst oder von zu Hause aus arbeiten.",
            ),
            Document(
                "Stechuhr-Urteil: Arbeitsrecht und Wirklichkeit",
                "Unternehmen sind verpflichtet, die Arbeitszeit ihrer Beschäftigten zu erfassen, "
                "und zwar täglich von Anfang bis Ende und nicht nur die Überstunden.",
            ),
        ],
        frozenset(),
    )


def test_the_boss_reading_chats_login_patterns_dead_time_and_bodycams_against_assaults() -> None:
    """Probes of session s44 (rules 2026.12.449): a manager who reads the team's chat logs (0.36
    before), employees' login patterns analysed (0.46), the couriers' "tempo morto" counted by
    the app (Italian, 0.17: "morto" was read as a death), an employer using GPS data to dismiss
    (Spanish). Body cameras that reduce assaults on prison staff (0.99), "time theft" as the
    boss's word for long lunches, football's dead time and a traffic authority's data are not
    workers watched."""
    _sorts(
        [
            Document(
                "Ask the lawyer: my manager reads our team chat logs every week – is that allowed?",
                "He says it is company property, so he can do what he likes.",
            ),
            Document(
                "Vendor press release: new module flags 'time theft' by analysing employees' "
                "login patterns",
                "The feature is available to enterprise customers.",
            ),
            Document(
                "Sindacati contro il 'tempo morto' calcolato dall'app: i corrieri rischiano sanzioni",
                "Ogni sosta superiore a tre minuti viene segnalata.",
            ),
            Document(
                "La empresa utiliza los datos del GPS para despedir a un repartidor, denuncia el "
                "sindicato",
                "El trabajador había parado a comer.",
            ),
        ],
        [
            Document(
                "Prison officers' body cameras reduce assaults on staff",
                "The pilot ran in five prisons.",
            ),
            Document(
                "Time theft: can you be sacked for long lunch breaks?",
                "An employment lawyer explains the rules on working hours.",
            ),
            Document(
                "Il tempo morto del calcio italiano: così si perdono 30 minuti a partita",
                "Le pause tra un fallo e l'altro.",
            ),
            Document(
                "La DGT usa datos de los radares para sancionar a más conductores",
                "Las multas crecen un 12%.",
            ),
        ],
        frozenset(),
    )


def test_staff_who_spied_on_filmed_or_shared_the_footage_of_customers_are_the_watchers() -> None:
    """Look-alikes of session s44 (rules 2026.12.450): staff who spied on customers through their
    cameras (1.00 before), filmed guests (1.00), shared images from customers' car cameras
    (0.99), snooped on a celebrity's records (1.00) or, as guards, filmed shoppers (0.99) are
    insiders watching others, not workers watched; staff spied on by software, filmed by
    hidden cameras, spying on colleagues for management, or posting videos of the scanners
    that track them still are."""
    _sorts(
        [
            Document(
                "Employees spied on by AI software, union says",
                "The tool captured screenshots every five minutes.",
            ),
            Document(
                "Workers filmed by hidden cameras in staff toilets, tribunal hears",
                "The employer said it was investigating theft.",
            ),
            Document(
                "Staff spied on colleagues for management, leaked files show",
                "Team leaders reported on breaks and chats.",
            ),
            Document(
                "Warehouse workers post videos of scanners that track their breaks",
                "The clips went viral on TikTok.",
            ),
        ],
        [
            Document(
                "Ring employees spied on customers through their home cameras, FTC says",
                "One employee viewed thousands of videos of female users.",
            ),
            Document(
                "Hotel staff filmed guests with hidden cameras in rooms, police say",
                "Two employees were arrested.",
            ),
            Document(
                "Tesla workers shared sensitive images recorded by customers' car cameras",
                "Reuters reports staff circulated videos in internal chats.",
            ),
            Document(
                "Hospital staff snooped on a celebrity's medical records",
                "Thirteen employees were disciplined.",
            ),
            Document(
                "Security guards filmed shoppers with body cameras, court hears",
                "The footage was used in a theft trial.",
            ),
        ],
        frozenset(),
    )


def test_the_keyboard_recorded_beside_a_worker_term() -> None:
    """Probes of session s44 (rules 2026.12.451): software that records the staff's keyboard
    (Italian 0.29 before, English 0.38, Spanish); a keyboard's own troubleshooting and a
    spell-checking keyboard are not workers watched."""
    _sorts(
        [
            Document(
                "Ispettorato del lavoro: vietati i software che registrano la tastiera dei "
                "dipendenti",
                "La nota chiarisce i limiti dell'articolo 4.",
            ),
            Document(
                "Software logs the keyboard and screen of every remote worker",
                "Employers get an hourly report.",
            ),
            Document(
                "Empresa registraba el teclado de sus empleados para medir su productividad",
                "La AEPD la sanciona con 40.000 euros.",
            ),
        ],
        [
            Document(
                "Come controllare la tastiera del pc se i tasti non funzionano",
                "La guida passo per passo.",
            ),
            Document(
                "Le clavier qui enregistre vos frappes pour corriger l'orthographe",
                "Test du nouveau modèle.",
            ),
        ],
        frozenset(),
    )


def test_the_dutch_boss_who_always_watches_along() -> None:
    """A title-only probe of session s44 (rules 2026.12.452): "De baas kijkt altijd mee" (0.17
    before; "De baas kijkt mee" was read already). The football club's boss who watches training
    is not a worker watched."""
    _sorts(
        [Document("De baas kijkt altijd mee")],
        [Document("De baas van Ajax kijkt mee bij de training", "De directeur was op het veld.")],
        frozenset(),
    )


def test_control_technologies_at_work_and_employee_data_processed_by_ai() -> None:
    """Title-only regulators' probes of session s44 (rules 2026.12.453): the AEPD's guide to
    control technologies at work (0.30 before), an EDPB opinion on employee data processed by AI
    systems (0.37). Air-quality control tools in schools and customers' data priced by AI are
    not workers watched."""
    _sorts(
        [
            Document(
                "AEPD publica una guía sobre el uso de tecnologías de control en el ámbito laboral"
            ),
            Document("EDPB: Opinion on the processing of employee data by AI systems"),
        ],
        [
            Document(
                "Strumenti di controllo della qualità dell'aria nelle scuole",
                "Il Comune installa sensori.",
            ),
            Document(
                "Customer data analysed by AI systems to set prices, regulator warns",
                "Shoppers may pay more.",
            ),
        ],
        frozenset(),
    )


def test_an_algorithm_that_assigns_shifts_and_a_phone_read_out() -> None:
    """Probes of session s44 (rules 2026.12.454): the Italian algorithm that assigns deliveries and
    measures every delay (0.43 before) and decides the on-call doctors' shifts (0.42); a sick
    employee's phone read out for the employer (Dutch, 0.32). One's own old phone wiped before
    it is sold and a suspect's read by the police are not workers watched."""
    _sorts(
        [
            Document(
                "Fattorini sotto controllo: l'algoritmo assegna le consegne e misura ogni ritardo",
                "Chi accumula ritardi perde turni.",
            ),
            Document(
                "L'algoritmo decide i turni di guardia medica, ma i medici di famiglia protestano",
                "La Regione difende il sistema.",
            ),
            Document(
                "Rechter: werkgever mocht telefoon van zieke werknemer niet laten uitlezen",
                "De gegevens zijn onrechtmatig verkregen.",
            ),
        ],
        [
            Document(
                "Oude telefoon laten uitlezen voor je hem verkoopt: zo doe je dat",
                "Wis eerst al je gegevens.",
            ),
            Document(
                "Politie laat telefoon van verdachte uitlezen",
                "De gegevens worden gebruikt in het onderzoek.",
            ),
        ],
        frozenset(),
    )


def test_the_algorithm_that_becomes_the_boss_and_workers_rights_over_algorithms() -> None:
    """Real pages read in session s45 (rules 2026.12.455): the Italian algorithm that "becomes the
    employer" (0.57 before, a hair under the line), the Spanish ministry's guide to workers'
    rights over the algorithms used at work (0.24 before). An algorithm that became the boss of
    the music industry watches no one, and workers' rights beside AI and jobs are not about the
    employer's algorithms."""
    _sorts(
        [
            Document(
                "Con poteri direttivi e sanzionatori l'algoritmo diventa datore di lavoro", ""
            ),
            Document(
                "El Gobierno pone el foco en los algoritmos: esto es lo que debes saber antes de "
                "usar la Inteligencia Artificial en la empresa",
                "El Ministerio de Trabajo presentó una guía sobre los derechos de los "
                "trabajadores en relación con el uso de los algoritmos de la Inteligencia "
                "Artificial en la empresa.",
            ),
        ],
        [
            Document(
                "How the recommendation algorithm became the boss of the music industry",
                "Streaming charts now decide which songs get played on the radio.",
            ),
            Document(
                "Los derechos de los trabajadores y la inteligencia artificial: el empleo que viene",
                "Un informe estima cuántos puestos de trabajo podrían automatizarse en la próxima "
                "década.",
            ),
        ],
        frozenset(),
    )


def test_number_plates_read_and_a_home_s_own_cameras_are_not_workers_watched() -> None:
    """Real pages read in session s45 (rules 2026.12.456): cameras that read number plates for the
    towns (0.68 before) and a home's own cameras (Spanish, 0.78 and 0.67) watch no worker. Plate
    cameras used to check the staff's hours, and a home's cameras filming the domestic worker,
    still do."""
    _sorts(
        [
            Document(
                "Telecamere lettura targhe per controllare i dipendenti? Il Garante dice no",
                "L'azienda usava i dati dei varchi per verificare gli orari dei lavoratori.",
            ),
            Document(
                "Videovigilancia en la vivienda: ¿puedo grabar a mi empleada del hogar?",
                "La AEPD recuerda que la trabajadora debe ser informada de las cámaras.",
            ),
        ],
        [
            Document(
                "Telecamere per la lettura delle targhe nei Comuni",
                "L'installazione di telecamere per la lettura delle targhe da parte dei Comuni è "
                "un tema sempre più caldo.",
            ),
            Document(
                "Medidas a tener en cuenta sobre la videovigilancia en la vivienda",
                "Proteger nuestro hogar con un sistema de videovigilancia es una decisión "
                "inteligente, pero es importante hacerlo de forma legal para evitar problemas.",
            ),
            Document(
                "¿Son legales las cámaras de vigilancia ocultas para casa?",
                "Tu casa es el lugar en el que compartes con tu familia y donde resguardas muchos "
                "de tus bienes materiales.",
            ),
        ],
        frozenset(),
    )


def test_uber_s_face_checks_of_its_drivers_taken_to_law_are_a_landmark() -> None:
    """Real pages read in session s45 (rules 2026.12.457): Uber's face checks of its drivers taken
    to a tribunal or to court (0.24, 0.23 and 0.33 before: the platform is no worker term, so its
    face recognition read as others watched) are relevant at any score, as the field's other
    landmark cases. Its passengers' face checks, and a court's fine on Uber for something else
    beside another firm's face recognition, are not."""
    _sorts(
        [
            Document(
                "Uber to face UK tribunal over 'racially discriminatory' facial recognition systems",
                "A UK union said members were wrongly dismissed when the system failed to work.",
            ),
            Document(
                "Legal action over alleged Uber facial verification bias",
                "Two unions are taking legal action against Uber, alleging that software used to "
                "verify drivers' identity is racially biased.",
            ),
        ],
        [
            Document(
                "Uber sued over facial recognition checks on passengers",
                "A rider says the app locked her out after a failed selfie.",
            ),
            Document(
                "Court fines Uber over price surge; facial recognition row goes on at Lyft",
                "Customers were overcharged during storms.",
            ),
        ],
        frozenset(),
    )


def test_german_participles_compounded_with_how_much_is_watched() -> None:
    """A real page read in session s45 (rules 2026.12.458): "the totally watched employee" (0.23
    before: the compound participle was no monitoring term, only its noun was). A totally watched
    city and a baby monitor name no worker."""
    _sorts(
        [
            Document(
                "Ständige Kontrollen: Der totalüberwachte Mitarbeiter",
                "Internet-Versandhändler Amazon kontrolliert ganz genau, welchen Weg seine Waren "
                "gehen – und seine Mitarbeiter.",
            ),
            Document(
                "Dauerüberwacht im Homeoffice: Firma zeichnet Bildschirme der Angestellten auf",
                "Der Betriebsrat wusste nichts davon.",
            ),
        ],
        [
            Document(
                "Totalüberwachte Stadt: China baut Kameranetz weiter aus",
                "Millionen Kameras erfassen Gesichter im öffentlichen Raum.",
            ),
            Document(
                "Rundum überwacht: Das Baby-Phone mit Kamera im Test",
                "Die besten Geräte für Eltern.",
            ),
        ],
        frozenset(),
    )


def test_german_tools_that_rate_the_staff_and_data_about_them_analysed() -> None:
    """Probes of session s45 (rules 2026.12.459): AI tools "that rate employees", said with a
    German relative clause in the plural (0.08 before), and data about the staff stored and
    analysed (0.16). Sensors that measure a river and data about customers are not it."""
    _sorts(
        [
            Document(
                "Betriebsrat redet mit über KI-Tools, die Mitarbeiter bewerten",
                "Ein Urteil stärkt die Mitbestimmung.",
            ),
            Document(
                "Daten über Beschäftigte: Was Arbeitgeber speichern und auswerten dürfen",
                "Ein Überblick für Betriebsräte.",
            ),
        ],
        [
            Document(
                "Sensoren, die den Wasserstand erfassen: Stadt rüstet Pegel auf",
                "Die Messwerte sind online abrufbar.",
            ),
            Document(
                "Daten über Kunden auswerten: So nutzen Händler KI",
                "Empfehlungen werden persönlicher.",
            ),
        ],
        frozenset(),
    )


def test_a_platform_fined_for_breaking_spain_s_rider_law_is_no_algorithm_read() -> None:
    """Real pages read in session s45 (rules 2026.12.460): the Labour Inspectorate's fines on
    Glovo for breaking the Rider Law, which it enforces against false self-employment (1.00
    before: the law's nickname names the subject, for its right to know the algorithms). The law
    itself, and a fine for hiding the algorithm from the staff's representatives, still do."""
    _sorts(
        [
            Document(
                "La ley Rider obliga a las empresas a informar del algoritmo que gestiona a sus "
                "empleados",
                "Los comités de empresa podrán conocer las reglas.",
            ),
            Document(
                "Multa a Glovo por incumplir la ley Rider al ocultar su algoritmo a los "
                "representantes de los trabajadores",
                "La Inspección considera que la empresa debía informar de los parámetros del "
                "algoritmo.",
            ),
        ],
        [
            Document(
                "Primera multa a Glovo por incumplir la ley Rider",
                "La Inspección de Trabajo ha emitido la primera multa contra Glovo por incumplir "
                "la conocida como 'ley Rider'.",
            ),
            Document(
                "Trabajo multa a Glovo con 79 millones por vulnerar la ley Rider y no contratar a "
                "falsos autónomos",
                "La Inspección de Trabajo ha impuesto una multa a Glovo que asciende hasta los 79 "
                "millones de euros por el incumplimiento de la Ley Rider.",
            ),
        ],
        frozenset(),
    )


def test_the_ai_act_s_high_risk_area_of_employment_and_workers_management() -> None:
    """Real pages read in session s45 (rules 2026.12.461): the AI Act's high-risk area of
    "employment, workers management" named by its heading or its number, beside the Act (0.05 and
    0.01 before). A tax code's annex, and a sector's "employment and workers management" agreed
    with its unions, are not it."""
    _sorts(
        [
            Document(
                "What is EU AI Act Annex III point 4?",
                "Annex III point 4 of the EU AI Act lists employment and workers management as a "
                "high-risk use area.",
            ),
            Document(
                "AI Act: occupazione, gestione dei lavoratori e accesso al lavoro autonomo tra i "
                "sistemi ad alto rischio",
                "Le aziende dovranno valutare gli strumenti che assegnano i turni e valutano i "
                "dipendenti.",
            ),
        ],
        [
            Document(
                "Annex III point 4 of the tax code explained",
                "How the new rules on depreciation affect small businesses.",
            ),
            Document(
                "Employment and workers management in the construction sector: a new collective "
                "agreement",
                "Unions and employers agreed on pay and hours.",
            ),
        ],
        frozenset(),
    )


def test_dead_time_is_watched_only_when_counted_or_the_staff_s() -> None:
    """The Italian "tempo morto" (rules 2026.12.462, the session s45 review): read where it is
    counted or is the staff's, in one pattern (it was read twice, by the monitoring list and as
    a paired term); not a tip on using one's dead time at the office (0.99 before)."""
    _sorts(
        [
            Document(
                "Un software calcola i tempi morti dei dipendenti",
                "L'azienda vuole ridurre le pause.",
            ),
            Document(
                "Corrieri, l'app conteggia il tempo morto", "I lavoratori rischiano sanzioni."
            ),
        ],
        [Document("Tempi morti in ufficio: come sfruttarli per imparare", "Cinque consigli.")],
        frozenset(),
    )


def test_the_works_council_s_say_over_ai_and_a_customer_s_sentiment_extracted() -> None:
    """Rules 2026.12.463: co-determination or a works agreement over AI, software or algorithms
    names the subject (§ 87(1)6 BetrVG gives the works council its say because they can watch the
    staff: two real pages at 0.08 and 0.32); the sentiment a machine extracts or measures, with
    no worker named, is a customer's (a real page on call-centre conversations at 0.61)."""
    _sorts(
        [
            Document(
                "Mitbestimmung des Betriebsrats bei Software und KI-Systemen",
                "Neue Tools erzeugen sensible Daten über Beschäftigte.",
            ),
            Document(
                "Mitbestimmung 4.0: Wie Betriebsräte Algorithmen steuern",
                "Praxisleitfaden mit Vorlagen für KI-Betriebsvereinbarungen.",
            ),
        ],
        [
            Document(
                "How AI Extracts Sentiment from Call Center Conversations?",
                "Sentiment analysis helps organizations gauge customer emotions and improve "
                "service quality in real time.",
            ),
            Document(
                "Mitbestimmung bei Überstunden und Kurzarbeit",
                "Wann der Betriebsrat bei der Arbeitszeit mitbestimmen darf.",
            ),
            Document(
                "Betriebsrat kritisiert Stellenabbau wegen KI",
                "Der Konzern will 2.000 Stellen streichen und Aufgaben an KI übergeben.",
            ),
        ],
        frozenset(),
    )


def test_the_spanish_keeping_watch_in_the_subjunctive_and_remote_work_controlled() -> None:
    """Rules 2026.12.464: the Spanish "vigilar" also in the subjunctive and the infinitive ("que
    las empresas vigilen a los teletrabajadores" 0.26), and the control of remote work ("Control
    del trabajo en remoto y nulidad de despido" 0.15, a real page); not a regulator keeping watch
    over compliance, beaches watched, or aid for remote work."""
    _sorts(
        [
            Document(
                "La justicia avala que las empresas vigilen a los teletrabajadores",
                "Una teleoperadora de Valladolid fue despedida por su empresa.",
            ),
            Document(
                "Control del trabajo en remoto y nulidad de despido",
                "Una teleoperadora firmó un acuerdo de teletrabajo.",
            ),
        ],
        [
            Document(
                "La CNMV vigilará el cumplimiento de las nuevas normas",
                "El regulador supervisará a los bancos.",
            ),
            Document(
                "Drones para vigilar las playas este verano",
                "El ayuntamiento amplía la videovigilancia.",
            ),
            Document(
                "El control del trabajo a distancia: las nuevas ayudas para autónomos",
                "El Gobierno aprueba subvenciones para el teletrabajo rural.",
            ),
        ],
        frozenset(),
    )


def test_algorithms_at_the_workplace_in_dutch_and_german_not_behind_one_s_feed() -> None:
    """Rules 2026.12.465: algorithms at the workplace in Dutch and German ("Risico's algoritmes
    op de werkvloer", a Dutch DPA's page at 0.15); the English "algorithms at work" no longer
    read as the staff's where they work behind one's own feed (the rules called that look-alike
    relevant; the model alone still weighs its "algorithms")."""
    _sorts(
        [
            Document(
                "Risico's algoritmes op de werkvloer",
                "Organisaties zetten algoritmes steeds vaker in bij het managen van werknemers.",
            ),
            Document(
                "Algorithmen am Arbeitsplatz: Was Beschäftigte wissen müssen",
                "Software verteilt Schichten und bewertet Leistungen.",
            ),
        ],
        [
            Document(
                "AI op de werkvloer: zo gebruik je ChatGPT slim", "Vijf tips voor generatieve AI."
            )
        ],
        frozenset(),
    )
    feed = judge(Document("Algorithms at work in your Netflix recommendations"))
    assert "monitoring@title" not in feed.signals and not feed.classification.relevant


def test_facial_technology_said_without_the_recognition() -> None:
    """Rules 2026.12.466: "tecnología facial" (and its French, Italian and English forms) is a
    biometric term ("Sanción a Cabrera de Mar por emplear tecnología facial en controles
    laborales", a real page at 0.05); not a face to pay with at the till. "Controles laborales"
    alone was measured and left out: it is as often the labour inspectors' checks."""
    _sorts(
        [
            Document(
                "Sanción a Cabrera de Mar por emplear tecnología facial en controles laborales",
                "La autoridad catalana de protección de datos ha sancionado a una empresa.",
            ),
            Document(
                "Empresa usa tecnología facial para controlar la jornada de sus empleados",
                "Los trabajadores denuncian que no se les pidió consentimiento.",
            ),
        ],
        [
            Document(
                "Tecnología facial para pagar en el supermercado llega a Madrid",
                "Los clientes podrán pagar con la cara en las cajas.",
            ),
            Document(
                "El Gobierno refuerza los controles laborales contra el fraude en la contratación",
                "La Inspección de Trabajo hará más visitas a las empresas.",
            ),
        ],
        frozenset(),
    )


def test_the_employer_s_duty_to_tell_the_staff_of_its_ai_in_italian() -> None:
    """Rules 2026.12.467: Italy's AI law (Legge 132/2025, article 11) makes the employer tell the
    staff of the AI it uses: the duty to inform, beside AI and a worker term, names the subject
    (seven real pages at 0.08-0.39); not the professions' duty to tell their clients, nor AI
    literacy, nor the privacy notice alone."""
    _sorts(
        [
            Document(
                "AI in azienda: obblighi informativi nei confronti dei lavoratori",
                "Dal 10 ottobre 2025 entra in vigore la Legge 23 settembre 2025, n. 132.",
            ),
            Document(
                "IA, informativa obbligatoria per datore di lavoro e committente",
                "L'art. 11 disciplina l'utilizzo dell'intelligenza artificiale nel lavoro.",
            ),
            Document(
                "Legge 132/2025, cosa cambia per il lavoro: l'informativa sull'IA ai dipendenti",
                "Il datore di lavoro deve informare i lavoratori.",
            ),
        ],
        [
            Document(
                "IA e professionisti: obblighi informativi verso i clienti",
                "Avvocati e commercialisti devono comunicare l'uso di sistemi di IA.",
            ),
            Document(
                "Alfabetizzazione IA: nuovi obblighi per i datori di lavoro",
                "L'AI Act impone la formazione del personale che usa sistemi di IA.",
            ),
            Document(
                "Obblighi informativi sul trattamento dei dati: cosa deve sapere il datore di "
                "lavoro",
                "L'informativa privacy ai dipendenti deve essere chiara.",
            ),
        ],
        frozenset(),
    )


def test_the_french_cse_consulted_before_ai_comes_in() -> None:
    """Rules 2026.12.468: the CSE's say over AI, as the German works council's (.463): the
    Nanterre court's orders suspending AI tools until the CSE was consulted (real pages at 0.07
    and 0.10); not the CSE's elections or budget, nor AI in the courts."""
    _sorts(
        [
            Document(
                "Suspension de la mise en oeuvre de l'IA dans une entreprise à la demande du CSE",
                "Le tribunal judiciaire de Nanterre enjoint à une entreprise de suspendre le projet.",
            ),
            Document(
                "Consultation du CSE en matière d'IA : nouvelle illustration",
                "Le tribunal suspend le déploiement de deux logiciels de gestion du personnel.",
            ),
            Document(
                "Le CSE obtient la suspension d'un logiciel d'IA d'évaluation des salariés",
                "Le juge ordonne à l'employeur de consulter les représentants du personnel.",
            ),
        ],
        [
            Document("Élections du CSE : le calendrier 2026", "Comment organiser le scrutin."),
            Document(
                "L'IA dans les tribunaux : le Conseil d'État publie une étude",
                "Les juges pourront utiliser des outils d'aide à la décision.",
            ),
        ],
        frozenset(),
    )


def test_the_staff_representatives_say_over_ai_in_dutch_spanish_and_italian() -> None:
    """Rules 2026.12.469: the Dutch works council's consent, the Spanish works committee's right
    to know the algorithms and the Italian union representatives' say over AI (as the German
    and French, .463 and .468); not a union or committee fearing AI will take jobs."""
    _sorts(
        [
            Document(
                "Instemmingsrecht ondernemingsraad bij invoering van AI",
                "Wanneer moet de werkgever de OR om instemming vragen?",
            ),
            Document(
                "Información al comité de empresa sobre la inteligencia artificial",
                "El Estatuto de los Trabajadores obliga a informar.",
            ),
            Document(
                "Sindacati e algoritmi: l'informativa alle RSU sui sistemi automatizzati",
                "Il datore deve informare le rappresentanze sindacali.",
            ),
        ],
        [
            Document(
                "El comité de empresa alerta: la inteligencia artificial destruirá empleos en el "
                "banco",
                "Los sindicatos piden formación.",
            ),
            Document(
                "Sindacati: l'intelligenza artificiale ruberà migliaia di posti di lavoro",
                "La Cgil chiede un piano per la riqualificazione.",
            ),
            Document(
                "Ondernemingsraad vreest banenverlies door AI", "De vakbond wil afspraken maken."
            ),
        ],
        frozenset(),
    )


def test_the_staff_told_before_high_risk_ai_is_used_in_four_more_languages() -> None:
    """Rules 2026.12.470: the AI Act's duty to tell the staff before high-risk AI is used at work
    (article 26(7)), as English had it: the German employer beside "Hochrisiko-KI", and the
    staff told in Spanish, French and Dutch (probes at 0.04-0.36); not the employers'
    associations, nor employers investing in high-risk medical AI."""
    _sorts(
        [
            Document(
                "KI-Verordnung: Arbeitgeber müssen Beschäftigte vor dem Einsatz von Hochrisiko-KI "
                "informieren",
                "Artikel 26 Absatz 7 verpflichtet die Betreiber.",
            ),
            Document(
                "AI Act : l'employeur doit informer les salariés avant d'utiliser une IA à haut "
                "risque",
                "L'article 26 impose d'informer les représentants du personnel.",
            ),
            Document(
                "AI Act: de werkgever moet werknemers informeren over AI met een hoog risico",
                "Artikel 26 lid 7 verplicht gebruiksverantwoordelijken.",
            ),
            Document(
                "Reglamento de IA: la empresa debe informar a los trabajadores antes de usar "
                "sistemas de alto riesgo",
                "El artículo 26.7 obliga a informar.",
            ),
        ],
        [
            Document(
                "Arbeitgeberverbände kritisieren Hochrisiko-KI-Regeln der EU",
                "Die Verbände fordern eine Verschiebung der Pflichten.",
            ),
            Document(
                "Les employeurs de la tech investissent dans l'IA à haut risque pour la santé",
                "Les dispositifs médicaux intelligents se multiplient.",
            ),
            Document(
                "Werkgevers investeren in medische AI met een hoog risico",
                "Ziekenhuizen kopen nieuwe diagnosesystemen.",
            ),
        ],
        frozenset(),
    )


def test_riders_matched_with_drivers_or_fares_are_passengers() -> None:
    """Rules 2026.12.471: "riders" matched or connected with drivers, cars or fares are a ride
    app's passengers, not couriers (Lyft's line was 0.71); riders with low ratings still are."""
    lyft = Document("Lyft's app now connects riders to drivers faster at airports")
    assert "worker@title" not in judge(lyft).signals
    _sorts(
        [
            Document(
                "Deliveroo riders with low ratings lose access to the best shifts",
                "The app ranks couriers by their acceptance rates.",
            )
        ],
        [Document(lyft.title, "The company says wait times fell by a third.")],
        frozenset(),
    )


def test_the_german_watch_kept_over_safety_or_a_thing_is_not_the_staff_s() -> None:
    """Rules 2026.12.472: "Überwachung der Arbeitssicherheit" (of compliance, a site, a machine
    ...) is not the staff watched (a look-alike at 0.77); "Überwachung von Beschäftigten" is."""
    _sorts(
        [
            Document(
                "Überwachung von Beschäftigten durch Privatdetektive",
                "Das Gericht hält die Observation für unzulässig.",
            )
        ],
        [
            Document(
                "Überwachung der Arbeitssicherheit: Berufsgenossenschaft prüft Baustellen",
                "Die Prüfer kontrollieren Gerüste und Schutzkleidung.",
            )
        ],
        frozenset(),
    )


def test_machines_and_price_rises_watched_are_things() -> None:
    """Rules 2026.12.473: machines, machinery and production lines watched are things, not the
    staff (in six languages), and so are price rises in Spanish; a worker term just after the
    thing keeps the hit ("monitors machines and staff")."""
    _sorts(
        [
            Document(
                "AI monitors machine operators and flags slow workers",
                "Staff on the production line are scored every hour.",
            ),
            Document(
                "Die Software überwacht Maschinen und Mitarbeiter gleichzeitig",
                "Der Betriebsrat fordert eine Betriebsvereinbarung.",
            ),
        ],
        [
            Document(
                "AI monitors factory machines to predict failures",
                "Sensors spot wear before breakdowns happen.",
            ),
            Document(
                "Control de precios: Consumo vigila las subidas en los supermercados",
                "Los inspectores revisarán las etiquetas.",
            ),
        ],
        frozenset(),
    )


def test_firing_and_discipline_decided_by_ai_name_the_subject() -> None:
    """Rules 2026.12.474: termination or disciplinary decisions made by AI (a real page on
    California's vetoed No Robo Bosses Act, 0.07, named it only in its summary); not hiring or
    investment decisions made by AI."""
    _sorts(
        [
            Document(
                "Calif. Gov. Vetoes Regulation Of AI In Employment Decisions",
                "Newsom vetoed a bill that would have required businesses to make sure humans "
                "reviewed termination and disciplinary decisions made by artificial intelligence "
                "tools.",
            )
        ],
        [
            Document(
                "Hiring decisions made by AI face new audit rules in New York",
                "Employers must audit résumé-screening tools for bias.",
            ),
            Document(
                "Investment decisions made by AI: are robo-advisers safe?",
                "Regulators warn savers about automated portfolios.",
            ),
        ],
        frozenset(),
    )


def test_automated_decisionmaking_spelt_as_one_word() -> None:
    """Rules 2026.12.475: "automated decisionmaking", as California's rules spell it, is read as
    "automated decision-making" is: the employer's use of it names the subject (a real page at
    0.28), the consumers' is people in general (a real page at 0.64)."""
    _sorts(
        [
            Document(
                "California's Long-Awaited Final Regulations on Automated Decisionmaking Create "
                "New Compliance Challenges for Employers",
                "New regulations on the use of automated decisionmaking technology for employment "
                "decisions will come into effect on January 1, 2026.",
            )
        ],
        [
            Document(
                "CPPA AI rules for automated decisionmaking",
                "The agency unveiled draft regulations to bolster consumer protections.",
            )
        ],
        frozenset(),
    )


def test_the_cfpb_s_background_dossiers_on_workers() -> None:
    """Rules 2026.12.476: the CFPB's "background dossiers" beside workers, employers or
    employment name the subject (its circular 2024-06, real pages at 0.32 and 0.56); not a
    landlord's on tenants."""
    _sorts(
        [
            Document(
                "Consumer Financial Protection Circular: Background Dossiers and Algorithmic "
                "Scores for Hiring, Promotion, and Other Employment Decisions",
                "The CFPB has issued Consumer Financial Protection Circular 2024-06.",
            )
        ],
        [
            Document(
                "Landlords use background dossiers to screen tenants, CFPB warns",
                "Tenant screening reports often contain errors.",
            )
        ],
        frozenset(),
    )


def test_new_south_wales_digital_work_systems_and_the_massachusetts_fair_act() -> None:
    """Rules 2026.12.477: NSW's "digital work systems" (its Work Health and Safety amendment on
    algorithms and AI that allocate or watch work) and the Massachusetts FAIR Act are named for
    the subject (real pages at 0.17-0.45); not a school's digital systems for homework."""
    _sorts(
        [
            Document(
                "Work Health and Safety Amendment (Digital Work Systems) Bill 2025",
                "The bill amends the Work Health and Safety Act 2011.",
            ),
            Document(
                "An Act fostering artificial intelligence responsibility",
                "Chapter 149B of the General Laws.",
            ),
        ],
        [
            Document(
                "Schools roll out digital work systems for homework",
                "Pupils submit assignments through a new online platform.",
            )
        ],
        frozenset(),
    )


def test_the_automated_decision_to_dismiss_names_the_subject() -> None:
    """Rules 2026.12.478: the automated decision to dismiss, and dismissal or firing by algorithm
    or automated means (a real page on Uber's robo-firing penalties at 0.55); not a phone
    contract terminated by an automated decision, nor spam deleted by algorithm."""
    _sorts(
        [
            Document(
                "Uber ordered to pay €584,000 in penalties for failure to comply with court order",
                "Uber must provide transparency into the automated decision to dismiss two "
                "drivers.",
            ),
            Document(
                "Courier fired by algorithm wins compensation",
                "The tribunal found the app had deactivated him without any human review.",
            ),
        ],
        [
            Document(
                "Automated decision to terminate a mobile phone contract: what are your rights?",
                "Consumers can ask for a human review under the GDPR.",
            ),
            Document(
                "Gmail will automatically delete spam by algorithm after 30 days",
                "Messages flagged as junk will be removed without review.",
            ),
        ],
        frozenset(),
    )


def test_the_german_noun_of_total_control_is_monitoring() -> None:
    """Rules 2026.12.479: the German noun of total or seamless control over the staff is
    monitoring, as the participles are (a real page on Lieferando's Big Brother Award at 0.17);
    not the total control of a supply chain, nor a car's full inspection."""
    _sorts(
        [
            Document(
                "Lieferando erhält für die »Totalkontrolle« seiner Beschäftigten den "
                "diesjährigen Big-Brother-Award",
                "Sie gehören längst zum Stadtbild: Beschäftigte auf Fahrrädern.",
            ),
            Document(
                "Rundumkontrolle der Fahrer: Betriebsrat klagt gegen Ortungssystem",
                "Das Unternehmen erfasst per App den Standort seiner Kuriere.",
            ),
        ],
        [
            Document(
                "Totalkontrolle über die Lieferkette: Wie Händler ihre Waren verfolgen",
                "Mit RFID-Chips und Software behalten Händler den Überblick über jede Palette.",
            ),
            Document(
                "Rundumkontrolle beim TÜV: Was Autofahrer jetzt wissen müssen",
                "Die Hauptuntersuchung wird strenger: Prüfer kontrollieren künftig auch die "
                "Software des Fahrzeugs.",
            ),
        ],
        frozenset(),
    )


def test_emotion_ai_is_read_in_every_language() -> None:
    """Rules 2026.12.480: emotion AI named in French, Italian, Spanish, German and Dutch is
    emotion recognition, at work as in English; and where it reads customers, children or a
    car's driver, the veto on emotions read by a machine keeps it out (the German car at 0.70
    was relevant before)."""
    _sorts(
        [
            Document(
                "IA émotionnelle au travail : la CNIL met en garde les employeurs",
                "Analyser les émotions des salariés par la voix ou le visage est interdit par le "
                "règlement européen sur l'IA.",
            ),
            Document(
                "IA emotiva in ufficio: il Garante avverte le aziende",
                "Sistemi che leggono le emozioni dei dipendenti sono vietati dall'AI Act.",
            ),
        ],
        [
            Document(
                "L'IA émotionnelle au service de la relation client",
                "Les marques analysent la voix des clients pour adapter leurs réponses en temps "
                "réel.",
            ),
            Document(
                "Emotionale KI im Auto: Das Fahrzeug erkennt, wenn der Fahrer müde wird",
                "Kameras im Innenraum beobachten das Gesicht und warnen bei Sekundenschlaf.",
            ),
        ],
        frozenset(),
    )


def test_productivity_gains_in_the_summary_and_the_algorithm_that_manages_the_staff() -> None:
    """Rules 2026.12.481: productivity raised, told in the summary of an item that names no
    monitoring, is its subject (a real page on Microsoft's Copilot study at 0.60); an algorithm
    that manages the staff names the subject, whatever gains its summary quotes; monitoring
    named keeps an item whose summary promises productivity gains."""
    _sorts(
        [
            Document(
                "How Amazon's algorithm manages its warehouse workers",
                "The company says its software delivers productivity gains, but workers "
                "describe constant pressure.",
            ),
            Document(
                "Bossware is on the rise",
                "Vendors promise productivity gains from tracking what staff do at their "
                "computers.",
            ),
            Document(
                "El algoritmo que gestiona a los repartidores, a examen",
                "La Inspección de Trabajo revisa cómo la plataforma asigna pedidos.",
            ),
        ],
        [
            Document(
                "Microsoft says workers should believe the hype with AI tools",
                "Generative AI tools are delivering marked benefits for users, according to "
                "research from Microsoft, with employees reporting significant productivity "
                "gains.",
            ),
            Document(
                "Google's algorithm directs drivers onto quiet residential streets",
                "Residents complain that navigation apps send commuters past schools.",
            ),
        ],
        frozenset(),
    )


def test_the_detective_agency_spelt_without_its_h_and_the_italian_investigative_services() -> None:
    """Rules 2026.12.482: the Dutch detective agency spelt "rechercebureau" and the Italian
    investigative services or checks set on a sick worker are monitoring, beside a worker term,
    as the detective is (two real pages at 0.61, ruled out as sick leave, and 0.51); not an
    agency that finds a painting, nor a private research agency's survey of staff."""
    _sorts(
        [
            Document(
                "Inschakelen rechercebureau om zieke werknemer te controleren",
                "Is er een juridische basis voor het inschakelen van een recherchebureau bij een "
                "vermoeden van twijfels aan arbeidsverzuim?",
            ),
            Document(
                "Legittimo il controllo del lavoratore in malattia a mezzo di servizi "
                "investigativi privati",
                "Un lavoratore, durante un periodo di assenza per infortunio sul lavoro, era "
                "stato oggetto di accertamenti investigativi richiesti dal datore di lavoro.",
            ),
        ],
        [
            Document(
                "Rechercebureau vindt gestolen schilderij terug",
                "Het kunstwerk werd in een garage in Antwerpen aangetroffen.",
            ),
            Document(
                "Particulier onderzoeksbureau: werknemers tevreden over thuiswerken",
                "Uit een enquête onder 2.000 werknemers blijkt dat de meesten twee dagen thuis "
                "willen werken.",
            ),
        ],
        frozenset(),
    )


def test_the_staffs_communications_as_training_data_and_their_emails_analysed() -> None:
    """Rules 2026.12.483: the staff's messages as AI training data with more words between, the
    workplace's or a company's communications as training data, the staff who are training the
    AI, and the staff's e-mails analysed (four real pages at 0.10-0.53); not a chat tool's
    customers' messages, nor training data in general."""
    _sorts(
        [
            Document(
                "Companies are selling workers' private messages and emails as AI training data",
                "A growing number of defunct and struggling companies are monetizing their "
                "internal archives.",
            ),
            Document(
                "AI Companies Mining Corporate Communications for Training Data: Privacy and "
                "Legal Concerns Emerge",
                "AI companies are harvesting corporate communications including Slack and email "
                "as training data without explicit employee consent.",
            ),
            Document(
                "Your Employees Are Training Your AI. Do They Know That?",
                "Most businesses are feeding client data into AI training pipelines without "
                "realizing it.",
            ),
            Document(
                "Does analyzing employee emails run afoul of the GDPR?",
                "HR leaders are wary of any new technology that digs too deeply into employee "
                "emails.",
            ),
        ],
        [
            Document(
                "Slack will use customer messages to train its AI unless admins opt out",
                "The company updated its privacy principles; workspace owners must email "
                "support to opt out.",
            ),
            Document(
                "Training data for AI: where do corporate chatbots get their text?",
                "Most models are trained on public web pages, books and code.",
            ),
        ],
        frozenset(),
    )


def test_social_networks_biometric_suits_on_behalf_of_consumers_are_not_staff() -> None:
    """Rules 2026.12.484: a biometric privacy suit on behalf of a state's consumers, or over a
    photo feature that scanned users' faces, names no worker: its people are the users (two real
    pages at 0.72 and 0.92); an employer's time clocks under the same law stay in."""
    _sorts(
        [
            Document(
                "Illinois employees sue over biometric time clocks",
                "Workers say their employer scanned their fingerprints without written consent "
                "under BIPA.",
            ),
        ],
        [
            Document(
                "Facebook's Biometric Privacy Settlement Poised for Final Approval",
                "In 2015, Facebook was sued for violating the Illinois' Biometric Information "
                "Privacy Act (BIPA) in federal court in California in a class action lawsuit "
                "brought on behalf of Illinois consumers.",
            ),
            Document(
                "Did You Receive a Settlement Check in the Mail Too? – A Look at Illinois' "
                "Biometric Info Privacy Act",
                "Perhaps think twice before applying a filter to your photo on social media.",
            ),
        ],
        frozenset(),
    )


def test_a_motorists_own_dashcam_is_not_a_fleets() -> None:
    """Rules 2026.12.485: a dashcam in an item that names no worker, no fleet or trade and no
    platform is a motorist's own (three real pages on dashcams and the GDPR at 0.57-0.76); a
    platform's or a trucking fleet's dashcams, where drivers alone are no worker term, stay in."""
    _sorts(
        [
            Document(
                "Uber to watch its drivers with AI dashcams",
                "The cameras will flag drivers who look at their phones and report them to the "
                "platform.",
            ),
            Document(
                "The Future of Safety and Surveillance: AI Dashcams in the Trucking Industry",
                "With the proliferation of AI-powered dashcams, fleet operations are becoming "
                "safer and more effective.",
            ),
        ],
        [
            Document(
                "How GDPR regulates dashcam",
                "To ensure the safety of the driver and to facilitate insurance claims in case of "
                "accidents, modern vehicles are outfitted with a number of cameras.",
            ),
            Document(
                "Europe: Data protection considerations for the use of dashcams in the EU - part "
                "two",
                "The use of dashcams is on the rise in Europe which raises data protection "
                "concerns surrounding the collection and processing of personal data.",
            ),
        ],
        frozenset(),
    )


def test_riders_held_employees_or_regularised_in_spanish_are_their_status() -> None:
    """Rules 2026.12.486: riders held to be in an employment relationship, or regularised by the
    labour inspectors, in Spanish, are who counts as an employee, not how they are watched (two
    probes at 0.58 and 0.84 for the model's words "Deliveroo" and "Uber"); an algorithm named
    keeps an item in."""
    _sorts(
        [
            Document(
                "El juez obliga a Glovo a revelar cómo su algoritmo vigila a los riders",
                "Los repartidores están sujetos a una relación laboral y tienen derecho a conocer "
                "los criterios de evaluación.",
            ),
        ],
        [
            Document(
                "La Seguridad Social gana el macrojuicio contra Deliveroo",
                "El Juzgado de lo Social número 19 de Madrid ha considerado que los 'riders' de "
                "Deliveroo están sujetos a una relación laboral con la empresa.",
            ),
            Document(
                "Uber Eats, multada por incumplir la ley Rider en Madrid",
                "La Inspección de Trabajo regulariza a 2.000 repartidores.",
            ),
        ],
        frozenset(),
    )


def test_office_365_before_the_works_council_and_the_short_87_1_6() -> None:
    """Rules 2026.12.487: § 87 (1) 6 BetrVG written "§ 87 I Nr. 6", Office 365 put to the works
    council's codetermination a few words away, and the works council named before its
    introduction (two real pages on the BAG's and LAG Köln's decisions at 0.09 and 0.39); not the
    works council's own meetings held with Microsoft 365."""
    _sorts(
        [
            Document(
                "BAG: Einführung und Anwendung von Microsoft Office 365 im Unternehmen unterliegt "
                "Mitbestimmung nach § 87 I Nr. 6 BetrVG",
                "So das BAG in seinem Beschluss vom 8. März 2022 (Az.: 1 ABR 20/21).",
            ),
            Document(
                "LAG Köln: Zuständigkeit des Gesamtbetriebsrates bei der Einführung von Microsoft "
                "Office 365",
                "Die Beteiligten streiten über die Zuständigkeit des Antragstellers.",
            ),
        ],
        [
            Document(
                "Betriebsrat nutzt Microsoft 365 für seine Sitzungen",
                "Die Mitglieder stimmen per Teams ab.",
            ),
        ],
        frozenset(),
    )


def test_the_employers_facebook_page_and_it_works_agreements_before_the_works_council() -> None:
    """Rules 2026.12.488: the employer's Facebook page put to codetermination (the BAG's 1 ABR
    7/15), an IT works agreement on a named system, and the control of the staff's conduct and
    performance said in full (real pages at 0.08-0.31); not the works council's own Facebook
    page, nor machines' performance."""
    _sorts(
        [
            Document(
                "Betriebsrat kann bei Facebook-Auftritt des Arbeitgebers mitbestimmen",
                "Wenn Nutzer sich über das Verhalten von Mitarbeitern in Postings öffentlich "
                "äußern können, unterliegt diese Funktion der Mitbestimmung.",
            ),
            Document(
                "Betriebsvereinbarung Salesforce: Tipps für den Betriebsrat",
                "Viele Unternehmen greifen auf das Cloud-basierte Salesforce zurück.",
            ),
            Document(
                "Unternehmenseinheitliche Nutzung von Microsoft Office 365",
                "Die Nutzung mit der Möglichkeit einer zentralen Kontrolle von Verhalten und "
                "Leistung der Arbeitnehmer erfordert eine betriebsübergreifende Regelung.",
            ),
        ],
        [
            Document(
                "Facebook-Seite für den Betriebsrat: So informieren Sie die Belegschaft",
                "Immer mehr Betriebsräte nutzen soziale Medien für ihre Kommunikation.",
            ),
            Document(
                "Qualitätskontrolle von Verhalten und Leistung der Maschinen",
                "Sensoren prüfen die Anlagen rund um die Uhr.",
            ),
        ],
        frozenset(),
    )


def test_codetermination_over_using_software_a_camera_or_gps() -> None:
    """Rules 2026.12.489: the German works council's codetermination over the use of software,
    a route planner, a camera or GPS names the subject (§ 87 (1) 6 is its only ground: the BAG's
    Google Maps decision, a real page at 0.56); not codetermination over short-time work, a pay
    system or the council's own AI training."""
    _sorts(
        [
            Document(
                "Bundesarbeitsgericht Beschluss, 10. Dez. 2013 - 1 ABR 43/12",
                "Die Beteiligten streiten über das Bestehen eines Mitbestimmungsrechts bei der "
                "Verwendung von „Google Maps“ zu Abrechnungszwecken.",
            ),
        ],
        [
            Document(
                "Mitbestimmung bei der Einführung eines neuen Entgeltsystems",
                "Die Vergütungsgrundsätze unterliegen dem Mitbestimmungsrecht nach § 87 Abs. 1 "
                "Nr. 10 BetrVG.",
            ),
            Document(
                "KI-Kompetenz für den Betriebsrat",
                "Betriebsräte müssen zunehmend über KI-Kompetenz verfügen, um ihre "
                "Mitbestimmungsrechte bei der Einführung und Nutzung von Künstlicher Intelligenz "
                "(KI) wahrnehmen zu können.",
            ),
        ],
        frozenset(),
    )


def test_italian_checks_on_the_employees_in_the_plural() -> None:
    """Rules 2026.12.490: the Italian checks on the employees, in the plural and with a word
    between ("controlli retroattivi sui dipendenti", a real page at 0.26); not health, sick-leave
    or safety checks on them (nor the inspectors' on "lavoratori", tested above)."""
    _sorts(
        [
            Document(
                "Illegittimo il licenziamento basato su controlli retroattivi sui dipendenti",
                "La Cassazione ha confermato la decisione della Corte d'Appello di Milano.",
            ),
        ],
        [
            Document(
                "Controlli sanitari dei lavoratori: cosa prevede la sorveglianza sanitaria",
                "Il medico competente visita i dipendenti esposti a rischi.",
            ),
            Document(
                "Controlli fiscali sui dipendenti in malattia: orari delle visite",
                "L'INPS ha aggiornato le fasce di reperibilità.",
            ),
        ],
        frozenset(),
    )


def test_the_duty_to_record_working_time_is_no_clock_unless_its_technology_is_named() -> None:
    """Rules 2026.12.491: the legal duty to record working time (Spain's digital register
    decree, three real pages at 1.00 for the strong term "registro de jornada") is working-hours
    law: with a law, a decree or a court named and no clock technology or data protection, the
    register's attendance hits are dropped; biometric clocking or the AEPD keeps them; and "de
    forma telemática" (online) is no tracker."""
    _sorts(
        [
            Document(
                "Registro de jornada: la AEPD multa a una empresa por el fichaje con huella "
                "dactilar",
                "La Agencia considera desproporcionado el uso de datos biométricos.",
            ),
            Document(
                "Keine Pflicht zur Arbeitszeiterfassung per Fingerabdruck",
                "Das LAG Berlin-Brandenburg gibt einem Arbeitnehmer recht.",
            ),
        ],
        [
            Document(
                "El nuevo Real Decreto sobre registro de la jornada laboral en España",
                "Se impondrá por reglamento cómo organizar, documentar y realizar el registro de "
                "la jornada.",
            ),
            Document(
                "Registro de jornada digital: el Gobierno aprueba el real decreto",
                "Las empresas deberán registrar la jornada de forma telemática y accesible para "
                "la Inspección de Trabajo.",
            ),
        ],
        frozenset(),
    )


def test_an_it_works_agreement_on_teams_means_microsofts() -> None:
    """Rules 2026.12.493: a works agreement on "Teams" names the subject only as Microsoft's
    product; agile teams of people are no system (the rules read no term naming the subject)."""
    people = judge(Document("Betriebsvereinbarung für agile Teams: So gelingt die Einführung"))
    assert "strong@title" not in people.signals
    product = judge(Document("Betriebsvereinbarung zu Microsoft Teams: Was der Betriebsrat regelt"))
    assert "strong@title" in product.signals


def test_austrias_96_1_3_arbvg_and_a_telephone_control_system() -> None:
    """Rules 2026.12.492: Austria's § 96 (1) 3 ArbVG names the subject as Germany's § 87 (1) 6
    BetrVG does, and a telephone control or call-logging system is monitoring (a real page at
    0.30); not the police's phone tapping."""
    _sorts(
        [
            Document(
                "Automationsunterstützte Telefon-Rufdatenerfassung",
                "Der Betriebsrat verweigert seine Zustimmung zu einer Betriebsvereinbarung "
                "betreffend ein elektronisches Telefonkontrollsystem.",
            ),
            Document(
                "Videoüberwachung im Betrieb: Zustimmung nach § 96 Abs 1 Z 3 ArbVG",
                "Der OGH bestätigt das Vetorecht des Betriebsrats.",
            ),
        ],
        [
            Document(
                "Telefonüberwachung durch die Polizei: Was ist erlaubt?",
                "Die Ermittler dürfen Gespräche nur mit richterlichem Beschluss abhören.",
            ),
        ],
        frozenset(),
    )


def test_a_wellness_schemes_wearables_named_otherwise() -> None:
    """Rules 2026.12.494: a wellness scheme's wearables named as fitness or wellness data,
    wellness or workplace wearables, or wearables in a health programme, beside a worker term
    (three real pages at 0.19-0.37); not one's own fitness tracker or an insurer's band."""
    _sorts(
        [
            Document(
                "Employee Wellness Wearables and Data Privacy",
                "Balance employee wellness wearables with data privacy.",
            ),
            Document(
                "Data privacy: what does my wearable and corporate health program tell my "
                "employer?",
                "Wearables, along with corporate health programs, can provide insights into your "
                "health.",
            ),
        ],
        [
            Document(
                "The best fitness trackers of the year for runners",
                "We tested heart-rate accuracy and battery life.",
            ),
            Document(
                "Insurers offer discounts for wearing a fitness band",
                "Policyholders who walk 10,000 steps a day pay less.",
            ),
        ],
        frozenset(),
    )


def test_the_employer_reading_an_employees_mailbox_or_having_it_forwarded() -> None:
    """Rules 2026.12.495: the employer inspecting, reading or taking over an employee's mailbox,
    and an employee required to forward all e-mails to a shared inbox (two real pages on the
    Norwegian DPA at 0.36 and 0.39); not the police searching an employee's e-mails, nor a
    how-to on forwarding one's own mail."""
    _sorts(
        [
            Document(
                "Datatilsynet – Court Ruling (Norway, 2024)",
                "The Norwegian DPA ruled that an employer could inspect an employee's mailbox due "
                "to suspicions of embezzlement.",
            ),
            Document(
                "Datatilsynet (Norway) - 20/01916",
                "The Norwegian DPA fined a company for requiring an employee to forward all "
                "emails to a shared inbox, despite her objections.",
            ),
        ],
        [
            Document(
                "Police searched the employee's emails in the fraud probe",
                "Prosecutors obtained a warrant for the account.",
            ),
            Document(
                "How to forward all emails to a shared inbox in Outlook",
                "A step-by-step guide for small teams.",
            ),
        ],
        frozenset(),
    )


def test_customer_experience_by_its_shorthand_is_another_subject() -> None:
    """Rules 2026.12.496: "CX", the trade's shorthand for customer experience, names the
    customers as the subject: a vendor's deep dive into speech analytics for the CX operation
    (a real page at 0.69) is about the customers' calls; speech analytics scoring the staff stays
    relevant with CX leaders beside it."""
    _sorts(
        [
            Document(
                "Speech analytics scores call-centre staff on every call",
                "CX leaders use the scores in the agents' performance reviews.",
            ),
        ],
        [
            Document(
                "Speech analytics deep dive",
                "If the CX operation is the beating heart of the modern enterprise, speech "
                "analytics is the stethoscope. For decades, organizations treated voice "
                "interactions as ephemeral events, lost the moment the call ended.",
            ),
        ],
        frozenset(),
    )


def test_a_party_to_the_employment_contract_is_a_worker_term() -> None:
    """Rules 2026.12.497: "Arbeitsvertragspartei", the employer or the employee as German labour
    courts name them, is a worker term: a lawyer's note on using covert video as evidence in a
    dismissal case (two real pages at 0.47) names no one else; the parties' notice periods, with
    no monitoring named, stay out."""
    _sorts(
        [
            Document(
                "Verwertbarkeit von Erkenntnissen aus einer Videoüberwachung",
                "Weder die Zivilprozessordnung noch das Arbeitsgerichtsgesetz enthalten "
                "Bestimmungen, die die Verwertbarkeit von Erkenntnissen oder Beweismitteln "
                "einschränken, die eine Arbeitsvertragspartei rechtswidrig erlangt hat.",
            ),
        ],
        [
            Document(
                "Kündigungsfristen: Was die Arbeitsvertragsparteien vereinbaren dürfen",
                "Die Arbeitsvertragsparteien können längere Fristen vereinbaren, aber keine "
                "kürzeren als das Gesetz.",
            ),
        ],
        frozenset(),
    )


def test_the_notebooksbilliger_fine_told_by_the_retailers_trade_and_amount() -> None:
    """Rules 2026.12.498: the landmark fine on notebooksbilliger.de, told by the retailer's trade
    and its 10.4 million with the fine beside them where the title does not name the firm ("Duitse
    laptopwinkel krijgt AVG-boete van 10,4 miljoen euro opgelegd", a real page at 0.09), is
    relevant at any score; and in Dutch by name ("boete"). A laptop retailer's 10.4 million of
    profit or investment is not."""
    _sorts(
        [
            Document(
                "Duitse laptopwinkel krijgt AVG-boete van 10,4 miljoen euro opgelegd",
                "De privacytoezichthouder van de Duitse deelstaat Nedersaksen heeft laptopwinkel "
                "notebooksbilliger.de een boete van 10,4 miljoen euro opgelegd voor het overtreden "
                "van de Algemene verordening gegevensbescherming (AVG).",
            ),
            Document("Notebooksbilliger krijgt boete van 10,4 miljoen euro", ""),
        ],
        [
            Document("Laptop retailer reports 10.4 million in quarterly profit", ""),
            Document("Elektronikhändler investiert 10,4 Millionen in neues Lager", ""),
        ],
        frozenset(),
    )


def test_the_staff_observed_covertly_in_dutch() -> None:
    """Rules 2026.12.499: an agency that covertly investigates the employee's conduct, and a sick
    employee covertly observed, in Dutch (a real page at 0.44, a probe at 0.15); sneaky conduct
    among colleagues, a research agency's staff survey and the police's covert tracking are
    not."""
    _sorts(
        [
            Document(
                "Wanneer is het inschakelen van een onderzoeksbureau zinvol?",
                "De meeste werkgevers weten dat vermoedens over wangedrag of zelfs strafbare feiten "
                "niet voldoende zijn voor het kunnen treffen van maatregelen tegen de werknemer. "
                "Werkgevers moeten over voldoende bewijs beschikken. In sommige gevallen zoeken zij "
                "hun heil bij een onderzoeksbureau, dat openlijk of heimelijk het gedrag van de "
                "werknemer onderzoekt.",
            ),
            Document(
                "Werkgever liet zieke medewerker heimelijk observeren",
                "De rechter oordeelt dat de observatie onrechtmatig was.",
            ),
        ],
        [
            Document(
                "Stiekem gedrag van collega's op de werkvloer: hoe ga je ermee om?",
                "Roddelen en achterklap zijn slecht voor de sfeer.",
            ),
            Document(
                "Onderzoeksbureau peilt tevredenheid van medewerkers in de zorg",
                "Negen op de tien medewerkers zijn tevreden over hun werk.",
            ),
            Document(
                "Politie volgde verdachte heimelijk met een peilbaken",
                "De rechter oordeelt dat het bewijs bruikbaar is.",
            ),
        ],
        frozenset(),
    )


def test_locator_buttons_and_systems_beside_the_staff() -> None:
    """Rules 2026.12.500: locator buttons and systems worn by the staff locate them as locator
    badges do (a real page on nurses who refused nurse locator buttons, 0.36 and ruled out as a
    protest with no monitoring named); a car key's locator button and dementia patients' locator
    systems name no worker, and the nurses' protest over staffing names no monitoring."""
    _sorts(
        [
            Document(
                "A Case Study RNs Refuse to Wear Nurse Locator Buttons — Eden Medical Center, "
                "Castro Valley, California",
                "In a spontaneous action over a 2002 Labor Day weekend, 50 Eden Medical Center RNs "
                "turned in their nurse locator buttons in protest of a system that was installed "
                "without legally-mandated negotiations.",
            ),
        ],
        [
            Document(
                "Nurses protest over staffing levels at Eden Medical Center",
                "Fifty nurses walked out on Labor Day weekend.",
            ),
            Document(
                "Press the locator button on your key fob to find your car",
                "A guide to the new smart keys.",
            ),
            Document(
                "Care home residents with dementia get locator systems",
                "Families can see where their relatives are.",
            ),
        ],
        frozenset(),
    )


def test_the_italian_time_clock_app_and_a_person_s_productivity_under_control_software() -> None:
    """Rules 2026.12.501: an Italian time clock named as a device ("app marcatempo") is an
    attendance system, and "il proprio personale" is the firm's staff (a real page on the
    Garante's approval of clocking-in apps on the staff's phones, 0.28); a person's productivity
    told before control software is bossware (a real Spanish page, 0.31). A race's timekeeper, the
    Garante's other approvals, and a factory's or a farm's control software stay out."""
    _sorts(
        [
            Document(
                "Sì del Garante alle app marcatempo",
                "Dopo il sì del Garante per la privacy, le società potranno installare una "
                "\u201capp\u201d sugli smartphone del proprio personale, per consentire la "
                "rilevazione di inizio e di fine dell\u2019attività lavorativa.",
            ),
            Document(
                "¿Tu productividad? Espera, que lo diga este software de control",
                "El salto (forzado) al teletrabajo es como cualquier proceso de cambio: si se hace "
                "bien, el cambio puede provocar una mejora sustancial, pero en demasiados casos "
                "representa un regreso.",
            ),
        ],
        [
            Document(
                "Sì del Garante al nuovo registro delle opposizioni",
                "Dopo il sì del Garante per la privacy, il registro potrà essere esteso ai numeri "
                "di cellulare.",
            ),
            Document(
                "La productividad de las fábricas mejora con un nuevo software de control "
                "industrial",
                "Los fabricantes de maquinaria apuestan por la automatización de sus líneas de "
                "montaje.",
            ),
            Document(
                "Productividad en el campo: drones y software de control de riego",
                "Los agricultores de Almería prueban sistemas para ahorrar agua.",
            ),
        ],
        frozenset(),
    )


def test_the_staff_timed_but_not_a_race_s_stopwatch() -> None:
    """Rules 2026.12.501: timing counts alone as the verb's forms (the staff timed by a scanner,
    their breaks timed); the stopwatch, the timing service and the time trial are a race's and
    count only beside a worker term, as does the Dutch "getimed" (also "goed getimed")."""
    _sorts(
        [
            Document(
                "Call center, ogni pausa cronometrata",
                "Gli operatori denunciano un software che misura anche i secondi in bagno.",
            ),
            Document(
                "La pause pipi chronométrée",
                "Dans cet entrepôt, les temps d\u2019arrêt des préparateurs sont enregistrés et "
                "peuvent donner lieu à un entretien.",
            ),
            Document(
                "Los mozos de almacén, cronometrados por la pistola de escaneo",
                "La empresa mide cada segundo entre pedido y pedido.",
            ),
            Document(
                "Magazijnmedewerkers getimed door hun handscanner",
                "De vakbond klaagt over de werkdruk.",
            ),
        ],
        [
            Document(
                "Giro d\u2019Italia, Pogacar vince la cronometro di Perugia",
                "Lo sloveno domina la prova contro il tempo e allunga in classifica.",
            ),
            Document(
                "Chronométrage des 24 Heures du Mans : un nouveau système de transpondeurs",
                "Les voitures seront équipées de puces.",
            ),
            Document(
                "Cronometraggio ufficiale: la Federazione sceglie il nuovo fornitore",
                "Il sistema sarà usato in tutte le gare nazionali.",
            ),
            Document(
                "Goed getimed: kabinet presenteert begroting op Prinsjesdag",
                "Het kabinet maakt zijn plannen bekend.",
            ),
        ],
        frozenset(),
    )


def test_words_of_watching_that_other_subjects_use_too() -> None:
    """Rules 2026.12.502: four words that counted alone as monitoring, narrowed where another
    subject owns them (look-alikes of session s48 flagged at 0.58-0.92): the German health
    system's "Telematikinfrastruktur", contact tracing, a photo's metadata, and the jobless's
    monthly "pointage". Fleet telematics, staff traced by GPS, e-mail metadata and biometric
    clocking in stay relevant."""
    _sorts(
        [
            Document(
                "Email metadata retention: the Garante sets a 21-day limit",
                "The Italian DPA says keeping e-mail metadata longer requires an agreement with "
                "unions.",
            ),
            Document(
                "Employers may not keep staff metadata indefinitely, regulator says",
                "Workers\u2019 call logs and login records must be deleted after a set period.",
            ),
            Document(
                "Fuhrpark: Telematik-Systeme und der Datenschutz der Fahrer",
                "Arbeitgeber wollen wissen, wo ihre Außendienstmitarbeiter sind.",
            ),
            Document(
                "Traçage GPS des salariés : la CNIL sanctionne une entreprise de nettoyage",
                "Les véhicules des agents étaient géolocalisés en permanence.",
            ),
            Document(
                "Pointage biométrique : la CNIL rappelle les règles aux employeurs",
                "Les dispositifs de reconnaissance des empreintes sont encadrés.",
            ),
        ],
        [
            Document(
                "Telematikinfrastruktur: BfDI kritisiert Sicherheitsmängel bei der ePA",
                "Der Bundesdatenschutzbeauftragte fordert Nachbesserungen.",
            ),
            Document(
                "Traçage des contacts : l\u2019application StopCovid désactivée",
                "Le gouvernement met fin au dispositif.",
            ),
            Document(
                "Pointage au chômage : ce qui change avec France Travail",
                "Les demandeurs d\u2019emploi devront actualiser leur situation chaque mois.",
            ),
            Document(
                "Stop Meta from training its AI bots on your European data this week \u2013 you "
                "can object!",
                "How to prevent your public data and metadata from being used, and why it matters",
            ),
        ],
        frozenset(),
    )


def test_more_words_of_watching_that_other_subjects_use_too() -> None:
    """Rules 2026.12.503: seven more words that counted alone, narrowed where another subject owns
    them (look-alikes of session s48 flagged at 0.62-1.00): a state's espionage, a record's
    recording, a debate's tone, a referee's card, a driving licence's points, a crime scene's
    fingerprints, a hotel's friendliness. Read of the staff, each still counts."""
    _sorts(
        [
            Document(
                "Spionage am Arbeitsplatz: Wie weit darf der Chef gehen?",
                "Immer mehr Firmen setzen Software ein, die Mitarbeiter im Homeoffice überwacht.",
            ),
            Document(
                "Grabación oculta de los trabajadores: el Supremo avala el despido",
                "La empresa instaló una cámara tras detectar robos en la caja.",
            ),
            Document(
                "KI wertet den Tonfall der Callcenter-Mitarbeiter aus",
                "Die Software soll Gespräche in Echtzeit bewerten.",
            ),
            Document(
                "Furbetti del cartellino: sospesi sei dipendenti del Comune",
                "Le telecamere li avevano ripresi mentre timbravano per i colleghi.",
            ),
            Document(
                "Bezorgers krijgen punten van de app: puntensysteem bepaalt wie de beste ritten "
                "krijgt",
                "De vakbond noemt het systeem oneerlijk.",
            ),
            Document(
                "Fingerprint time clocks: what employers must tell staff under BIPA",
                "Illinois requires written consent before scanning workers\u2019 fingerprints.",
            ),
            Document(
                "Bank tellers\u2019 facial expressions analysed by AI",
                "The system rates friendliness during every transaction.",
            ),
        ],
        [
            Document(
                "Spionage für China: Mitarbeiter eines AfD-Politikers festgenommen",
                "Der Mann soll Informationen weitergegeben haben.",
            ),
            Document(
                "La grabación del nuevo disco de Rosalía, en un documental",
                "La cantante muestra el estudio de Barcelona.",
            ),
            Document(
                "Der raue Tonfall im Bundestag",
                "Die Debatten werden immer schärfer, sagen Abgeordnete.",
            ),
            Document(
                "Cartellino rosso per Leao, il Milan perde a Bergamo",
                "Espulsione al 60esimo minuto.",
            ),
            Document(
                "Puntensysteem voor rijbewijs komt er niet",
                "Het kabinet ziet af van de maatregel.",
            ),
            Document(
                "Fingerprints found at crime scene match suspect",
                "The trial continues next week.",
            ),
            Document(
                "Hotel friendliness ratings: the best places to stay with your dog",
                "Our guide to pet-friendly hotels.",
            ),
        ],
        frozenset(),
    )


def test_the_italian_boss_who_watches_you_asked_the_other_way_round() -> None:
    """Rules 2026.12.504: "ti controlla il capo?", "ti spia il datore di lavoro?" are the boss
    watching the reader, as "il capo ti controlla" was (look-alikes of session s48 at 0.10 and
    0.32); another body's chief ("il capo della protezione civile") is not."""
    _sorts(
        [
            Document(
                "Ti controlla il capo quando lavori da casa?",
                "I software che registrano ogni clic sono legali?",
            ),
            Document(
                "Ti spia il datore di lavoro? Ecco come scoprirlo",
                "I segnali che indicano un software di controllo sul pc.",
            ),
        ],
        [
            Document(
                "Ci controlla il capo della protezione civile: nuove regole per i volontari",
                "Il piano di emergenza prevede verifiche periodiche.",
            ),
        ],
        frozenset(),
    )


def test_gig_and_warehouse_news_with_no_monitoring_named() -> None:
    """Rules 2026.12.505: a union organised or voted for, pay told as French "rémunération", and
    a firm opening a warehouse or a distribution centre, with no monitoring named, are labour
    news: the model's words for drivers, deliveries and distribution had lifted them to 0.62-0.92
    (look-alikes of session s48). Where monitoring, an algorithm or AI cameras are named they
    stay relevant."""
    _sorts(
        [
            Document(
                "Amazon tracked warehouse workers\u2019 union organising with monitoring software",
                "Internal documents show managers used heat maps to watch stores at risk of "
                "unionising.",
            ),
            Document(
                "Uber drivers vote to form a union to fight automated deactivations",
                "The app\u2019s algorithm fires drivers without human review, they say.",
            ),
            Document(
                "Amazon opens new warehouse where AI cameras watch workers\u2019 every move",
                "The facility\u2019s cameras flag idle time.",
            ),
            Document(
                "Les livreurs dénoncent la baisse de leur rémunération décidée par l\u2019algorithme",
                "L\u2019application fixe le prix des courses sans explication.",
            ),
        ],
        [
            Document(
                "Amazon delivery drivers in the US unionise with Teamsters",
                "Drivers at a California station voted to join the union.",
            ),
            Document(
                "Les livreurs Deliveroo obtiennent une hausse de la rémunération minimale",
                "Un accord a été signé avec les syndicats.",
            ),
            Document(
                "Walmart opens new distribution center in Texas",
                "The facility will employ 1,000 workers.",
            ),
        ],
        frozenset(),
    )


def test_a_guide_to_what_employees_need_to_know_names_its_subject() -> None:
    """Rules 2026.12.506: a title's "what employees (or employers) need to know", in six
    languages, is an employment-law guide where no monitoring is named ("Beschwerde gegen
    Abmahnung: Was Arbeitnehmer wissen müssen" 0.76, a look-alike of session s48); a guide to
    keyloggers, cameras, geolocation or algorithms at work stays relevant."""
    _sorts(
        [
            Document(
                "Keylogger am Arbeitsplatz: Was Arbeitnehmer wissen müssen",
                "Das BAG hat die heimliche Überwachung für unzulässig erklärt.",
            ),
            Document(
                "Algorithmen am Arbeitsplatz: Was Beschäftigte wissen müssen",
                "Software verteilt Schichten und bewertet Leistungen.",
            ),
            Document(
                "Camera\u2019s op de werkvloer: wat werknemers moeten weten",
                "De werkgever moet een goede reden hebben.",
            ),
        ],
        [
            Document(
                "Beschwerde gegen Abmahnung: Was Arbeitnehmer wissen müssen",
                "Hinsichtlich der Frist gibt es einige Besonderheiten.",
            ),
            Document(
                "Congés payés : ce que les salariés doivent savoir",
                "Les nouvelles règles de report s\u2019appliquent dès cette année.",
            ),
        ],
        frozenset(),
    )


def test_couriers_taken_on_as_employees_is_their_status() -> None:
    """Rules 2026.12.507: a platform made to hire its couriers as employees, in five languages,
    is who counts as an employee where no monitoring is named ("Italian court rules Uber Eats must
    hire couriers as employees" 0.75, a look-alike of session s48); drivers hired as employees
    and tracked by AI cameras stay relevant."""
    _sorts(
        [
            Document(
                "Amazon hires drivers as employees and tracks them with AI cameras",
                "The new contracts allow the company to monitor driving.",
            ),
        ],
        [
            Document(
                "Italian court rules Uber Eats must hire couriers as employees",
                "The ruling could affect thousands of riders.",
            ),
            Document(
                "Uber Eats doit embaucher ses livreurs comme salariés, juge un tribunal italien",
                "La décision concerne des milliers de coursiers.",
            ),
        ],
        frozenset(),
    )


def test_ai_predicting_which_employees_will_quit_scores_the_staff() -> None:
    """Rules 2026.12.508: AI, an algorithm or software predicting which employees will quit or
    leave, or flagging those at risk of burnout, scores the staff (written probes of session s48
    at 0.11-0.50 in six languages, after a real headline); a survey's forecast of resignations,
    and a model's of patients or students leaving, do not."""
    _sorts(
        [
            Document(
                "IBM\u2019s AI predicts with 95% accuracy which workers will leave",
                "The company says it has saved $300 million in retention costs.",
            ),
            Document(
                "Workday\u2019s AI flags employees at risk of burnout",
                "Managers see a risk score for each team member.",
            ),
            Document(
                "KI sagt voraus, welche Mitarbeiter kündigen werden",
                "HR-Software wertet E-Mails und Kalender aus.",
            ),
            Document(
                "L\u2019IA prédit quels salariés vont démissionner",
                "Des logiciels RH analysent les données des employés.",
            ),
            Document(
                "Algoritme voorspelt welke werknemers gaan vertrekken",
                "De software analyseert e-mails en agenda\u2019s.",
            ),
        ],
        [
            Document(
                "Survey predicts 40% of workers will quit their jobs this year",
                "The Great Resignation is far from over, economists say.",
            ),
            Document(
                "AI model predicts which patients will leave hospital early",
                "Doctors used it to plan discharges.",
            ),
            Document(
                "Algorithm predicts which students will drop out of university",
                "Universities use it to offer support.",
            ),
        ],
        frozenset(),
    )


def test_shifts_set_by_software_staff_social_media_screened_every_pick_logged() -> None:
    """Rules 2026.12.509: shifts and hours set by software or an algorithm (English, French and
    German, as the other three languages were read), the staff's social media screened, and
    every pick or break logged are algorithmic management and monitoring (written probes of
    session s48 at 0.06-0.60); meetings, opening hours, timetables, a film screened on social
    media and a fitness app's every step are not."""
    _sorts(
        [
            Document(
                "Software now schedules shifts for millions of retail workers, leaving them "
                "little say",
                "Algorithms set hours week by week based on foot traffic.",
            ),
            Document(
                "Le planning des caissières fixé par un algorithme",
                "Les salariées découvrent leurs horaires la veille.",
            ),
            Document(
                "Dienstpläne per Algorithmus: Beschäftigte im Handel klagen über Chaos",
                "Die Software plant Schichten nach Kundenfrequenz.",
            ),
            Document(
                "Employers are screening staff\u2019s social media posts with AI",
                "Vendors flag employees who post about drugs or violence.",
            ),
            Document(
                "Smart glasses guide warehouse workers and log every pick",
                "The device records how long each task takes.",
            ),
        ],
        [
            Document(
                "Software schedules your meetings so you don\u2019t have to",
                "The AI assistant finds a slot in everyone\u2019s calendar.",
            ),
            Document(
                "Fahrplan per Software: Die Bahn plant Züge neu",
                "Die Verspätungen sollen sinken.",
            ),
            Document(
                "Netflix screens new series on social media influencers",
                "The show premieres in June.",
            ),
            Document(
                "Fitness app logs every step and every heartbeat",
                "The new watch tracks your sleep too.",
            ),
        ],
        frozenset(),
    )


def test_software_or_the_employer_watching_the_staff_s_behaviour() -> None:
    """Rules 2026.12.510: software or the employer watching the staff's behaviour or activity,
    with no possessive before the staff ("Insider-threat software watches employees' behaviour
    for signs of data theft" 0.49, a written probe of session s48); investors and economists who
    watch workers' activity in the figures do not."""
    _sorts(
        [
            Document(
                "Insider-threat software watches employees\u2019 behaviour for signs of data theft",
                "Security teams get alerts when staff download unusual files.",
            ),
            Document(
                "Employers now watch staff activity minute by minute",
                "Bossware sales have tripled.",
            ),
        ],
        [
            Document(
                "Investors watch workers\u2019 activity in the jobs report closely",
                "Payroll figures are due on Friday.",
            ),
            Document(
                "Economists watch workers\u2019 activity as hiring slows",
                "The labour market is cooling.",
            ),
        ],
        frozenset(),
    )


def test_the_boss_who_sees_what_the_staff_do_told_not_asked() -> None:
    """Rules 2026.12.511: the boss who sees (or knows exactly) what the staff do, told with the
    verb finite and an adverb between, in six languages (9 of 10 written probes of session s48
    missed, at 0.20-0.55); a boss who knows what the staff do best or for the customers is
    praise."""
    _sorts(
        [
            Document(
                "The boss sees every minute what employees do on their computers",
                "Software logs the programs they use.",
            ),
            Document(
                "Le patron voit à chaque minute ce que font les salariés sur leur ordinateur",
                "Un logiciel enregistre les programmes utilisés.",
            ),
            Document(
                "Mein Chef weiß genau, was ich am Rechner mache",
                "Die Software zeichnet alles auf.",
            ),
            Document(
                "Il capo vede ogni minuto cosa fanno i dipendenti al computer",
                "Un software registra le applicazioni usate.",
            ),
            Document(
                "El jefe ve cada minuto lo que hacen los empleados en el ordenador",
                "Un programa registra las aplicaciones usadas.",
            ),
            Document(
                "De baas ziet elke minuut wat werknemers op hun computer doen",
                "Software registreert welke programma\u2019s ze gebruiken.",
            ),
        ],
        [
            Document(
                "A good manager knows what employees do best",
                "Leadership tips for new team leads.",
            ),
            Document(
                "El jefe sabe lo que hacen sus empleados por la empresa",
                "Un premio reconoce su esfuerzo.",
            ),
            Document(
                "De baas weet wat werknemers doen voor de klant",
                "Een dankwoord bij het jubileum.",
            ),
        ],
        frozenset(),
    )


def test_collected_without_the_employee_s_knowledge_and_staff_calls_intercepted() -> None:
    """Rules 2026.12.512: what is collected "à l'insu du salarié", the Code du travail's article
    L1222-4 that forbids it, the staff's calls or mail intercepted and the UK's Lawful Business
    Practice Regulations (written probes of session s48 at 0.08-0.09); an employee acting behind
    the employer's back, the police's wiretaps and hackers who intercept the staff's mail are
    not."""
    _sorts(
        [
            Document(
                "Article L1222-4 du Code du travail : aucune information ne peut être collectée "
                "à l\u2019insu du salarié",
                "La Cour de cassation rappelle le principe de loyauté.",
            ),
            Document(
                "Lawful Business Practice Regulations: can employers intercept staff calls?",
                "The rules under RIPA explained.",
            ),
            Document(
                "Employer intercepted staff emails without notice, tribunal finds",
                "The worker was awarded damages.",
            ),
        ],
        [
            Document(
                "Il a agi à l\u2019insu de son employeur : licenciement pour faute grave",
                "Le salarié avait créé une société concurrente.",
            ),
            Document(
                "Police intercept calls of drug gang members",
                "The phone taps led to ten arrests.",
            ),
            Document(
                "Hackers intercept employees\u2019 emails in phishing campaign",
                "The attackers stole credentials.",
            ),
        ],
        frozenset(),
    )


def test_spanish_systems_that_evaluate_the_workers_in_the_plural() -> None:
    """Rules 2026.12.513: the Spanish algorithm, app, platform or system that evaluates, rates or
    watches the workers is read in the plural too ("Reglamento de IA: los sistemas que evalúan a
    los trabajadores serán de alto riesgo" 0.43, a written probe of session s48); job platforms
    that test candidates are recruitment."""
    _sorts(
        [
            Document(
                "Reglamento de IA: los sistemas que evalúan a los trabajadores serán de alto "
                "riesgo",
                "Las empresas deberán informar a la representación legal.",
            ),
            Document(
                "Las plataformas califican a los repartidores con estrellas",
                "Los riders denuncian desconexiones.",
            ),
        ],
        [
            Document(
                "Las plataformas de empleo evalúan a los candidatos con tests",
                "Los buscadores de trabajo se quejan.",
            ),
        ],
        frozenset(),
    )


def test_a_negative_tone_flagged_every_call_graded_forklift_operators() -> None:
    """Rules 2026.12.514: a tone or sentiment flagged or scored, every call graded, and the
    operators of forklifts, cranes or machines as workers (written probes of session s48: "Call
    centre staff told to smile more after AI flags \u201cnegative tone\u201d" 0.22); a social
    network's filter for rude replies and customers who grade calls are not."""
    _sorts(
        [
            Document(
                "Call centre staff told to smile more after AI flags \u201cnegative tone\u201d",
                "The software grades every call in real time.",
            ),
            Document(
                "Forklift operators ranked by cameras that score every manoeuvre",
                "The warehouse posts a weekly league table.",
            ),
        ],
        [
            Document(
                "Twitter\u2019s new filter flags negative tone in replies",
                "Users can hide rude comments.",
            ),
            Document(
                "Customers grade every call with a star rating, telecom says",
                "The survey ran for six months.",
            ),
        ],
        frozenset(),
    )


def test_one_s_own_data_asked_for_in_other_words_is_an_access_request() -> None:
    """Rules 2026.12.516: an employee's access to their own data, told as "accesso ai dati",
    "acceso a sus datos", "accès à ses données", "access to their data" or "inzage in zijn
    gegevens", is an access request where no monitoring is named ("Accesso ai dati: il dipendente
    ha diritto a copia delle valutazioni" 0.58, a look-alike of session s48); the employer's access
    to the staff's GPS or camera data stays monitoring."""
    _sorts(
        [
            Document(
                "Accesso ai dati delle telecamere: il datore di lavoro ha violato lo Statuto",
                "Le immagini riprendevano i dipendenti.",
            ),
        ],
        [
            Document(
                "Accesso ai dati: il dipendente ha diritto a copia delle valutazioni",
                "Il Garante sanziona un\u2019azienda che si era rifiutata.",
            ),
        ],
        frozenset(),
    )


def test_drivers_deactivated_per_app_and_a_user_s_dutch_account() -> None:
    """Rules 2026.12.517: drivers deactivated "per App" in German, as "von der App" were (a
    written probe of session s48 at 0.08); a Dutch account deactivated or blocked counts only
    beside a worker term ("Account gedeactiveerd door Google: wat nu?" had been flagged at
    0.79)."""
    _sorts(
        [
            Document(
                "Fahrer per App deaktiviert: Gericht verlangt menschliche Prüfung",
                "Die Plattform hatte Konten ohne Begründung gesperrt.",
            ),
            Document(
                "Accounts van Uber-chauffeurs gedeactiveerd zonder uitleg",
                "De chauffeurs stappen naar de rechter.",
            ),
        ],
        [
            Document(
                "Account gedeactiveerd door Google: wat nu?",
                "Zo krijg je toegang terug.",
            ),
        ],
        frozenset(),
    )


def test_emissions_monitored_in_dutch_are_a_thing_watched() -> None:
    """Rules 2026.12.518: nitrogen or other emissions monitored, in Dutch, are a thing watched, as
    "emissions" were in English ("Provincie monitort stikstofuitstoot van boerenbedrijven" 0.65, a
    look-alike of session s48); an employer that monitors its staff by GPS stays relevant."""
    _sorts(
        [
            Document(
                "Werkgever monitort werknemers via gps",
                "Chauffeurs worden continu gevolgd.",
            ),
        ],
        [
            Document(
                "Provincie monitort stikstofuitstoot van boerenbedrijven",
                "De metingen worden openbaar.",
            ),
        ],
        frozenset(),
    )


def test_drivers_made_to_wear_caps_that_read_brainwaves() -> None:
    """Rules 2026.12.519: drivers, miners or couriers made to wear something are the employer's
    staff, and brainwaves read or monitored count beside them ("Mining firms make drivers wear caps
    that read brainwaves to detect fatigue" 0.41, a written probe of session s48); a sleep
    headband and pilots required to wear masks are not."""
    _sorts(
        [
            Document(
                "Mining firms make drivers wear caps that read brainwaves to detect fatigue",
                "The data goes to a control room that can order a break.",
            ),
        ],
        [
            Document(
                "Headband reads brainwaves to help you sleep better",
                "The device plays sounds when it detects deep sleep.",
            ),
            Document(
                "Airlines require pilots to wear masks during the pandemic",
                "The rule applies on all flights.",
            ),
        ],
        frozenset(),
    )


def test_the_staff_s_computer_access_or_laptop_activity_checked() -> None:
    """Rules 2026.12.520: the staff's log-ins or computer access checked, and their laptop activity
    logged, beside a worker term (written probes of session s48 at 0.20-0.42); an IT department's
    security checks after an attack, and a consumer's laptop activity recorded by Recall, are
    not."""
    _sorts(
        [
            Document(
                "Dipendenti pubblici, il Comune controlla gli accessi al pc con un software",
                "I sindacati protestano.",
            ),
            Document(
                "Civil servants\u2019 laptop activity logged by department, union says",
                "The government says it is for security.",
            ),
        ],
        [
            Document(
                "Il Comune controlla gli accessi ai sistemi dopo l\u2019attacco hacker",
                "Nuove regole per la sicurezza.",
            ),
            Document(
                "Microsoft Recall: your laptop activity is recorded every few seconds",
                "Privacy experts raise concerns.",
            ),
        ],
        frozenset(),
    )


def test_remote_work_controlled_in_french_peeped_at_in_dutch_monitored_in_italian_past() -> None:
    """Rules 2026.12.521: the control of remote work in French and peeping at those who work from
    home in Dutch (real pages of session s49 at 0.20 and 0.53), and the Italian verb "monitorare" in
    the past tense beside the staff (a probe at 0.57); the checks on remote workers' allowances,
    neighbours who peep, and a union that monitors a contract's application are not."""
    _sorts(
        [
            Document(
                "Contr\u00f4le du travail \u00e0 distance : quelle est la r\u00e8gle ?",
                "Alors que le t\u00e9l\u00e9travail et la continuit\u00e9 d\u2019activit\u00e9 \u00e0 domicile se"
                " d\u00e9veloppent sous l\u2019effet de la crise, la probl\u00e9matique du contr\u00f4le du"
                " travail \u00e0 distance des salari\u00e9s prend de l\u2019ampleur.",
            ),
            Document(
                "Vakantie in de baas zijn tijd? Houd het gebruik van \u2018gluursoftware\u2019 binnen de"
                " perken.",
                "Massaal thuiswerken, massaal meegluren? In deze crisistijd is een van de belangrijkste"
                " veranderingen het massaal thuiswerken.",
            ),
            Document(
                "Il datore di lavoro monitorava il traffico internet dei dipendenti: sanzione del"
                " Garante",
                "",
            ),
        ],
        [
            Document(
                "Contr\u00f4le du travail \u00e0 distance : l\u2019URSSAF publie un guide sur les frais"
                " professionnels",
                "Les indemnit\u00e9s de t\u00e9l\u00e9travail sont exon\u00e9r\u00e9es de cotisations dans"
                " certaines limites.",
            ),
            Document(
                "Buren gluren mee: thuiswerken met de gordijnen open",
                "Een column over het leven in de Vinex-wijk.",
            ),
            Document(
                "Il sindacato monitorava l\u2019applicazione del contratto dei lavoratori",
                "Un rapporto sulle ore di straordinario.",
            ),
        ],
        frozenset(),
    )


def test_an_election_campaign_is_another_subject() -> None:
    """Rules 2026.12.522: a regulator's act on an election campaign's messages names no worker
    and no monitoring (a real page of session s49, relevant at 0.67 on the model's word
    "provvedimento" alone); a campaign's own staff tracked by an app still are workers."""
    _sorts(
        [
            Document(
                "Campaign staff tracked by app: union files complaint against party",
                "Canvassers say their steps and breaks were logged by the employer.",
            ),
        ],
        [
            Document(
                "Provvedimento in materia di propaganda elettorale e comunicazione politica."
                " (Provvedimento n. 96).",
                "GARANTE PER LA PROTEZIONE DEI DATI PERSONALI PROVVEDIMENTO 18 aprile 2019",
            ),
            Document(
                "Campagne \u00e9lectorale : la CNIL rappelle les r\u00e8gles de la prospection"
                " politique",
                "SMS, courriels et appels sont encadr\u00e9s.",
            ),
        ],
        frozenset(),
    )


def test_a_fitness_app_by_name_is_its_users_own_device() -> None:
    """Rules 2026.12.523: Strava and the other fitness apps by name are their users' own devices
    (a real page of session s49 on soldiers' runs leaking, relevant at 0.84); an employer that
    reads its staff's Strava data still names its staff."""
    _sorts(
        [
            Document(
                "Employer used Strava data to monitor staff on sick leave, tribunal hears",
                "The worker says his manager followed his runs for months.",
            ),
        ],
        [
            Document(
                "Pentagon reviews GPS policies after soldiers\u2019 Strava tracks are seemingly"
                " exposed",
                "Locations and activity of U.S. military bases. Jogging and patrol routes of"
                " American soldiers. Experts say those details are among the GPS data shared by the"
                " exercise tracking company Strava.",
            ),
        ],
        frozenset(),
    )


def test_people_under_a_restraining_order_or_a_ban_are_others_watched() -> None:
    """Rules 2026.12.524: people under a restraining order or a stadium ban, whom a shop's or a
    club's face recognition looks for, are other people watched (Mercadona's pilot, told in
    real pages of session s49, relevant at 0.84 as a headline); a shop chain's cameras on its
    own staff are still read."""
    _sorts(
        [
            Document(
                "Mercadona usa c\u00e1maras para vigilar a sus trabajadores en el almac\u00e9n",
                "El sindicato denuncia el control de la plantilla.",
            ),
        ],
        [
            Document(
                "Mercadona instala c\u00e1maras de reconocimiento facial para detectar a personas"
                " con orden de alejamiento",
                "El sistema funciona en 40 supermercados y protege a la plantilla, seg\u00fan la"
                " empresa.",
            ),
            Document(
                "Gesichtserkennung im Stadion soll Personen mit Stadionverbot erkennen",
                "Der Verein testet das System beim n\u00e4chsten Heimspiel.",
            ),
        ],
        frozenset(),
    )


def test_italy_s_legge_concretezza_is_a_landmark_of_attendance_checks() -> None:
    """Rules 2026.12.525: Italy's "legge Concretezza", known for fingerprints and cameras that
    check public employees' attendance, named in a title (a real page of session s49 whose first
    sentence names only the law's formal title, at 0.40); the word "concretezza" alone is not."""
    _sorts(
        [
            Document(
                "Le novit\u00e0 per i dipendenti pubblici introdotte dalla legge \u201cconcretezza\u201d",
                "Nella seduta del 12 giugno 2019, \u00e8 stato definitivamente approvato al Senato il"
                " disegno di legge recante \u201cinterventi per la concretezza delle azioni delle"
                " pubbliche amministrazioni e la prevenzione dell\u2019assenteismo\u201d.",
            ),
        ],
        [
            Document(
                "Il ministro: serve concretezza sulla riforma delle pensioni",
                "Il confronto con i sindacati riprende luned\u00ec.",
            ),
        ],
        frozenset(),
    )


def test_fired_or_terminated_by_a_bot() -> None:
    """Rules 2026.12.526: workers fired, or terminated, by a bot (real pages of session s49 on
    Amazon Flex's drivers at 0.10 and 0.56); accounts deactivated by a bot, or players'
    accounts terminated by an algorithm, are not."""
    _sorts(
        [
            Document(
                "Recent Surge in Amazon Flex Terminations",
                "Many Amazon Flex drivers complain because they are terminated by a \u201cBot.\u201d"
                " Often this results in a number of false positives.",
            ),
            Document(
                "Fired by Bot at Amazon: \u2018It\u2019s You Against the Machine\u2019",
                "Contract drivers say algorithms terminate them by email\u2014even when they have"
                " done nothing wrong.",
            ),
        ],
        [
            Document(
                "Thousands of fake accounts deactivated by a bot on X",
                "The platform says the spam wave is over.",
            ),
            Document(
                "Chess cheaters terminated by an algorithm: Chess.com bans 100,000 accounts",
                "The site\u2019s detection system flags suspicious play.",
            ),
        ],
        frozenset(),
    )


def test_decisions_on_pay_or_orders_beside_an_app() -> None:
    """Rules 2026.12.527: decisions made on the workers' shifts, orders, pay or bonuses, beside an
    app or an algorithm in one sentence (AlgorithmWatch's call to Lieferando's riders, a real page
    of session s49, at 0.23); a passenger's surge pricing or a family's pocket money are not."""
    _sorts(
        [
            Document(
                "Join the ride side",
                "You ride for Lieferando and their app leaves you in the dark about how decisions"
                " are made on trips, salaries, bonuses? You want more transparency, better working"
                " conditions, and more money? Then take part in our survey!",
            ),
        ],
        [
            Document(
                "Uber app: how decisions are made on surge pricing for passengers",
                "Fares rise when demand is high.",
            ),
            Document(
                "Apps help parents make decisions about pocket money and chores",
                "A new wave of family finance tools.",
            ),
        ],
        frozenset(),
    )


def test_tasks_followed_scores_and_times_to_the_second() -> None:
    """Rules 2026.12.528: the staff's tasks and activities followed (the CNIL's remote-work
    checks, a real page of session s50 at 0.05), staff scored on what they do, a score that decides
    the riders' shifts, care work recorded to the minute and pickers rated to the second (probes of
    session s50 at 0.29-0.49); customers' emotions read in a contact centre (a real page at 0.72),
    a survey's average, a cold chain's control, a league's rounds and a race's timing are not."""
    _sorts(
        [
            Document(
                "La CNIL constate tout d\u2019abord que le recours au t\u00e9l\u00e9travail massif a"
                " entra\u00een\u00e9 le d\u00e9veloppement d\u2019outils sp\u00e9cifiques, parmi lesquels"
                " figurent des outils permettant aux employeurs d\u2019assurer un suivi plus"
                " \u00e9troit des t\u00e2ches et activit\u00e9s quotidiennes des salari\u00e9s.",
                "Elle consid\u00e8re aujourd\u2019hui n\u00e9cessaire de v\u00e9rifier sur le terrain la"
                " conformit\u00e9 des pratiques des employeurs.",
            ),
            Document(
                "Supermarket checkout staff scored on items scanned per minute",
                "Cashiers see a live speed score on their till screen.",
            ),
            Document(
                "I rider valutati da un punteggio che decide i turni",
                "Il sindacato denuncia il sistema di ranking della piattaforma di consegne.",
            ),
            Document(
                "Pflegekr\u00e4fte m\u00fcssen ihre Eins\u00e4tze minutengenau per App dokumentieren",
                "Die Gewerkschaft Verdi kritisiert die l\u00fcckenlose Kontrolle der ambulanten Pflege.",
            ),
            Document(
                "Un entrep\u00f4t note ses pr\u00e9parateurs de commandes \u00e0 la seconde pr\u00e8s",
                "Les salari\u00e9s voient leur cadence affich\u00e9e en temps r\u00e9el sur leur scanner.",
            ),
        ],
        [
            Document(
                "Customer emotions in Voice Tone",
                "This curriculum spans the technical, ethical, and operational dimensions of"
                " deploying voice-based emotion detection in global contact centers.",
            ),
            Document(
                "Staff scored on average 7 out of 10 in our wellbeing survey",
                "The annual questionnaire shows morale is up.",
            ),
            Document(
                "L\u00fcckenlose Kontrolle der K\u00fchlkette: Neue Sensoren f\u00fcr Lebensmittel",
                "Temperaturdaten werden automatisch erfasst und an den Hersteller gemeldet.",
            ),
            Document(
                "Il punteggio che decide i turni del campionato",
                "La Lega annuncia il nuovo calendario.",
            ),
            Document(
                "Le chronom\u00e8tre officiel mesure les athl\u00e8tes \u00e0 la seconde pr\u00e8s",
                "Le nouveau syst\u00e8me \u00e9quipe les Jeux.",
            ),
        ],
        frozenset(),
    )


def test_chats_read_ai_trained_on_staff_calls_and_birds_on_webcams() -> None:
    """Rules 2026.12.529: a worker's chats read, the worker between (Dutch), and AI trained on the
    recordings of a kind of staff or on the staff's e-mails (French): probes of session s50 at
    0.26-0.56; nesting falcons on a council's webcam, a town's messages to read and a singer's
    songs that trained an AI are not; wildlife rangers tracked by their employer are (rules .556:
    the first draft's wildlife vetoed them)."""
    _sorts(
        [
            Document(
                "Wildlife rangers\u2019 phones tracked by the park authority around the clock",
                "The rangers\u2019 union says the GPS data was used to discipline them.",
            ),
            Document(
                "Werkgever mocht chatberichten van werknemer niet lezen",
                "De kantonrechter oordeelt dat het priv\u00e9bericht onrechtmatig is verkregen.",
            ),
            Document(
                "Bank to train AI on recordings of its call-centre staff",
                "The recordings of agents\u2019 calls will teach a model to answer customers.",
            ),
            Document(
                "L\u2019entreprise entra\u00eene son IA sur les courriels de ses salari\u00e9s",
                "La CNIL a \u00e9t\u00e9 saisie par un syndicat.",
            ),
        ],
        [
            Document(
                "Council installs webcams to watch nesting peregrine falcons",
                "The live stream is online all day.",
            ),
            Document(
                "Wil je berichten van de gemeente snel lezen? Download de app",
                "De gemeente stuurt nieuws via pushmeldingen.",
            ),
            Document(
                "Trains its AI on the songs of a famous singer: label sued",
                "The singer says her voice was cloned.",
            ),
        ],
        frozenset(),
    )


def test_riders_docked_blocked_or_flagged_by_the_app() -> None:
    """Rules 2026.12.530: couriers docked or flagged by the app, their accounts blocked by it, and
    riders blocked by it (probes of session s50 at 0.12-0.56), beside a worker term; a bank's
    app that blocks its customers' accounts, automatically or after a glitch, is not (a bank's
    read 0.60 before: "blocked automatically" was a monitoring term alone)."""
    _sorts(
        [
            Document(
                "DoorDash dashers docked for \u2018unassigns\u2019 flagged by the app",
                "Drivers say the automated warnings arrive without any human review.",
            ),
            Document(
                "Lieferando-Fahrer: Die App sperrt Konten ohne Begr\u00fcndung",
                "Die Kuriere fordern eine menschliche Pr\u00fcfung vor jeder Sperre.",
            ),
            Document(
                "Just Eat, i rider bloccati dall\u2019app dopo un calo del punteggio",
                "Il sindacato chiede trasparenza sui criteri.",
            ),
        ],
        [
            Document(
                "Betrugsverdacht: Die App sperrt Konten automatisch",
                "Die Bank will so ihre Kunden sch\u00fctzen.",
            ),
            Document(
                "Conto bloccato dall\u2019app della banca: cosa fare",
                "I consigli per recuperare l\u2019accesso.",
            ),
            Document(
                "Thousands of accounts blocked by the app after a glitch",
                "The bank says customers can log in again.",
            ),
        ],
        frozenset(),
    )


def test_work_software_that_shows_admins_what_staff_do() -> None:
    """Rules 2026.12.531: the tech press's work software that watches the staff: a dashboard of
    each employee's participation, admins who audit how staff use ChatGPT or export every DM, and
    contractors' screens recorded for AI training (probes of session s50 at 0.00-0.30); a
    student's dashboard, contractors' laptops stolen, a screen-recording how-to and a messaging
    bug are not, nor (rules .552) a vendor's "see how employees use" case study or managers who
    "see read receipts for DMs", nor (rules .553) staff e-mails accessed by hackers or reviewed in
    a merger."""
    _sorts(
        [
            Document(
                "Zoom\u2019s AI companion can now summarize who spoke least in meetings",
                "Admins get a dashboard of each employee\u2019s participation.",
            ),
            Document(
                "OpenAI\u2019s new enterprise tools let admins audit how staff use ChatGPT",
                "The compliance API exposes every prompt employees type.",
            ),
            Document(
                "Slack will let admins export every DM for \u2018compliance reviews\u2019",
                "Workers on paid plans may not know their private messages can be read.",
            ),
            Document(
                "Meta\u2019s AI training program records contractors\u2019 screens",
                "Contractors say they were told every click would feed the model.",
            ),
        ],
        [
            Document(
                "Dashboard of each student\u2019s progress helps teachers plan lessons",
                "The tool shows which pupils need help.",
            ),
            Document(
                "Contractors\u2019 laptops stolen from site office",
                "Police are appealing for witnesses.",
            ),
            Document("How to record your screen on a Mac", "Use the built-in screenshot toolbar."),
            Document(
                "Users say their private messages can be read by anyone with the link",
                "The messaging app fixed the bug.",
            ),
            Document(
                "Case study: see how employees use Notion to collaborate across teams",
                "Customers share their workflows.",
            ),
            Document(
                "Managers can now see read receipts for DMs in Teams", "The feature is optional."
            ),
            Document(
                "Staff emails were accessed by hackers in a cyberattack on the council",
                "The breach exposed 20,000 messages.",
            ),
            Document(
                "Employees\u2019 emails will be reviewed as part of the merger\u2019s due diligence",
                "Lawyers will check contracts.",
            ),
        ],
        frozenset(),
    )


def test_italian_movements_chats_read_and_delivery_times_to_the_second() -> None:
    """Rules 2026.12.532: the staff's movements reconstructed and every move recorded, a chat on
    WhatsApp read by the boss, and delivery times measured to the second, in Italian (probes of
    session s50 at 0.14-0.49); a lap timed to the second, a parent's app and a partner who read
    a chat are not."""
    _sorts(
        [
            Document(
                "Badge aziendali che registrano ogni spostamento: il Garante boccia il sistema",
                "Il sistema permetteva di ricostruire i movimenti dei dipendenti"
                " all\u2019interno dello stabilimento.",
            ),
            Document(
                "Licenziato per una chat su WhatsApp letta dal capo: la Cassazione d\u00e0 ragione"
                " al lavoratore",
                "Il datore aveva acquisito i messaggi dal telefono aziendale.",
            ),
            Document(
                "Rider, la piattaforma misura i tempi di consegna al secondo",
                "Chi \u00e8 troppo lento perde le fasce orarie migliori.",
            ),
        ],
        [
            Document(
                "Formula 1, il cronometro misura i tempi sul giro al secondo",
                "La nuova tecnologia debutta a Monza.",
            ),
            Document(
                "L\u2019app registra ogni spostamento dei tuoi figli: \u00e8 legale?",
                "Le app di parental control sotto la lente del Garante.",
            ),
            Document(
                "Chat su WhatsApp letta dal fidanzato: \u00e8 reato?",
                "La Cassazione sul diritto alla riservatezza nella coppia.",
            ),
        ],
        frozenset(),
    )


def test_sick_leave_predicted_by_ai_and_staff_rankings() -> None:
    """Rules 2026.12.533: sick leave predicted by AI (Dutch, the verb last) and a ranking of the
    staff as a German compound (probes of session s50 at 0.31 and 0.44); pupils' absences, a
    league's drivers and a sick-leave forecast by experts are not."""
    _sorts(
        [
            Document(
                "Werkgever zet AI in om ziekteverzuim te voorspellen op basis van gedrag",
                "De AP onderzoekt of de analyse van personeelsgegevens is toegestaan.",
            ),
            Document(
                "Datensch\u00fctzer pr\u00fcfen Mitarbeiter-Ranking bei Lieferdienst",
                "Fahrer werden nach P\u00fcnktlichkeit und Tempo sortiert.",
            ),
        ],
        [
            Document(
                "Schule: Software soll Fehlzeiten von Sch\u00fclern vorhersagen",
                "Die Lehrer erhalten Warnungen.",
            ),
            Document(
                "Weltrangliste: Fahrer-Ranking der Formel 1 nach dem Saisonfinale",
                "Verstappen bleibt vorn.",
            ),
            Document(
                "Krankenstand steigt: Experten prognostizieren neuen Rekord",
                "Die Krankenkassen melden mehr Fehlzeiten.",
            ),
        ],
        frozenset(),
    )


def test_online_status_badge_trackers_and_the_scanner_s_pace() -> None:
    """Rules 2026.12.534: the staff judged on their online status, nurses' badge trackers that
    log every room, and the scanner gun that sets a warehouse's pace (probes of session s50 at
    0.37-0.43); a messenger's online status, a league's algorithm that sets the pace and
    children's badge trackers at a water park are not."""
    _sorts(
        [
            Document(
                "Green dot anxiety: why workers keep Slack status active all day",
                "Staff fear managers judge them on their online status.",
            ),
            Document(
                "\u2018I felt like a suspect\u2019: nurses on the hospital\u2019s new badge trackers",
                "The badges log every room the nurses enter.",
            ),
            Document(
                "Inside the warehouse where the scanner gun sets the pace",
                "Workers describe rate targets updated by the minute.",
            ),
        ],
        [
            Document(
                "WhatsApp now lets you hide your online status from everyone",
                "The privacy setting rolls out this month.",
            ),
            Document(
                "F1: the algorithm that sets the pace of race strategy",
                "Teams simulate millions of scenarios.",
            ),
            Document(
                "Hotel guests get badge trackers for the water park",
                "Parents can see where their children are.",
            ),
        ],
        frozenset(),
    )


def test_digital_control_beside_the_staff() -> None:
    """Rules 2026.12.535: digital control or supervision beside a worker term, in Dutch (a real
    page of session s50 at 0.15, its subject in the summary's third sentence) and French (a probe
    at 0.23); a tax office's, a border's and parents' digital control are not."""
    _sorts(
        [
            Document(
                "Als het aan grote werkgevers ligt, is thuiswerken een blijvertje.",
                "Waar voorheen fysiek contact mogelijk was op de werkvloer, moeten werkgevers en"
                " werknemers het vaker doen met digitaal contact vanuit huis. Daar komt ook"
                " digitale controle bij kijken.",
            ),
            Document(
                "Contr\u00f4le num\u00e9rique des salari\u00e9s : la CNIL publie ses recommandations",
                "Les employeurs doivent informer le CSE avant tout d\u00e9ploiement.",
            ),
        ],
        [
            Document(
                "Le contr\u00f4le num\u00e9rique des imp\u00f4ts s\u2019\u00e9tend aux r\u00e9seaux sociaux",
                "Le fisc analyse les publications des contribuables.",
            ),
            Document(
                "Controllo digitale delle frontiere: arrivano i nuovi varchi",
                "I passeggeri passeranno dai gate automatici.",
            ),
            Document(
                "Digitaal toezicht op de jeugd: ouders kijken mee op telefoon",
                "Steeds meer ouders gebruiken apps om hun kinderen te volgen.",
            ),
        ],
        frozenset(),
    )


def test_junior_bankers_hours_and_staff_made_more_productive() -> None:
    """Rules 2026.12.536: junior bankers' hours monitored (a probe of session s50 at 0.39); staff
    "more productive" with AI, a survey's finding, is not (0.58), nor the SEC's fines over
    investment bankers' unmonitored WhatsApp messages (an earlier look-alike)."""
    _sorts(
        [
            Document(
                "Goldman Sachs monitors junior bankers\u2019 hours with new software",
                "The bank wants to stop analysts working more than 80 hours a week.",
            ),
        ],
        [
            Document(
                "Employees who use AI are more productive, Microsoft survey says",
                "The Work Trend Index polled 31,000 people.",
            ),
            Document(
                "The WhatsApp record-keeping violations that brought banks $1.8B in fines",
                "The Securities and Exchange Commission named WhatsApp and Signal as communication"
                " channels that investment bankers, including some executives, used for"
                " broker-dealer business even though their institutions did not authorize their use"
                " or monitor the messages.",
            ),
        ],
        frozenset(),
    )


def test_farm_animals_tracked_are_not_the_staff() -> None:
    """Rules 2026.12.537: cattle and cows tracked by collars or sensors are no staff (a
    look-alike of session s50 at 0.75, two earlier ones at 0.62 and 0.76); farmworkers tracked
    by GPS wristbands are."""
    _sorts(
        [
            Document(
                "Farmworkers tracked by GPS wristbands during harvest",
                "Growers say the data helps pay piece rates.",
            ),
        ],
        [
            Document(
                "Farmers track cattle with GPS collars",
                "The collars help find animals on hillsides.",
            ),
            Document("Cattle monitored with AI collars in Australia", ""),
            Document("Vacas vigiladas con sensores en las granjas gallegas", ""),
        ],
        frozenset(),
    )


def test_police_officers_graded_by_the_force_s_software() -> None:
    """Rules 2026.12.538: a police force's software that grades or rates its officers' conduct
    (a real page of session s50 at 0.09, an earlier probe at 0.15); residents who rate officers'
    conduct in a survey, a watchdog's criticism and bodycams' effect on complaints are not."""
    _sorts(
        [
            Document(
                "The Queen Creek Police Department will use AI to analyze all of its body camera"
                " video via a service that can grade officer\u2019s interactions with the public.",
                "The Queen Creek Police Department will use an artificial intelligence system to"
                " analyze the video from all of its officers\u2019 body-worn cameras, via a company"
                " that can also grade the officers based on their conduct.",
            ),
            Document(
                "AI analyses police body-camera footage to rate officers\u2019 professionalism",
                "The software flags rude language and use of force.",
            ),
        ],
        [
            Document(
                "Residents rate officers\u2019 conduct in annual community survey",
                "Satisfaction with the police rose to 71%.",
            ),
            Document(
                "Watchdog criticises officers\u2019 conduct at climate protest",
                "The report found excessive use of force.",
            ),
            Document(
                "Police body cameras reduce complaints by 90%, study finds",
                "Officers wearing cameras received fewer complaints from the public.",
            ),
        ],
        frozenset(),
    )


def test_people_analytics_and_office_returns_need_something_watched() -> None:
    """Rules 2026.12.539: people analytics beside the staff, and a worker sacked for refusing to
    return to the office whose badge swipes were tracked, are relevant; an HR guide to "people
    analytics" of exit interviews (0.59) and a tribunal's ruling on a refusal to return to the
    office (0.66), with nothing watched, are not (look-alikes of session s50)."""
    _sorts(
        [
            Document(
                "People analytics: companies mine employees\u2019 calendars and emails to map"
                " collaboration",
                "Vendors promise insights into who is \u2018overloaded\u2019 or"
                " \u2018disengaged\u2019.",
            ),
            Document(
                "Worker sacked for refusing to return to the office after badge swipes were"
                " tracked",
                "The tribunal heard the employer monitored her attendance through the access"
                " system.",
            ),
        ],
        [
            Document(
                "People analytics: what HR can learn from exit interviews",
                "A guide to structured conversations.",
            ),
            Document(
                "UK tribunal: worker sacked for refusing to return to the office wins claim",
                "The employer failed to consult.",
            ),
        ],
        frozenset(),
    )


def test_italian_computer_checks_on_a_dismissed_worker() -> None:
    """Rules 2026.12.540: the employer's computer ("informatici") or "datoriali" checks beside a
    worker (real pages of session s50 on Cassazione rulings at 0.17 and 0.32); a bank's checks
    after a hack and technological checks of machines are not."""
    _sorts(
        [
            Document(
                "La Corte di Cassazione, con l\u2019ordinanza n. 807 del 13 gennaio 2025, ha dato"
                " torto a un\u2019azienda che aveva licenziato un dirigente sulla base di controlli"
                " informatici effettuati \u201ca ritroso\u201d nel tempo.",
                "Confermata cos\u00ec la decisione della Corte d\u2019Appello di Milano: quel"
                " licenziamento \u00e8 illegittimo.",
            ),
            Document(
                "Legittimo il licenziamento se i controlli datoriali rispettano le policy aziendali"
                " redatte in conformit\u00e0 alla normativa",
                "Con la sentenza n. 28365 del 27 ottobre 2025, la Corte di Cassazione, Sezione"
                " Lavoro, ha confermato la legittimit\u00e0 del licenziamento disciplinare irrogato"
                " a un dipendente per aver utilizzato illecitamente gli strumenti informatici"
                " aziendali.",
            ),
        ],
        [
            Document(
                "Controlli informatici sui sistemi della banca dopo l\u2019attacco hacker",
                "I tecnici hanno isolato i server.",
            ),
            Document(
                "I controlli tecnologici sui macchinari tutelano la sicurezza dei lavoratori",
                "L\u2019Inail presenta le nuove linee guida.",
            ),
        ],
        frozenset(),
    )


def test_training_data_from_workers_screens_and_selfies_before_each_shift() -> None:
    """Rules 2026.12.541: AI training data that comes from the workers' screens, couriers'
    selfies before every shift, and riders' facial verification (probes of session s50 at
    0.40-0.51); age checks by face verification and a bank's selfie are not, nor (rules .551)
    training data that comes from annotators' labour rather than the workers' own screens."""
    _sorts(
        [
            Document(
                "Meta\u2019s \u2018computer use\u2019 training data comes from its own workers\u2019"
                " screens",
                "Internal documents describe recording sessions on staff laptops.",
            ),
            Document(
                "Couriers forced to take selfies before every shift to prove their identity",
                "The platform says it fights account sharing.",
            ),
            Document(
                "Verifica facciale obbligatoria per i rider: il Garante apre un\u2019istruttoria",
                "La piattaforma chiede un selfie prima di ogni turno.",
            ),
        ],
        [
            Document(
                "Age checks by face verification come to social networks",
                "Teenagers will need to prove their age.",
            ),
            Document(
                "Banks ask customers to take a selfie to verify their identity",
                "Identity checks move online.",
            ),
            Document(
                "AI training data comes from underpaid workers in Kenya who label images",
                "The annotators earn less than two dollars an hour.",
            ),
        ],
        frozenset(),
    )


def test_keystroke_logs_in_german_and_one_s_own_habits_tracked() -> None:
    """Rules 2026.12.542: keystroke logs ("Tastaturprotokolle") evaluated by the employer (a probe of
    session s50 at 0.45); habit-tracking apps, one's own, are not (0.65), while drivers' sleep and
    staff's mood tracked by their employer stay relevant."""
    _sorts(
        [
            Document(
                "Arbeitgeber darf Tastaturprotokolle nicht ohne Verdacht auswerten",
                "Das Arbeitsgericht erkl\u00e4rt die K\u00fcndigung f\u00fcr unwirksam.",
            ),
            Document(
                "Trucking firm makes drivers wear sleep tracking bands",
                "Drivers who log too little sleep are taken off shifts.",
            ),
            Document(
                "Warehouse staff protest mood tracking surveys run by AI",
                "The tool scores each worker\u2019s morale daily.",
            ),
        ],
        [
            Document(
                "Habit tracking apps that actually help you stick to goals",
                "Our picks for building routines.",
            ),
        ],
        frozenset(),
    )


def test_monitoring_for_a_model_is_no_staff_s() -> None:
    """Rules 2026.12.543: "monitoring for" a model or an LLM is the software's (a look-alike of
    session s50 at 0.92), as "monitoring of models" was; monitoring for the staff's keystrokes
    is not."""
    _sorts(
        [
            Document(
                "Vendor launches monitoring for employees\u2019 keystrokes on remote laptops",
                "Managers receive a daily activity score for each worker.",
            ),
        ],
        [
            Document(
                "Datadog launches monitoring for LLM applications",
                "Developers can trace prompts and costs.",
            ),
        ],
        frozenset(),
    )


def test_dismissals_on_the_software_s_word_that_name_no_worker() -> None:
    """Rules 2026.12.544: a dismissal or warning on what the software recorded, the worker not
    named (probes of session s50 at 0.29-0.46, five languages); a drug test failed, a video
    player's pauses and servers flagged inactive are not, nor (rules .550) data that shows people
    moving "away" from cities: away from the desk or the screen only."""
    _sorts(
        [
            Document(
                "Fired after software showed she was idle for 60% of the day",
                "The tribunal accepted the activity logs as evidence.",
            ),
            Document(
                "Docked pay for bathroom breaks the app recorded",
                "Warehouse workers say the handheld counts every minute away from the line.",
            ),
            Document(
                "Warned for \u2018low activity\u2019 on Teams while on a sales call",
                "Staff say the status light decides who gets reprimanded.",
            ),
            Document(
                "Licenziata perch\u00e9 il software segnalava troppe pause",
                "Il sistema registrava i minuti lontano dal computer.",
            ),
            Document(
                "Entlassen wegen Inaktivit\u00e4t am Bildschirm: Software protokollierte Pausen",
                "Das Arbeitsgericht pr\u00fcft die Verwertbarkeit.",
            ),
            Document(
                "Ontslagen na data uit volgsoftware op laptop",
                "De werkgever zag hoe lang de werknemer niet actief was.",
            ),
        ],
        [
            Document(
                "Driver sacked after failing a drug test", "The union says the test was flawed."
            ),
            Document(
                "Il software segnala le pause nella riproduzione video",
                "Un bug colpisce l\u2019app di streaming.",
            ),
            Document(
                "Software flagged the servers as inactive before the outage",
                "Engineers restarted the cluster.",
            ),
            Document(
                "Data shows people are moving away from big cities",
                "Rents fell in London and Paris.",
            ),
        ],
        frozenset(),
    )


def test_dismissed_after_logins_phones_or_mail_were_read() -> None:
    """Rules 2026.12.545: a dismissal after the login times were evaluated, the work phone read out
    or the personal mail read, and a boss who read the Slack DMs (probes of session s50 at
    0.11-0.30); a CEO fired after e-mails revealed an affair, a coach sacked over phone footage
    and a lawyer disciplined over e-mails to a judge are not."""
    _sorts(
        [
            Document(
                "Gek\u00fcndigt nach Auswertung der Login-Zeiten",
                "Das Landesarbeitsgericht sieht einen Versto\u00df gegen den Datenschutz.",
            ),
            Document(
                "Ontslag na het uitlezen van de zakelijke telefoon",
                "De rechter vindt het bewijs onrechtmatig verkregen.",
            ),
            Document(
                "Licenci\u00e9 apr\u00e8s la lecture de ses courriels personnels",
                "La Cour de cassation rappelle le secret des correspondances.",
            ),
            Document(
                "Her boss read her Slack DMs and fired her",
                "The tribunal found the search unlawful.",
            ),
        ],
        [
            Document(
                "CEO fired after emails revealed an affair with a colleague",
                "The board said he broke the code of conduct.",
            ),
            Document(
                "Football coach sacked after phone footage of dressing-room outburst",
                "The club apologised to the players.",
            ),
            Document(
                "Lawyer disciplined after emails to a judge", "The bar council found misconduct."
            ),
        ],
        frozenset(),
    )


def test_audio_recorded_in_a_workplace() -> None:
    """Rules 2026.12.546: audio recorded in a retailer's stockrooms (a probe of session s50 at
    0.42); a phone's voice memos, recorded by its owner, are not."""
    _sorts(
        [
            Document(
                "Retailer must stop recording audio in its stockrooms",
                "The regulator said conversations between colleagues were captured.",
            ),
        ],
        [
            Document(
                "Voice memos: recording audio on an iPhone in five steps",
                "A guide for podcasters and students.",
            ),
        ],
        frozenset(),
    )


def test_advice_column_questions_need_something_watched() -> None:
    """Rules 2026.12.547: a reader's "what can I do?" about a boss, with nothing watched, is an
    advice column's employment question (a look-alike of session s50 at 0.61); the same question
    about a boss who reads the mail or tracks the location is relevant."""
    _sorts(
        [
            Document(
                "My boss reads my emails \u2014 what can I do?",
                "A reader asks whether her employer may open her work mailbox.",
            ),
            Document(
                "My employer tracks my location after hours: what are my rights?",
                "A delivery driver asks an employment lawyer.",
            ),
        ],
        [
            Document(
                "My boss takes credit for my work \u2014 what can I do?",
                "A reader asks a career coach.",
            ),
        ],
        frozenset(),
    )


def test_ai_that_decides_promotions() -> None:
    """Rules 2026.12.548: an algorithm or AI that decides who is promoted, in English, Spanish and
    Dutch (probes of session s50 at 0.16-0.48); a league's promotions, a transplant list and a
    password manager that "is an app" are not."""
    _sorts(
        [
            Document(
                "Algorithm decides who gets promoted at retail chain",
                "Store managers say they no longer choose their deputies.",
            ),
            Document(
                "La IA decide los ascensos en una gran empresa",
                "Los trabajadores denuncian falta de transparencia.",
            ),
            Document(
                "AI bepaalt wie promotie krijgt bij verzekeraar",
                "Medewerkers weten niet op basis waarvan.",
            ),
        ],
        [
            Document(
                "La IA decide los ascensos de categor\u00eda en la liga de f\u00fatbol",
                "Los clubes protestan.",
            ),
            Document(
                "Algorithm decides who gets a kidney transplant first",
                "Doctors defend the scoring system.",
            ),
            Document(
                "Your password manager is an app you should update today",
                "Security researchers found a flaw.",
            ),
        ],
        frozenset(),
    )


def test_a_score_that_decides_which_couriers_see_the_orders() -> None:
    """Rules 2026.12.549: a platform's score that decides which couriers see the best orders (a
    probe of session s50 at 0.53); a streaming service's algorithm that decides which viewers see
    new shows is not."""
    _sorts(
        [
            Document(
                "Gig platform\u2019s \u2018trust score\u2019 decides which couriers see high-paying"
                " orders",
                "Couriers say a single complaint can drop the score for weeks.",
            ),
        ],
        [
            Document(
                "Netflix algorithm decides which viewers see new shows first",
                "The streaming giant tests a new homepage.",
            ),
        ],
        frozenset(),
    )


def test_the_session_s_broad_terms_narrowed_in_review() -> None:
    """Rules 2026.12.554, the review of .531, .534, .541, .542 and .544: the staff's low activity
    on a chat tool and every keystroke they type logged stay relevant (with the versions' own
    tests: a dashboard of each employee's participation, sessions recorded on staff laptops,
    keystroke logs); an app store's
    low activity, a dashboard of benefits, encrypted messages, records kept on laptops and a
    keyboard's key travel (0.64-1.00 with the session's first drafts) are not; nor (rules .555) a
    server the logs showed offline, or an engineer fired after a software bug (0.59, 0.69)."""
    _sorts(
        [  # the relevant ones are those of the versions' own tests, which still pass
            Document(
                "Staff judged on \u2018low activity\u2019 in Slack say the green dot rules their day",
                "Managers export the status history each week.",
            ),
            Document(
                "Firm logged every keystroke staff typed into the AI assistant",
                "Employees were not told the prompts were stored.",
            ),
        ],
        [
            Document(
                "Low activity on the app store this holiday season, analysts say",
                "Downloads fell 8%.",
            ),
            Document(
                "Dashboard of each employee\u2019s benefits enrolment now in the HR portal",
                "Staff can check their pension choices.",
            ),
            Document(
                "Every message staff send is now encrypted end to end",
                "The company upgraded its chat system.",
            ),
            Document(
                "Records kept on staff laptops must be encrypted, says new policy",
                "The IT department will audit compliance.",
            ),
            Document(
                "Tastaturanschlag und Akkulaufzeit: Das neue MacBook im Test",
                "Apple verbessert die Tastatur.",
            ),
            Document(
                "Logs showed the server was offline for six hours",
                "The provider blamed a power cut.",
            ),
            Document(
                "Engineer fired after software bug caused a nationwide outage",
                "The company apologised to customers.",
            ),
        ],
        frozenset(),
    )


def test_the_dutch_staff_before_controleren_as_a_headline_puts_it() -> None:
    """Rules 2026.12.558: "Thuiswerkende werknemers controleren: Hoe ver mag je gaan?" (0.56, a
    real page of session s51): the staff before the verb, as a headline or a question puts it;
    not the sick checked on their absence, nor a check that goes on to what is tested."""
    _sorts(
        [
            Document(
                "Thuiswerkende werknemers controleren: Hoe ver mag je gaan?",
                "Voor corona was thuiswerken slechts mogelijk als het niet anders kon. Nu lijkt"
                " thuiswerken voor veel organisaties de nieuwe norm te zijn.",
            ),
        ],
        [
            Document(
                "Zieke werknemers controleren: wat mag de werkgever?",
                "De bedrijfsarts speelt een belangrijke rol bij verzuim.",
            ),
            Document(
                "Werknemers controleren op alcohol: mag dat?",
                "Een werkgever wil blaastesten invoeren.",
            ),
            Document(
                "Kassa's controleren: zo voorkom je fouten bij het afsluiten",
                "Tips voor winkeliers.",
            ),
        ],
        frozenset(),
    )


def test_the_cybercriminals_after_staff_data_name_a_breach() -> None:
    """Rules 2026.12.559: "Your Employees' Most Sensitive Data Is at Risk..." (0.72, a real page
    of session s51), whose opening names the cybercriminals after the HR systems, is about
    keeping staff data safe, as a breach is; monitoring that names them as its reason is still
    monitoring."""
    _sorts(
        [
            Document(
                "Employer logs every keystroke of staff to stop cybercriminals",
                "The firm says the monitoring software protects against cybercriminals.",
            ),
            Document(
                "Werkgever leest mails van werknemers mee om cybercriminelen te weren",
                "De vakbond spreekt van controle.",
            ),
        ],
        [
            Document(
                "Your Employees' Most Sensitive Data Is at Risk\u2014Here's How HR Teams Can"
                " Actually Protect It",
                "The private information sitting in your HR systems right now could be a"
                " goldmine for cybercriminals.",
            ),
            Document(
                "Cybercriminelen hebben het gemunt op gegevens van werknemers",
                "Zo beschermt u uw personeelsdossiers.",
            ),
        ],
        frozenset(),
    )


def test_fleet_management_is_monitoring_only_beside_the_staff() -> None:
    """Rules 2026.12.560: fleet management and tracking count beside a worker term only: alone
    they are the fleet's product ("Fleet management software cuts fuel costs by a fifth", 0.75,
    a probe of session s51). The German page that had made them a monitoring term keeps its
    decision through the idiom of the staff "in the boss's sights" after the means that does
    it; a coach's sights are not a camera's."""
    _sorts(
        [
            Document("Flottenmanagement-Systeme: Immer im Visier des Chefs"),
            Document(
                "Fleet management system used to discipline delivery drivers",
                "The drivers' union has filed a complaint.",
            ),
            Document("Wagenparkbeheer: mag de werkgever de auto's van werknemers volgen?"),
        ],
        [
            Document(
                "Fleet management software cuts fuel costs by a fifth",
                "The vendor says routes are optimised automatically.",
            ),
            Document(
                "Fleet telematics market to reach $50 billion by 2030",
                "Analysts expect growth in Asia.",
            ),
            Document("Im Visier des Chefs: Wie Fu\u00dfballtrainer ihre Stars motivieren"),
        ],
        frozenset(),
    )


def test_what_a_product_lets_the_boss_see_or_track() -> None:
    """Rules 2026.12.561: what a product lets the boss or the employer see, track or know ("Fleet
    management software lets the boss see every stop", a look-alike of rules .139's test, which
    fleet management alone had made relevant until rules .560); not a team boss's lap times, nor
    a household's "boss"."""
    _sorts(
        [
            Document("Fleet management software lets the boss see every stop"),
            Document("Microsoft feature lets your boss know when you leave the office"),
        ],
        [
            Document("F1's new telemetry lets the team boss see every lap in real time"),
            Document("This gadget lets the boss of the house control every light"),
        ],
        frozenset(),
    )


def test_workplace_chats_scanned_or_mined_and_links_scanned_for_malware() -> None:
    """Rules 2026.12.562: the workplace chat scanned, monitored or mined ("Company used AI to scan
    Slack messages for talk of unions", 0.35, a probe of session s51); not searched, which a user
    does to his own; and a scan for malicious links or attachments is the malware veto's ("Teams
    will scan chats for malicious URLs" was relevant at 0.77 before the change)."""
    _sorts(
        [
            Document(
                "Company used AI to scan Slack messages for talk of unions",
                "Former employees say they were singled out.",
            ),
            Document(
                "Employer scanned staff Teams chats and flagged 'malicious' complaints about"
                " managers",
                "Workers say the software branded criticism a threat.",
            ),
        ],
        [
            Document("How to search Slack messages faster with these shortcuts"),
            Document(
                "Teams will scan chats for malicious URLs",
                "Microsoft says the protection is automatic.",
            ),
        ],
        frozenset(),
    )


def test_software_that_rates_the_staff_it_names_and_the_app_that_blocks_riders() -> None:
    """Rules 2026.12.563: French software or an algorithm that rates, times or penalises the staff
    it names ("Des logiciels notent les caissi\u00e8res sur leur vitesse de passage", 0.21); the
    Spanish app that blocks, expels or suspends the riders it names ("Los repartidores denuncian
    que la app los bloquea sin explicaci\u00f3n", 0.29): probes of session s51. Not critics
    rating films, nor a parent's app that blocks ("controles parentales" in the plural now
    vetoed as the singular was)."""
    _sorts(
        [
            Document(
                "Des logiciels notent les caissi\u00e8res sur leur vitesse de passage",
                "Les syndicats d\u00e9noncent une pression permanente.",
            ),
            Document(
                "Los repartidores denuncian que la app los bloquea sin explicaci\u00f3n",
                "Glovo asegura que revisa cada caso.",
            ),
        ],
        [
            Document("Les critiques notent les films de la semaine"),
            Document("Des logiciels \u00e9valuent les salaires du march\u00e9 pour les recruteurs"),
            Document(
                "La app los bloquea: as\u00ed funcionan los controles parentales del m\u00f3vil"
            ),
        ],
        frozenset(),
    )


def test_voices_recorded_connection_times_read_and_a_workers_rights_group() -> None:
    """Rules 2026.12.564, from probes of session s51: staff's voices recorded, beside a worker
    term ("Company recorded employees' voices to train its AI voice agent", 0.32); the French
    connection times read, beside one ("... son employeur a analys\u00e9 ses temps de
    connexion", 0.18); and a workers' rights group, charity or campaign naming no monitoring is
    not it ("Workers' rights group launches helpline for seasonal farmworkers", 0.78). Not a
    singer's voice, a fibre line's connection time, nor a rights group that names bossware."""
    _sorts(
        [
            Document(
                "Company recorded employees' voices to train its AI voice agent",
                "Staff were not asked for consent.",
            ),
            Document(
                "T\u00e9l\u00e9travail : un salari\u00e9 licenci\u00e9 apr\u00e8s que son"
                " employeur a analys\u00e9 ses temps de connexion",
                "La cour d'appel a jug\u00e9 le licenciement abusif.",
            ),
            Document("Workers' rights group warns of surge in bossware since the pandemic"),
        ],
        [
            Document(
                "Workers' rights group launches helpline for seasonal farmworkers",
                "Volunteers speak six languages.",
            ),
            Document("Workers' rights charity opens advice centre in Leeds"),
            Document("Band records voices of fans for new album"),
            Document("Fibre : les temps de connexion divis\u00e9s par deux dans les zones rurales"),
        ],
        frozenset(),
    )


def test_a_how_to_for_stopping_ones_own_device_from_tracking() -> None:
    """Rules 2026.12.565: a how-to for stopping one's own laptop, phone or browser from tracking
    ("How to stop your laptop tracking your location", 0.71, a look-alike of session s51) is a
    consumer's; one for a work laptop is not."""
    _sorts(
        [
            Document(
                "How to stop your work laptop from tracking you, and whether your boss will notice"
            ),
        ],
        [
            Document("How to stop your laptop tracking your location"),
            Document("How to stop your iPhone from tracking you"),
        ],
        frozenset(),
    )


def test_defensive_remote_checks_name_the_subject() -> None:
    """Rules 2026.12.566: the employer's "defensive" remote checks, Italian labour law's own
    name for checks on the staff, name the subject: a Cassazione ruling whose title names only
    the court ("Corte di cassazione, sentenza 5 ottobre 2016 n. 19922 | Ancora sui controlli a
    distanza difensivi", 0.39, a real page of session s51); not a plant's remote checks."""
    _sorts(
        [
            Document(
                "Corte di cassazione, sentenza 5 ottobre 2016 n. 19922",
                "Ancora sui controlli a distanza difensivi.",
            ),
        ],
        [Document("Controlli a distanza degli impianti: le difese contro gli hacker")],
        frozenset({"strong@summary"}),
    )


def test_calls_recorded_as_a_noun_and_staff_data_sent_abroad() -> None:
    """Rules 2026.12.567, from probes of session s51: the French recording of calls as a noun
    ("... pour l'enregistrement syst\u00e9matique des appels de ses salari\u00e9s", 0.22); and
    the drivers' data sent abroad, in Dutch, German, Italian and Spanish as in English and
    French, a breach's kind of item, not the drivers watched ("AP beboet Uber voor doorgifte van
    gegevens van chauffeurs naar de VS", 0.63). Not a phone's call recorder; a fine that names
    GPS tracking as well stays relevant."""
    _sorts(
        [
            Document(
                "La CNIL rappelle \u00e0 l'ordre un employeur pour l'enregistrement"
                " syst\u00e9matique des appels de ses salari\u00e9s",
                "Les t\u00e9l\u00e9conseillers n'avaient pas \u00e9t\u00e9 inform\u00e9s.",
            ),
            Document(
                "AP beboet bedrijf dat chauffeurs met gps volgde; doorgifte van de gegevens aan"
                " klanten ook verboden"
            ),
        ],
        [
            Document(
                "AP beboet Uber voor doorgifte van gegevens van chauffeurs naar de VS",
                "De boete bedraagt 290 miljoen euro.",
            ),
            Document(
                "Enregistrement des appels : comment activer la fonction sur votre smartphone"
            ),
        ],
        frozenset(),
    )


def test_their_screens_watched_or_recorded_beside_a_worker_term() -> None:
    """Rules 2026.12.568: screens watched, monitored, tracked or recorded as "their" screens count
    beside a worker term ("Startup pays remote workers to let AI watch their screens all day",
    0.31, a probe of session s51); not alone: streamers and gamers record theirs ("Streamers
    record their screens for millions of viewers" was relevant at 0.78), parents watch their
    children's."""
    _sorts(
        [
            Document(
                "Startup pays remote workers to let AI watch their screens all day",
                "The data trains agents to do office tasks.",
            ),
            Document("Workers asked to record their screens so AI can learn their jobs"),
        ],
        [
            Document("Streamers record their screens for millions of viewers"),
            Document("Parents should watch their screens too, says child psychologist"),
        ],
        frozenset(),
    )


def test_written_probes_in_italian_spanish_german_and_dutch_of_session_s51() -> None:
    """Rules 2026.12.569, six misses of session s51's probes in four languages: the Italian mouse
    checked and pace set by the scanner (beside a worker term: alone they are a gamer's and
    music's), the Italian staff mail analysed, the Spanish riders' score (not the staff's, who
    score their employer in surveys), German firms that check "their people", and the Dutch app
    "that records" (beside a worker term: alone it is a runner's)."""
    _sorts(
        [
            Document("Smart working e controllo del mouse: cosa pu\u00f2 fare il datore di lavoro"),
            Document(
                "Amazon, i lavoratori del magazzino di Passo Corese contro i ritmi imposti dallo"
                " scanner",
                "Sciopero di otto ore.",
            ),
            Document("Chatbot analizza le email dei dipendenti per scoprire chi vuole licenziarsi"),
            Document(
                "Nuevo algoritmo de Glovo asigna pedidos seg\u00fan la puntuaci\u00f3n de los"
                " riders",
                "Los repartidores con menos puntos reciben menos encargos.",
            ),
            Document("Der digitale Aufpasser: Wie Firmen ihre Leute im Homeoffice kontrollieren"),
            Document("Bezorgers boos over app die elke minuut van hun rit registreert"),
        ],
        [
            Document("Il controllo del mouse nei videogiochi"),
            Document("Ritmi dettati dal software: la nuova musica elettronica italiana"),
            Document(
                "Glassdoor: la puntuaci\u00f3n de los empleados sit\u00faa a Mercadona como mejor"
                " empresa para trabajar"
            ),
            Document("Wie Firmen ihre Angestellten auf Vorstrafen \u00fcberpr\u00fcfen"),
            Document("Hardlopers blij met app die elke kilometer registreert"),
        ],
        frozenset(),
    )


def test_toilet_breaks_selfies_robots_pace_and_shifts_beside_a_worker_term() -> None:
    """Rules 2026.12.570, four misses of session s51's probes, each beside a worker term only:
    French toilet breaks counted, staff photographing themselves at their desks, robots that set
    the pace, and the Spanish algorithm that decides the shifts; alone they are pupils', tourists',
    car factories' and pharmacies'. And the French lyc\u00e9e and its canteen are pupils' (a
    canteen's badge reader was relevant at 0.77), tourists are others watched (0.58)."""
    _sorts(
        [
            Document(
                "Un logiciel compte les pauses toilettes des employ\u00e9s d'un entrep\u00f4t",
                "L'inspection du travail a \u00e9t\u00e9 alert\u00e9e.",
            ),
            Document(
                "Staff told to photograph themselves at their desks every hour",
                "The policy applies to all remote employees.",
            ),
            Document(
                "Warehouse robots set the pace, and workers are disciplined if they fall behind"
            ),
            Document(
                "Un algoritmo decide los turnos de los trabajadores de una cadena de supermercados",
                "Los empleados no pueden impugnar sus horarios.",
            ),
            Document(
                "Les badgeuses biom\u00e9triques interdites pour les salari\u00e9s du lyc\u00e9e"
                " agricole"
            ),
        ],
        [
            Document("Badgeuse : la cantine du lyc\u00e9e passe au paiement par carte"),
            Document(
                "Les pauses toilettes des \u00e9l\u00e8ves limit\u00e9es dans un coll\u00e8ge"
            ),
            Document("Tourists photograph themselves at the Eiffel Tower with a new AI camera"),
            Document("Robots set the pace in China's car factories"),
            Document("Un algoritmo decide los turnos de las farmacias de guardia en Madrid"),
        ],
        frozenset(),
    )


def test_fares_raised_or_cut_are_pay_not_monitoring() -> None:
    """Rules 2026.12.571: fares raised or cut, in French, Italian and Spanish, as the Dutch and
    English were ("Chauffeurs Uber : nouvelle hausse des tarifs \u00e0 Paris", 0.71, a look-alike
    of session s51); an algorithm that sets the fares and deactivates drivers stays relevant."""
    _sorts(
        [
            Document(
                "Chauffeurs Uber : l'algorithme fixe les tarifs et d\u00e9sactive ceux qui"
                " refusent des courses"
            ),
        ],
        [
            Document("Chauffeurs Uber : nouvelle hausse des tarifs \u00e0 Paris"),
            Document("Uber, aumento delle tariffe a Milano per i clienti"),
        ],
        frozenset(),
    )


def test_a_things_name_before_monitoring_makes_it_the_things() -> None:
    """Rules 2026.12.572: the air, water, weather, traffic, a baby, a patient's glucose or blood
    pressure before a monitoring noun make a compound of it, as transactions and markets do ("Air
    quality monitoring stations added in city centre", 0.58, a look-alike of session s51); not
    noise, which a wearable reads on the staff too."""
    _sorts(
        [
            Document(
                "Warehouse workers' heat exposure and noise monitoring: union demands wearables"
                " be switched off"
            ),
            Document("Employer's traffic monitoring of staff cars ruled unlawful"),
        ],
        [
            Document("Air quality monitoring stations added in city centre"),
            Document("Continuous glucose monitoring now covered by insurers"),
        ],
        frozenset(),
    )


def test_ai_that_reviews_their_recordings_beside_a_worker_term() -> None:
    """Rules 2026.12.573: AI or software that reviews, scores or watches "their" recordings,
    beside a worker term ("Teachers in Texas district told AI will review their lesson
    recordings", 0.47, a probe of session s51); alone, a musician's or a podcaster's."""
    _sorts(
        [
            Document(
                "Teachers in Texas district told AI will review their lesson recordings",
                "Scores will feed into evaluations.",
            ),
        ],
        [
            Document("Musicians let AI review their recordings before release"),
            Document("Podcasters use software that analyses their recordings for filler words"),
        ],
        frozenset(),
    )


def test_heart_monitors_ones_own_and_the_staffs() -> None:
    """Rules 2026.12.574: a heart monitor or an ECG of one's own, where no worker is named, is a
    consumer device ("Heart monitoring app approved by regulators", 0.72, a look-alike of session
    s51); heart-rate monitors the staff must wear are what the trackers and sensors they wear are
    ("Workers forced to wear heart rate monitors on shift, union says", 0.31); an athlete's are
    not."""
    _sorts(
        [Document("Workers forced to wear heart rate monitors on shift, union says")],
        [
            Document("Heart monitoring app approved by regulators"),
            Document("Athletes wear heart rate monitors to train smarter"),
        ],
        frozenset(),
    )


def test_the_spanish_algorithm_that_decides_which_worker_gets_the_job() -> None:
    """Rules 2026.12.575: the Spanish algorithm that decides or chooses which worker or rider gets
    the job ("Trabajo exigir\u00e1 a las empresas de reparto compartir los algoritmos que utilizan
    para decidir a qu\u00e9 trabajador env\u00edan en cada trayecto", 0.50, a real page of
    session s51); not the road authority's, whose drivers are motorists, nor a coach's."""
    _sorts(
        [
            Document(
                "Trabajo exigir\u00e1 a las empresas de reparto compartir los algoritmos que"
                " utilizan para decidir a qu\u00e9 trabajador env\u00edan en cada trayecto",
                "El Gobierno quiere conocer c\u00f3mo funcionan los algoritmos de las empresas de"
                " reparto.",
            ),
            Document("El algoritmo elige a qu\u00e9 repartidor le llegan los mejores pedidos"),
        ],
        [
            Document(
                "El algoritmo de la DGT decide qu\u00e9 conductores reciben una multa por radar"
            ),
            Document("Un algoritmo decide qu\u00e9 jugadores convoca el seleccionador"),
        ],
        frozenset(),
    )


def test_german_performance_analysis_mood_rated_and_control_by_the_app() -> None:
    """Rules 2026.12.576, three German misses of session s51's probes, each beside a worker term:
    the performance analysis ("Leistungsanalyse"), the staff's mood rated ("nach ihrer Stimmung
    bewertet"), control by the app ("Kontrolle durch die App"); alone they are a football
    club's, the stock market's and a smart home's or a parent's."""
    _sorts(
        [
            Document("Callcenter-Besch\u00e4ftigte werden von KI nach ihrer Stimmung bewertet"),
            Document("Betriebsrat erzwingt Abschaltung der Leistungsanalyse in Microsoft 365"),
            Document("Lieferando-Fahrer kritisieren Kontrolle durch die App"),
        ],
        [
            Document("Leistungsanalyse im Fu\u00dfball: Wie Daten die Bundesliga ver\u00e4ndern"),
            Document("Die Stimmung an der B\u00f6rse wird von Algorithmen analysiert"),
            Document("Kontrolle durch die App: So behalten Eltern die Bildschirmzeit im Blick"),
        ],
        frozenset(),
    )


def test_french_software_that_measures_the_staffs_engagement_or_activity() -> None:
    """Rules 2026.12.577: French software or a tool that measures the staff's "engagement",
    activity or attention, beside a worker term ("La CNIL enqu\u00eate sur un logiciel qui
    mesure l'\u00ab engagement \u00bb des t\u00e9l\u00e9travailleurs", 0.05, a probe of
    session s51); alone, a fitness app's or a marketer's."""
    _sorts(
        [
            Document(
                "La CNIL enqu\u00eate sur un logiciel qui mesure l'\u00ab engagement \u00bb des"
                " t\u00e9l\u00e9travailleurs"
            ),
            Document(
                "Des salari\u00e9s d\u00e9noncent un outil qui mesure leur activit\u00e9 minute"
                " par minute"
            ),
        ],
        [
            Document("L'application qui mesure l'activit\u00e9 physique des seniors"),
            Document("Un outil qui mesure l'engagement des clients sur les r\u00e9seaux sociaux"),
        ],
        frozenset(),
    )


def test_slack_and_teams_messages_scanned_together() -> None:
    """Rules 2026.12.578: the two workplace chats named together ("Aware's AI scans Slack and
    Teams messages for employee sentiment", 0.50, a probe of session s51), scanned as .562 reads
    either one; searched or translated, they are a user's."""
    _sorts(
        [Document("Aware's AI scans Slack and Teams messages for employee sentiment")],
        [
            Document("How to search Slack and Teams messages at once"),
            Document("Slack and Teams messages can now be translated automatically"),
        ],
        frozenset(),
    )


def test_a_tracker_showed_long_breaks_and_every_conversation_recorded() -> None:
    """Rules 2026.12.579, two probes of session s51: a tracker, app or GPS that showed a worker
    took long breaks or left early ("Firm sacked worker after tracker showed he took long
    lunches", 0.56), not data or a study, whose workers are a population; and every
    conversation recorded, beside a worker term ("Retail staff forced to wear headsets that
    record every conversation", 0.45), not a gamer's headset."""
    _sorts(
        [
            Document("Firm sacked worker after tracker showed he took long lunches"),
            Document("Employee fired after app showed she left work early three times"),
            Document("Retail staff forced to wear headsets that record every conversation"),
        ],
        [
            Document("Data shows workers took longer lunch breaks during the heatwave"),
            Document("Gamers wear headsets that record every conversation in 3D audio"),
        ],
        frozenset(),
    )


def test_staff_mail_to_be_scanned_and_keyboards_logged_beside_a_worker_term() -> None:
    """Rules 2026.12.580, two probes of session s51, each beside a worker term: the staff's mail
    to be scanned, in the passive ("School staff told their emails will be scanned by new AI
    safeguarding tool", 0.28), and their keyboards or clicks logged ("Civil servants' keyboards
    logged in pilot to measure 'digital productivity'", 0.43); alone, a spam filter's and a
    keyboard review's."""
    _sorts(
        [
            Document("School staff told their emails will be scanned by new AI safeguarding tool"),
            Document("Civil servants' keyboards logged in pilot to measure 'digital productivity'"),
        ],
        [
            Document("Emails are scanned for viruses before they reach your inbox"),
            Document("Mechanical keyboards tested: which is the quietest?"),
        ],
        frozenset(),
    )


def test_hourly_selfies_breaks_reported_and_every_stop_of_the_courier() -> None:
    """Rules 2026.12.581, seven probes of session s51 in five languages: a selfie or a photo
    every hour and the German breaks the scanner reports, beside a worker term; every stop of
    the courier or the driver reported, in Italian and Spanish, the worker named in it. Not a
    photographer's hourly photo, a smartwatch's reminder, an electric van's charging stops."""
    _sorts(
        [
            Document("Thuiswerkers moeten elk uur een foto van zichzelf uploaden"),
            Document(
                "Mitarbeiter m\u00fcssen st\u00fcndlich ein Selfie hochladen, um Anwesenheit zu"
                " beweisen"
            ),
            Document("Paketzusteller: Scanner meldet Pausen an die Zentrale"),
            Document(
                "I dipendenti dovranno caricare un selfie ogni ora per dimostrare di lavorare"
            ),
            Document("Il furgone segnala ogni sosta del corriere all'azienda"),
            Document("La furgoneta avisa a la empresa de cada parada del repartidor"),
        ],
        [
            Document("Photographer shares a photo every hour of the city skyline"),
            Document("Smartwatch erinnert st\u00fcndlich an Pausen"),
            Document("Il furgone elettrico segnala ogni sosta per la ricarica"),
        ],
        frozenset(),
    )


def test_ai_that_runs_performance_reviews_not_reviews_of_devices() -> None:
    """Rules 2026.12.582: AI that runs or takes over performance reviews names the subject, as AI
    that writes or scores them does ("The boss who never sleeps: AI now runs performance reviews
    at big firms", 0.15, a probe of session s51); performance reviews of devices are not staff's
    (a look-alike written for it went to 0.98 before the lookahead)."""
    _sorts(
        [Document("The boss who never sleeps: AI now runs performance reviews at big firms")],
        [Document("AI runs performance reviews of new laptops: which is fastest?")],
        frozenset(),
    )


def test_cybercriminals_are_read_once_as_a_breach_and_still_veto() -> None:
    """Rules 2026.12.583, the session's review: the English and Dutch cybercriminals were in both
    the malware and the breach families after rules .559; they are the breach's alone, which
    the same veto reads, so an item naming them and no worker is still ruled out."""
    model = load_model()
    for title in (
        "Cyber criminals steal passwords from browser extensions",
        "Cybercriminelen richten zich op thuiswerkers met nepmails",
    ):
        verdict = judge(Document(title), load_rules())
        assert "breach@title" in verdict.signals, verdict.signals
        assert not model.classify(Document(title)).relevant


def test_dutch_videotoezicht_is_a_camera_as_cameratoezicht_is() -> None:
    """Rules 2026.12.584: the Dutch "videotoezicht" watches as "cameratoezicht" does ("Wanneer stopt
    gerechtvaardigd belang bij videotoezicht op de werkvloer en in magazijnen?" 0.41, a real page
    of session s52); a city's cameras stay the public's."""
    _sorts(
        [
            Document(
                "Wanneer stopt gerechtvaardigd belang bij videotoezicht op de werkvloer en in magazijnen?"
            )
        ],
        [Document("Gemeente breidt videotoezicht in de binnenstad uit")],
        frozenset(),
    )


def test_customer_service_jobs_name_the_staff_not_the_customers() -> None:
    """Rules 2026.12.584: "customer service jobs" name the staff ("The quiet spread of emotion AI
    in customer service jobs" was ruled out as customers' emotions read, a probe of session s52);
    a forecast of those jobs lost to chatbots names no monitoring."""
    _sorts(
        [
            Document(
                "The quiet spread of emotion AI in customer service jobs",
                "Agents' voices are analysed for 'empathy' and supervisors get a live dashboard.",
            )
        ],
        [
            Document(
                "AI could replace 80% of customer service jobs, report says",
                "Chatbots are expected to handle most routine queries by 2030.",
            )
        ],
        frozenset(),
    )


def test_each_driver_or_courier_rated_by_software_in_french() -> None:
    """Rules 2026.12.584: "chaque chauffeur" or "chaque livreur" names the staff, as "chaque
    conseiller" did, and software that rates each of them watches ("Chez ce transporteur, une IA
    note chaque chauffeur à la fin de sa tournée" 0.20, a probe of session s52); customers who
    rate each driver do not."""
    _sorts(
        [
            Document(
                "Chez ce transporteur, une IA note chaque chauffeur à la fin de sa tournée",
                "Freinages, vitesse, consommation : les conducteurs reçoivent un score quotidien.",
            ),
            Document("L'application note chaque livreur après chaque commande"),
        ],
        [
            Document(
                "Chaque chauffeur doit désormais passer une visite médicale",
                "La réforme du permis poids lourd entre en vigueur.",
            )
        ],
        frozenset(),
    )


def test_accounts_deactivated_in_quotes_and_by_a_spanish_algorithm() -> None:
    """Rules 2026.12.584: a French "« désactivation »" in quotes is still an account switched off
    (0.50), and a Spanish algorithm that hands out orders or tasks manages, beside the riders it
    names ("Los repartidores denuncian que el algoritmo les asigna menos pedidos si rechazan uno"
    0.53, probes of session s52); an influencer's account is the social network's, and an algorithm
    that sets robots their tasks names no one."""
    _sorts(
        [
            Document(
                "Des livreurs dénoncent la « désactivation » de leur compte par l'algorithme",
                "Ils saisissent les prud'hommes pour obtenir la requalification de leur contrat.",
            ),
            Document(
                "Los repartidores denuncian que el algoritmo les asigna menos pedidos si rechazan uno",
                "Sindicatos piden a Trabajo que inspeccione el sistema de la plataforma.",
            ),
        ],
        [
            Document(
                "Instagram : des influenceurs dénoncent la « désactivation » de leur compte",
                "Le réseau social invoque une erreur de modération.",
            )
        ],
        frozenset(),
    )


def test_software_that_scores_teachers_or_nurses() -> None:
    """Rules 2026.12.584: software that scores teachers or nurses, after doing something else
    first ("The software records classes and scores teachers on 'engagement' metrics" 0.27, a
    probe of session s52); not their lesson plans, and not an app where patients rate doctors."""
    _sorts(
        [
            Document(
                "Teachers' union condemns AI lesson-observation tool",
                "The software records classes and scores teachers on 'engagement' metrics.",
            )
        ],
        [
            Document("AI tool grades teachers' lesson plans in seconds"),
            Document(
                "App rates doctors so patients can choose",
                "The platform collects reviews from more than a million patients.",
            ),
        ],
        frozenset(),
    )


def test_every_pause_or_toilet_break_logged_not_every_break_of_a_match() -> None:
    """Rules 2026.12.585: every pause, toilet break or keystroke logged or timed, as a feature
    puts it ("Watched while they work: inside a call centre where every pause is logged" 0.26, a
    probe of session s52); every break of a football match is not a worker's."""
    _sorts(
        [
            Document(
                "Watched while they work: inside a call centre where every pause is logged",
                "Agents have 11 seconds between calls before the system marks them idle.",
            )
        ],
        [
            Document(
                "Every break is logged: inside football's data revolution",
                "Clubs track every sprint and pass with GPS vests.",
            )
        ],
        frozenset(),
    )


def test_staff_smiles_checked_and_the_smile_meter() -> None:
    """Rules 2026.12.585: the staff's smiles checked or scored, and the smile meter ("Japanese firm
    uses AI to check whether staff are smiling" 0.44, a probe of session s52)."""
    _sorts(
        [
            Document(
                "Japanese firm uses AI to check whether staff are smiling",
                "Cashiers must score at least 80 on the smile meter before their shift.",
            )
        ],
        [
            Document(
                "Dentists use AI to score patients' smiles before treatment",
                "The app predicts the result of whitening.",
            )
        ],
        frozenset(),
    )


def test_bonuses_and_pay_an_algorithm_decides_in_french_italian_german() -> None:
    """Rules 2026.12.585: the bonuses, raises or dismissals an algorithm or AI decides or works out,
    in French, Italian and German as in Spanish ("Quand l'algorithme décide des primes des
    caissières" 0.53, a probe of session s52); not an insurer's premiums."""
    _sorts(
        [
            Document("Quand l'algorithme décide des primes des caissières"),
            Document("L'algoritmo che decide gli aumenti dei dipendenti"),
            Document("L'IA décide des licenciements chez un assureur, selon les syndicats"),
        ],
        [
            Document(
                "L'algorithme calcule les primes d'assurance auto de chaque conducteur",
                "Le bonus-malus est remplacé par un score de conduite.",
            )
        ],
        frozenset(),
    )


def test_french_staff_named_then_rated_or_tracked() -> None:
    """Rules 2026.12.585: French drivers, couriers or staff named, then rated, watched or located
    as a participle ("Les chauffeurs VTC notés, classés, puis débranchés" 0.42, a probe of
    session s52); not expense claims ("notes de frais")."""
    _sorts(
        [
            Document(
                "Les chauffeurs VTC notés, classés, puis débranchés",
                "Enquête sur la gestion automatisée des travailleurs des plateformes.",
            ),
            Document("Les livreurs géolocalisés en permanence, dénonce un syndicat"),
        ],
        [Document("Les salariés notes de frais : ce qui change en 2027")],
        frozenset(),
    )


def test_dutch_surfgedrag_needs_the_staff() -> None:
    """Rules 2026.12.585: the Dutch "surfgedrag" (browsing behaviour) alone is a website's
    visitors' ("Elke klik geteld: zo verdienen websites aan jouw surfgedrag" 0.76, a look-alike
    of session s52); beside a worker term it is still read."""
    _sorts(
        [Document("Werknemer ontslagen na controle van surfgedrag")],
        [
            Document(
                "Elke klik geteld: zo verdienen websites aan jouw surfgedrag",
                "Trackers volgen je over het hele internet.",
            )
        ],
        frozenset(),
    )


def test_dutch_staff_followed_without_van_and_who_may_work() -> None:
    """Rules 2026.12.586: following drivers or staff as a headline shortens it, without "van" ("AP
    legt boete op aan transportbedrijf voor volgen chauffeurs" 0.54), and the algorithm that
    decides who may work ("FNV: algoritme bepaalt wie er bij distributiecentrum mag werken"
    0.48), probes of session s52; not a party app deciding who may vote."""
    _sorts(
        [
            Document(
                "AP legt boete op aan transportbedrijf voor volgen chauffeurs",
                "De toezichthouder constateerde dat de trackers ook buiten werktijd aanstonden.",
            ),
            Document(
                "FNV: algoritme bepaalt wie er bij distributiecentrum mag werken",
                "De vakbond eist inzicht in het planningssysteem.",
            ),
        ],
        [
            Document(
                "Algoritme bepaalt wie er mag stemmen in de app van de partij",
                "Leden klagen over de verificatie.",
            )
        ],
        frozenset(),
    )


def test_orders_handed_out_and_a_delivery_platforms_algorithm() -> None:
    """Rules 2026.12.586: the Spanish orders handed out with an adjective between ("la asignación
    opaca de pedidos"), and the algorithm of a delivery platform in Spanish, French and Italian,
    beside a worker term ("Inspección de Trabajo investiga el algoritmo de una plataforma de
    reparto" 0.46, a probe of session s52); alone it may recommend dishes."""
    _sorts(
        [
            Document(
                "Inspección de Trabajo investiga el algoritmo de una plataforma de reparto",
                "Los sindicatos denunciaron la asignación opaca de pedidos.",
            ),
            Document("L'algoritmo delle piattaforme di consegna sotto accusa: i rider protestano"),
        ],
        [
            Document(
                "El algoritmo de una app de comida a domicilio recomienda tus platos favoritos",
                "La función llega a España.",
            ),
            Document(
                "L'algorithme des plateformes de livraison favorise les grandes chaînes de restaurants"
            ),
        ],
        frozenset(),
    )


def test_french_log_files_beside_the_staff() -> None:
    """Rules 2026.12.587: French log files ("fichiers de journalisation"), as a court puts them,
    beside a worker term ("un salarié licencié sur la base de l'exploitation de fichiers de
    journalisation de son adresse IP" 0.33, a probe of session s52); alone they are the CNIL's
    advice on logging."""
    _sorts(
        [
            Document(
                "Cass. soc., 25 novembre 2020, n° 17-19.523",
                "Un salarié licencié sur la base de l'exploitation de fichiers de journalisation de son adresse IP conteste la licéité de la preuve.",
            )
        ],
        [
            Document(
                "La CNIL publie une recommandation sur les fichiers de journalisation",
                "Les responsables de traitement doivent conserver les traces des accès.",
            )
        ],
        frozenset(),
    )


def test_each_workers_output_seen_and_worn_or_vibrating_devices() -> None:
    """Rules 2026.12.587: each worker's output seen or counted ("Managers can see each worker's
    output in real time" 0.48), sensors the German staff must wear ("Pflegekräfte müssen
    Bewegungssensoren tragen" 0.38) and Dutch wristbands that vibrate ("Armbanden die trillen als
    magazijnmedewerkers te langzaam werken" 0.45), probes of session s52."""
    _sorts(
        [
            Document(
                "Exoskeletons at the plant come with sensors that log every lift",
                "Managers can see each worker's output in real time.",
            ),
            Document(
                "Pflegekräfte müssen Bewegungssensoren tragen: Klinik in der Kritik",
                "Die Daten sollen die Arbeitsabläufe optimieren.",
            ),
            Document(
                "Armbanden die trillen als magazijnmedewerkers te langzaam werken",
                "De vakbond spreekt van digitale zweep.",
            ),
        ],
        [
            Document(
                "Smartwatch erkennt Vorhofflimmern",
                "Die Funktion ist nun in Deutschland zugelassen.",
            )
        ],
        frozenset(),
    )


def test_fish_bees_athletes_and_the_weather_are_not_staff() -> None:
    """Rules 2026.12.587: fish, whales and bees counted or watched, Dutch athletes, and humidity or
    temperature monitored in the other languages are not staff (look-alikes of session s52,
    relevant at 0.70-0.85 before)."""
    _sorts(
        [Document("Bouwvakkers krijgen helm met gps: werkgever ziet waar ze zijn")],
        [
            Document(
                "Computer vision counts fish in the river",
                "Ecologists use AI to monitor salmon runs.",
            ),
            Document(
                "Slimme armband meet stress bij topsporters",
                "Coaches gebruiken de data in trainingen.",
            ),
            Document(
                "Sensori nei vigneti per monitorare l'umidità", "Gli agricoltori risparmiano acqua."
            ),
        ],
        frozenset(),
    )


def test_scoring_systems_beside_the_staff_in_four_languages() -> None:
    """Rules 2026.12.588: a scoring or rating system in Italian, Spanish, German and Dutch, beside a
    worker term ("Sciopero dei rider contro il nuovo sistema di punteggio" 0.53, a probe of session
    s52); a driving licence's or a league's is not."""
    _sorts(
        [
            Document(
                "Sciopero dei rider contro il nuovo sistema di punteggio",
                "La piattaforma premia chi è sempre disponibile.",
            ),
            Document(
                "Beoordelingssysteem voor bezorgers: vakbond wil inzage",
                "Het platform geeft elke rit een cijfer.",
            ),
        ],
        [
            Document(
                "Sistema di punteggio per la patente: cosa cambia dal 2027",
                "Le nuove regole per i neopatentati.",
            ),
            Document("Scoresysteem in de Eredivisie aangepast", "Punten voor doelpunten."),
        ],
        frozenset(),
    )


def test_french_staff_performance_rated_and_italian_company_phone_checks() -> None:
    """Rules 2026.12.588: software that rates the French staff's performance ("Des logiciels
    notent déjà la performance des collaborateurs" 0.13) and a company WhatsApp or phone with the
    checks on it, as an Italian headline joins them ("Whatsapp aziendale e controlli" 0.33),
    probes of session s52; not a company car's tax checks."""
    _sorts(
        [
            Document(
                "Entretien annuel : l'IA va-t-elle remplacer le manager ?",
                "Des logiciels notent déjà la performance des collaborateurs à partir de leurs données.",
            ),
            Document(
                "Whatsapp aziendale e controlli: cosa può fare il datore di lavoro",
                "Il Garante chiarisce i limiti dell'accesso ai messaggi.",
            ),
        ],
        [
            Document(
                "Auto aziendale e controlli fiscali: cosa cambia nel 2027",
                "Il fringe benefit sale per i veicoli a benzina.",
            ),
            Document("Les analystes notent la performance des marchés européens"),
        ],
        frozenset(),
    )


def test_ai_trained_on_staff_data_dutch_german_and_call_centre_recordings() -> None:
    """Rules 2026.12.589: AI trained on staff data said with the Dutch compounds ("Werknemersdata
    als trainingsmateriaal voor AI: mag dat?" 0.15), the German AI trained "with" the staff's data
    (0.37), and a call centre's recordings as what trains it (0.13), probes of session s52; not
    customers' data, nor recordings that train new agents."""
    _sorts(
        [
            Document(
                "Werknemersdata als trainingsmateriaal voor AI: mag dat?",
                "De AP wijst op de doelbinding.",
            ),
            Document(
                "Unternehmen trainieren KI mit Daten ihrer Beschäftigten – was erlaubt ist",
                "Die Datenschutzkonferenz äußert sich zu Mitarbeiterdaten im KI-Training.",
            ),
            Document(
                "Call centre recordings used to train AI that will replace the agents",
                "Staff were asked to consent to the use of their calls.",
            ),
        ],
        [
            Document(
                "Call centre recordings used to train new agents in empathy",
                "The bank says coaching improved satisfaction scores.",
            ),
            Document(
                "Unternehmen trainieren KI mit Daten ihrer Kunden",
                "Der Datenschutzbeauftragte mahnt Transparenz an.",
            ),
        ],
        frozenset(),
    )


def test_emotion_recognition_hyphenated_as_an_adjective() -> None:
    """Rules 2026.12.589: "emotion-recognition", hyphenated as an adjective, is emotion recognition
    ("The emotion-recognition ban covers both recruitment and the workplace", a probe of session
    s52 at 0.01)."""
    _sorts(
        [
            Document(
                "Interview software that reads candidates' faces is now illegal in the EU — what about employees?",
                "The emotion-recognition ban covers both recruitment and the workplace.",
            )
        ],
        [
            Document(
                "Emotion-recognition app helps autistic children read faces",
                "The app trains kids to recognise expressions.",
            )
        ],
        frozenset(),
    )


def test_presence_in_the_office_read_from_the_wifi() -> None:
    """Rules 2026.12.590: presence in the office read from the Wi-Fi, as collaboration suites now
    do it ("Microsoft Teams Wi-Fi Location Check-In: Features and Privacy" 0.52, written with
    U+2011 hyphens by some sites; real pages of session s52); Wi-Fi location for a phone's
    navigation is not it."""
    _sorts(
        [
            Document(
                "Microsoft Teams Wi\u2011Fi Location Check-In: Features and Privacy",
                "Microsoft is rolling out a Wi-Fi location check-in feature for Teams to streamline office coordination.",
            ),
            Document(
                "Microsoft Teams' New Wi-Fi Office Location Feature: The Deep Technical Explainer",
                "Hybrid work has pushed companies into a new reality: people move between home, office, coworking spaces, and client sites throughout the week.",
            ),
        ],
        [
            Document(
                "Wi-Fi based location improves indoor navigation in shopping malls",
                "Phones can now find the right shop floor.",
            ),
            Document(
                "Google improves Wi-Fi location accuracy on Android",
                "The update uses nearby access points.",
            ),
        ],
        frozenset(),
    )


def test_software_that_decides_whether_staff_work_and_activity_scores() -> None:
    """Rules 2026.12.591: software that decides or tells whether someone is working ("The software
    that decides if you're working hard enough" 0.34), systems that hire and fire among other
    things, and activity scores beside a worker term (probes of session s52); not where someone
    works, nor machines for hire, nor a fitness band's activity score."""
    _sorts(
        [
            Document(
                "The software that decides if you're working hard enough",
                "Activity scores are spreading from call centres to law firms.",
            ),
            Document(
                "Staff activity scores now shown to managers every morning",
                "The dashboard ranks each employee.",
            ),
            Document(
                "When systems hire, schedule and fire the staff", "A report on the new management."
            ),
        ],
        [
            Document(
                "Poll shows whether employees are working from home more than last year",
                "Remote work is stable at 30%.",
            ),
            Document("Machine hire, tools and fire safety: our spring catalogue"),
            Document("Fitbit's new activity score now includes sleep and stress"),
        ],
        frozenset(),
    )


def test_german_mood_analysed_by_a_machine_not_a_survey() -> None:
    """Rules 2026.12.592: the German mood analysed in real time or automatically ("Die Jury
    kritisiert die Echtzeit-Analyse der Stimmung von Beschäftigten" 0.13, a probe of session
    s52); a survey of the staff's mood, or its analysis, is not monitoring."""
    _sorts(
        [
            Document(
                "BigBrotherAward 2024 für Callcenter-Software",
                "Die Jury kritisiert die Echtzeit-Analyse der Stimmung von Beschäftigten.",
            )
        ],
        [
            Document(
                "Stimmung der Beschäftigten im Einzelhandel verschlechtert sich",
                "Eine Umfrage zeigt wachsende Sorgen um Arbeitsplätze.",
            ),
            Document(
                "Analyse der Stimmung in der Belegschaft: Frust über Homeoffice-Verbot",
                "Eine Umfrage unter Beschäftigten.",
            ),
        ],
        frozenset(),
    )


def test_spanish_boss_looking_at_whatsapp_and_italian_social_media_checks() -> None:
    """Rules 2026.12.593: mail or WhatsApp looked at or checked, the Spanish reader's question
    ("¿Puede mi jefe mirar mi WhatsApp del móvil de empresa?" 0.41), and the Italian check of
    the staff's social media beside a worker term ("Il controllo dei social dei dipendenti ha dei
    limiti" 0.29), probes of session s52; a partner's phone, Gmail's spam folder and a
    platform's moderation are not."""
    _sorts(
        [
            Document(
                "¿Puede mi jefe mirar mi WhatsApp del móvil de empresa?",
                "Un abogado laboralista responde.",
            ),
            Document(
                "Licenziata per le foto su Instagram viste dal datore di lavoro: il giudice la reintegra",
                "Il controllo dei social dei dipendenti ha dei limiti.",
            ),
        ],
        [
            Document(
                "¿Puedo mirar el WhatsApp de mi pareja? Lo que dice la ley",
                "Espiar el móvil ajeno puede ser delito.",
            ),
            Document("Cómo revisar los correos de spam en Gmail"),
            Document(
                "Controllo dei social: Meta rimuove 10 milioni di post",
                "La moderazione si affida all'intelligenza artificiale.",
            ),
        ],
        frozenset(),
    )


def test_italian_scores_that_decide_who_works_in_the_plural() -> None:
    """Rules 2026.12.593: the scores, rankings or algorithms that decide who works, in the Italian
    plural, as the singular was read ("I punteggi decidono chi lavora il venerdì sera", a probe of
    session s52)."""
    verdict = judge(
        Document("Sciopero a Milano", "I punteggi decidono chi lavora il venerdì sera."),
        load_rules(),
    )
    assert "monitoring@summary" in verdict.signals, verdict.signals
    assert (
        "monitoring@summary"
        not in judge(
            Document("Sciopero a Milano", "Gli algoritmi decidono chi vede cosa sui social."),
            load_rules(),
        ).signals
    )


def test_ai_that_learned_from_or_was_fed_the_staffs_work_in_english() -> None:
    """Rules 2026.12.595: AI that learned from the staff's mail, the staff's work fed into it,
    workplace chat mined to fine-tune it, and the way staff do their jobs captured to build it
    (0.13-0.38, probes of session s52); not customers' mail or tickets, nor public Slack
    communities scraped."""
    _sorts(
        [
            Document(
                "Bank's AI learned from ten years of analysts' emails, staff discover",
                "Employees say they were never told their messages would be used.",
            ),
            Document(
                "Law firm feeds associates' memos into in-house AI",
                "Junior lawyers question who owns their work product.",
            ),
            Document(
                "Employee data is the new AI gold mine",
                "Firms are mining Slack, email and tickets to fine-tune models.",
            ),
            Document(
                "Your work is training your replacement",
                "Companies are capturing how employees do their jobs to build AI agents.",
            ),
        ],
        [
            Document("AI learned from ten years of customers' emails to predict churn"),
            Document("Startup feeds customers' support tickets into AI to answer faster"),
            Document(
                "Researchers scrape public forums and Slack communities to train open models",
                "The dataset has 2 billion tokens.",
            ),
        ],
        frozenset(),
    )


def test_ai_trained_on_the_staffs_mail_and_chats_in_five_languages() -> None:
    """Rules 2026.12.596: the staff's mail, chats, Slack conversations or calls used to train AI,
    or fed into it, in French, German, Italian, Spanish and Dutch, and "your work trains your
    replacement" (eleven probes of session s52, 0.12-0.42); not the customers', and not the
    French "entraîner" that leads to a dismissal (0.99 before)."""
    _sorts(
        [
            Document(
                "Les conversations Slack des salariés utilisées pour entraîner un chatbot interne"
            ),
            Document("La banque a nourri son IA avec dix ans de courriels de ses analystes"),
            Document("Konzern speist E-Mails der Belegschaft in eigene KI ein"),
            Document("Chatverläufe der Mitarbeiter als Trainingsmaterial: Datenschützer prüfen"),
            Document("Le email dei dipendenti usate per allenare il chatbot aziendale"),
            Document("Los correos de la plantilla, usados para entrenar la IA de la empresa"),
            Document("Chatberichten van personeel gebruikt om bedrijfschatbot te trainen"),
            Document("Ton travail entraîne ton remplaçant"),
        ],
        [
            Document("Les conversations des clients utilisées pour entraîner un chatbot"),
            Document("Le email dei clienti usate per allenare il chatbot"),
            Document(
                "Les e-mails des salariés peuvent-ils entraîner un licenciement ?",
                "Ce que dit la jurisprudence sur les propos tenus par mail.",
            ),
        ],
        frozenset(),
    )


def test_software_to_catch_workers_not_their_shortages() -> None:
    """Rules 2026.12.597: software or tools used to catch, spot or flag workers ("'Time theft'
    crackdown: firms use software to catch workers padding their hours" 0.57, a probe of session
    s52); staff shortages spotted are not the staff."""
    _sorts(
        [
            Document(
                "'Time theft' crackdown: firms use software to catch workers padding their hours",
                "Payroll tools now flag suspicious clock-ins.",
            )
        ],
        [
            Document(
                "AI tool to spot staff shortages in hospitals", "The NHS trial predicts rota gaps."
            )
        ],
        frozenset(),
    )


def test_time_in_the_bathroom_counted_and_the_office_badge() -> None:
    """Rules 2026.12.598: the time spent in the bathroom known, counted or timed, in English,
    Spanish and French ("La empresa podrá saber cuánto tiempo pasas en el baño gracias a un
    sensor" 0.08, a probe of session s51), and the office or work badge, which only staff carry
    ("The office badge that knows how long you spend in the bathroom" 0.07, session s52); the time
    spent on one's phone is not it."""
    _sorts(
        [
            Document(
                "The office badge that knows how long you spend in the bathroom",
                "Occupancy sensors sold as space planning tools can identify individuals, researchers found.",
            ),
            Document("La empresa podrá saber cuánto tiempo pasas en el baño gracias a un sensor"),
            Document("Votre employeur peut-il savoir combien de temps vous passez aux toilettes ?"),
        ],
        [Document("This app counts how long you spend on your phone", "Screen time explained.")],
        frozenset(),
    )


def test_staff_forced_to_share_their_health_data() -> None:
    """Rules 2026.12.599: staff forced or required to share their health, sleep, step or location
    data ("Firm fined for forcing staff to share smartwatch health data" 0.24, a probe of session
    s52); patients required to share theirs with a doctor are not staff."""
    _sorts(
        [
            Document(
                "Firm fined for forcing staff to share smartwatch health data",
                "Employees had to sync step counts and sleep scores to a wellness platform.",
            )
        ],
        [Document("Hospitals require patients to share health data with GPs", "A new NHS rule.")],
        frozenset(),
    )


def test_italian_staff_controlled_through_an_app_in_the_plural() -> None:
    """Rules 2026.12.600: the Italian staff watched, tracked or filmed through an app, a camera or
    GPS, in the plural as the singular was read ("Lavoratori controllati con l'app: il sindacato
    porta l'azienda in tribunale" 0.55, a probe of session s52); patients are not staff."""
    _sorts(
        [
            Document(
                "Lavoratori controllati con l'app: il sindacato porta l'azienda in tribunale",
                "L'applicazione registrava la posizione anche fuori orario.",
            )
        ],
        [
            Document(
                "Pazienti controllati con l'app: la ASL sperimenta la telemedicina",
                "Il progetto parte a Bologna.",
            )
        ],
        frozenset(),
    )


def test_remote_work_hyphenated_as_an_adjective() -> None:
    """Rules 2026.12.601: "remote-work" and "hybrid-work", hyphenated as adjectives, are remote
    work ("Remote-work monitoring tools are still installed on millions of laptops" 0.21, a probe
    of session s52)."""
    _sorts(
        [
            Document(
                "After the layoffs, the software stayed: how surveillance outlasted the pandemic",
                "Remote-work monitoring tools are still installed on millions of laptops.",
            )
        ],
        [Document("Remote-work visas: ten countries that welcome digital nomads")],
        frozenset(),
    )


def test_emotion_participles_are_emotion_recognition() -> None:
    """Rules 2026.12.602: "emotion-sensing", "emotion-tracking", "emotion-reading" and their kin are
    emotion recognition ("Emotion-sensing headsets for warehouse workers spark outcry", a probe of
    session s52); with no worker and no work named they are people's own (the emotions-read veto)."""
    verdict = judge(
        Document("Emotion-sensing headsets for warehouse workers spark outcry"), load_rules()
    )
    assert "pair@title" in verdict.signals, verdict.signals
    _sorts(
        [
            Document(
                "Emotion-sensing headsets for warehouse workers spark outcry",
                "The device flags 'negative' moods.",
            )
        ],
        [Document("Emotion-tracking earbuds promise better sleep", "A gadget review.")],
        frozenset(),
    )


def test_mail_read_by_managers_and_targets_set_by_scanners() -> None:
    """Rules 2026.12.603: mail or messages read, checked or searched by the managers or the
    employer ("Council staff had their emails read by managers, audit finds" 0.32), and targets or
    the pace set by scanners or algorithms beside a worker term ("Workers describe targets set by
    scanners and screens" 0.41), probes of session s52; mail read by millions is not it."""
    _sorts(
        [
            Document(
                "Council staff had their emails read by managers, audit finds",
                "The report criticises weak controls.",
            ),
            Document(
                "'We're measured like machines': inside a parcel hub",
                "Workers describe targets set by scanners and screens.",
            ),
        ],
        [
            Document(
                "Her emails were read by millions after the leak", "The actress sues the tabloid."
            )
        ],
        frozenset(),
    )


def test_attrition_risk_minutes_off_the_floor_reliability_scores_and_refusals() -> None:
    """Rules 2026.12.604: staff flagged as an attrition risk (0.38), the minutes off the floor
    counted (0.50), a courier's reliability score beside a worker term (0.54), and the German
    rider who refuses and loses orders (0.23): probes of session s52; a used car's reliability
    score and a defendant's flight risk are not staff."""
    _sorts(
        [
            Document(
                "HR chatbot flagged employees' complaints as 'attrition risk'",
                "Leaked documents show managers received lists of names.",
            ),
            Document(
                "Warehouse installs turnstiles that count minutes off the floor",
                "Workers must badge out even for water breaks.",
            ),
            Document(
                "Les livreurs d'une plateforme dénoncent un « score de fiabilité » opaque",
                "En dessous de 90 %, ils ne reçoivent plus de commandes.",
            ),
            Document(
                "Das neue Punktesystem der Lieferplattform: Wer ablehnt, verliert Aufträge",
                "Kuriere sprechen von Zwang.",
            ),
        ],
        [
            Document("Reliability scores for used cars: which brands top the list"),
            Document("Court denies bail, citing flight risk", "The defendant has ties abroad."),
        ],
        frozenset(),
    )


def test_gig_and_warehouse_ratings_said_in_passing() -> None:
    """Rules 2026.12.605: a fresh batch of session s52 on gig and warehouse work, seven of fifteen
    wrong at the session's start: "ranks them" beside the riders (0.76, ruled out as a data
    request), the French rating data (0.62), the Italian riders suspended (0.37), the German
    selfie check (0.23), items an hour (0.47), the Spanish handheld scanner that sets the pace
    (0.36); a bank's selfie check, a comparison site's ranking and a football club setting the
    pace are not it."""
    _sorts(
        [
            Document(
                "Deliveroo riders' 'free login' still ranks them, researchers say",
                "Data access requests reveal hidden metrics.",
            ),
            Document(
                "Les chauffeurs VTC demandent l'accès à leurs données de notation",
                "Ils invoquent le RGPD.",
            ),
            Document(
                "Rider sospesi per un selfie non riconosciuto",
                "La piattaforma usa il riconoscimento facciale per verificare l'identità.",
            ),
            Document(
                "Fahrer werden per Selfie-Check kontrolliert",
                "Die Plattform prüft die Identität mehrmals täglich.",
            ),
            Document(
                "Warehouse pickers' 'rate' leaked: 300 items an hour or a warning",
                "Documents show how the targets are enforced.",
            ),
            Document(
                "Mozos de almacén: la pistola lectora marca el ritmo",
                "Si bajan la productividad, reciben un aviso.",
            ),
        ],
        [
            Document(
                "Selfie-Check beim Online-Banking: So funktioniert die neue Identifizierung",
                "Kunden halten ihr Gesicht vor die Kamera.",
            ),
            Document("The comparison app ranks them by price and delivery time"),
            Document(
                "Marca el ritmo: el Real Madrid golea y lidera la Liga", "Triplete de Mbappé."
            ),
        ],
        frozenset(),
    )


def test_staff_mail_graded_for_its_tone() -> None:
    """Rules 2026.12.606: the staff's mail, messages or calls graded or analysed for their tone
    ("Firm used AI to grade staff's emails for 'tone'" 0.15, a probe of session s52); a teacher
    grading essays is not it."""
    _sorts(
        [
            Document(
                "Firm used AI to grade staff's emails for 'tone'",
                "Employees with low scores were sent to training.",
            )
        ],
        [Document("Teacher grades students' essays for tone and clarity", "A new rubric.")],
        frozenset(),
    )


def test_italian_company_vehicles_and_the_employer_shortened() -> None:
    """Rules 2026.12.607: the Italian "mezzi aziendali" (company vehicles) and "il datore" as a
    headline shortens the employer are worker terms ("Geolocalizzazione dei mezzi aziendali: le
    regole per il datore" 0.52, a probe of session s52); electric fleet incentives are not
    monitoring."""
    _sorts(
        [
            Document(
                "Geolocalizzazione dei mezzi aziendali: le regole per il datore",
                "Informativa, accordo e limiti.",
            )
        ],
        [Document("Mezzi aziendali elettrici: gli incentivi 2027", "Bonus per le flotte.")],
        frozenset(),
    )


def test_staff_scheduled_by_ai_and_organisers_hours_cut() -> None:
    """Rules 2026.12.608: staff scheduled or rostered by AI or software (0.13), the French automated
    planning beside the nurses (0.16), and scheduling software that cuts the hours of union
    organisers (0.11): probes of session s52; trains scheduled by AI and hours of paperwork cut are
    not staff."""
    _sorts(
        [
            Document(
                "Supermarket staff scheduled by AI complain of chaotic hours",
                "The software adjusts rotas hours before shifts.",
            ),
            Document(
                "Infirmières : un logiciel de planning automatisé sous le feu des critiques",
                "Les syndicats dénoncent des horaires imposés.",
            ),
            Document(
                "Starbucks baristas' union says scheduling software cuts hours of organisers",
                "The NLRB is reviewing the complaint.",
            ),
        ],
        [
            Document(
                "Trains scheduled by AI run on time, operator says", "Punctuality rose to 96%."
            ),
            Document(
                "AI software cuts hours of paperwork for nurses", "Notes are drafted automatically."
            ),
        ],
        frozenset(),
    )


def test_facial_scans_face_geometry_and_devices_used_to_discipline() -> None:
    """Rules 2026.12.610: a facial scan and the face's geometry that log the shifts (0.30), and
    handheld devices used to discipline posties (0.52): probes of session s53; facial scans at an
    airport, speed cameras that punish drivers and CCTV used to punish pupils are not the staff's."""
    _sorts(
        [
            Document(
                "Ex-employee sues over firm's use of facial scans to log shifts",
                "A former warehouse worker alleges the company collected her face geometry.",
            ),
            Document(
                "Union says Royal Mail handheld devices are being used to discipline posties",
                "Managers use data from the PDAs to pursue conduct cases.",
            ),
        ],
        [
            Document(
                "Airports roll out facial scans to replace boarding passes",
                "Passengers can board by looking at a camera.",
            ),
            Document(
                "Speed cameras are being used to punish drivers who were not speeding",
                "Motorists say fixed cameras issued fines after a calibration fault.",
            ),
            Document(
                "Schools accused of using CCTV footage to punish pupils",
                "Parents say headteachers reviewed recordings.",
            ),
        ],
        frozenset(),
    )


def test_a_court_on_the_time_register_and_overtime_are_working_hours_law() -> None:
    """Rules 2026.12.611: a judge or court on a register not kept, and the overtime it is kept to pay,
    are working-hours law, not a clock watching the staff (1.00, a probe of session s53); a court on
    a biometric or GPS register, or on a register used to watch the breaks, stays relevant."""
    _sorts(
        [
            Document(
                "Tribunal: fichaje con reconocimiento facial exige evaluación de impacto",
                "La sentencia da la razón a los trabajadores de una cadena de supermercados.",
            ),
            Document(
                "Sentencia: la empresa no puede usar el registro de jornada para vigilar las "
                "pausas de los empleados",
                "El tribunal considera desproporcionado controlar cada minuto de descanso.",
            ),
        ],
        [
            Document(
                "Un juez condena a una empresa por no registrar la jornada de sus trabajadores",
                "La sentencia obliga a pagar horas extra a una plantilla que carecía de control "
                "horario.",
            ),
            Document(
                "Überstunden: Gericht verlangt lückenlose Zeiterfassung vom Arbeitgeber",
                "Ohne Aufzeichnung muss der Arbeitgeber die Stunden des Klägers bezahlen.",
            ),
        ],
        frozenset(),
    )


def test_a_tool_used_to_rate_the_staff_s_performance_in_five_languages() -> None:
    """Rules 2026.12.612: a tool used, or feared to be used, to rate the staff's performance, beside
    a worker term ("Un syndicat attaque l'outil d'IA qui résume les appels des conseillers
    bancaires" 0.07, a probe of session s53, and its look-alikes in four more languages); chips'
    benchmarks, athletes' sensors and cars' tests are not the staff's."""
    _sorts(
        [
            Document(
                "Un syndicat attaque l'outil d'IA qui résume les appels des conseillers bancaires",
                "Les salariés craignent que les synthèses servent à évaluer leurs performances.",
            ),
            Document(
                "Bank staff fear AI call summaries will be used to evaluate their performance",
                "The union has asked for guarantees before the rollout.",
            ),
            Document(
                "Los teleoperadores denuncian que las grabaciones se usan para evaluar su "
                "rendimiento",
                "CCOO pide explicaciones a la empresa.",
            ),
            Document(
                "I dipendenti temono che i dati del software servano per valutare le loro "
                "prestazioni",
                "La Fiom chiede un accordo sindacale.",
            ),
            Document(
                "Personeel vreest dat dashboard wordt gebruikt om hun prestaties te beoordelen",
                "De ondernemingsraad vraagt opheldering.",
            ),
        ],
        [
            Document(
                "New benchmarks used to evaluate their performance show the chips lag Nvidia",
                "Reviewers tested the GPUs on ten workloads.",
            ),
            Document(
                "Les capteurs servent à mesurer la performance des athlètes à l'entraînement",
                "Le club de rugby équipe ses joueurs de GPS.",
            ),
            Document(
                "Las pruebas sirven para medir el rendimiento de los coches eléctricos",
                "La autonomía cae un 30 %.",
            ),
        ],
        frozenset(),
    )


def test_the_company_car_s_toll_transponder_and_fuel_card_read() -> None:
    """Rules 2026.12.613: the company car's toll transponder and fuel card read against the staff,
    beside a worker term ("Cassazione: legittimo il licenziamento basato sui dati del telepass
    aziendale?" 0.10, a probe of session s53); toll records of a getaway car, a year's toll
    figures and fuel prices from card data are not the staff's."""
    _sorts(
        [
            Document(
                "Cassazione: legittimo il licenziamento basato sui dati del telepass aziendale?",
                "Il datore aveva usato i passaggi autostradali per contestare le trasferte "
                "dichiarate dal dipendente.",
            ),
            Document(
                "Sales rep fired after employer checked his fuel card data against his timesheets",
                "The tribunal said the company had told staff the cards were monitored.",
            ),
            Document(
                "Außendienstler gekündigt: Arbeitgeber wertete Tankkarten-Daten aus",
                "Das Arbeitsgericht hält die Kündigung für wirksam.",
            ),
        ],
        [
            Document(
                "Police used toll records to trace the getaway car",
                "The suspect was arrested at a service station.",
            ),
            Document(
                "Telepass, i dati del 2026: 12 milioni di transiti ad agosto",
                "Il traffico autostradale cresce del 4%.",
            ),
            Document(
                "Fuel card data shows diesel prices fell 3% in November",
                "Fleet managers paid less at the pump for the first time this year.",
            ),
        ],
        frozenset(),
    )


def test_the_german_roster_written_by_an_algorithm() -> None:
    """Rules 2026.12.614: the algorithm or software that writes the roster, or hands out the shifts
    in the verb-second order, beside a worker term ("Wenn der Algorithmus den Dienstplan schreibt:
    Pflegekräfte fühlen sich ausgeliefert" 0.45, a probe of session s53); a youth team's training
    plan, a school's timetable and the pharmacies' rota are no staff's."""
    _sorts(
        [
            Document(
                "Wenn der Algorithmus den Dienstplan schreibt: Pflegekräfte fühlen sich ausgeliefert",
                "In mehreren Kliniken verteilt eine Software Schichten automatisch.",
            ),
            Document(
                "Supermarktkette: Software erstellt Dienstpläne – Beschäftigte klagen",
                "Verdi fordert Mitsprache bei der Einführung.",
            ),
        ],
        [
            Document(
                "Fußballverein: App erstellt den Trainingsplan für die Jugend",
                "Eltern sehen die Termine auf dem Handy.",
            ),
            Document(
                "KI erstellt den Stundenplan: Schule spart Zeit bei der Planung",
                "Die Software berücksichtigt Räume und Lehrerwünsche.",
            ),
            Document(
                "Software erstellt Dienstpläne für Notapotheken im Landkreis",
                "Die Kammer veröffentlicht die Bereitschaftszeiten online.",
            ),
        ],
        frozenset(),
    )


def test_an_app_assigning_rooms_and_each_clean_timed() -> None:
    """Rules 2026.12.615: the app assigning the rooms, as a participle, and each clean or task timed,
    beside a worker term ("Hotel housekeepers say app assigning rooms leaves no time for breaks"
    0.50, a probe of session s53); guests' rooms, a runner's gadget and drones' deliveries are no
    staff's."""
    _sorts(
        [
            Document(
                "Hotel housekeepers say app assigning rooms leaves no time for breaks",
                "The software allocates rooms and times each clean.",
            ),
        ],
        [
            Document(
                "Hotel app assigning rooms to guests cuts check-in queues",
                "Guests pick their room on a floor plan.",
            ),
            Document(
                "Smart speaker counts every step and times each run",
                "The gadget syncs with your phone.",
            ),
            Document(
                "Routing app assigning deliveries to drones cuts costs",
                "The logistics startup raised $20m.",
            ),
        ],
        frozenset(),
    )


def test_night_and_shift_premiums_are_pay() -> None:
    """Rules 2026.12.616: the premiums paid for nights, shifts or seniority, in six languages, name
    pay, not monitoring ("Condenada una empresa por no pagar el plus de nocturnidad a sus
    trabajadores" 0.57, a probe of session s53); a premium denied on GPS data or cut by an app that
    logs every break stays relevant."""
    _sorts(
        [
            Document(
                "Tribunal: empresa no puede usar el GPS para negar el plus de transporte a los "
                "trabajadores",
                "La sentencia anula la sanción basada en la geolocalización del vehículo.",
            ),
            Document(
                "Nachtschicht per App überwacht: Beschäftigte verlieren Nachtzuschlag",
                "Die Software erfasst jede Pause und kürzt die Zulage automatisch.",
            ),
        ],
        [
            Document(
                "Condenada una empresa por no pagar el plus de nocturnidad a sus trabajadores",
                "El TSJ reconoce el derecho a cobrar el complemento con carácter retroactivo.",
            ),
            Document(
                "Pflegekräfte: Gericht spricht Nachtzuschlag zu",
                "Das Landesarbeitsgericht gab der Klage einer Krankenschwester statt.",
            ),
        ],
        frozenset(),
    )


def test_every_stop_step_and_second_logged_in_dutch_german_and_spanish() -> None:
    """Rules 2026.12.617: every stop logged with the platform named between (nl, 0.38), every step
    logged by the scanner, the verb last (de, 0.34), and the silences and seconds measured (es,
    0.21): a fresh batch of session s53; a pedometer, a runner's watch and a tachograph's breaks
    are no staff's watching."""
    _sorts(
        [
            Document(
                "Bezorgers van Thuisbezorgd: 'De app weet precies hoe lang we stilstaan'",
                "Koeriers zeggen dat het platform elke stop registreert.",
            ),
            Document(
                "Beschäftigte der Post beklagen Scanner, die jeden Schritt protokollieren",
                "Laut Gewerkschaft verlangen Vorgesetzte Erklärungen.",
            ),
            Document(
                "Los empleados de un call center denuncian que la empresa mide hasta sus silencios",
                "El software registra los segundos sin hablar entre llamadas.",
            ),
        ],
        [
            Document(
                "Neue Fitnessuhr zählt jeden Schritt und misst den Puls",
                "Der Akku hält eine Woche.",
            ),
            Document(
                "El reloj de Garmin registra los segundos de cada vuelta", "Ideal para corredores."
            ),
            Document(
                "Gericht: Fahrtenschreiber muss jede Pause erfassen",
                "Für Lkw-Fahrer gelten neue Regeln zu Lenk- und Ruhezeiten.",
            ),
        ],
        frozenset(),
    )


def test_the_dutch_performance_score_and_the_algorithm_that_sets_bonuses() -> None:
    """Rules 2026.12.618: the Dutch performance score and the algorithm that sets the bonuses, the
    verb last, beside a worker term ("Ondernemingsraad eist inzage in algoritme dat bonussen van
    personeel bepaalt" 0.54, a probe of session s53); footballers' scores, savings rates and a
    fund's score are no staff's."""
    _sorts(
        [
            Document(
                "Ondernemingsraad eist inzage in algoritme dat bonussen van personeel bepaalt",
                "Het systeem van de verzekeraar berekent jaarlijks een score.",
            ),
            Document(
                "Verzekeraar geeft medewerkers maandelijks een prestatiescore",
                "De vakbond noemt het systeem intimiderend.",
            ),
        ],
        [
            Document(
                "Ajax-spelers krijgen prestatiescore van nieuwe data-analist",
                "De club meet sprintafstand en passes.",
            ),
            Document(
                "Algoritme dat de rente bepaalt geeft spaarders minder",
                "Banken verlagen de spaarrente opnieuw.",
            ),
            Document(
                "Beleggingsfonds: prestatiescore daalt na slecht kwartaal",
                "Het fonds verloor 4 procent.",
            ),
        ],
        frozenset(),
    )


def test_devices_that_check_the_staff_and_response_times_analysed() -> None:
    """Rules 2026.12.619: an Italian device that checks the staff ("smartwatch che controllano i
    magazzinieri" 0.52) and the staff's response times analysed, in German and English
    ("Microsoft-Tool, das Antwortzeiten von Beschäftigten auswertet" 0.23): probes of session s53;
    traffic cameras, a fire brigade's response times, and an API's or a website's load times
    (0.84 and 0.67 at the session's start) are no staff's."""
    _sorts(
        [
            Document(
                "Ispettorato del lavoro: sanzioni per l'uso di smartwatch che controllano i "
                "magazzinieri",
                "I dispositivi registravano tempi e spostamenti degli addetti.",
            ),
            Document(
                "Gewerkschaft kritisiert Microsoft-Tool, das Antwortzeiten von Beschäftigten "
                "auswertet",
                "Die Funktion zeigt Vorgesetzten, wie schnell Mitarbeitende reagieren.",
            ),
            Document(
                "Support agents say new tool tracks their response times to the second",
                "Managers rank staff on a weekly leaderboard.",
            ),
        ],
        [
            Document(
                "Telecamere che controllano i varchi ZTL: multe in arrivo",
                "Il Comune attiva dieci nuove porte elettroniche.",
            ),
            Document(
                "Feuerwehr: Neue Software misst Reaktionszeiten bei Einsätzen",
                "Die Wehr will schneller am Einsatzort sein.",
            ),
            Document(
                "Cloud provider now tracks API response times across regions",
                "The dashboard shows latency per endpoint.",
            ),
            Document(
                "Google now tracks website load times in search rankings",
                "Slow pages will drop lower.",
            ),
        ],
        frozenset(),
    )


def test_parcels_tracked_in_five_languages_are_things() -> None:
    """Rules 2026.12.620: parcels and shipments tracked, in Spanish, German, Dutch, Italian and
    French, are things watched ("Una consultora lanza una app para rastrear envíos en tiempo real"
    0.60, a look-alike of session s53); an app that tracks the couriers and their parcels stays
    relevant."""
    _sorts(
        [
            Document(
                "La empresa usa una app para rastrear a los repartidores y sus envíos",
                "Los trabajadores denuncian que la geolocalización sigue activa fuera de turno.",
            ),
        ],
        [
            Document(
                "Una consultora lanza una app para rastrear envíos en tiempo real",
                "Los clientes pueden seguir su paquete desde el móvil.",
            ),
            Document(
                "Correos lanza una app para rastrear paquetes desde el móvil",
                "Los usuarios recibirán avisos de entrega.",
            ),
        ],
        frozenset(),
    )


def test_the_staff_s_pay_cut_with_ai() -> None:
    """Rules 2026.12.621: the staff's pay cut or set with AI or an algorithm ("How gig apps quietly
    cut drivers' pay with AI" 0.45, a title-only probe of session s53); a pay cut to survive the
    winter and a public-sector pay rise are pay, not algorithms."""
    _sorts(
        [Document("How gig apps quietly cut drivers' pay with AI", "")],
        [
            Document(
                "Airline cuts staff pay by 10% to survive winter", "The pilots' union agreed."
            ),
            Document(
                "Government sets workers' pay rise at 3% for public sector",
                "Teachers and nurses will receive the increase in April.",
            ),
        ],
        frozenset(),
    )


def test_staff_predicted_to_quit_in_five_languages() -> None:
    """Rules 2026.12.622: staff predicted to quit and their score of risk of leaving, in French,
    Spanish, Italian, German and Dutch ("Un algorithme pour prédire les démissions : la CNIL saisie
    par un syndicat" 0.35, a probe of session s53; the others 0.24-0.26 at the session's start);
    floods predicted and subscribers' churn are no staff's."""
    _sorts(
        [
            Document(
                "Un algorithme pour prédire les démissions : la CNIL saisie par un syndicat",
                "L'entreprise attribuait à chaque salarié un score de risque de départ.",
            ),
            Document(
                "La empresa usa IA para predecir las renuncias de su plantilla",
                "Los sindicatos piden transparencia.",
            ),
            Document(
                "Un software per prevedere le dimissioni dei dipendenti: il caso in banca",
                "La Fisac chiede chiarimenti.",
            ),
            Document(
                "Software berechnet Kündigungsrisiko für jeden Mitarbeiter",
                "Der Betriebsrat war nicht informiert.",
            ),
            Document(
                "HR-tool voorspelt vertrekrisico van medewerkers",
                "De ondernemingsraad wil het systeem stoppen.",
            ),
        ],
        [
            Document(
                "Météo : un algorithme pour prédire les crues",
                "Le modèle anticipe les débordements de rivières.",
            ),
            Document(
                "Opérateurs télécoms : le score de départ des abonnés, nouvel indicateur",
                "Les clients résilient moins.",
            ),
        ],
        frozenset(),
    )


def test_a_driving_behaviour_score_in_five_languages() -> None:
    """Rules 2026.12.623: a driving-behaviour score beside a worker term, in Dutch, German and
    Spanish among five ("Koeriers Picnic krijgen 'rijgedragscore' op basis van sensoren in busjes"
    0.59 but ruled out as a perk given, a probe of session s53); an insurer's score for its
    motorists is no staff's."""
    _sorts(
        [
            Document(
                "Koeriers Picnic krijgen 'rijgedragscore' op basis van sensoren in busjes",
                "Chauffeurs met een lage score worden op gesprek geroepen.",
            ),
            Document(
                "Lieferdienst: Fahrverhaltens-Score für Kuriere sorgt für Ärger",
                "Der Betriebsrat kritisiert die Auswertung.",
            ),
            Document(
                "Los repartidores reciben una puntuación de conducción cada semana",
                "Con una nota baja pierden turnos.",
            ),
        ],
        [
            Document(
                "Verzekeraar geeft klanten korting met rijgedragscore",
                "Jonge automobilisten betalen minder premie.",
            ),
            Document(
                "Versicherung: Fahrstil-Punkte bringen Rabatt für Autofahrer",
                "Die App misst Bremsen und Beschleunigen.",
            ),
        ],
        frozenset(),
    )


def test_ai_that_flagged_their_work_and_civil_servants_flagged() -> None:
    """Rules 2026.12.624: AI that flagged or scored their work, beside a worker term ("Google
    contractors say they were fired after AI flagged their work as low quality" 0.03), and AI used
    to flag civil servants, contractors, nurses or teachers ("Government agency used AI to flag
    'low-engagement' civil servants for performance reviews" 0.25): probes of session s53; a
    student's essay, an author's books and potholes are no staff's."""
    _sorts(
        [
            Document(
                "Google contractors say they were fired after AI flagged their work as low quality",
                "Raters describe an automated system that cut access.",
            ),
            Document(
                "Government agency used AI to flag 'low-engagement' civil servants for performance "
                "reviews",
                "Documents show the tool ranked staff by email and calendar activity.",
            ),
            Document(
                "Hospital used AI to rate nurses on speed of care, leaked documents show",
                "The scores were shared with ward managers.",
            ),
        ],
        [
            Document(
                "Students say AI detector flagged their work as AI-written",
                "The university has suspended the tool.",
            ),
            Document(
                "Authors say AI software ranked their books lower on the store",
                "Publishers question the algorithm.",
            ),
            Document(
                "Council uses AI to flag potholes for repair crews", "Roads are fixed faster."
            ),
        ],
        frozenset(),
    )


def test_sick_notes_matched_against_social_media() -> None:
    """Rules 2026.12.625: sick notes matched against the staff's social media, in German, either
    verb order ("Personalrat stoppt Software, die Krankmeldungen mit Social-Media-Posts abgleicht"
    0.01, ruled out as sick leave, a probe of session s53); a health insurer's report on sick
    notes and the police searching posts are no employer's."""
    _sorts(
        [
            Document(
                "Personalrat stoppt Software, die Krankmeldungen mit Social-Media-Posts abgleicht",
                "Die Stadtverwaltung wollte prüfen, ob krankgeschriebene Beschäftigte im Urlaub "
                "waren.",
            ),
            Document(
                "Arbeitgeber gleicht Krankmeldungen mit Instagram-Posts ab – Gericht: unzulässig",
                "Das Arbeitsgericht sieht einen Eingriff in die Privatsphäre.",
            ),
        ],
        [
            Document(
                "DAK wertet Krankmeldungen von 2,4 Millionen Beschäftigten aus",
                "Psychische Erkrankungen erreichen einen Höchststand.",
            ),
            Document(
                "Polizei wertet Social-Media-Posts nach Krawallen aus",
                "Die Ermittler suchen Zeugen.",
            ),
        ],
        frozenset(),
    )


def test_french_parcels_an_hour_and_dutch_minutes_registered() -> None:
    """Rules 2026.12.626: the French parcels or calls an hour and the pace set by software
    ("objectifs de cadence pilotés par logiciel" 0.25), the Dutch minutes registered and each task
    signed off in an app ("Thuiszorgmedewerkers moeten elke handeling in app aftekenen" 0.37), and
    the district nurses as nurses: probes of session s53; a sorting machine's parcels, a GP's
    declarations and traffic lights are no staff's."""
    _sorts(
        [
            Document(
                "L'Inspection du travail épingle un entrepôt pour ses objectifs de cadence pilotés "
                "par logiciel",
                "Les préparateurs devaient atteindre 200 colis par heure.",
            ),
            Document(
                "Thuiszorgmedewerkers moeten elke handeling in app aftekenen",
                "De vakbond noemt de minutenregistratie vernederend.",
            ),
            Document(
                "Wijkverpleegkundigen klagen over minutenregistratie",
                "Elke minuut zorg moet worden verantwoord.",
            ),
        ],
        [
            Document(
                "La nouvelle trieuse traite 10 000 colis par heure",
                "Le centre de tri de La Poste s'agrandit.",
            ),
            Document(
                "Huisartsen: minutenregistratie bij consulten afgeschaft",
                "De zorgverzekeraar vereenvoudigt de declaratie.",
            ),
            Document(
                "Le rythme des feux piloté par un algorithme pour fluidifier le trafic",
                "La métropole teste un système intelligent.",
            ),
        ],
        frozenset(),
    )


def test_lie_detectors_on_staff() -> None:
    """Rules 2026.12.627: lie detectors, AI or not, and deception read from voice or video, beside a
    worker term ("Employers told to stop using AI lie detectors on staff in Illinois" 0.39, a probe
    of session s53, and its look-alikes in English, French and Dutch at 0.15-0.24); a police
    interview's, a quiz show's and a border's are no staff's."""
    _sorts(
        [
            Document(
                "Employers told to stop using AI lie detectors on staff in Illinois",
                "A new state law bans workplace use of software that claims to detect deception.",
            ),
            Document(
                "Bank made staff take polygraph tests after cash went missing, tribunal hears",
                "The employment judge said the tests breached their privacy.",
            ),
            Document(
                "Des salariés soumis à un détecteur de mensonges par leur employeur",
                "L'inspection du travail a été saisie.",
            ),
            Document(
                "Werkgever liet personeel leugendetectortest doen na diefstal",
                "De rechter oordeelt dat dit onrechtmatig was.",
            ),
        ],
        [
            Document(
                "Police to trial AI lie detector in suspect interviews",
                "Civil liberties groups question its accuracy.",
            ),
            Document(
                "Quiz show contestants face lie detector in new format",
                "The programme returns in spring.",
            ),
            Document(
                "EU border AI lie detector project ends amid criticism",
                "Travellers were questioned by an avatar.",
            ),
        ],
        frozenset(),
    )


def test_production_plants_and_vital_signs_the_staff_watch() -> None:
    """Rules 2026.12.628: production plants and patients' vital signs are things the staff watch,
    in German and Dutch ("Mitarbeiter überwachen Produktionsanlagen per Tablet" 1.00, "Pflegekräfte
    überwachen Vitalwerte mit neuer App" 1.00: hard negatives of session s53); the staff's own vital
    signs, and the staff in a plant watched by a camera, stay relevant."""
    _sorts(
        [
            Document(
                "Arbeitgeber überwacht Vitalwerte der Mitarbeiter per Smartwatch",
                "Der Datenschutzbeauftragte prüft den Fall.",
            ),
            Document(
                "Mitarbeiter in Produktionsanlagen per Kamera überwacht",
                "Der Betriebsrat klagt gegen die Dauerüberwachung.",
            ),
        ],
        [
            Document(
                "Mitarbeiter überwachen Produktionsanlagen per Tablet",
                "Die Fabrik setzt auf digitale Wartung.",
            ),
            Document(
                "Pflegekräfte überwachen Vitalwerte mit neuer App",
                "Die Klinik testet Telemonitoring.",
            ),
        ],
        frozenset(),
    )


def test_staff_who_install_cameras_and_guards_who_watch_a_mall() -> None:
    """Rules 2026.12.629: staff who install or fly cameras, CCTV or drones are the watchers ("Care
    home staff install cameras in residents' rooms at families' request" 0.99), lifeguards, guards
    and carers who use a tool to watch too, and a shopping centre watched is a thing ("Los guardias
    de seguridad vigilan el centro comercial con drones" 0.65): hard negatives of session s53; a
    care home that installs cameras to watch its carers stays relevant."""
    _sorts(
        [
            Document(
                "Care home installs cameras in staff rooms to watch carers, union says",
                "Workers say they were not told about the recording.",
            ),
            Document(
                "Supermarket installs cameras that watch cashiers at every till",
                "The union calls it constant surveillance of staff.",
            ),
        ],
        [
            Document(
                "Care home staff install cameras in residents' rooms at families' request",
                "Relatives can view a live feed of their loved ones.",
            ),
            Document(
                "Staff install CCTV at school gates after break-ins", "Parents welcomed the move."
            ),
            Document(
                "Los guardias de seguridad vigilan el centro comercial con drones",
                "La empresa contrata a 20 vigilantes más.",
            ),
        ],
        frozenset(),
    )


def test_technicians_field_staff_and_suspensions_from_the_app() -> None:
    """Rules 2026.12.630: technicians with their conversations or locations, field engineers and
    technicians ("record technicians' conversations and locations" 0.52), and the warnings or
    suspensions the staff get from an automated system ("Couriers and drivers increasingly receive
    instructions, warnings and suspensions from automated systems" 0.12): probes of session s53;
    every stop reported is logged too. Technicians who repair turbines, engineers who restore
    power and users warned of leaked passwords are no staff watched."""
    _sorts(
        [
            Document(
                "Humane AI pin marketed to employers as a way to log field workers' days",
                "The company pitches the wearable as a tool to record technicians' conversations "
                "and locations.",
            ),
            Document(
                "Your next manager might be a chatbot: Inside the AI bosses of the gig economy",
                "Couriers and drivers increasingly receive instructions, warnings and suspensions "
                "from automated systems.",
            ),
            Document(
                "Field engineers say new van trackers report every stop to managers",
                "The union is seeking talks.",
            ),
        ],
        [
            Document(
                "Users get warnings from automated systems when passwords leak",
                "Google's tool alerts account holders.",
            ),
            Document(
                "Technicians repair 40 wind turbines in record time",
                "The offshore farm is back at full power.",
            ),
            Document(
                "Field engineers restore power to 20,000 homes after storm",
                "Crews worked through the night.",
            ),
        ],
        frozenset(),
    )


def test_union_membership_and_a_feature_on_your_own_mac() -> None:
    """Rules 2026.12.631: union membership is the labour movement's news, as a union vote is
    ("Union membership rises among warehouse workers" 0.75), and a feature on one's own Mac or
    laptop is its owner's ("How to use screen recording on your Mac" 0.70): hard negatives of
    session s53; a union drive tracked with heat maps and bossware on one's laptop stay relevant."""
    _sorts(
        [
            Document(
                "Amazon monitors union membership drive with heat maps, leaked documents show",
                "Whole Foods tracked the risk of unionisation at each store.",
            ),
            Document(
                "Bossware on your laptop: what your employer can see",
                "Monitoring software can log keystrokes and take screenshots.",
            ),
        ],
        [
            Document(
                "Union membership rises among warehouse workers",
                "The TUC says young workers are joining in record numbers.",
            ),
            Document("How to use screen recording on your Mac", "A step-by-step guide for macOS."),
            Document(
                "How to take a screenshot on your iPhone",
                "Press the side button and volume up at the same time.",
            ),
        ],
        frozenset(),
    )


def test_the_employer_giving_the_staff_their_kit() -> None:
    """Rules 2026.12.632: the employer giving or equipping the staff with something, the staff the
    verb's object, is a perk given ("Airline gives cabin crew new uniforms designed by Italian
    fashion house" 0.59, a hard negative of session s53); body cameras or handhelds that track
    every stop, given to the staff, name their monitoring."""
    _sorts(
        [
            Document(
                "Walmart gives store workers body cameras that record every shift",
                "Associates say footage is reviewed by managers.",
            ),
            Document(
                "Amazon gives drivers new handhelds that track every stop",
                "The devices report idle time to dispatchers.",
            ),
        ],
        [
            Document(
                "Airline gives cabin crew new uniforms designed by Italian fashion house",
                "The outfits debut in March.",
            ),
            Document(
                "Hospital equips nurses with new tablets for patient notes",
                "The devices replace paper charts.",
            ),
        ],
        frozenset(),
    )


def test_italian_accesses_logs_and_browsing_checked() -> None:
    """Rules 2026.12.633: the accesses, logs or browsing history checked, in Italian, beside a
    worker term ("Il datore aveva verificato gli accessi al social network dal pc aziendale" 0.15,
    a probe of session s53); a region's website visits and a bank's accounts checked after an
    attack are no staff's."""
    _sorts(
        [
            Document(
                "Licenziato per i like su Facebook durante l'orario di lavoro: la Cassazione dà "
                "ragione al datore",
                "Il datore aveva verificato gli accessi al social network dal pc aziendale.",
            ),
            Document(
                "Il datore può esaminare i log di accesso dei lavoratori? Le regole del Garante",
                "I dipendenti devono essere informati.",
            ),
        ],
        [
            Document(
                "Sito della Regione, analizzati gli accessi: boom di visite a novembre",
                "Oltre un milione di utenti unici.",
            ),
            Document(
                "Banca, verificati gli accessi ai conti dopo l'attacco hacker",
                "I clienti riceveranno una nuova password.",
            ),
        ],
        frozenset(),
    )


def test_call_centre_agents_flagged_and_targets_set_by_a_model() -> None:
    """Rules 2026.12.634: call-centre agents, the call centre named first, flagged by AI ("South
    Korea's call centres use AI to flag 'rude' agents" 0.31), and targets or quotas set by a model
    or an algorithm ("targets that change hour by hour based on a machine-learning model" 0.45):
    probes of session s53; estate agents ranked, a central bank's rates and malicious software
    agents are no staff's."""
    _sorts(
        [
            Document(
                "South Korea's call centres use AI to flag 'rude' agents",
                "Counsellors say the system records their words.",
            ),
            Document(
                "Amazon workers say the 'rate' is back, and AI is now setting it",
                "Warehouse staff describe targets that change hour by hour based on a "
                "machine-learning model.",
            ),
            Document(
                "Warehouse quotas set by an algorithm leave pickers exhausted, union says",
                "Workers describe rates that rise every week.",
            ),
        ],
        [
            Document(
                "Real estate portal uses AI to rank agents by sales",
                "Homebuyers can compare estate agents in their area.",
            ),
            Document(
                "Interest rates set by the central bank's model, economists say",
                "The ECB held rates at 2%.",
            ),
            Document(
                "Antivirus uses AI to flag malicious agents in corporate networks",
                "The tool detects hidden software.",
            ),
        ],
        frozenset(),
    )


def test_time_off_task_and_items_a_minute_in_other_languages() -> None:
    """Rules 2026.12.635: Amazon's "time off task" in Spanish, French, Italian and German ("el
    'tiempo fuera de tarea'" 0.17), and the items or calls a minute or an hour in Spanish, Italian,
    German and Dutch beside a worker term ("un software mide cuántos artículos pasan por minuto"
    0.20): probes of session s53; a machine's orders an hour, a robot's pieces and a printer's scans
    are no staff's."""
    _sorts(
        [
            Document(
                "Trabajo investiga si Amazon usa el 'tiempo fuera de tarea' para sancionar a sus "
                "empleados",
                "La Inspección ha pedido los registros de productividad.",
            ),
            Document(
                "Las cajeras de Dia denuncian que un software mide cuántos artículos pasan por "
                "minuto",
                "La empresa asegura que solo se usa para planificar la plantilla.",
            ),
            Document(
                "Lagerarbeiter müssen 200 Artikel pro Stunde scannen",
                "Die Beschäftigten werden bei Unterschreitung ermahnt.",
            ),
        ],
        [
            Document(
                "La nueva máquina procesa 3.000 pedidos por hora",
                "El centro logístico automatiza el 80% de los envíos.",
            ),
            Document(
                "Il nuovo robot confeziona 500 pezzi all'ora", "La fabbrica investe 10 milioni."
            ),
            Document(
                "Der neue Drucker schafft 60 Seiten pro Minute und 200 Scans pro Stunde",
                "Test des Bürogeräts.",
            ),
        ],
        frozenset(),
    )


def test_french_care_staff_as_workers() -> None:
    """Rules 2026.12.636: the French care staff, "les soignants", are staff, as the nursing
    assistants were ("Vidéo-protection dans les EHPAD : les soignants dénoncent une surveillance de
    leur travail" 0.22, a probe of session s53); care staff on strike or watching their patients
    are not watched."""
    _sorts(
        [
            Document(
                "Vidéo-protection dans les EHPAD : les soignants dénoncent une surveillance de leur "
                "travail",
                "Les caméras serviraient à contrôler le temps passé dans chaque chambre.",
            ),
            Document(
                "Hôpital : les soignants badgent avec une empreinte digitale, la CNIL saisie",
                "Le syndicat conteste le dispositif biométrique.",
            ),
        ],
        [
            Document(
                "Les soignants en grève pour de meilleurs salaires",
                "La mobilisation touche 200 hôpitaux.",
            ),
            Document(
                "Les soignants surveillent les patients grâce à des capteurs connectés",
                "L'hôpital teste un dispositif de télésurveillance.",
            ),
        ],
        frozenset(),
    )


def test_pensions_are_pay() -> None:
    """Rules 2026.12.637: pensions, in six languages, name pay ("Uber-chauffeurs winnen zaak over
    pensioenopbouw" 0.85, a hard negative of session s53); a case on automated dismissals and
    pensions names its monitoring."""
    _sorts(
        [
            Document(
                "Uber-chauffeurs winnen zaak over geautomatiseerde ontslagen en pensioenopbouw",
                "Het hof oordeelt dat deactivering door het algoritme onrechtmatig was.",
            ),
        ],
        [
            Document(
                "Uber-chauffeurs winnen zaak over pensioenopbouw",
                "Het hof oordeelt dat de chauffeurs pensioen moeten kunnen opbouwen.",
            ),
            Document(
                "Les livreurs obtiennent une retraite complémentaire",
                "L'accord couvre 50 000 coursiers.",
            ),
        ],
        frozenset(),
    )


def test_collaboration_and_focus_scores_and_who_replies_slowest() -> None:
    """Rules 2026.12.638: collaboration, engagement or focus scores and who replies slowest, beside a
    worker term ("Bank of America staff told their 'collaboration score' will count in reviews"
    0.22, "Slack's new 'Recap' feature will show bosses who responds slowest" 0.50: probes of
    session s53); marketers' engagement scores and chatbots compared are no staff's."""
    _sorts(
        [
            Document(
                "Bank of America staff told their 'collaboration score' will count in reviews",
                "The metric is built from email, chat and meeting data.",
            ),
            Document(
                "Slack's new 'Recap' feature will show bosses who responds slowest",
                "Admins can see per-person reply times in a weekly report.",
            ),
            Document(
                "Employees get a weekly 'focus score' from their employer's new software",
                "Staff say managers compare the numbers in team meetings.",
            ),
        ],
        [
            Document(
                "Marketers chase 'engagement scores' on TikTok",
                "Brands measure likes, shares and comments.",
            ),
            Document(
                "Who replies fastest? Customer service chatbots compared",
                "We tested ten bank chatbots.",
            ),
        ],
        frozenset(),
    )


def test_software_that_catches_the_slackers() -> None:
    """Rules 2026.12.639: software used to catch, spot or flag the staff, with an article or as a
    relative clause ("'Quiet quitting' crackdown: bosses turn to software to catch the slackers"
    0.30, a probe of session s53); tools that spot staff shortages or catch bugs are no staff's."""
    _sorts(
        [
            Document(
                "'Quiet quitting' crackdown: bosses turn to software to catch the slackers",
                "Employers are buying tools that flag staff who log off early.",
            ),
            Document(
                "Firms buy apps that spot idle employees working from home",
                "Vendors promise alerts when staff step away.",
            ),
        ],
        [
            Document(
                "Recruiters use tools that spot staff shortages before they happen",
                "The software forecasts vacancies.",
            ),
            Document(
                "Software that catches the bugs developers miss raises $30m",
                "The startup's AI reviews code.",
            ),
        ],
        frozenset(),
    )


def test_ai_trained_on_call_transcripts_mail_and_videos_of_the_staff() -> None:
    """Rules 2026.12.640: AI trained on support agents' call transcripts (0.11), robots trained on
    videos of the workers (0.44), and the Spanish and Italian AI trained on the staff's mail,
    calls or recordings, the Spanish verb in the past too (0.26): probes of session s53; robots
    trained on streets, transcripts that train new hires and staff trained on courses are not AI
    trained on staff data."""
    _sorts(
        [
            Document(
                "Salesforce used support agents' call transcripts to train its AI, then cut 4,000 "
                "jobs",
                "Former employees say their conversations taught the bots.",
            ),
            Document(
                "Amazon trains warehouse robots on videos of its workers' hands",
                "The company has recorded thousands of hours of pickers.",
            ),
            Document(
                "La empresa que entrenó su IA con los correos de su plantilla, ante la AEPD",
                "Los sindicatos denuncian que no se informó a nadie.",
            ),
            Document(
                "L'azienda ha addestrato il chatbot con le registrazioni degli operatori",
                "I sindacati chiedono l'intervento del Garante.",
            ),
        ],
        [
            Document(
                "Amazon trains delivery robots on city streets with safety drivers",
                "The pilot covers three neighbourhoods.",
            ),
            Document(
                "Support agents' call transcripts to train new hires, says bank",
                "The programme pairs recordings with coaching.",
            ),
            Document(
                "La empresa entrenó a su plantilla con cursos de IA",
                "Mil empleados recibieron formación.",
            ),
        ],
        frozenset(),
    )


def test_sentiment_dashboards_morale_and_smartwatch_data() -> None:
    """Rules 2026.12.641: sentiment dashboards and morale inferred, beside a worker term
    ("Employees are getting 'sentiment dashboards' built from their Slack emoji" 0.49), and a
    smartwatch's data used against the staff ("Court: employer may not use Apple Watch data to
    contest worker's sick leave" 0.29, ruled out as sick leave): probes of session s53; reactions
    to ads tracked are a brand's (0.77 at the session's start), a team's morale a coach's."""
    _sorts(
        [
            Document(
                "Employees are getting 'sentiment dashboards' built from their Slack emoji",
                "HR analytics vendors now sell tools that infer team morale from reactions.",
            ),
            Document(
                "Court: employer may not use Apple Watch data to contest worker's sick leave",
                "The tribunal held that the readings were collected unlawfully.",
            ),
            Document(
                "Managers use AI to gauge staff morale from Teams chats",
                "The vendor says messages are analysed for tone.",
            ),
        ],
        [
            Document(
                "Brands use sentiment dashboards to track reactions to ads",
                "Marketers watch social media in real time.",
            ),
            Document(
                "Apple Watch data helps doctors spot heart problems early",
                "A study of 400,000 users found irregular rhythms.",
            ),
            Document(
                "Coach says he can read the team's morale from training sessions",
                "The club has lost five games in a row.",
            ),
        ],
        frozenset(),
    )


def test_the_algorithm_s_score_in_three_languages() -> None:
    """Rules 2026.12.642: the algorithm's or the app's score, in Spanish, Italian and French, and
    Glovo's "excellence" said plainly, beside a worker term ("Glovo despide a riders por 'baja
    excelencia' y un juez lo anula" 0.11, a probe of session s53); a weather app's rating and a
    business award for excellence are no staff's."""
    _sorts(
        [
            Document(
                "Glovo despide a riders por 'baja excelencia' y un juez lo anula",
                "La sentencia considera que la puntuación del algoritmo no justifica el despido de "
                "los repartidores.",
            ),
            Document(
                "Rider escluso per il punteggio dell'algoritmo: il tribunale di Bologna lo "
                "reintegra",
                "La piattaforma aveva disattivato l'account del fattorino.",
            ),
        ],
        [
            Document(
                "La nota de la app de meteorología mejora tras la actualización",
                "Los usuarios valoran las nuevas alertas.",
            ),
            Document(
                "Premio a la excelencia empresarial para una cooperativa de Valencia",
                "La Cámara de Comercio reconoce su trayectoria.",
            ),
        ],
        frozenset(),
    )


def test_measured_against_targets_alerts_to_managers_and_fewer_shifts() -> None:
    """Rules 2026.12.643: staff measured against targets (0.47), a system that alerts their managers
    (0.33), the Dutch delivery times compared and fewer shifts for the slow, in Dutch and English
    (0.42): probes of session s53; pupils measured against benchmarks, a doorbell that alerts a
    building's managers and pupils' gym hours are no staff watched."""
    _sorts(
        [
            Document(
                "Ocado warehouse staff say robots' pace is now their pace",
                "Pickers are measured against targets the system adjusts every shift.",
            ),
            Document(
                "Goldman analysts' hours logged by new tool as bank responds to burnout concerns",
                "Junior bankers must record time in a system that alerts managers after 75 hours.",
            ),
            Document(
                "Bezorgers Flink krijgen minder diensten als ze te langzaam zijn volgens de app",
                "Het systeem vergelijkt de bezorgtijden met een norm.",
            ),
            Document(
                "Instacart shoppers get fewer batches if they decline orders, workers say",
                "The app lowers their priority after a refusal.",
            ),
        ],
        [
            Document(
                "Pupils measured against national benchmarks in new tests",
                "Schools will publish results.",
            ),
            Document(
                "Smart doorbell system that alerts the managers of apartment blocks",
                "The device records visitors.",
            ),
            Document(
                "Kinderen krijgen minder uren gym als de school geen zaal heeft",
                "Ouders zijn boos.",
            ),
        ],
        frozenset(),
    )


def test_bodycams_worn_after_assaults_protect_the_staff() -> None:
    """Rules 2026.12.644: bodycams the staff wear after, amid or following assaults protect them, as
    those worn to deter assaults do ("Security guards to wear body cameras at shopping centre after
    assaults" 0.97, a hard negative of session s53); fixed cameras in a break room after assaults
    film the staff and stay relevant."""
    _sorts(
        [
            Document(
                "Employer installs cameras in break room after assaults on managers, staff complain",
                "Workers say they are now filmed during their breaks.",
            ),
        ],
        [
            Document(
                "Security guards to wear body cameras at shopping centre after assaults",
                "Staff say the cameras make them feel safer.",
            ),
            Document(
                "Bus drivers to wear bodycams following a rise in assaults",
                "Cameras will be switched on when a passenger becomes aggressive.",
            ),
            Document(
                "Hospital staff get body cameras amid surge in violence",
                "Nurses welcomed the move.",
            ),
        ],
        frozenset(),
    )


def test_posts_by_staff_scanned() -> None:
    """Rules 2026.12.645 and .646: the staff's posts, messages or mail scanned, analysed or flagged, the
    staff named after them ("LinkedIn posts by staff scanned by employer's 'reputation risk' AI"
    0.34, a probe of session s53), in the pattern that read their messages; posts reviewed for an
    award, and workers' messages read aloud at a union rally (1.00 at the session's start), are no
    monitoring."""
    _sorts(
        [
            Document(
                "LinkedIn posts by staff scanned by employer's 'reputation risk' AI",
                "A vendor tool flagged their personal posts for managers.",
            ),
            Document(
                "Emails from employees flagged by AI for 'negativity', leaked memo shows",
                "The bank's compliance tool sends managers weekly lists.",
            ),
        ],
        [
            Document(
                "Posts by staff reviewed for awards shortlist",
                "The company's blog competition closes Friday.",
            ),
            Document(
                "Messages from workers read aloud at union rally",
                "Speakers shared stories of low pay.",
            ),
        ],
        frozenset(),
    )


def test_every_app_switch_every_second_justified_and_algorithms_that_rate_them() -> None:
    """Rules 2026.12.649, on a fresh batch of session s53 (4 of 28 wrong at the session's start and
    before this version): every app switch logged (0.36), every second of a break to be justified
    in Italian (0.51), how long the staff spend on something seen (0.49), and the algorithms that
    rate them, the staff an object pronoun, in Spanish, French and Italian (0.50); a phone's screen
    time and films recommended are no staff's."""
    _sorts(
        [
            Document(
                "Employees at Dutch bank discover software logging their every app switch",
                "The works council says it was never asked to approve the tool.",
            ),
            Document(
                "Lavoratori di un call center di Taranto: «Ci chiedono di giustificare ogni secondo "
                "di pausa»",
                "Il software segnala ai team leader le pause più lunghe.",
            ),
            Document(
                "Bosses can now see how long you spend in Google Docs, and some are using it in "
                "reviews",
                "Workspace activity dashboards show per-user editing time to admins.",
            ),
            Document(
                "El Gobierno obligará a las empresas a informar a los trabajadores sobre los "
                "algoritmos que les evalúan",
                "La reforma del Estatuto incluirá un derecho de información.",
            ),
            Document(
                "Les livreurs veulent comprendre les algorithmes qui les notent",
                "Le collectif demande l'accès aux critères de la plateforme.",
            ),
        ],
        [
            Document(
                "Your phone now shows how long you spend on each app",
                "The new screen time report arrives in iOS 20.",
            ),
            Document(
                "Les algorithmes qui nous recommandent des films",
                "Comment Netflix choisit pour vous.",
            ),
        ],
        frozenset(),
    )


def test_smiles_measured_ai_to_profile_staff_and_routes_assigned() -> None:
    """Rules 2026.12.650, on two more fresh batches of session s53 (4 of 27 wrong at the session's
    start and before this version): the staff's smile measured, in Dutch among six languages
    (0.38), AI used to profile the staff, the Dutch verb in quotes (0.26), and the Spanish
    algorithm that handed out routes, in the imperfect (0.53); a baby's smile and a camera
    contest are no staff's."""
    _sorts(
        [
            Document(
                "Klanten tevreden, personeel gestrest: supermarkt meet glimlach van "
                "kassamedewerkers",
                "Een camerasysteem telt hoe vaak medewerkers lachen naar klanten.",
            ),
            Document(
                "Rechtszaak: werkgever gebruikte AI om sollicitanten en medewerkers te "
                "'profileren'",
                "De werknemers eisen inzage in de scores.",
            ),
            Document(
                "La Inspección multa a una empresa de reparto por el algoritmo que asignaba rutas "
                "imposibles",
                "Los repartidores no podían cumplir los tiempos fijados por la aplicación.",
            ),
        ],
        [
            Document(
                "Telt de glimlach van de baby mee? Fotowedstrijd voor ouders",
                "Stuur je mooiste foto in.",
            ),
            Document(
                "Le sourire des caissières, un atout pour les magasins de proximité",
                "Une étude sur la relation client.",
            ),
        ],
        frozenset(),
    )


def test_work_under_an_algorithm_s_direction_and_the_riders_pay_algorithm() -> None:
    """Rules 2026.12.651, on real pages read in session s53: the staff's work under an algorithm's
    direction, beside a worker term ("Algoritmi e diritti dei rider" 0.22), and the Italian
    algorithm that sets the riders' pay ("Glovo dovrà introdurre un algoritmo e regolarizzare 40
    mila rider" 0.55); a portfolio managed by an algorithm and customers' card payments are no
    staff's."""
    _sorts(
        [
            Document(
                "Algoritmi e diritti dei rider",
                "Il giudice del lavoro di Palermo precisa che un rider operante sotto la direzione "
                "dell'algoritmo di Glovo è a tutti gli effetti un lavoratore subordinato.",
            ),
            Document(
                "Glovo dovrà introdurre un algoritmo e regolarizzare 40 mila rider",
                "Il tribunale ha ordinato a Glovo di adottare un nuovo algoritmo per regolare i "
                "pagamenti dei 40.000 rider.",
            ),
            Document(
                "Les livreurs travaillent sous la direction d'un algorithme, juge le tribunal",
                "Le juge requalifie le contrat des coursiers.",
            ),
        ],
        [
            Document(
                "Portfolio managed by an algorithm beats the market for third year",
                "The robo-adviser returned 9%.",
            ),
            Document(
                "L'algoritmo che gestisce i pagamenti dei clienti con carta di credito",
                "La banca introduce un nuovo sistema antifrode.",
            ),
        ],
        frozenset(),
    )


def test_an_ai_tool_that_helps_the_staff_is_no_monitoring() -> None:
    """Rules 2026.12.652: an AI tool, assistant or chatbot that helps the staff do their work is AI
    and jobs, which AI named does not keep in the running ("Walmart gives store workers AI tool to
    answer shoppers' questions" 0.78, a hard negative of session s53); an AI tool to help track the
    staff, or an assistant that also scores every call, names its monitoring."""
    _sorts(
        [
            Document(
                "Employer rolls out AI tool to help managers track staff keystrokes",
                "The software flags idle employees.",
            ),
            Document(
                "Call centre's AI assistant that helps agents also scores every call",
                "Staff say the ratings feed into their reviews.",
            ),
        ],
        [
            Document(
                "Walmart gives store workers AI tool to answer shoppers' questions",
                "The app helps associates find products and check stock.",
            ),
            Document(
                "Bank gives employees AI assistant that drafts emails",
                "Staff can use it in Outlook from next month.",
            ),
        ],
        frozenset(),
    )


def test_the_staff_s_skills_gaps_are_hr_news() -> None:
    """Rules 2026.12.653: the staff's skills, their gaps and their retraining are HR news, as the
    labour market's figures are ("New system flags workers' skills gaps for training" 0.80, a
    look-alike of session s53); software that tracks keystrokes and maps skills names its
    monitoring."""
    _sorts(
        [
            Document(
                "Software that tracks workers' keystrokes also maps their 'skills gaps', vendor says",
                "Managers see who types slowest.",
            ),
        ],
        [
            Document(
                "New system flags workers' skills gaps for training", "HR teams can plan courses."
            ),
            Document(
                "Unions back plan to reskill warehouse workers as robots arrive",
                "The programme will train 10,000 staff.",
            ),
        ],
        frozenset(),
    )


def test_handhelds_flag_them_scanner_data_and_a_score_per_ride() -> None:
    """Rules 2026.12.654, on a fresh batch of session s53 (3 of 13 wrong at its start and before
    this version): handhelds that flag them (0.33), the Italian scanner's data and the warehouse
    worker in the singular (0.34), and a score per ride the Dutch couriers get, which is no perk
    (0.58, ruled out as one); exam boards that grade teachers and a warehouse worker's award are
    no monitoring."""
    _sorts(
        [
            Document(
                "Royal Mail posties say new handhelds flag them for 'unauthorised stops'",
                "The devices record each halt on the round.",
            ),
            Document(
                "Amazon licenzia un magazziniere per le pause: la Cassazione chiede prove più solide "
                "dei dati dello scanner",
                "Secondo la Corte i tempi registrati non bastano.",
            ),
            Document(
                "Thuisbezorgd-koeriers krijgen score per rit, vakbond wil inzage",
                "Het systeem beoordeelt snelheid, klanttevredenheid en acceptatie van ritten.",
            ),
        ],
        [
            Document(
                "Teachers say the new exam boards grade them unfairly",
                "Schools want a review of the marking.",
            ),
            Document(
                "Magazziniere vince il premio come miglior dipendente dell'anno",
                "La cerimonia a Piacenza.",
            ),
        ],
        frozenset(),
    )


def test_voice_picking_a_phone_s_location_logs_in_layoffs_and_flight_risk_staff() -> None:
    """Rules 2026.12.655, on a fresh batch of session s53 (4 of 13 wrong at its start and before
    this version): voice picking and the headset that dictates each gesture (0.35), the location of
    a Dutch worker's phone (0.24), chat or mail logs used in layoffs (0.38), and 'flight risk'
    employees predicted (0.31); a voice-picking vendor's funding, a choreographer and a lost phone
    are no staff watched."""
    _sorts(
        [
            Document(
                "Employés d'un entrepôt Lidl : « Le casque nous dicte chaque geste »",
                "La préparation vocale impose un rythme à chaque préparateur.",
            ),
            Document(
                "Werkgever mag locatie van telefoon werknemer niet continu volgen, zegt AP",
                "De toezichthouder kreeg klachten.",
            ),
            Document(
                "Slack and Teams logs used in layoffs at tech firm, former staff allege",
                "They say managers selected people with the lowest message activity.",
            ),
            Document(
                "AI that predicts 'flight risk' employees raises privacy fears in Ireland",
                "The Data Protection Commission has been asked about HR analytics tools.",
            ),
        ],
        [
            Document(
                "Voice picking vendor raises $40m to expand in Europe",
                "The startup's headsets are used in 300 warehouses.",
            ),
            Document(
                "Le chorégraphe dicte chaque geste aux danseurs de l'Opéra",
                "Une création sur la précision.",
            ),
            Document(
                "Locatie van telefoon terugvinden: zo werkt het",
                "Handig als je je toestel kwijt bent.",
            ),
        ],
        frozenset(),
    )


def test_every_ward_timed_and_staff_chats_recorded() -> None:
    """Rules 2026.12.656, on a fresh batch of session s53 (2 of 13 wrong at its start and before
    this version): every ward, bed, aisle or visit timed (0.21), and the staff's chats recorded,
    beside a worker term (0.25); a car's trips, a messaging app's backups and a museum's visits are
    no staff's."""
    _sorts(
        [
            Document(
                "Hospital cleaners in Leeds say sensors on mop trolleys time every ward",
                "The contractor compares each cleaner's times against a target.",
            ),
            Document(
                "Company's AI note-taker recorded employees' private chat before meeting started",
                "Staff discovered the transcripts had been shared with HR.",
            ),
        ],
        [
            Document(
                "Tesla app records every trip and shows it on a map",
                "Owners can export their driving history.",
            ),
            Document(
                "Messaging app now records group chats for backup",
                "Users can restore messages on a new phone.",
            ),
            Document(
                "Museum app records every visit to tailor tours", "Visitors get recommendations."
            ),
        ],
        frozenset(),
    )


def test_staff_phones_scanned_union_risk_mapped_and_who_mails_least() -> None:
    """Rules 2026.12.657, on a fresh batch of session s53 (5 of 13 wrong at the session's start, 3
    before this version): the staff's own phones or laptops scanned or searched (0.53), union
    activity scored or mapped (0.55), and the Dutch "wie het minst mailt" (0.31); protesters'
    phones searched by the police and a union drive are no staff watched."""
    _sorts(
        [
            Document(
                "UK regulator probes firm that scanned staff's personal phones for 'data leaks'",
                "The ICO is investigating the mobile security software.",
            ),
            Document(
                "Amazon managers used heat maps of unionisation risk at Whole Foods stores",
                "An internal tool scored stores on factors such as employee loyalty.",
            ),
            Document(
                "Werknemers gemeente Rotterdam: 'Dashboard laat baas zien wie het minst mailt'",
                "De ondernemingsraad wil het systeem laten onderzoeken.",
            ),
            Document(
                "Border agents searched employees' laptops at company's request, lawsuit claims",
                "Staff say their private files were copied.",
            ),
        ],
        [
            Document(
                "Police accessed protesters' personal phones without warrants, report finds",
                "The watchdog says 200 devices were searched.",
            ),
            Document(
                "Union membership drive gains heat at Starbucks stores",
                "Baristas at 50 more stores filed for elections.",
            ),
        ],
        frozenset(),
    )


def test_temps_every_minute_calls_analysed_and_the_dutch_norm() -> None:
    """Rules 2026.12.658, on a fresh batch of session s53 (3 of 13 wrong at its start and before
    this version): warehouse or agency temps and every minute logged (0.19), the Spanish AI that
    analyses their calls (0.12), and the Dutch norm they fall behind and scanners a blacklist rests
    on (0.46); a sleep app's minutes, a bank's fraud checks and the weather's norm are no staff's."""
    _sorts(
        [
            Document(
                "Warehouse temps in Czech Republic say scanners log every minute of their shifts",
                "Agencies use the data to decide whose contracts are extended.",
            ),
            Document(
                "Los teleoperadores de Konecta protestan contra la IA que analiza sus llamadas",
                "El sistema puntúa el tono de cada trabajador.",
            ),
            Document(
                "FNV: 'Uitzendbureaus houden zwarte lijsten bij op basis van scanners'",
                "Flexwerkers die achterblijven bij de norm worden niet meer opgeroepen.",
            ),
        ],
        [
            Document(
                "Fitness app tracks every minute of your sleep",
                "The new feature estimates REM phases.",
            ),
            Document(
                "El sistema que analiza las llamadas de los clientes para detectar fraudes",
                "El banco bloquea operaciones sospechosas.",
            ),
            Document(
                "Weer: temperaturen blijven achter bij de norm voor december",
                "Het KNMI verwacht een koude week.",
            ),
        ],
        frozenset(),
    )


def test_each_task_scanned_how_long_it_takes_and_ai_that_flags_mail() -> None:
    """Rules 2026.12.659, on a fresh batch of session s53 (2 of 13 wrong at its start and before
    this version): each task scanned and how long each one takes, in Dutch (0.41), and AI that
    flags or grades the staff's mail (0.56), beside a worker term; a spam filter and a washing
    machine's cycles are no staff's."""
    _sorts(
        [
            Document(
                "Zorgmedewerkers moeten elke handeling scannen, ondernemingsraad luidt noodklok",
                "Het systeem registreert hoe lang elke zorgtaak duurt.",
            ),
            Document(
                "Employees at an insurer say AI flags 'low effort' emails to their managers",
                "The tool grades messages for tone and thoroughness.",
            ),
        ],
        [
            Document(
                "Spam filter flags suspicious emails before they reach your inbox",
                "Gmail's AI blocks 99.9% of phishing.",
            ),
            Document(
                "Hoe lang elke wasbeurt duurt: de wasmachine test",
                "Consumentenbond vergelijkt 20 modellen.",
            ),
        ],
        frozenset(),
    )


def test_the_trades_staff_are_named_by_and_the_trades_that_watch_others() -> None:
    """Rules 2026.12.661, on a check of session s54 ("The company monitors its receptionists
    with cameras" 0.33, as for about fifty trades) and two fresh batches (7 of 45 and 7 of 37
    wrong before it): about a hundred trades read as workers in six languages (hairdressers 0.13,
    prison officers 0.33, "coiffeurs" 0.07, "sages-femmes" 0.09, "apothekers" 0.22, welders
    0.45, "elettricisti" 0.32, "receptionisten" 0.46, clerks 0.44), and the Italian employees
    after a possessive; where a trade is the subject of a verb of watching, of "use ... to" or
    of installing cameras, it watches others (a baby's heart, hikers, homes), and time-tracking
    apps "for freelancers" are their buyers'."""
    _sorts(
        [
            Document(
                "Hairdressers at salon chain told to log each client on app or lose bonus",
                "The app times every cut and flags stylists who fall behind.",
            ),
            Document(
                "Prison officers object to AI cameras that rate how fast they respond",
                "The system scores each officer on response times to alarms.",
            ),
            Document(
                "Des coiffeurs notés par une application qui mesure le temps de chaque coupe",
                "La chaîne de salons assure que l'outil sert à organiser les plannings.",
            ),
            Document(
                "Les sages-femmes de la maternité dénoncent un badge qui enregistre leurs déplacements",
                "La direction évoque un outil de sécurité.",
            ),
            Document(
                "Apothekers klagen over algoritme dat per uur telt hoeveel recepten ze verwerken",
                "De keten ontkent dat het om controle gaat.",
            ),
            Document(
                "Welders at shipyard scored by AI cameras on speed and quality",
                "The union fears the scores will decide layoffs.",
            ),
            Document(
                "Elettricisti della municipalizzata seguiti dal GPS anche in pausa",
                "Il Garante ha sanzionato l'azienda.",
            ),
            Document(
                "Receptionisten van het hotel gefilmd met verborgen camera's",
                "De Autoriteit Persoonsgegevens onderzoekt de zaak.",
            ),
            Document(
                "Clerks at the council's housing office must log every call in tracking software",
                "Managers receive a weekly ranking.",
            ),
        ],
        [
            Document(
                "Midwives monitor babies' heart rates with new wireless sensors",
                "The hospital says mothers can move freely during labour.",
            ),
            Document(
                "Paramedics use drones to track missing hikers in the mountains",
                "The trial cut search times by half.",
            ),
            Document(
                "Elektriker installieren Überwachungskameras für Privathaushalte",
                "Die Nachfrage steigt nach Einbrüchen.",
            ),
            Document(
                "Los electricistas instalan cámaras de vigilancia en comunidades de vecinos",
                "El negocio crece un 20%.",
            ),
            Document(
                "Apotheker überwachen Lieferengpässe bei Medikamenten",
                "Der Verband führt eine Liste.",
            ),
            Document(
                "Verloskundigen monitoren de hartslag van ongeboren baby's thuis",
                "Een nieuwe app maakt het mogelijk.",
            ),
            Document(
                "The best time tracking apps for freelancers in 2027",
                "We compared 12 tools on price and features.",
            ),
            Document(
                "Welders wear smart helmets that monitor fumes to protect their lungs",
                "The pilot cut exposure by half.",
            ),
            Document(
                "Sales reps use CRM to track leads and customer visits",
                "A guide to the best tools for small teams.",
            ),
        ],
        frozenset(),
    )


def test_the_staffs_locations_chats_and_breaks_logged_collected_or_read() -> None:
    """Rules 2026.12.662, on a check of session s54 (17 of 36 plain phrasings missed) and a fresh
    batch (6 of 25 wrong before it): the staff's locations logged, captured, collected or stored,
    their chats, mails or posts reviewed, analysed, gathered or mined, and their breaks logged,
    counted or timed, the staff named after them, in six languages (0.04-0.42 before); breaks
    counted "as working time" are the law's, researchers who analyse posts are research, and the
    locations of passengers' drivers, app users and runners are no employer's."""
    _sorts(
        [
            Document("Retailer captures workers' locations via app"),
            Document("Bank reviews employees' chats with AI"),
            Document("Employer gathers staff's social media posts"),
            Document("L'employeur collecte les données de localisation des salariés"),
            Document("Die Firma speichert die Standorte der Beschäftigten"),
            Document(
                "Arbeitgeber wertete private Chats seiner Angestellten aus",
                "Das Arbeitsgericht erklärt die Kündigung für unwirksam.",
            ),
            Document(
                "L'azienda archiviava per mesi la posizione dei suoi autisti",
                "Il Garante ha inflitto una sanzione di 30.000 euro.",
            ),
            Document(
                "Una consultora analizaba los correos de sus empleados con inteligencia artificial",
                "Los trabajadores no fueron informados.",
            ),
            Document(
                "Het callcenter registreerde de toiletbezoeken van medewerkers",
                "De Inspectie SZW onderzoekt de klachten.",
            ),
            Document("L'entreprise enregistre les pauses de ses salariés"),
        ],
        [
            Document(
                "Hospital to count nurses' breaks as working time under new deal",
                "The union says staff lose 30 minutes a day.",
            ),
            Document(
                "Compter les pauses des salariés comme temps de travail : ce que dit la loi",
                "La Cour de cassation a tranché.",
            ),
            Document(
                "Researchers analyse workers' social media posts about burnout",
                "The study covers 2 million tweets.",
            ),
            Document(
                "Taxi company shares drivers' locations with passengers for safety",
                "The app shows the car on a map.",
            ),
            Document(
                "La app de citas almacena la ubicación de sus usuarios",
                "Un informe alerta sobre la privacidad.",
            ),
            Document(
                "Sports app stores runners' locations unencrypted, researchers warn",
                "Millions of routes were exposed.",
            ),
        ],
        frozenset(),
    )


def test_time_tracked_staff_paced_by_scanners_and_punished_on_badge_data() -> None:
    """Rules 2026.12.663, on a check of session s54 (plain phrasings in five languages): the French
    time tracking of the staff ("le suivi des temps de ses télétravailleurs" 0.03), staff paced
    by scanners in German ("getaktet" 0.53), and staff punished on a badge's data in Italian and
    Dutch (0.32 each); not the time a dish cooks or a child's screen time, nor the tools
    freelancers buy to bill their clients, nor drivers fined on cameras' data."""
    _sorts(
        [
            Document(
                "La CNIL met en demeure une société pour le suivi des temps de ses télétravailleurs"
            ),
            Document("Lagerarbeiter von Scannern getaktet"),
            Document("Infermieri sanzionati per i dati del badge"),
            Document("Verpleegkundigen gestraft op basis van badgegegevens"),
        ],
        [
            Document(
                "Suivi du temps de cuisson : le thermomètre connecté testé",
                "Notre avis sur ce gadget.",
            ),
            Document(
                "Freelances : les meilleurs outils de suivi du temps pour facturer vos clients",
                "Comparatif 2027.",
            ),
            Document(
                "Le suivi du temps d'écran des enfants : les conseils des pédiatres",
                "Une application aide les parents.",
            ),
            Document(
                "Automobilisten beboet op basis van camera-gegevens",
                "De politie zet slimme camera's in.",
            ),
        ],
        frozenset(),
    )


def test_rfid_wearable_sensors_eye_tracking_and_brainwaves_by_name() -> None:
    """Rules 2026.12.664, on a check of session s54 (the tools by name in six languages, 13 of 31
    missed) and a fresh batch (4 of 20 wrong before it): RFID badges, chips and wristbands, sensors
    worn on the body, eyes tracked and brainwaves read, and the French keystroke recorders, each
    beside a worker term ([paired]); not RFID in books or at a festival's tills, shoppers' eyes,
    athletes' sensors or a gamer's EEG headset."""
    _sorts(
        [
            Document("L'employeur impose des badges RFID à ses salariés"),
            Document("Arbeitgeber setzt RFID-Chips bei Mitarbeitern ein"),
            Document("Des capteurs portables pour suivre les ouvriers"),
            Document("Des enregistreurs de frappe sur les postes des salariés"),
            Document("EEG-Helme für Mitarbeiter: Hirnströme im Visier des Chefs"),
            Document("Seguimiento ocular en el trabajo: qué dice la AEPD"),
            Document("Helmen die hersengolven van werknemers meten"),
            Document(
                "Sensori indossabili misurano i movimenti dei magazzinieri",
                "L'azienda parla di prevenzione degli infortuni.",
            ),
            Document(
                "Eyetracking meet de aandacht van callcentermedewerkers",
                "De vakbond spreekt van een inbreuk op de privacy.",
            ),
        ],
        [
            Document(
                "RFID chips in library books speed up lending", "Borrowers check out in seconds."
            ),
            Document("Des bracelets RFID pour payer au festival", "Fini les espèces sur le site."),
            Document(
                "RFID blocking wallets: do you really need one?",
                "Experts say contactless fraud is rare.",
            ),
            Document(
                "Eye-tracking study shows how shoppers read labels",
                "Brands redesign packaging after the findings.",
            ),
            Document(
                "Sensori indossabili per gli atleti della nazionale",
                "La federazione investe in nuove tecnologie.",
            ),
            Document(
                "EEG-Headset für Gamer: Steuern mit Gedanken", "Das Start-up sammelt Millionen ein."
            ),
            Document(
                "Wearables help factory workers lift safely, study finds",
                "Back injuries fell 30% in the trial.",
            ),
        ],
        frozenset(),
    )


def test_ai_trained_on_what_the_staff_write_or_say_without_a_monitoring_word() -> None:
    """Rules 2026.12.665, on a check of session s54 (27 of 49 plain phrasings missed) and a fresh
    batch (12 of 20 wrong before it): AI trained on what the staff write, say or record, in six
    languages: their mail, calls, chats or keystrokes fed into a model, trained with, funnelled
    into, poured into or ending up in it, where a worker term and an AI are named beside them,
    though no monitoring word is (0.08-0.39 before); not people trained with simulated calls or
    to spot phishing, customers' chats, nor the staff's own training videos."""
    _sorts(
        [
            Document("Company uses employees' chat logs to train AI"),
            Document("Staff emails fed into AI model, leak shows"),
            Document("Firma trainiert KI mit den Tastaturanschlägen ihrer Mitarbeiter"),
            Document("Mitarbeiter-E-Mails als Trainingsdaten für die KI"),
            Document("Bedrijf traint AI met e-mails van werknemers"),
            Document(
                "Una aseguradora entrena su IA con las llamadas de sus teleoperadores",
                "Los sindicatos piden explicaciones.",
            ),
            Document(
                "Le email dei dipendenti finiscono nel modello di IA dell'azienda",
                "Il Garante apre un'istruttoria.",
            ),
            Document(
                "Les échanges internes des salariés versés dans un modèle d'IA sans leur accord",
                "Le CSE saisit la CNIL.",
            ),
            Document(
                "La banca addestra il suo chatbot con le telefonate dei propri operatori",
                "I sindacati chiedono un incontro.",
            ),
            Document(
                "Los correos de la plantilla alimentan el nuevo asistente de IA de la empresa",
                "La AEPD estudia el caso.",
            ),
            Document(
                "Chats van personeel gebruikt als trainingsmateriaal voor AI",
                "De Autoriteit Persoonsgegevens onderzoekt het.",
            ),
        ],
        [
            Document(
                "Firm uses staff emails to train phishing awareness",
                "Employees who click fake links get extra lessons.",
            ),
            Document(
                "Un entrenador entrena a sus empleados con llamadas simuladas",
                "La formación dura una semana.",
            ),
            Document(
                "Company uses customers' chat logs to train AI",
                "The bank says the data is anonymised.",
            ),
            Document(
                "Staff training videos fed into AI to make new courses",
                "The HR team saves weeks of work.",
            ),
            Document(
                "Mitarbeiter trainieren die KI mit Kundendaten",
                "Die Versicherung will schneller Schäden regulieren.",
            ),
            Document(
                "Call centre recordings used to train new agents in empathy",
                "The bank says coaching improved satisfaction scores.",
            ),
        ],
        frozenset(),
    )


def test_which_couriers_get_work_their_pay_set_by_an_app_and_agents_emotions_scored() -> None:
    """Rules 2026.12.666, on a check of session s54 (11 of 35 plain phrasings of emotion
    recognition and algorithmic management missed) and a fresh batch (2 of 12 wrong before it):
    an app or algorithm deciding which couriers get the orders (0.22), the pay of each rider or
    driver set by one in Italian and Spanish (0.10-0.26), the emotions of agents and the other
    trades that face customers (0.35), and the Dutch emotions of the staff in a compound; not
    organs for patients, restaurants on a homepage, loans, invoices, holiday flats' prices, an
    estate agent's commission, nor a film's emotions."""
    _sorts(
        [
            Document("App decides which drivers get the best-paid orders"),
            Document("L'app fissa la paga dei fattorini per ogni consegna"),
            Document(
                "La plataforma decide lo que cobran los repartidores por cada pedido",
                "La Inspección de Trabajo investiga.",
            ),
            Document("Call centre software rates agents' emotions in real time"),
            Document("Software herkent emoties van callcentermedewerkers"),
        ],
        [
            Document(
                "Algorithm decides which patients get organ transplants first",
                "Doctors debate the fairness of the system.",
            ),
            Document(
                "App decides which restaurants get featured on the homepage",
                "Restaurant owners complain about fees.",
            ),
            Document(
                "Algorithm decides which workers get loans, study finds",
                "Fintech lenders use payroll data.",
            ),
            Document(
                "La plataforma fija el pago de las facturas a 30 días",
                "Las pymes celebran el cambio.",
            ),
            Document(
                "L'app calcola il compenso degli agenti immobiliari in base alle vendite",
                "La startup lancia il servizio.",
            ),
            Document(
                "Critics score the emotions of the new Pixar film",
                "Audiences cried in test screenings.",
            ),
        ],
        frozenset(),
    )


def test_activity_scores_in_four_languages_and_the_dutch_tracking_app() -> None:
    """Rules 2026.12.667, on a check of session s54 (5 of 28 plain phrasings of productivity
    scoring and remote-work monitoring missed): activity scores or points in German, Italian,
    Spanish and Dutch (0.16-0.37) and the Dutch "volg-app" (0.45), beside a worker term; not a
    parcel's tracking app, a region's walking points or a health insurer's sports points."""
    _sorts(
        [
            Document("Mitarbeiter nach Aktivitätspunkten eingestuft"),
            Document("Dipendenti classificati in base ai punti di attività"),
            Document("Empleados clasificados según su puntuación de actividad"),
            Document("Medewerkers gerangschikt op basis van activiteitsscore"),
            Document("Werknemers verplicht volg-app op privételefoon te installeren"),
        ],
        [
            Document(
                "Volg-app voor pakketjes: zo weet je wanneer je bestelling komt",
                "PostNL vernieuwt de app.",
            ),
            Document(
                "Punti di attività fisica: la regione premia chi cammina",
                "L'iniziativa coinvolge 10.000 cittadini.",
            ),
            Document(
                "Aktivitätspunkte sammeln: Krankenkasse belohnt Sport",
                "Versicherte erhalten Prämien.",
            ),
        ],
        frozenset(),
    )


def test_wages_that_stagnate_or_fall_are_pay() -> None:
    """Rules 2026.12.668, on look-alikes of session s54 (184 English headlines on the trades read
    since rules .661: 18 wrong, all "Shortage of ... worsens as wages stagnate", 0.59-0.68):
    wages that stagnate, fall or lag, and low pay, in six languages, are pay, ruled out where no
    monitoring, algorithm or AI is named; an app's algorithm that cuts couriers' wages keeps its
    item."""
    _sorts(
        [
            Document(
                "Couriers' wages fall as the app's algorithm changes the pay formula",
                "Riders say the platform cut rates without notice.",
            ),
        ],
        [
            Document("Shortage of pharmacists worsens as wages stagnate"),
            Document("Shortage of workers worsens as wages stagnate"),
            Document("Nurses' wages stagnate"),
            Document("Mangel an Hebammen: Löhne stagnieren"),
            Document("Tekort aan kappers: lonen stagneren"),
            Document("Faltan recepcionistas: salarios estancados"),
        ],
        frozenset(),
    )


def test_ai_that_makes_jobs_easier_and_burnout_rising_are_ai_and_jobs() -> None:
    """Rules 2026.12.669, on look-alikes of session s54 (128 headlines on workers' news that names
    no monitoring: 6 wrong, 0.57-0.70): AI that makes the staff's jobs easier or harder, or raises
    what is expected of them, and their burnout rising, are AI and jobs (the productivity-gain
    veto), where no monitoring is named; AI monitoring that makes jobs harder stays."""
    _sorts(
        [
            Document(
                "Workers say AI monitoring makes their jobs harder",
                "Constant tracking by the app adds stress.",
            ),
            Document(
                "Burnout rises as bossware tracks every keystroke",
                "A survey of 2,000 remote staff.",
            ),
        ],
        [
            Document("Workers say AI makes their jobs easier"),
            Document("Warehouse workers burnout rises as AI raises expectations"),
            Document("Drivers burnout rises as AI raises expectations"),
        ],
        frozenset(),
    )


def test_a_firms_own_words_for_its_staff_and_staff_recorded_on_video() -> None:
    """Rules 2026.12.670, on a check of session s54 (6 of 22 phrasings naming the staff by a firm's
    own word missed): "its associates" (0.25), the Italian "sua forza lavoro" (0.10) and the
    Spanish "a sus colaboradores" (0.06), and staff recorded "on video" (0.11); not a band's album
    recorded on tape, a law firm's or Amazon's associates without monitoring, a minister's
    thanks, nor the labour force's statistics."""
    _sorts(
        [
            Document("Amazon monitors its associates with AI cameras"),
            Document("L'azienda controlla la sua forza lavoro con l'IA"),
            Document("El grupo controla a sus colaboradores con una app"),
            Document("Tesla records its line workers on video"),
        ],
        [
            Document(
                "Band records its new album on tape in Nashville", "The record is out in May."
            ),
            Document("Law firm and its associates win award", "The firm was named best in London."),
            Document(
                "Amazon and its associates program pays creators",
                "Affiliate links earn commissions.",
            ),
            Document(
                "El ministro agradece a sus colaboradores el trabajo del año",
                "Discurso de despedida.",
            ),
            Document(
                "Le aziende e la loro forza lavoro: il rapporto Istat", "Occupati in crescita."
            ),
        ],
        frozenset(),
    )


def test_one_call_centre_agent_and_the_dutch_keeping_track_of_how_fast() -> None:
    """Rules 2026.12.671, on a check of session s54 (13 vague titles whose summaries tell the
    monitoring: 2 missed): one call-centre agent as a worker (0.22), and the Dutch keeping track
    of how fast, long or often the staff work, beside a worker term (0.41); a sleep app that
    keeps track of how long you sleep is no employer's."""
    _sorts(
        [
            Document(
                "'I felt like a suspect'",
                "A former call-centre agent describes software that recorded her screen and scored "
                "her tone on every call.",
            ),
            Document(
                "De onzichtbare baas",
                "Een app houdt bij hoe snel magazijnmedewerkers werken en geeft ze een score.",
            ),
        ],
        [
            Document("Houd bij hoe lang je slaapt met deze app", "Tips voor een betere nachtrust."),
            Document("Call centre agent wins lottery jackpot", "She plans to keep working."),
        ],
        frozenset(),
    )


def test_staff_rooms_disconnections_fewer_rides_and_redundancy_picked_by_data() -> None:
    """Rules 2026.12.672, on a fresh batch of session s54 written to measure (6 of 36 wrong at the
    session's start, 5 before this version): a ward's staff room in German (0.45), riders' scores
    and disconnections in Italian (0.52), Dutch couriers given fewer rides after poor ratings
    (0.45), and data or software used to pick the staff to be laid off (0.39); not a router's
    disconnections, trains cut after travellers' complaints, or branches picked for closure."""
    _sorts(
        [
            Document(
                "Datenschutzbehörde rügt Pflegeheim wegen Kameras im Schwesternzimmer",
                "Die Aufnahmen wurden monatelang gespeichert.",
            ),
            Document(
                "L'algoritmo di Glovo sotto accusa: punteggi e disconnessioni senza spiegazioni",
                "Il tribunale ordina trasparenza.",
            ),
            Document(
                "Bezorgers kregen automatisch minder ritten na slechte beoordelingen",
                "Het algoritme werd nooit uitgelegd.",
            ),
            Document(
                "Employer used productivity software to pick staff for redundancy, tribunal hears",
                "The claimant's 'active time' was lowest in her team.",
            ),
        ],
        [
            Document(
                "Ranking e disconnessioni: come funziona il nuovo router",
                "La guida per risolvere i problemi di rete.",
            ),
            Document(
                "Minder ritten na slechte beoordelingen van reizigers: NS past dienstregeling aan",
                "Reizigers klagen over vertraging.",
            ),
            Document("Bank used data to pick branches for closure", "Forty branches will shut."),
        ],
        frozenset(),
    )


def test_the_mail_or_calls_that_train_ai_must_be_the_staffs() -> None:
    """Rules 2026.12.673, on look-alikes of session s54 (3 of 7 made relevant by rules .665's
    nearness alone): the mail or calls beside a training term count as the staff's only where the
    words between them and a worker term say so ("the calls of its agents", "les échanges
    internes des salariés", "dei propri operatori", "employees' emails"); not customers' calls,
    public documents, nor mail answered for the staff."""
    _sorts(
        [  # (the staff's own, after and before: more in the test of rules .665 above)
            Document("Retailer trains its chatbot on the recorded calls of its employees"),
            Document("Una empresa entrena su IA con los mensajes internos de sus empleados"),
        ],
        [
            Document(
                "Bank trains AI on customer calls to detect fraud; staff get alerts",
                "The system flagged 300 scams.",
            ),
            Document(
                "Entrena a la IA con documentos públicos para ayudar a los empleados",
                "La herramienta resume correos.",
            ),
            Document(
                "KI, trainiert mit Fachtexten, beantwortet E-Mails für Mitarbeiter",
                "Der Konzern führt das Tool ein.",
            ),
        ],
        frozenset(),
    )


def test_the_spanish_employer_accessing_or_checking_the_mail() -> None:
    """Rules 2026.12.675-.676, on a check of session s54 (14 regulators' acts with the worker in
    the summary: 1 missed, 0.50): the Spanish employer accessing or inspecting the mail, or
    checking the mailbox, beside a worker term; a how-to for one's own Gmail is not, nor the
    staff who may now read their own mail on their phones (1.00 before .676)."""
    _sorts(
        [
            Document(
                "La AEPD multa a una empresa por acceder al correo electrónico",
                "La compañía revisó el buzón de un trabajador tras su despido.",
            ),
        ],
        [
            Document("Cómo acceder al correo de Gmail sin contraseña", "Guía paso a paso."),
            Document(
                "Los trabajadores podrán revisar su correo desde el móvil",
                "La empresa lanza una nueva app.",
            ),
        ],
        frozenset(),
    )


def test_every_stop_reported_where_each_technician_is_and_faces_scanned() -> None:
    """Rules 2026.12.678, on a check of session s54 (12 of 29 plain phrasings of location,
    biometrics and cameras missed): every stop of the staff reported and where each of them is
    known, in four languages (0.08-0.44), the French "à la trace", the Italian "passo passo" and
    the German followed by app beside a worker term (0.25-0.47), and the staff's faces scanned
    (0.47); not where each bus or each child is, a detective on a suspect's trail, a procedure
    followed step by step, the police tracing a suspect's phone, nor fans' faces at a stadium."""
    _sorts(
        [
            Document("Company vans fitted with trackers that report drivers' every stop"),
            Document("Managers see live map of where each technician is"),
            Document("El jefe sabe dónde está cada técnico en todo momento"),
            Document("Bedrijfsbusjes melden elke stop van monteurs"),
            Document("I furgoni aziendali segnalano ogni sosta dei tecnici"),
            Document("L'employeur suit ses techniciens à la trace grâce à leur téléphone"),
            Document("Arbeitgeber verfolgt Außendienstler per Handy-App"),
            Document("Workers' faces scanned at turnstiles to record hours"),
        ],
        [
            Document(
                "App shows where each bus is in real time", "Passengers no longer wait in the cold."
            ),
            Document(
                "Parents can now see where their children are with new watch",
                "The device costs 99 euros.",
            ),
            Document(
                "La procedura segue passo passo le indicazioni del ministero",
                "Le domande entro marzo.",
            ),
            Document("Polizei verfolgt Täter per Handy-Ortung", "Der Verdächtige wurde gefasst."),
            Document(
                "Fans' faces scanned at stadium entrance, club confirms",
                "Season-ticket holders can opt out.",
            ),
        ],
        frozenset(),
    )


def test_the_german_chats_read_with_the_verb_last() -> None:
    """Rules 2026.12.679, on a check of session s54 (20 readers' questions in six languages: 2
    missed): the German mail or chats read with the verb last ("dass mein Chef meine Chats
    liest", 0.26), beside a worker term; an app's geolocation asked about is not the employer's."""
    _sorts(
        [Document("Ist es erlaubt, dass mein Chef meine Chats liest?")],
        [
            Document(
                "¿Es legal que una app me geolocalice sin permiso?",
                "Los expertos explican tus derechos.",
            ),
        ],
        frozenset(),
    )


def test_accounts_suspended_by_an_automated_system_and_facial_checks() -> None:
    """Rules 2026.12.680, on a check of session s54 (15 phrasings of deactivation in six
    languages: 3 missed): accounts suspended by an automated system (0.38) and facial checks
    beside a worker term (0.47); a bank's facial log-in and spam accounts are not."""
    _sorts(
        [
            Document("Instacart shoppers' accounts suspended by automated system"),
            Document("Couriers locked out of app after facial check fails"),
        ],
        [
            Document(
                "Bank customers can now log in with a facial scan",
                "The app update rolls out this week.",
            ),
            Document(
                "Spam accounts suspended by automated system, platform says",
                "Millions of bots were removed.",
            ),
        ],
        frozenset(),
    )


def test_the_trades_an_employer_names_as_its_own() -> None:
    """Rules 2026.12.682, on a check of session s55 (the trades after "its", "ses", "seine",
    "i suoi", "sus", "zijn": 71 of 238 English phrasings wrong): an employer's own engineers,
    paralegals or data labellers watched are monitoring (0.48, 0.46), as are cleaners at an airport
    (0.63 ruled others watched) and a Spanish former employee's mail; the same trades as the
    watchers, or tracking a bug down, are not."""
    _sorts(
        [
            Document("Company uses software to monitor its engineers"),
            Document("Firm secretly tracks its paralegals with AI"),
            Document("Startup rates its data labellers with an algorithm"),
            Document("Cleaners at airport tracked by QR-code scans in every toilet block"),
            Document("La AEPD sanciona a una empresa por acceder al correo de una exempleada"),
            Document("La empresa vigila a sus desarrolladores con un programa informático"),
        ],
        [
            Document("Microsoft says its engineers tracked a Russian hacking group for months"),
            Document("Microsoft says its cooks tracked a Russian hacking group for months"),
            Document("Company says its trainees spotted the bug and tracked it down"),
            Document("La empresa asegura que sus técnicos detectaron el fallo"),
        ],
        frozenset(),
    )


def test_headsets_that_listen_to_the_staff() -> None:
    """Rules 2026.12.683, on a fresh batch of session s54 and a check of s55 (10 of 82 phrasings
    of headsets and voice in six languages wrong): headsets that listen or listening for sales
    phrases, beside a worker term (0.33, 0.06), and Italian shop assistants; noise-cancelling
    headsets reviewed and a car's voice assistant are not."""
    _sorts(
        [
            Document("Retail staff told their headsets will listen for 'upselling' phrases"),
            Document("Cuffie che ascoltano i commessi: l'IA valuta le frasi di vendita"),
            Document("Headsets luisteren mee: AI beoordeelt gesprekken van kassamedewerkers"),
        ],
        [
            Document("New noise-cancelling headsets for nurses reviewed"),
            Document("Voice assistant in cars now listens for the driver's commands"),
        ],
        frozenset(),
    )


def test_the_staff_graded_on_their_tools_and_their_status_checked() -> None:
    """Rules 2026.12.684, on fresh batches of sessions s54 and s55 and a check of s55 (11 of 33
    phrasings wrong): engineers graded on how much they use AI tools (0.16), messages fed into a
    performance AI (0.27), the Teams status checked (0.39, 0.22), evaluation by AI use in
    Italian (0.43); a status the staff set themselves and bridges designed well are not."""
    _sorts(
        [
            Document(
                "Tech giant to grade engineers on how much they use AI coding tools",
                "Usage dashboards will feed into reviews.",
            ),
            Document(
                "Software developers' commits and Slack messages fed into performance AI, staff say"
            ),
            Document("Council staff's Teams status used to check who was working from home"),
            Document("Le statut Teams des salariés utilisé pour contrôler le télétravail"),
            Document("I dipendenti valutati in base all'uso dell'intelligenza artificiale"),
        ],
        [
            Document("Staff can now show a custom status in Microsoft Teams"),
            Document("Engineers rated on how well they design bridges, new standard says"),
            Document("Employees count the messages they get each day: 120 on average"),
        ],
        frozenset(),
    )


def test_the_app_that_punishes_with_fewer_orders() -> None:
    """Rules 2026.12.685, on a fresh batch of session s54 and a check of s55 (20 phrasings of
    punishment by app in six languages: 3 missed): the Spanish app that "castiga" with fewer
    orders (0.22), the French couriers "sanctionnés par l'application" (0.44), and the Dutch app
    that punishes couriers with fewer orders, whose hit named the couriers itself and was dropped
    for the orders after it (0.27, a change of objects.drop_things_watched); customers given
    fewer points are not."""
    _sorts(
        [
            Document("Repartidores de Glovo denuncian que la app los 'castiga' con menos pedidos"),
            Document(
                "Les livreurs sanctionnés par l'application: moins de commandes pour ceux qui refusent"
            ),
            Document("De app straft maaltijdbezorgers met minder bestellingen"),
        ],
        [
            Document("Customers punished with fewer loyalty points under new scheme"),
            Document("Los clientes recibirán menos puntos con la nueva app"),
        ],
        frozenset(),
    )


def test_how_fast_the_staff_work_measured() -> None:
    """Rules 2026.12.686, on a fresh batch of session s54 and a check of s55 (21 phrasings in six
    languages: 8 missed): how fast, how long or how many measured, logged or counted, beside a
    worker term (0.42, 0.37, 0.38, 0.14); staff who measure how fast others do something are the
    watchers, the [paired] terms dropped with them (a change of objects.drop_watchers, which read
    only the [monitoring] table's)."""
    _sorts(
        [
            Document("Supermarktketen meet hoe snel kassamedewerkers scannen"),
            Document("Retailer logs how many items cashiers scan per minute"),
            Document("Supermarkt misst, wie schnell Kassierer scannen"),
            Document("El supermercado mide la rapidez con la que escanean los cajeros"),
        ],
        [
            Document("Teachers measure how fast pupils read with new app"),
            Document("Nurses record how long patients wait in A&E"),
            Document("Lehrer messen, wie schnell Schüler lesen"),
            Document("Workers count how many days are left until the holidays"),
            Document("Supermarket measures how fast customers find products with new app"),
        ],
        frozenset(),
    )


def test_the_data_used_to_fire_drivers_and_the_app_that_sets_shifts() -> None:
    """Rules 2026.12.687, on a fresh batch of session s55 (5 of 36 indirect headlines missed) and
    a check of s55 (10 of 32 wrong): the data used to fire drivers, in six languages (0.41,
    0.09), the Italian app that decides couriers' shifts (0.29), software that allocates hours
    to care workers (0.39), every call transcribed and rated, watches that buzz when porters are
    slow (0.51); the data used to train a model, a watch that buzzes at one's heart rate and an
    app that picks one's music are not."""
    _sorts(
        [
            Document("Union wins right to see the data used to fire drivers"),
            Document("I dati usati per licenziare i rider devono essere resi noti"),
            Document("Die Daten, mit denen Fahrer gekündigt wurden, müssen offengelegt werden"),
            Document("Ogni minuto contato: così l'app decide i turni dei fattorini"),
            Document("Software allocates hours to care workers, leaving them with gaps"),
            Document("Every call agents make is now transcribed and rated by AI"),
            Document("Hospital porters given smartwatches that buzz when they are 'too slow'"),
        ],
        [
            Document("Data used to train the model must be disclosed, EU says"),
            Document("Smartwatches that buzz when your heart rate is too high"),
            Document("La app decide qué música escuchas"),
            Document("Microsoft launches AI agents for sales teams"),
        ],
        frozenset(),
    )


def test_the_staff_filmed_their_chats_read_and_their_flight_risk_scored() -> None:
    """Rules 2026.12.688, on a fresh batch of session s55 (5 of 36 missed) and a check of s55 (5
    of 14 wrong): the French "vidéoprotection" of the staff (0.48 and 0.03, ruled a public
    place), the staff's WhatsApp group read (0.13, ruled the staff's own records), attrition or
    flight-risk scores sold to HR departments (0.43); a town's cameras on the street, staff who
    leak their group's messages and customers' churn risk are not."""
    _sorts(
        [
            Document(
                "Conseil d'État : la vidéoprotection des agents municipaux jugée disproportionnée",
                "La commune devra retirer trois caméras.",
            ),
            Document("La CNIL met en demeure une mairie pour la vidéoprotection de ses agents"),
            Document(
                "Court of Appeal rules employer breached privacy by reading staff WhatsApp group",
                "The messages were obtained from a work phone.",
            ),
            Document(
                "Startup sells 'attrition risk' scores to HR departments",
                "Critics say the tool profiles staff who might quit.",
            ),
            Document("Bank uses AI to give every employee a 'flight risk' score"),
        ],
        [
            Document(
                "Conseil d'État : la vidéoprotection de la voie publique validée",
                "La commune peut garder ses caméras.",
            ),
            Document("Employees leak WhatsApp group messages to the press"),
            Document("Customers' churn risk scores help telecoms keep subscribers"),
            Document("Workday launches AI agents for HR teams"),
        ],
        frozenset(),
    )


def test_each_pharmacist_or_cashier_one_of_a_workforce() -> None:
    """Rules 2026.12.689, on a fresh batch of session s55 and a check of s55 (16 of 145 phrasings
    wrong): each or every pharmacist, cleaner or courier counted or scored, in six languages
    (0.46, 0.14); what every developer should know, or a coffee for each barista, is not."""
    _sorts(
        [
            Document(
                "Pharmacy chain uses software to count how many prescriptions each pharmacist fills",
                "Pharmacists describe unsafe quotas.",
            ),
            Document("Company uses software to count how many tasks each cleaner completes"),
            Document("Each courier is now scored by an algorithm"),
        ],
        [
            Document("What every developer should know about pensions"),
            Document("Each barista gets a free coffee on Fridays"),
        ],
        frozenset(),
    )


def test_telework_controlled_and_the_boss_who_is_an_app() -> None:
    """Rules 2026.12.690, on a check of session s55 (18 phrasings of telework controlled and the
    algorithmic boss in six languages: 7 wrong): the control of telework or teleworkers (0.14,
    0.32, 0.35), the boss who is an app (0.15), the French activity of public agents checked
    (0.51); a car's technical control and a woman as the new boss are not."""
    _sorts(
        [
            Document("La desconexión digital y el control del teletrabajo: lo que dice la ley"),
            Document("Il controllo dello smart working: cosa può fare il datore di lavoro"),
            Document("Controle op thuiswerkers: wat mag de werkgever?"),
            Document("Your new boss is an app"),
            Document(
                "Le Conseil d'État encadre les logiciels de contrôle de l'activité des agents publics"
            ),
        ],
        [
            Document("Le contrôle technique des voitures change en 2026"),
            Document("The new boss is a woman, and the board is thrilled"),
        ],
        frozenset(),
    )


def test_insider_risk_tools_behaviour_analytics_and_presence_measured() -> None:
    """Rules 2026.12.691, on a check of session s55 (27 phrasings of the trade's tools: 8
    wrong): insider-risk tools (0.30), behaviour analytics (0.42), where the staff sit logged
    (0.40), French staff rated ("noter", 0.18), presence evaluated or measured in Italian and
    Dutch (0.31, 0.40); staff who log where potholes are, insider risk as a security report's
    subject, and which meeting rooms are free are not."""
    _sorts(
        [
            Document("Insider risk management tools flag employees who might leak data"),
            Document("Firms use behaviour analytics to spot 'disgruntled' employees"),
            Document("Hot-desking app logs where every employee sits"),
            Document("Les badges de présence utilisés pour noter les salariés en télétravail"),
            Document("I badge d'ingresso usati per valutare la presenza in ufficio dei dipendenti"),
            Document("Aanwezigheid op kantoor gemeten met wifi-gegevens van personeel"),
        ],
        [
            Document("Workers log where potholes are with new council app"),
            Document("Insider risk: why employees are the biggest cyber threat, says report"),
            Document("App lets managers see which meeting rooms are free"),
            Document("Employees can now log where they work from in the new HR app"),
        ],
        frozenset(),
    )


def test_a_teams_goals_tracked_and_the_best_tools_for_a_task() -> None:
    """Rules 2026.12.692, on a batch of hard negatives of session s55 (4 of 40 wrong): a team's
    OKRs tracked (0.89) and the best tools for a task (0.64) are no monitoring; the staff's
    productivity goals tracked by an app and the best software to monitor employees are."""
    _sorts(
        [
            Document("App tracks employees' productivity goals minute by minute"),
            Document("The best employee monitoring software of 2026"),
        ],
        [
            Document("How to track your team's OKRs in Notion", "A step-by-step guide."),
            Document(
                "Screen recording software: the best free tools for tutorials",
                "We compare OBS, Loom and others.",
            ),
        ],
        frozenset(),
    )


def test_the_french_question_of_being_dismissed() -> None:
    """Rules 2026.12.693, on a fresh batch of session s55 (2 of 36 explainers and regulators'
    decisions wrong): "être licencié" is the staff's (0.34 with a surveillance software); a
    sports federation's "licenciés" and a dismissal for incompetence are not monitoring."""
    _sorts(
        [Document("Peut-on être licencié à cause d'un logiciel de surveillance ?")],
        [
            Document("Licencié de la fédération de tennis : le nombre record en 2026"),
            Document("Peut-on être licencié pour insuffisance professionnelle ?"),
        ],
        frozenset(),
    )


def test_ai_trained_on_the_mail_of_named_trades() -> None:
    """Rules 2026.12.694, on the AI-training checks of sessions s54 and s55 (84 phrasings, 37
    wrong): the mail, calls or screens of claims handlers, analysts or advisers named as theirs,
    and trades a firm asks to do something, are the staff's (0.15, 0.24, 0.08); the plural's
    apostrophe alone ("analysts' emails") now ties the mail to them ([terms] staff_data_by read
    only "'s"); the Dutch claims handlers of a firm. Customers' mail, state spyware on
    journalists and a return to the office are not."""
    _sorts(
        [
            Document("Insurer quietly used claims handlers' emails to train its underwriting AI"),
            Document("Bank trains chatbot on ten years of its advisers' client calls"),
            Document("Tech firm asks engineers to record their screens to train coding agents"),
            Document("Verzekeraar traint taalmodel met e-mails van zijn schadebehandelaars"),
        ],
        [
            Document("Chatbot trained on customers' emails answers queries faster"),
            Document("Journalists' emails hacked by state spyware, researchers say"),
            Document("Company asks engineers to return to the office three days a week"),
        ],
        frozenset(),
    )


def test_ai_trained_on_the_staffs_mail_in_five_languages() -> None:
    """Rules 2026.12.695, on a check of session s55 (18 phrasings of AI trained on the staff's
    mail, calls or screens in five languages: 8 wrong): the genitives "ihrer Kundenberater" and
    "dei propri liquidatori" (0.16, 0.08), Spanish claims handlers (0.10), a screen in the
    singular (0.40, 0.47, 0.50); customers' mail and advisers trained in new courses are not."""
    _sorts(
        [
            Document("Bank trainiert Chatbot mit Telefonaten ihrer Kundenberater"),
            Document("Assicurazione addestra l'IA con le email dei propri liquidatori"),
            Document("Una aseguradora entrena su IA con los correos de sus tramitadores"),
            Document(
                "Une entreprise demande à ses développeurs d'enregistrer leur écran pour "
                "entraîner une IA"
            ),
            Document("Bedrijf vraagt programmeurs hun scherm op te nemen om AI te trainen"),
        ],
        [
            Document("Un assureur entraîne son IA avec les courriels de ses clients"),
            Document("Un banco entrena a sus asesores con nuevos cursos"),
        ],
        frozenset(),
    )


def test_rated_by_passengers_movements_counted_and_badge_data() -> None:
    """Rules 2026.12.696, on a fresh batch of session s55 (36 headlines across the subject: 8
    wrong at the session's start, 7 before this version): the staff rated by passengers (0.43),
    their movements counted (0.36), the Spanish history of a computer's use (0.38), the Dutch
    couriers driven and rated by an app (0.40), swipe-card data (0.32); nurses' breaks counted as
    working time, restaurants rated by diners and a charity walk's steps are not."""
    _sorts(
        [
            Document("Airline cabin crew rated by passengers through in-flight app"),
            Document(
                "Factory replaces supervisors with computer vision that counts workers' movements"
            ),
            Document(
                "Sanción de la AEPD a un hospital por acceder al historial de uso del ordenador "
                "de una enfermera"
            ),
            Document("Vakbond: bezorgers worden door app opgejaagd en beoordeeld"),
            Document(
                "Hospital trust apologises after staff's swipe-card data was used in "
                "disciplinary case"
            ),
        ],
        [
            Document("Hospital to count nurses' breaks as working time under new deal"),
            Document("Restaurants rated by diners on new app"),
            Document("Staff count steps in charity walk for hospital"),
        ],
        frozenset(),
    )


def test_dismissed_on_app_or_trip_data_in_five_languages() -> None:
    """Rules 2026.12.698, on a check of session s55 (24 phrasings of dismissal on monitoring data
    and German data evaluated: 7 wrong): sacked on app data (0.37), "licencié sur la base des
    données de géolocalisation" (0.55), "despedido por los datos de la aplicación" (0.26),
    "ontslaan op basis van ritgegevens" (0.16), "wertet die Bewegungsdaten der Lagerarbeiter aus"
    (0.17); a dismissal for theft, a firm's sales data and a hiker found by GPS are not."""
    _sorts(
        [
            Document("Courier sacked based on app data wins appeal"),
            Document(
                "Licencié sur la base des données de géolocalisation, un chauffeur obtient gain "
                "de cause"
            ),
            Document("Un repartidor despedido por los datos de la aplicación gana el juicio"),
            Document("Taxibedrijf mocht chauffeur niet ontslaan op basis van ritgegevens"),
            Document("Arbeitgeber wertet die Bewegungsdaten der Lagerarbeiter aus"),
            Document("Firma wertet Fahrdaten ihrer Kuriere aus"),
        ],
        [
            Document("Licencié pour avoir volé dans la caisse, un caissier perd aux prud'hommes"),
            Document("Firma wertet Verkaufsdaten ihrer Filialen aus"),
            Document("Forscher werten Bewegungsdaten von Zugvögeln aus"),
            Document("Werknemers krijgen inzage in hun locatiegegevens"),
        ],
        frozenset(),
    )


def test_the_staffs_times_measured_and_advisers_calls_recorded() -> None:
    """Rules 2026.12.699, on a fresh batch of session s55 and a check of s55 (14 phrasings: 4
    wrong): the staff's times measured by an app in Spanish, French and German (0.25, 0.10,
    0.49), a bank's advisers' calls recorded (0.36); cooking times and waiting times are not."""
    _sorts(
        [
            Document(
                "Los camareros de un hotel de Ibiza denuncian que una app mide sus tiempos de "
                "limpieza"
            ),
            Document(
                "Les femmes de chambre dénoncent une application qui mesure leurs temps de ménage"
            ),
            Document("Zimmermädchen klagen: App misst ihre Reinigungszeiten"),
            Document(
                "CNIL : mise en demeure d'une banque pour l'enregistrement systématique des "
                "appels des conseillers"
            ),
        ],
        [
            Document("L'application mesure le temps de cuisson des pâtes"),
            Document("Una app mide los tiempos de espera en urgencias"),
        ],
        frozenset(),
    )


def test_drones_screens_cameras_kept_on_and_activity_simulated() -> None:
    """Rules 2026.12.700, on checks of session s55 (25 phrasings of works councils, drones and
    cab cameras: 1 wrong; 20 of screenshots, webcams kept on and faked activity: 5 wrong): the
    Italian drones there to check the workers (0.42), the Italian screen captured (0.26), the
    French camera kept on (0.12), activity simulated by the dismissed (0.08); drones over crops
    and a screenshot how-to are not."""
    _sorts(
        [
            Document("Droni per controllare gli operai nei cantieri"),
            Document("Un programma cattura lo schermo dei dipendenti ogni dieci minuti"),
            Document("Télétravail : la caméra allumée toute la journée imposée aux salariés"),
            Document("Licenciés pour avoir simulé une activité sur leur clavier"),
        ],
        [
            Document("Drones monitor crops on large farms"),
            Document("How to take a screenshot on Windows 11"),
            Document("Licencié pour avoir volé dans la caisse, un caissier perd aux prud'hommes"),
        ],
        frozenset(),
    )


def test_the_driver_a_customer_tracks_is_the_services_feature() -> None:
    """Rules 2026.12.701, on look-alikes of sessions s54 and s55 (9 phrasings of customers
    tracking their delivery in six languages: 3 wrong): the driver or courier a customer tracks
    in the app is the service's feature (0.98, 0.95, 0.85); managers tracking their drivers,
    and employers their courier fleet, are monitoring."""
    _sorts(
        [
            Document("Managers can now track their drivers in real time"),
            Document("App lets employers track their courier fleet minute by minute"),
        ],
        [
            Document("Delivery customers can now track their driver"),
            Document("App lets you track your driver in real time"),
            Document("Uber Eats lets customers see their courier's location"),
        ],
        frozenset(),
    )


def test_a_shops_stock_tracked_is_a_thing() -> None:
    """Rules 2026.12.702, on a look-alike of session s54 and a check of s55 (6 phrasings: 2
    wrong): a shop's or a hospital's stock, inventory or supplies tracked is a thing watched
    (0.64, 0.63); the pickers tracked, and the workers' stock picking, are monitoring."""
    _sorts(
        [
            Document("Warehouse tracks its pickers with RFID wristbands"),
            Document("Warehouse uses RFID to track workers' stock picking speed"),
        ],
        [
            Document("RFID tags help supermarket track its stock in real time"),
            Document("Hospital monitors its supplies of blood with AI"),
        ],
        frozenset(),
    )


def test_a_chatbot_trained_on_documents_that_answers_staff() -> None:
    """Rules 2026.12.703, on a look-alike of session s54: a chatbot trained on company documents
    that answers staff questions trains on no staff's work (0.99 by a [strong] pattern that let
    three words stand between "on" and the staff); a model trained on ten years of staff emails
    still does."""
    _sorts(
        [Document("AI model trained on ten years of staff emails, bank admits")],
        [
            Document(
                "Chatbot trained on company documents answers staff questions about HR policies"
            )
        ],
        frozenset(),
    )


def test_recordings_of_bird_songs_are_not_the_staffs() -> None:
    """Rules 2026.12.704, on a look-alike of session s54: the staff's recordings of bird songs
    that train AI (1.00) are not the staff's work; the staff's own calls recorded to train AI
    are."""
    _sorts(
        [Document("Call centre records agents' voice recordings to train its AI")],
        [Document("Staff recordings of bird songs used to train AI to identify species")],
        frozenset(),
    )


def test_a_tracking_app_that_shows_where_the_parcels_are() -> None:
    """Rules 2026.12.705, on a look-alike of session s54 and a check of s55 (5 phrasings: 2
    wrong): a tracking app or service that shows where the parcels or orders are watches things
    (0.95, 0.88); tracking software that counts each courier's parcels watches the couriers."""
    _sorts(
        [Document("Tracking software records how many parcels each courier delivers per hour")],
        [
            Document("Tracking app shows where all of its parcels are"),
            Document("New tracking service tells you when your orders will arrive"),
        ],
        frozenset(),
    )


def test_sensors_used_to_chase_staff_and_the_italian_employer_reading_chats() -> None:
    """Rules 2026.12.706, on the last fresh batch of session s55 (scored untouched: 5 of 36
    wrong) and a check of s55 (18 phrasings: 4 wrong): sensors used to chase staff (0.41), the
    French sensors that pressure the staff (0.23), "il datore" reading the company chat (0.22),
    Dutch algorithms that decide about staff (0.37); sensors protecting crops and an algorithm
    choosing films are not."""
    _sorts(
        [
            Document("Union: warehouse heat sensors used to chase staff, not protect them"),
            Document(
                "Les capteurs servent à mettre la pression sur les salariés, dénonce un syndicat"
            ),
            Document("Il datore legge la chat aziendale: quando è legittimo?"),
            Document("AP: werkgevers moeten uitleggen hoe hun algoritmes beslissen over personeel"),
        ],
        [
            Document("Heat sensors used to protect crops from frost"),
            Document("Algoritme beslist welke films je ziet"),
        ],
        frozenset(),
    )


def test_breaks_logged_idle_hours_flagged_calendars_and_pick_rates() -> None:
    """Rules 2026.12.707, on a fresh batch of session s55 written after rules .706 and scored
    untouched (10 of 34 wrong) and a check of s55 (25 phrasings: 10 wrong): devices that log
    every break (0.30), unproductive hours flagged for a law firm's associates (0.23), sensors
    that record when carers enter (0.56), calendars analysed by AI (0.37), pick rates (0.50),
    sensors in helmets (0.37), Spanish algorithms that set shifts (0.42), Dutch walking routes
    (0.51); a fitting room's cameras, a rugby player's helmet, an app that schedules meetings and
    a museum's routes are not."""
    _sorts(
        [
            Document(
                "Railway staff told their new handheld devices will log every ticket check and "
                "break"
            ),
            Document(
                "Law firm associates say billing software now flags 'unproductive' hours "
                "automatically"
            ),
            Document("Nursing home installs bed sensors that also record when carers enter rooms"),
            Document(
                "Government tells civil servants their Outlook calendars will be analysed by AI"
            ),
            Document("'Like being in prison': Asda warehouse staff on the pick-rate targets"),
            Document("Sensori nei caschi degli operai: il sindacato chiede garanzie sulla privacy"),
            Document(
                "La Inspección de Trabajo advierte sobre el uso de algoritmos para fijar turnos"
            ),
            Document("Ziekenhuis gebruikt badges om looproutes van verpleegkundigen te analyseren"),
        ],
        [
            Document("Sensors in helmets detect concussions in rugby players"),
            Document("Calendar app now uses AI to schedule meetings"),
            Document("Looproutes in het museum aangepast na klachten"),
            Document("Door sensors record when customers enter the shop"),
        ],
        frozenset(),
    )


def test_life_as_a_picker_and_every_stop_watched() -> None:
    """Rules 2026.12.708, on a check of session s55 (10 phrasings: 3 wrong): the job one's life
    or year is spent as (0.46), and an app that watched every stop (0.13); a lighthouse keeper's
    life, a student's year and fans who watched every second of a final are not."""
    _sorts(
        [
            Document("Nothing escapes the algorithm: life as a warehouse picker"),
            Document("My year as an Amazon driver: the app watched every stop"),
        ],
        [
            Document("Life as a lighthouse keeper: the loneliest job"),
            Document("My year as a student in Paris"),
            Document("Fans watched every second of the final"),
        ],
        frozenset(),
    )


def test_followed_minute_by_minute_and_every_click_counted() -> None:
    """Rules 2026.12.709, on a check of session s55 (17 phrasings in six languages: 9 wrong): the
    staff followed or logged minute by minute or hour by hour (0.33, 0.35, 0.29, 0.41) and every
    click counted (0.09); nurses describing the pandemic hour by hour, staff following an
    election and every click that counts for a website are not."""
    _sorts(
        [
            Document("Les salariés suivis minute par minute par un logiciel"),
            Document("Dipendenti controllati minuto per minuto da un software"),
            Document("Werknemers minuut voor minuut gevolgd door software"),
            Document("Staff productivity logged hour by hour in new dashboard"),
            Document("Jeder Klick wird gezählt: Homeoffice unter Beobachtung"),
        ],
        [
            Document("Nurses describe the pandemic hour by hour"),
            Document("Staff follow the election minute by minute in the newsroom"),
            Document("Chaque clic compte : le guide du référencement"),
        ],
        frozenset(),
    )


def test_the_limits_of_the_employers_checks() -> None:
    """Rules 2026.12.712, on a real page of session s56 ("Lavoro da remoto, quali limiti ha il
    datore di lavoro nei controlli" 0.43) and its check (29 phrasings in six languages: 10
    wrong): the employer's checks as a noun whose limits are asked about (0.05, 0.20, 0.19,
    0.40); an employer checked by an inspectorate or the tax office, and the employer's checks
    on sick staff or on machines, are not."""
    _sorts(
        [
            Document("Lavoro da remoto, quali limiti ha il datore di lavoro nei controlli"),
            Document("Télétravail : quelles limites aux contrôles de l'employeur ?"),
            Document("Smart working: i limiti ai controlli del datore di lavoro"),
            Document("Teletrabajo: ¿qué límites tiene el control del empresario?"),
            Document("Thuiswerken: waar liggen de grenzen van controle door de werkgever?"),
        ],
        [
            Document("Contrôle de l'employeur par l'inspection du travail : ce qu'il faut savoir"),
            Document("I controlli del datore di lavoro sulla sicurezza dei macchinari"),
            Document("El control del empresario por Hacienda se endurece"),
            Document("Controle door de werkgever bij ziekte: wat mag wel en niet?"),
        ],
        frozenset(),
    )


def test_algorithms_that_hand_out_the_work() -> None:
    """Rules 2026.12.713, on a real page of session s56 (0.56: its summary's "Los algoritmos de
    estas apps distribuyen y asignan las tareas a los trabajadores") and its check (40 phrasings
    in six languages: 8 wrong): the Spanish algorithm that hands out the tasks as the sentence's
    own verb, and an algorithm that decides which courier gets the order in French, Italian and
    Dutch (0.46, 0.45, 0.26); the German algorithm that hands out vaccination appointments was
    read as monitoring (0.77) and is not, nor are tasks handed to pupils or the video one sees."""
    _sorts(
        [
            Document(
                "El lado oscuro de las apps de delivery",
                "Los algoritmos de estas apps distribuyen y asignan las tareas a los "
                "trabajadores. Los algoritmos, pues, son los nuevos jefes.",
            ),
            Document("C'est l'algorithme qui décide quel livreur reçoit quelle course"),
            Document("L'algoritmo decide quale rider riceve l'ordine"),
            Document("Het algoritme bepaalt welke bezorger de bestelling krijgt"),
        ],
        [
            Document("Der Algorithmus verteilt die Impftermine an die Bürger"),
            Document("Los algoritmos del colegio asignan tareas a los alumnos"),
            Document("Het algoritme bepaalt welke video je ziet"),
        ],
        frozenset(),
    )


def test_the_fingerprint_as_huella_digital_to_register_the_working_day() -> None:
    """Rules 2026.12.714, on a real page of session s56 (0.14) and its check (15 phrasings: 3
    wrong): the Spanish working day registered ("registrar la jornada") with the fingerprint,
    and the fingerprint as "huella digital" beside the clock; a murderer's fingerprint and one's
    digital footprint are not."""
    _sorts(
        [
            Document(
                "¿Se puede utilizar la huella digital del trabajador para registrar la jornada "
                "de trabajo?"
            ),
            Document("¿Puede la empresa obligarme a registrar la jornada con la huella?"),
            Document("Registrar la jornada con la huella digital: lo que dice la AEPD"),
        ],
        [
            Document("La huella digital del asesino, clave en el juicio"),
            Document("La huella digital que dejamos en internet"),
        ],
        frozenset(),
    )


def test_ai_at_work_beside_privacy() -> None:
    """Rules 2026.12.715, on a real page of session s56 ("L'IA au travail menace-t-elle notre
    vie privée et nos données ?" 0.07) and its check (21 phrasings in six languages: 7 wrong):
    AI at work beside privacy, in either order (0.41, 0.28); AI at work for productivity or
    jobs, and the privacy of customers or patients named beside it, are not."""
    _sorts(
        [
            Document(
                "L'IA au travail menace-t-elle notre vie privée et nos données?",
                "Alors que le recours à l'intelligence artificielle dans les milieux de travail "
                "se généralise, quels sont les enjeux relatif à la confidentialité et la "
                "sécurité de nos données?",
            ),
            Document("AI in the workplace: what it means for workers' privacy"),
            Document("IA sul lavoro: quali rischi per la privacy dei dipendenti?"),
            Document("Privacy and AI at work: what employees need to know"),
        ],
        [
            Document("AI in the workplace: will it take your job?"),
            Document("AI at work boosts productivity, but privacy worries remain for customers"),
            Document("Privacy of patients: AI in the workplace of doctors"),
        ],
        frozenset(),
    )


def test_how_one_works_made_ai_training_data() -> None:
    """Rules 2026.12.716, on a real page of session s56 ("Your Work Habits May Be AI's Next Big
    Dataset" 0.22) and its check (24 phrasings in six languages: 9 wrong): how one works made
    the data an AI is trained on (0.13, 0.06, 0.27); shopping habits, habits that lead to a
    burn-out and new hires or a team trained are not."""
    _sorts(
        [
            Document("Your Work Habits May Be AI's Next Big Dataset"),
            Document("Ihre Arbeitsweise wird zum Trainingsmaterial für KI"),
            Document("Tus hábitos de trabajo, el nuevo combustible para entrenar a la IA"),
            Document("Hoe je werkt wordt trainingsdata voor AI"),
        ],
        [
            Document("Your shopping habits are AI's next big dataset"),
            Document("De mauvaises habitudes de travail peuvent entraîner un burn-out"),
            Document("Abitudini di lavoro: come addestrare i nuovi assunti"),
            Document("Remote work habits: how to train new staff"),
        ],
        frozenset(),
    )


def test_drivers_classed_deemed_or_treated_as_workers() -> None:
    """Rules 2026.12.717, on two real pages of session s56 (0.90 and 0.85): drivers classed,
    deemed or treated as workers, or given the status of non-employee workers, are their
    employment status and not how they are watched; where the court finds the app's algorithm
    or GPS watched them, the item stays relevant."""
    _sorts(
        [
            Document(
                "Riders deemed workers after court finds the app's algorithm monitored their "
                "every move"
            ),
            Document("Drivers treated as employees because Uber tracks them with GPS, court says"),
        ],
        [
            Document(
                "Court of Appeal rules that Uber drivers are classed as workers",
                "In a matter to establish the preliminary issue of whether the respondents, "
                "drivers for Uber, are 'workers' under the Employment Rights Act 1996 and the "
                "Working Time Regulations 1998, the Court of Appeal upheld the decisions of the "
                "Employment Tribunal.",
            ),
            Document(
                "An Uber assessment",
                "The Supreme Court has affirmed the employment tribunal's decision that a group "
                "of Uber drivers had the status of non-employee workers.",
            ),
            Document("Deliveroo riders deemed workers by Dutch court"),
        ],
        frozenset(),
    )


def test_dutch_staff_watched_by_a_means_named_before_the_participle() -> None:
    """Rules 2026.12.718, on a real page of session s56 ("Half miljoen thuiswerkers via
    software in de gaten gehouden" 0.18) and its check (11 phrasings: 3 wrong): the Dutch staff
    watched, followed or checked by software, cameras or GPS named before the participle, and
    the employer who checks, with words between, whether they are at work; seals and traffic
    watched by cameras, and an inspectorate checking contracts, are not."""
    _sorts(
        [
            Document("Half miljoen thuiswerkers via software in de gaten gehouden"),
            Document("Chauffeurs via gps in de gaten gehouden door transportbedrijf"),
            Document(
                "Thuiswerken in cijfers",
                "Bij 13 procent van de thuiswerkers controleert de werkgever met speciale "
                "software of zij wel echt aan het werk zijn.",
            ),
        ],
        [
            Document("Zeehonden via camera's in de gaten gehouden"),
            Document("Verkeer via camera's gevolgd op de A2"),
            Document(
                "De Arbeidsinspectie controleert bij bedrijven of werknemers een contract hebben"
            ),
        ],
        frozenset(),
    )


def test_german_couriers_compounds_and_their_drivers() -> None:
    """Rules 2026.12.719, on a real page of session s56 ("Fahrradkuriere: Totale Kontrolle via
    Smartphone" 0.66, ruled out as a smartphone's private life) and its check (26 phrasings: 4
    wrong): the couriers' German compounds and a firm's own drivers ("ihre Fahrer") are
    workers; couriers demonstrating for pay, new cargo bikes and a bus firm training its
    drivers are not monitoring."""
    _sorts(
        [
            Document(
                "Fahrradkuriere: Totale Kontrolle via Smartphone",
                "Lieferdienste überwachen ihre Fahrer mittels GPS und nutzen die Daten, um "
                "internen Wettbewerb zu erzeugen.",
            ),
            Document("Essenskuriere werden per App überwacht"),
            Document("Lieferdienste überwachen ihre Fahrer mittels GPS"),
        ],
        [
            Document("Fahrradkuriere demonstrieren für höhere Löhne"),
            Document("Neue Lastenräder für Paketkuriere"),
            Document("Bus-Unternehmen schult seine Fahrer für den Winter"),
        ],
        frozenset(),
    )


def test_the_gangmaster_that_is_an_algorithm() -> None:
    """Rules 2026.12.720, on a real page of session s56 ("Il ricatto del caporalato
    algoritmico" 0.00): the gangmaster that is an algorithm names the subject and is no
    employment status; gangmasters in the fields and riders' accounts rented out by
    intermediaries are not."""
    _sorts(
        [
            Document(
                "Il ricatto del caporalato algoritmico",
                "La Procura di Milano ha avviato un'indagine su Foodinho-Glovo, le piattaforme "
                "di consegna rapide che operano in città.",
            ),
            Document("Glovo, la Procura indaga sul caporalato dell'algoritmo"),
        ],
        [
            Document("Caporalato nei campi: arrestati due imprenditori agricoli"),
            Document(
                "Caporalato digitale sui rider: come funziona la cessione illecita degli account",
                "Dal caporalato fisico a quello digitale.",
            ),
        ],
        frozenset(),
    )


def test_every_task_logged_and_attendance_at_the_office_measured() -> None:
    """Rules 2026.12.721, on a fresh batch of session s56 (36 headlines: 6 wrong) and its check
    (23 phrasings in six languages: 13 wrong): every task, action or gesture logged or ticked off
    (0.42, 0.45, 0.23), and who comes into the office seen or attendance measured (0.44, 0.39,
    0.19), beside a worker term; a schoolteacher is a teacher. A patient's meals, a student's
    assignments, museum visitors and fans in a stadium are not."""
    _sorts(
        [
            Document("Thuiszorgmedewerkers moeten elke handeling in een app afvinken"),
            Document("Les aides à domicile doivent enregistrer chaque geste dans une application"),
            Document("Gli operatori sanitari devono registrare ogni operazione in un'app"),
            Document(
                "De AP onderzoekt werkgevers die wifi-gegevens gebruiken om aanwezigheid te meten"
            ),
            Document("Employers turn to 'presence sensors' under desks to see who comes in"),
            Document("Arbeitgeber nutzen WLAN-Daten, um die Anwesenheit im Büro zu messen"),
            Document("Schoolteachers' lessons recorded and scored by AI in pilot"),
        ],
        [
            Document("Patients must log every meal in an app"),
            Document("Studenten moeten elke opdracht in een app afvinken"),
            Document("Museums use sensors to see how many visitors come in"),
            Document("Stadion gebruikt sensoren om aanwezigheid van fans te meten"),
        ],
        frozenset(),
    )


def test_hotel_housekeepers_and_german_data_used_to_discipline() -> None:
    """Rules 2026.12.722, on a fresh batch of session s56 (0.46, 0.13) and its check (13
    phrasings: 4 wrong): housekeepers with the hotel's rooms or guests after them are workers,
    and German data evaluated to warn or dismiss drivers or staff is monitoring; a household's
    housekeepers and a law firm's warning letters to website owners are not."""
    _sorts(
        [
            Document("Hotel chain's AI tells housekeepers which rooms to clean and times each one"),
            Document("Transportunternehmen wertet Tachografen-Daten aus, um Fahrer abzumahnen"),
            Document("Firma wertet Mails aus, um Mitarbeiter abzumahnen"),
        ],
        [
            Document("New app lets households manage their housekeepers' schedules"),
            Document("Kanzlei wertet Websites aus, um Betreiber abzumahnen"),
            Document("Taxifahrer kündigen reihenweise wegen niedriger Löhne"),
        ],
        frozenset(),
    )


def test_staff_timed_to_the_second_fined_by_the_app_or_their_footage_scored() -> None:
    """Rules 2026.12.723, on a fresh batch of session s56 (36 headlines: 4 wrong; 0.38, 0.45,
    0.37) and its check (20 phrasings: 11 wrong): German staff measured to the second or the
    minute, staff fined or penalised by the app (six languages), and what staff were filmed
    doing analysed by AI for misconduct, beside a worker term; a clock, a parking fine paid
    through an app and a match's offside calls are not."""
    _sorts(
        [
            Document("Kassierer im Sekundentakt gemessen: Supermarkt testet Scan-Tempo-Ranking"),
            Document("Bezorgers van Flink krijgen boete via app als ze te laat zijn"),
            Document("I rider multati dall'app se arrivano in ritardo"),
            Document("Los repartidores reciben multas a través de la app si llegan tarde"),
            Document("Police officers' bodycam footage to be analysed by AI for misconduct"),
        ],
        [
            Document("Die Uhr im Sekundentakt gemessen: neue Atomuhr"),
            Document("Parkeerboete via de app van de gemeente"),
            Document("Match footage analysed by AI for offside decisions"),
        ],
        frozenset(),
    )


def test_indirect_items_whose_summary_tells_how_staff_are_counted() -> None:
    """Rules 2026.12.724, on a third fresh batch of session s56 (30 items whose titles name
    neither staff nor monitoring: 6 wrong) and its check (26 phrasings: 6 wrong): software's
    count of the hours staff spend in meetings and email, a firm's drivers made to keep an app
    that records their location, the glass courier, a German dispatch centre's pick rate and a
    Spanish ranking updated live; pay scales are pay, and a city's motorists, a platform's own
    rules and a league table are not."""
    _sorts(
        [
            Document(
                "The quiet metric that decides who gets promoted",
                "At a large consulting firm, software now counts how many hours consultants "
                "spend in meetings, email and documents, and managers see a weekly ranking.",
            ),
            Document(
                "Nothing to hide?",
                "A logistics company requires drivers to keep an app running that records their "
                "location even during breaks, a union says.",
            ),
            Document(
                "Der gläserne Zusteller",
                "Ein Paketdienst speichert jede Sekunde, die seine Boten an einer Haustür "
                "verbringen, und vergleicht sie mit einem Sollwert.",
            ),
            Document(
                "Zu langsam für die Maschine",
                "In einem Versandzentrum entscheidet eine Software, wer eine Verwarnung erhält "
                "– auf Grundlage der Pickrate jeder Stunde.",
            ),
            Document(
                "Cuando el jefe es una pantalla",
                "Los empleados de un centro de llamadas ven en tiempo real su posición en un "
                "ranking que se actualiza con cada llamada.",
            ),
        ],
        [
            Document(
                "Hoe je baas je salaris bepaalt",
                "Loonschalen en beoordelingsgesprekken: zo werkt het bij de overheid.",
            ),
            Document("City requires drivers to install winter tyres"),
            Document("Uber requires drivers to use electric cars by 2030"),
            Document("Los clubes ven en tiempo real su posición en un ranking de la liga"),
            Document("Screen Time counts how long kids spend on apps"),
        ],
        frozenset(),
    )


def test_indirect_items_in_six_languages_whose_summary_tells_how_staff_are_paced() -> None:
    """Rules 2026.12.725, on a fourth fresh batch of session s56 (30 items whose titles name
    neither staff nor monitoring, six languages: 9 wrong) and its check (33 phrasings: 15
    wrong): software that sets the pace or flags the slowest staff, German status or login
    times evaluated, staff checked for smiling, the Dutch staff's location passed on and a
    report of their speed, the Italian app that decides who works, the German software that
    writes the shifts and sends warnings itself; trains, routes, babies, runners and a
    council's weather warnings are not."""
    _sorts(
        [
            Document(
                "Le nouveau contremaître ne dort jamais",
                "Dans un entrepôt de la région lyonnaise, un algorithme fixe les cadences et "
                "signale aux chefs d'équipe les préparateurs trop lents.",
            ),
            Document(
                "Wer zu lange pausiert, fliegt",
                "Ein Callcenter wertet die Statuszeiten seiner Agenten aus; wer zu oft auf "
                "'Pause' steht, wird zum Gespräch gebeten.",
            ),
            Document(
                "Sonrisas obligatorias",
                "Una cadena de supermercados prueba un sistema que analiza si los cajeros "
                "sonríen a los clientes.",
            ),
            Document(
                "Geen seconde onbespied",
                "Een schoonmaakbedrijf laat zijn schoonmakers inchecken met een app die hun "
                "locatie doorgeeft aan de planner.",
            ),
            Document(
                "Il capo invisibile",
                "Nelle consegne a domicilio, un'app decide chi lavora nel weekend in base a un "
                "punteggio di affidabilità.",
            ),
            Document("Software verschickt automatisch Abmahnungen an Fahrer"),
        ],
        [
            Document("L'appli signale les trains trop lents"),
            Document("Wie oft lächeln Babys? Eine Studie"),
            Document("Hardlopers krijgen een rapport van hun snelheid via de app"),
            Document("Amt verschickt automatisch Warnungen an Bürger bei Unwetter"),
        ],
        frozenset(),
    )


def test_regulatory_items_on_handheld_data_and_a_drivers_dismissal() -> None:
    """Rules 2026.12.726, on a fifth fresh batch of session s56 (30 regulatory items with opaque
    titles: 2 wrong, 0.54 and 0.19) and its check (12 phrasings: 5 wrong): the Italian staff's
    data collected through handhelds or wristbands, the Dutch summary dismissal on the on-board
    computer's data, and the Dutch drivers dismissed as workers; a cook dismissed for theft and
    weather data collected by volunteers are not."""
    _sorts(
        [
            Document(
                "Provvedimento del 6 marzo 2025 [doc. web n. 10112345]",
                "Ordinanza ingiunzione nei confronti di una società di logistica per il "
                "trattamento dei dati dei dipendenti raccolti tramite palmari durante i turni.",
            ),
            Document(
                "ECLI:NL:RBAMS:2025:4411",
                "Kantonrechter: ontslag op staande voet van chauffeur op basis van gegevens uit "
                "boordcomputer niet rechtsgeldig.",
            ),
            Document("Vrachtwagenchauffeur ontslagen na uitlezen tachograaf"),
        ],
        [
            Document("Ontslag op staande voet van kok op basis van diefstal"),
            Document("Dati meteo raccolti tramite palmari dai volontari"),
        ],
        frozenset(),
    )


def test_newer_workplace_technology_and_its_look_alikes() -> None:
    """Rules 2026.12.727, on a sixth fresh batch of session s56 (30 headlines on newer workplace
    technology: 8 wrong) and its check (17 phrasings: 8 wrong): digital twins of the staff, how
    often each employee uses a tool shown or tracked, each lift logged, meeting tools that score
    who speaks, software that assigns and reviews the work; a survey of AI use, a city's digital
    twin, a voice's signs of illness and a gamer's review of mouse jigglers are not."""
    _sorts(
        [
            Document(
                "Companies are building 'digital twins' of their employees from workplace data"
            ),
            Document("Firms roll out dashboards showing how often each employee uses Copilot"),
            Document(
                "Exoskeletons in the warehouse record each lift, and managers see the numbers"
            ),
            Document("AI note-takers in meetings are quietly scoring who speaks and who doesn't"),
            Document("The rise of the AI manager: startups let software assign and review work"),
        ],
        [
            Document("Survey: how often employees use AI at work"),
            Document("Digital twins of cities help planners cut traffic"),
            Document("Voice analytics spot early signs of Parkinson's disease"),
            Document("Mouse jigglers review: are they worth it for gamers?"),
        ],
        frozenset(),
    )


def test_plain_headlines_in_five_languages_of_a_seventh_batch() -> None:
    """Rules 2026.12.728, on a seventh fresh batch of session s56 (34 plain headlines in five
    languages: 8 of 20 relevant missed) and its check (19 phrasings: 7 wrong): the staff's social
    media checked and their mail analysed, their voice recorded for a voiceprint, staff rated
    by a kiosk, German calendars evaluated and a phone's location queried, the Dutch boss who
    read along and the Dutch AI that assesses advisers' calls; suspects, voters, customers,
    callers and children are not."""
    _sorts(
        [
            Document("Un banco controla las redes sociales de sus empleados con un software de IA"),
            Document(
                "L'entreprise analyse les courriels de ses salariés pour détecter les départs"
            ),
            Document(
                "Una cadena hotelera graba la voz de sus recepcionistas para crear una huella vocal"
            ),
            Document(
                "Des agents d'accueil notés par une borne de satisfaction : la CNIL s'interroge"
            ),
            Document("Ein Versicherer wertet die Kalender seiner Außendienstler mit KI aus"),
            Document("Arbeitgeber darf Handy-Standort nicht heimlich abfragen"),
            Document("Werkgever las jarenlang mee met WhatsApp-groep van personeel"),
            Document("Bank gebruikt AI om gesprekken van adviseurs te beoordelen"),
        ],
        [
            Document("La policía revisa las redes sociales de los sospechosos"),
            Document("Banco usa la huella vocal de sus clientes para verificar pagos"),
            Document("Gemeente gebruikt AI om gesprekken van bellers te analyseren"),
            Document("Polizei darf Handy-Standort von Verdächtigen abfragen"),
            Document("Ouders lezen mee met de chats van hun kinderen"),
        ],
        frozenset(),
    )


def test_toilet_visits_keystrokes_teams_status_and_lowered_scores() -> None:
    """Rules 2026.12.729, on an eighth fresh batch of session s56 (36 headlines: 9 of 20
    relevant missed) and its check (30 phrasings: 9 wrong): the staff's toilet visits recorded
    or counted (five languages), German keystrokes counted and the Teams status evaluated,
    drivers rated by customers' stars, each worker's output counted, the score lowered (six
    languages), the minutes staff spend somewhere clocked, each refused order recorded; a
    child's toilet visits, a boxer's blows, a machine's output, a team's or a country's score
    and a card refused at a cash machine are not."""
    _sorts(
        [
            Document(
                "Commessi schedati: la catena di negozi teneva un registro dei loro tempi al bagno"
            ),
            Document("Het callcenter telt hoe vaak medewerkers naar het toilet gaan"),
            Document("Software zählt die Anschläge der Schreibkräfte pro Minute"),
            Document("Der Chef sieht jetzt, wann wir online sind: Teams-Status wird ausgewertet"),
            Document(
                "Lieferdienst bewertet Fahrer nach Kundensternen und sperrt die schlechtesten"
            ),
            Document("Factory cameras count each operator's output per hour"),
            Document("Cleaning firm's app clocks the minutes staff spend in each room"),
            Document("Rider, l'app registra ogni rifiuto di consegna e abbassa il punteggio"),
            Document("De app verlaagt de score van bezorgers die te laat zijn"),
        ],
        [
            Document("De app telt hoe vaak je kind naar het toilet gaat"),
            Document("Der Boxer zählt die Anschläge seines Gegners"),
            Document("Software counts each machine's output per hour"),
            Document("Moody's verlaagt de score van Frankrijk"),
            Document("La app registra cada rechazo de tarjeta en el cajero"),
        ],
        frozenset(),
    )


def test_regulatory_headlines_on_staff_data_with_ai_and_the_platform_directive() -> None:
    """Rules 2026.12.730, on a ninth fresh batch of session s56 (30 regulatory headlines: 4
    wrong, one of them relabelled) and its check (7 phrasings: 2 wrong): the staff's data
    processed by AI, either way round, and "the platform directive" as the Platform Work
    Directive is shortened; patients' and customers' data and a breach of staff data are not."""
    _sorts(
        [
            Document("EDPB adopts opinion on processing employee data with AI systems"),
            Document("Regulator warns on using AI tools to analyse employee data"),
            Document(
                "Italy's transposition of the platform directive: what changes for riders' "
                "algorithms"
            ),
        ],
        [
            Document("AI tools analyse patient data to spot sepsis early"),
            Document("Processing customer data with AI: a GDPR checklist"),
            Document("Employee data breach: 10,000 records leaked, AI blamed for slow response"),
        ],
        frozenset(),
    )


def test_indirect_items_of_an_eleventh_batch() -> None:
    """Rules 2026.12.731, on an eleventh fresh batch of session s56 (30 items whose titles name
    neither staff nor monitoring: 12 of 15 relevant missed) and its check (29 phrasings: 10
    wrong): mail reviewed for tone, French badge records and dead time, a German score worked
    out for each adviser, Italian staff idle or on a break beyond its minutes, the Spanish cab
    filmed during breaks, where each Dutch worker is seen live, productivity compared with the
    norm, staff ranked on a dashboard; a league table of football clubs, a school canteen's
    badges, a computer in standby, a parcel seen live and restaurants ranked are not."""
    _sorts(
        [
            Document(
                "Reading between the lines",
                "An insurer uses software that reviews claims handlers' emails for tone and flags "
                '"negative sentiment" to team leaders.',
            ),
            Document(
                "Quand le badge en dit trop",
                "Un groupe hospitalier croise les badgeages de ses infirmières avec leurs "
                "dossiers de soins pour repérer les « temps morts ».",
            ),
            Document(
                "Die Zahl, die über den Bonus entscheidet",
                "In einer Bank berechnet ein Programm aus Telefonaten und Abschlüssen einen Wert "
                "für jeden Berater, der den Bonus bestimmt.",
            ),
            Document(
                "Il prezzo di una pausa",
                "Gli addetti di un call center ricevono un avviso automatico se restano in pausa "
                "oltre i tre minuti previsti.",
            ),
            Document(
                "Todo queda registrado",
                "Los conductores de una empresa de autobuses denuncian que las cámaras del "
                "vehículo graban también el interior de la cabina durante las pausas.",
            ),
            Document(
                "Het oog van de planner",
                "Bij een thuiszorgorganisatie ziet de planner live waar elke medewerker is en "
                "hoe lang elk bezoek duurt.",
            ),
            Document(
                "Who's keeping count?",
                "At a law firm, a new tool tracks how many hours each associate bills and ranks "
                "them on a dashboard visible to partners.",
            ),
        ],
        [
            Document("Premier League table: Arsenal go top"),
            Document("Badgeage au restaurant scolaire : la cantine passe au sans contact"),
            Document("Il computer va in standby se resta inattivo per dieci minuti"),
            Document("Met deze app ziet u live waar uw pakket is"),
            Document("Website ranks restaurants on a dashboard by hygiene score"),
        ],
        frozenset(),
    )


def test_us_news_of_a_twelfth_batch() -> None:
    """Rules 2026.12.732, on a twelfth fresh batch of session s56 (30 English headlines of US
    news: 5 wrong) and its check (11 phrasings: 5 wrong): professionals' hours logged by a
    system, the app that tells store associates what to do next, every transaction timed,
    real-time prompts and scores; a pilot's flight hours, a fitness app's advice, a bank's
    anti-money-laundering log and drivers' pay raises are not."""
    _sorts(
        [
            Document("Goldman Sachs junior bankers' hours to be logged by new system"),
            Document("Walmart app tells store associates what to do next, minute by minute"),
            Document("Bank tellers say new software times every transaction they handle"),
            Document(
                "Call center workers say AI coach interrupts calls with real-time prompts and scores"
            ),
        ],
        [
            Document("Pilots' flight hours logged by the airline for safety"),
            Document("Fitness app tells runners what to do next"),
            Document("Bank logs every transaction for anti-money-laundering checks"),
            Document("Teamsters win contract raises for UPS drivers"),
        ],
        frozenset(),
    )


def test_dutch_toilet_time_and_tracking_wristbands() -> None:
    """Rules 2026.12.733, on a real page of session s56 ("Plastijd inperken en
    detectiearmbandjes: hoe ver mag werkgever gaan?" 0.22): the Dutch toilet time and tracking
    wristbands, beside a worker term; a child's toilet break in class is not."""
    _sorts(
        [
            Document("Plastijd inperken en detectiearmbandjes: hoe ver mag werkgever gaan?"),
            Document("Werkgever wil plastijd van magazijnmedewerkers inperken"),
        ],
        [Document("Kinderen krijgen een plaspauze tijdens de les")],
        frozenset(),
    )


def test_every_new_pattern_of_the_session_reads_a_probe() -> None:
    """Rules 2026.12.735 (review), on a script that tries every new pattern of session s56 on the
    session's probes: three read none, not even the phrasing they were written for. The German
    boss who sees when staff are online (the comma after "jetzt" had stopped it), the Spanish
    cab filmed during the breaks with six words between, and the Dutch toilet visits, now of
    staff only (a nursery's children had gone to 0.97 once a probe was written)."""
    _sorts(
        [
            Document("Der Chef sieht jetzt, wann wir online sind"),
            Document(
                "Todo queda registrado",
                "Los repartidores de una empresa denuncian que la dirección los graba con el "
                "móvil del jefe durante las pausas.",
            ),
            Document("Toiletbezoek van medewerkers wordt geregistreerd"),
        ],
        [Document("Kinderen: toiletbezoek wordt bijgehouden in het kinderdagverblijf")],
        frozenset(),
    )


def test_italian_hours_at_the_computer_counted() -> None:
    """Rules 2026.12.736, on a thirteenth fresh batch of session s56 (32 plain headlines in five
    languages: 2 wrong): how many hours or minutes the staff spent at the computer or on a
    break, checked or counted, beside a worker term (0.51); one's sleep and a roof's sunshine
    are not."""
    _sorts(
        [
            Document("Un software controllava quante ore i dipendenti stavano al computer"),
            Document("L'azienda misurava quanti minuti i lavoratori passavano in pausa"),
        ],
        [
            Document("L'app misura quanti minuti dormi ogni notte"),
            Document("Il contatore misura quante ore di sole riceve il tetto"),
        ],
        frozenset(),
    )


def test_indirect_english_items_of_a_fourteenth_batch() -> None:
    """Rules 2026.12.737, on a fourteenth fresh batch of session s56 (30 English items whose
    titles name neither staff nor monitoring: 7 wrong) and its check (12 phrasings: 6 wrong):
    agents graded on empathy or the script, the staff's screen time measured, operators ranked
    on speed and idle time, how long staff spend on each file recorded, a countdown for every
    item beside pickers; AI agents benchmarked, children's screen time, a racing driver's speed,
    one's own browsing and a kitchen timer are not."""
    _sorts(
        [
            Document(
                "What the headset hears",
                "Contact-centre software transcribes every call and grades agents on empathy, "
                "script adherence and silence.",
            ),
            Document(
                "The productivity paradox",
                "Banks that measured analysts' screen time found it did not predict output, but "
                "kept the data anyway.",
            ),
            Document(
                "Data exhaust",
                "Logistics firms are mining forklift telematics to rank operators on speed and "
                "idle time.",
            ),
            Document(
                "Paper trail",
                "A law firm's new document system records how long associates spend on each file "
                "and who opened what.",
            ),
            Document(
                "Keeping pace",
                "Supermarket pickers wear arm-mounted devices that show a countdown for every item "
                "and a running score.",
            ),
        ],
        [
            Document("Benchmark grades AI agents on reliability and speed"),
            Document("Parents measured children's screen time in a new study"),
            Document("Magazine ranks drivers on speed in this year's F1 season"),
            Document("App records how long you spend on each website"),
            Document("Kitchen timer shows a countdown for every dish"),
        ],
        frozenset(),
    )


def test_german_staff_who_feel_watched_and_the_control_of_the_pace_of_work() -> None:
    """Rules 2026.12.738, on a fifteenth fresh batch of session s56 (27 headlines in German,
    French and Spanish: 2 missed) and its check (11 phrasings: 5 wrong): German staff who feel
    watched or controlled and their calls evaluated, and the control of the pace of work in six
    languages; tenants who feel watched, an athlete's heart rate and a radar's rate of fire are
    not."""
    _sorts(
        [
            Document(
                "KI wertet Gespräche im Callcenter aus – Beschäftigte fühlen sich kontrolliert"
            ),
            Document("Beschäftigte fühlen sich durch die neue Software kontrolliert"),
            Document(
                "Trabajadores de Amazon en España denuncian el control del ritmo de trabajo con "
                "escáneres"
            ),
            Document("Le contrôle des cadences dans les entrepôts dénoncé par les syndicats"),
        ],
        [
            Document("Mieter fühlen sich durch die Kameras im Hof überwacht"),
            Document("El control del ritmo cardiaco de los atletas"),
            Document("Le contrôle des cadences de tir des radars"),
        ],
        frozenset(),
    )


def test_indirect_items_in_four_languages_of_a_sixteenth_batch() -> None:
    """Rules 2026.12.739, on a sixteenth fresh batch of session s56 (20 items in four languages
    whose titles name neither staff nor monitoring: 8 of 10 relevant missed) and its check (20
    phrasings: 6 wrong): a daily ranking of the staff, sensors under the chairs, a wristband
    that vibrates, one's place against one's colleagues, each courier's route kept stop by stop,
    parcels counted per worker, staff mail read for negative tone, each adviser's response time
    measured; books' sales, a sightseeing bus, a town's bicycles, a car's seats and customers'
    mail are not."""
    _sorts(
        [
            Document(
                "Il contatore invisibile",
                "In un centro logistico emiliano ogni collo scansionato alimenta una classifica "
                "giornaliera dei magazzinieri esposta su un maxischermo.",
            ),
            Document(
                "La sedia vuota",
                "Un'azienda di software rileva quando i programmatori si allontanano dalla "
                "scrivania grazie a un sensore sotto la sedia.",
            ),
            Document(
                "El reloj que no perdona",
                "En una planta de envasado, cada operaria lleva una pulsera que vibra si baja el "
                "ritmo por debajo del objetivo.",
            ),
            Document(
                "Nadie escapa al panel",
                "Los comerciales de una operadora ven cada mañana en una pantalla su posición "
                "frente a sus compañeros según las ventas y las llamadas.",
            ),
            Document(
                "Seguimiento minucioso",
                "Una empresa de mensajería guarda durante un año la ruta completa de cada "
                "repartidor, parada por parada.",
            ),
            Document(
                "Geen ontsnappen aan de teller",
                "In een distributiecentrum telt een scanner elk pakket per medewerker en worden "
                "de traagste collega's aangesproken.",
            ),
            Document(
                "Onder het vergrootglas",
                "Een verzekeraar laat software de e-mails van schadebehandelaars lezen op zoek "
                "naar 'negatieve toon'.",
            ),
            Document(
                "Derrière l'écran",
                "Une banque en ligne mesure le temps de réponse de chaque conseiller aux messages "
                "des clients et publie un classement hebdomadaire.",
            ),
        ],
        [
            Document("La classifica giornaliera delle vendite di libri"),
            Document("El autobús turístico recorre la ciudad parada por parada"),
            Document("De gemeente telt het aantal fietsen per inwoner"),
            Document("Sensors under the seats detect if children are left in the car"),
            Document("Software leest de e-mails van klanten om vragen te beantwoorden"),
        ],
        frozenset(),
    )


def test_sensors_under_desks_and_staff_leaving_their_desks() -> None:
    """Rules 2026.12.740 (review), on probes written for the last version's patterns: sensors
    under the desks, not chairs (a gamer's posture had gone to 0.97), and software that detects
    when staff leave their desks, in Italian and English; one's home heating is not."""
    _sorts(
        [
            Document("Firma installiert Sensoren unter den Schreibtischen der Belegschaft"),
            Document("La empresa coloca sensores bajo las mesas de sus empleados"),
            Document("Software detects when staff leave their desks"),
        ],
        [
            Document("Sensoren unter dem Stuhl messen die Haltung von Gamern"),
            Document("The app detects when you leave the house and turns off the heating"),
        ],
        frozenset(),
    )


def test_the_dutch_boss_who_watches_or_reads_along_is_one_pattern() -> None:
    """Rules 2026.12.741 (review): the Dutch boss who watches along ("kijkt mee", rules of session
    s44) and the boss who read along ("las mee", rules .728, written again as a second pattern in
    another table) are one pattern with every verb and tense; a match watched along with someone
    is not (a reading the old pattern also gave to "kijkt mee naar")."""
    _sorts(
        [
            Document("Werkgever las jarenlang mee met WhatsApp-groep van personeel"),
            Document("Leidinggevende keek mee op het scherm van thuiswerkers"),
            Document("De baas kijkt altijd mee"),
        ],
        [
            Document("De chef keek mee naar de voetbalwedstrijd"),
            Document("De chef kijkt mee naar de voetbalwedstrijd"),
            Document("Ouders lezen mee met de chats van hun kinderen"),
        ],
        frozenset(),
    )


def test_the_voiceprint_is_one_pattern_in_every_language() -> None:
    """Rules 2026.12.742 (review): rules .728 wrote the voiceprint again, beside its other
    languages, where the rules of session s43 read it with the palm veins; one pattern now, every
    language, beside a worker term; a customer's voiceprint is not."""
    _sorts(
        [
            Document("Voiceprints of call centre staff collected without consent"),
            Document("Callcenter sammelt den Stimmabdruck seiner Mitarbeiter"),
            Document("Stemafdruk van medewerkers opgeslagen zonder toestemming"),
        ],
        [Document("Banco usa la huella vocal de sus clientes para verificar pagos")],
        frozenset(),
    )


def test_cameras_in_a_care_home_for_its_residents_are_ruled_out() -> None:
    """A care home or a nursery watched in a title that names no staff, of an item whose summary
    names no staff that a monitoring word watches, is about the residents' or the children's
    safety, the labelling rules' hard negative (rules 2026.12.743: "Videosorveglianza in tutte le
    case di riposo in Liguria entro il 31 gennaio" 0.92 and two more real pages of session s57, the
    staff named only as protected too or as worried; the other names of these places, "Ehpad",
    "nelle RSA", "verpleeghuis", read by the veto alone). Staff watched in the title or in the
    summary keep the item."""
    model = load_model()
    residents = [
        Document("Videosorveglianza in tutte le case di riposo in Liguria entro il 31 gennaio",
                 "Entro il 31 gennaio 2019 le case di riposo e le residenze sanitarie assistenziali "
                 "della Liguria dovranno dotarsi di un sistema di videosorveglianza. Il progetto "
                 "mira a tutelare gli ospiti degli istituti contro eventuali atti di violenza, ma "
                 "anche i dipendenti."),
        Document("Vidéosurveillance en Ehpad : les familles réclament des caméras dans les chambres",
                 "Après plusieurs affaires de maltraitance, des familles demandent l'installation "
                 "de caméras dans les chambres des résidents ; les soignants s'inquiètent."),
        Document("Telecamere nelle RSA, approvata la legge regionale",
                 "Il consiglio regionale ha approvato la legge che prevede la videosorveglianza "
                 "nelle residenze per anziani a tutela degli ospiti e del personale."),
        Document("Cámaras en las residencias de mayores: la Comunidad aprueba su instalación",
                 "Las residencias podrán instalar videovigilancia en zonas comunes para proteger a "
                 "los usuarios; los trabajadores serán informados."),
        Document("Camera's in verpleeghuizen: mag dat?",
                 "Steeds meer familieleden willen een camera op de kamer van hun vader of moeder "
                 "in het verpleeghuis. Wat betekent dat voor het personeel?"),
    ]  # fmt: skip
    kept = [
        Document("Caméras dans un Ehpad : la CNIL met en demeure l'établissement",
                 "La CNIL a mis en demeure un Ehpad qui filmait en continu ses salariés dans les "
                 "couloirs et la salle de pause."),
        Document("Care home fined for using CCTV to monitor staff breaks",
                 "The regulator fined a care home operator that used cameras to check how long "
                 "carers spent on their breaks."),
        Document("Telecamere in una RSA: il Garante sanziona la cooperativa",
                 "L'impianto consentiva di controllare a distanza gli operatori socio-sanitari "
                 "senza accordo sindacale."),
    ]  # fmt: skip
    _ruled_out(model, residents, CARE_HOME, kept)
    _relevant(model, kept)


def test_the_spanish_union_told_of_the_algorithms_in_more_words() -> None:
    """The workers' representation without "legal", the union's right to be told ("información
    sindical") or its freedom beside algorithms, and information on them refused to the union,
    name the subject in Spanish (rules 2026.12.744: "Algoritmos y derecho de información de la
    representación de las personas trabajadoras" 0.44 and "Algoritmos, derecho de información
    sindical y control institucional en el marco de la inteligencia artificial" 0.34, real pages
    of session s57). Algorithms without the union, and the union without algorithms, do not."""
    relevant = [
        Document("Algoritmos y derecho de información de la representación de las personas trabajadoras",
                 "El desarrollo de las tecnologías de obtención y tratamiento de datos impulsa la "
                 "transformación de los sistemas de gestión de personal."),
        Document("Algoritmos, derecho de información sindical y control institucional en el marco de la inteligencia artificial",
                 "El derecho a la información de los representantes de los trabajadores no se "
                 "circunscribe a los aspectos clásicos de la relación laboral."),
        Document("La Audiencia Nacional condena a una empresa por negar información sobre sus algoritmos al sindicato",
                 "La empresa de contact center se negó a facilitar datos sobre los sistemas "
                 "automatizados de asignación de turnos."),
    ]  # fmt: skip
    not_relevant = [
        Document("Algoritmos y libertad de expresión: el debate sobre las redes sociales",
                 "Las plataformas deciden qué contenidos vemos mediante algoritmos opacos."),
        Document("Derecho de información sindical: qué documentos debe entregar la empresa",
                 "La empresa debe facilitar la copia básica de los contratos y los datos de "
                 "absentismo."),
        Document("Elecciones sindicales: la representación de las personas trabajadoras en las pymes",
                 "Cómo se eligen los delegados de personal y el comité de empresa."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_emotion_recognition_at_work_as_one_of_the_ai_acts_bans_listed() -> None:
    """The AI Act's bans listed (social scoring, predictive policing, scraping of facial images,
    biometric categorisation ...) name emotion recognition at work as one of them: an AI Act item
    not about the workplace, the labelling rules' hard negative (rules 2026.12.745: "The AI Act
    compliance countdown begins" 0.97, a real page of session s57, and the same news in six
    languages 0.94-0.99). A title about the workplace or about emotion recognition keeps the
    item, whatever bans its summary lists beside it."""
    relevant = [
        Document("AI Act bans emotion recognition at work: what employers must do now",
                 "Employers using tools that infer employees' emotions from their voices or faces "
                 "must stop by 2 February."),
        Document("Employers and the AI Act: the emotion-recognition ban explained",
                 "From February, employers may not use AI to infer how employees feel; the Act "
                 "also outlaws social scoring and manipulative techniques."),
        Document("Emotionserkennung im Büro: Was das KI-Verbot für Arbeitgeber bedeutet",
                 "Neben Social Scoring und manipulativer KI verbietet die Verordnung Systeme, die "
                 "die Gefühle von Beschäftigten auswerten."),
    ]  # fmt: skip
    not_relevant = [
        Document("The AI Act compliance countdown begins",
                 "The AI Act bans certain AI applications that pose unacceptable risks, including "
                 "biometric categorization systems based on sensitive characteristics, untargeted "
                 "scraping of facial images for facial recognition databases, emotion recognition "
                 "in the workplace and schools, social scoring, predictive policing based solely "
                 "on profiling."),
        Document("KI-Verordnung: Erste Verbote gelten ab Februar",
                 "Verboten sind unter anderem Social Scoring, manipulative KI, biometrische "
                 "Kategorisierung und Emotionserkennung am Arbeitsplatz und in "
                 "Bildungseinrichtungen."),
        Document("Reglamento de IA: entran en vigor las primeras prohibiciones",
                 "Quedan prohibidos la puntuación social, la vigilancia predictiva, el "
                 "reconocimiento de emociones en el trabajo y en centros educativos y la "
                 "extracción masiva de imágenes faciales."),
        Document("AI-verordening: eerste verboden gaan in",
                 "Verboden zijn onder meer social scoring, voorspellend politiewerk, "
                 "emotieherkenning op de werkplek en in het onderwijs en het ongericht scrapen van "
                 "gezichtsbeelden."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_employment_as_one_of_the_ai_acts_high_risk_areas_listed() -> None:
    """The AI Act's high-risk areas listed (biometrics, critical infrastructure, education,
    employment and workers management, law enforcement, migration, justice) name employment as
    one of them: an AI Act item not about the workplace (rules 2026.12.746: "KI-Verordnung:
    Hochrisiko-Systeme im Überblick" 0.94, "The AI Act's Annex III high-risk use cases
    explained" 0.96, probes of session s57). Staff monitoring named beside such a list keeps the
    item."""
    relevant = [
        Document("IA à haut risque : la surveillance des salariés en première ligne",
                 "Les systèmes utilisés pour évaluer et surveiller les salariés sont classés à haut "
                 "risque, comme ceux de l'éducation ou de la justice."),
        Document("AI Act: employee monitoring tools face high-risk rules",
                 "Software that monitors and evaluates staff will need human oversight, like AI "
                 "used in education and law enforcement."),
    ]  # fmt: skip
    not_relevant = [
        Document("KI-Verordnung: Hochrisiko-Systeme im Überblick",
                 "Zu den Hochrisiko-Bereichen zählen kritische Infrastruktur, Bildung, "
                 "Beschäftigung und Personalmanagement, Strafverfolgung, Migration und Justiz."),
        Document("The AI Act's Annex III high-risk use cases explained",
                 "They cover biometrics, critical infrastructure, education and vocational "
                 "training, employment, workers management and access to self-employment, "
                 "essential services, law enforcement, migration and the administration of "
                 "justice."),
        Document("Systèmes d'IA à haut risque : la liste de l'annexe III",
                 "Biométrie, infrastructures critiques, éducation et formation professionnelle, "
                 "emploi, gestion de la main-d'œuvre et accès à l'emploi indépendant, services "
                 "essentiels, répression, migration et administration de la justice."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_metas_keystrokes_recorded_to_train_its_ai_is_a_landmark_case() -> None:
    """Meta's recording of its staff's keystrokes and mouse clicks to train its AI agents, the
    story the project began with, is told in titles that name neither the staff nor a worker:
    named with the firm, the recording and the training it is a landmark case, relevant at any
    score (rules 2026.12.747: seven of twelve titles of session s57 missed, 0.10-0.54). AI agents
    trained on it are not AI agents watched: that veto stands down where the title names
    training. Meta's AI trained on public posts, and its wristband that reads typing, are not
    the case."""
    model = load_model()
    case = [
        Document("Meta AI keystroke training"),
        Document("Meta to use keystroke data to train AI agents"),
        Document("Meta registra le battute sulla tastiera per addestrare l'IA"),
        Document("Meta legt toetsaanslagen vast om AI te trainen"),
        Document("EU privacy regulators question Meta over keystroke tracking for AI"),
        Document("Datenschützer prüfen Metas Tastatur-Tracking für KI-Training"),
    ]
    for doc in case:
        verdict = judge(doc)
        assert verdict.ruled == "landmark", doc.title
        assert model.decide(doc, verdict).relevant, doc.title
    for doc in [
        Document("Meta trains Llama on public Instagram posts"),
        Document("Meta to train AI on Europeans' Facebook posts from May"),
        Document("Meta's wristband reads your keystrokes with AI"),
    ]:
        assert judge(doc).ruled != "landmark", doc.title
        assert not model.classify(doc).relevant, doc.title


def test_the_staffs_activity_recorded_in_five_languages() -> None:
    """The staff's activity recorded, logged or tracked is monitoring in Spanish, French, German
    and Dutch as in English, and so are the clicks or screens of staff named before (rules
    2026.12.748: "La AEPD pide información a Meta por registrar la actividad de sus empleados"
    0.25 and "Meta staff push back on AI data collection tool" 0.18, probes of session s57 on
    the story the project began with; "L'entreprise enregistre l'activité de ses salariés sur
    leur poste" 0.35). A firm's business activity registered and a watch's sport are not."""
    relevant = [
        Document("La AEPD pide información a Meta por registrar la actividad de sus empleados",
                 "El software captura clics y pulsaciones para entrenar agentes de IA."),
        Document("Registrar la actividad de los trabajadores: qué permite la ley",
                 "El empleador puede controlar el uso del ordenador con límites."),
        Document("L'entreprise enregistre l'activité de ses salariés sur leur poste",
                 "Un logiciel conserve chaque application ouverte."),
        Document("Firma zeichnet die Aktivität ihrer Mitarbeiter am Rechner auf",
                 "Eine Software speichert jede geöffnete Anwendung."),
        Document("Bedrijf legt activiteit van werknemers op de computer vast",
                 "Software slaat elke geopende applicatie op."),
        Document("Meta staff push back on AI data collection tool",
                 "Employees say the software that captures their clicks and screens for model "
                 "training feels invasive."),
    ]  # fmt: skip
    not_relevant = [
        Document("Registrar la actividad de una empresa en el registro mercantil",
                 "Trámites para inscribir una sociedad."),
        Document("L'application enregistre l'activité sportive de ses utilisateurs",
                 "La montre mesure les pas et le rythme cardiaque."),
        Document("Google Analytics records website visitors' clicks",
                 "The tool measures which pages users visit."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_whoever_has_a_desk_or_a_work_phone_named_as_theirs_works_there() -> None:
    """A desk, workstation, locker or work phone, laptop or mail named as someone's makes them
    staff, whatever their trade (rules 2026.12.749: "Cameras installed above analysts' desks"
    0.56 and 25 more trades below the line, a check of session s57; "Managers went through the
    cabin crew's work phones"). Cameras above a desk with
    no owner named, and a desk booking, are not."""
    relevant = [
        Document("Cameras installed above analysts' desks"),
        Document("Cameras installed above paralegals' desks"),
        Document("Cameras installed above translators' desks"),
        Document("Managers went through the cabin crew's work phones"),
        Document("Tracking software found on the engineer's work laptop"),
    ]
    not_relevant = [
        Document("Best desk cameras for streaming in 2026"),
        Document("Hot desk booking app adds floor plans"),
    ]
    _sorts(relevant, not_relevant, frozenset())


def test_cameras_at_self_checkouts_watch_the_shoppers() -> None:
    """Cameras at a shop's self-checkouts or against shoplifting watch the shoppers; the staff
    named after them are the ones alerted (rules 2026.12.750: "Retailer installs AI cameras at
    self-checkouts to catch shoplifters" 0.94, a fresh batch of session s57, and its look-alikes
    in Italian and Spanish). The tills' names are read by the others-watched veto alone. Cashiers
    watched at the tills keep the item."""
    model = load_model()
    shoppers = [
        Document("Retailer installs AI cameras at self-checkouts to catch shoplifters",
                 "The system alerts staff when an item is not scanned."),
        Document("Telecamere con IA alle casse automatiche contro i furti",
                 "La catena di supermercati avvisa il personale in caso di anomalie."),
        Document("Cámaras con IA en las cajas de autocobro para evitar hurtos",
                 "El sistema avisa al personal si un producto no se escanea."),
    ]  # fmt: skip
    kept = [
        Document("Supermarket uses self-checkout cameras to monitor cashiers' breaks",
                 "Staff say the footage is used to discipline them."),
    ]  # fmt: skip
    _ruled_out(model, shoppers, OTHERS_WATCHED, kept)
    assert model.classify(kept[0]).relevant


def test_the_staff_followed_continuously_and_their_activity_simulated_in_french() -> None:
    """The continuous or permanent following of the staff in French and Spanish, the position of
    the firm's vehicles recorded, and one's own activity simulated are monitoring (rules
    2026.12.751: "La CNIL met en demeure une société de transport pour le suivi en continu de ses
    chauffeurs" 0.22 and "Télétravail : un salarié licencié après la détection d'un logiciel
    simulant son activité" 0.43, a fresh batch of session s57). Parcels, patients, the air and a
    network's buses followed are not."""
    relevant = [
        Document("La CNIL met en demeure une société de transport pour le suivi en continu de ses chauffeurs",
                 "Le système enregistrait la position des véhicules toutes les deux minutes, y "
                 "compris pendant les pauses."),
        Document("Le suivi permanent des salariés itinérants jugé disproportionné"),
        Document("Seguimiento continuo de sus conductores: multa a una empresa de transporte"),
        Document("Le système enregistrait la position des véhicules de l'entreprise toutes les deux minutes"),
        Document("Télétravail : un salarié licencié après la détection d'un logiciel simulant son activité",
                 "La cour d'appel valide le licenciement pour faute grave."),
    ]  # fmt: skip
    not_relevant = [
        Document("Suivi de colis : La Poste lance une nouvelle application"),
        Document("Le suivi des patients diabétiques à domicile"),
        Document("Suivi en continu de la qualité de l'air dans les écoles"),
        Document(
            "Position des véhicules en temps réel : la RATP lance une appli pour les voyageurs"
        ),
    ]
    _sorts(relevant, not_relevant, frozenset())


def test_the_staffs_speed_ranked_and_call_centre_agents_ranked_by_a_tool() -> None:
    """Staff whose speed, pace, output or scores are ranked, timed or tracked, named before, and
    a tool that ranks call-centre agents, are monitored (rules 2026.12.752: "Supermarket chain
    tells cashiers their scan speed is ranked each week" 0.39 and "AI tool ranks call-centre
    agents by how 'positive' they sound" 0.39, a fresh batch of session s57). Athletes', pupils'
    and customers' speeds or scores are not."""
    relevant = [
        Document("AI tool ranks call-centre agents by how \"positive\" they sound",
                 "Agents with the lowest scores are moved to night shifts."),
        Document("Supermarket chain tells cashiers their scan speed is ranked each week",
                 "Staff at the bottom of the list are called in for coaching sessions."),
        Document("Drivers complain their delivery times are monitored by the app",
                 "Late drivers lose access to shifts."),
    ]  # fmt: skip
    not_relevant = [
        Document("Students say their test scores are compared with other schools",
                 "The ministry publishes league tables."),
        Document("Their internet speed is tracked by the provider, customers learn",
                 "The ISP throttles heavy users."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_the_face_or_finger_itself_the_time_clock() -> None:
    """A time clock that is a face or a finger, and the Spanish clock with the face four words on,
    name biometric clocking in (rules 2026.12.753: "The new time clock is your face" 0.22 and
    "Adiós a la tarjeta de fichar: llega el reloj con reconocimiento facial" 0.21, a fresh batch
    of session s57 and its look-alikes). A phone's Face ID, a gym's door and an alarm clock are
    not."""
    relevant = [
        Document("The new time clock is your face",
                 "Construction firms are replacing punch cards with facial recognition terminals "
                 "at site gates."),
        Document("Adiós a la tarjeta de fichar: llega el reloj con reconocimiento facial",
                 "En las obras, los terminales escanean el rostro de cada persona."),
    ]  # fmt: skip
    not_relevant = [
        Document("Face ID replaces passwords on new phones", "Users unlock devices with a glance."),
        Document("Gym replaces membership cards with facial recognition at the door",
                 "Members walk in without a card."),
        Document("Clock with facial recognition wakes you up",
                 "The smart alarm detects when you are awake."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_staff_flagged_below_their_target_in_six_languages() -> None:
    """Staff who fall below their target, norm or quota, their productivity rate shown, the
    scanner left idle too long or an absence of more than so many minutes, beside a worker term,
    are monitored, in six languages (rules 2026.12.754: a fresh batch of session s57, "Le
    chronomètre ne s'arrête jamais" with its pickers' "taux de productivité" 0.21, "Wer zu lange
    Pause macht, bekommt eine Nachricht" 0.38, "La pausa bagno finisce nel report" 0.28; the kind
    in six languages, 9 of 10 missed). A watch's step goal and pupils' target grades are not."""
    relevant = [
        Document("Le chronomètre ne s'arrête jamais",
                 "Dans cet entrepôt, chaque préparateur de commandes voit s'afficher son taux de "
                 "productivité en temps réel."),
        Document("Wer zu lange Pause macht, bekommt eine Nachricht",
                 "In einem Versandlager meldet das System Mitarbeitern, wenn sie den Scanner zu "
                 "lange nicht benutzen."),
        Document("La pausa bagno finisce nel report",
                 "In un call center di Catania il software segnala gli operatori che si assentano "
                 "più di cinque minuti."),
        Document("Il sistema segnala i lavoratori che scendono sotto l'obiettivo orario",
                 "I capireparto ricevono un avviso."),
        Document("El sistema avisa cuando un trabajador baja del objetivo por hora",
                 "Los encargados reciben una alerta en la tableta."),
        Document("Het systeem meldt medewerkers die onder de uurnorm zakken",
                 "Teamleiders krijgen een waarschuwing op hun tablet."),
    ]  # fmt: skip
    not_relevant = [
        Document("Fitness app alerts users who fall below their step goal",
                 "The watch vibrates after an hour of sitting."),
        Document("Students who fall below target grades get extra tutoring",
                 "The school uses data to spot pupils at risk."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_keyboard_strokes_counted_and_a_delivery_platforms_accounts_deactivated() -> None:
    """The German keyboard's strokes ("Tastaturanschläge") are keystrokes, and a delivery or
    ride platform that deactivates, suspends or blocks accounts deactivates its couriers, in six
    languages (rules 2026.12.755: "Betriebsrat stoppt Software, die Tastaturanschläge von
    Sachbearbeitern zählt" 0.13 and "Une plateforme de livraison condamnée pour avoir désactivé
    des comptes sans explication" 0.54, a third fresh batch of session s57). A bank's customers'
    accounts blocked are not."""
    relevant = [
        Document("Betriebsrat stoppt Software, die Tastaturanschläge von Sachbearbeitern zählt",
                 "Die Einigungsstelle gab dem Gremium Recht."),
        Document("Arbeitgeber zählte Tastaturanschläge im Homeoffice",
                 "Das Arbeitsgericht erklärte die Abmahnung für unwirksam."),
        Document("Une plateforme de livraison condamnée pour avoir désactivé des comptes sans explication",
                 "Le tribunal juge la décision automatisée contraire au RGPD."),
        Document("Lieferplattform muss Kontosperrungen erklären",
                 "Ein Gericht hält die automatisierten Entscheidungen für rechtswidrig."),
        Document("Piattaforma di consegne condannata per aver disattivato gli account senza spiegazioni",
                 "Il tribunale giudica illegittima la decisione automatizzata."),
        Document("Bezorgplatform moet uitleggen waarom accounts zijn gedeactiveerd",
                 "De rechter oordeelt dat het geautomatiseerde besluit de AVG schendt."),
    ]  # fmt: skip
    not_relevant = [
        Document("Bank blocked customers' accounts after automated fraud check",
                 "Customers were not told why."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_low_ratings_fewer_orders_each_call_rated_time_at_the_desk() -> None:
    """Staff with low ratings given fewer orders (six languages, beside a worker term), each
    call of the staff rated in German, and the time each employee spends at the desk in Spanish
    are monitoring (rules 2026.12.756: "Il voto che arriva dal cliente" 0.12, "Ein Punktestand
    für jeden" 0.25, "La oficina que cuenta tus pasos" 0.20, a fifth fresh batch of session s57).
    Restaurants' and hotels' ratings, and a country's productivity per worker, are not."""
    relevant = [
        Document("Il voto che arriva dal cliente",
                 "I rider con valutazioni basse ricevono meno ordini, denunciano i sindacati."),
        Document("Ein Punktestand für jeden",
                 "In einem Callcenter bewertet eine KI jedes Gespräch der Mitarbeitenden nach "
                 "Freundlichkeit und Tempo."),
        Document("La oficina que cuenta tus pasos",
                 "Una consultora instala sensores en los techos para saber cuánto tiempo pasa cada "
                 "empleado en su mesa."),
        Document("Drivers with low ratings get fewer trips, Uber documents show",
                 "The app's algorithm prioritises top-rated drivers."),
    ]  # fmt: skip
    not_relevant = [
        Document("Restaurants with low ratings get fewer orders on delivery apps",
                 "A study of 10,000 restaurants finds reviews drive sales."),
        Document("Hotels mit schlechten Bewertungen bekommen weniger Buchungen",
                 "Eine Studie zeigt den Einfluss von Online-Rezensionen."),
        Document("La productividad de cada trabajador en España, un 20% inferior a la media europea",
                 "El informe del Banco de España atribuye la brecha a la baja inversión."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_a_title_that_lists_the_ai_acts_bans_goes_on_in_its_summary() -> None:
    """A title that lists the AI Act's bans is continued by its summary: there one entry is
    enough for the monitoring words in it to go; and the German compound social scoring and AI
    manipulation with a hyphen are entries (rules 2026.12.757: "Neue KI-Regeln: Social Scoring,
    KI-Manipulation und Emotionserkennung am Arbeitsplatz sind verboten | Auch biometrische
    Kategorisierung" 0.95, the probes of session s57 that read each new pattern). A title naming
    emotion recognition at work beside one other ban is the workplace ban itself."""
    relevant = [
        Document("KI-Verordnung: Verbot von Sozialpunktebewertung und Emotionserkennung am Arbeitsplatz",
                 "Auch das Auslesen von Gesichtsbildern aus dem Internet ist untersagt."),
    ]  # fmt: skip
    not_relevant = [
        Document("Neue KI-Regeln: Social Scoring, KI-Manipulation und Emotionserkennung am Arbeitsplatz sind verboten",
                 "Auch biometrische Kategorisierung."),
        Document("KI-Verordnung verbietet soziale Bewertung, vorhersagende Polizeiarbeit und Emotionserkennung am Arbeitsplatz",
                 "Die Verbote gelten ab Februar 2025."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_parcel_sorters_measured_per_action_and_cleaners_given_work_by_score() -> None:
    """Dutch parcel sorters and Spanish cleaners (plural) are staff; measured per action is
    monitoring in Dutch; work given according to one's score is algorithmic management in
    Spanish (rules 2026.12.758: "Vakbond: pakketsorteerders worden per handeling gemeten" 0.05
    and "Una app decide qué limpiadoras trabajan cada semana según su puntuación" 0.42, a sixth
    fresh batch of session s57). Shipping costs per parcel and steam cleaners are not."""
    relevant = [
        Document("Vakbond: pakketsorteerders worden per handeling gemeten",
                 "PostNL ontkent dat de gegevens individueel worden gebruikt."),
        Document("Una app decide qué limpiadoras trabajan cada semana según su puntuación",
                 "Las trabajadoras desconocen cómo se calcula."),
    ]  # fmt: skip
    not_relevant = [
        Document("Verzendkosten worden per pakket berekend", "Webwinkels rekenen vanaf volgend jaar meer."),
        Document("Las mejores limpiadoras a vapor de 2026", "Comparamos diez modelos para el hogar."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_call_agents_rated_idle_staff_spotted_and_hackers_tracked_by_staff() -> None:
    """French staff rated on the length of their calls or breaks, and idle staff spotted, are
    monitored; Dutch customer advisers and the Spanish worker in the singular are staff (rules
    2026.12.759: "Quand le manager devient un tableau de bord" 0.35 and "La fin de la pause café
    ?" 0.18, a fifth fresh batch of session s57). A hacking group that staff track is a thing
    watched, whoever the staff are ("Microsoft says its cashiers tracked a Russian hacking group
    for months" 0.99 before)."""
    relevant = [
        Document("Quand le manager devient un tableau de bord",
                 "Chez un opérateur télécom, chaque téléconseiller est noté chaque jour sur la "
                 "durée de ses appels et ses pauses."),
        Document("La fin de la pause café ?",
                 "Une start-up vend aux entreprises un outil qui repère les salariés restés "
                 "inactifs plus de dix minutes."),
        Document("Hotel tracks housekeepers' room times with an app", "Managers see who is slowest."),
        Document("El operario, vigilado por una pulsera que mide su ritmo",
                 "La empresa dice que mejora la seguridad."),
    ]  # fmt: skip
    not_relevant = [
        Document("Microsoft says its cashiers tracked a Russian hacking group for months"),
        Document("Microsoft says its housekeepers tracked a Russian hacking group for months"),
        Document("Un outil repère les comptes inactifs depuis un an",
                 "La banque fermera les comptes dormants."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_staff_ranked_best_to_worst_and_waiting_minutes_docked() -> None:
    """The staff ordered from best to worst on a screen (Dutch) and every minute of waiting
    docked (German), beside a worker term, are monitored (rules 2026.12.760: "Het scorebord in
    de kantine" 0.53 and "Sekundengenau bezahlt" 0.39, a fifth fresh batch of session s57).
    House prices from high to low and a railway's delay compensation are not."""
    relevant = [
        Document("Het scorebord in de kantine",
                 "In een distributiecentrum hangt een scherm met de prestaties van alle "
                 "orderpickers, van hoog naar laag."),
        Document("Sekundengenau bezahlt",
                 "Fahrradkuriere berichten, dass die App jede Minute Wartezeit abzieht."),
    ]  # fmt: skip
    not_relevant = [
        Document("Huizenprijzen van hoog naar laag: waar is wonen nog betaalbaar?",
                 "Een overzicht per gemeente."),
        Document("Jede Minute Verspätung wird abgezogen: Bahn ändert Entschädigung für Fahrgäste",
                 "Die neuen Regeln gelten ab Juni."),
    ]  # fmt: skip
    _sorts(relevant, not_relevant, frozenset())


def test_a_breach_that_exposed_the_staffs_data_is_not_their_monitoring() -> None:
    """A breach, leak or attack that exposed the staff's data, named in a title that names the
    staff, is the labelling rules' hard negative "data breaches, including breaches of employee
    data", even where what leaked is what a monitoring word names (rules 2026.12.761: "Employees'
    location data exposed in HR software breach" 1.00, "Fuite de données : les empreintes
    digitales de salariés exposées" 1.00, "Datalek bij leverancier van prikklokken" 0.96, probes of
    session s58). A leak that is a report's source, an employer who hacked, and a breach that the
    monitoring is meant to stop keep the item."""
    model = load_model()
    leaked = [
        Document("Employees' location data exposed in HR software breach",
                 "Names and home addresses of 20,000 staff were visible online after a "
                 "misconfiguration."),
        Document("Hackers stole fingerprint templates from staff time clocks, firm admits",
                 "The attackers accessed the server holding the biometric data of 3,000 employees."),
        Document("Fuite de données : les empreintes digitales de salariés exposées",
                 "Un prestataire de pointeuses biométriques a laissé une base de données accessible."),
        Document("Datalek bij leverancier van prikklokken",
                 "Vingerafdrukken van duizenden werknemers waren onbeveiligd online te vinden."),
        Document("Attacco informatico al fornitore dei badge: esposti i dati dei dipendenti",
                 "I dati delle timbrature di 4.000 lavoratori sono finiti online."),
        Document("Brecha de seguridad expone los datos de fichaje de miles de trabajadores",
                 "La empresa proveedora del sistema de control horario admite el incidente."),
        # kept by the worker it names until rules 2026.12.761 (the malware test's)
        Document("Hackers steal employee records from payroll provider"),
    ]  # fmt: skip
    kept = [
        Document("Company tracked staff location after hours, data leak reveals",
                 "Leaked internal files show the firm monitored the GPS position of its drivers in "
                 "the evenings."),
        Document("Employer hacked into employee's Facebook account, tribunal finds",
                 "The manager used the worker's password to read private messages and monitor "
                 "her posts."),
        Document("Werkgever leest mails van werknemers mee om datalekken te voorkomen",
                 "De ondernemingsraad stapt naar de rechter."),
        Document("Arbeitgeber liest Mails der Beschäftigten mit, um Datenlecks zu verhindern",
                 "Der Betriebsrat wurde nicht gefragt."),
        Document("Employer logs every keystroke of staff to stop cybercriminals", ""),
    ]  # fmt: skip
    _ruled_out(model, leaked, MALWARE, kept)
    _relevant(model, kept)


def test_german_location_data_is_staff_tracked_only_beside_a_worker() -> None:
    """The German "Standortdaten", "Standortverfolgung" and "Standorterfassung" are people's
    phones and apps as often as staff tracked: alone they no longer count as monitoring (rules
    2026.12.762: "Standortdaten von Handynutzern an Werbefirmen verkauft" 0.64, "Standorterfassung
    in der Corona-Warn-App bleibt ausgeschlossen" 0.82, probes of session s58), beside a worker term
    they do, and location data evaluated counts alone ("Die Klinik hatte Standortdaten
    ausgewertet" under a title naming nurses' work phones, a probe of session s55)."""
    _sorts(
        [
            Document(
                "Standortverfolgung der Fahrer: Datenschutzbehörde rügt Spedition",
                "Die Lkw wurden auch in den Pausen der Fahrer geortet.",
            ),
            Document(
                "Standorterfassung per App: Pflegedienst überwacht Mitarbeitende",
                "Die Pflegekräfte müssen bei jedem Hausbesuch ihren Standort übermitteln.",
            ),
            Document(
                "Datenschutzbehörde rügt Klinik wegen Zugriff auf Diensthandys der Pflegekräfte",
                "Die Klinik hatte Standortdaten ausgewertet.",
            ),
        ],
        [
            Document(
                "Standortdaten von Handynutzern an Werbefirmen verkauft",
                "Die Datenschutzbehörde ermittelt gegen einen Datenhändler.",
            ),
            Document(
                "Standortverfolgung: So schalten Sie sie auf dem iPhone ab",
                "Viele Apps greifen auf den Standort zu, auch wenn sie nicht genutzt werden.",
            ),
            Document(
                "Standorterfassung in der Corona-Warn-App bleibt ausgeschlossen",
                "Das Gesundheitsministerium setzt weiter auf Bluetooth statt GPS.",
            ),
            Document(
                "Standortdaten: Wie Apps uns verfolgen",
                "Eine Recherche zeigt, wie Werbenetzwerke Bewegungsprofile erstellen.",
            ),
        ],
        frozenset(),
    )


def test_dutch_location_data_and_clocking_in_where_beside_the_staff() -> None:
    """The Dutch location data ("locatiegegevens") beside a worker term, and clocking in or out in
    all its forms ("in- en uitklok", "de inklok-app"), are staff tracked (rules 2026.12.763: "Mag
    een werkgever locatiegegevens en urenstaten van een werknemer controleren?" 0.41, "Mag mijn
    werkgever bijhouden vanaf waar ik in- en uitklok?" 0.42, real pages of session s58); the
    location data of phones or suspects is not."""
    _sorts(
        [
            Document(
                "Mag een werkgever locatiegegevens en urenstaten van een werknemer controleren?",
                "Aan het werk op de woonboulevard? De werknemer werkte als servicetechnicus.",
            ),
            Document(
                "Mag mijn werkgever bijhouden vanaf waar ik in- en uitklok?",
                "Een lezer vroeg me: ik moet sinds deze week een nieuwe app gebruiken om in- "
                "en uit te klokken.",
            ),
            Document(
                "Werkgever bewaarde locatiegegevens van monteurs maandenlang",
                "De ondernemingsraad wist niet dat de gegevens werden bewaard.",
            ),
        ],
        [
            Document(
                "Locatiegegevens van telefoons verkocht aan adverteerders",
                "Een databroker verkocht de locaties van miljoenen Nederlanders.",
            ),
            Document(
                "Locatiegegevens: zo zet je ze uit op je telefoon",
                "Veel apps vragen om je locatie, ook als dat niet nodig is.",
            ),
            Document(
                "Politie mag locatiegegevens van verdachten opvragen",
                "De rechter stond het opvragen van telefoongegevens toe.",
            ),
        ],
        frozenset(),
    )


def test_a_picker_and_a_claims_handler_named_and_their_metrics() -> None:
    """A warehouse or order picker in the singular and insurers' claims handlers are workers, and
    a call's handling time, staff timed on every call and the rate on a scanner's screen are their
    metrics, beside a worker term (rules 2026.12.764: "Nine minutes in the bathroom, and the system
    noticed | A warehouse picker says her scanner logged every break" 0.46, "Counting the clicks of
    a claims handler" 0.41, a fresh batch of session s58 written around the obvious words). A
    cherry or stock picker, a claims handler hired, baggage and mortgages handled are not."""
    _sorts(
        [
            Document(
                "Nine minutes in the bathroom, and the system noticed",
                "A warehouse picker says her scanner logged every break and a supervisor asked "
                "her to explain the gaps.",
            ),
            Document(
                "Counting the clicks of a claims handler",
                "An insurer's new dashboard shows managers the number of keystrokes each "
                "handler makes per hour.",
            ),
            Document(
                "Claims handlers timed on every call",
                "The insurer's software ranks its claims handlers by average handling time.",
            ),
            Document(
                "Diary of a night shift",
                "A warehouse picker explains how the rate on her scanner screen turns red when "
                "she slows down.",
            ),
        ],
        [
            Document(
                "Cherry picker collapses at building site",
                "The operator was taken to hospital with minor injuries.",
            ),
            Document(
                "The best stock picker of the decade",
                "A fund manager explains how she chose shares that beat the market.",
            ),
            Document(
                "Claims handlers needed as storm damage soars",
                "Insurers are hiring temporary staff to process a record number of claims.",
            ),
            Document(
                "Average handling time of mortgage applications falls",
                "Banks are approving loans faster than last year.",
            ),
        ],
        frozenset(),
    )


def test_ratings_sort_couriers_an_algorithm_decides_and_time_away_from_the_post() -> None:
    """Three kinds a fresh batch of session s58 written around the obvious words missed, each with
    look-alikes (rules 2026.12.765): couriers sorted by their ratings and the badly rated among
    them, in German ("Ein Punkt zu wenig" 0.34); shifts, scores or suspensions decided by an
    algorithm, in Italian ("Il capo è un'app" 0.50); and time away from the workstation measured,
    in Italian, French and English, the one away from it named as staff ("Quanto dura una pausa
    caffè" 0.18, "Chaque minute loin de son poste est comptée" 0.09). Hotels sorted by ratings,
    prices decided by an algorithm, a charging station and lunch away from one's desk are not."""
    _sorts(
        [
            Document(
                "Ein Punkt zu wenig",
                "Fahrradkuriere berichten, dass die App sie nach Bewertungen sortiert und "
                "schlecht bewertete Fahrer weniger Schichten bekommen.",
            ),
            Document(
                "Sterne entscheiden über Schichten",
                "Bei dem Lieferdienst bekommen schlecht bewertete Kuriere die unattraktiven "
                "Zeiten.",
            ),
            Document(
                "Il capo è un'app",
                "I rider raccontano turni assegnati, punteggi e sospensioni decisi da un "
                "algoritmo che nessuno ha mai visto.",
            ),
            Document(
                "Quanto dura una pausa caffè",
                "In un call center di Napoli il software misura ogni secondo lontano dalla "
                "postazione e lo comunica ai responsabili.",
            ),
            Document(
                "Chaque minute loin de son poste est comptée",
                "Dans ce centre d'appels, le logiciel signale toute absence de plus de deux "
                "minutes.",
            ),
            Document(
                "Every minute away from the desk is logged",
                "At the insurer, software flags staff who leave their workstation for more "
                "than five minutes.",
            ),
        ],
        [
            Document(
                "Hotels nach Bewertungen sortiert: Neue Funktion bei Buchungsportal",
                "Nutzer können Unterkünfte jetzt nach Gästebewertungen ordnen.",
            ),
            Document(
                "Prezzi decisi da un algoritmo: cosa cambia per i voli",
                "Le compagnie aeree usano software per fissare le tariffe in tempo reale.",
            ),
            Document(
                "Lontano dalla postazione di ricarica, l'auto elettrica si ferma",
                "Un test di autonomia mostra i limiti delle batterie in inverno.",
            ),
            Document(
                "Staff who eat lunch away from their desks are happier, survey finds",
                "Taking a real break improves afternoon productivity, researchers say.",
            ),
        ],
        frozenset(),
    )


def test_a_job_lost_after_an_app_recorded_and_amazons_quotas() -> None:
    """Someone who lost their job, or was fired or suspended, after an app, a system or a camera
    recorded, logged or rated something is staff managed by it (rules 2026.12.766: "The algorithm
    said she was late" 0.49, a fresh batch of session s58 written around the obvious words), and
    Amazon's quotas are its warehouse's ("Amazon's Quotas and Injuries: A Senate Report's Findings"
    0.38, a real page of session s58). A job lost when a factory closed, an officer cleared by his
    bodycam and quotas on Amazon's sellers are not."""
    _sorts(
        [
            Document(
                "The algorithm said she was late",
                "A delivery driver lost her job after the app recorded her route as "
                "inefficient, a tribunal heard.",
            ),
            Document(
                "Nurse suspended after the badge system logged her late arrivals",
                "The union says the hospital never told staff the data would be used for "
                "discipline.",
            ),
            Document(
                "Amazon's Quotas and Injuries: A Senate Report's Findings",
                "For a long time, people who support workers and some government officials "
                "have said that Amazon's tough production goals cause high injury rates among "
                "its warehouse employees.",
            ),
        ],
        [
            Document(
                "He lost his job after the factory closed",
                "A former steelworker describes a year of looking for work.",
            ),
            Document(
                "Officer cleared after the camera showed he acted in self-defence",
                "The bodycam footage was reviewed by the complaints commission.",
            ),
            Document(
                "Amazon quotas on Chinese sellers tighten",
                "The marketplace limits how many listings new merchants may publish.",
            ),
        ],
        frozenset(),
    )


def test_bodycams_against_the_publics_abuse_named_in_the_summary_too() -> None:
    """Bodycams staff wear against the public's violence or abuse are ruled out when the cameras
    and that purpose are named in the title or the summary (rules 2026.12.767: eight real pages
    of session s58 on bodycams in retail, 0.91-1.00, most naming the purpose in their summary only
    or in words the title veto did not read). The staff's monitoring by them named, the staff
    forced to wear them, or a regulator named keeps the item."""
    model = load_model()
    protection = [
        Document("6 Benefits of Body Worn Cameras in Retail",
                 "Research reveals 75% of retail staff have encountered a scenario at work that "
                 "made them feel at risk of physical abuse."),
        Document("Protecting Shop Workers from Violence & Abuse with Body Cameras",
                 "Shop workers bear the brunt of abuse by angry customers and shoplifters."),
        Document("Captured on camera",
                 "The use of body cameras to protect retail staff, properties and the general "
                 "public"),
        Document("Body cameras deter anti-social behavior",
                 "Physical abuse, verbal aggression, destruction and theft."),
        Document("Bodycams für Zugbegleiter",
                 "Die Bahn reagiert auf zunehmende Gewalt gegen Beschäftigte."),
        Document("Cámaras corporales para los vigilantes de seguridad",
                 "Las agresiones contra el personal se han duplicado."),
    ]  # fmt: skip
    kept = [
        Document("Bodycams for delivery drivers: union fears they will be used to monitor workers",
                 "The company says the cameras protect staff from abuse, but drivers say every "
                 "stop is now recorded."),
        Document("Nursing staff forced to wear body cameras on night shifts",
                 "The trust says it is to protect staff from abuse."),
        Document("Polish regulator questions retailer's use of body cameras on shop staff",
                 "The company says the cameras protect workers from abuse."),
    ]  # fmt: skip
    _ruled_out(model, protection, STAFF_PROTECTION, kept)
    _relevant(model, kept)


def test_photo_time_clocks_and_the_occupational_doctors_follow_up() -> None:
    """Time clocks that photograph the staff at each clocking name the subject (rules
    2026.12.768: "La non-conformité des badgeuses photo de plusieurs organismes avec le RGPD"
    0.53, a real page of session s58); the occupational doctor's individual follow-up of the
    staff is occupational health, no longer the continuous following of staff ("Suivi individuel
    de l'état de santé | Le suivi individuel des salariés est assuré par ... le Médecin du
    Travail" 0.98, a real page of session s58)."""
    _sorts(
        [
            Document(
                "La non-conformité des badgeuses photo de plusieurs organismes avec le RGPD",
                "La présidente de la Commission nationale de l'informatique et des libertés "
                "(Cnil) a mis en demeure plusieurs organismes ayant recours à un dispositif de "
                "contrôle d'accès par badge.",
            ),
            Document(
                "Council drops photo time clocks after union complaint",
                "Staff had to be photographed every time they clocked in.",
            ),
            Document(
                "Suivi permanent des salariés par GPS : sanction de la CNIL",
                "L'entreprise ne permettait pas aux salariés de désactiver le dispositif.",
            ),
        ],
        [
            Document(
                "Suivi individuel de l'état de santé",
                "Le suivi individuel des salariés est assuré par différents professionnels de "
                "notre Service de Prévention et de Santé au Travail : le Médecin du Travail, le "
                "médecin collaborateur ou l'infirmier en Santé au Travail.",
            ),
            Document(
                "Photo booth clocks in as wedding trend of the year",
                "Couples hire instant-print cameras for their guests.",
            ),
        ],
        frozenset(),
    )


def test_kinds_of_a_fourth_fresh_batch_written_around_the_obvious_words() -> None:
    """Kinds a fresh batch of session s58 (titles naming neither staff nor monitoring) missed, each
    written out in the languages it has, with look-alikes (rules 2026.12.769): how long each of the
    staff is on a call, shown ("hoe lang elke medewerker in gesprek is" 0.22); clocking in with
    one's face ("Pointer avec son visage" 0.57); the location switched on at every visit (0.31);
    the riders' score and the best orders for the best rated (0.34); every pause flagged (0.21);
    the drivers of an app (0.43); a paralegal's keystrokes (0.48). Not how long each episode
    lasts, paying with one's face, a lost phone found, a wine's score, a navigation app's drivers,
    nor the Dutch app that one follows."""
    _sorts(
        [
            Document(
                "Het scherm dat alles ziet",
                "In een callcenter in Utrecht toont een dashboard live hoe lang elke "
                "medewerker in gesprek is.",
            ),
            Document(
                "The screen that sees everything",
                "At a call centre in Leeds, a dashboard shows live how long each agent spends "
                "on calls.",
            ),
            Document(
                "Pointer avec son visage",
                "Dans cette chaîne de restauration rapide, les équipiers doivent présenter leur "
                "visage à une tablette pour commencer leur service.",
            ),
            Document(
                "Une application qui ne dort jamais",
                "Les aides à domicile doivent activer leur localisation à chaque visite chez un "
                "patient.",
            ),
            Document(
                "Il voto dei fattorini decide i turni",
                "La piattaforma assegna gli orari migliori in base al punteggio.",
            ),
            Document(
                "Chi si ferma è perduto",
                "Nel magazzino il palmare segnala ai capi ogni pausa oltre i tre minuti.",
            ),
            Document(
                "El jefe invisible",
                "Los conductores de una app de transporte cuentan cómo el sistema les penaliza "
                "por rechazar viajes.",
            ),
            Document(
                "Counting keystrokes in the legal department",
                "A law firm's new software records how many words each paralegal types per hour.",
            ),
        ],
        [
            Document(
                "How long each episode lasts",
                "The streaming service now shows the running time of every episode.",
            ),
            Document(
                "Payer avec son visage",
                "Un supermarché teste le paiement par reconnaissance faciale.",
            ),
            Document(
                "Activer sa localisation pour retrouver son téléphone",
                "Le guide pour localiser un appareil perdu.",
            ),
            Document(
                "Il punteggio del vino",
                "La guida assegna i tre bicchieri a 400 etichette italiane.",
            ),
            Document(
                "Conductores de una app de navegación, atrapados en un atasco",
                "El sistema los desvió por un camino cerrado.",
            ),
            Document(
                "De app die je volgt",
                "Een nieuwe fietsapp houdt bij hoeveel kilometer je per week rijdt.",
            ),
        ],
        frozenset(),
    )


def test_insider_threat_programmes_watch_the_staff() -> None:
    """Insider-threat programmes, monitoring or software watch the staff and contractors, and
    "your insiders" are them (rules 2026.12.770: "Cybersecurity and insider threats: the
    frenemy dilemma | ... the active monitoring of the activities of your insiders" 0.27,
    "Insider threat detection" 0.21, real pages of session s58). Industry insiders, insider
    trading and pupils as insider threats are not."""
    _sorts(
        [
            Document(
                "Cybersecurity and insider threats: the frenemy dilemma",
                "One approach to addressing this threat vector is the active monitoring of the "
                "activities of your insiders to identify risky or malevolent behavior.",
            ),
            Document(
                "Insider threat programmes worry works councils",
                "Security teams now log file downloads, USB use and e-mail attachments of "
                "every employee.",
            ),
        ],
        [
            Document(
                "Industry insiders expect Amazon to raise prices",
                "Analysts say the retailer's margins are under pressure.",
            ),
            Document(
                "Insider trading: regulator fines banker over tip-off",
                "The trader bought shares a day before the takeover was announced.",
            ),
        ],
        frozenset(),
    )


def test_call_centre_advisers_ranked_by_their_calls_and_idle_keyboards() -> None:
    """The advisers of a French call centre are staff, staff ranked by the length of their calls
    are named by it, and keyboards gone quiet or idle are watched, beside a worker term (rules
    2026.12.771: "Le tableau des scores | Dans ce centre d'appels, les conseillers voient chaque
    jour leur classement selon la durée de leurs appels" 0.12, a fresh batch of session s58).
    Town councillors, networks ranked by dropped calls and voice typing are not."""
    _sorts(
        [
            Document(
                "Le tableau des scores",
                "Dans ce centre d'appels, les conseillers voient chaque jour leur classement "
                "selon la durée de leurs appels.",
            ),
            Document(
                "Classés selon la durée de leurs appels",
                "Les téléconseillers d'une plateforme dénoncent un tableau de bord qui les met "
                "en concurrence.",
            ),
            Document(
                "Staff flagged when their keyboards go idle",
                "The insurer's software alerts managers after ten minutes without typing.",
            ),
        ],
        [
            Document(
                "Les conseillers municipaux votent le budget", "La séance a duré quatre heures."
            ),
            Document(
                "Classement des opérateurs selon la durée des appels perdus",
                "Le comparateur mesure la qualité du réseau mobile.",
            ),
            Document(
                "When keyboards go quiet: the rise of voice typing",
                "Dictation apps are replacing typing for many writers.",
            ),
        ],
        frozenset(),
    )


def test_kinds_of_a_fifth_fresh_batch_written_around_the_obvious_words() -> None:
    """Kinds a fifth fresh batch of session s58 (titles naming neither staff nor monitoring,
    12 of 30 missed) did not read, each with look-alikes (rules 2026.12.772): a heart rate sent to
    the shift manager; a log that managers review; conversations recorded (fr); the badge swiped
    (it); a driving score given to a firm's truckers (fr); bricklayers made to share their location
    (es); the time of each employee shown (es); where the staff are, wanted known (nl); a summary
    per programmer sent to the manager (nl); every sales rep ranked; hours sat at the desk (de).
    Not a smartwatch's heart rate sent to a doctor, truckers on strike, delivery times of apps
    compared, nor a shop's clicks counted."""
    _sorts(
        [
            Document(
                "A heartbeat on the payroll",
                "A logistics firm asks forklift drivers to wear chest straps that send their "
                "heart rate to the shift manager.",
            ),
            Document(
                "The tablet on the till",
                "Shop assistants at a fashion chain must log every customer greeting on a "
                "tablet that managers review.",
            ),
            Document(
                "Un micro sur la caisse",
                "Des caissières découvrent que leurs conversations sont enregistrées par un "
                "appareil installé près des caisses.",
            ),
            Document(
                "Il badge che conta i minuti",
                "In un ospedale gli infermieri devono passare il tesserino a ogni ingresso in "
                "reparto e la direzione riceve un report.",
            ),
            Document(
                "Le chauffeur noté par son camion",
                "Un transporteur attribue chaque mois une note de conduite à ses routiers grâce "
                "à un boîtier embarqué.",
            ),
            Document(
                "El móvil que delata",
                "Una empresa de reformas exige a sus albañiles instalar una app que comparte su "
                "ubicación durante la jornada.",
            ),
            Document(
                "Cuánto tarda cada pedido",
                "En una cocina de comida rápida, una pantalla muestra el tiempo de cada "
                "empleado y lo compara con el objetivo.",
            ),
            Document(
                "Een chip in de werkschoen",
                "Een bouwbedrijf wil weten waar zijn medewerkers op de bouwplaats zijn.",
            ),
            Document(
                "Elke klik naar de baas",
                "Een softwarebedrijf stuurt dagelijks een overzicht van de gebruikte "
                "programma's per programmeur naar de leidinggevende.",
            ),
            Document(
                "The leaderboard nobody asked for",
                "At a sales office, a screen ranks every rep by calls made per hour.",
            ),
            Document(
                "Ein Chip im Dienstausweis",
                "Die Stadtverwaltung will wissen, wie viele Stunden die Beamten an ihrem "
                "Schreibtisch sitzen.",
            ),
        ],
        [
            Document(
                "Smartwatch sends your heart rate to your doctor",
                "The new feature alerts a GP when your pulse is irregular.",
            ),
            Document(
                "Les routiers bloquent l'autoroute",
                "Les transporteurs protestent contre la hausse du gazole.",
            ),
            Document(
                "Cuánto tarda cada pedido en llegar",
                "Comparamos los tiempos de entrega de cinco apps de comida a domicilio.",
            ),
            Document("Elke klik telt", "Een webwinkel meet hoe bezoekers door de site navigeren."),
            Document("Forklift drivers in short supply", "Logistics firms offer signing bonuses."),
        ],
        frozenset(),
    )


def test_kinds_of_a_sixth_fresh_batch_written_around_the_obvious_words() -> None:
    """Kinds a sixth fresh batch of session s58 (titles naming neither staff nor monitoring, 10
    of 25 missed) did not read, each with look-alikes (rules 2026.12.773): a card tapped at every
    door and a report of the staff's movements; every turn scored by a parcel firm's app; a photo
    sent to prove one arrived; every pause recorded for the German delivery staff; the time of
    each cook and the activity of each employee checked (fr); a score by deliveries per hour (it);
    a pace below the average (nl); agents graded on every call. Not a metro's gates, a running
    app, a bank's selfie check, a marathon's rest, a recipe's time, a hotel guide's stars, the
    economy's growth, nor a talent show's judges."""
    _sorts(
        [
            Document(
                "Badge in, badge out, badge again",
                "Office workers at an insurer must tap their card at every door, and HR "
                "receives a weekly report of their movements.",
            ),
            Document(
                "The invisible supervisor",
                "Drivers for a parcel firm say a phone app scores every turn, brake and stop, "
                "and low scores cost them bonuses.",
            ),
            Document(
                "The shift that starts with a selfie",
                "Care workers must send a photo of themselves from each client's home to prove "
                "they arrived.",
            ),
            Document(
                "Die App, die Pausen zählt",
                "Zusteller eines Paketdienstes berichten, dass jede Pause in der App erfasst und "
                "vom Vorgesetzten abgefragt wird.",
            ),
            Document(
                "Des caméras au-dessus des fourneaux",
                "Dans une chaîne de restaurants, des caméras intelligentes vérifient le temps de "
                "préparation de chaque cuisinier.",
            ),
            Document(
                "Le logiciel qui compte les clics",
                "Une agence de communication mesure l'activité de chaque salarié sur son "
                "ordinateur et transmet un rapport au directeur.",
            ),
            Document(
                "L'app che misura la fretta",
                "I corrieri di una società di spedizioni ricevono un punteggio in base al "
                "numero di consegne all'ora.",
            ),
            Document(
                "Wie is er te langzaam?",
                "In een distributiecentrum krijgen orderpickers een melding als ze onder het "
                "gemiddelde tempo zakken.",
            ),
            Document(
                "Keeping score at the call centre",
                "Agents say a dashboard now grades them on every call and posts the results "
                "for the whole floor to see.",
            ),
        ],
        [
            Document(
                "Tap your card at every gate",
                "The metro's new barriers accept contactless payment.",
            ),
            Document(
                "The app scores every turn of your run", "A new running app grades your form."
            ),
            Document(
                "Send a photo of yourself to verify your account",
                "The bank adds a selfie check for new customers.",
            ),
            Document(
                "Jede Pause zählt", "Der Trainer erklärt, warum Erholung beim Marathon wichtig ist."
            ),
            Document(
                "Le temps de préparation de chaque recette",
                "Nos fiches indiquent la durée de chaque plat.",
            ),
            Document(
                "Il punteggio in base al numero di stelle", "La guida valuta gli hotel della costa."
            ),
            Document(
                "Onder het gemiddelde tempo",
                "De economie groeit minder snel dan in de rest van Europa.",
            ),
            Document(
                "Critics grade them on every song",
                "The talent show's judges are tougher this year.",
            ),
        ],
        frozenset(),
    )


def test_cameras_in_taxis_for_the_safety_of_drivers_and_passengers_are_ruled_out() -> None:
    """Cameras in taxis, which a council's licensing may make compulsory for the safety of the
    driver and the passengers, face the passengers as a bodycam faces the public (rules
    2026.12.774: "In Vehicle CCTV in Taxis | ... to help address driver vulnerability and
    safeguarding of passengers" 0.89, "Taxi cameras, why?" 1.00, real pages of session s58). A
    firm's cameras that watch its drivers, or a regulator named, keep the item."""
    model = load_model()
    safety = [
        Document("In Vehicle CCTV in Taxis",
                 "The Service Manager introduced the report on in vehicle CCTV in Taxis, to help "
                 "address driver vulnerability and safeguarding of passengers."),
        Document("Taxi cameras, why?",
                 "The government is making it compulsory for taxi drivers to put cameras in their "
                 "cars. They are doing this because some taxi drivers have been tragically injured."),
        Document("Council makes CCTV in taxis compulsory to protect drivers",
                 "The licensing committee says assaults on drivers have doubled."),
    ]  # fmt: skip
    kept = [
        Document("Taxi firm uses in-cab cameras to monitor drivers' behaviour",
                 "Drivers say the footage is used to discipline them for using their phones."),
        Document("ICO orders council to stop recording conversations in taxis",
                 "The Commissioner said continuous audio recording of drivers and passengers was "
                 "disproportionate."),
    ]  # fmt: skip
    _ruled_out(model, safety, STAFF_PROTECTION, kept)
    _relevant(model, kept)


def test_fixed_cameras_put_up_to_protect_staff_from_the_public_are_ruled_out() -> None:
    """Fixed cameras or facial recognition named in a title with their purpose, protecting the
    staff from the public's violence or abuse, watch the patients or customers who attack them
    (rules 2026.12.775: "NHS trust installs CCTV in A&E to protect staff from violent patients"
    1.00, 7 of 8 such probes of session s58 in six languages relevant). The staff's monitoring by
    them, a fine, the staff's rooms, a regulator, a score or a claim for damages keep the item,
    and so does a title that names no place where the public is, and no public."""
    model = load_model()
    protection = [
        Document("NHS trust installs CCTV in A&E to protect staff from violent patients",
                 "Assaults on nurses have risen by a third in two years."),
        Document("Shop installs facial recognition to protect staff from repeat offenders",
                 "The retailer says abuse of shop workers has doubled."),
        Document("Krankenhaus installiert Kameras in der Notaufnahme zum Schutz der Beschäftigten",
                 "Die Zahl der Übergriffe auf Pflegekräfte steigt."),
        Document("Telecamere al pronto soccorso contro le aggressioni al personale",
                 "La Regione finanzia l'impianto in dieci ospedali."),
        Document("Cámaras en urgencias para frenar las agresiones al personal sanitario",
                 "El hospital instala 40 dispositivos."),
    ]  # fmt: skip
    kept = [
        Document("CCTV installed after assaults now used to monitor staff, union says",
                 "Managers have reviewed footage to check break times."),
        Document("Employer fined for CCTV in staff room installed after assaults",
                 "The regulator said the cameras filmed employees on their breaks."),
        Document("Logistics firm fits forklifts with cameras that score drivers' safety",
                 "Operators with low scores lose overtime shifts."),
        Document("Entschädigungsanspruch des Arbeitnehmers nach Videoüberwachung",
                 "Die Verhältnismäßigkeit ist selbst dann nicht gewahrt, wenn die Kamera nur "
                 "aufgrund von zurückliegender Angriffe auf die Mitarbeiter installiert wurde."),
        # no place where the public is: a warehouse's cameras face the staff (rules 2026.12.142)
        Document("CCTV in the warehouse to prevent violence against staff, says employer"),
    ]  # fmt: skip
    _ruled_out(model, protection, STAFF_PROTECTION, kept)
    _relevant(model, kept)


def test_cockpit_cameras_and_german_teachers_who_watch_with_a_tool() -> None:
    """Cameras in the cockpit film the flight crew, in six languages (rules 2026.12.777:
    "Pilots' union fights cockpit cameras that would film crews during flights" 0.49, a probe of
    session s58); and German teachers who watch their pupils with a tool are the watchers, not
    the watched ("Lehrer überwachen mit KI die Aufmerksamkeit der Schüler" 1.00)."""
    _sorts(
        [
            Document(
                "Pilots' union fights cockpit cameras that would film crews during flights",
                "The airline says the footage would only be used after accidents.",
            ),
            Document(
                "Cockpit-Kameras: Piloten wehren sich gegen Videoaufzeichnung",
                "Die Gewerkschaft Vereinigung Cockpit lehnt die Pläne ab.",
            ),
            Document(
                "Des caméras dans le cockpit ? Les pilotes disent non",
                "Le syndicat craint une surveillance permanente des équipages.",
            ),
        ],
        [
            Document(
                "Lehrer überwachen mit KI die Aufmerksamkeit der Schüler",
                "Eine Schule testet eine Kamera im Klassenzimmer.",
            ),
        ],
        frozenset(),
    )


def test_a_networks_buses_located_and_german_scanner_data_evaluated() -> None:
    """A public transport network's buses or trains located are things watched for the
    passengers (rules 2026.12.778: "Geolocalizzazione dei bus: arriva l'app per i pendolari"
    0.61, a fresh batch of session s58), unless a worker term follows; and the German evaluation
    of scanner data and performance profiles, beside a worker term, are monitoring ("Betriebsrat
    klagt gegen Auswertung von Scannerdaten der Lagerarbeiter" 0.28). A car's performance is not."""
    _sorts(
        [
            Document(
                "Betriebsrat klagt gegen Auswertung von Scannerdaten der Lagerarbeiter",
                "Das Unternehmen erstellt Leistungsprofile für jeden Beschäftigten.",
            ),
            Document(
                "Geolocalizzazione degli autisti dei bus: sanzione all'azienda di trasporto",
                "Il Garante ha rilevato il monitoraggio continuo dei conducenti.",
            ),
        ],
        [
            Document(
                "Geolocalizzazione dei bus: arriva l'app per i pendolari",
                "I passeggeri potranno vedere in tempo reale dove si trova il mezzo.",
            ),
            Document(
                "Suivi GPS des bus : une nouvelle appli pour les usagers",
                "Les voyageurs voient l'arrivée du prochain bus.",
            ),
            Document(
                "Leistungsprofil des neuen Elektroautos überzeugt",
                "Der Test zeigt hohe Reichweite.",
            ),
        ],
        frozenset(),
    )


def test_typing_and_clicking_chats_scored_and_a_voice_read_for_frustration() -> None:
    """Kinds of a fresh batch of session s59 written around the obvious words (rules
    2026.12.779, 7 of its 20 relevant missed): how the staff type and click, learnt from
    ("Meta's internal tool that learns from how engineers type and click" 0.33), traders told
    their chats will be read and every message scored (0.17), frustration listened for in an
    agent's voice (0.16), a law firm's associates' screens logged (0.42), the German breaks and
    pace with the verb at the clause's end (0.10, 0.53), and the software that decides which
    nurses get a shift (0.32). A consumer's app listening to "your voice", a metronome's tempo
    and an algorithm that picks songs are not the staff's."""
    _sorts(
        [
            Document(
                "Meta's internal tool that learns from how engineers type and click",
                "The company says the data will train coding agents; staff were told in a memo.",
            ),
            Document(
                "Bank tells traders their chats will feed a misconduct-spotting model",
                "Every message on internal channels is scored for risk, the memo says.",
            ),
            Document(
                "At this call centre, a machine listens for frustration in the agent's voice",
                "Supervisors get an alert when the tone turns.",
            ),
            Document(
                "Law firm bills clients by the minute — and now logs associates' screens to prove it",
                "A tool captures a screenshot every ten minutes.",
            ),
            Document(
                "Gewerkschaft klagt gegen Software, die Pausen der Lagerarbeiter protokolliert",
                "Der Betriebsrat wurde nicht beteiligt.",
            ),
            Document(
                "Wenn der Algorithmus die Route und das Tempo vorgibt",
                "Paketboten berichten von Druck durch die App ihres Arbeitgebers.",
            ),
            Document(
                "The quiet software that decides which nurses get the next shift",
                "Hospitals are handing rota decisions to a vendor's model that weighs sick days.",
            ),
        ],
        [
            Document(
                "App listens for stress in your voice and suggests a break",
                "A mental health app for consumers.",
            ),
            Document("Metronom-App, die das Tempo vorgibt, für Musiker", "Die besten Apps."),
            Document("How to type and click faster: ten keyboard shortcuts", "Save minutes."),
            Document(
                "The algorithm that decides which songs you hear next", "Streaming explained."
            ),
        ],
        frozenset(),
    )


def test_copilot_put_to_the_works_council_and_performance_control_named() -> None:
    """Microsoft 365's Copilot put to the works council, or the performance and conduct control
    it allows, is the subject the labelled files' items on Microsoft 365 and the works council
    are (all relevant): real pages of session s59 scored 0.16 and 0.17, and "Microsoft Copilot:
    Leistungskontrolle leicht gemacht" 0.77 was ruled out as a consumer's assistant (rules
    2026.12.780). Copilot's new features and a school's class test are not."""
    _sorts(
        [
            Document(
                "Microsoft Copilot: Nicht nur durch ständige Weiterentwicklung ein bleibendes "
                "Thema für den Betriebsrat",
                "Bericht über das Treffen der Gruppe Betriebsrat am 16. Oktober 2025.",
            ),
            Document(
                "KI-Assistenten: Betriebsräte vor Mammutaufgabe",
                "Die flächendeckende Einführung von KI-Tools wie Microsoft 365 Copilot stellt "
                "deutsche Betriebsräte vor eine ihrer größten Herausforderungen.",
            ),
            Document(
                "Microsoft Copilot: Leistungskontrolle leicht gemacht",
                "Der Microsoft Copilot ist ein KI-basiertes Tool zur Unterstützung von "
                "Büroarbeiten und ein neuer Bestandteil von Microsoft 365.",
            ),
            Document("Leistungs- und Verhaltenskontrolle durch KI: Was ist erlaubt?"),
        ],
        [
            Document("Microsoft Copilot bekommt neue Funktionen für Excel", "Das Update kommt."),
            Document("Schule: Leistungskontrolle in Mathematik verschoben", "Nächste Woche."),
            Document("GitHub Copilot hilft Entwicklern beim Programmieren", "Eine Studie."),
        ],
        frozenset({"strong@title", "strong@summary"}),
    )


def test_a_licence_to_drive_or_the_taxi_trade_is_not_how_drivers_are_watched() -> None:
    """A licence to drive or to run a ride or taxi service, or the taxi trade's quarrel with the
    platforms, in a title naming no monitoring, is the market's rules, not relevant at any score
    (rules 2026.12.781: "Uber condamné à payer 1,2 million d'euros aux taxis" 0.78 and "Uber : des
    faux chauffeurs sur Londres" 0.64, real pages of session s59, lifted by the model's words for
    the platform and its drivers); nor is an employer's lockout, a dispute. Kept: a licence lost
    after the app's facial checks (monitoring named), drivers banned by an automated process, in
    French, and couriers locked out by an app."""
    model = load_model()
    licences = [
        Document(
            "Uber condamné à payer 1,2 million d'euros aux taxis",
            "Pour n'avoir pas suffisamment informé ses chauffeurs sur l'obligation de retourner "
            "se garer, Uber devra payer 1,2 million d'euros à l'Union nationale des taxis.",
        ),
        Document(
            "Uber : des faux chauffeurs sur Londres mais aussi en France",
            "L'autorité des transports londonienne a refusé de renouveler la licence d'Uber.",
        ),
        Document(
            "Uber-Fahrer brauchen künftig einen Personenbeförderungsschein",
            "Das Verkehrsministerium verschärft die Regeln.",
        ),
        Document("Uber mag in Brussel weer rijden met nieuwe vergunning", "De chauffeurs ook."),
        Document("Uber ordered to pay taxi drivers compensation in Australia class action"),
    ]
    kept = [
        Document(
            "Uber drivers lose licences after facial recognition checks fail",
            "TfL revoked the licences of drivers flagged by the app.",
        ),
        Document(
            "Pourquoi une plainte visant Uber a été déposée devant la CNIL",
            "La Ligue des droits de l'homme, mandatée par 171 chauffeurs VTC, a déposé une "
            "plainte contre Uber, accusé de bannir des chauffeurs de l'application selon un "
            "processus automatisé.",
        ),
        Document("Gig app locked out couriers who declined too many orders", "Riders lost income."),
    ]
    _ruled_out(model, licences, LICENSING, kept)
    _relevant(model, kept)
    _ruled_out(
        model,
        [Document("Union says employer locked out workers during pay dispute", "Two weeks.")],
        INDUSTRIAL_ACTION,
    )


def test_time_spent_timed_appraisals_drafted_and_the_manager_an_app() -> None:
    """Kinds of a second fresh batch of session s59 written around the obvious words (rules
    2026.12.782, 9 of its 20 relevant missed): how long each housekeeper spends, known (0.10); a
    device that reports when shelf-fillers stop moving (0.10); a tool that flags short days
    (0.18); an appraisal written by a machine (0.09); a code scanned in every toilet and checked
    against the rota (0.07); the German target time a program shows each fitter (0.14); the
    French manager who becomes an app (0.40) and a cashier rated at each checkout (0.16); Slack
    replies that train the chatbot (0.31). A bus's time, a conveyor that stops and a restaurant's
    QR code are not the staff's, nor are shelf stackers who found a bug."""
    _sorts(
        [
            Document(
                "The hotel chain that knows how long each housekeeper spends in every room",
                "A new app starts a timer when the door opens.",
            ),
            Document(
                "Why a supermarket's night crew now wear a badge that beeps",
                "The device reports when shelf-fillers stop moving.",
            ),
            Document(
                'The software sending "nudges" to staff who log off early',
                "An investment bank is testing a tool that flags short days.",
            ),
            Document(
                "When your performance review is written by a machine",
                "A retailer uses software to draft appraisals from sales data and till logs.",
            ),
            Document(
                "Cleaners at the airport must now scan a code in every toilet they clean",
                "The contractor checks the timestamps against the rota.",
            ),
            Document(
                "Der digitale Vorarbeiter: Wie ein Tablet die Arbeit am Band taktet",
                "In einem Werk zeigt die Software jedem Monteur seine Soll-Zeit an.",
            ),
            Document(
                "Quand le manager devient une application",
                "Dans la logistique, des salariés reçoivent leurs consignes et leurs notes par "
                "smartphone.",
            ),
            Document(
                "Les caissières notées à chaque passage en caisse",
                "Une enseigne teste un logiciel qui compte les articles scannés par minute.",
            ),
            Document(
                "Staff told their Slack replies will help train the company chatbot",
                "The firm says messages are anonymised; some employees are not convinced.",
            ),
        ],
        [
            Document("The app that shows how long each bus takes to arrive", "Commuters love it."),
            Document(
                "The sensor reports when the conveyor stops moving", "Maintenance is alerted."
            ),
            Document("Scan a QR code at every table to order", "Restaurants go contactless."),
            Document("Company says its shelf stackers spotted the bug and tracked it down"),
        ],
        frozenset(),
    )


def test_people_analytics_with_its_privacy_named() -> None:
    """People or HR analytics with its privacy, ethics or surveillance named in the same
    sentence is the staff watched (rules 2026.12.783: "HR People Analytics: Measuring People
    Without Crossing Privacy and Ethical Lines" 0.12, "Who owns employee data? The HR analytics
    privacy dilemma" 0.32, real pages of session s59); alone it is read beside a worker term only
    (a look-alike of session s50 on exit interviews), and a blog's privacy-first web analytics is
    no one's staff."""
    _sorts(
        [
            Document(
                "HR People Analytics: Measuring People Without Crossing Privacy and Ethical Lines",
                "People analytics has graduated from HR dashboards into a genuinely consequential "
                "decision-support discipline.",
            ),
            Document(
                "Who owns employee data? The HR analytics privacy dilemma",
                "HR analytics privacy is a war for control.",
            ),
            Document("Data Privacy: A Guide to Ethical People Analytics"),
        ],
        [
            Document("People analytics: what HR can learn from exit interviews", "Five lessons."),
            Document("Privacy-first web analytics for your blog", "A cookie-free alternative."),
        ],
        frozenset({"strong@title"}),
    )


def test_tracking_outside_working_hours_and_regulators_opaque_titles() -> None:
    """Kinds of a third fresh batch of session s59, regulatory items with opaque titles (rules
    2026.12.784, 4 of its 15 relevant missed): a GPS or camera said to go on outside working
    hours, in six languages ("El conductor denunció que el GPS del camión seguía activo fuera de
    su jornada" 0.28); drivers followed continuously, in the Dutch passive (0.53); a dismissal on
    covert camera footage, in Dutch (0.17); doctors' entries recorded by face, in Italian (0.23,
    doctors being no worker term). A museum's hours, share prices followed, a coach's
    dismissal and patients' faces are not."""
    _sorts(
        [
            Document(
                "Procedimiento sancionador contra una empresa de transporte",
                "El conductor denunció que el GPS del camión seguía activo fuera de su jornada.",
            ),
            Document(
                "Boete voor transportbedrijf",
                "De AP legt een boete op van 150.000 euro omdat chauffeurs continu werden "
                "gevolgd, ook in hun vrije tijd.",
            ),
            Document(
                "Uitspraak ECLI:NL:RBAMS:2026:1234",
                "De kantonrechter oordeelt dat het ontslag op basis van heimelijke camerabeelden "
                "niet standhoudt.",
            ),
            Document(
                "Newsletter n. 531: sanzionata una ASL",
                "Registrava gli accessi dei medici con il riconoscimento facciale senza base "
                "giuridica.",
            ),
            Document("Ortung der Dienstwagen auch außerhalb der Arbeitszeit unzulässig"),
        ],
        [
            Document("Museum opens its doors outside working hours for night visits", "Tickets."),
            Document("De koersen worden continu gevolgd door beleggers", "De beurs was volatiel."),
            Document("Ontslag van de trainer na slechte resultaten", "De club zoekt een opvolger."),
            Document(
                "Accessi dei pazienti con il riconoscimento facciale in ospedale", "Un pilota."
            ),
        ],
        frozenset(),
    )


def test_first_person_headlines_and_questions_about_the_boss_watching() -> None:
    """Kinds of a fourth fresh batch of session s59, first person, questions and quotes (rules
    2026.12.785, 10 of its 20 relevant missed): the employer installing an app on one's own
    phone (0.43); a bot that decides who gets the shift (0.34); agents coached by a robot and
    interrupted mid-call (0.45); life inside a fulfilment centre, its leaderboard (0.23); every
    trip of a company car stored and evaluated, in German (0.14); slow advisers shown in red, in
    French (0.28); what each employee did compiled for the manager (0.19); the data the employer
    may collect, in Italian (0.21); how long one sits on the toilet, seen by the boss, in Dutch
    (0.27). A father's app, a consumer's insurer, students' AI tutors and a station's red
    screen are not the staff's."""
    _sorts(
        [
            Document(
                "My employer wants to install an app on my personal phone. Can I refuse?",
                "The app would log where I am during on-call shifts.",
            ),
            Document(
                "Should a bot decide who gets the Saturday shift?",
                "Retail workers say the new scheduling software ignores their childcare.",
            ),
            Document(
                'Why do call centre agents keep getting "coached" by a robot?',
                "The software interrupts them mid-call with prompts about their tone.",
            ),
            Document(
                '"Smile, you\'re on the leaderboard": life inside an AI-run fulfilment centre',
                "Rankings are updated every fifteen minutes on screens above the aisles.",
            ),
            Document(
                "„Ich wusste nicht, dass jede Fahrt gespeichert wird“",
                "Ein Handwerker klagt gegen die Auswertung der Daten seines Firmenwagens.",
            ),
            Document(
                "« On nous demande de justifier chaque minute »",
                "Dans un centre d'appels, un logiciel affiche en rouge les conseillers trop lents.",
            ),
            Document(
                "Faut-il avoir peur du logiciel qui résume vos journées ?",
                "Un outil d'IA compile pour le manager ce que chaque salarié a fait sur son poste.",
            ),
            Document(
                "Che cosa sa davvero l'azienda di te?",
                "Badge, email, cronologia web: i dati che il datore di lavoro può raccogliere.",
            ),
            Document(
                "Mag mijn baas zien hoe lang ik op de wc zit?",
                "Een lezer vraagt naar de nieuwe toegangspoortjes op het werk.",
            ),
        ],
        [
            Document("Dad wants to install an app on my phone to see where I am", "Advice."),
            Document("Insurer's app scores your braking and lowers your premium", "A new offer."),
            Document("Students coached by AI tutors improve their maths", "A school pilot."),
            Document("L'écran affiche en rouge les trains en retard", "La SNCF modernise."),
            Document("A bus driver saved a child from the river", "The passengers applauded."),
        ],
        frozenset(),
    )


def test_dutch_ai_that_judges_the_staff() -> None:
    """AI among the subjects that judge, punish or watch the staff in Dutch (rules 2026.12.786:
    "Vakbond: AI beoordeelt werknemers zonder dat ze het weten" 0.43, a fifth fresh batch of
    session s59, whose 25 hard negatives on AI and work were all decided right). AI judging a
    photo's quality is not."""
    _sorts(
        [
            Document(
                "Vakbond: AI beoordeelt werknemers zonder dat ze het weten",
                "Een verzekeraar gebruikt de scores bij promoties.",
            )
        ],
        [Document("AI beoordeelt de kwaliteit van de foto's", "Een nieuwe app.")],
    )


def test_staffing_levels_tracked_are_a_wards_numbers() -> None:
    """Staffing levels, numbers or ratios tracked are a ward's or a home's numbers, not staff
    watched, and "nurse" before "staffing" no worker term (rules 2026.12.787: "Hospital dashboard
    tracks nurse staffing levels" 0.99, a look-alike of session s57). Nurses tracked with badges
    are watched."""
    _sorts(
        [
            Document(
                "Hospital tracks nurses with badges to cut waiting times",
                "Staff say they feel watched.",
            )
        ],
        [
            Document("Hospital dashboard tracks nurse staffing levels", "The trust publishes it."),
            Document("Regulator monitors staffing levels in care homes", "Inspectors found gaps."),
        ],
    )


def test_location_data_that_apps_evaluate_is_no_staffs() -> None:
    """German location data evaluated is read alone as monitoring, but not where apps are its
    evaluators (rules 2026.12.788: "Wie Apps Standortdaten auswerten" 0.71, a look-alike of
    session s58): the apps' users are its subject."""
    _sorts(
        [
            Document(
                "Klinik hatte Standortdaten der Pflegekräfte ausgewertet",
                "Die Datenschutzbehörde rügt das.",
            )
        ],
        [
            Document("Wie Apps Standortdaten auswerten", "Ein Ratgeber für Smartphone-Nutzer."),
            Document("Diese Apps werten Standortdaten aus", "Verbraucherschützer warnen."),
        ],
        frozenset(),
    )


def test_teachers_scored_by_value_added_models() -> None:
    """Teachers scored by value-added models from their pupils' test scores, the algorithm that
    rates them and may cost them their bonus or job, are scored workers (rules 2026.12.789:
    "John Thompson: Legal Woes Growing for VAM-Based Teacher Evaluations" 0.48, "Tennessee's
    Trout/Taylor Value-Added Lawsuit Dismissed" 0.08, real pages of session s59). The
    value-added tax is not."""
    _sorts(
        [
            Document(
                "John Thompson: Legal Woes Growing for VAM-Based Teacher Evaluations",
                "When the idea of incorporating value-added into teacher evaluations was first "
                "introduced, I checked with lawyers.",
            ),
            Document(
                "Tennessee's Trout/Taylor Value-Added Lawsuit Dismissed",
                "One of 15 important lawsuits pertaining to teacher value-added estimates across "
                "the nation was situated in Knox County, Tennessee.",
            ),
        ],
        [Document("Value-added tax on school uniforms to be scrapped", "Parents welcome it.")],
        frozenset({"strong@title", "strong@summary"}),
    )


def test_admin_dashboards_that_show_bosses_each_employees_activity() -> None:
    """Kinds of a sixth fresh batch of session s59, tech-press headlines on enterprise tools
    (rules 2026.12.790, 9 of its 15 relevant missed): a tool that shows admins or bosses what,
    which or how much each member or employee did (0.18, 0.29), each designer's activity
    (0.13), employees' screen history searched (0.38), performance summaries for each engineer
    (0.33), a support team's chats that train agents (0.06), acceptance rates per developer
    (0.60, ruled out as a consumer's assistant), AI that flags Dashers (0.32). A parent's
    screen-time view, a server dashboard and AI that flags fraud are not the staff's."""
    _sorts(
        [
            Document(
                "Slack's new AI recap feature shows admins what every channel member said this week",
                "Privacy advocates say it turns managers into auditors of their teams.",
            ),
            Document(
                "OpenAI's enterprise dashboard tells bosses which staff use ChatGPT the most",
                "Usage leaderboards are switched on by default.",
            ),
            Document(
                "Figma adds admin analytics showing each designer's activity",
                "Enterprise customers asked for visibility, the company says.",
            ),
            Document(
                "Microsoft's enterprise Recall lets IT teams search employees' screen history",
                "Admins can turn on snapshots for managed devices.",
            ),
            Document(
                "This startup wants to replace your manager with an AI that reads your Jira tickets",
                "It produces weekly performance summaries for each engineer.",
            ),
            Document(
                "Salesforce will use your support team's chats to train its agents",
                "Customers can opt out until March.",
            ),
            Document(
                "GitHub will show managers Copilot acceptance rates per developer",
                "The metric arrives in the enterprise dashboard.",
            ),
            Document(
                'DoorDash tests AI that flags Dashers who take "inefficient" routes',
                "Couriers who are flagged may get fewer orders.",
            ),
        ],
        [
            Document("The app shows parents how long each child spends on games", "Screen time."),
            Document("The dashboard tells admins which servers are down", "An outage tool."),
            Document("AI that flags fraudulent transactions saves banks millions", "A fintech."),
            Document("Revenue per developer rises at software firms", "A sector survey."),
        ],
        frozenset(),
    )


def test_indirect_headlines_in_the_five_smaller_languages() -> None:
    """Kinds of a seventh fresh batch of session s59, written around the obvious words in
    Italian, Spanish, Dutch, German and French (rules 2026.12.791, 10 of its 25 relevant
    missed): a screen that decides who earns the bonus and who scans the most parcels (0.06);
    a call centre as the place of work (0.49); a weekly ranking of cashiers (0.25); an app that
    decides how many rooms each maid cleans (0.10); the tone of the staff analysed (0.33); each
    room ticked off (0.43); the machine that decides who is too slow (0.35); every minute of a
    break noted (0.39); each waiter's service timed (0.06); a beep when one slows down in a
    warehouse (0.40). A jury's prize, a hub's capacity and a traffic light are not the staff's."""
    _sorts(
        [
            Document(
                "Il magazzino dove uno schermo decide chi merita il bonus",
                "I turni migliori vanno a chi scansiona più colli all'ora.",
            ),
            Document(
                "Al call center il tempo tra una chiamata e l'altra è cronometrato",
                "Chi supera la media riceve un richiamo.",
            ),
            Document(
                "Le cassiere e la classifica settimanale",
                "Il supermercato appende i nomi delle più lente in sala pausa.",
            ),
            Document(
                "La aplicación que decide cuántas habitaciones limpia cada camarera",
                "Las kellys denuncian cargas imposibles.",
            ),
            Document(
                "El banco que analiza el tono de sus gestores en las llamadas",
                "Los empleados no sabían que sus voces se evaluaban.",
            ),
            Document(
                "Schoonmakers moeten elke ruimte afvinken op hun telefoon",
                "Het bedrijf controleert de tijdstippen achteraf.",
            ),
            Document(
                "Im Lager entscheidet die Maschine, wer zu langsam ist",
                "Beschäftigte berichten von täglichen Ranglisten.",
            ),
            Document(
                "Kuriere: Die App merkt jede Minute Pause",
                "Wer zu lange steht, bekommt weniger Touren.",
            ),
            Document(
                "Au restaurant, la tablette minute le service de chaque serveur",
                "La direction affiche le classement en cuisine.",
            ),
            Document(
                "Dans cet entrepôt, un bip retentit quand on ralentit",
                "Les préparateurs décrivent une pression constante.",
            ),
        ],
        [
            Document("La giuria decide chi merita il premio", "Il festival si chiude domenica."),
            Document("Il nuovo hub smista 20.000 colli all'ora", "Un investimento da 50 milioni."),
            Document("Die Ampel zeigt, wer zu schnell fährt", "Eine neue Verkehrsanlage."),
            Document("Dans cet entrepôt, 3 000 tonnes de blé stockées", "La récolte a été bonne."),
        ],
        frozenset(),
    )


def test_the_activity_of_staff_logged_in_a_regulators_opinion() -> None:
    """The activity of someone logged, recorded or tracked, beside a worker term (rules
    2026.12.792: "EDPS opinion on the Commission's new staff IT tool | The tool would log the
    activity of Commission staff on their laptops" 0.41, an eighth fresh batch of session s59,
    regulators' items with opaque titles, 1 of its 10 relevant missed and none of its 20 others
    flagged). A volcano's activity is not the staff's."""
    _sorts(
        [
            Document(
                "EDPS opinion on the Commission's new staff IT tool",
                "The tool would log the activity of Commission staff on their laptops.",
            )
        ],
        [Document("Sensors record the activity of volcanoes", "Scientists warn of an eruption.")],
        frozenset(),
    )


def test_metaphors_and_data_first_headlines_in_english() -> None:
    """Kinds of a ninth fresh batch of session s59, English headlines written around the
    obvious words (rules 2026.12.793, 10 of its 15 relevant missed): wellness app data merged
    with appraisal records (0.11, ruled out as sick leave before); parcel sorters as workers
    and their hourly quota (0.11); an app that decides who is reliable (0.52); a traffic-light
    system for nurses' productivity (0.41); a driver-facing lens (0.34); swipe data analysed
    (0.56); a plug-in that watches how engineers code (0.17); drivers suspended automatically
    (0.14); AI that drafts disciplinary notices (0.30). A babysitter's ratings, food labels,
    consumers' accounts and sorting machines are not."""
    _sorts(
        [
            Document(
                "Your sick note, your step count and your performance review are now in one "
                "database",
                "An HR vendor merges wellness app data with appraisal records.",
            ),
            Document(
                "Quota, quota, quota: the metric that runs a parcel hub",
                "Sorters must hit 1,800 items an hour or face a talk with a supervisor.",
            ),
            Document(
                'The algorithm will see you now: how a gig app decides who is "reliable"',
                "Cleaners lose priority jobs after a single late arrival.",
            ),
            Document(
                '"Green, amber, red": the traffic-light system for nurses\' productivity',
                "Ward managers review the colours every morning.",
            ),
            Document(
                "The invisible supervisor riding in every delivery van",
                "A driver-facing lens and a speed sensor feed a weekly safety score.",
            ),
            Document(
                "A badge that knows when you go to lunch",
                'Office workers at an insurer discover their swipe data is analysed for "engagement".',
            ),
            Document(
                "Engineers asked to install a plug-in that watches how they code",
                "The company says it wants to measure AI adoption.",
            ),
            Document(
                "When the customer rating becomes your performance review",
                "Ride-hail drivers below 4.6 stars are suspended automatically.",
            ),
            Document(
                "The chatbot that writes your warning letter",
                "Managers at a retail chain use AI to draft disciplinary notices from till data.",
            ),
        ],
        [
            Document("The app that decides who is a reliable babysitter", "Parents rate sitters."),
            Document("Traffic-light system for food labels expands", "Supermarkets sign up."),
            Document("Accounts suspended automatically after suspicious logins, bank says"),
            Document("New parcel sorters installed at the hub", "The machines double capacity."),
        ],
        frozenset(),
    )


def test_german_staff_shown_as_inactive() -> None:
    """The staff shown or counted as inactive, in German, beside a worker term (rules
    2026.12.794: "Rot heißt: Der Beschäftigte ist inaktiv" 0.33, a real page of session s59 on a
    union's account of a warehouse's scanners). An account or a volcano is inactive too."""
    _sorts(
        [
            Document(
                "Rot heißt: Der Beschäftigte ist inaktiv",
                "Anlässlich der Anhörung im Europäischen Parlament erhebt ver.di schwere "
                "Vorwürfe gegen den Handelsriesen.",
            )
        ],
        [
            Document("Das Konto ist inaktiv: Was Bankkunden tun sollten", "Die Sperrung droht."),
            Document("Der Vulkan ist inaktiv, sagen Forscher", "Keine Gefahr für Anwohner."),
        ],
    )


def test_overtime_handed_out_and_a_banks_analysts() -> None:
    """Overtime among the work an algorithm hands out, and a bank's analysts, traders and
    brokers as its staff (rules 2026.12.795: "Software that determines which workers get
    overtime" 0.54, "Bank's tool counts short days of its analysts" 0.13, probes of session s59).
    Analysts who expect profits are not watched."""
    _sorts(
        [
            Document("Software that determines which workers get overtime", "The union objects."),
            Document(
                "Bank's tool counts short days of its analysts",
                "A memo told staff to stay until six.",
            ),
        ],
        [Document("Its analysts expect profits to rise next year", "The bank upgraded the stock.")],
        frozenset(),
    )


def test_monitoring_said_in_the_summarys_second_sentence() -> None:
    """Kinds of an eleventh fresh batch of session s59, whose summaries name the monitoring only
    in their second sentence (rules 2026.12.796, 5 of its 10 relevant missed, its 10 twins with
    a harmless second sentence all right): logins and the time at each bedside logged (0.32);
    the sellers' movements recorded, in French (0.17); how long each maid takes, in Spanish
    (0.23); the tills' data used to judge each cashier, in Italian (0.17); every stop of the
    courier, in Dutch (0.11). Failed logins, a bus's times and a ride at a theme park are not."""
    _sorts(
        [
            Document(
                "Hospital trust modernises its ward systems",
                "New tablets replace paper charts. Nurses' logins and time at each bedside are "
                "logged and reviewed by managers.",
            ),
            Document(
                "Une enseigne de bricolage équipe ses vendeurs de montres connectées",
                "Les montres affichent les demandes des clients. Elles enregistrent aussi les "
                "déplacements des vendeurs dans le magasin.",
            ),
            Document(
                "La cadena hotelera digitaliza la limpieza",
                "Las camareras reciben las habitaciones en una tableta. El sistema registra "
                "cuánto tarda cada una y avisa a la gobernanta.",
            ),
            Document(
                "Il gruppo della grande distribuzione rinnova i contratti",
                "Previsti aumenti del 5%. L'accordo vieta però di usare i dati delle casse per "
                "valutare le singole cassiere.",
            ),
            Document(
                "Pakketbezorger investeert in nieuwe scanners",
                "De apparaten zijn lichter en sneller. Ze registreren ook elke stop van de "
                "bezorger en sturen de data naar de planning.",
            ),
        ],
        [
            Document("Failed logins are logged to detect attacks", "A security guide."),
            Document(
                "La app registra cuánto tarda cada autobús en llegar", "Los usuarios lo agradecen."
            ),
            Document("Elke rit van de attractie duurt drie minuten", "Het pretpark opent."),
        ],
        frozenset(),
    )


def test_readers_questions_about_location_cameras_calls_and_bonuses() -> None:
    """Kinds of a twelfth fresh batch of session s59, readers' questions and legal Q&A in six
    languages (rules 2026.12.797, 5 of its 15 relevant missed, its 10 other questions right):
    the employer who sees one's location, in German and Spanish (0.33, 0.29); a sanction on the
    depot camera's images, in French (0.14); calls recorded to score the reader, in Spanish
    (0.45); AI used to decide one's bonus (0.28). A football supporter's ban, a phone's own
    location and a game's bonus levels are not the staff's."""
    _sorts(
        [
            Document(
                "Muss ich dulden, dass der Arbeitgeber meinen Standort sieht?",
                "Eine Leserin fragt nach der neuen Dienst-App.",
            ),
            Document(
                "¿Puede mi jefe ver mi ubicación con el móvil de empresa?",
                "Una abogada laboralista responde.",
            ),
            Document(
                "Peut-on me sanctionner à partir des images de la caméra du dépôt ?",
                "Un chauffeur-livreur s'interroge.",
            ),
            Document(
                "¿Es legal que la empresa grabe mis llamadas para puntuarme?",
                "Un teleoperador pregunta por sus derechos.",
            ),
            Document(
                "Can my employer use AI to decide my bonus?",
                "A reader at a logistics firm asks about automated reviews.",
            ),
        ],
        [
            Document(
                "Sanctionné au vu des images de la caméra de surveillance, le supporter est "
                "interdit de stade",
                "Le club a porté plainte.",
            ),
            Document("Google kennt meinen Standort: So schalten Sie es ab", "Eine Anleitung."),
            Document("Gamers use AI to set their bonus levels in new game", "A review."),
        ],
        frozenset(),
    )


def test_licences_in_the_other_languages_and_the_toilet_time_questions() -> None:
    """The licensing veto's words in the other languages (rules 2026.12.798, the session's
    review: no probe had read them) rule out the licence news that names no monitoring, and the
    readers' questions on time spent on the toilet, in five languages, are the staff's."""
    model = load_model()
    _ruled_out(
        model,
        [
            Document("VTC : la carte professionnelle des chauffeurs bientôt dématérialisée"),
            Document("Taxi-Lizenz für Uber-Fahrer: Stadt verschärft Prüfung"),
            Document("Licenze NCC, il governo apre a nuovi permessi per gli autisti"),
            Document("Licencias VTC: el Supremo avala la proporción de una por cada treinta taxis"),
            Document("Chauffeurspas voor taxichauffeurs wordt duurder"),
        ],
        LICENSING,
    )
    _relevant(
        model,
        [
            Document("Darf mein Chef wissen, wie lange ich auf der Toilette bin?", "Eine Leserin."),
            Document("L'employeur peut-il savoir combien de temps je passe aux toilettes ?"),
            Document("Il capo può sapere quanto tempo sto in bagno?", "Un lavoratore chiede."),
            Document(
                "¿Puede mi jefe saber cuánto tiempo paso en el baño?", "Una empleada pregunta."
            ),
        ],
    )


def test_staff_ranked_per_hour_absences_reported_and_every_second_counted() -> None:
    """Kinds of a thirteenth fresh batch of session s59 (rules 2026.12.799, 11 of its 20 relevant
    missed): staff ranked by cases closed per hour (0.10, ruled out for the insurer before);
    who was away from their desk (0.31); tags that log every patient visit (0.53); a stopwatch
    app timing shelf-stackers (0.32); AI that listens to every sales call (0.14); an app that
    tells cleaners when they are behind (0.17); every second counted in a German call centre
    (0.17); checking in per app (0.36); Italian couriers rated by their delivery times (0.22);
    Dutch couriers judged on stops per hour (0.37). A hospital league table, a pupil's
    absences and a playlist are not."""
    _sorts(
        [
            Document(
                '"Every click counts": inside an insurer\'s claims department',
                "Handlers are ranked by cases closed per hour on a screen nobody can switch off.",
            ),
            Document(
                "The new office perk nobody asked for: desk sensors that report your absences",
                "Managers receive a weekly list of who was away from their desk.",
            ),
            Document(
                "Nurses told to wear tags that log every patient visit",
                "The union says the data are used to question their breaks.",
            ),
            Document(
                "The supermarket that times its shelf-stackers with a stopwatch app",
                "Staff who miss targets are moved to night shifts.",
            ),
            Document(
                "An AI now listens to every sales call at this telecoms firm",
                'Reps get a "compliance score" after each conversation.',
            ),
            Document(
                'Hotel chain\'s app tells cleaners when they are "behind"',
                "A red banner appears if a room takes too long.",
            ),
            Document(
                "Im Callcenter zählt die Software jede Sekunde zwischen zwei Anrufen",
                "Wer zu langsam ist, bekommt eine Nachricht vom Teamleiter.",
            ),
            Document(
                "Reinigungskräfte müssen sich per App an jedem Ort einchecken",
                "Die Firma kontrolliert so, ob alle Räume geputzt wurden.",
            ),
            Document(
                "I fattorini valutati in base ai tempi di consegna",
                "Chi è in ritardo perde i turni migliori.",
            ),
            Document(
                "Bezorgers beoordeeld op het aantal stops per uur",
                "Wie achterblijft, krijgt minder diensten.",
            ),
        ],
        [
            Document("Hospitals ranked by patients treated per day", "A league table."),
            Document("App that reports your absences to your school", "Parents receive alerts."),
            Document("AI listens to every song you play and builds a playlist", "A new feature."),
        ],
        frozenset(),
    )


def test_court_headlines_on_ratings_scores_and_scanner_data() -> None:
    """Kinds of a fourteenth fresh batch of session s59, court and lawsuit headlines (rules
    2026.12.800, 5 of its 15 relevant missed, its 15 others on pay, theft and status all right):
    a rider's rating lowered (0.22); the data of a driver's rating obtained, in French (0.44);
    a dismissal for idle times logged, in German (0.50); a sanction based on a courier's score,
    in Spanish (0.34); a dismissal on the scanner's data, in Dutch (0.19). A country's credit
    rating, a pupil's mark and a plane's on-board computer are not."""
    _sorts(
        [
            Document(
                "Judge orders delivery app to explain why it lowered a rider's rating",
                "The court found the process opaque.",
            ),
            Document(
                "Un chauffeur obtient la communication des données de sa note",
                "La cour d'appel donne raison au salarié contre la plateforme.",
            ),
            Document(
                "Arbeitsgericht: Kündigung wegen Leerlaufzeiten im Protokoll unwirksam",
                "Das Unternehmen hatte die Aktivität am Rechner ausgewertet.",
            ),
            Document(
                "El juzgado anula la sanción a un repartidor basada en su puntuación",
                "La empresa no explicó cómo se calculaba.",
            ),
            Document(
                "Rechter: ontslag op basis van data uit de scanner houdt geen stand",
                "De orderpicker krijgt een vergoeding.",
            ),
        ],
        [
            Document("The agency lowered the country's credit rating", "Markets fell."),
            Document("L'élève obtient le détail de sa note au bac", "Un recours gagné."),
            Document("Storing vanwege gegevens uit de boordcomputer", "Het vliegtuig bleef staan."),
        ],
        frozenset(),
    )


def test_the_plain_verbs_of_watching_with_the_staff_as_object() -> None:
    """The plain verbs of watching with the staff right after are monitoring in every language
    (rules 2026.12.291: 53 of 88 such verbs were not read, among them "keeps tabs on",
    "traque", "bespitzelt", "pedina", "grababa", "bewaakt"); filming, recording, observing or
    checking only the employer's own staff: a documentary's, a researcher's or an
    inspectorate's are not an employer watching."""
    _sorts(
        [
            Document("Company kept tabs on employees through their work phones"),
            Document("L'entreprise traque ses salariés grâce à leur badge"),
            Document("Supermarktkette bespitzelt Mitarbeiter mit Detektiven"),
            Document("L'azienda pedinava i dipendenti in malattia con un investigatore"),
            Document("La empresa grababa a sus trabajadores en el vestuario"),
            Document("Bedrijf bewaakt zijn werknemers met camera's op de werkvloer"),
        ],
        [
            Document("Documentary films workers at Tesla's Berlin factory for a year"),
            Document("Researchers observed nurses during night shifts to study fatigue"),
            Document("L'inspection du travail contrôle les salariés détachés sur les chantiers"),
            Document("Il fotografo che filma i lavoratori delle acciaierie di Taranto"),
            Document("Hospital records staff absences in a new HR system"),
        ],
    )


def test_the_nouns_of_watching_with_the_staff_after_them() -> None:
    """The nouns of watching the staff ("profiling of employees", "le fichage des salariés",
    "Kontrolle der Beschäftigten", "la schedatura dei lavoratori", "het controleren van
    werknemers") are monitoring (rules 2026.12.292: five of six such probes missed before, at
    0.18-0.48); not the staff's things ("recording of employees' training sessions") nor a
    compound ("Beschäftigtenzahlen")."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Secret recording of employees in the canteen ruled unlawful"),
            Document("La CNIL sanctionne le fichage des salariés grévistes"),
            Document("Kontrolle der Beschäftigten per Software: Betriebsrat klagt"),
            Document("La schedatura dei lavoratori iscritti al sindacato: condannata l'azienda"),
            Document("Het controleren van werknemers via hun laptop mag niet zomaar"),
        ],
        frozenset({"pair@title"}),
    )
    _unread(
        [
            Document("Recording of employees' training sessions now available on demand"),
            Document("Kontrolle der Beschäftigtenzahlen: Statistikamt korrigiert Daten"),
        ],
        ("monitoring@",),
        model,
    )


def test_occupations_whose_members_are_an_employers_staff() -> None:
    """Baristas, waiters, flight attendants, interns, the Italian "camerieri", the
    German "Kellner", the Dutch "obers" and the like are worker terms (rules 2026.12.293: three
    of seven such probes of session s34 at 0.21-0.41); those who watch something themselves
    ("Dockworkers monitor the arrival of the first container ships") are the watchers; bitcoin
    miners, vacuum cleaners and the French "serveur" (a server) are not staff."""
    _sorts(
        [
            Document("Airline monitors flight attendants' social media posts"),
            Document("Restaurant uses AI cameras to rate waiters' friendliness"),
            Document("Camerieri controllati con le telecamere: multa al ristorante"),
        ],
        [
            Document(
                "Dockworkers monitor the arrival of the first container ships after the strike"
            ),
            Document("Baristas at 100 Starbucks stores vote to unionize"),
        ],
    )
    for text in (
        "Bitcoin miners track hash rates",
        "Robot vacuum cleaners map your home",
        "Serveur mandataire web filtrant : les recommandations de la CNIL",
    ):
        assert "worker@title" not in judge(Document(text)).signals, text


def test_microphones_fingerprint_readers_and_time_tracking_in_every_language() -> None:
    """Hidden microphones ("des micros", "Mikrofone", "microfoni", "micrófonos", "microfoons"),
    fingerprint readers and time-tracking software are monitoring in the other languages too
    (rules 2026.12.294: five of five microphone probes of session s34 at 0.33-0.55); not the
    radio's "au micro de", a "micro-entreprise", nor a buyer's guide to the best microphones."""
    _sorts(
        [
            Document("L'entreprise avait caché des micros dans le bureau des salariés"),
            Document("Versteckte Mikrofone im Pausenraum: Arbeitgeber muss Schadensersatz zahlen"),
            Document("Werkgever verstopte microfoons in de kantine om personeel af te luisteren"),
        ],
        [
            Document("Le PDG de Renault au micro de France Inter : « nos salariés sont inquiets »"),
            Document("Les meilleurs micros pour podcasteurs en 2026"),
        ],
    )


def test_an_app_that_hands_out_the_work_in_every_language() -> None:
    """An app or software that hands out shifts, missions or tasks, and rotas an algorithm made,
    are algorithmic management in the other languages too (rules 2026.12.295: "La app asigna
    los turnos a los trabajadores según su rendimiento" 0.35 and "Roosters gemaakt door een
    algoritme" 0.56, probes of session s34); beside a worker term, as in English."""
    model = load_model()
    _relevant(
        model,
        [
            Document("La app asigna los turnos a los trabajadores según su rendimiento"),
            Document(
                "Roosters gemaakt door een algoritme: werknemers hebben geen grip meer op hun "
                "werktijden"
            ),
            Document("L'application attribue les missions aux chauffeurs selon leur note"),
        ],
        frozenset({"pair@title"}),
    )
    assert (
        "monitoring@title"
        not in judge(Document("Le logiciel attribue les créneaux de livraison aux clients")).signals
    )


def test_capturing_images_in_spanish_and_french() -> None:
    """ "Captación de imágenes" and "captation d'images" are video surveillance, as "captation
    sonore" was (rules 2026.12.296: a real page on a Spanish Constitutional Court ruling at 0.25,
    session s34)."""
    _relevant(
        load_model(),
        [
            Document(
                "El Tribunal Constitucional avala el despido basado en la captación de imágenes "
                "sin previo aviso"
            )
        ],
        frozenset({"pair@title"}),
    )


def test_the_staff_watched_in_the_passive() -> None:
    """The staff watched in the passive ("Employees were secretly photographed", "Die Mitarbeiter
    wurden heimlich kontrolliert", "I dipendenti sono stati schedati") is monitoring in every
    language (rules 2026.12.297: three of seven such probes of session s34 at 0.29-0.47); not
    what followed the staff, a broadcast's audience nor a satisfaction survey's marks."""
    _sorts(
        [
            Document("Employees were secretly photographed at their desks, tribunal hears"),
            Document("Die Mitarbeiter wurden jahrelang heimlich kontrolliert"),
            Document("I dipendenti sono stati schedati in base alle loro opinioni politiche"),
        ],
        [
            Document("Workers were followed by a wave of layoffs at the plant"),
            Document("Staff were watched by millions as the royal wedding aired"),
            Document("Les salariés étaient notés à 8,2 sur 10 pour leur satisfaction au travail"),
        ],
    )


def test_the_staffs_productivity_measured_by_ai_software_or_the_employer() -> None:
    """The staff's productivity measured, scored or analysed by AI, software or the employer is
    monitoring in every language (rules 2026.12.298: "KI berechnet die Produktivität der
    Mitarbeiter im Lager" 0.14, a probe of session s34); a study's or a statistics office's
    figures are not."""
    _sorts(
        [
            Document("KI berechnet die Produktivität der Mitarbeiter im Lager"),
            Document(
                "New AI tool scores employees' productivity from their calendar and email data"
            ),
        ],
        [
            Document("Study measures workers' productivity after four-day week trial"),
            Document("Statistics office measures workers' productivity across the economy"),
        ],
    )


def test_a_statistics_offices_figures_count_workers_never_watch_them() -> None:
    """A statistics office that measures workers' productivity is research, as a study is
    (rules 2026.12.299: "L'Insee mesure la productivité des salariés français" and "Das
    Statistische Bundesamt misst die Produktivität der Beschäftigten" 1.00, probes of session
    s34); an employer that measures it with software is monitoring."""
    _sorts(
        [Document("L'employeur mesure la productivité des salariés avec un logiciel")],
        [
            Document("L'Insee mesure la productivité des salariés français"),
            Document("Das Statistische Bundesamt misst die Produktivität der Beschäftigten"),
        ],
    )


def test_german_and_dutch_compounds_of_staff_monitoring() -> None:
    """The German and Dutch compounds that name staff monitoring name the subject in longer
    words too ("Mitarbeiterüberwachungssoftware", "Medewerkersmonitoringsoftware",
    "Werknemersvolgsoftware": rules 2026.12.300, a check of session s34)."""
    for title in (
        "Mitarbeiterüberwachungssoftware boomt",
        "Medewerkersmonitoringsoftware in opmars",
        "Werknemersvolgsoftware steeds populairder",
    ):
        assert "strong@title" in judge(Document(title)).signals, title


def test_a_dutch_employer_reading_mails_reads_staffs_mail() -> None:
    """ "las mails" is the Dutch employer reading its staff's mail, as "las e-mails" was (rules
    2026.12.271; 0.44 before, the only one of five languages' such titles not read)."""
    verdict = judge(Document("Werkgever las mails van werknemers: boete van de AP"))
    assert "las mails" in {e.phrase for e in verdict.classification.evidence}
    _relevant(load_model(), [Document("Werkgever las mails van werknemers: boete van de AP")])


def test_a_dutch_monitoring_compound_is_a_monitoring_term() -> None:
    """The Dutch (and German) "monitoringsoftware" is one word: the rules read it as a monitoring
    term, not only the model as a word (rules 2026.12.23)."""
    c = judge(Document("Vakbond: monitoringsoftware bij thuiswerkers gaat te ver")).classification
    assert ("monitoringsoftware", "monitoring:activity-tracking") in {
        (e.phrase, e.concept) for e in c.evidence
    }, c.evidence


def test_evidence_says_the_same_words_once() -> None:
    """Two patterns finding "camera's" and the "camera" inside it are one phrase to a reader; so
    are a term naming the subject and the worker and monitoring terms inside it."""
    c = judge(Document("Werkgever hangt camera's op om medewerkers te volgen")).classification
    phrases = [e.phrase for e in c.evidence]
    assert "camera's" in phrases and "camera" not in phrases, phrases
    title, summary = (
        "Surveillance des salariés : une amende",
        "Les salariés étaient sous vidéosurveillance.",
    )
    c = judge(Document(title, summary)).classification
    shown = [(e.field, e.phrase) for e in c.evidence]
    assert ("title", "Surveillance des salariés") in shown and ("title", "salariés") not in shown
    assert ("summary", "salariés") in shown, shown  # another field: said there too


def test_automated_decisions_are_algorithmic_management() -> None:
    """A miss on unseen items the issue names (rules 2026.11.6): no worker term ("drivers" alone
    is not one), so the model decides, from the monitoring term the rules found in the title."""
    c = decide("Court orders Uber to reintegrate five drivers excluded by automated process")
    assert c.relevant and c.topics == ("algorithmic-management",)
    assert "a monitoring term in the title" in {e.phrase for e in c.evidence}


@pytest.mark.parametrize(
    ("title", "topic"),
    [  # the Platform Work Directive by its number and official titles (rules 2026.11.8)
        ("Directive (UE) 2024/2831 du Parlement européen et du Conseil du 23 octobre 2024",
         "algorithmic-management"),
        ("Directive of the European Parliament and of the Council on improving working conditions in platform work",
         "algorithmic-management"),
        ("Richtlinie zur Verbesserung der Arbeitsbedingungen in der Plattformarbeit", "algorithmic-management"),
        ("Direttiva relativa al miglioramento delle condizioni di lavoro nel lavoro mediante piattaforme digitali",
         "algorithmic-management"),
        ("Directiva relativa a la mejora de las condiciones laborales en el trabajo en plataformas digitales",
         "algorithmic-management"),
        ("Richtlijn betreffende de verbetering van de arbeidsvoorwaarden bij platformwerk", "algorithmic-management"),
        ("Directive sur le travail sur plateforme", "algorithmic-management"),
        # the European Court of Human Rights' leading judgments on surveillance at work
        ("CASE OF BĂRBULESCU v. ROMANIA", "communications-monitoring"),
        ("López Ribalda and Others v. Spain", "video-audio-surveillance"),
        ("Antović and Mirković v. Montenegro", "video-audio-surveillance"),
        ("Florindo de Almeida Vasconcelos Gramaxo v. Portugal", "location-tracking"),
    ],
)  # fmt: skip
def test_laws_and_leading_judgments_name_the_subject(title: str, topic: str) -> None:
    """They name the subject outright, with nothing else in the title (rules 2026.11.8)."""
    verdict = judge(Document(title))
    assert verdict.classification.relevant and topic in verdict.classification.topics, verdict
    assert "strong@title" in verdict.signals
    assert decide(title).relevant


def test_employment_status_is_read_and_counts_against() -> None:
    """Whether riders are employees is labour law, not monitoring: a signal of its own in every
    language, which the model learns to hold against an item (rules 2026.11.8)."""
    for title in ("Court rules Uber drivers can remain independent contractors",
                  "Maaltijdbezorgers: werknemers of zzp-ers?",
                  "La Cour de cassation requalifie en contrat de travail la relation avec un chauffeur",
                  "Scheinselbstständigkeit bei Lieferdiensten", "Inspección de Trabajo regulariza falsos autónomos",
                  "Rider e subordinazione: la sentenza", "Gericht: Uber-Fahrer sind Arbeitnehmer",
                  "Supreme Court rules that drivers are workers"):  # fmt: skip
        assert "status@title" in judge(Document(title)).signals, title
    assert "status@title" not in judge(Document("Employer tracks its drivers' routes")).signals
    assert max(toward_relevant("r:status@title")) < 0


def test_a_strike_that_names_no_monitoring_is_not_relevant_at_any_score() -> None:
    """Riders' and drivers' pay strikes read like algorithmic management to the model (its corpus
    holds few of them; real pages are full of them): a strike, walkout or picket in the title or
    summary of an item naming no monitoring, no algorithm and no AI is about the dispute (rules
    2026.12.13). The rules say why; a strike over surveillance or an algorithm stays in."""
    model = load_model()
    strikes = [
        Document("UK Deliveroo riders strike over pay, gig work conditions",
                 "Riders for the app-based meal delivery platform are holding a strike in London over pay."),
        Document("Repartidores de Deliveroo en huelga por su precaria situación"),
        Document("Lieferando-Fahrer streiken für mehr Lohn"),
        Document("Sciopero dei rider di Glovo per la paga minima"),
        Document("Grève des livreurs Uber Eats contre la baisse des tarifs"),
        Document("Bezorgers van Thuisbezorgd leggen werk neer: staking om loon"),
        Document("Chauffeurs van pakketbezorger UPS leggen werk neer voor een nieuwe cao"),
        Document("Lieferando: Fahrer im Warnstreik, Bahnstreik legt Auslieferung lahm"),
        Document("Uber Eats drivers protest over dwindling pay",
                 "Drivers working for the delivery service have staged a protest over what they say are falling fees."),
        # demonstrations in the other languages (rules 2026.12.22)
        Document("Les livreurs à vélo manifestent pour de meilleures rémunérations"),
        Document("Manifestación de repartidores de Glovo por sus salarios"),
        Document("Manifestazione dei rider a Milano per la paga oraria"),
        # the Italian "ai" is "to the", not AI (rules 2026.12.72)
        Document("Sciopero dei rider di Deliveroo", "I sindacati chiedono ai rider di fermarsi e ai clienti di non ordinare."),
    ]  # fmt: skip
    kept = [
        Document("Amazon workers strike over surveillance cameras in warehouses"),
        Document("Glovo riders strike against the algorithm that assigns their orders"),
        Document("Woolworths workers strike over wages and a new productivity plan"),
        Document("Court strikes down the employer's GPS tracking of drivers"),
        Document("Sciopero dei rider contro l'algoritmo che assegna gli ordini"),
        Document("Riders strike as the app's AI cuts their pay"),
    ]
    _ruled_out(model, strikes, INDUSTRIAL_ACTION, kept)
    # the first one scores well over the line: the rules, not the score, decide it
    assert model.decide(strikes[0], judge(strikes[0])).score >= model.threshold
    assert model.classify(kept[0]).relevant and model.classify(kept[1]).relevant
    assert judge(Document("Court strikes down a law on rents")).ruled == ""
    assert judge(Document("Manifestation d'intérêt : des livreurs candidats")).ruled == ""


def test_which_of_worker_and_monitoring_terms_an_item_lacks() -> None:
    """One signal says which of the two an item lacks, so the model can weigh them together
    apart from each alone; an item with both gets none."""
    alone = {"worker-alone", "monitoring-alone", "neither"}
    cases = {
        "Employer tracks the keystrokes of its staff": set(),
        "Bundesregierung plant Recht auf Homeoffice für Beschäftigte": {"worker-alone"},
        "Council installs cameras at fly-tipping hotspots": {"monitoring-alone"},
        "Central bank raises interest rates": {"neither"},
    }
    for title, expected in cases.items():
        assert judge(Document(title)).signals & alone == expected, title
    # a monitoring term in the summary and workers in the title still count as both
    both = judge(Document("Warehouse staff speak out", "Cameras film every aisle."))
    assert not both.signals & alone
    assert max(toward_relevant("r:worker-alone") + toward_relevant("r:neither")) < 0


def test_police_in_every_language_is_another_subject() -> None:
    """Police cameras and face matching watch someone other than workers (rules 2026.12.2: the
    lexicon had the English and French word only)."""
    faces = "Gesichtserkennung: Polizei soll Fotos im Internet abgleichen dürfen"
    for title in (faces, "Telecamere della polizia in stazione", "La policía prueba el reconocimiento facial",
                  "Politie zet bodycams in", "La gendarmerie teste des caméras"):  # fmt: skip
        assert "other@title" in judge(Document(title)).signals, title
    assert not decide(faces).relevant


def test_customers_callers_shoplifters_and_migrants_are_other_subjects() -> None:
    """Words the lexicon lacked in some languages, read off real pages (rules 2026.12.14): the
    singular customer ("klant", "Kunde"), callers whose voice is analysed, shoplifting (the
    cameras watch shoppers) and migrants. A supermarket's face scan "to protect the staff"
    names the staff beside the camera; the customer in its title is what it is about."""
    for title in ("Inbreuk op privacy klant", "Daten der Kundin gelöscht", "Callers' mood read by AI",
                  "Telecamere contro il taccheggio", "Cámaras contra hurtos en supermercados",
                  "Winkeldiefstal met camera's bestrijden", "Kameras gegen Ladendiebstahl",
                  "Caméras contre le vol à l'étalage", "Multa por emplear a inmigrantes sin papeles"):  # fmt: skip
        assert "other@title" in judge(Document(title)).signals, title
    assert not decide(
        "AP: supermarkt maakt met gezichtsherkenning forse inbreuk op privacy klant",
        "Supermarkten die gezichtsherkenning willen inzetten om winkeldiefstal tegen te gaan of "
        "eigendommen en medewerkers te beschermen maken hierbij een forse inbreuk op de privacy "
        "van klanten, waarbij de privacy zwaarder weegt dan de private belangen van de supermarkt.",
    ).relevant  # as published (0.99 before: the staff and the face scan made a pair)


def test_typing_rhythm_as_a_password_is_about_users_not_staff() -> None:
    """Keystroke dynamics as a login check: three real pages on it scored 0.69-0.94 for
    "keystroke" (real-page batch 38); the users logging in are the subject (rules 2026.12.65).
    Keystrokes logged by an employer stay what they were."""
    title = "Banks adopt keystroke dynamics to stop account takeover"
    assert "other@title" in judge(Document(title)).signals
    assert not decide(title).relevant
    assert decide("Keystroke logging of staff: employer fined").relevant


def test_ai_judging_performance_reviews_is_not_a_laptop_review() -> None:
    """AI that writes or scores staff's performance reviews names the subject (five real pages
    missed it, 0.11-0.41, real-page batch 39); a laptop's or a chip's performance reviewed or
    evaluated, with "AI" beside it, does not (rules 2026.12.66)."""
    assert decide("How to use AI in performance reviews").relevant
    for title in (
        "AI PC performance reviews: the best laptops of 2026",
        "Performance evaluation of AI accelerators for large language models",
        "Nvidia's new AI chip: performance evaluation shows big gains",
    ):
        assert not decide(title).relevant, title


def test_public_places_are_read_and_count_against() -> None:
    """Cameras in a town, a street or a neighbour's garden watch passers-by: a signal of its own
    in every language, which the model holds against an item (rules 2026.11.14)."""
    for title in ("Videoüberwachung im Ortsbezirk 1", "Überwachungskameras: was Nachbarn hinnehmen müssen",
                  "Sanzione del Garante al Comune di Trento", "Les dispositifs couplés à la vidéoprotection",
                  "El ayuntamiento instala cámaras en la vía pública", "Gemeente plaatst camera's in de openbare ruimte",
                  "Police cameras read licence plates in public spaces",
                  # residential buildings, stadiums and fans, roads and motorists (rules 2026.12.1)
                  "Videosorveglianza nei condomini: le regole del Garante",
                  "Riconoscimento facciale negli stadi, il Garante frena",
                  "Camera's op snelweg controleren of automobilisten bellen",
                  # a house's own plot (rules 2026.12.60)
                  "Kameraüberwachung des eigenen Grundstücks ist zulässig",
                  # road traffic's cameras in every language (rules 2026.12.67)
                  "La DGT instala cámaras con inteligencia artificial en las carreteras",
                  "Speed cameras with AI catch drivers on their phones",
                  "Autovelox con intelligenza artificiale: multe per chi usa il cellulare",
                  "Flitspalen met AI betrappen bellende bestuurders",
                  # swimming pools and their changing rooms (rules 2026.12.81)
                  "Kameraüberwachung in der Umkleide eines Schwimmbads",
                  "Vidéosurveillance à la piscine : les baigneurs filmés",
                  # a building's co-owners in the other languages (rules 2026.12.214)
                  "La AEPD apercibe a un copropietario por instalación desproporcionada de "
                  "cámaras de videovigilancia"):  # fmt: skip
        assert "public@title" in judge(Document(title)).signals, title
        assert not decide(title).relevant, title
    assert decide("Truck drivers' cabs fitted with AI cameras that watch for phone use").relevant
    warehouse = judge(Document("Cameras in the warehouse watch the pickers"))
    assert "public@title" not in warehouse.signals
    assert max(toward_relevant("r:public@title")) < 0
    assert not decide("City council approves CCTV cameras in the town centre").relevant


def test_data_breaches_are_read_and_count_against() -> None:
    """A breach that exposed employees' data is about what leaked, not about watching them: a
    signal of its own in every language (rules 2026.11.18)."""
    for title in ("Data protection authority fines bank over data breach affecting employees",
                  "Cyberattaque : les données des salariés dérobées", "Datenpanne bei Personalabteilung",
                  "Attacco informatico ai dati dei dipendenti", "Brecha de datos en la plantilla",
                  "Datalek bij werkgever"):  # fmt: skip
        assert "breach@title" in judge(Document(title)).signals, title
    assert max(toward_relevant("r:breach@title", "consumer data")) < 0  # where breaches are
    assert not decide(
        "Data protection authority fines bank over data breach affecting employees"
    ).relevant


def test_passing_mention_is_not_enough() -> None:
    content = "Markets rose. " * 50 + "Some employees said the office cameras were new."
    assert not decide(
        "Quarterly results beat expectations", "Revenue grew 10%.", content=content
    ).relevant


def test_other_subject_counts_against() -> None:
    assert not decide("Retailer uses facial recognition to track shoppers").relevant
    assert not decide(
        "Police cameras scan crowds", "Officers and staff reviewed the footage."
    ).relevant


def test_roundup_is_relevant_only_when_workers_lead() -> None:
    title = "La CNIL prononce douze nouvelles sanctions"
    lead = "Vidéosurveillance des salariés, cookies et prospection : la CNIL a sanctionné douze organismes."
    trail = "Cookies, prospection et vidéosurveillance des salariés : la CNIL a sanctionné douze organismes."
    assert decide(title, lead).relevant
    assert not decide(title, trail).relevant


def test_ai_trained_on_worker_activity() -> None:
    c = decide("Company records employees' mouse clicks to train its AI models")
    assert (
        c.relevant and "ai-trained-on-worker-data" in c.topics and "activity-tracking" in c.topics
    )
    assert not decide("Company trains its AI models on public web pages").relevant
    # the noun with words between: "for AI agent training" (rules 2026.12.68)
    c = decide("Meta tracking employee computer interactions for AI agent training")
    assert c.relevant and "ai-trained-on-worker-data" in c.topics
    # employees' data named as what trains the AI names the subject, in every language, with
    # no activity word (rules 2026.12.82); AI courses for staff do not
    for title in (
        "EDPB adopts guidelines on processing employee data for AI training",
        "Company to train its AI models on the e-mails of its staff",
        "L'entreprise veut entraîner son IA sur les données de ses salariés",
        "Unternehmen will KI mit Mitarbeiterdaten trainieren",
        "Addestrare l'IA con i dati dei dipendenti: cosa dice il Garante",
        "Entrenar la IA con datos de los empleados, ¿es legal?",
        "Mag een werkgever AI trainen met gegevens van werknemers?",
    ):
        c = decide(title)
        assert c.relevant and "ai-trained-on-worker-data" in c.topics, title
    for title in ("Companies offer AI training to employees",
                  "Staff get AI training to use Copilot safely"):  # fmt: skip
        assert not decide(title).relevant, title


def test_regulatory_facts_from_the_text() -> None:
    c = decide(
        "La CNIL sanctionne une entreprise de 150 000 euros pour la géolocalisation de ses salariés"
    )
    assert (c.kind, c.act, c.authority, c.jurisdiction) == ("regulatory", "fine", "CNIL", "FR")
    assert c.fine == Fine(150000.0, "EUR")
    news = decide("Workers say the new tracking app follows them home")
    assert (news.kind, news.act, news.authority) == ("news", None, None)
    # a fine or a court's ruling is an authority's act, named or not (rules' facts, 2026-12-01)
    unnamed = decide("Court orders Uber to reintegrate five drivers excluded by automated process")
    assert (unnamed.kind, unnamed.act, unnamed.authority) == ("regulatory", "court-ruling", None)
    fined = decide("Logistics firm fined €40,000 for tracking its drivers' every stop")
    assert (fined.kind, fined.act, fined.fine) == ("regulatory", "fine", Fine(40000.0, "EUR"))
    sued = decide("Drivers sue logistics firm over tracking of their every stop")
    assert (sued.kind, sued.act) == ("news", None)  # a lawsuit filed is not yet a court's act


@pytest.mark.parametrize(
    "text",
    [
        "Uber-chauffeurs stappen naar rechter wegens algoritmeontslag",
        "Vier chauffeurs zijn naar de rechtbank in Amsterdam gestapt om het algoritme van Uber",
        "Lieferando-Fahrer reichen Klage beim Arbeitsgericht ein gegen die Überwachung durch die App",
        "Des livreurs assignent Deliveroo en justice aux prud'hommes pour la surveillance",
        "I rider fanno causa a Glovo in tribunale per il controllo tramite algoritmo",
        "Los repartidores demandan a Glovo ante el juzgado por el control algorítmico",
    ],
)
def test_going_to_court_in_every_language_is_not_yet_a_ruling(text: str) -> None:
    """A lawsuit filed by drivers or riders is news in the other languages too (rules' facts of
    session s37: "Uber-chauffeurs stappen naar rechter" was a Dutch court's ruling); a ruling
    named beside it keeps the court's act."""
    c = decide(text)
    assert (c.kind, c.act) == ("news", None), text
    ruled = decide(text + ": la sentencia da la razón a los trabajadores")
    assert ruled.act == "court-ruling", text


def test_demand_is_no_lawsuit() -> None:
    """ "Demanda" is also demand, and "demandan" asking for something (the review of session
    s37): an authority leading the title stays a regulatory development beside them."""
    for text in (
        "La AEPD alerta de la creciente demanda de sistemas de control biométrico de los "
        "trabajadores",
        "AEPD: los trabajadores demandan más transparencia sobre la geolocalización",
    ):
        c = decide(text)
        assert (c.kind, c.authority) == ("regulatory", "AEPD"), text


def test_a_spanish_court_upholding_a_claim_is_a_ruling() -> None:
    """ "Demanda" is a claim filed, and the court that upholds or rejects it has ruled ("estima",
    "desestima", "condena": the review of session s37)."""
    for text in (
        "El juzgado estima la demanda del repartidor despedido por el algoritmo",
        "El juzgado de lo social desestima la demanda contra la geolocalización de la plantilla",
    ):
        assert decide(text).act == "court-ruling", text


@pytest.mark.parametrize(
    ("text", "act", "authority", "jurisdiction"),
    [
        # a legislator's act: a law signed, enacted or in force is a regulatory development
        ("Governor signs bill requiring employers to disclose workplace surveillance tools",
         "legislation", "US state legislature", "US"),
        ("Connecticut has enacted legislation on electronic monitoring of employees",
         "legislation", None, None),
        ("La nueva ley, publicada en el BOE, obliga a informar a los trabajadores de los algoritmos",
         "legislation", None, None),
        # courts beyond the highest ones, in their own words
        ("Camerabeelden op de werkvloer: kantonrechter staat ontslag werknemer toe",
         "court-ruling", "Dutch court", "NL"),
        ("Il Tribunale di Bologna condanna l'algoritmo che classifica i rider",
         "court-ruling", "Italian court", "IT"),
        ("Landesarbeitsgericht: Videoüberwachung am Arbeitsplatz nur bei konkretem Verdacht",
         "court-ruling", "German labour court", "DE"),
        # the administrative courts that hear appeals against the DPAs' orders (rules 2026.12.36)
        ("Verwaltungsgericht Hannover: Amazon darf die Leistung seiner Beschäftigten überwachen",
         "court-ruling", "German administrative court", "DE"),
        # regulators named the way the press names them
        ("Hungary's data protection authority fines bank over AI analysis of staff calls",
         "fine", "NAIH", "HU"),
        ("Greek supervisory authority fines school for monitoring a teacher's online classes",
         "fine", "HDPA", "GR"),
        ("Italy's privacy watchdog fines food delivery firm over its riders' algorithm",
         "fine", "Garante", "IT"),
        # a DPA by its country's adjective in German and Dutch; a fine "inflicted" (2026.12.41)
        ("Niederländische Datenschutzbehörde verhängt Bußgeld wegen Fingerabdrücken der Beschäftigten",
         "fine", "Autoriteit Persoonsgegevens", "NL"),
        ("Italiaanse privacywaakhond beboet bezorgdienst om algoritme voor bezorgers",
         "fine", "Garante", "IT"),
        ("La CNIL inflige 32 millions d'euros à Amazon pour la surveillance des salariés",
         "fine", "CNIL", "FR"),
        ("Berliner Datenschutzbehörde bestraft Arbeitgeber wegen Videoüberwachung der Beschäftigten",
         "fine", "German state DPA", "DE"),
        # a court leading the title with no act named: its ruling, not a statement
        ("BAG: Überwachung von Mitarbeitern per Keylogger unzulässig",
         "court-ruling", "Bundesarbeitsgericht", "DE"),
        # real pages of session s37 (rules 2026.12.342): an administrative court by its
        # abbreviation and a partial judgment, a state DPA in the genitive, a "supervisory body"
        ("VG Lüneburg Teilurteil: GPS-Ortung von Firmenfahrzeugen unzulässig",
         "court-ruling", "German administrative court", "DE"),
        ("Niedersachsens Datenschutzbeauftragte verhängt Bußgeld wegen Videoüberwachung der Beschäftigten",
         "fine", "German state DPA", "DE"),
        ("French Supervisory Body Fines Real Estate Company for Excessive Employee Monitoring",
         "fine", "CNIL", "FR"),
        # probes of session s39 (rules 2026.12.375): a Dutch court of appeal by its city, the
        # Dutch DPA by its initials before a verb, a German state's DPA in English
        ("Hof Amsterdam: Uber moet chauffeurs inzage geven in algoritmische beslissingen",
         "court-ruling", "Dutch court", "NL"),
        ("AP legt werkgever boete op voor gebruik vingerafdrukken bij prikklok",
         "fine", "Autoriteit Persoonsgegevens", "NL"),
        ("H&M fined €35 million by Hamburg data protection authority",
         "fine", "German state DPA", "DE"),
    ],
)  # fmt: skip
def test_regulatory_developments_beyond_the_lists(
    text: str, act: str, authority: str | None, jurisdiction: str | None
) -> None:
    """Read off the corpus's relevant items its labels call regulatory and the rules called news
    (docs/classification-history.md, "Regulatory developments"): each now a regulatory development."""
    c = decide(text)
    assert (c.kind, c.act, c.authority, c.jurisdiction) == (
        "regulatory",
        act,
        authority,
        jurisdiction,
    )


def test_ap_alone_is_no_authority() -> None:
    """ "AP" names the Dutch DPA only before a Dutch verb (rules 2026.12.375): the news agency
    is not it."""
    assert decide("AP is the top news agency in the US").authority is None


def test_vg_wort_is_no_court() -> None:
    """ "VG" and a city name the administrative court (rules 2026.12.342); the collecting
    society VG Wort is not one."""
    assert decide("VG Wort zahlt Autoren die Ausschüttung für 2025 aus").authority is None


def test_a_german_text_s_data_protection_authority_is_not_austria_s() -> None:
    """ "Datenschutzbehörde" is any German text's word for the DPA, and the Austrian one's name:
    "die Berliner Datenschutzbehörde" and a German court ruling against "die Datenschutzbehörde"
    were the Austrian DSB (rules 2026.12.41). Austria's is named as such, or by its decisions."""
    german = decide(
        "Gericht: Amazon darf Mitarbeiter weiter überwachen, die Datenschutzbehörde verliert"
    )
    assert german.authority != "DSB" and german.jurisdiction != "AT", german
    austrian = decide(
        "BVwG bestätigt Bescheid der Datenschutzbehörde zur Videoüberwachung von Mitarbeitern"
    )
    assert (austrian.authority, austrian.jurisdiction) in {("DSB", "AT"), ("Austrian court", "AT")}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gli impatti in materia di privacy su controlli a distanza e sistemi di IA",
         "Le organizzazioni usano l'IA al fine di aumentare la sicurezza dei sistemi informativi."),
        ("Alla fine il datore di lavoro ha rinunciato alle telecamere", ""),
        ("AI lab opens fine-tuning of its model to developers", "Read the fine print first."),
        ("Un logiciel enregistre chaque frappe au clavier des salariés", ""),
        # a judge, not software that judges workers (rules 2026.12.20)
        ("AI that judges call centre workers on their empathy spreads", ""),
        ("How algorithms judge gig workers", "Couriers say the app judges them unfairly."),
        # sick leave and "aimed at" (rules 2026.12.21)
        ("Un salarié en arrêt maladie surveillé par un détective privé", ""),
        ("Überwachungssoftware: Kritik ist an Arbeitgeber gerichtet", ""),
    ],
)  # fmt: skip
def test_fines_and_judges_in_other_senses_are_no_authority_acts(title: str, summary: str) -> None:
    """A fine or a court's ruling is an authority's act, so an item naming one is a regulatory
    development: "al fine di" (in order to) made an Italian guide one (rules 2026.12.19), "chaque
    frappe au clavier" (each keystroke) a French article on keyloggers, "AI that judges workers"
    a court's ruling (2026.12.20)."""
    c = decide(title, summary)
    assert c.act not in ("fine", "court-ruling") and c.kind == "news", (title, c.kind, c.act)


@pytest.mark.parametrize(
    ("title", "summary", "act"),
    [
        # guidance, an opinion or a statement about a law reports the guidance, not the law
        ("ICO publishes guidance on monitoring workers",
         "Employers must comply with data protection law when they monitor their staff.", "guidance"),
        ("Le CEPD adopte des lignes directrices sur la notion de « traçage » de la directive ePrivacy",
         "", "guidance"),
        ("La CNIL rend son avis sur le projet de décret relatif au contrôle des salariés", "", "opinion"),
        ("EDPB adopts statement on the role of data protection authorities in the AI Act framework",
         "", "statement"),
        # the title's act before the summary's: guidance published after a consultation ...
        ("Télétravail : la CNIL publie sa recommandation sur la surveillance des salariés",
         "À l'issue d'une consultation publique, la CNIL publie la version finale.", "guidance"),
        # ... and a consultation on draft guidance
        ("ICO consults on its monitoring at work draft guidance",
         "The ICO is producing guidance for employers.", "consultation"),
        # a fine, a court's ruling or an order wherever it is named, before a decision or a law
        ("Vietata la geolocalizzazione dei dipendenti in smart working",
         "Il Garante con provvedimento n. 135/2025 ha sanzionato con 50.000 euro una società.", "fine"),
        ("Judge orders Uber to reinstate drivers fired by its algorithm", "", "court-ruling"),
        ("Arrêt de la Cour de cassation sur la géolocalisation des salariés", "", "court-ruling"),
        ("Gerichtliche Entscheidung zur Videoüberwachung von Mitarbeitern", "", "court-ruling"),
        ("La CNIL frappe fort : une amende pour la vidéosurveillance des salariés", "", "fine"),
        ("Florida company ordered to pay $73,000 after firing a remote employee",
         "A court ruled that the company owes the employee damages.", "court-ruling"),
        # a law passed in the title is the act, whoever urges what in the summary
        ("New York passes law requiring notice of employee monitoring",
         "Advocates urge lawmakers to go further.", "legislation"),
        # Italian "al fine di" (in order to) is no fine; a fine at the year's end ("a fine anno") is
        ("Garante: multa a fine anno per il datore di lavoro che geolocalizzava i dipendenti",
         "Le aziende usano l'IA al fine di aumentare la sicurezza.", "fine"),
        # a legislator's ban is a law; a regulator's, an order (rules 2026.12.24)
        ("EU's AI Act bans emotion recognition in workplaces", "", "legislation"),
        ("ICO bans leisure centres from using facial recognition on staff", "", "order"),
        # automated decision-making is a subject, not a decision taken
        ("Governor signs bill on automated decision systems used on employees",
         "The law regulates automated decision-making about workers.", "legislation"),
        # a law's ban, signed by its number, is the law (rules 2026.12.27)
        ("California sets quota limits for warehouse workers",
         "Governor Newsom today signed AB 701, which prohibits the use of algorithms that "
         "keep workers from breaks.", "legislation"),
        # a German law by its compound name, in a formal draft
        ("Referentenentwurf für ein Beschäftigtendatengesetz",
         "Die Regeln zur Überwachung von Beschäftigten werden neu gefasst.", "legislation"),
        # Spanish "la justicia" (the courts) deciding
        ("Una empresa espía a una empleada con un detective",
         "Deberá readmitirla después de que la justicia concluyera que las pruebas eran ilegales.",
         "court-ruling"),
    ],
)  # fmt: skip
def test_the_act_is_what_the_item_reports_not_what_it_is_about(
    title: str, summary: str, act: str
) -> None:
    """Guidelines on a directive were "legislation", the CNIL's recommendations published after
    a consultation "consultation" (rules 2026.12.18: an alert digest with `acts = ["guidance"]`
    missed them)."""
    c = decide(title, summary)
    assert (c.kind, c.act) == ("regulatory", act), (title, c.kind, c.act)


def test_a_law_is_its_legislators_act_not_the_courts_that_apply_it() -> None:
    """ "BIPA" named the US state courts as the acting authority, so a BIPA amendment signed into
    law read "US state court · legislation" (rules 2026.12.30); a ruling of the state's supreme
    court is still the court's."""
    signed = decide("Major BIPA Amendment Signed Into Law",
                    "On August 2, 2024, Illinois Governor JB Pritzker signed into law S.B. 2979, "
                    "an amendment to the Illinois Biometric Information Privacy Act (BIPA).")  # fmt: skip
    assert (signed.kind, signed.act, signed.authority) == (
        "regulatory", "legislation", "US state legislature"), signed  # fmt: skip
    ruled = decide("McDonald v. Symphony Bronzeville Park",
                   "The Supreme Court of Illinois ruled that BIPA claims are not barred.")  # fmt: skip
    assert (ruled.act, ruled.authority) == ("court-ruling", "US state court"), ruled


def test_an_authority_leading_the_title_is_a_regulatory_development_the_model_does_not_see() -> (
    None
):
    """For the digest's sections, a news item whose title leads with an authority reports on it;
    the model's signals are read before that (as a signal it made relevance less precise)."""
    title = "La CNIL épingle les keyloggers installés sur les postes des salariés"
    c = decide(title)
    assert (c.kind, c.act, c.authority, c.jurisdiction) == ("regulatory", "statement", "CNIL", "FR")
    assert not {"regulatory", "authority", "act:statement"} & judge(Document(title, "", "")).signals
    sued = decide("Workers sue employer after CNIL complaint over keystroke logging")
    assert (sued.kind, sued.authority) == ("news", None)


def test_a_case_told_by_its_outcome_is_a_court_ruling_the_model_does_not_see() -> None:
    """An employment case's outcome told without naming the court ("loses unfair dismissal
    case", "ontslagzaak", "awarded $73,000"), or a case named as courts name it, is a court's
    ruling for the digest's sections (rules 2026.12.13); read after the model's signals."""
    for title in ("Ex-IAG employee loses unfair dismissal case over WFH inactivity",
                  "Camerabeelden in ontslagzaak: privacy ondergeschikt",
                  "Dutch employee gets awarded $73,000 after being fired for refusing to turn on webcam",
                  "Antović and Mirković v. Montenegro"):  # fmt: skip
        c = classify(Document(title))
        assert (c.kind, c.act) == ("regulatory", "court-ruling"), title
        assert not {"regulatory", "act:court-ruling"} & judge(Document(title)).signals, title
    for title in ("Walmart awarded patent for listening system",
                  "Workers sue Amazon over warehouse tracking, claim they will win the case"):  # fmt: skip
        assert classify(Document(title)).kind == "news", title


def test_a_law_only_discussed_stays_news() -> None:
    """A law in the news is not a legislator's act until one is reported."""
    c = decide("What a new law on workplace surveillance could mean for remote workers")
    assert (c.kind, c.act) == ("news", None)


def test_regulatory_from_the_source() -> None:
    doc = Document(
        "Guidance on monitoring workers",
        "",
        "",
        "regulator",
        "Information Commissioner's Office",
        "GB",
    )
    c = classify(doc)
    assert (c.kind, c.act, c.authority, c.jurisdiction) == ("regulatory", "guidance", "ICO", "GB")


def test_lawsuit_filed_is_news_ruling_is_regulatory() -> None:
    assert decide("Drivers file lawsuit in federal court over tracking of workers").kind == "news"
    assert (
        decide("Federal court rules employer's GPS tracking of workers unlawful").act
        == "court-ruling"
    )
    # taken to court, a complaint filed, a damning verdict of a study: no court has ruled yet
    # (rules 2026.12.25; each was a court's ruling)
    for title, summary in (
        ("They claim Uber's algorithm fired them. Now they're taking it to court",
         "Four drivers hope the courts can force the company to reveal its decision-making."),
        ("Chauffeurs: Uber-algoritmes bepalen wie ontslagen wordt",
         "Ze dienen vanochtend een aanklacht in bij de rechtbank in Amsterdam."),
        ("Zalandos internes Rating-System in der Kritik",
         "Eine Studie kommt dabei zu einem vernichtenden Urteil."),
    ):  # fmt: skip
        c = decide(title, summary)
        assert (c.kind, c.act) == ("news", None), (title, c.kind, c.act)
    assert decide("Rechtbank Amsterdam: Uber moet chauffeurs herstellen").act == "court-ruling"


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a fine of €40,000", 40000, "EUR"),
        ("une amende de 40 000 euros", 40000, "EUR"),
        ("Bußgeld über 10,4 Millionen Euro", 10_400_000, "EUR"),
        ("10,4 Mio. Euro Bußgeld", 10_400_000, "EUR"),
        ("fined £80,000", 80000, "GBP"),
        ("a $17 billion penalty", 17e9, "USD"),
        ("fine of €725k", 725000, "EUR"),
        ("amende de 290 millions d'euros", 290e6, "EUR"),
        ("multa de 20.000 euros", 20000, "EUR"),
        ("sanzione di 2,5 milioni di euro", 2_500_000, "EUR"),
        ("una multa da 40mila euro", 40000, "EUR"),
        ("una multa de 20 mil euros", 20000, "EUR"),
        ("een boete van 1,2 miljoen euro", 1_200_000, "EUR"),
        ("a fine of NOK 150,000", 150000, "NOK"),
        ("a fine of PLN 100 000", 100000, "PLN"),
        ("a fine of HUF 250 million", 250e6, "HUF"),
    ],
)
def test_fines(text: str, amount: float, currency: str) -> None:
    c = decide(
        f"Regulator fines employer over surveillance of workers: {text}",
        source_category="regulator",
    )
    assert c.fine == Fine(amount, currency)


def test_parse_number() -> None:
    assert (
        parse_number("40 000") == 40000
        and parse_number("35,3") == 35.3
        and parse_number("1.234.567") == 1234567
    )


def test_fold() -> None:
    assert fold("Salariés’ Überwachung ß") == "salaries' uberwachung ss"


def test_fold_makes_the_unicode_hyphens_plain() -> None:
    """The hyphen and the non-breaking hyphen (U+2010, U+2011; "Wi‑Fi", "KI‑gestützt" as some
    sites write them) fold to "-", one character for one, so that a pattern written with "-"
    reads them: "e‑mails" of the staff read are the staff's mail."""
    assert fold("Wi\u2011Fi KI\u2010gestützt") == "wi-fi ki-gestutzt"
    verdict = judge(
        Document("Employer secretly read staff e\u2011mails, tribunal finds"), load_rules()
    )
    assert "monitoring@title" in verdict.signals, verdict.signals


def _decided(name: str) -> list[dict[str, object]]:
    """A labelled file of tests/data through the shipped model, each row with its label."""
    lines = (DATA / name).read_text().splitlines()
    rows = []
    for line, out in zip(lines, classify_lines(lines, SourceLookup(), MODEL), strict=True):
        out["label"] = json.loads(line)["label"]
        rows.append(out)
    return rows


def test_own_cases_in_six_languages() -> None:
    rows = _decided("classify-cases.jsonl")
    report = evaluate(rows)
    assert {r["language"] for r in rows} >= {"en", "fr", "de", "it", "es", "nl"}
    # Held out: none of these 28 is in the training corpus. Models before 1.4f062ce0702a erred on
    # one hard negative (a failed wage bargaining round, flagged for its worker terms); the bar is
    # the issue's 0.9.
    assert report.overall.precision >= 0.9 and report.overall.recall >= 0.9, report.text()


def test_probe_headlines() -> None:
    """Headlines written the way each topic of the brief is usually put, in six languages
    (none in the corpus), that found the lexicon's gaps (docs/classification.md): a guard that
    a change to the rules or the model does not open them again."""
    report = evaluate(_decided("probe-headlines.jsonl"))
    assert report.overall.precision >= 0.95 and report.overall.recall >= 0.9, report.text()


def test_seeds_are_relevant_with_tracking_and_ai_training(shared: Path) -> None:
    for path in sorted((shared / "seeds").iterdir()):
        c = classify(seed_document(path.read_text()))
        assert c.relevant, path.name
        assert {"activity-tracking", "ai-trained-on-worker-data"} <= set(c.topics), path.name


def test_labelled_development_sets(shared: Path) -> None:
    rows = []
    for name in ("dev.jsonl", "dev-web.jsonl"):
        lines = (shared / "labeled" / name).read_text().splitlines()
        for line, out in zip(lines, classify_lines(lines, SourceLookup(), MODEL), strict=True):
            out["label"] = json.loads(line)["label"]
            rows.append(out)
    report = evaluate(rows)
    assert len(rows) == 370
    assert report.overall.precision >= 0.9 and report.overall.recall >= 0.9, report.text()


def test_counts() -> None:
    c = Counts(tp=9, fp=1, fn=1, tn=89)
    assert (c.precision, c.recall, round(c.f1, 3), round(c.fpr, 4)) == (0.9, 0.9, 0.9, 0.0111)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(), st.text(), st.sampled_from([None, "regulator", "news"]))
def test_any_text_gives_a_well_formed_decision(
    title: str, summary: str, content: str, category: str | None
) -> None:
    c = classify(Document(title, summary, content, category, "Some body", "EU"))
    assert isinstance(c.relevant, bool) and 0.0 <= c.score <= 1.0
    assert set(c.topics) <= set(TOPICS) and c.kind in ("regulatory", "news")
    assert (c.act is None) == (c.kind == "news")
    assert all(
        e.field in ("title", "summary", "content", "text", "rules", "model") and e.phrase
        for e in c.evidence
    )


@given(st.lists(st.text(), max_size=5))
def test_classify_lines_never_crashes(lines: list[str]) -> None:
    outs = list(classify_lines(lines, SourceLookup(), MODEL))
    assert len(outs) == len(lines)


@given(st.text())
def test_fold_is_lower_case_plain_quotes_no_accents(text: str) -> None:
    assert fold(text) == strip_accents(text.translate(_QUOTES).lower())


def test_every_currency_a_fine_is_read_in_has_a_rate_for_min_fine() -> None:
    """A digest's `min_fine` weighs a fine in euros: each currency the rules read has a rate."""
    from watcher.classify.facts import _CODES
    from watcher.models.stages import EUROS_PER_UNIT

    assert set(_CODES.values()) <= set(EUROS_PER_UNIT)


def test_evidence_quotes_the_words_as_written_when_folding_changes_their_length() -> None:
    """ "ß" folds to "ss": a title with one used to give its evidence in folded form
    ("fingerabdruck-zeiterfassung"); each folded position now maps back to the original."""
    c = decide("Datenschutzbehörde verhängt Bußgeld wegen Fingerabdruck-Zeiterfassung")
    assert "Fingerabdruck-Zeiterfassung" in {e.phrase for e in c.evidence}, c.evidence
    c = decide("Großhändler überwacht Mitarbeiter per GPS")
    assert {"Mitarbeiter", "GPS"} <= {e.phrase for e in c.evidence}, c.evidence


def test_firing_done_by_the_system_is_algorithmic_management() -> None:
    """ "Automated firing" and "AI used to decide who" were read as neither (rules 2026.12.47):
    two probe headlines at 0.57 and 0.54, now relevant on the monitoring term they name."""
    for title in (
        "Dutch court orders Ola to explain automated firing of drivers",
        "Companies are using AI to decide who gets laid off",
        # the workers named between verb and algorithm, in the active voice (rules 2026.12.50)
        "Employer scores workers with an algorithm that sets their shifts",
        "Lieferdienst bewertet Fahrer per Algorithmus: Gewerkschaft klagt",
        "Los trabajadores de una cadena de comida rápida, controlados por un programa que mide su rendimiento",
        "Distributiecentrum beoordeelt orderpickers met algoritme",
        # an algorithm handing out shifts or orders (rules 2026.12.51)
        "La Inspección de Trabajo investiga el uso de algoritmos para asignar turnos en una cadena de supermercados",
        "Rider, il tribunale: l'algoritmo che assegna le consegne discrimina",
    ):
        verdict = judge(Document(title))
        assert "monitoring@title" in verdict.signals, title
        assert "algorithmic-management" in verdict.topics, title
        assert decide(title).relevant, title


def test_a_call_centres_conversations_analysed_or_listened_in_on() -> None:
    """A call centre's conversations analysed by software, or its staff listened in on, said with
    a verb in German, French and the other languages (rules 2026.12.163; real pages of batches
    109-110 scored 0.26-0.52); a Spanish agent named in the singular ("teleoperadora"). Not a
    conversation analysed with no worker or call centre in sight, nor a day-care centre ("Hort"),
    nor anyone listened in on (a monitoring term alone in a title weighs nearly enough)."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Strittiger Einsatz von KI in Callcentern - Algorithmus horcht ab",
                "Etliche Firmen verwenden Künstliche Intelligenz zur Analyse von "
                "Telefongesprächen. Derartige Software kann auch Gefühle erfassen.",
            ),
            Document(
                "KI mit emotionaler Intelligenz",
                "Call-Center wollen ihre menschlichen Mitarbeiter nicht abschaffen, aber "
                "leistungsfähiger machen. Dabei helfen Systeme, die den Verlauf von Gesprächen "
                "in Echtzeit analysieren und Hinweise dazu geben.",
            ),
            Document(
                "Dans les centres d'appels, l'IA met les téléconseillers sur écoute et sous "
                "pression",
                "Les écarts au script commercial sont détectés par les algorithmes et remontés "
                "à la hiérarchie.",
            ),
        ],
        frozenset({"monitoring@title", "monitoring@summary"}),
    )
    assert "worker@title" in judge(Document("Yo, teleoperadora en un call center")).signals
    _irrelevant(
        model,
        [
            Document("Der Hort mit neuen Räumen öffnet im Mai"),
            Document("Ein Forschungsteam will Gespräche zwischen Delfinen analysieren"),
            Document("Die NSA hört mit"),
            Document("Journalistes sur écoute : une enquête ouverte"),
            Document("Una IA analiza las conversaciones de WhatsApp"),
        ],
    )


def test_slang_and_snooping_for_watching_staff() -> None:
    """Words for watching staff that the rules did not know (rules 2026.12.166, probes): the
    French "flicage" and working hours checked, screen recordings in the plural, German snooping
    and spy software, the Dutch "bespioneren". Not a train's timetable checked, nor a spy of the
    Stasi (a monitoring term alone in a title weighs nearly enough to be relevant)."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Télétravail : le flicage des salariés explose"),
            Document("Le badge des salariés peut-il servir à contrôler leurs horaires ?"),
            Document("Les enregistrements d'écran des télétravailleurs sont-ils légaux ?"),
            Document("Schnüffelsoftware auf dem Dienstlaptop: Was Arbeitgeber dürfen"),
            Document("Spitzel-Software im Homeoffice"),
            Document("Mag mijn baas mij bespioneren?"),
        ],
        frozenset({"pair@title", "monitoring@title"}),
    )
    _irrelevant(
        model,
        [
            Document("Contrôle des horaires des trains : la SNCF améliore la ponctualité"),
            Document("Spitzel der Stasi: neue Akten veröffentlicht"),
        ],
    )


def test_a_dismissal_in_spanish_and_the_work_tools_checked_in_french() -> None:
    """The Spanish "despiden" and "despedido" name a dismissal as "despido" does, and an
    employer's check on the work tools in French is monitoring (rules 2026.12.167; real pages
    labelled relevant scored 0.50 and 0.18)."""
    model = load_model()
    assert "worker@title" in judge(Document("Despiden a un camarero durante su baja")).signals
    assert "worker@title" in judge(Document("Despedido por no dejarse rastrear")).signals
    _relevant(
        model,
        [
            Document(
                "Usage raisonnable de l'internet au travail",
                "L'employeur est en droit d'opérer un contrôle ponctuel sur l'outil "
                "professionnel utilisé par ses salariés (ordinateurs connectés à Internet).",
            ),
        ],
        frozenset({"pair@summary"}),
    )


def test_sick_leave_is_not_how_workers_are_watched() -> None:
    """Sick leave in the title of an item that names no monitoring: what an employer may ask of a
    sick worker is its subject (rules 2026.12.168; real pages of batch 118 scored 0.76-0.98, the
    labelled files' sick workers being all watched by a detective). A detective or a detective
    agency named keeps the item, and so does sickness in brackets beside a mailbox read."""
    model = load_model()
    sick = [
        Document("Wat mag je werkgever aan je vragen als je ziek bent?"),
        Document("De AVG en de zieke werknemer"),
        Document("Krankmeldung: Was darf der Arbeitgeber fragen?"),
        Document("Arrêt maladie : ce que l'employeur peut demander au salarié"),
        Document("Baja médica: qué puede preguntar la empresa al trabajador"),
    ]
    kept = [
        Document("Überwachung krankgeschriebener Mitarbeiter durch Detektive erlaubt?"),
        Document(
            "LAG Düsseldorf: Beschäftigter hat Anspruch auf Schadenersatz wg. Ausforschung "
            "durch eine vom Unternehmen beauftragte Detektei während der Arbeitsunfähigkeit"
        ),
        Document("Inzage in de mailbox van (zieke) medewerkers, mag dat zomaar?"),
    ]
    _ruled_out(model, sick, SICK_LEAVE, kept)


def test_personnel_records_kept_are_not_how_workers_are_watched() -> None:
    """A worker's ID, photo or personnel file kept, in the title of an item that names no
    monitoring (rules 2026.12.170): eight Dutch HR pages of real-page batch 120 (copies of ID
    cards, staff photos on the website) scored 0.68-0.74 for their worker words. Photos taken
    of staff by software or a camera, or kept for facial recognition, are monitoring."""
    model = load_model()
    records = [
        Document("Kopie ID-bewijs maken is zelden toegestaan"),
        Document("Mag ik foto's van werknemers gebruiken op de bedrijfswebsite?"),
        Document("Bewaartermijnen personeelsdossier: wat zegt de AVG?"),
        Document("Darf der Arbeitgeber eine Kopie des Personalausweises machen?"),
        Document("L'employeur peut-il conserver la copie de la carte d'identité du salarié ?"),
        Document("¿Puede la empresa publicar fotos de sus trabajadores en redes sociales?"),
        Document("Il datore di lavoro può chiedere la copia della carta d'identità?"),
        Document("Can employers keep a copy of their staff's passport?"),
        # and diplomas copied (rules 2026.12.181: 0.557, 0.03 under the line)
        Document("Werkgever vraagt om kopie diploma: mag dat?"),
        Document("Can an employer ask for a copy of your degree certificate?"),
    ]
    kept = [
        Document("Software maakt elke tien minuten foto's van werknemers via de webcam"),
        Document("Gezichtsherkenning: werkgever bewaart foto's van medewerkers"),
    ]
    _ruled_out(model, records, PERSONNEL_RECORDS, kept)
    _relevant(model, kept)


def test_employment_law_in_general_is_not_how_workers_are_watched() -> None:
    """Employment law's rights and duties in general, in the title of an item that names no
    monitoring (rules 2026.12.172): Dutch guides to an employee's rights scored 0.68-0.86 for
    their worker words (real-page batch 121). Employment law on monitoring keeps the item."""
    model = load_model()
    guides = [
        Document("Wat zijn mijn rechten en plichten als werknemer?"),
        Document("Nederlandse Arbeidswetten: Wat Je Moet Weten Als Werknemer"),
        Document("Arbeitsrecht: Die wichtigsten Rechte und Pflichten von Arbeitnehmern"),
        Document("Droit du travail : les droits et devoirs du salarié"),
        Document("The rights and duties of employees, explained"),
    ]
    kept = [
        Document("Arbeitsrecht: Videoüberwachung am Arbeitsplatz ist nur ausnahmsweise erlaubt"),
        Document("Droit du travail : la géolocalisation des salariés encadrée par la CNIL"),
    ]
    _ruled_out(model, guides, EMPLOYMENT_LAW, kept)
    _relevant(model, kept)


def test_staff_surveys_and_desk_booking_are_not_monitoring() -> None:
    """A staff survey or desk booking in the title of an item that names no monitoring: HR
    software's features (rules 2026.12.173; "Pulse Surveys" 0.66, "Employee Pulse" 0.67, real
    pages). Surveillance named beside a survey keeps the item."""
    model = load_model()
    surveys = [
        Document("Pulse Surveys", "A series of automated questions on how engaged employees are."),
        Document("Employee Pulse", "Collect regular feedback from employees."),
        Document("Mitarbeiterbefragung: So gelingt sie"),
        Document("Enquête de satisfaction auprès des salariés : mode d'emploi"),
    ]
    kept = [Document("Employee survey finds bossware spreads to half of remote workers")]
    _ruled_out(model, surveys, STAFF_SURVEYS, kept)


def test_the_platform_work_directive_in_one_dutch_word() -> None:
    """The Platform Work Directive as the Dutch write it in one word names the subject (rules
    2026.12.174; "Platformwerkrichtlijn: wat verandert er voor maaltijdbezorgers?" 0.56)."""
    doc = Document("Platformwerkrichtlijn: wat verandert er voor maaltijdbezorgers?")
    assert "strong@title" in judge(doc).signals
    _relevant(load_model(), [doc])


def test_within_companies_names_the_workplace_in_french() -> None:
    """ "au sein des entreprises" names the workplace, as "au travail" does (rules 2026.12.175):
    cameras within companies are staff's cameras."""
    doc = Document(
        "Les réglementations liées à la vidéo surveillance",
        "L'installation de caméras de surveillance au sein des entreprises est souvent "
        "justifiée par la sécurité des biens et des personnes.",
    )
    assert "pair@summary" in judge(doc).signals
    _relevant(load_model(), [doc])


def test_every_minute_desk_sensors_flight_risks_and_the_boss_who_spies() -> None:
    """Headlines written for the purpose (rules 2026.12.210, probes of session s28): every minute
    of the staff measured (0.34-0.48 in German and Dutch), sensors under desks or counting the
    staff (0.34-0.54), staff flagged as flight risks (0.30), an AI coach for call-centre staff
    (0.47), badges that enforce the return to the office (0.30), the Italian boss who spies
    (0.11) and the staff's mail read in Italian (0.45) are relevant. A meter, a watch, a sleep
    app, presence sensors that save energy, one defendant's flight risk and a runner's coach
    are not: the staff are read in a lookahead."""
    model = load_model()
    found = [
        Document("Amazon misst jede Minute der Lagerarbeiter"),
        Document("Amazon meet elke minuut van magazijnmedewerkers"),
        Document("Des capteurs sous les bureaux pour mesurer la présence des salariés"),
        Document("Sensori sotto le scrivanie per contare i dipendenti presenti"),
        Document("Sensoren onder bureaus meten aanwezigheid van personeel"),
        Document("Employers turn to AI to flag 'flight risks' among their staff"),
        Document("AI 'coach' tells call centre staff to sound more empathetic"),
        Document("Office badge data used to enforce return-to-office mandates"),
        Document("Il capo ti spia? Ecco cosa dice la legge"),
        Document("Il datore di lavoro può leggere le mie email?"),
    ]
    _relevant(model, found)
    _irrelevant(
        model,
        [
            Document("Deze slimme meter meet elke minuut je stroomverbruik"),
            Document("Le compteur Linky mesure chaque minute votre consommation"),
            Document("Garmin's new watch measures every second of your run"),
            Document("La app che registra ogni minuto del tuo sonno"),
            Document("Sensores de presencia para ahorrar energía en la oficina"),
            Document("Capteurs de présence : la maison connectée fait des économies"),
            Document("Judge says defendant is a flight risk and denies bail"),
            Document("AI coach helps runners train for a marathon"),
            Document("Return to office: Amazon staff told to come in five days a week"),
        ],
    )


def test_body_language_hand_movements_ratings_and_messages_read_in_other_words() -> None:
    """Headlines written for the purpose (rules 2026.12.211, probes of session s28): staff body
    language read by AI (0.14), each hand movement counted (0.12), every room timed (0.28), how
    fast cashiers scan logged (0.38), couriers followed to the second (0.40), staff rated by an
    algorithm or thrown off the platform in French (0.40-0.56), staff filmed in French (0.33),
    and messages read with more words between or in a compound (0.23-0.45) are relevant; a guide
    to reading body language, an app timing one's run, a film shot for years and a player
    banned from a platform are not."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Bosses are using AI to read staff body language in video calls"),
            Document("Paketboten: Scanner zählt jeden Handgriff"),
            Document("Hotel cleaners given app that times every room they clean"),
            Document("Supermarket tills log how fast cashiers scan items"),
            Document("Flitsbezorgers gevolgd tot op de seconde"),
            Document("Les salariés d'Amazon notés en permanence par un algorithme"),
            Document("Les chauffeurs VTC éjectés de la plateforme sans explication"),
            Document("Un employeur condamné pour avoir filmé ses salariés en continu"),
            Document(
                "Employer ordered to pay damages for reading employee's private Facebook messages"
            ),
            Document("Arbeitgeber liest heimlich WhatsApp-Nachrichten auf dem Diensthandy"),
            Document("Werkgever las stiekem WhatsAppjes van werknemer"),
        ],
    )
    _irrelevant(
        model,
        [
            Document("How to read body language in a job interview"),
            Document("Ce documentaire a été filmé des années durant en Arctique"),
            Document("Un joueur exclu de la plateforme Twitch pour triche"),
            Document("Elf Filme des Jahres, die Sie sehen sollten"),
            Document("Noté par les clients, ce restaurant lyonnais devient numéro un"),
        ],
    )


def test_calls_recorded_every_click_and_ai_trained_on_what_staff_do() -> None:
    """Headlines and summaries written for the purpose (rules 2026.12.212, probes of session
    s28): the staff's calls recorded with the staff between (0.37), every click of the staff
    logged in French (0.31), the Dutch "houden bij wat" split around its object (0.38), and the
    staff's data or clicks that train AI in English and Dutch (0.23-0.51) are relevant; dolphins'
    conversations recorded, a site's visitors' clicks, staff trained on the job and users' posts
    that train AI are not."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Bußgeldbescheid gegen Callcenter-Betreiber",
                "Die Aufsichtsbehörde verhängte ein Bußgeld, weil das Unternehmen Gespräche der "
                "Beschäftigten ohne deren Wissen aufgezeichnet und ausgewertet hatte.",
            ),
            Document(
                "Le grand frère numérique",
                "Des logiciels enregistrent désormais chaque clic des télétravailleurs, au grand "
                "dam des syndicats.",
            ),
            Document(
                "Grote broer op kantoor",
                "Steeds meer bedrijven houden met software bij wat thuiswerkers op hun computer "
                "doen.",
            ),
            Document("Employees' screen activity becomes training data for AI models"),
            Document("Works councils demand a say before employee data trains AI"),
            Document("AI getraind op klikgedrag van werknemers"),
            Document("Werknemersdata gebruikt om AI te trainen"),
        ],
    )
    _irrelevant(
        model,
        [
            Document("Die Gespräche der Delfine wurden von Forschern aufgezeichnet"),
            Document("Google Analytics enregistre chaque clic des visiteurs"),
            Document("Team trained on the job by staff of the museum"),
            Document("Werknemers getraind op brandveiligheid door personeel van de brandweer"),
            Document("Users' chats become training data for AI models"),
        ],
    )


def test_ai_in_hr_performance_managed_by_ai_and_apps_that_decide_the_work() -> None:
    """Headlines written for the purpose (rules 2026.12.213, probes of session s28): the AI Act
    with AI in HR (0.06), AI-driven performance management (0.22), the Italian duty to inform the
    staff of algorithms (0.39), "i driver valutati da un'app" (0.16), "caporalato digitale"
    (0.18) and an app that decides who gets which ride or shift (0.09-0.45) are relevant; the AI
    Act's AI literacy, algorithms that decide which songs or series one sees and an app that
    picks a cyclist's route are not."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Navigating the AI Act: obligations for employers deploying AI in HR"),
            Document("Five compliance risks of AI-driven performance management"),
            Document("Algoritmi e lavoro: l'obbligo di informativa del datore"),
            Document("Amazon, i driver valutati da un'app: chi sbaglia viene escluso dai turni"),
            Document(
                "Il caporalato digitale delle piattaforme",
                "Un'inchiesta sui rider gestiti da algoritmi e penalizzati se rifiutano un ordine.",
            ),
            Document("Deliveroo: de app bepaalt wie welke rit krijgt"),
            Document("Lieferando: Die App entscheidet, wer welche Schichten bekommt"),
        ],
    )
    _irrelevant(
        model,
        [
            Document("AI Act: HR teams must train staff in AI literacy"),
            Document("Spotify: the algorithm decides which songs you hear"),
            Document("Netflix: l'algoritmo decide quali serie vedrai"),
            Document("De app bepaalt welke route je fietst"),
            Document("Algoritmi di raccomandazione: l'obbligo di informativa per le piattaforme"),
        ],
    )


def test_what_a_phone_a_band_or_a_satellite_tracks_is_no_person() -> None:
    """The verb "track" with what a phone, a fitness band, a courier or a satellite tracks after
    it is no monitoring term (rules 2026.12.215, probes of session s28: 0.66-0.84 when it was);
    staff tracked, their steps or how fast they work still are."""
    things = [
        "NASA satellites track melting glaciers in real time",
        "Google Maps now tracks your parked car automatically",
        "Sony tracks how long you play each game on PS5",
        "This app tracks how fast you run and how well you sleep",
        # a streaming service's listening (rules 2026.12.216)
        "Spotify tracks your listening to make its AI DJ",
    ]
    _unread([Document(t) for t in things], ("monitoring@",), load_model())
    _unread(
        [Document("A new kind of phone", "Samsung's foldable tracks your steps and sleep.")],
        ("monitoring@",),
        load_model(),
    )
    _relevant(
        load_model(),
        [
            Document("Amazon tracks warehouse workers' steps and idle minutes"),
            Document("Delivery firm tracks how fast couriers drop off parcels"),
            Document("Hospital tracked nurses with RFID badges"),
        ],
    )


def test_earbuds_and_a_phones_new_feature_are_their_owners() -> None:
    """Earbuds and a phone's new feature are devices of people's own (rules 2026.12.216, probes
    of session s28: "Apple's new AirPods monitor your heart rate during workouts" 0.75, "New
    Pixel feature records calls and transcribes them with AI" 0.84); with staff named, the
    item is judged as before."""
    model = load_model()
    devices = [
        Document("Apple's new AirPods monitor your heart rate during workouts"),
        Document("New Pixel feature records calls and transcribes them with AI"),
    ]
    _ruled_out(model, devices, CONSUMER_DEVICE)
    staff = Document("Employer makes warehouse staff wear earbuds that monitor their pace")
    _relevant(model, [staff])


def test_ai_assistants_and_phones_are_their_users_and_staff_performance_assessed() -> None:
    """AI assistants and a phone's new feature in other languages are people's own where no
    worker is named (rules 2026.12.217, probes of session s28: "Microsoft Copilot liest jetzt
    deine E-Mails mit" 0.60, "Nieuwe Pixel neemt gesprekken op" 0.68); a boss who sees how
    often the staff use something, and the German staff's performance assessed, are monitoring
    (0.26, 0.13), whether or not an assistant is named."""
    model = load_model()
    own = [
        Document("Microsoft Copilot liest jetzt deine E-Mails mit"),
        Document("Die neue Pixel-Funktion transkribiert Anrufe mit KI"),
        Document("Tweakers: Nieuwe Pixel neemt gesprekken op en vat ze samen"),
    ]
    _ruled_out(model, own, CONSUMER_DEVICE)
    _relevant(
        model,
        [
            Document("Copilot lets managers see how often employees use AI"),
            Document(
                "Betriebsrat: Microsoft 365 Copilot darf Leistung der Mitarbeiter nicht bewerten"
            ),
            Document("New tool lets bosses see how long staff spend in meetings"),
        ],
    )
    _irrelevant(
        model,
        [
            Document("See what employees say about working at Google"),
            Document("See how long employees stay at Apple: tenure data"),
            Document("Die Leistung der Mitarbeiter steigt dank KI"),
        ],
    )


def test_regulators_on_performance_measured_ai_managing_staff_and_presence() -> None:
    """Regulators' titles written for the purpose (rules 2026.12.218, probes of session s28):
    the French staff's work followed and their performance measured (0.12), AI systems for
    worker management (0.25) and biometric presence control in Spanish (0.51) are relevant;
    following a parliament's work or the markets' activity is not."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Les dispositifs de mesure de la performance dans les entrepôts logistiques",
                "La CNIL publie ses recommandations sur les scanners et indicateurs utilisés pour "
                "suivre le travail des préparateurs de commandes.",
            ),
            Document("EDPB adopts statement on the use of AI systems for worker management"),
            Document("AEPD: guía sobre el uso de datos biométricos para el control de presencia"),
            Document("Un logiciel pour suivre l'activité des télétravailleurs"),
        ],
    )
    _irrelevant(
        model,
        [
            Document("Suivre le travail du Parlement européen : notre newsletter"),
            Document("Suivre l'activité des marchés en temps réel"),
            Document("La mesure de la performance des fonds d'investissement"),
        ],
    )


def test_software_that_measures_the_staffs_pace_not_a_speed_alone() -> None:
    """Software that measures the staff's pace, scan speed or productivity, the work named
    (rules 2026.12.219, probes of session s28: 0.33 in Italian, 0.45 in Dutch), is monitoring;
    software that measures the internet's speed or a cyclist's is not."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Cassiere sotto controllo: il software che misura la velocità alle casse"),
            Document("Kassamedewerkers gecontroleerd door software die scansnelheid meet"),
        ],
    )
    _irrelevant(
        model,
        [
            Document("Il software che misura la velocità di internet"),
            Document("Een app die je snelheid meet tijdens het fietsen"),
            Document("Software that measures the speed of your Wi-Fi"),
        ],
    )


def test_pay_sick_leave_and_status_said_in_the_summary_of_a_bare_title() -> None:
    """A court's title that names only itself leaves the subject to the summary: pay (severance
    pay in six languages), sick leave or who counts as an employee said there rule the item out
    where nothing names monitoring (rules 2026.12.221, a probe of session s28: "Uitspraak
    kantonrechter Rotterdam" on severance pay, 0.77; five labelled items, all not relevant, are
    ruled out the same way). Monitoring named in the summary keeps the item."""
    model = load_model()
    bare = [
        Document(
            "Uitspraak kantonrechter Rotterdam",
            "De werkgever moet de transitievergoeding betalen, oordeelt de rechter.",
        ),
        Document(
            "Tribunal ruling of 4 May", "The employer must pay severance pay to the claimant."
        ),
        Document("Urteil des LAG Köln", "Die Klägerin hat Anspruch auf Entgeltfortzahlung."),
    ]
    kept = [
        Document(
            "Uitspraak kantonrechter Rotterdam",
            "De werkgever had een keylogger geïnstalleerd op de computer van de werknemer; hij "
            "moet de transitievergoeding betalen.",
        )
    ]
    _ruled_out(model, bare, PAY, kept)
    _relevant(model, kept)
    # sick leave and who counts as an employee, said in the summary the same way
    sick = Document(
        "Sentenza della Cassazione", "Licenziamento e periodo di comporto per malattia."
    )
    _ruled_out(model, [sick], SICK_LEAVE)
    status = Document(
        "Arrêt de la Cour de cassation",
        "La Cour retient un lien de subordination entre la plateforme et ses chauffeurs.",
    )
    _ruled_out(model, [status], EMPLOYMENT_STATUS)


def test_an_algorithm_that_decides_routes_conversations_accessed_and_ones_own_phone() -> None:
    """Summaries written for the purpose (rules 2026.12.222, probes of session s28): an
    algorithm that decides the couriers' routes, shifts or pay (0.53) and the staff's
    conversations accessed in Spanish and German (0.24, 0.31) are relevant; the reader's own
    phone watching them is not (0.70), and a work phone named keeps an item in the running."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "El jefe invisible",
                "Miles de repartidores trabajan a las órdenes de un algoritmo que decide sus "
                "rutas, sus horarios y sus ingresos.",
            ),
            Document(
                "¿Me pueden despedir por lo que digo en Slack?",
                "El uso de herramientas corporativas permite a la empresa acceder a las "
                "conversaciones de la plantilla, pero con límites.",
            ),
            Document(
                "Kann ich für Slack-Nachrichten gekündigt werden?",
                "Über Firmentools kann der Arbeitgeber auf Unterhaltungen der Belegschaft "
                "zugreifen, aber nur in Grenzen.",
            ),
            Document("¿Puede tu empresa rastrear tu móvil de empresa?"),
        ],
    )
    own = [
        Document(
            "Así te vigila tu móvil",
            "Desde la ubicación hasta el micrófono: los permisos que piden las apps.",
        )
    ]
    _ruled_out(model, own, CONSUMER_DEVICE)


def test_the_same_stories_in_french_italian_and_dutch_summaries() -> None:
    """The Spanish and German summaries of rules 2026.12.222 told in French, Italian and Dutch
    (rules 2026.12.223, probes of session s28): cameras that check whether order pickers keep the
    pace (0.18), the staff's conversations accessed or looked into (0.27-0.31) and an algorithm
    that sets the routes, shifts and pay (0.28-0.49) are relevant; a child's messages accessed or
    a fitness coach are not."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Des caméras intelligentes dans les entrepôts",
                "Un groupe logistique installe des caméras qui vérifient si les préparateurs "
                "respectent les cadences.",
            ),
            Document(
                "Peut-on être licencié pour un message sur Teams ?",
                "Les outils de l'entreprise permettent à l'employeur d'accéder aux conversations "
                "des salariés, mais dans certaines limites.",
            ),
            Document(
                "Si può essere licenziati per un messaggio su Teams?",
                "Gli strumenti aziendali consentono al datore di lavoro di accedere alle "
                "conversazioni dei dipendenti, ma con dei limiti.",
            ),
            Document(
                "Il capo invisibile",
                "Migliaia di rider lavorano agli ordini di un algoritmo che stabilisce percorsi, "
                "turni e compensi.",
            ),
            Document(
                "De onzichtbare baas",
                "Duizenden bezorgers werken onder een algoritme dat hun ritten, roosters en loon "
                "bepaalt.",
            ),
        ],
    )
    _irrelevant(
        model,
        [
            Document("Accéder aux messages de son enfant : ce que dit la loi"),
            Document("Meekijken in de berichten van je kind: mag dat?"),
            Document("Le préparateur physique du PSG se confie"),
        ],
    )


def test_the_quantified_worker_heat_injuries_and_prices_set_per_customer() -> None:
    """English headlines written for the purpose (rules 2026.12.224, probes of session s28):
    "the quantified worker" names the subject (0.34); heat that injures warehouse workers is
    safety, not monitoring (0.71), and algorithmic price discrimination is about customers
    (0.58)."""
    model = load_model()
    worker = Document("The quantified worker: how data is reshaping the employment relationship")
    _relevant(model, [worker], frozenset({"strong@title"}))
    _irrelevant(
        model,
        [
            Document("Warehouse workers say heat is causing injuries"),
            Document(
                "Algorithmic price discrimination: how apps set different prices for the same "
                "product"
            ),
            Document("The quantified self: how wearables reshape our health"),
        ],
    )


def test_biometric_clocking_in_french_and_dutch_and_faces_read_to_pay() -> None:
    """Headlines written for the purpose (rules 2026.12.225, probes of session s28): an iris
    scan to clock in, in French and Dutch (0.10-0.13), and call-centre operators evaluated by
    voice recognition in Italian (0.45) are relevant; a face read to pay, athletes' heart rates
    tracked and the drowsiness cameras of new cars are their owners' (0.65-0.94 before); "pour
    pointer du doigt" points a finger."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Le scanner de l'iris pour pointer : la CNIL dit non"),
            Document("Irisscan bij het inklokken: AP grijpt in"),
            Document("Riconoscimento vocale per valutare gli operatori dei call center"),
        ],
    )
    _irrelevant(
        model,
        [
            Document("Gesichtserkennung beim Bezahlen: Supermarkt testet neue Kasse"),
            Document("Wearables that track athletes' heart rates during the Olympics"),
            Document("Drivers' fatigue monitored by cameras in new cars from 2026"),
            Document("Pour pointer du doigt les failles de la reconnaissance faciale"),
        ],
    )


def test_a_dismissal_for_what_a_worker_posted_is_conduct_not_monitoring() -> None:
    """A dismissal for what a worker said or posted, in the title of an item that names no
    monitoring, is a case of conduct (rules 2026.12.226, probes of session s28: "Fair Work
    Commission: worker unfairly sacked over social media post" 0.72, "Wegen Facebook-Post
    gekündigt" 0.60); posts found by monitoring software keep the item."""
    model = load_model()
    posts = [
        Document("Fair Work Commission: worker unfairly sacked over social media post"),
        Document("Nurse sacked for posting patient photos on Instagram"),
        Document("Wegen Facebook-Post gekündigt: Arbeitsgericht gibt Mitarbeiterin recht"),
        Document("Licenciée pour un post Facebook, une salariée obtient gain de cause"),
        Document("Despedida por un tuit contra su empresa: el juez anula el despido"),
        Document("Ontslagen om een tweet: rechter oordeelt ontslag onterecht"),
    ]
    kept = [
        Document(
            "Employee dismissed over posts found by employer's social media monitoring software"
        )
    ]
    _ruled_out(model, posts, EMPLOYMENT_LAW, kept)
    _relevant(model, kept)


def test_work_devices_and_what_the_boss_may_check_in_six_languages() -> None:
    """A work computer, phone or laptop is the worker's, in every language, and the boss's
    powers asked about ("Darf der Chef ...", "l'employeur peut-il tout contrôler ?") pair with
    what is checked (rules 2026.12.228: a real page, "Darf der Chef den Arbeits-PC überwachen?",
    0.90 ruled others watched, and probes of session s29, 0.12-0.42); the same devices with
    nothing watched, and a firm's head ("le patron de Renault"), are not relevant."""
    _sorts(
        [
            Document("Darf der Chef den Arbeits-PC überwachen?"),
            Document("Ortung des Diensthandys per GPS: Was ist erlaubt?"),
            Document("Ordinateur professionnel : l'employeur peut-il tout contrôler ?"),
            Document("Geolocalización del móvil de empresa: lo que dice el Supremo"),
            Document("¿Puede la empresa revisar el ordenador del trabajo?"),
            Document("Il capo può controllare il telefono aziendale?"),
            Document("Can your boss spy on your work laptop?"),
        ],
        [
            Document("Firmenhandy privat nutzen: Was gilt steuerlich?"),
            Document("Laptop van de zaak: hoe zit het met de bijtelling?"),
            Document("Le patron de Renault surveille de près la production"),
        ],
    )


def test_a_monitoring_word_that_watches_a_thing_is_no_monitoring_term() -> None:
    """A monitoring word whose object is a thing (prices, a ceasefire, an outbreak, a production
    line) reads no monitoring: rules 2026.12.228, probes of session s29 at 0.60-0.83 before.
    A worker term between the two, or just after the thing, keeps it."""
    model = load_model()
    things = [
        Document("ECB monitors bank liquidity closely as markets wobble"),
        Document("EU to monitor ceasefire along the border"),
        Document("FAA to closely monitor Boeing 737 production"),
        Document("Bundesnetzagentur überwacht Strompreise"),
        Document("Der Chef von Volkswagen überwacht persönlich den Umbau der Fabriken"),
        Document("L'Arcep surveille de près les prix de la fibre"),
        Document("La Consob vigila sui mercati dopo il crollo"),
        Document("El Banco de España vigila la morosidad de los hipotecas"),
        Document("RIVM monitort het coronavirus in rioolwater"),
    ]
    _unread(things, ("monitoring@title",), model)
    _relevant(
        model,
        [
            Document("Amazon monitors warehouse workers' production rates"),
            Document("Software überwacht die Produktion der Mitarbeiter"),
            Document("Le logiciel surveille la production des salariés"),
        ],
        frozenset({"pair@title"}),
    )


def test_a_thing_watched_after_of_des_della_or_van() -> None:
    """The thing a monitoring noun watches, said after "of", "des", "della", "de los" or "van"
    (the airspace, water quality, prices, a disease's spread, a law's implementation) is no
    monitoring either: rules 2026.12.229, probes of session s29 at 0.60-0.83 before."""
    model = load_model()
    things = [
        Document("Commission launches monitoring of the Digital Services Act implementation"),
        Document("Tracking the spread of measles in Europe"),
        Document("Überwachung des Luftraums: Bundeswehr kauft neue Radare"),
        Document("Monitoraggio della qualità dell'acqua nei fiumi lombardi"),
        Document("Vigilancia de los precios de la luz en invierno"),
        Document("Monitoring van de waterkwaliteit in de Maas"),
    ]
    _unread(things, ("monitoring@title",), model)
    _relevant(
        model,
        [Document("Monitoring of the implementation of workplace surveillance rules")],
    )


def test_intelligence_services_watch_the_public_not_staff() -> None:
    """Intelligence services watching parties, journalists or activists, where no worker and no
    police officer is named, are ruled out as the police are (rules 2026.12.230; probes of
    session s29 at 0.68-0.75); an agency's own staff watched are kept."""
    model = load_model()
    kept = [
        Document("Intelligence agency employees' phones monitored in leak hunt"),
        Document("BND-Mitarbeiter: Dienstrechner wurden heimlich überwacht"),
    ]
    _ruled_out(
        model,
        [
            Document("Der Verfassungsschutz überwacht die AfD"),
            Document("Geheimdienst überwachte Journalisten jahrelang"),
            Document("I servizi segreti spiavano gli attivisti"),
            Document("AIVD mag telefoons van verdachten hacken"),
        ],
        POLICE,
        kept,
    )
    _relevant(model, kept)


def test_the_algorithms_transparency_counts_beside_workers_only() -> None:
    """The algorithms' transparency, in six languages, is monitoring beside riders, couriers or
    staff (rules 2026.12.231, the [paired] table; probes of session s29 at 0.46-0.47), and none
    alone: a state's register of its algorithms or a social network's are not staff's (0.83
    when it was an ordinary monitoring term)."""
    model = load_model()
    _relevant(
        model,
        [
            Document("I rider chiedono trasparenza sugli algoritmi delle piattaforme"),
            Document("Bezorgers eisen transparantie over de algoritmes van de platforms"),
            Document("Les livreurs réclament la transparence des algorithmes"),
        ],
        frozenset({"pair@title"}),
    )
    alone = [
        Document("Transparenz der Algorithmen: Bundesregierung legt KI-Register vor"),
        Document("Algorithmic transparency: EU asks TikTok to explain its recommender system"),
        Document("La transparence des algorithmes publics, une obligation méconnue"),
    ]
    _unread(alone, ("monitoring@title",), model)


def test_privacy_and_checks_said_together_beside_an_employer() -> None:
    """Privacy and checks said together ("privacy e controlli", "vie privée et contrôle") are
    monitoring beside a worker term (rules 2026.12.232, the [paired] table; a real page of
    session s29 at 0.47); checks alone beside an employer are as often a labour inspectorate's
    or a tax audit, and are read as before."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Lavoro da remoto, privacy e controlli: quali limiti per il datore di lavoro"),
            Document("Télétravail : vie privée et contrôle, ce que l'employeur peut faire"),
        ],
        frozenset({"pair@title"}),
    )
    checks = [
        Document("Controle op het minimumloon: werkgevers betalen te weinig"),
        Document("Contrôle URSSAF : ce que l'employeur doit savoir"),
        Document("Kontrollen an der Grenze: Lkw-Fahrer warten stundenlang"),
    ]
    _unread(checks, ("pair@title",), model)


def test_refuse_collectors_cleaners_and_postal_staff_are_workers() -> None:
    """Refuse collectors, cleaners and postal staff, in six languages, are workers whom GPS,
    badges and scanners track (rules 2026.12.233; "Gemeente volgt vuilnismannen met gps" 0.34,
    a probe of session s29); their strikes are not monitoring, and cleaners alone may be
    machines."""
    _sorts(
        [
            Document("Gemeente volgt vuilnismannen met gps"),
            Document("Les éboueurs de Marseille géolocalisés en permanence"),
            Document("Müllwerker per GPS überwacht: Betriebsrat klagt"),
            Document("Netturbini controllati con il gps: il sindacato fa ricorso"),
            Document("Los barrenderos de Madrid, vigilados por GPS"),
            Document("Schoonmakers moeten inchecken met gezichtsherkenning"),
        ],
        [
            Document("Robot vacuum cleaners map your home and send data to China"),
            Document("Les éboueurs en grève à Paris, les poubelles s'accumulent"),
            Document("Müllwerker streiken: Tonnen bleiben stehen"),
        ],
    )


def test_security_guards_who_use_cameras_are_the_watchers() -> None:
    """Security guards who use, wear or are equipped with cameras or facial recognition are the
    ones watching (shoplifters, passengers, shoppers), in six languages: no worker term (rules
    2026.12.234; probes of session s29 at 0.87-0.99); guards tracked or filmed by their
    employer stay relevant."""
    model = load_model()
    _unread(
        [
            Document("Security guards use facial recognition to spot shoplifters"),
            Document("Les agents de sécurité équipés de caméras-piétons dans les gares"),
            Document("Beveiligers mogen bodycams dragen in winkelcentra"),
            Document("Guardie giurate usano le telecamere per controllare i passeggeri"),
        ],
        ("pair@",),
        model,
    )
    _relevant(
        model,
        [
            Document("Security guards tracked by GPS patrol app that logs every step"),
            Document("Les agents de sécurité géolocalisés en permanence par leur employeur"),
            Document("Beveiligers gevolgd met gps door hun werkgever"),
        ],
        frozenset({"pair@title"}),
    )


def test_a_thing_before_a_german_or_dutch_verb_that_ends_the_clause() -> None:
    """German and Dutch put the verb last in many clauses, so the thing watched comes before it
    ("Wie Satelliten die Abholzung des Amazonas überwachen", "Behörde soll Strompreise künftig
    genauer überwachen", "Hoe satellieten de ontbossing in de gaten houden": 0.67-0.79, probes
    of session s29; rules 2026.12.235). Only before a verb that ends its clause (the nouns before
    other verbs are their subjects: "Supermarkt hangt camera's op ... om personeel te
    controleren"), and a worker term between them or just after keeps the hit."""
    model = load_model()
    _unread(
        [
            Document("Wie Satelliten die Abholzung des Amazonas überwachen"),
            Document("Behörde soll Strompreise künftig genauer überwachen"),
            Document("Wie Drohnen die Wälder überwachen"),
            Document("Hoe satellieten de ontbossing in de gaten houden"),
        ],
        ("monitoring@title",),
        model,
    )
    _relevant(
        model,
        [
            Document("Software soll die Produktion der Mitarbeiter überwachen"),
            Document("Supermarkt überwacht Kassierer"),
            Document("Supermarkt hangt camera's op boven de kassa's om personeel te controleren"),
        ],
        frozenset({"pair@title"}),
    )


def test_ships_radiation_and_energy_demand_are_things_and_crews_are_staff() -> None:
    """Ships, vessels and a shadow fleet, radiation, emissions and energy demand are things a
    monitoring word may watch (rules 2026.12.236; probes of session s29 at 0.55-0.79); a ship's
    crew and seafarers are staff."""
    model = load_model()
    _unread(
        [
            Document("Germany to step up monitoring of Russian shadow fleet"),
            Document("Navy monitors Chinese vessels near Taiwan"),
            Document("Sensors monitor radiation levels around Zaporizhzhia"),
            Document("Grid operator monitors energy demand during heatwave"),
        ],
        ("monitoring@title",),
        model,
    )
    _relevant(
        model,
        [Document("Shipping company monitors crew on vessels with cameras")],
        frozenset({"pair@title"}),
    )


def test_an_arrival_an_outbreak_a_supply_and_a_wave_are_things() -> None:
    """An arrival, an episode, an outbreak ("brote"), the power supply and a wave ("Grippewelle")
    are things watched (rules 2026.12.237; probes of session s29 at 0.56-0.72); the staff's
    arrival or a wave among the staff stay monitoring."""
    model = load_model()
    _unread(
        [
            Document("Météo : les services surveillent l'arrivée d'un épisode cévenol"),
            Document("Sanidad vigila un brote de legionela en Murcia"),
            Document("El Gobierno monitoriza el suministro eléctrico tras el apagón"),
            Document("La AEMET vigila la llegada de la DANA"),
            Document("Das Robert Koch-Institut überwacht die Grippewelle"),
        ],
        ("monitoring@title",),
        model,
    )
    _relevant(
        model,
        [
            Document("La empresa vigila la llegada de los trabajadores con reconocimiento facial"),
            Document("L'employeur surveille l'arrivée des salariés par badge biométrique"),
        ],
        frozenset({"pair@title"}),
    )


def test_comets_el_nino_and_a_carbon_footprint_are_things() -> None:
    """A comet, El Niño and a carbon footprint are things tracked (rules 2026.12.238; probes of
    session s29 at 0.70-0.88); "your every move", watched by a boss, stays monitoring."""
    model = load_model()
    _unread(
        [
            Document("NOAA tracks El Niño as winter approaches"),
            Document("Astronomers track a comet visible to the naked eye"),
            Document("The app that tracks your carbon footprint"),
        ],
        ("monitoring@title",),
        model,
    )
    _relevant(model, [Document("Your boss is watching your every move")], frozenset({"pair@title"}))


def test_a_clock_and_a_biometric_said_together_name_the_subject() -> None:
    """Clocking in and a biometric named together, either way round, name the subject in six
    languages (rules 2026.12.239): "fichaje mediante reconocimiento facial" was 0.16 on a real
    AEPD page (its summary's police officer vetoed it), "Pointage par reconnaissance faciale"
    0.02; a biometric alone at a border or a crime scene stays another's."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Sanción a ayuntamiento por la implantación de un sistema de fichaje mediante "
                "reconocimiento facial",
                "Se presentó una reclamación por parte de un empleado de la policía municipal "
                "solicitando de la agencia que se analizase la legalidad de la imposición del "
                "fichaje mediante el reconocimiento facial.",
            ),
            Document("Pointage par reconnaissance faciale : la mairie rappelée à l'ordre"),
            Document("Timbratura con riconoscimento facciale, il Comune sanzionato"),
            Document("Zeiterfassung per Gesichtserkennung: Stadt muss System abschalten"),
            Document("Clocking in with facial recognition: council told to stop"),
        ],
    )
    for doc in (
        Document("Fichaje mediante reconocimiento facial"),
        Document("Biometric clocking in at the factory"),
    ):
        assert any(
            e.concept == "strong:attendance-and-time" for e in judge(doc).classification.evidence
        )
    _irrelevant(
        model,
        [
            Document("Fingerprints found at the crime scene, police say"),
            Document("Reconocimiento facial en el aeropuerto de Madrid"),
        ],
    )


def test_the_platform_work_directive_by_its_workers_and_its_aim() -> None:
    """The Platform Work Directive named with its workers in one sentence, or by its aim of
    improving their working conditions, in six languages (rules 2026.12.239; real pages at
    0.08-0.31: "Voorlopig akkoord bereikt over richtlijn voor platformwerkers", "UE : accord sur
    les travailleurs des plateformes" with its summary)."""
    model = load_model()
    docs = [
        Document("Voorlopig akkoord bereikt over richtlijn voor platformwerkers"),
        Document(
            "UE : accord sur les travailleurs des plateformes",
            "Un projet de directive vise à améliorer les conditions de travail des travailleurs "
            "des plateformes numériques et à réglementer l'utilisation des algorithmes.",
        ),
        Document("Vragen en antwoorden: De arbeidsomstandigheden van platformwerkers verbeteren"),
        Document("Richtlinie für Plattformbeschäftigte: Rat und Parlament einigen sich"),
    ]
    _relevant(model, docs)
    for doc in docs:
        evidence = judge(doc).classification.evidence
        assert any(e.concept == "strong:algorithmic-management" for e in evidence), doc.title


def test_a_pace_measured_counts_beside_a_worker_and_the_algorithm_as_boss() -> None:
    """People's pace measured, in six languages, counts as monitoring beside a worker term only
    (rules 2026.12.239; probes at 0.17-0.55): a runner's watch measures their pace too. "Het
    algoritme als baas" is the boss being an algorithm the other way round (0.57); the Article 29
    Working Party's Opinion 2/2017 is cited by its number."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Orderpickers klagen over scanner die hun tempo meet"),
            Document("Kommissionierer beklagen Scanner, der ihr Tempo misst"),
            Document("Magazzinieri controllati dal palmare che misura i tempi"),
            Document("Los mozos de almacén denuncian la pistola que mide su ritmo de trabajo"),
        ],
        frozenset({"pair@title"}),
    )
    _unread(
        [
            Document("Runners' watch measures their pace and heart rate"),
            Document("Het KNMI meet het tempo van de zeespiegelstijging"),
        ],
        ("monitoring@",),
        model,
    )
    assert "monitoring@title" in judge(Document("Het algoritme als baas")).signals
    evidence = judge(Document("WP29: what employers must know about Opinion 2/2017")).classification
    assert any(e.concept == "strong:communications-monitoring" for e in evidence.evidence)


def test_the_dismissed_are_workers_and_a_platform_deactivating_them_by_name() -> None:
    """Those laid off, sacked or "got fired" are English worker terms, as the other languages'
    dismissed are; a rocket fired is not. A platform named deactivating, blocking or suspending
    its drivers or riders names the subject in six languages (rules 2026.12.239; probes at
    0.58)."""
    model = load_model()
    _relevant(
        model,
        [Document("Companies are using AI to decide who gets laid off")],
        frozenset({"pair@title"}),
    )
    _unread([Document("Rocket fired from Gaza lands in open field")], ("worker@",))
    for title in (
        "Uber desactiva a conductores por reconocimiento facial fallido",
        "Lieferando sperrt Fahrer nach Kundenbeschwerden",
        "Deliveroo deactivates riders who reject too many orders",
    ):
        evidence = judge(Document(title)).classification.evidence
        assert any(e.concept == "strong:algorithmic-management" for e in evidence), title
        assert decide(title).relevant, title


def test_platform_work_names_who_is_managed_not_how() -> None:
    """Platform work and its workers are worker terms, not monitoring (rules 2026.12.240): their
    pay or their employment status is not the subject ("Platform workers' pay falls, study finds"
    0.88, "los repartidores de Glovo son falsos autónomos" with "trabajadores de plataformas" in
    its summary 0.93, probes of session s30); with an algorithm or monitoring they pair."""
    model = load_model()
    _irrelevant(
        model,
        [
            Document(
                "Platform workers' pay falls, study finds",
                "Gig workers earn less than the minimum wage in many EU countries, a new study finds.",
            ),
            Document(
                "Tribunal: los repartidores de Glovo son falsos autónomos",
                "La Inspección de Trabajo regulariza a 40.000 trabajadores de plataformas como "
                "asalariados.",
            ),
        ],
    )
    _relevant(
        model,
        [
            Document("Spain's platform workers win algorithm transparency"),
            Document("Les travailleurs des plateformes notés par un algorithme"),
            Document("Plattformbeschäftigte: Lieferdienst überwacht Fahrer per App"),
        ],
        frozenset({"pair@title"}),
    )


def test_the_things_a_verb_watches_are_written_once() -> None:
    """The things after "track" and "monitor" (glaciers, parcels, flights, prices, the weather,
    patients ...) were written in each verb's own lookahead as well as in `things_watched`
    (rules 2026.12.241): now only there, so each verb is read with all of them ("Radar monitors
    flights over the Baltic", "Hospitals track patients' vital signs" had been read as
    monitoring, each verb knowing only its own list)."""
    for thing in ("glaciers", "parcels", "flights", "wildfires", "patients", "traffic"):
        families = {family for family, _, pattern in WRITTEN if thing in pattern}
        assert "monitoring" not in families, (thing, families)
    _unread(
        [
            Document("Radar monitors flights over the Baltic"),
            Document("Scientists monitor whales off the coast"),
            Document("Hospitals track patients' vital signs with wearables"),
            Document("NASA satellites track melting glaciers in real time"),
        ],
        ("monitoring@title",),
        load_model(),
    )


def test_the_dismissed_in_each_language_are_workers() -> None:
    """The dismissed are worker terms in the other languages' verb forms too (rules
    2026.12.242): "para despedirla" (a real AEPD story at 0.53: "Denuncia al bar por usar una
    grabación de videovigilancia para despedirla y logra una sanción"), "la despidieron",
    "licenziarla", "licencier", "ontslagen"."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Denuncia al bar por usar una grabación de videovigilancia para despedirla y "
                "logra una sanción"
            ),
            Document("Il capo la spiava con le telecamere per licenziarla"),
            Document("Werknemers ontslagen na heimelijk cameratoezicht"),
        ],
        frozenset({"pair@title"}),
    )
    for title in ("La despidieron tras grabarla", "Pour les licencier", "Ontslagen wegens fraude"):
        assert "worker@title" in judge(Document(title)).signals, title


def test_ai_checking_staff_in_italian_every_move_in_french_and_the_bosses() -> None:
    """Real pages of session s30 (rules 2026.12.244): AI that itself checks staff, or is used to,
    in Italian ("Se l'intelligenza artificiale controlla il lavoro dei dipendenti" 0.45); one's
    every move ("vos moindres gestes") beside a worker term, paired, since paparazzi watch a
    star's too (0.12); "aux patrons", the bosses in the plural (0.20). A labour inspectorate
    checking workers is none of these."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Se l'intelligenza artificiale controlla il lavoro dei dipendenti",
                "L'intelligenza artificiale viene sempre più usata per controllare i dipendenti.",
            ),
            Document(
                "Comment l'intelligence artificielle peut observer vos moindres gestes au travail"
            ),
        ],
        frozenset({"pair@title"}),
    )
    assert "worker@summary" in judge(Document("IA", "Des idées aux patrons.")).signals
    _unread([Document("Les paparazzis épient ses moindres gestes")], ("monitoring@",), model)
    _irrelevant(model, [Document("L'Ispettorato controlla i lavoratori in nero nei cantieri")])


def test_the_control_of_activity_in_spanish_counts_beside_staff() -> None:
    """ "Control de la actividad" is monitoring beside a worker term (rules 2026.12.245; a real
    page of session s30 at 0.55), not the tax office's "control de la actividad económica"."""
    model = load_model()
    _relevant(model, [Document("Control de la actividad a empleados")], frozenset({"pair@title"}))
    _irrelevant(
        model,
        [Document("Hacienda refuerza el control de la actividad económica de los autónomos")],
    )


def test_a_phrase_two_patterns_both_read_is_evidence_once() -> None:
    """The Dutch biometric time clock was written twice (rules 2026.12.246), so a real page's
    evidence showed "biometrische prikklok" twice and hid the worker term it pairs with."""
    doc = Document(
        "Bedrijf krijgt AVG-boete van 725.000 euro voor verwerken vingerafdrukken personeel",
        "Een bedrijf dat via een biometrische prikklok de vingerafdrukken van werknemers verwerkte "
        "heeft van de Autoriteit Persoonsgegevens een AVG-boete van 725.000 euro gekregen.",
    )
    shown = [(e.field, e.phrase.lower()) for e in judge(doc).classification.evidence]
    assert len(shown) == len(set(shown)), shown


def test_austrian_staff_dutch_recordings_and_italian_checks_on_the_worker() -> None:
    """Real pages of session s31 (rules 2026.12.247): Austria's "Dienstnehmer", "Dienstgeber"
    and "Dienstfahrzeug" are worker terms (a DSB decision on GPS in "Dienstfahrzeugen"); the Dutch
    compounds for a recording are recordings ("Heimelijke cameraopname komt werkgever duur te
    staan" 0.11); Italian checks aimed at the worker ("controlli operati dall'impresa nei
    confronti del lavoratore" 0.38) and "defensive" remote ones are monitoring. A recording of a
    comet is none of these."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Heimelijke cameraopname komt werkgever duur te staan",
                "De vraag was of werkgever de arbeidsovereenkomst met werknemer kon beëindigen op "
                "grond van beeldopnamen die een derde van werknemer maakte.",
            ),
            Document("Legittimità dei controlli operati dall'impresa nei confronti del lavoratore"),
        ],
        frozenset({"pair@title"}),
    )
    for title in ("Daten der Dienstnehmer", "Der Dienstgeber haftet", "GPS im Dienstfahrzeug"):
        assert "worker@title" in judge(Document(title)).signals, title
    assert "monitoring@title" in judge(Document("Controlli a distanza difensivi")).signals
    _irrelevant(model, [Document("Camera-opname van de komeet boven Drenthe")])


def test_workers_exposure_to_a_hazard_measured_is_occupational_health() -> None:
    """Workers' exposure to noise, lead, asbestos or radiation measured is occupational health,
    whoever is named (rules 2026.12.248: seven of ten such probes of session s31 were relevant
    at 1.00 in five languages: the worker is named and the exposure "monitored"). A tracking
    device or privacy named keeps the item."""
    model = load_model()
    exposure = [
        Document("Biological monitoring of workers exposed to lead: new limit values"),
        Document("Noise at work: employers must monitor noise levels and protect workers' hearing"),
        Document("Surveillance de l'exposition des travailleurs à l'amiante : nouvelles règles"),
        Document("Monitoraggio dell'esposizione dei lavoratori al rumore: cosa cambia"),
        Document("Blootstelling van werknemers aan gevaarlijke stoffen beter monitoren"),
        Document("Radiation workers' doses monitored by new national registry"),
    ]
    kept = [
        Document(
            "Employers monitor workers' exposure to heat with wearables",
            "Unions warn the data could be used for discipline and raise privacy concerns.",
        )
    ]
    _ruled_out(model, exposure, OCCUPATIONAL_EXPOSURE, kept)
    _relevant(model, kept)


def test_occupational_health_is_not_monitoring_and_workers_at_high_risk_are_not_ai() -> None:
    """Occupational health's words as laws write them (rules 2026.12.248): "la surveillance de
    l'état de santé des salariés", "la vigilancia periódica de su estado de salud", "il
    monitoraggio della salute dei lavoratori" (0.97-1.00 before). And the AI Act's high-risk
    category needs staff managed, scored or watched, or HR, not workers alone beside "high-risk":
    occupational safety calls workers high-risk too ("outdoor workers in high-risk sectors" was
    a term naming the subject in all six languages, 1.00)."""
    model = load_model()
    _irrelevant(
        model,
        [
            Document(
                "La médecine du travail",
                "Le médecin du travail assure la surveillance de l'état de santé des salariés.",
            ),
            Document(
                "Obligaciones de la empresa",
                "La empresa garantiza a sus trabajadores la vigilancia periódica de su estado de "
                "salud.",
            ),
            Document("Protocolli di monitoraggio della salute dei lavoratori"),
            Document("Heatwave: outdoor workers in high-risk sectors get new protections"),
            Document("Lavoratori esposti ad alto rischio di infortunio nei cantieri"),
            Document(
                "Trabajadores en sectores de alto riesgo podrán jubilarse antes",
                "El Gobierno aprueba el decreto que permite la jubilación anticipada a "
                "trabajadores de actividades de alto riesgo como la minería.",
            ),
            Document("Arbeitnehmer in Hochrisikobereichen: neue Regeln für den Arbeitsschutz"),
            Document("Werknemers met hoog risico op burn-out krijgen extra begeleiding"),
        ],
    )
    _relevant(
        model,
        [
            Document("AI Act: AI systems that evaluate workers are high-risk"),
            Document("AI Act: i sistemi per la gestione dei lavoratori sono ad alto rischio"),
        ],
        frozenset({"strong@title"}),
    )


def test_compliance_an_inspectorate_checks_and_what_workers_track_of_their_own() -> None:
    """An inspectorate, a union or the Commission checking the employers' compliance is not the
    employers watching their staff, whatever worker term stands there (rules 2026.12.249:
    "Labour inspectors to monitor employers' compliance with the new minimum wage" 1.00 and
    three more in French, Dutch and English); nor workers tracking their own pension, or an
    employer the gender pay gap. Staff's compliance checked is still monitoring."""
    model = load_model()
    _unread(
        [
            Document(
                "Labour inspectors to monitor employers' compliance with the new minimum wage"
            ),
            Document("Union to monitor employers' compliance with the new collective agreement"),
            Document(
                "L'inspection du travail surveille le respect du salaire minimum par les employeurs"
            ),
            Document("Arbeidsinspectie houdt werkgevers in de gaten bij naleving minimumloon"),
            Document("Workers can now track their pension savings online"),
            Document("Employers must monitor the gender pay gap under new EU directive"),
        ],
        ("monitoring@",),
        model,
    )
    _relevant(
        model,
        [
            Document("Employer monitors staff compliance with break rules using badge data"),
            Document("Le logiciel surveille le respect des horaires par les salariés"),
        ],
        frozenset({"pair@title"}),
    )


def test_ai_written_performance_reviews_and_a_reactor_watched() -> None:
    """AI that writes or conducts staff's performance reviews names the subject, an adverb between
    (rules 2026.12.250, .255: "AI now writes employees' performance reviews at some companies"
    0.24, a probe of session s31); a control room's staff watching a reactor watch a thing."""
    model = load_model()
    _relevant(
        model,
        [
            Document("AI now writes employees' performance reviews at some companies"),
            Document("Staff performance reviews conducted with AI raise fairness concerns"),
        ],
        frozenset({"strong@title", "pair@title"}),
    )
    _unread([Document("Control room staff monitor the reactor")], ("monitoring@",))


def test_hotel_housekeepers_managed_through_an_app() -> None:
    """Hotel housekeepers are workers, and an app that dictates their schedules or room
    assignments manages them (rules 2026.12.251: "More stress, fewer breaks: hotel housekeepers
    reveal what it's like working for an app" 0.24, a real page of session s31); paired, since
    software assigns robots their tasks too, and a household's housekeepers are not a hotel's."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "More stress, fewer breaks: hotel housekeepers reveal what it's like working for an "
                "app",
                "Hotel housekeepers are being managed through an app which dictates their cleaning "
                "schedules and room assignments in real time.",
            ),
        ],
        frozenset({"pair@summary"}),
    )
    _irrelevant(
        model,
        [
            Document(
                "Software assigns tasks to warehouse robots",
                "The new system allocates picking tasks to a fleet of robots.",
            ),
            Document(
                "New app lets households manage their housekeepers' schedules",
                "Families can book cleaners and set their schedules from their phones.",
            ),
        ],
    )


def test_locator_badges_and_police_officers_watched() -> None:
    """Badges that locate staff indoors are location tracking ("Nurse locator devices" 0.40, a
    real page of session s31), and police officers are the staff an employer watches ("Police
    officers object to GPS tracking of patrol cars" 0.22: "police" read them as the public's
    watchers); not where they use or wear the cameras (rules 2026.12.252)."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Nurse locator devices",
                "Are employers obligated to inform the staff if electronic nurse locator devices "
                "are in use?",
            ),
            Document(
                "Police officers object to GPS tracking of patrol cars",
                "The police union says the force uses vehicle GPS data to monitor officers' breaks.",
            ),
        ],
    )
    assert "worker@title" not in judge(Document("Police officers use facial recognition")).signals


def test_staff_made_to_train_the_ai_that_replaces_them() -> None:
    """Employee activity used to train AI, the story this tool began with, told as staff made to
    train the AI that is to replace them, in six languages, and as their work or calls recorded
    to teach it (rules 2026.12.253: "Workers are being asked to train the AI that will replace
    them" 0.22, "Company records call-centre agents' calls to train its AI voice bot" 0.06, "Les
    salariés de la banque invités à former l'IA qui fera leur travail" 0.06, probes of session
    s31). AI replacing jobs, or a vendor's AI trained on its users' messages, is not."""
    _sorts(
        [
            Document(
                "Workers are being asked to train the AI that will replace them",
                "Companies record how employees handle tickets and emails so that AI agents can "
                "learn to do the same tasks.",
            ),
            Document("Company records call-centre agents' calls to train its AI voice bot"),
            Document("Les salariés de la banque invités à former l'IA qui fera leur travail"),
            Document("I dipendenti addestrano l'IA che li sostituirà"),
        ],
        [
            Document("AI could replace 300 million jobs, Goldman Sachs says"),
            Document("Slack says it does not train its AI models on customer messages"),
        ],
    )


def test_the_ai_acts_article_26_7_high_risk_ai_at_work() -> None:
    """High-risk AI itself named with the staff's representatives or the workplace is the AI
    Act's article 26(7), which has employers inform them first (rules 2026.12.254: three probes
    of session s31 at 0.01-0.27, in English, German and French). Not the AI Office's staff, nor
    AI literacy training."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "AI Act: employers must inform workers' representatives before using high-risk AI "
                "at work"
            ),
            Document(
                "KI-Verordnung: Arbeitgeber müssen Betriebsrat vor Einsatz von Hochrisiko-KI "
                "informieren"
            ),
        ],
        frozenset({"strong@title"}),
    )
    _unread(
        [
            Document("Staff at the AI Office will supervise high-risk AI providers"),
            Document("AI literacy: employers must train staff under Article 4 of the AI Act"),
        ],
        ("strong@",),
        model,
    )


def test_the_sessions_work_patterns_count_beside_staff_only() -> None:
    """Rules 2026.12.255: three kinds of pattern the session added read things other than staff
    when alone in a title, where a monitoring word weighs most in the model (AI scribes record
    doctors' consultations, locator tags find keys, AI is trained to replace jobs): they are
    `[paired]` terms now, counted beside a worker term only."""
    model = load_model()
    _irrelevant(
        model,
        [
            Document(
                "AI scribes record doctor-patient conversations to write clinical notes",
                "Hospitals are rolling out ambient AI that listens to consultations.",
            ),
            Document(
                "Bluetooth locator tags help you find lost keys",
                "The new tags work with your phone to find keys and bags.",
            ),
        ],
    )
    _unread(
        [
            Document("Locator devices for people with dementia trialled by council"),
            Document("Startups train AI to replace customer service"),
        ],
        ("monitoring@",),
    )
    _relevant(
        model,
        [Document("Company records call-centre agents' calls to train its AI voice bot")],
        frozenset({"pair@title"}),
    )


def test_workers_that_are_not_people() -> None:
    """Rules 2026.12.256: a party's name, a hive's or a colony's workers and software's are not
    staff (probes of session s32, relevant at 0.98-1.00: "North Korea's Workers' Party tightens
    surveillance of citizens", "Researchers track worker bees with tiny RFID tags", "Kubernetes
    worker node monitoring"); where the title names them and the rules read no worker term
    anywhere, the item is ruled out, since the model alone still read their words as staff
    watched (0.59-0.94). Staff named beside a party's name keep the item."""
    model = load_model()
    not_people = [
        Document("North Korea's Workers' Party tightens surveillance of citizens"),
        Document(
            "Monitoring Cloudflare Workers: logs, traces and metrics now in one dashboard",
            "Developers can now track every Worker invocation, with real-time logs and traces.",
        ),
        Document("Kubernetes worker node monitoring with Prometheus and Grafana"),
        Document("GitHub Actions: monitor self-hosted runners and worker pools"),
        Document("Researchers track worker bees with tiny RFID tags"),
        Document("Des abeilles ouvrières suivies à la trace grâce à des puces RFID"),
        Document(
            "Api operaie monitorate con sensori: così si studia il declino degli impollinatori"
        ),
        Document("El Partido de los Trabajadores denuncia espionaje a sus dirigentes"),
    ]
    kept = [
        Document(
            "Workers' Party MPs call for ban on keystroke monitoring of employees",
            "The opposition party tabled a bill to outlaw bossware in offices.",
        )
    ]
    _ruled_out(model, not_people, NOT_PEOPLE, kept)
    _relevant(model, [*kept, Document("Warehouse workers tracked by handheld scanners")])


def test_staff_who_watch_something_else_are_the_watchers() -> None:
    """Rules 2026.12.257: staff as the subject of a monitoring verb watch something or someone
    else (18 of 21 probes of session s32 relevant at 0.95-1.00: "Zoo staff monitor newborn
    panda", "SEC staff to monitor crypto exchanges", "Casino staff watch gamblers with facial
    recognition"); a title whose only staff are the watchers is ruled out. Staff watched, made to
    track, watching each other or watching as they are scored keep the item."""
    model = load_model()
    watchers = [
        Document("Zoo staff monitor newborn panda around the clock"),
        Document(
            "SEC staff to monitor crypto exchanges more closely",
            "The agency's staff will track trading on unregistered platforms.",
        ),
        Document("Casino staff watch gamblers with facial recognition to catch cheats"),
        Document("Museum staff track visitor numbers with new sensors"),
        Document("Les salariés du zoo surveillent le bébé panda jour et nuit"),
        Document("Los empleados del casino vigilan a los jugadores con cámaras"),
        Document("Mitarbeiter des Zoos überwachen das neugeborene Elefantenbaby rund um die Uhr"),
        Document("Medewerkers van de gemeente houden de waterstand in de gaten"),
    ]
    kept = [
        Document("Employees monitored by AI cameras at warehouses, report finds"),
        Document("Bosses make staff track every minute in new timesheet app"),
        Document("Staff monitor each other's productivity in new peer-review app"),
        Document(
            "Employees watch their productivity scores fall as new software tracks idle time",
            "The firm installed the tool on every laptop.",
        ),
        Document(
            "Housekeeper Cleaning Time (Report)",
            "Hotels can now require housekeeping staff to track time spent on individual "
            "requests via the mobile app; the report aims to provide a means of monitoring "
            "housekeeper activity.",
        ),
    ]
    _ruled_out(model, watchers, STAFF_WATCHING, kept)
    _relevant(model, kept, frozenset({"pair@title", "pair@summary"}))


def test_staff_who_use_a_tool_to_watch_others() -> None:
    """Rules 2026.12.258: staff who use a tool to watch something or someone else are the
    watchers too ("Care workers use sensors to monitor elderly residents" 1.00, "Retail staff use
    body cameras and AI to monitor shoppers" 1.00, "Bank employees use AI to monitor
    transactions for fraud" 1.00: probes of session s32), in four languages; staff are read as
    the watchers before a thing watched drops the verb ("Staff track customer orders with new
    warehouse app", the model's 0.72 alone before). A tool used on the staff keeps the item."""
    model = load_model()
    watchers = [
        Document("Bank employees use AI to monitor transactions for fraud"),
        Document("Retail staff use body cameras and AI to monitor shoppers"),
        Document(
            "I dipendenti della banca usano l'intelligenza artificiale per monitorare le "
            "transazioni sospette"
        ),
        Document("Staff track customer orders with new warehouse app"),
    ]
    kept = [
        Document(
            "Workers used to track their hours on paper; now AI watches them",
            "The company installed activity-monitoring software on every PC.",
        ),
        Document("Employees use company phones that track their location around the clock"),
    ]
    _ruled_out(model, watchers, STAFF_WATCHING, kept)
    _relevant(model, kept)


def test_people_on_benefits_or_looking_for_work_are_not_staff() -> None:
    """Rules 2026.12.259: a jobcentre or a benefits agency checking the people it pays is not an
    employer watching staff ("Jobcenter sollen Bürgergeld-Empfänger stärker überwachen" 0.70,
    probes of session s32): claimants, the unemployed, "allocataires", "demandeurs d'emploi",
    "Bürgergeld", "perceptores", "uitkeringsgerechtigden" are among the others watched. The
    agency's own staff watched stay relevant."""
    model = load_model()
    _irrelevant(
        model,
        [
            Document("Jobcenter sollen Bürgergeld-Empfänger stärker überwachen"),
            Document(
                "DWP uses AI to flag benefit claimants for fraud investigations",
                "The algorithm scores Universal Credit claimants on their risk of fraud.",
            ),
            Document("France Travail va contrôler davantage les demandeurs d'emploi grâce à l'IA"),
            Document("El SEPE vigilará con algoritmos a los perceptores del paro"),
        ],
    )
    _relevant(
        model,
        [
            Document(
                "Jobcentre staff monitored by new call-recording system, union says",
                "PCS says advisers' calls with claimants are scored by software.",
            )
        ],
    )
    verdict = judge(Document("Jobcenter sollen Bürgergeld-Empfänger stärker überwachen"))
    assert "other-subject" in {e.concept for e in verdict.classification.evidence}


def test_staffs_ai_use_measured_and_research_that_measures_it() -> None:
    """Rules 2026.12.260: an employer measuring, tracking or grading its staff's use of AI is
    productivity scoring, paired, in six languages ("Microsoft's Copilot dashboard lets bosses
    see which staff use AI the least" 0.34, "Werkgevers volgen steeds vaker het AI-gebruik van
    hun personeel" 0.21, "Arbeitgeber messen KI-Nutzung ihrer Beschäftigten" 0.27: probes of
    session s32), and so is one's every break logged. A survey, study or index that measures
    it is research, not an employer watching: its verb is no monitoring term."""
    model = load_model()
    _relevant(
        model,
        [
            Document("Microsoft's Copilot dashboard lets bosses see which staff use AI the least"),
            Document("Google tells staff that AI use will count in their reviews"),
            Document("Werkgevers volgen steeds vaker het AI-gebruik van hun personeel"),
            Document(
                "Arbeitgeber messen KI-Nutzung ihrer Beschäftigten – Betriebsräte schlagen Alarm"
            ),
            Document("TikTok staff say an internal app logs their every break"),
        ],
        frozenset({"pair@title"}),
    )
    research = [
        Document("New index measures AI usage among Dutch employees"),
        Document("Onderzoek meet AI-gebruik onder werknemers"),
        Document("Une étude mesure l'usage de l'IA par les salariés français"),
        Document(
            "Study tracks how often workers use ChatGPT at work",
            "Researchers surveyed 10,000 employees in Denmark.",
        ),
    ]
    _irrelevant(model, research)
    _unread(research, ("pair@title",))


def test_a_monitoring_pattern_that_names_the_staff_is_a_pair() -> None:
    """Rules 2026.12.261: a monitoring pattern that names the staff it watches ("score staff",
    "grade employees on their AI usage", "listen to employee conversations") holds its worker
    term, and until now was not a pair with it (one word is not a pair with itself): "Company
    plans to score staff on their time at their desks" was the model's alone (0.96, no rule
    read). A phrase both lists read whole is still not a pair with itself."""
    _read(
        (
            "Company plans to score staff on their time at their desks",
            "Meta will grade employees on their AI usage starting next year",
            "Lawsuit: Walmart used AI to listen to employee conversations at checkout",
        )
    )
    same = Hit(0, 9, "worker")
    assert not _near(Hit(0, 9, "monitoring"), same, 10_000)
    assert _near(Hit(0, 20, "monitoring"), Hit(6, 11, "worker"), 0)


def test_two_hits_that_share_a_word_are_a_pair() -> None:
    """Rules 2026.12.710 (review): a monitoring hit and a worker hit that share a word, each with
    words of its own ("data used to fire" and "fire drivers"), are a pair; the [paired] pattern
    of the data used to fire had been written to swallow the words after it so that the worker
    lay inside it. A hit inside a larger one of the other list, or the same span, is as before."""
    _read(("Union wins right to see the data used to fire drivers",))
    assert _near(Hit(0, 20, "monitoring"), Hit(15, 30, "worker"), 0)
    assert _near(Hit(15, 30, "monitoring"), Hit(0, 20, "worker"), 0)
    assert not _near(Hit(6, 11, "monitoring"), Hit(0, 20, "worker"), 0)


def test_ai_agents_and_robots_called_staff_and_job_titles_are_not_staff() -> None:
    """Rules 2026.12.262: AI agents or robots called employees, workers or a workforce are not
    people ("Digital employees need supervision too: how to monitor your AI workforce" 1.00,
    "Humanoid robot workers monitored by AI in new car factory" 1.00: probes of session s32),
    nor is "OpenAI employees" cut to "AI employees"; a staff engineer's title is no worker
    term. The not-people veto does not read staff the title names as the watchers of something
    else: those are staff-watching. And how staff spend their time, seen or measured, counts
    beside a worker term."""
    model = load_model()
    robots = [
        Document("Digital employees need supervision too: how to monitor your AI workforce"),
        Document("Humanoid robot workers monitored by AI in new car factory"),
    ]
    _ruled_out(model, robots, NOT_PEOPLE)
    _unread(
        [Document("Staff engineer explains how Netflix monitors its microservices")], ("pair@",)
    )
    _ruled_out(
        model,
        [
            Document("Election workers monitor polling stations as voting begins"),
            Document("Bank employees use AI to monitor transactions for fraud"),
        ],
        STAFF_WATCHING,
    )
    assert "worker@title" in judge(Document("OpenAI employees warn of AI risks")).signals
    _relevant(
        model,
        [Document("Microsoft Workplace Analytics lets managers see how staff spend their time")],
        frozenset({"pair@title"}),
    )


def test_digital_taylorism_geofenced_staff_and_checks_that_staff_are_working() -> None:
    """Rules 2026.12.263: the algorithm named as the (new) foreman and Taylorism gone digital
    name the subject; staff geofenced and a check that staff are working are monitoring
    (probes of session s32, relevant at 0.58-0.64, the model's alone). Geofencing aimed at
    shoppers or children is not staff watched."""
    model = load_model()
    _relevant(
        model,
        [Document("Digital Taylorism is back: the algorithm is the new foreman")],
        frozenset({"strong@title"}),
    )
    _read(
        (
            "Geofencing staff: when the app knows you left the site",
            "'Productivity paranoia': bosses install software to check remote staff are working",
        )
    )
    _irrelevant(
        model,
        [
            Document("Geofencing ads target shoppers near rival stores"),
            Document("Parents use geofencing to know when kids leave school"),
        ],
    )


def test_a_staff_watching_phrase_may_begin_inside_a_worker_term() -> None:
    """The staff-watching phrases are read only where a worker term stands, at each of its
    words (a cost measured on long items): "Content moderators monitor hate speech", whose worker
    term is "content moderators" and whose phrase begins at "moderators", is still read."""
    _ruled_out(
        load_model(),
        [Document("Content moderators monitor hate speech ahead of the election")],
        STAFF_WATCHING,
    )


def test_staffs_internet_use_logged_in_six_languages() -> None:
    """Rules 2026.12.265: staff's internet use logged, monitored or checked, said with the verb
    ("The Norwegian DPA fined a municipality for logging employees' internet use", a GDPRhub-style
    probe of session s32 at 0.46; "Arbeitgeber darf Internetnutzung nicht heimlich
    protokollieren" 0.33). Parents' checks of their children's internet use are not staff
    watched."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Datatilsynet (Norway) - 21/03456",
                "The Norwegian DPA fined a municipality NOK 400,000 for logging employees' "
                "internet use without a legal basis and using the logs in a dismissal case.",
            ),
            Document("Arbeitgeber darf Internetnutzung nicht heimlich protokollieren"),
            Document("Il datore di lavoro e il controllo dell'uso di internet dei dipendenti"),
        ],
    )
    _irrelevant(
        model,
        [Document("Parents are monitoring their children's internet use more than ever")],
    )


def test_teachers_are_staff_watched_or_watching() -> None:
    """Rules 2026.12.266: teachers are worker terms (the school's staff): "The Swedish DPA
    ordered a school to stop using facial recognition to register teachers' attendance" was
    0.15 (a GDPRhub-style probe of session s32). A teacher watching the pupils is staff watching,
    in five languages."""
    model = load_model()
    _relevant(
        model,
        [
            Document(
                "Datainspektionen / IMY (Sweden) - DI-2024-1234",
                "The Swedish DPA ordered a school to stop using facial recognition to register "
                "teachers' attendance.",
            ),
            Document(
                "Schools install cameras to monitor teachers in classrooms",
                "Unions say the footage is used to assess lessons.",
            ),
        ],
    )
    _irrelevant(
        model,
        [
            Document("Teachers use AI to monitor students' screens during lessons"),
            Document("Les enseignants utilisent l'IA pour surveiller les copies des élèves"),
        ],
    )


def test_workplace_analytics_is_algorithmic_management() -> None:
    """Rules 2026.12.267: workplace and employee analytics, as people and workforce analytics
    were ("Five things to check before you roll out workplace analytics" 0.46, a probe of
    session s32); website analytics are not staff watched."""
    _sorts(
        [
            Document(
                "Five things to check before you roll out workplace analytics",
                "Tools that measure collaboration and focus time can breach data protection law "
                "if they single out individuals.",
            )
        ],
        [
            Document(
                "Website analytics: how to track visitors without cookies",
                "Privacy-friendly tools count page views.",
            )
        ],
    )


def test_robo_firing_a_look_into_the_mailbox_and_drivers_fingerprinted() -> None:
    """Rules 2026.12.268: three labelled items missed out of fold (0.48-0.56), each for a word
    the rules did not read: "robo-firing" names the subject; "inzage in de mailbox" is a look
    into staff's mail; digital fingerprinting beside a worker term is biometrics (alone it is a
    browser's)."""
    _read(("Uber hit with default 'robo-firing' ruling",), frozenset({"strong@title"}))
    _read(
        (
            "Inzage in de mailbox van (zieke) medewerkers, mag dat zomaar?",
            "BNSF, truck drivers reach settlement in Illinois digital fingerprinting lawsuit",
        )
    )
    _unread(
        [Document("Our response to Google's policy change on fingerprinting")], ("monitoring@",)
    )


def test_voters_athletes_refugees_and_inmates_are_others_watched() -> None:
    """Rules 2026.12.269: voters, athletes, refugees, asylum seekers, protesters and inmates,
    whom a party, a club, a state or a prison watches, are among the others watched (the model
    alone had read "Political campaigns use AI to track voters' online behaviour" 0.61 and
    "WADA's whereabouts system tracks athletes 365 days a year" 0.74 as staff watched: probes of
    session s32)."""
    model = load_model()
    docs = [
        Document("Political campaigns use AI to track voters' online behaviour"),
        Document("WADA's whereabouts system tracks athletes 365 days a year"),
    ]
    _irrelevant(model, docs)
    for doc in docs:
        assert "other@title" in judge(doc).signals, doc.title


def test_a_monitoring_noun_a_things_name_makes_a_compound_of() -> None:
    """Rules 2026.12.270: "transaction monitoring", "market surveillance", "post-market
    surveillance", "epidemiologische Überwachung" watch things, whatever worker term stands
    there ("Market surveillance of machinery: new EU rules to protect workers from unsafe
    equipment" 1.00, probes of session s32); the French, Italian and Spanish "épidémiologique"
    after the noun are things watched."""
    model = load_model()
    things = [
        Document(
            "Market surveillance of machinery: new EU rules to protect workers from unsafe equipment"
        ),
        Document("Post-market surveillance of medical devices: what manufacturers must do"),
        Document("Epidemiologische Überwachung: Beschäftigte im Gesundheitswesen melden Fälle"),
    ]
    _irrelevant(model, things)
    _unread(
        [
            *things,
            Document("Bank fined after staff ignored alerts in transaction monitoring system"),
        ],
        ("monitoring@title",),
    )
    _relevant(
        model,
        [Document("Bank monitored staff's personal phones for WhatsApp use after regulator fines")],
    )
