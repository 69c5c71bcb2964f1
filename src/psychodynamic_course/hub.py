"""Running the course on a JupyterHub: what the single-user environment needs, as commands.

The instructor guide shows these steps (:func:`hub_recipe`), and
``tests/test_binder_environment.py`` runs the same commands in a fresh environment and then
runs a chapter on the kernel they register, so the guide cannot drift from what works.

What a hub's single-user environment (the one that runs the user's Jupyter server) needs:

* the course package and its pinned toolchain (``requirements.txt``, then ``pip install .``,
  as Binder does): the package itself, anywidget (its kernel side and its JupyterLab
  extension, without which no exercise draws) and jupyterlab-myst (without which students
  see raw ``{term}`` and ``:::`` markup);
* nbgitpuller, which the guide's links use to copy the course into each home folder;
* a kernel that can import the course: the environment's own ``python3`` does, and the
  named kernel registered here is for hubs whose default kernel comes from elsewhere.

Example:
    >>> [step.command.split()[0] for step in HUB_STEPS]
    ['python', 'python', 'python', 'jupyter']
"""

from __future__ import annotations

from dataclasses import dataclass

KERNEL_NAME = "psychodynamic-course"
KERNEL_DISPLAY_NAME = "Python 3 (psychodynamic course)"
NBGITPULLER = "nbgitpuller==1.3.0"


@dataclass(frozen=True)
class Step:
    """One step of the recipe: why, and the shell command run in a checkout of the course."""

    why: str
    command: str


HUB_STEPS = (
    Step(
        "Install the pinned toolchain and the course into the single-user environment "
        "(the Python that runs `jupyterhub-singleuser`), as Binder does:",
        "python -m pip install -r requirements.txt && python -m pip install .",
    ),
    Step(
        "Add nbgitpuller, which the links in this guide use:",
        f"python -m pip install -c constraints.txt {NBGITPULLER}",
    ),
    Step(
        "Register the course's kernel by name, for a hub whose default kernel is another "
        "environment's:",
        f"python -m ipykernel install --sys-prefix --name {KERNEL_NAME} "
        f'--display-name "{KERNEL_DISPLAY_NAME}"',
    ),
    Step(
        "Check: the list must show jupyterlab-myst and anywidget enabled, and the kernel "
        "(jupyterlab-myst 2.7.0 is marked X, not compatible, because it declares an older "
        "@jupyter/ydoc; it renders the chapters all the same, which the course's JupyterLab "
        "tests check):",
        "jupyter labextension list && jupyter kernelspec list",
    ),
)


def hub_recipe():
    """The recipe as Markdown for the instructor guide: each step and its command.

    Example:
        >>> "ipykernel install" in hub_recipe().data
        True
    """
    from IPython.display import Markdown

    lines = []
    for number, step in enumerate(HUB_STEPS, start=1):
        lines += [f"{number}. {step.why}", "", "   ```bash", f"   {step.command}", "   ```", ""]
    return Markdown("\n".join(lines).rstrip() + "\n")


__all__ = ["HUB_STEPS", "KERNEL_NAME", "Step", "hub_recipe"]
