"""Interactive components and figures of the psychodynamic therapy course book.

Every chapter builds its widgets and figures with one call imported from here, for
example::

    from psychodynamic_course import load_quiz, load_reflection, past_to_present_map
    past_to_present_map()                          # a figure with alt text and caption
    load_quiz("chapter-01")                        # a self-check quiz, kernel or not
    load_reflection("chapter-01-first-thoughts")   # a private reflection

The code lives in four subpackages: ``widgets`` (the anywidgets), ``learner_data`` (the
journal file and its rules), ``figures`` (the teaching figures, listed in
``figures.FIGURES``) and ``content`` (the course's data files and their loaders). The
names here are the functions and classes; the modules of the same name (for example
``psychodynamic_course.widgets.pattern_finder``) are imported by their full path.
"""

from .figures.concept_map import past_to_present_map
from .figures.course_of_sessions import course_of_sessions
from .figures.defence_ladder import defence_ladder_figure
from .figures.dose_effect import dose_effect_figure
from .figures.effect_sizes import effect_sizes_figure
from .figures.life_timeline import timeline_figure
from .figures.strange_situation import strange_situation_episodes
from .figures.therapy_phases import therapy_phases
from .figures.triangle_of_conflict import triangle_of_conflict
from .figures.triangle_of_person import triangle_of_person
from .learner_data.journal import Journal
from .widgets.class_demo import class_demo_patterns, class_demo_timeline
from .widgets.defence_ladder import DefenceLadder, defence_ladder
from .widgets.dose_effect import DoseEffectExplorer, dose_effect_explorer
from .widgets.journal_page import JournalPage
from .widgets.pattern_finder import PatternFinder, nadia_patterns, pattern_finder
from .widgets.quiz import Quiz, QuizDataError, load_quiz
from .widgets.reflection import ReflectionPrompt, load_reflection
from .widgets.review import SpacedReview, spaced_review
from .widgets.timeline import LifeTimeline, life_timeline, nadia_timeline

__all__ = [
    "DefenceLadder",
    "DoseEffectExplorer",
    "Journal",
    "JournalPage",
    "LifeTimeline",
    "PatternFinder",
    "Quiz",
    "QuizDataError",
    "ReflectionPrompt",
    "SpacedReview",
    "class_demo_patterns",
    "class_demo_timeline",
    "course_of_sessions",
    "defence_ladder",
    "defence_ladder_figure",
    "dose_effect_explorer",
    "dose_effect_figure",
    "effect_sizes_figure",
    "life_timeline",
    "load_quiz",
    "load_reflection",
    "nadia_patterns",
    "nadia_timeline",
    "past_to_present_map",
    "pattern_finder",
    "spaced_review",
    "strange_situation_episodes",
    "therapy_phases",
    "timeline_figure",
    "triangle_of_conflict",
    "triangle_of_person",
]
