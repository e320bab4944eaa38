"""The shape of a page: what heads it, how it opens, which job fields and sections it is laid out in.

Read by the classifier: a job title heading the page, a trade defined in general terms, a header of job
fields, an opening on a section of a job description or in someone's quoted words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .document import Doc
from .labels import label_of
from .normalize import fold
from .types import Found

TITLE_ROLE_LINES = 3
# Below a site's menu lines, a title standing alone on its line still heads the page.
TITLE_ROLE_LINES_ALONE = 6
_TITLE_STRATEGIES = frozenset({"title-line", "marked-title", "label"})
# "Pair-aidant : un métier à part entière", "Psychologue, un métier d'avenir ?": a headline about a trade.
_HEADLINE = re.compile(
    r"\s[:,]\s+(?:un|une|le|la|les|des|een|het|de|a|an|the|ce|cet|cette|\d+|comment|how|hoe|faut-il)\s|"
    r"[?!]\s*$|^\s*[«\"“„]"
)
_DATED_LINE = re.compile(r"\s*(?:\d{1,2}[./ -](?:\d{1,2}|[a-z]{3,9}\.?)[./ -]\d{2,4}|\d{4}-\d{2}-\d{2})\b")
# "Een psycholoog is een …", "L'ergothérapeute intervient auprès …", "A mental health officer is a worker …":
# a trade defined in general terms, as an encyclopedia or a career guide does. A job description says
# "le/la psychologue assure", or speaks of the post.
_DEFINING_VERBS = (
    r"(?:is|zijn|are|est|sont|bestudeert|bestuderen|intervient|interviennent|assure|assurent|exerce|exercent|"
    r"travaille|travaillent|aide|aident|helpt|helpen|werkt|werken|begeleidt|begeleiden|verleent|verlenen|"
    r"evalue|evaluent|traite|traitent|soigne|soignent|conseille|conseillent|realise|realisent|"
    r"provides|provide|works|work|helps|help|supports)"
)
DEFINITION_WINDOW = 1200
# "La fonction de directeur d'ASBL est une fonction …", "Het beroep van opvoeder is een …"
_TRADE_DEFINED = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:la fonction|le metier|le role|la profession|de functie|het beroep|the role|the job)"
    r"\s+(?:de|d'|du|des|van|of)\s*(?:un |une |een |a |an |the |l')?[a-z'\- ]{3,40}?\s+(?:est|is)\s+"
    r"(?:une|un|een|a|an)\b"
)
_INCLUSIVE_ENDING = re.compile(r"[·.(/-](?:e|es|ne|rice|trice|euse|ere)\)?(?=\W|$)|\([^)]*\)")
# A header of labelled job fields ("Type de contrat : CDI", "Diplôme\nBachelier", "Werkregime: voltijds") is
# what portals and public notices print above every offer, whatever words the text around it uses.
JOB_FIELD_KEYS = frozenset(
    {
        "contract_type",
        "work_time",
        "hours",
        "salary",
        "start",
        "diploma",
        "experience",
        "role",
        "deadline",
        "grade",
        "openings",
        "recruiter",
        "languages",
    }
)
# An intern or a volunteer is sought the way a worker is ("recherche un·e stagiaire", "Vacature: vrijwilliger"),
# but is not offered a job.
UNPAID = r"(?:stagiaires?|stagiair(?:e|s)?|benevoles?|vrijwilligers?|volunteers?|volontaires?|interns?|trainees?)\b"
UNPAID_RE = re.compile(UNPAID)
# "date 2023-02 …": a dated page of a news site or a blog opens on its stamp (year, month).
DATE_STAMP = re.compile(r"\s*date (\d{4})-(\d{2})\b")
# Section headings alone on their line ("Fonction", "Profil", "Ons aanbod", "How to apply"): a posting
# is laid out under them even when its sentences use none of the cue phrases.
JOB_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?(?:(?:la |le |votre |ta |jouw |uw |de |het |the |your )?"
    r"(?P<h>fonction|description de (?:la )?fonction|description du poste|profil(?: recherche| requis)?|"
    r"missions?(?: principales)?|taches|responsabilites|offre|nous offrons|ce que nous offrons|conditions|"
    r"conditions de travail|candidature|comment postuler|postuler|functie|functieomschrijving|profiel|aanbod|"
    r"ons aanbod|wij bieden|taken|takenpakket|solliciteren|interesse|job description|responsibilities|"
    r"organisatie|l'organisation|organisation|over de organisatie|about the organisation|description des missions|"
    r"requirements|what we offer|how to apply|qualifications|jobinhoud|contenu de la fonction|ihre aufgaben|"
    r"ihr profil|wir bieten|aufgaben|anforderungen|stellenbeschreibung|bewerbung))\s*:?\s*$"
)
_TITLE_WORK_TIME = re.compile(r"\(\s*\d{2,3}\s*%\s*\)|\b\d(?:[.,]\d{1,2})?\s*(?:etp|vte|fte)\b|\b[1-4]/5\b")
QUOTED_OPENING_LINES = 3
QUOTED_OPENING_LENGTH = 30


def job_field_labels(doc: Doc) -> list[str]:
    """Job fields labelled in the document, a label alone on its line counting even when the page left its
    value empty ("Limite de candidature" over nothing): the portal's form is there all the same."""
    keys = {field.key for field in doc.labelled if field.key in JOB_FIELD_KEYS}
    for line in doc.nonblank:
        found = label_of(line.text) if len(line.text) <= 60 else None
        if found and found[0] in JOB_FIELD_KEYS and not line.text[found[2] :].strip(" :"):
            keys.add(found[0])
    return sorted(keys)


