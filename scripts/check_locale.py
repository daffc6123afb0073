#!/usr/bin/env python3
"""Checks a translated language file against locales/en.txt, the way the
app will: every key present, no key English lacks, the same {blanks}, the
plural forms the language needs, and no phone numbers in the words.

    python3 scripts/check_locale.py locales/es.txt

The native test `copy::tests` is the final word; this gives a translator
the same answer without building the app. Then `scripts/regenerate.sh`
writes locales/built/<tag>.lines, the file the app reads.

The plural forms each language needs come from scripts/plural-forms.txt,
which scripts/regenerate.sh writes from the app's own rules
(src/copy/locale.rs, src/copy/plural.rs). A language the app does not speak
yet is checked for everything else, and told what to add."""

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ["zero", "one", "two", "few", "many", "other"]
# Another table only for the tests (tests/translator_tools.rs).
PLURAL_FORMS = Path(os.environ.get("CHECK_LOCALE_PLURAL_FORMS") or ROOT / "scripts" / "plural-forms.txt")


def plural_forms():
    """Each language's plural forms, as the app needs them: `tag form…` lines."""
    needed = {}
    for line in PLURAL_FORMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            tag, *forms = line.split()
            needed[tag] = forms
    return needed


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
    if len(sys.argv) != 2:
        sys.exit("usage: python3 scripts/check_locale.py locales/<tag>.txt")
    path = Path(sys.argv[1])
    if not path.is_file():
        sys.exit(f"{path}: no such file")
    tag = path.stem
    english = parse(ROOT / "locales" / "en.txt")
    other = parse(path)
    plurals = {k.rsplit(".", 1)[0] for k in english if k.endswith(".one")}
    problems = []
    needed = plural_forms().get(tag)
    if needed is None:
        # Not yet a language of the app: its plural rule is not known, so
        # check that each counted message has "other" and only CLDR forms.
        print(f"{path}: {tag} is not yet a language the app speaks, so its plural forms are "
              "not known here: add its Locale variant with its plural rule "
              "(src/copy/locale.rs, src/copy/plural.rs), then run scripts/regenerate.sh "
              "and this check again (docs/languages.md, \"A new language\")")
        given = {k.rpartition(".")[2] for k in other if k.rpartition(".")[0] in plurals}
        needed = [form for form in FORMS if form in given or form == "other"]
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
        for form in needed:
            key = f"{base}.{form}"
            if key not in other:
                problems.append(f"missing plural form {key}")
            elif blanks(other[key]) | {"count"} != want | {"count"}:
                problems.append(f"blanks differ in {key}")
    for key, text in other.items():
        base, _, form = key.rpartition(".")
        if base in plurals and form in FORMS:
            if form not in needed:
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
