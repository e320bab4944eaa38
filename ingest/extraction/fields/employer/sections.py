"""The employer a posting presents in a section of its own ("Description de l'entreprise", "Over ons",
"About us"), in a heading that names it ("Description du Service X"), or in a "Travailler à X, c'est …"
sentence."""

from __future__ import annotations

import re

from ...document import Doc
from ...normalize import fold
from ...types import Found
from ...vocab_employer import (
    CLAUSE_OPENERS,
    KIND_OF_BODY,
    ORG_HEADING,
    ORG_HEADING_NAMING,
    PRESENTING_VERB,
    WORK_AT,
)
from .names import clean_org, names_organisation, split_unit

_HEADING = re.compile(r"(?:" + ORG_HEADING + r")\s*[:?.…]*\s*$")
_HEADING_NAMING = re.compile(r"(?:" + ORG_HEADING_NAMING + r")(?P<name>\S.{1,80}?)\s*[:?.…]*\s*$")
# "I. - Description de l'établissement", "2) Over de organisatie": a numbered heading (folded).
_NUMBERING = re.compile(r"^(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)]\s*(?:[-–]\s*)?")
_ARTICLE = re.compile(r"^(?:(?:le|la|les|de|het|the)\s+|l')", re.IGNORECASE)
# The opening subject of the section: up to a comma or a verb that presents it ("X, le réseau …", "X est …").
_LEAD = re.compile(
    r"(?P<org>[A-ZÀ-Ý0-9][\w'&\-.]*(?:[ \t]+[\w'&\-.()]+){0,8}?)"
    r"(?=[ \t]*,|[ \t]+(?:" + PRESENTING_VERB + r")\b)"
)
# "Établissement de référence en santé mentale, l'EPS X couvre …": an apposition first, then the subject.
_SUBJECT_AFTER_APPOSITION = re.compile(
    r",[ \t]+(?i:le|la|les|l')[ \t]*(?P<org>[A-ZÀ-Ý][\w'&\-.]*(?:[ \t]+(?:de |du |des |d'|l')?[A-ZÀ-Ý][\w'&\-.]*){0,5})"
    r"[ \t]+[a-zà-ÿ]"
)
# "Maison médicale de la région, nous soignons …": a description of the speaker, no name.
_KIND_IN_LOWER_CASE = re.compile(r"(?:" + KIND_OF_BODY + r")\s+\S")
_SPEAKER_NEXT = re.compile(r"\s*,\s*(?i:nous|notre|nos|we|wij|onze|our)\b")
_ELIDED = re.compile(r"^[dlDL]'")
_LINKING = frozenset(
    "de du des d la le les l van voor het der en et of the for and pour sur aux a au".split()
)
_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)|\n\s*\n")
_WORK_AT = re.compile(
    r"(?:" + WORK_AT + r")[ \t]+(?:(?i:le|la|les|l'|de|het|the)[ \t]*)?"
    r"(?P<org>[A-ZÀ-Ý][^,.;:!?\n]{1,80}?)[ \t]*(?:,[ \t]*)?(?=c'est\b|dat is\b|betekent\b|means\b)"
)


def is_org_heading(folded: str) -> bool:
    return _HEADING.match(folded) is not None or _HEADING_NAMING.match(folded) is not None


def from_org_section(doc: Doc) -> dict[str, Found]:
    """The name a section about the organisation opens with, or the name its heading gives."""
    for line in doc.nonblank[:80]:
        folded = fold(line.text.strip(" •-\t"))
        numbering = _NUMBERING.match(folded)
        skip = numbering.end() if numbering else 0
        folded = folded[skip:]
        if len(folded) > 80:
            continue
        named = _HEADING_NAMING.match(folded)
        if named:
            found = _named_in_heading(doc, line.text, line.start, skip + named.start("name"))
            if found:
                return found
        if _HEADING.match(folded):
            found = _section_lead(doc, line.end)
            if found:
                return found
    return {}


def _named_in_heading(doc: Doc, text: str, start: int, at: int) -> dict[str, Found]:
    """ "Description du Service droit des jeunes", "Over Dokters van de Wereld", "About Healers Without Borders"."""
    offset = len(text) - len(text.lstrip(" •-\t"))
    name = text[offset + at :].strip().rstrip(" :?.…")
    name = _ARTICLE.sub("", name)
    if name[:1].isupper() and names_organisation(doc, name):
        return split_unit(name, start + offset + at, "section-heading", 0.75)
    return {}


def _section_lead(doc: Doc, heading_end: int) -> dict[str, Found]:
    """The organisation the first sentence under the heading presents."""
    start = heading_end + len(doc.text[heading_end:]) - len(doc.text[heading_end:].lstrip())
    window = doc.text[start : start + 400]
    end = _SENTENCE_END.search(window)
    sentence = window[: end.start() if end else len(window)].replace("\n", " ")
    at = 0
    for _ in range(2):  # "Fondé en 1982, le Service X est agréé": past one opening clause
        at += len(sentence[at:]) - len(sentence[at:].lstrip())
        article = _ARTICLE.match(sentence[at:])
        lead_at = at + (article.end() if article else 0)
        opening = sentence[lead_at:]
        if _KIND_IN_LOWER_CASE.match(opening):  # "Le groupe hospitalier X (GX), établissement …"
            opening = opening[0].upper() + opening[1:]
        lead = _LEAD.match(opening)
        after = opening[lead.end() :] if lead else ""
        if lead and not _SPEAKER_NEXT.match(after) and names_organisation(doc, lead.group("org")):
            return split_unit(lead.group("org"), start + lead_at, "section-lead", 0.75)
        words = sentence[at:].split()
        comma = sentence.find(",", at)
        if not words or fold(words[0]) not in CLAUSE_OPENERS or comma < 0:
            break
        at = comma + 1
    apposition = _SUBJECT_AFTER_APPOSITION.search(sentence)
    if apposition and names_organisation(doc, apposition.group("org")):
        return split_unit(apposition.group("org"), start + apposition.start("org"), "section-lead", 0.7)
    return {}


def from_work_at(doc: Doc) -> dict[str, Found]:
    """ "Travailler pour le Département X, c'est agir …", "Werken bij Stad Y betekent …"."""
    for match in _WORK_AT.finditer(doc.text):
        org = clean_org(match.group("org"))
        if names_organisation(doc, org):
            return split_unit(org, match.start("org"), "work-at", 0.8)
    return {}
