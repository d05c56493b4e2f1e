"""Refresh the README's screenshots in docs/screenshots/ on purpose.

Runs the browser tests (``tests/ui/test_browser.py``) with their screenshots going to a fresh
temporary folder, and only when every test passed copies the pictures into docs/screenshots/,
so each one shows a state a test has checked. A plain test run never writes there.

Run from the repository root: ``.venv/bin/python scripts/refresh_screenshots.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "screenshots"
TESTS = "tests/ui/test_browser.py"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tests.ui.test_browser import SCREENSHOTS, SCREENSHOTS_DIR

    with tempfile.TemporaryDirectory(prefix="policykg-screenshots-") as folder:
        env = {**os.environ, SCREENSHOTS_DIR: folder}
        print(f"screenshots: running {TESTS} (about three minutes on a busy two-core machine)", flush=True)
        finished = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TESTS],
                                  cwd=ROOT, env=env, check=False)
        if finished.returncode != 0:
            print(f"screenshots: the browser tests failed (exit {finished.returncode}); "
                  f"{TARGET.relative_to(ROOT)} is unchanged", file=sys.stderr)
            return 1
        taken = {name: Path(folder) / f"{name}.png" for name in SCREENSHOTS}
        missing = [name for name, path in taken.items() if not path.is_file()]
        if missing:
            print(f"screenshots: the tests passed but took no {', '.join(missing)}; "
                  f"{TARGET.relative_to(ROOT)} is unchanged", file=sys.stderr)
            return 1
        TARGET.mkdir(parents=True, exist_ok=True)
        for path in taken.values():
            shutil.copyfile(path, TARGET / path.name)
            print(f"screenshots: {(TARGET / path.name).relative_to(ROOT)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
