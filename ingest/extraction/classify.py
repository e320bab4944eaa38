"""Is this document a vacancy someone can apply to, and if not, what is it?"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .document import Doc
from .genre import genre_logit
from .labels import label_of
from .normalize import fold
from .types import Found
from .vocab_kinds import DECISIVE_IN_HEAD, KIND_CUES, TITLE_KINDS, VACANCY_CUES
from .vocab_roles import GENDER_MARK

HEAD_WEIGHT = 2.0
TITLE_BONUS = 4.0
ROLE_BONUS = 1.5
# A job title heading the document ("Psychologue clinicien·ne (h/f/x)", "Project Assistant") is what a job
# page opens with; an article or a news item opens with a headline that says something about a subject.
TITLE_ROLE_BONUS = 2.5
TITLE_ROLE_LINES = 3
# Below a site's menu lines, a title standing alone on its line still heads the page.
TITLE_ROLE_LINES_ALONE = 6
_TITLE_STRATEGIES = frozenset({"title-line", "marked-title", "label"})
# "Pair-aidant : un métier à part entière", "Psychologue, un métier d'avenir ?": a headline about a trade.
_HEADLINE = re.compile(
    r"\s[:,]\s+(?:un|une|le|la|les|des|een|het|de|a|an|the|ce|cet|cette|\d+|comment|how|hoe|faut-il)\s|"
    r"[?!]\s*$|^\s*[«\"“„]"
)
# A page opening on its date stamp ("date 2021-03 …") is a dated article of a news site or a blog.
_DATE_STAMP = re.compile(r"\s*date \d{4}-\d{2}\b")
_DATED_LINE = re.compile(r"\s*(?:\d{1,2}[./ -](?:\d{1,2}|[a-z]{3,9}\.?)[./ -]\d{2,4}|\d{4}-\d{2}-\d{2})\b")
DATE_STAMP_WEIGHT = 6.0
# "Een psycholoog is een …", "L'ergothérapeute intervient auprès …", "A mental health officer is a worker …":
# a trade defined in general terms, as an encyclopedia or a career guide does. A job description says
# "le/la psychologue assure", or speaks of the post.
_DEFINING_VERBS = (
    r"(?:is|zijn|are|est|sont|bestudeert|bestuderen|intervient|interviennent|assure|assurent|exerce|exercent|"
    r"travaille|travaillent|aide|aident|helpt|helpen|werkt|werken|begeleidt|begeleiden|verleent|verlenen|"
    r"evalue|evaluent|traite|traitent|soigne|soignent|conseille|conseillent|realise|realisent|"
    r"provides|provide|works|work|helps|help|supports)"
)
DEFINITION_WEIGHT = 3.0
DEFINITION_WINDOW = 1200
# "La fonction de directeur d'ASBL est une fonction …", "Het beroep van opvoeder is een …"
_TRADE_DEFINED = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:la fonction|le metier|le role|la profession|de functie|het beroep|the role|the job)"
    r"\s+(?:de|d'|du|des|van|of)\s*(?:un |une |een |a |an |the |l')?[a-z'\- ]{3,40}?\s+(?:est|is)\s+"
    r"(?:une|un|een|a|an)\b"
)
_INCLUSIVE_ENDING = re.compile(r"[·.(/-](?:e|es|ne|rice|trice|euse|ere)\)?(?=\W|$)|\([^)]*\)")
# The cues and the words of the page (genre.py) vote together: the learned log-odds plus this share of the
# cues' margin. The cues carry what words alone miss (a title that is a trade, a header of job fields);
# the words carry the many small signs of genre no cue list holds.
CUE_MARGIN_WEIGHT = 0.2
CUE_FLOOR = 3.0
# A non-vacancy kind must outweigh the vacancy cues by this factor to win.
KIND_FACTOR = 1.15
# "Cette offre est clôturée", "vacature afgesloten": one clear statement in the head settles it.
CLOSED_DECISIVE = 8.0
CLOSED_OUTRIGHT = 4.0
# "Nous avons engagé deux psychologues", "het team heeft aangeworven": hiring that is already done.
# "peut être recruté par un hôpital", "sera engagé": a passive names no employer recruiting.
_PAST = re.compile(
    r"(?:\b(?:avons|avez|ont|a|avait|avaient|ete|etre|est|sont|sera|seront|hebben|heeft|had|have|has)\s+"
    r"(?:\w+\s+)?)$"
)
_PAST_TENSE_CUES = frozenset({"engage", "recrute", "recrutons", "engageons", "zoekt", "werft aan"})
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
JOB_FIELD_WEIGHT = 1.25
# An intern or a volunteer is sought the way a worker is ("recherche un·e stagiaire", "Vacature: vrijwilliger"),
# but is not offered a job.
_UNPAID = r"(?:stagiaires?|stagiair(?:e|s)?|benevoles?|vrijwilligers?|volunteers?|volontaires?|interns?)\b"
_UNPAID_RE = re.compile(_UNPAID)
_UNPAID_AFTER = re.compile(
    r"\s*(?:(?:un|une|un·e|des|een|a|an|\d+|extra|nouveaux|nouvelles|nieuwe)\s+){0,2}" + _UNPAID
)
# "(h/f/x)", "(M/F/X)", "m/v/x", "(F-H-X)", "(m/w/d)": the gender marker only job titles carry.
_GENDER_MARK = re.compile(GENDER_MARK)
GENDER_MARK_WEIGHT = 1.5
# Section headings alone on their line ("Fonction", "Profil", "Ons aanbod", "How to apply"): a posting
# is laid out under them even when its sentences use none of the cue phrases.
_JOB_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?(?:(?:la |le |votre |ta |jouw |uw |de |het |the |your )?"
    r"(?P<h>fonction|description de (?:la )?fonction|description du poste|profil(?: recherche| requis)?|"
    r"missions?(?: principales)?|taches|responsabilites|offre|nous offrons|ce que nous offrons|conditions|"
    r"conditions de travail|candidature|comment postuler|postuler|functie|functieomschrijving|profiel|aanbod|"
    r"ons aanbod|wij bieden|taken|takenpakket|solliciteren|interesse|job description|responsibilities|"
    r"organisatie|l'organisation|organisation|over de organisatie|about the organisation|description des missions|"
    r"requirements|what we offer|how to apply|qualifications))\s*:?\s*$"
)
JOB_HEADING_WEIGHT = 1.0
MIN_JOB_HEADINGS = 2
# "Le CPAS recrute cinquante assistants sociaux", "UPC zoekt 500 medewerkers": hiring in bulk is news.
_MANY = (
    r"(?:pas moins de |plus de |quelque |ruim |meer dan |maar liefst |over |more than )?"
    r"(?:[1-9]\d+|dix|vingt|trente|quarante|cinquante|soixante|cent|centaine|tien|twintig|dertig|veertig|vijftig|"
    r"zestig|honderd|dozens|(?:une )?(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)|"
    r"(?:een )?(?:tiental|twintigtal|dertigtal|veertigtal|vijftigtal|honderdtal))\b(?!\s*(?:h|u|uur|heures|%|ans|jaar|maanden|mois|jours|dagen))"
)
_BULK_HIRING = re.compile(
    r"\b(?:recrute|engage|zoekt|werft|werven|hire|hiring|recruit|op zoek naar|a la recherche de|looking for)\w*\s+"
    r"(?:[a-z]+\s+){0,3}?" + _MANY + r"|"
    # "wil veertig verpleegkundigen aanwerven", "veut engager cinquante éducateurs"
    r"\b" + _MANY + r"\s+(?:[a-z\-]+\s+){1,4}(?:aanwerven|aan te werven|in dienst nemen|recruter|engager)\b|"
    # "Er worden een veertigtal medewerkers gezocht", "une trentaine d'infirmiers sont recherchés"
    r"\b" + _MANY + r"\s+(?:[a-z\-']+\s+){1,4}(?:gezocht|recherches|recrutes|wanted)\b|"
    # "pas moins de 70 postes en CDI", "des dizaines d'emplois", "200 openstaande vacatures"
    r"\b(?:des |tientallen |honderden )?" + _MANY + r"\s+(?:de |d')?(?:nouveaux |openstaande |open )?"
    r"(?:postes|emplois|vacatures|jobs|betrekkingen)\b|\b(?:des dizaines|des centaines|tientallen|honderden) "
    r"(?:de |d')?(?:postes|emplois|vacatures|jobs)\b"
)
BULK_HIRING_WEIGHT = 3.0
QUOTED_HEADLINE_WEIGHT = 2.0
OPENING_WEIGHT = 2.0
_TITLE_WORK_TIME = re.compile(r"\(\s*\d{2,3}\s*%\s*\)|\b\d(?:[.,]\d{1,2})?\s*(?:etp|vte|fte)\b|\b[1-4]/5\b")
QUOTED_OPENING_LINES = 3
QUOTED_OPENING_LENGTH = 30
MIN_JOB_FIELDS = 2
# Quoted speech ("We zoeken al maanden twee psychiaters", zegt …) is someone reported, not the document's
# own voice: a news item about hiring quotes employers who are hiring.
_QUOTED = re.compile(r'"[^"\n]{12,400}"|“[^”\n]{12,400}”|«[^»\n]{12,400}»|„[^“”\n]{12,400}[“”]')


def _cue_pattern(cues: dict[str, float], *, singular: bool = False, glued: bool = False) -> re.Pattern[str]:
    alternatives = sorted(cues, key=len, reverse=True)
    # "recrute" is a cue, "lors de chaque recrutement" and "votre engagement" are not; with `singular`,
    # "les vacatures werden gepubliceerd" reports postings where "vacature" announces one.
    # "continue de recruter", "souhaite engager": an infinitive reports an intention, the cue is the verb
    # conjugated in the employer's own voice.
    tail = r"(?!ment|s\b|r\b)" if singular else r"(?!ment)"
    start = "" if glued else r"(?<![a-z])"
    return re.compile(start + r"(?:" + "|".join(re.escape(c) for c in alternatives) + r")" + tail)


_VACANCY_RE = _cue_pattern(VACANCY_CUES, singular=True)
# A closing notice is often glued to the word before it by a page's layout ("ProvincesClôturé depuis le …").
_KIND_RES = {kind: (_cue_pattern(cues, glued=kind == "closed"), cues) for kind, cues in KIND_CUES.items()}


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")")


_DECISIVE_RES = {kind: _words_pattern(words) for kind, words in DECISIVE_IN_HEAD.items()}
_TITLE_RES = {kind: _words_pattern(words) for kind, words in TITLE_KINDS.items()}


@dataclass(frozen=True)
class Verdict:
    is_vacancy: bool
    kind: str
    confidence: float
    evidence: str
    scores: dict[str, float]


def _score(
    pattern: re.Pattern[str],
    weights: dict[str, float],
    folded: str,
    head_end: int,
    skip: list[tuple[int, int]] = (),
    *,
    unpaid_objects: bool = False,
) -> tuple[float, list[str]]:
    """Each cue counts once, double when it appears in the head; cues inside `skip` spans do not count, nor,
    with `unpaid_objects`, a cue whose object is an intern or a volunteer."""
    best: dict[str, float] = {}
    for match in pattern.finditer(folded):
        if any(start <= match.start() < end for start, end in skip):
            continue
        cue = match.group(0)
        if unpaid_objects and _UNPAID_AFTER.match(folded, match.end()):
            continue
        if cue in _PAST_TENSE_CUES and _PAST.search(folded, max(0, match.start() - 25), match.start()):
            continue
        weight = weights[cue] * (HEAD_WEIGHT if match.start() < head_end else 1.0)
        best[cue] = max(best.get(cue, 0.0), weight)
    ranked = sorted(best, key=best.get, reverse=True)
    return sum(best.values()), ranked


def _head_end(doc: Doc) -> int:
    lines = doc.nonblank[:8]
    return min(lines[-1].end, 700) if lines else 0


def _job_field_labels(doc: Doc) -> list[str]:
    """Job fields labelled in the document, a label alone on its line counting even when the page left its
    value empty ("Limite de candidature" over nothing): the portal's form is there all the same."""
    keys = {field.key for field in doc.labelled if field.key in JOB_FIELD_KEYS}
    for line in doc.nonblank:
        found = label_of(line.text) if len(line.text) <= 60 else None
        if found and found[0] in JOB_FIELD_KEYS and not line.text[found[2] :].strip(" :"):
            keys.add(found[0])
    return sorted(keys)


