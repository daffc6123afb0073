#!/usr/bin/env python3
"""Checks a translated language file against locales/en.txt, the way the
app will: every key present, no key English lacks, the same {blanks}, the
plural forms the language needs, and no phone numbers in the words.

    python3 scripts/check_locale.py locales/es.txt

The native test `copy::tests` is the final word; this gives a translator
the same answer without building the app. Then
`UPDATE_WORDS=1 cargo test --lib copy::tests` writes locales/built/<tag>.txt,
the file the app reads."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ["zero", "one", "two", "few", "many", "other"]
NEEDED = {
    "en": ["one", "other"], "es": ["one", "other"], "de": ["one", "other"],
    "fr": ["one", "other"], "pt-BR": ["one", "other"],
    "ar": ["zero", "one", "two", "few", "many", "other"],
}


def parse(path):
    entries = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if " = " not in line:
            sys.exit(f"{path}:{number}: not `key = text`")
        key, text = line.split(" = ", 1)
        key = key.strip()
        if not key or re.search(r"\s", key):
            sys.exit(f"{path}:{number}: bad key")
        if key in entries:
            sys.exit(f"{path}:{number}: {key} twice")
        entries[key] = text.strip()
    return entries


def blanks(text):
    return set(re.findall(r"\{([^}]*)\}", text))


def main():
    path = Path(sys.argv[1])
    tag = path.stem
    english = parse(ROOT / "locales" / "en.txt")
    other = parse(path)
    plurals = {k.rsplit(".", 1)[0] for k in english if k.endswith(".one")}
    problems = []
    for key, text in english.items():
        base, _, form = key.rpartition(".")
        if base in plurals and form in FORMS:
            continue
        if key not in other:
            problems.append(f"missing {key}")
        elif not other[key]:
            problems.append(f"empty {key}")
    for base in sorted(plurals):
        want = blanks(english[f"{base}.other"])
        for form in NEEDED[tag]:
            key = f"{base}.{form}"
            if key not in other:
                problems.append(f"missing plural form {key}")
            elif blanks(other[key]) | {"count"} != want | {"count"}:
                problems.append(f"blanks differ in {key}")
    for key, text in other.items():
        base, _, form = key.rpartition(".")
        if base in plurals and form in FORMS:
            if form not in NEEDED[tag]:
                problems.append(f"{key}: {tag} has no {form} form")
            continue
        if key not in english:
            problems.append(f"not an English key: {key}")
        elif blanks(text) != blanks(english[key]):
            problems.append(f"blanks differ in {key}: {sorted(blanks(text))} vs {sorted(blanks(english[key]))}")
        for run in re.findall(r"\d{3,}", text):
            if run != "100":
                problems.append(f"digits {run} in {key}: numbers never go in the words")
        if key.startswith("item.") and not text.endswith(("?", "؟")):
            problems.append(f"{key} should end with a question mark")
    for problem in problems:
        print(f"{path}: {problem}")
    print(f"{path}: {len(other)} keys, {len(problems)} problems")
    sys.exit(1 if problems else 0)


main()
