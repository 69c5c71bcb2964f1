import os
import subprocess
from pathlib import Path

import pytest

from psychodynamic_course.learner_data.git_ignore import (
    enclosing_git_folder,
    ignore_in_enclosing_repository,
)
from psychodynamic_course.learner_data.journal import JOURNAL_ENV, Journal, default_journal_path
from psychodynamic_course.learner_data.journal_format import make_entry

ROOT = Path(__file__).resolve().parent.parent


def git(repository, *arguments) -> str:
    return subprocess.run(
        ["git", *arguments], cwd=repository, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repository(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "README.md").write_text("a course clone\n")
    return tmp_path


def test_the_default_journal_location_is_outside_this_repository(monkeypatch):
    monkeypatch.delenv(JOURNAL_ENV, raising=False)
    path = default_journal_path().resolve()
    assert not path.is_relative_to(ROOT)
    assert enclosing_git_folder(path) is None or not path.is_relative_to(ROOT)


def test_a_journal_pointed_inside_a_repository_is_never_offered_to_git(repository):
    journal = Journal(repository / "book" / "journal.json")
    journal.save(make_entry("ch01-r", "reflection", {"text": "private", "mode": "own"}))
    # The files written beside it: a corrupt copy moved aside, the lock, a stray temp file.
    (repository / "book" / "journal.unreadable-1.json").write_text("{")
    (repository / "book" / ".journal-abc.tmp").write_text("")
    status = git(repository, "status", "--porcelain", "--untracked-files=all")
    assert status.splitlines() == ["?? README.md"]
    git(repository, "add", "--all")
    assert git(repository, "diff", "--cached", "--name-only").split() == ["README.md"]


def test_the_exclude_list_grows_once_and_keeps_what_was_there(repository):
    exclude = repository / ".git" / "info" / "exclude"
    before = exclude.read_text()
    first = ignore_in_enclosing_repository(repository / "j.json")
    ignore_in_enclosing_repository(repository / "j.json")
    after = exclude.read_text()
    assert after.startswith(before)
    assert all(after.count(pattern + "\n") == 1 for pattern in first)


def test_a_worktree_whose_dot_git_is_a_file_is_handled(repository, tmp_path_factory):
    git(repository, "add", "README.md")
    git(repository, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "start")
    worktree = tmp_path_factory.mktemp("wt") / "tree"
    git(repository, "worktree", "add", "-q", str(worktree))
    Journal(worktree / "journal.json").save(
        make_entry("ch01-r", "reflection", {"text": "private", "mode": "own"})
    )
    assert git(worktree, "status", "--porcelain", "--untracked-files=all") == ""


def test_outside_any_repository_nothing_is_written(tmp_path):
    # tmp_path sits under /tmp, which is not a repository here or in CI.
    assert ignore_in_enclosing_repository(tmp_path / "journal.json") == []
    assert not any(name == "exclude" for _, _, names in os.walk(tmp_path) for name in names)
