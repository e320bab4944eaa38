"""The hiring organisation, not the republishing site, the network or the contact person."""

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.employer import clean_org, find_employer
from ingest.extraction.fields.employer.names import credible

CASES = [
    (
        "generic-title-part-is-not-the-employer",
        "Éducateur·rice spécialisé·e – Service résidentiel pour jeunes (Arlon)\n\n"
        "L'ASBL Les Genêts, située à Arlon, gère un service résidentiel.\n\nNous engageons un·e éducateur·rice.",
        "Genêts",
        "Service résidentiel pour jeunes",
    ),
    (
        "english-apposition-is-recruiting",
        "Safe Haven Belgium, a non-profit organisation supporting asylum seekers, is recruiting a psychologist.",
        "Safe Haven Belgium",
        None,
    ),
    (
        "carried-by",
        "Projet Habitat Solidaire : un·e pair-aidant·e (h/f/x)\nPorté par l'ASBL Relogis, rue Haute 4, 5000 Namur.",
        "Relogis",
        None,
    ),
    (
        "contract-signed-by",
        "Le consortium réunit trois SSM. Le contrat de travail sera signé par l'ASBL La Maison du Bois.",
        "La Maison du Bois",
        None,
    ),
    (
        "contract-concluded-with-the-group",
        "De K-dienst Zonnebloem zoekt een psycholoog.\n\nJe arbeidsovereenkomst wordt afgesloten met "
        "Ziekenhuisnetwerk Kempenland vzw. Standplaats: campus Geel.",
        "Ziekenhuisnetwerk Kempenland",
        None,
    ),
    (
        "contrat-conclu-avec",
        "L'équipe mobile Odyssée recrute un·e infirmier·ère.\nLe contrat sera conclu avec l'ASBL Réseau Trajets.",
        "Réseau Trajets",
        None,
    ),
    (
        "federal-header-line-under-the-title",
        "Assistant social – centre pour brûlés (m/f/x)\n\nMinistère des Affaires intérieures\n\nCode de sélection\n"
        "AFG1\n\nLangue\nFrançais",
        "Ministère des Affaires intérieures",
        None,
    ),
    (
        "header-name-with-an-elided-article",
        "Partenaire Familles (h/f/x)\nOffice de la Petite Enfance\nCode de sélection\nAFC2",
        "Office de la Petite Enfance",
        None,
    ),
    (
        "body-named-in-the-title",
        "Travailleurs sociaux (m/f/x) pour la Communauté germanophone\nDeutschsprachige Gemeinschaft\nAuswahlcode\nX1",
        "Communauté germanophone",
        None,
    ),
    (
        "service-in-the-title-body-on-the-header",
        "Psycholoog (m/v/x) voor het centrum Zuidrand van Dienst Asiel\nSPF Intérieur\nCode de sélection\nANG1",
        "SPF Intérieur",
        "Dienst Asiel",
    ),
    (
        "letterhead-above-a-title-for-a-service",
        "OCMW Wuustwezel – Vacature\nPsycholoog (m/v/x) voor het Sociaal Huis\nContractueel, voltijds.",
        "OCMW Wuustwezel",
        "Sociaal Huis",
    ),
    (
        "post-terms-under-the-title-are-not-a-name",
        "Trait d'Union asbl recrute\nCoordinateur·rice (m/f/x)\nCDD 2 ans – temps plein – Ath\nLe projet",
        "Trait d'Union",
        None,
    ),
    (
        "dotted-acronym",
        "Fonction\nLe C.P.A.S. de Ham-sur-Heure, de taille moyenne, occupe 6 assistants sociaux.",
        "CPAS de Ham-sur-Heure",
        None,
    ),
    (
        "name-in-capitals-stops-at-the-posts-terms",
        "DIRECTEUR GENERAL DE CPAS A TEMPS PLEIN\nAccès à l'emploi par recrutement.",
        None,
        None,
    ),
    (
        "participle-is-not-a-recruiting-verb",
        "Grade(s) recherché(s)\nPsychologue de classe normale\nMétier(s)\nPsychologue",
        None,
        None,
    ),
    (
        "typed-name-stays-on-its-line",
        "AFDELING: Sociaal Huis\nDIENST: Sociale dienst\nFUNCTIE: Maatschappelijk werker",
        None,
        None,
    ),
    (
        "english-presentation-with-listed-adjectives",
        "Nurse (m/f/x)\n\nHealers Without Borders (HWB) is an international, independent, medical humanitarian "
        "organisation working with migrants.",
        "Healers Without Borders (HWB)",
        None,
    ),
    (
        "name-with-lowercase-article-after-a-type",
        "Le poste est hébergé au Centre hospitalier le Belvédère, à Lyon.",
        "Centre hospitalier le Belvédère",
        None,
    ),
    (
        "name-then-apposition",
        "La Passerelle, maison d'accueil pour hommes adultes (Charleroi), engage un·e éducateur·rice.",
        "Passerelle",  # names are kept without their leading article, as everywhere
        None,
    ),
    (
        "team-of-a-network",
        "Het mobiel team langdurige zorg van netwerk Kempenring zoekt een ervaringsdeskundige.",
        "Netwerk Kempenring",
        None,
    ),
    (
        "english-self-presentation",
        "Research Officer (0.6 FTE)\n\nNorthbridge Rights is a small Brussels-based NGO working on migrant health.",
        "Northbridge Rights",
        None,
    ),
    (
        "legal-entity-beats-the-service-name",
        "Directeur·rice – Service de santé mentale L'Escale (Ixelles)\n\nL'Escale est un SSM agréé.\n\n"
        "L'Escale asbl – rue du Trône 71, 1050 Ixelles",
        "Escale",
        None,
    ),
    ("subject", "L'ASBL Les Tilleuls recrute un·e psychologue à mi-temps.", "Les Tilleuls", None),
    (
        "subject-with-date-prefix",
        "03.02.2027 - Le CPAS de Namur est à la\nrecherche d'un·e assistant·e social·e",
        "CPAS de Namur",
        None,
    ),
    (
        "department-of-city",
        "Le Département Action sociale de la Ville de Liège recherche un éducateur pour son Service Jeunesse",
        "Ville de Liège",
        "Service Jeunesse",
    ),
    (
        "label",
        "Employeur : Hôpital Saint-Rémi\nFonction : infirmier psychiatrique",
        "Hôpital Saint-Rémi",
        None,
    ),
    ("dutch", "Het CGG Vlaams-Brabant Oost zoekt een psycholoog (m/v/x).", "CGG Vlaams-Brabant Oost", None),
    (
        "comma-intro",
        "Pour renforcer son équipe, la Maison Médicale du Nord recrute un médecin généraliste.",
        "Maison Médicale du Nord",
        None,
    ),
    (
        "self-presentation",
        "Horizon Santé est une ASBL active à Charleroi depuis 1995. Nous cherchons un psychologue.",
        "Horizon Santé",
        None,
    ),
    (
        "lowercase-sentence-is-not-an-employer",
        "Nous n'avons pas le temps de partir à la recherche de solutions.",
        None,
        None,
    ),
    ("we-is-not-an-employer", "Nous recherchons un·e coordinateur·rice.", None, None),
    (
        "authority-the-post-works-with-is-not-the-employer",
        "COORDINATEUR·RICE DE PROJET\n\nLe Réseau Les Hautes Fagnes développe l'offre de soins de proximité.\n"
        "Missions :\n- coopérer avec les services compétents du SPF Santé Publique ;\n"
        "- faire rapport au SPF Santé Publique deux fois par an ;\n- animer les partenaires locaux.",
        "Réseau Les Hautes Fagnes",
        None,
    ),
    (
        "dutch-partner-is-not-the-employer",
        "Psycholoog (m/v/x)\n\nJe werkt in samenwerking met het Centrum Geestelijke Gezondheidszorg De Vliering "
        "en het Centrum Geestelijke Gezondheidszorg De Vliering verwijst cliënten door.\n"
        "Het Centrum Sociaal Werk Het Anker biedt je een contract van onbepaalde duur.",
        "Centrum Sociaal Werk Het Anker",
        None,
    ),
    (
        "site-menu-is-not-the-employer",
        "JobSocial.be\nVacatures   Offres   Werkgevers   Nieuws\nZoeken...\n\nÉducateur·rice de nuit\n\n"
        "Les Tournesols asbl accueille des adultes. Nous engageons un·e éducateur·rice à mi-temps.",
        "Tournesols",
        None,
    ),
    (
        "speaker-recruits-after-a-clause",
        "Begeleider (m/v/x)\n\nDe Kromme Boom vzw begeleidt jongvolwassenen. Omdat een collega vertrekt, "
        "zoeken we een nieuwe begeleider.",
        "Kromme Boom",
        None,
    ),
    (
        "question-heading-is-not-a-name",
        "Wat doe je?\nJe begeleidt cliënten.\n\nWie zoeken we?\nEen verpleegkundige met ervaring.\n\n"
        "Psychiatrisch Centrum Ter Linde biedt een vast contract.",
        "Centrum Ter Linde",
        None,
    ),
    (
        "generic-type-in-capitals-is-not-a-name",
        "LES ROSEAUX – SERVICE DE SANTÉ MENTALE ASBL\nRue du Canal 3 – 1000 Bruxelles\n\n"
        "Les Roseaux est un service de santé mentale agréé. Deux fonctions sont à pourvoir.",
        "Roseaux",
        None,
    ),
    (
        "job-platform-is-not-the-employer",
        "Vacatureplatform van het Netwerk Zorg Oost\n\nVerpleegkundige (m/v/x)\n\n"
        "Het Psychiatrisch Ziekenhuis Sint-Aldegonde is een ziekenhuis met 200 bedden.",
        "Psychiatrisch Ziekenhuis Sint-Aldegonde",
        None,
    ),
    (
        "public-body-in-full-and-in-capitals",
        "CENTRE PUBLIC D'ACTION SOCIALE DE VERVIERS\nAppel à candidatures – assistant·e social·e (m/f/x)",
        "CPAS de Verviers",
        None,
    ),
    (
        "deciding-organ-is-the-commune",
        "Psychologue (h/f/x) – Plan de cohésion sociale\n\n"
        "Le Collège communal de Quaregnon recrute un·e psychologue contractuel·le.",
        "Commune de Quaregnon",
        None,
    ),
    (
        "english-self-presentation-after-a-clause",
        "Programme officer (m/f/x)\n\nFounded in 2001, Harbour Aid Network is a humanitarian NGO "
        "supporting displaced families.",
        "Harbour Aid Network",
        None,
    ),
    (
        "french-name-with-lowercase-words",
        "Chargé·e de mission (A6)\n\nL'Agence bruxelloise pour le Soutien psychosocial est un organisme "
        "d'intérêt public.",
        "Agence bruxelloise pour le Soutien psychosocial",
        None,
    ),
    (
        "public-administration-with-its-acronym",
        "Commission communautaire commune (COCOM) – Services du Collège réuni\nDirection Santé\n\n"
        "Assistant·e administratif·ve (niveau C)\n\nTâches : suivi des dossiers.",
        "Commission communautaire commune (COCOM)",
        None,
    ),
    (
        "a-heading-above-we-is-not-the-subject",
        "PC Rozenhof is een psychiatrisch centrum in Eeklo.\n\nOver de tewerkstelling\n"
        "We zoeken twee nieuwe collega's voor samen 1,8 VTE.",
        "PC Rozenhof",
        None,
    ),
    (
        "a-quoted-newsletter-heading-is-not-the-subject",
        "Réseau Santé Nord – La Lettre n° 34\nRubrique « Les partenaires recrutent »\n\n"
        "L'ASBL Le Trèfle engage un·e psychologue.",
        "Le Trèfle",
        None,
    ),
    (
        "name-on-the-line-above-its-verb",
        "Réseau Santé Nord – La Lettre n° 34\n\nMAISON MÉDICALE LE TRÈFLE\nrecherche un·e psychologue indépendant·e\n\n"
        "Les offres sont relayées par le Réseau, qui n'est pas l'employeur.",
        "MAISON MÉDICALE LE TRÈFLE",
        None,
    ),
    (
        "a-lone-menu-verb-has-no-subject",
        "Zoeken\nVacatures\n\nWij bieden een boeiende job in de geestelijke gezondheidszorg.",
        None,
        None,
    ),
    (
        "link-text-under-the-employer-label-is-no-name",
        "Éducateur·rice (h/f)\nEmployeur\nSite web de l'employeur\nLieu de travail\nNîmes",
        None,
        None,
    ),
    (
        "a-form-label-at-the-end-is-no-signature",
        "Begeleider kinderopvang\n\nJe begeleidt een leefgroep van peuters.\n\nPostcode en gemeente:",
        None,
        None,
    ),
    (
        "a-heading-in-capitals-under-the-title-is-no-name",
        "Chargé·e de mission (h/f/x)\n\nCONTEXTE\n\nLe secteur de l'aide aux sans-abri lance une étude.",
        None,
        None,
    ),
    (
        "a-label-and-its-value-under-the-title-are-no-name",
        "Program Officer (m/f/x)\nLocation Canada\nThe officer supports partner clinics.",
        None,
        None,
    ),
    (
        "the-speaker-in-a-relative-clause-is-no-subject",
        "Ben je geboeid door het gevangeniswezen? Dan ben jij de collega die we zoeken!",
        None,
        None,
    ),
    (
        "two-bodies-of-a-joint-heading-then-each-recruits",
        "Le Phare et la Boussole engagent\n\nLa Boussole engage un·e juriste à mi-temps.",
        "Boussole",
        None,
    ),
    (
        "a-word-of-a-compound-is-no-verb",
        "Chargé·e de projet – recherche-action sur l'accueil de nuit\n\nObjectifs de la mission",
        None,
        None,
    ),
    (
        "a-province-the-body-lies-in-is-not-the-employer",
        "Notre hôpital\nHôpital de référence dans la Province de Namur pour la psychiatrie de l'enfant.",
        None,
        None,
    ),
    (
        "a-departmental-council-is-a-body",
        "Le Conseil départemental du Gers recrute un·e psychologue pour ses maisons de l'enfance.",
        "Conseil départemental du Gers",
        None,
    ),
    (
        "acronym-subject-with-its-name-spelled-elsewhere",
        "La FMBS engage un·e chargé·e de communication.\n\n"
        "La Fédération des Maisons Bruxelloises de Santé regroupe une quarantaine de centres.",
        "Fédération des Maisons Bruxelloises de Santé (FMBS)",
        None,
    ),
    (
        "acronym-subject-with-its-name-before-the-parenthesis",
        "Le CRIC recrute un·e formateur·rice.\n\nFondé en 1992, le Centre régional d'intégration de "
        "Charleroi (CRIC) accompagne les personnes primo-arrivantes.",
        "Centre régional d'intégration de Charleroi (CRIC)",
        None,
    ),
    (
        "full-name-in-the-header-gets-the-acronym-the-text-adds",
        "Maatschappelijk werker (m/v/x)\nVlaams Agentschap voor Jeugdhulp\nSelectiecode\nX1\n\n"
        "Je komt terecht in een team van het Vlaams Agentschap voor Jeugdhulp (VAJ).",
        "Vlaams Agentschap voor Jeugdhulp (VAJ)",
        None,
    ),
    (
        "kind-and-adjective-before-an-acronym",
        "L'ONG médicale SOLMED recrute un·e psychologue pour ses cliniques mobiles.",
        "SOLMED",
        None,
    ),
    (
        "an-acronym-the-words-before-do-not-spell-stays-alone",
        "Le GAMS recrute un·e animateur·rice.\n\nNos activités (GAMS) se tiennent à Saint-Gilles.",
        "GAMS",
        None,
    ),
    (
        "a-parenthesis-that-does-not-spell-the-name-is-not-added",
        "La Maison Kangourou recrute un·e puériculteur·rice.\n\nLa Maison Kangourou (ONE) est agréée depuis 2004.",
        "Maison Kangourou",
        None,
    ),
    (
        "the-operational-centre-of-a-presented-body-is-its-unit",
        "Healers Without Borders is an international medical humanitarian organisation. "
        "The Operational Centre Geneva is looking for a psychologist.",
        "Healers Without Borders",
        "Operational Centre Geneva",
    ),
    (
        "a-french-departement-is-a-body-not-a-unit",
        "L'Aveyron est un territoire rural. Le Département de l'Aveyron recrute un·e psychologue.",
        "Département de l'Aveyron",
        None,
    ),
    (
        "english-is-seeking",
        "Northwind Health, based in Boston, is seeking a harm reduction coordinator.",
        "Northwind Health",
        None,
    ),
    (
        "english-seeks-to-recruit",
        "Research Fellow\nUniversité du Lac seeks to recruit a full-time researcher in clinical psychology.",
        "Université du Lac",
        None,
    ),
    (
        "dutch-has-a-vacancy",
        "Woonbegeleider\nDe Woonwinkel Regio Tielt heeft een vacature voor een woonbegeleider (m/v/x).",
        "Woonwinkel Regio Tielt",
        None,
    ),
    (
        "french-launches-a-recruitment-notice",
        "Aide Santé Mondiale lance un avis de recrutement d'un·e psychologue pour sa mission au Niger.",
        "Aide Santé Mondiale",
        None,
    ),
    (
        "french-grows-its-organisation",
        "Pour mieux encadrer ses foyers, la Maison des Tilleuls étoffe son organisation en créant un poste "
        "d'éducateur·rice référent·e.",
        "Maison des Tilleuls",
        None,
    ),
    (
        "federal-service-in-dutch-named-in-the-text",
        "Maatschappelijk assistent (m/v/x)\nJobinhoud\nWil je je inzetten voor de FOD Binnenlandse Zaken? "
        "Dan is deze job iets voor jou.",
        "FOD Binnenlandse Zaken",
        None,
    ),
    (
        "a-school-in-the-title",
        "Éducateur·rice-économe – Athénée Royal des Marronniers\n\nFonction\nL'économe tient la comptabilité.",
        "Athénée Royal des Marronniers",
        None,
    ),
    (
        "header-name-with-a-capital-after-an-elided-article",
        "Analyste (m/f/x)\n\nRégie de l'Habitat\n\nCode de sélection\nAFG1",
        "Régie de l'Habitat",
        None,
    ),
    (
        "a-french-town-label-and-its-value-are-no-body",
        "Infirmier·ère de nuit (H/F)\nType de poste CDD\nVille Mérignac\nDescription\nVous travaillez de nuit.",
        None,
        None,
    ),
    (
        "company-description-opens-with-the-name-and-an-apposition",
        "Éducateur·rice (H/F/X)\n\nDescription de l'entreprise\n\nKangourou-Net, le réseau namurois pour "
        "la petite enfance, est né en 2016. Kangourou-Net rassemble des crèches et des services.",
        "Kangourou-Net",
        None,
    ),
    (
        "about-us-section-with-an-opening-clause",
        "Psycholoog (m/v/x)\n\nOver ons\nOpgericht in 1979, Zonnewende begeleidt gezinnen in nood. "
        "Zonnewende werkt in heel Limburg.",
        "Zonnewende",
        None,
    ),
    (
        "institution-section-with-an-apposition-first",
        "Notre institution\nHôpital de référence pour la santé mentale en Gaume, le CHS Sainte-Anne compte "
        "250 lits.",
        "CHS Sainte-Anne",
        None,
    ),
    (
        "a-section-describing-the-speaker-has-no-name",
        "Qui sommes-nous ?\nMaison médicale au forfait de la région de Mons, nous soignons 3.000 patients.",
        None,
        None,
    ),
    (
        "a-section-opening-with-a-place-has-no-name",
        "À propos\nNamur, capitale de la Wallonie, accueille notre siège.",
        None,
        None,
    ),
    (
        "a-heading-that-names-the-service",
        "Directeur·rice – temps plein – CDI\n\nDescription du Service Jeunesse Solidaire\n\nNous accompagnons "
        "les jeunes depuis 1985.",
        "Service Jeunesse Solidaire",
        None,
    ),
    (
        "a-heading-about-the-post-names-no-body",
        "Description de la Fonction\nVous accompagnez les résidents.\n\nDescription de l'Emploi\nTemps plein.",
        None,
        None,
    ),
    (
        "working-at-the-body-is",
        "Travailler à l'Administration communale de Montvert, c'est rejoindre 600 agents au service des habitants.",
        "Administration communale de Montvert",
        None,
    ),
    (
        "werken-bij-betekent",
        "Werken bij Ronsegem Zorg betekent werken voor 4.000 bewoners.",
        "Ronsegem Zorg",
        None,
    ),
    (
        "working-in-a-team-is-no-body",
        "Travailler en équipe, c'est notre force. Travailler à domicile, c'est possible.",
        None,
        None,
    ),
    (
        "offer-at-a-service-in-the-title",
        "Offre d'emploi au Service Accueil Jeunes de Liège Coordinateur – mi-temps – CDD",
        "Service Accueil Jeunes de Liège",
        None,
    ),
    (
        "vacancy-notice-in-an-agency",
        "Psychologist (AD 5)\n\nExternal Vacancy Notice in the European Agency for Reception Standards (EARS)\n\n"
        "Type of contract: Temporary Agent",
        "European Agency for Reception Standards (EARS)",
        None,
    ),
    (
        "dutch-subject-after-the-verb",
        "Psycholoog (m/v/x)\nIn het kader van de hervorming zoekt Kompas Meetjesland een psycholoog.",
        "Kompas Meetjesland",
        None,
    ),
    (
        "dutch-subject-after-is-op-zoek",
        "Voor het project is Armoedezorg vzw op zoek naar een projectmedewerker (80%).",
        "Armoedezorg",
        None,
    ),
    (
        "dutch-inverted-pronoun-is-no-subject",
        "Voor onze dienst zoeken we een verpleegkundige. Sinds januari zijn we op zoek naar een arts.",
        None,
        None,
    ),
    (
        "presented-as-part-of-a-network",
        "Onthaalmedewerker (m/v/x)\nBrussel\n\nArtsen voor Iedereen maakt deel uit van een internationaal "
        "netwerk van medische ngo's.",
        "Artsen voor Iedereen",
        None,
    ),
    (
        "a-name-then-c-est-as-a-heading",
        "Coordinateur·rice\nLe Phare c'est…\nUne équipe de 40 personnes. Le Phare accueille des jeunes sans abri.",
        "Phare",
        None,
    ),
    (
        "presented-by-its-mission",
        "Fil Rouge Santé a pour mission d'accompagner les personnes isolées vers les soins.",
        "Fil Rouge Santé",
        None,
    ),
    (
        "a-project-part-of-a-programme-is-no-name",
        "Promovendus\nDit project maakt deel uit van een Europees programma over rouw.",
        None,
        None,
    ),
    (
        "a-post-with-a-mission-is-no-name",
        "Taken\nDe maatschappelijk werker heeft als opdracht de cliënten te begeleiden.",
        None,
        None,
    ),
    (
        "a-town-presented-whose-local-government-recruits",
        "Zonhoven is een groene gemeente met 21.000 inwoners. Voor het Sociaal Huis legt het lokaal bestuur "
        "een wervingsreserve aan.",
        "Lokaal bestuur Zonhoven",
        None,
    ),
    (
        "a-french-town-presented-whose-administration-recrute",
        "Ath est une commune de 30.000 habitants. L'administration communale recrute un·e éducateur·rice.",
        "Administration communale d'Ath",
        None,
    ),
    (
        "a-town-presented-without-its-administration-hires-no-one",
        "Namur est une ville dynamique. Notre association y accompagne des familles.",
        None,
        None,
    ),
    (
        "who-recruits-label",
        "Personne de référence (m/f)\nQui recrute ?\nMaison Kangourou\nMissions\n- Accueillir les enfants.",
        "Maison Kangourou",
        None,
    ),
    (
        "host-organisation-label",
        "Volunteer in Belgium\nHost organisation: Jeugdhuis Komma (Genk)\nStart: September",
        "Jeugdhuis Komma",
        None,
    ),
    (
        "name-with-its-legal-form-after-de-la",
        "« Kidzo », le secteur enfance de la Ruche Solidaire asbl, anime des ateliers après l'école.",
        "Ruche Solidaire",
        None,
    ),
    (
        "town-body-in-lower-case",
        "Maatschappelijk werker\nJe werkt in het Sociaal Huis voor de gemeente Zonhoven.",
        "Gemeente Zonhoven",
        None,
    ),
    (
        "a-town-one-lives-in-is-no-body",
        "Maatschappelijk werker\nJe woont bij voorkeur in de gemeente Zonhoven of omgeving.",
        None,
        None,
    ),
    (
        "english-typed-name-with-of",
        "PhD studentship\nThe University of Northbay is offering a funded PhD in rural mental health.",
        "University of Northbay",
        None,
    ),
    (
        "the-legal-form-line-keeps-the-whole-name",
        "Infirmier·ère (H/F/X)\nMaison médicale du Val\n\nNous soignons 2.000 patients.\n\n"
        "Maison médicale du Val asbl – rue Haute 3, 5000 Namur",
        "Maison médicale du Val",
        None,
    ),
    (
        "acronym-spelled-by-a-hyphenated-name",
        "HNB recrute un·e infirmier·ère de nuit.\n\nL'Hôpital Namur-Bouge compte 400 lits.",
        "Hôpital Namur-Bouge (HNB)",
        None,
    ),
    (
        "name-then-an-apposition-naming-its-kind",
        "Psychologue à Calais\n\nSoins Sans Frontières, association médicale internationale créée en 1980, "
        "apporte une aide aux personnes exilées.\n\nLa Mission Littoral de SSF recherche un·e psychologue.",
        "Soins Sans Frontières",
        None,
    ),
    (
        "a-person-and-their-post-is-no-apposition",
        "Infirmier·ère\n\nJean Dupont, coordinateur du réseau, vous accueillera le premier jour.",
        None,
        None,
    ),
    (
        "an-english-unit-presenting-itself-is-not-the-employer",
        "Liaison Nurse\n\nThe Crisis Assessment Unit (CAU) is a service created to relieve the emergency department.",
        None,
        None,
    ),
    (
        "a-keyword-line-names-no-body",
        "Directeur·rice\nMots-clés : Santé publique Hôpital Ressources humaines\nLe poste est à pourvoir en juin.",
        None,
        None,
    ),
    (
        "an-english-university-hospital-is-the-tail-of-a-name",
        "Liaison Nurse\n\nWe relieve pressure on the emergency department at Northfield University Hospital.",
        None,
        None,
    ),
    (
        "section-opening-with-a-kind-in-lower-case",
        "Infirmier (H/F)\nL'établissement\nLe groupe hospitalier Jean Moulin (GHJM), établissement de référence "
        "en psychiatrie, assure une mission de service public.",
        "Groupe hospitalier Jean Moulin (GHJM)",
        None,
    ),
    (
        "an-institution-organised-by-a-province",
        "Éducateur (H/F/X)\n\nInstitut Médico-Social Les Sorbiers\n\nL'Institut Les Sorbiers est une institution "
        "organisée par la Province de Namur, située à Jambes.",
        "Province de Namur",
        None,
    ),
    (
        "a-day-organised-by-a-network-employs-no-one",
        "Psychologue (H/F/X)\n\nLa Clinique des Saules recrute un·e psychologue. Vous participerez à la journée "
        "organisée par le Réseau Santé Sud.",
        "Clinique des Saules",
        None,
    ),
    (
        "a-dutch-department-in-the-title-is-no-employer",
        "VACATURE KINDBEGELEIDER\nDIENST BUITENSCHOOLSE OPVANG\nDeeltijds contractuele functie",
        None,
        None,
    ),
    (
        "a-ministry-that-recognises-a-diploma-does-not-hire",
        "Kindbegeleider\nJe hebt een diploma dat erkend is door het Vlaams Ministerie van Onderwijs en Vorming.",
        None,
        None,
    ),
    (
        "a-person-and-her-service-is-no-apposition",
        "Assistant·e social·e\n\nMarie Dupont, service du personnel, répond à vos questions.",
        None,
        None,
    ),
    (
        "a-person-after-the-dutch-verb-is-no-subject",
        "Begeleider\nDaarnaast is Jan op zoek naar een nieuwe collega voor zijn team.",
        None,
        None,
    ),
    (
        "a-heading-about-the-organisation-is-no-header-name",
        "Psycholoog (m/v/x)\nOver De Kaap\nDe Kaap begeleidt jongeren in crisis.",
        "Kaap",
        None,
    ),
    (
        "a-pronoun-under-the-who-recruits-label",
        "Psychologue\nQui recrute ?\nNous.\nMissions\nAccompagner les patients.",
        None,
        None,
    ),
    (
        "a-generic-acronym-is-not-paired-with-its-kind",
        "Psychologue\nLe SSM recrute un·e psychologue.\nLe Service de Santé Mentale accueille des adultes.",
        "SSM",
        None,
    ),
    (
        "a-town-with-its-kind-in-apposition-recruits",
        "Zonhoven, een groene gemeente in Limburg, versterkt haar team van begeleiders.",
        "Gemeente Zonhoven",
        None,
    ),
    (
        "a-repeated-name-where-one-works",
        "Devenir bénévole\nL'écoute chez Écoute-Nuit est assurée par des bénévoles. Les bénévoles "
        "d'Écoute-Nuit se relaient jour et nuit.",
        "Écoute-Nuit",
        None,
    ),
    (
        "a-name-met-once-where-one-works-is-not-enough",
        "Stage\nVous travaillerez chez Lumen Partners pendant six mois.",
        None,
        None,
    ),
    (
        "a-labelled-service",
        "Infirmier·ère (H/F/X)\nSERVICE : Urgences pédiatriques\n\nLe CHR de la Citadelle recrute un·e "
        "infirmier·ère.",
        "CHR de la Citadelle",
        "Urgences pédiatriques",
    ),
    (
        "a-named-service-after-pour-le",
        "Le CPAS de Ciney recrute un·e assistant·e social·e pour le Service Logement.",
        "CPAS de Ciney",
        "Service Logement",
    ),
    (
        "a-dutch-department-after-binnen-de",
        "Het OCMW Geel zoekt een maatschappelijk werker binnen de afdeling Sociale Dienstverlening.",
        "OCMW Geel",
        "afdeling Sociale Dienstverlening",
    ),
    (
        "a-service-without-a-name-is-no-unit",
        "Le CPAS de Ciney recrute un·e assistant·e social·e pour le Service.",
        "CPAS de Ciney",
        None,
    ),
    (
        "a-signature-line-with-a-label-is-no-name",
        "Aide-soignant (H/F)\nContrat : CDD\nHoraire : de jour\nLieu : Lyon\n\nVous soignez des patients âgés.\n\n"
        "Nous attendons votre candidature.\n\nStructure interne : Service de gériatrie 4B",
        None,
        None,
    ),
    (
        "a-search-button-is-no-recruiter",
        "Werken bij de overheid\nSnel zoeken\n\nBegeleider kinderopvang\n\nJe begeleidt kinderen na school.",
        None,
        None,
    ),
    (
        "recherche-after-a-preposition-is-a-noun",
        "Directeur (H/F)\n\nDepuis sa fusion, le CHU Nord se distingue par son potentiel de recherche clinique.",
        "CHU Nord",
        None,
    ),
    (
        "est-regulierement-a-la-recherche",
        "Animateurs d'été\nL'Atelier Sésame est régulièrement à la recherche d'animateurs pour ses stages.",
        "Atelier Sésame",
        None,
    ),
    (
        "a-body-that-issues-a-diploma-does-not-hire",
        "Conditions\n- être titulaire d'un diplôme de bachelier ou de son équivalence délivrée par la Fédération "
        "Wallonie-Bruxelles ;\n- être de bonne conduite.",
        None,
        None,
    ),
    (
        "a-numbered-heading-over-the-organisation",
        "Infirmier (H/F)\n\nII. - Présentation de l'établissement\n\nLe Centre psychothérapeutique Les Tilleuls, "
        "ouvert en 1975, accueille des adolescents.",
        "Centre psychothérapeutique Les Tilleuls",
        None,
    ),
    (
        "an-english-organization-label-with-acronym-first",
        "Field Psychologist\n\n  • Organization: GHA - Global Health Alliance\n  • Location: Goma",
        "Global Health Alliance (GHA)",
        None,
    ),
    (
        "a-word-in-capitals-that-spells-nothing-is-no-acronym",
        "Organisation : NOUS - Centre de jour pour adultes",
        None,
        None,
    ),
    (
        "an-apposition-with-several-adjectives",
        "Refugee Care International, small independent humanitarian organisation, opens a post in Amman. "
        "Refugee Care International works with families.",
        "Refugee Care International",
        None,
    ),
    (
        "an-acronym-whose-name-is-written-in-lower-case",
        "OFFRE : LE CRSM ENGAGE\n\nLe Collectif régional de santé mentale engage un·e chargé·e de projet.",
        "Collectif régional de santé mentale (CRSM)",
        None,
    ),
    (
        "a-sentence-start-that-spells-the-acronym-is-no-name",
        "Ce centre réunit souvent des médecins. Le CRSM engage un·e chargé·e de projet.",
        "CRSM",
        None,
    ),
    (
        "a-departmental-council-written-with-capitals",
        "Psychologue clinicien au sein de la protection de l'enfance du Conseil Départemental du Gard",
        "Conseil Départemental du Gard",
        None,
    ),
    (
        "a-post-presented-as-a-member-is-no-body",
        "Terms of Reference\nThe Protection Officer is a member of the country team and reports to the head.",
        None,
        None,
    ),
    (
        "a-place-after-a-comma-in-the-header-is-no-name",
        "Intervenant psychosocial (2 postes)\n\nÉcoute rurale\n\nTravail à distance ou autre, Région des Collines",
        None,
        None,
    ),
    (
        "two-bodies-with-acronyms-give-the-first",
        "Cette unité soutient les équipes du Centre Opérationnel de Lyon (COL) et le Centre Opérationnel de Nantes "
        "(CON).",
        "Centre Opérationnel de Lyon (COL)",
        None,
    ),
    (
        "a-unit-named-in-the-title-when-no-body-is",
        "Animateur·rice pour le service Jeunesse (H/F/X)\n\nProfil : bachelier en animation.",
        "service Jeunesse",
        None,
    ),
    (
        "a-dutch-service-named-in-the-title",
        "Maatschappelijk werker (m/v/x)\nVoor de dienst Schuldbemiddeling\n\nJe begeleidt gezinnen.",
        "dienst Schuldbemiddeling",
        None,
    ),
    (
        "pour-son-service-names-an-unnamed-body",
        "Réserve de recrutement d'accueillant·e·s, à mi-temps, pour son service des crèches\n\nContrat : CDD",
        None,
        None,
    ),
    (
        "a-generic-unit-in-the-title-names-no-one",
        "Psychologue pour le service de santé mentale (H/F)\n\nProfil : master en psychologie.",
        None,
        None,
    ),
    (
        "a-unit-with-capitals-after-the-post",
        "Détails\nPoste proposé\nInfirmier Unité de Soins Intensifs Pédiatriques\nContrat\nCDD",
        "Unité de Soins Intensifs Pédiatriques",
        None,
    ),
    (
        "a-unit-with-capitals-after-no-post-is-no-employer",
        "Informations\nVisite de l'Unité de Soins Intensifs Pédiatriques\nDate : 4 mai",
        None,
        None,
    ),
    (
        "a-town-presented-by-its-population",
        "Coordinateur·rice (H/F/X)\n\nLa société\n\nCommune de plus de 30.000 habitants, Saint-Ours-la-Vallée "
        "relève chaque jour de nouveaux défis.",
        "Commune de Saint-Ours-la-Vallée",
        None,
    ),
    (
        "a-french-town-with-its-article",
        "Psychologue (h/f)\nCommune de 48 000 habitants, Le Plessis-Marchand est un territoire dynamique.",
        "Commune du Plessis-Marchand",
        None,
    ),
    (
        "an-english-university-named-before-its-kind",
        "PhD position\n\nA doctoral position in social neuroscience is available at Wexmoor University.",
        "Wexmoor University",
        None,
    ),
    (
        "an-nhs-trust-named-in-the-header",
        "Skip to main content\nEmployer heading\nOakridge NHS Foundation Trust logo\n\nStaff Nurse\nBand 5",
        "Oakridge NHS Foundation Trust",
        None,
    ),
    (
        "a-building-under-the-workplace-label-is-no-employer",
        "Chargé de projet (h/f)\n\nLieu de travail\nMaison du Département, Vire (Calvados)\n\nLa direction de "
        "l'enfance met en oeuvre les politiques du Département du Calvados.",
        "Département du Calvados",
        None,
    ),
    (
        "a-body-named-after-a-trade-under-the-title",
        "Interprète Dari, Pôle Accueil (f/h/x), Liège\n\nInfirmiers du Monde\n\n  • Liège\n  • CDI",
        "Infirmiers du Monde",
        "Pôle Accueil",
    ),
    (
        "a-post-in-the-singular-under-the-title-is-no-body",
        "Interprète Dari (f/h/x), Liège\n\nMédecin du Travail\n\n  • Liège\n  • CDI",
        None,
        None,
    ),
    (
        "a-recruitment-organised-for-a-council",
        "Recrutement organisé pour le Conseil Supérieur Laïque asbl • ANIMATEUR (h/f) • Prisons\n\nConditions",
        "Conseil Supérieur Laïque",
        None,
    ),
    (
        "a-board-is-no-council-with-a-name",
        "Conseil d'administration\nLe conseil se réunit chaque mois.",
        None,
        None,
    ),
    (
        "a-hospital-written-in-lower-case-with-its-name",
        "Avis de concours\n\nUn concours sur titres est ouvert au centre hospitalier de la Haute-Vienne en vue de "
        "pourvoir un poste de psychologue.",
        "Centre hospitalier de la Haute-Vienne",
        None,
    ),
    (
        "a-hospital-in-lower-case-without-a-name-is-no-body",
        "Psychologue (H/F)\n\nUne expérience en centre hospitalier de jour est souhaitée.",
        None,
        None,
    ),
    (
        "a-unit-the-speaker-recruits-for-names-no-employer",
        "Sinds 1950 verzorgen we mensen met een psychische kwetsbaarheid.\n\nVoor de afdeling Ouderen (65+) "
        "zoeken we een\n\nErgotherapeut (m/v/x)",
        None,
        None,
    ),
    (
        "a-number-of-bodies-is-no-subject",
        "Trois maisons médicales du quartier engagent\n\nUn·e accueillant·e à mi-temps.",
        None,
        None,
    ),
    (
        "a-title-giving-the-body-then-its-service",
        "FOD Mobiliteit, Dienst Verkeersveiligheid : nieuwe psychologen gezocht\n\nWij bieden een boeiende job.",
        "FOD Mobiliteit",
        "Dienst Verkeersveiligheid",
    ),
    (
        "a-unit-named-in-the-title-of-a-named-body",
        "Éducateur pour le service Insertion (H/F/X)\n\nLe CPAS de Florennes recrute un éducateur.",
        "CPAS de Florennes",
        "service Insertion",
    ),
    (
        "a-hospital-pole-labelled-as-the-unit",
        "Infirmier (H/F)\nPôle d'affectation : Psychiatrie adulte\n\nLe Centre hospitalier de Vernay recrute un "
        "infirmier.",
        "Centre hospitalier de Vernay",
        "Psychiatrie adulte",
    ),
    (
        "a-department-of-the-named-employer",
        "Het departement Vrije Tijd van het OCMW van Lochristi zoekt een animator.\n\nHet OCMW van Lochristi "
        "zoekt een animator (m/v/x).",
        "OCMW van Lochristi",
        "departement Vrije Tijd",
    ),
    (
        "a-department-of-another-body-is-no-unit",
        "Le CPAS de Wavre engage un juriste. Vous travaillerez avec le service Logement de la Ville de Wavre.",
        "CPAS de Wavre",
        None,
    ),
]


