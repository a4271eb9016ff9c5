# shellcheck shell=bash
# Two stand-in Docker hosts for the multi-host swarm test: containers named manager and worker
# (system-tests/src/test/docker/swarm-host.Dockerfile), each with its own dockerd and sshd, on a
# private network of their own. They are reached the way separate machines are: `ssh manager`,
# `ssh worker`, through an SSH configuration and key under $SWARM_HOSTS_DIR, which an `ssh` wrapper
# put first on PATH applies (the swarm scripts and `docker -H ssh://manager` both run plain `ssh`).

SWARM_HOSTS="manager worker"
SWARM_HOSTS_NETWORK=photoshare-test-hosts
SWARM_HOSTS_SUBNET=192.168.231.0/24
SWARM_HOST_IMAGE=photoshare/swarm-host:test

swarm_host_container() { echo "photoshare-test-$1"; }
swarm_host_address() {
  docker inspect "$(swarm_host_container "$1")" \
      --format "{{(index .NetworkSettings.Networks \"$SWARM_HOSTS_NETWORK\").IPAddress}}"
}

# The base of the stack's images (docker/build-images.sh has made one of them exist).
swarm_host_base() {
  if [[ -n "${PHOTOSHARE_BASE_IMAGE:-}" ]]; then
    echo "$PHOTOSHARE_BASE_IMAGE"
  elif docker image inspect debian:bookworm-slim >/dev/null 2>&1; then
    echo debian:bookworm-slim
  else
    echo photoshare/debian:bookworm
  fi
}

# swarm_hosts_up DIR: builds the host image, starts both hosts, writes DIR/ssh and DIR/bin/ssh and
# puts DIR/bin first on PATH; returns once both answer `ssh HOST docker info`.
swarm_hosts_up() {
  SWARM_HOSTS_DIR="$1"
  local host address
  swarm_hosts_down
  rm -rf "$SWARM_HOSTS_DIR"
  mkdir -p "$SWARM_HOSTS_DIR/ssh" "$SWARM_HOSTS_DIR/bin"
  docker build -q -f "$ROOT/system-tests/src/test/docker/swarm-host.Dockerfile" --build-arg BASE_IMAGE="$(swarm_host_base)" \
      -t "$SWARM_HOST_IMAGE" "$ROOT/system-tests/src/test/docker" >"$SWARM_HOSTS_DIR/build.log" 2>&1 \
      || die "building $SWARM_HOST_IMAGE failed; see $SWARM_HOSTS_DIR/build.log"
  chmod 700 "$SWARM_HOSTS_DIR/ssh"
  ssh-keygen -q -t ed25519 -N '' -C photoshare-test -f "$SWARM_HOSTS_DIR/ssh/id_ed25519" >/dev/null
  docker network create --subnet "$SWARM_HOSTS_SUBNET" "$SWARM_HOSTS_NETWORK" >/dev/null
  : > "$SWARM_HOSTS_DIR/ssh/config"
  : > "$SWARM_HOSTS_DIR/ssh/known_hosts"
  for host in $SWARM_HOSTS; do
    # Every capability but CAP_SYS_RESOURCE, rather than --privileged: a Docker engine that lacks a
    # capability (as in some VMs) cannot start privileged containers at all.
    docker run -d --cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined \
        --security-opt apparmor=unconfined --security-opt systempaths=unconfined \
        --name "$(swarm_host_container "$host")" --hostname "$host" \
        --network "$SWARM_HOSTS_NETWORK" --network-alias "$host" \
        -e AUTHORIZED_KEY="$(cat "$SWARM_HOSTS_DIR/ssh/id_ed25519.pub")" "$SWARM_HOST_IMAGE" >/dev/null
    address="$(swarm_host_address "$host")"
    cat >> "$SWARM_HOSTS_DIR/ssh/config" <<CONFIG
Host $host
  HostName $address
  User root
CONFIG
  done
  cat >> "$SWARM_HOSTS_DIR/ssh/config" <<CONFIG
Host *
  IdentityFile $SWARM_HOSTS_DIR/ssh/id_ed25519
  IdentitiesOnly yes
  StrictHostKeyChecking accept-new
  UserKnownHostsFile $SWARM_HOSTS_DIR/ssh/known_hosts
  ConnectTimeout 10
CONFIG
  printf '#!/bin/sh\nexec %s -F %s "$@"\n' "$(command -v ssh)" "$SWARM_HOSTS_DIR/ssh/config" > "$SWARM_HOSTS_DIR/bin/ssh"
  chmod +x "$SWARM_HOSTS_DIR/bin/ssh"
  export PATH="$SWARM_HOSTS_DIR/bin:$PATH"
  for host in $SWARM_HOSTS; do
    host_answers() { ssh -o BatchMode=yes "$host" docker info >/dev/null 2>&1; }
    wait_until 90 "the Docker host $host" host_answers \
        || die "the Docker host $host does not answer; see docker logs $(swarm_host_container "$host")"
  done
}

# Removes the hosts (with their engines' volumes) and their network.
swarm_hosts_down() {
  local host
  for host in $SWARM_HOSTS; do
    docker rm -f -v "$(swarm_host_container "$host")" >/dev/null 2>&1 || true
  done
  docker network rm "$SWARM_HOSTS_NETWORK" >/dev/null 2>&1 || true
}
