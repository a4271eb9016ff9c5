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

source "$(dirname "${BASH_SOURCE[0]}")/../../launcher/bench.sh"
bench_setup "$@"
HOME_DIR="${PHOTOSHARE_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/var}"
AUTH="http://127.0.0.1:$((5001 + OFFSET))/auth"
VOTE="http://127.0.0.1:$((5003 + OFFSET))/vote"
COMMENT="http://127.0.0.1:$((5004 + OFFSET))/comment"

bench_need wrk curl python3
post() { curl -fs -H 'Content-Type: application/json' -d "$2" "$1"; }

service="$(post "$AUTH/service-tokens" \
    "{\"service\":\"bench\",\"secret\":\"$(cat "$HOME_DIR/secrets/service-secret")\"}" | json 'd["token"]')"
token="$(bench_user "$AUTH/accounts")"

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
