#!/usr/bin/env bash
# Start-up benchmark: whole-process wall time of `charter --version` (or of the charter
# arguments given) under several ways of starting the JVM; median of RUNS rounds.
#
#   bench/startup.sh                         # charter --version, RUNS=10 WARMUP=2
#   RUNS=30 bench/startup.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh
#   bench/startup.sh validate examples/petstore.yaml
#
# Prints a table and saves it under bench/results/. See bench/README.md.
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

args=("$@")
[[ ${#args[@]} -gt 0 ]] || args=(--version)
OK_STATUS=${OK_STATUS:-"0 1"}

ensure_app
find_gnu_time
java=$(java_cmd)
[[ -x $java ]] || { log "bench: no java (set JAVA_HOME or put java on PATH)"; exit 2; }
major=$(java_major)
mkdir -p "$RESULTS_DIR"
out=$RESULTS_DIR/startup-jdk$major-$(date -u +%Y%m%dT%H%M%SZ).txt
launcher=$APP/bin/charter
main=dev.charter.cli.Main
# The launcher keeps its CDS archives in directories of the benchmark's own: warm variants
# share one (primed below), the first-run variant empties its own before every run.
warm=$BENCH_TMP/cds-warm
cold=$BENCH_TMP/cds-cold

# Every variant runs through env(1), so all pay the same exec overhead.
variant "plain: java -cp 'lib/*'" \
  env "$java" -cp "$APP/lib/*" "$main" "${args[@]}"
variant "plain + C1 + SerialGC, no CDS" \
  env "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$APP/lib/*" "$main" "${args[@]}"
variant "launcher, CDS off (C1 + SerialGC)" \
  env CHARTER_CDS=off "$launcher" "${args[@]}"
variant "launcher, first run (dumps the archive)" PRE="rm -rf -- '$cold'" \
  env CHARTER_CDS_DIR="$cold" "$launcher" "${args[@]}"
variant "launcher, CDS, full JIT (G1)" \
  env CHARTER_CDS_DIR="$warm" CHARTER_JIT=full "$launcher" "${args[@]}"
variant "launcher, CDS + C1 + G1" \
  env CHARTER_CDS_DIR="$warm" CHARTER_OPTS=-XX:+UseG1GC "$launcher" "${args[@]}"
variant "launcher, CDS + C1 + ParallelGC (default)" \
  env CHARTER_CDS_DIR="$warm" "$launcher" "${args[@]}"

# Warm archives exist even with WARMUP=0.
CHARTER_CDS_DIR=$warm "$launcher" "${args[@]}" >/dev/null 2>&1
CHARTER_CDS_DIR=$warm CHARTER_JIT=full "$launcher" "${args[@]}" >/dev/null 2>&1

{
  echo "charter start-up: charter ${args[*]}"
  environment
} | tee "$out"
run_variants
{
  echo
  report
  echo
  echo "median wall time relative to plain:"
  for ((i = 1; i < ${#V_LABELS[@]}; i++)); do
    if [[ -n ${MEDIAN_MS[i]} && -n ${MEDIAN_MS[0]} ]]; then
      awk -v n="${V_LABELS[i]}" -v v="${MEDIAN_MS[i]}" -v p="${MEDIAN_MS[0]}" \
        'BEGIN { printf "  %-42s %.2fx\n", n, v / p }'
    fi
  done
  echo
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
} | tee -a "$out"
log "bench: saved $out"
