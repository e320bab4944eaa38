"""The role as advertised: praise around it is dropped, a department heading is not a post."""

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.role import categorize, find_role, title_over_sections

CASES = [
    (
        "dutch-praise-before-the-role",
        "Voor ons team Jeugd in Gent zoeken we een gedreven psycholoog (m/v/x) die jongeren begeleidt.",
        "Psycholoog",
        "psychologue",
    ),
    (
        "french-praise-after-the-role",
        "L'ASBL Le Passage recherche un·e éducateur·rice motivé·e pour son centre de jour.",
        "Éducateur·rice",
        "educateur",
    ),
    (
        "english-praise-before-the-role",
        "Open Doors Brussels is looking for an experienced social worker to join its intake team.",
        "Social worker",
        "assistant_social",
    ),
    (
        "named-department-above-the-title",
        "Service public régional\nDirection Santé et Aide aux personnes\n\nAssistant·e administratif·ve (niveau C)\n\n"
        "Tâches : suivi des dossiers d'agrément.",
        "Assistant·e administratif·ve",
        "administratif",
    ),
]


CASES += [
    (
        "gender-marker-closes-an-unknown-title",
        "Accompagnant·e Familles Jeunes Parents (h/f/x)\nOffice régional de l'enfance\nCode de sélection\nXYZ1",
        "Accompagnant·e Familles Jeunes Parents",
        "other",
    ),
    (
        "gender-marker-title-of-no-category",
        "Chargé·e d'intendance des sites (m/f/x)\nSPF Exemple\nType de contrat\nStatutaire",
        "Chargé·e d'intendance des sites",
        "other",
    ),
    (
        "reference-code-before-the-title",
        "2027-114 Médiateur interculturel - langue arabe - CDI\nDétails de la société",
        "Médiateur interculturel",
        "other",
    ),
    (
        "caps-site-word-glued-to-the-title",
        "VACATURESMaatschappelijk werker wijkproject (M/V/X)\nHet OCMW zoekt een maatschappelijk werker.",
        "Maatschappelijk werker wijkproject",
        "assistant_social",
    ),
    (
        "dutch-inclusive-st",
        "Gemeente Lovendegem\nVacature maatschappelijk werk(st)er\nWat\nJe begeleidt cliënten.",
        "Maatschappelijk werk(st)er",
        "assistant_social",
    ),
    (
        "dutch-compound-on-arts",
        "VACATURE CENTRUMARTS\nWerkgever\nHet centrum zoekt een arts voor de medische opvolging.",
        "Centrumarts",
        "medecin",
    ),
    (
        "plural-title-of-a-notice",
        "Travailleurs sociaux (m/f/x) pour la Communauté germanophone\nCode de sélection\nAFC1",
        "Travailleurs sociaux",
        "assistant_social",
    ),
    (
        "list-after-the-recruiting-verb",
        "La Ligue engage :\n- un·e Chargé·e de recherche en sociologie – CDD – temps plein ;\n- un·e comptable.",
        "Chargé·e de recherche en sociologie",
        "recherche",
    ),
    (
        "inclusive-article-in-a-job-description",
        "CONTEXTE\nLe réseau structure le trajet de soins.\nDESCRIPTION DU POSTE\n"
        "Le/la chargé·e de projet coordonne les étapes du trajet.",
        "Chargé·e de projet",
        "charge_de_projets",
    ),
    (
        "labelled-post-proposed",
        "Hôpital de Sainte-Colline\nPublié le 2 mars 2027\nPoste proposé\nPsychologue en équipe mobile\nContrat\nCDD",
        "Psychologue en équipe mobile",
        "psychologue",
    ),
    (
        "discipline-is-not-the-doctor",
        "Médecine pour Tous / Molenbeek\nMédecine pour Tous recrute !\nNous cherchons un médecin généraliste.",
        "Médecin généraliste",
        "medecin",
    ),
]


