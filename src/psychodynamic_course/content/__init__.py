"""The course's data, kept as files beside small loaders: quizzes, reflection prompts, the
story bible, the defence ladder's levels and chapter 9's effect sizes.

The data is checked once, by the unit tests (``tests/test_quiz.py``,
``tests/test_reflection.py``, ``tests/test_defence_ladder.py``,
``tests/test_effect_size_data.py``, ``tests/test_story.py``), not on every load in a
reader's kernel.

Example:
    >>> [level["name"] for level in defence_levels()]
    ['Mature', 'Neurotic', 'Immature', 'Pathological']
"""

from __future__ import annotations

from importlib import resources

import yaml

CONTENT = resources.files(__name__)


def read_data(name: str):
    """The parsed YAML file ``name`` in this folder, a fresh copy on every call.

    Example:
        >>> sorted(read_data("effect_sizes.yml"))
        ['effect_sizes', 'groups']
    """
    return yaml.safe_load((CONTENT / name).read_text(encoding="utf-8"))


def quiz_names() -> list[str]:
    """Names of the course's quizzes (``quizzes/<name>.yml``).

    Example:
        >>> quiz_names()[:2]
        ['chapter-01', 'chapter-02']
    """
    return sorted(
        entry.name.removesuffix(".yml")
        for entry in (CONTENT / "quizzes").iterdir()
        if entry.name.endswith(".yml")
    )


def read_quiz(name: str) -> dict:
    """The quiz ``quizzes/<name>.yml`` as data.

    Example:
        >>> read_quiz("chapter-01")["id"]
        'chapter-01-self-check'
    """
    return read_data(f"quizzes/{name}.yml")


def reflection_files() -> list[str]:
    """The files of reflection prompts, ``reflections/<chapter>.yml``, in name order."""
    entries = (CONTENT / "reflections").iterdir()
    return sorted(f"reflections/{e.name}" for e in entries if e.name.endswith(".yml"))


def reflection_prompts() -> dict[str, dict]:
    """Every reflection prompt by its widget id, from all of ``reflections/``.

    Example:
        >>> reflection_prompts()["chapter-01-first-thoughts"]["chapter"]
        'Chapter 1: What psychodynamic therapy is'
    """
    return {
        widget_id: prompt
        for name in reflection_files()
        for widget_id, prompt in read_data(name).items()
    }


def defence_levels() -> list[dict]:
    """Vaillant's four levels of defence (``defence_ladder.yml``), top rung (mature) first.

    Example:
        >>> [defence["name"] for defence in defence_levels()[1]["defences"]][:2]
        ['Intellectualization', 'Repression']
    """
    return read_data("defence_ladder.yml")["levels"]
