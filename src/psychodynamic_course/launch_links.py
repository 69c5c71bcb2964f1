"""Links that open the course's notebooks on a JupyterHub or on Binder.

Both are built from the repository URL and branch set once in ``_config.yml``
(``repository.url``, ``repository.branch``), the same place the book's launch buttons
read, so a fork changes one line. The instructor guide shows them.

Example:
    >>> config = {"repository": {"url": "https://github.com/org/course", "branch": "main"}}
    >>> nbgitpuller_link("https://hub.example.edu", config=config)
    'https://hub.example.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Forg%2Fcourse&branch=main&urlpath=lab%2Ftree%2Fcourse%2Fbook%2Fchapter_01.ipynb'
"""

from __future__ import annotations

from importlib.metadata import metadata
from pathlib import Path
from urllib.parse import quote, urlencode

import yaml


def book_config(start: str | Path | None = None) -> dict:
    """Read the book's ``_config.yml``, looking in ``start`` (default: here) and its parents.

    A notebook opened on its own (a download, Colab) has no ``_config.yml`` above it: then
    the repository comes from the installed package's metadata (pyproject's
    ``Repository`` URL, kept equal to ``repository.url``), on branch ``main``.

    Example:
        >>> "repository" in book_config(Path(__file__).parents[2])
        True
    """
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / "_config.yml"
        if path.is_file():
            return yaml.safe_load(path.read_text(encoding="utf-8"))
    return {"repository": {"url": packaged_repository_url(), "branch": "main"}}


def packaged_repository_url() -> str:
    """The repository URL recorded in the installed package's metadata.

    Example:
        >>> packaged_repository_url().startswith("https://github.com/")
        True
    """
    for entry in metadata("psychodynamic-course").get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository":
            return url.strip()
    raise LookupError("The installed psychodynamic-course package names no Repository URL.")


def _repository(config: dict | None) -> tuple[str, str]:
    repository = (config or book_config())["repository"]
    return repository["url"].rstrip("/"), repository.get("branch", "main")


def nbgitpuller_link(
    hub_url: str,
    *,
    notebook: str = "book/chapter_01.ipynb",
    interface: str = "lab",
    config: dict | None = None,
) -> str:
    """A link that copies (or updates) the course into a hub user's home and opens ``notebook``.

    nbgitpuller must be installed on the hub; students' own changes are kept when it
    updates. ``interface`` is ``"lab"`` (JupyterLab) or ``"tree"`` (Notebook 7).
    """
    if interface not in ("lab", "tree"):
        raise ValueError("interface must be 'lab' or 'tree'")
    repository, branch = _repository(config)
    folder = repository.rsplit("/", 1)[-1]
    query = urlencode(
        {"repo": repository, "branch": branch, "urlpath": f"{interface}/tree/{folder}/{notebook}"},
        quote_via=quote,
        safe="",
    )
    return f"{hub_url.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def binder_link(
    *,
    notebook: str = "book/chapter_01.ipynb",
    binderhub_url: str | None = None,
    config: dict | None = None,
) -> str:
    """A mybinder.org (or other BinderHub) link that opens ``notebook`` in JupyterLab.

    Example:
        >>> config = {"repository": {"url": "https://github.com/org/course", "branch": "main"}}
        >>> binder_link(config=config)
        'https://mybinder.org/v2/gh/org/course/main?urlpath=lab%2Ftree%2Fbook%2Fchapter_01.ipynb'
    """
    config = config or book_config()
    repository, branch = _repository(config)
    hub = (
        binderhub_url
        or config.get("launch_buttons", {}).get("binderhub_url")
        or ("https://mybinder.org")
    )
    owner_and_name = repository.removeprefix("https://github.com/")
    urlpath = quote(f"lab/tree/{notebook}", safe="")
    return f"{hub.rstrip('/')}/v2/gh/{owner_and_name}/{branch}?urlpath={urlpath}"


def launch_links(hub_url: str = "https://hub.example.edu", config: dict | None = None):
    """The JupyterHub and Binder links for every chapter, as Markdown for a notebook page.

    Example:
        >>> config = {"repository": {"url": "https://github.com/org/course", "branch": "main"}}
        >>> "git-pull" in launch_links(config=config).data
        True
    """
    from IPython.display import Markdown

    config = config or book_config()
    rows = ["| page | on your JupyterHub (nbgitpuller) | on Binder |", "| --- | --- | --- |"]
    for notebook in ("book/chapter_01.ipynb", "book/my_journal.ipynb"):
        name = Path(notebook).stem.replace("_", " ").capitalize()
        hub = nbgitpuller_link(hub_url, notebook=notebook, config=config)
        binder = binder_link(notebook=notebook, config=config)
        rows.append(f"| {name} | [open on the hub]({hub}) | [open on Binder]({binder}) |")
    return Markdown("\n".join(rows))