@pytest.mark.parametrize(("text", "role", "category"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role(text, role, category):
    found = find_role(Doc(text))
    assert found["role"].value == role
    assert found["role_category"].value == category


def test_a_post_named_direction_is_still_a_post():
    found = find_role(Doc("Direction médicale (h/f/x)\n\nLe SSM Les Tilleuls engage son directeur médical."))
    assert found["role_category"].value == "direction"


# Titles the vocabulary names: heads of service, team leaders, advisers, volunteers, research posts.
CATEGORY_CASES = [
    ("head-of-service-outranks-the-doctor", "Médecin chef·fe de service", "direction"),
    ("doctor-in-chief", "Médecin-chef", "direction"),
    ("head-of-a-house", "Responsable de la crèche communale", "direction"),
    ("team-lead-stays-a-coordinator", "Responsable d'équipe", "coordinateur"),
    ("head-of-unit-nurse-stays-a-nurse", "Infirmier chef d'unité", "infirmier"),
    ("dutch-team-leader", "Teamleider nachtwerking", "coordinateur"),
    ("dutch-project-coordinator", "Projectcoördinator", "coordinateur"),
    ("dutch-adviser", "Adviseur jeugdbeleid", "charge_de_projets"),
    ("dutch-adviser-compound", "Beleidsadviseur", "charge_de_projets"),
    ("english-project-assistant", "Project Assistant", "charge_de_projets"),
    ("listener-on-a-helpline", "Écoutant·e", "accueil"),
    ("dutch-volunteer-compound", "Buddyvrijwilliger", "other"),
    ("french-volunteer", "Bénévole", "other"),
    ("counsellor-of-childminders", "Consulent onthaalouders", "other"),
    ("officer-of-no-known-field", "Senior Protection Officer", "other"),
    ("policy-officer-stays-a-project-post", "Policy Officer", "charge_de_projets"),
    ("academic-post", "Academic in Social Work", "recherche"),
    ("doctoral-post", "PhD position", "recherche"),
    ("observatory-post", "Observatrice", "recherche"),
    ("peer-health-mediator", "Médiateur santé-pair", "pair_aidant"),
    ("hospital-social-worker", "Assistant de service social", "assistant_social"),
    ("legal-collaborator", "Collaborateur juridique", "other"),
    ("specialist-of-no-category", "Spécialiste nutrition", "other"),
    ("french-coordonnateur", "Coordonnateur du parcours de soins", "coordinateur"),
    ("dutch-head-of-service", "Hoofd van dienst Kinderopvang", "direction"),
    ("doctoral-student-is-no-doctor", "Doctorant·e en santé publique", "recherche"),
    ("dutch-doctoral-researcher", "Doctoraatsonderzoeker", "recherche"),
    ("english-doctor-stays-a-doctor", "Doctor for the mobile clinic", "medecin"),
    ("case-manager-coordinates-care", "Case manager", "coordinateur"),
    ("longer-stem-wins-at-the-same-start", "Chargé·e de l'accueil", "accueil"),
    ("french-therapist-compound", "Musicothérapeute", "paramedical"),
    ("psychotherapist-stays-a-psychologist", "Psychothérapeute", "psychologue"),
    ("dutch-orthopedagogue", "Orthopedagoog", "psychologue"),
    ("french-project-lead", "Cheffe de projet", "charge_de_projets"),
    ("dutch-youth-worker", "Jeugdwerker", "educateur"),
    ("french-social-intervener", "Intervenant·e social·e", "assistant_social"),
    ("trainer-of-no-category", "Formatrice", "other"),
    ("dutch-phd-candidate", "Promovendus klinische psychologie", "recherche"),
    ("dutch-behavioural-scientist", "Gedragswetenschapper jeugdzorg", "psychologue"),
    ("dutch-project-lead", "Projectleider wijkgezondheid", "charge_de_projets"),
    ("head-of-a-unit", "Responsable de la cellule logement", "direction"),
    ("child-protection-educator", "Référent·e éducatif·ve en famille d'accueil", "educateur"),
    ("dutch-educator-adjective-noun", "Opvoedkundige leefgroep", "educateur"),
    ("dutch-file-handler", "Dossierbehandelaar zorgbudget", "administratif"),
    ("dutch-home-carer", "Verzorgende gezinszorg", "other"),
    ("dutch-social-psychiatric-nurse", "Sociaal psychiatrisch verpleegkundige", "infirmier"),
    ("intercultural-mediator-of-no-category", "Interculturele bemiddelaar", "other"),
    ("public-agent-of-no-category", "Agent·e de prévention", "other"),
    ("reception-agent-keeps-its-trade", "Agent d'accueil", "accueil"),
    ("translator-of-no-category", "Traducteur·rice arabe", "other"),
    ("plural-of-a-title-of-several-words", "Travailleurs de rue", "educateur"),
    ("plural-project-officers", "Chargés de projet", "charge_de_projets"),
    ("dutch-plural-compound-psychologists", "Eerstelijnspsychologen", "psychologue"),
    ("dutch-plural-compound-nurses", "Wijkverpleegkundigen", "infirmier"),
    ("speech-therapist-french", "Orthophoniste", "paramedical"),
    ("speech-therapist-english", "Speech and Language Therapist", "paramedical"),
    ("english-general-practitioner", "General Practitioner", "medecin"),
    ("assistant-to-the-director-is-administrative", "Assistant·e de direction", "administratif"),
    ("dutch-secretariat", "Secretariaatsmedewerker", "administratif"),
    ("dutch-pedagogical-worker", "Pedagogisch medewerker kinderopvang", "educateur"),
    ("english-youth-worker", "Youth Worker", "educateur"),
    ("english-support-worker-of-no-category", "Mental Health Support Worker", "other"),
    ("peer-support-worker-stays-a-peer", "Peer Support Worker", "pair_aidant"),
    ("french-psychopedagogue", "Psychopédagogue", "psychologue"),
    ("dutch-doctor-compound-with-hyphen", "Arts-adviseur", "medecin"),
    ("commissioner-general-heads-a-body", "Commissaire général aux réfugiés", "direction"),
    ("dutch-security-escort-is-no-educator", "Veiligheidsbegeleider", "other"),
    ("dutch-security-assistant-escort", "Bewakingsassistent-detentiebegeleider", "other"),
    ("dutch-home-support-worker-still-educates", "Woonbegeleider", "educateur"),
    ("dutch-officer-compound", "Inclusieambtenaar", "other"),
]


@pytest.mark.parametrize(
    ("title", "category"), [c[1:] for c in CATEGORY_CASES], ids=[c[0] for c in CATEGORY_CASES]
)
def test_category(title, category):
    assert categorize(title) == category


@pytest.mark.parametrize(
    "title",
    [
        "Coordinating organisation",
        "Academic year 2026-2027",
        "Médecine générale",
        "PhD grant",
        "Doctoral school",
        "Educational background",
        "Éducation permanente",
        "Agenda des formations",
    ],
    ids=[
        "english-gerund",
        "academic-as-adjective",
        "discipline",
        "a-grant-is-no-post",
        "a-school-is-no-post",
        "education-is-no-educator",
        "french-education-is-no-educator",
        "an-agenda-is-no-agent",
    ],
)
def test_not_a_title(title):
    assert categorize(title) is None


RECRUIT_CASES = [
    (
        "unknown-trade-after-the-verb",
        "L'ONG Terre Commune recrute un Spécialiste nutrition pour sa mission au Niger.",
        "Spécialiste nutrition",
        "other",
    ),
    (
        "unknown-trade-closed-by-a-comma",
        "La Fédération des maisons médicales engage un collaborateur juridique, CDI, mi-temps.",
        "Collaborateur juridique",
        "other",
    ),
    (
        "article-followed-by-a-colon",
        "Our Antwerp team is looking for a: Psychiatric Nurse (m/f/x)\nContext",
        "Psychiatric Nurse",
        "infirmier",
    ),
    (
        "working-time-word-before-the-title",
        "The Faculty of Psychology seeks to recruit\nA full-time academic in Social Work\nAbout us",
        "Academic in Social Work",
        "recherche",
    ),
    (
        "a-post-created",
        "L'asbl renforce son équipe en créant un poste d'animateur·rice pour son école de devoirs.",
        "Animateur·rice",
        "educateur",
    ),
    (
        "a-post-to-fill-after-another-verb",
        "Le ministère cherche à pourvoir un poste d'observatrice (m/f) à mi-temps pour son observatoire.",
        "Observatrice",
        "recherche",
    ),
    (
        "dutch-procedure-for-the-function",
        "Selectieprocedure voor de functie van maatschappelijk assistent, niveau B1-B3.\nInfo",
        "Maatschappelijk assistent",
        "assistant_social",
    ),
    (
        "dutch-recruitment-of-a-contractual",
        "Het lokaal bestuur organiseert de aanwerving van een contractuele verpleegkundige (m/v/x).",
        "Verpleegkundige",
        "infirmier",
    ),
    (
        "english-offer-of-a-doctoral-post",
        "We offer a fulltime PhD position in a four-year project on sleep and stress.",
        "PhD position",
        "recherche",
    ),
    (
        "heading-verb-then-the-real-sentence",
        "Deux asbl engagent\n\nL'asbl Le Pont recrute un collaborateur administratif, CDD, temps plein.",
        "Collaborateur administratif",
        "administratif",
    ),
    (
        "inclusive-dot-operator",
        "Dans le cadre de la réforme, la fédération recrute un∙e chargé∙e de mission avec pour objectif …",
        "Chargé∙e de mission",
        "charge_de_projets",
    ),
    (
        "the-function-of-in-a-sentence",
        "Description de la fonction de coordinateur·rice pédagogique : vous animez l'équipe des formateurs.",
        "Coordinateur·rice pédagogique",
        "coordinateur",
    ),
    (
        "a-verb-ends-the-title",
        "Au sein de l'asbl, le poste de coordination administrative est ouvert dès janvier.",
        "Coordination administrative",
        "coordinateur",
    ),
    (
        "a-word-that-only-starts-like-a-stop",
        "Le centre recrute un·e chargé·e de projets formation continue, CDD.",
        "Chargé·e de projets formation continue",
        "charge_de_projets",
    ),
    (
        "english-offering-a-funded-studentship",
        "The School of Nursing is offering a fully funded PhD studentship in community mental health as part "
        "of a wider programme.",
        "PhD studentship in community mental health",
        "recherche",
    ),
    (
        "english-relative-clause-ends-the-title",
        "The clinic is looking for a clinical psychologist who speaks Arabic.",
        "Clinical psychologist",
        "psychologue",
    ),
    (
        "generic-collaborator-before-the-trade",
        "Le service de santé mentale recrute un·e collaborateur·rice psychologue à mi-temps.",
        "Collaborateur·rice psychologue",
        "psychologue",
    ),
    (
        "a-titled-trade-beats-a-word-of-no-category",
        "Psychologue clinicien·ne (h/f/x)\nL'asbl Le Relais recrute un collaborateur pour son équipe de soins.",
        "Psychologue clinicien·ne",
        "psychologue",
    ),
    (
        "exclamation-after-the-title",
        "Rejoignez notre équipe en tant que psychologue clinicien·ne !",
        "Psychologue clinicien·ne",
        "psychologue",
    ),
    (
        "hiring-cry-before-the-title",
        "We are hiring! Peer support worker (Dutch-speaking)\nAbout us",
        "Peer support worker",
        "pair_aidant",
    ),
    (
        "dutch-we-are-looking-inverted",
        "Voor ons dagcentrum in Aalst zijn we op zoek naar een halftijdse ergotherapeut.",
        "Ergotherapeut",
        "paramedical",
    ),
    (
        "dutch-question-title",
        "Ben jij onze nieuwe orthopedagoog?\nHet centrum voor leerlingenbegeleiding zoekt versterking.",
        "Orthopedagoog",
        "psychologue",
    ),
    (
        "dutch-recruiting-verb-then-colon",
        "Het ziekenhuis werft aan: verpleegkundige spoedgevallen (80%)",
        "Verpleegkundige spoedgevallen",
        "infirmier",
    ),
    (
        "french-slash-article",
        "La maison médicale recrute un/une kinésithérapeute à 4/5 temps.",
        "Kinésithérapeute",
        "paramedical",
    ),
    (
        "english-progressive-recruiting",
        "Our Ghent office is recruiting a Community Health Worker for the outreach programme.",
        "Community Health Worker",
        "other",
    ),
    (
        "dutch-as-phrase-before-an-object",
        "Wil jij als woonbegeleider onze bewoners ondersteunen?",
        "Woonbegeleider",
        "educateur",
    ),
    (
        "french-part-of-the-week-ends-the-title",
        "La fédération engage un·e chargé·e de communication à raison de trois jours par semaine.",
        "Chargé·e de communication",
        "charge_de_projets",
    ),
    (
        "named-place-of-work-ends-the-title",
        "Le groupe hospitalier recrute un directeur au Centre psychiatrique Les Saules de Mons.",
        "Directeur",
        "direction",
    ),
    (
        "dutch-named-place-of-work-ends-the-title",
        "We zoeken een verpleegkundige bij Zorgnet Kempen voor de nachtdienst.",
        "Verpleegkundige",
        "infirmier",
    ),
    (
        "french-unit-between-verb-and-article",
        "Présentation\nLe CPAS recrute pour son service de médiation de dettes un·e juriste (h/f/x).",
        "Juriste",
        "administratif",
    ),
    (
        "quoted-unit-between-verb-and-article",
        "Présentation\nLa Ville engage pour son projet « Quartiers solidaires » deux éducateurs de rue.",
        "Éducateurs de rue",
        "educateur",
    ),
    (
        "dutch-unit-between-verb-and-article",
        "Over ons\nHet OCMW zoekt voor de dienst thuiszorg een maatschappelijk werker (m/v/x).",
        "Maatschappelijk werker",
        "assistant_social",
    ),
    (
        "contract-between-verb-and-article",
        "Présentation\nLa clinique recrute en CDI un infirmier de nuit pour son unité de crise.",
        "Infirmier de nuit",
        "infirmier",
    ),
    (
        "working-time-between-verb-and-article",
        "Présentation\nLe service de santé mentale engage à mi-temps une logopède.",
        "Logopède",
        "paramedical",
    ),
    (
        "gender-marker-between-verb-and-article",
        "Présentation\nLa commune recrute (h/f/x) un coordinateur pour son plan de cohésion sociale.",
        "Coordinateur",
        "coordinateur",
    ),
    (
        "call-for-a-post-of",
        "Présentation\nL'hôpital lance un appel à candidatures pour un poste de psychologue à temps partiel.",
        "Psychologue",
        "psychologue",
    ),
    (
        "dutch-plural-recruiting-verb",
        "Over ons\nWij werven aan: een halftijdse psycholoog (m/v/x)",
        "Psycholoog",
        "psychologue",
    ),
    (
        "english-currently-recruiting",
        "About us\nWe are currently recruiting an experienced Psychologist to join our team in Leuven.",
        "Psychologist",
        "psychologue",
    ),
    (
        "english-join-us-as",
        "Join our team as a Social Worker!\nAbout us\nThe centre welcomes asylum seekers.",
        "Social Worker",
        "assistant_social",
    ),
    (
        "english-new-before-the-title",
        "About the role\nAs our new Case Manager, you will coordinate care for refugees.",
        "Case Manager",
        "coordinateur",
    ),
    (
        "dutch-separable-recruiting-verb",
        "Over ons\nHet netwerk werft een netwerkcoördinator aan voor de regio Kempen.",
        "Netwerkcoördinator",
        "coordinateur",
    ),
    (
        "dutch-new-colleague-then-the-title",
        "Over ons\nWe zoeken een nieuwe collega: een enthousiaste orthopedagoog.",
        "Orthopedagoog",
        "psychologue",
    ),
    (
        "dutch-plural-compound",
        "Over ons\nOns kinderdagverblijf zoekt kinderbegeleiders (m/v/x).",
        "Kinderbegeleiders",
        "educateur",
    ),
    (
        "dutch-subject-after-the-verb",
        "Over ons\nDaarom zoekt het CAW Limburg een maatschappelijk werker voor het onthaal.",
        "Maatschappelijk werker",
        "assistant_social",
    ),
    (
        "dutch-subject-after-the-verb-with-a-number",
        "Over ons\nIn het kader van de hervorming zoeken de regionale netwerken nog 2 lokale coördinatoren.",
        "Lokale coördinatoren",
        "coordinateur",
    ),
    (
        "dutch-relative-clause-is-no-subject",
        "Over ons\nDe gemeente zoekt een adviseur die vlot werkt in een veranderende omgeving.",
        "Adviseur",
        "charge_de_projets",
    ),
    (
        "english-number-after-the-title-is-no-insertion",
        "About us\nThe clinic is looking for a nurse with 5 years of experience in psychiatry.",
        "Nurse",
        "infirmier",
    ),
    (
        "french-elided-as-phrase",
        "Votre rôle\nEn tant qu'ergothérapeute, vous évaluez l'autonomie des résidents.",
        "Ergothérapeute",
        "paramedical",
    ),
    (
        "english-volunteer-post",
        "The youth centre looks for an ESC volunteer from March 2027 to August 2027.",
        "ESC volunteer",
        "other",
    ),
]


@pytest.mark.parametrize(
    ("text", "role", "category"), [c[1:] for c in RECRUIT_CASES], ids=[c[0] for c in RECRUIT_CASES]
)
def test_recruit_phrase(text, role, category):
    found = find_role(Doc(text))
    assert (found["role"].value, found["role_category"].value) == (role, category)


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe hospitalier recrute 150 collaborateurs animés par le sens du soin et la qualité des services.",
        "We offer a competitive salary, meal vouchers and a pleasant team.",
        "Missions du service\nLe service accompagne les familles depuis 1990.",
        "THE ESSENTIALS\n\nUnder the supervision of the coordinator, you keep the files up to date.",
        "Ons team telt verschillende profielen, zoals psychologen en artsen, en werkt nauw samen.",
        "Infos\nNous recrutons pour nos équipes des profils variés et motivés.",
        "Infos\nLe centre recherche en permanence une solution de logement pour chaque jeune.",
        "Nieuws\nZoekt u een psycholoog in de buurt? Bel ons gratis nummer.",
        "Nieuws\nOuders zoeken vaak een psycholoog voor hun kind na een scheiding.",
        "Nieuws\nWe zoeken samen met een psycholoog naar oplossingen op maat.",
        "Notre centre\nUn hôpital de jour.\nContexte\nLe psychologue est le premier interlocuteur des familles.",
        "Notre centre\nUn hôpital de jour.\nFonction\nLe service accompagne des familles depuis 1990.",
        "Tâches\n• En tant qu'animateur des ateliers, proposer des jeux adaptés à l'âge des enfants ;",
    ],
    ids=[
        "bulk-hiring-in-prose",
        "offer-of-benefits",
        "mission-of-a-service",
        "a-sentence-ending-on-a-trade",
        "no-als-inside-a-word",
        "a-unit-then-no-trade",
        "an-insertion-then-no-trade",
        "a-patient-asked-in-dutch",
        "parents-often-look-for-one",
        "searching-together-with-one",
        "a-holder-under-no-post-heading",
        "a-service-under-the-post-heading",
        "one-hat-among-the-tasks",
    ],
)
def test_no_role(text):
    assert find_role(Doc(text)) == {}


