#!/usr/bin/env bash
# Mock server benchmark: charter mock, Prism (logging silenced) and a bare Undertow server that
# answers every request with a fixed body, side by side on the same spec and routes, loopback
# only, with wrk (2 threads, 32 connections, bounded durations):
#   - Petstore (bench/mock/petstore.yaml): GET /pets/1 served from an example, and
#     POST /pets whose JSON body is validated against the schema;
#   - GitHub's REST description (corpus, 768 operations): GET .../actions/secrets/public-key
#     (example) and PATCH /orgs/{org}/hooks/{id}/config (body validated), chosen for bodies the
#     size of Petstore's, for charter and Prism: the cost per request against the spec's size.
# Also the start-up time of each server (launch to the first answered request).
#
#   bench/mock.sh                         # ROUNDS=3 of DURATION=5 s per server and route, WARM=5 s
#   ROUNDS=5 DURATION=10 bench/mock.sh    # more and longer runs on a busy machine
#   BENCH_PEERS="charter bare" bench/mock.sh    # without Prism
#   CHARTER_CORPUS=/path/to/corpus bench/mock.sh
#
# Installs wrk (apt-get) and Prism (npm, into bench/.peers/prism) when missing.
# Checked against the targets of the mock issue: charter >= 5x Prism and >= 0.5x the bare server
# (same run), p99 < 10 ms, start < 2 s (Petstore) and < 10 s (GitHub), GitHub throughput
# >= 80% of Petstore's. Exit status: 0 all met, 1 a target missed, 2 set-up error.
set -uo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION=${DURATION:-5}
WARM=${WARM:-5}
ROUNDS=${ROUNDS:-3}
SLOW_DURATION=${SLOW_DURATION:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PEERS=${BENCH_PEERS:-charter prism bare}
PRISM_VERSION=${PRISM_VERSION:-5.14.2}
START_TIMEOUT=${START_TIMEOUT:-300}
MOCK_DIR=$BENCH_DIR/mock

PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do pkill -TERM -P "$p" 2>/dev/null; kill "$p" 2>/dev/null; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
  rm -rf -- "$BENCH_TMP"
}
trap cleanup EXIT

has_peer() { [[ " $PEERS " == *" $1 "* ]]; }

# --- tools -----------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "bench: installing wrk (apt-get install -y wrk)"
    apt-get install -y -qq wrk >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq wrk >/dev/null 2>&1; }
  fi
  command -v wrk >/dev/null || { log "bench: wrk is needed (apt-get install wrk)"; exit 2; }
fi
command -v curl >/dev/null || { log "bench: curl is needed"; exit 2; }

ensure_app
CHARTER=$APP/bin/charter

PRISM=$BENCH_DIR/.peers/prism/node_modules/.bin/prism
if has_peer prism && [[ ! -x $PRISM ]]; then
  command -v npm >/dev/null || { log "bench: npm is needed for Prism (or BENCH_PEERS without prism)"; exit 2; }
  log "bench: installing @stoplight/prism-cli@$PRISM_VERSION into bench/.peers/prism"
  mkdir -p "$BENCH_DIR/.peers/prism"
  (cd "$BENCH_DIR/.peers/prism" && npm install --no-audit --no-fund --loglevel=error \
    "@stoplight/prism-cli@$PRISM_VERSION" >&2) || { log "bench: npm install failed"; exit 2; }
fi

BARE_CLASSES=$BENCH_TMP/bare
if has_peer bare; then
  mkdir -p "$BARE_CLASSES"
  javac_bin=${JAVA_HOME:+$JAVA_HOME/bin/}javac
  "$javac_bin" -d "$BARE_CLASSES" -cp "$APP/lib/*" "$MOCK_DIR/BareUndertow.java" ||
    { log "bench: could not compile bench/mock/BareUndertow.java"; exit 2; }
fi

corpus=${CHARTER_CORPUS-}
if [[ -z $corpus ]]; then
  for c in "$ROOT/../shared/corpus" "$ROOT/../../shared/corpus"; do
    [[ -d $c ]] && { corpus=$(cd "$c" && pwd -P); break; }
  done
fi
GITHUB=${corpus:+$corpus/openapi/github-api.github.com.json}
[[ -n $GITHUB && -f $GITHUB ]] || { log "bench: no corpus (set CHARTER_CORPUS); GitHub runs skipped"; GITHUB=; }
if [[ -n $GITHUB ]] && command -v node >/dev/null; then
  # one copy for every server, which Prism can load (see bench/mock/github-for-prism.js)
  node "$MOCK_DIR/github-for-prism.js" "$GITHUB" "$BENCH_TMP/github.json" && GITHUB=$BENCH_TMP/github.json
fi

# --- servers ---------------------------------------------------------------------------------
PORT=$((20000 + RANDOM % 20000))
START_MS=
declare -A S_PORT S_PID

