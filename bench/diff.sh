#!/usr/bin/env bash
# Whole-process timing of `charter diff` against openapi-diff on real version pairs of the corpus:
# the two Stripe revisions and the two GitHub revisions (the huge pairs), plus two mid-size pairs
# on which openapi-diff completes. Each tool runs RUNS times per pair, in the same run, with the
# same JVM flags; the table shows the median wall time and what the tool reported.
#
#   bench/diff.sh                      # 5 runs per pair and tool
#   RUNS=9 bench/diff.sh > table.md    # more runs
#
# openapi-diff: its CLI artifact (openapi-diff-cli) is not on Maven Central, its engine
# (openapi-diff-core) is; bench/OpenApiDiffRun.java calls OpenApiCompare.fromLocations, which is
# what the CLI does, and prints the verdict. It is fetched once into $CACHE with Maven.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${CHARTER_CORPUS:-$ROOT/../shared/corpus}
EVOLUTION=$CORPUS/evolution
RUNS=${RUNS:-5}
CACHE=${CHARTER_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/charter-bench}
OPENAPI_DIFF_VERSION=${OPENAPI_DIFF_VERSION:-2.1.7}
MVN=${MVN:-mvn}
JAVA_FLAGS=${JAVA_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss16m}
TIMEOUT=${TIMEOUT:-300}

PAIRS=(
  "stripe/2021-02-02T1800Z_4d877a7b.json stripe/2022-02-03T2301Z_10fe9f5f.json"
  "github-rest/2021-02-02T2007Z_53cd7abd.json github-rest/2021-09-22T0027Z_74867852.json"
  "adyen-checkout-v71-adjacent/2026-05-11T1355Z_c17deb73.json adyen-checkout-v71-adjacent/2026-05-28T0813Z_74fabab0.json"
  "twilio-verify-v2/2025-05-13T0944Z_95241159.yaml twilio-verify-v2/2026-04-14T0926Z_d50069b4.yaml"
)

mkdir -p "$CACHE"
log() { echo "bench: $*" >&2; }

# --- charter, built from this work tree (no install: the shared ~/.m2 is not touched) ---
log "building charter"
(cd "$ROOT" && $MVN -q -o -pl cli -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$CACHE/charter.cp" -Dmdep.includeScope=runtime >&2)
CHARTER_CP="$(ls "$ROOT"/cli/target/charter-cli-*.jar | head -1):$(cat "$CACHE/charter.cp")"

# --- openapi-diff, fetched once ---
OD="$CACHE/openapi-diff-$OPENAPI_DIFF_VERSION"
if [ ! -f "$OD/classes/OpenApiDiffRun.class" ]; then
  log "fetching openapi-diff-core $OPENAPI_DIFF_VERSION"
  mkdir -p "$OD/classes"
  cat > "$OD/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>openapi-diff-run</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.openapitools.openapidiff</groupId><artifactId>openapi-diff-core</artifactId><version>$OPENAPI_DIFF_VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-nop</artifactId><version>2.0.17</version></dependency>
  </dependencies>
</project>
EOF
  (cd "$OD" && $MVN -q dependency:copy-dependencies -DoutputDirectory=lib >&2)
  javac -d "$OD/classes" -cp "$OD/lib/*" "$ROOT/bench/OpenApiDiffRun.java"
fi
OD_CP="$OD/classes:$OD/lib/*"

# --- one timed run: prints "<ms> <exit code> <first line of output or of the error>" ---
run() {
  local out start end code
  out=$(mktemp)
  start=$(date +%s%N)
  set +e
  timeout "$TIMEOUT" "$@" >"$out" 2>&1
  code=$?
  set -e
  end=$(date +%s%N)
  local what
  what=$(grep -m1 -E 'changes|no changes|compatible|incompatible|Exception|Error' "$out" | cut -c1-90 || true)
  rm -f "$out"
  echo "$(( (end - start) / 1000000 )) $code ${what:-?}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

echo "| pair | size (old + new) | charter median ms | charter result | openapi-diff median ms | openapi-diff result |"
echo "|---|---|---|---|---|---|"
for pair in "${PAIRS[@]}"; do
  set -- $pair
  old=$EVOLUTION/$1
  new=$EVOLUTION/$2
  size=$(( ($(stat -c %s "$old") + $(stat -c %s "$new")) / 1024 ))
  c_times=(); o_times=(); c_what=""; o_what=""
  for ((i = 0; i < RUNS; i++)); do
    # Alternate the order so that neither tool always runs on a warmer page cache.
    if (( i % 2 == 0 )); then
      r=$(run java $JAVA_FLAGS -cp "$CHARTER_CP" dev.charter.cli.Main diff --fail-on none "$old" "$new")
      c_times+=("${r%% *}"); c_what=${r#* }
      r=$(run java $JAVA_FLAGS -cp "$OD_CP" OpenApiDiffRun "$old" "$new")
      o_times+=("${r%% *}"); o_what=${r#* }
    else
      r=$(run java $JAVA_FLAGS -cp "$OD_CP" OpenApiDiffRun "$old" "$new")
      o_times+=("${r%% *}"); o_what=${r#* }
      r=$(run java $JAVA_FLAGS -cp "$CHARTER_CP" dev.charter.cli.Main diff --fail-on none "$old" "$new")
      c_times+=("${r%% *}"); c_what=${r#* }
    fi
    log "$1 run $((i + 1)): charter ${c_times[-1]} ms, openapi-diff ${o_times[-1]} ms"
  done
  c_med=$(printf '%s\n' "${c_times[@]}" | median)
  o_med=$(printf '%s\n' "${o_times[@]}" | median)
  # Exit codes: charter 0 or 1 is a result, 2 an error; openapi-diff anything but 0 is a crash.
  c_res="exit ${c_what%% *}: ${c_what#* }"
  o_code=${o_what%% *}
  o_res=$([ "$o_code" = 0 ] && echo "${o_what#* }" || echo "crashed (exit $o_code): ${o_what#* }")
  echo "| $(dirname "$1") | ${size} KB | $c_med | $c_res | $o_med | $o_res |"
done
echo
echo "JVM: $(java -version 2>&1 | head -1); flags: $JAVA_FLAGS; $RUNS runs; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
