"""The pattern finder's tally in words, as the widget's JavaScript writes them (run in Node).

The CCRT is the most frequent category of each part counted on its own (Luborsky &
Crits-Christoph 1998); the sentences say so and never call a combination the theme. The
front end's count is also checked against Python's tally(), which a kernel offers.
"""

import pytest
from frontend_in_node import run_in_node
from pattern_finder_cases import FIXTURE, episode

from psychodynamic_course.learner_data.data_model import load_schema
from psychodynamic_course.widgets import pattern_finder as module
from psychodynamic_course.widgets.pattern_finder import nadia_episodes, tally

CLOSE, LOVED, DISTANT = (
    "to be close and accepting",
    "to be loved and understood",
    "to be distant and avoid conflict",
)
REJECTING, HELPFUL, UPSET = "rejecting and opposing", "helpful", "upset"
DOWN, HELPLESS, ANXIOUS = "disappointed and depressed", "helpless", "anxious and ashamed"


def q(name):
    return f"\u201c{name}\u201d"


def cats(*rows):
    """Episodes with these (wish, other, self) categories; "" is no category."""
    return [
        episode(id=f"t{i}", wish_category=w, other_category=o, self_category=s)
        for i, (w, o, s) in enumerate(rows)
    ]


THEME_NOTE = (
    "In Luborsky\u2019s terms, these would make up the core conflictual relationship theme "
    "(CCRT) of these episodes: the most frequent wish (W), response of other (RO) and "
    "response of self (RS), each counted on its own."
)
TIE_NOTE = (
    f"{THEME_NOTE} A tie keeps each tied category in the theme until more episodes settle it."
)
NO_THEME_NOTE = (
    "The core conflictual relationship theme (CCRT) is the most frequent wish (W), response "
    "of other (RO) and response of self (RS), each counted on its own, so it needs a "
    "category that comes back in every part."
)

