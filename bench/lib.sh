# shellcheck shell=bash
# shellcheck disable=SC2034 # MEDIAN_MS / RSS_MB are results for the sourcing script
# Shared helpers for bench/*.sh: whole-process timing (median of RUNS after WARMUP runs) and
# peak RSS through GNU time. Sourced, not run.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$BENCH_DIR/.." && pwd -P)
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
RESULTS_DIR=${RESULTS_DIR:-$BENCH_DIR/results}
APP=${CHARTER_APP:-$ROOT/cli/target/charter}
BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/charter-bench.XXXXXX")
trap 'rm -rf -- "$BENCH_TMP"' EXIT

log() { printf '%s\n' "$*" >&2; }

# Sets NOW to microseconds since the epoch; no fork where bash has EPOCHREALTIME (5.0+).
clock() {
  if [[ -n ${EPOCHREALTIME-} ]]; then
    NOW=${EPOCHREALTIME/[.,]/}
  else
    NOW=$(($(date +%s%N) / 1000))
  fi
}

# GNU time for peak RSS; installed with apt-get when missing and possible, else RSS is "n/a".
TIME_BIN=
find_gnu_time() {
  if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1; then
    TIME_BIN=/usr/bin/time
    return
  fi
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "bench: installing GNU time (apt-get install -y time) for peak-RSS figures"
    if apt-get install -y -qq time >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }; then
      TIME_BIN=/usr/bin/time
      return
    fi
  fi
  log "bench: GNU time not available; peak RSS will read n/a"
}

# Builds the application through ./charter when it is missing (or stale).
ensure_app() {
  if [[ -n ${CHARTER_APP-} ]]; then
    [[ -x $APP/bin/charter ]] || { log "bench: CHARTER_APP=$APP has no bin/charter"; exit 2; }
    return
  fi
  "$ROOT/charter" --version >/dev/null || { log "bench: could not build charter"; exit 2; }
}

# The JDK the runs use: JAVA_HOME, else java on PATH.
java_cmd() {
  if [[ -n ${JAVA_HOME-} ]]; then printf '%s\n' "$JAVA_HOME/bin/java"; else command -v java; fi
}
java_desc() { "$(java_cmd)" -version 2>&1 | sed -n 2p; }
java_major() {
  local v
  v=$("$(java_cmd)" -version 2>&1 | sed -n 's/^.* version "\([^"]*\)".*$/\1/p' | sed -n 1p)
  v=${v#1.}
  echo "${v%%[!0-9]*}"
}

# Median / min / max of numbers on stdin (one per line).
stats() { sort -n | awk '{v[NR]=$1} END {
  if (NR == 0) { print "n/a n/a n/a"; exit }
  m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
  print m, v[1], v[NR] }'; }

# Variants are measured round-robin: every round runs each variant once (in a rotating
# order), so a burst of load from elsewhere on the machine hits all of them alike.
#
#   variant LABEL [PRE=shell-code] CMD...   register a variant (PRE runs untimed before each run)
#   run_variants                            WARMUP untimed rounds, then RUNS timed rounds
#   report                                  prints the table; sets MEDIAN_MS[i] / RSS_MB[i]
#
# OK_STATUS lists the exit codes that count as success (default 0).
V_LABELS=()
V_CMDS=()
V_PRES=()
V_FAILED=()
MEDIAN_MS=()
RSS_MB=()

variant() {
  local label=$1 pre=
  shift
  if [[ ${1-} == PRE=* ]]; then
    pre=${1#PRE=}
    shift
  fi
  V_LABELS+=("$label")
  V_PRES+=("$pre")
  V_CMDS+=("$(printf '%q ' "$@")")
  V_FAILED+=("")
}

# run_one I TIMED
run_one() {
  local i=$1 timed=$2 t0 t1 rc ok s
  [[ -n ${V_FAILED[i]} ]] && return
  [[ -n ${V_PRES[i]} ]] && eval "${V_PRES[i]}"
  if [[ $timed == 0 ]]; then
    eval "${V_CMDS[i]}" >/dev/null 2>&1
    return
  fi
  if [[ -n $TIME_BIN ]]; then
    clock; t0=$NOW
    eval "$TIME_BIN -f '%U %S %M' -o \"\$BENCH_TMP/usage\" ${V_CMDS[i]}" >"$BENCH_TMP/out" 2>"$BENCH_TMP/err"
    rc=$?
    clock; t1=$NOW
  else
    clock; t0=$NOW
    eval "${V_CMDS[i]}" >"$BENCH_TMP/out" 2>"$BENCH_TMP/err"
    rc=$?
    clock; t1=$NOW
  fi
  ok=
  for s in ${OK_STATUS:-0}; do [[ $rc == "$s" ]] && ok=1; done
  if [[ -z $ok ]]; then
    V_FAILED[i]="exit $rc"
    log "bench: '${V_LABELS[i]}' exited with $rc:"
    sed -n 1,20p "$BENCH_TMP/err" >&2
    return
  fi
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) / 1000 }' >>"$BENCH_TMP/v$i.ms"
  if [[ -n $TIME_BIN ]]; then
    tail -n 1 "$BENCH_TMP/usage" | awk '{ printf "%.0f\n", ($1 + $2) * 1000 }' >>"$BENCH_TMP/v$i.cpu"
    tail -n 1 "$BENCH_TMP/usage" | awk '{ print $3 }' >>"$BENCH_TMP/v$i.rss"
  fi
}

run_variants() {
  local n=${#V_LABELS[@]} r k i
  for ((i = 0; i < n; i++)); do : >"$BENCH_TMP/v$i.ms"; : >"$BENCH_TMP/v$i.cpu"; : >"$BENCH_TMP/v$i.rss"; done
  for ((r = 0; r < WARMUP; r++)); do
    for ((i = 0; i < n; i++)); do run_one "$i" 0; done
  done
  for ((r = 0; r < RUNS; r++)); do
    for ((k = 0; k < n; k++)); do run_one $(((k + r) % n)) 1; done
    printf '.' >&2
  done
  printf '\n' >&2
}

report() {
  local n=${#V_LABELS[@]} i med min max cpu
  printf '%-42s %9s %8s %8s %8s %8s\n' "variant" "median ms" "min ms" "max ms" "cpu ms" "peak MB"
  for ((i = 0; i < n; i++)); do
    if [[ -n ${V_FAILED[i]} ]]; then
      MEDIAN_MS[i]=
      RSS_MB[i]=
      printf '%-42s %s\n' "${V_LABELS[i]}" "FAILED (${V_FAILED[i]})"
      continue
    fi
    read -r med min max < <(stats <"$BENCH_TMP/v$i.ms")
    read -r cpu _ _ < <(stats <"$BENCH_TMP/v$i.cpu")
    if [[ -s $BENCH_TMP/v$i.rss ]]; then
      RSS_MB[i]=$(sort -n "$BENCH_TMP/v$i.rss" | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }')
    else
      RSS_MB[i]=n/a
    fi
    MEDIAN_MS[i]=$med
    printf '%-42s %9s %8s %8s %8s %8s\n' "${V_LABELS[i]}" "$med" "$min" "$max" "$cpu" "${RSS_MB[i]}"
  done
}

# Describes the machine and the build so that figures can be compared later.
environment() {
  echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:   $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (dirty)')"
  echo "charter:  $("$APP/bin/charter" --version 2>/dev/null || echo n/a)"
  echo "java:     $(java_desc)"
  echo "cpus:     $(nproc 2>/dev/null || echo n/a); load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
  echo "runs:     $RUNS timed rounds after $WARMUP warm-up; whole process; cpu = user+sys (median)"
}
