"""What a translator's CAT tool does to a kit, done with Translate Toolkit's
storage API (the engine under Weblate and Pootle): load the XLIFF, change
units, save. Used by tests/unit/l10n-cat-loop.test.ts.

Usage: translate-toolkit.py <kit.xlf> <out.xlf> [<action> <unit id> [<text>]]...
  target <id> <text>   set the unit's target text (a unit without inline tags)
  review <id>          mark the unit reviewed (not fuzzy), text untouched
"""
import sys

from translate.storage import xliff

kit, out, *actions = sys.argv[1:]
store = xliff.xlifffile.parsefile(kit)
# Translate Toolkit keys a unit by its file and its id, joined by \x04.
units = {unit.getid().split("\x04")[-1]: unit for unit in store.units}
while actions:
    action, unit_id, *rest = actions
    unit = units[unit_id]
    if action == "target":
        unit.target = rest[0]
        actions = rest[1:]
    elif action == "review":
        unit.markfuzzy(False)
        actions = rest
    else:
        sys.exit(f"unknown action {action}")
store.savefile(out)
