"""Private reflection prompts: a labelled text box that saves on the learner's device.

The behaviour lives in ``frontend/widgets/reflection.js`` so it works in the static book: saving as
the learner types, restoring on reload, the word count, clearing with confirmation, the
length limit with a message (never a silent cut), and, for prompts that touch painful
topics, a content note with a real choice (answer about yourself, about the fictional
person, or skip), a grounding tip and the link to "getting help now".

The course's prompts are data in ``reflections/*.yml`` (one file per chapter), so a chapter
shows one with a single line: ``load_reflection("chapter-01-first-thoughts")``.

Example:
    >>> prompt = ReflectionPrompt("demo-reflection", prompt="What brought you here?")
    >>> prompt.storage_key
    'psychodynamic-course:demo-reflection'
"""

from __future__ import annotations

import traitlets

from ..content import reflection_prompts
from .base import LearnerWidget, styles, widget_module


class ReflectionPrompt(LearnerWidget):
    """One private reflection.

    ``text`` and ``mode`` are what the learner last saved (read from the front end's
    messages in a kernel, or the journal file); they are never synced traits.

    Example:
        >>> ReflectionPrompt("x", prompt="P", content_note="Loss.").content_note
        'Loss.'
    """

    kind = "private reflection"
    data_kind = "reflection"
    _esm = widget_module("reflection")
    _css = styles("reflection.css")

    prompt = traitlets.Unicode().tag(sync=True)
    hint = traitlets.Unicode("").tag(sync=True)
    content_note = traitlets.Unicode("").tag(sync=True)
    fictional_prompt = traitlets.Unicode("").tag(sync=True)

    def __init__(self, widget_id: str, *, prompt: str, **kwargs):
        if not prompt.strip():
            raise ValueError("A reflection needs a prompt.")
        if kwargs.get("fictional_prompt") and not kwargs.get("content_note"):
            raise ValueError("A fictional alternative is offered with a content note; add one.")
        super().__init__(widget_id=widget_id, prompt=prompt, **kwargs)

    @property
    def text(self) -> str:
        """The learner's saved answer ('' if none)."""
        return (self.data or {}).get("text", "")

    @property
    def mode(self) -> str | None:
        """'own', 'fictional' or 'skipped'; None before the learner chose."""
        return (self.data or {}).get("mode")

    def fallback_text(self) -> str:
        return (
            f"[Private reflection: {self.prompt} Run this notebook in Jupyter to write your "
            "answer, or open this chapter in the online book.]"
        )


def reflection_ids() -> list[str]:
    """Ids of the course's reflection prompts."""
    return sorted(reflection_prompts())


def load_reflection(widget_id: str, **kwargs) -> ReflectionPrompt:
    """Return the course reflection ``widget_id`` from ``reflections/*.yml``.

    Example:
        >>> load_reflection("chapter-01-first-thoughts").chapter
        'Chapter 1: What psychodynamic therapy is'
    """
    # Course prompts are checked once, by tests/test_reflection.py (ids unique across files).
    prompts = reflection_prompts()
    if widget_id not in prompts:
        raise KeyError(f"no reflection {widget_id!r}; the course has {sorted(prompts)}")
    return ReflectionPrompt(widget_id, **prompts[widget_id], **kwargs)
