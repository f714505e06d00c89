#!/usr/bin/env bash
# package.workflows: every GitHub Actions workflow validates against the workflow schema with the pinned
# @action-validator/cli (installer/package.json; `./run deps` installs it), and vcpkg.json is valid JSON with the
# ports the Windows and macOS builds need.
set -Eeuo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
validator=$src/installer/node_modules/.bin/action-validator
[[ -x $validator ]] || { echo "FAIL: $validator missing: run ./run deps (npm install in installer/)" >&2; exit 1; }
shopt -s nullglob
files=("$src"/.github/workflows/*.yml "$src"/.github/workflows/*.yaml)
((${#files[@]} >= 3)) || { echo "FAIL: expected the linux, windows and macos workflows" >&2; exit 1; }
for f in "${files[@]}"; do
    "$validator" "$f" || { echo "FAIL: $f" >&2; exit 1; }
    echo "ok  ${f#"$src"/}"
done
python3 - "$src/vcpkg.json" <<'PY'
import json, sys
deps = {d if isinstance(d, str) else d["name"] for d in json.load(open(sys.argv[1]))["dependencies"]}
need = {"qtbase", "qtmultimedia", "nu-book-zxing-cpp", "secp256k1", "qtkeychain-qt6", "libpq", "openssl"}
missing = need - deps
if missing:
    sys.exit(f"FAIL: vcpkg.json lacks {sorted(missing)}")
print("ok  vcpkg.json")
PY
