"""Cue words around e-mail addresses, links, contact persons and language requirements (folded)."""

from __future__ import annotations

# Words before an address that make it the way to apply.
APPLY_CUES = (
    "candidature", "postuler", "postulez", "cv", "lettre de motivation", "envoyer", "envoyez", "adresser",
    "adressez", "faire parvenir", "a l'adresse", "par mail", "par e-mail", "par courriel", "sollicit",
    "kandidatuur", "kandidaatstelling", "stuur", "bezorg", "motivatiebrief", "apply", "application",
    "send your", "resume", "dossier de candidature", "inschrijven", "reageren", "reageer",
)
# Words before an address that make it a source of information, not the way to apply.
INFO_CUES = (
    "information", "renseignement", "question", "precision", "plus d'info", "contacter", "joindre",
    "aupres de", "inlichting", "meer info", "vragen", "contacteer", "questions", "further details",
    "more information", "infos", "contenu de la fonction",
)
# Generic mailboxes that are never the way to apply unless an apply cue says so.
GENERIC_LOCAL_PARTS = ("info", "contact", "secretariat", "accueil", "webmaster", "privacy", "dpo", "gdpr", "rgpd")

# Link texts and cues that make a URL the way to apply.
URL_APPLY_CUES = (
    "postuler", "postulez", "candidature", "formulaire", "via le lien", "via ce lien", "via le site",
    "en ligne", "solliciteren", "sollicitatieformulier", "via de link", "online", "apply", "application form",
    "plateforme", "inschrijven",
)
URL_APPLY_PATH_HINTS = ("apply", "postuler", "candidat", "solliciteer", "sollicitatie", "jobs", "job", "vacature",
                        "emploi", "recrutement", "careers", "werkenbij", "offre")

CONTACT_CUES = (
    "personne de contact", "contact", "contactpersoon", "renseignements", "informations", "auprès de",
    "aupres de", "contacter", "contactez", "joindre", "inlichtingen", "meer info", "vragen", "questions",
)
HONORIFICS = (
    "madame", "monsieur", "mme", "mme.", "m.", "mr", "mr.", "mevrouw", "mevr.", "dhr.", "de heer", "dr", "dr.",
    "docteur", "professeur", "prof.", "mlle",
)

# Language names (folded) → ISO code.
LANGUAGE_NAMES = {
    "francais": "fr", "french": "fr", "frans": "fr", "franstalig": "fr", "francophone": "fr", "fr": "fr",
    "neerlandais": "nl", "dutch": "nl", "nederlands": "nl", "nederlandstalig": "nl", "neerlandophone": "nl",
    "flamand": "nl", "nl": "nl",
    "anglais": "en", "english": "en", "engels": "en", "anglophone": "en",
    "allemand": "de", "german": "de", "duits": "de",
    "arabe": "ar", "arabic": "ar", "arabisch": "ar",
    "espagnol": "es", "spanish": "es", "spaans": "es",
    "italien": "it", "italiaans": "it", "turc": "tr", "turks": "tr", "russe": "ru", "russisch": "ru",
    "portugais": "pt", "portugees": "pt", "polonais": "pl", "pools": "pl", "roumain": "ro", "roemeens": "ro",
    "berbere": "ber", "tamazight": "ber", "lingala": "ln", "dari": "prs", "pashto": "ps", "farsi": "fa",
    "persan": "fa", "tigrinya": "ti", "somali": "so",
}
# A requirement context for a language word.
LANGUAGE_REQUIRED_CUES = (
    "connaissance", "maitrise", "maitriser", "bilingue", "parler", "parlez", "parle", "pratique", "courant",
    "langue", "langues", "kennis", "beheersing", "beheerst", "spreekt", "tweetalig", "vlot", "fluent",
    "fluency", "proficiency", "command of", "knowledge of", "native", "niveau", "obligatoire", "exige",
    "requis", "vereist", "must", "indispensable", "moedertaal", "talen",
)
# The language is a plus, not a requirement.
LANGUAGE_BONUS_CUES = (
    "atout", "un plus", "souhaite", "souhaitable", "apprecie", "bienvenu", "serait un", "est un avantage",
    "avantage", "troef", "pluspunt", "meerwaarde", "strekt tot aanbeveling", "asset", "an advantage",
    "is a plus", "nice to have", "de preference", "idealement", "bij voorkeur", "is welcome", "bonus",
)
# "bilingue" alone in Belgium means French and Dutch.
BILINGUAL_WORDS = ("bilingue", "tweetalig", "bilingual")
