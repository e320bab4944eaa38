"""Job titles of the sector and the category each belongs to (folded stems, FR / NL / EN).

Stems are matched at word starts on folded text, so "psycholog" covers psychologue, psycholoog,
psychologist. Inclusive endings (·e, ·rice, (e), -trice) are handled by the matcher, not listed.
"""

from __future__ import annotations

# (category, stems). A title's category is the one whose stem appears first in the title,
# so "Psychologue coordinateur" is a psychologist and "Coordinateur local" a coordinator.
ROLE_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("direction", (
        "directeur", "directrice", "direct·rice", "directeur·rice", "direction", "director", "directie",
        "directeu", "chef de service", "responsable de service", "diensthoofd", "algemeen directeur",
        "head of", "zorgmanager", "manager",
    )),
    ("psychiatre", ("psychiatre", "pedopsychiatre", "psychiater", "kinderpsychiater", "psychiatrist",
                    "medecin psychiatre", "geriatre psychiatre")),
    ("medecin", ("medecin", "arts ", "huisarts", "geneesheer", "physician", "doctor", "generaliste",
                 "pediatre", "kinderarts", "neurologue")),
    ("psychologue", ("psychologue", "psycholoog", "psychologist", "psychotherapeute", "psychotherapeut",
                     "neuropsycholog", "psychologen", "sexologue", "orthopedagog", "orthopédagog")),
    ("infirmier", ("infirmier", "infirmiere", "verpleegkundige", "verpleger", "verpleegster", "nurse",
                   "hoofdverpleegkundige", "infirmier·ere")),
    ("assistant_social", ("assistant social", "assistante sociale", "assistant·e social", "assistant(e) social",
                          "assistants sociaux", "travailleur social", "travailleuse sociale",
                          "travailleur·euse social", "maatschappelijk werker", "maatschappelijk assistent",
                          "sociaal werker", "social worker", "assistant en service social",
                          "maatschappelijke werker", "sociaal assistent")),
    ("educateur", ("educateur", "educatrice", "educat", "opvoeder", "begeleider", "woonbegeleider",
                   "accompagnateur", "accompagnatrice", "animateur", "animatrice", "educator",
                   "agogisch medewerker", "orthopedagogisch begeleider", "jeugdhulpverlener",
                   "intervenant psychosocial", "intervenante psychosociale", "hulpverlener",
                   "travailleur de rue", "travailleuse de rue", "straathoekwerker")),
    ("paramedical", ("logopede", "logopedist", "psychomotricien", "psychomotricienne", "psychomotricien·ne",
                     "kinesitherapeute", "kine", "kinesitherapeut", "ergotherapeute", "ergotherapeut",
                     "dieteticien", "dietist", "psychomotorisch therapeut", "physiotherapist",
                     "occupational therapist", "art-therapeute", "muziektherapeut", "bewegingstherapeut")),
    ("pair_aidant", ("pair-aidant", "pair aidant", "pair·e aidant", "paire aidante", "ervaringsdeskundige",
                     "peer worker", "peer support", "expert du vecu", "experte du vecu", "ervaringswerker")),
    ("charge_de_projets", ("charge de projet", "chargee de projet", "charge·e de projet", "charge(e) de projet",
                           "charge de mission", "chargee de mission", "charge·e de mission",
                           "project officer", "projectmedewerker", "projectcoordinator",
                           "beleidsmedewerker", "stafmedewerker", "attache", "attachee", "charge de communication",
                           "charge·e de communication", "chargee de communication", "policy officer")),
    ("coordinateur", ("coordinateur", "coordinatrice", "coordinat", "coordination", "coordinator",
                      "coördinator", "teamcoach", "teamverantwoordelijke", "responsable d'equipe",
                      "responsable de projet", "responsable", "verantwoordelijke", "referent", "référent")),
    ("accueil", ("accueillant", "accueillante", "agent d'accueil", "charge de l'accueil", "chargee de l'accueil", "secretaire d'accueil", "hotesse d'accueil",
                 "onthaalmedewerker", "onthaal", "receptionist", "accueil")),
    ("administratif", ("secretaire", "administratif", "administrative", "comptable", "gestionnaire",
                       "assistant administratif", "assistante administrative", "administratief medewerker",
                       "administratief", "boekhouder", "office manager", "receptionniste", "employe administratif",
                       "medewerker administratie", "collaborateur administratif", "collaboratrice administrative",
                       "assistant rh", "hr-medewerker", "juriste", "jurist")),
    ("recherche", ("chercheur", "chercheuse", "researcher", "onderzoeker", "doctorant", "assistant de recherche",
                   "wetenschappelijk medewerker", "research")),
)

# Words that are titles of posts in the sector but of no listed category.
OTHER_ROLE_STEMS = (
    "criminologue", "mediateur", "mediatrice", "aide-soignant", "aide soignant", "zorgkundige", "cuisinier",
    "chauffeur", "technicien", "agent d'entretien", "logisticien", "informaticien", "kok", "poetsvrouw",
    "schoonmaak", "assistant en psychologie", "assistante en psychologie", "aide familial", "aide familiale",
    "gezinszorg", "interprete", "tolk", "sage-femme", "vroedvrouw", "pharmacien", "apotheker",
)

# Phrases that announce the role ("X recrute un·e ROLE").
RECRUIT_VERBS = (
    r"recrute(?:nt)?", r"engage(?:nt)?", r"recherche(?:nt)?", r"cherche(?:nt)?", r"est a la recherche d[e']?",
    r"sont a la recherche d[e']?", r"souhaite engager", r"souhaite recruter", r"lance un appel a candidatures? pour",
    r"ouvre un poste d[e']?", r"zoekt", r"zoeken", r"is op zoek naar", r"zijn op zoek naar", r"werft aan",
    r"wil aanwerven", r"is looking for", r"are looking for", r"is hiring", r"recruits?",
    r"procede au recrutement(?: statutaire| contractuel)? d[e']", r"lance le recrutement d[e']",
    r"recrutement d[e']", r"recrutons", r"engageons", r"recherchons", r"cherchons", r"ouvr(?:e|ons|ent) un poste d[e']",
    r"zoeken we", r"zoeken wij", r"zoekt", r"we are looking for", r"we're looking for",
)
# Words that may stand before the role word of a title ("Klinisch psycholoog", "Senior project officer").
QUALIFIERS = (
    "klinisch", "klinische", "erkend", "erkende", "senior", "junior", "clinical", "hoofd", "adjunct",
    "gespecialiseerd", "gespecialiseerde", "nouveau", "nouvelle", "nieuwe", "jeune", "futur", "future",
    "sa future", "son futur", "son/sa", "son", "sa", "zijn", "haar", "our", "a new", "un nouveau", "une nouvelle",
)
# Words after a title that are not part of it ("Ervaringsdeskundige gezocht").
# (regular expressions, matched case-insensitively on the title as written)
TITLE_TAIL_NOISE = ("gezocht", r"recherch[ée]e?", r"recherch[ée]\(e\)", "wanted", "needed")
ARTICLES = (
    r"une?\s*\(e\)", r"un[·.-]?e", r"une?", r"des", r"d[e']", r"l[ae']", r"een", r"a", r"an", r"deux", r"trois",
    r"twee", r"drie", r"nouveaux?", r"nouvelles?", r"nieuwe",
)
