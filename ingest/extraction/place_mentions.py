"""Every place a posting names: "1080 Molenbeek-Saint-Jean", "Namur", "Hainaut", "Wallonie", "75011 Paris".

Matching runs on folded text, token by token against the tables of `belgium.py`; what a hit means for
the workplace (cue, application address, footer) is decided in `fields/places.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import abroad, belgium
from .belgium import name_key
from .document import Doc
from .vocab_places import (
    ABROAD_AFTER,
    ABROAD_BEFORE,
    ALIASES_SHOWN_AS_REFERENCE,
    BOX_WORDS,
    BRUSSELS_NAMES,
    COMMON_WORD_PLACES,
    DEPARTMENT_BEFORE,
    NOT_A_REGION,
    NOT_PLACE_WORDS,
    STREET_SUFFIXES,
    STREET_TYPES,
)

MAX_NAME_TOKENS = 6
CODED_KINDS = ("postcode", "postcode-written", "foreign-postcode")  # hits read from a postcode
_MIN_ABROAD_KEY = 4  # "Il", "Bar", "Van": foreign towns that are words
_JOINED = re.compile(r"-\w")
# "Veerle HEIREMANS" alone on its line, "Veerle.Heiremans@…": a first name that is also a village, with the
# person's surname in capitals or in their e-mail address.
_SURNAME_LINE = re.compile(r"[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]{3,}(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+)*[ \t]*(?:\n|$)")
_MAILBOX = re.compile(r"[._-][\w.-]*@")
_HOME_COUNTRY = frozenset({"belgique", "belgie", "belgium", "belgien"})
# What lets a town that is also a word ("Mol", "Boom", "As") count: a preposition, a list, or a site word
# ("campus Mol", "antenne de Boom", "Standplaats: Mol"), or the local council named after it ("OCMW-Zele").
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:a|au|te|in|op|en|near|nabij|bij|campus|site|antenne|vestiging|locatie|standplaats|zetel)\s+|"
    r"\b(?:ocmw|cpas|gemeente|stad)[\s-]+|[,/:]\s*)$"
)
_TOKEN = re.compile(r"[a-z0-9]+")
# What may join the words of one name: "Woluwe-Saint-Lambert", "Braine-l'Alleud".
_NAME_GAP = re.compile(r"[ \-'.]{0,2}")
# A 4-digit Belgian postcode, maybe with its country prefix, then the town: "B-1000 Bruxelles", "1080 - Molenbeek".
_POSTCODE = re.compile(
    # the town on the same line: "… augustus 2020\n\nDOEL VAN DE FUNCTIE" is a year over a heading
    r"(?<![\w.,/+€$£\-])(?<![€$£] )(?:b\s?-\s?|be\s?-\s?)?(?P<code>[1-9]\d{3})(?:[ \t]*[-,][ \t]*|[ \t]+)(?=[a-z(])"
)
# Foreign postcodes: France/Germany "75011 Paris", Netherlands "1012 AB Amsterdam", Luxembourg "L-1234 Luxembourg".
_FOREIGN_POSTCODE = re.compile(
    r"(?<![\w.,/+€$£\-])(?<![€$£] )(?:(?:[FD]\s?-\s?)?\d{5}|\d{4}\s?[A-Z]{2}|L\s?-\s?\d{4})[ \t]+(?P<name>[A-ZÀ-Ý][\w'’]+(?:-[\w'’]+)*)|"
    # "Clermont-Ferrand, 63000" alone on its line: the town, then its postcode
    r"(?m:^(?P<name_first>[A-ZÀ-Ý][\w'’]+(?:-[\w'’]+)*),[ \t]*(?:[FD]-)?\d{5}[ \t]*$)"
)
# A written town name the reference does not know, after a known postcode: "6640 Morhet".
_WRITTEN_NAME = re.compile(r"[A-ZÀ-Ý][\w'’]+(?:-[\w'’]+)*")
# A capital starting a word, after an elided article ("d'Ixelles", "l'Hainaut") or a public body's acronym
# ("OCMW-Temse").
_WORD_START = re.compile(r"(?:(?<![\w\-'’])|(?<=(?<!\w)[dlDL]['’])|(?<=(?i:ocmw|cpas)-))[A-ZÀ-Ý]")
_NOT_A_REGION = re.compile("|".join(NOT_A_REGION))
_DEPARTMENT = re.compile(DEPARTMENT_BEFORE)
_ABROAD_AFTER = re.compile(ABROAD_AFTER)
_ABROAD_BEFORE = re.compile(ABROAD_BEFORE)
_WORDS_BEFORE = re.compile(r"[a-z][a-z' \-]{0,40}$")
_NUMBER = (
    r"\d{1,4}(?:\s?[a-zA-Z](?!\w))?(?:\s*(?:(?i:"
    + "|".join(re.escape(b) for b in BOX_WORDS)
    + r")\s*|/\s*)\d{1,4}[a-zA-Z]?)?"
)
_STREET = re.compile(
    # "Rue Haute 12", "avenue de la Toison d'Or 54 bte 3"
    r"(?<!\w)(?i:"
    + "|".join(re.escape(t) for t in STREET_TYPES)
    + r")\s+[^\n,;:()]{1,60}?\s*,?\s*"
    + _NUMBER
    + r"(?!\d)"
    # "Kerkstraat 5 bus 2", "Grote Markt 1"
    r"|(?:(?<![\w\-])[A-ZÀ-Ý][\w'’.\-]*\s+){0,2}(?<![\w])[\w'’\-]*(?:"
    + "|".join(STREET_SUFFIXES)
    + r")\s+"
    + _NUMBER
    + r"(?!\d)"
)
# A town named in a street's name: "rue de Namur", "chaussée de Louvain" (not "domaine de la santé à Namur").
_STREET_NAME_BEFORE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(t) for t in STREET_TYPES)
    + r")\s+(?:de la |de l'|de |d'|du |des )?(?:(?!(?:a|au|en|in|te|sur|pour|dans|et) )[a-z'\-]+ ){0,2}$"
)


@dataclass(frozen=True)
class Hit:
    start: int  # where the hit starts in Doc.text (the postcode, or the name)
    end: int
    city: str | None
    postcode: str | None
    region: str | None
    # postcode, postcode-written, foreign-postcode, place, province, region, luxembourg; abroad (a foreign
    # town's name, maybe a word), foreign (a foreign town the text places abroad), country, department
    kind: str
    key: str = ""  # the folded name key


def _keys_at(folded: str, pos: int) -> list[tuple[str, int]]:
    """The keys of the 1..6 words starting at pos, with where each ends: ("woluwe", 6), ("woluwe saint", 13)…"""
    out, words, at = [], [], pos
    for _ in range(MAX_NAME_TOKENS):
        match = _TOKEN.match(folded, at)
        if not match:
            break
        words.append(match.group())
        out.append((" ".join(words), match.end()))
        gap = _NAME_GAP.match(folded, match.end())
        if not gap or gap.end() == match.end() or "\n" in gap.group():
            break
        at = gap.end()
    return out


@cache
def _shown_as_reference() -> frozenset[str]:
    return frozenset(name_key(alias) for alias in ALIASES_SHOWN_AS_REFERENCE)


def _display(doc: Doc, start: int, end: int, reference: str) -> str:
    """The text's spelling of a known name, unless shouted in capitals or an exonym ("Brussels"), or a
    foreign town's name written without its accents or hyphens ("Saint Etienne"); in English, Brussels
    under any of its names is shown as "Bruxelles", as "Brussels" is."""
    written = doc.text[start:end]
    key = name_key(written)
    if (written.isupper() and len(written) > 3) or key in _shown_as_reference():
        return reference
    if (
        written != reference
        and key == name_key(reference)
        and abroad.town(key)
        and not belgium.place(written)
    ):
        return reference
    if key in _brussels_keys() and doc.lang == "en":
        return belgium.places()[name_key(BRUSSELS_NAMES[0])].name
    return written


@cache
def _brussels_keys() -> frozenset[str]:
    return frozenset(name_key(name) for name in BRUSSELS_NAMES)


def postcode_hits(doc: Doc) -> list[Hit]:
    hits = []
    for match in _POSTCODE.finditer(doc.folded):
        code = match.group("code")
        info = belgium.postcode(code)
        if info is None:
            continue
        name_at = match.end() + (1 if doc.folded[match.end()] == "(" else 0)
        hit = _known_name_after(doc, match.start(), name_at, code, info.region) or _written_name_after(
            doc, match.start(), name_at, code, info.region
        )
        if hit:
            hits.append(hit)
    return hits


def _known_name_after(doc: Doc, start: int, name_at: int, code: str, region: str) -> Hit | None:
    names = belgium.names_of_postcode(code)
    for key, end in reversed(_keys_at(doc.folded, name_at)):
        place = belgium.places().get(key)
        # "1200 Bruxelles" is how many write a Brussels commune: a known place of the same region will do.
        if key in names or (place and place.region == region and len(key) > 3):
            return Hit(
                start,
                end,
                _display(doc, name_at, end, place.name if place else key),
                code,
                region,
                "postcode",
                key,
            )
    return None


def _written_name_after(doc: Doc, start: int, name_at: int, code: str, region: str) -> Hit | None:
    """A capitalised town name the reference lacks ("6640 Morhet"); not after what could be a year, nor a
    Swiss or Luxembourg address ("1200 Genève") or a country."""
    if 1900 <= int(code) < 2100:
        return None
    match = _WRITTEN_NAME.match(doc.text, name_at)
    key = name_key(match.group()) if match else ""
    if not match or key in NOT_PLACE_WORDS or abroad.country(key) or _abroad_postcode(code, key):
        return None
    return Hit(start, match.end(), match.group(), code, region, "postcode-written", key)


def _abroad_postcode(code: str, key: str) -> bool:
    return any(key in abroad.names_of_postcode(country, code) for country in ("CH", "LU"))


def foreign_postcode_hits(doc: Doc) -> list[Hit]:
    hits = []
    for match in _FOREIGN_POSTCODE.finditer(doc.text):
        group = "name" if match.group("name") else "name_first"
        name = match.group(group)
        if name_key(name) in NOT_PLACE_WORDS:
            continue
        end = match.end(group)
        if group == "name":  # "97320 Saint-Laurent du Maroni": the longest town the reference knows
            end = next(
                (e for k, e in reversed(_keys_at(doc.folded, match.start(group))) if abroad.town(k)), end
            )
        key = name_key(doc.text[match.start(group) : end])
        city = _display(
            doc, match.start(group), end, abroad.town(key).name if abroad.town(key) else name.title()
        )
        hits.append(Hit(match.start(), max(end, match.end()), city, None, "other", "foreign-postcode", key))
    for match in _POSTCODE.finditer(doc.folded):  # "1003 Lausanne", "4365 Esch-sur-Alzette"
        for key, end in reversed(_keys_at(doc.folded, match.end())):
            if _abroad_postcode(match.group("code"), key) and key not in belgium.names_of_postcode(
                match["code"]
            ):
                city = _display(doc, match.end(), end, abroad.town(key).name)
                hits.append(Hit(match.start(), end, city, None, "other", "foreign-postcode", key))
                break
    return hits


def _excluded_spans(doc: Doc) -> list[tuple[int, int]]:
    return [m.span() for m in _NOT_A_REGION.finditer(doc.folded)]


def _lookup(key: str) -> tuple[str, str | None, str] | None:
    """(kind, region, reference name) of a key: Belgian names first, then countries, then foreign towns."""
    if key in ("luxembourg", "luxemburg"):
        return "luxembourg", None, "Luxembourg"
    for kind, table in (
        ("region", belgium.regions()),
        ("place", belgium.places()),
        ("province", belgium.provinces()),
    ):
        if key in table:
            return kind, table[key].region, table[key].name
    if abroad.country(key):
        return "country", "other", key
    if " " in key and abroad.department(key):  # "dans le Val-de-Marne"; "Nord", "Somme" are words too
        return "department", "other", key
    town = abroad.town(key)
    return ("abroad", "other", town.name) if town else None


def abroad_confirmed(doc: Doc, start: int, end: int, key: str) -> bool:
    """A foreign town's name written with its country or département: "Bamako, Mali", "Lille (France)",
    "Vitré (Ille-et-Vilaine)", "BURKINA FASO, Ouagadougou"."""
    town = abroad.town(key)
    if town is None:
        return False
    after = _ABROAD_AFTER.match(doc.folded, end)
    if after:
        for next_key, _ in reversed(_keys_at(doc.folded, after.end())):
            code = abroad.country(next_key)
            department = abroad.department(next_key)
            if code or department:
                return town.is_in(code) if code else key in department.towns
    before = _ABROAD_BEFORE.search(doc.folded, max(0, start - 6), start)
    words = _WORDS_BEFORE.search(doc.folded, max(0, start - 46), before.start()) if before else None
    if words:
        tokens = _TOKEN.findall(words.group())
        for size in range(min(4, len(tokens)), 0, -1):
            code = abroad.country(" ".join(tokens[-size:]))
            if code:
                return town.is_in(code)
    return False


def department_hits(doc: Doc, start: int = 0, end: int | None = None) -> list[Hit]:
    """ "Conseil départemental du Finistère": a French département, so a post in France, town unknown."""
    hits = []
    for match in _DEPARTMENT.finditer(doc.folded, start, len(doc.folded) if end is None else end):
        for key, key_end in reversed(_keys_at(doc.folded, match.end())):
            if abroad.department(key) and doc.text[match.end()].isupper():
                hits.append(Hit(match.end(), key_end, None, None, "other", "department", key))
                break
    return hits


def name_hits(doc: Doc, start: int = 0, end: int | None = None) -> list[Hit]:
    """Known names written with a capital: Belgian places, provinces, regions, foreign towns and countries."""
    excluded = _excluded_spans(doc)
    hits: list[Hit] = []
    last_end = -1
    for word in _WORD_START.finditer(doc.text, start, len(doc.text) if end is None else end):
        pos = word.start()
        if pos < last_end or any(s <= pos < e for s, e in excluded):
            continue
        hit = _name_hit(doc, pos)
        if hit:
            hits.append(hit)
            last_end = hit.end
    return hits


def _name_hit(doc: Doc, pos: int) -> Hit | None:
    for key, key_end in reversed(_keys_at(doc.folded, pos)):
        found = _lookup(key)
        if not found or len(key) < (_MIN_ABROAD_KEY if found[0] == "abroad" else 2):
            continue
        kind, region, reference = found
        if kind == "abroad" and _JOINED.match(doc.text, key_end):
            continue  # "Grand-Duché": the word goes on
        if _MAILBOX.match(doc.text, key_end) or _is_first_name(doc, pos, key_end):
            return None
        if key in COMMON_WORD_PLACES and (
            doc.text[pos:key_end].isupper()  # "AS", "SPA": an acronym
            or not _PLACE_PREPOSITION_BEFORE.search(doc.folded, max(0, pos - 14), pos)
        ):
            return None
        if _STREET_NAME_BEFORE.search(doc.folded, max(0, pos - 40), pos):
            return None  # "rue de Namur", "chaussée de Louvain", "rue du Faubourg de Roubaix": a street
        if kind in ("abroad", "place") and abroad_confirmed(doc, pos, key_end, key):
            kind, region, reference = "foreign", "other", abroad.town(key).name  # "Lille (France)"
        city = (
            None
            if kind in ("region", "province", "country", "department")
            else _display(doc, pos, key_end, reference)
        )
        return Hit(pos, key_end, city, None, region, kind, key)
    return None


def _is_first_name(doc: Doc, start: int, end: int) -> bool:
    surname = _SURNAME_LINE.match(doc.text, end)
    if surname is None or doc.text[start:end].isupper() or doc.text[doc.line_at(start).start : start].strip():
        return False
    key = name_key(surname.group().strip())
    return key not in _HOME_COUNTRY and _lookup(key) is None


def street_before(doc: Doc, pos: int) -> tuple[str, int] | None:
    """The street line written just before a town ("Rue Haute 12, 1000 Bruxelles"), on its line or the one above."""
    line = doc.line_at(pos)
    start = line.start
    if not doc.text[line.start : pos].strip(" ,-–") and line.number > 0:
        start = doc.lines[line.number - 1].start
    matches = list(_STREET.finditer(doc.text, start, pos))
    if not matches:
        return None
    last = matches[-1]
    between = doc.text[last.end() : pos]
    if len(between.strip(" ,-–\n")) > 3:
        return None
    return last.group().strip(" ,"), last.start()


def streets_in(doc: Doc, start: int, end: int) -> list[str]:
    return [match.group().strip(" ,") for match in _STREET.finditer(doc.text, start, end)]
