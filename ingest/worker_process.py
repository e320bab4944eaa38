"""The command line of one Celery worker for the ingest queue, as tests and benchmarks start it."""

from __future__ import annotations

import sys


def worker_command(hostname: str) -> list[str]:
    """A solo-pool worker on the ingest queue; `hostname` must be unique among running workers."""
    return [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "jobboard",
        "worker",
        "--pool=solo",
        "--queues=ingest",
        "--loglevel=warning",
        f"--hostname={hostname}",
    ]
