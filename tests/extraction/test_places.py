"""find_place: the workplace's street, postcode, town and region, and the places that are not the workplace."""

from __future__ import annotations

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.places import find_place

# (text, address, postcode, city, region)
LABELLED = [
    pytest.param(
        "Lieu : 1080 - Molenbeek-Saint-Jean",
        None,
        "1080",
        "Molenbeek-Saint-Jean",
        "bruxelles",
        id="label-postcode-dash-town",
    ),
    pytest.param("Lieu de travail : Namur", None, None, "Namur", "wallonie", id="label-town"),
    pytest.param("Standplaats: Gent", None, None, "Gent", "flandre", id="nl-standplaats"),
    pytest.param(
        "Werkplaats: Kerkstraat 5 bus 2, 9000 Gent",
        "Kerkstraat 5 bus 2",
        "9000",
        "Gent",
        "flandre",
        id="nl-street-box-postcode",
    ),
    pytest.param(
        "Lieu de travail : Rue Haute 12, 1000 Bruxelles",
        "Rue Haute 12",
        "1000",
        "Bruxelles",
        "bruxelles",
        id="label-street-postcode",
    ),
    pytest.param(
        "Lieux de travail : Bruxelles, Namur et Liège",
        None,
        None,
        "Bruxelles",
        None,
        id="several-workplaces-regions-differ",
    ),
    pytest.param(
        "Lieu : Ixelles, Saint-Gilles", None, None, "Ixelles", "bruxelles", id="several-workplaces-one-region"
    ),
    pytest.param(
        "Adresse : 6640 Morhet", None, "6640", "Morhet", "wallonie", id="locality-unknown-to-reference"
    ),
    pytest.param("Lieu : Brussel", None, None, "Brussel", "bruxelles", id="dutch-name-of-brussels"),
    pytest.param(
        "Lieu de travail : Louvain-la-Neuve",
        None,
        None,
        "Louvain-la-Neuve",
        "wallonie",
        id="sub-locality-louvain-la-neuve",
    ),
    pytest.param("Lieu : Luxembourg", None, None, None, "wallonie", id="bare-luxembourg-label-is-province"),
    pytest.param("Lieu de travail : Hainaut", None, None, None, "wallonie", id="province-region-only"),
]

POSTCODE_IN_TEXT = [
    pytest.param(
        "Notre centre est situé Avenue Louise 54 bte 3, 1050 Ixelles.",
        "Avenue Louise 54 bte 3",
        "1050",
        "Ixelles",
        "bruxelles",
        id="postcode-and-street",
    ),
    pytest.param(
        "Maison médicale, Rue de la Station 8\n4000 Liège",
        "Rue de la Station 8",
        "4000",
        "Liège",
        "wallonie",
        id="street-on-line-above",
    ),
    pytest.param(
        "Hébergement pour adultes situé à 1300 Wavre.", None, "1300", "Wavre", "wallonie", id="wavre"
    ),
    pytest.param(
        "Wij zoeken een begeleider voor onze werking in 3000 Leuven.",
        None,
        "3000",
        "Leuven",
        "flandre",
        id="nl-leuven",
    ),
    pytest.param(
        "Ons team in 9000 GENT zoekt versterking.",
        None,
        "9000",
        "Gent",
        "flandre",
        id="capitals-take-reference",
    ),
    pytest.param(
        "Une équipe de B-1210 Saint-Josse-ten-Noode recrute.",
        None,
        "1210",
        "Saint-Josse-ten-Noode",
        "bruxelles",
        id="country-prefixed-postcode",
    ),
]

