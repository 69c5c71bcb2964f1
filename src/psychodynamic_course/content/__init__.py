"""The course's data, kept as files beside small loaders: quizzes, reflection prompts, the
story bible, the defence ladder's levels and chapter 9's effect sizes.

The data is checked once, by the unit tests (for example ``tests/test_defence_ladder.py``
and ``tests/test_effect_size_data.py``), not on every load in a reader's kernel.

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


def defence_levels() -> list[dict]:
    """Vaillant's four levels of defence (``defence_ladder.yml``), top rung (mature) first.

    Example:
        >>> [defence["name"] for defence in defence_levels()[1]["defences"]][:2]
        ['Intellectualization', 'Repression']
    """
    return read_data("defence_ladder.yml")["levels"]