def opening_cues(doc: Doc) -> list[str]:
    """A page that opens on a section of a job description ("Profiel", "Missions"), or whose title gives the
    post's working time ("Opvoedkundigen (100%)", "Psychologue – 0,5 ETP")."""
    if not doc.nonblank:
        return []
    first = doc.nonblank[0]
    folded = doc.folded[first.start : first.end]
    cues = []
    if JOB_HEADING.match(folded):
        cues.append("opens on a job section")
    if len(first.text) <= 100 and _TITLE_WORK_TIME.search(folded):
        cues.append("working time in the title")
    return cues


def trade_defined(doc: Doc, role: Found | None) -> bool:
    """The document's opening defines the role's trade in general terms (see _DEFINING_VERBS)."""
    if _TRADE_DEFINED.search(doc.folded, 0, min(len(doc.folded), DEFINITION_WINDOW)):
        return True
    if role is None or not role.value:
        return False
    words = re.findall(r"[a-z][a-z\-]{3,}", _INCLUSIVE_ENDING.sub("", fold(str(role.value))))
    if not words:
        return False
    window = min(len(doc.folded), DEFINITION_WINDOW)
    if words[0] not in doc.folded[:window]:
        return False
    return _definition_of(words[0]).search(doc.folded, 0, window) is not None


@lru_cache(maxsize=512)
def _definition_of(word: str) -> re.Pattern[str]:
    """ "Un psychologue est un professionnel …": the trade's word followed by a defining verb."""
    return re.compile(
        r"(?:^|[.!?:]\s+|\n\s*|,\s+)(?:(?:een|de|het|a|an|the|un|une|le|la|l'|les)\s*)?(?:[a-z]+\s+)?"
        + re.escape(word)
        + r"[a-z]{0,3}(?:\s*\([a-z]{1,4}\))?(?:,?\s+[a-z\-']+){0,3}?,?\s+"
        + _DEFINING_VERBS
        + r"\b"
    )


def role_in_title(doc: Doc, role: Found | None) -> bool:
    if role is None or role.strategy not in _TITLE_STRATEGIES or role.start < 0 or not doc.nonblank:
        return False
    if UNPAID_RE.search(fold(str(role.value))):
        return False
    line = doc.line_at(role.start)
    if line.text.lstrip().startswith(("•", "-", "*", "–")) or _DATED_LINE.match(doc.folded, line.start):
        return False  # an item of a list, or a byline's date and category: not a heading
    first = doc.nonblank[0]
    if first.start != line.start and _HEADLINE.search(doc.folded[first.start : first.end]):
        return False  # the page's title is a headline; a trade named under it is its subject
    alone = role.strategy != "label" and line.text.strip() == role.evidence.strip()
    lines = TITLE_ROLE_LINES_ALONE if alone else TITLE_ROLE_LINES
    if line.end > doc.nonblank[min(lines, len(doc.nonblank)) - 1].end:
        return False
    return not _HEADLINE.search(doc.folded[line.start : line.end])


def title_text(doc: Doc) -> str:
    """The first two lines (folded), if they are short and neither a bullet nor a field other than the role."""
    return "\n".join(
        doc.folded[line.start : line.end]
        for line in doc.nonblank[:2]
        if len(line.text) <= 100
        and not line.text.lstrip().startswith(("•", "-", "*"))
        and (label_of(line.text) or ("role",))[0] == "role"
    )


def opens_on_quote(doc: Doc) -> bool:
    """A headline or an opening line in quotation marks quotes somebody: an interview or a news item."""
    return any(
        line.text.lstrip()[:1] in '«“"„' and len(line.text) >= QUOTED_OPENING_LENGTH
        for line in doc.nonblank[:QUOTED_OPENING_LINES]
    )