NOT_A_POSTCODE = [
    pytest.param(
        "En 2025 Bruxelles accueillera le congrès.",
        None,
        None,
        "Bruxelles",
        "bruxelles",
        id="year-before-town-is-no-postcode",
    ),
    pytest.param("Salaire brut : 3200 EUR par mois.", None, None, None, None, id="amount"),
    pytest.param("Téléphone : 0475 12 34 56", None, None, None, None, id="phone-number"),
    pytest.param(
        "Nous offrons 2 jours de télétravail par semaine.", None, None, None, None, id="telework-days"
    ),
    pytest.param(
        "Le service compte 1500 Patients suivis par an.", None, None, None, None, id="count-of-people"
    ),
    pytest.param("Barème 1.55 et 1200 euros de prime.", None, None, None, None, id="amount-after-scale"),
    pytest.param("Numéro d'entreprise 0456.789.123", None, None, None, None, id="company-number"),
]

TOWN_NAMES = [
    pytest.param("Le poste est basé à Namur.", None, None, "Namur", "wallonie", id="base-a"),
    pytest.param(
        "Vous travaillerez à Bruxelles au sein d'une équipe mobile.",
        None,
        None,
        "Bruxelles",
        "bruxelles",
        id="preposition-a",
    ),
    pytest.param(
        "Voor onze dienst in Antwerpen zoeken we een psycholoog.",
        None,
        None,
        "Antwerpen",
        "flandre",
        id="nl-in-antwerpen",
    ),
    pytest.param(
        "Notre antenne de Woluwe-Saint-Lambert cherche un éducateur.",
        None,
        None,
        "Woluwe-Saint-Lambert",
        "bruxelles",
        id="hyphenated-commune",
    ),
    pytest.param(
        "Ons kantoor is gelegen te Elsene.", None, None, "Elsene", "bruxelles", id="nl-name-of-ixelles"
    ),
    pytest.param("Poste situé à Liège, en face de la gare.", None, None, "Liège", "wallonie", id="liege"),
    pytest.param(
        "Le bureau se trouve rue de Namur 10 à Bruxelles.",
        "rue de Namur 10",
        None,
        "Bruxelles",
        "bruxelles",
        id="street-named-after-town",
    ),
]

POSTCODE_AFTER_TOWN = [
    pytest.param(
        "Lieu : Molenbeek-Saint-Jean (1080)",
        None,
        "1080",
        "Molenbeek-Saint-Jean",
        "bruxelles",
        id="label-town-then-postcode",
    ),
    pytest.param(
        "Centre situé à Louvain-la-Neuve, 1348.",
        None,
        "1348",
        "Louvain-la-Neuve",
        "wallonie",
        id="town-comma-postcode",
    ),
]

REGIONS_ONLY = [
    pytest.param(
        "Lieu de travail : à domicile (région de Charleroi)",
        None,
        None,
        None,
        "wallonie",
        id="region-de-charleroi",
    ),
    pytest.param(
        "La Province de Namur recrute un éducateur.", None, None, None, "wallonie", id="province-employer"
    ),
    pytest.param(
        "Fonction itinérante partout en Wallonie.", None, None, None, "wallonie", id="partout-en-wallonie"
    ),
    pytest.param(
        "Overal in Vlaanderen, met de wagen.", None, None, None, "flandre", id="nl-overal-in-vlaanderen"
    ),
    pytest.param(
        "Un poste dans le sud de Bruxelles.", None, None, None, None, id="south-of-brussels-unknowable"
    ),
    pytest.param(
        "Travail en province de Luxembourg.", None, None, None, "wallonie", id="province-de-luxembourg"
    ),
    pytest.param(
        "Projet financé par la Fédération Wallonie-Bruxelles.",
        None,
        None,
        None,
        None,
        id="community-is-no-region",
    ),
]

