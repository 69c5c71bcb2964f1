from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from psychodynamic_course.launch_links import (
    binder_link,
    book_config,
    launch_links,
    nbgitpuller_link,
)

ROOT = Path(__file__).resolve().parent.parent
CONFIG = {"repository": {"url": "https://github.com/org/course/", "branch": "dev"}}


def test_nbgitpuller_link_has_every_part_a_hub_needs():
    link = urlsplit(
        nbgitpuller_link("https://hub.uni.edu/", notebook="book/chapter_03.ipynb", config=CONFIG)
    )
    assert (link.scheme, link.netloc, link.path) == (
        "https",
        "hub.uni.edu",
        "/hub/user-redirect/git-pull",
    )
    query = parse_qs(link.query)
    assert query == {
        "repo": ["https://github.com/org/course"],
        "branch": ["dev"],
        "urlpath": ["lab/tree/course/book/chapter_03.ipynb"],
    }


def test_notebook_7_interface_and_bad_interface():
    link = nbgitpuller_link("https://hub.uni.edu", interface="tree", config=CONFIG)
    assert parse_qs(urlsplit(link).query)["urlpath"] == ["tree/tree/course/book/chapter_01.ipynb"]
    with pytest.raises(ValueError):
        nbgitpuller_link("https://hub.uni.edu", interface="classic", config=CONFIG)


def test_links_read_the_one_repository_url_in_the_book_config():
    config = book_config(ROOT / "book")
    url = config["repository"]["url"]
    assert parse_qs(urlsplit(nbgitpuller_link("https://h", config=config)).query)["repo"] == [url]
    assert binder_link(config=config).startswith(
        "https://mybinder.org/v2/gh/" + url.removeprefix("https://github.com/")
    )


def test_launch_links_lists_hub_and_binder_links():
    text = launch_links("https://hub.uni.edu", config=CONFIG).data
    assert text.count("git-pull") == 2 and text.count("mybinder.org") == 2


def test_book_config_outside_a_repository_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="course repository"):
        book_config(tmp_path)
