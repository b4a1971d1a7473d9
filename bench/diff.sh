#!/usr/bin/env bash
# Whole-process timing of `charter diff` against openapi-diff on real version pairs of the corpus:
# the two Stripe revisions and the two GitHub revisions (the huge pairs), plus two mid-size pairs
# on which openapi-diff completes. Each tool runs RUNS times per pair, in the same run, with the
# same JVM flags; the table shows the median wall and CPU time and what the tool reported. The last
# two columns are charter run as a user runs it: bin/charter, with its CDS archive and JVM flags.
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
# charter as a user runs it: its launcher, with the class-data sharing archive it keeps and its own
# JVM flags. One untimed run first makes the archive.
LAUNCHER=$ROOT/cli/target/charter/bin/charter
"$LAUNCHER" --version >/dev/null
"$LAUNCHER" diff --fail-on none "$ROOT/examples/petstore.yaml" "$ROOT/examples/petstore.yaml" >/dev/null

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

# --- one timed run: prints "<wall ms> <cpu ms> <exit code> <first line of output or of the error>" ---
# CPU time (user + system) is printed beside wall time: on a shared machine wall time includes the
# time spent waiting for a core, CPU time does not.
run() {
  local out times code
  out=$(mktemp)
  times=$(mktemp)
  set +e
  /usr/bin/time -o "$times" -f "%e %U %S" timeout "$TIMEOUT" "$@" >"$out" 2>&1
  code=$?
  set -e
  local what
  what=$(grep -m1 -E 'changes|no changes|compatible|incompatible|Exception|Error' "$out" | cut -c1-90 || true)
  read -r wall user sys < <(tail -1 "$times")
  rm -f "$out" "$times"
  echo "$(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}') $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') $code ${what:-?}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

echo "| pair | size (old + new) | charter wall ms | charter CPU ms | charter result | openapi-diff wall ms | openapi-diff CPU ms | openapi-diff result | bin/charter wall ms | bin/charter CPU ms |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for pair in "${PAIRS[@]}"; do
  set -- $pair
  old=$EVOLUTION/$1
  new=$EVOLUTION/$2
  size=$(( ($(stat -c %s "$old") + $(stat -c %s "$new")) / 1024 ))
  c_wall=(); c_cpu=(); o_wall=(); o_cpu=(); l_wall=(); l_cpu=(); c_what=""; o_what=""
  for ((i = 0; i < RUNS; i++)); do
    # Alternate the order so that neither tool always runs on a warmer page cache.
    for tool in $( (( i % 2 == 0 )) && echo "charter openapi-diff launcher" || echo "launcher openapi-diff charter"); do
      if [ "$tool" = launcher ]; then
        r=$(run "$LAUNCHER" diff --fail-on none "$old" "$new")
        read -r w c rest <<<"$r"; l_wall+=("$w"); l_cpu+=("$c")
      elif [ "$tool" = charter ]; then
        r=$(run java $JAVA_FLAGS -cp "$CHARTER_CP" dev.charter.cli.Main diff --fail-on none "$old" "$new")
        read -r w c rest <<<"$r"; c_wall+=("$w"); c_cpu+=("$c"); c_what=$rest
      else
        r=$(run java $JAVA_FLAGS -cp "$OD_CP" OpenApiDiffRun "$old" "$new")
        read -r w c rest <<<"$r"; o_wall+=("$w"); o_cpu+=("$c"); o_what=$rest
      fi
    done
    log "$1 run $((i + 1)): charter ${c_wall[-1]} ms (cpu ${c_cpu[-1]}), openapi-diff ${o_wall[-1]} ms (cpu ${o_cpu[-1]}), bin/charter ${l_wall[-1]} ms (cpu ${l_cpu[-1]})"
  done
  # Exit codes: charter 0 or 1 is a result, 2 an error; openapi-diff anything but 0 is a crash.
  c_res="exit ${c_what%% *}: ${c_what#* }"
  o_code=${o_what%% *}
  o_res=$([ "$o_code" = 0 ] && echo "${o_what#* }" || echo "crashed (exit $o_code): ${o_what#* }")
  echo "| $(dirname "$1") | ${size} KB | $(printf '%s\n' "${c_wall[@]}" | median) | $(printf '%s\n' "${c_cpu[@]}" | median) | $c_res | $(printf '%s\n' "${o_wall[@]}" | median) | $(printf '%s\n' "${o_cpu[@]}" | median) | $o_res | $(printf '%s\n' "${l_wall[@]}" | median) | $(printf '%s\n' "${l_cpu[@]}" | median) |"
done
echo
echo "JVM: $(java -version 2>&1 | head -1); flags: $JAVA_FLAGS; $RUNS runs; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