ABROAD = [
    pytest.param("Poste basé à Paris, dans notre siège.", None, None, "Paris", "other", id="paris"),
    pytest.param("Centre de jour, 75011 Paris", None, None, "Paris", "other", id="french-postcode"),
    pytest.param(
        "Praktijk: Keizersgracht 1, 1012 AB Amsterdam",
        "Keizersgracht 1",
        None,
        "Amsterdam",
        "other",
        id="dutch-postcode",
    ),
    pytest.param(
        "Lieu de travail : L-1234 Luxembourg", None, None, "Luxembourg", "other", id="luxembourg-postcode"
    ),
    pytest.param(
        "Un poste au Luxembourg pour un éducateur.", None, None, None, "other", id="au-luxembourg-country"
    ),
    pytest.param("Le poste est situé à Lille (France).", None, None, "Lille", "other", id="lille-is-french"),
    pytest.param("Werkplaats: Maastricht", None, None, "Maastricht", "other", id="nl-maastricht"),
    pytest.param(
        "INFIRMIER H/F\nSaint-Étienne, 42000\nCDI\n06/08/2027",
        None,
        None,
        "Saint-Étienne",
        "other",
        id="town-then-french-postcode",
    ),
    pytest.param(
        "Référence 75011\nCDI\nLe poste est à Lyon.",
        None,
        None,
        "Lyon",
        "other",
        id="five-digits-stay-on-their-line",
    ),
]

