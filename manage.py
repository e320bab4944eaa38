#!/usr/bin/env python
import os
import sys

# Commands that read files and print results, serving and signing nothing: they run without a SECRET_KEY, so
# `python manage.py extract --format jsonl DOCS` works on any machine with no configuration.
SIGN_NOTHING = {"extract"}


def _in_project_venv() -> None:
    """Run under the project's .venv when the interpreter that started us lacks Django (`python manage.py …`
    right after `make venv`)."""
    try:
        import django  # noqa: F401
    except ImportError:
        venv = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".venv")
        venv_python = os.path.join(venv, "bin", "python")
        if os.path.exists(venv_python) and os.path.realpath(sys.prefix) != os.path.realpath(venv):
            os.execv(venv_python, [venv_python, *sys.argv])
        raise SystemExit(
            "Django is not installed: run `make venv` (or pip install -r requirements.txt) first."
        ) from None


def main() -> None:
    _in_project_venv()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings")
    if len(sys.argv) > 1 and sys.argv[1] in SIGN_NOTHING:
        os.environ["JOBBOARD_SIGNS_NOTHING"] = "1"
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
