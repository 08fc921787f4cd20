"""Helpers shared by the tests of `feedtool validate`."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from types import SimpleNamespace

from click.testing import CliRunner

from feedtool.cli import main


def invoke(*args: str, input: bytes | str | None = None) -> SimpleNamespace:
    """Run `feedtool validate ARGS` in-process through the real entry point (its error handling included)."""
    with CliRunner().isolation(input=input) as streams:
        try:
            main(["validate", *args])
            code = 0
        except SystemExit as exc:
            code = exc.code
        return SimpleNamespace(exit_code=code, output=streams[0].getvalue().decode(), stderr=streams[1].getvalue().decode())


MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    from feedtool.cli import main
    started = time.monotonic()
    try:
        main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    try:  # VmHWM: ru_maxrss of a child starts at its parent's peak on Linux
        with open("/proc/self/status") as status:
            peak = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        pass
    print(json.dumps({"code": code, "seconds": time.monotonic() - started, "peak": peak}), file=sys.stderr)
    """
)


def run_measured(*args: str, timeout: float = 120) -> tuple[int, str, float, int]:
    """Run the CLI in a fresh interpreter; (exit code, stdout, seconds, peak resident memory in bytes)."""
    proc = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in proc.stderr, proc.stderr
    stats = json.loads(proc.stderr.strip().splitlines()[-1])
    return stats["code"], proc.stdout, stats["seconds"], stats["peak"]


def serve_locally(handler):
    """Serve `handler` (an http.server request handler class) on 127.0.0.1; yields the base URL.

    For pytest fixtures: `yield from serve_locally(Handler)`.
    """
    import http.server
    import threading

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