@pytest.mark.parametrize(("text", "employer", "unit"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_employer(text, employer, unit):
    found = find_employer(Doc(text))
    assert (found["employer"].value if "employer" in found else None) == employer
    assert (found["employer_unit"].value if "employer_unit" in found else None) == unit


CLEANED = [
    ("logo-alt-text", "Logo van Gemeente Zonhoven", "Gemeente Zonhoven"),
    ("year-the-sentence-goes-on-with", "Centre Hospitalier de Lens en 1987", "Centre Hospitalier de Lens"),
    ("next-label-glued-on", "FOD Sociale ZekerheidSelectiecode", "FOD Sociale Zekerheid"),
    ("a-word-starting-with-logo-stays", "Logopedisch Centrum Noord", "Logopedisch Centrum Noord"),
    ("a-camel-case-name-stays", "Réseau MediaLab", "Réseau MediaLab"),
    ("dotted-acronym-and-article", "Le C.P.A.S. de Ham", "CPAS de Ham"),
]


@pytest.mark.parametrize(("raw", "cleaned"), [c[1:] for c in CLEANED], ids=[c[0] for c in CLEANED])
def test_clean_org(raw, cleaned):
    assert clean_org(raw) == cleaned


NOT_A_NAME_CASES = [
    (
        "a-signature-is-a-person",
        "Pour tout renseignement :\nMarc-Henri DUBOSQ\n\nL'asbl Trait d'Union engage un éducateur (h/f/x).",
        "Trait d'Union",
    ),
    (
        "a-question-word-is-no-name",
        "Waar\nIn het centrum van de stad.\nWelzijnshuis De Brug zoekt een maatschappelijk werker.",
        "Welzijnshuis De Brug",
    ),
    (
        "a-document-heading-is-no-name",
        "TERMES DE REFERENCE\n\nL'ONG Solidaris Nord recrute un coordinateur de projets santé (H/F).",
        "ONG Solidaris Nord",
    ),
    (
        "a-local-authority-named-as-the-workplace",
        "Locatie: Stad Wervelde - Inschrijven tot 3 mei\nProjectcoördinator (m/v/x)\nJe trekt projecten.",
        "Stad Wervelde",
    ),
    (
        "a-self-presentation-with-c-est",
        "Vous cherchez un métier qui a du sens ? Soins Sans Frontière, c'est une association médicale "
        "présente dans dix pays. Nous recrutons un travailleur social (H/F).",
        "Soins Sans Frontière",
    ),
]


@pytest.mark.parametrize(
    ("text", "employer"), [c[1:] for c in NOT_A_NAME_CASES], ids=[c[0] for c in NOT_A_NAME_CASES]
)
def test_employer_names_are_names(text, employer):
    found = find_employer(Doc(text))
    assert (found["employer"].value if "employer" in found else None) == employer


@pytest.mark.parametrize(
    "name",
    ["Juan-Luis VIVES", "Évaluation des besoins des populations cibles à travers une"],
)
def test_a_person_or_a_phrase_is_not_credible(name):
    assert not credible(name)


@pytest.mark.parametrize(
    "name",
    [
        "Équipe mobile Ardenne-Gaume",
        "Centre hospitalier du val de la rivière",
        "Smes",
        "Wel Jong Niet Hetero",
    ],
)
def test_names_of_organisations_are_credible(name):
    assert credible(name)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "Kinderbegeleider (C1-C2)\n\nWezelhove organiseert een selectieprocedure voor de aanwerving van een (M/V):"
            "\n\nKINDERBEGELEIDER",
            "Wezelhove",
        ),
        (
            "Animateur (H/F)\n\nLa Commune de Ternel procède au recrutement d'un animateur.",
            "Commune de Ternel",
        ),
    ],
    ids=["dutch-selection-procedure", "french-proceeds-to-recruit"],
)
def test_the_body_organising_the_selection_hires(text, employer):
    assert find_employer(Doc(text))["employer"].value == employer


