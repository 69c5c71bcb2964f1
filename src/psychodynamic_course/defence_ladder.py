"""Vaillant's hierarchy of defences as a ladder: an explorable widget and a printable figure.

Vaillant (1994) sorts defence mechanisms into four levels, from those that bend a person's
grasp of outside reality itself (pathological, also called psychotic) to those that keep
feelings in awareness and put them to good use (mature). The :class:`DefenceLadder`
widget lets a reader move between the four rungs and read each level's defences, each
with a one-line definition and a short fictional example; :func:`defence_ladder_figure`
draws the same ladder for print.

The ladder sorts *defences*, not people: everyone uses defences from several levels
(Vaillant 1994 says so himself), and nothing here describes or scores the reader. The
content is course material, kept as data in :data:`LEVELS` and checked by the tests; the
widget holds no learner data, so the ladder travels to the front end as a synced trait.

Example:
    >>> [level["name"] for level in LEVELS]
    ['Mature', 'Neurotic', 'Immature', 'Pathological']
    >>> defence_ladder().level
    'neurotic'
"""

from __future__ import annotations

import json

import traitlets
from matplotlib.patches import FancyBboxPatch

from ._widget import CourseWidget, styles, widget_module
from .figure_style import PALETTE, AccessibleFigure, course_style, new_diagram, tint

