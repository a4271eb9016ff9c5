#!/usr/bin/env bash
# A short wrk benchmark of the gateway on loopback, against a stack started by ./photoshare up: the
# newest timeline through /api (20 cards composed from photo-war, vote-war, comment-war and
# profile-war) and the anonymous home page (the same timeline rendered by JSF).
#
#   PHOTOSHARE_PORT_OFFSET=30000 gateway-war/bench/wrk.sh [seconds] [connections]
#
# Seeds 40 photos through the gateway when the timeline has fewer: four throw-away users upload
# them (small JPEGs made by ImageMagick), vote on them and comment. Warms up for 5 s before each
# measurement and prints the load average beside it. Needs wrk, curl, ImageMagick and python3
# (Debian: apt-get install wrk imagemagick).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../../launcher/bench.sh"
bench_setup "$@"
GATEWAY="http://127.0.0.1:$((4999 + OFFSET))"
bench_need wrk curl convert python3

count="$(curl -fs "$GATEWAY/api/photos?timeline=newest&limit=40" | json 'len(d["items"])')"
if (( count < 40 )); then
  echo "seeding $((40 - count)) photos with votes and comments"
  convert -size 640x480 plasma:fractal -quality 85 "$WORK/seed.jpg"
  tokens=()
  for _ in 1 2 3 4; do
    tokens+=("$(bench_user "$GATEWAY/api/users")")
  done
  for n in $(seq "$count" 39); do
    owner="${tokens[$((n % 4))]}"
    id="$(curl -fs -H "Authorization: Bearer $owner" -F "file=@$WORK/seed.jpg" -F "title=benchmark $n" \
        "$GATEWAY/api/photos" | json 'd["id"]')"
    for voter in "${tokens[@]:0:$((n % 4 + 1))}"; do
      curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $voter" -H 'Content-Type: application/json' \
          -d "{\"value\":$(( RANDOM % 3 == 0 ? -1 : 1 ))}" "$GATEWAY/api/photos/$id/vote"
    done
    curl -fs -o /dev/null -H "Authorization: Bearer ${tokens[$(((n + 1) % 4))]}" \
        -H 'Content-Type: application/json' -d '{"text":"benchmark"}' "$GATEWAY/api/photos/$id/comments"
  done
fi

run "newest timeline through /api, 20 cards" "$GATEWAY/api/photos?timeline=newest"
run "anonymous home page (HTML)" "$GATEWAY/"
