"""Vacancy or not: look-alike documents written for these tests, grouped by kind."""

import pytest

from ingest.extraction.classify import classify
from ingest.extraction.document import Doc
from ingest.extraction.fields.role import find_role

CASES = {
    "vacancy": [
        "Offre d'emploi\nL'ASBL Le Pont recrute un·e assistant·e social·e (h/f/x) en CDI temps plein.\n"
        "Votre profil : bachelier AS. Nous offrons un contrat à durée indéterminée.\n"
        "Envoyez CV et lettre de motivation à jobs@lepont.be avant le 12/04/2027.",
        "Vacature\nCGG De Brug zoekt een psycholoog (m/v/x) voor 4/5.\nWij bieden een contract van onbepaalde duur.\n"
        "Solliciteren kan tot 1 mei 2027 via jobs@debrug.be.",
        "We're hiring! Our Brussels office is looking for a Project Officer (mental health).\n"
        "We offer a full-time contract. Send your CV and cover letter to hr@ngo.example.org.",
    ],
    "meeting_report": [
        "Compte rendu de la réunion du 4 mars 2026\nPrésents : A. Martin, B. Peeters\nExcusés : C. Dubois\n"
        "Tour de table : le SSM recrute une psychologue, l'offre circule par mail.\nProchaine réunion le 8 avril.",
        "Verslag overleg netwerk GGZ\nAanwezig: Els, Tom\nVerontschuldigd: Ann\n"
        "Het CAW zoekt nog een maatschappelijk werker. Volgende vergadering: 12 juni.",
    ],
    "event": [
        "Colloque « Santé mentale et précarité »\nJeudi 14 mai 2026, 9h-16h30, Namur\n"
        "Programme de la journée : accueil des participants, tables rondes.\nInscription gratuite via info@colloque.be. PAF : 20 €.",
    ],
    "training": [
        "Formation : l'entretien motivationnel\nCycle de formation en 4 modules pour psychologues et assistants sociaux.\n"
        "Formatrice : Dr. Anne Lambert. Prix de la formation : 240 €. Places limitées, inscription avant le 1er mars.",
    ],
    "service_presentation": [
        "Aanmelden bij het Centrum voor Psychiatrie\n\nWie kan verwijzen?\n\n • Huisarts\n • Psychiater\n"
        " • Centrum voor geestelijke gezondheidszorg\n\nVerwijsprocedure\nDe verwijzer stuurt een verwijsbrief.",
    ],
    "internship": [
        "Offre de stage – psychologie clinique\nLe service accueille un·e stagiaire de master 2 pour l'année académique 2026-2027.\n"
        "Stage non rémunéré, convention de stage avec l'université. Envoyez CV et lettre de motivation à stages@ssm.be.",
    ],
    "volunteer_call": [
        "Appel à bénévoles\nNotre maison d'accueil cherche des bénévoles pour animer des ateliers quelques heures par mois.\n"
        "Défraiement prévu. Intéressé·e ? Écrivez à benevolat@accueil.be.",
    ],
    "closed": [
        "Onderzoeker welzijn (m/v/x)\nGeplaatst Deadline Locatie\n3 mrt 20 apr Gent\n\nJe kunt niet meer op deze "
        "vacature solliciteren (deadline was 20 april 2026).\n\nFunctieomschrijving\nJe onderzoekt eenzaamheid.",
        "Werken als jobstudent in ons ziekenhuis?\nWij werven elk jaar jobstudenten aan voor de zomer, voltijds of "
        "deeltijds.\n\nAlgemene criteria\n • Let op: deze vacature werd afgesloten op 28-02-2026\n • Minimum 16 jaar.",
        "Psychologue (h/f/x) – mi-temps\nLe poste a été pourvu. Merci à toutes les personnes qui ont postulé.",
        "Offres › Éducateur·rice (H/F/X)\nCette offre est clôturée depuis le 30/11/2026.\n"
        "Éducateur·rice (H/F/X) – CDD mi-temps\nNous recherchons un·e éducateur·rice. Votre profil : bachelier.\n"
        "Envoyez votre candidature et lettre de motivation à jobs@gue.example.",
        "Verpleegkundige (m/v/x)\nDeze vacature is afgesloten: solliciteren is niet meer mogelijk.\n"
        "Wij bieden een contract van onbepaalde duur, voltijds. Jouw profiel: bachelor verpleegkunde.",
    ],
    "news": [
        "Zorg | 3 februari 2027\nZiekenhuizen vinden geen psychiaters\n"
        'Uit een rondvraag blijkt dat veertig vacatures openstaan. "We zoeken al een jaar een psychiater voor onze '
        'afdeling, zonder resultaat", zegt een hoofdarts. "Wij bieden een goede verloning en een vast contract", '
        "aldus de directeur. De minister van Welzijn kondigt een actieplan aan tegen het tekort.",
    ],
}
# A public notice's header of labelled fields, each value under its label, and no cue phrase in its text.
CASES["vacancy"].append(
    "Travailleur social – centre d'accueil (m/f/x)\n\nSPF Affaires sociales\n\nCode de sélection\nAFG27011\n\n"
    "Diplôme\nBachelier\n\nType de contrat\nStatutaire\n\nNiveau de fonction\nB\n\n"
    "Contenu de la fonction\nVous suivez les dossiers des résidents et faites le lien avec leur famille."
)
# A page laid out under the sections of a job description, written without any recruiting verb.
CASES["vacancy"].append(
    "CONTEXTE\nLe réseau de la province coordonne le trajet de soins en crise psychiatrique.\n"
    "DESCRIPTION DU POSTE\nLe/la chargé·e de projet pilote la mise en place des nouvelles fonctions.\n"
    "Il/elle anime les groupes de travail avec les partenaires.\nPROFIL\nMaster en santé publique."
)
CASES["vacancy"].append(
    "Centrumverantwoordelijke opvang (m/v/x)\nRode Hand Vlaanderen\nBetaalde functie\n\n"
    "Als verantwoordelijke stuur je het team van het opvangcentrum aan.\nFunctiebeschrijving\n"
    "• Je coacht de medewerkers.\n• Je bewaakt de kwaliteit van de begeleiding."
)
# Bulk hiring reported by a local news site is news, even with "recrute" in the title.
CASES["news"].append(
    "Le CPAS de Verlaine recrute massivement : trente assistants sociaux recherchés\n"
    "Ce mardi, une centaine de candidats se sont présentés à la séance d'information. « Nous devons renforcer "
    "les équipes avant janvier », explique le président du CPAS. Le coût n'est pas couvert par le fédéral."
)
# A progress update that says vacancies were published elsewhere reports them; it is not one.
CASES["news"].append(
    "Stand van zaken uitrol netwerkfuncties\n12 januari 2027\nDe vacatures voor twee coördinatoren werden "
    "gepubliceerd op de websites van de netwerken. Het zou fijn zijn mocht u die vacatures verder verspreiden. "
    "De samenwerkingsovereenkomst wordt momenteel ondertekend."
)
CASES["article"] = [
    "Travailler en CPAS : tout ce que vous devez savoir\nVous êtes assistant social et vous cherchez un emploi ? "
    "Focus sur les missions, les conditions de travail et les barèmes. Nous avons interrogé deux CPAS wallons. "
    "Un CPAS, c'est quoi ? Un service public créé pour garantir une vie conforme à la dignité humaine."
]
# A network's mailing whose job section only links to its members' offers.
CASES.setdefault("directory", []).append(
    "Si ce message ne s'affiche pas correctement, ouvrez-le dans votre navigateur.\n"
    "LA LETTRE DU RÉSEAU SANTÉ NORD – n° 12\nAGENDA\n- 4 mars : intervision\nOFFRES D'EMPLOI\n"
    "> L'IHP Les Saules recrute un·e éducateur·rice\n  Lire l'offre\n> Le SSM Cap Nord cherche un·e psychologue\n"
    "  Lire l'offre\nVous recevez cette lettre car vous êtes inscrit·e à notre liste de diffusion. Se désinscrire"
)
CASES["event"].append(
    "Job dating « métiers du social »\nJeudi 4 mars 2027 – de 13h à 17h, salle communale\n"
    "Venez rencontrer une dizaine d'employeurs qui recrutent : psychologues (CDI, mi-temps), éducateur·rice·s, "
    "assistant·e·s sociaux·ales. Apportez votre CV. Institutions participantes : CPAS, SSM, IHP.\n"
    "Date limite d'inscription : 25 février 2027. Ouverture des portes à 13h."
)
CASES["volunteer_call"].append(
    "Appel à candidatures : administrateur·rice au conseil d'administration\nType de contrat : Bénévolat\n"
    "Nous cherchons deux personnes pour notre conseil. Il ne s'agit pas d'un emploi : le mandat d'administrateur "
    "est exercé à titre gratuit. Votre profil : compétences en gestion. Date limite : 26/02/2027."
)