TITLE_CASES = [
    (
        "title-label-vouches-for-unknown-words",
        "Informations sur l'emploi\nIntitulé du poste : Appui technique en protection de l'enfance (basé à Goma)\n"
        "Lieu : RDC",
        "Appui technique en protection de l'enfance",
        "other",
    ),
    (
        "dutch-function-name-label",
        "FUNCTIEBESCHRIJVING\nBeleidsdomein: Welzijn\nFunctiebenaming: Trajectbegeleider\nDoel van de functie",
        "Trajectbegeleider",
        "educateur",
    ),
    (
        "dutch-as-phrase-stops-at-the-inverted-verb",
        "Over de job\nAls coördinator vrijetijd ben je het aanspreekpunt van onze vrijwilligers.",
        "Coördinator vrijetijd",
        "coordinateur",
    ),
    (
        "dutch-as-phrase-with-two-verbs",
        "Wat doe je?\nAls trajectbegeleider ontwikkel en test je nieuwe methodieken met jongeren.",
        "Trajectbegeleider",
        "educateur",
    ),
    (
        "mission-heading-names-the-post",
        "CONTEXTE\nLe réseau couvre toute la province.\nMissions du coordinateur local\n- animer le réseau ;",
        "Coordinateur local",
        "coordinateur",
    ),
    (
        "acronym-hyphened-onto-the-title",
        "Un·e ergothérapeute-CRF Retour aux opportunités\nCentre de revalidation fonctionnelle",
        "Ergothérapeute",
        "paramedical",
    ),
    (
        "list-heading-before-the-title",
        "Faculty of Medicine – Research vacancies\n\nPostdoctoral researcher in epidemiology\nLeuven",
        "Postdoctoral researcher in epidemiology",
        "recherche",
    ),
    (
        "town-appended-to-the-title",
        "Chargé·e de communication Namur\nDescription de l'association\nL'asbl fédère 40 services.",
        "Chargé·e de communication",
        "charge_de_projets",
    ),
    (
        "dutch-qualifier-before-team-leader",
        "Pedagogisch teamleider\n\nPostcode en gemeente:\n8000 Brugge",
        "Pedagogisch teamleider",
        "coordinateur",
    ),
    (
        "student-before-the-trade",
        "JOB ÉTUDIANT – ÉTÉ 2027\nÉtudiant·e animateur·rice pour nos plaines de jeux\nL'asbl organise",
        "Étudiant·e animateur·rice",
        "educateur",
    ),
    (
        "doctors-organisation-is-not-the-post",
        "Les emplois du non-marchand\nDes offres qui ont du sens\n"
        "Psychologues Sans Frontières - Community Mediator - JobSite\nPSF est une ONG.",
        "Community Mediator",
        "other",
    ),
    (
        "dutch-vacancy-label-with-a-status-word",
        "Vacature: contractueel hoofd van dienst Jeugd - niveau A (deadline: 3 mei 2027)\nEr wordt een selectie",
        "Hoofd van dienst Jeugd",
        "direction",
    ),
    (
        "acronym-inside-an-english-title",
        "Solidarity Health Network\n\nChild Protection and Gender-Based Violence (CPGBV) Advisor\nLocation: Goma",
        "Child Protection and Gender-Based Violence (CPGBV) Advisor",
        "charge_de_projets",
    ),
    (
        "contract-acronym-after-the-title",
        "Psychologue (CDI) Temps plein\nLe service de santé mentale engage.",
        "Psychologue",
        "psychologue",
    ),
    (
        "supervisor-label-is-not-the-title",
        "Informations générales\nLieu de travail : Lille\nResponsables scientifiques : A. Martin, B. Leroy\n"
        "Type de contrat : CDD\nObjectifs du post-doctorat\nLe projet étudie les parcours de soins.",
        "Post-doctorat",
        "recherche",
    ),
    (
        "quoted-programme-inside-a-marked-title",
        "Agent·e du dispositif « Logement d'abord » (h/f/x)\nRéférence 88412\nLieu : Liège",
        "Agent·e du dispositif « Logement d'abord »",
        "other",
    ),
    (
        "section-heading-under-an-empty-title-label",
        "Coordinateur·rice de la cellule logement (h/f/x)\nVille de Exemple\nPoste à pourvoir\n"
        "Responsabilités et missions\nProfil",
        "Coordinateur·rice de la cellule logement",
        "coordinateur",
    ),
    (
        "english-cultural-qualifier",
        "Cultural Mediator Reception Centre\nBrussels\nAbout the project",
        "Cultural Mediator Reception Centre",
        "other",
    ),
    (
        "english-title-case-under-a-logo-line",
        "Refugee Relief Network\nAssociate Community Outreach Officer\nGeneva\nDeadline: 3 May 2027",
        "Associate Community Outreach Officer",
        "other",
    ),
    (
        "support-officer-is-no-project-officer",
        "Mental Health & Psychosocial Support Officer (MHPSS)\nLocation: Amman",
        "Mental Health & Psychosocial Support Officer",
        "other",
    ),
    (
        "psychosocial-worker-is-read-as-an-educator",
        "Intervenant·e psychosocial·e (h/f/x)\nLe centre de jour recrute pour son équipe mobile.",
        "Intervenant·e psychosocial·e",
        "educateur",
    ),
    (
        "long-first-line-without-sentence-marks",
        "Postdoctoral researcher in health economics and coordinator of a European project on migrant care (2027-31)\n"
        "University of Exampletown",
        "Postdoctoral researcher in health economics and coordinator of a European project on migrant care",
        "recherche",
    ),
    (
        "long-first-line-closed-by-a-gender-marker",
        "Gestionnaire des plaintes individuelles auprès du Médiateur régional, l'autorité de recours des usagers (m/f)\n"
        "Publié le 2 mars 2027",
        "Gestionnaire des plaintes individuelles",
        "administratif",
    ),
    (
        "post-heading-over-its-holder",
        "Notre centre\nUn hôpital psychiatrique de 200 lits.\nFonction\n"
        "Dans le cadre du projet de rétablissement, le pair-aidant fait le lien entre les patients et l'équipe.",
        "Pair-aidant",
        "pair_aidant",
    ),
    (
        "dutch-post-heading-over-its-holder",
        "Over ons\nEen centrum voor geestelijke gezondheidszorg.\nDe functie\n"
        "De klinisch psycholoog staat in voor de diagnostiek bij jongeren.",
        "Klinisch psycholoog",
        "psychologue",
    ),
    (
        "job-inside-a-word-is-no-noise",
        "Jobcoach (m/v/x)\nHet OCMW begeleidt werkzoekenden naar een job.",
        "Jobcoach",
        "other",
    ),
    (
        "either-article-before-the-title",
        "Une ou un psychologue en protection de l'enfance (F/H)\nConseil départemental",
        "Psychologue en protection de l'enfance",
        "psychologue",
    ),
    (
        "recruiting-sentence-under-an-offer-label",
        "Offre d'emploi\nLa Maison Ouverte recrute un·e assistant·e social·e\nDiplôme requis : bachelier",
        "Assistant·e social·e",
        "assistant_social",
    ),
    (
        "bullet-between-the-publisher-and-the-title",
        "Annonce déposée par l'asbl Horizon • ÉDUCATEUR SPÉCIALISÉ (h/f)\nLieu : Namur",
        "Éducateur spécialisé",
        "educateur",
    ),
    (
        "town-after-a-one-word-title",
        "Coordinatrice Schaerbeek\nDescription de l'association\nLa maison de quartier anime des ateliers.",
        "Coordinatrice",
        "coordinateur",
    ),
    (
        "piped-title-line-with-a-gender-marker",
        "VACATURE | Logopedist (m/v/x) | Hasselt\nOver ons\nHet revalidatiecentrum zoekt versterking.",
        "Logopedist",
        "paramedical",
    ),
    (
        "wanted-before-the-title",
        "Dringend gezocht: ergotherapeut (80%)\nOver ons\nHet dagcentrum zoekt versterking.",
        "Ergotherapeut",
        "paramedical",
    ),
    (
        "head-of-service-title",
        "Chef du service social - adjoint - sélection interne (h/f/x)\nRéférence 12345",
        "Chef du service social",
        "direction",
    ),
]


