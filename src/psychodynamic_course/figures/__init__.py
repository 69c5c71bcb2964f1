"""The course's teaching figures, drawn in one style (``style.py``) with alt text and a
caption, and listed in :data:`FIGURES` so every figure can be checked the same way.

Example:
    >>> FIGURES["fig-triangle-of-person"]().figure_id
    'fig-triangle-of-person'
"""

from .concept_map import past_to_present_map
from .course_of_sessions import course_of_sessions
from .defence_ladder import defence_ladder_figure
from .dose_effect import dose_effect_figure
from .effect_sizes import effect_sizes_figure
from .strange_situation import strange_situation_episodes
from .therapy_phases import therapy_phases
from .triangle_of_conflict import triangle_of_conflict
from .triangle_of_person import triangle_of_person

# Every teaching figure by its id (its HTML anchor), in chapter order. Each function takes
# no arguments and returns an AccessibleFigure with that id. tests/test_figures.py holds
# the checks they all share; the learner's own life timeline (life_timeline.py) is drawn
# from their data, so it is not listed.
FIGURES = {
    "fig-past-to-present": past_to_present_map,
    "fig-defence-ladder": defence_ladder_figure,
    "fig-triangle-of-person": triangle_of_person,
    "fig-dose-effect": dose_effect_figure,
    "fig-strange-situation": strange_situation_episodes,
    "fig-triangle-of-conflict": triangle_of_conflict,
    "fig-course-of-sessions": course_of_sessions,
    "fig-therapy-phases": therapy_phases,
    "fig-effect-sizes": effect_sizes_figure,
}

__all__ = ["FIGURES"]
