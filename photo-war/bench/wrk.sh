#!/usr/bin/env bash
# A short wrk benchmark of photo-war on loopback, against a stack started by ./photoshare up:
# the newest timeline (metadata of 20 photos), a batch of 20 photos, and a thumbnail (200 and 304).
#
#   PHOTOSHARE_PORT_OFFSET=20000 photo-war/bench/wrk.sh [seconds] [connections]
#
# Seeds 100 photos (1600x1200 JPEGs made by ImageMagick) through a throw-away user when the
# timeline has fewer. Needs wrk, curl and ImageMagick (Debian: apt-get install wrk imagemagick).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../../launcher/bench.sh"
bench_setup "$@"
AUTH="http://127.0.0.1:$((5001 + OFFSET))/auth"
PHOTO="http://127.0.0.1:$((5002 + OFFSET))/photo"
bench_need wrk curl convert python3

count="$(curl -fs "$PHOTO/photos?limit=100" | json 'len(d["items"])')"
if (( count < 100 )); then
  token="$(bench_user "$AUTH/accounts")"
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

run "newest timeline, 20 photos" "$PHOTO/photos?limit=20"
run "batch of 20 photos" "$PHOTO/photos?ids=$ids"
run "thumbnail, 200 with bytes" "$PHOTO/photos/$first/image?variant=thumb"
run "thumbnail, 304 revalidation" -H "If-None-Match: $etag" "$PHOTO/photos/$first/image?variant=thumb"
