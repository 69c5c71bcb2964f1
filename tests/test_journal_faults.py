"""The journal file under faults, with real files and real processes: nothing is ever lost.

Corrupt files are moved aside; a file or folder the kernel may not use is left exactly as
it is and reported; two kernels writing at once keep every answer. The tests run as root
here and in CI, where file permissions do not stop root, so the permission tests drop to
the ``nobody`` user in a forked child (which keeps the already-imported package).
"""

import json
import multiprocessing
import os
import pickle
import pwd
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from psychodynamic_course.learner_data.data_model import DataError
from psychodynamic_course.learner_data.journal import Journal, JournalFileError
from psychodynamic_course.learner_data.journal_format import empty_journal, make_entry
from psychodynamic_course.widgets.reflection import ReflectionPrompt


def reflection(widget_id="ch01-r", text="Hello"):
    return make_entry(widget_id, "reflection", {"text": text, "mode": "own"}, saved_at=1)


def litter(folder: Path) -> list[str]:
    """Files in the folder other than the journal, its lock and what was moved aside."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name not in ("journal.json", "journal.json.lock") and ".unreadable-" not in p.name
    )


# -- corrupt files ----------------------------------------------------------------------

_valid_export = json.dumps(
    {
        "format": "psychodynamic-course-journal",
        "version": 1,
        "course_id": "psychodynamic-course",
        "entries": {"ch01-r": reflection()},
    }
).encode()

CORRUPT = {
    "not JSON": b"{not json",
    "JSON of the wrong shape": b'{"entries": []}',
    "invalid UTF-8": b'{"format": "\xff\xfe"}',
    "half-written": _valid_export[: len(_valid_export) // 2],
    "empty": b"",
}


@pytest.mark.parametrize("name", CORRUPT)
def test_corrupt_file_is_moved_aside_byte_for_byte_and_a_new_one_started(
    tmp_path, name, robustness
):
    path = tmp_path / "journal.json"
    path.write_bytes(CORRUPT[name])
    journal = Journal(path)
    assert journal.entries() == {}
    assert journal.problem == (
        f"The journal file {path} could not be read, so it was moved to "
        f"{tmp_path / 'journal.unreadable-1.json'} and a new one started. "
        "Nothing in it was deleted."
    )
    assert (tmp_path / "journal.unreadable-1.json").read_bytes() == CORRUPT[name]
    journal.save(reflection())
    assert Journal(path).get("ch01-r")["data"]["text"] == "Hello"
    # A second corruption goes next to the first, which stays as it was.
    path.write_bytes(b"\x00damaged again")
    assert Journal(path).entries() == {}
    assert (tmp_path / "journal.unreadable-2.json").read_bytes() == b"\x00damaged again"
    assert (tmp_path / "journal.unreadable-1.json").read_bytes() == CORRUPT[name]
    assert litter(tmp_path) == []
    robustness("journal file", f"fault: {name} file", 2)


# -- text a browser can send but UTF-8 cannot hold --------------------------------------


@pytest.mark.parametrize("where", ["text", "title"])
def test_lone_surrogate_from_the_browser_is_refused_or_kept_never_a_crash(
    tmp_path, where, robustness
):
    journal = Journal(tmp_path / "journal.json")
    journal.save(reflection("kept", "already saved"))
    # What the comm delivers for the JavaScript string "broken \ud800 pair".
    entry = json.loads(
        json.dumps(reflection("ch01-r", "x")).replace('"x"', '"broken \\ud800 pair"')
        if where == "text"
        else json.dumps({**reflection(), "title": "title \ud800"})
    )
    try:
        journal.save(entry)
    except DataError as error:
        assert error.problems[0].message.strip()
    else:
        assert Journal(journal.path).get("ch01-r") == entry
    json.loads(journal.path.read_bytes().decode("utf-8"))  # still valid UTF-8 JSON
    assert Journal(journal.path).get("kept")["data"]["text"] == "already saved"
    assert journal.problem is None
    assert litter(tmp_path) == []
    robustness("journal file", "fault: lone surrogate", 1)


# -- files and folders the kernel may not use ----------------------------------------------


def as_unprivileged_user(function):
    """Run ``function()`` where file permissions apply and return its (picklable) result.

    As root, in a forked child that has switched to the ``nobody`` user; otherwise here.
    """
    if os.geteuid() != 0:
        return function()
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child, which pytest does not see
        os.close(reader)
        try:
            nobody = pwd.getpwnam("nobody")
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            result = ("returned", function())
        except BaseException as error:
            result = ("raised", f"{type(error).__name__}: {error}")
        with os.fdopen(writer, "wb") as pipe:
            pickle.dump(result, pipe)
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        outcome, value = pickle.load(pipe)
    os.waitpid(child, 0)
    assert outcome == "returned", value
    return value


@pytest.fixture
def shared_folder():
    """A folder the ``nobody`` user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="journal-faults-"))
    folder.chmod(0o777)
    yield folder
    folder.chmod(0o700)
    for path in folder.iterdir():
        path.chmod(0o600)
    shutil.rmtree(folder)