@pytest.mark.parametrize(
    ("text", "role", "category"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES]
)
def test_title(text, role, category):
    found = find_role(Doc(text))
    assert (found["role"].value, found["role_category"].value) == (role, category)


@pytest.mark.parametrize(
    "text",
    [
        "Détails de l'annonce\nOrganisation : Exemple asbl\nFonction : Autre\nDate limite : 12/03/2027",
        "Vacancy for a volunteer exchange\nCoordinating organisation: Jeugdhuis Voorbeeld\nHost: Gemeente",
        "Le Phare asbl\nAccueil - Bénévoles - Contact\nNotre ligne d'écoute fonctionne jour et nuit.",
        "Accueil | Psychologues | Infirmiers | Contact\nNotre réseau en quelques chiffres",
        "Formation continue\nIntitulé : Certificat universitaire en santé mentale\nDurée : 120 heures",
        "Informations sur l'emploi\nTitre du poste : voir la description ci-dessous\nLieu : Mons",
        "La Maison de Quartier recrute (h/f/x)\n\nNos valeurs\nSolidarité et respect.",
        "Op zoek naar een psycholoog in de buurt? Bel ons onthaal.",
        "Informations\nPoste à pourvoir\nDescription\nNotre association accompagne des familles.",
        "Educational Degree / Diploma\nMaster in psychology or a related field.",
        "Refugee Relief Network\nBecome A Volunteer\nGive a few hours a week to our helpline.",
        "Psychologues, infirmiers et éducateurs : découvrez comment notre réseau soutient les familles depuis 1990\n"
        "Un reportage de la rédaction",
        "Refugee Relief Network\nOur field officer will call you back\nThank you for your message.",
    ],
    ids=[
        "placeholder-under-a-title-label",
        "coordinating-is-a-label",
        "plural-menu-entry",
        "piped-menu-without-a-marker",
        "course-title",
        "see-the-description",
        "employer-recruits-before-the-marker",
        "a-patient-looking-for-a-psychologist",
        "section-heading-is-no-title",
        "education-heading-is-no-title",
        "a-volunteer-call-in-title-case",
        "a-long-first-line-that-is-a-sentence",
        "a-sentence-under-a-logo-line",
    ],
)
def test_no_title(text):
    assert find_role(Doc(text)) == {}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Vacature Straathoekwerker Stad Tielt (halftijds)", "Straathoekwerker"),
        ("Vacature: Wijkconsulent - niveau B", "Wijkconsulent"),
        ("Zorgkundige woonzorgcentrum (m/v/x)", "Zorgkundige woonzorgcentrum"),
    ],
)
def test_dutch_compounds_on_a_trade_head_are_titles(title, role):
    found = find_role(Doc(f"{title}\n\nWij bieden een contract van onbepaalde duur."))
    assert found["role"].value.lower().startswith(role.lower())


