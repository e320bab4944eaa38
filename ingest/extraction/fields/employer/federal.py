"""Belgium's federal public services and Brussels' bilingual bodies, named in the posting's language.

The federal job portals print the hiring service in the visitor's interface language, so a Dutch posting
read through the German site says "FÖD Inneres" and a French one "FOD Volksgezondheid". A person names
the service in the language of the posting: "FOD Binnenlandse Zaken", "SPF Santé publique, …".
"""

from __future__ import annotations

import re

from ...normalize import fold

# Every federal public service (SPF/FOD/FÖD) and programming service (SPP/POD/ÖPD), past and present, by
# its official names in French, Dutch, German and English.
FEDERAL_SERVICES: tuple[dict[str, str], ...] = (
    {
        "fr": "SPF Chancellerie du Premier Ministre",
        "nl": "FOD Kanselarij van de Eerste Minister",
        "de": "FÖD Kanzlei des Premierministers",
        "en": "FPS Chancellery of the Prime Minister",
    },
    {
        "fr": "SPF Stratégie et Appui",
        "nl": "FOD Beleid en Ondersteuning",
        "de": "FÖD Politik und Unterstützung",
        "en": "FPS Policy and Support",
    },
    {
        "fr": "SPF Personnel et Organisation",
        "nl": "FOD Personeel en Organisatie",
        "de": "FÖD Personal und Organisation",
        "en": "FPS Personnel and Organisation",
    },
    {
        "fr": "SPF Budget et Contrôle de la Gestion",
        "nl": "FOD Budget en Beheerscontrole",
        "de": "FÖD Haushalt und Geschäftsführungskontrolle",
        "en": "FPS Budget and Management Control",
    },
    {
        "fr": "SPF Technologie de l'Information et de la Communication",
        "nl": "FOD Informatie- en Communicatietechnologie",
        "de": "FÖD Informations- und Kommunikationstechnologie",
        "en": "FPS Information and Communication Technology",
    },
    {"fr": "SPF Justice", "nl": "FOD Justitie", "de": "FÖD Justiz", "en": "FPS Justice"},
    {"fr": "SPF Intérieur", "nl": "FOD Binnenlandse Zaken", "de": "FÖD Inneres", "en": "FPS Home Affairs"},
    {
        "fr": "SPF Affaires étrangères, Commerce extérieur et Coopération au Développement",
        "nl": "FOD Buitenlandse Zaken, Buitenlandse Handel en Ontwikkelingssamenwerking",
        "de": "FÖD Auswärtige Angelegenheiten, Außenhandel und Entwicklungszusammenarbeit",
        "en": "FPS Foreign Affairs, Foreign Trade and Development Cooperation",
    },
    {"fr": "SPF Finances", "nl": "FOD Financiën", "de": "FÖD Finanzen", "en": "FPS Finance"},
    {
        "fr": "SPF Mobilité et Transports",
        "nl": "FOD Mobiliteit en Vervoer",
        "de": "FÖD Mobilität und Transportwesen",
        "en": "FPS Mobility and Transport",
    },
    {
        "fr": "SPF Emploi, Travail et Concertation sociale",
        "nl": "FOD Werkgelegenheid, Arbeid en Sociaal Overleg",
        "de": "FÖD Beschäftigung, Arbeit und Soziale Konzertierung",
        "en": "FPS Employment, Labour and Social Dialogue",
    },
    {
        "fr": "SPF Sécurité sociale",
        "nl": "FOD Sociale Zekerheid",
        "de": "FÖD Soziale Sicherheit",
        "en": "FPS Social Security",
    },
    {
        "fr": "SPF Santé publique, Sécurité de la Chaîne alimentaire et Environnement",
        "nl": "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu",
        "de": "FÖD Volksgesundheit, Sicherheit der Nahrungsmittelkette und Umwelt",
        "en": "FPS Health, Food Chain Safety and Environment",
    },
    {
        "fr": "SPF Economie, P.M.E., Classes moyennes et Energie",
        "nl": "FOD Economie, K.M.O., Middenstand en Energie",
        "de": "FÖD Wirtschaft, KMB, Mittelstand und Energie",
        "en": "FPS Economy, SMEs, Self-employed and Energy",
    },
    {
        "fr": "SPP Intégration sociale",
        "nl": "POD Maatschappelijke Integratie",
        "de": "ÖPD Sozialeingliederung",
        "en": "PPS Social Integration",
    },
    {
        "fr": "SPP Politique scientifique",
        "nl": "POD Wetenschapsbeleid",
        "de": "ÖPD Wissenschaftspolitik",
        "en": "PPS Science Policy",
    },
    {
        "fr": "SPP Développement durable",
        "nl": "POD Duurzame Ontwikkeling",
        "de": "ÖPD Nachhaltige Entwicklung",
        "en": "PPS Sustainable Development",
    },
)

