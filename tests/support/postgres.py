"""A PostgreSQL server of the tests' own: initdb into a temporary folder, started on
a private socket and port, stopped at the end. Skips when PostgreSQL is not installed
(tools/ensure_test_tools.sh installs it). Root cannot run the server, so as root it
runs as the 'postgres' user that Debian's package creates."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


@contextmanager
def scratch_postgres(durable: bool = False) -> Iterator[str]:
    """A URL of an empty database 'zone' on a fresh server in a temporary folder
    (not pytest's: the server's user must be able to reach it). Tests run it with
    fsync off; ``durable`` keeps PostgreSQL's default (benchmarks)."""
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("PostgreSQL (initdb) is not installed; tools/ensure_test_tools.sh "
                    "installs it")
    folder = Path(tempfile.mkdtemp(prefix="welfare-desk-pg-"))
    folder.chmod(0o777)
    data, sock = folder / "data", folder / "sock"
    sock.mkdir(exist_ok=True)
    sock.chmod(0o777)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = _free_port()
    subprocess.run(_as_server_user([initdb, "-D", str(data), "-U", "postgres", "-A", "trust",
                                    "-E", "UTF8", "--locale=C"]),
                   check=True, capture_output=True)
    options = f"-k {sock} -p {port} -c listen_addresses=''" + ("" if durable else " -c fsync=off")
    subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-o", options, "-l",
                                    str(folder / "log"), "-w", "start"]),
                   check=True, capture_output=True)
    try:
        createdb = _bin("createdb")
        assert createdb is not None
        subprocess.run([createdb, "-h", str(sock), "-p", str(port), "-U", "postgres", "zone"],
                       check=True, capture_output=True)
        yield f"postgresql://postgres@/zone?host={sock}&port={port}"
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def new_database(server: str, name: str) -> str:
    """A fresh, empty database ``name`` on the scratch server; its URL."""
    from sqlalchemy import create_engine, text

    from welfare_desk.db.zone_store import postgresql_url

    admin = create_engine(postgresql_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.replace("/zone?", f"/{name}?")
