"""The same vacancy published twice (by two sources, or by one under two addresses) is one vacancy.

A candidate duplicate has the same employer, the same role (compared without accents or case) and the
same deadline; it is confirmed when the two texts are mostly the same words (shingle overlap), so two
different psychologist posts of one employer with one deadline stay two vacancies.
"""

from __future__ import annotations

import re
from typing import Any

from vacancies.models import Vacancy
from vacancies.text import fold

# Share of 3-word shingles the two texts must have in common (Jaccard) to be the same posting.
SAME_TEXT = 0.6


def shingles(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", fold(text))
    return {tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1))}


def text_similarity(a: str, b: str) -> float:
    left, right = shingles(a), shingles(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def find_duplicate(values: dict[str, Any], *, source_key: str) -> tuple[Vacancy, float] | None:
    """An existing vacancy from another origin announcing the same post, and how similar the texts are."""
    employer = values.get("employer")
    if employer is None or not values.get("role"):
        return None
    candidates = (
        Vacancy.objects.filter(employer=employer, deadline=values.get("deadline"))
        .exclude(source_key=source_key)
        .exclude(status=Vacancy.Status.REJECTED)
        .only("pk", "role", "description", "source_key")
    )
    role = fold(values["role"])
    best: tuple[Vacancy, float] | None = None
    for candidate in candidates[:50]:
        if fold(candidate.role) != role:
            continue
        similarity = text_similarity(candidate.description, values.get("description", ""))
        if similarity >= SAME_TEXT and (best is None or similarity > best[1]):
            best = (candidate, similarity)
    return best


def merge_vacancies(primary: Vacancy, duplicates: list[Vacancy], *, actor: str = "") -> int:
    """Fold duplicates into `primary`: their documents move to it, they are rejected, each merge is logged."""
    from django.db import transaction

    from ingest.models import Decision

    merged = 0
    with transaction.atomic():
        for duplicate in duplicates:
            if duplicate.pk == primary.pk:
                continue
            documents = list(duplicate.documents.all())
            primary.documents.add(*documents)
            duplicate.reject(f"duplicate of vacancy #{primary.pk}")
            Decision.objects.create(
                kind=Decision.Kind.MERGE,
                vacancy=primary,
                other_vacancy=duplicate,
                reason=f"vacancy #{duplicate.pk} merged into #{primary.pk} with its {len(documents)} document(s)",
                actor=actor,
            )
            merged += 1
    return merged


def split_document(vacancy: Vacancy, document, *, actor: str = "") -> Vacancy:
    """Undo a merge: the document becomes its own vacancy again (parsed anew, never merged back)."""
    from django.db import transaction

    from ingest.extraction import extract
    from ingest.models import Decision
    from ingest.persistence import vacancy_upsert

    with transaction.atomic():
        vacancy.documents.remove(document)
        result = vacancy_upsert(document=document, extraction=extract(document.text), dedupe=False)
        Decision.objects.create(
            kind=Decision.Kind.SPLIT,
            vacancy=vacancy,
            other_vacancy=result.vacancy,
            document=document,
            reason=f"{document.origin} split off vacancy #{vacancy.pk} into #{result.vacancy.pk}",
            actor=actor,
        )
    return result.vacancy