def _opening_cues(doc: Doc) -> list[str]:
    """A page that opens on a section of a job description ("Profiel", "Missions"), or whose title gives the
    post's working time ("Opvoedkundigen (100%)", "Psychologue – 0,5 ETP")."""
    if not doc.nonblank:
        return []
    first = doc.nonblank[0]
    folded = doc.folded[first.start : first.end]
    cues = []
    if _JOB_HEADING.match(folded):
        cues.append("opens on a job section")
    if len(first.text) <= 100 and _TITLE_WORK_TIME.search(folded):
        cues.append("working time in the title")
    return cues


def _defines_the_trade(doc: Doc, role: Found | None) -> bool:
    """The document's opening defines the role's trade in general terms (see _DEFINING_VERBS)."""
    if _TRADE_DEFINED.search(doc.folded, 0, min(len(doc.folded), DEFINITION_WINDOW)):
        return True
    if role is None or not role.value:
        return False
    words = re.findall(r"[a-z][a-z\-]{3,}", _INCLUSIVE_ENDING.sub("", fold(str(role.value))))
    if not words:
        return False
    definition = re.compile(
        r"(?:^|[.!?:]\s+|\n\s*|,\s+)(?:(?:een|de|het|a|an|the|un|une|le|la|l'|les)\s*)?(?:[a-z]+\s+)?"
        + re.escape(words[0])
        + r"[a-z]{0,3}(?:\s*\([a-z]{1,4}\))?(?:,?\s+[a-z\-']+){0,3}?,?\s+"
        + _DEFINING_VERBS
        + r"\b"
    )
    return definition.search(doc.folded, 0, min(len(doc.folded), DEFINITION_WINDOW)) is not None


