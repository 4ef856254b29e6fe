"""Translations: extract, compile, measure.

    python scripts/i18n.py update    # find every translate() call in ui/ -> resources/i18n/*.ts
    python scripts/i18n.py build     # .ts -> .qm (and the two pseudo-languages for tests)
    python scripts/i18n.py coverage  # how much of each language is translated

`make translations` runs `build`; the .qm files are build output, never committed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from factcheck.domain.text import english_forms  # noqa: E402

# The interface, and the words of the reports (domain/words.py and the exporters).
SOURCES = (REPO / "src" / "factcheck" / "ui", REPO / "src" / "factcheck" / "exporters")
WORDS = REPO / "src" / "factcheck" / "domain" / "words.py"  # the core's values, said
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("en", "de", "es", "fr", "pt_BR", "ar")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def update() -> None:
    """Refresh every .ts from the sources. pyside6-lupdate does not see that a
    ``translate(context, text, None, n)`` has plural forms: every text holding %n is
    marked as such here. English holds only those, filled from the text's markers."""
    I18N.mkdir(parents=True, exist_ok=True)
    files = [*sorted(str(p) for folder in SOURCES for p in folder.glob("*.py")), str(WORDS)]
    for language in LANGUAGES:
        if language == "en":
            continue
        target = I18N / f"factcheck_{language}.ts"
        kept = _translations(target) if target.exists() else {}
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-ts",
                str(target),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        _mark_numerus(target)
        # lupdate takes a translate() with a count for a text without plural forms,
        # and empties the plural translations it finds: put back what it emptied.
        _restore(target, kept)
    _english_from(I18N / "factcheck_de.ts", I18N / "factcheck_en.ts")


def _translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Every finished translation of a .ts, by (context, source)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                found[(name, message.findtext("source") or "")] = translation
    return found


def _restore(ts: Path, kept: dict[tuple[str, str], ET.Element]) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            before = kept.get((name, message.findtext("source") or ""))
            if before is None or translation is None:
                continue
            if translation.get("type") == "unfinished" or not (
                translation.text or list(translation)
            ):
                message.remove(translation)
                message.append(before)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _mark_numerus(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if "%n" not in (message.findtext("source") or "") or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is not None and translation.text and not list(translation):
            ET.SubElement(translation, "numerusform").text = translation.text
            translation.text = None
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _english_from(template: Path, target: Path) -> None:
    """English needs only its plural forms, and they follow from the markers."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.clear()
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in english_forms(message.findtext("source") or ""):
                ET.SubElement(translation, "numerusform").text = form
        if context.find("message") is None:
            root.remove(context)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def _pseudo_ts(template: Path, target: Path) -> None:
    """Every source text in its pseudo form (the English plural rules)."""
    sys.path.insert(0, str(REPO / "src"))
    from factcheck.ui.i18n import pseudo

    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for english in english_forms(source):
                form = ET.SubElement(translation, "numerusform")
                form.text = pseudo(english)
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def build() -> None:
    """Compile every .ts to .qm, and make the pseudo-languages from the full template."""
    I18N.mkdir(parents=True, exist_ok=True)
    template = I18N / "factcheck_de.ts"  # any full one holds every source text
    pseudo_sources = []
    if template.exists():
        for name in ("x-pseudo", "x-pseudo-rtl"):
            ts = I18N / f"factcheck_{name}.ts.generated"
            _pseudo_ts(template, ts)
            pseudo_sources.append((ts, I18N / f"factcheck_{name}.qm"))
    for ts in sorted(I18N.glob("factcheck_*.ts")):
        pseudo_sources.append((ts, ts.with_suffix(".qm")))
    for ts, qm in pseudo_sources:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    for ts in I18N.glob("*.ts.generated"):
        ts.unlink()


def coverage() -> dict[str, tuple[int, int]]:
    """Per language: (translated, total) messages (English counts its plural forms)."""
    result = {}
    for language in LANGUAGES:
        ts = I18N / f"factcheck_{language}.ts"
        if not ts.exists():
            continue
        messages = list(ET.parse(ts).getroot().iter("message"))
        done = 0
        for message in messages:
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            forms = [f.text for f in translation.findall("numerusform")]
            if (forms and all(forms)) or (not forms and translation.text):
                done += 1
        result[language] = (done, len(messages))
    return result


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def problems(language: str) -> list[str]:
    """What is wrong with a language's translations: a placeholder lost or invented,
    markup changed, a plural without %n, more than one mnemonic. Untranslated text is
    not a problem here (``coverage`` counts it)."""
    found = []
    ts = I18N / f"factcheck_{language}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            for text in forms:
                if not text:
                    continue
                where = f"{name}: {source[:50]!r}"
                wanted = sorted(set(_PLACEHOLDER.findall(source)))
                if message.get("numerus") == "yes":
                    wanted = [p for p in wanted if p != "%n"]
                if (
                    sorted(
                        {
                            p
                            for p in _PLACEHOLDER.findall(text)
                            if p != "%n" or message.get("numerus") != "yes"
                        }
                    )
                    != wanted
                ):
                    found.append(f"{where}: placeholders {wanted} became {text[:60]!r}")
                if sorted(_TAG.findall(source)) != sorted(_TAG.findall(text)):
                    found.append(f"{where}: markup changed in {text[:60]!r}")
                if text.replace("&&", "").count("&") - text.count("&nbsp;") > 1:
                    found.append(f"{where}: more than one & in {text[:60]!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        languages = argv[1:] or [lang for lang in LANGUAGES if lang != "en"]
        bad = [p for language in languages for p in problems(language)]
        print("\n".join(bad) or "no problems")
        return 1 if bad else 0
    elif command == "coverage":
        for language, (done, total) in coverage().items():
            share = 100 * done / total if total else 100.0
            print(f"{language:6} {done:5}/{total:<5} {share:5.1f}%")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
