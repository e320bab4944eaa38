"""The kind of contract: the values of SCHEMA.md, from labels and phrases in French, Dutch and English."""

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.contract import find_contract


def contract(text: str) -> str | None:
    found = find_contract(Doc(text))
    return found["contract_type"].value if found else None


CASES = [
    ("cdi", "Nous offrons un CDI à temps plein.", "CDI"),
    (
        "french-civil-service-permanent-post",
        "Type d'emploi : Emploi permanent\nPoste à pourvoir prioritairement par voie statutaire.",
        "statutaire",
    ),
    ("duree-indeterminee", "Contrat à durée indéterminée, entrée immédiate.", "CDI"),
    ("cdd", "CDD de 12 mois, renouvelable.", "CDD"),
    ("cdd-then-possible-cdi", "Un CDD d'un an avec possibilité de CDI par la suite.", "CDD"),
    ("portal-label", "Type de contrat : Durée déterminée\nTemps de travail : Temps plein", "CDD"),
    ("replacement-wins", "CDD de remplacement (congé de maternité) jusqu'en juin.", "remplacement"),
    ("statutaire", "Emploi statutaire de niveau A1, nomination après stage.", "statutaire"),
    ("independant", "Collaboration sous statut d'indépendant, 2 jours par semaine.", "independant"),
    ("dutch-onbepaalde-duur", "Wij bieden een contract van onbepaalde duur.", "CDI"),
    ("dutch-bepaalde-duur", "Contract van bepaalde duur (1 jaar) met kans op verlenging.", "CDD"),
    ("dutch-vervanging", "Vervangingscontract voor 6 maanden.", "remplacement"),
    ("english-permanent", "Contract: permanent, full-time.", "CDI"),
    ("english-fixed-term", "Contract: fixed-term (24 months), 0.6 FTE.", "CDD"),
    ("none-written", "Psychologue pour notre équipe adultes, à Namur.", None),
    (
        "independent-housing-is-no-contract",
        "Vous accompagnez les résidents vers un logement indépendant.",
        None,
    ),
    ("volunteering-in-a-description", "Accompagnement vers la formation, l'emploi ou le bénévolat.", None),
    (
        "dutch-volunteering-in-tasks",
        "Je zoekt samen met de bewoner naar vrijwilligerswerk of een opleiding.",
        None,
    ),
    ("volunteer-post", "Mission bénévole de deux heures par semaine.", "benevolat"),
    ("labelled-independent", "Type de contrat : Indépendant\nLieu : Namur", "independant"),
    ("labelled-dutch-permanent", "Type contract\nVast\n", "CDI"),
    # A contract given a length is a fixed-term one.
    ("contrat-de-n-mois", "L'hôpital de jour engage en contrat de 5 mois, temps complet.", "CDD"),
    ("contrat-d-un-an", "Nous offrons un contrat d'un an, renouvelable.", "CDD"),
    ("contrat-de-travail-de-n-mois", "Contrat de travail de 8 mois à mi-temps.", "CDD"),
    ("mission-de-n-ans", "Mission de 2 ans en Guyane, logement fourni.", "CDD"),
    ("duree-label", "Durée du contrat : 9 mois\nLieu : Liège", "CDD"),
    ("pour-une-duree-de", "Engagement pour une durée de trois mois, prolongeable.", "CDD"),
    ("dutch-contract-van-n-maanden", "Wij bieden een contract van 6 maanden met optie op verlenging.", "CDD"),
    ("dutch-tijdelijk-dienstverband", "Aanstelling\nTijdelijk dienstverband\n", "CDD"),
    ("dutch-periode-van-een-jaar", "Tewerkstelling voor een periode van 1 jaar.", "CDD"),
    ("english-n-month-contract", "This is an 18-month contract based in Brussels.", "CDD"),
    ("english-contract-of-n-months", "Fixed-term contract of 12 months, renewable.", "CDD"),
    ("english-duration-label", "Duration: 6 months with possibility of extension", "CDD"),
    ("english-offered-for", "The position is initially offered for 1 year, then extended.", "CDD"),
    ("english-temporary-contract", "Temporary contract (6 months), full-time.", "CDD"),
    ("english-short-term-appointment", "Type of Appointment: short-term graded, 3 months", "CDD"),
    ("trial-period-is-no-contract", "Période d'essai de 6 mois, ensuite CDI.", "CDI"),
    ("dutch-trial-period", "Een proefperiode van 6 maanden.", None),
    ("experience-years-is-no-contract", "Vous avez au moins 2 ans d'expérience en psychiatrie.", None),
    ("children-ages-are-no-contract", "Missions : accompagner des jeunes de 12 à 18 ans.", None),
    ("research-project-length", "A 3-year research project on chronic pain.", None),
    # Other wordings of the values.
    ("dutch-vast-dienstverband", "Wij bieden een vast dienstverband.", "CDI"),
    ("english-indefinite", "Contract of indefinite duration.", "CDI"),
    ("dutch-vervangingsopdracht", "Een vervangingsopdracht van 6 maanden.", "remplacement"),
    ("english-maternity-cover", "Maternity cover until March 2026.", "remplacement"),
    (
        "pour-remplacer-une-collegue",
        "Pour remplacer une collègue en congé, nous engageons un·e AS.",
        "remplacement",
    ),
    (
        "reserve-for-replacements",
        "Ook voor tijdelijke vervangingen doet het bestuur beroep op de reserve.",
        None,
    ),
    ("prestation-de-services", "Contrat : Contrat de prestations de services", "independant"),
    ("paid-on-invoice", "Rémunération sur facture, 2 jours par semaine.", "independant"),
    ("stage-fin-etudes", "Offre : stage de fin d'études de 4 mois.", "stage"),
    ("interim-contract", "Contrat d'intérim de trois semaines, renouvelable.", "interim"),
    ("interim-alone-on-a-card-line", "Bruxelles, BE\n\nInterim\n\nDay - Full-time", "interim"),
    (
        "temps-agency-staff-in-a-description",
        "Les effectifs comptent des intérimaires et des contractuels.",
        None,
    ),
    ("acting-head", "Vous assurez l'intérim de la direction pendant ses congés.", None),
    ("dutch-hire-in", "Inhuuropdracht voor een projectleider, 36 uur per week.", "independant"),
    ("dutch-zzp", "Deze opdracht staat open voor zzp'ers.", "independant"),
    ("length-alone-under-a-label", "Contrat : 12 mois\nLieu : Liège", "CDD"),
    ("dutch-length-under-a-label", "Contract: 12 maanden, voltijds", "CDD"),
    ("duree-indeterminee-label", "Durée du contrat : indéterminée", "CDI"),
    ("dutch-vaste-job", "Een vaste job in een warm team.", "CDI"),
    ("emploi-benevole", "Ce poste est un emploi bénévole.", "benevolat"),
    ("student-contract", "Contrat d'occupation d'étudiant du 6 au 31 juillet.", "CDD"),
    ("dutch-student-job", "Studentenjob in de zomervakantie (juli en augustus).", "CDD"),
    ("a-project-length-is-no-contract", "Le projet, d'une durée de 3 ans, vise à outiller les écoles.", None),
    ("a-director-mandate-is-no-cdd", "Mandat de 5 ans renouvelable.", None),
    # Further wordings met on real postings.
    ("english-unlimited-duration", "Type of employment: contract of unlimited duration", "CDI"),
    ("netherlands-onbepaalde-tijd", "Wij bieden een arbeidsovereenkomst voor onbepaalde tijd.", "CDI"),
    (
        "netherlands-bepaalde-tijd-with-a-prospect",
        "Dienstverband: bepaalde tijd (1 jaar) met uitzicht op onbepaalde tijd",
        "CDD",
    ),
    ("flemish-vast-verband", "Directeur (A4a-A4b) – benoeming in vast verband na proeftijd", "statutaire"),
    (
        "french-concours-sur-titres",
        "Un concours sur titres est ouvert pour un poste de psychologue.",
        "statutaire",
    ),
    ("passing-a-concours-elsewhere", "Les lauréats du concours de l'an passé ont été nommés.", None),
    ("contrat-de-projet", "Type d'emploi : contrat de projet (24 mois)", "CDD"),
    ("english-permanent-dash-full-time", "Permanent - Full Time - 37.5 hours per week", "CDI"),
    ("french-permanent-post-is-no-cdi", "Type d'emploi : emploi permanent - vacance d'emploi", None),
    ("renewable-into-a-permanent-contract", "Mediator (4 months renewable on a permanent contract)", "CDD"),
    ("english-months-renewable", "Six months renewable, based in Mons.", "CDD"),
    ("fixed-time", "• Brussels\n• Fixed-time\n• Full-time", "CDD"),
    ("recruiting-a-replacement", "Nous recrutons une remplaçante pour quatre mois.", "remplacement"),
    ("the-holder-of-the-post", "Le remplaçant du poste assiste la direction.", None),
    ("contrat-interimaire", "Mission intérimaire de deux mois via notre agence.", "interim"),
    # "zelfstandige" is also an adjective, and past self-employment counts for seniority.
    ("dutch-als-zelfstandige", "Je werkt als zelfstandige in bijberoep.", "independant"),
    ("dutch-zelfstandige-samenwerking", "Wij bieden een zelfstandige samenwerking.", "independant"),
    (
        "seniority-from-self-employment",
        "Anciënniteit: maximum 6 jaar uit de privésector of uit een zelfstandige activiteit.",
        None,
    ),
    ("dutch-independent-practice", "Jonge psychiaters kiezen vaker voor een zelfstandige praktijk.", None),
    ("dutch-working-independently", "Je kan zelfstandig werken en neemt initiatief.", None),
    # A civil servant's post named under a contract label, unless contract staff may apply too.
    ("labelled-fonctionnaire", "Statut : Fonctionnaire\nLieu : Lille", "statutaire"),
    ("labelled-titulaire", "Contrat : Titulaire", "statutaire"),
    ("labelled-titulaire-or-contract-staff", "Type de contrat : Titulaire, stagiaire ou contractuel", None),
    ("labelled-contract-staff-or-titulaire", "Statut : contractuel ou titulaire", None),
    ("a-holder-of-a-degree-is-no-label", "Vous êtes titulaire d'un master en psychologie.", None),
    ("labelled-consultancy", "Contract type: Consultancy (3 months)", "independant"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_contract_type(text, expected):
    assert contract(text) == expected


def test_a_contract_promised_later_is_not_the_one_offered():
    assert contract("CDD d'un an, avec perspective de CDI.") == "CDD"


PROSPECT_CASES = [
    ("possible-vers", "Une évolution est possible vers un CDI. Contrat de 4 mois.", "CDD"),
    ("evolutif", "CDD de 6 mois évolutif en CDI.", "CDD"),
    (
        "dutch-mogelijkheid-tot-contract",
        "Een vervangingscontract voor 1,5 jaar met mogelijkheid tot contract onbepaalde duur.",
        "remplacement",
    ),
    ("dutch-mogelijk-after", "Na deze periode is een contract van onbepaalde duur mogelijk.", None),
    ("english-possibility-of", "A fixed-term contract with the possibility of a permanent contract.", "CDD"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PROSPECT_CASES], ids=[c[0] for c in PROSPECT_CASES]
)
def test_a_contract_in_prospect_is_not_the_one_offered(text, expected):
    assert contract(text) == expected


REPLACEMENT_CASES = [
    ("cdd-de-remplacement", "Contrat : CDD de remplacement (congé de maternité).", "remplacement"),
    (
        "portal-label-then-the-text",
        "Contrat\nCDD\nDescriptif\nLe centre recrute un infirmier d'août à mai pour un remplacement.",
        "remplacement",
    ),
    (
        "replacement-as-another-option",
        "Tijdelijk contract\nVoor de periode van 1 jaar, of\nIn vervanging van een afwezige collega",
        "CDD",
    ),
    (
        "permanent-post-then-a-second-replacement-post",
        "1. Un·e chargé·e de projets – CDI temps plein.\n\n2. Un·e assistant·e pour remplacer une collègue.",
        "CDI",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in REPLACEMENT_CASES], ids=[c[0] for c in REPLACEMENT_CASES]
)
def test_a_replacement_says_which_fixed_term_contract(text, expected):
    assert contract(text) == expected


STATUS_CASES = [
    (
        "open-to-contract-staff",
        "Ouvert aux contractuels\nPoste à pourvoir prioritairement par voie statutaire",
        None,
    ),
    ("statutaire-ou-contractuel", "Recrutement par voie statutaire ou contractuelle.", None),
    ("titulaires-et-contractuels", "Poste ouvert aux titulaires et aux contractuels (CDD de 3 ans).", "CDD"),
    ("statutaire-alone", "Recrutement statutaire au grade de psychologue.", "statutaire"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in STATUS_CASES], ids=[c[0] for c in STATUS_CASES]
)
def test_a_post_open_to_both_statuses_has_no_one_status(text, expected):
    assert contract(text) == expected


OPTIONS_CASES = [
    ("french-civil-service-routes", "Contrat\nCDD; CDI; Détachement; Mutation\nDescriptif", None),
    ("two-contracts", "Type de contrat : CDD ou CDI\nCDI après un an.", None),
    ("replacement-cdd-is-one", "Type de contrat : CDD de remplacement", "remplacement"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in OPTIONS_CASES], ids=[c[0] for c in OPTIONS_CASES]
)
def test_a_label_offering_several_contracts_names_none(text, expected):
    assert contract(text) == expected


VOLUNTEER_CASES = [
    ("dutch-zoekt", "Buddywerking zoekt vrijwilligers\nJe bezoekt wekelijks een deelnemer.", "benevolat"),
    ("dutch-compound", "De vereniging is op zoek naar bezoekvrijwilligers in de regio.", "benevolat"),
    (
        "french-devenir",
        "Devenir bénévole\nLa permanence téléphonique est assurée par des bénévoles.",
        "benevolat",
    ),
    ("french-appel", "APPEL À VOLONTAIRES – le musée cherche 5 volontaires pour ses ateliers.", "benevolat"),
    (
        "english-looks-for",
        "Vacancy for EVS volunteer!\nThe town looks for a volunteer from September.",
        "benevolat",
    ),
    ("coordinator-of-volunteers", "Nous recherchons un coordinateur des bénévoles (CDI).", "CDI"),
    ("team-of-volunteers", "Je coördineert een team van 40 vrijwilligers.", None),
    (
        "volunteers-far-below",
        "Psychologue\n" + "Une ligne.\n" * 10 + "Nous recherchons aussi des bénévoles.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in VOLUNTEER_CASES], ids=[c[0] for c in VOLUNTEER_CASES]
)
def test_a_call_for_volunteers_offers_volunteering(text, expected):
    assert contract(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Projectduur: 2 jaar, voltijds (halftijds is ook mogelijk).", "CDD"),
        ("De vzw zoekt een coördinator die vanaf 1 februari aan de slag kan voor de duur van 3 jaar.", "CDD"),
        ("80% pour la crèche des Tilleuls, poste temporaire jusqu'au 31.07.2027", "CDD"),
        ("Long-term contract, full time, based in Brussels.", "CDI"),
        ("Pour la durée de 18 mois, renouvelable.", "CDD"),
    ],
    ids=["project-length", "for-the-duration-of", "temporary-post", "long-term-contract", "pour-la-duree-de"],
)
def test_contract_lengths_and_terms_written_in_other_words(text, expected):
    assert find_contract(Doc(text))["contract_type"].value == expected
