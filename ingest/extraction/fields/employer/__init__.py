"""The hiring organisation, and the service inside it when a larger body signs the contract.

An ordered chain of strategies: the first that finds a name the text does not disclaim wins, then the
name is refined (legal entity, unit, public body's usual name).
"""

from __future__ import annotations

from dataclasses import replace

from ...document import Doc
from ...types import Found
from .acronyms import paired
from .federal import federal_service
from .header import (
    from_header_line,
    from_label,
    from_public_body_place,
    from_title_for_body,
    from_title_offer,
    from_title_parts,
)
from .mentions import (
    from_email_domain,
    from_legal_form,
    from_repeated_name,
    from_signature,
    from_typed_name,
    with_legal_entity,
)
from .names import clean_org, credible, public_body_name
from .sections import from_org_section, from_work_at
from .sentences import (
    disclaimed,
    from_carrier,
    from_self_presentation,
    from_subject,
    from_subject_after_verb,
    from_town_population,
)
from .units import unit_alone, with_named_unit, with_unit_after_for

__all__ = ["clean_org", "find_employer", "public_body_name"]

_STRATEGIES = (
    from_carrier,
    from_label,
    from_public_body_place,
    from_title_for_body,
    from_title_offer,
    from_header_line,
    from_subject,
    from_subject_after_verb,
    from_work_at,
    from_town_population,
    from_title_parts,
    from_org_section,
    from_legal_form,
    from_self_presentation,
    from_typed_name,
    from_signature,
    from_repeated_name,
)


def find_employer(doc: Doc, *, apply_email: str | None = None, lang: str | None = None) -> dict[str, Found]:
    for strategy in _STRATEGIES:
        found = strategy(doc)
        if found and (disclaimed(doc, found["employer"].value) or not credible(found["employer"].value)):
            continue
        if found:
            found = with_named_unit(doc, with_unit_after_for(doc, with_legal_entity(doc, found)))
            employer = found["employer"]
            value = federal_service(paired(doc, public_body_name(employer.value)), lang)
            # What the refinements leave must still read as a name: "… à Amiens recrute 10 infirmiers" does not.
            if not credible(value, refined=True):
                continue
            return {**found, "employer": replace(employer, value=value)}
    return from_email_domain(doc, apply_email) or unit_alone(doc)