def test_a_compound_head_inside_an_ordinary_word_is_no_title():
    assert not find_role(Doc("Opbouwwerk in de wijk\n\nHet netwerk bestaat uit twaalf partners."))


ROUND_FOUR_ROLES = [
    (
        "colleague-in-brackets",
        "De jongeren van de wijk hangen vaak rond op het plein. Daarom zijn we op zoek naar een nieuwe collega "
        "(jongerencoach) om hen te begeleiden.",
        "Jongerencoach",
        "educateur",
    ),
    (
        "dutch-subject-with-a-list-in-brackets-over-two-lines",
        "In het kader van de hervorming zoeken de netwerken geestelijke gezondheid van de provincie\n"
        "(ZUIDAS, Het Kompas en GG Oost) nog 2 lokale coördinatoren voor de eerstelijnszones.",
        "Lokale coördinatoren",
        "coordinateur",
    ),
    (
        "count-and-regime-before-the-title",
        "1 PT Buurtopbouwwerker m, v, x Ronse\n\nOrganisatie:\nSamenlevingsopbouw vzw",
        "Buurtopbouwwerker",
        "assistant_social",
    ),
    (
        "a-general-directorate-heading-is-no-post",
        "Assistants de justice (m/f)\nSERVICE DES MAISONS DE JUSTICE\nDIRECTION GENERALE DES PEINES\nSPF JUSTICE",
        "Assistants de justice",
        "assistant_social",
    ),
]