def _role_in_title(doc: Doc, role: Found | None) -> bool:
    if role is None or role.strategy not in _TITLE_STRATEGIES or role.start < 0 or not doc.nonblank:
        return False
    if _UNPAID_RE.search(fold(str(role.value))):
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


def _title(doc: Doc) -> str:
    """The first two lines (folded), if they are short and neither a bullet nor a field other than the role."""
    return "\n".join(
        doc.folded[line.start : line.end]
        for line in doc.nonblank[:2]
        if len(line.text) <= 100
        and not line.text.lstrip().startswith(("•", "-", "*"))
        and (label_of(line.text) or ("role",))[0] == "role"
    )


def _quoted_opening(doc: Doc) -> bool:
    """A headline or an opening line in quotation marks quotes somebody: an interview or a news item."""
    return any(
        line.text.lstrip()[:1] in '«“"„' and len(line.text) >= QUOTED_OPENING_LENGTH
        for line in doc.nonblank[:QUOTED_OPENING_LINES]
    )


def _vacancy_score(
    doc: Doc,
    head_end: int,
    *,
    role_found: bool,
    role: Found | None,
    defines_the_trade: bool,
    quoted_opening: bool,
) -> tuple[float, list[str]]:
    """The cues of an offer: phrases, the role and its place as the title, gender marks, fields, headings."""
    folded = doc.folded
    quoted = [match.span() for match in _QUOTED.finditer(doc.text)]
    vacancy, cues = _score(_VACANCY_RE, VACANCY_CUES, folded, head_end, quoted, unpaid_objects=True)
    # A trade named in someone's quoted words ("on recherche des infirmiers", says the spokesperson) is
    # reported speech, not the document's post.
    if role_found and not (role is not None and any(a <= role.start < b for a, b in quoted)):
        vacancy += ROLE_BONUS
    opening = _opening_cues(doc)
    if opening:
        vacancy += OPENING_WEIGHT * len(opening)
        cues = [*cues, *opening]
    # A trade over a definition of it, or over someone's quoted words, is the subject of an article.
    if _role_in_title(doc, role) and not defines_the_trade and not quoted_opening:
        vacancy += TITLE_ROLE_BONUS
        cues = ["title " + role.value, *cues]
    gender = _GENDER_MARK.search(folded)
    if gender:
        vacancy += GENDER_MARK_WEIGHT * (HEAD_WEIGHT if gender.start() < head_end else 1.0)
        cues = [gender.group(0), *cues]
    job_fields = _job_field_labels(doc)
    if len(job_fields) >= MIN_JOB_FIELDS:
        vacancy += JOB_FIELD_WEIGHT * len(job_fields)
        cues = [*cues, "labelled " + "/".join(job_fields)]
    headings = sorted(
        {
            m.group("h")
            for line in doc.nonblank
            if len(line.text) <= 60
            for m in [_JOB_HEADING.match(folded[line.start : line.end])]
            if m
        }
    )
    if len(headings) >= MIN_JOB_HEADINGS:
        vacancy += JOB_HEADING_WEIGHT * len(headings)
        cues = [*cues, "headings " + "/".join(headings)]
    return vacancy, cues


