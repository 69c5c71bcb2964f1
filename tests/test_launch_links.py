import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import nbformat
import pytest
import yaml
from bs4 import BeautifulSoup

from psychodynamic_course.launch_links import (
    binder_link,
    book_config,
    launch_links,
    nbgitpuller_link,
    packaged_repository_url,
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


def test_a_notebook_alone_gets_the_repository_from_the_installed_package(tmp_path):
    # A downloaded chapter or one opened on Colab has no _config.yml above it.
    config = book_config(tmp_path)
    assert config == {"repository": {"url": packaged_repository_url(), "branch": "main"}}
    assert "git-pull" in launch_links(config=config).data


def test_packaged_repository_url_is_the_book_configs():
    # Two copies of one address: pyproject.toml's must follow _config.yml's.
    assert packaged_repository_url() == book_config(ROOT)["repository"]["url"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Repository"] == book_config(ROOT)["repository"]["url"]


HUB = "https://hub.example.edu"


def launch_link_parts(url: str) -> tuple[str, str, dict]:
    """Host, path and query of a launch link, with the query decoded (order-free)."""
    parts = urlsplit(url)
    return parts.netloc, parts.path, parse_qs(parts.query)


def test_book_jupyterhub_button_matches_nbgitpuller_link(tmp_path):
    # A one-page book built with this book's own _config.yml, a hub URL set and nothing
    # executed, so the launch button is sphinx-book-theme's real output, in seconds.
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["launch_buttons"]["jupyterhub_url"] = HUB
    config["execute"]["execute_notebooks"] = "off"
    # The widget runtime is only copied by `make book`; a launch button does not need it.
    config["sphinx"]["config"].pop("html_extra_path")
    (tmp_path / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: book/chapter_01\n")
    (tmp_path / "book").mkdir()
    shutil.copy(ROOT / "book" / "references.bib", tmp_path / "book")
    # The config names local extensions (scripts/), templates and the book's own CSS.
    shutil.copytree(
        ROOT / "scripts", tmp_path / "scripts", ignore=shutil.ignore_patterns("__pycache__")
    )
    for folder in ("_static", "_templates"):
        shutil.copytree(ROOT / "book" / folder, tmp_path / "book" / folder)
    notebook = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}
    )
    notebook.cells = [nbformat.v4.new_markdown_cell("# A chapter"), nbformat.v4.new_code_cell("1")]
    nbformat.write(notebook, tmp_path / "book" / "chapter_01.ipynb")
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    subprocess.run([str(jupyter_book), "build", "--quiet", str(tmp_path)], check=True)

    page = (tmp_path / "_build" / "html" / "book" / "chapter_01.html").read_text(encoding="utf-8")
    buttons = [
        anchor["href"]
        for anchor in BeautifulSoup(page, "html.parser").find_all("a", href=True)
        if "/hub/user-redirect/git-pull" in anchor["href"]
    ]
    assert len(buttons) == 1, "the page should have one JupyterHub launch button"
    host, path, query = launch_link_parts(buttons[0])
    assert (host, path) == ("hub.example.edu", "/hub/user-redirect/git-pull")
    repository = config["repository"]
    folder = repository["url"].rstrip("/").rsplit("/", 1)[-1]
    assert query == {
        "repo": [repository["url"]],
        "branch": [repository["branch"]],
        # nbgitpuller clones into a folder named after the repository; open the chapter there.
        "urlpath": [f"lab/tree/{folder}/book/chapter_01.ipynb"],
    }
    # The instructor guide's link (ours) opens the same thing as the book's button.
    ours = nbgitpuller_link(HUB, notebook="book/chapter_01.ipynb", config=config)
    assert launch_link_parts(ours) == (host, path, query)
