"""How to apply (e-mail, link), whom to ask (contact person) and which languages are required."""

from __future__ import annotations

import re
from itertools import pairwise

from ..document import Doc
from ..normalize import fold
from ..types import Found
from ..vocab_contacts import (
    APPLY_CUES,
    BILINGUAL_WORDS,
    GENERIC_LOCAL_PARTS,
    HONORIFICS,
    INFO_CUES,
    LANGUAGE_BONUS_CUES,
    LANGUAGE_NAMES,
    LANGUAGE_REQUIRED_CUES,
    URL_APPLY_CUES,
)

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?![\w-])", re.IGNORECASE)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_APPLY_LOCAL_PARTS = re.compile(
    r"^(?:candidature|jobs?|rh|hr|recrut|sollicit|vacature|emploi|personeel|career)"
)


def _cue_re(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![a-z])(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + ")"
    )


_APPLY_CUE = _cue_re(APPLY_CUES)
_INFO_CUE = _cue_re(INFO_CUES)
_URL_CUE = _cue_re(URL_APPLY_CUES)
_BONUS = _cue_re(LANGUAGE_BONUS_CUES)
_REQUIRED = _cue_re(LANGUAGE_REQUIRED_CUES)
_LANGUAGE_WORD = re.compile(
    r"(?<![a-z])("
    + "|".join(sorted((n for n in LANGUAGE_NAMES if len(n) > 2), key=len, reverse=True))
    + r")(?![a-z])"
)
_LANGUAGE_CODES = re.compile(r"(?<![a-z])(fr|nl|en|de|lb)(?![a-z])")
_LANGUAGE_CODE_PAIR = re.compile(r"(?<![a-z])(fr|nl|en|de)\s*[/-]\s*(fr|nl|en|de)(?![a-z])")
_BILINGUAL = _cue_re(BILINGUAL_WORDS)
# "Vous êtes francophone", "Je bent Nederlandstalig": the candidate described as a speaker of the language.
_SPEAKER = re.compile(
    r"(?<![a-z])(?:vous etes|tu es|je bent|u bent|you are)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:francophone|neerlandophone|anglophone|germanophone|franstalig|nederlandstalig|engelstalig|duitstalig|"
    r"native (?:english|french|dutch|german) speaker)"
)
_CLAUSE_END = re.compile(r"[;.!?\n]|,\s(?=[a-z])")
# "de l'arabe, du turc ou du néerlandais est un atout": the list goes on, and so does its "atout".
# "het Arabisch, het Pools of het Roemeens is mooi meegenomen": an article goes on only before a language.
_CONTINUES_LIST = re.compile(r"^\s*(?:du|de la|de l'|de|d'|des|ou|et|or|and|of|of het|en het|en)\s")
# "le français est indispensable" after "… est un plus, ": an article before a language opens a new statement,
# unless the clause carries on a list with a conjunction ("het Pools of het Roemeens is mooi meegenomen").
_ARTICLE_LANGUAGE = re.compile(r"^\s*(?:het|le|la|l'|the)\s*" + _LANGUAGE_WORD.pattern)
_CONJUNCTION = re.compile(r"\b(?:ou|et|or|and|of|en)\s")
# "knowledge of Arabic, Dari or Tigrinya is an asset": a bare language goes on a list that ended on one;
# "English and French required, Dutch is an asset" starts a new statement.
_BARE_LANGUAGE = re.compile(r"^\s*" + _LANGUAGE_WORD.pattern)
_ENDS_ON_LANGUAGE = re.compile(_LANGUAGE_WORD.pattern + r"\s*,?\s*$")
# "a bilingual university hospital", "de tweetalige context in Brussel": the place is bilingual, not the
# candidate.
_PLACES = (
    r"(?:hospital|hopital|ziekenhuis|institution|instelling|city|ville|stad|region|regio|context|contexte|"
    r"environment|environnement|omgeving|organisation|organisatie|setting|capitale|hoofdstad|commune|gemeente|"
    r"groupe?|groep|team|equipe|dienst|service|collega\w*|colleagues|collegues|milieu|public|publiek|werkomgeving)"
)
_BILINGUAL_PLACE = re.compile(
    r"(?<![a-z])(?:bilingu|tweetalig)\w*\s+(?:(?:university|universitair|academic|[a-z]+e)\s+)?"
    + _PLACES
    + r"|(?<![a-z])"
    + _PLACES
    + r"\s+(?:[a-z]+\s+)?bilingu\w*"
)
# "le français ou le néerlandais", "Arabic or Dari/Pashto": languages offered as alternatives are none of them
# required.
_ALTERNATIVES_ONLY = re.compile(r"^[\s,/]*(?:(?:ou|or|of|soit)\s+(?:(?:le|la|l'|het|en)\s*)?)?[\s/]*$")
# "visits to Arabic-speaking countries": the language of a place or of the people served, not the candidate's.
_SPOKEN_IN = re.compile(
    _LANGUAGE_WORD.pattern
    + r"[- ](?:speaking|sprekende|talige) (?:countr|region|communit|population|area|world|famil|patient|client|"
    r"beneficiar|people|migrant|land|landen|gemeenschap|gezin)\w*"
)
# "(Arabic is an asset)": a remark in brackets speaks only for itself.
_BRACKETED = re.compile(r"\([^()]*\)")

