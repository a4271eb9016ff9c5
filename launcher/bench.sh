# shellcheck shell=bash
# Shared by the wrk benchmarks (photo-war/bench, vote-war/bench, gateway-war/bench), sourced after
# `set -euo pipefail`:  bench_setup "$@"  reads [seconds] [connections] and PHOTOSHARE_PORT_OFFSET.

# bench_setup [SECONDS] [CONNECTIONS]: SECONDS_EACH, CONNECTIONS, OFFSET, and WORK (a scratch
# directory removed on exit).
# shellcheck disable=SC2034  # the variables are the benchmarks'
bench_setup() {
  SECONDS_EACH="${1:-15}"
  CONNECTIONS="${2:-16}"
  OFFSET="${PHOTOSHARE_PORT_OFFSET:-0}"
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
}

bench_need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (Debian: apt-get install wrk imagemagick)" >&2; exit 1; }
  done
}

# json EXPR: evaluates a Python expression over the JSON on stdin, bound to d.
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }

# bench_user URL: registers a throw-away user at URL (auth-war's /accounts or the gateway's
# /api/users); prints its token.
bench_user() {
  local user="bench_$RANDOM$RANDOM"
  curl -fs -H 'Content-Type: application/json' \
      -d "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"benchmark password\"}" \
      "$1" | json 'd["token"]'
}

# run LABEL WRK-ARGS...: 5 s of warm-up, then SECONDS_EACH measured; req/s, p50, p99, errors and the
# load average beside them (the machine's other work shows in the numbers).
run() {
  local label="$1"
  shift
  echo
  echo "== $label"
  wrk --timeout 10s -t2 -c"$CONNECTIONS" -d5s "$@" >/dev/null
  wrk --latency --timeout 10s -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$@" \
      | grep -E 'Requests/sec|Transfer/sec|^ +(50|99)%|Non-2xx|Socket errors'
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
