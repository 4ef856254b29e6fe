"""The packaging files that CI here cannot run: checked by reading them."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "package.yml"


def test_workflow_builds_on_windows_and_macos_with_pinned_actions() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["build"]
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest"}
    steps = job["steps"]
    for step in steps:
        if "uses" in step:
            assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    major, minor = (int(p) for p in python["with"]["python-version"].split(".")[:2])
    assert (major, minor) >= (3, 12)
    commands = " ".join(str(s.get("run", "")) for s in steps)
    assert "--self-test" in commands and "pyinstaller" in commands
    assert "ISCC" in commands and "make_dmg.sh" in commands
    assert any(s.get("uses", "").startswith("actions/upload-artifact") for s in steps)


def test_signing_steps_skip_with_a_message_without_credentials() -> None:
    mac = (REPO / "packaging" / "macos" / "sign_and_notarize.sh").read_text(encoding="utf-8")
    win = (REPO / "packaging" / "windows" / "sign.ps1").read_text(encoding="utf-8")
    assert "Code signing skipped" in mac and "Notarisation skipped" in mac
    assert "Code signing skipped" in win


def test_installer_script_has_start_menu_uninstaller_and_optional_associations() -> None:
    iss = (REPO / "packaging" / "windows" / "factcheck.iss").read_text(encoding="utf-8")
    assert "{group}\\Factcheck" in iss and "{uninstallexe}" in iss
    association = next(line for line in iss.splitlines() if line.startswith('Name: "associate"'))
    assert "Flags: unchecked" in association  # off by default


def test_icons_are_real_ico_and_icns_files() -> None:
    icons = REPO / "resources" / "icons"
    ico = (icons / "factcheck.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (icons / "factcheck.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"<svg" in (icons / "factcheck.svg").read_bytes()


def test_spec_bundles_resources_licences_and_is_one_folder_windowed() -> None:
    spec = (REPO / "packaging" / "factcheck.spec").read_text(encoding="utf-8")
    assert "COLLECT(" in spec and "exclude_binaries=True" in spec  # one-folder
    assert "console=False" in spec
    assert '"resources"' in spec and "licenses" in spec
    assert "bundle_identifier=" in spec and "CFBundleDocumentTypes" in spec
    assert (REPO / "packaging" / "licenses" / "LGPL-3.0.txt").exists()
