"""Episodes shared by the pattern finder's tests: the known fixture and a typical episode."""

import json
from pathlib import Path

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
