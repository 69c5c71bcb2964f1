from pathlib import Path

import pytest

from psychodynamic_course._widget import CourseWidget
from psychodynamic_course.journal import Journal

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def chapters() -> list[Path]:
    """The chapter notebooks as committed."""
    return sorted((ROOT / "book").glob("*.ipynb"))


@pytest.fixture
def journal(tmp_path) -> Journal:
    """A journal file of its own for each test (never the user's)."""
    return Journal(tmp_path / "j.json")


@pytest.fixture
def sent(monkeypatch) -> list:
    """The messages widgets send to their front end, recorded instead of sent."""
    messages = []
    monkeypatch.setattr(
        CourseWidget, "send", lambda self, content, buffers=None: messages.append(content)
    )
    return messages
