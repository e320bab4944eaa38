"""An organisation named both by its acronym and in full: "Médecins Sans Frontières (MSF)".

Whichever form a strategy found, the employer is given as the text pairs them, full name then acronym,
so that it reads as a person says it and matches either form.
"""

from __future__ import annotations

import re

from ...document import Doc
from ...normalize import fold
from ...vocab_employer import CLAUSE_OPENERS
from .names import ACRONYM, is_acronym, is_generic

_WORD = re.compile(r"[\w'’\-]+")
_ELISION = re.compile(r"^[dlDL]['’]")
# A name in full: capitalised words joined by small words ("Ligue Bruxelloise pour la Santé Mentale").
_LINK = r"(?:de|du|des|d'|d’|la|le|les|l'|l’|en|et|van|voor|het|der|of|the|for|and|pour|sur|aux|à|au)"
_DASHED = re.compile(
    r"(?P<acr1>[A-Z][A-Z0-9&\-]+)[ \t]+[-–—:][ \t]+(?P<full1>.+)|(?P<full2>.+?)[ \t]+[-–—][ \t]+(?P<acr2>[A-Z][A-Z0-9&\-]+)"
)
_CAPITALISED = re.compile(r"(?<![\w'’\-])[A-ZÀ-Ý][a-zà-ÿ]+\b")
# The words after a capitalised one, on its line: "bruxellois de coordination sociopolitique …".
_FOLLOWING = re.compile(r"(?:[ \t]+(?:[dlDL]['’])?[a-zà-ÿ][\w\-]*){0,12}")
# Where a name begins: after an article or a preposition that introduces it, or at a line's start.
_NAME_PLACE = re.compile(
    r"(?:(?P<article>(?:^|[\s(])(?i:le|la|les|du|au|aux|de la|het|de|van|the|of)[ \t]+|(?i:\bl|\bd)['’])|"
    r"(?:^|\n)[ \t]*)$"
)
# Words that open a sentence, never a name: "Ce bureau crée souvent …" spells no "CBCS".
_OPENERS = CLAUSE_OPENERS | frozenset(
    "ce cet cette ces nous vous il elle on ils elles notre votre nos vos leur leurs chaque tout toute tous toutes "
    "cela ceci we our this these each every het deze dit onze ons".split()
)
_LINE_END = re.compile(r"[ \t]*(?:$|\n|\(|[,–-])")
_SMALL_WORDS = frozenset(
    "de du des d la le les l en et van voor het der of the for and pour sur aux a au".split()
)
_ARTICLE = re.compile(r"^(?:(?:Le|La|Les|De|Het|The)[ \t]+|[LD]['’])")
_FULL_NAME = re.compile(
    r"\b[A-ZÀ-Ý][\w\-]*(?:[ \t]+(?:" + _LINK + r"[ \t]*)*(?:[dlDL]['’])?[A-ZÀ-Ý][\w\-]*)+"
)


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters appear in order in the name, the first opening it: "RIZIV" in "Rijksinstituut
    voor Ziekte- en Invaliditeitsverzekering", "INAMI" in "Institut national d'assurance maladie-invalidité"."""
    letters = re.sub(r"[^a-z0-9]", "", fold(acronym))
    folded = fold(_ELISION.sub("", name))
    if not letters or not folded.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = folded.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def initials(name: str) -> str:
    # "Bruxelles-Nord" gives B and N
    words = (_ELISION.sub("", word) for word in re.findall(r"[\w'’]+", name))
    return "".join(word[0] for word in words if word[:1].isupper() or word[:1].isdigit())


def _spelled_before(doc: Doc, acronym: str) -> str | None:
    """ "… au sein de l'Institut national d'assurance maladie-invalidité (INAMI)": the shortest run of words
    before "(ACR)" that opens with a capital and spells the acronym."""
    for match in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", doc.text):
        line_start = doc.text.rfind("\n", 0, match.start()) + 1
        before = doc.text[max(line_start, match.start() - 160) : match.start()]
        before = re.split(r"[.;:!?()\"«»]", before)[-1]
        words = list(_WORD.finditer(before))
        for size in range(1, min(len(words), 10) + 1):
            first = words[-size]
            candidate = _ELISION.sub("", before[first.start() :].strip())
            if candidate[:1].isupper() and _spells(acronym, candidate):
                return candidate
    return None


def _named_by_initials(doc: Doc, acronym: str) -> str | None:
    """ "La LBSM engage" and, elsewhere, "la Ligue Bruxelloise pour la Santé Mentale": the name whose
    capitals spell the acronym."""
    for match in _FULL_NAME.finditer(doc.text):
        full = _ARTICLE.sub("", match.group(0))
        if initials(full) == acronym:
            return full
    return None


def _named_in_lower_case(doc: Doc, acronym: str) -> str | None:
    """ "Le CBCS engage" and, elsewhere, "le Conseil bruxellois de coordination sociopolitique": French writes a
    name's words after the first in lower case; their initials, small words aside, spell the acronym."""
    letters = fold(acronym)
    if len(letters) < 3 or not letters.isalpha():
        return None
    for head in _CAPITALISED.finditer(doc.text):
        if fold(head.group(0)[:1]) != letters[0] or fold(head.group(0)) in _OPENERS:
            continue
        place = _NAME_PLACE.search(doc.text, max(0, head.start() - 10), head.start())
        if not place:
            continue
        words = _FOLLOWING.match(doc.text, head.end())
        content = [head.group(0)] + [w for w in _WORD.findall(words.group(0)) if fold(w) not in _SMALL_WORDS]
        if len(content) < len(letters):
            continue
        last = content[len(letters) - 1]
        if "".join(fold(_ELISION.sub("", w))[:1] for w in content[: len(letters)]) != letters:
            continue
        end = doc.text.index(last, head.end()) + len(last)
        if place.group("article") or _LINE_END.match(
            doc.text, end
        ):  # at a line's start, the line is the name
            return doc.text[head.start() : end]
    return None


def paired(doc: Doc, name: str) -> str:
    """The name with its acronym, "Full name (ACR)", when the text gives both; else the name unchanged."""
    if name.endswith(")"):
        return name
    dashed = _DASHED.fullmatch(name)
    if dashed:  # "WHO - World Health Organization", "Vlaamse Ouderenraad – VOR": one body named twice
        acronym, full = (
            dashed.group("acr1") or dashed.group("acr2"),
            dashed.group("full1") or dashed.group("full2"),
        )
        if is_acronym(acronym) and _spells(acronym, full):
            return f"{full} ({acronym})"
    if is_acronym(name):
        full = _spelled_before(doc, name) or _named_by_initials(doc, name) or _named_in_lower_case(doc, name)
        # "Service de Santé Mentale" for "SSM" names a kind of body, not this one
        return f"{full} ({name})" if full and not is_generic(fold(full)) else name
    after = re.search(re.escape(name) + r"\s*\(\s*(" + ACRONYM.pattern + r")\s*\)", doc.text)
    if (
        after
        and is_acronym(after.group(1))
        and after.group(1) not in name.split()
        and _spells(after.group(1), name)
    ):
        return f"{name} ({after.group(1)})"
    return name