# "Madame DUPONT", "M. Jean Peeters", "Sarah Janssens": a person's name, honorific optional.
_HONORIFIC = r"(?i:(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+)"
_PERSON = re.compile(
    r"(?P<hon>" + _HONORIFIC + r")?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'\-]+(?:\s+(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Ll]e|[Ll]a|[Dd]u)\s+)*[A-ZÀ-Ý][A-Za-zà-ÿ'\-]+){0,2}"
    r"|[A-ZÀ-Ý][A-ZÀ-Ý'\-]{2,}(?:\s+[A-ZÀ-Ý][a-zà-ÿ'\-]+)?)",
)
_NOT_A_PERSON = re.compile(
    r"(?i)\b(?:asbl|vzw|service|centre|maison|ville|commune|cpas|ocmw|hopital|hôpital|rue|avenue|chaussée|"
    r"straat|laan|département|departement|direction|bruxelles|brussel|madame|monsieur|ressources|humaines|"
    r"candidature|réseau|reseau|équipe|equipe|secrétariat|secretariat|tel|tél|gsm|email|e-mail|mail)\b"
)


def _nearest_cue_before(doc: Doc, pos: int, window: int = 350) -> tuple[str, int] | None:
    """The kind ('apply' or 'info') of the cue nearest before `pos`, and its distance."""
    start = max(0, pos - window)
    text = doc.folded[start:pos]
    best: tuple[str, int] | None = None
    for kind, pattern in (("apply", _APPLY_CUE), ("info", _INFO_CUE)):
        for match in pattern.finditer(text):
            distance = len(text) - match.end()
            if best is None or distance < best[1]:
                best = (kind, distance)
    return best


def find_apply_email(doc: Doc) -> Found:
    scored: list[tuple[float, int, str]] = []
    seen: set[str] = set()
    # A posting giving one address and no link gives it for applying, unless it says it is for questions.
    only_address = len({m.group(0).strip(".").lower() for m in _EMAIL.finditer(doc.text)}) == 1
    sole_way = only_address and find_apply_url(doc).value is None
    for match in _EMAIL.finditer(doc.text):
        email = match.group(0).strip(".")
        key = email.lower()
        if key in seen:
            continue
        seen.add(key)
        local = key.split("@")[0]
        score = 0.0
        cue = _nearest_cue_before(doc, match.start())
        if cue and cue[0] == "apply":
            score += 0.85 if cue[1] < 160 else 0.65
        elif cue and cue[0] == "info":
            score -= 0.5
        if _APPLY_LOCAL_PARTS.match(local):
            score += 0.3
        if local in GENERIC_LOCAL_PARTS and not (cue and cue[0] == "apply"):
            score -= 0.3
        after = doc.folded[match.end() : match.end() + 80]
        if _APPLY_CUE.search(after) and not _INFO_CUE.search(after):
            score += 0.1
        if sole_way:
            score += 0.5
        scored.append((score, match.start(), email))
    if not scored:
        return Found(None, 0.0)
    score, start, email = max(scored, key=lambda item: (item[0], -item[1]))
    if score < 0.5:
        return Found(None, 0.0)
    return Found(email, min(0.95, score), doc.sentence(start, 200), start, "email-near-apply-cue")