def _structural_cues(
    doc: Doc, *, defines_the_trade: bool, quoted_opening: bool
) -> dict[str, list[tuple[str, float]]]:
    """What the shape of a page says of its kind, beyond its phrases."""
    extra: dict[str, list[tuple[str, float]]] = {"news": [], "article": []}
    if quoted_opening:
        extra["news"].append(("quoted headline", QUOTED_HEADLINE_WEIGHT))
    if _DATE_STAMP.match(doc.text):
        extra["news"].append(("dated page", DATE_STAMP_WEIGHT))
    bulk = _BULK_HIRING.search(doc.folded)
    if bulk:
        extra["news"].append((bulk.group(0), BULK_HIRING_WEIGHT))
    if defines_the_trade:
        extra["article"].append(("defines the trade", DEFINITION_WEIGHT))
    return extra


def _kind_scores(
    doc: Doc, head_end: int, title: str, extra: dict[str, list[tuple[str, float]]]
) -> tuple[dict[str, float], dict[str, list[str]]]:
    scores, evidence = {}, {}
    for kind, (pattern, weights) in _KIND_RES.items():
        score, cues = _score(pattern, weights, doc.folded, head_end)
        for cue, weight in extra.get(kind, ()):
            score, cues = score + weight, [cue, *cues]
        if kind in _TITLE_RES and _TITLE_RES[kind].search(title):
            score, cues = score + TITLE_BONUS, ["title", *cues]
        scores[kind], evidence[kind] = score, cues
    return scores, evidence