def try_everything(path: Path, sent: list) -> dict:
    """Read, save, delete and import, and load and save through a widget: what happened."""
    journal = Journal(path)
    outcome = {}
    for name, action in {
        "read": journal.entries,
        "save": lambda: journal.save(reflection("ch02-new", "new answer")),
        "delete": lambda: journal.delete("ch01-r"),
        "import": lambda: journal.import_json(_valid_export.decode(), confirm=True),
    }.items():
        try:
            outcome[name] = action()
        except JournalFileError as error:
            outcome[name] = f"JournalFileError: {error}"
    widget = ReflectionPrompt("ch02-new", prompt="P", journal=Journal(path))
    widget._on_front_end_message(widget, {"type": "load"}, [])
    entry = reflection("ch02-new", "from the widget")
    widget._on_front_end_message(widget, {"type": "save", "entry": entry}, [])
    outcome["sent"] = list(sent)
    return outcome


def test_unreadable_file_is_left_untouched_and_reported(shared_folder, sent, robustness):
    path = shared_folder / "journal.json"
    path.write_bytes(_valid_export)
    path.chmod(0o200 if os.geteuid() != 0 else 0o600)  # root owns it: nobody cannot read
    try:
        outcome = as_unprivileged_user(lambda: try_everything(path, sent))
    finally:
        path.chmod(0o600)
    cannot_read = f"JournalFileError: The journal file {path} could not be read (Permission denied)"
    for name in ("read", "save", "delete", "import"):
        assert outcome[name].startswith(cannot_read), outcome[name]
    assert [message["type"] for message in outcome["sent"]] == ["problem", "problem"]
    assert outcome["sent"][1]["message"] == (
        f"The journal file {path} could not be read (Permission denied), so it was left as "
        "it was. Your work is still saved in this browser."
    )
    assert path.read_bytes() == _valid_export
    assert litter(shared_folder) == []
    assert not list(shared_folder.glob("*.unreadable-*"))
    robustness("journal file", "fault: unreadable file", 6)


@pytest.mark.parametrize("lock_exists", [False, True])
def test_read_only_folder_keeps_the_file_and_reports_why_nothing_was_saved(
    shared_folder, sent, lock_exists, robustness
):
    path = shared_folder / "journal.json"
    path.write_bytes(_valid_export)
    path.chmod(0o644)
    if lock_exists:  # the lock can be taken; the temporary file still cannot be made
        lock = shared_folder / "journal.json.lock"
        lock.touch()
        lock.chmod(0o666)
    shared_folder.chmod(0o755 if os.geteuid() == 0 else 0o555)
    try:
        outcome = as_unprivileged_user(lambda: try_everything(path, sent))
    finally:
        shared_folder.chmod(0o777)
    assert outcome["read"] == {"ch01-r": reflection()}  # reading still works
    cannot_save = f"The journal file {path} could not be "
    for name in ("save", "delete"):
        assert outcome[name].startswith(f"JournalFileError: {cannot_save}"), outcome[name]
        assert "(Permission denied), so it was left as it was." in outcome[name]
    assert outcome["sent"][0]["type"] == "loaded"
    assert outcome["sent"][1]["type"] == "problem"
    assert outcome["sent"][1]["message"].endswith("Your work is still saved in this browser.")
    assert path.read_bytes() == _valid_export
    assert litter(shared_folder) == []
    robustness("journal file", "fault: read-only folder", 5)


