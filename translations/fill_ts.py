#!/usr/bin/env python3
"""Writes translations from a TSV into translations/voucherdesk_<lang>.ts — the quick way to translate what the
update_translations target brought in:

  cmake --build build --target update_translations        # new strings arrive as unfinished
  python3 tests/i18n/check_translations.py --lupdate /usr/lib/qt6/bin/lupdate --source . --write-todo todo.tsv
  # fill the 4th column of todo.tsv (language, context, source, translation); numerus forms separated by ' || '
  python3 translations/fill_ts.py todo.tsv
  cmake --build build --target update_translations        # lupdate re-formats; then the i18n tests must pass

Newlines are written as \\n in the TSV. Rows with an empty translation are skipped; a row whose source is not in
the .ts is reported and fails the run (the sources changed since the TSV was made).
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def main(tsv):
    rows = {}
    for n, line in enumerate(open(tsv, encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 4:
            sys.exit(f"{tsv}:{n}: expected 4 tab-separated columns, got {len(parts)}")
        lang, ctx, source, translation = parts
        if translation.strip():
            rows.setdefault(lang, {})[(ctx, unescape(source))] = unescape(translation)
    failed = False
    for lang, table in rows.items():
        path = os.path.join(HERE, f"voucherdesk_{lang}.ts")
        tree = ET.parse(path)
        done = set()
        for ctx in tree.getroot().findall("context"):
            name = ctx.find("name").text
            for msg in ctx.findall("message"):
                key = (name, msg.find("source").text)
                if key not in table:
                    continue
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                tr.attrib.pop("type", None)
                if msg.get("numerus") == "yes":
                    forms = [f.strip() for f in table[key].split(" || ")]
                    slots = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform") for _ in forms]
                    if len(forms) != len(slots):
                        print(f"{lang} [{name}] {key[1]!r}: {len(slots)} numerus forms needed, {len(forms)} given")
                        failed = True
                        continue
                    for slot, form in zip(slots, forms):
                        slot.text = form
                    tr.text = None
                else:
                    tr.text = table[key]
                done.add(key)
        for key in sorted(set(table) - done):
            print(f"{lang} [{key[0]}] {key[1]!r}: not in {os.path.basename(path)}")
            failed = True
        with open(path, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
        print(f"{os.path.basename(path)}: {len(done)} translations written")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
