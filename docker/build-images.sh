#!/usr/bin/env bash
# Builds the images of the stack, tagged with the project version: photoshare/SERVICE:VERSION for
# the six services, photoshare/db:VERSION (the Galera node) and photoshare/etcd:VERSION.
#
#   docker/build-images.sh
#
# The WARs come from the Maven build (built when missing), Payara Micro and the JDBC driver from
# the local Maven repository. The base image is PHOTOSHARE_BASE_IMAGE when set; otherwise
# debian:bookworm-slim when it is present or can be pulled; otherwise a Debian bookworm base built
# here by docker/build-base.sh (hosts that reach no image registry).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB="$ROOT/launcher"
# shellcheck source=launcher/common.sh
source "$LIB/common.sh"
# shellcheck source=launcher/services.sh
source "$LIB/services.sh"

VERSION="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml")"
[[ -n "$VERSION" ]] || die "cannot read the project version from pom.xml"

base_image() {
  if [[ -n "${PHOTOSHARE_BASE_IMAGE:-}" ]]; then
    echo "$PHOTOSHARE_BASE_IMAGE"
  elif docker image inspect debian:bookworm-slim >/dev/null 2>&1 \
      || timeout 60 docker pull -q debian:bookworm-slim >/dev/null 2>&1; then
    echo debian:bookworm-slim
  else
    say "no image registry reachable: building a Debian bookworm base locally" >&2
    "$ROOT/docker/build-base.sh" photoshare/debian:bookworm >&2
    echo photoshare/debian:bookworm
  fi
}

# The build context: only what the images need (not the whole checkout).
stage_context() {
  local context="$1" svc
  rm -rf "$context"
  mkdir -p "$context/lib"
  cp "$PAYARA_MICRO_JAR" "$context/payara-micro.jar"
  cp "$JDBC_DRIVER_JAR" "$GALERA_JDBC_JAR" "$context/lib/"
  cp "$ROOT/docker/galera/photoshare-galera-node" "$context/"
  cp "$LIB/payara/hazelcast.xml" "$LIB/payara/jvm.properties" "$LIB/payara/http.asadmin" "$ROOT"/docker/*-entrypoint.sh \
      "$ROOT/docker/edge-haproxy.cfg" "$context/"
  for svc in $SERVICES; do
    cp "$(service_war "$svc")" "$context/$svc.war"
  done
}

build() {
  local name="$1" dockerfile="$2"
  shift 2
  say "building photoshare/$name:$VERSION"
  docker build -q -f "$ROOT/docker/$dockerfile" --build-arg BASE_IMAGE="$BASE" "$@" \
      -t "photoshare/$name:$VERSION" "$CONTEXT" >/dev/null \
      || die "building photoshare/$name failed"
}

command -v docker >/dev/null || die "docker is not installed"
build_if_needed
ensure_payara_micro
BASE="$(base_image)"
CONTEXT="$PHOTOSHARE_HOME/docker-context"
stage_context "$CONTEXT"
say "base image: $BASE"
build edge edge.Dockerfile
build etcd etcd.Dockerfile
build db db.Dockerfile
for svc in $SERVICES; do
  context_root="$(service_context "$svc")"
  build "$svc" service.Dockerfile --build-arg SERVICE="$svc" --build-arg CONTEXT_ROOT="$context_root"
done
docker image ls --format 'table {{.Repository}}:{{.Tag}}\t{{.Size}}' | grep -E "^(REPOSITORY|photoshare/.*:$VERSION)"