@pytest.mark.parametrize(
    ("kind", "text"),
    [(kind, text) for kind, texts in CASES.items() for text in texts],
    ids=[f"{kind}-{i}" for kind, texts in CASES.items() for i in range(len(texts))],
)
def test_document_kind(kind, text):
    doc = Doc(text)
    verdict = classify(doc, role_found=bool(find_role(doc)))
    assert verdict.is_vacancy == (kind == "vacancy"), verdict.scores
    assert verdict.kind == kind, verdict.scores


@pytest.mark.parametrize(
    ("title", "role", "category"),
    [
        (
            "PSYCHOSOCIAL SUPPORT OFFICER – BELGIUM PROGRAMME",
            "Psychosocial support officer",
            "other",
        ),
        ("Mental Health Programme Manager (m/f/x)", "Mental Health Programme Manager", "coordinateur"),
        ("Netwerkcoördinator jeugd (m/v/x)", "Netwerkcoördinator jeugd", "coordinateur"),
    ],
)
def test_titles_in_english_and_dutch_compounds(title, role, category):
    found = find_role(Doc(f"{title}\n\nWe offer a permanent contract. Apply by 1 March 2027."))
    assert found["role_category"].value == category
    assert found["role"].value.lower() == role.lower()


def test_a_letterhead_department_is_not_the_post():
    text = (
        "Clinique Les Hêtres asbl\nDirection des ressources humaines\n\nAPPEL À CANDIDATURES\n\n"
        "Psychologue clinicien·ne\nCDI – 4/5 temps\n"
    )
    assert find_role(Doc(text))["role"].value == "Psychologue clinicien·ne"


