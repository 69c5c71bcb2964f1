"""Interactive components and figures of the psychodynamic therapy course book.

Every chapter builds its widgets and figures with one call from here, for example::

    from psychodynamic_course import load_quiz, load_reflection, past_to_present_map
    past_to_present_map()                          # a figure with alt text and caption
    load_quiz("chapter-01")                        # a self-check quiz, kernel or not
    load_reflection("chapter-01-first-thoughts")   # a private reflection
"""

from .figures.concept_map import past_to_present_map
from .figures.life_timeline import timeline_figure
from .learner_data.journal import Journal
from .widgets.journal_page import JournalPage

# Factories named like their modules (pattern_finder) are imported from the module, so
# the package attribute stays the module (psychodynamic_course.widgets.pattern_finder).
from .widgets.pattern_finder import PatternFinder, nadia_patterns
from .widgets.quiz import Quiz, QuizDataError, load_quiz
from .widgets.reflection import ReflectionPrompt, load_reflection
from .widgets.timeline import LifeTimeline, life_timeline, nadia_timeline

__all__ = [
    "Journal",
    "JournalPage",
    "LifeTimeline",
    "PatternFinder",
    "Quiz",
    "QuizDataError",
    "ReflectionPrompt",
    "life_timeline",
    "load_quiz",
    "load_reflection",
    "nadia_patterns",
    "nadia_timeline",
    "past_to_present_map",
    "timeline_figure",
]
