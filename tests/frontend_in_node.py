"""Run the front end's pure modules (``frontend/lib/*.js``) in Node from a Python test.

The parity tests hold the JavaScript to the Python on the same tables: they import the
library module itself, as the bundles do, never a copy or a slice of a bundle.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FRONTEND = ROOT / "frontend"
LIB = FRONTEND / "lib"


def run_in_node(imports: str, expression: str, payload):
    """The JSON value of ``expression`` evaluated in Node after ``imports``, with
    ``input`` bound to ``payload`` (sent as JSON on stdin). ``imports`` names library
    modules by file name, e.g. ``'import { validate } from "validate.js";'``.

    Skips the test when Node is not installed.
    """
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    imports = imports.replace(' from "', f' from "{LIB.as_uri()}/')
    script = (
        imports
        + "\nimport { readFileSync } from 'node:fs';\n"
        + "const input = JSON.parse(readFileSync(0, 'utf8'));\n"
        + f"process.stdout.write(JSON.stringify({expression}));\n"
    )
    done = subprocess.run(
        [node, "--input-type=module", "-e", script],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)