# Top rung first, as the ladder is drawn. Every example is about a fictional person:
# Nadia Reyes (the book's fictional case), her family and colleagues, or someone
# invented for that one line. The pathological rung is illustrated with people who are
# clearly unwell, never with Nadia, because these defences belong to severe illness.
LEVELS: tuple[dict, ...] = (
    {
        "id": "mature",
        "rung": 4,
        "name": "Mature",
        "summary": (
            "The feeling stays in awareness and is expressed or postponed in a way that "
            "works for the person and for the people around them."
        ),
        "protects": "Takes the edge off a painful feeling while still letting it be felt.",
        "costs": "Little: the feeling and the facts both stay in view.",
        "defences": (
            {
                "name": "Altruism",
                "definition": (
                    "Meeting one's own needs partly through helping others, in a way that "
                    "brings real satisfaction rather than quiet resentment."
                ),
                "example": (
                    "Dev, who struggled to read as a child, volunteers at Nadia's library "
                    "teaching adults to read, and calls those evenings the best of his week."
                ),
            },
            {
                "name": "Humour",
                "definition": (
                    "Saying something painful in a way that lets everyone, oneself included, "
                    "feel it without being overwhelmed."
                ),
                "example": (
                    "At her grandmother's funeral, Nadia's mother tells the story of the "
                    "grandmother's terrible driving, and the family laughs and cries together."
                ),
            },
            {
                "name": "Suppression",
                "definition": (
                    "Deciding, consciously, to set a worry aside for now and coming back to "
                    "it later."
                ),
                "example": (
                    "On the morning the library reopens, Nadia reads that her father will not "
                    "come after all. She tells herself: not now, tonight. That evening she "
                    "lets herself feel it and writes it down for her next session."
                ),
            },
            {
                "name": "Anticipation",
                "definition": (
                    "Thinking ahead realistically about a coming difficulty, feeling some of "
                    "it in advance and planning for it."
                ),
                "example": (
                    "Knowing Dr Cole will be away for three weeks in August, Nadia admits in "
                    "July that she is already dreading it, and plans who she will see while "
                    "Dr Cole is away."
                ),
            },
            {
                "name": "Sublimation",
                "definition": (
                    "Channelling a difficult feeling or impulse into an activity that is "
                    "valued and satisfying."
                ),
                "example": (
                    "Furious after an unfair eviction, Carmen puts her energy into setting up "
                    "a tenants' advice evening at her local library."
                ),
            },
        ),
    },
    {
        "id": "neurotic",
        "rung": 3,
        "name": "Neurotic",
        "summary": (
            "Outside reality is seen clearly, but a painful feeling or idea is kept out of "
            "view or moved somewhere safer. Very common in everyday life."
        ),
        "protects": "Lets daily life go on without being flooded by a painful feeling.",
        "costs": (
            "The feeling goes unnoticed, so it cannot be understood, and it tends to leak "
            "out sideways."
        ),
        "defences": (
            {
                "name": "Intellectualization",
                "definition": (
                    "Thinking about a painful subject in abstract, detached terms so that "
                    "the feeling stays out of it."
                ),
                "example": (
                    "Asked about Sam leaving, Nadia gives Dr Cole a calm account of why "
                    "relationships between busy people often fade, with no trace of sadness."
                ),
            },
            {
                "name": "Repression",
                "definition": (
                    "Keeping a distressing thought or feeling out of awareness without "
                    "deciding to; it may show only indirectly."
                ),
                "example": (
                    "Three weeks running, Nadia forgets to answer her father's message about "
                    "dates for a visit, although she never forgets a work deadline."
                ),
            },
            {
                "name": "Displacement",
                "definition": (
                    "Redirecting a feeling from the person or thing that caused it onto a "
                    "safer target."
                ),
                "example": (
                    "After a tense phone call with her father, Nadia snaps at her brother "
                    "Leo for arriving five minutes late."
                ),
            },
            {
                "name": "Reaction formation",
                "definition": (
                    "Handling an unwelcome wish or feeling by showing its opposite, often in "
                    "an exaggerated way."
                ),
                "example": (
                    "Longing to be looked after, Nadia becomes the colleague who looks after "
                    "everyone: she covers every absence and never asks for cover herself."
                ),
            },
        ),
    },
    {
        "id": "immature",
        "rung": 2,
        "name": "Immature",
        "summary": (
            "A painful feeling is handled through other people or through action rather "
            "than felt. Relief comes quickly; relationships often pay for it."
        ),
        "protects": "Quick relief from a feeling that seems unbearable in the moment.",
        "costs": (
            "Other people bear the feeling instead, and misunderstandings and conflict "
            "tend to follow."
        ),
        "defences": (
            {
                "name": "Projection",
                "definition": (
                    "Seeing one's own unacknowledged feelings in someone else instead of in "
                    "oneself."
                ),
                "example": (
                    "Irritated with her manager Priya but unaware of it, Nadia becomes sure "
                    "that Priya is annoyed with her."
                ),
            },
            {
                "name": "Fantasy",
                "definition": (
                    "Retreating into daydreams in place of dealing with people or problems "
                    "in real life."
                ),
                "example": (
                    "Lonely at a new school, Jonah spends every break imagining a life as a "
                    "famous footballer with crowds of friends, and stops trying to talk to "
                    "his classmates."
                ),
            },
            {
                "name": "Hypochondriasis",
                "definition": (
                    "In Vaillant's sense, not the medical diagnosis: turning unspoken "
                    "reproach or a need for care into repeated complaints of illness."
                ),
                "example": (
                    "After his daughter moves away, Mr Haddad phones her each day about a "
                    "new ache, and every reassurance seems to leave him feeling worse."
                ),
            },
            {
                "name": "Passive aggression",
                "definition": (
                    "Expressing anger indirectly, through lateness, forgetting or help that "
                    "somehow fails."
                ),
                "example": (
                    "Asked to take on yet another project, Nadia says \u201cof course\u201d, "
                    "then hands in the plan late, without the one section Priya needed."
                ),
            },
            {
                "name": "Acting out",
                "definition": (
                    "Acting on an impulse straight away so as not to feel the emotion behind it."
                ),
                "example": (
                    "Told that her contract will not be renewed, Rosa walks out of the "
                    "meeting and spends most of her month's rent on a shopping spree."
                ),
            },
        ),
    },
    {
        "id": "pathological",
        "rung": 1,
        "name": "Pathological",
        "summary": (
            "Also called psychotic defences. Outside reality itself is bent to fit inner "
            "needs; seen mainly in severe illness, and never a label to hand out casually."
        ),
        "protects": "Shields a person from a reality that feels utterly unbearable.",
        "costs": (
            "A shared sense of reality is lost, and with it much of the person's ability "
            "to cope with everyday life."
        ),
        "defences": (
            {
                "name": "Delusional projection",
                "definition": (
                    "Firm false beliefs, often of being persecuted, that place one's own "
                    "unbearable feelings in the outside world."
                ),
                "example": (
                    "During a severe illness, Mr Ortiz becomes certain that his neighbours "
                    "are plotting against him, and no evidence can shake the belief."
                ),
            },
            {
                "name": "Psychotic denial",
                "definition": (
                    "Refusing to accept a plain fact of outside reality itself, not just "
                    "its meaning."
                ),
                "example": (
                    "Months after his wife has died, Walter, severely unwell, insists that "
                    "she is away visiting her sister and sets her place at every meal."
                ),
            },
            {
                "name": "Distortion",
                "definition": (
                    "Reshaping outside reality to suit inner needs, for example through "
                    "wish-fulfilling beliefs."
                ),
                "example": (
                    "During a severe illness, Ines is convinced she has been chosen to "
                    "conduct a famous orchestra, and resigns from her job to prepare."
                ),
            },
        ),
    },
)