@pytest.mark.parametrize(
    ("text", "role", "category"), [c[1:] for c in ROUND_FOUR_ROLES], ids=[c[0] for c in ROUND_FOUR_ROLES]
)
def test_titles_in_brackets_lists_and_counts(text, role, category):
    found = find_role(Doc(text))
    assert found["role"].value == role
    assert found["role_category"].value == category


@pytest.mark.parametrize(
    "text",
    [
        "02/123.45.67 | info@exemple.be | Horaires\n\nAccueil bannière\n\nAu service de l'action sociale.",
        "Accueil 24h/24.\nLe centre reçoit les personnes en crise, jour et nuit.",
        "DIRECTION GENERALE EXECUTION DES PEINES ET MESURES\nRapport annuel",
    ],
    ids=["banner-of-a-home-page", "a-service-open-day-and-night", "an-administration-heading"],
)
def test_interface_words_and_headings_are_no_role(text):
    assert find_role(Doc(text)) == {}


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Straatwerker", "assistant_social"),
        ("Straathoekwerker", "assistant_social"),
        ("Opbouwwerker", "assistant_social"),
        ("Justitieassistent", "assistant_social"),
        ("Assistant de justice", "assistant_social"),
        ("Travailleur de rue", "educateur"),
    ],
)
def test_street_and_community_work_categories(title, category):
    assert categorize(title) == category


