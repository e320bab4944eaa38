"""Run a parsing task on untrusted bytes in a child process bounded in time and memory.

A PDF whose streams inflate to gigabytes, or one that sends the parser into a loop, must cost one
failed document, not a dead Celery worker (MEASURED.md: pdfplumber takes ~2 GB and 10 s on a 1 MB
bomb). The child caps its own address space and CPU time before parsing, and runs in its own session
so a timeout kills it together with any tesseract it started.

Children are forked from a multiprocessing forkserver that has already imported pdfplumber: a fresh
interpreter importing it costs ~190 ms per document, a fork ~15 ms, and the fork inherits nothing of the
caller's state (the server started clean). Where no forkserver can run (INGEST_SANDBOX=subprocess, or
the platform lacks it), each child is a fresh interpreter (`python -m ingest.reading.sandbox TASK`: the
bytes on stdin, options as JSON in argv, the result as one JSON object on stdout).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import logging
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

logger = logging.getLogger(__name__)

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
    limits = {"memory": memory, "cpu": max(1, int(timeout) + 1)}
    context = _forkserver()
    if context is not None:
        return _run_forked(context, task, content, timeout=timeout, limits=limits, options=options)
    return _run_interpreter(task, content, timeout=timeout, limits=limits, options=options)


# Imported once in the forkserver, so that each forked child starts with them loaded.
_PRELOAD = ["ingest.reading.sandbox", "ingest.reading.pdf", "pdfplumber", "pypdfium2"]
_START_LOCK = threading.Lock()


@functools.cache
def _forkserver() -> multiprocessing.context.BaseContext | None:
    if (
        os.environ.get("INGEST_SANDBOX") == "subprocess"
        or "forkserver" not in multiprocessing.get_all_start_methods()
    ):
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


@contextlib.contextmanager
def _without_main_module():
    """multiprocessing re-imports the caller's __main__ in every child (a test runner, a worker's CLI):
    slow, and unsafe for a script without a main guard. The child needs nothing from it."""
    with _START_LOCK:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main


def _run_forked(context, task: str, content: bytes, *, timeout: float, limits: dict, options: dict) -> dict:
    receiver, sender = context.Pipe(duplex=False)
    started = time.monotonic()
    process = context.Process(target=_forked_main, args=(task, content, options, limits, sender), daemon=True)
    try:
        with _without_main_module():
            process.start()
    except (OSError, RuntimeError, AssertionError) as error:
        receiver.close()
        sender.close()
        logger.warning("PDF sandbox: fork failed (%s); using a fresh interpreter", str(error)[:200])
        return _run_interpreter(task, content, timeout=timeout, limits=limits, options=options)
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise ChildFailed("timeout", f"stopped after {timeout:g} s")
        result = receiver.recv()
    except (EOFError, OSError):
        process.join(5)
        code = process.exitcode
        if code == -signal.SIGXCPU:
            raise ChildFailed("timeout", "CPU time limit reached") from None
        raise ChildFailed("memory" if code == -signal.SIGKILL else "crash", f"exit code {code}") from None
    finally:
        if process.is_alive():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
        process.join(5)
        receiver.close()
    if isinstance(result, BaseException):
        raise ChildFailed("crash", str(result)[:300])
    result.setdefault("child_ms", round((time.monotonic() - started) * 1000))
    return result


def _forked_main(task: str, content: bytes, options: dict, limits: dict, sender) -> None:
    os.setsid()
    os.environ["OMP_THREAD_LIMIT"] = "1"  # tesseract's threads fight over the cores (MEASURED.md)
    _limit(limits)
    try:
        result: object = _run_task(task, content, options)
    except Exception as error:  # reported by the parent as a crash of this document
        result = RuntimeError(f"{type(error).__name__}: {error}")
    sender.send(result)
    sender.close()


def _limit(limits: dict) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limits["memory"], limits["memory"]))
    resource.setrlimit(resource.RLIMIT_CPU, (limits["cpu"], limits["cpu"] + 1))


def _run_task(task: str, content: bytes, options: dict) -> dict:
    module_name, function_name = TASKS[task].split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    try:
        return function(content, **options)
    except MemoryError:
        return {"failure": "memory"}


def _run_interpreter(task: str, content: bytes, *, timeout: float, limits: dict, options: dict) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(_PROJECT_ROOT), os.environ.get("PYTHONPATH")])),
        "OMP_THREAD_LIMIT": "1",  # tesseract's threads fight over the cores (MEASURED.md: 3 s vs 11.5 s)
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    command = [sys.executable, "-m", "ingest.reading.sandbox", task, json.dumps(options), json.dumps(limits)]
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
    task, options, limits = argv[0], json.loads(argv[1]), json.loads(argv[2])
    _limit(limits)
    content = sys.stdin.buffer.read()
    result = _run_task(task, content, options)
    # ASCII JSON: a lone surrogate from a broken font map survives the trip and is cleaned by the parent.
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
