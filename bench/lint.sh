#!/usr/bin/env bash
# Whole-process lint timings: charter against Spectral and Redocly CLI, side by side on this machine.
#
#   bench/lint.sh [RUNS]        (default 5 runs per tool and spec; the median is reported)
#
# Peers are installed from npm into bench/.peers on first use (never by the tests). charter runs as
# the built application (cli/target/charter/bin/charter) when it exists, otherwise as `java -cp` over
# the modules' classes and their dependencies (build first: mvn -o -pl cli -am package -DskipTests).
# Each tool lints with its default/recommended rules: charter with charter:recommended (structural
# validation included), Spectral with `extends: [spectral:oas]`, Redocly with its recommended config.
# Wall time, CPU time (user + system) and peak RSS come from /usr/bin/time; load average is printed. Run on a quiet machine: the numbers are only
# comparable within one run of this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-5}"
corpus="${CHARTER_CORPUS:-$root/../shared/corpus}"
[ -d "$corpus" ] || corpus="$root/../../shared/corpus"
peers="$here/.peers"
out="${TMPDIR:-/tmp}/charter-bench"
mkdir -p "$out"

specs=(
  "petstore:$corpus/openapi/oai-examples/v3.0/petstore.yaml"
  "stripe:$corpus/openapi/stripe-spec3.yaml"
  "openai:$corpus/openapi/openai-openapi.yaml"
  "github:$corpus/openapi/github-api.github.com.json"
)

# ---- tools ----
if [ ! -x "$peers/node_modules/.bin/spectral" ] || [ ! -x "$peers/node_modules/.bin/redocly" ]; then
  mkdir -p "$peers"
  # npm refuses a package named after the folder (".peers"), so the manifest is written here.
  printf '{"name": "charter-bench-peers", "private": true}\n' >"$peers/package.json"
  (cd "$peers" && npm install --no-audit --no-fund @stoplight/spectral-cli@6.16.3 @redocly/cli@2.77.0 >/dev/null 2>&1)
fi
printf 'extends: [spectral:oas]\n' > "$out/.spectral.yaml"

charter_cmd=()
if [ -x "$root/cli/target/charter/bin/charter" ]; then
  charter_cmd=("$root/cli/target/charter/bin/charter")
else
  cp_file="$out/classpath.txt"
  if [ ! -s "$cp_file" ]; then
    (cd "$root" && mvn -q -o -pl lint-rules -am dependency:build-classpath -Dmdep.outputFile="$cp_file.deps" >/dev/null)
    pico="$(find ~/.m2 -name 'picocli-*.jar' | sort | tail -1)"
    slf="$(find ~/.m2 -path '*slf4j-nop*' -name '*.jar' | sort | tail -1)"
    deps="$(tr ':' '\n' < "$cp_file.deps" | grep -v '/dev/charter/' | paste -sd:)"
    echo "$root/cli/target/classes:$root/lint-rules/target/classes:$root/core/target/classes:$root/compat-checker/target/classes:$pico:$slf:$deps" > "$cp_file"
  fi
  charter_cmd=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$(cat "$cp_file")" dev.charter.cli.Main)
fi

run_tool() { # tool spec-file
  case "$1" in
    charter) "${charter_cmd[@]}" lint -f json "$2" ;;
    spectral) "$peers/node_modules/.bin/spectral" lint -r "$out/.spectral.yaml" -f json "$2" ;;
    redocly) "$peers/node_modules/.bin/redocly" lint --format=json "$2" ;;
  esac
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}}'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %-9s %10s %10s %10s  %s\n' spec tool "wall(s)" "cpu(s)" "rss(MB)" note
declare -A wall
for entry in "${specs[@]}"; do
  name="${entry%%:*}"; file="${entry#*:}"
  for tool in charter spectral redocly; do
    : > "$out/$name.$tool.times"
    note=""
    for ((i = 0; i < runs; i++)); do
      if /usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" bash -c "$(declare -f run_tool); $(declare -p charter_cmd peers out); run_tool $tool '$file'" \
          > "$out/$name.$tool.out" 2> "$out/$name.$tool.err"; then :; else
        # Lint tools exit 1 when they find problems; only a crash or refusal leaves no output.
        if [ ! -s "$out/$name.$tool.out" ]; then note="failed: $(grep -v '^[[:space:]]*$' "$out/$name.$tool.err" | grep -v '[║╔╚═]' | tail -1 | cut -c1-100)"; fi
      fi
      # GNU time adds a "Command exited with non-zero status" line before the numbers.
      grep -E '^[0-9.]+ [0-9]+ [0-9.]+ [0-9.]+$' "$out/time.txt" >> "$out/$name.$tool.times" || true
    done
    w="$(awk '{print $1}' "$out/$name.$tool.times" | median)"
    r="$(awk '{print $2}' "$out/$name.$tool.times" | median)"
    # CPU time (user + system) moves less than wall time when other work shares the machine.
    cpu="$(awk '{printf "%.2f\n", $3 + $4}' "$out/$name.$tool.times" | median)"
    if [ -n "$note" ]; then w="n/a"; fi
    wall["$name.$tool"]="$w"
    if [ "$r" = "n/a" ]; then r=0; fi
    printf '%-9s %-9s %10s %10s %10.0f  %s\n' "$name" "$tool" "$w" "$cpu" "$(echo "$r / 1024" | bc -l)" "$note"
  done
done

echo
echo "ratios (peer wall / charter wall; higher is better for charter):"
for entry in "${specs[@]}"; do
  name="${entry%%:*}"
  c="${wall[$name.charter]}"
  ratio() { if [ "$1" = "n/a" ] || [ "$c" = "n/a" ]; then echo "  n/a"; else printf '%5.1fx' "$(echo "$1 / $c" | bc -l)"; fi; }
  printf '  %-9s spectral %s   redocly %s\n' "$name" "$(ratio "${wall[$name.spectral]}")" "$(ratio "${wall[$name.redocly]}")"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
