"""The service inside the employer that the post belongs to: "pour son Service Y", "SERVICE : Bloc opératoire",
"Psychologue pour le Service de Pédiatrie", "au sein de la Direction X", "binnen de afdeling Y"."""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Doc
from ...normalize import fold
from ...types import Found
from ...vocab_employer import UNIT_KIND, UNIT_WORD
from ..role import categorize
from .names import clean_org, is_generic

_FOR_UNIT = re.compile(
    r"\b(?:pour (?:son|sa|ses|leur)|voor (?:haar|zijn|ons|onze)|au sein de (?:son|sa|leur)|binnen (?:haar|zijn))\s+"
    r"(?P<unit>(?:service|dienst|centre|centrum|unite|unit|pole|cellule|departement|afdeling|equipe|team)\b"
    r"[^\n,;:.]{0,70}?)(?=\s*(?:[\n,;:.]|$|\s(?:a|en|dans|situe|base|te|in|met)\s))"
)
# "pour le Service de Pédiatrie", "au sein de la Direction X", "binnen de afdeling Y", "within the Faculty of Z":
# a named unit, its kind written with a capital (or after "afdeling"/"dienst", which Dutch writes in lower case).
_NAMED_UNIT = re.compile(
    r"\b(?i:pour\s+(?:le|la|l')|au\s+sein\s+(?:du|de\s+la|de\s+l')|voor\s+(?:de|het)|binnen\s+(?:de|het)|"
    r"within\s+the|for\s+the)\s*"
    r"(?P<unit>(?:" + UNIT_WORD + r")\b[^\n,;:.()]{2,70}?)"
    r"(?=\s*(?:\([^)\n]{1,40}\)\s*)?(?:[\n,;:.!?]|$|\s(?:à|a|en|dans|de l'|du|te|in|met|at|of the|van)\s|\s[-–]\s))"
)


def with_unit_after_for(doc: Doc, found: dict[str, Found]) -> dict[str, Found]:
    """ "X recrute pour son Service Y": the service that hires is more precise than a department."""
    employer_at = found["employer"].start if "employer" in found else 0
    match = _FOR_UNIT.search(doc.folded, max(0, employer_at), max(0, employer_at) + 600)
    if not match:
        return found
    unit = clean_org(doc.text[match.start("unit") : match.end("unit")])
    unit = unit[0].upper() + unit[1:]
    return {
        **found,
        "employer_unit": Found(
            unit, 0.75, doc.sentence(match.start(), 200), match.start("unit"), "for-its-unit"
        ),
    }


def with_named_unit(doc: Doc, found: dict[str, Found]) -> dict[str, Found]:
    """A unit labelled as such, or named after "pour le", "au sein de", "binnen de", when none was found."""
    if "employer_unit" in found or "employer" not in found:
        return found
    employer = fold(found["employer"].value)
    for item in doc.labelled_values("unit"):
        unit = clean_org(item.value)
        if len(unit) <= 90 and not is_generic(fold(unit)) and fold(unit) != employer:
            return {**found, "employer_unit": Found(unit, 0.7, item.value, item.start, "unit-label")}
    for match in _NAMED_UNIT.finditer(doc.text, 0, 3000):
        unit = clean_org(match.group("unit"))
        if not is_generic(fold(unit)) and fold(unit) not in employer and employer not in fold(unit):
            return {
                **found,
                "employer_unit": Found(unit, 0.65, match.group(0), match.start("unit"), "named-unit"),
            }
    titled = _title_unit(doc)
    if titled and fold(titled.value) not in employer and employer not in fold(titled.value):
        return {**found, "employer_unit": titled}
    return _unit_of_employer(doc, found)


# "Het departement Inschakeling van het …", "The Research Group Y at …": a unit and the link to the name that
# follows it (the name itself is found first, then this is matched on the words right before it).
_TIED_UNIT = re.compile(
    r"(?<![\w'’])(?P<unit>(?i:" + UNIT_KIND + r"|research group|faculty|faculteit|faculte|faculté|vakgroep)\b"
    r"[^\n,.;:()]{2,60}?)[ \t]+(?:\([^()\n]{1,20}\)[ \t]+)?"
    r"(?i:du|de la|de l'|des|de|van het|van de|van|of the|of|at)[ \t]*(?i:le |la |l'|het |de |the )?$"
)
_TIED_WINDOW = 160
_TIED_REACH = 6000


def _unit_of_employer(doc: Doc, found: dict[str, Found]) -> dict[str, Found]:
    """ "Het departement Inschakeling van het OCMW X", "The Research Group Y at Z University": a unit the text ties
    to the employer it names."""
    name = found["employer"].value
    if len(name) < 3:
        return found
    for named in re.finditer(re.escape(name) + r"\b", doc.text[: _TIED_REACH + len(name)]):
        window_start = max(0, named.start() - _TIED_WINDOW)
        match = _TIED_UNIT.search(doc.text, window_start, named.start())
        if match and match.start() < _TIED_REACH:
            unit = clean_org(match.group("unit"))
            if is_generic(fold(unit)):
                return found
            evidence = doc.text[match.start() : named.end()]
            return {
                **found,
                "employer_unit": Found(unit, 0.6, evidence, match.start("unit"), "unit-of-employer"),
            }
    return found


_UNIT_END = r"(?=[ \t]*(?:\(|\b[HFMVX][ \t]*/|[-–,;:]|$))"
# "… pour le service Cohésion sociale (H/F)", "Voor de dienst Preventie": a unit the title names after "pour".
_TITLE_UNIT_AFTER_FOR = re.compile(
    r"(?im)\b(?:pour|voor)[ \t]+(?:le|la|l'|de|het)[ \t]*"
    r"(?P<unit>(?:" + UNIT_KIND + r")\b[^\n(),;:–]{2,60}?)" + _UNIT_END
)
# "Psychologue Equipe Mobile de Soins Palliatifs": a unit written with a capital after the post's name.
_TITLE_UNIT_AFTER_ROLE = re.compile(
    r"[ \t](?P<unit>(?:Service|Équipe|Equipe|Unité|Pôle|Cellule|Département)[ \t][^\n(),;:–]{2,60}?)(?m:"
    + _UNIT_END
    + r")"
)


_SPEAKER = re.compile(r"(?i)\b(?:we|wij|nous|notre|nos|onze|ons|our|us)\b")


def unit_alone(doc: Doc) -> dict[str, Found]:
    """The unit a title names when no text names the body it belongs to: a person names the post's employer by it.
    "pour son service X" says a body employs, unnamed here, and is left alone."""
    titled = _title_unit(doc)
    return {"employer": replace(titled, strategy="title-unit")} if titled else {}


def _title_unit(doc: Doc) -> Found | None:
    """ "Animateur pour le service Jeunesse", "Voor de dienst Preventie", "Psychologue Equipe Mobile X"."""
    for line in doc.nonblank[:5]:
        text = line.text
        if _SPEAKER.search(text):
            continue  # "Voor de afdeling X zoeken we": the speaker is the body, named elsewhere or not at all
        match = _TITLE_UNIT_AFTER_FOR.search(text)
        if not match:
            match = _TITLE_UNIT_AFTER_ROLE.search(text)
            if match and categorize(text[: match.start()], head_only=True) is None:
                match = None
        if match:
            unit = clean_org(match.group("unit"))
            if not is_generic(fold(unit)):
                return Found(unit, 0.5, text, line.start + match.start("unit"), "title-named-unit")
    return None