def _posting_page(url: str) -> bool:
    """ "…/en/job/cultural-mediator-…": a URL whose path names one job offer, not a site or its jobs page."""
    path = re.sub(r"^(?:https?://)?[^/]+", "", url.lower())
    return bool(_POSTING_PATH.search(path))


def find_apply_url(doc: Doc) -> Found:
    for match in _URL.finditer(doc.text):
        url = match.group(0).rstrip(".,;:")
        line = doc.line_at(match.start())
        before = doc.folded[max(line.start - 160, 0) : match.start()]
        same_line = doc.folded[line.start : match.start()]
        if _SITE_LABEL.search(same_line):
            # "Site web : www.asbl.be" names the organisation's site; "Site web : …/job/psychologue-42" the offer.
            if _posting_page(url):
                return Found(url, 0.6, doc.sentence(match.start(), 200), match.start(), "posting-page")
            continue
        # The cue must sit in the same sentence, or end the line just above ("Postulez ici :").
        cue_here = _URL_CUE.search(same_line)
        cue_above = (
            (not same_line.strip()) and before.rstrip().endswith(":") and _URL_CUE.search(before[-120:])
        )
        if not (cue_here or cue_above):
            continue
        if _INFO_CUE.search(same_line) and not _APPLY_CUE.search(same_line):
            continue
        return Found(url, 0.75, doc.sentence(match.start(), 200), match.start(), "url-near-apply-cue")
    return Found(None, 0.0)


_SITE_LABEL = re.compile(r"(?:^|[.!?;]\s)\s*(?:site web|site internet|website|web ?site)\s*:?\s*$")
_POSTING_PATH = re.compile(
    r"/(?:jobs?|vacatures?|vacancies|vacancy|offres?(?:-d-emploi)?|emplois?|careers?|postes?|werken-bij)/[^/?#\s]{6,}"
)


def _person_in(text: str) -> re.Match[str] | None:
    for match in _PERSON.finditer(text):
        name = match.group("name")
        if _NOT_A_PERSON.search(name) or not (match.group("hon") or " " in name.strip()):
            continue
        if not name[0].isupper():
            continue
        return match
    return None


_CONTACT_PHRASE = re.compile(
    r"(?:aupres de|contacter|contactez|joindre|s'adresser a|contactpersoon|contact\s*:|contacteer|bij)\s+",
)


def find_contact_person(doc: Doc) -> Found:
    for item in doc.labelled_values("contact"):
        match = _person_in(item.value[:80])
        if match:
            return Found(
                match.group("name").strip(), 0.8, item.value[:200], item.start + match.start("name"), "label"
            )
    for cue in _CONTACT_PHRASE.finditer(doc.folded):
        window = doc.text[cue.end() : cue.end() + 70]
        match = _person_in(window)
        if match and match.start() == 0:
            start = cue.end() + match.start("name")
            return Found(match.group("name").strip(), 0.7, doc.sentence(start, 200), start, "contact-phrase")
    return Found(None, 0.0)


def _clauses(text: str) -> list[tuple[int, str]]:
    """Clauses of a text; a clause continuing the list of the one before is joined to it."""
    out: list[tuple[int, str]] = []
    start = 0
    for end in [*_CLAUSE_END.finditer(text), None]:
        stop = end.start() if end else len(text)
        clause = text[start:stop]
        goes_on = (
            _CONTINUES_LIST.match(clause)
            or (_ARTICLE_LANGUAGE.match(clause) and _CONJUNCTION.search(clause))
            or (_BARE_LANGUAGE.match(clause) and out and _ENDS_ON_LANGUAGE.search(out[-1][1]))
        )
        if out and text[start - 2 : start - 1] == "," and goes_on:
            out[-1] = (out[-1][0], text[out[-1][0] : stop])
        else:
            out.append((start, clause))
        start = end.end() if end else start
    return out


