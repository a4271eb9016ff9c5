#!/usr/bin/env bash
# A short wrk benchmark of vote-war and comment-war on loopback, against a stack started by
# ./photoshare up: the counts of a batch of 20 photos, the hot and trending timelines, and comment
# counts and latest comments for 20 photos.
#
#   PHOTOSHARE_PORT_OFFSET=30000 vote-war/bench/wrk.sh [seconds] [connections]
#
# Announces 20 photos of its own (ids from 9e15 up, as photo-war would) with a service token
# (the stack's service secret, from PHOTOSHARE_HOME), and gives them a vote and a comment each.
# Needs wrk, curl and python3 (Debian: apt-get install wrk).
set -euo pipefail

SECONDS_EACH="${1:-15}"
CONNECTIONS="${2:-16}"
OFFSET="${PHOTOSHARE_PORT_OFFSET:-0}"
HOME_DIR="${PHOTOSHARE_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/var}"
AUTH="http://127.0.0.1:$((5001 + OFFSET))/auth"
VOTE="http://127.0.0.1:$((5003 + OFFSET))/vote"
COMMENT="http://127.0.0.1:$((5004 + OFFSET))/comment"

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
post() { curl -fs -H 'Content-Type: application/json' -d "$2" "$1"; }

service="$(post "$AUTH/service-tokens" \
    "{\"service\":\"bench\",\"secret\":\"$(cat "$HOME_DIR/secrets/service-secret")\"}" | json 'd["token"]')"
user="bench_$RANDOM$RANDOM"
token="$(post "$AUTH/accounts" \
    "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"benchmark password\"}" | json 'd["token"]')"

first=$((9000000000000000 + $(date +%s) * 100))
ids=""
for id in $(seq "$first" $((first + 19))); do
  body="{\"ownerId\":\"bench\",\"createdAt\":\"$(date -u +%Y-%m-%dT%H:%M:%S.000Z)\"}"
  for target in "$VOTE" "$COMMENT"; do
    curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $service" -H 'Content-Type: application/json' \
        -d "$body" "$target/internal/photos/$id"
  done
  curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"value":1}' "$VOTE/photos/$id/vote"
  curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"text":"benchmark"}' "$COMMENT/photos/$id/comments"
  ids="${ids:+$ids,}$id"
done

run() {
  echo
  echo "== $1"
  wrk --latency -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$2" | grep -E 'Requests/sec|^ +(50|99)%|Non-2xx'
}
run "vote counts, batch of 20 photos" "$VOTE/photos/counts?ids=$ids"
run "hot timeline, 20 photos" "$VOTE/timelines/hot?limit=20"
run "trending timeline, 20 photos" "$VOTE/timelines/trending?limit=20"
run "comment counts, batch of 20 photos" "$COMMENT/photos/comment-counts?ids=$ids"
run "latest 3 comments, batch of 20 photos" "$COMMENT/photos/latest-comments?per=3&ids=$ids"

# the benchmark's photos go again, as photo-war would delete them
for id in ${ids//,/ }; do
  for target in "$VOTE" "$COMMENT"; do
    curl -fs -o /dev/null -X DELETE -H "Authorization: Bearer $service" "$target/internal/photos/$id"
  done
done
