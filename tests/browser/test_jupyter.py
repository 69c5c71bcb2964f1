"""The chapters with a live kernel, the way instructors and self-learners use them.

Each test starts a real Jupyter server (JupyterLab, or Notebook 7) on 127.0.0.1 with a
token, over a temporary copy of ``book/`` (Jupyter autosaves, and the committed notebooks
must stay clean), and drives it with Debian's Chromium like a person would: the menus to
run all cells, the widgets' own fields and buttons. The kernel's side is checked from
Python through a second client on the same kernel, so "Python sees it" means the kernel
the page is talking to. The journal file lives in the temporary folder too.
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
from playwright.sync_api import expect

from .conftest import ROOT

pytestmark = pytest.mark.browser

TOKEN = "course-test-token"
JUPYTER = Path(sys.executable).with_name("jupyter")
# Emoji and an accent, as learners really type.
TYPED = "I learned to expect help to come late, so I stopped asking. Café 😊"
REFLECTION_ID = "chapter-05-early-expectations"
TIMELINE_ID = "chapter-05-my-timeline"
EVENT_LABEL = "Moved to a new school"
LEARNER_ID = """
import json
from psychodynamic_course.journal import Journal
print(json.dumps(Journal().learner_id))
"""


class JupyterServer:
    """A Jupyter server (``app`` is "lab" or "notebook") in a folder of its own."""

    def __init__(self, app: str, folder: Path):
        self.folder = folder
        self.root = folder / "root"
        shutil.copytree(ROOT / "book", self.root / "book")
        self.journal = folder / "journal.json"
        self.runtime = folder / "runtime"
        # JupyterLab would otherwise ask, in a pop-up, whether to fetch news from the web.
        settings = folder / "settings" / "@jupyterlab" / "apputils-extension"
        settings.mkdir(parents=True)
        (settings / "notification.jupyterlab-settings").write_text(
            json.dumps({"fetchNews": "false", "checkForUpdates": False})
        )
        env = {
            **os.environ,
            "PSYCHODYNAMIC_COURSE_JOURNAL": str(self.journal),
            "JUPYTER_RUNTIME_DIR": str(self.runtime),
            "JUPYTER_CONFIG_DIR": str(folder / "config"),
            "JUPYTERLAB_SETTINGS_DIR": str(folder / "settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(folder / "workspaces"),
            "IPYTHONDIR": str(folder / "ipython"),
        }
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = (folder / "server.log").open("w")
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
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def jupyter(tmp_path):
    servers = []

    def start(app: str) -> JupyterServer:
        servers.append(JupyterServer(app, tmp_path / app))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


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


def test_chapter_end_to_end_in_jupyterlab(jupyter, visit):
    server = jupyter("lab")
    notebook = "book/chapter_05.ipynb"
    page = open_notebook(visit, server, notebook)
    # jupyterlab-myst renders the chapter's MyST: the not-therapy note is an admonition.
    expect(page.locator(".jp-MarkdownCell aside.myst-admonition").first).to_be_visible()

    run_all_cells(page)
    widgets = page.locator(".jp-OutputArea .pdc-widget")
    expect(widgets).to_have_count(widget_cells(ROOT / notebook), timeout=60_000)
    wait_for_idle_kernel(page)
    expect(error_outputs(page)).to_have_count(0)

    # A reflection typed in the page reaches Python, and the journal file.
    reflection = page.locator(".jp-OutputArea .pdc-reflection")
    reflection.get_by_label("Write about my own experience").check()
    reflection.locator("textarea").fill(TYPED)
    expect(reflection.locator(".pdc-status")).to_have_text("Saved on this device.")
    seen_by_python = f"""
import json
from psychodynamic_course.reflection import ReflectionPrompt
prompts = [o for o in Out.values()
           if isinstance(o, ReflectionPrompt) and o.widget_id == {REFLECTION_ID!r}]