LOOK_ALIKES = {
    "directory": (
        "LA LETTRE DU RÉSEAU – n° 12\nLa newsletter de nos membres\n\nÇA RECRUTE CHEZ NOS MEMBRES\n"
        "Les offres ci-dessous sont publiées par les services eux-mêmes ; le réseau ne centralise pas les "
        "candidatures.\n1. SSM Les Tilleuls – psychologue mi-temps, CDI. Offre complète : www.tilleuls.example\n"
        "2. IHP Le Gué – éducateur·rice 4/5, CDD. Offre complète : www.gue.example\n"
    ),
    "service_presentation": (
        "RAPPORT D'ACTIVITÉS 2026\nL'équipe compte 12 ETP. Nous avons engagé deux psychologues en 2026 "
        "(contrat à durée indéterminée, mi-temps) et une assistante sociale a été recrutée en CDD.\n"
        "Perspectives 2027 : renforcer l'accueil si la subvention est confirmée."
    ),
    "closed": (
        "Travailler chez nous\nNous offrons un CDI, des chèques-repas et une rémunération selon les barèmes IFIC.\n"
        "Votre profil nous intéresse toujours.\n\nAucune offre pour le moment. Toutes nos fonctions sont "
        "actuellement pourvues. Candidatures spontanées : envoyez CV et lettre de motivation à rh@hetres.example."
    ),
    "news": (
        "APPEL À PROJETS 2027 – santé mentale des jeunes\nL'enveloppe s'élève à 300.000 €. Profil des porteurs de "
        "projets : ASBL agréées. Les frais de personnel d'un·e psychologue à engager sont éligibles.\n"
        "Date limite : au plus tard le 15 mars 2027."
    ),
    "vacancy": (
        "Job étudiant – été 2027\nLa maison d'accueil Les Sentiers cherche un·e étudiant·e éducateur·rice pour "
        "juillet, sous contrat d'occupation d'étudiant, 13,50 € brut de l'heure. Candidatures au plus tard le "
        "15 mai 2027 à jobs@sentiers.example."
    ),
}


