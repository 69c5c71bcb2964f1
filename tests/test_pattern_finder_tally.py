"""The pattern finder's tally: each part of the episodes counted on its own."""

from pattern_finder_cases import FIXTURE, episode, top

from psychodynamic_course.widgets.pattern_finder import tally

# -- the tally: each part counted on its own (Luborsky's CCRT) -----------------------------


def test_tally_of_the_known_episodes():
    result = tally(FIXTURE)
    assert result["episodes"] == 7
    # Equal counts follow the schema's order: "distant" is listed before "achieve".
    assert list(result["wish"].items()) == [
        ("to be close and accepting", 3),
        ("to be loved and understood", 2),
        ("to be distant and avoid conflict", 1),
        ("to achieve and help others", 1),
    ]
    assert list(result["other"].items()) == [
        ("rejecting and opposing", 2),
        ("helpful", 2),
        ("likes me", 1),
    ]
    assert list(result["self"].items()) == [
        ("disappointed and depressed", 3),
        ("respected and accepted", 2),
        ("helpful", 1),
    ]
    # Each part on its own: the wish and the response of self have one winner, the
    # response of other a tie, listed in the schema's order.
    assert result["most_frequent"] == {
        "wish": top(3, "to be close and accepting"),
        "other": top(2, "rejecting and opposing", "helpful"),
        "self": top(3, "disappointed and depressed"),
    }
    # fx-1 and fx-2 have a most frequent category in all three parts; fx-6 has no
    # response of other, fx-3 and fx-4 another wish and response of self.
    assert result["whole_theme"] == 2


def test_the_theme_is_not_the_most_frequent_combination():
    # Two episodes repeat one combination; the four others never repeat theirs, yet each
    # part's most frequent category is a different one: the CCRT counts parts on their own.
    repeated = {"wish_category": "to be close and accepting"}
    repeated |= {"other_category": "helpful", "self_category": "helpful"}
    others = [
        ("to be loved and understood", "rejecting and opposing", "helpless"),
        ("to be loved and understood", "rejecting and opposing", "anxious and ashamed"),
        ("to be loved and understood", "upset", "helpless"),
        ("to be distant and avoid conflict", "rejecting and opposing", "helpless"),
    ]
    episodes = [episode(id="r1", **repeated), episode(id="r2", **repeated)] + [
        episode(id=f"o{i}", wish_category=w, other_category=o, self_category=s)
        for i, (w, o, s) in enumerate(others)
    ]
    result = tally(episodes)
    assert result["most_frequent"] == {
        "wish": top(3, "to be loved and understood"),
        "other": top(3, "rejecting and opposing"),
        "self": top(3, "helpless"),
    }
    assert result["whole_theme"] == 1  # only o0 has all three


def test_tally_does_not_depend_on_the_order_of_episodes():
    assert tally(list(reversed(FIXTURE))) == tally(FIXTURE)


def test_one_more_episode_breaks_the_tie():
    result = tally([*FIXTURE, episode(id="extra")])
    assert result["most_frequent"]["other"] == top(3, "rejecting and opposing")
    assert result["whole_theme"] == 3


def test_blank_or_missing_categories_count_as_none():
    partial = episode(other_category="")
    missing = episode(id="e2")
    del missing["self_category"]
    result = tally([partial, missing])
    assert result["wish"] == {"to be close and accepting": 2}
    assert result["other"] == {"rejecting and opposing": 1}
    assert result["self"] == {"disappointed and depressed": 1}
    assert result["most_frequent"]["other"] == top(1, "rejecting and opposing")
    assert result["whole_theme"] == 0


def test_a_tie_lists_its_categories_in_the_schemas_order():
    a = episode(id="a", self_category="helpless")
    b = episode(id="b", wish_category="to assert myself and be independent")
    result = tally([a, b])
    # "assert" is the schema's first wish; it lists "helpless" before "disappointed".
    assert result["most_frequent"]["wish"] == top(
        1, "to assert myself and be independent", "to be close and accepting"
    )
    assert result["most_frequent"]["self"] == top(1, "helpless", "disappointed and depressed")
    assert result["most_frequent"]["other"] == top(2, "rejecting and opposing")


def test_tally_of_nothing():
    assert tally([]) == {
        "episodes": 0,
        "wish": {},
        "other": {},
        "self": {},
        "most_frequent": {"wish": top(0), "other": top(0), "self": top(0)},
        "whole_theme": 0,
    }


def test_unknown_categories_sort_after_the_standard_ones():
    result = tally([episode(id="a", wish_category="zzz"), episode(id="b")])
    assert list(result["wish"]) == ["to be close and accepting", "zzz"]
    assert result["most_frequent"]["wish"] == top(1, "to be close and accepting", "zzz")
