"""Field labels of structured posting headers ("Type de contrat : CDI", "Werkregime: voltijds").

Keys name what the value holds; "published" and "reference" are recognised so their dates and codes
are never taken for a deadline or a pay scale.
"""

from __future__ import annotations

import re

from .normalize import fold

LABELS: dict[str, tuple[str, ...]] = {
    "role": (
        "fonction", "intitule du poste", "intitule de la fonction", "intitule", "titre du poste", "poste",
        "poste a pourvoir", "fonction a pourvoir", "offre d'emploi", "functie", "functietitel", "job title",
        "jobtitel", "titel", "position", "vacature", "profession", "metier", "beroep",
    ),
    "employer": (
        "employeur", "organisation", "organisme", "institution", "entreprise", "societe", "structure",
        "association", "pouvoir organisateur", "werkgever", "organisatie", "bedrijf", "employer",
        "company", "recruteur", "nom de l'employeur", "nom de l'organisation", "instelling",
    ),
    "unit": ("service", "departement", "dienst", "afdeling", "unite", "department", "team"),
    "contract_type": (
        "type de contrat", "contrat", "type d'emploi", "statut", "nature du contrat", "contract",
        "type contract", "soort contract", "contracttype", "contractvorm", "aard van het contract",
        "dienstverband", "employment type", "contract type", "regime contractuel",
    ),
    "work_time": (
        "temps de travail", "regime de travail", "regime", "horaire", "volume horaire", "duree du travail",
        "temps de prestation", "prestations", "occupation", "taux d'occupation", "working time",
        "werkregime", "arbeidsregime", "uurrooster", "tewerkstellingsbreuk", "tewerkstelling", "werktijd",
        "omvang", "jobtype", "type de temps", "charge horaire", "uren",
    ),
    "location": (
        "lieu de travail", "lieu", "localisation", "lieu d'affectation", "lieux de travail", "adresse",
        "adresse du lieu de travail", "localite", "ville", "commune", "site", "sites", "implantation",
        "lieu de prestation", "werkplaats", "standplaats", "plaats tewerkstelling", "plaats", "werkplek",
        "locatie", "adres", "gemeente", "location", "workplace", "tewerkstellingsplaats",
    ),
    "region": ("region", "province", "provincie", "regio", "zone geographique"),
    "deadline": (
        "date limite", "date limite de candidature", "date limite pour postuler", "date de cloture",
        "cloture des candidatures", "date butoir", "deadline", "postuler avant", "postuler jusqu'au",
        "candidature avant", "uiterste datum", "uiterste sollicitatiedatum", "solliciteren tot",
        "sluitingsdatum", "reageren tot", "deadline candidature", "fin de publication",
        "date de fin de publication", "einddatum publicatie", "candidatures jusqu'au",
    ),
    "start": (
        "entree en fonction", "date d'entree en fonction", "date d'entree", "date de debut", "debut",
        "prise de fonction", "prise de poste", "disponibilite", "startdatum", "indiensttreding",
        "datum indiensttreding", "start", "aanvang", "begindatum", "start date",
    ),
    "salary": (
        "salaire", "remuneration", "bareme", "traitement", "echelle", "echelle de traitement",
        "echelle barémique", "loon", "verloning", "salaris", "weddeschaal", "barema", "loonschaal",
        "salary", "pay", "conditions salariales", "niveau", "salaire brut", "brutoloon",
    ),
    "languages": ("langues", "langue", "connaissances linguistiques", "talen", "taal", "talenkennis", "languages"),
    "apply": (
        "candidature", "candidatures", "postuler", "comment postuler", "pour postuler", "modalites de candidature",
        "envoi des candidatures", "solliciteren", "sollicitatie", "interesse", "interesse(e)", "how to apply",
        "e-mail", "email", "courriel", "mail",
    ),
    "contact": ("contact", "personne de contact", "contactpersoon", "renseignements", "informations", "info"),
    "published": (
        "publie le", "cree le", "date de publication", "mis a jour le", "mise a jour", "date de creation",
        "gepubliceerd op", "publicatiedatum", "datum publicatie", "aangemaakt op", "dia de actualizacion",
        "fecha de publicacion", "published", "posted", "date", "datum", "publication",
    ),
    "reference": (
        "reference", "ref", "ref.", "code de selection", "numero de selection", "referentie", "referentienummer",
        "vacaturenummer", "reference de l'offre", "id", "n° de l'offre",
    ),
    "sector": ("secteur", "sector", "domaine", "categorie", "categorie de metier", "domein", "category"),
    "diploma": ("diplome", "diplome requis", "niveau d'etudes", "diploma", "opleiding", "studieniveau"),
    "experience": ("experience", "ervaring", "experience requise"),
}

_ALTERNATIVES = sorted(
    ((fold(label), key) for key, labels in LABELS.items() for label in labels),
    key=lambda item: -len(item[0]),
)
_LABEL_RE = re.compile(
    r"^\s*(?:[•\-]\s*)?(?P<label>"
    + "|".join(re.escape(label) for label, _ in _ALTERNATIVES)
    + r")(?:\s*\([^)]{0,20}\))?\s*(?P<sep>:|\?|$|(?<=\s)(?=\d))"
)
_KEY_OF = {label: key for label, key in _ALTERNATIVES}


def label_of(line: str) -> tuple[str, str, int] | None:
    """(key, label as written, offset where the value starts) if the line opens with a field label."""
    folded = fold(line)
    match = _LABEL_RE.match(folded)
    if not match:
        return None
    rest = folded[match.end() :].strip()
    if match.group("sep") == "" and rest and not rest[0].isdigit():
        return None
    return _KEY_OF[match.group("label")], line[match.start("label") : match.end("label")], match.end()