@pytest.mark.parametrize(
    ("text", "role", "category"),
    [
        ("Vacature Schoonmaker\n\nHet OCMW van Ternel zoekt een schoonmaker.", "Schoonmaker", "other"),
        (
            "Offre d'emploi : Animateur de quartier\n\nLa commune engage.",
            "Animateur de quartier",
            "educateur",
        ),
        (
            "De Kustzorg Coalitie is op zoek naar een ervaren programmadirecteur voor 24 uur per week.",
            "Programmadirecteur",
            "direction",
        ),
        (
            "Gemeenschapsraad zoekt Sociaal-cultureel werker voor verschillende buurthuizen\n\nAls deskundige …",
            "Sociaal-cultureel werker",
            "other",
        ),
        (
            "Vous rejoindrez notre équipe au poste de logopède pour les consultations enfants.",
            "Logopède",
            "paramedical",
        ),
    ],
    ids=[
        "announced-title",
        "announced-title-french",
        "dutch-compound-director",
        "adjective-werker",
        "au-poste-de",
    ],
)
def test_titles_announced_or_built_on_a_head(text, role, category):
    found = find_role(Doc(text))
    assert (found["role"].value, found["role_category"].value) == (role, category)


@pytest.mark.parametrize(
    "text",
    [
        "Vacancy for a volunteer exchange\nHost: Gemeente",
        "Offre de stage\nNotre service accueille un étudiant.",
    ],
)
def test_an_announced_unpaid_post_is_no_title(text):
    found = find_role(Doc(text))
    assert found.get("role") is None or found["role"].strategy != "announced-title"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Personne de contact bien-être\nDétails de l'offre\nType d'offre\nEmploi\nLieu\nNamur\nMission\n"
            "La haute école désigne une personne de contact.",
            "Personne de contact bien-être",
        ),
        (
            "Publiekswerker samenleven - wijkwerker (B1-B3)\n\nKerntaak:\n\nJe versterkt de sociale samenhang.",
            "Publiekswerker samenleven - wijkwerker (B1-B3)",
        ),
    ],
    ids=["french-portal-sections", "dutch-core-task"],
)
def test_a_first_line_over_the_sections_of_a_job_page_is_its_title(text, role):
    assert title_over_sections(Doc(text))["role"].value == role


