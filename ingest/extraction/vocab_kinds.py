"""Cue phrases (folded) that tell what kind of document a text is.

Each cue has a weight; a cue found in the document's head (title and first lines) counts double.
"""

from __future__ import annotations

# Phrases that an advert for an open position carries.
VACANCY_CUES: dict[str, float] = {
    # announcing the post
    "recrute": 2.0, "recrutons": 2.0, "engage": 1.0, "engageons": 2.0, "est a la recherche d": 2.0,
    "sont a la recherche d": 2.0, "souhaite engager": 2.0, "souhaite recruter": 2.0, "offre d'emploi": 2.5,
    "poste a pourvoir": 2.5, "postes a pourvoir": 2.5, "fonction a pourvoir": 2.5, "appel a candidature": 1.5,
    "vacance d'emploi": 2.5, "emploi vacant": 2.5, "vacature": 2.5, "zoekt": 1.5, "zoeken": 1.0, "is op zoek naar": 2.0,
    "zijn op zoek naar": 2.0, "werft aan": 2.0, "aanwerving": 1.5, "we're hiring": 2.5, "we are hiring": 2.5,
    "is looking for": 2.0, "job description": 1.5, "nous recherchons": 2.0, "on recrute": 2.0, "h/f/x": 1.5,
    "m/v/x": 1.5, "(h/f)": 1.5, "(m/v)": 1.5,
    # describing the post
    "votre profil": 1.5, "profil recherche": 1.5, "profil :": 1.0, "jouw profiel": 1.5, "uw profiel": 1.5,
    "your profile": 1.5, "description de fonction": 1.0, "description du poste": 1.5, "functieomschrijving": 1.5,
    "competences requises": 1.0, "vos missions": 1.0, "tes missions": 1.0, "jouw taken": 1.0,
    # what is offered
    "nous offrons": 1.5, "nous vous offrons": 1.5, "nous proposons": 1.0, "wij bieden": 1.5, "we bieden": 1.5,
    "ons aanbod": 1.5, "we offer": 1.5, "contrat a duree": 1.5, "cdi": 1.0, "cdd": 1.0, "contract van": 1.0,
    "onbepaalde duur": 1.0, "bepaalde duur": 1.0, "entree en fonction": 1.5, "indiensttreding": 1.5,
    "remuneration": 1.0, "bareme": 0.5, "salaire": 1.0, "verloning": 1.0, "brutoloon": 1.0, "cheques-repas": 1.0,
    "maaltijdcheques": 1.0, "temps plein": 0.5, "mi-temps": 0.5, "voltijds": 0.5, "deeltijds": 0.5,
    # applying
    "lettre de motivation": 2.0, "cv et lettre": 2.0, "envoyez votre candidature": 2.0, "votre candidature": 1.5,
    "postuler": 1.5, "postulez": 1.5, "candidatures": 1.0, "motivatiebrief": 2.0, "solliciteren": 2.0,
    "solliciteer": 2.0, "kandidaturen": 1.0, "stuur je cv": 2.0, "cover letter": 2.0, "apply": 1.0,
    "date limite": 1.0, "au plus tard le": 0.5, "cherche un": 2.0, "cherche une": 2.0, "cherche un·e": 2.0,
    "cherchons": 2.0, "on cherche": 2.0, "ouvrons un poste": 2.5, "ouvre un poste": 2.5, "statut independant": 1.0,
    "plein temps": 0.5, "temps partiel": 0.5, "envoyez cv": 2.0, "envoyez votre cv": 2.0, "send your cv": 2.0,
    "we are looking for": 2.0, "fixed-term": 1.0, "permanent contract": 1.0, "deadline:": 1.0, "salary": 1.0,
    "contrat de remplacement": 1.5, "entree immediate": 1.5, "ce qu'on propose": 1.5, "ce que nous offrons": 1.5,
    "ecris-nous": 1.0, "role de garde": 1.0, "personnes interessees": 1.0, "interesse(e) ?": 1.0,
    "startdatum": 1.0, "we zoeken": 2.0, "zoeken we": 2.0, "zoeken wij": 2.0,
}

