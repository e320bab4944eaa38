"""What each date of a posting is for: the deadline, the start, a publication, a selection day, a contract period.

The nearest cue before a date decides (`Date limite : 20 juin`, `entrée en fonction le 1er mars`). Words that
only mean "until" (`jusqu'au`, `tot`, `avant le`) are read with the sentence: about applying they give a
deadline, about the contract its end, which is no deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .date_mentions import Mention
from .document import Doc
from .vocab_dates import (
    APPLY_WORDS,
    CLOSED_CUES,
    CONTRACT_WORDS,
    DEADLINE_CUES,
    EVENT_CUES,
    EXAM_CUES,
    PUBLISHED_CUES,
    START_ADJACENT,
    START_CUES,
    START_WORDS,
    UNTIL_CUES,
)

STRONG, WEAK, CLOSED = 0.85, 0.5, 0.4

# (group name, phrases, must the phrase stand right before the date?)  The order breaks ties between
# alternatives starting at the same place: specific phrases first.
_CUE_KINDS = (
    ("deadline", DEADLINE_CUES, False),
    ("closed", CLOSED_CUES, True),
    ("published", PUBLISHED_CUES, False),
    ("exam", EXAM_CUES, False),
    ("event", EVENT_CUES, False),
    ("start", START_CUES, False),
    ("start_adj", START_ADJACENT, True),
    ("until", UNTIL_CUES, True),
)
_ADJACENT = {name for name, _, adjacent in _CUE_KINDS if adjacent}
_CUES = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(f"(?P<{name}>{'|'.join(phrases)})" for name, phrases, _ in _CUE_KINDS)
    + r")(?![a-z])"
)
# What may stand between an adjacent cue and its date: "jusqu'au 20 juin", "avant le : 3 mars".
_ADJACENT_GAP = re.compile(r"[\s:,]*(?:(?:le|la|op|on|the|ce|du|de|in|en|per)\s+)?")
# What may not stand between a cue and its date: the end of a sentence.
_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")
# A cue written after the date: "le 20 juin au plus tard", "20 juni uiterlijk".
_TRAILING_DEADLINE = re.compile(
    r"\s*,?\s*(?:a \d{1,2}[h:]\d{0,2}\s*)?(?:au plus tard|uiterlijk|ten laatste|at the latest)"
)
# The second date of a period: "du 1/9 au 31/12/2026", "van 1 september tot 31 december", "d'août 2025 à mai 2026".
_PERIOD_END = re.compile(
    r"(?:\bdu\s+|\bvan\s+|\bfrom\s+|\bentre le\s+|\bperiode du\s+|\bde\s+|\bd')(?:le\s+)?"
    r"(?P<first>(?:[a-z]+\s+)?\d[\w/.\- ]{0,20}?)\s+"
    r"(?:au|a|tot(?: en met)?|to|until|et le|-)\s+(?:le\s+)?$"
)
_NEAR = 60  # how far before its date a cue still counts, in characters
# The "until" words that, in a sentence about nothing in particular, still mean a (weak) deadline.
_UNTIL_DEADLINE = frozenset(
    ("jusqu'au", "jusqu'a", "d'ici le", "d'ici au", "d'ici a", "avant le", "avant", "before", "until")
)
_TOPICS = (("apply", APPLY_WORDS), ("contract", CONTRACT_WORDS), ("start", START_WORDS))


_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+|\b(?:https?://|www\.)\S+")


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Role:
    """What a mention is for, how sure we are, and where the phrase saying so starts."""

    role: str  # deadline, start, published, exam, event, closed, period
    confidence: float
    cue_start: int


def find_cues(folded: str) -> list[Cue]:
    return [Cue(m.lastgroup or "", m.start(), m.end(), m.group()) for m in _CUES.finditer(folded)]


def topic(doc: Doc, pos: int) -> str | None:
    """What the sentence is about up to `pos`: applying, the contract or the start (the latest word wins)."""
    start, _ = doc.sentence_bounds(pos)
    # "projets@lecairn.be": the words of an address or a link are no topic (the same length keeps positions).
    before = _ADDRESS.sub(lambda m: " " * len(m.group(0)), doc.folded[start:pos])
    best: tuple[int, str | None] = (-1, None)
    for name, words in _TOPICS:
        last = max((before.rfind(word) for word in words), default=-1)
        if last > best[0]:
            best = (last, name)
    return best[1]


def nearest_cue(doc: Doc, cues: list[Cue], pos: int, floor: int) -> Cue | None:
    """The closest cue before `pos` that may govern what is written there (nothing but a few words between)."""
    low = max(floor, pos - _NEAR)
    for cue in reversed(cues):
        if cue.end > pos:
            continue
        if cue.end < low:
            return None
        gap = doc.folded[cue.end : pos]
        if cue.kind in _ADJACENT:
            if _ADJACENT_GAP.fullmatch(gap):
                return cue
            continue
        if not _BREAK.search(gap):
            return cue
    return None


def _until(doc: Doc, cue: Cue, cues: list[Cue]) -> Role | None:
    about = topic(doc, cue.start)
    if about is None and _deadline_cue_in_sentence(doc, cues, cue.start):
        return Role("deadline", STRONG, cue.start)  # "Sluitingsdatum van de vacature: tot 30 mei"
    if about == "apply":
        return Role("deadline", STRONG, cue.start)
    if about == "contract":
        return Role("period", STRONG, cue.start)
    if about == "start":
        return Role("start", WEAK, cue.start)
    # "by midnight CET on 14 March": a time of day to beat is a deadline's, never a contract's end.
    timed = cue.text.startswith("by ") and cue.text != "by"
    return Role("deadline", WEAK, cue.start) if cue.text in _UNTIL_DEADLINE or timed else None


def _from_cue(doc: Doc, cue: Cue, cues: list[Cue]) -> Role | None:
    if cue.kind == "until":
        return _until(doc, cue, cues)
    if cue.kind == "deadline":
        # "Prise de fonction au plus tard le 1er mars", "Startdatum: ten laatste 1 maart" are about the start; "les candidatures … via le
        # formulaire disponible sur …, au plus tard le 31 mars" is still about applying.
        if (
            topic(doc, cue.start) == "start"
            and any(word in cue.text for word in _LATEST_WORDS)
            and not _about_applying(doc, cue.start)
        ):
            return Role("start", 0.7, cue.start)
        # "L'invitation à la première épreuve sera envoyée au plus tard le 15 janvier": the selection's date.
        if (
            any(word in cue.text for word in _LATEST_WORDS)
            and _SELECTION.search(_sentence_before(doc, cue.start))
            and not _APPLICATION.search(_sentence_before(doc, cue.start))
        ):
            return Role("exam", STRONG, cue.start)
        return Role("deadline", STRONG, cue.start)
    if cue.kind == "closed":
        return Role("closed", CLOSED, cue.start)
    if cue.kind in ("start", "start_adj"):
        if (
            cue.kind == "start_adj"
            and topic(doc, cue.start) == "apply"
            and _APPLYING.search(_sentence_before(doc, cue.start))
        ):
            return None  # "candidatures acceptées à partir du 1er mai": when applying opens
        if cue.kind == "start_adj" and not _ABOUT_THE_POST.search(_whole_sentence(doc, cue.start)):
            return (
                None  # "À partir de janvier, le service s'installera …": another change than the post's start
            )
        return Role("start", STRONG, cue.start)
    return Role(cue.kind, STRONG, cue.start)


# "À partir du 1er mars, vous rejoignez l'équipe", "Vanaf 1 maart start je": "from" names the post's start only
# in a sentence about the candidate, the post or its contract.
# (Dutch compounds carry the word inside: "vervangingscontract", "arbeidsovereenkomst".)
_POST_WORDS = (
    r"candidat|kandida|poste?\b|position|fonction|functie|\bjob|contra(?:ct|t)|overeenkomst|\bcd[di]\b|engag|"
    r"aanwerv|aangeworven|indiensttreding|in dienst|start|entree|debut|disponib|beschikba|availab|vacature|"
    r"vacancy|mission|opdracht|remplac|vervang|recrut|employ|tewerkstelling|appointment|volontaire|vrijwillig|"
    r"volunteer|benevol|collegue|collega|colleague|stage|student|stelle|vertrag|eintritt|arbeitsbeginn|"
    r"dienstantritt|einstellung"
)
_PERSON_WORDS = r"\b(?:vous|tu|je|jij|u|you|your|votre)\b"
_ABOUT_THE_POST = re.compile(_PERSON_WORDS + "|" + _POST_WORDS)


_PERIOD_OF_THE_POST = re.compile(
    _PERSON_WORDS
    + "|"
    + _POST_WORDS
    + r"|periode|period|duree|\bduur|looptijd|mandat|conge|verlof|leave|absen|afwezig|"
    r"interim"
)


def _whole_sentence(doc: Doc, pos: int) -> str:
    start, end = doc.sentence_bounds(pos)
    return doc.folded[start:end]


# "au plus tard", "ten laatste", "uiterlijk": in a sentence about the start they bound the start date.
_LATEST_WORDS = ("plus tard", "ten laatste", "uiterlijk")
_SELECTION = re.compile(
    r"\b(?:invitation|convocation|epreuve|examen|entretien|uitnodiging|proef|gesprek|selectiegesprek|"
    r"interview|resultat|uitslag)"
)
_STARTING_AFTER = re.compile(
    r"\s*(?:in dienst (?:kunnen |te )?treden|kunnen starten|(?:pouvoir )?entrer en (?:fonction|service)|"
    r"(?:be able to )?(?:start|take up (?:the |your )?(?:post|duties))\b|die stelle antreten)"
)
_APPLICATION = re.compile(r"candidat|postul|\bcv\b|sollicit|kandida|apply|application|motivation")
# What makes "à partir du", "vanaf", "start" about applying, not the candidate: "the candidate would start in
# July" is a start.
_APPLYING = re.compile(r"candidature|postul|apply|application|sollicit|inscri|inschrij|kandidatu|\bcv\b|envo")


def _sentence_before(doc: Doc, pos: int) -> str:
    start, _ = doc.sentence_bounds(pos)
    return doc.folded[start:pos]


def _about_applying(doc: Doc, pos: int) -> bool:
    start, _ = doc.sentence_bounds(pos)
    return any(word in doc.folded[start:pos] for word in APPLY_WORDS)


def _deadline_cue_in_sentence(doc: Doc, cues: list[Cue], pos: int) -> bool:
    sentence_start, _ = doc.sentence_bounds(pos)
    return any(c.kind == "deadline" and sentence_start <= c.start < pos for c in cues)


def _cue_right_before(doc: Doc, cues: list[Cue], pos: int, kind: str) -> bool:
    cue = nearest_cue(doc, cues, pos, 0)
    return cue is not None and cue.kind == kind and pos - cue.end < 8


def _period_role(doc: Doc, mention: Mention, cues: list[Cue]) -> tuple[Role, int] | None:
    """(role of the period's end, where the period starts) when the mention closes "du … au …"."""
    window_start = max(0, mention.start - 48)
    match = _PERIOD_END.search(doc.folded, window_start, mention.start)
    if not match:
        return None
    sentence_start, _ = doc.sentence_bounds(match.start())
    if any(c.kind == "exam" and sentence_start <= c.start < match.start() for c in cues):
        # "Épreuve orale (pour les candidats retenus) : entre le 3 et le 7 novembre": the exam's days
        return Role("exam", STRONG, match.start()), match.start("first")
    if (
        topic(doc, match.start()) == "apply"
        or _deadline_cue_in_sentence(doc, cues, match.start())
        or _cue_right_before(doc, cues, match.start(), "published")
    ):
        # "Période d'affichage : du 2 au 13 février": the offer is posted until its last day to apply.
        return Role("deadline", STRONG, match.start()), match.start("first")
    return Role("period", STRONG, match.start()), match.start("first")


def assign_roles(doc: Doc, mentions: list[Mention]) -> list[Role | None]:
    cues = find_cues(doc.folded)
    roles: list[Role | None] = []
    period_starts: set[int] = set()
    previous_end = 0
    for mention in mentions:
        role: Role | None = None
        period = _period_role(doc, mention, cues)
        if period:
            role, first = period
            # "CDD du 1/2 au 31/7": a contract's period starts the post; "fermés du 24/12 au 2/1" does not.
            if role.role == "period" and _PERIOD_OF_THE_POST.search(_whole_sentence(doc, mention.start)):
                period_starts.add(first)
        else:
            cue = nearest_cue(doc, cues, mention.start, previous_end)
            role = _from_cue(doc, cue, cues) if cue else None
            # "Je moet uiterlijk 31/12 in dienst kunnen treden": the latest start, neither deadline nor start.
            if role and role.role == "deadline" and _STARTING_AFTER.match(doc.folded, mention.end):
                role = Role("start_limit", STRONG, role.cue_start)
            # "le 20 juin au plus tard": a cue after the date, unless one before named it otherwise.
            if (role is None or role.role == "deadline") and _TRAILING_DEADLINE.match(
                doc.folded, mention.end
            ):
                role = Role("deadline", STRONG, role.cue_start if role else mention.start)
        roles.append(role)
        previous_end = mention.end
    # The first day of a contract period is its start, unless a cue said otherwise.
    for index, mention in enumerate(mentions):
        if mention.start in period_starts and (roles[index] is None or roles[index].role == "start"):
            current = roles[index]
            roles[index] = (
                current if current and current.confidence > WEAK else Role("start", WEAK, mention.start)
            )
    return roles
