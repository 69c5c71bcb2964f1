"""The course's teaching figures, drawn in one style (``style.py``) with alt text and a
caption, and listed in :data:`FIGURES` so every figure can be checked the same way.

Example:
    >>> FIGURES["fig-triangle-of-person"]().figure_id
    'fig-triangle-of-person'
"""

# The modules, not their functions: three functions share their module's name, and a
# function bound here would hide the module (import psychodynamic_course.figures.x as m).
from . import (
    concept_map,
    course_of_sessions,
    defence_ladder,
    dose_effect,
    effect_sizes,
    strange_situation,
    therapy_phases,
    triangle_of_conflict,
    triangle_of_person,
)

# Every teaching figure by its id (its HTML anchor), in chapter order. Each function takes
# no arguments and returns an AccessibleFigure with that id. tests/test_figures.py holds
# the checks they all share; the learner's own life timeline (life_timeline.py) is drawn
# from their data, so it is not listed.
FIGURES = {
    "fig-past-to-present": concept_map.past_to_present_map,
    "fig-defence-ladder": defence_ladder.defence_ladder_figure,
    "fig-triangle-of-person": triangle_of_person.triangle_of_person,
    "fig-dose-effect": dose_effect.dose_effect_figure,
    "fig-strange-situation": strange_situation.strange_situation_episodes,
    "fig-triangle-of-conflict": triangle_of_conflict.triangle_of_conflict,
    "fig-course-of-sessions": course_of_sessions.course_of_sessions,
    "fig-therapy-phases": therapy_phases.therapy_phases,
    "fig-effect-sizes": effect_sizes.effect_sizes_figure,
}

__all__ = ["FIGURES"]
