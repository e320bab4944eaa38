"""PostgreSQL full-text search: unaccent, French and Dutch configurations that ignore accents, a trigger
keeping vacancies.search_vector current (role A, employer B, unit and place C, text D), a GIN index.
Nothing happens on SQLite, whose search falls back to the folded search_text column."""

from django.db import migrations

CONFIGS = {"fr_unaccent": ("french", "french_stem"), "nl_unaccent": ("dutch", "dutch_stem")}

SETUP = ["CREATE EXTENSION IF NOT EXISTS unaccent"]
for name, (parent, stemmer) in CONFIGS.items():
    SETUP += [
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name} CASCADE",
        f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {parent})",
        f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}",
    ]


def _weighted(column: str, weight: str) -> str:
    return (
        f"setweight(to_tsvector('fr_unaccent', coalesce({column}, '')), '{weight}') || "
        f"setweight(to_tsvector('nl_unaccent', coalesce({column}, '')), '{weight}')"
    )


VECTOR = " || ".join(
    [
        _weighted("NEW.role", "A"),
        _weighted("(SELECT name FROM vacancies_employer WHERE id = NEW.employer_id)", "B"),
        _weighted("NEW.employer_unit || ' ' || NEW.city || ' ' || NEW.postcode", "C"),
        _weighted("left(NEW.description, 20000)", "D"),
    ]
)
SETUP += [
    f"""CREATE OR REPLACE FUNCTION vacancies_search_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector := {VECTOR};
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS vacancies_search_vector ON vacancies_vacancy",
    """CREATE TRIGGER vacancies_search_vector BEFORE INSERT OR UPDATE OF role, employer_id, employer_unit, city,
    postcode, description ON vacancies_vacancy FOR EACH ROW EXECUTE FUNCTION vacancies_search_vector()""",
    "CREATE INDEX IF NOT EXISTS vacancies_vacancy_search_gin ON vacancies_vacancy USING gin (search_vector)",
    "UPDATE vacancies_vacancy SET role = role",  # fill existing rows through the trigger
]
TEARDOWN = [
    "DROP INDEX IF EXISTS vacancies_vacancy_search_gin",
    "DROP TRIGGER IF EXISTS vacancies_search_vector ON vacancies_vacancy",
    "DROP FUNCTION IF EXISTS vacancies_search_vector()",
    *[f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGS],
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0003_search_vector")]
    operations = [migrations.RunPython(_run(SETUP), _run(TEARDOWN))]
