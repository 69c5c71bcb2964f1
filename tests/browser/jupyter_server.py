"""A real Jupyter server for the browser tests, and the moves a person makes in it.

A server (JupyterLab, or Notebook 7) runs on 127.0.0.1 with a token, over a temporary copy
of ``book/`` (Jupyter autosaves, and the committed notebooks must stay clean), with a home
folder of its own: the kernel keeps its journal file in that home's default user data
folder, as it would for a learner. Two servers given the same port are one address, as a
hub's users share one; a server can be stopped and started again over the same folder.
The kernel's side is checked from Python through a second client on the same kernel, so
"Python sees it" means the kernel the page is talking to.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from jupyter_client import BlockingKernelClient

from .conftest import ROOT

TOKEN = "course-test-token"
JUPYTER = Path(sys.executable).with_name("jupyter")


class JupyterServer:
    """A Jupyter server (``app`` is "lab" or "notebook") in a folder of its own."""

    def __init__(self, app: str, folder: Path, port: int | None = None):
        self.folder = folder
        self.root = folder / "root"
        if not (self.root / "book").is_dir():  # started again: the same files as before
            shutil.copytree(ROOT / "book", self.root / "book")
        self.home = folder / "home"
        # Where the course keeps a learner's journal by default (platformdirs, on Linux).
        self.journal = self.home / ".local" / "share" / "psychodynamic-course" / "journal.json"
        self.runtime = folder / "runtime"
        # JupyterLab would otherwise ask, in a pop-up, whether to fetch news from the web.
        settings = folder / "settings" / "@jupyterlab" / "apputils-extension"
        settings.mkdir(parents=True, exist_ok=True)
        (settings / "notification.jupyterlab-settings").write_text(
            json.dumps({"fetchNews": "false", "checkForUpdates": False})
        )
        outer = {
            name: value
            for name, value in os.environ.items()
            if name not in ("PSYCHODYNAMIC_COURSE_JOURNAL", "XDG_DATA_HOME")
        }
        env = {
            **outer,
            "HOME": str(self.home),
            # Matplotlib's font cache from the real home: a new one costs each kernel seconds.
            "MPLCONFIGDIR": os.environ.get("MPLCONFIGDIR") or matplotlib_config_dir(),
            "JUPYTER_RUNTIME_DIR": str(self.runtime),
            "JUPYTER_CONFIG_DIR": str(folder / "config"),
            "JUPYTERLAB_SETTINGS_DIR": str(folder / "settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(folder / "workspaces"),
            "IPYTHONDIR": str(folder / "ipython"),
        }
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = (folder / "server.log").open("a")
        self.process = subprocess.Popen(
            [
                str(JUPYTER),
                app,
                "--no-browser",
                "--ServerApp.ip=127.0.0.1",
                f"--ServerApp.port={self.port}",
                "--ServerApp.port_retries=0",
                f"--IdentityProvider.token={TOKEN}",
                f"--ServerApp.root_dir={self.root}",
                # CI runs as root; the server refuses to start as root without this.
                "--ServerApp.allow_root=True",
                # Lets a test wait for the kernel through the app's own state.
                "--expose-app-in-browser",
            ],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self._wait_until_up()

    def _wait_until_up(self, timeout: float = 60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"Jupyter exited: {(self.folder / 'server.log').read_text()[-2000:]}")
            try:
                self.api("/api/status")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        pytest.fail("Jupyter did not start within a minute")

    def api(self, path: str, method: str = "GET"):
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {TOKEN}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def kernel_id(self, notebook: str) -> str:
        sessions = [s for s in self.api("/api/sessions") if s["path"] == notebook]
        assert len(sessions) == 1, f"expected one session for {notebook}: {sessions}"
        return sessions[0]["kernel"]["id"]

    def run_in_kernel(self, notebook: str, code: str) -> str:
        """Run ``code`` in the kernel the page uses; return what it printed (fail on error)."""
        client = BlockingKernelClient(
            connection_file=str(self.runtime / f"kernel-{self.kernel_id(notebook)}.json")
        )
        client.load_connection_file()
        client.start_channels()
        printed, errors = [], []

        def keep(message):
            if message["msg_type"] == "stream":
                printed.append(message["content"]["text"])
            elif message["msg_type"] == "error":
                errors.append(message["content"]["evalue"])

        try:
            client.execute_interactive(code, output_hook=keep, timeout=60)
        finally:
            client.stop_channels()
        assert not errors, errors
        return "".join(printed)

    def stop(self):
        """Stop the server and its kernels (again is fine), freeing its port."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def matplotlib_config_dir() -> str:
    import matplotlib

    return matplotlib.get_configdir()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def in_kernel(server, notebook, code):
    """Run ``code`` in the page's kernel and decode the JSON it prints last."""
    return json.loads(server.run_in_kernel(notebook, code).strip().splitlines()[-1])


def eventually(check, timeout: float = 20):
    """Return ``check()`` once it is truthy; messages to the kernel arrive a moment later."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.3)


def wait_for_idle_kernel(page):
    page.wait_for_function(
        """() => {
            const panel = window.jupyterapp?.shell.currentWidget;
            return panel?.sessionContext?.session?.kernel?.status === "idle";
        }""",
        timeout=60_000,
    )


def restart_kernel(page):
    """Kernel > Restart Kernel…, confirm, and wait until the new kernel is idle."""
    # The kernel is idle before the restart too: wait for the restart itself to be seen.
    page.evaluate(
        """() => {
            window.courseTestRestarted = false;
            const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
            kernel.statusChanged.connect((_, status) => {
                if (status === "restarting" || status === "starting") {
                    window.courseTestRestarted = true;
                }
            });
        }"""
    )
    page.get_by_role("menuitem", name="Kernel", exact=True).click()
    # The item's accessible name ends with its shortcut (0, 0).
    page.get_by_role("menuitem", name=re.compile(r"^Restart Kernel…")).click()
    page.locator(".jp-Dialog button.jp-mod-accept", has_text="Restart").click()
    page.wait_for_function("() => window.courseTestRestarted", timeout=30_000)
    wait_for_idle_kernel(page)


def run_all_cells(page):
    """Run > Run All Cells, from the menu bar (the same in JupyterLab and Notebook 7)."""
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()


def open_notebook(visit, server, path, *, app="lab"):
    route = "lab/tree" if app == "lab" else "notebooks"
    visit.page.goto(f"{server.url}/{route}/{path}?token={TOKEN}")
    if app == "lab":
        # JupyterLab also restores the notebooks open before, and may bring one of them
        # to the front once it has: open this one again, after that, to have it current.
        visit.page.wait_for_function("() => window.jupyterapp", timeout=60_000)
        visit.page.evaluate(
            """async (path) => {
                await window.jupyterapp.restored;
                await window.jupyterapp.commands.execute("docmanager:open", { path });
            }""",
            path,
        )
        visit.page.wait_for_function(
            "(path) => window.jupyterapp.shell.currentWidget?.context?.path === path", arg=path
        )
    wait_for_idle_kernel(visit.page)
    return visit.page


def widget_cells(path: Path) -> int:
    """How many code cells of a chapter make a course widget (their fallback says so)."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    count = 0
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            text = "".join(output.get("data", {}).get("text/plain", ""))
            if output.get("output_type") == "execute_result" and text.startswith("["):
                count += 1
    return count


def error_outputs(page):
    return page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'], "
        ".jp-OutputArea-output.jp-RenderedText[data-mime-type='application/vnd.jupyter.error']"
    )
