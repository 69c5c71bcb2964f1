import json
import os
from pathlib import Path

import pytest

from psychodynamic_course.learner_data.data_model import DataError
from psychodynamic_course.learner_data.journal import JOURNAL_ENV, Journal, default_journal_path
from psychodynamic_course.learner_data.journal_format import MAX_IMPORT_BYTES, make_entry

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = (Path(__file__).parent / "fixtures" / "journal_fixture.json").read_text()


def reflection(widget_id="ch01-r", text="Hello", saved_at=1):
    return make_entry(widget_id, "reflection", {"text": text, "mode": "own"}, saved_at=saved_at)


def test_save_get_delete_round_trip(tmp_path):
    journal = Journal(tmp_path / "deep" / "journal.json")
    assert journal.entries() == {}
    journal.save(reflection(text="Café 😊 <script>x</script>"))
    assert Journal(journal.path).get("ch01-r")["data"]["text"] == "Café 😊 <script>x</script>"
    journal.delete("ch01-r")
    assert journal.get("ch01-r") is None


def test_invalid_entries_are_refused_and_change_nothing(tmp_path):
    journal = Journal(tmp_path / "journal.json")
    journal.save(reflection())
    before = journal.path.read_bytes()
    with pytest.raises(DataError, match="5,000"):
        journal.save(reflection(text="x" * 5001))
    with pytest.raises(DataError):
        journal.save({"kind": "reflection"})
    assert journal.path.read_bytes() == before


def test_write_is_atomic_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    journal = Journal(tmp_path / "journal.json")
    journal.save(reflection(text="kept"))

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        journal.save(reflection(text="lost"))
    monkeypatch.undo()
    assert journal.get("ch01-r")["data"]["text"] == "kept"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


@pytest.mark.parametrize("content", ["{not json", '{"format": "other"}', "", '{"entries": []}'])
def test_corrupt_file_is_moved_aside_reported_and_never_overwritten(tmp_path, content):
    path = tmp_path / "journal.json"
    path.write_text(content)
    journal = Journal(path)
    assert journal.entries() == {}
    assert "could not be read" in journal.problem and "moved" in journal.problem
    aside = tmp_path / "journal.unreadable-1.json"
    assert aside.read_text() == content
    journal.save(reflection())
    assert aside.read_text() == content  # the new journal did not touch the old copy


def test_export_json_imports_back_exactly(tmp_path):
    source = Journal(tmp_path / "a.json")
    source.import_json(FIXTURE, confirm=True)
    target = Journal(tmp_path / "b.json")
    plan = target.import_json(source.export_json(), confirm=True)
    assert len(plan["added"]) == len(json.loads(FIXTURE)["entries"])
    assert target.read() == source.read() == json.loads(FIXTURE)


def test_import_plans_first_and_changes_nothing_without_confirmation(tmp_path):
    journal = Journal(tmp_path / "journal.json")
    journal.save(reflection(widget_id="chapter-01-first-thoughts", text="mine"))
    plan = journal.import_json(FIXTURE)
    assert plan["replaced"] == ["chapter-01-first-thoughts"]
    assert len(plan["added"]) == len(json.loads(FIXTURE)["entries"]) - 1
    assert journal.get("chapter-01-first-thoughts")["data"]["text"] == "mine"
    journal.import_json(FIXTURE, confirm=True)
    assert journal.get("chapter-01-first-thoughts")["data"]["text"].startswith("When plans")
    assert journal.plan_import(FIXTURE)["unchanged"] == sorted(json.loads(FIXTURE)["entries"])


def altered(change):
    journal = json.loads(FIXTURE)
    change(journal)
    return json.dumps(journal)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        (FIXTURE[: len(FIXTURE) // 2], "not valid JSON"),
        ("[1, 2]", "not a journal exported from this book"),
        (altered(lambda j: j.update(version=2)), "different version"),
        (altered(lambda j: j.update(course_id="another-book")), "different course"),
        (altered(lambda j: j["entries"]["try-the-tools-reflection"].update(kind="diary")), "kind"),
        (
            altered(
                lambda j: j["entries"]["chapter-05-my-timeline"]["data"]["events"][0].update(
                    age=200
                )
            ),
            "0 to 120",
        ),
        (altered(lambda j: j["entries"]["try-the-tools-reflection"].update(widget_id="x")), "else"),
        (" " * (MAX_IMPORT_BYTES + 1), "too large"),
    ],
)
def test_bad_imports_are_refused_with_a_reason_and_change_nothing(tmp_path, text, message):
    journal = Journal(tmp_path / "journal.json")
    journal.save(reflection())
    before = journal.path.read_bytes()
    with pytest.raises(DataError, match=message):
        journal.import_json(text, confirm=True)
    assert journal.path.read_bytes() == before


def test_markdown_export_uses_the_shared_renderer(tmp_path):
    journal = Journal(tmp_path / "journal.json")
    journal.import_json(FIXTURE, confirm=True)
    expected = (Path(__file__).parent / "fixtures" / "journal_fixture.md").read_text()
    assert journal.export_markdown() == expected


def test_default_location_is_outside_the_repository_and_can_be_moved(monkeypatch, tmp_path):
    monkeypatch.delenv(JOURNAL_ENV, raising=False)
    assert ROOT not in default_journal_path().parents
    monkeypatch.setenv(JOURNAL_ENV, str(tmp_path / "mine.json"))
    assert default_journal_path() == tmp_path / "mine.json"
    assert Journal().path == tmp_path / "mine.json"


def test_clear_empties_the_journal(tmp_path):
    journal = Journal(tmp_path / "journal.json")
    journal.save(reflection())
    journal.clear()
    assert journal.entries() == {}


def test_learner_id_is_made_once_and_shared_by_every_kernel_on_this_journal(tmp_path):
    journal = Journal(tmp_path / "journal.json")
    made = journal.learner_id
    assert Journal(journal.path).learner_id == made
    assert journal.learner_id_path.read_text().strip() == made
    assert Journal(tmp_path / "other" / "journal.json").learner_id != made


def test_learner_id_survives_clear_and_is_never_exported(tmp_path):
    journal = Journal(tmp_path / "journal.json")
    journal.save(reflection())
    made = journal.learner_id
    journal.clear()
    assert Journal(journal.path).learner_id == made
    assert made not in journal.export_json()
    assert made not in journal.export_markdown()


@pytest.mark.parametrize("content", ["", "short", "has spaces in it and more", "\xff\xfe" * 12])
def test_a_damaged_learner_id_file_is_replaced_by_a_new_id(tmp_path, content):
    journal = Journal(tmp_path / "journal.json")
    journal.learner_id_path.write_bytes(content.encode("latin-1"))
    made = Journal(journal.path).learner_id
    assert made != content and len(made) >= 16
    assert journal.learner_id_path.read_text().strip() == made


def test_without_a_writable_folder_the_learner_id_comes_from_the_journal_place(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(
        "psychodynamic_course.learner_data.journal._replace_file",
        lambda *args: (_ for _ in ()).throw(PermissionError("read-only")),
    )
    monkeypatch.setenv("JUPYTERHUB_USER", "ada")
    first = Journal(tmp_path / "a" / "journal.json").learner_id
    assert first == Journal(tmp_path / "a" / "journal.json").learner_id
    assert first != Journal(tmp_path / "b" / "journal.json").learner_id
    monkeypatch.setenv("JUPYTERHUB_USER", "grace")
    assert first != Journal(tmp_path / "a" / "journal.json").learner_id