def levels() -> list[dict]:
    """A fresh, JSON-ready copy of the ladder's content, top rung (mature) first.

    Example:
        >>> [defence["name"] for defence in levels()[1]["defences"]][:2]
        ['Intellectualization', 'Repression']
    """
    # Through JSON: tuples become lists, and the copy shares nothing with LEVELS.
    return json.loads(json.dumps(LEVELS))


class DefenceLadder(CourseWidget):
    """Vaillant's four levels of defence as a ladder the reader can climb.

    The front end (``frontend/widgets/defence_ladder.js``) shows the rungs as a labelled, vertical
    tab list (arrow keys, Home and End move between rungs) and, for the chosen rung, the
    level's summary, what its defences protect against and what they cost, and each
    defence with a definition and a fictional example. Everything happens in the
    browser, so the ladder works in the static book. ``level`` is the rung shown; set it
    from Python to turn the ladder in a live notebook.

    Example:
        >>> ladder = DefenceLadder(widget_id="demo-ladder", level="mature")
        >>> ladder.current()["defences"][2]["name"]
        'Suppression'
    """

    kind = "defence ladder"
    _esm = widget_module("defence_ladder")
    _css = styles("defence_ladder.css")

    title = traitlets.Unicode("Vaillant's ladder of defences").tag(sync=True)
    # Course material, never learner data, so it may be synced and embedded in the page.
    levels = traitlets.List(traitlets.Dict()).tag(sync=True)
    level = traitlets.Unicode("neurotic").tag(sync=True)

    @traitlets.default("levels")
    def _default_levels(self):
        return levels()

    @traitlets.validate("level")
    def _validate_level(self, proposal):
        value = proposal["value"]
        known = [item["id"] for item in self.levels]
        if value not in known:
            raise traitlets.TraitError(f"level must be one of {known}; got {value!r}")
        return value

    def current(self) -> dict:
        """The level shown now (one item of :attr:`levels`)."""
        return next(item for item in self.levels if item["id"] == self.level)

    def fallback_text(self) -> str:
        rungs = ", ".join(
            f"{item['name'].lower()} ({', '.join(d['name'].lower() for d in item['defences'])})"
            for item in self.levels
        )
        return (
            f"[Defence ladder, Vaillant's four levels from top to bottom: {rungs}. Run this "
            "notebook in Jupyter to explore it, or open this chapter in the online book.]"
        )


def defence_ladder(widget_id: str = "chapter-02-defence-ladder", *, level: str = "neurotic"):
    """The explorable ladder of defences for a chapter, opened at ``level``.

    Example:
        >>> defence_ladder(level="immature").current()["name"]
        'Immature'
    """
    return DefenceLadder(widget_id=widget_id, level=level)


# -- the printable figure ---------------------------------------------------------------

_WIDTH, _HEIGHT = 10.0, 6.2
_RAIL_LEFT, _RAIL_RIGHT = 1.7, 9.8
_RUNG_HEIGHT, _RUNG_GAP, _RUNGS_TOP = 1.1, 0.25, 5.85

# Each rung pairs a colour with an outline style and its printed name, so the levels stay
# distinct in greyscale and for readers who cannot tell the colours apart.
_RUNG_STYLE = {
    "mature": {"colour": PALETTE["green"], "linestyle": "solid", "linewidth": 2.5},
    "neurotic": {"colour": PALETTE["blue"], "linestyle": "solid", "linewidth": 1.5},
    "immature": {"colour": PALETTE["orange"], "linestyle": "dashed", "linewidth": 1.5},
    "pathological": {"colour": PALETTE["vermillion"], "linestyle": "dotted", "linewidth": 2.0},
}

_TAGLINE = {
    "mature": "feeling kept in view and put to good use",
    "neurotic": "reality seen clearly; a feeling kept out of view or moved",
    "immature": "feeling handled through other people or action",
    "pathological": "outside reality itself bent; mainly in severe illness",
}


def _alt_text() -> str:
    rungs = "; ".join(
        f"level {item['rung']}, {item['name'].lower()} ({_TAGLINE[item['id']]}): "
        + ", ".join(d["name"].lower() for d in item["defences"])
        for item in LEVELS
    )
    return (
        "A ladder with four rungs showing Vaillant's hierarchy of defences, most adaptive at "
        f"the top. From top to bottom: {rungs}. An arrow beside the ladder points upwards, "
        "labelled 'more flexible, less distortion of reality'. A note under the ladder says "
        "that the ladder sorts defences, not people, and that everyone uses defences from "
        "several levels."
    )


