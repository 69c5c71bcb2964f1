"""The pattern finder: relationship episodes and what repeats in them (the CCRT method).

Luborsky's core conflictual relationship theme (CCRT) is read from the relationship
episodes a person tells. Each episode has three parts: what the person wanted (the wish,
W), how the other person responded (the response of other, RO) and how the person then
responded (the response of self, RS). Across the episodes, the CCRT is the most frequent
wish, the most frequent response of other and the most frequent response of self, each
counted on its own (Luborsky & Crits-Christoph 1998); it is not the whole combination
that comes back most often. The :class:`PatternFinder` widget lets a learner, or a reader
working on the fictional case of Nadia Reyes, write such episodes, choose for each part a
category from Luborsky's standard lists (grouped into clusters), and see which category of
each part was chosen most often.

Everything happens in the widget's JavaScript (``frontend/widgets/pattern_finder.js``), so it works
in the static book: adding, editing and deleting episodes with undo, the messages beside
the fields, saving in the browser and the tally with its sentences and bar chart.
:func:`tally` is the same count in Python, for a learner's own kernel
(:meth:`PatternFinder.tally`); tests/test_pattern_finder_words.py runs the front end's
count against it and its sentences against a table. The tally describes what was
written; it is not a diagnosis, a test or a score.

Example:
    >>> finder = pattern_finder("chapter-06-my-episodes", chapter="Chapter 6: Patterns that repeat")
    >>> finder.data_kind, finder.read_only
    ('episodes', False)
    >>> tally(nadia_episodes())["most_frequent"]["other"]
    {'count': 5, 'categories': ['rejecting and opposing']}
"""

from __future__ import annotations

import copy
from collections import Counter

import traitlets

from ..content.story import nadia_story
from ..learner_data.data_model import load_schema
from .base import LearnerWidget, styles, widget_module

# The three parts of an episode: the text field and the field holding its category. The
# field names and category values are stored in learners' browsers and journal files.
PARTS = (("wish", "wish_category"), ("other", "other_category"), ("self", "self_category"))
# The fields of an episode in the episodes schema; the bible's `scene`/`when` are not.
_EPISODE_FIELDS = ("id", "who", *(name for part in PARTS for name in part))


def categories() -> dict[str, list[str]]:
    """The categories offered for each part, in the order the schema lists them.

    They are clusters of Luborsky & Crits-Christoph's standard categories; the schema's
    blank choice ("" = no category) is left out.

    Example:
        >>> categories()["wish"][:2]
        ['to assert myself and be independent', 'to oppose, hurt or control others']
    """
    item = load_schema("episodes")["properties"]["episodes"]["items"]["properties"]
    return {part: [c for c in item[field]["enum"] if c] for part, field in PARTS}


def tally(episodes: list[dict]) -> dict:
    """Count the chosen categories of each part, and find each part's most frequent one.

    Returns a dict with:

    * ``"episodes"``: how many episodes there are;
    * ``"wish"``, ``"other"``, ``"self"``: category to count, for the categories chosen at
      least once, most frequent first (equal counts in the schema's order);
    * ``"most_frequent"``: for each part, ``{"count": n, "categories": [...]}``, every
      category that reaches that part's highest count (more than one is a tie), counted
      on its own, as Luborsky's CCRT is; count 0 and no categories when none was chosen;
    * ``"whole_theme"``: a secondary count, how many episodes have one of the most
      frequent categories in all three parts at once (0 when a part has none).

    A missing or blank category counts as none. The front end computes exactly this.

    Example:
        >>> result = tally([
        ...     {"wish_category": "to be loved and understood", "other_category": "helpful",
        ...      "self_category": "helpful"},
        ...     {"wish_category": "to be loved and understood", "other_category": "",
        ...      "self_category": "helpful"},
        ... ])
        >>> result["most_frequent"]["wish"], result["whole_theme"]
        ({'count': 2, 'categories': ['to be loved and understood']}, 1)
    """
    order = categories()
    result: dict = {"episodes": len(episodes)}
    tops: dict = {}
    for part, field in PARTS:
        counts = Counter(e.get(field) for e in episodes if e.get(field))
        # Categories not in the schema sort last instead of failing: tally() also serves
        # data that has not been validated yet.
        rank = {name: index for index, name in enumerate(order[part])}
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], rank.get(kv[0], len(rank)), kv[0]))
        result[part] = dict(ranked)
        top = ranked[0][1] if ranked else 0
        tops[part] = {"count": top, "categories": [name for name, n in ranked if n == top]}
    result["most_frequent"] = tops
    result["whole_theme"] = sum(
        1
        for e in episodes
        if all(e.get(field) and e.get(field) in tops[part]["categories"] for part, field in PARTS)
    )
    return result


