#!/usr/bin/env bash
# Runs Spectral (installed from npm into a cache folder) with `extends: [spectral:oas, spectral:asyncapi]`
# over every spec of the corpus and keeps its JSON output per spec, for bench/lint-parity.py.
# Usage: bench/lint-parity-spectral.sh [CORPUS_DIR] [OUT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="${1:-$here/../../shared/corpus}"
out="${2:-${TMPDIR:-/tmp}/charter-parity/spectral}"
cache="${CHARTER_PEERS:-${TMPDIR:-/tmp}/charter-peers}"
spectral_version="${SPECTRAL_VERSION:-6.16.3}"

if [ ! -x "$cache/node_modules/.bin/spectral" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm init -y >/dev/null && npm install --no-audit --no-fund "@stoplight/spectral-cli@$spectral_version" >/dev/null)
fi
spectral="$cache/node_modules/.bin/spectral"
mkdir -p "$out"
ruleset="$out/.spectral.yaml"
printf 'extends: [spectral:oas, spectral:asyncapi]\n' > "$ruleset"

# Root documents only: files whose top level declares openapi, swagger or asyncapi.
find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | sort | while read -r f; do
  if ! grep -Eq '^(openapi|swagger|asyncapi):|^[[:space:]]*"(openapi|swagger|asyncapi)"[[:space:]]*:|^\{"(openapi|swagger|asyncapi)"' "$f"; then continue; fi
  rel="${f#"$corpus"/}"
  dest="$out/$rel.json"
  [ -s "$dest" ] && continue
  mkdir -p "$(dirname "$dest")"
  start=$(date +%s.%N)
  if ! timeout 300 nice "$spectral" lint --ruleset "$ruleset" -f json -o "$dest.tmp" "$f" </dev/null >/dev/null 2>"$dest.err"; then :; fi
  if [ -s "$dest.tmp" ]; then mv "$dest.tmp" "$dest"; else echo '[]' > "$dest"; echo "no output: $rel" >&2; fi
  echo "$(awk "BEGIN{print $(date +%s.%N)-$start}") $rel"
done