# Towns abroad come from reference data; a name alone counts only where the words around it say so.
ABROAD_REFERENCE = [
    pytest.param(
        "Adresse : 4 place du Marché, Vitré (Ille-et-Vilaine (35))",
        None,
        None,
        "Vitré",
        "other",
        id="town-then-its-departement",
    ),
    pytest.param(
        "Infirmier·ère en psychiatrie (H/F) – Bamako, Mali",
        None,
        None,
        "Bamako",
        "other",
        id="town-then-country",
    ),
    pytest.param(
        "Lieu d'affectation : Burkina Faso, Ouagadougou",
        None,
        None,
        "Ouagadougou",
        "other",
        id="country-then-town",
    ),
    pytest.param(
        "Conseiller psychosocial (H/F), Goma, République démocratique du Congo",
        None,
        None,
        "Goma",
        "other",
        id="country-in-long-form",
    ),
    pytest.param(
        "Duty station: Niamey\nThe officer supports the protection team.",
        None,
        None,
        "Niamey",
        "other",
        id="town-alone-after-a-cue",
    ),
    pytest.param(
        "Établissement public de santé mentale (Bourg-en-Bresse)\n\nPsychologue clinicien",
        None,
        None,
        "Bourg-en-Bresse",
        "other",
        id="town-in-brackets-closing-the-header",
    ),
    pytest.param(
        "Le Centre hospitalier d'Arles recrute un infirmier pour son unité de psychiatrie adulte.",
        None,
        None,
        "Arles",
        "other",
        id="hospital-named-after-its-town",
    ),
    pytest.param(
        "Notre association couvre le département de l'Ain. L'équipe mobile est à Oyonnax.",
        None,
        None,
        "Oyonnax",
        "other",
        id="town-of-a-departement-the-posting-names",
    ),
    pytest.param(
        "Le Conseil départemental du Finistère recrute un éducateur spécialisé.",
        None,
        None,
        None,
        "other",
        id="departement-alone-gives-the-region",
    ),
    pytest.param("Ville\nDijon\nContrat : CDD", None, None, "Dijon", "other", id="portal-town-field"),
    pytest.param(
        "Infirmier de secteur psychiatrique (H/F) à Vitré\nTemps plein",
        None,
        None,
        "Vitré",
        "other",
        id="title-à-town",
    ),
    pytest.param(
        "Notre service d'accompagnement intervient en Haute-Garonne et dans le Tarn-et-Garonne.",
        None,
        None,
        None,
        "other",
        id="departement-of-two-words-alone",
    ),
    pytest.param("Lieu de travail : 1003 Lausanne", None, None, "Lausanne", "other", id="swiss-postcode"),
    pytest.param(
        "Adresse : 12 rue Victor Hugo, 73100 Aix les Bains",
        None,
        None,
        "Aix-les-Bains",
        "other",
        id="french-postcode-then-a-town-of-three-words",
    ),
    pytest.param(
        "Lieu de travail : Chalon sur Saone (France)",
        None,
        None,
        "Chalon-sur-Saône",
        "other",
        id="foreign-town-written-without-accents-or-hyphens",
    ),
    pytest.param("Werkplaats: Lille", None, None, "Lille", "flandre", id="lille-alone-is-the-flemish-one"),
    pytest.param(
        "Vacature\nOnze dienst\nWe zoeken een collega.\nJe gaat aan de slag in Keulen, net over de grens.",
        None,
        None,
        "Keulen",
        "other",
        id="large-town-across-the-border-by-its-dutch-name",
    ),
    pytest.param("Lieu de travail : Mons", None, None, "Mons", "wallonie", id="belgian-name-wins-alone"),
]
NOT_ABROAD = [
    pytest.param(
        "Lieu de travail : Tournai (à 20 km de Lille)",
        None,
        None,
        "Tournai",
        "wallonie",
        id="a-town-at-a-distance-is-a-landmark",
    ),
    pytest.param(
        "Offre d'emploi\nÉquipe de soutien\nContrat : CDI\n\n"
        "L'an dernier, notre fondatrice a donné une conférence à Kinshasa sur la santé mentale.",
        None,
        None,
        None,
        None,
        id="far-town-after-a-preposition-in-the-body-is-news",
    ),
    pytest.param(
        "Psychologue (H/F) – Equipe Mobile\nCDI temps plein", None, None, None, None, id="word-in-title"
    ),
    pytest.param(
        "Notre centre est situé dans le quartier de la Gare, près du parc.",
        None,
        None,
        None,
        None,
        id="district-after-a-cue-is-no-town",
    ),
    pytest.param(
        "Le CHU Florence recrute des infirmiers pour sa maternité.",
        None,
        None,
        None,
        None,
        id="hospital-name-without-de",
    ),
    pytest.param(
        "Nos équipes travaillent avec des familles originaires de la ville de Goma.",
        None,
        None,
        None,
        None,
        id="birthplace-is-no-workplace",
    ),
    pytest.param(
        "Le département de la Santé publique soutient le projet.",
        None,
        None,
        None,
        None,
        id="a-ministry-department-is-no-departement",
    ),
    pytest.param(
        "Offre d'emploi\n\nUn séjour à la mer, Nice ou ailleurs, est organisé chaque été pour les jeunes.",
        None,
        None,
        None,
        None,
        id="small-word-town-needs-a-cue",
    ),
]
# The organisation's own municipality: named in its name, or presenting itself.
ORGANISATION_TOWN = [
    pytest.param(
        "Service de santé mentale Le Pont\nRue de Fer 1, 5000 Namur\n\nPsychologue (H/F)\n\nMissions\n"
        "- consultations\n- travail en réseau\n\nNous travaillons avec le CPAS de Dinant et les écoles.",
        "Rue de Fer 1",
        "5000",
        "Namur",
        "wallonie",
        id="a-partner-body-named-further-down-is-not-the-organisation",
    ),
    pytest.param(
        "Begeleider (m/v/x)\nVZW De Brug\n\nOnze werking\nWe bieden dagbesteding aan jongvolwassenen.\n"
        "Je begeleidt groepen in ons atelier te Mechelen.\nDe stad Lier steunt ons project financieel.",
        None,
        None,
        "Mechelen",
        "flandre",
        id="a-town-body-named-further-down-weighs-like-a-preposition",
    ),
    pytest.param(
        "Gemeente Zonnebeke\n\nVacature: maatschappelijk werker (m/v/x)\nWij zoeken een collega.",
        None,
        None,
        "Zonnebeke",
        "flandre",
        id="gemeente-header",
    ),
    pytest.param(
        "Het lokaal bestuur Zwalm zoekt een begeleider voor de buitenschoolse opvang.",
        None,
        None,
        "Zwalm",
        "flandre",
        id="lokaal-bestuur",
    ),
    pytest.param(
        "Directeur·rice de la crèche communale d'Auderghem\n\nMissions",
        None,
        None,
        "Auderghem",
        "bruxelles",
        id="elided-town-in-the-title",
    ),
    pytest.param(
        "Moorslede is een landelijke gemeente met 11.000 inwoners. Wij zoeken een maatschappelijk werker.",
        None,
        None,
        "Moorslede",
        "flandre",
        id="municipality-presenting-itself",
    ),
    pytest.param(
        "OCMW Lochristi zoekt een maatschappelijk werker.\n"
        "Stuur je kandidatuur naar het secretariaat, Dorp 2, 9080 Zaffelare.",
        None,
        None,
        "Lochristi",
        "flandre",
        id="application-to-another-locality-says-nothing",
    ),
    pytest.param(
        "Gemeente Lochristi\n\nVerpleegkundige (m/v/x) voor ons woonzorgcentrum te Zaffelare.",
        None,
        None,
        "Zaffelare",
        "flandre",
        id="the-locality-of-the-municipality-placed-with-te",
    ),
    pytest.param(
        "De dienst werkt voor de gemeenten Ieper, Poperinge, Vleteren en Heuvelland en hun inwoners.",
        None,
        None,
        None,
        "flandre",
        id="a-list-of-towns-is-the-area-served-its-region-is-kept",
    ),
    pytest.param(
        "La Clinique Saint-Marc recrute un infirmier de nuit.",
        None,
        None,
        None,
        None,
        id="saint-of-a-clinic-is-no-village",
    ),
    pytest.param(
        "Notre ASBL mène des projets d'éducation permanente. Son siège social est\n\nà Gembloux.",
        None,
        None,
        None,
        None,
        id="seat-cut-by-a-blank-line",
    ),
    pytest.param(
        "Location: Brussel, Belgium. We are looking for a nurse to join the team and work with us.",
        None,
        None,
        "Bruxelles",
        "bruxelles",
        id="brussels-in-english-shown-as-bruxelles",
    ),
    pytest.param(
        "Campus principal : Woluwe-Saint-Lambert\nLa faculté engage un assistant.",
        None,
        None,
        "Woluwe-Saint-Lambert",
        "bruxelles",
        id="main-campus",
    ),
]