def nadia_episodes() -> list[dict]:
    """The fictional case: six relationship episodes of Nadia Reyes, in her own words.

    They come from the story bible (``story/nadia.yml``, its ``episodes``), in story
    order: three from the two years before therapy and three from her first months in it.
    Most carry a recurring theme: a wish to be close or to be understood, a response she
    experiences as rejection, and her own response of pulling away, hurt or outwardly in
    control. With Dr Cole the other's response differs, which is what a therapist and
    patient might explore together. Only the schema's fields are returned (not the
    bible's ``scene``/``when``), as a fresh copy each time.

    Example:
        >>> [episode["who"] for episode in nadia_episodes()][:2]
        ["Sam, at a friend's party", 'Sam, my partner']
    """
    return [
        {name: episode[name] for name in _EPISODE_FIELDS if name in episode}
        for episode in nadia_story()["episodes"]
    ]


class PatternFinder(LearnerWidget):
    """Relationship episodes and the tally of their three parts, each counted on its own.

    The learner's episodes are saved in the browser (and, in a kernel, in the journal
    file) and reach Python only in messages, never in synced traits. The fictional case
    (``sample_episodes``, Nadia's episodes) is course material, so it is synced: the
    front end offers it as "Work on the fictional case: Nadia". With ``read_only=True``
    the widget shows only the sample and its tally, for a chapter to discuss; nothing is
    saved then.

    Example:
        >>> import pathlib, tempfile
        >>> from psychodynamic_course.learner_data.journal import Journal
        >>> journal = Journal(pathlib.Path(tempfile.mkdtemp()) / "journal.json")
        >>> finder = PatternFinder(widget_id="demo-episodes", journal=journal)
        >>> finder.tally()["episodes"]  # nothing saved in this new journal yet
        0
    """

    kind = "pattern finder"
    data_kind = "episodes"
    _esm = widget_module("pattern_finder")
    _css = styles("pattern_finder.css")

    title = traitlets.Unicode("Pattern finder: what repeats in relationship episodes").tag(
        sync=True
    )
    # Course material, never learner data: the fictional case the reader may work on.
    sample_episodes = traitlets.List(traitlets.Dict()).tag(sync=True)
    sample_name = traitlets.Unicode("Nadia").tag(sync=True)
    # Show only the sample, with no form and no saving (for discussing the case in a chapter).
    read_only = traitlets.Bool(False).tag(sync=True)
    # For the projector: starts empty, saved nowhere (widgets/class_demo.py).
    class_demo = traitlets.Bool(False).tag(sync=True)

    @traitlets.default("sample_episodes")
    def _default_sample(self):
        return nadia_episodes()

    @property
    def episodes(self) -> list[dict]:
        """The episodes shown: the sample when read-only, else what the learner saved."""
        if self.read_only:
            return copy.deepcopy(self.sample_episodes)
        data = self.data
        return list(data["episodes"]) if data else []

    def tally(self) -> dict:
        """The :func:`tally` of the episodes shown (see :attr:`episodes`).

        Example:
            >>> nadia_patterns().tally()["wish"]["to be close and accepting"]
            4
        """
        return tally(self.episodes)

    def fallback_text(self) -> str:
        if self.read_only:
            return (
                f"[Pattern finder showing the fictional case of {self.sample_name} "
                f"({len(self.sample_episodes)} relationship episodes): run this notebook in "
                "Jupyter to see it, or open this chapter in the online book.]"
            )
        return (
            "[Pattern finder for relationship episodes (what I wanted, how they responded, how "
            "I responded): run this notebook in Jupyter to use it, or open this chapter in the "
            "online book.]"
        )


def pattern_finder(
    widget_id: str,
    *,
    chapter: str = "",
    title: str | None = None,
    journal=None,
) -> PatternFinder:
    """A pattern finder in which the learner records their own (or Nadia's) episodes.

    ``widget_id`` names where the episodes are saved; use a new id for each place in the
    book that should keep its own list.

    Example:
        >>> finder = pattern_finder(
        ...     "chapter-06-my-episodes", chapter="Chapter 6: Patterns that repeat"
        ... )
        >>> finder.storage_key
        'psychodynamic-course:chapter-06-my-episodes'
    """
    kwargs = {"title": title} if title is not None else {}
    return PatternFinder(widget_id=widget_id, chapter=chapter, journal=journal, **kwargs)


def nadia_patterns(
    widget_id: str = "nadia-patterns", *, chapter: str = "", title: str | None = None
) -> PatternFinder:
    """The fictional case of Nadia Reyes in the pattern finder, read-only, with its tally.

    Example:
        >>> finder = nadia_patterns(chapter="Chapter 6: Patterns that repeat")
        >>> finder.read_only, finder.tally()["most_frequent"]["wish"]["categories"]
        (True, ['to be close and accepting'])
    """
    return PatternFinder(
        widget_id=widget_id,
        chapter=chapter,
        title=title or "Nadia's relationship episodes (a fictional case)",
        read_only=True,
    )
