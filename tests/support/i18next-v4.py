"""Loads UI string files with Translate Toolkit's i18next JSON v4 format, the
engine behind Weblate's, and prints per file the units it finds and the
number of forms of each plural unit, as JSON. Used by
tests/unit/l10n-cat-loop.test.ts.

Usage: i18next-v4.py <locale> <file.json>...
"""
import json
import sys

from translate.storage import jsonl10n

locale, *files = sys.argv[1:]
report = {}
for path in files:
    store = jsonl10n.I18NextV4File()
    store.settargetlanguage(locale)
    with open(path, "rb") as handle:
        store.parse(handle.read())
    report[path] = {
        unit.getid(): len(unit.target.strings) if hasattr(unit.target, "strings") else 1
        for unit in store.units
    }
print(json.dumps(report))