def test_corrupt_file_in_a_read_only_folder_is_reported_not_moved(shared_folder, robustness):
    path = shared_folder / "journal.json"
    path.write_bytes(b"{not json")
    path.chmod(0o644)
    shared_folder.chmod(0o755 if os.geteuid() == 0 else 0o555)
    try:
        outcome = as_unprivileged_user(lambda: try_everything(path, []))
    finally:
        shared_folder.chmod(0o777)
    assert outcome["read"].startswith(f"JournalFileError: The journal file {path} could not be")
    assert path.read_bytes() == b"{not json"
    assert sorted(p.name for p in shared_folder.iterdir()) == ["journal.json"]
    robustness("journal file", "fault: corrupt file in a read-only folder", 1)


# -- two kernels at once -------------------------------------------------------------------
# Real processes, forked so they start at once with the package already imported (a fresh
# interpreter needs over a second to import it), each with its own Journal and file handles.
FORK = multiprocessing.get_context("fork")


def save_answers(path, prefix, count):
    journal = Journal(path)
    for number in range(count):
        data = {"text": f"{prefix} answer {number}", "mode": "own"}
        journal.save(make_entry(f"{prefix}-{number}", "reflection", data))


def keep_reading(path, done, reads):
    journal = Journal(path)
    while not done.is_set():
        journal.read()
        if journal.problem:  # it would have moved a file aside
            raise SystemExit(journal.problem)
        reads.value += 1
        time.sleep(0.005)


def import_answers(path, prefix, count):
    export = empty_journal()
    for number in range(count):
        data = {"text": f"{prefix} imported {number}", "mode": "own"}
        export["entries"][f"{prefix}-{number}"] = make_entry(
            f"{prefix}-{number}", "reflection", data
        )
    Journal(path).import_json(json.dumps(export), confirm=True)


def run_at_once(*jobs):
    processes = [FORK.Process(target=target, args=args) for target, *args in jobs]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0, process


def test_two_kernels_saving_at_once_while_a_third_reads_lose_nothing(tmp_path, robustness):
    path = tmp_path / "journal.json"
    done, reads = FORK.Event(), FORK.Value("i", 0)
    reader = FORK.Process(target=keep_reading, args=(path, done, reads))
    reader.start()
    run_at_once(*[(save_answers, path, name, 50) for name in ("left", "right")])
    done.set()
    reader.join(60)
    assert reader.exitcode == 0, "the reader saw a corrupt file"
    entries = Journal(path).entries()
    assert sorted(entries) == sorted(f"{name}-{n}" for name in ("left", "right") for n in range(50))
    assert entries["right-49"]["data"]["text"] == "right answer 49"
    assert reads.value > 0
    assert litter(tmp_path) == []
    assert not list(tmp_path.glob("*.unreadable-*"))
    robustness("journal file", "fault: two kernels saving at once", 100 + reads.value)


def test_two_kernels_importing_at_once_keep_both_imports(tmp_path, robustness):
    path = tmp_path / "journal.json"
    Journal(path).save(reflection("before", "saved before"))
    run_at_once((import_answers, path, "left", 40), (import_answers, path, "right", 40))
    entries = Journal(path).entries()
    assert len(entries) == 81 and entries["before"]["data"]["text"] == "saved before"
    assert entries["right-39"]["data"]["text"] == "right imported 39"
    assert litter(tmp_path) == []
    robustness("journal file", "fault: two kernels importing at once", 2)
