"""The deployment files: the image's build context and files, the systemd unit and the nginx example.

What cannot run here is said by a skip: building the image needs a Docker daemon; the unit and the proxy
configuration are checked by ``systemd-analyze verify`` and ``nginx -t`` where those are installed.
"""

import fnmatch
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def dockerfile() -> list[str]:
    return (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()


def sent(path: str) -> bool:
    """Whether a build would send ``path``, by .dockerignore's rules (the last matching one wins)."""
    rules = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()]
    included = True
    for rule in (r for r in rules if r and not r.startswith("#")):
        pattern = rule.removeprefix("!").rstrip("/")
        name = pattern.removeprefix("**/")
        if (
            fnmatch.fnmatch(path, pattern)
            or path.startswith(pattern + "/")
            or (pattern.startswith("**/") and any(fnmatch.fnmatch(part, name) for part in Path(path).parts))
        ):
            included = rule.startswith("!")
    return included


def build_context() -> set[str]:
    """The repository's files a build would send."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    return {path for path in tracked.stdout.splitlines() if sent(path)}


def test_the_image_copies_files_that_exist_and_the_context_holds_no_secrets():
    context = build_context()
    copies = [line.split()[1:-1] for line in dockerfile() if line.startswith("COPY ")]
    assert copies, "the Dockerfile copies the code"
    for sources in copies:
        for source in sources:
            assert (ROOT / source).exists(), source
            assert source in context or any(p.startswith(source + "/") for p in context), f"{source} not sent"
    for secret in (".env", "config.yaml", "data/tickets.db", "logs/ticketbot.log", ".venv/bin/python", "core/x.pyc"):
        assert not sent(secret), secret
    assert not any(p.startswith(("tests/", ".git/", ".venv/")) for p in context)


def test_the_image_runs_as_a_user_with_volumes_and_a_health_check():
    lines = dockerfile()
    assert re.match(r"FROM python:3\.\d+-slim$", next(line for line in lines if line.startswith("FROM")))
    assert any(line.startswith("USER ") and "root" not in line for line in lines)
    assert any(line.startswith("VOLUME") and "/app/data" in line and "/app/logs" in line for line in lines)
    assert any(line.startswith("HEALTHCHECK") for line in lines) and any("/health" in line for line in lines)


def test_the_compose_file_runs_the_bot_and_optionally_mariadb():
    compose = yaml.safe_load((ROOT / "deploy" / "docker-compose.yml").read_text())
    bot, mariadb = compose["services"]["bot"], compose["services"]["mariadb"]
    assert bot["build"] == ".." and "../.env" in str(bot["env_file"])
    assert mariadb["profiles"] == ["mariadb"] and "bot" not in mariadb.get("depends_on", [])


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_systemd_unit_verifies(tmp_path):
    unit = (ROOT / "deploy" / "ticketbot.service").read_text()
    assert "RestartPreventExitStatus=2" in unit, "a setting to fix is not retried in a loop"
    copy = tmp_path / "ticketbot.service"
    copy.write_text(unit.replace("/srv/ticketbot/.venv/bin/python", sys.executable))
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "ticketbot.service" not in result.stderr, result.stderr


@pytest.mark.skipif(
    shutil.which("nginx") is None or shutil.which("openssl") is None, reason="nginx (and openssl) not installed"
)
def test_the_nginx_example_passes_nginx_t(tmp_path):
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=tickets.example.com",
            "-keyout",
            str(tmp_path / "key.pem"),
            "-out",
            str(tmp_path / "cert.pem"),
        ],
        capture_output=True,
        check=True,
    )
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    site = site.replace("/etc/ssl/certs/ssl-cert-snakeoil.pem", str(tmp_path / "cert.pem"))
    site = site.replace("/etc/ssl/private/ssl-cert-snakeoil.key", str(tmp_path / "key.pem"))
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {tmp_path}/site.conf;\n}}\n"
    )
    result = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _docker_daemon() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, check=False, timeout=30).returncode == 0
    except subprocess.TimeoutExpired:
        return False


@pytest.mark.skipif(not _docker_daemon(), reason="building the image needs a Docker daemon")
def test_the_image_builds():
    result = subprocess.run(["docker", "build", "-q", str(ROOT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
