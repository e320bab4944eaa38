"""Check tests/corpus: every docs/<id>.txt has one label and vice versa, keys complete, enums valid,
and literal values (emails, URLs, postcodes, amounts) appear in the text. Run: python3 tests/corpus/validate_labels.py"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
BASE = [
    "id",
    "source_url",
    "doc_lang",
    "is_vacancy",
    "employer",
    "employer_unit",
    "role",
    "role_category",
    "contract_type",
    "work_time",
    "hours_per_week",
    "fte",
    "salary_min",
    "salary_max",
    "pay_scale",
    "deadline",
    "start_date",
    "city",
    "postcode",
    "region",
    "languages",
    "apply_email",
    "apply_url",
    "notes",
]
EXTRA = ["group", "doc_kind", "pay_min", "pay_max", "pay_period", "pay_basis", "contact_person"]
POS = [
    "role",
    "role_category",
    "contract_type",
    "work_time",
    "hours_per_week",
    "fte",
    "salary_min",
    "salary_max",
    "pay_scale",
]
ENUMS = {
    "doc_lang": {"fr", "nl", "en", "de"},
    "role_category": {
        None,
        "psychologue",
        "psychiatre",
        "medecin",
        "infirmier",
        "assistant_social",
        "educateur",
        "coordinateur",
        "direction",
        "charge_de_projets",
        "administratif",
        "paramedical",
        "pair_aidant",
        "accueil",
        "recherche",
        "other",
    },
    "contract_type": {
        None,
        "CDI",
        "CDD",
        "remplacement",
        "statutaire",
        "independant",
        "stage",
        "benevolat",
        "interim",
    },
    "work_time": {None, "full_time", "part_time"},
    "region": {None, "bruxelles", "wallonie", "flandre", "other"},
    "group": {
        "free_fr",
        "free_nl",
        "portal",
        "public",
        "pay",
        "dates",
        "worktime",
        "place",
        "employer",
        "multi",
        "not_vacancy",
        "truncated",
        "en",
        "r_role",
        "terms",
        "r_terms",
        "de",
    },
    "doc_kind": {
        "vacancy",
        "internship",
        "meeting_report",
        "news",
        "event",
        "training",
        "article",
        "service_presentation",
        "volunteer_call",
        "directory",
        "careers_page",
    },
    "pay_period": {None, "month", "year", "hour", "day"},
    "pay_basis": {None, "gross", "net"},
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def region_of(postcode: str) -> str:
    n = int(postcode)
    if 1000 <= n <= 1299:
        return "bruxelles"
    if 1300 <= n <= 1499 or 4000 <= n <= 7999:
        return "wallonie"
    return "flandre"


def amount_in_text(value: float, text: str) -> bool:
    digits = re.sub(r"[\s.,\u202f\u00a0]", "", text)
    whole, _, cents = f"{value:.2f}".partition(".")
    return (whole + cents) in digits or (cents == "00" and whole in digits)


def check(label: dict, text: str) -> list[str]:
    errors = []
    keys = set(label)
    missing = set(BASE + EXTRA) - keys
    extra = keys - set(BASE + EXTRA) - {"positions"}
    if missing:
        errors.append(f"missing keys {sorted(missing)}")
    if extra:
        errors.append(f"unknown keys {sorted(extra)}")
    for key, allowed in ENUMS.items():
        if label.get(key) not in allowed:
            errors.append(f"{key}={label.get(key)!r} not allowed")
    if not isinstance(label.get("is_vacancy"), bool):
        errors.append("is_vacancy not bool")
    for key in ("deadline", "start_date"):
        v = label.get(key)
        if v is not None and not DATE.match(v) and not (key == "start_date" and v == "asap"):
            errors.append(f"{key}={v!r} bad format")
    if not isinstance(label.get("languages"), list):
        errors.append("languages not a list")
    for key in ("apply_email", "apply_url", "postcode", "contact_person"):
        v = label.get(key)
        in_text = v and (
            v.lower() in text.lower() or (key == "contact_person" and all(p in text for p in v.split()))
        )
        if v and not in_text:
            errors.append(f"{key}={v!r} not in text")
    pc = label.get("postcode")
    if pc and label.get("region") != region_of(pc):
        errors.append(f"region {label.get('region')} does not match postcode {pc}")
    entries = [label, *label.get("positions", [])]
    for e in entries:
        for key in ("salary_min", "salary_max", "pay_min", "pay_max"):
            v = e.get(key)
            if v is not None and not amount_in_text(v, text):
                errors.append(f"{key}={v} not in text")
        if (e.get("salary_min") is None) != (e.get("salary_max") is None):
            errors.append("salary_min/max: only one set")
    if label.get("salary_min") is not None and (label.get("pay_period"), label.get("pay_basis")) != (
        "month",
        "gross",
    ):
        errors.append("salary_* set but pay is not monthly gross")
    if "positions" in label:
        n = len(label["positions"])
        if f"multi:{n}" not in label["notes"]:
            errors.append(f"notes lacks multi:{n}")
        for p in label["positions"]:
            if set(p) != set(POS):
                errors.append(f"position keys {sorted(p)}")
            if (
                p.get("role_category") not in ENUMS["role_category"]
                or p.get("contract_type") not in ENUMS["contract_type"]
            ):
                errors.append(f"position enum {p}")
        for k in POS:
            if label[k] != label["positions"][0][k]:
                errors.append(f"top-level {k} differs from first position")
    if label["is_vacancy"] and label["doc_kind"] != "vacancy":
        errors.append("vacancy with doc_kind != vacancy")
    if not label["is_vacancy"] and label["doc_kind"] == "vacancy":
        errors.append("non-vacancy with doc_kind vacancy")
    if label["doc_kind"] == "internship" and label["contract_type"] is not None:
        errors.append("internship must have contract_type null")
    if not label["id"].startswith(label["group"] + "-"):
        errors.append("id does not start with group")
    return errors


def main() -> int:
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text().splitlines() if line.strip()]
    ids = [lab["id"] for lab in labels]
    docs = {p.stem for p in (HERE / "docs").glob("*.txt")}
    problems = []
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    problems += [f"{i}: no doc" for i in set(ids) - docs]
    problems += [f"{d}: no label" for d in docs - set(ids)]
    for lab in labels:
        if lab["id"] in docs:
            text = (HERE / "docs" / f"{lab['id']}.txt").read_text()
            problems += [f"{lab['id']}: {e}" for e in check(lab, text)]
    for p in problems:
        print(p)
    print(f"{len(labels)} labels, {len(docs)} docs, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