# start_server ID KIND SPEC PROBE: launches it in the background, waits for its first answer,
# sets START_MS; the server stays up until the end
start_server() {
  local id=$1 kind=$2 spec=$3 probe=$4 t0 t1 code waited=0 pid out
  PORT=$((PORT + 1))
  out=$BENCH_TMP/${id//\//-}.out
  case $kind in
    charter) "$CHARTER" mock "$spec" --port "$PORT" --log-format none -q >"$out" 2>&1 & ;;
    prism) "$PRISM" mock -h 127.0.0.1 -p "$PORT" -v silent "$spec" >"$out" 2>&1 & ;;
    bare) "$(java_cmd)" -cp "$BARE_CLASSES:$APP/lib/*" BareUndertow "$PORT" >"$out" 2>&1 & ;;
  esac
  pid=$!
  PIDS+=("$pid")
  clock; t0=$NOW
  while :; do
    code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$probe" 2>/dev/null)
    [[ $code == 200 ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      log "bench: $id exited:"; sed -n 1,20p "$out" >&2; return 1
    fi
    sleep 0.02
    waited=$((waited + 1))
    ((waited > START_TIMEOUT * 50)) && { log "bench: $id did not answer within ${START_TIMEOUT}s"; return 1; }
  done
  clock; t1=$NOW
  START_MS=$(((t1 - t0) / 1000))
  S_PORT[$id]=$PORT
  S_PID[$id]=$pid
}

stop_server() {
  local pid=${S_PID[$1]}
  # bin/charter runs java as a child (not exec) on the run that creates its class-data archive;
  # a signal to the launcher alone would leave the server running
  pkill -TERM -P "$pid" 2>/dev/null
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

# wrk_run SECONDS URL [SCRIPT]: sets RPS and P99 (ms)
RPS=
P99=
wrk_run() {
  local secs=$1 url=$2 script=${3-} out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --latency ${script:+-s "$script"} "$url" 2>&1)
  RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  P99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' <<<"$out")
  local errors non2xx
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")
  errors=$(awk '/Socket errors:/ { print }' <<<"$out")
  [[ -n $non2xx ]] && log "bench:   $non2xx responses were not 2xx/3xx ($url)"
  [[ -n $errors ]] && log "bench:   $errors ($url)"
  [[ -n $RPS ]] || { RPS=0; P99=n/a; log "bench: wrk failed: $(head -3 <<<"$out")"; }
}

# --- runs ------------------------------------------------------------------------------------
# Every server is started once and stays up; the measurements then go round-robin (each round
# runs every server and route once, in a rotating order), so that load from elsewhere on the
# machine hits them all alike. The figures are medians over the rounds.
declare -A R_START
CASES=()  # spec|route|server|path|script
add_cases() { # SPEC SERVER then route|path|script triples
  local spec=$1 server=$2
  shift 2
  while (($# >= 3)); do CASES+=("$spec|$1|$server|$2|$3"); shift 3; done
}

PET=$MOCK_DIR/petstore.yaml
POST_PET=$MOCK_DIR/post-pet.lua
PATCH_HOOK=$MOCK_DIR/patch-hook-config.lua
GH_GET=/repos/octocat/hello-world/actions/secrets/public-key
GH_PATCH=/orgs/octo-org/hooks/42/config
for server in $PEERS; do
  if [[ $server == charter ]]; then
    # one untimed start first: bin/charter keeps a class-data archive per command after the
    # first run, and users start the mock many times
    start_server warm charter "$PET" /pets/1 && stop_server warm
  fi
  log "bench: $server on petstore: starting"
  start_server "petstore/$server" "$server" "$PET" /pets/1 || continue
  R_START[petstore/$server]=$START_MS
  log "bench: $server on petstore: answered after ${START_MS} ms"
  add_cases petstore "$server" "GET /pets/1 (example)" /pets/1 "" "POST /pets (validated)" /pets "$POST_PET"
done
if [[ -n $GITHUB ]]; then
  for server in $PEERS; do
    [[ $server == bare ]] && continue
    log "bench: $server on github: starting"
    start_server "github/$server" "$server" "$GITHUB" "$GH_GET" || continue
    R_START[github/$server]=$START_MS
    log "bench: $server on github: answered after ${START_MS} ms"
    add_cases github "$server" "GET .../actions/secrets/public-key" "$GH_GET" "" \
      "PATCH /orgs/{org}/hooks/{id}/config" "$GH_PATCH" "$PATCH_HOOK"
  done
fi

n=${#CASES[@]}
for ((i = 0; i < n; i++)); do
  IFS='|' read -r s l v path script <<<"${CASES[i]}"
  log "bench: warming $v on $s: $l"
  wrk_run "$WARM" "http://127.0.0.1:${S_PORT[$s/$v]}$path" "$script"
  : >"$BENCH_TMP/c$i.rps"
  : >"$BENCH_TMP/c$i.p99"
done
for ((r = 0; r < ROUNDS; r++)); do
  log "bench: round $((r + 1)) of $ROUNDS"
  for ((k = 0; k < n; k++)); do
    i=$(((k + r) % n))
    IFS='|' read -r s l v path script <<<"${CASES[i]}"
    secs=$DURATION
    [[ $v == prism && $s == github ]] && secs=$SLOW_DURATION
    wrk_run "$secs" "http://127.0.0.1:${S_PORT[$s/$v]}$path" "$script"
    echo "$RPS" >>"$BENCH_TMP/c$i.rps"
    echo "$P99" >>"$BENCH_TMP/c$i.p99"
    log "bench:   $v $s $l: $RPS req/s, p99 $P99 ms"
  done
done
declare -A R_RPS R_P99
ROWS=()
for ((i = 0; i < n; i++)); do
  IFS='|' read -r s l v path script <<<"${CASES[i]}"
  read -r med _ _ < <(stats <"$BENCH_TMP/c$i.rps")
  R_RPS["$s/$l/$v"]=$med
  read -r med _ _ < <(grep -v n/a "$BENCH_TMP/c$i.p99" | stats)
  R_P99["$s/$l/$v"]=$med
  ROWS+=("$s|$l|$v")
done
for id in "${!S_PID[@]}"; do stop_server "$id"; done

# --- report ----------------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
result=$RESULTS_DIR/mock-$(date -u +%Y%m%dT%H%M%SZ).txt
missed=0
{
  echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:   $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (dirty)')"
  echo "charter:  $("$CHARTER" --version 2>/dev/null || echo n/a); prism: $([[ -x $PRISM ]] && "$PRISM" --version 2>/dev/null || echo n/a)"
  echo "java:     $(java_desc)"
  echo "cpus:     $(nproc 2>/dev/null || echo n/a); load at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
  echo "wrk:      $THREADS threads, $CONNECTIONS connections; median of $ROUNDS round-robin rounds of ${DURATION}s runs (Prism on GitHub: ${SLOW_DURATION}s) after ${WARM}s warm-up; servers up side by side"
  echo
  printf '%-9s %-40s %-8s %10s %9s %10s\n' spec route server "req/s" "p99 ms" "start ms"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r s l v <<<"$row"
    printf '%-9s %-40s %-8s %10s %9s %10s\n' "$s" "$l" "$v" "${R_RPS[$s/$l/$v]}" "${R_P99[$s/$l/$v]}" "${R_START[$s/$v]-}"
  done
  echo
  echo "ratios and targets:"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
  check() { # LABEL VALUE OP LIMIT
    local ok
    ok=$(awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { if (v == "n/a" || v == "") print 0; else if (op == ">=") print (v >= l); else print (v < l) }')
    if [[ $ok == 1 ]]; then echo "  ok      $1: $2 (target $3 $4)"; else echo "  MISSED  $1: $2 (target $3 $4)"; missed=1; fi
  }
  for l in "GET /pets/1 (example)" "POST /pets (validated)"; do
    c=${R_RPS[petstore/$l/charter]-}
    [[ -z $c ]] && continue
    p=${R_RPS[petstore/$l/prism]-}
    b=${R_RPS[petstore/$l/bare]-}
    [[ -n $p ]] && check "petstore $l charter/prism" "$(ratio "$c" "$p")" ">=" 5
    [[ -n $b ]] && check "petstore $l charter/bare" "$(ratio "$c" "$b")" ">=" 0.5
    check "petstore $l charter p99 ms" "${R_P99[petstore/$l/charter]}" "<" 10
  done
  [[ -n ${R_START[petstore/charter]-} ]] && check "petstore charter start ms" "${R_START[petstore/charter]}" "<" 2000
  if [[ -n $GITHUB ]]; then
    for pair in "GET .../actions/secrets/public-key|GET /pets/1 (example)" \
      "PATCH /orgs/{org}/hooks/{id}/config|POST /pets (validated)"; do
      IFS='|' read -r gl pl <<<"$pair"
      g=${R_RPS[github/$gl/charter]-}
      [[ -z $g ]] && continue
      check "github $gl charter/petstore charter" "$(ratio "$g" "${R_RPS[petstore/$pl/charter]-0}")" ">=" 0.8
      p=${R_RPS[github/$gl/prism]-}
      [[ -n $p ]] && echo "  info    github $gl charter/prism: $(ratio "$g" "$p")"
      check "github $gl charter p99 ms" "${R_P99[github/$gl/charter]}" "<" 10
    done
    [[ -n ${R_START[github/charter]-} ]] && check "github charter start ms" "${R_START[github/charter]}" "<" 10000
    [[ -n ${R_START[github/prism]-} ]] && echo "  info    github prism start ms: ${R_START[github/prism]}"
  fi
} | tee "$result"
log "bench: results in ${result#"$ROOT"/}"
grep -q MISSED "$result" && exit 1
exit 0
