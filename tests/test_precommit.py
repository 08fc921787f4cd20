"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit (`pre-commit try-repo`) in a
temporary git repository: exit codes and output on good and bad files.

pre-commit installs the hook's environment from this checkout (pip, with the package index or
pip's cache for the dependencies); without an index the tests skip with a message.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "tests" / "fixtures" / "validate" / "core"
JSONFEED = ROOT / "tests" / "fixtures" / "validate" / "jsonfeed"
HOOKS = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
pytestmark = pytest.mark.slow
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed; pre-commit needs it")
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def repo(tmp_path) -> Path:
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "test@example.nl")
    _git(repo, "config", "user.name", "Test")
    return repo


def try_repo(home: Path, repo: Path, hook: str, *files: str) -> subprocess.CompletedProcess:
    """`pre-commit try-repo <this checkout> HOOK --files FILES` in `repo`, as a user would run it."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE")}
    env.update(PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never", CI="true")
    result = subprocess.run([*PRE_COMMIT, "try-repo", str(ROOT), hook, "--verbose", "--files", *files], cwd=repo,
                            env=env, capture_output=True, text=True, timeout=900)
    if result.returncode != 0 and re.search(r"NewConnectionError|Temporary failure in name resolution|"
                                            r"Could not find a version that satisfies", result.stdout + result.stderr):
        pytest.skip("the package index cannot be reached: pre-commit cannot install the hook's environment")
    return result


def _stage(repo: Path, **files: Path | str) -> list[str]:
    for name, content in files.items():
        target = repo / name.replace("__", "/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        else:
            target.write_text(content, encoding="utf-8")
    _git(repo, "add", "-A")
    return [name.replace("__", "/") for name in files]


def test_the_validate_hook_declares_the_feed_suffixes():
    hook = HOOKS["feedtool-validate"]
    pattern = re.compile(hook["files"])
    assert all(pattern.search(name) for name in ("atom.xml", "feed.atom", "nieuws.rss", "feed.json"))
    assert not pattern.search("notes.txt") and hook["language"] == "python"


def test_validate_hook_passes_a_good_feed_and_files_that_are_not_feeds(home, repo):
    files = _stage(repo, **{"public__rss.xml": CORE / "valid-rss.xml", "public__feed.json": JSONFEED / "valid_1_1.json",
                            "sitemap.xml": '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n',
                            "package.json": '{"name": "site", "version": "1.0.0"}\n'})
    result = try_repo(home, repo, "feedtool-validate", *files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"feedtool validate\.+Passed", result.stdout)


def test_validate_hook_fails_a_bad_feed_and_names_the_finding(home, repo):
    files = _stage(repo, **{"public__rss.xml": CORE / "undefined-entity.xml", "package.json": '{"name": "site"}\n',
                            "public__feed.json": JSONFEED / "date_invalid.json"})
    result = try_repo(home, repo, "feedtool-validate", *files)
    assert result.returncode == 1
    assert re.search(r"feedtool validate\.+Failed", result.stdout)
    assert "public/rss.xml:8:" in result.stdout and "[SAXError]" in result.stdout
    assert "public/feed.json:" in result.stdout  # a JSON Feed is checked too
    assert "package.json" not in result.stdout.split("Failed", 1)[1]  # the non-feed is not reported


def test_check_hook_passes_a_good_store_and_fails_a_broken_post(home, repo):
    store = ROOT / "tests" / "fixtures" / "build-store"
    files = _stage(repo, **{f"entries__{p.name}": p for p in store.iterdir()})
    good = try_repo(home, repo, "feedtool-check", *files)
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"feedtool check\.+Passed", good.stdout)
    assert not (repo / "public").exists() and not (repo / "entries" / "_published.json").exists()  # nothing written
    files = _stage(repo, **{"entries__zomer.yaml": "title: Zomerse gedachten\npublished: 31-02-2012\n"})
    bad = try_repo(home, repo, "feedtool-check", *files)
    assert bad.returncode == 1  # pre-commit's own code for a failed hook
    assert re.search(r"feedtool check\.+Failed", bad.stdout) and "- exit code: 3" in bad.stdout  # check's, as build's
    assert "entries/zomer.yaml:2: error: [published]" in bad.stdout and "nothing was written" in bad.stdout


def test_check_hook_runs_only_for_the_store():
    hook = HOOKS["feedtool-check"]
    assert hook["pass_filenames"] is False and re.match(hook["files"], "entries/de-ijsberg.yaml")
    assert not re.match(hook["files"], "docs/index.md")