@pytest.mark.parametrize(("kind", "text"), LOOK_ALIKES.items(), ids=list(LOOK_ALIKES))
def test_look_alikes_and_unusual_jobs(kind, text):
    doc = Doc(text)
    verdict = classify(doc, role_found=bool(find_role(doc)))
    assert verdict.is_vacancy == (kind == "vacancy"), verdict.scores
    assert verdict.kind == kind, verdict.scores


# Shapes of real job pages and of their look-alikes, written for these tests.
PAGE_SHAPES = {
    "vacancy": [
        # an excerpt that opens on the candidate profile
        "Profiel\n\n • Je hebt minimum een bachelordiploma in de sociale sector.\n • Je bent tweetalig Nederlands-Frans.\n"
        " • Je kan zelfstandig werken en hebt ervaring met groepswerk.",
        # a title that gives the post's working time, then a presentation cut short
        "Opvoeders (100%)\n\nDe afdeling forensische zorg begeleidt sinds 2003 geïnterneerden in een beveiligde setting.",
        # a public notice of vacant posts
        "Avis de vacance d'emplois de direction\n\nSont vacants les emplois de directeur ou directrice ci-après :\n"
        "- Centre hospitalier spécialisé de Montclair",
        # an English one-post announcement with a leading-zero count
        "Doctors for All recruits 01 Psychosocial worker – Brussels\n\nDoctors for All is a medical NGO working "
        "with people who have no access to care.",
        # a job fair named at the foot of an offer does not make it an event
        "Verpleegkundige psychiatrie (m/v/x)\nWij bieden een contract van onbepaalde duur, voltijds.\nJouw profiel: "
        "bachelor verpleegkunde.\nSolliciteer via jobs@pz-linde.example.\n\n\n\n\n\n\n\n\n"
        + "Meer info over ons ziekenhuis op onze website.\n" * 12
        + "Kom ook naar onze open jobdag op 3 mei.",
        # a teaser cut short: the title, then the organisation presents itself
        "Accueillant·e social·e – Namur\nDescription de l'ASBL\nLa Maison du Pré accompagne depuis 1991 des "
        "familles sans logement. Notre équipe de 14 travailleurs est épaulée par une trentaine de bénévoles.\n"
        "Lieu\nAprès deux ans de travaux, la maison rouvre ses portes au centre-ville.",
        # a UN-style notice: English labels, the title among them
        "Position Title: Protection Associate (Community-based Mental Health)\nDuty Station: Goma, DR Congo\n"
        "Type of Appointment: Fixed-term, 12 months\nClosing Date: 14 March 2027\n\nEstablished in 1950, the "
        "agency protects people forced to flee and works with partners in 130 countries.",
        # the title below a site's menu lines
        "-\nLe Département\n-\nNos actions\nÉducateur spécialisé\nContenu\nRelations fonctionnelles\n"
        "En interne : équipe éducative, direction. En externe : écoles, services médicaux.\nMissions\n"
        "Le Département a ouvert trois maisons d'accueil d'urgence pour enfants placés.",
        # a portal form whose fields are labels left empty
        "Assistant socio-éducatif (h/f)\nL'offre\nLimite de candidature\nRéférence\nAB-2027-14\nGrade\n"
        "Assistant socio-éducatif de classe normale\nChargé de recrutement\nContenu\nVous accompagnez des jeunes.",
        # an English university notice
        "A lecturer in Community Psychology\nReference: 2027/118\nThe university seeks to recruit a full-time "
        "lecturer in community psychology.\nAbout us\nThe university has 30,000 students on four campuses.",
        # an excerpt opening on the profile, the organisation presented under its own heading
        "Profiel\n\n • Diploma: bachelor verpleegkunde of een andere relevante opleiding\n • Ervaring met "
        "dak- en thuislozen is een meerwaarde\n • Talen: Nederlands, kennis van het Frans is een voordeel\n\n"
        "Organisatie\n\nHuis Brug vzw\n\nHuis Brug biedt nachtopvang en medische zorg aan mensen zonder thuis.",
        # the standard headings of a job description, under a network's presentation
        "Réseau Santé Nord\nLe réseau rassemble douze services de première ligne de la province.\n"
        "Finalité de la fonction\nLa coordination clinique soutient les équipes mobiles dans leurs suivis.",
        # a post described by its creation
        "Afin de soutenir ses équipes, le Foyer Les Tilleuls crée un poste d'éducateur·rice référent·e pour ses "
        "groupes de vie. Les groupes accueillent chacun huit adolescents avec une déficience intellectuelle.",
    ],
    "news": [
        # a testimonial: the speakers' trade heads their quoted words
        "Sofie en Karim\n\nPsychiatrisch verpleegkundigen\n\n“Op onze afdeling zie je mensen echt opknappen, dat "
        "maakt het werk zo mooi.”\nBeiden werken al jaren in het ziekenhuis.",
        " date 2024-05 Het woonzorgcentrum kreeg 900 reacties op zijn vacature voor begeleider\n\nDe directie is "
        "verrast: meer dan 900 mensen reageerden op de vacature. Wie geselecteerd is, wordt uitgenodigd.",
        "Doctoraatsbeurs klinisch onderzoek\n\nDoel?\nDe beurs steunt artsen die voltijds in een ziekenhuis werken "
        "om deeltijds onderzoek te doen.\nIndiendatum: 1 maart 2027\nProfiel en voorwaarden?\nJe bent arts.",
        "« Des dizaines de postes à pourvoir, et pas seulement pour les soignants »\nL'hôpital de la Sarte emploie "
        "2.000 personnes et continue de recruter. « On recherche des infirmiers et des médecins, mais aussi des "
        "informaticiens », explique la responsable de la communication. Un job day aura lieu le 3 mai.",
        "Psychologues, éducateurs… L'aide à la jeunesse, un secteur qui recrute en Wallonie\n12/02/27\n"
        "Les services d'accueil comptent des centaines de travailleurs. Rencontre avec la directrice d'un service "
        "qui cherche encore deux éducateurs.",
        "Ravelijn 2027 — Het Vluchtelingenhuis is op zoek naar 800 extra vrijwilligers omdat de opvang volzet is. "
        "Vooral in de nachtopvang zijn extra handen nodig, zegt de woordvoerder.",
    ],
    "article": [
        # a fact sheet: the trade as a title, then a definition of it
        "Logopède\nRôle et missions\nLe logopède évalue et traite les troubles de la voix, du langage et de la "
        "déglutition. Il travaille en cabinet, en école ou à l'hôpital.\nFormation\nUn bachelier en logopédie.",
        "Orthopedagoog\n\nEen orthopedagoog is een deskundige die kinderen met leer- of gedragsproblemen begeleidt. "
        "Orthopedagogen werken in scholen, centra en ziekenhuizen.",
        "Community mental health worker (A guide)\n\nAuthor bio\n\nIn this article we look at what a community "
        "mental health worker does. A community mental health worker is a professional who supports people at home.",
        "La fonction de coordinateur de réseau est une fonction transversale. Elle n'est pas reconnue comme "
        "telle par les textes. Le coordinateur anime, relie et rend compte ; il peut être recruté par un hôpital.",
        # a guide for job seekers, with the trade in a byline under a question
        "Embaucher une infirmière à domicile : salariat ou libéral ?\n\n3 mars 2026 | Infirmier\n\nLes cabinets "
        "recrutent, mais beaucoup d'infirmières préfèrent s'installer. Dans cet article, les deux voies.",
        "Mme Nadia,\nAssistante sociale en chef dans un hôpital psychiatrique\n\nInterview réalisée en mars 2026\n\n"
        "Pouvez-vous décrire votre parcours professionnel ?\nJ'ai commencé en CPAS avant de rejoindre l'hôpital.\n"
        "Pourquoi avoir choisi la psychiatrie ?\nParce que chaque rencontre y est différente.",
        "Questions fréquentes\nLe salaire d'un assistant social dépend de son ancienneté et de son employeur. "
        "En début de carrière, il peut espérer gagner 2.300 euros brut par mois.",
        "Infirmier psychiatrique : un métier exigeant mais passionnant\nIls travaillent en unité fermée ou à "
        "domicile. Trois soignants racontent leur quotidien et leurs conditions de travail (CDI, temps plein).",
    ],
    "careers_page": [
        "Aanwervingsbeleid\n\nAanwerving van het statutaire personeel\nDe aanwerving gebeurt na een examen. De kandidaat "
        "moet voldoen aan de voorwaarden. Een wervingsreserve wordt aangelegd voor twee jaar.",
        "Werken in de jeugdzorg\n\nWat verdient een begeleider in de jeugdzorg? De loonschalen staan in de cao van de "
        "sector. Een actueel overzicht van vacatures vind je op de sites van de voorzieningen.",
        "Emplois à la Ville et au CPAS\nLe recrutement dans une commune suit des règles propres. Pour poser votre "
        "candidature, lisez d'abord ce qui suit. Recrutement statutaire : le poste est ouvert aux lauréats d'un "
        "examen. Recrutement contractuel : votre candidature est gardée un an dans notre réserve.",
        "HOE SOLLICITEREN\n\nVOORWAARDEN EN VOORDELEN\n • Weddeschaal volgens de barema's van de lokale besturen\n"
        " • Maaltijdcheques\n • Mogelijkheid tot vaste benoeming\nSolliciteren kan via het formulier bij elke "
        "vacature. Wij bieden een aanwerving na een selectieprocedure.",
    ],
    "service_presentation": [
        "Aanmelden bij het Centrum voor Psychiatrie\n\nWie kan verwijzen?\n\n • Huisarts\n • Psychiater\n"
        " • Centrum voor geestelijke gezondheidszorg\n\nVerwijsprocedure\nDe verwijzer stuurt een verwijsbrief.",
    ],
    "internship": [
        "Recherche stagiaire en psychologie\nL'ASBL Les Voisins, service d'aide aux jeunes, recherche un·e stagiaire "
        "en psychologie (master 2) pour rejoindre son équipe. Intéressé·e ? Envoyez CV et lettre à stage@voisins.be.",
    ],
    "closed": [
        "Onderzoeker welzijn (m/v/x)\nGeplaatst Deadline Locatie\n3 mrt 20 apr Gent\n\nJe kunt niet meer op deze "
        "vacature solliciteren (deadline was 20 april 2026).\n\nFunctieomschrijving\nJe onderzoekt eenzaamheid.",
        "Werken als jobstudent in ons ziekenhuis?\nWij werven elk jaar jobstudenten aan voor de zomer, voltijds of "
        "deeltijds.\n\nAlgemene criteria\n • Let op: deze vacature werd afgesloten op 28-02-2026\n • Minimum 16 jaar.",
        "Assistant administratif (m/f/x)\nSPF Mobilité, Direction des permisClôturé depuis le 03/02/2026\n"
        "Code de sélection\nDiplôme\n- Secondaire supérieur\nType de contrat\nLieu de travail\n- 1000 Bruxelles",
    ],
    "event": [
        "Opération recrutement d'infirmiers au CHU de Valbonne\n\nInfirmiers de bloc ou de nuit : pas moins de 60 "
        "postes en CDI sont à pourvoir. L'hôpital a organisé un job-dating dans son hall. Les candidats peuvent "
        "postuler sur place avec leur CV.",
        "Naar aanleiding van de opening van een nieuw opvangcentrum organiseert Vluchtelingenhulp op 8 maart een "
        "jobdag in het cultuurcentrum. Er worden een dertigtal medewerkers gezocht, van begeleider tot kok.",
    ],
}


