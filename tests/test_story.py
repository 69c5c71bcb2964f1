"""One Nadia: the figures, samples and chapters follow the story bible (story/nadia.yml)."""

import json
import re
from pathlib import Path

import pytest

from psychodynamic_course.content.story import (
    nadia_sample_events,
    nadia_story,
    reserved_names,
    scene,
)
from psychodynamic_course.figures import course_of_sessions

BOOK = Path(__file__).resolve().parents[1] / "book"
STORY = nadia_story()
SCENE_IDS = [s["id"] for s in STORY["scenes"]]
CHAPTERS = sorted(BOOK.glob("chapter_0*.ipynb"))


def chapter_text(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def therapy_time(item: dict) -> float:
    """Where a scene sits in the story: before therapy, then weeks, then months."""
    if "week" in item:
        return item["week"] / 4.35
    if "month" in item:
        return item["month"]
    return -1.0


def test_scene_ids_are_unique_and_each_is_told_in_one_chapter():
    assert len(SCENE_IDS) == len(set(SCENE_IDS))
    for item in STORY["scenes"]:
        assert item["told_in"] in range(1, 10), item["id"]


def test_scenes_are_in_story_order():
    times = [therapy_time(item) for item in STORY["scenes"]]
    assert times == sorted(times), "scenes in story/nadia.yml must be listed in story order"


def test_the_course_of_sessions_figure_is_drawn_from_the_bible():
    moments = STORY["course_of_sessions"]["moments"]
    assert [m.week for m in course_of_sessions.MOMENTS] == [m["week"] for m in moments]
    for moment in moments:
        told = scene(moment["scene"])
        assert told["week"] == moment["week"], moment["scene"]
        assert moment["title"].startswith(("Week", "Between")), moment["title"]


def test_the_sample_timeline_is_the_bible_life():
    events = nadia_sample_events()
    assert [e["label"] for e in events] == [row[1] for row in STORY["life_events"]]
    assert STORY["person"]["age_at_start"] in {e["age"] for e in events}


def test_reserved_names_include_everyone_named_in_her_story():
    named = {p["name"] for p in STORY["people"] if p["name"][0].isupper()}
    for name in named:
        assert set(name.replace("Dr ", "").split()) <= reserved_names(), name


# "Week 9", "weeks 21 and 22", "in week 26": every week a chapter names is a scene's week.
WEEK = re.compile(r"\b[Ww]eeks? (\d+)(?: (?:and|to) (\d+))?")
SCENE_WEEKS = {int(s["week"]) for s in STORY["scenes"] if "week" in s} | {
    int(s["week"]) + 1 for s in STORY["scenes"] if "week" in s
}
# Ordinal sessions ("her sixth session") are how three different sixth sessions crept in:
# chapters name weeks, which the bible fixes.
ORDINAL_SESSION = re.compile(
    r"\bher (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r" session",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_chapters_name_only_weeks_the_bible_has(path):
    text = chapter_text(path)
    for match in WEEK.finditer(text):
        weeks = {int(n) for n in match.groups() if n}
        # Durations ("six weeks", "26 weeks") are not scenes; only "week N" with a number
        # that is a session week in the first six months is checked.
        strays = {w for w in weeks if w <= STORY["course_of_sessions"]["weeks"]} - SCENE_WEEKS
        assert not strays, f"{path.name}: {match.group(0)!r} is not a week in story/nadia.yml"
    ordinal = ORDINAL_SESSION.search(text)
    assert not ordinal, f"{path.name}: {ordinal.group(0)!r}: name the week from the bible"
