"""``mlkg serve OUT``: the store over the SPARQL 1.1 Protocol, read-only, with Oxigraph's server.

The HTTP side is the real Oxigraph server (the ``oxigraph`` command of the ``oxigraph`` PyPI
package, ``serve-read-only``), not a handler of ours: it speaks the whole protocol (GET and
POST queries, content negotiation, a query UI at ``/``) and refuses updates with 403. This
command finds the store and the server, checks the port first so that a port in use is a
clear message instead of a Rust backtrace, waits until the server answers, prints the
endpoint, and stops the server with itself on Ctrl-C or SIGTERM.

Exit status: 0 stopped on request, 2 an error (no store, no server, port in use, server died).
"""

from __future__ import annotations

import errno
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import IO, Annotated

import typer

#: how long the server may take to answer on its port before we give up
STARTUP_SECONDS = 30.0


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    output: Annotated[
        Path, typer.Argument(help="The folder written by mlkg build (it holds store/).")
    ],
    port: Annotated[int, typer.Option(help="TCP port to listen on.", min=1, max=65535)] = 7878,
    host: Annotated[
        str,
        typer.Option(help="Address to listen on; the default is reachable from this machine only."),
    ] = "127.0.0.1",
) -> None:
    """Serve a built graph read-only over the SPARQL 1.1 Protocol (Ctrl-C stops).

    Example: mlkg serve out --port 7878, then query http://127.0.0.1:7878/query
    """
    from mlkg.export.store import StoreError, store_path

    try:
        store = store_path(output)
    except StoreError as error:
        raise _fail(str(error)) from None
    server = _oxigraph_command()
    if server is None:
        raise _fail("the Oxigraph server is not installed: pip install oxigraph")
    problem = _port_problem(host, port)
    if problem:
        raise _fail(problem)
    if not _is_loopback(host):
        _say(f"note: listening on {host}: anyone who can reach this address can query the graph")

    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    command = [server, "serve-read-only", "--location", str(store), "--bind", address]
    command.append("--union-default-graph")  # the spec's queries need no GRAPH clause
    with tempfile.TemporaryFile() as log:
        process = _start(command, log)
        # Ctrl-C and SIGTERM both stop the server (SIGINT explicitly: a shell may ignore it
        # in background jobs, and a service manager sends SIGTERM)
        previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            _wait_until_listening(process, host, port, log)
            base = f"http://{address}"
            typer.echo(f"SPARQL endpoint: {base}/query  (read-only; updates are refused)")
            typer.echo(f"query editor:    {base}/")
            typer.echo("Ctrl-C stops the server.")
            sys.stdout.flush()
            status = process.wait()
            raise _fail(f"the Oxigraph server stopped (status {status}): {_tail(log)}")
        except KeyboardInterrupt:
            _stop(process)
            typer.echo("server stopped")
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            _stop(process)


# --------------------------------------------------------------------------- helpers
def _oxigraph_command() -> str | None:
    """The ``oxigraph`` executable next to this Python first, then on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sysconfig.get_path("scripts")) / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


def _port_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port, or None when it can."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        return f"cannot listen on {host!r}: {error.strerror}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        if os.name != "nt":  # as servers do: a closed connection in TIME_WAIT is no conflict
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                return f"port {port} on {host} is already in use; choose another with --port"
            return f"cannot listen on {host}:{port}: {error.strerror}"
    return None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _start(command: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}
    kwargs: dict = {}
    if sys.platform.startswith("linux"):
        kwargs["preexec_fn"] = _die_with_parent
    return subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log, env=env, **kwargs
    )


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the server gets SIGTERM if this command is killed without a chance to clean up."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _wait_until_listening(
    process: subprocess.Popen[bytes], host: str, port: int, log: IO[bytes]
) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise _fail(f"the Oxigraph server did not start: {_tail(log)}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise _fail(f"the Oxigraph server did not answer on {host}:{port} in {STARTUP_SECONDS:.0f} s")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _tail(log: IO[bytes]) -> str:
    log.seek(0)
    lines = [line.strip() for line in log.read().decode(errors="replace").splitlines()]
    lines = [line for line in lines if line and not line.startswith("Stack backtrace")]
    return lines[0] if lines else "no message"


def _say(message: str) -> None:
    typer.echo(message, err=True)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)