@pytest.mark.parametrize(
    "text",
    [
        "20 May 2020\nJob description\nThe lab hires a researcher.",
        "Détails de l'annonce\nFonction : Communication\nLieu : Bruxelles",
        "Plateforme Citoyenne asbl\nDescription de la fonction\nNous accueillons des migrants.",
        "Naar inhoud\nFunctieomschrijving\nJe werkt in een school.",
        "etaamb.openjustice.be\nProfil\nTexte du Moniteur.",
        "Nous recrutons un éducateur.\nProfil\nBachelier.",
    ],
    ids=["a-date", "a-section-name", "an-organisation", "a-skip-link", "a-web-address", "a-sentence"],
)
def test_other_first_lines_are_no_title(text):
    assert title_over_sections(Doc(text)) == {}


def test_an_offer_with_a_title_the_vocabulary_lacks_still_gets_it():
    from ingest.extraction import extract

    text = (
        "Zaalwachter sporthal (m/v/x)\n\nFunctieomschrijving\n\nJe opent en sluit de sporthal en houdt toezicht. "
        "De gemeente Wezelhove zoekt een zaalwachter.\n\nAanbod\n\nEen contract van onbepaalde duur, deeltijds.\n\n"
        "Solliciteren kan tot 12 maart 2027 via jobs@wezelhove.example."
    )
    result = extract(text)
    assert result.is_vacancy
    assert result.value("role") == "Zaalwachter sporthal"


def test_a_first_line_over_sections_never_makes_an_offer():
    from ingest.extraction import extract

    text = "Jaarverslag werking\n\nContext\n\nIn 2026 begeleidden we 340 gezinnen.\n\nOrganisatie\n\nOns team groeide."
    assert not extract(text).is_vacancy


@pytest.mark.parametrize(
    ("text", "role", "category"),
    [
        (
            "Notice of vacancy – Project and Events Officer\n\nApply before 26 August 2027\n\nThe foundation is an "
            "equal opportunity employer.",
            "Project and Events Officer",
            "other",
        ),
        (
            "Job description\nThe Institute seeks to hire a pro-active and hands-on Project Manager who will "
            "coordinate the project.",
            "Project Manager",
            "charge_de_projets",
        ),
    ],
    ids=["notice-of-vacancy", "seeks-to-hire-with-praise-joined-by-and"],
)
def test_english_notices_and_praise(text, role, category):
    found = find_role(Doc(text))
    assert (found["role"].value, found["role_category"].value) == (role, category)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Medisch directeur | Ziekenhuis Oosterveld\n\nAlle vacatures\n\nHet ziekenhuis telt 300 bedden.",
            "Medisch directeur",
        ),
        ("Administratief medewerker\n\nVoltijds, onbepaalde duur.", "Administratief medewerker"),
    ],
    ids=["dutch-medical-director", "dutch-administrative-worker"],
)
def test_a_dutch_adjective_opens_the_title(text, role):
    assert find_role(Doc(text))["role"].value == role


def test_an_english_task_opening_on_coordinate_is_no_title():
    text = (
        "CityNet is looking for a\nfor its Housing Forum.\n\nAs forum coordinator, you will work with the members.\n\n"
        "Coordinate the housing forum (HF) annual meeting and its related activities by:\n- drafting the agenda"
    )
    assert find_role(Doc(text))["role"].value == "Forum coordinator"
