"""The spaced review: self-check questions and glossary terms brought back over the days.

The cards come from :mod:`psychodynamic_course.content.review_cards` and travel to the
front end as widget state, so the static book has them; the schedule, the answering and
the saving all happen in ``frontend/widgets/review.js`` (Leitner boxes, one clock:
``frontend/lib/review_schedule.js`` and ``clock.js``). What the learner saved (the chosen
chapters and each met card's box and day) is learner data like any other: in the browser,
and in a kernel the journal file, never in synced state.

Example:
    >>> review = spaced_review()
    >>> review.widget_id, review.data_kind
    ('review', 'review')
    >>> [chapter["id"] for chapter in review.chapters][:2]
    ['chapter-01', 'chapter-02']
"""

from __future__ import annotations

import traitlets

from ..content import read_quiz
from ..content.review_cards import REVIEWED_QUIZZES, review_cards
from .base import LearnerWidget, styles, widget_module


class SpacedReview(LearnerWidget):
    """The Review page's widget: today's cards, one at a time, and when the next come due.

    Example:
        >>> SpacedReview().storage_key
        'psychodynamic-course:review'
    """

    kind = "spaced review"
    data_kind = "review"
    _esm = widget_module("review")
    _css = styles("quiz.css", "review.css")

    cards = traitlets.List().tag(sync=True)
    chapters = traitlets.List().tag(sync=True)

    def __init__(self, **kwargs):
        kwargs.setdefault("widget_id", "review")
        kwargs.setdefault("title", "Spaced review")
        kwargs.setdefault("chapter", "Review")
        kwargs.setdefault("cards", review_cards())
        kwargs.setdefault(
            "chapters",
            [{"id": name, "title": read_quiz(name)["chapter"]} for name in REVIEWED_QUIZZES],
        )
        super().__init__(**kwargs)

    def fallback_text(self) -> str:
        return (
            "[Spaced review: run this notebook in Jupyter to review the chapters' questions "
            "and key terms, or open this page in the online book.]"
        )


def spaced_review() -> SpacedReview:
    """The course's spaced review, with every card of chapters 1 to 9."""
    return SpacedReview()


__all__ = ["SpacedReview", "spaced_review"]
