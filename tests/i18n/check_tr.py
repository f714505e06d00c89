#!/usr/bin/env python3
"""i18n.tr_checker: a user-visible string in ui/ (and app/main.cpp) must go through tr().

Heuristic: finds calls that put text on screen (setText, setWindowTitle, setToolTip, addAction, addItem, addTab,
addRow, QMessageBox::*, QLabel/QPushButton/QCheckBox/QGroupBox/QAction constructors, ...) whose arguments contain a
string literal with letters (QStringLiteral("..."), u"..."_s, QLatin1String("..."), "...") outside tr()/translate().
Justified exceptions (a language's own name, a brand, a unit) go in tests/i18n/tr_allowlist.txt, one per line:
    path<TAB>literal<TAB>why
  check_tr.py --source DIR
"""
import argparse
import os
import re
import sys

CALLS = re.compile(
    r"\b(setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setTitle|setLabelText|"
    r"addAction|addItem|addItems|addTab|insertTab|setTabText|addRow|addSection|addMenu|showMessage|setHeaderLabels|"
    r"setAccessibleName|setAccessibleDescription|setSpecialValueText|setSuffix|setPrefix|setInformativeText|"
    r"setDetailedText|setButtonText|"
    r"QMessageBox::(?:information|warning|critical|question|about)|"
    r"new\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|QMenu)|"
    r"(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu)\s+\w+)\s*\(")
LITERAL = re.compile(r'(?:QStringLiteral|QLatin1String|QLatin1StringView|QString::fromUtf8|QString::fromLatin1)?'
                     r'\(?\s*u?"((?:[^"\\]|\\.)*)"(?:_s|_L1)?')
TRANSLATED = ("tr(", "translate(", "QT_TR_NOOP(", "QT_TRANSLATE_NOOP(", "qtTrId(")


def call_args(code, start):
    """Text from the opening parenthesis at `start` to its match (string-aware)."""
    depth, i, n = 0, start, len(code)
    while i < n:
        c = code[i]
        if c == '"':
            i += 1
            while i < n and code[i] != '"':
                i += 2 if code[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return code[start + 1:i]
        i += 1
    return code[start + 1:]


def strip_translated(args):
    """Removes tr("..."), translate(...) and the like, with their arguments."""
    out, i = [], 0
    while i < len(args):
        hit = None
        for t in TRANSLATED:
            if args.startswith(t, i) and (i == 0 or not (args[i - 1].isalnum() or args[i - 1] == "_")):
                hit = t
                break
        if hit:
            inner = call_args(args, i + len(hit) - 1)
            i += len(hit) + len(inner) + 1
            continue
        out.append(args[i])
        i += 1
    return "".join(out)


def visible(literal):
    if not re.search(r"[A-Za-z]{2,}", literal):
        return False
    # Resource paths, object names, style sheets, URLs and format-only strings are not prose.
    if re.match(r"^(:/|qrc:|https?://|[a-z][a-zA-Z0-9]*$|[a-z_.]+$)", literal):
        return False
    if re.search(r"[{};]\s*$|^\s*[A-Za-z-]+\s*:\s*[^ ]+;", literal):  # style sheet
        return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    src = os.path.abspath(args.source)
    allow = set()
    allow_file = os.path.join(src, "tests", "i18n", "tr_allowlist.txt")
    for line in open(allow_file, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[2].strip():
                sys.exit(f"tr_allowlist.txt: every entry needs path, literal and a reason: {line!r}")
            allow.add((parts[0], parts[1]))
    files = []
    for dirpath, _, names in os.walk(os.path.join(src, "ui")):
        files += [os.path.join(dirpath, n) for n in names if n.endswith((".cpp", ".h"))]
    files.append(os.path.join(src, "app", "main.cpp"))
    problems, used = [], set()
    for path in sorted(files):
        rel = os.path.relpath(path, src)
        code = open(path, encoding="utf-8").read()
        # Comments out (keeping line numbers).
        code = re.sub(r"//[^\n]*", lambda m: " " * len(m.group(0)), code)
        code = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), code, flags=re.S)
        for m in CALLS.finditer(code):
            args_text = strip_translated(call_args(code, m.end() - 1))
            for lit in LITERAL.finditer(args_text):
                s = lit.group(1)
                if not visible(s):
                    continue
                if (rel, s) in allow:
                    used.add((rel, s))
                    continue
                line = code.count("\n", 0, m.start()) + 1
                problems.append(f"{rel}:{line}: {m.group(1).split('(')[0].strip()} shows {s!r} outside tr()")
    for rel, s in sorted(allow - used):
        problems.append(f"tr_allowlist.txt: {rel} no longer shows {s!r}; remove the entry")
    for p in problems:
        print("FAIL:", p)
    print(f"{len(files)} files scanned, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