_CAPTION = (
    "Vaillant's ladder of defences (after Vaillant, 1994). The higher the rung, the less a "
    "defence distorts feelings or reality and the more room it leaves to act well. The "
    "ladder sorts defences, not people: everyone uses defences from several levels, and "
    "the same person may climb up or down with stress and support."
)


def defence_ladder_figure() -> AccessibleFigure:
    """Draw Vaillant's four levels of defence as a ladder, for print and for reference.

    Four rungs between two rails, mature at the top, each naming its level, a short
    description and its defences; an arrow beside the ladder shows the direction of
    greater flexibility. Deterministic: the SVG is the same on every run.

    Example:
        >>> figure = defence_ladder_figure()
        >>> figure.figure_id, "suppression" in figure.alt
        ('fig-defence-ladder', True)
    """
    with course_style():
        fig, ax = new_diagram(_WIDTH, _HEIGHT)

        bottom_of_ladder = _RUNGS_TOP - len(LEVELS) * _RUNG_HEIGHT - (len(LEVELS) - 1) * _RUNG_GAP
        for x in (_RAIL_LEFT, _RAIL_RIGHT):
            ax.plot(
                [x, x],
                [bottom_of_ladder - 0.15, _RUNGS_TOP + 0.2],
                color=PALETTE["grey"],
                linewidth=4,
                solid_capstyle="round",
            )
        for index, item in enumerate(LEVELS):
            top = _RUNGS_TOP - index * (_RUNG_HEIGHT + _RUNG_GAP)
            _draw_rung(ax, item, top - _RUNG_HEIGHT)

        _draw_direction(ax, bottom_of_ladder, _RUNGS_TOP)
        ax.text(
            (_RAIL_LEFT + _RAIL_RIGHT) / 2,
            0.3,
            "The ladder sorts defences, not people: everyone uses defences from several levels.",
            ha="center",
            va="center",
            fontsize=11.5,
            fontstyle="italic",
            color=PALETTE["black"],
        )

    return AccessibleFigure(fig, alt=_alt_text(), caption=_CAPTION, figure_id="fig-defence-ladder")


def _draw_rung(ax, item: dict, bottom: float) -> None:
    """One rung: a box between the rails with the level's name, tagline and defences."""
    style = _RUNG_STYLE[item["id"]]
    left = _RAIL_LEFT + 0.15
    width = _RAIL_RIGHT - _RAIL_LEFT - 0.3
    ax.add_patch(
        FancyBboxPatch(
            (left, bottom),
            width,
            _RUNG_HEIGHT,
            boxstyle="round,pad=0,rounding_size=0.1",
            facecolor=tint(style["colour"], 0.16),
            edgecolor=style["colour"],
            linestyle=style["linestyle"],
            linewidth=style["linewidth"],
        )
    )
    centre_x = left + width / 2
    ax.text(
        centre_x,
        bottom + _RUNG_HEIGHT * 0.76,
        f"Level {item['rung']}: {item['name']}",
        ha="center",
        va="center",
        fontsize=14,
        fontweight="bold",
        color=PALETTE["black"],
    )
    ax.text(
        centre_x,
        bottom + _RUNG_HEIGHT * 0.5,
        _TAGLINE[item["id"]],
        ha="center",
        va="center",
        fontsize=11.5,
        fontstyle="italic",
        color=PALETTE["black"],
    )
    ax.text(
        centre_x,
        bottom + _RUNG_HEIGHT * 0.22,
        " \u00b7 ".join(d["name"] for d in item["defences"]),
        ha="center",
        va="center",
        fontsize=12,
        color=PALETTE["black"],
    )


def _draw_direction(ax, bottom: float, top: float) -> None:
    """The arrow beside the ladder: up means more flexible, less distortion of reality."""
    x = 0.95
    ax.annotate(
        "",
        xy=(x, top),
        xytext=(x, bottom),
        arrowprops={
            "arrowstyle": "-|>",
            "color": PALETTE["black"],
            "linewidth": 2,
            "mutation_scale": 20,
        },
    )
    ax.text(
        x - 0.4,
        (top + bottom) / 2,
        "more flexible,\nless distortion of reality",
        ha="center",
        va="center",
        rotation=90,
        fontsize=11.5,
        color=PALETTE["black"],
        linespacing=1.2,
    )