@pytest.mark.parametrize(
    "name",
    [
        "AF_BFA Burkina Faso",
        "hôpital psychiatrique du Val à Amiens recrute 10 infirmiers",
        "dienst kinderopvang. Je ondersteunt de kinderbegeleiders",
    ],
)
def test_codes_and_sentences_are_not_credible_once_refined(name):
    assert not credible(name, refined=True)


@pytest.mark.parametrize(
    "text",
    [
        "PROJET\n\nÉvaluation des besoins des publics.\n\nNous recherchons un post-doctorant (h/f).",
        "CHU\n\nPsychologue (h/f/x)\n\nLe service recrute un psychologue.",
        "Centre hospitalier\n\nAssistante sociale (h/f)\n\nPoste à pourvoir en temps plein.",
    ],
    ids=["a-heading-word", "a-bare-kind-of-body", "a-bare-kind-of-hospital"],
)
def test_a_heading_or_a_bare_kind_is_no_employer(text):
    found = find_employer(Doc(text))
    assert found.get("employer") is None or found["employer"].value not in (
        "PROJET",
        "CHU",
        "Centre hospitalier",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Réseau Santé Ouest recrute un psychologue (h/f). Le Réseau Santé Ouest n'est pas l'employeur : le contrat "
        "est signé par l'asbl Les Glycines.",
        "Netwerk Oost zoekt een psycholoog (m/v/x).\nNetwerk Oost is zelf geen werkgever; je wordt aangeworven door "
        "vzw De Linde.",
    ],
    ids=["french", "dutch"],
)
def test_a_network_that_says_it_does_not_employ_is_not_the_employer(text):
    found = find_employer(Doc(text))
    assert "Ouest" not in (found["employer"].value or "") and "Oost" not in (found["employer"].value or "")


