"""Run a parsing task on untrusted bytes in a child process bounded in time and memory.

A PDF whose streams inflate to gigabytes, or one that sends the parser into a loop, must cost one
failed document, not a dead Celery worker (MEASURED.md: pdfplumber takes ~2 GB and 10 s on a 1 MB
bomb). The child is a fresh interpreter (`python -m ingest.reading.sandbox TASK`): nothing is inherited
from the parent's state, it caps its own address space and CPU time before parsing, and it is started in
its own session so a timeout kills it together with any tesseract it started.

Protocol: the bytes on stdin, task options as JSON in argv, the result as one JSON object on stdout.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# Address-space cap of the child: pdfplumber on an ordinary posting stays far below it.
MEMORY_LIMIT = 1536 * 1024 * 1024

# Task name → "module:function"; the function takes the bytes and keyword options and returns a dict.
TASKS = {
    "pdf_text": "ingest.reading.pdf:extract_pages",
    "ocr": "ingest.reading.ocr:ocr_pages",
}

_PROJECT_ROOT = Path(__file__).resolve().parents[2]


class ChildFailed(Exception):
    """The child did not return a result: `reason` is "timeout", "memory" or "crash"."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail = reason, detail


def run_in_child(task: str, content: bytes, *, timeout: float, memory: int = MEMORY_LIMIT, **options) -> dict:
    """Run TASKS[task](content, **options) in a bounded child; return its dict or raise ChildFailed."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(_PROJECT_ROOT), os.environ.get("PYTHONPATH")])),
        "OMP_THREAD_LIMIT": "1",  # tesseract's threads fight over the cores (MEASURED.md: 3 s vs 11.5 s)
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    limits = json.dumps({"memory": memory, "cpu": max(1, int(timeout) + 1)})
    command = [sys.executable, "-m", "ingest.reading.sandbox", task, json.dumps(options), limits]
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(content, timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.communicate()
        raise ChildFailed("timeout", f"stopped after {timeout:g} s") from None
    except BaseException:
        _kill_group(process)
        process.communicate()
        raise
    elapsed = time.monotonic() - started
    try:
        result = json.loads(stdout)
    except ValueError:
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [
            f"exit code {process.returncode}"
        ]
        reason = "memory" if "MemoryError" in tail[0] or process.returncode == -signal.SIGKILL else "crash"
        if process.returncode == -signal.SIGXCPU:
            reason = "timeout"
        raise ChildFailed(reason, tail[0][:300]) from None
    result.setdefault("child_ms", round(elapsed * 1000))
    return result


def _kill_group(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _child_main(argv: list[str]) -> int:
    import resource

    task, options, limits = argv[0], json.loads(argv[1]), json.loads(argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (limits["memory"], limits["memory"]))
    resource.setrlimit(resource.RLIMIT_CPU, (limits["cpu"], limits["cpu"] + 1))
    content = sys.stdin.buffer.read()
    module_name, function_name = TASKS[task].split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    try:
        result = function(content, **options)
    except MemoryError:
        result = {"failure": "memory"}
    # ASCII JSON: a lone surrogate from a broken font map survives the trip and is cleaned by the parent.
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