@pytest.mark.parametrize(
    ("kind", "text"),
    [(kind, text) for kind, texts in PAGE_SHAPES.items() for text in texts],
    ids=[f"{kind}-{i}" for kind, texts in PAGE_SHAPES.items() for i in range(len(texts))],
)
def test_page_shapes(kind, text):
    doc = Doc(text)
    role = find_role(doc)
    verdict = classify(doc, role_found=bool(role), role=role.get("role"))
    assert verdict.is_vacancy == (kind == "vacancy"), verdict.scores
    if kind != "vacancy":
        assert verdict.kind == kind, verdict.scores


def test_a_headline_naming_a_trade_is_not_a_job_title():
    doc = Doc(
        "Pair-aidant : un métier à part entière\nIls ont traversé une dépression et aident aujourd'hui."
    )
    role = find_role(doc)
    assert not classify(doc, role_found=bool(role), role=role.get("role")).is_vacancy


NOTHING_OF_A_POST = [
    (
        "article",
        "Coordinateur de soins : métier, missions et salaire\n\nUn coordinateur de soins organise le travail "
        "d'une équipe soignante. Qu'est-ce qu'un coordinateur de soins ? Il travaille en hôpital ou en maison "
        "de repos, en CDI le plus souvent, à temps plein ou à temps partiel.",
    ),
    (
        "article",
        "Éducateur/trice de jeunes enfants\n\nPrésentation\nStatuts\nsalarié/fonctionnaire\nSecteur professionnel\n"
        "secteur social\nCentres d'intérêt\naider, accompagner\nNature du travail\nL'éducateur accompagne des "
        "enfants en crèche. Salaire : selon la convention collective, CDI ou CDD, temps partiel possible.",
    ),
    (
        "other",
        "PROJET D'ÉTABLISSEMENT 2027-2030\n\nSommaire\n1. Qui sommes-nous ?\n2. Nos valeurs\n3. Nos objectifs pour "
        "les quatre années à venir\n\nNotre maison d'accueil héberge des familles et les accompagne vers un "
        "logement durable, avec une équipe de professionnels et de bénévoles engagés.",
    ),
]


