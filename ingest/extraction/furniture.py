"""Page furniture: the site's own navigation, and the other postings it lists under the one shown.

A job site lists other jobs under the one shown (other places, other working times, other deadlines);
everything from such a heading on is about them, so the extractor never reads it. Menus, breadcrumbs,
cookie banners and rows of buttons are the site speaking, not the posting: their lines are emptied.
"""

from __future__ import annotations

import re

from .normalize import fold

_RELATED_HEADING = re.compile(
    r"(?im)^[ \t>»*#\-]*(?:offres? (?:similaires?|semblables?|proches)|autres offres|d'autres offres|"
    r"vous aimerez aussi|(?:vous aimez cette offre\s*\?\s*)?d[ée]couvrez aussi|ces offres pourraient|"
    r"vergelijkbare (?:jobs|vacatures)|gelijkaardige (?:jobs|vacatures)|andere vacatures|bekijk ook|"
    r"misschien ook interessant|similar (?:jobs|vacancies|positions)|related (?:jobs|vacancies)|"
    r"other (?:vacancies|jobs)|you may also like)\b[^\n]{0,200}$"
)
# A heading near the top is the site's menu, not a list below the posting.
MIN_SHARE_BEFORE = 0.3


def without_related_postings(text: str) -> str:
    for match in _RELATED_HEADING.finditer(text):
        if match.start() >= MIN_SHARE_BEFORE * len(text):
            return text[: match.start()].rstrip() + "\n"
    return text


# Words of a site's own navigation (folded). A line made of several short parts, two of them such words,
# is the site's menu: "Accueil   Offres d'emploi   Publier une offre   Contact".
_MENU_WORDS = frozenset(
    (
        "accueil", "home", "contact", "contactez-nous", "nous contacter", "offres d'emploi", "offres", "emploi",
        "emplois", "jobs", "vacatures", "actualites", "nieuws", "news", "agenda", "qui sommes-nous", "over ons",
        "a propos", "about", "about us", "se connecter", "connexion", "mon compte", "mon espace",
        "creer un compte", "inloggen", "aanmelden", "registreren", "login", "log in", "sign in",
        "publier une offre", "formations", "le reseau", "nos services", "nos antennes", "citoyens",
        "entreprises", "professionnels", "pour les professionnels", "trouver de l'aide", "nos equipes",
        "nous rejoindre", "werken bij", "werkgevers", "werkzoekenden", "candidats", "employeurs", "recruteurs",
        "faq", "blog", "publications", "ressources", "liens", "partenaires", "projets", "publicaties",
        "diensten", "onze diensten", "zoeken", "rechercher", "search", "menu", "plan du site",
        "mentions legales", "privacy", "accessibilite", "faire un don", "soutenez-nous", "fr", "nl", "en",
        "de", "retour", "imprimer", "partager", "envoyer a un ami", "sauvegarder", "print", "share",
    )
)  # fmt: skip
_MENU_PARTS = re.compile(r"\s{3,}|\t+|\s*\|\s*|\s+[/•·]\s+|\s+[-–—]\s+")
_BREADCRUMB = re.compile(
    r"^\s*(?:vous [eê]tes ici|u bent hier|you are here|sie sind hier)\b|(?:\s[>›»]\s.*){2,}", re.IGNORECASE
)
_COOKIES = re.compile(
    r"(?i)\bcookies?\b.*\b(?:accept|refus|aanvaard|weiger|personnalis|param[eè]tr|instelling)"
)
_BUTTON = re.compile(r"\[[^\]\n]{1,40}\]")
MIN_MENU_WORDS = 2
# A site's tagline under its name ("Pour les professionnels du social-santé à Bruxelles", "Le portail de
# l'emploi social"): the site describing itself, whose town is not the post's.
_TAGLINE = re.compile(
    r"^\s*(?:pour les professionnels|voor (?:de )?professionals|for professionals|le portail|het portaal|"
    r"la plateforme (?:des|du|de)|le site (?:des|du|de)|de site (?:van|voor))\b[^.!?]{0,100}$",
    re.IGNORECASE,
)
TAGLINE_LINES = 3


def _is_chrome(line: str) -> bool:
    if len(line) > 400:
        return False
    if _BREADCRUMB.search(line) or _COOKIES.search(line):
        return True
    if len(_BUTTON.findall(line)) >= 2 and not _BUTTON.sub("", line).strip(" |-–"):
        return True
    parts = [part for part in _MENU_PARTS.split(line.strip()) if part.strip()]
    if len(parts) < 3 or any(len(part.split()) > 4 for part in parts):
        return False
    return sum(fold(part.strip(" <>[]")) in _MENU_WORDS for part in parts) >= MIN_MENU_WORDS


def without_site_chrome(text: str) -> str:
    """The text with the site's menu, breadcrumb, cookie, button and tagline lines emptied (line count kept)."""
    lines, seen = [], 0
    for line in text.split("\n"):
        seen += bool(line.strip())
        tagline = seen <= TAGLINE_LINES and _TAGLINE.match(line)
        lines.append("" if tagline or _is_chrome(line) else line)
    return "\n".join(lines)