def classify(doc: Doc, *, role_found: bool, role: Found | None = None) -> Verdict:
    """`role` is the role the role finder found, if any: one heading the document weighs more."""
    head_end = _head_end(doc)
    defines_the_trade = _defines_the_trade(doc, role)
    quoted_opening = _quoted_opening(doc)
    vacancy, vacancy_cues = _vacancy_score(
        doc,
        head_end,
        role_found=role_found,
        role=role,
        defines_the_trade=defines_the_trade,
        quoted_opening=quoted_opening,
    )
    title = _title(doc)
    extra = _structural_cues(doc, defines_the_trade=defines_the_trade, quoted_opening=quoted_opening)
    kind_scores, evidence = _kind_scores(doc, head_end, title, extra)
    scores = {"vacancy": vacancy, **kind_scores}
    evidence["vacancy"] = vacancy_cues
    kind = max(kind_scores, key=kind_scores.get)
    # "Deze vacature werd afgesloten op …": one unambiguous statement anywhere, or weaker ones adding up.
    closed = scores["closed"] >= CLOSED_DECISIVE or any(
        KIND_CUES["closed"][c] >= CLOSED_OUTRIGHT for c in evidence["closed"]
    )
    if closed:
        kind = "closed"
    decisive = next((k for k, p in _DECISIVE_RES.items() if p.search(doc.folded, 0, head_end)), None)
    if decisive and not closed:
        kind = decisive
    # "Hoe solliciteren", "Travailler chez nous": how the employer hires, with no post named anywhere.
    careers = not role_found and _TITLE_RES["careers_page"].search(title) is not None
    if careers and kind != "closed":
        kind = "careers_page"
    other = scores[kind]
    # The cues' verdict, as a margin: how far the vacancy cues clear both the floor and the strongest kind.
    cue_margin = min(vacancy - CUE_FLOOR, vacancy - other * KIND_FACTOR)
    genre = genre_logit(doc)
    combined = genre + CUE_MARGIN_WEIGHT * cue_margin
    is_vacancy = combined > 0 and not (closed or careers or decisive)
    confidence = round(1 / (1 + math.exp(-abs(combined))), 2)
    winner = "vacancy" if is_vacancy else (kind if other > 0 else "other")
    cues = evidence.get(winner, [])
    if winner == "vacancy" or not cues:
        cues = [f"reads as {'an offer' if genre > 0 else 'no offer'} ({genre:+.1f})", *cues]
    return Verdict(is_vacancy, winner, confidence, ", ".join(cues[:6]), scores)