@pytest.mark.parametrize(
    ("kind", "text"), NOTHING_OF_A_POST, ids=[f"{k}-{i}" for i, (k, _) in enumerate(NOTHING_OF_A_POST)]
)
def test_a_page_that_says_nothing_of_a_post_is_not_a_vacancy(kind, text):
    doc = Doc(text)
    role = find_role(doc)
    verdict = classify(doc, role_found=bool(role), role=role.get("role"))
    assert not verdict.is_vacancy, (verdict.scores, verdict.evidence)


def test_a_job_page_whose_title_the_vocabulary_lacks_is_still_a_vacancy():
    text = (
        "Wijkanker samenleven (B1-B3)\n\nKerntaak:\n\nAls wijkanker versterk je de sociale samenhang in de wijken "
        "van de stad. Je bouwt netwerken uit met bewoners en verenigingen.\n\nProfiel\n • Je hebt een bachelordiploma."
        "\n • Je hebt een rijbewijs B.\n\nAanbod\n • Een contract van onbepaalde duur, voltijds.\n • Verloning "
        "volgens weddeschaal B1-B3.\n\nSolliciteren kan tot 12 maart via de website van de stad."
    )
    doc = Doc(text)
    role = find_role(doc)
    assert classify(doc, role_found=bool(role), role=role.get("role")).is_vacancy