def _codes_in(folded: str, *, abbreviations: bool) -> list[str]:
    """Language names in a phrase; bare codes only in a label's value, code pairs ("FR/NL") anywhere."""
    codes = [LANGUAGE_NAMES[m.group(1)] for m in _LANGUAGE_WORD.finditer(folded)]
    for pair in _LANGUAGE_CODE_PAIR.finditer(folded):
        codes += [pair.group(1), pair.group(2)]
    if abbreviations:
        codes += [m.group(1) for m in _LANGUAGE_CODES.finditer(folded)]
    if _BILINGUAL.search(folded) and not codes:
        codes = ["fr", "nl"]
    return codes


def _from_label(doc: Doc) -> tuple[list[str], int, str]:
    for item in doc.labelled_values("languages"):
        index = next(
            i for i, line in enumerate(doc.nonblank) if line.number >= doc.line_at(item.start).number
        )
        lines = [item.value] + [
            line.text for line in doc.nonblank[index + 1 : index + 6] if len(line.text) < 50
        ]
        codes: list[str] = []
        for number, text in enumerate(lines):
            folded = fold(text)
            if not re.search(r"[a-z]", folded):  # list numbering such as "4."
                continue
            # Bare codes ("FR", "NL") count in the label's own value; below it "de" is a word, not German.
            found = _codes_in(folded, abbreviations=number == 0)
            if not found:
                break
            # "Talen: Frans, kennis van het Nederlands een voordeel": each clause keeps or loses its own.
            # Bare codes only in a short value ("FR, NL"): in a sentence "de" and "en" are words.
            # "Essential: French or English": languages offered as alternatives are none of them required.
            for _, clause in _clauses(folded):
                if not _BONUS.search(clause) and not _alternatives(clause):
                    codes += _codes_in(clause, abbreviations=number == 0 and len(folded) <= 40)
        if codes:
            return codes, item.start, " / ".join(lines)[:200]
    return [], -1, ""


def _from_phrases(doc: Doc) -> tuple[list[str], int, str]:
    codes: list[str] = []
    start, evidence = -1, ""
    for offset, clause in _clauses(doc.folded):
        clause = _BILINGUAL_PLACE.sub(lambda m: " " * len(m.group(0)), clause)
        clause = _SPOKEN_IN.sub(lambda m: " " * len(m.group(0)), clause)
        clause = _BRACKETED.sub(lambda m: " " if _BONUS.search(m.group(0)) else m.group(0), clause)
        required = _REQUIRED.search(clause) or _BILINGUAL.search(clause) or _SPEAKER.search(clause)
        if not required or _BONUS.search(clause):
            continue
        found = _codes_in(clause, abbreviations=False)
        if found and _alternatives(clause):
            continue
        if found:
            codes += found
            if start < 0:
                start, evidence = offset, doc.text[offset : offset + len(clause)][:200]
    return codes, start, evidence


def _alternatives(clause: str) -> bool:
    """True if the languages of the clause are joined only by "ou"/"or"/"of" (and slashes)."""
    words = list(_LANGUAGE_WORD.finditer(clause))
    if len(words) < 2:
        return False
    gaps = [clause[a.end() : b.start()] for a, b in pairwise(words)]
    return all(_ALTERNATIVES_ONLY.match(gap) for gap in gaps) and any(
        re.search(r"\b(?:ou|or|of|soit)\b", gap) for gap in gaps
    )


def find_languages(doc: Doc) -> Found:
    codes, start, evidence = _from_label(doc)
    strategy = "label" if codes else "requirement-phrase"
    # A label ("Langue : francophone") and a requirement further down ("connaissance du néerlandais
    # demandée") add up.
    phrase_codes, phrase_start, phrase_evidence = _from_phrases(doc)
    if not codes:
        start, evidence = phrase_start, phrase_evidence
    unique = tuple(dict.fromkeys(codes + phrase_codes))
    if not unique:
        return Found((), 0.0)
    return Found(unique, 0.8 if strategy == "label" else 0.7, evidence, start, strategy)
