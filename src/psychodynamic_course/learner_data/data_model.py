"""One data model for everything a learner can save, checked the same way in Python and JS.

What a reflection, a timeline event, a relationship episode, quiz progress, the spaced
review and a journal export may contain is written once, as JSON Schema files in
``schemas/``. This module and ``frontend/lib/validate.js`` implement the same small
subset of JSON Schema (type, enum, const, string length in characters, pattern,
minimum/maximum, items, required, properties, additionalProperties, anyOf) with the same
messages: a property's ``x-message`` is what the learner reads beside the field that
caused the problem. ``x-not-after-this-year`` refuses a year in the future.
``x-no-control-characters`` refuses invisible paste garbage in learner text: C0 control
characters other than tab, newline and carriage return, DEL, and lone surrogates (which
cannot even be written as UTF-8, so the journal file could not keep them). Its message
is always its own, never the property's ``x-message``, because the problem is a
different one.

Example:
    >>> problems = validate("reflection", {"text": "x" * 6000, "mode": "own"})
    >>> problems[0].path, problems[0].message[:30]
    ('/text', 'An answer can be at most 5,000')
"""

from __future__ import annotations

import datetime
import functools
import json
import re
import sys
from dataclasses import dataclass
from importlib import resources

FORMAT_VERSION = 1
# The kinds of saved data, and the schema in schemas/ that describes each one's "data".
SCHEMA_OF_KIND = {
    "reflection": "reflection",
    "quiz": "quiz-progress",
    "timeline": "timeline",
    "episodes": "episodes",
    "review": "review",
}
KINDS = tuple(SCHEMA_OF_KIND)

_SCHEMAS = resources.files(__package__) / "schemas"

# What ``x-no-control-characters`` refuses. A str decoded from JSON holds a surrogate only
# when it was unpaired (a pair becomes one code point), so every surrogate here is lone.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
CONTROL_CHARACTERS_MESSAGE = (
    "This contains invisible control characters, perhaps from a paste. "
    "Remove them to save; your last saved version is kept."
)


@dataclass(frozen=True)
class Problem:
    """One reason a value was refused: where (a JSON pointer) and what to tell the learner."""

    path: str
    message: str


class DataError(ValueError):
    """Data that does not fit the course's data model; ``problems`` says why, field by field."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.path or '/'}: {p.message}" for p in problems))


@functools.cache
def load_schema(name: str) -> dict:
    """Return the schema ``schemas/<name>.schema.json``, read from disk once per process.

    Every save checks its data against a schema, so reading the file each time would put
    disk reads on every keystroke. The dict is shared: read it, never change it.

    Example:
        >>> load_schema("timeline")["title"]
        'Life timeline'
        >>> load_schema("timeline") is load_schema("timeline")
        True
    """
    return json.loads((_SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def _type_of(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        # Past a double's range JavaScript reads the number as Infinity, which is no integer.
        return "integer" if abs(value) <= sys.float_info.max else "number"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _type_matches(expected, value) -> bool:
    actual = _type_of(value)
    allowed = expected if isinstance(expected, list) else [expected]
    return any(t == actual or (t == "number" and actual == "integer") for t in allowed)


def _same(value, expected) -> bool:
    """Equal as JavaScript's ``===`` sees it: ``True`` is not ``1`` (Python says it is)."""
    return _type_of(value) == _type_of(expected) and value == expected


# JSON Schema patterns are ECMAScript regular expressions, as frontend/lib/validate.js runs
# them (with the "u" flag). Python's re reads three things in them differently: "$" also
# matches before a final newline, and "\s" and "." know other white space and line ends.
# ECMAScript's:
_ECMA_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