RELAYED_NEWS = (
    "Région : l'hôpital du Val va recruter des infirmiers après le conflit social\n\n"
    "Par Julie Martin, publié le 3 mars 2027 à 18h05, mis à jour le 4 mars 2027\n\n"
    "Lire aussi : grève à l'hôpital du Val, les syndicats maintiennent la pression\n\n"
    "Après des semaines de conflit avec son personnel, la direction de l'hôpital avait annoncé la création de postes "
    "d'infirmiers. « Nous tenons nos engagements », a déclaré la directrice des soins, selon nos informations. Les "
    "syndicats saluent une première victoire mais restent prudents, a indiqué leur porte-parole à nos journalistes."
    "\n\nLe recrutement est désormais ouvert, en CDI.\n\n"
)


def test_a_news_item_relaying_a_post_with_where_to_apply_is_that_offer():
    text = (
        RELAYED_NEWS
        + "Si vous êtes intéressé, envoyez un CV et une lettre de motivation à soins@val.example."
    )
    doc = Doc(text)
    role = find_role(doc)
    assert classify(doc, role_found=bool(role), role=role.get("role")).is_vacancy


def test_the_same_news_without_where_to_apply_stays_news():
    doc = Doc(RELAYED_NEWS)
    role = find_role(doc)
    assert not classify(doc, role_found=bool(role), role=role.get("role")).is_vacancy