# Brussels' bilingual bodies, matched on their whole name.
BRUSSELS_BODIES: tuple[dict[str, str], ...] = (
    {
        "fr": "Parlement de la Région de Bruxelles-Capitale",
        "nl": "Brussels Hoofdstedelijk Parlement",
        "de": "Parlament der Region Brüssel-Hauptstadt",
        "en": "Brussels-Capital Region Parliament",
    },
    {
        "fr": "Région de Bruxelles-Capitale",
        "nl": "Brussels Hoofdstedelijk Gewest",
        "de": "Region Brüssel-Hauptstadt",
        "en": "Brussels-Capital Region",
    },
    {
        "fr": "Service public régional de Bruxelles",
        "nl": "Gewestelijke Overheidsdienst Brussel",
        "de": "Regionaler Öffentlicher Dienst Brüssel",
        "en": "Brussels Regional Public Service",
    },
    {
        "fr": "Commission communautaire commune",
        "nl": "Gemeenschappelijke Gemeenschapscommissie",
        "de": "Gemeinsame Gemeinschaftskommission",
        "en": "Common Community Commission",
    },
    {"fr": "Ville de Bruxelles", "nl": "Stad Brussel", "de": "Stadt Brüssel", "en": "City of Brussels"},
)
_BY_WHOLE_NAME = {" ".join(fold(name).split()): body for body in BRUSSELS_BODIES for name in body.values()}

# The kind of service, abbreviated or written out, in any of the four languages.
_KIND = re.compile(
    r"^(?:spf|fod|fps|spp|pod|opd|pps|service public federal(?: de programmation)?|"
    r"(?:programmatorische )?federale overheidsdienst|foderaler offentlicher dienst|"
    r"federal public service|programmatory federal public service)\s+"
)
_WORDS = re.compile(r"[a-z0-9]+")
_LINKING = frozenset("de du des la le l et en van het der des und and of the au aux".split())


def _content(name: str) -> list[str]:
    return [w for w in _WORDS.findall(name) if w not in _LINKING]


# Each service's words in all its languages, and the first word of each name, which tells the services apart.
_VOCABULARY = tuple(
    (
        service,
        {w for name in service.values() for w in _content(_KIND.sub("", fold(name)))},
        {_content(_KIND.sub("", fold(name)))[0] for name in service.values()},
    )
    for service in FEDERAL_SERVICES
)


def federal_service(name: str, lang: str | None) -> str:
    """ "FÖD Inneres" in a Dutch posting → "FOD Binnenlandse Zaken", "Brussels Hoofdstedelijk Parlement" in a
    French one → "Parlement de la Région de Bruxelles-Capitale"; any other name is returned as it is.
    A name that says more than the service ("FOD Justitie - DG EPI") is kept: the rest is the unit."""
    if lang not in ("fr", "nl", "de", "en"):
        return name
    folded = fold(name)
    body = _BY_WHOLE_NAME.get(" ".join(folded.split()))
    if body:
        return body[lang]
    kind = _KIND.match(folded)
    if not kind:
        return name
    words = _content(folded[kind.end() :])
    if not words:
        return name
    for service, vocabulary, first_words in _VOCABULARY:
        if words[0] in first_words and set(words) <= vocabulary:
            return service[lang]
    return name