PRECISION = [
    pytest.param(
        "Location: Brussels (Ixelles office), with some travel.",
        None,
        None,
        "Ixelles",
        "bruxelles",
        id="brussels-then-commune",
    ),
    pytest.param(
        "Office: Rue de la Loi 10, 1000 Brussels.",
        "Rue de la Loi 10",
        "1000",
        "Bruxelles",
        "bruxelles",
        id="english-exonym-shown-as-reference",
    ),
    pytest.param(
        "Lieu : Libramont-Chevigny (rue du Dépôt 4, 6800 Libramont)",
        "rue du Dépôt 4",
        "6800",
        "Libramont-Chevigny",
        "wallonie",
        id="label-keeps-first-name-takes-postcode",
    ),
    pytest.param(
        "Standplaats: Overal - je werkt van thuis uit, soms op ons kantoor in Mechelen.",
        None,
        None,
        None,
        None,
        id="nl-overal-names-no-town",
    ),
    pytest.param(
        "Lieu : à domicile, partout en Wallonie", None, None, None, "wallonie", id="home-visits-region"
    ),
    pytest.param(
        "Port d'attache : Dinant (rue de la Gare 2, 5500 Dinant)",
        "rue de la Gare 2",
        "5500",
        "Dinant",
        "wallonie",
        id="port-d-attache",
    ),
    pytest.param(
        "Lieu : 3 rue du Faubourg de Roubaix, 59000 Lille (France).",
        None,
        None,
        "Lille",
        "other",
        id="foreign-town-in-street-name",
    ),
    pytest.param(
        "Nous intervenons dans toute la province de Luxembourg. Nos bureaux se trouvent à Arlon, près de la gare.",
        None,
        None,
        "Arlon",
        "wallonie",
        id="town-beats-whole-province",
    ),
    pytest.param(
        "CPAS DE NAMUR\nLes candidatures sont à envoyer rue de la Gare 3, 5100 Jambes.",
        "rue de la Gare 3",
        "5100",
        "Jambes",
        "wallonie",
        id="locality-of-the-same-municipality",
    ),
    pytest.param(
        "Travailler dans le domaine de la santé à Namur.",
        None,
        None,
        "Namur",
        "wallonie",
        id="domaine-is-no-street",
    ),
]

