"""Interactive components and figures of the psychodynamic therapy course book.

Every chapter builds its widgets and figures with one call from here, for example::

    from psychodynamic_course import load_quiz, past_to_present_map
    past_to_present_map()      # a figure with alt text and caption
    load_quiz("chapter-01")    # a self-check quiz that works with or without a kernel
"""

from .concept_map import past_to_present_map
from .quiz import Quiz, QuizDataError, load_quiz

__all__ = ["Quiz", "QuizDataError", "load_quiz", "past_to_present_map"]