def test_a_self_presentation_after_a_colon():
    text = (
        "Vous nous connaissez sans nous connaître : Soins Sans Frontière, c'est une association médicale présente "
        "dans dix pays.\n\nNous recrutons un travailleur social (H/F)."
    )
    assert find_employer(Doc(text))["employer"].value == "Soins Sans Frontière"


@pytest.mark.parametrize(
    ("text", "lang", "employer"),
    [
        (
            "Arts-adviseur (m/v/x)\n\nFÖD Inneres\n\nAuswahlcode\n\nANG99999\n\nJobinhoud\n\nJe oordeelt.",
            "nl",
            "FOD Binnenlandse Zaken",
        ),
        (
            "Collaborateurs (m/f/x)\n\nFOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu\n\n"
            "Selectiecode\n\nAFG99999\n\nContenu de la fonction\n\nVous gérez des projets.",
            "fr",
            "SPF Santé publique, Sécurité de la Chaîne alimentaire et Environnement",
        ),
        (
            "Inspecteur (m/v/x)\n\nSPP Intégration sociale\n\nSelectiecode\n\nANG99998\n\nJobinhoud\n\nJe "
            "controleert dossiers.",
            "nl",
            "POD Maatschappelijke Integratie",
        ),
    ],
    ids=["german-portal-dutch-posting", "dutch-portal-french-posting", "french-portal-dutch-posting"],
)
def test_a_federal_service_is_named_in_the_postings_language(text, lang, employer):
    assert find_employer(Doc(text), lang=lang)["employer"].value == employer


