#!/usr/bin/env bash
# Validate benchmark: whole-process wall time (median) and peak RSS of
# `charter validate <spec>` on examples/petstore.yaml and the largest corpus documents,
# checked against the targets of the performance issue:
#   petstore < 1 s; kubernetes (4.1 MB JSON), github (3.8 MB JSON), stripe (3 MB YAML) < 4 s
#   and < 1 GB peak RSS each.
#
#   bench/validate.sh                        # RUNS=5 WARMUP=1, C1 (what charter uses)
#   BENCH_JIT="c1 full" bench/validate.sh    # also with the full JIT, for comparison
#   CHARTER_CORPUS=/path/to/corpus bench/validate.sh
#   bench/validate.sh my-spec.yaml ...       # other documents instead
#
# Exit status: 0 all targets met, 1 a target missed, 2 set-up error,
# 77 skipped because this charter has no `validate` command yet.
set -uo pipefail
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OK_STATUS="0 1" # 1 = findings, still a complete validation
JITS=${BENCH_JIT:-c1}

ensure_app
launcher=$APP/bin/charter
# `validate --help` exits 0 even without the command (help wins), so look for it in the
# command list of `charter --help` instead.
if ! "$launcher" --help 2>/dev/null | grep -q -E '^[[:space:]]+validate([[:space:],]|$)'; then
  log "bench: this charter ($("$launcher" --version 2>/dev/null)) has no 'validate' command yet; nothing to measure."
  exit 77
fi
find_gnu_time

# The corpus: CHARTER_CORPUS, else ../shared/corpus next to the repository (or next to the
# directory holding it, for git worktrees one level deeper).
corpus=${CHARTER_CORPUS-}
if [[ -z $corpus ]]; then
  for c in "$ROOT/../shared/corpus" "$ROOT/../../shared/corpus"; do
    [[ -d $c ]] && { corpus=$(cd "$c" && pwd -P); break; }
  done
fi

# name|path|time limit ms|memory limit MB
specs=()
if [[ $# -gt 0 ]]; then
  for f in "$@"; do specs+=("$(basename "$f")|$f||"); done
else
  specs+=("petstore|$ROOT/examples/petstore.yaml|1000|")
  if [[ -n $corpus && -d $corpus ]]; then
    specs+=("kubernetes|$corpus/openapi/kubernetes-swagger.json|4000|1024")
    specs+=("github|$corpus/openapi/github-api.github.com.json|4000|1024")
    specs+=("stripe|$corpus/openapi/stripe-spec3.yaml|4000|1024")
  else
    log "bench: no corpus (set CHARTER_CORPUS); measuring examples/petstore.yaml only"
  fi
fi

cds=$BENCH_TMP/cds
limits=()
for entry in "${specs[@]}"; do
  IFS='|' read -r name path tlimit mlimit <<<"$entry"
  [[ -f $path ]] || { log "bench: $path is missing; skipped"; continue; }
  for jit in $JITS; do
    variant "$name ($jit)" env CHARTER_CDS_DIR="$cds" CHARTER_JIT="$jit" "$launcher" validate "$path"
    limits+=("$tlimit|$mlimit")
  done
done
[[ ${#V_LABELS[@]} -gt 0 ]] || { log "bench: nothing to measure"; exit 2; }
# The first (untimed) run of each variant creates its CDS archive.
((WARMUP >= 1)) || WARMUP=1

mkdir -p "$RESULTS_DIR"
out=$RESULTS_DIR/validate-jdk$(java_major)-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  echo "charter validate"
  environment
  echo "corpus:   ${corpus:-n/a}"
} | tee "$out"
run_variants
status=0
{
  echo
  report
  echo
  echo "targets:"
  for ((i = 0; i < ${#V_LABELS[@]}; i++)); do
    IFS='|' read -r tlimit mlimit <<<"${limits[i]}"
    verdict=
    if [[ -z ${MEDIAN_MS[i]} ]]; then
      verdict="FAILED to run"
    else
      if [[ -n $tlimit ]]; then
        if awk -v v="${MEDIAN_MS[i]}" -v l="$tlimit" 'BEGIN { exit !(v < l) }'; then
          verdict+="time ok (< ${tlimit} ms) "
        else
          verdict+="TIME MISSED (>= ${tlimit} ms) "
        fi
      fi
      if [[ -n $mlimit && ${RSS_MB[i]} != n/a ]]; then
        if ((RSS_MB[i] < mlimit)); then verdict+="memory ok (< ${mlimit} MB)"; else verdict+="MEMORY MISSED (>= ${mlimit} MB)"; fi
      fi
    fi
    printf '  %-20s %s\n' "${V_LABELS[i]}" "${verdict:-no target}"
  done
  echo
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
} | tee -a "$out"
grep -q -E 'MISSED|FAILED' "$out" && status=1
log "bench: saved $out"
exit $status
