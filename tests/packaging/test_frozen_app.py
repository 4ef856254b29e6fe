"""The packaged app: `make package` builds the one-folder bundle and its self-test passes.

Takes a minute or two, so it is left out of the default run: `make test-package`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("build")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(dist),
         "--workpath", str(work), str(REPO / "packaging" / "factcheck.spec")],
        check=True, cwd=REPO, timeout=1200,
    )  # fmt: skip
    return dist / "Factcheck"


def test_bundle_holds_resources_and_licences(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (bundle / ("Factcheck.exe" if sys.platform == "win32" else "Factcheck")).exists()
    assert (internal / "resources" / "samples" / "putin-witkoff-meeting.txt").exists()
    assert (internal / "resources" / "templates" / "report.html.j2").exists()
    assert (internal / "resources" / "icons" / "factcheck.svg").exists()
    assert (internal / "licenses" / "LGPL-3.0.txt").exists()
    assert (internal / "licenses" / "LICENSE").exists()
    assert list((internal / "factcheck" / "storage" / "migrations" / "versions").glob("0001_*.py"))
    # One-folder mode: Qt stays in separate, replaceable libraries (LGPL).
    assert list(internal.rglob("*Qt6Core*"))


def test_frozen_self_test_passes(bundle: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    started = time.perf_counter()
    result = subprocess.run(
        [str(bundle / "Factcheck"), "--self-test"], env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    print(f"frozen self-test: {elapsed:.2f} s wall clock")
    assert not (tmp_path / ".local" / "share" / "Factcheck").exists()  # user data untouched


def test_frozen_headless_commands_work(bundle: Path, tmp_path: Path) -> None:
    env = {**os.environ, "FACTCHECK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    sample = bundle / "_internal" / "resources" / "samples" / "putin-witkoff-meeting.txt"
    run = lambda *args: subprocess.run(  # noqa: E731
        [str(bundle / "Factcheck"), *args], env=env, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert run("import", str(sample)).returncode == 0
    annotated = run("annotate", "1", "--exact", "three-hour meeting", "--kind", "claim")
    assert annotated.returncode == 0, annotated.stderr
    exported = run("export", "1", "--format", "pdf", "-o", str(tmp_path / "r.pdf"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
