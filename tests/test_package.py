"""The package as a user gets it: `python -m build` without warnings, `twine check`, and the wheel
installed into a clean venv runs `feedtool --version` and builds the example store byte for byte
as this checkout does. The Makefile's `run` installs only what running needs.

Building and installing take the build backend and the dependencies from the package index
(pip's cache after the first run); without one, these tests skip with a message.
"""

from __future__ import annotations

import email
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

import feedtool
from feedtool.cli import main

ROOT = Path(__file__).resolve().parent.parent
NOW = "2013-01-01T12:00:00+01:00"
pytestmark = pytest.mark.slow
_NO_INDEX = re.compile(r"NewConnectionError|Temporary failure in name resolution|Network is unreachable|"
                       r"Could not find a version that satisfies the requirement setuptools", re.IGNORECASE)


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # set on some machines; makes setuptools warn that it skips byte-compiling
    env.pop("VIRTUAL_ENV", None)
    return env


def _run(command: list, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, env=_clean_env(), timeout=600, **kwargs)
    if result.returncode != 0 and _NO_INDEX.search(result.stdout + result.stderr):
        pytest.skip(f"the package index cannot be reached, so the package cannot be built or installed: {command[:4]}")
    return result


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("dist")
    source = tmp_path_factory.mktemp("src") / "feedtool"
    # Build from a copy holding only what git tracks would hold: no .venv, no build/ leftovers.
    anywhere = shutil.ignore_patterns(".venv", ".git", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis")

    def ignore(directory, names):  # build/, dist/ and public/ only at the top: feedtool/build/ is the package's
        top = {"build", "dist", "public"} & set(names) if Path(directory) == ROOT else set()
        return set(anywhere(directory, names)) | top

    shutil.copytree(ROOT, source, ignore=ignore)
    result = _run([sys.executable, "-m", "build", "--outdir", str(out), str(source)])
    assert result.returncode == 0, result.stdout + result.stderr
    [wheel] = out.glob("*.whl")
    [sdist] = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist, "log": result.stdout + result.stderr}


def test_build_gives_an_sdist_and_a_wheel_without_warnings(dist):
    warnings = [line for line in dist["log"].splitlines() if re.search(r"warn|deprecat", line, re.IGNORECASE)]
    assert warnings == []
    assert dist["wheel"].name == f"feedtool-{feedtool.__version__}-py3-none-any.whl"
    assert dist["sdist"].name == f"feedtool-{feedtool.__version__}.tar.gz"


def test_twine_check_passes(dist):
    result = _run([sys.executable, "-m", "twine", "check", "--strict", str(dist["wheel"]), str(dist["sdist"])])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2


def test_the_metadata_has_an_spdx_licence_and_the_one_version(dist):
    with zipfile.ZipFile(dist["wheel"]) as wheel:
        info = f"feedtool-{feedtool.__version__}.dist-info"
        metadata = email.message_from_bytes(wheel.read(f"{info}/METADATA"))
        names = wheel.namelist()
    assert metadata["License-Expression"] == "MIT"
    assert metadata["License-File"] == "LICENSE"
    assert metadata["Version"] == feedtool.__version__
    assert f"{info}/licenses/LICENSE" in names
    assert all(name.startswith(("feedtool/", info)) for name in names)  # no tests/ or bench/ as top-level packages
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]


def test_the_sdist_carries_the_licence_docs_and_example_store(dist):
    with tarfile.open(dist["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"LICENSE", "README.md", "pyproject.toml", "Makefile", "entries/_feed.yaml", "docs/store.md"} <= names
    assert not any("__pycache__" in name for name in names)


def test_the_wheel_runs_in_a_clean_venv(dist, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    result = _run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(dist["wheel"])])
    assert result.returncode == 0, result.stdout + result.stderr
    installed = _run([str(python), "-m", "pip", "list", "--format=freeze"]).stdout.lower()
    assert "pytest" not in installed and "hypothesis" not in installed  # the test tools are not run dependencies
    feedtool_bin = env_dir / "bin" / "feedtool"

    version = subprocess.run([str(feedtool_bin), "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout == f"feedtool, version {feedtool.__version__}\n"

    store = tmp_path / "entries"
    shutil.copytree(ROOT / "entries", store)
    built = subprocess.run([str(feedtool_bin), "build", "--store", str(store), "--out", str(tmp_path / "public"),
                            "--now", NOW], capture_output=True, text=True, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    # The same build by this checkout: the installed wheel must write the same bytes.
    reference_store = tmp_path / "reference-entries"
    shutil.copytree(ROOT / "entries", reference_store)
    with pytest.raises(SystemExit) as exit_info:
        main(["build", "--store", str(reference_store), "--out", str(tmp_path / "reference"), "--now", NOW])
    assert exit_info.value.code == 0
    reference = tmp_path / "reference"
    written = sorted(p.relative_to(reference).as_posix() for p in reference.rglob("*")
                     if p.is_file() and not p.name.startswith(".feedtool-cache"))  # the rebuild cache is no document
    public = tmp_path / "public"
    assert written and sorted(p.relative_to(public).as_posix() for p in public.rglob("*")
                              if p.is_file() and not p.name.startswith(".feedtool-cache")) == written
    for name in written:
        assert (public / name).read_bytes() == (reference / name).read_bytes(), name


def _dry_run(target: str, tmp_path: Path) -> str:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    result = subprocess.run(["make", "-n", target], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_installs_only_what_running_needs(tmp_path):
    commands = _dry_run("run", tmp_path)
    install = [line for line in commands.splitlines() if "pip install" in line and "-e" in line]
    assert install and all("[test]" not in line for line in install)


def test_make_test_installs_the_test_extra(tmp_path):
    commands = _dry_run("test", tmp_path)
    assert any("pip install" in line and ".[test]" in line for line in commands.splitlines())
    assert "pytest" in commands