WHICH_ADDRESS = [
    pytest.param(
        "Le poste est basé à Namur.\nEnvoyez votre candidature à ASBL Exemple, Rue de la Loi 5, 1040 Etterbeek.",
        None,
        None,
        "Namur",
        "wallonie",
        id="workplace-beats-application-address",
    ),
    pytest.param(
        "Lieu de travail : 5000 Namur\nCandidatures par courrier : Chaussée de Wavre 100, 1050 Ixelles",
        None,
        "5000",
        "Namur",
        "wallonie",
        id="label-beats-application-address",
    ),
    pytest.param(
        "Nous recrutons un psychologue pour notre équipe.\nLe travail est varié.\n"
        "Candidatures : envoyer à Rue Haute 3, 1000 Bruxelles",
        "Rue Haute 3",
        "1000",
        "Bruxelles",
        "bruxelles",
        id="only-application-address-low-confidence",
    ),
    pytest.param(
        "Onze centrale diensten zijn gevestigd in de maatschappelijke zetel in Antwerpen.\n"
        "Je werkt in dagcentrum De Kade in Mortsel, samen met negen begeleiders.",
        None,
        None,
        "Mortsel",
        "flandre",
        id="the-seat-is-not-the-workplace",
    ),
    pytest.param(
        "CPAS DE SERAING\nPlace Communale 8 - 4100 SERAING\n\nLe CPAS de Seraing engage un psychologue.\n\n"
        "5. LIEU DE TRAVAIL\nAntenne de Jemeppe, Rue de la Station 41, 4101 Jemeppe-sur-Meuse.\n\n"
        "Candidatures au CPAS de Seraing, Place Communale 8, 4100 Seraing.",
        "Rue de la Station 41",
        "4101",
        "Jemeppe-sur-Meuse",
        "wallonie",
        id="numbered-workplace-heading-beats-a-town-named-often",
    ),
    pytest.param(
        "Sinds de fusie van de campussen Herentals en Mol werken we samen.\n"
        "Je standplaats is campus Mol; overleg op campus Herentals is mogelijk.\n\n"
        "Campus Herentals - Nederrij 133, 2200 Herentals\nCampus Mol - Boeretangsedreef 41, 2400 Mol",
        "Boeretangsedreef 41",
        "2400",
        "Mol",
        "flandre",
        id="town-that-is-a-word-after-campus",
    ),
    pytest.param(
        "Place of work: our head office, Rue du Bailli 70, 1050 Ixelles; travel abroad up to 25 %.",
        "Rue du Bailli 70",
        "1050",
        "Ixelles",
        "bruxelles",
        id="head-office-named-as-the-place-of-work",
    ),
    pytest.param(
        "Place of work: HUBN, Laeken campus, Rue Léopold Ier 315, 1020 Bruxelles.",
        "Rue Léopold Ier 315",
        "1020",
        "Bruxelles",
        "bruxelles",
        id="labelled-postcode-line-beats-a-district-named-first",
    ),
    pytest.param(
        "Formation : master AS ou éducateur. Lieu de travail : 4000 Liège.",
        None,
        "4000",
        "Liège",
        "wallonie",
        id="acronym-AS-is-not-the-town-As",
    ),
]


@pytest.mark.parametrize(
    ("text", "address", "postcode", "city", "region"),
    LABELLED
    + POSTCODE_IN_TEXT
    + POSTCODE_AFTER_TOWN
    + NOT_A_POSTCODE
    + TOWN_NAMES
    + REGIONS_ONLY
    + ABROAD
    + ABROAD_REFERENCE
    + NOT_ABROAD
    + ORGANISATION_TOWN
    + WHICH_ADDRESS,
)
def test_find_place(text, address, postcode, city, region):
    found = find_place(Doc(text))
    assert set(found) == {"address", "postcode", "city", "region"}
    assert (found["address"].value, found["postcode"].value, found["city"].value, found["region"].value) == (
        address,
        postcode,
        city,
        region,
    )