def test_a_federal_service_with_its_directorate_is_kept_as_written():
    from ingest.extraction.fields.employer.federal import federal_service

    assert federal_service("FOD Justitie - DG Penitentiaire Inrichtingen", "fr") == (
        "FOD Justitie - DG Penitentiaire Inrichtingen"
    )
    assert federal_service("Fedasil", "nl") == "Fedasil"
    assert federal_service("FOD Justitie", "fr") == "SPF Justice"


def test_a_closing_notice_glued_to_the_name_is_dropped():
    assert clean_org("FOD Binnenlandse ZakenAfgesloten op 19/05/2027") == "FOD Binnenlandse Zaken"
    assert clean_org("Ville de Ternel Clôturé depuis le 02/02/2027") == "Ville de Ternel"


def test_a_post_written_for_either_gender_is_no_employer():
    assert not credible("Le/la Commissaire général·e aux ré")


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "Analystes (m/f/x)\n\nvision.brussels\n\nSelectiecode\n\nAFB99999\n\nContenu de la fonction\n\nVous analysez.",
            "vision.brussels",
        ),
        (
            "Chargé·e de projet\n\nplan.brussels cherche un·e chargé·e de projet pour son service participation.",
            "plan.brussels",
        ),
    ],
    ids=["header-line", "subject-of-recruit"],
)
def test_a_brussels_body_written_as_a_web_address(text, employer):
    assert find_employer(Doc(text))["employer"].value == employer


def test_a_brussels_body_is_named_in_the_postings_language():
    text = (
        "Attaché (m/f/x)\n\nBrussels Hoofdstedelijk Parlement\n\nSelectiecode\n\nAFB99998\n\n"
        "Contenu de la fonction\n\nVous préparez les travaux des commissions."
    )
    assert (
        find_employer(Doc(text), lang="fr")["employer"].value
        == "Parlement de la Région de Bruxelles-Capitale"
    )
