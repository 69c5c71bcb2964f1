"""Episodes shared by the pattern finder's tests: the known fixture, a typical episode, the
schema of one episode and the shape of a most frequent category."""

import json
from pathlib import Path

from psychodynamic_course.learner_data.data_model import load_schema

# The same known episodes are typed into the widget by tests/browser/test_pattern_finder.py.
FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "pattern_finder_episodes.json").read_text(
        encoding="utf-8"
    )
)["episodes"]
SECRET = "I wanted my aunt to call me back about the flat"


def episode(**changes):
    base = {
        "id": "e1",
        "who": "my aunt",
        "wish": SECRET,
        "wish_category": "to be close and accepting",
        "other": "She did not call.",
        "other_category": "rejecting and opposing",
        "self": "I gave up asking.",
        "self_category": "disappointed and depressed",
    }
    base.update(changes)
    return base


# The schema of one episode, which the schema tests check against.
ITEM = load_schema("episodes")["properties"]["episodes"]["items"]


def top(count, *names):
    return {"count": count, "categories": list(names)}