@pytest.mark.parametrize(
    ("text", "city", "postcode", "region"),
    [
        pytest.param(
            "Éducateur (m/f/x) pour le centre fermé de Vottem\nSPF Intérieur\nLe SPF a des bureaux à Bruxelles.",
            "Vottem",
            None,  # a postcode only when written
            "wallonie",
            id="town-in-the-title",
        ),
        pytest.param(
            "Psycholoog (m/v/x) voor het centrum van Merksplas\nLieu de travail\n• 1820 Steenokkerzeel\n"
            "• 2330 Merksplas\nTemps plein/temps partiel\nÀ temps plein",
            "Merksplas",
            "2330",
            "flandre",
            id="listed-workplaces-the-title-names-one",
        ),
        pytest.param(
            "Infirmier (h/f/x)\nLieu : Forest (1190)\nType de contrat : CDI",
            "Forest",
            "1190",
            "bruxelles",
            id="name-in-two-regions-settled-by-its-postcode",
        ),
        pytest.param(
            "INFIRMIER·ÈRE EN PSYCHIATRIE\nClinique des Saules, rue Haute 2, 5000 Namur",
            "Namur",
            "5000",
            "wallonie",
            id="inclusive-ending-is-not-a-village",
        ),
    ],
)
def test_places_named_in_a_title(text, city, postcode, region):
    found = find_place(Doc(text))
    assert (found["city"].value, found["postcode"].value, found["region"].value) == (city, postcode, region)


def test_application_address_alone_has_low_confidence():
    found = find_place(Doc("Candidatures : envoyer à Rue Haute 3, 1000 Bruxelles"))
    assert found["city"].value == "Bruxelles"
    assert found["city"].confidence < 0.5


def test_footer_address_loses_to_a_workplace_cue():
    text = (
        "Poste basé à Gent.\n"
        + "Beschrijving van de functie. " * 30
        + "\nVZW Voorbeeld - Tel. 09 123 45 67 - 2000 Antwerpen"
    )
    found = find_place(Doc(text))
    assert (found["city"].value, found["region"].value) == ("Gent", "flandre")


def test_workplace_town_takes_the_postcode_written_for_it():
    found = find_place(
        Doc("Le poste est basé à Namur.\nASBL Exemple - Rue de Fer 1 - 5000 Namur - Tél. 081 00 00 00")
    )
    assert (found["city"].value, found["postcode"].value) == ("Namur", "5000")


def test_evidence_is_short_and_points_into_the_text():
    doc = Doc("Offre d'emploi\nLieu : 1080 - Molenbeek-Saint-Jean\nContrat : CDI")
    found = find_place(doc)["city"]
    assert found.strategy == "label"
    assert "Molenbeek" in found.evidence and len(found.evidence) <= 200
    assert doc.text[found.start :].startswith("Lieu")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Ervaringsdeskundige voor het mobiel team, regio Kempen.\nMeer info bij Ann Peeters.", None),
        ("Peer support worker for our Brussels team.", "Bruxelles"),
        ("Begeleider voor onze woning te Meer (Hoogstraten).", "Meer"),
    ],
    ids=["meer-info-is-no-town", "peer-support-is-no-town", "te-meer-is-the-town"],
)
def test_towns_that_are_also_everyday_words(text, city):
    found = find_place(Doc(text))
    assert (found["city"].value if "city" in found else None) == city


def test_an_area_without_a_town_gives_its_region():
    found = find_place(Doc("Mobiel team voor de regio Kempen, met thuisbezoeken."))
    assert found["region"].value == "flandre" and found["city"].value is None


