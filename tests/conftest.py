from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def chapters() -> list[Path]:
    """The chapter notebooks as committed."""
    return sorted((ROOT / "book").glob("*.ipynb"))
