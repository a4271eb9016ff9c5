#!/usr/bin/env bash
# A short wrk benchmark of photo-war on loopback, against a stack started by ./photoshare up:
# the newest timeline (metadata of 20 photos), a batch of 20 photos, and a thumbnail (200 and 304).
#
#   PHOTOSHARE_PORT_OFFSET=20000 photo-war/bench/wrk.sh [seconds] [connections]
#
# Seeds 100 photos (1600x1200 JPEGs made by ImageMagick) through a throw-away user when the
# timeline has fewer. Needs wrk, curl and ImageMagick (Debian: apt-get install wrk imagemagick).
set -euo pipefail

SECONDS_EACH="${1:-15}"
CONNECTIONS="${2:-16}"
OFFSET="${PHOTOSHARE_PORT_OFFSET:-0}"
AUTH="http://127.0.0.1:$((5001 + OFFSET))/auth"
PHOTO="http://127.0.0.1:$((5002 + OFFSET))/photo"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

for tool in wrk curl convert python3; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }

count="$(curl -fs "$PHOTO/photos?limit=100" | json 'len(d["items"])')"
if (( count < 100 )); then
  user="bench_$RANDOM$RANDOM"
  token="$(curl -fs -H 'Content-Type: application/json' \
      -d "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"benchmark password\"}" \
      "$AUTH/accounts" | json 'd["token"]')"
  convert -size 1600x1200 plasma:fractal -quality 88 "$WORK/seed.jpg"
  echo "seeding $((100 - count)) photos"
  for _ in $(seq "$count" 99); do
    curl -fs -o /dev/null -H "Authorization: Bearer $token" -F "file=@$WORK/seed.jpg" -F "title=benchmark" \
        "$PHOTO/photos"
  done
fi

ids="$(curl -fs "$PHOTO/photos?limit=20" | json '",".join(str(p["id"]) for p in d["items"])')"
first="${ids%%,*}"
etag="$(curl -fsI "$PHOTO/photos/$first/image?variant=thumb" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"

run() {
  echo
  echo "== $1"
  shift
  wrk --latency -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$@" | grep -E 'Requests/sec|Transfer/sec|^ +(50|99)%|Non-2xx'
}
run "newest timeline, 20 photos" "$PHOTO/photos?limit=20"
run "batch of 20 photos" "$PHOTO/photos?ids=$ids"
run "thumbnail, 200 with bytes" "$PHOTO/photos/$first/image?variant=thumb"
run "thumbnail, 304 revalidation" -H "If-None-Match: $etag" "$PHOTO/photos/$first/image?variant=thumb"
