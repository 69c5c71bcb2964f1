"""Events shared by the life timeline's tests: a typical event, the problems the schema finds
in it and the messages beside each field."""

import datetime

from psychodynamic_course.learner_data.data_model import validate

SECRET = "The winter I moved in with my aunt"
THIS_YEAR = datetime.date.today().year


def event(**changes):
    base = {"id": "e1", "age": 9, "label": SECRET, "category": "moves", "feeling": -1}
    base.update(changes)
    return {name: value for name, value in base.items() if value is not None}


def problems_of(item, **top):
    return [(p.path, p.message) for p in validate("timeline", {"events": [item], **top})]


# The messages shown beside each field of an event.
AGE = "Age must be a whole number from 0 to 120."
YEAR = "Year must be a whole number from 1900 to this year."
LABEL = "Give the event a short label (1 to 80 characters)."
CATEGORY = "Choose a category from the list."
FEELING = "How it felt must be a whole number from -2 (very hard) to +2 (very good)."
THEMES = "Use up to 5 theme words, each 1 to 30 characters."