@functools.lru_cache
def _ecma_pattern(pattern: str) -> re.Pattern:
    r"""Compile an ECMAScript ``pattern`` to a Python regex that matches the same strings.

    Example:
        >>> bool(_ecma_pattern(r"^[a-z]+$").search("id\n"))
        False
        >>> bool(_ecma_pattern(r"\S").search("\ufeff"))  # a byte-order mark is white space
        False
    """
    translated, in_class, index = [], False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escape, index = pattern[index : index + 2], index + 2
            if escape == "\\s":
                translated.append(_ECMA_SPACE if in_class else f"[{_ECMA_SPACE}]")
            elif escape == "\\S" and not in_class:
                translated.append(f"[^{_ECMA_SPACE}]")
            else:
                translated.append(escape)
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"\Z"
        elif char == ".":
            char = "[^\n\r\u2028\u2029]"
        translated.append(char)
        index += 1
    # re.ASCII: "\d" and "\w" are ASCII-only in ECMAScript, as here.
    return re.compile("".join(translated), re.ASCII)


def check(schema: dict, value, path: str = "") -> list[Problem]:
    """Validate ``value`` against ``schema``; return the problems (empty when valid).

    Mirrors ``validate`` in ``frontend/lib/validate.js`` rule for rule.

    Example:
        >>> check({"type": "integer", "maximum": 120, "x-message": "Age: 0 to 120."}, 130)
        [Problem(path='', message='Age: 0 to 120.')]
    """

    def fail(generic: str) -> list[Problem]:
        return [Problem(path, schema.get("x-message", generic))]

    if "anyOf" in schema and not any(not check(option, value, path) for option in schema["anyOf"]):
        return fail("This value is not in an accepted form.")
    if "type" in schema and not _type_matches(schema["type"], value):
        expected = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return fail(f"Expected {' or '.join(expected)}.")
    if "const" in schema and not _same(value, schema["const"]):
        return fail(f"Expected {json.dumps(schema['const'])}.")
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        return fail(f"Choose one of: {', '.join(map(str, schema['enum']))}.")
    if isinstance(value, str):
        if schema.get("x-no-control-characters") and _CONTROL_CHARACTERS.search(value):
            return [Problem(path, CONTROL_CHARACTERS_MESSAGE)]
        if "minLength" in schema and len(value) < schema["minLength"]:
            return fail("This is too short.")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            over = len(value) - schema["maxLength"]
            return fail(f"This is {over} characters over the limit of {schema['maxLength']}.")
        if "pattern" in schema and not _ecma_pattern(schema["pattern"]).search(value):
            return fail("This is not in the expected form.")
    if _type_of(value) in ("integer", "number"):
        if "minimum" in schema and value < schema["minimum"]:
            return fail(f"The smallest allowed value is {schema['minimum']}.")
        if "maximum" in schema and value > schema["maximum"]:
            return fail(f"The largest allowed value is {schema['maximum']}.")
        if schema.get("x-not-after-this-year") and value > datetime.date.today().year:
            return fail("That year has not happened yet.")
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            return fail("This list is too short.")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return fail(f"This list can hold at most {schema['maxItems']} items.")
        if "items" in schema:
            return [
                problem
                for index, item in enumerate(value)
                for problem in check(schema["items"], item, f"{path}/{index}")
            ]
    if isinstance(value, dict):
        problems = []
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                message = properties.get(name, {}).get("x-message", f"{name} is required.")
                problems.append(Problem(f"{path}/{name}", message))
        for name, item in value.items():
            if name in properties:
                problems.extend(check(properties[name], item, f"{path}/{name}"))
            elif schema.get("additionalProperties") is False:
                problems.append(Problem(f"{path}/{name}", f'Unexpected field "{name}".'))
        return problems
    return []


def validate(kind: str, data) -> list[Problem]:
    """Check the data a widget of ``kind`` saves; return the problems (empty when valid).

    Example:
        >>> validate("reflection", {"text": "", "mode": "own"})
        []
    """
    if kind not in KINDS:
        return [Problem("", f"Unknown kind of entry {kind!r}.")]
    return check(load_schema(SCHEMA_OF_KIND[kind]), data)


def require_valid(kind: str, data):
    """Return ``data`` if valid for ``kind``, else raise :class:`DataError`."""
    problems = validate(kind, data)
    if problems:
        raise DataError(problems)
    return data