# (case, episodes, summary, note, secondary): what the widget says, sentence by sentence.
SENTENCES = [
    (
        "no episodes",
        [],
        "No episodes yet: add one, or work on the fictional case, to see what comes back.",
        "",
        "",
    ),
    (
        "one episode",
        cats((CLOSE, REJECTING, DOWN)),
        f"In the one episode so far, what I wanted was {q(CLOSE)}, how they responded was "
        f"{q(REJECTING)} and how I responded was {q(DOWN)}.",
        "A theme is what comes back across episodes, so it takes more than one to show.",
        "",
    ),
    (
        "one episode with a blank category",
        cats((CLOSE, "", DOWN)),
        f"In the one episode so far, what I wanted was {q(CLOSE)}, how they responded has "
        f"no category chosen yet and how I responded was {q(DOWN)}.",
        "A theme is what comes back across episodes, so it takes more than one to show.",
        "",
    ),
    (
        "two alike",
        cats((CLOSE, REJECTING, DOWN), (CLOSE, REJECTING, DOWN)),
        f"Across these 2 episodes, what I wanted was most often {q(CLOSE)} (2 of 2), how "
        f"they responded was most often {q(REJECTING)} (2 of 2) and how I responded was "
        f"most often {q(DOWN)} (2 of 2).",
        THEME_NOTE,
        "Secondary count: 2 of the 2 episodes match it in all three parts at once.",
    ),
    (
        "all different",
        cats((CLOSE, REJECTING, DOWN), (LOVED, HELPFUL, HELPLESS), (DISTANT, UPSET, ANXIOUS)),
        "Across these 3 episodes, what I wanted was different each time, how they responded "
        "was different each time and how I responded was different each time.",
        NO_THEME_NOTE,
        "",
    ),
    (
        "one category among blanks, and a part with none",
        cats((CLOSE, "", DOWN), ("", "", DOWN), ("", "", HELPLESS)),
        f"Across these 3 episodes, what I wanted was {q(CLOSE)} in 1 of 3, how they "
        f"responded has no category chosen yet and how I responded was most often "
        f"{q(DOWN)} (2 of 3).",
        NO_THEME_NOTE,
        "",
    ),
    (
        "a three-way tie",
        cats(
            (CLOSE, REJECTING, DOWN),
            (CLOSE, REJECTING, DOWN),
            (LOVED, REJECTING, DOWN),
            (LOVED, HELPFUL, HELPLESS),
            (DISTANT, HELPFUL, HELPLESS),
            (DISTANT, REJECTING, DOWN),
        ),
        # Tied categories are named in the schema's order, which lists "distant" first.
        f"Across these 6 episodes, what I wanted was most often {q(DISTANT)}, {q(CLOSE)} or "
        f"{q(LOVED)} (2 of 6 each), how they responded was most often {q(REJECTING)} "
        f"(4 of 6) and how I responded was most often {q(DOWN)} (4 of 6).",
        TIE_NOTE,
        "Secondary count: 4 of the 6 episodes match it in all three parts at once.",
    ),
    (
        "a theme that no single episode has whole",
        cats((CLOSE, REJECTING, HELPLESS), (CLOSE, HELPFUL, DOWN), (LOVED, REJECTING, DOWN)),
        f"Across these 3 episodes, what I wanted was most often {q(CLOSE)} (2 of 3), how "
        f"they responded was most often {q(REJECTING)} (2 of 3) and how I responded was "
        f"most often {q(DOWN)} (2 of 3).",
        THEME_NOTE,
        "Secondary count: no single episode matches it in all three parts at once.",
    ),
    (
        "one episode has the whole theme",
        cats((CLOSE, REJECTING, DOWN), (CLOSE, HELPFUL, DOWN), (LOVED, REJECTING, HELPLESS)),
        f"Across these 3 episodes, what I wanted was most often {q(CLOSE)} (2 of 3), how "
        f"they responded was most often {q(REJECTING)} (2 of 3) and how I responded was "
        f"most often {q(DOWN)} (2 of 3).",
        THEME_NOTE,
        "Secondary count: 1 of the 3 episodes matches it in all three parts at once.",
    ),
    (
        "the known episodes",
        FIXTURE,
        f"Across these 7 episodes, what I wanted was most often {q(CLOSE)} (3 of 7), how "
        f"they responded was most often {q(REJECTING)} or {q(HELPFUL)} (2 of 7 each) and "
        f"how I responded was most often {q(DOWN)} (3 of 7).",
        TIE_NOTE,
        "Secondary count: 2 of the 7 episodes match it in all three parts at once.",
    ),
    (
        "Nadia",
        nadia_episodes(),
        f"Across these 6 episodes, what I wanted was most often {q(CLOSE)} (4 of 6), how "
        f"they responded was most often {q(REJECTING)} (5 of 6) and how I responded was "
        f"most often {q(DOWN)} (3 of 6).",
        THEME_NOTE,
        "Secondary count: 3 of the 6 episodes match it in all three parts at once.",
    ),
]


def run_front_end(cases: list[list[dict]]) -> list:
    """patternTally and patternSentences from frontend/lib/pattern_tally.js, run in Node."""
    return run_in_node(
        'import { patternSentences, patternTally } from "pattern_tally.js";',
        """input.cases.map((episodes) => {
          const result = patternTally(episodes, input.schema);
          return [result, patternSentences(result)];
        })""",
        {"schema": load_schema("episodes"), "cases": cases},
    )


@pytest.fixture(scope="module")
def front_end_words() -> list[dict]:
    """What the front end writes for each case of SENTENCES, in the same order."""
    return [words for _, words in run_front_end([case[1] for case in SENTENCES])]


@pytest.mark.parametrize(
    ("index", "summary", "note", "secondary"),
    [(index, *case[2:]) for index, case in enumerate(SENTENCES)],
    ids=[case[0] for case in SENTENCES],
)
def test_the_tally_reads_as_sentences(front_end_words, index, summary, note, secondary):
    assert front_end_words[index] == {"summary": summary, "note": note, "secondary": secondary}


def test_the_words_never_call_a_combination_the_theme(front_end_words):
    for words in front_end_words:
        assert "combination" not in " ".join(words.values())
        assert "standard categor" not in " ".join(words.values())


def test_the_front_end_counts_as_python_does():
    cases = [case[1] for case in SENTENCES]
    cases += [list(reversed(FIXTURE)), [episode(id="a", wish_category="zzz"), episode()]]
    for episodes, (result, _) in zip(cases, run_front_end(cases), strict=True):
        expected = tally(episodes)
        assert result == expected
        # Key order too: the counts are shown in the order tally() ranks them.
        for part, _ in module.PARTS:
            assert list(result[part]) == list(expected[part])
