#!/usr/bin/env python3
"""i18n.complete: every shipped language translates every user-visible string of the current sources.

Runs lupdate (the same scan as the update_translations target) into temporary copies of translations/*.ts, so the
committed files are never touched, then fails on any message that is
  - unfinished or empty (a string added to the sources and not yet translated, or a translation left unfinished),
  - vanished/obsolete (a translation whose source string is gone: refresh with the update_translations target),
  - inconsistent with its source: %1..%9 / %n placeholders, a keyboard mnemonic (&), a trailing colon or ellipsis.
It also checks that every file-local tr() helper (non-QObject code) uses the context lupdate assigns to its calls;
otherwise the translation exists but is never found at run time.

  check_translations.py --lupdate PATH --source DIR [--write-todo FILE]
--write-todo writes the untranslated strings as a TSV (language, context, source) to fill in quickly.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SCAN_DIRS = ["core", "ui", "app"]
PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")
MNEMONIC = re.compile(r"&(?!&)[^\s&]")


def lupdate(tool, source, ts_files, extra=()):
    cmd = [tool, "-silent", "-locations", "none", *extra, *[os.path.join(source, d) for d in SCAN_DIRS], "-ts", *ts_files]
    r = subprocess.run(cmd, cwd=source, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"lupdate failed ({r.returncode}): {r.stderr}")
    return r.stderr


def text(el):
    return "" if el is None or el.text is None else el.text


def check_message(lang, ctx, msg, problems, todo):
    source = text(msg.find("source"))
    tr = msg.find("translation")
    kind = tr.get("type", "") if tr is not None else "missing"
    where = f"{lang} [{ctx}] {source!r}"
    if kind in ("vanished", "obsolete"):
        problems.append(f"{where}: {kind} (the source string is gone; run the update_translations target)")
        return
    if msg.get("numerus") == "yes":
        forms = [text(f) for f in tr.findall("numerusform")] if tr is not None else []
    else:
        forms = [text(tr)]
    if kind in ("unfinished", "missing") or not forms or any(not f.strip() for f in forms):
        problems.append(f"{where}: not translated")
        todo.append((lang, ctx, source))
        return
    want = sorted(set(PLACEHOLDER.findall(source)))
    for f in forms:
        got = sorted(set(PLACEHOLDER.findall(f)))
        if msg.get("numerus") == "yes":
            want_n = [p for p in want if p != "%n"]
            got_n = [p for p in got if p != "%n"]
            if want_n != got_n:
                problems.append(f"{where}: placeholders {got_n} in {f!r}, the source has {want_n}")
        elif want != got:
            problems.append(f"{where}: placeholders {got} in {f!r}, the source has {want}")
        if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(f)):
            problems.append(f"{where}: the mnemonic (&) of the source must be kept (or not added) in {f!r}")
        for ending in (":", "…"):
            if source.rstrip().endswith(ending) and not f.rstrip().endswith(ending):
                problems.append(f"{where}: the source ends with {ending!r}, {f!r} does not")


def helper_contexts(tool, source, problems):
    """Files with a file-local `QString tr(const char *...)` calling translate("CTX", ...)."""
    helper = re.compile(r"QString\s+tr\s*\(\s*const\s+char\s*\*")
    ctx_re = re.compile(r'QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*(?:s|text|source|sourceText)\b')
    with tempfile.TemporaryDirectory() as tmp:
        for d in SCAN_DIRS:
            for dirpath, _, files in os.walk(os.path.join(source, d)):
                for name in files:
                    if not name.endswith(".cpp"):
                        continue
                    path = os.path.join(dirpath, name)
                    code = open(path, encoding="utf-8").read()
                    if not helper.search(code):
                        continue
                    m = ctx_re.search(code)
                    if not m:
                        continue
                    ts = os.path.join(tmp, name + ".ts")
                    subprocess.run([tool, "-silent", "-locations", "none", path, "-ts", ts], capture_output=True)
                    if not os.path.exists(ts):
                        continue
                    # Only the messages tr() produced: explicit translate("X", ...) calls carry their own context.
                    explicit = set(re.findall(r'translate\(\s*"([^"]+)"', code))
                    found = {text(c.find("name")) for c in ET.parse(ts).getroot().findall("context")}
                    wrong = sorted(found - explicit - {m.group(1)})
                    if wrong:
                        rel = os.path.relpath(path, source)
                        problems.append(
                            f"{rel}: its tr() helper translates in context {m.group(1)!r} but lupdate files its "
                            f"calls under {wrong}: those translations would never be found. Use "
                            f"QCoreApplication::translate(\"{m.group(1)}\", ...) there, or give the helper "
                            f"lupdate's context.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--write-todo")
    args = ap.parse_args()
    src = os.path.abspath(args.source)
    shipped = sorted(f for f in os.listdir(os.path.join(src, "translations")) if re.match(r"voucherdesk_\w+\.ts$", f))
    if not shipped:
        sys.exit("no translations/voucherdesk_*.ts")
    problems, todo = [], []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for f in shipped:
            shutil.copy(os.path.join(src, "translations", f), os.path.join(tmp, f))
            copies.append(os.path.join(tmp, f))
        lupdate(args.lupdate, src, copies)  # without -no-obsolete: stale entries show up as vanished
        for path in copies:
            root = ET.parse(path).getroot()
            lang = root.get("language") or os.path.basename(path)
            count = 0
            for ctx in root.findall("context"):
                name = text(ctx.find("name"))
                for msg in ctx.findall("message"):
                    count += 1
                    check_message(lang, name, msg, problems, todo)
            print(f"{os.path.basename(path)}: {count} messages")
    helper_contexts(args.lupdate, src, problems)
    if args.write_todo:
        with open(args.write_todo, "w", encoding="utf-8") as out:
            for lang, ctx, s in todo:
                out.write("\t".join([lang, ctx, s.replace("\n", "\\n"), ""]) + "\n")
    for p in problems:
        print("FAIL:", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
