"""A throwaway PostgreSQL server for the test run: initdb into a temporary
folder, start it on a free loopback port, stop and remove it at the end.

Debian's `postgresql` package provides the binaries (`.ci/run` installs it).
PostgreSQL refuses to run as root, so as root the server runs as the
`postgres` system user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PostgresServer:
    url: str
    data_dir: Path
    bin_dir: Path
    user: str | None

    def stop(self) -> None:
        _run(self.user, [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "-w", "stop"],
             check=False)
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def find_bin_dir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run(user: str | None, args: list[str], *, check: bool = True) -> subprocess.CompletedProcess:
    if user:
        args = ["runuser", "-u", user, "--", *args]
    return subprocess.run(args, check=check, capture_output=True, text=True, timeout=120)


def start() -> PostgresServer:
    """Start a server; raises RuntimeError with the reason when it cannot."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    user = None
    root = Path(tempfile.mkdtemp(prefix="armsledger-pg-"))
    if os.geteuid() == 0:
        user = "postgres"
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    data_dir = root / "data"
    port = _free_port()
    try:
        _run(user, [str(bin_dir / "initdb"), "-D", str(data_dir), "-A", "trust", "-U", "postgres",
                    "--no-sync", "-E", "UTF8"])
        _run(user, [str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-l", str(root / "log"), "-w",
                    "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(root, ignore_errors=True)
        detail = getattr(exc, "stderr", "") or ""
        raise RuntimeError(f"PostgreSQL did not start: {detail.strip()[:300]}") from exc
    return PostgresServer(url=f"postgresql://postgres@127.0.0.1:{port}/postgres", data_dir=data_dir,
                          bin_dir=bin_dir, user=user)