# What a non-vacancy looks like, by kind.
KIND_CUES: dict[str, dict[str, float]] = {
    "meeting_report": {
        "compte rendu": 3.0, "compte-rendu": 3.0, "proces-verbal": 3.0, "pv de la reunion": 3.0,
        "ordre du jour": 2.0, "presents :": 2.5, "presents:": 2.5, "excuses :": 2.5, "excuses:": 2.5,
        "tour de table": 2.0, "prochaine reunion": 2.5, "verslag": 2.5, "notulen": 3.0, "aanwezig:": 2.5,
        "aanwezig :": 2.5, "verontschuldigd": 2.5, "volgende vergadering": 2.5, "participants :": 1.5,
        "points abordes": 2.0, "synthese des echanges": 2.5, "minutes of the meeting": 3.0, "agenda:": 1.0,
        "concertation": 1.0, "intervision": 1.0, "decisions prises": 2.0,
    },
    "event": {
        "colloque": 2.5, "journee d'etude": 3.0, "journee d'etudes": 3.0, "conference": 1.5, "webinaire": 2.5,
        "webinar": 2.5, "seminaire": 2.0, "inscrivez-vous": 1.5, "inscription gratuite": 2.0, "paf": 1.5,
        "save the date": 3.0, "studiedag": 3.0, "congres": 2.5, "symposium": 2.5, "table ronde": 2.0,
        "portes ouvertes": 2.5, "programme de la journee": 2.5, "intervenants": 1.0, "lieu de l'evenement": 3.0,
        "accueil des participants": 3.0, "ciné-debat": 2.5, "cine-debat": 2.5, "inschrijven via": 1.0,
        "evenement": 1.5, "rencontre-debat": 2.5,
    },
    "training": {
        "formation continue": 2.5, "module de formation": 2.5, "cycle de formation": 3.0, "formateur": 1.5,
        "formatrice": 1.5, "session de formation": 3.0, "certificat universitaire": 2.5, "vorming": 2.0,
        "opleiding": 1.0, "inscription a la formation": 3.0, "prix de la formation": 3.0, "heures de formation": 1.5,
        "supervision clinique": 1.0, "sensibilisation": 1.0, "atelier": 1.0, "workshop": 1.0, "places limitees": 2.0,
    },
    "news": {
        "penurie": 2.0, "manque de personnel": 2.0, "communique de presse": 3.0, "selon une etude": 2.0,
        "le ministre": 1.5, "la ministre": 1.5, "a declare": 2.0, "tekort aan": 2.0, "knelpuntberoep": 2.0,
        "actualite": 1.0, "rapport annuel": 1.5, "chiffres": 1.0, "enquete": 1.0, "federation": 0.5,
        "persbericht": 3.0, "nieuws": 1.0, "listes d'attente": 1.5, "wachtlijsten": 1.5, "budget": 0.5,
        "a annonce": 1.5, "heeft aangekondigd": 1.5,
    },
    "article": {
        "le metier de": 2.5, "qu'est-ce qu'un": 2.5, "devenir psychologue": 3.0, "temoignage": 2.0,
        "interview": 1.5, "portrait": 1.5, "au quotidien": 1.0, "en quoi consiste": 2.5, "formation requise": 1.0,
        "het beroep van": 2.5, "wat doet een": 2.5, "getuigenis": 2.0,
    },
    "service_presentation": {
        "notre equipe se compose": 3.0, "notre equipe est composee": 3.0, "nos missions": 1.5,
        "notre service propose": 2.5, "heures d'ouverture": 2.5, "horaires d'ouverture": 2.5,
        "sur rendez-vous": 2.0, "prendre rendez-vous": 2.5, "consultations": 1.0, "onze dienst biedt": 2.5,
        "openingsuren": 2.5, "afspraak maken": 2.5, "public cible": 1.5, "doelgroep": 1.5, "tarif": 1.0,
        "gratuit": 0.5, "nous accueillons": 1.5, "wij ontvangen": 1.5, "permanence": 1.0,
    },
    "volunteer_call": {
        "benevole": 2.5, "benevoles": 2.5, "benevolat": 2.5, "vrijwilliger": 2.5, "vrijwilligers": 2.5,
        "volontaire": 1.5, "volontaires": 1.5, "volunteer": 2.5, "non remunere": 1.5, "onbezoldigd": 1.5,
        "quelques heures par mois": 1.5, "defraiement": 2.0, "onkostenvergoeding": 2.0,
    },
    "internship": {
        "offre de stage": 4.0, "stage de fin d'etudes": 4.0, "stagiaire": 2.5, "stage non remunere": 4.0,
        "convention de stage": 3.5, "stageplaats": 4.0, "stagiair": 2.5, "internship": 4.0, "intern ": 1.0,
        "maitre de stage": 1.5, "stage de": 1.5, "etudiant en": 1.5, "etudiante en": 1.5, "etudiant(e)": 1.5,
        "student": 1.0, "stagebegeleider": 1.5, "annee academique": 2.0, "stage d'observation": 3.0,
    },
    "directory": {
        "annuaire": 3.0, "repertoire des services": 3.0, "liste des services": 3.0, "carte des services": 2.5,
        "adressenlijst": 3.0, "overzicht van de diensten": 3.0, "tel.": 0.3, "tel :": 0.3,
    },
    "closed": {
        "poste a ete pourvu": 4.0, "poste est pourvu": 4.0, "poste pourvu": 3.0, "offre n'est plus disponible": 4.0,
        "recrutement est cloture": 4.0, "recrutement est termine": 4.0, "vacature is ingevuld": 4.0,
        "vacature is niet meer beschikbaar": 4.0, "position has been filled": 4.0, "merci a toutes les personnes": 2.0,
        "nous ne recrutons plus": 4.0, "plus possible de postuler": 3.0, "aucun poste n'est vacant": 4.0,
        "aucun poste": 3.0, "pas de poste vacant": 4.0, "candidature spontanee": 2.0, "geen vacatures": 4.0,
        "er zijn momenteel geen": 3.0, "no vacancies": 4.0, "spontaan solliciteren": 2.0,
    },
}

# Title words that name the document's kind outright ("Offre de stage", "Compte rendu de la réunion").
TITLE_KINDS: dict[str, tuple[str, ...]] = {
    "internship": ("offre de stage", "stage ", "stageplaats", "stagiaire", "internship", "stagiair"),
    "meeting_report": ("compte rendu", "compte-rendu", "proces-verbal", "pv ", "verslag", "notulen"),
    "event": ("colloque", "journee d'etude", "webinaire", "webinar", "save the date", "studiedag", "seminaire",
              "conference", "symposium"),
    "training": ("formation", "vorming", "opleiding", "cycle de", "module"),
    "volunteer_call": ("appel a benevoles", "recherche benevoles", "vrijwilligers gezocht", "benevole",
                       "vrijwilliger", "volunteer"),
}