def test_a_labelled_town_takes_the_postcode_written_for_it_further_on():
    text = (
        "Lieu\nMarcinelle\n\nType de contrat\nCDD\n\nVotre mission ...\n\n"
        "Lieu de travail\nMaison d'accueil Les Saules\nRue de la Villette 41\n6001 Marcinelle\n"
    )
    found = find_place(Doc(text))
    assert (found["city"].value, found["postcode"].value, found["address"].value) == (
        "Marcinelle",
        "6001",
        "Rue de la Villette 41",
    )


def test_a_town_named_again_and_again_beats_a_country_named_once():
    text = (
        "Service de santé mentale – Saint-Vith\n\nNous accueillons la population de Saint-Vith et environs, "
        "en lien avec des services situés au Grand-Duché de Luxembourg voisin.\n\n"
        "PSZ Venn – Bahnhofstraße 14 – 4780 Saint-Vith\n"
    )
    found = find_place(Doc(text))
    assert (found["city"].value, found["region"].value) == ("Saint-Vith", "wallonie")


ROUND_FOUR_PLACES = [
    pytest.param(
        "De vzw zoekt een projectcoördinator. Je hebt affiniteit met Brussel, Anderlecht eventueel Kuregem.",
        None,
        None,
        id="places-the-candidate-should-know",
    ),
    pytest.param(
        "Directeur médical (h/f/x)\n\nContrat : CDI\n\nRéférence : DM-12\n\nContexte\n\nLe CHR Val-de-Meuse, hôpital de 600 lits sur 2 sites "
        "(Namur - Andenne), recrute un directeur médical.",
        None,
        "wallonie",
        id="two-sites-of-the-organisation-name-no-town",
    ),
    pytest.param(
        "Chargé·e de recherche (h/f/x)\n\nCDD de 12 mois\n\nTemps plein\n\nContexte\n\nLa Ligue engage un chercheur."
        "\n\nMissions\n\nVous menez des entretiens.\n\nVous analysez des données.\n\nProjet\n\nLe "
        "projet prolonge l'étude « Parcours.Bruxelles » menée l'an dernier auprès des services.",
        None,
        None,
        id="brussels-in-the-name-of-a-study",
    ),
    pytest.param(
        "Pair-aidant·e (h/f/x)\n\nContrat à durée déterminée\n\nMi-temps\n\nContexte\n\nRÉZO, le réseau de santé mentale "
        "Bruxelles Nord, cherche un·e pair-aidant·e.",
        None,
        "bruxelles",
        id="brussels-in-the-recruiting-sentence",
    ),
]


@pytest.mark.parametrize(("text", "city", "region"), ROUND_FOUR_PLACES)
def test_places_of_the_profile_sites_and_background_names(text, city, region):
    found = find_place(Doc(text))
    assert (found["city"].value, found["region"].value) == (city, region)


@pytest.mark.parametrize(
    "title",
    ["Chargé·e de recherche (h/f/x)", "Chargé(e) de projets", "Chargé.e de mission – Bruxelles-Capitale"],
)
def test_a_word_of_inclusive_writing_is_no_village(title):
    found = find_place(Doc(title + "\n\nL'asbl engage un·e collaborateur·rice."))
    assert found["region"].value != "other"
    assert found["city"].value is None


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        (
            "Éducatrice de l'enfance (h/f)\n\nLes crèches sont intégrées à la Ville de Carouge. Nous recrutons.",
            "Carouge",
            "other",
        ),
        (
            "Groepswerker (m/v/x)\n\n30CC, het cultuurcentrum van Leuven, start een project. We zoeken een "
            "groepswerker.",
            "Leuven",
            "flandre",
        ),
        (
            "Éducateur (h/f)\n\nNous accompagnons des familles originaires de la ville de Goma. Nous recrutons.",
            None,
            None,
        ),
    ],
    ids=["a-foreign-towns-authority", "a-towns-cultural-centre", "a-town-described-is-not-an-authority"],
)
def test_towns_named_by_their_institutions(text, city, region):
    found = find_place(Doc(text))
    assert (found["city"].value, found["region"].value) == (city, region)
