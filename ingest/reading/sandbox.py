"""Run a parsing task on untrusted bytes in a child process bounded in time and memory.

A PDF whose streams inflate to gigabytes, or one that sends the parser into a loop, must cost one
failed document, not a dead Celery worker (MEASURED.md: pdfplumber takes ~2 GB and 10 s on a 1 MB
bomb). The child caps its own address space and CPU time before parsing, and runs in its own session
so a timeout kills it together with any tesseract it started.

Children are forked from a multiprocessing forkserver that has already imported pdfplumber: a fresh
interpreter importing it costs ~190 ms per document, a fork ~15 ms, and the fork inherits nothing of the
caller's state (the server started clean). A child then serves document after document (each under its
own limits) until one fails or TASKS_PER_CHILD have passed, so most documents pay no start-up at all. Where no forkserver can run (INGEST_SANDBOX=subprocess, or
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


class _Child:
    """A sandbox child that reads document after document: forking one per PDF costs ~15 ms, as much as
    reading a one-page posting. Any failure, or TASKS_PER_CHILD documents, retires it."""

    def __init__(self, context):
        self.owner = os.getpid()
        self.tasks = 0
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_serve, args=(child_end,), daemon=True)
        try:
            with _without_main_module():
                self.process.start()
        finally:
            child_end.close()

    def run(self, task: str, content: bytes, *, timeout: float, limits: dict, options: dict) -> dict:
        self.tasks += 1
        started = time.monotonic()
        try:
            self.connection.send((task, content, options, limits))
            if not self.connection.poll(timeout):
                raise ChildFailed("timeout", f"stopped after {timeout:g} s")
            result = self.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            self.process.join(5)
            code = self.process.exitcode
            if code == -signal.SIGXCPU:
                raise ChildFailed("timeout", "CPU time limit reached") from None
            raise ChildFailed("memory" if code == -signal.SIGKILL else "crash", f"exit code {code}") from None
        if isinstance(result, BaseException):
            raise ChildFailed("crash", str(result)[:300])
        result.setdefault("child_ms", round((time.monotonic() - started) * 1000))
        return result

    def usable(self) -> bool:
        return self.owner == os.getpid() and self.tasks < TASKS_PER_CHILD and self.process.is_alive()

    def stop(self) -> None:
        if self.owner == os.getpid():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.join(5)
        self.connection.close()


# A child serves this many documents, then a fresh one takes over (a parser's caches cannot pile up).
TASKS_PER_CHILD = 200
_children = threading.local()


def _run_forked(context, task: str, content: bytes, *, timeout: float, limits: dict, options: dict) -> dict:
    child = getattr(_children, "child", None)
    if child is not None and not child.usable():
        child.stop()
        child = None
    if child is None:
        try:
            child = _children.child = _Child(context)
        except (OSError, RuntimeError, AssertionError) as error:
            _children.child = None
            logger.warning("PDF sandbox: fork failed (%s); using a fresh interpreter", str(error)[:200])
            return _run_interpreter(task, content, timeout=timeout, limits=limits, options=options)
    try:
        result = child.run(task, content, timeout=timeout, limits=limits, options=options)
    except BaseException:
        # Whatever went wrong (a timeout, a crash, an interrupt), that child is not trusted again.
        child.stop()
        _children.child = None
        raise
    if "failure" in result:
        child.stop()
        _children.child = None
    return result


def _serve(connection) -> None:
    """The child's loop: one (task, content, options, limits) at a time, each under its own limits."""
    os.setsid()
    os.environ["OMP_THREAD_LIMIT"] = "1"  # tesseract's threads fight over the cores (MEASURED.md)
    while True:
        try:
            task, content, options, limits = connection.recv()
        except (EOFError, OSError):
            return
        _limit(limits, cumulative=True)
        try:
            result: object = _run_task(task, content, options)
        except Exception as error:  # reported by the parent as a crash of this document
            result = RuntimeError(f"{type(error).__name__}: {error}")
        connection.send(result)


def _limit(limits: dict, *, cumulative: bool = False) -> None:
    """Cap memory and CPU time for the next task. A serving child has already spent CPU time, and only
    soft limits can be raised again, so it sets soft limits counted from what it has used so far."""
    import resource

    cpu = limits["cpu"]
    if cumulative:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu += int(usage.ru_utime + usage.ru_stime)
        resource.setrlimit(resource.RLIMIT_AS, (limits["memory"], resource.RLIM_INFINITY))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, resource.RLIM_INFINITY))
        return
    resource.setrlimit(resource.RLIMIT_AS, (limits["memory"], limits["memory"]))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


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
