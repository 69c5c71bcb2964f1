"""Nadia's story bible: the one fictional person followed through the book, as data.

``story/nadia.yml`` fixes her history, why she came to therapy, who the other people in
her life are, and the week or month of every scene with the one chapter that tells it.
The chapter 5 sample timeline, the chapter 6 sample episodes and the chapter 7 course of
sessions are drawn from it, so the figures and the chapters cannot drift apart.

Example:
    >>> story = nadia_story()
    >>> story["person"]["name"], story["person"]["age_at_start"]
    ('Nadia Reyes', 34)
    >>> scene("last-minutes")["week"], scene("last-minutes")["told_in"]
    (5, 3)
"""

from __future__ import annotations

import copy
from functools import cache
from importlib import resources

import yaml


@cache
def _load() -> dict:
    text = (resources.files(__package__) / "story" / "nadia.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def nadia_story() -> dict:
    """The whole story bible as a dict (a fresh copy each call).

    Example:
        >>> "Sam" in nadia_story()["reserved_names"]
        True
    """
    return copy.deepcopy(_load())


def scene(scene_id: str) -> dict:
    """One scene of the bible by its id; ``KeyError`` names an unknown id.

    Example:
        >>> scene("should-i-stop")["week"]
        26
    """
    for candidate in _load()["scenes"]:
        if candidate["id"] == scene_id:
            return copy.deepcopy(candidate)
    raise KeyError(f"no scene {scene_id!r} in story/nadia.yml")


def reserved_names() -> frozenset[str]:
    """Names that belong to Nadia's story and to nobody else in the book.

    Example:
        >>> "Priya" in reserved_names()
        True
    """
    return frozenset(_load()["reserved_names"])


def nadia_sample_events() -> list[dict]:
    """The fictional sample timeline of Nadia Reyes, as timeline events (a fresh copy).

    Example:
        >>> events = nadia_sample_events()
        >>> events[2]["label"], events[2]["themes"]
        ('Her father moves to another city', ['being let down'])
    """
    # Nadia Reyes is fictional; her life events come from the story bible, ages only, so no
    # birth year is needed. The themes recur on purpose: chapters 5 and 6 discuss them.
    events = []
    life_events = nadia_story()["life_events"]
    for number, (age, label, category, feeling, themes) in enumerate(life_events, 1):
        event = {
            "id": f"nadia-{number:02d}",
            "age": age,
            "label": label,
            "category": category,
            "feeling": feeling,
        }
        if themes:
            event["themes"] = list(themes)
        events.append(event)
    return events