def test_a_news_item_about_hiring_by_the_dozen_stays_news():
    text = (
        "La clinique du Val veut recruter quarante infirmiers\n\nPublié le 3 mars 2027 par la rédaction\n\n"
        "La clinique recrute pas moins de quarante infirmiers d'ici l'été, en CDI, a annoncé la direction. "
        "Les candidats peuvent envoyer leur CV à emploi@clinique-du-val.example."
    )
    doc = Doc(text)
    role = find_role(doc)
    assert not classify(doc, role_found=bool(role), role=role.get("role")).is_vacancy


FEDERAL_AND_TRAINEE_SHAPES = [
    pytest.param(
        "internship",
        "Organisation\nCityNet is the network of Europe's large towns, with a team of forty people.\n"
        "We are recruiting a trainee to support the social inclusion team for six months, starting in March.\n"
        "Responsibilities\nAs trainee, you will follow EU policy on housing and draft short notes.",
        id="an-english-traineeship",
    ),
    pytest.param(
        "careers_page",
        "Notre procédure de recrutement\nVous êtes intéressé par une offre d'emploi de la commune ? Lisez l'offre, "
        "envoyez votre CV et votre lettre de motivation avant la date limite, puis passez l'épreuve orale.",
        id="a-recruitment-procedure-page",
    ),
    pytest.param(
        "careers_page",
        "Aanwervingsvoorwaarden\n\nEen vacature gezien die bij je past? Om te solliciteren moet je medisch geschikt "
        "zijn en een uittreksel uit het strafregister voorleggen.",
        id="dutch-recruitment-conditions",
    ),
    pytest.param(
        "careers_page",
        "Menu\n\nVoordelen\n\nHet loonpakket dat we je bieden hangt af van je functie en je contract. Bij een "
        "contract van onbepaalde duur nemen we je anciënniteit over. Voltijds of deeltijds: je krijgt "
        "maaltijdcheques en een fietsvergoeding.",
        id="a-benefits-page-for-every-post",
    ),
]


@pytest.mark.parametrize(("kind", "text"), FEDERAL_AND_TRAINEE_SHAPES)
def test_traineeships_and_recruitment_rules_are_no_offer(kind, text):
    doc = Doc(text)
    role = find_role(doc)
    verdict = classify(doc, role_found=bool(role), role=role.get("role"))
    assert (verdict.is_vacancy, verdict.kind) == (False, kind)


def test_a_federal_job_page_cut_before_its_title_is_still_an_offer():
    text = (
        "Opgelet! Je moet uiterlijk 1/03/2027 in dienst kunnen treden.\n\n"
        "De Dienst Opvang van de FOD Binnenlandse Zaken begeleidt mensen die in België aankomen. Elk jaar "
        "behandelt de dienst duizenden dossiers, samen met gemeenten, politie en advocaten.\n\n"
        "Je onthaalt bezoekers, beheert hun dossier en werkt samen met je toekomstige collega's van "
        "het onthaalteam.\n\nHeb je vragen over de jobinhoud? Je vindt onze contactgegevens onderaan."
    )
    doc = Doc(text)
    role = find_role(doc)
    verdict = classify(doc, role_found=bool(role), role=role.get("role"))
    assert verdict.is_vacancy, verdict.scores