print(json.dumps(prompts[-1].text))
"""
    assert eventually(lambda: in_kernel(server, notebook, seen_by_python) == TYPED) == True  # noqa: E712

    # A timeline event added in the widget is drawn by to_figure() in the kernel.
    timeline = page.locator(f'.pdc-timeline[data-widget-id="{TIMELINE_ID}"]')
    timeline.locator(".pdc-timeline-field-age input").fill("9")
    timeline.locator(".pdc-timeline-field-label input").fill(EVENT_LABEL)
    timeline.locator(".pdc-timeline-field-category select").select_option("school or work")
    timeline.locator(".pdc-timeline-field-feeling select").select_option("-1")
    timeline.get_by_role("button", name="Add event", exact=True).click()
    expect(timeline.locator(".pdc-timeline-item-label")).to_have_text([EVENT_LABEL])
    drawn = f"""
import json
from psychodynamic_course.timeline import LifeTimeline
timelines = [o for o in Out.values()
             if isinstance(o, LifeTimeline) and o.widget_id == {TIMELINE_ID!r}]
drawing = timelines[-1].to_figure()
points = [point for line in drawing.figure.axes[0].lines
          if line.get_gid() == "category:school or work" for point in line.get_xydata().tolist()]
print(json.dumps({{"alt": drawing.alt, "points": points}}))
"""
    # One marker, at age 9 and feeling -1, and the alt text describes that one event.
    assert eventually(lambda: in_kernel(server, notebook, drawn)["points"] == [[9, -1]])
    assert in_kernel(server, notebook, drawn)["alt"].startswith("A life timeline of 1 event")

    # Restart the kernel (Kernel > Restart Kernel…): the reflection is still in the journal.
    restart_kernel(page)
    from_file = f"""
import json
from psychodynamic_course.journal import Journal
print(json.dumps(Journal().get({REFLECTION_ID!r})["data"]["text"]))
"""
    assert in_kernel(server, notebook, from_file) == TYPED
    # With this browser's copy gone, the widget gets the answer back from the journal file.
    # In a kernel the browser keeps it under this Jupyter user's own name (journal.py).
    learner = in_kernel(server, notebook, LEARNER_ID)
    key = f"psychodynamic-course@{learner}:{REFLECTION_ID}"
    assert page.evaluate("(key) => localStorage.getItem(key)", key) is not None
    page.evaluate("(key) => localStorage.removeItem(key)", key)
    run_all_cells(page)
    expect(reflection.locator("textarea")).to_have_value(TYPED, timeout=60_000)
    expect(reflection.locator(".pdc-status")).to_have_text("Restored from your journal file.")

    # Save (File > Save Notebook) and reload: the widgets come back from the running
    # kernel, answer included, and the saved notebook holds no trace of the answer.
    page.get_by_role("menuitem", name="File", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Save Notebook(?! As)")).click()
    saved = server.root / notebook
    page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty")
    assert eventually(lambda: "application/vnd.jupyter.widget-view+json" in saved.read_text())
    assert "stopped asking" not in saved.read_text()
    page.reload()
    wait_for_idle_kernel(page)
    expect(reflection.locator("textarea")).to_have_value(TYPED, timeout=60_000)
    assert json.loads(server.journal.read_text())["entries"][REFLECTION_ID]["data"]["text"] == TYPED
    assert visit.outside_requests() == []


def test_chapter_runs_in_notebook_7(jupyter, visit):
    server = jupyter("notebook")
    notebook = "book/chapter_01.ipynb"
    page = open_notebook(visit, server, notebook, app="notebook")
    run_all_cells(page)
    widgets = page.locator(".jp-OutputArea .pdc-widget")
    expect(widgets).to_have_count(widget_cells(ROOT / notebook), timeout=60_000)
    for index in range(widgets.count()):
        box = widgets.nth(index).bounding_box()
        assert box and box["height"] > 40, f"widget {index} did not render at real size"
    wait_for_idle_kernel(page)
    expect(error_outputs(page)).to_have_count(0)
    assert visit.outside_requests() == []
