#!/usr/bin/env bash
# Generate benchmark: whole-process wall time (median), CPU and peak RSS of `charter generate`
# as users run it (launcher, warm CDS archive), each run into a fresh output folder:
#   petstore   generate client (OpenAPI Generator java, native library)   examples/petstore.yaml
#   petstore   generate server (OpenAPI Generator spring, interfaces only)
#   stripe     generate client                                            openapi/stripe-spec3.yaml (3 MB YAML)
#   github     generate docs                                              openapi/github-api.github.com.json (768 operations)
#   streetlights  generate models (AsyncAPI 3.0)                          asyncapi/3.0/streetlights-kafka-asyncapi.yml
#
#   bench/generate.sh                          # RUNS=5 WARMUP=1
#   RUNS=9 bench/generate.sh                   # more rounds on a busy machine
#   CHARTER_CORPUS=/path/to/corpus bench/generate.sh
#   BENCH_PEERS=0 bench/generate.sh            # without OpenAPI Generator's own CLI
#
# For comparison, OpenAPI Generator's own CLI (openapi-generator-cli 7.25.0, the jar charter's
# version comes from) generates the same Petstore client; the jar is fetched once with Maven into
# $CHARTER_BENCH_CACHE (default ~/.cache/charter-bench).
#
# Exit status: 0 measured, 1 a run failed, 2 set-up error, 77 skipped because this charter has
# no `generate` command.
set -uo pipefail
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_app
launcher=$APP/bin/charter
if ! "$launcher" --help 2>/dev/null | grep -q -E '^[[:space:]]+generate([[:space:],]|$)'; then
  log "bench: this charter ($("$launcher" --version 2>/dev/null)) has no 'generate' command; nothing to measure."
  exit 77
fi
find_gnu_time

corpus=${CHARTER_CORPUS-}
if [[ -z $corpus ]]; then
  for c in "$ROOT/../shared/corpus" "$ROOT/../../shared/corpus"; do
    [[ -d $c ]] && { corpus=$(cd "$c" && pwd -P); break; }
  done
fi

cds=$BENCH_TMP/cds
gen_dir=$BENCH_TMP/generated
# Each run starts from an empty folder (PRE, untimed): a full generation, not a no-op regeneration.
DIRS=()
gen() { # label target spec extra-args...
  local label=$1 target=$2 spec=$3 dir
  shift 3
  [[ -f $spec ]] || { log "bench: $spec is missing; '$label' skipped"; return; }
  dir=$gen_dir/${#DIRS[@]}
  DIRS+=("$dir")
  variant "$label" PRE="rm -rf -- $(printf '%q' "$dir")" \
    env CHARTER_CDS_DIR="$cds" "$launcher" generate "$target" -q -i "$spec" -o "$dir" "$@"
}

gen "petstore client (java native)" client "$ROOT/examples/petstore.yaml"
if [[ ${BENCH_PEERS:-1} != 0 ]]; then
  cache=${CHARTER_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/charter-bench}
  oag_jar=$cache/openapi-generator-cli-7.25.0.jar
  if [[ ! -f $oag_jar ]]; then
    mkdir -p "$cache"
    log "bench: fetching openapi-generator-cli 7.25.0 with Maven (once)"
    (cd "$BENCH_TMP" && mvn -q dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:7.25.0 \
      -DoutputDirectory="$cache" >&2) || log "bench: could not fetch openapi-generator-cli; comparison skipped"
  fi
  if [[ -f $oag_jar ]]; then
    dir=$gen_dir/oag
    DIRS+=("$dir")
    variant "petstore client, openapi-generator-cli" PRE="rm -rf -- $(printf '%q' "$dir")" \
      "$(java_cmd)" -jar "$oag_jar" generate -g java --library native -i "$ROOT/examples/petstore.yaml" -o "$dir"
  fi
fi
gen "petstore server (spring)" server "$ROOT/examples/petstore.yaml"
if [[ -n $corpus && -d $corpus ]]; then
  gen "stripe client (java native)" client "$corpus/openapi/stripe-spec3.yaml"
  gen "github docs" docs "$corpus/openapi/github-api.github.com.json"
  gen "streetlights models" models "$corpus/asyncapi/3.0/streetlights-kafka-asyncapi.yml"
else
  log "bench: no corpus (set CHARTER_CORPUS); measuring examples/petstore.yaml only"
fi
[[ ${#V_LABELS[@]} -gt 0 ]] || { log "bench: nothing to measure"; exit 2; }
((WARMUP >= 1)) || WARMUP=1

mkdir -p "$RESULTS_DIR"
result=$RESULTS_DIR/generate-jdk$(java_major)-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  echo "charter generate"
  environment
  echo "corpus:   ${corpus:-n/a}"
} | tee "$result"
run_variants
{
  echo
  report
  echo
  echo "files written by the last run:"
  for ((i = 0; i < ${#DIRS[@]}; i++)); do
    [[ -d ${DIRS[i]} ]] && printf '  %-40s %6s\n' "${V_LABELS[i]}" "$(find "${DIRS[i]}" -type f | wc -l)"
  done
  echo
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
} | tee -a "$result"
status=0
grep -q 'FAILED' "$result" && status=1
log "bench: saved $result"
exit $status
