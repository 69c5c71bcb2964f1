"""The learner's journal in a kernel: one JSON file in the user's data directory.

In the static book the browser's localStorage is the only copy of a learner's answers. In
a kernel (JupyterLab, a hub, Binder) each widget also sends what it saves to Python, which
keeps it here, so answers survive a kernel restart and a change of browser on a hub.

The file has exactly the format of a journal export (``schemas/journal.schema.json``), so
it can be imported in any copy of the book. It is written atomically (a temporary file
then ``os.replace``) under a lock, so two kernels saving at once lose nothing. A file that
is not a valid journal is moved aside, never overwritten, and the problem is reported; a
file or folder the kernel may not read or write is left exactly as it is, and every
method then raises :class:`JournalFileError`, whose message says what failed and where.

The default location is outside any repository (``platformdirs.user_data_dir``); set
``PSYCHODYNAMIC_COURSE_JOURNAL`` to a file path to put it elsewhere. Put inside a git
repository, the journal lists its files in that clone's ``.git/info/exclude`` before
writing there, so a learner's answers are never picked up by ``git add``.

Beside the journal, a small file holds :attr:`Journal.learner_id`, a random id made once.
The front end keys this learner's browser copy by it: every user of a JupyterHub shares
the hub's address, and so its browser storage, on a shared browser profile, and the id
keeps one user's entries out of another's page and journal file (``widgets/base.py``).

Example:
    >>> import tempfile, pathlib
    >>> journal = Journal(pathlib.Path(tempfile.mkdtemp()) / "journal.json")
    >>> from psychodynamic_course.learner_data.journal_format import make_entry
    >>> entry = make_entry("ch01-demo", "reflection", {"text": "Hello", "mode": "own"})
    >>> journal.save(entry)
    >>> journal.get("ch01-demo")["data"]["text"]
    'Hello'
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import tempfile
from pathlib import Path

import platformdirs
from filelock import FileLock

from .data_model import DataError, Problem
from .git_ignore import ignore_in_enclosing_repository
from .journal_format import (
    COURSE_ID,
    empty_journal,
    entry_problems,
    journal_problems,
    parse_journal,
)

JOURNAL_ENV = "PSYCHODYNAMIC_COURSE_JOURNAL"
# What a learner id looks like; the front end refuses anything else (frontend/lib/learners.js).
LEARNER_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")


class JournalFileError(OSError):
    """The journal file could not be read or written; the message says which file and why.

    Example:
        >>> print(JournalFileError("The journal file j.json could not be read."))
        The journal file j.json could not be read.
    """


def default_journal_path() -> Path:
    """Where the kernel keeps the journal: ``$PSYCHODYNAMIC_COURSE_JOURNAL`` or the user data dir.

    Example:
        >>> default_journal_path().name
        'journal.json'
    """
    override = os.environ.get(JOURNAL_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("psychodynamic-course") / "journal.json"


class Journal:
    """The journal file of one course; every method re-reads it, so kernels share it safely.

    ``problem`` holds the last reading problem (a corrupt file moved aside), for the
    widgets to show beside themselves.
    """

    def __init__(self, path: str | os.PathLike | None = None, course_id: str = COURSE_ID):
        self.path = Path(path) if path is not None else default_journal_path()
        self.course_id = course_id
        self.problem: str | None = None
        self._outside_git_checked = False
        # One lock object per journal: FileLock counts nested acquires (read() inside
        # save()), where a second lock on a new descriptor would wait forever.
        self._lock: FileLock | None = None
        self._learner_id: str | None = None

    # -- whose journal -------------------------------------------------------------------

    @property
    def learner_id_path(self) -> Path:
        """The file beside the journal that holds :attr:`learner_id`."""
        return self.path.with_name(f"{self.path.stem}.learner-id")

    @property
    def learner_id(self) -> str:
        """An opaque id of this journal's learner, made at random the first time it is asked.

        The browser keeps this learner's copy of their entries under it, so two Jupyter
        users of one browser profile (a lab computer, a hub's one address) never see, nor
        save into their own journal, each other's entries. It is not learner data and is
        never exported. Where the id file cannot be written (a read-only folder), an id
        derived from the hub user and the journal's place keeps users apart all the same.

        Example:
            >>> import tempfile, pathlib
            >>> journal = Journal(pathlib.Path(tempfile.mkdtemp()) / "journal.json")
            >>> journal.learner_id == Journal(journal.path).learner_id
            True
            >>> bool(LEARNER_ID_PATTERN.fullmatch(journal.learner_id))
            True
        """
        if self._learner_id is None:
            try:
                self._learner_id = self._read_or_make_learner_id()
            except OSError:
                user = os.environ.get("JUPYTERHUB_USER", "")
                place = f"{user}\0{os.path.abspath(self.path)}".encode("utf-8", "surrogatepass")
                self._learner_id = hashlib.sha256(place).hexdigest()[:32]
        return self._learner_id

    def _read_or_make_learner_id(self) -> str:
        # Under the lock: two kernels starting at once must agree on one id.
        with self._locked():
            with contextlib.suppress(FileNotFoundError, UnicodeDecodeError):
                found = self.learner_id_path.read_text(encoding="ascii").strip()
                if LEARNER_ID_PATTERN.fullmatch(found):
                    return found
            # None yet, or damaged: a new one. Entries in the journal file are unaffected;
            # the browser takes them from the file again under the new id.
            made = secrets.token_urlsafe(18)
            _replace_file(self.learner_id_path, made.encode("ascii") + b"\n")
            return made

    # -- reading -------------------------------------------------------------------------

    def read(self) -> dict:
        """The whole journal; empty if there is none, and a corrupt file is moved aside.

        A file the kernel may not read raises :class:`JournalFileError` and is left alone:
        starting an empty journal there would overwrite it at the next save.
        """
        with self._reporting("read"):
            journal = self._valid_journal(self._read_bytes())
            if journal is not None:
                return journal
            with self._locked():
                # Another kernel may have replaced the file since: only move aside what is
                # still there and still unreadable.
                journal = self._valid_journal(self._read_bytes())
                if journal is not None:
                    return journal
                aside = self._move_aside()
        self.problem = (
            f"The journal file {self.path} could not be read, so it was moved to {aside} "
            "and a new one started. Nothing in it was deleted."
        )
        return empty_journal(self.course_id)

    def _read_bytes(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    def _valid_journal(self, raw: bytes | None) -> dict | None:
        """The journal in ``raw`` (empty when there is no file), or None if it is not one."""
        if raw is None:
            return empty_journal(self.course_id)
        try:
            journal = json.loads(raw.decode("utf-8-sig"))
        except (ValueError, RecursionError):  # not UTF-8, not JSON, or absurd numbers
            return None
        return None if journal_problems(journal, self.course_id) else journal

    def entries(self) -> dict:
        """Saved entries by widget id."""
        return self.read()["entries"]

    def get(self, widget_id: str) -> dict | None:
        """The saved entry of one widget, or None."""
        return self.entries().get(widget_id)

    # -- writing -------------------------------------------------------------------------

    def save(self, entry: dict) -> None:
        """Store one entry (replacing that widget's previous one), after validating it."""
        problems = entry_problems(entry)
        if problems:
            raise DataError(problems)
        if entry["course_id"] != self.course_id:
            raise DataError([Problem("/course_id", "This entry belongs to a different course.")])
        with self._reporting("saved"), self._locked():
            journal = self.read()
            journal["entries"][entry["widget_id"]] = entry
            self._write(journal)

    def delete(self, widget_id: str) -> None:
        """Forget one widget's entry."""
        with self._reporting("changed"), self._locked():
            journal = self.read()
            if journal["entries"].pop(widget_id, None) is not None:
                self._write(journal)

    def clear(self) -> None:
        """Delete every entry (the file stays, empty)."""
        with self._reporting("changed"), self._locked():
            self._write(empty_journal(self.course_id))

    # -- export and import ---------------------------------------------------------------

    def export_json(self) -> str:
        """The journal as JSON that :meth:`import_json` (and the journal page) accepts."""
        return json.dumps(self.read(), ensure_ascii=False, indent=2, sort_keys=True)

    def export_markdown(self) -> str:
        """The journal as readable Markdown, grouped by chapter."""
        from .journal_markdown import journal_to_markdown

        return journal_to_markdown(self.read())

    def plan_import(self, text: str) -> dict:
        """Say what importing ``text`` would change, without changing anything.

        Returns ``{"added": [...ids], "replaced": [...ids], "unchanged": [...ids]}``;
        raises :class:`DataError` for anything that is not a valid journal of this course.
        """
        return self._plan(parse_journal(text, self.course_id))

    def import_json(self, text: str, *, confirm: bool = False) -> dict:
        """Import a journal export; changes nothing unless it is valid and ``confirm`` is true.

        Returns the plan of :meth:`plan_import`.
        """
        return self._import(parse_journal(text, self.course_id), confirm)

    def import_journal(self, journal, *, confirm: bool = False) -> dict:
        """:meth:`import_json` for a journal already parsed (the journal page's message).

        Example:
            >>> import tempfile, pathlib
            >>> from psychodynamic_course.learner_data.journal_format import empty_journal
            >>> folder = pathlib.Path(tempfile.mkdtemp())
            >>> Journal(folder / "journal.json").import_journal(empty_journal(), confirm=True)
            {'added': [], 'replaced': [], 'unchanged': []}
        """
        problems = journal_problems(journal, self.course_id)
        if problems:
            raise DataError(problems)
        return self._import(journal, confirm)

    def _plan(self, incoming: dict) -> dict:
        current = self.entries()
        plan = {"added": [], "replaced": [], "unchanged": []}
        for widget_id, entry in sorted(incoming["entries"].items()):
            if widget_id not in current:
                plan["added"].append(widget_id)
            elif current[widget_id] == entry:
                plan["unchanged"].append(widget_id)
            else:
                plan["replaced"].append(widget_id)
        return plan

    def _import(self, incoming: dict, confirm: bool) -> dict:
        # One parse and one check of the incoming journal serve the plan and the write.
        plan = self._plan(incoming)
        if confirm:
            with self._reporting("changed"), self._locked():
                journal = self.read()
                journal["entries"].update(incoming["entries"])
                self._write(journal)
        return plan

    # -- plumbing ------------------------------------------------------------------------

    def _write(self, journal: dict) -> None:
        text = json.dumps(journal, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate (a JavaScript string can hold one) has no UTF-8 form; JSON's
            # \u escapes keep it exactly, and the file stays valid UTF-8 for read().
            raw = json.dumps(journal, ensure_ascii=True, indent=1, sort_keys=True).encode()
        _replace_file(self.path, raw)

    def _keep_out_of_git(self) -> None:
        # Once per journal: a file pointed inside a repository is added to its local
        # exclude list before anything is written beside it (git_ignore.py says why).
        if self._outside_git_checked:
            return
        with contextlib.suppress(OSError):  # never lose an answer over an ignore list
            ignore_in_enclosing_repository(self.path)
        self._outside_git_checked = True

    def _move_aside(self) -> Path:
        self._keep_out_of_git()
        number = 1
        while (aside := self.path.with_name(f"{self.path.stem}.unreadable-{number}.json")).exists():
            number += 1
        os.replace(self.path, aside)
        return aside

    @contextlib.contextmanager
    def _reporting(self, done: str):
        """Turn a failing file operation into a :class:`JournalFileError` that says where."""
        try:
            yield
        except JournalFileError:
            raise
        except OSError as error:
            raise JournalFileError(
                f"The journal file {self.path} could not be {done} "
                f"({error.strerror or error}), so it was left as it was."
            ) from error

    @contextlib.contextmanager
    def _locked(self):
        """Hold the journal's lock file, so kernels that save at the same moment take turns.

        filelock (flock on POSIX, msvcrt on Windows) rather than own code: the same rule on
        every system a learner may run JupyterLab on.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock is None:
            self._keep_out_of_git()  # the lock file is the first file written beside it
            self._lock = FileLock(self.path.with_name(self.path.name + ".lock"))
        with self._lock:
            yield


def _replace_file(path: Path, raw: bytes) -> None:
    """Write ``raw`` to ``path`` atomically: a temporary file beside it, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".journal-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(raw)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
