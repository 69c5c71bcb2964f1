"""Keep a learner's journal out of git when they put it inside a repository.

The journal's default home is the user's data folder, outside any repository. But a
learner may point ``PSYCHODYNAMIC_COURSE_JOURNAL`` at a file inside the course's clone
(or any other repository), and one ``git add .`` later their private answers would be in a
commit. So before the journal is written there, its file and the files written beside it
(the lock, the temporary file, copies moved aside, the learner id) are listed in that repository's
``.git/info/exclude``: git's own per-clone ignore list, which is never committed and
changes nothing anyone else sees.

Example:
    >>> import pathlib, subprocess, tempfile
    >>> repository = pathlib.Path(tempfile.mkdtemp())
    >>> _ = subprocess.run(["git", "init", "-q", str(repository)], check=True)
    >>> patterns = ignore_in_enclosing_repository(repository / "notes" / "journal.json")
    >>> patterns[:2]
    ['/notes/journal.json', '/notes/journal.json.lock']
    >>> patterns[2:]
    ['/notes/.journal-*.tmp', '/notes/journal.unreadable-*.json', '/notes/journal.learner-id']
"""

from __future__ import annotations

from pathlib import Path

HEADER = "# The psychodynamic course's private journal (added by psychodynamic_course)."


def enclosing_git_folder(path: Path) -> tuple[Path, Path] | None:
    """The work tree and git folder of the repository that holds ``path``, or None.

    Example:
        >>> enclosing_git_folder(Path("/")) is None
        True
    """
    for folder in path.resolve().parents:
        dot_git = folder / ".git"
        if dot_git.is_dir():
            return folder, dot_git
        if dot_git.is_file():  # a worktree or submodule: ".git" names the real folder
            text = dot_git.read_text(encoding="utf-8").strip()
            if text.startswith("gitdir:"):
                git_folder = Path(text.removeprefix("gitdir:").strip())
                return folder, git_folder if git_folder.is_absolute() else folder / git_folder
    return None


def journal_patterns(relative: str) -> list[str]:
    """The exclude patterns for a journal at ``relative`` (a path inside the work tree)."""
    folder, _, name = relative.rpartition("/")
    stem = name.removesuffix(".json")
    prefix = f"/{folder}/" if folder else "/"
    return [
        f"/{relative}",
        f"/{relative}.lock",
        f"{prefix}.journal-*.tmp",
        f"{prefix}{stem}.unreadable-*.json",
        f"{prefix}{stem}.learner-id",
    ]


def ignore_in_enclosing_repository(journal_path: Path) -> list[str]:
    """List the journal's files in the enclosing repository's exclude file; return the
    patterns now listed there (empty when the journal is not inside a repository)."""
    found = enclosing_git_folder(journal_path)
    if found is None:
        return []
    work_tree, git_folder = found
    # A linked worktree's folder names the main one in "commondir"; git reads the
    # exclude list from there.
    common = git_folder / "commondir"
    if common.is_file():
        git_folder = git_folder / common.read_text(encoding="utf-8").strip()
    relative = journal_path.resolve().relative_to(work_tree.resolve()).as_posix()
    patterns = journal_patterns(relative)
    exclude = git_folder / "info" / "exclude"
    existing = exclude.read_text(encoding="utf-8").splitlines() if exclude.exists() else []
    missing = [pattern for pattern in patterns if pattern not in existing]
    if missing:
        exclude.parent.mkdir(parents=True, exist_ok=True)
        lines = [HEADER] if HEADER not in existing else []
        with exclude.open("a", encoding="utf-8") as file:
            if existing and existing[-1] != "":
                file.write("\n")
            file.write("\n".join([*lines, *missing]) + "\n")
    return patterns
